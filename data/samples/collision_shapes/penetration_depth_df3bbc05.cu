// Warp 1.19.0 cuda code for penetration_depth_df3bbc05.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void penetration_depth_4b008d72_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> var_pair_count,
    wp::float32 var_max_dist,
    wp::float32 var_thickness)
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
        wp::mesh_query_point_t var_5;
        const wp::float32 var_6 = 0.001;
        bool* var_7;
        bool var_8;
        wp::int32* var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        bool var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.0;
        wp::float32 var_31;
        //---------
        // forward
        // def penetration_depth(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 15>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sdf = max_dist                                                                         <L 16>
        var_4 = wp::copy(var_max_dist);
        // query = wp.mesh_query_point_sign_normal(collider_mesh, p, max_dist)                    <L 17>
        var_5 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_2, var_max_dist, var_6);
        // if query.result:                                                                       <L 18>
        var_7 = &((var_5).result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)       <L 19>
            var_9 = &((var_5).face);
            var_10 = &((var_5).u);
            var_11 = &((var_5).v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_position(var_collider_mesh, var_13, var_14, var_15);
            // sdf = wp.length(p - closest) * query.sign                                          <L 20>
            var_16 = wp::sub(var_2, var_12);
            var_17 = wp::length(var_16);
            var_18 = &((var_5).sign);
            var_20 = wp::load(var_18);
            var_19 = wp::mul(var_17, var_20);
        }
        var_21 = wp::load(var_7);
        var_23 = wp::load(var_7);
        var_22 = wp::where(var_23, var_19, var_4);
        // depth = thickness - sdf                                                                <L 21>
        var_24 = wp::sub(var_thickness, var_22);
        // if depth > 0.0:                                                                        <L 22>
        var_26 = (var_24 > var_25);
        if (var_26) {
            // wp.atomic_add(pair_count, 0, 1)                                                    <L 23>
            var_29 = wp::atomic_add(var_pair_count, var_27, var_28);
        }
        if (!var_26) {
            // depth = 0.0                                                                        <L 25>
        }
        var_31 = wp::where(var_26, var_24, var_30);
        // penetration[tid] = depth                                                               <L 26>
        wp::array_store(var_penetration, var_0, var_31);
    }
}



extern "C" __global__ void penetration_depth_4b008d72_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> var_pair_count,
    wp::float32 var_max_dist,
    wp::float32 var_thickness,
    wp::uint64 adj_collider_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_penetration,
    wp::array_t<wp::int32> adj_pair_count,
    wp::float32 adj_max_dist,
    wp::float32 adj_thickness)
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
        wp::mesh_query_point_t var_5;
        const wp::float32 var_6 = 0.001;
        bool* var_7;
        bool var_8;
        wp::int32* var_9;
        wp::float32* var_10;
        wp::float32* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::int32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        bool var_21;
        wp::float32 var_22;
        bool var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::float32 var_30 = 0.0;
        wp::float32 var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::mesh_query_point_t adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        //---------
        // forward
        // def penetration_depth(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 15>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // sdf = max_dist                                                                         <L 16>
        var_4 = wp::copy(var_max_dist);
        // query = wp.mesh_query_point_sign_normal(collider_mesh, p, max_dist)                    <L 17>
        var_5 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_2, var_max_dist, var_6);
        // if query.result:                                                                       <L 18>
        var_7 = &((var_5).result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)       <L 19>
            var_9 = &((var_5).face);
            var_10 = &((var_5).u);
            var_11 = &((var_5).v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_position(var_collider_mesh, var_13, var_14, var_15);
            // sdf = wp.length(p - closest) * query.sign                                          <L 20>
            var_16 = wp::sub(var_2, var_12);
            var_17 = wp::length(var_16);
            var_18 = &((var_5).sign);
            var_20 = wp::load(var_18);
            var_19 = wp::mul(var_17, var_20);
        }
        var_21 = wp::load(var_7);
        var_23 = wp::load(var_7);
        var_22 = wp::where(var_23, var_19, var_4);
        // depth = thickness - sdf                                                                <L 21>
        var_24 = wp::sub(var_thickness, var_22);
        // if depth > 0.0:                                                                        <L 22>
        var_26 = (var_24 > var_25);
        if (var_26) {
            // wp.atomic_add(pair_count, 0, 1)                                                    <L 23>
            // var_29 = wp::atomic_add(var_pair_count, var_27, var_28);
        }
        if (!var_26) {
            // depth = 0.0                                                                        <L 25>
        }
        var_31 = wp::where(var_26, var_24, var_30);
        // penetration[tid] = depth                                                               <L 26>
        // wp::array_store(var_penetration, var_0, var_31);
        //---------
        // reverse
        wp::adj_array_store(var_penetration, var_0, var_31, adj_penetration, adj_0, adj_31);
        // adj: penetration[tid] = depth                                                          <L 26>
        wp::adj_where(var_26, var_24, var_30, adj_26, adj_24, adj_30, adj_31);
        if (!var_26) {
            // adj: depth = 0.0                                                                   <L 25>
        }
        if (var_26) {
            wp::adj_atomic_add(var_pair_count, var_27, var_28, adj_pair_count, adj_27, adj_28, adj_29);
            // adj: wp.atomic_add(pair_count, 0, 1)                                               <L 23>
        }
        // adj: if depth > 0.0:                                                                   <L 22>
        wp::adj_sub(var_thickness, var_22, adj_thickness, adj_22, adj_24);
        // adj: depth = thickness - sdf                                                           <L 21>
        wp::adj_where(var_23, var_19, var_4, adj_7, adj_19, adj_4, adj_22);
        if (var_21) {
            wp::adj_mul(var_17, var_20, adj_17, adj_18, adj_19);
            adj_5.sign += adj_18;
            wp::adj_length(var_16, var_17, adj_16, adj_17);
            wp::adj_sub(var_2, var_12, adj_2, adj_12, adj_16);
            // adj: sdf = wp.length(p - closest) * query.sign                                     <L 20>
            wp::adj_mesh_eval_position(var_collider_mesh, var_13, var_14, var_15, adj_collider_mesh, adj_9, adj_10, adj_11, adj_12);
            adj_5.v += adj_11;
            adj_5.u += adj_10;
            adj_5.face = adj_9;
            // adj: closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)  <L 19>
        }
        adj_5.result = adj_7;
        // adj: if query.result:                                                                  <L 18>
        wp::adj_mesh_query_point_sign_normal(var_collider_mesh, var_2, var_max_dist, var_6, var_5, adj_collider_mesh, adj_2, adj_max_dist, adj_6, adj_5);
        // adj: query = wp.mesh_query_point_sign_normal(collider_mesh, p, max_dist)               <L 17>
        wp::adj_copy(var_max_dist, adj_max_dist, adj_4);
        // adj: sdf = max_dist                                                                    <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: p = positions[tid]                                                                <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def penetration_depth(                                                            <L 5>
        continue;
    }
}

