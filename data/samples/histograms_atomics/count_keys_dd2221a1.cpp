// Warp 1.19.0 cpu code for count_keys_dd2221a1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_count_keys_9ae4a7af {
    wp::array_t<wp::int32> keys;
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> table_keys;
    wp::array_t<wp::float32> slot_values;
};


template <bool wp_linear_contiguous>
static void count_keys_9ae4a7af_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_keys_9ae4a7af *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_keys_9ae4a7af wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.keys.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.table_keys.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.slot_values.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_table_keys = _wp_args->table_keys;
    wp::array_t<wp::float32> var_slot_values = _wp_args->slot_values;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = -1;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    bool var_20;
    bool var_21;
    wp::int32* var_22;
    bool var_23;
    wp::int32 var_24;
    wp::float32 var_25;
    //---------
    // forward
    // def count_keys(                                                                        <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // value = values[tid]                                                                    <L 15>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // capacity = table_keys.shape[0]                                                         <L 16>
    var_4 = &(var_table_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // home = keys[tid] % capacity                                                            <L 17>
    var_8 = wp::address(var_keys, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mod(var_10, var_6);
    // for probe in range(capacity):                                                          <L 18>
    var_11 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // slot = (home + probe * probe) % capacity                                           <L 19>
        var_13 = wp::mul(var_12, var_12);
        var_14 = wp::add(var_9, var_13);
        var_15 = wp::mod(var_14, var_6);
        // prev = wp.atomic_cas(table_keys, slot, EMPTY, keys[tid])                           <L 20>
        var_17 = wp::address(var_keys, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::atomic_cas(var_table_keys, var_15, var_16, var_19);
        // if prev == EMPTY or prev == keys[tid]:                                             <L 21>
        var_21 = (var_18 == var_16);
        var_20 = var_21;
        if (!var_20) {
            var_22 = wp::address(var_keys, var_0);
            var_24 = wp::load(var_22);
            var_23 = (var_18 == var_24);
            var_20 = var_20 || var_23;
        }
        if (var_20) {
            // wp.atomic_add(slot_values, slot, value)                                        <L 22>
            var_25 = wp::atomic_add(var_slot_values, var_15, var_2);
            // break                                                                          <L 23>
            goto end_for_0;
        }
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void count_keys_9ae4a7af_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_keys_9ae4a7af *_wp_args,
    wp_args_count_keys_9ae4a7af *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_keys_9ae4a7af wp_contiguous_args;
    wp_args_count_keys_9ae4a7af wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.keys.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.keys.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.table_keys.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.table_keys.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.slot_values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.slot_values.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_keys = _wp_args->keys;
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_table_keys = _wp_args->table_keys;
    wp::array_t<wp::float32> var_slot_values = _wp_args->slot_values;
    wp::array_t<wp::int32> adj_keys = _wp_adj_args->keys;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_table_keys = _wp_adj_args->table_keys;
    wp::array_t<wp::float32> adj_slot_values = _wp_adj_args->slot_values;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = -1;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    bool var_20;
    bool var_21;
    wp::int32* var_22;
    bool var_23;
    wp::int32 var_24;
    wp::float32 var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::range_t adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    //---------
    // forward
    // def count_keys(                                                                        <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // value = values[tid]                                                                    <L 15>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // capacity = table_keys.shape[0]                                                         <L 16>
    var_4 = &(var_table_keys.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // home = keys[tid] % capacity                                                            <L 17>
    var_8 = wp::address(var_keys, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mod(var_10, var_6);
    // for probe in range(capacity):                                                          <L 18>
    var_11 = wp::range(var_6);
    //---------
    // reverse
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
        // slot = (home + probe * probe) % capacity                                           <L 19>
        var_13 = wp::mul(var_12, var_12);
        var_14 = wp::add(var_9, var_13);
        var_15 = wp::mod(var_14, var_6);
        // prev = wp.atomic_cas(table_keys, slot, EMPTY, keys[tid])                           <L 20>
        var_17 = wp::address(var_keys, var_0);
        var_19 = wp::load(var_17);
        // var_18 = wp::atomic_cas(var_table_keys, var_15, var_16, var_19);
        // if prev == EMPTY or prev == keys[tid]:                                             <L 21>
        var_21 = (var_18 == var_16);
        var_20 = var_21;
        if (!var_20) {
            var_22 = wp::address(var_keys, var_0);
            var_24 = wp::load(var_22);
            var_23 = (var_18 == var_24);
            var_20 = var_20 || var_23;
        }
        if (var_20) {
            // wp.atomic_add(slot_values, slot, value)                                        <L 22>
            // var_25 = wp::atomic_add(var_slot_values, var_15, var_2);
            // break                                                                          <L 23>
            goto end_for_0;
        }
        if (var_20) {
            // adj: break                                                                     <L 23>
            wp::adj_atomic_add(var_slot_values, var_15, var_2, adj_slot_values, adj_15, adj_2, adj_25);
            // adj: wp.atomic_add(slot_values, slot, value)                                   <L 22>
        }
        if (!var_20) {
            wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_22);
        }
        // adj: if prev == EMPTY or prev == keys[tid]:                                        <L 21>
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_17);
        // adj: prev = wp.atomic_cas(table_keys, slot, EMPTY, keys[tid])                      <L 20>
        wp::adj_mod(var_14, var_6, adj_14, adj_6, adj_15);
        wp::adj_add(var_9, var_13, adj_9, adj_13, adj_14);
        wp::adj_mul(var_12, var_12, adj_12, adj_12, adj_13);
        // adj: slot = (home + probe * probe) % capacity                                      <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for probe in range(capacity):                                                     <L 18>
    wp::adj_mod(var_10, var_6, adj_8, adj_6, adj_9);
    wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_8);
    // adj: home = keys[tid] % capacity                                                       <L 17>
    adj_table_keys.shape = adj_4;
    // adj: capacity = table_keys.shape[0]                                                    <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: value = values[tid]                                                               <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def count_keys(                                                                   <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_keys_9ae4a7af_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_9ae4a7af *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_keys_9ae4a7af_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_keys_9ae4a7af_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_9ae4a7af *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->keys.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->table_keys.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->slot_values.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        count_keys_9ae4a7af_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_keys_9ae4a7af_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_keys_9ae4a7af_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_9ae4a7af *_wp_args)
{
    count_keys_9ae4a7af_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_keys_9ae4a7af_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_9ae4a7af *_wp_args,
    wp_args_count_keys_9ae4a7af *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_keys_9ae4a7af_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_keys_9ae4a7af_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_9ae4a7af *_wp_args,
    wp_args_count_keys_9ae4a7af *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->keys.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->keys.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->table_keys.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->table_keys.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->slot_values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->slot_values.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        count_keys_9ae4a7af_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_keys_9ae4a7af_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_keys_9ae4a7af_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_keys_9ae4a7af *_wp_args,
    wp_args_count_keys_9ae4a7af *_wp_adj_args)
{
    count_keys_9ae4a7af_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

