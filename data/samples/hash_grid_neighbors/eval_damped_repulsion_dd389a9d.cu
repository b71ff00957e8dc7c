// Warp 1.19.0 cuda code for eval_damped_repulsion_dd389a9d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void eval_damped_repulsion_a4d97c11_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_hash_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_search_radius,
    wp::float32 var_stiffness,
    wp::float32 var_damping,
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::hash_grid_query_f var_11;
        wp::int32 var_12;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        bool var_18;
        bool var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // forward
        // def eval_damped_repulsion(                                                             <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 16>
        var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
        // if i == -1:                                                                            <L 17>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 18>
            continue;
        }
        // x = positions[i]                                                                       <L 19>
        var_4 = wp::address(var_positions, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_i = velocities[i]                                                                    <L 20>
        var_7 = wp::address(var_velocities, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // total = wp.vec3()                                                                      <L 21>
        var_10 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(hash_grid, x, search_radius):                              <L 22>
        var_11 = wp::hash_grid_query(var_hash_grid, var_5, var_search_radius);
        start_for_1:;
            if (iter_cmp(var_11) == 0) goto end_for_1;
            var_12 = wp::iter_next(var_11);
            // if j == i:                                                                         <L 23>
            var_13 = (var_12 == var_1);
            if (var_13) {
                // continue                                                                       <L 24>
                goto start_for_1;
            }
            // d = x - positions[j]                                                               <L 25>
            var_14 = wp::address(var_positions, var_12);
            var_16 = wp::load(var_14);
            var_15 = wp::sub(var_5, var_16);
            // dist = wp.length(d)                                                                <L 26>
            var_17 = wp::length(var_15);
            // if dist >= search_radius or dist == 0.0:                                           <L 27>
            var_19 = (var_17 >= var_search_radius);
            var_18 = var_19;
            if (!var_18) {
                var_21 = (var_17 == var_20);
                var_18 = var_18 || var_21;
            }
            if (var_18) {
                // continue                                                                       <L 28>
                goto start_for_1;
            }
            // n = d / dist                                                                       <L 29>
            var_22 = wp::div(var_15, var_17);
            // overlap = search_radius - dist                                                     <L 30>
            var_23 = wp::sub(var_search_radius, var_17);
            // fn = stiffness * overlap                                                           <L 31>
            var_24 = wp::mul(var_stiffness, var_23);
            // fn -= damping * wp.dot(v_i - velocities[j], n)                                     <L 32>
            var_25 = wp::address(var_velocities, var_12);
            var_27 = wp::load(var_25);
            var_26 = wp::sub(var_8, var_27);
            var_28 = wp::dot(var_26, var_22);
            var_29 = wp::mul(var_damping, var_28);
            var_30 = wp::sub(var_24, var_29);
            // total += n * fn                                                                    <L 33>
            var_31 = wp::mul(var_22, var_30);
            var_32 = wp::add(var_10, var_31);
            wp::assign(var_10, var_32);
            goto start_for_1;
        end_for_1:;
        // force_out[i] = total                                                                   <L 34>
        wp::array_store(var_force_out, var_1, var_10);
    }
}



extern "C" __global__ void eval_damped_repulsion_a4d97c11_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_hash_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_search_radius,
    wp::float32 var_stiffness,
    wp::float32 var_damping,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::uint64 adj_hash_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::float32 adj_search_radius,
    wp::float32 adj_stiffness,
    wp::float32 adj_damping,
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
        wp::int32 var_1;
        const wp::int32 var_2 = -1;
        bool var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::hash_grid_query_f var_11;
        wp::int32 var_12;
        bool var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        bool var_18;
        bool var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::hash_grid_query_f adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        //---------
        // forward
        // def eval_damped_repulsion(                                                             <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 16>
        var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
        // if i == -1:                                                                            <L 17>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 18>
            goto label0;
        }
        // x = positions[i]                                                                       <L 19>
        var_4 = wp::address(var_positions, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_i = velocities[i]                                                                    <L 20>
        var_7 = wp::address(var_velocities, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // total = wp.vec3()                                                                      <L 21>
        var_10 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(hash_grid, x, search_radius):                              <L 22>
        var_11 = wp::hash_grid_query(var_hash_grid, var_5, var_search_radius);
        // force_out[i] = total                                                                   <L 34>
        // wp::array_store(var_force_out, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_force_out, var_1, var_10, adj_force_out, adj_1, adj_10);
        // adj: force_out[i] = total                                                              <L 34>
        var_11 = wp::iter_reverse(var_11);
        start_for_1:;
            if (iter_cmp(var_11) == 0) goto end_for_1;
            var_12 = wp::iter_next(var_11);
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
        	adj_32 = {};
            // if j == i:                                                                         <L 23>
            var_13 = (var_12 == var_1);
            if (var_13) {
                // continue                                                                       <L 24>
                goto start_for_1;
            }
            // d = x - positions[j]                                                               <L 25>
            var_14 = wp::address(var_positions, var_12);
            var_16 = wp::load(var_14);
            var_15 = wp::sub(var_5, var_16);
            // dist = wp.length(d)                                                                <L 26>
            var_17 = wp::length(var_15);
            // if dist >= search_radius or dist == 0.0:                                           <L 27>
            var_19 = (var_17 >= var_search_radius);
            var_18 = var_19;
            if (!var_18) {
                var_21 = (var_17 == var_20);
                var_18 = var_18 || var_21;
            }
            if (var_18) {
                // continue                                                                       <L 28>
                goto start_for_1;
            }
            // n = d / dist                                                                       <L 29>
            var_22 = wp::div(var_15, var_17);
            // overlap = search_radius - dist                                                     <L 30>
            var_23 = wp::sub(var_search_radius, var_17);
            // fn = stiffness * overlap                                                           <L 31>
            var_24 = wp::mul(var_stiffness, var_23);
            // fn -= damping * wp.dot(v_i - velocities[j], n)                                     <L 32>
            var_25 = wp::address(var_velocities, var_12);
            var_27 = wp::load(var_25);
            var_26 = wp::sub(var_8, var_27);
            var_28 = wp::dot(var_26, var_22);
            var_29 = wp::mul(var_damping, var_28);
            var_30 = wp::sub(var_24, var_29);
            // total += n * fn                                                                    <L 33>
            var_31 = wp::mul(var_22, var_30);
            var_32 = wp::add(var_10, var_31);
            wp::assign(var_10, var_32);
            wp::adj_assign(var_10, var_32, adj_10, adj_32);
            wp::adj_add(var_10, var_31, adj_10, adj_31, adj_32);
            wp::adj_mul(var_22, var_30, adj_22, adj_30, adj_31);
            // adj: total += n * fn                                                               <L 33>
            wp::adj_sub(var_24, var_29, adj_24, adj_29, adj_30);
            wp::adj_mul(var_damping, var_28, adj_damping, adj_28, adj_29);
            wp::adj_dot(var_26, var_22, adj_26, adj_22, adj_28);
            wp::adj_sub(var_8, var_27, adj_8, adj_25, adj_26);
            wp::adj_address(var_velocities, var_12, adj_velocities, adj_12, adj_25);
            // adj: fn -= damping * wp.dot(v_i - velocities[j], n)                                <L 32>
            wp::adj_mul(var_stiffness, var_23, adj_stiffness, adj_23, adj_24);
            // adj: fn = stiffness * overlap                                                      <L 31>
            wp::adj_sub(var_search_radius, var_17, adj_search_radius, adj_17, adj_23);
            // adj: overlap = search_radius - dist                                                <L 30>
            wp::adj_div(var_15, var_17, adj_15, adj_17, adj_22);
            // adj: n = d / dist                                                                  <L 29>
            if (var_18) {
                // adj: continue                                                                  <L 28>
            }
            if (!var_18) {
            }
            // adj: if dist >= search_radius or dist == 0.0:                                      <L 27>
            wp::adj_length(var_15, var_17, adj_15, adj_17);
            // adj: dist = wp.length(d)                                                           <L 26>
            wp::adj_sub(var_5, var_16, adj_5, adj_14, adj_15);
            wp::adj_address(var_positions, var_12, adj_positions, adj_12, adj_14);
            // adj: d = x - positions[j]                                                          <L 25>
            if (var_13) {
                // adj: continue                                                                  <L 24>
            }
            // adj: if j == i:                                                                    <L 23>
        	goto start_for_1;
        end_for_1:;
        // adj: for j in wp.hash_grid_query(hash_grid, x, search_radius):                         <L 22>
        // adj: total = wp.vec3()                                                                 <L 21>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_velocities, var_1, adj_velocities, adj_1, adj_7);
        // adj: v_i = velocities[i]                                                               <L 20>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_4);
        // adj: x = positions[i]                                                                  <L 19>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 18>
        }
        // adj: if i == -1:                                                                       <L 17>
        // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def eval_damped_repulsion(                                                        <L 5>
        continue;
    }
}

