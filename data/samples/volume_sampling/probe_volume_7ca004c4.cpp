// Warp 1.19.0 cpu code for probe_volume_7ca004c4.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_probe_volume_d87dbc69 {
    wp::uint64 volume;
    wp::array_t<wp::float32> samples;
    wp::transform_t<wp::float32> body_xform;
};


template <bool wp_linear_contiguous>
static void probe_volume_d87dbc69_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_probe_volume_d87dbc69 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::transform_t<wp::float32> var_body_xform = _wp_args->body_xform;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    //---------
    // forward
    // def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)       <L 7>
    var_1 = wp::transform_get_translation(var_body_xform);
    var_2 = wp::volume_world_to_index(var_volume, var_1);
    var_5 = wp::volume_sample_f(var_volume, var_2, var_4);
    wp::array_store(var_samples, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void probe_volume_d87dbc69_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_probe_volume_d87dbc69 *_wp_args,
    wp_args_probe_volume_d87dbc69 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::float32> var_samples = _wp_args->samples;
    wp::transform_t<wp::float32> var_body_xform = _wp_args->body_xform;
    wp::uint64 adj_volume = _wp_adj_args->volume;
    wp::array_t<wp::float32> adj_samples = _wp_adj_args->samples;
    wp::transform_t<wp::float32> adj_body_xform = _wp_adj_args->body_xform;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)       <L 7>
    var_1 = wp::transform_get_translation(var_body_xform);
    var_2 = wp::volume_world_to_index(var_volume, var_1);
    var_5 = wp::volume_sample_f(var_volume, var_2, var_4);
    // wp::array_store(var_samples, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_5, adj_samples, adj_0, adj_5);
    wp::adj_volume_sample_f(var_volume, var_2, var_4, adj_volume, adj_2, adj_4, adj_5);
    wp::adj_volume_world_to_index(var_volume, var_1, adj_volume, adj_1, adj_2);
    wp::adj_transform_get_translation(var_body_xform, adj_body_xform, adj_1);
    // adj: samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)  <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):  <L 5>
    return;
}



struct probe_volume_d87dbc69_cpu_block_payload_forward
{
    wp_args_probe_volume_d87dbc69* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void probe_volume_d87dbc69_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    probe_volume_d87dbc69_cpu_block_payload_forward* payload = (probe_volume_d87dbc69_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    probe_volume_d87dbc69_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void probe_volume_d87dbc69_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_probe_volume_d87dbc69 *_wp_args)
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
        probe_volume_d87dbc69_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &probe_volume_d87dbc69_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct probe_volume_d87dbc69_cpu_block_payload_backward
{
    wp_args_probe_volume_d87dbc69* args;
    wp_args_probe_volume_d87dbc69* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void probe_volume_d87dbc69_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    probe_volume_d87dbc69_cpu_block_payload_backward* payload = (probe_volume_d87dbc69_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    probe_volume_d87dbc69_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void probe_volume_d87dbc69_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_probe_volume_d87dbc69 *_wp_args,
    wp_args_probe_volume_d87dbc69 *_wp_adj_args)
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
        probe_volume_d87dbc69_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &probe_volume_d87dbc69_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

