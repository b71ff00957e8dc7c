// Warp 1.19.0 cuda code for sky_visibility_67290b2f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sky_visibility_e4a51e78_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_visibility)
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
        const wp::float32 var_5 = 0.001;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::uint32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        bool var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        bool var_22;
        const wp::int32 var_23 = -1;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // forward
        // def sky_visibility(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // n_surf = normals[tid]                                                                  <L 15>
        var_1 = wp::address(var_normals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // start = points[tid] + n_surf * 1.0e-3                                                  <L 17>
        var_4 = wp::address(var_points, var_0);
        var_6 = wp::mul(var_2, var_5);
        var_8 = wp::load(var_4);
        var_7 = wp::add(var_8, var_6);
        // escaped = int(0)                                                                       <L 18>
        var_10 = wp::int(var_9);
        // for s in range(samples_per_thread):                                                    <L 19>
        var_11 = wp::range(var_samples_per_thread);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
            // rng = wp.rand_init(seed, tid * samples_per_thread + s)                             <L 20>
            var_13 = wp::mul(var_0, var_samples_per_thread);
            var_14 = wp::add(var_13, var_12);
            var_15 = wp::rand_init(var_seed, var_14);
            // d = wp.sample_unit_sphere_surface(rng)                                             <L 21>
            var_16 = wp::sample_unit_sphere_surface(var_15);
            // if wp.dot(d, n_surf) < 0.0:                                                        <L 23>
            var_17 = wp::dot(var_16, var_2);
            var_19 = (var_17 < var_18);
            if (var_19) {
                // d = -d                                                                         <L 24>
                var_20 = wp::neg(var_16);
            }
            var_21 = wp::where(var_19, var_20, var_16);
            // if not wp.mesh_query_ray_anyhit(collider_mesh, start, d, max_t):                   <L 25>
            var_22 = wp::mesh_query_ray_anyhit(var_collider_mesh, var_7, var_21, var_max_t, var_23);
            var_24 = wp::unot(var_22);
            if (var_24) {
                // escaped += 1                                                                   <L 26>
                var_26 = wp::add(var_10, var_25);
            }
            var_27 = wp::where(var_24, var_26, var_10);
            wp::assign(var_10, var_27);
            goto start_for_0;
        end_for_0:;
        // visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))                <L 27>
        var_28 = wp::float(var_10);
        var_30 = wp::max(var_samples_per_thread, var_29);
        var_31 = wp::float(var_30);
        var_32 = wp::div(var_28, var_31);
        wp::array_store(var_visibility, var_0, var_32);
    }
}



extern "C" __global__ void sky_visibility_e4a51e78_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::int32 var_seed,
    wp::int32 var_samples_per_thread,
    wp::float32 var_max_t,
    wp::array_t<wp::float32> var_visibility,
    wp::uint64 adj_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::int32 adj_seed,
    wp::int32 adj_samples_per_thread,
    wp::float32 adj_max_t,
    wp::array_t<wp::float32> adj_visibility)
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
        const wp::float32 var_5 = 0.001;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::uint32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 0.0;
        bool var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        bool var_22;
        const wp::int32 var_23 = -1;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::uint32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        //---------
        // forward
        // def sky_visibility(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // n_surf = normals[tid]                                                                  <L 15>
        var_1 = wp::address(var_normals, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // start = points[tid] + n_surf * 1.0e-3                                                  <L 17>
        var_4 = wp::address(var_points, var_0);
        var_6 = wp::mul(var_2, var_5);
        var_8 = wp::load(var_4);
        var_7 = wp::add(var_8, var_6);
        // escaped = int(0)                                                                       <L 18>
        var_10 = wp::int(var_9);
        // for s in range(samples_per_thread):                                                    <L 19>
        var_11 = wp::range(var_samples_per_thread);
        // visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))                <L 27>
        var_28 = wp::float(var_10);
        var_30 = wp::max(var_samples_per_thread, var_29);
        var_31 = wp::float(var_30);
        var_32 = wp::div(var_28, var_31);
        // wp::array_store(var_visibility, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_visibility, var_0, var_32, adj_visibility, adj_0, adj_32);
        wp::adj_div(var_28, var_31, var_32, adj_28, adj_31, adj_32);
        wp::adj_float(var_30, adj_30, adj_31);
        wp::adj_max(var_samples_per_thread, var_29, adj_samples_per_thread, adj_29, adj_30);
        wp::adj_float(var_10, adj_10, adj_28);
        // adj: visibility[tid] = float(escaped) / float(wp.max(samples_per_thread, 1))           <L 27>
        var_11 = wp::iter_reverse(var_11);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
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
            // rng = wp.rand_init(seed, tid * samples_per_thread + s)                             <L 20>
            var_13 = wp::mul(var_0, var_samples_per_thread);
            var_14 = wp::add(var_13, var_12);
            var_15 = wp::rand_init(var_seed, var_14);
            // d = wp.sample_unit_sphere_surface(rng)                                             <L 21>
            var_16 = wp::sample_unit_sphere_surface(var_15);
            // if wp.dot(d, n_surf) < 0.0:                                                        <L 23>
            var_17 = wp::dot(var_16, var_2);
            var_19 = (var_17 < var_18);
            if (var_19) {
                // d = -d                                                                         <L 24>
                var_20 = wp::neg(var_16);
            }
            var_21 = wp::where(var_19, var_20, var_16);
            // if not wp.mesh_query_ray_anyhit(collider_mesh, start, d, max_t):                   <L 25>
            var_22 = wp::mesh_query_ray_anyhit(var_collider_mesh, var_7, var_21, var_max_t, var_23);
            var_24 = wp::unot(var_22);
            if (var_24) {
                // escaped += 1                                                                   <L 26>
                var_26 = wp::add(var_10, var_25);
            }
            var_27 = wp::where(var_24, var_26, var_10);
            wp::assign(var_10, var_27);
            wp::adj_assign(var_10, var_27, adj_10, adj_27);
            wp::adj_where(var_24, var_26, var_10, adj_24, adj_26, adj_10, adj_27);
            if (var_24) {
                wp::adj_add(var_10, var_25, adj_10, adj_25, adj_26);
                // adj: escaped += 1                                                              <L 26>
            }
            // adj: if not wp.mesh_query_ray_anyhit(collider_mesh, start, d, max_t):              <L 25>
            wp::adj_where(var_19, var_20, var_16, adj_19, adj_20, adj_16, adj_21);
            if (var_19) {
                wp::adj_neg(var_16, adj_16, adj_20);
                // adj: d = -d                                                                    <L 24>
            }
            wp::adj_dot(var_16, var_2, adj_16, adj_2, adj_17);
            // adj: if wp.dot(d, n_surf) < 0.0:                                                   <L 23>
            // adj: d = wp.sample_unit_sphere_surface(rng)                                        <L 21>
            wp::adj_add(var_13, var_12, adj_13, adj_12, adj_14);
            wp::adj_mul(var_0, var_samples_per_thread, adj_0, adj_samples_per_thread, adj_13);
            // adj: rng = wp.rand_init(seed, tid * samples_per_thread + s)                        <L 20>
        	goto start_for_0;
        end_for_0:;
        // adj: for s in range(samples_per_thread):                                               <L 19>
        // adj: escaped = int(0)                                                                  <L 18>
        wp::adj_add(var_8, var_6, adj_4, adj_6, adj_7);
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_4);
        // adj: start = points[tid] + n_surf * 1.0e-3                                             <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_1);
        // adj: n_surf = normals[tid]                                                             <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def sky_visibility(                                                               <L 5>
        continue;
    }
}

