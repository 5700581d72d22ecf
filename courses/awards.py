"""What a learner receives for completing a course, such as a certificate (in `certificates`,
which is above `courses`): an app registers, in its AppConfig.ready, a function that answers for
some enrolments what each of them has earned. The course page and a quiz's result page ask
here, so they can link to the award without naming the app that makes it."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from courses.models import Enrolment


@dataclass(frozen=True)
class Award:
    """`state` is "ready" (url opens it), "preparing" (made in the background: no url yet)
    or "withdrawn" (revoked: no url; `note` says why)."""

    kind: str  # the registering name, e.g. "certificate"
    label: str
    state: str
    url: str = ""
    verify_url: str = ""
    note: str = ""


AwardBuilder = Callable[[list[Enrolment]], dict[int, Award]]

_BUILDERS: dict[str, AwardBuilder] = {}


def register_award(name: str, build: AwardBuilder) -> None:
    """`build(enrolments)` answers {enrolment id: Award} for those that have earned one, in a
    constant number of queries."""
    _BUILDERS[name] = build


def enrolment_awards(*, enrolments: Iterable[Enrolment]) -> dict[int, list[Award]]:
    """Every registered award of these enrolments, {enrolment id: [Award, ...]}."""
    enrolments = [e for e in enrolments if e is not None]
    found: dict[int, list[Award]] = {}
    if not enrolments:
        return found
    for build in _BUILDERS.values():
        for enrolment_id, award in build(enrolments).items():
            found.setdefault(enrolment_id, []).append(award)
    return found
