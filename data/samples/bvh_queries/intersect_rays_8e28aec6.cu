// Warp 1.19.0 cuda code for intersect_rays_8e28aec6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void intersect_rays_bcee9936_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> var_ray_dir,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::int32> var_closest_ids)
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
        wp::float32 var_4;
        const wp::int32 var_5 = -1;
        wp::int32 var_6;
        wp::bvh_query_t var_7;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        bool var_33;
        wp::float32 var_34;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        //---------
        // forward
        // def intersect_rays(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // origin = ray_starts[tid]                                                               <L 17>
        var_1 = wp::address(var_ray_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t_min = max_t                                                                          <L 18>
        var_4 = wp::copy(var_max_t);
        // hit = int(-1)                                                                          <L 19>
        var_6 = wp::int(var_5);
        // query = wp.bvh_query_ray(bvh_id, origin, ray_dir)                                      <L 20>
        var_7 = wp::bvh_query_ray(var_bvh_id, var_2, var_ray_dir, var_8);
        // index = int(0)                                                                         <L 21>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index, t_min):                                          <L 23>
        start_while_0:;
        var_11 = wp::bvh_query_ray_next(var_7, var_10, var_4);
        if ((var_11) == false) goto end_while_0;
            // oc = origin - centers[index]                                                       <L 24>
            var_12 = wp::address(var_centers, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_2, var_14);
            // b = wp.dot(oc, ray_dir)                                                            <L 25>
            var_15 = wp::dot(var_13, var_ray_dir);
            // c = wp.dot(oc, oc) - radii[index] * radii[index]                                   <L 26>
            var_16 = wp::dot(var_13, var_13);
            var_17 = wp::address(var_radii, var_10);
            var_18 = wp::address(var_radii, var_10);
            var_20 = wp::load(var_17);
            var_21 = wp::load(var_18);
            var_19 = wp::mul(var_20, var_21);
            var_22 = wp::sub(var_16, var_19);
            // disc = b * b - c                                                                   <L 27>
            var_23 = wp::mul(var_15, var_15);
            var_24 = wp::sub(var_23, var_22);
            // if disc >= 0.0:                                                                    <L 28>
            var_26 = (var_24 >= var_25);
            if (var_26) {
                // t = -b - wp.sqrt(disc)                                                         <L 29>
                var_27 = wp::neg(var_15);
                var_28 = wp::sqrt(var_24);
                var_29 = wp::sub(var_27, var_28);
                // if t > 0.0 and t < t_min:                                                      <L 30>
                var_32 = (var_29 > var_31);
                var_30 = var_32;
                if (var_30) {
                    var_33 = (var_29 < var_4);
                    var_30 = var_30 && var_33;
                }
                if (var_30) {
                    // t_min = t                                                                  <L 31>
                    var_34 = wp::copy(var_29);
                    // hit = index                                                                <L 32>
                    var_35 = wp::copy(var_10);
                }
                var_36 = wp::where(var_30, var_34, var_4);
                var_37 = wp::where(var_30, var_35, var_6);
            }
            var_38 = wp::where(var_26, var_36, var_4);
            var_39 = wp::where(var_26, var_37, var_6);
            wp::assign(var_4, var_38);
            wp::assign(var_6, var_39);
        goto start_while_0;
        end_while_0:;
        // distances[tid] = t_min                                                                 <L 33>
        wp::array_store(var_distances, var_0, var_4);
        // closest_ids[tid] = hit                                                                 <L 34>
        wp::array_store(var_closest_ids, var_0, var_6);
    }
}



extern "C" __global__ void intersect_rays_bcee9936_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> var_ray_dir,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::int32> var_closest_ids,
    wp::uint64 adj_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_radii,
    wp::vec_t<3, wp::float32> adj_ray_dir,
    wp::float32 adj_max_t,
    wp::array_t<wp::float32> adj_distances,
    wp::array_t<wp::int32> adj_closest_ids)
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
        wp::float32 var_4;
        const wp::int32 var_5 = -1;
        wp::int32 var_6;
        wp::bvh_query_t var_7;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        bool var_30;
        const wp::float32 var_31 = 0.0;
        bool var_32;
        bool var_33;
        wp::float32 var_34;
        wp::int32 var_35;
        wp::float32 var_36;
        wp::int32 var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::bvh_query_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        //---------
        // forward
        // def intersect_rays(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // origin = ray_starts[tid]                                                               <L 17>
        var_1 = wp::address(var_ray_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t_min = max_t                                                                          <L 18>
        var_4 = wp::copy(var_max_t);
        // hit = int(-1)                                                                          <L 19>
        var_6 = wp::int(var_5);
        // query = wp.bvh_query_ray(bvh_id, origin, ray_dir)                                      <L 20>
        var_7 = wp::bvh_query_ray(var_bvh_id, var_2, var_ray_dir, var_8);
        // index = int(0)                                                                         <L 21>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index, t_min):                                          <L 23>
        // distances[tid] = t_min                                                                 <L 33>
        // wp::array_store(var_distances, var_0, var_4);
        // closest_ids[tid] = hit                                                                 <L 34>
        // wp::array_store(var_closest_ids, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_closest_ids, var_0, var_6, adj_closest_ids, adj_0, adj_6);
        // adj: closest_ids[tid] = hit                                                            <L 34>
        wp::adj_array_store(var_distances, var_0, var_4, adj_distances, adj_0, adj_4);
        // adj: distances[tid] = t_min                                                            <L 33>
        start_while_0:;
        var_11 = wp::bvh_query_ray_next(var_7, var_10, var_4);
        if ((var_11) == false) goto end_while_0;
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
            // oc = origin - centers[index]                                                       <L 24>
            var_12 = wp::address(var_centers, var_10);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_2, var_14);
            // b = wp.dot(oc, ray_dir)                                                            <L 25>
            var_15 = wp::dot(var_13, var_ray_dir);
            // c = wp.dot(oc, oc) - radii[index] * radii[index]                                   <L 26>
            var_16 = wp::dot(var_13, var_13);
            var_17 = wp::address(var_radii, var_10);
            var_18 = wp::address(var_radii, var_10);
            var_20 = wp::load(var_17);
            var_21 = wp::load(var_18);
            var_19 = wp::mul(var_20, var_21);
            var_22 = wp::sub(var_16, var_19);
            // disc = b * b - c                                                                   <L 27>
            var_23 = wp::mul(var_15, var_15);
            var_24 = wp::sub(var_23, var_22);
            // if disc >= 0.0:                                                                    <L 28>
            var_26 = (var_24 >= var_25);
            if (var_26) {
                // t = -b - wp.sqrt(disc)                                                         <L 29>
                var_27 = wp::neg(var_15);
                var_28 = wp::sqrt(var_24);
                var_29 = wp::sub(var_27, var_28);
                // if t > 0.0 and t < t_min:                                                      <L 30>
                var_32 = (var_29 > var_31);
                var_30 = var_32;
                if (var_30) {
                    var_33 = (var_29 < var_4);
                    var_30 = var_30 && var_33;
                }
                if (var_30) {
                    // t_min = t                                                                  <L 31>
                    var_34 = wp::copy(var_29);
                    // hit = index                                                                <L 32>
                    var_35 = wp::copy(var_10);
                }
                var_36 = wp::where(var_30, var_34, var_4);
                var_37 = wp::where(var_30, var_35, var_6);
            }
            var_38 = wp::where(var_26, var_36, var_4);
            var_39 = wp::where(var_26, var_37, var_6);
            wp::assign(var_4, var_38);
            wp::assign(var_6, var_39);
            wp::adj_assign(var_6, var_39, adj_6, adj_39);
            wp::adj_assign(var_4, var_38, adj_4, adj_38);
            wp::adj_where(var_26, var_37, var_6, adj_26, adj_37, adj_6, adj_39);
            wp::adj_where(var_26, var_36, var_4, adj_26, adj_36, adj_4, adj_38);
            if (var_26) {
                wp::adj_where(var_30, var_35, var_6, adj_30, adj_35, adj_6, adj_37);
                wp::adj_where(var_30, var_34, var_4, adj_30, adj_34, adj_4, adj_36);
                if (var_30) {
                    wp::adj_copy(var_10, adj_10, adj_35);
                    // adj: hit = index                                                           <L 32>
                    wp::adj_copy(var_29, adj_29, adj_34);
                    // adj: t_min = t                                                             <L 31>
                }
                if (var_30) {
                }
                // adj: if t > 0.0 and t < t_min:                                                 <L 30>
                wp::adj_sub(var_27, var_28, adj_27, adj_28, adj_29);
                wp::adj_sqrt(var_24, var_28, adj_24, adj_28);
                wp::adj_neg(var_15, adj_15, adj_27);
                // adj: t = -b - wp.sqrt(disc)                                                    <L 29>
            }
            // adj: if disc >= 0.0:                                                               <L 28>
            wp::adj_sub(var_23, var_22, adj_23, adj_22, adj_24);
            wp::adj_mul(var_15, var_15, adj_15, adj_15, adj_23);
            // adj: disc = b * b - c                                                              <L 27>
            wp::adj_sub(var_16, var_19, adj_16, adj_19, adj_22);
            wp::adj_mul(var_20, var_21, adj_17, adj_18, adj_19);
            wp::adj_address(var_radii, var_10, adj_radii, adj_10, adj_18);
            wp::adj_address(var_radii, var_10, adj_radii, adj_10, adj_17);
            wp::adj_dot(var_13, var_13, adj_13, adj_13, adj_16);
            // adj: c = wp.dot(oc, oc) - radii[index] * radii[index]                              <L 26>
            wp::adj_dot(var_13, var_ray_dir, adj_13, adj_ray_dir, adj_15);
            // adj: b = wp.dot(oc, ray_dir)                                                       <L 25>
            wp::adj_sub(var_2, var_14, adj_2, adj_12, adj_13);
            wp::adj_address(var_centers, var_10, adj_centers, adj_10, adj_12);
            // adj: oc = origin - centers[index]                                                  <L 24>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index, t_min):                                     <L 23>
        // adj: index = int(0)                                                                    <L 21>
        // adj: query = wp.bvh_query_ray(bvh_id, origin, ray_dir)                                 <L 20>
        // adj: hit = int(-1)                                                                     <L 19>
        wp::adj_copy(var_max_t, adj_max_t, adj_4);
        // adj: t_min = max_t                                                                     <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ray_starts, var_0, adj_ray_starts, adj_0, adj_1);
        // adj: origin = ray_starts[tid]                                                          <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def intersect_rays(                                                               <L 5>
        continue;
    }
}

