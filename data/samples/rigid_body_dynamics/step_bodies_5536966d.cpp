// Warp 1.19.0 cpu code for step_bodies_5536966d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// warp/_src/math.py:528
static wp::transform_t<wp::float32> transform_from_matrix_0(
    wp::mat_t<4, 4, wp::float32> var_mat)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 3;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    //---------
    // forward
    // def transform_from_matrix(mat: mat44) -> transform:                                    <L 528>
    // p = vec3(mat[0][3], mat[1][3], mat[2][3])                                              <L 550>
    var_2 = wp::extract(var_mat, var_0, var_1);
    var_5 = wp::extract(var_mat, var_3, var_4);
    var_8 = wp::extract(var_mat, var_6, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    // q = wp.quat_from_matrix(mat)                                                           <L 551>
    var_10 = wp::quat_from_matrix(var_mat);
    // return transform(p, q)                                                                 <L 552>
    var_11 = wp::transform_t<wp::float32>(var_9, var_10);
    return var_11;
}


// warp/_src/math.py:528
static void adj_transform_from_matrix_0(
    wp::mat_t<4, 4, wp::float32> var_mat,
    wp::mat_t<4, 4, wp::float32> & adj_mat,
    wp::transform_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 3;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::quat_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::quat_t<wp::float32> adj_10 = {};
    wp::transform_t<wp::float32> adj_11 = {};
    //---------
    // forward
    // def transform_from_matrix(mat: mat44) -> transform:                                    <L 528>
    // p = vec3(mat[0][3], mat[1][3], mat[2][3])                                              <L 550>
    var_2 = wp::extract(var_mat, var_0, var_1);
    var_5 = wp::extract(var_mat, var_3, var_4);
    var_8 = wp::extract(var_mat, var_6, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    // q = wp.quat_from_matrix(mat)                                                           <L 551>
    var_10 = wp::quat_from_matrix(var_mat);
    // return transform(p, q)                                                                 <L 552>
    var_11 = wp::transform_t<wp::float32>(var_9, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_transform_t(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: return transform(p, q)                                                            <L 552>
    wp::adj_quat_from_matrix(var_mat, adj_mat, adj_10);
    // adj: q = wp.quat_from_matrix(mat)                                                      <L 551>
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_extract(var_mat, var_6, var_7, adj_mat, adj_6, adj_7, adj_8);
    wp::adj_extract(var_mat, var_3, var_4, adj_mat, adj_3, adj_4, adj_5);
    wp::adj_extract(var_mat, var_0, var_1, adj_mat, adj_0, adj_1, adj_2);
    // adj: p = vec3(mat[0][3], mat[1][3], mat[2][3])                                         <L 550>
    // adj: def transform_from_matrix(mat: mat44) -> transform:                               <L 528>
    return;
}

struct wp_args_step_bodies_5e6f7e2a {
    wp::array_t<wp::mat_t<4, 4, wp::float32>> xform_matrices;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_out;
    wp::float32 inv_mass;
    wp::mat_t<3, 3, wp::float32> inertia;
    wp::vec_t<3, wp::float32> g;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void step_bodies_5e6f7e2a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_bodies_5e6f7e2a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_bodies_5e6f7e2a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.xform_matrices.strides[0] = sizeof(wp::mat_t<4, 4, wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_f.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_xform_matrices = _wp_args->xform_matrices;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::float32 var_inv_mass = _wp_args->inv_mass;
    wp::mat_t<3, 3, wp::float32> var_inertia = _wp_args->inertia;
    wp::vec_t<3, wp::float32> var_g = _wp_args->g;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<4, 4, wp::float32>* var_1;
    wp::mat_t<4, 4, wp::float32> var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<6, wp::float32>* var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32>* var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32>* var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    const wp::float32 var_40 = 0.0;
    wp::quat_t<wp::float32> var_41;
    wp::quat_t<wp::float32> var_42;
    const wp::float32 var_43 = 0.5;
    wp::quat_t<wp::float32> var_44;
    wp::quat_t<wp::float32> var_45;
    wp::quat_t<wp::float32> var_46;
    wp::quat_t<wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::transform_t<wp::float32> var_50;
    wp::vec_t<6, wp::float32> var_51;
    //---------
    // forward
    // def step_bodies(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // model = xform_matrices[tid]                                                            <L 19>
    var_1 = wp::address(var_xform_matrices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // tf = wp.transform_from_matrix(model)                                                   <L 20>
    var_4 = transform_from_matrix_0(var_2);
    // qd = body_qd[tid]                                                                      <L 21>
    var_5 = wp::address(var_body_qd, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r_com = com[tid]                                                                       <L 22>
    var_8 = wp::address(var_com, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // inv_I = body_inv_inertia[tid]                                                          <L 23>
    var_11 = wp::address(var_body_inv_inertia, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // x0 = wp.transform_get_translation(tf)                                                  <L 24>
    var_14 = wp::transform_get_translation(var_4);
    // r0 = wp.transform_get_rotation(tf)                                                     <L 25>
    var_15 = wp::transform_get_rotation(var_4);
    // w0 = wp.spatial_top(qd)                                                                <L 26>
    var_16 = wp::spatial_top(var_6);
    // v0 = wp.spatial_bottom(qd)                                                             <L 27>
    var_17 = wp::spatial_bottom(var_6);
    // f_s = body_f[tid]                                                                      <L 28>
    var_18 = wp::address(var_body_f, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // t0 = wp.spatial_top(f_s)                                                               <L 29>
    var_21 = wp::spatial_top(var_19);
    // f0 = wp.spatial_bottom(f_s)                                                            <L 30>
    var_22 = wp::spatial_bottom(var_19);
    // x_com = x0 + wp.quat_rotate(r0, r_com)                                                 <L 31>
    var_23 = wp::quat_rotate(var_15, var_9);
    var_24 = wp::add(var_14, var_23);
    // v1 = v0 + (f0 * inv_mass + g) * dt                                                     <L 33>
    var_25 = wp::mul(var_22, var_inv_mass);
    var_26 = wp::add(var_25, var_g);
    var_27 = wp::mul(var_26, var_dt);
    var_28 = wp::add(var_17, var_27);
    // x1 = x_com + v1 * dt                                                                   <L 34>
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_24, var_29);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 36>
    var_31 = wp::quat_rotate_inv(var_15, var_16);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)                           <L 37>
    var_32 = wp::quat_rotate_inv(var_15, var_21);
    var_33 = wp::mul(var_inertia, var_31);
    var_34 = wp::cross(var_31, var_33);
    var_35 = wp::sub(var_32, var_34);
    // w1 = wp.quat_rotate(r0, wb + inv_I @ tb * dt)                                          <L 38>
    var_36 = wp::mul(var_12, var_35);
    var_37 = wp::mul(var_36, var_dt);
    var_38 = wp::add(var_31, var_37);
    var_39 = wp::quat_rotate(var_15, var_38);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 39>
    var_41 = wp::quat_t<wp::float32>(var_39, var_40);
    var_42 = wp::mul(var_41, var_15);
    var_44 = wp::mul(var_42, var_43);
    var_45 = wp::mul(var_44, var_dt);
    var_46 = wp::add(var_15, var_45);
    var_47 = wp::normalize(var_46);
    // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)                     <L 40>
    var_48 = wp::quat_rotate(var_47, var_9);
    var_49 = wp::sub(var_30, var_48);
    var_50 = wp::transform_t<wp::float32>(var_49, var_47);
    wp::array_store(var_body_q_out, var_0, var_50);
    // body_qd_out[tid] = wp.spatial_vector(w1, v1)                                           <L 41>
    var_51 = wp::vec_t<6, wp::float32>(var_39, var_28);
    wp::array_store(var_body_qd_out, var_0, var_51);
}



template <bool wp_linear_contiguous>
static void step_bodies_5e6f7e2a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_bodies_5e6f7e2a *_wp_args,
    wp_args_step_bodies_5e6f7e2a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_bodies_5e6f7e2a wp_contiguous_args;
    wp_args_step_bodies_5e6f7e2a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.xform_matrices.strides[0] = sizeof(wp::mat_t<4, 4, wp::float32>);
        wp_contiguous_adj_args.xform_matrices.strides[0] = sizeof(wp::mat_t<4, 4, wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_f.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.body_inv_inertia.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q_out.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_xform_matrices = _wp_args->xform_matrices;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia = _wp_args->body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out = _wp_args->body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::float32 var_inv_mass = _wp_args->inv_mass;
    wp::mat_t<3, 3, wp::float32> var_inertia = _wp_args->inertia;
    wp::vec_t<3, wp::float32> var_g = _wp_args->g;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_xform_matrices = _wp_adj_args->xform_matrices;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f = _wp_adj_args->body_f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia = _wp_adj_args->body_inv_inertia;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out = _wp_adj_args->body_q_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out = _wp_adj_args->body_qd_out;
    wp::float32 adj_inv_mass = _wp_adj_args->inv_mass;
    wp::mat_t<3, 3, wp::float32> adj_inertia = _wp_adj_args->inertia;
    wp::vec_t<3, wp::float32> adj_g = _wp_adj_args->g;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<4, 4, wp::float32>* var_1;
    wp::mat_t<4, 4, wp::float32> var_2;
    wp::mat_t<4, 4, wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<6, wp::float32>* var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32>* var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::quat_t<wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32>* var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    const wp::float32 var_40 = 0.0;
    wp::quat_t<wp::float32> var_41;
    wp::quat_t<wp::float32> var_42;
    const wp::float32 var_43 = 0.5;
    wp::quat_t<wp::float32> var_44;
    wp::quat_t<wp::float32> var_45;
    wp::quat_t<wp::float32> var_46;
    wp::quat_t<wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::transform_t<wp::float32> var_50;
    wp::vec_t<6, wp::float32> var_51;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<4, 4, wp::float32> adj_1 = {};
    wp::mat_t<4, 4, wp::float32> adj_2 = {};
    wp::mat_t<4, 4, wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::quat_t<wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    wp::vec_t<6, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::quat_t<wp::float32> adj_41 = {};
    wp::quat_t<wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::quat_t<wp::float32> adj_44 = {};
    wp::quat_t<wp::float32> adj_45 = {};
    wp::quat_t<wp::float32> adj_46 = {};
    wp::quat_t<wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::transform_t<wp::float32> adj_50 = {};
    wp::vec_t<6, wp::float32> adj_51 = {};
    //---------
    // forward
    // def step_bodies(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // model = xform_matrices[tid]                                                            <L 19>
    var_1 = wp::address(var_xform_matrices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // tf = wp.transform_from_matrix(model)                                                   <L 20>
    var_4 = transform_from_matrix_0(var_2);
    // qd = body_qd[tid]                                                                      <L 21>
    var_5 = wp::address(var_body_qd, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r_com = com[tid]                                                                       <L 22>
    var_8 = wp::address(var_com, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // inv_I = body_inv_inertia[tid]                                                          <L 23>
    var_11 = wp::address(var_body_inv_inertia, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // x0 = wp.transform_get_translation(tf)                                                  <L 24>
    var_14 = wp::transform_get_translation(var_4);
    // r0 = wp.transform_get_rotation(tf)                                                     <L 25>
    var_15 = wp::transform_get_rotation(var_4);
    // w0 = wp.spatial_top(qd)                                                                <L 26>
    var_16 = wp::spatial_top(var_6);
    // v0 = wp.spatial_bottom(qd)                                                             <L 27>
    var_17 = wp::spatial_bottom(var_6);
    // f_s = body_f[tid]                                                                      <L 28>
    var_18 = wp::address(var_body_f, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // t0 = wp.spatial_top(f_s)                                                               <L 29>
    var_21 = wp::spatial_top(var_19);
    // f0 = wp.spatial_bottom(f_s)                                                            <L 30>
    var_22 = wp::spatial_bottom(var_19);
    // x_com = x0 + wp.quat_rotate(r0, r_com)                                                 <L 31>
    var_23 = wp::quat_rotate(var_15, var_9);
    var_24 = wp::add(var_14, var_23);
    // v1 = v0 + (f0 * inv_mass + g) * dt                                                     <L 33>
    var_25 = wp::mul(var_22, var_inv_mass);
    var_26 = wp::add(var_25, var_g);
    var_27 = wp::mul(var_26, var_dt);
    var_28 = wp::add(var_17, var_27);
    // x1 = x_com + v1 * dt                                                                   <L 34>
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_24, var_29);
    // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 36>
    var_31 = wp::quat_rotate_inv(var_15, var_16);
    // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)                           <L 37>
    var_32 = wp::quat_rotate_inv(var_15, var_21);
    var_33 = wp::mul(var_inertia, var_31);
    var_34 = wp::cross(var_31, var_33);
    var_35 = wp::sub(var_32, var_34);
    // w1 = wp.quat_rotate(r0, wb + inv_I @ tb * dt)                                          <L 38>
    var_36 = wp::mul(var_12, var_35);
    var_37 = wp::mul(var_36, var_dt);
    var_38 = wp::add(var_31, var_37);
    var_39 = wp::quat_rotate(var_15, var_38);
    // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                               <L 39>
    var_41 = wp::quat_t<wp::float32>(var_39, var_40);
    var_42 = wp::mul(var_41, var_15);
    var_44 = wp::mul(var_42, var_43);
    var_45 = wp::mul(var_44, var_dt);
    var_46 = wp::add(var_15, var_45);
    var_47 = wp::normalize(var_46);
    // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)                     <L 40>
    var_48 = wp::quat_rotate(var_47, var_9);
    var_49 = wp::sub(var_30, var_48);
    var_50 = wp::transform_t<wp::float32>(var_49, var_47);
    // wp::array_store(var_body_q_out, var_0, var_50);
    // body_qd_out[tid] = wp.spatial_vector(w1, v1)                                           <L 41>
    var_51 = wp::vec_t<6, wp::float32>(var_39, var_28);
    // wp::array_store(var_body_qd_out, var_0, var_51);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_out, var_0, var_51, adj_body_qd_out, adj_0, adj_51);
    wp::adj_vec_t(var_39, var_28, adj_39, adj_28, adj_51);
    // adj: body_qd_out[tid] = wp.spatial_vector(w1, v1)                                      <L 41>
    wp::adj_array_store(var_body_q_out, var_0, var_50, adj_body_q_out, adj_0, adj_50);
    wp::adj_transform_t(var_49, var_47, adj_49, adj_47, adj_50);
    wp::adj_sub(var_30, var_48, adj_30, adj_48, adj_49);
    wp::adj_quat_rotate(var_47, var_9, adj_47, adj_9, adj_48);
    // adj: body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, r_com), r1)                <L 40>
    wp::adj_normalize(var_46, adj_46, adj_47);
    wp::adj_add(var_15, var_45, adj_15, adj_45, adj_46);
    wp::adj_mul(var_44, var_dt, adj_44, adj_dt, adj_45);
    wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_44);
    wp::adj_mul(var_41, var_15, adj_41, adj_15, adj_42);
    wp::adj_quat_t(var_39, var_40, adj_39, adj_40, adj_41);
    // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * dt)                          <L 39>
    wp::adj_quat_rotate(var_15, var_38, adj_15, adj_38, adj_39);
    wp::adj_add(var_31, var_37, adj_31, adj_37, adj_38);
    wp::adj_mul(var_36, var_dt, adj_36, adj_dt, adj_37);
    wp::adj_mul(var_12, var_35, adj_12, adj_35, adj_36);
    // adj: w1 = wp.quat_rotate(r0, wb + inv_I @ tb * dt)                                     <L 38>
    wp::adj_sub(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_cross(var_31, var_33, adj_31, adj_33, adj_34);
    wp::adj_mul(var_inertia, var_31, adj_inertia, adj_31, adj_33);
    wp::adj_quat_rotate_inv(var_15, var_21, adj_15, adj_21, adj_32);
    // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, inertia @ wb)                      <L 37>
    wp::adj_quat_rotate_inv(var_15, var_16, adj_15, adj_16, adj_31);
    // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 36>
    wp::adj_add(var_24, var_29, adj_24, adj_29, adj_30);
    wp::adj_mul(var_28, var_dt, adj_28, adj_dt, adj_29);
    // adj: x1 = x_com + v1 * dt                                                              <L 34>
    wp::adj_add(var_17, var_27, adj_17, adj_27, adj_28);
    wp::adj_mul(var_26, var_dt, adj_26, adj_dt, adj_27);
    wp::adj_add(var_25, var_g, adj_25, adj_g, adj_26);
    wp::adj_mul(var_22, var_inv_mass, adj_22, adj_inv_mass, adj_25);
    // adj: v1 = v0 + (f0 * inv_mass + g) * dt                                                <L 33>
    wp::adj_add(var_14, var_23, adj_14, adj_23, adj_24);
    wp::adj_quat_rotate(var_15, var_9, adj_15, adj_9, adj_23);
    // adj: x_com = x0 + wp.quat_rotate(r0, r_com)                                            <L 31>
    wp::adj_spatial_bottom(var_19, adj_19, adj_22);
    // adj: f0 = wp.spatial_bottom(f_s)                                                       <L 30>
    wp::adj_spatial_top(var_19, adj_19, adj_21);
    // adj: t0 = wp.spatial_top(f_s)                                                          <L 29>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_body_f, var_0, adj_body_f, adj_0, adj_18);
    // adj: f_s = body_f[tid]                                                                 <L 28>
    wp::adj_spatial_bottom(var_6, adj_6, adj_17);
    // adj: v0 = wp.spatial_bottom(qd)                                                        <L 27>
    wp::adj_spatial_top(var_6, adj_6, adj_16);
    // adj: w0 = wp.spatial_top(qd)                                                           <L 26>
    wp::adj_transform_get_rotation(var_4, adj_4, adj_15);
    // adj: r0 = wp.transform_get_rotation(tf)                                                <L 25>
    wp::adj_transform_get_translation(var_4, adj_4, adj_14);
    // adj: x0 = wp.transform_get_translation(tf)                                             <L 24>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_body_inv_inertia, var_0, adj_body_inv_inertia, adj_0, adj_11);
    // adj: inv_I = body_inv_inertia[tid]                                                     <L 23>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_com, var_0, adj_com, adj_0, adj_8);
    // adj: r_com = com[tid]                                                                  <L 22>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_5);
    // adj: qd = body_qd[tid]                                                                 <L 21>
    adj_transform_from_matrix_0(var_2, adj_2, adj_4);
    // adj: tf = wp.transform_from_matrix(model)                                              <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_xform_matrices, var_0, adj_xform_matrices, adj_0, adj_1);
    // adj: model = xform_matrices[tid]                                                       <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def step_bodies(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_bodies_5e6f7e2a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5e6f7e2a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_bodies_5e6f7e2a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_bodies_5e6f7e2a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5e6f7e2a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->xform_matrices.strides[0] == (int)sizeof(wp::mat_t<4, 4, wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_f.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        step_bodies_5e6f7e2a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_bodies_5e6f7e2a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_bodies_5e6f7e2a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5e6f7e2a *_wp_args)
{
    step_bodies_5e6f7e2a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_bodies_5e6f7e2a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5e6f7e2a *_wp_args,
    wp_args_step_bodies_5e6f7e2a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_bodies_5e6f7e2a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_bodies_5e6f7e2a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5e6f7e2a *_wp_args,
    wp_args_step_bodies_5e6f7e2a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->xform_matrices.strides[0] == (int)sizeof(wp::mat_t<4, 4, wp::float32>)) & (_wp_adj_args->xform_matrices.strides[0] == (int)sizeof(wp::mat_t<4, 4, wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_f.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->body_inv_inertia.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q_out.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        step_bodies_5e6f7e2a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_bodies_5e6f7e2a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_bodies_5e6f7e2a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_bodies_5e6f7e2a *_wp_args,
    wp_args_step_bodies_5e6f7e2a *_wp_adj_args)
{
    step_bodies_5e6f7e2a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

