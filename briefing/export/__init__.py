"""Marks, notes and the brief of a release -> Markdown notes (CommonMark + YAML front matter, Obsidian-ready).

The API the CLI and the TUI use:

- `export_to(store, ids, config, target, force=False) -> list[Path]`: the TUI's `x`: to the folder
  or `.md` file the user typed; `ExportExistsError` when a file is in the way (ask, then `force`).
- `export_releases(store, ids, out_dir=... | out_file=..., force=False, config=None) -> list[Path]`:
  one file per release in a directory, or one combined file; raises `ExportExistsError` (a
  BriefingError with `.path`) rather than overwrite without `force`.
- `export_to_default(store, ids, config, force=False) -> list[Path]`: the notes screen's "export all":
  the export directory, one file each, or one combined file when `[export] combined` is set.
- `render_release(release, analysis, brief, marks) -> str`, `render_combined(items) -> str`,
  `file_name(release, gist) -> "<date>-<slug>.md"`, `export_dir(config) -> Path`.

Nothing here imports Textual.
"""

from briefing.export.markdown import ExportItem, file_name, render_combined, render_release
from briefing.export.write import (
    ExportExistsError,
    export_dir,
    export_releases,
    export_to,
    export_to_default,
    load_items,
    write_atomic,
)

__all__ = [
    "ExportExistsError",
    "ExportItem",
    "export_dir",
    "export_releases",
    "export_to",
    "export_to_default",
    "file_name",
    "load_items",
    "render_combined",
    "render_release",
    "write_atomic",
]
