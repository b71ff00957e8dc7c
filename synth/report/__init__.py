"""The report wing: REPORT.md and its charts, rendered from a run's stats. Imports the dataset wing."""
