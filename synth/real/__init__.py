"""The real test set (``synth real``): Warp's own kernels, from the installed warp-lang's
examples and tests, built and recorded as our synthetic kernels are, to measure on real code."""
