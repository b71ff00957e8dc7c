// Warp 1.19.0 cuda code for step_bodies_5f643f04.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void step_bodies_5e31b1a2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia,
    wp::transform_t<wp::float32> var_shape_xform,
    wp::float32 var_inv_mass,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<6, wp::float32>* var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::mat_t<3, 3, wp::float32>* var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
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
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        const wp::float32 var_45 = 0.0;
        wp::quat_t<wp::float32> var_46;
        wp::quat_t<wp::float32> var_47;
        const wp::float32 var_48 = 0.5;
        wp::quat_t<wp::float32> var_49;
        wp::quat_t<wp::float32> var_50;
        wp::quat_t<wp::float32> var_51;
        wp::quat_t<wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::transform_t<wp::float32> var_55;
        wp::vec_t<6, wp::float32> var_56;
        //---------
        // forward
        // def step_bodies(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // X_wp = parent_q[tid]                                                                   <L 19>
        var_1 = wp::address(var_parent_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xform = wp.transform_multiply(X_wp, shape_xform)                                       <L 20>
        var_4 = wp::transform_multiply(var_2, var_shape_xform);
        // twist = body_qd[tid]                                                                   <L 21>
        var_5 = wp::address(var_body_qd, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // torque = torques[tid]                                                                  <L 22>
        var_8 = wp::address(var_torques, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // force = particle_f[tid]                                                                <L 23>
        var_11 = wp::address(var_particle_f, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // body_force = wp.spatial_vector(torque, force)                                          <L 24>
        var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
        // com = body_com[tid]                                                                    <L 25>
        var_15 = wp::address(var_body_com, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // I = body_inertia[tid]                                                                  <L 26>
        var_18 = wp::address(var_body_inertia, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // x0 = wp.transform_get_translation(xform)                                               <L 27>
        var_21 = wp::transform_get_translation(var_4);
        // r0 = wp.transform_get_rotation(xform)                                                  <L 28>
        var_22 = wp::transform_get_rotation(var_4);
        // w0 = wp.spatial_top(twist)                                                             <L 29>
        var_23 = wp::spatial_top(var_6);
        // v0 = wp.spatial_bottom(twist)                                                          <L 30>
        var_24 = wp::spatial_bottom(var_6);
        // t0 = wp.spatial_top(body_force)                                                        <L 31>
        var_25 = wp::spatial_top(var_14);
        // f0 = wp.spatial_bottom(body_force)                                                     <L 32>
        var_26 = wp::spatial_bottom(var_14);
        // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 33>
        var_27 = wp::quat_rotate(var_22, var_16);
        var_28 = wp::add(var_21, var_27);
        // v1 = v0 + (f0 * inv_mass + gravity) * delta_time                                       <L 35>
        var_29 = wp::mul(var_26, var_inv_mass);
        var_30 = wp::add(var_29, var_gravity);
        var_31 = wp::mul(var_30, var_delta_time);
        var_32 = wp::add(var_24, var_31);
        // x1 = x_com + v1 * delta_time                                                           <L 36>
        var_33 = wp::mul(var_32, var_delta_time);
        var_34 = wp::add(var_28, var_33);
        // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 38>
        var_35 = wp::quat_rotate_inv(var_22, var_23);
        // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 39>
        var_36 = wp::quat_rotate_inv(var_22, var_25);
        var_37 = wp::mul(var_19, var_35);
        var_38 = wp::cross(var_35, var_37);
        var_39 = wp::sub(var_36, var_38);
        // w1 = wp.quat_rotate(r0, wb + wp.inverse(I) @ tb * delta_time)                          <L 40>
        var_40 = wp::inverse(var_19);
        var_41 = wp::mul(var_40, var_39);
        var_42 = wp::mul(var_41, var_delta_time);
        var_43 = wp::add(var_35, var_42);
        var_44 = wp::quat_rotate(var_22, var_43);
        // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 41>
        var_46 = wp::quat_t<wp::float32>(var_44, var_45);
        var_47 = wp::mul(var_46, var_22);
        var_49 = wp::mul(var_47, var_48);
        var_50 = wp::mul(var_49, var_delta_time);
        var_51 = wp::add(var_22, var_50);
        var_52 = wp::normalize(var_51);
        // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                       <L 42>
        var_53 = wp::quat_rotate(var_52, var_16);
        var_54 = wp::sub(var_34, var_53);
        var_55 = wp::transform_t<wp::float32>(var_54, var_52);
        wp::array_store(var_body_q_out, var_0, var_55);
        // body_qd[tid] = wp.spatial_vector(w1, v1)                                               <L 43>
        var_56 = wp::vec_t<6, wp::float32>(var_44, var_32);
        wp::array_store(var_body_qd, var_0, var_56);
}



extern "C" __global__ void step_bodies_5e31b1a2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia,
    wp::transform_t<wp::float32> var_shape_xform,
    wp::float32 var_inv_mass,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torques,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia,
    wp::transform_t<wp::float32> adj_shape_xform,
    wp::float32 adj_inv_mass,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<6, wp::float32>* var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::mat_t<3, 3, wp::float32>* var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
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
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        const wp::float32 var_45 = 0.0;
        wp::quat_t<wp::float32> var_46;
        wp::quat_t<wp::float32> var_47;
        const wp::float32 var_48 = 0.5;
        wp::quat_t<wp::float32> var_49;
        wp::quat_t<wp::float32> var_50;
        wp::quat_t<wp::float32> var_51;
        wp::quat_t<wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::transform_t<wp::float32> var_55;
        wp::vec_t<6, wp::float32> var_56;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::vec_t<6, wp::float32> adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<6, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::mat_t<3, 3, wp::float32> adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
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
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::quat_t<wp::float32> adj_46 = {};
        wp::quat_t<wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::quat_t<wp::float32> adj_49 = {};
        wp::quat_t<wp::float32> adj_50 = {};
        wp::quat_t<wp::float32> adj_51 = {};
        wp::quat_t<wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::transform_t<wp::float32> adj_55 = {};
        wp::vec_t<6, wp::float32> adj_56 = {};
        //---------
        // forward
        // def step_bodies(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // X_wp = parent_q[tid]                                                                   <L 19>
        var_1 = wp::address(var_parent_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // xform = wp.transform_multiply(X_wp, shape_xform)                                       <L 20>
        var_4 = wp::transform_multiply(var_2, var_shape_xform);
        // twist = body_qd[tid]                                                                   <L 21>
        var_5 = wp::address(var_body_qd, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // torque = torques[tid]                                                                  <L 22>
        var_8 = wp::address(var_torques, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // force = particle_f[tid]                                                                <L 23>
        var_11 = wp::address(var_particle_f, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // body_force = wp.spatial_vector(torque, force)                                          <L 24>
        var_14 = wp::vec_t<6, wp::float32>(var_9, var_12);
        // com = body_com[tid]                                                                    <L 25>
        var_15 = wp::address(var_body_com, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // I = body_inertia[tid]                                                                  <L 26>
        var_18 = wp::address(var_body_inertia, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // x0 = wp.transform_get_translation(xform)                                               <L 27>
        var_21 = wp::transform_get_translation(var_4);
        // r0 = wp.transform_get_rotation(xform)                                                  <L 28>
        var_22 = wp::transform_get_rotation(var_4);
        // w0 = wp.spatial_top(twist)                                                             <L 29>
        var_23 = wp::spatial_top(var_6);
        // v0 = wp.spatial_bottom(twist)                                                          <L 30>
        var_24 = wp::spatial_bottom(var_6);
        // t0 = wp.spatial_top(body_force)                                                        <L 31>
        var_25 = wp::spatial_top(var_14);
        // f0 = wp.spatial_bottom(body_force)                                                     <L 32>
        var_26 = wp::spatial_bottom(var_14);
        // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 33>
        var_27 = wp::quat_rotate(var_22, var_16);
        var_28 = wp::add(var_21, var_27);
        // v1 = v0 + (f0 * inv_mass + gravity) * delta_time                                       <L 35>
        var_29 = wp::mul(var_26, var_inv_mass);
        var_30 = wp::add(var_29, var_gravity);
        var_31 = wp::mul(var_30, var_delta_time);
        var_32 = wp::add(var_24, var_31);
        // x1 = x_com + v1 * delta_time                                                           <L 36>
        var_33 = wp::mul(var_32, var_delta_time);
        var_34 = wp::add(var_28, var_33);
        // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 38>
        var_35 = wp::quat_rotate_inv(var_22, var_23);
        // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 39>
        var_36 = wp::quat_rotate_inv(var_22, var_25);
        var_37 = wp::mul(var_19, var_35);
        var_38 = wp::cross(var_35, var_37);
        var_39 = wp::sub(var_36, var_38);
        // w1 = wp.quat_rotate(r0, wb + wp.inverse(I) @ tb * delta_time)                          <L 40>
        var_40 = wp::inverse(var_19);
        var_41 = wp::mul(var_40, var_39);
        var_42 = wp::mul(var_41, var_delta_time);
        var_43 = wp::add(var_35, var_42);
        var_44 = wp::quat_rotate(var_22, var_43);
        // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 41>
        var_46 = wp::quat_t<wp::float32>(var_44, var_45);
        var_47 = wp::mul(var_46, var_22);
        var_49 = wp::mul(var_47, var_48);
        var_50 = wp::mul(var_49, var_delta_time);
        var_51 = wp::add(var_22, var_50);
        var_52 = wp::normalize(var_51);
        // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                       <L 42>
        var_53 = wp::quat_rotate(var_52, var_16);
        var_54 = wp::sub(var_34, var_53);
        var_55 = wp::transform_t<wp::float32>(var_54, var_52);
        // wp::array_store(var_body_q_out, var_0, var_55);
        // body_qd[tid] = wp.spatial_vector(w1, v1)                                               <L 43>
        var_56 = wp::vec_t<6, wp::float32>(var_44, var_32);
        // wp::array_store(var_body_qd, var_0, var_56);
        //---------
        // reverse
        wp::adj_array_store(var_body_qd, var_0, var_56, adj_body_qd, adj_0, adj_56);
        wp::adj_vec_t(var_44, var_32, adj_44, adj_32, adj_56);
        // adj: body_qd[tid] = wp.spatial_vector(w1, v1)                                          <L 43>
        wp::adj_array_store(var_body_q_out, var_0, var_55, adj_body_q_out, adj_0, adj_55);
        wp::adj_transform_t(var_54, var_52, adj_54, adj_52, adj_55);
        wp::adj_sub(var_34, var_53, adj_34, adj_53, adj_54);
        wp::adj_quat_rotate(var_52, var_16, adj_52, adj_16, adj_53);
        // adj: body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                  <L 42>
        wp::adj_normalize(var_51, adj_51, adj_52);
        wp::adj_add(var_22, var_50, adj_22, adj_50, adj_51);
        wp::adj_mul(var_49, var_delta_time, adj_49, adj_delta_time, adj_50);
        wp::adj_mul(var_47, var_48, adj_47, adj_48, adj_49);
        wp::adj_mul(var_46, var_22, adj_46, adj_22, adj_47);
        wp::adj_quat_t(var_44, var_45, adj_44, adj_45, adj_46);
        // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                  <L 41>
        wp::adj_quat_rotate(var_22, var_43, adj_22, adj_43, adj_44);
        wp::adj_add(var_35, var_42, adj_35, adj_42, adj_43);
        wp::adj_mul(var_41, var_delta_time, adj_41, adj_delta_time, adj_42);
        wp::adj_mul(var_40, var_39, adj_40, adj_39, adj_41);
        wp::adj_inverse(var_19, var_40, adj_19, adj_40);
        // adj: w1 = wp.quat_rotate(r0, wb + wp.inverse(I) @ tb * delta_time)                     <L 40>
        wp::adj_sub(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_cross(var_35, var_37, adj_35, adj_37, adj_38);
        wp::adj_mul(var_19, var_35, adj_19, adj_35, adj_37);
        wp::adj_quat_rotate_inv(var_22, var_25, adj_22, adj_25, adj_36);
        // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                            <L 39>
        wp::adj_quat_rotate_inv(var_22, var_23, adj_22, adj_23, adj_35);
        // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 38>
        wp::adj_add(var_28, var_33, adj_28, adj_33, adj_34);
        wp::adj_mul(var_32, var_delta_time, adj_32, adj_delta_time, adj_33);
        // adj: x1 = x_com + v1 * delta_time                                                      <L 36>
        wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
        wp::adj_mul(var_30, var_delta_time, adj_30, adj_delta_time, adj_31);
        wp::adj_add(var_29, var_gravity, adj_29, adj_gravity, adj_30);
        wp::adj_mul(var_26, var_inv_mass, adj_26, adj_inv_mass, adj_29);
        // adj: v1 = v0 + (f0 * inv_mass + gravity) * delta_time                                  <L 35>
        wp::adj_add(var_21, var_27, adj_21, adj_27, adj_28);
        wp::adj_quat_rotate(var_22, var_16, adj_22, adj_16, adj_27);
        // adj: x_com = x0 + wp.quat_rotate(r0, com)                                              <L 33>
        wp::adj_spatial_bottom(var_14, adj_14, adj_26);
        // adj: f0 = wp.spatial_bottom(body_force)                                                <L 32>
        wp::adj_spatial_top(var_14, adj_14, adj_25);
        // adj: t0 = wp.spatial_top(body_force)                                                   <L 31>
        wp::adj_spatial_bottom(var_6, adj_6, adj_24);
        // adj: v0 = wp.spatial_bottom(twist)                                                     <L 30>
        wp::adj_spatial_top(var_6, adj_6, adj_23);
        // adj: w0 = wp.spatial_top(twist)                                                        <L 29>
        wp::adj_transform_get_rotation(var_4, adj_4, adj_22);
        // adj: r0 = wp.transform_get_rotation(xform)                                             <L 28>
        wp::adj_transform_get_translation(var_4, adj_4, adj_21);
        // adj: x0 = wp.transform_get_translation(xform)                                          <L 27>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_body_inertia, var_0, adj_body_inertia, adj_0, adj_18);
        // adj: I = body_inertia[tid]                                                             <L 26>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_15);
        // adj: com = body_com[tid]                                                               <L 25>
        wp::adj_vec_t(var_9, var_12, adj_9, adj_12, adj_14);
        // adj: body_force = wp.spatial_vector(torque, force)                                     <L 24>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_11);
        // adj: force = particle_f[tid]                                                           <L 23>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_torques, var_0, adj_torques, adj_0, adj_8);
        // adj: torque = torques[tid]                                                             <L 22>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_5);
        // adj: twist = body_qd[tid]                                                              <L 21>
        wp::adj_transform_multiply(var_2, var_shape_xform, adj_2, adj_shape_xform, adj_4);
        // adj: xform = wp.transform_multiply(X_wp, shape_xform)                                  <L 20>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_1);
        // adj: X_wp = parent_q[tid]                                                              <L 19>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def step_bodies(                                                                  <L 5>
        return;
}

