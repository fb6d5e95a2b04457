"""PySide6 must not leak references to None or True (6.12.0 on Python 3.11 did, and crashed)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    fired = Signal(int)


def test_calls_and_signals_keep_singleton_refcounts(qapp):
    label = QLabel()
    emitter = _Emitter()
    emitter.fired.connect(lambda _value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        label.setText("x")
        emitter.fired.emit(1)
    # A healthy binding leaves them where they were (give or take a stray reference).
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
