"""The generate wing: rendering derivations to Python (the templates' renderer), building each
kernel with Warp in worker processes (the pipeline and its backends), tallying what was built.
Imports the dataset and analysis wings."""
