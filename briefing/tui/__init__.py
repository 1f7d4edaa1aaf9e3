"""The Textual app: the only part of briefing that imports Textual.

Layout:
  app.py            BriefingApp: config, store, themes, keymap, palette; pushes ListScreen
  commands.py       one class per command: binding (with id for `[keys]`), palette entry, help line
  screens/list.py   the release list (gists filled by a thread worker)
  screens/reader.py one release: header, BodyView, EntitiesPanel (analysis in a thread worker)
  screens/help.py   `?`: every active binding with the user's keys
  widgets/          BodyView (sentence cursor, highlight spans, overlays), EntitiesPanel, ReleaseList,
                    ReleaseHeader, SummaryPanel (`s`: the brief, made and streamed by its own worker)
  themes.py         theme TOML files -> Textual Theme (a broken file is a notification)
  pipeline.py       Release -> Analysis -> gist with the store as cache (no Textual; runs in workers);
                    gists carry the summary cache key that made them and are remade when it changes
  messages.py       what workers post; handlers on the screens own the state
  text.py           control characters made visible, one for one (offsets stay valid)

Adding a feature (issue 4's summary panel, issue 5's marks and notes):
  1. a Command subclass in commands.py (id, key, action, title, help) added to READER_ACTIONS or
     LIST_ACTIONS: that gives the binding, the palette entry, the help line and `[keys]` remapping;
  2. an `action_<name>` method on the screen;
  3. I/O in a `@work(thread=True, exclusive=True, exit_on_error=False)` method that posts a Message;
  4. drawing over the body with `BodyView.set_overlay("marks", spans)` (spans in body offsets, styles
     as theme variables like "on $briefing-mark-1"), the current sentence (or the range from
     `BodyView.range_start` to the cursor, for `v`) from `BodyView.cursor_span`, and panels mounted in the
     reader's `#reader-panels` row next to `#entities` (the summary panel for `s`).
"""
