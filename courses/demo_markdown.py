"""The notation of the demo content files, for courses/demo.py and assessments/demo.py (the
editor's guide is courses/demo_content/README.md). A file is Markdown; what is not prose (a key
point, a knowledge check, a quiz question) is a fenced section with named parts:

    ::: knowledge_check
    The question?

    - [x] The correct option.
      > Feedback on choosing it.
    - [ ] Another option.

    :: explanation
    Why, in **Markdown**.
    :::

This module reads the notation into plain data and turns Markdown into the HTML that Wagtail's
rich text stores (<b> and <i>, nothing between the tags). It knows nothing of Django."""

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML

# What the rich-text fields allow (cms.blocks.TEXT_FEATURES and SHORT_TEXT_FEATURES), as tags.
TEXT_TAGS = frozenset({"h2", "h3", "p", "b", "i", "a", "ul", "ol", "li"})
SHORT_TEXT_TAGS = frozenset({"p", "b", "i", "a", "ul", "ol", "li"})

_FENCE = re.compile(r"^(?P<colons>:{3,})(?:\s+(?P<name>[a-z_]+)(?:\s+(?P<title>.*?))?)?\s*$")
_PART = re.compile(r"^::\s+(?P<name>[a-z_]+)\s*$")
_ATTRIBUTE = re.compile(r"^(?P<name>[a-z][a-z_-]*):\s*(?P<value>.*?)\s*$")
_OPTION = re.compile(r"^- \[(?P<mark>[ xX])\]\s+(?P<text>.*)$")
_TAG = re.compile(r"<(?P<tag>[a-zA-Z0-9]+)")
KEEP_IN_PLACE = "{keep in place}"


class DemoContentError(ValueError):
    """A content file does not follow the notation; the message names the file and line."""


class _StoredHtml(RendererHTML):
    """Wagtail's stored rich text: <b> and <i> rather than <strong> and <em>, no newline
    between tags, and a line break inside a paragraph is a space."""

    _TAGS = {"strong": "b", "em": "i"}

    def renderToken(self, tokens, idx, options, env):  # noqa: N802 - markdown-it's name
        token = tokens[idx]
        token.tag = self._TAGS.get(token.tag, token.tag)
        return super().renderToken(tokens, idx, options, env).replace("\n", "")

    def softbreak(self, tokens, idx, options, env):
        return " "


# CommonMark without raw HTML; indented code is off, so indenting a line never turns it into code.
_markdown = MarkdownIt("commonmark", {"html": False}, renderer_cls=_StoredHtml).disable("code")


def rich_text(lines: list[str], *, tags: frozenset = SHORT_TEXT_TAGS, where: str = "") -> str:
    """Markdown to the stored HTML of a rich-text field that allows these tags."""
    source = "\n".join(lines).strip()
    if not source:
        return ""
    html = _markdown.render(source)
    refused = sorted({match["tag"] for match in _TAG.finditer(html)} - tags)
    if refused:
        raise DemoContentError(
            f"{where}: this text may not use {', '.join(f'<{t}>' for t in refused)} "
            f"(allowed: {', '.join(sorted(tags))})"
        )
    return html


def plain_text(lines: list[str]) -> str:
    """A plain-text field: the lines of a paragraph join with spaces, paragraphs with a blank
    line. Nothing is interpreted: what is written is what the learner reads."""
    paragraphs = re.split(r"\n\s*\n", "\n".join(lines).strip())
    return "\n\n".join(" ".join(line.strip() for line in p.splitlines()) for p in paragraphs if p)


def bullet_list(lines: list[str], *, where: str) -> list[str]:
    """`- item` lines (an item may go on over indented lines) as a list of plain strings."""
    items: list[list[str]] = []
    for line in lines:
        if line.startswith("- "):
            items.append([line[2:]])
        elif line.startswith(" ") and line.strip() and items:
            items[-1].append(line)
        elif line.strip():
            raise DemoContentError(f"{where}: expected a `- ` list item, found {line!r}")
    return [plain_text(item) for item in items]


def options(lines: list[str], *, where: str) -> tuple[list[str], list[dict]]:
    """Split a question into its text and its options. `- [x]` starts a correct option and
    `- [ ]` a wrong one; indented lines under an option go on with its text, and those that
    start with `>` are its feedback. An option whose text ends with `{keep in place}` stays
    where it is written when a quiz shuffles its options (`is_pinned`)."""
    text: list[str] = []
    found: list[dict] = []
    for line in lines:
        match = _OPTION.match(line)
        if match:
            found.append({"text": [match["text"]], "is_correct": match["mark"] != " ", "fb": []})
        elif not found:
            text.append(line)
        elif line.startswith(" ") and line.strip().startswith(">"):
            found[-1]["fb"].append(line.strip()[1:])
        elif line.startswith(" ") and line.strip() and not found[-1]["fb"]:
            found[-1]["text"].append(line)
        elif line.strip():
            raise DemoContentError(
                f"{where}: after the options only `:: part` lines may follow, found {line!r}"
            )
    return text, [_option(o) for o in found]


def _option(found: dict) -> dict:
    text = plain_text(found["text"])
    option = {"text": text, "is_correct": found["is_correct"], "feedback": plain_text(found["fb"])}
    if text.endswith(KEEP_IN_PLACE):
        option["text"] = text.removesuffix(KEEP_IN_PLACE).rstrip()
        option["is_pinned"] = True
    return option


@dataclass
class Section:
    """A fenced section: `::: name title`, `name: value` attributes right under that line, the
    main part, `:: part` parts, sections nested inside it, and a closing `:::` (as many colons
    as it opened with)."""

    name: str
    title: str
    where: str
    fence: int
    attributes: dict[str, str] = field(default_factory=dict)
    parts: dict[str, list[str]] = field(default_factory=lambda: {"": []})
    children: list["Section"] = field(default_factory=list)
    part: str = ""
    reading_attributes: bool = True

    def main(self) -> list[str]:
        return self.parts[""]

    def get(self, part: str) -> list[str]:
        return self.parts.get(part, [])

    def expect(self, *, parts=(), attributes=(), children: bool = False) -> None:
        """Refuse parts, attributes and nested sections this kind of section does not have."""
        unknown = set(self.parts) - {"", *parts}
        if unknown:
            raise DemoContentError(
                f"{self.where}: a {self.name} has no part {', '.join(sorted(unknown))} "
                f"(its parts: {', '.join(parts) or 'none'})"
            )
        missing = set(attributes) - set(self.attributes)
        if missing:
            lines = ", ".join(f"`{name}:`" for name in sorted(missing))
            raise DemoContentError(f"{self.where}: a {self.name} needs a {lines} line")
        if self.children and not children:
            raise DemoContentError(f"{self.where}: a {self.name} cannot hold other sections")


def _open(match, where: str) -> Section:
    return Section(
        name=match["name"], title=match["title"] or "", where=where, fence=len(match["colons"])
    )


def parse(lines: list[str], *, source: str, first_line: int = 1, attributes=None) -> list:
    """The file's lines as a list of Sections, in order; prose between fenced sections is a
    section named "text" (with `fence` 0). `attributes` maps a section name to the attribute
    names it may have."""
    attributes = attributes or {}
    items: list = []
    stack: list[Section] = []
    for number, line in enumerate(lines, start=first_line):
        where = f"{source}, line {number}"
        fence = _FENCE.match(line)
        if fence and fence["name"]:
            section = _open(fence, where)
            (stack[-1].children if stack else items).append(section)
            stack.append(section)
        elif fence:
            if not stack:
                raise DemoContentError(f"{where}: this `{line.strip()}` closes no section")
            if len(fence["colons"]) != stack[-1].fence:
                raise DemoContentError(
                    f"{where}: expected {':' * stack[-1].fence} to close the "
                    f"{stack[-1].name} opened at {stack[-1].where}"
                )
            stack.pop()
        elif not stack:
            if not items or items[-1].fence:
                items.append(Section(name="text", title="", where=where, fence=0))
            items[-1].main().append(line)
        else:
            _section_line(stack[-1], line, where, attributes.get(stack[-1].name, ()))
    if stack:
        raise DemoContentError(f"{stack[-1].where}: this {stack[-1].name} is never closed")
    return [item for item in items if item.fence or "".join(item.main()).strip()]


def _section_line(section: Section, line: str, where: str, attributes) -> None:
    attribute = _ATTRIBUTE.match(line) if section.reading_attributes else None
    if attribute and attribute["name"] in attributes:
        section.attributes[attribute["name"]] = attribute["value"]
        return
    section.reading_attributes = False
    part = _PART.match(line)
    if part:
        if part["name"] in section.parts:
            raise DemoContentError(f"{where}: a second `:: {part['name']}` in this section")
        section.part = part["name"]
        section.parts[section.part] = []
    else:
        section.parts[section.part].append(line)


def source_name(path: Path) -> str:
    """How errors name a file: relative to the repository when it is inside it."""
    root = Path(__file__).resolve().parent.parent
    path = path.resolve()
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def yaml_read(text: str, *, source: str):
    """YAML (safe_load: plain data only), with the file named in any error."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise DemoContentError(f"{source}: {error}") from None


def front_matter(path: Path) -> tuple[dict, list[str], int]:
    """A Markdown file's YAML front matter (between `---` lines), its other lines, and the
    number of the first of them."""
    source = source_name(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, lines, 1
    try:
        end = lines.index("---", 1)
    except ValueError:
        raise DemoContentError(f"{source}: the front matter has no closing `---`") from None
    meta = yaml_read("\n".join(lines[1:end]), source=source) or {}
    return meta, lines[end + 1 :], end + 2
