// Warp 1.19.0 cuda code for contact_forces_e0a7b101.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void contact_forces_e1eed966_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_hash_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::float32 var_smoothing_length,
    wp::float32 var_k_damp)
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
        // def contact_forces(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 14>
        var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
        // x = points[i]                                                                          <L 15>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // total = wp.vec3()                                                                      <L 16>
        var_5 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(hash_grid, x, smoothing_length):                           <L 17>
        var_6 = wp::hash_grid_query(var_hash_grid, var_3, var_smoothing_length);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // if j != i:                                                                         <L 18>
            var_8 = (var_7 != var_1);
            if (var_8) {
                // vel = velocities[j]                                                            <L 19>
                var_9 = wp::address(var_velocities, var_7);
                var_11 = wp::load(var_9);
                var_10 = wp::copy(var_11);
                // total += -k_damp * vel                                                         <L 20>
                var_12 = wp::neg(var_k_damp);
                var_13 = wp::mul(var_12, var_10);
                var_14 = wp::add(var_5, var_13);
            }
            var_15 = wp::where(var_8, var_14, var_5);
            wp::assign(var_5, var_15);
            goto start_for_0;
        end_for_0:;
        // particle_f[i] = total                                                                  <L 21>
        wp::array_store(var_particle_f, var_1, var_5);
}



extern "C" __global__ void contact_forces_e1eed966_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_hash_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::float32 var_smoothing_length,
    wp::float32 var_k_damp,
    wp::uint64 adj_hash_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::float32 adj_smoothing_length,
    wp::float32 adj_k_damp)
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
        // def contact_forces(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 14>
        var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
        // x = points[i]                                                                          <L 15>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // total = wp.vec3()                                                                      <L 16>
        var_5 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(hash_grid, x, smoothing_length):                           <L 17>
        var_6 = wp::hash_grid_query(var_hash_grid, var_3, var_smoothing_length);
        // particle_f[i] = total                                                                  <L 21>
        // wp::array_store(var_particle_f, var_1, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_1, var_5, adj_particle_f, adj_1, adj_5);
        // adj: particle_f[i] = total                                                             <L 21>
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
            // if j != i:                                                                         <L 18>
            var_8 = (var_7 != var_1);
            if (var_8) {
                // vel = velocities[j]                                                            <L 19>
                var_9 = wp::address(var_velocities, var_7);
                var_11 = wp::load(var_9);
                var_10 = wp::copy(var_11);
                // total += -k_damp * vel                                                         <L 20>
                var_12 = wp::neg(var_k_damp);
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
                wp::adj_neg(var_k_damp, adj_k_damp, adj_12);
                // adj: total += -k_damp * vel                                                    <L 20>
                wp::adj_copy(var_11, adj_9, adj_10);
                wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_9);
                // adj: vel = velocities[j]                                                       <L 19>
            }
            // adj: if j != i:                                                                    <L 18>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(hash_grid, x, smoothing_length):                      <L 17>
        // adj: total = wp.vec3()                                                                 <L 16>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
        // adj: x = points[i]                                                                     <L 15>
        // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def contact_forces(                                                               <L 5>
        return;
}

