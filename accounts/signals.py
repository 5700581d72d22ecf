"""Announcements from accounts to the apps above it (listed in docs/architecture.md)."""

from django.dispatch import Signal

# Sent after a learner's personal data has been erased, inside the erasing transaction.
# Arguments: user (the anonymised User), actor (who erased). certificates revokes by erasure.
user_erased = Signal()
