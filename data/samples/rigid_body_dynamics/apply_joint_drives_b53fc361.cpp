// Warp 1.19.0 cpu code for apply_joint_drives_b53fc361.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 {
    wp::array_t<wp::vec_t<3, wp::float32>> joint_drive_gains;
    wp::array_t<wp::int32> driven_joint_ids;
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
    wp::int32 drive_count;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.driven_joint_ids.strides[0] = sizeof(wp::int32);
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
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains = _wp_args->joint_drive_gains;
    wp::array_t<wp::int32> var_driven_joint_ids = _wp_args->driven_joint_ids;
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
    wp::int32 var_drive_count = _wp_args->drive_count;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
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
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::transform_t<wp::float32>* var_24;
    wp::transform_t<wp::float32> var_25;
    wp::transform_t<wp::float32> var_26;
    wp::transform_t<wp::float32>* var_27;
    wp::transform_t<wp::float32> var_28;
    wp::transform_t<wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const bool var_33 = false;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const bool var_41 = true;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<6, wp::float32> var_47;
    wp::vec_t<6, wp::float32> var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    wp::vec_t<6, wp::float32> var_51;
    //---------
    // forward
    // def apply_joint_drives(                                                                <L 26>
    // tid = wp.tid()                                                                         <L 42>
    var_0 = builtin_tid1d();
    // if tid >= drive_count:                                                                 <L 43>
    var_1 = (var_0 >= var_drive_count);
    if (var_1) {
        // return                                                                             <L 44>
        return;
    }
    // j = driven_joint_ids[tid]                                                              <L 45>
    var_2 = wp::address(var_driven_joint_ids, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // parent = joint_parent[j]                                                               <L 46>
    var_5 = wp::address(var_joint_parent, var_3);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // child = joint_child[j]                                                                 <L 47>
    var_8 = wp::address(var_joint_child, var_3);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // q_start = joint_q_start[j]                                                             <L 48>
    var_11 = wp::address(var_joint_q_start, var_3);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // qd_start = joint_qd_start[j]                                                           <L 49>
    var_14 = wp::address(var_joint_qd_start, var_3);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // gains = joint_drive_gains[j]                                                           <L 50>
    var_17 = wp::address(var_joint_drive_gains, var_3);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // k_p = gains[0]                                                                         <L 51>
    var_21 = wp::extract(var_18, var_20);
    // k_d = gains[1]                                                                         <L 52>
    var_23 = wp::extract(var_18, var_22);
    // X_wc = body_q[child]                                                                   <L 53>
    var_24 = wp::address(var_body_q, var_9);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                       <L 55>
    var_27 = wp::address(var_joint_X_c, var_3);
    var_29 = wp::load(var_27);
    var_28 = wp::transform_multiply(var_25, var_29);
    // goal = joint_target[qd_start]                                                          <L 56>
    var_30 = wp::address(var_joint_target, var_15);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // if wp.static(mode == DriveMode.POSITION):                                              <L 57>
    // e = k_d * (goal - joint_qd[qd_start])                                                  <L 60>
    var_34 = wp::address(var_joint_qd, var_15);
    var_36 = wp::load(var_34);
    var_35 = wp::sub(var_31, var_36);
    var_37 = wp::mul(var_23, var_35);
    // effort = joint_axis[qd_start] * e                                                      <L 61>
    var_38 = wp::address(var_joint_axis, var_15);
    var_40 = wp::load(var_38);
    var_39 = wp::mul(var_40, var_37);
    // if wp.static(joint_type == JointType.PRISMATIC):                                       <L 64>
    // f = wp.transform_vector(X_wj, effort)                                                  <L 65>
    var_42 = wp::transform_vector(var_28, var_39);
    // t = wp.vec3()                                                                          <L 66>
    var_43 = wp::vec_t<3, wp::float32>();
    // wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)       <L 71>
    var_44 = wp::transform_get_translation(var_28);
    var_45 = wp::cross(var_44, var_42);
    var_46 = wp::add(var_43, var_45);
    var_47 = wp::vec_t<6, wp::float32>(var_46, var_42);
    // wp.atomic_add(body_f_out, child, wrench)                                               <L 72>
    var_48 = wp::atomic_add(var_body_f_out, var_9, var_47);
    // if parent >= 0:                                                                        <L 73>
    var_50 = (var_6 >= var_49);
    if (var_50) {
        // wp.atomic_sub(body_f_out, parent, wrench)                                          <L 74>
        var_51 = wp::atomic_sub(var_body_f_out, var_6, var_47);
    }
}



template <bool wp_linear_contiguous>
static void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 wp_contiguous_args;
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.driven_joint_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.driven_joint_ids.strides[0] = sizeof(wp::int32);
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
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains = _wp_args->joint_drive_gains;
    wp::array_t<wp::int32> var_driven_joint_ids = _wp_args->driven_joint_ids;
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
    wp::int32 var_drive_count = _wp_args->drive_count;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_drive_gains = _wp_adj_args->joint_drive_gains;
    wp::array_t<wp::int32> adj_driven_joint_ids = _wp_adj_args->driven_joint_ids;
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
    wp::int32 adj_drive_count = _wp_adj_args->drive_count;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
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
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    wp::float32 var_23;
    wp::transform_t<wp::float32>* var_24;
    wp::transform_t<wp::float32> var_25;
    wp::transform_t<wp::float32> var_26;
    wp::transform_t<wp::float32>* var_27;
    wp::transform_t<wp::float32> var_28;
    wp::transform_t<wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const bool var_33 = false;
    wp::float32* var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    const bool var_41 = true;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<6, wp::float32> var_47;
    wp::vec_t<6, wp::float32> var_48;
    const wp::int32 var_49 = 0;
    bool var_50;
    wp::vec_t<6, wp::float32> var_51;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
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
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::transform_t<wp::float32> adj_24 = {};
    wp::transform_t<wp::float32> adj_25 = {};
    wp::transform_t<wp::float32> adj_26 = {};
    wp::transform_t<wp::float32> adj_27 = {};
    wp::transform_t<wp::float32> adj_28 = {};
    wp::transform_t<wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    bool adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<6, wp::float32> adj_47 = {};
    wp::vec_t<6, wp::float32> adj_48 = {};
    wp::int32 adj_49 = {};
    bool adj_50 = {};
    wp::vec_t<6, wp::float32> adj_51 = {};
    //---------
    // forward
    // def apply_joint_drives(                                                                <L 26>
    // tid = wp.tid()                                                                         <L 42>
    var_0 = builtin_tid1d();
    // if tid >= drive_count:                                                                 <L 43>
    var_1 = (var_0 >= var_drive_count);
    if (var_1) {
        // return                                                                             <L 44>
        goto label0;
    }
    // j = driven_joint_ids[tid]                                                              <L 45>
    var_2 = wp::address(var_driven_joint_ids, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // parent = joint_parent[j]                                                               <L 46>
    var_5 = wp::address(var_joint_parent, var_3);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // child = joint_child[j]                                                                 <L 47>
    var_8 = wp::address(var_joint_child, var_3);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // q_start = joint_q_start[j]                                                             <L 48>
    var_11 = wp::address(var_joint_q_start, var_3);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // qd_start = joint_qd_start[j]                                                           <L 49>
    var_14 = wp::address(var_joint_qd_start, var_3);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // gains = joint_drive_gains[j]                                                           <L 50>
    var_17 = wp::address(var_joint_drive_gains, var_3);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // k_p = gains[0]                                                                         <L 51>
    var_21 = wp::extract(var_18, var_20);
    // k_d = gains[1]                                                                         <L 52>
    var_23 = wp::extract(var_18, var_22);
    // X_wc = body_q[child]                                                                   <L 53>
    var_24 = wp::address(var_body_q, var_9);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                       <L 55>
    var_27 = wp::address(var_joint_X_c, var_3);
    var_29 = wp::load(var_27);
    var_28 = wp::transform_multiply(var_25, var_29);
    // goal = joint_target[qd_start]                                                          <L 56>
    var_30 = wp::address(var_joint_target, var_15);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // if wp.static(mode == DriveMode.POSITION):                                              <L 57>
    // e = k_d * (goal - joint_qd[qd_start])                                                  <L 60>
    var_34 = wp::address(var_joint_qd, var_15);
    var_36 = wp::load(var_34);
    var_35 = wp::sub(var_31, var_36);
    var_37 = wp::mul(var_23, var_35);
    // effort = joint_axis[qd_start] * e                                                      <L 61>
    var_38 = wp::address(var_joint_axis, var_15);
    var_40 = wp::load(var_38);
    var_39 = wp::mul(var_40, var_37);
    // if wp.static(joint_type == JointType.PRISMATIC):                                       <L 64>
    // f = wp.transform_vector(X_wj, effort)                                                  <L 65>
    var_42 = wp::transform_vector(var_28, var_39);
    // t = wp.vec3()                                                                          <L 66>
    var_43 = wp::vec_t<3, wp::float32>();
    // wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)       <L 71>
    var_44 = wp::transform_get_translation(var_28);
    var_45 = wp::cross(var_44, var_42);
    var_46 = wp::add(var_43, var_45);
    var_47 = wp::vec_t<6, wp::float32>(var_46, var_42);
    // wp.atomic_add(body_f_out, child, wrench)                                               <L 72>
    // var_48 = wp::atomic_add(var_body_f_out, var_9, var_47);
    // if parent >= 0:                                                                        <L 73>
    var_50 = (var_6 >= var_49);
    if (var_50) {
        // wp.atomic_sub(body_f_out, parent, wrench)                                          <L 74>
        // var_51 = wp::atomic_sub(var_body_f_out, var_6, var_47);
    }
    //---------
    // reverse
    if (var_50) {
        wp::adj_atomic_sub(var_body_f_out, var_6, var_47, adj_body_f_out, adj_6, adj_47, adj_51);
        // adj: wp.atomic_sub(body_f_out, parent, wrench)                                     <L 74>
    }
    // adj: if parent >= 0:                                                                   <L 73>
    wp::adj_atomic_add(var_body_f_out, var_9, var_47, adj_body_f_out, adj_9, adj_47, adj_48);
    // adj: wp.atomic_add(body_f_out, child, wrench)                                          <L 72>
    wp::adj_vec_t(var_46, var_42, adj_46, adj_42, adj_47);
    wp::adj_add(var_43, var_45, adj_43, adj_45, adj_46);
    wp::adj_cross(var_44, var_42, adj_44, adj_42, adj_45);
    wp::adj_transform_get_translation(var_28, adj_28, adj_44);
    // adj: wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)  <L 71>
    // adj: t = wp.vec3()                                                                     <L 66>
    wp::adj_transform_vector(var_28, var_39, adj_28, adj_39, adj_42);
    // adj: f = wp.transform_vector(X_wj, effort)                                             <L 65>
    // adj: if wp.static(joint_type == JointType.PRISMATIC):                                  <L 64>
    wp::adj_mul(var_40, var_37, adj_38, adj_37, adj_39);
    wp::adj_address(var_joint_axis, var_15, adj_joint_axis, adj_15, adj_38);
    // adj: effort = joint_axis[qd_start] * e                                                 <L 61>
    wp::adj_mul(var_23, var_35, adj_23, adj_35, adj_37);
    wp::adj_sub(var_31, var_36, adj_31, adj_34, adj_35);
    wp::adj_address(var_joint_qd, var_15, adj_joint_qd, adj_15, adj_34);
    // adj: e = k_d * (goal - joint_qd[qd_start])                                             <L 60>
    // adj: if wp.static(mode == DriveMode.POSITION):                                         <L 57>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_joint_target, var_15, adj_joint_target, adj_15, adj_30);
    // adj: goal = joint_target[qd_start]                                                     <L 56>
    wp::adj_transform_multiply(var_25, var_29, adj_25, adj_27, adj_28);
    wp::adj_address(var_joint_X_c, var_3, adj_joint_X_c, adj_3, adj_27);
    // adj: X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                  <L 55>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_body_q, var_9, adj_body_q, adj_9, adj_24);
    // adj: X_wc = body_q[child]                                                              <L 53>
    wp::adj_extract(var_18, var_22, adj_18, adj_22, adj_23);
    // adj: k_d = gains[1]                                                                    <L 52>
    wp::adj_extract(var_18, var_20, adj_18, adj_20, adj_21);
    // adj: k_p = gains[0]                                                                    <L 51>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_joint_drive_gains, var_3, adj_joint_drive_gains, adj_3, adj_17);
    // adj: gains = joint_drive_gains[j]                                                      <L 50>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_joint_qd_start, var_3, adj_joint_qd_start, adj_3, adj_14);
    // adj: qd_start = joint_qd_start[j]                                                      <L 49>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_joint_q_start, var_3, adj_joint_q_start, adj_3, adj_11);
    // adj: q_start = joint_q_start[j]                                                        <L 48>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_joint_child, var_3, adj_joint_child, adj_3, adj_8);
    // adj: child = joint_child[j]                                                            <L 47>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_joint_parent, var_3, adj_joint_parent, adj_3, adj_5);
    // adj: parent = joint_parent[j]                                                          <L 46>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_driven_joint_ids, var_0, adj_driven_joint_ids, adj_0, adj_2);
    // adj: j = driven_joint_ids[tid]                                                         <L 45>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 44>
    }
    // adj: if tid >= drive_count:                                                            <L 43>
    // adj: tid = wp.tid()                                                                    <L 42>
    // adj: def apply_joint_drives(                                                           <L 26>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->driven_joint_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_qd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args)
{
    create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->driven_joint_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->driven_joint_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_qd.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_qd.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_target.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_args,
    wp_args_create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4 *_wp_adj_args)
{
    create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

