// Warp 1.19.0 cpu code for apply_fixed_tendons_d8dc289c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// warp/_src/math.py:151
static wp::quat_t<wp::float32> quat_twist_0(
    wp::vec_t<3, wp::float32> var_axis,
    wp::quat_t<wp::float32> var_q)
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
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    //---------
    // forward
    // def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                                  <L 152>
    // a = wp.vec3(q[0], q[1], q[2])                                                          <L 166>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // proj = wp.dot(a, axis)                                                                 <L 167>
    var_7 = wp::dot(var_6, var_axis);
    // a = proj * axis                                                                        <L 168>
    var_8 = wp::mul(var_7, var_axis);
    // return wp.normalize(wp.quat(a[0], a[1], a[2], q[3]))                                   <L 169>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_16 = wp::extract(var_q, var_15);
    var_17 = wp::quat_t<wp::float32>(var_10, var_12, var_14, var_16);
    var_18 = wp::normalize(var_17);
    return var_18;
}


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


// warp/_src/math.py:151
static void adj_quat_twist_0(
    wp::vec_t<3, wp::float32> var_axis,
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::quat_t<wp::float32> & adj_q,
    wp::quat_t<wp::float32> & adj_ret)
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
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
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
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    //---------
    // forward
    // def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                                  <L 152>
    // a = wp.vec3(q[0], q[1], q[2])                                                          <L 166>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // proj = wp.dot(a, axis)                                                                 <L 167>
    var_7 = wp::dot(var_6, var_axis);
    // a = proj * axis                                                                        <L 168>
    var_8 = wp::mul(var_7, var_axis);
    // return wp.normalize(wp.quat(a[0], a[1], a[2], q[3]))                                   <L 169>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_16 = wp::extract(var_q, var_15);
    var_17 = wp::quat_t<wp::float32>(var_10, var_12, var_14, var_16);
    var_18 = wp::normalize(var_17);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_normalize(var_17, adj_17, adj_18);
    wp::adj_quat_t(var_10, var_12, var_14, var_16, adj_10, adj_12, adj_14, adj_16, adj_17);
    wp::adj_extract(var_q, var_15, adj_q, adj_15, adj_16);
    wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: return wp.normalize(wp.quat(a[0], a[1], a[2], q[3]))                              <L 169>
    wp::adj_mul(var_7, var_axis, adj_7, adj_axis, adj_8);
    // adj: a = proj * axis                                                                   <L 168>
    wp::adj_dot(var_6, var_axis, adj_6, adj_axis, adj_7);
    // adj: proj = wp.dot(a, axis)                                                            <L 167>
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: a = wp.vec3(q[0], q[1], q[2])                                                     <L 166>
    // adj: def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                             <L 152>
    return;
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

struct wp_args_change_frame_0b4dfb68 {
    wp::array_t<wp::transform_t<wp::float32>> transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
};


template <bool wp_linear_contiguous>
static void change_frame_0b4dfb68_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_change_frame_0b4dfb68 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_change_frame_0b4dfb68 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    //---------
    // forward
    // def change_frame(transforms: wp.array[wp.transform], twists: wp.array[wp.spatial_vector]):       <L 102>
    // tid = wp.tid()                                                                         <L 104>
    var_0 = builtin_tid1d();
    // X_wb = transforms[tid]                                                                 <L 105>
    var_1 = wp::address(var_transforms, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(X_wb))                                 <L 106>
    var_4 = wp::transform_get_rotation(var_2);
    var_5 = wp::quat_to_matrix(var_4);
    // p = wp.transform_get_translation(X_wb)                                                 <L 107>
    var_6 = wp::transform_get_translation(var_2);
    // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 109>
    var_7 = wp::skew(var_6);
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::spatial_adjoint(var_5, var_8);
    // twists[tid] = Ad @ twists[tid]                                                         <L 110>
    var_10 = wp::address(var_twists, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_9, var_12);
    wp::array_store(var_twists, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void change_frame_0b4dfb68_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_change_frame_0b4dfb68 *_wp_args,
    wp_args_change_frame_0b4dfb68 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_change_frame_0b4dfb68 wp_contiguous_args;
    wp_args_change_frame_0b4dfb68 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_transforms = _wp_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms = _wp_adj_args->transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists = _wp_adj_args->twists;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::quat_t<wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::quat_t<wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<6, 6, wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    //---------
    // forward
    // def change_frame(transforms: wp.array[wp.transform], twists: wp.array[wp.spatial_vector]):       <L 102>
    // tid = wp.tid()                                                                         <L 104>
    var_0 = builtin_tid1d();
    // X_wb = transforms[tid]                                                                 <L 105>
    var_1 = wp::address(var_transforms, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // R = wp.quat_to_matrix(wp.transform_get_rotation(X_wb))                                 <L 106>
    var_4 = wp::transform_get_rotation(var_2);
    var_5 = wp::quat_to_matrix(var_4);
    // p = wp.transform_get_translation(X_wb)                                                 <L 107>
    var_6 = wp::transform_get_translation(var_2);
    // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 109>
    var_7 = wp::skew(var_6);
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::spatial_adjoint(var_5, var_8);
    // twists[tid] = Ad @ twists[tid]                                                         <L 110>
    var_10 = wp::address(var_twists, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_9, var_12);
    // wp::array_store(var_twists, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_twists, var_0, var_11, adj_twists, adj_0, adj_11);
    wp::adj_mul(var_9, var_12, adj_9, adj_10, adj_11);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_10);
    // adj: twists[tid] = Ad @ twists[tid]                                                    <L 110>
    wp::adj_spatial_adjoint(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_8);
    wp::adj_skew(var_6, adj_6, adj_7);
    // adj: Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                        <L 109>
    wp::adj_transform_get_translation(var_2, adj_2, adj_6);
    // adj: p = wp.transform_get_translation(X_wb)                                            <L 107>
    wp::adj_quat_to_matrix(var_4, adj_4, adj_5);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_4);
    // adj: R = wp.quat_to_matrix(wp.transform_get_rotation(X_wb))                            <L 106>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_1);
    // adj: X_wb = transforms[tid]                                                            <L 105>
    // adj: tid = wp.tid()                                                                    <L 104>
    // adj: def change_frame(transforms: wp.array[wp.transform], twists: wp.array[wp.spatial_vector]):  <L 102>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void change_frame_0b4dfb68_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_change_frame_0b4dfb68 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        change_frame_0b4dfb68_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void change_frame_0b4dfb68_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_change_frame_0b4dfb68 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        change_frame_0b4dfb68_cpu_forward_tasks<true>(dim, _wp_args);
    else
        change_frame_0b4dfb68_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void change_frame_0b4dfb68_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_change_frame_0b4dfb68 *_wp_args)
{
    change_frame_0b4dfb68_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void change_frame_0b4dfb68_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_change_frame_0b4dfb68 *_wp_args,
    wp_args_change_frame_0b4dfb68 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        change_frame_0b4dfb68_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void change_frame_0b4dfb68_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_change_frame_0b4dfb68 *_wp_args,
    wp_args_change_frame_0b4dfb68 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        change_frame_0b4dfb68_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        change_frame_0b4dfb68_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void change_frame_0b4dfb68_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_change_frame_0b4dfb68 *_wp_args,
    wp_args_change_frame_0b4dfb68 *_wp_adj_args)
{
    change_frame_0b4dfb68_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_extract_joint_twist_63b32e8c {
    wp::array_t<wp::float32> angles;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> axes;
    wp::array_t<wp::quat_t<wp::float32>> twist_out;
};


template <bool wp_linear_contiguous>
static void extract_joint_twist_63b32e8c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_joint_twist_63b32e8c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_extract_joint_twist_63b32e8c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.angles.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.yaw.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.axes.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.twist_out.strides[0] = sizeof(wp::quat_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_yaw = _wp_args->yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::quat_t<wp::float32>> var_twist_out = _wp_args->twist_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::quat_t<wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::quat_t<wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 3;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    //---------
    // forward
    // def extract_joint_twist(                                                               <L 59>
    // tid = wp.tid()                                                                         <L 66>
    var_0 = builtin_tid1d();
    // angle = angles[tid]                                                                    <L 67>
    var_1 = wp::address(var_angles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 68>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q = wp.quat_rpy(angle, wp.atan2(v[1], v[0]), yaw[tid])                                 <L 69>
    var_8 = wp::extract(var_5, var_7);
    var_10 = wp::extract(var_5, var_9);
    var_11 = wp::atan2(var_8, var_10);
    var_12 = wp::address(var_yaw, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::quat_rpy(var_2, var_11, var_14);
    // twist = wp.quat_twist(axes[tid], q)                                                    <L 70>
    var_15 = wp::address(var_axes, var_0);
    var_17 = wp::load(var_15);
    var_16 = quat_twist_0(var_17, var_13);
    // if twist[3] < 0.0:                                                                     <L 71>
    var_19 = wp::extract(var_16, var_18);
    var_21 = (var_19 < var_20);
    if (var_21) {
        // twist = -twist                                                                     <L 72>
        var_22 = wp::neg(var_16);
    }
    var_23 = wp::where(var_21, var_22, var_16);
    // twist_out[tid] = twist                                                                 <L 73>
    wp::array_store(var_twist_out, var_0, var_23);
}



template <bool wp_linear_contiguous>
static void extract_joint_twist_63b32e8c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_joint_twist_63b32e8c *_wp_args,
    wp_args_extract_joint_twist_63b32e8c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_extract_joint_twist_63b32e8c wp_contiguous_args;
    wp_args_extract_joint_twist_63b32e8c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.angles.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.angles.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.yaw.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.yaw.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.axes.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.axes.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.twist_out.strides[0] = sizeof(wp::quat_t<wp::float32>);
        wp_contiguous_adj_args.twist_out.strides[0] = sizeof(wp::quat_t<wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_angles = _wp_args->angles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_yaw = _wp_args->yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> var_axes = _wp_args->axes;
    wp::array_t<wp::quat_t<wp::float32>> var_twist_out = _wp_args->twist_out;
    wp::array_t<wp::float32> adj_angles = _wp_adj_args->angles;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_yaw = _wp_adj_args->yaw;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_axes = _wp_adj_args->axes;
    wp::array_t<wp::quat_t<wp::float32>> adj_twist_out = _wp_adj_args->twist_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::quat_t<wp::float32> var_13;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::quat_t<wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    const wp::int32 var_18 = 3;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::quat_t<wp::float32> var_22;
    wp::quat_t<wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::quat_t<wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::quat_t<wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::quat_t<wp::float32> adj_23 = {};
    //---------
    // forward
    // def extract_joint_twist(                                                               <L 59>
    // tid = wp.tid()                                                                         <L 66>
    var_0 = builtin_tid1d();
    // angle = angles[tid]                                                                    <L 67>
    var_1 = wp::address(var_angles, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 68>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q = wp.quat_rpy(angle, wp.atan2(v[1], v[0]), yaw[tid])                                 <L 69>
    var_8 = wp::extract(var_5, var_7);
    var_10 = wp::extract(var_5, var_9);
    var_11 = wp::atan2(var_8, var_10);
    var_12 = wp::address(var_yaw, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::quat_rpy(var_2, var_11, var_14);
    // twist = wp.quat_twist(axes[tid], q)                                                    <L 70>
    var_15 = wp::address(var_axes, var_0);
    var_17 = wp::load(var_15);
    var_16 = quat_twist_0(var_17, var_13);
    // if twist[3] < 0.0:                                                                     <L 71>
    var_19 = wp::extract(var_16, var_18);
    var_21 = (var_19 < var_20);
    if (var_21) {
        // twist = -twist                                                                     <L 72>
        var_22 = wp::neg(var_16);
    }
    var_23 = wp::where(var_21, var_22, var_16);
    // twist_out[tid] = twist                                                                 <L 73>
    // wp::array_store(var_twist_out, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_twist_out, var_0, var_23, adj_twist_out, adj_0, adj_23);
    // adj: twist_out[tid] = twist                                                            <L 73>
    wp::adj_where(var_21, var_22, var_16, adj_21, adj_22, adj_16, adj_23);
    if (var_21) {
        wp::adj_neg(var_16, adj_16, adj_22);
        // adj: twist = -twist                                                                <L 72>
    }
    wp::adj_extract(var_16, var_18, adj_16, adj_18, adj_19);
    // adj: if twist[3] < 0.0:                                                                <L 71>
    adj_quat_twist_0(var_17, var_13, adj_15, adj_13, adj_16);
    wp::adj_address(var_axes, var_0, adj_axes, adj_0, adj_15);
    // adj: twist = wp.quat_twist(axes[tid], q)                                               <L 70>
    wp::adj_quat_rpy(var_2, var_11, var_14, adj_2, adj_11, adj_12, adj_13);
    wp::adj_address(var_yaw, var_0, adj_yaw, adj_0, adj_12);
    wp::adj_atan2(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_extract(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_extract(var_5, var_7, adj_5, adj_7, adj_8);
    // adj: q = wp.quat_rpy(angle, wp.atan2(v[1], v[0]), yaw[tid])                            <L 69>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: v = velocities[tid]                                                               <L 68>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_angles, var_0, adj_angles, adj_0, adj_1);
    // adj: angle = angles[tid]                                                               <L 67>
    // adj: tid = wp.tid()                                                                    <L 66>
    // adj: def extract_joint_twist(                                                          <L 59>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_joint_twist_63b32e8c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_joint_twist_63b32e8c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_joint_twist_63b32e8c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void extract_joint_twist_63b32e8c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_joint_twist_63b32e8c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->angles.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->yaw.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->axes.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->twist_out.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)));
    if (wp_linear_contiguous)
        extract_joint_twist_63b32e8c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        extract_joint_twist_63b32e8c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void extract_joint_twist_63b32e8c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_joint_twist_63b32e8c *_wp_args)
{
    extract_joint_twist_63b32e8c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_joint_twist_63b32e8c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_joint_twist_63b32e8c *_wp_args,
    wp_args_extract_joint_twist_63b32e8c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_joint_twist_63b32e8c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void extract_joint_twist_63b32e8c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_joint_twist_63b32e8c *_wp_args,
    wp_args_extract_joint_twist_63b32e8c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->angles.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->angles.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->yaw.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->yaw.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->axes.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->axes.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->twist_out.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)) & (_wp_adj_args->twist_out.strides[0] == (int)sizeof(wp::quat_t<wp::float32>)));
    if (wp_linear_contiguous)
        extract_joint_twist_63b32e8c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        extract_joint_twist_63b32e8c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void extract_joint_twist_63b32e8c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_joint_twist_63b32e8c *_wp_args,
    wp_args_extract_joint_twist_63b32e8c *_wp_adj_args)
{
    extract_joint_twist_63b32e8c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_coriolis_wrench_71b8b36a {
    wp::array_t<wp::mat_t<6, 6, wp::float32>> spatial_inertias;
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
    wp::array_t<wp::vec_t<6, wp::float32>> wrenches_out;
};


template <bool wp_linear_contiguous>
static void coriolis_wrench_71b8b36a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_coriolis_wrench_71b8b36a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_coriolis_wrench_71b8b36a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.spatial_inertias.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias = _wp_args->spatial_inertias;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::mat_t<6, 6, wp::float32>* var_2;
    wp::vec_t<6, wp::float32>* var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::mat_t<6, 6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    wp::vec_t<6, wp::float32>* var_9;
    wp::vec_t<6, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    //---------
    // forward
    // def coriolis_wrench(                                                                   <L 48>
    // tid = wp.tid()                                                                         <L 53>
    var_0 = builtin_tid1d();
    // f = wp.spatial_cross_dual(twists[tid], spatial_inertias[tid] @ twists[tid])            <L 54>
    var_1 = wp::address(var_twists, var_0);
    var_2 = wp::address(var_spatial_inertias, var_0);
    var_3 = wp::address(var_twists, var_0);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::mul(var_5, var_6);
    var_8 = wp::load(var_1);
    var_7 = wp::spatial_cross_dual(var_8, var_4);
    // wrenches_out[tid] = wrenches_out[tid] + f                                              <L 55>
    var_9 = wp::address(var_wrenches_out, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_7);
    wp::array_store(var_wrenches_out, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void coriolis_wrench_71b8b36a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_coriolis_wrench_71b8b36a *_wp_args,
    wp_args_coriolis_wrench_71b8b36a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_coriolis_wrench_71b8b36a wp_contiguous_args;
    wp_args_coriolis_wrench_71b8b36a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.spatial_inertias.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_adj_args.spatial_inertias.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias = _wp_args->spatial_inertias;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_spatial_inertias = _wp_adj_args->spatial_inertias;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists = _wp_adj_args->twists;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out = _wp_adj_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::mat_t<6, 6, wp::float32>* var_2;
    wp::vec_t<6, wp::float32>* var_3;
    wp::vec_t<6, wp::float32> var_4;
    wp::mat_t<6, 6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    wp::vec_t<6, wp::float32> var_8;
    wp::vec_t<6, wp::float32>* var_9;
    wp::vec_t<6, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::mat_t<6, 6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::mat_t<6, 6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<6, wp::float32> adj_7 = {};
    wp::vec_t<6, wp::float32> adj_8 = {};
    wp::vec_t<6, wp::float32> adj_9 = {};
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    //---------
    // forward
    // def coriolis_wrench(                                                                   <L 48>
    // tid = wp.tid()                                                                         <L 53>
    var_0 = builtin_tid1d();
    // f = wp.spatial_cross_dual(twists[tid], spatial_inertias[tid] @ twists[tid])            <L 54>
    var_1 = wp::address(var_twists, var_0);
    var_2 = wp::address(var_spatial_inertias, var_0);
    var_3 = wp::address(var_twists, var_0);
    var_5 = wp::load(var_2);
    var_6 = wp::load(var_3);
    var_4 = wp::mul(var_5, var_6);
    var_8 = wp::load(var_1);
    var_7 = wp::spatial_cross_dual(var_8, var_4);
    // wrenches_out[tid] = wrenches_out[tid] + f                                              <L 55>
    var_9 = wp::address(var_wrenches_out, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::add(var_11, var_7);
    // wp::array_store(var_wrenches_out, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_wrenches_out, var_0, var_10, adj_wrenches_out, adj_0, adj_10);
    wp::adj_add(var_11, var_7, adj_9, adj_7, adj_10);
    wp::adj_address(var_wrenches_out, var_0, adj_wrenches_out, adj_0, adj_9);
    // adj: wrenches_out[tid] = wrenches_out[tid] + f                                         <L 55>
    wp::adj_spatial_cross_dual(var_8, var_4, adj_1, adj_4, adj_7);
    wp::adj_mul(var_5, var_6, adj_2, adj_3, adj_4);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_3);
    wp::adj_address(var_spatial_inertias, var_0, adj_spatial_inertias, adj_0, adj_2);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_1);
    // adj: f = wp.spatial_cross_dual(twists[tid], spatial_inertias[tid] @ twists[tid])       <L 54>
    // adj: tid = wp.tid()                                                                    <L 53>
    // adj: def coriolis_wrench(                                                              <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void coriolis_wrench_71b8b36a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_71b8b36a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        coriolis_wrench_71b8b36a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void coriolis_wrench_71b8b36a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_71b8b36a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->spatial_inertias.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        coriolis_wrench_71b8b36a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        coriolis_wrench_71b8b36a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void coriolis_wrench_71b8b36a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_71b8b36a *_wp_args)
{
    coriolis_wrench_71b8b36a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void coriolis_wrench_71b8b36a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_71b8b36a *_wp_args,
    wp_args_coriolis_wrench_71b8b36a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        coriolis_wrench_71b8b36a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void coriolis_wrench_71b8b36a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_71b8b36a *_wp_args,
    wp_args_coriolis_wrench_71b8b36a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->spatial_inertias.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_adj_args->spatial_inertias.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        coriolis_wrench_71b8b36a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        coriolis_wrench_71b8b36a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void coriolis_wrench_71b8b36a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_71b8b36a *_wp_args,
    wp_args_coriolis_wrench_71b8b36a *_wp_adj_args)
{
    coriolis_wrench_71b8b36a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_eval_joint_velocities_a7eeb8ba {
    wp::array_t<wp::transform_t<wp::float32>> local_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> twists;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> motion_subspace;
    wp::array_t<wp::float32> joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> wrenches_out;
    wp::array_t<wp::vec_t<6, wp::float32>> twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> bias_accel;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void eval_joint_velocities_a7eeb8ba_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_joint_velocities_a7eeb8ba wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.local_transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.motion_subspace.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.twists_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.bias_accel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_local_transforms = _wp_args->local_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_motion_subspace = _wp_args->motion_subspace;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out = _wp_args->twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_bias_accel = _wp_args->bias_accel;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
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
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::float32* var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<6, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<6, wp::float32>* var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::vec_t<6, wp::float32> var_23;
    //---------
    // forward
    // def eval_joint_velocities(                                                             <L 77>
    // tid = wp.tid()                                                                         <L 89>
    var_0 = builtin_tid1d();
    // X_local = local_transforms[tid]                                                        <L 90>
    var_1 = wp::address(var_local_transforms, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = twists[tid]                                                                       <L 91>
    var_4 = wp::address(var_twists, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = velocities[tid]                                                                  <L 92>
    var_7 = wp::address(var_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // S = motion_subspace[tid]                                                               <L 93>
    var_10 = wp::address(var_motion_subspace, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // v_j = S * joint_velocities[tid]                                                        <L 94>
    var_13 = wp::address(var_joint_velocities, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_11, var_15);
    // v_child = wp.transform_twist(X_local, wp.spatial_vector(wp.spatial_top(qd), vel)) + v_j       <L 95>
    var_16 = wp::spatial_top(var_5);
    var_17 = wp::vec_t<6, wp::float32>(var_16, var_8);
    var_18 = transform_twist_0(var_2, var_17);
    var_19 = wp::add(var_18, var_14);
    // twists_out[tid] = v_child                                                              <L 96>
    wp::array_store(var_twists_out, var_0, var_19);
    // bias_accel[tid] = wp.spatial_cross(v_child, v_j)                                       <L 97>
    var_20 = wp::spatial_cross(var_19, var_14);
    wp::array_store(var_bias_accel, var_0, var_20);
    // body_f_out[tid] = wp.transform_wrench(X_local, wrenches_out[tid])                      <L 98>
    var_21 = wp::address(var_wrenches_out, var_0);
    var_23 = wp::load(var_21);
    var_22 = transform_wrench_0(var_2, var_23);
    wp::array_store(var_body_f_out, var_0, var_22);
}



template <bool wp_linear_contiguous>
static void eval_joint_velocities_a7eeb8ba_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_joint_velocities_a7eeb8ba wp_contiguous_args;
    wp_args_eval_joint_velocities_a7eeb8ba wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.local_transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.local_transforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.twists.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.motion_subspace.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.motion_subspace.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.joint_velocities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.twists_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.twists_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.bias_accel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.bias_accel.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_local_transforms = _wp_args->local_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists = _wp_args->twists;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_motion_subspace = _wp_args->motion_subspace;
    wp::array_t<wp::float32> var_joint_velocities = _wp_args->joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out = _wp_args->twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> var_bias_accel = _wp_args->bias_accel;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::transform_t<wp::float32>> adj_local_transforms = _wp_adj_args->local_transforms;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists = _wp_adj_args->twists;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_motion_subspace = _wp_adj_args->motion_subspace;
    wp::array_t<wp::float32> adj_joint_velocities = _wp_adj_args->joint_velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out = _wp_adj_args->wrenches_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists_out = _wp_adj_args->twists_out;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_bias_accel = _wp_adj_args->bias_accel;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
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
    wp::vec_t<6, wp::float32>* var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::float32* var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<6, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    wp::vec_t<6, wp::float32> var_20;
    wp::vec_t<6, wp::float32>* var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::vec_t<6, wp::float32> var_23;
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
    wp::vec_t<6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<6, wp::float32> adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    wp::vec_t<6, wp::float32> adj_20 = {};
    wp::vec_t<6, wp::float32> adj_21 = {};
    wp::vec_t<6, wp::float32> adj_22 = {};
    wp::vec_t<6, wp::float32> adj_23 = {};
    //---------
    // forward
    // def eval_joint_velocities(                                                             <L 77>
    // tid = wp.tid()                                                                         <L 89>
    var_0 = builtin_tid1d();
    // X_local = local_transforms[tid]                                                        <L 90>
    var_1 = wp::address(var_local_transforms, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = twists[tid]                                                                       <L 91>
    var_4 = wp::address(var_twists, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = velocities[tid]                                                                  <L 92>
    var_7 = wp::address(var_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // S = motion_subspace[tid]                                                               <L 93>
    var_10 = wp::address(var_motion_subspace, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // v_j = S * joint_velocities[tid]                                                        <L 94>
    var_13 = wp::address(var_joint_velocities, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::mul(var_11, var_15);
    // v_child = wp.transform_twist(X_local, wp.spatial_vector(wp.spatial_top(qd), vel)) + v_j       <L 95>
    var_16 = wp::spatial_top(var_5);
    var_17 = wp::vec_t<6, wp::float32>(var_16, var_8);
    var_18 = transform_twist_0(var_2, var_17);
    var_19 = wp::add(var_18, var_14);
    // twists_out[tid] = v_child                                                              <L 96>
    // wp::array_store(var_twists_out, var_0, var_19);
    // bias_accel[tid] = wp.spatial_cross(v_child, v_j)                                       <L 97>
    var_20 = wp::spatial_cross(var_19, var_14);
    // wp::array_store(var_bias_accel, var_0, var_20);
    // body_f_out[tid] = wp.transform_wrench(X_local, wrenches_out[tid])                      <L 98>
    var_21 = wp::address(var_wrenches_out, var_0);
    var_23 = wp::load(var_21);
    var_22 = transform_wrench_0(var_2, var_23);
    // wp::array_store(var_body_f_out, var_0, var_22);
    //---------
    // reverse
    wp::adj_array_store(var_body_f_out, var_0, var_22, adj_body_f_out, adj_0, adj_22);
    adj_transform_wrench_0(var_2, var_23, adj_2, adj_21, adj_22);
    wp::adj_address(var_wrenches_out, var_0, adj_wrenches_out, adj_0, adj_21);
    // adj: body_f_out[tid] = wp.transform_wrench(X_local, wrenches_out[tid])                 <L 98>
    wp::adj_array_store(var_bias_accel, var_0, var_20, adj_bias_accel, adj_0, adj_20);
    wp::adj_spatial_cross(var_19, var_14, adj_19, adj_14, adj_20);
    // adj: bias_accel[tid] = wp.spatial_cross(v_child, v_j)                                  <L 97>
    wp::adj_array_store(var_twists_out, var_0, var_19, adj_twists_out, adj_0, adj_19);
    // adj: twists_out[tid] = v_child                                                         <L 96>
    wp::adj_add(var_18, var_14, adj_18, adj_14, adj_19);
    adj_transform_twist_0(var_2, var_17, adj_2, adj_17, adj_18);
    wp::adj_vec_t(var_16, var_8, adj_16, adj_8, adj_17);
    wp::adj_spatial_top(var_5, adj_5, adj_16);
    // adj: v_child = wp.transform_twist(X_local, wp.spatial_vector(wp.spatial_top(qd), vel)) + v_j  <L 95>
    wp::adj_mul(var_11, var_15, adj_11, adj_13, adj_14);
    wp::adj_address(var_joint_velocities, var_0, adj_joint_velocities, adj_0, adj_13);
    // adj: v_j = S * joint_velocities[tid]                                                   <L 94>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_motion_subspace, var_0, adj_motion_subspace, adj_0, adj_10);
    // adj: S = motion_subspace[tid]                                                          <L 93>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
    // adj: vel = velocities[tid]                                                             <L 92>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_4);
    // adj: qd = twists[tid]                                                                  <L 91>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_local_transforms, var_0, adj_local_transforms, adj_0, adj_1);
    // adj: X_local = local_transforms[tid]                                                   <L 90>
    // adj: tid = wp.tid()                                                                    <L 89>
    // adj: def eval_joint_velocities(                                                        <L 77>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_velocities_a7eeb8ba_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_velocities_a7eeb8ba_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_joint_velocities_a7eeb8ba_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->local_transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->motion_subspace.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->twists_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->bias_accel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_joint_velocities_a7eeb8ba_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_joint_velocities_a7eeb8ba_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_joint_velocities_a7eeb8ba_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args)
{
    eval_joint_velocities_a7eeb8ba_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_joint_velocities_a7eeb8ba_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_joint_velocities_a7eeb8ba_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_joint_velocities_a7eeb8ba_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->local_transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->local_transforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->twists.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->motion_subspace.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->motion_subspace.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->joint_velocities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->twists_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->twists_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->bias_accel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->bias_accel.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_joint_velocities_a7eeb8ba_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_joint_velocities_a7eeb8ba_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_joint_velocities_a7eeb8ba_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_args,
    wp_args_eval_joint_velocities_a7eeb8ba *_wp_adj_args)
{
    eval_joint_velocities_a7eeb8ba_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_apply_fixed_tendons_be5e5bb1 {
    wp::array_t<wp::int32> tendon_dofs;
    wp::array_t<wp::float32> tendon_coef;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> tendon_rest_length;
    wp::array_t<wp::float32> tendon_stiffness;
    wp::array_t<wp::float32> tendon_damping;
    wp::array_t<wp::float32> joint_tau;
    wp::array_t<wp::float32> tendon_length;
};


template <bool wp_linear_contiguous>
static void apply_fixed_tendons_be5e5bb1_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tendon_dofs = _wp_args->tendon_dofs;
    wp::array_t<wp::float32> var_tendon_coef = _wp_args->tendon_coef;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_tendon_rest_length = _wp_args->tendon_rest_length;
    wp::array_t<wp::float32> var_tendon_stiffness = _wp_args->tendon_stiffness;
    wp::array_t<wp::float32> var_tendon_damping = _wp_args->tendon_damping;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    wp::array_t<wp::float32> var_tendon_length = _wp_args->tendon_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32* var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    const wp::int32 var_40 = 0;
    bool var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 2;
    wp::int32* var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32* var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    const wp::int32 var_76 = 3;
    wp::int32* var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    const wp::int32 var_80 = 0;
    bool var_81;
    wp::float32* var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32* var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    const wp::float32 var_96 = 0.0;
    wp::float32 var_97;
    wp::float32* var_98;
    bool var_99;
    wp::float32 var_100;
    wp::float32* var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    const wp::float32 var_107 = 0.0;
    wp::float32 var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 0;
    wp::int32* var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 0;
    bool var_115;
    wp::float32* var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    const wp::int32 var_120 = 1;
    wp::int32* var_121;
    wp::int32 var_122;
    wp::int32 var_123;
    const wp::int32 var_124 = 0;
    bool var_125;
    wp::float32* var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    const wp::int32 var_130 = 2;
    wp::int32* var_131;
    wp::int32 var_132;
    wp::int32 var_133;
    const wp::int32 var_134 = 0;
    bool var_135;
    wp::float32* var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    const wp::int32 var_140 = 3;
    wp::int32* var_141;
    wp::int32 var_142;
    wp::int32 var_143;
    const wp::int32 var_144 = 0;
    bool var_145;
    wp::float32* var_146;
    wp::float32 var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    //---------
    // forward
    // def apply_fixed_tendons(                                                               <L 8>
    // world, t = wp.tid()                                                                    <L 19>
    builtin_tid2d(var_0, var_1);
    // if tendon_dofs[t, 0] < 0:                                                              <L 21>
    var_3 = wp::address(var_tendon_dofs, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 < var_4);
    if (var_5) {
        // return                                                                             <L 22>
        return;
    }
    // ke = tendon_stiffness[t]                                                               <L 23>
    var_7 = wp::address(var_tendon_stiffness, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // kd = tendon_damping[t]                                                                 <L 24>
    var_10 = wp::address(var_tendon_damping, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // length = float(0.0)                                                                    <L 26>
    var_14 = wp::float(var_13);
    // rate = float(0.0)                                                                      <L 27>
    var_16 = wp::float(var_15);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 29>
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_18 = wp::address(var_tendon_dofs, var_1, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // if dof >= 0:                                                                           <L 31>
    var_22 = (var_19 >= var_21);
    if (var_22) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_23 = wp::address(var_tendon_coef, var_1, var_17);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_26 = wp::address(var_joint_q, var_0, var_19);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_24, var_28);
        var_29 = wp::add(var_14, var_27);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_30 = wp::address(var_joint_qd, var_0, var_19);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_24, var_32);
        var_33 = wp::add(var_16, var_31);
    }
    var_34 = wp::where(var_22, var_29, var_14);
    var_35 = wp::where(var_22, var_33, var_16);
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_37 = wp::address(var_tendon_dofs, var_1, var_36);
    var_39 = wp::load(var_37);
    var_38 = wp::copy(var_39);
    // if dof >= 0:                                                                           <L 31>
    var_41 = (var_38 >= var_40);
    if (var_41) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_42 = wp::address(var_tendon_coef, var_1, var_36);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_45 = wp::address(var_joint_q, var_0, var_38);
        var_47 = wp::load(var_45);
        var_46 = wp::mul(var_43, var_47);
        var_48 = wp::add(var_34, var_46);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_49 = wp::address(var_joint_qd, var_0, var_38);
        var_51 = wp::load(var_49);
        var_50 = wp::mul(var_43, var_51);
        var_52 = wp::add(var_35, var_50);
    }
    var_53 = wp::where(var_41, var_48, var_34);
    var_54 = wp::where(var_41, var_52, var_35);
    var_55 = wp::where(var_41, var_43, var_24);
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_57 = wp::address(var_tendon_dofs, var_1, var_56);
    var_59 = wp::load(var_57);
    var_58 = wp::copy(var_59);
    // if dof >= 0:                                                                           <L 31>
    var_61 = (var_58 >= var_60);
    if (var_61) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_62 = wp::address(var_tendon_coef, var_1, var_56);
        var_64 = wp::load(var_62);
        var_63 = wp::copy(var_64);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_65 = wp::address(var_joint_q, var_0, var_58);
        var_67 = wp::load(var_65);
        var_66 = wp::mul(var_63, var_67);
        var_68 = wp::add(var_53, var_66);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_69 = wp::address(var_joint_qd, var_0, var_58);
        var_71 = wp::load(var_69);
        var_70 = wp::mul(var_63, var_71);
        var_72 = wp::add(var_54, var_70);
    }
    var_73 = wp::where(var_61, var_68, var_53);
    var_74 = wp::where(var_61, var_72, var_54);
    var_75 = wp::where(var_61, var_63, var_55);
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_77 = wp::address(var_tendon_dofs, var_1, var_76);
    var_79 = wp::load(var_77);
    var_78 = wp::copy(var_79);
    // if dof >= 0:                                                                           <L 31>
    var_81 = (var_78 >= var_80);
    if (var_81) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_82 = wp::address(var_tendon_coef, var_1, var_76);
        var_84 = wp::load(var_82);
        var_83 = wp::copy(var_84);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_85 = wp::address(var_joint_q, var_0, var_78);
        var_87 = wp::load(var_85);
        var_86 = wp::mul(var_83, var_87);
        var_88 = wp::add(var_73, var_86);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_89 = wp::address(var_joint_qd, var_0, var_78);
        var_91 = wp::load(var_89);
        var_90 = wp::mul(var_83, var_91);
        var_92 = wp::add(var_74, var_90);
    }
    var_93 = wp::where(var_81, var_88, var_73);
    var_94 = wp::where(var_81, var_92, var_74);
    var_95 = wp::where(var_81, var_83, var_75);
    // tendon_length[world, t] = length                                                       <L 35>
    wp::array_store(var_tendon_length, var_0, var_1, var_93);
    // tension = float(0.0)                                                                   <L 37>
    var_97 = wp::float(var_96);
    // if length > tendon_rest_length[t]:                                                     <L 38>
    var_98 = wp::address(var_tendon_rest_length, var_1);
    var_100 = wp::load(var_98);
    var_99 = (var_93 > var_100);
    if (var_99) {
        // tension = wp.max(ke * (length - tendon_rest_length[t]) + kd * rate, 0.0)           <L 39>
        var_101 = wp::address(var_tendon_rest_length, var_1);
        var_103 = wp::load(var_101);
        var_102 = wp::sub(var_93, var_103);
        var_104 = wp::mul(var_8, var_102);
        var_105 = wp::mul(var_11, var_94);
        var_106 = wp::add(var_104, var_105);
        var_108 = wp::max(var_106, var_107);
    }
    var_109 = wp::where(var_99, var_108, var_97);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 41>
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_111 = wp::address(var_tendon_dofs, var_1, var_110);
    var_113 = wp::load(var_111);
    var_112 = wp::copy(var_113);
    // if dof >= 0:                                                                           <L 43>
    var_115 = (var_112 >= var_114);
    if (var_115) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_116 = wp::address(var_tendon_coef, var_1, var_110);
        var_118 = wp::load(var_116);
        var_117 = wp::mul(var_118, var_109);
        var_119 = wp::atomic_sub(var_joint_tau, var_0, var_112, var_117);
    }
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_121 = wp::address(var_tendon_dofs, var_1, var_120);
    var_123 = wp::load(var_121);
    var_122 = wp::copy(var_123);
    // if dof >= 0:                                                                           <L 43>
    var_125 = (var_122 >= var_124);
    if (var_125) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_126 = wp::address(var_tendon_coef, var_1, var_120);
        var_128 = wp::load(var_126);
        var_127 = wp::mul(var_128, var_109);
        var_129 = wp::atomic_sub(var_joint_tau, var_0, var_122, var_127);
    }
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_131 = wp::address(var_tendon_dofs, var_1, var_130);
    var_133 = wp::load(var_131);
    var_132 = wp::copy(var_133);
    // if dof >= 0:                                                                           <L 43>
    var_135 = (var_132 >= var_134);
    if (var_135) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_136 = wp::address(var_tendon_coef, var_1, var_130);
        var_138 = wp::load(var_136);
        var_137 = wp::mul(var_138, var_109);
        var_139 = wp::atomic_sub(var_joint_tau, var_0, var_132, var_137);
    }
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_141 = wp::address(var_tendon_dofs, var_1, var_140);
    var_143 = wp::load(var_141);
    var_142 = wp::copy(var_143);
    // if dof >= 0:                                                                           <L 43>
    var_145 = (var_142 >= var_144);
    if (var_145) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_146 = wp::address(var_tendon_coef, var_1, var_140);
        var_148 = wp::load(var_146);
        var_147 = wp::mul(var_148, var_109);
        var_149 = wp::atomic_sub(var_joint_tau, var_0, var_142, var_147);
    }
}



template <bool wp_linear_contiguous>
static void apply_fixed_tendons_be5e5bb1_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tendon_dofs = _wp_args->tendon_dofs;
    wp::array_t<wp::float32> var_tendon_coef = _wp_args->tendon_coef;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_tendon_rest_length = _wp_args->tendon_rest_length;
    wp::array_t<wp::float32> var_tendon_stiffness = _wp_args->tendon_stiffness;
    wp::array_t<wp::float32> var_tendon_damping = _wp_args->tendon_damping;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    wp::array_t<wp::float32> var_tendon_length = _wp_args->tendon_length;
    wp::array_t<wp::int32> adj_tendon_dofs = _wp_adj_args->tendon_dofs;
    wp::array_t<wp::float32> adj_tendon_coef = _wp_adj_args->tendon_coef;
    wp::array_t<wp::float32> adj_joint_q = _wp_adj_args->joint_q;
    wp::array_t<wp::float32> adj_joint_qd = _wp_adj_args->joint_qd;
    wp::array_t<wp::float32> adj_tendon_rest_length = _wp_adj_args->tendon_rest_length;
    wp::array_t<wp::float32> adj_tendon_stiffness = _wp_adj_args->tendon_stiffness;
    wp::array_t<wp::float32> adj_tendon_damping = _wp_adj_args->tendon_damping;
    wp::array_t<wp::float32> adj_joint_tau = _wp_adj_args->joint_tau;
    wp::array_t<wp::float32> adj_tendon_length = _wp_adj_args->tendon_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    const wp::int32 var_21 = 0;
    bool var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32* var_37;
    wp::int32 var_38;
    wp::int32 var_39;
    const wp::int32 var_40 = 0;
    bool var_41;
    wp::float32* var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32* var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    const wp::int32 var_56 = 2;
    wp::int32* var_57;
    wp::int32 var_58;
    wp::int32 var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    wp::float32* var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32* var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32* var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    const wp::int32 var_76 = 3;
    wp::int32* var_77;
    wp::int32 var_78;
    wp::int32 var_79;
    const wp::int32 var_80 = 0;
    bool var_81;
    wp::float32* var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32* var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32* var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::float32 var_95;
    const wp::float32 var_96 = 0.0;
    wp::float32 var_97;
    wp::float32* var_98;
    bool var_99;
    wp::float32 var_100;
    wp::float32* var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    const wp::float32 var_107 = 0.0;
    wp::float32 var_108;
    wp::float32 var_109;
    const wp::int32 var_110 = 0;
    wp::int32* var_111;
    wp::int32 var_112;
    wp::int32 var_113;
    const wp::int32 var_114 = 0;
    bool var_115;
    wp::float32* var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    const wp::int32 var_120 = 1;
    wp::int32* var_121;
    wp::int32 var_122;
    wp::int32 var_123;
    const wp::int32 var_124 = 0;
    bool var_125;
    wp::float32* var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    const wp::int32 var_130 = 2;
    wp::int32* var_131;
    wp::int32 var_132;
    wp::int32 var_133;
    const wp::int32 var_134 = 0;
    bool var_135;
    wp::float32* var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    const wp::int32 var_140 = 3;
    wp::int32* var_141;
    wp::int32 var_142;
    wp::int32 var_143;
    const wp::int32 var_144 = 0;
    bool var_145;
    wp::float32* var_146;
    wp::float32 var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
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
    bool adj_41 = {};
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
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    bool adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    bool adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    bool adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::int32 adj_110 = {};
    wp::int32 adj_111 = {};
    wp::int32 adj_112 = {};
    wp::int32 adj_113 = {};
    wp::int32 adj_114 = {};
    bool adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::int32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    bool adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::int32 adj_130 = {};
    wp::int32 adj_131 = {};
    wp::int32 adj_132 = {};
    wp::int32 adj_133 = {};
    wp::int32 adj_134 = {};
    bool adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::int32 adj_140 = {};
    wp::int32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    bool adj_145 = {};
    wp::float32 adj_146 = {};
    wp::float32 adj_147 = {};
    wp::float32 adj_148 = {};
    wp::float32 adj_149 = {};
    //---------
    // forward
    // def apply_fixed_tendons(                                                               <L 8>
    // world, t = wp.tid()                                                                    <L 19>
    builtin_tid2d(var_0, var_1);
    // if tendon_dofs[t, 0] < 0:                                                              <L 21>
    var_3 = wp::address(var_tendon_dofs, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 < var_4);
    if (var_5) {
        // return                                                                             <L 22>
        goto label0;
    }
    // ke = tendon_stiffness[t]                                                               <L 23>
    var_7 = wp::address(var_tendon_stiffness, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // kd = tendon_damping[t]                                                                 <L 24>
    var_10 = wp::address(var_tendon_damping, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // length = float(0.0)                                                                    <L 26>
    var_14 = wp::float(var_13);
    // rate = float(0.0)                                                                      <L 27>
    var_16 = wp::float(var_15);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 29>
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_18 = wp::address(var_tendon_dofs, var_1, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // if dof >= 0:                                                                           <L 31>
    var_22 = (var_19 >= var_21);
    if (var_22) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_23 = wp::address(var_tendon_coef, var_1, var_17);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_26 = wp::address(var_joint_q, var_0, var_19);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_24, var_28);
        var_29 = wp::add(var_14, var_27);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_30 = wp::address(var_joint_qd, var_0, var_19);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_24, var_32);
        var_33 = wp::add(var_16, var_31);
    }
    var_34 = wp::where(var_22, var_29, var_14);
    var_35 = wp::where(var_22, var_33, var_16);
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_37 = wp::address(var_tendon_dofs, var_1, var_36);
    var_39 = wp::load(var_37);
    var_38 = wp::copy(var_39);
    // if dof >= 0:                                                                           <L 31>
    var_41 = (var_38 >= var_40);
    if (var_41) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_42 = wp::address(var_tendon_coef, var_1, var_36);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_45 = wp::address(var_joint_q, var_0, var_38);
        var_47 = wp::load(var_45);
        var_46 = wp::mul(var_43, var_47);
        var_48 = wp::add(var_34, var_46);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_49 = wp::address(var_joint_qd, var_0, var_38);
        var_51 = wp::load(var_49);
        var_50 = wp::mul(var_43, var_51);
        var_52 = wp::add(var_35, var_50);
    }
    var_53 = wp::where(var_41, var_48, var_34);
    var_54 = wp::where(var_41, var_52, var_35);
    var_55 = wp::where(var_41, var_43, var_24);
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_57 = wp::address(var_tendon_dofs, var_1, var_56);
    var_59 = wp::load(var_57);
    var_58 = wp::copy(var_59);
    // if dof >= 0:                                                                           <L 31>
    var_61 = (var_58 >= var_60);
    if (var_61) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_62 = wp::address(var_tendon_coef, var_1, var_56);
        var_64 = wp::load(var_62);
        var_63 = wp::copy(var_64);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_65 = wp::address(var_joint_q, var_0, var_58);
        var_67 = wp::load(var_65);
        var_66 = wp::mul(var_63, var_67);
        var_68 = wp::add(var_53, var_66);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_69 = wp::address(var_joint_qd, var_0, var_58);
        var_71 = wp::load(var_69);
        var_70 = wp::mul(var_63, var_71);
        var_72 = wp::add(var_54, var_70);
    }
    var_73 = wp::where(var_61, var_68, var_53);
    var_74 = wp::where(var_61, var_72, var_54);
    var_75 = wp::where(var_61, var_63, var_55);
    // dof = tendon_dofs[t, e]                                                                <L 30>
    var_77 = wp::address(var_tendon_dofs, var_1, var_76);
    var_79 = wp::load(var_77);
    var_78 = wp::copy(var_79);
    // if dof >= 0:                                                                           <L 31>
    var_81 = (var_78 >= var_80);
    if (var_81) {
        // c = tendon_coef[t, e]                                                              <L 32>
        var_82 = wp::address(var_tendon_coef, var_1, var_76);
        var_84 = wp::load(var_82);
        var_83 = wp::copy(var_84);
        // length += c * joint_q[world, dof]                                                  <L 33>
        var_85 = wp::address(var_joint_q, var_0, var_78);
        var_87 = wp::load(var_85);
        var_86 = wp::mul(var_83, var_87);
        var_88 = wp::add(var_73, var_86);
        // rate += c * joint_qd[world, dof]                                                   <L 34>
        var_89 = wp::address(var_joint_qd, var_0, var_78);
        var_91 = wp::load(var_89);
        var_90 = wp::mul(var_83, var_91);
        var_92 = wp::add(var_74, var_90);
    }
    var_93 = wp::where(var_81, var_88, var_73);
    var_94 = wp::where(var_81, var_92, var_74);
    var_95 = wp::where(var_81, var_83, var_75);
    // tendon_length[world, t] = length                                                       <L 35>
    // wp::array_store(var_tendon_length, var_0, var_1, var_93);
    // tension = float(0.0)                                                                   <L 37>
    var_97 = wp::float(var_96);
    // if length > tendon_rest_length[t]:                                                     <L 38>
    var_98 = wp::address(var_tendon_rest_length, var_1);
    var_100 = wp::load(var_98);
    var_99 = (var_93 > var_100);
    if (var_99) {
        // tension = wp.max(ke * (length - tendon_rest_length[t]) + kd * rate, 0.0)           <L 39>
        var_101 = wp::address(var_tendon_rest_length, var_1);
        var_103 = wp::load(var_101);
        var_102 = wp::sub(var_93, var_103);
        var_104 = wp::mul(var_8, var_102);
        var_105 = wp::mul(var_11, var_94);
        var_106 = wp::add(var_104, var_105);
        var_108 = wp::max(var_106, var_107);
    }
    var_109 = wp::where(var_99, var_108, var_97);
    // for e in range(TENDON_MAX_JOINTS):                                                     <L 41>
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_111 = wp::address(var_tendon_dofs, var_1, var_110);
    var_113 = wp::load(var_111);
    var_112 = wp::copy(var_113);
    // if dof >= 0:                                                                           <L 43>
    var_115 = (var_112 >= var_114);
    if (var_115) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_116 = wp::address(var_tendon_coef, var_1, var_110);
        var_118 = wp::load(var_116);
        var_117 = wp::mul(var_118, var_109);
        // var_119 = wp::atomic_sub(var_joint_tau, var_0, var_112, var_117);
    }
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_121 = wp::address(var_tendon_dofs, var_1, var_120);
    var_123 = wp::load(var_121);
    var_122 = wp::copy(var_123);
    // if dof >= 0:                                                                           <L 43>
    var_125 = (var_122 >= var_124);
    if (var_125) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_126 = wp::address(var_tendon_coef, var_1, var_120);
        var_128 = wp::load(var_126);
        var_127 = wp::mul(var_128, var_109);
        // var_129 = wp::atomic_sub(var_joint_tau, var_0, var_122, var_127);
    }
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_131 = wp::address(var_tendon_dofs, var_1, var_130);
    var_133 = wp::load(var_131);
    var_132 = wp::copy(var_133);
    // if dof >= 0:                                                                           <L 43>
    var_135 = (var_132 >= var_134);
    if (var_135) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_136 = wp::address(var_tendon_coef, var_1, var_130);
        var_138 = wp::load(var_136);
        var_137 = wp::mul(var_138, var_109);
        // var_139 = wp::atomic_sub(var_joint_tau, var_0, var_132, var_137);
    }
    // dof = tendon_dofs[t, e]                                                                <L 42>
    var_141 = wp::address(var_tendon_dofs, var_1, var_140);
    var_143 = wp::load(var_141);
    var_142 = wp::copy(var_143);
    // if dof >= 0:                                                                           <L 43>
    var_145 = (var_142 >= var_144);
    if (var_145) {
        // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 44>
        var_146 = wp::address(var_tendon_coef, var_1, var_140);
        var_148 = wp::load(var_146);
        var_147 = wp::mul(var_148, var_109);
        // var_149 = wp::atomic_sub(var_joint_tau, var_0, var_142, var_147);
    }
    //---------
    // reverse
    if (var_145) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_142, var_147, adj_joint_tau, adj_0, adj_142, adj_147, adj_149);
        wp::adj_mul(var_148, var_109, adj_146, adj_109, adj_147);
        wp::adj_address(var_tendon_coef, var_1, var_140, adj_tendon_coef, adj_1, adj_140, adj_146);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 44>
    }
    // adj: if dof >= 0:                                                                      <L 43>
    wp::adj_copy(var_143, adj_141, adj_142);
    wp::adj_address(var_tendon_dofs, var_1, var_140, adj_tendon_dofs, adj_1, adj_140, adj_141);
    // adj: dof = tendon_dofs[t, e]                                                           <L 42>
    if (var_135) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_132, var_137, adj_joint_tau, adj_0, adj_132, adj_137, adj_139);
        wp::adj_mul(var_138, var_109, adj_136, adj_109, adj_137);
        wp::adj_address(var_tendon_coef, var_1, var_130, adj_tendon_coef, adj_1, adj_130, adj_136);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 44>
    }
    // adj: if dof >= 0:                                                                      <L 43>
    wp::adj_copy(var_133, adj_131, adj_132);
    wp::adj_address(var_tendon_dofs, var_1, var_130, adj_tendon_dofs, adj_1, adj_130, adj_131);
    // adj: dof = tendon_dofs[t, e]                                                           <L 42>
    if (var_125) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_122, var_127, adj_joint_tau, adj_0, adj_122, adj_127, adj_129);
        wp::adj_mul(var_128, var_109, adj_126, adj_109, adj_127);
        wp::adj_address(var_tendon_coef, var_1, var_120, adj_tendon_coef, adj_1, adj_120, adj_126);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 44>
    }
    // adj: if dof >= 0:                                                                      <L 43>
    wp::adj_copy(var_123, adj_121, adj_122);
    wp::adj_address(var_tendon_dofs, var_1, var_120, adj_tendon_dofs, adj_1, adj_120, adj_121);
    // adj: dof = tendon_dofs[t, e]                                                           <L 42>
    if (var_115) {
        wp::adj_atomic_sub(var_joint_tau, var_0, var_112, var_117, adj_joint_tau, adj_0, adj_112, adj_117, adj_119);
        wp::adj_mul(var_118, var_109, adj_116, adj_109, adj_117);
        wp::adj_address(var_tendon_coef, var_1, var_110, adj_tendon_coef, adj_1, adj_110, adj_116);
        // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 44>
    }
    // adj: if dof >= 0:                                                                      <L 43>
    wp::adj_copy(var_113, adj_111, adj_112);
    wp::adj_address(var_tendon_dofs, var_1, var_110, adj_tendon_dofs, adj_1, adj_110, adj_111);
    // adj: dof = tendon_dofs[t, e]                                                           <L 42>
    // adj: for e in range(TENDON_MAX_JOINTS):                                                <L 41>
    wp::adj_where(var_99, var_108, var_97, adj_99, adj_108, adj_97, adj_109);
    if (var_99) {
        wp::adj_max(var_106, var_107, adj_106, adj_107, adj_108);
        wp::adj_add(var_104, var_105, adj_104, adj_105, adj_106);
        wp::adj_mul(var_11, var_94, adj_11, adj_94, adj_105);
        wp::adj_mul(var_8, var_102, adj_8, adj_102, adj_104);
        wp::adj_sub(var_93, var_103, adj_93, adj_101, adj_102);
        wp::adj_address(var_tendon_rest_length, var_1, adj_tendon_rest_length, adj_1, adj_101);
        // adj: tension = wp.max(ke * (length - tendon_rest_length[t]) + kd * rate, 0.0)      <L 39>
    }
    wp::adj_address(var_tendon_rest_length, var_1, adj_tendon_rest_length, adj_1, adj_98);
    // adj: if length > tendon_rest_length[t]:                                                <L 38>
    wp::adj_float(var_96, adj_96, adj_97);
    // adj: tension = float(0.0)                                                              <L 37>
    wp::adj_array_store(var_tendon_length, var_0, var_1, var_93, adj_tendon_length, adj_0, adj_1, adj_93);
    // adj: tendon_length[world, t] = length                                                  <L 35>
    wp::adj_where(var_81, var_83, var_75, adj_81, adj_83, adj_75, adj_95);
    wp::adj_where(var_81, var_92, var_74, adj_81, adj_92, adj_74, adj_94);
    wp::adj_where(var_81, var_88, var_73, adj_81, adj_88, adj_73, adj_93);
    if (var_81) {
        wp::adj_add(var_74, var_90, adj_74, adj_90, adj_92);
        wp::adj_mul(var_83, var_91, adj_83, adj_89, adj_90);
        wp::adj_address(var_joint_qd, var_0, var_78, adj_joint_qd, adj_0, adj_78, adj_89);
        // adj: rate += c * joint_qd[world, dof]                                              <L 34>
        wp::adj_add(var_73, var_86, adj_73, adj_86, adj_88);
        wp::adj_mul(var_83, var_87, adj_83, adj_85, adj_86);
        wp::adj_address(var_joint_q, var_0, var_78, adj_joint_q, adj_0, adj_78, adj_85);
        // adj: length += c * joint_q[world, dof]                                             <L 33>
        wp::adj_copy(var_84, adj_82, adj_83);
        wp::adj_address(var_tendon_coef, var_1, var_76, adj_tendon_coef, adj_1, adj_76, adj_82);
        // adj: c = tendon_coef[t, e]                                                         <L 32>
    }
    // adj: if dof >= 0:                                                                      <L 31>
    wp::adj_copy(var_79, adj_77, adj_78);
    wp::adj_address(var_tendon_dofs, var_1, var_76, adj_tendon_dofs, adj_1, adj_76, adj_77);
    // adj: dof = tendon_dofs[t, e]                                                           <L 30>
    wp::adj_where(var_61, var_63, var_55, adj_61, adj_63, adj_55, adj_75);
    wp::adj_where(var_61, var_72, var_54, adj_61, adj_72, adj_54, adj_74);
    wp::adj_where(var_61, var_68, var_53, adj_61, adj_68, adj_53, adj_73);
    if (var_61) {
        wp::adj_add(var_54, var_70, adj_54, adj_70, adj_72);
        wp::adj_mul(var_63, var_71, adj_63, adj_69, adj_70);
        wp::adj_address(var_joint_qd, var_0, var_58, adj_joint_qd, adj_0, adj_58, adj_69);
        // adj: rate += c * joint_qd[world, dof]                                              <L 34>
        wp::adj_add(var_53, var_66, adj_53, adj_66, adj_68);
        wp::adj_mul(var_63, var_67, adj_63, adj_65, adj_66);
        wp::adj_address(var_joint_q, var_0, var_58, adj_joint_q, adj_0, adj_58, adj_65);
        // adj: length += c * joint_q[world, dof]                                             <L 33>
        wp::adj_copy(var_64, adj_62, adj_63);
        wp::adj_address(var_tendon_coef, var_1, var_56, adj_tendon_coef, adj_1, adj_56, adj_62);
        // adj: c = tendon_coef[t, e]                                                         <L 32>
    }
    // adj: if dof >= 0:                                                                      <L 31>
    wp::adj_copy(var_59, adj_57, adj_58);
    wp::adj_address(var_tendon_dofs, var_1, var_56, adj_tendon_dofs, adj_1, adj_56, adj_57);
    // adj: dof = tendon_dofs[t, e]                                                           <L 30>
    wp::adj_where(var_41, var_43, var_24, adj_41, adj_43, adj_24, adj_55);
    wp::adj_where(var_41, var_52, var_35, adj_41, adj_52, adj_35, adj_54);
    wp::adj_where(var_41, var_48, var_34, adj_41, adj_48, adj_34, adj_53);
    if (var_41) {
        wp::adj_add(var_35, var_50, adj_35, adj_50, adj_52);
        wp::adj_mul(var_43, var_51, adj_43, adj_49, adj_50);
        wp::adj_address(var_joint_qd, var_0, var_38, adj_joint_qd, adj_0, adj_38, adj_49);
        // adj: rate += c * joint_qd[world, dof]                                              <L 34>
        wp::adj_add(var_34, var_46, adj_34, adj_46, adj_48);
        wp::adj_mul(var_43, var_47, adj_43, adj_45, adj_46);
        wp::adj_address(var_joint_q, var_0, var_38, adj_joint_q, adj_0, adj_38, adj_45);
        // adj: length += c * joint_q[world, dof]                                             <L 33>
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_tendon_coef, var_1, var_36, adj_tendon_coef, adj_1, adj_36, adj_42);
        // adj: c = tendon_coef[t, e]                                                         <L 32>
    }
    // adj: if dof >= 0:                                                                      <L 31>
    wp::adj_copy(var_39, adj_37, adj_38);
    wp::adj_address(var_tendon_dofs, var_1, var_36, adj_tendon_dofs, adj_1, adj_36, adj_37);
    // adj: dof = tendon_dofs[t, e]                                                           <L 30>
    wp::adj_where(var_22, var_33, var_16, adj_22, adj_33, adj_16, adj_35);
    wp::adj_where(var_22, var_29, var_14, adj_22, adj_29, adj_14, adj_34);
    if (var_22) {
        wp::adj_add(var_16, var_31, adj_16, adj_31, adj_33);
        wp::adj_mul(var_24, var_32, adj_24, adj_30, adj_31);
        wp::adj_address(var_joint_qd, var_0, var_19, adj_joint_qd, adj_0, adj_19, adj_30);
        // adj: rate += c * joint_qd[world, dof]                                              <L 34>
        wp::adj_add(var_14, var_27, adj_14, adj_27, adj_29);
        wp::adj_mul(var_24, var_28, adj_24, adj_26, adj_27);
        wp::adj_address(var_joint_q, var_0, var_19, adj_joint_q, adj_0, adj_19, adj_26);
        // adj: length += c * joint_q[world, dof]                                             <L 33>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_tendon_coef, var_1, var_17, adj_tendon_coef, adj_1, adj_17, adj_23);
        // adj: c = tendon_coef[t, e]                                                         <L 32>
    }
    // adj: if dof >= 0:                                                                      <L 31>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_tendon_dofs, var_1, var_17, adj_tendon_dofs, adj_1, adj_17, adj_18);
    // adj: dof = tendon_dofs[t, e]                                                           <L 30>
    // adj: for e in range(TENDON_MAX_JOINTS):                                                <L 29>
    wp::adj_float(var_15, adj_15, adj_16);
    // adj: rate = float(0.0)                                                                 <L 27>
    wp::adj_float(var_13, adj_13, adj_14);
    // adj: length = float(0.0)                                                               <L 26>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_tendon_damping, var_1, adj_tendon_damping, adj_1, adj_10);
    // adj: kd = tendon_damping[t]                                                            <L 24>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_tendon_stiffness, var_1, adj_tendon_stiffness, adj_1, adj_7);
    // adj: ke = tendon_stiffness[t]                                                          <L 23>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 22>
    }
    wp::adj_address(var_tendon_dofs, var_1, var_2, adj_tendon_dofs, adj_1, adj_2, adj_3);
    // adj: if tendon_dofs[t, 0] < 0:                                                         <L 21>
    // adj: world, t = wp.tid()                                                               <L 19>
    // adj: def apply_fixed_tendons(                                                          <L 8>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_fixed_tendons_be5e5bb1_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_fixed_tendons_be5e5bb1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_fixed_tendons_be5e5bb1_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_fixed_tendons_be5e5bb1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_fixed_tendons_be5e5bb1_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args)
{
    apply_fixed_tendons_be5e5bb1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_fixed_tendons_be5e5bb1_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_fixed_tendons_be5e5bb1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_fixed_tendons_be5e5bb1_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    apply_fixed_tendons_be5e5bb1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_fixed_tendons_be5e5bb1_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_args,
    wp_args_apply_fixed_tendons_be5e5bb1 *_wp_adj_args)
{
    apply_fixed_tendons_be5e5bb1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

