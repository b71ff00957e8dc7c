// Warp 1.19.0 cpu code for reflect_particles_d6f8f7c8.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_reflect_particles_83f3fda0 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 y_min;
    wp::float32 bounce;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
};


template <bool wp_linear_contiguous>
static void reflect_particles_83f3fda0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reflect_particles_83f3fda0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reflect_particles_83f3fda0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_y_min = _wp_args->y_min;
    wp::float32 var_bounce = _wp_args->bounce;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def reflect_particles(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 14>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 15>
        return;
    }
    // x = particle_x[tid]                                                                    <L 16>
    var_5 = wp::address(var_particle_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = particle_v[tid]                                                                    <L 17>
    var_8 = wp::address(var_particle_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if x[1] < y_min:                                                                       <L 18>
    var_12 = wp::extract(var_6, var_11);
    var_13 = (var_12 < var_y_min);
    if (var_13) {
        // x = wp.vec3(x[0], y_min, x[2])                                                     <L 19>
        var_15 = wp::extract(var_6, var_14);
        var_17 = wp::extract(var_6, var_16);
        var_18 = wp::vec_t<3, wp::float32>(var_15, var_y_min, var_17);
        // v = wp.vec3(v[0], -v[1] * bounce, v[2])                                            <L 20>
        var_20 = wp::extract(var_9, var_19);
        var_22 = wp::extract(var_9, var_21);
        var_23 = wp::neg(var_22);
        var_24 = wp::mul(var_23, var_bounce);
        var_26 = wp::extract(var_9, var_25);
        var_27 = wp::vec_t<3, wp::float32>(var_20, var_24, var_26);
    }
    var_28 = wp::where(var_13, var_18, var_6);
    var_29 = wp::where(var_13, var_27, var_9);
    // particle_x[tid] = x                                                                    <L 21>
    wp::array_store(var_particle_x, var_0, var_28);
    // v_out[tid] = v                                                                         <L 22>
    wp::array_store(var_v_out, var_0, var_29);
}



template <bool wp_linear_contiguous>
static void reflect_particles_83f3fda0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reflect_particles_83f3fda0 *_wp_args,
    wp_args_reflect_particles_83f3fda0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reflect_particles_83f3fda0 wp_contiguous_args;
    wp_args_reflect_particles_83f3fda0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_y_min = _wp_args->y_min;
    wp::float32 var_bounce = _wp_args->bounce;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_y_min = _wp_adj_args->y_min;
    wp::float32 adj_bounce = _wp_adj_args->bounce;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    const wp::int32 var_19 = 0;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def reflect_particles(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 14>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 15>
        goto label0;
    }
    // x = particle_x[tid]                                                                    <L 16>
    var_5 = wp::address(var_particle_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = particle_v[tid]                                                                    <L 17>
    var_8 = wp::address(var_particle_v, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if x[1] < y_min:                                                                       <L 18>
    var_12 = wp::extract(var_6, var_11);
    var_13 = (var_12 < var_y_min);
    if (var_13) {
        // x = wp.vec3(x[0], y_min, x[2])                                                     <L 19>
        var_15 = wp::extract(var_6, var_14);
        var_17 = wp::extract(var_6, var_16);
        var_18 = wp::vec_t<3, wp::float32>(var_15, var_y_min, var_17);
        // v = wp.vec3(v[0], -v[1] * bounce, v[2])                                            <L 20>
        var_20 = wp::extract(var_9, var_19);
        var_22 = wp::extract(var_9, var_21);
        var_23 = wp::neg(var_22);
        var_24 = wp::mul(var_23, var_bounce);
        var_26 = wp::extract(var_9, var_25);
        var_27 = wp::vec_t<3, wp::float32>(var_20, var_24, var_26);
    }
    var_28 = wp::where(var_13, var_18, var_6);
    var_29 = wp::where(var_13, var_27, var_9);
    // particle_x[tid] = x                                                                    <L 21>
    // wp::array_store(var_particle_x, var_0, var_28);
    // v_out[tid] = v                                                                         <L 22>
    // wp::array_store(var_v_out, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_v_out, var_0, var_29, adj_v_out, adj_0, adj_29);
    // adj: v_out[tid] = v                                                                    <L 22>
    wp::adj_array_store(var_particle_x, var_0, var_28, adj_particle_x, adj_0, adj_28);
    // adj: particle_x[tid] = x                                                               <L 21>
    wp::adj_where(var_13, var_27, var_9, adj_13, adj_27, adj_9, adj_29);
    wp::adj_where(var_13, var_18, var_6, adj_13, adj_18, adj_6, adj_28);
    if (var_13) {
        wp::adj_vec_t(var_20, var_24, var_26, adj_20, adj_24, adj_26, adj_27);
        wp::adj_extract(var_9, var_25, adj_9, adj_25, adj_26);
        wp::adj_mul(var_23, var_bounce, adj_23, adj_bounce, adj_24);
        wp::adj_neg(var_22, adj_22, adj_23);
        wp::adj_extract(var_9, var_21, adj_9, adj_21, adj_22);
        wp::adj_extract(var_9, var_19, adj_9, adj_19, adj_20);
        // adj: v = wp.vec3(v[0], -v[1] * bounce, v[2])                                       <L 20>
        wp::adj_vec_t(var_15, var_y_min, var_17, adj_15, adj_y_min, adj_17, adj_18);
        wp::adj_extract(var_6, var_16, adj_6, adj_16, adj_17);
        wp::adj_extract(var_6, var_14, adj_6, adj_14, adj_15);
        // adj: x = wp.vec3(x[0], y_min, x[2])                                                <L 19>
    }
    wp::adj_extract(var_6, var_11, adj_6, adj_11, adj_12);
    // adj: if x[1] < y_min:                                                                  <L 18>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_8);
    // adj: v = particle_v[tid]                                                               <L 17>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
    // adj: x = particle_x[tid]                                                               <L 16>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def reflect_particles(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reflect_particles_83f3fda0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_83f3fda0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reflect_particles_83f3fda0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reflect_particles_83f3fda0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_83f3fda0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        reflect_particles_83f3fda0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        reflect_particles_83f3fda0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reflect_particles_83f3fda0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_83f3fda0 *_wp_args)
{
    reflect_particles_83f3fda0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reflect_particles_83f3fda0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_83f3fda0 *_wp_args,
    wp_args_reflect_particles_83f3fda0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reflect_particles_83f3fda0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void reflect_particles_83f3fda0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_83f3fda0 *_wp_args,
    wp_args_reflect_particles_83f3fda0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        reflect_particles_83f3fda0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        reflect_particles_83f3fda0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void reflect_particles_83f3fda0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_83f3fda0 *_wp_args,
    wp_args_reflect_particles_83f3fda0 *_wp_adj_args)
{
    reflect_particles_83f3fda0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

