// Warp 1.19.0 cpu code for probe_volume_c290d934.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_probe_volume_923822ad {
    wp::uint64 volume;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::quat_t<wp::float32>> rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> local_normals;
    wp::array_t<wp::float32> samples;
};


template <bool wp_linear_contiguous>
static void probe_volume_923822ad_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_probe_volume_923822ad *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_normals = _wp_args->local_normals;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def probe_volume(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // q = rotations[tid]                                                                     <L 13>
    var_1 = wp::address(var_rotations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d_local = local_normals[tid]                                                           <L 14>
    var_4 = wp::address(var_local_normals, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)       <L 17>
    var_7 = wp::address(var_points, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::volume_world_to_index(var_volume, var_9);
    var_12 = wp::volume_sample<wp::vec_t<3, wp::float32>>(var_volume, var_8, var_11);
    // dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))           <L 18>
    var_13 = wp::quat_rotate(var_2, var_5);
    var_14 = wp::volume_world_to_index_dir(var_volume, var_13);
    // density = wp.dot(v_field, dir_index)                                                   <L 19>
    var_15 = wp::dot(var_12, var_14);
    // samples[tid] = density                                                                 <L 20>
    wp::array_store(var_samples, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void probe_volume_923822ad_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_probe_volume_923822ad *_wp_args,
    wp_args_probe_volume_923822ad *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::quat_t<wp::float32>> var_rotations = _wp_args->rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_normals = _wp_args->local_normals;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::uint64 adj_volume = _wp_adj_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations = _wp_adj_args->rotations;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_normals = _wp_adj_args->local_normals;
    wp::array_t<wp::float32> adj_samples = _wp_adj_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 1;
    const wp::int32 var_11 = 1;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    //---------
    // forward
    // def probe_volume(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // q = rotations[tid]                                                                     <L 13>
    var_1 = wp::address(var_rotations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d_local = local_normals[tid]                                                           <L 14>
    var_4 = wp::address(var_local_normals, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)       <L 17>
    var_7 = wp::address(var_points, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::volume_world_to_index(var_volume, var_9);
    var_12 = wp::volume_sample<wp::vec_t<3, wp::float32>>(var_volume, var_8, var_11);
    // dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))           <L 18>
    var_13 = wp::quat_rotate(var_2, var_5);
    var_14 = wp::volume_world_to_index_dir(var_volume, var_13);
    // density = wp.dot(v_field, dir_index)                                                   <L 19>
    var_15 = wp::dot(var_12, var_14);
    // samples[tid] = density                                                                 <L 20>
    // wp::array_store(var_samples, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_15, adj_samples, adj_0, adj_15);
    // adj: samples[tid] = density                                                            <L 20>
    wp::adj_dot(var_12, var_14, adj_12, adj_14, adj_15);
    // adj: density = wp.dot(v_field, dir_index)                                              <L 19>
    wp::adj_volume_world_to_index_dir(var_volume, var_13, adj_volume, adj_13, adj_14);
    wp::adj_quat_rotate(var_2, var_5, adj_2, adj_5, adj_13);
    // adj: dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))      <L 18>
    wp::adj_volume_sample(var_volume, var_8, var_11, adj_volume, adj_8, adj_11, adj_12);
    wp::adj_volume_world_to_index(var_volume, var_9, adj_volume, adj_7, adj_8);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_7);
    // adj: v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)  <L 17>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_local_normals, var_0, adj_local_normals, adj_0, adj_4);
    // adj: d_local = local_normals[tid]                                                      <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_1);
    // adj: q = rotations[tid]                                                                <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def probe_volume(                                                                 <L 5>
    return;
}



struct probe_volume_923822ad_cpu_block_payload_forward
{
    wp_args_probe_volume_923822ad* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void probe_volume_923822ad_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    probe_volume_923822ad_cpu_block_payload_forward* payload = (probe_volume_923822ad_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    probe_volume_923822ad_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void probe_volume_923822ad_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_probe_volume_923822ad *_wp_args)
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
        probe_volume_923822ad_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &probe_volume_923822ad_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct probe_volume_923822ad_cpu_block_payload_backward
{
    wp_args_probe_volume_923822ad* args;
    wp_args_probe_volume_923822ad* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void probe_volume_923822ad_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    probe_volume_923822ad_cpu_block_payload_backward* payload = (probe_volume_923822ad_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    probe_volume_923822ad_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void probe_volume_923822ad_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_probe_volume_923822ad *_wp_args,
    wp_args_probe_volume_923822ad *_wp_adj_args)
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
        probe_volume_923822ad_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &probe_volume_923822ad_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

