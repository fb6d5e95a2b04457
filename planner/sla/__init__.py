"""SLA tracking: measurement periods, metric computation, status against target, evidence.

The pure parts (``periods``, ``facts``, ``metrics``, ``status``, ``scorecard``) work on plain
dataclasses and are tested without a database; ``service`` loads the data set-wise and
hands back read-models.
"""
