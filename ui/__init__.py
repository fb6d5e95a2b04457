"""The desktop app (PySide6).

This package module stays free of Qt: the ``kap`` command imports ``ui.entry``
for every command, and only opening the app should pay for loading Qt.
"""
