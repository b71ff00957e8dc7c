// Warp 1.19.0 cuda code for mesh_occupancy_a460c141.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void mesh_occupancy_6813f117_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_query_points,
    wp::float32 var_query_radius,
    wp::array_t<wp::int32> var_inside,
    wp::array_t<wp::float32> var_sdf)
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
        wp::mesh_query_point_t var_4;
        const wp::float32 var_5 = 2.0;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        bool* var_9;
        bool var_10;
        wp::int32* var_11;
        wp::float32* var_12;
        wp::float32* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        wp::float32 var_30;
        bool var_31;
        wp::int32 var_32;
        bool var_33;
        //---------
        // forward
        // def mesh_occupancy(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = query_points[tid]                                                                  <L 13>
        var_1 = wp::address(var_query_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = wp.mesh_query_point_sign_winding_number(mesh, p, query_radius)                     <L 14>
        var_4 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_query_radius, var_5, var_6);
        // d = query_radius                                                                       <L 15>
        var_7 = wp::copy(var_query_radius);
        // flag = 0                                                                               <L 16>
        // if q.result:                                                                           <L 17>
        var_9 = &((var_4).result);
        var_10 = wp::load(var_9);
        if (var_10) {
            // cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                                 <L 18>
            var_11 = &((var_4).face);
            var_12 = &((var_4).u);
            var_13 = &((var_4).v);
            var_15 = wp::load(var_11);
            var_16 = wp::load(var_12);
            var_17 = wp::load(var_13);
            var_14 = wp::mesh_eval_position(var_mesh, var_15, var_16, var_17);
            // d = q.sign * wp.length(p - cp)                                                     <L 19>
            var_18 = &((var_4).sign);
            var_19 = wp::sub(var_2, var_14);
            var_20 = wp::length(var_19);
            var_22 = wp::load(var_18);
            var_21 = wp::mul(var_22, var_20);
            // if q.sign < 0.0:                                                                   <L 20>
            var_23 = &((var_4).sign);
            var_26 = wp::load(var_23);
            var_25 = (var_26 < var_24);
            if (var_25) {
                // flag = 1                                                                       <L 21>
            }
            var_28 = wp::where(var_25, var_27, var_8);
        }
        var_29 = wp::load(var_9);
        var_31 = wp::load(var_9);
        var_30 = wp::where(var_31, var_21, var_7);
        var_33 = wp::load(var_9);
        var_32 = wp::where(var_33, var_28, var_8);
        // sdf[tid] = d                                                                           <L 22>
        wp::array_store(var_sdf, var_0, var_30);
        // inside[tid] = flag                                                                     <L 23>
        wp::array_store(var_inside, var_0, var_32);
}



extern "C" __global__ void mesh_occupancy_6813f117_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_query_points,
    wp::float32 var_query_radius,
    wp::array_t<wp::int32> var_inside,
    wp::array_t<wp::float32> var_sdf,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_query_points,
    wp::float32 adj_query_radius,
    wp::array_t<wp::int32> adj_inside,
    wp::array_t<wp::float32> adj_sdf)
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
        wp::mesh_query_point_t var_4;
        const wp::float32 var_5 = 2.0;
        const wp::float32 var_6 = 0.5;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        bool* var_9;
        bool var_10;
        wp::int32* var_11;
        wp::float32* var_12;
        wp::float32* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::int32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32* var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        wp::float32 var_30;
        bool var_31;
        wp::int32 var_32;
        bool var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::mesh_query_point_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        //---------
        // forward
        // def mesh_occupancy(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = query_points[tid]                                                                  <L 13>
        var_1 = wp::address(var_query_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // q = wp.mesh_query_point_sign_winding_number(mesh, p, query_radius)                     <L 14>
        var_4 = wp::mesh_query_point_sign_winding_number(var_mesh, var_2, var_query_radius, var_5, var_6);
        // d = query_radius                                                                       <L 15>
        var_7 = wp::copy(var_query_radius);
        // flag = 0                                                                               <L 16>
        // if q.result:                                                                           <L 17>
        var_9 = &((var_4).result);
        var_10 = wp::load(var_9);
        if (var_10) {
            // cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                                 <L 18>
            var_11 = &((var_4).face);
            var_12 = &((var_4).u);
            var_13 = &((var_4).v);
            var_15 = wp::load(var_11);
            var_16 = wp::load(var_12);
            var_17 = wp::load(var_13);
            var_14 = wp::mesh_eval_position(var_mesh, var_15, var_16, var_17);
            // d = q.sign * wp.length(p - cp)                                                     <L 19>
            var_18 = &((var_4).sign);
            var_19 = wp::sub(var_2, var_14);
            var_20 = wp::length(var_19);
            var_22 = wp::load(var_18);
            var_21 = wp::mul(var_22, var_20);
            // if q.sign < 0.0:                                                                   <L 20>
            var_23 = &((var_4).sign);
            var_26 = wp::load(var_23);
            var_25 = (var_26 < var_24);
            if (var_25) {
                // flag = 1                                                                       <L 21>
            }
            var_28 = wp::where(var_25, var_27, var_8);
        }
        var_29 = wp::load(var_9);
        var_31 = wp::load(var_9);
        var_30 = wp::where(var_31, var_21, var_7);
        var_33 = wp::load(var_9);
        var_32 = wp::where(var_33, var_28, var_8);
        // sdf[tid] = d                                                                           <L 22>
        // wp::array_store(var_sdf, var_0, var_30);
        // inside[tid] = flag                                                                     <L 23>
        // wp::array_store(var_inside, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_inside, var_0, var_32, adj_inside, adj_0, adj_32);
        // adj: inside[tid] = flag                                                                <L 23>
        wp::adj_array_store(var_sdf, var_0, var_30, adj_sdf, adj_0, adj_30);
        // adj: sdf[tid] = d                                                                      <L 22>
        wp::adj_where(var_33, var_28, var_8, adj_9, adj_28, adj_8, adj_32);
        wp::adj_where(var_31, var_21, var_7, adj_9, adj_21, adj_7, adj_30);
        if (var_29) {
            wp::adj_where(var_25, var_27, var_8, adj_25, adj_27, adj_8, adj_28);
            if (var_25) {
                // adj: flag = 1                                                                  <L 21>
            }
            adj_4.sign += adj_23;
            // adj: if q.sign < 0.0:                                                              <L 20>
            wp::adj_mul(var_22, var_20, adj_18, adj_20, adj_21);
            wp::adj_length(var_19, var_20, adj_19, adj_20);
            wp::adj_sub(var_2, var_14, adj_2, adj_14, adj_19);
            adj_4.sign += adj_18;
            // adj: d = q.sign * wp.length(p - cp)                                                <L 19>
            wp::adj_mesh_eval_position(var_mesh, var_15, var_16, var_17, adj_mesh, adj_11, adj_12, adj_13, adj_14);
            adj_4.v += adj_13;
            adj_4.u += adj_12;
            adj_4.face = adj_11;
            // adj: cp = wp.mesh_eval_position(mesh, q.face, q.u, q.v)                            <L 18>
        }
        adj_4.result = adj_9;
        // adj: if q.result:                                                                      <L 17>
        // adj: flag = 0                                                                          <L 16>
        wp::adj_copy(var_query_radius, adj_query_radius, adj_7);
        // adj: d = query_radius                                                                  <L 15>
        wp::adj_mesh_query_point_sign_winding_number(var_mesh, var_2, var_query_radius, var_5, var_6, var_4, adj_mesh, adj_2, adj_query_radius, adj_5, adj_6, adj_4);
        // adj: q = wp.mesh_query_point_sign_winding_number(mesh, p, query_radius)                <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_query_points, var_0, adj_query_points, adj_0, adj_1);
        // adj: p = query_points[tid]                                                             <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def mesh_occupancy(                                                               <L 5>
        return;
}

