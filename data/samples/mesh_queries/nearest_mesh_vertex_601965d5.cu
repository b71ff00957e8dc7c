// Warp 1.19.0 cuda code for nearest_mesh_vertex_601965d5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void nearest_mesh_vertex_1084df1c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::int32> var_hit_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::mesh_query_aabb_t var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 10000000000.0;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        bool var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        const wp::int32 var_35 = 3;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        bool var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = 3;
        wp::int32 var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        bool var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        //---------
        // forward
        // def nearest_mesh_vertex(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 16>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 17>
            continue;
        }
        // p = particle_x[tid]                                                                    <L 18>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // query = wp.mesh_query_sphere(mesh_id, p, particle_radius[tid])                         <L 19>
        var_8 = wp::address(var_particle_radius, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mesh_query_sphere(var_mesh_id, var_6, var_10);
        // num_faces = int(0)                                                                     <L 20>
        var_12 = wp::int(var_11);
        // best = p                                                                               <L 21>
        var_13 = wp::copy(var_6);
        // best_dist = float(1.0e10)                                                              <L 22>
        var_15 = wp::float(var_14);
        // face = int(0)                                                                          <L 23>
        var_17 = wp::int(var_16);
        // while wp.mesh_query_next(query, face):                                                 <L 24>
        start_while_1:;
        var_18 = wp::mesh_query_sphere_next(var_9, var_17);
        if ((var_18) == false) goto end_while_1;
            // num_faces += 1                                                                     <L 25>
            var_20 = wp::add(var_12, var_19);
            // for k in range(3):                                                                 <L 26>
            // vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                                  <L 27>
            var_23 = wp::mul(var_17, var_22);
            var_24 = wp::add(var_23, var_21);
            var_25 = wp::mesh_get_index(var_mesh_id, var_24);
            // q = wp.mesh_get_point(mesh_id, vertex)                                             <L 28>
            var_26 = wp::mesh_get_point(var_mesh_id, var_25);
            // d = wp.length_sq(q - p)                                                            <L 29>
            var_27 = wp::sub(var_26, var_6);
            var_28 = wp::length_sq(var_27);
            // if d < best_dist:                                                                  <L 30>
            var_29 = (var_28 < var_15);
            if (var_29) {
                // best_dist = d                                                                  <L 31>
                var_30 = wp::copy(var_28);
                // best = q                                                                       <L 32>
                var_31 = wp::copy(var_26);
            }
            var_32 = wp::where(var_29, var_31, var_13);
            var_33 = wp::where(var_29, var_30, var_15);
            // vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                                  <L 27>
            var_36 = wp::mul(var_17, var_35);
            var_37 = wp::add(var_36, var_34);
            var_38 = wp::mesh_get_index(var_mesh_id, var_37);
            // q = wp.mesh_get_point(mesh_id, vertex)                                             <L 28>
            var_39 = wp::mesh_get_point(var_mesh_id, var_38);
            // d = wp.length_sq(q - p)                                                            <L 29>
            var_40 = wp::sub(var_39, var_6);
            var_41 = wp::length_sq(var_40);
            // if d < best_dist:                                                                  <L 30>
            var_42 = (var_41 < var_33);
            if (var_42) {
                // best_dist = d                                                                  <L 31>
                var_43 = wp::copy(var_41);
                // best = q                                                                       <L 32>
                var_44 = wp::copy(var_39);
            }
            var_45 = wp::where(var_42, var_44, var_32);
            var_46 = wp::where(var_42, var_43, var_33);
            // vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                                  <L 27>
            var_49 = wp::mul(var_17, var_48);
            var_50 = wp::add(var_49, var_47);
            var_51 = wp::mesh_get_index(var_mesh_id, var_50);
            // q = wp.mesh_get_point(mesh_id, vertex)                                             <L 28>
            var_52 = wp::mesh_get_point(var_mesh_id, var_51);
            // d = wp.length_sq(q - p)                                                            <L 29>
            var_53 = wp::sub(var_52, var_6);
            var_54 = wp::length_sq(var_53);
            // if d < best_dist:                                                                  <L 30>
            var_55 = (var_54 < var_46);
            if (var_55) {
                // best_dist = d                                                                  <L 31>
                var_56 = wp::copy(var_54);
                // best = q                                                                       <L 32>
                var_57 = wp::copy(var_52);
            }
            var_58 = wp::where(var_55, var_57, var_45);
            var_59 = wp::where(var_55, var_56, var_46);
            wp::assign(var_12, var_20);
            wp::assign(var_13, var_58);
            wp::assign(var_15, var_59);
        goto start_while_1;
        end_while_1:;
        // hit_counts[tid] = num_faces                                                            <L 33>
        wp::array_store(var_hit_counts, var_0, var_12);
        // hit_points[tid] = best                                                                 <L 34>
        wp::array_store(var_hit_points, var_0, var_13);
    }
}



extern "C" __global__ void nearest_mesh_vertex_1084df1c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::int32> var_hit_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::int32> adj_hit_counts,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_points)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::mesh_query_aabb_t var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::float32 var_14 = 10000000000.0;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        bool var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        const wp::int32 var_35 = 3;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        bool var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 2;
        const wp::int32 var_48 = 3;
        wp::int32 var_49;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::float32 var_54;
        bool var_55;
        wp::float32 var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::mesh_query_aabb_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        bool adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::float32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::float32 adj_54 = {};
        bool adj_55 = {};
        wp::float32 adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::float32 adj_59 = {};
        //---------
        // forward
        // def nearest_mesh_vertex(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 16>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 17>
            goto label0;
        }
        // p = particle_x[tid]                                                                    <L 18>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // query = wp.mesh_query_sphere(mesh_id, p, particle_radius[tid])                         <L 19>
        var_8 = wp::address(var_particle_radius, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mesh_query_sphere(var_mesh_id, var_6, var_10);
        // num_faces = int(0)                                                                     <L 20>
        var_12 = wp::int(var_11);
        // best = p                                                                               <L 21>
        var_13 = wp::copy(var_6);
        // best_dist = float(1.0e10)                                                              <L 22>
        var_15 = wp::float(var_14);
        // face = int(0)                                                                          <L 23>
        var_17 = wp::int(var_16);
        // while wp.mesh_query_next(query, face):                                                 <L 24>
        // hit_counts[tid] = num_faces                                                            <L 33>
        // wp::array_store(var_hit_counts, var_0, var_12);
        // hit_points[tid] = best                                                                 <L 34>
        // wp::array_store(var_hit_points, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_hit_points, var_0, var_13, adj_hit_points, adj_0, adj_13);
        // adj: hit_points[tid] = best                                                            <L 34>
        wp::adj_array_store(var_hit_counts, var_0, var_12, adj_hit_counts, adj_0, adj_12);
        // adj: hit_counts[tid] = num_faces                                                       <L 33>
        start_while_1:;
        var_18 = wp::mesh_query_sphere_next(var_9, var_17);
        if ((var_18) == false) goto end_while_1;
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
        adj_55 = {};
        adj_56 = {};
        adj_57 = {};
        adj_58 = {};
        adj_59 = {};
            // num_faces += 1                                                                     <L 25>
            var_20 = wp::add(var_12, var_19);
            // for k in range(3):                                                                 <L 26>
            // vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                                  <L 27>
            var_23 = wp::mul(var_17, var_22);
            var_24 = wp::add(var_23, var_21);
            var_25 = wp::mesh_get_index(var_mesh_id, var_24);
            // q = wp.mesh_get_point(mesh_id, vertex)                                             <L 28>
            var_26 = wp::mesh_get_point(var_mesh_id, var_25);
            // d = wp.length_sq(q - p)                                                            <L 29>
            var_27 = wp::sub(var_26, var_6);
            var_28 = wp::length_sq(var_27);
            // if d < best_dist:                                                                  <L 30>
            var_29 = (var_28 < var_15);
            if (var_29) {
                // best_dist = d                                                                  <L 31>
                var_30 = wp::copy(var_28);
                // best = q                                                                       <L 32>
                var_31 = wp::copy(var_26);
            }
            var_32 = wp::where(var_29, var_31, var_13);
            var_33 = wp::where(var_29, var_30, var_15);
            // vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                                  <L 27>
            var_36 = wp::mul(var_17, var_35);
            var_37 = wp::add(var_36, var_34);
            var_38 = wp::mesh_get_index(var_mesh_id, var_37);
            // q = wp.mesh_get_point(mesh_id, vertex)                                             <L 28>
            var_39 = wp::mesh_get_point(var_mesh_id, var_38);
            // d = wp.length_sq(q - p)                                                            <L 29>
            var_40 = wp::sub(var_39, var_6);
            var_41 = wp::length_sq(var_40);
            // if d < best_dist:                                                                  <L 30>
            var_42 = (var_41 < var_33);
            if (var_42) {
                // best_dist = d                                                                  <L 31>
                var_43 = wp::copy(var_41);
                // best = q                                                                       <L 32>
                var_44 = wp::copy(var_39);
            }
            var_45 = wp::where(var_42, var_44, var_32);
            var_46 = wp::where(var_42, var_43, var_33);
            // vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                                  <L 27>
            var_49 = wp::mul(var_17, var_48);
            var_50 = wp::add(var_49, var_47);
            var_51 = wp::mesh_get_index(var_mesh_id, var_50);
            // q = wp.mesh_get_point(mesh_id, vertex)                                             <L 28>
            var_52 = wp::mesh_get_point(var_mesh_id, var_51);
            // d = wp.length_sq(q - p)                                                            <L 29>
            var_53 = wp::sub(var_52, var_6);
            var_54 = wp::length_sq(var_53);
            // if d < best_dist:                                                                  <L 30>
            var_55 = (var_54 < var_46);
            if (var_55) {
                // best_dist = d                                                                  <L 31>
                var_56 = wp::copy(var_54);
                // best = q                                                                       <L 32>
                var_57 = wp::copy(var_52);
            }
            var_58 = wp::where(var_55, var_57, var_45);
            var_59 = wp::where(var_55, var_56, var_46);
            wp::assign(var_12, var_20);
            wp::assign(var_13, var_58);
            wp::assign(var_15, var_59);
            wp::adj_assign(var_15, var_59, adj_15, adj_59);
            wp::adj_assign(var_13, var_58, adj_13, adj_58);
            wp::adj_assign(var_12, var_20, adj_12, adj_20);
            wp::adj_where(var_55, var_56, var_46, adj_55, adj_56, adj_46, adj_59);
            wp::adj_where(var_55, var_57, var_45, adj_55, adj_57, adj_45, adj_58);
            if (var_55) {
                wp::adj_copy(var_52, adj_52, adj_57);
                // adj: best = q                                                                  <L 32>
                wp::adj_copy(var_54, adj_54, adj_56);
                // adj: best_dist = d                                                             <L 31>
            }
            // adj: if d < best_dist:                                                             <L 30>
            wp::adj_length_sq(var_53, adj_53, adj_54);
            wp::adj_sub(var_52, var_6, adj_52, adj_6, adj_53);
            // adj: d = wp.length_sq(q - p)                                                       <L 29>
            // adj: q = wp.mesh_get_point(mesh_id, vertex)                                        <L 28>
            wp::adj_add(var_49, var_47, adj_49, adj_47, adj_50);
            wp::adj_mul(var_17, var_48, adj_17, adj_48, adj_49);
            // adj: vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                             <L 27>
            wp::adj_where(var_42, var_43, var_33, adj_42, adj_43, adj_33, adj_46);
            wp::adj_where(var_42, var_44, var_32, adj_42, adj_44, adj_32, adj_45);
            if (var_42) {
                wp::adj_copy(var_39, adj_39, adj_44);
                // adj: best = q                                                                  <L 32>
                wp::adj_copy(var_41, adj_41, adj_43);
                // adj: best_dist = d                                                             <L 31>
            }
            // adj: if d < best_dist:                                                             <L 30>
            wp::adj_length_sq(var_40, adj_40, adj_41);
            wp::adj_sub(var_39, var_6, adj_39, adj_6, adj_40);
            // adj: d = wp.length_sq(q - p)                                                       <L 29>
            // adj: q = wp.mesh_get_point(mesh_id, vertex)                                        <L 28>
            wp::adj_add(var_36, var_34, adj_36, adj_34, adj_37);
            wp::adj_mul(var_17, var_35, adj_17, adj_35, adj_36);
            // adj: vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                             <L 27>
            wp::adj_where(var_29, var_30, var_15, adj_29, adj_30, adj_15, adj_33);
            wp::adj_where(var_29, var_31, var_13, adj_29, adj_31, adj_13, adj_32);
            if (var_29) {
                wp::adj_copy(var_26, adj_26, adj_31);
                // adj: best = q                                                                  <L 32>
                wp::adj_copy(var_28, adj_28, adj_30);
                // adj: best_dist = d                                                             <L 31>
            }
            // adj: if d < best_dist:                                                             <L 30>
            wp::adj_length_sq(var_27, adj_27, adj_28);
            wp::adj_sub(var_26, var_6, adj_26, adj_6, adj_27);
            // adj: d = wp.length_sq(q - p)                                                       <L 29>
            // adj: q = wp.mesh_get_point(mesh_id, vertex)                                        <L 28>
            wp::adj_add(var_23, var_21, adj_23, adj_21, adj_24);
            wp::adj_mul(var_17, var_22, adj_17, adj_22, adj_23);
            // adj: vertex = wp.mesh_get_index(mesh_id, face * 3 + k)                             <L 27>
            // adj: for k in range(3):                                                            <L 26>
            wp::adj_add(var_12, var_19, adj_12, adj_19, adj_20);
            // adj: num_faces += 1                                                                <L 25>
        goto start_while_1;
        end_while_1:;
        // adj: while wp.mesh_query_next(query, face):                                            <L 24>
        // adj: face = int(0)                                                                     <L 23>
        wp::adj_float(var_14, adj_14, adj_15);
        // adj: best_dist = float(1.0e10)                                                         <L 22>
        wp::adj_copy(var_6, adj_6, adj_13);
        // adj: best = p                                                                          <L 21>
        // adj: num_faces = int(0)                                                                <L 20>
        wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_8);
        // adj: query = wp.mesh_query_sphere(mesh_id, p, particle_radius[tid])                    <L 19>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
        // adj: p = particle_x[tid]                                                               <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
        // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 16>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def nearest_mesh_vertex(                                                          <L 5>
        continue;
    }
}

