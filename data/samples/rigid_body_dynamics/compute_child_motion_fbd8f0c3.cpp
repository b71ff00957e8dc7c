// Warp 1.19.0 cpu code for compute_child_motion_fbd8f0c3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// warp/_src/math.py:465
static wp::vec_t<6, wp::float32> transform_twist_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 466>
    // q = wp.transform_get_rotation(t)                                                       <L 482>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 483>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.spatial_top(x)                                                                  <L 485>
    var_2 = wp::spatial_top(var_x);
    // v = wp.spatial_bottom(x)                                                               <L 486>
    var_3 = wp::spatial_bottom(var_x);
    // w = wp.quat_rotate(q, w)                                                               <L 488>
    var_4 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, v) + wp.cross(p, w)                                              <L 489>
    var_5 = wp::quat_rotate(var_0, var_3);
    var_6 = wp::cross(var_1, var_4);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, v)                                                         <L 491>
    var_8 = wp::vec_t<6, wp::float32>(var_4, var_7);
    return var_8;
}


// warp/_src/math.py:494
static wp::vec_t<6, wp::float32> transform_wrench_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // forward
    // def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 495>
    // q = wp.transform_get_rotation(t)                                                       <L 511>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 512>
    var_1 = wp::transform_get_translation(var_t);
    // tau = wp.spatial_top(x)                                                                <L 514>
    var_2 = wp::spatial_top(var_x);
    // f = wp.spatial_bottom(x)                                                               <L 515>
    var_3 = wp::spatial_bottom(var_x);
    // f = wp.quat_rotate(q, f)                                                               <L 517>
    var_4 = wp::quat_rotate(var_0, var_3);
    // tau = wp.quat_rotate(q, tau) + wp.cross(p, f)                                          <L 518>
    var_5 = wp::quat_rotate(var_0, var_2);
    var_6 = wp::cross(var_1, var_4);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(tau, f)                                                       <L 520>
    var_8 = wp::vec_t<6, wp::float32>(var_7, var_4);
    return var_8;
}


// warp/_src/math.py:465
static void adj_transform_twist_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_x,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 466>
    // q = wp.transform_get_rotation(t)                                                       <L 482>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 483>
    var_1 = wp::transform_get_translation(var_t);
    // w = wp.spatial_top(x)                                                                  <L 485>
    var_2 = wp::spatial_top(var_x);
    // v = wp.spatial_bottom(x)                                                               <L 486>
    var_3 = wp::spatial_bottom(var_x);
    // w = wp.quat_rotate(q, w)                                                               <L 488>
    var_4 = wp::quat_rotate(var_0, var_2);
    // v = wp.quat_rotate(q, v) + wp.cross(p, w)                                              <L 489>
    var_5 = wp::quat_rotate(var_0, var_3);
    var_6 = wp::cross(var_1, var_4);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(w, v)                                                         <L 491>
    var_8 = wp::vec_t<6, wp::float32>(var_4, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_4, var_7, adj_4, adj_7, adj_8);
    // adj: return wp.spatial_vector(w, v)                                                    <L 491>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_1, var_4, adj_1, adj_4, adj_6);
    wp::adj_quat_rotate(var_0, var_3, adj_0, adj_3, adj_5);
    // adj: v = wp.quat_rotate(q, v) + wp.cross(p, w)                                         <L 489>
    wp::adj_quat_rotate(var_0, var_2, adj_0, adj_2, adj_4);
    // adj: w = wp.quat_rotate(q, w)                                                          <L 488>
    wp::adj_spatial_bottom(var_x, adj_x, adj_3);
    // adj: v = wp.spatial_bottom(x)                                                          <L 486>
    wp::adj_spatial_top(var_x, adj_x, adj_2);
    // adj: w = wp.spatial_top(x)                                                             <L 485>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 483>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 482>
    // adj: def transform_twist(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:  <L 466>
    return;
}


// warp/_src/math.py:494
static void adj_transform_wrench_0(
    wp::transform_t<wp::float32> var_t,
    wp::vec_t<6, wp::float32> var_x,
    wp::transform_t<wp::float32> & adj_t,
    wp::vec_t<6, wp::float32> & adj_x,
    wp::vec_t<6, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    //---------
    // forward
    // def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:       <L 495>
    // q = wp.transform_get_rotation(t)                                                       <L 511>
    var_0 = wp::transform_get_rotation(var_t);
    // p = wp.transform_get_translation(t)                                                    <L 512>
    var_1 = wp::transform_get_translation(var_t);
    // tau = wp.spatial_top(x)                                                                <L 514>
    var_2 = wp::spatial_top(var_x);
    // f = wp.spatial_bottom(x)                                                               <L 515>
    var_3 = wp::spatial_bottom(var_x);
    // f = wp.quat_rotate(q, f)                                                               <L 517>
    var_4 = wp::quat_rotate(var_0, var_3);
    // tau = wp.quat_rotate(q, tau) + wp.cross(p, f)                                          <L 518>
    var_5 = wp::quat_rotate(var_0, var_2);
    var_6 = wp::cross(var_1, var_4);
    var_7 = wp::add(var_5, var_6);
    // return wp.spatial_vector(tau, f)                                                       <L 520>
    var_8 = wp::vec_t<6, wp::float32>(var_7, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_vec_t(var_7, var_4, adj_7, adj_4, adj_8);
    // adj: return wp.spatial_vector(tau, f)                                                  <L 520>
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_cross(var_1, var_4, adj_1, adj_4, adj_6);
    wp::adj_quat_rotate(var_0, var_2, adj_0, adj_2, adj_5);
    // adj: tau = wp.quat_rotate(q, tau) + wp.cross(p, f)                                     <L 518>
    wp::adj_quat_rotate(var_0, var_3, adj_0, adj_3, adj_4);
    // adj: f = wp.quat_rotate(q, f)                                                          <L 517>
    wp::adj_spatial_bottom(var_x, adj_x, adj_3);
    // adj: f = wp.spatial_bottom(x)                                                          <L 515>
    wp::adj_spatial_top(var_x, adj_x, adj_2);
    // adj: tau = wp.spatial_top(x)                                                           <L 514>
    wp::adj_transform_get_translation(var_t, adj_t, adj_1);
    // adj: p = wp.transform_get_translation(t)                                               <L 512>
    wp::adj_transform_get_rotation(var_t, adj_t, adj_0);
    // adj: q = wp.transform_get_rotation(t)                                                  <L 511>
    // adj: def transform_wrench(t: wp.transform, x: wp.spatial_vector) -> wp.spatial_vector:  <L 495>
    return;
}

struct wp_args_compute_child_motion_29176a22 {
    wp::array_t<wp::transform_t<wp::float32>> shape_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> joint_S_s;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_out;
    wp::array_t<wp::vec_t<6, wp::float32>> joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void compute_child_motion_29176a22_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_child_motion_29176a22 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_shape_transforms = _wp_args->shape_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_S_s = _wp_args->joint_S_s;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_torques = _wp_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_bias = _wp_args->joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32* var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::float32 var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::vec_t<6, wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::transform_t<wp::float32>* var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::vec_t<6, wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    //---------
    // forward
    // def compute_child_motion(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // qd = body_qd[tid]                                                                      <L 17>
    var_1 = wp::address(var_body_qd, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // S = joint_S_s[tid]                                                                     <L 18>
    var_4 = wp::address(var_joint_S_s, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // tau = body_torques[tid]                                                                <L 19>
    var_7 = wp::address(var_body_torques, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // f = particle_f[tid]                                                                    <L 20>
    var_10 = wp::address(var_particle_f, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // v_j = S * joint_qd[tid]                                                                <L 21>
    var_13 = wp::address(var_joint_qd, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_5, var_15);
    // v_child = wp.transform_twist(shape_transforms[tid], qd) + v_j                          <L 22>
    var_16 = wp::address(var_shape_transforms, var_0);
    var_18 = wp::load(var_16);
    var_17 = transform_twist_0(var_18, var_2);
    var_19 = wp::add(var_17, var_14);
    // body_qd_out[tid] = v_child                                                             <L 23>
    wp::array_store(var_body_qd_out, var_0, var_19);
    // joint_bias[tid] = wp.spatial_cross(v_child, v_j)                                       <L 24>
    var_20 = wp::spatial_cross(var_19, var_14);
    wp::array_store(var_joint_bias, var_0, var_20);
    // body_f_out[tid] = wp.transform_wrench(shape_transforms[tid], wp.spatial_vector(tau, f))       <L 25>
    var_21 = wp::address(var_shape_transforms, var_0);
    var_22 = wp::vec_t<6, wp::float32>(var_8, var_11);
    var_24 = wp::load(var_21);
    var_23 = transform_wrench_0(var_24, var_22);
    wp::array_store(var_body_f_out, var_0, var_23);
}



template <bool wp_linear_contiguous>
static void compute_child_motion_29176a22_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_child_motion_29176a22 *_wp_args,
    wp_args_compute_child_motion_29176a22 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_shape_transforms = _wp_args->shape_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_S_s = _wp_args->joint_S_s;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_torques = _wp_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out = _wp_args->body_qd_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_bias = _wp_args->joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::transform_t<wp::float32>> adj_shape_transforms = _wp_adj_args->shape_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_joint_S_s = _wp_adj_args->joint_S_s;
    wp::array_t<wp::float32> adj_joint_qd = _wp_adj_args->joint_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_torques = _wp_adj_args->body_torques;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out = _wp_adj_args->body_qd_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_joint_bias = _wp_adj_args->joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32* var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::float32 var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::vec_t<6, wp::float32> var_17;
    wp::transform_t<wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::transform_t<wp::float32>* var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::vec_t<6, wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::transform_t<wp::float32> adj_16 = {};
    wp::vec_t<6, wp::float32> adj_17 = {};
    wp::transform_t<wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    wp::vec_t<6, wp::float32> adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    wp::vec_t<6, wp::float32> adj_22 = {};
    wp::vec_t<6, wp::float32> adj_23 = {};
    wp::transform_t<wp::float32> adj_24 = {};
    //---------
    // forward
    // def compute_child_motion(                                                              <L 5>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // qd = body_qd[tid]                                                                      <L 17>
    var_1 = wp::address(var_body_qd, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // S = joint_S_s[tid]                                                                     <L 18>
    var_4 = wp::address(var_joint_S_s, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // tau = body_torques[tid]                                                                <L 19>
    var_7 = wp::address(var_body_torques, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // f = particle_f[tid]                                                                    <L 20>
    var_10 = wp::address(var_particle_f, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // v_j = S * joint_qd[tid]                                                                <L 21>
    var_13 = wp::address(var_joint_qd, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_5, var_15);
    // v_child = wp.transform_twist(shape_transforms[tid], qd) + v_j                          <L 22>
    var_16 = wp::address(var_shape_transforms, var_0);
    var_18 = wp::load(var_16);
    var_17 = transform_twist_0(var_18, var_2);
    var_19 = wp::add(var_17, var_14);
    // body_qd_out[tid] = v_child                                                             <L 23>
    // wp::array_store(var_body_qd_out, var_0, var_19);
    // joint_bias[tid] = wp.spatial_cross(v_child, v_j)                                       <L 24>
    var_20 = wp::spatial_cross(var_19, var_14);
    // wp::array_store(var_joint_bias, var_0, var_20);
    // body_f_out[tid] = wp.transform_wrench(shape_transforms[tid], wp.spatial_vector(tau, f))       <L 25>
    var_21 = wp::address(var_shape_transforms, var_0);
    var_22 = wp::vec_t<6, wp::float32>(var_8, var_11);
    var_24 = wp::load(var_21);
    var_23 = transform_wrench_0(var_24, var_22);
    // wp::array_store(var_body_f_out, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_body_f_out, var_0, var_23, adj_body_f_out, adj_0, adj_23);
    adj_transform_wrench_0(var_24, var_22, adj_21, adj_22, adj_23);
    wp::adj_vec_t(var_8, var_11, adj_8, adj_11, adj_22);
    wp::adj_address(var_shape_transforms, var_0, adj_shape_transforms, adj_0, adj_21);
    // adj: body_f_out[tid] = wp.transform_wrench(shape_transforms[tid], wp.spatial_vector(tau, f))  <L 25>
    wp::adj_array_store(var_joint_bias, var_0, var_20, adj_joint_bias, adj_0, adj_20);
    wp::adj_spatial_cross(var_19, var_14, adj_19, adj_14, adj_20);
    // adj: joint_bias[tid] = wp.spatial_cross(v_child, v_j)                                  <L 24>
    wp::adj_array_store(var_body_qd_out, var_0, var_19, adj_body_qd_out, adj_0, adj_19);
    // adj: body_qd_out[tid] = v_child                                                        <L 23>
    wp::adj_add(var_17, var_14, adj_17, adj_14, adj_19);
    adj_transform_twist_0(var_18, var_2, adj_16, adj_2, adj_17);
    wp::adj_address(var_shape_transforms, var_0, adj_shape_transforms, adj_0, adj_16);
    // adj: v_child = wp.transform_twist(shape_transforms[tid], qd) + v_j                     <L 22>
    wp::adj_mul(var_5, var_15, adj_5, adj_13, adj_14);
    wp::adj_address(var_joint_qd, var_0, adj_joint_qd, adj_0, adj_13);
    // adj: v_j = S * joint_qd[tid]                                                           <L 21>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_10);
    // adj: f = particle_f[tid]                                                               <L 20>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_body_torques, var_0, adj_body_torques, adj_0, adj_7);
    // adj: tau = body_torques[tid]                                                           <L 19>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_joint_S_s, var_0, adj_joint_S_s, adj_0, adj_4);
    // adj: S = joint_S_s[tid]                                                                <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_1);
    // adj: qd = body_qd[tid]                                                                 <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def compute_child_motion(                                                         <L 5>
    return;
}



struct compute_child_motion_29176a22_cpu_block_payload_forward
{
    wp_args_compute_child_motion_29176a22* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void compute_child_motion_29176a22_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    compute_child_motion_29176a22_cpu_block_payload_forward* payload = (compute_child_motion_29176a22_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    compute_child_motion_29176a22_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_child_motion_29176a22_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_child_motion_29176a22 *_wp_args)
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
        compute_child_motion_29176a22_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &compute_child_motion_29176a22_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct compute_child_motion_29176a22_cpu_block_payload_backward
{
    wp_args_compute_child_motion_29176a22* args;
    wp_args_compute_child_motion_29176a22* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void compute_child_motion_29176a22_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    compute_child_motion_29176a22_cpu_block_payload_backward* payload = (compute_child_motion_29176a22_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    compute_child_motion_29176a22_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void compute_child_motion_29176a22_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_child_motion_29176a22 *_wp_args,
    wp_args_compute_child_motion_29176a22 *_wp_adj_args)
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
        compute_child_motion_29176a22_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &compute_child_motion_29176a22_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

