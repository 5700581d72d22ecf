"""Server-rendered SVG charts: geometry computed here, drawn by templates/includes/bar_chart.svg
and hbar_chart.svg, so the same chart works in a page and in a PDF. Every chart also has a text
equivalent (a table) next to it in the page that uses it.

Labels never overflow the drawing: their width is estimated from the text (`text_width`), and a
label too long for its room is wrapped onto a second line, then cut with an ellipsis; the full
label is always in the bar's <title> (a tooltip, read by screen readers) and in the table."""

import math
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.translation import gettext

# Advance widths, in hundredths of an em (rounded up), of the printable ASCII characters (space
# to "~") in DejaVu Sans: the widest of the fonts the charts are drawn in (the site's sans-serif
# on Debian and most Linux desktops; Liberation Serif in PDFs, narrower), so that an estimate is
# never short.
# fmt: off
_ASCII_WIDTHS = (
    32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 34, 34, 84, 84, 84, 54, 100, 69, 69, 70, 78, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75,
    79, 61, 79, 70, 64, 62, 74, 69, 99, 69, 62, 69, 40, 34, 40, 84, 50, 50, 62, 64, 55, 64, 62, 36,
    64, 64, 28, 28, 58, 28, 98, 64, 62, 64, 64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
)
# fmt: on
_OTHER_WIDTHS = {"…": 100, "–": 50, "—": 100, "·": 32, "’": 32, "‘": 32, "“": 52, "”": 52}
ELLIPSIS = "…"
LINE_HEIGHT = 1.25  # in ems


def _char_width(char: str) -> int:
    code = ord(char)
    if 32 <= code <= 126:
        return _ASCII_WIDTHS[code - 32]
    if char in _OTHER_WIDTHS:
        return _OTHER_WIDTHS[char]
    base = unicodedata.normalize("NFKD", char)[:1]  # é -> e, Ç -> C
    if base and 32 <= ord(base) <= 126:
        return _ASCII_WIDTHS[ord(base) - 32]
    if unicodedata.combining(char):
        return 0
    return 100  # anything else: a full em, to be safe


def text_width(text: str, font_size: float) -> float:
    """How wide `text` is drawn at `font_size` (in the drawing's units), a little over rather
    than under."""
    return sum(_char_width(char) for char in text) * font_size / 100


def _cut(text: str, max_width: float, font_size: float) -> str:
    """`text`, shortened with an ellipsis until it fits."""
    if text_width(text, font_size) <= max_width:
        return text
    while text and text_width(text.rstrip() + ELLIPSIS, font_size) > max_width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS if text else ""


def fit_text(text: str, max_width: float, font_size: float, max_lines: int = 2) -> list[str]:
    """`text` in at most `max_lines` lines, each no wider than `max_width`: broken between
    words, and the last line cut with an ellipsis when the words do not all fit."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", font_size) <= max_width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:  # what is left does not fit: end the last line with an ellipsis
        lines[-1] = lines[-1] + ELLIPSIS
    elif len(lines) == 2:  # all of it on two lines: break where they are the most even
        lines = _balanced(lines, max_width, font_size)
    lines = [_cut(line, max_width, font_size) for line in lines]
    return lines or [""]


def _balanced(lines: list[str], max_width: float, font_size: float) -> list[str]:
    """Two lines of the same words, broken so that the longer is as short as it can be
    ("Human Trafficking: What / Everyone Can Do" rather than ".. Everyone Can / Do")."""
    words = " ".join(lines).split()
    best, best_width = lines, max(text_width(line, font_size) for line in lines)
    for cut in range(1, len(words)):
        pair = [" ".join(words[:cut]), " ".join(words[cut:])]
        width = max(text_width(line, font_size) for line in pair)
        if width < best_width:
            best, best_width = pair, width
    return best


@dataclass
class TextLine:
    x: float
    y: float
    text: str


def _lines(texts: list[str], *, x: float, first_baseline: float, font_size: float):
    step = font_size * LINE_HEIGHT
    return [
        TextLine(x=round(x, 1), y=round(first_baseline + n * step, 1), text=text)
        for n, text in enumerate(texts)
    ]


def plain_number(value: float, unit: str = "") -> str:
    """The default way a bar's value is written: 12, 44.4, 50%."""
    return f"{round(value, 1):g}{unit}"


@dataclass
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    display: str = ""
    centre: float = 0
    label_lines: list[TextLine] = field(default_factory=list)


@dataclass
class BarChart:
    title: str
    bars: list[Bar]
    width: int
    height: int
    baseline: float
    maximum: float
    font_size: int = 10


def bar_chart(
    *,
    title: str,
    labels: list[str],
    values: list[float],
    width: int = 480,
    height: int = 200,
    font_size: int = 10,
) -> BarChart:
    """Vertical bars, a label centred under each, wrapped onto two lines (then cut) when wider
    than its bar's slot."""
    top, left, right = 16, 8, 8
    slot = (width - left - right) / max(len(values), 1)
    fitted = [fit_text(str(label), slot - 4, font_size) for label in labels]
    label_rows = max((len(lines) for lines in fitted), default=1)
    bottom = 6 + label_rows * font_size * LINE_HEIGHT
    plot_height = height - top - bottom
    baseline = round(top + plot_height, 1)
    maximum = max(values, default=0) or 1
    bars = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar_height = plot_height * value / maximum
        centre = left + index * slot + slot / 2
        bars.append(
            Bar(
                label=str(label),
                value=value,
                display=plain_number(value),
                x=round(left + index * slot + slot * 0.1, 1),
                y=round(baseline - bar_height, 1),
                width=round(slot * 0.8, 1),
                height=round(bar_height, 1),
                centre=round(centre, 1),
                label_lines=_lines(
                    fitted[index],
                    x=centre,
                    first_baseline=baseline + font_size + 3,
                    font_size=font_size,
                ),
            )
        )
    return BarChart(
        title=title,
        bars=bars,
        width=width,
        height=height,
        baseline=baseline,
        maximum=maximum,
        font_size=font_size,
    )


@dataclass
class HorizontalBar:
    label: str
    value: float
    display: str
    x: float
    y: float
    width: float
    value_x: float  # where the value is written: just after the end of the bar
    value_y: float
    label_lines: list[TextLine]


@dataclass
class HorizontalBarChart:
    title: str
    bars: list[HorizontalBar]
    width: int
    height: int
    bar_height: int
    font_size: int
    label_anchor: str  # "end": labels right-aligned left of the bars; "start": above them


@dataclass
class _Layout:
    """Where labels and bars go: labels left of the bars ("side") or above them ("stacked")."""

    side: bool
    label_x: float  # the labels' anchor
    label_room: float  # how wide a label line may be
    bar_x: float
    plot: float  # the longest bar


MARGIN, LABEL_GAP, VALUE_GAP = 2, 8, 4


def _layout(labels, displays, *, width, font_size, max_label_share) -> _Layout:
    value_room = max((text_width(d, font_size) for d in displays), default=0) + VALUE_GAP
    natural = max((text_width(label, font_size) for label in labels), default=0)
    room = width * max_label_share
    # Side by side while the labels fit or the chart is wide enough to wrap them there.
    if natural <= room or width >= 480:
        label_room = min(natural, room)
        bar_x = MARGIN + label_room + LABEL_GAP
        return _Layout(True, MARGIN + label_room, label_room, bar_x, width - bar_x - value_room)
    return _Layout(False, MARGIN, width - 2 * MARGIN, MARGIN, width - MARGIN - value_room)


def horizontal_bar_chart(
    *,
    title: str,
    labels: list[str],
    values: list[float | None],
    unit: str = "",
    maximum: float | None = None,
    width: int = 640,
    font_size: int = 11,
    max_label_share: float = 0.45,
    display: Callable[[float], str] | None = None,
) -> HorizontalBarChart:
    """Bars one under another, for long labels (course and organisation names). The labels
    take the room their text needs, up to `max_label_share` of the width, beside the bars;
    on a narrow chart whose labels do not fit there, each label goes above its bar. A value of
    None draws no bar and says "no data". `display` writes a value (default: 12.5 and the
    unit)."""
    display = display or (lambda value: plain_number(value, unit))
    labels = [str(label) for label in labels]
    shown = [gettext("no data") if v is None else display(v) for v in values]
    layout = _layout(
        labels, shown, width=width, font_size=font_size, max_label_share=max_label_share
    )
    bar_height, gap, top = 18, 8, 4
    line = font_size * LINE_HEIGHT
    top_value = maximum or max((v for v in values if v is not None), default=0) or 1
    bars, y = [], top
    for label, value, text in zip(labels, values, shown, strict=True):
        lines = fit_text(label, layout.label_room, font_size)
        block = len(lines) * line
        if layout.side:  # the label's lines centred on the bar, or the bar on them
            row = max(bar_height, block)
            bar_y = y + (row - bar_height) / 2
            first = y + (row - block) / 2 + font_size * 0.9
        else:  # the label's lines, then the bar under them
            row = block + 2 + bar_height
            bar_y = y + block + 2
            first = y + font_size * 0.9
        bar_width = round(layout.plot * max(value or 0, 0) / top_value, 1)
        bars.append(
            HorizontalBar(
                label=label,
                value=value or 0,
                display=text,
                x=round(layout.bar_x, 1),
                y=round(bar_y, 1),
                width=bar_width,
                value_x=round(layout.bar_x + bar_width + VALUE_GAP, 1),
                value_y=round(bar_y + bar_height / 2 + font_size * 0.35, 1),
                label_lines=_lines(
                    lines, x=layout.label_x, first_baseline=first, font_size=font_size
                ),
            )
        )
        y += row + gap
    return HorizontalBarChart(
        title=title,
        bars=bars,
        width=width,
        height=max(math.ceil(y - gap + 4), 30),
        bar_height=bar_height,
        font_size=font_size,
        label_anchor="end" if layout.side else "start",
    )
