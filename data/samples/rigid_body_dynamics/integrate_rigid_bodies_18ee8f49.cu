// Warp 1.19.0 cuda code for integrate_rigid_bodies_18ee8f49.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_rigid_bodies_e22b7800_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias,
    wp::int32 var_active_count,
    wp::vec_t<3, wp::float32> var_com,
    wp::mat_t<3, 3, wp::float32> var_inv_inertia,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> var_poses_out,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<6, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::vec_t<6, wp::float32> var_8;
        wp::vec_t<6, wp::float32>* var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::mat_t<3, 3, wp::float32>* var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::transform_t<wp::float32>* var_18;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        const wp::float32 var_30 = 0.0;
        const wp::float32 var_31 = -9.81;
        const wp::float32 var_32 = 0.0;
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
        const wp::float32 var_48 = 0.0;
        wp::quat_t<wp::float32> var_49;
        wp::quat_t<wp::float32> var_50;
        const wp::float32 var_51 = 0.5;
        wp::quat_t<wp::float32> var_52;
        wp::quat_t<wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::transform_t<wp::float32> var_58;
        wp::vec_t<6, wp::float32> var_59;
        //---------
        // forward
        // def integrate_rigid_bodies(                                                            <L 5>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 20>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 21>
            continue;
        }
        // v = velocities[tid]                                                                    <L 22>
        var_2 = wp::address(var_velocities, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // twist = wp.spatial_vector(wp.spatial_top(twists[tid]), v)                              <L 23>
        var_5 = wp::address(var_twists, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::spatial_top(var_7);
        var_8 = wp::vec_t<6, wp::float32>(var_6, var_3);
        // wrench = wrenches[tid]                                                                 <L 24>
        var_9 = wp::address(var_wrenches, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // inv_m = inv_masses[tid]                                                                <L 25>
        var_12 = wp::address(var_inv_masses, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // I = inertias[tid]                                                                      <L 26>
        var_15 = wp::address(var_inertias, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // X_wb = transforms[tid]                                                                 <L 27>
        var_18 = wp::address(var_transforms, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // x0 = wp.transform_get_translation(X_wb)                                                <L 28>
        var_21 = wp::transform_get_translation(var_19);
        // r0 = wp.transform_get_rotation(X_wb)                                                   <L 29>
        var_22 = wp::transform_get_rotation(var_19);
        // w0 = wp.spatial_top(twist)                                                             <L 30>
        var_23 = wp::spatial_top(var_8);
        // v0 = wp.spatial_bottom(twist)                                                          <L 31>
        var_24 = wp::spatial_bottom(var_8);
        // t0 = wp.spatial_top(wrench)                                                            <L 32>
        var_25 = wp::spatial_top(var_10);
        // f0 = wp.spatial_bottom(wrench)                                                         <L 33>
        var_26 = wp::spatial_bottom(var_10);
        // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 34>
        var_27 = wp::quat_rotate(var_22, var_com);
        var_28 = wp::add(var_21, var_27);
        // v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * delta_time                         <L 36>
        var_29 = wp::mul(var_26, var_13);
        var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
        var_34 = wp::add(var_29, var_33);
        var_35 = wp::mul(var_34, var_delta_time);
        var_36 = wp::add(var_24, var_35);
        // x1 = x_com + v1 * delta_time                                                           <L 37>
        var_37 = wp::mul(var_36, var_delta_time);
        var_38 = wp::add(var_28, var_37);
        // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 39>
        var_39 = wp::quat_rotate_inv(var_22, var_23);
        // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 40>
        var_40 = wp::quat_rotate_inv(var_22, var_25);
        var_41 = wp::mul(var_16, var_39);
        var_42 = wp::cross(var_39, var_41);
        var_43 = wp::sub(var_40, var_42);
        // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)                            <L 41>
        var_44 = wp::mul(var_inv_inertia, var_43);
        var_45 = wp::mul(var_44, var_delta_time);
        var_46 = wp::add(var_39, var_45);
        var_47 = wp::quat_rotate(var_22, var_46);
        // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 42>
        var_49 = wp::quat_t<wp::float32>(var_47, var_48);
        var_50 = wp::mul(var_49, var_22);
        var_52 = wp::mul(var_50, var_51);
        var_53 = wp::mul(var_52, var_delta_time);
        var_54 = wp::add(var_22, var_53);
        var_55 = wp::normalize(var_54);
        // poses_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                        <L 43>
        var_56 = wp::quat_rotate(var_55, var_com);
        var_57 = wp::sub(var_38, var_56);
        var_58 = wp::transform_t<wp::float32>(var_57, var_55);
        wp::array_store(var_poses_out, var_0, var_58);
        // twists_out[tid] = wp.spatial_vector(w1, v1)                                            <L 44>
        var_59 = wp::vec_t<6, wp::float32>(var_47, var_36);
        wp::array_store(var_twists_out, var_0, var_59);
    }
}



extern "C" __global__ void integrate_rigid_bodies_e22b7800_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_inertias,
    wp::int32 var_active_count,
    wp::vec_t<3, wp::float32> var_com,
    wp::mat_t<3, 3, wp::float32> var_inv_inertia,
    wp::float32 var_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> var_poses_out,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_inertias,
    wp::int32 adj_active_count,
    wp::vec_t<3, wp::float32> adj_com,
    wp::mat_t<3, 3, wp::float32> adj_inv_inertia,
    wp::float32 adj_delta_time,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses_out,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists_out)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<6, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<6, wp::float32> var_7;
        wp::vec_t<6, wp::float32> var_8;
        wp::vec_t<6, wp::float32>* var_9;
        wp::vec_t<6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::mat_t<3, 3, wp::float32>* var_15;
        wp::mat_t<3, 3, wp::float32> var_16;
        wp::mat_t<3, 3, wp::float32> var_17;
        wp::transform_t<wp::float32>* var_18;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::quat_t<wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        const wp::float32 var_30 = 0.0;
        const wp::float32 var_31 = -9.81;
        const wp::float32 var_32 = 0.0;
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
        const wp::float32 var_48 = 0.0;
        wp::quat_t<wp::float32> var_49;
        wp::quat_t<wp::float32> var_50;
        const wp::float32 var_51 = 0.5;
        wp::quat_t<wp::float32> var_52;
        wp::quat_t<wp::float32> var_53;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::transform_t<wp::float32> var_58;
        wp::vec_t<6, wp::float32> var_59;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<6, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::vec_t<6, wp::float32> adj_8 = {};
        wp::vec_t<6, wp::float32> adj_9 = {};
        wp::vec_t<6, wp::float32> adj_10 = {};
        wp::vec_t<6, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::mat_t<3, 3, wp::float32> adj_15 = {};
        wp::mat_t<3, 3, wp::float32> adj_16 = {};
        wp::mat_t<3, 3, wp::float32> adj_17 = {};
        wp::transform_t<wp::float32> adj_18 = {};
        wp::transform_t<wp::float32> adj_19 = {};
        wp::transform_t<wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
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
        wp::float32 adj_48 = {};
        wp::quat_t<wp::float32> adj_49 = {};
        wp::quat_t<wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::quat_t<wp::float32> adj_52 = {};
        wp::quat_t<wp::float32> adj_53 = {};
        wp::quat_t<wp::float32> adj_54 = {};
        wp::quat_t<wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::transform_t<wp::float32> adj_58 = {};
        wp::vec_t<6, wp::float32> adj_59 = {};
        //---------
        // forward
        // def integrate_rigid_bodies(                                                            <L 5>
        // tid = wp.tid()                                                                         <L 19>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 20>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 21>
            goto label0;
        }
        // v = velocities[tid]                                                                    <L 22>
        var_2 = wp::address(var_velocities, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // twist = wp.spatial_vector(wp.spatial_top(twists[tid]), v)                              <L 23>
        var_5 = wp::address(var_twists, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::spatial_top(var_7);
        var_8 = wp::vec_t<6, wp::float32>(var_6, var_3);
        // wrench = wrenches[tid]                                                                 <L 24>
        var_9 = wp::address(var_wrenches, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // inv_m = inv_masses[tid]                                                                <L 25>
        var_12 = wp::address(var_inv_masses, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // I = inertias[tid]                                                                      <L 26>
        var_15 = wp::address(var_inertias, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // X_wb = transforms[tid]                                                                 <L 27>
        var_18 = wp::address(var_transforms, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // x0 = wp.transform_get_translation(X_wb)                                                <L 28>
        var_21 = wp::transform_get_translation(var_19);
        // r0 = wp.transform_get_rotation(X_wb)                                                   <L 29>
        var_22 = wp::transform_get_rotation(var_19);
        // w0 = wp.spatial_top(twist)                                                             <L 30>
        var_23 = wp::spatial_top(var_8);
        // v0 = wp.spatial_bottom(twist)                                                          <L 31>
        var_24 = wp::spatial_bottom(var_8);
        // t0 = wp.spatial_top(wrench)                                                            <L 32>
        var_25 = wp::spatial_top(var_10);
        // f0 = wp.spatial_bottom(wrench)                                                         <L 33>
        var_26 = wp::spatial_bottom(var_10);
        // x_com = x0 + wp.quat_rotate(r0, com)                                                   <L 34>
        var_27 = wp::quat_rotate(var_22, var_com);
        var_28 = wp::add(var_21, var_27);
        // v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * delta_time                         <L 36>
        var_29 = wp::mul(var_26, var_13);
        var_33 = wp::vec_t<3, wp::float32>(var_30, var_31, var_32);
        var_34 = wp::add(var_29, var_33);
        var_35 = wp::mul(var_34, var_delta_time);
        var_36 = wp::add(var_24, var_35);
        // x1 = x_com + v1 * delta_time                                                           <L 37>
        var_37 = wp::mul(var_36, var_delta_time);
        var_38 = wp::add(var_28, var_37);
        // wb = wp.quat_rotate_inv(r0, w0)                                                        <L 39>
        var_39 = wp::quat_rotate_inv(var_22, var_23);
        // tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                                 <L 40>
        var_40 = wp::quat_rotate_inv(var_22, var_25);
        var_41 = wp::mul(var_16, var_39);
        var_42 = wp::cross(var_39, var_41);
        var_43 = wp::sub(var_40, var_42);
        // w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)                            <L 41>
        var_44 = wp::mul(var_inv_inertia, var_43);
        var_45 = wp::mul(var_44, var_delta_time);
        var_46 = wp::add(var_39, var_45);
        var_47 = wp::quat_rotate(var_22, var_46);
        // r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                       <L 42>
        var_49 = wp::quat_t<wp::float32>(var_47, var_48);
        var_50 = wp::mul(var_49, var_22);
        var_52 = wp::mul(var_50, var_51);
        var_53 = wp::mul(var_52, var_delta_time);
        var_54 = wp::add(var_22, var_53);
        var_55 = wp::normalize(var_54);
        // poses_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                        <L 43>
        var_56 = wp::quat_rotate(var_55, var_com);
        var_57 = wp::sub(var_38, var_56);
        var_58 = wp::transform_t<wp::float32>(var_57, var_55);
        // wp::array_store(var_poses_out, var_0, var_58);
        // twists_out[tid] = wp.spatial_vector(w1, v1)                                            <L 44>
        var_59 = wp::vec_t<6, wp::float32>(var_47, var_36);
        // wp::array_store(var_twists_out, var_0, var_59);
        //---------
        // reverse
        wp::adj_array_store(var_twists_out, var_0, var_59, adj_twists_out, adj_0, adj_59);
        wp::adj_vec_t(var_47, var_36, adj_47, adj_36, adj_59);
        // adj: twists_out[tid] = wp.spatial_vector(w1, v1)                                       <L 44>
        wp::adj_array_store(var_poses_out, var_0, var_58, adj_poses_out, adj_0, adj_58);
        wp::adj_transform_t(var_57, var_55, adj_57, adj_55, adj_58);
        wp::adj_sub(var_38, var_56, adj_38, adj_56, adj_57);
        wp::adj_quat_rotate(var_55, var_com, adj_55, adj_com, adj_56);
        // adj: poses_out[tid] = wp.transform(x1 - wp.quat_rotate(r1, com), r1)                   <L 43>
        wp::adj_normalize(var_54, adj_54, adj_55);
        wp::adj_add(var_22, var_53, adj_22, adj_53, adj_54);
        wp::adj_mul(var_52, var_delta_time, adj_52, adj_delta_time, adj_53);
        wp::adj_mul(var_50, var_51, adj_50, adj_51, adj_52);
        wp::adj_mul(var_49, var_22, adj_49, adj_22, adj_50);
        wp::adj_quat_t(var_47, var_48, adj_47, adj_48, adj_49);
        // adj: r1 = wp.normalize(r0 + wp.quat(w1, 0.0) * r0 * 0.5 * delta_time)                  <L 42>
        wp::adj_quat_rotate(var_22, var_46, adj_22, adj_46, adj_47);
        wp::adj_add(var_39, var_45, adj_39, adj_45, adj_46);
        wp::adj_mul(var_44, var_delta_time, adj_44, adj_delta_time, adj_45);
        wp::adj_mul(var_inv_inertia, var_43, adj_inv_inertia, adj_43, adj_44);
        // adj: w1 = wp.quat_rotate(r0, wb + inv_inertia @ tb * delta_time)                       <L 41>
        wp::adj_sub(var_40, var_42, adj_40, adj_42, adj_43);
        wp::adj_cross(var_39, var_41, adj_39, adj_41, adj_42);
        wp::adj_mul(var_16, var_39, adj_16, adj_39, adj_41);
        wp::adj_quat_rotate_inv(var_22, var_25, adj_22, adj_25, adj_40);
        // adj: tb = wp.quat_rotate_inv(r0, t0) - wp.cross(wb, I @ wb)                            <L 40>
        wp::adj_quat_rotate_inv(var_22, var_23, adj_22, adj_23, adj_39);
        // adj: wb = wp.quat_rotate_inv(r0, w0)                                                   <L 39>
        wp::adj_add(var_28, var_37, adj_28, adj_37, adj_38);
        wp::adj_mul(var_36, var_delta_time, adj_36, adj_delta_time, adj_37);
        // adj: x1 = x_com + v1 * delta_time                                                      <L 37>
        wp::adj_add(var_24, var_35, adj_24, adj_35, adj_36);
        wp::adj_mul(var_34, var_delta_time, adj_34, adj_delta_time, adj_35);
        wp::adj_add(var_29, var_33, adj_29, adj_33, adj_34);
        wp::adj_vec_t(var_30, var_31, var_32, adj_30, adj_31, adj_32, adj_33);
        wp::adj_mul(var_26, var_13, adj_26, adj_13, adj_29);
        // adj: v1 = v0 + (f0 * inv_m + wp.vec3(0.0, -9.81, 0.0)) * delta_time                    <L 36>
        wp::adj_add(var_21, var_27, adj_21, adj_27, adj_28);
        wp::adj_quat_rotate(var_22, var_com, adj_22, adj_com, adj_27);
        // adj: x_com = x0 + wp.quat_rotate(r0, com)                                              <L 34>
        wp::adj_spatial_bottom(var_10, adj_10, adj_26);
        // adj: f0 = wp.spatial_bottom(wrench)                                                    <L 33>
        wp::adj_spatial_top(var_10, adj_10, adj_25);
        // adj: t0 = wp.spatial_top(wrench)                                                       <L 32>
        wp::adj_spatial_bottom(var_8, adj_8, adj_24);
        // adj: v0 = wp.spatial_bottom(twist)                                                     <L 31>
        wp::adj_spatial_top(var_8, adj_8, adj_23);
        // adj: w0 = wp.spatial_top(twist)                                                        <L 30>
        wp::adj_transform_get_rotation(var_19, adj_19, adj_22);
        // adj: r0 = wp.transform_get_rotation(X_wb)                                              <L 29>
        wp::adj_transform_get_translation(var_19, adj_19, adj_21);
        // adj: x0 = wp.transform_get_translation(X_wb)                                           <L 28>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_18);
        // adj: X_wb = transforms[tid]                                                            <L 27>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_inertias, var_0, adj_inertias, adj_0, adj_15);
        // adj: I = inertias[tid]                                                                 <L 26>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_12);
        // adj: inv_m = inv_masses[tid]                                                           <L 25>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_wrenches, var_0, adj_wrenches, adj_0, adj_9);
        // adj: wrench = wrenches[tid]                                                            <L 24>
        wp::adj_vec_t(var_6, var_3, adj_6, adj_3, adj_8);
        wp::adj_spatial_top(var_7, adj_5, adj_6);
        wp::adj_address(var_twists, var_0, adj_twists, adj_0, adj_5);
        // adj: twist = wp.spatial_vector(wp.spatial_top(twists[tid]), v)                         <L 23>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_2);
        // adj: v = velocities[tid]                                                               <L 22>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 21>
        }
        // adj: if tid >= active_count:                                                           <L 20>
        // adj: tid = wp.tid()                                                                    <L 19>
        // adj: def integrate_rigid_bodies(                                                       <L 5>
        continue;
    }
}

