"""The publish wing: what leaves a run folder. The Hugging Face export and the samples folder.
Imports the dataset wing."""
