"""Live updates from the centre's server for the window: a new call, a claim changed,
a setting or a directory entry changed.

The window (hotline.ui.live) starts one feed per session; the feed listens on a
connection of its own, on its own thread (storage/server/notify.py), and hands on
call ids only.
"""

from __future__ import annotations

from collections.abc import Callable

from hotline.storage.server.connection import connect
from hotline.storage.server.notify import Listener
from hotline.storage.server.schema_audit import CALLS_CHANNEL, REVIEWS_CHANNEL
from hotline.storage.server.schema_shared import SHARED_CHANNEL

__all__ = ["CALLS_CHANNEL", "REVIEWS_CHANNEL", "SHARED_CHANNEL", "FeedFactory", "Listener", "feed"]
# A feed made for given receivers: on_event(channel, id), on_resync(), on_lost().
FeedFactory = Callable[
    [Callable[[str, int], None], Callable[[], None], Callable[[], None]], Listener
]


def feed(
    url: str,
    password: str | None,
    on_event: Callable[[str, int], None],
    *,
    on_resync: Callable[[], None] | None = None,
    on_lost: Callable[[], None] | None = None,
) -> Listener:
    """A listener on the centre at ``url`` (verified TLS, as every connection), not started."""
    return Listener(
        lambda: connect(url, password=password, autocommit=True),
        on_event,
        on_resync=on_resync,
        on_lost=on_lost,
    )
