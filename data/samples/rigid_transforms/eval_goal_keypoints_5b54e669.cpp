// Warp 1.19.0 cpu code for eval_goal_keypoints_5b54e669.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_goal_keypoints.py:169
static wp::float32 tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 170>
    // return wp.exp(-error * error / sigma)                                                  <L 172>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// eval_goal_keypoints.py:129
static wp::float32 pd_effort_0(
    wp::int32 var_mode,
    wp::float32 var_q,
    wp::float32 var_qd,
    wp::float32 var_target,
    wp::float32 var_ke,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    //---------
    // forward
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 130>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 131>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 132>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 133>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 135>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 136>
    return var_10;
}


// eval_goal_keypoints.py:83
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
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 84>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 86>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 87>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// eval_goal_keypoints.py:205
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
    wp::float32 var_3;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    //---------
    // forward
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 206>
    // if q < lower:                                                                          <L 208>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 209>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        return var_4;
    }
    // if q > upper:                                                                          <L 210>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 211>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 212>
    return var_10;
}


// eval_goal_keypoints.py:169
static void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// eval_goal_keypoints.py:129
static void adj_pd_effort_0(
    wp::int32 var_mode,
    wp::float32 var_q,
    wp::float32 var_qd,
    wp::float32 var_target,
    wp::float32 var_ke,
    wp::float32 var_kd,
    wp::int32 & adj_mode,
    wp::float32 & adj_q,
    wp::float32 & adj_qd,
    wp::float32 & adj_target,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    bool var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 130>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 131>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 132>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 133>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 135>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 136>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 136>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 135>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 133>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 132>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 131>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 130>
    return;
}


// eval_goal_keypoints.py:83
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


// eval_goal_keypoints.py:205
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
    wp::float32 var_3;
    wp::float32 var_4;
    bool var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    //---------
    // dual vars
    bool adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 206>
    // if q < lower:                                                                          <L 208>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 209>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        goto label0;
    }
    // if q > upper:                                                                          <L 210>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 211>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 212>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 212>
    if (var_5) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_8);
        wp::adj_mul(var_ke, var_6, adj_ke, adj_6, adj_7);
        wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_6);
        // adj: return ke * (upper - q) - kd * qd                                             <L 211>
    }
    // adj: if q > upper:                                                                     <L 210>
    if (var_0) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_3);
        wp::adj_mul(var_ke, var_1, adj_ke, adj_1, adj_2);
        wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_1);
        // adj: return ke * (lower - q) - kd * qd                                             <L 209>
    }
    // adj: if q < lower:                                                                     <L 208>
    // adj: def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:  <L 206>
    return;
}

struct wp_args_eval_goal_keypoints_0d19d2cd {
    wp::array_t<wp::int32> env_active;
    wp::array_t<wp::int32> keypoint_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> keypoint_local;
    wp::array_t<wp::vec_t<3, wp::float32>> goal_pos;
    wp::float32 success_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> goal_delta;
    wp::array_t<wp::float32> goal_distance;
    wp::array_t<wp::int32> keypoints_reached;
};


template <bool wp_linear_contiguous>
static void eval_goal_keypoints_0d19d2cd_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_goal_keypoints_0d19d2cd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::array_t<wp::int32> var_keypoint_body = _wp_args->keypoint_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_keypoint_local = _wp_args->keypoint_local;
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_pos = _wp_args->goal_pos;
    wp::float32 var_success_radius = _wp_args->success_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta = _wp_args->goal_delta;
    wp::array_t<wp::float32> var_goal_distance = _wp_args->goal_distance;
    wp::array_t<wp::int32> var_keypoints_reached = _wp_args->keypoints_reached;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::transform_t<wp::float32>* var_14;
    wp::transform_t<wp::float32> var_15;
    wp::transform_t<wp::float32> var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    wp::transform_t<wp::float32>* var_22;
    wp::quat_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    bool var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    //---------
    // forward
    // def eval_goal_keypoints(                                                               <L 28>
    // env, k = wp.tid()                                                                      <L 40>
    builtin_tid2d(var_0, var_1);
    // if env_active[env] == 0:                                                               <L 41>
    var_2 = wp::address(var_env_active, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 42>
        return;
    }
    // body = keypoint_body[k]                                                                <L 43>
    var_6 = wp::address(var_keypoint_body, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if body < 0:                                                                           <L 44>
    var_10 = (var_7 < var_9);
    if (var_10) {
        // return                                                                             <L 45>
        return;
    }
    // goal = goal_pos[env, k]                                                                <L 46>
    var_11 = wp::address(var_goal_pos, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // X_wb = body_q[env, body]                                                               <L 47>
    var_14 = wp::address(var_body_q, var_0, var_7);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p = wp.transform_point(X_wb, keypoint_local[k])                                        <L 48>
    var_17 = wp::address(var_keypoint_local, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::transform_point(var_15, var_19);
    // delta = goal - p                                                                       <L 49>
    var_20 = wp::sub(var_12, var_18);
    // root_rot = wp.transform_get_rotation(body_q[env, 0])                                   <L 51>
    var_22 = wp::address(var_body_q, var_0, var_21);
    var_24 = wp::load(var_22);
    var_23 = wp::transform_get_rotation(var_24);
    // goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)                               <L 52>
    var_25 = wp::quat_rotate_inv(var_23, var_20);
    wp::array_store(var_goal_delta, var_0, var_1, var_25);
    // dist = wp.length(delta)                                                                <L 53>
    var_26 = wp::length(var_20);
    // goal_distance[env, k] = dist                                                           <L 54>
    wp::array_store(var_goal_distance, var_0, var_1, var_26);
    // if dist < success_radius:                                                              <L 55>
    var_27 = (var_26 < var_success_radius);
    if (var_27) {
        // wp.atomic_add(keypoints_reached, env, 1)                                           <L 56>
        var_29 = wp::atomic_add(var_keypoints_reached, var_0, var_28);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_goal_keypoints_0d19d2cd_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_goal_keypoints_0d19d2cd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_goal_keypoints_0d19d2cd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_goal_keypoints_0d19d2cd_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_goal_keypoints_0d19d2cd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_goal_keypoints_0d19d2cd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_goal_keypoints_0d19d2cd_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_goal_keypoints_0d19d2cd *_wp_args)
{
    eval_goal_keypoints_0d19d2cd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_reward_and_termination_108aadc3 {
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_target;
    wp::array_t<wp::float32> applied_joint_f;
    wp::array_t<wp::float32> joint_limit_lower;
    wp::array_t<wp::float32> joint_limit_upper;
    wp::float32 tracking_weight;
    wp::float32 torque_weight;
    wp::array_t<wp::float32> env_reward;
    wp::array_t<wp::int32> env_terminated;
};


template <bool wp_linear_contiguous>
static void reward_and_termination_108aadc3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reward_and_termination_108aadc3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_applied_joint_f = _wp_args->applied_joint_f;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::float32 var_tracking_weight = _wp_args->tracking_weight;
    wp::float32 var_torque_weight = _wp_args->torque_weight;
    wp::array_t<wp::float32> var_env_reward = _wp_args->env_reward;
    wp::array_t<wp::int32> var_env_terminated = _wp_args->env_terminated;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::shape_t var_10;
    wp::range_t var_11;
    wp::int32 var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.25;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    bool var_27;
    wp::float32* var_28;
    bool var_29;
    wp::float32 var_30;
    wp::float32* var_31;
    bool var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // forward
    // def reward_and_termination(                                                            <L 176>
    // env = wp.tid()                                                                         <L 188>
    var_0 = builtin_tid1d();
    // tracking = float(0.0)                                                                  <L 189>
    var_2 = wp::float(var_1);
    // effort_sq = float(0.0)                                                                 <L 190>
    var_4 = wp::float(var_3);
    // out_of_limits = int(0)                                                                 <L 191>
    var_6 = wp::int(var_5);
    // for j in range(joint_q.shape[1]):                                                      <L 192>
    var_7 = &(var_joint_q.shape);
    var_10 = wp::load(var_7);
    var_9 = wp::extract(var_10, var_8);
    var_11 = wp::range(var_9);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // q_j = joint_q[env, j]                                                              <L 193>
        var_13 = wp::address(var_joint_q, var_0, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // tracking += tracking_reward(q_j - joint_target[env, j], 0.25)                      <L 194>
        var_16 = wp::address(var_joint_target, var_0, var_12);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_14, var_18);
        var_20 = tracking_reward_0(var_17, var_19);
        var_21 = wp::add(var_2, var_20);
        // tau_j = applied_joint_f[env, j]                                                    <L 195>
        var_22 = wp::address(var_applied_joint_f, var_0, var_12);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // effort_sq += tau_j * tau_j                                                         <L 196>
        var_25 = wp::mul(var_23, var_23);
        var_26 = wp::add(var_4, var_25);
        // if q_j < joint_limit_lower[env, j] or q_j > joint_limit_upper[env, j]:             <L 197>
        var_28 = wp::address(var_joint_limit_lower, var_0, var_12);
        var_30 = wp::load(var_28);
        var_29 = (var_14 < var_30);
        var_27 = var_29;
        if (!var_27) {
            var_31 = wp::address(var_joint_limit_upper, var_0, var_12);
            var_33 = wp::load(var_31);
            var_32 = (var_14 > var_33);
            var_27 = var_27 || var_32;
        }
        if (var_27) {
            // out_of_limits = 1                                                              <L 198>
        }
        var_35 = wp::where(var_27, var_34, var_6);
        wp::assign(var_2, var_21);
        wp::assign(var_4, var_26);
        wp::assign(var_6, var_35);
        goto start_for_0;
    end_for_0:;
    // reward = tracking_weight * tracking                                                    <L 199>
    var_36 = wp::mul(var_tracking_weight, var_2);
    // reward -= torque_weight * effort_sq                                                    <L 200>
    var_37 = wp::mul(var_torque_weight, var_4);
    var_38 = wp::sub(var_36, var_37);
    // env_reward[env] += reward                                                              <L 201>
    var_39 = wp::atomic_add(var_env_reward, var_0, var_38);
    // env_terminated[env] = out_of_limits                                                    <L 202>
    wp::array_store(var_env_terminated, var_0, var_6);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reward_and_termination_108aadc3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reward_and_termination_108aadc3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reward_and_termination_108aadc3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reward_and_termination_108aadc3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reward_and_termination_108aadc3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    reward_and_termination_108aadc3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reward_and_termination_108aadc3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reward_and_termination_108aadc3 *_wp_args)
{
    reward_and_termination_108aadc3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_joint_drive_forces_215472ed {
    wp::array_t<wp::int32> world_dof_start;
    wp::array_t<wp::int32> world_dof_count;
    wp::array_t<wp::int32> joint_dof_mode;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::float32> joint_target_ke;
    wp::array_t<wp::float32> joint_target_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> joint_act;
};


template <bool wp_linear_contiguous>
static void joint_drive_forces_215472ed_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_joint_drive_forces_215472ed *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_dof_start = _wp_args->world_dof_start;
    wp::array_t<wp::int32> var_world_dof_count = _wp_args->world_dof_count;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_target_kd = _wp_args->joint_target_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
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
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::int32 var_39;
    wp::float32 var_40;
    //---------
    // forward
    // def joint_drive_forces(                                                                <L 140>
    // world, j = wp.tid()                                                                    <L 152>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 153>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 154>
        return;
    }
    // dof_start = world_dof_start[world]                                                     <L 155>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 156>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 157>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 158>
        return;
    }
    // qd_j = joint_velocities[dof_start + j]                                                 <L 159>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_velocities, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // ke_local = joint_target_ke[dof_start + j]                                              <L 160>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_target_ke, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // kd_i = joint_target_kd[dof_start + j]                                                  <L 161>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_target_kd, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // f_max = joint_effort_limit[dof_start + j]                                              <L 162>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_effort_limit, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // tau = pd_effort(mode, joint_q[dof_start + j], qd_j, joint_target_pos[dof_start + j], ke_local, kd_i)       <L 163>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_q, var_30);
    var_32 = wp::add(var_6, var_1);
    var_33 = wp::address(var_joint_target_pos, var_32);
    var_35 = wp::load(var_31);
    var_36 = wp::load(var_33);
    var_34 = pd_effort_0(var_10, var_35, var_16, var_36, var_20, var_24);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 164>
    var_37 = wp::neg(var_28);
    var_38 = wp::clamp(var_34, var_37, var_28);
    // joint_act[dof_start + j] += tau                                                        <L 166>
    var_39 = wp::add(var_6, var_1);
    var_40 = wp::atomic_add(var_joint_act, var_39, var_38);
}



template <bool wp_linear_contiguous>
static void joint_drive_forces_215472ed_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_joint_drive_forces_215472ed *_wp_args,
    wp_args_joint_drive_forces_215472ed *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_dof_start = _wp_args->world_dof_start;
    wp::array_t<wp::int32> var_world_dof_count = _wp_args->world_dof_count;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_target_kd = _wp_args->joint_target_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::int32> adj_world_dof_start = _wp_adj_args->world_dof_start;
    wp::array_t<wp::int32> adj_world_dof_count = _wp_adj_args->world_dof_count;
    wp::array_t<wp::int32> adj_joint_dof_mode = _wp_adj_args->joint_dof_mode;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::float32> adj_joint_target_pos = _wp_adj_args->joint_target_pos;
    wp::array_t<wp::float32> adj_joint_target_ke = _wp_adj_args->joint_target_ke;
    wp::array_t<wp::float32> adj_joint_target_kd = _wp_adj_args->joint_target_kd;
    wp::array_t<wp::float32> adj_joint_effort_limit = _wp_adj_args->joint_effort_limit;
    wp::array_t<wp::float32> adj_joint_act = _wp_adj_args->joint_act;
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
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    bool var_13;
    wp::int32 var_14;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::int32 var_30;
    wp::float32* var_31;
    wp::int32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::int32 var_39;
    wp::float32 var_40;
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
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    //---------
    // forward
    // def joint_drive_forces(                                                                <L 140>
    // world, j = wp.tid()                                                                    <L 152>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 153>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 154>
        goto label0;
    }
    // dof_start = world_dof_start[world]                                                     <L 155>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 156>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 157>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 158>
        goto label1;
    }
    // qd_j = joint_velocities[dof_start + j]                                                 <L 159>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_velocities, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // ke_local = joint_target_ke[dof_start + j]                                              <L 160>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_target_ke, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // kd_i = joint_target_kd[dof_start + j]                                                  <L 161>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_target_kd, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // f_max = joint_effort_limit[dof_start + j]                                              <L 162>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_effort_limit, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // tau = pd_effort(mode, joint_q[dof_start + j], qd_j, joint_target_pos[dof_start + j], ke_local, kd_i)       <L 163>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_q, var_30);
    var_32 = wp::add(var_6, var_1);
    var_33 = wp::address(var_joint_target_pos, var_32);
    var_35 = wp::load(var_31);
    var_36 = wp::load(var_33);
    var_34 = pd_effort_0(var_10, var_35, var_16, var_36, var_20, var_24);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 164>
    var_37 = wp::neg(var_28);
    var_38 = wp::clamp(var_34, var_37, var_28);
    // joint_act[dof_start + j] += tau                                                        <L 166>
    var_39 = wp::add(var_6, var_1);
    // var_40 = wp::atomic_add(var_joint_act, var_39, var_38);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_act, var_39, var_38, adj_joint_act, adj_39, adj_38, adj_40);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_39);
    // adj: joint_act[dof_start + j] += tau                                                   <L 166>
    wp::adj_clamp(var_34, var_37, var_28, adj_34, adj_37, adj_28, adj_38);
    wp::adj_neg(var_28, adj_28, adj_37);
    // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 164>
    adj_pd_effort_0(var_10, var_35, var_16, var_36, var_20, var_24, adj_10, adj_31, adj_16, adj_33, adj_20, adj_24, adj_34);
    wp::adj_address(var_joint_target_pos, var_32, adj_joint_target_pos, adj_32, adj_33);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_32);
    wp::adj_address(var_joint_q, var_30, adj_joint_q, adj_30, adj_31);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
    // adj: tau = pd_effort(mode, joint_q[dof_start + j], qd_j, joint_target_pos[dof_start + j], ke_local, kd_i)  <L 163>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_joint_effort_limit, var_26, adj_joint_effort_limit, adj_26, adj_27);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
    // adj: f_max = joint_effort_limit[dof_start + j]                                         <L 162>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_joint_target_kd, var_22, adj_joint_target_kd, adj_22, adj_23);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
    // adj: kd_i = joint_target_kd[dof_start + j]                                             <L 161>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_target_ke, var_18, adj_joint_target_ke, adj_18, adj_19);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
    // adj: ke_local = joint_target_ke[dof_start + j]                                         <L 160>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_joint_velocities, var_14, adj_joint_velocities, adj_14, adj_15);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
    // adj: qd_j = joint_velocities[dof_start + j]                                            <L 159>
    if (var_13) {
        label1:;
        // adj: return                                                                        <L 158>
    }
    // adj: if mode == JointMode.NONE:                                                        <L 157>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
    // adj: mode = joint_dof_mode[dof_start + j]                                              <L 156>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
    // adj: dof_start = world_dof_start[world]                                                <L 155>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 154>
    }
    wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
    // adj: if j >= world_dof_count[world]:                                                   <L 153>
    // adj: world, j = wp.tid()                                                               <L 152>
    // adj: def joint_drive_forces(                                                           <L 140>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void joint_drive_forces_215472ed_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_drive_forces_215472ed *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_drive_forces_215472ed_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void joint_drive_forces_215472ed_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_drive_forces_215472ed *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    joint_drive_forces_215472ed_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void joint_drive_forces_215472ed_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_drive_forces_215472ed *_wp_args)
{
    joint_drive_forces_215472ed_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void joint_drive_forces_215472ed_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_drive_forces_215472ed *_wp_args,
    wp_args_joint_drive_forces_215472ed *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_drive_forces_215472ed_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void joint_drive_forces_215472ed_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_drive_forces_215472ed *_wp_args,
    wp_args_joint_drive_forces_215472ed *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    joint_drive_forces_215472ed_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void joint_drive_forces_215472ed_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_drive_forces_215472ed *_wp_args,
    wp_args_joint_drive_forces_215472ed *_wp_adj_args)
{
    joint_drive_forces_215472ed_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_raycast_lidar_2aa653d0 {
    wp::array_t<wp::vec_t<4, wp::float32>> points;
    wp::uint64 mesh;
    wp::array_t<wp::transform_t<wp::float32>> sensor_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_dirs_local;
    wp::array_t<wp::int32> beam_offset;
    wp::array_t<wp::int32> env_active;
    wp::array_t<wp::int32> face_material;
    wp::float32 range_max;
    wp::int32 seed;
    wp::array_t<wp::float32> ranges;
    wp::array_t<wp::int32> num_points;
    wp::array_t<wp::int32> face_id_image;
};


template <bool wp_linear_contiguous>
static void raycast_lidar_2aa653d0_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raycast_lidar_2aa653d0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_points = _wp_args->points;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::transform_t<wp::float32>> var_sensor_xform = _wp_args->sensor_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local = _wp_args->ray_dirs_local;
    wp::array_t<wp::int32> var_beam_offset = _wp_args->beam_offset;
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::array_t<wp::int32> var_face_material = _wp_args->face_material;
    wp::float32 var_range_max = _wp_args->range_max;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_ranges = _wp_args->ranges;
    wp::array_t<wp::int32> var_num_points = _wp_args->num_points;
    wp::array_t<wp::int32> var_face_id_image = _wp_args->face_id_image;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    wp::transform_t<wp::float32>* var_6;
    wp::transform_t<wp::float32> var_7;
    wp::transform_t<wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::mesh_query_ray_t var_17;
    const wp::int32 var_18 = -1;
    bool var_19;
    bool* var_20;
    bool var_21;
    bool var_22;
    wp::float32* var_23;
    const wp::float32 var_24 = 0.05;
    bool var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    const wp::int32 var_28 = -1;
    wp::shape_t* var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::shape_t var_32;
    wp::int32 var_33;
    wp::int32 var_34;
    wp::uint32 var_35;
    wp::float32* var_36;
    const wp::float32 var_37 = 0.01;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::int32* var_43;
    wp::int32 var_44;
    wp::int32* var_45;
    wp::int32 var_46;
    wp::int32 var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32>* var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    wp::shape_t* var_54;
    const wp::int32 var_55 = 1;
    wp::int32 var_56;
    wp::shape_t var_57;
    bool var_58;
    const wp::int32 var_59 = 0;
    wp::float32 var_60;
    const wp::int32 var_61 = 1;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    wp::float32 var_64;
    wp::vec_t<4, wp::float32> var_65;
    //---------
    // forward
    // def raycast_lidar(                                                                     <L 91>
    // env, beam = wp.tid()                                                                   <L 105>
    builtin_tid2d(var_0, var_1);
    // if env_active[env] == 0:                                                               <L 106>
    var_2 = wp::address(var_env_active, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 107>
        return;
    }
    // X_ws = sensor_xform[env]                                                               <L 108>
    var_6 = wp::address(var_sensor_xform, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // origin = wp.transform_get_translation(X_ws)                                            <L 109>
    var_9 = wp::transform_get_translation(var_7);
    // dir_local = ray_dirs_local[beam_offset[env] + beam]                                    <L 110>
    var_10 = wp::address(var_beam_offset, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_12, var_1);
    var_13 = wp::address(var_ray_dirs_local, var_11);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 111>
    var_16 = wp::transform_vector(var_7, var_14);
    // query = wp.mesh_query_ray(mesh, origin, dir_world, range_max)                          <L 112>
    var_17 = wp::mesh_query_ray(var_mesh, var_9, var_16, var_range_max, var_18);
    // if not query.result or query.t < MIN_RANGE:                                            <L 113>
    var_20 = &((var_17).result);
    var_22 = wp::load(var_20);
    var_21 = wp::unot(var_22);
    var_19 = var_21;
    if (!var_19) {
        var_23 = &((var_17).t);
        var_26 = wp::load(var_23);
        var_25 = (var_26 < var_24);
        var_19 = var_19 || var_25;
    }
    if (var_19) {
        // ranges[env, beam] = 0.0                                                            <L 114>
        wp::array_store(var_ranges, var_0, var_1, var_27);
        // face_id_image[env, beam] = -1                                                      <L 115>
        wp::array_store(var_face_id_image, var_0, var_1, var_28);
        // return                                                                             <L 116>
        return;
    }
    // num_beams = ranges.shape[1]                                                            <L 117>
    var_29 = &(var_ranges.shape);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    // state = wp.rand_init(seed, env * num_beams + beam)                                     <L 118>
    var_33 = wp::mul(var_0, var_31);
    var_34 = wp::add(var_33, var_1);
    var_35 = wp::rand_init(var_seed, var_34);
    // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)            <L 119>
    var_36 = &((var_17).t);
    var_38 = wp::randn(var_35);
    var_39 = wp::mul(var_37, var_38);
    var_41 = wp::load(var_36);
    var_40 = wp::add(var_41, var_39);
    var_42 = wp::clamp(var_40, var_24, var_range_max);
    // ranges[env, beam] = t                                                                  <L 120>
    wp::array_store(var_ranges, var_0, var_1, var_42);
    // face_id_image[env, beam] = face_material[query.face]                                   <L 121>
    var_43 = &((var_17).face);
    var_44 = wp::load(var_43);
    var_45 = wp::address(var_face_material, var_44);
    var_47 = wp::load(var_45);
    var_46 = wp::copy(var_47);
    wp::array_store(var_face_id_image, var_0, var_1, var_46);
    // p = dir_local * t                                                                      <L 122>
    var_48 = wp::mul(var_14, var_42);
    // strength = return_intensity(query.normal, dir_world, t, range_max)                     <L 123>
    var_49 = &((var_17).normal);
    var_51 = wp::load(var_49);
    var_50 = return_intensity_0(var_51, var_16, var_42, var_range_max);
    // slot = wp.atomic_add(num_points, env, 1)                                               <L 124>
    var_53 = wp::atomic_add(var_num_points, var_0, var_52);
    // if slot < points.shape[1]:                                                             <L 125>
    var_54 = &(var_points.shape);
    var_57 = wp::load(var_54);
    var_56 = wp::extract(var_57, var_55);
    var_58 = (var_53 < var_56);
    if (var_58) {
        // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 126>
        var_60 = wp::extract(var_48, var_59);
        var_62 = wp::extract(var_48, var_61);
        var_64 = wp::extract(var_48, var_63);
        var_65 = wp::vec_t<4, wp::float32>(var_60, var_62, var_64, var_50);
        wp::array_store(var_points, var_0, var_53, var_65);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raycast_lidar_2aa653d0_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_2aa653d0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raycast_lidar_2aa653d0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raycast_lidar_2aa653d0_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_2aa653d0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raycast_lidar_2aa653d0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raycast_lidar_2aa653d0_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_2aa653d0 *_wp_args)
{
    raycast_lidar_2aa653d0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_world_joint_limit_efforts_2e321d7f {
    wp::array_t<wp::int32> world_joint_start;
    wp::array_t<wp::int32> world_joint_count;
    wp::array_t<wp::int32> joint_type;
    wp::array_t<wp::int32> joint_q_start;
    wp::array_t<wp::int32> joint_qd_start;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::float32> joint_limit_lower;
    wp::array_t<wp::float32> joint_limit_upper;
    wp::array_t<wp::float32> joint_limit_ke;
    wp::array_t<wp::float32> joint_limit_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> joint_act;
};


template <bool wp_linear_contiguous>
static void world_joint_limit_efforts_2e321d7f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args)
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
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::array_t<wp::float32> var_joint_limit_ke = _wp_args->joint_limit_ke;
    wp::array_t<wp::float32> var_joint_limit_kd = _wp_args->joint_limit_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
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
    wp::int32* var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32* var_28;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def world_joint_limit_efforts(                                                         <L 216>
    // world, j = wp.tid()                                                                    <L 231>
    builtin_tid2d(var_0, var_1);
    // if j >= world_joint_count[world]:                                                      <L 232>
    var_2 = wp::address(var_world_joint_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 233>
        return;
    }
    // joint = world_joint_start[world] + j                                                   <L 234>
    var_5 = wp::address(var_world_joint_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // jtype = joint_type[joint]                                                              <L 235>
    var_8 = wp::address(var_joint_type, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 236>
    var_13 = (var_9 != var_12);
    var_11 = var_13;
    if (var_11) {
        var_15 = (var_9 != var_14);
        var_11 = var_11 && var_15;
    }
    if (var_11) {
        // return                                                                             <L 237>
        return;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 238>
    var_16 = wp::address(var_joint_limit_ke, var_6);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // limit_kd = joint_limit_kd[joint]                                                       <L 239>
    var_19 = wp::address(var_joint_limit_kd, var_6);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // f_max = joint_effort_limit[joint]                                                      <L 240>
    var_22 = wp::address(var_joint_effort_limit, var_6);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // dof = joint_qd_start[joint]                                                            <L 241>
    var_25 = wp::address(var_joint_qd_start, var_6);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // q = joint_q[joint_q_start[joint]]                                                      <L 242>
    var_28 = wp::address(var_joint_q_start, var_6);
    var_29 = wp::load(var_28);
    var_30 = wp::address(var_joint_q, var_29);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // qd = joint_velocities[dof]                                                             <L 243>
    var_33 = wp::address(var_joint_velocities, var_26);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd)       <L 244>
    var_36 = wp::address(var_joint_limit_lower, var_26);
    var_37 = wp::address(var_joint_limit_upper, var_26);
    var_39 = wp::load(var_36);
    var_40 = wp::load(var_37);
    var_38 = limit_effort_0(var_31, var_34, var_39, var_40, var_17, var_20);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 245>
    var_41 = wp::neg(var_23);
    var_42 = wp::clamp(var_38, var_41, var_23);
    // wp.atomic_add(joint_act, dof, tau)                                                     <L 246>
    var_43 = wp::atomic_add(var_joint_act, var_26, var_42);
}



template <bool wp_linear_contiguous>
static void world_joint_limit_efforts_2e321d7f_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_adj_args)
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
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::array_t<wp::float32> var_joint_limit_ke = _wp_args->joint_limit_ke;
    wp::array_t<wp::float32> var_joint_limit_kd = _wp_args->joint_limit_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::int32> adj_world_joint_start = _wp_adj_args->world_joint_start;
    wp::array_t<wp::int32> adj_world_joint_count = _wp_adj_args->world_joint_count;
    wp::array_t<wp::int32> adj_joint_type = _wp_adj_args->joint_type;
    wp::array_t<wp::int32> adj_joint_q_start = _wp_adj_args->joint_q_start;
    wp::array_t<wp::int32> adj_joint_qd_start = _wp_adj_args->joint_qd_start;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::float32> adj_joint_limit_lower = _wp_adj_args->joint_limit_lower;
    wp::array_t<wp::float32> adj_joint_limit_upper = _wp_adj_args->joint_limit_upper;
    wp::array_t<wp::float32> adj_joint_limit_ke = _wp_adj_args->joint_limit_ke;
    wp::array_t<wp::float32> adj_joint_limit_kd = _wp_adj_args->joint_limit_kd;
    wp::array_t<wp::float32> adj_joint_effort_limit = _wp_adj_args->joint_effort_limit;
    wp::array_t<wp::float32> adj_joint_act = _wp_adj_args->joint_act;
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
    wp::int32* var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    wp::int32* var_28;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
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
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    //---------
    // forward
    // def world_joint_limit_efforts(                                                         <L 216>
    // world, j = wp.tid()                                                                    <L 231>
    builtin_tid2d(var_0, var_1);
    // if j >= world_joint_count[world]:                                                      <L 232>
    var_2 = wp::address(var_world_joint_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 233>
        goto label0;
    }
    // joint = world_joint_start[world] + j                                                   <L 234>
    var_5 = wp::address(var_world_joint_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // jtype = joint_type[joint]                                                              <L 235>
    var_8 = wp::address(var_joint_type, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 236>
    var_13 = (var_9 != var_12);
    var_11 = var_13;
    if (var_11) {
        var_15 = (var_9 != var_14);
        var_11 = var_11 && var_15;
    }
    if (var_11) {
        // return                                                                             <L 237>
        goto label1;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 238>
    var_16 = wp::address(var_joint_limit_ke, var_6);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // limit_kd = joint_limit_kd[joint]                                                       <L 239>
    var_19 = wp::address(var_joint_limit_kd, var_6);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // f_max = joint_effort_limit[joint]                                                      <L 240>
    var_22 = wp::address(var_joint_effort_limit, var_6);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // dof = joint_qd_start[joint]                                                            <L 241>
    var_25 = wp::address(var_joint_qd_start, var_6);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // q = joint_q[joint_q_start[joint]]                                                      <L 242>
    var_28 = wp::address(var_joint_q_start, var_6);
    var_29 = wp::load(var_28);
    var_30 = wp::address(var_joint_q, var_29);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // qd = joint_velocities[dof]                                                             <L 243>
    var_33 = wp::address(var_joint_velocities, var_26);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd)       <L 244>
    var_36 = wp::address(var_joint_limit_lower, var_26);
    var_37 = wp::address(var_joint_limit_upper, var_26);
    var_39 = wp::load(var_36);
    var_40 = wp::load(var_37);
    var_38 = limit_effort_0(var_31, var_34, var_39, var_40, var_17, var_20);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 245>
    var_41 = wp::neg(var_23);
    var_42 = wp::clamp(var_38, var_41, var_23);
    // wp.atomic_add(joint_act, dof, tau)                                                     <L 246>
    // var_43 = wp::atomic_add(var_joint_act, var_26, var_42);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_act, var_26, var_42, adj_joint_act, adj_26, adj_42, adj_43);
    // adj: wp.atomic_add(joint_act, dof, tau)                                                <L 246>
    wp::adj_clamp(var_38, var_41, var_23, adj_38, adj_41, adj_23, adj_42);
    wp::adj_neg(var_23, adj_23, adj_41);
    // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 245>
    adj_limit_effort_0(var_31, var_34, var_39, var_40, var_17, var_20, adj_31, adj_34, adj_36, adj_37, adj_17, adj_20, adj_38);
    wp::adj_address(var_joint_limit_upper, var_26, adj_joint_limit_upper, adj_26, adj_37);
    wp::adj_address(var_joint_limit_lower, var_26, adj_joint_limit_lower, adj_26, adj_36);
    // adj: tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd)  <L 244>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_joint_velocities, var_26, adj_joint_velocities, adj_26, adj_33);
    // adj: qd = joint_velocities[dof]                                                        <L 243>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_joint_q, var_29, adj_joint_q, adj_29, adj_30);
    wp::adj_address(var_joint_q_start, var_6, adj_joint_q_start, adj_6, adj_28);
    // adj: q = joint_q[joint_q_start[joint]]                                                 <L 242>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_joint_qd_start, var_6, adj_joint_qd_start, adj_6, adj_25);
    // adj: dof = joint_qd_start[joint]                                                       <L 241>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_joint_effort_limit, var_6, adj_joint_effort_limit, adj_6, adj_22);
    // adj: f_max = joint_effort_limit[joint]                                                 <L 240>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_limit_kd, var_6, adj_joint_limit_kd, adj_6, adj_19);
    // adj: limit_kd = joint_limit_kd[joint]                                                  <L 239>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_joint_limit_ke, var_6, adj_joint_limit_ke, adj_6, adj_16);
    // adj: limit_ke = joint_limit_ke[joint]                                                  <L 238>
    if (var_11) {
        label1:;
        // adj: return                                                                        <L 237>
    }
    if (var_11) {
    }
    // adj: if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                  <L 236>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_joint_type, var_6, adj_joint_type, adj_6, adj_8);
    // adj: jtype = joint_type[joint]                                                         <L 235>
    wp::adj_add(var_7, var_1, adj_5, adj_1, adj_6);
    wp::adj_address(var_world_joint_start, var_0, adj_world_joint_start, adj_0, adj_5);
    // adj: joint = world_joint_start[world] + j                                              <L 234>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 233>
    }
    wp::adj_address(var_world_joint_count, var_0, adj_world_joint_count, adj_0, adj_2);
    // adj: if j >= world_joint_count[world]:                                                 <L 232>
    // adj: world, j = wp.tid()                                                               <L 231>
    // adj: def world_joint_limit_efforts(                                                    <L 216>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void world_joint_limit_efforts_2e321d7f_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        world_joint_limit_efforts_2e321d7f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void world_joint_limit_efforts_2e321d7f_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    world_joint_limit_efforts_2e321d7f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void world_joint_limit_efforts_2e321d7f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args)
{
    world_joint_limit_efforts_2e321d7f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void world_joint_limit_efforts_2e321d7f_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        world_joint_limit_efforts_2e321d7f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void world_joint_limit_efforts_2e321d7f_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    world_joint_limit_efforts_2e321d7f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void world_joint_limit_efforts_2e321d7f_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_args,
    wp_args_world_joint_limit_efforts_2e321d7f *_wp_adj_args)
{
    world_joint_limit_efforts_2e321d7f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_update_reset_buffer_4d940667 {
    wp::array_t<wp::int32> contact_term_bodies;
    wp::array_t<wp::int32> world_body_start;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> env_offsets;
    wp::float32 min_height;
    wp::float32 max_distance;
    wp::array_t<wp::int32> env_reset;
};


template <bool wp_linear_contiguous>
static void update_reset_buffer_4d940667_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_reset_buffer_4d940667 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_contact_term_bodies = _wp_args->contact_term_bodies;
    wp::array_t<wp::int32> var_world_body_start = _wp_args->world_body_start;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_offsets = _wp_args->env_offsets;
    wp::float32 var_min_height = _wp_args->min_height;
    wp::float32 var_max_distance = _wp_args->max_distance;
    wp::array_t<wp::int32> var_env_reset = _wp_args->env_reset;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    bool var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    bool var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    bool var_33;
    const wp::int32 var_34 = 1;
    //---------
    // forward
    // def update_reset_buffer(                                                               <L 60>
    // env, k = wp.tid()                                                                      <L 69>
    builtin_tid2d(var_0, var_1);
    // body = contact_term_bodies[k]                                                          <L 70>
    var_2 = wp::address(var_contact_term_bodies, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body < 0:                                                                           <L 71>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 72>
        return;
    }
    // X_wb = body_q[world_body_start[env] + body]                                            <L 73>
    var_7 = wp::address(var_world_body_start, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_3);
    var_10 = wp::address(var_body_q, var_8);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // p = wp.transform_get_translation(X_wb)                                                 <L 74>
    var_13 = wp::transform_get_translation(var_11);
    // failed = p[1] < min_height                                                             <L 75>
    var_15 = wp::extract(var_13, var_14);
    var_16 = (var_15 < var_min_height);
    // d = p - env_offsets[env]                                                               <L 76>
    var_17 = wp::address(var_env_offsets, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::sub(var_13, var_19);
    // failed = failed or d[0] * d[0] + d[2] * d[2] > max_distance * max_distance             <L 77>
    var_20 = var_16;
    if (!var_20) {
        var_22 = wp::extract(var_18, var_21);
        var_24 = wp::extract(var_18, var_23);
        var_25 = wp::mul(var_22, var_24);
        var_27 = wp::extract(var_18, var_26);
        var_29 = wp::extract(var_18, var_28);
        var_30 = wp::mul(var_27, var_29);
        var_31 = wp::add(var_25, var_30);
        var_32 = wp::mul(var_max_distance, var_max_distance);
        var_33 = (var_31 > var_32);
        var_20 = var_20 || var_33;
    }
    // if failed:                                                                             <L 78>
    if (var_20) {
        // env_reset[env] = 1                                                                 <L 80>
        wp::array_store(var_env_reset, var_0, var_34);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_reset_buffer_4d940667_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_reset_buffer_4d940667 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_reset_buffer_4d940667_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_reset_buffer_4d940667_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_reset_buffer_4d940667 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    update_reset_buffer_4d940667_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_reset_buffer_4d940667_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_reset_buffer_4d940667 *_wp_args)
{
    update_reset_buffer_4d940667_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

