// Warp 1.19.0 cpu code for scatter_face_normals_63451e9e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// scatter_face_normals.py:40
static void add_to_sensor_0(
    wp::int32 var_world,
    wp::int32 var_shape,
    wp::vec_t<3, wp::float32> var_f,
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::int32> var_shape_bodies,
    wp::array_t<wp::int32> var_body_sensors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques,
    wp::array_t<wp::int32> var_hits)
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
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    //---------
    // forward
    // def add_to_sensor(                                                                     <L 41>
    // if shape < 0:                                                                          <L 53>
    var_1 = (var_shape < var_0);
    if (var_1) {
        // return                                                                             <L 54>
        return;
    }
    // body = shape_bodies[world, shape]                                                      <L 55>
    var_2 = wp::address(var_shape_bodies, var_world, var_shape);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body < 0:                                                                           <L 56>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 57>
        return;
    }
    // sensor = body_sensors[world, body]                                                     <L 58>
    var_7 = wp::address(var_body_sensors, var_world, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // if sensor < 0:                                                                         <L 59>
    var_11 = (var_8 < var_10);
    if (var_11) {
        // return                                                                             <L 60>
        return;
    }
    // wp.atomic_add(forces, world, sensor, f)                                                <L 61>
    var_12 = wp::atomic_add(var_forces, var_world, var_8, var_f);
    // wp.atomic_add(torques, world, sensor, wp.cross(p, f))                                  <L 63>
    var_13 = wp::cross(var_p, var_f);
    var_14 = wp::atomic_add(var_torques, var_world, var_8, var_13);
    // wp.atomic_add(hits, world, sensor, 1)                                                  <L 64>
    var_16 = wp::atomic_add(var_hits, var_world, var_8, var_15);
}


// scatter_face_normals.py:4
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
    // def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:                 <L 5>
    // return wp.cross(p1 - p0, p2 - p0)                                                      <L 7>
    var_0 = wp::sub(var_p1, var_p0);
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::cross(var_0, var_1);
    return var_2;
}


// scatter_face_normals.py:40
static void adj_add_to_sensor_0(
    wp::int32 var_world,
    wp::int32 var_shape,
    wp::vec_t<3, wp::float32> var_f,
    wp::vec_t<3, wp::float32> var_p,
    wp::array_t<wp::int32> var_shape_bodies,
    wp::array_t<wp::int32> var_body_sensors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques,
    wp::array_t<wp::int32> var_hits,
    wp::int32 & adj_world,
    wp::int32 & adj_shape,
    wp::vec_t<3, wp::float32> & adj_f,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::array_t<wp::int32> & adj_shape_bodies,
    wp::array_t<wp::int32> & adj_body_sensors,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_torques,
    wp::array_t<wp::int32> & adj_hits)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// scatter_face_normals.py:4
static void adj_triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    //---------
    // forward
    // def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:                 <L 5>
    // return wp.cross(p1 - p0, p2 - p0)                                                      <L 7>
    var_0 = wp::sub(var_p1, var_p0);
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::cross(var_0, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_cross(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_p2, var_p0, adj_p2, adj_p0, adj_1);
    wp::adj_sub(var_p1, var_p0, adj_p1, adj_p0, adj_0);
    // adj: return wp.cross(p1 - p0, p2 - p0)                                                 <L 7>
    // adj: def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:            <L 5>
    return;
}

struct wp_args_update_force_sensors_688b4e46 {
    wp::array_t<wp::int32> world_contact_count;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::int32> shape_body_index;
    wp::array_t<wp::int32> sensor_of_body;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normal;
    wp::array_t<wp::float32> contact_lambda;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_point;
    wp::float32 delta_time;
    wp::float32 force_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> sensor_force;
    wp::array_t<wp::vec_t<3, wp::float32>> sensor_torque;
    wp::array_t<wp::int32> sensor_contact_count;
};


template <bool wp_linear_contiguous>
static void update_force_sensors_688b4e46_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_force_sensors_688b4e46 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_contact_count = _wp_args->world_contact_count;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::int32> var_shape_body_index = _wp_args->shape_body_index;
    wp::array_t<wp::int32> var_sensor_of_body = _wp_args->sensor_of_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal = _wp_args->contact_normal;
    wp::array_t<wp::float32> var_contact_lambda = _wp_args->contact_lambda;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_point = _wp_args->contact_point;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_force_threshold = _wp_args->force_threshold;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sensor_force = _wp_args->sensor_force;
    wp::array_t<wp::vec_t<3, wp::float32>> var_sensor_torque = _wp_args->sensor_torque;
    wp::array_t<wp::int32> var_sensor_contact_count = _wp_args->sensor_contact_count;
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
    bool var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32* var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def update_force_sensors(                                                              <L 68>
    // world, c = wp.tid()                                                                    <L 82>
    builtin_tid2d(var_0, var_1);
    // if c >= world_contact_count[world]:                                                    <L 83>
    var_2 = wp::address(var_world_contact_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 84>
        return;
    }
    // n = contact_normal[world, c]                                                           <L 85>
    var_5 = wp::address(var_contact_normal, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // f_n = contact_lambda[world, c] / delta_time                                            <L 87>
    var_8 = wp::address(var_contact_lambda, var_0, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::div(var_10, var_delta_time);
    // if f_n < force_threshold:                                                              <L 88>
    var_11 = (var_9 < var_force_threshold);
    if (var_11) {
        // return                                                                             <L 90>
        return;
    }
    // f = n * f_n                                                                            <L 92>
    var_12 = wp::mul(var_6, var_9);
    // add_to_sensor(world, contact_shape0[world, c], f, contact_point[world, c], shape_body_index, sensor_of_body, sensor_force, sensor_torque, sensor_contact_count)       <L 93>
    var_13 = wp::address(var_contact_shape0, var_0, var_1);
    var_14 = wp::address(var_contact_point, var_0, var_1);
    var_15 = wp::load(var_13);
    var_16 = wp::load(var_14);
    add_to_sensor_0(var_0, var_15, var_12, var_16, var_shape_body_index, var_sensor_of_body, var_sensor_force, var_sensor_torque, var_sensor_contact_count);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_force_sensors_688b4e46_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_force_sensors_688b4e46 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_force_sensors_688b4e46_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_force_sensors_688b4e46_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_force_sensors_688b4e46 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_force_sensors_688b4e46_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_force_sensors_688b4e46_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_force_sensors_688b4e46 *_wp_args)
{
    update_force_sensors_688b4e46_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_density_grid_a4b98c3b {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 lower;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void density_grid_a4b98c3b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_density_grid_a4b98c3b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_lower = _wp_args->lower;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 16.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 16.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    wp::shape_t* var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::shape_t var_26;
    bool var_27;
    wp::shape_t* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t var_31;
    bool var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    //---------
    // forward
    // def density_grid(                                                                      <L 97>
    // tid = wp.tid()                                                                         <L 102>
    var_0 = builtin_tid1d();
    // p = positions[tid]                                                                     <L 103>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ix = int(wp.floor((p[0] - lower) * 16.0))                                              <L 104>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::sub(var_5, var_lower);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::floor(var_8);
    var_10 = wp::int(var_9);
    // iy = int(wp.floor((p[1] - lower) * 16.0))                                              <L 105>
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::sub(var_12, var_lower);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::floor(var_15);
    var_17 = wp::int(var_16);
    // if ix < 0 or iy < 0 or ix >= counts.shape[0] or iy >= counts.shape[1]:                 <L 106>
    var_20 = (var_10 < var_19);
    var_18 = var_20;
    if (!var_18) {
        var_22 = (var_17 < var_21);
        var_18 = var_18 || var_22;
    }
    if (!var_18) {
        var_23 = &(var_counts.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = (var_10 >= var_25);
        var_18 = var_18 || var_27;
    }
    if (!var_18) {
        var_28 = &(var_counts.shape);
        var_31 = wp::load(var_28);
        var_30 = wp::extract(var_31, var_29);
        var_32 = (var_17 >= var_30);
        var_18 = var_18 || var_32;
    }
    if (var_18) {
        // return                                                                             <L 107>
        return;
    }
    // wp.atomic_add(counts, ix, iy, 1)                                                       <L 108>
    var_34 = wp::atomic_add(var_counts, var_10, var_17, var_33);
}



template <bool wp_linear_contiguous>
static void density_grid_a4b98c3b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_density_grid_a4b98c3b *_wp_args,
    wp_args_density_grid_a4b98c3b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_lower = _wp_args->lower;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_lower = _wp_adj_args->lower;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 16.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 16.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    wp::shape_t* var_23;
    const wp::int32 var_24 = 0;
    wp::int32 var_25;
    wp::shape_t var_26;
    bool var_27;
    wp::shape_t* var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    wp::shape_t var_31;
    bool var_32;
    const wp::int32 var_33 = 1;
    wp::int32 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::shape_t adj_26 = {};
    bool adj_27 = {};
    wp::shape_t adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::shape_t adj_31 = {};
    bool adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    //---------
    // forward
    // def density_grid(                                                                      <L 97>
    // tid = wp.tid()                                                                         <L 102>
    var_0 = builtin_tid1d();
    // p = positions[tid]                                                                     <L 103>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ix = int(wp.floor((p[0] - lower) * 16.0))                                              <L 104>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::sub(var_5, var_lower);
    var_8 = wp::mul(var_6, var_7);
    var_9 = wp::floor(var_8);
    var_10 = wp::int(var_9);
    // iy = int(wp.floor((p[1] - lower) * 16.0))                                              <L 105>
    var_12 = wp::extract(var_2, var_11);
    var_13 = wp::sub(var_12, var_lower);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::floor(var_15);
    var_17 = wp::int(var_16);
    // if ix < 0 or iy < 0 or ix >= counts.shape[0] or iy >= counts.shape[1]:                 <L 106>
    var_20 = (var_10 < var_19);
    var_18 = var_20;
    if (!var_18) {
        var_22 = (var_17 < var_21);
        var_18 = var_18 || var_22;
    }
    if (!var_18) {
        var_23 = &(var_counts.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = (var_10 >= var_25);
        var_18 = var_18 || var_27;
    }
    if (!var_18) {
        var_28 = &(var_counts.shape);
        var_31 = wp::load(var_28);
        var_30 = wp::extract(var_31, var_29);
        var_32 = (var_17 >= var_30);
        var_18 = var_18 || var_32;
    }
    if (var_18) {
        // return                                                                             <L 107>
        goto label0;
    }
    // wp.atomic_add(counts, ix, iy, 1)                                                       <L 108>
    // var_34 = wp::atomic_add(var_counts, var_10, var_17, var_33);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_10, var_17, var_33, adj_counts, adj_10, adj_17, adj_33, adj_34);
    // adj: wp.atomic_add(counts, ix, iy, 1)                                                  <L 108>
    if (var_18) {
        label0:;
        // adj: return                                                                        <L 107>
    }
    if (!var_18) {
        adj_counts.shape = adj_28;
    }
    if (!var_18) {
        adj_counts.shape = adj_23;
    }
    if (!var_18) {
    }
    // adj: if ix < 0 or iy < 0 or ix >= counts.shape[0] or iy >= counts.shape[1]:            <L 106>
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_sub(var_12, var_lower, adj_12, adj_lower, adj_13);
    wp::adj_extract(var_2, var_11, adj_2, adj_11, adj_12);
    // adj: iy = int(wp.floor((p[1] - lower) * 16.0))                                         <L 105>
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_sub(var_5, var_lower, adj_5, adj_lower, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: ix = int(wp.floor((p[0] - lower) * 16.0))                                         <L 104>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: p = positions[tid]                                                                <L 103>
    // adj: tid = wp.tid()                                                                    <L 102>
    // adj: def density_grid(                                                                 <L 97>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void density_grid_a4b98c3b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_density_grid_a4b98c3b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        density_grid_a4b98c3b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void density_grid_a4b98c3b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_density_grid_a4b98c3b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    density_grid_a4b98c3b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void density_grid_a4b98c3b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_density_grid_a4b98c3b *_wp_args)
{
    density_grid_a4b98c3b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void density_grid_a4b98c3b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_density_grid_a4b98c3b *_wp_args,
    wp_args_density_grid_a4b98c3b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        density_grid_a4b98c3b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void density_grid_a4b98c3b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_density_grid_a4b98c3b *_wp_args,
    wp_args_density_grid_a4b98c3b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    density_grid_a4b98c3b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void density_grid_a4b98c3b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_density_grid_a4b98c3b *_wp_args,
    wp_args_density_grid_a4b98c3b *_wp_adj_args)
{
    density_grid_a4b98c3b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_scatter_face_normals_e095b95f {
    wp::array_t<wp::int32> triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_accum;
    wp::array_t<wp::float32> vertex_area;
    wp::array_t<wp::float32> face_areas;
};


template <bool wp_linear_contiguous>
static void scatter_face_normals_e095b95f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_face_normals_e095b95f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scatter_face_normals_e095b95f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.triangles.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.verts.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_accum.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.vertex_area.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.face_areas.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_triangles = _wp_args->triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_accum = _wp_args->normals_accum;
    wp::array_t<wp::float32> var_vertex_area = _wp_args->vertex_area;
    wp::array_t<wp::float32> var_face_areas = _wp_args->face_areas;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 3;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 3;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32* var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def scatter_face_normals(                                                              <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if tid >= triangles.shape[0] // 3:                                                     <L 19>
    var_1 = &(var_triangles.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::floordiv(var_3, var_5);
    var_7 = (var_0 >= var_6);
    if (var_7) {
        // return                                                                             <L 20>
        return;
    }
    // base = tid * 3                                                                         <L 21>
    var_9 = wp::mul(var_0, var_8);
    // i0 = triangles[base]                                                                   <L 22>
    var_10 = wp::address(var_triangles, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // i1 = triangles[base + 1]                                                               <L 23>
    var_14 = wp::add(var_9, var_13);
    var_15 = wp::address(var_triangles, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // i2 = triangles[base + 2]                                                               <L 24>
    var_19 = wp::add(var_9, var_18);
    var_20 = wp::address(var_triangles, var_19);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // p0 = verts[i0]                                                                         <L 25>
    var_23 = wp::address(var_verts, var_11);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // p1 = verts[i1]                                                                         <L 26>
    var_26 = wp::address(var_verts, var_16);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // p2 = verts[i2]                                                                         <L 27>
    var_29 = wp::address(var_verts, var_21);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // n = triangle_normal(p0, p1, p2)                                                        <L 28>
    var_32 = triangle_normal_0(var_24, var_27, var_30);
    // double_area = wp.length(n)                                                             <L 29>
    var_33 = wp::length(var_32);
    // area = 0.5 * double_area                                                               <L 30>
    var_35 = wp::mul(var_34, var_33);
    // face_areas[tid] = area                                                                 <L 31>
    wp::array_store(var_face_areas, var_0, var_35);
    // wp.atomic_add(normals_accum, i0, n)                                                    <L 32>
    var_36 = wp::atomic_add(var_normals_accum, var_11, var_32);
    // wp.atomic_add(normals_accum, i1, n)                                                    <L 33>
    var_37 = wp::atomic_add(var_normals_accum, var_16, var_32);
    // wp.atomic_add(normals_accum, i2, n)                                                    <L 34>
    var_38 = wp::atomic_add(var_normals_accum, var_21, var_32);
    // wp.atomic_add(vertex_area, i0, area)                                                   <L 35>
    var_39 = wp::atomic_add(var_vertex_area, var_11, var_35);
    // wp.atomic_add(vertex_area, i1, area)                                                   <L 36>
    var_40 = wp::atomic_add(var_vertex_area, var_16, var_35);
    // wp.atomic_add(vertex_area, i2, area)                                                   <L 37>
    var_41 = wp::atomic_add(var_vertex_area, var_21, var_35);
}



template <bool wp_linear_contiguous>
static void scatter_face_normals_e095b95f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_face_normals_e095b95f *_wp_args,
    wp_args_scatter_face_normals_e095b95f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scatter_face_normals_e095b95f wp_contiguous_args;
    wp_args_scatter_face_normals_e095b95f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.triangles.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.triangles.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.verts.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.verts.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_accum.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals_accum.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.vertex_area.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.vertex_area.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.face_areas.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.face_areas.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_triangles = _wp_args->triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_accum = _wp_args->normals_accum;
    wp::array_t<wp::float32> var_vertex_area = _wp_args->vertex_area;
    wp::array_t<wp::float32> var_face_areas = _wp_args->face_areas;
    wp::array_t<wp::int32> adj_triangles = _wp_adj_args->triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_verts = _wp_adj_args->verts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_accum = _wp_adj_args->normals_accum;
    wp::array_t<wp::float32> adj_vertex_area = _wp_adj_args->vertex_area;
    wp::array_t<wp::float32> adj_face_areas = _wp_adj_args->face_areas;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 3;
    wp::int32 var_6;
    bool var_7;
    const wp::int32 var_8 = 3;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::int32 var_19;
    wp::int32* var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.5;
    wp::float32 var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def scatter_face_normals(                                                              <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if tid >= triangles.shape[0] // 3:                                                     <L 19>
    var_1 = &(var_triangles.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::floordiv(var_3, var_5);
    var_7 = (var_0 >= var_6);
    if (var_7) {
        // return                                                                             <L 20>
        goto label0;
    }
    // base = tid * 3                                                                         <L 21>
    var_9 = wp::mul(var_0, var_8);
    // i0 = triangles[base]                                                                   <L 22>
    var_10 = wp::address(var_triangles, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // i1 = triangles[base + 1]                                                               <L 23>
    var_14 = wp::add(var_9, var_13);
    var_15 = wp::address(var_triangles, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // i2 = triangles[base + 2]                                                               <L 24>
    var_19 = wp::add(var_9, var_18);
    var_20 = wp::address(var_triangles, var_19);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // p0 = verts[i0]                                                                         <L 25>
    var_23 = wp::address(var_verts, var_11);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // p1 = verts[i1]                                                                         <L 26>
    var_26 = wp::address(var_verts, var_16);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // p2 = verts[i2]                                                                         <L 27>
    var_29 = wp::address(var_verts, var_21);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // n = triangle_normal(p0, p1, p2)                                                        <L 28>
    var_32 = triangle_normal_0(var_24, var_27, var_30);
    // double_area = wp.length(n)                                                             <L 29>
    var_33 = wp::length(var_32);
    // area = 0.5 * double_area                                                               <L 30>
    var_35 = wp::mul(var_34, var_33);
    // face_areas[tid] = area                                                                 <L 31>
    // wp::array_store(var_face_areas, var_0, var_35);
    // wp.atomic_add(normals_accum, i0, n)                                                    <L 32>
    // var_36 = wp::atomic_add(var_normals_accum, var_11, var_32);
    // wp.atomic_add(normals_accum, i1, n)                                                    <L 33>
    // var_37 = wp::atomic_add(var_normals_accum, var_16, var_32);
    // wp.atomic_add(normals_accum, i2, n)                                                    <L 34>
    // var_38 = wp::atomic_add(var_normals_accum, var_21, var_32);
    // wp.atomic_add(vertex_area, i0, area)                                                   <L 35>
    // var_39 = wp::atomic_add(var_vertex_area, var_11, var_35);
    // wp.atomic_add(vertex_area, i1, area)                                                   <L 36>
    // var_40 = wp::atomic_add(var_vertex_area, var_16, var_35);
    // wp.atomic_add(vertex_area, i2, area)                                                   <L 37>
    // var_41 = wp::atomic_add(var_vertex_area, var_21, var_35);
    //---------
    // reverse
    wp::adj_atomic_add(var_vertex_area, var_21, var_35, adj_vertex_area, adj_21, adj_35, adj_41);
    // adj: wp.atomic_add(vertex_area, i2, area)                                              <L 37>
    wp::adj_atomic_add(var_vertex_area, var_16, var_35, adj_vertex_area, adj_16, adj_35, adj_40);
    // adj: wp.atomic_add(vertex_area, i1, area)                                              <L 36>
    wp::adj_atomic_add(var_vertex_area, var_11, var_35, adj_vertex_area, adj_11, adj_35, adj_39);
    // adj: wp.atomic_add(vertex_area, i0, area)                                              <L 35>
    wp::adj_atomic_add(var_normals_accum, var_21, var_32, adj_normals_accum, adj_21, adj_32, adj_38);
    // adj: wp.atomic_add(normals_accum, i2, n)                                               <L 34>
    wp::adj_atomic_add(var_normals_accum, var_16, var_32, adj_normals_accum, adj_16, adj_32, adj_37);
    // adj: wp.atomic_add(normals_accum, i1, n)                                               <L 33>
    wp::adj_atomic_add(var_normals_accum, var_11, var_32, adj_normals_accum, adj_11, adj_32, adj_36);
    // adj: wp.atomic_add(normals_accum, i0, n)                                               <L 32>
    wp::adj_array_store(var_face_areas, var_0, var_35, adj_face_areas, adj_0, adj_35);
    // adj: face_areas[tid] = area                                                            <L 31>
    wp::adj_mul(var_34, var_33, adj_34, adj_33, adj_35);
    // adj: area = 0.5 * double_area                                                          <L 30>
    wp::adj_length(var_32, var_33, adj_32, adj_33);
    // adj: double_area = wp.length(n)                                                        <L 29>
    adj_triangle_normal_0(var_24, var_27, var_30, adj_24, adj_27, adj_30, adj_32);
    // adj: n = triangle_normal(p0, p1, p2)                                                   <L 28>
    wp::adj_copy(var_31, adj_29, adj_30);
    wp::adj_address(var_verts, var_21, adj_verts, adj_21, adj_29);
    // adj: p2 = verts[i2]                                                                    <L 27>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_verts, var_16, adj_verts, adj_16, adj_26);
    // adj: p1 = verts[i1]                                                                    <L 26>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_verts, var_11, adj_verts, adj_11, adj_23);
    // adj: p0 = verts[i0]                                                                    <L 25>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_triangles, var_19, adj_triangles, adj_19, adj_20);
    wp::adj_add(var_9, var_18, adj_9, adj_18, adj_19);
    // adj: i2 = triangles[base + 2]                                                          <L 24>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_triangles, var_14, adj_triangles, adj_14, adj_15);
    wp::adj_add(var_9, var_13, adj_9, adj_13, adj_14);
    // adj: i1 = triangles[base + 1]                                                          <L 23>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_triangles, var_9, adj_triangles, adj_9, adj_10);
    // adj: i0 = triangles[base]                                                              <L 22>
    wp::adj_mul(var_0, var_8, adj_0, adj_8, adj_9);
    // adj: base = tid * 3                                                                    <L 21>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 20>
    }
    adj_triangles.shape = adj_1;
    // adj: if tid >= triangles.shape[0] // 3:                                                <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def scatter_face_normals(                                                         <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_face_normals_e095b95f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_e095b95f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_face_normals_e095b95f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void scatter_face_normals_e095b95f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_e095b95f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->triangles.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->verts.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_accum.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->vertex_area.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->face_areas.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        scatter_face_normals_e095b95f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        scatter_face_normals_e095b95f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void scatter_face_normals_e095b95f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_e095b95f *_wp_args)
{
    scatter_face_normals_e095b95f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_face_normals_e095b95f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_e095b95f *_wp_args,
    wp_args_scatter_face_normals_e095b95f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_face_normals_e095b95f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void scatter_face_normals_e095b95f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_e095b95f *_wp_args,
    wp_args_scatter_face_normals_e095b95f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->triangles.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->triangles.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->verts.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->verts.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_accum.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals_accum.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->vertex_area.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->vertex_area.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->face_areas.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->face_areas.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        scatter_face_normals_e095b95f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        scatter_face_normals_e095b95f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void scatter_face_normals_e095b95f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_face_normals_e095b95f *_wp_args,
    wp_args_scatter_face_normals_e095b95f *_wp_adj_args)
{
    scatter_face_normals_e095b95f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

