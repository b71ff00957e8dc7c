// Warp 1.19.0 cuda code for count_neighbors_6b1fda8b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_neighbors_b01faa6a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_counts,
    wp::float32 var_particle_radius)
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
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::hash_grid_query_f var_7;
        wp::int32 var_8;
        bool var_9;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        //---------
        // forward
        // def count_neighbors(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 12>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = positions[i]                                                                       <L 13>
        var_2 = wp::address(var_positions, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // count = int(0)                                                                         <L 14>
        var_6 = wp::int(var_5);
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 15>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
            // if j != i and wp.length(x - positions[j]) <= particle_radius:                      <L 16>
            var_10 = (var_8 != var_1);
            var_9 = var_10;
            if (var_9) {
                var_11 = wp::address(var_positions, var_8);
                var_13 = wp::load(var_11);
                var_12 = wp::sub(var_3, var_13);
                var_14 = wp::length(var_12);
                var_15 = (var_14 <= var_particle_radius);
                var_9 = var_9 && var_15;
            }
            if (var_9) {
                // count += 1                                                                     <L 17>
                var_17 = wp::add(var_6, var_16);
            }
            var_18 = wp::where(var_9, var_17, var_6);
            wp::assign(var_6, var_18);
            goto start_for_0;
        end_for_0:;
        // counts[i] = count                                                                      <L 18>
        wp::array_store(var_counts, var_1, var_6);
}



extern "C" __global__ void count_neighbors_b01faa6a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_counts,
    wp::float32 var_particle_radius,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::int32> adj_counts,
    wp::float32 adj_particle_radius)
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
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::hash_grid_query_f var_7;
        wp::int32 var_8;
        bool var_9;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        bool var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::hash_grid_query_f adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def count_neighbors(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 12>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = positions[i]                                                                       <L 13>
        var_2 = wp::address(var_positions, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // count = int(0)                                                                         <L 14>
        var_6 = wp::int(var_5);
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 15>
        var_7 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        // counts[i] = count                                                                      <L 18>
        // wp::array_store(var_counts, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_1, var_6, adj_counts, adj_1, adj_6);
        // adj: counts[i] = count                                                                 <L 18>
        var_7 = wp::iter_reverse(var_7);
        start_for_0:;
            if (iter_cmp(var_7) == 0) goto end_for_0;
            var_8 = wp::iter_next(var_7);
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
            // if j != i and wp.length(x - positions[j]) <= particle_radius:                      <L 16>
            var_10 = (var_8 != var_1);
            var_9 = var_10;
            if (var_9) {
                var_11 = wp::address(var_positions, var_8);
                var_13 = wp::load(var_11);
                var_12 = wp::sub(var_3, var_13);
                var_14 = wp::length(var_12);
                var_15 = (var_14 <= var_particle_radius);
                var_9 = var_9 && var_15;
            }
            if (var_9) {
                // count += 1                                                                     <L 17>
                var_17 = wp::add(var_6, var_16);
            }
            var_18 = wp::where(var_9, var_17, var_6);
            wp::assign(var_6, var_18);
            wp::adj_assign(var_6, var_18, adj_6, adj_18);
            wp::adj_where(var_9, var_17, var_6, adj_9, adj_17, adj_6, adj_18);
            if (var_9) {
                wp::adj_add(var_6, var_16, adj_6, adj_16, adj_17);
                // adj: count += 1                                                                <L 17>
            }
            if (var_9) {
                wp::adj_length(var_12, var_14, adj_12, adj_14);
                wp::adj_sub(var_3, var_13, adj_3, adj_11, adj_12);
                wp::adj_address(var_positions, var_8, adj_positions, adj_8, adj_11);
            }
            // adj: if j != i and wp.length(x - positions[j]) <= particle_radius:                 <L 16>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 15>
        // adj: count = int(0)                                                                    <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
        // adj: x = positions[i]                                                                  <L 13>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def count_neighbors(                                                              <L 5>
        return;
}

