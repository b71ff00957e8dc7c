// Warp 1.19.0 cuda code for sum_nearby_a85f3cc1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_nearby_554c662b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext,
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
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::bvh_query_t var_12;
        const wp::int32 var_13 = -1;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        bool var_17;
        const wp::float32 var_18 = INFINITY;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(radii[tid]), x + wp.vec3(radii[tid]))       <L 14>
        var_4 = wp::address(var_radii, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::vec_t<3, wp::float32>(var_6);
        var_7 = wp::sub(var_2, var_5);
        var_8 = wp::address(var_radii, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::vec_t<3, wp::float32>(var_10);
        var_11 = wp::add(var_2, var_9);
        var_12 = wp::bvh_query_aabb(var_scene_bvh, var_7, var_11, var_13);
        // total = wp.vec3()                                                                      <L 15>
        var_14 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 16>
        var_16 = wp::int(var_15);
        // while wp.bvh_query_next(query, index):                                                 <L 17>
        start_while_0:;
        var_17 = wp::bvh_query_next(var_12, var_16, var_18);
        if ((var_17) == false) goto end_while_0;
            // if index != tid:                                                                   <L 18>
            var_19 = (var_16 != var_0);
            if (var_19) {
                // f = f_ext[index]                                                               <L 19>
                var_20 = wp::address(var_f_ext, var_16);
                var_22 = wp::load(var_20);
                var_21 = wp::copy(var_22);
                // total += f                                                                     <L 20>
                var_23 = wp::add(var_14, var_21);
            }
            var_24 = wp::where(var_19, var_23, var_14);
            wp::assign(var_14, var_24);
        goto start_while_0;
        end_while_0:;
        // forces[tid] = total                                                                    <L 21>
        wp::array_store(var_forces, var_0, var_14);
    }
}



extern "C" __global__ void sum_nearby_554c662b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f_ext,
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
        wp::vec_t<3, wp::float32> var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::bvh_query_t var_12;
        const wp::int32 var_13 = -1;
        wp::vec_t<3, wp::float32> var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        bool var_17;
        const wp::float32 var_18 = INFINITY;
        bool var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::bvh_query_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 13>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(radii[tid]), x + wp.vec3(radii[tid]))       <L 14>
        var_4 = wp::address(var_radii, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::vec_t<3, wp::float32>(var_6);
        var_7 = wp::sub(var_2, var_5);
        var_8 = wp::address(var_radii, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::vec_t<3, wp::float32>(var_10);
        var_11 = wp::add(var_2, var_9);
        var_12 = wp::bvh_query_aabb(var_scene_bvh, var_7, var_11, var_13);
        // total = wp.vec3()                                                                      <L 15>
        var_14 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 16>
        var_16 = wp::int(var_15);
        // while wp.bvh_query_next(query, index):                                                 <L 17>
        // forces[tid] = total                                                                    <L 21>
        // wp::array_store(var_forces, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_forces, var_0, var_14, adj_forces, adj_0, adj_14);
        // adj: forces[tid] = total                                                               <L 21>
        start_while_0:;
        var_17 = wp::bvh_query_next(var_12, var_16, var_18);
        if ((var_17) == false) goto end_while_0;
        adj_19 = {};
        adj_20 = {};
        adj_21 = {};
        adj_22 = {};
        adj_23 = {};
        adj_24 = {};
            // if index != tid:                                                                   <L 18>
            var_19 = (var_16 != var_0);
            if (var_19) {
                // f = f_ext[index]                                                               <L 19>
                var_20 = wp::address(var_f_ext, var_16);
                var_22 = wp::load(var_20);
                var_21 = wp::copy(var_22);
                // total += f                                                                     <L 20>
                var_23 = wp::add(var_14, var_21);
            }
            var_24 = wp::where(var_19, var_23, var_14);
            wp::assign(var_14, var_24);
            wp::adj_assign(var_14, var_24, adj_14, adj_24);
            wp::adj_where(var_19, var_23, var_14, adj_19, adj_23, adj_14, adj_24);
            if (var_19) {
                wp::adj_add(var_14, var_21, adj_14, adj_21, adj_23);
                // adj: total += f                                                                <L 20>
                wp::adj_copy(var_22, adj_20, adj_21);
                wp::adj_address(var_f_ext, var_16, adj_f_ext, adj_16, adj_20);
                // adj: f = f_ext[index]                                                          <L 19>
            }
            // adj: if index != tid:                                                              <L 18>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 17>
        // adj: index = int(0)                                                                    <L 16>
        // adj: total = wp.vec3()                                                                 <L 15>
        wp::adj_add(var_2, var_9, adj_2, adj_9, adj_11);
        wp::adj_vec_t(var_10, adj_8, adj_9);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_8);
        wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
        wp::adj_vec_t(var_6, adj_4, adj_5);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_4);
        // adj: query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(radii[tid]), x + wp.vec3(radii[tid]))  <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sum_nearby(                                                                   <L 5>
        continue;
    }
}

