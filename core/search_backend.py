"""Wagtail's database search backend (SQLite FTS5, PostgreSQL full text), with every typed
query reduced to words first (core.search.search_words). The backend quotes terms itself, but a
stray quote, NUL or operator in what someone typed still reaches FTS5 or tsquery as syntax and
fails with a database error: in the admin's searches (documents, images, snippets, pages) as in
ours. Selected by WAGTAILSEARCH_BACKENDS."""

from modelsearch.backends.database import SearchBackend as database_search_backend
from modelsearch.query import MATCH_NONE, And, Boost, Not, Or, Phrase, PlainText

from core.search import search_words


def words_only(query):
    """The query with its typed text reduced to words; text with no words matches nothing."""
    if isinstance(query, PlainText):
        words = search_words(query.query_string)
        return PlainText(words, operator=query.operator, boost=query.boost) if words else MATCH_NONE
    if isinstance(query, Phrase):
        words = search_words(query.query_string)
        return Phrase(words) if words else MATCH_NONE
    if isinstance(query, And | Or):
        return type(query)([words_only(sub) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(words_only(query.subquery))
    if isinstance(query, Boost):
        return Boost(words_only(query.subquery), query.boost)
    return query


def _words_only_compiler(compiler_class):
    class WordsOnlyCompiler(compiler_class):
        def __init__(self, queryset, query, *args, **kwargs):
            super().__init__(queryset, query, *args, **kwargs)
            self.query = words_only(self.query)

    WordsOnlyCompiler.__name__ = f"WordsOnly{compiler_class.__name__}"
    return WordsOnlyCompiler


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    backend = database_search_backend(params)
    backend.query_compiler_class = _words_only_compiler(backend.query_compiler_class)
    autocomplete = getattr(backend, "autocomplete_query_compiler_class", None)
    if autocomplete is not None:
        backend.autocomplete_query_compiler_class = _words_only_compiler(autocomplete)
    return backend
