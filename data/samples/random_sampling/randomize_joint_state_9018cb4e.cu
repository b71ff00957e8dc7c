// Warp 1.19.0 cuda code for randomize_joint_state_9018cb4e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void randomize_joint_state_3f18516c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_dofs,
    wp::array_t<wp::int32> var_env_reset,
    wp::array_t<wp::float32> var_joint_q_default,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::int32 var_rng_seed,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::int32> var_episode_length)
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
        bool var_2;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::uint32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.5;
        const wp::float32 var_21 = 1.5;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        const wp::int32 var_26 = 0;
        bool var_27;
        const wp::int32 var_28 = 0;
        //---------
        // forward
        // def randomize_joint_state(                                                             <L 5>
        // env, j = wp.tid()                                                                      <L 16>
        builtin_tid2d(var_0, var_1);
        // if j >= num_dofs or env_reset[env] == 0:                                               <L 17>
        var_3 = (var_1 >= var_num_dofs);
        var_2 = var_3;
        if (!var_2) {
            var_4 = wp::address(var_env_reset, var_0);
            var_7 = wp::load(var_4);
            var_6 = (var_7 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 18>
            continue;
        }
        // rng = wp.rand_init(rng_seed, env * num_dofs + j)                                       <L 19>
        var_8 = wp::mul(var_0, var_num_dofs);
        var_9 = wp::add(var_8, var_1);
        var_10 = wp::rand_init(var_rng_seed, var_9);
        // q0 = joint_q_default[env, j]                                                           <L 20>
        var_11 = wp::address(var_joint_q_default, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // lower = joint_limit_lower[env, j]                                                      <L 21>
        var_14 = wp::address(var_joint_limit_lower, var_0, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // upper = joint_limit_upper[env, j]                                                      <L 22>
        var_17 = wp::address(var_joint_limit_upper, var_0, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // q = q0 * wp.randf(rng, 0.5, 1.5)                                                       <L 23>
        var_22 = wp::randf(var_10, var_20, var_21);
        var_23 = wp::mul(var_12, var_22);
        // q = wp.clamp(q, lower, upper)                                                          <L 24>
        var_24 = wp::clamp(var_23, var_15, var_18);
        // joint_q[env, j] = q                                                                    <L 25>
        wp::array_store(var_joint_q, var_0, var_1, var_24);
        // joint_qd[env, j] = 0.0                                                                 <L 26>
        wp::array_store(var_joint_qd, var_0, var_1, var_25);
        // if j == 0:                                                                             <L 27>
        var_27 = (var_1 == var_26);
        if (var_27) {
            // episode_length[env] = 0                                                            <L 28>
            wp::array_store(var_episode_length, var_0, var_28);
        }
    }
}

