// Warp 1.19.0 cuda code for project_outside_cf10a20d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void project_outside_9a4c873e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_target_mesh,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::float32 var_query_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points)
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
        wp::mesh_query_point_t var_8;
        const wp::float32 var_9 = 2.0;
        const wp::float32 var_10 = 0.5;
        bool var_11;
        bool* var_12;
        bool var_13;
        wp::float32* var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        wp::float32 var_17;
        wp::int32* var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // forward
        // def project_outside(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 13>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 14>
            continue;
        }
        // x = points[tid]                                                                        <L 15>
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // q = wp.mesh_query_point_sign_winding_number(target_mesh, x, query_radius)              <L 16>
        var_8 = wp::mesh_query_point_sign_winding_number(var_target_mesh, var_6, var_query_radius, var_9, var_10);
        // if q.result and q.sign < 0.0:                                                          <L 17>
        var_12 = &((var_8).result);
        var_13 = wp::load(var_12);
        var_11 = var_13;
        if (var_11) {
            var_14 = &((var_8).sign);
            var_17 = wp::load(var_14);
            var_16 = (var_17 < var_15);
            var_11 = var_11 && var_16;
        }
        if (var_11) {
            // cp = wp.mesh_eval_position(target_mesh, q.face, q.u, q.v)                          <L 18>
            var_18 = &((var_8).face);
            var_19 = &((var_8).u);
            var_20 = &((var_8).v);
            var_22 = wp::load(var_18);
            var_23 = wp::load(var_19);
            var_24 = wp::load(var_20);
            var_21 = wp::mesh_eval_position(var_target_mesh, var_22, var_23, var_24);
            // x = cp                                                                             <L 19>
            var_25 = wp::copy(var_21);
        }
        var_26 = wp::where(var_11, var_25, var_6);
        // points[tid] = x                                                                        <L 20>
        wp::array_store(var_points, var_0, var_26);
    }
}



extern "C" __global__ void project_outside_9a4c873e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_target_mesh,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::float32 var_query_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::uint64 adj_target_mesh,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::float32 adj_query_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points)
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
        wp::mesh_query_point_t var_8;
        const wp::float32 var_9 = 2.0;
        const wp::float32 var_10 = 0.5;
        bool var_11;
        bool* var_12;
        bool var_13;
        wp::float32* var_14;
        const wp::float32 var_15 = 0.0;
        bool var_16;
        wp::float32 var_17;
        wp::int32* var_18;
        wp::float32* var_19;
        wp::float32* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
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
        wp::mesh_query_point_t adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        bool adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        //---------
        // forward
        // def project_outside(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 13>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 14>
            goto label0;
        }
        // x = points[tid]                                                                        <L 15>
        var_5 = wp::address(var_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // q = wp.mesh_query_point_sign_winding_number(target_mesh, x, query_radius)              <L 16>
        var_8 = wp::mesh_query_point_sign_winding_number(var_target_mesh, var_6, var_query_radius, var_9, var_10);
        // if q.result and q.sign < 0.0:                                                          <L 17>
        var_12 = &((var_8).result);
        var_13 = wp::load(var_12);
        var_11 = var_13;
        if (var_11) {
            var_14 = &((var_8).sign);
            var_17 = wp::load(var_14);
            var_16 = (var_17 < var_15);
            var_11 = var_11 && var_16;
        }
        if (var_11) {
            // cp = wp.mesh_eval_position(target_mesh, q.face, q.u, q.v)                          <L 18>
            var_18 = &((var_8).face);
            var_19 = &((var_8).u);
            var_20 = &((var_8).v);
            var_22 = wp::load(var_18);
            var_23 = wp::load(var_19);
            var_24 = wp::load(var_20);
            var_21 = wp::mesh_eval_position(var_target_mesh, var_22, var_23, var_24);
            // x = cp                                                                             <L 19>
            var_25 = wp::copy(var_21);
        }
        var_26 = wp::where(var_11, var_25, var_6);
        // points[tid] = x                                                                        <L 20>
        // wp::array_store(var_points, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_points, var_0, var_26, adj_points, adj_0, adj_26);
        // adj: points[tid] = x                                                                   <L 20>
        wp::adj_where(var_11, var_25, var_6, adj_11, adj_25, adj_6, adj_26);
        if (var_11) {
            wp::adj_copy(var_21, adj_21, adj_25);
            // adj: x = cp                                                                        <L 19>
            wp::adj_mesh_eval_position(var_target_mesh, var_22, var_23, var_24, adj_target_mesh, adj_18, adj_19, adj_20, adj_21);
            adj_8.v += adj_20;
            adj_8.u += adj_19;
            adj_8.face = adj_18;
            // adj: cp = wp.mesh_eval_position(target_mesh, q.face, q.u, q.v)                     <L 18>
        }
        if (var_11) {
            adj_8.sign += adj_14;
        }
        adj_8.result = adj_12;
        // adj: if q.result and q.sign < 0.0:                                                     <L 17>
        wp::adj_mesh_query_point_sign_winding_number(var_target_mesh, var_6, var_query_radius, var_9, var_10, var_8, adj_target_mesh, adj_6, adj_query_radius, adj_9, adj_10, adj_8);
        // adj: q = wp.mesh_query_point_sign_winding_number(target_mesh, x, query_radius)         <L 16>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_5);
        // adj: x = points[tid]                                                                   <L 15>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
        // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def project_outside(                                                              <L 5>
        continue;
    }
}

