// Warp 1.19.0 cpu code for lidar_scan_53361d94.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// lidar_scan.py:184
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
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 185>
    // return wp.exp(-error * error / sigma)                                                  <L 187>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// lidar_scan.py:222
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 223>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 224>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 225>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 226>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 228>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 229>
    return var_10;
}


// lidar_scan.py:23
static wp::float32 return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 1.0;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float) -> float:           <L 24>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 26>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence / wp.max(t * t, 1.0)                                              <L 27>
    var_2 = wp::mul(var_t, var_t);
    var_4 = wp::max(var_2, var_3);
    var_5 = wp::div(var_1, var_4);
    return var_5;
}


// lidar_scan.py:184
static void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// lidar_scan.py:222
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 223>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 224>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 225>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 226>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 228>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 229>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 229>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 228>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 226>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 225>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 224>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 223>
    return;
}


// lidar_scan.py:23
static void adj_return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::vec_t<3, wp::float32> & adj_beam_dir,
    wp::float32 & adj_t,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_eval_termination_conditions_0d0d8a8e {
    wp::array_t<wp::int32> env_active;
    wp::array_t<wp::int32> termination_bodies;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::float32 termination_height;
    wp::float32 tilt_threshold;
    wp::array_t<wp::int32> reset_buf;
    wp::array_t<wp::int32> failed_bodies;
};


template <bool wp_linear_contiguous>
static void eval_termination_conditions_0d0d8a8e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_termination_conditions_0d0d8a8e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::array_t<wp::int32> var_termination_bodies = _wp_args->termination_bodies;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::float32 var_termination_height = _wp_args->termination_height;
    wp::float32 var_tilt_threshold = _wp_args->tilt_threshold;
    wp::array_t<wp::int32> var_reset_buf = _wp_args->reset_buf;
    wp::array_t<wp::int32> var_failed_bodies = _wp_args->failed_bodies;
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
    wp::transform_t<wp::float32>* var_11;
    wp::transform_t<wp::float32> var_12;
    wp::transform_t<wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    bool var_17;
    wp::quat_t<wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 1.0;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    bool var_24;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    bool var_27;
    const wp::int32 var_28 = 1;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    //---------
    // forward
    // def eval_termination_conditions(                                                       <L 158>
    // env, k = wp.tid()                                                                      <L 168>
    builtin_tid2d(var_0, var_1);
    // if env_active[env] == 0:                                                               <L 169>
    var_2 = wp::address(var_env_active, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 170>
        return;
    }
    // body = termination_bodies[k]                                                           <L 171>
    var_6 = wp::address(var_termination_bodies, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // if body < 0:                                                                           <L 172>
    var_10 = (var_7 < var_9);
    if (var_10) {
        // return                                                                             <L 173>
        return;
    }
    // X_wb = body_q[env, body]                                                               <L 174>
    var_11 = wp::address(var_body_q, var_0, var_7);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // p = wp.transform_get_translation(X_wb)                                                 <L 175>
    var_14 = wp::transform_get_translation(var_12);
    // failed = p[2] < termination_height                                                     <L 176>
    var_16 = wp::extract(var_14, var_15);
    var_17 = (var_16 < var_termination_height);
    // up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 0.0, 1.0))         <L 177>
    var_18 = wp::transform_get_rotation(var_12);
    var_22 = wp::vec_t<3, wp::float32>(var_19, var_20, var_21);
    var_23 = wp::quat_rotate(var_18, var_22);
    // failed = failed or up_w[2] < tilt_threshold                                            <L 178>
    var_24 = var_17;
    if (!var_24) {
        var_26 = wp::extract(var_23, var_25);
        var_27 = (var_26 < var_tilt_threshold);
        var_24 = var_24 || var_27;
    }
    // if failed:                                                                             <L 179>
    if (var_24) {
        // reset_buf[env] = 1                                                                 <L 180>
        wp::array_store(var_reset_buf, var_0, var_28);
        // wp.atomic_add(failed_bodies, env, 1)                                               <L 181>
        var_30 = wp::atomic_add(var_failed_bodies, var_0, var_29);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_termination_conditions_0d0d8a8e_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_termination_conditions_0d0d8a8e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_termination_conditions_0d0d8a8e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_termination_conditions_0d0d8a8e_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_termination_conditions_0d0d8a8e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_termination_conditions_0d0d8a8e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_termination_conditions_0d0d8a8e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_termination_conditions_0d0d8a8e *_wp_args)
{
    eval_termination_conditions_0d0d8a8e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_reward_and_termination_151c881f {
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_target;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::float32> action_buffer;
    wp::array_t<wp::float32> prev_actions;
    wp::array_t<wp::float32> joint_limit_lower;
    wp::array_t<wp::float32> joint_limit_upper;
    wp::float32 tracking_weight;
    wp::float32 w_dof_vel;
    wp::float32 action_rate_weight;
    wp::float32 delta_time;
    wp::array_t<wp::float32> rewards;
    wp::array_t<wp::int32> terminated;
};


template <bool wp_linear_contiguous>
static void reward_and_termination_151c881f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reward_and_termination_151c881f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_action_buffer = _wp_args->action_buffer;
    wp::array_t<wp::float32> var_prev_actions = _wp_args->prev_actions;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::float32 var_tracking_weight = _wp_args->tracking_weight;
    wp::float32 var_w_dof_vel = _wp_args->w_dof_vel;
    wp::float32 var_action_rate_weight = _wp_args->action_rate_weight;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::float32> var_rewards = _wp_args->rewards;
    wp::array_t<wp::int32> var_terminated = _wp_args->terminated;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::shape_t var_8;
    wp::range_t var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.25;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    wp::float32* var_36;
    bool var_37;
    wp::float32 var_38;
    wp::float32* var_39;
    bool var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 1;
    wp::int32 var_43;
    wp::float32 var_44;
    //---------
    // forward
    // def reward_and_termination(                                                            <L 191>
    // env = wp.tid()                                                                         <L 206>
    var_0 = builtin_tid1d();
    // reward = float(0.0)                                                                    <L 207>
    var_2 = wp::float(var_1);
    // out_of_limits = int(0)                                                                 <L 208>
    var_4 = wp::int(var_3);
    // for j in range(joint_q.shape[1]):                                                      <L 209>
    var_5 = &(var_joint_q.shape);
    var_8 = wp::load(var_5);
    var_7 = wp::extract(var_8, var_6);
    var_9 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_9) == 0) goto end_for_0;
        var_10 = wp::iter_next(var_9);
        // q_j = joint_q[env, j]                                                              <L 210>
        var_11 = wp::address(var_joint_q, var_0, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // reward += tracking_weight * tracking_reward(q_j - joint_target[env, j], 0.25)       <L 211>
        var_14 = wp::address(var_joint_target, var_0, var_10);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_12, var_16);
        var_18 = tracking_reward_0(var_15, var_17);
        var_19 = wp::mul(var_tracking_weight, var_18);
        var_20 = wp::add(var_2, var_19);
        // qd_j = joint_velocities[env, j]                                                    <L 212>
        var_21 = wp::address(var_joint_velocities, var_0, var_10);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // reward -= w_dof_vel * qd_j * qd_j                                                  <L 213>
        var_24 = wp::mul(var_w_dof_vel, var_22);
        var_25 = wp::mul(var_24, var_22);
        var_26 = wp::sub(var_20, var_25);
        // da = action_buffer[env, j] - prev_actions[env, j]                                  <L 214>
        var_27 = wp::address(var_action_buffer, var_0, var_10);
        var_28 = wp::address(var_prev_actions, var_0, var_10);
        var_30 = wp::load(var_27);
        var_31 = wp::load(var_28);
        var_29 = wp::sub(var_30, var_31);
        // reward -= action_rate_weight * da * da                                             <L 215>
        var_32 = wp::mul(var_action_rate_weight, var_29);
        var_33 = wp::mul(var_32, var_29);
        var_34 = wp::sub(var_26, var_33);
        // if q_j < joint_limit_lower[env, j] or q_j > joint_limit_upper[env, j]:             <L 216>
        var_36 = wp::address(var_joint_limit_lower, var_0, var_10);
        var_38 = wp::load(var_36);
        var_37 = (var_12 < var_38);
        var_35 = var_37;
        if (!var_35) {
            var_39 = wp::address(var_joint_limit_upper, var_0, var_10);
            var_41 = wp::load(var_39);
            var_40 = (var_12 > var_41);
            var_35 = var_35 || var_40;
        }
        if (var_35) {
            // out_of_limits = 1                                                              <L 217>
        }
        var_43 = wp::where(var_35, var_42, var_4);
        wp::assign(var_2, var_34);
        wp::assign(var_4, var_43);
        goto start_for_0;
    end_for_0:;
    // rewards[env] = reward * delta_time                                                     <L 218>
    var_44 = wp::mul(var_2, var_delta_time);
    wp::array_store(var_rewards, var_0, var_44);
    // terminated[env] = out_of_limits                                                        <L 219>
    wp::array_store(var_terminated, var_0, var_4);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reward_and_termination_151c881f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_reward_and_termination_151c881f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reward_and_termination_151c881f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reward_and_termination_151c881f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_reward_and_termination_151c881f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    reward_and_termination_151c881f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reward_and_termination_151c881f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reward_and_termination_151c881f *_wp_args)
{
    reward_and_termination_151c881f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_eval_joint_pd_4034e1c5 {
    wp::array_t<wp::int32> world_dof_start;
    wp::array_t<wp::int32> world_dof_count;
    wp::array_t<wp::int32> joint_dof_mode;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::float32> joint_target_ke;
    wp::array_t<wp::float32> joint_target_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> joint_f;
};


template <bool wp_linear_contiguous>
static void eval_joint_pd_4034e1c5_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_dof_start = _wp_args->world_dof_start;
    wp::array_t<wp::int32> var_world_dof_count = _wp_args->world_dof_count;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_target_kd = _wp_args->joint_target_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_f = _wp_args->joint_f;
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
    // def eval_joint_pd(                                                                     <L 233>
    // world, j = wp.tid()                                                                    <L 246>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 247>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 248>
        return;
    }
    // dof_start = world_dof_start[world]                                                     <L 249>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 250>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 251>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 252>
        return;
    }
    // q_target = joint_target_pos[dof_start + j]                                             <L 253>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_target_pos, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // ke_i = joint_target_ke[dof_start + j]                                                  <L 254>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_target_ke, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // kd_cur = joint_target_kd[dof_start + j]                                                <L 255>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_target_kd, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // f_max = joint_effort_limit[dof_start + j]                                              <L 256>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_effort_limit, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // tau = pd_effort(mode, joint_q[dof_start + j], joint_qd[dof_start + j], q_target, ke_i, kd_cur)       <L 257>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_q, var_30);
    var_32 = wp::add(var_6, var_1);
    var_33 = wp::address(var_joint_qd, var_32);
    var_35 = wp::load(var_31);
    var_36 = wp::load(var_33);
    var_34 = pd_effort_0(var_10, var_35, var_36, var_16, var_20, var_24);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 258>
    var_37 = wp::neg(var_28);
    var_38 = wp::clamp(var_34, var_37, var_28);
    // joint_f[dof_start + j] += tau                                                          <L 260>
    var_39 = wp::add(var_6, var_1);
    var_40 = wp::atomic_add(var_joint_f, var_39, var_38);
}



template <bool wp_linear_contiguous>
static void eval_joint_pd_4034e1c5_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args,
    wp_args_eval_joint_pd_4034e1c5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_dof_start = _wp_args->world_dof_start;
    wp::array_t<wp::int32> var_world_dof_count = _wp_args->world_dof_count;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_target_kd = _wp_args->joint_target_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_f = _wp_args->joint_f;
    wp::array_t<wp::int32> adj_world_dof_start = _wp_adj_args->world_dof_start;
    wp::array_t<wp::int32> adj_world_dof_count = _wp_adj_args->world_dof_count;
    wp::array_t<wp::int32> adj_joint_dof_mode = _wp_adj_args->joint_dof_mode;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_qd = _wp_adj_args->joint_qd;
    wp::array_t<wp::float32> adj_joint_target_pos = _wp_adj_args->joint_target_pos;
    wp::array_t<wp::float32> adj_joint_target_ke = _wp_adj_args->joint_target_ke;
    wp::array_t<wp::float32> adj_joint_target_kd = _wp_adj_args->joint_target_kd;
    wp::array_t<wp::float32> adj_joint_effort_limit = _wp_adj_args->joint_effort_limit;
    wp::array_t<wp::float32> adj_joint_f = _wp_adj_args->joint_f;
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
    // def eval_joint_pd(                                                                     <L 233>
    // world, j = wp.tid()                                                                    <L 246>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 247>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 248>
        goto label0;
    }
    // dof_start = world_dof_start[world]                                                     <L 249>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 250>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 251>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 252>
        goto label1;
    }
    // q_target = joint_target_pos[dof_start + j]                                             <L 253>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_target_pos, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // ke_i = joint_target_ke[dof_start + j]                                                  <L 254>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_target_ke, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // kd_cur = joint_target_kd[dof_start + j]                                                <L 255>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_target_kd, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // f_max = joint_effort_limit[dof_start + j]                                              <L 256>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_effort_limit, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // tau = pd_effort(mode, joint_q[dof_start + j], joint_qd[dof_start + j], q_target, ke_i, kd_cur)       <L 257>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_q, var_30);
    var_32 = wp::add(var_6, var_1);
    var_33 = wp::address(var_joint_qd, var_32);
    var_35 = wp::load(var_31);
    var_36 = wp::load(var_33);
    var_34 = pd_effort_0(var_10, var_35, var_36, var_16, var_20, var_24);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 258>
    var_37 = wp::neg(var_28);
    var_38 = wp::clamp(var_34, var_37, var_28);
    // joint_f[dof_start + j] += tau                                                          <L 260>
    var_39 = wp::add(var_6, var_1);
    // var_40 = wp::atomic_add(var_joint_f, var_39, var_38);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_f, var_39, var_38, adj_joint_f, adj_39, adj_38, adj_40);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_39);
    // adj: joint_f[dof_start + j] += tau                                                     <L 260>
    wp::adj_clamp(var_34, var_37, var_28, adj_34, adj_37, adj_28, adj_38);
    wp::adj_neg(var_28, adj_28, adj_37);
    // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 258>
    adj_pd_effort_0(var_10, var_35, var_36, var_16, var_20, var_24, adj_10, adj_31, adj_33, adj_16, adj_20, adj_24, adj_34);
    wp::adj_address(var_joint_qd, var_32, adj_joint_qd, adj_32, adj_33);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_32);
    wp::adj_address(var_joint_q, var_30, adj_joint_q, adj_30, adj_31);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
    // adj: tau = pd_effort(mode, joint_q[dof_start + j], joint_qd[dof_start + j], q_target, ke_i, kd_cur)  <L 257>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_joint_effort_limit, var_26, adj_joint_effort_limit, adj_26, adj_27);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
    // adj: f_max = joint_effort_limit[dof_start + j]                                         <L 256>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_joint_target_kd, var_22, adj_joint_target_kd, adj_22, adj_23);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
    // adj: kd_cur = joint_target_kd[dof_start + j]                                           <L 255>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_target_ke, var_18, adj_joint_target_ke, adj_18, adj_19);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
    // adj: ke_i = joint_target_ke[dof_start + j]                                             <L 254>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_joint_target_pos, var_14, adj_joint_target_pos, adj_14, adj_15);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
    // adj: q_target = joint_target_pos[dof_start + j]                                        <L 253>
    if (var_13) {
        label1:;
        // adj: return                                                                        <L 252>
    }
    // adj: if mode == JointMode.NONE:                                                        <L 251>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
    // adj: mode = joint_dof_mode[dof_start + j]                                              <L 250>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
    // adj: dof_start = world_dof_start[world]                                                <L 249>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 248>
    }
    wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
    // adj: if j >= world_dof_count[world]:                                                   <L 247>
    // adj: world, j = wp.tid()                                                               <L 246>
    // adj: def eval_joint_pd(                                                                <L 233>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_pd_4034e1c5_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_pd_4034e1c5_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_joint_pd_4034e1c5_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_joint_pd_4034e1c5_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_joint_pd_4034e1c5_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args)
{
    eval_joint_pd_4034e1c5_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_pd_4034e1c5_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args,
    wp_args_eval_joint_pd_4034e1c5 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_pd_4034e1c5_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_joint_pd_4034e1c5_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args,
    wp_args_eval_joint_pd_4034e1c5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_joint_pd_4034e1c5_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_joint_pd_4034e1c5_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_4034e1c5 *_wp_args,
    wp_args_eval_joint_pd_4034e1c5 *_wp_adj_args)
{
    eval_joint_pd_4034e1c5_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_lidar_scan_aa631557 {
    wp::array_t<wp::vec_t<4, wp::float32>> points;
    wp::uint64 collider_mesh;
    wp::array_t<wp::transform_t<wp::float32>> sensor_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> beam_dirs;
    wp::array_t<wp::int32> scan_pattern_start;
    wp::float32 range_max;
    wp::int32 seed;
    wp::array_t<wp::float32> lidar_ranges;
    wp::array_t<wp::int32> num_points;
    wp::array_t<wp::float32> nearest_obstacle;
};


template <bool wp_linear_contiguous>
static void lidar_scan_aa631557_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_lidar_scan_aa631557 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_points = _wp_args->points;
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::transform_t<wp::float32>> var_sensor_xform = _wp_args->sensor_xform;
    wp::array_t<wp::vec_t<3, wp::float32>> var_beam_dirs = _wp_args->beam_dirs;
    wp::array_t<wp::int32> var_scan_pattern_start = _wp_args->scan_pattern_start;
    wp::float32 var_range_max = _wp_args->range_max;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_lidar_ranges = _wp_args->lidar_ranges;
    wp::array_t<wp::int32> var_num_points = _wp_args->num_points;
    wp::array_t<wp::float32> var_nearest_obstacle = _wp_args->nearest_obstacle;
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
    wp::vec_t<3, wp::float32>* var_40;
    wp::float32 var_41;
    wp::vec_t<3, wp::float32> var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::shape_t* var_45;
    const wp::int32 var_46 = 1;
    wp::int32 var_47;
    wp::shape_t var_48;
    bool var_49;
    const wp::int32 var_50 = 0;
    wp::float32 var_51;
    const wp::int32 var_52 = 1;
    wp::float32 var_53;
    const wp::int32 var_54 = 2;
    wp::float32 var_55;
    wp::vec_t<4, wp::float32> var_56;
    //---------
    // forward
    // def lidar_scan(                                                                        <L 31>
    // env, beam = wp.tid()                                                                   <L 43>
    builtin_tid2d(var_0, var_1);
    // X_ws = sensor_xform[env]                                                               <L 44>
    var_2 = wp::address(var_sensor_xform, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // origin = wp.transform_get_translation(X_ws)                                            <L 45>
    var_5 = wp::transform_get_translation(var_3);
    // dir_local = beam_dirs[scan_pattern_start[env] + beam]                                  <L 46>
    var_6 = wp::address(var_scan_pattern_start, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::add(var_8, var_1);
    var_9 = wp::address(var_beam_dirs, var_7);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 47>
    var_12 = wp::transform_vector(var_3, var_10);
    // query = wp.mesh_query_ray(collider_mesh, origin, dir_world, range_max)                 <L 48>
    var_13 = wp::mesh_query_ray(var_collider_mesh, var_5, var_12, var_range_max, var_14);
    // if not query.result or query.t < MIN_RANGE:                                            <L 49>
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
        // lidar_ranges[env, beam] = 0.0                                                      <L 50>
        wp::array_store(var_lidar_ranges, var_0, var_1, var_23);
        // return                                                                             <L 51>
        return;
    }
    // num_beams = lidar_ranges.shape[1]                                                      <L 52>
    var_24 = &(var_lidar_ranges.shape);
    var_27 = wp::load(var_24);
    var_26 = wp::extract(var_27, var_25);
    // state = wp.rand_init(seed, env * num_beams + beam)                                     <L 53>
    var_28 = wp::mul(var_0, var_26);
    var_29 = wp::add(var_28, var_1);
    var_30 = wp::rand_init(var_seed, var_29);
    // t = wp.clamp(query.t + RANGE_NOISE * wp.randn(state), MIN_RANGE, range_max)            <L 54>
    var_31 = &((var_13).t);
    var_33 = wp::randn(var_30);
    var_34 = wp::mul(var_32, var_33);
    var_36 = wp::load(var_31);
    var_35 = wp::add(var_36, var_34);
    var_37 = wp::clamp(var_35, var_20, var_range_max);
    // lidar_ranges[env, beam] = t                                                            <L 55>
    wp::array_store(var_lidar_ranges, var_0, var_1, var_37);
    // wp.atomic_min(nearest_obstacle, env, t)                                                <L 56>
    var_38 = wp::atomic_min(var_nearest_obstacle, var_0, var_37);
    // p = dir_local * t                                                                      <L 57>
    var_39 = wp::mul(var_10, var_37);
    // strength = return_intensity(query.normal, dir_world, t)                                <L 58>
    var_40 = &((var_13).normal);
    var_42 = wp::load(var_40);
    var_41 = return_intensity_0(var_42, var_12, var_37);
    // slot = wp.atomic_add(num_points, env, 1)                                               <L 59>
    var_44 = wp::atomic_add(var_num_points, var_0, var_43);
    // if slot < points.shape[1]:                                                             <L 60>
    var_45 = &(var_points.shape);
    var_48 = wp::load(var_45);
    var_47 = wp::extract(var_48, var_46);
    var_49 = (var_44 < var_47);
    if (var_49) {
        // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 61>
        var_51 = wp::extract(var_39, var_50);
        var_53 = wp::extract(var_39, var_52);
        var_55 = wp::extract(var_39, var_54);
        var_56 = wp::vec_t<4, wp::float32>(var_51, var_53, var_55, var_41);
        wp::array_store(var_points, var_0, var_44, var_56);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void lidar_scan_aa631557_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_lidar_scan_aa631557 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        lidar_scan_aa631557_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void lidar_scan_aa631557_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_lidar_scan_aa631557 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    lidar_scan_aa631557_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void lidar_scan_aa631557_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_lidar_scan_aa631557 *_wp_args)
{
    lidar_scan_aa631557_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee {
    wp::array_t<wp::int32> env_active;
    wp::array_t<wp::int32> articulation_root;
    wp::array_t<wp::int32> hand_body;
    wp::array_t<wp::transform_t<wp::float32>> transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
    wp::array_t<wp::vec_t<3, wp::float32>> goal_pos;
    wp::array_t<wp::quat_t<wp::float32>> goal_rot;
    wp::array_t<wp::vec_t<12, wp::float32>> obs_history;
};


template <bool wp_linear_contiguous>
static void create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::array_t<wp::int32> var_articulation_root = _wp_args->articulation_root;
    wp::array_t<wp::int32> var_hand_body = _wp_args->hand_body;
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_pos = _wp_args->goal_pos;
    wp::array_t<wp::quat_t<wp::float32>> var_goal_rot = _wp_args->goal_rot;
    wp::array_t<wp::vec_t<12, wp::float32>> var_obs_history = _wp_args->obs_history;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::transform_t<wp::float32>* var_8;
    wp::transform_t<wp::float32> var_9;
    wp::transform_t<wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const bool var_12 = false;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::transform_t<wp::float32>* var_15;
    wp::transform_t<wp::float32> var_16;
    wp::transform_t<wp::float32> var_17;
    const bool var_18 = false;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<6, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<6, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::quat_t<wp::float32> var_32;
    wp::quat_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    wp::quat_t<wp::float32> var_35;
    wp::quat_t<wp::float32> var_36;
    wp::quat_t<wp::float32>* var_37;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::quat_t<wp::float32> var_40;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::int32 var_43 = 1;
    wp::float32 var_44;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 2.0;
    const wp::int32 var_49 = 3;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32> var_53;
    const wp::int32 var_54 = 0;
    wp::float32 var_55;
    const wp::int32 var_56 = 1;
    wp::float32 var_57;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    const wp::int32 var_60 = 0;
    wp::float32 var_61;
    const wp::int32 var_62 = 1;
    wp::float32 var_63;
    const wp::int32 var_64 = 2;
    wp::float32 var_65;
    const wp::int32 var_66 = 0;
    wp::float32 var_67;
    const wp::int32 var_68 = 1;
    wp::float32 var_69;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    const wp::int32 var_72 = 0;
    wp::float32 var_73;
    const wp::int32 var_74 = 1;
    wp::float32 var_75;
    const wp::int32 var_76 = 2;
    wp::float32 var_77;
    wp::vec_t<12, wp::float32> var_78;
    const bool var_79 = false;
    wp::shape_t* var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::shape_t var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    const wp::int32 var_86 = 0;
    const wp::int32 var_87 = -1;
    wp::range_t var_88;
    wp::int32 var_89;
    const wp::int32 var_90 = 1;
    wp::int32 var_91;
    wp::vec_t<12, wp::float32>* var_92;
    wp::vec_t<12, wp::float32> var_93;
    wp::vec_t<12, wp::float32> var_94;
    const wp::int32 var_95 = 0;
    //---------
    // forward
    // def write_ee_goal_obs(                                                                 <L 73>
    // env = wp.tid()                                                                         <L 83>
    var_0 = builtin_tid1d();
    // if env_active[env] == 0:                                                               <L 84>
    var_1 = wp::address(var_env_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 86>
        return;
    }
    // ee = hand_body[env]                                                                    <L 87>
    var_5 = wp::address(var_hand_body, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // X_we = transforms[ee]                                                                  <L 88>
    var_8 = wp::address(var_transforms, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // p_ee = wp.transform_get_translation(X_we)                                              <L 89>
    var_11 = wp::transform_get_translation(var_9);
    // if wp.static(frame == ObsFrame.WORLD):                                                 <L 92>
    // X_wb = transforms[articulation_root[env]]                                              <L 95>
    var_13 = wp::address(var_articulation_root, var_0);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_transforms, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // if wp.static(frame == ObsFrame.HEADING):                                               <L 96>
    // X_ref = X_wb                                                                           <L 99>
    var_19 = wp::copy(var_16);
    // X_inv = wp.transform_inverse(X_ref)                                                    <L 100>
    var_20 = wp::transform_inverse(var_19);
    // ee_local = wp.transform_point(X_inv, p_ee)                                             <L 101>
    var_21 = wp::transform_point(var_20, var_11);
    // to_goal = wp.transform_vector(X_inv, goal_pos[env] - p_ee)                             <L 102>
    var_22 = wp::address(var_goal_pos, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_11);
    var_25 = wp::transform_vector(var_20, var_23);
    // v_ee = wp.transform_vector(X_inv, wp.spatial_bottom(twists[ee]))                       <L 103>
    var_26 = wp::address(var_twists, var_6);
    var_28 = wp::load(var_26);
    var_27 = wp::spatial_bottom(var_28);
    var_29 = wp::transform_vector(var_20, var_27);
    // q_ee = wp.quat_inverse(wp.transform_get_rotation(X_ref)) * wp.transform_get_rotation(X_we)       <L 104>
    var_30 = wp::transform_get_rotation(var_19);
    var_31 = wp::quat_inverse(var_30);
    var_32 = wp::transform_get_rotation(var_9);
    var_33 = wp::mul(var_31, var_32);
    // dq = wp.quat_inverse(q_ee) * (wp.quat_inverse(wp.transform_get_rotation(X_ref)) * goal_rot[env])       <L 106>
    var_34 = wp::quat_inverse(var_33);
    var_35 = wp::transform_get_rotation(var_19);
    var_36 = wp::quat_inverse(var_35);
    var_37 = wp::address(var_goal_rot, var_0);
    var_39 = wp::load(var_37);
    var_38 = wp::mul(var_36, var_39);
    var_40 = wp::mul(var_34, var_38);
    // rot_err = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 * wp.sign(dq[3]))                        <L 107>
    var_42 = wp::extract(var_40, var_41);
    var_44 = wp::extract(var_40, var_43);
    var_46 = wp::extract(var_40, var_45);
    var_47 = wp::vec_t<3, wp::float32>(var_42, var_44, var_46);
    var_50 = wp::extract(var_40, var_49);
    var_51 = wp::sign(var_50);
    var_52 = wp::mul(var_48, var_51);
    var_53 = wp::mul(var_47, var_52);
    // o = obs_vec(                                                                           <L 108>
    // ee_local[0], ee_local[1], ee_local[2],                                                 <L 109>
    var_55 = wp::extract(var_21, var_54);
    var_57 = wp::extract(var_21, var_56);
    var_59 = wp::extract(var_21, var_58);
    // to_goal[0], to_goal[1], to_goal[2],                                                    <L 110>
    var_61 = wp::extract(var_25, var_60);
    var_63 = wp::extract(var_25, var_62);
    var_65 = wp::extract(var_25, var_64);
    // v_ee[0], v_ee[1], v_ee[2],                                                             <L 111>
    var_67 = wp::extract(var_29, var_66);
    var_69 = wp::extract(var_29, var_68);
    var_71 = wp::extract(var_29, var_70);
    // rot_err[0], rot_err[1], rot_err[2],                                                    <L 112>
    var_73 = wp::extract(var_53, var_72);
    var_75 = wp::extract(var_53, var_74);
    var_77 = wp::extract(var_53, var_76);
    var_78 = wp::vec_t<12, wp::float32>({var_55, var_57, var_59, var_61, var_63, var_65, var_67, var_69, var_71, var_73, var_75, var_77});
    // if wp.static(clip > 0.0):                                                              <L 114>
    // for h in range(obs_history.shape[1] - 1, 0, -1):                                       <L 117>
    var_80 = &(var_obs_history.shape);
    var_83 = wp::load(var_80);
    var_82 = wp::extract(var_83, var_81);
    var_85 = wp::sub(var_82, var_84);
    var_88 = wp::range(var_85, var_86, var_87);
    start_for_1:;
        if (iter_cmp(var_88) == 0) goto end_for_1;
        var_89 = wp::iter_next(var_88);
        // obs_history[env, h] = obs_history[env, h - 1]                                      <L 118>
        var_91 = wp::sub(var_89, var_90);
        var_92 = wp::address(var_obs_history, var_0, var_91);
        var_94 = wp::load(var_92);
        var_93 = wp::copy(var_94);
        wp::array_store(var_obs_history, var_0, var_89, var_93);
        goto start_for_1;
    end_for_1:;
    // obs_history[env, 0] = o                                                                <L 119>
    wp::array_store(var_obs_history, var_0, var_95, var_78);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee *_wp_args)
{
    create_write_ee_goal_obs_kernel__locals__write_ee_goal_obs_af2d4dee_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_goal_keypoint_observations_c484c64f {
    wp::array_t<wp::int32> keypoint_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> keypoint_offset;
    wp::array_t<wp::vec_t<3, wp::float32>> target_keypoints;
    wp::array_t<wp::vec_t<3, wp::float32>> env_offsets;
    wp::float32 goal_tolerance;
    wp::array_t<wp::vec_t<3, wp::float32>> goal_delta;
    wp::array_t<wp::int32> goal_hits;
    wp::array_t<wp::vec_t<3, wp::float32>> keypoint_vel;
};


template <bool wp_linear_contiguous>
static void goal_keypoint_observations_c484c64f_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_goal_keypoint_observations_c484c64f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_keypoint_body = _wp_args->keypoint_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_keypoint_offset = _wp_args->keypoint_offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_target_keypoints = _wp_args->target_keypoints;
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_offsets = _wp_args->env_offsets;
    wp::float32 var_goal_tolerance = _wp_args->goal_tolerance;
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta = _wp_args->goal_delta;
    wp::array_t<wp::int32> var_goal_hits = _wp_args->goal_hits;
    wp::array_t<wp::vec_t<3, wp::float32>> var_keypoint_vel = _wp_args->keypoint_vel;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::transform_t<wp::float32>* var_10;
    wp::transform_t<wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<6, wp::float32>* var_20;
    wp::vec_t<6, wp::float32> var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    bool var_28;
    const wp::int32 var_29 = 1;
    wp::int32 var_30;
    //---------
    // forward
    // def goal_keypoint_observations(                                                        <L 127>
    // env, k = wp.tid()                                                                      <L 140>
    builtin_tid2d(var_0, var_1);
    // body = keypoint_body[k]                                                                <L 141>
    var_2 = wp::address(var_keypoint_body, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body < 0:                                                                           <L 142>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 143>
        return;
    }
    // goal = target_keypoints[env, k]                                                        <L 144>
    var_7 = wp::address(var_target_keypoints, var_0, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // X_wb = body_q[env, body]                                                               <L 145>
    var_10 = wp::address(var_body_q, var_0, var_3);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // p = wp.transform_point(X_wb, keypoint_offset[k])                                       <L 146>
    var_13 = wp::address(var_keypoint_offset, var_1);
    var_15 = wp::load(var_13);
    var_14 = wp::transform_point(var_11, var_15);
    // delta = goal + env_offsets[env] - p                                                    <L 147>
    var_16 = wp::address(var_env_offsets, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::add(var_8, var_18);
    var_19 = wp::sub(var_17, var_14);
    // twist = body_qd[env, body]                                                             <L 148>
    var_20 = wp::address(var_body_qd, var_0, var_3);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // v_kp = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), p)                   <L 149>
    var_23 = wp::spatial_bottom(var_21);
    var_24 = wp::spatial_top(var_21);
    var_25 = wp::cross(var_24, var_14);
    var_26 = wp::add(var_23, var_25);
    // goal_delta[env, k] = delta                                                             <L 150>
    wp::array_store(var_goal_delta, var_0, var_1, var_19);
    // keypoint_vel[env, k] = v_kp                                                            <L 151>
    wp::array_store(var_keypoint_vel, var_0, var_1, var_26);
    // dist = wp.length(delta)                                                                <L 152>
    var_27 = wp::length(var_19);
    // if dist < goal_tolerance:                                                              <L 153>
    var_28 = (var_27 < var_goal_tolerance);
    if (var_28) {
        // wp.atomic_add(goal_hits, env, 1)                                                   <L 154>
        var_30 = wp::atomic_add(var_goal_hits, var_0, var_29);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void goal_keypoint_observations_c484c64f_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_goal_keypoint_observations_c484c64f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        goal_keypoint_observations_c484c64f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void goal_keypoint_observations_c484c64f_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_goal_keypoint_observations_c484c64f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    goal_keypoint_observations_c484c64f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void goal_keypoint_observations_c484c64f_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_goal_keypoint_observations_c484c64f *_wp_args)
{
    goal_keypoint_observations_c484c64f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

