// Warp 1.19.0 cuda code for apply_rotation_9ca1dc35.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// apply_rotation.py:32
static CUDA_CALLABLE wp::vec_t<6, wp::float32> jacobian_column_0(
    wp::int32 var_kind,
    wp::vec_t<3, wp::float32> var_axis_w,
    wp::vec_t<3, wp::float32> var_origin,
    wp::vec_t<3, wp::float32> var_p_ee)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<6, wp::float32> var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<6, wp::float32> var_7;
    //---------
    // forward
    // def jacobian_column(kind: wp.int32, axis_w: wp.vec3, origin: wp.vec3, p_ee: wp.vec3) -> wp.spatial_vector:       <L 33>
    // if kind == JointType.REVOLUTE:                                                         <L 35>
    var_1 = (var_kind == var_0);
    if (var_1) {
        // return wp.spatial_vector(axis_w, wp.cross(axis_w, p_ee - origin))                  <L 36>
        var_2 = wp::sub(var_p_ee, var_origin);
        var_3 = wp::cross(var_axis_w, var_2);
        var_4 = wp::vec_t<6, wp::float32>(var_axis_w, var_3);
        return var_4;
    }
    // return wp.spatial_vector(wp.vec3(0.0), axis_w)                                         <L 37>
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = wp::vec_t<6, wp::float32>(var_6, var_axis_w);
    return var_7;
}


// apply_rotation.py:16
static CUDA_CALLABLE wp::float32 angle_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def angle_between(a: wp.vec3, b: wp.vec3):                                             <L 17>
    // return wp.atan2(wp.length(wp.cross(a, b)), wp.dot(a, b))                               <L 18>
    var_0 = wp::cross(var_a, var_b);
    var_1 = wp::length(var_0);
    var_2 = wp::dot(var_a, var_b);
    var_3 = wp::atan2(var_1, var_2);
    return var_3;
}


// apply_rotation.py:32
static CUDA_CALLABLE void adj_jacobian_column_0(
    wp::int32 var_kind,
    wp::vec_t<3, wp::float32> var_axis_w,
    wp::vec_t<3, wp::float32> var_origin,
    wp::vec_t<3, wp::float32> var_p_ee,
    wp::int32 & adj_kind,
    wp::vec_t<3, wp::float32> & adj_axis_w,
    wp::vec_t<3, wp::float32> & adj_origin,
    wp::vec_t<3, wp::float32> & adj_p_ee,
    wp::vec_t<6, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// apply_rotation.py:16
static CUDA_CALLABLE void adj_angle_between_0(
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def angle_between(a: wp.vec3, b: wp.vec3):                                             <L 17>
    // return wp.atan2(wp.length(wp.cross(a, b)), wp.dot(a, b))                               <L 18>
    var_0 = wp::cross(var_a, var_b);
    var_1 = wp::length(var_0);
    var_2 = wp::dot(var_a, var_b);
    var_3 = wp::atan2(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_atan2(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_dot(var_a, var_b, adj_a, adj_b, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_cross(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return wp.atan2(wp.length(wp.cross(a, b)), wp.dot(a, b))                          <L 18>
    // adj: def angle_between(a: wp.vec3, b: wp.vec3):                                        <L 17>
    return;
}



extern "C" __global__ void ee_jacobian_columns_89e250ac_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_child,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_joint_count,
    wp::int32 var_ee_body,
    wp::array_t<wp::vec_t<6, wp::float32>> var_ee_jacobian)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        bool var_2;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 3;
        bool var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::transform_t<wp::float32>* var_12;
        wp::transform_t<wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::transform_t<wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::transform_t<wp::float32>* var_20;
        wp::transform_t<wp::float32> var_21;
        wp::transform_t<wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<6, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::transform_t<wp::float32>* var_26;
        wp::quat_t<wp::float32> var_27;
        wp::transform_t<wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<6, wp::float32> var_33;
        //---------
        // forward
        // def ee_jacobian_columns(                                                               <L 41>
        // env, j = wp.tid()                                                                      <L 51>
        builtin_tid2d(var_0, var_1);
        // if j >= joint_count:                                                                   <L 52>
        var_2 = (var_1 >= var_joint_count);
        if (var_2) {
            // return                                                                             <L 53>
            continue;
        }
        // jtype = joint_type[j]                                                                  <L 54>
        var_3 = wp::address(var_joint_type, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // if jtype == JointType.FIXED:                                                           <L 55>
        var_7 = (var_4 == var_6);
        if (var_7) {
            // return                                                                             <L 56>
            continue;
        }
        // child = joint_child[j]                                                                 <L 57>
        var_8 = wp::address(var_joint_child, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // X_wj = wp.transform_multiply(body_q[env, child], joint_X_c[j])                         <L 58>
        var_11 = wp::address(var_body_q, var_0, var_9);
        var_12 = wp::address(var_joint_X_c, var_1);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::transform_multiply(var_14, var_15);
        // origin = wp.transform_get_translation(X_wj)                                            <L 59>
        var_16 = wp::transform_get_translation(var_13);
        // axis_w = wp.transform_vector(X_wj, joint_axis[j])                                      <L 60>
        var_17 = wp::address(var_joint_axis, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::transform_vector(var_13, var_19);
        // X_we = body_q[env, ee_body]                                                            <L 61>
        var_20 = wp::address(var_body_q, var_0, var_ee_body);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // p_ee = wp.transform_get_translation(X_we)                                              <L 62>
        var_23 = wp::transform_get_translation(var_21);
        // col = jacobian_column(jtype, axis_w, origin, p_ee)                                     <L 63>
        var_24 = jacobian_column_0(var_4, var_18, var_16, var_23);
        // q_base = wp.transform_get_rotation(body_q[env, 0])                                     <L 64>
        var_26 = wp::address(var_body_q, var_0, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::transform_get_rotation(var_28);
        // col = wp.spatial_vector(wp.quat_rotate_inv(q_base, wp.spatial_top(col)), wp.quat_rotate_inv(q_base, wp.spatial_bottom(col)))       <L 65>
        var_29 = wp::spatial_top(var_24);
        var_30 = wp::quat_rotate_inv(var_27, var_29);
        var_31 = wp::spatial_bottom(var_24);
        var_32 = wp::quat_rotate_inv(var_27, var_31);
        var_33 = wp::vec_t<6, wp::float32>(var_30, var_32);
        // ee_jacobian[env, j] = col                                                              <L 66>
        wp::array_store(var_ee_jacobian, var_0, var_1, var_33);
    }
}



extern "C" __global__ void apply_rotation_a892c25c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_axis,
    wp::vec_t<3, wp::float32> var_plane_normal,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32 var_1;
        wp::quat_t<wp::float32> var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // forward
        // def apply_rotation(                                                                    <L 22>
        // tid = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // dirs[tid] = wp.quat_rotate(wp.quat_from_axis_angle(axis, angle_between(axis, plane_normal)), normals[tid])       <L 29>
        var_1 = angle_between_0(var_axis, var_plane_normal);
        var_2 = wp::quat_from_axis_angle(var_axis, var_1);
        var_3 = wp::address(var_normals, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::quat_rotate(var_2, var_5);
        wp::array_store(var_dirs, var_0, var_4);
    }
}



extern "C" __global__ void apply_rotation_a892c25c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_axis,
    wp::vec_t<3, wp::float32> var_plane_normal,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::vec_t<3, wp::float32> adj_axis,
    wp::vec_t<3, wp::float32> adj_plane_normal,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dirs)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32 var_1;
        wp::quat_t<wp::float32> var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        //---------
        // forward
        // def apply_rotation(                                                                    <L 22>
        // tid = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // dirs[tid] = wp.quat_rotate(wp.quat_from_axis_angle(axis, angle_between(axis, plane_normal)), normals[tid])       <L 29>
        var_1 = angle_between_0(var_axis, var_plane_normal);
        var_2 = wp::quat_from_axis_angle(var_axis, var_1);
        var_3 = wp::address(var_normals, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::quat_rotate(var_2, var_5);
        // wp::array_store(var_dirs, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_dirs, var_0, var_4, adj_dirs, adj_0, adj_4);
        wp::adj_quat_rotate(var_2, var_5, adj_2, adj_3, adj_4);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_3);
        wp::adj_quat_from_axis_angle(var_axis, var_1, adj_axis, adj_1, adj_2);
        adj_angle_between_0(var_axis, var_plane_normal, adj_axis, adj_plane_normal, adj_1);
        // adj: dirs[tid] = wp.quat_rotate(wp.quat_from_axis_angle(axis, angle_between(axis, plane_normal)), normals[tid])  <L 29>
        // adj: tid = wp.tid()                                                                    <L 28>
        // adj: def apply_rotation(                                                               <L 22>
        continue;
    }
}

