"""The session log: one stored format with one owner, which every client imports.

- ``logformat``: the records of format 1 (what a playthrough writes, in order).
- ``writer``: ``SessionLogger.attach(session, ...)``, the engine-event
  subscriber the window, the terminal and the browser player attach.
- ``reader``: reading logs, which are untrusted, into ``PlayLog``s with
  ``Problem``s (``problems``) for what was skipped.
- ``logdir``: where logs go when no folder is given, and ``--no-log``.

The trainer's tools (``game.trainer``: report, debrief, xAPI) read these logs;
they are one client of this package, not its owner.
"""
