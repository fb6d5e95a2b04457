"""Qt item models: thin, cached adapters over the planner's read-models."""
