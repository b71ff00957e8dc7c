// Warp 1.19.0 cpu code for compute_body_observations_e378f3ff.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// compute_body_observations.py:49
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
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 50>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 52>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 53>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// compute_body_observations.py:88
static wp::float32 limit_effort_0(
    wp::float32 var_q,
    wp::float32 var_qd,
    wp::float32 var_lower,
    wp::float32 var_upper,
    wp::float32 var_ke,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    bool var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    //---------
    // forward
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 89>
    // if q < lower:                                                                          <L 91>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * wp.min(qd, 0.0)                                     <L 92>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_4 = wp::min(var_qd, var_3);
        var_5 = wp::mul(var_kd, var_4);
        var_6 = wp::sub(var_2, var_5);
        return var_6;
    }
    // if q > upper:                                                                          <L 93>
    var_7 = (var_q > var_upper);
    if (var_7) {
        // return ke * (upper - q) - kd * wp.max(qd, 0.0)                                     <L 94>
        var_8 = wp::sub(var_upper, var_q);
        var_9 = wp::mul(var_ke, var_8);
        var_11 = wp::max(var_qd, var_10);
        var_12 = wp::mul(var_kd, var_11);
        var_13 = wp::sub(var_9, var_12);
        return var_13;
    }
    // return 0.0                                                                             <L 95>
    return var_14;
}


// compute_body_observations.py:49
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


// compute_body_observations.py:88
static void adj_limit_effort_0(
    wp::float32 var_q,
    wp::float32 var_qd,
    wp::float32 var_lower,
    wp::float32 var_upper,
    wp::float32 var_ke,
    wp::float32 var_kd,
    wp::float32 & adj_q,
    wp::float32 & adj_qd,
    wp::float32 & adj_lower,
    wp::float32 & adj_upper,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    bool var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    //---------
    // forward
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 89>
    // if q < lower:                                                                          <L 91>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * wp.min(qd, 0.0)                                     <L 92>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_4 = wp::min(var_qd, var_3);
        var_5 = wp::mul(var_kd, var_4);
        var_6 = wp::sub(var_2, var_5);
        goto label0;
    }
    // if q > upper:                                                                          <L 93>
    var_7 = (var_q > var_upper);
    if (var_7) {
        // return ke * (upper - q) - kd * wp.max(qd, 0.0)                                     <L 94>
        var_8 = wp::sub(var_upper, var_q);
        var_9 = wp::mul(var_ke, var_8);
        var_11 = wp::max(var_qd, var_10);
        var_12 = wp::mul(var_kd, var_11);
        var_13 = wp::sub(var_9, var_12);
        goto label1;
    }
    // return 0.0                                                                             <L 95>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_14 += adj_ret;
    // adj: return 0.0                                                                        <L 95>
    if (var_7) {
        label1:;
        adj_13 += adj_ret;
        wp::adj_sub(var_9, var_12, adj_9, adj_12, adj_13);
        wp::adj_mul(var_kd, var_11, adj_kd, adj_11, adj_12);
        wp::adj_max(var_qd, var_10, adj_qd, adj_10, adj_11);
        wp::adj_mul(var_ke, var_8, adj_ke, adj_8, adj_9);
        wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_8);
        // adj: return ke * (upper - q) - kd * wp.max(qd, 0.0)                                <L 94>
    }
    // adj: if q > upper:                                                                     <L 93>
    if (var_0) {
        label0:;
        adj_6 += adj_ret;
        wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_mul(var_kd, var_4, adj_kd, adj_4, adj_5);
        wp::adj_min(var_qd, var_3, adj_qd, adj_3, adj_4);
        wp::adj_mul(var_ke, var_1, adj_ke, adj_1, adj_2);
        wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_1);
        // adj: return ke * (lower - q) - kd * wp.min(qd, 0.0)                                <L 92>
    }
    // adj: if q < lower:                                                                     <L 91>
    // adj: def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:  <L 89>
    return;
}

struct wp_args_raycast_lidar_1225dbaf {
    wp::array_t<wp::vec_t<4, wp::float32>> points;
    wp::uint64 mesh;
    wp::array_t<wp::transform_t<wp::float32>> lidar_poses;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_dirs_local;
    wp::array_t<wp::int32> beam_offset;
    wp::float32 lidar_max_range;
    wp::array_t<wp::float32> ranges;
    wp::array_t<wp::int32> num_points;
};


template <bool wp_linear_contiguous>
static void raycast_lidar_1225dbaf_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raycast_lidar_1225dbaf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_points = _wp_args->points;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::transform_t<wp::float32>> var_lidar_poses = _wp_args->lidar_poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local = _wp_args->ray_dirs_local;
    wp::array_t<wp::int32> var_beam_offset = _wp_args->beam_offset;
    wp::float32 var_lidar_max_range = _wp_args->lidar_max_range;
    wp::array_t<wp::float32> var_ranges = _wp_args->ranges;
    wp::array_t<wp::int32> var_num_points = _wp_args->num_points;
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
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    const wp::int32 var_32 = 1;
    wp::int32 var_33;
    wp::shape_t* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::shape_t var_37;
    bool var_38;
    const wp::int32 var_39 = 0;
    wp::float32 var_40;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    wp::float32 var_44;
    wp::vec_t<4, wp::float32> var_45;
    //---------
    // forward
    // def raycast_lidar(                                                                     <L 57>
    // env, beam = wp.tid()                                                                   <L 68>
    builtin_tid2d(var_0, var_1);
    // X_ws = lidar_poses[env]                                                                <L 69>
    var_2 = wp::address(var_lidar_poses, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = wp.transform_get_translation(X_ws)                                            <L 70>
    var_5 = wp::transform_get_translation(var_3);
    // dir_local = ray_dirs_local[beam_offset[env] + beam]                                    <L 72>
    var_6 = wp::address(var_beam_offset, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_8, var_1);
    var_9 = wp::address(var_ray_dirs_local, var_7);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 73>
    var_12 = wp::transform_vector(var_3, var_10);
    // query = wp.mesh_query_ray(mesh, origin, dir_world, lidar_max_range)                    <L 74>
    var_13 = wp::mesh_query_ray(var_mesh, var_5, var_12, var_lidar_max_range, var_14);
    // if not query.result or query.t < MIN_RANGE:                                            <L 75>
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
        // ranges[env, beam] = 0.0                                                            <L 76>
        wp::array_store(var_ranges, var_0, var_1, var_23);
        // return                                                                             <L 77>
        return;
    }
    // t = query.t                                                                            <L 78>
    var_24 = &((var_13).t);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // ranges[env, beam] = t                                                                  <L 79>
    wp::array_store(var_ranges, var_0, var_1, var_25);
    // p = origin + dir_world * t                                                             <L 80>
    var_27 = wp::mul(var_12, var_25);
    var_28 = wp::add(var_5, var_27);
    // strength = return_intensity(query.normal, dir_world, t, lidar_max_range)               <L 81>
    var_29 = &((var_13).normal);
    var_31 = wp::load(var_29);
    var_30 = return_intensity_0(var_31, var_12, var_25, var_lidar_max_range);
    // slot = wp.atomic_add(num_points, env, 1)                                               <L 83>
    var_33 = wp::atomic_add(var_num_points, var_0, var_32);
    // if slot < points.shape[1]:                                                             <L 84>
    var_34 = &(var_points.shape);
    var_37 = wp::load(var_34);
    var_36 = wp::extract(var_37, var_35);
    var_38 = (var_33 < var_36);
    if (var_38) {
        // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 85>
        var_40 = wp::extract(var_28, var_39);
        var_42 = wp::extract(var_28, var_41);
        var_44 = wp::extract(var_28, var_43);
        var_45 = wp::vec_t<4, wp::float32>(var_40, var_42, var_44, var_30);
        wp::array_store(var_points, var_0, var_33, var_45);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raycast_lidar_1225dbaf_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_1225dbaf *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raycast_lidar_1225dbaf_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raycast_lidar_1225dbaf_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_1225dbaf *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raycast_lidar_1225dbaf_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raycast_lidar_1225dbaf_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_1225dbaf *_wp_args)
{
    raycast_lidar_1225dbaf_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_apply_joint_limits_9c01eb29 {
    wp::array_t<wp::int32> world_joint_start;
    wp::array_t<wp::int32> world_joint_count;
    wp::array_t<wp::int32> joint_type;
    wp::array_t<wp::int32> joint_q_start;
    wp::array_t<wp::int32> joint_qd_start;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> joint_limit_lower;
    wp::array_t<wp::float32> joint_limit_upper;
    wp::array_t<wp::float32> joint_limit_ke;
    wp::array_t<wp::float32> joint_limit_kd;
    wp::array_t<wp::float32> joint_target;
    wp::array_t<wp::float32> joint_target_ke;
    wp::array_t<wp::float32> joint_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> joint_tau;
};


template <bool wp_linear_contiguous>
static void apply_joint_limits_9c01eb29_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_joint_start = _wp_args->world_joint_start;
    wp::array_t<wp::int32> var_world_joint_count = _wp_args->world_joint_count;
    wp::array_t<wp::int32> var_joint_type = _wp_args->joint_type;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::array_t<wp::float32> var_joint_limit_ke = _wp_args->joint_limit_ke;
    wp::array_t<wp::float32> var_joint_limit_kd = _wp_args->joint_limit_kd;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::int32* var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32* var_34;
    wp::int32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // forward
    // def apply_joint_limits(                                                                <L 99>
    // world, j = wp.tid()                                                                    <L 118>
    builtin_tid2d(var_0, var_1);
    // if j >= world_joint_count[world]:                                                      <L 119>
    var_2 = wp::address(var_world_joint_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 120>
        return;
    }
    // joint = world_joint_start[world] + j                                                   <L 121>
    var_5 = wp::address(var_world_joint_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // jtype = joint_type[joint]                                                              <L 122>
    var_8 = wp::address(var_joint_type, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 123>
    var_13 = (var_9 != var_12);
    var_11 = var_13;
    if (var_11) {
        var_15 = (var_9 != var_14);
        var_11 = var_11 && var_15;
    }
    if (var_11) {
        // return                                                                             <L 124>
        return;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 125>
    var_16 = wp::address(var_joint_limit_ke, var_6);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // limit_kd = joint_limit_kd[joint]                                                       <L 126>
    var_19 = wp::address(var_joint_limit_kd, var_6);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // ke_cur = joint_target_ke[joint]                                                        <L 127>
    var_22 = wp::address(var_joint_target_ke, var_6);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // kd_i = joint_kd[joint]                                                                 <L 128>
    var_25 = wp::address(var_joint_kd, var_6);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // f_max = joint_effort_limit[joint]                                                      <L 129>
    var_28 = wp::address(var_joint_effort_limit, var_6);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // dof = joint_qd_start[joint]                                                            <L 130>
    var_31 = wp::address(var_joint_qd_start, var_6);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // q = joint_q[joint_q_start[joint]]                                                      <L 131>
    var_34 = wp::address(var_joint_q_start, var_6);
    var_35 = wp::load(var_34);
    var_36 = wp::address(var_joint_q, var_35);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // qd = joint_qd[dof]                                                                     <L 132>
    var_39 = wp::address(var_joint_qd, var_32);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + ke_cur * (joint_target[dof] - q) - kd_i * qd       <L 133>
    var_42 = wp::address(var_joint_limit_lower, var_32);
    var_43 = wp::address(var_joint_limit_upper, var_32);
    var_45 = wp::load(var_42);
    var_46 = wp::load(var_43);
    var_44 = limit_effort_0(var_37, var_40, var_45, var_46, var_17, var_20);
    var_47 = wp::address(var_joint_target, var_32);
    var_49 = wp::load(var_47);
    var_48 = wp::sub(var_49, var_37);
    var_50 = wp::mul(var_23, var_48);
    var_51 = wp::add(var_44, var_50);
    var_52 = wp::mul(var_26, var_40);
    var_53 = wp::sub(var_51, var_52);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 134>
    var_54 = wp::neg(var_29);
    var_55 = wp::clamp(var_53, var_54, var_29);
    // joint_tau[dof] += tau                                                                  <L 135>
    var_56 = wp::atomic_add(var_joint_tau, var_32, var_55);
}



template <bool wp_linear_contiguous>
static void apply_joint_limits_9c01eb29_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args,
    wp_args_apply_joint_limits_9c01eb29 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_joint_start = _wp_args->world_joint_start;
    wp::array_t<wp::int32> var_world_joint_count = _wp_args->world_joint_count;
    wp::array_t<wp::int32> var_joint_type = _wp_args->joint_type;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::array_t<wp::float32> var_joint_limit_ke = _wp_args->joint_limit_ke;
    wp::array_t<wp::float32> var_joint_limit_kd = _wp_args->joint_limit_kd;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    wp::array_t<wp::int32> adj_world_joint_start = _wp_adj_args->world_joint_start;
    wp::array_t<wp::int32> adj_world_joint_count = _wp_adj_args->world_joint_count;
    wp::array_t<wp::int32> adj_joint_type = _wp_adj_args->joint_type;
    wp::array_t<wp::int32> adj_joint_q_start = _wp_adj_args->joint_q_start;
    wp::array_t<wp::int32> adj_joint_qd_start = _wp_adj_args->joint_qd_start;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_qd = _wp_adj_args->joint_qd;
    wp::array_t<wp::float32> adj_joint_limit_lower = _wp_adj_args->joint_limit_lower;
    wp::array_t<wp::float32> adj_joint_limit_upper = _wp_adj_args->joint_limit_upper;
    wp::array_t<wp::float32> adj_joint_limit_ke = _wp_adj_args->joint_limit_ke;
    wp::array_t<wp::float32> adj_joint_limit_kd = _wp_adj_args->joint_limit_kd;
    wp::array_t<wp::float32> adj_joint_target = _wp_adj_args->joint_target;
    wp::array_t<wp::float32> adj_joint_target_ke = _wp_adj_args->joint_target_ke;
    wp::array_t<wp::float32> adj_joint_kd = _wp_adj_args->joint_kd;
    wp::array_t<wp::float32> adj_joint_effort_limit = _wp_adj_args->joint_effort_limit;
    wp::array_t<wp::float32> adj_joint_tau = _wp_adj_args->joint_tau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    bool var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    const wp::int32 var_14 = 1;
    bool var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::int32* var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    wp::int32* var_34;
    wp::int32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32* var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    //---------
    // forward
    // def apply_joint_limits(                                                                <L 99>
    // world, j = wp.tid()                                                                    <L 118>
    builtin_tid2d(var_0, var_1);
    // if j >= world_joint_count[world]:                                                      <L 119>
    var_2 = wp::address(var_world_joint_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 120>
        goto label0;
    }
    // joint = world_joint_start[world] + j                                                   <L 121>
    var_5 = wp::address(var_world_joint_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // jtype = joint_type[joint]                                                              <L 122>
    var_8 = wp::address(var_joint_type, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 123>
    var_13 = (var_9 != var_12);
    var_11 = var_13;
    if (var_11) {
        var_15 = (var_9 != var_14);
        var_11 = var_11 && var_15;
    }
    if (var_11) {
        // return                                                                             <L 124>
        goto label1;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 125>
    var_16 = wp::address(var_joint_limit_ke, var_6);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // limit_kd = joint_limit_kd[joint]                                                       <L 126>
    var_19 = wp::address(var_joint_limit_kd, var_6);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // ke_cur = joint_target_ke[joint]                                                        <L 127>
    var_22 = wp::address(var_joint_target_ke, var_6);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // kd_i = joint_kd[joint]                                                                 <L 128>
    var_25 = wp::address(var_joint_kd, var_6);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // f_max = joint_effort_limit[joint]                                                      <L 129>
    var_28 = wp::address(var_joint_effort_limit, var_6);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // dof = joint_qd_start[joint]                                                            <L 130>
    var_31 = wp::address(var_joint_qd_start, var_6);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // q = joint_q[joint_q_start[joint]]                                                      <L 131>
    var_34 = wp::address(var_joint_q_start, var_6);
    var_35 = wp::load(var_34);
    var_36 = wp::address(var_joint_q, var_35);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // qd = joint_qd[dof]                                                                     <L 132>
    var_39 = wp::address(var_joint_qd, var_32);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + ke_cur * (joint_target[dof] - q) - kd_i * qd       <L 133>
    var_42 = wp::address(var_joint_limit_lower, var_32);
    var_43 = wp::address(var_joint_limit_upper, var_32);
    var_45 = wp::load(var_42);
    var_46 = wp::load(var_43);
    var_44 = limit_effort_0(var_37, var_40, var_45, var_46, var_17, var_20);
    var_47 = wp::address(var_joint_target, var_32);
    var_49 = wp::load(var_47);
    var_48 = wp::sub(var_49, var_37);
    var_50 = wp::mul(var_23, var_48);
    var_51 = wp::add(var_44, var_50);
    var_52 = wp::mul(var_26, var_40);
    var_53 = wp::sub(var_51, var_52);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 134>
    var_54 = wp::neg(var_29);
    var_55 = wp::clamp(var_53, var_54, var_29);
    // joint_tau[dof] += tau                                                                  <L 135>
    // var_56 = wp::atomic_add(var_joint_tau, var_32, var_55);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_tau, var_32, var_55, adj_joint_tau, adj_32, adj_55, adj_56);
    // adj: joint_tau[dof] += tau                                                             <L 135>
    wp::adj_clamp(var_53, var_54, var_29, adj_53, adj_54, adj_29, adj_55);
    wp::adj_neg(var_29, adj_29, adj_54);
    // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 134>
    wp::adj_sub(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_mul(var_26, var_40, adj_26, adj_40, adj_52);
    wp::adj_add(var_44, var_50, adj_44, adj_50, adj_51);
    wp::adj_mul(var_23, var_48, adj_23, adj_48, adj_50);
    wp::adj_sub(var_49, var_37, adj_47, adj_37, adj_48);
    wp::adj_address(var_joint_target, var_32, adj_joint_target, adj_32, adj_47);
    adj_limit_effort_0(var_37, var_40, var_45, var_46, var_17, var_20, adj_37, adj_40, adj_42, adj_43, adj_17, adj_20, adj_44);
    wp::adj_address(var_joint_limit_upper, var_32, adj_joint_limit_upper, adj_32, adj_43);
    wp::adj_address(var_joint_limit_lower, var_32, adj_joint_limit_lower, adj_32, adj_42);
    // adj: tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + ke_cur * (joint_target[dof] - q) - kd_i * qd  <L 133>
    wp::adj_copy(var_41, adj_39, adj_40);
    wp::adj_address(var_joint_qd, var_32, adj_joint_qd, adj_32, adj_39);
    // adj: qd = joint_qd[dof]                                                                <L 132>
    wp::adj_copy(var_38, adj_36, adj_37);
    wp::adj_address(var_joint_q, var_35, adj_joint_q, adj_35, adj_36);
    wp::adj_address(var_joint_q_start, var_6, adj_joint_q_start, adj_6, adj_34);
    // adj: q = joint_q[joint_q_start[joint]]                                                 <L 131>
    wp::adj_copy(var_33, adj_31, adj_32);
    wp::adj_address(var_joint_qd_start, var_6, adj_joint_qd_start, adj_6, adj_31);
    // adj: dof = joint_qd_start[joint]                                                       <L 130>
    wp::adj_copy(var_30, adj_28, adj_29);
    wp::adj_address(var_joint_effort_limit, var_6, adj_joint_effort_limit, adj_6, adj_28);
    // adj: f_max = joint_effort_limit[joint]                                                 <L 129>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_joint_kd, var_6, adj_joint_kd, adj_6, adj_25);
    // adj: kd_i = joint_kd[joint]                                                            <L 128>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_joint_target_ke, var_6, adj_joint_target_ke, adj_6, adj_22);
    // adj: ke_cur = joint_target_ke[joint]                                                   <L 127>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_limit_kd, var_6, adj_joint_limit_kd, adj_6, adj_19);
    // adj: limit_kd = joint_limit_kd[joint]                                                  <L 126>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_joint_limit_ke, var_6, adj_joint_limit_ke, adj_6, adj_16);
    // adj: limit_ke = joint_limit_ke[joint]                                                  <L 125>
    if (var_11) {
        label1:;
        // adj: return                                                                        <L 124>
    }
    if (var_11) {
    }
    // adj: if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                  <L 123>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_joint_type, var_6, adj_joint_type, adj_6, adj_8);
    // adj: jtype = joint_type[joint]                                                         <L 122>
    wp::adj_add(var_7, var_1, adj_5, adj_1, adj_6);
    wp::adj_address(var_world_joint_start, var_0, adj_world_joint_start, adj_0, adj_5);
    // adj: joint = world_joint_start[world] + j                                              <L 121>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 120>
    }
    wp::adj_address(var_world_joint_count, var_0, adj_world_joint_count, adj_0, adj_2);
    // adj: if j >= world_joint_count[world]:                                                 <L 119>
    // adj: world, j = wp.tid()                                                               <L 118>
    // adj: def apply_joint_limits(                                                           <L 99>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_joint_limits_9c01eb29_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_joint_limits_9c01eb29_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_joint_limits_9c01eb29_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_joint_limits_9c01eb29_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_joint_limits_9c01eb29_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args)
{
    apply_joint_limits_9c01eb29_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_joint_limits_9c01eb29_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args,
    wp_args_apply_joint_limits_9c01eb29 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_joint_limits_9c01eb29_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_joint_limits_9c01eb29_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args,
    wp_args_apply_joint_limits_9c01eb29 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_joint_limits_9c01eb29_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_joint_limits_9c01eb29_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_joint_limits_9c01eb29 *_wp_args,
    wp_args_apply_joint_limits_9c01eb29 *_wp_adj_args)
{
    apply_joint_limits_9c01eb29_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_compute_body_observations_d8750639 {
    wp::array_t<wp::int32> env_body_start;
    wp::array_t<wp::int32> env_body_count;
    wp::array_t<wp::vec_t<10, wp::float32>> obs;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_vel;
};


template <bool wp_linear_contiguous>
static void compute_body_observations_d8750639_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_compute_body_observations_d8750639 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_env_body_start = _wp_args->env_body_start;
    wp::array_t<wp::int32> var_env_body_count = _wp_args->env_body_count;
    wp::array_t<wp::vec_t<10, wp::float32>> var_obs = _wp_args->obs;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel = _wp_args->body_vel;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::transform_t<wp::float32> var_9;
    wp::transform_t<wp::float32> var_10;
    wp::vec_t<6, wp::float32>* var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::quat_t<wp::float32> var_14;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 1.0;
    const wp::float32 var_17 = 0.0;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    wp::float32 var_28;
    const wp::int32 var_29 = 2;
    wp::float32 var_30;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    const wp::int32 var_37 = 0;
    wp::float32 var_38;
    const wp::int32 var_39 = 1;
    wp::float32 var_40;
    const wp::int32 var_41 = 2;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    wp::vec_t<10, wp::float32> var_46;
    //---------
    // forward
    // def compute_body_observations(                                                         <L 22>
    // env, b = wp.tid()                                                                      <L 30>
    builtin_tid2d(var_0, var_1);
    // if b >= env_body_count[env]:                                                           <L 31>
    var_2 = wp::address(var_env_body_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 32>
        return;
    }
    // body = env_body_start[env] + b                                                         <L 33>
    var_5 = wp::address(var_env_body_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // pose = body_q[body]                                                                    <L 34>
    var_8 = wp::address(var_body_q, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // twist = body_vel[body]                                                                 <L 35>
    var_11 = wp::address(var_body_vel, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rot = wp.transform_get_rotation(pose)                                                  <L 36>
    var_14 = wp::transform_get_rotation(var_9);
    // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 37>
    var_18 = wp::vec_t<3, wp::float32>(var_15, var_16, var_17);
    // w_local = wp.quat_rotate_inv(rot, wp.spatial_top(twist))                               <L 38>
    var_19 = wp::spatial_top(var_12);
    var_20 = wp::quat_rotate_inv(var_14, var_19);
    // v_local = wp.quat_rotate_inv(rot, wp.spatial_bottom(twist))                            <L 39>
    var_21 = wp::spatial_bottom(var_12);
    var_22 = wp::quat_rotate_inv(var_14, var_21);
    // g_local = wp.quat_rotate_inv(rot, -up)                                                 <L 40>
    var_23 = wp::neg(var_18);
    var_24 = wp::quat_rotate_inv(var_14, var_23);
    // obs[env, b] = obs_vec(                                                                 <L 41>
    // v_local[0], v_local[1], v_local[2],                                                    <L 42>
    var_26 = wp::extract(var_22, var_25);
    var_28 = wp::extract(var_22, var_27);
    var_30 = wp::extract(var_22, var_29);
    // w_local[0], w_local[1], w_local[2],                                                    <L 43>
    var_32 = wp::extract(var_20, var_31);
    var_34 = wp::extract(var_20, var_33);
    var_36 = wp::extract(var_20, var_35);
    // g_local[0], g_local[1], g_local[2],                                                    <L 44>
    var_38 = wp::extract(var_24, var_37);
    var_40 = wp::extract(var_24, var_39);
    var_42 = wp::extract(var_24, var_41);
    // wp.transform_get_translation(pose)[1],                                                 <L 45>
    var_43 = wp::transform_get_translation(var_9);
    var_45 = wp::extract(var_43, var_44);
    var_46 = wp::vec_t<10, wp::float32>({var_26, var_28, var_30, var_32, var_34, var_36, var_38, var_40, var_42, var_45});
    // obs[env, b] = obs_vec(                                                                 <L 41>
    wp::array_store(var_obs, var_0, var_1, var_46);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_body_observations_d8750639_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_body_observations_d8750639 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_body_observations_d8750639_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_body_observations_d8750639_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_body_observations_d8750639 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    compute_body_observations_d8750639_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_body_observations_d8750639_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_compute_body_observations_d8750639 *_wp_args)
{
    compute_body_observations_d8750639_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_eval_termination_conditions_f8793930 {
    wp::array_t<wp::int32> contact_term_bodies;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> env_origin;
    wp::float32 min_height;
    wp::float32 max_distance;
    wp::int32 max_episode_length;
    wp::array_t<wp::int32> env_reset;
    wp::array_t<wp::int32> progress_buf;
    wp::array_t<wp::int32> env_timeout;
};


template <bool wp_linear_contiguous>
static void eval_termination_conditions_f8793930_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_termination_conditions_f8793930 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_contact_term_bodies = _wp_args->contact_term_bodies;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_origin = _wp_args->env_origin;
    wp::float32 var_min_height = _wp_args->min_height;
    wp::float32 var_max_distance = _wp_args->max_distance;
    wp::int32 var_max_episode_length = _wp_args->max_episode_length;
    wp::array_t<wp::int32> var_env_reset = _wp_args->env_reset;
    wp::array_t<wp::int32> var_progress_buf = _wp_args->progress_buf;
    wp::array_t<wp::int32> var_env_timeout = _wp_args->env_timeout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 1;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::transform_t<wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    bool var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    bool var_26;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 1;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    bool var_39;
    const wp::int32 var_40 = 1;
    //---------
    // forward
    // def eval_termination_conditions(                                                       <L 139>
    // env, k = wp.tid()                                                                      <L 150>
    builtin_tid2d(var_0, var_1);
    // if k == 0:                                                                             <L 151>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // step = progress_buf[env] + 1                                                       <L 153>
        var_4 = wp::address(var_progress_buf, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // progress_buf[env] = step                                                           <L 154>
        wp::array_store(var_progress_buf, var_0, var_6);
        // if step >= max_episode_length:                                                     <L 155>
        var_8 = (var_6 >= var_max_episode_length);
        if (var_8) {
            // env_timeout[env] = 1                                                           <L 156>
            wp::array_store(var_env_timeout, var_0, var_9);
            // env_reset[env] = 1                                                             <L 157>
            wp::array_store(var_env_reset, var_0, var_10);
        }
    }
    // body = contact_term_bodies[k]                                                          <L 158>
    var_11 = wp::address(var_contact_term_bodies, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // if body < 0:                                                                           <L 159>
    var_15 = (var_12 < var_14);
    if (var_15) {
        // return                                                                             <L 160>
        return;
    }
    // X_wb = body_q[env, body]                                                               <L 161>
    var_16 = wp::address(var_body_q, var_0, var_12);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // p = wp.transform_get_translation(X_wb)                                                 <L 162>
    var_19 = wp::transform_get_translation(var_17);
    // failed = p[2] < min_height                                                             <L 163>
    var_21 = wp::extract(var_19, var_20);
    var_22 = (var_21 < var_min_height);
    // d = p - env_origin[env]                                                                <L 164>
    var_23 = wp::address(var_env_origin, var_0);
    var_25 = wp::load(var_23);
    var_24 = wp::sub(var_19, var_25);
    // failed = failed or d[0] * d[0] + d[1] * d[1] > max_distance * max_distance             <L 165>
    var_26 = var_22;
    if (!var_26) {
        var_28 = wp::extract(var_24, var_27);
        var_30 = wp::extract(var_24, var_29);
        var_31 = wp::mul(var_28, var_30);
        var_33 = wp::extract(var_24, var_32);
        var_35 = wp::extract(var_24, var_34);
        var_36 = wp::mul(var_33, var_35);
        var_37 = wp::add(var_31, var_36);
        var_38 = wp::mul(var_max_distance, var_max_distance);
        var_39 = (var_37 > var_38);
        var_26 = var_26 || var_39;
    }
    // if failed:                                                                             <L 166>
    if (var_26) {
        // env_reset[env] = 1                                                                 <L 168>
        wp::array_store(var_env_reset, var_0, var_40);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_termination_conditions_f8793930_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_termination_conditions_f8793930 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_termination_conditions_f8793930_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_termination_conditions_f8793930_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_termination_conditions_f8793930 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_termination_conditions_f8793930_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_termination_conditions_f8793930_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_termination_conditions_f8793930 *_wp_args)
{
    eval_termination_conditions_f8793930_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

