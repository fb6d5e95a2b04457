"""Analytics over the planner data: orders, satisfaction and more; pure functions plus thin loaders."""
