// Warp 1.19.0 cpu code for scatter_face_normals_0b77947d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// scatter_face_normals.py:11
static wp::vec_t<3, wp::float32> triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:                 <L 12>
    // return wp.cross(p1 - p0, p2 - p0)                                                      <L 14>
    var_0 = wp::sub(var_p1, var_p0);
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::cross(var_0, var_1);
    return var_2;
}


// scatter_face_normals.py:111
static void add_to_sensor_0(
    wp::int32 var_world,
    wp::int32 var_shape,
    wp::vec_t<3, wp::float32> var_f,
    wp::array_t<wp::int32> var_shape_bodies,
    wp::array_t<wp::int32> var_body_sensors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def add_to_sensor(                                                                     <L 112>
    // if shape < 0:                                                                          <L 121>
    var_1 = (var_shape < var_0);
    if (var_1) {
        // return                                                                             <L 122>
        return;
    }
    // body = shape_bodies[world, shape]                                                      <L 123>
    var_2 = wp::address(var_shape_bodies, var_world, var_shape);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body < 0:                                                                           <L 124>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 125>
        return;
    }
    // sensor = body_sensors[world, body]                                                     <L 126>
    var_7 = wp::address(var_body_sensors, var_world, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // if sensor < 0:                                                                         <L 127>
    var_11 = (var_8 < var_10);
    if (var_11) {
        // return                                                                             <L 128>
        return;
    }
    // wp.atomic_add(forces, world, sensor, f)                                                <L 129>
    var_12 = wp::atomic_add(var_forces, var_world, var_8, var_f);
}


// scatter_face_normals.py:11
static void adj_triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// scatter_face_normals.py:111
static void adj_add_to_sensor_0(
    wp::int32 var_world,
    wp::int32 var_shape,
    wp::vec_t<3, wp::float32> var_f,
    wp::array_t<wp::int32> var_shape_bodies,
    wp::array_t<wp::int32> var_body_sensors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::int32 & adj_world,
    wp::int32 & adj_shape,
    wp::vec_t<3, wp::float32> & adj_f,
    wp::array_t<wp::int32> & adj_shape_bodies,
    wp::array_t<wp::int32> & adj_body_sensors,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_forces)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_append_ground_contacts_71886ce5 {
    wp::array_t<wp::int32> world_shape_count;
    wp::array_t<wp::int32> shape_type;
    wp::array_t<wp::vec_t<3, wp::float32>> sphere_centers;
    wp::array_t<wp::float32> sphere_radius;
    wp::float32 half_height;
    wp::vec_t<3, wp::float32> ground_normal;
    wp::float32 ground_height;
    wp::float32 margin;
    wp::int32 max_contacts_per_world;
    wp::array_t<wp::int32> world_contacts;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::float32> penetration;
    wp::array_t<wp::int32> dropped_contacts;
};


template <bool wp_linear_contiguous>
static void append_ground_contacts_71886ce5_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_append_ground_contacts_71886ce5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_shape_count = _wp_args->world_shape_count;
    wp::array_t<wp::int32> var_shape_type = _wp_args->shape_type;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sphere_centers = _wp_args->sphere_centers;
    wp::array_t<wp::float32> var_sphere_radius = _wp_args->sphere_radius;
    wp::float32 var_half_height = _wp_args->half_height;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_margin = _wp_args->margin;
    wp::int32 var_max_contacts_per_world = _wp_args->max_contacts_per_world;
    wp::array_t<wp::int32> var_world_contacts = _wp_args->world_contacts;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::float32> var_penetration = _wp_args->penetration;
    wp::array_t<wp::int32> var_dropped_contacts = _wp_args->dropped_contacts;
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
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    bool var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    const wp::int32 var_17 = 2;
    bool var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    const wp::int32 var_24 = 1;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    bool var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    //---------
    // forward
    // def append_ground_contacts(                                                            <L 57>
    // world, s = wp.tid()                                                                    <L 72>
    builtin_tid2d(var_0, var_1);
    // if s >= world_shape_count[world]:                                                      <L 73>
    var_2 = wp::address(var_world_shape_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 74>
        return;
    }
    // center = sphere_centers[world, s]                                                      <L 75>
    var_5 = wp::address(var_sphere_centers, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r = sphere_radius[world, s]                                                            <L 76>
    var_8 = wp::address(var_sphere_radius, var_0, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // geo = shape_type[world, s]                                                             <L 77>
    var_11 = wp::address(var_shape_type, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:                                   <L 78>
    var_16 = (var_12 != var_15);
    var_14 = var_16;
    if (var_14) {
        var_18 = (var_12 != var_17);
        var_14 = var_14 && var_18;
    }
    if (var_14) {
        // return                                                                             <L 80>
        return;
    }
    // depth = r - (wp.dot(center, ground_normal) - ground_height)                            <L 82>
    var_19 = wp::dot(var_6, var_ground_normal);
    var_20 = wp::sub(var_19, var_ground_height);
    var_21 = wp::sub(var_9, var_20);
    // if geo == GeoType.CAPSULE:                                                             <L 83>
    var_23 = (var_12 == var_22);
    if (var_23) {
        // depth += half_height * wp.abs(ground_normal[1])                                    <L 85>
        var_25 = wp::extract(var_ground_normal, var_24);
        var_26 = wp::abs(var_25);
        var_27 = wp::mul(var_half_height, var_26);
        var_28 = wp::add(var_21, var_27);
    }
    var_29 = wp::where(var_23, var_28, var_21);
    // if depth < -margin:                                                                    <L 86>
    var_30 = wp::neg(var_margin);
    var_31 = (var_29 < var_30);
    if (var_31) {
        // return                                                                             <L 87>
        return;
    }
    // slot = wp.atomic_add(world_contacts, world, 1)                                         <L 88>
    var_33 = wp::atomic_add(var_world_contacts, var_0, var_32);
    // if slot >= max_contacts_per_world:                                                     <L 89>
    var_34 = (var_33 >= var_max_contacts_per_world);
    if (var_34) {
        // wp.atomic_add(dropped_contacts, world, 1)                                          <L 91>
        var_36 = wp::atomic_add(var_dropped_contacts, var_0, var_35);
        // return                                                                             <L 92>
        return;
    }
    // contact_shape0[world, slot] = s                                                        <L 93>
    wp::array_store(var_contact_shape0, var_0, var_33, var_1);
    // penetration[world, slot] = depth                                                       <L 94>
    wp::array_store(var_penetration, var_0, var_33, var_29);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void append_ground_contacts_71886ce5_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_append_ground_contacts_71886ce5 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        append_ground_contacts_71886ce5_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void append_ground_contacts_71886ce5_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_append_ground_contacts_71886ce5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    append_ground_contacts_71886ce5_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void append_ground_contacts_71886ce5_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_append_ground_contacts_71886ce5 *_wp_args)
{
    append_ground_contacts_71886ce5_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_flag_bad_values_84f6553c {
    wp::array_t<wp::vec_t<3, wp::float32>> data;
    wp::array_t<bool> valid;
    wp::array_t<wp::int64> total_count;
};


template <bool wp_linear_contiguous>
static void flag_bad_values_84f6553c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_flag_bad_values_84f6553c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_flag_bad_values_84f6553c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.valid.strides[0] = sizeof(bool);
        wp_contiguous_args.total_count.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::int64> var_total_count = _wp_args->total_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    bool var_4;
    bool var_5;
    bool var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    wp::int64 var_9;
    wp::int64 var_10;
    //---------
    // forward
    // def flag_bad_values(                                                                   <L 98>
    // tid = wp.tid()                                                                         <L 103>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 104>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // bad = wp.isnan(x) or wp.isinf(x)                                                       <L 105>
    var_5 = wp::isnan(var_2);
    var_4 = var_5;
    if (!var_4) {
        var_6 = wp::isinf(var_2);
        var_4 = var_4 || var_6;
    }
    // valid[tid] = not bad                                                                   <L 106>
    var_7 = wp::unot(var_4);
    wp::array_store(var_valid, var_0, var_7);
    // if bad:                                                                                <L 107>
    if (var_4) {
        // wp.atomic_add(total_count, 0, wp.int64(1))                                         <L 108>
        var_9 = 1ll;
        var_10 = wp::atomic_add(var_total_count, var_8, var_9);
    }
}



template <bool wp_linear_contiguous>
static void flag_bad_values_84f6553c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_flag_bad_values_84f6553c *_wp_args,
    wp_args_flag_bad_values_84f6553c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_flag_bad_values_84f6553c wp_contiguous_args;
    wp_args_flag_bad_values_84f6553c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.valid.strides[0] = sizeof(bool);
        wp_contiguous_adj_args.valid.strides[0] = sizeof(bool);
        wp_contiguous_args.total_count.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.total_count.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<bool> var_valid = _wp_args->valid;
    wp::array_t<wp::int64> var_total_count = _wp_args->total_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data = _wp_adj_args->data;
    wp::array_t<bool> adj_valid = _wp_adj_args->valid;
    wp::array_t<wp::int64> adj_total_count = _wp_adj_args->total_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    bool var_4;
    bool var_5;
    bool var_6;
    bool var_7;
    const wp::int32 var_8 = 0;
    wp::int64 var_9;
    wp::int64 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    bool adj_4 = {};
    bool adj_5 = {};
    bool adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int64 adj_9 = {};
    wp::int64 adj_10 = {};
    //---------
    // forward
    // def flag_bad_values(                                                                   <L 98>
    // tid = wp.tid()                                                                         <L 103>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 104>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // bad = wp.isnan(x) or wp.isinf(x)                                                       <L 105>
    var_5 = wp::isnan(var_2);
    var_4 = var_5;
    if (!var_4) {
        var_6 = wp::isinf(var_2);
        var_4 = var_4 || var_6;
    }
    // valid[tid] = not bad                                                                   <L 106>
    var_7 = wp::unot(var_4);
    // wp::array_store(var_valid, var_0, var_7);
    // if bad:                                                                                <L 107>
    if (var_4) {
        // wp.atomic_add(total_count, 0, wp.int64(1))                                         <L 108>
        var_9 = 1ll;
        // var_10 = wp::atomic_add(var_total_count, var_8, var_9);
    }
    //---------
    // reverse
    if (var_4) {
        wp::adj_atomic_add(var_total_count, var_8, var_9, adj_total_count, adj_8, adj_9, adj_10);
        // adj: wp.atomic_add(total_count, 0, wp.int64(1))                                    <L 108>
    }
    // adj: if bad:                                                                           <L 107>
    wp::adj_array_store(var_valid, var_0, var_7, adj_valid, adj_0, adj_7);
    // adj: valid[tid] = not bad                                                              <L 106>
    if (!var_4) {
    }
    // adj: bad = wp.isnan(x) or wp.isinf(x)                                                  <L 105>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: x = data[tid]                                                                     <L 104>
    // adj: tid = wp.tid()                                                                    <L 103>
    // adj: def flag_bad_values(                                                              <L 98>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void flag_bad_values_84f6553c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_84f6553c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        flag_bad_values_84f6553c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void flag_bad_values_84f6553c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_84f6553c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->valid.strides[0] == (int)sizeof(bool)) & (_wp_args->total_count.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        flag_bad_values_84f6553c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        flag_bad_values_84f6553c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void flag_bad_values_84f6553c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_84f6553c *_wp_args)
{
    flag_bad_values_84f6553c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void flag_bad_values_84f6553c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_84f6553c *_wp_args,
    wp_args_flag_bad_values_84f6553c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        flag_bad_values_84f6553c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void flag_bad_values_84f6553c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_84f6553c *_wp_args,
    wp_args_flag_bad_values_84f6553c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->valid.strides[0] == (int)sizeof(bool)) & (_wp_adj_args->valid.strides[0] == (int)sizeof(bool)) & (_wp_args->total_count.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->total_count.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        flag_bad_values_84f6553c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        flag_bad_values_84f6553c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void flag_bad_values_84f6553c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_flag_bad_values_84f6553c *_wp_args,
    wp_args_flag_bad_values_84f6553c *_wp_adj_args)
{
    flag_bad_values_84f6553c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_scatter_face_normals_9311792d {
    wp::array_t<wp::int32> triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> vertices;
    wp::int32 num_tris;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_accum;
    wp::array_t<wp::float32> vertex_weight_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> face_normals;
};


template <bool wp_linear_contiguous>
static void scatter_face_normals_9311792d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_face_normals_9311792d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_triangles = _wp_args->triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices = _wp_args->vertices;
    wp::int32 var_num_tris = _wp_args->num_tris;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_accum = _wp_args->normals_accum;
    wp::array_t<wp::float32> var_vertex_weight_sum = _wp_args->vertex_weight_sum;
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals = _wp_args->face_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 2;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    const wp::float32 var_28 = 1.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    const wp::float32 var_32 = 1.0;
    wp::float32 var_33;
    //---------
    // forward
    // def scatter_face_normals(                                                              <L 18>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // if tid >= num_tris:                                                                    <L 27>
    var_1 = (var_0 >= var_num_tris);
    if (var_1) {
        // return                                                                             <L 28>
        return;
    }
    // i0 = triangles[tid, 0]                                                                 <L 29>
    var_3 = wp::address(var_triangles, var_0, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // i1 = triangles[tid, 1]                                                                 <L 30>
    var_7 = wp::address(var_triangles, var_0, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // i2 = triangles[tid, 2]                                                                 <L 31>
    var_11 = wp::address(var_triangles, var_0, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // p0 = vertices[i0]                                                                      <L 32>
    var_14 = wp::address(var_vertices, var_4);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p1 = vertices[i1]                                                                      <L 33>
    var_17 = wp::address(var_vertices, var_8);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // p2 = vertices[i2]                                                                      <L 34>
    var_20 = wp::address(var_vertices, var_12);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // n = triangle_normal(p0, p1, p2)                                                        <L 35>
    var_23 = triangle_normal_0(var_15, var_18, var_21);
    // n_unit = wp.normalize(n)                                                               <L 36>
    var_24 = wp::normalize(var_23);
    // face_normals[tid] = n_unit                                                             <L 37>
    wp::array_store(var_face_normals, var_0, var_24);
    // wp.atomic_add(normals_accum, i0, n_unit)                                               <L 38>
    var_25 = wp::atomic_add(var_normals_accum, var_4, var_24);
    // wp.atomic_add(normals_accum, i1, n_unit)                                               <L 39>
    var_26 = wp::atomic_add(var_normals_accum, var_8, var_24);
    // wp.atomic_add(normals_accum, i2, n_unit)                                               <L 40>
    var_27 = wp::atomic_add(var_normals_accum, var_12, var_24);
    // wp.atomic_add(vertex_weight_sum, i0, 1.0)                                              <L 42>
    var_29 = wp::atomic_add(var_vertex_weight_sum, var_4, var_28);
    // wp.atomic_add(vertex_weight_sum, i1, 1.0)                                              <L 43>
    var_31 = wp::atomic_add(var_vertex_weight_sum, var_8, var_30);
    // wp.atomic_add(vertex_weight_sum, i2, 1.0)                                              <L 44>
    var_33 = wp::atomic_add(var_vertex_weight_sum, var_12, var_32);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_face_normals_9311792d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_9311792d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_face_normals_9311792d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void scatter_face_normals_9311792d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_9311792d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    scatter_face_normals_9311792d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void scatter_face_normals_9311792d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_9311792d *_wp_args)
{
    scatter_face_normals_9311792d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_count_bins_9aad1ca7 {
    wp::array_t<wp::float32> values;
    wp::float32 lower;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void count_bins_9aad1ca7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_bins_9aad1ca7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_bins_9aad1ca7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_lower = _wp_args->lower;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
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
    wp::float32 var_8;
    const wp::float32 var_9 = 16.0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    //---------
    // forward
    // def count_bins(values: wp.array[float], lower: float, counts: wp.array[wp.int32]):       <L 48>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 50>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // num_bins = counts.shape[0]                                                             <L 51>
    var_4 = &(var_counts.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // b = wp.clamp(int((x - lower) * 16.0), 0, num_bins - 1)                                 <L 52>
    var_8 = wp::sub(var_2, var_lower);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::int(var_10);
    var_14 = wp::sub(var_6, var_13);
    var_15 = wp::clamp(var_11, var_12, var_14);
    // wp.atomic_add(counts, b, 1)                                                            <L 53>
    var_17 = wp::atomic_add(var_counts, var_15, var_16);
}



template <bool wp_linear_contiguous>
static void count_bins_9aad1ca7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_bins_9aad1ca7 *_wp_args,
    wp_args_count_bins_9aad1ca7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_bins_9aad1ca7 wp_contiguous_args;
    wp_args_count_bins_9aad1ca7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_lower = _wp_args->lower;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_lower = _wp_adj_args->lower;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
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
    wp::float32 var_8;
    const wp::float32 var_9 = 16.0;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    //---------
    // forward
    // def count_bins(values: wp.array[float], lower: float, counts: wp.array[wp.int32]):       <L 48>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 50>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // num_bins = counts.shape[0]                                                             <L 51>
    var_4 = &(var_counts.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // b = wp.clamp(int((x - lower) * 16.0), 0, num_bins - 1)                                 <L 52>
    var_8 = wp::sub(var_2, var_lower);
    var_10 = wp::mul(var_8, var_9);
    var_11 = wp::int(var_10);
    var_14 = wp::sub(var_6, var_13);
    var_15 = wp::clamp(var_11, var_12, var_14);
    // wp.atomic_add(counts, b, 1)                                                            <L 53>
    // var_17 = wp::atomic_add(var_counts, var_15, var_16);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_15, var_16, adj_counts, adj_15, adj_16, adj_17);
    // adj: wp.atomic_add(counts, b, 1)                                                       <L 53>
    wp::adj_clamp(var_11, var_12, var_14, adj_11, adj_12, adj_14, adj_15);
    wp::adj_sub(var_6, var_13, adj_6, adj_13, adj_14);
    wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
    wp::adj_sub(var_2, var_lower, adj_2, adj_lower, adj_8);
    // adj: b = wp.clamp(int((x - lower) * 16.0), 0, num_bins - 1)                            <L 52>
    adj_counts.shape = adj_4;
    // adj: num_bins = counts.shape[0]                                                        <L 51>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 50>
    // adj: tid = wp.tid()                                                                    <L 49>
    // adj: def count_bins(values: wp.array[float], lower: float, counts: wp.array[wp.int32]):  <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_bins_9aad1ca7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_9aad1ca7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_bins_9aad1ca7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_bins_9aad1ca7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_9aad1ca7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_bins_9aad1ca7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_bins_9aad1ca7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_bins_9aad1ca7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_9aad1ca7 *_wp_args)
{
    count_bins_9aad1ca7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_bins_9aad1ca7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_9aad1ca7 *_wp_args,
    wp_args_count_bins_9aad1ca7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_bins_9aad1ca7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_bins_9aad1ca7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_9aad1ca7 *_wp_args,
    wp_args_count_bins_9aad1ca7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_bins_9aad1ca7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_bins_9aad1ca7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_bins_9aad1ca7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_bins_9aad1ca7 *_wp_args,
    wp_args_count_bins_9aad1ca7 *_wp_adj_args)
{
    count_bins_9aad1ca7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_accumulate_contact_sensors_aaed5076 {
    wp::array_t<wp::int32> contact_count;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::int32> contact_shape1;
    wp::array_t<wp::int32> shape_body_index;
    wp::array_t<wp::int32> sensor_of_body;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normal;
    wp::array_t<wp::float32> contact_lambda;
    wp::float32 time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> sensor_force;
};


template <bool wp_linear_contiguous>
static void accumulate_contact_sensors_aaed5076_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_accumulate_contact_sensors_aaed5076 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::int32> var_contact_shape1 = _wp_args->contact_shape1;
    wp::array_t<wp::int32> var_shape_body_index = _wp_args->shape_body_index;
    wp::array_t<wp::int32> var_sensor_of_body = _wp_args->sensor_of_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal = _wp_args->contact_normal;
    wp::array_t<wp::float32> var_contact_lambda = _wp_args->contact_lambda;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sensor_force = _wp_args->sensor_force;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::int32 var_16;
    //---------
    // forward
    // def accumulate_contact_sensors(                                                        <L 133>
    // world, c = wp.tid()                                                                    <L 144>
    builtin_tid2d(var_0, var_1);
    // if c >= contact_count[world]:                                                          <L 145>
    var_2 = wp::address(var_contact_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 146>
        return;
    }
    // lambda_n = contact_lambda[world, c]                                                    <L 147>
    var_5 = wp::address(var_contact_lambda, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // f_n = lambda_n / time_step                                                             <L 149>
    var_8 = wp::div(var_6, var_time_step);
    // f = contact_normal[world, c] * f_n                                                     <L 151>
    var_9 = wp::address(var_contact_normal, var_0, var_1);
    var_11 = wp::load(var_9);
    var_10 = wp::mul(var_11, var_8);
    // add_to_sensor(world, contact_shape0[world, c], f, shape_body_index, sensor_of_body, sensor_force)       <L 152>
    var_12 = wp::address(var_contact_shape0, var_0, var_1);
    var_13 = wp::load(var_12);
    add_to_sensor_0(var_0, var_13, var_10, var_shape_body_index, var_sensor_of_body, var_sensor_force);
    // add_to_sensor(world, contact_shape1[world, c], -f, shape_body_index, sensor_of_body, sensor_force)       <L 153>
    var_14 = wp::address(var_contact_shape1, var_0, var_1);
    var_15 = wp::neg(var_10);
    var_16 = wp::load(var_14);
    add_to_sensor_0(var_0, var_16, var_15, var_shape_body_index, var_sensor_of_body, var_sensor_force);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_contact_sensors_aaed5076_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_accumulate_contact_sensors_aaed5076 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_contact_sensors_aaed5076_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void accumulate_contact_sensors_aaed5076_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_accumulate_contact_sensors_aaed5076 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    accumulate_contact_sensors_aaed5076_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_contact_sensors_aaed5076_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_accumulate_contact_sensors_aaed5076 *_wp_args)
{
    accumulate_contact_sensors_aaed5076_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

