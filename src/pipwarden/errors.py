"""Errors that end a command with a one-line message and exit code 2."""


class PipwardenError(Exception):
    """A usage or input error: the message is shown as one line, no traceback."""

    exit_code = 2


class PolicyError(PipwardenError):
    """The policy file is malformed (unknown key, wrong type, bad value)."""


class IndexError_(PipwardenError):
    """The package index could not be reached or answered nonsense."""


class ResolutionError(PipwardenError):
    """pip's resolver could not produce a closure for the request."""
