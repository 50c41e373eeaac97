"""TIMEX3 type and value for each recognised candidate, resolved against the document date and tense.

One normaliser per rule of :mod:`.patterns`, by kind: :mod:`.dates` (calendar dates, clock times,
holidays, seasons), :mod:`.years` (years, decades, quarters, periods), :mod:`.durations`
(durations, "ago", sets), :mod:`.relative` ("next month", "the following day", "now");
:mod:`.readings` reads numbers, units, months and weekdays, :mod:`.context` holds ``Norm`` and
``Context``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sidelines.timex.context import Context, Norm
from sidelines.timex.dates import (
    norm_clock,
    norm_holiday,
    norm_month_date,
    norm_numeric_date,
    norm_rel_day,
    norm_season,
    norm_this_part,
    norm_weekday,
)
from sidelines.timex.durations import (
    norm_ago,
    norm_duration,
    norm_long_units,
    norm_recent_units,
    norm_set,
    norm_set_adj,
    norm_vague_units,
    norm_weekday_set,
)
from sidelines.timex.relative import (
    norm_anaphor,
    norm_event_day,
    norm_postposed,
    norm_ref,
    norm_rel_unit,
    norm_that_time,
    norm_unit_before_last,
    norm_while,
)
from sidelines.timex.years import (
    norm_century,
    norm_decade,
    norm_decade_word,
    norm_period,
    norm_quarter,
    norm_quarter_code,
    norm_spelled_year,
    norm_year,
    norm_year_end,
    norm_year_period,
)

if TYPE_CHECKING:
    from sidelines.timex.recognize import RuleMatch

__all__ = ["NORMALISERS", "Context", "Norm", "normalise"]


NORMALISERS: dict[str, Callable[["RuleMatch", Context], Norm | None]] = {
    "iso_date": norm_numeric_date, "slash_date": norm_numeric_date, "month_date": norm_month_date,
    "day_month": norm_month_date, "weekday": norm_weekday, "clock": norm_clock, "rel_day": norm_rel_day,
    "this_part": norm_this_part, "ago": norm_ago, "duration": norm_duration, "vague_units": norm_vague_units,
    "rel_unit": norm_rel_unit, "anaphor": norm_anaphor, "postposed": norm_postposed, "while": norm_while,
    "event_day": norm_event_day, "unit_before_last": norm_unit_before_last,
    "that_time": norm_that_time,
    "quarter": norm_quarter, "quarter_code": norm_quarter_code,
    "period": norm_period, "year": norm_year, "weekday_set": norm_weekday_set,
    "year_period": norm_year_period, "decade": norm_decade, "decade_word": norm_decade_word,
    "century": norm_century, "set": norm_set,
    "set_adj": norm_set_adj, "recent_units": norm_recent_units, "long_units": norm_long_units,
    "year_end": norm_year_end,
    "spelled_year": norm_spelled_year, "holiday": norm_holiday, "season": norm_season, "ref": norm_ref,
}


def normalise(c: "RuleMatch", ctx: Context) -> Norm | None:
    """The TIMEX3 type and value of a candidate, or None when it is not a time expression after all."""
    return NORMALISERS[c.rule](c, ctx)
