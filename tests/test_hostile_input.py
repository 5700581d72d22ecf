"""No input gives a server error. Every URL of the project (the permission matrix's real
addresses, and every pattern of our URLconfs, allauth's and Wagtail's admin with hostile values
in its path) is requested with hostile values in every query parameter and form field the code
reads: quotes, search-syntax operators of SQLite FTS5 and PostgreSQL tsquery, NUL, invalid
UTF-8, 10 kB strings, numbers past 64 bits, negative numbers, wrong types. Anonymous, a learner
and an administrator (with the second factor) ask; nothing may answer 500. Runs on whichever
database the suite uses, so CI covers SQLite and PostgreSQL."""

import re
from pathlib import Path
from urllib.parse import quote

import pytest
from django import forms
from django.urls import URLPattern, URLResolver, get_resolver

from tests.test_permission_matrix import MATRIX, client_for, matrix_values
from tests.test_permission_matrix import people as people  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
APPS = ["core", "accounts", "cms", "courses", "assessments", "certificates", "reports", "lms"]
HUGE = "99999999999999999999999"
HOSTILE = [
    '"',
    "'",
    "<script>alert(1)</script>",
    "\x00",
    'a" OR "1"="1',
    "NEAR(a b) AND OR NOT",
    "a & b | !c:* <->",
    "*^",
    "x" * 10_000,
    HUGE,
    "-" + HUGE,
    "-1",
    "1e999",
    "[]",
]
# Raw query strings a browser can send that are not valid UTF-8 once decoded.
RAW_QUERIES = ["q=%FF%FE%FD", "course=%C0%AF", "p=%ED%A0%80"]
EXTRA_PARAMETERS = {"p", "page", "q", "ordering", "next", "status", "figure"}


def parameter_names() -> list[str]:
    """Every query parameter or form field our code reads: `GET.get("x")`, `POST["x"]`, ...
    in our apps, and the fields of every form class they define."""
    names = set(EXTRA_PARAMETERS)
    pattern = re.compile(r"""(?:GET|POST)(?:\.get|\.getlist)?[\[(]\s*["']([\w-]+)["']""")
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                names.update(pattern.findall(path.read_text()))
    for form_class in _form_classes():
        names.update(form_class.base_fields)
    return sorted(names)


def _form_classes():
    import importlib

    for app in APPS:
        for module_name in ("forms", "filters"):
            try:
                module = importlib.import_module(f"{app}.{module_name}")
            except ModuleNotFoundError:
                continue
            for value in vars(module).values():
                if (
                    isinstance(value, type)
                    and issubclass(value, forms.BaseForm)
                    and value.__module__ == module.__name__
                ):
                    yield value


def _patterns(resolver, prefix=""):
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


CONVERTER = re.compile(r"<(?:(\w+):)?(\w+)>")


def hostile_paths() -> list[str]:
    """Every route with a converter in it, each converter given each hostile value that its
    pattern can match (an `int` takes the huge number; `str` and `path` take every string)."""
    paths = set()
    for route in _patterns(get_resolver()):
        if "<" not in route or route.startswith("^") or "(?P" in route:
            continue
        for value in [HUGE, *HOSTILE]:

            def fill(match, value=value):
                kind = match.group(1) or "str"
                if kind in {"int", "id"}:
                    return HUGE
                if kind in {"slug", "uuid"}:
                    return "x"
                return quote(value[:300], safe="")

            paths.add("/" + CONVERTER.sub(fill, route))
    return sorted(paths)


def real_paths(values) -> list[str]:
    return sorted({template.format(**values) for template in MATRIX})


def assert_no_server_error(client, requests, failures, who):
    for method, path, data in requests:
        try:
            response = getattr(client, method)(path, data) if data is not None else client.get(path)
        except Exception as error:  # noqa: BLE001 - the test client re-raises a view's error
            failures.append(f"{who} {method.upper()} {path[:120]} raised {error!r:.200}")
            continue
        if response.status_code >= 500:
            failures.append(f"{who} {method.upper()} {path[:120]} answered {response.status_code}")


@pytest.mark.slow
def test_hostile_values_in_every_parameter_never_cause_a_server_error(people):
    values = matrix_values(people)
    names = parameter_names()
    requests = []
    for path in real_paths(values):
        for value in HOSTILE:
            data = dict.fromkeys(names, value)
            requests.append(("get", path, data))
            requests.append(("post", path, data))
        for raw in RAW_QUERIES:
            requests.append(("get", f"{path}{'&' if '?' in path else '?'}{raw}", None))
    failures = []
    for role in ("anonymous", "learner", "administrator"):
        client = client_for(role, people)
        # Anonymous posts meet the login page or the CSRF check first: GETs say enough.
        asked = [r for r in requests if role != "anonymous" or r[0] == "get"]
        assert_no_server_error(client, asked, failures, role)
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])


@pytest.mark.slow
def test_a_huge_number_in_any_one_parameter_never_causes_a_server_error(people):
    """One parameter at a time, the others absent, so that no earlier check hides a later one."""
    values = matrix_values(people)
    requests = [
        ("get", path, {name: HUGE}) for path in real_paths(values) for name in parameter_names()
    ]
    failures = []
    client = client_for("administrator", people)
    assert_no_server_error(client, requests, failures, "administrator")
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])


def test_hostile_values_in_every_path_never_cause_a_server_error(people):
    failures = []
    paths = hostile_paths()
    assert len(paths) > 100  # ours, allauth's and Wagtail's admin
    for role in ("anonymous", "learner", "administrator"):
        client = client_for(role, people)
        assert_no_server_error(client, [("get", p, None) for p in paths], failures, role)
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])


def test_the_parameter_scan_sees_the_code_and_the_forms():
    names = parameter_names()
    assert {"q", "audience", "course", "organisation", "date_from", "figure"} <= set(names)


def test_the_check_reports_a_server_error_and_a_raised_one():
    """The check itself: a 500 and an exception are both reported, a 404 is not."""

    class Answers:
        raise_request_exception = True

        def get(self, path, data=None):
            if path == "/raises/":
                raise ValueError("boom")
            return type("Response", (), {"status_code": 500 if path == "/500/" else 404})()

    failures = []
    requests = [("get", "/500/", None), ("get", "/raises/", None), ("get", "/404/", None)]
    assert_no_server_error(Answers(), requests, failures, "probe")
    assert [f.split()[2] for f in failures] == ["/500/", "/raises/"]
