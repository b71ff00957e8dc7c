"""The run wing: the main job (``job``: generate, checkpoint, resume, stats) and its progress
display. Imports every wing below it."""
