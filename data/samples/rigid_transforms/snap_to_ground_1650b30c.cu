// Warp 1.19.0 cuda code for snap_to_ground_1650b30c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void snap_to_ground_70b1ab24_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out)
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
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // X_wb = body_q[tid]                                                                     <L 8>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // pose = X_wb                                                                            <L 9>
        var_4 = wp::copy(var_2);
        // p = wp.transform_get_translation(pose)                                                 <L 10>
        var_5 = wp::transform_get_translation(var_4);
        // wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))                           <L 11>
        var_7 = wp::extract(var_5, var_6);
        var_9 = wp::extract(var_5, var_8);
        var_11 = wp::vec_t<3, wp::float32>(var_7, var_9, var_10);
        wp::transform_set_translation(var_4, var_11);
        // body_q_out[tid] = pose                                                                 <L 12>
        wp::array_store(var_body_q_out, var_0, var_4);
}



extern "C" __global__ void snap_to_ground_70b1ab24_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out)
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
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // X_wb = body_q[tid]                                                                     <L 8>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // pose = X_wb                                                                            <L 9>
        var_4 = wp::copy(var_2);
        // p = wp.transform_get_translation(pose)                                                 <L 10>
        var_5 = wp::transform_get_translation(var_4);
        // wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))                           <L 11>
        var_7 = wp::extract(var_5, var_6);
        var_9 = wp::extract(var_5, var_8);
        var_11 = wp::vec_t<3, wp::float32>(var_7, var_9, var_10);
        wp::transform_set_translation(var_4, var_11);
        // body_q_out[tid] = pose                                                                 <L 12>
        // wp::array_store(var_body_q_out, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_body_q_out, var_0, var_4, adj_body_q_out, adj_0, adj_4);
        // adj: body_q_out[tid] = pose                                                            <L 12>
        wp::adj_transform_set_translation(var_4, var_11, adj_4, adj_11);
        wp::adj_vec_t(var_7, var_9, var_10, adj_7, adj_9, adj_10, adj_11);
        wp::adj_extract(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_extract(var_5, var_6, adj_5, adj_6, adj_7);
        // adj: wp.transform_set_translation(pose, wp.vec3(p[0], p[1], 0.0))                      <L 11>
        wp::adj_transform_get_translation(var_4, adj_4, adj_5);
        // adj: p = wp.transform_get_translation(pose)                                            <L 10>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: pose = X_wb                                                                       <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
        // adj: X_wb = body_q[tid]                                                                <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def snap_to_ground(body_q: wp.array(dtype=wp.transform), body_q_out: wp.array(dtype=wp.transform)):  <L 5>
        return;
}

