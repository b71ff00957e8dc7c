// Warp 1.19.0 cpu code for simulate_lidar_01d45669.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// simulate_lidar.py:10
static wp::float32 return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 11>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 13>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 14>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// simulate_lidar.py:10
static void adj_return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::vec_t<3, wp::float32> & adj_beam_dir,
    wp::float32 & adj_t,
    wp::float32 & adj_max_range,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_simulate_lidar_d3472acd {
    wp::array_t<wp::vec_t<4, wp::float32>> points;
    wp::uint64 collider_mesh;
    wp::array_t<wp::transform_t<wp::float32>> sensor_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> beam_dirs;
    wp::array_t<wp::int32> beam_offset;
    wp::float32 range_max;
    wp::int32 seed;
    wp::array_t<wp::float32> ranges;
    wp::array_t<wp::int32> point_count;
    wp::array_t<wp::float32> min_range;
};


template <bool wp_linear_contiguous>
static void simulate_lidar_d3472acd_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_simulate_lidar_d3472acd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_points = _wp_args->points;
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::transform_t<wp::float32>> var_sensor_xform = _wp_args->sensor_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_beam_dirs = _wp_args->beam_dirs;
    wp::array_t<wp::int32> var_beam_offset = _wp_args->beam_offset;
    wp::float32 var_range_max = _wp_args->range_max;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_ranges = _wp_args->ranges;
    wp::array_t<wp::int32> var_point_count = _wp_args->point_count;
    wp::array_t<wp::float32> var_min_range = _wp_args->min_range;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::transform_t<wp::float32>* var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::mesh_query_ray_t var_13;
    const wp::int32 var_14 = -1;
    bool var_15;
    bool* var_16;
    bool var_17;
    bool var_18;
    wp::float32* var_19;
    const wp::float32 var_20 = 0.05;
    bool var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.0;
    wp::shape_t* var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::shape_t var_27;
    wp::int32 var_28;
    wp::int32 var_29;
    wp::uint32 var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.01;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::int32 var_44 = 1;
    wp::int32 var_45;
    wp::shape_t* var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    wp::shape_t var_49;
    bool var_50;
    const wp::int32 var_51 = 0;
    wp::float32 var_52;
    const wp::int32 var_53 = 1;
    wp::float32 var_54;
    const wp::int32 var_55 = 2;
    wp::float32 var_56;
    wp::vec_t<4, wp::float32> var_57;
    //---------
    // forward
    // def simulate_lidar(                                                                    <L 18>
    // env, beam = wp.tid()                                                                   <L 30>
    builtin_tid2d(var_0, var_1);
    // X_ws = sensor_xform[env]                                                               <L 31>
    var_2 = wp::address(var_sensor_xform, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = wp.transform_get_translation(X_ws)                                            <L 32>
    var_5 = wp::transform_get_translation(var_3);
    // dir_local = beam_dirs[beam_offset[env] + beam]                                         <L 33>
    var_6 = wp::address(var_beam_offset, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_8, var_1);
    var_9 = wp::address(var_beam_dirs, var_7);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 34>
    var_12 = wp::transform_vector(var_3, var_10);
    // query = wp.mesh_query_ray(collider_mesh, origin, dir_world, range_max)                 <L 35>
    var_13 = wp::mesh_query_ray(var_collider_mesh, var_5, var_12, var_range_max, var_14);
    // if not query.result or query.t < MIN_RANGE:                                            <L 36>
    var_16 = &((var_13).result);
    var_18 = wp::load(var_16);
    var_17 = wp::unot(var_18);
    var_15 = var_17;
    if (!var_15) {
        var_19 = &((var_13).t);
        var_22 = wp::load(var_19);
        var_21 = (var_22 < var_20);
        var_15 = var_15 || var_21;
    }
    if (var_15) {
        // ranges[env, beam] = 0.0                                                            <L 37>
        wp::array_store(var_ranges, var_0, var_1, var_23);
        // return                                                                             <L 38>
        return;
    }
    // num_beams = ranges.shape[1]                                                            <L 39>
    var_24 = &(var_ranges.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    // state = wp.rand_init(seed, env * num_beams + beam)                                     <L 40>
    var_28 = wp::mul(var_0, var_26);
    var_29 = wp::add(var_28, var_1);
    var_30 = wp::rand_init(var_seed, var_29);
    // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)            <L 41>
    var_31 = &((var_13).t);
    var_33 = wp::randn(var_30);
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::load(var_31);
    var_35 = wp::add(var_36, var_34);
    var_37 = wp::clamp(var_35, var_20, var_range_max);
    // ranges[env, beam] = t                                                                  <L 42>
    wp::array_store(var_ranges, var_0, var_1, var_37);
    // wp.atomic_min(min_range, env, t)                                                       <L 43>
    var_38 = wp::atomic_min(var_min_range, var_0, var_37);
    // p = origin + dir_world * t                                                             <L 44>
    var_39 = wp::mul(var_12, var_37);
    var_40 = wp::add(var_5, var_39);
    // strength = return_intensity(query.normal, dir_world, t, range_max)                     <L 45>
    var_41 = &((var_13).normal);
    var_43 = wp::load(var_41);
    var_42 = return_intensity_0(var_43, var_12, var_37, var_range_max);
    // slot = wp.atomic_add(point_count, env, 1)                                              <L 46>
    var_45 = wp::atomic_add(var_point_count, var_0, var_44);
    // if slot < points.shape[1]:                                                             <L 47>
    var_46 = &(var_points.shape);
    var_49 = wp::load(var_46);
    var_48 = wp::extract(var_49, var_47);
    var_50 = (var_45 < var_48);
    if (var_50) {
        // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 48>
        var_52 = wp::extract(var_40, var_51);
        var_54 = wp::extract(var_40, var_53);
        var_56 = wp::extract(var_40, var_55);
        var_57 = wp::vec_t<4, wp::float32>(var_52, var_54, var_56, var_42);
        wp::array_store(var_points, var_0, var_45, var_57);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void simulate_lidar_d3472acd_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_simulate_lidar_d3472acd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        simulate_lidar_d3472acd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void simulate_lidar_d3472acd_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_simulate_lidar_d3472acd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    simulate_lidar_d3472acd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void simulate_lidar_d3472acd_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_simulate_lidar_d3472acd *_wp_args)
{
    simulate_lidar_d3472acd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

