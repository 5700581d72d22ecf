"""Demo content for the public site: the home page, two awareness pages, the reporting page,
three news items, the site settings and a library of good-practice documents.

The facts come from shared/CONTENT.md, in our own words. The library's files are small PDFs
generated here, standing in for the publishers' documents (which are not ours to copy); each
entry says so. Idempotent: pages are found by slug, documents by title, and nothing is saved
when nothing differs."""

import datetime
import uuid

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Site

from cms.blocks import AwarenessBodyBlock
from cms.models import (
    AwarenessPage,
    HomePage,
    LibraryDocument,
    LibraryPage,
    NewsArticlePage,
    NewsIndexPage,
    ReportingPage,
    SiteSettings,
    Topic,
    Visibility,
)
from cms.services import library_document_audiences_set
from core.demo import page_ensure

ID_NAMESPACE = uuid.UUID("9d1c4c2e-5a0b-4f7e-9b1c-6f3e2d8a7c55")
STAND_IN_NOTE = (
    "Demo stand-in: this PDF is a one-page summary written for CT Academy, not the publisher's "
    "document. Ask the publisher for the original."
)

HOME_INTRO = (
    "<p>CT Academy trains the people who answer human trafficking in Saint Lucia: police and "
    "border officers, prosecutors, members of the National Counter-Trafficking Task Force and "
    "media workers. Courses are self-paced and end with a certificate anyone can verify.</p>"
    "<p>If you suspect someone is being trafficked, call <b>847</b>: free, 24 hours a day, "
    "and you may stay anonymous.</p>"
)


@transaction.atomic
def home_page_ensure(*, title: str, headline: str, intro: str) -> tuple[HomePage, bool]:
    """Make sure the default site's root is a HomePage with this content. Returns the page and
    whether anything changed; running it again with the same content changes nothing."""
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(instance=HomePage(title=title, headline=headline, intro=intro))
        changed = True
    else:
        changed = False
        for field, value in {"title": title, "headline": headline, "intro": intro}.items():
            if getattr(home, field) != value:
                setattr(home, field, value)
                changed = True
        if changed:
            home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="CT Academy",
        )
        changed = True
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save(update_fields=["root_page"])
        changed = True
    return home, changed


def _id(*parts) -> str:
    return str(uuid.uuid5(ID_NAMESPACE, ":".join(str(part) for part in parts)))


def body(slug: str, items: list[tuple[str, dict | str]]) -> list[dict]:
    """The demo's (type, value) pairs in StreamField's stored form, with ids derived from the
    page, so that the same text always makes the same value."""
    raw = []
    for index, (kind, value) in enumerate(items):
        if kind == "signs":
            value = {
                **value,
                "signs": [
                    {"type": "item", "value": sign, "id": _id(slug, index, n)}
                    for n, sign in enumerate(value["signs"])
                ],
            }
        elif kind == "myths_and_facts":
            value = {
                **value,
                "items": [
                    {"type": "item", "value": item, "id": _id(slug, index, n)}
                    for n, item in enumerate(value["items"])
                ],
            }
        raw.append({"type": kind, "value": value, "id": _id(slug, index)})
    block = AwarenessBodyBlock()
    return block.get_prep_value(block.to_python(raw))


def cta(heading: str, text: str, label: str, *, url: str = "", page=None) -> tuple[str, dict]:
    return (
        "call_to_action",
        {"heading": heading, "text": text, "link": {"label": label, "url": url, "page": page}},
    )


WHAT_IS_TRAFFICKING = (
    "<h2>What is human trafficking?</h2>"
    "<p>Trafficking is the exploitation of a person who has been recruited, moved, handed over, "
    "hidden or received by someone using force, threats, deception, abuse of their vulnerability "
    "or payments to whoever controls them. Three things together make it trafficking: an "
    "<b>act</b>, a <b>means</b> and a <b>purpose</b> of exploitation, such as sexual exploitation, "
    "forced labour, servitude or the removal of organs.</p>"
    "<p>Once any of those means is used, it does not matter that the person agreed at first. "
    "When the person is under 18, no means is needed at all: recruiting or moving a child to "
    "exploit them is trafficking.</p>"
    "<p>Trafficking is not the same as smuggling. Smuggling is a paid crossing of a border that "
    "ends on arrival; trafficking is continuing exploitation, and it can happen without anyone "
    "leaving Saint Lucia.</p>"
)

SIGNS = [
    (
        "Someone else keeps their passport or identity card",
        "Holding a person's documents is a way of controlling them, and an offence under "
        "section 6 of the Counter-Trafficking Act.",
    ),
    (
        "They owe a debt that keeps growing",
        "Recruitment fees, travel, housing and food charged against wages they never see.",
    ),
    ("They are not paid, or are paid far less than promised", ""),
    (
        "They cannot come and go freely",
        "Locked in, always accompanied, or told they will be arrested if they leave.",
    ),
    (
        "The job is not the one they were offered",
        "Deception about the work, the pay or the conditions.",
    ),
    ("They work very long hours, with no days off", ""),
    ("They live where they work, crowded or in poor conditions", ""),
    (
        "They seem afraid of their employer, of the police or of immigration officers",
        "Traffickers tell victims that the authorities will punish them.",
    ),
    ("Someone else arranged and paid for their travel and speaks for them", ""),
    ("They are isolated: no phone, no friends, no one who speaks their language", ""),
]

MYTHS = [
    (
        "Trafficking means moving people across borders.",
        "No border has to be crossed. People are trafficked inside their own country, and what "
        "matters is the exploitation, not the journey.",
    ),
    (
        "Trafficking and smuggling are the same thing.",
        "Smuggling is a service someone pays for, and it ends at the border. Trafficking is "
        "exploitation that continues, for someone else's profit.",
    ),
    (
        "If they agreed to the job, they cannot be a victim.",
        "Consent obtained by deception, threats or abuse of a person's vulnerability counts for "
        "nothing, and a child cannot consent at all. Saint Lucia's Act says so in sections 11 "
        "and 12.",
    ),
    (
        "Trafficking is only about women forced into prostitution.",
        "Men, women and children are trafficked, into forced labour, domestic servitude and crime "
        "as well as sexual exploitation.",
    ),
    (
        "A real victim would run away or ask for help.",
        "Fear, debt, threats against family, having no papers and not knowing the language keep "
        "people where they are. Not running away is part of how control works.",
    ),
    (
        "Victims should be punished for what they did while trafficked.",
        "A victim is not to be prosecuted for offences that were a direct result of being "
        "trafficked (section 13 of the Act, the non-punishment principle).",
    ),
    (
        "It does not happen in Saint Lucia.",
        "United States reports have described Saint Lucia as a country of origin and of "
        "destination; migrants, including domestic workers, and children are among those most at "
        "risk.",
    ),
]

REPORTING_INTRO = (
    "<p><b>847</b> (it spells TIP on a phone keypad) is Saint Lucia's human trafficking hotline. "
    "The call is free, the line is open 24 hours a day, and it is answered in the control room of "
    "the Royal Saint Lucia Police Force.</p>"
    "<p>You do not have to give your name. You may also use <b>555</b>, the police's general "
    "anonymous tip line.</p>"
)

REPORTING_BODY = [
    (
        "text",
        "<h2>How to report safely</h2><ul>"
        "<li>Do not confront anyone you suspect, and do not try to rescue anyone yourself.</li>"
        "<li>Note what you saw: where and when, what people looked like, vehicle numbers, what "
        "was said.</li>"
        "<li>Call from a phone and a place where you cannot be overheard.</li>"
        "<li>If someone is in danger right now, call the police at once.</li></ul>",
    ),
    (
        "text",
        "<h2>What happens next</h2><p>The control room passes the information to officers "
        "trained to look into trafficking. You may be asked whether you are willing to be "
        "contacted again; saying no does not stop your report being followed up.</p>",
    ),
    (
        "key_point",
        {
            "heading": "If you are being exploited",
            "text": "<p>You can call 847 too. Under the Counter-Trafficking Act, victims have a "
            "right to housing, counselling, medical and legal help in a language they "
            "understand, and are not punished for offences they were made to commit.</p>",
        },
    ),
]

NEWS = [
    {
        "slug": "ct-academy-opens",
        "title": "CT Academy opens its courses to Saint Lucia's responders",
        "date": datetime.date(2026, 9, 14),
        "summary": "Police and border officers, prosecutors, Task Force members and media "
        "workers can now take self-paced counter-trafficking courses online.",
        "text": "<p>The courses follow the way practitioners meet a case: recognising it, "
        "responding, building the evidence and protecting the person. Each course "
        "starts with a short pre-test and ends with a final assessment, and learners "
        "who complete it receive a certificate anyone can verify.</p>",
    },
    {
        "slug": "media-course-ethical-reporting",
        "title": "New course for journalists on reporting trafficking",
        "date": datetime.date(2026, 10, 5),
        "summary": "A course for media workers covers the right terms, the ethics of "
        "interviewing survivors and the law on victims' privacy.",
        "text": "<p>Built on the Ethical Journalism Network and ICMPD guidelines, the course "
        "asks reporters to do no harm: to check the source's vulnerability, to be "
        "sceptical of statistics and never to publish a detail that could identify a "
        "child.</p>",
    },
    {
        "slug": "hotline-847-what-happens",
        "title": "Hotline 847: what happens when you call",
        "date": datetime.date(2026, 11, 2),
        "summary": "Who answers the trafficking hotline, whether you must give your name, and "
        "what to have ready before you call.",
        "text": "<p>847 is answered in the police control room, day and night, and the call is "
        "free. Callers may stay anonymous. It helps to have noted where and when you "
        "saw something, and anything that could identify a place or a vehicle.</p>",
    },
]

LIBRARY = [
    {
        "title": "Anti-Human Trafficking Manual for Criminal Justice Practitioners",
        "publisher": "UNODC",
        "year": 2009,
        "topic": Topic.INVESTIGATION,
        "audiences": ["law_enforcement", "prosecution"],
        "visibility": Visibility.PUBLIC,
        "summary": "A training manual in modules, built on prevention, protection, prosecution "
        "and partnership: definitions, indicators, risk assessment in "
        "investigations, interviewing victim-witnesses with the PEACE model, and "
        "protection and assistance.",
    },
    {
        "title": "First Aid Kit for Use by Law Enforcement First Responders",
        "publisher": "UNODC",
        "year": None,
        "topic": Topic.IDENTIFICATION,
        "audiences": ["law_enforcement", "border"],
        "visibility": Visibility.PRACTITIONERS,
        "summary": "A pocket booklet for the officer who meets a possible victim first: what "
        "to do and what not to do, with referral contact sheets to fill in locally.",
    },
    {
        "title": "Evidential Issues in Trafficking in Persons Cases: Case Digest",
        "publisher": "UNODC",
        "year": 2017,
        "topic": Topic.INVESTIGATION,
        "audiences": ["prosecution", "law_enforcement"],
        "visibility": Visibility.PRACTITIONERS,
        "summary": "135 cases from 31 jurisdictions show how courts weigh a mosaic of "
        "evidence, and how apparent weaknesses, such as a victim who did not flee or "
        "an inconsistent account, can support the prosecution.",
    },
    {
        "title": "The IOM Handbook on Direct Assistance for Victims of Trafficking",
        "publisher": "IOM",
        "year": 2007,
        "topic": Topic.PROTECTION,
        "audiences": ["task_force", "law_enforcement"],
        "visibility": Visibility.PUBLIC,
        "summary": "Security, screening, referral, shelter, health care, return and "
        "reintegration, and working with law enforcement while keeping the victim's "
        "interests first.",
    },
    {
        "title": "National Referral Mechanisms: Joining Efforts to Protect the Rights of "
        "Trafficked Persons (2nd edition)",
        "publisher": "OSCE/ODIHR",
        "year": 2022,
        "topic": Topic.COORDINATION,
        "audiences": ["task_force"],
        "visibility": Visibility.PUBLIC,
        "summary": "How a country organises identification, support, social inclusion and "
        "criminal justice for trafficked persons: four pillars and 57 standards.",
    },
    {
        "title": "Media and Trafficking in Human Beings: Guidelines",
        "publisher": "Ethical Journalism Network and ICMPD",
        "year": 2017,
        "topic": Topic.MEDIA,
        "audiences": ["media"],
        "visibility": Visibility.PUBLIC,
        "summary": "Accuracy, independence, impartiality, humanity and accountability applied "
        "to trafficking stories: precise terms, care with statistics, privacy and "
        "the protection of children and other vulnerable sources.",
    },
    {
        "title": "WHO Ethical and Safety Recommendations for Interviewing Trafficked Women",
        "publisher": "World Health Organization",
        "year": 2003,
        "topic": Topic.PROTECTION,
        "audiences": ["law_enforcement", "media", "prosecution"],
        "visibility": Visibility.PUBLIC,
        "summary": "Ten principles for anyone who interviews a trafficked person, from 'do no "
        "harm' and informed consent to being ready to refer and putting what is "
        "learned to good use.",
    },
    {
        "title": "Counter-Trafficking Act No. 7 of 2010: a summary for practitioners",
        "publisher": "CT Academy (summary of the Act of Saint Lucia)",
        "year": 2010,
        "topic": Topic.DEFINITIONS_AND_LAW,
        "audiences": ["law_enforcement", "border", "prosecution", "task_force", "media"],
        "visibility": Visibility.PUBLIC,
        "summary": "The offences (sections 5 to 7 and 15), the aggravating circumstances of "
        "section 10, the victim's immunity (section 13), victim protection (sections "
        "19 to 31) and the Task Force (section 33).",
    },
]


def stand_in_pdf(entry: dict) -> bytes:
    """A one-page PDF that says what it stands in for. Nothing is fetched."""
    from weasyprint import HTML

    def refuse(url, *args, **kwargs):
        raise ValueError(f"demo PDFs fetch nothing ({url})")

    year = f", {entry['year']}" if entry.get("year") else ""
    html = (
        "<html><head><style>@page{size:A4;margin:25mm}body{font-family:serif;font-size:12pt}"
        "h1{font-size:18pt}.note{border:1px solid #999;padding:4mm}</style></head><body>"
        f"<p class='note'>{escape(STAND_IN_NOTE)}</p>"
        f"<h1>{escape(entry['title'])}</h1>"
        f"<p><b>{escape(entry['publisher'])}{year}</b></p>"
        f"<p>{escape(entry['summary'])}</p></body></html>"
    )
    return HTML(string=html, url_fetcher=refuse).write_pdf()


def library_ensure() -> int:
    """Create the demo library entries that are missing, with their stand-in files; update the
    description of those that differ. Returns the number of entries changed."""
    changed = 0
    for entry in LIBRARY:
        fields = {
            "publisher": entry["publisher"],
            "year": entry["year"],
            "topic": entry["topic"],
            "visibility": entry["visibility"],
            "summary": entry["summary"],
            "stand_in_note": STAND_IN_NOTE,
            "is_listed": True,
        }
        document = LibraryDocument.objects.filter(title=entry["title"]).first()
        entry_changed = False
        if document is None:
            document = LibraryDocument(title=entry["title"], **fields)
            slug = _id("library", entry["title"])[:8]
            document.file.save(f"demo-stand-in-{slug}.pdf", ContentFile(stand_in_pdf(entry)),
                               save=False)  # fmt: skip
            document._set_document_file_metadata()
            document.save()
            entry_changed = True
        elif any(getattr(document, name) != value for name, value in fields.items()):
            for name, value in fields.items():
                setattr(document, name, value)
            document.save()
            entry_changed = True
        if library_document_audiences_set(document=document, audiences=entry["audiences"]):
            entry_changed = True
        changed += entry_changed
    return changed


def site_settings_ensure(*, site: Site, reporting: ReportingPage, library: LibraryPage) -> bool:
    wanted = {
        "hotline_number": "847",
        "hotline_text": "Free, 24 hours a day. You may stay anonymous.",
        "contact_email": "training@ctacademy.example",
        "other_numbers": [
            ("number", {"label": "Police anonymous tip line", "number": "555", "note": ""}),
        ],
        "footer_links": [
            ("link", {"label": "How to report", "page": reporting, "url": ""}),
            ("link", {"label": "Good-practice library", "page": library, "url": ""}),
            ("link", {"label": "Verify a certificate", "page": None,
                      "url": "/certificates/verify/"}),
        ],
    }  # fmt: skip
    settings = SiteSettings.for_site(site)

    def comparable() -> dict:
        # StreamField values without their block ids, which are new at every assignment.
        values = {}
        for name in wanted:
            value = getattr(settings, name)
            if hasattr(value, "get_prep_value"):
                value = [{"type": b["type"], "value": b["value"]} for b in value.get_prep_value()]
            values[name] = value
        return values

    before = comparable()
    for name, value in wanted.items():
        setattr(settings, name, value)
    if comparable() == before:
        return False
    settings.save()
    return True


def _home_and_reporting() -> tuple[HomePage, ReportingPage, int]:
    home, home_changed = home_page_ensure(
        title="CT Academy",
        headline="Counter-trafficking training for Saint Lucia's responders",
        intro=HOME_INTRO,
    )
    pages_changed = int(home_changed)
    reporting, changed = page_ensure(
        home, ReportingPage, "report",
        {"title": "Report human trafficking", "intro": REPORTING_INTRO,
         "body": body("report", REPORTING_BODY),
         "search_description": "Call 847, free and 24 hours a day, to report suspected human "
                               "trafficking in Saint Lucia. You may stay anonymous."},
    )  # fmt: skip
    pages_changed += changed
    home_body = body(
        "home",
        [
            ("text", WHAT_IS_TRAFFICKING),
            cta("Suspect trafficking?", "Call 847: free, 24 hours, and you may stay anonymous.",
                "How to report", page=reporting.pk),
        ],
    )  # fmt: skip
    if home.body.get_prep_value() != home_body:
        home.body = home_body
        home.save_revision().publish()
        pages_changed += 1
    return home, reporting, pages_changed


def _awareness_pages(home: HomePage, reporting: ReportingPage) -> int:
    signs, changed = page_ensure(
        home, AwarenessPage, "signs-of-trafficking",
        {"title": "Signs of human trafficking",
         "summary": "What you might notice when someone is being exploited, and what to do "
                    "about it.",
         "body": body("signs", [
             ("text", "<p>No single sign proves that someone is being trafficked, and "
                      "traffickers change their methods when signs become well known. Signs "
                      "seen while someone is being exploited are the most telling. Several "
                      "together are a reason to report.</p>"),
             ("signs", {"heading": "Signs to notice",
                        "intro": "Drawn from the International Labour Organization's "
                                 "indicators of forced labour.",
                        "signs": [{"sign": s, "explanation": e} for s, e in SIGNS],
                        "note": "A sign is a reason to ask more, not proof. Report what you "
                                "notice; do not investigate yourself."}),
             cta("Noticed something?", "Call 847. You do not have to be sure, and you may stay "
                 "anonymous.", "How to report", page=reporting.pk),
         ])},
    )  # fmt: skip
    pages_changed = int(changed)
    _, changed = page_ensure(
        home, AwarenessPage, "myths-and-facts",
        {"title": "Myths and facts about human trafficking",
         "summary": "Common beliefs about trafficking that stop people from recognising it.",
         "body": body("myths", [
             ("myths_and_facts", {"heading": "Myths and facts",
                                  "items": [{"myth": m, "fact": f} for m, f in MYTHS]}),
             cta("Learn the signs", "", "Signs of human trafficking", page=signs.pk),
         ])},
    )  # fmt: skip
    return pages_changed + changed


def _news(home: HomePage) -> int:
    news_index, changed = page_ensure(
        home, NewsIndexPage, "news",
        {"title": "News", "intro": "<p>News from the counter-trafficking training programme.</p>"},
    )  # fmt: skip
    pages_changed = int(changed)
    for item in NEWS:
        _, changed = page_ensure(
            news_index, NewsArticlePage, item["slug"],
            {"title": item["title"], "date": item["date"], "summary": item["summary"],
             "body": body(item["slug"], [("text", item["text"])])},
        )  # fmt: skip
        pages_changed += changed
    return pages_changed


@transaction.atomic
def seed() -> dict:
    home, reporting, pages_changed = _home_and_reporting()
    pages_changed += _awareness_pages(home, reporting)
    pages_changed += _news(home)
    library, changed = page_ensure(
        home, LibraryPage, "resources",
        {"title": "Good-practice library",
         "intro": "<p>Manuals, guidelines and handbooks for counter-trafficking practitioners, "
                  "described by who they are for, their topic, publisher and year.</p>",
         "search_description": "Good-practice manuals, guidelines and handbooks on countering "
                               "human trafficking, for practitioners in Saint Lucia."},
    )  # fmt: skip
    pages_changed += changed

    site = Site.objects.get(is_default_site=True)
    settings_changed = site_settings_ensure(site=site, reporting=reporting, library=library)
    return {
        "public pages changed": pages_changed,
        "library entries changed": library_ensure(),
        "site settings changed": int(settings_changed),
    }
