"""The Timeline tab's parts: the paged model over the planner's timeline, its delegate,
the filter bar, the detail pane, the activity chart, the quick log and its undo command."""
