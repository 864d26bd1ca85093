"""The one error `parley batch` shows users."""


class BatchError(Exception):
    """A problem the user can fix (inputs, output folder, Ray); the CLI prints it on one line, no traceback."""
