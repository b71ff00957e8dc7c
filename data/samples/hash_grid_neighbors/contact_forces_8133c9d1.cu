// Warp 1.19.0 cuda code for contact_forces_8133c9d1.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// contact_forces.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> hooke_force_0(
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                                <L 5>
    // return k * (anchor - x)                                                                <L 6>
    var_0 = wp::sub(var_anchor, var_x);
    var_1 = wp::mul(var_k, var_0);
    return var_1;
}


// contact_forces.py:4
static CUDA_CALLABLE void adj_hooke_force_0(
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::vec_t<3, wp::float32> var_x,
    wp::float32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_anchor,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                                <L 5>
    // return k * (anchor - x)                                                                <L 6>
    var_0 = wp::sub(var_anchor, var_x);
    var_1 = wp::mul(var_k, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_k, var_0, adj_k, adj_0, adj_1);
    wp::adj_sub(var_anchor, var_x, adj_anchor, adj_x, adj_0);
    // adj: return k * (anchor - x)                                                           <L 6>
    // adj: def hooke_force(k: float, anchor: wp.vec3, x: wp.vec3):                           <L 5>
    return;
}



extern "C" __global__ void contact_forces_072a3142_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors,
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
        bool var_5;
        const wp::int32 var_6 = 0;
        wp::int32* var_7;
        bool var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::hash_grid_query_f var_18;
        wp::int32 var_19;
        bool var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // forward
        // def contact_forces(                                                                    <L 10>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 22>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 23>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= item_count[0] or particle_flags[i] == 0:                                       <L 24>
        var_7 = wp::address(var_item_count, var_6);
        var_9 = wp::load(var_7);
        var_8 = (var_1 >= var_9);
        var_5 = var_8;
        if (!var_5) {
            var_10 = wp::address(var_particle_flags, var_1);
            var_13 = wp::load(var_10);
            var_12 = (var_13 == var_11);
            var_5 = var_5 || var_12;
        }
        if (var_5) {
            // return                                                                             <L 25>
            continue;
        }
        // r = particle_radius[i]                                                                 <L 26>
        var_14 = wp::address(var_particle_radius, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // total = wp.vec3()                                                                      <L 29>
        var_17 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, r):                                               <L 30>
        var_18 = wp::hash_grid_query(var_grid, var_3, var_15);
        start_for_1:;
            if (iter_cmp(var_18) == 0) goto end_for_1;
            var_19 = wp::iter_next(var_18);
            // if j != i:                                                                         <L 31>
            var_20 = (var_19 != var_1);
            if (var_20) {
                // anchor = anchors[j]                                                            <L 32>
                var_21 = wp::address(var_anchors, var_19);
                var_23 = wp::load(var_21);
                var_22 = wp::copy(var_23);
                // ke = spring_stiffness[j]                                                       <L 33>
                var_24 = wp::address(var_spring_stiffness, var_19);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // total += hooke_force(ke, anchor, x)                                            <L 34>
                var_27 = hooke_force_0(var_25, var_22, var_3);
                var_28 = wp::add(var_17, var_27);
            }
            var_29 = wp::where(var_20, var_28, var_17);
            wp::assign(var_17, var_29);
            goto start_for_1;
        end_for_1:;
        // particle_f[i] = total                                                                  <L 35>
        wp::array_store(var_particle_f, var_1, var_17);
    }
}



extern "C" __global__ void contact_forces_072a3142_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_particle_radius,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::uint64 adj_grid,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_particle_radius,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_anchors,
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
        bool var_5;
        const wp::int32 var_6 = 0;
        wp::int32* var_7;
        bool var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::hash_grid_query_f var_18;
        wp::int32 var_19;
        bool var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::hash_grid_query_f adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        //---------
        // forward
        // def contact_forces(                                                                    <L 10>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 22>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 23>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= item_count[0] or particle_flags[i] == 0:                                       <L 24>
        var_7 = wp::address(var_item_count, var_6);
        var_9 = wp::load(var_7);
        var_8 = (var_1 >= var_9);
        var_5 = var_8;
        if (!var_5) {
            var_10 = wp::address(var_particle_flags, var_1);
            var_13 = wp::load(var_10);
            var_12 = (var_13 == var_11);
            var_5 = var_5 || var_12;
        }
        if (var_5) {
            // return                                                                             <L 25>
            goto label0;
        }
        // r = particle_radius[i]                                                                 <L 26>
        var_14 = wp::address(var_particle_radius, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // total = wp.vec3()                                                                      <L 29>
        var_17 = wp::vec_t<3, wp::float32>();
        // for j in wp.hash_grid_query(grid, x, r):                                               <L 30>
        var_18 = wp::hash_grid_query(var_grid, var_3, var_15);
        // particle_f[i] = total                                                                  <L 35>
        // wp::array_store(var_particle_f, var_1, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_particle_f, var_1, var_17, adj_particle_f, adj_1, adj_17);
        // adj: particle_f[i] = total                                                             <L 35>
        var_18 = wp::iter_reverse(var_18);
        start_for_1:;
            if (iter_cmp(var_18) == 0) goto end_for_1;
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
            // if j != i:                                                                         <L 31>
            var_20 = (var_19 != var_1);
            if (var_20) {
                // anchor = anchors[j]                                                            <L 32>
                var_21 = wp::address(var_anchors, var_19);
                var_23 = wp::load(var_21);
                var_22 = wp::copy(var_23);
                // ke = spring_stiffness[j]                                                       <L 33>
                var_24 = wp::address(var_spring_stiffness, var_19);
                var_26 = wp::load(var_24);
                var_25 = wp::copy(var_26);
                // total += hooke_force(ke, anchor, x)                                            <L 34>
                var_27 = hooke_force_0(var_25, var_22, var_3);
                var_28 = wp::add(var_17, var_27);
            }
            var_29 = wp::where(var_20, var_28, var_17);
            wp::assign(var_17, var_29);
            wp::adj_assign(var_17, var_29, adj_17, adj_29);
            wp::adj_where(var_20, var_28, var_17, adj_20, adj_28, adj_17, adj_29);
            if (var_20) {
                wp::adj_add(var_17, var_27, adj_17, adj_27, adj_28);
                adj_hooke_force_0(var_25, var_22, var_3, adj_25, adj_22, adj_3, adj_27);
                // adj: total += hooke_force(ke, anchor, x)                                       <L 34>
                wp::adj_copy(var_26, adj_24, adj_25);
                wp::adj_address(var_spring_stiffness, var_19, adj_spring_stiffness, adj_19, adj_24);
                // adj: ke = spring_stiffness[j]                                                  <L 33>
                wp::adj_copy(var_23, adj_21, adj_22);
                wp::adj_address(var_anchors, var_19, adj_anchors, adj_19, adj_21);
                // adj: anchor = anchors[j]                                                       <L 32>
            }
            // adj: if j != i:                                                                    <L 31>
        	goto start_for_1;
        end_for_1:;
        // adj: for j in wp.hash_grid_query(grid, x, r):                                          <L 30>
        // adj: total = wp.vec3()                                                                 <L 29>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_particle_radius, var_1, adj_particle_radius, adj_1, adj_14);
        // adj: r = particle_radius[i]                                                            <L 26>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 25>
        }
        if (!var_5) {
            wp::adj_address(var_particle_flags, var_1, adj_particle_flags, adj_1, adj_10);
        }
        wp::adj_address(var_item_count, var_6, adj_item_count, adj_6, adj_7);
        // adj: if i >= item_count[0] or particle_flags[i] == 0:                                  <L 24>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
        // adj: x = particle_x[i]                                                                 <L 23>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def contact_forces(                                                               <L 10>
        continue;
    }
}

