// Warp 1.19.0 cpu code for step_state_machine_c743708e.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_step_state_machine_10bfa193 {
    wp::array_t<wp::int32> agent_state;
    wp::array_t<wp::float32> cooldown;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::int32> next_state;
    wp::vec_t<3, wp::float32> origin;
    wp::float32 smoothing_length;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void step_state_machine_10bfa193_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_state_machine_10bfa193 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_agent_state = _wp_args->agent_state;
    wp::array_t<wp::float32> var_cooldown = _wp_args->cooldown;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_next_state = _wp_args->next_state;
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    bool var_25;
    const wp::int32 var_26 = 2;
    wp::int32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    bool var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::float32 var_44;
    wp::int32 var_45;
    const wp::float32 var_46 = 0.0;
    wp::float32 var_47;
    //---------
    // forward
    // def step_state_machine(                                                                <L 11>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // state = agent_state[tid]                                                               <L 21>
    var_1 = wp::address(var_agent_state, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // timer = cooldown[tid]                                                                  <L 22>
    var_4 = wp::address(var_cooldown, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // x = positions[tid]                                                                     <L 23>
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // dist = wp.length(x - origin) - smoothing_length                                        <L 24>
    var_10 = wp::sub(var_8, var_origin);
    var_11 = wp::length(var_10);
    var_12 = wp::sub(var_11, var_smoothing_length);
    // new_state = state                                                                      <L 25>
    var_13 = wp::copy(var_2);
    // t = timer - dt                                                                         <L 26>
    var_14 = wp::sub(var_5, var_dt);
    // if state == STATE_IDLE:                                                                <L 27>
    var_16 = (var_2 == var_15);
    if (var_16) {
        // if dist < 2.0 * smoothing_length:                                                  <L 28>
        var_18 = wp::mul(var_17, var_smoothing_length);
        var_19 = (var_12 < var_18);
        if (var_19) {
            // new_state = STATE_SEEK                                                         <L 29>
            var_21 = wp::copy(var_20);
        }
        var_22 = wp::where(var_19, var_21, var_13);
    }
    if (!var_16) {
        // elif state == STATE_SEEK:                                                          <L 30>
        var_24 = (var_2 == var_23);
        if (var_24) {
            // if dist <= smoothing_length:                                                   <L 31>
            var_25 = (var_12 <= var_smoothing_length);
            if (var_25) {
                // new_state = STATE_COOLDOWN                                                 <L 32>
                var_27 = wp::copy(var_26);
                // t = COOLDOWN_TIME                                                          <L 33>
                var_29 = wp::copy(var_28);
            }
            var_30 = wp::where(var_25, var_27, var_13);
            var_31 = wp::where(var_25, var_29, var_14);
        }
        if (!var_24) {
            // elif state == STATE_COOLDOWN:                                                  <L 34>
            var_33 = (var_2 == var_32);
            if (var_33) {
                // if t <= 0.0:                                                               <L 35>
                var_35 = (var_14 <= var_34);
                if (var_35) {
                    // new_state = STATE_IDLE                                                 <L 36>
                    var_36 = wp::copy(var_15);
                }
                var_37 = wp::where(var_35, var_36, var_13);
            }
            if (!var_33) {
                // new_state = STATE_IDLE                                                     <L 39>
                var_38 = wp::copy(var_15);
            }
            var_39 = wp::where(var_33, var_37, var_38);
        }
        var_40 = wp::where(var_24, var_30, var_39);
        var_41 = wp::where(var_24, var_31, var_14);
        var_42 = wp::where(var_24, var_26, var_32);
    }
    var_43 = wp::where(var_16, var_22, var_40);
    var_44 = wp::where(var_16, var_14, var_41);
    var_45 = wp::where(var_16, var_20, var_23);
    // next_state[tid] = new_state                                                            <L 40>
    wp::array_store(var_next_state, var_0, var_43);
    // cooldown[tid] = wp.max(t, 0.0)                                                         <L 41>
    var_47 = wp::max(var_44, var_46);
    wp::array_store(var_cooldown, var_0, var_47);
}



template <bool wp_linear_contiguous>
static void step_state_machine_10bfa193_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_state_machine_10bfa193 *_wp_args,
    wp_args_step_state_machine_10bfa193 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_agent_state = _wp_args->agent_state;
    wp::array_t<wp::float32> var_cooldown = _wp_args->cooldown;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_next_state = _wp_args->next_state;
    wp::vec_t<3, wp::float32> var_origin = _wp_args->origin;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> adj_agent_state = _wp_adj_args->agent_state;
    wp::array_t<wp::float32> adj_cooldown = _wp_adj_args->cooldown;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::int32> adj_next_state = _wp_adj_args->next_state;
    wp::vec_t<3, wp::float32> adj_origin = _wp_adj_args->origin;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1;
    bool var_24;
    bool var_25;
    const wp::int32 var_26 = 2;
    wp::int32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    wp::int32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 2;
    bool var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    wp::int32 var_36;
    wp::int32 var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::float32 var_44;
    wp::int32 var_45;
    const wp::float32 var_46 = 0.0;
    wp::float32 var_47;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    //---------
    // forward
    // def step_state_machine(                                                                <L 11>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // state = agent_state[tid]                                                               <L 21>
    var_1 = wp::address(var_agent_state, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // timer = cooldown[tid]                                                                  <L 22>
    var_4 = wp::address(var_cooldown, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // x = positions[tid]                                                                     <L 23>
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // dist = wp.length(x - origin) - smoothing_length                                        <L 24>
    var_10 = wp::sub(var_8, var_origin);
    var_11 = wp::length(var_10);
    var_12 = wp::sub(var_11, var_smoothing_length);
    // new_state = state                                                                      <L 25>
    var_13 = wp::copy(var_2);
    // t = timer - dt                                                                         <L 26>
    var_14 = wp::sub(var_5, var_dt);
    // if state == STATE_IDLE:                                                                <L 27>
    var_16 = (var_2 == var_15);
    if (var_16) {
        // if dist < 2.0 * smoothing_length:                                                  <L 28>
        var_18 = wp::mul(var_17, var_smoothing_length);
        var_19 = (var_12 < var_18);
        if (var_19) {
            // new_state = STATE_SEEK                                                         <L 29>
            var_21 = wp::copy(var_20);
        }
        var_22 = wp::where(var_19, var_21, var_13);
    }
    if (!var_16) {
        // elif state == STATE_SEEK:                                                          <L 30>
        var_24 = (var_2 == var_23);
        if (var_24) {
            // if dist <= smoothing_length:                                                   <L 31>
            var_25 = (var_12 <= var_smoothing_length);
            if (var_25) {
                // new_state = STATE_COOLDOWN                                                 <L 32>
                var_27 = wp::copy(var_26);
                // t = COOLDOWN_TIME                                                          <L 33>
                var_29 = wp::copy(var_28);
            }
            var_30 = wp::where(var_25, var_27, var_13);
            var_31 = wp::where(var_25, var_29, var_14);
        }
        if (!var_24) {
            // elif state == STATE_COOLDOWN:                                                  <L 34>
            var_33 = (var_2 == var_32);
            if (var_33) {
                // if t <= 0.0:                                                               <L 35>
                var_35 = (var_14 <= var_34);
                if (var_35) {
                    // new_state = STATE_IDLE                                                 <L 36>
                    var_36 = wp::copy(var_15);
                }
                var_37 = wp::where(var_35, var_36, var_13);
            }
            if (!var_33) {
                // new_state = STATE_IDLE                                                     <L 39>
                var_38 = wp::copy(var_15);
            }
            var_39 = wp::where(var_33, var_37, var_38);
        }
        var_40 = wp::where(var_24, var_30, var_39);
        var_41 = wp::where(var_24, var_31, var_14);
        var_42 = wp::where(var_24, var_26, var_32);
    }
    var_43 = wp::where(var_16, var_22, var_40);
    var_44 = wp::where(var_16, var_14, var_41);
    var_45 = wp::where(var_16, var_20, var_23);
    // next_state[tid] = new_state                                                            <L 40>
    // wp::array_store(var_next_state, var_0, var_43);
    // cooldown[tid] = wp.max(t, 0.0)                                                         <L 41>
    var_47 = wp::max(var_44, var_46);
    // wp::array_store(var_cooldown, var_0, var_47);
    //---------
    // reverse
    wp::adj_array_store(var_cooldown, var_0, var_47, adj_cooldown, adj_0, adj_47);
    wp::adj_max(var_44, var_46, adj_44, adj_46, adj_47);
    // adj: cooldown[tid] = wp.max(t, 0.0)                                                    <L 41>
    wp::adj_array_store(var_next_state, var_0, var_43, adj_next_state, adj_0, adj_43);
    // adj: next_state[tid] = new_state                                                       <L 40>
    wp::adj_where(var_16, var_20, var_23, adj_16, adj_20, adj_23, adj_45);
    wp::adj_where(var_16, var_14, var_41, adj_16, adj_14, adj_41, adj_44);
    wp::adj_where(var_16, var_22, var_40, adj_16, adj_22, adj_40, adj_43);
    if (!var_16) {
        wp::adj_where(var_24, var_26, var_32, adj_24, adj_26, adj_32, adj_42);
        wp::adj_where(var_24, var_31, var_14, adj_24, adj_31, adj_14, adj_41);
        wp::adj_where(var_24, var_30, var_39, adj_24, adj_30, adj_39, adj_40);
        if (!var_24) {
            wp::adj_where(var_33, var_37, var_38, adj_33, adj_37, adj_38, adj_39);
            if (!var_33) {
                wp::adj_copy(var_15, adj_15, adj_38);
                // adj: new_state = STATE_IDLE                                                <L 39>
            }
            if (var_33) {
                wp::adj_where(var_35, var_36, var_13, adj_35, adj_36, adj_13, adj_37);
                if (var_35) {
                    wp::adj_copy(var_15, adj_15, adj_36);
                    // adj: new_state = STATE_IDLE                                            <L 36>
                }
                // adj: if t <= 0.0:                                                          <L 35>
            }
            // adj: elif state == STATE_COOLDOWN:                                             <L 34>
        }
        if (var_24) {
            wp::adj_where(var_25, var_29, var_14, adj_25, adj_29, adj_14, adj_31);
            wp::adj_where(var_25, var_27, var_13, adj_25, adj_27, adj_13, adj_30);
            if (var_25) {
                wp::adj_copy(var_28, adj_28, adj_29);
                // adj: t = COOLDOWN_TIME                                                     <L 33>
                wp::adj_copy(var_26, adj_26, adj_27);
                // adj: new_state = STATE_COOLDOWN                                            <L 32>
            }
            // adj: if dist <= smoothing_length:                                              <L 31>
        }
        // adj: elif state == STATE_SEEK:                                                     <L 30>
    }
    if (var_16) {
        wp::adj_where(var_19, var_21, var_13, adj_19, adj_21, adj_13, adj_22);
        if (var_19) {
            wp::adj_copy(var_20, adj_20, adj_21);
            // adj: new_state = STATE_SEEK                                                    <L 29>
        }
        wp::adj_mul(var_17, var_smoothing_length, adj_17, adj_smoothing_length, adj_18);
        // adj: if dist < 2.0 * smoothing_length:                                             <L 28>
    }
    // adj: if state == STATE_IDLE:                                                           <L 27>
    wp::adj_sub(var_5, var_dt, adj_5, adj_dt, adj_14);
    // adj: t = timer - dt                                                                    <L 26>
    wp::adj_copy(var_2, adj_2, adj_13);
    // adj: new_state = state                                                                 <L 25>
    wp::adj_sub(var_11, var_smoothing_length, adj_11, adj_smoothing_length, adj_12);
    wp::adj_length(var_10, var_11, adj_10, adj_11);
    wp::adj_sub(var_8, var_origin, adj_8, adj_origin, adj_10);
    // adj: dist = wp.length(x - origin) - smoothing_length                                   <L 24>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_7);
    // adj: x = positions[tid]                                                                <L 23>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_cooldown, var_0, adj_cooldown, adj_0, adj_4);
    // adj: timer = cooldown[tid]                                                             <L 22>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_1);
    // adj: state = agent_state[tid]                                                          <L 21>
    // adj: tid = wp.tid()                                                                    <L 20>
    // adj: def step_state_machine(                                                           <L 11>
    return;
}



struct step_state_machine_10bfa193_cpu_block_payload_forward
{
    wp_args_step_state_machine_10bfa193* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_state_machine_10bfa193_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_state_machine_10bfa193_cpu_block_payload_forward* payload = (step_state_machine_10bfa193_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_state_machine_10bfa193_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void step_state_machine_10bfa193_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_state_machine_10bfa193 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        step_state_machine_10bfa193_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_state_machine_10bfa193_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct step_state_machine_10bfa193_cpu_block_payload_backward
{
    wp_args_step_state_machine_10bfa193* args;
    wp_args_step_state_machine_10bfa193* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void step_state_machine_10bfa193_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    step_state_machine_10bfa193_cpu_block_payload_backward* payload = (step_state_machine_10bfa193_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    step_state_machine_10bfa193_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void step_state_machine_10bfa193_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_state_machine_10bfa193 *_wp_args,
    wp_args_step_state_machine_10bfa193 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        step_state_machine_10bfa193_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &step_state_machine_10bfa193_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

