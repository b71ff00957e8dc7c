// Warp 1.19.0 cuda code for count_neighbors_0fc3d6cb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_neighbors_af00ef77_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_num_neighbors,
    wp::float32 var_particle_radius)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::hash_grid_query_f var_8;
        wp::int32 var_9;
        bool var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        bool var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        //---------
        // forward
        // def count_neighbors(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = positions[i]                                                                       <L 14>
        var_2 = wp::address(var_positions, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // r_sq = particle_radius * particle_radius                                               <L 15>
        var_5 = wp::mul(var_particle_radius, var_particle_radius);
        // count = int(0)                                                                         <L 16>
        var_7 = wp::int(var_6);
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 17>
        var_8 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
            // if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:                  <L 18>
            var_11 = (var_9 != var_1);
            var_10 = var_11;
            if (var_10) {
                var_12 = wp::address(var_positions, var_9);
                var_14 = wp::load(var_12);
                var_13 = wp::sub(var_3, var_14);
                var_15 = wp::address(var_positions, var_9);
                var_17 = wp::load(var_15);
                var_16 = wp::sub(var_3, var_17);
                var_18 = wp::dot(var_13, var_16);
                var_19 = (var_18 <= var_5);
                var_10 = var_10 && var_19;
            }
            if (var_10) {
                // count += 1                                                                     <L 19>
                var_21 = wp::add(var_7, var_20);
            }
            var_22 = wp::where(var_10, var_21, var_7);
            wp::assign(var_7, var_22);
            goto start_for_0;
        end_for_0:;
        // num_neighbors[i] = count                                                               <L 20>
        wp::array_store(var_num_neighbors, var_1, var_7);
    }
}



extern "C" __global__ void count_neighbors_af00ef77_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::int32> var_num_neighbors,
    wp::float32 var_particle_radius,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::int32> adj_num_neighbors,
    wp::float32 adj_particle_radius)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::hash_grid_query_f var_8;
        wp::int32 var_9;
        bool var_10;
        bool var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        bool var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::hash_grid_query_f adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        bool adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        //---------
        // forward
        // def count_neighbors(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = positions[i]                                                                       <L 14>
        var_2 = wp::address(var_positions, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // r_sq = particle_radius * particle_radius                                               <L 15>
        var_5 = wp::mul(var_particle_radius, var_particle_radius);
        // count = int(0)                                                                         <L 16>
        var_7 = wp::int(var_6);
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 17>
        var_8 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        // num_neighbors[i] = count                                                               <L 20>
        // wp::array_store(var_num_neighbors, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_num_neighbors, var_1, var_7, adj_num_neighbors, adj_1, adj_7);
        // adj: num_neighbors[i] = count                                                          <L 20>
        var_8 = wp::iter_reverse(var_8);
        start_for_0:;
            if (iter_cmp(var_8) == 0) goto end_for_0;
            var_9 = wp::iter_next(var_8);
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
            // if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:                  <L 18>
            var_11 = (var_9 != var_1);
            var_10 = var_11;
            if (var_10) {
                var_12 = wp::address(var_positions, var_9);
                var_14 = wp::load(var_12);
                var_13 = wp::sub(var_3, var_14);
                var_15 = wp::address(var_positions, var_9);
                var_17 = wp::load(var_15);
                var_16 = wp::sub(var_3, var_17);
                var_18 = wp::dot(var_13, var_16);
                var_19 = (var_18 <= var_5);
                var_10 = var_10 && var_19;
            }
            if (var_10) {
                // count += 1                                                                     <L 19>
                var_21 = wp::add(var_7, var_20);
            }
            var_22 = wp::where(var_10, var_21, var_7);
            wp::assign(var_7, var_22);
            wp::adj_assign(var_7, var_22, adj_7, adj_22);
            wp::adj_where(var_10, var_21, var_7, adj_10, adj_21, adj_7, adj_22);
            if (var_10) {
                wp::adj_add(var_7, var_20, adj_7, adj_20, adj_21);
                // adj: count += 1                                                                <L 19>
            }
            if (var_10) {
                wp::adj_dot(var_13, var_16, adj_13, adj_16, adj_18);
                wp::adj_sub(var_3, var_17, adj_3, adj_15, adj_16);
                wp::adj_address(var_positions, var_9, adj_positions, adj_9, adj_15);
                wp::adj_sub(var_3, var_14, adj_3, adj_12, adj_13);
                wp::adj_address(var_positions, var_9, adj_positions, adj_9, adj_12);
            }
            // adj: if j != i and wp.dot(x - positions[j], x - positions[j]) <= r_sq:             <L 18>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 17>
        // adj: count = int(0)                                                                    <L 16>
        wp::adj_mul(var_particle_radius, var_particle_radius, adj_particle_radius, adj_particle_radius, adj_5);
        // adj: r_sq = particle_radius * particle_radius                                          <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
        // adj: x = positions[i]                                                                  <L 14>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def count_neighbors(                                                              <L 5>
        continue;
    }
}

