// Warp 1.19.0 cuda code for randomize_joint_state_38d984fd.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void randomize_joint_state_c74ec83d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_dofs,
    wp::array_t<wp::int32> var_env_reset,
    wp::array_t<wp::float32> var_joint_q_init,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::int32 var_rng_seed,
    wp::float32 var_noise_scale,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_target)
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
        const wp::float32 var_18 = -1.0;
        const wp::float32 var_19 = 1.0;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        //---------
        // forward
        // def randomize_joint_state(                                                             <L 5>
        // env, j = wp.tid()                                                                      <L 17>
        builtin_tid2d(var_0, var_1);
        // if j >= num_dofs or env_reset[env] == 0:                                               <L 18>
        var_3 = (var_1 >= var_num_dofs);
        var_2 = var_3;
        if (!var_2) {
            var_4 = wp::address(var_env_reset, var_0);
            var_7 = wp::load(var_4);
            var_6 = (var_7 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 19>
            continue;
        }
        // rng = wp.rand_init(rng_seed, env * num_dofs + j)                                       <L 20>
        var_8 = wp::mul(var_0, var_num_dofs);
        var_9 = wp::add(var_8, var_1);
        var_10 = wp::rand_init(var_rng_seed, var_9);
        // lower = joint_limit_lower[env, j]                                                      <L 21>
        var_11 = wp::address(var_joint_limit_lower, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // q_max = joint_limit_upper[env, j]                                                      <L 22>
        var_14 = wp::address(var_joint_limit_upper, var_0, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // q = joint_q_init[env, j] + noise_scale * wp.randf(rng, -1.0, 1.0)                      <L 23>
        var_17 = wp::address(var_joint_q_init, var_0, var_1);
        var_20 = wp::randf(var_10, var_18, var_19);
        var_21 = wp::mul(var_noise_scale, var_20);
        var_23 = wp::load(var_17);
        var_22 = wp::add(var_23, var_21);
        // q = wp.clamp(q, lower, q_max)                                                          <L 24>
        var_24 = wp::clamp(var_22, var_12, var_15);
        // joint_q[env, j] = q                                                                    <L 25>
        wp::array_store(var_joint_q, var_0, var_1, var_24);
        // joint_qd[env, j] = 0.0                                                                 <L 26>
        wp::array_store(var_joint_qd, var_0, var_1, var_25);
        // joint_target[env, j] = q                                                               <L 27>
        wp::array_store(var_joint_target, var_0, var_1, var_24);
    }
}

