// Warp 1.19.0 cuda code for apply_env_actions_664da750.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// apply_env_actions.py:10
static CUDA_CALLABLE wp::float32 action_to_target_0(
    wp::float32 var_action,
    wp::float32 var_lower,
    wp::float32 var_upper)
{
    //---------
    // primal vars
    const wp::float32 var_0 = -1.0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def action_to_target(action: float, lower: float, upper: float) -> float:              <L 11>
    // a = wp.clamp(action, -1.0, 1.0)                                                        <L 13>
    var_2 = wp::clamp(var_action, var_0, var_1);
    // return lower + 0.5 * (a + 1.0) * (upper - lower)                                       <L 14>
    var_5 = wp::add(var_2, var_4);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::sub(var_upper, var_lower);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::add(var_lower, var_8);
    return var_9;
}


// apply_env_actions.py:10
static CUDA_CALLABLE void adj_action_to_target_0(
    wp::float32 var_action,
    wp::float32 var_lower,
    wp::float32 var_upper,
    wp::float32 & adj_action,
    wp::float32 & adj_lower,
    wp::float32 & adj_upper,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void apply_env_actions_8693e88e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_action_dof,
    wp::array_t<wp::int32> var_actuator_mode,
    wp::array_t<wp::float32> var_actions,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_velocity_limit,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_f)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        bool var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        bool var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.25;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 3;
        bool var_32;
        const wp::float32 var_33 = -1.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def apply_env_actions(                                                                 <L 18>
        // env, a = wp.tid()                                                                      <L 29>
        builtin_tid2d(var_0, var_1);
        // dof = action_dof[a]                                                                    <L 30>
        var_2 = wp::address(var_action_dof, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // mode = actuator_mode[env, dof]                                                         <L 31>
        var_5 = wp::address(var_actuator_mode, var_0, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // if mode == ACTION_NONE:                                                                <L 32>
        var_9 = (var_6 == var_8);
        if (var_9) {
            // return                                                                             <L 33>
            continue;
        }
        // q_min = joint_limit_lower[env, dof]                                                    <L 34>
        var_10 = wp::address(var_joint_limit_lower, var_0, var_3);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // q_max = joint_limit_upper[env, dof]                                                    <L 35>
        var_13 = wp::address(var_joint_limit_upper, var_0, var_3);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // action = actions[env, a]                                                               <L 36>
        var_16 = wp::address(var_actions, var_0, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // if mode == ACTION_POSITION_TARGET:                                                     <L 37>
        var_20 = (var_6 == var_19);
        if (var_20) {
            // joint_target_pos[env, dof] = action_to_target(action, q_min, q_max)                <L 38>
            var_21 = action_to_target_0(var_17, var_11, var_14);
            wp::array_store(var_joint_target_pos, var_0, var_3, var_21);
        }
        if (!var_20) {
            // elif mode == ACTION_VELOCITY_TARGET:                                               <L 39>
            var_23 = (var_6 == var_22);
            if (var_23) {
                // speed_limit = joint_velocity_limit[env, dof]                                   <L 41>
                var_24 = wp::address(var_joint_velocity_limit, var_0, var_3);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // joint_target_pos[env, dof] = wp.clamp(0.25 * action, -speed_limit, speed_limit)       <L 42>
                var_28 = wp::mul(var_27, var_17);
                var_29 = wp::neg(var_25);
                var_30 = wp::clamp(var_28, var_29, var_25);
                wp::array_store(var_joint_target_pos, var_0, var_3, var_30);
            }
            if (!var_23) {
                // elif mode == ACTION_EFFORT:                                                    <L 43>
                var_32 = (var_6 == var_31);
                if (var_32) {
                    // joint_f[env, dof] = wp.clamp(action, -1.0, 1.0) * joint_effort_limit[env, dof]       <L 44>
                    var_35 = wp::clamp(var_17, var_33, var_34);
                    var_36 = wp::address(var_joint_effort_limit, var_0, var_3);
                    var_38 = wp::load(var_36);
                    var_37 = wp::mul(var_35, var_38);
                    wp::array_store(var_joint_f, var_0, var_3, var_37);
                }
            }
        }
    }
}

