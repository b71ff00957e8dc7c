// Warp 1.19.0 cpu code for box_contacts_b7edd7f7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// box_contacts.py:4
static void box_contact_0(
    wp::vec_t<3, wp::float32> var_p_local,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-06;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def box_contact(p_local: wp.vec3, half_extents: wp.vec3):                              <L 5>
    // closest = wp.vec3(                                                                     <L 6>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 7>
    var_1 = wp::extract(var_p_local, var_0);
    var_3 = wp::extract(var_half_extents, var_2);
    var_4 = wp::neg(var_3);
    var_6 = wp::extract(var_half_extents, var_5);
    var_7 = wp::clamp(var_1, var_4, var_6);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 8>
    var_9 = wp::extract(var_p_local, var_8);
    var_11 = wp::extract(var_half_extents, var_10);
    var_12 = wp::neg(var_11);
    var_14 = wp::extract(var_half_extents, var_13);
    var_15 = wp::clamp(var_9, var_12, var_14);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 9>
    var_17 = wp::extract(var_p_local, var_16);
    var_19 = wp::extract(var_half_extents, var_18);
    var_20 = wp::neg(var_19);
    var_22 = wp::extract(var_half_extents, var_21);
    var_23 = wp::clamp(var_17, var_20, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_7, var_15, var_23);
    // delta = p_local - closest                                                              <L 11>
    var_25 = wp::sub(var_p_local, var_24);
    // dist = wp.length(delta)                                                                <L 12>
    var_26 = wp::length(var_25);
    // return delta / wp.max(dist, 1.0e-6), dist                                              <L 13>
    var_28 = wp::max(var_26, var_27);
    var_29 = wp::div(var_25, var_28);
    ret_0 = var_29;
    ret_1 = var_26;
    return;
}


// box_contacts.py:4
static void adj_box_contact_0(
    wp::vec_t<3, wp::float32> var_p_local,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_p_local,
    wp::vec_t<3, wp::float32> & adj_half_extents,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-06;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def box_contact(p_local: wp.vec3, half_extents: wp.vec3):                              <L 5>
    // closest = wp.vec3(                                                                     <L 6>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 7>
    var_1 = wp::extract(var_p_local, var_0);
    var_3 = wp::extract(var_half_extents, var_2);
    var_4 = wp::neg(var_3);
    var_6 = wp::extract(var_half_extents, var_5);
    var_7 = wp::clamp(var_1, var_4, var_6);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 8>
    var_9 = wp::extract(var_p_local, var_8);
    var_11 = wp::extract(var_half_extents, var_10);
    var_12 = wp::neg(var_11);
    var_14 = wp::extract(var_half_extents, var_13);
    var_15 = wp::clamp(var_9, var_12, var_14);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 9>
    var_17 = wp::extract(var_p_local, var_16);
    var_19 = wp::extract(var_half_extents, var_18);
    var_20 = wp::neg(var_19);
    var_22 = wp::extract(var_half_extents, var_21);
    var_23 = wp::clamp(var_17, var_20, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_7, var_15, var_23);
    // delta = p_local - closest                                                              <L 11>
    var_25 = wp::sub(var_p_local, var_24);
    // dist = wp.length(delta)                                                                <L 12>
    var_26 = wp::length(var_25);
    // return delta / wp.max(dist, 1.0e-6), dist                                              <L 13>
    var_28 = wp::max(var_26, var_27);
    var_29 = wp::div(var_25, var_28);
    ret_0 = var_29;
    ret_1 = var_26;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret_1;
    adj_29 += adj_ret_0;
    wp::adj_div(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_max(var_26, var_27, adj_26, adj_27, adj_28);
    // adj: return delta / wp.max(dist, 1.0e-6), dist                                         <L 13>
    wp::adj_length(var_25, var_26, adj_25, adj_26);
    // adj: dist = wp.length(delta)                                                           <L 12>
    wp::adj_sub(var_p_local, var_24, adj_p_local, adj_24, adj_25);
    // adj: delta = p_local - closest                                                         <L 11>
    wp::adj_vec_t(var_7, var_15, var_23, adj_7, adj_15, adj_23, adj_24);
    wp::adj_clamp(var_17, var_20, var_22, adj_17, adj_20, adj_22, adj_23);
    wp::adj_extract(var_half_extents, var_21, adj_half_extents, adj_21, adj_22);
    wp::adj_neg(var_19, adj_19, adj_20);
    wp::adj_extract(var_half_extents, var_18, adj_half_extents, adj_18, adj_19);
    wp::adj_extract(var_p_local, var_16, adj_p_local, adj_16, adj_17);
    // adj: wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                          <L 9>
    wp::adj_clamp(var_9, var_12, var_14, adj_9, adj_12, adj_14, adj_15);
    wp::adj_extract(var_half_extents, var_13, adj_half_extents, adj_13, adj_14);
    wp::adj_neg(var_11, adj_11, adj_12);
    wp::adj_extract(var_half_extents, var_10, adj_half_extents, adj_10, adj_11);
    wp::adj_extract(var_p_local, var_8, adj_p_local, adj_8, adj_9);
    // adj: wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                          <L 8>
    wp::adj_clamp(var_1, var_4, var_6, adj_1, adj_4, adj_6, adj_7);
    wp::adj_extract(var_half_extents, var_5, adj_half_extents, adj_5, adj_6);
    wp::adj_neg(var_3, adj_3, adj_4);
    wp::adj_extract(var_half_extents, var_2, adj_half_extents, adj_2, adj_3);
    wp::adj_extract(var_p_local, var_0, adj_p_local, adj_0, adj_1);
    // adj: wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                          <L 7>
    // adj: closest = wp.vec3(                                                                <L 6>
    // adj: def box_contact(p_local: wp.vec3, half_extents: wp.vec3):                         <L 5>
    return;
}

struct wp_args_box_contacts_743f7111 {
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> box_extents;
    wp::float32 smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normals;
    wp::array_t<wp::float32> contact_depth;
};


template <bool wp_linear_contiguous>
static void box_contacts_743f7111_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_box_contacts_743f7111 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_box_contacts_743f7111 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_depth.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_box_extents = _wp_args->box_extents;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::array_t<wp::float32> var_contact_depth = _wp_args->contact_depth;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // forward
    // def box_contacts(                                                                      <L 17>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // X_wb = poses[tid]                                                                      <L 26>
    var_1 = wp::address(var_poses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p_local = wp.transform_point(wp.transform_inverse(X_wb), positions[tid])               <L 27>
    var_4 = wp::transform_inverse(var_2);
    var_5 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::transform_point(var_4, var_7);
    // n_local, dist = box_contact(p_local, box_extents)                                      <L 28>
    box_contact_0(var_6, var_box_extents, var_8, var_9);
    // depth = smoothing_length - dist                                                        <L 29>
    var_10 = wp::sub(var_smoothing_length, var_9);
    // n = wp.vec3(0.0)                                                                       <L 30>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // if depth > 0.0:                                                                        <L 31>
    var_14 = (var_10 > var_13);
    if (var_14) {
        // n = wp.transform_vector(X_wb, n_local)                                             <L 32>
        var_15 = wp::transform_vector(var_2, var_8);
    }
    if (!var_14) {
        // depth = 0.0                                                                        <L 34>
    }
    var_17 = wp::where(var_14, var_10, var_16);
    var_18 = wp::where(var_14, var_15, var_12);
    // contact_normals[tid] = n                                                               <L 35>
    wp::array_store(var_contact_normals, var_0, var_18);
    // contact_depth[tid] = depth                                                             <L 36>
    wp::array_store(var_contact_depth, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void box_contacts_743f7111_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_box_contacts_743f7111 *_wp_args,
    wp_args_box_contacts_743f7111 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_box_contacts_743f7111 wp_contiguous_args;
    wp_args_box_contacts_743f7111 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.poses.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_depth.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.contact_depth.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_box_extents = _wp_args->box_extents;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::array_t<wp::float32> var_contact_depth = _wp_args->contact_depth;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_box_extents = _wp_adj_args->box_extents;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals = _wp_adj_args->contact_normals;
    wp::array_t<wp::float32> adj_contact_depth = _wp_adj_args->contact_depth;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    wp::vec_t<3, wp::float32> var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    //---------
    // forward
    // def box_contacts(                                                                      <L 17>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // X_wb = poses[tid]                                                                      <L 26>
    var_1 = wp::address(var_poses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p_local = wp.transform_point(wp.transform_inverse(X_wb), positions[tid])               <L 27>
    var_4 = wp::transform_inverse(var_2);
    var_5 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::transform_point(var_4, var_7);
    // n_local, dist = box_contact(p_local, box_extents)                                      <L 28>
    box_contact_0(var_6, var_box_extents, var_8, var_9);
    // depth = smoothing_length - dist                                                        <L 29>
    var_10 = wp::sub(var_smoothing_length, var_9);
    // n = wp.vec3(0.0)                                                                       <L 30>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // if depth > 0.0:                                                                        <L 31>
    var_14 = (var_10 > var_13);
    if (var_14) {
        // n = wp.transform_vector(X_wb, n_local)                                             <L 32>
        var_15 = wp::transform_vector(var_2, var_8);
    }
    if (!var_14) {
        // depth = 0.0                                                                        <L 34>
    }
    var_17 = wp::where(var_14, var_10, var_16);
    var_18 = wp::where(var_14, var_15, var_12);
    // contact_normals[tid] = n                                                               <L 35>
    // wp::array_store(var_contact_normals, var_0, var_18);
    // contact_depth[tid] = depth                                                             <L 36>
    // wp::array_store(var_contact_depth, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_contact_depth, var_0, var_17, adj_contact_depth, adj_0, adj_17);
    // adj: contact_depth[tid] = depth                                                        <L 36>
    wp::adj_array_store(var_contact_normals, var_0, var_18, adj_contact_normals, adj_0, adj_18);
    // adj: contact_normals[tid] = n                                                          <L 35>
    wp::adj_where(var_14, var_15, var_12, adj_14, adj_15, adj_12, adj_18);
    wp::adj_where(var_14, var_10, var_16, adj_14, adj_10, adj_16, adj_17);
    if (!var_14) {
        // adj: depth = 0.0                                                                   <L 34>
    }
    if (var_14) {
        wp::adj_transform_vector(var_2, var_8, adj_2, adj_8, adj_15);
        // adj: n = wp.transform_vector(X_wb, n_local)                                        <L 32>
    }
    // adj: if depth > 0.0:                                                                   <L 31>
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: n = wp.vec3(0.0)                                                                  <L 30>
    wp::adj_sub(var_smoothing_length, var_9, adj_smoothing_length, adj_9, adj_10);
    // adj: depth = smoothing_length - dist                                                   <L 29>
    adj_box_contact_0(var_6, var_box_extents, var_8, var_9, adj_6, adj_box_extents, adj_8, adj_9);
    // adj: n_local, dist = box_contact(p_local, box_extents)                                 <L 28>
    wp::adj_transform_point(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
    wp::adj_transform_inverse(var_2, adj_2, adj_4);
    // adj: p_local = wp.transform_point(wp.transform_inverse(X_wb), positions[tid])          <L 27>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_1);
    // adj: X_wb = poses[tid]                                                                 <L 26>
    // adj: tid = wp.tid()                                                                    <L 25>
    // adj: def box_contacts(                                                                 <L 17>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void box_contacts_743f7111_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_contacts_743f7111 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        box_contacts_743f7111_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void box_contacts_743f7111_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_contacts_743f7111 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_depth.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        box_contacts_743f7111_cpu_forward_tasks<true>(dim, _wp_args);
    else
        box_contacts_743f7111_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void box_contacts_743f7111_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_contacts_743f7111 *_wp_args)
{
    box_contacts_743f7111_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void box_contacts_743f7111_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_contacts_743f7111 *_wp_args,
    wp_args_box_contacts_743f7111 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        box_contacts_743f7111_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void box_contacts_743f7111_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_contacts_743f7111 *_wp_args,
    wp_args_box_contacts_743f7111 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->poses.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_depth.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->contact_depth.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        box_contacts_743f7111_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        box_contacts_743f7111_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void box_contacts_743f7111_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_box_contacts_743f7111 *_wp_args,
    wp_args_box_contacts_743f7111 *_wp_adj_args)
{
    box_contacts_743f7111_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

