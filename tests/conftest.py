"""Shared fixtures: a desk in a temporary folder with test-strength key derivation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HOTLINE_INSECURE_FAST_KDF"] = "1"
os.environ["HOTLINE_LANGUAGE"] = "en"  # the command line's messages, whatever the machine says

from hotline.paths import DeskPaths
from hotline.permissions import Role
from hotline.services import desk, users
from hotline.services.session import Session

ADMIN = "admin"
ADMIN_PW = "night shift on the quiet line"
OPERATOR = "leyla"
OPERATOR_PW = "tea gets cold at three in the morning"
SUPERVISOR = "rashad"
SUPERVISOR_PW = "every call deserves a careful review"


@dataclass
class Desk:
    paths: DeskPaths
    recovery_code: str

    def open(self, name: str = ADMIN, password: str = ADMIN_PW) -> Session:
        return desk.unlock(self.paths, name, password)

    def verify_problems(self) -> list[str]:
        """What verify names, run by the administrator."""
        from hotline.services import integrity

        admin = self.open(ADMIN, ADMIN_PW)
        try:
            return integrity.verify(admin).problems
        finally:
            admin.close()


@pytest.fixture
def desk_paths(tmp_path: Path) -> DeskPaths:
    return DeskPaths(tmp_path / "desk")


@pytest.fixture
def new_desk(desk_paths: DeskPaths) -> Desk:
    result = desk.init_desk(desk_paths, ADMIN, ADMIN_PW, bind_device=False)
    return Desk(desk_paths, result.recovery_code)


@pytest.fixture
def staffed_desk(new_desk: Desk) -> Desk:
    session = new_desk.open()
    try:
        users.add_user(session, OPERATOR, frozenset({Role.OPERATOR}), OPERATOR_PW)
        users.add_user(session, SUPERVISOR, frozenset({Role.SUPERVISOR}), SUPERVISOR_PW)
    finally:
        session.close()
    return new_desk


@pytest.fixture
def admin_session(new_desk: Desk) -> Iterator[Session]:
    session = new_desk.open()
    yield session
    session.close()
