// Warp 1.19.0 cuda code for apply_joint_drives_b53fc361.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains,
    wp::array_t<wp::int32> var_driven_joint_ids,
    wp::array_t<wp::int32> var_joint_parent,
    wp::array_t<wp::int32> var_joint_child,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_drive_count,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
            continue;
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
}



extern "C" __global__ void create_apply_joint_drives_kernel__locals__apply_joint_drives_9377ccd4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains,
    wp::array_t<wp::int32> var_driven_joint_ids,
    wp::array_t<wp::int32> var_joint_parent,
    wp::array_t<wp::int32> var_joint_child,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_drive_count,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_drive_gains,
    wp::array_t<wp::int32> adj_driven_joint_ids,
    wp::array_t<wp::int32> adj_joint_parent,
    wp::array_t<wp::int32> adj_joint_child,
    wp::array_t<wp::int32> adj_joint_q_start,
    wp::array_t<wp::int32> adj_joint_qd_start,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_qd,
    wp::array_t<wp::float32> adj_joint_target,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> adj_joint_X_c,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::int32 adj_drive_count,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

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
        continue;
    }
}

