// Warp 1.19.0 cpu code for take_real_part_fecee692.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sync_halo_68af78e7 {
    wp::array_t<wp::float32> volume;
};


template <bool wp_linear_contiguous>
static void sync_halo_68af78e7_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sync_halo_68af78e7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_volume = _wp_args->volume;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // forward
    // def sync_halo(volume: wp.array3d(dtype=float)):                                        <L 17>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // n = volume.shape[2]                                                                    <L 19>
    var_2 = &(var_volume.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // volume[i, j, 0] = volume[i, j, 1]                                                      <L 22>
    var_7 = wp::address(var_volume, var_0, var_1, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    wp::array_store(var_volume, var_0, var_1, var_10, var_8);
    // volume[i, j, n - 1] = volume[i, j, n - 2]                                              <L 23>
    var_12 = wp::sub(var_4, var_11);
    var_13 = wp::address(var_volume, var_0, var_1, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    var_17 = wp::sub(var_4, var_16);
    wp::array_store(var_volume, var_0, var_1, var_17, var_14);
}



template <bool wp_linear_contiguous>
static void sync_halo_68af78e7_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_sync_halo_68af78e7 *_wp_args,
    wp_args_sync_halo_68af78e7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_volume = _wp_args->volume;
    wp::array_t<wp::float32> adj_volume = _wp_adj_args->volume;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 2;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def sync_halo(volume: wp.array3d(dtype=float)):                                        <L 17>
    // i, j = wp.tid()                                                                        <L 18>
    builtin_tid2d(var_0, var_1);
    // n = volume.shape[2]                                                                    <L 19>
    var_2 = &(var_volume.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    // volume[i, j, 0] = volume[i, j, 1]                                                      <L 22>
    var_7 = wp::address(var_volume, var_0, var_1, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // wp::array_store(var_volume, var_0, var_1, var_10, var_8);
    // volume[i, j, n - 1] = volume[i, j, n - 2]                                              <L 23>
    var_12 = wp::sub(var_4, var_11);
    var_13 = wp::address(var_volume, var_0, var_1, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    var_17 = wp::sub(var_4, var_16);
    // wp::array_store(var_volume, var_0, var_1, var_17, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_volume, var_0, var_1, var_17, var_14, adj_volume, adj_0, adj_1, adj_17, adj_14);
    wp::adj_sub(var_4, var_16, adj_4, adj_16, adj_17);
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_volume, var_0, var_1, var_12, adj_volume, adj_0, adj_1, adj_12, adj_13);
    wp::adj_sub(var_4, var_11, adj_4, adj_11, adj_12);
    // adj: volume[i, j, n - 1] = volume[i, j, n - 2]                                         <L 23>
    wp::adj_array_store(var_volume, var_0, var_1, var_10, var_8, adj_volume, adj_0, adj_1, adj_10, adj_8);
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_volume, var_0, var_1, var_6, adj_volume, adj_0, adj_1, adj_6, adj_7);
    // adj: volume[i, j, 0] = volume[i, j, 1]                                                 <L 22>
    adj_volume.shape = adj_2;
    // adj: n = volume.shape[2]                                                               <L 19>
    // adj: i, j = wp.tid()                                                                   <L 18>
    // adj: def sync_halo(volume: wp.array3d(dtype=float)):                                   <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sync_halo_68af78e7_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_sync_halo_68af78e7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sync_halo_68af78e7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sync_halo_68af78e7_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_sync_halo_68af78e7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    sync_halo_68af78e7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sync_halo_68af78e7_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sync_halo_68af78e7 *_wp_args)
{
    sync_halo_68af78e7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sync_halo_68af78e7_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_sync_halo_68af78e7 *_wp_args,
    wp_args_sync_halo_68af78e7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sync_halo_68af78e7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sync_halo_68af78e7_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_sync_halo_68af78e7 *_wp_args,
    wp_args_sync_halo_68af78e7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    sync_halo_68af78e7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sync_halo_68af78e7_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_sync_halo_68af78e7 *_wp_args,
    wp_args_sync_halo_68af78e7 *_wp_adj_args)
{
    sync_halo_68af78e7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_take_real_part_9ba90b44 {
    wp::array_t<wp::vec_t<2, wp::float32>> field_hat;
    wp::float32 divisor;
    wp::array_t<wp::float32> real_array;
    wp::array_t<wp::float32> imag;
};


template <bool wp_linear_contiguous>
static void take_real_part_9ba90b44_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_take_real_part_9ba90b44 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_field_hat = _wp_args->field_hat;
    wp::float32 var_divisor = _wp_args->divisor;
    wp::array_t<wp::float32> var_real_array = _wp_args->real_array;
    wp::array_t<wp::float32> var_imag = _wp_args->imag;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32>* var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def take_real_part(                                                                    <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // real_array[i, j] = field_hat[i, j][0] / divisor                                        <L 12>
    var_2 = wp::address(var_field_hat, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::div(var_4, var_divisor);
    wp::array_store(var_real_array, var_0, var_1, var_6);
    // imag[i, j] = field_hat[i, j][1] / divisor                                              <L 13>
    var_7 = wp::address(var_field_hat, var_0, var_1);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::div(var_9, var_divisor);
    wp::array_store(var_imag, var_0, var_1, var_11);
}



template <bool wp_linear_contiguous>
static void take_real_part_9ba90b44_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_take_real_part_9ba90b44 *_wp_args,
    wp_args_take_real_part_9ba90b44 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_field_hat = _wp_args->field_hat;
    wp::float32 var_divisor = _wp_args->divisor;
    wp::array_t<wp::float32> var_real_array = _wp_args->real_array;
    wp::array_t<wp::float32> var_imag = _wp_args->imag;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_field_hat = _wp_adj_args->field_hat;
    wp::float32 adj_divisor = _wp_adj_args->divisor;
    wp::array_t<wp::float32> adj_real_array = _wp_adj_args->real_array;
    wp::array_t<wp::float32> adj_imag = _wp_adj_args->imag;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32>* var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::vec_t<2, wp::float32> var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def take_real_part(                                                                    <L 5>
    // i, j = wp.tid()                                                                        <L 11>
    builtin_tid2d(var_0, var_1);
    // real_array[i, j] = field_hat[i, j][0] / divisor                                        <L 12>
    var_2 = wp::address(var_field_hat, var_0, var_1);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = wp::div(var_4, var_divisor);
    // wp::array_store(var_real_array, var_0, var_1, var_6);
    // imag[i, j] = field_hat[i, j][1] / divisor                                              <L 13>
    var_7 = wp::address(var_field_hat, var_0, var_1);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::div(var_9, var_divisor);
    // wp::array_store(var_imag, var_0, var_1, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_imag, var_0, var_1, var_11, adj_imag, adj_0, adj_1, adj_11);
    wp::adj_div(var_9, var_divisor, var_11, adj_9, adj_divisor, adj_11);
    wp::adj_extract(var_10, var_8, adj_7, adj_8, adj_9);
    wp::adj_address(var_field_hat, var_0, var_1, adj_field_hat, adj_0, adj_1, adj_7);
    // adj: imag[i, j] = field_hat[i, j][1] / divisor                                         <L 13>
    wp::adj_array_store(var_real_array, var_0, var_1, var_6, adj_real_array, adj_0, adj_1, adj_6);
    wp::adj_div(var_4, var_divisor, var_6, adj_4, adj_divisor, adj_6);
    wp::adj_extract(var_5, var_3, adj_2, adj_3, adj_4);
    wp::adj_address(var_field_hat, var_0, var_1, adj_field_hat, adj_0, adj_1, adj_2);
    // adj: real_array[i, j] = field_hat[i, j][0] / divisor                                   <L 12>
    // adj: i, j = wp.tid()                                                                   <L 11>
    // adj: def take_real_part(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void take_real_part_9ba90b44_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_take_real_part_9ba90b44 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        take_real_part_9ba90b44_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void take_real_part_9ba90b44_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_take_real_part_9ba90b44 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    take_real_part_9ba90b44_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void take_real_part_9ba90b44_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_take_real_part_9ba90b44 *_wp_args)
{
    take_real_part_9ba90b44_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void take_real_part_9ba90b44_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_take_real_part_9ba90b44 *_wp_args,
    wp_args_take_real_part_9ba90b44 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        take_real_part_9ba90b44_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void take_real_part_9ba90b44_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_take_real_part_9ba90b44 *_wp_args,
    wp_args_take_real_part_9ba90b44 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    take_real_part_9ba90b44_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void take_real_part_9ba90b44_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_take_real_part_9ba90b44 *_wp_args,
    wp_args_take_real_part_9ba90b44 *_wp_adj_args)
{
    take_real_part_9ba90b44_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

