// Warp 1.19.0 cuda code for eval_termination_conditions_7ec4483c.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// eval_termination_conditions.py:60
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 61>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 62>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 63>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 64>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 66>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 67>
    return var_10;
}


// eval_termination_conditions.py:99
static CUDA_CALLABLE wp::float32 limit_force_0(
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
    // def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:       <L 100>
    // return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))                    <L 102>
    var_0 = wp::sub(var_lower, var_q);
    var_2 = wp::max(var_0, var_1);
    var_3 = wp::sub(var_upper, var_q);
    var_5 = wp::min(var_3, var_4);
    var_6 = wp::sub(var_2, var_5);
    var_7 = wp::mul(var_limit_ke, var_6);
    return var_7;
}


// eval_termination_conditions.py:60
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 61>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 62>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 63>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 64>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 66>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 67>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 67>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 66>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 64>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 63>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 62>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 61>
    return;
}


// eval_termination_conditions.py:99
static CUDA_CALLABLE void adj_limit_force_0(
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
    // def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:       <L 100>
    // return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))                    <L 102>
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
    // adj: return limit_ke * (wp.max(lower - q, 0.0) - wp.min(upper - q, 0.0))               <L 102>
    // adj: def limit_force(q: float, lower: float, upper: float, limit_ke: float) -> float:  <L 100>
    return;
}



extern "C" __global__ void apply_joint_pd_control_01bd336a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_dof_start,
    wp::array_t<wp::int32> var_world_dof_count,
    wp::array_t<wp::int32> var_joint_dof_mode,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_kp,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_act,
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
        wp::int32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        //---------
        // forward
        // def apply_joint_pd_control(                                                            <L 71>
        // world, j = wp.tid()                                                                    <L 83>
        builtin_tid2d(var_0, var_1);
        // if j >= world_dof_count[world]:                                                        <L 84>
        var_2 = wp::address(var_world_dof_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 85>
            continue;
        }
        // dof_start = world_dof_start[world]                                                     <L 86>
        var_5 = wp::address(var_world_dof_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // mode = joint_dof_mode[dof_start + j]                                                   <L 87>
        var_8 = wp::add(var_6, var_1);
        var_9 = wp::address(var_joint_dof_mode, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if mode == JointMode.NONE:                                                             <L 88>
        var_13 = (var_10 == var_12);
        if (var_13) {
            // return                                                                             <L 89>
            continue;
        }
        // joint_rate = joint_velocities[dof_start + j]                                           <L 90>
        var_14 = wp::add(var_6, var_1);
        var_15 = wp::address(var_joint_velocities, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // q_target = joint_target_pos[dof_start + j]                                             <L 91>
        var_18 = wp::add(var_6, var_1);
        var_19 = wp::address(var_joint_target_pos, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // kd_cur = joint_target_kd[dof_start + j]                                                <L 92>
        var_22 = wp::add(var_6, var_1);
        var_23 = wp::address(var_joint_target_kd, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // effort = joint_act[dof_start + j]                                                      <L 93>
        var_26 = wp::add(var_6, var_1);
        var_27 = wp::address(var_joint_act, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // tau = pd_effort(mode, joint_q[dof_start + j], joint_rate, q_target, joint_kp[dof_start + j], kd_cur)       <L 94>
        var_30 = wp::add(var_6, var_1);
        var_31 = wp::address(var_joint_q, var_30);
        var_32 = wp::add(var_6, var_1);
        var_33 = wp::address(var_joint_kp, var_32);
        var_35 = wp::load(var_31);
        var_36 = wp::load(var_33);
        var_34 = pd_effort_0(var_10, var_35, var_16, var_20, var_36, var_24);
        // tau += effort                                                                          <L 95>
        var_37 = wp::add(var_34, var_28);
        // joint_f[dof_start + j] = tau                                                           <L 96>
        var_38 = wp::add(var_6, var_1);
        wp::array_store(var_joint_f, var_38, var_37);
    }
}



extern "C" __global__ void apply_joint_pd_control_01bd336a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_dof_start,
    wp::array_t<wp::int32> var_world_dof_count,
    wp::array_t<wp::int32> var_joint_dof_mode,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_kp,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_act,
    wp::array_t<wp::float32> var_joint_f,
    wp::array_t<wp::int32> adj_world_dof_start,
    wp::array_t<wp::int32> adj_world_dof_count,
    wp::array_t<wp::int32> adj_joint_dof_mode,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_velocities,
    wp::array_t<wp::float32> adj_joint_target_pos,
    wp::array_t<wp::float32> adj_joint_kp,
    wp::array_t<wp::float32> adj_joint_target_kd,
    wp::array_t<wp::float32> adj_joint_act,
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
        wp::int32 var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
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
        wp::int32 adj_38 = {};
        //---------
        // forward
        // def apply_joint_pd_control(                                                            <L 71>
        // world, j = wp.tid()                                                                    <L 83>
        builtin_tid2d(var_0, var_1);
        // if j >= world_dof_count[world]:                                                        <L 84>
        var_2 = wp::address(var_world_dof_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 85>
            goto label0;
        }
        // dof_start = world_dof_start[world]                                                     <L 86>
        var_5 = wp::address(var_world_dof_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // mode = joint_dof_mode[dof_start + j]                                                   <L 87>
        var_8 = wp::add(var_6, var_1);
        var_9 = wp::address(var_joint_dof_mode, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if mode == JointMode.NONE:                                                             <L 88>
        var_13 = (var_10 == var_12);
        if (var_13) {
            // return                                                                             <L 89>
            goto label1;
        }
        // joint_rate = joint_velocities[dof_start + j]                                           <L 90>
        var_14 = wp::add(var_6, var_1);
        var_15 = wp::address(var_joint_velocities, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // q_target = joint_target_pos[dof_start + j]                                             <L 91>
        var_18 = wp::add(var_6, var_1);
        var_19 = wp::address(var_joint_target_pos, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // kd_cur = joint_target_kd[dof_start + j]                                                <L 92>
        var_22 = wp::add(var_6, var_1);
        var_23 = wp::address(var_joint_target_kd, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // effort = joint_act[dof_start + j]                                                      <L 93>
        var_26 = wp::add(var_6, var_1);
        var_27 = wp::address(var_joint_act, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // tau = pd_effort(mode, joint_q[dof_start + j], joint_rate, q_target, joint_kp[dof_start + j], kd_cur)       <L 94>
        var_30 = wp::add(var_6, var_1);
        var_31 = wp::address(var_joint_q, var_30);
        var_32 = wp::add(var_6, var_1);
        var_33 = wp::address(var_joint_kp, var_32);
        var_35 = wp::load(var_31);
        var_36 = wp::load(var_33);
        var_34 = pd_effort_0(var_10, var_35, var_16, var_20, var_36, var_24);
        // tau += effort                                                                          <L 95>
        var_37 = wp::add(var_34, var_28);
        // joint_f[dof_start + j] = tau                                                           <L 96>
        var_38 = wp::add(var_6, var_1);
        // wp::array_store(var_joint_f, var_38, var_37);
        //---------
        // reverse
        wp::adj_array_store(var_joint_f, var_38, var_37, adj_joint_f, adj_38, adj_37);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_38);
        // adj: joint_f[dof_start + j] = tau                                                      <L 96>
        wp::adj_add(var_34, var_28, adj_34, adj_28, adj_37);
        // adj: tau += effort                                                                     <L 95>
        adj_pd_effort_0(var_10, var_35, var_16, var_20, var_36, var_24, adj_10, adj_31, adj_16, adj_20, adj_33, adj_24, adj_34);
        wp::adj_address(var_joint_kp, var_32, adj_joint_kp, adj_32, adj_33);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_32);
        wp::adj_address(var_joint_q, var_30, adj_joint_q, adj_30, adj_31);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
        // adj: tau = pd_effort(mode, joint_q[dof_start + j], joint_rate, q_target, joint_kp[dof_start + j], kd_cur)  <L 94>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_joint_act, var_26, adj_joint_act, adj_26, adj_27);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
        // adj: effort = joint_act[dof_start + j]                                                 <L 93>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_joint_target_kd, var_22, adj_joint_target_kd, adj_22, adj_23);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
        // adj: kd_cur = joint_target_kd[dof_start + j]                                           <L 92>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_joint_target_pos, var_18, adj_joint_target_pos, adj_18, adj_19);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
        // adj: q_target = joint_target_pos[dof_start + j]                                        <L 91>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_joint_velocities, var_14, adj_joint_velocities, adj_14, adj_15);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
        // adj: joint_rate = joint_velocities[dof_start + j]                                      <L 90>
        if (var_13) {
            label1:;
            // adj: return                                                                        <L 89>
        }
        // adj: if mode == JointMode.NONE:                                                        <L 88>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
        // adj: mode = joint_dof_mode[dof_start + j]                                              <L 87>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
        // adj: dof_start = world_dof_start[world]                                                <L 86>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 85>
        }
        wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
        // adj: if j >= world_dof_count[world]:                                                   <L 84>
        // adj: world, j = wp.tid()                                                               <L 83>
        // adj: def apply_joint_pd_control(                                                       <L 71>
        continue;
    }
}



extern "C" __global__ void eval_termination_conditions_5edd1ca1_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_termination_bodies,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_origin,
    wp::float32 var_min_height,
    wp::float32 var_max_distance,
    wp::array_t<wp::int32> var_reset_buf,
    wp::array_t<wp::int32> var_failed_bodies)
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
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 2;
        wp::float32 var_12;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        bool var_17;
        const wp::int32 var_18 = 0;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        const wp::int32 var_25 = 1;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        bool var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        //---------
        // forward
        // def eval_termination_conditions(                                                       <L 36>
        // env, k = wp.tid()                                                                      <L 45>
        builtin_tid2d(var_0, var_1);
        // body = termination_bodies[k]                                                           <L 46>
        var_2 = wp::address(var_termination_bodies, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if body < 0:                                                                           <L 47>
        var_6 = (var_3 < var_5);
        if (var_6) {
            // return                                                                             <L 48>
            continue;
        }
        // X_wb = body_q[env, body]                                                               <L 49>
        var_7 = wp::address(var_body_q, var_0, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // p = wp.transform_get_translation(X_wb)                                                 <L 50>
        var_10 = wp::transform_get_translation(var_8);
        // failed = p[2] < min_height                                                             <L 51>
        var_12 = wp::extract(var_10, var_11);
        var_13 = (var_12 < var_min_height);
        // d = p - env_origin[env]                                                                <L 52>
        var_14 = wp::address(var_env_origin, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_10, var_16);
        // failed = failed or d[0] * d[0] + d[1] * d[1] > max_distance * max_distance             <L 53>
        var_17 = var_13;
        if (!var_17) {
            var_19 = wp::extract(var_15, var_18);
            var_21 = wp::extract(var_15, var_20);
            var_22 = wp::mul(var_19, var_21);
            var_24 = wp::extract(var_15, var_23);
            var_26 = wp::extract(var_15, var_25);
            var_27 = wp::mul(var_24, var_26);
            var_28 = wp::add(var_22, var_27);
            var_29 = wp::mul(var_max_distance, var_max_distance);
            var_30 = (var_28 > var_29);
            var_17 = var_17 || var_30;
        }
        // if failed:                                                                             <L 54>
        if (var_17) {
            // reset_buf[env] = 1                                                                 <L 56>
            wp::array_store(var_reset_buf, var_0, var_31);
            // wp.atomic_add(failed_bodies, env, 1)                                               <L 57>
            var_33 = wp::atomic_add(var_failed_bodies, var_0, var_32);
        }
    }
}



extern "C" __global__ void cg_iteration_bookkeeping_c9b68b85_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_b_norm_sq,
    wp::float32 var_tol,
    wp::int32 var_max_iterations,
    wp::int32 var_restart_interval,
    wp::array_t<wp::float32> var_cg_scalars,
    wp::array_t<wp::float32> var_rz,
    wp::array_t<wp::float32> var_rz_new,
    wp::array_t<wp::float32> var_p_dot_ap,
    wp::array_t<wp::float32> var_r_norm_sq,
    wp::array_t<wp::int32> var_cg_iteration,
    wp::array_t<wp::int32> var_status)
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
        bool var_31;
        const wp::int32 var_32 = 3;
        const wp::int32 var_33 = 0;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 0;
        bool var_39;
        const wp::float32 var_40 = 0.0;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        const wp::int32 var_43 = 0;
        const wp::float32 var_44 = 0.0;
        const wp::int32 var_45 = 0;
        const wp::int32 var_46 = 0;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        const wp::float32 var_50 = 0.0;
        const wp::int32 var_51 = 0;
        wp::float32 var_52;
        const wp::int32 var_53 = 0;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        bool var_57;
        const wp::int32 var_58 = 1;
        const wp::int32 var_59 = 0;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        bool var_62;
        const wp::int32 var_63 = 2;
        const wp::int32 var_64 = 0;
        const wp::int32 var_65 = 1;
        wp::int32 var_66;
        const wp::int32 var_67 = 0;
        //---------
        // forward
        // def cg_iteration_bookkeeping(                                                          <L 175>
        // if status[0] != SolverStatus.RUNNING:                                                  <L 188>
        var_1 = wp::address(var_status, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 189>
            continue;
        }
        // it = cg_iteration[0]                                                                   <L 190>
        var_6 = wp::address(var_cg_iteration, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rz_old = rz[0]                                                                         <L 191>
        var_10 = wp::address(var_rz, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // pap = p_dot_ap[0]                                                                      <L 192>
        var_14 = wp::address(var_p_dot_ap, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // if wp.abs(pap) < 1.0e-20:                                                              <L 194>
        var_17 = wp::abs(var_15);
        var_19 = (var_17 < var_18);
        if (var_19) {
            // status[0] = SolverStatus.BREAKDOWN                                                 <L 195>
            wp::array_store(var_status, var_21, var_20);
            // return                                                                             <L 196>
            continue;
        }
        // cg_scalars[0] = rz_old / pap                                                           <L 197>
        var_22 = wp::div(var_11, var_15);
        wp::array_store(var_cg_scalars, var_23, var_22);
        // p_dot_ap[0] = 0.0                                                                      <L 198>
        wp::array_store(var_p_dot_ap, var_25, var_24);
        // rz_next = rz_new[0]                                                                    <L 199>
        var_27 = wp::address(var_rz_new, var_26);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // if rz_old == 0.0:                                                                      <L 200>
        var_31 = (var_11 == var_30);
        if (var_31) {
            // status[0] = SolverStatus.BREAKDOWN                                                 <L 201>
            wp::array_store(var_status, var_33, var_32);
            // return                                                                             <L 202>
            continue;
        }
        // beta = rz_next / rz_old                                                                <L 203>
        var_34 = wp::div(var_28, var_11);
        // if (it + 1) % restart_interval == 0:                                                   <L 205>
        var_36 = wp::add(var_7, var_35);
        var_37 = wp::mod(var_36, var_restart_interval);
        var_39 = (var_37 == var_38);
        if (var_39) {
            // beta = 0.0                                                                         <L 206>
        }
        var_41 = wp::where(var_39, var_40, var_34);
        // cg_scalars[1] = beta                                                                   <L 207>
        wp::array_store(var_cg_scalars, var_42, var_41);
        // rz[0] = rz_next                                                                        <L 208>
        wp::array_store(var_rz, var_43, var_28);
        // rz_new[0] = 0.0                                                                        <L 209>
        wp::array_store(var_rz_new, var_45, var_44);
        // res_sq = r_norm_sq[0]                                                                  <L 210>
        var_47 = wp::address(var_r_norm_sq, var_46);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // r_norm_sq[0] = 0.0                                                                     <L 211>
        wp::array_store(var_r_norm_sq, var_51, var_50);
        // if res_sq <= tol * tol * b_norm_sq[0]:                                                 <L 212>
        var_52 = wp::mul(var_tol, var_tol);
        var_54 = wp::address(var_b_norm_sq, var_53);
        var_56 = wp::load(var_54);
        var_55 = wp::mul(var_52, var_56);
        var_57 = (var_48 <= var_55);
        if (var_57) {
            // status[0] = SolverStatus.CONVERGED                                                 <L 213>
            wp::array_store(var_status, var_59, var_58);
        }
        if (!var_57) {
            // elif it + 1 >= max_iterations:                                                     <L 214>
            var_61 = wp::add(var_7, var_60);
            var_62 = (var_61 >= var_max_iterations);
            if (var_62) {
                // status[0] = SolverStatus.MAX_ITERATIONS                                        <L 215>
                wp::array_store(var_status, var_64, var_63);
            }
        }
        // cg_iteration[0] = it + 1                                                               <L 216>
        var_66 = wp::add(var_7, var_65);
        wp::array_store(var_cg_iteration, var_67, var_66);
    }
}



extern "C" __global__ void joint_drive_limit_forces_d31b7379_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_articulation,
    wp::array_t<wp::int32> var_articulation_enabled,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::int32> var_dof_mode,
    wp::array_t<wp::float32> var_joint_act,
    wp::array_t<wp::float32> var_joint_q_default,
    wp::array_t<wp::float32> var_joint_action,
    wp::array_t<wp::float32> var_joint_kp,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_limit_ke,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::int32 var_joint_count,
    wp::float32 var_action_scale,
    wp::float32 var_dof_friction,
    wp::array_t<wp::float32> var_joint_tau,
    wp::array_t<wp::float32> var_joint_drive_power)
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
        bool var_5;
        const wp::int32 var_6 = 3;
        bool var_7;
        const wp::int32 var_8 = 4;
        bool var_9;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32* var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::float32 var_27 = 0.0;
        wp::float32 var_28;
        wp::range_t var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        bool var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        wp::float32 var_58;
        const wp::int32 var_59 = 0;
        bool var_60;
        wp::float32* var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 1;
        bool var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 2;
        bool var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32* var_79;
        wp::float32* var_80;
        wp::float32* var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.01;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32* var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        //---------
        // forward
        // def joint_drive_limit_forces(                                                          <L 106>
        // tid = wp.tid()                                                                         <L 130>
        var_0 = builtin_tid1d();
        // if tid >= joint_count:                                                                 <L 131>
        var_1 = (var_0 >= var_joint_count);
        if (var_1) {
            // return                                                                             <L 132>
            continue;
        }
        // type = joint_type[tid]                                                                 <L 133>
        var_2 = wp::address(var_joint_type, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if type == JointType.FIXED or type == JointType.FREE:                                  <L 135>
        var_7 = (var_3 == var_6);
        var_5 = var_7;
        if (!var_5) {
            var_9 = (var_3 == var_8);
            var_5 = var_5 || var_9;
        }
        if (var_5) {
            // return                                                                             <L 136>
            continue;
        }
        // if articulation_enabled[joint_articulation[tid]] == 0:                                 <L 137>
        var_10 = wp::address(var_joint_articulation, var_0);
        var_11 = wp::load(var_10);
        var_12 = wp::address(var_articulation_enabled, var_11);
        var_15 = wp::load(var_12);
        var_14 = (var_15 == var_13);
        if (var_14) {
            // return                                                                             <L 138>
            continue;
        }
        // qd_start = joint_qd_start[tid]                                                         <L 139>
        var_16 = wp::address(var_joint_qd_start, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // q_start = joint_q_start[tid]                                                           <L 140>
        var_19 = wp::address(var_joint_q_start, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // dof_count = joint_qd_start[tid + 1] - qd_start                                         <L 141>
        var_23 = wp::add(var_0, var_22);
        var_24 = wp::address(var_joint_qd_start, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_17);
        // power = float(0.0)                                                                     <L 142>
        var_28 = wp::float(var_27);
        // for k in range(dof_count):                                                             <L 143>
        var_29 = wp::range(var_25);
        start_for_3:;
            if (iter_cmp(var_29) == 0) goto end_for_3;
            var_30 = wp::iter_next(var_29);
            // dof = qd_start + k                                                                 <L 144>
            var_31 = wp::add(var_17, var_30);
            // qd_j = joint_velocities[dof]                                                       <L 145>
            var_32 = wp::address(var_joint_velocities, var_31);
            var_34 = wp::load(var_32);
            var_33 = wp::copy(var_34);
            // if type == JointType.BALL:                                                         <L 146>
            var_36 = (var_3 == var_35);
            if (var_36) {
                // tau = -joint_target_kd[dof] * qd_j                                             <L 148>
                var_37 = wp::address(var_joint_target_kd, var_31);
                var_39 = wp::load(var_37);
                var_38 = wp::neg(var_39);
                var_40 = wp::mul(var_38, var_33);
            }
            if (!var_36) {
                // q_j = joint_q[q_start + k]                                                     <L 150>
                var_41 = wp::add(var_20, var_30);
                var_42 = wp::address(var_joint_q, var_41);
                var_44 = wp::load(var_42);
                var_43 = wp::copy(var_44);
                // q_target = joint_q_default[dof] + action_scale * joint_action[dof]             <L 152>
                var_45 = wp::address(var_joint_q_default, var_31);
                var_46 = wp::address(var_joint_action, var_31);
                var_48 = wp::load(var_46);
                var_47 = wp::mul(var_action_scale, var_48);
                var_50 = wp::load(var_45);
                var_49 = wp::add(var_50, var_47);
                // mode = dof_mode[dof]                                                           <L 153>
                var_51 = wp::address(var_dof_mode, var_31);
                var_53 = wp::load(var_51);
                var_52 = wp::copy(var_53);
                // ke_j = joint_kp[dof]                                                           <L 154>
                var_54 = wp::address(var_joint_kp, var_31);
                var_56 = wp::load(var_54);
                var_55 = wp::copy(var_56);
                // tau = float(0.0)                                                               <L 155>
                var_58 = wp::float(var_57);
                // if mode == DofMode.FORCE:                                                      <L 156>
                var_60 = (var_52 == var_59);
                if (var_60) {
                    // tau = joint_act[dof]                                                       <L 157>
                    var_61 = wp::address(var_joint_act, var_31);
                    var_63 = wp::load(var_61);
                    var_62 = wp::copy(var_63);
                }
                if (!var_60) {
                    // elif mode == DofMode.TARGET_POSITION:                                      <L 158>
                    var_65 = (var_52 == var_64);
                    if (var_65) {
                        // tau = ke_j * (q_target - q_j) - joint_target_kd[dof] * qd_j            <L 159>
                        var_66 = wp::sub(var_49, var_43);
                        var_67 = wp::mul(var_55, var_66);
                        var_68 = wp::address(var_joint_target_kd, var_31);
                        var_70 = wp::load(var_68);
                        var_69 = wp::mul(var_70, var_33);
                        var_71 = wp::sub(var_67, var_69);
                    }
                    if (!var_65) {
                        // elif mode == DofMode.TARGET_VELOCITY:                                  <L 160>
                        var_73 = (var_52 == var_72);
                        if (var_73) {
                            // tau = ke_j * (q_target - qd_j)                                     <L 162>
                            var_74 = wp::sub(var_49, var_33);
                            var_75 = wp::mul(var_55, var_74);
                        }
                        var_76 = wp::where(var_73, var_75, var_58);
                    }
                    var_77 = wp::where(var_65, var_71, var_76);
                }
                var_78 = wp::where(var_60, var_62, var_77);
                // tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])       <L 163>
                var_79 = wp::address(var_joint_limit_lower, var_31);
                var_80 = wp::address(var_joint_limit_upper, var_31);
                var_81 = wp::address(var_joint_limit_ke, var_31);
                var_83 = wp::load(var_79);
                var_84 = wp::load(var_80);
                var_85 = wp::load(var_81);
                var_82 = limit_force_0(var_43, var_83, var_84, var_85);
                var_86 = wp::add(var_78, var_82);
            }
            var_87 = wp::where(var_36, var_40, var_86);
            // tau -= dof_friction * wp.tanh(qd_j / 0.01)                                         <L 165>
            var_89 = wp::div(var_33, var_88);
            var_90 = wp::tanh(var_89);
            var_91 = wp::mul(var_dof_friction, var_90);
            var_92 = wp::sub(var_87, var_91);
            // limit = joint_effort_limit[dof]                                                    <L 166>
            var_93 = wp::address(var_joint_effort_limit, var_31);
            var_95 = wp::load(var_93);
            var_94 = wp::copy(var_95);
            // tau = wp.clamp(tau, -limit, limit)                                                 <L 167>
            var_96 = wp::neg(var_94);
            var_97 = wp::clamp(var_92, var_96, var_94);
            // joint_tau[dof] = tau                                                               <L 168>
            wp::array_store(var_joint_tau, var_31, var_97);
            // power += tau * qd_j                                                                <L 169>
            var_98 = wp::mul(var_97, var_33);
            var_99 = wp::add(var_28, var_98);
            wp::assign(var_28, var_99);
            goto start_for_3;
        end_for_3:;
        // joint_drive_power[tid] = power                                                         <L 171>
        wp::array_store(var_joint_drive_power, var_0, var_28);
    }
}



extern "C" __global__ void joint_drive_limit_forces_d31b7379_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_articulation,
    wp::array_t<wp::int32> var_articulation_enabled,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::int32> var_dof_mode,
    wp::array_t<wp::float32> var_joint_act,
    wp::array_t<wp::float32> var_joint_q_default,
    wp::array_t<wp::float32> var_joint_action,
    wp::array_t<wp::float32> var_joint_kp,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_limit_ke,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::int32 var_joint_count,
    wp::float32 var_action_scale,
    wp::float32 var_dof_friction,
    wp::array_t<wp::float32> var_joint_tau,
    wp::array_t<wp::float32> var_joint_drive_power,
    wp::array_t<wp::int32> adj_joint_type,
    wp::array_t<wp::int32> adj_joint_articulation,
    wp::array_t<wp::int32> adj_articulation_enabled,
    wp::array_t<wp::int32> adj_joint_q_start,
    wp::array_t<wp::int32> adj_joint_qd_start,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_velocities,
    wp::array_t<wp::int32> adj_dof_mode,
    wp::array_t<wp::float32> adj_joint_act,
    wp::array_t<wp::float32> adj_joint_q_default,
    wp::array_t<wp::float32> adj_joint_action,
    wp::array_t<wp::float32> adj_joint_kp,
    wp::array_t<wp::float32> adj_joint_target_kd,
    wp::array_t<wp::float32> adj_joint_limit_lower,
    wp::array_t<wp::float32> adj_joint_limit_upper,
    wp::array_t<wp::float32> adj_joint_limit_ke,
    wp::array_t<wp::float32> adj_joint_effort_limit,
    wp::int32 adj_joint_count,
    wp::float32 adj_action_scale,
    wp::float32 adj_dof_friction,
    wp::array_t<wp::float32> adj_joint_tau,
    wp::array_t<wp::float32> adj_joint_drive_power)
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
        bool var_5;
        const wp::int32 var_6 = 3;
        bool var_7;
        const wp::int32 var_8 = 4;
        bool var_9;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32* var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        wp::int32* var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        const wp::float32 var_27 = 0.0;
        wp::float32 var_28;
        wp::range_t var_29;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        bool var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::int32 var_41;
        wp::float32* var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32* var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::int32* var_51;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        wp::float32 var_58;
        const wp::int32 var_59 = 0;
        bool var_60;
        wp::float32* var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        const wp::int32 var_64 = 1;
        bool var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        wp::float32* var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        const wp::int32 var_72 = 2;
        bool var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32* var_79;
        wp::float32* var_80;
        wp::float32* var_81;
        wp::float32 var_82;
        wp::float32 var_83;
        wp::float32 var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.01;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32* var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
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
        bool adj_14 = {};
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
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::range_t adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::int32 adj_59 = {};
        bool adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::int32 adj_64 = {};
        bool adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::int32 adj_72 = {};
        bool adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
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
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        //---------
        // forward
        // def joint_drive_limit_forces(                                                          <L 106>
        // tid = wp.tid()                                                                         <L 130>
        var_0 = builtin_tid1d();
        // if tid >= joint_count:                                                                 <L 131>
        var_1 = (var_0 >= var_joint_count);
        if (var_1) {
            // return                                                                             <L 132>
            goto label0;
        }
        // type = joint_type[tid]                                                                 <L 133>
        var_2 = wp::address(var_joint_type, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if type == JointType.FIXED or type == JointType.FREE:                                  <L 135>
        var_7 = (var_3 == var_6);
        var_5 = var_7;
        if (!var_5) {
            var_9 = (var_3 == var_8);
            var_5 = var_5 || var_9;
        }
        if (var_5) {
            // return                                                                             <L 136>
            goto label1;
        }
        // if articulation_enabled[joint_articulation[tid]] == 0:                                 <L 137>
        var_10 = wp::address(var_joint_articulation, var_0);
        var_11 = wp::load(var_10);
        var_12 = wp::address(var_articulation_enabled, var_11);
        var_15 = wp::load(var_12);
        var_14 = (var_15 == var_13);
        if (var_14) {
            // return                                                                             <L 138>
            goto label2;
        }
        // qd_start = joint_qd_start[tid]                                                         <L 139>
        var_16 = wp::address(var_joint_qd_start, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // q_start = joint_q_start[tid]                                                           <L 140>
        var_19 = wp::address(var_joint_q_start, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // dof_count = joint_qd_start[tid + 1] - qd_start                                         <L 141>
        var_23 = wp::add(var_0, var_22);
        var_24 = wp::address(var_joint_qd_start, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_17);
        // power = float(0.0)                                                                     <L 142>
        var_28 = wp::float(var_27);
        // for k in range(dof_count):                                                             <L 143>
        var_29 = wp::range(var_25);
        // joint_drive_power[tid] = power                                                         <L 171>
        // wp::array_store(var_joint_drive_power, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_joint_drive_power, var_0, var_28, adj_joint_drive_power, adj_0, adj_28);
        // adj: joint_drive_power[tid] = power                                                    <L 171>
        var_29 = wp::iter_reverse(var_29);
        start_for_3:;
            if (iter_cmp(var_29) == 0) goto end_for_3;
            var_30 = wp::iter_next(var_29);
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
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
            // dof = qd_start + k                                                                 <L 144>
            var_31 = wp::add(var_17, var_30);
            // qd_j = joint_velocities[dof]                                                       <L 145>
            var_32 = wp::address(var_joint_velocities, var_31);
            var_34 = wp::load(var_32);
            var_33 = wp::copy(var_34);
            // if type == JointType.BALL:                                                         <L 146>
            var_36 = (var_3 == var_35);
            if (var_36) {
                // tau = -joint_target_kd[dof] * qd_j                                             <L 148>
                var_37 = wp::address(var_joint_target_kd, var_31);
                var_39 = wp::load(var_37);
                var_38 = wp::neg(var_39);
                var_40 = wp::mul(var_38, var_33);
            }
            if (!var_36) {
                // q_j = joint_q[q_start + k]                                                     <L 150>
                var_41 = wp::add(var_20, var_30);
                var_42 = wp::address(var_joint_q, var_41);
                var_44 = wp::load(var_42);
                var_43 = wp::copy(var_44);
                // q_target = joint_q_default[dof] + action_scale * joint_action[dof]             <L 152>
                var_45 = wp::address(var_joint_q_default, var_31);
                var_46 = wp::address(var_joint_action, var_31);
                var_48 = wp::load(var_46);
                var_47 = wp::mul(var_action_scale, var_48);
                var_50 = wp::load(var_45);
                var_49 = wp::add(var_50, var_47);
                // mode = dof_mode[dof]                                                           <L 153>
                var_51 = wp::address(var_dof_mode, var_31);
                var_53 = wp::load(var_51);
                var_52 = wp::copy(var_53);
                // ke_j = joint_kp[dof]                                                           <L 154>
                var_54 = wp::address(var_joint_kp, var_31);
                var_56 = wp::load(var_54);
                var_55 = wp::copy(var_56);
                // tau = float(0.0)                                                               <L 155>
                var_58 = wp::float(var_57);
                // if mode == DofMode.FORCE:                                                      <L 156>
                var_60 = (var_52 == var_59);
                if (var_60) {
                    // tau = joint_act[dof]                                                       <L 157>
                    var_61 = wp::address(var_joint_act, var_31);
                    var_63 = wp::load(var_61);
                    var_62 = wp::copy(var_63);
                }
                if (!var_60) {
                    // elif mode == DofMode.TARGET_POSITION:                                      <L 158>
                    var_65 = (var_52 == var_64);
                    if (var_65) {
                        // tau = ke_j * (q_target - q_j) - joint_target_kd[dof] * qd_j            <L 159>
                        var_66 = wp::sub(var_49, var_43);
                        var_67 = wp::mul(var_55, var_66);
                        var_68 = wp::address(var_joint_target_kd, var_31);
                        var_70 = wp::load(var_68);
                        var_69 = wp::mul(var_70, var_33);
                        var_71 = wp::sub(var_67, var_69);
                    }
                    if (!var_65) {
                        // elif mode == DofMode.TARGET_VELOCITY:                                  <L 160>
                        var_73 = (var_52 == var_72);
                        if (var_73) {
                            // tau = ke_j * (q_target - qd_j)                                     <L 162>
                            var_74 = wp::sub(var_49, var_33);
                            var_75 = wp::mul(var_55, var_74);
                        }
                        var_76 = wp::where(var_73, var_75, var_58);
                    }
                    var_77 = wp::where(var_65, var_71, var_76);
                }
                var_78 = wp::where(var_60, var_62, var_77);
                // tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])       <L 163>
                var_79 = wp::address(var_joint_limit_lower, var_31);
                var_80 = wp::address(var_joint_limit_upper, var_31);
                var_81 = wp::address(var_joint_limit_ke, var_31);
                var_83 = wp::load(var_79);
                var_84 = wp::load(var_80);
                var_85 = wp::load(var_81);
                var_82 = limit_force_0(var_43, var_83, var_84, var_85);
                var_86 = wp::add(var_78, var_82);
            }
            var_87 = wp::where(var_36, var_40, var_86);
            // tau -= dof_friction * wp.tanh(qd_j / 0.01)                                         <L 165>
            var_89 = wp::div(var_33, var_88);
            var_90 = wp::tanh(var_89);
            var_91 = wp::mul(var_dof_friction, var_90);
            var_92 = wp::sub(var_87, var_91);
            // limit = joint_effort_limit[dof]                                                    <L 166>
            var_93 = wp::address(var_joint_effort_limit, var_31);
            var_95 = wp::load(var_93);
            var_94 = wp::copy(var_95);
            // tau = wp.clamp(tau, -limit, limit)                                                 <L 167>
            var_96 = wp::neg(var_94);
            var_97 = wp::clamp(var_92, var_96, var_94);
            // joint_tau[dof] = tau                                                               <L 168>
            // wp::array_store(var_joint_tau, var_31, var_97);
            // power += tau * qd_j                                                                <L 169>
            var_98 = wp::mul(var_97, var_33);
            var_99 = wp::add(var_28, var_98);
            wp::assign(var_28, var_99);
            wp::adj_assign(var_28, var_99, adj_28, adj_99);
            wp::adj_add(var_28, var_98, adj_28, adj_98, adj_99);
            wp::adj_mul(var_97, var_33, adj_97, adj_33, adj_98);
            // adj: power += tau * qd_j                                                           <L 169>
            wp::adj_array_store(var_joint_tau, var_31, var_97, adj_joint_tau, adj_31, adj_97);
            // adj: joint_tau[dof] = tau                                                          <L 168>
            wp::adj_clamp(var_92, var_96, var_94, adj_92, adj_96, adj_94, adj_97);
            wp::adj_neg(var_94, adj_94, adj_96);
            // adj: tau = wp.clamp(tau, -limit, limit)                                            <L 167>
            wp::adj_copy(var_95, adj_93, adj_94);
            wp::adj_address(var_joint_effort_limit, var_31, adj_joint_effort_limit, adj_31, adj_93);
            // adj: limit = joint_effort_limit[dof]                                               <L 166>
            wp::adj_sub(var_87, var_91, adj_87, adj_91, adj_92);
            wp::adj_mul(var_dof_friction, var_90, adj_dof_friction, adj_90, adj_91);
            wp::adj_tanh(var_89, var_90, adj_89, adj_90);
            wp::adj_div(var_33, var_88, var_89, adj_33, adj_88, adj_89);
            // adj: tau -= dof_friction * wp.tanh(qd_j / 0.01)                                    <L 165>
            wp::adj_where(var_36, var_40, var_86, adj_36, adj_40, adj_86, adj_87);
            if (!var_36) {
                wp::adj_add(var_78, var_82, adj_78, adj_82, adj_86);
                adj_limit_force_0(var_43, var_83, var_84, var_85, adj_43, adj_79, adj_80, adj_81, adj_82);
                wp::adj_address(var_joint_limit_ke, var_31, adj_joint_limit_ke, adj_31, adj_81);
                wp::adj_address(var_joint_limit_upper, var_31, adj_joint_limit_upper, adj_31, adj_80);
                wp::adj_address(var_joint_limit_lower, var_31, adj_joint_limit_lower, adj_31, adj_79);
                // adj: tau += limit_force(q_j, joint_limit_lower[dof], joint_limit_upper[dof], joint_limit_ke[dof])  <L 163>
                wp::adj_where(var_60, var_62, var_77, adj_60, adj_62, adj_77, adj_78);
                if (!var_60) {
                    wp::adj_where(var_65, var_71, var_76, adj_65, adj_71, adj_76, adj_77);
                    if (!var_65) {
                        wp::adj_where(var_73, var_75, var_58, adj_73, adj_75, adj_58, adj_76);
                        if (var_73) {
                            wp::adj_mul(var_55, var_74, adj_55, adj_74, adj_75);
                            wp::adj_sub(var_49, var_33, adj_49, adj_33, adj_74);
                            // adj: tau = ke_j * (q_target - qd_j)                                <L 162>
                        }
                        // adj: elif mode == DofMode.TARGET_VELOCITY:                             <L 160>
                    }
                    if (var_65) {
                        wp::adj_sub(var_67, var_69, adj_67, adj_69, adj_71);
                        wp::adj_mul(var_70, var_33, adj_68, adj_33, adj_69);
                        wp::adj_address(var_joint_target_kd, var_31, adj_joint_target_kd, adj_31, adj_68);
                        wp::adj_mul(var_55, var_66, adj_55, adj_66, adj_67);
                        wp::adj_sub(var_49, var_43, adj_49, adj_43, adj_66);
                        // adj: tau = ke_j * (q_target - q_j) - joint_target_kd[dof] * qd_j       <L 159>
                    }
                    // adj: elif mode == DofMode.TARGET_POSITION:                                 <L 158>
                }
                if (var_60) {
                    wp::adj_copy(var_63, adj_61, adj_62);
                    wp::adj_address(var_joint_act, var_31, adj_joint_act, adj_31, adj_61);
                    // adj: tau = joint_act[dof]                                                  <L 157>
                }
                // adj: if mode == DofMode.FORCE:                                                 <L 156>
                wp::adj_float(var_57, adj_57, adj_58);
                // adj: tau = float(0.0)                                                          <L 155>
                wp::adj_copy(var_56, adj_54, adj_55);
                wp::adj_address(var_joint_kp, var_31, adj_joint_kp, adj_31, adj_54);
                // adj: ke_j = joint_kp[dof]                                                      <L 154>
                wp::adj_copy(var_53, adj_51, adj_52);
                wp::adj_address(var_dof_mode, var_31, adj_dof_mode, adj_31, adj_51);
                // adj: mode = dof_mode[dof]                                                      <L 153>
                wp::adj_add(var_50, var_47, adj_45, adj_47, adj_49);
                wp::adj_mul(var_action_scale, var_48, adj_action_scale, adj_46, adj_47);
                wp::adj_address(var_joint_action, var_31, adj_joint_action, adj_31, adj_46);
                wp::adj_address(var_joint_q_default, var_31, adj_joint_q_default, adj_31, adj_45);
                // adj: q_target = joint_q_default[dof] + action_scale * joint_action[dof]        <L 152>
                wp::adj_copy(var_44, adj_42, adj_43);
                wp::adj_address(var_joint_q, var_41, adj_joint_q, adj_41, adj_42);
                wp::adj_add(var_20, var_30, adj_20, adj_30, adj_41);
                // adj: q_j = joint_q[q_start + k]                                                <L 150>
            }
            if (var_36) {
                wp::adj_mul(var_38, var_33, adj_38, adj_33, adj_40);
                wp::adj_neg(var_39, adj_37, adj_38);
                wp::adj_address(var_joint_target_kd, var_31, adj_joint_target_kd, adj_31, adj_37);
                // adj: tau = -joint_target_kd[dof] * qd_j                                        <L 148>
            }
            // adj: if type == JointType.BALL:                                                    <L 146>
            wp::adj_copy(var_34, adj_32, adj_33);
            wp::adj_address(var_joint_velocities, var_31, adj_joint_velocities, adj_31, adj_32);
            // adj: qd_j = joint_velocities[dof]                                                  <L 145>
            wp::adj_add(var_17, var_30, adj_17, adj_30, adj_31);
            // adj: dof = qd_start + k                                                            <L 144>
        	goto start_for_3;
        end_for_3:;
        // adj: for k in range(dof_count):                                                        <L 143>
        wp::adj_float(var_27, adj_27, adj_28);
        // adj: power = float(0.0)                                                                <L 142>
        wp::adj_sub(var_26, var_17, adj_24, adj_17, adj_25);
        wp::adj_address(var_joint_qd_start, var_23, adj_joint_qd_start, adj_23, adj_24);
        wp::adj_add(var_0, var_22, adj_0, adj_22, adj_23);
        // adj: dof_count = joint_qd_start[tid + 1] - qd_start                                    <L 141>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_joint_q_start, var_0, adj_joint_q_start, adj_0, adj_19);
        // adj: q_start = joint_q_start[tid]                                                      <L 140>
        wp::adj_copy(var_18, adj_16, adj_17);
        wp::adj_address(var_joint_qd_start, var_0, adj_joint_qd_start, adj_0, adj_16);
        // adj: qd_start = joint_qd_start[tid]                                                    <L 139>
        if (var_14) {
            label2:;
            // adj: return                                                                        <L 138>
        }
        wp::adj_address(var_articulation_enabled, var_11, adj_articulation_enabled, adj_11, adj_12);
        wp::adj_address(var_joint_articulation, var_0, adj_joint_articulation, adj_0, adj_10);
        // adj: if articulation_enabled[joint_articulation[tid]] == 0:                            <L 137>
        if (var_5) {
            label1:;
            // adj: return                                                                        <L 136>
        }
        if (!var_5) {
        }
        // adj: if type == JointType.FIXED or type == JointType.FREE:                             <L 135>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_joint_type, var_0, adj_joint_type, adj_0, adj_2);
        // adj: type = joint_type[tid]                                                            <L 133>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 132>
        }
        // adj: if tid >= joint_count:                                                            <L 131>
        // adj: tid = wp.tid()                                                                    <L 130>
        // adj: def joint_drive_limit_forces(                                                     <L 106>
        continue;
    }
}

