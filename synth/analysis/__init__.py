"""The analysis wing: what is measured of kernels, ours and Warp's own. Adjoint caveats, realism
figures and idioms, diversity and the novelty filter, record lengths. Imports only the dataset wing."""
