"""The one way a service refuses an actor: `PermissionDenied` (Django answers it with a 403
wherever it is raised in a request), so that the admin, a command and a test behave alike."""

from django.core.exceptions import PermissionDenied


def permission_require(actor, permission: str, message: str) -> None:
    """Refuse unless the actor (a signed-in user) holds the permission."""
    if actor is None or not getattr(actor, "is_authenticated", False):
        raise PermissionDenied(message)
    if not actor.has_perm(permission):
        raise PermissionDenied(message)
