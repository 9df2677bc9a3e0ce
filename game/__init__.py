"""Doorbraak: a serious game about breaking defensive routines."""

__version__ = "0.1.0"
