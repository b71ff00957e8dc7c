// Warp 1.19.0 cuda code for change_frame_8c924efb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void change_frame_c5a98ec0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_angular_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::quat_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::mat_t<3, 3, wp::float32> var_15;
        wp::mat_t<6, 6, wp::float32> var_16;
        wp::vec_t<6, wp::float32> var_17;
        wp::vec_t<6, wp::float32> var_18;
        //---------
        // forward
        // def change_frame(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // w = angular_velocities[tid]                                                            <L 12>
        var_1 = wp::address(var_angular_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vel = velocities[tid]                                                                  <L 13>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // R = wp.quat_to_matrix(wp.transform_get_rotation(poses[tid]))                           <L 14>
        var_7 = wp::address(var_poses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::transform_get_rotation(var_9);
        var_10 = wp::quat_to_matrix(var_8);
        // p = wp.transform_get_translation(poses[tid])                                           <L 15>
        var_11 = wp::address(var_poses, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::transform_get_translation(var_13);
        // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 16>
        var_14 = wp::skew(var_12);
        var_15 = wp::mul(var_14, var_10);
        var_16 = wp::spatial_adjoint(var_10, var_15);
        // twists_out[tid] = Ad @ wp.spatial_vector(w, vel)                                       <L 17>
        var_17 = wp::vec_t<6, wp::float32>(var_2, var_5);
        var_18 = wp::mul(var_16, var_17);
        wp::array_store(var_twists_out, var_0, var_18);
    }
}



extern "C" __global__ void change_frame_c5a98ec0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_angular_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_angular_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::quat_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::mat_t<3, 3, wp::float32> var_15;
        wp::mat_t<6, 6, wp::float32> var_16;
        wp::vec_t<6, wp::float32> var_17;
        wp::vec_t<6, wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::transform_t<wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::mat_t<3, 3, wp::float32> adj_15 = {};
        wp::mat_t<6, 6, wp::float32> adj_16 = {};
        wp::vec_t<6, wp::float32> adj_17 = {};
        wp::vec_t<6, wp::float32> adj_18 = {};
        //---------
        // forward
        // def change_frame(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // w = angular_velocities[tid]                                                            <L 12>
        var_1 = wp::address(var_angular_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // vel = velocities[tid]                                                                  <L 13>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // R = wp.quat_to_matrix(wp.transform_get_rotation(poses[tid]))                           <L 14>
        var_7 = wp::address(var_poses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::transform_get_rotation(var_9);
        var_10 = wp::quat_to_matrix(var_8);
        // p = wp.transform_get_translation(poses[tid])                                           <L 15>
        var_11 = wp::address(var_poses, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::transform_get_translation(var_13);
        // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 16>
        var_14 = wp::skew(var_12);
        var_15 = wp::mul(var_14, var_10);
        var_16 = wp::spatial_adjoint(var_10, var_15);
        // twists_out[tid] = Ad @ wp.spatial_vector(w, vel)                                       <L 17>
        var_17 = wp::vec_t<6, wp::float32>(var_2, var_5);
        var_18 = wp::mul(var_16, var_17);
        // wp::array_store(var_twists_out, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_twists_out, var_0, var_18, adj_twists_out, adj_0, adj_18);
        wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_17);
        // adj: twists_out[tid] = Ad @ wp.spatial_vector(w, vel)                                  <L 17>
        wp::adj_spatial_adjoint(var_10, var_15, adj_10, adj_15, adj_16);
        wp::adj_mul(var_14, var_10, adj_14, adj_10, adj_15);
        wp::adj_skew(var_12, adj_12, adj_14);
        // adj: Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                        <L 16>
        wp::adj_transform_get_translation(var_13, adj_11, adj_12);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_11);
        // adj: p = wp.transform_get_translation(poses[tid])                                      <L 15>
        wp::adj_quat_to_matrix(var_8, adj_8, adj_10);
        wp::adj_transform_get_rotation(var_9, adj_7, adj_8);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_7);
        // adj: R = wp.quat_to_matrix(wp.transform_get_rotation(poses[tid]))                      <L 14>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: vel = velocities[tid]                                                             <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_angular_velocities, var_0, adj_angular_velocities, adj_0, adj_1);
        // adj: w = angular_velocities[tid]                                                       <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def change_frame(                                                                 <L 5>
        continue;
    }
}

