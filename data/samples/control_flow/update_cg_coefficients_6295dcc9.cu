// Warp 1.19.0 cuda code for update_cg_coefficients_6295dcc9.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// update_cg_coefficients.py:114
static CUDA_CALLABLE wp::float32 pd_effort_0(
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 115>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 116>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 117>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 118>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 120>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 121>
    return var_10;
}


// update_cg_coefficients.py:63
static CUDA_CALLABLE wp::float32 limit_effort_0(
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 64>
    // if q < lower:                                                                          <L 66>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 67>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        return var_4;
    }
    // if q > upper:                                                                          <L 68>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 69>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 70>
    return var_10;
}


// update_cg_coefficients.py:114
static CUDA_CALLABLE void adj_pd_effort_0(
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 115>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 116>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 117>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 118>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 120>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 121>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 121>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 120>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 118>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 117>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 116>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 115>
    return;
}


// update_cg_coefficients.py:63
static CUDA_CALLABLE void adj_limit_effort_0(
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 64>
    // if q < lower:                                                                          <L 66>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 67>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        goto label0;
    }
    // if q > upper:                                                                          <L 68>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 69>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 70>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 70>
    if (var_5) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_8);
        wp::adj_mul(var_ke, var_6, adj_ke, adj_6, adj_7);
        wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_6);
        // adj: return ke * (upper - q) - kd * qd                                             <L 69>
    }
    // adj: if q > upper:                                                                     <L 68>
    if (var_0) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_3);
        wp::adj_mul(var_ke, var_1, adj_ke, adj_1, adj_2);
        wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_1);
        // adj: return ke * (lower - q) - kd * qd                                             <L 67>
    }
    // adj: if q < lower:                                                                     <L 66>
    // adj: def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:  <L 64>
    return;
}



extern "C" __global__ void joint_drive_forces_1778645b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_dof_start,
    wp::array_t<wp::int32> var_world_dof_count,
    wp::array_t<wp::int32> var_joint_dof_mode,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_f)
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
        //---------
        // forward
        // def joint_drive_forces(                                                                <L 125>
        // world, j = wp.tid()                                                                    <L 137>
        builtin_tid2d(var_0, var_1);
        // if j >= world_dof_count[world]:                                                        <L 138>
        var_2 = wp::address(var_world_dof_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 139>
            continue;
        }
        // dof_start = world_dof_start[world]                                                     <L 140>
        var_5 = wp::address(var_world_dof_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // mode = joint_dof_mode[dof_start + j]                                                   <L 141>
        var_8 = wp::add(var_6, var_1);
        var_9 = wp::address(var_joint_dof_mode, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if mode == JointMode.NONE:                                                             <L 142>
        var_13 = (var_10 == var_12);
        if (var_13) {
            // return                                                                             <L 143>
            continue;
        }
        // q_j = joint_q[dof_start + j]                                                           <L 144>
        var_14 = wp::add(var_6, var_1);
        var_15 = wp::address(var_joint_q, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // qd_j = joint_qd[dof_start + j]                                                         <L 145>
        var_18 = wp::add(var_6, var_1);
        var_19 = wp::address(var_joint_qd, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // kp = joint_target_ke[dof_start + j]                                                    <L 146>
        var_22 = wp::add(var_6, var_1);
        var_23 = wp::address(var_joint_target_ke, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // kd_cur = joint_kd[dof_start + j]                                                       <L 147>
        var_26 = wp::add(var_6, var_1);
        var_27 = wp::address(var_joint_kd, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // effort_limit = joint_effort_limit[dof_start + j]                                       <L 148>
        var_30 = wp::add(var_6, var_1);
        var_31 = wp::address(var_joint_effort_limit, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // tau = pd_effort(mode, q_j, qd_j, joint_target_pos[dof_start + j], kp, kd_cur)          <L 149>
        var_34 = wp::add(var_6, var_1);
        var_35 = wp::address(var_joint_target_pos, var_34);
        var_37 = wp::load(var_35);
        var_36 = pd_effort_0(var_10, var_16, var_20, var_37, var_24, var_28);
        // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 150>
        var_38 = wp::neg(var_32);
        var_39 = wp::clamp(var_36, var_38, var_32);
        // joint_f[dof_start + j] = tau                                                           <L 151>
        var_40 = wp::add(var_6, var_1);
        wp::array_store(var_joint_f, var_40, var_39);
    }
}



extern "C" __global__ void joint_drive_forces_1778645b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_dof_start,
    wp::array_t<wp::int32> var_world_dof_count,
    wp::array_t<wp::int32> var_joint_dof_mode,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_f,
    wp::array_t<wp::int32> adj_world_dof_start,
    wp::array_t<wp::int32> adj_world_dof_count,
    wp::array_t<wp::int32> adj_joint_dof_mode,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_qd,
    wp::array_t<wp::float32> adj_joint_target_pos,
    wp::array_t<wp::float32> adj_joint_target_ke,
    wp::array_t<wp::float32> adj_joint_kd,
    wp::array_t<wp::float32> adj_joint_effort_limit,
    wp::array_t<wp::float32> adj_joint_f)
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
        //---------
        // forward
        // def joint_drive_forces(                                                                <L 125>
        // world, j = wp.tid()                                                                    <L 137>
        builtin_tid2d(var_0, var_1);
        // if j >= world_dof_count[world]:                                                        <L 138>
        var_2 = wp::address(var_world_dof_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 139>
            goto label0;
        }
        // dof_start = world_dof_start[world]                                                     <L 140>
        var_5 = wp::address(var_world_dof_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // mode = joint_dof_mode[dof_start + j]                                                   <L 141>
        var_8 = wp::add(var_6, var_1);
        var_9 = wp::address(var_joint_dof_mode, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if mode == JointMode.NONE:                                                             <L 142>
        var_13 = (var_10 == var_12);
        if (var_13) {
            // return                                                                             <L 143>
            goto label1;
        }
        // q_j = joint_q[dof_start + j]                                                           <L 144>
        var_14 = wp::add(var_6, var_1);
        var_15 = wp::address(var_joint_q, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // qd_j = joint_qd[dof_start + j]                                                         <L 145>
        var_18 = wp::add(var_6, var_1);
        var_19 = wp::address(var_joint_qd, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // kp = joint_target_ke[dof_start + j]                                                    <L 146>
        var_22 = wp::add(var_6, var_1);
        var_23 = wp::address(var_joint_target_ke, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // kd_cur = joint_kd[dof_start + j]                                                       <L 147>
        var_26 = wp::add(var_6, var_1);
        var_27 = wp::address(var_joint_kd, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // effort_limit = joint_effort_limit[dof_start + j]                                       <L 148>
        var_30 = wp::add(var_6, var_1);
        var_31 = wp::address(var_joint_effort_limit, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // tau = pd_effort(mode, q_j, qd_j, joint_target_pos[dof_start + j], kp, kd_cur)          <L 149>
        var_34 = wp::add(var_6, var_1);
        var_35 = wp::address(var_joint_target_pos, var_34);
        var_37 = wp::load(var_35);
        var_36 = pd_effort_0(var_10, var_16, var_20, var_37, var_24, var_28);
        // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 150>
        var_38 = wp::neg(var_32);
        var_39 = wp::clamp(var_36, var_38, var_32);
        // joint_f[dof_start + j] = tau                                                           <L 151>
        var_40 = wp::add(var_6, var_1);
        // wp::array_store(var_joint_f, var_40, var_39);
        //---------
        // reverse
        wp::adj_array_store(var_joint_f, var_40, var_39, adj_joint_f, adj_40, adj_39);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_40);
        // adj: joint_f[dof_start + j] = tau                                                      <L 151>
        wp::adj_clamp(var_36, var_38, var_32, adj_36, adj_38, adj_32, adj_39);
        wp::adj_neg(var_32, adj_32, adj_38);
        // adj: tau = wp.clamp(tau, -effort_limit, effort_limit)                                  <L 150>
        adj_pd_effort_0(var_10, var_16, var_20, var_37, var_24, var_28, adj_10, adj_16, adj_20, adj_35, adj_24, adj_28, adj_36);
        wp::adj_address(var_joint_target_pos, var_34, adj_joint_target_pos, adj_34, adj_35);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_34);
        // adj: tau = pd_effort(mode, q_j, qd_j, joint_target_pos[dof_start + j], kp, kd_cur)     <L 149>
        wp::adj_copy(var_33, adj_31, adj_32);
        wp::adj_address(var_joint_effort_limit, var_30, adj_joint_effort_limit, adj_30, adj_31);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
        // adj: effort_limit = joint_effort_limit[dof_start + j]                                  <L 148>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_joint_kd, var_26, adj_joint_kd, adj_26, adj_27);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
        // adj: kd_cur = joint_kd[dof_start + j]                                                  <L 147>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_joint_target_ke, var_22, adj_joint_target_ke, adj_22, adj_23);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
        // adj: kp = joint_target_ke[dof_start + j]                                               <L 146>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_joint_qd, var_18, adj_joint_qd, adj_18, adj_19);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
        // adj: qd_j = joint_qd[dof_start + j]                                                    <L 145>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_joint_q, var_14, adj_joint_q, adj_14, adj_15);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
        // adj: q_j = joint_q[dof_start + j]                                                      <L 144>
        if (var_13) {
            label1:;
            // adj: return                                                                        <L 143>
        }
        // adj: if mode == JointMode.NONE:                                                        <L 142>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
        // adj: mode = joint_dof_mode[dof_start + j]                                              <L 141>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
        // adj: dof_start = world_dof_start[world]                                                <L 140>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 139>
        }
        wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
        // adj: if j >= world_dof_count[world]:                                                   <L 138>
        // adj: world, j = wp.tid()                                                               <L 137>
        // adj: def joint_drive_forces(                                                           <L 125>
        continue;
    }
}



extern "C" __global__ void check_termination_2334eb3d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_mask,
    wp::array_t<wp::int32> var_termination_bodies,
    wp::array_t<wp::int32> var_world_body_start,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_origin,
    wp::float32 var_min_height,
    wp::float32 var_tilt_threshold,
    wp::float32 var_arena_radius,
    wp::int32 var_max_episode_length,
    wp::array_t<wp::int32> var_reset_buf,
    wp::array_t<wp::int32> var_progress_buf,
    wp::array_t<wp::int32> var_time_outs,
    wp::array_t<wp::int32> var_num_fallen)
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
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        bool var_7;
        wp::int32* var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 1;
        wp::int32* var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        bool var_19;
        wp::int32* var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::transform_t<wp::float32>* var_23;
        wp::transform_t<wp::float32> var_24;
        wp::transform_t<wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        bool var_29;
        wp::quat_t<wp::float32> var_30;
        const wp::float32 var_31 = 0.0;
        const wp::float32 var_32 = 0.0;
        const wp::float32 var_33 = 1.0;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        bool var_36;
        const wp::int32 var_37 = 2;
        wp::float32 var_38;
        bool var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        bool var_43;
        const wp::int32 var_44 = 0;
        wp::float32 var_45;
        const wp::int32 var_46 = 0;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::int32 var_49 = 1;
        wp::float32 var_50;
        const wp::int32 var_51 = 1;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        bool var_56;
        const wp::int32 var_57 = 1;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        //---------
        // forward
        // def check_termination(                                                                 <L 155>
        // env, k = wp.tid()                                                                      <L 170>
        builtin_tid2d(var_0, var_1);
        // if env_mask[env] == 0:                                                                 <L 171>
        var_2 = wp::address(var_env_mask, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 172>
            continue;
        }
        // if k == 0:                                                                             <L 173>
        var_7 = (var_1 == var_6);
        if (var_7) {
            // step = progress_buf[env] + 1                                                       <L 174>
            var_8 = wp::address(var_progress_buf, var_0);
            var_11 = wp::load(var_8);
            var_10 = wp::add(var_11, var_9);
            // progress_buf[env] = step                                                           <L 175>
            wp::array_store(var_progress_buf, var_0, var_10);
            // if step >= max_episode_length:                                                     <L 176>
            var_12 = (var_10 >= var_max_episode_length);
            if (var_12) {
                // time_outs[env] = 1                                                             <L 177>
                wp::array_store(var_time_outs, var_0, var_13);
                // reset_buf[env] = 1                                                             <L 178>
                wp::array_store(var_reset_buf, var_0, var_14);
            }
        }
        // body = termination_bodies[k]                                                           <L 179>
        var_15 = wp::address(var_termination_bodies, var_1);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // if body < 0:                                                                           <L 180>
        var_19 = (var_16 < var_18);
        if (var_19) {
            // return                                                                             <L 181>
            continue;
        }
        // X_wb = body_q[world_body_start[env] + body]                                            <L 182>
        var_20 = wp::address(var_world_body_start, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::add(var_22, var_16);
        var_23 = wp::address(var_body_q, var_21);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // p = wp.transform_get_translation(X_wb)                                                 <L 183>
        var_26 = wp::transform_get_translation(var_24);
        // failed = p[2] < min_height                                                             <L 184>
        var_28 = wp::extract(var_26, var_27);
        var_29 = (var_28 < var_min_height);
        // up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 0.0, 1.0))         <L 185>
        var_30 = wp::transform_get_rotation(var_24);
        var_34 = wp::vec_t<3, wp::float32>(var_31, var_32, var_33);
        var_35 = wp::quat_rotate(var_30, var_34);
        // failed = failed or up_w[2] < tilt_threshold                                            <L 186>
        var_36 = var_29;
        if (!var_36) {
            var_38 = wp::extract(var_35, var_37);
            var_39 = (var_38 < var_tilt_threshold);
            var_36 = var_36 || var_39;
        }
        // d = p - env_origin[env]                                                                <L 187>
        var_40 = wp::address(var_env_origin, var_0);
        var_42 = wp::load(var_40);
        var_41 = wp::sub(var_26, var_42);
        // failed = failed or d[0] * d[0] + d[1] * d[1] > arena_radius * arena_radius             <L 188>
        var_43 = var_36;
        if (!var_43) {
            var_45 = wp::extract(var_41, var_44);
            var_47 = wp::extract(var_41, var_46);
            var_48 = wp::mul(var_45, var_47);
            var_50 = wp::extract(var_41, var_49);
            var_52 = wp::extract(var_41, var_51);
            var_53 = wp::mul(var_50, var_52);
            var_54 = wp::add(var_48, var_53);
            var_55 = wp::mul(var_arena_radius, var_arena_radius);
            var_56 = (var_54 > var_55);
            var_43 = var_43 || var_56;
        }
        // if failed:                                                                             <L 189>
        if (var_43) {
            // reset_buf[env] = 1                                                                 <L 190>
            wp::array_store(var_reset_buf, var_0, var_57);
            // wp.atomic_add(num_fallen, env, 1)                                                  <L 191>
            var_59 = wp::atomic_add(var_num_fallen, var_0, var_58);
        }
    }
}



extern "C" __global__ void joint_limit_forces_3b93847a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_mask,
    wp::array_t<wp::int32> var_world_joint_start,
    wp::array_t<wp::int32> var_world_joint_count,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_limit_ke,
    wp::array_t<wp::float32> var_joint_limit_kd,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_f)
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
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::int32* var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // forward
        // def joint_limit_forces(                                                                <L 74>
        // world, j = wp.tid()                                                                    <L 94>
        builtin_tid2d(var_0, var_1);
        // if env_mask[world] == 0 or j >= world_joint_count[world]:                              <L 95>
        var_3 = wp::address(var_env_mask, var_0);
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
            // return                                                                             <L 96>
            continue;
        }
        // joint = world_joint_start[world] + j                                                   <L 97>
        var_10 = wp::address(var_world_joint_start, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::add(var_12, var_1);
        // jtype = joint_type[joint]                                                              <L 98>
        var_13 = wp::address(var_joint_type, var_11);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 99>
        var_18 = (var_14 != var_17);
        var_16 = var_18;
        if (var_16) {
            var_20 = (var_14 != var_19);
            var_16 = var_16 && var_20;
        }
        if (var_16) {
            // return                                                                             <L 100>
            continue;
        }
        // limit_ke = joint_limit_ke[joint]                                                       <L 101>
        var_21 = wp::address(var_joint_limit_ke, var_11);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // limit_kd = joint_limit_kd[joint]                                                       <L 102>
        var_24 = wp::address(var_joint_limit_kd, var_11);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // kp = joint_target_ke[joint]                                                            <L 103>
        var_27 = wp::address(var_joint_target_ke, var_11);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // kd_i = joint_kd[joint]                                                                 <L 104>
        var_30 = wp::address(var_joint_kd, var_11);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // f_max = joint_effort_limit[joint]                                                      <L 105>
        var_33 = wp::address(var_joint_effort_limit, var_11);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // dof = joint_qd_start[joint]                                                            <L 106>
        var_36 = wp::address(var_joint_qd_start, var_11);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // q = joint_q[joint_q_start[joint]]                                                      <L 107>
        var_39 = wp::address(var_joint_q_start, var_11);
        var_40 = wp::load(var_39);
        var_41 = wp::address(var_joint_q, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // qd = joint_qd[dof]                                                                     <L 108>
        var_44 = wp::address(var_joint_qd, var_37);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + kp * (joint_target_pos[dof] - q) - kd_i * qd       <L 109>
        var_47 = wp::address(var_joint_limit_lower, var_37);
        var_48 = wp::address(var_joint_limit_upper, var_37);
        var_50 = wp::load(var_47);
        var_51 = wp::load(var_48);
        var_49 = limit_effort_0(var_42, var_45, var_50, var_51, var_22, var_25);
        var_52 = wp::address(var_joint_target_pos, var_37);
        var_54 = wp::load(var_52);
        var_53 = wp::sub(var_54, var_42);
        var_55 = wp::mul(var_28, var_53);
        var_56 = wp::add(var_49, var_55);
        var_57 = wp::mul(var_31, var_45);
        var_58 = wp::sub(var_56, var_57);
        // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 110>
        var_59 = wp::neg(var_34);
        var_60 = wp::clamp(var_58, var_59, var_34);
        // joint_f[dof] += tau                                                                    <L 111>
        var_61 = wp::atomic_add(var_joint_f, var_37, var_60);
    }
}



extern "C" __global__ void joint_limit_forces_3b93847a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_mask,
    wp::array_t<wp::int32> var_world_joint_start,
    wp::array_t<wp::int32> var_world_joint_count,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_limit_ke,
    wp::array_t<wp::float32> var_joint_limit_kd,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_f,
    wp::array_t<wp::int32> adj_env_mask,
    wp::array_t<wp::int32> adj_world_joint_start,
    wp::array_t<wp::int32> adj_world_joint_count,
    wp::array_t<wp::int32> adj_joint_type,
    wp::array_t<wp::int32> adj_joint_q_start,
    wp::array_t<wp::int32> adj_joint_qd_start,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_qd,
    wp::array_t<wp::float32> adj_joint_limit_lower,
    wp::array_t<wp::float32> adj_joint_limit_upper,
    wp::array_t<wp::float32> adj_joint_limit_ke,
    wp::array_t<wp::float32> adj_joint_limit_kd,
    wp::array_t<wp::float32> adj_joint_target_pos,
    wp::array_t<wp::float32> adj_joint_target_ke,
    wp::array_t<wp::float32> adj_joint_kd,
    wp::array_t<wp::float32> adj_joint_effort_limit,
    wp::array_t<wp::float32> adj_joint_f)
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
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::int32* var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32* var_47;
        wp::float32* var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
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
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
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
        // def joint_limit_forces(                                                                <L 74>
        // world, j = wp.tid()                                                                    <L 94>
        builtin_tid2d(var_0, var_1);
        // if env_mask[world] == 0 or j >= world_joint_count[world]:                              <L 95>
        var_3 = wp::address(var_env_mask, var_0);
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
            // return                                                                             <L 96>
            goto label0;
        }
        // joint = world_joint_start[world] + j                                                   <L 97>
        var_10 = wp::address(var_world_joint_start, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::add(var_12, var_1);
        // jtype = joint_type[joint]                                                              <L 98>
        var_13 = wp::address(var_joint_type, var_11);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 99>
        var_18 = (var_14 != var_17);
        var_16 = var_18;
        if (var_16) {
            var_20 = (var_14 != var_19);
            var_16 = var_16 && var_20;
        }
        if (var_16) {
            // return                                                                             <L 100>
            goto label1;
        }
        // limit_ke = joint_limit_ke[joint]                                                       <L 101>
        var_21 = wp::address(var_joint_limit_ke, var_11);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // limit_kd = joint_limit_kd[joint]                                                       <L 102>
        var_24 = wp::address(var_joint_limit_kd, var_11);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // kp = joint_target_ke[joint]                                                            <L 103>
        var_27 = wp::address(var_joint_target_ke, var_11);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // kd_i = joint_kd[joint]                                                                 <L 104>
        var_30 = wp::address(var_joint_kd, var_11);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // f_max = joint_effort_limit[joint]                                                      <L 105>
        var_33 = wp::address(var_joint_effort_limit, var_11);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // dof = joint_qd_start[joint]                                                            <L 106>
        var_36 = wp::address(var_joint_qd_start, var_11);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // q = joint_q[joint_q_start[joint]]                                                      <L 107>
        var_39 = wp::address(var_joint_q_start, var_11);
        var_40 = wp::load(var_39);
        var_41 = wp::address(var_joint_q, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // qd = joint_qd[dof]                                                                     <L 108>
        var_44 = wp::address(var_joint_qd, var_37);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + kp * (joint_target_pos[dof] - q) - kd_i * qd       <L 109>
        var_47 = wp::address(var_joint_limit_lower, var_37);
        var_48 = wp::address(var_joint_limit_upper, var_37);
        var_50 = wp::load(var_47);
        var_51 = wp::load(var_48);
        var_49 = limit_effort_0(var_42, var_45, var_50, var_51, var_22, var_25);
        var_52 = wp::address(var_joint_target_pos, var_37);
        var_54 = wp::load(var_52);
        var_53 = wp::sub(var_54, var_42);
        var_55 = wp::mul(var_28, var_53);
        var_56 = wp::add(var_49, var_55);
        var_57 = wp::mul(var_31, var_45);
        var_58 = wp::sub(var_56, var_57);
        // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 110>
        var_59 = wp::neg(var_34);
        var_60 = wp::clamp(var_58, var_59, var_34);
        // joint_f[dof] += tau                                                                    <L 111>
        // var_61 = wp::atomic_add(var_joint_f, var_37, var_60);
        //---------
        // reverse
        wp::adj_atomic_add(var_joint_f, var_37, var_60, adj_joint_f, adj_37, adj_60, adj_61);
        // adj: joint_f[dof] += tau                                                               <L 111>
        wp::adj_clamp(var_58, var_59, var_34, adj_58, adj_59, adj_34, adj_60);
        wp::adj_neg(var_34, adj_34, adj_59);
        // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 110>
        wp::adj_sub(var_56, var_57, adj_56, adj_57, adj_58);
        wp::adj_mul(var_31, var_45, adj_31, adj_45, adj_57);
        wp::adj_add(var_49, var_55, adj_49, adj_55, adj_56);
        wp::adj_mul(var_28, var_53, adj_28, adj_53, adj_55);
        wp::adj_sub(var_54, var_42, adj_52, adj_42, adj_53);
        wp::adj_address(var_joint_target_pos, var_37, adj_joint_target_pos, adj_37, adj_52);
        adj_limit_effort_0(var_42, var_45, var_50, var_51, var_22, var_25, adj_42, adj_45, adj_47, adj_48, adj_22, adj_25, adj_49);
        wp::adj_address(var_joint_limit_upper, var_37, adj_joint_limit_upper, adj_37, adj_48);
        wp::adj_address(var_joint_limit_lower, var_37, adj_joint_limit_lower, adj_37, adj_47);
        // adj: tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], limit_ke, limit_kd) + kp * (joint_target_pos[dof] - q) - kd_i * qd  <L 109>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_joint_qd, var_37, adj_joint_qd, adj_37, adj_44);
        // adj: qd = joint_qd[dof]                                                                <L 108>
        wp::adj_copy(var_43, adj_41, adj_42);
        wp::adj_address(var_joint_q, var_40, adj_joint_q, adj_40, adj_41);
        wp::adj_address(var_joint_q_start, var_11, adj_joint_q_start, adj_11, adj_39);
        // adj: q = joint_q[joint_q_start[joint]]                                                 <L 107>
        wp::adj_copy(var_38, adj_36, adj_37);
        wp::adj_address(var_joint_qd_start, var_11, adj_joint_qd_start, adj_11, adj_36);
        // adj: dof = joint_qd_start[joint]                                                       <L 106>
        wp::adj_copy(var_35, adj_33, adj_34);
        wp::adj_address(var_joint_effort_limit, var_11, adj_joint_effort_limit, adj_11, adj_33);
        // adj: f_max = joint_effort_limit[joint]                                                 <L 105>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_joint_kd, var_11, adj_joint_kd, adj_11, adj_30);
        // adj: kd_i = joint_kd[joint]                                                            <L 104>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_joint_target_ke, var_11, adj_joint_target_ke, adj_11, adj_27);
        // adj: kp = joint_target_ke[joint]                                                       <L 103>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_joint_limit_kd, var_11, adj_joint_limit_kd, adj_11, adj_24);
        // adj: limit_kd = joint_limit_kd[joint]                                                  <L 102>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_joint_limit_ke, var_11, adj_joint_limit_ke, adj_11, adj_21);
        // adj: limit_ke = joint_limit_ke[joint]                                                  <L 101>
        if (var_16) {
            label1:;
            // adj: return                                                                        <L 100>
        }
        if (var_16) {
        }
        // adj: if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                  <L 99>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_joint_type, var_11, adj_joint_type, adj_11, adj_13);
        // adj: jtype = joint_type[joint]                                                         <L 98>
        wp::adj_add(var_12, var_1, adj_10, adj_1, adj_11);
        wp::adj_address(var_world_joint_start, var_0, adj_world_joint_start, adj_0, adj_10);
        // adj: joint = world_joint_start[world] + j                                              <L 97>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 96>
        }
        if (!var_2) {
            wp::adj_address(var_world_joint_count, var_0, adj_world_joint_count, adj_0, adj_7);
        }
        wp::adj_address(var_env_mask, var_0, adj_env_mask, adj_0, adj_3);
        // adj: if env_mask[world] == 0 or j >= world_joint_count[world]:                         <L 95>
        // adj: world, j = wp.tid()                                                               <L 94>
        // adj: def joint_limit_forces(                                                           <L 74>
        continue;
    }
}



extern "C" __global__ void update_cg_coefficients_3d063dae_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_b_norm_sq,
    wp::float32 var_tolerance,
    wp::array_t<wp::float32> var_step_coeffs,
    wp::array_t<wp::float32> var_rz,
    wp::array_t<wp::float32> var_p_dot_ap,
    wp::array_t<wp::float32> var_residual_norm_sq,
    wp::array_t<wp::int32> var_iteration,
    wp::array_t<wp::int32> var_solver_status)
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
        const wp::int32 var_0 = 0;
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1e-20;
        bool var_19;
        const wp::int32 var_20 = 3;
        const wp::int32 var_21 = 0;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        const wp::float32 var_24 = 0.0;
        const wp::int32 var_25 = 0;
        const wp::int32 var_26 = 0;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        const wp::int32 var_31 = 0;
        wp::float32 var_32;
        const wp::int32 var_33 = 0;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        bool var_37;
        const wp::int32 var_38 = 1;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        const wp::int32 var_42 = 0;
        //---------
        // forward
        // def update_cg_coefficients(                                                            <L 36>
        // if solver_status[0] != SolverStatus.RUNNING:                                           <L 46>
        var_1 = wp::address(var_solver_status, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 47>
            continue;
        }
        // it = iteration[0]                                                                      <L 48>
        var_6 = wp::address(var_iteration, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rz_old = rz[0]                                                                         <L 49>
        var_10 = wp::address(var_rz, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // pap = p_dot_ap[0]                                                                      <L 50>
        var_14 = wp::address(var_p_dot_ap, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if wp.abs(pap) < 1.0e-20:                                                              <L 51>
        var_17 = wp::abs(var_15);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // solver_status[0] = SolverStatus.BREAKDOWN                                          <L 52>
            wp::array_store(var_solver_status, var_21, var_20);
            // return                                                                             <L 53>
            continue;
        }
        // step_coeffs[0] = rz_old / pap                                                          <L 54>
        var_22 = wp::div(var_11, var_15);
        wp::array_store(var_step_coeffs, var_23, var_22);
        // p_dot_ap[0] = 0.0                                                                      <L 55>
        wp::array_store(var_p_dot_ap, var_25, var_24);
        // res_sq = residual_norm_sq[0]                                                           <L 56>
        var_27 = wp::address(var_residual_norm_sq, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // residual_norm_sq[0] = 0.0                                                              <L 57>
        wp::array_store(var_residual_norm_sq, var_31, var_30);
        // if res_sq <= tolerance * tolerance * b_norm_sq[0]:                                     <L 58>
        var_32 = wp::mul(var_tolerance, var_tolerance);
        var_34 = wp::address(var_b_norm_sq, var_33);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_32, var_36);
        var_37 = (var_28 <= var_35);
        if (var_37) {
            // solver_status[0] = SolverStatus.CONVERGED                                          <L 59>
            wp::array_store(var_solver_status, var_39, var_38);
        }
        // iteration[0] = it + 1                                                                  <L 60>
        var_41 = wp::add(var_7, var_40);
        wp::array_store(var_iteration, var_42, var_41);
    }
}



extern "C" __global__ void agent_fsm_eb4d0e38_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> var_points,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_time_step,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 2.0;
        wp::float32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        bool var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        //---------
        // forward
        // def agent_fsm(                                                                         <L 195>
        // tid = wp.tid()                                                                         <L 205>
        var_0 = builtin_tid1d();
        // state = agent_state[tid]                                                               <L 206>
        var_1 = wp::address(var_agent_state, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = points[tid]                                                                        <L 207>
        var_4 = wp::address(var_points, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // radius = radii[tid]                                                                    <L 208>
        var_7 = wp::address(var_radii, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // distance = wp.length(x - center) - radius                                              <L 209>
        var_10 = wp::sub(var_5, var_center);
        var_11 = wp::length(var_10);
        var_12 = wp::sub(var_11, var_8);
        // new_state = state                                                                      <L 210>
        var_13 = wp::copy(var_2);
        // t = timers[tid] - time_step                                                            <L 211>
        var_14 = wp::address(var_timers, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_16, var_time_step);
        // if state == STATE_IDLE:                                                                <L 212>
        var_18 = (var_2 == var_17);
        if (var_18) {
            // if distance < 2.0 * radius:                                                        <L 213>
            var_20 = wp::mul(var_19, var_8);
            var_21 = (var_12 < var_20);
            if (var_21) {
                // new_state = STATE_SEEK                                                         <L 214>
                var_23 = wp::copy(var_22);
            }
            var_24 = wp::where(var_21, var_23, var_13);
        }
        if (!var_18) {
            // elif state == STATE_SEEK:                                                          <L 215>
            var_26 = (var_2 == var_25);
            if (var_26) {
                // if distance <= radius:                                                         <L 216>
                var_27 = (var_12 <= var_8);
                if (var_27) {
                    // new_state = STATE_COOLDOWN                                                 <L 217>
                    var_29 = wp::copy(var_28);
                    // t = COOLDOWN_TIME                                                          <L 218>
                    var_31 = wp::copy(var_30);
                }
                var_32 = wp::where(var_27, var_29, var_13);
                var_33 = wp::where(var_27, var_31, var_15);
            }
            if (!var_26) {
                // elif state == STATE_COOLDOWN:                                                  <L 219>
                var_35 = (var_2 == var_34);
                if (var_35) {
                    // if t <= 0.0:                                                               <L 220>
                    var_37 = (var_15 <= var_36);
                    if (var_37) {
                        // new_state = STATE_IDLE                                                 <L 221>
                        var_38 = wp::copy(var_17);
                    }
                    var_39 = wp::where(var_37, var_38, var_13);
                }
                if (!var_35) {
                    // new_state = STATE_IDLE                                                     <L 224>
                    var_40 = wp::copy(var_17);
                }
                var_41 = wp::where(var_35, var_39, var_40);
            }
            var_42 = wp::where(var_26, var_32, var_41);
            var_43 = wp::where(var_26, var_33, var_15);
            var_44 = wp::where(var_26, var_28, var_34);
        }
        var_45 = wp::where(var_18, var_24, var_42);
        var_46 = wp::where(var_18, var_15, var_43);
        var_47 = wp::where(var_18, var_22, var_25);
        // next_state[tid] = new_state                                                            <L 225>
        wp::array_store(var_next_state, var_0, var_45);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 226>
        var_49 = wp::max(var_46, var_48);
        wp::array_store(var_cooldown_out, var_0, var_49);
    }
}



extern "C" __global__ void agent_fsm_eb4d0e38_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_agent_state,
    wp::array_t<wp::float32> var_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> var_points,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<2, wp::float32> var_center,
    wp::float32 var_time_step,
    wp::array_t<wp::int32> var_next_state,
    wp::array_t<wp::float32> var_cooldown_out,
    wp::array_t<wp::int32> adj_agent_state,
    wp::array_t<wp::float32> adj_timers,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_radii,
    wp::vec_t<2, wp::float32> adj_center,
    wp::float32 adj_time_step,
    wp::array_t<wp::int32> adj_next_state,
    wp::array_t<wp::float32> adj_cooldown_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        const wp::float32 var_19 = 2.0;
        wp::float32 var_20;
        bool var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        bool var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 2;
        bool var_35;
        const wp::float32 var_36 = 0.0;
        bool var_37;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::float32 var_46;
        wp::int32 var_47;
        const wp::float32 var_48 = 0.0;
        wp::float32 var_49;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        bool adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        //---------
        // forward
        // def agent_fsm(                                                                         <L 195>
        // tid = wp.tid()                                                                         <L 205>
        var_0 = builtin_tid1d();
        // state = agent_state[tid]                                                               <L 206>
        var_1 = wp::address(var_agent_state, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = points[tid]                                                                        <L 207>
        var_4 = wp::address(var_points, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // radius = radii[tid]                                                                    <L 208>
        var_7 = wp::address(var_radii, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // distance = wp.length(x - center) - radius                                              <L 209>
        var_10 = wp::sub(var_5, var_center);
        var_11 = wp::length(var_10);
        var_12 = wp::sub(var_11, var_8);
        // new_state = state                                                                      <L 210>
        var_13 = wp::copy(var_2);
        // t = timers[tid] - time_step                                                            <L 211>
        var_14 = wp::address(var_timers, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_16, var_time_step);
        // if state == STATE_IDLE:                                                                <L 212>
        var_18 = (var_2 == var_17);
        if (var_18) {
            // if distance < 2.0 * radius:                                                        <L 213>
            var_20 = wp::mul(var_19, var_8);
            var_21 = (var_12 < var_20);
            if (var_21) {
                // new_state = STATE_SEEK                                                         <L 214>
                var_23 = wp::copy(var_22);
            }
            var_24 = wp::where(var_21, var_23, var_13);
        }
        if (!var_18) {
            // elif state == STATE_SEEK:                                                          <L 215>
            var_26 = (var_2 == var_25);
            if (var_26) {
                // if distance <= radius:                                                         <L 216>
                var_27 = (var_12 <= var_8);
                if (var_27) {
                    // new_state = STATE_COOLDOWN                                                 <L 217>
                    var_29 = wp::copy(var_28);
                    // t = COOLDOWN_TIME                                                          <L 218>
                    var_31 = wp::copy(var_30);
                }
                var_32 = wp::where(var_27, var_29, var_13);
                var_33 = wp::where(var_27, var_31, var_15);
            }
            if (!var_26) {
                // elif state == STATE_COOLDOWN:                                                  <L 219>
                var_35 = (var_2 == var_34);
                if (var_35) {
                    // if t <= 0.0:                                                               <L 220>
                    var_37 = (var_15 <= var_36);
                    if (var_37) {
                        // new_state = STATE_IDLE                                                 <L 221>
                        var_38 = wp::copy(var_17);
                    }
                    var_39 = wp::where(var_37, var_38, var_13);
                }
                if (!var_35) {
                    // new_state = STATE_IDLE                                                     <L 224>
                    var_40 = wp::copy(var_17);
                }
                var_41 = wp::where(var_35, var_39, var_40);
            }
            var_42 = wp::where(var_26, var_32, var_41);
            var_43 = wp::where(var_26, var_33, var_15);
            var_44 = wp::where(var_26, var_28, var_34);
        }
        var_45 = wp::where(var_18, var_24, var_42);
        var_46 = wp::where(var_18, var_15, var_43);
        var_47 = wp::where(var_18, var_22, var_25);
        // next_state[tid] = new_state                                                            <L 225>
        // wp::array_store(var_next_state, var_0, var_45);
        // cooldown_out[tid] = wp.max(t, 0.0)                                                     <L 226>
        var_49 = wp::max(var_46, var_48);
        // wp::array_store(var_cooldown_out, var_0, var_49);
        //---------
        // reverse
        wp::adj_array_store(var_cooldown_out, var_0, var_49, adj_cooldown_out, adj_0, adj_49);
        wp::adj_max(var_46, var_48, adj_46, adj_48, adj_49);
        // adj: cooldown_out[tid] = wp.max(t, 0.0)                                                <L 226>
        wp::adj_array_store(var_next_state, var_0, var_45, adj_next_state, adj_0, adj_45);
        // adj: next_state[tid] = new_state                                                       <L 225>
        wp::adj_where(var_18, var_22, var_25, adj_18, adj_22, adj_25, adj_47);
        wp::adj_where(var_18, var_15, var_43, adj_18, adj_15, adj_43, adj_46);
        wp::adj_where(var_18, var_24, var_42, adj_18, adj_24, adj_42, adj_45);
        if (!var_18) {
            wp::adj_where(var_26, var_28, var_34, adj_26, adj_28, adj_34, adj_44);
            wp::adj_where(var_26, var_33, var_15, adj_26, adj_33, adj_15, adj_43);
            wp::adj_where(var_26, var_32, var_41, adj_26, adj_32, adj_41, adj_42);
            if (!var_26) {
                wp::adj_where(var_35, var_39, var_40, adj_35, adj_39, adj_40, adj_41);
                if (!var_35) {
                    wp::adj_copy(var_17, adj_17, adj_40);
                    // adj: new_state = STATE_IDLE                                                <L 224>
                }
                if (var_35) {
                    wp::adj_where(var_37, var_38, var_13, adj_37, adj_38, adj_13, adj_39);
                    if (var_37) {
                        wp::adj_copy(var_17, adj_17, adj_38);
                        // adj: new_state = STATE_IDLE                                            <L 221>
                    }
                    // adj: if t <= 0.0:                                                          <L 220>
                }
                // adj: elif state == STATE_COOLDOWN:                                             <L 219>
            }
            if (var_26) {
                wp::adj_where(var_27, var_31, var_15, adj_27, adj_31, adj_15, adj_33);
                wp::adj_where(var_27, var_29, var_13, adj_27, adj_29, adj_13, adj_32);
                if (var_27) {
                    wp::adj_copy(var_30, adj_30, adj_31);
                    // adj: t = COOLDOWN_TIME                                                     <L 218>
                    wp::adj_copy(var_28, adj_28, adj_29);
                    // adj: new_state = STATE_COOLDOWN                                            <L 217>
                }
                // adj: if distance <= radius:                                                    <L 216>
            }
            // adj: elif state == STATE_SEEK:                                                     <L 215>
        }
        if (var_18) {
            wp::adj_where(var_21, var_23, var_13, adj_21, adj_23, adj_13, adj_24);
            if (var_21) {
                wp::adj_copy(var_22, adj_22, adj_23);
                // adj: new_state = STATE_SEEK                                                    <L 214>
            }
            wp::adj_mul(var_19, var_8, adj_19, adj_8, adj_20);
            // adj: if distance < 2.0 * radius:                                                   <L 213>
        }
        // adj: if state == STATE_IDLE:                                                           <L 212>
        wp::adj_sub(var_16, var_time_step, adj_14, adj_time_step, adj_15);
        wp::adj_address(var_timers, var_0, adj_timers, adj_0, adj_14);
        // adj: t = timers[tid] - time_step                                                       <L 211>
        wp::adj_copy(var_2, adj_2, adj_13);
        // adj: new_state = state                                                                 <L 210>
        wp::adj_sub(var_11, var_8, adj_11, adj_8, adj_12);
        wp::adj_length(var_10, var_11, adj_10, adj_11);
        wp::adj_sub(var_5, var_center, adj_5, adj_center, adj_10);
        // adj: distance = wp.length(x - center) - radius                                         <L 209>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_7);
        // adj: radius = radii[tid]                                                               <L 208>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
        // adj: x = points[tid]                                                                   <L 207>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_agent_state, var_0, adj_agent_state, adj_0, adj_1);
        // adj: state = agent_state[tid]                                                          <L 206>
        // adj: tid = wp.tid()                                                                    <L 205>
        // adj: def agent_fsm(                                                                    <L 195>
        continue;
    }
}

