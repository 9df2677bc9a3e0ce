"""Tools for scenario authors: the starter file, flow charts and translation tables.

Each module here is pure Python over the loader's results; the commands in
``game.cli`` (``new``, ``graph``, ``strings``, ``schema``) are thin wrappers.
Nothing here imports pygame.
"""
