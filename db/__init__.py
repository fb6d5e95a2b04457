"""Storage layer: typed SQLAlchemy models, engine, migrations and backups.

The lowest layer of the planner: it imports neither ``planner`` nor Qt.
"""
