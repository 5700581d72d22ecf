"""What people type into a search box, as words. Search backends give some characters and
words a meaning (SQLite FTS5: quotes, `*`, `^`, AND/OR/NOT/NEAR; PostgreSQL's tsquery: `&`,
`|`, `!`, `:`), and a stray one is a syntax error; a reader means none of that. Only runs of
letters and digits are kept, lower-cased (FTS5's operators are upper-case words)."""

import re

WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 12


def search_words(text: str) -> str:
    """The words of `text` joined by spaces ("" when it has none)."""
    return " ".join(WORD.findall((text or "").lower())[:MAX_WORDS])
