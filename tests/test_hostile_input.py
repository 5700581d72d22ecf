"""No input gives a server error. Every URL of the project (the permission matrix's real
addresses, and every pattern of our URLconfs, allauth's and Wagtail's admin with hostile values
in its path) is requested with hostile values in every query parameter and form field the code
reads: quotes, search-syntax operators of SQLite FTS5 and PostgreSQL tsquery, NUL, invalid
UTF-8, 10 kB strings, numbers past 64 bits, negative numbers, wrong types. Anonymous, a learner
and an administrator (with the second factor) ask; nothing may answer 500. Runs on whichever
database the suite uses, so CI covers SQLite and PostgreSQL."""

import re
from contextlib import contextmanager
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


ROLES = ("anonymous", "learner", "administrator")
# The sweeps are cut into cases (a role, and a share of the addresses) that pytest-xdist's
# workers take side by side; together the cases ask exactly what one sweep would.
SHARES = 2


def share_of(paths: list[str], share: int) -> list[str]:
    return paths[share::SHARES]


@pytest.mark.slow
@pytest.mark.parametrize("share", range(SHARES))
@pytest.mark.parametrize("role", ROLES)
def test_hostile_values_in_every_parameter_never_cause_a_server_error(people, role, share):
    values = matrix_values(people)
    names = parameter_names()
    requests = []
    for path in share_of(real_paths(values), share):
        for value in HOSTILE:
            data = dict.fromkeys(names, value)
            requests.append(("get", path, data))
            # Anonymous posts meet the login page or the CSRF check first: GETs say enough.
            if role != "anonymous":
                requests.append(("post", path, data))
        for raw in RAW_QUERIES:
            requests.append(("get", f"{path}{'&' if '?' in path else '?'}{raw}", None))
    failures = []
    assert_no_server_error(client_for(role, people), requests, failures, role)
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])


class Reads:
    """The query-string and form names that code looks up in `request.GET` / `request.POST`
    while answering, recorded on Django's QueryDict (forms read their fields through it too);
    `everything` when the code walks the whole of one."""

    LOOKUPS = ("__getitem__", "get", "getlist", "__contains__", "pop", "setdefault")
    WHOLE = ("__iter__", "keys", "items", "values", "lists", "dict", "urlencode")
    # Asking whether there is a query at all (`request.GET or None`) reads none of it. Building
    # a QueryDict from the query string, or copying one, reads nothing either (the lookups and
    # the walk they make inside are not the code's); a copy is a QueryDict too, whose lookups
    # are recorded.
    UNREAD = ("__init__", "appendlist", "copy", "__copy__", "__deepcopy__")

    def __init__(self):
        self.names: set[str] = set()
        self.everything = False
        self.building = 0  # inside a QueryDict being built or copied

    @contextmanager
    def recording(self):
        from django.http import QueryDict

        originals = {
            name: QueryDict.__dict__.get(name) for name in self.LOOKUPS + self.WHOLE + self.UNREAD
        }
        for name in originals:
            setattr(QueryDict, name, self._wrap(name, getattr(QueryDict, name)))
        try:
            yield self
        finally:
            for name, original in originals.items():
                if original is None:
                    delattr(QueryDict, name)
                else:
                    setattr(QueryDict, name, original)

    def _wrap(self, name, original):
        reads = self

        def recorded(self, *args, **kwargs):
            if name in Reads.UNREAD:
                reads.building += 1
                try:
                    return original(self, *args, **kwargs)
                finally:
                    reads.building -= 1
            if not reads.building:
                if name in Reads.LOOKUPS and args and isinstance(args[0], str):
                    reads.names.add(args[0])
                elif name in Reads.WHOLE:
                    reads.everything = True
            return original(self, *args, **kwargs)

        return recorded


def names_read(client, path: str, data: dict | None) -> Reads:
    reads = Reads()
    with reads.recording():
        client.get(path, data) if data is not None else client.get(path)
    return reads


@pytest.mark.slow
@pytest.mark.parametrize("share", range(SHARES))
def test_a_huge_number_in_any_one_parameter_never_causes_a_server_error(people, share):
    """One parameter at a time, the others absent, so that no earlier check hides a later one.
    Each address gets every name its code reads: those read with no parameter and with all of
    them, then any that one of those single parameters leads the code to read as well, until
    no new name turns up (every name, where the code walks the whole query)."""
    values = matrix_values(people)
    names = parameter_names()
    client = client_for("administrator", people)
    failures, asked = [], 0
    for path in share_of(real_paths(values), share):
        found = names_read(client, path, None)
        everything = names_read(client, path, dict.fromkeys(names, HUGE))
        queue = set(names) if found.everything or everything.everything else found.names
        queue |= everything.names
        done: set[str] = set()
        while queue - done:
            name = sorted(queue - done)[0]
            done.add(name)
            asked += 1
            with Reads().recording() as reads:
                assert_no_server_error(
                    client, [("get", path, {name: HUGE})], failures, "administrator"
                )
            queue |= set(names) if reads.everything else reads.names
    assert asked > 20  # the addresses read parameters: the recording sees them
    assert not failures, f"{len(failures)} server errors:\n" + "\n".join(failures[:40])


def test_the_recording_sees_what_code_reads_and_nothing_else(client):
    from django.http import QueryDict

    data = QueryDict("q=1&unread=2")
    with Reads().recording() as reads:
        data.get("q")
        assert "audience" not in data
        data.getlist("page")
    assert reads.names == {"q", "audience", "page"} and not reads.everything
    with Reads().recording() as walked:
        dict(data.items())
    assert walked.everything
    with Reads().recording() as copied:
        copy = QueryDict("q=1&page=2").copy()
        assert copy.get("page") == "2"
    assert copied.names == {"page"} and not copied.everything  # only what is read of the copy
    assert "recorded" not in QueryDict.get.__qualname__  # QueryDict is itself again
    # A real view: the catalogue reads its search box and its audience filter.
    assert {"q", "audience"} <= names_read(client, "/courses/", {"q": "x"}).names


def test_hostile_values_in_every_path_never_cause_a_server_error(people):
    failures = []
    paths = hostile_paths()
    assert len(paths) > 100  # ours, allauth's and Wagtail's admin
    for role in ROLES:
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


@pytest.mark.parametrize("path", ["/", "/courses/", "/accounts/login/", "/no-such-page/"])
def test_a_host_name_not_served_is_a_400_page_not_a_server_error(client, path):
    """Django refuses the Host header before the reader is known; the error page, drawn by the
    site's templates (which ask who is reading), treats them as anonymous."""
    client.raise_request_exception = False
    response = client.get(path, HTTP_HOST="attacker.example")
    assert response.status_code == 400
    assert "CT Academy" in response.content.decode()
