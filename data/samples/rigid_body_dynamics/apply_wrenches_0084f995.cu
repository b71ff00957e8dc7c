// Warp 1.19.0 cuda code for apply_wrenches_0084f995.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_wrenches_eb8ed113_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::float32 var_dt,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_new,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_new)
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
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 8;
        wp::int32 var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 16;
        wp::int32 var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        bool var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        bool var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 3.0;
        const wp::float32 var_50 = 0.75;
        const wp::float32 var_51 = 3.0;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::float32 var_56 = 0.0;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<6, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        const wp::float32 var_60 = 0.0;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<6, wp::float32> var_62;
        wp::vec_t<6, wp::float32> var_63;
        wp::vec_t<6, wp::float32> var_64;
        wp::vec_t<6, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::quat_t<wp::float32> var_71;
        const wp::float32 var_72 = 0.0;
        wp::quat_t<wp::float32> var_73;
        wp::quat_t<wp::float32> var_74;
        wp::quat_t<wp::float32> var_75;
        const wp::float32 var_76 = 0.5;
        wp::quat_t<wp::float32> var_77;
        wp::quat_t<wp::float32> var_78;
        wp::quat_t<wp::float32> var_79;
        wp::quat_t<wp::float32> var_80;
        wp::transform_t<wp::float32> var_81;
        //---------
        // forward
        // def apply_wrenches(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // X = body_q[tid]                                                                        <L 14>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // qd = body_qd[tid]                                                                      <L 15>
        var_4 = wp::address(var_body_qd, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // com = body_com[tid]                                                                    <L 16>
        var_7 = wp::address(var_body_com, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // march = float(0.0)                                                                     <L 17>
        var_11 = wp::float(var_10);
        // for step in range(wp.min(wp.abs(tid), 8)):                                             <L 18>
        var_12 = wp::abs(var_0);
        var_14 = wp::min(var_12, var_13);
        var_15 = wp::range(var_14);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // masked_sum = float(0.0)                                                            <L 19>
            var_18 = wp::float(var_17);
            // for m_2 in range(wp.min(wp.abs(step), 16)):                                        <L 20>
            var_19 = wp::abs(var_16);
            var_21 = wp::min(var_19, var_20);
            var_22 = wp::range(var_21);
            start_for_2:;
                if (iter_cmp(var_22) == 0) goto end_for_2;
                var_23 = wp::iter_next(var_22);
                // orient_next = wp.normalize(wp.transform_get_rotation(X) * wp.quat_identity())       <L 21>
                var_24 = wp::transform_get_rotation(var_2);
                var_25 = wp::quat_identity<wp::float32>();
                var_26 = wp::mul(var_24, var_25);
                var_27 = wp::normalize(var_26);
                // if (float(m_2) + wp.length(orient_next)) < 0.0:                                <L 22>
                var_28 = wp::float(var_23);
                var_29 = wp::length(var_27);
                var_30 = wp::add(var_28, var_29);
                var_32 = (var_30 < var_31);
                if (var_32) {
                    // continue                                                                   <L 23>
                    goto start_for_2;
                }
                // masked_sum += (float(m_2) + wp.length(orient_next))                            <L 24>
                var_33 = wp::float(var_23);
                var_34 = wp::length(var_27);
                var_35 = wp::add(var_33, var_34);
                var_36 = wp::add(var_18, var_35);
                wp::assign(var_18, var_36);
                goto start_for_2;
            end_for_2:;
            // march += wp.abs(masked_sum)                                                        <L 25>
            var_37 = wp::abs(var_18);
            var_38 = wp::add(var_11, var_37);
            // if march > dt:                                                                     <L 26>
            var_39 = (var_38 > var_dt);
            if (var_39) {
                // break                                                                          <L 27>
                wp::assign(var_11, var_38);
                goto end_for_0;
            }
            var_40 = wp::where(var_39, var_11, var_38);
            wp::assign(var_11, var_40);
            goto start_for_0;
        end_for_0:;
        // lo = float(march)                                                                      <L 28>
        var_41 = wp::float(var_11);
        // hi = float(dt)                                                                         <L 29>
        var_42 = wp::float(var_dt);
        // if lo > hi:                                                                            <L 30>
        var_43 = (var_41 > var_42);
        if (var_43) {
            // lo = dt                                                                            <L 31>
            var_44 = wp::copy(var_dt);
            // hi = march                                                                         <L 32>
            var_45 = wp::copy(var_11);
        }
        var_46 = wp::where(var_43, var_44, var_41);
        var_47 = wp::where(var_43, var_45, var_42);
        // range_width = hi - lo                                                                  <L 33>
        var_48 = wp::sub(var_47, var_46);
        // separation = wp.length(com - wp.vec3(3.0, 0.75, 3.0))                                  <L 34>
        var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
        var_53 = wp::sub(var_8, var_52);
        var_54 = wp::length(var_53);
        // qd_next = qd + (wp.spatial_vector(wp.vec3(range_width), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(separation), wp.vec3(0.0))) * dt       <L 35>
        var_55 = wp::vec_t<3, wp::float32>(var_48);
        var_57 = wp::vec_t<3, wp::float32>(var_56);
        var_58 = wp::vec_t<6, wp::float32>(var_55, var_57);
        var_59 = wp::vec_t<3, wp::float32>(var_54);
        var_61 = wp::vec_t<3, wp::float32>(var_60);
        var_62 = wp::vec_t<6, wp::float32>(var_59, var_61);
        var_63 = wp::add(var_58, var_62);
        var_64 = wp::mul(var_63, var_dt);
        var_65 = wp::add(var_5, var_64);
        // w = wp.spatial_top(qd_next)                                                            <L 36>
        var_66 = wp::spatial_top(var_65);
        // v = wp.spatial_bottom(qd_next)                                                         <L 37>
        var_67 = wp::spatial_bottom(var_65);
        // p = wp.transform_get_translation(X) + v * dt                                           <L 38>
        var_68 = wp::transform_get_translation(var_2);
        var_69 = wp::mul(var_67, var_dt);
        var_70 = wp::add(var_68, var_69);
        // q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)       <L 39>
        var_71 = wp::transform_get_rotation(var_2);
        var_73 = wp::quat_t<wp::float32>(var_66, var_72);
        var_74 = wp::transform_get_rotation(var_2);
        var_75 = wp::mul(var_73, var_74);
        var_77 = wp::mul(var_75, var_76);
        var_78 = wp::mul(var_77, var_dt);
        var_79 = wp::add(var_71, var_78);
        var_80 = wp::normalize(var_79);
        // body_q_new[tid] = wp.transform(p, q)                                                   <L 40>
        var_81 = wp::transform_t<wp::float32>(var_70, var_80);
        wp::array_store(var_body_q_new, var_0, var_81);
        // body_qd_new[tid] = qd_next                                                             <L 41>
        wp::array_store(var_body_qd_new, var_0, var_65);
}



extern "C" __global__ void apply_wrenches_eb8ed113_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::float32 var_dt,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_new,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_new,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::float32 adj_dt,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_new,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_new)
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
        wp::vec_t<6, wp::float32>* var_4;
        wp::vec_t<6, wp::float32> var_5;
        wp::vec_t<6, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 8;
        wp::int32 var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 16;
        wp::int32 var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        wp::quat_t<wp::float32> var_24;
        wp::quat_t<wp::float32> var_25;
        wp::quat_t<wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        bool var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        bool var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 3.0;
        const wp::float32 var_50 = 0.75;
        const wp::float32 var_51 = 3.0;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::float32 var_56 = 0.0;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<6, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        const wp::float32 var_60 = 0.0;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<6, wp::float32> var_62;
        wp::vec_t<6, wp::float32> var_63;
        wp::vec_t<6, wp::float32> var_64;
        wp::vec_t<6, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::vec_t<3, wp::float32> var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::quat_t<wp::float32> var_71;
        const wp::float32 var_72 = 0.0;
        wp::quat_t<wp::float32> var_73;
        wp::quat_t<wp::float32> var_74;
        wp::quat_t<wp::float32> var_75;
        const wp::float32 var_76 = 0.5;
        wp::quat_t<wp::float32> var_77;
        wp::quat_t<wp::float32> var_78;
        wp::quat_t<wp::float32> var_79;
        wp::quat_t<wp::float32> var_80;
        wp::transform_t<wp::float32> var_81;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::range_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::quat_t<wp::float32> adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
        wp::quat_t<wp::float32> adj_26 = {};
        wp::quat_t<wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        bool adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        bool adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<6, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::vec_t<6, wp::float32> adj_62 = {};
        wp::vec_t<6, wp::float32> adj_63 = {};
        wp::vec_t<6, wp::float32> adj_64 = {};
        wp::vec_t<6, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::vec_t<3, wp::float32> adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::quat_t<wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::quat_t<wp::float32> adj_73 = {};
        wp::quat_t<wp::float32> adj_74 = {};
        wp::quat_t<wp::float32> adj_75 = {};
        wp::float32 adj_76 = {};
        wp::quat_t<wp::float32> adj_77 = {};
        wp::quat_t<wp::float32> adj_78 = {};
        wp::quat_t<wp::float32> adj_79 = {};
        wp::quat_t<wp::float32> adj_80 = {};
        wp::transform_t<wp::float32> adj_81 = {};
        //---------
        // forward
        // def apply_wrenches(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // X = body_q[tid]                                                                        <L 14>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // qd = body_qd[tid]                                                                      <L 15>
        var_4 = wp::address(var_body_qd, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // com = body_com[tid]                                                                    <L 16>
        var_7 = wp::address(var_body_com, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // march = float(0.0)                                                                     <L 17>
        var_11 = wp::float(var_10);
        // for step in range(wp.min(wp.abs(tid), 8)):                                             <L 18>
        var_12 = wp::abs(var_0);
        var_14 = wp::min(var_12, var_13);
        var_15 = wp::range(var_14);
        // lo = float(march)                                                                      <L 28>
        var_41 = wp::float(var_11);
        // hi = float(dt)                                                                         <L 29>
        var_42 = wp::float(var_dt);
        // if lo > hi:                                                                            <L 30>
        var_43 = (var_41 > var_42);
        if (var_43) {
            // lo = dt                                                                            <L 31>
            var_44 = wp::copy(var_dt);
            // hi = march                                                                         <L 32>
            var_45 = wp::copy(var_11);
        }
        var_46 = wp::where(var_43, var_44, var_41);
        var_47 = wp::where(var_43, var_45, var_42);
        // range_width = hi - lo                                                                  <L 33>
        var_48 = wp::sub(var_47, var_46);
        // separation = wp.length(com - wp.vec3(3.0, 0.75, 3.0))                                  <L 34>
        var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
        var_53 = wp::sub(var_8, var_52);
        var_54 = wp::length(var_53);
        // qd_next = qd + (wp.spatial_vector(wp.vec3(range_width), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(separation), wp.vec3(0.0))) * dt       <L 35>
        var_55 = wp::vec_t<3, wp::float32>(var_48);
        var_57 = wp::vec_t<3, wp::float32>(var_56);
        var_58 = wp::vec_t<6, wp::float32>(var_55, var_57);
        var_59 = wp::vec_t<3, wp::float32>(var_54);
        var_61 = wp::vec_t<3, wp::float32>(var_60);
        var_62 = wp::vec_t<6, wp::float32>(var_59, var_61);
        var_63 = wp::add(var_58, var_62);
        var_64 = wp::mul(var_63, var_dt);
        var_65 = wp::add(var_5, var_64);
        // w = wp.spatial_top(qd_next)                                                            <L 36>
        var_66 = wp::spatial_top(var_65);
        // v = wp.spatial_bottom(qd_next)                                                         <L 37>
        var_67 = wp::spatial_bottom(var_65);
        // p = wp.transform_get_translation(X) + v * dt                                           <L 38>
        var_68 = wp::transform_get_translation(var_2);
        var_69 = wp::mul(var_67, var_dt);
        var_70 = wp::add(var_68, var_69);
        // q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)       <L 39>
        var_71 = wp::transform_get_rotation(var_2);
        var_73 = wp::quat_t<wp::float32>(var_66, var_72);
        var_74 = wp::transform_get_rotation(var_2);
        var_75 = wp::mul(var_73, var_74);
        var_77 = wp::mul(var_75, var_76);
        var_78 = wp::mul(var_77, var_dt);
        var_79 = wp::add(var_71, var_78);
        var_80 = wp::normalize(var_79);
        // body_q_new[tid] = wp.transform(p, q)                                                   <L 40>
        var_81 = wp::transform_t<wp::float32>(var_70, var_80);
        // wp::array_store(var_body_q_new, var_0, var_81);
        // body_qd_new[tid] = qd_next                                                             <L 41>
        // wp::array_store(var_body_qd_new, var_0, var_65);
        //---------
        // reverse
        wp::adj_array_store(var_body_qd_new, var_0, var_65, adj_body_qd_new, adj_0, adj_65);
        // adj: body_qd_new[tid] = qd_next                                                        <L 41>
        wp::adj_array_store(var_body_q_new, var_0, var_81, adj_body_q_new, adj_0, adj_81);
        wp::adj_transform_t(var_70, var_80, adj_70, adj_80, adj_81);
        // adj: body_q_new[tid] = wp.transform(p, q)                                              <L 40>
        wp::adj_normalize(var_79, adj_79, adj_80);
        wp::adj_add(var_71, var_78, adj_71, adj_78, adj_79);
        wp::adj_mul(var_77, var_dt, adj_77, adj_dt, adj_78);
        wp::adj_mul(var_75, var_76, adj_75, adj_76, adj_77);
        wp::adj_mul(var_73, var_74, adj_73, adj_74, adj_75);
        wp::adj_transform_get_rotation(var_2, adj_2, adj_74);
        wp::adj_quat_t(var_66, var_72, adj_66, adj_72, adj_73);
        wp::adj_transform_get_rotation(var_2, adj_2, adj_71);
        // adj: q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)  <L 39>
        wp::adj_add(var_68, var_69, adj_68, adj_69, adj_70);
        wp::adj_mul(var_67, var_dt, adj_67, adj_dt, adj_69);
        wp::adj_transform_get_translation(var_2, adj_2, adj_68);
        // adj: p = wp.transform_get_translation(X) + v * dt                                      <L 38>
        wp::adj_spatial_bottom(var_65, adj_65, adj_67);
        // adj: v = wp.spatial_bottom(qd_next)                                                    <L 37>
        wp::adj_spatial_top(var_65, adj_65, adj_66);
        // adj: w = wp.spatial_top(qd_next)                                                       <L 36>
        wp::adj_add(var_5, var_64, adj_5, adj_64, adj_65);
        wp::adj_mul(var_63, var_dt, adj_63, adj_dt, adj_64);
        wp::adj_add(var_58, var_62, adj_58, adj_62, adj_63);
        wp::adj_vec_t(var_59, var_61, adj_59, adj_61, adj_62);
        wp::adj_vec_t(var_60, adj_60, adj_61);
        wp::adj_vec_t(var_54, adj_54, adj_59);
        wp::adj_vec_t(var_55, var_57, adj_55, adj_57, adj_58);
        wp::adj_vec_t(var_56, adj_56, adj_57);
        wp::adj_vec_t(var_48, adj_48, adj_55);
        // adj: qd_next = qd + (wp.spatial_vector(wp.vec3(range_width), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(separation), wp.vec3(0.0))) * dt  <L 35>
        wp::adj_length(var_53, var_54, adj_53, adj_54);
        wp::adj_sub(var_8, var_52, adj_8, adj_52, adj_53);
        wp::adj_vec_t(var_49, var_50, var_51, adj_49, adj_50, adj_51, adj_52);
        // adj: separation = wp.length(com - wp.vec3(3.0, 0.75, 3.0))                             <L 34>
        wp::adj_sub(var_47, var_46, adj_47, adj_46, adj_48);
        // adj: range_width = hi - lo                                                             <L 33>
        wp::adj_where(var_43, var_45, var_42, adj_43, adj_45, adj_42, adj_47);
        wp::adj_where(var_43, var_44, var_41, adj_43, adj_44, adj_41, adj_46);
        if (var_43) {
            wp::adj_copy(var_11, adj_11, adj_45);
            // adj: hi = march                                                                    <L 32>
            wp::adj_copy(var_dt, adj_dt, adj_44);
            // adj: lo = dt                                                                       <L 31>
        }
        // adj: if lo > hi:                                                                       <L 30>
        wp::adj_float(var_dt, adj_dt, adj_42);
        // adj: hi = float(dt)                                                                    <L 29>
        wp::adj_float(var_11, adj_11, adj_41);
        // adj: lo = float(march)                                                                 <L 28>
        var_15 = wp::iter_reverse(var_15);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
            // masked_sum = float(0.0)                                                            <L 19>
            var_18 = wp::float(var_17);
            // for m_2 in range(wp.min(wp.abs(step), 16)):                                        <L 20>
            var_19 = wp::abs(var_16);
            var_21 = wp::min(var_19, var_20);
            var_22 = wp::range(var_21);
            // march += wp.abs(masked_sum)                                                        <L 25>
            var_37 = wp::abs(var_18);
            var_38 = wp::add(var_11, var_37);
            // if march > dt:                                                                     <L 26>
            var_39 = (var_38 > var_dt);
            if (var_39) {
                // break                                                                          <L 27>
                wp::assign(var_11, var_38);
                goto end_for_0;
            }
            var_40 = wp::where(var_39, var_11, var_38);
            wp::assign(var_11, var_40);
            wp::adj_assign(var_11, var_40, adj_11, adj_40);
            wp::adj_where(var_39, var_11, var_38, adj_39, adj_11, adj_38, adj_40);
            if (var_39) {
                wp::adj_assign(var_11, var_38, adj_11, adj_38);
                // adj: break                                                                     <L 27>
            }
            // adj: if march > dt:                                                                <L 26>
            wp::adj_add(var_11, var_37, adj_11, adj_37, adj_38);
            wp::adj_abs(var_18, adj_18, adj_37);
            // adj: march += wp.abs(masked_sum)                                                   <L 25>
            var_22 = wp::iter_reverse(var_22);
            start_for_2:;
                if (iter_cmp(var_22) == 0) goto end_for_2;
                var_23 = wp::iter_next(var_22);
            	adj_24 = {};
            	adj_25 = {};
            	adj_26 = {};
            	adj_27 = {};
            	adj_28 = {};
            	adj_29 = {};
            	adj_30 = {};
            	adj_31 = {};
            	adj_32 = {};
            	adj_33 = {};
            	adj_34 = {};
            	adj_35 = {};
            	adj_36 = {};
                // orient_next = wp.normalize(wp.transform_get_rotation(X) * wp.quat_identity())       <L 21>
                var_24 = wp::transform_get_rotation(var_2);
                var_25 = wp::quat_identity<wp::float32>();
                var_26 = wp::mul(var_24, var_25);
                var_27 = wp::normalize(var_26);
                // if (float(m_2) + wp.length(orient_next)) < 0.0:                                <L 22>
                var_28 = wp::float(var_23);
                var_29 = wp::length(var_27);
                var_30 = wp::add(var_28, var_29);
                var_32 = (var_30 < var_31);
                if (var_32) {
                    // continue                                                                   <L 23>
                    goto start_for_2;
                }
                // masked_sum += (float(m_2) + wp.length(orient_next))                            <L 24>
                var_33 = wp::float(var_23);
                var_34 = wp::length(var_27);
                var_35 = wp::add(var_33, var_34);
                var_36 = wp::add(var_18, var_35);
                wp::assign(var_18, var_36);
                wp::adj_assign(var_18, var_36, adj_18, adj_36);
                wp::adj_add(var_18, var_35, adj_18, adj_35, adj_36);
                wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
                wp::adj_length(var_27, var_34, adj_27, adj_34);
                wp::adj_float(var_23, adj_23, adj_33);
                // adj: masked_sum += (float(m_2) + wp.length(orient_next))                       <L 24>
                if (var_32) {
                    // adj: continue                                                              <L 23>
                }
                wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
                wp::adj_length(var_27, var_29, adj_27, adj_29);
                wp::adj_float(var_23, adj_23, adj_28);
                // adj: if (float(m_2) + wp.length(orient_next)) < 0.0:                           <L 22>
                wp::adj_normalize(var_26, adj_26, adj_27);
                wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
                wp::adj_transform_get_rotation(var_2, adj_2, adj_24);
                // adj: orient_next = wp.normalize(wp.transform_get_rotation(X) * wp.quat_identity())  <L 21>
            	goto start_for_2;
            end_for_2:;
            wp::adj_min(var_19, var_20, adj_19, adj_20, adj_21);
            wp::adj_abs(var_16, adj_16, adj_19);
            // adj: for m_2 in range(wp.min(wp.abs(step), 16)):                                   <L 20>
            wp::adj_float(var_17, adj_17, adj_18);
            // adj: masked_sum = float(0.0)                                                       <L 19>
        	goto start_for_0;
        end_for_0:;
        wp::adj_min(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_abs(var_0, adj_0, adj_12);
        // adj: for step in range(wp.min(wp.abs(tid), 8)):                                        <L 18>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: march = float(0.0)                                                                <L 17>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_7);
        // adj: com = body_com[tid]                                                               <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_4);
        // adj: qd = body_qd[tid]                                                                 <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
        // adj: X = body_q[tid]                                                                   <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def apply_wrenches(                                                               <L 5>
        return;
}

