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


class RunInputError(PipwardenError):
    """An input of the whole run (a trust file, ``--json-url``) is unusable.

    Raised from inside a check it still ends the run (exit 2): it is about the
    run, not about the package being checked. Any other error inside a check
    becomes that package's finding.
    """
