// Warp 1.19.0 cuda code for broad_phase_e5221e4d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void broad_phase_714654a7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_extent,
    wp::array_t<wp::float32> var_counts)
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
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 8;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        const wp::float32 var_11 = 0.75;
        wp::float32 var_12;
        bool var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::bvh_query_t var_22;
        const wp::int32 var_23 = -1;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        bool var_26;
        const wp::float32 var_27 = INFINITY;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 4.0;
        const wp::float32 var_41 = 0.5;
        const wp::float32 var_42 = 0.9;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 4.0;
        const wp::float32 var_45 = 0.25;
        const wp::float32 var_46 = 1.5;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32 var_51;
        wp::mat_t<2, 2, wp::float32> var_52;
        wp::vec_t<2, wp::float32> var_53;
        wp::mat_t<2, 2, wp::float32> var_54;
        const wp::float32 var_55 = 0.1;
        const wp::float32 var_56 = 4.0;
        const wp::float32 var_57 = 0.25;
        const wp::float32 var_58 = 0.75;
        wp::mat_t<2, 2, wp::float32> var_59;
        const wp::int32 var_60 = 2;
        wp::mat_t<2, 2, wp::float32> var_61;
        wp::mat_t<2, 2, wp::float32> var_62;
        wp::mat_t<2, 2, wp::float32> var_63;
        wp::vec_t<2, wp::float32> var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        //---------
        // forward
        // def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // c = centers[tid]                                                                       <L 7>
        var_1 = wp::address(var_centers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // masked_sum = float(0.0)                                                                <L 8>
        var_5 = wp::float(var_4);
        // for m_2 in range(wp.min(wp.abs(tid), 8)):                                              <L 9>
        var_6 = wp::abs(var_0);
        var_8 = wp::min(var_6, var_7);
        var_9 = wp::range(var_8);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
            // if extent > float(0.75):                                                           <L 10>
            var_12 = wp::float(var_11);
            var_13 = (var_extent > var_12);
            if (var_13) {
                // overlaps = float(0.0)                                                          <L 11>
                var_15 = wp::float(var_14);
                // box_query = wp.bvh_query_aabb(bvh, c - wp.vec3(wp.abs(extent)), c + wp.vec3(wp.abs(extent)))       <L 12>
                var_16 = wp::abs(var_extent);
                var_17 = wp::vec_t<3, wp::float32>(var_16);
                var_18 = wp::sub(var_2, var_17);
                var_19 = wp::abs(var_extent);
                var_20 = wp::vec_t<3, wp::float32>(var_19);
                var_21 = wp::add(var_2, var_20);
                var_22 = wp::bvh_query_aabb(var_bvh, var_18, var_21, var_23);
                // leaf = int(0)                                                                  <L 13>
                var_25 = wp::int(var_24);
                // while wp.bvh_query_next(box_query, leaf):                                      <L 14>
        start_while_2:;
                var_26 = wp::bvh_query_next(var_22, var_25, var_27);
        if ((var_26) == false) goto end_while_2;
                    // overlaps += 1.0                                                            <L 15>
                    var_29 = wp::add(var_15, var_28);
                    wp::assign(var_15, var_29);
        goto start_while_2;
        end_while_2:;
                // picked = overlaps                                                              <L 16>
                var_30 = wp::copy(var_15);
            }
            if (!var_13) {
                // picked = extent                                                                <L 18>
                var_31 = wp::copy(var_extent);
            }
            var_32 = wp::where(var_13, var_30, var_31);
            // if (float(m_2) + picked) < 0.0:                                                    <L 19>
            var_33 = wp::float(var_10);
            var_34 = wp::add(var_33, var_32);
            var_36 = (var_34 < var_35);
            if (var_36) {
                // continue                                                                       <L 20>
                goto start_for_0;
            }
            // masked_sum += (float(m_2) + picked)                                                <L 21>
            var_37 = wp::float(var_10);
            var_38 = wp::add(var_37, var_32);
            var_39 = wp::add(var_5, var_38);
            wp::assign(var_5, var_39);
            goto start_for_0;
        end_for_0:;
        // radius_2 = wp.length(c - wp.cw_mul(wp.vec3(4.0, 0.5, 0.9), wp.vec3(4.0, 0.25, 1.5) * extent))       <L 22>
        var_43 = wp::vec_t<3, wp::float32>(var_40, var_41, var_42);
        var_47 = wp::vec_t<3, wp::float32>(var_44, var_45, var_46);
        var_48 = wp::mul(var_47, var_extent);
        var_49 = wp::cw_mul(var_43, var_48);
        var_50 = wp::sub(var_2, var_49);
        var_51 = wp::length(var_50);
        // u2 = wp.mat22()                                                                        <L 23>
        var_52 = wp::mat_t<2, 2, wp::float32>();
        // s2 = wp.vec2()                                                                         <L 24>
        var_53 = wp::vec_t<2, wp::float32>();
        // v2 = wp.mat22()                                                                        <L 25>
        var_54 = wp::mat_t<2, 2, wp::float32>();
        // wp.svd2(wp.mat22(0.1, 4.0, 0.25, 0.75) + (wp.identity(n=2, dtype=float) * extent), u2, s2, v2)       <L 26>
        var_59 = wp::mat_t<2, 2, wp::float32>(var_55, var_56, var_57, var_58);
        var_61 = wp::identity<2, wp::float32>();
        var_62 = wp::mul(var_61, var_extent);
        var_63 = wp::add(var_59, var_62);
        wp::svd2(var_63, var_52, var_53, var_54);
        // stretch = u2 * s2                                                                      <L 27>
        var_64 = wp::mul(var_52, var_53);
        // counts[tid] = masked_sum + radius_2 + wp.length(stretch)                               <L 28>
        var_65 = wp::add(var_5, var_51);
        var_66 = wp::length(var_64);
        var_67 = wp::add(var_65, var_66);
        wp::array_store(var_counts, var_0, var_67);
}



extern "C" __global__ void broad_phase_714654a7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_extent,
    wp::array_t<wp::float32> var_counts,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::float32 adj_extent,
    wp::array_t<wp::float32> adj_counts)
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
        const wp::float32 var_4 = 0.0;
        wp::float32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 8;
        wp::int32 var_8;
        wp::range_t var_9;
        wp::int32 var_10;
        const wp::float32 var_11 = 0.75;
        wp::float32 var_12;
        bool var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::bvh_query_t var_22;
        const wp::int32 var_23 = -1;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        bool var_26;
        const wp::float32 var_27 = INFINITY;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        bool var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::float32 var_40 = 4.0;
        const wp::float32 var_41 = 0.5;
        const wp::float32 var_42 = 0.9;
        wp::vec_t<3, wp::float32> var_43;
        const wp::float32 var_44 = 4.0;
        const wp::float32 var_45 = 0.25;
        const wp::float32 var_46 = 1.5;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::float32 var_51;
        wp::mat_t<2, 2, wp::float32> var_52;
        wp::vec_t<2, wp::float32> var_53;
        wp::mat_t<2, 2, wp::float32> var_54;
        const wp::float32 var_55 = 0.1;
        const wp::float32 var_56 = 4.0;
        const wp::float32 var_57 = 0.25;
        const wp::float32 var_58 = 0.75;
        wp::mat_t<2, 2, wp::float32> var_59;
        const wp::int32 var_60 = 2;
        wp::mat_t<2, 2, wp::float32> var_61;
        wp::mat_t<2, 2, wp::float32> var_62;
        wp::mat_t<2, 2, wp::float32> var_63;
        wp::vec_t<2, wp::float32> var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32 var_67;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::range_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::bvh_query_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::mat_t<2, 2, wp::float32> adj_52 = {};
        wp::vec_t<2, wp::float32> adj_53 = {};
        wp::mat_t<2, 2, wp::float32> adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::mat_t<2, 2, wp::float32> adj_59 = {};
        wp::int32 adj_60 = {};
        wp::mat_t<2, 2, wp::float32> adj_61 = {};
        wp::mat_t<2, 2, wp::float32> adj_62 = {};
        wp::mat_t<2, 2, wp::float32> adj_63 = {};
        wp::vec_t<2, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        //---------
        // forward
        // def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // c = centers[tid]                                                                       <L 7>
        var_1 = wp::address(var_centers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // masked_sum = float(0.0)                                                                <L 8>
        var_5 = wp::float(var_4);
        // for m_2 in range(wp.min(wp.abs(tid), 8)):                                              <L 9>
        var_6 = wp::abs(var_0);
        var_8 = wp::min(var_6, var_7);
        var_9 = wp::range(var_8);
        // radius_2 = wp.length(c - wp.cw_mul(wp.vec3(4.0, 0.5, 0.9), wp.vec3(4.0, 0.25, 1.5) * extent))       <L 22>
        var_43 = wp::vec_t<3, wp::float32>(var_40, var_41, var_42);
        var_47 = wp::vec_t<3, wp::float32>(var_44, var_45, var_46);
        var_48 = wp::mul(var_47, var_extent);
        var_49 = wp::cw_mul(var_43, var_48);
        var_50 = wp::sub(var_2, var_49);
        var_51 = wp::length(var_50);
        // u2 = wp.mat22()                                                                        <L 23>
        var_52 = wp::mat_t<2, 2, wp::float32>();
        // s2 = wp.vec2()                                                                         <L 24>
        var_53 = wp::vec_t<2, wp::float32>();
        // v2 = wp.mat22()                                                                        <L 25>
        var_54 = wp::mat_t<2, 2, wp::float32>();
        // wp.svd2(wp.mat22(0.1, 4.0, 0.25, 0.75) + (wp.identity(n=2, dtype=float) * extent), u2, s2, v2)       <L 26>
        var_59 = wp::mat_t<2, 2, wp::float32>(var_55, var_56, var_57, var_58);
        var_61 = wp::identity<2, wp::float32>();
        var_62 = wp::mul(var_61, var_extent);
        var_63 = wp::add(var_59, var_62);
        wp::svd2(var_63, var_52, var_53, var_54);
        // stretch = u2 * s2                                                                      <L 27>
        var_64 = wp::mul(var_52, var_53);
        // counts[tid] = masked_sum + radius_2 + wp.length(stretch)                               <L 28>
        var_65 = wp::add(var_5, var_51);
        var_66 = wp::length(var_64);
        var_67 = wp::add(var_65, var_66);
        // wp::array_store(var_counts, var_0, var_67);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_67, adj_counts, adj_0, adj_67);
        wp::adj_add(var_65, var_66, adj_65, adj_66, adj_67);
        wp::adj_length(var_64, var_66, adj_64, adj_66);
        wp::adj_add(var_5, var_51, adj_5, adj_51, adj_65);
        // adj: counts[tid] = masked_sum + radius_2 + wp.length(stretch)                          <L 28>
        wp::adj_mul(var_52, var_53, adj_52, adj_53, adj_64);
        // adj: stretch = u2 * s2                                                                 <L 27>
        wp::adj_svd2(var_63, var_52, var_53, var_54, adj_63, adj_52, adj_53, adj_54);
        wp::adj_add(var_59, var_62, adj_59, adj_62, adj_63);
        wp::adj_mul(var_61, var_extent, adj_61, adj_extent, adj_62);
        wp::adj_mat_t(var_55, var_56, var_57, var_58, adj_55, adj_56, adj_57, adj_58, adj_59);
        // adj: wp.svd2(wp.mat22(0.1, 4.0, 0.25, 0.75) + (wp.identity(n=2, dtype=float) * extent), u2, s2, v2)  <L 26>
        // adj: v2 = wp.mat22()                                                                   <L 25>
        // adj: s2 = wp.vec2()                                                                    <L 24>
        // adj: u2 = wp.mat22()                                                                   <L 23>
        wp::adj_length(var_50, var_51, adj_50, adj_51);
        wp::adj_sub(var_2, var_49, adj_2, adj_49, adj_50);
        wp::adj_cw_mul(var_43, var_48, adj_43, adj_48, adj_49);
        wp::adj_mul(var_47, var_extent, adj_47, adj_extent, adj_48);
        wp::adj_vec_t(var_44, var_45, var_46, adj_44, adj_45, adj_46, adj_47);
        wp::adj_vec_t(var_40, var_41, var_42, adj_40, adj_41, adj_42, adj_43);
        // adj: radius_2 = wp.length(c - wp.cw_mul(wp.vec3(4.0, 0.5, 0.9), wp.vec3(4.0, 0.25, 1.5) * extent))  <L 22>
        var_9 = wp::iter_reverse(var_9);
        start_for_0:;
            if (iter_cmp(var_9) == 0) goto end_for_0;
            var_10 = wp::iter_next(var_9);
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
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
            // if extent > float(0.75):                                                           <L 10>
            var_12 = wp::float(var_11);
            var_13 = (var_extent > var_12);
            if (var_13) {
                // overlaps = float(0.0)                                                          <L 11>
                var_15 = wp::float(var_14);
                // box_query = wp.bvh_query_aabb(bvh, c - wp.vec3(wp.abs(extent)), c + wp.vec3(wp.abs(extent)))       <L 12>
                var_16 = wp::abs(var_extent);
                var_17 = wp::vec_t<3, wp::float32>(var_16);
                var_18 = wp::sub(var_2, var_17);
                var_19 = wp::abs(var_extent);
                var_20 = wp::vec_t<3, wp::float32>(var_19);
                var_21 = wp::add(var_2, var_20);
                var_22 = wp::bvh_query_aabb(var_bvh, var_18, var_21, var_23);
                // leaf = int(0)                                                                  <L 13>
                var_25 = wp::int(var_24);
                // while wp.bvh_query_next(box_query, leaf):                                      <L 14>
                // picked = overlaps                                                              <L 16>
                var_30 = wp::copy(var_15);
            }
            if (!var_13) {
                // picked = extent                                                                <L 18>
                var_31 = wp::copy(var_extent);
            }
            var_32 = wp::where(var_13, var_30, var_31);
            // if (float(m_2) + picked) < 0.0:                                                    <L 19>
            var_33 = wp::float(var_10);
            var_34 = wp::add(var_33, var_32);
            var_36 = (var_34 < var_35);
            if (var_36) {
                // continue                                                                       <L 20>
                goto start_for_0;
            }
            // masked_sum += (float(m_2) + picked)                                                <L 21>
            var_37 = wp::float(var_10);
            var_38 = wp::add(var_37, var_32);
            var_39 = wp::add(var_5, var_38);
            wp::assign(var_5, var_39);
            wp::adj_assign(var_5, var_39, adj_5, adj_39);
            wp::adj_add(var_5, var_38, adj_5, adj_38, adj_39);
            wp::adj_add(var_37, var_32, adj_37, adj_32, adj_38);
            wp::adj_float(var_10, adj_10, adj_37);
            // adj: masked_sum += (float(m_2) + picked)                                           <L 21>
            if (var_36) {
                // adj: continue                                                                  <L 20>
            }
            wp::adj_add(var_33, var_32, adj_33, adj_32, adj_34);
            wp::adj_float(var_10, adj_10, adj_33);
            // adj: if (float(m_2) + picked) < 0.0:                                               <L 19>
            wp::adj_where(var_13, var_30, var_31, adj_13, adj_30, adj_31, adj_32);
            if (!var_13) {
                wp::adj_copy(var_extent, adj_extent, adj_31);
                // adj: picked = extent                                                           <L 18>
            }
            if (var_13) {
                wp::adj_copy(var_15, adj_15, adj_30);
                // adj: picked = overlaps                                                         <L 16>
        start_while_2:;
                var_26 = wp::bvh_query_next(var_22, var_25, var_27);
        if ((var_26) == false) goto end_while_2;
        adj_28 = {};
        adj_29 = {};
                    // overlaps += 1.0                                                            <L 15>
                    var_29 = wp::add(var_15, var_28);
                    wp::assign(var_15, var_29);
                    wp::adj_assign(var_15, var_29, adj_15, adj_29);
                    wp::adj_add(var_15, var_28, adj_15, adj_28, adj_29);
                    // adj: overlaps += 1.0                                                       <L 15>
        goto start_while_2;
        end_while_2:;
                // adj: while wp.bvh_query_next(box_query, leaf):                                 <L 14>
                // adj: leaf = int(0)                                                             <L 13>
                wp::adj_add(var_2, var_20, adj_2, adj_20, adj_21);
                wp::adj_vec_t(var_19, adj_19, adj_20);
                wp::adj_abs(var_extent, adj_extent, adj_19);
                wp::adj_sub(var_2, var_17, adj_2, adj_17, adj_18);
                wp::adj_vec_t(var_16, adj_16, adj_17);
                wp::adj_abs(var_extent, adj_extent, adj_16);
                // adj: box_query = wp.bvh_query_aabb(bvh, c - wp.vec3(wp.abs(extent)), c + wp.vec3(wp.abs(extent)))  <L 12>
                wp::adj_float(var_14, adj_14, adj_15);
                // adj: overlaps = float(0.0)                                                     <L 11>
            }
            wp::adj_float(var_11, adj_11, adj_12);
            // adj: if extent > float(0.75):                                                      <L 10>
        	goto start_for_0;
        end_for_0:;
        wp::adj_min(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_abs(var_0, adj_0, adj_6);
        // adj: for m_2 in range(wp.min(wp.abs(tid), 8)):                                         <L 9>
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: masked_sum = float(0.0)                                                           <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_1);
        // adj: c = centers[tid]                                                                  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def broad_phase(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):  <L 5>
        return;
}

