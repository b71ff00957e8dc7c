// Warp 1.19.0 cpu code for scatter_points_359da88d.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_scatter_points_91a554c7 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::int32 seed;
    wp::float32 scale;
    wp::array_t<wp::vec_t<3, wp::float32>> points_out;
};


template <bool wp_linear_contiguous>
static void scatter_points_91a554c7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_points_91a554c7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def scatter_points(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 12>
    var_1 = wp::rand_init(var_seed, var_0);
    // points_out[tid] = positions[tid] + wp.sample_unit_hemisphere(rng) * scale              <L 13>
    var_2 = wp::address(var_positions, var_0);
    var_3 = wp::sample_unit_hemisphere(var_1);
    var_4 = wp::mul(var_3, var_scale);
    var_6 = wp::load(var_2);
    var_5 = wp::add(var_6, var_4);
    wp::array_store(var_points_out, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void scatter_points_91a554c7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_points_91a554c7 *_wp_args,
    wp_args_scatter_points_91a554c7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_scale = _wp_adj_args->scale;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out = _wp_adj_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def scatter_points(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 12>
    var_1 = wp::rand_init(var_seed, var_0);
    // points_out[tid] = positions[tid] + wp.sample_unit_hemisphere(rng) * scale              <L 13>
    var_2 = wp::address(var_positions, var_0);
    var_3 = wp::sample_unit_hemisphere(var_1);
    var_4 = wp::mul(var_3, var_scale);
    var_6 = wp::load(var_2);
    var_5 = wp::add(var_6, var_4);
    // wp::array_store(var_points_out, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_points_out, var_0, var_5, adj_points_out, adj_0, adj_5);
    wp::adj_add(var_6, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_3, var_scale, adj_3, adj_scale, adj_4);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
    // adj: points_out[tid] = positions[tid] + wp.sample_unit_hemisphere(rng) * scale         <L 13>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def scatter_points(                                                               <L 5>
    return;
}



struct scatter_points_91a554c7_cpu_block_payload_forward
{
    wp_args_scatter_points_91a554c7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scatter_points_91a554c7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scatter_points_91a554c7_cpu_block_payload_forward* payload = (scatter_points_91a554c7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scatter_points_91a554c7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scatter_points_91a554c7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_points_91a554c7 *_wp_args)
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
        scatter_points_91a554c7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scatter_points_91a554c7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scatter_points_91a554c7_cpu_block_payload_backward
{
    wp_args_scatter_points_91a554c7* args;
    wp_args_scatter_points_91a554c7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scatter_points_91a554c7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scatter_points_91a554c7_cpu_block_payload_backward* payload = (scatter_points_91a554c7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scatter_points_91a554c7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scatter_points_91a554c7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_points_91a554c7 *_wp_args,
    wp_args_scatter_points_91a554c7 *_wp_adj_args)
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
        scatter_points_91a554c7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scatter_points_91a554c7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

