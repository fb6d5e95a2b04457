"""The application shell around the main window: files, locks, recent files, preferences."""
