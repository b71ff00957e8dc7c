// Warp 1.19.0 cpu code for compand_audio_f03ef602.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_compand_audio_e8f6c071 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::int8> labels;
};


template <bool wp_linear_contiguous>
static void compand_audio_e8f6c071_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compand_audio_e8f6c071 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compand_audio_e8f6c071 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 127.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = -127.0;
    const wp::float32 var_13 = 127.0;
    wp::float32 var_14;
    wp::int8 var_15;
    //---------
    // forward
    // def compand_audio(data: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // v = data[tid]                                                                          <L 10>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.min(wp.abs(v), 1.0)                                                             <L 11>
    var_4 = wp::abs(var_2);
    var_6 = wp::min(var_4, var_5);
    // y = wp.copysign(wp.sqrt(a), v)                                                         <L 13>
    var_7 = wp::sqrt(var_6);
    var_8 = wp::copysign(var_7, var_2);
    // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 14>
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::rint(var_10);
    var_14 = wp::clamp(var_11, var_12, var_13);
    var_15 = wp::int8(var_14);
    wp::array_store(var_labels, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void compand_audio_e8f6c071_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compand_audio_e8f6c071 *_wp_args,
    wp_args_compand_audio_e8f6c071 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compand_audio_e8f6c071 wp_contiguous_args;
    wp_args_compand_audio_e8f6c071 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.labels.strides[0] = sizeof(wp::int8);
        wp_contiguous_adj_args.labels.strides[0] = sizeof(wp::int8);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::int8> var_labels = _wp_args->labels;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::int8> adj_labels = _wp_adj_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 127.0;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = -127.0;
    const wp::float32 var_13 = 127.0;
    wp::float32 var_14;
    wp::int8 var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
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
    wp::int8 adj_15 = {};
    //---------
    // forward
    // def compand_audio(data: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):       <L 8>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // v = data[tid]                                                                          <L 10>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = wp.min(wp.abs(v), 1.0)                                                             <L 11>
    var_4 = wp::abs(var_2);
    var_6 = wp::min(var_4, var_5);
    // y = wp.copysign(wp.sqrt(a), v)                                                         <L 13>
    var_7 = wp::sqrt(var_6);
    var_8 = wp::copysign(var_7, var_2);
    // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 14>
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::rint(var_10);
    var_14 = wp::clamp(var_11, var_12, var_13);
    var_15 = wp::int8(var_14);
    // wp::array_store(var_labels, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_labels, var_0, var_15, adj_labels, adj_0, adj_15);
    wp::adj_clamp(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                <L 14>
    wp::adj_copysign(var_7, var_2, adj_7, adj_2, adj_8);
    wp::adj_sqrt(var_6, var_7, adj_6, adj_7);
    // adj: y = wp.copysign(wp.sqrt(a), v)                                                    <L 13>
    wp::adj_min(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_abs(var_2, adj_2, adj_4);
    // adj: a = wp.min(wp.abs(v), 1.0)                                                        <L 11>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: v = data[tid]                                                                     <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def compand_audio(data: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):  <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compand_audio_e8f6c071_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compand_audio_e8f6c071 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compand_audio_e8f6c071_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compand_audio_e8f6c071_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compand_audio_e8f6c071 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        compand_audio_e8f6c071_cpu_forward_tasks<true>(dim, _wp_args);
    else
        compand_audio_e8f6c071_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compand_audio_e8f6c071_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compand_audio_e8f6c071 *_wp_args)
{
    compand_audio_e8f6c071_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compand_audio_e8f6c071_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compand_audio_e8f6c071 *_wp_args,
    wp_args_compand_audio_e8f6c071 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compand_audio_e8f6c071_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void compand_audio_e8f6c071_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compand_audio_e8f6c071 *_wp_args,
    wp_args_compand_audio_e8f6c071 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->labels.strides[0] == (int)sizeof(wp::int8)) & (_wp_adj_args->labels.strides[0] == (int)sizeof(wp::int8)));
    if (wp_linear_contiguous)
        compand_audio_e8f6c071_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        compand_audio_e8f6c071_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void compand_audio_e8f6c071_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compand_audio_e8f6c071 *_wp_args,
    wp_args_compand_audio_e8f6c071 *_wp_adj_args)
{
    compand_audio_e8f6c071_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

