// Warp 1.19.0 cuda code for reset_envs_1c6b29c2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void reset_envs_507ac5a0_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_dofs,
    wp::array_t<wp::int32> var_env_reset,
    wp::array_t<wp::float32> var_joint_q_init,
    wp::int32 var_rng_seed,
    wp::float32 var_qd_noise_scale,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_last_actions,
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
        const wp::float32 var_14 = 0.5;
        const wp::float32 var_15 = 1.5;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 0;
        //---------
        // forward
        // def reset_envs(                                                                        <L 5>
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
        // q_default = joint_q_init[env, j]                                                       <L 21>
        var_11 = wp::address(var_joint_q_init, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // q = q_default * wp.randf(rng, 0.5, 1.5)                                                <L 22>
        var_16 = wp::randf(var_10, var_14, var_15);
        var_17 = wp::mul(var_12, var_16);
        // joint_q[env, j] = q                                                                    <L 23>
        wp::array_store(var_joint_q, var_0, var_1, var_17);
        // joint_velocities[env, j] = qd_noise_scale * wp.randn(rng)                              <L 24>
        var_18 = wp::randn(var_10);
        var_19 = wp::mul(var_qd_noise_scale, var_18);
        wp::array_store(var_joint_velocities, var_0, var_1, var_19);
        // joint_target_pos[env, j] = q                                                           <L 25>
        wp::array_store(var_joint_target_pos, var_0, var_1, var_17);
        // last_actions[env, j] = 0.0                                                             <L 26>
        wp::array_store(var_last_actions, var_0, var_1, var_20);
        // if j == 0:                                                                             <L 27>
        var_22 = (var_1 == var_21);
        if (var_22) {
            // episode_length[env] = 0                                                            <L 28>
            wp::array_store(var_episode_length, var_0, var_23);
        }
    }
}



extern "C" __global__ void random_surface_points_5bd6743c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::int32> var_tri_ids,
    wp::int32 var_rng_seed,
    wp::int32 var_offset,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals)
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
        wp::uint32 var_2;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // forward
        // def random_surface_points(                                                             <L 48>
        // tid = wp.tid()                                                                         <L 56>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, offset + tid)                                             <L 57>
        var_1 = wp::add(var_offset, var_0);
        var_2 = wp::rand_init(var_rng_seed, var_1);
        // tri = tri_ids[tid]                                                                     <L 58>
        var_3 = wp::address(var_tri_ids, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // ru = wp.randf(rng)                                                                     <L 59>
        var_6 = wp::randf(var_2);
        // rv = wp.randf(rng)                                                                     <L 60>
        var_7 = wp::randf(var_2);
        // su = wp.sqrt(ru)                                                                       <L 61>
        var_8 = wp::sqrt(var_6);
        // pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))                      <L 62>
        var_10 = wp::sub(var_9, var_8);
        var_12 = wp::sub(var_11, var_7);
        var_13 = wp::mul(var_8, var_12);
        var_14 = wp::mesh_eval_position(var_mesh, var_4, var_10, var_13);
        // positions[tid] = pos                                                                   <L 63>
        wp::array_store(var_positions, var_0, var_14);
        // face_normals[tid] = wp.mesh_eval_face_normal(mesh, tri)                                <L 64>
        var_15 = wp::mesh_eval_face_normal(var_mesh, var_4);
        wp::array_store(var_face_normals, var_0, var_15);
    }
}



extern "C" __global__ void random_surface_points_5bd6743c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::int32> var_tri_ids,
    wp::int32 var_rng_seed,
    wp::int32 var_offset,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals,
    wp::uint64 adj_mesh,
    wp::array_t<wp::int32> adj_tri_ids,
    wp::int32 adj_rng_seed,
    wp::int32 adj_offset,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_face_normals)
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
        wp::uint32 var_2;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 1.0;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        //---------
        // forward
        // def random_surface_points(                                                             <L 48>
        // tid = wp.tid()                                                                         <L 56>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, offset + tid)                                             <L 57>
        var_1 = wp::add(var_offset, var_0);
        var_2 = wp::rand_init(var_rng_seed, var_1);
        // tri = tri_ids[tid]                                                                     <L 58>
        var_3 = wp::address(var_tri_ids, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // ru = wp.randf(rng)                                                                     <L 59>
        var_6 = wp::randf(var_2);
        // rv = wp.randf(rng)                                                                     <L 60>
        var_7 = wp::randf(var_2);
        // su = wp.sqrt(ru)                                                                       <L 61>
        var_8 = wp::sqrt(var_6);
        // pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))                      <L 62>
        var_10 = wp::sub(var_9, var_8);
        var_12 = wp::sub(var_11, var_7);
        var_13 = wp::mul(var_8, var_12);
        var_14 = wp::mesh_eval_position(var_mesh, var_4, var_10, var_13);
        // positions[tid] = pos                                                                   <L 63>
        // wp::array_store(var_positions, var_0, var_14);
        // face_normals[tid] = wp.mesh_eval_face_normal(mesh, tri)                                <L 64>
        var_15 = wp::mesh_eval_face_normal(var_mesh, var_4);
        // wp::array_store(var_face_normals, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_face_normals, var_0, var_15, adj_face_normals, adj_0, adj_15);
        // adj: face_normals[tid] = wp.mesh_eval_face_normal(mesh, tri)                           <L 64>
        wp::adj_array_store(var_positions, var_0, var_14, adj_positions, adj_0, adj_14);
        // adj: positions[tid] = pos                                                              <L 63>
        wp::adj_mesh_eval_position(var_mesh, var_4, var_10, var_13, adj_mesh, adj_4, adj_10, adj_13, adj_14);
        wp::adj_mul(var_8, var_12, adj_8, adj_12, adj_13);
        wp::adj_sub(var_11, var_7, adj_11, adj_7, adj_12);
        wp::adj_sub(var_9, var_8, adj_9, adj_8, adj_10);
        // adj: pos = wp.mesh_eval_position(mesh, tri, 1.0 - su, su * (1.0 - rv))                 <L 62>
        wp::adj_sqrt(var_6, var_8, adj_6, adj_8);
        // adj: su = wp.sqrt(ru)                                                                  <L 61>
        // adj: rv = wp.randf(rng)                                                                <L 60>
        // adj: ru = wp.randf(rng)                                                                <L 59>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_tri_ids, var_0, adj_tri_ids, adj_0, adj_3);
        // adj: tri = tri_ids[tid]                                                                <L 58>
        wp::adj_add(var_offset, var_0, adj_offset, adj_0, adj_1);
        // adj: rng = wp.rand_init(rng_seed, offset + tid)                                        <L 57>
        // adj: tid = wp.tid()                                                                    <L 56>
        // adj: def random_surface_points(                                                        <L 48>
        continue;
    }
}



extern "C" __global__ void estimate_occlusion_ac8985b6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_rng_seed,
    wp::vec_t<3, wp::float32> var_up,
    wp::int32 var_spp,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_lit)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.001;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::uint32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        bool var_20;
        const wp::int32 var_21 = -1;
        bool var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        //---------
        // forward
        // def estimate_occlusion(                                                                <L 68>
        // tid = wp.tid()                                                                         <L 77>
        var_0 = builtin_tid1d();
        // pos = x[tid]                                                                           <L 78>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // start = pos + up * 1.0e-3                                                              <L 80>
        var_5 = wp::mul(var_up, var_4);
        var_6 = wp::add(var_2, var_5);
        // escaped = int(0)                                                                       <L 81>
        var_8 = wp::int(var_7);
        // for s in range(spp):                                                                   <L 82>
        var_9 = wp::range(var_spp);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // rng = wp.rand_init(rng_seed, tid * spp + s)                                        <L 83>
            var_11 = wp::mul(var_0, var_spp);
            var_12 = wp::add(var_11, var_10);
            var_13 = wp::rand_init(var_rng_seed, var_12);
            // d = wp.sample_unit_hemisphere_surface(rng)                                         <L 84>
            var_14 = wp::sample_unit_hemisphere_surface(var_13);
            // if wp.dot(d, up) < 0.0:                                                            <L 86>
            var_15 = wp::dot(var_14, var_up);
            var_17 = (var_15 < var_16);
            if (var_17) {
                // d = -d                                                                         <L 87>
                var_18 = wp::neg(var_14);
            }
            var_19 = wp::where(var_17, var_18, var_14);
            // if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):                       <L 88>
            var_20 = wp::mesh_query_ray_anyhit(var_mesh, var_6, var_19, var_ray_length, var_21);
            var_22 = wp::unot(var_20);
            if (var_22) {
                // escaped += 1                                                                   <L 89>
                var_24 = wp::add(var_8, var_23);
            }
            var_25 = wp::where(var_22, var_24, var_8);
            wp::assign(var_8, var_25);
            goto start_for_0;
        end_for_0:;
        // lit[tid] = float(escaped) / float(wp.max(spp, 1))                                      <L 90>
        var_26 = wp::float(var_8);
        var_28 = wp::max(var_spp, var_27);
        var_29 = wp::float(var_28);
        var_30 = wp::div(var_26, var_29);
        wp::array_store(var_lit, var_0, var_30);
    }
}



extern "C" __global__ void estimate_occlusion_ac8985b6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::int32 var_rng_seed,
    wp::vec_t<3, wp::float32> var_up,
    wp::int32 var_spp,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_lit,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::int32 adj_rng_seed,
    wp::vec_t<3, wp::float32> adj_up,
    wp::int32 adj_spp,
    wp::float32 adj_ray_length,
    wp::array_t<wp::float32> adj_lit)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 0.001;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::uint32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        bool var_20;
        const wp::int32 var_21 = -1;
        bool var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::uint32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        //---------
        // forward
        // def estimate_occlusion(                                                                <L 68>
        // tid = wp.tid()                                                                         <L 77>
        var_0 = builtin_tid1d();
        // pos = x[tid]                                                                           <L 78>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // start = pos + up * 1.0e-3                                                              <L 80>
        var_5 = wp::mul(var_up, var_4);
        var_6 = wp::add(var_2, var_5);
        // escaped = int(0)                                                                       <L 81>
        var_8 = wp::int(var_7);
        // for s in range(spp):                                                                   <L 82>
        var_9 = wp::range(var_spp);
        // lit[tid] = float(escaped) / float(wp.max(spp, 1))                                      <L 90>
        var_26 = wp::float(var_8);
        var_28 = wp::max(var_spp, var_27);
        var_29 = wp::float(var_28);
        var_30 = wp::div(var_26, var_29);
        // wp::array_store(var_lit, var_0, var_30);
        //---------
        // reverse
        wp::adj_array_store(var_lit, var_0, var_30, adj_lit, adj_0, adj_30);
        wp::adj_div(var_26, var_29, var_30, adj_26, adj_29, adj_30);
        wp::adj_float(var_28, adj_28, adj_29);
        wp::adj_max(var_spp, var_27, adj_spp, adj_27, adj_28);
        wp::adj_float(var_8, adj_8, adj_26);
        // adj: lit[tid] = float(escaped) / float(wp.max(spp, 1))                                 <L 90>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // rng = wp.rand_init(rng_seed, tid * spp + s)                                        <L 83>
            var_11 = wp::mul(var_0, var_spp);
            var_12 = wp::add(var_11, var_10);
            var_13 = wp::rand_init(var_rng_seed, var_12);
            // d = wp.sample_unit_hemisphere_surface(rng)                                         <L 84>
            var_14 = wp::sample_unit_hemisphere_surface(var_13);
            // if wp.dot(d, up) < 0.0:                                                            <L 86>
            var_15 = wp::dot(var_14, var_up);
            var_17 = (var_15 < var_16);
            if (var_17) {
                // d = -d                                                                         <L 87>
                var_18 = wp::neg(var_14);
            }
            var_19 = wp::where(var_17, var_18, var_14);
            // if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):                       <L 88>
            var_20 = wp::mesh_query_ray_anyhit(var_mesh, var_6, var_19, var_ray_length, var_21);
            var_22 = wp::unot(var_20);
            if (var_22) {
                // escaped += 1                                                                   <L 89>
                var_24 = wp::add(var_8, var_23);
            }
            var_25 = wp::where(var_22, var_24, var_8);
            wp::assign(var_8, var_25);
            wp::adj_assign(var_8, var_25, adj_8, adj_25);
            wp::adj_where(var_22, var_24, var_8, adj_22, adj_24, adj_8, adj_25);
            if (var_22) {
                wp::adj_add(var_8, var_23, adj_8, adj_23, adj_24);
                // adj: escaped += 1                                                              <L 89>
            }
            // adj: if not wp.mesh_query_ray_anyhit(mesh, start, d, ray_length):                  <L 88>
            wp::adj_where(var_17, var_18, var_14, adj_17, adj_18, adj_14, adj_19);
            if (var_17) {
                wp::adj_neg(var_14, adj_14, adj_18);
                // adj: d = -d                                                                    <L 87>
            }
            wp::adj_dot(var_14, var_up, adj_14, adj_up, adj_15);
            // adj: if wp.dot(d, up) < 0.0:                                                       <L 86>
            // adj: d = wp.sample_unit_hemisphere_surface(rng)                                    <L 84>
            wp::adj_add(var_11, var_10, adj_11, adj_10, adj_12);
            wp::adj_mul(var_0, var_spp, adj_0, adj_spp, adj_11);
            // adj: rng = wp.rand_init(rng_seed, tid * spp + s)                                   <L 83>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(spp):                                                              <L 82>
        // adj: escaped = int(0)                                                                  <L 81>
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_mul(var_up, var_4, adj_up, adj_4, adj_5);
        // adj: start = pos + up * 1.0e-3                                                         <L 80>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: pos = x[tid]                                                                      <L 78>
        // adj: tid = wp.tid()                                                                    <L 77>
        // adj: def estimate_occlusion(                                                           <L 68>
        continue;
    }
}



extern "C" __global__ void importance_resample_ca5ace5c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_probabilities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::int32 var_rng_seed,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sample_points)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        wp::shape_t var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def importance_resample(                                                               <L 32>
        // tid = wp.tid()                                                                         <L 39>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 40>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // u = wp.randf(rng) * probabilities[probabilities.shape[0] - 1]                          <L 41>
        var_2 = wp::randf(var_1);
        var_3 = &(var_probabilities.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::sub(var_5, var_7);
        var_9 = wp::address(var_probabilities, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_2, var_11);
        // index = wp.min(wp.lower_bound(probabilities, u), particle_x.shape[0] - 1)              <L 42>
        var_12 = wp::lower_bound(var_probabilities, var_10);
        var_13 = &(var_particle_x.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::sub(var_15, var_17);
        var_19 = wp::min(var_12, var_18);
        // sample_points[tid] = particle_x[index] + wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng)) * scale       <L 44>
        var_20 = wp::address(var_particle_x, var_19);
        var_21 = wp::randn(var_1);
        var_22 = wp::randn(var_1);
        var_23 = wp::randn(var_1);
        var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
        var_25 = wp::mul(var_24, var_scale);
        var_27 = wp::load(var_20);
        var_26 = wp::add(var_27, var_25);
        wp::array_store(var_sample_points, var_0, var_26);
    }
}



extern "C" __global__ void importance_resample_ca5ace5c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_probabilities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::int32 var_rng_seed,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sample_points,
    wp::array_t<wp::float32> adj_probabilities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::int32 adj_rng_seed,
    wp::float32 adj_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sample_points)
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
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        wp::shape_t var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def importance_resample(                                                               <L 32>
        // tid = wp.tid()                                                                         <L 39>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 40>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // u = wp.randf(rng) * probabilities[probabilities.shape[0] - 1]                          <L 41>
        var_2 = wp::randf(var_1);
        var_3 = &(var_probabilities.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::sub(var_5, var_7);
        var_9 = wp::address(var_probabilities, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_2, var_11);
        // index = wp.min(wp.lower_bound(probabilities, u), particle_x.shape[0] - 1)              <L 42>
        var_12 = wp::lower_bound(var_probabilities, var_10);
        var_13 = &(var_particle_x.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_18 = wp::sub(var_15, var_17);
        var_19 = wp::min(var_12, var_18);
        // sample_points[tid] = particle_x[index] + wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng)) * scale       <L 44>
        var_20 = wp::address(var_particle_x, var_19);
        var_21 = wp::randn(var_1);
        var_22 = wp::randn(var_1);
        var_23 = wp::randn(var_1);
        var_24 = wp::vec_t<3, wp::float32>(var_21, var_22, var_23);
        var_25 = wp::mul(var_24, var_scale);
        var_27 = wp::load(var_20);
        var_26 = wp::add(var_27, var_25);
        // wp::array_store(var_sample_points, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_sample_points, var_0, var_26, adj_sample_points, adj_0, adj_26);
        wp::adj_add(var_27, var_25, adj_20, adj_25, adj_26);
        wp::adj_mul(var_24, var_scale, adj_24, adj_scale, adj_25);
        wp::adj_vec_t(var_21, var_22, var_23, adj_21, adj_22, adj_23, adj_24);
        wp::adj_address(var_particle_x, var_19, adj_particle_x, adj_19, adj_20);
        // adj: sample_points[tid] = particle_x[index] + wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng)) * scale  <L 44>
        wp::adj_min(var_12, var_18, adj_12, adj_18, adj_19);
        wp::adj_sub(var_15, var_17, adj_15, adj_17, adj_18);
        adj_particle_x.shape = adj_13;
        // adj: index = wp.min(wp.lower_bound(probabilities, u), particle_x.shape[0] - 1)         <L 42>
        wp::adj_mul(var_2, var_11, adj_2, adj_9, adj_10);
        wp::adj_address(var_probabilities, var_8, adj_probabilities, adj_8, adj_9);
        wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
        adj_probabilities.shape = adj_3;
        // adj: u = wp.randf(rng) * probabilities[probabilities.shape[0] - 1]                     <L 41>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 40>
        // adj: tid = wp.tid()                                                                    <L 39>
        // adj: def importance_resample(                                                          <L 32>
        continue;
    }
}

