// Warp 1.19.0 cpu code for fill_positions_d53383b7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_fill_positions_c680fb7b {
    wp::float32 cell_size;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_points;
};


template <bool wp_linear_contiguous>
static void fill_positions_c680fb7b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fill_positions_c680fb7b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_points = _wp_args->grid_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def fill_positions(cell_size: float, grid_points: wp.array2d[wp.vec3]):                <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // grid_points[i, j] = wp.vec3((float(i) + 0.5) * cell_size, 0.0, (float(j) + 0.5) * cell_size)       <L 7>
    var_2 = wp::float(var_0);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_4, var_cell_size);
    var_7 = wp::float(var_1);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::mul(var_9, var_cell_size);
    var_11 = wp::vec_t<3, wp::float32>(var_5, var_6, var_10);
    wp::array_store(var_grid_points, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void fill_positions_c680fb7b_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_fill_positions_c680fb7b *_wp_args,
    wp_args_fill_positions_c680fb7b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_points = _wp_args->grid_points;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_points = _wp_adj_args->grid_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.5;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
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
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def fill_positions(cell_size: float, grid_points: wp.array2d[wp.vec3]):                <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // grid_points[i, j] = wp.vec3((float(i) + 0.5) * cell_size, 0.0, (float(j) + 0.5) * cell_size)       <L 7>
    var_2 = wp::float(var_0);
    var_4 = wp::add(var_2, var_3);
    var_5 = wp::mul(var_4, var_cell_size);
    var_7 = wp::float(var_1);
    var_9 = wp::add(var_7, var_8);
    var_10 = wp::mul(var_9, var_cell_size);
    var_11 = wp::vec_t<3, wp::float32>(var_5, var_6, var_10);
    // wp::array_store(var_grid_points, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_grid_points, var_0, var_1, var_11, adj_grid_points, adj_0, adj_1, adj_11);
    wp::adj_vec_t(var_5, var_6, var_10, adj_5, adj_6, adj_10, adj_11);
    wp::adj_mul(var_9, var_cell_size, adj_9, adj_cell_size, adj_10);
    wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_float(var_1, adj_1, adj_7);
    wp::adj_mul(var_4, var_cell_size, adj_4, adj_cell_size, adj_5);
    wp::adj_add(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_float(var_0, adj_0, adj_2);
    // adj: grid_points[i, j] = wp.vec3((float(i) + 0.5) * cell_size, 0.0, (float(j) + 0.5) * cell_size)  <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def fill_positions(cell_size: float, grid_points: wp.array2d[wp.vec3]):           <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fill_positions_c680fb7b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_fill_positions_c680fb7b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fill_positions_c680fb7b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void fill_positions_c680fb7b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_fill_positions_c680fb7b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    fill_positions_c680fb7b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void fill_positions_c680fb7b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fill_positions_c680fb7b *_wp_args)
{
    fill_positions_c680fb7b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void fill_positions_c680fb7b_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_fill_positions_c680fb7b *_wp_args,
    wp_args_fill_positions_c680fb7b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        fill_positions_c680fb7b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void fill_positions_c680fb7b_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_fill_positions_c680fb7b *_wp_args,
    wp_args_fill_positions_c680fb7b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    fill_positions_c680fb7b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void fill_positions_c680fb7b_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_fill_positions_c680fb7b *_wp_args,
    wp_args_fill_positions_c680fb7b *_wp_adj_args)
{
    fill_positions_c680fb7b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

