// Warp 1.19.0 cpu code for init_mode_b41943a6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_init_mode_ff91a11b {
    wp::float32 cell_size;
    wp::float32 amplitude;
    wp::array_t<wp::float32> field_out;
};


template <bool wp_linear_contiguous>
static void init_mode_ff91a11b_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_init_mode_ff91a11b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 3.14159265358979;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def init_mode(cell_size: float, amplitude: float, field_out: wp.array3d[float]):       <L 8>
    // i, j, k = wp.tid()                                                                     <L 9>
    builtin_tid3d(var_0, var_1, var_2);
    // x = float(i) * cell_size                                                               <L 10>
    var_3 = wp::float(var_0);
    var_4 = wp::mul(var_3, var_cell_size);
    // y = float(j) * cell_size                                                               <L 11>
    var_5 = wp::float(var_1);
    var_6 = wp::mul(var_5, var_cell_size);
    // z = float(k) * cell_size                                                               <L 12>
    var_7 = wp::float(var_2);
    var_8 = wp::mul(var_7, var_cell_size);
    // field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)       <L 14>
    var_10 = wp::mul(var_9, var_4);
    var_11 = wp::sin(var_10);
    var_12 = wp::mul(var_amplitude, var_11);
    var_13 = wp::mul(var_9, var_6);
    var_14 = wp::sin(var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::mul(var_9, var_8);
    var_17 = wp::sin(var_16);
    var_18 = wp::mul(var_15, var_17);
    wp::array_store(var_field_out, var_0, var_1, var_2, var_18);
}



template <bool wp_linear_contiguous>
static void init_mode_ff91a11b_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_init_mode_ff91a11b *_wp_args,
    wp_args_init_mode_ff91a11b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::float32 var_cell_size = _wp_args->cell_size;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_field_out = _wp_args->field_out;
    wp::float32 adj_cell_size = _wp_adj_args->cell_size;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_field_out = _wp_adj_args->field_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 3.14159265358979;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def init_mode(cell_size: float, amplitude: float, field_out: wp.array3d[float]):       <L 8>
    // i, j, k = wp.tid()                                                                     <L 9>
    builtin_tid3d(var_0, var_1, var_2);
    // x = float(i) * cell_size                                                               <L 10>
    var_3 = wp::float(var_0);
    var_4 = wp::mul(var_3, var_cell_size);
    // y = float(j) * cell_size                                                               <L 11>
    var_5 = wp::float(var_1);
    var_6 = wp::mul(var_5, var_cell_size);
    // z = float(k) * cell_size                                                               <L 12>
    var_7 = wp::float(var_2);
    var_8 = wp::mul(var_7, var_cell_size);
    // field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)       <L 14>
    var_10 = wp::mul(var_9, var_4);
    var_11 = wp::sin(var_10);
    var_12 = wp::mul(var_amplitude, var_11);
    var_13 = wp::mul(var_9, var_6);
    var_14 = wp::sin(var_13);
    var_15 = wp::mul(var_12, var_14);
    var_16 = wp::mul(var_9, var_8);
    var_17 = wp::sin(var_16);
    var_18 = wp::mul(var_15, var_17);
    // wp::array_store(var_field_out, var_0, var_1, var_2, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_field_out, var_0, var_1, var_2, var_18, adj_field_out, adj_0, adj_1, adj_2, adj_18);
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_sin(var_16, adj_16, adj_17);
    wp::adj_mul(var_9, var_8, adj_9, adj_8, adj_16);
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_sin(var_13, adj_13, adj_14);
    wp::adj_mul(var_9, var_6, adj_9, adj_6, adj_13);
    wp::adj_mul(var_amplitude, var_11, adj_amplitude, adj_11, adj_12);
    wp::adj_sin(var_10, adj_10, adj_11);
    wp::adj_mul(var_9, var_4, adj_9, adj_4, adj_10);
    // adj: field_out[i, j, k] = amplitude * wp.sin(PI * x) * wp.sin(PI * y) * wp.sin(PI * z)  <L 14>
    wp::adj_mul(var_7, var_cell_size, adj_7, adj_cell_size, adj_8);
    wp::adj_float(var_2, adj_2, adj_7);
    // adj: z = float(k) * cell_size                                                          <L 12>
    wp::adj_mul(var_5, var_cell_size, adj_5, adj_cell_size, adj_6);
    wp::adj_float(var_1, adj_1, adj_5);
    // adj: y = float(j) * cell_size                                                          <L 11>
    wp::adj_mul(var_3, var_cell_size, adj_3, adj_cell_size, adj_4);
    wp::adj_float(var_0, adj_0, adj_3);
    // adj: x = float(i) * cell_size                                                          <L 10>
    // adj: i, j, k = wp.tid()                                                                <L 9>
    // adj: def init_mode(cell_size: float, amplitude: float, field_out: wp.array3d[float]):  <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_mode_ff91a11b_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_ff91a11b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_mode_ff91a11b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void init_mode_ff91a11b_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_ff91a11b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_mode_ff91a11b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void init_mode_ff91a11b_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_ff91a11b *_wp_args)
{
    init_mode_ff91a11b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void init_mode_ff91a11b_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_ff91a11b *_wp_args,
    wp_args_init_mode_ff91a11b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        init_mode_ff91a11b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void init_mode_ff91a11b_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_ff91a11b *_wp_args,
    wp_args_init_mode_ff91a11b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    init_mode_ff91a11b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void init_mode_ff91a11b_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_init_mode_ff91a11b *_wp_args,
    wp_args_init_mode_ff91a11b *_wp_adj_args)
{
    init_mode_ff91a11b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

