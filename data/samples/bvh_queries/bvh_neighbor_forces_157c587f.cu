// Warp 1.19.0 cuda code for bvh_neighbor_forces_157c587f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bvh_neighbor_forces_4c7ee07b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
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
        wp::vec_t<3, wp::float32> var_18;
        //---------
        // forward
        // def bvh_neighbor_forces(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // r = radii[tid]                                                                         <L 14>
        var_1 = wp::address(var_radii, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_sphere(bvh_id, positions[tid], r)                                 <L 15>
        var_4 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_sphere(var_bvh_id, var_7, var_2, var_6);
        // total = wp.vec3()                                                                      <L 16>
        var_8 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 17>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index):                                                 <L 18>
        start_while_0:;
        var_11 = wp::bvh_query_sphere_next(var_5, var_10, var_12);
        if ((var_11) == false) goto end_while_0;
            // if index != tid:                                                                   <L 19>
            var_13 = (var_10 != var_0);
            if (var_13) {
                // force = particle_f[index]                                                      <L 20>
                var_14 = wp::address(var_particle_f, var_10);
                var_16 = wp::load(var_14);
                var_15 = wp::copy(var_16);
                // total += force                                                                 <L 21>
                var_17 = wp::add(var_8, var_15);
            }
            var_18 = wp::where(var_13, var_17, var_8);
            wp::assign(var_8, var_18);
        goto start_while_0;
        end_while_0:;
        // forces[tid] = total                                                                    <L 22>
        wp::array_store(var_forces, var_0, var_8);
}



extern "C" __global__ void bvh_neighbor_forces_4c7ee07b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::uint64 adj_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
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
        wp::vec_t<3, wp::float32> var_18;
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
        wp::vec_t<3, wp::float32> adj_18 = {};
        //---------
        // forward
        // def bvh_neighbor_forces(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // r = radii[tid]                                                                         <L 14>
        var_1 = wp::address(var_radii, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_sphere(bvh_id, positions[tid], r)                                 <L 15>
        var_4 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_4);
        var_5 = wp::bvh_query_sphere(var_bvh_id, var_7, var_2, var_6);
        // total = wp.vec3()                                                                      <L 16>
        var_8 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 17>
        var_10 = wp::int(var_9);
        // while wp.bvh_query_next(query, index):                                                 <L 18>
        // forces[tid] = total                                                                    <L 22>
        // wp::array_store(var_forces, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_forces, var_0, var_8, adj_forces, adj_0, adj_8);
        // adj: forces[tid] = total                                                               <L 22>
        start_while_0:;
        var_11 = wp::bvh_query_sphere_next(var_5, var_10, var_12);
        if ((var_11) == false) goto end_while_0;
        adj_13 = {};
        adj_14 = {};
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
            // if index != tid:                                                                   <L 19>
            var_13 = (var_10 != var_0);
            if (var_13) {
                // force = particle_f[index]                                                      <L 20>
                var_14 = wp::address(var_particle_f, var_10);
                var_16 = wp::load(var_14);
                var_15 = wp::copy(var_16);
                // total += force                                                                 <L 21>
                var_17 = wp::add(var_8, var_15);
            }
            var_18 = wp::where(var_13, var_17, var_8);
            wp::assign(var_8, var_18);
            wp::adj_assign(var_8, var_18, adj_8, adj_18);
            wp::adj_where(var_13, var_17, var_8, adj_13, adj_17, adj_8, adj_18);
            if (var_13) {
                wp::adj_add(var_8, var_15, adj_8, adj_15, adj_17);
                // adj: total += force                                                            <L 21>
                wp::adj_copy(var_16, adj_14, adj_15);
                wp::adj_address(var_particle_f, var_10, adj_particle_f, adj_10, adj_14);
                // adj: force = particle_f[index]                                                 <L 20>
            }
            // adj: if index != tid:                                                              <L 19>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 18>
        // adj: index = int(0)                                                                    <L 17>
        // adj: total = wp.vec3()                                                                 <L 16>
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
        // adj: query = wp.bvh_query_sphere(bvh_id, positions[tid], r)                            <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_1);
        // adj: r = radii[tid]                                                                    <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def bvh_neighbor_forces(                                                          <L 5>
        return;
}

