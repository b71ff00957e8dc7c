// Warp 1.19.0 cpu code for mark_cells_8315b556.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_mark_cells_936e4049 {
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::float32> data;
    wp::float32 lower;
    wp::array_t<wp::int32> bits;
};


template <bool wp_linear_contiguous>
static void mark_cells_936e4049_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mark_cells_936e4049 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_mark_cells_936e4049 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.bits.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::float32 var_lower = _wp_args->lower;
    wp::array_t<wp::int32> var_bits = _wp_args->bits;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::shape_t* var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    wp::shape_t var_16;
    const wp::int32 var_17 = 32;
    wp::int32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 16.0;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 5;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 31;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    //---------
    // forward
    // def mark_cells(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0] or flags[tid] == 0:                                          <L 13>
    var_3 = wp::address(var_active_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_flags, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 14>
        return;
    }
    // v = data[tid]                                                                          <L 15>
    var_10 = wp::address(var_data, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // num_cells = bits.shape[0] * 32                                                         <L 16>
    var_13 = &(var_bits.shape);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_18 = wp::mul(var_15, var_17);
    // cell = wp.clamp(int((v - lower) * 16.0), 0, num_cells - 1)                             <L 17>
    var_19 = wp::sub(var_11, var_lower);
    var_21 = wp::mul(var_19, var_20);
    var_22 = wp::int(var_21);
    var_25 = wp::sub(var_18, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    // word = cell >> 5                                                                       <L 18>
    var_28 = wp::rshift(var_26, var_27);
    // bit = 1 << (cell & 31)                                                                 <L 19>
    var_31 = wp::bit_and(var_26, var_30);
    var_32 = wp::lshift(var_29, var_31);
    // wp.atomic_xor(bits, word, bit)                                                         <L 21>
    var_33 = wp::atomic_xor(var_bits, var_28, var_32);
}



template <bool wp_linear_contiguous>
static void mark_cells_936e4049_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mark_cells_936e4049 *_wp_args,
    wp_args_mark_cells_936e4049 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_mark_cells_936e4049 wp_contiguous_args;
    wp_args_mark_cells_936e4049 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.bits.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.bits.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::float32 var_lower = _wp_args->lower;
    wp::array_t<wp::int32> var_bits = _wp_args->bits;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::float32 adj_lower = _wp_adj_args->lower;
    wp::array_t<wp::int32> adj_bits = _wp_adj_args->bits;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    const wp::int32 var_7 = 0;
    bool var_8;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::shape_t* var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    wp::shape_t var_16;
    const wp::int32 var_17 = 32;
    wp::int32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 16.0;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 5;
    wp::int32 var_28;
    const wp::int32 var_29 = 1;
    const wp::int32 var_30 = 31;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    //---------
    // forward
    // def mark_cells(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0] or flags[tid] == 0:                                          <L 13>
    var_3 = wp::address(var_active_count, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_flags, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 14>
        goto label0;
    }
    // v = data[tid]                                                                          <L 15>
    var_10 = wp::address(var_data, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // num_cells = bits.shape[0] * 32                                                         <L 16>
    var_13 = &(var_bits.shape);
    var_16 = wp::load(var_13);
    var_15 = wp::extract(var_16, var_14);
    var_18 = wp::mul(var_15, var_17);
    // cell = wp.clamp(int((v - lower) * 16.0), 0, num_cells - 1)                             <L 17>
    var_19 = wp::sub(var_11, var_lower);
    var_21 = wp::mul(var_19, var_20);
    var_22 = wp::int(var_21);
    var_25 = wp::sub(var_18, var_24);
    var_26 = wp::clamp(var_22, var_23, var_25);
    // word = cell >> 5                                                                       <L 18>
    var_28 = wp::rshift(var_26, var_27);
    // bit = 1 << (cell & 31)                                                                 <L 19>
    var_31 = wp::bit_and(var_26, var_30);
    var_32 = wp::lshift(var_29, var_31);
    // wp.atomic_xor(bits, word, bit)                                                         <L 21>
    // var_33 = wp::atomic_xor(var_bits, var_28, var_32);
    //---------
    // reverse
    // adj: wp.atomic_xor(bits, word, bit)                                                    <L 21>
    // adj: bit = 1 << (cell & 31)                                                            <L 19>
    // adj: word = cell >> 5                                                                  <L 18>
    wp::adj_clamp(var_22, var_23, var_25, adj_22, adj_23, adj_25, adj_26);
    wp::adj_sub(var_18, var_24, adj_18, adj_24, adj_25);
    wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_sub(var_11, var_lower, adj_11, adj_lower, adj_19);
    // adj: cell = wp.clamp(int((v - lower) * 16.0), 0, num_cells - 1)                        <L 17>
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    adj_bits.shape = adj_13;
    // adj: num_cells = bits.shape[0] * 32                                                    <L 16>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_10);
    // adj: v = data[tid]                                                                     <L 15>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    if (!var_1) {
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_6);
    }
    wp::adj_address(var_active_count, var_2, adj_active_count, adj_2, adj_3);
    // adj: if tid >= active_count[0] or flags[tid] == 0:                                     <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def mark_cells(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mark_cells_936e4049_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_cells_936e4049 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mark_cells_936e4049_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void mark_cells_936e4049_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_cells_936e4049 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->bits.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        mark_cells_936e4049_cpu_forward_tasks<true>(dim, _wp_args);
    else
        mark_cells_936e4049_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void mark_cells_936e4049_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_cells_936e4049 *_wp_args)
{
    mark_cells_936e4049_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mark_cells_936e4049_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_cells_936e4049 *_wp_args,
    wp_args_mark_cells_936e4049 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mark_cells_936e4049_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void mark_cells_936e4049_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_cells_936e4049 *_wp_args,
    wp_args_mark_cells_936e4049 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->bits.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->bits.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        mark_cells_936e4049_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        mark_cells_936e4049_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void mark_cells_936e4049_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mark_cells_936e4049 *_wp_args,
    wp_args_mark_cells_936e4049 *_wp_adj_args)
{
    mark_cells_936e4049_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

