// Warp 1.19.0 cuda code for gather_body_obs_95b2b39a.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:396
static CUDA_CALLABLE wp::quat_t<wp::float32> quat_from_euler_0(
    wp::vec_t<3, wp::float32> var_e,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 0.0;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::quat_t<wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = 0.0;
    const wp::float32 var_17 = 1.0;
    wp::quat_t<wp::float32> var_18;
    const wp::float32 var_19 = 0.0;
    const wp::float32 var_20 = 0.0;
    const wp::float32 var_21 = 0.0;
    const wp::float32 var_22 = 1.0;
    wp::quat_t<wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    const wp::float32 var_33 = 0.0;
    wp::quat_t<wp::float32> var_34;
    const wp::int32 var_35 = 1;
    bool var_36;
    const wp::float32 var_37 = 0.0;
    const wp::float32 var_38 = 0.0;
    wp::quat_t<wp::float32> var_39;
    const wp::float32 var_40 = 0.0;
    const wp::float32 var_41 = 0.0;
    wp::quat_t<wp::float32> var_42;
    wp::quat_t<wp::float32> var_43;
    wp::quat_t<wp::float32> var_44;
    const wp::int32 var_45 = 0;
    bool var_46;
    const wp::float32 var_47 = 0.0;
    const wp::float32 var_48 = 0.0;
    wp::quat_t<wp::float32> var_49;
    const wp::int32 var_50 = 1;
    bool var_51;
    const wp::float32 var_52 = 0.0;
    const wp::float32 var_53 = 0.0;
    wp::quat_t<wp::float32> var_54;
    const wp::float32 var_55 = 0.0;
    const wp::float32 var_56 = 0.0;
    wp::quat_t<wp::float32> var_57;
    wp::quat_t<wp::float32> var_58;
    wp::quat_t<wp::float32> var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    const wp::float32 var_62 = 0.0;
    const wp::float32 var_63 = 0.0;
    wp::quat_t<wp::float32> var_64;
    const wp::int32 var_65 = 1;
    bool var_66;
    const wp::float32 var_67 = 0.0;
    const wp::float32 var_68 = 0.0;
    wp::quat_t<wp::float32> var_69;
    const wp::float32 var_70 = 0.0;
    const wp::float32 var_71 = 0.0;
    wp::quat_t<wp::float32> var_72;
    wp::quat_t<wp::float32> var_73;
    wp::quat_t<wp::float32> var_74;
    wp::quat_t<wp::float32> var_75;
    wp::quat_t<wp::float32> var_76;
    //---------
    // forward
    // def quat_from_euler(e: wp.vec3, i: int, j: int, k: int) -> wp.quat:                    <L 397>
    // ei = e[i]                                                                              <L 420>
    var_0 = wp::extract(var_e, var_i);
    // ej = e[j]                                                                              <L 421>
    var_1 = wp::extract(var_e, var_j);
    // ek = e[k]                                                                              <L 422>
    var_2 = wp::extract(var_e, var_k);
    // hi = 0.5 * ei                                                                          <L 424>
    var_4 = wp::mul(var_3, var_0);
    // hj = 0.5 * ej                                                                          <L 425>
    var_6 = wp::mul(var_5, var_1);
    // hk = 0.5 * ek                                                                          <L 426>
    var_8 = wp::mul(var_7, var_2);
    // qi = wp.quat(0.0, 0.0, 0.0, 1.0)                                                       <L 428>
    var_13 = wp::quat_t<wp::float32>(var_9, var_10, var_11, var_12);
    // qj = wp.quat(0.0, 0.0, 0.0, 1.0)                                                       <L 429>
    var_18 = wp::quat_t<wp::float32>(var_14, var_15, var_16, var_17);
    // qk = wp.quat(0.0, 0.0, 0.0, 1.0)                                                       <L 430>
    var_23 = wp::quat_t<wp::float32>(var_19, var_20, var_21, var_22);
    // si = wp.sin(hi)                                                                        <L 432>
    var_24 = wp::sin(var_4);
    // sj = wp.sin(hj)                                                                        <L 433>
    var_25 = wp::sin(var_6);
    // sk = wp.sin(hk)                                                                        <L 434>
    var_26 = wp::sin(var_8);
    // ci = wp.cos(hi)                                                                        <L 435>
    var_27 = wp::cos(var_4);
    // cj = wp.cos(hj)                                                                        <L 436>
    var_28 = wp::cos(var_6);
    // ck = wp.cos(hk)                                                                        <L 437>
    var_29 = wp::cos(var_8);
    // if i == 0:                                                                             <L 439>
    var_31 = (var_i == var_30);
    if (var_31) {
        // qi = wp.quat(si, 0.0, 0.0, ci)                                                     <L 440>
        var_34 = wp::quat_t<wp::float32>(var_24, var_32, var_33, var_27);
    }
    if (!var_31) {
        // elif i == 1:                                                                       <L 441>
        var_36 = (var_i == var_35);
        if (var_36) {
            // qi = wp.quat(0.0, si, 0.0, ci)                                                 <L 442>
            var_39 = wp::quat_t<wp::float32>(var_37, var_24, var_38, var_27);
        }
        if (!var_36) {
            // qi = wp.quat(0.0, 0.0, si, ci)                                                 <L 444>
            var_42 = wp::quat_t<wp::float32>(var_40, var_41, var_24, var_27);
        }
        var_43 = wp::where(var_36, var_39, var_42);
    }
    var_44 = wp::where(var_31, var_34, var_43);
    // if j == 0:                                                                             <L 446>
    var_46 = (var_j == var_45);
    if (var_46) {
        // qj = wp.quat(sj, 0.0, 0.0, cj)                                                     <L 447>
        var_49 = wp::quat_t<wp::float32>(var_25, var_47, var_48, var_28);
    }
    if (!var_46) {
        // elif j == 1:                                                                       <L 448>
        var_51 = (var_j == var_50);
        if (var_51) {
            // qj = wp.quat(0.0, sj, 0.0, cj)                                                 <L 449>
            var_54 = wp::quat_t<wp::float32>(var_52, var_25, var_53, var_28);
        }
        if (!var_51) {
            // qj = wp.quat(0.0, 0.0, sj, cj)                                                 <L 451>
            var_57 = wp::quat_t<wp::float32>(var_55, var_56, var_25, var_28);
        }
        var_58 = wp::where(var_51, var_54, var_57);
    }
    var_59 = wp::where(var_46, var_49, var_58);
    // if k == 0:                                                                             <L 453>
    var_61 = (var_k == var_60);
    if (var_61) {
        // qk = wp.quat(sk, 0.0, 0.0, ck)                                                     <L 454>
        var_64 = wp::quat_t<wp::float32>(var_26, var_62, var_63, var_29);
    }
    if (!var_61) {
        // elif k == 1:                                                                       <L 455>
        var_66 = (var_k == var_65);
        if (var_66) {
            // qk = wp.quat(0.0, sk, 0.0, ck)                                                 <L 456>
            var_69 = wp::quat_t<wp::float32>(var_67, var_26, var_68, var_29);
        }
        if (!var_66) {
            // qk = wp.quat(0.0, 0.0, sk, ck)                                                 <L 458>
            var_72 = wp::quat_t<wp::float32>(var_70, var_71, var_26, var_29);
        }
        var_73 = wp::where(var_66, var_69, var_72);
    }
    var_74 = wp::where(var_61, var_64, var_73);
    // return wp.mul(qk, wp.mul(qj, qi))                                                      <L 462>
    var_75 = wp::mul(var_59, var_44);
    var_76 = wp::mul(var_74, var_75);
    return var_76;
}


// gather_body_obs.py:50
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 51>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 52>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 53>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        return var_5;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 54>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 56>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        return var_9;
    }
    // return 0.0                                                                             <L 57>
    return var_10;
}


// gather_body_obs.py:124
static CUDA_CALLABLE wp::float32 tracking_reward_0(
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
    // def tracking_reward(error: float, sigma: float) -> float:                              <L 125>
    // return wp.exp(-error * error / sigma)                                                  <L 127>
    var_0 = wp::neg(var_error);
    var_1 = wp::mul(var_0, var_error);
    var_2 = wp::div(var_1, var_sigma);
    var_3 = wp::exp(var_2);
    return var_3;
}


// warp/_src/math.py:396
static CUDA_CALLABLE void adj_quat_from_euler_0(
    wp::vec_t<3, wp::float32> var_e,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::vec_t<3, wp::float32> & adj_e,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::quat_t<wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// gather_body_obs.py:50
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
    // def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:       <L 51>
    // if mode == JointMode.TARGET_POSITION:                                                  <L 52>
    var_1 = (var_mode == var_0);
    if (var_1) {
        // return ke * (target - q) - kd * qd                                                 <L 53>
        var_2 = wp::sub(var_target, var_q);
        var_3 = wp::mul(var_ke, var_2);
        var_4 = wp::mul(var_kd, var_qd);
        var_5 = wp::sub(var_3, var_4);
        goto label0;
    }
    // if mode == JointMode.TARGET_VELOCITY:                                                  <L 54>
    var_7 = (var_mode == var_6);
    if (var_7) {
        // return kd * (target - qd)                                                          <L 56>
        var_8 = wp::sub(var_target, var_qd);
        var_9 = wp::mul(var_kd, var_8);
        goto label1;
    }
    // return 0.0                                                                             <L 57>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_10 += adj_ret;
    // adj: return 0.0                                                                        <L 57>
    if (var_7) {
        label1:;
        adj_9 += adj_ret;
        wp::adj_mul(var_kd, var_8, adj_kd, adj_8, adj_9);
        wp::adj_sub(var_target, var_qd, adj_target, adj_qd, adj_8);
        // adj: return kd * (target - qd)                                                     <L 56>
    }
    // adj: if mode == JointMode.TARGET_VELOCITY:                                             <L 54>
    if (var_1) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_mul(var_kd, var_qd, adj_kd, adj_qd, adj_4);
        wp::adj_mul(var_ke, var_2, adj_ke, adj_2, adj_3);
        wp::adj_sub(var_target, var_q, adj_target, adj_q, adj_2);
        // adj: return ke * (target - q) - kd * qd                                            <L 53>
    }
    // adj: if mode == JointMode.TARGET_POSITION:                                             <L 52>
    // adj: def pd_effort(mode: wp.int32, q: float, qd: float, target: float, ke: float, kd: float) -> float:  <L 51>
    return;
}


// gather_body_obs.py:124
static CUDA_CALLABLE void adj_tracking_reward_0(
    wp::float32 var_error,
    wp::float32 var_sigma,
    wp::float32 & adj_error,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void gather_body_obs_63481bdb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_body_start,
    wp::array_t<wp::int32> var_env_body_count,
    wp::array_t<wp::vec_t<10, wp::float32>> var_obs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_euler_angles,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::float32> var_obs_scale_lin_vel,
    wp::array_t<wp::float32> var_obs_scale_ang_vel)
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
        const wp::int32 var_8 = 0;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32>* var_19;
        const wp::int32 var_20 = 2;
        const wp::int32 var_21 = 1;
        const wp::int32 var_22 = 0;
        wp::quat_t<wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::transform_t<wp::float32> var_25;
        wp::vec_t<6, wp::float32>* var_26;
        wp::vec_t<6, wp::float32> var_27;
        wp::vec_t<6, wp::float32> var_28;
        wp::quat_t<wp::float32> var_29;
        const wp::float32 var_30 = 0.0;
        const wp::float32 var_31 = 1.0;
        const wp::float32 var_32 = 0.0;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        const wp::int32 var_42 = 0;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        wp::float32 var_45;
        const wp::int32 var_46 = 2;
        wp::float32 var_47;
        const wp::int32 var_48 = 0;
        wp::float32 var_49;
        const wp::int32 var_50 = 1;
        wp::float32 var_51;
        const wp::int32 var_52 = 2;
        wp::float32 var_53;
        const wp::int32 var_54 = 0;
        wp::float32 var_55;
        const wp::int32 var_56 = 1;
        wp::float32 var_57;
        const wp::int32 var_58 = 2;
        wp::float32 var_59;
        wp::vec_t<3, wp::float32> var_60;
        const wp::int32 var_61 = 1;
        wp::float32 var_62;
        wp::vec_t<10, wp::float32> var_63;
        //---------
        // forward
        // def gather_body_obs(                                                                   <L 14>
        // env, b = wp.tid()                                                                      <L 24>
        builtin_tid2d(var_0, var_1);
        // if b >= env_body_count[env]:                                                           <L 25>
        var_2 = wp::address(var_env_body_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 26>
            continue;
        }
        // body = env_body_start[env] + b                                                         <L 27>
        var_5 = wp::address(var_env_body_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_7, var_1);
        // ang_vel_scale = obs_scale_ang_vel[0]                                                   <L 28>
        var_9 = wp::address(var_obs_scale_ang_vel, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // lin_vel_scale = obs_scale_lin_vel[0]                                                   <L 29>
        var_13 = wp::address(var_obs_scale_lin_vel, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // pos = particle_x[body]                                                                 <L 30>
        var_16 = wp::address(var_particle_x, var_6);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // tf = wp.transform(pos, wp.quat_from_euler(euler_angles[body], 2, 1, 0))                <L 31>
        var_19 = wp::address(var_euler_angles, var_6);
        var_24 = wp::load(var_19);
        var_23 = quat_from_euler_0(var_24, var_20, var_21, var_22);
        var_25 = wp::transform_t<wp::float32>(var_17, var_23);
        // qd = body_qd[body]                                                                     <L 32>
        var_26 = wp::address(var_body_qd, var_6);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // rot = wp.transform_get_rotation(tf)                                                    <L 33>
        var_29 = wp::transform_get_rotation(var_25);
        // up = wp.vec3(0.0, 1.0, 0.0)                                                            <L 34>
        var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
        // w_local = wp.quat_rotate_inv(rot, wp.spatial_top(qd))                                  <L 36>
        var_34 = wp::spatial_top(var_27);
        var_35 = wp::quat_rotate_inv(var_29, var_34);
        // v_local = wp.quat_rotate_inv(rot, wp.spatial_bottom(qd))                               <L 37>
        var_36 = wp::spatial_bottom(var_27);
        var_37 = wp::quat_rotate_inv(var_29, var_36);
        // v_local = v_local * lin_vel_scale                                                      <L 38>
        var_38 = wp::mul(var_37, var_14);
        // w_local = w_local * ang_vel_scale                                                      <L 39>
        var_39 = wp::mul(var_35, var_10);
        // g_local = wp.quat_rotate_inv(rot, -up)                                                 <L 41>
        var_40 = wp::neg(var_33);
        var_41 = wp::quat_rotate_inv(var_29, var_40);
        // obs[env, b] = obs_vec(                                                                 <L 42>
        // v_local[0], v_local[1], v_local[2],                                                    <L 43>
        var_43 = wp::extract(var_38, var_42);
        var_45 = wp::extract(var_38, var_44);
        var_47 = wp::extract(var_38, var_46);
        // w_local[0], w_local[1], w_local[2],                                                    <L 44>
        var_49 = wp::extract(var_39, var_48);
        var_51 = wp::extract(var_39, var_50);
        var_53 = wp::extract(var_39, var_52);
        // g_local[0], g_local[1], g_local[2],                                                    <L 45>
        var_55 = wp::extract(var_41, var_54);
        var_57 = wp::extract(var_41, var_56);
        var_59 = wp::extract(var_41, var_58);
        // wp.transform_get_translation(tf)[1],                                                   <L 46>
        var_60 = wp::transform_get_translation(var_25);
        var_62 = wp::extract(var_60, var_61);
        var_63 = wp::vec_t<10, wp::float32>({var_43, var_45, var_47, var_49, var_51, var_53, var_55, var_57, var_59, var_62});
        // obs[env, b] = obs_vec(                                                                 <L 42>
        wp::array_store(var_obs, var_0, var_1, var_63);
    }
}



extern "C" __global__ void eval_joint_pd_b6c43870_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_dof_start,
    wp::array_t<wp::int32> var_world_dof_count,
    wp::array_t<wp::int32> var_joint_dof_mode,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_tau)
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
        wp::int32 var_28;
        wp::float32* var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        //---------
        // forward
        // def eval_joint_pd(                                                                     <L 61>
        // world, j = wp.tid()                                                                    <L 74>
        builtin_tid2d(var_0, var_1);
        // if j >= world_dof_count[world]:                                                        <L 75>
        var_2 = wp::address(var_world_dof_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 76>
            continue;
        }
        // dof_start = world_dof_start[world]                                                     <L 77>
        var_5 = wp::address(var_world_dof_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // mode = joint_dof_mode[dof_start + j]                                                   <L 78>
        var_8 = wp::add(var_6, var_1);
        var_9 = wp::address(var_joint_dof_mode, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if mode == JointMode.NONE:                                                             <L 79>
        var_13 = (var_10 == var_12);
        if (var_13) {
            // return                                                                             <L 80>
            continue;
        }
        // q_j = joint_q[dof_start + j]                                                           <L 81>
        var_14 = wp::add(var_6, var_1);
        var_15 = wp::address(var_joint_q, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // kd_i = joint_target_kd[dof_start + j]                                                  <L 82>
        var_18 = wp::add(var_6, var_1);
        var_19 = wp::address(var_joint_target_kd, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // f_max = joint_effort_limit[dof_start + j]                                              <L 83>
        var_22 = wp::add(var_6, var_1);
        var_23 = wp::address(var_joint_effort_limit, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], joint_target[dof_start + j], joint_target_ke[dof_start + j], kd_i)       <L 84>
        var_26 = wp::add(var_6, var_1);
        var_27 = wp::address(var_joint_velocities, var_26);
        var_28 = wp::add(var_6, var_1);
        var_29 = wp::address(var_joint_target, var_28);
        var_30 = wp::add(var_6, var_1);
        var_31 = wp::address(var_joint_target_ke, var_30);
        var_33 = wp::load(var_27);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_31);
        var_32 = pd_effort_0(var_10, var_16, var_33, var_34, var_35, var_20);
        // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 85>
        var_36 = wp::neg(var_24);
        var_37 = wp::clamp(var_32, var_36, var_24);
        // joint_tau[dof_start + j] = tau                                                         <L 86>
        var_38 = wp::add(var_6, var_1);
        wp::array_store(var_joint_tau, var_38, var_37);
    }
}



extern "C" __global__ void eval_joint_pd_b6c43870_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_dof_start,
    wp::array_t<wp::int32> var_world_dof_count,
    wp::array_t<wp::int32> var_joint_dof_mode,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_velocities,
    wp::array_t<wp::float32> var_joint_target,
    wp::array_t<wp::float32> var_joint_target_ke,
    wp::array_t<wp::float32> var_joint_target_kd,
    wp::array_t<wp::float32> var_joint_effort_limit,
    wp::array_t<wp::float32> var_joint_tau,
    wp::array_t<wp::int32> adj_world_dof_start,
    wp::array_t<wp::int32> adj_world_dof_count,
    wp::array_t<wp::int32> adj_joint_dof_mode,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_velocities,
    wp::array_t<wp::float32> adj_joint_target,
    wp::array_t<wp::float32> adj_joint_target_ke,
    wp::array_t<wp::float32> adj_joint_target_kd,
    wp::array_t<wp::float32> adj_joint_effort_limit,
    wp::array_t<wp::float32> adj_joint_tau)
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
        wp::int32 var_28;
        wp::float32* var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
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
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        //---------
        // forward
        // def eval_joint_pd(                                                                     <L 61>
        // world, j = wp.tid()                                                                    <L 74>
        builtin_tid2d(var_0, var_1);
        // if j >= world_dof_count[world]:                                                        <L 75>
        var_2 = wp::address(var_world_dof_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 76>
            goto label0;
        }
        // dof_start = world_dof_start[world]                                                     <L 77>
        var_5 = wp::address(var_world_dof_start, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // mode = joint_dof_mode[dof_start + j]                                                   <L 78>
        var_8 = wp::add(var_6, var_1);
        var_9 = wp::address(var_joint_dof_mode, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if mode == JointMode.NONE:                                                             <L 79>
        var_13 = (var_10 == var_12);
        if (var_13) {
            // return                                                                             <L 80>
            goto label1;
        }
        // q_j = joint_q[dof_start + j]                                                           <L 81>
        var_14 = wp::add(var_6, var_1);
        var_15 = wp::address(var_joint_q, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // kd_i = joint_target_kd[dof_start + j]                                                  <L 82>
        var_18 = wp::add(var_6, var_1);
        var_19 = wp::address(var_joint_target_kd, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // f_max = joint_effort_limit[dof_start + j]                                              <L 83>
        var_22 = wp::add(var_6, var_1);
        var_23 = wp::address(var_joint_effort_limit, var_22);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], joint_target[dof_start + j], joint_target_ke[dof_start + j], kd_i)       <L 84>
        var_26 = wp::add(var_6, var_1);
        var_27 = wp::address(var_joint_velocities, var_26);
        var_28 = wp::add(var_6, var_1);
        var_29 = wp::address(var_joint_target, var_28);
        var_30 = wp::add(var_6, var_1);
        var_31 = wp::address(var_joint_target_ke, var_30);
        var_33 = wp::load(var_27);
        var_34 = wp::load(var_29);
        var_35 = wp::load(var_31);
        var_32 = pd_effort_0(var_10, var_16, var_33, var_34, var_35, var_20);
        // tau = wp.clamp(tau, -f_max, f_max)                                                     <L 85>
        var_36 = wp::neg(var_24);
        var_37 = wp::clamp(var_32, var_36, var_24);
        // joint_tau[dof_start + j] = tau                                                         <L 86>
        var_38 = wp::add(var_6, var_1);
        // wp::array_store(var_joint_tau, var_38, var_37);
        //---------
        // reverse
        wp::adj_array_store(var_joint_tau, var_38, var_37, adj_joint_tau, adj_38, adj_37);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_38);
        // adj: joint_tau[dof_start + j] = tau                                                    <L 86>
        wp::adj_clamp(var_32, var_36, var_24, adj_32, adj_36, adj_24, adj_37);
        wp::adj_neg(var_24, adj_24, adj_36);
        // adj: tau = wp.clamp(tau, -f_max, f_max)                                                <L 85>
        adj_pd_effort_0(var_10, var_16, var_33, var_34, var_35, var_20, adj_10, adj_16, adj_27, adj_29, adj_31, adj_20, adj_32);
        wp::adj_address(var_joint_target_ke, var_30, adj_joint_target_ke, adj_30, adj_31);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_30);
        wp::adj_address(var_joint_target, var_28, adj_joint_target, adj_28, adj_29);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_28);
        wp::adj_address(var_joint_velocities, var_26, adj_joint_velocities, adj_26, adj_27);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_26);
        // adj: tau = pd_effort(mode, q_j, joint_velocities[dof_start + j], joint_target[dof_start + j], joint_target_ke[dof_start + j], kd_i)  <L 84>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_joint_effort_limit, var_22, adj_joint_effort_limit, adj_22, adj_23);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_22);
        // adj: f_max = joint_effort_limit[dof_start + j]                                         <L 83>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_joint_target_kd, var_18, adj_joint_target_kd, adj_18, adj_19);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_18);
        // adj: kd_i = joint_target_kd[dof_start + j]                                             <L 82>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_joint_q, var_14, adj_joint_q, adj_14, adj_15);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_14);
        // adj: q_j = joint_q[dof_start + j]                                                      <L 81>
        if (var_13) {
            label1:;
            // adj: return                                                                        <L 80>
        }
        // adj: if mode == JointMode.NONE:                                                        <L 79>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_joint_dof_mode, var_8, adj_joint_dof_mode, adj_8, adj_9);
        wp::adj_add(var_6, var_1, adj_6, adj_1, adj_8);
        // adj: mode = joint_dof_mode[dof_start + j]                                              <L 78>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_world_dof_start, var_0, adj_world_dof_start, adj_0, adj_5);
        // adj: dof_start = world_dof_start[world]                                                <L 77>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 76>
        }
        wp::adj_address(var_world_dof_count, var_0, adj_world_dof_count, adj_0, adj_2);
        // adj: if j >= world_dof_count[world]:                                                   <L 75>
        // adj: world, j = wp.tid()                                                               <L 74>
        // adj: def eval_joint_pd(                                                                <L 61>
        continue;
    }
}



extern "C" __global__ void compute_rewards_d85d210c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_target_pos,
    wp::array_t<wp::float32> var_tracking_weight,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_dof_vel_weight,
    wp::array_t<wp::float32> var_joint_limit_lower,
    wp::array_t<wp::float32> var_joint_limit_upper,
    wp::array_t<wp::float32> var_env_reward,
    wp::array_t<wp::int32> var_env_terminated)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::shape_t var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32* var_36;
        bool var_37;
        wp::float32 var_38;
        wp::float32* var_39;
        bool var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        //---------
        // forward
        // def compute_rewards(                                                                   <L 131>
        // env = wp.tid()                                                                         <L 142>
        var_0 = builtin_tid1d();
        // w_rate = dof_vel_weight[0]                                                             <L 143>
        var_2 = wp::address(var_dof_vel_weight, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // w_track = tracking_weight[0]                                                           <L 144>
        var_6 = wp::address(var_tracking_weight, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // reward = float(0.0)                                                                    <L 145>
        var_10 = wp::float(var_9);
        // out_of_limits = int(0)                                                                 <L 146>
        var_12 = wp::int(var_11);
        // for j in range(joint_q.shape[1]):                                                      <L 147>
        var_13 = &(var_joint_q.shape);
        var_16 = wp::load(var_13);
        var_15 = wp::extract(var_16, var_14);
        var_17 = wp::range(var_15);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // q_j = joint_q[env, j]                                                              <L 148>
            var_19 = wp::address(var_joint_q, var_0, var_18);
            var_21 = wp::load(var_19);
            var_20 = wp::copy(var_21);
            // reward += w_track * tracking_reward(q_j - joint_target_pos[env, j], 0.25)          <L 149>
            var_22 = wp::address(var_joint_target_pos, var_0, var_18);
            var_24 = wp::load(var_22);
            var_23 = wp::sub(var_20, var_24);
            var_26 = tracking_reward_0(var_23, var_25);
            var_27 = wp::mul(var_7, var_26);
            var_28 = wp::add(var_10, var_27);
            // qd_j = joint_qd[env, j]                                                            <L 150>
            var_29 = wp::address(var_joint_qd, var_0, var_18);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            // reward -= w_rate * qd_j * qd_j                                                     <L 151>
            var_32 = wp::mul(var_3, var_30);
            var_33 = wp::mul(var_32, var_30);
            var_34 = wp::sub(var_28, var_33);
            // if q_j < joint_limit_lower[env, j] or q_j > joint_limit_upper[env, j]:             <L 152>
            var_36 = wp::address(var_joint_limit_lower, var_0, var_18);
            var_38 = wp::load(var_36);
            var_37 = (var_20 < var_38);
            var_35 = var_37;
            if (!var_35) {
                var_39 = wp::address(var_joint_limit_upper, var_0, var_18);
                var_41 = wp::load(var_39);
                var_40 = (var_20 > var_41);
                var_35 = var_35 || var_40;
            }
            if (var_35) {
                // out_of_limits = 1                                                              <L 153>
            }
            var_43 = wp::where(var_35, var_42, var_12);
            wp::assign(var_10, var_34);
            wp::assign(var_12, var_43);
            goto start_for_0;
        end_for_0:;
        // env_reward[env] = reward                                                               <L 154>
        wp::array_store(var_env_reward, var_0, var_10);
        // env_terminated[env] = out_of_limits                                                    <L 155>
        wp::array_store(var_env_terminated, var_0, var_12);
    }
}



extern "C" __global__ void update_reset_buffer_e984eedd_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_contact_term_bodies,
    wp::array_t<wp::int32> var_env_body_start,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::float32> var_termination_height,
    wp::array_t<wp::float32> var_tilt_threshold,
    wp::int32 var_max_episode_length,
    wp::array_t<wp::int32> var_env_reset,
    wp::array_t<wp::int32> var_episode_step,
    wp::array_t<wp::int32> var_env_timeout,
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 1;
        wp::int32 var_6;
        wp::int32 var_7;
        bool var_8;
        const wp::int32 var_9 = 1;
        const wp::int32 var_10 = 1;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 0;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::int32* var_24;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::transform_t<wp::float32>* var_27;
        wp::transform_t<wp::float32> var_28;
        wp::transform_t<wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 1;
        wp::float32 var_32;
        bool var_33;
        wp::quat_t<wp::float32> var_34;
        const wp::float32 var_35 = 0.0;
        const wp::float32 var_36 = 1.0;
        const wp::float32 var_37 = 0.0;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        bool var_40;
        const wp::int32 var_41 = 1;
        wp::float32 var_42;
        bool var_43;
        const wp::int32 var_44 = 1;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        //---------
        // forward
        // def update_reset_buffer(                                                               <L 90>
        // env, k = wp.tid()                                                                      <L 102>
        builtin_tid2d(var_0, var_1);
        // if k == 0:                                                                             <L 103>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // step = episode_step[env] + 1                                                       <L 104>
            var_4 = wp::address(var_episode_step, var_0);
            var_7 = wp::load(var_4);
            var_6 = wp::add(var_7, var_5);
            // episode_step[env] = step                                                           <L 105>
            wp::array_store(var_episode_step, var_0, var_6);
            // if step >= max_episode_length:                                                     <L 106>
            var_8 = (var_6 >= var_max_episode_length);
            if (var_8) {
                // env_timeout[env] = 1                                                           <L 107>
                wp::array_store(var_env_timeout, var_0, var_9);
                // env_reset[env] = 1                                                             <L 108>
                wp::array_store(var_env_reset, var_0, var_10);
            }
        }
        // body = contact_term_bodies[k]                                                          <L 109>
        var_11 = wp::address(var_contact_term_bodies, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if body < 0:                                                                           <L 110>
        var_15 = (var_12 < var_14);
        if (var_15) {
            // return                                                                             <L 111>
            continue;
        }
        // min_up = tilt_threshold[0]                                                             <L 112>
        var_17 = wp::address(var_tilt_threshold, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // min_height = termination_height[0]                                                     <L 113>
        var_21 = wp::address(var_termination_height, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // X_wb = body_q[env_body_start[env] + body]                                              <L 114>
        var_24 = wp::address(var_env_body_start, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::add(var_26, var_12);
        var_27 = wp::address(var_body_q, var_25);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // p = wp.transform_get_translation(X_wb)                                                 <L 115>
        var_30 = wp::transform_get_translation(var_28);
        // failed = p[1] < min_height                                                             <L 116>
        var_32 = wp::extract(var_30, var_31);
        var_33 = (var_32 < var_22);
        // up_w = wp.quat_rotate(wp.transform_get_rotation(X_wb), wp.vec3(0.0, 1.0, 0.0))         <L 117>
        var_34 = wp::transform_get_rotation(var_28);
        var_38 = wp::vec_t<3, wp::float32>(var_35, var_36, var_37);
        var_39 = wp::quat_rotate(var_34, var_38);
        // failed = failed or up_w[1] < min_up                                                    <L 118>
        var_40 = var_33;
        if (!var_40) {
            var_42 = wp::extract(var_39, var_41);
            var_43 = (var_42 < var_18);
            var_40 = var_40 || var_43;
        }
        // if failed:                                                                             <L 119>
        if (var_40) {
            // env_reset[env] = 1                                                                 <L 120>
            wp::array_store(var_env_reset, var_0, var_44);
            // wp.atomic_add(failed_bodies, env, 1)                                               <L 121>
            var_46 = wp::atomic_add(var_failed_bodies, var_0, var_45);
        }
    }
}

