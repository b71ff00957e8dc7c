// Warp 1.19.0 cpu code for body_semi_implicit_euler_29d694f1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_body_semi_implicit_euler_b533ea59 {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::quat_t<wp::float32>> body_rot;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_q_prev;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inertia;
    wp::float32 dt;
    wp::float32 kd;
    wp::vec_t<3, wp::float32> com;
    wp::mat_t<3, 3, wp::float32> inv_inertia;
    wp::vec_t<3, wp::float32> g;
    wp::array_t<wp::transform_t<wp::float32>> body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_next;
};


template <bool wp_linear_contiguous>
static void body_semi_implicit_euler_b533ea59_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_body_semi_implicit_euler_b533ea59 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_rot.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_q_prev.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::quat_t<wp::float32>> var_body_rot = _wp_args->body_rot;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_torques = _wp_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_prev = _wp_args->particle_q_prev;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_kd = _wp_args->kd;
    wp::vec_t<3, wp::float32> var_com = _wp_args->com;
    wp::mat_t<3, 3, wp::float32> var_inv_inertia = _wp_args->inv_inertia;
    wp::vec_t<3, wp::float32> var_g = _wp_args->g;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::vec_t<6, wp::float32>* var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32>* var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
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
    wp::vec_t<3, wp::float32> var_48;
    const wp::float32 var_49 = 0.0;
    wp::quat_t<wp::float32> var_50;
    wp::quat_t<wp::float32> var_51;
    const wp::float32 var_52 = 0.5;
    wp::quat_t<wp::float32> var_53;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::transform_t<wp::float32> var_59;
    wp::vec_t<6, wp::float32> var_60;
    //---------
    // forward
    // def body_semi_implicit_euler(                                                          <L 5>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 22>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = body_rot[tid]                                                                      <L 23>
    var_4 = wp::address(var_body_rot, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // xform = wp.transform(x, q)                                                             <L 24>
    var_7 = wp::transform_t<wp::float32>(var_2, var_5);
    // qd = body_qd[tid]                                                                      <L 25>
    var_8 = wp::address(var_body_qd, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // x_prev = particle_q_prev[tid]                                                          <L 26>
    var_11 = wp::address(var_particle_q_prev, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // body_force = wp.spatial_vector(body_torques[tid], -kd * ((x - x_prev) / dt))           <L 27>
    var_14 = wp::address(var_body_torques, var_0);
    var_15 = wp::neg(var_kd);
    var_16 = wp::sub(var_2, var_12);
    var_17 = wp::div(var_16, var_dt);
    var_18 = wp::mul(var_15, var_17);
    var_20 = wp::load(var_14);
    var_19 = wp::vec_t<6, wp::float32>(var_20, var_18);
    // inertia = body_inertia[tid]                                                            <L 28>
    var_21 = wp::address(var_body_inertia, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // x0 = wp.transform_get_translation(xform)                                               <L 29>
    var_24 = wp::transform_get_translation(var_7);
    // r0 = wp.transform_get_rotation(xform)                                                  <L 30>
    var_25 = wp::transform_get_rotation(var_7);
    // w0 = wp.spatial_top(qd)                                                                <L 31>
    var_26 = wp::spatial_top(var_9);
    // v0 = wp.spatial_bottom(qd)                                                             <L 32>
    var_27 = wp::spatial_bottom(var_9);
    // t0 = wp.spatial_top(body_force)                                                        <L 33>
    var_28 = wp::spatial_top(var_19);
    // f0 = wp.spatial_bottom(body_force)                                                     <L 34>
    var_29 = wp::spatial_bottom(var_19);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 35>
    var_30 = wp::quat_rotate(var_25, var_com);
    var_31 = wp::add(var_24, var_30);
    // v1 = v0 + (f0 * particle_inv_mass[tid] + g) * dt                                       <L 37>
    var_32 = wp::address(var_particle_inv_mass, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::mul(var_29, var_34);
    var_35 = wp::add(var_33, var_g);
    var_36 = wp::mul(var_35, var_dt);
    var_37 = wp::add(var_27, var_36);
    // x1 = x_com + v1 * dt                                                                   <L 38>
    var_38 = wp::mul(var_37, var_dt);
    var_39 = wp::add(var_31, var_38);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 40>
    var_40 = wp::quat_rotate_inv(var_25, var_26);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)                           <L 41>
    var_41 = wp::quat_rotate_inv(var_25, var_28);
    var_42 = wp::mul(var_22, var_40);
    var_43 = wp::cross(var_40, var_42);
    var_44 = wp::sub(var_41, var_43);
    // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)                                    <L 42>
    var_45 = wp::mul(var_inv_inertia, var_44);
    var_46 = wp::mul(var_45, var_dt);
    var_47 = wp::add(var_40, var_46);
    var_48 = wp::quat_rotate(var_25, var_47);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 43>
    var_50 = wp::quat_t<wp::float32>(var_48, var_49);
    var_51 = wp::mul(var_50, var_25);
    var_53 = wp::mul(var_51, var_52);
    var_54 = wp::mul(var_53, var_dt);
    var_55 = wp::add(var_25, var_54);
    var_56 = wp::normalize(var_55);
    // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                       <L 44>
    var_57 = wp::quat_rotate(var_56, var_com);
    var_58 = wp::sub(var_39, var_57);
    var_59 = wp::transform_t<wp::float32>(var_58, var_56);
    wp::array_store(var_body_q_out, var_0, var_59);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 45>
    var_60 = wp::vec_t<6, wp::float32>(var_48, var_37);
    wp::array_store(var_body_qd_next, var_0, var_60);
}



template <bool wp_linear_contiguous>
static void body_semi_implicit_euler_b533ea59_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_body_semi_implicit_euler_b533ea59 wp_contiguous_args;
    wp_args_body_semi_implicit_euler_b533ea59 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_rot.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_adj_args.body_rot.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_torques.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_q_prev.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_q_prev.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.body_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd_next.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::quat_t<wp::float32>> var_body_rot = _wp_args->body_rot;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_torques = _wp_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_prev = _wp_args->particle_q_prev;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia = _wp_args->body_inertia;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_kd = _wp_args->kd;
    wp::vec_t<3, wp::float32> var_com = _wp_args->com;
    wp::mat_t<3, 3, wp::float32> var_inv_inertia = _wp_args->inv_inertia;
    wp::vec_t<3, wp::float32> var_g = _wp_args->g;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::quat_t<wp::float32>> adj_body_rot = _wp_adj_args->body_rot;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_torques = _wp_adj_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_q_prev = _wp_adj_args->particle_q_prev;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia = _wp_adj_args->body_inertia;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_kd = _wp_adj_args->kd;
    wp::vec_t<3, wp::float32> adj_com = _wp_adj_args->com;
    wp::mat_t<3, 3, wp::float32> adj_inv_inertia = _wp_adj_args->inv_inertia;
    wp::vec_t<3, wp::float32> adj_g = _wp_adj_args->g;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out = _wp_adj_args->body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_next = _wp_adj_args->body_qd_next;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::quat_t<wp::float32>* var_4;
    wp::quat_t<wp::float32> var_5;
    wp::quat_t<wp::float32> var_6;
    wp::transform_t<wp::float32> var_7;
    wp::vec_t<6, wp::float32>* var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32>* var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
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
    wp::vec_t<3, wp::float32> var_48;
    const wp::float32 var_49 = 0.0;
    wp::quat_t<wp::float32> var_50;
    wp::quat_t<wp::float32> var_51;
    const wp::float32 var_52 = 0.5;
    wp::quat_t<wp::float32> var_53;
    wp::quat_t<wp::float32> var_54;
    wp::quat_t<wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::transform_t<wp::float32> var_59;
    wp::vec_t<6, wp::float32> var_60;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::quat_t<wp::float32> adj_5 = {};
    wp::quat_t<wp::float32> adj_6 = {};
    wp::transform_t<wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    wp::vec_t<6, wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::quat_t<wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
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
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::quat_t<wp::float32> adj_50 = {};
    wp::quat_t<wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::quat_t<wp::float32> adj_53 = {};
    wp::quat_t<wp::float32> adj_54 = {};
    wp::quat_t<wp::float32> adj_55 = {};
    wp::quat_t<wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::transform_t<wp::float32> adj_59 = {};
    wp::vec_t<6, wp::float32> adj_60 = {};
    //---------
    // forward
    // def body_semi_implicit_euler(                                                          <L 5>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 22>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // q = body_rot[tid]                                                                      <L 23>
    var_4 = wp::address(var_body_rot, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // xform = wp.transform(x, q)                                                             <L 24>
    var_7 = wp::transform_t<wp::float32>(var_2, var_5);
    // qd = body_qd[tid]                                                                      <L 25>
    var_8 = wp::address(var_body_qd, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // x_prev = particle_q_prev[tid]                                                          <L 26>
    var_11 = wp::address(var_particle_q_prev, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // body_force = wp.spatial_vector(body_torques[tid], -kd * ((x - x_prev) / dt))           <L 27>
    var_14 = wp::address(var_body_torques, var_0);
    var_15 = wp::neg(var_kd);
    var_16 = wp::sub(var_2, var_12);
    var_17 = wp::div(var_16, var_dt);
    var_18 = wp::mul(var_15, var_17);
    var_20 = wp::load(var_14);
    var_19 = wp::vec_t<6, wp::float32>(var_20, var_18);
    // inertia = body_inertia[tid]                                                            <L 28>
    var_21 = wp::address(var_body_inertia, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // x0 = wp.transform_get_translation(xform)                                               <L 29>
    var_24 = wp::transform_get_translation(var_7);
    // r0 = wp.transform_get_rotation(xform)                                                  <L 30>
    var_25 = wp::transform_get_rotation(var_7);
    // w0 = wp.spatial_top(qd)                                                                <L 31>
    var_26 = wp::spatial_top(var_9);
    // v0 = wp.spatial_bottom(qd)                                                             <L 32>
    var_27 = wp::spatial_bottom(var_9);
    // t0 = wp.spatial_top(body_force)                                                        <L 33>
    var_28 = wp::spatial_top(var_19);
    // f0 = wp.spatial_bottom(body_force)                                                     <L 34>
    var_29 = wp::spatial_bottom(var_19);
    // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 35>
    var_30 = wp::quat_rotate(var_25, var_com);
    var_31 = wp::add(var_24, var_30);
    // v1 = v0 + (f0 * particle_inv_mass[tid] + g) * dt                                       <L 37>
    var_32 = wp::address(var_particle_inv_mass, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::mul(var_29, var_34);
    var_35 = wp::add(var_33, var_g);
    var_36 = wp::mul(var_35, var_dt);
    var_37 = wp::add(var_27, var_36);
    // x1 = x_com + v1 * dt                                                                   <L 38>
    var_38 = wp::mul(var_37, var_dt);
    var_39 = wp::add(var_31, var_38);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 40>
    var_40 = wp::quat_rotate_inv(var_25, var_26);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)                           <L 41>
    var_41 = wp::quat_rotate_inv(var_25, var_28);
    var_42 = wp::mul(var_22, var_40);
    var_43 = wp::cross(var_40, var_42);
    var_44 = wp::sub(var_41, var_43);
    // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)                                    <L 42>
    var_45 = wp::mul(var_inv_inertia, var_44);
    var_46 = wp::mul(var_45, var_dt);
    var_47 = wp::add(var_40, var_46);
    var_48 = wp::quat_rotate(var_25, var_47);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 43>
    var_50 = wp::quat_t<wp::float32>(var_48, var_49);
    var_51 = wp::mul(var_50, var_25);
    var_53 = wp::mul(var_51, var_52);
    var_54 = wp::mul(var_53, var_dt);
    var_55 = wp::add(var_25, var_54);
    var_56 = wp::normalize(var_55);
    // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                       <L 44>
    var_57 = wp::quat_rotate(var_56, var_com);
    var_58 = wp::sub(var_39, var_57);
    var_59 = wp::transform_t<wp::float32>(var_58, var_56);
    // wp::array_store(var_body_q_out, var_0, var_59);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 45>
    var_60 = wp::vec_t<6, wp::float32>(var_48, var_37);
    // wp::array_store(var_body_qd_next, var_0, var_60);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_next, var_0, var_60, adj_body_qd_next, adj_0, adj_60);
    wp::adj_vec_t(var_48, var_37, adj_48, adj_37, adj_60);
    // adj: body_qd_next[tid] = wp.spatial_vector(w1, v1)                                     <L 45>
    wp::adj_array_store(var_body_q_out, var_0, var_59, adj_body_q_out, adj_0, adj_59);
    wp::adj_transform_t(var_58, var_56, adj_58, adj_56, adj_59);
    wp::adj_sub(var_39, var_57, adj_39, adj_57, adj_58);
    wp::adj_quat_rotate(var_56, var_com, adj_56, adj_com, adj_57);
    // adj: body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                  <L 44>
    wp::adj_normalize(var_55, adj_55, adj_56);
    wp::adj_add(var_25, var_54, adj_25, adj_54, adj_55);
    wp::adj_mul(var_53, var_dt, adj_53, adj_dt, adj_54);
    wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_mul(var_50, var_25, adj_50, adj_25, adj_51);
    wp::adj_quat_t(var_48, var_49, adj_48, adj_49, adj_50);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                          <L 43>
    wp::adj_quat_rotate(var_25, var_47, adj_25, adj_47, adj_48);
    wp::adj_add(var_40, var_46, adj_40, adj_46, adj_47);
    wp::adj_mul(var_45, var_dt, adj_45, adj_dt, adj_46);
    wp::adj_mul(var_inv_inertia, var_44, adj_inv_inertia, adj_44, adj_45);
    // adj: w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * dt)                               <L 42>
    wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_cross(var_40, var_42, adj_40, adj_42, adj_43);
    wp::adj_mul(var_22, var_40, adj_22, adj_40, adj_42);
    wp::adj_quat_rotate_inv(var_25, var_28, adj_25, adj_28, adj_41);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)                      <L 41>
    wp::adj_quat_rotate_inv(var_25, var_26, adj_25, adj_26, adj_40);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 40>
    wp::adj_add(var_31, var_38, adj_31, adj_38, adj_39);
    wp::adj_mul(var_37, var_dt, adj_37, adj_dt, adj_38);
    // adj: x1 = x_com + v1 * dt                                                              <L 38>
    wp::adj_add(var_27, var_36, adj_27, adj_36, adj_37);
    wp::adj_mul(var_35, var_dt, adj_35, adj_dt, adj_36);
    wp::adj_add(var_33, var_g, adj_33, adj_g, adj_35);
    wp::adj_mul(var_29, var_34, adj_29, adj_32, adj_33);
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_32);
    // adj: v1 = v0 + (f0 * particle_inv_mass[tid] + g) * dt                                  <L 37>
    wp::adj_add(var_24, var_30, adj_24, adj_30, adj_31);
    wp::adj_quat_rotate(var_25, var_com, adj_25, adj_com, adj_30);
    // adj: x_com = x0 + wp.quat_rotate(r0, com)                                              <L 35>
    wp::adj_spatial_bottom(var_19, adj_19, adj_29);
    // adj: f0 = wp.spatial_bottom(body_force)                                                <L 34>
    wp::adj_spatial_top(var_19, adj_19, adj_28);
    // adj: t0 = wp.spatial_top(body_force)                                                   <L 33>
    wp::adj_spatial_bottom(var_9, adj_9, adj_27);
    // adj: v0 = wp.spatial_bottom(qd)                                                        <L 32>
    wp::adj_spatial_top(var_9, adj_9, adj_26);
    // adj: w0 = wp.spatial_top(qd)                                                           <L 31>
    wp::adj_transform_get_rotation(var_7, adj_7, adj_25);
    // adj: r0 = wp.transform_get_rotation(xform)                                             <L 30>
    wp::adj_transform_get_translation(var_7, adj_7, adj_24);
    // adj: x0 = wp.transform_get_translation(xform)                                          <L 29>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_body_inertia, var_0, adj_body_inertia, adj_0, adj_21);
    // adj: inertia = body_inertia[tid]                                                       <L 28>
    wp::adj_vec_t(var_20, var_18, adj_14, adj_18, adj_19);
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_div(var_16, var_dt, adj_16, adj_dt, adj_17);
    wp::adj_sub(var_2, var_12, adj_2, adj_12, adj_16);
    wp::adj_neg(var_kd, adj_kd, adj_15);
    wp::adj_address(var_body_torques, var_0, adj_body_torques, adj_0, adj_14);
    // adj: body_force = wp.spatial_vector(body_torques[tid], -kd * ((x - x_prev) / dt))      <L 27>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_particle_q_prev, var_0, adj_particle_q_prev, adj_0, adj_11);
    // adj: x_prev = particle_q_prev[tid]                                                     <L 26>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_8);
    // adj: qd = body_qd[tid]                                                                 <L 25>
    wp::adj_transform_t(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: xform = wp.transform(x, q)                                                        <L 24>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_body_rot, var_0, adj_body_rot, adj_0, adj_4);
    // adj: q = body_rot[tid]                                                                 <L 23>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: x = particle_x[tid]                                                               <L 22>
    // adj: tid = wp.tid()                                                                    <L 21>
    // adj: def body_semi_implicit_euler(                                                     <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void body_semi_implicit_euler_b533ea59_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        body_semi_implicit_euler_b533ea59_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void body_semi_implicit_euler_b533ea59_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_rot.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_q_prev.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        body_semi_implicit_euler_b533ea59_cpu_forward_tasks<true>(dim, _wp_args);
    else
        body_semi_implicit_euler_b533ea59_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void body_semi_implicit_euler_b533ea59_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args)
{
    body_semi_implicit_euler_b533ea59_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void body_semi_implicit_euler_b533ea59_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        body_semi_implicit_euler_b533ea59_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void body_semi_implicit_euler_b533ea59_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_rot.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_adj_args->body_rot.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_torques.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_q_prev.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_q_prev.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->body_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd_next.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        body_semi_implicit_euler_b533ea59_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        body_semi_implicit_euler_b533ea59_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void body_semi_implicit_euler_b533ea59_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_args,
    wp_args_body_semi_implicit_euler_b533ea59 *_wp_adj_args)
{
    body_semi_implicit_euler_b533ea59_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

