// Warp 1.19.0 cuda code for compute_env_rewards_64b389ef.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// compute_env_rewards.py:4
static CUDA_CALLABLE wp::float32 tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 5>
    // return wp.exp(-error * error / sigma)                                                  <L 7>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// compute_env_rewards.py:4
static CUDA_CALLABLE void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void compute_env_rewards_582ccea8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_actions,
    wp::array_t<wp::float32> var_last_actions,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::float32 var_tracking_weight,
    wp::float32 var_tracking_sigma,
    wp::float32 var_dof_vel_weight,
    wp::float32 var_action_rate_weight,
    wp::array_t<wp::float32> var_rewards,
    wp::array_t<wp::int32> var_terminated)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        bool var_33;
        bool var_34;
        const wp::int32 var_35 = 1;
        //---------
        // forward
        // def compute_env_rewards(                                                               <L 11>
        // env, j = wp.tid()                                                                      <L 26>
        builtin_tid2d(var_0, var_1);
        // q_j = joint_q[env, j]                                                                  <L 27>
        var_2 = wp::address(var_joint_q, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // qd_j = joint_velocities[env, j]                                                        <L 28>
        var_5 = wp::address(var_joint_velocities, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // action = actions[env, j]                                                               <L 29>
        var_8 = wp::address(var_actions, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // q_min = joint_limit_lower[env, j]                                                      <L 30>
        var_11 = wp::address(var_joint_limit_lower, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // upper = joint_limit_upper[env, j]                                                      <L 31>
        var_14 = wp::address(var_joint_limit_upper, var_0, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // reward = tracking_weight * tracking_reward(q_j - joint_target[env, j], tracking_sigma)       <L 32>
        var_17 = wp::address(var_joint_target, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_3, var_19);
        var_20 = tracking_reward_0(var_18, var_tracking_sigma);
        var_21 = wp::mul(var_tracking_weight, var_20);
        // reward -= dof_vel_weight * qd_j * qd_j                                                 <L 33>
        var_22 = wp::mul(var_dof_vel_weight, var_6);
        var_23 = wp::mul(var_22, var_6);
        var_24 = wp::sub(var_21, var_23);
        // da = action - last_actions[env, j]                                                     <L 34>
        var_25 = wp::address(var_last_actions, var_0, var_1);
        var_27 = wp::load(var_25);
        var_26 = wp::sub(var_9, var_27);
        // reward -= action_rate_weight * da * da                                                 <L 35>
        var_28 = wp::mul(var_action_rate_weight, var_26);
        var_29 = wp::mul(var_28, var_26);
        var_30 = wp::sub(var_24, var_29);
        // wp.atomic_add(rewards, env, reward)                                                    <L 36>
        var_31 = wp::atomic_add(var_rewards, var_0, var_30);
        // if q_j < q_min or q_j > upper:                                                         <L 37>
        var_33 = (var_3 < var_12);
        var_32 = var_33;
        if (!var_32) {
            var_34 = (var_3 > var_15);
            var_32 = var_32 || var_34;
        }
        if (var_32) {
            // terminated[env] = 1                                                                <L 38>
            wp::array_store(var_terminated, var_0, var_35);
        }
    }
}

