"""Images in page bodies, for slow links: responsive renditions at three widths in AVIF and WebP,
with a JPEG fallback (PNG for images that may be transparent: PNG and GIF originals), drawn by
`core_tags.body_picture`, lazily loaded. They are made when a page is published
(`core.tasks.body_renditions_task`, from core/receivers.py) so that the first reader does not
wait for the encoding; a rendition still missing is made when it is first asked for."""

from collections.abc import Iterable, Iterator

from django.db.models import ForeignKey
from wagtail.blocks.list_block import ListValue
from wagtail.blocks.stream_block import StreamValue
from wagtail.blocks.struct_block import StructValue
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter

WIDTHS = "width-{400,800,1200}"
SIZES = "(max-width: 48rem) 100vw, 48rem"


def body_image_specs(image: AbstractImage) -> list[str]:
    """The filter specs of an image's renditions in a page body (Wagtail's brace expansion, as
    the picture tag expands them)."""
    may_be_transparent = image.file.name.lower().endswith((".png", ".gif"))
    fallback = "png" if may_be_transparent else "jpeg"
    return Filter.expand_spec(f"format-{{avif,webp,{fallback}}} {WIDTHS}")


def _images_in(value) -> Iterator[AbstractImage]:
    if isinstance(value, AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from _images_in(child.value)
    elif isinstance(value, StructValue):
        for child in value.values():
            yield from _images_in(child)
    elif isinstance(value, ListValue | list | tuple):
        for child in value:
            yield from _images_in(child)


def page_body_image_ids(page) -> list[int]:
    """The images the page shows: its image fields (a cover image), and those of its
    StreamFields at any depth of blocks."""
    image_model = get_image_model()
    ids: set[int] = set()
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            ids.update(image.pk for image in _images_in(getattr(page, field.name)))
        elif isinstance(field, ForeignKey) and issubclass(field.related_model, image_model):
            image_id = getattr(page, field.attname)
            if image_id is not None:
                ids.add(image_id)
    return sorted(ids)


def body_renditions_prepare(*, image_ids: Iterable[int]) -> int:
    """Make the body renditions of these images that do not exist yet; returns how many images
    were looked at (a deleted one is skipped)."""
    done = 0
    for image in get_image_model().objects.filter(pk__in=list(image_ids)):
        image.get_renditions(*body_image_specs(image))
        done += 1
    return done
