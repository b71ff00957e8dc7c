// Warp 1.19.0 cuda code for compute_env_rewards_53332282.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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



extern "C" __global__ void compute_env_rewards_055736db_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_actions,
    wp::array_t<wp::float32> var_prev_actions,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::float32 var_w_track,
    wp::float32 var_w_dof_vel,
    wp::float32 var_w_action_rate,
    wp::array_t<wp::float32> var_env_reward,
    wp::array_t<wp::int32> var_env_done)
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
        wp::float32 var_17;
        const wp::float32 var_18 = 0.25;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        bool var_32;
        wp::float32* var_33;
        bool var_34;
        wp::float32 var_35;
        const wp::int32 var_36 = 1;
        //---------
        // forward
        // def compute_env_rewards(                                                               <L 11>
        // env, j = wp.tid()                                                                      <L 25>
        builtin_tid2d(var_0, var_1);
        // q_j = joint_q[env, j]                                                                  <L 26>
        var_2 = wp::address(var_joint_q, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // q_target = joint_target[env, j]                                                        <L 27>
        var_5 = wp::address(var_joint_target, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // joint_rate = joint_velocities[env, j]                                                  <L 28>
        var_8 = wp::address(var_joint_velocities, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // last_action = prev_actions[env, j]                                                     <L 29>
        var_11 = wp::address(var_prev_actions, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // lower = joint_limit_lower[env, j]                                                      <L 30>
        var_14 = wp::address(var_joint_limit_lower, var_0, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // reward = w_track * tracking_reward(q_j - q_target, 0.25)                               <L 31>
        var_17 = wp::sub(var_3, var_6);
        var_19 = tracking_reward_0(var_17, var_18);
        var_20 = wp::mul(var_w_track, var_19);
        // reward -= w_dof_vel * joint_rate * joint_rate                                          <L 32>
        var_21 = wp::mul(var_w_dof_vel, var_9);
        var_22 = wp::mul(var_21, var_9);
        var_23 = wp::sub(var_20, var_22);
        // da = actions[env, j] - last_action                                                     <L 34>
        var_24 = wp::address(var_actions, var_0, var_1);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_12);
        // reward -= w_action_rate * da * da                                                      <L 35>
        var_27 = wp::mul(var_w_action_rate, var_25);
        var_28 = wp::mul(var_27, var_25);
        var_29 = wp::sub(var_23, var_28);
        // wp.atomic_add(env_reward, env, reward)                                                 <L 36>
        var_30 = wp::atomic_add(var_env_reward, var_0, var_29);
        // if q_j < lower or q_j > joint_limit_upper[env, j]:                                     <L 37>
        var_32 = (var_3 < var_15);
        var_31 = var_32;
        if (!var_31) {
            var_33 = wp::address(var_joint_limit_upper, var_0, var_1);
            var_35 = wp::load(var_33);
            var_34 = (var_3 > var_35);
            var_31 = var_31 || var_34;
        }
        if (var_31) {
            // env_done[env] = 1                                                                  <L 39>
            wp::array_store(var_env_done, var_0, var_36);
        }
    }
}



extern "C" __global__ void build_world_body_offsets_16d71b5b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_world_body_count,
    wp::int32 var_world_count,
    wp::array_t<wp::int32> var_world_body_start,
    wp::array_t<wp::int32> var_body_world_index,
    wp::array_t<wp::int32> var_body_count)
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        wp::range_t var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        //---------
        // forward
        // def build_world_body_offsets(                                                          <L 43>
        // start = wp.int32(0)                                                                    <L 50>
        var_1 = wp::int32(var_0);
        // for w in range(world_count):                                                           <L 51>
        var_2 = wp::range(var_world_count);
        start_for_0:;
            if (iter_cmp(var_2) == 0) goto end_for_0;
            var_3 = wp::iter_next(var_2);
            // count = world_body_count[w]                                                        <L 52>
            var_4 = wp::address(var_world_body_count, var_3);
            var_6 = wp::load(var_4);
            var_5 = wp::copy(var_6);
            // world_body_start[w] = start                                                        <L 53>
            wp::array_store(var_world_body_start, var_3, var_1);
            // for b in range(count):                                                             <L 54>
            var_7 = wp::range(var_5);
            start_for_2:;
                if (iter_cmp(var_7) == 0) goto end_for_2;
                var_8 = wp::iter_next(var_7);
                // body_world_index[start + b] = w                                                <L 55>
                var_9 = wp::add(var_1, var_8);
                wp::array_store(var_body_world_index, var_9, var_3);
                goto start_for_2;
            end_for_2:;
            // start += count                                                                     <L 56>
            var_10 = wp::add(var_1, var_5);
            wp::assign(var_1, var_10);
            goto start_for_0;
        end_for_0:;
        // body_count[0] = start                                                                  <L 57>
        wp::array_store(var_body_count, var_11, var_1);
    }
}



extern "C" __global__ void build_segment_offsets_bd384662_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segment_counts,
    wp::array_t<wp::int32> var_segment_offsets,
    wp::array_t<wp::int32> var_item_total,
    wp::array_t<wp::int32> var_max_segment_size,
    wp::int32 var_num_segments,
    wp::int32 var_capacity)
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
        const wp::int32 var_0 = 0;
        wp::int32 var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::range_t var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 0;
        //---------
        // forward
        // def build_segment_offsets(                                                             <L 61>
        // total = wp.int32(0)                                                                    <L 70>
        var_1 = wp::int32(var_0);
        // longest = wp.int32(0)                                                                  <L 71>
        var_3 = wp::int32(var_2);
        // for s in range(num_segments):                                                          <L 72>
        var_4 = wp::range(var_num_segments);
        start_for_0:;
            if (iter_cmp(var_4) == 0) goto end_for_0;
            var_5 = wp::iter_next(var_4);
            // count = wp.min(segment_counts[s], capacity)                                        <L 74>
            var_6 = wp::address(var_segment_counts, var_5);
            var_8 = wp::load(var_6);
            var_7 = wp::min(var_8, var_capacity);
            // segment_offsets[s] = total                                                         <L 75>
            wp::array_store(var_segment_offsets, var_5, var_1);
            // total += count                                                                     <L 76>
            var_9 = wp::add(var_1, var_7);
            // longest = wp.max(longest, count)                                                   <L 77>
            var_10 = wp::max(var_3, var_7);
            wp::assign(var_1, var_9);
            wp::assign(var_3, var_10);
            goto start_for_0;
        end_for_0:;
        // item_total[0] = total                                                                  <L 78>
        wp::array_store(var_item_total, var_11, var_1);
        // max_segment_size[0] = longest                                                          <L 79>
        wp::array_store(var_max_segment_size, var_12, var_3);
    }
}

