// Warp 1.19.0 cpu code for update_bitmask_65a9c3b3.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_update_bitmask_23d008cf {
    wp::array_t<wp::int32> num_active;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::float32> x;
    wp::float32 bin_min;
    wp::float32 inv_bin_width;
    wp::array_t<wp::int32> occupancy;
};


template <bool wp_linear_contiguous>
static void update_bitmask_23d008cf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_bitmask_23d008cf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_bitmask_23d008cf wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.occupancy.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_num_active = _wp_args->num_active;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_bin_min = _wp_args->bin_min;
    wp::float32 var_inv_bin_width = _wp_args->inv_bin_width;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
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
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 32;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 5;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 31;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    //---------
    // forward
    // def update_bitmask(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= num_active[0] or active[tid] == 0:                                           <L 14>
    var_3 = wp::address(var_num_active, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_active, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 15>
        return;
    }
    // num_cells = occupancy.shape[0] * 32                                                    <L 16>
    var_10 = &(var_occupancy.shape);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_15 = wp::mul(var_12, var_14);
    // cell = wp.clamp(int((x[tid] - bin_min) * inv_bin_width), 0, num_cells - 1)             <L 17>
    var_16 = wp::address(var_x, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::sub(var_18, var_bin_min);
    var_19 = wp::mul(var_17, var_inv_bin_width);
    var_20 = wp::int(var_19);
    var_23 = wp::sub(var_15, var_22);
    var_24 = wp::clamp(var_20, var_21, var_23);
    // word = cell >> 5                                                                       <L 18>
    var_26 = wp::rshift(var_24, var_25);
    // bit = 1 << (cell & 31)                                                                 <L 19>
    var_29 = wp::bit_and(var_24, var_28);
    var_30 = wp::lshift(var_27, var_29);
    // wp.atomic_and(occupancy, word, ~bit)                                                   <L 20>
    var_31 = wp::invert(var_30);
    var_32 = wp::atomic_and(var_occupancy, var_26, var_31);
}



template <bool wp_linear_contiguous>
static void update_bitmask_23d008cf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_bitmask_23d008cf *_wp_args,
    wp_args_update_bitmask_23d008cf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_bitmask_23d008cf wp_contiguous_args;
    wp_args_update_bitmask_23d008cf wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.occupancy.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.occupancy.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_num_active = _wp_args->num_active;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_x = _wp_args->x;
    wp::float32 var_bin_min = _wp_args->bin_min;
    wp::float32 var_inv_bin_width = _wp_args->inv_bin_width;
    wp::array_t<wp::int32> var_occupancy = _wp_args->occupancy;
    wp::array_t<wp::int32> adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::float32> adj_x = _wp_adj_args->x;
    wp::float32 adj_bin_min = _wp_adj_args->bin_min;
    wp::float32 adj_inv_bin_width = _wp_adj_args->inv_bin_width;
    wp::array_t<wp::int32> adj_occupancy = _wp_adj_args->occupancy;
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
    wp::shape_t* var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 32;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 5;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 31;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
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
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
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
    //---------
    // forward
    // def update_bitmask(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= num_active[0] or active[tid] == 0:                                           <L 14>
    var_3 = wp::address(var_num_active, var_2);
    var_5 = wp::load(var_3);
    var_4 = (var_0 >= var_5);
    var_1 = var_4;
    if (!var_1) {
        var_6 = wp::address(var_active, var_0);
        var_9 = wp::load(var_6);
        var_8 = (var_9 == var_7);
        var_1 = var_1 || var_8;
    }
    if (var_1) {
        // return                                                                             <L 15>
        goto label0;
    }
    // num_cells = occupancy.shape[0] * 32                                                    <L 16>
    var_10 = &(var_occupancy.shape);
    var_13 = wp::load(var_10);
    var_12 = wp::extract(var_13, var_11);
    var_15 = wp::mul(var_12, var_14);
    // cell = wp.clamp(int((x[tid] - bin_min) * inv_bin_width), 0, num_cells - 1)             <L 17>
    var_16 = wp::address(var_x, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::sub(var_18, var_bin_min);
    var_19 = wp::mul(var_17, var_inv_bin_width);
    var_20 = wp::int(var_19);
    var_23 = wp::sub(var_15, var_22);
    var_24 = wp::clamp(var_20, var_21, var_23);
    // word = cell >> 5                                                                       <L 18>
    var_26 = wp::rshift(var_24, var_25);
    // bit = 1 << (cell & 31)                                                                 <L 19>
    var_29 = wp::bit_and(var_24, var_28);
    var_30 = wp::lshift(var_27, var_29);
    // wp.atomic_and(occupancy, word, ~bit)                                                   <L 20>
    var_31 = wp::invert(var_30);
    // var_32 = wp::atomic_and(var_occupancy, var_26, var_31);
    //---------
    // reverse
    // adj: wp.atomic_and(occupancy, word, ~bit)                                              <L 20>
    // adj: bit = 1 << (cell & 31)                                                            <L 19>
    // adj: word = cell >> 5                                                                  <L 18>
    wp::adj_clamp(var_20, var_21, var_23, adj_20, adj_21, adj_23, adj_24);
    wp::adj_sub(var_15, var_22, adj_15, adj_22, adj_23);
    wp::adj_mul(var_17, var_inv_bin_width, adj_17, adj_inv_bin_width, adj_19);
    wp::adj_sub(var_18, var_bin_min, adj_16, adj_bin_min, adj_17);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_16);
    // adj: cell = wp.clamp(int((x[tid] - bin_min) * inv_bin_width), 0, num_cells - 1)        <L 17>
    wp::adj_mul(var_12, var_14, adj_12, adj_14, adj_15);
    adj_occupancy.shape = adj_10;
    // adj: num_cells = occupancy.shape[0] * 32                                               <L 16>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    if (!var_1) {
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_6);
    }
    wp::adj_address(var_num_active, var_2, adj_num_active, adj_2, adj_3);
    // adj: if tid >= num_active[0] or active[tid] == 0:                                      <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def update_bitmask(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_bitmask_23d008cf_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_bitmask_23d008cf *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_bitmask_23d008cf_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_bitmask_23d008cf_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_bitmask_23d008cf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->occupancy.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        update_bitmask_23d008cf_cpu_forward_tasks<true>(dim, _wp_args);
    else
        update_bitmask_23d008cf_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_bitmask_23d008cf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_bitmask_23d008cf *_wp_args)
{
    update_bitmask_23d008cf_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_bitmask_23d008cf_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_bitmask_23d008cf *_wp_args,
    wp_args_update_bitmask_23d008cf *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_bitmask_23d008cf_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_bitmask_23d008cf_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_bitmask_23d008cf *_wp_args,
    wp_args_update_bitmask_23d008cf *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->occupancy.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->occupancy.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        update_bitmask_23d008cf_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        update_bitmask_23d008cf_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_bitmask_23d008cf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_bitmask_23d008cf *_wp_args,
    wp_args_update_bitmask_23d008cf *_wp_adj_args)
{
    update_bitmask_23d008cf_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

