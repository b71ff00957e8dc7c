// Warp 1.19.0 cuda code for segment_scan_2125582d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void segment_scan_1b8bc5fb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> var_prefix,
    wp::array_t<wp::float32> var_totals)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::mat_t<2, 2, wp::float32> var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 12;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        const wp::float32 var_19 = 4.0;
        wp::float32 var_20;
        bool var_21;
        const wp::float32 var_22 = 0.1;
        wp::float32 var_23;
        const wp::float32 var_24 = 3.0;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::quat_t<wp::float32> var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 1.0;
        const wp::float32 var_35 = 0.0;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 4.0;
        wp::quat_t<wp::float32> var_38;
        wp::quat_t<wp::float32> var_39;
        wp::quat_t<wp::float32> var_40;
        const wp::int32 var_41 = 2;
        wp::mat_t<2, 2, wp::float32> var_42;
        wp::float32 var_43;
        wp::mat_t<2, 2, wp::float32> var_44;
        const wp::int32 var_45 = 2;
        wp::mat_t<2, 2, wp::float32> var_46;
        wp::float32 var_47;
        wp::mat_t<2, 2, wp::float32> var_48;
        wp::mat_t<2, 2, wp::float32> var_49;
        wp::mat_t<2, 2, wp::float32> var_50;
        wp::int32 var_51;
        const wp::int32 var_52 = 1024;
        wp::int32 var_53;
        const wp::int32 var_54 = 31;
        wp::int32 var_55;
        const wp::int32 var_56 = 6;
        wp::int32 var_57;
        wp::int32 var_58;
        const wp::int32 var_59 = 1024;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 4096;
        wp::int32 var_63;
        const wp::float32 var_64 = 0.1;
        wp::float32 var_65;
        bool var_66;
        const wp::float32 var_67 = 0.0;
        const wp::float32 var_68 = 0.0;
        const wp::float32 var_69 = 1.0;
        wp::vec_t<3, wp::float32> var_70;
        const wp::float32 var_71 = 1.0;
        wp::quat_t<wp::float32> var_72;
        const wp::float32 var_73 = 0.25;
        wp::float32 var_74;
        wp::quat_t<wp::float32> var_75;
        wp::quat_t<wp::float32> var_76;
        bool var_77;
        const wp::float32 var_78 = 3.0;
        const wp::float32 var_79 = 3.0;
        const wp::float32 var_80 = 4.0;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::quat_t<wp::float32> var_83;
        wp::quat_t<wp::float32> var_84;
        wp::quat_t<wp::float32> var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        //---------
        // forward
        // def segment_scan(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):       <L 5>
        // r = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // carry = float(0.0)                                                                     <L 7>
        var_2 = wp::float(var_1);
        // for c in range(rows.shape[1]):                                                         <L 8>
        var_3 = &(var_rows.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // carry = carry + rows[r, c]                                                         <L 9>
            var_9 = wp::address(var_rows, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::add(var_2, var_11);
            // prefix[r, c] = carry                                                               <L 10>
            wp::array_store(var_prefix, var_0, var_8, var_10);
            wp::assign(var_2, var_10);
            goto start_for_0;
        end_for_0:;
        // sum_val = wp.mat22(0.0)                                                                <L 11>
        var_13 = wp::mat_t<2, 2, wp::float32>(var_12);
        // for k_2 in range(wp.min(wp.abs(r), 12)):                                               <L 12>
        var_14 = wp::abs(var_0);
        var_16 = wp::min(var_14, var_15);
        var_17 = wp::range(var_16);
        start_for_2:;
            if (iter_cmp(var_17) == 0) goto end_for_2;
            var_18 = wp::iter_next(var_17);
            // if (carry * 4.0) > carry:                                                          <L 13>
            var_20 = wp::mul(var_2, var_19);
            var_21 = (var_20 > var_2);
            if (var_21) {
                // triple = wp.vec3(carry, float(0.1), float(3.0))                                <L 14>
                var_23 = wp::float(var_22);
                var_25 = wp::float(var_24);
                var_26 = wp::vec_t<3, wp::float32>(var_2, var_23, var_25);
                // chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.length(triple))       <L 15>
                var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
                var_31 = wp::length(var_26);
                var_32 = wp::quat_from_axis_angle(var_30, var_31);
            }
            if (!var_21) {
                // chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 4.0)                  <L 17>
                var_36 = wp::vec_t<3, wp::float32>(var_33, var_34, var_35);
                var_38 = wp::quat_from_axis_angle(var_36, var_37);
            }
            var_39 = wp::where(var_21, var_32, var_38);
            // orient = chosen                                                                    <L 18>
            var_40 = wp::copy(var_39);
            // sum_val += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(orient)       <L 19>
            var_42 = wp::identity<2, wp::float32>();
            var_43 = wp::float(var_18);
            var_44 = wp::mul(var_42, var_43);
            var_46 = wp::identity<2, wp::float32>();
            var_47 = wp::length(var_40);
            var_48 = wp::mul(var_46, var_47);
            var_49 = wp::add(var_44, var_48);
            var_50 = wp::add(var_13, var_49);
            wp::assign(var_13, var_50);
            goto start_for_2;
        end_for_2:;
        // slot = ((wp.abs(r) % 1024) * 31 + wp.abs(int(6)) % 1024) % 4096                        <L 20>
        var_51 = wp::abs(var_0);
        var_53 = wp::mod(var_51, var_52);
        var_55 = wp::mul(var_53, var_54);
        var_57 = wp::int(var_56);
        var_58 = wp::abs(var_57);
        var_60 = wp::mod(var_58, var_59);
        var_61 = wp::add(var_55, var_60);
        var_63 = wp::mod(var_61, var_62);
        // if carry > float(0.1):                                                                 <L 21>
        var_65 = wp::float(var_64);
        var_66 = (var_2 > var_65);
        if (var_66) {
            // corrected = wp.quat(wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 1.0) * (carry + 0.25))       <L 22>
            var_70 = wp::vec_t<3, wp::float32>(var_67, var_68, var_69);
            var_72 = wp::quat_from_axis_angle(var_70, var_71);
            var_74 = wp::add(var_2, var_73);
            var_75 = wp::mul(var_72, var_74);
            var_76 = wp::quat_t<wp::float32>(var_75);
            // if wp.isnan(carry):                                                                <L 23>
            var_77 = wp::isnan(var_2);
            if (var_77) {
                // corrected = corrected + wp.quat_from_axis_angle(wp.normalize(wp.vec3(3.0, 3.0, 4.0)), carry)       <L 24>
                var_81 = wp::vec_t<3, wp::float32>(var_78, var_79, var_80);
                var_82 = wp::normalize(var_81);
                var_83 = wp::quat_from_axis_angle(var_82, var_2);
                var_84 = wp::add(var_76, var_83);
            }
            var_85 = wp::where(var_77, var_84, var_76);
            // response = wp.length(corrected)                                                    <L 25>
            var_86 = wp::length(var_85);
        }
        if (!var_66) {
            // phase = carry                                                                      <L 27>
            var_87 = wp::copy(var_2);
            // response = phase                                                                   <L 28>
            var_88 = wp::copy(var_87);
        }
        var_89 = wp::where(var_66, var_86, var_88);
        // totals[r] = carry + (wp.trace(sum_val) + float(slot) + response)                       <L 29>
        var_90 = wp::trace(var_13);
        var_91 = wp::float(var_63);
        var_92 = wp::add(var_90, var_91);
        var_93 = wp::add(var_92, var_89);
        var_94 = wp::add(var_2, var_93);
        wp::array_store(var_totals, var_0, var_94);
}



extern "C" __global__ void segment_scan_1b8bc5fb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> var_prefix,
    wp::array_t<wp::float32> var_totals,
    wp::array_t<wp::float32> adj_rows,
    wp::array_t<wp::float32> adj_prefix,
    wp::array_t<wp::float32> adj_totals)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::range_t var_7;
        wp::int32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::mat_t<2, 2, wp::float32> var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 12;
        wp::int32 var_16;
        wp::range_t var_17;
        wp::int32 var_18;
        const wp::float32 var_19 = 4.0;
        wp::float32 var_20;
        bool var_21;
        const wp::float32 var_22 = 0.1;
        wp::float32 var_23;
        const wp::float32 var_24 = 3.0;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 1.0;
        wp::vec_t<3, wp::float32> var_30;
        wp::float32 var_31;
        wp::quat_t<wp::float32> var_32;
        const wp::float32 var_33 = 0.0;
        const wp::float32 var_34 = 1.0;
        const wp::float32 var_35 = 0.0;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 4.0;
        wp::quat_t<wp::float32> var_38;
        wp::quat_t<wp::float32> var_39;
        wp::quat_t<wp::float32> var_40;
        const wp::int32 var_41 = 2;
        wp::mat_t<2, 2, wp::float32> var_42;
        wp::float32 var_43;
        wp::mat_t<2, 2, wp::float32> var_44;
        const wp::int32 var_45 = 2;
        wp::mat_t<2, 2, wp::float32> var_46;
        wp::float32 var_47;
        wp::mat_t<2, 2, wp::float32> var_48;
        wp::mat_t<2, 2, wp::float32> var_49;
        wp::mat_t<2, 2, wp::float32> var_50;
        wp::int32 var_51;
        const wp::int32 var_52 = 1024;
        wp::int32 var_53;
        const wp::int32 var_54 = 31;
        wp::int32 var_55;
        const wp::int32 var_56 = 6;
        wp::int32 var_57;
        wp::int32 var_58;
        const wp::int32 var_59 = 1024;
        wp::int32 var_60;
        wp::int32 var_61;
        const wp::int32 var_62 = 4096;
        wp::int32 var_63;
        const wp::float32 var_64 = 0.1;
        wp::float32 var_65;
        bool var_66;
        const wp::float32 var_67 = 0.0;
        const wp::float32 var_68 = 0.0;
        const wp::float32 var_69 = 1.0;
        wp::vec_t<3, wp::float32> var_70;
        const wp::float32 var_71 = 1.0;
        wp::quat_t<wp::float32> var_72;
        const wp::float32 var_73 = 0.25;
        wp::float32 var_74;
        wp::quat_t<wp::float32> var_75;
        wp::quat_t<wp::float32> var_76;
        bool var_77;
        const wp::float32 var_78 = 3.0;
        const wp::float32 var_79 = 3.0;
        const wp::float32 var_80 = 4.0;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::quat_t<wp::float32> var_83;
        wp::quat_t<wp::float32> var_84;
        wp::quat_t<wp::float32> var_85;
        wp::float32 var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32 var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::float32 var_94;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::range_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::mat_t<2, 2, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::range_t adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::float32 adj_31 = {};
        wp::quat_t<wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::quat_t<wp::float32> adj_38 = {};
        wp::quat_t<wp::float32> adj_39 = {};
        wp::quat_t<wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        wp::mat_t<2, 2, wp::float32> adj_42 = {};
        wp::float32 adj_43 = {};
        wp::mat_t<2, 2, wp::float32> adj_44 = {};
        wp::int32 adj_45 = {};
        wp::mat_t<2, 2, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::mat_t<2, 2, wp::float32> adj_48 = {};
        wp::mat_t<2, 2, wp::float32> adj_49 = {};
        wp::mat_t<2, 2, wp::float32> adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        bool adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::float32 adj_71 = {};
        wp::quat_t<wp::float32> adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::quat_t<wp::float32> adj_75 = {};
        wp::quat_t<wp::float32> adj_76 = {};
        bool adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::quat_t<wp::float32> adj_83 = {};
        wp::quat_t<wp::float32> adj_84 = {};
        wp::quat_t<wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        //---------
        // forward
        // def segment_scan(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):       <L 5>
        // r = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // carry = float(0.0)                                                                     <L 7>
        var_2 = wp::float(var_1);
        // for c in range(rows.shape[1]):                                                         <L 8>
        var_3 = &(var_rows.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::range(var_5);
        // sum_val = wp.mat22(0.0)                                                                <L 11>
        var_13 = wp::mat_t<2, 2, wp::float32>(var_12);
        // for k_2 in range(wp.min(wp.abs(r), 12)):                                               <L 12>
        var_14 = wp::abs(var_0);
        var_16 = wp::min(var_14, var_15);
        var_17 = wp::range(var_16);
        // slot = ((wp.abs(r) % 1024) * 31 + wp.abs(int(6)) % 1024) % 4096                        <L 20>
        var_51 = wp::abs(var_0);
        var_53 = wp::mod(var_51, var_52);
        var_55 = wp::mul(var_53, var_54);
        var_57 = wp::int(var_56);
        var_58 = wp::abs(var_57);
        var_60 = wp::mod(var_58, var_59);
        var_61 = wp::add(var_55, var_60);
        var_63 = wp::mod(var_61, var_62);
        // if carry > float(0.1):                                                                 <L 21>
        var_65 = wp::float(var_64);
        var_66 = (var_2 > var_65);
        if (var_66) {
            // corrected = wp.quat(wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 1.0) * (carry + 0.25))       <L 22>
            var_70 = wp::vec_t<3, wp::float32>(var_67, var_68, var_69);
            var_72 = wp::quat_from_axis_angle(var_70, var_71);
            var_74 = wp::add(var_2, var_73);
            var_75 = wp::mul(var_72, var_74);
            var_76 = wp::quat_t<wp::float32>(var_75);
            // if wp.isnan(carry):                                                                <L 23>
            var_77 = wp::isnan(var_2);
            if (var_77) {
                // corrected = corrected + wp.quat_from_axis_angle(wp.normalize(wp.vec3(3.0, 3.0, 4.0)), carry)       <L 24>
                var_81 = wp::vec_t<3, wp::float32>(var_78, var_79, var_80);
                var_82 = wp::normalize(var_81);
                var_83 = wp::quat_from_axis_angle(var_82, var_2);
                var_84 = wp::add(var_76, var_83);
            }
            var_85 = wp::where(var_77, var_84, var_76);
            // response = wp.length(corrected)                                                    <L 25>
            var_86 = wp::length(var_85);
        }
        if (!var_66) {
            // phase = carry                                                                      <L 27>
            var_87 = wp::copy(var_2);
            // response = phase                                                                   <L 28>
            var_88 = wp::copy(var_87);
        }
        var_89 = wp::where(var_66, var_86, var_88);
        // totals[r] = carry + (wp.trace(sum_val) + float(slot) + response)                       <L 29>
        var_90 = wp::trace(var_13);
        var_91 = wp::float(var_63);
        var_92 = wp::add(var_90, var_91);
        var_93 = wp::add(var_92, var_89);
        var_94 = wp::add(var_2, var_93);
        // wp::array_store(var_totals, var_0, var_94);
        //---------
        // reverse
        wp::adj_array_store(var_totals, var_0, var_94, adj_totals, adj_0, adj_94);
        wp::adj_add(var_2, var_93, adj_2, adj_93, adj_94);
        wp::adj_add(var_92, var_89, adj_92, adj_89, adj_93);
        wp::adj_add(var_90, var_91, adj_90, adj_91, adj_92);
        wp::adj_float(var_63, adj_63, adj_91);
        wp::adj_trace(var_13, adj_13, adj_90);
        // adj: totals[r] = carry + (wp.trace(sum_val) + float(slot) + response)                  <L 29>
        wp::adj_where(var_66, var_86, var_88, adj_66, adj_86, adj_88, adj_89);
        if (!var_66) {
            wp::adj_copy(var_87, adj_87, adj_88);
            // adj: response = phase                                                              <L 28>
            wp::adj_copy(var_2, adj_2, adj_87);
            // adj: phase = carry                                                                 <L 27>
        }
        if (var_66) {
            wp::adj_length(var_85, var_86, adj_85, adj_86);
            // adj: response = wp.length(corrected)                                               <L 25>
            wp::adj_where(var_77, var_84, var_76, adj_77, adj_84, adj_76, adj_85);
            if (var_77) {
                wp::adj_add(var_76, var_83, adj_76, adj_83, adj_84);
                wp::adj_quat_from_axis_angle(var_82, var_2, adj_82, adj_2, adj_83);
                wp::adj_normalize(var_81, var_82, adj_81, adj_82);
                wp::adj_vec_t(var_78, var_79, var_80, adj_78, adj_79, adj_80, adj_81);
                // adj: corrected = corrected + wp.quat_from_axis_angle(wp.normalize(wp.vec3(3.0, 3.0, 4.0)), carry)  <L 24>
            }
            // adj: if wp.isnan(carry):                                                           <L 23>
            wp::adj_quat_t(var_75, adj_75, adj_76);
            wp::adj_mul(var_72, var_74, adj_72, adj_74, adj_75);
            wp::adj_add(var_2, var_73, adj_2, adj_73, adj_74);
            wp::adj_quat_from_axis_angle(var_70, var_71, adj_70, adj_71, adj_72);
            wp::adj_vec_t(var_67, var_68, var_69, adj_67, adj_68, adj_69, adj_70);
            // adj: corrected = wp.quat(wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 1.0) * (carry + 0.25))  <L 22>
        }
        wp::adj_float(var_64, adj_64, adj_65);
        // adj: if carry > float(0.1):                                                            <L 21>
        wp::adj_mod(var_61, var_62, adj_61, adj_62, adj_63);
        wp::adj_add(var_55, var_60, adj_55, adj_60, adj_61);
        wp::adj_mod(var_58, var_59, adj_58, adj_59, adj_60);
        wp::adj_abs(var_57, adj_57, adj_58);
        wp::adj_mul(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_mod(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_abs(var_0, adj_0, adj_51);
        // adj: slot = ((wp.abs(r) % 1024) * 31 + wp.abs(int(6)) % 1024) % 4096                   <L 20>
        var_17 = wp::iter_reverse(var_17);
        start_for_2:;
            if (iter_cmp(var_17) == 0) goto end_for_2;
            var_18 = wp::iter_next(var_17);
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
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
            // if (carry * 4.0) > carry:                                                          <L 13>
            var_20 = wp::mul(var_2, var_19);
            var_21 = (var_20 > var_2);
            if (var_21) {
                // triple = wp.vec3(carry, float(0.1), float(3.0))                                <L 14>
                var_23 = wp::float(var_22);
                var_25 = wp::float(var_24);
                var_26 = wp::vec_t<3, wp::float32>(var_2, var_23, var_25);
                // chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.length(triple))       <L 15>
                var_30 = wp::vec_t<3, wp::float32>(var_27, var_28, var_29);
                var_31 = wp::length(var_26);
                var_32 = wp::quat_from_axis_angle(var_30, var_31);
            }
            if (!var_21) {
                // chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 4.0)                  <L 17>
                var_36 = wp::vec_t<3, wp::float32>(var_33, var_34, var_35);
                var_38 = wp::quat_from_axis_angle(var_36, var_37);
            }
            var_39 = wp::where(var_21, var_32, var_38);
            // orient = chosen                                                                    <L 18>
            var_40 = wp::copy(var_39);
            // sum_val += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(orient)       <L 19>
            var_42 = wp::identity<2, wp::float32>();
            var_43 = wp::float(var_18);
            var_44 = wp::mul(var_42, var_43);
            var_46 = wp::identity<2, wp::float32>();
            var_47 = wp::length(var_40);
            var_48 = wp::mul(var_46, var_47);
            var_49 = wp::add(var_44, var_48);
            var_50 = wp::add(var_13, var_49);
            wp::assign(var_13, var_50);
            wp::adj_assign(var_13, var_50, adj_13, adj_50);
            wp::adj_add(var_13, var_49, adj_13, adj_49, adj_50);
            wp::adj_add(var_44, var_48, adj_44, adj_48, adj_49);
            wp::adj_mul(var_46, var_47, adj_46, adj_47, adj_48);
            wp::adj_length(var_40, var_47, adj_40, adj_47);
            wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_44);
            wp::adj_float(var_18, adj_18, adj_43);
            // adj: sum_val += wp.identity(n=2, dtype=float) * float(k_2) + wp.identity(n=2, dtype=float) * wp.length(orient)  <L 19>
            wp::adj_copy(var_39, adj_39, adj_40);
            // adj: orient = chosen                                                               <L 18>
            wp::adj_where(var_21, var_32, var_38, adj_21, adj_32, adj_38, adj_39);
            if (!var_21) {
                wp::adj_quat_from_axis_angle(var_36, var_37, adj_36, adj_37, adj_38);
                wp::adj_vec_t(var_33, var_34, var_35, adj_33, adj_34, adj_35, adj_36);
                // adj: chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 4.0)             <L 17>
            }
            if (var_21) {
                wp::adj_quat_from_axis_angle(var_30, var_31, adj_30, adj_31, adj_32);
                wp::adj_length(var_26, var_31, adj_26, adj_31);
                wp::adj_vec_t(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
                // adj: chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.length(triple))  <L 15>
                wp::adj_vec_t(var_2, var_23, var_25, adj_2, adj_23, adj_25, adj_26);
                wp::adj_float(var_24, adj_24, adj_25);
                wp::adj_float(var_22, adj_22, adj_23);
                // adj: triple = wp.vec3(carry, float(0.1), float(3.0))                           <L 14>
            }
            wp::adj_mul(var_2, var_19, adj_2, adj_19, adj_20);
            // adj: if (carry * 4.0) > carry:                                                     <L 13>
        	goto start_for_2;
        end_for_2:;
        wp::adj_min(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_abs(var_0, adj_0, adj_14);
        // adj: for k_2 in range(wp.min(wp.abs(r), 12)):                                          <L 12>
        wp::adj_mat_t(var_12, adj_12, adj_13);
        // adj: sum_val = wp.mat22(0.0)                                                           <L 11>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
            // carry = carry + rows[r, c]                                                         <L 9>
            var_9 = wp::address(var_rows, var_0, var_8);
            var_11 = wp::load(var_9);
            var_10 = wp::add(var_2, var_11);
            // prefix[r, c] = carry                                                               <L 10>
            // wp::array_store(var_prefix, var_0, var_8, var_10);
            wp::assign(var_2, var_10);
            wp::adj_assign(var_2, var_10, adj_2, adj_10);
            wp::adj_array_store(var_prefix, var_0, var_8, var_10, adj_prefix, adj_0, adj_8, adj_10);
            // adj: prefix[r, c] = carry                                                          <L 10>
            wp::adj_add(var_2, var_11, adj_2, adj_9, adj_10);
            wp::adj_address(var_rows, var_0, var_8, adj_rows, adj_0, adj_8, adj_9);
            // adj: carry = carry + rows[r, c]                                                    <L 9>
        	goto start_for_0;
        end_for_0:;
        adj_rows.shape = adj_3;
        // adj: for c in range(rows.shape[1]):                                                    <L 8>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: carry = float(0.0)                                                                <L 7>
        // adj: r = wp.tid()                                                                      <L 6>
        // adj: def segment_scan(rows: wp.array2d(dtype=float), prefix: wp.array2d(dtype=float), totals: wp.array(dtype=float)):  <L 5>
        return;
}

