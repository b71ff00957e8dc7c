// Warp 1.19.0 cuda code for integrate_bodies_fc6971aa.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_bodies_f3cc71dd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia,
    wp::vec_t<3, wp::float32> var_g,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        wp::vec_t<6, wp::float32>* var_12;
        wp::vec_t<6, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::mat_t<3, 3, wp::float32>* var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32>* var_21;
        wp::mat_t<3, 3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::float32 var_49 = 0.0;
        wp::quat_t<wp::float32> var_50;
        wp::quat_t<wp::float32> var_51;
        const wp::float32 var_52 = 0.5;
        wp::quat_t<wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::quat_t<wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::transform_t<wp::float32> var_61;
        wp::vec_t<6, wp::float32> var_62;
        //---------
        // forward
        // def integrate_bodies(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // pose = body_q[tid]                                                                     <L 19>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // twist = body_vel[tid]                                                                  <L 20>
        var_4 = wp::address(var_body_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // vel = particle_v[tid]                                                                  <L 21>
        var_7 = wp::address(var_particle_v, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // v_s = wp.spatial_vector(wp.spatial_top(twist), vel)                                    <L 22>
        var_10 = wp::spatial_top(var_5);
        var_11 = wp::vec_t<6, wp::float32>(var_10, var_8);
        // wrench = body_forces[tid]                                                              <L 23>
        var_12 = wp::address(var_body_forces, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // inv_m = inv_mass[tid]                                                                  <L 24>
        var_15 = wp::address(var_inv_mass, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // I = body_inertia[tid]                                                                  <L 25>
        var_18 = wp::address(var_body_inertia, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // inv_inertia = body_inv_inertia[tid]                                                    <L 26>
        var_21 = wp::address(var_body_inv_inertia, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // x0 = wp.transform_get_translation(pose)                                                <L 27>
        var_24 = wp::transform_get_translation(var_2);
        // r0 = wp.transform_get_rotation(pose)                                                   <L 28>
        var_25 = wp::transform_get_rotation(var_2);
        // w0 = wp.spatial_top(v_s)                                                               <L 29>
        var_26 = wp::spatial_top(var_11);
        // v0 = wp.spatial_bottom(v_s)                                                            <L 30>
        var_27 = wp::spatial_bottom(var_11);
        // t0 = wp.spatial_top(wrench)                                                            <L 31>
        var_28 = wp::spatial_top(var_13);
        // f0 = wp.spatial_bottom(wrench)                                                         <L 32>
        var_29 = wp::spatial_bottom(var_13);
        // x_com = x0 + wp.quat_rotate(r0, body_com[tid])                                         <L 33>
        var_30 = wp::address(var_body_com, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::quat_rotate(var_25, var_32);
        var_33 = wp::add(var_24, var_31);
        // v1 = v0 + (f0 * inv_m + g) * delta_time                                                <L 35>
        var_34 = wp::mul(var_29, var_16);
        var_35 = wp::add(var_34, var_g);
        var_36 = wp::mul(var_35, var_delta_time);
        var_37 = wp::add(var_27, var_36);
        // x1 = x_com + v1 * delta_time                                                           <L 36>
        var_38 = wp::mul(var_37, var_delta_time);
        var_39 = wp::add(var_33, var_38);
        // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 38>
        var_40 = wp::quat_rotate_inv(var_25, var_26);
        // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 39>
        var_41 = wp::quat_rotate_inv(var_25, var_28);
        var_42 = wp::mul(var_19, var_40);
        var_43 = wp::cross(var_40, var_42);
        var_44 = wp::sub(var_41, var_43);
        // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)                            <L 40>
        var_45 = wp::mul(var_22, var_44);
        var_46 = wp::mul(var_45, var_delta_time);
        var_47 = wp::add(var_40, var_46);
        var_48 = wp::quat_rotate(var_25, var_47);
        // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 41>
        var_50 = wp::quat_t<wp::float32>(var_48, var_49);
        var_51 = wp::mul(var_50, var_25);
        var_53 = wp::mul(var_51, var_52);
        var_54 = wp::mul(var_53, var_delta_time);
        var_55 = wp::add(var_25, var_54);
        var_56 = wp::normalize(var_55);
        // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)             <L 42>
        var_57 = wp::address(var_body_com, var_0);
        var_59 = wp::load(var_57);
        var_58 = wp::quat_rotate(var_56, var_59);
        var_60 = wp::sub(var_39, var_58);
        var_61 = wp::transform_t<wp::float32>(var_60, var_56);
        wp::array_store(var_body_q_out, var_0, var_61);
        // body_vel[tid] = wp.spatial_vector(w1, v1)                                              <L 43>
        var_62 = wp::vec_t<6, wp::float32>(var_48, var_37);
        wp::array_store(var_body_vel, var_0, var_62);
    }
}



extern "C" __global__ void integrate_bodies_f3cc71dd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_body_inv_inertia,
    wp::vec_t<3, wp::float32> var_g,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_vel,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inertia,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_body_inv_inertia,
    wp::vec_t<3, wp::float32> adj_g,
    wp::float32 adj_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_out)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        wp::vec_t<6, wp::float32>* var_12;
        wp::vec_t<6, wp::float32> var_13;
        wp::vec_t<6, wp::float32> var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::mat_t<3, 3, wp::float32>* var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::mat_t<3, 3, wp::float32>* var_21;
        wp::mat_t<3, 3, wp::float32> var_22;
        wp::mat_t<3, 3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::float32 var_49 = 0.0;
        wp::quat_t<wp::float32> var_50;
        wp::quat_t<wp::float32> var_51;
        const wp::float32 var_52 = 0.5;
        wp::quat_t<wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::quat_t<wp::float32> var_56;
        wp::vec_t<3, wp::float32>* var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::transform_t<wp::float32> var_61;
        wp::vec_t<6, wp::float32> var_62;
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
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<6, wp::float32> adj_11 = {};
        wp::vec_t<6, wp::float32> adj_12 = {};
        wp::vec_t<6, wp::float32> adj_13 = {};
        wp::vec_t<6, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::mat_t<3, 3, wp::float32> adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::mat_t<3, 3, wp::float32> adj_21 = {};
        wp::mat_t<3, 3, wp::float32> adj_22 = {};
        wp::mat_t<3, 3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
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
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        wp::quat_t<wp::float32> adj_50 = {};
        wp::quat_t<wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        wp::quat_t<wp::float32> adj_53 = {};
        wp::quat_t<wp::float32> adj_54 = {};
        wp::quat_t<wp::float32> adj_55 = {};
        wp::quat_t<wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::transform_t<wp::float32> adj_61 = {};
        wp::vec_t<6, wp::float32> adj_62 = {};
        //---------
        // forward
        // def integrate_bodies(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // pose = body_q[tid]                                                                     <L 19>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // twist = body_vel[tid]                                                                  <L 20>
        var_4 = wp::address(var_body_vel, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // vel = particle_v[tid]                                                                  <L 21>
        var_7 = wp::address(var_particle_v, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // v_s = wp.spatial_vector(wp.spatial_top(twist), vel)                                    <L 22>
        var_10 = wp::spatial_top(var_5);
        var_11 = wp::vec_t<6, wp::float32>(var_10, var_8);
        // wrench = body_forces[tid]                                                              <L 23>
        var_12 = wp::address(var_body_forces, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // inv_m = inv_mass[tid]                                                                  <L 24>
        var_15 = wp::address(var_inv_mass, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // I = body_inertia[tid]                                                                  <L 25>
        var_18 = wp::address(var_body_inertia, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // inv_inertia = body_inv_inertia[tid]                                                    <L 26>
        var_21 = wp::address(var_body_inv_inertia, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // x0 = wp.transform_get_translation(pose)                                                <L 27>
        var_24 = wp::transform_get_translation(var_2);
        // r0 = wp.transform_get_rotation(pose)                                                   <L 28>
        var_25 = wp::transform_get_rotation(var_2);
        // w0 = wp.spatial_top(v_s)                                                               <L 29>
        var_26 = wp::spatial_top(var_11);
        // v0 = wp.spatial_bottom(v_s)                                                            <L 30>
        var_27 = wp::spatial_bottom(var_11);
        // t0 = wp.spatial_top(wrench)                                                            <L 31>
        var_28 = wp::spatial_top(var_13);
        // f0 = wp.spatial_bottom(wrench)                                                         <L 32>
        var_29 = wp::spatial_bottom(var_13);
        // x_com = x0 + wp.quat_rotate(r0, body_com[tid])                                         <L 33>
        var_30 = wp::address(var_body_com, var_0);
        var_32 = wp::load(var_30);
        var_31 = wp::quat_rotate(var_25, var_32);
        var_33 = wp::add(var_24, var_31);
        // v1 = v0 + (f0 * inv_m + g) * delta_time                                                <L 35>
        var_34 = wp::mul(var_29, var_16);
        var_35 = wp::add(var_34, var_g);
        var_36 = wp::mul(var_35, var_delta_time);
        var_37 = wp::add(var_27, var_36);
        // x1 = x_com + v1 * delta_time                                                           <L 36>
        var_38 = wp::mul(var_37, var_delta_time);
        var_39 = wp::add(var_33, var_38);
        // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 38>
        var_40 = wp::quat_rotate_inv(var_25, var_26);
        // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 39>
        var_41 = wp::quat_rotate_inv(var_25, var_28);
        var_42 = wp::mul(var_19, var_40);
        var_43 = wp::cross(var_40, var_42);
        var_44 = wp::sub(var_41, var_43);
        // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)                            <L 40>
        var_45 = wp::mul(var_22, var_44);
        var_46 = wp::mul(var_45, var_delta_time);
        var_47 = wp::add(var_40, var_46);
        var_48 = wp::quat_rotate(var_25, var_47);
        // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 41>
        var_50 = wp::quat_t<wp::float32>(var_48, var_49);
        var_51 = wp::mul(var_50, var_25);
        var_53 = wp::mul(var_51, var_52);
        var_54 = wp::mul(var_53, var_delta_time);
        var_55 = wp::add(var_25, var_54);
        var_56 = wp::normalize(var_55);
        // body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)             <L 42>
        var_57 = wp::address(var_body_com, var_0);
        var_59 = wp::load(var_57);
        var_58 = wp::quat_rotate(var_56, var_59);
        var_60 = wp::sub(var_39, var_58);
        var_61 = wp::transform_t<wp::float32>(var_60, var_56);
        // wp::array_store(var_body_q_out, var_0, var_61);
        // body_vel[tid] = wp.spatial_vector(w1, v1)                                              <L 43>
        var_62 = wp::vec_t<6, wp::float32>(var_48, var_37);
        // wp::array_store(var_body_vel, var_0, var_62);
        //---------
        // reverse
        wp::adj_array_store(var_body_vel, var_0, var_62, adj_body_vel, adj_0, adj_62);
        wp::adj_vec_t(var_48, var_37, adj_48, adj_37, adj_62);
        // adj: body_vel[tid] = wp.spatial_vector(w1, v1)                                         <L 43>
        wp::adj_array_store(var_body_q_out, var_0, var_61, adj_body_q_out, adj_0, adj_61);
        wp::adj_transform_t(var_60, var_56, adj_60, adj_56, adj_61);
        wp::adj_sub(var_39, var_58, adj_39, adj_58, adj_60);
        wp::adj_quat_rotate(var_56, var_59, adj_56, adj_57, adj_58);
        wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_57);
        // adj: body_q_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, body_com[tid]), r1)        <L 42>
        wp::adj_normalize(var_55, adj_55, adj_56);
        wp::adj_add(var_25, var_54, adj_25, adj_54, adj_55);
        wp::adj_mul(var_53, var_delta_time, adj_53, adj_delta_time, adj_54);
        wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_mul(var_50, var_25, adj_50, adj_25, adj_51);
        wp::adj_quat_t(var_48, var_49, adj_48, adj_49, adj_50);
        // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                  <L 41>
        wp::adj_quat_rotate(var_25, var_47, adj_25, adj_47, adj_48);
        wp::adj_add(var_40, var_46, adj_40, adj_46, adj_47);
        wp::adj_mul(var_45, var_delta_time, adj_45, adj_delta_time, adj_46);
        wp::adj_mul(var_22, var_44, adj_22, adj_44, adj_45);
        // adj: w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)                       <L 40>
        wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
        wp::adj_cross(var_40, var_42, adj_40, adj_42, adj_43);
        wp::adj_mul(var_19, var_40, adj_19, adj_40, adj_42);
        wp::adj_quat_rotate_inv(var_25, var_28, adj_25, adj_28, adj_41);
        // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                            <L 39>
        wp::adj_quat_rotate_inv(var_25, var_26, adj_25, adj_26, adj_40);
        // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 38>
        wp::adj_add(var_33, var_38, adj_33, adj_38, adj_39);
        wp::adj_mul(var_37, var_delta_time, adj_37, adj_delta_time, adj_38);
        // adj: x1 = x_com + v1 * delta_time                                                      <L 36>
        wp::adj_add(var_27, var_36, adj_27, adj_36, adj_37);
        wp::adj_mul(var_35, var_delta_time, adj_35, adj_delta_time, adj_36);
        wp::adj_add(var_34, var_g, adj_34, adj_g, adj_35);
        wp::adj_mul(var_29, var_16, adj_29, adj_16, adj_34);
        // adj: v1 = v0 + (f0 * inv_m + g) * delta_time                                           <L 35>
        wp::adj_add(var_24, var_31, adj_24, adj_31, adj_33);
        wp::adj_quat_rotate(var_25, var_32, adj_25, adj_30, adj_31);
        wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_30);
        // adj: x_com = x0 + wp.quat_rotate(r0, body_com[tid])                                    <L 33>
        wp::adj_spatial_bottom(var_13, adj_13, adj_29);
        // adj: f0 = wp.spatial_bottom(wrench)                                                    <L 32>
        wp::adj_spatial_top(var_13, adj_13, adj_28);
        // adj: t0 = wp.spatial_top(wrench)                                                       <L 31>
        wp::adj_spatial_bottom(var_11, adj_11, adj_27);
        // adj: v0 = wp.spatial_bottom(v_s)                                                       <L 30>
        wp::adj_spatial_top(var_11, adj_11, adj_26);
        // adj: w0 = wp.spatial_top(v_s)                                                          <L 29>
        wp::adj_transform_get_rotation(var_2, adj_2, adj_25);
        // adj: r0 = wp.transform_get_rotation(pose)                                              <L 28>
        wp::adj_transform_get_translation(var_2, adj_2, adj_24);
        // adj: x0 = wp.transform_get_translation(pose)                                           <L 27>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_body_inv_inertia, var_0, adj_body_inv_inertia, adj_0, adj_21);
        // adj: inv_inertia = body_inv_inertia[tid]                                               <L 26>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_body_inertia, var_0, adj_body_inertia, adj_0, adj_18);
        // adj: I = body_inertia[tid]                                                             <L 25>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_15);
        // adj: inv_m = inv_mass[tid]                                                             <L 24>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_body_forces, var_0, adj_body_forces, adj_0, adj_12);
        // adj: wrench = body_forces[tid]                                                         <L 23>
        wp::adj_vec_t(var_10, var_8, adj_10, adj_8, adj_11);
        wp::adj_spatial_top(var_5, adj_5, adj_10);
        // adj: v_s = wp.spatial_vector(wp.spatial_top(twist), vel)                               <L 22>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_7);
        // adj: vel = particle_v[tid]                                                             <L 21>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_body_vel, var_0, adj_body_vel, adj_0, adj_4);
        // adj: twist = body_vel[tid]                                                             <L 20>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
        // adj: pose = body_q[tid]                                                                <L 19>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def integrate_bodies(                                                             <L 5>
        continue;
    }
}

