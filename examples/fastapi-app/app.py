"""Notes API: a small multi-tenant FastAPI service protected by Gatehouse.

Every route except /healthz needs a Gatehouse access token (or an organization API key when a
secret key is configured). Notes belong to the caller's organization: a caller never sees,
changes or learns about the notes of another organization. Deleting a note needs the
`notes.delete` permission.

    GATEHOUSE_PUBLISHABLE_KEY=pk_test_... uvicorn app:app_from_environment --factory
"""

from __future__ import annotations

import os
import sqlite3
import threading
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Response
from gatehouse import Authentication
from gatehouse.fastapi import Caller, init_app, require_permission
from pydantic import BaseModel, Field

SCHEMA = """
CREATE TABLE IF NOT EXISTS notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    organization_id TEXT NOT NULL,
    author_id TEXT,
    title TEXT NOT NULL,
    body TEXT NOT NULL
)
"""


class Notes:
    """Storage; every query takes the organization id, so tenants cannot reach each other.

    Its methods block, so the routes below are plain functions: FastAPI runs them in its
    thread pool, off the event loop.
    """

    def __init__(self, path: str) -> None:
        # One connection shared by the pool's threads, serialized by a lock: enough for an
        # example, and it keeps ":memory:" databases working.
        self.connection = sqlite3.connect(path, check_same_thread=False)
        self.connection.row_factory = sqlite3.Row
        self.lock = threading.Lock()
        with self.lock, self.connection:
            self.connection.execute(SCHEMA)

    def list(self, org: str) -> list[dict[str, Any]]:
        with self.lock:
            rows = self.connection.execute(
                "SELECT * FROM notes WHERE organization_id = ? ORDER BY id", (org,)
            ).fetchall()
        return [dict(row) for row in rows]

    def get(self, org: str, note_id: int) -> dict[str, Any] | None:
        with self.lock:
            row = self.connection.execute(
                "SELECT * FROM notes WHERE organization_id = ? AND id = ?", (org, note_id)
            ).fetchone()
        return dict(row) if row else None

    def create(self, org: str, author: str | None, title: str, body: str) -> dict[str, Any]:
        with self.lock, self.connection:
            cursor = self.connection.execute(
                "INSERT INTO notes (organization_id, author_id, title, body) VALUES (?, ?, ?, ?)",
                (org, author, title, body),
            )
        note = self.get(org, int(cursor.lastrowid or 0))
        assert note is not None
        return note

    def delete(self, org: str, note_id: int) -> bool:
        with self.lock, self.connection:
            cursor = self.connection.execute(
                "DELETE FROM notes WHERE organization_id = ? AND id = ?", (org, note_id)
            )
        return cursor.rowcount > 0


class NewNote(BaseModel):
    title: str = Field(min_length=1, max_length=200, pattern=r"\S")
    body: str = Field(default="", max_length=10_000)


def create_app(
    publishable_key: str | None = None,
    secret_key: str | None = None,
    database: str = ":memory:",
) -> FastAPI:
    app = FastAPI(title="Notes")
    notes = Notes(database)
    init_app(app, publishable_key=publishable_key, secret_key=secret_key)

    @app.get("/healthz")
    def healthz() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/notes")
    def list_notes(caller: Caller) -> dict[str, list[dict[str, Any]]]:
        return {"data": notes.list(caller.organization_id)}

    @app.post("/notes", status_code=201)
    def create_note(note: NewNote, caller: Caller) -> dict[str, Any]:
        return notes.create(caller.organization_id, caller.user_id, note.title.strip(), note.body)

    @app.get("/notes/{note_id}")
    def get_note(note_id: int, caller: Caller) -> dict[str, Any]:
        note = notes.get(caller.organization_id, note_id)
        if note is None:
            raise HTTPException(status_code=404)
        return note

    @app.delete("/notes/{note_id}", status_code=204)
    def delete_note(
        note_id: int,
        caller: Annotated[Authentication, Depends(require_permission("notes.delete"))],
    ) -> Response:
        if not notes.delete(caller.organization_id, note_id):
            raise HTTPException(status_code=404)
        return Response(status_code=204)

    return app


def app_from_environment() -> FastAPI:
    """Used by `uvicorn app:app_from_environment --factory`: keys from the environment."""
    return create_app(database=os.environ.get("NOTES_DATABASE", "notes.sqlite3"))
