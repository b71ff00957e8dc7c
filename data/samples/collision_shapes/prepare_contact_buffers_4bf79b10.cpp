// Warp 1.19.0 cpu code for prepare_contact_buffers_4bf79b10.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_prepare_contact_buffers_697531a8 {
    wp::int32 shape_count;
    wp::int32 world_count;
    wp::array_t<wp::int32> rigid_contact_count;
    wp::array_t<wp::int32> last_contact_count;
    wp::array_t<wp::int32> overflow_flag;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::int32> contact_shape1;
    wp::array_t<wp::vec_t<3, wp::float32>> rigid_contact_force;
    wp::array_t<wp::int32> pair_table;
    wp::array_t<wp::int32> world_contact_count;
    wp::array_t<wp::int32> contact_high_water;
};


template <bool wp_linear_contiguous>
static void prepare_contact_buffers_697531a8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_prepare_contact_buffers_697531a8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_shape_count = _wp_args->shape_count;
    wp::int32 var_world_count = _wp_args->world_count;
    wp::array_t<wp::int32> var_rigid_contact_count = _wp_args->rigid_contact_count;
    wp::array_t<wp::int32> var_last_contact_count = _wp_args->last_contact_count;
    wp::array_t<wp::int32> var_overflow_flag = _wp_args->overflow_flag;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::int32> var_contact_shape1 = _wp_args->contact_shape1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rigid_contact_force = _wp_args->rigid_contact_force;
    wp::array_t<wp::int32> var_pair_table = _wp_args->pair_table;
    wp::array_t<wp::int32> var_world_contact_count = _wp_args->world_contact_count;
    wp::array_t<wp::int32> var_contact_high_water = _wp_args->contact_high_water;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32* var_5;
    bool var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 0;
    wp::range_t var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = -1;
    const wp::int32 var_22 = -1;
    const wp::float32 var_23 = 0.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::range_t var_25;
    wp::int32 var_26;
    wp::range_t var_27;
    wp::int32 var_28;
    const wp::int32 var_29 = -1;
    wp::range_t var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 0;
    const wp::int32 var_33 = 0;
    const wp::int32 var_34 = 0;
    //---------
    // forward
    // def prepare_contact_buffers(                                                           <L 5>
    // count = rigid_contact_count[0]                                                         <L 18>
    var_1 = wp::address(var_rigid_contact_count, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if count > contact_high_water[0]:                                                      <L 19>
    var_5 = wp::address(var_contact_high_water, var_4);
    var_7 = wp::load(var_5);
    var_6 = (var_2 > var_7);
    if (var_6) {
        // contact_high_water[0] = count                                                      <L 20>
        wp::array_store(var_contact_high_water, var_8, var_2);
    }
    // capacity = contact_shape0.shape[0]                                                     <L 21>
    var_9 = &(var_contact_shape0.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    // if count > capacity:                                                                   <L 22>
    var_13 = (var_2 > var_11);
    if (var_13) {
        // overflow_flag[0] = count - capacity                                                <L 23>
        var_14 = wp::sub(var_2, var_11);
        wp::array_store(var_overflow_flag, var_15, var_14);
        // count = capacity                                                                   <L 24>
        var_16 = wp::copy(var_11);
    }
    var_17 = wp::where(var_13, var_16, var_2);
    // last_contact_count[0] = count                                                          <L 25>
    wp::array_store(var_last_contact_count, var_18, var_17);
    // for k in range(capacity):                                                              <L 26>
    var_19 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_19) == 0) goto end_for_0;
        var_20 = wp::iter_next(var_19);
        // contact_shape0[k] = -1                                                             <L 27>
        wp::array_store(var_contact_shape0, var_20, var_21);
        // contact_shape1[k] = -1                                                             <L 28>
        wp::array_store(var_contact_shape1, var_20, var_22);
        // rigid_contact_force[k] = wp.vec3(0.0)                                              <L 29>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        wp::array_store(var_rigid_contact_force, var_20, var_24);
        goto start_for_0;
    end_for_0:;
    // for a in range(shape_count):                                                           <L 30>
    var_25 = wp::range(var_shape_count);
    start_for_2:;
        if (iter_cmp(var_25) == 0) goto end_for_2;
        var_26 = wp::iter_next(var_25);
        // for b in range(shape_count):                                                       <L 31>
        var_27 = wp::range(var_shape_count);
        start_for_4:;
            if (iter_cmp(var_27) == 0) goto end_for_4;
            var_28 = wp::iter_next(var_27);
            // pair_table[a, b] = -1                                                          <L 32>
            wp::array_store(var_pair_table, var_26, var_28, var_29);
            goto start_for_4;
        end_for_4:;
        goto start_for_2;
    end_for_2:;
    // for w in range(world_count):                                                           <L 33>
    var_30 = wp::range(var_world_count);
    start_for_6:;
        if (iter_cmp(var_30) == 0) goto end_for_6;
        var_31 = wp::iter_next(var_30);
        // world_contact_count[w] = 0                                                         <L 34>
        wp::array_store(var_world_contact_count, var_31, var_32);
        goto start_for_6;
    end_for_6:;
    // rigid_contact_count[0] = 0                                                             <L 35>
    wp::array_store(var_rigid_contact_count, var_34, var_33);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void prepare_contact_buffers_697531a8_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_prepare_contact_buffers_697531a8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        prepare_contact_buffers_697531a8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void prepare_contact_buffers_697531a8_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_prepare_contact_buffers_697531a8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    prepare_contact_buffers_697531a8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void prepare_contact_buffers_697531a8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_prepare_contact_buffers_697531a8 *_wp_args)
{
    prepare_contact_buffers_697531a8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

