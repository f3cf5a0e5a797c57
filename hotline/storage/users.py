"""Users: names, roles, active state and their audit signing key."""

from __future__ import annotations

from dataclasses import dataclass

from hotline.permissions import Role, format_roles, parse_roles
from hotline.records import User, from_iso, to_iso, utcnow
from hotline.storage.database import Database

_COLUMNS = "id, name, roles, active, created_at"


def _user(row: tuple[object, ...]) -> User:
    return User(
        id=int(row[0]),  # type: ignore[call-overload]
        name=str(row[1]),
        roles=parse_roles(str(row[2])),
        active=bool(row[3]),
        created_at=from_iso(str(row[4])),
    )


@dataclass(frozen=True, slots=True)
class SigningKey:
    """The audit signing key the desk holds for a user (checked against their key slot)."""

    user_id: int
    name: str
    active: bool
    signing_public: bytes


class UserRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self, name: str, roles: frozenset[Role], signing_public: bytes, user_id: int | None = None
    ) -> User:
        cur = self.db.execute(
            "INSERT INTO users(id, name, roles, active, created_at, signing_public)"
            " VALUES (?, ?, ?, 1, ?, ?)",
            (user_id, name, format_roles(roles), to_iso(utcnow()), signing_public),
        )
        found = self.get(int(cur.lastrowid))
        assert found is not None
        return found

    def get(self, user_id: int) -> User | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,)).fetchone()
        return None if row is None else _user(row)

    def by_name(self, name: str) -> User | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM users WHERE name = ?", (name,)).fetchone()
        return None if row is None else _user(row)

    def all(self) -> list[User]:
        return [_user(r) for r in self.db.query(f"SELECT {_COLUMNS} FROM users ORDER BY name")]

    def set_roles(self, user_id: int, roles: frozenset[Role]) -> None:
        self.db.execute("UPDATE users SET roles = ? WHERE id = ?", (format_roles(roles), user_id))

    def set_active(self, user_id: int, active: bool) -> None:
        self.db.execute(
            "UPDATE users SET active = ?, disabled_at = ? WHERE id = ?",
            (int(active), None if active else to_iso(utcnow()), user_id),
        )

    def set_signing_key(self, user_id: int, public: bytes) -> None:
        self.db.execute("UPDATE users SET signing_public = ? WHERE id = ?", (public, user_id))

    def signing_keys(self) -> list[SigningKey]:
        return [
            SigningKey(int(r[0]), str(r[1]), bool(r[2]), bytes(r[3]))
            for r in self.db.query("SELECT id, name, active, signing_public FROM users ORDER BY id")
        ]

    def signing_public(self, user_id: int) -> bytes | None:
        value = self.db.scalar("SELECT signing_public FROM users WHERE id = ?", (user_id,))
        return None if value is None else bytes(value)

    def count_active(self) -> int:
        return int(self.db.scalar("SELECT count(*) FROM users WHERE active"))

    def active_ids(self) -> list[int]:
        return [int(r[0]) for r in self.db.query("SELECT id FROM users WHERE active ORDER BY id")]
