"""/healthz: is this process able to serve? Checks the database, the cache and, when one is
configured, the Celery broker. 200 when all configured dependencies answer, else 503."""

import time

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

BROKER_TIMEOUT_SECONDS = 2


def _timed(check) -> dict:
    started = time.monotonic()
    try:
        detail = check()
    except Exception as error:  # noqa: BLE001 - any failure means "down"; the type is reported
        return {"status": "down", "error": error.__class__.__name__}
    result = {"status": "ok", "ms": round((time.monotonic() - started) * 1000, 1)}
    if detail:
        result.update(detail)
    return result


def check_database() -> dict:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return {"vendor": connection.vendor}


def check_cache() -> None:
    key = "healthz:probe"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return what was stored")


def check_broker() -> None:
    from lms.celery import app

    with app.connection_for_write(url=settings.CELERY_BROKER_URL) as conn:
        conn.ensure_connection(max_retries=1, timeout=BROKER_TIMEOUT_SECONDS)


def broker_configured() -> bool:
    return bool(settings.CELERY_BROKER_URL) and not settings.CELERY_TASK_ALWAYS_EAGER


@never_cache
@require_GET
def healthz(request):
    checks = {"database": _timed(check_database), "cache": _timed(check_cache)}
    if broker_configured():
        checks["broker"] = _timed(check_broker)
    else:
        checks["broker"] = {"status": "not configured", "detail": "tasks run eagerly"}
    healthy = all(c["status"] in {"ok", "not configured"} for c in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "down", "checks": checks},
        status=200 if healthy else 503,
    )
