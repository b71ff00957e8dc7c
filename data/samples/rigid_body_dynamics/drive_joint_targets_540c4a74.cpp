// Warp 1.19.0 cpu code for drive_joint_targets_540c4a74.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// drive_joint_targets.py:7
static wp::vec_t<3, wp::float32> clamp_effort_0(
    wp::vec_t<3, wp::float32> var_effort,
    wp::float32 var_limit)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def clamp_effort(effort: wp.vec3, limit: float) -> wp.vec3:                            <L 8>
    // n = wp.length(effort)                                                                  <L 10>
    var_0 = wp::length(var_effort);
    // if n > limit:                                                                          <L 11>
    var_1 = (var_0 > var_limit);
    if (var_1) {
        // return effort * (limit / n)                                                        <L 12>
        var_2 = wp::div(var_limit, var_0);
        var_3 = wp::mul(var_effort, var_2);
        return var_3;
    }
    // return effort                                                                          <L 13>
    return var_effort;
}


// drive_joint_targets.py:7
static void adj_clamp_effort_0(
    wp::vec_t<3, wp::float32> var_effort,
    wp::float32 var_limit,
    wp::vec_t<3, wp::float32> & adj_effort,
    wp::float32 & adj_limit,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    bool var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def clamp_effort(effort: wp.vec3, limit: float) -> wp.vec3:                            <L 8>
    // n = wp.length(effort)                                                                  <L 10>
    var_0 = wp::length(var_effort);
    // if n > limit:                                                                          <L 11>
    var_1 = (var_0 > var_limit);
    if (var_1) {
        // return effort * (limit / n)                                                        <L 12>
        var_2 = wp::div(var_limit, var_0);
        var_3 = wp::mul(var_effort, var_2);
        goto label0;
    }
    // return effort                                                                          <L 13>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_effort += adj_ret;
    // adj: return effort                                                                     <L 13>
    if (var_1) {
        label0:;
        adj_3 += adj_ret;
        wp::adj_mul(var_effort, var_2, adj_effort, adj_2, adj_3);
        wp::adj_div(var_limit, var_0, var_2, adj_limit, adj_0, adj_2);
        // adj: return effort * (limit / n)                                                   <L 12>
    }
    // adj: if n > limit:                                                                     <L 11>
    wp::adj_length(var_effort, var_0, adj_effort, adj_0);
    // adj: n = wp.length(effort)                                                             <L 10>
    // adj: def clamp_effort(effort: wp.vec3, limit: float) -> wp.vec3:                       <L 8>
    return;
}

struct wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee {
    wp::array_t<wp::vec_t<3, wp::float32>> joint_drive_gains;
    wp::array_t<wp::int32> num_driven_joints;
    wp::array_t<wp::int32> drive_joints;
    wp::array_t<wp::int32> joint_parent;
    wp::array_t<wp::int32> joint_child;
    wp::array_t<wp::int32> joint_q_start;
    wp::array_t<wp::int32> joint_qd_start;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> joint_target;
    wp::array_t<wp::vec_t<3, wp::float32>> joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_driven_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.drive_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_qd.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_target.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.joint_X_c.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains = _wp_args->joint_drive_gains;
    wp::array_t<wp::int32> var_num_driven_joints = _wp_args->num_driven_joints;
    wp::array_t<wp::int32> var_drive_joints = _wp_args->drive_joints;
    wp::array_t<wp::int32> var_joint_parent = _wp_args->joint_parent;
    wp::array_t<wp::int32> var_joint_child = _wp_args->joint_child;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis = _wp_args->joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c = _wp_args->joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    wp::transform_t<wp::float32>* var_27;
    wp::transform_t<wp::float32> var_28;
    wp::transform_t<wp::float32> var_29;
    wp::transform_t<wp::float32>* var_30;
    wp::transform_t<wp::float32> var_31;
    wp::transform_t<wp::float32> var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const bool var_36 = false;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::int32 var_44 = 2;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    const bool var_47 = false;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32>* var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<6, wp::float32> var_57;
    wp::vec_t<6, wp::float32> var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::transform_t<wp::float32>* var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::transform_t<wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<6, wp::float32> var_70;
    wp::vec_t<6, wp::float32> var_71;
    //---------
    // forward
    // def drive_joint_targets(                                                               <L 18>
    // tid = wp.tid()                                                                         <L 36>
    var_0 = builtin_tid1d();
    // if tid >= num_driven_joints[0]:                                                        <L 37>
    var_2 = wp::address(var_num_driven_joints, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 38>
        return;
    }
    // j = drive_joints[tid]                                                                  <L 39>
    var_5 = wp::address(var_drive_joints, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // parent = joint_parent[j]                                                               <L 40>
    var_8 = wp::address(var_joint_parent, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // child = joint_child[j]                                                                 <L 41>
    var_11 = wp::address(var_joint_child, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // q_start = joint_q_start[j]                                                             <L 42>
    var_14 = wp::address(var_joint_q_start, var_6);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // qd_start = joint_qd_start[j]                                                           <L 43>
    var_17 = wp::address(var_joint_qd_start, var_6);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // gains = joint_drive_gains[tid]                                                         <L 44>
    var_20 = wp::address(var_joint_drive_gains, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // k_p = gains[0]                                                                         <L 45>
    var_24 = wp::extract(var_21, var_23);
    // k_d = gains[1]                                                                         <L 46>
    var_26 = wp::extract(var_21, var_25);
    // X_wc = body_q[child]                                                                   <L 47>
    var_27 = wp::address(var_body_q, var_12);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                       <L 49>
    var_30 = wp::address(var_joint_X_c, var_6);
    var_32 = wp::load(var_30);
    var_31 = wp::transform_multiply(var_28, var_32);
    // goal = joint_target[qd_start]                                                          <L 50>
    var_33 = wp::address(var_joint_target, var_18);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // if wp.static(mode == "position"):                                                      <L 51>
    // e = k_d * (goal - joint_qd[qd_start])                                                  <L 54>
    var_37 = wp::address(var_joint_qd, var_18);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_34, var_39);
    var_40 = wp::mul(var_26, var_38);
    // effort = joint_axis[qd_start] * e                                                      <L 55>
    var_41 = wp::address(var_joint_axis, var_18);
    var_43 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_40);
    // effort = clamp_effort(effort, gains[2])                                                <L 56>
    var_45 = wp::extract(var_21, var_44);
    var_46 = clamp_effort_0(var_42, var_45);
    // if wp.static(joint_type == "prismatic"):                                               <L 59>
    // f = wp.vec3()                                                                          <L 63>
    var_48 = wp::vec_t<3, wp::float32>();
    // t = wp.transform_vector(X_wj, effort)                                                  <L 64>
    var_49 = wp::transform_vector(var_31, var_46);
    // r_c = wp.transform_get_translation(X_wj) - wp.transform_point(X_wc, body_com[child])       <L 66>
    var_50 = wp::transform_get_translation(var_31);
    var_51 = wp::address(var_body_com, var_12);
    var_53 = wp::load(var_51);
    var_52 = wp::transform_point(var_28, var_53);
    var_54 = wp::sub(var_50, var_52);
    // wp.atomic_add(body_f_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))           <L 67>
    var_55 = wp::cross(var_54, var_48);
    var_56 = wp::add(var_49, var_55);
    var_57 = wp::vec_t<6, wp::float32>(var_56, var_48);
    var_58 = wp::atomic_add(var_body_f_out, var_12, var_57);
    // if parent >= 0:                                                                        <L 68>
    var_60 = (var_9 >= var_59);
    if (var_60) {
        // r_p = wp.transform_get_translation(X_wj) - wp.transform_point(body_q[parent], body_com[parent])       <L 69>
        var_61 = wp::transform_get_translation(var_31);
        var_62 = wp::address(var_body_q, var_9);
        var_63 = wp::address(var_body_com, var_9);
        var_65 = wp::load(var_62);
        var_66 = wp::load(var_63);
        var_64 = wp::transform_point(var_65, var_66);
        var_67 = wp::sub(var_61, var_64);
        // wp.atomic_sub(body_f_out, parent, wp.spatial_vector(t + wp.cross(r_p, f), f))       <L 70>
        var_68 = wp::cross(var_67, var_48);
        var_69 = wp::add(var_49, var_68);
        var_70 = wp::vec_t<6, wp::float32>(var_69, var_48);
        var_71 = wp::atomic_sub(var_body_f_out, var_9, var_70);
    }
}



template <bool wp_linear_contiguous>
static void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee wp_contiguous_args;
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_driven_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_driven_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.drive_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.drive_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_qd.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_qd.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_target.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_target.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.joint_X_c.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.joint_X_c.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains = _wp_args->joint_drive_gains;
    wp::array_t<wp::int32> var_num_driven_joints = _wp_args->num_driven_joints;
    wp::array_t<wp::int32> var_drive_joints = _wp_args->drive_joints;
    wp::array_t<wp::int32> var_joint_parent = _wp_args->joint_parent;
    wp::array_t<wp::int32> var_joint_child = _wp_args->joint_child;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_target = _wp_args->joint_target;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis = _wp_args->joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c = _wp_args->joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_drive_gains = _wp_adj_args->joint_drive_gains;
    wp::array_t<wp::int32> adj_num_driven_joints = _wp_adj_args->num_driven_joints;
    wp::array_t<wp::int32> adj_drive_joints = _wp_adj_args->drive_joints;
    wp::array_t<wp::int32> adj_joint_parent = _wp_adj_args->joint_parent;
    wp::array_t<wp::int32> adj_joint_child = _wp_adj_args->joint_child;
    wp::array_t<wp::int32> adj_joint_q_start = _wp_adj_args->joint_q_start;
    wp::array_t<wp::int32> adj_joint_qd_start = _wp_adj_args->joint_qd_start;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_qd = _wp_adj_args->joint_qd;
    wp::array_t<wp::float32> adj_joint_target = _wp_adj_args->joint_target;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_axis = _wp_adj_args->joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> adj_joint_X_c = _wp_adj_args->joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    const wp::int32 var_23 = 0;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::float32 var_26;
    wp::transform_t<wp::float32>* var_27;
    wp::transform_t<wp::float32> var_28;
    wp::transform_t<wp::float32> var_29;
    wp::transform_t<wp::float32>* var_30;
    wp::transform_t<wp::float32> var_31;
    wp::transform_t<wp::float32> var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const bool var_36 = false;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::int32 var_44 = 2;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    const bool var_47 = false;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32>* var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<6, wp::float32> var_57;
    wp::vec_t<6, wp::float32> var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::transform_t<wp::float32>* var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::transform_t<wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<6, wp::float32> var_70;
    wp::vec_t<6, wp::float32> var_71;
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
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::transform_t<wp::float32> adj_27 = {};
    wp::transform_t<wp::float32> adj_28 = {};
    wp::transform_t<wp::float32> adj_29 = {};
    wp::transform_t<wp::float32> adj_30 = {};
    wp::transform_t<wp::float32> adj_31 = {};
    wp::transform_t<wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    bool adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<6, wp::float32> adj_57 = {};
    wp::vec_t<6, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    bool adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::transform_t<wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::transform_t<wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<6, wp::float32> adj_70 = {};
    wp::vec_t<6, wp::float32> adj_71 = {};
    //---------
    // forward
    // def drive_joint_targets(                                                               <L 18>
    // tid = wp.tid()                                                                         <L 36>
    var_0 = builtin_tid1d();
    // if tid >= num_driven_joints[0]:                                                        <L 37>
    var_2 = wp::address(var_num_driven_joints, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 38>
        goto label0;
    }
    // j = drive_joints[tid]                                                                  <L 39>
    var_5 = wp::address(var_drive_joints, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // parent = joint_parent[j]                                                               <L 40>
    var_8 = wp::address(var_joint_parent, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // child = joint_child[j]                                                                 <L 41>
    var_11 = wp::address(var_joint_child, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // q_start = joint_q_start[j]                                                             <L 42>
    var_14 = wp::address(var_joint_q_start, var_6);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // qd_start = joint_qd_start[j]                                                           <L 43>
    var_17 = wp::address(var_joint_qd_start, var_6);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // gains = joint_drive_gains[tid]                                                         <L 44>
    var_20 = wp::address(var_joint_drive_gains, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // k_p = gains[0]                                                                         <L 45>
    var_24 = wp::extract(var_21, var_23);
    // k_d = gains[1]                                                                         <L 46>
    var_26 = wp::extract(var_21, var_25);
    // X_wc = body_q[child]                                                                   <L 47>
    var_27 = wp::address(var_body_q, var_12);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                       <L 49>
    var_30 = wp::address(var_joint_X_c, var_6);
    var_32 = wp::load(var_30);
    var_31 = wp::transform_multiply(var_28, var_32);
    // goal = joint_target[qd_start]                                                          <L 50>
    var_33 = wp::address(var_joint_target, var_18);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // if wp.static(mode == "position"):                                                      <L 51>
    // e = k_d * (goal - joint_qd[qd_start])                                                  <L 54>
    var_37 = wp::address(var_joint_qd, var_18);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_34, var_39);
    var_40 = wp::mul(var_26, var_38);
    // effort = joint_axis[qd_start] * e                                                      <L 55>
    var_41 = wp::address(var_joint_axis, var_18);
    var_43 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_40);
    // effort = clamp_effort(effort, gains[2])                                                <L 56>
    var_45 = wp::extract(var_21, var_44);
    var_46 = clamp_effort_0(var_42, var_45);
    // if wp.static(joint_type == "prismatic"):                                               <L 59>
    // f = wp.vec3()                                                                          <L 63>
    var_48 = wp::vec_t<3, wp::float32>();
    // t = wp.transform_vector(X_wj, effort)                                                  <L 64>
    var_49 = wp::transform_vector(var_31, var_46);
    // r_c = wp.transform_get_translation(X_wj) - wp.transform_point(X_wc, body_com[child])       <L 66>
    var_50 = wp::transform_get_translation(var_31);
    var_51 = wp::address(var_body_com, var_12);
    var_53 = wp::load(var_51);
    var_52 = wp::transform_point(var_28, var_53);
    var_54 = wp::sub(var_50, var_52);
    // wp.atomic_add(body_f_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))           <L 67>
    var_55 = wp::cross(var_54, var_48);
    var_56 = wp::add(var_49, var_55);
    var_57 = wp::vec_t<6, wp::float32>(var_56, var_48);
    // var_58 = wp::atomic_add(var_body_f_out, var_12, var_57);
    // if parent >= 0:                                                                        <L 68>
    var_60 = (var_9 >= var_59);
    if (var_60) {
        // r_p = wp.transform_get_translation(X_wj) - wp.transform_point(body_q[parent], body_com[parent])       <L 69>
        var_61 = wp::transform_get_translation(var_31);
        var_62 = wp::address(var_body_q, var_9);
        var_63 = wp::address(var_body_com, var_9);
        var_65 = wp::load(var_62);
        var_66 = wp::load(var_63);
        var_64 = wp::transform_point(var_65, var_66);
        var_67 = wp::sub(var_61, var_64);
        // wp.atomic_sub(body_f_out, parent, wp.spatial_vector(t + wp.cross(r_p, f), f))       <L 70>
        var_68 = wp::cross(var_67, var_48);
        var_69 = wp::add(var_49, var_68);
        var_70 = wp::vec_t<6, wp::float32>(var_69, var_48);
        // var_71 = wp::atomic_sub(var_body_f_out, var_9, var_70);
    }
    //---------
    // reverse
    if (var_60) {
        wp::adj_atomic_sub(var_body_f_out, var_9, var_70, adj_body_f_out, adj_9, adj_70, adj_71);
        wp::adj_vec_t(var_69, var_48, adj_69, adj_48, adj_70);
        wp::adj_add(var_49, var_68, adj_49, adj_68, adj_69);
        wp::adj_cross(var_67, var_48, adj_67, adj_48, adj_68);
        // adj: wp.atomic_sub(body_f_out, parent, wp.spatial_vector(t + wp.cross(r_p, f), f))  <L 70>
        wp::adj_sub(var_61, var_64, adj_61, adj_64, adj_67);
        wp::adj_transform_point(var_65, var_66, adj_62, adj_63, adj_64);
        wp::adj_address(var_body_com, var_9, adj_body_com, adj_9, adj_63);
        wp::adj_address(var_body_q, var_9, adj_body_q, adj_9, adj_62);
        wp::adj_transform_get_translation(var_31, adj_31, adj_61);
        // adj: r_p = wp.transform_get_translation(X_wj) - wp.transform_point(body_q[parent], body_com[parent])  <L 69>
    }
    // adj: if parent >= 0:                                                                   <L 68>
    wp::adj_atomic_add(var_body_f_out, var_12, var_57, adj_body_f_out, adj_12, adj_57, adj_58);
    wp::adj_vec_t(var_56, var_48, adj_56, adj_48, adj_57);
    wp::adj_add(var_49, var_55, adj_49, adj_55, adj_56);
    wp::adj_cross(var_54, var_48, adj_54, adj_48, adj_55);
    // adj: wp.atomic_add(body_f_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))      <L 67>
    wp::adj_sub(var_50, var_52, adj_50, adj_52, adj_54);
    wp::adj_transform_point(var_28, var_53, adj_28, adj_51, adj_52);
    wp::adj_address(var_body_com, var_12, adj_body_com, adj_12, adj_51);
    wp::adj_transform_get_translation(var_31, adj_31, adj_50);
    // adj: r_c = wp.transform_get_translation(X_wj) - wp.transform_point(X_wc, body_com[child])  <L 66>
    wp::adj_transform_vector(var_31, var_46, adj_31, adj_46, adj_49);
    // adj: t = wp.transform_vector(X_wj, effort)                                             <L 64>
    // adj: f = wp.vec3()                                                                     <L 63>
    // adj: if wp.static(joint_type == "prismatic"):                                          <L 59>
    adj_clamp_effort_0(var_42, var_45, adj_42, adj_45, adj_46);
    wp::adj_extract(var_21, var_44, adj_21, adj_44, adj_45);
    // adj: effort = clamp_effort(effort, gains[2])                                           <L 56>
    wp::adj_mul(var_43, var_40, adj_41, adj_40, adj_42);
    wp::adj_address(var_joint_axis, var_18, adj_joint_axis, adj_18, adj_41);
    // adj: effort = joint_axis[qd_start] * e                                                 <L 55>
    wp::adj_mul(var_26, var_38, adj_26, adj_38, adj_40);
    wp::adj_sub(var_34, var_39, adj_34, adj_37, adj_38);
    wp::adj_address(var_joint_qd, var_18, adj_joint_qd, adj_18, adj_37);
    // adj: e = k_d * (goal - joint_qd[qd_start])                                             <L 54>
    // adj: if wp.static(mode == "position"):                                                 <L 51>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_joint_target, var_18, adj_joint_target, adj_18, adj_33);
    // adj: goal = joint_target[qd_start]                                                     <L 50>
    wp::adj_transform_multiply(var_28, var_32, adj_28, adj_30, adj_31);
    wp::adj_address(var_joint_X_c, var_6, adj_joint_X_c, adj_6, adj_30);
    // adj: X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                  <L 49>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_body_q, var_12, adj_body_q, adj_12, adj_27);
    // adj: X_wc = body_q[child]                                                              <L 47>
    wp::adj_extract(var_21, var_25, adj_21, adj_25, adj_26);
    // adj: k_d = gains[1]                                                                    <L 46>
    wp::adj_extract(var_21, var_23, adj_21, adj_23, adj_24);
    // adj: k_p = gains[0]                                                                    <L 45>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_joint_drive_gains, var_0, adj_joint_drive_gains, adj_0, adj_20);
    // adj: gains = joint_drive_gains[tid]                                                    <L 44>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_joint_qd_start, var_6, adj_joint_qd_start, adj_6, adj_17);
    // adj: qd_start = joint_qd_start[j]                                                      <L 43>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_joint_q_start, var_6, adj_joint_q_start, adj_6, adj_14);
    // adj: q_start = joint_q_start[j]                                                        <L 42>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_joint_child, var_6, adj_joint_child, adj_6, adj_11);
    // adj: child = joint_child[j]                                                            <L 41>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_joint_parent, var_6, adj_joint_parent, adj_6, adj_8);
    // adj: parent = joint_parent[j]                                                          <L 40>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_drive_joints, var_0, adj_drive_joints, adj_0, adj_5);
    // adj: j = drive_joints[tid]                                                             <L 39>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 38>
    }
    wp::adj_address(var_num_driven_joints, var_1, adj_num_driven_joints, adj_1, adj_2);
    // adj: if tid >= num_driven_joints[0]:                                                   <L 37>
    // adj: tid = wp.tid()                                                                    <L 36>
    // adj: def drive_joint_targets(                                                          <L 18>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_driven_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->drive_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_qd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args)
{
    create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_driven_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_driven_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->drive_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->drive_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_qd.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_qd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_target.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_args,
    wp_args_create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee *_wp_adj_args)
{
    create_drive_joint_targets_kernel__locals__drive_joint_targets_61b86dee_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_integrate_rigid_bodies_bd1ce9a7 {
    wp::array_t<wp::transform_t<wp::float32>> parent_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_next;
    wp::transform_t<wp::float32> shape_xform;
    wp::float32 delta_time;
};


template <bool wp_linear_contiguous>
static void integrate_rigid_bodies_bd1ce9a7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_rigid_bodies_bd1ce9a7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.parent_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_vel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q = _wp_args->parent_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel = _wp_args->body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_torques = _wp_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    wp::transform_t<wp::float32> var_shape_xform = _wp_args->shape_xform;
    wp::float32 var_delta_time = _wp_args->delta_time;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<6, wp::float32>* var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32>* var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32>* var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = -9.81;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::float32 var_53 = 0.0;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    const wp::float32 var_56 = 0.5;
    wp::quat_t<wp::float32> var_57;
    wp::quat_t<wp::float32> var_58;
    wp::quat_t<wp::float32> var_59;
    wp::quat_t<wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::transform_t<wp::float32> var_63;
    wp::vec_t<6, wp::float32> var_64;
    //---------
    // forward
    // def integrate_rigid_bodies(                                                            <L 78>
    // tid = wp.tid()                                                                         <L 93>
    var_0 = builtin_tid1d();
    // parent_xform = parent_q[tid]                                                           <L 94>
    var_1 = wp::address(var_parent_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // tf = wp.transform_multiply(parent_xform, shape_xform)                                  <L 95>
    var_4 = wp::transform_multiply(var_2, var_shape_xform);
    // twist = body_vel[tid]                                                                  <L 96>
    var_5 = wp::address(var_body_vel, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // t_ext = body_torques[tid]                                                              <L 97>
    var_8 = wp::address(var_body_torques, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // f = particle_f[tid]                                                                    <L 98>
    var_11 = wp::address(var_particle_f, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // wrench = wp.spatial_vector(t_ext, f)                                                   <L 99>
    var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
    // com = body_com[tid]                                                                    <L 100>
    var_15 = wp::address(var_body_com, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // I = body_inertia[tid]                                                                  <L 101>
    var_18 = wp::address(var_body_inertia, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // inv_I = body_inv_inertia[tid]                                                          <L 102>
    var_21 = wp::address(var_body_inv_inertia, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // x0 = wp.transform_get_translation(tf)                                                  <L 103>
    var_24 = wp::transform_get_translation(var_4);
    // r0 = wp.transform_get_rotation(tf)                                                     <L 104>
    var_25 = wp::transform_get_rotation(var_4);
    // w0 = wp.spatial_top(twist)                                                             <L 105>
    var_26 = wp::spatial_top(var_6);
    // v0 = wp.spatial_bottom(twist)                                                          <L 106>
    var_27 = wp::spatial_bottom(var_6);
    // t0 = wp.spatial_top(wrench)                                                            <L 107>
    var_28 = wp::spatial_top(var_14);
    // f0 = wp.spatial_bottom(wrench)                                                         <L 108>
    var_29 = wp::spatial_bottom(var_14);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 109>
    var_30 = wp::quat_rotate(var_25, var_16);
    var_31 = wp::add(var_24, var_30);
    // v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * delta_time        <L 111>
    var_32 = wp::address(var_particle_inv_mass, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::mul(var_29, var_34);
    var_38 = wp::vec_t<3, wp::float32>(var_35, var_36, var_37);
    var_39 = wp::add(var_33, var_38);
    var_40 = wp::mul(var_39, var_delta_time);
    var_41 = wp::add(var_27, var_40);
    // x1 = x_com + v1 * delta_time                                                           <L 112>
    var_42 = wp::mul(var_41, var_delta_time);
    var_43 = wp::add(var_31, var_42);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 114>
    var_44 = wp::quat_rotate_inv(var_25, var_26);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 115>
    var_45 = wp::quat_rotate_inv(var_25, var_28);
    var_46 = wp::mul(var_19, var_44);
    var_47 = wp::cross(var_44, var_46);
    var_48 = wp::sub(var_45, var_47);
    // w1 = wp.quat_rotate(r0, wb + inv_I @ tb * delta_time)                                  <L 116>
    var_49 = wp::mul(var_22, var_48);
    var_50 = wp::mul(var_49, var_delta_time);
    var_51 = wp::add(var_44, var_50);
    var_52 = wp::quat_rotate(var_25, var_51);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 117>
    var_54 = wp::quat_t<wp::float32>(var_52, var_53);
    var_55 = wp::mul(var_54, var_25);
    var_57 = wp::mul(var_55, var_56);
    var_58 = wp::mul(var_57, var_delta_time);
    var_59 = wp::add(var_25, var_58);
    var_60 = wp::normalize(var_59);
    // body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                           <L 118>
    var_61 = wp::quat_rotate(var_60, var_16);
    var_62 = wp::sub(var_43, var_61);
    var_63 = wp::transform_t<wp::float32>(var_62, var_60);
    wp::array_store(var_body_q, var_0, var_63);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 119>
    var_64 = wp::vec_t<6, wp::float32>(var_52, var_41);
    wp::array_store(var_body_qd_next, var_0, var_64);
}



template <bool wp_linear_contiguous>
static void integrate_rigid_bodies_bd1ce9a7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_rigid_bodies_bd1ce9a7 wp_contiguous_args;
    wp_args_integrate_rigid_bodies_bd1ce9a7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.parent_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.parent_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_vel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_vel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q = _wp_args->parent_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel = _wp_args->body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_torques = _wp_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    wp::transform_t<wp::float32> var_shape_xform = _wp_args->shape_xform;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q = _wp_adj_args->parent_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_vel = _wp_adj_args->body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_torques = _wp_adj_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia = _wp_adj_args->body_inertia;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia = _wp_adj_args->body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_next = _wp_adj_args->body_qd_next;
    wp::transform_t<wp::float32> adj_shape_xform = _wp_adj_args->shape_xform;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<6, wp::float32>* var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::mat_t<3, 3, wp::float32>* var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32>* var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 0.0;
    const wp::float32 var_36 = -9.81;
    const wp::float32 var_37 = 0.0;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::float32 var_53 = 0.0;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    const wp::float32 var_56 = 0.5;
    wp::quat_t<wp::float32> var_57;
    wp::quat_t<wp::float32> var_58;
    wp::quat_t<wp::float32> var_59;
    wp::quat_t<wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::transform_t<wp::float32> var_63;
    wp::vec_t<6, wp::float32> var_64;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::mat_t<3, 3, wp::float32> adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::quat_t<wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::quat_t<wp::float32> adj_54 = {};
    wp::quat_t<wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::quat_t<wp::float32> adj_57 = {};
    wp::quat_t<wp::float32> adj_58 = {};
    wp::quat_t<wp::float32> adj_59 = {};
    wp::quat_t<wp::float32> adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::transform_t<wp::float32> adj_63 = {};
    wp::vec_t<6, wp::float32> adj_64 = {};
    //---------
    // forward
    // def integrate_rigid_bodies(                                                            <L 78>
    // tid = wp.tid()                                                                         <L 93>
    var_0 = builtin_tid1d();
    // parent_xform = parent_q[tid]                                                           <L 94>
    var_1 = wp::address(var_parent_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // tf = wp.transform_multiply(parent_xform, shape_xform)                                  <L 95>
    var_4 = wp::transform_multiply(var_2, var_shape_xform);
    // twist = body_vel[tid]                                                                  <L 96>
    var_5 = wp::address(var_body_vel, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // t_ext = body_torques[tid]                                                              <L 97>
    var_8 = wp::address(var_body_torques, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // f = particle_f[tid]                                                                    <L 98>
    var_11 = wp::address(var_particle_f, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // wrench = wp.spatial_vector(t_ext, f)                                                   <L 99>
    var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
    // com = body_com[tid]                                                                    <L 100>
    var_15 = wp::address(var_body_com, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // I = body_inertia[tid]                                                                  <L 101>
    var_18 = wp::address(var_body_inertia, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // inv_I = body_inv_inertia[tid]                                                          <L 102>
    var_21 = wp::address(var_body_inv_inertia, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // x0 = wp.transform_get_translation(tf)                                                  <L 103>
    var_24 = wp::transform_get_translation(var_4);
    // r0 = wp.transform_get_rotation(tf)                                                     <L 104>
    var_25 = wp::transform_get_rotation(var_4);
    // w0 = wp.spatial_top(twist)                                                             <L 105>
    var_26 = wp::spatial_top(var_6);
    // v0 = wp.spatial_bottom(twist)                                                          <L 106>
    var_27 = wp::spatial_bottom(var_6);
    // t0 = wp.spatial_top(wrench)                                                            <L 107>
    var_28 = wp::spatial_top(var_14);
    // f0 = wp.spatial_bottom(wrench)                                                         <L 108>
    var_29 = wp::spatial_bottom(var_14);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 109>
    var_30 = wp::quat_rotate(var_25, var_16);
    var_31 = wp::add(var_24, var_30);
    // v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * delta_time        <L 111>
    var_32 = wp::address(var_particle_inv_mass, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::mul(var_29, var_34);
    var_38 = wp::vec_t<3, wp::float32>(var_35, var_36, var_37);
    var_39 = wp::add(var_33, var_38);
    var_40 = wp::mul(var_39, var_delta_time);
    var_41 = wp::add(var_27, var_40);
    // x1 = x_com + v1 * delta_time                                                           <L 112>
    var_42 = wp::mul(var_41, var_delta_time);
    var_43 = wp::add(var_31, var_42);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 114>
    var_44 = wp::quat_rotate_inv(var_25, var_26);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 115>
    var_45 = wp::quat_rotate_inv(var_25, var_28);
    var_46 = wp::mul(var_19, var_44);
    var_47 = wp::cross(var_44, var_46);
    var_48 = wp::sub(var_45, var_47);
    // w1 = wp.quat_rotate(r0, wb + inv_I @ tb * delta_time)                                  <L 116>
    var_49 = wp::mul(var_22, var_48);
    var_50 = wp::mul(var_49, var_delta_time);
    var_51 = wp::add(var_44, var_50);
    var_52 = wp::quat_rotate(var_25, var_51);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 117>
    var_54 = wp::quat_t<wp::float32>(var_52, var_53);
    var_55 = wp::mul(var_54, var_25);
    var_57 = wp::mul(var_55, var_56);
    var_58 = wp::mul(var_57, var_delta_time);
    var_59 = wp::add(var_25, var_58);
    var_60 = wp::normalize(var_59);
    // body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                           <L 118>
    var_61 = wp::quat_rotate(var_60, var_16);
    var_62 = wp::sub(var_43, var_61);
    var_63 = wp::transform_t<wp::float32>(var_62, var_60);
    // wp::array_store(var_body_q, var_0, var_63);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 119>
    var_64 = wp::vec_t<6, wp::float32>(var_52, var_41);
    // wp::array_store(var_body_qd_next, var_0, var_64);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_next, var_0, var_64, adj_body_qd_next, adj_0, adj_64);
    wp::adj_vec_t(var_52, var_41, adj_52, adj_41, adj_64);
    // adj: body_qd_next[tid] = wp.spatial_vector(w1, v1)                                     <L 119>
    wp::adj_array_store(var_body_q, var_0, var_63, adj_body_q, adj_0, adj_63);
    wp::adj_transform_t(var_62, var_60, adj_62, adj_60, adj_63);
    wp::adj_sub(var_43, var_61, adj_43, adj_61, adj_62);
    wp::adj_quat_rotate(var_60, var_16, adj_60, adj_16, adj_61);
    // adj: body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                      <L 118>
    wp::adj_normalize(var_59, adj_59, adj_60);
    wp::adj_add(var_25, var_58, adj_25, adj_58, adj_59);
    wp::adj_mul(var_57, var_delta_time, adj_57, adj_delta_time, adj_58);
    wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
    wp::adj_mul(var_54, var_25, adj_54, adj_25, adj_55);
    wp::adj_quat_t(var_52, var_53, adj_52, adj_53, adj_54);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                  <L 117>
    wp::adj_quat_rotate(var_25, var_51, adj_25, adj_51, adj_52);
    wp::adj_add(var_44, var_50, adj_44, adj_50, adj_51);
    wp::adj_mul(var_49, var_delta_time, adj_49, adj_delta_time, adj_50);
    wp::adj_mul(var_22, var_48, adj_22, adj_48, adj_49);
    // adj: w1 = wp.quat_rotate(r0, wb + inv_I @ tb * delta_time)                             <L 116>
    wp::adj_sub(var_45, var_47, adj_45, adj_47, adj_48);
    wp::adj_cross(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_mul(var_19, var_44, adj_19, adj_44, adj_46);
    wp::adj_quat_rotate_inv(var_25, var_28, adj_25, adj_28, adj_45);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                            <L 115>
    wp::adj_quat_rotate_inv(var_25, var_26, adj_25, adj_26, adj_44);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 114>
    wp::adj_add(var_31, var_42, adj_31, adj_42, adj_43);
    wp::adj_mul(var_41, var_delta_time, adj_41, adj_delta_time, adj_42);
    // adj: x1 = x_com + v1 * delta_time                                                      <L 112>
    wp::adj_add(var_27, var_40, adj_27, adj_40, adj_41);
    wp::adj_mul(var_39, var_delta_time, adj_39, adj_delta_time, adj_40);
    wp::adj_add(var_33, var_38, adj_33, adj_38, adj_39);
    wp::adj_vec_t(var_35, var_36, var_37, adj_35, adj_36, adj_37, adj_38);
    wp::adj_mul(var_29, var_34, adj_29, adj_32, adj_33);
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_32);
    // adj: v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * delta_time   <L 111>
    wp::adj_add(var_24, var_30, adj_24, adj_30, adj_31);
    wp::adj_quat_rotate(var_25, var_16, adj_25, adj_16, adj_30);
    // adj: x_com = x0 + wp.quat_rotate(r0, com)                                              <L 109>
    wp::adj_spatial_bottom(var_14, adj_14, adj_29);
    // adj: f0 = wp.spatial_bottom(wrench)                                                    <L 108>
    wp::adj_spatial_top(var_14, adj_14, adj_28);
    // adj: t0 = wp.spatial_top(wrench)                                                       <L 107>
    wp::adj_spatial_bottom(var_6, adj_6, adj_27);
    // adj: v0 = wp.spatial_bottom(twist)                                                     <L 106>
    wp::adj_spatial_top(var_6, adj_6, adj_26);
    // adj: w0 = wp.spatial_top(twist)                                                        <L 105>
    wp::adj_transform_get_rotation(var_4, adj_4, adj_25);
    // adj: r0 = wp.transform_get_rotation(tf)                                                <L 104>
    wp::adj_transform_get_translation(var_4, adj_4, adj_24);
    // adj: x0 = wp.transform_get_translation(tf)                                             <L 103>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_body_inv_inertia, var_0, adj_body_inv_inertia, adj_0, adj_21);
    // adj: inv_I = body_inv_inertia[tid]                                                     <L 102>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_body_inertia, var_0, adj_body_inertia, adj_0, adj_18);
    // adj: I = body_inertia[tid]                                                             <L 101>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_15);
    // adj: com = body_com[tid]                                                               <L 100>
    wp::adj_vec_t(var_9, var_12, adj_9, adj_12, adj_14);
    // adj: wrench = wp.spatial_vector(t_ext, f)                                              <L 99>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_11);
    // adj: f = particle_f[tid]                                                               <L 98>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_body_torques, var_0, adj_body_torques, adj_0, adj_8);
    // adj: t_ext = body_torques[tid]                                                         <L 97>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_body_vel, var_0, adj_body_vel, adj_0, adj_5);
    // adj: twist = body_vel[tid]                                                             <L 96>
    wp::adj_transform_multiply(var_2, var_shape_xform, adj_2, adj_shape_xform, adj_4);
    // adj: tf = wp.transform_multiply(parent_xform, shape_xform)                             <L 95>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_1);
    // adj: parent_xform = parent_q[tid]                                                      <L 94>
    // adj: tid = wp.tid()                                                                    <L 93>
    // adj: def integrate_rigid_bodies(                                                       <L 78>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_rigid_bodies_bd1ce9a7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_rigid_bodies_bd1ce9a7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void integrate_rigid_bodies_bd1ce9a7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->parent_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_vel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        integrate_rigid_bodies_bd1ce9a7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        integrate_rigid_bodies_bd1ce9a7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_rigid_bodies_bd1ce9a7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args)
{
    integrate_rigid_bodies_bd1ce9a7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_rigid_bodies_bd1ce9a7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_rigid_bodies_bd1ce9a7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void integrate_rigid_bodies_bd1ce9a7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->parent_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->parent_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_vel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_vel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        integrate_rigid_bodies_bd1ce9a7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        integrate_rigid_bodies_bd1ce9a7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void integrate_rigid_bodies_bd1ce9a7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_args,
    wp_args_integrate_rigid_bodies_bd1ce9a7 *_wp_adj_args)
{
    integrate_rigid_bodies_bd1ce9a7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

