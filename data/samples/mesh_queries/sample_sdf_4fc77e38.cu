// Warp 1.19.0 cuda code for sample_sdf_4fc77e38.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_sdf_32f16a12_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_max_distance,
    wp::array_t<wp::float32> var_phi_out,
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::mesh_query_point_t var_10;
        bool* var_11;
        bool var_12;
        wp::int32* var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        bool var_25;
        wp::vec_t<3, wp::float32> var_26;
        bool var_27;
        wp::float32 var_28;
        bool var_29;
        //---------
        // forward
        // def sample_sdf(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 16>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 17>
            return;
        }
        // pos = positions[tid]                                                                   <L 18>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // closest = pos                                                                          <L 19>
        var_8 = wp::copy(var_6);
        // sdf = max_distance                                                                     <L 20>
        var_9 = wp::copy(var_max_distance);
        // query = wp.mesh_query_point(mesh, pos, max_distance)                                   <L 21>
        var_10 = wp::mesh_query_point(var_mesh, var_6, var_max_distance);
        // if query.result:                                                                       <L 22>
        var_11 = &((var_10).result);
        var_12 = wp::load(var_11);
        if (var_12) {
            // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 23>
            var_13 = &((var_10).face);
            var_14 = &((var_10).u);
            var_15 = &((var_10).v);
            var_17 = wp::load(var_13);
            var_18 = wp::load(var_14);
            var_19 = wp::load(var_15);
            var_16 = wp::mesh_eval_position(var_mesh, var_17, var_18, var_19);
            // sdf = wp.length(pos - closest) * query.sign                                        <L 24>
            var_20 = wp::sub(var_6, var_16);
            var_21 = wp::length(var_20);
            var_22 = &((var_10).sign);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_21, var_24);
        }
        var_25 = wp::load(var_11);
        var_27 = wp::load(var_11);
        var_26 = wp::where(var_27, var_16, var_8);
        var_29 = wp::load(var_11);
        var_28 = wp::where(var_29, var_23, var_9);
        // phi_out[tid] = sdf                                                                     <L 25>
        wp::array_store(var_phi_out, var_0, var_28);
        // hit_points[tid] = closest                                                              <L 26>
        wp::array_store(var_hit_points, var_0, var_26);
}



extern "C" __global__ void sample_sdf_32f16a12_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::float32 var_max_distance,
    wp::array_t<wp::float32> var_phi_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points,
    wp::uint64 adj_mesh,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::float32 adj_max_distance,
    wp::array_t<wp::float32> adj_phi_out,
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::mesh_query_point_t var_10;
        bool* var_11;
        bool var_12;
        wp::int32* var_13;
        wp::float32* var_14;
        wp::float32* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::int32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        bool var_25;
        wp::vec_t<3, wp::float32> var_26;
        bool var_27;
        wp::float32 var_28;
        bool var_29;
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
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::mesh_query_point_t adj_10 = {};
        bool adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        bool adj_27 = {};
        wp::float32 adj_28 = {};
        bool adj_29 = {};
        //---------
        // forward
        // def sample_sdf(                                                                        <L 5>
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
        // pos = positions[tid]                                                                   <L 18>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // closest = pos                                                                          <L 19>
        var_8 = wp::copy(var_6);
        // sdf = max_distance                                                                     <L 20>
        var_9 = wp::copy(var_max_distance);
        // query = wp.mesh_query_point(mesh, pos, max_distance)                                   <L 21>
        var_10 = wp::mesh_query_point(var_mesh, var_6, var_max_distance);
        // if query.result:                                                                       <L 22>
        var_11 = &((var_10).result);
        var_12 = wp::load(var_11);
        if (var_12) {
            // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 23>
            var_13 = &((var_10).face);
            var_14 = &((var_10).u);
            var_15 = &((var_10).v);
            var_17 = wp::load(var_13);
            var_18 = wp::load(var_14);
            var_19 = wp::load(var_15);
            var_16 = wp::mesh_eval_position(var_mesh, var_17, var_18, var_19);
            // sdf = wp.length(pos - closest) * query.sign                                        <L 24>
            var_20 = wp::sub(var_6, var_16);
            var_21 = wp::length(var_20);
            var_22 = &((var_10).sign);
            var_24 = wp::load(var_22);
            var_23 = wp::mul(var_21, var_24);
        }
        var_25 = wp::load(var_11);
        var_27 = wp::load(var_11);
        var_26 = wp::where(var_27, var_16, var_8);
        var_29 = wp::load(var_11);
        var_28 = wp::where(var_29, var_23, var_9);
        // phi_out[tid] = sdf                                                                     <L 25>
        // wp::array_store(var_phi_out, var_0, var_28);
        // hit_points[tid] = closest                                                              <L 26>
        // wp::array_store(var_hit_points, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_hit_points, var_0, var_26, adj_hit_points, adj_0, adj_26);
        // adj: hit_points[tid] = closest                                                         <L 26>
        wp::adj_array_store(var_phi_out, var_0, var_28, adj_phi_out, adj_0, adj_28);
        // adj: phi_out[tid] = sdf                                                                <L 25>
        wp::adj_where(var_29, var_23, var_9, adj_11, adj_23, adj_9, adj_28);
        wp::adj_where(var_27, var_16, var_8, adj_11, adj_16, adj_8, adj_26);
        if (var_25) {
            wp::adj_mul(var_21, var_24, adj_21, adj_22, adj_23);
            adj_10.sign += adj_22;
            wp::adj_length(var_20, var_21, adj_20, adj_21);
            wp::adj_sub(var_6, var_16, adj_6, adj_16, adj_20);
            // adj: sdf = wp.length(pos - closest) * query.sign                                   <L 24>
            wp::adj_mesh_eval_position(var_mesh, var_17, var_18, var_19, adj_mesh, adj_13, adj_14, adj_15, adj_16);
            adj_10.v += adj_15;
            adj_10.u += adj_14;
            adj_10.face = adj_13;
            // adj: closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)           <L 23>
        }
        adj_10.result = adj_11;
        // adj: if query.result:                                                                  <L 22>
        wp::adj_mesh_query_point(var_mesh, var_6, var_max_distance, var_10, adj_mesh, adj_6, adj_max_distance, adj_10);
        // adj: query = wp.mesh_query_point(mesh, pos, max_distance)                              <L 21>
        wp::adj_copy(var_max_distance, adj_max_distance, adj_9);
        // adj: sdf = max_distance                                                                <L 20>
        wp::adj_copy(var_6, adj_6, adj_8);
        // adj: closest = pos                                                                     <L 19>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
        // adj: pos = positions[tid]                                                              <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
        // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 16>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def sample_sdf(                                                                   <L 5>
        return;
}

