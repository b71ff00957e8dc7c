// Warp 1.19.0 cpu code for integrate_bodies_55cec3b2.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_bodies_2336e34b {
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inv_inertia;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_next;
    wp::float32 time_step;
};


template <bool wp_linear_contiguous>
static void integrate_bodies_2336e34b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_bodies_2336e34b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias = _wp_args->inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
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
    wp::vec_t<6, wp::float32>* var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    wp::vec_t<6, wp::float32>* var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<6, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::float32 var_29 = 0.0;
    const wp::float32 var_30 = -9.81;
    const wp::float32 var_31 = 0.0;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::mat_t<3, 3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::float32 var_51 = 0.0;
    wp::quat_t<wp::float32> var_52;
    wp::quat_t<wp::float32> var_53;
    const wp::float32 var_54 = 0.5;
    wp::quat_t<wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::quat_t<wp::float32> var_57;
    wp::quat_t<wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::transform_t<wp::float32> var_61;
    wp::vec_t<6, wp::float32> var_62;
    //---------
    // forward
    // def integrate_bodies(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // if flags[tid] != 1:                                                                    <L 18>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 19>
        return;
    }
    // tf = poses[tid]                                                                        <L 20>
    var_5 = wp::address(var_poses, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // wrench = body_f[tid]                                                                   <L 21>
    var_8 = wp::address(var_body_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // r_com = body_com[tid]                                                                  <L 22>
    var_11 = wp::address(var_body_com, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // inv_mass = particle_inv_mass[tid]                                                      <L 23>
    var_14 = wp::address(var_particle_inv_mass, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // x0 = wp.transform_get_translation(tf)                                                  <L 24>
    var_17 = wp::transform_get_translation(var_6);
    // r0 = wp.transform_get_rotation(tf)                                                     <L 25>
    var_18 = wp::transform_get_rotation(var_6);
    // qd_s = body_qd[tid]                                                                    <L 26>
    var_19 = wp::address(var_body_qd, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // w0 = wp.spatial_top(qd_s)                                                              <L 27>
    var_22 = wp::spatial_top(var_20);
    // v0 = wp.spatial_bottom(qd_s)                                                           <L 28>
    var_23 = wp::spatial_bottom(var_20);
    // t0 = wp.spatial_top(wrench)                                                            <L 29>
    var_24 = wp::spatial_top(var_9);
    // f0 = wp.spatial_bottom(wrench)                                                         <L 30>
    var_25 = wp::spatial_bottom(var_9);
    // x_com = x0 + wp.quat_rotate(r0, r_com)                                                 <L 31>
    var_26 = wp::quat_rotate(var_18, var_12);
    var_27 = wp::add(var_17, var_26);
    // v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * time_step                       <L 33>
    var_28 = wp::mul(var_25, var_15);
    var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
    var_33 = wp::add(var_28, var_32);
    var_34 = wp::mul(var_33, var_time_step);
    var_35 = wp::add(var_23, var_34);
    // x1 = x_com + v1 * time_step                                                            <L 34>
    var_36 = wp::mul(var_35, var_time_step);
    var_37 = wp::add(var_27, var_36);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 36>
    var_38 = wp::quat_rotate_inv(var_18, var_22);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                     <L 37>
    var_39 = wp::quat_rotate_inv(var_18, var_24);
    var_40 = wp::address(var_inertias, var_0);
    var_42 = wp::load(var_40);
    var_41 = wp::mul(var_42, var_38);
    var_43 = wp::cross(var_38, var_41);
    var_44 = wp::sub(var_39, var_43);
    // w1 = wp.quat_rotate(r0, wb + body_inv_inertia[tid] @ tb * time_step)                   <L 38>
    var_45 = wp::address(var_body_inv_inertia, var_0);
    var_47 = wp::load(var_45);
    var_46 = wp::mul(var_47, var_44);
    var_48 = wp::mul(var_46, var_time_step);
    var_49 = wp::add(var_38, var_48);
    var_50 = wp::quat_rotate(var_18, var_49);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)                        <L 39>
    var_52 = wp::quat_t<wp::float32>(var_50, var_51);
    var_53 = wp::mul(var_52, var_18);
    var_55 = wp::mul(var_53, var_54);
    var_56 = wp::mul(var_55, var_time_step);
    var_57 = wp::add(var_18, var_56);
    var_58 = wp::normalize(var_57);
    // poses[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)                          <L 40>
    var_59 = wp::quat_rotate(var_58, var_12);
    var_60 = wp::sub(var_37, var_59);
    var_61 = wp::transform_t<wp::float32>(var_60, var_58);
    wp::array_store(var_poses, var_0, var_61);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 41>
    var_62 = wp::vec_t<6, wp::float32>(var_50, var_35);
    wp::array_store(var_body_qd_next, var_0, var_62);
}



template <bool wp_linear_contiguous>
static void integrate_bodies_2336e34b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_bodies_2336e34b *_wp_args,
    wp_args_integrate_bodies_2336e34b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias = _wp_args->inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_next = _wp_args->body_qd_next;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f = _wp_adj_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertias = _wp_adj_args->inertias;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia = _wp_adj_args->body_inv_inertia;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_next = _wp_adj_args->body_qd_next;
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
    wp::vec_t<6, wp::float32>* var_8;
    wp::vec_t<6, wp::float32> var_9;
    wp::vec_t<6, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    wp::vec_t<6, wp::float32>* var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<6, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    const wp::float32 var_29 = 0.0;
    const wp::float32 var_30 = -9.81;
    const wp::float32 var_31 = 0.0;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::mat_t<3, 3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::mat_t<3, 3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::mat_t<3, 3, wp::float32>* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    const wp::float32 var_51 = 0.0;
    wp::quat_t<wp::float32> var_52;
    wp::quat_t<wp::float32> var_53;
    const wp::float32 var_54 = 0.5;
    wp::quat_t<wp::float32> var_55;
    wp::quat_t<wp::float32> var_56;
    wp::quat_t<wp::float32> var_57;
    wp::quat_t<wp::float32> var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::transform_t<wp::float32> var_61;
    wp::vec_t<6, wp::float32> var_62;
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
    wp::vec_t<6, wp::float32> adj_8 = {};
    wp::vec_t<6, wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    wp::vec_t<6, wp::float32> adj_20 = {};
    wp::vec_t<6, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::mat_t<3, 3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::mat_t<3, 3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::mat_t<3, 3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::mat_t<3, 3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::quat_t<wp::float32> adj_52 = {};
    wp::quat_t<wp::float32> adj_53 = {};
    wp::float32 adj_54 = {};
    wp::quat_t<wp::float32> adj_55 = {};
    wp::quat_t<wp::float32> adj_56 = {};
    wp::quat_t<wp::float32> adj_57 = {};
    wp::quat_t<wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::transform_t<wp::float32> adj_61 = {};
    wp::vec_t<6, wp::float32> adj_62 = {};
    //---------
    // forward
    // def integrate_bodies(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // if flags[tid] != 1:                                                                    <L 18>
    var_1 = wp::address(var_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 19>
        goto label0;
    }
    // tf = poses[tid]                                                                        <L 20>
    var_5 = wp::address(var_poses, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // wrench = body_f[tid]                                                                   <L 21>
    var_8 = wp::address(var_body_f, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // r_com = body_com[tid]                                                                  <L 22>
    var_11 = wp::address(var_body_com, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // inv_mass = particle_inv_mass[tid]                                                      <L 23>
    var_14 = wp::address(var_particle_inv_mass, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // x0 = wp.transform_get_translation(tf)                                                  <L 24>
    var_17 = wp::transform_get_translation(var_6);
    // r0 = wp.transform_get_rotation(tf)                                                     <L 25>
    var_18 = wp::transform_get_rotation(var_6);
    // qd_s = body_qd[tid]                                                                    <L 26>
    var_19 = wp::address(var_body_qd, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // w0 = wp.spatial_top(qd_s)                                                              <L 27>
    var_22 = wp::spatial_top(var_20);
    // v0 = wp.spatial_bottom(qd_s)                                                           <L 28>
    var_23 = wp::spatial_bottom(var_20);
    // t0 = wp.spatial_top(wrench)                                                            <L 29>
    var_24 = wp::spatial_top(var_9);
    // f0 = wp.spatial_bottom(wrench)                                                         <L 30>
    var_25 = wp::spatial_bottom(var_9);
    // x_com = x0 + wp.quat_rotate(r0, r_com)                                                 <L 31>
    var_26 = wp::quat_rotate(var_18, var_12);
    var_27 = wp::add(var_17, var_26);
    // v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * time_step                       <L 33>
    var_28 = wp::mul(var_25, var_15);
    var_32 = wp::vec_t<3, wp::float32>(var_29, var_30, var_31);
    var_33 = wp::add(var_28, var_32);
    var_34 = wp::mul(var_33, var_time_step);
    var_35 = wp::add(var_23, var_34);
    // x1 = x_com + v1 * time_step                                                            <L 34>
    var_36 = wp::mul(var_35, var_time_step);
    var_37 = wp::add(var_27, var_36);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 36>
    var_38 = wp::quat_rotate_inv(var_18, var_22);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                     <L 37>
    var_39 = wp::quat_rotate_inv(var_18, var_24);
    var_40 = wp::address(var_inertias, var_0);
    var_42 = wp::load(var_40);
    var_41 = wp::mul(var_42, var_38);
    var_43 = wp::cross(var_38, var_41);
    var_44 = wp::sub(var_39, var_43);
    // w1 = wp.quat_rotate(r0, wb + body_inv_inertia[tid] @ tb * time_step)                   <L 38>
    var_45 = wp::address(var_body_inv_inertia, var_0);
    var_47 = wp::load(var_45);
    var_46 = wp::mul(var_47, var_44);
    var_48 = wp::mul(var_46, var_time_step);
    var_49 = wp::add(var_38, var_48);
    var_50 = wp::quat_rotate(var_18, var_49);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)                        <L 39>
    var_52 = wp::quat_t<wp::float32>(var_50, var_51);
    var_53 = wp::mul(var_52, var_18);
    var_55 = wp::mul(var_53, var_54);
    var_56 = wp::mul(var_55, var_time_step);
    var_57 = wp::add(var_18, var_56);
    var_58 = wp::normalize(var_57);
    // poses[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)                          <L 40>
    var_59 = wp::quat_rotate(var_58, var_12);
    var_60 = wp::sub(var_37, var_59);
    var_61 = wp::transform_t<wp::float32>(var_60, var_58);
    // wp::array_store(var_poses, var_0, var_61);
    // body_qd_next[tid] = wp.spatial_vector(w1, v1)                                          <L 41>
    var_62 = wp::vec_t<6, wp::float32>(var_50, var_35);
    // wp::array_store(var_body_qd_next, var_0, var_62);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_next, var_0, var_62, adj_body_qd_next, adj_0, adj_62);
    wp::adj_vec_t(var_50, var_35, adj_50, adj_35, adj_62);
    // adj: body_qd_next[tid] = wp.spatial_vector(w1, v1)                                     <L 41>
    wp::adj_array_store(var_poses, var_0, var_61, adj_poses, adj_0, adj_61);
    wp::adj_transform_t(var_60, var_58, adj_60, adj_58, adj_61);
    wp::adj_sub(var_37, var_59, adj_37, adj_59, adj_60);
    wp::adj_quat_rotate(var_58, var_12, adj_58, adj_12, adj_59);
    // adj: poses[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)                     <L 40>
    wp::adj_normalize(var_57, adj_57, adj_58);
    wp::adj_add(var_18, var_56, adj_18, adj_56, adj_57);
    wp::adj_mul(var_55, var_time_step, adj_55, adj_time_step, adj_56);
    wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
    wp::adj_mul(var_52, var_18, adj_52, adj_18, adj_53);
    wp::adj_quat_t(var_50, var_51, adj_50, adj_51, adj_52);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * time_step)                   <L 39>
    wp::adj_quat_rotate(var_18, var_49, adj_18, adj_49, adj_50);
    wp::adj_add(var_38, var_48, adj_38, adj_48, adj_49);
    wp::adj_mul(var_46, var_time_step, adj_46, adj_time_step, adj_48);
    wp::adj_mul(var_47, var_44, adj_45, adj_44, adj_46);
    wp::adj_address(var_body_inv_inertia, var_0, adj_body_inv_inertia, adj_0, adj_45);
    // adj: w1 = wp.quat_rotate(r0, wb + body_inv_inertia[tid] @ tb * time_step)              <L 38>
    wp::adj_sub(var_39, var_43, adj_39, adj_43, adj_44);
    wp::adj_cross(var_38, var_41, adj_38, adj_41, adj_43);
    wp::adj_mul(var_42, var_38, adj_40, adj_38, adj_41);
    wp::adj_address(var_inertias, var_0, adj_inertias, adj_0, adj_40);
    wp::adj_quat_rotate_inv(var_18, var_24, adj_18, adj_24, adj_39);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertias[tid] @ wb)                <L 37>
    wp::adj_quat_rotate_inv(var_18, var_22, adj_18, adj_22, adj_38);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 36>
    wp::adj_add(var_27, var_36, adj_27, adj_36, adj_37);
    wp::adj_mul(var_35, var_time_step, adj_35, adj_time_step, adj_36);
    // adj: x1 = x_com + v1 * time_step                                                       <L 34>
    wp::adj_add(var_23, var_34, adj_23, adj_34, adj_35);
    wp::adj_mul(var_33, var_time_step, adj_33, adj_time_step, adj_34);
    wp::adj_add(var_28, var_32, adj_28, adj_32, adj_33);
    wp::adj_vec_t(var_29, var_30, var_31, adj_29, adj_30, adj_31, adj_32);
    wp::adj_mul(var_25, var_15, adj_25, adj_15, adj_28);
    // adj: v1 = v0 + (f0 * inv_mass + wp.vec3(0.0, -9.81, 0.0)) * time_step                  <L 33>
    wp::adj_add(var_17, var_26, adj_17, adj_26, adj_27);
    wp::adj_quat_rotate(var_18, var_12, adj_18, adj_12, adj_26);
    // adj: x_com = x0 + wp.quat_rotate(r0, r_com)                                            <L 31>
    wp::adj_spatial_bottom(var_9, adj_9, adj_25);
    // adj: f0 = wp.spatial_bottom(wrench)                                                    <L 30>
    wp::adj_spatial_top(var_9, adj_9, adj_24);
    // adj: t0 = wp.spatial_top(wrench)                                                       <L 29>
    wp::adj_spatial_bottom(var_20, adj_20, adj_23);
    // adj: v0 = wp.spatial_bottom(qd_s)                                                      <L 28>
    wp::adj_spatial_top(var_20, adj_20, adj_22);
    // adj: w0 = wp.spatial_top(qd_s)                                                         <L 27>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_19);
    // adj: qd_s = body_qd[tid]                                                               <L 26>
    wp::adj_transform_get_rotation(var_6, adj_6, adj_18);
    // adj: r0 = wp.transform_get_rotation(tf)                                                <L 25>
    wp::adj_transform_get_translation(var_6, adj_6, adj_17);
    // adj: x0 = wp.transform_get_translation(tf)                                             <L 24>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_14);
    // adj: inv_mass = particle_inv_mass[tid]                                                 <L 23>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_11);
    // adj: r_com = body_com[tid]                                                             <L 22>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_body_f, var_0, adj_body_f, adj_0, adj_8);
    // adj: wrench = body_f[tid]                                                              <L 21>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_5);
    // adj: tf = poses[tid]                                                                   <L 20>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 19>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
    // adj: if flags[tid] != 1:                                                               <L 18>
    // adj: tid = wp.tid()                                                                    <L 17>
    // adj: def integrate_bodies(                                                             <L 5>
    return;
}



struct integrate_bodies_2336e34b_cpu_block_payload_forward
{
    wp_args_integrate_bodies_2336e34b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_bodies_2336e34b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_bodies_2336e34b_cpu_block_payload_forward* payload = (integrate_bodies_2336e34b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_bodies_2336e34b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_bodies_2336e34b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_bodies_2336e34b *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        integrate_bodies_2336e34b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_bodies_2336e34b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_bodies_2336e34b_cpu_block_payload_backward
{
    wp_args_integrate_bodies_2336e34b* args;
    wp_args_integrate_bodies_2336e34b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_bodies_2336e34b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_bodies_2336e34b_cpu_block_payload_backward* payload = (integrate_bodies_2336e34b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_bodies_2336e34b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_bodies_2336e34b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_bodies_2336e34b *_wp_args,
    wp_args_integrate_bodies_2336e34b *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        integrate_bodies_2336e34b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_bodies_2336e34b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

