// Warp 1.19.0 cuda code for bake_sdf_57da4b3f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bake_sdf_e711e202_cuda_kernel_forward(
    wp::launch_bounds_t<3> dim,
    wp::uint64 var_mesh_id,
    wp::vec_t<3, wp::float32> var_grid_lower,
    wp::float32 var_spacing,
    wp::float32 var_query_radius,
    wp::array_t<wp::float32> var_q_out)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::mesh_query_point_t var_9;
        const wp::float32 var_10 = 2.0;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        bool* var_13;
        bool var_14;
        wp::float32* var_15;
        wp::int32* var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        bool var_27;
        wp::float32 var_28;
        bool var_29;
        //---------
        // forward
        // def bake_sdf(                                                                          <L 5>
        // i, j, k = wp.tid()                                                                     <L 12>
        builtin_tid3d(var_0, var_1, var_2);
        // p = grid_lower + spacing * wp.vec3(float(i), float(j), float(k))                       <L 13>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_spacing, var_6);
        var_8 = wp::add(var_grid_lower, var_7);
        // q = wp.mesh_query_point_sign_winding_number(mesh_id, p, query_radius)                  <L 14>
        var_9 = wp::mesh_query_point_sign_winding_number(var_mesh_id, var_8, var_query_radius, var_10, var_11);
        // d = query_radius                                                                       <L 15>
        var_12 = wp::copy(var_query_radius);
        // if q.result:                                                                           <L 16>
        var_13 = &((var_9).result);
        var_14 = wp::load(var_13);
        if (var_14) {
            // d = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))       <L 17>
            var_15 = &((var_9).sign);
            var_16 = &((var_9).face);
            var_17 = &((var_9).u);
            var_18 = &((var_9).v);
            var_20 = wp::load(var_16);
            var_21 = wp::load(var_17);
            var_22 = wp::load(var_18);
            var_19 = wp::mesh_eval_position(var_mesh_id, var_20, var_21, var_22);
            var_23 = wp::sub(var_8, var_19);
            var_24 = wp::length(var_23);
            var_26 = wp::load(var_15);
            var_25 = wp::mul(var_26, var_24);
        }
        var_27 = wp::load(var_13);
        var_29 = wp::load(var_13);
        var_28 = wp::where(var_29, var_25, var_12);
        // q_out[i, j, k] = d                                                                     <L 18>
        wp::array_store(var_q_out, var_0, var_1, var_2, var_28);
    }
}



extern "C" __global__ void bake_sdf_e711e202_cuda_kernel_backward(
    wp::launch_bounds_t<3> dim,
    wp::uint64 var_mesh_id,
    wp::vec_t<3, wp::float32> var_grid_lower,
    wp::float32 var_spacing,
    wp::float32 var_query_radius,
    wp::array_t<wp::float32> var_q_out,
    wp::uint64 adj_mesh_id,
    wp::vec_t<3, wp::float32> adj_grid_lower,
    wp::float32 adj_spacing,
    wp::float32 adj_query_radius,
    wp::array_t<wp::float32> adj_q_out)
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
        wp::int32 var_1;
        wp::int32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::mesh_query_point_t var_9;
        const wp::float32 var_10 = 2.0;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        bool* var_13;
        bool var_14;
        wp::float32* var_15;
        wp::int32* var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        bool var_27;
        wp::float32 var_28;
        bool var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::mesh_query_point_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        //---------
        // forward
        // def bake_sdf(                                                                          <L 5>
        // i, j, k = wp.tid()                                                                     <L 12>
        builtin_tid3d(var_0, var_1, var_2);
        // p = grid_lower + spacing * wp.vec3(float(i), float(j), float(k))                       <L 13>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::float(var_2);
        var_6 = wp::vec_t<3, wp::float32>(var_3, var_4, var_5);
        var_7 = wp::mul(var_spacing, var_6);
        var_8 = wp::add(var_grid_lower, var_7);
        // q = wp.mesh_query_point_sign_winding_number(mesh_id, p, query_radius)                  <L 14>
        var_9 = wp::mesh_query_point_sign_winding_number(var_mesh_id, var_8, var_query_radius, var_10, var_11);
        // d = query_radius                                                                       <L 15>
        var_12 = wp::copy(var_query_radius);
        // if q.result:                                                                           <L 16>
        var_13 = &((var_9).result);
        var_14 = wp::load(var_13);
        if (var_14) {
            // d = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))       <L 17>
            var_15 = &((var_9).sign);
            var_16 = &((var_9).face);
            var_17 = &((var_9).u);
            var_18 = &((var_9).v);
            var_20 = wp::load(var_16);
            var_21 = wp::load(var_17);
            var_22 = wp::load(var_18);
            var_19 = wp::mesh_eval_position(var_mesh_id, var_20, var_21, var_22);
            var_23 = wp::sub(var_8, var_19);
            var_24 = wp::length(var_23);
            var_26 = wp::load(var_15);
            var_25 = wp::mul(var_26, var_24);
        }
        var_27 = wp::load(var_13);
        var_29 = wp::load(var_13);
        var_28 = wp::where(var_29, var_25, var_12);
        // q_out[i, j, k] = d                                                                     <L 18>
        // wp::array_store(var_q_out, var_0, var_1, var_2, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_q_out, var_0, var_1, var_2, var_28, adj_q_out, adj_0, adj_1, adj_2, adj_28);
        // adj: q_out[i, j, k] = d                                                                <L 18>
        wp::adj_where(var_29, var_25, var_12, adj_13, adj_25, adj_12, adj_28);
        if (var_27) {
            wp::adj_mul(var_26, var_24, adj_15, adj_24, adj_25);
            wp::adj_length(var_23, var_24, adj_23, adj_24);
            wp::adj_sub(var_8, var_19, adj_8, adj_19, adj_23);
            wp::adj_mesh_eval_position(var_mesh_id, var_20, var_21, var_22, adj_mesh_id, adj_16, adj_17, adj_18, adj_19);
            adj_9.v += adj_18;
            adj_9.u += adj_17;
            adj_9.face = adj_16;
            adj_9.sign += adj_15;
            // adj: d = q.sign * wp.length(p - wp.mesh_eval_position(mesh_id, q.face, q.u, q.v))  <L 17>
        }
        adj_9.result = adj_13;
        // adj: if q.result:                                                                      <L 16>
        wp::adj_copy(var_query_radius, adj_query_radius, adj_12);
        // adj: d = query_radius                                                                  <L 15>
        wp::adj_mesh_query_point_sign_winding_number(var_mesh_id, var_8, var_query_radius, var_10, var_11, var_9, adj_mesh_id, adj_8, adj_query_radius, adj_10, adj_11, adj_9);
        // adj: q = wp.mesh_query_point_sign_winding_number(mesh_id, p, query_radius)             <L 14>
        wp::adj_add(var_grid_lower, var_7, adj_grid_lower, adj_7, adj_8);
        wp::adj_mul(var_spacing, var_6, adj_spacing, adj_6, adj_7);
        wp::adj_vec_t(var_3, var_4, var_5, adj_3, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = grid_lower + spacing * wp.vec3(float(i), float(j), float(k))                  <L 13>
        // adj: i, j, k = wp.tid()                                                                <L 12>
        // adj: def bake_sdf(                                                                     <L 5>
        continue;
    }
}

