"""Who appears where: people and organisations ranked by the number of releases naming them.

Each row is one entity with its aliases merged (ดีป้า = สำนักงานส่งเสริมเศรษฐกิจดิจิทัล = depa; a
person's full name and short references), from the store's entity index, which covers the releases
analysed so far (the header says how many, updated while the app's background analysis fills it). Below the list, a sparkline of the highlighted entity's
releases per month over the archive. Enter lists its releases, newest first, in the release list.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Sparkline, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.model import EntityType
from briefing.search import Coverage, EntitySummary, coverage, mentions_per_month, top_entities
from briefing.tui.commands import ENTITIES_ACTIONS, bindings
from briefing.tui.keys import after_earlier_keys
from briefing.tui.text import one_line

if TYPE_CHECKING:
    from briefing.store import Store
    from briefing.tui.app import BriefingApp

KINDS: list[tuple[str, tuple[EntityType, ...]]] = [
    ("people and organisations", ("person", "organisation")),
    ("people", ("person",)),
    ("organisations", ("organisation",)),
    ("places", ("place",)),
]
LIMIT = 300
_SHOWN: weakref.WeakKeyDictionary[Store, dict[int, list[EntitySummary]]] = weakref.WeakKeyDictionary()
"""The lists last read, by store and kind: the screen opens on them at once, then shows the index read again
(reading it takes one to two seconds on the archive, a blank list each time the screen opened)."""
COVERAGE_POLL_S = 1.0
"""How often the header's coverage is counted again while the background analysis runs."""


def coverage_line(analysed: int, total: int, background: str, older: int = 0) -> str:
    """How much of the archive the entity index covers, and what is filling the rest.
    `background` is the state of the app's background analysis (`BackgroundAnalysis.state`); `older`
    releases are in the index from an older analyzer version. On the archive after an upgrade the line
    said "covers 77 of 62,904 releases (0%)" above an organisation named in 12,330 of them."""
    if total and analysed >= total:
        return f"entity index covers all {total:,} releases"
    share = f"{analysed / total:.0%}" if total else "0%"
    line = f"entity index covers {analysed:,} of {total:,} releases ({share})"
    if older:
        line += f" and {older:,} more from an older analysis"
    if background == "running":
        return line + "; analysing the rest in the background"
    if background == "stopped":
        return line + "; the background analysis stopped; `briefing analyze --all` does the rest"
    return line + "; `briefing analyze --all` does the rest"


def entity_prompt(entity: EntitySummary) -> Content:
    """One row: count, kind, English form, Thai form and the other ways releases write it."""
    aliases = ", ".join(one_line(alias) for alias in entity.aliases[:4])
    more = f" +{len(entity.aliases) - 4}" if len(entity.aliases) > 4 else ""
    return Content.assemble(
        (f"{entity.releases:>6} ", "bold $accent"),
        (f"{entity.type[:3]} ", "$text-muted"),
        (one_line(entity.english) or "—", "bold $text"), "  ",
        (one_line(entity.thai), "$text"),
        (f"  ({aliases}{more})" if aliases else "", "$text-muted"),
    )


class EntitiesLoaded(Message):
    def __init__(self, kind: int, entities: list[EntitySummary]) -> None:
        super().__init__()
        self.kind = kind
        self.entities = entities


class CoverageCounted(Message):
    def __init__(self, coverage: Coverage) -> None:
        super().__init__()
        self.coverage = coverage


class EntitiesScreen(Screen[None]):
    ACTIONS = ENTITIES_ACTIONS
    BINDINGS = bindings(ENTITIES_ACTIONS)
    DEFAULT_CSS = """
    EntitiesScreen #entity-list { height: 1fr; width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    EntitiesScreen #entity-trend { height: 3; margin: 0 1; }
    EntitiesScreen #entity-trend-label { padding: 0 1; color: $text-muted; }
    """

    app: BriefingApp  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kind = 0
        self.entities: list[EntitySummary] = []
        self.coverage: Coverage | None = None
        """(releases analysed, releases stored) as last counted."""
        self._last_state: str | None = None
        """The background analysis's state at the last poll (one more count when it changes)."""

    def compose(self) -> ComposeResult:
        yield Static(Content.styled("Who appears where: reading the entity index…", "bold"), id="entities-title")
        yield OptionList(id="entity-list")
        yield Static("", id="entity-trend-label")
        yield Sparkline([], id="entity-trend")
        yield Footer()

    @property
    def entity_list(self) -> OptionList:
        return self.query_one("#entity-list", OptionList)

    def on_mount(self) -> None:
        self.entity_list.focus()
        self._show_last()
        self.load()
        self._last_state = self.app.background.state  # counted once the list is shown (`_loaded`)
        self.set_interval(COVERAGE_POLL_S, self._poll_coverage)

    def _show_last(self) -> None:
        """The list of this kind read on the last visit, shown until the one being read replaces it."""
        last = _SHOWN.get(self.app.store, {}).get(self.kind)
        if last:
            self._show(last)
        else:
            self.entity_list.clear_options()

    def _poll_coverage(self) -> None:
        """Count again while the background analysis runs, and once when it has ended (however
        briefly it ran: a small archive is done between two polls)."""
        state = self.app.background.state
        if state == "running" or state != self._last_state:
            self.count_coverage()
        self._last_state = state

    @work(thread=True, exclusive=True, group="coverage", exit_on_error=False)
    def count_coverage(self) -> None:
        counted = coverage(self.app.store)
        if not get_current_worker().is_cancelled:
            self.post_message(CoverageCounted(counted))

    @on(CoverageCounted)
    def _coverage_counted(self, message: CoverageCounted) -> None:
        self.coverage = message.coverage
        self._show_title()

    def _show_title(self) -> None:
        line = (coverage_line(self.coverage.analysed, self.coverage.total, self.app.background.state,
                              self.coverage.older) if self.coverage else "")
        title = Content.assemble(
            ("Who appears where", "bold $accent"), (f"  ·  {KINDS[self.kind][0]}, by releases naming them", "$text"),
            (f"  ·  {line}" if line else "", "$text-muted"))
        self.query_one("#entities-title", Static).update(title)

    @work(thread=True, exclusive=True, group="entities", exit_on_error=False)
    def load(self) -> None:
        kind = self.kind
        entities = top_entities(self.app.store, KINDS[kind][1], limit=LIMIT)
        if not get_current_worker().is_cancelled:
            self.post_message(EntitiesLoaded(kind, entities))

    @on(EntitiesLoaded)
    def _loaded(self, message: EntitiesLoaded) -> None:
        _SHOWN.setdefault(self.app.store, {})[message.kind] = message.entities
        if message.kind != self.kind:
            return
        if self.coverage is None:
            # After the list, not before it: the count took most of a second on the archive, the list waiting.
            self.count_coverage()
        self._show(message.entities)

    def _show(self, entities: list[EntitySummary]) -> None:
        """Fill the list, the highlight kept on the entity it was on (the list shown from the last visit is
        replaced by the one just read)."""
        if entities == self.entities and self.entity_list.option_count:
            return  # the same list: nothing moves
        options = self.entity_list
        was = options.highlighted
        was_id = options.get_option_at_index(was).id if was is not None and was < options.option_count else None
        self.entities = entities
        self._show_title()
        options.clear_options()
        options.add_options(Option(entity_prompt(entity), id=f"{entity.type}\t{entity.key}")
                            for entity in self.entities)
        if self.entities:
            ids = [f"{entity.type}\t{entity.key}" for entity in self.entities]
            options.highlighted = ids.index(was_id) if was_id in ids else 0
        else:
            self.query_one("#entity-trend-label", Static).update(
                "No entities yet: the index fills as releases are analysed (open some, or run"
                " `briefing analyze --all`).")

    @on(OptionList.OptionHighlighted, "#entity-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if 0 <= event.option_index < len(self.entities):
            self.trend(self.entities[event.option_index])

    @work(thread=True, exclusive=True, group="trend", exit_on_error=False)
    def trend(self, entity: EntitySummary) -> None:
        months = mentions_per_month(self.app.store, entity.type, entity.key)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_trend, entity, months)

    def _show_trend(self, entity: EntitySummary, months: list[tuple[str, int]]) -> None:
        self.query_one("#entity-trend", Sparkline).data = [float(n) for _, n in months]
        span = f"{months[0][0]} to {months[-1][0]}" if months else ""
        peak = max(months, key=lambda m: m[1]) if months else None
        label = f"{one_line(entity.english or entity.thai)}: releases per month, {span}"
        if peak and peak[1]:
            label += f"; most in {peak[0]} ({peak[1]})"
        self.query_one("#entity-trend-label", Static).update(Content(label))

    # --- actions ---------------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    def action_cursor(self, step: int) -> None:
        if step > 0:
            self.entity_list.action_cursor_down()
        else:
            self.entity_list.action_cursor_up()

    def action_cycle_kind(self) -> None:
        self.kind = (self.kind + 1) % len(KINDS)
        self.entities = []
        self._show_last()
        self.load()

    def action_select(self) -> None:
        after_earlier_keys(self, self._select_highlighted)  # Enter is a priority binding

    def _select_highlighted(self) -> None:
        index = self.entity_list.highlighted
        if index is None or not 0 <= index < len(self.entities):
            return
        self.show_releases(self.entities[index])

    @on(OptionList.OptionSelected, "#entity-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if 0 <= event.option_index < len(self.entities):
            self.show_releases(self.entities[event.option_index])

    def show_releases(self, entity: EntitySummary) -> None:
        from briefing.tui.screens.list import ListScreen

        self.dismiss()
        screen = self.app.screen_stack[0] if self.app.screen_stack else None
        if isinstance(screen, ListScreen):
            screen.show_entity(entity.type, entity.english or entity.thai)
