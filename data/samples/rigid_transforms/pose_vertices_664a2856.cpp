// Warp 1.19.0 cpu code for pose_vertices_664a2856.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_pose_vertices_09f15195 {
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::quat_t<wp::float32>> rotations;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::vec_t<3, wp::float32>> out_points;
};


template <bool wp_linear_contiguous>
static void pose_vertices_09f15195_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_pose_vertices_09f15195 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_points = _wp_args->out_points;
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



template <bool wp_linear_contiguous>
static void pose_vertices_09f15195_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_pose_vertices_09f15195 *_wp_args,
    wp_args_pose_vertices_09f15195 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_points = _wp_args->out_points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations = _wp_adj_args->rotations;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_points = _wp_adj_args->out_points;
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



struct pose_vertices_09f15195_cpu_block_payload_forward
{
    wp_args_pose_vertices_09f15195* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void pose_vertices_09f15195_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    pose_vertices_09f15195_cpu_block_payload_forward* payload = (pose_vertices_09f15195_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    pose_vertices_09f15195_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void pose_vertices_09f15195_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_pose_vertices_09f15195 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        pose_vertices_09f15195_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &pose_vertices_09f15195_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct pose_vertices_09f15195_cpu_block_payload_backward
{
    wp_args_pose_vertices_09f15195* args;
    wp_args_pose_vertices_09f15195* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void pose_vertices_09f15195_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    pose_vertices_09f15195_cpu_block_payload_backward* payload = (pose_vertices_09f15195_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    pose_vertices_09f15195_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void pose_vertices_09f15195_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_pose_vertices_09f15195 *_wp_args,
    wp_args_pose_vertices_09f15195 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        pose_vertices_09f15195_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &pose_vertices_09f15195_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

