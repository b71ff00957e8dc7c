// Warp 1.19.0 cpu code for advance_states_841489ec.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_advance_states_e42088e4 {
    wp::array_t<wp::float32> cooldown;
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::vec_t<2, wp::float32> center;
    wp::float32 smoothing_length;
    wp::float32 delta_time;
    wp::array_t<wp::int32> agent_state;
    wp::array_t<wp::float32> timers;
};


template <bool wp_linear_contiguous>
static void advance_states_e42088e4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_states_e42088e4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_states_e42088e4 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.cooldown.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.agent_state.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.timers.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_cooldown = _wp_args->cooldown;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<2, wp::float32> var_center = _wp_args->center;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::int32> var_agent_state = _wp_args->agent_state;
    wp::array_t<wp::float32> var_timers = _wp_args->timers;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::int32* var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    wp::int32 var_17;
    const wp::float32 var_18 = 2.0;
    wp::float32 var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    const wp::int32 var_25 = 1;
    bool var_26;
    wp::int32 var_27;
    bool var_28;
    const wp::int32 var_29 = 2;
    wp::int32 var_30;
    const wp::float32 var_31 = 0.5;
    wp::float32 var_32;
    wp::int32 var_33;
    wp::float32 var_34;
    wp::int32* var_35;
    const wp::int32 var_36 = 2;
    bool var_37;
    wp::int32 var_38;
    const wp::float32 var_39 = 0.0;
    bool var_40;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::float32 var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::int32 var_50;
    const wp::float32 var_51 = 0.0;
    wp::float32 var_52;
    //---------
    // forward
    // def advance_states(                                                                    <L 11>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // timer = cooldown[tid]                                                                  <L 21>
    var_1 = wp::address(var_cooldown, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = points[tid]                                                                        <L 22>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // distance = wp.length(x - center) - smoothing_length                                    <L 23>
    var_7 = wp::sub(var_5, var_center);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_smoothing_length);
    // new_state = agent_state[tid]                                                           <L 24>
    var_10 = wp::address(var_agent_state, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // t = timer - delta_time                                                                 <L 25>
    var_13 = wp::sub(var_2, var_delta_time);
    // if agent_state[tid] == STATE_IDLE:                                                     <L 26>
    var_14 = wp::address(var_agent_state, var_0);
    var_17 = wp::load(var_14);
    var_16 = (var_17 == var_15);
    if (var_16) {
        // if distance < 2.0 * smoothing_length:                                              <L 27>
        var_19 = wp::mul(var_18, var_smoothing_length);
        var_20 = (var_9 < var_19);
        if (var_20) {
            // new_state = STATE_SEEK                                                         <L 28>
            var_22 = wp::copy(var_21);
        }
        var_23 = wp::where(var_20, var_22, var_11);
    }
    if (!var_16) {
        // elif agent_state[tid] == STATE_SEEK:                                               <L 29>
        var_24 = wp::address(var_agent_state, var_0);
        var_27 = wp::load(var_24);
        var_26 = (var_27 == var_25);
        if (var_26) {
            // if distance <= smoothing_length:                                               <L 30>
            var_28 = (var_9 <= var_smoothing_length);
            if (var_28) {
                // new_state = STATE_COOLDOWN                                                 <L 31>
                var_30 = wp::copy(var_29);
                // t = COOLDOWN_TIME                                                          <L 32>
                var_32 = wp::copy(var_31);
            }
            var_33 = wp::where(var_28, var_30, var_11);
            var_34 = wp::where(var_28, var_32, var_13);
        }
        if (!var_26) {
            // elif agent_state[tid] == STATE_COOLDOWN:                                       <L 33>
            var_35 = wp::address(var_agent_state, var_0);
            var_38 = wp::load(var_35);
            var_37 = (var_38 == var_36);
            if (var_37) {
                // if t <= 0.0:                                                               <L 34>
                var_40 = (var_13 <= var_39);
                if (var_40) {
                    // new_state = STATE_IDLE                                                 <L 35>
                    var_41 = wp::copy(var_15);
                }
                var_42 = wp::where(var_40, var_41, var_11);
            }
            if (!var_37) {
                // new_state = STATE_IDLE                                                     <L 38>
                var_43 = wp::copy(var_15);
            }
            var_44 = wp::where(var_37, var_42, var_43);
        }
        var_45 = wp::where(var_26, var_33, var_44);
        var_46 = wp::where(var_26, var_34, var_13);
        var_47 = wp::where(var_26, var_29, var_36);
    }
    var_48 = wp::where(var_16, var_23, var_45);
    var_49 = wp::where(var_16, var_13, var_46);
    var_50 = wp::where(var_16, var_21, var_25);
    // agent_state[tid] = new_state                                                           <L 39>
    wp::array_store(var_agent_state, var_0, var_48);
    // timers[tid] = wp.max(t, 0.0)                                                           <L 40>
    var_52 = wp::max(var_49, var_51);
    wp::array_store(var_timers, var_0, var_52);
}



template <bool wp_linear_contiguous>
static void advance_states_e42088e4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_states_e42088e4 *_wp_args,
    wp_args_advance_states_e42088e4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advance_states_e42088e4 wp_contiguous_args;
    wp_args_advance_states_e42088e4 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.cooldown.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.cooldown.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.agent_state.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.agent_state.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.timers.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.timers.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_cooldown = _wp_args->cooldown;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::vec_t<2, wp::float32> var_center = _wp_args->center;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::int32> var_agent_state = _wp_args->agent_state;
    wp::array_t<wp::float32> var_timers = _wp_args->timers;
    wp::array_t<wp::float32> adj_cooldown = _wp_adj_args->cooldown;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    wp::vec_t<2, wp::float32> adj_center = _wp_adj_args->center;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::int32> adj_agent_state = _wp_adj_args->agent_state;
    wp::array_t<wp::float32> adj_timers = _wp_adj_args->timers;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::float32 var_13;
    wp::int32* var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    wp::int32 var_17;
    const wp::float32 var_18 = 2.0;
    wp::float32 var_19;
    bool var_20;
    const wp::int32 var_21 = 1;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    const wp::int32 var_25 = 1;
    bool var_26;
    wp::int32 var_27;
    bool var_28;
    const wp::int32 var_29 = 2;
    wp::int32 var_30;
    const wp::float32 var_31 = 0.5;
    wp::float32 var_32;
    wp::int32 var_33;
    wp::float32 var_34;
    wp::int32* var_35;
    const wp::int32 var_36 = 2;
    bool var_37;
    wp::int32 var_38;
    const wp::float32 var_39 = 0.0;
    bool var_40;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::int32 var_44;
    wp::int32 var_45;
    wp::float32 var_46;
    wp::int32 var_47;
    wp::int32 var_48;
    wp::float32 var_49;
    wp::int32 var_50;
    const wp::float32 var_51 = 0.0;
    wp::float32 var_52;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    //---------
    // forward
    // def advance_states(                                                                    <L 11>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // timer = cooldown[tid]                                                                  <L 21>
    var_1 = wp::address(var_cooldown, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // x = points[tid]                                                                        <L 22>
    var_4 = wp::address(var_points, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // distance = wp.length(x - center) - smoothing_length                                    <L 23>
    var_7 = wp::sub(var_5, var_center);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_smoothing_length);
    // new_state = agent_state[tid]                                                           <L 24>
    var_10 = wp::address(var_agent_state, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // t = timer - delta_time                                                                 <L 25>
    var_13 = wp::sub(var_2, var_delta_time);
    // if agent_state[tid] == STATE_IDLE:                                                     <L 26>
    var_14 = wp::address(var_agent_state, var_0);
    var_17 = wp::load(var_14);
    var_16 = (var_17 == var_15);
    if (var_16) {
        // if distance < 2.0 * smoothing_length:                                              <L 27>
        var_19 = wp::mul(var_18, var_smoothing_length);
        var_20 = (var_9 < var_19);
        if (var_20) {
            // new_state = STATE_SEEK                                                         <L 28>
            var_22 = wp::copy(var_21);
        }
        var_23 = wp::where(var_20, var_22, var_11);
    }
    if (!var_16) {
        // elif agent_state[tid] == STATE_SEEK:                                               <L 29>
        var_24 = wp::address(var_agent_state, var_0);
        var_27 = wp::load(var_24);
        var_26 = (var_27 == var_25);
        if (var_26) {
            // if distance <= smoothing_length:                                               <L 30>
            var_28 = (var_9 <= var_smoothing_length);
            if (var_28) {
                // new_state = STATE_COOLDOWN                                                 <L 31>
                var_30 = wp::copy(var_29);
                // t = COOLDOWN_TIME                                                          <L 32>
                var_32 = wp::copy(var_31);
            }
            var_33 = wp::where(var_28, var_30, var_11);
            var_34 = wp::where(var_28, var_32, var_13);
        }
        if (!var_26) {
            // elif agent_state[tid] == STATE_COOLDOWN:                                       <L 33>
            var_35 = wp::address(var_agent_state, var_0);
            var_38 = wp::load(var_35);
            var_37 = (var_38 == var_36);
            if (var_37) {
                // if t <= 0.0:                                                               <L 34>
                var_40 = (var_13 <= var_39);
                if (var_40) {
                    // new_state = STATE_IDLE                                                 <L 35>
                    var_41 = wp::copy(var_15);
                }
                var_42 = wp::where(var_40, var_41, var_11);
            }
            if (!var_37) {
                // new_state = STATE_IDLE                                                     <L 38>
                var_43 = wp::copy(var_15);
            }
            var_44 = wp::where(var_37, var_42, var_43);
        }
        var_45 = wp::where(var_26, var_33, var_44);
        var_46 = wp::where(var_26, var_34, var_13);
        var_47 = wp::where(var_26, var_29, var_36);
    }
    var_48 = wp::where(var_16, var_23, var_45);
    var_49 = wp::where(var_16, var_13, var_46);
    var_50 = wp::where(var_16, var_21, var_25);
    // agent_state[tid] = new_state                                                           <L 39>
    // wp::array_store(var_agent_state, var_0, var_48);
    // timers[tid] = wp.max(t, 0.0)                                                           <L 40>
    var_52 = wp::max(var_49, var_51);
    // wp::array_store(var_timers, var_0, var_52);
    //---------
    // reverse
    wp::adj_array_store(var_timers, var_0, var_52, adj_timers, adj_0, adj_52);
    wp::adj_max(var_49, var_51, adj_49, adj_51, adj_52);
    // adj: timers[tid] = wp.max(t, 0.0)                                                      <L 40>
    wp::adj_array_store(var_agent_state, var_0, var_48, adj_agent_state, adj_0, adj_48);
    // adj: agent_state[tid] = new_state                                                      <L 39>
    wp::adj_where(var_16, var_21, var_25, adj_16, adj_21, adj_25, adj_50);
    wp::adj_where(var_16, var_13, var_46, adj_16, adj_13, adj_46, adj_49);
    wp::adj_where(var_16, var_23, var_45, adj_16, adj_23, adj_45, adj_48);
    if (!var_16) {
        wp::adj_where(var_26, var_29, var_36, adj_26, adj_29, adj_36, adj_47);
        wp::adj_where(var_26, var_34, var_13, adj_26, adj_34, adj_13, adj_46);
        wp::adj_where(var_26, var_33, var_44, adj_26, adj_33, adj_44, adj_45);
        if (!var_26) {
            wp::adj_where(var_37, var_42, var_43, adj_37, adj_42, adj_43, adj_44);
            if (!var_37) {
                wp::adj_copy(var_15, adj_15, adj_43);
                // adj: new_state = STATE_IDLE                                                <L 38>
            }
            if (var_37) {
                wp::adj_where(var_40, var_41, var_11, adj_40, adj_41, adj_11, adj_42);
                if (var_40) {
                    wp::adj_copy(var_15, adj_15, adj_41);
                    // adj: new_state = STATE_IDLE                                            <L 35>
                }
                // adj: if t <= 0.0:                                                          <L 34>
            }
            wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_35);
            // adj: elif agent_state[tid] == STATE_COOLDOWN:                                  <L 33>
        }
        if (var_26) {
            wp::adj_where(var_28, var_32, var_13, adj_28, adj_32, adj_13, adj_34);
            wp::adj_where(var_28, var_30, var_11, adj_28, adj_30, adj_11, adj_33);
            if (var_28) {
                wp::adj_copy(var_31, adj_31, adj_32);
                // adj: t = COOLDOWN_TIME                                                     <L 32>
                wp::adj_copy(var_29, adj_29, adj_30);
                // adj: new_state = STATE_COOLDOWN                                            <L 31>
            }
            // adj: if distance <= smoothing_length:                                          <L 30>
        }
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_24);
        // adj: elif agent_state[tid] == STATE_SEEK:                                          <L 29>
    }
    if (var_16) {
        wp::adj_where(var_20, var_22, var_11, adj_20, adj_22, adj_11, adj_23);
        if (var_20) {
            wp::adj_copy(var_21, adj_21, adj_22);
            // adj: new_state = STATE_SEEK                                                    <L 28>
        }
        wp::adj_mul(var_18, var_smoothing_length, adj_18, adj_smoothing_length, adj_19);
        // adj: if distance < 2.0 * smoothing_length:                                         <L 27>
    }
    wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_14);
    // adj: if agent_state[tid] == STATE_IDLE:                                                <L 26>
    wp::adj_sub(var_2, var_delta_time, adj_2, adj_delta_time, adj_13);
    // adj: t = timer - delta_time                                                            <L 25>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_10);
    // adj: new_state = agent_state[tid]                                                      <L 24>
    wp::adj_sub(var_8, var_smoothing_length, adj_8, adj_smoothing_length, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_5, var_center, adj_5, adj_center, adj_7);
    // adj: distance = wp.length(x - center) - smoothing_length                               <L 23>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
    // adj: x = points[tid]                                                                   <L 22>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_cooldown, var_0, adj_cooldown, adj_0, adj_1);
    // adj: timer = cooldown[tid]                                                             <L 21>
    // adj: tid = wp.tid()                                                                    <L 20>
    // adj: def advance_states(                                                               <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_states_e42088e4_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_states_e42088e4 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_states_e42088e4_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_states_e42088e4_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_states_e42088e4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->cooldown.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->agent_state.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->timers.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        advance_states_e42088e4_cpu_forward_tasks<true>(dim, _wp_args);
    else
        advance_states_e42088e4_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_states_e42088e4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_states_e42088e4 *_wp_args)
{
    advance_states_e42088e4_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_states_e42088e4_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_states_e42088e4 *_wp_args,
    wp_args_advance_states_e42088e4 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_states_e42088e4_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advance_states_e42088e4_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_states_e42088e4 *_wp_args,
    wp_args_advance_states_e42088e4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->cooldown.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->cooldown.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->agent_state.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->agent_state.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->timers.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->timers.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        advance_states_e42088e4_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        advance_states_e42088e4_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advance_states_e42088e4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_states_e42088e4 *_wp_args,
    wp_args_advance_states_e42088e4 *_wp_adj_args)
{
    advance_states_e42088e4_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

