"""User-facing errors. Every message says what to do next, in the language shown (Dutch unless
English was chosen: the raising code passes its Dutch text through `ibdesk.i18n.tr`).

The CLI prints `str(error)` and exits 1; the UI shows it in a dialog. Nothing else
should reach the user as a traceback.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on."""


class ValidationError(UserError):
    """Input that breaks a domain rule; `field` names the input when known."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class WrongKeyError(UserError):
    """The passphrase or recovery key does not open this profile."""


class StoreLockedError(UserError):
    """No key available: keyring empty or unusable and no passphrase given."""


class CorruptStoreError(UserError):
    """The database file is damaged or not an ibdesk database."""


class ProfileMissingError(UserError):
    """There is no profile yet in this folder."""


class ProfileExistsError(UserError):
    """A profile already exists where a new one was to be created."""


class StorageError(UserError):
    """The profile folder cannot be written (read-only or full disk)."""


class NotFoundError(UserError):
    """A record the user named does not exist."""


class InvalidRecord(UserError):
    """Several validation problems at once, keyed by field name (for inline messages)."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("\n".join(errors.values()))
        self.errors = errors


def unexpected_detail(exc: BaseException) -> str:
    """What an unexpected error was, readable for school IT and without pupil data.

    An installation problem (a missing module or shared library, typical of a frozen build) is
    named in full: a module or file name is no pupil data. Anything else gives only its kind,
    because its message may quote what the user typed.
    """
    if isinstance(exc, ImportError):
        missing = exc.name or str(exc)
        from ibdesk.i18n import tr  # here: errors is imported before anything else

        return f"{type(exc).__name__}: " + tr(
            "onderdeel '{missing}' ontbreekt in deze installatie; installeer ibdesk opnieuw of meld dit bij de "
            "ICT-beheerder",
            missing=missing,
        )
    return type(exc).__name__
