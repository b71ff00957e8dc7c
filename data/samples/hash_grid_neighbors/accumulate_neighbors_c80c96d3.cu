// Warp 1.19.0 cuda code for accumulate_neighbors_c80c96d3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accumulate_neighbors_5ffe4b8c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::float32 var_radius,
    wp::float32 var_kd)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::hash_grid_query_f var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // forward
        // def accumulate_neighbors(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 15>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = positions[i]                                                                       <L 16>
        var_2 = wp::address(var_positions, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // total = wp.vec3()                                                                      <L 17>
        var_5 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, radius):                                          <L 18>
        var_6 = wp::hash_grid_query(var_grid, var_3, var_radius);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // if j != i:                                                                         <L 19>
            var_8 = (var_7 != var_1);
            if (var_8) {
                // vel = particle_v[j]                                                            <L 20>
                var_9 = wp::address(var_particle_v, var_7);
                var_11 = wp::load(var_9);
                var_10 = wp::copy(var_11);
                // total += -kd * vel                                                             <L 21>
                var_12 = wp::neg(var_kd);
                var_13 = wp::mul(var_12, var_10);
                var_14 = wp::add(var_5, var_13);
            }
            var_15 = wp::where(var_8, var_14, var_5);
            wp::assign(var_5, var_15);
            goto start_for_0;
        end_for_0:;
        // force_out[i] = total                                                                   <L 22>
        wp::array_store(var_force_out, var_1, var_5);
}



extern "C" __global__ void accumulate_neighbors_5ffe4b8c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::float32 var_radius,
    wp::float32 var_kd,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out,
    wp::float32 adj_radius,
    wp::float32 adj_kd)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::hash_grid_query_f var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::hash_grid_query_f adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        //---------
        // forward
        // def accumulate_neighbors(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 15>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = positions[i]                                                                       <L 16>
        var_2 = wp::address(var_positions, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // total = wp.vec3()                                                                      <L 17>
        var_5 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, radius):                                          <L 18>
        var_6 = wp::hash_grid_query(var_grid, var_3, var_radius);
        // force_out[i] = total                                                                   <L 22>
        // wp::array_store(var_force_out, var_1, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_force_out, var_1, var_5, adj_force_out, adj_1, adj_5);
        // adj: force_out[i] = total                                                              <L 22>
        var_6 = wp::iter_reverse(var_6);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
        	adj_8 = {};
        	adj_9 = {};
        	adj_10 = {};
        	adj_11 = {};
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
            // if j != i:                                                                         <L 19>
            var_8 = (var_7 != var_1);
            if (var_8) {
                // vel = particle_v[j]                                                            <L 20>
                var_9 = wp::address(var_particle_v, var_7);
                var_11 = wp::load(var_9);
                var_10 = wp::copy(var_11);
                // total += -kd * vel                                                             <L 21>
                var_12 = wp::neg(var_kd);
                var_13 = wp::mul(var_12, var_10);
                var_14 = wp::add(var_5, var_13);
            }
            var_15 = wp::where(var_8, var_14, var_5);
            wp::assign(var_5, var_15);
            wp::adj_assign(var_5, var_15, adj_5, adj_15);
            wp::adj_where(var_8, var_14, var_5, adj_8, adj_14, adj_5, adj_15);
            if (var_8) {
                wp::adj_add(var_5, var_13, adj_5, adj_13, adj_14);
                wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
                wp::adj_neg(var_kd, adj_kd, adj_12);
                // adj: total += -kd * vel                                                        <L 21>
                wp::adj_copy(var_11, adj_9, adj_10);
                wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_9);
                // adj: vel = particle_v[j]                                                       <L 20>
            }
            // adj: if j != i:                                                                    <L 19>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(grid, x, radius):                                     <L 18>
        // adj: total = wp.vec3()                                                                 <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
        // adj: x = positions[i]                                                                  <L 16>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def accumulate_neighbors(                                                         <L 5>
        return;
}

