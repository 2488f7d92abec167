"""Notes API: a small multi-tenant Flask service protected by Gatehouse.

Every route except /healthz needs a Gatehouse access token (or an organization API key when a
secret key is configured). Notes belong to the caller's organization: a caller never sees,
changes or learns about the notes of another organization. Deleting a note needs the
`notes.delete` permission.

    GATEHOUSE_PUBLISHABLE_KEY=pk_test_... flask --app app run
"""

from __future__ import annotations

import os
import sqlite3
import threading
from typing import Any

from flask import Flask, abort, jsonify, request
from gatehouse.flask import (
    organization_id,
    public,
    require_auth,
    require_permission,
    user_id,
)

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
    """Storage; every query takes the organization id, so tenants cannot reach each other."""

    def __init__(self, path: str) -> None:
        # One connection shared by the server's threads, serialized by a lock: enough for an
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


def create_app(
    publishable_key: str | None = None,
    secret_key: str | None = None,
    database: str = ":memory:",
) -> Flask:
    app = Flask(__name__)
    notes = Notes(database)

    @app.get("/healthz")
    @public
    def healthz() -> Any:
        return jsonify(ok=True)

    @app.get("/notes")
    def list_notes() -> Any:
        return jsonify(data=notes.list(organization_id()))

    @app.post("/notes")
    def create_note() -> Any:
        payload = request.get_json(silent=True) or {}
        title, body = payload.get("title"), payload.get("body", "")
        if not isinstance(title, str) or not title.strip() or not isinstance(body, str):
            return jsonify(error="invalid_request", message="title (text) is required"), 422
        note = notes.create(organization_id(), user_id(), title.strip(), body)
        return jsonify(note), 201

    @app.get("/notes/<int:note_id>")
    def get_note(note_id: int) -> Any:
        note = notes.get(organization_id(), note_id)
        if note is None:
            abort(404)
        return jsonify(note)

    @app.delete("/notes/<int:note_id>")
    @require_permission("notes.delete")
    def delete_note(note_id: int) -> Any:
        if not notes.delete(organization_id(), note_id):
            abort(404)
        return "", 204

    require_auth(
        app,
        publishable_key=publishable_key or os.environ["GATEHOUSE_PUBLISHABLE_KEY"],
        secret_key=secret_key or os.environ.get("GATEHOUSE_SECRET_KEY"),
    )
    return app


def app_from_environment() -> Flask:
    """Used by `flask --app app run`: keys from the environment, notes in notes.sqlite3."""
    return create_app(database=os.environ.get("NOTES_DATABASE", "notes.sqlite3"))


if __name__ == "__main__":
    app_from_environment().run(port=int(os.environ.get("PORT", "5000")))
