// Warp 1.19.0 cpu code for joint_drive_wrenches_66ae3ba1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// joint_drive_wrenches.py:24
static wp::vec_t<3, wp::float32> rotation_error_0(
    wp::quat_t<wp::float32> var_r)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def rotation_error(r: wp.quat) -> wp.vec3:                                             <L 25>
    // return wp.vec3(r[0], r[1], r[2]) * (2.0 * wp.sign(r[3]))                               <L 27>
    var_1 = wp::extract(var_r, var_0);
    var_3 = wp::extract(var_r, var_2);
    var_5 = wp::extract(var_r, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    var_9 = wp::extract(var_r, var_8);
    var_10 = wp::sign(var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::mul(var_6, var_11);
    return var_12;
}


// joint_drive_wrenches.py:24
static void adj_rotation_error_0(
    wp::quat_t<wp::float32> var_r,
    wp::quat_t<wp::float32> & adj_r,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 2.0;
    const wp::int32 var_8 = 3;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def rotation_error(r: wp.quat) -> wp.vec3:                                             <L 25>
    // return wp.vec3(r[0], r[1], r[2]) * (2.0 * wp.sign(r[3]))                               <L 27>
    var_1 = wp::extract(var_r, var_0);
    var_3 = wp::extract(var_r, var_2);
    var_5 = wp::extract(var_r, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    var_9 = wp::extract(var_r, var_8);
    var_10 = wp::sign(var_9);
    var_11 = wp::mul(var_7, var_10);
    var_12 = wp::mul(var_6, var_11);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_mul(var_6, var_11, adj_6, adj_11, adj_12);
    wp::adj_mul(var_7, var_10, adj_7, adj_10, adj_11);
    wp::adj_extract(var_r, var_8, adj_r, adj_8, adj_9);
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_r, var_4, adj_r, adj_4, adj_5);
    wp::adj_extract(var_r, var_2, adj_r, adj_2, adj_3);
    wp::adj_extract(var_r, var_0, adj_r, adj_0, adj_1);
    // adj: return wp.vec3(r[0], r[1], r[2]) * (2.0 * wp.sign(r[3]))                          <L 27>
    // adj: def rotation_error(r: wp.quat) -> wp.vec3:                                        <L 25>
    return;
}

struct wp_args_step_bodies_14b589a8 {
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> body_w;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<6, wp::float32>> body_forces;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inertia;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_out;
    wp::float32 time_step;
};


template <bool wp_linear_contiguous>
static void step_bodies_14b589a8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_bodies_14b589a8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_bodies_14b589a8 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_w.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_forces.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w = _wp_args->body_w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_forces = _wp_args->body_forces;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::float32 var_time_step = _wp_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::transform_t<wp::float32>* var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32>* var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<6, wp::float32>* var_22;
    wp::vec_t<6, wp::float32> var_23;
    wp::vec_t<6, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    const wp::float32 var_35 = -9.81;
    const wp::float32 var_36 = 0.0;
    wp::vec_t<3, wp::float32> var_37;
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
    wp::mat_t<3, 3, wp::float32> var_48;
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
    wp::vec_t<3, wp::float32>* var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::transform_t<wp::float32> var_65;
    wp::vec_t<6, wp::float32> var_66;
    //---------
    // forward
    // def step_bodies(                                                                       <L 103>
    // tid = wp.tid()                                                                         <L 116>
    var_0 = builtin_tid1d();
    // if particle_flags[tid] != 1:                                                           <L 117>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 118>
        return;
    }
    // xform = body_q[tid]                                                                    <L 119>
    var_5 = wp::address(var_body_q, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // omega = body_w[tid]                                                                    <L 120>
    var_8 = wp::address(var_body_w, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v = particle_v[tid]                                                                    <L 121>
    var_11 = wp::address(var_particle_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // qd = wp.spatial_vector(omega, v)                                                       <L 122>
    var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
    // I_b = body_inertia[tid]                                                                <L 123>
    var_15 = wp::address(var_body_inertia, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // x0 = wp.transform_get_translation(xform)                                               <L 124>
    var_18 = wp::transform_get_translation(var_6);
    // r0 = wp.transform_get_rotation(xform)                                                  <L 125>
    var_19 = wp::transform_get_rotation(var_6);
    // w0 = wp.spatial_top(qd)                                                                <L 126>
    var_20 = wp::spatial_top(var_14);
    // v0 = wp.spatial_bottom(qd)                                                             <L 127>
    var_21 = wp::spatial_bottom(var_14);
    // f_s = body_forces[tid]                                                                 <L 128>
    var_22 = wp::address(var_body_forces, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // t0 = wp.spatial_top(f_s)                                                               <L 129>
    var_25 = wp::spatial_top(var_23);
    // f0 = wp.spatial_bottom(f_s)                                                            <L 130>
    var_26 = wp::spatial_bottom(var_23);
    // x_com = x0 + wp.quat_rotate(r0, body_com[tid])                                         <L 131>
    var_27 = wp::address(var_body_com, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::quat_rotate(var_19, var_29);
    var_30 = wp::add(var_18, var_28);
    // v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * time_step         <L 133>
    var_31 = wp::address(var_particle_inv_mass, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_26, var_33);
    var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
    var_38 = wp::add(var_32, var_37);
    var_39 = wp::mul(var_38, var_time_step);
    var_40 = wp::add(var_21, var_39);
    // x1 = x_com + v1 * time_step                                                            <L 134>
    var_41 = wp::mul(var_40, var_time_step);
    var_42 = wp::add(var_30, var_41);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 136>
    var_43 = wp::quat_rotate_inv(var_19, var_20);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I_b @ wb)                               <L 137>
    var_44 = wp::quat_rotate_inv(var_19, var_25);
    var_45 = wp::mul(var_16, var_43);
    var_46 = wp::cross(var_43, var_45);
    var_47 = wp::sub(var_44, var_46);
    // w1 = wp.quat_rotate(r0, wb + wp.inverse(I_b) @ tb * time_step)                         <L 138>
    var_48 = wp::inverse(var_16);
    var_49 = wp::mul(var_48, var_47);
    var_50 = wp::mul(var_49, var_time_step);
    var_51 = wp::add(var_43, var_50);
    var_52 = wp::quat_rotate(var_19, var_51);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)                        <L 139>
    var_54 = wp::quat_t<wp::float32>(var_52, var_53);
    var_55 = wp::mul(var_54, var_19);
    var_57 = wp::mul(var_55, var_56);
    var_58 = wp::mul(var_57, var_time_step);
    var_59 = wp::add(var_19, var_58);
    var_60 = wp::normalize(var_59);
    // body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)                 <L 140>
    var_61 = wp::address(var_body_com, var_0);
    var_63 = wp::load(var_61);
    var_62 = wp::quat_rotate(var_60, var_63);
    var_64 = wp::sub(var_42, var_62);
    var_65 = wp::transform_t<wp::float32>(var_64, var_60);
    wp::array_store(var_body_q, var_0, var_65);
    // body_qd_out[tid] = wp.spatial_vector(w1, v1)                                           <L 141>
    var_66 = wp::vec_t<6, wp::float32>(var_52, var_40);
    wp::array_store(var_body_qd_out, var_0, var_66);
}



template <bool wp_linear_contiguous>
static void step_bodies_14b589a8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_bodies_14b589a8 *_wp_args,
    wp_args_step_bodies_14b589a8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_bodies_14b589a8 wp_contiguous_args;
    wp_args_step_bodies_14b589a8 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_w.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_w.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_forces.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_forces.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w = _wp_args->body_w;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_forces = _wp_args->body_forces;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_w = _wp_adj_args->body_w;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_forces = _wp_adj_args->body_forces;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia = _wp_adj_args->body_inertia;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out = _wp_adj_args->body_qd_out;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    bool var_3;
    wp::int32 var_4;
    wp::transform_t<wp::float32>* var_5;
    wp::transform_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32>* var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::quat_t<wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<6, wp::float32>* var_22;
    wp::vec_t<6, wp::float32> var_23;
    wp::vec_t<6, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    const wp::float32 var_35 = -9.81;
    const wp::float32 var_36 = 0.0;
    wp::vec_t<3, wp::float32> var_37;
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
    wp::mat_t<3, 3, wp::float32> var_48;
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
    wp::vec_t<3, wp::float32>* var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::transform_t<wp::float32> var_65;
    wp::vec_t<6, wp::float32> var_66;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::transform_t<wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::quat_t<wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<6, wp::float32> adj_22 = {};
    wp::vec_t<6, wp::float32> adj_23 = {};
    wp::vec_t<6, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
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
    wp::mat_t<3, 3, wp::float32> adj_48 = {};
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
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::transform_t<wp::float32> adj_65 = {};
    wp::vec_t<6, wp::float32> adj_66 = {};
    //---------
    // forward
    // def step_bodies(                                                                       <L 103>
    // tid = wp.tid()                                                                         <L 116>
    var_0 = builtin_tid1d();
    // if particle_flags[tid] != 1:                                                           <L 117>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 118>
        goto label0;
    }
    // xform = body_q[tid]                                                                    <L 119>
    var_5 = wp::address(var_body_q, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // omega = body_w[tid]                                                                    <L 120>
    var_8 = wp::address(var_body_w, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v = particle_v[tid]                                                                    <L 121>
    var_11 = wp::address(var_particle_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // qd = wp.spatial_vector(omega, v)                                                       <L 122>
    var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
    // I_b = body_inertia[tid]                                                                <L 123>
    var_15 = wp::address(var_body_inertia, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // x0 = wp.transform_get_translation(xform)                                               <L 124>
    var_18 = wp::transform_get_translation(var_6);
    // r0 = wp.transform_get_rotation(xform)                                                  <L 125>
    var_19 = wp::transform_get_rotation(var_6);
    // w0 = wp.spatial_top(qd)                                                                <L 126>
    var_20 = wp::spatial_top(var_14);
    // v0 = wp.spatial_bottom(qd)                                                             <L 127>
    var_21 = wp::spatial_bottom(var_14);
    // f_s = body_forces[tid]                                                                 <L 128>
    var_22 = wp::address(var_body_forces, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // t0 = wp.spatial_top(f_s)                                                               <L 129>
    var_25 = wp::spatial_top(var_23);
    // f0 = wp.spatial_bottom(f_s)                                                            <L 130>
    var_26 = wp::spatial_bottom(var_23);
    // x_com = x0 + wp.quat_rotate(r0, body_com[tid])                                         <L 131>
    var_27 = wp::address(var_body_com, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::quat_rotate(var_19, var_29);
    var_30 = wp::add(var_18, var_28);
    // v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * time_step         <L 133>
    var_31 = wp::address(var_particle_inv_mass, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_26, var_33);
    var_37 = wp::vec_t<3, wp::float32>(var_34, var_35, var_36);
    var_38 = wp::add(var_32, var_37);
    var_39 = wp::mul(var_38, var_time_step);
    var_40 = wp::add(var_21, var_39);
    // x1 = x_com + v1 * time_step                                                            <L 134>
    var_41 = wp::mul(var_40, var_time_step);
    var_42 = wp::add(var_30, var_41);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 136>
    var_43 = wp::quat_rotate_inv(var_19, var_20);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I_b @ wb)                               <L 137>
    var_44 = wp::quat_rotate_inv(var_19, var_25);
    var_45 = wp::mul(var_16, var_43);
    var_46 = wp::cross(var_43, var_45);
    var_47 = wp::sub(var_44, var_46);
    // w1 = wp.quat_rotate(r0, wb + wp.inverse(I_b) @ tb * time_step)                         <L 138>
    var_48 = wp::inverse(var_16);
    var_49 = wp::mul(var_48, var_47);
    var_50 = wp::mul(var_49, var_time_step);
    var_51 = wp::add(var_43, var_50);
    var_52 = wp::quat_rotate(var_19, var_51);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)                        <L 139>
    var_54 = wp::quat_t<wp::float32>(var_52, var_53);
    var_55 = wp::mul(var_54, var_19);
    var_57 = wp::mul(var_55, var_56);
    var_58 = wp::mul(var_57, var_time_step);
    var_59 = wp::add(var_19, var_58);
    var_60 = wp::normalize(var_59);
    // body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)                 <L 140>
    var_61 = wp::address(var_body_com, var_0);
    var_63 = wp::load(var_61);
    var_62 = wp::quat_rotate(var_60, var_63);
    var_64 = wp::sub(var_42, var_62);
    var_65 = wp::transform_t<wp::float32>(var_64, var_60);
    // wp::array_store(var_body_q, var_0, var_65);
    // body_qd_out[tid] = wp.spatial_vector(w1, v1)                                           <L 141>
    var_66 = wp::vec_t<6, wp::float32>(var_52, var_40);
    // wp::array_store(var_body_qd_out, var_0, var_66);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_out, var_0, var_66, adj_body_qd_out, adj_0, adj_66);
    wp::adj_vec_t(var_52, var_40, adj_52, adj_40, adj_66);
    // adj: body_qd_out[tid] = wp.spatial_vector(w1, v1)                                      <L 141>
    wp::adj_array_store(var_body_q, var_0, var_65, adj_body_q, adj_0, adj_65);
    wp::adj_transform_t(var_64, var_60, adj_64, adj_60, adj_65);
    wp::adj_sub(var_42, var_62, adj_42, adj_62, adj_64);
    wp::adj_quat_rotate(var_60, var_63, adj_60, adj_61, adj_62);
    wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_61);
    // adj: body_q[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)            <L 140>
    wp::adj_normalize(var_59, adj_59, adj_60);
    wp::adj_add(var_19, var_58, adj_19, adj_58, adj_59);
    wp::adj_mul(var_57, var_time_step, adj_57, adj_time_step, adj_58);
    wp::adj_mul(var_55, var_56, adj_55, adj_56, adj_57);
    wp::adj_mul(var_54, var_19, adj_54, adj_19, adj_55);
    wp::adj_quat_t(var_52, var_53, adj_52, adj_53, adj_54);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)                   <L 139>
    wp::adj_quat_rotate(var_19, var_51, adj_19, adj_51, adj_52);
    wp::adj_add(var_43, var_50, adj_43, adj_50, adj_51);
    wp::adj_mul(var_49, var_time_step, adj_49, adj_time_step, adj_50);
    wp::adj_mul(var_48, var_47, adj_48, adj_47, adj_49);
    wp::adj_inverse(var_16, var_48, adj_16, adj_48);
    // adj: w1 = wp.quat_rotate(r0, wb + wp.inverse(I_b) @ tb * time_step)                    <L 138>
    wp::adj_sub(var_44, var_46, adj_44, adj_46, adj_47);
    wp::adj_cross(var_43, var_45, adj_43, adj_45, adj_46);
    wp::adj_mul(var_16, var_43, adj_16, adj_43, adj_45);
    wp::adj_quat_rotate_inv(var_19, var_25, adj_19, adj_25, adj_44);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I_b @ wb)                          <L 137>
    wp::adj_quat_rotate_inv(var_19, var_20, adj_19, adj_20, adj_43);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 136>
    wp::adj_add(var_30, var_41, adj_30, adj_41, adj_42);
    wp::adj_mul(var_40, var_time_step, adj_40, adj_time_step, adj_41);
    // adj: x1 = x_com + v1 * time_step                                                       <L 134>
    wp::adj_add(var_21, var_39, adj_21, adj_39, adj_40);
    wp::adj_mul(var_38, var_time_step, adj_38, adj_time_step, adj_39);
    wp::adj_add(var_32, var_37, adj_32, adj_37, adj_38);
    wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
    wp::adj_mul(var_26, var_33, adj_26, adj_31, adj_32);
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_31);
    // adj: v1 = v0 + (f0 * particle_inv_mass[tid] + wp.vec3(0.0, -9.81, 0.0)) * time_step    <L 133>
    wp::adj_add(var_18, var_28, adj_18, adj_28, adj_30);
    wp::adj_quat_rotate(var_19, var_29, adj_19, adj_27, adj_28);
    wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_27);
    // adj: x_com = x0 + wp.quat_rotate(r0, body_com[tid])                                    <L 131>
    wp::adj_spatial_bottom(var_23, adj_23, adj_26);
    // adj: f0 = wp.spatial_bottom(f_s)                                                       <L 130>
    wp::adj_spatial_top(var_23, adj_23, adj_25);
    // adj: t0 = wp.spatial_top(f_s)                                                          <L 129>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_body_forces, var_0, adj_body_forces, adj_0, adj_22);
    // adj: f_s = body_forces[tid]                                                            <L 128>
    wp::adj_spatial_bottom(var_14, adj_14, adj_21);
    // adj: v0 = wp.spatial_bottom(qd)                                                        <L 127>
    wp::adj_spatial_top(var_14, adj_14, adj_20);
    // adj: w0 = wp.spatial_top(qd)                                                           <L 126>
    wp::adj_transform_get_rotation(var_6, adj_6, adj_19);
    // adj: r0 = wp.transform_get_rotation(xform)                                             <L 125>
    wp::adj_transform_get_translation(var_6, adj_6, adj_18);
    // adj: x0 = wp.transform_get_translation(xform)                                          <L 124>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_body_inertia, var_0, adj_body_inertia, adj_0, adj_15);
    // adj: I_b = body_inertia[tid]                                                           <L 123>
    wp::adj_vec_t(var_9, var_12, adj_9, adj_12, adj_14);
    // adj: qd = wp.spatial_vector(omega, v)                                                  <L 122>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_11);
    // adj: v = particle_v[tid]                                                               <L 121>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_body_w, var_0, adj_body_w, adj_0, adj_8);
    // adj: omega = body_w[tid]                                                               <L 120>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_5);
    // adj: xform = body_q[tid]                                                               <L 119>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 118>
    }
    wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
    // adj: if particle_flags[tid] != 1:                                                      <L 117>
    // adj: tid = wp.tid()                                                                    <L 116>
    // adj: def step_bodies(                                                                  <L 103>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_bodies_14b589a8_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_14b589a8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_bodies_14b589a8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_bodies_14b589a8_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_14b589a8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_w.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_forces.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        step_bodies_14b589a8_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_bodies_14b589a8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_bodies_14b589a8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_14b589a8 *_wp_args)
{
    step_bodies_14b589a8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_bodies_14b589a8_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_14b589a8 *_wp_args,
    wp_args_step_bodies_14b589a8 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_bodies_14b589a8_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_bodies_14b589a8_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_14b589a8 *_wp_args,
    wp_args_step_bodies_14b589a8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_w.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_w.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_forces.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_forces.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        step_bodies_14b589a8_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_bodies_14b589a8_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_bodies_14b589a8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_14b589a8 *_wp_args,
    wp_args_step_bodies_14b589a8 *_wp_adj_args)
{
    step_bodies_14b589a8_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 {
    wp::array_t<wp::vec_t<3, wp::float32>> joint_drive_gains;
    wp::array_t<wp::int32> drive_count;
    wp::array_t<wp::int32> drive_joints;
    wp::array_t<wp::int32> joint_parent;
    wp::array_t<wp::int32> joint_child;
    wp::array_t<wp::int32> joint_q_start;
    wp::array_t<wp::int32> joint_qd_start;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.drive_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.drive_joints.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_parent.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_child.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_qd_start.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.joint_q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_target_pos.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_axis.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.joint_X_c.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_drive_gains = _wp_args->joint_drive_gains;
    wp::array_t<wp::int32> var_drive_count = _wp_args->drive_count;
    wp::array_t<wp::int32> var_drive_joints = _wp_args->drive_joints;
    wp::array_t<wp::int32> var_joint_parent = _wp_args->joint_parent;
    wp::array_t<wp::int32> var_joint_child = _wp_args->joint_child;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis = _wp_args->joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c = _wp_args->joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
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
    const bool var_33 = true;
    wp::float32* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    const wp::int32 var_38 = 2;
    wp::int32 var_39;
    wp::float32* var_40;
    const wp::int32 var_41 = 3;
    wp::int32 var_42;
    wp::float32* var_43;
    wp::quat_t<wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::quat_t<wp::float32> var_49;
    wp::float32* var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::float32* var_53;
    const wp::int32 var_54 = 2;
    wp::int32 var_55;
    wp::float32* var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::float32* var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::float32* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const bool var_72 = true;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::float32 var_78;
    const wp::int32 var_79 = 2;
    wp::float32 var_80;
    bool var_81;
    const wp::int32 var_82 = 2;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    const bool var_87 = false;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<6, wp::float32> var_93;
    wp::vec_t<6, wp::float32> var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    wp::vec_t<6, wp::float32> var_97;
    //---------
    // forward
    // def joint_drive_wrenches(                                                              <L 32>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // if tid >= drive_count[0]:                                                              <L 50>
    var_2 = wp::address(var_drive_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 51>
        return;
    }
    // j = drive_joints[tid]                                                                  <L 52>
    var_5 = wp::address(var_drive_joints, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // parent = joint_parent[j]                                                               <L 53>
    var_8 = wp::address(var_joint_parent, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // child = joint_child[j]                                                                 <L 54>
    var_11 = wp::address(var_joint_child, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // q_start = joint_q_start[j]                                                             <L 55>
    var_14 = wp::address(var_joint_q_start, var_6);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // qd_start = joint_qd_start[j]                                                           <L 56>
    var_17 = wp::address(var_joint_qd_start, var_6);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // gains = joint_drive_gains[tid]                                                         <L 57>
    var_20 = wp::address(var_joint_drive_gains, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // ke = gains[0]                                                                          <L 58>
    var_24 = wp::extract(var_21, var_23);
    // kd = gains[1]                                                                          <L 59>
    var_26 = wp::extract(var_21, var_25);
    // X_wc = body_q[child]                                                                   <L 60>
    var_27 = wp::address(var_body_q, var_12);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                       <L 62>
    var_30 = wp::address(var_joint_X_c, var_6);
    var_32 = wp::load(var_30);
    var_31 = wp::transform_multiply(var_28, var_32);
    // if wp.static(joint_type == JointType.BALL):                                            <L 63>
    // r = wp.normalize(wp.quat(joint_q[q_start], joint_q[q_start + 1], joint_q[q_start + 2], joint_q[q_start + 3]))       <L 64>
    var_34 = wp::address(var_joint_q, var_15);
    var_36 = wp::add(var_15, var_35);
    var_37 = wp::address(var_joint_q, var_36);
    var_39 = wp::add(var_15, var_38);
    var_40 = wp::address(var_joint_q, var_39);
    var_42 = wp::add(var_15, var_41);
    var_43 = wp::address(var_joint_q, var_42);
    var_45 = wp::load(var_34);
    var_46 = wp::load(var_37);
    var_47 = wp::load(var_40);
    var_48 = wp::load(var_43);
    var_44 = wp::quat_t<wp::float32>(var_45, var_46, var_47, var_48);
    var_49 = wp::normalize(var_44);
    // w = wp.vec3(joint_velocities[qd_start], joint_velocities[qd_start + 1], joint_velocities[qd_start + 2])       <L 65>
    var_50 = wp::address(var_joint_velocities, var_18);
    var_52 = wp::add(var_18, var_51);
    var_53 = wp::address(var_joint_velocities, var_52);
    var_55 = wp::add(var_18, var_54);
    var_56 = wp::address(var_joint_velocities, var_55);
    var_58 = wp::load(var_50);
    var_59 = wp::load(var_53);
    var_60 = wp::load(var_56);
    var_57 = wp::vec_t<3, wp::float32>(var_58, var_59, var_60);
    // goal = wp.vec3(joint_target_pos[qd_start], joint_target_pos[qd_start + 1], joint_target_pos[qd_start + 2])       <L 66>
    var_61 = wp::address(var_joint_target_pos, var_18);
    var_63 = wp::add(var_18, var_62);
    var_64 = wp::address(var_joint_target_pos, var_63);
    var_66 = wp::add(var_18, var_65);
    var_67 = wp::address(var_joint_target_pos, var_66);
    var_69 = wp::load(var_61);
    var_70 = wp::load(var_64);
    var_71 = wp::load(var_67);
    var_68 = wp::vec_t<3, wp::float32>(var_69, var_70, var_71);
    // if wp.static(mode == DriveMode.POSITION):                                              <L 67>
    // effort = (goal - rotation_error(r)) * ke - w * kd                                      <L 68>
    var_73 = rotation_error_0(var_49);
    var_74 = wp::sub(var_68, var_73);
    var_75 = wp::mul(var_74, var_24);
    var_76 = wp::mul(var_57, var_26);
    var_77 = wp::sub(var_75, var_76);
    // effort_norm = wp.length(effort)                                                        <L 80>
    var_78 = wp::length(var_77);
    // if effort_norm > gains[2]:                                                             <L 81>
    var_80 = wp::extract(var_21, var_79);
    var_81 = (var_78 > var_80);
    if (var_81) {
        // effort = effort * (gains[2] / effort_norm)                                         <L 82>
        var_83 = wp::extract(var_21, var_82);
        var_84 = wp::div(var_83, var_78);
        var_85 = wp::mul(var_77, var_84);
    }
    var_86 = wp::where(var_81, var_85, var_77);
    // if wp.static(joint_type == JointType.PRISMATIC):                                       <L 85>
    // f = wp.vec3()                                                                          <L 89>
    var_88 = wp::vec_t<3, wp::float32>();
    // t = wp.transform_vector(X_wj, effort)                                                  <L 90>
    var_89 = wp::transform_vector(var_31, var_86);
    // wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)       <L 92>
    var_90 = wp::transform_get_translation(var_31);
    var_91 = wp::cross(var_90, var_88);
    var_92 = wp::add(var_89, var_91);
    var_93 = wp::vec_t<6, wp::float32>(var_92, var_88);
    // wp.atomic_add(body_f_out, child, wrench)                                               <L 93>
    var_94 = wp::atomic_add(var_body_f_out, var_12, var_93);
    // if parent >= 0:                                                                        <L 94>
    var_96 = (var_9 >= var_95);
    if (var_96) {
        // wp.atomic_sub(body_f_out, parent, wrench)                                          <L 95>
        var_97 = wp::atomic_sub(var_body_f_out, var_9, var_93);
    }
}



template <bool wp_linear_contiguous>
static void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 wp_contiguous_args;
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.joint_drive_gains.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.drive_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.drive_count.strides[0] = sizeof(wp::int32);
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
        wp_contiguous_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.joint_target_pos.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_target_pos.strides[0] = sizeof(wp::float32);
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
    wp::array_t<wp::int32> var_drive_count = _wp_args->drive_count;
    wp::array_t<wp::int32> var_drive_joints = _wp_args->drive_joints;
    wp::array_t<wp::int32> var_joint_parent = _wp_args->joint_parent;
    wp::array_t<wp::int32> var_joint_child = _wp_args->joint_child;
    wp::array_t<wp::int32> var_joint_q_start = _wp_args->joint_q_start;
    wp::array_t<wp::int32> var_joint_qd_start = _wp_args->joint_qd_start;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis = _wp_args->joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c = _wp_args->joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_drive_gains = _wp_adj_args->joint_drive_gains;
    wp::array_t<wp::int32> adj_drive_count = _wp_adj_args->drive_count;
    wp::array_t<wp::int32> adj_drive_joints = _wp_adj_args->drive_joints;
    wp::array_t<wp::int32> adj_joint_parent = _wp_adj_args->joint_parent;
    wp::array_t<wp::int32> adj_joint_child = _wp_adj_args->joint_child;
    wp::array_t<wp::int32> adj_joint_q_start = _wp_adj_args->joint_q_start;
    wp::array_t<wp::int32> adj_joint_qd_start = _wp_adj_args->joint_qd_start;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::float32> adj_joint_target_pos = _wp_adj_args->joint_target_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_axis = _wp_adj_args->joint_axis;
    wp::array_t<wp::transform_t<wp::float32>> adj_joint_X_c = _wp_adj_args->joint_X_c;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
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
    const bool var_33 = true;
    wp::float32* var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    const wp::int32 var_38 = 2;
    wp::int32 var_39;
    wp::float32* var_40;
    const wp::int32 var_41 = 3;
    wp::int32 var_42;
    wp::float32* var_43;
    wp::quat_t<wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::quat_t<wp::float32> var_49;
    wp::float32* var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    wp::float32* var_53;
    const wp::int32 var_54 = 2;
    wp::int32 var_55;
    wp::float32* var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32* var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    wp::float32* var_64;
    const wp::int32 var_65 = 2;
    wp::int32 var_66;
    wp::float32* var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    const bool var_72 = true;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::float32 var_78;
    const wp::int32 var_79 = 2;
    wp::float32 var_80;
    bool var_81;
    const wp::int32 var_82 = 2;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    const bool var_87 = false;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::vec_t<6, wp::float32> var_93;
    wp::vec_t<6, wp::float32> var_94;
    const wp::int32 var_95 = 0;
    bool var_96;
    wp::vec_t<6, wp::float32> var_97;
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
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::quat_t<wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::quat_t<wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    bool adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    bool adj_81 = {};
    wp::int32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    bool adj_87 = {};
    wp::vec_t<3, wp::float32> adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::vec_t<6, wp::float32> adj_93 = {};
    wp::vec_t<6, wp::float32> adj_94 = {};
    wp::int32 adj_95 = {};
    bool adj_96 = {};
    wp::vec_t<6, wp::float32> adj_97 = {};
    //---------
    // forward
    // def joint_drive_wrenches(                                                              <L 32>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // if tid >= drive_count[0]:                                                              <L 50>
    var_2 = wp::address(var_drive_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 51>
        goto label0;
    }
    // j = drive_joints[tid]                                                                  <L 52>
    var_5 = wp::address(var_drive_joints, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // parent = joint_parent[j]                                                               <L 53>
    var_8 = wp::address(var_joint_parent, var_6);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // child = joint_child[j]                                                                 <L 54>
    var_11 = wp::address(var_joint_child, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // q_start = joint_q_start[j]                                                             <L 55>
    var_14 = wp::address(var_joint_q_start, var_6);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // qd_start = joint_qd_start[j]                                                           <L 56>
    var_17 = wp::address(var_joint_qd_start, var_6);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // gains = joint_drive_gains[tid]                                                         <L 57>
    var_20 = wp::address(var_joint_drive_gains, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // ke = gains[0]                                                                          <L 58>
    var_24 = wp::extract(var_21, var_23);
    // kd = gains[1]                                                                          <L 59>
    var_26 = wp::extract(var_21, var_25);
    // X_wc = body_q[child]                                                                   <L 60>
    var_27 = wp::address(var_body_q, var_12);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                       <L 62>
    var_30 = wp::address(var_joint_X_c, var_6);
    var_32 = wp::load(var_30);
    var_31 = wp::transform_multiply(var_28, var_32);
    // if wp.static(joint_type == JointType.BALL):                                            <L 63>
    // r = wp.normalize(wp.quat(joint_q[q_start], joint_q[q_start + 1], joint_q[q_start + 2], joint_q[q_start + 3]))       <L 64>
    var_34 = wp::address(var_joint_q, var_15);
    var_36 = wp::add(var_15, var_35);
    var_37 = wp::address(var_joint_q, var_36);
    var_39 = wp::add(var_15, var_38);
    var_40 = wp::address(var_joint_q, var_39);
    var_42 = wp::add(var_15, var_41);
    var_43 = wp::address(var_joint_q, var_42);
    var_45 = wp::load(var_34);
    var_46 = wp::load(var_37);
    var_47 = wp::load(var_40);
    var_48 = wp::load(var_43);
    var_44 = wp::quat_t<wp::float32>(var_45, var_46, var_47, var_48);
    var_49 = wp::normalize(var_44);
    // w = wp.vec3(joint_velocities[qd_start], joint_velocities[qd_start + 1], joint_velocities[qd_start + 2])       <L 65>
    var_50 = wp::address(var_joint_velocities, var_18);
    var_52 = wp::add(var_18, var_51);
    var_53 = wp::address(var_joint_velocities, var_52);
    var_55 = wp::add(var_18, var_54);
    var_56 = wp::address(var_joint_velocities, var_55);
    var_58 = wp::load(var_50);
    var_59 = wp::load(var_53);
    var_60 = wp::load(var_56);
    var_57 = wp::vec_t<3, wp::float32>(var_58, var_59, var_60);
    // goal = wp.vec3(joint_target_pos[qd_start], joint_target_pos[qd_start + 1], joint_target_pos[qd_start + 2])       <L 66>
    var_61 = wp::address(var_joint_target_pos, var_18);
    var_63 = wp::add(var_18, var_62);
    var_64 = wp::address(var_joint_target_pos, var_63);
    var_66 = wp::add(var_18, var_65);
    var_67 = wp::address(var_joint_target_pos, var_66);
    var_69 = wp::load(var_61);
    var_70 = wp::load(var_64);
    var_71 = wp::load(var_67);
    var_68 = wp::vec_t<3, wp::float32>(var_69, var_70, var_71);
    // if wp.static(mode == DriveMode.POSITION):                                              <L 67>
    // effort = (goal - rotation_error(r)) * ke - w * kd                                      <L 68>
    var_73 = rotation_error_0(var_49);
    var_74 = wp::sub(var_68, var_73);
    var_75 = wp::mul(var_74, var_24);
    var_76 = wp::mul(var_57, var_26);
    var_77 = wp::sub(var_75, var_76);
    // effort_norm = wp.length(effort)                                                        <L 80>
    var_78 = wp::length(var_77);
    // if effort_norm > gains[2]:                                                             <L 81>
    var_80 = wp::extract(var_21, var_79);
    var_81 = (var_78 > var_80);
    if (var_81) {
        // effort = effort * (gains[2] / effort_norm)                                         <L 82>
        var_83 = wp::extract(var_21, var_82);
        var_84 = wp::div(var_83, var_78);
        var_85 = wp::mul(var_77, var_84);
    }
    var_86 = wp::where(var_81, var_85, var_77);
    // if wp.static(joint_type == JointType.PRISMATIC):                                       <L 85>
    // f = wp.vec3()                                                                          <L 89>
    var_88 = wp::vec_t<3, wp::float32>();
    // t = wp.transform_vector(X_wj, effort)                                                  <L 90>
    var_89 = wp::transform_vector(var_31, var_86);
    // wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)       <L 92>
    var_90 = wp::transform_get_translation(var_31);
    var_91 = wp::cross(var_90, var_88);
    var_92 = wp::add(var_89, var_91);
    var_93 = wp::vec_t<6, wp::float32>(var_92, var_88);
    // wp.atomic_add(body_f_out, child, wrench)                                               <L 93>
    // var_94 = wp::atomic_add(var_body_f_out, var_12, var_93);
    // if parent >= 0:                                                                        <L 94>
    var_96 = (var_9 >= var_95);
    if (var_96) {
        // wp.atomic_sub(body_f_out, parent, wrench)                                          <L 95>
        // var_97 = wp::atomic_sub(var_body_f_out, var_9, var_93);
    }
    //---------
    // reverse
    if (var_96) {
        wp::adj_atomic_sub(var_body_f_out, var_9, var_93, adj_body_f_out, adj_9, adj_93, adj_97);
        // adj: wp.atomic_sub(body_f_out, parent, wrench)                                     <L 95>
    }
    // adj: if parent >= 0:                                                                   <L 94>
    wp::adj_atomic_add(var_body_f_out, var_12, var_93, adj_body_f_out, adj_12, adj_93, adj_94);
    // adj: wp.atomic_add(body_f_out, child, wrench)                                          <L 93>
    wp::adj_vec_t(var_92, var_88, adj_92, adj_88, adj_93);
    wp::adj_add(var_89, var_91, adj_89, adj_91, adj_92);
    wp::adj_cross(var_90, var_88, adj_90, adj_88, adj_91);
    wp::adj_transform_get_translation(var_31, adj_31, adj_90);
    // adj: wrench = wp.spatial_vector(t + wp.cross(wp.transform_get_translation(X_wj), f), f)  <L 92>
    wp::adj_transform_vector(var_31, var_86, adj_31, adj_86, adj_89);
    // adj: t = wp.transform_vector(X_wj, effort)                                             <L 90>
    // adj: f = wp.vec3()                                                                     <L 89>
    // adj: if wp.static(joint_type == JointType.PRISMATIC):                                  <L 85>
    wp::adj_where(var_81, var_85, var_77, adj_81, adj_85, adj_77, adj_86);
    if (var_81) {
        wp::adj_mul(var_77, var_84, adj_77, adj_84, adj_85);
        wp::adj_div(var_83, var_78, var_84, adj_83, adj_78, adj_84);
        wp::adj_extract(var_21, var_82, adj_21, adj_82, adj_83);
        // adj: effort = effort * (gains[2] / effort_norm)                                    <L 82>
    }
    wp::adj_extract(var_21, var_79, adj_21, adj_79, adj_80);
    // adj: if effort_norm > gains[2]:                                                        <L 81>
    wp::adj_length(var_77, var_78, adj_77, adj_78);
    // adj: effort_norm = wp.length(effort)                                                   <L 80>
    wp::adj_sub(var_75, var_76, adj_75, adj_76, adj_77);
    wp::adj_mul(var_57, var_26, adj_57, adj_26, adj_76);
    wp::adj_mul(var_74, var_24, adj_74, adj_24, adj_75);
    wp::adj_sub(var_68, var_73, adj_68, adj_73, adj_74);
    adj_rotation_error_0(var_49, adj_49, adj_73);
    // adj: effort = (goal - rotation_error(r)) * ke - w * kd                                 <L 68>
    // adj: if wp.static(mode == DriveMode.POSITION):                                         <L 67>
    wp::adj_vec_t(var_69, var_70, var_71, adj_61, adj_64, adj_67, adj_68);
    wp::adj_address(var_joint_target_pos, var_66, adj_joint_target_pos, adj_66, adj_67);
    wp::adj_add(var_18, var_65, adj_18, adj_65, adj_66);
    wp::adj_address(var_joint_target_pos, var_63, adj_joint_target_pos, adj_63, adj_64);
    wp::adj_add(var_18, var_62, adj_18, adj_62, adj_63);
    wp::adj_address(var_joint_target_pos, var_18, adj_joint_target_pos, adj_18, adj_61);
    // adj: goal = wp.vec3(joint_target_pos[qd_start], joint_target_pos[qd_start + 1], joint_target_pos[qd_start + 2])  <L 66>
    wp::adj_vec_t(var_58, var_59, var_60, adj_50, adj_53, adj_56, adj_57);
    wp::adj_address(var_joint_velocities, var_55, adj_joint_velocities, adj_55, adj_56);
    wp::adj_add(var_18, var_54, adj_18, adj_54, adj_55);
    wp::adj_address(var_joint_velocities, var_52, adj_joint_velocities, adj_52, adj_53);
    wp::adj_add(var_18, var_51, adj_18, adj_51, adj_52);
    wp::adj_address(var_joint_velocities, var_18, adj_joint_velocities, adj_18, adj_50);
    // adj: w = wp.vec3(joint_velocities[qd_start], joint_velocities[qd_start + 1], joint_velocities[qd_start + 2])  <L 65>
    wp::adj_normalize(var_44, adj_44, adj_49);
    wp::adj_quat_t(var_45, var_46, var_47, var_48, adj_34, adj_37, adj_40, adj_43, adj_44);
    wp::adj_address(var_joint_q, var_42, adj_joint_q, adj_42, adj_43);
    wp::adj_add(var_15, var_41, adj_15, adj_41, adj_42);
    wp::adj_address(var_joint_q, var_39, adj_joint_q, adj_39, adj_40);
    wp::adj_add(var_15, var_38, adj_15, adj_38, adj_39);
    wp::adj_address(var_joint_q, var_36, adj_joint_q, adj_36, adj_37);
    wp::adj_add(var_15, var_35, adj_15, adj_35, adj_36);
    wp::adj_address(var_joint_q, var_15, adj_joint_q, adj_15, adj_34);
    // adj: r = wp.normalize(wp.quat(joint_q[q_start], joint_q[q_start + 1], joint_q[q_start + 2], joint_q[q_start + 3]))  <L 64>
    // adj: if wp.static(joint_type == JointType.BALL):                                       <L 63>
    wp::adj_transform_multiply(var_28, var_32, adj_28, adj_30, adj_31);
    wp::adj_address(var_joint_X_c, var_6, adj_joint_X_c, adj_6, adj_30);
    // adj: X_wj = wp.transform_multiply(X_wc, joint_X_c[j])                                  <L 62>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_body_q, var_12, adj_body_q, adj_12, adj_27);
    // adj: X_wc = body_q[child]                                                              <L 60>
    wp::adj_extract(var_21, var_25, adj_21, adj_25, adj_26);
    // adj: kd = gains[1]                                                                     <L 59>
    wp::adj_extract(var_21, var_23, adj_21, adj_23, adj_24);
    // adj: ke = gains[0]                                                                     <L 58>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_joint_drive_gains, var_0, adj_joint_drive_gains, adj_0, adj_20);
    // adj: gains = joint_drive_gains[tid]                                                    <L 57>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_joint_qd_start, var_6, adj_joint_qd_start, adj_6, adj_17);
    // adj: qd_start = joint_qd_start[j]                                                      <L 56>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_joint_q_start, var_6, adj_joint_q_start, adj_6, adj_14);
    // adj: q_start = joint_q_start[j]                                                        <L 55>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_joint_child, var_6, adj_joint_child, adj_6, adj_11);
    // adj: child = joint_child[j]                                                            <L 54>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_joint_parent, var_6, adj_joint_parent, adj_6, adj_8);
    // adj: parent = joint_parent[j]                                                          <L 53>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_drive_joints, var_0, adj_drive_joints, adj_0, adj_5);
    // adj: j = drive_joints[tid]                                                             <L 52>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 51>
    }
    wp::adj_address(var_drive_count, var_1, adj_drive_count, adj_1, adj_2);
    // adj: if tid >= drive_count[0]:                                                         <L 50>
    // adj: tid = wp.tid()                                                                    <L 49>
    // adj: def joint_drive_wrenches(                                                         <L 32>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->drive_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->drive_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target_pos.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args)
{
    create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_drive_gains.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->drive_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->drive_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->drive_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->drive_joints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_parent.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_child.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_q_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->joint_qd_start.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_target_pos.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_target_pos.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->joint_axis.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->joint_X_c.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_args,
    wp_args_create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3 *_wp_adj_args)
{
    create_joint_drive_wrenches_kernel__locals__joint_drive_wrenches_183bf9a3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

