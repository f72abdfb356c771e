"""Helpers shared by the Python services."""
from py_common.settings import env_int, env_str
from py_common.logs import get_logger

__all__ = ["env_int", "env_str", "get_logger"]
