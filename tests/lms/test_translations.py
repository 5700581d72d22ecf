"""French is complete: every string of the interface has a French translation that keeps the
English one's placeholders and markup; the catalogue holds exactly the strings the code marks
(what `make messages` would collect today); the compiled .mo is the .po; and a reader who chose
French gets French pages, e-mails and certificates.

The .po file is read with the small parser below (polib is not a dependency); the .mo with the
standard library's gettext."""

import ast
import gettext
import html
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.utils import translation
from pypdf import PdfReader

from accounts.models import Profile
from certificates import services as certificate_services
from certificates.models import Certificate
from tests.factories.accounts import UserFactory
from tests.factories.certificates import completed_enrolment
from tests.factories.courses import catalogue, course_create

BASE_DIR = Path(settings.BASE_DIR)
LANGUAGE = "fr"
PO = BASE_DIR / "locale" / LANGUAGE / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
FRENCH_PLURALS = "nplurals=2; plural=(n > 1);"


# --- Reading a .po file ----------------------------------------------------------------------


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    obsolete: bool = False

    @property
    def key(self) -> tuple:
        return (self.msgctxt, self.msgid, self.msgid_plural)

    @property
    def forms(self) -> list[str]:
        return [self.msgstr.get(n, "") for n in range(2 if self.msgid_plural else 1)]


def po_entries(text: str) -> list[Entry]:
    """Every entry of a .po file, the header (msgid "") first. Obsolete entries (#~) are kept,
    marked as such."""
    entries, entry, keyword = [], None, None
    for line in [*text.splitlines(), ""]:
        line = line.strip()
        if not line:
            if entry is not None:
                entries.append(entry)
            entry, keyword = None, None
            continue
        entry = entry or Entry()
        if line.startswith("#~"):
            entry.obsolete = True
        elif line.startswith("#,"):
            entry.flags |= {flag.strip() for flag in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        else:
            if not line.startswith('"'):
                keyword, _, line = line.partition(" ")
            value = ast.literal_eval(line)  # a C string: the same escapes as Python's
            if keyword.startswith("msgstr"):
                number = int(keyword[7:-1]) if keyword != "msgstr" else 0
                entry.msgstr[number] = entry.msgstr.get(number, "") + value
            else:  # msgid, msgid_plural, msgctxt
                setattr(entry, keyword, (getattr(entry, keyword) or "") + value)
    return entries


def po_catalogue(path: Path) -> dict[tuple, Entry]:
    """The live (not obsolete) entries of a .po file by (context, msgid, plural)."""
    return {e.key: e for e in po_entries(path.read_text(encoding="utf-8"))[1:] if not e.obsolete}


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return list(po_catalogue(PO).values())


# --- The catalogue is complete and well formed -----------------------------------------------


def test_the_french_catalogue_declares_french_plurals_and_utf8():
    header = po_entries(PO.read_text(encoding="utf-8"))[0]
    assert header.msgid == ""
    assert f"Language: {LANGUAGE}\n" in header.msgstr[0]
    assert "charset=UTF-8" in header.msgstr[0]
    assert f"Plural-Forms: {FRENCH_PLURALS}\n" in header.msgstr[0]


def test_every_french_entry_is_translated_and_none_is_fuzzy_or_obsolete(entries):
    assert len(entries) > 600  # the whole interface, not a file emptied by mistake
    untranslated = [e.msgid for e in entries if not all(form.strip() for form in e.forms)]
    fuzzy = [e.msgid for e in entries if "fuzzy" in e.flags]
    obsolete = [e.msgid for e in po_entries(PO.read_text(encoding="utf-8")) if e.obsolete]
    assert not untranslated, f"{len(untranslated)} without French: {untranslated[:20]}"
    assert not fuzzy, f"fuzzy (check the French, then remove the flag): {fuzzy}"
    assert not obsolete, f"obsolete entries, run `make messages`: {obsolete}"


PYTHON_FORMAT = re.compile(r"%(?:\((\w+)\))?[-#0 +]*(?:\d+|\*)?(?:\.\d+)?([diouxXeEfFgGcrsa%])")
BRACES = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")  # {learner_name}, not {{ }}
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def placeholders(text: str) -> dict:
    """What a translation must carry over unchanged: named and positional %-placeholders,
    literal %% (blocktranslate always formats), {braces}, HTML tags, and never a template tag."""
    found = PYTHON_FORMAT.findall(text)
    return {
        "named": sorted(name + conversion for name, conversion in found if name),
        "positional": [conversion for name, conversion in found if not name],
        "braces": sorted(BRACES.findall(text)),
        "tags": sorted(TAG.findall(text)),
        "template": sorted(re.findall(r"\{\{|\{%", text)),
    }


def test_every_translation_keeps_the_placeholders_and_markup_of_the_english(entries):
    problems = []
    for entry in entries:
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        for source, translated in zip(sources, entry.forms, strict=True):
            expected, got = placeholders(source), placeholders(translated)
            if expected != got:
                differs = {k: (expected[k], got[k]) for k in expected if expected[k] != got[k]}
                problems.append(f"{source!r}: {differs}")
    assert not problems, "\n".join(problems)


def test_the_compiled_catalogue_is_the_po_file(entries):
    """The .mo read back with the standard library holds exactly the .po's translations (so
    `make messages` was run after the last edit)."""
    with MO.open("rb") as file:
        compiled = dict(gettext.GNUTranslations(file)._catalog)
    compiled.pop("", None)
    expected = {}
    for entry in entries:
        msgid = f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt is not None else entry.msgid
        if entry.msgid_plural:
            expected.update({(msgid, n): form for n, form in enumerate(entry.forms)})
        else:
            expected[msgid] = entry.forms[0]
    assert compiled == expected, "run `make messages` to compile the .po"


def test_django_serves_the_projects_french_for_every_entry(entries):
    """Through Django's own loading (LOCALE_PATHS ahead of Django's, Wagtail's and allauth's
    catalogues), every string comes out as this catalogue says."""
    wrong = []
    with translation.override(LANGUAGE):
        for entry in entries:
            context = entry.msgctxt
            if entry.msgid_plural:
                got = [
                    translation.npgettext(context, entry.msgid, entry.msgid_plural, n)
                    if context is not None
                    else translation.ngettext(entry.msgid, entry.msgid_plural, n)
                    for n in (1, 2)
                ]
            elif context is not None:
                got = [translation.pgettext(context, entry.msgid)]
            else:
                got = [translation.gettext(entry.msgid)]
            if got != entry.forms:
                wrong.append((entry.msgid, got, entry.forms))
    assert not wrong, wrong


# --- The catalogue is up to date with the code -----------------------------------------------


def _messages_recipe() -> list[str]:
    """The makemessages command of the Makefile's `messages` target, as arguments."""
    makefile = (BASE_DIR / "Makefile").read_text()
    recipe = re.search(r"^messages:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert recipe, "the Makefile has a `messages` target"
    commands = recipe.group(1).replace("\\\n", " ").splitlines()
    command = next(c for c in commands if "makemessages" in c)
    arguments = shlex.split(command.replace("$(BIN)/python", "python"))
    return arguments[arguments.index("manage.py") :]


@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("xgettext") and shutil.which("msgmerge")),
    reason="GNU gettext is missing (apt-get install gettext): makemessages needs it",
)
def test_make_messages_would_change_nothing_in_the_catalogue(tmp_path):
    """`make messages`' own makemessages command, run on a copy of the code with the committed
    catalogue, finds no string the catalogue lacks and none it holds in vain."""
    arguments = _messages_recipe()
    ignored = [a.split("=", 1)[1] for a in arguments if a.startswith("--ignore=")]
    assert ".venv" in ignored
    copy = tmp_path / "code"
    shutil.copytree(
        BASE_DIR,
        copy,
        ignore=shutil.ignore_patterns(
            *ignored, ".git", "locale", "__pycache__", "*.sqlite3*", "*.pdf", ".*_cache"
        ),
    )
    (copy / PO.relative_to(BASE_DIR)).parent.mkdir(parents=True)
    shutil.copy(PO, copy / PO.relative_to(BASE_DIR))
    result = subprocess.run(
        [sys.executable, *arguments],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.test"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    collected = po_catalogue(copy / PO.relative_to(BASE_DIR))
    committed = po_catalogue(PO)
    new = [key[1] for key in collected if key not in committed]
    gone = [key[1] for key in committed if key not in collected]
    untranslated = [e.msgid for e in collected.values() if "fuzzy" in e.flags or not all(e.forms)]
    assert not new and not gone and not untranslated, (
        "run `make messages`, translate the new strings in locale/fr and commit: "
        f"new {new}; no longer in the code {gone}; untranslated {untranslated}"
    )


# --- A French reader -------------------------------------------------------------------------


def _english_left(page: str, entries) -> list[str]:
    """Whole English sentences of the catalogue that a French page still shows."""
    text = html.unescape(page)
    return [
        e.msgid
        for e in entries
        if len(e.msgid) >= 15
        and e.forms[0] != e.msgid
        and not any(placeholders(e.msgid).values())
        and e.msgid in text
    ]


@pytest.fixture
def french_client(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = LANGUAGE
    return client


@pytest.mark.django_db
def test_the_login_page_is_in_french(french_client, entries):
    response = french_client.get("/accounts/login/")
    page = response.content.decode()
    assert response.status_code == 200 and response["Content-Language"] == LANGUAGE
    assert '<html lang="fr">' in page
    assert "Se connecter" in page and "Aller au contenu" in page
    assert "Signaler la traite des personnes" in page  # the footer
    assert not _english_left(page, entries)


@pytest.mark.django_db
def test_the_course_catalogue_is_in_french(french_client, entries):
    course_create(title="Identifier les victimes")
    response = french_client.get(catalogue().url)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Trouver un cours" in page and "Rechercher dans les cours" in page
    assert "Identifier les victimes" in page and "Ouvert à tous" in page
    assert not _english_left(page, entries)


@pytest.mark.django_db
def test_a_learners_certificate_and_its_email_are_in_french(entries):
    """For a holder who chose French, rendered by a worker whose own language is English (the
    templates are translatable end to end and follow the holder's choice)."""
    user = UserFactory(first_name="Anaïs", last_name="Joseph")
    Profile.objects.filter(user=user).update(language=LANGUAGE)
    certificate = Certificate.objects.get(enrolment=completed_enrolment(user=user))
    with translation.override("en-gb"):
        assert certificate_services.certificate_render(certificate_id=certificate.pk)
    (message,) = mail.outbox
    assert message.subject.startswith("Votre certificat pour ")
    assert "Code de vérification : " + certificate.display_code in message.body
    assert "Chacun peut le vérifier sur " in message.body
    assert not _english_left(message.subject + message.body, entries)
    certificate.refresh_from_db()
    pdf = PdfReader(certificate.pdf.open("rb"))
    text = " ".join(pdf.pages[0].extract_text().split())
    assert "Vérifiez ce certificat sur" in text and "Délivré le" in text
    assert "Verify this certificate" not in text
    assert pdf.metadata["/Subject"].startswith("Code de vérification")
