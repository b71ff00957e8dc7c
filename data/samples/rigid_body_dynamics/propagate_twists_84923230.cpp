// Warp 1.19.0 cpu code for propagate_twists_84923230.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

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

struct wp_args_propagate_twists_2bc3331b {
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> joint_S_s;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f;
    wp::array_t<wp::vec_t<6, wp::float32>> twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
    wp::transform_t<wp::float32> X_bs;
};


template <bool wp_linear_contiguous>
static void propagate_twists_2bc3331b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_propagate_twists_2bc3331b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_S_s = _wp_args->joint_S_s;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out = _wp_args->twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_bias = _wp_args->joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::transform_t<wp::float32> var_X_bs = _wp_args->X_bs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<6, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    wp::vec_t<6, wp::float32> var_17;
    //---------
    // forward
    // def propagate_twists(                                                                  <L 5>
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
    // qd_j = joint_velocities[tid]                                                           <L 19>
    var_7 = wp::address(var_joint_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // f_s = body_f[tid]                                                                      <L 20>
    var_10 = wp::address(var_body_f, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // v_j = S * qd_j                                                                         <L 21>
    var_13 = wp::mul(var_5, var_8);
    // v_child = wp.transform_twist(X_bs, qd) + v_j                                           <L 22>
    var_14 = transform_twist_0(var_X_bs, var_2);
    var_15 = wp::add(var_14, var_13);
    // twists_out[tid] = v_child                                                              <L 23>
    wp::array_store(var_twists_out, var_0, var_15);
    // joint_bias[tid] = wp.spatial_cross(v_child, v_j)                                       <L 24>
    var_16 = wp::spatial_cross(var_15, var_13);
    wp::array_store(var_joint_bias, var_0, var_16);
    // body_f_out[tid] = wp.transform_wrench(X_bs, f_s)                                       <L 25>
    var_17 = transform_wrench_0(var_X_bs, var_11);
    wp::array_store(var_body_f_out, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void propagate_twists_2bc3331b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_propagate_twists_2bc3331b *_wp_args,
    wp_args_propagate_twists_2bc3331b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_S_s = _wp_args->joint_S_s;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out = _wp_args->twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_joint_bias = _wp_args->joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::transform_t<wp::float32> var_X_bs = _wp_args->X_bs;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_joint_S_s = _wp_adj_args->joint_S_s;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f = _wp_adj_args->body_f;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists_out = _wp_adj_args->twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_joint_bias = _wp_adj_args->joint_bias;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    wp::transform_t<wp::float32> adj_X_bs = _wp_adj_args->X_bs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<6, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    wp::vec_t<6, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    wp::vec_t<6, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::vec_t<6, wp::float32> adj_15 = {};
    wp::vec_t<6, wp::float32> adj_16 = {};
    wp::vec_t<6, wp::float32> adj_17 = {};
    //---------
    // forward
    // def propagate_twists(                                                                  <L 5>
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
    // qd_j = joint_velocities[tid]                                                           <L 19>
    var_7 = wp::address(var_joint_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // f_s = body_f[tid]                                                                      <L 20>
    var_10 = wp::address(var_body_f, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // v_j = S * qd_j                                                                         <L 21>
    var_13 = wp::mul(var_5, var_8);
    // v_child = wp.transform_twist(X_bs, qd) + v_j                                           <L 22>
    var_14 = transform_twist_0(var_X_bs, var_2);
    var_15 = wp::add(var_14, var_13);
    // twists_out[tid] = v_child                                                              <L 23>
    // wp::array_store(var_twists_out, var_0, var_15);
    // joint_bias[tid] = wp.spatial_cross(v_child, v_j)                                       <L 24>
    var_16 = wp::spatial_cross(var_15, var_13);
    // wp::array_store(var_joint_bias, var_0, var_16);
    // body_f_out[tid] = wp.transform_wrench(X_bs, f_s)                                       <L 25>
    var_17 = transform_wrench_0(var_X_bs, var_11);
    // wp::array_store(var_body_f_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_body_f_out, var_0, var_17, adj_body_f_out, adj_0, adj_17);
    adj_transform_wrench_0(var_X_bs, var_11, adj_X_bs, adj_11, adj_17);
    // adj: body_f_out[tid] = wp.transform_wrench(X_bs, f_s)                                  <L 25>
    wp::adj_array_store(var_joint_bias, var_0, var_16, adj_joint_bias, adj_0, adj_16);
    wp::adj_spatial_cross(var_15, var_13, adj_15, adj_13, adj_16);
    // adj: joint_bias[tid] = wp.spatial_cross(v_child, v_j)                                  <L 24>
    wp::adj_array_store(var_twists_out, var_0, var_15, adj_twists_out, adj_0, adj_15);
    // adj: twists_out[tid] = v_child                                                         <L 23>
    wp::adj_add(var_14, var_13, adj_14, adj_13, adj_15);
    adj_transform_twist_0(var_X_bs, var_2, adj_X_bs, adj_2, adj_14);
    // adj: v_child = wp.transform_twist(X_bs, qd) + v_j                                      <L 22>
    wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_13);
    // adj: v_j = S * qd_j                                                                    <L 21>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_body_f, var_0, adj_body_f, adj_0, adj_10);
    // adj: f_s = body_f[tid]                                                                 <L 20>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_joint_velocities, var_0, adj_joint_velocities, adj_0, adj_7);
    // adj: qd_j = joint_velocities[tid]                                                      <L 19>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_joint_S_s, var_0, adj_joint_S_s, adj_0, adj_4);
    // adj: S = joint_S_s[tid]                                                                <L 18>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_1);
    // adj: qd = body_qd[tid]                                                                 <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def propagate_twists(                                                             <L 5>
    return;
}



struct propagate_twists_2bc3331b_cpu_block_payload_forward
{
    wp_args_propagate_twists_2bc3331b* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void propagate_twists_2bc3331b_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    propagate_twists_2bc3331b_cpu_block_payload_forward* payload = (propagate_twists_2bc3331b_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    propagate_twists_2bc3331b_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void propagate_twists_2bc3331b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_propagate_twists_2bc3331b *_wp_args)
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
        propagate_twists_2bc3331b_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &propagate_twists_2bc3331b_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct propagate_twists_2bc3331b_cpu_block_payload_backward
{
    wp_args_propagate_twists_2bc3331b* args;
    wp_args_propagate_twists_2bc3331b* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void propagate_twists_2bc3331b_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    propagate_twists_2bc3331b_cpu_block_payload_backward* payload = (propagate_twists_2bc3331b_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    propagate_twists_2bc3331b_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void propagate_twists_2bc3331b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_propagate_twists_2bc3331b *_wp_args,
    wp_args_propagate_twists_2bc3331b *_wp_adj_args)
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
        propagate_twists_2bc3331b_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &propagate_twists_2bc3331b_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

