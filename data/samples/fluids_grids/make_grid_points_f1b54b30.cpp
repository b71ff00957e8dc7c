// Warp 1.19.0 cpu code for make_grid_points_f1b54b30.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_make_grid_points_f9aaefe7 {
    wp::float32 cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> positions;
};


template <bool wp_linear_contiguous>
static void make_grid_points_f9aaefe7_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_make_grid_points_f9aaefe7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // forward
    // def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):                <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)       <L 7>
    var_2 = wp::float(var_0);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_4, var_cell_size);
    var_6 = wp::float(var_1);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::mul(var_8, var_cell_size);
    var_10 = wp::vec_t<2, wp::float32>(var_5, var_9);
    wp::array_store(var_positions, var_0, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void make_grid_points_f9aaefe7_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_make_grid_points_f9aaefe7 *_wp_args,
    wp_args_make_grid_points_f9aaefe7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions = _wp_adj_args->positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    //---------
    // forward
    // def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):                <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)       <L 7>
    var_2 = wp::float(var_0);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_4, var_cell_size);
    var_6 = wp::float(var_1);
    var_8 = wp::add(var_6, var_7);
    var_9 = wp::mul(var_8, var_cell_size);
    var_10 = wp::vec_t<2, wp::float32>(var_5, var_9);
    // wp::array_store(var_positions, var_0, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_positions, var_0, var_1, var_10, adj_positions, adj_0, adj_1, adj_10);
    wp::adj_vec_t(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_mul(var_8, var_cell_size, adj_8, adj_cell_size, adj_9);
    wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_float(var_1, adj_1, adj_6);
    wp::adj_mul(var_4, var_cell_size, adj_4, adj_cell_size, adj_5);
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: positions[i, j] = wp.vec2((float(i) + 0.5) * cell_size, (float(j) + 0.5) * cell_size)  <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def make_grid_points(cell_size: float, positions: wp.array2d[wp.vec2]):           <L 5>
    return;
}



struct make_grid_points_f9aaefe7_cpu_block_payload_forward
{
    wp_args_make_grid_points_f9aaefe7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void make_grid_points_f9aaefe7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    make_grid_points_f9aaefe7_cpu_block_payload_forward* payload = (make_grid_points_f9aaefe7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    make_grid_points_f9aaefe7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void make_grid_points_f9aaefe7_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_make_grid_points_f9aaefe7 *_wp_args)
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
        make_grid_points_f9aaefe7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &make_grid_points_f9aaefe7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct make_grid_points_f9aaefe7_cpu_block_payload_backward
{
    wp_args_make_grid_points_f9aaefe7* args;
    wp_args_make_grid_points_f9aaefe7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void make_grid_points_f9aaefe7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    make_grid_points_f9aaefe7_cpu_block_payload_backward* payload = (make_grid_points_f9aaefe7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    make_grid_points_f9aaefe7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void make_grid_points_f9aaefe7_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_make_grid_points_f9aaefe7 *_wp_args,
    wp_args_make_grid_points_f9aaefe7 *_wp_adj_args)
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
        make_grid_points_f9aaefe7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &make_grid_points_f9aaefe7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

