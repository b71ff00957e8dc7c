import warp as wp


@wp.kernel
def variable_work(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):
    tid = wp.tid()
    x0 = values[tid]
    reps = wp.clamp(counts[tid], 0, 16)
    state = x0
    for it in range(reps):
        state = 0.9 * state + 0.1 * wp.tanh(x0 + float(it))
    out[tid] = state
