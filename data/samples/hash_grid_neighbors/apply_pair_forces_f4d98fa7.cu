// Warp 1.19.0 cuda code for apply_pair_forces_f4d98fa7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_pair_forces_f6de5e96_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::float32* var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::hash_grid_query_f var_10;
        wp::int32 var_11;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def apply_pair_forces(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 14>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 15>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if body_inv_mass[i] == 0.0:                                                            <L 17>
        var_5 = wp::address(var_body_inv_mass, var_1);
        var_8 = wp::load(var_5);
        var_7 = (var_8 == var_6);
        if (var_7) {
            // return                                                                             <L 18>
            continue;
        }
        // total = wp.vec3()                                                                      <L 19>
        var_9 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 20>
        var_10 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        start_for_1:;
            if (iter_cmp(var_10) == 0) goto end_for_1;
            var_11 = wp::iter_next(var_10);
            // if j != i:                                                                         <L 21>
            var_12 = (var_11 != var_1);
            if (var_12) {
                // f = forces[j]                                                                  <L 22>
                var_13 = wp::address(var_forces, var_11);
                var_15 = wp::load(var_13);
                var_14 = wp::copy(var_15);
                // total += f                                                                     <L 23>
                var_16 = wp::add(var_9, var_14);
            }
            var_17 = wp::where(var_12, var_16, var_9);
            wp::assign(var_9, var_17);
            goto start_for_1;
        end_for_1:;
        // particle_f[i] = total                                                                  <L 24>
        wp::array_store(var_particle_f, var_1, var_9);
    }
}



extern "C" __global__ void apply_pair_forces_f6de5e96_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::uint64 adj_grid,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::float32 adj_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::float32* var_5;
        const wp::float32 var_6 = 0.0;
        bool var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::hash_grid_query_f var_10;
        wp::int32 var_11;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::hash_grid_query_f adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def apply_pair_forces(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 14>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 15>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if body_inv_mass[i] == 0.0:                                                            <L 17>
        var_5 = wp::address(var_body_inv_mass, var_1);
        var_8 = wp::load(var_5);
        var_7 = (var_8 == var_6);
        if (var_7) {
            // return                                                                             <L 18>
            goto label0;
        }
        // total = wp.vec3()                                                                      <L 19>
        var_9 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 20>
        var_10 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        // particle_f[i] = total                                                                  <L 24>
        // wp::array_store(var_particle_f, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_1, var_9, adj_particle_f, adj_1, adj_9);
        // adj: particle_f[i] = total                                                             <L 24>
        var_10 = wp::iter_reverse(var_10);
        start_for_1:;
            if (iter_cmp(var_10) == 0) goto end_for_1;
            var_11 = wp::iter_next(var_10);
        	adj_12 = {};
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
            // if j != i:                                                                         <L 21>
            var_12 = (var_11 != var_1);
            if (var_12) {
                // f = forces[j]                                                                  <L 22>
                var_13 = wp::address(var_forces, var_11);
                var_15 = wp::load(var_13);
                var_14 = wp::copy(var_15);
                // total += f                                                                     <L 23>
                var_16 = wp::add(var_9, var_14);
            }
            var_17 = wp::where(var_12, var_16, var_9);
            wp::assign(var_9, var_17);
            wp::adj_assign(var_9, var_17, adj_9, adj_17);
            wp::adj_where(var_12, var_16, var_9, adj_12, adj_16, adj_9, adj_17);
            if (var_12) {
                wp::adj_add(var_9, var_14, adj_9, adj_14, adj_16);
                // adj: total += f                                                                <L 23>
                wp::adj_copy(var_15, adj_13, adj_14);
                wp::adj_address(var_forces, var_11, adj_forces, adj_11, adj_13);
                // adj: f = forces[j]                                                             <L 22>
            }
            // adj: if j != i:                                                                    <L 21>
        	goto start_for_1;
        end_for_1:;
        // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 20>
        // adj: total = wp.vec3()                                                                 <L 19>
        if (var_7) {
            label0:;
            // adj: return                                                                        <L 18>
        }
        wp::adj_address(var_body_inv_mass, var_1, adj_body_inv_mass, adj_1, adj_5);
        // adj: if body_inv_mass[i] == 0.0:                                                       <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
        // adj: x = particle_x[i]                                                                 <L 15>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def apply_pair_forces(                                                            <L 5>
        continue;
    }
}

