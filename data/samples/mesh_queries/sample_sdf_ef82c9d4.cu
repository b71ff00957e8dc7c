// Warp 1.19.0 cuda code for sample_sdf_ef82c9d4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_sdf_cf76babc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_signed_distances,
    wp::array_t<wp::vec_t<3, wp::float32>> var_surface_points,
    wp::float32 var_query_radius)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::mesh_query_point_t var_6;
        const wp::float32 var_7 = 0.001;
        bool* var_8;
        bool var_9;
        wp::int32* var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::int32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        bool var_24;
        wp::float32 var_25;
        bool var_26;
        //---------
        // forward
        // def sample_sdf(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 13>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // closest = x                                                                            <L 14>
        var_4 = wp::copy(var_2);
        // sdf = query_radius                                                                     <L 15>
        var_5 = wp::copy(var_query_radius);
        // query = wp.mesh_query_point_sign_normal(mesh, x, query_radius)                         <L 16>
        var_6 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_query_radius, var_7);
        // if query.result:                                                                       <L 17>
        var_8 = &((var_6).result);
        var_9 = wp::load(var_8);
        if (var_9) {
            // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 18>
            var_10 = &((var_6).face);
            var_11 = &((var_6).u);
            var_12 = &((var_6).v);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_16 = wp::load(var_12);
            var_13 = wp::mesh_eval_position(var_mesh, var_14, var_15, var_16);
            // sdf = wp.length(x - closest) * query.sign                                          <L 19>
            var_17 = wp::sub(var_2, var_13);
            var_18 = wp::length(var_17);
            var_19 = &((var_6).sign);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_18, var_21);
        }
        var_22 = wp::load(var_8);
        var_24 = wp::load(var_8);
        var_23 = wp::where(var_24, var_13, var_4);
        var_26 = wp::load(var_8);
        var_25 = wp::where(var_26, var_20, var_5);
        // signed_distances[tid] = sdf                                                            <L 20>
        wp::array_store(var_signed_distances, var_0, var_25);
        // surface_points[tid] = closest                                                          <L 21>
        wp::array_store(var_surface_points, var_0, var_23);
    }
}



extern "C" __global__ void sample_sdf_cf76babc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_signed_distances,
    wp::array_t<wp::vec_t<3, wp::float32>> var_surface_points,
    wp::float32 var_query_radius,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_signed_distances,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_surface_points,
    wp::float32 adj_query_radius)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        wp::mesh_query_point_t var_6;
        const wp::float32 var_7 = 0.001;
        bool* var_8;
        bool var_9;
        wp::int32* var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::int32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        bool var_24;
        wp::float32 var_25;
        bool var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::mesh_query_point_t adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        bool adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        //---------
        // forward
        // def sample_sdf(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 13>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // closest = x                                                                            <L 14>
        var_4 = wp::copy(var_2);
        // sdf = query_radius                                                                     <L 15>
        var_5 = wp::copy(var_query_radius);
        // query = wp.mesh_query_point_sign_normal(mesh, x, query_radius)                         <L 16>
        var_6 = wp::mesh_query_point_sign_normal(var_mesh, var_2, var_query_radius, var_7);
        // if query.result:                                                                       <L 17>
        var_8 = &((var_6).result);
        var_9 = wp::load(var_8);
        if (var_9) {
            // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 18>
            var_10 = &((var_6).face);
            var_11 = &((var_6).u);
            var_12 = &((var_6).v);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_16 = wp::load(var_12);
            var_13 = wp::mesh_eval_position(var_mesh, var_14, var_15, var_16);
            // sdf = wp.length(x - closest) * query.sign                                          <L 19>
            var_17 = wp::sub(var_2, var_13);
            var_18 = wp::length(var_17);
            var_19 = &((var_6).sign);
            var_21 = wp::load(var_19);
            var_20 = wp::mul(var_18, var_21);
        }
        var_22 = wp::load(var_8);
        var_24 = wp::load(var_8);
        var_23 = wp::where(var_24, var_13, var_4);
        var_26 = wp::load(var_8);
        var_25 = wp::where(var_26, var_20, var_5);
        // signed_distances[tid] = sdf                                                            <L 20>
        // wp::array_store(var_signed_distances, var_0, var_25);
        // surface_points[tid] = closest                                                          <L 21>
        // wp::array_store(var_surface_points, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_surface_points, var_0, var_23, adj_surface_points, adj_0, adj_23);
        // adj: surface_points[tid] = closest                                                     <L 21>
        wp::adj_array_store(var_signed_distances, var_0, var_25, adj_signed_distances, adj_0, adj_25);
        // adj: signed_distances[tid] = sdf                                                       <L 20>
        wp::adj_where(var_26, var_20, var_5, adj_8, adj_20, adj_5, adj_25);
        wp::adj_where(var_24, var_13, var_4, adj_8, adj_13, adj_4, adj_23);
        if (var_22) {
            wp::adj_mul(var_18, var_21, adj_18, adj_19, adj_20);
            adj_6.sign += adj_19;
            wp::adj_length(var_17, var_18, adj_17, adj_18);
            wp::adj_sub(var_2, var_13, adj_2, adj_13, adj_17);
            // adj: sdf = wp.length(x - closest) * query.sign                                     <L 19>
            wp::adj_mesh_eval_position(var_mesh, var_14, var_15, var_16, adj_mesh, adj_10, adj_11, adj_12, adj_13);
            adj_6.v += adj_12;
            adj_6.u += adj_11;
            adj_6.face = adj_10;
            // adj: closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)           <L 18>
        }
        adj_6.result = adj_8;
        // adj: if query.result:                                                                  <L 17>
        wp::adj_mesh_query_point_sign_normal(var_mesh, var_2, var_query_radius, var_7, var_6, adj_mesh, adj_2, adj_query_radius, adj_7, adj_6);
        // adj: query = wp.mesh_query_point_sign_normal(mesh, x, query_radius)                    <L 16>
        wp::adj_copy(var_query_radius, adj_query_radius, adj_5);
        // adj: sdf = query_radius                                                                <L 15>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: closest = x                                                                       <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: x = points[tid]                                                                   <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sample_sdf(                                                                   <L 5>
        continue;
    }
}

