// Warp 1.19.0 cuda code for eval_joint_drives_785f43bc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void create_eval_joint_drives_kernel__locals__eval_joint_drives_77df7962_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains,
    wp::array_t<wp::int32> var_drive_joints,
    wp::array_t<wp::int32> var_joint_parent,
    wp::array_t<wp::int32> var_joint_child,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_p,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<3, wp::float32>> var_com,
    wp::int32 var_num_drives,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out)
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
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::transform_t<wp::float32>* var_29;
        wp::transform_t<wp::float32> var_30;
        wp::transform_t<wp::float32> var_31;
        wp::transform_t<wp::float32> var_32;
        const bool var_33 = false;
        const bool var_34 = true;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        bool var_49;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        const bool var_55 = false;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::transform_t<wp::float32>* var_59;
        wp::vec_t<3, wp::float32>* var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::transform_t<wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<6, wp::float32> var_67;
        wp::vec_t<6, wp::float32> var_68;
        //---------
        // forward
        // def eval_joint_drives(                                                                 <L 15>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // if tid >= num_drives:                                                                  <L 33>
        var_1 = (var_0 >= var_num_drives);
        if (var_1) {
            // return                                                                             <L 34>
            continue;
        }
        // j = drive_joints[tid]                                                                  <L 35>
        var_2 = wp::address(var_drive_joints, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // parent = joint_parent[j]                                                               <L 36>
        var_5 = wp::address(var_joint_parent, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // child = joint_child[j]                                                                 <L 37>
        var_8 = wp::address(var_joint_child, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // q_start = joint_q_start[j]                                                             <L 38>
        var_11 = wp::address(var_joint_q_start, var_3);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // qd_start = joint_qd_start[j]                                                           <L 39>
        var_14 = wp::address(var_joint_qd_start, var_3);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // gains = joint_drive_gains[j]                                                           <L 40>
        var_17 = wp::address(var_joint_drive_gains, var_3);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // k_p = gains[0]                                                                         <L 41>
        var_21 = wp::extract(var_18, var_20);
        // k_d = gains[1]                                                                         <L 42>
        var_23 = wp::extract(var_18, var_22);
        // X_wj = joint_X_p[j]                                                                    <L 43>
        var_24 = wp::address(var_joint_X_p, var_3);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // if parent >= 0:                                                                        <L 44>
        var_28 = (var_6 >= var_27);
        if (var_28) {
            // X_wj = wp.transform_multiply(transforms[parent], X_wj)                             <L 45>
            var_29 = wp::address(var_transforms, var_6);
            var_31 = wp::load(var_29);
            var_30 = wp::transform_multiply(var_31, var_25);
        }
        var_32 = wp::where(var_28, var_30, var_25);
        // if wp.static(joint_type == "ball"):                                                    <L 46>
        // if wp.static(mode == "position"):                                                      <L 55>
        // e = -k_p * joint_q[q_start] - k_d * joint_qd[qd_start]                                 <L 56>
        var_35 = wp::neg(var_21);
        var_36 = wp::address(var_joint_q, var_12);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_35, var_38);
        var_39 = wp::address(var_joint_qd, var_15);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_23, var_41);
        var_42 = wp::sub(var_37, var_40);
        // effort = joint_axis[qd_start] * e                                                      <L 59>
        var_43 = wp::address(var_joint_axis, var_15);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_42);
        // effort_norm = wp.length(effort)                                                        <L 62>
        var_46 = wp::length(var_44);
        // if effort_norm > gains[2]:                                                             <L 63>
        var_48 = wp::extract(var_18, var_47);
        var_49 = (var_46 > var_48);
        if (var_49) {
            // effort = effort * (gains[2] / effort_norm)                                         <L 64>
            var_51 = wp::extract(var_18, var_50);
            var_52 = wp::div(var_51, var_46);
            var_53 = wp::mul(var_44, var_52);
        }
        var_54 = wp::where(var_49, var_53, var_44);
        // if wp.static(joint_type == "prismatic"):                                               <L 67>
        // f = wp.vec3()                                                                          <L 71>
        var_56 = wp::vec_t<3, wp::float32>();
        // t = wp.transform_vector(X_wj, effort)                                                  <L 72>
        var_57 = wp::transform_vector(var_32, var_54);
        // r_c = wp.transform_get_translation(X_wj) - wp.transform_point(transforms[child], com[child])       <L 74>
        var_58 = wp::transform_get_translation(var_32);
        var_59 = wp::address(var_transforms, var_9);
        var_60 = wp::address(var_com, var_9);
        var_62 = wp::load(var_59);
        var_63 = wp::load(var_60);
        var_61 = wp::transform_point(var_62, var_63);
        var_64 = wp::sub(var_58, var_61);
        // wp.atomic_add(wrenches_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))         <L 75>
        var_65 = wp::cross(var_64, var_56);
        var_66 = wp::add(var_57, var_65);
        var_67 = wp::vec_t<6, wp::float32>(var_66, var_56);
        var_68 = wp::atomic_add(var_wrenches_out, var_9, var_67);
    }
}



extern "C" __global__ void create_eval_joint_drives_kernel__locals__eval_joint_drives_77df7962_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains,
    wp::array_t<wp::int32> var_drive_joints,
    wp::array_t<wp::int32> var_joint_parent,
    wp::array_t<wp::int32> var_joint_child,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_p,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<3, wp::float32>> var_com,
    wp::int32 var_num_drives,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_drive_gains,
    wp::array_t<wp::int32> adj_drive_joints,
    wp::array_t<wp::int32> adj_joint_parent,
    wp::array_t<wp::int32> adj_joint_child,
    wp::array_t<wp::int32> adj_joint_q_start,
    wp::array_t<wp::int32> adj_joint_qd_start,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> adj_joint_X_p,
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com,
    wp::int32 adj_num_drives,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out)
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
        const wp::int32 var_27 = 0;
        bool var_28;
        wp::transform_t<wp::float32>* var_29;
        wp::transform_t<wp::float32> var_30;
        wp::transform_t<wp::float32> var_31;
        wp::transform_t<wp::float32> var_32;
        const bool var_33 = false;
        const bool var_34 = true;
        wp::float32 var_35;
        wp::float32* var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        wp::float32 var_48;
        bool var_49;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        const bool var_55 = false;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::transform_t<wp::float32>* var_59;
        wp::vec_t<3, wp::float32>* var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::transform_t<wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<6, wp::float32> var_67;
        wp::vec_t<6, wp::float32> var_68;
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
        wp::int32 adj_27 = {};
        bool adj_28 = {};
        wp::transform_t<wp::float32> adj_29 = {};
        wp::transform_t<wp::float32> adj_30 = {};
        wp::transform_t<wp::float32> adj_31 = {};
        wp::transform_t<wp::float32> adj_32 = {};
        bool adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        wp::int32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        bool adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::transform_t<wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::transform_t<wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::vec_t<6, wp::float32> adj_67 = {};
        wp::vec_t<6, wp::float32> adj_68 = {};
        //---------
        // forward
        // def eval_joint_drives(                                                                 <L 15>
        // tid = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // if tid >= num_drives:                                                                  <L 33>
        var_1 = (var_0 >= var_num_drives);
        if (var_1) {
            // return                                                                             <L 34>
            goto label0;
        }
        // j = drive_joints[tid]                                                                  <L 35>
        var_2 = wp::address(var_drive_joints, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // parent = joint_parent[j]                                                               <L 36>
        var_5 = wp::address(var_joint_parent, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // child = joint_child[j]                                                                 <L 37>
        var_8 = wp::address(var_joint_child, var_3);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // q_start = joint_q_start[j]                                                             <L 38>
        var_11 = wp::address(var_joint_q_start, var_3);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // qd_start = joint_qd_start[j]                                                           <L 39>
        var_14 = wp::address(var_joint_qd_start, var_3);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // gains = joint_drive_gains[j]                                                           <L 40>
        var_17 = wp::address(var_joint_drive_gains, var_3);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // k_p = gains[0]                                                                         <L 41>
        var_21 = wp::extract(var_18, var_20);
        // k_d = gains[1]                                                                         <L 42>
        var_23 = wp::extract(var_18, var_22);
        // X_wj = joint_X_p[j]                                                                    <L 43>
        var_24 = wp::address(var_joint_X_p, var_3);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // if parent >= 0:                                                                        <L 44>
        var_28 = (var_6 >= var_27);
        if (var_28) {
            // X_wj = wp.transform_multiply(transforms[parent], X_wj)                             <L 45>
            var_29 = wp::address(var_transforms, var_6);
            var_31 = wp::load(var_29);
            var_30 = wp::transform_multiply(var_31, var_25);
        }
        var_32 = wp::where(var_28, var_30, var_25);
        // if wp.static(joint_type == "ball"):                                                    <L 46>
        // if wp.static(mode == "position"):                                                      <L 55>
        // e = -k_p * joint_q[q_start] - k_d * joint_qd[qd_start]                                 <L 56>
        var_35 = wp::neg(var_21);
        var_36 = wp::address(var_joint_q, var_12);
        var_38 = wp::load(var_36);
        var_37 = wp::mul(var_35, var_38);
        var_39 = wp::address(var_joint_qd, var_15);
        var_41 = wp::load(var_39);
        var_40 = wp::mul(var_23, var_41);
        var_42 = wp::sub(var_37, var_40);
        // effort = joint_axis[qd_start] * e                                                      <L 59>
        var_43 = wp::address(var_joint_axis, var_15);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_42);
        // effort_norm = wp.length(effort)                                                        <L 62>
        var_46 = wp::length(var_44);
        // if effort_norm > gains[2]:                                                             <L 63>
        var_48 = wp::extract(var_18, var_47);
        var_49 = (var_46 > var_48);
        if (var_49) {
            // effort = effort * (gains[2] / effort_norm)                                         <L 64>
            var_51 = wp::extract(var_18, var_50);
            var_52 = wp::div(var_51, var_46);
            var_53 = wp::mul(var_44, var_52);
        }
        var_54 = wp::where(var_49, var_53, var_44);
        // if wp.static(joint_type == "prismatic"):                                               <L 67>
        // f = wp.vec3()                                                                          <L 71>
        var_56 = wp::vec_t<3, wp::float32>();
        // t = wp.transform_vector(X_wj, effort)                                                  <L 72>
        var_57 = wp::transform_vector(var_32, var_54);
        // r_c = wp.transform_get_translation(X_wj) - wp.transform_point(transforms[child], com[child])       <L 74>
        var_58 = wp::transform_get_translation(var_32);
        var_59 = wp::address(var_transforms, var_9);
        var_60 = wp::address(var_com, var_9);
        var_62 = wp::load(var_59);
        var_63 = wp::load(var_60);
        var_61 = wp::transform_point(var_62, var_63);
        var_64 = wp::sub(var_58, var_61);
        // wp.atomic_add(wrenches_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))         <L 75>
        var_65 = wp::cross(var_64, var_56);
        var_66 = wp::add(var_57, var_65);
        var_67 = wp::vec_t<6, wp::float32>(var_66, var_56);
        // var_68 = wp::atomic_add(var_wrenches_out, var_9, var_67);
        //---------
        // reverse
        wp::adj_atomic_add(var_wrenches_out, var_9, var_67, adj_wrenches_out, adj_9, adj_67, adj_68);
        wp::adj_vec_t(var_66, var_56, adj_66, adj_56, adj_67);
        wp::adj_add(var_57, var_65, adj_57, adj_65, adj_66);
        wp::adj_cross(var_64, var_56, adj_64, adj_56, adj_65);
        // adj: wp.atomic_add(wrenches_out, child, wp.spatial_vector(t + wp.cross(r_c, f), f))    <L 75>
        wp::adj_sub(var_58, var_61, adj_58, adj_61, adj_64);
        wp::adj_transform_point(var_62, var_63, adj_59, adj_60, adj_61);
        wp::adj_address(var_com, var_9, adj_com, adj_9, adj_60);
        wp::adj_address(var_transforms, var_9, adj_transforms, adj_9, adj_59);
        wp::adj_transform_get_translation(var_32, adj_32, adj_58);
        // adj: r_c = wp.transform_get_translation(X_wj) - wp.transform_point(transforms[child], com[child])  <L 74>
        wp::adj_transform_vector(var_32, var_54, adj_32, adj_54, adj_57);
        // adj: t = wp.transform_vector(X_wj, effort)                                             <L 72>
        // adj: f = wp.vec3()                                                                     <L 71>
        // adj: if wp.static(joint_type == "prismatic"):                                          <L 67>
        wp::adj_where(var_49, var_53, var_44, adj_49, adj_53, adj_44, adj_54);
        if (var_49) {
            wp::adj_mul(var_44, var_52, adj_44, adj_52, adj_53);
            wp::adj_div(var_51, var_46, var_52, adj_51, adj_46, adj_52);
            wp::adj_extract(var_18, var_50, adj_18, adj_50, adj_51);
            // adj: effort = effort * (gains[2] / effort_norm)                                    <L 64>
        }
        wp::adj_extract(var_18, var_47, adj_18, adj_47, adj_48);
        // adj: if effort_norm > gains[2]:                                                        <L 63>
        wp::adj_length(var_44, var_46, adj_44, adj_46);
        // adj: effort_norm = wp.length(effort)                                                   <L 62>
        wp::adj_mul(var_45, var_42, adj_43, adj_42, adj_44);
        wp::adj_address(var_joint_axis, var_15, adj_joint_axis, adj_15, adj_43);
        // adj: effort = joint_axis[qd_start] * e                                                 <L 59>
        wp::adj_sub(var_37, var_40, adj_37, adj_40, adj_42);
        wp::adj_mul(var_23, var_41, adj_23, adj_39, adj_40);
        wp::adj_address(var_joint_qd, var_15, adj_joint_qd, adj_15, adj_39);
        wp::adj_mul(var_35, var_38, adj_35, adj_36, adj_37);
        wp::adj_address(var_joint_q, var_12, adj_joint_q, adj_12, adj_36);
        wp::adj_neg(var_21, adj_21, adj_35);
        // adj: e = -k_p * joint_q[q_start] - k_d * joint_qd[qd_start]                            <L 56>
        // adj: if wp.static(mode == "position"):                                                 <L 55>
        // adj: if wp.static(joint_type == "ball"):                                               <L 46>
        wp::adj_where(var_28, var_30, var_25, adj_28, adj_30, adj_25, adj_32);
        if (var_28) {
            wp::adj_transform_multiply(var_31, var_25, adj_29, adj_25, adj_30);
            wp::adj_address(var_transforms, var_6, adj_transforms, adj_6, adj_29);
            // adj: X_wj = wp.transform_multiply(transforms[parent], X_wj)                        <L 45>
        }
        // adj: if parent >= 0:                                                                   <L 44>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_joint_X_p, var_3, adj_joint_X_p, adj_3, adj_24);
        // adj: X_wj = joint_X_p[j]                                                               <L 43>
        wp::adj_extract(var_18, var_22, adj_18, adj_22, adj_23);
        // adj: k_d = gains[1]                                                                    <L 42>
        wp::adj_extract(var_18, var_20, adj_18, adj_20, adj_21);
        // adj: k_p = gains[0]                                                                    <L 41>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_joint_drive_gains, var_3, adj_joint_drive_gains, adj_3, adj_17);
        // adj: gains = joint_drive_gains[j]                                                      <L 40>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_joint_qd_start, var_3, adj_joint_qd_start, adj_3, adj_14);
        // adj: qd_start = joint_qd_start[j]                                                      <L 39>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_joint_q_start, var_3, adj_joint_q_start, adj_3, adj_11);
        // adj: q_start = joint_q_start[j]                                                        <L 38>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_joint_child, var_3, adj_joint_child, adj_3, adj_8);
        // adj: child = joint_child[j]                                                            <L 37>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_joint_parent, var_3, adj_joint_parent, adj_3, adj_5);
        // adj: parent = joint_parent[j]                                                          <L 36>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_drive_joints, var_0, adj_drive_joints, adj_0, adj_2);
        // adj: j = drive_joints[tid]                                                             <L 35>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 34>
        }
        // adj: if tid >= num_drives:                                                             <L 33>
        // adj: tid = wp.tid()                                                                    <L 32>
        // adj: def eval_joint_drives(                                                            <L 15>
        continue;
    }
}

