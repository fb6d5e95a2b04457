"""Use cases: one unit of work per call, plain read-models out, shared by CLI and UI."""
