"""Links that work: every absolute link in every e-mail and PDF the demo sends is built on
BASE_URL and answers 200 from the running server.

The journeys run through the real services and views (seed_demo with its graduate's
certificate, sign-up, password reset, membership decisions, a learner import, the completion
report); the e-mails they send are read from the locmem outbox, the PDFs are downloaded or read
from storage as their readers get them. Each link is then fetched with urllib from the live
server, following redirects with a cookie jar of its own. A link to a page that needs a login
(My learning, the profile) first lands on the login page: the recipient then logs in through
the login form and the link must open the page itself. The QR code is checked through the URL
given to segno (no QR decoder is installed): it must be the certificate's verification link on
BASE_URL, and that link must answer 200 too."""

import io
import os
import re
import shutil
import subprocess
import sys
from http.cookiejar import CookieJar
from urllib.parse import urlencode, urlsplit
from urllib.request import HTTPCookieProcessor, Request, build_opener

import pytest
import segno
from django.conf import settings as django_settings
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader

from accounts import roles
from accounts.imports import learners_import
from accounts.models import Audience, Sex, User
from accounts.services import membership_decide
from certificates import pdf as certificate_pdf
from certificates.models import Certificate
from core.links import base_url, site_address
from reports.filters import ReportFilters
from reports.models import ReportRun
from reports.services import report_run_start
from tests.factories.accounts import OrganisationFactory, UserFactory
from tests.helpers import DEMO_PASSWORD

URL = re.compile(r"https?://[^\s<>\"')\]]+")
TRAILING = ".,;:!?"
NEW_PASSWORD = "a-long-links-password-1"  # noqa: S105
CSV_HEADER = "email,name,organisation,audience,sex,position\n"


def links_in_text(text: str) -> list[str]:
    """Absolute links, and the site's address printed without its scheme (the certificate's
    "Verify at academy.example.lc/certificates/verify/"), as absolute links."""
    found = [match.rstrip(TRAILING) for match in URL.findall(text)]
    bare = re.compile(r"(?<![/\w.:])" + re.escape(site_address()) + r"/\S*")
    scheme = urlsplit(base_url()).scheme
    found += [f"{scheme}://{match.rstrip(TRAILING)}" for match in bare.findall(text)]
    return found


def links_in_email(message) -> list[str]:
    bodies = [message.body] + [content for content, _ in getattr(message, "alternatives", [])]
    return [link for body in bodies for link in links_in_text(body)]


def links_in_pdf(data: bytes) -> list[str]:
    """Link annotations (/Annots, /URI), the text, and the document's metadata."""
    reader = PdfReader(io.BytesIO(data))
    found = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if "/URI" in action:
                found.append(str(action["/URI"]))
        found += links_in_text(page.extract_text())
    for value in (reader.metadata or {}).values():
        found += links_in_text(str(value))
    return list(dict.fromkeys(found))


class Visitor:
    """A person with a browser of their own (a cookie jar), over real HTTP."""

    def __init__(self, base_url: str):
        self.base_url = base_url
        self.opener = build_opener(HTTPCookieProcessor(CookieJar()))

    def get(self, url: str) -> tuple[int, str, bytes]:
        with self.opener.open(Request(url), timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.url, response.read()

    def log_in(self, email: str, password: str) -> None:
        _, _, page = self.get(self.base_url + reverse("account_login"))
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        data = urlencode(
            {"csrfmiddlewaretoken": token.decode(), "login": email, "password": password}
        )
        request = Request(self.base_url + reverse("account_login"), data=data.encode())  # noqa: S310
        request.add_header("Referer", self.base_url + reverse("account_login"))
        with self.opener.open(request, timeout=30) as response:  # noqa: S310 - loopback
            assert urlsplit(response.url).path != reverse("account_login"), "login failed"


def follow(link: str, *, base_url: str, recipient: str, passwords: dict[str, str]) -> str:
    """GET the link as its recipient would; returns where it ended (asserting a 200)."""
    assert link.startswith(base_url + "/"), f"{link} is not on BASE_URL {base_url}"
    visitor = Visitor(base_url)
    status, final, _ = visitor.get(link)
    assert status == 200, (link, status)
    login = reverse("account_login")
    if urlsplit(final).path == login and urlsplit(link).path != login:
        assert recipient in passwords, f"{link} needs a login that {recipient} cannot give"
        visitor.log_in(recipient, passwords[recipient])
        status, final, _ = visitor.get(link)
        assert status == 200, (link, status)
        assert urlsplit(final).path == urlsplit(link).path, (link, final)
    return final


def follow_emails(messages, *, base_url: str, passwords: dict[str, str]) -> dict[str, list]:
    """Every link of every message, followed; {"subject -> recipient": [links]}."""
    followed = {}
    for message in messages:
        links = links_in_email(message)
        for link in links:
            follow(link, base_url=base_url, recipient=message.to[0], passwords=passwords)
        followed[f"{message.subject} -> {message.to[0]}"] = list(dict.fromkeys(links))
    return followed


def sent_by(action) -> list:
    before = len(mail.outbox)
    action()
    return mail.outbox[before:]


def sign_up(client, email: str, audience: str) -> None:
    response = client.post(
        reverse("account_signup"),
        {
            "email": email,
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "first_name": "Links",
            "last_name": "Tester",
            "audience": audience,
            "organisation": "",
            "position": "Officer",
            "sex": Sex.FEMALE,
        },
    )
    assert response.status_code == 302, response.content[:500]
    client.cookies.clear()


def confirm(client, message) -> None:
    """The recipient confirms their address (a POST on the page the link opens)."""
    link = next(link for link in links_in_email(message) if "/confirm-email/" in link)
    client.post(urlsplit(link).path)


@pytest.fixture
def qr_contents(monkeypatch) -> list[str]:
    """What every QR code made during the test holds (segno is the only QR encoder used)."""
    made = []
    real_make = segno.make

    def make(content, *args, **kwargs):
        made.append(content)
        return real_make(content, *args, **kwargs)

    monkeypatch.setattr(segno, "make", make)
    return made


@pytest.mark.slow
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_every_link_in_the_demos_emails_and_pdfs_answers_200(
    live_server, settings, client, qr_contents
):
    settings.BASE_URL = live_server.url
    base = live_server.url
    passwords = {"graduate@example.com": DEMO_PASSWORD, "manager@example.com": DEMO_PASSWORD}

    # seed_demo: the graduate's certificate is issued and rendered; the holder is told.
    messages = sent_by(lambda: call_command("seed_demo", stdout=io.StringIO()))
    assert [m.to for m in messages] == [["graduate@example.com"]]
    followed = follow_emails(messages, base_url=base, passwords=passwords)
    followed |= _account_emails(client, base, passwords)
    followed |= _pdfs(base, passwords, qr_contents)

    for source, links in followed.items():
        assert links, f"{source}: no link found"
    assert len(followed) == 12, sorted(followed)
    everything = [link for links in followed.values() for link in links]
    assert all(link.startswith(base + "/") for link in everything), everything


def _account_emails(client, base: str, passwords: dict[str, str]) -> dict[str, list]:
    """Sign-up verification, "you already have an account", password reset (known and unknown
    addresses), membership approved and rejected, an imported learner's invitation."""
    journeys = []
    for email, audience in (
        ("approved@example.org", Audience.LAW_ENFORCEMENT),
        ("rejected@example.org", Audience.BORDER),
    ):
        journeys.append(sent_by(lambda e=email, a=audience: sign_up(client, e, a)))
        passwords[email] = NEW_PASSWORD
    journeys.append(sent_by(lambda: sign_up(client, "graduate@example.com", Audience.MEDIA)))
    for email in ("learner@example.com", "nobody@example.org"):
        journeys.append(
            sent_by(lambda e=email: client.post(reverse("account_reset_password"), {"email": e}))
        )
    followed = {}
    for messages in journeys:
        assert len(messages) == 1, [m.subject for m in messages]
        followed |= follow_emails(messages, base_url=base, passwords=passwords)
    for verification in journeys[:2]:
        confirm(client, verification[0])  # so that they can log in to open their profile

    manager = User.objects.get(email="manager@example.com")
    for email, approve in (("approved@example.org", True), ("rejected@example.org", False)):
        profile_id = User.objects.get(email=email).profile.pk
        messages = sent_by(
            lambda p=profile_id, a=approve: membership_decide(
                profile_id=p, approve=a, actor=manager
            )
        )
        followed |= follow_emails(messages, base_url=base, passwords=passwords)
    csv = CSV_HEADER + "invited@example.org,Ina Vited,RSLPF,law_enforcement,female,Constable\n"
    messages = sent_by(lambda: learners_import(data=csv.encode(), actor=manager))
    assert [m.to for m in messages] == [["invited@example.org"]]
    followed |= follow_emails(messages, base_url=base, passwords=passwords)
    return followed


def _pdfs(base: str, passwords: dict[str, str], qr_contents: list[str]) -> dict[str, list]:
    """The graduate's certificate as its holder downloads it, and its QR code; the completion
    report a programme manager runs."""
    certificate = Certificate.objects.get(enrolment__user__email="graduate@example.com")
    holder = Visitor(base)
    holder.log_in("graduate@example.com", passwords["graduate@example.com"])
    status, _, data = holder.get(base + reverse("certificates_download", args=[certificate.code]))
    assert status == 200 and data.startswith(b"%PDF-")
    in_certificate = links_in_pdf(data)
    verification = base + reverse("certificates_verify_code", args=[certificate.display_code])
    assert verification in in_certificate, in_certificate
    assert qr_contents == [verification]  # the one certificate rendered, and its QR code

    manager = User.objects.get(email="manager@example.com")
    run = ReportRun.objects.get(pk=report_run_start(user=manager, filters=ReportFilters()).pk)
    with run.file.open("rb") as handle:
        in_report = links_in_pdf(handle.read())
    assert base + reverse("certificates_verify") in in_report, in_report

    for link in [*in_certificate, *qr_contents, *in_report]:
        follow(link, base_url=base, recipient="anyone", passwords=passwords)
    return {"certificate PDF": in_certificate, "QR code": qr_contents, "report PDF": in_report}


# make run on another port -----------------------------------------------------------------


@pytest.mark.django_db
def test_a_server_on_port_8201_prints_links_and_qr_codes_for_port_8201(
    settings, client, django_capture_on_commit_callbacks
):
    """What `make run PORT=8201` sets (BASE_URL=http://127.0.0.1:8201): the verification
    link, the QR code and the links in e-mails all use it, whatever host a request came on."""
    settings.BASE_URL = "http://127.0.0.1:8201"
    url = certificate_pdf.verification_url("ABCD2345EFGH")
    assert url == "http://127.0.0.1:8201/certificates/verify/ABCD-2345-EFGH/"
    assert certificate_pdf.qr_svg_data_uri(url) == segno.make(url, error="m").svg_data_uri(
        scale=4, border=0, dark="#1b2a41"
    )
    OrganisationFactory(name="Royal Saint Lucia Police Force", short_name="RSLPF")
    manager = UserFactory(role=roles.PROGRAMME_MANAGER)
    csv = CSV_HEADER + "new@example.org,New Person,RSLPF,other,male,Clerk\n"
    with django_capture_on_commit_callbacks(execute=True):
        learners_import(data=csv.encode(), actor=manager)
    client.post(reverse("account_reset_password"), {"email": manager.email}, HTTP_HOST="localhost")
    client.post(reverse("account_reset_password"), {"email": "nobody@example.org"})
    links = [link for message in mail.outbox for link in links_in_email(message)]
    assert len(mail.outbox) == 3 and len(links) >= 4, links
    assert all(link.startswith("http://127.0.0.1:8201/") for link in links), links


def test_make_run_passes_host_and_port_to_seed_and_runserver_as_base_url():
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    plan = subprocess.run(
        ["make", "-n", "run", "HOST=127.0.0.1", "PORT=8201"],
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
        env={key: value for key, value in os.environ.items() if key != "BASE_URL"},
    ).stdout
    seed = "BASE_URL=http://127.0.0.1:8201 .venv/bin/python manage.py seed_demo"
    serve = "BASE_URL=http://127.0.0.1:8201 .venv/bin/python manage.py runserver 127.0.0.1:8201"
    assert seed in plan and serve in plan, plan


def test_base_url_comes_from_the_environment_under_dev_settings():
    probe = "from certificates.pdf import verification_url; print(verification_url())"
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {probe}"],
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
            "BASE_URL": "http://127.0.0.1:8201",
        },
    )
    assert result.stdout.strip() == "http://127.0.0.1:8201/certificates/verify/"
