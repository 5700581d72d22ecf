"""Chart labels are never clipped: every line of text drawn by the bar charts, measured with a
real font's metrics, lies inside the drawing, clear of the bars; a label too long for its room
is wrapped, then cut, and said in full in its bar's <title>."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from fontTools.ttLib import TTFont

from core.charts import ELLIPSIS, bar_chart, fit_text, horizontal_bar_chart, text_width

SVG = "{http://www.w3.org/2000/svg}"
FONTS = {
    # The site's sans-serif on Debian (CI installs fonts-dejavu-core) and the PDFs' serif.
    "DejaVu Sans": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "Liberation Serif": Path(settings.BASE_DIR) / "static/fonts/LiberationSerif-Regular.ttf",
}
COURSE = "Human Trafficking: Identification and Response for Police and Border Officers"
LONG_LABELS = [
    "Royal Saint Lucia Police Force",
    "Counter-Trafficking Task Force",
    f"Pre-test · {COURSE}",
    "Office of the Director of Public Prosecutions",
    "Équipe spéciale de lutte contre la traite des êtres humains — Sainte-Lucie",
    "Supercalifragilisticexpialidociousandsomeevenlongerwordthatcannotbebrokenanywhere",
    "Media",
]


class Font:
    def __init__(self, path: Path):
        font = TTFont(path)
        self.cmap, self.metrics = font.getBestCmap(), font["hmtx"]
        self.units = font["head"].unitsPerEm

    def width(self, text: str, size: float) -> float:
        notdef = self.metrics[".notdef"][0]
        advances = (
            self.metrics[self.cmap[ord(c)]][0] if ord(c) in self.cmap else notdef for c in text
        )
        return sum(advances) * size / self.units


@pytest.fixture(params=list(FONTS))
def font(request):
    if not FONTS[request.param].exists():
        pytest.skip(f"{request.param} is not installed")
    return Font(FONTS[request.param])


@pytest.mark.parametrize("text", [*LONG_LABELS, "90–100", "Sep 2026", "100%", "no data"])
def test_the_estimate_is_never_narrower_than_the_text(font, text):
    assert font.width(text, 11) <= text_width(text, 11) + 0.01
    assert text_width(text, 11) <= font.width(text, 11) * 1.6  # and not absurdly wide


def test_a_long_label_is_wrapped_then_cut():
    assert fit_text("Media", 100, 11) == ["Media"]
    lines = fit_text(COURSE, 200, 11)
    assert len(lines) == 2 and all(text_width(line, 11) <= 200 for line in lines)
    assert " ".join(lines).rstrip(ELLIPSIS) in COURSE and lines[-1].endswith(ELLIPSIS)
    lines = fit_text(COURSE, 350, 11)  # room for all of it on two lines: nothing is cut
    assert len(lines) == 2 and " ".join(lines) == COURSE
    # Two lines as even as the words allow: no word left alone on the second.
    assert fit_text("Pre-test · Human Trafficking: What Everyone Can Do", 280, 11) == [
        "Pre-test · Human Trafficking:",
        "What Everyone Can Do",
    ]
    word = fit_text(LONG_LABELS[5], 120, 11)
    assert len(word) == 1 and word[0].endswith(ELLIPSIS) and text_width(word[0], 11) <= 120


def drawn(template: str, chart) -> ET.Element:
    with translation.override("fr"):  # a comma as decimal mark must not reach the geometry
        svg = render_to_string(template, {"chart": chart, "chart_id": "t"})
        return ET.fromstring(svg)  # noqa: S314 - our own template's output


def text_boxes(svg: ET.Element, font: Font):
    """(left, right, top, bottom, text) of every line of text in the drawing."""
    for element in svg.iter(f"{SVG}text"):
        size = float(element.get("font-size"))
        anchor = element.get("text-anchor", "start")
        for line in element.findall(f"{SVG}tspan") or [element]:
            x, y, text = float(line.get("x")), float(line.get("y")), line.text or ""
            if element.get("dy"):
                y += float(element.get("dy"))
            width = font.width(text, size)
            left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
            yield left, left + width, y - size * 0.8, y + size * 0.25, text


def assert_inside(svg: ET.Element, font: Font) -> list:
    _, _, width, height = (float(n) for n in svg.get("viewBox").split())
    boxes = list(text_boxes(svg, font))
    for left, right, top, bottom, text in boxes:
        assert 0 <= left and right <= width, f"{text!r} runs out sideways: {left}..{right}"
        assert 0 <= top and bottom <= height, f"{text!r} runs out of the height: {top}..{bottom}"
    return boxes


@pytest.mark.parametrize("width", [640, 340])
def test_horizontal_bar_labels_stay_inside_and_clear_of_the_bars(font, width):
    chart = horizontal_bar_chart(
        title="Completion rate by course (%)",
        labels=LONG_LABELS,
        values=[44.4, 100, 0, None, 12.5, 50, 100],
        unit="%",
        maximum=100,
        width=width,
    )
    svg = drawn("includes/hbar_chart.svg", chart)
    boxes = assert_inside(svg, font)
    labels = [box for box in boxes if not box[4].endswith("%") and box[4] != "no data"]
    assert [line.text for line in chart.bars[0].label_lines] == ["Royal Saint Lucia Police Force"]
    assert any(box[4].endswith(ELLIPSIS) for box in labels)  # the unbreakable word is cut
    for group, label in zip(svg.findall(f"{SVG}g"), LONG_LABELS, strict=True):
        assert group.find(f"{SVG}title").text.startswith(label + ": ")  # said in full
    # No line of a label overlaps a bar, nor a line of another label.
    bars = [
        (float(r.get("x")), float(r.get("y")), float(r.get("height")))
        for r in svg.iter(f"{SVG}rect")
    ]
    for _left, right, top, bottom, text in labels:
        for x, y, h in bars:
            assert right <= x or bottom <= y or top >= y + h, f"{text!r} overlaps a bar"
    tops = sorted((top, bottom) for _, _, top, bottom, _ in labels)
    assert all(below[0] >= above[1] - 1 for above, below in zip(tops, tops[1:], strict=False))


def test_a_narrow_chart_puts_long_labels_above_the_bars_and_short_ones_beside():
    narrow = horizontal_bar_chart(title="t", labels=LONG_LABELS, values=[1] * 7, width=340)
    assert narrow.label_anchor == "start"
    assert narrow.bars[0].label_lines[0].y < narrow.bars[0].y  # above its bar
    months = horizontal_bar_chart(
        title="t", labels=["Jul 2026", "Aug 2026"], values=[1, 7], width=340
    )
    assert months.label_anchor == "end" and months.bars[0].x < 80  # beside, in little room


def test_vertical_bar_labels_fit_their_slots(font):
    labels = ["0–9", "Royal Saint Lucia Police Force", "Counter-Trafficking Task Force", "x" * 40]
    chart = bar_chart(title="Scores", labels=labels, values=[3, 10, 0, 7], width=480)
    svg = drawn("includes/bar_chart.svg", chart)
    boxes = assert_inside(svg, font)
    slot = (480 - 16) / len(labels)
    for bar in chart.bars:
        for line in bar.label_lines:
            assert text_width(line.text, chart.font_size) <= slot - 4
    assert [line.text for line in chart.bars[1].label_lines] == [
        "Royal Saint Lucia",
        "Police Force",
    ]
    assert chart.bars[3].label_lines[0].text.endswith(ELLIPSIS)
    assert [g.find(f"{SVG}title").text for g in svg.findall(f"{SVG}g")][1] == (
        "Royal Saint Lucia Police Force: 10"
    )
    assert all(box[2] >= chart.baseline or box[3] <= chart.baseline for box in boxes)
