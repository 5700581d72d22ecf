"""Figures as a person writes them, in the reader's language: 40% rather than 40.0%, "1 day"
and "3 days", "the same day" for no time at all, a dash where there is nothing to count; and
the completion report's executive summary, sentence by sentence, with its plurals and its
zero cases ("No certificate was issued") written out rather than computed."""

import math

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

DASH = "—"


def number(value, digits: int = 1) -> str:
    """12, 12.5 (never 12.0), with the reader's decimal mark; a dash for no value."""
    if value is None:
        return DASH
    return str(floatformat(round(float(value), digits), -digits))


def plural_count(value) -> int:
    """The count that picks the plural form for a number that may have decimals: the number
    itself when whole, else 2 (1.5 days; Slavonic languages, too, use the "few" form there)."""
    value = abs(float(value))
    return int(value) if value.is_integer() else 2


def percent(value, digits: int = 1) -> str:
    if value is None:
        return DASH
    # Translators: a percentage; French writes a space before the sign.
    return _("%(number)s%%") % {"number": number(value, digits)}


def points(value) -> str:
    if value is None:
        return DASH
    return ngettext("%(number)s point", "%(number)s points", plural_count(value)) % {
        "number": number(value)
    }


def days(value) -> str:
    """A duration in days, as a figure: "Same day", "Under a day", "1 day", "7.5 days"."""
    if value is None:
        return DASH
    if value < 0.05:
        return _("Same day")
    if value < 1:
        return _("Under a day")
    return ngettext("%(number)s day", "%(number)s days", plural_count(value)) % {
        "number": number(value)
    }


def _enrolments(h) -> str:
    values = {
        "count": h.enrolled,
        "started": h.started,
        "completed": h.completed,
        "rate": percent(h.completion_rate),
    }
    if not h.enrolled:
        return _("Nobody enrolled in a course in the period.")
    if not h.started:
        text = ngettext(
            "The courses counted %(count)s enrolment in the period; it has not been started yet.",
            "The courses counted %(count)s enrolments in the period; none has been started yet.",
            h.enrolled,
        )
    elif not h.completed:
        text = ngettext(
            "The courses counted %(count)s enrolment in the period: %(started)s started, "
            "none completed yet.",
            "The courses counted %(count)s enrolments in the period: %(started)s started, "
            "none completed yet.",
            h.enrolled,
        )
    else:
        text = ngettext(
            "The courses counted %(count)s enrolment in the period: %(started)s started and "
            "%(completed)s completed (a completion rate of %(rate)s).",
            "The courses counted %(count)s enrolments in the period: %(started)s started and "
            "%(completed)s completed (a completion rate of %(rate)s).",
            h.enrolled,
        )
    return text % values


def _time_to_complete(median_days) -> str:
    if median_days < 0.05:
        return _("Half of those who completed did so on the day they enrolled.")
    if median_days < 1:
        return _("Half of those who completed did so within a day of enrolling.")
    within = math.ceil(median_days)  # "within 8 days" is true of a median of 7.2
    return ngettext(
        "Half of those who completed did so within %(count)s day of enrolling.",
        "Half of those who completed did so within %(count)s days of enrolling.",
        within,
    ) % {"count": within}


def _final(h) -> str:
    values = {"average": percent(h.average_final), "rate": percent(h.pass_rate)}
    if h.pass_rate == 100:
        text = _("The average final assessment score was %(average)s, and all who sat it passed.")
    elif h.pass_rate == 0:
        text = _(
            "The average final assessment score was %(average)s, and nobody who sat it passed."
        )
    else:
        text = _(
            "The average final assessment score was %(average)s, and %(rate)s of those who sat "
            "it passed."
        )
    return text % values


def _gain(h) -> list[str]:
    values = {
        "count": h.gain_count,
        "pre": percent(h.average_pre),
        "post": percent(h.average_post),
        "gain": points(abs(h.average_gain)),
    }
    if h.average_gain > 0:
        text = ngettext(
            "In the %(count)s enrolment whose learner sat both the pre-test and the final "
            "assessment, the score rose from %(pre)s to %(post)s: a gain of %(gain)s.",
            "Across the %(count)s enrolments whose learners sat both the pre-test and the final "
            "assessment, scores rose from %(pre)s to %(post)s on average: a gain of %(gain)s.",
            h.gain_count,
        )
    elif h.average_gain < 0:
        text = ngettext(
            "In the %(count)s enrolment whose learner sat both the pre-test and the final "
            "assessment, the score fell from %(pre)s to %(post)s: a drop of %(gain)s.",
            "Across the %(count)s enrolments whose learners sat both the pre-test and the final "
            "assessment, scores fell from %(pre)s to %(post)s on average: a drop of %(gain)s.",
            h.gain_count,
        )
    else:
        text = ngettext(
            "In the %(count)s enrolment whose learner sat both the pre-test and the final "
            "assessment, the score stayed at %(pre)s.",
            "Across the %(count)s enrolments whose learners sat both the pre-test and the final "
            "assessment, scores stayed at %(pre)s on average.",
            h.gain_count,
        )
    sentences = [text % values]
    if h.average_normalised_gain is not None:
        sentences.append(
            _("The normalised gain (the share of the possible improvement achieved) was %s.")
            % floatformat(h.average_normalised_gain, 2)
        )
    return sentences


def _certificates(h) -> list[str]:
    if not h.certificates:
        return [_("No certificate was issued.")]
    sentences = [
        ngettext(
            "%(count)s certificate was issued.",
            "%(count)s certificates were issued.",
            h.certificates,
        )
        % {"count": h.certificates}
    ]
    if h.certificates_revoked:
        sentences.append(
            ngettext(
                "Since then, %(count)s has been revoked.",
                "Since then, %(count)s have been revoked.",
                h.certificates_revoked,
            )
            % {"count": h.certificates_revoked}
        )
    return sentences


def executive_summary(h, *, course_chosen: bool = False) -> list[str]:
    """The completion report's opening paragraph, from reports.selectors.Headline."""
    if not h.registered:
        sentences = [_("No learner registered on the platform in the period.")]
    else:
        sentences = [
            ngettext(
                "%(count)s learner registered on the platform in the period.",
                "%(count)s learners registered on the platform in the period.",
                h.registered,
            )
            % {"count": h.registered}
        ]
    if course_chosen:
        sentences.append(_("Registrations are counted for the whole platform, not per course."))
    sentences.append(_enrolments(h))
    if h.median_days is not None:
        sentences.append(_time_to_complete(h.median_days))
    if h.average_final is not None:
        sentences.append(_final(h))
    if h.gain_count:
        sentences += _gain(h)
    return sentences + _certificates(h)
