// Warp 1.19.0 cuda code for closest_hit_2589b4fd.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void closest_hit_259b805a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_particle_radius,
    wp::vec_t<3, wp::float32> var_cam_pos,
    wp::float32 var_t_max,
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
        wp::float32 var_4;
        const wp::int32 var_5 = -1;
        wp::int32 var_6;
        wp::bvh_query_t var_7;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        const wp::float32 var_12 = INFINITY;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
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
        // def closest_hit(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // rd = ray_dirs[tid]                                                                     <L 16>
        var_1 = wp::address(var_ray_dirs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t_min = t_max                                                                          <L 17>
        var_4 = wp::copy(var_t_max);
        // hit = int(-1)                                                                          <L 18>
        var_6 = wp::int(var_5);
        // query = wp.bvh_query_ray(scene_bvh, cam_pos, rd)                                       <L 19>
        var_7 = wp::bvh_query_ray(var_scene_bvh, var_cam_pos, var_2, var_8);
        // index = int(0)                                                                         <L 20>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index):                                                 <L 21>
        start_while_0:;
        var_11 = wp::bvh_query_ray_next(var_7, var_10, var_12);
        if ((var_11) == false) goto end_while_0;
            // oc = cam_pos - centers[index]                                                      <L 22>
            var_13 = wp::address(var_centers, var_10);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_cam_pos, var_15);
            // b = wp.dot(oc, rd)                                                                 <L 23>
            var_16 = wp::dot(var_14, var_2);
            // c = wp.dot(oc, oc) - particle_radius[index] * particle_radius[index]               <L 24>
            var_17 = wp::dot(var_14, var_14);
            var_18 = wp::address(var_particle_radius, var_10);
            var_19 = wp::address(var_particle_radius, var_10);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_22);
            var_23 = wp::sub(var_17, var_20);
            // disc = b * b - c                                                                   <L 25>
            var_24 = wp::mul(var_16, var_16);
            var_25 = wp::sub(var_24, var_23);
            // if disc >= 0.0:                                                                    <L 26>
            var_27 = (var_25 >= var_26);
            if (var_27) {
                // t = -b - wp.sqrt(disc)                                                         <L 27>
                var_28 = wp::neg(var_16);
                var_29 = wp::sqrt(var_25);
                var_30 = wp::sub(var_28, var_29);
                // if t > 0.0 and t < t_min:                                                      <L 28>
                var_33 = (var_30 > var_32);
                var_31 = var_33;
                if (var_31) {
                    var_34 = (var_30 < var_4);
                    var_31 = var_31 && var_34;
                }
                if (var_31) {
                    // t_min = t                                                                  <L 29>
                    var_35 = wp::copy(var_30);
                    // hit = index                                                                <L 30>
                    var_36 = wp::copy(var_10);
                }
                var_37 = wp::where(var_31, var_35, var_4);
                var_38 = wp::where(var_31, var_36, var_6);
            }
            var_39 = wp::where(var_27, var_37, var_4);
            var_40 = wp::where(var_27, var_38, var_6);
            wp::assign(var_4, var_39);
            wp::assign(var_6, var_40);
        goto start_while_0;
        end_while_0:;
        // dist_out[tid] = t_min                                                                  <L 31>
        wp::array_store(var_dist_out, var_0, var_4);
        // nearest[tid] = hit                                                                     <L 32>
        wp::array_store(var_nearest, var_0, var_6);
    }
}



extern "C" __global__ void closest_hit_259b805a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_particle_radius,
    wp::vec_t<3, wp::float32> var_cam_pos,
    wp::float32 var_t_max,
    wp::array_t<wp::float32> var_dist_out,
    wp::array_t<wp::int32> var_nearest,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_dirs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::vec_t<3, wp::float32> adj_cam_pos,
    wp::float32 adj_t_max,
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
        wp::float32 var_4;
        const wp::int32 var_5 = -1;
        wp::int32 var_6;
        wp::bvh_query_t var_7;
        const wp::int32 var_8 = -1;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        const wp::float32 var_12 = INFINITY;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
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
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
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
        // def closest_hit(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // rd = ray_dirs[tid]                                                                     <L 16>
        var_1 = wp::address(var_ray_dirs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // t_min = t_max                                                                          <L 17>
        var_4 = wp::copy(var_t_max);
        // hit = int(-1)                                                                          <L 18>
        var_6 = wp::int(var_5);
        // query = wp.bvh_query_ray(scene_bvh, cam_pos, rd)                                       <L 19>
        var_7 = wp::bvh_query_ray(var_scene_bvh, var_cam_pos, var_2, var_8);
        // index = int(0)                                                                         <L 20>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index):                                                 <L 21>
        // dist_out[tid] = t_min                                                                  <L 31>
        // wp::array_store(var_dist_out, var_0, var_4);
        // nearest[tid] = hit                                                                     <L 32>
        // wp::array_store(var_nearest, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_nearest, var_0, var_6, adj_nearest, adj_0, adj_6);
        // adj: nearest[tid] = hit                                                                <L 32>
        wp::adj_array_store(var_dist_out, var_0, var_4, adj_dist_out, adj_0, adj_4);
        // adj: dist_out[tid] = t_min                                                             <L 31>
        start_while_0:;
        var_11 = wp::bvh_query_ray_next(var_7, var_10, var_12);
        if ((var_11) == false) goto end_while_0;
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
            // oc = cam_pos - centers[index]                                                      <L 22>
            var_13 = wp::address(var_centers, var_10);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_cam_pos, var_15);
            // b = wp.dot(oc, rd)                                                                 <L 23>
            var_16 = wp::dot(var_14, var_2);
            // c = wp.dot(oc, oc) - particle_radius[index] * particle_radius[index]               <L 24>
            var_17 = wp::dot(var_14, var_14);
            var_18 = wp::address(var_particle_radius, var_10);
            var_19 = wp::address(var_particle_radius, var_10);
            var_21 = wp::load(var_18);
            var_22 = wp::load(var_19);
            var_20 = wp::mul(var_21, var_22);
            var_23 = wp::sub(var_17, var_20);
            // disc = b * b - c                                                                   <L 25>
            var_24 = wp::mul(var_16, var_16);
            var_25 = wp::sub(var_24, var_23);
            // if disc >= 0.0:                                                                    <L 26>
            var_27 = (var_25 >= var_26);
            if (var_27) {
                // t = -b - wp.sqrt(disc)                                                         <L 27>
                var_28 = wp::neg(var_16);
                var_29 = wp::sqrt(var_25);
                var_30 = wp::sub(var_28, var_29);
                // if t > 0.0 and t < t_min:                                                      <L 28>
                var_33 = (var_30 > var_32);
                var_31 = var_33;
                if (var_31) {
                    var_34 = (var_30 < var_4);
                    var_31 = var_31 && var_34;
                }
                if (var_31) {
                    // t_min = t                                                                  <L 29>
                    var_35 = wp::copy(var_30);
                    // hit = index                                                                <L 30>
                    var_36 = wp::copy(var_10);
                }
                var_37 = wp::where(var_31, var_35, var_4);
                var_38 = wp::where(var_31, var_36, var_6);
            }
            var_39 = wp::where(var_27, var_37, var_4);
            var_40 = wp::where(var_27, var_38, var_6);
            wp::assign(var_4, var_39);
            wp::assign(var_6, var_40);
            wp::adj_assign(var_6, var_40, adj_6, adj_40);
            wp::adj_assign(var_4, var_39, adj_4, adj_39);
            wp::adj_where(var_27, var_38, var_6, adj_27, adj_38, adj_6, adj_40);
            wp::adj_where(var_27, var_37, var_4, adj_27, adj_37, adj_4, adj_39);
            if (var_27) {
                wp::adj_where(var_31, var_36, var_6, adj_31, adj_36, adj_6, adj_38);
                wp::adj_where(var_31, var_35, var_4, adj_31, adj_35, adj_4, adj_37);
                if (var_31) {
                    wp::adj_copy(var_10, adj_10, adj_36);
                    // adj: hit = index                                                           <L 30>
                    wp::adj_copy(var_30, adj_30, adj_35);
                    // adj: t_min = t                                                             <L 29>
                }
                if (var_31) {
                }
                // adj: if t > 0.0 and t < t_min:                                                 <L 28>
                wp::adj_sub(var_28, var_29, adj_28, adj_29, adj_30);
                wp::adj_sqrt(var_25, var_29, adj_25, adj_29);
                wp::adj_neg(var_16, adj_16, adj_28);
                // adj: t = -b - wp.sqrt(disc)                                                    <L 27>
            }
            // adj: if disc >= 0.0:                                                               <L 26>
            wp::adj_sub(var_24, var_23, adj_24, adj_23, adj_25);
            wp::adj_mul(var_16, var_16, adj_16, adj_16, adj_24);
            // adj: disc = b * b - c                                                              <L 25>
            wp::adj_sub(var_17, var_20, adj_17, adj_20, adj_23);
            wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
            wp::adj_address(var_particle_radius, var_10, adj_particle_radius, adj_10, adj_19);
            wp::adj_address(var_particle_radius, var_10, adj_particle_radius, adj_10, adj_18);
            wp::adj_dot(var_14, var_14, adj_14, adj_14, adj_17);
            // adj: c = wp.dot(oc, oc) - particle_radius[index] * particle_radius[index]          <L 24>
            wp::adj_dot(var_14, var_2, adj_14, adj_2, adj_16);
            // adj: b = wp.dot(oc, rd)                                                            <L 23>
            wp::adj_sub(var_cam_pos, var_15, adj_cam_pos, adj_13, adj_14);
            wp::adj_address(var_centers, var_10, adj_centers, adj_10, adj_13);
            // adj: oc = cam_pos - centers[index]                                                 <L 22>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 21>
        // adj: index = int(0)                                                                    <L 20>
        // adj: query = wp.bvh_query_ray(scene_bvh, cam_pos, rd)                                  <L 19>
        // adj: hit = int(-1)                                                                     <L 18>
        wp::adj_copy(var_t_max, adj_t_max, adj_4);
        // adj: t_min = t_max                                                                     <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_ray_dirs, var_0, adj_ray_dirs, adj_0, adj_1);
        // adj: rd = ray_dirs[tid]                                                                <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def closest_hit(                                                                  <L 5>
        continue;
    }
}

