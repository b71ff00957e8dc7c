// Warp 1.19.0 cuda code for collide_with_mesh_30d88149.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void collide_with_mesh_1dbbc7bc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_margin,
    wp::array_t<wp::float32> var_result)
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
        wp::float64 var_4;
        const wp::float32 var_5 = 10.0;
        const wp::float32 var_6 = 0.5;
        const wp::float32 var_7 = 3.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 12;
        wp::int32 var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.9;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.9;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        //---------
        // forward
        // def collide_with_mesh(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gain_2 = wp.float64(margin)                                                            <L 8>
        var_4 = wp::float64(var_margin);
        // dir_2 = wp.normalize(p - wp.vec3(10.0, 0.5, 3.0))                                      <L 9>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::sub(var_2, var_8);
        var_10 = wp::normalize(var_9);
        // acc_2 = float(0.0)                                                                     <L 10>
        var_12 = wp::float(var_11);
        // for k_2 in range(wp.min(wp.abs(tid), 12)):                                             <L 11>
        var_13 = wp::abs(var_0);
        var_15 = wp::min(var_13, var_14);
        var_16 = wp::range(var_15);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
            // composed = wp.vec3(margin, float(0.9), float(0.9))                                 <L 12>
            var_19 = wp::float(var_18);
            var_21 = wp::float(var_20);
            var_22 = wp::vec_t<3, wp::float32>(var_margin, var_19, var_21);
            // acc_2 += float(k_2) + wp.length(composed)                                          <L 13>
            var_23 = wp::float(var_17);
            var_24 = wp::length(var_22);
            var_25 = wp::add(var_23, var_24);
            var_26 = wp::add(var_12, var_25);
            wp::assign(var_12, var_26);
            goto start_for_0;
        end_for_0:;
        // result[tid] = float(gain_2) + wp.length(dir_2) + acc_2                                 <L 14>
        var_27 = wp::float(var_4);
        var_28 = wp::length(var_10);
        var_29 = wp::add(var_27, var_28);
        var_30 = wp::add(var_29, var_12);
        wp::array_store(var_result, var_0, var_30);
}



extern "C" __global__ void collide_with_mesh_1dbbc7bc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_margin,
    wp::array_t<wp::float32> var_result,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_margin,
    wp::array_t<wp::float32> adj_result)
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
        wp::float64 var_4;
        const wp::float32 var_5 = 10.0;
        const wp::float32 var_6 = 0.5;
        const wp::float32 var_7 = 3.0;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.0;
        wp::float32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 12;
        wp::int32 var_15;
        wp::range_t var_16;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.9;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.9;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::range_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        //---------
        // forward
        // def collide_with_mesh(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // p = points[tid]                                                                        <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // gain_2 = wp.float64(margin)                                                            <L 8>
        var_4 = wp::float64(var_margin);
        // dir_2 = wp.normalize(p - wp.vec3(10.0, 0.5, 3.0))                                      <L 9>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::sub(var_2, var_8);
        var_10 = wp::normalize(var_9);
        // acc_2 = float(0.0)                                                                     <L 10>
        var_12 = wp::float(var_11);
        // for k_2 in range(wp.min(wp.abs(tid), 12)):                                             <L 11>
        var_13 = wp::abs(var_0);
        var_15 = wp::min(var_13, var_14);
        var_16 = wp::range(var_15);
        // result[tid] = float(gain_2) + wp.length(dir_2) + acc_2                                 <L 14>
        var_27 = wp::float(var_4);
        var_28 = wp::length(var_10);
        var_29 = wp::add(var_27, var_28);
        var_30 = wp::add(var_29, var_12);
        // wp::array_store(var_result, var_0, var_30);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_30, adj_result, adj_0, adj_30);
        wp::adj_add(var_29, var_12, adj_29, adj_12, adj_30);
        wp::adj_add(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_length(var_10, var_28, adj_10, adj_28);
        wp::adj_float(var_4, adj_4, adj_27);
        // adj: result[tid] = float(gain_2) + wp.length(dir_2) + acc_2                            <L 14>
        var_16 = wp::iter_reverse(var_16);
        start_for_0:;
            if (iter_cmp(var_16) == 0) goto end_for_0;
            var_17 = wp::iter_next(var_16);
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
            // composed = wp.vec3(margin, float(0.9), float(0.9))                                 <L 12>
            var_19 = wp::float(var_18);
            var_21 = wp::float(var_20);
            var_22 = wp::vec_t<3, wp::float32>(var_margin, var_19, var_21);
            // acc_2 += float(k_2) + wp.length(composed)                                          <L 13>
            var_23 = wp::float(var_17);
            var_24 = wp::length(var_22);
            var_25 = wp::add(var_23, var_24);
            var_26 = wp::add(var_12, var_25);
            wp::assign(var_12, var_26);
            wp::adj_assign(var_12, var_26, adj_12, adj_26);
            wp::adj_add(var_12, var_25, adj_12, adj_25, adj_26);
            wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
            wp::adj_length(var_22, var_24, adj_22, adj_24);
            wp::adj_float(var_17, adj_17, adj_23);
            // adj: acc_2 += float(k_2) + wp.length(composed)                                     <L 13>
            wp::adj_vec_t(var_margin, var_19, var_21, adj_margin, adj_19, adj_21, adj_22);
            wp::adj_float(var_20, adj_20, adj_21);
            wp::adj_float(var_18, adj_18, adj_19);
            // adj: composed = wp.vec3(margin, float(0.9), float(0.9))                            <L 12>
        	goto start_for_0;
        end_for_0:;
        wp::adj_min(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_abs(var_0, adj_0, adj_13);
        // adj: for k_2 in range(wp.min(wp.abs(tid), 12)):                                        <L 11>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: acc_2 = float(0.0)                                                                <L 10>
        wp::adj_normalize(var_9, var_10, adj_9, adj_10);
        wp::adj_sub(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: dir_2 = wp.normalize(p - wp.vec3(10.0, 0.5, 3.0))                                 <L 9>
        wp::adj_float64(var_margin, adj_margin, adj_4);
        // adj: gain_2 = wp.float64(margin)                                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def collide_with_mesh(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):  <L 5>
        return;
}

