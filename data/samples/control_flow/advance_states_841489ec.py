import warp as wp


STATE_IDLE = wp.constant(0)
STATE_SEEK = wp.constant(1)
STATE_COOLDOWN = wp.constant(2)
COOLDOWN_TIME = wp.constant(0.5)


@wp.kernel
def advance_states(
    cooldown: wp.array[float],
    points: wp.array[wp.vec2],
    center: wp.vec2,
    smoothing_length: float,
    delta_time: float,
    agent_state: wp.array[wp.int32],
    timers: wp.array[float],
):
    tid = wp.tid()
    timer = cooldown[tid]
    x = points[tid]
    distance = wp.length(x - center) - smoothing_length
    new_state = agent_state[tid]
    t = timer - delta_time
    if agent_state[tid] == STATE_IDLE:
        if distance < 2.0 * smoothing_length:
            new_state = STATE_SEEK
    elif agent_state[tid] == STATE_SEEK:
        if distance <= smoothing_length:
            new_state = STATE_COOLDOWN
            t = COOLDOWN_TIME
    elif agent_state[tid] == STATE_COOLDOWN:
        if t <= 0.0:
            new_state = STATE_IDLE
    else:
        # unknown states are reset
        new_state = STATE_IDLE
    agent_state[tid] = new_state
    timers[tid] = wp.max(t, 0.0)
