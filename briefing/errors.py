"""The one exception type a user sees as a one-line message (and exit status 2 from the CLI)."""


class BriefingError(Exception):
    """Bad input or a failed operation the user can act on; str(error) is the whole message."""
