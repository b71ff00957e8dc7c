// Warp 1.19.0 cpu code for reflect_particles_e1ce689d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_reflect_particles_8970b70c {
    wp::array_t<wp::int32> mask;
    wp::array_t<wp::vec_t<3, wp::float32>> pos;
    wp::array_t<wp::vec_t<3, wp::float32>> vel;
    wp::float32 x_min;
    wp::float32 x_max;
    wp::float32 bounce;
};


template <bool wp_linear_contiguous>
static void reflect_particles_8970b70c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reflect_particles_8970b70c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reflect_particles_8970b70c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.mask.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.vel.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_x_min = _wp_args->x_min;
    wp::float32 var_x_max = _wp_args->x_max;
    wp::float32 var_bounce = _wp_args->bounce;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    bool var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
    //---------
    // forward
    // def reflect_particles(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if mask[tid] == 0:                                                                     <L 14>
    var_1 = wp::address(var_mask, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 15>
        return;
    }
    // x = pos[tid]                                                                           <L 16>
    var_5 = wp::address(var_pos, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = vel[tid]                                                                           <L 17>
    var_8 = wp::address(var_vel, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if x[0] < x_min:                                                                       <L 19>
    var_12 = wp::extract(var_6, var_11);
    var_13 = (var_12 < var_x_min);
    if (var_13) {
        // x[0] = x_min                                                                       <L 20>
        wp::assign_inplace(var_6, var_14, var_x_min);
        // v[0] = -v[0] * bounce                                                              <L 21>
        var_16 = wp::extract(var_9, var_15);
        var_17 = wp::neg(var_16);
        var_18 = wp::mul(var_17, var_bounce);
        wp::assign_inplace(var_9, var_19, var_18);
    }
    // if x[0] > x_max:                                                                       <L 22>
    var_21 = wp::extract(var_6, var_20);
    var_22 = (var_21 > var_x_max);
    if (var_22) {
        // x[0] = x_max                                                                       <L 23>
        wp::assign_inplace(var_6, var_23, var_x_max);
        // v[0] = -v[0] * bounce                                                              <L 24>
        var_25 = wp::extract(var_9, var_24);
        var_26 = wp::neg(var_25);
        var_27 = wp::mul(var_26, var_bounce);
        wp::assign_inplace(var_9, var_28, var_27);
    }
    // pos[tid] = x                                                                           <L 25>
    wp::array_store(var_pos, var_0, var_6);
    // vel[tid] = v                                                                           <L 26>
    wp::array_store(var_vel, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void reflect_particles_8970b70c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reflect_particles_8970b70c *_wp_args,
    wp_args_reflect_particles_8970b70c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_reflect_particles_8970b70c wp_contiguous_args;
    wp_args_reflect_particles_8970b70c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.mask.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.mask.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.vel.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.vel.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_mask = _wp_args->mask;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pos = _wp_args->pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vel = _wp_args->vel;
    wp::float32 var_x_min = _wp_args->x_min;
    wp::float32 var_x_max = _wp_args->x_max;
    wp::float32 var_bounce = _wp_args->bounce;
    wp::array_t<wp::int32> adj_mask = _wp_adj_args->mask;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_pos = _wp_adj_args->pos;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::float32 adj_x_min = _wp_adj_args->x_min;
    wp::float32 adj_x_max = _wp_adj_args->x_max;
    wp::float32 adj_bounce = _wp_adj_args->bounce;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    bool var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::int32 var_28 = 0;
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
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    //---------
    // forward
    // def reflect_particles(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // if mask[tid] == 0:                                                                     <L 14>
    var_1 = wp::address(var_mask, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 15>
        goto label0;
    }
    // x = pos[tid]                                                                           <L 16>
    var_5 = wp::address(var_pos, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // v = vel[tid]                                                                           <L 17>
    var_8 = wp::address(var_vel, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if x[0] < x_min:                                                                       <L 19>
    var_12 = wp::extract(var_6, var_11);
    var_13 = (var_12 < var_x_min);
    if (var_13) {
        // x[0] = x_min                                                                       <L 20>
        wp::assign_inplace(var_6, var_14, var_x_min);
        // v[0] = -v[0] * bounce                                                              <L 21>
        var_16 = wp::extract(var_9, var_15);
        var_17 = wp::neg(var_16);
        var_18 = wp::mul(var_17, var_bounce);
        wp::assign_inplace(var_9, var_19, var_18);
    }
    // if x[0] > x_max:                                                                       <L 22>
    var_21 = wp::extract(var_6, var_20);
    var_22 = (var_21 > var_x_max);
    if (var_22) {
        // x[0] = x_max                                                                       <L 23>
        wp::assign_inplace(var_6, var_23, var_x_max);
        // v[0] = -v[0] * bounce                                                              <L 24>
        var_25 = wp::extract(var_9, var_24);
        var_26 = wp::neg(var_25);
        var_27 = wp::mul(var_26, var_bounce);
        wp::assign_inplace(var_9, var_28, var_27);
    }
    // pos[tid] = x                                                                           <L 25>
    // wp::array_store(var_pos, var_0, var_6);
    // vel[tid] = v                                                                           <L 26>
    // wp::array_store(var_vel, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_vel, var_0, var_9, adj_vel, adj_0, adj_9);
    // adj: vel[tid] = v                                                                      <L 26>
    wp::adj_array_store(var_pos, var_0, var_6, adj_pos, adj_0, adj_6);
    // adj: pos[tid] = x                                                                      <L 25>
    if (var_22) {
        wp::adj_assign_inplace(var_9, var_28, var_27, adj_9, adj_28, adj_27);
        wp::adj_mul(var_26, var_bounce, adj_26, adj_bounce, adj_27);
        wp::adj_neg(var_25, adj_25, adj_26);
        wp::adj_extract(var_9, var_24, adj_9, adj_24, adj_25);
        // adj: v[0] = -v[0] * bounce                                                         <L 24>
        wp::adj_assign_inplace(var_6, var_23, var_x_max, adj_6, adj_23, adj_x_max);
        // adj: x[0] = x_max                                                                  <L 23>
    }
    wp::adj_extract(var_6, var_20, adj_6, adj_20, adj_21);
    // adj: if x[0] > x_max:                                                                  <L 22>
    if (var_13) {
        wp::adj_assign_inplace(var_9, var_19, var_18, adj_9, adj_19, adj_18);
        wp::adj_mul(var_17, var_bounce, adj_17, adj_bounce, adj_18);
        wp::adj_neg(var_16, adj_16, adj_17);
        wp::adj_extract(var_9, var_15, adj_9, adj_15, adj_16);
        // adj: v[0] = -v[0] * bounce                                                         <L 21>
        wp::adj_assign_inplace(var_6, var_14, var_x_min, adj_6, adj_14, adj_x_min);
        // adj: x[0] = x_min                                                                  <L 20>
    }
    wp::adj_extract(var_6, var_11, adj_6, adj_11, adj_12);
    // adj: if x[0] < x_min:                                                                  <L 19>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_vel, var_0, adj_vel, adj_0, adj_8);
    // adj: v = vel[tid]                                                                      <L 17>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_pos, var_0, adj_pos, adj_0, adj_5);
    // adj: x = pos[tid]                                                                      <L 16>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    wp::adj_address(var_mask, var_0, adj_mask, adj_0, adj_1);
    // adj: if mask[tid] == 0:                                                                <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def reflect_particles(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reflect_particles_8970b70c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_8970b70c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reflect_particles_8970b70c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reflect_particles_8970b70c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_8970b70c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->mask.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->vel.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        reflect_particles_8970b70c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        reflect_particles_8970b70c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reflect_particles_8970b70c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_8970b70c *_wp_args)
{
    reflect_particles_8970b70c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reflect_particles_8970b70c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_8970b70c *_wp_args,
    wp_args_reflect_particles_8970b70c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reflect_particles_8970b70c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void reflect_particles_8970b70c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_8970b70c *_wp_args,
    wp_args_reflect_particles_8970b70c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->mask.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->mask.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->vel.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->vel.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        reflect_particles_8970b70c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        reflect_particles_8970b70c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void reflect_particles_8970b70c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reflect_particles_8970b70c *_wp_args,
    wp_args_reflect_particles_8970b70c *_wp_adj_args)
{
    reflect_particles_8970b70c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

