// Warp 1.19.0 cpu code for update_voxels_1e9c5bea.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_update_voxels_abe42c8d {
    wp::uint64 sdf_volume;
    wp::array_t<wp::vec_t<3, wp::int32>> active_voxels;
    wp::float32 margin;
};


template <bool wp_linear_contiguous>
static void update_voxels_abe42c8d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_voxels_abe42c8d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_sdf_volume = _wp_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::int32>> var_active_voxels = _wp_args->active_voxels;
    wp::float32 var_margin = _wp_args->margin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::vec_t<3, wp::int32> var_4;
    wp::vec_t<3, wp::int32>* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::vec_t<3, wp::int32> var_8;
    wp::vec_t<3, wp::int32>* var_9;
    const wp::int32 var_10 = 2;
    wp::int32 var_11;
    wp::vec_t<3, wp::int32> var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::int32>* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::vec_t<3, wp::int32> var_17;
    wp::vec_t<3, wp::int32>* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::vec_t<3, wp::int32> var_21;
    wp::vec_t<3, wp::int32>* var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::vec_t<3, wp::int32> var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)       <L 8>
    var_1 = wp::address(var_active_voxels, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::address(var_active_voxels, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::address(var_active_voxels, var_0);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::volume_lookup<float>(var_sdf_volume, var_3, var_7, var_11);
    // wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)       <L 9>
    var_14 = wp::address(var_active_voxels, var_0);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_18 = wp::address(var_active_voxels, var_0);
    var_21 = wp::load(var_18);
    var_20 = wp::extract(var_21, var_19);
    var_22 = wp::address(var_active_voxels, var_0);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::add(var_13, var_margin);
    wp::volume_store(var_sdf_volume, var_16, var_20, var_24, var_26);
}



template <bool wp_linear_contiguous>
static void update_voxels_abe42c8d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_voxels_abe42c8d *_wp_args,
    wp_args_update_voxels_abe42c8d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_sdf_volume = _wp_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::int32>> var_active_voxels = _wp_args->active_voxels;
    wp::float32 var_margin = _wp_args->margin;
    wp::uint64 adj_sdf_volume = _wp_adj_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::int32>> adj_active_voxels = _wp_adj_args->active_voxels;
    wp::float32 adj_margin = _wp_adj_args->margin;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::int32>* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::vec_t<3, wp::int32> var_4;
    wp::vec_t<3, wp::int32>* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::vec_t<3, wp::int32> var_8;
    wp::vec_t<3, wp::int32>* var_9;
    const wp::int32 var_10 = 2;
    wp::int32 var_11;
    wp::vec_t<3, wp::int32> var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::int32>* var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::vec_t<3, wp::int32> var_17;
    wp::vec_t<3, wp::int32>* var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::vec_t<3, wp::int32> var_21;
    wp::vec_t<3, wp::int32>* var_22;
    const wp::int32 var_23 = 2;
    wp::int32 var_24;
    wp::vec_t<3, wp::int32> var_25;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::int32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::int32> adj_4 = {};
    wp::vec_t<3, wp::int32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::int32> adj_8 = {};
    wp::vec_t<3, wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::int32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::int32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::int32> adj_17 = {};
    wp::vec_t<3, wp::int32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::vec_t<3, wp::int32> adj_21 = {};
    wp::vec_t<3, wp::int32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::vec_t<3, wp::int32> adj_25 = {};
    wp::float32 adj_26 = {};
    //---------
    // forward
    // def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):       <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)       <L 8>
    var_1 = wp::address(var_active_voxels, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_5 = wp::address(var_active_voxels, var_0);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::address(var_active_voxels, var_0);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_13 = wp::volume_lookup<float>(var_sdf_volume, var_3, var_7, var_11);
    // wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)       <L 9>
    var_14 = wp::address(var_active_voxels, var_0);
    var_17 = wp::load(var_14);
    var_16 = wp::extract(var_17, var_15);
    var_18 = wp::address(var_active_voxels, var_0);
    var_21 = wp::load(var_18);
    var_20 = wp::extract(var_21, var_19);
    var_22 = wp::address(var_active_voxels, var_0);
    var_25 = wp::load(var_22);
    var_24 = wp::extract(var_25, var_23);
    var_26 = wp::add(var_13, var_margin);
    wp::volume_store(var_sdf_volume, var_16, var_20, var_24, var_26);
    //---------
    // reverse
    wp::adj_add(var_13, var_margin, adj_13, adj_margin, adj_26);
    wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
    wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_22);
    wp::adj_extract(var_21, var_19, adj_18, adj_19, adj_20);
    wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_18);
    wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
    wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_14);
    // adj: wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)  <L 9>
    wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
    wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_9);
    wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_5);
    wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_1);
    // adj: d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)  <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):  <L 5>
    return;
}



struct update_voxels_abe42c8d_cpu_block_payload_forward
{
    wp_args_update_voxels_abe42c8d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_voxels_abe42c8d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_voxels_abe42c8d_cpu_block_payload_forward* payload = (update_voxels_abe42c8d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_voxels_abe42c8d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void update_voxels_abe42c8d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_voxels_abe42c8d *_wp_args)
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
        update_voxels_abe42c8d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_voxels_abe42c8d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct update_voxels_abe42c8d_cpu_block_payload_backward
{
    wp_args_update_voxels_abe42c8d* args;
    wp_args_update_voxels_abe42c8d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_voxels_abe42c8d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    update_voxels_abe42c8d_cpu_block_payload_backward* payload = (update_voxels_abe42c8d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_voxels_abe42c8d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void update_voxels_abe42c8d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_voxels_abe42c8d *_wp_args,
    wp_args_update_voxels_abe42c8d *_wp_adj_args)
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
        update_voxels_abe42c8d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_voxels_abe42c8d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

