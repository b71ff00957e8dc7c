// Warp 1.19.0 cuda code for ray_sphere_bvh_9dd2f82b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void ray_sphere_bvh_3800b8e7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_directions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_dist_out,
    wp::array_t<wp::int32> var_nearest)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = -1;
        wp::int32 var_9;
        wp::bvh_query_t var_10;
        const wp::int32 var_11 = -1;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        bool var_33;
        const wp::float32 var_34 = 0.0;
        bool var_35;
        bool var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        wp::int32 var_40;
        wp::float32 var_41;
        wp::int32 var_42;
        //---------
        // forward
        // def ray_sphere_bvh(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // ray_start = ray_starts[tid]                                                            <L 16>
        var_1 = wp::address(var_ray_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rd = ray_directions[tid]                                                               <L 17>
        var_4 = wp::address(var_ray_directions, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // t_min = max_t                                                                          <L 18>
        var_7 = wp::copy(var_max_t);
        // hit = int(-1)                                                                          <L 19>
        var_9 = wp::int(var_8);
        // query = wp.bvh_query_ray(scene_bvh, ray_start, rd)                                     <L 20>
        var_10 = wp::bvh_query_ray(var_scene_bvh, var_2, var_5, var_11);
        // index = int(0)                                                                         <L 21>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, index, t_min):                                          <L 23>
        start_while_0:;
        var_14 = wp::bvh_query_ray_next(var_10, var_13, var_7);
        if ((var_14) == false) goto end_while_0;
            // oc = ray_start - centers[index]                                                    <L 24>
            var_15 = wp::address(var_centers, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_2, var_17);
            // b = wp.dot(oc, rd)                                                                 <L 25>
            var_18 = wp::dot(var_16, var_5);
            // c = wp.dot(oc, oc) - radii[index] * radii[index]                                   <L 26>
            var_19 = wp::dot(var_16, var_16);
            var_20 = wp::address(var_radii, var_13);
            var_21 = wp::address(var_radii, var_13);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = wp::mul(var_23, var_24);
            var_25 = wp::sub(var_19, var_22);
            // disc = b * b - c                                                                   <L 27>
            var_26 = wp::mul(var_18, var_18);
            var_27 = wp::sub(var_26, var_25);
            // if disc >= 0.0:                                                                    <L 28>
            var_29 = (var_27 >= var_28);
            if (var_29) {
                // t = -b - wp.sqrt(disc)                                                         <L 29>
                var_30 = wp::neg(var_18);
                var_31 = wp::sqrt(var_27);
                var_32 = wp::sub(var_30, var_31);
                // if t > 0.0 and t < t_min:                                                      <L 30>
                var_35 = (var_32 > var_34);
                var_33 = var_35;
                if (var_33) {
                    var_36 = (var_32 < var_7);
                    var_33 = var_33 && var_36;
                }
                if (var_33) {
                    // t_min = t                                                                  <L 31>
                    var_37 = wp::copy(var_32);
                    // hit = index                                                                <L 32>
                    var_38 = wp::copy(var_13);
                }
                var_39 = wp::where(var_33, var_37, var_7);
                var_40 = wp::where(var_33, var_38, var_9);
            }
            var_41 = wp::where(var_29, var_39, var_7);
            var_42 = wp::where(var_29, var_40, var_9);
            wp::assign(var_7, var_41);
            wp::assign(var_9, var_42);
        goto start_while_0;
        end_while_0:;
        // dist_out[tid] = t_min                                                                  <L 33>
        wp::array_store(var_dist_out, var_0, var_7);
        // nearest[tid] = hit                                                                     <L 34>
        wp::array_store(var_nearest, var_0, var_9);
    }
}



extern "C" __global__ void ray_sphere_bvh_3800b8e7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_directions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_dist_out,
    wp::array_t<wp::int32> var_nearest,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_directions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_radii,
    wp::float32 adj_max_t,
    wp::array_t<wp::float32> adj_dist_out,
    wp::array_t<wp::int32> adj_nearest)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = -1;
        wp::int32 var_9;
        wp::bvh_query_t var_10;
        const wp::int32 var_11 = -1;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        bool var_33;
        const wp::float32 var_34 = 0.0;
        bool var_35;
        bool var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        wp::int32 var_40;
        wp::float32 var_41;
        wp::int32 var_42;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::bvh_query_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        bool adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        //---------
        // forward
        // def ray_sphere_bvh(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // ray_start = ray_starts[tid]                                                            <L 16>
        var_1 = wp::address(var_ray_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rd = ray_directions[tid]                                                               <L 17>
        var_4 = wp::address(var_ray_directions, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // t_min = max_t                                                                          <L 18>
        var_7 = wp::copy(var_max_t);
        // hit = int(-1)                                                                          <L 19>
        var_9 = wp::int(var_8);
        // query = wp.bvh_query_ray(scene_bvh, ray_start, rd)                                     <L 20>
        var_10 = wp::bvh_query_ray(var_scene_bvh, var_2, var_5, var_11);
        // index = int(0)                                                                         <L 21>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, index, t_min):                                          <L 23>
        // dist_out[tid] = t_min                                                                  <L 33>
        // wp::array_store(var_dist_out, var_0, var_7);
        // nearest[tid] = hit                                                                     <L 34>
        // wp::array_store(var_nearest, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_nearest, var_0, var_9, adj_nearest, adj_0, adj_9);
        // adj: nearest[tid] = hit                                                                <L 34>
        wp::adj_array_store(var_dist_out, var_0, var_7, adj_dist_out, adj_0, adj_7);
        // adj: dist_out[tid] = t_min                                                             <L 33>
        start_while_0:;
        var_14 = wp::bvh_query_ray_next(var_10, var_13, var_7);
        if ((var_14) == false) goto end_while_0;
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
            // oc = ray_start - centers[index]                                                    <L 24>
            var_15 = wp::address(var_centers, var_13);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_2, var_17);
            // b = wp.dot(oc, rd)                                                                 <L 25>
            var_18 = wp::dot(var_16, var_5);
            // c = wp.dot(oc, oc) - radii[index] * radii[index]                                   <L 26>
            var_19 = wp::dot(var_16, var_16);
            var_20 = wp::address(var_radii, var_13);
            var_21 = wp::address(var_radii, var_13);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = wp::mul(var_23, var_24);
            var_25 = wp::sub(var_19, var_22);
            // disc = b * b - c                                                                   <L 27>
            var_26 = wp::mul(var_18, var_18);
            var_27 = wp::sub(var_26, var_25);
            // if disc >= 0.0:                                                                    <L 28>
            var_29 = (var_27 >= var_28);
            if (var_29) {
                // t = -b - wp.sqrt(disc)                                                         <L 29>
                var_30 = wp::neg(var_18);
                var_31 = wp::sqrt(var_27);
                var_32 = wp::sub(var_30, var_31);
                // if t > 0.0 and t < t_min:                                                      <L 30>
                var_35 = (var_32 > var_34);
                var_33 = var_35;
                if (var_33) {
                    var_36 = (var_32 < var_7);
                    var_33 = var_33 && var_36;
                }
                if (var_33) {
                    // t_min = t                                                                  <L 31>
                    var_37 = wp::copy(var_32);
                    // hit = index                                                                <L 32>
                    var_38 = wp::copy(var_13);
                }
                var_39 = wp::where(var_33, var_37, var_7);
                var_40 = wp::where(var_33, var_38, var_9);
            }
            var_41 = wp::where(var_29, var_39, var_7);
            var_42 = wp::where(var_29, var_40, var_9);
            wp::assign(var_7, var_41);
            wp::assign(var_9, var_42);
            wp::adj_assign(var_9, var_42, adj_9, adj_42);
            wp::adj_assign(var_7, var_41, adj_7, adj_41);
            wp::adj_where(var_29, var_40, var_9, adj_29, adj_40, adj_9, adj_42);
            wp::adj_where(var_29, var_39, var_7, adj_29, adj_39, adj_7, adj_41);
            if (var_29) {
                wp::adj_where(var_33, var_38, var_9, adj_33, adj_38, adj_9, adj_40);
                wp::adj_where(var_33, var_37, var_7, adj_33, adj_37, adj_7, adj_39);
                if (var_33) {
                    wp::adj_copy(var_13, adj_13, adj_38);
                    // adj: hit = index                                                           <L 32>
                    wp::adj_copy(var_32, adj_32, adj_37);
                    // adj: t_min = t                                                             <L 31>
                }
                if (var_33) {
                }
                // adj: if t > 0.0 and t < t_min:                                                 <L 30>
                wp::adj_sub(var_30, var_31, adj_30, adj_31, adj_32);
                wp::adj_sqrt(var_27, var_31, adj_27, adj_31);
                wp::adj_neg(var_18, adj_18, adj_30);
                // adj: t = -b - wp.sqrt(disc)                                                    <L 29>
            }
            // adj: if disc >= 0.0:                                                               <L 28>
            wp::adj_sub(var_26, var_25, adj_26, adj_25, adj_27);
            wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_26);
            // adj: disc = b * b - c                                                              <L 27>
            wp::adj_sub(var_19, var_22, adj_19, adj_22, adj_25);
            wp::adj_mul(var_23, var_24, adj_20, adj_21, adj_22);
            wp::adj_address(var_radii, var_13, adj_radii, adj_13, adj_21);
            wp::adj_address(var_radii, var_13, adj_radii, adj_13, adj_20);
            wp::adj_dot(var_16, var_16, adj_16, adj_16, adj_19);
            // adj: c = wp.dot(oc, oc) - radii[index] * radii[index]                              <L 26>
            wp::adj_dot(var_16, var_5, adj_16, adj_5, adj_18);
            // adj: b = wp.dot(oc, rd)                                                            <L 25>
            wp::adj_sub(var_2, var_17, adj_2, adj_15, adj_16);
            wp::adj_address(var_centers, var_13, adj_centers, adj_13, adj_15);
            // adj: oc = ray_start - centers[index]                                               <L 24>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index, t_min):                                     <L 23>
        // adj: index = int(0)                                                                    <L 21>
        // adj: query = wp.bvh_query_ray(scene_bvh, ray_start, rd)                                <L 20>
        // adj: hit = int(-1)                                                                     <L 19>
        wp::adj_copy(var_max_t, adj_max_t, adj_7);
        // adj: t_min = max_t                                                                     <L 18>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_ray_directions, var_0, adj_ray_directions, adj_0, adj_4);
        // adj: rd = ray_directions[tid]                                                          <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ray_starts, var_0, adj_ray_starts, adj_0, adj_1);
        // adj: ray_start = ray_starts[tid]                                                       <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def ray_sphere_bvh(                                                               <L 5>
        continue;
    }
}

