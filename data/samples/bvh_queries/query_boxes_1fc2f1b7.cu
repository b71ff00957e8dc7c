// Warp 1.19.0 cuda code for query_boxes_1fc2f1b7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void query_boxes_a3f5a50c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_counts,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::bvh_query_t var_8;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = INFINITY;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        //---------
        // forward
        // def query_boxes(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if active[tid] == 0:                                                                   <L 13>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 14>
            return;
        }
        // pos = positions[tid]                                                                   <L 15>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // query = wp.bvh_query_sphere(bvh, pos, radius)                                          <L 16>
        var_8 = wp::bvh_query_sphere(var_bvh, var_6, var_radius, var_9);
        // bounds_nr = int(0)                                                                     <L 17>
        var_11 = wp::int(var_10);
        // num_overlaps = int(0)                                                                  <L 18>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 19>
        start_while_1:;
        var_14 = wp::bvh_query_sphere_next(var_8, var_11, var_15);
        if ((var_14) == false) goto end_while_1;
            // if bounds_nr != tid:                                                               <L 21>
            var_16 = (var_11 != var_0);
            if (var_16) {
                // num_overlaps += 1                                                              <L 22>
                var_18 = wp::add(var_13, var_17);
            }
            var_19 = wp::where(var_16, var_18, var_13);
            wp::assign(var_13, var_19);
        goto start_while_1;
        end_while_1:;
        // counts[tid] = num_overlaps                                                             <L 23>
        wp::array_store(var_counts, var_0, var_13);
}



extern "C" __global__ void query_boxes_a3f5a50c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_counts,
    wp::float32 var_radius,
    wp::uint64 adj_bvh,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::int32> adj_counts,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::bvh_query_t var_8;
        const wp::int32 var_9 = -1;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        bool var_14;
        const wp::float32 var_15 = INFINITY;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::bvh_query_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        //---------
        // forward
        // def query_boxes(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if active[tid] == 0:                                                                   <L 13>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 14>
            goto label0;
        }
        // pos = positions[tid]                                                                   <L 15>
        var_5 = wp::address(var_positions, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // query = wp.bvh_query_sphere(bvh, pos, radius)                                          <L 16>
        var_8 = wp::bvh_query_sphere(var_bvh, var_6, var_radius, var_9);
        // bounds_nr = int(0)                                                                     <L 17>
        var_11 = wp::int(var_10);
        // num_overlaps = int(0)                                                                  <L 18>
        var_13 = wp::int(var_12);
        // while wp.bvh_query_next(query, bounds_nr):                                             <L 19>
        // counts[tid] = num_overlaps                                                             <L 23>
        // wp::array_store(var_counts, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_13, adj_counts, adj_0, adj_13);
        // adj: counts[tid] = num_overlaps                                                        <L 23>
        start_while_1:;
        var_14 = wp::bvh_query_sphere_next(var_8, var_11, var_15);
        if ((var_14) == false) goto end_while_1;
        adj_16 = {};
        adj_17 = {};
        adj_18 = {};
        adj_19 = {};
            // if bounds_nr != tid:                                                               <L 21>
            var_16 = (var_11 != var_0);
            if (var_16) {
                // num_overlaps += 1                                                              <L 22>
                var_18 = wp::add(var_13, var_17);
            }
            var_19 = wp::where(var_16, var_18, var_13);
            wp::assign(var_13, var_19);
            wp::adj_assign(var_13, var_19, adj_13, adj_19);
            wp::adj_where(var_16, var_18, var_13, adj_16, adj_18, adj_13, adj_19);
            if (var_16) {
                wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
                // adj: num_overlaps += 1                                                         <L 22>
            }
            // adj: if bounds_nr != tid:                                                          <L 21>
        goto start_while_1;
        end_while_1:;
        // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 19>
        // adj: num_overlaps = int(0)                                                             <L 18>
        // adj: bounds_nr = int(0)                                                                <L 17>
        // adj: query = wp.bvh_query_sphere(bvh, pos, radius)                                     <L 16>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
        // adj: pos = positions[tid]                                                              <L 15>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] == 0:                                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def query_boxes(                                                                  <L 5>
        return;
}

