"""The screens of the game window: each has ``handle``, ``update`` and ``draw``."""
