"""Admin behaviour every page type shares."""

from django.templatetags.static import static
from django.utils.html import format_html
from wagtail import hooks


@hooks.register("insert_editor_js")
def publish_after_autosave_js():
    """A Publish pressed while an autosave is on its way waits for it, so a new page is never
    created twice (static/js/admin-publish-after-autosave.js)."""
    return format_html(
        '<script src="{}" defer></script>', static("js/admin-publish-after-autosave.js")
    )
