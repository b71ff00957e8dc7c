// Warp 1.19.0 cpu code for step_bodies_4a7a0dd9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_step_bodies_5f19bba0 {
    wp::array_t<wp::vec_t<3, wp::float32>> omega;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> torques;
    wp::array_t<wp::vec_t<3, wp::float32>> f_ext;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inv_inertias;
    wp::vec_t<3, wp::float32> com;
    wp::float32 inv_mass;
    wp::float32 dt;
    wp::array_t<wp::transform_t<wp::float32>> transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_next;
};


template <bool wp_linear_contiguous>
static void step_bodies_5f19bba0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_bodies_5f19bba0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_bodies_5f19bba0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.omega.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.inv_inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques = _wp_args->torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias = _wp_args->inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertias = _wp_args->inv_inertias;
    wp::vec_t<3, wp::float32> var_com = _wp_args->com;
    wp::float32 var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
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
    wp::transform_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 0.0;
    const wp::float32 var_31 = -9.81;
    const wp::float32 var_32 = 0.0;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::mat_t<3, 3, wp::float32>* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::float32 var_50 = 0.0;
    wp::quat_t<wp::float32> var_51;
    wp::quat_t<wp::float32> var_52;
    const wp::float32 var_53 = 0.5;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::quat_t<wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::transform_t<wp::float32> var_60;
    wp::vec_t<6, wp::float32> var_61;
    //---------
    // forward
    // def step_bodies(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // w = omega[tid]                                                                         <L 19>
    var_1 = wp::address(var_omega, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 20>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // twist = wp.spatial_vector(w, vel)                                                      <L 21>
    var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
    // tau = torques[tid]                                                                     <L 22>
    var_8 = wp::address(var_torques, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // force = f_ext[tid]                                                                     <L 23>
    var_11 = wp::address(var_f_ext, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // body_force = wp.spatial_vector(tau, force)                                             <L 24>
    var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
    // I_inv = inv_inertias[tid]                                                              <L 25>
    var_15 = wp::address(var_inv_inertias, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // X_wb = transforms[tid]                                                                 <L 26>
    var_18 = wp::address(var_transforms, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // x0 = wp.transform_get_translation(X_wb)                                                <L 27>
    var_21 = wp::transform_get_translation(var_19);
    // r0 = wp.transform_get_rotation(X_wb)                                                   <L 28>
    var_22 = wp::transform_get_rotation(var_19);
    // w0 = wp.spatial_top(twist)                                                             <L 29>
    var_23 = wp::spatial_top(var_7);
    // v0 = wp.spatial_bottom(twist)                                                          <L 30>
    var_24 = wp::spatial_bottom(var_7);
    // t0 = wp.spatial_top(body_force)                                                        <L 31>
    var_25 = wp::spatial_top(var_14);
    // f0 = wp.spatial_bottom(body_force)                                                     <L 32>
    var_26 = wp::spatial_bottom(var_14);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 33>
    var_27 = wp::quat_rotate(var_22, var_com);
    var_28 = wp::add(var_21, var_27);
    // v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * dt                              <L 35>
    var_29 = wp::mul(var_26, var_inv_mass);
    var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
    var_34 = wp::add(var_29, var_33);
    var_35 = wp::mul(var_34, var_dt);
    var_36 = wp::add(var_24, var_35);
    // x1 = x_com + v1 * dt                                                                   <L 36>
    var_37 = wp::mul(var_36, var_dt);
    var_38 = wp::add(var_28, var_37);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 38>
    var_39 = wp::quat_rotate_inv(var_22, var_23);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                     <L 39>
    var_40 = wp::quat_rotate_inv(var_22, var_25);
    var_41 = wp::address(var_inertias, var_0);
    var_43 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_39);
    var_44 = wp::cross(var_39, var_42);
    var_45 = wp::sub(var_40, var_44);
    // w1 = wp.quat_rotate(r0, wb + I_inv @ tb * dt)                                          <L 40>
    var_46 = wp::mul(var_16, var_45);
    var_47 = wp::mul(var_46, var_dt);
    var_48 = wp::add(var_39, var_47);
    var_49 = wp::quat_rotate(var_22, var_48);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 41>
    var_51 = wp::quat_t<wp::float32>(var_49, var_50);
    var_52 = wp::mul(var_51, var_22);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::mul(var_54, var_dt);
    var_56 = wp::add(var_22, var_55);
    var_57 = wp::normalize(var_56);
    // transforms[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                       <L 42>
    var_58 = wp::quat_rotate(var_57, var_com);
    var_59 = wp::sub(var_38, var_58);
    var_60 = wp::transform_t<wp::float32>(var_59, var_57);
    wp::array_store(var_transforms, var_0, var_60);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 43>
    var_61 = wp::vec_t<6, wp::float32>(var_49, var_36);
    wp::array_store(var_body_qd_next, var_0, var_61);
}



template <bool wp_linear_contiguous>
static void step_bodies_5f19bba0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_bodies_5f19bba0 *_wp_args,
    wp_args_step_bodies_5f19bba0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_bodies_5f19bba0 wp_contiguous_args;
    wp_args_step_bodies_5f19bba0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.omega.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.omega.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.inv_inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.inv_inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega = _wp_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques = _wp_args->torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias = _wp_args->inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inv_inertias = _wp_args->inv_inertias;
    wp::vec_t<3, wp::float32> var_com = _wp_args->com;
    wp::float32 var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega = _wp_adj_args->omega;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torques = _wp_adj_args->torques;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f_ext = _wp_adj_args->f_ext;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertias = _wp_adj_args->inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inv_inertias = _wp_adj_args->inv_inertias;
    wp::vec_t<3, wp::float32> adj_com = _wp_adj_args->com;
    wp::float32 adj_inv_mass = _wp_adj_args->inv_mass;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms = _wp_adj_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_next = _wp_adj_args->body_qd_next;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
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
    wp::transform_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 0.0;
    const wp::float32 var_31 = -9.81;
    const wp::float32 var_32 = 0.0;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::mat_t<3, 3, wp::float32>* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    const wp::float32 var_50 = 0.0;
    wp::quat_t<wp::float32> var_51;
    wp::quat_t<wp::float32> var_52;
    const wp::float32 var_53 = 0.5;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::quat_t<wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::transform_t<wp::float32> var_60;
    wp::vec_t<6, wp::float32> var_61;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
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
    wp::transform_t<wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::mat_t<3, 3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::quat_t<wp::float32> adj_51 = {};
    wp::quat_t<wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::quat_t<wp::float32> adj_54 = {};
    wp::quat_t<wp::float32> adj_55 = {};
    wp::quat_t<wp::float32> adj_56 = {};
    wp::quat_t<wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::transform_t<wp::float32> adj_60 = {};
    wp::vec_t<6, wp::float32> adj_61 = {};
    //---------
    // forward
    // def step_bodies(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // w = omega[tid]                                                                         <L 19>
    var_1 = wp::address(var_omega, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 20>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // twist = wp.spatial_vector(w, vel)                                                      <L 21>
    var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
    // tau = torques[tid]                                                                     <L 22>
    var_8 = wp::address(var_torques, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // force = f_ext[tid]                                                                     <L 23>
    var_11 = wp::address(var_f_ext, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // body_force = wp.spatial_vector(tau, force)                                             <L 24>
    var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
    // I_inv = inv_inertias[tid]                                                              <L 25>
    var_15 = wp::address(var_inv_inertias, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // X_wb = transforms[tid]                                                                 <L 26>
    var_18 = wp::address(var_transforms, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // x0 = wp.transform_get_translation(X_wb)                                                <L 27>
    var_21 = wp::transform_get_translation(var_19);
    // r0 = wp.transform_get_rotation(X_wb)                                                   <L 28>
    var_22 = wp::transform_get_rotation(var_19);
    // w0 = wp.spatial_top(twist)                                                             <L 29>
    var_23 = wp::spatial_top(var_7);
    // v0 = wp.spatial_bottom(twist)                                                          <L 30>
    var_24 = wp::spatial_bottom(var_7);
    // t0 = wp.spatial_top(body_force)                                                        <L 31>
    var_25 = wp::spatial_top(var_14);
    // f0 = wp.spatial_bottom(body_force)                                                     <L 32>
    var_26 = wp::spatial_bottom(var_14);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 33>
    var_27 = wp::quat_rotate(var_22, var_com);
    var_28 = wp::add(var_21, var_27);
    // v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * dt                              <L 35>
    var_29 = wp::mul(var_26, var_inv_mass);
    var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
    var_34 = wp::add(var_29, var_33);
    var_35 = wp::mul(var_34, var_dt);
    var_36 = wp::add(var_24, var_35);
    // x1 = x_com + v1 * dt                                                                   <L 36>
    var_37 = wp::mul(var_36, var_dt);
    var_38 = wp::add(var_28, var_37);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 38>
    var_39 = wp::quat_rotate_inv(var_22, var_23);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                     <L 39>
    var_40 = wp::quat_rotate_inv(var_22, var_25);
    var_41 = wp::address(var_inertias, var_0);
    var_43 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_39);
    var_44 = wp::cross(var_39, var_42);
    var_45 = wp::sub(var_40, var_44);
    // w1 = wp.quat_rotate(r0, wb + I_inv @ tb * dt)                                          <L 40>
    var_46 = wp::mul(var_16, var_45);
    var_47 = wp::mul(var_46, var_dt);
    var_48 = wp::add(var_39, var_47);
    var_49 = wp::quat_rotate(var_22, var_48);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 41>
    var_51 = wp::quat_t<wp::float32>(var_49, var_50);
    var_52 = wp::mul(var_51, var_22);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::mul(var_54, var_dt);
    var_56 = wp::add(var_22, var_55);
    var_57 = wp::normalize(var_56);
    // transforms[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                       <L 42>
    var_58 = wp::quat_rotate(var_57, var_com);
    var_59 = wp::sub(var_38, var_58);
    var_60 = wp::transform_t<wp::float32>(var_59, var_57);
    // wp::array_store(var_transforms, var_0, var_60);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 43>
    var_61 = wp::vec_t<6, wp::float32>(var_49, var_36);
    // wp::array_store(var_body_qd_next, var_0, var_61);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_next, var_0, var_61, adj_body_qd_next, adj_0, adj_61);
    wp::adj_vec_t(var_49, var_36, adj_49, adj_36, adj_61);
    // adj: body_qd_next[tid] = wp.spatial_vector(w1, v1)                                     <L 43>
    wp::adj_array_store(var_transforms, var_0, var_60, adj_transforms, adj_0, adj_60);
    wp::adj_transform_t(var_59, var_57, adj_59, adj_57, adj_60);
    wp::adj_sub(var_38, var_58, adj_38, adj_58, adj_59);
    wp::adj_quat_rotate(var_57, var_com, adj_57, adj_com, adj_58);
    // adj: transforms[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                  <L 42>
    wp::adj_normalize(var_56, adj_56, adj_57);
    wp::adj_add(var_22, var_55, adj_22, adj_55, adj_56);
    wp::adj_mul(var_54, var_dt, adj_54, adj_dt, adj_55);
    wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
    wp::adj_mul(var_51, var_22, adj_51, adj_22, adj_52);
    wp::adj_quat_t(var_49, var_50, adj_49, adj_50, adj_51);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                          <L 41>
    wp::adj_quat_rotate(var_22, var_48, adj_22, adj_48, adj_49);
    wp::adj_add(var_39, var_47, adj_39, adj_47, adj_48);
    wp::adj_mul(var_46, var_dt, adj_46, adj_dt, adj_47);
    wp::adj_mul(var_16, var_45, adj_16, adj_45, adj_46);
    // adj: w1 = wp.quat_rotate(r0, wb + I_inv @ tb * dt)                                     <L 40>
    wp::adj_sub(var_40, var_44, adj_40, adj_44, adj_45);
    wp::adj_cross(var_39, var_42, adj_39, adj_42, adj_44);
    wp::adj_mul(var_43, var_39, adj_41, adj_39, adj_42);
    wp::adj_address(var_inertias, var_0, adj_inertias, adj_0, adj_41);
    wp::adj_quat_rotate_inv(var_22, var_25, adj_22, adj_25, adj_40);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                <L 39>
    wp::adj_quat_rotate_inv(var_22, var_23, adj_22, adj_23, adj_39);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 38>
    wp::adj_add(var_28, var_37, adj_28, adj_37, adj_38);
    wp::adj_mul(var_36, var_dt, adj_36, adj_dt, adj_37);
    // adj: x1 = x_com + v1 * dt                                                              <L 36>
    wp::adj_add(var_24, var_35, adj_24, adj_35, adj_36);
    wp::adj_mul(var_34, var_dt, adj_34, adj_dt, adj_35);
    wp::adj_add(var_29, var_33, adj_29, adj_33, adj_34);
    wp::adj_vec_t(var_30, var_31, var_32, adj_30, adj_31, adj_32, adj_33);
    wp::adj_mul(var_26, var_inv_mass, adj_26, adj_inv_mass, adj_29);
    // adj: v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * dt                         <L 35>
    wp::adj_add(var_21, var_27, adj_21, adj_27, adj_28);
    wp::adj_quat_rotate(var_22, var_com, adj_22, adj_com, adj_27);
    // adj: x_com = x0 + wp.quat_rotate(r0, com)                                              <L 33>
    wp::adj_spatial_bottom(var_14, adj_14, adj_26);
    // adj: f0 = wp.spatial_bottom(body_force)                                                <L 32>
    wp::adj_spatial_top(var_14, adj_14, adj_25);
    // adj: t0 = wp.spatial_top(body_force)                                                   <L 31>
    wp::adj_spatial_bottom(var_7, adj_7, adj_24);
    // adj: v0 = wp.spatial_bottom(twist)                                                     <L 30>
    wp::adj_spatial_top(var_7, adj_7, adj_23);
    // adj: w0 = wp.spatial_top(twist)                                                        <L 29>
    wp::adj_transform_get_rotation(var_19, adj_19, adj_22);
    // adj: r0 = wp.transform_get_rotation(X_wb)                                              <L 28>
    wp::adj_transform_get_translation(var_19, adj_19, adj_21);
    // adj: x0 = wp.transform_get_translation(X_wb)                                           <L 27>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_18);
    // adj: X_wb = transforms[tid]                                                            <L 26>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_inv_inertias, var_0, adj_inv_inertias, adj_0, adj_15);
    // adj: I_inv = inv_inertias[tid]                                                         <L 25>
    wp::adj_vec_t(var_9, var_12, adj_9, adj_12, adj_14);
    // adj: body_force = wp.spatial_vector(tau, force)                                        <L 24>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_f_ext, var_0, adj_f_ext, adj_0, adj_11);
    // adj: force = f_ext[tid]                                                                <L 23>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_torques, var_0, adj_torques, adj_0, adj_8);
    // adj: tau = torques[tid]                                                                <L 22>
    wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: twist = wp.spatial_vector(w, vel)                                                 <L 21>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: vel = v[tid]                                                                      <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_1);
    // adj: w = omega[tid]                                                                    <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def step_bodies(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_bodies_5f19bba0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5f19bba0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_bodies_5f19bba0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_bodies_5f19bba0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5f19bba0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->omega.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->inv_inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        step_bodies_5f19bba0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_bodies_5f19bba0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_bodies_5f19bba0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5f19bba0 *_wp_args)
{
    step_bodies_5f19bba0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_bodies_5f19bba0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5f19bba0 *_wp_args,
    wp_args_step_bodies_5f19bba0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_bodies_5f19bba0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_bodies_5f19bba0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5f19bba0 *_wp_args,
    wp_args_step_bodies_5f19bba0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->omega.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->omega.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->inv_inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->inv_inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        step_bodies_5f19bba0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_bodies_5f19bba0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_bodies_5f19bba0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5f19bba0 *_wp_args,
    wp_args_step_bodies_5f19bba0 *_wp_adj_args)
{
    step_bodies_5f19bba0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

