"""Demo data for certificates: the standard template dressed with a generated logo and
signatures, and one graduate (graduate@example.com) who has completed the media course, with a
real final-assessment score, so that /learn/ and the verification page show a certificate.
Idempotent."""

import io
import math

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from accounts.models import User
from assessments import selectors as assessment_selectors
from assessments import services as assessment_services
from assessments.models import QuizKind, QuizPage
from certificates import services
from certificates.collections import COURSE_MEDIA, SIGNATURES
from certificates.models import Certificate, CertificateTemplate
from courses import services as course_services
from courses.models import CourseItemPage, CoursePage

DEMO_GRADUATE = "graduate@example.com"
DEMO_COURSE_SLUG = "reporting-on-trafficking-in-persons"


def _png(draw_function, size) -> bytes:
    image = PILImage.new("RGBA", size, (255, 255, 255, 0))
    draw_function(ImageDraw.Draw(image), size)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _logo(draw, size):
    width, height = size
    navy, gold = (27, 42, 65, 255), (176, 141, 60, 255)
    draw.ellipse((4, 4, width - 4, height - 4), outline=navy, width=10)
    draw.ellipse((22, 22, width - 22, height - 22), outline=gold, width=4)
    # A stylised open hand shielding a figure: simple strokes, readable at 20 mm.
    cx = width / 2
    draw.ellipse((cx - 16, 62, cx + 16, 94), fill=navy)
    draw.polygon([(cx - 30, 170), (cx, 100), (cx + 30, 170)], fill=navy)
    draw.arc((cx - 70, 60, cx + 70, 220), start=200, end=340, fill=gold, width=8)


def _signature(seed: int):
    def draw_it(draw, size):
        width, height = size
        points = []
        for step in range(0, 220):
            t = step / 219
            x = 10 + t * (width - 20)
            y = height / 2 + math.sin(t * (9 + seed) + seed) * height * 0.28 * (1 - t * 0.6)
            y += math.sin(t * 37 + seed * 2) * 6
            points.append((x, y))
        draw.line(points, fill=(20, 30, 70, 255), width=4, joint="curve")

    return draw_it


def _image(title: str, data: bytes, *, collection: str):
    """The demo image of this title, in this collection (certificates.collections: signatures
    apart from the course and site media), made once."""
    Image = get_image_model()
    home = (
        Collection.objects.filter(depth=2, name=collection).first()
        or Collection.get_first_root_node()
    )
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, collection=home)
        image.file = ImageFile(io.BytesIO(data), name=f"{title.lower().replace(' ', '-')}.png")
        image.save()
    elif image.collection_id != home.pk:
        image.collection = home
        image.save(update_fields=["collection"])
    return image


def _answer_key(attempt, wrong: int = 0) -> dict:
    """Correct answers for an attempt's questions, except the first `wrong` of them."""
    data = {}
    for position, snapshot in enumerate(attempt.questions):
        for leaf in assessment_selectors.snapshot_parts(snapshot):
            correct = position >= wrong
            if leaf["kind"] == "short_answer":
                data[leaf["key"]] = leaf["accepted"][0] if correct else "not sure"
            elif leaf["kind"] == "multiple":
                data[leaf["key"]] = [o["id"] for o in leaf["options"] if o["is_correct"] == correct]
            else:
                data[leaf["key"]] = next(
                    o["id"] for o in leaf["options"] if o["is_correct"] == correct
                )
    return data


def _complete_course(user: User, course: CoursePage) -> None:
    course_services.enrolment_create(user=user, course=course)
    pages = Page.objects.live().descendant_of(course).order_by("path").specific()
    for item in pages:
        if not isinstance(item, CourseItemPage):
            continue  # a module
        if isinstance(item, QuizPage):
            started = assessment_services.attempt_start(user=user, quiz=item)
            wrong = {QuizKind.PRE_TEST: 3, QuizKind.FINAL: 1}.get(item.kind, 0)
            assessment_services.attempt_submit(
                attempt=started.attempt, user=user, data=_answer_key(started.attempt, wrong)
            )
        else:
            course_services.item_complete(user=user, item=item)


@transaction.atomic
def seed() -> dict:
    template = CertificateTemplate.objects.filter(is_default=True).first()
    if template is not None and template.logo_id is None:
        template.logo = _image(
            "CT Academy emblem", _png(_logo, (240, 240)), collection=COURSE_MEDIA
        )
        # Fictional people: the demo must not put a real official's name on a certificate.
        template.signatory_1_name = "Sandra Fontenelle"
        template.signatory_1_title = "Programme Coordinator, Counter-Trafficking Training"
        template.signatory_1_signature = _image(
            "Demo signature 1", _png(_signature(1), (480, 120)), collection=SIGNATURES
        )
        template.signatory_2_name = "Kervin Charlemagne"
        template.signatory_2_title = "Chairperson, National Counter-Trafficking Task Force"
        template.signatory_2_signature = _image(
            "Demo signature 2", _png(_signature(3), (480, 120)), collection=SIGNATURES
        )
        template.save()
    graduate = User.objects.filter(email=DEMO_GRADUATE).first()
    course = CoursePage.objects.filter(slug=DEMO_COURSE_SLUG).first()
    if graduate is not None and course is not None:
        if not Certificate.objects.filter(enrolment__user=graduate).exists():
            _complete_course(graduate, course)
    # Rendering happens after commit (eagerly without a broker); the sweep finishes any left.
    transaction.on_commit(lambda: services.certificates_issue_missing(render_now=True))
    return {"certificates": Certificate.objects.count()}
