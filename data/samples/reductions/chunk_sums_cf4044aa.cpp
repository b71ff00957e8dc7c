// Warp 1.19.0 cpu code for chunk_sums_cf4044aa.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_chunk_sums_da580685 {
    wp::array_t<wp::float32> sample_weights;
    wp::array_t<wp::float32> values;
    wp::array_t<wp::float32> block_sums;
};


template <bool wp_linear_contiguous>
static void chunk_sums_da580685_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chunk_sums_da580685 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_chunk_sums_da580685 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.sample_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.block_sums.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_sample_weights = _wp_args->sample_weights;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_block_sums = _wp_args->block_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 8;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def chunk_sums(                                                                        <L 8>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // weight = sample_weights[tid]                                                           <L 14>
    var_1 = wp::address(var_sample_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // value = values[tid]                                                                    <L 15>
    var_4 = wp::address(var_values, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(block_sums, tid // CHUNK, weight * value)                                <L 16>
    var_8 = wp::floordiv(var_0, var_7);
    var_9 = wp::mul(var_2, var_5);
    var_10 = wp::atomic_add(var_block_sums, var_8, var_9);
}



template <bool wp_linear_contiguous>
static void chunk_sums_da580685_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_chunk_sums_da580685 *_wp_args,
    wp_args_chunk_sums_da580685 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_chunk_sums_da580685 wp_contiguous_args;
    wp_args_chunk_sums_da580685 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.sample_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.sample_weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.block_sums.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.block_sums.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_sample_weights = _wp_args->sample_weights;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::float32> var_block_sums = _wp_args->block_sums;
    wp::array_t<wp::float32> adj_sample_weights = _wp_adj_args->sample_weights;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::float32> adj_block_sums = _wp_adj_args->block_sums;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 8;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def chunk_sums(                                                                        <L 8>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // weight = sample_weights[tid]                                                           <L 14>
    var_1 = wp::address(var_sample_weights, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // value = values[tid]                                                                    <L 15>
    var_4 = wp::address(var_values, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(block_sums, tid // CHUNK, weight * value)                                <L 16>
    var_8 = wp::floordiv(var_0, var_7);
    var_9 = wp::mul(var_2, var_5);
    // var_10 = wp::atomic_add(var_block_sums, var_8, var_9);
    //---------
    // reverse
    wp::adj_atomic_add(var_block_sums, var_8, var_9, adj_block_sums, adj_8, adj_9, adj_10);
    wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_9);
    // adj: wp.atomic_add(block_sums, tid // CHUNK, weight * value)                           <L 16>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_4);
    // adj: value = values[tid]                                                               <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_sample_weights, var_0, adj_sample_weights, adj_0, adj_1);
    // adj: weight = sample_weights[tid]                                                      <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def chunk_sums(                                                                   <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void chunk_sums_da580685_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_sums_da580685 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chunk_sums_da580685_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void chunk_sums_da580685_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_sums_da580685 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->sample_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->block_sums.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        chunk_sums_da580685_cpu_forward_tasks<true>(dim, _wp_args);
    else
        chunk_sums_da580685_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void chunk_sums_da580685_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_sums_da580685 *_wp_args)
{
    chunk_sums_da580685_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void chunk_sums_da580685_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_sums_da580685 *_wp_args,
    wp_args_chunk_sums_da580685 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        chunk_sums_da580685_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void chunk_sums_da580685_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_sums_da580685 *_wp_args,
    wp_args_chunk_sums_da580685 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->sample_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->sample_weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->block_sums.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->block_sums.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        chunk_sums_da580685_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        chunk_sums_da580685_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void chunk_sums_da580685_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_chunk_sums_da580685 *_wp_args,
    wp_args_chunk_sums_da580685 *_wp_adj_args)
{
    chunk_sums_da580685_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

