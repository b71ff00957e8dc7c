// Warp 1.19.0 cuda code for apply_pose_8ba559cd.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_pose_97862002_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices,
    wp::int32 var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out)
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
        bool var_1;
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // forward
        // def apply_pose(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 12>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 13>
            continue;
        }
        // pose = poses[tid]                                                                      <L 14>
        var_2 = wp::address(var_poses, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // p = vertices[tid]                                                                      <L 15>
        var_5 = wp::address(var_vertices, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // points_out[tid] = wp.transform_point(pose, p)                                          <L 16>
        var_8 = wp::transform_point(var_3, var_6);
        wp::array_store(var_points_out, var_0, var_8);
    }
}



extern "C" __global__ void apply_pose_97862002_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices,
    wp::int32 var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vertices,
    wp::int32 adj_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out)
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
        bool var_1;
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def apply_pose(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 12>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 13>
            goto label0;
        }
        // pose = poses[tid]                                                                      <L 14>
        var_2 = wp::address(var_poses, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // p = vertices[tid]                                                                      <L 15>
        var_5 = wp::address(var_vertices, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // points_out[tid] = wp.transform_point(pose, p)                                          <L 16>
        var_8 = wp::transform_point(var_3, var_6);
        // wp::array_store(var_points_out, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_points_out, var_0, var_8, adj_points_out, adj_0, adj_8);
        wp::adj_transform_point(var_3, var_6, adj_3, adj_6, adj_8);
        // adj: points_out[tid] = wp.transform_point(pose, p)                                     <L 16>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_vertices, var_0, adj_vertices, adj_0, adj_5);
        // adj: p = vertices[tid]                                                                 <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_2);
        // adj: pose = poses[tid]                                                                 <L 14>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        // adj: if tid >= active_count:                                                           <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def apply_pose(                                                                   <L 5>
        continue;
    }
}

