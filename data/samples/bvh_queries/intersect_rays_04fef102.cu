// Warp 1.19.0 cuda code for intersect_rays_04fef102.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void intersect_rays_85bb7766_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::int32> var_closest_ids,
    wp::vec_t<3, wp::float32> var_ray_origin,
    wp::float32 var_max_t)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32 var_1;
        const wp::int32 var_2 = -1;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::bvh_query_t var_5;
        const wp::int32 var_6 = -1;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        bool var_34;
        wp::float32 var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        wp::int32 var_40;
        //---------
        // forward
        // def intersect_rays(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // t_min = max_t                                                                          <L 17>
        var_1 = wp::copy(var_max_t);
        // hit = int(-1)                                                                          <L 18>
        var_3 = wp::int(var_2);
        // query = wp.bvh_query_ray(bvh, ray_origin, ray_dirs[tid])                               <L 19>
        var_4 = wp::address(var_ray_dirs, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_ray(var_bvh, var_ray_origin, var_7, var_6);
        // index = int(0)                                                                         <L 20>
        var_9 = wp::int(var_8);
        // while wp.bvh_query_next(query, index, t_min):                                          <L 22>
        start_while_0:;
        var_10 = wp::bvh_query_ray_next(var_5, var_9, var_1);
        if ((var_10) == false) goto end_while_0;
            // oc = ray_origin - centers[index]                                                   <L 23>
            var_11 = wp::address(var_centers, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_ray_origin, var_13);
            // b = wp.dot(oc, ray_dirs[tid])                                                      <L 24>
            var_14 = wp::address(var_ray_dirs, var_0);
            var_16 = wp::load(var_14);
            var_15 = wp::dot(var_12, var_16);
            // c = wp.dot(oc, oc) - radii[index] * radii[index]                                   <L 25>
            var_17 = wp::dot(var_12, var_12);
            var_18 = wp::address(var_radii, var_9);
            var_19 = wp::address(var_radii, var_9);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_22);
            var_23 = wp::sub(var_17, var_20);
            // disc = b * b - c                                                                   <L 26>
            var_24 = wp::mul(var_15, var_15);
            var_25 = wp::sub(var_24, var_23);
            // if disc >= 0.0:                                                                    <L 27>
            var_27 = (var_25 >= var_26);
            if (var_27) {
                // t = -b - wp.sqrt(disc)                                                         <L 28>
                var_28 = wp::neg(var_15);
                var_29 = wp::sqrt(var_25);
                var_30 = wp::sub(var_28, var_29);
                // if t > 0.0 and t < t_min:                                                      <L 29>
                var_33 = (var_30 > var_32);
                var_31 = var_33;
                if (var_31) {
                    var_34 = (var_30 < var_1);
                    var_31 = var_31 && var_34;
                }
                if (var_31) {
                    // t_min = t                                                                  <L 30>
                    var_35 = wp::copy(var_30);
                    // hit = index                                                                <L 31>
                    var_36 = wp::copy(var_9);
                }
                var_37 = wp::where(var_31, var_35, var_1);
                var_38 = wp::where(var_31, var_36, var_3);
            }
            var_39 = wp::where(var_27, var_37, var_1);
            var_40 = wp::where(var_27, var_38, var_3);
            wp::assign(var_1, var_39);
            wp::assign(var_3, var_40);
        goto start_while_0;
        end_while_0:;
        // distances[tid] = t_min                                                                 <L 32>
        wp::array_store(var_distances, var_0, var_1);
        // closest_ids[tid] = hit                                                                 <L 33>
        wp::array_store(var_closest_ids, var_0, var_3);
}



extern "C" __global__ void intersect_rays_85bb7766_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::float32> var_distances,
    wp::array_t<wp::int32> var_closest_ids,
    wp::vec_t<3, wp::float32> var_ray_origin,
    wp::float32 var_max_t,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::float32> adj_distances,
    wp::array_t<wp::int32> adj_closest_ids,
    wp::vec_t<3, wp::float32> adj_ray_origin,
    wp::float32 adj_max_t)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32 var_1;
        const wp::int32 var_2 = -1;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::bvh_query_t var_5;
        const wp::int32 var_6 = -1;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::float32 var_32 = 0.0;
        bool var_33;
        bool var_34;
        wp::float32 var_35;
        wp::int32 var_36;
        wp::float32 var_37;
        wp::int32 var_38;
        wp::float32 var_39;
        wp::int32 var_40;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::bvh_query_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        bool adj_33 = {};
        bool adj_34 = {};
        wp::float32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int32 adj_40 = {};
        //---------
        // forward
        // def intersect_rays(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // t_min = max_t                                                                          <L 17>
        var_1 = wp::copy(var_max_t);
        // hit = int(-1)                                                                          <L 18>
        var_3 = wp::int(var_2);
        // query = wp.bvh_query_ray(bvh, ray_origin, ray_dirs[tid])                               <L 19>
        var_4 = wp::address(var_ray_dirs, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_ray(var_bvh, var_ray_origin, var_7, var_6);
        // index = int(0)                                                                         <L 20>
        var_9 = wp::int(var_8);
        // while wp.bvh_query_next(query, index, t_min):                                          <L 22>
        // distances[tid] = t_min                                                                 <L 32>
        // wp::array_store(var_distances, var_0, var_1);
        // closest_ids[tid] = hit                                                                 <L 33>
        // wp::array_store(var_closest_ids, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_closest_ids, var_0, var_3, adj_closest_ids, adj_0, adj_3);
        // adj: closest_ids[tid] = hit                                                            <L 33>
        wp::adj_array_store(var_distances, var_0, var_1, adj_distances, adj_0, adj_1);
        // adj: distances[tid] = t_min                                                            <L 32>
        start_while_0:;
        var_10 = wp::bvh_query_ray_next(var_5, var_9, var_1);
        if ((var_10) == false) goto end_while_0;
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
            // oc = ray_origin - centers[index]                                                   <L 23>
            var_11 = wp::address(var_centers, var_9);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_ray_origin, var_13);
            // b = wp.dot(oc, ray_dirs[tid])                                                      <L 24>
            var_14 = wp::address(var_ray_dirs, var_0);
            var_16 = wp::load(var_14);
            var_15 = wp::dot(var_12, var_16);
            // c = wp.dot(oc, oc) - radii[index] * radii[index]                                   <L 25>
            var_17 = wp::dot(var_12, var_12);
            var_18 = wp::address(var_radii, var_9);
            var_19 = wp::address(var_radii, var_9);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_22);
            var_23 = wp::sub(var_17, var_20);
            // disc = b * b - c                                                                   <L 26>
            var_24 = wp::mul(var_15, var_15);
            var_25 = wp::sub(var_24, var_23);
            // if disc >= 0.0:                                                                    <L 27>
            var_27 = (var_25 >= var_26);
            if (var_27) {
                // t = -b - wp.sqrt(disc)                                                         <L 28>
                var_28 = wp::neg(var_15);
                var_29 = wp::sqrt(var_25);
                var_30 = wp::sub(var_28, var_29);
                // if t > 0.0 and t < t_min:                                                      <L 29>
                var_33 = (var_30 > var_32);
                var_31 = var_33;
                if (var_31) {
                    var_34 = (var_30 < var_1);
                    var_31 = var_31 && var_34;
                }
                if (var_31) {
                    // t_min = t                                                                  <L 30>
                    var_35 = wp::copy(var_30);
                    // hit = index                                                                <L 31>
                    var_36 = wp::copy(var_9);
                }
                var_37 = wp::where(var_31, var_35, var_1);
                var_38 = wp::where(var_31, var_36, var_3);
            }
            var_39 = wp::where(var_27, var_37, var_1);
            var_40 = wp::where(var_27, var_38, var_3);
            wp::assign(var_1, var_39);
            wp::assign(var_3, var_40);
            wp::adj_assign(var_3, var_40, adj_3, adj_40);
            wp::adj_assign(var_1, var_39, adj_1, adj_39);
            wp::adj_where(var_27, var_38, var_3, adj_27, adj_38, adj_3, adj_40);
            wp::adj_where(var_27, var_37, var_1, adj_27, adj_37, adj_1, adj_39);
            if (var_27) {
                wp::adj_where(var_31, var_36, var_3, adj_31, adj_36, adj_3, adj_38);
                wp::adj_where(var_31, var_35, var_1, adj_31, adj_35, adj_1, adj_37);
                if (var_31) {
                    wp::adj_copy(var_9, adj_9, adj_36);
                    // adj: hit = index                                                           <L 31>
                    wp::adj_copy(var_30, adj_30, adj_35);
                    // adj: t_min = t                                                             <L 30>
                }
                if (var_31) {
                }
                // adj: if t > 0.0 and t < t_min:                                                 <L 29>
                wp::adj_sub(var_28, var_29, adj_28, adj_29, adj_30);
                wp::adj_sqrt(var_25, var_29, adj_25, adj_29);
                wp::adj_neg(var_15, adj_15, adj_28);
                // adj: t = -b - wp.sqrt(disc)                                                    <L 28>
            }
            // adj: if disc >= 0.0:                                                               <L 27>
            wp::adj_sub(var_24, var_23, adj_24, adj_23, adj_25);
            wp::adj_mul(var_15, var_15, adj_15, adj_15, adj_24);
            // adj: disc = b * b - c                                                              <L 26>
            wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_23);
            wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
            wp::adj_address(var_radii, var_9, adj_radii, adj_9, adj_19);
            wp::adj_address(var_radii, var_9, adj_radii, adj_9, adj_18);
            wp::adj_dot(var_12, var_12, adj_12, adj_12, adj_17);
            // adj: c = wp.dot(oc, oc) - radii[index] * radii[index]                              <L 25>
            wp::adj_dot(var_12, var_16, adj_12, adj_14, adj_15);
            wp::adj_address(var_ray_dirs, var_0, adj_ray_dirs, adj_0, adj_14);
            // adj: b = wp.dot(oc, ray_dirs[tid])                                                 <L 24>
            wp::adj_sub(var_ray_origin, var_13, adj_ray_origin, adj_11, adj_12);
            wp::adj_address(var_centers, var_9, adj_centers, adj_9, adj_11);
            // adj: oc = ray_origin - centers[index]                                              <L 23>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index, t_min):                                     <L 22>
        // adj: index = int(0)                                                                    <L 20>
        wp::adj_address(var_ray_dirs, var_0, adj_ray_dirs, adj_0, adj_4);
        // adj: query = wp.bvh_query_ray(bvh, ray_origin, ray_dirs[tid])                          <L 19>
        // adj: hit = int(-1)                                                                     <L 18>
        wp::adj_copy(var_max_t, adj_max_t, adj_1);
        // adj: t_min = max_t                                                                     <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def intersect_rays(                                                               <L 5>
        return;
}

