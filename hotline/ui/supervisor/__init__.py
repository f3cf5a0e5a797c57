"""The supervisor's pages: call log with detail pane, review queue, tasks, statistics."""
