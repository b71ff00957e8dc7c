// Warp 1.19.0 cpu code for begin_collision_pass_bdcecf3d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// begin_collision_pass.py:115
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
    // def ray_sphere(ro: wp.vec3, rd: wp.vec3, center: wp.vec3, radius: float) -> float:       <L 116>
    // oc = ro - center                                                                       <L 118>
    var_0 = wp::sub(var_ro, var_center);
    // b = wp.dot(oc, rd)                                                                     <L 119>
    var_1 = wp::dot(var_0, var_rd);
    // c = wp.dot(oc, oc) - radius * radius                                                   <L 120>
    var_2 = wp::dot(var_0, var_0);
    var_3 = wp::mul(var_radius, var_radius);
    var_4 = wp::sub(var_2, var_3);
    // disc = b * b - c                                                                       <L 121>
    var_5 = wp::mul(var_1, var_1);
    var_6 = wp::sub(var_5, var_4);
    // if disc < 0.0:                                                                         <L 122>
    var_8 = (var_6 < var_7);
    if (var_8) {
        // return -1.0                                                                        <L 123>
        return var_9;
    }
    // s = wp.sqrt(disc)                                                                      <L 124>
    var_10 = wp::sqrt(var_6);
    // t = -b - s                                                                             <L 125>
    var_11 = wp::neg(var_1);
    var_12 = wp::sub(var_11, var_10);
    // if t < 0.0:                                                                            <L 126>
    var_14 = (var_12 < var_13);
    if (var_14) {
        // t = -b + s                                                                         <L 127>
        var_15 = wp::neg(var_1);
        var_16 = wp::add(var_15, var_10);
    }
    var_17 = wp::where(var_14, var_16, var_12);
    // return t                                                                               <L 128>
    return var_17;
}


// begin_collision_pass.py:64
static wp::vec_t<3, wp::float32> support_point_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_d)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 2;
    bool var_22;
    const wp::float32 var_23 = 0.0;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 0;
    wp::float32 var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    //---------
    // forward
    // def support_point(geo_type: wp.int32, scale: wp.vec3, d: wp.vec3) -> wp.vec3:          <L 65>
    // if geo_type == GeoType.BOX:                                                            <L 67>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.vec3(wp.sign(d[0]) * scale[0], wp.sign(d[1]) * scale[1], wp.sign(d[2]) * scale[2])       <L 68>
        var_3 = wp::extract(var_d, var_2);
        var_4 = wp::sign(var_3);
        var_6 = wp::extract(var_scale, var_5);
        var_7 = wp::mul(var_4, var_6);
        var_9 = wp::extract(var_d, var_8);
        var_10 = wp::sign(var_9);
        var_12 = wp::extract(var_scale, var_11);
        var_13 = wp::mul(var_10, var_12);
        var_15 = wp::extract(var_d, var_14);
        var_16 = wp::sign(var_15);
        var_18 = wp::extract(var_scale, var_17);
        var_19 = wp::mul(var_16, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_7, var_13, var_19);
        return var_20;
    }
    // if geo_type == GeoType.CAPSULE:                                                        <L 69>
    var_22 = (var_geo_type == var_21);
    if (var_22) {
        // return wp.vec3(0.0, wp.sign(d[1]) * scale[1], 0.0) + d * scale[0]                  <L 71>
        var_25 = wp::extract(var_d, var_24);
        var_26 = wp::sign(var_25);
        var_28 = wp::extract(var_scale, var_27);
        var_29 = wp::mul(var_26, var_28);
        var_31 = wp::vec_t<3, wp::float32>(var_23, var_29, var_30);
        var_33 = wp::extract(var_scale, var_32);
        var_34 = wp::mul(var_d, var_33);
        var_35 = wp::add(var_31, var_34);
        return var_35;
    }
    // return d * scale[0]                                                                    <L 72>
    var_37 = wp::extract(var_scale, var_36);
    var_38 = wp::mul(var_d, var_37);
    return var_38;
}


// begin_collision_pass.py:115
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


// begin_collision_pass.py:64
static void adj_support_point_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_d,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_find_world_contacts_5a2e4f52 {
    wp::array_t<wp::int32> world_shape_count;
    wp::array_t<wp::vec_t<3, wp::float32>> shape_position;
    wp::array_t<wp::float32> shape_radius;
    wp::vec_t<3, wp::float32> up;
    wp::float32 margin;
    wp::int32 contact_capacity;
    wp::array_t<wp::int32> world_contact_count;
    wp::array_t<wp::int32> contact_shape;
};


template <bool wp_linear_contiguous>
static void find_world_contacts_5a2e4f52_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_find_world_contacts_5a2e4f52 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_shape_count = _wp_args->world_shape_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_position = _wp_args->shape_position;
    wp::array_t<wp::float32> var_shape_radius = _wp_args->shape_radius;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::float32 var_margin = _wp_args->margin;
    wp::int32 var_contact_capacity = _wp_args->contact_capacity;
    wp::array_t<wp::int32> var_world_contact_count = _wp_args->world_contact_count;
    wp::array_t<wp::int32> var_contact_shape = _wp_args->contact_shape;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    bool var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    //---------
    // forward
    // def find_world_contacts(                                                               <L 41>
    // world, s = wp.tid()                                                                    <L 51>
    builtin_tid2d(var_0, var_1);
    // if s >= world_shape_count[world]:                                                      <L 52>
    var_2 = wp::address(var_world_shape_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 53>
        return;
    }
    // center = shape_position[world, s]                                                      <L 54>
    var_5 = wp::address(var_shape_position, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // depth = shape_radius[world, s] - wp.dot(center, up)                                    <L 55>
    var_8 = wp::address(var_shape_radius, var_0, var_1);
    var_9 = wp::dot(var_6, var_up);
    var_11 = wp::load(var_8);
    var_10 = wp::sub(var_11, var_9);
    // if depth < -margin:                                                                    <L 56>
    var_12 = wp::neg(var_margin);
    var_13 = (var_10 < var_12);
    if (var_13) {
        // return                                                                             <L 57>
        return;
    }
    // slot = wp.atomic_add(world_contact_count, world, 1)                                    <L 58>
    var_15 = wp::atomic_add(var_world_contact_count, var_0, var_14);
    // if slot >= contact_capacity:                                                           <L 59>
    var_16 = (var_15 >= var_contact_capacity);
    if (var_16) {
        // return                                                                             <L 60>
        return;
    }
    // contact_shape[world, slot] = s                                                         <L 61>
    wp::array_store(var_contact_shape, var_0, var_15, var_1);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_world_contacts_5a2e4f52_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_find_world_contacts_5a2e4f52 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_world_contacts_5a2e4f52_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void find_world_contacts_5a2e4f52_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_find_world_contacts_5a2e4f52 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    find_world_contacts_5a2e4f52_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void find_world_contacts_5a2e4f52_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_find_world_contacts_5a2e4f52 *_wp_args)
{
    find_world_contacts_5a2e4f52_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_begin_collision_pass_77cd44db {
    wp::array_t<wp::int32> contact_count;
    wp::array_t<wp::int32> last_contact_count;
    wp::array_t<wp::int32> contact_overflow;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::int32> contact_shape1;
    wp::array_t<wp::vec_t<3, wp::float32>> rigid_contact_force;
    wp::array_t<wp::int32> contact_high_water;
};


template <bool wp_linear_contiguous>
static void begin_collision_pass_77cd44db_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_begin_collision_pass_77cd44db *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::array_t<wp::int32> var_last_contact_count = _wp_args->last_contact_count;
    wp::array_t<wp::int32> var_contact_overflow = _wp_args->contact_overflow;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::int32> var_contact_shape1 = _wp_args->contact_shape1;
    wp::array_t<wp::vec_t<3, wp::float32>> var_rigid_contact_force = _wp_args->rigid_contact_force;
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
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    //---------
    // forward
    // def begin_collision_pass(                                                              <L 12>
    // count = contact_count[0]                                                               <L 21>
    var_1 = wp::address(var_contact_count, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if count > contact_high_water[0]:                                                      <L 23>
    var_5 = wp::address(var_contact_high_water, var_4);
    var_7 = wp::load(var_5);
    var_6 = (var_2 > var_7);
    if (var_6) {
        // contact_high_water[0] = count                                                      <L 24>
        wp::array_store(var_contact_high_water, var_8, var_2);
    }
    // capacity = contact_shape0.shape[0]                                                     <L 25>
    var_9 = &(var_contact_shape0.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    // if count > capacity:                                                                   <L 26>
    var_13 = (var_2 > var_11);
    if (var_13) {
        // contact_overflow[0] = count - capacity                                             <L 28>
        var_14 = wp::sub(var_2, var_11);
        wp::array_store(var_contact_overflow, var_15, var_14);
        // count = capacity                                                                   <L 29>
        var_16 = wp::copy(var_11);
    }
    var_17 = wp::where(var_13, var_16, var_2);
    // last_contact_count[0] = count                                                          <L 31>
    wp::array_store(var_last_contact_count, var_18, var_17);
    // for k in range(capacity):                                                              <L 33>
    var_19 = wp::range(var_11);
    start_for_0:;
        if (iter_cmp(var_19) == 0) goto end_for_0;
        var_20 = wp::iter_next(var_19);
        // contact_shape0[k] = -1                                                             <L 34>
        wp::array_store(var_contact_shape0, var_20, var_21);
        // contact_shape1[k] = -1                                                             <L 35>
        wp::array_store(var_contact_shape1, var_20, var_22);
        // rigid_contact_force[k] = wp.vec3(0.0)                                              <L 36>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        wp::array_store(var_rigid_contact_force, var_20, var_24);
        goto start_for_0;
    end_for_0:;
    // contact_count[0] = 0                                                                   <L 37>
    wp::array_store(var_contact_count, var_26, var_25);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void begin_collision_pass_77cd44db_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_begin_collision_pass_77cd44db *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        begin_collision_pass_77cd44db_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void begin_collision_pass_77cd44db_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_begin_collision_pass_77cd44db *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    begin_collision_pass_77cd44db_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void begin_collision_pass_77cd44db_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_begin_collision_pass_77cd44db *_wp_args)
{
    begin_collision_pass_77cd44db_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_pick_closest_body_923afef5 {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_starts;
    wp::array_t<wp::vec_t<3, wp::float32>> pick_dirs;
    wp::array_t<wp::int32> item_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> shape_local_center;
    wp::array_t<wp::float32> item_radius;
    wp::array_t<wp::int32> pick_body;
    wp::array_t<wp::float32> pick_t;
};


template <bool wp_linear_contiguous>
static void pick_closest_body_923afef5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_pick_closest_body_923afef5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_pick_closest_body_923afef5 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.ray_starts.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.pick_dirs.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.item_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.shape_local_center.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.item_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pick_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pick_t.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts = _wp_args->ray_starts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_dirs = _wp_args->pick_dirs;
    wp::array_t<wp::int32> var_item_body = _wp_args->item_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_local_center = _wp_args->shape_local_center;
    wp::array_t<wp::float32> var_item_radius = _wp_args->item_radius;
    wp::array_t<wp::int32> var_pick_body = _wp_args->pick_body;
    wp::array_t<wp::float32> var_pick_t = _wp_args->pick_t;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 10000000000.0;
    wp::float32 var_8;
    const wp::int32 var_9 = -1;
    wp::int32 var_10;
    wp::bvh_query_t var_11;
    const wp::int32 var_12 = -1;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    bool var_15;
    const wp::float32 var_16 = INFINITY;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::transform_t<wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::transform_t<wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    bool var_31;
    wp::float32 var_32;
    wp::int32 var_33;
    wp::float32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    //---------
    // forward
    // def pick_closest_body(                                                                 <L 132>
    // tid = wp.tid()                                                                         <L 143>
    var_0 = builtin_tid1d();
    // ro = ray_starts[tid]                                                                   <L 144>
    var_1 = wp::address(var_ray_starts, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rd = wp.normalize(pick_dirs[tid])                                                      <L 145>
    var_4 = wp::address(var_pick_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // t_best = float(1.0e10)                                                                 <L 146>
    var_8 = wp::float(var_7);
    // best_body = int(-1)                                                                    <L 147>
    var_10 = wp::int(var_9);
    // query = wp.bvh_query_ray(bvh, ro, rd)                                                  <L 148>
    var_11 = wp::bvh_query_ray(var_bvh, var_2, var_5, var_12);
    // index = int(0)                                                                         <L 149>
    var_14 = wp::int(var_13);
    // while wp.bvh_query_next(query, index):                                                 <L 150>
    start_while_0:;
    var_15 = wp::bvh_query_ray_next(var_11, var_14, var_16);
    if ((var_15) == false) goto end_while_0;
        // body = item_body[index]                                                            <L 151>
        var_17 = wp::address(var_item_body, var_14);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // center = wp.transform_point(body_q[body], shape_local_center[index])               <L 152>
        var_20 = wp::address(var_body_q, var_18);
        var_21 = wp::address(var_shape_local_center, var_14);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::transform_point(var_23, var_24);
        // t = ray_sphere(ro, rd, center, item_radius[index])                                 <L 153>
        var_25 = wp::address(var_item_radius, var_14);
        var_27 = wp::load(var_25);
        var_26 = ray_sphere_0(var_2, var_5, var_22, var_27);
        // if t >= 0.0 and t < t_best:                                                        <L 154>
        var_30 = (var_26 >= var_29);
        var_28 = var_30;
        if (var_28) {
            var_31 = (var_26 < var_8);
            var_28 = var_28 && var_31;
        }
        if (var_28) {
            // t_best = t                                                                     <L 155>
            var_32 = wp::copy(var_26);
            // best_body = body                                                               <L 156>
            var_33 = wp::copy(var_18);
        }
        var_34 = wp::where(var_28, var_32, var_8);
        var_35 = wp::where(var_28, var_33, var_10);
        wp::assign(var_8, var_34);
        wp::assign(var_10, var_35);
    goto start_while_0;
    end_while_0:;
    // pick_body[tid] = best_body                                                             <L 157>
    wp::array_store(var_pick_body, var_0, var_10);
    // if best_body < 0:                                                                      <L 158>
    var_37 = (var_10 < var_36);
    if (var_37) {
        // return                                                                             <L 159>
        return;
    }
    // pick_t[tid] = t_best                                                                   <L 160>
    wp::array_store(var_pick_t, var_0, var_8);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void pick_closest_body_923afef5_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_pick_closest_body_923afef5 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        pick_closest_body_923afef5_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void pick_closest_body_923afef5_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_pick_closest_body_923afef5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->ray_starts.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->pick_dirs.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->item_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->shape_local_center.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->item_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pick_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pick_t.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        pick_closest_body_923afef5_cpu_forward_tasks<true>(dim, _wp_args);
    else
        pick_closest_body_923afef5_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void pick_closest_body_923afef5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_pick_closest_body_923afef5 *_wp_args)
{
    pick_closest_body_923afef5_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_generate_ground_contacts_b4677334 {
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::int32> shape_type;
    wp::array_t<wp::transform_t<wp::float32>> shape_transform;
    wp::array_t<wp::vec_t<3, wp::float32>> geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::int32 max_contacts;
    wp::vec_t<3, wp::float32> up;
    wp::float32 ground_height;
    wp::float32 margin;
    wp::array_t<wp::int32> rigid_contact_count;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::float32> penetration;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_out;
    wp::array_t<wp::vec_t<3, wp::float32>> x_world;
};


template <bool wp_linear_contiguous>
static void generate_ground_contacts_b4677334_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_generate_ground_contacts_b4677334 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_generate_ground_contacts_b4677334 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.shape_transform.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.geo_scale.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.rigid_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape0.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.penetration.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.normals_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x_world.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::transform_t<wp::float32>> var_shape_transform = _wp_args->shape_transform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_geo_scale = _wp_args->geo_scale;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::int32 var_max_contacts = _wp_args->max_contacts;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::int32> var_rigid_contact_count = _wp_args->rigid_contact_count;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::float32> var_penetration = _wp_args->penetration;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_world = _wp_args->x_world;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 3;
    bool var_11;
    wp::transform_t<wp::float32>* var_12;
    wp::transform_t<wp::float32>* var_13;
    wp::transform_t<wp::float32> var_14;
    wp::transform_t<wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    wp::quat_t<wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def generate_ground_contacts(                                                          <L 76>
    // tid = wp.tid()                                                                         <L 92>
    var_0 = builtin_tid1d();
    // body = shape_body[tid]                                                                 <L 93>
    var_1 = wp::address(var_shape_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // geo_type = shape_type[tid]                                                             <L 94>
    var_4 = wp::address(var_shape_type, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if body < 0 or geo_type == GeoType.PLANE:                                              <L 96>
    var_9 = (var_2 < var_8);
    var_7 = var_9;
    if (!var_7) {
        var_11 = (var_5 == var_10);
        var_7 = var_7 || var_11;
    }
    if (var_7) {
        // return                                                                             <L 97>
        return;
    }
    // X_ws = wp.transform_multiply(body_q[body], shape_transform[tid])                       <L 98>
    var_12 = wp::address(var_body_q, var_2);
    var_13 = wp::address(var_shape_transform, var_0);
    var_15 = wp::load(var_12);
    var_16 = wp::load(var_13);
    var_14 = wp::transform_multiply(var_15, var_16);
    // n_s = wp.quat_rotate_inv(wp.transform_get_rotation(X_ws), -up)                         <L 100>
    var_17 = wp::transform_get_rotation(var_14);
    var_18 = wp::neg(var_up);
    var_19 = wp::quat_rotate_inv(var_17, var_18);
    // p = wp.transform_point(X_ws, support_point(geo_type, geo_scale[tid], n_s))             <L 101>
    var_20 = wp::address(var_geo_scale, var_0);
    var_22 = wp::load(var_20);
    var_21 = support_point_0(var_5, var_22, var_19);
    var_23 = wp::transform_point(var_14, var_21);
    // d = wp.dot(up, p) - ground_height                                                      <L 102>
    var_24 = wp::dot(var_up, var_23);
    var_25 = wp::sub(var_24, var_ground_height);
    // if d >= margin:                                                                        <L 103>
    var_26 = (var_25 >= var_margin);
    if (var_26) {
        // return                                                                             <L 104>
        return;
    }
    // slot = wp.atomic_add(rigid_contact_count, 0, 1)                                        <L 105>
    var_29 = wp::atomic_add(var_rigid_contact_count, var_27, var_28);
    // if slot >= max_contacts:                                                               <L 106>
    var_30 = (var_29 >= var_max_contacts);
    if (var_30) {
        // return                                                                             <L 107>
        return;
    }
    // contact_shape0[slot] = tid                                                             <L 108>
    wp::array_store(var_contact_shape0, var_29, var_0);
    // x_world[slot] = p - up * d                                                             <L 110>
    var_31 = wp::mul(var_up, var_25);
    var_32 = wp::sub(var_23, var_31);
    wp::array_store(var_x_world, var_29, var_32);
    // normals_out[slot] = up                                                                 <L 111>
    wp::array_store(var_normals_out, var_29, var_up);
    // penetration[slot] = -d                                                                 <L 112>
    var_33 = wp::neg(var_25);
    wp::array_store(var_penetration, var_29, var_33);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void generate_ground_contacts_b4677334_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_ground_contacts_b4677334 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        generate_ground_contacts_b4677334_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void generate_ground_contacts_b4677334_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_ground_contacts_b4677334 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->shape_transform.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->geo_scale.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->rigid_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape0.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->penetration.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->normals_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x_world.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        generate_ground_contacts_b4677334_cpu_forward_tasks<true>(dim, _wp_args);
    else
        generate_ground_contacts_b4677334_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void generate_ground_contacts_b4677334_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_generate_ground_contacts_b4677334 *_wp_args)
{
    generate_ground_contacts_b4677334_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

