// Warp 1.19.0 cuda code for resolve_contacts_8d1ca7ef.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void resolve_contacts_cb2d410c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals,
    wp::float32 var_max_dist,
    wp::float32 var_particle_radius)
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
        wp::mesh_query_point_t var_5;
        bool* var_6;
        bool var_7;
        wp::int32* var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        bool var_15;
        wp::vec_t<3, wp::float32> var_16;
        bool var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        wp::vec_t<3, wp::float32> var_22;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // forward
        // def resolve_contacts(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // closest = x                                                                            <L 14>
        var_4 = wp::copy(var_2);
        // query = wp.mesh_query_point_no_sign(mesh_id, x, max_dist)                              <L 15>
        var_5 = wp::mesh_query_point_no_sign(var_mesh_id, var_2, var_max_dist);
        // if query.result:                                                                       <L 16>
        var_6 = &((var_5).result);
        var_7 = wp::load(var_6);
        if (var_7) {
            // closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)             <L 17>
            var_8 = &((var_5).face);
            var_9 = &((var_5).u);
            var_10 = &((var_5).v);
            var_12 = wp::load(var_8);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_11 = wp::mesh_eval_position(var_mesh_id, var_12, var_13, var_14);
        }
        var_15 = wp::load(var_6);
        var_17 = wp::load(var_6);
        var_16 = wp::where(var_17, var_11, var_4);
        // p = x                                                                                  <L 18>
        var_18 = wp::copy(var_2);
        // delta = p - closest                                                                    <L 19>
        var_19 = wp::sub(var_18, var_16);
        // dist = wp.length(delta)                                                                <L 20>
        var_20 = wp::length(var_19);
        // n = wp.vec3(0.0)                                                                       <L 21>
        var_22 = wp::vec_t<3, wp::float32>(var_21);
        // if dist > 0.0 and dist < particle_radius:                                              <L 22>
        var_25 = (var_20 > var_24);
        var_23 = var_25;
        if (var_23) {
            var_26 = (var_20 < var_particle_radius);
            var_23 = var_23 && var_26;
        }
        if (var_23) {
            // n = delta / dist                                                                   <L 23>
            var_27 = wp::div(var_19, var_20);
            // p = p + n * (particle_radius - dist)                                               <L 24>
            var_28 = wp::sub(var_particle_radius, var_20);
            var_29 = wp::mul(var_27, var_28);
            var_30 = wp::add(var_18, var_29);
        }
        var_31 = wp::where(var_23, var_30, var_18);
        var_32 = wp::where(var_23, var_27, var_22);
        // positions[tid] = p                                                                     <L 25>
        wp::array_store(var_positions, var_0, var_31);
        // contact_normals[tid] = n                                                               <L 26>
        wp::array_store(var_contact_normals, var_0, var_32);
    }
}



extern "C" __global__ void resolve_contacts_cb2d410c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals,
    wp::float32 var_max_dist,
    wp::float32 var_particle_radius,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals,
    wp::float32 adj_max_dist,
    wp::float32 adj_particle_radius)
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
        wp::mesh_query_point_t var_5;
        bool* var_6;
        bool var_7;
        wp::int32* var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        bool var_15;
        wp::vec_t<3, wp::float32> var_16;
        bool var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        wp::vec_t<3, wp::float32> var_22;
        bool var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::mesh_query_point_t adj_5 = {};
        bool adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        bool adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        //---------
        // forward
        // def resolve_contacts(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // closest = x                                                                            <L 14>
        var_4 = wp::copy(var_2);
        // query = wp.mesh_query_point_no_sign(mesh_id, x, max_dist)                              <L 15>
        var_5 = wp::mesh_query_point_no_sign(var_mesh_id, var_2, var_max_dist);
        // if query.result:                                                                       <L 16>
        var_6 = &((var_5).result);
        var_7 = wp::load(var_6);
        if (var_7) {
            // closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)             <L 17>
            var_8 = &((var_5).face);
            var_9 = &((var_5).u);
            var_10 = &((var_5).v);
            var_12 = wp::load(var_8);
            var_13 = wp::load(var_9);
            var_14 = wp::load(var_10);
            var_11 = wp::mesh_eval_position(var_mesh_id, var_12, var_13, var_14);
        }
        var_15 = wp::load(var_6);
        var_17 = wp::load(var_6);
        var_16 = wp::where(var_17, var_11, var_4);
        // p = x                                                                                  <L 18>
        var_18 = wp::copy(var_2);
        // delta = p - closest                                                                    <L 19>
        var_19 = wp::sub(var_18, var_16);
        // dist = wp.length(delta)                                                                <L 20>
        var_20 = wp::length(var_19);
        // n = wp.vec3(0.0)                                                                       <L 21>
        var_22 = wp::vec_t<3, wp::float32>(var_21);
        // if dist > 0.0 and dist < particle_radius:                                              <L 22>
        var_25 = (var_20 > var_24);
        var_23 = var_25;
        if (var_23) {
            var_26 = (var_20 < var_particle_radius);
            var_23 = var_23 && var_26;
        }
        if (var_23) {
            // n = delta / dist                                                                   <L 23>
            var_27 = wp::div(var_19, var_20);
            // p = p + n * (particle_radius - dist)                                               <L 24>
            var_28 = wp::sub(var_particle_radius, var_20);
            var_29 = wp::mul(var_27, var_28);
            var_30 = wp::add(var_18, var_29);
        }
        var_31 = wp::where(var_23, var_30, var_18);
        var_32 = wp::where(var_23, var_27, var_22);
        // positions[tid] = p                                                                     <L 25>
        // wp::array_store(var_positions, var_0, var_31);
        // contact_normals[tid] = n                                                               <L 26>
        // wp::array_store(var_contact_normals, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_contact_normals, var_0, var_32, adj_contact_normals, adj_0, adj_32);
        // adj: contact_normals[tid] = n                                                          <L 26>
        wp::adj_array_store(var_positions, var_0, var_31, adj_positions, adj_0, adj_31);
        // adj: positions[tid] = p                                                                <L 25>
        wp::adj_where(var_23, var_27, var_22, adj_23, adj_27, adj_22, adj_32);
        wp::adj_where(var_23, var_30, var_18, adj_23, adj_30, adj_18, adj_31);
        if (var_23) {
            wp::adj_add(var_18, var_29, adj_18, adj_29, adj_30);
            wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
            wp::adj_sub(var_particle_radius, var_20, adj_particle_radius, adj_20, adj_28);
            // adj: p = p + n * (particle_radius - dist)                                          <L 24>
            wp::adj_div(var_19, var_20, adj_19, adj_20, adj_27);
            // adj: n = delta / dist                                                              <L 23>
        }
        if (var_23) {
        }
        // adj: if dist > 0.0 and dist < particle_radius:                                         <L 22>
        wp::adj_vec_t(var_21, adj_21, adj_22);
        // adj: n = wp.vec3(0.0)                                                                  <L 21>
        wp::adj_length(var_19, var_20, adj_19, adj_20);
        // adj: dist = wp.length(delta)                                                           <L 20>
        wp::adj_sub(var_18, var_16, adj_18, adj_16, adj_19);
        // adj: delta = p - closest                                                               <L 19>
        wp::adj_copy(var_2, adj_2, adj_18);
        // adj: p = x                                                                             <L 18>
        wp::adj_where(var_17, var_11, var_4, adj_6, adj_11, adj_4, adj_16);
        if (var_15) {
            wp::adj_mesh_eval_position(var_mesh_id, var_12, var_13, var_14, adj_mesh_id, adj_8, adj_9, adj_10, adj_11);
            adj_5.v += adj_10;
            adj_5.u += adj_9;
            adj_5.face = adj_8;
            // adj: closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)        <L 17>
        }
        adj_5.result = adj_6;
        // adj: if query.result:                                                                  <L 16>
        wp::adj_mesh_query_point_no_sign(var_mesh_id, var_2, var_max_dist, var_5, adj_mesh_id, adj_2, adj_max_dist, adj_5);
        // adj: query = wp.mesh_query_point_no_sign(mesh_id, x, max_dist)                         <L 15>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: closest = x                                                                       <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def resolve_contacts(                                                             <L 5>
        continue;
    }
}

