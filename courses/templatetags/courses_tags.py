"""What course templates ask of courses beyond the page's context: the course outline's parts
that are each learner's own (`outline_holes`)."""

from django import template
from django.utils.translation import gettext as _

from core.templatetags.core_tags import drawn_once

register = template.Library()


class OutlineHoles:
    """Fills the holes of the course outline, which is drawn once for every learner of a course
    (courses/includes/course_nav.html): each item as this learner sees it (its state, whether it
    is the page being read), each module's "2/3 done", the progress bar. Each hole takes one of
    a few forms, drawn once per form for everyone (`core_tags.drawn_once`), so filling an
    outline of 60 items costs 60 lookups, not 60 drawings."""

    do_not_call_in_templates = True  # templates read `holes.enrolled`; only fragments call it

    def __init__(self, *, outline, position, enrolled: bool):
        self.enrolled = enrolled
        self.items = {item.page.pk: item for item in outline.items}
        self.modules = {module.page.pk: module for module in outline.modules}
        self.outline = outline
        self.current = position.current if position is not None else None

    def __call__(self, name: str, *args: str) -> str:
        if name == "item":
            item = self.items[int(args[0])]
            current = item is self.current
            return drawn_once(
                "courses/includes/course_nav_item.html",
                (item.page.pk, item.state, current, self.enrolled),
                {"item": item, "current": current, "enrolled": self.enrolled},
            )
        if name == "done":
            module = self.modules[int(args[0])]
            done, required = module.completed_required_count, module.required_count
            return _("%(done)s/%(required)s done") % {"done": done, "required": required}
        if name == "progress":
            percent = self.outline.percent
            return drawn_once(
                "includes/progress.html",
                ("course", percent),
                {"percent": percent, "label": _("Your progress in this course")},
            )
        raise ValueError(f"no such hole in the course outline: {name}")


@register.simple_tag(takes_context=True)
def outline_holes(context) -> OutlineHoles:
    """The learner's own parts of the outline beside a lesson or quiz (context: outline,
    position, access)."""
    access = context.get("access")
    return OutlineHoles(
        outline=context["outline"],
        position=context.get("position"),
        enrolled=bool(access is not None and access.enrolment is not None),
    )
