"""Verification codes: 15 random characters of Crockford's base 32 (75 bits from the operating
system's CSPRNG) and one check character (Luhn mod 32), printed in four groups of four:
`7KQ2-M9XD-4HTR-WBPX`.

Crockford's alphabet leaves out I, L, O and U, so a code read aloud or typed from paper is not
confused; on input I and L are read as 1, O as 0, and spaces, dashes and case are ignored. The
Luhn mod N check character catches every single mistyped character and every swap of two
neighbouring characters but one (0 and Z), so a mistyped code is reported as a typing mistake
rather than as "unknown".
"""

import secrets

from django.utils.translation import gettext as _

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BASE = len(ALPHABET)  # 32
RANDOM_LENGTH = 15  # 15 x 5 bits = 75 bits of entropy
CODE_LENGTH = RANDOM_LENGTH + 1
GROUP = 4
_VALUE = {char: value for value, char in enumerate(ALPHABET)}
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0"})


def check_character(payload: str) -> str:
    """Luhn mod 32 over the payload's characters."""
    factor = 2
    total = 0
    for char in reversed(payload):
        addend = factor * _VALUE[char]
        factor = 1 if factor == 2 else 2
        total += addend // BASE + addend % BASE
    return ALPHABET[(BASE - total % BASE) % BASE]


def code_generate() -> str:
    payload = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_LENGTH))
    return payload + check_character(payload)


def code_normalise(text: str) -> str:
    """What was typed, as stored: upper case, no separators, I/L read as 1 and O as 0."""
    return "".join(text.upper().split()).replace("-", "").translate(_READ_AS)


class CodeError(ValueError):
    pass


def code_check(text: str) -> str:
    """The normalised code, or CodeError saying what is wrong with what was typed."""
    code = code_normalise(text)
    if not code:
        raise CodeError(_("Enter the verification code printed on the certificate."))
    bad = sorted({char for char in code if char not in _VALUE})
    if bad:
        raise CodeError(
            _("A verification code has only digits and letters other than U: check %(bad)s.")
            % {"bad": ", ".join(repr(c) for c in bad)}
        )
    if len(code) != CODE_LENGTH:
        raise CodeError(
            _(
                "A verification code has %(expected)s characters (four groups of four); "
                "this has %(length)s."
            )
            % {"expected": CODE_LENGTH, "length": len(code)}
        )
    if check_character(code[:-1]) != code[-1]:
        raise CodeError(
            _(
                "This code has a typing mistake: one character is wrong, or two are swapped. "
                "Check it against the certificate, character by character."
            )
        )
    return code


def code_format(code: str) -> str:
    return "-".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))
