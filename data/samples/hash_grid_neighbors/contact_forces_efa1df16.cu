// Warp 1.19.0 cuda code for contact_forces_efa1df16.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void contact_forces_26205259_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_radius,
    wp::float32 var_dt,
    wp::float32 var_k_spring,
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
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        bool var_17;
        const wp::float32 var_18 = 2.0;
        wp::float32 var_19;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        //---------
        // forward
        // def contact_forces(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 15>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 16>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // total = wp.vec3()                                                                      <L 19>
        var_5 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, radius):                                          <L 20>
        var_6 = wp::hash_grid_query(var_grid, var_3, var_radius);
        start_for_0:;
            if (iter_cmp(var_6) == 0) goto end_for_0;
            var_7 = wp::iter_next(var_6);
            // if j != i:                                                                         <L 21>
            var_8 = (var_7 != var_1);
            if (var_8) {
                // vel = v[j]                                                                     <L 22>
                var_9 = wp::address(var_v, var_7);
                var_11 = wp::load(var_9);
                var_10 = wp::copy(var_11);
                // offset = x - (x + vel * dt)                                                    <L 25>
                var_12 = wp::mul(var_10, var_dt);
                var_13 = wp::add(var_3, var_12);
                var_14 = wp::sub(var_3, var_13);
                // distance = wp.length(offset)                                                   <L 26>
                var_15 = wp::length(var_14);
                // f = wp.vec3()                                                                  <L 27>
                var_16 = wp::vec_t<3, wp::float32>();
                // if distance < 2.0 * radius and distance > 0.0:                                 <L 28>
                var_19 = wp::mul(var_18, var_radius);
                var_20 = (var_15 < var_19);
                var_17 = var_20;
                if (var_17) {
                    var_22 = (var_15 > var_21);
                    var_17 = var_17 && var_22;
                }
                if (var_17) {
                    // f = offset / distance * (k_spring * (2.0 * radius - distance))             <L 29>
                    var_23 = wp::div(var_14, var_15);
                    var_25 = wp::mul(var_24, var_radius);
                    var_26 = wp::sub(var_25, var_15);
                    var_27 = wp::mul(var_k_spring, var_26);
                    var_28 = wp::mul(var_23, var_27);
                }
                var_29 = wp::where(var_17, var_28, var_16);
                // total += f                                                                     <L 30>
                var_30 = wp::add(var_5, var_29);
            }
            var_31 = wp::where(var_8, var_30, var_5);
            wp::assign(var_5, var_31);
            goto start_for_0;
        end_for_0:;
        // forces[i] = total                                                                      <L 31>
        wp::array_store(var_forces, var_1, var_5);
    }
}



extern "C" __global__ void contact_forces_26205259_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::float32 var_radius,
    wp::float32 var_dt,
    wp::float32 var_k_spring,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::float32 adj_radius,
    wp::float32 adj_dt,
    wp::float32 adj_k_spring,
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
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        bool var_17;
        const wp::float32 var_18 = 2.0;
        wp::float32 var_19;
        bool var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 2.0;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
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
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        bool adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        bool adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        //---------
        // forward
        // def contact_forces(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 15>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = points[i]                                                                          <L 16>
        var_2 = wp::address(var_points, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // total = wp.vec3()                                                                      <L 19>
        var_5 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, radius):                                          <L 20>
        var_6 = wp::hash_grid_query(var_grid, var_3, var_radius);
        // forces[i] = total                                                                      <L 31>
        // wp::array_store(var_forces, var_1, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_forces, var_1, var_5, adj_forces, adj_1, adj_5);
        // adj: forces[i] = total                                                                 <L 31>
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
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
            // if j != i:                                                                         <L 21>
            var_8 = (var_7 != var_1);
            if (var_8) {
                // vel = v[j]                                                                     <L 22>
                var_9 = wp::address(var_v, var_7);
                var_11 = wp::load(var_9);
                var_10 = wp::copy(var_11);
                // offset = x - (x + vel * dt)                                                    <L 25>
                var_12 = wp::mul(var_10, var_dt);
                var_13 = wp::add(var_3, var_12);
                var_14 = wp::sub(var_3, var_13);
                // distance = wp.length(offset)                                                   <L 26>
                var_15 = wp::length(var_14);
                // f = wp.vec3()                                                                  <L 27>
                var_16 = wp::vec_t<3, wp::float32>();
                // if distance < 2.0 * radius and distance > 0.0:                                 <L 28>
                var_19 = wp::mul(var_18, var_radius);
                var_20 = (var_15 < var_19);
                var_17 = var_20;
                if (var_17) {
                    var_22 = (var_15 > var_21);
                    var_17 = var_17 && var_22;
                }
                if (var_17) {
                    // f = offset / distance * (k_spring * (2.0 * radius - distance))             <L 29>
                    var_23 = wp::div(var_14, var_15);
                    var_25 = wp::mul(var_24, var_radius);
                    var_26 = wp::sub(var_25, var_15);
                    var_27 = wp::mul(var_k_spring, var_26);
                    var_28 = wp::mul(var_23, var_27);
                }
                var_29 = wp::where(var_17, var_28, var_16);
                // total += f                                                                     <L 30>
                var_30 = wp::add(var_5, var_29);
            }
            var_31 = wp::where(var_8, var_30, var_5);
            wp::assign(var_5, var_31);
            wp::adj_assign(var_5, var_31, adj_5, adj_31);
            wp::adj_where(var_8, var_30, var_5, adj_8, adj_30, adj_5, adj_31);
            if (var_8) {
                wp::adj_add(var_5, var_29, adj_5, adj_29, adj_30);
                // adj: total += f                                                                <L 30>
                wp::adj_where(var_17, var_28, var_16, adj_17, adj_28, adj_16, adj_29);
                if (var_17) {
                    wp::adj_mul(var_23, var_27, adj_23, adj_27, adj_28);
                    wp::adj_mul(var_k_spring, var_26, adj_k_spring, adj_26, adj_27);
                    wp::adj_sub(var_25, var_15, adj_25, adj_15, adj_26);
                    wp::adj_mul(var_24, var_radius, adj_24, adj_radius, adj_25);
                    wp::adj_div(var_14, var_15, adj_14, adj_15, adj_23);
                    // adj: f = offset / distance * (k_spring * (2.0 * radius - distance))        <L 29>
                }
                if (var_17) {
                }
                wp::adj_mul(var_18, var_radius, adj_18, adj_radius, adj_19);
                // adj: if distance < 2.0 * radius and distance > 0.0:                            <L 28>
                // adj: f = wp.vec3()                                                             <L 27>
                wp::adj_length(var_14, var_15, adj_14, adj_15);
                // adj: distance = wp.length(offset)                                              <L 26>
                wp::adj_sub(var_3, var_13, adj_3, adj_13, adj_14);
                wp::adj_add(var_3, var_12, adj_3, adj_12, adj_13);
                wp::adj_mul(var_10, var_dt, adj_10, adj_dt, adj_12);
                // adj: offset = x - (x + vel * dt)                                               <L 25>
                wp::adj_copy(var_11, adj_9, adj_10);
                wp::adj_address(var_v, var_7, adj_v, adj_7, adj_9);
                // adj: vel = v[j]                                                                <L 22>
            }
            // adj: if j != i:                                                                    <L 21>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in wp.hash_grid_query(grid, x, radius):                                     <L 20>
        // adj: total = wp.vec3()                                                                 <L 19>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
        // adj: x = points[i]                                                                     <L 16>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def contact_forces(                                                               <L 5>
        continue;
    }
}

