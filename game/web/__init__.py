"""The browser player: ``doorbraak serve``, the game for trainees with nothing to install.

A server-side player: the engine runs here, the browser gets plain HTML
forms (POST, then a redirect to a page of its own), so it works without
JavaScript, on a locked-down laptop and on a phone. Every choice is
committed to the database (SQLite by default, PostgreSQL the same code)
before the answer goes out, so a reload, a lost connection or a restart of
the server continues exactly there.

Modules:

- ``config``: the settings of one server (folders, database, secrets).
- ``db``: the tables (SQLAlchemy 2) and the migrations (Alembic).
- ``store``: reading and committing games, with their session-log records.
- ``cases``: the catalogue of cases the trainees can choose from.
- ``play``: one game as the pages see it, and the moves a trainee makes.
- ``art``: the game's own portraits as PNG files, drawn once and cached.
- ``security``: the signed cookie, CSRF tokens and the response headers.
- ``app``: the routes (Starlette) and the templates (Jinja2, autoescaped).
- ``trainer``: the trainer's pages (progress, export, delete), behind a token.

This is the foundation of the workshop room (rooms, votes, dashboards): a
room is one more table and a few routes on the same store.
"""
