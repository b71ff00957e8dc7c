// Warp 1.19.0 cuda code for particle_pair_forces_f79cf921.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void particle_pair_forces_c2e3b079_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_hash_grid,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::float32 var_cutoff,
    wp::float32 var_stiffness)
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
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::int32* var_12;
        bool var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::hash_grid_query_f var_18;
        wp::int32 var_19;
        bool var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        bool var_25;
        bool var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        //---------
        // forward
        // def particle_pair_forces(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
        var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
        // if i == -1:                                                                            <L 16>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 17>
            continue;
        }
        // x = points[i]                                                                          <L 18>
        var_4 = wp::address(var_points, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // flag = mask[i]                                                                         <L 19>
        var_7 = wp::address(var_mask, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // if i >= active_count[0] or flag == 0:                                                  <L 20>
        var_12 = wp::address(var_active_count, var_11);
        var_14 = wp::load(var_12);
        var_13 = (var_1 >= var_14);
        var_10 = var_13;
        if (!var_10) {
            var_16 = (var_8 == var_15);
            var_10 = var_10 || var_16;
        }
        if (var_10) {
            // return                                                                             <L 21>
            continue;
        }
        // total = wp.vec3()                                                                      <L 22>
        var_17 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(hash_grid, x, cutoff):                                     <L 23>
        var_18 = wp::hash_grid_query(var_hash_grid, var_5, var_cutoff);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
            // if j == i:                                                                         <L 24>
            var_20 = (var_19 == var_1);
            if (var_20) {
                // continue                                                                       <L 25>
                goto start_for_2;
            }
            // d = x - points[j]                                                                  <L 26>
            var_21 = wp::address(var_points, var_19);
            var_23 = wp::load(var_21);
            var_22 = wp::sub(var_5, var_23);
            // dist = wp.length(d)                                                                <L 27>
            var_24 = wp::length(var_22);
            // if dist >= cutoff or dist == 0.0:                                                  <L 28>
            var_26 = (var_24 >= var_cutoff);
            var_25 = var_26;
            if (!var_25) {
                var_28 = (var_24 == var_27);
                var_25 = var_25 || var_28;
            }
            if (var_25) {
                // continue                                                                       <L 29>
                goto start_for_2;
            }
            // n = d / dist                                                                       <L 30>
            var_29 = wp::div(var_22, var_24);
            // overlap = cutoff - dist                                                            <L 31>
            var_30 = wp::sub(var_cutoff, var_24);
            // fn = stiffness * overlap                                                           <L 32>
            var_31 = wp::mul(var_stiffness, var_30);
            // total += n * fn                                                                    <L 33>
            var_32 = wp::mul(var_29, var_31);
            var_33 = wp::add(var_17, var_32);
            wp::assign(var_17, var_33);
            goto start_for_2;
        end_for_2:;
        // force_out[i] += total                                                                  <L 34>
        var_34 = wp::atomic_add(var_force_out, var_1, var_17);
    }
}



extern "C" __global__ void particle_pair_forces_c2e3b079_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_hash_grid,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::float32 var_cutoff,
    wp::float32 var_stiffness,
    wp::uint64 adj_hash_grid,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::int32> adj_mask,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out,
    wp::float32 adj_cutoff,
    wp::float32 adj_stiffness)
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
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::int32* var_12;
        bool var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::hash_grid_query_f var_18;
        wp::int32 var_19;
        bool var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        bool var_25;
        bool var_26;
        const wp::float32 var_27 = 0.0;
        bool var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        bool adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::hash_grid_query_f adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        //---------
        // forward
        // def particle_pair_forces(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 15>
        var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
        // if i == -1:                                                                            <L 16>
        var_3 = (var_1 == var_2);
        if (var_3) {
            // return                                                                             <L 17>
            goto label0;
        }
        // x = points[i]                                                                          <L 18>
        var_4 = wp::address(var_points, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // flag = mask[i]                                                                         <L 19>
        var_7 = wp::address(var_mask, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // if i >= active_count[0] or flag == 0:                                                  <L 20>
        var_12 = wp::address(var_active_count, var_11);
        var_14 = wp::load(var_12);
        var_13 = (var_1 >= var_14);
        var_10 = var_13;
        if (!var_10) {
            var_16 = (var_8 == var_15);
            var_10 = var_10 || var_16;
        }
        if (var_10) {
            // return                                                                             <L 21>
            goto label1;
        }
        // total = wp.vec3()                                                                      <L 22>
        var_17 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(hash_grid, x, cutoff):                                     <L 23>
        var_18 = wp::hash_grid_query(var_hash_grid, var_5, var_cutoff);
        // force_out[i] += total                                                                  <L 34>
        // var_34 = wp::atomic_add(var_force_out, var_1, var_17);
        //---------
        // reverse
        wp::adj_atomic_add(var_force_out, var_1, var_17, adj_force_out, adj_1, adj_17, adj_34);
        // adj: force_out[i] += total                                                             <L 34>
        var_18 = wp::iter_reverse(var_18);
        start_for_2:;
            if (iter_cmp(var_18) == 0) goto end_for_2;
            var_19 = wp::iter_next(var_18);
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
        	adj_33 = {};
            // if j == i:                                                                         <L 24>
            var_20 = (var_19 == var_1);
            if (var_20) {
                // continue                                                                       <L 25>
                goto start_for_2;
            }
            // d = x - points[j]                                                                  <L 26>
            var_21 = wp::address(var_points, var_19);
            var_23 = wp::load(var_21);
            var_22 = wp::sub(var_5, var_23);
            // dist = wp.length(d)                                                                <L 27>
            var_24 = wp::length(var_22);
            // if dist >= cutoff or dist == 0.0:                                                  <L 28>
            var_26 = (var_24 >= var_cutoff);
            var_25 = var_26;
            if (!var_25) {
                var_28 = (var_24 == var_27);
                var_25 = var_25 || var_28;
            }
            if (var_25) {
                // continue                                                                       <L 29>
                goto start_for_2;
            }
            // n = d / dist                                                                       <L 30>
            var_29 = wp::div(var_22, var_24);
            // overlap = cutoff - dist                                                            <L 31>
            var_30 = wp::sub(var_cutoff, var_24);
            // fn = stiffness * overlap                                                           <L 32>
            var_31 = wp::mul(var_stiffness, var_30);
            // total += n * fn                                                                    <L 33>
            var_32 = wp::mul(var_29, var_31);
            var_33 = wp::add(var_17, var_32);
            wp::assign(var_17, var_33);
            wp::adj_assign(var_17, var_33, adj_17, adj_33);
            wp::adj_add(var_17, var_32, adj_17, adj_32, adj_33);
            wp::adj_mul(var_29, var_31, adj_29, adj_31, adj_32);
            // adj: total += n * fn                                                               <L 33>
            wp::adj_mul(var_stiffness, var_30, adj_stiffness, adj_30, adj_31);
            // adj: fn = stiffness * overlap                                                      <L 32>
            wp::adj_sub(var_cutoff, var_24, adj_cutoff, adj_24, adj_30);
            // adj: overlap = cutoff - dist                                                       <L 31>
            wp::adj_div(var_22, var_24, adj_22, adj_24, adj_29);
            // adj: n = d / dist                                                                  <L 30>
            if (var_25) {
                // adj: continue                                                                  <L 29>
            }
            if (!var_25) {
            }
            // adj: if dist >= cutoff or dist == 0.0:                                             <L 28>
            wp::adj_length(var_22, var_24, adj_22, adj_24);
            // adj: dist = wp.length(d)                                                           <L 27>
            wp::adj_sub(var_5, var_23, adj_5, adj_21, adj_22);
            wp::adj_address(var_points, var_19, adj_points, adj_19, adj_21);
            // adj: d = x - points[j]                                                             <L 26>
            if (var_20) {
                // adj: continue                                                                  <L 25>
            }
            // adj: if j == i:                                                                    <L 24>
        	goto start_for_2;
        end_for_2:;
        // adj: for j in wp.hash_grid_query(hash_grid, x, cutoff):                                <L 23>
        // adj: total = wp.vec3()                                                                 <L 22>
        if (var_10) {
            label1:;
            // adj: return                                                                        <L 21>
        }
        if (!var_10) {
        }
        wp::adj_address(var_active_count, var_11, adj_active_count, adj_11, adj_12);
        // adj: if i >= active_count[0] or flag == 0:                                             <L 20>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_mask, var_1, adj_mask, adj_1, adj_7);
        // adj: flag = mask[i]                                                                    <L 19>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_points, var_1, adj_points, adj_1, adj_4);
        // adj: x = points[i]                                                                     <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        // adj: if i == -1:                                                                       <L 16>
        // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def particle_pair_forces(                                                         <L 5>
        continue;
    }
}

