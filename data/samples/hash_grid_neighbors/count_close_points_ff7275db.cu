// Warp 1.19.0 cuda code for count_close_points_ff7275db.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_close_points_d99fdfbe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::int32> var_counts)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::hash_grid_query_f var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        //---------
        // forward
        // def count_close_points(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 14>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // r = radii[i]                                                                           <L 15>
        var_5 = wp::address(var_radii, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // count = int(0)                                                                         <L 16>
        var_9 = wp::int(var_8);
        // for j in wp.hash_grid_query(grid, x, r):                                               <L 17>
        var_10 = wp::hash_grid_query(var_grid, var_3, var_6);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // if wp.length(x - points[j]) <= r:                                                  <L 18>
            var_12 = wp::address(var_points, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_3, var_14);
            var_15 = wp::length(var_13);
            var_16 = (var_15 <= var_6);
            if (var_16) {
                // count += 1                                                                     <L 19>
                var_18 = wp::add(var_9, var_17);
            }
            var_19 = wp::where(var_16, var_18, var_9);
            wp::assign(var_9, var_19);
            goto start_for_0;
        end_for_0:;
        // counts[i] = count - 1                                                                  <L 21>
        var_21 = wp::sub(var_9, var_20);
        wp::array_store(var_counts, var_1, var_21);
}



extern "C" __global__ void count_close_points_d99fdfbe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<wp::int32> var_counts,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<wp::int32> adj_counts)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::hash_grid_query_f var_10;
        wp::int32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        bool var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::hash_grid_query_f adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        bool adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        //---------
        // forward
        // def count_close_points(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 14>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // r = radii[i]                                                                           <L 15>
        var_5 = wp::address(var_radii, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // count = int(0)                                                                         <L 16>
        var_9 = wp::int(var_8);
        // for j in wp.hash_grid_query(grid, x, r):                                               <L 17>
        var_10 = wp::hash_grid_query(var_grid, var_3, var_6);
        // counts[i] = count - 1                                                                  <L 21>
        var_21 = wp::sub(var_9, var_20);
        // wp::array_store(var_counts, var_1, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_1, var_21, adj_counts, adj_1, adj_21);
        wp::adj_sub(var_9, var_20, adj_9, adj_20, adj_21);
        // adj: counts[i] = count - 1                                                             <L 21>
        var_10 = wp::iter_reverse(var_10);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
            // if wp.length(x - points[j]) <= r:                                                  <L 18>
            var_12 = wp::address(var_points, var_11);
            var_14 = wp::load(var_12);
            var_13 = wp::sub(var_3, var_14);
            var_15 = wp::length(var_13);
            var_16 = (var_15 <= var_6);
            if (var_16) {
                // count += 1                                                                     <L 19>
                var_18 = wp::add(var_9, var_17);
            }
            var_19 = wp::where(var_16, var_18, var_9);
            wp::assign(var_9, var_19);
            wp::adj_assign(var_9, var_19, adj_9, adj_19);
            wp::adj_where(var_16, var_18, var_9, adj_16, adj_18, adj_9, adj_19);
            if (var_16) {
                wp::adj_add(var_9, var_17, adj_9, adj_17, adj_18);
                // adj: count += 1                                                                <L 19>
            }
            wp::adj_length(var_13, var_15, adj_13, adj_15);
            wp::adj_sub(var_3, var_14, adj_3, adj_12, adj_13);
            wp::adj_address(var_points, var_11, adj_points, adj_11, adj_12);
            // adj: if wp.length(x - points[j]) <= r:                                             <L 18>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(grid, x, r):                                          <L 17>
        // adj: count = int(0)                                                                    <L 16>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_5);
        // adj: r = radii[i]                                                                      <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
        // adj: x = points[i]                                                                     <L 14>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def count_close_points(                                                           <L 5>
        return;
}

