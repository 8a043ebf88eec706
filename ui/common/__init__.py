"""Shared widgets and helpers of the desktop client: error display, labels, formatting."""
