"""/healthz reports the database, the cache and (when configured) the broker, and answers 503
when a configured dependency is down. Outages are real: connections to a closed port."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

CLOSED_PORT_REDIS = "redis://127.0.0.1:1/0"  # nothing listens on port 1


def test_healthy_without_broker_reports_eager_tasks(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["status"] == "ok"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["cache"]["status"] == "ok"
    assert body["checks"]["broker"]["status"] == "not configured"
    assert "no-cache" in response["Cache-Control"]


@override_settings(CELERY_BROKER_URL=CLOSED_PORT_REDIS, CELERY_TASK_ALWAYS_EAGER=False)
def test_configured_broker_that_is_down_gives_503(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["checks"]["broker"]["status"] == "down"
    assert body["checks"]["database"]["status"] == "ok"


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CLOSED_PORT_REDIS,
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
)
def test_cache_that_is_down_gives_503(client):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"]["status"] == "down"


def test_real_redis_broker_and_cache_are_ok(client, redis_url):
    caches = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    }
    with override_settings(
        CELERY_BROKER_URL=redis_url, CELERY_TASK_ALWAYS_EAGER=False, CACHES=caches
    ):
        response = client.get("/healthz")
    assert response.status_code == 200, response.content
    checks = response.json()["checks"]
    assert checks["broker"]["status"] == "ok"
    assert checks["cache"]["status"] == "ok"


def test_healthz_refuses_post(client):
    assert client.post("/healthz").status_code == 405
