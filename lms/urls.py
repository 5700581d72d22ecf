from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import language_set
from cms.views import document_serve, robots_txt
from core.serving import serve as page_serve
from lms.health import healthz

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("i18n/setlang/", language_set, name="set_language"),
    # The admin's own login form would bypass allauth's rate limits and second factor.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
        name="wagtailadmin_login_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Documents pass cms.views.document_serve (Wagtail's serve view, then cache headers).
    path(
        "documents/<id:document_id>/<str:document_filename>",
        document_serve,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learn/", include("courses.urls")),
    path("learn/", include("assessments.urls")),
    path("certificates/", include("certificates.urls")),
    path("reports/", include("reports.urls")),
    # Wagtail's page serving comes last: it matches every remaining path. Its view is Wagtail's
    # on the cached route (core/serving.py); the rest of wagtail.urls is kept as it is.
    *[p for p in wagtail_urls.urlpatterns if p.name != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, page_serve, name="wagtail_serve"),
]
