// Warp 1.19.0 cuda code for blur_field_025172a4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void blur_field_00a4c781_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_field,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        const wp::int32 var_37 = 1;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.75;
        const wp::float32 var_44 = 0.5;
        const wp::float32 var_45 = 1.0;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::quat_t<wp::float32> var_48;
        const wp::float32 var_49 = 0.0;
        const wp::float32 var_50 = 1.0;
        const wp::float32 var_51 = 0.0;
        wp::vec_t<3, wp::float32> var_52;
        const wp::float32 var_53 = 1.5;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::quat_t<wp::float32> var_56;
        wp::quat_t<wp::float32> var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::mat_t<3, 3, wp::float32> var_59;
        const wp::float32 var_60 = 0.75;
        const wp::float32 var_61 = 0.1;
        const wp::float32 var_62 = 2.0;
        const wp::float32 var_63 = 1.5;
        const wp::float32 var_64 = 0.1;
        const wp::float32 var_65 = 1.0;
        const wp::float32 var_66 = 1.5;
        const wp::float32 var_67 = 2.0;
        const wp::float32 var_68 = 3.0;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::float32 var_72;
        bool var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::float32 var_76 = 1e-06;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 3;
        wp::mat_t<3, 3, wp::float32> var_81;
        wp::float32 var_82;
        wp::mat_t<3, 3, wp::float32> var_83;
        wp::mat_t<3, 3, wp::float32> var_84;
        wp::mat_t<3, 3, wp::float32> var_85;
        const wp::float32 var_86 = 0.0;
        wp::float32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 8;
        wp::int32 var_90;
        wp::range_t var_91;
        wp::int32 var_92;
        wp::mat_t<3, 3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::mat_t<3, 3, wp::float32> var_95;
        wp::mat_t<3, 3, wp::float32> var_96;
        wp::mat_t<3, 3, wp::float32> var_97;
        wp::mat_t<3, 3, wp::float32> var_98;
        wp::mat_t<3, 3, wp::float32> var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        bool var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        const wp::float32 var_110 = 4.0;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        //---------
        // forward
        // def blur_field(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // rows = field.shape[0]                                                                  <L 7>
        var_2 = &(var_field.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // cols = field.shape[1]                                                                  <L 8>
        var_6 = &(var_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // center = field[i, j]                                                                   <L 9>
        var_10 = wp::address(var_field, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // north = field[wp.max(i - 1, 0), j]                                                     <L 10>
        var_14 = wp::sub(var_0, var_13);
        var_16 = wp::max(var_14, var_15);
        var_17 = wp::address(var_field, var_16, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // south = field[wp.min(i + 1, rows - 1), j]                                              <L 11>
        var_21 = wp::add(var_0, var_20);
        var_23 = wp::sub(var_4, var_22);
        var_24 = wp::min(var_21, var_23);
        var_25 = wp::address(var_field, var_24, var_1);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // west = field[i, wp.max(j - 1, 0)]                                                      <L 12>
        var_29 = wp::sub(var_1, var_28);
        var_31 = wp::max(var_29, var_30);
        var_32 = wp::address(var_field, var_0, var_31);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        // east = field[i, wp.min(j + 1, cols - 1)]                                               <L 13>
        var_36 = wp::add(var_1, var_35);
        var_38 = wp::sub(var_8, var_37);
        var_39 = wp::min(var_36, var_38);
        var_40 = wp::address(var_field, var_0, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // q_total = wp.normalize(wp.quat_from_axis_angle(wp.normalize(wp.vec3(0.75, 0.5, 1.0)), north) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 1.5) * alpha))       <L 14>
        var_46 = wp::vec_t<3, wp::float32>(var_43, var_44, var_45);
        var_47 = wp::normalize(var_46);
        var_48 = wp::quat_from_axis_angle(var_47, var_18);
        var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
        var_54 = wp::quat_from_axis_angle(var_52, var_53);
        var_55 = wp::mul(var_54, var_alpha);
        var_56 = wp::mul(var_48, var_55);
        var_57 = wp::normalize(var_56);
        // q_factor = wp.mat33()                                                                  <L 15>
        var_58 = wp::mat_t<3, 3, wp::float32>();
        // r_2 = wp.mat33()                                                                       <L 16>
        var_59 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(wp.mat33(0.75, 0.1, 2.0, 1.5, 0.1, 1.0, 1.5, 2.0, 3.0) * north, q_factor, r_2)       <L 17>
        var_69 = wp::mat_t<3, 3, wp::float32>(var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68);
        var_70 = wp::mul(var_69, var_18);
        wp::qr3(var_70, var_58, var_59);
        // upper = q_factor * r_2                                                                 <L 18>
        var_71 = wp::mul(var_58, var_59);
        // if wp.tan(center) > east:                                                              <L 19>
        var_72 = wp::tan(var_11);
        var_73 = (var_72 > var_41);
        if (var_73) {
            // composed = wp.vec3(north, wp.sin(alpha), south / wp.max(wp.abs(east), 1.0e-6))       <L 20>
            var_74 = wp::sin(var_alpha);
            var_75 = wp::abs(var_41);
            var_77 = wp::max(var_75, var_76);
            var_78 = wp::div(var_26, var_77);
            var_79 = wp::vec_t<3, wp::float32>(var_18, var_74, var_78);
            // response = wp.identity(n=3, dtype=float) * wp.length(composed)                     <L 21>
            var_81 = wp::identity<3, wp::float32>();
            var_82 = wp::length(var_79);
            var_83 = wp::mul(var_81, var_82);
        }
        if (!var_73) {
            // response = upper                                                                   <L 23>
            var_84 = wp::copy(var_71);
        }
        var_85 = wp::where(var_73, var_83, var_84);
        // budget = float(0.0)                                                                    <L 24>
        var_87 = wp::float(var_86);
        // for step in range(wp.min(wp.abs(i), 8)):                                               <L 25>
        var_88 = wp::abs(var_0);
        var_90 = wp::min(var_88, var_89);
        var_91 = wp::range(var_90);
        start_for_0:;
            if (iter_cmp(var_91) == 0) goto end_for_0;
            var_92 = wp::iter_next(var_91);
            // u_2 = wp.mat33()                                                                   <L 26>
            var_93 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                                  <L 27>
            var_94 = wp::vec_t<3, wp::float32>();
            // v_2 = wp.mat33()                                                                   <L 28>
            var_95 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(response, u_2, sigma, v_2)                                                 <L 29>
            wp::svd3(var_85, var_93, var_94, var_95);
            // rotation_part = u_2 * wp.diag(sigma) * wp.transpose(v_2)                           <L 30>
            var_96 = wp::diag(var_94);
            var_97 = wp::mul(var_93, var_96);
            var_98 = wp::transpose(var_95);
            var_99 = wp::mul(var_97, var_98);
            // budget += wp.abs(float(step) + wp.trace(rotation_part))                            <L 31>
            var_100 = wp::float(var_92);
            var_101 = wp::trace(var_99);
            var_102 = wp::add(var_100, var_101);
            var_103 = wp::abs(var_102);
            var_104 = wp::add(var_87, var_103);
            // if budget > center:                                                                <L 32>
            var_105 = (var_104 > var_11);
            if (var_105) {
                // break                                                                          <L 33>
                wp::assign(var_87, var_104);
                goto end_for_0;
            }
            var_106 = wp::where(var_105, var_87, var_104);
            wp::assign(var_87, var_106);
            goto start_for_0;
        end_for_0:;
        // out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + (wp.length(q_total) + budget)       <L 34>
        var_107 = wp::add(var_18, var_26);
        var_108 = wp::add(var_107, var_41);
        var_109 = wp::add(var_108, var_33);
        var_111 = wp::mul(var_110, var_11);
        var_112 = wp::sub(var_109, var_111);
        var_113 = wp::mul(var_alpha, var_112);
        var_114 = wp::add(var_11, var_113);
        var_115 = wp::length(var_57);
        var_116 = wp::add(var_115, var_87);
        var_117 = wp::add(var_114, var_116);
        wp::array_store(var_out, var_0, var_1, var_117);
}



extern "C" __global__ void blur_field_00a4c781_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_field,
    wp::float32 var_alpha,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_field,
    wp::float32 adj_alpha,
    wp::array_t<wp::float32> adj_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 0;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        const wp::int32 var_37 = 1;
        wp::int32 var_38;
        wp::int32 var_39;
        wp::float32* var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 0.75;
        const wp::float32 var_44 = 0.5;
        const wp::float32 var_45 = 1.0;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::quat_t<wp::float32> var_48;
        const wp::float32 var_49 = 0.0;
        const wp::float32 var_50 = 1.0;
        const wp::float32 var_51 = 0.0;
        wp::vec_t<3, wp::float32> var_52;
        const wp::float32 var_53 = 1.5;
        wp::quat_t<wp::float32> var_54;
        wp::quat_t<wp::float32> var_55;
        wp::quat_t<wp::float32> var_56;
        wp::quat_t<wp::float32> var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::mat_t<3, 3, wp::float32> var_59;
        const wp::float32 var_60 = 0.75;
        const wp::float32 var_61 = 0.1;
        const wp::float32 var_62 = 2.0;
        const wp::float32 var_63 = 1.5;
        const wp::float32 var_64 = 0.1;
        const wp::float32 var_65 = 1.0;
        const wp::float32 var_66 = 1.5;
        const wp::float32 var_67 = 2.0;
        const wp::float32 var_68 = 3.0;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::mat_t<3, 3, wp::float32> var_70;
        wp::mat_t<3, 3, wp::float32> var_71;
        wp::float32 var_72;
        bool var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        const wp::float32 var_76 = 1e-06;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        const wp::int32 var_80 = 3;
        wp::mat_t<3, 3, wp::float32> var_81;
        wp::float32 var_82;
        wp::mat_t<3, 3, wp::float32> var_83;
        wp::mat_t<3, 3, wp::float32> var_84;
        wp::mat_t<3, 3, wp::float32> var_85;
        const wp::float32 var_86 = 0.0;
        wp::float32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 8;
        wp::int32 var_90;
        wp::range_t var_91;
        wp::int32 var_92;
        wp::mat_t<3, 3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::mat_t<3, 3, wp::float32> var_95;
        wp::mat_t<3, 3, wp::float32> var_96;
        wp::mat_t<3, 3, wp::float32> var_97;
        wp::mat_t<3, 3, wp::float32> var_98;
        wp::mat_t<3, 3, wp::float32> var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::float32 var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        bool var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        const wp::float32 var_110 = 4.0;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::quat_t<wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        wp::quat_t<wp::float32> adj_54 = {};
        wp::quat_t<wp::float32> adj_55 = {};
        wp::quat_t<wp::float32> adj_56 = {};
        wp::quat_t<wp::float32> adj_57 = {};
        wp::mat_t<3, 3, wp::float32> adj_58 = {};
        wp::mat_t<3, 3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::mat_t<3, 3, wp::float32> adj_69 = {};
        wp::mat_t<3, 3, wp::float32> adj_70 = {};
        wp::mat_t<3, 3, wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        bool adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::int32 adj_80 = {};
        wp::mat_t<3, 3, wp::float32> adj_81 = {};
        wp::float32 adj_82 = {};
        wp::mat_t<3, 3, wp::float32> adj_83 = {};
        wp::mat_t<3, 3, wp::float32> adj_84 = {};
        wp::mat_t<3, 3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::range_t adj_91 = {};
        wp::int32 adj_92 = {};
        wp::mat_t<3, 3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::mat_t<3, 3, wp::float32> adj_95 = {};
        wp::mat_t<3, 3, wp::float32> adj_96 = {};
        wp::mat_t<3, 3, wp::float32> adj_97 = {};
        wp::mat_t<3, 3, wp::float32> adj_98 = {};
        wp::mat_t<3, 3, wp::float32> adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        bool adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        //---------
        // forward
        // def blur_field(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // rows = field.shape[0]                                                                  <L 7>
        var_2 = &(var_field.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // cols = field.shape[1]                                                                  <L 8>
        var_6 = &(var_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // center = field[i, j]                                                                   <L 9>
        var_10 = wp::address(var_field, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // north = field[wp.max(i - 1, 0), j]                                                     <L 10>
        var_14 = wp::sub(var_0, var_13);
        var_16 = wp::max(var_14, var_15);
        var_17 = wp::address(var_field, var_16, var_1);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // south = field[wp.min(i + 1, rows - 1), j]                                              <L 11>
        var_21 = wp::add(var_0, var_20);
        var_23 = wp::sub(var_4, var_22);
        var_24 = wp::min(var_21, var_23);
        var_25 = wp::address(var_field, var_24, var_1);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // west = field[i, wp.max(j - 1, 0)]                                                      <L 12>
        var_29 = wp::sub(var_1, var_28);
        var_31 = wp::max(var_29, var_30);
        var_32 = wp::address(var_field, var_0, var_31);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        // east = field[i, wp.min(j + 1, cols - 1)]                                               <L 13>
        var_36 = wp::add(var_1, var_35);
        var_38 = wp::sub(var_8, var_37);
        var_39 = wp::min(var_36, var_38);
        var_40 = wp::address(var_field, var_0, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::copy(var_42);
        // q_total = wp.normalize(wp.quat_from_axis_angle(wp.normalize(wp.vec3(0.75, 0.5, 1.0)), north) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 1.5) * alpha))       <L 14>
        var_46 = wp::vec_t<3, wp::float32>(var_43, var_44, var_45);
        var_47 = wp::normalize(var_46);
        var_48 = wp::quat_from_axis_angle(var_47, var_18);
        var_52 = wp::vec_t<3, wp::float32>(var_49, var_50, var_51);
        var_54 = wp::quat_from_axis_angle(var_52, var_53);
        var_55 = wp::mul(var_54, var_alpha);
        var_56 = wp::mul(var_48, var_55);
        var_57 = wp::normalize(var_56);
        // q_factor = wp.mat33()                                                                  <L 15>
        var_58 = wp::mat_t<3, 3, wp::float32>();
        // r_2 = wp.mat33()                                                                       <L 16>
        var_59 = wp::mat_t<3, 3, wp::float32>();
        // wp.qr3(wp.mat33(0.75, 0.1, 2.0, 1.5, 0.1, 1.0, 1.5, 2.0, 3.0) * north, q_factor, r_2)       <L 17>
        var_69 = wp::mat_t<3, 3, wp::float32>(var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68);
        var_70 = wp::mul(var_69, var_18);
        wp::qr3(var_70, var_58, var_59);
        // upper = q_factor * r_2                                                                 <L 18>
        var_71 = wp::mul(var_58, var_59);
        // if wp.tan(center) > east:                                                              <L 19>
        var_72 = wp::tan(var_11);
        var_73 = (var_72 > var_41);
        if (var_73) {
            // composed = wp.vec3(north, wp.sin(alpha), south / wp.max(wp.abs(east), 1.0e-6))       <L 20>
            var_74 = wp::sin(var_alpha);
            var_75 = wp::abs(var_41);
            var_77 = wp::max(var_75, var_76);
            var_78 = wp::div(var_26, var_77);
            var_79 = wp::vec_t<3, wp::float32>(var_18, var_74, var_78);
            // response = wp.identity(n=3, dtype=float) * wp.length(composed)                     <L 21>
            var_81 = wp::identity<3, wp::float32>();
            var_82 = wp::length(var_79);
            var_83 = wp::mul(var_81, var_82);
        }
        if (!var_73) {
            // response = upper                                                                   <L 23>
            var_84 = wp::copy(var_71);
        }
        var_85 = wp::where(var_73, var_83, var_84);
        // budget = float(0.0)                                                                    <L 24>
        var_87 = wp::float(var_86);
        // for step in range(wp.min(wp.abs(i), 8)):                                               <L 25>
        var_88 = wp::abs(var_0);
        var_90 = wp::min(var_88, var_89);
        var_91 = wp::range(var_90);
        // out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + (wp.length(q_total) + budget)       <L 34>
        var_107 = wp::add(var_18, var_26);
        var_108 = wp::add(var_107, var_41);
        var_109 = wp::add(var_108, var_33);
        var_111 = wp::mul(var_110, var_11);
        var_112 = wp::sub(var_109, var_111);
        var_113 = wp::mul(var_alpha, var_112);
        var_114 = wp::add(var_11, var_113);
        var_115 = wp::length(var_57);
        var_116 = wp::add(var_115, var_87);
        var_117 = wp::add(var_114, var_116);
        // wp::array_store(var_out, var_0, var_1, var_117);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_117, adj_out, adj_0, adj_1, adj_117);
        wp::adj_add(var_114, var_116, adj_114, adj_116, adj_117);
        wp::adj_add(var_115, var_87, adj_115, adj_87, adj_116);
        wp::adj_length(var_57, var_115, adj_57, adj_115);
        wp::adj_add(var_11, var_113, adj_11, adj_113, adj_114);
        wp::adj_mul(var_alpha, var_112, adj_alpha, adj_112, adj_113);
        wp::adj_sub(var_109, var_111, adj_109, adj_111, adj_112);
        wp::adj_mul(var_110, var_11, adj_110, adj_11, adj_111);
        wp::adj_add(var_108, var_33, adj_108, adj_33, adj_109);
        wp::adj_add(var_107, var_41, adj_107, adj_41, adj_108);
        wp::adj_add(var_18, var_26, adj_18, adj_26, adj_107);
        // adj: out[i, j] = center + alpha * (north + south + east + west - 4.0 * center) + (wp.length(q_total) + budget)  <L 34>
        var_91 = wp::iter_reverse(var_91);
        start_for_0:;
            if (iter_cmp(var_91) == 0) goto end_for_0;
            var_92 = wp::iter_next(var_91);
        	adj_93 = {};
        	adj_94 = {};
        	adj_95 = {};
        	adj_96 = {};
        	adj_97 = {};
        	adj_98 = {};
        	adj_99 = {};
        	adj_100 = {};
        	adj_101 = {};
        	adj_102 = {};
        	adj_103 = {};
        	adj_104 = {};
        	adj_105 = {};
        	adj_106 = {};
            // u_2 = wp.mat33()                                                                   <L 26>
            var_93 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                                  <L 27>
            var_94 = wp::vec_t<3, wp::float32>();
            // v_2 = wp.mat33()                                                                   <L 28>
            var_95 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(response, u_2, sigma, v_2)                                                 <L 29>
            wp::svd3(var_85, var_93, var_94, var_95);
            // rotation_part = u_2 * wp.diag(sigma) * wp.transpose(v_2)                           <L 30>
            var_96 = wp::diag(var_94);
            var_97 = wp::mul(var_93, var_96);
            var_98 = wp::transpose(var_95);
            var_99 = wp::mul(var_97, var_98);
            // budget += wp.abs(float(step) + wp.trace(rotation_part))                            <L 31>
            var_100 = wp::float(var_92);
            var_101 = wp::trace(var_99);
            var_102 = wp::add(var_100, var_101);
            var_103 = wp::abs(var_102);
            var_104 = wp::add(var_87, var_103);
            // if budget > center:                                                                <L 32>
            var_105 = (var_104 > var_11);
            if (var_105) {
                // break                                                                          <L 33>
                wp::assign(var_87, var_104);
                goto end_for_0;
            }
            var_106 = wp::where(var_105, var_87, var_104);
            wp::assign(var_87, var_106);
            wp::adj_assign(var_87, var_106, adj_87, adj_106);
            wp::adj_where(var_105, var_87, var_104, adj_105, adj_87, adj_104, adj_106);
            if (var_105) {
                wp::adj_assign(var_87, var_104, adj_87, adj_104);
                // adj: break                                                                     <L 33>
            }
            // adj: if budget > center:                                                           <L 32>
            wp::adj_add(var_87, var_103, adj_87, adj_103, adj_104);
            wp::adj_abs(var_102, adj_102, adj_103);
            wp::adj_add(var_100, var_101, adj_100, adj_101, adj_102);
            wp::adj_trace(var_99, adj_99, adj_101);
            wp::adj_float(var_92, adj_92, adj_100);
            // adj: budget += wp.abs(float(step) + wp.trace(rotation_part))                       <L 31>
            wp::adj_mul(var_97, var_98, adj_97, adj_98, adj_99);
            wp::adj_transpose(var_95, adj_95, adj_98);
            wp::adj_mul(var_93, var_96, adj_93, adj_96, adj_97);
            wp::adj_diag(var_94, adj_94, adj_96);
            // adj: rotation_part = u_2 * wp.diag(sigma) * wp.transpose(v_2)                      <L 30>
            wp::adj_svd3(var_85, var_93, var_94, var_95, adj_85, adj_93, adj_94, adj_95);
            // adj: wp.svd3(response, u_2, sigma, v_2)                                            <L 29>
            // adj: v_2 = wp.mat33()                                                              <L 28>
            // adj: sigma = wp.vec3()                                                             <L 27>
            // adj: u_2 = wp.mat33()                                                              <L 26>
        	goto start_for_0;
        end_for_0:;
        wp::adj_min(var_88, var_89, adj_88, adj_89, adj_90);
        wp::adj_abs(var_0, adj_0, adj_88);
        // adj: for step in range(wp.min(wp.abs(i), 8)):                                          <L 25>
        wp::adj_float(var_86, adj_86, adj_87);
        // adj: budget = float(0.0)                                                               <L 24>
        wp::adj_where(var_73, var_83, var_84, adj_73, adj_83, adj_84, adj_85);
        if (!var_73) {
            wp::adj_copy(var_71, adj_71, adj_84);
            // adj: response = upper                                                              <L 23>
        }
        if (var_73) {
            wp::adj_mul(var_81, var_82, adj_81, adj_82, adj_83);
            wp::adj_length(var_79, var_82, adj_79, adj_82);
            // adj: response = wp.identity(n=3, dtype=float) * wp.length(composed)                <L 21>
            wp::adj_vec_t(var_18, var_74, var_78, adj_18, adj_74, adj_78, adj_79);
            wp::adj_div(var_26, var_77, var_78, adj_26, adj_77, adj_78);
            wp::adj_max(var_75, var_76, adj_75, adj_76, adj_77);
            wp::adj_abs(var_41, adj_41, adj_75);
            wp::adj_sin(var_alpha, adj_alpha, adj_74);
            // adj: composed = wp.vec3(north, wp.sin(alpha), south / wp.max(wp.abs(east), 1.0e-6))  <L 20>
        }
        wp::adj_tan(var_11, adj_11, adj_72);
        // adj: if wp.tan(center) > east:                                                         <L 19>
        wp::adj_mul(var_58, var_59, adj_58, adj_59, adj_71);
        // adj: upper = q_factor * r_2                                                            <L 18>
        wp::adj_qr3(var_70, var_58, var_59, adj_70, adj_58, adj_59);
        wp::adj_mul(var_69, var_18, adj_69, adj_18, adj_70);
        wp::adj_mat_t(var_60, var_61, var_62, var_63, var_64, var_65, var_66, var_67, var_68, adj_60, adj_61, adj_62, adj_63, adj_64, adj_65, adj_66, adj_67, adj_68, adj_69);
        // adj: wp.qr3(wp.mat33(0.75, 0.1, 2.0, 1.5, 0.1, 1.0, 1.5, 2.0, 3.0) * north, q_factor, r_2)  <L 17>
        // adj: r_2 = wp.mat33()                                                                  <L 16>
        // adj: q_factor = wp.mat33()                                                             <L 15>
        wp::adj_normalize(var_56, adj_56, adj_57);
        wp::adj_mul(var_48, var_55, adj_48, adj_55, adj_56);
        wp::adj_mul(var_54, var_alpha, adj_54, adj_alpha, adj_55);
        wp::adj_quat_from_axis_angle(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_vec_t(var_49, var_50, var_51, adj_49, adj_50, adj_51, adj_52);
        wp::adj_quat_from_axis_angle(var_47, var_18, adj_47, adj_18, adj_48);
        wp::adj_normalize(var_46, var_47, adj_46, adj_47);
        wp::adj_vec_t(var_43, var_44, var_45, adj_43, adj_44, adj_45, adj_46);
        // adj: q_total = wp.normalize(wp.quat_from_axis_angle(wp.normalize(wp.vec3(0.75, 0.5, 1.0)), north) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 1.5) * alpha))  <L 14>
        wp::adj_copy(var_42, adj_40, adj_41);
        wp::adj_address(var_field, var_0, var_39, adj_field, adj_0, adj_39, adj_40);
        wp::adj_min(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_sub(var_8, var_37, adj_8, adj_37, adj_38);
        wp::adj_add(var_1, var_35, adj_1, adj_35, adj_36);
        // adj: east = field[i, wp.min(j + 1, cols - 1)]                                          <L 13>
        wp::adj_copy(var_34, adj_32, adj_33);
        wp::adj_address(var_field, var_0, var_31, adj_field, adj_0, adj_31, adj_32);
        wp::adj_max(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_sub(var_1, var_28, adj_1, adj_28, adj_29);
        // adj: west = field[i, wp.max(j - 1, 0)]                                                 <L 12>
        wp::adj_copy(var_27, adj_25, adj_26);
        wp::adj_address(var_field, var_24, var_1, adj_field, adj_24, adj_1, adj_25);
        wp::adj_min(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_sub(var_4, var_22, adj_4, adj_22, adj_23);
        wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: south = field[wp.min(i + 1, rows - 1), j]                                         <L 11>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_field, var_16, var_1, adj_field, adj_16, adj_1, adj_17);
        wp::adj_max(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_sub(var_0, var_13, adj_0, adj_13, adj_14);
        // adj: north = field[wp.max(i - 1, 0), j]                                                <L 10>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_field, var_0, var_1, adj_field, adj_0, adj_1, adj_10);
        // adj: center = field[i, j]                                                              <L 9>
        adj_field.shape = adj_6;
        // adj: cols = field.shape[1]                                                             <L 8>
        adj_field.shape = adj_2;
        // adj: rows = field.shape[0]                                                             <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def blur_field(field: wp.array2d(dtype=float), alpha: float, out: wp.array2d(dtype=float)):  <L 5>
        return;
}

