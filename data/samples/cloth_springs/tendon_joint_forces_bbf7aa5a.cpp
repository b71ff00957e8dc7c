// Warp 1.19.0 cpu code for tendon_joint_forces_bbf7aa5a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// tendon_joint_forces.py:61
static wp::float32 drive_force_0(
    wp::int32 var_mode,
    wp::float32 var_q,
    wp::float32 var_qd,
    wp::float32 var_act,
    wp::float32 var_target,
    wp::float32 var_ke,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    //---------
    // forward
    // def drive_force(mode: wp.int32, q: float, qd: float, act: float, target: float, ke: float, kd: float) -> float:       <L 62>
    // if mode == JointMode.NONE:                                                             <L 63>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return act                                                                         <L 64>
        return var_act;
    }
    // if mode == JointMode.TARGET_POSITION:                                                  <L 65>
    var_3 = (var_mode == var_2);
    if (var_3) {
        // return ke * (target - q) - kd * qd                                                 <L 66>
        var_4 = wp::sub(var_target, var_q);
        var_5 = wp::mul(var_ke, var_4);
        var_6 = wp::mul(var_kd, var_qd);
        var_7 = wp::sub(var_5, var_6);
        return var_7;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 67>
    var_9 = (var_mode == var_8);
    if (var_9) {
        // return ke * (target - qd)                                                          <L 69>
        var_10 = wp::sub(var_target, var_qd);
        var_11 = wp::mul(var_ke, var_10);
        return var_11;
    }
    // return 0.0                                                                             <L 70>
    return var_12;
}


// tendon_joint_forces.py:73
static wp::float32 limit_force_0(
    wp::float32 var_q,
    wp::float32 var_lower,
    wp::float32 var_upper,
    wp::float32 var_limit_ke)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:       <L 74>
    // return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))                    <L 76>
    var_0 = wp::sub(var_lower, var_q);
    var_2 = wp::max(var_0, var_1);
    var_3 = wp::sub(var_upper, var_q);
    var_5 = wp::min(var_3, var_4);
    var_6 = wp::sub(var_2, var_5);
    var_7 = wp::mul(var_limit_ke, var_6);
    return var_7;
}


// tendon_joint_forces.py:61
static void adj_drive_force_0(
    wp::int32 var_mode,
    wp::float32 var_q,
    wp::float32 var_qd,
    wp::float32 var_act,
    wp::float32 var_target,
    wp::float32 var_ke,
    wp::float32 var_kd,
    wp::int32 & adj_mode,
    wp::float32 & adj_q,
    wp::float32 & adj_qd,
    wp::float32 & adj_act,
    wp::float32 & adj_target,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 2;
    bool var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    //---------
    // forward
    // def drive_force(mode: wp.int32, q: float, qd: float, act: float, target: float, ke: float, kd: float) -> float:       <L 62>
    // if mode == JointMode.NONE:                                                             <L 63>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return act                                                                         <L 64>
        goto label0;
    }
    // if mode == JointMode.TARGET_POSITION:                                                  <L 65>
    var_3 = (var_mode == var_2);
    if (var_3) {
        // return ke * (target - q) - kd * qd                                                 <L 66>
        var_4 = wp::sub(var_target, var_q);
        var_5 = wp::mul(var_ke, var_4);
        var_6 = wp::mul(var_kd, var_qd);
        var_7 = wp::sub(var_5, var_6);
        goto label1;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 67>
    var_9 = (var_mode == var_8);
    if (var_9) {
        // return ke * (target - qd)                                                          <L 69>
        var_10 = wp::sub(var_target, var_qd);
        var_11 = wp::mul(var_ke, var_10);
        goto label2;
    }
    // return 0.0                                                                             <L 70>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_12 += adj_ret;
    // adj: return 0.0                                                                        <L 70>
    if (var_9) {
        label2:;
        adj_11 += adj_ret;
        wp::adj_mul(var_ke, var_10, adj_ke, adj_10, adj_11);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_10);
        // adj: return ke * (target - qd)                                                     <L 69>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 67>
    if (var_3) {
        label1:;
        adj_7 += adj_ret;
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_6);
        wp::adj_mul(var_ke, var_4, adj_ke, adj_4, adj_5);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_4);
        // adj: return ke * (target - q) - kd * qd                                            <L 66>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 65>
    if (var_1) {
        label0:;
        adj_act += adj_ret;
        // adj: return act                                                                    <L 64>
    }
    // adj: if mode == JointMode.NONE:                                                        <L 63>
    // adj: def drive_force(mode: wp.int32, q: float, qd: float, act: float, target: float, ke: float, kd: float) -> float:  <L 62>
    return;
}


// tendon_joint_forces.py:73
static void adj_limit_force_0(
    wp::float32 var_q,
    wp::float32 var_lower,
    wp::float32 var_upper,
    wp::float32 var_limit_ke,
    wp::float32 & adj_q,
    wp::float32 & adj_lower,
    wp::float32 & adj_upper,
    wp::float32 & adj_limit_ke,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:       <L 74>
    // return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))                    <L 76>
    var_0 = wp::sub(var_lower, var_q);
    var_2 = wp::max(var_0, var_1);
    var_3 = wp::sub(var_upper, var_q);
    var_5 = wp::min(var_3, var_4);
    var_6 = wp::sub(var_2, var_5);
    var_7 = wp::mul(var_limit_ke, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_limit_ke, var_6, adj_limit_ke, adj_6, adj_7);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_min(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_3);
    wp::adj_max(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_0);
    // adj: return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))               <L 76>
    // adj: def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:  <L 74>
    return;
}

struct wp_args_joint_drive_limit_forces_84d3a1f0 {
    wp::array_t<wp::int32> joint_type;
    wp::array_t<wp::int32> joint_q_start;
    wp::array_t<wp::int32> joint_qd_start;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::int32> joint_dof_mode;
    wp::array_t<wp::float32> joint_act;
    wp::array_t<wp::float32> joint_q_init;
    wp::array_t<wp::float32> joint_action;
    wp::array_t<wp::int32> joint_dof_dim;
    wp::array_t<wp::float32> joint_velocity_limit;
    wp::array_t<wp::float32> joint_target_ke;
    wp::array_t<wp::float32> joint_kd;
    wp::array_t<wp::float32> joint_limit_lower;
    wp::array_t<wp::float32> joint_limit_upper;
    wp::array_t<wp::float32> joint_limit_ke;
    wp::array_t<wp::float32> joint_effort_limit;
    wp::array_t<wp::int32> joint_parent;
    wp::array_t<wp::int32> joint_child;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::transform_t<wp::float32>> joint_X_p;
    wp::array_t<wp::vec_t<3, wp::float32>> joint_axis;
    wp::int32 joint_count;
    wp::float32 action_scale;
    wp::float32 joint_damping;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
    wp::array_t<wp::float32> joint_drive_power;
};


template <bool wp_linear_contiguous>
static void joint_drive_limit_forces_84d3a1f0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_joint_drive_limit_forces_84d3a1f0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.joint_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_dof_mode.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_act.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_q_init.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_action.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_dof_dim.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_velocity_limit.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_target_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_kd.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_limit_lower.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_limit_upper.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_limit_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_effort_limit.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.joint_X_p.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.joint_drive_power.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_joint_type = _wp_args->joint_type;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::float32> var_joint_q_init = _wp_args->joint_q_init;
    wp::array_t<wp::float32> var_joint_action = _wp_args->joint_action;
    wp::array_t<wp::int32> var_joint_dof_dim = _wp_args->joint_dof_dim;
    wp::array_t<wp::float32> var_joint_velocity_limit = _wp_args->joint_velocity_limit;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::array_t<wp::float32> var_joint_limit_ke = _wp_args->joint_limit_ke;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::int32> var_joint_parent = _wp_args->joint_parent;
    wp::array_t<wp::int32> var_joint_child = _wp_args->joint_child;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_p = _wp_args->joint_X_p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis = _wp_args->joint_axis;
    wp::int32 var_joint_count = _wp_args->joint_count;
    wp::float32 var_action_scale = _wp_args->action_scale;
    wp::float32 var_joint_damping = _wp_args->joint_damping;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::float32> var_joint_drive_power = _wp_args->joint_drive_power;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    bool var_5;
    const wp::int32 var_6 = 3;
    bool var_7;
    const wp::int32 var_8 = 4;
    bool var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32* var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::transform_t<wp::float32>* var_25;
    wp::transform_t<wp::float32> var_26;
    wp::transform_t<wp::float32> var_27;
    const wp::int32 var_28 = 0;
    bool var_29;
    wp::transform_t<wp::float32>* var_30;
    wp::transform_t<wp::float32> var_31;
    wp::transform_t<wp::float32> var_32;
    wp::transform_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    const wp::float32 var_35 = 0.0;
    wp::vec_t<3, wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<3, wp::float32> var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32 var_40;
    wp::range_t var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 2;
    bool var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::int32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32* var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::int32* var_63;
    wp::float32* var_64;
    wp::float32* var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::int32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32* var_72;
    wp::float32* var_73;
    wp::float32* var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    bool var_83;
    wp::float32 var_84;
    wp::float32* var_85;
    bool var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::float32 var_89 = 0.0;
    bool var_90;
    const wp::float32 var_91 = 0.0;
    wp::float32 var_92;
    wp::float32* var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32>* var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    const wp::int32 var_101 = 0;
    bool var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::vec_t<6, wp::float32> var_111;
    wp::vec_t<6, wp::float32> var_112;
    const wp::int32 var_113 = 0;
    bool var_114;
    wp::vec_t<6, wp::float32> var_115;
    wp::vec_t<6, wp::float32> var_116;
    //---------
    // forward
    // def joint_drive_limit_forces(                                                          <L 80>
    // tid = wp.tid()                                                                         <L 110>
    var_0 = builtin_tid1d();
    // if tid >= joint_count:                                                                 <L 111>
    var_1 = (var_0 >= var_joint_count);
    if (var_1) {
        // return                                                                             <L 112>
        return;
    }
    // type = joint_type[tid]                                                                 <L 113>
    var_2 = wp::address(var_joint_type, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if type == JointType.FIXED or type == JointType.FREE:                                  <L 115>
    var_7 = (var_3 == var_6);
    var_5 = var_7;
    if (!var_5) {
        var_9 = (var_3 == var_8);
        var_5 = var_5 || var_9;
    }
    if (var_5) {
        // return                                                                             <L 116>
        return;
    }
    // qd_start = joint_qd_start[tid]                                                         <L 117>
    var_10 = wp::address(var_joint_qd_start, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // q_start = joint_q_start[tid]                                                           <L 118>
    var_13 = wp::address(var_joint_q_start, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // dof_count = joint_dof_dim[tid]                                                         <L 119>
    var_16 = wp::address(var_joint_dof_dim, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // parent = joint_parent[tid]                                                             <L 120>
    var_19 = wp::address(var_joint_parent, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // child = joint_child[tid]                                                               <L 121>
    var_22 = wp::address(var_joint_child, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // X_wp = joint_X_p[tid]                                                                  <L 123>
    var_25 = wp::address(var_joint_X_p, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // if parent >= 0:                                                                        <L 124>
    var_29 = (var_20 >= var_28);
    if (var_29) {
        // X_wp = wp.transform_multiply(poses[parent], X_wp)                                  <L 125>
        var_30 = wp::address(var_poses, var_20);
        var_32 = wp::load(var_30);
        var_31 = wp::transform_multiply(var_32, var_26);
    }
    var_33 = wp::where(var_29, var_31, var_26);
    // frame_rot = wp.transform_get_rotation(X_wp)                                            <L 126>
    var_34 = wp::transform_get_rotation(var_33);
    // torque = wp.vec3(0.0)                                                                  <L 127>
    var_36 = wp::vec_t<3, wp::float32>(var_35);
    // force = wp.vec3(0.0)                                                                   <L 128>
    var_38 = wp::vec_t<3, wp::float32>(var_37);
    // power = float(0.0)                                                                     <L 129>
    var_40 = wp::float(var_39);
    // for k in range(dof_count):                                                             <L 130>
    var_41 = wp::range(var_17);
    start_for_2:;
        if (iter_cmp(var_41) == 0) goto end_for_2;
        var_42 = wp::iter_next(var_41);
        // dof = qd_start + k                                                                 <L 131>
        var_43 = wp::add(var_11, var_42);
        // qd_j = joint_velocities[dof]                                                       <L 132>
        var_44 = wp::address(var_joint_velocities, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // if type == JointType.BALL:                                                         <L 133>
        var_48 = (var_3 == var_47);
        if (var_48) {
            // tau = -joint_kd[dof] * qd_j                                                    <L 135>
            var_49 = wp::address(var_joint_kd, var_43);
            var_51 = wp::load(var_49);
            var_50 = wp::neg(var_51);
            var_52 = wp::mul(var_50, var_45);
        }
        if (!var_48) {
            // q_j = joint_q[q_start + k]                                                     <L 137>
            var_53 = wp::add(var_14, var_42);
            var_54 = wp::address(var_joint_q, var_53);
            var_56 = wp::load(var_54);
            var_55 = wp::copy(var_56);
            // q_target = joint_q_init[dof] + action_scale * joint_action[dof]                <L 139>
            var_57 = wp::address(var_joint_q_init, var_43);
            var_58 = wp::address(var_joint_action, var_43);
            var_60 = wp::load(var_58);
            var_59 = wp::mul(var_action_scale, var_60);
            var_62 = wp::load(var_57);
            var_61 = wp::add(var_62, var_59);
            // tau = drive_force(joint_dof_mode[dof], q_j, qd_j, joint_act[dof], q_target, joint_target_ke[dof], joint_kd[dof])       <L 140>
            var_63 = wp::address(var_joint_dof_mode, var_43);
            var_64 = wp::address(var_joint_act, var_43);
            var_65 = wp::address(var_joint_target_ke, var_43);
            var_66 = wp::address(var_joint_kd, var_43);
            var_68 = wp::load(var_63);
            var_69 = wp::load(var_64);
            var_70 = wp::load(var_65);
            var_71 = wp::load(var_66);
            var_67 = drive_force_0(var_68, var_55, var_45, var_69, var_61, var_70, var_71);
            // tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])       <L 141>
            var_72 = wp::address(var_joint_limit_lower, var_43);
            var_73 = wp::address(var_joint_limit_upper, var_43);
            var_74 = wp::address(var_joint_limit_ke, var_43);
            var_76 = wp::load(var_72);
            var_77 = wp::load(var_73);
            var_78 = wp::load(var_74);
            var_75 = limit_force_0(var_55, var_76, var_77, var_78);
            var_79 = wp::add(var_67, var_75);
        }
        var_80 = wp::where(var_48, var_52, var_79);
        // tau -= joint_damping * qd_j                                                        <L 142>
        var_81 = wp::mul(var_joint_damping, var_45);
        var_82 = wp::sub(var_80, var_81);
        // if wp.abs(qd_j) > joint_velocity_limit[dof] and tau * qd_j > 0.0:                  <L 144>
        var_84 = wp::abs(var_45);
        var_85 = wp::address(var_joint_velocity_limit, var_43);
        var_87 = wp::load(var_85);
        var_86 = (var_84 > var_87);
        var_83 = var_86;
        if (var_83) {
            var_88 = wp::mul(var_82, var_45);
            var_90 = (var_88 > var_89);
            var_83 = var_83 && var_90;
        }
        if (var_83) {
            // tau = 0.0                                                                      <L 145>
        }
        var_92 = wp::where(var_83, var_91, var_82);
        // limit = joint_effort_limit[dof]                                                    <L 146>
        var_93 = wp::address(var_joint_effort_limit, var_43);
        var_95 = wp::load(var_93);
        var_94 = wp::copy(var_95);
        // tau = wp.clamp(tau, -limit, limit)                                                 <L 147>
        var_96 = wp::neg(var_94);
        var_97 = wp::clamp(var_92, var_96, var_94);
        // axis_w = wp.quat_rotate(frame_rot, joint_axis[dof])                                <L 148>
        var_98 = wp::address(var_joint_axis, var_43);
        var_100 = wp::load(var_98);
        var_99 = wp::quat_rotate(var_34, var_100);
        // if type == JointType.PRISMATIC:                                                    <L 149>
        var_102 = (var_3 == var_101);
        if (var_102) {
            // force += axis_w * tau                                                          <L 150>
            var_103 = wp::mul(var_99, var_97);
            var_104 = wp::add(var_38, var_103);
        }
        if (!var_102) {
            // torque += axis_w * tau                                                         <L 152>
            var_105 = wp::mul(var_99, var_97);
            var_106 = wp::add(var_36, var_105);
        }
        var_107 = wp::where(var_102, var_36, var_106);
        var_108 = wp::where(var_102, var_104, var_38);
        // power += tau * qd_j                                                                <L 153>
        var_109 = wp::mul(var_97, var_45);
        var_110 = wp::add(var_40, var_109);
        wp::assign(var_36, var_107);
        wp::assign(var_38, var_108);
        wp::assign(var_40, var_110);
        goto start_for_2;
    end_for_2:;
    // joint_drive_power[tid] = power                                                         <L 155>
    wp::array_store(var_joint_drive_power, var_0, var_40);
    // wp.atomic_add(body_f_out, child, wp.spatial_vector(torque, force))                     <L 156>
    var_111 = wp::vec_t<6, wp::float32>(var_36, var_38);
    var_112 = wp::atomic_add(var_body_f_out, var_23, var_111);
    // if parent >= 0:                                                                        <L 157>
    var_114 = (var_20 >= var_113);
    if (var_114) {
        // wp.atomic_sub(body_f_out, parent, wp.spatial_vector(torque, force))                <L 158>
        var_115 = wp::vec_t<6, wp::float32>(var_36, var_38);
        var_116 = wp::atomic_sub(var_body_f_out, var_20, var_115);
    }
}



template <bool wp_linear_contiguous>
static void joint_drive_limit_forces_84d3a1f0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_joint_drive_limit_forces_84d3a1f0 wp_contiguous_args;
    wp_args_joint_drive_limit_forces_84d3a1f0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.joint_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_dof_mode.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_dof_mode.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_act.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_act.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_q_init.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_q_init.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_action.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_action.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_dof_dim.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_dof_dim.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_velocity_limit.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_velocity_limit.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_target_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_target_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_kd.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_kd.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_limit_lower.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_limit_lower.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_limit_upper.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_limit_upper.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_limit_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_limit_ke.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_effort_limit.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_effort_limit.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.joint_X_p.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.joint_X_p.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.joint_drive_power.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_drive_power.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_joint_type = _wp_args->joint_type;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::int32> var_joint_dof_mode = _wp_args->joint_dof_mode;
    wp::array_t<wp::float32> var_joint_act = _wp_args->joint_act;
    wp::array_t<wp::float32> var_joint_q_init = _wp_args->joint_q_init;
    wp::array_t<wp::float32> var_joint_action = _wp_args->joint_action;
    wp::array_t<wp::int32> var_joint_dof_dim = _wp_args->joint_dof_dim;
    wp::array_t<wp::float32> var_joint_velocity_limit = _wp_args->joint_velocity_limit;
    wp::array_t<wp::float32> var_joint_target_ke = _wp_args->joint_target_ke;
    wp::array_t<wp::float32> var_joint_kd = _wp_args->joint_kd;
    wp::array_t<wp::float32> var_joint_limit_lower = _wp_args->joint_limit_lower;
    wp::array_t<wp::float32> var_joint_limit_upper = _wp_args->joint_limit_upper;
    wp::array_t<wp::float32> var_joint_limit_ke = _wp_args->joint_limit_ke;
    wp::array_t<wp::float32> var_joint_effort_limit = _wp_args->joint_effort_limit;
    wp::array_t<wp::int32> var_joint_parent = _wp_args->joint_parent;
    wp::array_t<wp::int32> var_joint_child = _wp_args->joint_child;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_p = _wp_args->joint_X_p;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis = _wp_args->joint_axis;
    wp::int32 var_joint_count = _wp_args->joint_count;
    wp::float32 var_action_scale = _wp_args->action_scale;
    wp::float32 var_joint_damping = _wp_args->joint_damping;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::float32> var_joint_drive_power = _wp_args->joint_drive_power;
    wp::array_t<wp::int32> adj_joint_type = _wp_adj_args->joint_type;
    wp::array_t<wp::int32> adj_joint_q_start = _wp_adj_args->joint_q_start;
    wp::array_t<wp::int32> adj_joint_qd_start = _wp_adj_args->joint_qd_start;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::int32> adj_joint_dof_mode = _wp_adj_args->joint_dof_mode;
    wp::array_t<wp::float32> adj_joint_act = _wp_adj_args->joint_act;
    wp::array_t<wp::float32> adj_joint_q_init = _wp_adj_args->joint_q_init;
    wp::array_t<wp::float32> adj_joint_action = _wp_adj_args->joint_action;
    wp::array_t<wp::int32> adj_joint_dof_dim = _wp_adj_args->joint_dof_dim;
    wp::array_t<wp::float32> adj_joint_velocity_limit = _wp_adj_args->joint_velocity_limit;
    wp::array_t<wp::float32> adj_joint_target_ke = _wp_adj_args->joint_target_ke;
    wp::array_t<wp::float32> adj_joint_kd = _wp_adj_args->joint_kd;
    wp::array_t<wp::float32> adj_joint_limit_lower = _wp_adj_args->joint_limit_lower;
    wp::array_t<wp::float32> adj_joint_limit_upper = _wp_adj_args->joint_limit_upper;
    wp::array_t<wp::float32> adj_joint_limit_ke = _wp_adj_args->joint_limit_ke;
    wp::array_t<wp::float32> adj_joint_effort_limit = _wp_adj_args->joint_effort_limit;
    wp::array_t<wp::int32> adj_joint_parent = _wp_adj_args->joint_parent;
    wp::array_t<wp::int32> adj_joint_child = _wp_adj_args->joint_child;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> adj_joint_X_p = _wp_adj_args->joint_X_p;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_axis = _wp_adj_args->joint_axis;
    wp::int32 adj_joint_count = _wp_adj_args->joint_count;
    wp::float32 adj_action_scale = _wp_adj_args->action_scale;
    wp::float32 adj_joint_damping = _wp_adj_args->joint_damping;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    wp::array_t<wp::float32> adj_joint_drive_power = _wp_adj_args->joint_drive_power;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    bool var_5;
    const wp::int32 var_6 = 3;
    bool var_7;
    const wp::int32 var_8 = 4;
    bool var_9;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::int32* var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::transform_t<wp::float32>* var_25;
    wp::transform_t<wp::float32> var_26;
    wp::transform_t<wp::float32> var_27;
    const wp::int32 var_28 = 0;
    bool var_29;
    wp::transform_t<wp::float32>* var_30;
    wp::transform_t<wp::float32> var_31;
    wp::transform_t<wp::float32> var_32;
    wp::transform_t<wp::float32> var_33;
    wp::quat_t<wp::float32> var_34;
    const wp::float32 var_35 = 0.0;
    wp::vec_t<3, wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<3, wp::float32> var_38;
    const wp::float32 var_39 = 0.0;
    wp::float32 var_40;
    wp::range_t var_41;
    wp::int32 var_42;
    wp::int32 var_43;
    wp::float32* var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    const wp::int32 var_47 = 2;
    bool var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::int32 var_53;
    wp::float32* var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32* var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::int32* var_63;
    wp::float32* var_64;
    wp::float32* var_65;
    wp::float32* var_66;
    wp::float32 var_67;
    wp::int32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32* var_72;
    wp::float32* var_73;
    wp::float32* var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    bool var_83;
    wp::float32 var_84;
    wp::float32* var_85;
    bool var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    const wp::float32 var_89 = 0.0;
    bool var_90;
    const wp::float32 var_91 = 0.0;
    wp::float32 var_92;
    wp::float32* var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32>* var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::vec_t<3, wp::float32> var_100;
    const wp::int32 var_101 = 0;
    bool var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::vec_t<3, wp::float32> var_104;
    wp::vec_t<3, wp::float32> var_105;
    wp::vec_t<3, wp::float32> var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::vec_t<3, wp::float32> var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::vec_t<6, wp::float32> var_111;
    wp::vec_t<6, wp::float32> var_112;
    const wp::int32 var_113 = 0;
    bool var_114;
    wp::vec_t<6, wp::float32> var_115;
    wp::vec_t<6, wp::float32> var_116;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
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
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::transform_t<wp::float32> adj_25 = {};
    wp::transform_t<wp::float32> adj_26 = {};
    wp::transform_t<wp::float32> adj_27 = {};
    wp::int32 adj_28 = {};
    bool adj_29 = {};
    wp::transform_t<wp::float32> adj_30 = {};
    wp::transform_t<wp::float32> adj_31 = {};
    wp::transform_t<wp::float32> adj_32 = {};
    wp::transform_t<wp::float32> adj_33 = {};
    wp::quat_t<wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::range_t adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    bool adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    bool adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    bool adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::int32 adj_101 = {};
    bool adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::vec_t<3, wp::float32> adj_104 = {};
    wp::vec_t<3, wp::float32> adj_105 = {};
    wp::vec_t<3, wp::float32> adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::vec_t<3, wp::float32> adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::vec_t<6, wp::float32> adj_111 = {};
    wp::vec_t<6, wp::float32> adj_112 = {};
    wp::int32 adj_113 = {};
    bool adj_114 = {};
    wp::vec_t<6, wp::float32> adj_115 = {};
    wp::vec_t<6, wp::float32> adj_116 = {};
    //---------
    // forward
    // def joint_drive_limit_forces(                                                          <L 80>
    // tid = wp.tid()                                                                         <L 110>
    var_0 = builtin_tid1d();
    // if tid >= joint_count:                                                                 <L 111>
    var_1 = (var_0 >= var_joint_count);
    if (var_1) {
        // return                                                                             <L 112>
        goto label0;
    }
    // type = joint_type[tid]                                                                 <L 113>
    var_2 = wp::address(var_joint_type, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if type == JointType.FIXED or type == JointType.FREE:                                  <L 115>
    var_7 = (var_3 == var_6);
    var_5 = var_7;
    if (!var_5) {
        var_9 = (var_3 == var_8);
        var_5 = var_5 || var_9;
    }
    if (var_5) {
        // return                                                                             <L 116>
        goto label1;
    }
    // qd_start = joint_qd_start[tid]                                                         <L 117>
    var_10 = wp::address(var_joint_qd_start, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // q_start = joint_q_start[tid]                                                           <L 118>
    var_13 = wp::address(var_joint_q_start, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // dof_count = joint_dof_dim[tid]                                                         <L 119>
    var_16 = wp::address(var_joint_dof_dim, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // parent = joint_parent[tid]                                                             <L 120>
    var_19 = wp::address(var_joint_parent, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // child = joint_child[tid]                                                               <L 121>
    var_22 = wp::address(var_joint_child, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // X_wp = joint_X_p[tid]                                                                  <L 123>
    var_25 = wp::address(var_joint_X_p, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // if parent >= 0:                                                                        <L 124>
    var_29 = (var_20 >= var_28);
    if (var_29) {
        // X_wp = wp.transform_multiply(poses[parent], X_wp)                                  <L 125>
        var_30 = wp::address(var_poses, var_20);
        var_32 = wp::load(var_30);
        var_31 = wp::transform_multiply(var_32, var_26);
    }
    var_33 = wp::where(var_29, var_31, var_26);
    // frame_rot = wp.transform_get_rotation(X_wp)                                            <L 126>
    var_34 = wp::transform_get_rotation(var_33);
    // torque = wp.vec3(0.0)                                                                  <L 127>
    var_36 = wp::vec_t<3, wp::float32>(var_35);
    // force = wp.vec3(0.0)                                                                   <L 128>
    var_38 = wp::vec_t<3, wp::float32>(var_37);
    // power = float(0.0)                                                                     <L 129>
    var_40 = wp::float(var_39);
    // for k in range(dof_count):                                                             <L 130>
    var_41 = wp::range(var_17);
    // joint_drive_power[tid] = power                                                         <L 155>
    // wp::array_store(var_joint_drive_power, var_0, var_40);
    // wp.atomic_add(body_f_out, child, wp.spatial_vector(torque, force))                     <L 156>
    var_111 = wp::vec_t<6, wp::float32>(var_36, var_38);
    // var_112 = wp::atomic_add(var_body_f_out, var_23, var_111);
    // if parent >= 0:                                                                        <L 157>
    var_114 = (var_20 >= var_113);
    if (var_114) {
        // wp.atomic_sub(body_f_out, parent, wp.spatial_vector(torque, force))                <L 158>
        var_115 = wp::vec_t<6, wp::float32>(var_36, var_38);
        // var_116 = wp::atomic_sub(var_body_f_out, var_20, var_115);
    }
    //---------
    // reverse
    if (var_114) {
        wp::adj_atomic_sub(var_body_f_out, var_20, var_115, adj_body_f_out, adj_20, adj_115, adj_116);
        wp::adj_vec_t(var_36, var_38, adj_36, adj_38, adj_115);
        // adj: wp.atomic_sub(body_f_out, parent, wp.spatial_vector(torque, force))           <L 158>
    }
    // adj: if parent >= 0:                                                                   <L 157>
    wp::adj_atomic_add(var_body_f_out, var_23, var_111, adj_body_f_out, adj_23, adj_111, adj_112);
    wp::adj_vec_t(var_36, var_38, adj_36, adj_38, adj_111);
    // adj: wp.atomic_add(body_f_out, child, wp.spatial_vector(torque, force))                <L 156>
    wp::adj_array_store(var_joint_drive_power, var_0, var_40, adj_joint_drive_power, adj_0, adj_40);
    // adj: joint_drive_power[tid] = power                                                    <L 155>
    var_41 = wp::iter_reverse(var_41);
    start_for_2:;
        if (iter_cmp(var_41) == 0) goto end_for_2;
        var_42 = wp::iter_next(var_41);
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
    	adj_78 = {};
    	adj_79 = {};
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
    	adj_89 = {};
    	adj_90 = {};
    	adj_91 = {};
    	adj_92 = {};
    	adj_93 = {};
    	adj_94 = {};
    	adj_95 = {};
    	adj_96 = {};
    	adj_97 = {};
    	adj_98 = {};
    	adj_99 = {};
    	adj_100 = {};
    	adj_101 = {};
    	adj_102 = {};
    	adj_103 = {};
    	adj_104 = {};
    	adj_105 = {};
    	adj_106 = {};
    	adj_107 = {};
    	adj_108 = {};
    	adj_109 = {};
    	adj_110 = {};
        // dof = qd_start + k                                                                 <L 131>
        var_43 = wp::add(var_11, var_42);
        // qd_j = joint_velocities[dof]                                                       <L 132>
        var_44 = wp::address(var_joint_velocities, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // if type == JointType.BALL:                                                         <L 133>
        var_48 = (var_3 == var_47);
        if (var_48) {
            // tau = -joint_kd[dof] * qd_j                                                    <L 135>
            var_49 = wp::address(var_joint_kd, var_43);
            var_51 = wp::load(var_49);
            var_50 = wp::neg(var_51);
            var_52 = wp::mul(var_50, var_45);
        }
        if (!var_48) {
            // q_j = joint_q[q_start + k]                                                     <L 137>
            var_53 = wp::add(var_14, var_42);
            var_54 = wp::address(var_joint_q, var_53);
            var_56 = wp::load(var_54);
            var_55 = wp::copy(var_56);
            // q_target = joint_q_init[dof] + action_scale * joint_action[dof]                <L 139>
            var_57 = wp::address(var_joint_q_init, var_43);
            var_58 = wp::address(var_joint_action, var_43);
            var_60 = wp::load(var_58);
            var_59 = wp::mul(var_action_scale, var_60);
            var_62 = wp::load(var_57);
            var_61 = wp::add(var_62, var_59);
            // tau = drive_force(joint_dof_mode[dof], q_j, qd_j, joint_act[dof], q_target, joint_target_ke[dof], joint_kd[dof])       <L 140>
            var_63 = wp::address(var_joint_dof_mode, var_43);
            var_64 = wp::address(var_joint_act, var_43);
            var_65 = wp::address(var_joint_target_ke, var_43);
            var_66 = wp::address(var_joint_kd, var_43);
            var_68 = wp::load(var_63);
            var_69 = wp::load(var_64);
            var_70 = wp::load(var_65);
            var_71 = wp::load(var_66);
            var_67 = drive_force_0(var_68, var_55, var_45, var_69, var_61, var_70, var_71);
            // tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])       <L 141>
            var_72 = wp::address(var_joint_limit_lower, var_43);
            var_73 = wp::address(var_joint_limit_upper, var_43);
            var_74 = wp::address(var_joint_limit_ke, var_43);
            var_76 = wp::load(var_72);
            var_77 = wp::load(var_73);
            var_78 = wp::load(var_74);
            var_75 = limit_force_0(var_55, var_76, var_77, var_78);
            var_79 = wp::add(var_67, var_75);
        }
        var_80 = wp::where(var_48, var_52, var_79);
        // tau -= joint_damping * qd_j                                                        <L 142>
        var_81 = wp::mul(var_joint_damping, var_45);
        var_82 = wp::sub(var_80, var_81);
        // if wp.abs(qd_j) > joint_velocity_limit[dof] and tau * qd_j > 0.0:                  <L 144>
        var_84 = wp::abs(var_45);
        var_85 = wp::address(var_joint_velocity_limit, var_43);
        var_87 = wp::load(var_85);
        var_86 = (var_84 > var_87);
        var_83 = var_86;
        if (var_83) {
            var_88 = wp::mul(var_82, var_45);
            var_90 = (var_88 > var_89);
            var_83 = var_83 && var_90;
        }
        if (var_83) {
            // tau = 0.0                                                                      <L 145>
        }
        var_92 = wp::where(var_83, var_91, var_82);
        // limit = joint_effort_limit[dof]                                                    <L 146>
        var_93 = wp::address(var_joint_effort_limit, var_43);
        var_95 = wp::load(var_93);
        var_94 = wp::copy(var_95);
        // tau = wp.clamp(tau, -limit, limit)                                                 <L 147>
        var_96 = wp::neg(var_94);
        var_97 = wp::clamp(var_92, var_96, var_94);
        // axis_w = wp.quat_rotate(frame_rot, joint_axis[dof])                                <L 148>
        var_98 = wp::address(var_joint_axis, var_43);
        var_100 = wp::load(var_98);
        var_99 = wp::quat_rotate(var_34, var_100);
        // if type == JointType.PRISMATIC:                                                    <L 149>
        var_102 = (var_3 == var_101);
        if (var_102) {
            // force += axis_w * tau                                                          <L 150>
            var_103 = wp::mul(var_99, var_97);
            var_104 = wp::add(var_38, var_103);
        }
        if (!var_102) {
            // torque += axis_w * tau                                                         <L 152>
            var_105 = wp::mul(var_99, var_97);
            var_106 = wp::add(var_36, var_105);
        }
        var_107 = wp::where(var_102, var_36, var_106);
        var_108 = wp::where(var_102, var_104, var_38);
        // power += tau * qd_j                                                                <L 153>
        var_109 = wp::mul(var_97, var_45);
        var_110 = wp::add(var_40, var_109);
        wp::assign(var_36, var_107);
        wp::assign(var_38, var_108);
        wp::assign(var_40, var_110);
        wp::adj_assign(var_40, var_110, adj_40, adj_110);
        wp::adj_assign(var_38, var_108, adj_38, adj_108);
        wp::adj_assign(var_36, var_107, adj_36, adj_107);
        wp::adj_add(var_40, var_109, adj_40, adj_109, adj_110);
        wp::adj_mul(var_97, var_45, adj_97, adj_45, adj_109);
        // adj: power += tau * qd_j                                                           <L 153>
        wp::adj_where(var_102, var_104, var_38, adj_102, adj_104, adj_38, adj_108);
        wp::adj_where(var_102, var_36, var_106, adj_102, adj_36, adj_106, adj_107);
        if (!var_102) {
            wp::adj_add(var_36, var_105, adj_36, adj_105, adj_106);
            wp::adj_mul(var_99, var_97, adj_99, adj_97, adj_105);
            // adj: torque += axis_w * tau                                                    <L 152>
        }
        if (var_102) {
            wp::adj_add(var_38, var_103, adj_38, adj_103, adj_104);
            wp::adj_mul(var_99, var_97, adj_99, adj_97, adj_103);
            // adj: force += axis_w * tau                                                     <L 150>
        }
        // adj: if type == JointType.PRISMATIC:                                               <L 149>
        wp::adj_quat_rotate(var_34, var_100, adj_34, adj_98, adj_99);
        wp::adj_address(var_joint_axis, var_43, adj_joint_axis, adj_43, adj_98);
        // adj: axis_w = wp.quat_rotate(frame_rot, joint_axis[dof])                           <L 148>
        wp::adj_clamp(var_92, var_96, var_94, adj_92, adj_96, adj_94, adj_97);
        wp::adj_neg(var_94, adj_94, adj_96);
        // adj: tau = wp.clamp(tau, -limit, limit)                                            <L 147>
        wp::adj_copy(var_95, adj_93, adj_94);
        wp::adj_address(var_joint_effort_limit, var_43, adj_joint_effort_limit, adj_43, adj_93);
        // adj: limit = joint_effort_limit[dof]                                               <L 146>
        wp::adj_where(var_83, var_91, var_82, adj_83, adj_91, adj_82, adj_92);
        if (var_83) {
            // adj: tau = 0.0                                                                 <L 145>
        }
        if (var_83) {
            wp::adj_mul(var_82, var_45, adj_82, adj_45, adj_88);
        }
        wp::adj_address(var_joint_velocity_limit, var_43, adj_joint_velocity_limit, adj_43, adj_85);
        wp::adj_abs(var_45, adj_45, adj_84);
        // adj: if wp.abs(qd_j) > joint_velocity_limit[dof] and tau * qd_j > 0.0:             <L 144>
        wp::adj_sub(var_80, var_81, adj_80, adj_81, adj_82);
        wp::adj_mul(var_joint_damping, var_45, adj_joint_damping, adj_45, adj_81);
        // adj: tau -= joint_damping * qd_j                                                   <L 142>
        wp::adj_where(var_48, var_52, var_79, adj_48, adj_52, adj_79, adj_80);
        if (!var_48) {
            wp::adj_add(var_67, var_75, adj_67, adj_75, adj_79);
            adj_limit_force_0(var_55, var_76, var_77, var_78, adj_55, adj_72, adj_73, adj_74, adj_75);
            wp::adj_address(var_joint_limit_ke, var_43, adj_joint_limit_ke, adj_43, adj_74);
            wp::adj_address(var_joint_limit_upper, var_43, adj_joint_limit_upper, adj_43, adj_73);
            wp::adj_address(var_joint_limit_lower, var_43, adj_joint_limit_lower, adj_43, adj_72);
            // adj: tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])  <L 141>
            adj_drive_force_0(var_68, var_55, var_45, var_69, var_61, var_70, var_71, adj_63, adj_55, adj_45, adj_64, adj_61, adj_65, adj_66, adj_67);
            wp::adj_address(var_joint_kd, var_43, adj_joint_kd, adj_43, adj_66);
            wp::adj_address(var_joint_target_ke, var_43, adj_joint_target_ke, adj_43, adj_65);
            wp::adj_address(var_joint_act, var_43, adj_joint_act, adj_43, adj_64);
            wp::adj_address(var_joint_dof_mode, var_43, adj_joint_dof_mode, adj_43, adj_63);
            // adj: tau = drive_force(joint_dof_mode[dof], q_j, qd_j, joint_act[dof], q_target, joint_target_ke[dof], joint_kd[dof])  <L 140>
            wp::adj_add(var_62, var_59, adj_57, adj_59, adj_61);
            wp::adj_mul(var_action_scale, var_60, adj_action_scale, adj_58, adj_59);
            wp::adj_address(var_joint_action, var_43, adj_joint_action, adj_43, adj_58);
            wp::adj_address(var_joint_q_init, var_43, adj_joint_q_init, adj_43, adj_57);
            // adj: q_target = joint_q_init[dof] + action_scale * joint_action[dof]           <L 139>
            wp::adj_copy(var_56, adj_54, adj_55);
            wp::adj_address(var_joint_q, var_53, adj_joint_q, adj_53, adj_54);
            wp::adj_add(var_14, var_42, adj_14, adj_42, adj_53);
            // adj: q_j = joint_q[q_start + k]                                                <L 137>
        }
        if (var_48) {
            wp::adj_mul(var_50, var_45, adj_50, adj_45, adj_52);
            wp::adj_neg(var_51, adj_49, adj_50);
            wp::adj_address(var_joint_kd, var_43, adj_joint_kd, adj_43, adj_49);
            // adj: tau = -joint_kd[dof] * qd_j                                               <L 135>
        }
        // adj: if type == JointType.BALL:                                                    <L 133>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_joint_velocities, var_43, adj_joint_velocities, adj_43, adj_44);
        // adj: qd_j = joint_velocities[dof]                                                  <L 132>
        wp::adj_add(var_11, var_42, adj_11, adj_42, adj_43);
        // adj: dof = qd_start + k                                                            <L 131>
    	goto start_for_2;
    end_for_2:;
    // adj: for k in range(dof_count):                                                        <L 130>
    wp::adj_float(var_39, adj_39, adj_40);
    // adj: power = float(0.0)                                                                <L 129>
    wp::adj_vec_t(var_37, adj_37, adj_38);
    // adj: force = wp.vec3(0.0)                                                              <L 128>
    wp::adj_vec_t(var_35, adj_35, adj_36);
    // adj: torque = wp.vec3(0.0)                                                             <L 127>
    wp::adj_transform_get_rotation(var_33, adj_33, adj_34);
    // adj: frame_rot = wp.transform_get_rotation(X_wp)                                       <L 126>
    wp::adj_where(var_29, var_31, var_26, adj_29, adj_31, adj_26, adj_33);
    if (var_29) {
        wp::adj_transform_multiply(var_32, var_26, adj_30, adj_26, adj_31);
        wp::adj_address(var_poses, var_20, adj_poses, adj_20, adj_30);
        // adj: X_wp = wp.transform_multiply(poses[parent], X_wp)                             <L 125>
    }
    // adj: if parent >= 0:                                                                   <L 124>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_joint_X_p, var_0, adj_joint_X_p, adj_0, adj_25);
    // adj: X_wp = joint_X_p[tid]                                                             <L 123>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_joint_child, var_0, adj_joint_child, adj_0, adj_22);
    // adj: child = joint_child[tid]                                                          <L 121>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_joint_parent, var_0, adj_joint_parent, adj_0, adj_19);
    // adj: parent = joint_parent[tid]                                                        <L 120>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_joint_dof_dim, var_0, adj_joint_dof_dim, adj_0, adj_16);
    // adj: dof_count = joint_dof_dim[tid]                                                    <L 119>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_joint_q_start, var_0, adj_joint_q_start, adj_0, adj_13);
    // adj: q_start = joint_q_start[tid]                                                      <L 118>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_joint_qd_start, var_0, adj_joint_qd_start, adj_0, adj_10);
    // adj: qd_start = joint_qd_start[tid]                                                    <L 117>
    if (var_5) {
        label1:;
        // adj: return                                                                        <L 116>
    }
    if (!var_5) {
    }
    // adj: if type == JointType.FIXED or type == JointType.FREE:                             <L 115>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_joint_type, var_0, adj_joint_type, adj_0, adj_2);
    // adj: type = joint_type[tid]                                                            <L 113>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 112>
    }
    // adj: if tid >= joint_count:                                                            <L 111>
    // adj: tid = wp.tid()                                                                    <L 110>
    // adj: def joint_drive_limit_forces(                                                     <L 80>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void joint_drive_limit_forces_84d3a1f0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_drive_limit_forces_84d3a1f0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void joint_drive_limit_forces_84d3a1f0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_dof_mode.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_act.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_q_init.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_action.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_dof_dim.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_velocity_limit.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_kd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_limit_lower.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_limit_upper.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_limit_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_effort_limit.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->joint_X_p.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->joint_drive_power.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        joint_drive_limit_forces_84d3a1f0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        joint_drive_limit_forces_84d3a1f0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void joint_drive_limit_forces_84d3a1f0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args)
{
    joint_drive_limit_forces_84d3a1f0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void joint_drive_limit_forces_84d3a1f0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        joint_drive_limit_forces_84d3a1f0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void joint_drive_limit_forces_84d3a1f0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_dof_mode.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_dof_mode.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_act.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_act.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_q_init.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_q_init.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_action.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_action.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_dof_dim.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_dof_dim.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_velocity_limit.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_velocity_limit.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_target_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_kd.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_kd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_limit_lower.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_limit_lower.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_limit_upper.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_limit_upper.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_limit_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_limit_ke.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_effort_limit.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_effort_limit.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->joint_X_p.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->joint_X_p.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->joint_drive_power.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_drive_power.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        joint_drive_limit_forces_84d3a1f0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        joint_drive_limit_forces_84d3a1f0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void joint_drive_limit_forces_84d3a1f0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_args,
    wp_args_joint_drive_limit_forces_84d3a1f0 *_wp_adj_args)
{
    joint_drive_limit_forces_84d3a1f0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_tendon_joint_forces_8800c386 {
    wp::array_t<wp::int32> tendon_joint;
    wp::array_t<wp::float32> tendon_gear;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> tendon_rest_length;
    wp::array_t<wp::float32> tendon_stiffness;
    wp::array_t<wp::float32> tendon_kd;
    wp::int32 tendon_count;
    wp::array_t<wp::float32> joint_tau;
    wp::array_t<wp::float32> tendon_length;
};


template <bool wp_linear_contiguous>
static void tendon_joint_forces_8800c386_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tendon_joint_forces_8800c386 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tendon_joint = _wp_args->tendon_joint;
    wp::array_t<wp::float32> var_tendon_gear = _wp_args->tendon_gear;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_tendon_rest_length = _wp_args->tendon_rest_length;
    wp::array_t<wp::float32> var_tendon_stiffness = _wp_args->tendon_stiffness;
    wp::array_t<wp::float32> var_tendon_kd = _wp_args->tendon_kd;
    wp::int32 var_tendon_count = _wp_args->tendon_count;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    wp::array_t<wp::float32> var_tendon_length = _wp_args->tendon_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 2;
    wp::int32* var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 0;
    bool var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 3;
    wp::int32* var_73;
    wp::int32 var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 0;
    bool var_77;
    wp::float32* var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    const wp::float32 var_92 = 0.0;
    wp::float32 var_93;
    bool var_94;
    wp::float32* var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    const wp::float32 var_101 = 0.0;
    wp::float32 var_102;
    wp::float32 var_103;
    const wp::int32 var_104 = 0;
    wp::int32* var_105;
    wp::int32 var_106;
    wp::int32 var_107;
    const wp::int32 var_108 = 0;
    bool var_109;
    wp::float32* var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    const wp::int32 var_114 = 1;
    wp::int32* var_115;
    wp::int32 var_116;
    wp::int32 var_117;
    const wp::int32 var_118 = 0;
    bool var_119;
    wp::float32* var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    const wp::int32 var_124 = 2;
    wp::int32* var_125;
    wp::int32 var_126;
    wp::int32 var_127;
    const wp::int32 var_128 = 0;
    bool var_129;
    wp::float32* var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::int32 var_134 = 3;
    wp::int32* var_135;
    wp::int32 var_136;
    wp::int32 var_137;
    const wp::int32 var_138 = 0;
    bool var_139;
    wp::float32* var_140;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::float32 var_143;
    //---------
    // forward
    // def tendon_joint_forces(                                                               <L 26>
    // world, t = wp.tid()                                                                    <L 38>
    builtin_tid2d(var_0, var_1);
    // if t >= tendon_count:                                                                  <L 39>
    var_2 = (var_1 >= var_tendon_count);
    if (var_2) {
        // return                                                                             <L 40>
        return;
    }
    // rest = tendon_rest_length[t]                                                           <L 41>
    var_3 = wp::address(var_tendon_rest_length, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // kd = tendon_kd[t]                                                                      <L 42>
    var_6 = wp::address(var_tendon_kd, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // length = float(0.0)                                                                    <L 43>
    var_10 = wp::float(var_9);
    // rate = float(0.0)                                                                      <L 44>
    var_12 = wp::float(var_11);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 45>
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_14 = wp::address(var_tendon_joint, var_1, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // if dof >= 0:                                                                           <L 47>
    var_18 = (var_15 >= var_17);
    if (var_18) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_19 = wp::address(var_tendon_gear, var_1, var_13);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_22 = wp::address(var_joint_q, var_0, var_15);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_20, var_24);
        var_25 = wp::add(var_10, var_23);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_26 = wp::address(var_joint_qd, var_0, var_15);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_20, var_28);
        var_29 = wp::add(var_12, var_27);
    }
    var_30 = wp::where(var_18, var_25, var_10);
    var_31 = wp::where(var_18, var_29, var_12);
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_33 = wp::address(var_tendon_joint, var_1, var_32);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // if dof >= 0:                                                                           <L 47>
    var_37 = (var_34 >= var_36);
    if (var_37) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_38 = wp::address(var_tendon_gear, var_1, var_32);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_41 = wp::address(var_joint_q, var_0, var_34);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_39, var_43);
        var_44 = wp::add(var_30, var_42);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_45 = wp::address(var_joint_qd, var_0, var_34);
        var_47 = wp::load(var_45);
        var_46 = wp::mul(var_39, var_47);
        var_48 = wp::add(var_31, var_46);
    }
    var_49 = wp::where(var_37, var_44, var_30);
    var_50 = wp::where(var_37, var_48, var_31);
    var_51 = wp::where(var_37, var_39, var_20);
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_53 = wp::address(var_tendon_joint, var_1, var_52);
    var_55 = wp::load(var_53);
    var_54 = wp::copy(var_55);
    // if dof >= 0:                                                                           <L 47>
    var_57 = (var_54 >= var_56);
    if (var_57) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_58 = wp::address(var_tendon_gear, var_1, var_52);
        var_60 = wp::load(var_58);
        var_59 = wp::copy(var_60);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_61 = wp::address(var_joint_q, var_0, var_54);
        var_63 = wp::load(var_61);
        var_62 = wp::mul(var_59, var_63);
        var_64 = wp::add(var_49, var_62);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_65 = wp::address(var_joint_qd, var_0, var_54);
        var_67 = wp::load(var_65);
        var_66 = wp::mul(var_59, var_67);
        var_68 = wp::add(var_50, var_66);
    }
    var_69 = wp::where(var_57, var_64, var_49);
    var_70 = wp::where(var_57, var_68, var_50);
    var_71 = wp::where(var_57, var_59, var_51);
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_73 = wp::address(var_tendon_joint, var_1, var_72);
    var_75 = wp::load(var_73);
    var_74 = wp::copy(var_75);
    // if dof >= 0:                                                                           <L 47>
    var_77 = (var_74 >= var_76);
    if (var_77) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_78 = wp::address(var_tendon_gear, var_1, var_72);
        var_80 = wp::load(var_78);
        var_79 = wp::copy(var_80);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_81 = wp::address(var_joint_q, var_0, var_74);
        var_83 = wp::load(var_81);
        var_82 = wp::mul(var_79, var_83);
        var_84 = wp::add(var_69, var_82);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_85 = wp::address(var_joint_qd, var_0, var_74);
        var_87 = wp::load(var_85);
        var_86 = wp::mul(var_79, var_87);
        var_88 = wp::add(var_70, var_86);
    }
    var_89 = wp::where(var_77, var_84, var_69);
    var_90 = wp::where(var_77, var_88, var_70);
    var_91 = wp::where(var_77, var_79, var_71);
    // tendon_length[world, t] = length                                                       <L 51>
    wp::array_store(var_tendon_length, var_0, var_1, var_89);
    // tension = float(0.0)                                                                   <L 52>
    var_93 = wp::float(var_92);
    // if length > rest:                                                                      <L 53>
    var_94 = (var_89 > var_4);
    if (var_94) {
        // tension = wp.max(tendon_stiffness[t] * (length - rest) + kd * rate, 0.0)           <L 54>
        var_95 = wp::address(var_tendon_stiffness, var_1);
        var_96 = wp::sub(var_89, var_4);
        var_98 = wp::load(var_95);
        var_97 = wp::mul(var_98, var_96);
        var_99 = wp::mul(var_7, var_90);
        var_100 = wp::add(var_97, var_99);
        var_102 = wp::max(var_100, var_101);
    }
    var_103 = wp::where(var_94, var_102, var_93);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 55>
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_105 = wp::address(var_tendon_joint, var_1, var_104);
    var_107 = wp::load(var_105);
    var_106 = wp::copy(var_107);
    // if dof >= 0:                                                                           <L 57>
    var_109 = (var_106 >= var_108);
    if (var_109) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_110 = wp::address(var_tendon_gear, var_1, var_104);
        var_112 = wp::load(var_110);
        var_111 = wp::mul(var_112, var_103);
        var_113 = wp::atomic_sub(var_joint_tau, var_0, var_106, var_111);
    }
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_115 = wp::address(var_tendon_joint, var_1, var_114);
    var_117 = wp::load(var_115);
    var_116 = wp::copy(var_117);
    // if dof >= 0:                                                                           <L 57>
    var_119 = (var_116 >= var_118);
    if (var_119) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_120 = wp::address(var_tendon_gear, var_1, var_114);
        var_122 = wp::load(var_120);
        var_121 = wp::mul(var_122, var_103);
        var_123 = wp::atomic_sub(var_joint_tau, var_0, var_116, var_121);
    }
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_125 = wp::address(var_tendon_joint, var_1, var_124);
    var_127 = wp::load(var_125);
    var_126 = wp::copy(var_127);
    // if dof >= 0:                                                                           <L 57>
    var_129 = (var_126 >= var_128);
    if (var_129) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_130 = wp::address(var_tendon_gear, var_1, var_124);
        var_132 = wp::load(var_130);
        var_131 = wp::mul(var_132, var_103);
        var_133 = wp::atomic_sub(var_joint_tau, var_0, var_126, var_131);
    }
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_135 = wp::address(var_tendon_joint, var_1, var_134);
    var_137 = wp::load(var_135);
    var_136 = wp::copy(var_137);
    // if dof >= 0:                                                                           <L 57>
    var_139 = (var_136 >= var_138);
    if (var_139) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_140 = wp::address(var_tendon_gear, var_1, var_134);
        var_142 = wp::load(var_140);
        var_141 = wp::mul(var_142, var_103);
        var_143 = wp::atomic_sub(var_joint_tau, var_0, var_136, var_141);
    }
}



template <bool wp_linear_contiguous>
static void tendon_joint_forces_8800c386_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tendon_joint_forces_8800c386 *_wp_args,
    wp_args_tendon_joint_forces_8800c386 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tendon_joint = _wp_args->tendon_joint;
    wp::array_t<wp::float32> var_tendon_gear = _wp_args->tendon_gear;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_tendon_rest_length = _wp_args->tendon_rest_length;
    wp::array_t<wp::float32> var_tendon_stiffness = _wp_args->tendon_stiffness;
    wp::array_t<wp::float32> var_tendon_kd = _wp_args->tendon_kd;
    wp::int32 var_tendon_count = _wp_args->tendon_count;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    wp::array_t<wp::float32> var_tendon_length = _wp_args->tendon_length;
    wp::array_t<wp::int32> adj_tendon_joint = _wp_adj_args->tendon_joint;
    wp::array_t<wp::float32> adj_tendon_gear = _wp_adj_args->tendon_gear;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_qd = _wp_adj_args->joint_qd;
    wp::array_t<wp::float32> adj_tendon_rest_length = _wp_adj_args->tendon_rest_length;
    wp::array_t<wp::float32> adj_tendon_stiffness = _wp_adj_args->tendon_stiffness;
    wp::array_t<wp::float32> adj_tendon_kd = _wp_adj_args->tendon_kd;
    wp::int32 adj_tendon_count = _wp_adj_args->tendon_count;
    wp::array_t<wp::float32> adj_joint_tau = _wp_adj_args->joint_tau;
    wp::array_t<wp::float32> adj_tendon_length = _wp_adj_args->tendon_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::int32 var_32 = 1;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::int32 var_52 = 2;
    wp::int32* var_53;
    wp::int32 var_54;
    wp::int32 var_55;
    const wp::int32 var_56 = 0;
    bool var_57;
    wp::float32* var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 3;
    wp::int32* var_73;
    wp::int32 var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 0;
    bool var_77;
    wp::float32* var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32* var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    const wp::float32 var_92 = 0.0;
    wp::float32 var_93;
    bool var_94;
    wp::float32* var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    const wp::float32 var_101 = 0.0;
    wp::float32 var_102;
    wp::float32 var_103;
    const wp::int32 var_104 = 0;
    wp::int32* var_105;
    wp::int32 var_106;
    wp::int32 var_107;
    const wp::int32 var_108 = 0;
    bool var_109;
    wp::float32* var_110;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    const wp::int32 var_114 = 1;
    wp::int32* var_115;
    wp::int32 var_116;
    wp::int32 var_117;
    const wp::int32 var_118 = 0;
    bool var_119;
    wp::float32* var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    const wp::int32 var_124 = 2;
    wp::int32* var_125;
    wp::int32 var_126;
    wp::int32 var_127;
    const wp::int32 var_128 = 0;
    bool var_129;
    wp::float32* var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::int32 var_134 = 3;
    wp::int32* var_135;
    wp::int32 var_136;
    wp::int32 var_137;
    const wp::int32 var_138 = 0;
    bool var_139;
    wp::float32* var_140;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::float32 var_143;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
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
    wp::float32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
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
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    bool adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::int32 adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    bool adj_77 = {};
    wp::float32 adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    bool adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    wp::int32 adj_107 = {};
    wp::int32 adj_108 = {};
    bool adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::int32 adj_114 = {};
    wp::int32 adj_115 = {};
    wp::int32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::int32 adj_118 = {};
    bool adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    wp::int32 adj_128 = {};
    bool adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::int32 adj_134 = {};
    wp::int32 adj_135 = {};
    wp::int32 adj_136 = {};
    wp::int32 adj_137 = {};
    wp::int32 adj_138 = {};
    bool adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::float32 adj_143 = {};
    //---------
    // forward
    // def tendon_joint_forces(                                                               <L 26>
    // world, t = wp.tid()                                                                    <L 38>
    builtin_tid2d(var_0, var_1);
    // if t >= tendon_count:                                                                  <L 39>
    var_2 = (var_1 >= var_tendon_count);
    if (var_2) {
        // return                                                                             <L 40>
        goto label0;
    }
    // rest = tendon_rest_length[t]                                                           <L 41>
    var_3 = wp::address(var_tendon_rest_length, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // kd = tendon_kd[t]                                                                      <L 42>
    var_6 = wp::address(var_tendon_kd, var_1);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // length = float(0.0)                                                                    <L 43>
    var_10 = wp::float(var_9);
    // rate = float(0.0)                                                                      <L 44>
    var_12 = wp::float(var_11);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 45>
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_14 = wp::address(var_tendon_joint, var_1, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // if dof >= 0:                                                                           <L 47>
    var_18 = (var_15 >= var_17);
    if (var_18) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_19 = wp::address(var_tendon_gear, var_1, var_13);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_22 = wp::address(var_joint_q, var_0, var_15);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_20, var_24);
        var_25 = wp::add(var_10, var_23);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_26 = wp::address(var_joint_qd, var_0, var_15);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_20, var_28);
        var_29 = wp::add(var_12, var_27);
    }
    var_30 = wp::where(var_18, var_25, var_10);
    var_31 = wp::where(var_18, var_29, var_12);
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_33 = wp::address(var_tendon_joint, var_1, var_32);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // if dof >= 0:                                                                           <L 47>
    var_37 = (var_34 >= var_36);
    if (var_37) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_38 = wp::address(var_tendon_gear, var_1, var_32);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_41 = wp::address(var_joint_q, var_0, var_34);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_39, var_43);
        var_44 = wp::add(var_30, var_42);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_45 = wp::address(var_joint_qd, var_0, var_34);
        var_47 = wp::load(var_45);
        var_46 = wp::mul(var_39, var_47);
        var_48 = wp::add(var_31, var_46);
    }
    var_49 = wp::where(var_37, var_44, var_30);
    var_50 = wp::where(var_37, var_48, var_31);
    var_51 = wp::where(var_37, var_39, var_20);
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_53 = wp::address(var_tendon_joint, var_1, var_52);
    var_55 = wp::load(var_53);
    var_54 = wp::copy(var_55);
    // if dof >= 0:                                                                           <L 47>
    var_57 = (var_54 >= var_56);
    if (var_57) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_58 = wp::address(var_tendon_gear, var_1, var_52);
        var_60 = wp::load(var_58);
        var_59 = wp::copy(var_60);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_61 = wp::address(var_joint_q, var_0, var_54);
        var_63 = wp::load(var_61);
        var_62 = wp::mul(var_59, var_63);
        var_64 = wp::add(var_49, var_62);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_65 = wp::address(var_joint_qd, var_0, var_54);
        var_67 = wp::load(var_65);
        var_66 = wp::mul(var_59, var_67);
        var_68 = wp::add(var_50, var_66);
    }
    var_69 = wp::where(var_57, var_64, var_49);
    var_70 = wp::where(var_57, var_68, var_50);
    var_71 = wp::where(var_57, var_59, var_51);
    // dof = tendon_joint[t, e]                                                               <L 46>
    var_73 = wp::address(var_tendon_joint, var_1, var_72);
    var_75 = wp::load(var_73);
    var_74 = wp::copy(var_75);
    // if dof >= 0:                                                                           <L 47>
    var_77 = (var_74 >= var_76);
    if (var_77) {
        // c = tendon_gear[t, e]                                                              <L 48>
        var_78 = wp::address(var_tendon_gear, var_1, var_72);
        var_80 = wp::load(var_78);
        var_79 = wp::copy(var_80);
        // length += c * joint_q[world, dof]                                                  <L 49>
        var_81 = wp::address(var_joint_q, var_0, var_74);
        var_83 = wp::load(var_81);
        var_82 = wp::mul(var_79, var_83);
        var_84 = wp::add(var_69, var_82);
        // rate += c * joint_qd[world, dof]                                                   <L 50>
        var_85 = wp::address(var_joint_qd, var_0, var_74);
        var_87 = wp::load(var_85);
        var_86 = wp::mul(var_79, var_87);
        var_88 = wp::add(var_70, var_86);
    }
    var_89 = wp::where(var_77, var_84, var_69);
    var_90 = wp::where(var_77, var_88, var_70);
    var_91 = wp::where(var_77, var_79, var_71);
    // tendon_length[world, t] = length                                                       <L 51>
    // wp::array_store(var_tendon_length, var_0, var_1, var_89);
    // tension = float(0.0)                                                                   <L 52>
    var_93 = wp::float(var_92);
    // if length > rest:                                                                      <L 53>
    var_94 = (var_89 > var_4);
    if (var_94) {
        // tension = wp.max(tendon_stiffness[t] * (length - rest) + kd * rate, 0.0)           <L 54>
        var_95 = wp::address(var_tendon_stiffness, var_1);
        var_96 = wp::sub(var_89, var_4);
        var_98 = wp::load(var_95);
        var_97 = wp::mul(var_98, var_96);
        var_99 = wp::mul(var_7, var_90);
        var_100 = wp::add(var_97, var_99);
        var_102 = wp::max(var_100, var_101);
    }
    var_103 = wp::where(var_94, var_102, var_93);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 55>
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_105 = wp::address(var_tendon_joint, var_1, var_104);
    var_107 = wp::load(var_105);
    var_106 = wp::copy(var_107);
    // if dof >= 0:                                                                           <L 57>
    var_109 = (var_106 >= var_108);
    if (var_109) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_110 = wp::address(var_tendon_gear, var_1, var_104);
        var_112 = wp::load(var_110);
        var_111 = wp::mul(var_112, var_103);
        // var_113 = wp::atomic_sub(var_joint_tau, var_0, var_106, var_111);
    }
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_115 = wp::address(var_tendon_joint, var_1, var_114);
    var_117 = wp::load(var_115);
    var_116 = wp::copy(var_117);
    // if dof >= 0:                                                                           <L 57>
    var_119 = (var_116 >= var_118);
    if (var_119) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_120 = wp::address(var_tendon_gear, var_1, var_114);
        var_122 = wp::load(var_120);
        var_121 = wp::mul(var_122, var_103);
        // var_123 = wp::atomic_sub(var_joint_tau, var_0, var_116, var_121);
    }
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_125 = wp::address(var_tendon_joint, var_1, var_124);
    var_127 = wp::load(var_125);
    var_126 = wp::copy(var_127);
    // if dof >= 0:                                                                           <L 57>
    var_129 = (var_126 >= var_128);
    if (var_129) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_130 = wp::address(var_tendon_gear, var_1, var_124);
        var_132 = wp::load(var_130);
        var_131 = wp::mul(var_132, var_103);
        // var_133 = wp::atomic_sub(var_joint_tau, var_0, var_126, var_131);
    }
    // dof = tendon_joint[t, e]                                                               <L 56>
    var_135 = wp::address(var_tendon_joint, var_1, var_134);
    var_137 = wp::load(var_135);
    var_136 = wp::copy(var_137);
    // if dof >= 0:                                                                           <L 57>
    var_139 = (var_136 >= var_138);
    if (var_139) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)                  <L 58>
        var_140 = wp::address(var_tendon_gear, var_1, var_134);
        var_142 = wp::load(var_140);
        var_141 = wp::mul(var_142, var_103);
        // var_143 = wp::atomic_sub(var_joint_tau, var_0, var_136, var_141);
    }
    //---------
    // reverse
    if (var_139) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_136, var_141, adj_joint_tau, adj_0, adj_136, adj_141, adj_143);
        wp::adj_mul(var_142, var_103, adj_140, adj_103, adj_141);
        wp::adj_address(var_tendon_gear, var_1, var_134, adj_tendon_gear, adj_1, adj_134, adj_140);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)             <L 58>
    }
    // adj: if dof >= 0:                                                                      <L 57>
    wp::adj_copy(var_137, adj_135, adj_136);
    wp::adj_address(var_tendon_joint, var_1, var_134, adj_tendon_joint, adj_1, adj_134, adj_135);
    // adj: dof = tendon_joint[t, e]                                                          <L 56>
    if (var_129) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_126, var_131, adj_joint_tau, adj_0, adj_126, adj_131, adj_133);
        wp::adj_mul(var_132, var_103, adj_130, adj_103, adj_131);
        wp::adj_address(var_tendon_gear, var_1, var_124, adj_tendon_gear, adj_1, adj_124, adj_130);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)             <L 58>
    }
    // adj: if dof >= 0:                                                                      <L 57>
    wp::adj_copy(var_127, adj_125, adj_126);
    wp::adj_address(var_tendon_joint, var_1, var_124, adj_tendon_joint, adj_1, adj_124, adj_125);
    // adj: dof = tendon_joint[t, e]                                                          <L 56>
    if (var_119) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_116, var_121, adj_joint_tau, adj_0, adj_116, adj_121, adj_123);
        wp::adj_mul(var_122, var_103, adj_120, adj_103, adj_121);
        wp::adj_address(var_tendon_gear, var_1, var_114, adj_tendon_gear, adj_1, adj_114, adj_120);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)             <L 58>
    }
    // adj: if dof >= 0:                                                                      <L 57>
    wp::adj_copy(var_117, adj_115, adj_116);
    wp::adj_address(var_tendon_joint, var_1, var_114, adj_tendon_joint, adj_1, adj_114, adj_115);
    // adj: dof = tendon_joint[t, e]                                                          <L 56>
    if (var_109) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_106, var_111, adj_joint_tau, adj_0, adj_106, adj_111, adj_113);
        wp::adj_mul(var_112, var_103, adj_110, adj_103, adj_111);
        wp::adj_address(var_tendon_gear, var_1, var_104, adj_tendon_gear, adj_1, adj_104, adj_110);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_gear[t, e] * tension)             <L 58>
    }
    // adj: if dof >= 0:                                                                      <L 57>
    wp::adj_copy(var_107, adj_105, adj_106);
    wp::adj_address(var_tendon_joint, var_1, var_104, adj_tendon_joint, adj_1, adj_104, adj_105);
    // adj: dof = tendon_joint[t, e]                                                          <L 56>
    // adj: for e in range(TENDON_MAX_JOINTS):                                                <L 55>
    wp::adj_where(var_94, var_102, var_93, adj_94, adj_102, adj_93, adj_103);
    if (var_94) {
        wp::adj_max(var_100, var_101, adj_100, adj_101, adj_102);
        wp::adj_add(var_97, var_99, adj_97, adj_99, adj_100);
        wp::adj_mul(var_7, var_90, adj_7, adj_90, adj_99);
        wp::adj_mul(var_98, var_96, adj_95, adj_96, adj_97);
        wp::adj_sub(var_89, var_4, adj_89, adj_4, adj_96);
        wp::adj_address(var_tendon_stiffness, var_1, adj_tendon_stiffness, adj_1, adj_95);
        // adj: tension = wp.max(tendon_stiffness[t] * (length - rest) + kd * rate, 0.0)      <L 54>
    }
    // adj: if length > rest:                                                                 <L 53>
    wp::adj_float(var_92, adj_92, adj_93);
    // adj: tension = float(0.0)                                                              <L 52>
    wp::adj_array_store(var_tendon_length, var_0, var_1, var_89, adj_tendon_length, adj_0, adj_1, adj_89);
    // adj: tendon_length[world, t] = length                                                  <L 51>
    wp::adj_where(var_77, var_79, var_71, adj_77, adj_79, adj_71, adj_91);
    wp::adj_where(var_77, var_88, var_70, adj_77, adj_88, adj_70, adj_90);
    wp::adj_where(var_77, var_84, var_69, adj_77, adj_84, adj_69, adj_89);
    if (var_77) {
        wp::adj_add(var_70, var_86, adj_70, adj_86, adj_88);
        wp::adj_mul(var_79, var_87, adj_79, adj_85, adj_86);
        wp::adj_address(var_joint_qd, var_0, var_74, adj_joint_qd, adj_0, adj_74, adj_85);
        // adj: rate += c * joint_qd[world, dof]                                              <L 50>
        wp::adj_add(var_69, var_82, adj_69, adj_82, adj_84);
        wp::adj_mul(var_79, var_83, adj_79, adj_81, adj_82);
        wp::adj_address(var_joint_q, var_0, var_74, adj_joint_q, adj_0, adj_74, adj_81);
        // adj: length += c * joint_q[world, dof]                                             <L 49>
        wp::adj_copy(var_80, adj_78, adj_79);
        wp::adj_address(var_tendon_gear, var_1, var_72, adj_tendon_gear, adj_1, adj_72, adj_78);
        // adj: c = tendon_gear[t, e]                                                         <L 48>
    }
    // adj: if dof >= 0:                                                                      <L 47>
    wp::adj_copy(var_75, adj_73, adj_74);
    wp::adj_address(var_tendon_joint, var_1, var_72, adj_tendon_joint, adj_1, adj_72, adj_73);
    // adj: dof = tendon_joint[t, e]                                                          <L 46>
    wp::adj_where(var_57, var_59, var_51, adj_57, adj_59, adj_51, adj_71);
    wp::adj_where(var_57, var_68, var_50, adj_57, adj_68, adj_50, adj_70);
    wp::adj_where(var_57, var_64, var_49, adj_57, adj_64, adj_49, adj_69);
    if (var_57) {
        wp::adj_add(var_50, var_66, adj_50, adj_66, adj_68);
        wp::adj_mul(var_59, var_67, adj_59, adj_65, adj_66);
        wp::adj_address(var_joint_qd, var_0, var_54, adj_joint_qd, adj_0, adj_54, adj_65);
        // adj: rate += c * joint_qd[world, dof]                                              <L 50>
        wp::adj_add(var_49, var_62, adj_49, adj_62, adj_64);
        wp::adj_mul(var_59, var_63, adj_59, adj_61, adj_62);
        wp::adj_address(var_joint_q, var_0, var_54, adj_joint_q, adj_0, adj_54, adj_61);
        // adj: length += c * joint_q[world, dof]                                             <L 49>
        wp::adj_copy(var_60, adj_58, adj_59);
        wp::adj_address(var_tendon_gear, var_1, var_52, adj_tendon_gear, adj_1, adj_52, adj_58);
        // adj: c = tendon_gear[t, e]                                                         <L 48>
    }
    // adj: if dof >= 0:                                                                      <L 47>
    wp::adj_copy(var_55, adj_53, adj_54);
    wp::adj_address(var_tendon_joint, var_1, var_52, adj_tendon_joint, adj_1, adj_52, adj_53);
    // adj: dof = tendon_joint[t, e]                                                          <L 46>
    wp::adj_where(var_37, var_39, var_20, adj_37, adj_39, adj_20, adj_51);
    wp::adj_where(var_37, var_48, var_31, adj_37, adj_48, adj_31, adj_50);
    wp::adj_where(var_37, var_44, var_30, adj_37, adj_44, adj_30, adj_49);
    if (var_37) {
        wp::adj_add(var_31, var_46, adj_31, adj_46, adj_48);
        wp::adj_mul(var_39, var_47, adj_39, adj_45, adj_46);
        wp::adj_address(var_joint_qd, var_0, var_34, adj_joint_qd, adj_0, adj_34, adj_45);
        // adj: rate += c * joint_qd[world, dof]                                              <L 50>
        wp::adj_add(var_30, var_42, adj_30, adj_42, adj_44);
        wp::adj_mul(var_39, var_43, adj_39, adj_41, adj_42);
        wp::adj_address(var_joint_q, var_0, var_34, adj_joint_q, adj_0, adj_34, adj_41);
        // adj: length += c * joint_q[world, dof]                                             <L 49>
        wp::adj_copy(var_40, adj_38, adj_39);
        wp::adj_address(var_tendon_gear, var_1, var_32, adj_tendon_gear, adj_1, adj_32, adj_38);
        // adj: c = tendon_gear[t, e]                                                         <L 48>
    }
    // adj: if dof >= 0:                                                                      <L 47>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_tendon_joint, var_1, var_32, adj_tendon_joint, adj_1, adj_32, adj_33);
    // adj: dof = tendon_joint[t, e]                                                          <L 46>
    wp::adj_where(var_18, var_29, var_12, adj_18, adj_29, adj_12, adj_31);
    wp::adj_where(var_18, var_25, var_10, adj_18, adj_25, adj_10, adj_30);
    if (var_18) {
        wp::adj_add(var_12, var_27, adj_12, adj_27, adj_29);
        wp::adj_mul(var_20, var_28, adj_20, adj_26, adj_27);
        wp::adj_address(var_joint_qd, var_0, var_15, adj_joint_qd, adj_0, adj_15, adj_26);
        // adj: rate += c * joint_qd[world, dof]                                              <L 50>
        wp::adj_add(var_10, var_23, adj_10, adj_23, adj_25);
        wp::adj_mul(var_20, var_24, adj_20, adj_22, adj_23);
        wp::adj_address(var_joint_q, var_0, var_15, adj_joint_q, adj_0, adj_15, adj_22);
        // adj: length += c * joint_q[world, dof]                                             <L 49>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_tendon_gear, var_1, var_13, adj_tendon_gear, adj_1, adj_13, adj_19);
        // adj: c = tendon_gear[t, e]                                                         <L 48>
    }
    // adj: if dof >= 0:                                                                      <L 47>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_tendon_joint, var_1, var_13, adj_tendon_joint, adj_1, adj_13, adj_14);
    // adj: dof = tendon_joint[t, e]                                                          <L 46>
    // adj: for e in range(TENDON_MAX_JOINTS):                                                <L 45>
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: rate = float(0.0)                                                                 <L 44>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: length = float(0.0)                                                               <L 43>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_tendon_kd, var_1, adj_tendon_kd, adj_1, adj_6);
    // adj: kd = tendon_kd[t]                                                                 <L 42>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_tendon_rest_length, var_1, adj_tendon_rest_length, adj_1, adj_3);
    // adj: rest = tendon_rest_length[t]                                                      <L 41>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 40>
    }
    // adj: if t >= tendon_count:                                                             <L 39>
    // adj: world, t = wp.tid()                                                               <L 38>
    // adj: def tendon_joint_forces(                                                          <L 26>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tendon_joint_forces_8800c386_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8800c386 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tendon_joint_forces_8800c386_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void tendon_joint_forces_8800c386_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8800c386 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tendon_joint_forces_8800c386_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void tendon_joint_forces_8800c386_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8800c386 *_wp_args)
{
    tendon_joint_forces_8800c386_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tendon_joint_forces_8800c386_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8800c386 *_wp_args,
    wp_args_tendon_joint_forces_8800c386 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tendon_joint_forces_8800c386_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void tendon_joint_forces_8800c386_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8800c386 *_wp_args,
    wp_args_tendon_joint_forces_8800c386 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tendon_joint_forces_8800c386_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void tendon_joint_forces_8800c386_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8800c386 *_wp_args,
    wp_args_tendon_joint_forces_8800c386 *_wp_adj_args)
{
    tendon_joint_forces_8800c386_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

