// Warp 1.19.0 cuda code for conv_bias_2e35da1d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void conv_bias_442ccbef_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_bias,
    wp::array_t<wp::float32> var_y)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        bool var_15;
        const wp::float32 var_16 = 3.0;
        const wp::float32 var_17 = 0.25;
        wp::vec_t<2, wp::float32> var_18;
        const wp::float32 var_19 = 10.0;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::float32 var_24 = 1.5;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::vec_t<3, wp::float32> var_30;
        wp::quat_t<wp::float32> var_31;
        wp::quat_t<wp::float32> var_32;
        wp::quat_t<wp::float32> var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        const wp::float32 var_40 = 100.0;
        wp::float32 var_41;
        wp::int32 var_42;
        const wp::float32 var_43 = 10.0;
        const wp::float32 var_44 = 3.0;
        const wp::float32 var_45 = 0.1;
        wp::vec_t<3, wp::float32> var_46;
        const wp::float32 var_47 = 1.0;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::float32 var_52;
        bool var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.0;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        const wp::float32 var_58 = 100.0;
        wp::float32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::int32 var_62;
        const wp::float32 var_63 = 0.0;
        wp::float32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 16;
        wp::int32 var_67;
        wp::range_t var_68;
        wp::int32 var_69;
        bool var_70;
        bool var_71;
        const wp::float32 var_72 = 0.0;
        wp::float32 var_73;
        const wp::float32 var_74 = 0.0;
        const wp::float32 var_75 = 100.0;
        wp::float32 var_76;
        wp::int64 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.0;
        bool var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        //---------
        // forward
        // def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):       <L 5>
        // n, c, h, w = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = x[n, c, h, w]                                                                    <L 7>
        var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias_c = bias[c % bias.shape[0]]                                                       <L 8>
        var_7 = &(var_bias.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_1, var_9);
        var_12 = wp::address(var_bias, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // if val > bias_c:                                                                       <L 9>
        var_15 = (var_5 > var_13);
        if (var_15) {
            // if val > wp.dot(wp.vec2(3.0, 0.25), wp.vec2(10.0) * bias_c):                       <L 10>
            var_18 = wp::vec_t<2, wp::float32>(var_16, var_17);
            var_20 = wp::vec_t<2, wp::float32>(var_19);
            var_21 = wp::mul(var_20, var_13);
            var_22 = wp::dot(var_18, var_21);
            var_23 = (var_5 > var_22);
            if (var_23) {
                // gain_2 = wp.min(val, bias_c + 1.5)                                             <L 11>
                var_25 = wp::add(var_13, var_24);
                var_26 = wp::min(var_5, var_25);
                // response = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), gain_2)             <L 12>
                var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
                var_31 = wp::quat_from_axis_angle(var_30, var_26);
            }
            if (!var_23) {
                // response = wp.quat_identity()                                                  <L 14>
                var_32 = wp::quat_identity<wp::float32>();
            }
            var_33 = wp::where(var_23, var_31, var_32);
            // branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(response)), wp.length(response), 0.0), 0.0, 100.0))       <L 15>
            var_34 = wp::length(var_33);
            var_35 = wp::isfinite(var_34);
            var_36 = wp::length(var_33);
            var_38 = wp::where(var_35, var_36, var_37);
            var_41 = wp::clamp(var_38, var_39, var_40);
            var_42 = wp::int(var_41);
        }
        if (!var_15) {
            // unit = wp.normalize(wp.vec3(10.0, 3.0, 0.1) - (wp.vec3(1.0) * val))                <L 17>
            var_46 = wp::vec_t<3, wp::float32>(var_43, var_44, var_45);
            var_48 = wp::vec_t<3, wp::float32>(var_47);
            var_49 = wp::mul(var_48, var_5);
            var_50 = wp::sub(var_46, var_49);
            var_51 = wp::normalize(var_50);
            // branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(unit)), wp.length(unit), 0.0), 0.0, 100.0))       <L 18>
            var_52 = wp::length(var_51);
            var_53 = wp::isfinite(var_52);
            var_54 = wp::length(var_51);
            var_56 = wp::where(var_53, var_54, var_55);
            var_59 = wp::clamp(var_56, var_57, var_58);
            var_60 = wp::int(var_59);
        }
        var_61 = wp::where(var_15, var_42, var_60);
        // slot = c                                                                               <L 19>
        var_62 = wp::copy(var_1);
        // masked_sum = float(0.0)                                                                <L 20>
        var_64 = wp::float(var_63);
        // for m_2 in range(wp.min(wp.abs(c), 16)):                                               <L 21>
        var_65 = wp::abs(var_1);
        var_67 = wp::min(var_65, var_66);
        var_68 = wp::range(var_67);
        start_for_0:;
            if (iter_cmp(var_68) == 0) goto end_for_0;
            var_69 = wp::iter_next(var_68);
            // if bias_c > val:                                                                   <L 22>
            var_70 = (var_13 > var_5);
            if (var_70) {
                // code_2 = wp.int64(wp.clamp(wp.where(wp.isfinite(bias_c), bias_c, 0.0), 0.0, 100.0))       <L 23>
                var_71 = wp::isfinite(var_13);
                var_73 = wp::where(var_71, var_13, var_72);
                var_76 = wp::clamp(var_73, var_74, var_75);
                var_77 = wp::int64(var_76);
                // response_2 = float(code_2)                                                     <L 24>
                var_78 = wp::float(var_77);
            }
            if (!var_70) {
                // response_2 = val                                                               <L 26>
                var_79 = wp::copy(var_5);
            }
            var_80 = wp::where(var_70, var_78, var_79);
            // if (float(m_2) + response_2) < 0.0:                                                <L 27>
            var_81 = wp::float(var_69);
            var_82 = wp::add(var_81, var_80);
            var_84 = (var_82 < var_83);
            if (var_84) {
                // continue                                                                       <L 28>
                goto start_for_0;
            }
            // masked_sum += (float(m_2) + response_2)                                            <L 29>
            var_85 = wp::float(var_69);
            var_86 = wp::add(var_85, var_80);
            var_87 = wp::add(var_64, var_86);
            wp::assign(var_64, var_87);
            goto start_for_0;
        end_for_0:;
        // y[n, c, h, w] = float(branch_val) + float(slot) + masked_sum                           <L 30>
        var_88 = wp::float(var_61);
        var_89 = wp::float(var_62);
        var_90 = wp::add(var_88, var_89);
        var_91 = wp::add(var_90, var_64);
        wp::array_store(var_y, var_0, var_1, var_2, var_3, var_91);
}



extern "C" __global__ void conv_bias_442ccbef_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::float32> var_bias,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::float32> adj_bias,
    wp::array_t<wp::float32> adj_y)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::int32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        bool var_15;
        const wp::float32 var_16 = 3.0;
        const wp::float32 var_17 = 0.25;
        wp::vec_t<2, wp::float32> var_18;
        const wp::float32 var_19 = 10.0;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::float32 var_22;
        bool var_23;
        const wp::float32 var_24 = 1.5;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::vec_t<3, wp::float32> var_30;
        wp::quat_t<wp::float32> var_31;
        wp::quat_t<wp::float32> var_32;
        wp::quat_t<wp::float32> var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        const wp::float32 var_40 = 100.0;
        wp::float32 var_41;
        wp::int32 var_42;
        const wp::float32 var_43 = 10.0;
        const wp::float32 var_44 = 3.0;
        const wp::float32 var_45 = 0.1;
        wp::vec_t<3, wp::float32> var_46;
        const wp::float32 var_47 = 1.0;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::float32 var_52;
        bool var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 0.0;
        wp::float32 var_56;
        const wp::float32 var_57 = 0.0;
        const wp::float32 var_58 = 100.0;
        wp::float32 var_59;
        wp::int32 var_60;
        wp::int32 var_61;
        wp::int32 var_62;
        const wp::float32 var_63 = 0.0;
        wp::float32 var_64;
        wp::int32 var_65;
        const wp::int32 var_66 = 16;
        wp::int32 var_67;
        wp::range_t var_68;
        wp::int32 var_69;
        bool var_70;
        bool var_71;
        const wp::float32 var_72 = 0.0;
        wp::float32 var_73;
        const wp::float32 var_74 = 0.0;
        const wp::float32 var_75 = 100.0;
        wp::float32 var_76;
        wp::int64 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::float32 var_83 = 0.0;
        bool var_84;
        wp::float32 var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::quat_t<wp::float32> adj_31 = {};
        wp::quat_t<wp::float32> adj_32 = {};
        wp::quat_t<wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::float32 adj_52 = {};
        bool adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::range_t adj_68 = {};
        wp::int32 adj_69 = {};
        bool adj_70 = {};
        bool adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::int64 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::float32 adj_82 = {};
        wp::float32 adj_83 = {};
        bool adj_84 = {};
        wp::float32 adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        //---------
        // forward
        // def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):       <L 5>
        // n, c, h, w = wp.tid()                                                                  <L 6>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // val = x[n, c, h, w]                                                                    <L 7>
        var_4 = wp::address(var_x, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // bias_c = bias[c % bias.shape[0]]                                                       <L 8>
        var_7 = &(var_bias.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::mod(var_1, var_9);
        var_12 = wp::address(var_bias, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // if val > bias_c:                                                                       <L 9>
        var_15 = (var_5 > var_13);
        if (var_15) {
            // if val > wp.dot(wp.vec2(3.0, 0.25), wp.vec2(10.0) * bias_c):                       <L 10>
            var_18 = wp::vec_t<2, wp::float32>(var_16, var_17);
            var_20 = wp::vec_t<2, wp::float32>(var_19);
            var_21 = wp::mul(var_20, var_13);
            var_22 = wp::dot(var_18, var_21);
            var_23 = (var_5 > var_22);
            if (var_23) {
                // gain_2 = wp.min(val, bias_c + 1.5)                                             <L 11>
                var_25 = wp::add(var_13, var_24);
                var_26 = wp::min(var_5, var_25);
                // response = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), gain_2)             <L 12>
                var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
                var_31 = wp::quat_from_axis_angle(var_30, var_26);
            }
            if (!var_23) {
                // response = wp.quat_identity()                                                  <L 14>
                var_32 = wp::quat_identity<wp::float32>();
            }
            var_33 = wp::where(var_23, var_31, var_32);
            // branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(response)), wp.length(response), 0.0), 0.0, 100.0))       <L 15>
            var_34 = wp::length(var_33);
            var_35 = wp::isfinite(var_34);
            var_36 = wp::length(var_33);
            var_38 = wp::where(var_35, var_36, var_37);
            var_41 = wp::clamp(var_38, var_39, var_40);
            var_42 = wp::int(var_41);
        }
        if (!var_15) {
            // unit = wp.normalize(wp.vec3(10.0, 3.0, 0.1) - (wp.vec3(1.0) * val))                <L 17>
            var_46 = wp::vec_t<3, wp::float32>(var_43, var_44, var_45);
            var_48 = wp::vec_t<3, wp::float32>(var_47);
            var_49 = wp::mul(var_48, var_5);
            var_50 = wp::sub(var_46, var_49);
            var_51 = wp::normalize(var_50);
            // branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(unit)), wp.length(unit), 0.0), 0.0, 100.0))       <L 18>
            var_52 = wp::length(var_51);
            var_53 = wp::isfinite(var_52);
            var_54 = wp::length(var_51);
            var_56 = wp::where(var_53, var_54, var_55);
            var_59 = wp::clamp(var_56, var_57, var_58);
            var_60 = wp::int(var_59);
        }
        var_61 = wp::where(var_15, var_42, var_60);
        // slot = c                                                                               <L 19>
        var_62 = wp::copy(var_1);
        // masked_sum = float(0.0)                                                                <L 20>
        var_64 = wp::float(var_63);
        // for m_2 in range(wp.min(wp.abs(c), 16)):                                               <L 21>
        var_65 = wp::abs(var_1);
        var_67 = wp::min(var_65, var_66);
        var_68 = wp::range(var_67);
        // y[n, c, h, w] = float(branch_val) + float(slot) + masked_sum                           <L 30>
        var_88 = wp::float(var_61);
        var_89 = wp::float(var_62);
        var_90 = wp::add(var_88, var_89);
        var_91 = wp::add(var_90, var_64);
        // wp::array_store(var_y, var_0, var_1, var_2, var_3, var_91);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_1, var_2, var_3, var_91, adj_y, adj_0, adj_1, adj_2, adj_3, adj_91);
        wp::adj_add(var_90, var_64, adj_90, adj_64, adj_91);
        wp::adj_add(var_88, var_89, adj_88, adj_89, adj_90);
        wp::adj_float(var_62, adj_62, adj_89);
        wp::adj_float(var_61, adj_61, adj_88);
        // adj: y[n, c, h, w] = float(branch_val) + float(slot) + masked_sum                      <L 30>
        var_68 = wp::iter_reverse(var_68);
        start_for_0:;
            if (iter_cmp(var_68) == 0) goto end_for_0;
            var_69 = wp::iter_next(var_68);
        	adj_70 = {};
        	adj_71 = {};
        	adj_72 = {};
        	adj_73 = {};
        	adj_74 = {};
        	adj_75 = {};
        	adj_76 = {};
        	adj_77 = {};
        	adj_78 = {};
        	adj_79 = {};
        	adj_80 = {};
        	adj_81 = {};
        	adj_82 = {};
        	adj_83 = {};
        	adj_84 = {};
        	adj_85 = {};
        	adj_86 = {};
        	adj_87 = {};
            // if bias_c > val:                                                                   <L 22>
            var_70 = (var_13 > var_5);
            if (var_70) {
                // code_2 = wp.int64(wp.clamp(wp.where(wp.isfinite(bias_c), bias_c, 0.0), 0.0, 100.0))       <L 23>
                var_71 = wp::isfinite(var_13);
                var_73 = wp::where(var_71, var_13, var_72);
                var_76 = wp::clamp(var_73, var_74, var_75);
                var_77 = wp::int64(var_76);
                // response_2 = float(code_2)                                                     <L 24>
                var_78 = wp::float(var_77);
            }
            if (!var_70) {
                // response_2 = val                                                               <L 26>
                var_79 = wp::copy(var_5);
            }
            var_80 = wp::where(var_70, var_78, var_79);
            // if (float(m_2) + response_2) < 0.0:                                                <L 27>
            var_81 = wp::float(var_69);
            var_82 = wp::add(var_81, var_80);
            var_84 = (var_82 < var_83);
            if (var_84) {
                // continue                                                                       <L 28>
                goto start_for_0;
            }
            // masked_sum += (float(m_2) + response_2)                                            <L 29>
            var_85 = wp::float(var_69);
            var_86 = wp::add(var_85, var_80);
            var_87 = wp::add(var_64, var_86);
            wp::assign(var_64, var_87);
            wp::adj_assign(var_64, var_87, adj_64, adj_87);
            wp::adj_add(var_64, var_86, adj_64, adj_86, adj_87);
            wp::adj_add(var_85, var_80, adj_85, adj_80, adj_86);
            wp::adj_float(var_69, adj_69, adj_85);
            // adj: masked_sum += (float(m_2) + response_2)                                       <L 29>
            if (var_84) {
                // adj: continue                                                                  <L 28>
            }
            wp::adj_add(var_81, var_80, adj_81, adj_80, adj_82);
            wp::adj_float(var_69, adj_69, adj_81);
            // adj: if (float(m_2) + response_2) < 0.0:                                           <L 27>
            wp::adj_where(var_70, var_78, var_79, adj_70, adj_78, adj_79, adj_80);
            if (!var_70) {
                wp::adj_copy(var_5, adj_5, adj_79);
                // adj: response_2 = val                                                          <L 26>
            }
            if (var_70) {
                wp::adj_float(var_77, adj_77, adj_78);
                // adj: response_2 = float(code_2)                                                <L 24>
                wp::adj_clamp(var_73, var_74, var_75, adj_73, adj_74, adj_75, adj_76);
                wp::adj_where(var_71, var_13, var_72, adj_71, adj_13, adj_72, adj_73);
                // adj: code_2 = wp.int64(wp.clamp(wp.where(wp.isfinite(bias_c), bias_c, 0.0), 0.0, 100.0))  <L 23>
            }
            // adj: if bias_c > val:                                                              <L 22>
        	goto start_for_0;
        end_for_0:;
        wp::adj_min(var_65, var_66, adj_65, adj_66, adj_67);
        wp::adj_abs(var_1, adj_1, adj_65);
        // adj: for m_2 in range(wp.min(wp.abs(c), 16)):                                          <L 21>
        wp::adj_float(var_63, adj_63, adj_64);
        // adj: masked_sum = float(0.0)                                                           <L 20>
        wp::adj_copy(var_1, adj_1, adj_62);
        // adj: slot = c                                                                          <L 19>
        wp::adj_where(var_15, var_42, var_60, adj_15, adj_42, adj_60, adj_61);
        if (!var_15) {
            wp::adj_clamp(var_56, var_57, var_58, adj_56, adj_57, adj_58, adj_59);
            wp::adj_where(var_53, var_54, var_55, adj_53, adj_54, adj_55, adj_56);
            wp::adj_length(var_51, var_54, adj_51, adj_54);
            wp::adj_length(var_51, var_52, adj_51, adj_52);
            // adj: branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(unit)), wp.length(unit), 0.0), 0.0, 100.0))  <L 18>
            wp::adj_normalize(var_50, var_51, adj_50, adj_51);
            wp::adj_sub(var_46, var_49, adj_46, adj_49, adj_50);
            wp::adj_mul(var_48, var_5, adj_48, adj_5, adj_49);
            wp::adj_vec_t(var_47, adj_47, adj_48);
            wp::adj_vec_t(var_43, var_44, var_45, adj_43, adj_44, adj_45, adj_46);
            // adj: unit = wp.normalize(wp.vec3(10.0, 3.0, 0.1) - (wp.vec3(1.0) * val))           <L 17>
        }
        if (var_15) {
            wp::adj_clamp(var_38, var_39, var_40, adj_38, adj_39, adj_40, adj_41);
            wp::adj_where(var_35, var_36, var_37, adj_35, adj_36, adj_37, adj_38);
            wp::adj_length(var_33, var_36, adj_33, adj_36);
            wp::adj_length(var_33, var_34, adj_33, adj_34);
            // adj: branch_val = int(wp.clamp(wp.where(wp.isfinite(wp.length(response)), wp.length(response), 0.0), 0.0, 100.0))  <L 15>
            wp::adj_where(var_23, var_31, var_32, adj_23, adj_31, adj_32, adj_33);
            if (!var_23) {
                // adj: response = wp.quat_identity()                                             <L 14>
            }
            if (var_23) {
                wp::adj_quat_from_axis_angle(var_30, var_26, adj_30, adj_26, adj_31);
                wp::adj_vec_t(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
                // adj: response = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), gain_2)        <L 12>
                wp::adj_min(var_5, var_25, adj_5, adj_25, adj_26);
                wp::adj_add(var_13, var_24, adj_13, adj_24, adj_25);
                // adj: gain_2 = wp.min(val, bias_c + 1.5)                                        <L 11>
            }
            wp::adj_dot(var_18, var_21, adj_18, adj_21, adj_22);
            wp::adj_mul(var_20, var_13, adj_20, adj_13, adj_21);
            wp::adj_vec_t(var_19, adj_19, adj_20);
            wp::adj_vec_t(var_16, var_17, adj_16, adj_17, adj_18);
            // adj: if val > wp.dot(wp.vec2(3.0, 0.25), wp.vec2(10.0) * bias_c):                  <L 10>
        }
        // adj: if val > bias_c:                                                                  <L 9>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_bias, var_11, adj_bias, adj_11, adj_12);
        wp::adj_mod(var_1, var_9, adj_1, adj_9, adj_11);
        adj_bias.shape = adj_7;
        // adj: bias_c = bias[c % bias.shape[0]]                                                  <L 8>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_x, var_0, var_1, var_2, var_3, adj_x, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: val = x[n, c, h, w]                                                               <L 7>
        // adj: n, c, h, w = wp.tid()                                                             <L 6>
        // adj: def conv_bias(x: wp.array4d(dtype=float), bias: wp.array(dtype=float), y: wp.array4d(dtype=float)):  <L 5>
        return;
}

