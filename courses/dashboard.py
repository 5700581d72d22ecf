"""Sections of the learner's dashboard (/learn/): a template and a function of the user that
gives its context (None leaves the section out). Apps above `courses` register theirs, such as
the certificates, in their AppConfig.ready; they are rendered in registration order after the
courses. Sections `before_courses` come first, above the courses: this module registers one
itself, the learner's membership waiting for approval or refused (from `accounts`, below), with
the courses that open on approval."""

from collections.abc import Callable
from dataclasses import dataclass

from accounts.models import User
from accounts.selectors import user_membership_request


@dataclass(frozen=True)
class DashboardSection:
    name: str
    template_name: str
    build: Callable[[User], object]
    before_courses: bool = False


_SECTIONS: dict[str, DashboardSection] = {}


def register_dashboard_section(
    name: str, template_name: str, build: Callable[[User], object], *, before_courses: bool = False
) -> None:
    _SECTIONS[name] = DashboardSection(name, template_name, build, before_courses)


def dashboard_sections(*, user: User) -> list[dict]:
    """Each registered section's template and data for this user, those with data only."""
    sections = []
    for section in _SECTIONS.values():
        data = section.build(user)
        if data is not None:
            sections.append(
                {
                    "name": section.name,
                    "template_name": section.template_name,
                    "data": data,
                    "before_courses": section.before_courses,
                }
            )
    return sections


def membership_section(user: User) -> dict | None:
    """The learner's pending or refused membership, and the live public courses restricted to
    that audience (those that open on approval). One query for the profile; for a pending
    learner only, two more for the courses (Wagtail's view restrictions, then the pages)."""
    membership = user_membership_request(user)
    if membership is None:
        return None
    courses = []
    if membership.is_pending:
        from courses.selectors import courses_opening_on_approval

        courses = courses_opening_on_approval(audience=membership.audience)
    return {"membership": membership, "courses": courses}


register_dashboard_section(
    "membership",
    "accounts/includes/membership_section.html",
    membership_section,
    before_courses=True,
)
