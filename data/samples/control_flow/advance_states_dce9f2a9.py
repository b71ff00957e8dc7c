import warp as wp


STATE_IDLE = wp.constant(0)
STATE_SEEK = wp.constant(1)
STATE_COOLDOWN = wp.constant(2)
COOLDOWN_TIME = wp.constant(0.5)


@wp.kernel
def advance_states(
    agent_state: wp.array[int],
    timers: wp.array[float],
    particle_x: wp.array[wp.vec2],
    target: wp.vec2,
    particle_radius: float,
    dt: float,
    next_state: wp.array[int],
    cooldown_out: wp.array[float],
):
    tid = wp.tid()
    x = particle_x[tid]
    d = wp.length(x - target) - particle_radius
    new_state = agent_state[tid]
    t = timers[tid] - dt
    if agent_state[tid] == STATE_IDLE:
        if d < 2.0 * particle_radius:
            new_state = STATE_SEEK
    elif agent_state[tid] == STATE_SEEK:
        if d <= particle_radius:
            new_state = STATE_COOLDOWN
            t = COOLDOWN_TIME
    elif agent_state[tid] == STATE_COOLDOWN:
        if t <= 0.0:
            new_state = STATE_IDLE
    else:
        # unknown states are reset
        new_state = STATE_IDLE
    next_state[tid] = new_state
    cooldown_out[tid] = wp.max(t, 0.0)
