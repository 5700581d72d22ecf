import os

import pytest

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    # Playwright's sync API keeps an event loop running in the test thread for as long as the
    # browser lives; Django would refuse the test's own ORM calls (and the database flush that
    # follows a live-server test) as "async unsafe". Allowed only while the browser is open.
    from django.db import connections
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django keeps connections in an asgiref Local, which gives code running under Playwright's
    # event loop fresh connection objects. Those lack the migrated baseline that pytest-django
    # serialised at set-up, so `serialized_rollback` would restore nothing after a flush: hand it
    # over to the new objects.
    serialized = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def walk(browser, live_server, request):
    """Start a journey walk (tests/e2e/walk.py) at a width: `walk("learner", 360)`. A test
    marked `awaiting(...)` records what is still awaited instead of failing on it. Every walk
    is closed at the end."""
    from tests.e2e.walk import AwaitedBehaviour, Walk

    marker = request.node.get_closest_marker("xfail")
    is_awaiting = marker is not None and marker.kwargs.get("raises") is AwaitedBehaviour
    started = []

    def start(journey: str, width: int) -> Walk:
        started.append(Walk(browser, live_server.url, journey, width, awaiting=is_awaiting))
        return started[-1]

    yield start
    for one in started:
        one.close()
