// Warp 1.19.0 cuda code for points_to_world_d3ecbebb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void points_to_world_0cac15a9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_local_offset,
    wp::vec_t<3, wp::float32> var_body_axis)
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
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def points_to_world(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // X_wb = body_q[tid]                                                                     <L 14>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_w = X_wb                                                                             <L 15>
        var_4 = wp::copy(var_2);
        // world_points[tid] = wp.transform_point(X_w, local_offset)                              <L 16>
        var_5 = wp::transform_point(var_4, var_local_offset);
        wp::array_store(var_world_points, var_0, var_5);
        // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 18>
        var_6 = wp::transform_vector(var_4, var_body_axis);
        var_7 = wp::normalize(var_6);
        wp::array_store(var_normals, var_0, var_7);
}



extern "C" __global__ void points_to_world_0cac15a9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_local_offset,
    wp::vec_t<3, wp::float32> var_body_axis,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::vec_t<3, wp::float32> adj_local_offset,
    wp::vec_t<3, wp::float32> adj_body_axis)
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
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def points_to_world(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // X_wb = body_q[tid]                                                                     <L 14>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_w = X_wb                                                                             <L 15>
        var_4 = wp::copy(var_2);
        // world_points[tid] = wp.transform_point(X_w, local_offset)                              <L 16>
        var_5 = wp::transform_point(var_4, var_local_offset);
        // wp::array_store(var_world_points, var_0, var_5);
        // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 18>
        var_6 = wp::transform_vector(var_4, var_body_axis);
        var_7 = wp::normalize(var_6);
        // wp::array_store(var_normals, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_normals, var_0, var_7, adj_normals, adj_0, adj_7);
        wp::adj_normalize(var_6, var_7, adj_6, adj_7);
        wp::adj_transform_vector(var_4, var_body_axis, adj_4, adj_body_axis, adj_6);
        // adj: normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                  <L 18>
        wp::adj_array_store(var_world_points, var_0, var_5, adj_world_points, adj_0, adj_5);
        wp::adj_transform_point(var_4, var_local_offset, adj_4, adj_local_offset, adj_5);
        // adj: world_points[tid] = wp.transform_point(X_w, local_offset)                         <L 16>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: X_w = X_wb                                                                        <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
        // adj: X_wb = body_q[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def points_to_world(                                                              <L 5>
        return;
}

