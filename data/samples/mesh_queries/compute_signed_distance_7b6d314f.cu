// Warp 1.19.0 cuda code for compute_signed_distance_7b6d314f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compute_signed_distance_b01c9d15_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_phi_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest_points,
    wp::float32 var_max_dist)
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
        wp::float32 var_5;
        wp::mesh_query_point_t var_6;
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
        bool var_18;
        wp::vec_t<3, wp::float32> var_19;
        bool var_20;
        wp::float32 var_21;
        bool var_22;
        //---------
        // forward
        // def compute_signed_distance(                                                           <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // closest = pos                                                                          <L 14>
        var_4 = wp::copy(var_2);
        // sdf = max_dist                                                                         <L 15>
        var_5 = wp::copy(var_max_dist);
        // query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)                               <L 16>
        var_6 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_max_dist);
        // if query.result:                                                                       <L 17>
        var_7 = &((var_6).result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 18>
            var_9 = &((var_6).face);
            var_10 = &((var_6).u);
            var_11 = &((var_6).v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_position(var_mesh, var_13, var_14, var_15);
            // sdf = wp.length(pos - closest)                                                     <L 19>
            var_16 = wp::sub(var_2, var_12);
            var_17 = wp::length(var_16);
        }
        var_18 = wp::load(var_7);
        var_20 = wp::load(var_7);
        var_19 = wp::where(var_20, var_12, var_4);
        var_22 = wp::load(var_7);
        var_21 = wp::where(var_22, var_17, var_5);
        // phi_out[tid] = sdf                                                                     <L 20>
        wp::array_store(var_phi_out, var_0, var_21);
        // closest_points[tid] = closest                                                          <L 21>
        wp::array_store(var_closest_points, var_0, var_19);
}



extern "C" __global__ void compute_signed_distance_b01c9d15_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_phi_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_closest_points,
    wp::float32 var_max_dist,
    wp::uint64 adj_mesh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_phi_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_closest_points,
    wp::float32 adj_max_dist)
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
        wp::float32 var_5;
        wp::mesh_query_point_t var_6;
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
        bool var_18;
        wp::vec_t<3, wp::float32> var_19;
        bool var_20;
        wp::float32 var_21;
        bool var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::mesh_query_point_t adj_6 = {};
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
        bool adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        //---------
        // forward
        // def compute_signed_distance(                                                           <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // closest = pos                                                                          <L 14>
        var_4 = wp::copy(var_2);
        // sdf = max_dist                                                                         <L 15>
        var_5 = wp::copy(var_max_dist);
        // query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)                               <L 16>
        var_6 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_max_dist);
        // if query.result:                                                                       <L 17>
        var_7 = &((var_6).result);
        var_8 = wp::load(var_7);
        if (var_8) {
            // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 18>
            var_9 = &((var_6).face);
            var_10 = &((var_6).u);
            var_11 = &((var_6).v);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_15 = wp::load(var_11);
            var_12 = wp::mesh_eval_position(var_mesh, var_13, var_14, var_15);
            // sdf = wp.length(pos - closest)                                                     <L 19>
            var_16 = wp::sub(var_2, var_12);
            var_17 = wp::length(var_16);
        }
        var_18 = wp::load(var_7);
        var_20 = wp::load(var_7);
        var_19 = wp::where(var_20, var_12, var_4);
        var_22 = wp::load(var_7);
        var_21 = wp::where(var_22, var_17, var_5);
        // phi_out[tid] = sdf                                                                     <L 20>
        // wp::array_store(var_phi_out, var_0, var_21);
        // closest_points[tid] = closest                                                          <L 21>
        // wp::array_store(var_closest_points, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_closest_points, var_0, var_19, adj_closest_points, adj_0, adj_19);
        // adj: closest_points[tid] = closest                                                     <L 21>
        wp::adj_array_store(var_phi_out, var_0, var_21, adj_phi_out, adj_0, adj_21);
        // adj: phi_out[tid] = sdf                                                                <L 20>
        wp::adj_where(var_22, var_17, var_5, adj_7, adj_17, adj_5, adj_21);
        wp::adj_where(var_20, var_12, var_4, adj_7, adj_12, adj_4, adj_19);
        if (var_18) {
            wp::adj_length(var_16, var_17, adj_16, adj_17);
            wp::adj_sub(var_2, var_12, adj_2, adj_12, adj_16);
            // adj: sdf = wp.length(pos - closest)                                                <L 19>
            wp::adj_mesh_eval_position(var_mesh, var_13, var_14, var_15, adj_mesh, adj_9, adj_10, adj_11, adj_12);
            adj_6.v += adj_11;
            adj_6.u += adj_10;
            adj_6.face = adj_9;
            // adj: closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)           <L 18>
        }
        adj_6.result = adj_7;
        // adj: if query.result:                                                                  <L 17>
        wp::adj_mesh_query_point_no_sign(var_mesh, var_2, var_max_dist, var_6, adj_mesh, adj_2, adj_max_dist, adj_6);
        // adj: query = wp.mesh_query_point_no_sign(mesh, pos, max_dist)                          <L 16>
        wp::adj_copy(var_max_dist, adj_max_dist, adj_5);
        // adj: sdf = max_dist                                                                    <L 15>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: closest = pos                                                                     <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: pos = positions[tid]                                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def compute_signed_distance(                                                      <L 5>
        return;
}

