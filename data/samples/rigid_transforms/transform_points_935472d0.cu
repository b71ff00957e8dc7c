// Warp 1.19.0 cuda code for transform_points_935472d0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void transform_points_f188a64b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::transform_t<wp::float32> var_world_xform,
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
        wp::transform_t<wp::float32> var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // forward
        // def transform_points(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // X_w = world_xform                                                                      <L 13>
        var_1 = wp::copy(var_world_xform);
        // points_out[tid] = wp.transform_point(X_w, local_offset)                                <L 14>
        var_2 = wp::transform_point(var_1, var_local_offset);
        wp::array_store(var_points_out, var_0, var_2);
        // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 16>
        var_3 = wp::transform_vector(var_1, var_body_axis);
        var_4 = wp::normalize(var_3);
        wp::array_store(var_normals, var_0, var_4);
}



extern "C" __global__ void transform_points_f188a64b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::transform_t<wp::float32> var_world_xform,
    wp::vec_t<3, wp::float32> var_local_offset,
    wp::vec_t<3, wp::float32> var_body_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::transform_t<wp::float32> adj_world_xform,
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
        wp::transform_t<wp::float32> var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        //---------
        // forward
        // def transform_points(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // X_w = world_xform                                                                      <L 13>
        var_1 = wp::copy(var_world_xform);
        // points_out[tid] = wp.transform_point(X_w, local_offset)                                <L 14>
        var_2 = wp::transform_point(var_1, var_local_offset);
        // wp::array_store(var_points_out, var_0, var_2);
        // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 16>
        var_3 = wp::transform_vector(var_1, var_body_axis);
        var_4 = wp::normalize(var_3);
        // wp::array_store(var_normals, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_normals, var_0, var_4, adj_normals, adj_0, adj_4);
        wp::adj_normalize(var_3, var_4, adj_3, adj_4);
        wp::adj_transform_vector(var_1, var_body_axis, adj_1, adj_body_axis, adj_3);
        // adj: normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                  <L 16>
        wp::adj_array_store(var_points_out, var_0, var_2, adj_points_out, adj_0, adj_2);
        wp::adj_transform_point(var_1, var_local_offset, adj_1, adj_local_offset, adj_2);
        // adj: points_out[tid] = wp.transform_point(X_w, local_offset)                           <L 14>
        wp::adj_copy(var_world_xform, adj_world_xform, adj_1);
        // adj: X_w = world_xform                                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def transform_points(                                                             <L 5>
        return;
}

