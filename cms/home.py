"""Sections that apps above `cms` add to the home page, such as the featured courses: a template
and a function of the home page that gives its context (None to leave the section out).
Registered in the app's AppConfig.ready; rendered in registration order after the awareness
pages. The home page so never names an app above it."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class HomeSection:
    name: str
    template_name: str
    build: Callable[[object], object]


_SECTIONS: dict[str, HomeSection] = {}


def register_home_section(name: str, template_name: str, build: Callable[[object], object]) -> None:
    _SECTIONS[name] = HomeSection(name, template_name, build)


def home_sections(*, home) -> list[dict]:
    """Each registered section's template and data for this home page; empty ones left out."""
    sections = []
    for section in _SECTIONS.values():
        data = section.build(home)
        if data:
            sections.append(
                {"name": section.name, "template_name": section.template_name, "data": data}
            )
    return sections
