// Warp 1.19.0 cpu code for raycast_pick_4dbd05d6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// raycast_pick.py:4
static wp::float32 ray_box_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_inv_rd,
    wp::vec_t<3, wp::float32> var_lower,
    wp::vec_t<3, wp::float32> var_upper)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    bool var_8;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def ray_box(ro: wp.vec3, inv_rd: wp.vec3, lower: wp.vec3, upper: wp.vec3) -> float:       <L 5>
    // t0 = wp.cw_mul(lower - ro, inv_rd)                                                     <L 7>
    var_0 = wp::sub(var_lower, var_ro);
    var_1 = wp::cw_mul(var_0, var_inv_rd);
    // t1 = wp.cw_mul(upper - ro, inv_rd)                                                     <L 8>
    var_2 = wp::sub(var_upper, var_ro);
    var_3 = wp::cw_mul(var_2, var_inv_rd);
    // t_near = wp.max(wp.min(t0, t1))                                                        <L 9>
    var_4 = wp::min(var_1, var_3);
    var_5 = wp::max(var_4);
    // t_far = wp.min(wp.max(t0, t1))                                                         <L 10>
    var_6 = wp::max(var_1, var_3);
    var_7 = wp::min(var_6);
    // if t_near > t_far or t_far < 0.0:                                                      <L 11>
    var_9 = (var_5 > var_7);
    var_8 = var_9;
    if (!var_8) {
        var_11 = (var_7 < var_10);
        var_8 = var_8 || var_11;
    }
    if (var_8) {
        // return -1.0                                                                        <L 12>
        return var_12;
    }
    // return wp.where(t_near >= 0.0, t_near, t_far)                                          <L 13>
    var_14 = (var_5 >= var_13);
    var_15 = wp::where(var_14, var_5, var_7);
    return var_15;
}


// warp/_src/math.py:131
static wp::vec_t<3, wp::float32> velocity_at_point_0(
    wp::vec_t<6, wp::float32> var_qd,
    wp::vec_t<3, wp::float32> var_r)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:                   <L 132>
    // return wp.spatial_bottom(qd) + wp.cross(wp.spatial_top(qd), r)                         <L 148>
    var_0 = wp::spatial_bottom(var_qd);
    var_1 = wp::spatial_top(var_qd);
    var_2 = wp::cross(var_1, var_r);
    var_3 = wp::add(var_0, var_2);
    return var_3;
}


// raycast_pick.py:57
static wp::float32 inverse_effective_mass_0(
    wp::transform_t<wp::float32> var_X_wb,
    wp::float32 var_inv_m,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def inverse_effective_mass(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:       <L 58>
    // rn = wp.quat_rotate_inv(wp.transform_get_rotation(X_wb), wp.cross(r, n))               <L 60>
    var_0 = wp::transform_get_rotation(var_X_wb);
    var_1 = wp::cross(var_r, var_n);
    var_2 = wp::quat_rotate_inv(var_0, var_1);
    // return inv_m + wp.dot(rn, inv_I @ rn)                                                  <L 61>
    var_3 = wp::mul(var_inv_I, var_2);
    var_4 = wp::dot(var_2, var_3);
    var_5 = wp::add(var_inv_m, var_4);
    return var_5;
}


// raycast_pick.py:64
static wp::vec_t<6, wp::float32> twist_change_0(
    wp::transform_t<wp::float32> var_X_wb,
    wp::float32 var_inv_m,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> var_impulse)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    //---------
    // forward
    // def twist_change(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, impulse: wp.vec3) -> wp.spatial_vector:       <L 65>
    // q = wp.transform_get_rotation(X_wb)                                                    <L 66>
    var_0 = wp::transform_get_rotation(var_X_wb);
    // dw = wp.quat_rotate(q, inv_I @ wp.quat_rotate_inv(q, wp.cross(r, impulse)))            <L 67>
    var_1 = wp::cross(var_r, var_impulse);
    var_2 = wp::quat_rotate_inv(var_0, var_1);
    var_3 = wp::mul(var_inv_I, var_2);
    var_4 = wp::quat_rotate(var_0, var_3);
    // return wp.spatial_vector(dw, impulse * inv_m)                                          <L 68>
    var_5 = wp::mul(var_impulse, var_inv_m);
    var_6 = wp::vec_t<6, wp::float32>(var_4, var_5);
    return var_6;
}


// raycast_pick.py:4
static void adj_ray_box_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_inv_rd,
    wp::vec_t<3, wp::float32> var_lower,
    wp::vec_t<3, wp::float32> var_upper,
    wp::vec_t<3, wp::float32> & adj_ro,
    wp::vec_t<3, wp::float32> & adj_inv_rd,
    wp::vec_t<3, wp::float32> & adj_lower,
    wp::vec_t<3, wp::float32> & adj_upper,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// warp/_src/math.py:131
static void adj_velocity_at_point_0(
    wp::vec_t<6, wp::float32> var_qd,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<6, wp::float32> & adj_qd,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:                   <L 132>
    // return wp.spatial_bottom(qd) + wp.cross(wp.spatial_top(qd), r)                         <L 148>
    var_0 = wp::spatial_bottom(var_qd);
    var_1 = wp::spatial_top(var_qd);
    var_2 = wp::cross(var_1, var_r);
    var_3 = wp::add(var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_cross(var_1, var_r, adj_1, adj_r, adj_2);
    wp::adj_spatial_top(var_qd, adj_qd, adj_1);
    wp::adj_spatial_bottom(var_qd, adj_qd, adj_0);
    // adj: return wp.spatial_bottom(qd) + wp.cross(wp.spatial_top(qd), r)                    <L 148>
    // adj: def velocity_at_point(qd: wp.spatial_vector, r: wp.vec3) -> wp.vec3:              <L 132>
    return;
}


// raycast_pick.py:57
static void adj_inverse_effective_mass_0(
    wp::transform_t<wp::float32> var_X_wb,
    wp::float32 var_inv_m,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> var_n,
    wp::transform_t<wp::float32> & adj_X_wb,
    wp::float32 & adj_inv_m,
    wp::mat_t<3, 3, wp::float32> & adj_inv_I,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def inverse_effective_mass(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:       <L 58>
    // rn = wp.quat_rotate_inv(wp.transform_get_rotation(X_wb), wp.cross(r, n))               <L 60>
    var_0 = wp::transform_get_rotation(var_X_wb);
    var_1 = wp::cross(var_r, var_n);
    var_2 = wp::quat_rotate_inv(var_0, var_1);
    // return inv_m + wp.dot(rn, inv_I @ rn)                                                  <L 61>
    var_3 = wp::mul(var_inv_I, var_2);
    var_4 = wp::dot(var_2, var_3);
    var_5 = wp::add(var_inv_m, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_inv_m, var_4, adj_inv_m, adj_4, adj_5);
    wp::adj_dot(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_mul(var_inv_I, var_2, adj_inv_I, adj_2, adj_3);
    // adj: return inv_m + wp.dot(rn, inv_I @ rn)                                             <L 61>
    wp::adj_quat_rotate_inv(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_cross(var_r, var_n, adj_r, adj_n, adj_1);
    wp::adj_transform_get_rotation(var_X_wb, adj_X_wb, adj_0);
    // adj: rn = wp.quat_rotate_inv(wp.transform_get_rotation(X_wb), wp.cross(r, n))          <L 60>
    // adj: def inverse_effective_mass(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, n: wp.vec3) -> float:  <L 58>
    return;
}


// raycast_pick.py:64
static void adj_twist_change_0(
    wp::transform_t<wp::float32> var_X_wb,
    wp::float32 var_inv_m,
    wp::mat_t<3, 3, wp::float32> var_inv_I,
    wp::vec_t<3, wp::float32> var_r,
    wp::vec_t<3, wp::float32> var_impulse,
    wp::transform_t<wp::float32> & adj_X_wb,
    wp::float32 & adj_inv_m,
    wp::mat_t<3, 3, wp::float32> & adj_inv_I,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_impulse,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    //---------
    // forward
    // def twist_change(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, impulse: wp.vec3) -> wp.spatial_vector:       <L 65>
    // q = wp.transform_get_rotation(X_wb)                                                    <L 66>
    var_0 = wp::transform_get_rotation(var_X_wb);
    // dw = wp.quat_rotate(q, inv_I @ wp.quat_rotate_inv(q, wp.cross(r, impulse)))            <L 67>
    var_1 = wp::cross(var_r, var_impulse);
    var_2 = wp::quat_rotate_inv(var_0, var_1);
    var_3 = wp::mul(var_inv_I, var_2);
    var_4 = wp::quat_rotate(var_0, var_3);
    // return wp.spatial_vector(dw, impulse * inv_m)                                          <L 68>
    var_5 = wp::mul(var_impulse, var_inv_m);
    var_6 = wp::vec_t<6, wp::float32>(var_4, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_vec_t(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_mul(var_impulse, var_inv_m, adj_impulse, adj_inv_m, adj_5);
    // adj: return wp.spatial_vector(dw, impulse * inv_m)                                     <L 68>
    wp::adj_quat_rotate(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_mul(var_inv_I, var_2, adj_inv_I, adj_2, adj_3);
    wp::adj_quat_rotate_inv(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_cross(var_r, var_impulse, adj_r, adj_impulse, adj_1);
    // adj: dw = wp.quat_rotate(q, inv_I @ wp.quat_rotate_inv(q, wp.cross(r, impulse)))       <L 67>
    wp::adj_transform_get_rotation(var_X_wb, adj_X_wb, adj_0);
    // adj: q = wp.transform_get_rotation(X_wb)                                               <L 66>
    // adj: def twist_change(X_wb: wp.transform, inv_m: float, inv_I: wp.mat33, r: wp.vec3, impulse: wp.vec3) -> wp.spatial_vector:  <L 65>
    return;
}

struct wp_args_raycast_pick_4e4e680c {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> pick_origins;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_dirs;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> box_min;
    wp::array_t<wp::vec_t<3, wp::float32>> box_max;
    wp::array_t<wp::float32> ray_length;
    wp::array_t<wp::int32> pick_body;
    wp::array_t<wp::float32> pick_dist;
    wp::array_t<wp::vec_t<3, wp::float32>> pick_attach_local;
};


template <bool wp_linear_contiguous>
static void raycast_pick_4e4e680c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_raycast_pick_4e4e680c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_raycast_pick_4e4e680c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.pick_origins.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ray_dirs.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.box_min.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.box_max.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ray_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pick_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.pick_dist.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pick_attach_local.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_origins = _wp_args->pick_origins;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs = _wp_args->ray_dirs;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_box_min = _wp_args->box_min;
    wp::array_t<wp::vec_t<3, wp::float32>> var_box_max = _wp_args->box_max;
    wp::array_t<wp::float32> var_ray_length = _wp_args->ray_length;
    wp::array_t<wp::int32> var_pick_body = _wp_args->pick_body;
    wp::array_t<wp::float32> var_pick_dist = _wp_args->pick_dist;
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_attach_local = _wp_args->pick_attach_local;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = -1;
    wp::int32 var_13;
    wp::bvh_query_t var_14;
    const wp::int32 var_15 = -1;
    const wp::int32 var_16 = 0;
    wp::int32 var_17;
    bool var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::transform_t<wp::float32>* var_22;
    wp::transform_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::float32 var_26 = 1.0;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 1.0;
    const wp::int32 var_31 = 1;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 1.0;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    bool var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    bool var_48;
    wp::float32 var_49;
    wp::int32 var_50;
    wp::float32 var_51;
    wp::int32 var_52;
    const wp::int32 var_53 = 0;
    bool var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::transform_t<wp::float32>* var_57;
    wp::transform_t<wp::float32> var_58;
    wp::transform_t<wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    //---------
    // forward
    // def raycast_pick(                                                                      <L 17>
    // tid = wp.tid()                                                                         <L 30>
    var_0 = builtin_tid1d();
    // ro = pick_origins[tid]                                                                 <L 31>
    var_1 = wp::address(var_pick_origins, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rd = wp.normalize(ray_dirs[tid])                                                       <L 32>
    var_4 = wp::address(var_ray_dirs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::normalize(var_6);
    // max_t = ray_length[0]                                                                  <L 33>
    var_8 = wp::address(var_ray_length, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // t_best = max_t                                                                         <L 34>
    var_11 = wp::copy(var_9);
    // best_body = int(-1)                                                                    <L 35>
    var_13 = wp::int(var_12);
    // query = wp.bvh_query_ray(bvh_id, ro, rd)                                               <L 36>
    var_14 = wp::bvh_query_ray(var_bvh_id, var_2, var_5, var_15);
    // index = int(0)                                                                         <L 37>
    var_17 = wp::int(var_16);
    // while wp.bvh_query_next(query, index, t_best):                                         <L 38>
    start_while_0:;
    var_18 = wp::bvh_query_ray_next(var_14, var_17, var_11);
    if ((var_18) == false) goto end_while_0;
        // body = shape_body[index]                                                           <L 39>
        var_19 = wp::address(var_shape_body, var_17);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // X_bw = wp.transform_inverse(body_q[body])                                          <L 41>
        var_22 = wp::address(var_body_q, var_20);
        var_24 = wp::load(var_22);
        var_23 = wp::transform_inverse(var_24);
        // rd_b = wp.transform_vector(X_bw, rd)                                               <L 42>
        var_25 = wp::transform_vector(var_23, var_5);
        // inv_rd = wp.vec3(1.0 / rd_b[0], 1.0 / rd_b[1], 1.0 / rd_b[2])                      <L 43>
        var_28 = wp::extract(var_25, var_27);
        var_29 = wp::div(var_26, var_28);
        var_32 = wp::extract(var_25, var_31);
        var_33 = wp::div(var_30, var_32);
        var_36 = wp::extract(var_25, var_35);
        var_37 = wp::div(var_34, var_36);
        var_38 = wp::vec_t<3, wp::float32>(var_29, var_33, var_37);
        // t = ray_box(wp.transform_point(X_bw, ro), inv_rd, box_min[index], box_max[index])       <L 44>
        var_39 = wp::transform_point(var_23, var_2);
        var_40 = wp::address(var_box_min, var_17);
        var_41 = wp::address(var_box_max, var_17);
        var_43 = wp::load(var_40);
        var_44 = wp::load(var_41);
        var_42 = ray_box_0(var_39, var_38, var_43, var_44);
        // if t >= 0.0 and t < t_best:                                                        <L 45>
        var_47 = (var_42 >= var_46);
        var_45 = var_47;
        if (var_45) {
            var_48 = (var_42 < var_11);
            var_45 = var_45 && var_48;
        }
        if (var_45) {
            // t_best = t                                                                     <L 46>
            var_49 = wp::copy(var_42);
            // best_body = body                                                               <L 47>
            var_50 = wp::copy(var_20);
        }
        var_51 = wp::where(var_45, var_49, var_11);
        var_52 = wp::where(var_45, var_50, var_13);
        wp::assign(var_11, var_51);
        wp::assign(var_13, var_52);
    goto start_while_0;
    end_while_0:;
    // pick_body[tid] = best_body                                                             <L 48>
    wp::array_store(var_pick_body, var_0, var_13);
    // if best_body < 0:                                                                      <L 49>
    var_54 = (var_13 < var_53);
    if (var_54) {
        // return                                                                             <L 50>
        return;
    }
    // pick_dist[tid] = t_best                                                                <L 51>
    wp::array_store(var_pick_dist, var_0, var_11);
    // hit = ro + rd * t_best                                                                 <L 52>
    var_55 = wp::mul(var_5, var_11);
    var_56 = wp::add(var_2, var_55);
    // pick_attach_local[tid] = wp.transform_point(wp.transform_inverse(body_q[best_body]), hit)       <L 54>
    var_57 = wp::address(var_body_q, var_13);
    var_59 = wp::load(var_57);
    var_58 = wp::transform_inverse(var_59);
    var_60 = wp::transform_point(var_58, var_56);
    wp::array_store(var_pick_attach_local, var_0, var_60);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raycast_pick_4e4e680c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_pick_4e4e680c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raycast_pick_4e4e680c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raycast_pick_4e4e680c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_pick_4e4e680c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->pick_origins.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ray_dirs.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->box_min.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->box_max.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ray_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pick_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->pick_dist.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pick_attach_local.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        raycast_pick_4e4e680c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        raycast_pick_4e4e680c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raycast_pick_4e4e680c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_raycast_pick_4e4e680c *_wp_args)
{
    raycast_pick_4e4e680c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_apply_contact_impulses_f1a25e72 {
    wp::array_t<wp::int32> rigid_contact_count;
    wp::array_t<wp::int32> contact_shape0;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_point0;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normal;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::float32> body_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inv_inertia;
    wp::int32 contact_max;
    wp::array_t<wp::vec_t<6, wp::float32>> body_deltas;
};


template <bool wp_linear_contiguous>
static void apply_contact_impulses_f1a25e72_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_contact_impulses_f1a25e72 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.rigid_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape0.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_point0.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_deltas.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_rigid_contact_count = _wp_args->rigid_contact_count;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_point0 = _wp_args->contact_point0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal = _wp_args->contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::int32 var_contact_max = _wp_args->contact_max;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_deltas = _wp_args->body_deltas;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::transform_t<wp::float32>* var_19;
    wp::transform_t<wp::float32> var_20;
    wp::transform_t<wp::float32> var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::mat_t<3, 3, wp::float32>* var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<6, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<6, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    bool var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    const wp::float32 var_40 = 0.0;
    bool var_41;
    const wp::float32 var_42 = 1.0;
    const wp::float32 var_43 = 0.8;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<6, wp::float32> var_49;
    wp::vec_t<6, wp::float32> var_50;
    //---------
    // forward
    // def apply_contact_impulses(                                                            <L 72>
    // tid = wp.tid()                                                                         <L 86>
    var_0 = builtin_tid1d();
    // count = wp.min(rigid_contact_count[0], contact_max)                                    <L 87>
    var_2 = wp::address(var_rigid_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::min(var_4, var_contact_max);
    // if tid >= count:                                                                       <L 88>
    var_5 = (var_0 >= var_3);
    if (var_5) {
        // return                                                                             <L 89>
        return;
    }
    // body_a = shape_body[contact_shape0[tid]]                                               <L 90>
    var_6 = wp::address(var_contact_shape0, var_0);
    var_7 = wp::load(var_6);
    var_8 = wp::address(var_shape_body, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if body_a < 0:                                                                         <L 91>
    var_12 = (var_9 < var_11);
    if (var_12) {
        // return                                                                             <L 92>
        return;
    }
    // n = contact_normal[tid]                                                                <L 93>
    var_13 = wp::address(var_contact_normal, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // p = contact_point0[tid]                                                                <L 94>
    var_16 = wp::address(var_contact_point0, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // X_wb_a = body_q[body_a]                                                                <L 95>
    var_19 = wp::address(var_body_q, var_9);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // inv_m_a = body_inv_mass[body_a]                                                        <L 96>
    var_22 = wp::address(var_body_inv_mass, var_9);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // inv_I_a = body_inv_inertia[body_a]                                                     <L 97>
    var_25 = wp::address(var_body_inv_inertia, var_9);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // r_a = p - wp.transform_point(X_wb_a, body_com[body_a])                                 <L 98>
    var_28 = wp::address(var_body_com, var_9);
    var_30 = wp::load(var_28);
    var_29 = wp::transform_point(var_20, var_30);
    var_31 = wp::sub(var_17, var_29);
    // v_rel = wp.velocity_at_point(body_qd[body_a], r_a)                                     <L 99>
    var_32 = wp::address(var_body_qd, var_9);
    var_34 = wp::load(var_32);
    var_33 = velocity_at_point_0(var_34, var_31);
    // w = inverse_effective_mass(X_wb_a, inv_m_a, inv_I_a, r_a, n)                           <L 100>
    var_35 = inverse_effective_mass_0(var_20, var_23, var_26, var_31, var_14);
    // vn = wp.dot(n, v_rel)                                                                  <L 101>
    var_36 = wp::dot(var_14, var_33);
    // if vn >= 0.0 or w <= 0.0:                                                              <L 102>
    var_39 = (var_36 >= var_38);
    var_37 = var_39;
    if (!var_37) {
        var_41 = (var_35 <= var_40);
        var_37 = var_37 || var_41;
    }
    if (var_37) {
        // return                                                                             <L 103>
        return;
    }
    // impulse = n * (-(1.0 + 0.8) * vn / w)                                                  <L 104>
    var_44 = wp::add(var_42, var_43);
    var_45 = wp::neg(var_44);
    var_46 = wp::mul(var_45, var_36);
    var_47 = wp::div(var_46, var_35);
    var_48 = wp::mul(var_14, var_47);
    // wp.atomic_add(body_deltas, body_a, twist_change(X_wb_a, inv_m_a, inv_I_a, r_a, impulse))       <L 105>
    var_49 = twist_change_0(var_20, var_23, var_26, var_31, var_48);
    var_50 = wp::atomic_add(var_body_deltas, var_9, var_49);
}



template <bool wp_linear_contiguous>
static void apply_contact_impulses_f1a25e72_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_contact_impulses_f1a25e72 wp_contiguous_args;
    wp_args_apply_contact_impulses_f1a25e72 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.rigid_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.rigid_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape0.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.contact_shape0.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_point0.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_point0.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_deltas.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_deltas.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_rigid_contact_count = _wp_args->rigid_contact_count;
    wp::array_t<wp::int32> var_contact_shape0 = _wp_args->contact_shape0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_point0 = _wp_args->contact_point0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal = _wp_args->contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::int32 var_contact_max = _wp_args->contact_max;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_deltas = _wp_args->body_deltas;
    wp::array_t<wp::int32> adj_rigid_contact_count = _wp_adj_args->rigid_contact_count;
    wp::array_t<wp::int32> adj_contact_shape0 = _wp_adj_args->contact_shape0;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_point0 = _wp_adj_args->contact_point0;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normal = _wp_adj_args->contact_normal;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::float32> adj_body_inv_mass = _wp_adj_args->body_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia = _wp_adj_args->body_inv_inertia;
    wp::int32 adj_contact_max = _wp_adj_args->contact_max;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_deltas = _wp_adj_args->body_deltas;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::transform_t<wp::float32>* var_19;
    wp::transform_t<wp::float32> var_20;
    wp::transform_t<wp::float32> var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::mat_t<3, 3, wp::float32>* var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<6, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<6, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    bool var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    const wp::float32 var_40 = 0.0;
    bool var_41;
    const wp::float32 var_42 = 1.0;
    const wp::float32 var_43 = 0.8;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<6, wp::float32> var_49;
    wp::vec_t<6, wp::float32> var_50;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::mat_t<3, 3, wp::float32> adj_25 = {};
    wp::mat_t<3, 3, wp::float32> adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<6, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<6, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    bool adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<6, wp::float32> adj_49 = {};
    wp::vec_t<6, wp::float32> adj_50 = {};
    //---------
    // forward
    // def apply_contact_impulses(                                                            <L 72>
    // tid = wp.tid()                                                                         <L 86>
    var_0 = builtin_tid1d();
    // count = wp.min(rigid_contact_count[0], contact_max)                                    <L 87>
    var_2 = wp::address(var_rigid_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::min(var_4, var_contact_max);
    // if tid >= count:                                                                       <L 88>
    var_5 = (var_0 >= var_3);
    if (var_5) {
        // return                                                                             <L 89>
        goto label0;
    }
    // body_a = shape_body[contact_shape0[tid]]                                               <L 90>
    var_6 = wp::address(var_contact_shape0, var_0);
    var_7 = wp::load(var_6);
    var_8 = wp::address(var_shape_body, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if body_a < 0:                                                                         <L 91>
    var_12 = (var_9 < var_11);
    if (var_12) {
        // return                                                                             <L 92>
        goto label1;
    }
    // n = contact_normal[tid]                                                                <L 93>
    var_13 = wp::address(var_contact_normal, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // p = contact_point0[tid]                                                                <L 94>
    var_16 = wp::address(var_contact_point0, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // X_wb_a = body_q[body_a]                                                                <L 95>
    var_19 = wp::address(var_body_q, var_9);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // inv_m_a = body_inv_mass[body_a]                                                        <L 96>
    var_22 = wp::address(var_body_inv_mass, var_9);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // inv_I_a = body_inv_inertia[body_a]                                                     <L 97>
    var_25 = wp::address(var_body_inv_inertia, var_9);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // r_a = p - wp.transform_point(X_wb_a, body_com[body_a])                                 <L 98>
    var_28 = wp::address(var_body_com, var_9);
    var_30 = wp::load(var_28);
    var_29 = wp::transform_point(var_20, var_30);
    var_31 = wp::sub(var_17, var_29);
    // v_rel = wp.velocity_at_point(body_qd[body_a], r_a)                                     <L 99>
    var_32 = wp::address(var_body_qd, var_9);
    var_34 = wp::load(var_32);
    var_33 = velocity_at_point_0(var_34, var_31);
    // w = inverse_effective_mass(X_wb_a, inv_m_a, inv_I_a, r_a, n)                           <L 100>
    var_35 = inverse_effective_mass_0(var_20, var_23, var_26, var_31, var_14);
    // vn = wp.dot(n, v_rel)                                                                  <L 101>
    var_36 = wp::dot(var_14, var_33);
    // if vn >= 0.0 or w <= 0.0:                                                              <L 102>
    var_39 = (var_36 >= var_38);
    var_37 = var_39;
    if (!var_37) {
        var_41 = (var_35 <= var_40);
        var_37 = var_37 || var_41;
    }
    if (var_37) {
        // return                                                                             <L 103>
        goto label2;
    }
    // impulse = n * (-(1.0 + 0.8) * vn / w)                                                  <L 104>
    var_44 = wp::add(var_42, var_43);
    var_45 = wp::neg(var_44);
    var_46 = wp::mul(var_45, var_36);
    var_47 = wp::div(var_46, var_35);
    var_48 = wp::mul(var_14, var_47);
    // wp.atomic_add(body_deltas, body_a, twist_change(X_wb_a, inv_m_a, inv_I_a, r_a, impulse))       <L 105>
    var_49 = twist_change_0(var_20, var_23, var_26, var_31, var_48);
    // var_50 = wp::atomic_add(var_body_deltas, var_9, var_49);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_deltas, var_9, var_49, adj_body_deltas, adj_9, adj_49, adj_50);
    adj_twist_change_0(var_20, var_23, var_26, var_31, var_48, adj_20, adj_23, adj_26, adj_31, adj_48, adj_49);
    // adj: wp.atomic_add(body_deltas, body_a, twist_change(X_wb_a, inv_m_a, inv_I_a, r_a, impulse))  <L 105>
    wp::adj_mul(var_14, var_47, adj_14, adj_47, adj_48);
    wp::adj_div(var_46, var_35, var_47, adj_46, adj_35, adj_47);
    wp::adj_mul(var_45, var_36, adj_45, adj_36, adj_46);
    wp::adj_neg(var_44, adj_44, adj_45);
    wp::adj_add(var_42, var_43, adj_42, adj_43, adj_44);
    // adj: impulse = n * (-(1.0 + 0.8) * vn / w)                                             <L 104>
    if (var_37) {
        label2:;
        // adj: return                                                                        <L 103>
    }
    if (!var_37) {
    }
    // adj: if vn >= 0.0 or w <= 0.0:                                                         <L 102>
    wp::adj_dot(var_14, var_33, adj_14, adj_33, adj_36);
    // adj: vn = wp.dot(n, v_rel)                                                             <L 101>
    adj_inverse_effective_mass_0(var_20, var_23, var_26, var_31, var_14, adj_20, adj_23, adj_26, adj_31, adj_14, adj_35);
    // adj: w = inverse_effective_mass(X_wb_a, inv_m_a, inv_I_a, r_a, n)                      <L 100>
    adj_velocity_at_point_0(var_34, var_31, adj_32, adj_31, adj_33);
    wp::adj_address(var_body_qd, var_9, adj_body_qd, adj_9, adj_32);
    // adj: v_rel = wp.velocity_at_point(body_qd[body_a], r_a)                                <L 99>
    wp::adj_sub(var_17, var_29, adj_17, adj_29, adj_31);
    wp::adj_transform_point(var_20, var_30, adj_20, adj_28, adj_29);
    wp::adj_address(var_body_com, var_9, adj_body_com, adj_9, adj_28);
    // adj: r_a = p - wp.transform_point(X_wb_a, body_com[body_a])                            <L 98>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_body_inv_inertia, var_9, adj_body_inv_inertia, adj_9, adj_25);
    // adj: inv_I_a = body_inv_inertia[body_a]                                                <L 97>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_body_inv_mass, var_9, adj_body_inv_mass, adj_9, adj_22);
    // adj: inv_m_a = body_inv_mass[body_a]                                                   <L 96>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_body_q, var_9, adj_body_q, adj_9, adj_19);
    // adj: X_wb_a = body_q[body_a]                                                           <L 95>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_contact_point0, var_0, adj_contact_point0, adj_0, adj_16);
    // adj: p = contact_point0[tid]                                                           <L 94>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_contact_normal, var_0, adj_contact_normal, adj_0, adj_13);
    // adj: n = contact_normal[tid]                                                           <L 93>
    if (var_12) {
        label1:;
        // adj: return                                                                        <L 92>
    }
    // adj: if body_a < 0:                                                                    <L 91>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_shape_body, var_7, adj_shape_body, adj_7, adj_8);
    wp::adj_address(var_contact_shape0, var_0, adj_contact_shape0, adj_0, adj_6);
    // adj: body_a = shape_body[contact_shape0[tid]]                                          <L 90>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 89>
    }
    // adj: if tid >= count:                                                                  <L 88>
    wp::adj_min(var_4, var_contact_max, adj_2, adj_contact_max, adj_3);
    wp::adj_address(var_rigid_contact_count, var_1, adj_rigid_contact_count, adj_1, adj_2);
    // adj: count = wp.min(rigid_contact_count[0], contact_max)                               <L 87>
    // adj: tid = wp.tid()                                                                    <L 86>
    // adj: def apply_contact_impulses(                                                       <L 72>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_contact_impulses_f1a25e72_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_contact_impulses_f1a25e72_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_contact_impulses_f1a25e72_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rigid_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape0.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_point0.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_deltas.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        apply_contact_impulses_f1a25e72_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_contact_impulses_f1a25e72_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_contact_impulses_f1a25e72_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args)
{
    apply_contact_impulses_f1a25e72_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_contact_impulses_f1a25e72_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_contact_impulses_f1a25e72_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_contact_impulses_f1a25e72_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rigid_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->rigid_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape0.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_shape0.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_point0.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_point0.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_deltas.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_deltas.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        apply_contact_impulses_f1a25e72_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_contact_impulses_f1a25e72_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_contact_impulses_f1a25e72_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_args,
    wp_args_apply_contact_impulses_f1a25e72 *_wp_adj_args)
{
    apply_contact_impulses_f1a25e72_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

