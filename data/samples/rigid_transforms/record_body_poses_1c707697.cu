// Warp 1.19.0 cuda code for record_body_poses_1c707697.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// record_body_poses.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> angular_velocity_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> var_q_prev,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::quat_t<wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def angular_velocity(q: wp.quat, q_prev: wp.quat, dt: float) -> wp.vec3:               <L 5>
    // dq = q * wp.quat_inverse(q_prev)                                                       <L 6>
    var_0 = wp::quat_inverse(var_q_prev);
    var_1 = wp::mul(var_q, var_0);
    // w = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 / dt)                                          <L 8>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_1, var_4);
    var_7 = wp::extract(var_1, var_6);
    var_8 = wp::vec_t<3, wp::float32>(var_3, var_5, var_7);
    var_10 = wp::div(var_9, var_dt);
    var_11 = wp::mul(var_8, var_10);
    // if dq[3] < 0.0:                                                                        <L 9>
    var_13 = wp::extract(var_1, var_12);
    var_15 = (var_13 < var_14);
    if (var_15) {
        // w = -w                                                                             <L 10>
        var_16 = wp::neg(var_11);
    }
    var_17 = wp::where(var_15, var_16, var_11);
    // return w                                                                               <L 11>
    return var_17;
}


// record_body_poses.py:4
static CUDA_CALLABLE void adj_angular_velocity_0(
    wp::quat_t<wp::float32> var_q,
    wp::quat_t<wp::float32> var_q_prev,
    wp::float32 var_dt,
    wp::quat_t<wp::float32> & adj_q,
    wp::quat_t<wp::float32> & adj_q_prev,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::quat_t<wp::float32> var_0;
    wp::quat_t<wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 2.0;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 3;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::quat_t<wp::float32> adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def angular_velocity(q: wp.quat, q_prev: wp.quat, dt: float) -> wp.vec3:               <L 5>
    // dq = q * wp.quat_inverse(q_prev)                                                       <L 6>
    var_0 = wp::quat_inverse(var_q_prev);
    var_1 = wp::mul(var_q, var_0);
    // w = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 / dt)                                          <L 8>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_1, var_4);
    var_7 = wp::extract(var_1, var_6);
    var_8 = wp::vec_t<3, wp::float32>(var_3, var_5, var_7);
    var_10 = wp::div(var_9, var_dt);
    var_11 = wp::mul(var_8, var_10);
    // if dq[3] < 0.0:                                                                        <L 9>
    var_13 = wp::extract(var_1, var_12);
    var_15 = (var_13 < var_14);
    if (var_15) {
        // w = -w                                                                             <L 10>
        var_16 = wp::neg(var_11);
    }
    var_17 = wp::where(var_15, var_16, var_11);
    // return w                                                                               <L 11>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    // adj: return w                                                                          <L 11>
    wp::adj_where(var_15, var_16, var_11, adj_15, adj_16, adj_11, adj_17);
    if (var_15) {
        wp::adj_neg(var_11, adj_11, adj_16);
        // adj: w = -w                                                                        <L 10>
    }
    wp::adj_extract(var_1, var_12, adj_1, adj_12, adj_13);
    // adj: if dq[3] < 0.0:                                                                   <L 9>
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_div(var_9, var_dt, var_10, adj_9, adj_dt, adj_10);
    wp::adj_vec_t(var_3, var_5, var_7, adj_3, adj_5, adj_7, adj_8);
    wp::adj_extract(var_1, var_6, adj_1, adj_6, adj_7);
    wp::adj_extract(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_extract(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: w = wp.vec3(dq[0], dq[1], dq[2]) * (2.0 / dt)                                     <L 8>
    wp::adj_mul(var_q, var_0, adj_q, adj_0, adj_1);
    wp::adj_quat_inverse(var_q_prev, adj_q_prev, adj_0);
    // adj: dq = q * wp.quat_inverse(q_prev)                                                  <L 6>
    // adj: def angular_velocity(q: wp.quat, q_prev: wp.quat, dt: float) -> wp.vec3:          <L 5>
    return;
}



extern "C" __global__ void record_body_poses_d72c2aa7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_history,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out,
    wp::int32 var_body_count,
    wp::int32 var_history_len,
    wp::int32 var_step,
    wp::float32 var_delta_time)
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
        bool var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::transform_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::transform_t<wp::float32>* var_12;
        wp::transform_t<wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::quat_t<wp::float32> var_19;
        wp::quat_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<6, wp::float32> var_24;
        //---------
        // forward
        // def record_body_poses(                                                                 <L 15>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // if tid >= body_count:                                                                  <L 25>
        var_1 = (var_0 >= var_body_count);
        if (var_1) {
            // return                                                                             <L 26>
            continue;
        }
        // slot = step % history_len                                                              <L 27>
        var_2 = wp::mod(var_step, var_history_len);
        // prev = (slot + history_len - 1) % history_len                                          <L 28>
        var_3 = wp::add(var_2, var_history_len);
        var_5 = wp::sub(var_3, var_4);
        var_6 = wp::mod(var_5, var_history_len);
        // X_prev = body_q_history[prev * body_count + tid]                                       <L 29>
        var_7 = wp::mul(var_6, var_body_count);
        var_8 = wp::add(var_7, var_0);
        var_9 = wp::address(var_body_q_history, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // X_wb = body_q[tid]                                                                     <L 30>
        var_12 = wp::address(var_body_q, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // body_q_history[slot * body_count + tid] = X_wb                                         <L 31>
        var_15 = wp::mul(var_2, var_body_count);
        var_16 = wp::add(var_15, var_0);
        wp::array_store(var_body_q_history, var_16, var_13);
        // x = wp.transform_get_translation(X_wb)                                                 <L 32>
        var_17 = wp::transform_get_translation(var_13);
        // x_prev = wp.transform_get_translation(X_prev)                                          <L 33>
        var_18 = wp::transform_get_translation(var_10);
        // w = angular_velocity(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_prev), delta_time)       <L 34>
        var_19 = wp::transform_get_rotation(var_13);
        var_20 = wp::transform_get_rotation(var_10);
        var_21 = angular_velocity_0(var_19, var_20, var_delta_time);
        // body_qd_out[tid] = wp.spatial_vector(w, (x - x_prev) / delta_time)                     <L 35>
        var_22 = wp::sub(var_17, var_18);
        var_23 = wp::div(var_22, var_delta_time);
        var_24 = wp::vec_t<6, wp::float32>(var_21, var_23);
        wp::array_store(var_body_qd_out, var_0, var_24);
    }
}



extern "C" __global__ void record_body_poses_d72c2aa7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_history,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out,
    wp::int32 var_body_count,
    wp::int32 var_history_len,
    wp::int32 var_step,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_history,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out,
    wp::int32 adj_body_count,
    wp::int32 adj_history_len,
    wp::int32 adj_step,
    wp::float32 adj_delta_time)
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
        bool var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::transform_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::transform_t<wp::float32>* var_12;
        wp::transform_t<wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::quat_t<wp::float32> var_19;
        wp::quat_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<6, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::transform_t<wp::float32> adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        wp::transform_t<wp::float32> adj_13 = {};
        wp::transform_t<wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::quat_t<wp::float32> adj_19 = {};
        wp::quat_t<wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<6, wp::float32> adj_24 = {};
        //---------
        // forward
        // def record_body_poses(                                                                 <L 15>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // if tid >= body_count:                                                                  <L 25>
        var_1 = (var_0 >= var_body_count);
        if (var_1) {
            // return                                                                             <L 26>
            goto label0;
        }
        // slot = step % history_len                                                              <L 27>
        var_2 = wp::mod(var_step, var_history_len);
        // prev = (slot + history_len - 1) % history_len                                          <L 28>
        var_3 = wp::add(var_2, var_history_len);
        var_5 = wp::sub(var_3, var_4);
        var_6 = wp::mod(var_5, var_history_len);
        // X_prev = body_q_history[prev * body_count + tid]                                       <L 29>
        var_7 = wp::mul(var_6, var_body_count);
        var_8 = wp::add(var_7, var_0);
        var_9 = wp::address(var_body_q_history, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // X_wb = body_q[tid]                                                                     <L 30>
        var_12 = wp::address(var_body_q, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // body_q_history[slot * body_count + tid] = X_wb                                         <L 31>
        var_15 = wp::mul(var_2, var_body_count);
        var_16 = wp::add(var_15, var_0);
        // wp::array_store(var_body_q_history, var_16, var_13);
        // x = wp.transform_get_translation(X_wb)                                                 <L 32>
        var_17 = wp::transform_get_translation(var_13);
        // x_prev = wp.transform_get_translation(X_prev)                                          <L 33>
        var_18 = wp::transform_get_translation(var_10);
        // w = angular_velocity(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_prev), delta_time)       <L 34>
        var_19 = wp::transform_get_rotation(var_13);
        var_20 = wp::transform_get_rotation(var_10);
        var_21 = angular_velocity_0(var_19, var_20, var_delta_time);
        // body_qd_out[tid] = wp.spatial_vector(w, (x - x_prev) / delta_time)                     <L 35>
        var_22 = wp::sub(var_17, var_18);
        var_23 = wp::div(var_22, var_delta_time);
        var_24 = wp::vec_t<6, wp::float32>(var_21, var_23);
        // wp::array_store(var_body_qd_out, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_body_qd_out, var_0, var_24, adj_body_qd_out, adj_0, adj_24);
        wp::adj_vec_t(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_div(var_22, var_delta_time, adj_22, adj_delta_time, adj_23);
        wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_22);
        // adj: body_qd_out[tid] = wp.spatial_vector(w, (x - x_prev) / delta_time)                <L 35>
        adj_angular_velocity_0(var_19, var_20, var_delta_time, adj_19, adj_20, adj_delta_time, adj_21);
        wp::adj_transform_get_rotation(var_10, adj_10, adj_20);
        wp::adj_transform_get_rotation(var_13, adj_13, adj_19);
        // adj: w = angular_velocity(wp.transform_get_rotation(X_wb), wp.transform_get_rotation(X_prev), delta_time)  <L 34>
        wp::adj_transform_get_translation(var_10, adj_10, adj_18);
        // adj: x_prev = wp.transform_get_translation(X_prev)                                     <L 33>
        wp::adj_transform_get_translation(var_13, adj_13, adj_17);
        // adj: x = wp.transform_get_translation(X_wb)                                            <L 32>
        wp::adj_array_store(var_body_q_history, var_16, var_13, adj_body_q_history, adj_16, adj_13);
        wp::adj_add(var_15, var_0, adj_15, adj_0, adj_16);
        wp::adj_mul(var_2, var_body_count, adj_2, adj_body_count, adj_15);
        // adj: body_q_history[slot * body_count + tid] = X_wb                                    <L 31>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_12);
        // adj: X_wb = body_q[tid]                                                                <L 30>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_body_q_history, var_8, adj_body_q_history, adj_8, adj_9);
        wp::adj_add(var_7, var_0, adj_7, adj_0, adj_8);
        wp::adj_mul(var_6, var_body_count, adj_6, adj_body_count, adj_7);
        // adj: X_prev = body_q_history[prev * body_count + tid]                                  <L 29>
        wp::adj_mod(var_5, var_history_len, adj_5, adj_history_len, adj_6);
        wp::adj_sub(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_add(var_2, var_history_len, adj_2, adj_history_len, adj_3);
        // adj: prev = (slot + history_len - 1) % history_len                                     <L 28>
        wp::adj_mod(var_step, var_history_len, adj_step, adj_history_len, adj_2);
        // adj: slot = step % history_len                                                         <L 27>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        // adj: if tid >= body_count:                                                             <L 25>
        // adj: tid = wp.tid()                                                                    <L 24>
        // adj: def record_body_poses(                                                            <L 15>
        continue;
    }
}

