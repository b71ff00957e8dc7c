// Warp 1.19.0 cuda code for mesh_box_query_8a9033c0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void mesh_box_query_df9ce9c7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_hit_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mesh_query_aabb_t var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 10000000000.0;
        wp::float32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 3;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        bool var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        const wp::int32 var_30 = 3;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        bool var_37;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 3;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        bool var_50;
        wp::float32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        //---------
        // forward
        // def mesh_box_query(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 13>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // extent = wp.vec3(radius)                                                               <L 14>
        var_4 = wp::vec_t<3, wp::float32>(var_radius);
        // query = wp.mesh_query_aabb(mesh, x - extent, x + extent)                               <L 15>
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::add(var_2, var_4);
        var_7 = wp::mesh_query_aabb(var_mesh, var_5, var_6);
        // num_faces = int(0)                                                                     <L 16>
        var_9 = wp::int(var_8);
        // best = x                                                                               <L 17>
        var_10 = wp::copy(var_2);
        // best_dist = float(1.0e10)                                                              <L 18>
        var_12 = wp::float(var_11);
        // for face in query:                                                                     <L 19>
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_7);
            // num_faces += 1                                                                     <L 20>
            var_15 = wp::add(var_9, var_14);
            // for k in range(3):                                                                 <L 21>
            // vertex = wp.mesh_get_index(mesh, face * 3 + k)                                     <L 22>
            var_18 = wp::mul(var_13, var_17);
            var_19 = wp::add(var_18, var_16);
            var_20 = wp::mesh_get_index(var_mesh, var_19);
            // q = wp.mesh_get_point(mesh, vertex)                                                <L 23>
            var_21 = wp::mesh_get_point(var_mesh, var_20);
            // d = wp.length_sq(q - x)                                                            <L 24>
            var_22 = wp::sub(var_21, var_2);
            var_23 = wp::length_sq(var_22);
            // if d < best_dist:                                                                  <L 25>
            var_24 = (var_23 < var_12);
            if (var_24) {
                // best_dist = d                                                                  <L 26>
                var_25 = wp::copy(var_23);
                // best = q                                                                       <L 27>
                var_26 = wp::copy(var_21);
            }
            var_27 = wp::where(var_24, var_26, var_10);
            var_28 = wp::where(var_24, var_25, var_12);
            // vertex = wp.mesh_get_index(mesh, face * 3 + k)                                     <L 22>
            var_31 = wp::mul(var_13, var_30);
            var_32 = wp::add(var_31, var_29);
            var_33 = wp::mesh_get_index(var_mesh, var_32);
            // q = wp.mesh_get_point(mesh, vertex)                                                <L 23>
            var_34 = wp::mesh_get_point(var_mesh, var_33);
            // d = wp.length_sq(q - x)                                                            <L 24>
            var_35 = wp::sub(var_34, var_2);
            var_36 = wp::length_sq(var_35);
            // if d < best_dist:                                                                  <L 25>
            var_37 = (var_36 < var_28);
            if (var_37) {
                // best_dist = d                                                                  <L 26>
                var_38 = wp::copy(var_36);
                // best = q                                                                       <L 27>
                var_39 = wp::copy(var_34);
            }
            var_40 = wp::where(var_37, var_39, var_27);
            var_41 = wp::where(var_37, var_38, var_28);
            // vertex = wp.mesh_get_index(mesh, face * 3 + k)                                     <L 22>
            var_44 = wp::mul(var_13, var_43);
            var_45 = wp::add(var_44, var_42);
            var_46 = wp::mesh_get_index(var_mesh, var_45);
            // q = wp.mesh_get_point(mesh, vertex)                                                <L 23>
            var_47 = wp::mesh_get_point(var_mesh, var_46);
            // d = wp.length_sq(q - x)                                                            <L 24>
            var_48 = wp::sub(var_47, var_2);
            var_49 = wp::length_sq(var_48);
            // if d < best_dist:                                                                  <L 25>
            var_50 = (var_49 < var_41);
            if (var_50) {
                // best_dist = d                                                                  <L 26>
                var_51 = wp::copy(var_49);
                // best = q                                                                       <L 27>
                var_52 = wp::copy(var_47);
            }
            var_53 = wp::where(var_50, var_52, var_40);
            var_54 = wp::where(var_50, var_51, var_41);
            wp::assign(var_9, var_15);
            wp::assign(var_10, var_53);
            wp::assign(var_12, var_54);
            goto start_for_0;
        end_for_0:;
        // hit_counts[tid] = num_faces                                                            <L 28>
        wp::array_store(var_hit_counts, var_0, var_9);
        // hit_points[tid] = best                                                                 <L 29>
        wp::array_store(var_hit_points, var_0, var_10);
}



extern "C" __global__ void mesh_box_query_df9ce9c7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_radius,
    wp::array_t<wp::int32> var_hit_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_radius,
    wp::array_t<wp::int32> adj_hit_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_points)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mesh_query_aabb_t var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 10000000000.0;
        wp::float32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 3;
        wp::int32 var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        bool var_24;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        const wp::int32 var_30 = 3;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::float32 var_36;
        bool var_37;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        const wp::int32 var_42 = 2;
        const wp::int32 var_43 = 3;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::int32 var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::float32 var_49;
        bool var_50;
        wp::float32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::mesh_query_aabb_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        bool adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::float32 adj_49 = {};
        bool adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        //---------
        // forward
        // def mesh_box_query(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 13>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // extent = wp.vec3(radius)                                                               <L 14>
        var_4 = wp::vec_t<3, wp::float32>(var_radius);
        // query = wp.mesh_query_aabb(mesh, x - extent, x + extent)                               <L 15>
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::add(var_2, var_4);
        var_7 = wp::mesh_query_aabb(var_mesh, var_5, var_6);
        // num_faces = int(0)                                                                     <L 16>
        var_9 = wp::int(var_8);
        // best = x                                                                               <L 17>
        var_10 = wp::copy(var_2);
        // best_dist = float(1.0e10)                                                              <L 18>
        var_12 = wp::float(var_11);
        // for face in query:                                                                     <L 19>
        // hit_counts[tid] = num_faces                                                            <L 28>
        // wp::array_store(var_hit_counts, var_0, var_9);
        // hit_points[tid] = best                                                                 <L 29>
        // wp::array_store(var_hit_points, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_hit_points, var_0, var_10, adj_hit_points, adj_0, adj_10);
        // adj: hit_points[tid] = best                                                            <L 29>
        wp::adj_array_store(var_hit_counts, var_0, var_9, adj_hit_counts, adj_0, adj_9);
        // adj: hit_counts[tid] = num_faces                                                       <L 28>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_13 = wp::iter_next(var_7);
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
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
            // num_faces += 1                                                                     <L 20>
            var_15 = wp::add(var_9, var_14);
            // for k in range(3):                                                                 <L 21>
            // vertex = wp.mesh_get_index(mesh, face * 3 + k)                                     <L 22>
            var_18 = wp::mul(var_13, var_17);
            var_19 = wp::add(var_18, var_16);
            var_20 = wp::mesh_get_index(var_mesh, var_19);
            // q = wp.mesh_get_point(mesh, vertex)                                                <L 23>
            var_21 = wp::mesh_get_point(var_mesh, var_20);
            // d = wp.length_sq(q - x)                                                            <L 24>
            var_22 = wp::sub(var_21, var_2);
            var_23 = wp::length_sq(var_22);
            // if d < best_dist:                                                                  <L 25>
            var_24 = (var_23 < var_12);
            if (var_24) {
                // best_dist = d                                                                  <L 26>
                var_25 = wp::copy(var_23);
                // best = q                                                                       <L 27>
                var_26 = wp::copy(var_21);
            }
            var_27 = wp::where(var_24, var_26, var_10);
            var_28 = wp::where(var_24, var_25, var_12);
            // vertex = wp.mesh_get_index(mesh, face * 3 + k)                                     <L 22>
            var_31 = wp::mul(var_13, var_30);
            var_32 = wp::add(var_31, var_29);
            var_33 = wp::mesh_get_index(var_mesh, var_32);
            // q = wp.mesh_get_point(mesh, vertex)                                                <L 23>
            var_34 = wp::mesh_get_point(var_mesh, var_33);
            // d = wp.length_sq(q - x)                                                            <L 24>
            var_35 = wp::sub(var_34, var_2);
            var_36 = wp::length_sq(var_35);
            // if d < best_dist:                                                                  <L 25>
            var_37 = (var_36 < var_28);
            if (var_37) {
                // best_dist = d                                                                  <L 26>
                var_38 = wp::copy(var_36);
                // best = q                                                                       <L 27>
                var_39 = wp::copy(var_34);
            }
            var_40 = wp::where(var_37, var_39, var_27);
            var_41 = wp::where(var_37, var_38, var_28);
            // vertex = wp.mesh_get_index(mesh, face * 3 + k)                                     <L 22>
            var_44 = wp::mul(var_13, var_43);
            var_45 = wp::add(var_44, var_42);
            var_46 = wp::mesh_get_index(var_mesh, var_45);
            // q = wp.mesh_get_point(mesh, vertex)                                                <L 23>
            var_47 = wp::mesh_get_point(var_mesh, var_46);
            // d = wp.length_sq(q - x)                                                            <L 24>
            var_48 = wp::sub(var_47, var_2);
            var_49 = wp::length_sq(var_48);
            // if d < best_dist:                                                                  <L 25>
            var_50 = (var_49 < var_41);
            if (var_50) {
                // best_dist = d                                                                  <L 26>
                var_51 = wp::copy(var_49);
                // best = q                                                                       <L 27>
                var_52 = wp::copy(var_47);
            }
            var_53 = wp::where(var_50, var_52, var_40);
            var_54 = wp::where(var_50, var_51, var_41);
            wp::assign(var_9, var_15);
            wp::assign(var_10, var_53);
            wp::assign(var_12, var_54);
            wp::adj_assign(var_12, var_54, adj_12, adj_54);
            wp::adj_assign(var_10, var_53, adj_10, adj_53);
            wp::adj_assign(var_9, var_15, adj_9, adj_15);
            wp::adj_where(var_50, var_51, var_41, adj_50, adj_51, adj_41, adj_54);
            wp::adj_where(var_50, var_52, var_40, adj_50, adj_52, adj_40, adj_53);
            if (var_50) {
                wp::adj_copy(var_47, adj_47, adj_52);
                // adj: best = q                                                                  <L 27>
                wp::adj_copy(var_49, adj_49, adj_51);
                // adj: best_dist = d                                                             <L 26>
            }
            // adj: if d < best_dist:                                                             <L 25>
            wp::adj_length_sq(var_48, adj_48, adj_49);
            wp::adj_sub(var_47, var_2, adj_47, adj_2, adj_48);
            // adj: d = wp.length_sq(q - x)                                                       <L 24>
            // adj: q = wp.mesh_get_point(mesh, vertex)                                           <L 23>
            wp::adj_add(var_44, var_42, adj_44, adj_42, adj_45);
            wp::adj_mul(var_13, var_43, adj_13, adj_43, adj_44);
            // adj: vertex = wp.mesh_get_index(mesh, face * 3 + k)                                <L 22>
            wp::adj_where(var_37, var_38, var_28, adj_37, adj_38, adj_28, adj_41);
            wp::adj_where(var_37, var_39, var_27, adj_37, adj_39, adj_27, adj_40);
            if (var_37) {
                wp::adj_copy(var_34, adj_34, adj_39);
                // adj: best = q                                                                  <L 27>
                wp::adj_copy(var_36, adj_36, adj_38);
                // adj: best_dist = d                                                             <L 26>
            }
            // adj: if d < best_dist:                                                             <L 25>
            wp::adj_length_sq(var_35, adj_35, adj_36);
            wp::adj_sub(var_34, var_2, adj_34, adj_2, adj_35);
            // adj: d = wp.length_sq(q - x)                                                       <L 24>
            // adj: q = wp.mesh_get_point(mesh, vertex)                                           <L 23>
            wp::adj_add(var_31, var_29, adj_31, adj_29, adj_32);
            wp::adj_mul(var_13, var_30, adj_13, adj_30, adj_31);
            // adj: vertex = wp.mesh_get_index(mesh, face * 3 + k)                                <L 22>
            wp::adj_where(var_24, var_25, var_12, adj_24, adj_25, adj_12, adj_28);
            wp::adj_where(var_24, var_26, var_10, adj_24, adj_26, adj_10, adj_27);
            if (var_24) {
                wp::adj_copy(var_21, adj_21, adj_26);
                // adj: best = q                                                                  <L 27>
                wp::adj_copy(var_23, adj_23, adj_25);
                // adj: best_dist = d                                                             <L 26>
            }
            // adj: if d < best_dist:                                                             <L 25>
            wp::adj_length_sq(var_22, adj_22, adj_23);
            wp::adj_sub(var_21, var_2, adj_21, adj_2, adj_22);
            // adj: d = wp.length_sq(q - x)                                                       <L 24>
            // adj: q = wp.mesh_get_point(mesh, vertex)                                           <L 23>
            wp::adj_add(var_18, var_16, adj_18, adj_16, adj_19);
            wp::adj_mul(var_13, var_17, adj_13, adj_17, adj_18);
            // adj: vertex = wp.mesh_get_index(mesh, face * 3 + k)                                <L 22>
            // adj: for k in range(3):                                                            <L 21>
            wp::adj_add(var_9, var_14, adj_9, adj_14, adj_15);
            // adj: num_faces += 1                                                                <L 20>
        	goto start_for_0;
        end_for_0:;
        // adj: for face in query:                                                                <L 19>
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: best_dist = float(1.0e10)                                                         <L 18>
        wp::adj_copy(var_2, adj_2, adj_10);
        // adj: best = x                                                                          <L 17>
        // adj: num_faces = int(0)                                                                <L 16>
        wp::adj_add(var_2, var_4, adj_2, adj_4, adj_6);
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: query = wp.mesh_query_aabb(mesh, x - extent, x + extent)                          <L 15>
        wp::adj_vec_t(var_radius, adj_radius, adj_4);
        // adj: extent = wp.vec3(radius)                                                          <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: x = points[tid]                                                                   <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def mesh_box_query(                                                               <L 5>
        return;
}

