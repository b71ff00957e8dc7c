// Warp 1.19.0 cuda code for count_overlaps_0e27691f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_overlaps_12b88669_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::int32> var_hit_counts,
    wp::float32 var_radius)
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
        wp::bvh_query_t var_2;
        const wp::int32 var_3 = -1;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        //---------
        // forward
        // def count_overlaps(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_sphere(bvh_id, points[tid], radius)                               <L 12>
        var_1 = wp::address(var_points, var_0);
        var_4 = wp::load(var_1);
        var_2 = wp::bvh_query_sphere(var_bvh_id, var_4, var_radius, var_3);
        // bounds_nr = int(0)                                                                     <L 13>
        var_6 = wp::int(var_5);
        // num_overlaps = int(0)                                                                  <L 14>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 15>
        start_while_0:;
        var_9 = wp::bvh_query_sphere_next(var_2, var_6, var_10);
        if ((var_9) == false) goto end_while_0;
            // if bounds_nr != tid:                                                               <L 17>
            var_11 = (var_6 != var_0);
            if (var_11) {
                // num_overlaps += 1                                                              <L 18>
                var_13 = wp::add(var_8, var_12);
            }
            var_14 = wp::where(var_11, var_13, var_8);
            wp::assign(var_8, var_14);
        goto start_while_0;
        end_while_0:;
        // hit_counts[tid] = num_overlaps                                                         <L 19>
        wp::array_store(var_hit_counts, var_0, var_8);
}



extern "C" __global__ void count_overlaps_12b88669_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::int32> var_hit_counts,
    wp::float32 var_radius,
    wp::uint64 adj_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::int32> adj_hit_counts,
    wp::float32 adj_radius)
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
        wp::bvh_query_t var_2;
        const wp::int32 var_3 = -1;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        wp::int32 var_8;
        bool var_9;
        const wp::float32 var_10 = INFINITY;
        bool var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::bvh_query_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        //---------
        // forward
        // def count_overlaps(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // query = wp.bvh_query_sphere(bvh_id, points[tid], radius)                               <L 12>
        var_1 = wp::address(var_points, var_0);
        var_4 = wp::load(var_1);
        var_2 = wp::bvh_query_sphere(var_bvh_id, var_4, var_radius, var_3);
        // bounds_nr = int(0)                                                                     <L 13>
        var_6 = wp::int(var_5);
        // num_overlaps = int(0)                                                                  <L 14>
        var_8 = wp::int(var_7);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 15>
        // hit_counts[tid] = num_overlaps                                                         <L 19>
        // wp::array_store(var_hit_counts, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_hit_counts, var_0, var_8, adj_hit_counts, adj_0, adj_8);
        // adj: hit_counts[tid] = num_overlaps                                                    <L 19>
        start_while_0:;
        var_9 = wp::bvh_query_sphere_next(var_2, var_6, var_10);
        if ((var_9) == false) goto end_while_0;
        adj_11 = {};
        adj_12 = {};
        adj_13 = {};
        adj_14 = {};
            // if bounds_nr != tid:                                                               <L 17>
            var_11 = (var_6 != var_0);
            if (var_11) {
                // num_overlaps += 1                                                              <L 18>
                var_13 = wp::add(var_8, var_12);
            }
            var_14 = wp::where(var_11, var_13, var_8);
            wp::assign(var_8, var_14);
            wp::adj_assign(var_8, var_14, adj_8, adj_14);
            wp::adj_where(var_11, var_13, var_8, adj_11, adj_13, adj_8, adj_14);
            if (var_11) {
                wp::adj_add(var_8, var_12, adj_8, adj_12, adj_13);
                // adj: num_overlaps += 1                                                         <L 18>
            }
            // adj: if bounds_nr != tid:                                                          <L 17>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 15>
        // adj: num_overlaps = int(0)                                                             <L 14>
        // adj: bounds_nr = int(0)                                                                <L 13>
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: query = wp.bvh_query_sphere(bvh_id, points[tid], radius)                          <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def count_overlaps(                                                               <L 5>
        return;
}

