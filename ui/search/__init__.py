"""Ctrl+K: one search box over accounts, people, interactions and notes."""
