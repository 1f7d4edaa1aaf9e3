"""The Textual app: the only part of briefing that imports Textual.

Layout:
  app.py               BriefingApp: config, store, the core Pipeline, themes, keymap, palette
  commands.py          one class per command: binding (with id for `[keys]`), palette entry, help line
  screens/list.py      the release list (stale gists remade by a thread worker through the Pipeline,
                       made by the gist maker child, rows on screen first)
  background.py        the app's child processes: the archive's background analysis, the gist maker
  screens/reader.py    one release: header, BodyView, EntitiesPanel; holds its features:
  screens/reader_marks.py    ReaderMarks: marks and notes (`m v l a d u M`)
  screens/reader_summary.py  ReaderSummary: the brief panel (`s`, `c`)
  screens/reader_source.py   ReaderSource: the source page in the browser (`o`), its URL copied (`y`)
  exporting.py         ExportFlow: the export modal flow, held by the reader and the notes screen
  screens/notes.py     every marked release; screens/help.py `?`; modal prompts (confirm, export,
                       note editor)
  widgets/             BodyView (sentence cursor, highlight spans, overlays, the marks gutter),
                       SidePanel and its two panels (EntitiesPanel, MarksPanel), SummaryPanel,
                       ReleaseList, ReleaseHeader, BriefingFooter (`?` and `q` first when narrow)
  resume.py            where the reader was (release, sentence), in a small file beside the store
  themes.py            theme TOML files -> Textual Theme (a broken file is a notification)
  layout.py            line breaking at Thai word boundaries
  messages.py          what workers post; handlers on the screens own the state
  text.py              control characters made visible, one for one (offsets stay valid)

What is cached and when it is stale is the core's rule (`briefing.pipeline.Pipeline`), never the UI's.

Adding a reader feature: a Command subclass in commands.py added to READER_ACTIONS (binding, palette,
help, `[keys]`), an `action_*` on ReaderScreen that calls your feature object, and the object in its
own module holding its state and widgets; availability through ReaderScreen.check_action; I/O in
workers that post messages; modal questions with `push_screen_wait` inside a worker.
"""
