// Warp 1.19.0 cpu code for eval_joint_pd_6416e5a6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_joint_pd.py:95
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 96>
    // if q < lower:                                                                          <L 98>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 99>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        return var_4;
    }
    // if q > upper:                                                                          <L 100>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 101>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 102>
    return var_10;
}


// eval_joint_pd.py:22
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 23>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 24>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 25>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 26>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 28>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 29>
    return var_10;
}


// eval_joint_pd.py:64
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
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 65>
    // return wp.exp(-error * error / sigma)                                                  <L 67>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// eval_joint_pd.py:95
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 96>
    // if q < lower:                                                                          <L 98>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 99>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        goto label0;
    }
    // if q > upper:                                                                          <L 100>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 101>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 102>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 102>
    if (var_5) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_8);
        wp::adj_mul(var_ke, var_6, adj_ke, adj_6, adj_7);
        wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_6);
        // adj: return ke * (upper - q) - kd * qd                                             <L 101>
    }
    // adj: if q > upper:                                                                     <L 100>
    if (var_0) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_3);
        wp::adj_mul(var_ke, var_1, adj_ke, adj_1, adj_2);
        wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_1);
        // adj: return ke * (lower - q) - kd * qd                                             <L 99>
    }
    // adj: if q < lower:                                                                     <L 98>
    // adj: def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:  <L 96>
    return;
}


// eval_joint_pd.py:22
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 23>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 24>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 25>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 26>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 28>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 29>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 29>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 28>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 26>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 25>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 24>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 23>
    return;
}


// eval_joint_pd.py:64
static void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_joint_limit_forces_e1dcf974 {
    wp::array_t<wp::int32> world_active;
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
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::float32> joint_target_ke;
    wp::array_t<wp::float32> joint_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> stiffness_scale;
    wp::array_t<wp::float32> joint_f;
};


template <bool wp_linear_contiguous>
static void joint_limit_forces_e1dcf974_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_active = _wp_args->world_active;
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
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_stiffness_scale = _wp_args->stiffness_scale;
    wp::array_t<wp::float32> var_joint_f = _wp_args->joint_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    bool var_8;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 1;
    bool var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::int32* var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    //---------
    // forward
    // def joint_limit_forces(                                                                <L 106>
    // world, j = wp.tid()                                                                    <L 126>
    builtin_tid2d(var_0, var_1);
    // if world_active[world] == 0 or j >= world_joint_count[world]:                          <L 127>
    var_3 = wp::address(var_world_active, var_0);
    var_6 = wp::load(var_3);
    var_5 = (var_6 == var_4);
    var_2 = var_5;
    if (!var_2) {
        var_7 = wp::address(var_world_joint_count, var_0);
        var_9 = wp::load(var_7);
        var_8 = (var_1 >= var_9);
        var_2 = var_2 || var_8;
    }
    if (var_2) {
        // return                                                                             <L 128>
        return;
    }
    // joint = world_joint_start[world] + j                                                   <L 129>
    var_10 = wp::address(var_world_joint_start, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_12, var_1);
    // jtype = joint_type[joint]                                                              <L 130>
    var_13 = wp::address(var_joint_type, var_11);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 132>
    var_18 = (var_14 != var_17);
    var_16 = var_18;
    if (var_16) {
        var_20 = (var_14 != var_19);
        var_16 = var_16 && var_20;
    }
    if (var_16) {
        // return                                                                             <L 133>
        return;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 134>
    var_21 = wp::address(var_joint_limit_ke, var_11);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // effort_limit = joint_effort_limit[joint]                                               <L 135>
    var_24 = wp::address(var_joint_effort_limit, var_11);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // k_limit = limit_ke * stiffness_scale[world]                                            <L 137>
    var_27 = wp::address(var_stiffness_scale, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::mul(var_22, var_29);
    // dof = joint_qd_start[joint]                                                            <L 138>
    var_30 = wp::address(var_joint_qd_start, var_11);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // q = joint_q[joint_q_start[joint]]                                                      <L 139>
    var_33 = wp::address(var_joint_q_start, var_11);
    var_34 = wp::load(var_33);
    var_35 = wp::address(var_joint_q, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::copy(var_37);
    // qd = joint_velocities[dof]                                                             <L 140>
    var_38 = wp::address(var_joint_velocities, var_31);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + joint_target_ke[joint] * (joint_target_pos[dof] - q) - joint_kd[joint] * qd       <L 141>
    var_41 = wp::address(var_joint_limit_lower, var_31);
    var_42 = wp::address(var_joint_limit_upper, var_31);
    var_43 = wp::address(var_joint_limit_kd, var_11);
    var_45 = wp::load(var_41);
    var_46 = wp::load(var_42);
    var_47 = wp::load(var_43);
    var_44 = limit_effort_0(var_36, var_39, var_45, var_46, var_28, var_47);
    var_48 = wp::address(var_joint_target_ke, var_11);
    var_49 = wp::address(var_joint_target_pos, var_31);
    var_51 = wp::load(var_49);
    var_50 = wp::sub(var_51, var_36);
    var_53 = wp::load(var_48);
    var_52 = wp::mul(var_53, var_50);
    var_54 = wp::add(var_44, var_52);
    var_55 = wp::address(var_joint_kd, var_11);
    var_57 = wp::load(var_55);
    var_56 = wp::mul(var_57, var_39);
    var_58 = wp::sub(var_54, var_56);
    // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 142>
    var_59 = wp::neg(var_25);
    var_60 = wp::clamp(var_58, var_59, var_25);
    // joint_f[dof] += tau                                                                    <L 144>
    var_61 = wp::atomic_add(var_joint_f, var_31, var_60);
}



template <bool wp_linear_contiguous>
static void joint_limit_forces_e1dcf974_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args,
    wp_args_joint_limit_forces_e1dcf974 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_active = _wp_args->world_active;
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
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_stiffness_scale = _wp_args->stiffness_scale;
    wp::array_t<wp::float32> var_joint_f = _wp_args->joint_f;
    wp::array_t<wp::int32> adj_world_active = _wp_adj_args->world_active;
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
    wp::array_t<wp::float32> adj_joint_target_pos = _wp_adj_args->joint_target_pos;
    wp::array_t<wp::float32> adj_joint_target_ke = _wp_adj_args->joint_target_ke;
    wp::array_t<wp::float32> adj_joint_kd = _wp_adj_args->joint_kd;
    wp::array_t<wp::float32> adj_joint_effort_limit = _wp_adj_args->joint_effort_limit;
    wp::array_t<wp::float32> adj_stiffness_scale = _wp_adj_args->stiffness_scale;
    wp::array_t<wp::float32> adj_joint_f = _wp_adj_args->joint_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    wp::int32* var_7;
    bool var_8;
    wp::int32 var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 1;
    bool var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::int32* var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32* var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32* var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
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
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    //---------
    // forward
    // def joint_limit_forces(                                                                <L 106>
    // world, j = wp.tid()                                                                    <L 126>
    builtin_tid2d(var_0, var_1);
    // if world_active[world] == 0 or j >= world_joint_count[world]:                          <L 127>
    var_3 = wp::address(var_world_active, var_0);
    var_6 = wp::load(var_3);
    var_5 = (var_6 == var_4);
    var_2 = var_5;
    if (!var_2) {
        var_7 = wp::address(var_world_joint_count, var_0);
        var_9 = wp::load(var_7);
        var_8 = (var_1 >= var_9);
        var_2 = var_2 || var_8;
    }
    if (var_2) {
        // return                                                                             <L 128>
        goto label0;
    }
    // joint = world_joint_start[world] + j                                                   <L 129>
    var_10 = wp::address(var_world_joint_start, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::add(var_12, var_1);
    // jtype = joint_type[joint]                                                              <L 130>
    var_13 = wp::address(var_joint_type, var_11);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 132>
    var_18 = (var_14 != var_17);
    var_16 = var_18;
    if (var_16) {
        var_20 = (var_14 != var_19);
        var_16 = var_16 && var_20;
    }
    if (var_16) {
        // return                                                                             <L 133>
        goto label1;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 134>
    var_21 = wp::address(var_joint_limit_ke, var_11);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // effort_limit = joint_effort_limit[joint]                                               <L 135>
    var_24 = wp::address(var_joint_effort_limit, var_11);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // k_limit = limit_ke * stiffness_scale[world]                                            <L 137>
    var_27 = wp::address(var_stiffness_scale, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::mul(var_22, var_29);
    // dof = joint_qd_start[joint]                                                            <L 138>
    var_30 = wp::address(var_joint_qd_start, var_11);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // q = joint_q[joint_q_start[joint]]                                                      <L 139>
    var_33 = wp::address(var_joint_q_start, var_11);
    var_34 = wp::load(var_33);
    var_35 = wp::address(var_joint_q, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::copy(var_37);
    // qd = joint_velocities[dof]                                                             <L 140>
    var_38 = wp::address(var_joint_velocities, var_31);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + joint_target_ke[joint] * (joint_target_pos[dof] - q) - joint_kd[joint] * qd       <L 141>
    var_41 = wp::address(var_joint_limit_lower, var_31);
    var_42 = wp::address(var_joint_limit_upper, var_31);
    var_43 = wp::address(var_joint_limit_kd, var_11);
    var_45 = wp::load(var_41);
    var_46 = wp::load(var_42);
    var_47 = wp::load(var_43);
    var_44 = limit_effort_0(var_36, var_39, var_45, var_46, var_28, var_47);
    var_48 = wp::address(var_joint_target_ke, var_11);
    var_49 = wp::address(var_joint_target_pos, var_31);
    var_51 = wp::load(var_49);
    var_50 = wp::sub(var_51, var_36);
    var_53 = wp::load(var_48);
    var_52 = wp::mul(var_53, var_50);
    var_54 = wp::add(var_44, var_52);
    var_55 = wp::address(var_joint_kd, var_11);
    var_57 = wp::load(var_55);
    var_56 = wp::mul(var_57, var_39);
    var_58 = wp::sub(var_54, var_56);
    // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 142>
    var_59 = wp::neg(var_25);
    var_60 = wp::clamp(var_58, var_59, var_25);
    // joint_f[dof] += tau                                                                    <L 144>
    // var_61 = wp::atomic_add(var_joint_f, var_31, var_60);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_f, var_31, var_60, adj_joint_f, adj_31, adj_60, adj_61);
    // adj: joint_f[dof] += tau                                                               <L 144>
    wp::adj_clamp(var_58, var_59, var_25, adj_58, adj_59, adj_25, adj_60);
    wp::adj_neg(var_25, adj_25, adj_59);
    // adj: tau = wp.clamp(tau, -effort_limit, effort_limit)                                  <L 142>
    wp::adj_sub(var_54, var_56, adj_54, adj_56, adj_58);
    wp::adj_mul(var_57, var_39, adj_55, adj_39, adj_56);
    wp::adj_address(var_joint_kd, var_11, adj_joint_kd, adj_11, adj_55);
    wp::adj_add(var_44, var_52, adj_44, adj_52, adj_54);
    wp::adj_mul(var_53, var_50, adj_48, adj_50, adj_52);
    wp::adj_sub(var_51, var_36, adj_49, adj_36, adj_50);
    wp::adj_address(var_joint_target_pos, var_31, adj_joint_target_pos, adj_31, adj_49);
    wp::adj_address(var_joint_target_ke, var_11, adj_joint_target_ke, adj_11, adj_48);
    adj_limit_effort_0(var_36, var_39, var_45, var_46, var_28, var_47, adj_36, adj_39, adj_41, adj_42, adj_28, adj_43, adj_44);
    wp::adj_address(var_joint_limit_kd, var_11, adj_joint_limit_kd, adj_11, adj_43);
    wp::adj_address(var_joint_limit_upper, var_31, adj_joint_limit_upper, adj_31, adj_42);
    wp::adj_address(var_joint_limit_lower, var_31, adj_joint_limit_lower, adj_31, adj_41);
    // adj: tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + joint_target_ke[joint] * (joint_target_pos[dof] - q) - joint_kd[joint] * qd  <L 141>
    wp::adj_copy(var_40, adj_38, adj_39);
    wp::adj_address(var_joint_velocities, var_31, adj_joint_velocities, adj_31, adj_38);
    // adj: qd = joint_velocities[dof]                                                        <L 140>
    wp::adj_copy(var_37, adj_35, adj_36);
    wp::adj_address(var_joint_q, var_34, adj_joint_q, adj_34, adj_35);
    wp::adj_address(var_joint_q_start, var_11, adj_joint_q_start, adj_11, adj_33);
    // adj: q = joint_q[joint_q_start[joint]]                                                 <L 139>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_joint_qd_start, var_11, adj_joint_qd_start, adj_11, adj_30);
    // adj: dof = joint_qd_start[joint]                                                       <L 138>
    wp::adj_mul(var_22, var_29, adj_22, adj_27, adj_28);
    wp::adj_address(var_stiffness_scale, var_0, adj_stiffness_scale, adj_0, adj_27);
    // adj: k_limit = limit_ke * stiffness_scale[world]                                       <L 137>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_joint_effort_limit, var_11, adj_joint_effort_limit, adj_11, adj_24);
    // adj: effort_limit = joint_effort_limit[joint]                                          <L 135>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_joint_limit_ke, var_11, adj_joint_limit_ke, adj_11, adj_21);
    // adj: limit_ke = joint_limit_ke[joint]                                                  <L 134>
    if (var_16) {
        label1:;
        // adj: return                                                                        <L 133>
    }
    if (var_16) {
    }
    // adj: if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                  <L 132>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_joint_type, var_11, adj_joint_type, adj_11, adj_13);
    // adj: jtype = joint_type[joint]                                                         <L 130>
    wp::adj_add(var_12, var_1, adj_10, adj_1, adj_11);
    wp::adj_address(var_world_joint_start, var_0, adj_world_joint_start, adj_0, adj_10);
    // adj: joint = world_joint_start[world] + j                                              <L 129>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 128>
    }
    if (!var_2) {
        wp::adj_address(var_world_joint_count, var_0, adj_world_joint_count, adj_0, adj_7);
    }
    wp::adj_address(var_world_active, var_0, adj_world_active, adj_0, adj_3);
    // adj: if world_active[world] == 0 or j >= world_joint_count[world]:                     <L 127>
    // adj: world, j = wp.tid()                                                               <L 126>
    // adj: def joint_limit_forces(                                                           <L 106>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void joint_limit_forces_e1dcf974_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_limit_forces_e1dcf974_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void joint_limit_forces_e1dcf974_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    joint_limit_forces_e1dcf974_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void joint_limit_forces_e1dcf974_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args)
{
    joint_limit_forces_e1dcf974_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void joint_limit_forces_e1dcf974_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args,
    wp_args_joint_limit_forces_e1dcf974 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_limit_forces_e1dcf974_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void joint_limit_forces_e1dcf974_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args,
    wp_args_joint_limit_forces_e1dcf974 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    joint_limit_forces_e1dcf974_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void joint_limit_forces_e1dcf974_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_joint_limit_forces_e1dcf974 *_wp_args,
    wp_args_joint_limit_forces_e1dcf974 *_wp_adj_args)
{
    joint_limit_forces_e1dcf974_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_eval_joint_pd_e381313e {
    wp::array_t<wp::int32> world_dof_start;
    wp::array_t<wp::int32> world_dof_count;
    wp::array_t<wp::int32> joint_dof_mode;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::float32> joint_target_ke;
    wp::array_t<wp::float32> joint_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> joint_f;
};


template <bool wp_linear_contiguous>
static void eval_joint_pd_e381313e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_joint_pd_e381313e *_wp_args)
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
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
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
    wp::float32 var_32;
    wp::float32 var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
    //---------
    // forward
    // def eval_joint_pd(                                                                     <L 33>
    // world, j = wp.tid()                                                                    <L 46>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 47>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 48>
        return;
    }
    // dof_start = world_dof_start[world]                                                     <L 49>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 50>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 51>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 52>
        return;
    }
    // q_j = joint_q[dof_start + j]                                                           <L 53>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_q, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // joint_rate = joint_velocities[dof_start + j]                                           <L 54>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_velocities, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // q_target = joint_target_pos[dof_start + j]                                             <L 55>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_target_pos, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // kd_cur = joint_kd[dof_start + j]                                                       <L 56>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_kd, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // f_max = joint_effort_limit[dof_start + j]                                              <L 57>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_effort_limit, var_30);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // tau = pd_effort(mode, q_j, joint_rate, q_target, joint_target_ke[dof_start + j], kd_cur)       <L 58>
    var_34 = wp::add(var_6, var_1);
    var_35 = wp::address(var_joint_target_ke, var_34);
    var_37 = wp::load(var_35);
    var_36 = pd_effort_0(var_10, var_16, var_20, var_24, var_37, var_28);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 59>
    var_38 = wp::neg(var_32);
    var_39 = wp::clamp(var_36, var_38, var_32);
    // joint_f[dof_start + j] += tau                                                          <L 61>
    var_40 = wp::add(var_6, var_1);
    var_41 = wp::atomic_add(var_joint_f, var_40, var_39);
}



template <bool wp_linear_contiguous>
static void eval_joint_pd_e381313e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_joint_pd_e381313e *_wp_args,
    wp_args_eval_joint_pd_e381313e *_wp_adj_args)
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
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_f = _wp_args->joint_f;
    wp::array_t<wp::int32> adj_world_dof_start = _wp_adj_args->world_dof_start;
    wp::array_t<wp::int32> adj_world_dof_count = _wp_adj_args->world_dof_count;
    wp::array_t<wp::int32> adj_joint_dof_mode = _wp_adj_args->joint_dof_mode;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::float32> adj_joint_target_pos = _wp_adj_args->joint_target_pos;
    wp::array_t<wp::float32> adj_joint_target_ke = _wp_adj_args->joint_target_ke;
    wp::array_t<wp::float32> adj_joint_kd = _wp_adj_args->joint_kd;
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
    wp::float32 var_32;
    wp::float32 var_33;
    wp::int32 var_34;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32 var_40;
    wp::float32 var_41;
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
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    //---------
    // forward
    // def eval_joint_pd(                                                                     <L 33>
    // world, j = wp.tid()                                                                    <L 46>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 47>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 48>
        goto label0;
    }
    // dof_start = world_dof_start[world]                                                     <L 49>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 50>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 51>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 52>
        goto label1;
    }
    // q_j = joint_q[dof_start + j]                                                           <L 53>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_q, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // joint_rate = joint_velocities[dof_start + j]                                           <L 54>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_velocities, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // q_target = joint_target_pos[dof_start + j]                                             <L 55>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_target_pos, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // kd_cur = joint_kd[dof_start + j]                                                       <L 56>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_kd, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // f_max = joint_effort_limit[dof_start + j]                                              <L 57>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_effort_limit, var_30);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // tau = pd_effort(mode, q_j, joint_rate, q_target, joint_target_ke[dof_start + j], kd_cur)       <L 58>
    var_34 = wp::add(var_6, var_1);
    var_35 = wp::address(var_joint_target_ke, var_34);
    var_37 = wp::load(var_35);
    var_36 = pd_effort_0(var_10, var_16, var_20, var_24, var_37, var_28);
    // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 59>
    var_38 = wp::neg(var_32);
    var_39 = wp::clamp(var_36, var_38, var_32);
    // joint_f[dof_start + j] += tau                                                          <L 61>
    var_40 = wp::add(var_6, var_1);
    // var_41 = wp::atomic_add(var_joint_f, var_40, var_39);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_f, var_40, var_39, adj_joint_f, adj_40, adj_39, adj_41);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_40);
    // adj: joint_f[dof_start + j] += tau                                                     <L 61>
    wp::adj_clamp(var_36, var_38, var_32, adj_36, adj_38, adj_32, adj_39);
    wp::adj_neg(var_32, adj_32, adj_38);
    // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 59>
    adj_pd_effort_0(var_10, var_16, var_20, var_24, var_37, var_28, adj_10, adj_16, adj_20, adj_24, adj_35, adj_28, adj_36);
    wp::adj_address(var_joint_target_ke, var_34, adj_joint_target_ke, adj_34, adj_35);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_34);
    // adj: tau = pd_effort(mode, q_j, joint_rate, q_target, joint_target_ke[dof_start + j], kd_cur)  <L 58>
    wp::adj_copy(var_33, adj_31, adj_32);
    wp::adj_address(var_joint_effort_limit, var_30, adj_joint_effort_limit, adj_30, adj_31);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
    // adj: f_max = joint_effort_limit[dof_start + j]                                         <L 57>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_joint_kd, var_26, adj_joint_kd, adj_26, adj_27);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
    // adj: kd_cur = joint_kd[dof_start + j]                                                  <L 56>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_joint_target_pos, var_22, adj_joint_target_pos, adj_22, adj_23);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
    // adj: q_target = joint_target_pos[dof_start + j]                                        <L 55>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_velocities, var_18, adj_joint_velocities, adj_18, adj_19);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
    // adj: joint_rate = joint_velocities[dof_start + j]                                      <L 54>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_joint_q, var_14, adj_joint_q, adj_14, adj_15);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
    // adj: q_j = joint_q[dof_start + j]                                                      <L 53>
    if (var_13) {
        label1:;
        // adj: return                                                                        <L 52>
    }
    // adj: if mode == JointMode.NONE:                                                        <L 51>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
    // adj: mode = joint_dof_mode[dof_start + j]                                              <L 50>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
    // adj: dof_start = world_dof_start[world]                                                <L 49>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 48>
    }
    wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
    // adj: if j >= world_dof_count[world]:                                                   <L 47>
    // adj: world, j = wp.tid()                                                               <L 46>
    // adj: def eval_joint_pd(                                                                <L 33>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_pd_e381313e_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_e381313e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_pd_e381313e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_joint_pd_e381313e_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_e381313e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_joint_pd_e381313e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_joint_pd_e381313e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_e381313e *_wp_args)
{
    eval_joint_pd_e381313e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_pd_e381313e_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_e381313e *_wp_args,
    wp_args_eval_joint_pd_e381313e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_pd_e381313e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_joint_pd_e381313e_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_e381313e *_wp_args,
    wp_args_eval_joint_pd_e381313e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_joint_pd_e381313e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_joint_pd_e381313e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_e381313e *_wp_args,
    wp_args_eval_joint_pd_e381313e *_wp_adj_args)
{
    eval_joint_pd_e381313e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_compute_env_rewards_f6223ece {
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_target;
    wp::array_t<wp::float32> tracking_weight;
    wp::array_t<wp::float32> tracking_sigma;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> w_dof_vel;
    wp::array_t<wp::float32> time_step;
    wp::array_t<wp::float32> rewards;
};


template <bool wp_linear_contiguous>
static void compute_env_rewards_f6223ece_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_env_rewards_f6223ece *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_tracking_weight = _wp_args->tracking_weight;
    wp::array_t<wp::float32> var_tracking_sigma = _wp_args->tracking_sigma;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_w_dof_vel = _wp_args->w_dof_vel;
    wp::array_t<wp::float32> var_time_step = _wp_args->time_step;
    wp::array_t<wp::float32> var_rewards = _wp_args->rewards;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    wp::shape_t* var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::shape_t var_22;
    wp::range_t var_23;
    wp::int32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    //---------
    // forward
    // def compute_env_rewards(                                                               <L 71>
    // env = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // h = time_step[0]                                                                       <L 82>
    var_2 = wp::address(var_time_step, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // w_rate = w_dof_vel[0]                                                                  <L 83>
    var_6 = wp::address(var_w_dof_vel, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // sigma_local = tracking_sigma[0]                                                        <L 84>
    var_10 = wp::address(var_tracking_sigma, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // w_track = tracking_weight[0]                                                           <L 85>
    var_14 = wp::address(var_tracking_weight, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // reward = float(0.0)                                                                    <L 86>
    var_18 = wp::float(var_17);
    // for j in range(joint_q.shape[1]):                                                      <L 87>
    var_19 = &(var_joint_q.shape);
    var_22 = wp::load(var_19);
    var_21 = wp::extract(var_22, var_20);
    var_23 = wp::range(var_21);
    start_for_0:;
        if (iter_cmp(var_23) == 0) goto end_for_0;
        var_24 = wp::iter_next(var_23);
        // q_j = joint_q[env, j]                                                              <L 88>
        var_25 = wp::address(var_joint_q, var_0, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // reward += w_track * tracking_reward(q_j - joint_target[env, j], sigma_local)       <L 89>
        var_28 = wp::address(var_joint_target, var_0, var_24);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_26, var_30);
        var_31 = tracking_reward_0(var_29, var_11);
        var_32 = wp::mul(var_15, var_31);
        var_33 = wp::add(var_18, var_32);
        // qd_j = joint_qd[env, j]                                                            <L 90>
        var_34 = wp::address(var_joint_qd, var_0, var_24);
        var_36 = wp::load(var_34);
        var_35 = wp::copy(var_36);
        // reward -= w_rate * qd_j * qd_j                                                     <L 91>
        var_37 = wp::mul(var_7, var_35);
        var_38 = wp::mul(var_37, var_35);
        var_39 = wp::sub(var_33, var_38);
        wp::assign(var_18, var_39);
        goto start_for_0;
    end_for_0:;
    // rewards[env] = reward * h                                                              <L 92>
    var_40 = wp::mul(var_18, var_3);
    wp::array_store(var_rewards, var_0, var_40);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_env_rewards_f6223ece_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_env_rewards_f6223ece *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_env_rewards_f6223ece_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_env_rewards_f6223ece_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_env_rewards_f6223ece *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    compute_env_rewards_f6223ece_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_env_rewards_f6223ece_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_env_rewards_f6223ece *_wp_args)
{
    compute_env_rewards_f6223ece_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

