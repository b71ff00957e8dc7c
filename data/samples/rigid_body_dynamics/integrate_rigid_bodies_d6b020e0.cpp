// Warp 1.19.0 cpu code for integrate_rigid_bodies_d6b020e0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_integrate_rigid_bodies_011bafd0 {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> centers_of_mass;
    wp::array_t<wp::float32> inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertias;
    wp::array_t<wp::transform_t<wp::float32>> body_q_next;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_out;
    wp::mat_t<3, 3, wp::float32> inv_inertia;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void integrate_rigid_bodies_011bafd0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_rigid_bodies_011bafd0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_vel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.centers_of_mass.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q_next.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel = _wp_args->body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers_of_mass = _wp_args->centers_of_mass;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias = _wp_args->inertias;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_next = _wp_args->body_q_next;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::mat_t<3, 3, wp::float32> var_inv_inertia = _wp_args->inv_inertia;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32>* var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
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
    // def integrate_rigid_bodies(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // pose = body_q[tid]                                                                     <L 19>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = body_vel[tid]                                                                     <L 20>
    var_4 = wp::address(var_body_vel, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v = velocities[tid]                                                                    <L 21>
    var_7 = wp::address(var_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // v_s = wp.spatial_vector(wp.spatial_top(qd), v)                                         <L 22>
    var_10 = wp::spatial_top(var_5);
    var_11 = wp::vec_t<6, wp::float32>(var_10, var_8);
    // wrench = body_f[tid]                                                                   <L 23>
    var_12 = wp::address(var_body_f, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // com = centers_of_mass[tid]                                                             <L 24>
    var_15 = wp::address(var_centers_of_mass, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // inv_m = inv_mass[tid]                                                                  <L 25>
    var_18 = wp::address(var_inv_mass, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // x0 = wp.transform_get_translation(pose)                                                <L 26>
    var_21 = wp::transform_get_translation(var_2);
    // r0 = wp.transform_get_rotation(pose)                                                   <L 27>
    var_22 = wp::transform_get_rotation(var_2);
    // w0 = wp.spatial_top(v_s)                                                               <L 28>
    var_23 = wp::spatial_top(var_11);
    // v0 = wp.spatial_bottom(v_s)                                                            <L 29>
    var_24 = wp::spatial_bottom(var_11);
    // t0 = wp.spatial_top(wrench)                                                            <L 30>
    var_25 = wp::spatial_top(var_13);
    // f0 = wp.spatial_bottom(wrench)                                                         <L 31>
    var_26 = wp::spatial_bottom(var_13);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 32>
    var_27 = wp::quat_rotate(var_22, var_16);
    var_28 = wp::add(var_21, var_27);
    // v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * dt                                 <L 34>
    var_29 = wp::mul(var_26, var_19);
    var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
    var_34 = wp::add(var_29, var_33);
    var_35 = wp::mul(var_34, var_dt);
    var_36 = wp::add(var_24, var_35);
    // x1 = x_com + v1 * dt                                                                   <L 35>
    var_37 = wp::mul(var_36, var_dt);
    var_38 = wp::add(var_28, var_37);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 37>
    var_39 = wp::quat_rotate_inv(var_22, var_23);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                     <L 38>
    var_40 = wp::quat_rotate_inv(var_22, var_25);
    var_41 = wp::address(var_inertias, var_0);
    var_43 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_39);
    var_44 = wp::cross(var_39, var_42);
    var_45 = wp::sub(var_40, var_44);
    // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)                                    <L 39>
    var_46 = wp::mul(var_inv_inertia, var_45);
    var_47 = wp::mul(var_46, var_dt);
    var_48 = wp::add(var_39, var_47);
    var_49 = wp::quat_rotate(var_22, var_48);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 40>
    var_51 = wp::quat_t<wp::float32>(var_49, var_50);
    var_52 = wp::mul(var_51, var_22);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::mul(var_54, var_dt);
    var_56 = wp::add(var_22, var_55);
    var_57 = wp::normalize(var_56);
    // body_q_next[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                      <L 41>
    var_58 = wp::quat_rotate(var_57, var_16);
    var_59 = wp::sub(var_38, var_58);
    var_60 = wp::transform_t<wp::float32>(var_59, var_57);
    wp::array_store(var_body_q_next, var_0, var_60);
    // body_qd_out[tid] = wp.spatial_vector(w1, v1)                                           <L 42>
    var_61 = wp::vec_t<6, wp::float32>(var_49, var_36);
    wp::array_store(var_body_qd_out, var_0, var_61);
}



template <bool wp_linear_contiguous>
static void integrate_rigid_bodies_011bafd0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_integrate_rigid_bodies_011bafd0 wp_contiguous_args;
    wp_args_integrate_rigid_bodies_011bafd0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_vel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_vel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.centers_of_mass.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.centers_of_mass.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.inertias.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q_next.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q_next.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel = _wp_args->body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers_of_mass = _wp_args->centers_of_mass;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias = _wp_args->inertias;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_next = _wp_args->body_q_next;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::mat_t<3, 3, wp::float32> var_inv_inertia = _wp_args->inv_inertia;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_vel = _wp_adj_args->body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f = _wp_adj_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers_of_mass = _wp_adj_args->centers_of_mass;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertias = _wp_adj_args->inertias;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_next = _wp_adj_args->body_q_next;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out = _wp_adj_args->body_qd_out;
    wp::mat_t<3, 3, wp::float32> adj_inv_inertia = _wp_adj_args->inv_inertia;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32>* var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
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
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    wp::vec_t<6, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
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
    // def integrate_rigid_bodies(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // pose = body_q[tid]                                                                     <L 19>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = body_vel[tid]                                                                     <L 20>
    var_4 = wp::address(var_body_vel, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v = velocities[tid]                                                                    <L 21>
    var_7 = wp::address(var_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // v_s = wp.spatial_vector(wp.spatial_top(qd), v)                                         <L 22>
    var_10 = wp::spatial_top(var_5);
    var_11 = wp::vec_t<6, wp::float32>(var_10, var_8);
    // wrench = body_f[tid]                                                                   <L 23>
    var_12 = wp::address(var_body_f, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // com = centers_of_mass[tid]                                                             <L 24>
    var_15 = wp::address(var_centers_of_mass, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // inv_m = inv_mass[tid]                                                                  <L 25>
    var_18 = wp::address(var_inv_mass, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // x0 = wp.transform_get_translation(pose)                                                <L 26>
    var_21 = wp::transform_get_translation(var_2);
    // r0 = wp.transform_get_rotation(pose)                                                   <L 27>
    var_22 = wp::transform_get_rotation(var_2);
    // w0 = wp.spatial_top(v_s)                                                               <L 28>
    var_23 = wp::spatial_top(var_11);
    // v0 = wp.spatial_bottom(v_s)                                                            <L 29>
    var_24 = wp::spatial_bottom(var_11);
    // t0 = wp.spatial_top(wrench)                                                            <L 30>
    var_25 = wp::spatial_top(var_13);
    // f0 = wp.spatial_bottom(wrench)                                                         <L 31>
    var_26 = wp::spatial_bottom(var_13);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 32>
    var_27 = wp::quat_rotate(var_22, var_16);
    var_28 = wp::add(var_21, var_27);
    // v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * dt                                 <L 34>
    var_29 = wp::mul(var_26, var_19);
    var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
    var_34 = wp::add(var_29, var_33);
    var_35 = wp::mul(var_34, var_dt);
    var_36 = wp::add(var_24, var_35);
    // x1 = x_com + v1 * dt                                                                   <L 35>
    var_37 = wp::mul(var_36, var_dt);
    var_38 = wp::add(var_28, var_37);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 37>
    var_39 = wp::quat_rotate_inv(var_22, var_23);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                     <L 38>
    var_40 = wp::quat_rotate_inv(var_22, var_25);
    var_41 = wp::address(var_inertias, var_0);
    var_43 = wp::load(var_41);
    var_42 = wp::mul(var_43, var_39);
    var_44 = wp::cross(var_39, var_42);
    var_45 = wp::sub(var_40, var_44);
    // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)                                    <L 39>
    var_46 = wp::mul(var_inv_inertia, var_45);
    var_47 = wp::mul(var_46, var_dt);
    var_48 = wp::add(var_39, var_47);
    var_49 = wp::quat_rotate(var_22, var_48);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 40>
    var_51 = wp::quat_t<wp::float32>(var_49, var_50);
    var_52 = wp::mul(var_51, var_22);
    var_54 = wp::mul(var_52, var_53);
    var_55 = wp::mul(var_54, var_dt);
    var_56 = wp::add(var_22, var_55);
    var_57 = wp::normalize(var_56);
    // body_q_next[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                      <L 41>
    var_58 = wp::quat_rotate(var_57, var_16);
    var_59 = wp::sub(var_38, var_58);
    var_60 = wp::transform_t<wp::float32>(var_59, var_57);
    // wp::array_store(var_body_q_next, var_0, var_60);
    // body_qd_out[tid] = wp.spatial_vector(w1, v1)                                           <L 42>
    var_61 = wp::vec_t<6, wp::float32>(var_49, var_36);
    // wp::array_store(var_body_qd_out, var_0, var_61);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_out, var_0, var_61, adj_body_qd_out, adj_0, adj_61);
    wp::adj_vec_t(var_49, var_36, adj_49, adj_36, adj_61);
    // adj: body_qd_out[tid] = wp.spatial_vector(w1, v1)                                      <L 42>
    wp::adj_array_store(var_body_q_next, var_0, var_60, adj_body_q_next, adj_0, adj_60);
    wp::adj_transform_t(var_59, var_57, adj_59, adj_57, adj_60);
    wp::adj_sub(var_38, var_58, adj_38, adj_58, adj_59);
    wp::adj_quat_rotate(var_57, var_16, adj_57, adj_16, adj_58);
    // adj: body_q_next[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                 <L 41>
    wp::adj_normalize(var_56, adj_56, adj_57);
    wp::adj_add(var_22, var_55, adj_22, adj_55, adj_56);
    wp::adj_mul(var_54, var_dt, adj_54, adj_dt, adj_55);
    wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_54);
    wp::adj_mul(var_51, var_22, adj_51, adj_22, adj_52);
    wp::adj_quat_t(var_49, var_50, adj_49, adj_50, adj_51);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                          <L 40>
    wp::adj_quat_rotate(var_22, var_48, adj_22, adj_48, adj_49);
    wp::adj_add(var_39, var_47, adj_39, adj_47, adj_48);
    wp::adj_mul(var_46, var_dt, adj_46, adj_dt, adj_47);
    wp::adj_mul(var_inv_inertia, var_45, adj_inv_inertia, adj_45, adj_46);
    // adj: w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)                               <L 39>
    wp::adj_sub(var_40, var_44, adj_40, adj_44, adj_45);
    wp::adj_cross(var_39, var_42, adj_39, adj_42, adj_44);
    wp::adj_mul(var_43, var_39, adj_41, adj_39, adj_42);
    wp::adj_address(var_inertias, var_0, adj_inertias, adj_0, adj_41);
    wp::adj_quat_rotate_inv(var_22, var_25, adj_22, adj_25, adj_40);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                <L 38>
    wp::adj_quat_rotate_inv(var_22, var_23, adj_22, adj_23, adj_39);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 37>
    wp::adj_add(var_28, var_37, adj_28, adj_37, adj_38);
    wp::adj_mul(var_36, var_dt, adj_36, adj_dt, adj_37);
    // adj: x1 = x_com + v1 * dt                                                              <L 35>
    wp::adj_add(var_24, var_35, adj_24, adj_35, adj_36);
    wp::adj_mul(var_34, var_dt, adj_34, adj_dt, adj_35);
    wp::adj_add(var_29, var_33, adj_29, adj_33, adj_34);
    wp::adj_vec_t(var_30, var_31, var_32, adj_30, adj_31, adj_32, adj_33);
    wp::adj_mul(var_26, var_19, adj_26, adj_19, adj_29);
    // adj: v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * dt                            <L 34>
    wp::adj_add(var_21, var_27, adj_21, adj_27, adj_28);
    wp::adj_quat_rotate(var_22, var_16, adj_22, adj_16, adj_27);
    // adj: x_com = x0 + wp.quat_rotate(r0, com)                                              <L 32>
    wp::adj_spatial_bottom(var_13, adj_13, adj_26);
    // adj: f0 = wp.spatial_bottom(wrench)                                                    <L 31>
    wp::adj_spatial_top(var_13, adj_13, adj_25);
    // adj: t0 = wp.spatial_top(wrench)                                                       <L 30>
    wp::adj_spatial_bottom(var_11, adj_11, adj_24);
    // adj: v0 = wp.spatial_bottom(v_s)                                                       <L 29>
    wp::adj_spatial_top(var_11, adj_11, adj_23);
    // adj: w0 = wp.spatial_top(v_s)                                                          <L 28>
    wp::adj_transform_get_rotation(var_2, adj_2, adj_22);
    // adj: r0 = wp.transform_get_rotation(pose)                                              <L 27>
    wp::adj_transform_get_translation(var_2, adj_2, adj_21);
    // adj: x0 = wp.transform_get_translation(pose)                                           <L 26>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_18);
    // adj: inv_m = inv_mass[tid]                                                             <L 25>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_centers_of_mass, var_0, adj_centers_of_mass, adj_0, adj_15);
    // adj: com = centers_of_mass[tid]                                                        <L 24>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_body_f, var_0, adj_body_f, adj_0, adj_12);
    // adj: wrench = body_f[tid]                                                              <L 23>
    wp::adj_vec_t(var_10, var_8, adj_10, adj_8, adj_11);
    wp::adj_spatial_top(var_5, adj_5, adj_10);
    // adj: v_s = wp.spatial_vector(wp.spatial_top(qd), v)                                    <L 22>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
    // adj: v = velocities[tid]                                                               <L 21>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_body_vel, var_0, adj_body_vel, adj_0, adj_4);
    // adj: qd = body_vel[tid]                                                                <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
    // adj: pose = body_q[tid]                                                                <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def integrate_rigid_bodies(                                                       <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_rigid_bodies_011bafd0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_rigid_bodies_011bafd0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void integrate_rigid_bodies_011bafd0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_vel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->centers_of_mass.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q_next.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        integrate_rigid_bodies_011bafd0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        integrate_rigid_bodies_011bafd0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_rigid_bodies_011bafd0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args)
{
    integrate_rigid_bodies_011bafd0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_rigid_bodies_011bafd0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_rigid_bodies_011bafd0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void integrate_rigid_bodies_011bafd0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_vel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_vel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->centers_of_mass.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->centers_of_mass.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->inertias.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q_next.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q_next.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        integrate_rigid_bodies_011bafd0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        integrate_rigid_bodies_011bafd0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void integrate_rigid_bodies_011bafd0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_args,
    wp_args_integrate_rigid_bodies_011bafd0 *_wp_adj_args)
{
    integrate_rigid_bodies_011bafd0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

