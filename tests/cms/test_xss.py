"""Script payloads stored in the public site's blocks and site settings (as an import could
store them, without the admin's validation) never run: plain text is escaped, rich text is
cleaned with nh3, addresses with an unsafe scheme become "#"."""

import pytest

from cms.models import SiteSettings
from tests.courses.test_xss import PAYLOADS, active_content
from tests.factories.cms import awareness_page_create, site

pytestmark = pytest.mark.django_db


def test_payloads_in_every_awareness_block_and_the_site_settings_are_inert(client):
    payload = "".join(PAYLOADS)
    settings = SiteSettings.for_site(site())
    settings.hotline_text = "".join(PAYLOADS[:4])  # a 200-character field
    settings.other_numbers = [("number", {"label": payload, "number": "555", "note": payload})]
    settings.footer_links = [("link", {"label": payload, "page": None, "url": "javascript:x()"})]
    settings.social_links = [
        ("link", {"network": "other", "label": payload, "url": "javascript:alert(1)"})
    ]
    settings.save()
    page = awareness_page_create(
        summary=payload,
        body=[
            {"type": "text", "value": f"<p>Safe.</p>{payload}"},
            {"type": "signs", "value": {"heading": payload, "intro": payload, "note": payload,
                                        "signs": [{"sign": payload, "explanation": payload}]}},
            {"type": "myths_and_facts", "value": {"heading": payload,
                                                  "items": [{"myth": payload, "fact": payload}]}},
            {"type": "call_to_action", "value": {"heading": payload, "text": payload, "link": {
                "label": payload, "page": None, "url": "javascript:alert(1)"}}},
            {"type": "key_point", "value": {"heading": payload, "text": payload}},
        ],
    )  # fmt: skip
    html = client.get(page.url).content.decode()
    assert "Safe." in html
    assert active_content(html) == []
    home = client.get("/").content.decode()
    assert active_content(home) == []
