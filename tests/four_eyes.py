"""A role change on a desk with a second person: asked, approved in the supervisor's own
session, then carried out (services/approvals.py)."""

from __future__ import annotations

from hotline.permissions import Role
from hotline.records import User
from hotline.services import approvals, users
from hotline.services.approvals import GraveAct
from tests.conftest import ADMIN, ADMIN_PW, SUPERVISOR, SUPERVISOR_PW, Desk


def ask(desk: Desk, name: str, roles: frozenset[Role]) -> int:
    """The administrator's request; returns its id."""
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        user = next(u for u in users.list_users(admin) if u.name == name)
        return approvals.request(admin, GraveAct.CHANGE_ROLES, users.roles_act(user, roles)).id
    finally:
        admin.close()


def approve(desk: Desk, request_id: int, name: str = SUPERVISOR, pw: str = SUPERVISOR_PW) -> None:
    approver = desk.open(name, pw)
    try:
        approvals.approve(approver, request_id)
    finally:
        approver.close()


def change_roles(desk: Desk, name: str, roles: frozenset[Role]) -> User:
    """The whole four-eyes dance; the desk is closed before and after."""
    request_id = ask(desk, name, roles)
    approve(desk, request_id)
    admin = desk.open(ADMIN, ADMIN_PW)
    try:
        return users.set_roles(admin, name, roles, approval=request_id)
    finally:
        admin.close()
