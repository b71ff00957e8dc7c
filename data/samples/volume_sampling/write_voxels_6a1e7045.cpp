// Warp 1.19.0 cpu code for write_voxels_6a1e7045.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_write_voxels_a19e156a {
    wp::uint64 volume;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 fill_value;
};


template <bool wp_linear_contiguous>
static void write_voxels_a19e156a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_write_voxels_a19e156a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_fill_value = _wp_args->fill_value;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // pos = points[tid]                                                                      <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.volume_world_to_index(volume, pos)                                            <L 8>
    var_4 = wp::volume_world_to_index(var_volume, var_2);
    // i = int(wp.round(uvw[0]))                                                              <L 9>
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::round(var_6);
    var_8 = wp::int(var_7);
    // j = int(wp.round(uvw[1]))                                                              <L 10>
    var_10 = wp::extract(var_4, var_9);
    var_11 = wp::round(var_10);
    var_12 = wp::int(var_11);
    // k = int(wp.round(uvw[2]))                                                              <L 11>
    var_14 = wp::extract(var_4, var_13);
    var_15 = wp::round(var_14);
    var_16 = wp::int(var_15);
    // previous = wp.volume_lookup_f(volume, i, j, k)                                         <L 12>
    var_17 = wp::volume_lookup_f(var_volume, var_8, var_12, var_16);
    // wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))                       <L 13>
    var_18 = wp::max(var_17, var_fill_value);
    wp::volume_store_f(var_volume, var_8, var_12, var_16, var_18);
}



template <bool wp_linear_contiguous>
static void write_voxels_a19e156a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_write_voxels_a19e156a *_wp_args,
    wp_args_write_voxels_a19e156a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_volume = _wp_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_fill_value = _wp_args->fill_value;
    wp::uint64 adj_volume = _wp_adj_args->volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_fill_value = _wp_adj_args->fill_value;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // pos = points[tid]                                                                      <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.volume_world_to_index(volume, pos)                                            <L 8>
    var_4 = wp::volume_world_to_index(var_volume, var_2);
    // i = int(wp.round(uvw[0]))                                                              <L 9>
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::round(var_6);
    var_8 = wp::int(var_7);
    // j = int(wp.round(uvw[1]))                                                              <L 10>
    var_10 = wp::extract(var_4, var_9);
    var_11 = wp::round(var_10);
    var_12 = wp::int(var_11);
    // k = int(wp.round(uvw[2]))                                                              <L 11>
    var_14 = wp::extract(var_4, var_13);
    var_15 = wp::round(var_14);
    var_16 = wp::int(var_15);
    // previous = wp.volume_lookup_f(volume, i, j, k)                                         <L 12>
    var_17 = wp::volume_lookup_f(var_volume, var_8, var_12, var_16);
    // wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))                       <L 13>
    var_18 = wp::max(var_17, var_fill_value);
    wp::volume_store_f(var_volume, var_8, var_12, var_16, var_18);
    //---------
    // reverse
    wp::adj_max(var_17, var_fill_value, adj_17, adj_fill_value, adj_18);
    // adj: wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))                  <L 13>
    // adj: previous = wp.volume_lookup_f(volume, i, j, k)                                    <L 12>
    wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
    // adj: k = int(wp.round(uvw[2]))                                                         <L 11>
    wp::adj_extract(var_4, var_9, adj_4, adj_9, adj_10);
    // adj: j = int(wp.round(uvw[1]))                                                         <L 10>
    wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
    // adj: i = int(wp.round(uvw[0]))                                                         <L 9>
    wp::adj_volume_world_to_index(var_volume, var_2, adj_volume, adj_2, adj_4);
    // adj: uvw = wp.volume_world_to_index(volume, pos)                                       <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: pos = points[tid]                                                                 <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):  <L 5>
    return;
}



struct write_voxels_a19e156a_cpu_block_payload_forward
{
    wp_args_write_voxels_a19e156a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void write_voxels_a19e156a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    write_voxels_a19e156a_cpu_block_payload_forward* payload = (write_voxels_a19e156a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    write_voxels_a19e156a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void write_voxels_a19e156a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_write_voxels_a19e156a *_wp_args)
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
        write_voxels_a19e156a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &write_voxels_a19e156a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct write_voxels_a19e156a_cpu_block_payload_backward
{
    wp_args_write_voxels_a19e156a* args;
    wp_args_write_voxels_a19e156a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void write_voxels_a19e156a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    write_voxels_a19e156a_cpu_block_payload_backward* payload = (write_voxels_a19e156a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    write_voxels_a19e156a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void write_voxels_a19e156a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_write_voxels_a19e156a *_wp_args,
    wp_args_write_voxels_a19e156a *_wp_adj_args)
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
        write_voxels_a19e156a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &write_voxels_a19e156a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

