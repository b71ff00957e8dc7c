// Warp 1.19.0 cpu code for clear_contacts_cb696685.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_julia_iterations_4d146aab {
    wp::array_t<wp::vec_t<2, wp::float32>> coords;
    wp::array_t<wp::float32> num_iters;
};


template <bool wp_linear_contiguous>
static void julia_iterations_4d146aab_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_julia_iterations_4d146aab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_julia_iterations_4d146aab wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.coords.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.num_iters.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_coords = _wp_args->coords;
    wp::array_t<wp::float32> var_num_iters = _wp_args->num_iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float64> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float64> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 64;
    bool var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    bool var_12;
    wp::vec_t<2, wp::float64> var_13;
    const wp::int32 var_14 = 0;
    wp::float64 var_15;
    const wp::int32 var_16 = 0;
    wp::float64 var_17;
    wp::float64 var_18;
    const wp::int32 var_19 = 1;
    wp::float64 var_20;
    const wp::int32 var_21 = 1;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    const wp::int32 var_26 = 0;
    wp::float64 var_27;
    wp::float64 var_28;
    const wp::int32 var_29 = 1;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::vec_t<2, wp::float64> var_32;
    wp::vec_t<2, wp::float64> var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::float32 var_36;
    //---------
    // forward
    // def julia_iterations(coords: wp.array[wp.vec2], num_iters: wp.array[float]):           <L 27>
    // tid = wp.tid()                                                                         <L 29>
    var_0 = builtin_tid1d();
    // c = wp.vec2d(coords[tid])                                                              <L 30>
    var_1 = wp::address(var_coords, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<2, wp::float64>(var_3);
    // z = c                                                                                  <L 31>
    var_4 = wp::copy(var_2);
    // n = int(0)                                                                             <L 32>
    var_6 = wp::int(var_5);
    // while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):                               <L 33>
    start_while_0:;
    var_9 = (var_6 < var_8);
    var_7 = var_9;
    if (var_7) {
        var_10 = wp::dot(var_4, var_4);
        var_11 = 4.0;
        var_12 = (var_10 <= var_11);
        var_7 = var_7 && var_12;
    }
    if ((var_7) == false) goto end_while_0;
        // z = wp.abs(z)                                                                      <L 34>
        var_13 = wp::abs(var_4);
        // z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c         <L 35>
        var_15 = wp::extract(var_13, var_14);
        var_17 = wp::extract(var_13, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_20 = wp::extract(var_13, var_19);
        var_22 = wp::extract(var_13, var_21);
        var_23 = wp::mul(var_20, var_22);
        var_24 = wp::sub(var_18, var_23);
        var_25 = 2.0;
        var_27 = wp::extract(var_13, var_26);
        var_28 = wp::mul(var_25, var_27);
        var_30 = wp::extract(var_13, var_29);
        var_31 = wp::mul(var_28, var_30);
        var_32 = wp::vec_t<2, wp::float64>(var_24, var_31);
        var_33 = wp::add(var_32, var_2);
        // n += 1                                                                             <L 36>
        var_35 = wp::add(var_6, var_34);
        wp::assign(var_4, var_33);
        wp::assign(var_6, var_35);
    goto start_while_0;
    end_while_0:;
    // num_iters[tid] = float(n)                                                              <L 37>
    var_36 = wp::float(var_6);
    wp::array_store(var_num_iters, var_0, var_36);
}



template <bool wp_linear_contiguous>
static void julia_iterations_4d146aab_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_julia_iterations_4d146aab *_wp_args,
    wp_args_julia_iterations_4d146aab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_julia_iterations_4d146aab wp_contiguous_args;
    wp_args_julia_iterations_4d146aab wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.coords.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.coords.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.num_iters.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.num_iters.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_coords = _wp_args->coords;
    wp::array_t<wp::float32> var_num_iters = _wp_args->num_iters;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_coords = _wp_adj_args->coords;
    wp::array_t<wp::float32> adj_num_iters = _wp_adj_args->num_iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float64> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float64> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 64;
    bool var_9;
    wp::float64 var_10;
    wp::float64 var_11;
    bool var_12;
    wp::vec_t<2, wp::float64> var_13;
    const wp::int32 var_14 = 0;
    wp::float64 var_15;
    const wp::int32 var_16 = 0;
    wp::float64 var_17;
    wp::float64 var_18;
    const wp::int32 var_19 = 1;
    wp::float64 var_20;
    const wp::int32 var_21 = 1;
    wp::float64 var_22;
    wp::float64 var_23;
    wp::float64 var_24;
    wp::float64 var_25;
    const wp::int32 var_26 = 0;
    wp::float64 var_27;
    wp::float64 var_28;
    const wp::int32 var_29 = 1;
    wp::float64 var_30;
    wp::float64 var_31;
    wp::vec_t<2, wp::float64> var_32;
    wp::vec_t<2, wp::float64> var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::float32 var_36;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float64> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float64> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<2, wp::float64> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::float64 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::float64 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float64 adj_27 = {};
    wp::float64 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float64 adj_30 = {};
    wp::float64 adj_31 = {};
    wp::vec_t<2, wp::float64> adj_32 = {};
    wp::vec_t<2, wp::float64> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    //---------
    // forward
    // def julia_iterations(coords: wp.array[wp.vec2], num_iters: wp.array[float]):           <L 27>
    // tid = wp.tid()                                                                         <L 29>
    var_0 = builtin_tid1d();
    // c = wp.vec2d(coords[tid])                                                              <L 30>
    var_1 = wp::address(var_coords, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<2, wp::float64>(var_3);
    // z = c                                                                                  <L 31>
    var_4 = wp::copy(var_2);
    // n = int(0)                                                                             <L 32>
    var_6 = wp::int(var_5);
    // while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):                               <L 33>
    // num_iters[tid] = float(n)                                                              <L 37>
    var_36 = wp::float(var_6);
    // wp::array_store(var_num_iters, var_0, var_36);
    //---------
    // reverse
    wp::adj_array_store(var_num_iters, var_0, var_36, adj_num_iters, adj_0, adj_36);
    wp::adj_float(var_6, adj_6, adj_36);
    // adj: num_iters[tid] = float(n)                                                         <L 37>
    start_while_0:;
    var_9 = (var_6 < var_8);
    var_7 = var_9;
    if (var_7) {
        var_10 = wp::dot(var_4, var_4);
        var_11 = 4.0;
        var_12 = (var_10 <= var_11);
        var_7 = var_7 && var_12;
    }
    if ((var_7) == false) goto end_while_0;
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
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_30 = {};
    adj_31 = {};
    adj_32 = {};
    adj_33 = {};
    adj_34 = {};
    adj_35 = {};
        // z = wp.abs(z)                                                                      <L 34>
        var_13 = wp::abs(var_4);
        // z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c         <L 35>
        var_15 = wp::extract(var_13, var_14);
        var_17 = wp::extract(var_13, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_20 = wp::extract(var_13, var_19);
        var_22 = wp::extract(var_13, var_21);
        var_23 = wp::mul(var_20, var_22);
        var_24 = wp::sub(var_18, var_23);
        var_25 = 2.0;
        var_27 = wp::extract(var_13, var_26);
        var_28 = wp::mul(var_25, var_27);
        var_30 = wp::extract(var_13, var_29);
        var_31 = wp::mul(var_28, var_30);
        var_32 = wp::vec_t<2, wp::float64>(var_24, var_31);
        var_33 = wp::add(var_32, var_2);
        // n += 1                                                                             <L 36>
        var_35 = wp::add(var_6, var_34);
        wp::assign(var_4, var_33);
        wp::assign(var_6, var_35);
        wp::adj_assign(var_6, var_35, adj_6, adj_35);
        wp::adj_assign(var_4, var_33, adj_4, adj_33);
        wp::adj_add(var_6, var_34, adj_6, adj_34, adj_35);
        // adj: n += 1                                                                        <L 36>
        wp::adj_add(var_32, var_2, adj_32, adj_2, adj_33);
        wp::adj_vec_t(var_24, var_31, adj_24, adj_31, adj_32);
        wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
        wp::adj_extract(var_13, var_29, adj_13, adj_29, adj_30);
        wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_extract(var_13, var_26, adj_13, adj_26, adj_27);
        wp::adj_sub(var_18, var_23, adj_18, adj_23, adj_24);
        wp::adj_mul(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_extract(var_13, var_21, adj_13, adj_21, adj_22);
        wp::adj_extract(var_13, var_19, adj_13, adj_19, adj_20);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_extract(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_extract(var_13, var_14, adj_13, adj_14, adj_15);
        // adj: z = wp.vec2d(z[0] * z[0] - z[1] * z[1], wp.float64(2.0) * z[0] * z[1]) + c    <L 35>
        wp::adj_abs(var_4, adj_4, adj_13);
        // adj: z = wp.abs(z)                                                                 <L 34>
    goto start_while_0;
    end_while_0:;
    // adj: while n < MAX_ITERS and wp.dot(z, z) <= wp.float64(4.0):                          <L 33>
    // adj: n = int(0)                                                                        <L 32>
    wp::adj_copy(var_2, adj_2, adj_4);
    // adj: z = c                                                                             <L 31>
    wp::adj_vec_t(var_3, adj_1, adj_2);
    wp::adj_address(var_coords, var_0, adj_coords, adj_0, adj_1);
    // adj: c = wp.vec2d(coords[tid])                                                         <L 30>
    // adj: tid = wp.tid()                                                                    <L 29>
    // adj: def julia_iterations(coords: wp.array[wp.vec2], num_iters: wp.array[float]):      <L 27>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void julia_iterations_4d146aab_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_julia_iterations_4d146aab *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        julia_iterations_4d146aab_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void julia_iterations_4d146aab_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_julia_iterations_4d146aab *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->coords.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->num_iters.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        julia_iterations_4d146aab_cpu_forward_tasks<true>(dim, _wp_args);
    else
        julia_iterations_4d146aab_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void julia_iterations_4d146aab_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_julia_iterations_4d146aab *_wp_args)
{
    julia_iterations_4d146aab_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void julia_iterations_4d146aab_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_julia_iterations_4d146aab *_wp_args,
    wp_args_julia_iterations_4d146aab *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        julia_iterations_4d146aab_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void julia_iterations_4d146aab_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_julia_iterations_4d146aab *_wp_args,
    wp_args_julia_iterations_4d146aab *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->coords.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->coords.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->num_iters.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->num_iters.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        julia_iterations_4d146aab_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        julia_iterations_4d146aab_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void julia_iterations_4d146aab_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_julia_iterations_4d146aab *_wp_args,
    wp_args_julia_iterations_4d146aab *_wp_adj_args)
{
    julia_iterations_4d146aab_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_clear_contacts_76df5378 {
    wp::array_t<wp::int32> world_contact_count;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::int32> dropped_contacts;
    wp::int32 num_envs;
    wp::int32 max_contacts_per_world;
};


template <bool wp_linear_contiguous>
static void clear_contacts_76df5378_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_clear_contacts_76df5378 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_contact_count = _wp_args->world_contact_count;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::int32> var_dropped_contacts = _wp_args->dropped_contacts;
    wp::int32 var_num_envs = _wp_args->num_envs;
    wp::int32 var_max_contacts_per_world = _wp_args->max_contacts_per_world;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32 var_1;
    wp::range_t var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::range_t var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = -1;
    const wp::int32 var_15 = 0;
    //---------
    // forward
    // def clear_contacts(                                                                    <L 8>
    // dropped = wp.int32(0)                                                                  <L 16>
    var_1 = wp::int32(var_0);
    // for w in range(num_envs):                                                              <L 17>
    var_2 = wp::range(var_num_envs);
    start_for_0:;
        if (iter_cmp(var_2) == 0) goto end_for_0;
        var_3 = wp::iter_next(var_2);
        // count = world_contact_count[w]                                                     <L 18>
        var_4 = wp::address(var_world_contact_count, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // dropped += wp.max(count - max_contacts_per_world, 0)                               <L 19>
        var_7 = wp::sub(var_5, var_max_contacts_per_world);
        var_9 = wp::max(var_7, var_8);
        var_10 = wp::add(var_1, var_9);
        // world_contact_count[w] = 0                                                         <L 20>
        wp::array_store(var_world_contact_count, var_3, var_11);
        // for c in range(max_contacts_per_world):                                            <L 21>
        var_12 = wp::range(var_max_contacts_per_world);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
            // contact_shape0[w, c] = -1                                                      <L 22>
            wp::array_store(var_contact_shape0, var_3, var_13, var_14);
            goto start_for_2;
        end_for_2:;
        wp::assign(var_1, var_10);
        goto start_for_0;
    end_for_0:;
    // dropped_contacts[0] = dropped                                                          <L 23>
    wp::array_store(var_dropped_contacts, var_15, var_1);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void clear_contacts_76df5378_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_clear_contacts_76df5378 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        clear_contacts_76df5378_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void clear_contacts_76df5378_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_clear_contacts_76df5378 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    clear_contacts_76df5378_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void clear_contacts_76df5378_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_clear_contacts_76df5378 *_wp_args)
{
    clear_contacts_76df5378_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

