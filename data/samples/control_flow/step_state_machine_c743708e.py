import warp as wp


STATE_IDLE = wp.constant(0)
STATE_SEEK = wp.constant(1)
STATE_COOLDOWN = wp.constant(2)
COOLDOWN_TIME = wp.constant(0.5)


@wp.kernel
def step_state_machine(
    agent_state: wp.array[int],
    cooldown: wp.array[float],
    positions: wp.array[wp.vec3],
    next_state: wp.array[int],
    origin: wp.vec3,
    smoothing_length: float,
    dt: float,
):
    tid = wp.tid()
    state = agent_state[tid]
    timer = cooldown[tid]
    x = positions[tid]
    dist = wp.length(x - origin) - smoothing_length
    new_state = state
    t = timer - dt
    if state == STATE_IDLE:
        if dist < 2.0 * smoothing_length:
            new_state = STATE_SEEK
    elif state == STATE_SEEK:
        if dist <= smoothing_length:
            new_state = STATE_COOLDOWN
            t = COOLDOWN_TIME
    elif state == STATE_COOLDOWN:
        if t <= 0.0:
            new_state = STATE_IDLE
    else:
        # unknown states are reset
        new_state = STATE_IDLE
    next_state[tid] = new_state
    cooldown[tid] = wp.max(t, 0.0)
