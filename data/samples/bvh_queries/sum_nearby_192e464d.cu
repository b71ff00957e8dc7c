// Warp 1.19.0 cuda code for sum_nearby_192e464d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_nearby_b55ac842_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_smoothing_length,
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::bvh_query_t var_8;
        const wp::int32 var_9 = -1;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        bool var_13;
        const wp::float32 var_14 = INFINITY;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 14>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(smoothing_length), x + wp.vec3(smoothing_length))       <L 15>
        var_4 = wp::vec_t<3, wp::float32>(var_smoothing_length);
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::vec_t<3, wp::float32>(var_smoothing_length);
        var_7 = wp::add(var_2, var_6);
        var_8 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_7, var_9);
        // total = wp.vec3()                                                                      <L 16>
        var_10 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 17>
        var_12 = wp::int(var_11);
        // while wp.bvh_query_next(query, index):                                                 <L 18>
        start_while_0:;
        var_13 = wp::bvh_query_next(var_8, var_12, var_14);
        if ((var_13) == false) goto end_while_0;
            // if index != tid:                                                                   <L 19>
            var_15 = (var_12 != var_0);
            if (var_15) {
                // f = forces[index]                                                              <L 20>
                var_16 = wp::address(var_forces, var_12);
                var_18 = wp::load(var_16);
                var_17 = wp::copy(var_18);
                // total += f                                                                     <L 21>
                var_19 = wp::add(var_10, var_17);
            }
            var_20 = wp::where(var_15, var_19, var_10);
            wp::assign(var_10, var_20);
        goto start_while_0;
        end_while_0:;
        // force_out[tid] = total                                                                 <L 22>
        wp::array_store(var_force_out, var_0, var_10);
    }
}



extern "C" __global__ void sum_nearby_b55ac842_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::uint64 adj_scene_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::float32 adj_smoothing_length,
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::bvh_query_t var_8;
        const wp::int32 var_9 = -1;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        bool var_13;
        const wp::float32 var_14 = INFINITY;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::bvh_query_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def sum_nearby(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 14>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(smoothing_length), x + wp.vec3(smoothing_length))       <L 15>
        var_4 = wp::vec_t<3, wp::float32>(var_smoothing_length);
        var_5 = wp::sub(var_2, var_4);
        var_6 = wp::vec_t<3, wp::float32>(var_smoothing_length);
        var_7 = wp::add(var_2, var_6);
        var_8 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_7, var_9);
        // total = wp.vec3()                                                                      <L 16>
        var_10 = wp::vec_t<3, wp::float32>();
        // index = int(0)                                                                         <L 17>
        var_12 = wp::int(var_11);
        // while wp.bvh_query_next(query, index):                                                 <L 18>
        // force_out[tid] = total                                                                 <L 22>
        // wp::array_store(var_force_out, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_force_out, var_0, var_10, adj_force_out, adj_0, adj_10);
        // adj: force_out[tid] = total                                                            <L 22>
        start_while_0:;
        var_13 = wp::bvh_query_next(var_8, var_12, var_14);
        if ((var_13) == false) goto end_while_0;
        adj_15 = {};
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
        adj_20 = {};
            // if index != tid:                                                                   <L 19>
            var_15 = (var_12 != var_0);
            if (var_15) {
                // f = forces[index]                                                              <L 20>
                var_16 = wp::address(var_forces, var_12);
                var_18 = wp::load(var_16);
                var_17 = wp::copy(var_18);
                // total += f                                                                     <L 21>
                var_19 = wp::add(var_10, var_17);
            }
            var_20 = wp::where(var_15, var_19, var_10);
            wp::assign(var_10, var_20);
            wp::adj_assign(var_10, var_20, adj_10, adj_20);
            wp::adj_where(var_15, var_19, var_10, adj_15, adj_19, adj_10, adj_20);
            if (var_15) {
                wp::adj_add(var_10, var_17, adj_10, adj_17, adj_19);
                // adj: total += f                                                                <L 21>
                wp::adj_copy(var_18, adj_16, adj_17);
                wp::adj_address(var_forces, var_12, adj_forces, adj_12, adj_16);
                // adj: f = forces[index]                                                         <L 20>
            }
            // adj: if index != tid:                                                              <L 19>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, index):                                            <L 18>
        // adj: index = int(0)                                                                    <L 17>
        // adj: total = wp.vec3()                                                                 <L 16>
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_vec_t(var_smoothing_length, adj_smoothing_length, adj_6);
        wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
        wp::adj_vec_t(var_smoothing_length, adj_smoothing_length, adj_4);
        // adj: query = wp.bvh_query_aabb(scene_bvh, x - wp.vec3(smoothing_length), x + wp.vec3(smoothing_length))  <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: x = points[tid]                                                                   <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def sum_nearby(                                                                   <L 5>
        continue;
    }
}

