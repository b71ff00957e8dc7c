// Warp 1.19.0 cpu code for pick_closest_body_5fb3535b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// pick_closest_body.py:4
static wp::float32 ray_sphere_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    const wp::float32 var_9 = -1.0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    //---------
    // forward
    // def ray_sphere(ro: wp.vec3, rd: wp.vec3, center: wp.vec3, radius: float) -> float:       <L 5>
    // oc = ro - center                                                                       <L 7>
    var_0 = wp::sub(var_ro, var_center);
    // b = wp.dot(oc, rd)                                                                     <L 8>
    var_1 = wp::dot(var_0, var_rd);
    // c = wp.dot(oc, oc) - radius * radius                                                   <L 9>
    var_2 = wp::dot(var_0, var_0);
    var_3 = wp::mul(var_radius, var_radius);
    var_4 = wp::sub(var_2, var_3);
    // disc = b * b - c                                                                       <L 10>
    var_5 = wp::mul(var_1, var_1);
    var_6 = wp::sub(var_5, var_4);
    // if disc < 0.0:                                                                         <L 11>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 12>
        return var_9;
    }
    // s = wp.sqrt(disc)                                                                      <L 13>
    var_10 = wp::sqrt(var_6);
    // t = -b - s                                                                             <L 14>
    var_11 = wp::neg(var_1);
    var_12 = wp::sub(var_11, var_10);
    // if t < 0.0:                                                                            <L 15>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // t = -b + s                                                                         <L 16>
        var_15 = wp::neg(var_1);
        var_16 = wp::add(var_15, var_10);
    }
    var_17 = wp::where(var_14, var_16, var_12);
    // return t                                                                               <L 17>
    return var_17;
}


// pick_closest_body.py:4
static void adj_ray_sphere_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_rd,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_ro,
    wp::vec_t<3, wp::float32> & adj_rd,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_pick_closest_body_d053ba84 {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_starts;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_dirs;
    wp::array_t<wp::int32> collider_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> shape_local_center;
    wp::array_t<wp::float32> item_radius;
    wp::array_t<wp::int32> body_pickable;
    wp::float32 max_t;
    wp::array_t<wp::int32> picked_body;
    wp::array_t<wp::float32> pick_t;
    wp::array_t<wp::vec_t<3, wp::float32>> pick_offset;
};


template <bool wp_linear_contiguous>
static void pick_closest_body_d053ba84_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_pick_closest_body_d053ba84 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_pick_closest_body_d053ba84 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.ray_starts.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ray_dirs.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.collider_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.shape_local_center.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.item_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_pickable.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.picked_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pick_t.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pick_offset.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts = _wp_args->ray_starts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs = _wp_args->ray_dirs;
    wp::array_t<wp::int32> var_collider_body = _wp_args->collider_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_local_center = _wp_args->shape_local_center;
    wp::array_t<wp::float32> var_item_radius = _wp_args->item_radius;
    wp::array_t<wp::int32> var_body_pickable = _wp_args->body_pickable;
    wp::float32 var_max_t = _wp_args->max_t;
    wp::array_t<wp::int32> var_picked_body = _wp_args->picked_body;
    wp::array_t<wp::float32> var_pick_t = _wp_args->pick_t;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_offset = _wp_args->pick_offset;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = -1;
    wp::int32 var_9;
    wp::bvh_query_t var_10;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    bool var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::int32* var_21;
    const wp::int32 var_22 = 0;
    bool var_23;
    wp::int32 var_24;
    wp::transform_t<wp::float32>* var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::transform_t<wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    bool var_36;
    wp::float32 var_37;
    wp::int32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 0;
    bool var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::transform_t<wp::float32>* var_45;
    wp::transform_t<wp::float32> var_46;
    wp::transform_t<wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    //---------
    // forward
    // def pick_closest_body(                                                                 <L 21>
    // tid = wp.tid()                                                                         <L 36>
    var_0 = builtin_tid1d();
    // ro = ray_starts[tid]                                                                   <L 37>
    var_1 = wp::address(var_ray_starts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rd = wp.normalize(ray_dirs[tid])                                                       <L 38>
    var_4 = wp::address(var_ray_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // t_best = max_t                                                                         <L 39>
    var_7 = wp::copy(var_max_t);
    // best_body = int(-1)                                                                    <L 40>
    var_9 = wp::int(var_8);
    // query = wp.bvh_query_ray(bvh, ro, rd)                                                  <L 41>
    var_10 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_11);
    // index = int(0)                                                                         <L 42>
    var_13 = wp::int(var_12);
    // while wp.bvh_query_next(query, index, t_best):                                         <L 43>
    start_while_0:;
    var_14 = wp::bvh_query_ray_next(var_10, var_13, var_7);
    if ((var_14) == false) goto end_while_0;
        // body = collider_body[index]                                                        <L 44>
        var_15 = wp::address(var_collider_body, var_13);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if body < 0 or body_pickable[body] == 0:                                           <L 45>
        var_20 = (var_16 < var_19);
        var_18 = var_20;
        if (!var_18) {
            var_21 = wp::address(var_body_pickable, var_16);
            var_24 = wp::load(var_21);
            var_23 = (var_24 == var_22);
            var_18 = var_18 || var_23;
        }
        if (var_18) {
            // continue                                                                       <L 46>
            goto start_while_0;
        }
        // center = wp.transform_point(body_q[body], shape_local_center[index])               <L 47>
        var_25 = wp::address(var_body_q, var_16);
        var_26 = wp::address(var_shape_local_center, var_13);
        var_28 = wp::load(var_25);
        var_29 = wp::load(var_26);
        var_27 = wp::transform_point(var_28, var_29);
        // t = ray_sphere(ro, rd, center, item_radius[index])                                 <L 48>
        var_30 = wp::address(var_item_radius, var_13);
        var_32 = wp::load(var_30);
        var_31 = ray_sphere_0(var_2, var_5, var_27, var_32);
        // if t >= 0.0 and t < t_best:                                                        <L 49>
        var_35 = (var_31 >= var_34);
        var_33 = var_35;
        if (var_33) {
            var_36 = (var_31 < var_7);
            var_33 = var_33 && var_36;
        }
        if (var_33) {
            // t_best = t                                                                     <L 50>
            var_37 = wp::copy(var_31);
            // best_body = body                                                               <L 51>
            var_38 = wp::copy(var_16);
        }
        var_39 = wp::where(var_33, var_37, var_7);
        var_40 = wp::where(var_33, var_38, var_9);
        wp::assign(var_7, var_39);
        wp::assign(var_9, var_40);
    goto start_while_0;
    end_while_0:;
    // picked_body[tid] = best_body                                                           <L 52>
    wp::array_store(var_picked_body, var_0, var_9);
    // if best_body < 0:                                                                      <L 53>
    var_42 = (var_9 < var_41);
    if (var_42) {
        // return                                                                             <L 54>
        return;
    }
    // pick_t[tid] = t_best                                                                   <L 55>
    wp::array_store(var_pick_t, var_0, var_7);
    // hit = ro + rd * t_best                                                                 <L 56>
    var_43 = wp::mul(var_5, var_7);
    var_44 = wp::add(var_2, var_43);
    // pick_offset[tid] = wp.transform_point(wp.transform_inverse(body_q[best_body]), hit)       <L 58>
    var_45 = wp::address(var_body_q, var_9);
    var_47 = wp::load(var_45);
    var_46 = wp::transform_inverse(var_47);
    var_48 = wp::transform_point(var_46, var_44);
    wp::array_store(var_pick_offset, var_0, var_48);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void pick_closest_body_d053ba84_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_pick_closest_body_d053ba84 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pick_closest_body_d053ba84_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void pick_closest_body_d053ba84_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_pick_closest_body_d053ba84 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->ray_starts.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ray_dirs.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->collider_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->shape_local_center.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->item_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_pickable.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->picked_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pick_t.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pick_offset.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        pick_closest_body_d053ba84_cpu_forward_tasks<true>(dim, _wp_args);
    else
        pick_closest_body_d053ba84_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void pick_closest_body_d053ba84_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_pick_closest_body_d053ba84 *_wp_args)
{
    pick_closest_body_d053ba84_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

