// Warp 1.19.0 cuda code for interpolate_poses_87ce070f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// interpolate_poses.py:4
static CUDA_CALLABLE wp::float32 sphere_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):                       <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    return var_2;
}


// interpolate_poses.py:4
static CUDA_CALLABLE void adj_sphere_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_center,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):                       <L 5>
    // return wp.length(p - center) - radius                                                  <L 6>
    var_0 = wp::sub(var_p, var_center);
    var_1 = wp::length(var_0);
    var_2 = wp::sub(var_1, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sub(var_1, var_radius, adj_1, adj_radius, adj_2);
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    wp::adj_sub(var_p, var_center, adj_p, adj_center, adj_0);
    // adj: return wp.length(p - center) - radius                                             <L 6>
    // adj: def sphere_distance(p: wp.vec3, center: wp.vec3, radius: float):                  <L 5>
    return;
}



extern "C" __global__ void interpolate_poses_370384f4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_angles,
    wp::array_t<wp::transform_t<wp::float32>> var_target_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out,
    wp::vec_t<3, wp::float32> var_rotation_axis,
    wp::vec_t<3, wp::float32> var_sphere_center,
    wp::float32 var_radius,
    wp::float32 var_sigma)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.41421356;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::quat_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        wp::quat_t<wp::float32> var_29;
        wp::quat_t<wp::float32> var_30;
        wp::quat_t<wp::float32> var_31;
        wp::transform_t<wp::float32> var_32;
        //---------
        // forward
        // def interpolate_poses(                                                                 <L 10>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 21>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // angle = angles[tid]                                                                    <L 22>
        var_4 = wp::address(var_angles, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // X_next = target_q[tid]                                                                 <L 23>
        var_7 = wp::address(var_target_q, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // sdf = sphere_distance(x, sphere_center, radius)                                        <L 24>
        var_10 = sphere_distance_0(var_2, var_sphere_center, var_radius);
        // t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                                   <L 25>
        var_14 = wp::mul(var_13, var_sigma);
        var_15 = wp::div(var_10, var_14);
        var_16 = wp::erf(var_15);
        var_17 = wp::sub(var_12, var_16);
        var_18 = wp::mul(var_11, var_17);
        // X0 = wp.transform(x, wp.quat_from_axis_angle(rotation_axis, angle))                    <L 26>
        var_19 = wp::quat_from_axis_angle(var_rotation_axis, var_5);
        var_20 = wp::transform_t<wp::float32>(var_2, var_19);
        // p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_next), t)       <L 27>
        var_21 = wp::transform_get_translation(var_20);
        var_22 = wp::transform_get_translation(var_8);
        var_23 = wp::lerp(var_21, var_22, var_18);
        // q0 = wp.transform_get_rotation(X0)                                                     <L 28>
        var_24 = wp::transform_get_rotation(var_20);
        // q1 = wp.transform_get_rotation(X_next)                                                 <L 29>
        var_25 = wp::transform_get_rotation(var_8);
        // if wp.dot(q0, q1) < 0.0:                                                               <L 31>
        var_26 = wp::dot(var_24, var_25);
        var_28 = (var_26 < var_27);
        if (var_28) {
            // q1 = -q1                                                                           <L 32>
            var_29 = wp::neg(var_25);
        }
        var_30 = wp::where(var_28, var_29, var_25);
        // body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, t))                            <L 33>
        var_31 = wp::quat_slerp(var_24, var_30, var_18);
        var_32 = wp::transform_t<wp::float32>(var_23, var_31);
        wp::array_store(var_body_q_out, var_0, var_32);
    }
}



extern "C" __global__ void interpolate_poses_370384f4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_angles,
    wp::array_t<wp::transform_t<wp::float32>> var_target_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out,
    wp::vec_t<3, wp::float32> var_rotation_axis,
    wp::vec_t<3, wp::float32> var_sphere_center,
    wp::float32 var_radius,
    wp::float32 var_sigma,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_angles,
    wp::array_t<wp::transform_t<wp::float32>> adj_target_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out,
    wp::vec_t<3, wp::float32> adj_rotation_axis,
    wp::vec_t<3, wp::float32> adj_sphere_center,
    wp::float32 adj_radius,
    wp::float32 adj_sigma)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.5;
        const wp::float32 var_12 = 1.0;
        const wp::float32 var_13 = 1.41421356;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::quat_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        wp::quat_t<wp::float32> var_29;
        wp::quat_t<wp::float32> var_30;
        wp::quat_t<wp::float32> var_31;
        wp::transform_t<wp::float32> var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::quat_t<wp::float32> adj_19 = {};
        wp::transform_t<wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::quat_t<wp::float32> adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::quat_t<wp::float32> adj_29 = {};
        wp::quat_t<wp::float32> adj_30 = {};
        wp::quat_t<wp::float32> adj_31 = {};
        wp::transform_t<wp::float32> adj_32 = {};
        //---------
        // forward
        // def interpolate_poses(                                                                 <L 10>
        // tid = wp.tid()                                                                         <L 20>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 21>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // angle = angles[tid]                                                                    <L 22>
        var_4 = wp::address(var_angles, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // X_next = target_q[tid]                                                                 <L 23>
        var_7 = wp::address(var_target_q, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // sdf = sphere_distance(x, sphere_center, radius)                                        <L 24>
        var_10 = sphere_distance_0(var_2, var_sphere_center, var_radius);
        // t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                                   <L 25>
        var_14 = wp::mul(var_13, var_sigma);
        var_15 = wp::div(var_10, var_14);
        var_16 = wp::erf(var_15);
        var_17 = wp::sub(var_12, var_16);
        var_18 = wp::mul(var_11, var_17);
        // X0 = wp.transform(x, wp.quat_from_axis_angle(rotation_axis, angle))                    <L 26>
        var_19 = wp::quat_from_axis_angle(var_rotation_axis, var_5);
        var_20 = wp::transform_t<wp::float32>(var_2, var_19);
        // p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_next), t)       <L 27>
        var_21 = wp::transform_get_translation(var_20);
        var_22 = wp::transform_get_translation(var_8);
        var_23 = wp::lerp(var_21, var_22, var_18);
        // q0 = wp.transform_get_rotation(X0)                                                     <L 28>
        var_24 = wp::transform_get_rotation(var_20);
        // q1 = wp.transform_get_rotation(X_next)                                                 <L 29>
        var_25 = wp::transform_get_rotation(var_8);
        // if wp.dot(q0, q1) < 0.0:                                                               <L 31>
        var_26 = wp::dot(var_24, var_25);
        var_28 = (var_26 < var_27);
        if (var_28) {
            // q1 = -q1                                                                           <L 32>
            var_29 = wp::neg(var_25);
        }
        var_30 = wp::where(var_28, var_29, var_25);
        // body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, t))                            <L 33>
        var_31 = wp::quat_slerp(var_24, var_30, var_18);
        var_32 = wp::transform_t<wp::float32>(var_23, var_31);
        // wp::array_store(var_body_q_out, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_body_q_out, var_0, var_32, adj_body_q_out, adj_0, adj_32);
        wp::adj_transform_t(var_23, var_31, adj_23, adj_31, adj_32);
        wp::adj_quat_slerp(var_24, var_30, var_18, var_31, adj_24, adj_30, adj_18, adj_31);
        // adj: body_q_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, t))                       <L 33>
        wp::adj_where(var_28, var_29, var_25, adj_28, adj_29, adj_25, adj_30);
        if (var_28) {
            wp::adj_neg(var_25, adj_25, adj_29);
            // adj: q1 = -q1                                                                      <L 32>
        }
        wp::adj_dot(var_24, var_25, adj_24, adj_25, adj_26);
        // adj: if wp.dot(q0, q1) < 0.0:                                                          <L 31>
        wp::adj_transform_get_rotation(var_8, adj_8, adj_25);
        // adj: q1 = wp.transform_get_rotation(X_next)                                            <L 29>
        wp::adj_transform_get_rotation(var_20, adj_20, adj_24);
        // adj: q0 = wp.transform_get_rotation(X0)                                                <L 28>
        wp::adj_lerp(var_21, var_22, var_18, adj_21, adj_22, adj_18, adj_23);
        wp::adj_transform_get_translation(var_8, adj_8, adj_22);
        wp::adj_transform_get_translation(var_20, adj_20, adj_21);
        // adj: p = wp.lerp(wp.transform_get_translation(X0), wp.transform_get_translation(X_next), t)  <L 27>
        wp::adj_transform_t(var_2, var_19, adj_2, adj_19, adj_20);
        wp::adj_quat_from_axis_angle(var_rotation_axis, var_5, adj_rotation_axis, adj_5, adj_19);
        // adj: X0 = wp.transform(x, wp.quat_from_axis_angle(rotation_axis, angle))               <L 26>
        wp::adj_mul(var_11, var_17, adj_11, adj_17, adj_18);
        wp::adj_sub(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_erf(var_15, adj_15, adj_16);
        wp::adj_div(var_10, var_14, var_15, adj_10, adj_14, adj_15);
        wp::adj_mul(var_13, var_sigma, adj_13, adj_sigma, adj_14);
        // adj: t = 0.5 * (1.0 - wp.erf(sdf / (1.41421356 * sigma)))                              <L 25>
        adj_sphere_distance_0(var_2, var_sphere_center, var_radius, adj_2, adj_sphere_center, adj_radius, adj_10);
        // adj: sdf = sphere_distance(x, sphere_center, radius)                                   <L 24>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_target_q, var_0, adj_target_q, adj_0, adj_7);
        // adj: X_next = target_q[tid]                                                            <L 23>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_angles, var_0, adj_angles, adj_0, adj_4);
        // adj: angle = angles[tid]                                                               <L 22>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: x = points[tid]                                                                   <L 21>
        // adj: tid = wp.tid()                                                                    <L 20>
        // adj: def interpolate_poses(                                                            <L 10>
        continue;
    }
}

