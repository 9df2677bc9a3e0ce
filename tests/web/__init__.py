"""Helpers for the browser player's tests: a real server process, a real browser, an ASGI client."""
