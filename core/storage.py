"""Files in an S3-compatible bucket (django-storages), used when the deployment names a bucket
(`S3_BUCKET`, lms/settings/base.py); without one every storage is a local folder.

The rules are the classes' own, so that no environment variable can loosen them: names are
never reused (two renders at once must not overwrite each other's file), a bucket that does not
answer fails a request within seconds instead of hanging it, private files have no URL at all
(the app streams them after its permission checks), and of the public media only the
renditions that pages show are readable by anyone.
"""

from botocore.config import Config
from storages.backends.s3 import S3Storage

# Files over this size are spooled to a temporary file instead of memory while being read.
SPOOL_IN_MEMORY_UP_TO = 2 * 1024 * 1024


class BucketStorage(S3Storage):
    """What every storage in the bucket shares."""

    file_overwrite = False  # like a folder: a name already taken gets a suffix
    max_memory_size = SPOOL_IN_MEMORY_UP_TO

    def __init__(self, **options):
        options.setdefault(
            "client_config",
            Config(
                connect_timeout=3,
                read_timeout=20,
                retries={"max_attempts": 3, "mode": "standard"},
            ),
        )
        super().__init__(**options)

    def relative_name(self, name: str) -> str:
        """The name inside this storage (django-storages passes names with and without the
        storage's key prefix to `get_object_parameters`)."""
        prefix = f"{self.location}/" if self.location else ""
        return name.removeprefix(prefix)


class PrivateBucketStorage(BucketStorage):
    """Certificates, completion reports, library documents: private objects with no URL.
    A browser never fetches them from the bucket; views stream them after checking who asks
    (core.downloads, Wagtail's document serve view)."""

    default_acl = "private"

    def url(self, name, parameters=None, expire=None, http_method=None):
        # Wagtail and Django treat NotImplementedError as "this storage has no URL".
        raise NotImplementedError("Private files have no URL; the app serves them.")


class MediaBucketStorage(BucketStorage):
    """The default storage: Wagtail's images. Renditions (`images/`, the sizes pages show) are
    public-read with plain, cacheable URLs; original uploads (`original_images/`, with their
    full resolution and metadata) and anything else stay private, as nginx serves only
    `/media/images/` from a local MEDIA_ROOT (docs/deploy.md)."""

    PUBLIC_PREFIXES = ("images/",)
    default_acl = "private"
    querystring_auth = False  # rendition URLs are stable, so browsers and caches keep them

    def get_object_parameters(self, name):
        parameters = super().get_object_parameters(name)
        if self.default_acl and self.relative_name(name).startswith(self.PUBLIC_PREFIXES):
            parameters.setdefault("ACL", "public-read")
        return parameters
