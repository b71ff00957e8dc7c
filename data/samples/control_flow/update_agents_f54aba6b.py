import warp as wp


STATE_IDLE = wp.constant(0)
STATE_SEEK = wp.constant(1)
STATE_COOLDOWN = wp.constant(2)
COOLDOWN_TIME = wp.constant(0.5)


@wp.kernel
def update_agents(
    agent_state: wp.array(dtype=int),
    cooldown: wp.array(dtype=float),
    positions: wp.array(dtype=wp.vec2),
    particle_radius: wp.array(dtype=float),
    center: wp.vec2,
    dt: float,
):
    tid = wp.tid()
    state = agent_state[tid]
    t_left = cooldown[tid]
    r = particle_radius[tid]
    dist = wp.length(positions[tid] - center) - r
    new_state = state
    t = t_left - dt
    if state == STATE_IDLE:
        if dist < 2.0 * r:
            new_state = STATE_SEEK
    elif state == STATE_SEEK:
        if dist <= r:
            new_state = STATE_COOLDOWN
            t = COOLDOWN_TIME
    elif state == STATE_COOLDOWN:
        if t <= 0.0:
            new_state = STATE_IDLE
    else:
        # unknown states are reset
        new_state = STATE_IDLE
    agent_state[tid] = new_state
    cooldown[tid] = wp.max(t, 0.0)
