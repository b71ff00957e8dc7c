// Warp 1.19.0 cuda code for accumulate_overlaps_b4cbed2a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accumulate_overlaps_625b3edf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::float32* var_2;
        wp::bvh_query_t var_3;
        const wp::int32 var_4 = -1;
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        const wp::float32 var_11 = INFINITY;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def accumulate_overlaps(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_2 = wp::address(var_radii, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        var_3 = wp::bvh_query_sphere(var_scene_bvh, var_5, var_6, var_4);
        // total = wp.vec3()                                                                      <L 14>
        var_7 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 15>
        var_9 = wp::int(var_8);
        // while wp.bvh_query_next(query, index):                                                 <L 16>
        start_while_0:;
        var_10 = wp::bvh_query_sphere_next(var_3, var_9, var_11);
        if ((var_10) == false) goto end_while_0;
            // if index != tid:                                                                   <L 17>
            var_12 = (var_9 != var_0);
            if (var_12) {
                // f = forces[index]                                                              <L 18>
                var_13 = wp::address(var_forces, var_9);
                var_15 = wp::load(var_13);
                var_14 = wp::copy(var_15);
                // total += f                                                                     <L 19>
                var_16 = wp::add(var_7, var_14);
            }
            var_17 = wp::where(var_12, var_16, var_7);
            wp::assign(var_7, var_17);
        goto start_while_0;
        end_while_0:;
        // particle_f[tid] = total                                                                <L 20>
        wp::array_store(var_particle_f, var_0, var_7);
}



extern "C" __global__ void accumulate_overlaps_625b3edf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::float32* var_2;
        wp::bvh_query_t var_3;
        const wp::int32 var_4 = -1;
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        bool var_10;
        const wp::float32 var_11 = INFINITY;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::bvh_query_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def accumulate_overlaps(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_2 = wp::address(var_radii, var_0);
        var_5 = wp::load(var_1);
        var_6 = wp::load(var_2);
        var_3 = wp::bvh_query_sphere(var_scene_bvh, var_5, var_6, var_4);
        // total = wp.vec3()                                                                      <L 14>
        var_7 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 15>
        var_9 = wp::int(var_8);
        // while wp.bvh_query_next(query, index):                                                 <L 16>
        // particle_f[tid] = total                                                                <L 20>
        // wp::array_store(var_particle_f, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_0, var_7, adj_particle_f, adj_0, adj_7);
        // adj: particle_f[tid] = total                                                           <L 20>
        start_while_0:;
        var_10 = wp::bvh_query_sphere_next(var_3, var_9, var_11);
        if ((var_10) == false) goto end_while_0;
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
            // if index != tid:                                                                   <L 17>
            var_12 = (var_9 != var_0);
            if (var_12) {
                // f = forces[index]                                                              <L 18>
                var_13 = wp::address(var_forces, var_9);
                var_15 = wp::load(var_13);
                var_14 = wp::copy(var_15);
                // total += f                                                                     <L 19>
                var_16 = wp::add(var_7, var_14);
            }
            var_17 = wp::where(var_12, var_16, var_7);
            wp::assign(var_7, var_17);
            wp::adj_assign(var_7, var_17, adj_7, adj_17);
            wp::adj_where(var_12, var_16, var_7, adj_12, adj_16, adj_7, adj_17);
            if (var_12) {
                wp::adj_add(var_7, var_14, adj_7, adj_14, adj_16);
                // adj: total += f                                                                <L 19>
                wp::adj_copy(var_15, adj_13, adj_14);
                wp::adj_address(var_forces, var_9, adj_forces, adj_9, adj_13);
                // adj: f = forces[index]                                                         <L 18>
            }
            // adj: if index != tid:                                                              <L 17>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 16>
        // adj: index = int(0)                                                                    <L 15>
        // adj: total = wp.vec3()                                                                 <L 14>
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def accumulate_overlaps(                                                          <L 5>
        return;
}

