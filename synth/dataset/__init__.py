"""The dataset wing, lowest of ``synth``: what a run folder holds and how it is read and written
safely. Record schema and splits, the folder layout, locks, ownership, checkpoints, trust,
quarantine and labels, views, token counts, the stats file and the dataset card.

Imports nothing from the other wings (analysis, generate, checks, report, run, publish, cli)."""
