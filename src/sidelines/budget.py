"""A per-document time budget: spaCy and the extractors stop on a document that takes too long.

Python cannot stop a thread from outside, so the budget is kept two ways: a ``SIGALRM`` timer
interrupts the work where the platform and thread allow it (the main thread on Unix), and the
pipeline checks the clock between extractors everywhere else.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class OverBudget(BaseException):  # noqa: N818 - not an Exception, so an extractor's `except Exception` lets it by
    """Raised inside the work when its time budget is spent."""


def _can_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Run the block with ``OverBudget`` raised in it after ``seconds`` (0 or less: no limit)."""
    if seconds <= 0 or not _can_alarm():
        yield
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise OverBudget(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    remaining, _ = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if remaining:  # an outer timer was running: give it back what is left of it
            signal.setitimer(signal.ITIMER_REAL, max(remaining - seconds, 0.001))


class Clock:
    """The seconds a document has used, for the checks between extractors."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self.started = time.perf_counter()

    @property
    def spent(self) -> float:
        """Seconds since the clock started."""
        return time.perf_counter() - self.started

    @property
    def over(self) -> bool:
        """Whether the budget (when there is one) is spent."""
        return self.budget > 0 and self.spent > self.budget
