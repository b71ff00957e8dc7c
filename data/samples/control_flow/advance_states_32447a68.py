import warp as wp


STATE_IDLE = wp.constant(0)
STATE_SEEK = wp.constant(1)
STATE_COOLDOWN = wp.constant(2)
COOLDOWN_TIME = wp.constant(0.5)


@wp.kernel
def advance_states(
    agent_state: wp.array(dtype=int),
    timers: wp.array(dtype=float),
    distances: wp.array(dtype=float),
    particle_radius: wp.array(dtype=float),
    next_state: wp.array(dtype=int),
    cooldown_out: wp.array(dtype=float),
    dt: float,
):
    tid = wp.tid()
    state = agent_state[tid]
    d = distances[tid]
    r = particle_radius[tid]
    new_state = state
    t = timers[tid] - dt
    if state == STATE_IDLE:
        if d < 2.0 * r:
            new_state = STATE_SEEK
    elif state == STATE_SEEK:
        if d <= r:
            new_state = STATE_COOLDOWN
            t = COOLDOWN_TIME
    elif state == STATE_COOLDOWN:
        if t <= 0.0:
            new_state = STATE_IDLE
    else:
        # unknown states are reset
        new_state = STATE_IDLE
    next_state[tid] = new_state
    cooldown_out[tid] = wp.max(t, 0.0)
