"""Doorbraak: a serious game about breaking defensive routines."""

__version__ = "0.2.0"
