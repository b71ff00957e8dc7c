// Warp 1.19.0 cuda code for child_in_parent_e6a5cad9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void child_in_parent_c3b429e3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rotvec_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32>* var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        wp::transform_t<wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def child_in_parent(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // X_wb = transforms[tid]                                                                 <L 12>
        var_1 = wp::address(var_transforms, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)               <L 13>
        var_4 = wp::address(var_parent_q, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::transform_inverse(var_6);
        var_7 = wp::transform_multiply(var_5, var_2);
        // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 14>
        var_8 = wp::transform_get_rotation(var_7);
        wp::quat_to_axis_angle(var_8, var_9, var_10);
        // X_rel_out[tid] = X_rel                                                                 <L 15>
        wp::array_store(var_X_rel_out, var_0, var_7);
        // rotvec_out[tid] = axis * angle                                                         <L 17>
        var_11 = wp::mul(var_9, var_10);
        wp::array_store(var_rotvec_out, var_0, var_11);
}



extern "C" __global__ void child_in_parent_c3b429e3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::transform_t<wp::float32>> var_X_rel_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rotvec_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms,
    wp::array_t<wp::transform_t<wp::float32>> adj_X_rel_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rotvec_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32>* var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        wp::transform_t<wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def child_in_parent(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // X_wb = transforms[tid]                                                                 <L 12>
        var_1 = wp::address(var_transforms, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)               <L 13>
        var_4 = wp::address(var_parent_q, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::transform_inverse(var_6);
        var_7 = wp::transform_multiply(var_5, var_2);
        // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 14>
        var_8 = wp::transform_get_rotation(var_7);
        wp::quat_to_axis_angle(var_8, var_9, var_10);
        // X_rel_out[tid] = X_rel                                                                 <L 15>
        // wp::array_store(var_X_rel_out, var_0, var_7);
        // rotvec_out[tid] = axis * angle                                                         <L 17>
        var_11 = wp::mul(var_9, var_10);
        // wp::array_store(var_rotvec_out, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_rotvec_out, var_0, var_11, adj_rotvec_out, adj_0, adj_11);
        wp::adj_mul(var_9, var_10, adj_9, adj_10, adj_11);
        // adj: rotvec_out[tid] = axis * angle                                                    <L 17>
        wp::adj_array_store(var_X_rel_out, var_0, var_7, adj_X_rel_out, adj_0, adj_7);
        // adj: X_rel_out[tid] = X_rel                                                            <L 15>
        wp::adj_quat_to_axis_angle(var_8, var_9, var_10, adj_8, adj_9, adj_10);
        wp::adj_transform_get_rotation(var_7, adj_7, adj_8);
        // adj: axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))             <L 14>
        wp::adj_transform_multiply(var_5, var_2, adj_5, adj_2, adj_7);
        wp::adj_transform_inverse(var_6, adj_4, adj_5);
        wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_4);
        // adj: X_rel = wp.transform_multiply(wp.transform_inverse(parent_q[tid]), X_wb)          <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_1);
        // adj: X_wb = transforms[tid]                                                            <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def child_in_parent(                                                              <L 5>
        return;
}

