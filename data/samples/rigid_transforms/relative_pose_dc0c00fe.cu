// Warp 1.19.0 cuda code for relative_pose_dc0c00fe.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void relative_pose_c24d1d0d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::transform_t<wp::float32> var_world_xform,
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_rotvec)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::transform_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def relative_pose(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // X_wp = parent_q[tid]                                                                   <L 12>
        var_1 = wp::address(var_parent_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), world_xform)                 <L 13>
        var_4 = wp::transform_inverse(var_2);
        var_5 = wp::transform_multiply(var_4, var_world_xform);
        // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 14>
        var_6 = wp::transform_get_rotation(var_5);
        wp::quat_to_axis_angle(var_6, var_7, var_8);
        // X_rel_out[tid] = X_rel                                                                 <L 15>
        wp::array_store(var_X_rel_out, var_0, var_5);
        // joint_rotvec[tid] = axis * angle                                                       <L 17>
        var_9 = wp::mul(var_7, var_8);
        wp::array_store(var_joint_rotvec, var_0, var_9);
    }
}



extern "C" __global__ void relative_pose_c24d1d0d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::transform_t<wp::float32> var_world_xform,
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_rotvec,
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q,
    wp::transform_t<wp::float32> adj_world_xform,
    wp::array_t<wp::transform_t<wp::float32>> adj_X_rel_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_rotvec)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::transform_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def relative_pose(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // X_wp = parent_q[tid]                                                                   <L 12>
        var_1 = wp::address(var_parent_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), world_xform)                 <L 13>
        var_4 = wp::transform_inverse(var_2);
        var_5 = wp::transform_multiply(var_4, var_world_xform);
        // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 14>
        var_6 = wp::transform_get_rotation(var_5);
        wp::quat_to_axis_angle(var_6, var_7, var_8);
        // X_rel_out[tid] = X_rel                                                                 <L 15>
        // wp::array_store(var_X_rel_out, var_0, var_5);
        // joint_rotvec[tid] = axis * angle                                                       <L 17>
        var_9 = wp::mul(var_7, var_8);
        // wp::array_store(var_joint_rotvec, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_joint_rotvec, var_0, var_9, adj_joint_rotvec, adj_0, adj_9);
        wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: joint_rotvec[tid] = axis * angle                                                  <L 17>
        wp::adj_array_store(var_X_rel_out, var_0, var_5, adj_X_rel_out, adj_0, adj_5);
        // adj: X_rel_out[tid] = X_rel                                                            <L 15>
        wp::adj_quat_to_axis_angle(var_6, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_transform_get_rotation(var_5, adj_5, adj_6);
        // adj: axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))             <L 14>
        wp::adj_transform_multiply(var_4, var_world_xform, adj_4, adj_world_xform, adj_5);
        wp::adj_transform_inverse(var_2, adj_2, adj_4);
        // adj: X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), world_xform)            <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_1);
        // adj: X_wp = parent_q[tid]                                                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def relative_pose(                                                                <L 5>
        continue;
    }
}

