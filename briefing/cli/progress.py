"""The CLI's one progress bar: on standard error, drawn only when that is a terminal, gone when done.

    with progress_bar(err, "importing") as bar:
        task = bar.add_task("importing", total=None)   # None: count unknown, a spinner and a running count
        ...
        bar.advance(task)

It shows what is being done, the bar, done/total, the rate in releases per second and the time left
(elapsed while the total is unknown), so every long command (import, fetch, analyze --all, summary
--all) looks and behaves the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


def progress_bar(err: Console, unit: str = "releases") -> Progress:
    """A rich Progress on `err`, disabled when `err` is not a terminal (a pipe or a CI log gets no bar)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        SpinnerColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f} {unit}/s" if speed else "", style="progress.data.speed")

    class TimeColumn(ProgressColumn):
        """Time left when the total is known, else time elapsed."""

        remaining, elapsed = TimeRemainingColumn(), TimeElapsedColumn()

        def render(self, task: Task) -> Text:
            if task.total is None:
                return self.elapsed.render(task)
            return Text.assemble("ETA ", self.remaining.render(task))

    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               RateColumn(), TimeColumn()]
    return Progress(*columns, console=err, transient=True, disable=not err.is_terminal)
