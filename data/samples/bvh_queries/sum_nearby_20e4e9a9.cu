// Warp 1.19.0 cuda code for sum_nearby_20e4e9a9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_nearby_0df31a7e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out)
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
        wp::bvh_query_t var_4;
        const wp::int32 var_5 = -1;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_sphere(bvh, p, radius)                                            <L 14>
        var_4 = wp::bvh_query_sphere(var_bvh, var_2, var_radius, var_5);
        // total = wp.vec3()                                                                      <L 15>
        var_6 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 16>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, index):                                                 <L 17>
        start_while_0:;
        var_9 = wp::bvh_query_sphere_next(var_4, var_8, var_10);
        if ((var_9) == false) goto end_while_0;
            // if index != tid:                                                                   <L 18>
            var_11 = (var_8 != var_0);
            if (var_11) {
                // force = particle_f[index]                                                      <L 19>
                var_12 = wp::address(var_particle_f, var_8);
                var_14 = wp::load(var_12);
                var_13 = wp::copy(var_14);
                // total += force                                                                 <L 20>
                var_15 = wp::add(var_6, var_13);
            }
            var_16 = wp::where(var_11, var_15, var_6);
            wp::assign(var_6, var_16);
        goto start_while_0;
        end_while_0:;
        // force_out[tid] = total                                                                 <L 21>
        wp::array_store(var_force_out, var_0, var_6);
    }
}



extern "C" __global__ void sum_nearby_0df31a7e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::float32 adj_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out)
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
        wp::bvh_query_t var_4;
        const wp::int32 var_5 = -1;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::bvh_query_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // p = positions[tid]                                                                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_sphere(bvh, p, radius)                                            <L 14>
        var_4 = wp::bvh_query_sphere(var_bvh, var_2, var_radius, var_5);
        // total = wp.vec3()                                                                      <L 15>
        var_6 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 16>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, index):                                                 <L 17>
        // force_out[tid] = total                                                                 <L 21>
        // wp::array_store(var_force_out, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_force_out, var_0, var_6, adj_force_out, adj_0, adj_6);
        // adj: force_out[tid] = total                                                            <L 21>
        start_while_0:;
        var_9 = wp::bvh_query_sphere_next(var_4, var_8, var_10);
        if ((var_9) == false) goto end_while_0;
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
            // if index != tid:                                                                   <L 18>
            var_11 = (var_8 != var_0);
            if (var_11) {
                // force = particle_f[index]                                                      <L 19>
                var_12 = wp::address(var_particle_f, var_8);
                var_14 = wp::load(var_12);
                var_13 = wp::copy(var_14);
                // total += force                                                                 <L 20>
                var_15 = wp::add(var_6, var_13);
            }
            var_16 = wp::where(var_11, var_15, var_6);
            wp::assign(var_6, var_16);
            wp::adj_assign(var_6, var_16, adj_6, adj_16);
            wp::adj_where(var_11, var_15, var_6, adj_11, adj_15, adj_6, adj_16);
            if (var_11) {
                wp::adj_add(var_6, var_13, adj_6, adj_13, adj_15);
                // adj: total += force                                                            <L 20>
                wp::adj_copy(var_14, adj_12, adj_13);
                wp::adj_address(var_particle_f, var_8, adj_particle_f, adj_8, adj_12);
                // adj: force = particle_f[index]                                                 <L 19>
            }
            // adj: if index != tid:                                                              <L 18>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 17>
        // adj: index = int(0)                                                                    <L 16>
        // adj: total = wp.vec3()                                                                 <L 15>
        // adj: query = wp.bvh_query_sphere(bvh, p, radius)                                       <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: p = positions[tid]                                                                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sum_nearby(                                                                   <L 5>
        continue;
    }
}

