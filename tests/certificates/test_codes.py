import itertools
import re

import pytest

from certificates.codes import (
    ALPHABET,
    CODE_LENGTH,
    CodeError,
    check_character,
    code_check,
    code_format,
    code_generate,
    code_normalise,
)


def test_generated_codes_have_the_documented_shape_and_are_accepted():
    codes = {code_generate() for _ in range(2000)}
    assert len(codes) == 2000  # 75 random bits: no repeats
    for code in codes:
        assert len(code) == CODE_LENGTH == 16
        assert set(code) <= set(ALPHABET)
        assert code_check(code) == code
        assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", code_format(code))


def test_every_character_position_is_random():
    codes = [code_generate() for _ in range(3000)]
    for position in range(CODE_LENGTH - 1):
        # Each position uses (nearly) the whole alphabet: no fixed prefix, no counter.
        assert len({code[position] for code in codes}) >= 30


def test_typed_codes_are_read_leniently():
    code = code_generate()
    grouped = code_format(code)
    assert code_check(grouped.lower()) == code
    assert code_check(" " + grouped.replace("-", " ") + " ") == code
    assert code_normalise("iLo0") == "1100"


def test_a_single_mistyped_character_is_always_caught():
    code = code_generate()
    for position in range(CODE_LENGTH):
        for replacement in ALPHABET:
            if replacement == code[position]:
                continue
            typo = code[:position] + replacement + code[position + 1 :]
            with pytest.raises(CodeError, match="typing mistake"):
                code_check(typo)


def test_swapped_neighbours_are_caught_except_zero_and_z():
    missed = []
    for a, b in itertools.permutations(ALPHABET, 2):
        payload = "7KQ2M9XD4HTRW" + a + b
        swapped = "7KQ2M9XD4HTRW" + b + a
        if check_character(payload) == check_character(swapped):
            missed.append(a + b)
    assert sorted(missed) == ["0Z", "Z0"]


@pytest.mark.parametrize(
    "typed, message",
    [
        ("", "Enter the verification code"),
        ("7KQ2-M9XD-4HTR", "has 16 characters"),
        ("7KQ2-M9XD-4HTR-WBPU", "other than U"),
        ("7KQ2-M9XD-4HTR-WB*C", "other than U"),
    ],
)
def test_malformed_codes_say_what_is_wrong(typed, message):
    with pytest.raises(CodeError, match=message):
        code_check(typed)
