// Warp 1.19.0 cuda code for pose_vertices_45d7562b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void pose_vertices_aa12d8d5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_points)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 3;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 2;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        wp::vec_t<3, wp::float32> var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 8;
        wp::int32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 4;
        wp::int32 var_35;
        bool var_36;
        const wp::float32 var_37 = 0.5;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.5;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        const wp::float32 var_51 = 0.25;
        wp::float32 var_52;
        const wp::float32 var_53 = 4.0;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        //---------
        // forward
        // def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rot = rotations[tid]                                                                   <L 8>
        var_4 = wp::address(var_rotations, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // pose = poses[tid]                                                                      <L 9>
        var_7 = wp::address(var_poses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // series = float(0.0)                                                                    <L 10>
        var_11 = wp::float(var_10);
        // for s_2 in range(1, 3 * 2, 2):                                                         <L 11>
        var_14 = wp::mul(var_12, var_13);
        var_17 = wp::range(var_15, var_14, var_16);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
            // series += float(s_2) / float(s_2)                                                  <L 12>
            var_19 = wp::float(var_18);
            var_20 = wp::float(var_18);
            var_21 = wp::div(var_19, var_20);
            var_22 = wp::add(var_11, var_21);
            wp::assign(var_11, var_22);
            goto start_for_0;
        end_for_0:;
        // sum_val = wp.vec3(0.0)                                                                 <L 13>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        // for k_2 in range(wp.min(wp.abs(tid), 8)):                                              <L 14>
        var_25 = wp::abs(var_0);
        var_27 = wp::min(var_25, var_26);
        var_28 = wp::range(var_27);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
            // relaxed = float(series)                                                            <L 15>
            var_30 = wp::float(var_11);
            // iters = int(0)                                                                     <L 16>
            var_32 = wp::int(var_31);
            // while iters < wp.min(wp.abs(tid), 4):                                              <L 17>
        start_while_4:;
            var_33 = wp::abs(var_0);
            var_35 = wp::min(var_33, var_34);
            var_36 = (var_32 < var_35);
        if ((var_36) == false) goto end_while_4;
                // relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))                          <L 18>
                var_38 = wp::mul(var_37, var_30);
                var_40 = wp::float(var_32);
                var_41 = wp::tanh(var_40);
                var_42 = wp::mul(var_39, var_41);
                var_43 = wp::add(var_38, var_42);
                // iters += 1                                                                     <L 19>
                var_45 = wp::add(var_32, var_44);
                wp::assign(var_30, var_43);
                wp::assign(var_32, var_45);
        goto start_while_4;
        end_while_4:;
            // sum_val += wp.vec3(float(k_2)) + wp.vec3(relaxed)                                  <L 20>
            var_46 = wp::float(var_29);
            var_47 = wp::vec_t<3, wp::float32>(var_46);
            var_48 = wp::vec_t<3, wp::float32>(var_30);
            var_49 = wp::add(var_47, var_48);
            var_50 = wp::add(var_24, var_49);
            wp::assign(var_24, var_50);
            goto start_for_2;
        end_for_2:;
        // packed = wp.vec3(series, float(0.25), float(4.0))                                      <L 21>
        var_52 = wp::float(var_51);
        var_54 = wp::float(var_53);
        var_55 = wp::vec_t<3, wp::float32>(var_11, var_52, var_54);
        // out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + (sum_val + packed)       <L 22>
        var_56 = wp::quat_rotate(var_5, var_2);
        var_57 = wp::transform_point(var_8, var_56);
        var_58 = wp::add(var_24, var_55);
        var_59 = wp::add(var_57, var_58);
        wp::array_store(var_out_points, var_0, var_59);
}



extern "C" __global__ void pose_vertices_aa12d8d5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_points)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::quat_t<wp::float32>* var_4;
        wp::quat_t<wp::float32> var_5;
        wp::quat_t<wp::float32> var_6;
        wp::transform_t<wp::float32>* var_7;
        wp::transform_t<wp::float32> var_8;
        wp::transform_t<wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::int32 var_12 = 3;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        const wp::int32 var_16 = 2;
        wp::range_t var_17;
        wp::int32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        wp::vec_t<3, wp::float32> var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 8;
        wp::int32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        wp::float32 var_30;
        const wp::int32 var_31 = 0;
        wp::int32 var_32;
        wp::int32 var_33;
        const wp::int32 var_34 = 4;
        wp::int32 var_35;
        bool var_36;
        const wp::float32 var_37 = 0.5;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.5;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        wp::float32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        const wp::float32 var_51 = 0.25;
        wp::float32 var_52;
        const wp::float32 var_53 = 4.0;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::quat_t<wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        //---------
        // forward
        // def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rot = rotations[tid]                                                                   <L 8>
        var_4 = wp::address(var_rotations, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // pose = poses[tid]                                                                      <L 9>
        var_7 = wp::address(var_poses, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // series = float(0.0)                                                                    <L 10>
        var_11 = wp::float(var_10);
        // for s_2 in range(1, 3 * 2, 2):                                                         <L 11>
        var_14 = wp::mul(var_12, var_13);
        var_17 = wp::range(var_15, var_14, var_16);
        // sum_val = wp.vec3(0.0)                                                                 <L 13>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        // for k_2 in range(wp.min(wp.abs(tid), 8)):                                              <L 14>
        var_25 = wp::abs(var_0);
        var_27 = wp::min(var_25, var_26);
        var_28 = wp::range(var_27);
        // packed = wp.vec3(series, float(0.25), float(4.0))                                      <L 21>
        var_52 = wp::float(var_51);
        var_54 = wp::float(var_53);
        var_55 = wp::vec_t<3, wp::float32>(var_11, var_52, var_54);
        // out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + (sum_val + packed)       <L 22>
        var_56 = wp::quat_rotate(var_5, var_2);
        var_57 = wp::transform_point(var_8, var_56);
        var_58 = wp::add(var_24, var_55);
        var_59 = wp::add(var_57, var_58);
        // wp::array_store(var_out_points, var_0, var_59);
        //---------
        // reverse
        wp::adj_array_store(var_out_points, var_0, var_59, adj_out_points, adj_0, adj_59);
        wp::adj_add(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_add(var_24, var_55, adj_24, adj_55, adj_58);
        wp::adj_transform_point(var_8, var_56, adj_8, adj_56, adj_57);
        wp::adj_quat_rotate(var_5, var_2, adj_5, adj_2, adj_56);
        // adj: out_points[tid] = wp.transform_point(pose, wp.quat_rotate(rot, p)) + (sum_val + packed)  <L 22>
        wp::adj_vec_t(var_11, var_52, var_54, adj_11, adj_52, adj_54, adj_55);
        wp::adj_float(var_53, adj_53, adj_54);
        wp::adj_float(var_51, adj_51, adj_52);
        // adj: packed = wp.vec3(series, float(0.25), float(4.0))                                 <L 21>
        var_28 = wp::iter_reverse(var_28);
        start_for_2:;
            if (iter_cmp(var_28) == 0) goto end_for_2;
            var_29 = wp::iter_next(var_28);
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
            // relaxed = float(series)                                                            <L 15>
            var_30 = wp::float(var_11);
            // iters = int(0)                                                                     <L 16>
            var_32 = wp::int(var_31);
            // while iters < wp.min(wp.abs(tid), 4):                                              <L 17>
            // sum_val += wp.vec3(float(k_2)) + wp.vec3(relaxed)                                  <L 20>
            var_46 = wp::float(var_29);
            var_47 = wp::vec_t<3, wp::float32>(var_46);
            var_48 = wp::vec_t<3, wp::float32>(var_30);
            var_49 = wp::add(var_47, var_48);
            var_50 = wp::add(var_24, var_49);
            wp::assign(var_24, var_50);
            wp::adj_assign(var_24, var_50, adj_24, adj_50);
            wp::adj_add(var_24, var_49, adj_24, adj_49, adj_50);
            wp::adj_add(var_47, var_48, adj_47, adj_48, adj_49);
            wp::adj_vec_t(var_30, adj_30, adj_48);
            wp::adj_vec_t(var_46, adj_46, adj_47);
            wp::adj_float(var_29, adj_29, adj_46);
            // adj: sum_val += wp.vec3(float(k_2)) + wp.vec3(relaxed)                             <L 20>
        start_while_4:;
            var_33 = wp::abs(var_0);
            var_35 = wp::min(var_33, var_34);
            var_36 = (var_32 < var_35);
        if ((var_36) == false) goto end_while_4;
        adj_37 = {};
        adj_38 = {};
        adj_39 = {};
        adj_40 = {};
        adj_41 = {};
        adj_42 = {};
        adj_43 = {};
        adj_44 = {};
        adj_45 = {};
                // relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))                          <L 18>
                var_38 = wp::mul(var_37, var_30);
                var_40 = wp::float(var_32);
                var_41 = wp::tanh(var_40);
                var_42 = wp::mul(var_39, var_41);
                var_43 = wp::add(var_38, var_42);
                // iters += 1                                                                     <L 19>
                var_45 = wp::add(var_32, var_44);
                wp::assign(var_30, var_43);
                wp::assign(var_32, var_45);
                wp::adj_assign(var_32, var_45, adj_32, adj_45);
                wp::adj_assign(var_30, var_43, adj_30, adj_43);
                wp::adj_add(var_32, var_44, adj_32, adj_44, adj_45);
                // adj: iters += 1                                                                <L 19>
                wp::adj_add(var_38, var_42, adj_38, adj_42, adj_43);
                wp::adj_mul(var_39, var_41, adj_39, adj_41, adj_42);
                wp::adj_tanh(var_40, var_41, adj_40, adj_41);
                wp::adj_float(var_32, adj_32, adj_40);
                wp::adj_mul(var_37, var_30, adj_37, adj_30, adj_38);
                // adj: relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))                     <L 18>
        goto start_while_4;
        end_while_4:;
            // adj: while iters < wp.min(wp.abs(tid), 4):                                         <L 17>
            // adj: iters = int(0)                                                                <L 16>
            wp::adj_float(var_11, adj_11, adj_30);
            // adj: relaxed = float(series)                                                       <L 15>
        	goto start_for_2;
        end_for_2:;
        wp::adj_min(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_abs(var_0, adj_0, adj_25);
        // adj: for k_2 in range(wp.min(wp.abs(tid), 8)):                                         <L 14>
        wp::adj_vec_t(var_23, adj_23, adj_24);
        // adj: sum_val = wp.vec3(0.0)                                                            <L 13>
        var_17 = wp::iter_reverse(var_17);
        start_for_0:;
            if (iter_cmp(var_17) == 0) goto end_for_0;
            var_18 = wp::iter_next(var_17);
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
            // series += float(s_2) / float(s_2)                                                  <L 12>
            var_19 = wp::float(var_18);
            var_20 = wp::float(var_18);
            var_21 = wp::div(var_19, var_20);
            var_22 = wp::add(var_11, var_21);
            wp::assign(var_11, var_22);
            wp::adj_assign(var_11, var_22, adj_11, adj_22);
            wp::adj_add(var_11, var_21, adj_11, adj_21, adj_22);
            wp::adj_div(var_19, var_20, var_21, adj_19, adj_20, adj_21);
            wp::adj_float(var_18, adj_18, adj_20);
            wp::adj_float(var_18, adj_18, adj_19);
            // adj: series += float(s_2) / float(s_2)                                             <L 12>
        	goto start_for_0;
        end_for_0:;
        wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
        // adj: for s_2 in range(1, 3 * 2, 2):                                                    <L 11>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: series = float(0.0)                                                               <L 10>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_7);
        // adj: pose = poses[tid]                                                                 <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_4);
        // adj: rot = rotations[tid]                                                              <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def pose_vertices(points: wp.array(dtype=wp.vec3), rotations: wp.array(dtype=wp.quat), poses: wp.array(dtype=wp.transform), out_points: wp.array(dtype=wp.vec3)):  <L 5>
        return;
}

