"""Stage 4: the run loop and the ``synth`` command (sample -> render -> load -> extract -> write)."""
