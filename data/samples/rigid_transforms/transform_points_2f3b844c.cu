// Warp 1.19.0 cuda code for transform_points_2f3b844c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void transform_points_4585d1da_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::transform_t<wp::float32> var_shape_xform,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def transform_points(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // X_wp = parent_q[tid]                                                                   <L 12>
        var_1 = wp::address(var_parent_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])       <L 13>
        var_4 = wp::transform_multiply(var_2, var_shape_xform);
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_point(var_4, var_7);
        wp::array_store(var_world_points, var_0, var_6);
}



extern "C" __global__ void transform_points_4585d1da_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::transform_t<wp::float32> var_shape_xform,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points,
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::transform_t<wp::float32> adj_shape_xform,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points)
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
        wp::vec_t<3, wp::float32>* var_5;
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
        // def transform_points(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // X_wp = parent_q[tid]                                                                   <L 12>
        var_1 = wp::address(var_parent_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])       <L 13>
        var_4 = wp::transform_multiply(var_2, var_shape_xform);
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_point(var_4, var_7);
        // wp::array_store(var_world_points, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_world_points, var_0, var_6, adj_world_points, adj_0, adj_6);
        wp::adj_transform_point(var_4, var_7, adj_4, adj_5, adj_6);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_5);
        wp::adj_transform_multiply(var_2, var_shape_xform, adj_2, adj_shape_xform, adj_4);
        // adj: world_points[tid] = wp.transform_point(wp.transform_multiply(X_wp, shape_xform), points[tid])  <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_1);
        // adj: X_wp = parent_q[tid]                                                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def transform_points(                                                             <L 5>
        return;
}

