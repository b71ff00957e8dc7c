// Warp 1.19.0 cpu code for total_bits_9fa65490.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_total_bits_29ea13de {
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::int32> words;
    wp::array_t<wp::int64> counter;
};


template <bool wp_linear_contiguous>
static void total_bits_29ea13de_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_bits_29ea13de *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_total_bits_29ea13de wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.counter.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::int32> var_words = _wp_args->words;
    wp::array_t<wp::int64> var_counter = _wp_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::int64 var_12;
    wp::int64 var_13;
    //---------
    // forward
    // def total_bits(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if inv_masses[tid] == 0.0:                                                             <L 12>
    var_1 = wp::address(var_inv_masses, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 13>
        return;
    }
    // word = words[tid]                                                                      <L 14>
    var_5 = wp::address(var_words, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // n = wp.bit_count(word)                                                                 <L 15>
    var_8 = wp::bit_count(var_6);
    // if n > 0:                                                                              <L 16>
    var_10 = (var_8 > var_9);
    if (var_10) {
        // wp.atomic_add(counter, 0, wp.int64(n))                                             <L 17>
        var_12 = wp::int64(var_8);
        var_13 = wp::atomic_add(var_counter, var_11, var_12);
    }
}



template <bool wp_linear_contiguous>
static void total_bits_29ea13de_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_bits_29ea13de *_wp_args,
    wp_args_total_bits_29ea13de *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_total_bits_29ea13de wp_contiguous_args;
    wp_args_total_bits_29ea13de wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.counter.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.counter.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::int32> var_words = _wp_args->words;
    wp::array_t<wp::int64> var_counter = _wp_args->counter;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::int32> adj_words = _wp_adj_args->words;
    wp::array_t<wp::int64> adj_counter = _wp_adj_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    const wp::int32 var_11 = 0;
    wp::int64 var_12;
    wp::int64 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int64 adj_12 = {};
    wp::int64 adj_13 = {};
    //---------
    // forward
    // def total_bits(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // if inv_masses[tid] == 0.0:                                                             <L 12>
    var_1 = wp::address(var_inv_masses, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 13>
        goto label0;
    }
    // word = words[tid]                                                                      <L 14>
    var_5 = wp::address(var_words, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // n = wp.bit_count(word)                                                                 <L 15>
    var_8 = wp::bit_count(var_6);
    // if n > 0:                                                                              <L 16>
    var_10 = (var_8 > var_9);
    if (var_10) {
        // wp.atomic_add(counter, 0, wp.int64(n))                                             <L 17>
        var_12 = wp::int64(var_8);
        // var_13 = wp::atomic_add(var_counter, var_11, var_12);
    }
    //---------
    // reverse
    if (var_10) {
        wp::adj_atomic_add(var_counter, var_11, var_12, adj_counter, adj_11, adj_12, adj_13);
        // adj: wp.atomic_add(counter, 0, wp.int64(n))                                        <L 17>
    }
    // adj: if n > 0:                                                                         <L 16>
    // adj: n = wp.bit_count(word)                                                            <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_words, var_0, adj_words, adj_0, adj_5);
    // adj: word = words[tid]                                                                 <L 14>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 13>
    }
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
    // adj: if inv_masses[tid] == 0.0:                                                        <L 12>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def total_bits(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void total_bits_29ea13de_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_29ea13de *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        total_bits_29ea13de_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void total_bits_29ea13de_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_29ea13de *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->counter.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        total_bits_29ea13de_cpu_forward_tasks<true>(dim, _wp_args);
    else
        total_bits_29ea13de_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void total_bits_29ea13de_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_29ea13de *_wp_args)
{
    total_bits_29ea13de_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void total_bits_29ea13de_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_29ea13de *_wp_args,
    wp_args_total_bits_29ea13de *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        total_bits_29ea13de_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void total_bits_29ea13de_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_29ea13de *_wp_args,
    wp_args_total_bits_29ea13de *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->counter.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->counter.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        total_bits_29ea13de_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        total_bits_29ea13de_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void total_bits_29ea13de_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_29ea13de *_wp_args,
    wp_args_total_bits_29ea13de *_wp_adj_args)
{
    total_bits_29ea13de_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

