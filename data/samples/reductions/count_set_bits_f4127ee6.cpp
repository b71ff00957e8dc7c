// Warp 1.19.0 cpu code for count_set_bits_f4127ee6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_count_set_bits_eaf06ca5 {
    wp::array_t<wp::int32> words;
    wp::array_t<wp::int64> num_events;
};


template <bool wp_linear_contiguous>
static void count_set_bits_eaf06ca5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_set_bits_eaf06ca5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_set_bits_eaf06ca5 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_words = _wp_args->words;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int64 var_8;
    wp::int64 var_9;
    //---------
    // forward
    // def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):         <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // bits = words[tid]                                                                      <L 8>
    var_1 = wp::address(var_words, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.bit_count(bits)                                                                 <L 9>
    var_4 = wp::bit_count(var_2);
    // if n > 0:                                                                              <L 10>
    var_6 = (var_4 > var_5);
    if (var_6) {
        // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 11>
        var_8 = wp::int64(var_4);
        var_9 = wp::atomic_add(var_num_events, var_7, var_8);
    }
}



template <bool wp_linear_contiguous>
static void count_set_bits_eaf06ca5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_set_bits_eaf06ca5 *_wp_args,
    wp_args_count_set_bits_eaf06ca5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_set_bits_eaf06ca5 wp_contiguous_args;
    wp_args_count_set_bits_eaf06ca5 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_words = _wp_args->words;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    wp::array_t<wp::int32> adj_words = _wp_adj_args->words;
    wp::array_t<wp::int64> adj_num_events = _wp_adj_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int64 var_8;
    wp::int64 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int64 adj_8 = {};
    wp::int64 adj_9 = {};
    //---------
    // forward
    // def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):         <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // bits = words[tid]                                                                      <L 8>
    var_1 = wp::address(var_words, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.bit_count(bits)                                                                 <L 9>
    var_4 = wp::bit_count(var_2);
    // if n > 0:                                                                              <L 10>
    var_6 = (var_4 > var_5);
    if (var_6) {
        // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 11>
        var_8 = wp::int64(var_4);
        // var_9 = wp::atomic_add(var_num_events, var_7, var_8);
    }
    //---------
    // reverse
    if (var_6) {
        wp::adj_atomic_add(var_num_events, var_7, var_8, adj_num_events, adj_7, adj_8, adj_9);
        // adj: wp.atomic_add(num_events, 0, wp.int64(n))                                     <L 11>
    }
    // adj: if n > 0:                                                                         <L 10>
    // adj: n = wp.bit_count(bits)                                                            <L 9>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_words, var_0, adj_words, adj_0, adj_1);
    // adj: bits = words[tid]                                                                 <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_set_bits_eaf06ca5_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_eaf06ca5 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_set_bits_eaf06ca5_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_set_bits_eaf06ca5_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_eaf06ca5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        count_set_bits_eaf06ca5_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_set_bits_eaf06ca5_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_set_bits_eaf06ca5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_eaf06ca5 *_wp_args)
{
    count_set_bits_eaf06ca5_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_set_bits_eaf06ca5_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_eaf06ca5 *_wp_args,
    wp_args_count_set_bits_eaf06ca5 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_set_bits_eaf06ca5_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_set_bits_eaf06ca5_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_eaf06ca5 *_wp_args,
    wp_args_count_set_bits_eaf06ca5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        count_set_bits_eaf06ca5_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_set_bits_eaf06ca5_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_set_bits_eaf06ca5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_eaf06ca5 *_wp_args,
    wp_args_count_set_bits_eaf06ca5 *_wp_adj_args)
{
    count_set_bits_eaf06ca5_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

