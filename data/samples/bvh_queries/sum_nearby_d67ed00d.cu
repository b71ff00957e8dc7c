// Warp 1.19.0 cuda code for sum_nearby_d67ed00d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_nearby_f9dd7047_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::bvh_query_t var_5;
        const wp::int32 var_6 = -1;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        const wp::float32 var_12 = INFINITY;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // r = radii[tid]                                                                         <L 13>
        var_1 = wp::address(var_radii, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_sphere(bvh, positions[tid], r)                                    <L 14>
        var_4 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_sphere(var_bvh, var_7, var_2, var_6);
        // total = wp.vec3()                                                                      <L 15>
        var_8 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 16>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index):                                                 <L 17>
        start_while_0:;
        var_11 = wp::bvh_query_sphere_next(var_5, var_10, var_12);
        if ((var_11) == false) goto end_while_0;
            // if index != tid:                                                                   <L 18>
            var_13 = (var_10 != var_0);
            if (var_13) {
                // total += f_ext[index]                                                          <L 19>
                var_14 = wp::address(var_f_ext, var_10);
                var_16 = wp::load(var_14);
                var_15 = wp::add(var_8, var_16);
            }
            var_17 = wp::where(var_13, var_15, var_8);
            wp::assign(var_8, var_17);
        goto start_while_0;
        end_while_0:;
        // particle_f[tid] = total                                                                <L 20>
        wp::array_store(var_particle_f, var_0, var_8);
    }
}



extern "C" __global__ void sum_nearby_f9dd7047_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::bvh_query_t var_5;
        const wp::int32 var_6 = -1;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        bool var_11;
        const wp::float32 var_12 = INFINITY;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::bvh_query_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // r = radii[tid]                                                                         <L 13>
        var_1 = wp::address(var_radii, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_sphere(bvh, positions[tid], r)                                    <L 14>
        var_4 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_sphere(var_bvh, var_7, var_2, var_6);
        // total = wp.vec3()                                                                      <L 15>
        var_8 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 16>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index):                                                 <L 17>
        // particle_f[tid] = total                                                                <L 20>
        // wp::array_store(var_particle_f, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_0, var_8, adj_particle_f, adj_0, adj_8);
        // adj: particle_f[tid] = total                                                           <L 20>
        start_while_0:;
        var_11 = wp::bvh_query_sphere_next(var_5, var_10, var_12);
        if ((var_11) == false) goto end_while_0;
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
            // if index != tid:                                                                   <L 18>
            var_13 = (var_10 != var_0);
            if (var_13) {
                // total += f_ext[index]                                                          <L 19>
                var_14 = wp::address(var_f_ext, var_10);
                var_16 = wp::load(var_14);
                var_15 = wp::add(var_8, var_16);
            }
            var_17 = wp::where(var_13, var_15, var_8);
            wp::assign(var_8, var_17);
            wp::adj_assign(var_8, var_17, adj_8, adj_17);
            wp::adj_where(var_13, var_15, var_8, adj_13, adj_15, adj_8, adj_17);
            if (var_13) {
                wp::adj_add(var_8, var_16, adj_8, adj_14, adj_15);
                wp::adj_address(var_f_ext, var_10, adj_f_ext, adj_10, adj_14);
                // adj: total += f_ext[index]                                                     <L 19>
            }
            // adj: if index != tid:                                                              <L 18>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 17>
        // adj: index = int(0)                                                                    <L 16>
        // adj: total = wp.vec3()                                                                 <L 15>
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
        // adj: query = wp.bvh_query_sphere(bvh, positions[tid], r)                               <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_1);
        // adj: r = radii[tid]                                                                    <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sum_nearby(                                                                   <L 5>
        continue;
    }
}

