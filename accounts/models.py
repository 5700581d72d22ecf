from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


class EmailUserManager(UserManager):
    """Users are identified by e-mail address; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person who uses CT Academy: learner, trainer, programme manager or administrator.

    Logs in with an e-mail address (case-insensitive, unique)."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]
        # Lists of people by surname (the reports' drill-down reads a page from any row on).
        indexes = [
            models.Index(fields=["last_name", "first_name", "id"], name="accounts_user_by_name")
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def __getstate__(self):
        # The request layer's mark (accounts.selectors.SESSION_PASSED_MFA) holds the request and
        # cannot be pickled; a cached copy of this user (a rendition, a session) is no request's.
        state = super().__getstate__()
        state.pop("_session_passed_mfa", None)
        return state

    # A staff account in a session that has not passed the second factor holds the Learner
    # role's permissions only (accounts.selectors.user_staff_powers_suspended), so that every
    # permission check, ours and Wagtail's and allauth's, treats it as a learner
    # (docs/decisions/0002-staff-powers-need-the-second-factor.md). Superusers included: Django
    # answers their checks before asking any backend, hence methods here, not a backend.

    def _staff_powers_suspended(self) -> bool:
        from accounts.selectors import user_staff_powers_suspended

        return user_staff_powers_suspended(self)

    def _learner_permissions(self) -> frozenset[str]:
        from accounts.selectors import learner_permissions

        return learner_permissions(self)

    def has_perm(self, perm, obj=None) -> bool:
        # Asked second, so that a permission nobody holds (a learner's check) costs no query.
        if not super().has_perm(perm, obj):
            return False
        return not self._staff_powers_suspended() or perm in self._learner_permissions()

    def has_module_perms(self, app_label) -> bool:
        if not super().has_module_perms(app_label):
            return False
        if not self._staff_powers_suspended():
            return True
        return any(perm.startswith(f"{app_label}.") for perm in self._learner_permissions())

    def get_user_permissions(self, obj=None) -> set[str]:
        if self._staff_powers_suspended():
            return set()
        return super().get_user_permissions(obj)

    def get_group_permissions(self, obj=None) -> set[str]:
        if self._staff_powers_suspended():
            return set(self._learner_permissions()) if obj is None else set()
        return super().get_group_permissions(obj)

    def get_all_permissions(self, obj=None) -> set[str]:
        if self._staff_powers_suspended():
            return set(self._learner_permissions()) if obj is None else set()
        return super().get_all_permissions(obj)


class Audience(models.TextChoices):
    """Who a learner is, professionally. Courses and library documents are opened to audiences."""

    LAW_ENFORCEMENT = "law_enforcement", _("Law enforcement")
    BORDER = "border", _("Border and immigration")
    PROSECUTION = "prosecution", _("Prosecution")
    TASK_FORCE = "task_force", _("Counter-Trafficking Task Force")
    MEDIA = "media", _("Media")
    OTHER = "other", _("Other")


class AudienceLinksMixin:
    """For a model whose audiences are rows of a related `audience_links` (courses, library
    documents): their values, and their labels in the reader's language."""

    @cached_property
    def audience_values(self) -> list[str]:
        return [link.audience for link in self.audience_links.all()]

    @property
    def audience_labels(self) -> list[str]:
        labels = dict(Audience.choices)
        return [str(labels.get(value, value)) for value in self.audience_values]


# Audiences whose restricted material (investigation techniques, case handling) must not reach
# someone who merely claims to belong: membership waits for a programme manager's approval.
AUDIENCES_REQUIRING_APPROVAL = frozenset(
    {Audience.LAW_ENFORCEMENT, Audience.BORDER, Audience.PROSECUTION, Audience.TASK_FORCE}
)


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Prefer not to say")


class Organisation(models.Model):
    """An agency or employer: the Royal Saint Lucia Police Force, a media house, ..."""

    name = models.CharField(max_length=200, unique=True)
    short_name = models.CharField(max_length=30, blank=True, help_text=_("e.g. RSLPF, ODPP"))
    audience = models.CharField(
        max_length=30,
        choices=Audience.choices,
        blank=True,
        help_text=_("The audience most of its staff belong to (used to suggest it at sign-up)."),
    )
    is_active = models.BooleanField(default=True, help_text=_("Offered at sign-up and import."))

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MembershipStatus(models.TextChoices):
    APPROVED = "approved", _("Approved")
    PENDING = "pending", _("Waiting for approval")
    REJECTED = "rejected", _("Not approved")


class Profile(models.Model):
    """What a learner tells us about themselves, and whether their audience is confirmed."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    audience = models.CharField(max_length=30, choices=Audience.choices, default=Audience.OTHER)
    membership_status = models.CharField(
        max_length=20, choices=MembershipStatus.choices, default=MembershipStatus.APPROVED
    )
    membership_decided_at = models.DateTimeField(null=True, blank=True)
    membership_decided_by = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="profiles"
    )
    position = models.CharField(_("position or rank"), max_length=120, blank=True)
    sex = models.CharField(
        max_length=20,
        choices=Sex.choices,
        default=Sex.PREFER_NOT_TO_SAY,
        help_text=_("Used only for disaggregated reporting."),
    )
    erased_at = models.DateTimeField(null=True, blank=True)
    # The language the person last chose (the footer's switch, or the page they signed up on):
    # e-mails sent to them from the background (an approval, a certificate ready) are written
    # in it. Blank: the site's default.
    language = models.CharField(
        _("language"), max_length=10, blank=True, choices=settings.LANGUAGES
    )

    class Meta:
        permissions = [
            ("approve_membership", "Can approve or reject audience membership"),
            ("import_learners", "Can import learners from a CSV file"),
            ("erase_learner", "Can erase a learner's personal data"),
            ("view_reports", "Can see programme reports and learners' results"),
        ]
        indexes = [models.Index(fields=["membership_status", "audience"])]

    def __str__(self) -> str:
        return f"Profile of {self.user}"

    @property
    def has_approved_audience(self) -> bool:
        return self.membership_status == MembershipStatus.APPROVED


class AuditEntry(models.Model):
    """An append-only record of a staff action on a person or a certificate. Nobody is given
    permission to change or delete entries, and the admin shows them read-only."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_actions"
    )
    actor_email = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=60, db_index=True)
    subject_user = models.ForeignKey(
        User, null=True, blank=True, on_delete=models.SET_NULL, related_name="audit_entries"
    )
    subject = models.CharField(max_length=255, help_text=_("What was acted on, as it was then."))
    detail = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        default_permissions = ("view",)
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_email} {self.action} {self.subject}"
