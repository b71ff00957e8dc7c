// Warp 1.19.0 cuda code for pose_vertices_664a2856.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void pose_vertices_09f15195_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_points)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rot = rotations[tid]                                                                   <L 8>
        var_4 = wp::address(var_rotations, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // pose = poses[tid]                                                                      <L 9>
        var_7 = wp::address(var_poses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + p                 <L 10>
        var_10 = wp::quat_rotate(var_5, var_2);
        var_11 = wp::transform_point(var_8, var_10);
        var_12 = wp::add(var_11, var_2);
        wp::array_store(var_out_points, var_0, var_12);
}



extern "C" __global__ void pose_vertices_09f15195_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_points)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::quat_t<wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rot = rotations[tid]                                                                   <L 8>
        var_4 = wp::address(var_rotations, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // pose = poses[tid]                                                                      <L 9>
        var_7 = wp::address(var_poses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + p                 <L 10>
        var_10 = wp::quat_rotate(var_5, var_2);
        var_11 = wp::transform_point(var_8, var_10);
        var_12 = wp::add(var_11, var_2);
        // wp::array_store(var_out_points, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_out_points, var_0, var_12, adj_out_points, adj_0, adj_12);
        wp::adj_add(var_11, var_2, adj_11, adj_2, adj_12);
        wp::adj_transform_point(var_8, var_10, adj_8, adj_10, adj_11);
        wp::adj_quat_rotate(var_5, var_2, adj_5, adj_2, adj_10);
        // adj: out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + p            <L 10>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_7);
        // adj: pose = poses[tid]                                                                 <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_4);
        // adj: rot = rotations[tid]                                                              <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):  <L 5>
        return;
}

