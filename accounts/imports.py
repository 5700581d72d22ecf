"""Bulk onboarding from a CSV file: all rows are checked first; if any row is wrong nothing is
written and every problem is reported with its line; otherwise accounts are created or updated
in one transaction and the new ones are sent an invitation after commit."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import Audience, MembershipStatus, Organisation, Profile, Sex, User
from accounts.services import audit_record, normalise_email, user_create

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
REQUIRED_COLUMNS = ("email", "name", "organisation", "audience", "sex", "position")

SEX_ALIASES = {
    "female": Sex.FEMALE,
    "f": Sex.FEMALE,
    "woman": Sex.FEMALE,
    "male": Sex.MALE,
    "m": Sex.MALE,
    "man": Sex.MALE,
    "prefer not to say": Sex.PREFER_NOT_TO_SAY,
    "prefer_not_to_say": Sex.PREFER_NOT_TO_SAY,
    "": Sex.PREFER_NOT_TO_SAY,
}


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str


@dataclass(frozen=True)
class LearnerRow:
    line: int
    email: str
    first_name: str
    last_name: str
    organisation: Organisation
    audience: str
    sex: str
    position: str


@dataclass
class ImportResult:
    errors: list[RowError] = field(default_factory=list)
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportFileError(ValueError):
    """The file as a whole cannot be read (size, encoding, header)."""


def _decode(data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB.")
    if b"\x00" in data:
        raise ImportFileError("This is not a CSV text file.")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError("The file is not UTF-8 text.")  # pragma: no cover - cp1252 rarely fails


def _audience(value: str) -> str | None:
    wanted = value.strip().lower()
    for choice in Audience:
        if wanted in {choice.value, choice.label.lower()}:
            return choice.value
    return None


def _organisation_lookup() -> dict[str, Organisation]:
    lookup = {}
    for organisation in Organisation.objects.filter(is_active=True):
        lookup[organisation.name.strip().lower()] = organisation
        if organisation.short_name:
            lookup[organisation.short_name.strip().lower()] = organisation
    return lookup


def _split_name(name: str) -> tuple[str, str]:
    parts = name.strip().split()
    if len(parts) == 1:
        return parts[0], ""
    return " ".join(parts[:-1]), parts[-1]


def _reader(data: bytes) -> csv.DictReader:
    """A reader over the file's rows, its header lower-cased and checked."""
    reader = csv.DictReader(io.StringIO(_decode(data), newline=""))
    header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise ImportFileError(
            "The first line must name the columns "
            + ", ".join(REQUIRED_COLUMNS)
            + "; missing: "
            + ", ".join(missing)
            + "."
        )
    reader.fieldnames = header
    return reader


def _email_errors(line: int, cell: dict, seen: dict[str, int]) -> tuple[str, list[RowError]]:
    email = normalise_email(cell.get("email", ""))
    try:
        validate_email(email)
    except Exception:  # noqa: BLE001 - ValidationError; reported per row
        return email, [
            RowError(line, "email", f"“{cell.get('email', '')}” is not an e-mail address.")
        ]
    errors = []
    if email in seen:
        errors.append(RowError(line, "email", f"{email} is already on line {seen[email]}."))
    seen.setdefault(email, line)
    return email, errors


def _row_parse(line: int, cell: dict, organisations: dict, seen: dict[str, int]):
    """One row as a LearnerRow, or the list of what is wrong with it."""
    email, errors = _email_errors(line, cell, seen)
    name = cell.get("name", "")
    if not name:
        errors.append(RowError(line, "name", "A name is required."))
    elif len(name) > 150:
        errors.append(RowError(line, "name", "The name is longer than 150 characters."))
    organisation = organisations.get(cell.get("organisation", "").lower())
    if organisation is None:
        errors.append(
            RowError(
                line,
                "organisation",
                f"“{cell.get('organisation', '')}” is not a known organisation; add it first.",
            )
        )
    audience = _audience(cell.get("audience", ""))
    if audience is None:
        errors.append(
            RowError(
                line,
                "audience",
                f"“{cell.get('audience', '')}” is not an audience; use one of "
                + ", ".join(Audience.values)
                + ".",
            )
        )
    sex = SEX_ALIASES.get(cell.get("sex", "").lower())
    if sex is None:
        errors.append(
            RowError(
                line, "sex", f"“{cell.get('sex', '')}” must be female, male or prefer not to say."
            )
        )
    position = cell.get("position", "")
    if len(position) > 120:
        errors.append(RowError(line, "position", "The position is longer than 120 characters."))
    if errors:
        return errors
    first_name, last_name = _split_name(name)
    return LearnerRow(line, email, first_name, last_name, organisation, audience, sex, position)


def parse_learners_csv(data: bytes) -> tuple[list[LearnerRow], list[RowError]]:
    reader = _reader(data)
    organisations = _organisation_lookup()
    rows: list[LearnerRow] = []
    errors: list[RowError] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(reader):
        line = index + 2  # the header is line 1
        if index >= MAX_ROWS:
            raise ImportFileError(f"The file has more than {MAX_ROWS} rows; split it.")
        if None in raw:
            errors.append(RowError(line, "", "This row has more cells than the header."))
            continue
        cell = {key: (value or "").strip() for key, value in raw.items() if key}
        if not any(cell.values()):
            continue  # blank line
        parsed = _row_parse(line, cell, organisations, seen)
        if isinstance(parsed, list):
            errors.extend(parsed)
        else:
            rows.append(parsed)
    if not rows and not errors:
        raise ImportFileError("The file has no learners in it.")
    return rows, errors


def learners_import(*, data: bytes, actor: User) -> ImportResult:
    """Create or update the learners in a CSV file; all or nothing."""
    if not actor.has_perm("accounts.import_learners"):
        raise PermissionDenied(_("You may not import learners."))
    rows, errors = parse_learners_csv(data)
    result = ImportResult(errors=errors)
    if errors:
        return result
    from accounts.tasks import send_invitations_task

    with transaction.atomic():
        existing = {u.email: u for u in User.objects.filter(email__in=[r.email for r in rows])}
        for row in rows:
            user = existing.get(row.email)
            if user is None:
                user = user_create(
                    email=row.email,
                    password=None,
                    first_name=row.first_name,
                    last_name=row.last_name,
                    email_verified=True,
                    role=roles.LEARNER,
                    audience=row.audience,
                    membership_status=MembershipStatus.APPROVED,
                    organisation=row.organisation,
                    position=row.position,
                    sex=row.sex,
                )
                result.created.append(user.pk)
                continue
            user.first_name, user.last_name = row.first_name, row.last_name
            user.save(update_fields=["first_name", "last_name"])
            Profile.objects.update_or_create(
                user=user,
                defaults={
                    "audience": row.audience,
                    "membership_status": MembershipStatus.APPROVED,
                    "organisation": row.organisation,
                    "position": row.position,
                    "sex": row.sex,
                },
            )
            result.updated.append(user.pk)
        audit_record(
            actor=actor,
            action="learners.imported",
            subject=f"{len(rows)} learners",
            detail={"created": len(result.created), "updated": len(result.updated)},
        )
        created = list(result.created)
        if created:
            transaction.on_commit(lambda: send_invitations_task.delay(created))
    return result
