// Warp 1.19.0 cpu code for update_field_086aca14.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_field_2f501dbe {
    wp::array_t<wp::float32> field;
    wp::array_t<wp::float32> emission;
    wp::float32 fade;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void update_field_2f501dbe_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_field_2f501dbe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<wp::float32> var_emission = _wp_args->emission;
    wp::float32 var_fade = _wp_args->fade;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def update_field(                                                                      <L 5>
    // i, j, k = wp.tid()                                                                     <L 11>
    builtin_tid3d(var_0, var_1, var_2);
    // c = field[i, j, k]                                                                     <L 14>
    var_3 = wp::address(var_field, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt                               <L 15>
    var_6 = wp::address(var_emission, var_0, var_1, var_2);
    var_7 = wp::mul(var_fade, var_4);
    var_9 = wp::load(var_6);
    var_8 = wp::sub(var_9, var_7);
    var_10 = wp::mul(var_8, var_dt);
    var_11 = wp::add(var_4, var_10);
    wp::array_store(var_field, var_0, var_1, var_2, var_11);
}



template <bool wp_linear_contiguous>
static void update_field_2f501dbe_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_field_2f501dbe *_wp_args,
    wp_args_update_field_2f501dbe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<wp::float32> var_emission = _wp_args->emission;
    wp::float32 var_fade = _wp_args->fade;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::array_t<wp::float32> adj_emission = _wp_adj_args->emission;
    wp::float32 adj_fade = _wp_adj_args->fade;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
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
    //---------
    // forward
    // def update_field(                                                                      <L 5>
    // i, j, k = wp.tid()                                                                     <L 11>
    builtin_tid3d(var_0, var_1, var_2);
    // c = field[i, j, k]                                                                     <L 14>
    var_3 = wp::address(var_field, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt                               <L 15>
    var_6 = wp::address(var_emission, var_0, var_1, var_2);
    var_7 = wp::mul(var_fade, var_4);
    var_9 = wp::load(var_6);
    var_8 = wp::sub(var_9, var_7);
    var_10 = wp::mul(var_8, var_dt);
    var_11 = wp::add(var_4, var_10);
    // wp::array_store(var_field, var_0, var_1, var_2, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_field, var_0, var_1, var_2, var_11, adj_field, adj_0, adj_1, adj_2, adj_11);
    wp::adj_add(var_4, var_10, adj_4, adj_10, adj_11);
    wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_10);
    wp::adj_sub(var_9, var_7, adj_6, adj_7, adj_8);
    wp::adj_mul(var_fade, var_4, adj_fade, adj_4, adj_7);
    wp::adj_address(var_emission, var_0, var_1, var_2, adj_emission, adj_0, adj_1, adj_2, adj_6);
    // adj: field[i, j, k] = c + (emission[i, j, k] - fade * c) * dt                          <L 15>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_3);
    // adj: c = field[i, j, k]                                                                <L 14>
    // adj: i, j, k = wp.tid()                                                                <L 11>
    // adj: def update_field(                                                                 <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_field_2f501dbe_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_2f501dbe *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_field_2f501dbe_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_field_2f501dbe_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_2f501dbe *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_field_2f501dbe_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_field_2f501dbe_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_2f501dbe *_wp_args)
{
    update_field_2f501dbe_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_field_2f501dbe_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_2f501dbe *_wp_args,
    wp_args_update_field_2f501dbe *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_field_2f501dbe_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_field_2f501dbe_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_2f501dbe *_wp_args,
    wp_args_update_field_2f501dbe *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_field_2f501dbe_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_field_2f501dbe_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_2f501dbe *_wp_args,
    wp_args_update_field_2f501dbe *_wp_adj_args)
{
    update_field_2f501dbe_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

