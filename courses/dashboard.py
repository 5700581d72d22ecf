"""Sections that apps above `courses` add to the learner's dashboard (/learn/), such as their
certificates: a template and a function of the user that gives its context. Registered in the
app's AppConfig.ready; rendered in registration order after the courses."""

from collections.abc import Callable
from dataclasses import dataclass

from accounts.models import User


@dataclass(frozen=True)
class DashboardSection:
    name: str
    template_name: str
    build: Callable[[User], object]


_SECTIONS: dict[str, DashboardSection] = {}


def register_dashboard_section(
    name: str, template_name: str, build: Callable[[User], object]
) -> None:
    _SECTIONS[name] = DashboardSection(name, template_name, build)


def dashboard_sections(*, user: User) -> list[dict]:
    """Each registered section's template and data for this user."""
    return [
        {"name": s.name, "template_name": s.template_name, "data": s.build(user)}
        for s in _SECTIONS.values()
    ]
