"""Scoring a model's translations against Warp's own (``synth eval``): the metrics, the
predictions file, the references of a task's split, and the baselines that bound a score."""

BASELINES = ("reference", "retrieval")  # synth.evaluate.baselines
REAL = "real"  # the split name that scores the dataset's real set (``synth real``; its records' split is test)
