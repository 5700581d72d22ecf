"""Server-rendered SVG charts: geometry computed here, drawn by templates/includes/bar_chart.svg,
so the same chart works in a page and in a PDF. Every chart also has a text equivalent (a table)
next to it in the page that uses it."""

from dataclasses import dataclass


@dataclass
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float


@dataclass
class BarChart:
    title: str
    bars: list[Bar]
    width: int
    height: int
    baseline: float
    maximum: float


def bar_chart(
    *, title: str, labels: list[str], values: list[float], width: int = 480, height: int = 200
) -> BarChart:
    top, bottom, left, right = 16, 28, 8, 8
    plot_height = height - top - bottom
    maximum = max(values, default=0) or 1
    slot = (width - left - right) / max(len(values), 1)
    bars = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar_height = plot_height * value / maximum
        bars.append(
            Bar(
                label=label,
                value=value,
                x=round(left + index * slot + slot * 0.1, 1),
                y=round(top + plot_height - bar_height, 1),
                width=round(slot * 0.8, 1),
                height=round(bar_height, 1),
            )
        )
    return BarChart(
        title=title,
        bars=bars,
        width=width,
        height=height,
        baseline=top + plot_height,
        maximum=maximum,
    )


@dataclass
class HorizontalBar:
    label: str
    value: float
    display: str
    y: float
    width: float
    value_x: float  # where the value is written: just after the end of the bar


@dataclass
class HorizontalBarChart:
    title: str
    bars: list[HorizontalBar]
    width: int
    height: int
    label_width: int
    bar_height: int


def horizontal_bar_chart(
    *,
    title: str,
    labels: list[str],
    values: list[float | None],
    unit: str = "",
    maximum: float | None = None,
    width: int = 640,
    label_width: int = 260,
) -> HorizontalBarChart:
    """Bars side by side with long labels (course and organisation names) on the left. A value
    of None draws no bar and says "n/a"."""
    bar_height, gap, top = 18, 8, 4
    plot = width - label_width - 60
    top_value = maximum or max((v for v in values if v is not None), default=0) or 1
    bars = []
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        shown = "n/a" if value is None else f"{value:g}{unit}"
        bars.append(
            HorizontalBar(
                label=label if len(label) <= 46 else label[:44] + "…",
                value=value or 0,
                display=shown,
                y=top + index * (bar_height + gap),
                width=(bar_width := round(plot * max(value or 0, 0) / top_value, 1)),
                value_x=round(label_width + bar_width + 4, 1),
            )
        )
    height = top + len(bars) * (bar_height + gap) + 4
    return HorizontalBarChart(
        title=title,
        bars=bars,
        width=width,
        height=max(height, 30),
        label_width=label_width,
        bar_height=bar_height,
    )
