"""What `courses` announces to the apps above it.

enrolment_completed(sender=Enrolment, enrolment=...): sent once per enrolment, inside the
transaction that completed it (see courses.services.enrolment_complete). `certificates`
listens to issue the certificate; a listener that raises rolls the completion back.
"""

from django.dispatch import Signal

enrolment_completed = Signal()
