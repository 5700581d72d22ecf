"""The floors of the house hold through strings too. import-linter (`make lint`) checks the
imports; this checks what it cannot see: page types (`subpage_types`, `parent_page_types`,
choosers), model relations, `apps.get_model` names, any "app.Model" string in the code, and
migration dependencies. Each may point only at its own app or an app below it."""

import ast
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.db.migrations.loader import MigrationLoader
from wagtail.models import Page

ROOT = Path(__file__).resolve().parent.parent
# Lowest first, as in the import-linter contract in pyproject.toml.
FLOORS = ["core", "accounts", "cms", "courses", "assessments", "certificates", "reports", "lms"]
FLOOR = {app: n for n, app in enumerate(FLOORS)}
MODEL_STRING = re.compile(r"^(" + "|".join(FLOORS) + r")\.([A-Za-z_]\w*)$")


def _upward(source_app: str, target_app: str) -> bool:
    return target_app in FLOOR and FLOOR[target_app] > FLOOR[source_app]


def _string_references(path: Path):
    """Every string literal of the form "<app>.<Name>" that names a model of one of our apps."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            match = MODEL_STRING.match(node.value)
            if match:
                app_label, name = match.groups()
                if name.lower() in {m._meta.model_name for m in _models(app_label)}:
                    yield node.lineno, node.value, app_label


def _models(app_label: str):
    try:
        return apps.get_app_config(app_label).get_models()
    except LookupError:
        return []


def test_no_string_in_an_app_names_a_model_of_an_app_above_it():
    found = []
    for app in FLOORS:
        for path in sorted((ROOT / app).rglob("*.py")):
            for line, value, target in _string_references(path):
                if _upward(app, target):
                    found.append(f"{path.relative_to(ROOT)}:{line} names {value!r}")
    assert found == []


def test_the_scan_sees_an_upward_page_type(tmp_path):
    """The scanner itself: a page type naming a higher app is found."""
    probe = tmp_path / "probe.py"
    probe.write_text('subpage_types = ["courses.CourseIndexPage", "cms.NewsIndexPage"]\n')
    refs = list(_string_references(probe))
    assert [(value, _upward("cms", target)) for _, value, target in refs] == [
        ("courses.CourseIndexPage", True),
        ("cms.NewsIndexPage", False),
    ]


def test_page_types_point_down():
    found = []
    for model in apps.get_models():
        app = model._meta.app_label
        if app not in FLOOR or not issubclass(model, Page):
            continue
        for attribute in ("subpage_types", "parent_page_types"):
            for target in getattr(model, attribute, None) or []:
                if _upward(app, target.split(".")[0].lower()):
                    found.append(f"{model.__name__}.{attribute} names {target}")
    assert found == []


def test_model_relations_point_down():
    found = []
    for model in apps.get_models():
        app = model._meta.app_label
        if app not in FLOOR:
            continue
        for field in model._meta.get_fields(include_hidden=True):
            if field.is_relation and not field.auto_created and field.related_model:
                target = field.related_model._meta.app_label
                if _upward(app, target):
                    found.append(f"{model.__name__}.{field.name} -> {target}")
    assert found == []


@pytest.mark.django_db
def test_migrations_depend_only_on_apps_below():
    loader = MigrationLoader(None, ignore_no_migrations=True)
    found = []
    # The graph's edges: a migration's dependencies and every other migration's `run_before`.
    for (app, name), node in loader.graph.node_map.items():
        if app not in FLOOR:
            continue
        for parent in node.parents:
            target, target_name = parent.key
            if _upward(app, target):
                found.append(f"{app}.{name} depends on {target}.{target_name}")
    assert found == []


# What an app may use of another app (besides `core`, which is all shared): its services,
# selectors and public models, the announcements it makes (signals and registries), and
# its small public vocabularies. Demo loaders may build on lower apps' demo loaders; `lms`
# wires views into URLs.
PUBLIC_MODULES = {
    "services", "selectors", "models", "signals", "roles", "codes",
    "exports", "dashboard", "home", "mfa", "awards",
}  # fmt: skip


def _cross_app_imports(path: Path, app: str):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] in FLOOR and parts[0] not in {app, "core"} and len(parts) > 1:
                yield node.lineno, parts[0], parts[1]


def test_apps_use_each_other_only_through_their_public_modules():
    found = []
    for app in FLOORS:
        if app == "lms":
            continue
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            for line, target, module in _cross_app_imports(path, app):
                allowed = module in PUBLIC_MODULES or (
                    path.name == "demo.py" and module.startswith("demo")
                )
                # `from x import selectors` names the module itself; a model or function
                # imported from a public module is fine too.
                if not allowed and not module[0].isupper() and module not in {"apps"}:
                    found.append(f"{path.relative_to(ROOT)}:{line} uses {target}.{module}")
    assert sorted(set(found)) == []
