"""The client table's filter kept per employee: the last one (restored at the next start)
and named views (filters + search + sort), in the per-user settings store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.clients.directory import ClientFilter
from app.messages import QT_TRANSLATE_NOOP, UserFacingError
from app.staff.auth import CurrentUser
from app.staff.user_settings import get_setting, put_setting

LAST_FILTER_KEY = "clients.filter"
VIEWS_KEY = "clients.views"
MAX_VIEW_NAME = 60
MAX_VIEWS = 50


class ViewError(UserFacingError, ValueError):
    """A view that cannot be saved; the message says why."""


@dataclass(frozen=True)
class ClientView:
    name: str
    filter: ClientFilter


def last_filter(conn: Connection | Session, who: CurrentUser) -> ClientFilter:
    return ClientFilter.from_json(get_setting(conn, who.id, LAST_FILTER_KEY))


def keep_last_filter(conn: Connection | Session, who: CurrentUser, flt: ClientFilter) -> None:
    put_setting(conn, who.id, LAST_FILTER_KEY, flt.to_json())


def list_views(conn: Connection | Session, who: CurrentUser) -> list[ClientView]:
    """The employee's views in name order; entries that do not read are skipped."""
    stored = get_setting(conn, who.id, VIEWS_KEY)
    items = stored.get("views") if isinstance(stored, dict) else None
    views: dict[str, ClientView] = {}
    for item in items if isinstance(items, list) else []:
        name = item.get("name") if isinstance(item, dict) else None
        if isinstance(name, str) and name.strip():
            views[name] = ClientView(name, ClientFilter.from_json(item.get("filter")))
    return sorted(views.values(), key=lambda v: v.name.casefold())


def _store(conn: Connection | Session, who: CurrentUser, views: list[ClientView]) -> None:
    data: dict[str, Any] = {
        "version": 1,
        "views": [{"name": v.name, "filter": v.filter.to_json()} for v in views],
    }
    put_setting(conn, who.id, VIEWS_KEY, data)


def save_view(
    conn: Connection | Session, who: CurrentUser, name: str, flt: ClientFilter
) -> ClientView:
    """Save ``flt`` as the view ``name`` (a view of that name is replaced). One transaction:
    the caller's (Database.write)."""
    name = " ".join(name.split())
    if not name:
        raise ViewError(QT_TRANSLATE_NOOP("app", "Enter the view's name."))
    if len(name) > MAX_VIEW_NAME:
        raise ViewError(
            QT_TRANSLATE_NOOP("app", "The view's name is longer than {limit} characters."),
            limit=MAX_VIEW_NAME,
        )
    views = [v for v in list_views(conn, who) if v.name.casefold() != name.casefold()]
    if len(views) >= MAX_VIEWS:
        raise ViewError(
            QT_TRANSLATE_NOOP("app", "You have {limit} views already: delete one first."),
            limit=MAX_VIEWS,
        )
    view = ClientView(name, flt)
    _store(conn, who, [*views, view])
    return view


def delete_view(conn: Connection | Session, who: CurrentUser, name: str) -> bool:
    """Delete the view ``name``; False when there was none."""
    views = list_views(conn, who)
    kept = [v for v in views if v.name != name]
    if len(kept) == len(views):
        return False
    _store(conn, who, kept)
    return True
