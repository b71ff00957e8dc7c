// Warp 1.19.0 cuda code for reset_joint_state_3df637a8.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// reset_joint_state.py:43
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 44>
    // if q < lower:                                                                          <L 46>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 47>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        return var_4;
    }
    // if q > upper:                                                                          <L 48>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 49>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 50>
    return var_10;
}


// reset_joint_state.py:125
static CUDA_CALLABLE void add_to_sensor_0(
    wp::int32 var_world,
    wp::int32 var_shape,
    wp::vec_t<3, wp::float32> var_f,
    wp::array_t<wp::int32> var_shape_bodies,
    wp::array_t<wp::int32> var_body_sensors,
    wp::array_t<wp::transform_t<wp::float32>> var_body_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> var_hits)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    const wp::int32 var_10 = 0;
    bool var_11;
    wp::transform_t<wp::float32>* var_12;
    wp::transform_t<wp::float32> var_13;
    wp::transform_t<wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // forward
    // def add_to_sensor(                                                                     <L 126>
    // if shape < 0:                                                                          <L 137>
    var_1 = (var_shape < var_0);
    if (var_1) {
        // return                                                                             <L 138>
        return;
    }
    // body = shape_bodies[world, shape]                                                      <L 139>
    var_2 = wp::address(var_shape_bodies, var_world, var_shape);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if body < 0:                                                                           <L 140>
    var_6 = (var_3 < var_5);
    if (var_6) {
        // return                                                                             <L 141>
        return;
    }
    // sensor = body_sensors[world, body]                                                     <L 142>
    var_7 = wp::address(var_body_sensors, var_world, var_3);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // if sensor < 0:                                                                         <L 143>
    var_11 = (var_8 < var_10);
    if (var_11) {
        // return                                                                             <L 144>
        return;
    }
    // X_wb = body_poses[world, body]                                                         <L 145>
    var_12 = wp::address(var_body_poses, var_world, var_3);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // rot = wp.transform_get_rotation(X_wb)                                                  <L 146>
    var_15 = wp::transform_get_rotation(var_13);
    // wp.atomic_add(forces, world, sensor, wp.quat_rotate_inv(rot, f))                       <L 147>
    var_16 = wp::quat_rotate_inv(var_15, var_f);
    var_17 = wp::atomic_add(var_forces, var_world, var_8, var_16);
    // wp.atomic_add(hits, world, sensor, 1)                                                  <L 148>
    var_19 = wp::atomic_add(var_hits, var_world, var_8, var_18);
}


// reset_joint_state.py:43
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
    // def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:       <L 44>
    // if q < lower:                                                                          <L 46>
    var_0 = (var_q < var_lower);
    if (var_0) {
        // return ke * (lower - q) - kd * qd                                                  <L 47>
        var_1 = wp::sub(var_lower, var_q);
        var_2 = wp::mul(var_ke, var_1);
        var_3 = wp::mul(var_kd, var_qd);
        var_4 = wp::sub(var_2, var_3);
        goto label0;
    }
    // if q > upper:                                                                          <L 48>
    var_5 = (var_q > var_upper);
    if (var_5) {
        // return ke * (upper - q) - kd * qd                                                  <L 49>
        var_6 = wp::sub(var_upper, var_q);
        var_7 = wp::mul(var_ke, var_6);
        var_8 = wp::mul(var_kd, var_qd);
        var_9 = wp::sub(var_7, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 50>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 50>
    if (var_5) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_8);
        wp::adj_mul(var_ke, var_6, adj_ke, adj_6, adj_7);
        wp::adj_sub(var_upper, var_q, adj_upper, adj_q, adj_6);
        // adj: return ke * (upper - q) - kd * qd                                             <L 49>
    }
    // adj: if q > upper:                                                                     <L 48>
    if (var_0) {
        label0:;
        adj_4 += adj_ret;
        wp::adj_sub(var_2, var_3, adj_2, adj_3, adj_4);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_3);
        wp::adj_mul(var_ke, var_1, adj_ke, adj_1, adj_2);
        wp::adj_sub(var_lower, var_q, adj_lower, adj_q, adj_1);
        // adj: return ke * (lower - q) - kd * qd                                             <L 47>
    }
    // adj: if q < lower:                                                                     <L 46>
    // adj: def limit_effort(q: float, qd: float, lower: float, upper: float, ke: float, kd: float) -> float:  <L 44>
    return;
}


// reset_joint_state.py:125
static CUDA_CALLABLE void adj_add_to_sensor_0(
    wp::int32 var_world,
    wp::int32 var_shape,
    wp::vec_t<3, wp::float32> var_f,
    wp::array_t<wp::int32> var_shape_bodies,
    wp::array_t<wp::int32> var_body_sensors,
    wp::array_t<wp::transform_t<wp::float32>> var_body_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> var_hits,
    wp::int32 & adj_world,
    wp::int32 & adj_shape,
    wp::vec_t<3, wp::float32> & adj_f,
    wp::array_t<wp::int32> & adj_shape_bodies,
    wp::array_t<wp::int32> & adj_body_sensors,
    wp::array_t<wp::transform_t<wp::float32>> & adj_body_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_forces,
    wp::array_t<wp::int32> & adj_hits)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void reset_joint_state_859f13d1_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_num_dofs,
    wp::array_t<wp::int32> var_env_reset,
    wp::array_t<wp::float32> var_joint_q_init,
    wp::int32 var_rng_seed,
    wp::float32 var_noise_scale,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::int32> var_episode_length)
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
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        const wp::int32 var_18 = 0;
        bool var_19;
        const wp::int32 var_20 = 0;
        //---------
        // forward
        // def reset_joint_state(                                                                 <L 17>
        // env, j = wp.tid()                                                                      <L 28>
        builtin_tid2d(var_0, var_1);
        // if j >= num_dofs or env_reset[env] == 0:                                               <L 29>
        var_3 = (var_1 >= var_num_dofs);
        var_2 = var_3;
        if (!var_2) {
            var_4 = wp::address(var_env_reset, var_0);
            var_7 = wp::load(var_4);
            var_6 = (var_7 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 30>
            continue;
        }
        // rng = wp.rand_init(rng_seed, env * num_dofs + j)                                       <L 32>
        var_8 = wp::mul(var_0, var_num_dofs);
        var_9 = wp::add(var_8, var_1);
        var_10 = wp::rand_init(var_rng_seed, var_9);
        // q0 = joint_q_init[env, j]                                                              <L 33>
        var_11 = wp::address(var_joint_q_init, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // q = q0 + noise_scale * wp.randn(rng)                                                   <L 34>
        var_14 = wp::randn(var_10);
        var_15 = wp::mul(var_noise_scale, var_14);
        var_16 = wp::add(var_12, var_15);
        // joint_q[env, j] = q                                                                    <L 35>
        wp::array_store(var_joint_q, var_0, var_1, var_16);
        // joint_qd[env, j] = 0.0                                                                 <L 36>
        wp::array_store(var_joint_qd, var_0, var_1, var_17);
        // joint_target[env, j] = q                                                               <L 38>
        wp::array_store(var_joint_target, var_0, var_1, var_16);
        // if j == 0:                                                                             <L 39>
        var_19 = (var_1 == var_18);
        if (var_19) {
            // episode_length[env] = 0                                                            <L 40>
            wp::array_store(var_episode_length, var_0, var_20);
        }
    }
}



extern "C" __global__ void joint_limit_forces_8eeb096a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_mask,
    wp::array_t<wp::int32> var_world_joint_start,
    wp::array_t<wp::int32> var_world_joint_count,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_limit_ke,
    wp::array_t<wp::float32> var_joint_limit_kd,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_world_ke_scale,
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
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
        //---------
        // forward
        // def joint_limit_forces(                                                                <L 54>
        // world, j = wp.tid()                                                                    <L 74>
        builtin_tid2d(var_0, var_1);
        // if world_mask[world] == 0 or j >= world_joint_count[world]:                            <L 75>
        var_3 = wp::address(var_world_mask, var_0);
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
            // return                                                                             <L 76>
            continue;
        }
        // joint = world_joint_start[world] + j                                                   <L 77>
        var_10 = wp::address(var_world_joint_start, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::add(var_12, var_1);
        // jtype = joint_type[joint]                                                              <L 78>
        var_13 = wp::address(var_joint_type, var_11);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 79>
        var_18 = (var_14 != var_17);
        var_16 = var_18;
        if (var_16) {
            var_20 = (var_14 != var_19);
            var_16 = var_16 && var_20;
        }
        if (var_16) {
            // return                                                                             <L 80>
            continue;
        }
        // limit_ke = joint_limit_ke[joint]                                                       <L 81>
        var_21 = wp::address(var_joint_limit_ke, var_11);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // ke_cur = joint_target_ke[joint]                                                        <L 82>
        var_24 = wp::address(var_joint_target_ke, var_11);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // kd_cur = joint_target_kd[joint]                                                        <L 83>
        var_27 = wp::address(var_joint_target_kd, var_11);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // effort_limit = joint_effort_limit[joint]                                               <L 84>
        var_30 = wp::address(var_joint_effort_limit, var_11);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // k_limit = limit_ke * world_ke_scale[world]                                             <L 85>
        var_33 = wp::address(var_world_ke_scale, var_0);
        var_35 = wp::load(var_33);
        var_34 = wp::mul(var_22, var_35);
        // dof = joint_qd_start[joint]                                                            <L 86>
        var_36 = wp::address(var_joint_qd_start, var_11);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // q = joint_q[joint_q_start[joint]]                                                      <L 87>
        var_39 = wp::address(var_joint_q_start, var_11);
        var_40 = wp::load(var_39);
        var_41 = wp::address(var_joint_q, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // qd = joint_velocities[dof]                                                             <L 88>
        var_44 = wp::address(var_joint_velocities, var_37);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + ke_cur * (joint_target_pos[dof] - q) - kd_cur * qd       <L 89>
        var_47 = wp::address(var_joint_limit_lower, var_37);
        var_48 = wp::address(var_joint_limit_upper, var_37);
        var_49 = wp::address(var_joint_limit_kd, var_11);
        var_51 = wp::load(var_47);
        var_52 = wp::load(var_48);
        var_53 = wp::load(var_49);
        var_50 = limit_effort_0(var_42, var_45, var_51, var_52, var_34, var_53);
        var_54 = wp::address(var_joint_target_pos, var_37);
        var_56 = wp::load(var_54);
        var_55 = wp::sub(var_56, var_42);
        var_57 = wp::mul(var_25, var_55);
        var_58 = wp::add(var_50, var_57);
        var_59 = wp::mul(var_28, var_45);
        var_60 = wp::sub(var_58, var_59);
        // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 90>
        var_61 = wp::neg(var_31);
        var_62 = wp::clamp(var_60, var_61, var_31);
        // wp.atomic_add(joint_f, dof, tau)                                                       <L 91>
        var_63 = wp::atomic_add(var_joint_f, var_37, var_62);
    }
}



extern "C" __global__ void joint_limit_forces_8eeb096a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_mask,
    wp::array_t<wp::int32> var_world_joint_start,
    wp::array_t<wp::int32> var_world_joint_count,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_q_start,
    wp::array_t<wp::int32> var_joint_qd_start,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_joint_limit_ke,
    wp::array_t<wp::float32> var_joint_limit_kd,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_world_ke_scale,
    wp::array_t<wp::float32> var_joint_f,
    wp::array_t<wp::int32> adj_world_mask,
    wp::array_t<wp::int32> adj_world_joint_start,
    wp::array_t<wp::int32> adj_world_joint_count,
    wp::array_t<wp::int32> adj_joint_type,
    wp::array_t<wp::int32> adj_joint_q_start,
    wp::array_t<wp::int32> adj_joint_qd_start,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_velocities,
    wp::array_t<wp::float32> adj_joint_limit_lower,
    wp::array_t<wp::float32> adj_joint_limit_upper,
    wp::array_t<wp::float32> adj_joint_limit_ke,
    wp::array_t<wp::float32> adj_joint_limit_kd,
    wp::array_t<wp::float32> adj_joint_target_pos,
    wp::array_t<wp::float32> adj_joint_target_ke,
    wp::array_t<wp::float32> adj_joint_target_kd,
    wp::array_t<wp::float32> adj_joint_effort_limit,
    wp::array_t<wp::float32> adj_world_ke_scale,
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
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32* var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::float32 var_62;
        wp::float32 var_63;
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
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        //---------
        // forward
        // def joint_limit_forces(                                                                <L 54>
        // world, j = wp.tid()                                                                    <L 74>
        builtin_tid2d(var_0, var_1);
        // if world_mask[world] == 0 or j >= world_joint_count[world]:                            <L 75>
        var_3 = wp::address(var_world_mask, var_0);
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
            // return                                                                             <L 76>
            goto label0;
        }
        // joint = world_joint_start[world] + j                                                   <L 77>
        var_10 = wp::address(var_world_joint_start, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::add(var_12, var_1);
        // jtype = joint_type[joint]                                                              <L 78>
        var_13 = wp::address(var_joint_type, var_11);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                       <L 79>
        var_18 = (var_14 != var_17);
        var_16 = var_18;
        if (var_16) {
            var_20 = (var_14 != var_19);
            var_16 = var_16 && var_20;
        }
        if (var_16) {
            // return                                                                             <L 80>
            goto label1;
        }
        // limit_ke = joint_limit_ke[joint]                                                       <L 81>
        var_21 = wp::address(var_joint_limit_ke, var_11);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // ke_cur = joint_target_ke[joint]                                                        <L 82>
        var_24 = wp::address(var_joint_target_ke, var_11);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // kd_cur = joint_target_kd[joint]                                                        <L 83>
        var_27 = wp::address(var_joint_target_kd, var_11);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // effort_limit = joint_effort_limit[joint]                                               <L 84>
        var_30 = wp::address(var_joint_effort_limit, var_11);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // k_limit = limit_ke * world_ke_scale[world]                                             <L 85>
        var_33 = wp::address(var_world_ke_scale, var_0);
        var_35 = wp::load(var_33);
        var_34 = wp::mul(var_22, var_35);
        // dof = joint_qd_start[joint]                                                            <L 86>
        var_36 = wp::address(var_joint_qd_start, var_11);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // q = joint_q[joint_q_start[joint]]                                                      <L 87>
        var_39 = wp::address(var_joint_q_start, var_11);
        var_40 = wp::load(var_39);
        var_41 = wp::address(var_joint_q, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // qd = joint_velocities[dof]                                                             <L 88>
        var_44 = wp::address(var_joint_velocities, var_37);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + ke_cur * (joint_target_pos[dof] - q) - kd_cur * qd       <L 89>
        var_47 = wp::address(var_joint_limit_lower, var_37);
        var_48 = wp::address(var_joint_limit_upper, var_37);
        var_49 = wp::address(var_joint_limit_kd, var_11);
        var_51 = wp::load(var_47);
        var_52 = wp::load(var_48);
        var_53 = wp::load(var_49);
        var_50 = limit_effort_0(var_42, var_45, var_51, var_52, var_34, var_53);
        var_54 = wp::address(var_joint_target_pos, var_37);
        var_56 = wp::load(var_54);
        var_55 = wp::sub(var_56, var_42);
        var_57 = wp::mul(var_25, var_55);
        var_58 = wp::add(var_50, var_57);
        var_59 = wp::mul(var_28, var_45);
        var_60 = wp::sub(var_58, var_59);
        // tau = wp.clamp(tau, -effort_limit, effort_limit)                                       <L 90>
        var_61 = wp::neg(var_31);
        var_62 = wp::clamp(var_60, var_61, var_31);
        // wp.atomic_add(joint_f, dof, tau)                                                       <L 91>
        // var_63 = wp::atomic_add(var_joint_f, var_37, var_62);
        //---------
        // reverse
        wp::adj_atomic_add(var_joint_f, var_37, var_62, adj_joint_f, adj_37, adj_62, adj_63);
        // adj: wp.atomic_add(joint_f, dof, tau)                                                  <L 91>
        wp::adj_clamp(var_60, var_61, var_31, adj_60, adj_61, adj_31, adj_62);
        wp::adj_neg(var_31, adj_31, adj_61);
        // adj: tau = wp.clamp(tau, -effort_limit, effort_limit)                                  <L 90>
        wp::adj_sub(var_58, var_59, adj_58, adj_59, adj_60);
        wp::adj_mul(var_28, var_45, adj_28, adj_45, adj_59);
        wp::adj_add(var_50, var_57, adj_50, adj_57, adj_58);
        wp::adj_mul(var_25, var_55, adj_25, adj_55, adj_57);
        wp::adj_sub(var_56, var_42, adj_54, adj_42, adj_55);
        wp::adj_address(var_joint_target_pos, var_37, adj_joint_target_pos, adj_37, adj_54);
        adj_limit_effort_0(var_42, var_45, var_51, var_52, var_34, var_53, adj_42, adj_45, adj_47, adj_48, adj_34, adj_49, adj_50);
        wp::adj_address(var_joint_limit_kd, var_11, adj_joint_limit_kd, adj_11, adj_49);
        wp::adj_address(var_joint_limit_upper, var_37, adj_joint_limit_upper, adj_37, adj_48);
        wp::adj_address(var_joint_limit_lower, var_37, adj_joint_limit_lower, adj_37, adj_47);
        // adj: tau = limit_effort(q, qd, joint_limit_lower[dof], joint_limit_upper[dof], k_limit, joint_limit_kd[joint]) + ke_cur * (joint_target_pos[dof] - q) - kd_cur * qd  <L 89>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_joint_velocities, var_37, adj_joint_velocities, adj_37, adj_44);
        // adj: qd = joint_velocities[dof]                                                        <L 88>
        wp::adj_copy(var_43, adj_41, adj_42);
        wp::adj_address(var_joint_q, var_40, adj_joint_q, adj_40, adj_41);
        wp::adj_address(var_joint_q_start, var_11, adj_joint_q_start, adj_11, adj_39);
        // adj: q = joint_q[joint_q_start[joint]]                                                 <L 87>
        wp::adj_copy(var_38, adj_36, adj_37);
        wp::adj_address(var_joint_qd_start, var_11, adj_joint_qd_start, adj_11, adj_36);
        // adj: dof = joint_qd_start[joint]                                                       <L 86>
        wp::adj_mul(var_22, var_35, adj_22, adj_33, adj_34);
        wp::adj_address(var_world_ke_scale, var_0, adj_world_ke_scale, adj_0, adj_33);
        // adj: k_limit = limit_ke * world_ke_scale[world]                                        <L 85>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_joint_effort_limit, var_11, adj_joint_effort_limit, adj_11, adj_30);
        // adj: effort_limit = joint_effort_limit[joint]                                          <L 84>
        wp::adj_copy(var_29, adj_27, adj_28);
        wp::adj_address(var_joint_target_kd, var_11, adj_joint_target_kd, adj_11, adj_27);
        // adj: kd_cur = joint_target_kd[joint]                                                   <L 83>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_joint_target_ke, var_11, adj_joint_target_ke, adj_11, adj_24);
        // adj: ke_cur = joint_target_ke[joint]                                                   <L 82>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_joint_limit_ke, var_11, adj_joint_limit_ke, adj_11, adj_21);
        // adj: limit_ke = joint_limit_ke[joint]                                                  <L 81>
        if (var_16) {
            label1:;
            // adj: return                                                                        <L 80>
        }
        if (var_16) {
        }
        // adj: if jtype != JointType.PRISMATIC and jtype != JointType.REVOLUTE:                  <L 79>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_joint_type, var_11, adj_joint_type, adj_11, adj_13);
        // adj: jtype = joint_type[joint]                                                         <L 78>
        wp::adj_add(var_12, var_1, adj_10, adj_1, adj_11);
        wp::adj_address(var_world_joint_start, var_0, adj_world_joint_start, adj_0, adj_10);
        // adj: joint = world_joint_start[world] + j                                              <L 77>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 76>
        }
        if (!var_2) {
            wp::adj_address(var_world_joint_count, var_0, adj_world_joint_count, adj_0, adj_7);
        }
        wp::adj_address(var_world_mask, var_0, adj_world_mask, adj_0, adj_3);
        // adj: if world_mask[world] == 0 or j >= world_joint_count[world]:                       <L 75>
        // adj: world, j = wp.tid()                                                               <L 74>
        // adj: def joint_limit_forces(                                                           <L 54>
        continue;
    }
}



extern "C" __global__ void keypoint_goal_deltas_b924df12_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_keypoint_body,
    wp::array_t<wp::int32> var_env_body_start,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_keypoint_local,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta,
    wp::array_t<wp::float32> var_goal_distance)
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
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::transform_t<wp::float32>* var_13;
        wp::transform_t<wp::float32> var_14;
        wp::transform_t<wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        //---------
        // forward
        // def keypoint_goal_deltas(                                                              <L 180>
        // env, k = wp.tid()                                                                      <L 189>
        builtin_tid2d(var_0, var_1);
        // body = keypoint_body[k]                                                                <L 190>
        var_2 = wp::address(var_keypoint_body, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if body < 0:                                                                           <L 191>
        var_6 = (var_3 < var_5);
        if (var_6) {
            // return                                                                             <L 192>
            continue;
        }
        // goal = goal_pos[env, k]                                                                <L 193>
        var_7 = wp::address(var_goal_pos, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // X_wb = body_q[env_body_start[env] + body]                                              <L 194>
        var_10 = wp::address(var_env_body_start, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::add(var_12, var_3);
        var_13 = wp::address(var_body_q, var_11);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // p = wp.transform_point(X_wb, keypoint_local[k])                                        <L 195>
        var_16 = wp::address(var_keypoint_local, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::transform_point(var_14, var_18);
        // delta = goal - p                                                                       <L 196>
        var_19 = wp::sub(var_8, var_17);
        // goal_delta[env, k] = delta                                                             <L 197>
        wp::array_store(var_goal_delta, var_0, var_1, var_19);
        // dist = wp.length(delta)                                                                <L 198>
        var_20 = wp::length(var_19);
        // goal_distance[env, k] = dist                                                           <L 199>
        wp::array_store(var_goal_distance, var_0, var_1, var_20);
    }
}



extern "C" __global__ void compute_env_dones_d359d6b2_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_contact_term_bodies,
    wp::array_t<wp::int32> var_env_body_start,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_origin,
    wp::float32 var_min_height,
    wp::float32 var_tilt_threshold,
    wp::float32 var_max_distance,
    wp::array_t<wp::int32> var_env_reset,
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
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::transform_t<wp::float32>* var_14;
        wp::transform_t<wp::float32> var_15;
        wp::transform_t<wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 2;
        wp::float32 var_19;
        bool var_20;
        wp::quat_t<wp::float32> var_21;
        const wp::float32 var_22 = 0.0;
        const wp::float32 var_23 = 0.0;
        const wp::float32 var_24 = 1.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        bool var_27;
        const wp::int32 var_28 = 2;
        wp::float32 var_29;
        bool var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        bool var_34;
        const wp::int32 var_35 = 0;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        bool var_47;
        const wp::int32 var_48 = 1;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        //---------
        // forward
        // def compute_env_dones(                                                                 <L 95>
        // env, k = wp.tid()                                                                      <L 107>
        builtin_tid2d(var_0, var_1);
        // if env_active[env] == 0:                                                               <L 108>
        var_2 = wp::address(var_env_active, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 109>
            continue;
        }
        // body = contact_term_bodies[k]                                                          <L 110>
        var_6 = wp::address(var_contact_term_bodies, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // if body < 0:                                                                           <L 111>
        var_10 = (var_7 < var_9);
        if (var_10) {
            // return                                                                             <L 112>
            continue;
        }
        // X_wb = body_q[env_body_start[env] + body]                                              <L 113>
        var_11 = wp::address(var_env_body_start, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::add(var_13, var_7);
        var_14 = wp::address(var_body_q, var_12);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // p = wp.transform_get_translation(X_wb)                                                 <L 114>
        var_17 = wp::transform_get_translation(var_15);
        // failed = p[2] < min_height                                                             <L 115>
        var_19 = wp::extract(var_17, var_18);
        var_20 = (var_19 < var_min_height);
        // up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 0.0, 1.0))         <L 116>
        var_21 = wp::transform_get_rotation(var_15);
        var_25 = wp::vec_t<3, wp::float32>(var_22, var_23, var_24);
        var_26 = wp::quat_rotate(var_21, var_25);
        // failed = failed or up_w[2] < tilt_threshold                                            <L 117>
        var_27 = var_20;
        if (!var_27) {
            var_29 = wp::extract(var_26, var_28);
            var_30 = (var_29 < var_tilt_threshold);
            var_27 = var_27 || var_30;
        }
        // d = p - env_origin[env]                                                                <L 118>
        var_31 = wp::address(var_env_origin, var_0);
        var_33 = wp::load(var_31);
        var_32 = wp::sub(var_17, var_33);
        // failed = failed or d[0] * d[0] + d[1] * d[1] > max_distance * max_distance             <L 119>
        var_34 = var_27;
        if (!var_34) {
            var_36 = wp::extract(var_32, var_35);
            var_38 = wp::extract(var_32, var_37);
            var_39 = wp::mul(var_36, var_38);
            var_41 = wp::extract(var_32, var_40);
            var_43 = wp::extract(var_32, var_42);
            var_44 = wp::mul(var_41, var_43);
            var_45 = wp::add(var_39, var_44);
            var_46 = wp::mul(var_max_distance, var_max_distance);
            var_47 = (var_45 > var_46);
            var_34 = var_34 || var_47;
        }
        // if failed:                                                                             <L 120>
        if (var_34) {
            // env_reset[env] = 1                                                                 <L 121>
            wp::array_store(var_env_reset, var_0, var_48);
            // wp.atomic_add(failed_bodies, env, 1)                                               <L 122>
            var_50 = wp::atomic_add(var_failed_bodies, var_0, var_49);
        }
    }
}



extern "C" __global__ void eval_contact_sensors_d9211c13_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_mask,
    wp::array_t<wp::int32> var_world_contact_count,
    wp::array_t<wp::int32> var_contact_shape_a,
    wp::array_t<wp::int32> var_contact_shape_b,
    wp::array_t<wp::int32> var_shape_body_index,
    wp::array_t<wp::int32> var_body_sensor,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal,
    wp::array_t<wp::float32> var_contact_depth,
    wp::float32 var_contact_ke,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_sensor_force,
    wp::array_t<wp::int32> var_sensor_hits)
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
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        bool var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32* var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        //---------
        // forward
        // def eval_contact_sensors(                                                              <L 152>
        // world, c = wp.tid()                                                                    <L 166>
        builtin_tid2d(var_0, var_1);
        // if world_mask[world] == 0 or c >= world_contact_count[world]:                          <L 167>
        var_3 = wp::address(var_world_mask, var_0);
        var_6 = wp::load(var_3);
        var_5 = (var_6 == var_4);
        var_2 = var_5;
        if (!var_2) {
            var_7 = wp::address(var_world_contact_count, var_0);
            var_9 = wp::load(var_7);
            var_8 = (var_1 >= var_9);
            var_2 = var_2 || var_8;
        }
        if (var_2) {
            // return                                                                             <L 168>
            continue;
        }
        // n = contact_normal[world, c]                                                           <L 169>
        var_10 = wp::address(var_contact_normal, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // d = contact_depth[world, c]                                                            <L 170>
        var_13 = wp::address(var_contact_depth, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // if d <= 0.0:                                                                           <L 171>
        var_17 = (var_14 <= var_16);
        if (var_17) {
            // return                                                                             <L 172>
            continue;
        }
        // f_n = contact_ke * d                                                                   <L 173>
        var_18 = wp::mul(var_contact_ke, var_14);
        // f = n * f_n                                                                            <L 174>
        var_19 = wp::mul(var_11, var_18);
        // add_to_sensor(world, contact_shape_a[world, c], f, shape_body_index, body_sensor, body_q, contact_sensor_force, sensor_hits)       <L 175>
        var_20 = wp::address(var_contact_shape_a, var_0, var_1);
        var_21 = wp::load(var_20);
        add_to_sensor_0(var_0, var_21, var_19, var_shape_body_index, var_body_sensor, var_body_q, var_contact_sensor_force, var_sensor_hits);
        // add_to_sensor(world, contact_shape_b[world, c], -f, shape_body_index, body_sensor, body_q, contact_sensor_force, sensor_hits)       <L 176>
        var_22 = wp::address(var_contact_shape_b, var_0, var_1);
        var_23 = wp::neg(var_19);
        var_24 = wp::load(var_22);
        add_to_sensor_0(var_0, var_24, var_23, var_shape_body_index, var_body_sensor, var_body_q, var_contact_sensor_force, var_sensor_hits);
    }
}

