// Warp 1.19.0 cpu code for eval_joint_pd_9706daba.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_joint_pd.py:26
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 27>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 28>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 29>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 30>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 32>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 33>
    return var_10;
}


// eval_joint_pd.py:114
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
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 115>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 117>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 118>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// eval_joint_pd.py:68
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 69>
    // if q < lower:                                                                          <L 71>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 72>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        return var_4;
    }
    // if q > upper:                                                                          <L 73>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 74>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 75>
    return var_10;
}


// eval_joint_pd.py:26
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 27>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 28>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 29>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 30>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 32>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 33>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 33>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 32>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 30>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 29>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 28>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 27>
    return;
}


// eval_joint_pd.py:114
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


// eval_joint_pd.py:68
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 69>
    // if q < lower:                                                                          <L 71>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 72>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        goto label0;
    }
    // if q > upper:                                                                          <L 73>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 74>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 75>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 75>
    if (var_5) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_8);
        wp::adj_mul(var_ke, var_6, adj_ke, adj_6, adj_7);
        wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_6);
        // adj: return ke * (upper - q) - kd * qd                                             <L 74>
    }
    // adj: if q > upper:                                                                     <L 73>
    if (var_0) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_3);
        wp::adj_mul(var_ke, var_1, adj_ke, adj_1, adj_2);
        wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_1);
        // adj: return ke * (lower - q) - kd * qd                                             <L 72>
    }
    // adj: if q < lower:                                                                     <L 71>
    // adj: def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:  <L 69>
    return;
}

struct wp_args_eval_joint_pd_43149fb3 {
    wp::array_t<wp::int32> world_dof_start;
    wp::array_t<wp::int32> world_dof_count;
    wp::array_t<wp::int32> joint_dof_mode;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::float32> joint_target;
    wp::array_t<wp::float32> joint_ke;
    wp::array_t<wp::float32> joint_target_kd;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::float32> joint_act;
};


template <bool wp_linear_contiguous>
static void eval_joint_pd_43149fb3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_joint_pd_43149fb3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_dof_start = _wp_args->world_dof_start;
    wp::array_t<wp::int32> var_world_dof_count = _wp_args->world_dof_count;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_joint_ke = _wp_args->joint_ke;
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
    // def eval_joint_pd(                                                                     <L 37>
    // world, j = wp.tid()                                                                    <L 50>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 51>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 52>
        return;
    }
    // dof_start = world_dof_start[world]                                                     <L 53>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 54>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 55>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 56>
        return;
    }
    // q_j = joint_q[dof_start + j]                                                           <L 57>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_q, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // q_target = joint_target[dof_start + j]                                                 <L 58>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_target, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // ke_i = joint_ke[dof_start + j]                                                         <L 59>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_ke, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // kd_cur = joint_target_kd[dof_start + j]                                                <L 60>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_target_kd, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // effort_limit = joint_effort_limit[dof_start + j]                                       <L 61>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_effort_limit, var_30);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], q_target, ke_i, kd_cur)       <L 62>
    var_34 = wp::add(var_6, var_1);
    var_35 = wp::address(var_joint_velocities, var_34);
    var_37 = wp::load(var_35);
    var_36 = pd_effort_0(var_10, var_16, var_37, var_20, var_24, var_28);
    // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 63>
    var_38 = wp::neg(var_32);
    var_39 = wp::clamp(var_36, var_38, var_32);
    // joint_act[dof_start + j] += tau                                                        <L 65>
    var_40 = wp::add(var_6, var_1);
    var_41 = wp::atomic_add(var_joint_act, var_40, var_39);
}



template <bool wp_linear_contiguous>
static void eval_joint_pd_43149fb3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_joint_pd_43149fb3 *_wp_args,
    wp_args_eval_joint_pd_43149fb3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_dof_start = _wp_args->world_dof_start;
    wp::array_t<wp::int32> var_world_dof_count = _wp_args->world_dof_count;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::float32> var_joint_ke = _wp_args->joint_ke;
    wp::array_t<wp::float32> var_joint_target_kd = _wp_args->joint_target_kd;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::int32> adj_world_dof_start = _wp_adj_args->world_dof_start;
    wp::array_t<wp::int32> adj_world_dof_count = _wp_adj_args->world_dof_count;
    wp::array_t<wp::int32> adj_joint_dof_mode = _wp_adj_args->joint_dof_mode;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::float32> adj_joint_target = _wp_adj_args->joint_target;
    wp::array_t<wp::float32> adj_joint_ke = _wp_adj_args->joint_ke;
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
    // def eval_joint_pd(                                                                     <L 37>
    // world, j = wp.tid()                                                                    <L 50>
    builtin_tid2d(var_0, var_1);
    // if j >= world_dof_count[world]:                                                        <L 51>
    var_2 = wp::address(var_world_dof_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 52>
        goto label0;
    }
    // dof_start = world_dof_start[world]                                                     <L 53>
    var_5 = wp::address(var_world_dof_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // mode = joint_dof_mode[dof_start + j]                                                   <L 54>
    var_8 = wp::add(var_6, var_1);
    var_9 = wp::address(var_joint_dof_mode, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // if mode == JointMode.NONE:                                                             <L 55>
    var_13 = (var_10 == var_12);
    if (var_13) {
        // return                                                                             <L 56>
        goto label1;
    }
    // q_j = joint_q[dof_start + j]                                                           <L 57>
    var_14 = wp::add(var_6, var_1);
    var_15 = wp::address(var_joint_q, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // q_target = joint_target[dof_start + j]                                                 <L 58>
    var_18 = wp::add(var_6, var_1);
    var_19 = wp::address(var_joint_target, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // ke_i = joint_ke[dof_start + j]                                                         <L 59>
    var_22 = wp::add(var_6, var_1);
    var_23 = wp::address(var_joint_ke, var_22);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // kd_cur = joint_target_kd[dof_start + j]                                                <L 60>
    var_26 = wp::add(var_6, var_1);
    var_27 = wp::address(var_joint_target_kd, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // effort_limit = joint_effort_limit[dof_start + j]                                       <L 61>
    var_30 = wp::add(var_6, var_1);
    var_31 = wp::address(var_joint_effort_limit, var_30);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], q_target, ke_i, kd_cur)       <L 62>
    var_34 = wp::add(var_6, var_1);
    var_35 = wp::address(var_joint_velocities, var_34);
    var_37 = wp::load(var_35);
    var_36 = pd_effort_0(var_10, var_16, var_37, var_20, var_24, var_28);
    // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 63>
    var_38 = wp::neg(var_32);
    var_39 = wp::clamp(var_36, var_38, var_32);
    // joint_act[dof_start + j] += tau                                                        <L 65>
    var_40 = wp::add(var_6, var_1);
    // var_41 = wp::atomic_add(var_joint_act, var_40, var_39);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_act, var_40, var_39, adj_joint_act, adj_40, adj_39, adj_41);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_40);
    // adj: joint_act[dof_start + j] += tau                                                   <L 65>
    wp::adj_clamp(var_36, var_38, var_32, adj_36, adj_38, adj_32, adj_39);
    wp::adj_neg(var_32, adj_32, adj_38);
    // adj: tau = wp.clamp(tau, -effort_limit, effort_limit)                                  <L 63>
    adj_pd_effort_0(var_10, var_16, var_37, var_20, var_24, var_28, adj_10, adj_16, adj_35, adj_20, adj_24, adj_28, adj_36);
    wp::adj_address(var_joint_velocities, var_34, adj_joint_velocities, adj_34, adj_35);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_34);
    // adj: tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], q_target, ke_i, kd_cur)  <L 62>
    wp::adj_copy(var_33, adj_31, adj_32);
    wp::adj_address(var_joint_effort_limit, var_30, adj_joint_effort_limit, adj_30, adj_31);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
    // adj: effort_limit = joint_effort_limit[dof_start + j]                                  <L 61>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_joint_target_kd, var_26, adj_joint_target_kd, adj_26, adj_27);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
    // adj: kd_cur = joint_target_kd[dof_start + j]                                           <L 60>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_joint_ke, var_22, adj_joint_ke, adj_22, adj_23);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
    // adj: ke_i = joint_ke[dof_start + j]                                                    <L 59>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_target, var_18, adj_joint_target, adj_18, adj_19);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
    // adj: q_target = joint_target[dof_start + j]                                            <L 58>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_joint_q, var_14, adj_joint_q, adj_14, adj_15);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
    // adj: q_j = joint_q[dof_start + j]                                                      <L 57>
    if (var_13) {
        label1:;
        // adj: return                                                                        <L 56>
    }
    // adj: if mode == JointMode.NONE:                                                        <L 55>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
    wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
    // adj: mode = joint_dof_mode[dof_start + j]                                              <L 54>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
    // adj: dof_start = world_dof_start[world]                                                <L 53>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 52>
    }
    wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
    // adj: if j >= world_dof_count[world]:                                                   <L 51>
    // adj: world, j = wp.tid()                                                               <L 50>
    // adj: def eval_joint_pd(                                                                <L 37>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_pd_43149fb3_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_43149fb3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_pd_43149fb3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_joint_pd_43149fb3_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_43149fb3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_joint_pd_43149fb3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_joint_pd_43149fb3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_43149fb3 *_wp_args)
{
    eval_joint_pd_43149fb3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_pd_43149fb3_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_43149fb3 *_wp_args,
    wp_args_eval_joint_pd_43149fb3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_pd_43149fb3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_joint_pd_43149fb3_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_43149fb3 *_wp_args,
    wp_args_eval_joint_pd_43149fb3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_joint_pd_43149fb3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_joint_pd_43149fb3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_joint_pd_43149fb3 *_wp_args,
    wp_args_eval_joint_pd_43149fb3 *_wp_adj_args)
{
    eval_joint_pd_43149fb3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_reset_joint_state_5eb9010c {
    wp::int32 num_dofs;
    wp::array_t<wp::int32> env_reset;
    wp::array_t<wp::float32> joint_q_default;
    wp::array_t<wp::float32> joint_limit_lower;
    wp::array_t<wp::float32> joint_limit_upper;
    wp::int32 rng_seed;
    wp::float32 reset_noise;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::float32> last_actions;
    wp::array_t<wp::int32> episode_length;
};


template <bool wp_linear_contiguous>
static void reset_joint_state_5eb9010c_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_reset_joint_state_5eb9010c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_num_dofs = _wp_args->num_dofs;
    wp::array_t<wp::int32> var_env_reset = _wp_args->env_reset;
    wp::array_t<wp::float32> var_joint_q_default = _wp_args->joint_q_default;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_reset_noise = _wp_args->reset_noise;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_last_actions = _wp_args->last_actions;
    wp::array_t<wp::int32> var_episode_length = _wp_args->episode_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::uint32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = -1.0;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    const wp::float32 var_27 = 0.0;
    const wp::int32 var_28 = 0;
    bool var_29;
    const wp::int32 var_30 = 0;
    //---------
    // forward
    // def reset_joint_state(                                                                 <L 157>
    // env, j = wp.tid()                                                                      <L 171>
    builtin_tid2d(var_0, var_1);
    // if j >= num_dofs or env_reset[env] == 0:                                               <L 172>
    var_3 = (var_1 >= var_num_dofs);
    var_2 = var_3;
    if (!var_2) {
        var_4 = wp::address(var_env_reset, var_0);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 173>
        return;
    }
    // rng = wp.rand_init(rng_seed, env * num_dofs + j)                                       <L 175>
    var_8 = wp::mul(var_0, var_num_dofs);
    var_9 = wp::add(var_8, var_1);
    var_10 = wp::rand_init(var_rng_seed, var_9);
    // q0 = joint_q_default[env, j]                                                           <L 176>
    var_11 = wp::address(var_joint_q_default, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // lower = joint_limit_lower[env, j]                                                      <L 177>
    var_14 = wp::address(var_joint_limit_lower, var_0, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // upper = joint_limit_upper[env, j]                                                      <L 178>
    var_17 = wp::address(var_joint_limit_upper, var_0, var_1);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // q = q0 + reset_noise * wp.randf(rng, -1.0, 1.0)                                        <L 179>
    var_22 = wp::randf(var_10, var_20, var_21);
    var_23 = wp::mul(var_reset_noise, var_22);
    var_24 = wp::add(var_12, var_23);
    // q = wp.clamp(q, lower, upper)                                                          <L 180>
    var_25 = wp::clamp(var_24, var_15, var_18);
    // joint_q[env, j] = q                                                                    <L 181>
    wp::array_store(var_joint_q, var_0, var_1, var_25);
    // joint_qd[env, j] = 0.0                                                                 <L 182>
    wp::array_store(var_joint_qd, var_0, var_1, var_26);
    // joint_target_pos[env, j] = q                                                           <L 184>
    wp::array_store(var_joint_target_pos, var_0, var_1, var_25);
    // last_actions[env, j] = 0.0                                                             <L 186>
    wp::array_store(var_last_actions, var_0, var_1, var_27);
    // if j == 0:                                                                             <L 187>
    var_29 = (var_1 == var_28);
    if (var_29) {
        // episode_length[env] = 0                                                            <L 188>
        wp::array_store(var_episode_length, var_0, var_30);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reset_joint_state_5eb9010c_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_reset_joint_state_5eb9010c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reset_joint_state_5eb9010c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reset_joint_state_5eb9010c_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_reset_joint_state_5eb9010c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    reset_joint_state_5eb9010c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reset_joint_state_5eb9010c_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_reset_joint_state_5eb9010c *_wp_args)
{
    reset_joint_state_5eb9010c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_raycast_lidar_7512932b {
    wp::array_t<wp::vec_t<4, wp::float32>> points;
    wp::uint64 mesh;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::int32> sensor_body;
    wp::array_t<wp::vec_t<3, wp::float32>> ray_dirs_local;
    wp::array_t<wp::int32> pattern_start;
    wp::array_t<wp::int32> env_active;
    wp::transform_t<wp::float32> mount_xform;
    wp::float32 lidar_max_range;
    wp::array_t<wp::float32> ranges;
    wp::array_t<wp::int32> point_count;
};


template <bool wp_linear_contiguous>
static void raycast_lidar_7512932b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_raycast_lidar_7512932b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_points = _wp_args->points;
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::int32> var_sensor_body = _wp_args->sensor_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local = _wp_args->ray_dirs_local;
    wp::array_t<wp::int32> var_pattern_start = _wp_args->pattern_start;
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::transform_t<wp::float32> var_mount_xform = _wp_args->mount_xform;
    wp::float32 var_lidar_max_range = _wp_args->lidar_max_range;
    wp::array_t<wp::float32> var_ranges = _wp_args->ranges;
    wp::array_t<wp::int32> var_point_count = _wp_args->point_count;
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
    wp::transform_t<wp::float32>* var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::mesh_query_ray_t var_20;
    const wp::int32 var_21 = -1;
    bool var_22;
    bool* var_23;
    bool var_24;
    bool var_25;
    wp::float32* var_26;
    const wp::float32 var_27 = 0.05;
    bool var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32>* var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::shape_t* var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    wp::shape_t var_43;
    bool var_44;
    const wp::int32 var_45 = 0;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    wp::float32 var_48;
    const wp::int32 var_49 = 2;
    wp::float32 var_50;
    wp::vec_t<4, wp::float32> var_51;
    //---------
    // forward
    // def raycast_lidar(                                                                     <L 122>
    // env, beam = wp.tid()                                                                   <L 135>
    builtin_tid2d(var_0, var_1);
    // if env_active[env] == 0:                                                               <L 136>
    var_2 = wp::address(var_env_active, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 == var_3);
    if (var_4) {
        // return                                                                             <L 137>
        return;
    }
    // body = sensor_body[env]                                                                <L 138>
    var_6 = wp::address(var_sensor_body, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // X_ws = wp.transform_multiply(poses[body], mount_xform)                                 <L 139>
    var_9 = wp::address(var_poses, var_7);
    var_11 = wp::load(var_9);
    var_10 = wp::transform_multiply(var_11, var_mount_xform);
    // origin = wp.transform_get_translation(X_ws)                                            <L 140>
    var_12 = wp::transform_get_translation(var_10);
    // dir_local = ray_dirs_local[pattern_start[env] + beam]                                  <L 141>
    var_13 = wp::address(var_pattern_start, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::add(var_15, var_1);
    var_16 = wp::address(var_ray_dirs_local, var_14);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 142>
    var_19 = wp::transform_vector(var_10, var_17);
    // query = wp.mesh_query_ray(mesh, origin, dir_world, lidar_max_range)                    <L 143>
    var_20 = wp::mesh_query_ray(var_mesh, var_12, var_19, var_lidar_max_range, var_21);
    // if not query.result or query.t < MIN_RANGE:                                            <L 144>
    var_23 = &((var_20).result);
    var_25 = wp::load(var_23);
    var_24 = wp::unot(var_25);
    var_22 = var_24;
    if (!var_22) {
        var_26 = &((var_20).t);
        var_29 = wp::load(var_26);
        var_28 = (var_29 < var_27);
        var_22 = var_22 || var_28;
    }
    if (var_22) {
        // ranges[env, beam] = lidar_max_range                                                <L 145>
        wp::array_store(var_ranges, var_0, var_1, var_lidar_max_range);
        // return                                                                             <L 146>
        return;
    }
    // t = query.t                                                                            <L 147>
    var_30 = &((var_20).t);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // ranges[env, beam] = t                                                                  <L 148>
    wp::array_store(var_ranges, var_0, var_1, var_31);
    // p = origin + dir_world * t                                                             <L 149>
    var_33 = wp::mul(var_19, var_31);
    var_34 = wp::add(var_12, var_33);
    // strength = return_intensity(query.normal, dir_world, t, lidar_max_range)               <L 150>
    var_35 = &((var_20).normal);
    var_37 = wp::load(var_35);
    var_36 = return_intensity_0(var_37, var_19, var_31, var_lidar_max_range);
    // slot = wp.atomic_add(point_count, env, 1)                                              <L 151>
    var_39 = wp::atomic_add(var_point_count, var_0, var_38);
    // if slot < points.shape[1]:                                                             <L 152>
    var_40 = &(var_points.shape);
    var_43 = wp::load(var_40);
    var_42 = wp::extract(var_43, var_41);
    var_44 = (var_39 < var_42);
    if (var_44) {
        // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 153>
        var_46 = wp::extract(var_34, var_45);
        var_48 = wp::extract(var_34, var_47);
        var_50 = wp::extract(var_34, var_49);
        var_51 = wp::vec_t<4, wp::float32>(var_46, var_48, var_50, var_36);
        wp::array_store(var_points, var_0, var_39, var_51);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void raycast_lidar_7512932b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_7512932b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        raycast_lidar_7512932b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void raycast_lidar_7512932b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_7512932b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    raycast_lidar_7512932b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void raycast_lidar_7512932b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_raycast_lidar_7512932b *_wp_args)
{
    raycast_lidar_7512932b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_world_joint_limit_efforts_ab347470 {
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
    wp::array_t<wp::float32> joint_act;
    wp::array_t<wp::int32> joints_at_limit;
};


template <bool wp_linear_contiguous>
static void world_joint_limit_efforts_ab347470_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args)
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
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::int32> var_joints_at_limit = _wp_args->joints_at_limit;
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
    wp::int32* var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32* var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    bool var_40;
    bool var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::float32 var_45;
    //---------
    // forward
    // def world_joint_limit_efforts(                                                         <L 79>
    // world, j = wp.tid()                                                                    <L 94>
    builtin_tid2d(var_0, var_1);
    // if j >= world_joint_count[world]:                                                      <L 95>
    var_2 = wp::address(var_world_joint_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 96>
        return;
    }
    // joint = world_joint_start[world] + j                                                   <L 97>
    var_5 = wp::address(var_world_joint_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // jtype = joint_type[joint]                                                              <L 98>
    var_8 = wp::address(var_joint_type, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 99>
    var_13 = (var_9 != var_12);
    var_11 = var_13;
    if (var_11) {
        var_15 = (var_9 != var_14);
        var_11 = var_11 && var_15;
    }
    if (var_11) {
        // return                                                                             <L 100>
        return;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 101>
    var_16 = wp::address(var_joint_limit_ke, var_6);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // limit_kd = joint_limit_kd[joint]                                                       <L 102>
    var_19 = wp::address(var_joint_limit_kd, var_6);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // dof = joint_qd_start[joint]                                                            <L 103>
    var_22 = wp::address(var_joint_qd_start, var_6);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // q = joint_q[joint_q_start[joint]]                                                      <L 104>
    var_25 = wp::address(var_joint_q_start, var_6);
    var_26 = wp::load(var_25);
    var_27 = wp::address(var_joint_q, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // qd = joint_velocities[dof]                                                             <L 105>
    var_30 = wp::address(var_joint_velocities, var_23);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // lower = joint_limit_lower[dof]                                                         <L 106>
    var_33 = wp::address(var_joint_limit_lower, var_23);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // upper = joint_limit_upper[dof]                                                         <L 107>
    var_36 = wp::address(var_joint_limit_upper, var_23);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // tau = limit_effort(q, qd, lower, upper, limit_ke, limit_kd)                            <L 108>
    var_39 = limit_effort_0(var_28, var_31, var_34, var_37, var_17, var_20);
    // if q < lower or q > upper:                                                             <L 109>
    var_41 = (var_28 < var_34);
    var_40 = var_41;
    if (!var_40) {
        var_42 = (var_28 > var_37);
        var_40 = var_40 || var_42;
    }
    if (var_40) {
        // wp.atomic_add(joints_at_limit, world, 1)                                           <L 110>
        var_44 = wp::atomic_add(var_joints_at_limit, var_0, var_43);
    }
    // wp.atomic_add(joint_act, dof, tau)                                                     <L 111>
    var_45 = wp::atomic_add(var_joint_act, var_23, var_39);
}



template <bool wp_linear_contiguous>
static void world_joint_limit_efforts_ab347470_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_adj_args)
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
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::int32> var_joints_at_limit = _wp_args->joints_at_limit;
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
    wp::array_t<wp::float32> adj_joint_act = _wp_adj_args->joint_act;
    wp::array_t<wp::int32> adj_joints_at_limit = _wp_adj_args->joints_at_limit;
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
    wp::int32* var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32* var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32* var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    bool var_40;
    bool var_41;
    bool var_42;
    const wp::int32 var_43 = 1;
    wp::int32 var_44;
    wp::float32 var_45;
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
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
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
    bool adj_40 = {};
    bool adj_41 = {};
    bool adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    //---------
    // forward
    // def world_joint_limit_efforts(                                                         <L 79>
    // world, j = wp.tid()                                                                    <L 94>
    builtin_tid2d(var_0, var_1);
    // if j >= world_joint_count[world]:                                                      <L 95>
    var_2 = wp::address(var_world_joint_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 96>
        goto label0;
    }
    // joint = world_joint_start[world] + j                                                   <L 97>
    var_5 = wp::address(var_world_joint_start, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // jtype = joint_type[joint]                                                              <L 98>
    var_8 = wp::address(var_joint_type, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 99>
    var_13 = (var_9 != var_12);
    var_11 = var_13;
    if (var_11) {
        var_15 = (var_9 != var_14);
        var_11 = var_11 && var_15;
    }
    if (var_11) {
        // return                                                                             <L 100>
        goto label1;
    }
    // limit_ke = joint_limit_ke[joint]                                                       <L 101>
    var_16 = wp::address(var_joint_limit_ke, var_6);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // limit_kd = joint_limit_kd[joint]                                                       <L 102>
    var_19 = wp::address(var_joint_limit_kd, var_6);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // dof = joint_qd_start[joint]                                                            <L 103>
    var_22 = wp::address(var_joint_qd_start, var_6);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // q = joint_q[joint_q_start[joint]]                                                      <L 104>
    var_25 = wp::address(var_joint_q_start, var_6);
    var_26 = wp::load(var_25);
    var_27 = wp::address(var_joint_q, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // qd = joint_velocities[dof]                                                             <L 105>
    var_30 = wp::address(var_joint_velocities, var_23);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // lower = joint_limit_lower[dof]                                                         <L 106>
    var_33 = wp::address(var_joint_limit_lower, var_23);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // upper = joint_limit_upper[dof]                                                         <L 107>
    var_36 = wp::address(var_joint_limit_upper, var_23);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // tau = limit_effort(q, qd, lower, upper, limit_ke, limit_kd)                            <L 108>
    var_39 = limit_effort_0(var_28, var_31, var_34, var_37, var_17, var_20);
    // if q < lower or q > upper:                                                             <L 109>
    var_41 = (var_28 < var_34);
    var_40 = var_41;
    if (!var_40) {
        var_42 = (var_28 > var_37);
        var_40 = var_40 || var_42;
    }
    if (var_40) {
        // wp.atomic_add(joints_at_limit, world, 1)                                           <L 110>
        // var_44 = wp::atomic_add(var_joints_at_limit, var_0, var_43);
    }
    // wp.atomic_add(joint_act, dof, tau)                                                     <L 111>
    // var_45 = wp::atomic_add(var_joint_act, var_23, var_39);
    //---------
    // reverse
    wp::adj_atomic_add(var_joint_act, var_23, var_39, adj_joint_act, adj_23, adj_39, adj_45);
    // adj: wp.atomic_add(joint_act, dof, tau)                                                <L 111>
    if (var_40) {
        wp::adj_atomic_add(var_joints_at_limit, var_0, var_43, adj_joints_at_limit, adj_0, adj_43, adj_44);
        // adj: wp.atomic_add(joints_at_limit, world, 1)                                      <L 110>
    }
    if (!var_40) {
    }
    // adj: if q < lower or q > upper:                                                        <L 109>
    adj_limit_effort_0(var_28, var_31, var_34, var_37, var_17, var_20, adj_28, adj_31, adj_34, adj_37, adj_17, adj_20, adj_39);
    // adj: tau = limit_effort(q, qd, lower, upper, limit_ke, limit_kd)                       <L 108>
    wp::adj_copy(var_38, adj_36, adj_37);
    wp::adj_address(var_joint_limit_upper, var_23, adj_joint_limit_upper, adj_23, adj_36);
    // adj: upper = joint_limit_upper[dof]                                                    <L 107>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_joint_limit_lower, var_23, adj_joint_limit_lower, adj_23, adj_33);
    // adj: lower = joint_limit_lower[dof]                                                    <L 106>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_joint_velocities, var_23, adj_joint_velocities, adj_23, adj_30);
    // adj: qd = joint_velocities[dof]                                                        <L 105>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_joint_q, var_26, adj_joint_q, adj_26, adj_27);
    wp::adj_address(var_joint_q_start, var_6, adj_joint_q_start, adj_6, adj_25);
    // adj: q = joint_q[joint_q_start[joint]]                                                 <L 104>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_joint_qd_start, var_6, adj_joint_qd_start, adj_6, adj_22);
    // adj: dof = joint_qd_start[joint]                                                       <L 103>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_limit_kd, var_6, adj_joint_limit_kd, adj_6, adj_19);
    // adj: limit_kd = joint_limit_kd[joint]                                                  <L 102>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_joint_limit_ke, var_6, adj_joint_limit_ke, adj_6, adj_16);
    // adj: limit_ke = joint_limit_ke[joint]                                                  <L 101>
    if (var_11) {
        label1:;
        // adj: return                                                                        <L 100>
    }
    if (var_11) {
    }
    // adj: if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                  <L 99>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_joint_type, var_6, adj_joint_type, adj_6, adj_8);
    // adj: jtype = joint_type[joint]                                                         <L 98>
    wp::adj_add(var_7, var_1, adj_5, adj_1, adj_6);
    wp::adj_address(var_world_joint_start, var_0, adj_world_joint_start, adj_0, adj_5);
    // adj: joint = world_joint_start[world] + j                                              <L 97>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 96>
    }
    wp::adj_address(var_world_joint_count, var_0, adj_world_joint_count, adj_0, adj_2);
    // adj: if j >= world_joint_count[world]:                                                 <L 95>
    // adj: world, j = wp.tid()                                                               <L 94>
    // adj: def world_joint_limit_efforts(                                                    <L 79>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void world_joint_limit_efforts_ab347470_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        world_joint_limit_efforts_ab347470_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void world_joint_limit_efforts_ab347470_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    world_joint_limit_efforts_ab347470_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void world_joint_limit_efforts_ab347470_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args)
{
    world_joint_limit_efforts_ab347470_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void world_joint_limit_efforts_ab347470_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        world_joint_limit_efforts_ab347470_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void world_joint_limit_efforts_ab347470_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    world_joint_limit_efforts_ab347470_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void world_joint_limit_efforts_ab347470_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_args,
    wp_args_world_joint_limit_efforts_ab347470 *_wp_adj_args)
{
    world_joint_limit_efforts_ab347470_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

