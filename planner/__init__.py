"""Domain logic and use cases of the Key Account Planner (no Qt here)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("key-account-planner")
except PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
