// Warp 1.19.0 cuda code for sum_nearby_aba90b38.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_nearby_2a8c7e06_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        bool var_16;
        const wp::float32 var_17 = INFINITY;
        bool var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = radii[tid]                                                                         <L 15>
        var_4 = wp::address(var_radii, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))                   <L 16>
        var_7 = wp::vec_t<3, wp::float32>(var_5);
        var_8 = wp::sub(var_2, var_7);
        var_9 = wp::vec_t<3, wp::float32>(var_5);
        var_10 = wp::add(var_2, var_9);
        var_11 = wp::bvh_query_aabb(var_scene_bvh, var_8, var_10, var_12);
        // total = wp.vec3()                                                                      <L 17>
        var_13 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 18>
        var_15 = wp::int(var_14);
        // while wp.bvh_query_next(query, index):                                                 <L 19>
        start_while_0:;
        var_16 = wp::bvh_query_next(var_11, var_15, var_17);
        if ((var_16) == false) goto end_while_0;
            // if index != tid:                                                                   <L 20>
            var_18 = (var_15 != var_0);
            if (var_18) {
                // f = particle_f[index]                                                          <L 21>
                var_19 = wp::address(var_particle_f, var_15);
                var_21 = wp::load(var_19);
                var_20 = wp::copy(var_21);
                // total += f                                                                     <L 22>
                var_22 = wp::add(var_13, var_20);
            }
            var_23 = wp::where(var_18, var_22, var_13);
            wp::assign(var_13, var_23);
        goto start_while_0;
        end_while_0:;
        // forces[tid] = total                                                                    <L 23>
        wp::array_store(var_forces, var_0, var_13);
    }
}



extern "C" __global__ void sum_nearby_2a8c7e06_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::bvh_query_t var_11;
        const wp::int32 var_12 = -1;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        wp::int32 var_15;
        bool var_16;
        const wp::float32 var_17 = INFINITY;
        bool var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::bvh_query_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // r = radii[tid]                                                                         <L 15>
        var_4 = wp::address(var_radii, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))                   <L 16>
        var_7 = wp::vec_t<3, wp::float32>(var_5);
        var_8 = wp::sub(var_2, var_7);
        var_9 = wp::vec_t<3, wp::float32>(var_5);
        var_10 = wp::add(var_2, var_9);
        var_11 = wp::bvh_query_aabb(var_scene_bvh, var_8, var_10, var_12);
        // total = wp.vec3()                                                                      <L 17>
        var_13 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 18>
        var_15 = wp::int(var_14);
        // while wp.bvh_query_next(query, index):                                                 <L 19>
        // forces[tid] = total                                                                    <L 23>
        // wp::array_store(var_forces, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_forces, var_0, var_13, adj_forces, adj_0, adj_13);
        // adj: forces[tid] = total                                                               <L 23>
        start_while_0:;
        var_16 = wp::bvh_query_next(var_11, var_15, var_17);
        if ((var_16) == false) goto end_while_0;
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
            // if index != tid:                                                                   <L 20>
            var_18 = (var_15 != var_0);
            if (var_18) {
                // f = particle_f[index]                                                          <L 21>
                var_19 = wp::address(var_particle_f, var_15);
                var_21 = wp::load(var_19);
                var_20 = wp::copy(var_21);
                // total += f                                                                     <L 22>
                var_22 = wp::add(var_13, var_20);
            }
            var_23 = wp::where(var_18, var_22, var_13);
            wp::assign(var_13, var_23);
            wp::adj_assign(var_13, var_23, adj_13, adj_23);
            wp::adj_where(var_18, var_22, var_13, adj_18, adj_22, adj_13, adj_23);
            if (var_18) {
                wp::adj_add(var_13, var_20, adj_13, adj_20, adj_22);
                // adj: total += f                                                                <L 22>
                wp::adj_copy(var_21, adj_19, adj_20);
                wp::adj_address(var_particle_f, var_15, adj_particle_f, adj_15, adj_19);
                // adj: f = particle_f[index]                                                     <L 21>
            }
            // adj: if index != tid:                                                              <L 20>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 19>
        // adj: index = int(0)                                                                    <L 18>
        // adj: total = wp.vec3()                                                                 <L 17>
        wp::adj_add(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_vec_t(var_5, adj_5, adj_9);
        wp::adj_sub(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_vec_t(var_5, adj_5, adj_7);
        // adj: query = wp.bvh_query_aabb(scene_bvh, p - wp.vec3(r), p + wp.vec3(r))              <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_4);
        // adj: r = radii[tid]                                                                    <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: p = positions[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def sum_nearby(                                                                   <L 5>
        continue;
    }
}

