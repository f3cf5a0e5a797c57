"""The centre's own rows on the server: its public keys, the key file, its members."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import psycopg

from hotline.permissions import Role


@dataclass(frozen=True)
class Centre:
    desk_id: str
    casetext_public: bytes
    vault_public: bytes
    export_public: bytes


@dataclass(frozen=True)
class Member:
    user_id: int
    user_name: str
    roles: frozenset[Role]
    signing_public: bytes
    db_role: str | None


class CentreRepository:
    def __init__(self, conn: psycopg.Connection[tuple[Any, ...]]) -> None:
        self.conn = conn

    def create(self, centre: Centre, key_file: bytes, schema_version: int) -> None:
        """The centre's row (``schema_version``: the schema_steps applied) and key file."""
        self.conn.execute(
            "INSERT INTO hotline.centre(desk_id, schema_version, casetext_public, vault_public,"
            " export_public) VALUES (%s, %s, %s, %s, %s)",
            (
                centre.desk_id,
                schema_version,
                centre.casetext_public,
                centre.vault_public,
                centre.export_public,
            ),
        )
        self.conn.execute("INSERT INTO hotline.key_file(body) VALUES (%s)", (key_file,))

    def centre(self) -> Centre | None:
        row = self.conn.execute(
            "SELECT desk_id, casetext_public, vault_public, export_public FROM hotline.centre"
        ).fetchone()
        if row is None:
            return None
        return Centre(str(row[0]), bytes(row[1]), bytes(row[2]), bytes(row[3]))

    def key_file(self) -> bytes | None:
        row = self.conn.execute("SELECT body FROM hotline.key_file").fetchone()
        return None if row is None else bytes(row[0])

    def add_member(self, member: Member) -> None:
        self.conn.execute(
            "INSERT INTO hotline.members(user_id, db_role, user_name, roles, signing_public)"
            " VALUES (%s, %s, %s, %s, %s)",
            (
                member.user_id,
                member.db_role,
                member.user_name,
                sorted(r.value for r in member.roles),
                member.signing_public,
            ),
        )

    def members(self) -> list[Member]:
        return [
            Member(
                int(r[0]),
                str(r[1]),
                frozenset(Role(v) for v in r[2]),
                bytes(r[3]),
                None if r[4] is None else str(r[4]),
            )
            for r in self.conn.execute(
                "SELECT user_id, user_name, roles, signing_public, db_role FROM hotline.members"
                " ORDER BY user_id"
            ).fetchall()
        ]
