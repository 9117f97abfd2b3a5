"""Who did something, as a screen or the command line shows it.

Records keep their actor as stored (store.Store.actor). Before a user name is filled in, that is
the sentinel `store.profile.NO_PROFILE` ("naam nog niet ingevuld"): stored data, never rewritten,
and Dutch in documents and the audit log. Only where it is shown does it follow the language.
"""

from __future__ import annotations

from ibdesk.i18n import tr
from ibdesk.store.profile import NO_PROFILE


def shown_actor(actor: str | None) -> str:
    """The actor as stored, except the no-name sentinel, which is said in the language shown."""
    if actor == NO_PROFILE:
        return tr("naam nog niet ingevuld")
    return actor or ""
