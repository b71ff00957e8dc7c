// Warp 1.19.0 cpu code for count_set_bits_a68441a0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_count_set_bits_ff56494a {
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::int32> words;
    wp::array_t<wp::int64> num_events;
};


template <bool wp_linear_contiguous>
static void count_set_bits_ff56494a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_set_bits_ff56494a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_set_bits_ff56494a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::int32> var_words = _wp_args->words;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    wp::int64 var_13;
    wp::int64 var_14;
    //---------
    // forward
    // def count_set_bits(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // inv_m = particle_inv_mass[tid]                                                         <L 11>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if inv_m == 0.0:                                                                       <L 13>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 14>
        return;
    }
    // word = words[tid]                                                                      <L 15>
    var_6 = wp::address(var_words, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // n = wp.bit_count(word)                                                                 <L 16>
    var_9 = wp::bit_count(var_7);
    // if n > 0:                                                                              <L 17>
    var_11 = (var_9 > var_10);
    if (var_11) {
        // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 18>
        var_13 = wp::int64(var_9);
        var_14 = wp::atomic_add(var_num_events, var_12, var_13);
    }
}



template <bool wp_linear_contiguous>
static void count_set_bits_ff56494a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_set_bits_ff56494a *_wp_args,
    wp_args_count_set_bits_ff56494a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_set_bits_ff56494a wp_contiguous_args;
    wp_args_count_set_bits_ff56494a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.words.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.num_events.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.num_events.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::int32> var_words = _wp_args->words;
    wp::array_t<wp::int64> var_num_events = _wp_args->num_events;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::int32> adj_words = _wp_adj_args->words;
    wp::array_t<wp::int64> adj_num_events = _wp_adj_args->num_events;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    const wp::int32 var_12 = 0;
    wp::int64 var_13;
    wp::int64 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int64 adj_13 = {};
    wp::int64 adj_14 = {};
    //---------
    // forward
    // def count_set_bits(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // inv_m = particle_inv_mass[tid]                                                         <L 11>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if inv_m == 0.0:                                                                       <L 13>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 14>
        goto label0;
    }
    // word = words[tid]                                                                      <L 15>
    var_6 = wp::address(var_words, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // n = wp.bit_count(word)                                                                 <L 16>
    var_9 = wp::bit_count(var_7);
    // if n > 0:                                                                              <L 17>
    var_11 = (var_9 > var_10);
    if (var_11) {
        // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 18>
        var_13 = wp::int64(var_9);
        // var_14 = wp::atomic_add(var_num_events, var_12, var_13);
    }
    //---------
    // reverse
    if (var_11) {
        wp::adj_atomic_add(var_num_events, var_12, var_13, adj_num_events, adj_12, adj_13, adj_14);
        // adj: wp.atomic_add(num_events, 0, wp.int64(n))                                     <L 18>
    }
    // adj: if n > 0:                                                                         <L 17>
    // adj: n = wp.bit_count(word)                                                            <L 16>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_words, var_0, adj_words, adj_0, adj_6);
    // adj: word = words[tid]                                                                 <L 15>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    // adj: if inv_m == 0.0:                                                                  <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
    // adj: inv_m = particle_inv_mass[tid]                                                    <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def count_set_bits(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_set_bits_ff56494a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_ff56494a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_set_bits_ff56494a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_set_bits_ff56494a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_ff56494a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        count_set_bits_ff56494a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_set_bits_ff56494a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_set_bits_ff56494a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_ff56494a *_wp_args)
{
    count_set_bits_ff56494a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_set_bits_ff56494a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_ff56494a *_wp_args,
    wp_args_count_set_bits_ff56494a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_set_bits_ff56494a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_set_bits_ff56494a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_ff56494a *_wp_args,
    wp_args_count_set_bits_ff56494a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->words.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->num_events.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->num_events.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        count_set_bits_ff56494a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_set_bits_ff56494a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_set_bits_ff56494a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_set_bits_ff56494a *_wp_args,
    wp_args_count_set_bits_ff56494a *_wp_adj_args)
{
    count_set_bits_ff56494a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

