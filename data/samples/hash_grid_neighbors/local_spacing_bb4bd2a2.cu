// Warp 1.19.0 cuda code for local_spacing_bb4bd2a2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void local_spacing_081d740b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::float32 var_particle_radius,
    wp::array_t<wp::float32> var_spacing)
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
        wp::hash_grid_query_f var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        bool var_17;
        bool var_18;
        bool var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 3.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        const wp::float32 var_32 = 1e-06;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        wp::float32 var_36;
        //---------
        // forward
        // def local_spacing(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 14>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // query = wp.hash_grid_query(grid, x, particle_radius)                                   <L 15>
        var_5 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        // j = int(0)                                                                             <L 16>
        var_7 = wp::int(var_6);
        // total = float(0.0)                                                                     <L 17>
        var_9 = wp::float(var_8);
        // count = float(0.0)                                                                     <L 18>
        var_11 = wp::float(var_10);
        // while wp.hash_grid_query_next(query, j):                                               <L 19>
        start_while_0:;
        var_12 = wp::hash_grid_query_next(var_5, var_7);
        if ((var_12) == false) goto end_while_0;
            // r = wp.length(particle_x[j] - x)                                                   <L 20>
            var_13 = wp::address(var_particle_x, var_7);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_15, var_3);
            var_16 = wp::length(var_14);
            // if j != i and r < particle_radius:                                                 <L 21>
            var_18 = (var_7 != var_1);
            var_17 = var_18;
            if (var_17) {
                var_19 = (var_16 < var_particle_radius);
                var_17 = var_17 && var_19;
            }
            if (var_17) {
                // w = wp.pow(1.0 - r / particle_radius, 3.0)                                     <L 22>
                var_21 = wp::div(var_16, var_particle_radius);
                var_22 = wp::sub(var_20, var_21);
                var_24 = wp::pow(var_22, var_23);
                // total += w * r                                                                 <L 23>
                var_25 = wp::mul(var_24, var_16);
                var_26 = wp::add(var_9, var_25);
                // count += w                                                                     <L 24>
                var_27 = wp::add(var_11, var_24);
            }
            var_28 = wp::where(var_17, var_26, var_9);
            var_29 = wp::where(var_17, var_27, var_11);
            wp::assign(var_9, var_28);
            wp::assign(var_11, var_29);
        goto start_while_0;
        end_while_0:;
        // spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)                 <L 25>
        var_31 = (var_11 > var_30);
        var_33 = wp::max(var_11, var_32);
        var_34 = wp::div(var_9, var_33);
        var_36 = wp::where(var_31, var_34, var_35);
        wp::array_store(var_spacing, var_1, var_36);
    }
}



extern "C" __global__ void local_spacing_081d740b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::float32 var_particle_radius,
    wp::array_t<wp::float32> var_spacing,
    wp::uint64 adj_grid,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::float32 adj_particle_radius,
    wp::array_t<wp::float32> adj_spacing)
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
        wp::hash_grid_query_f var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        bool var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::float32 var_16;
        bool var_17;
        bool var_18;
        bool var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 3.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        const wp::float32 var_32 = 1e-06;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 0.0;
        wp::float32 var_36;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::hash_grid_query_f adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        bool adj_18 = {};
        bool adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        //---------
        // forward
        // def local_spacing(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
        var_1 = wp::hash_grid_point_id(var_grid, var_0);
        // x = particle_x[i]                                                                      <L 14>
        var_2 = wp::address(var_particle_x, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // query = wp.hash_grid_query(grid, x, particle_radius)                                   <L 15>
        var_5 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
        // j = int(0)                                                                             <L 16>
        var_7 = wp::int(var_6);
        // total = float(0.0)                                                                     <L 17>
        var_9 = wp::float(var_8);
        // count = float(0.0)                                                                     <L 18>
        var_11 = wp::float(var_10);
        // while wp.hash_grid_query_next(query, j):                                               <L 19>
        // spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)                 <L 25>
        var_31 = (var_11 > var_30);
        var_33 = wp::max(var_11, var_32);
        var_34 = wp::div(var_9, var_33);
        var_36 = wp::where(var_31, var_34, var_35);
        // wp::array_store(var_spacing, var_1, var_36);
        //---------
        // reverse
        wp::adj_array_store(var_spacing, var_1, var_36, adj_spacing, adj_1, adj_36);
        wp::adj_where(var_31, var_34, var_35, adj_31, adj_34, adj_35, adj_36);
        wp::adj_div(var_9, var_33, var_34, adj_9, adj_33, adj_34);
        wp::adj_max(var_11, var_32, adj_11, adj_32, adj_33);
        // adj: spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)            <L 25>
        start_while_0:;
        var_12 = wp::hash_grid_query_next(var_5, var_7);
        if ((var_12) == false) goto end_while_0;
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
            // r = wp.length(particle_x[j] - x)                                                   <L 20>
            var_13 = wp::address(var_particle_x, var_7);
            var_15 = wp::load(var_13);
            var_14 = wp::sub(var_15, var_3);
            var_16 = wp::length(var_14);
            // if j != i and r < particle_radius:                                                 <L 21>
            var_18 = (var_7 != var_1);
            var_17 = var_18;
            if (var_17) {
                var_19 = (var_16 < var_particle_radius);
                var_17 = var_17 && var_19;
            }
            if (var_17) {
                // w = wp.pow(1.0 - r / particle_radius, 3.0)                                     <L 22>
                var_21 = wp::div(var_16, var_particle_radius);
                var_22 = wp::sub(var_20, var_21);
                var_24 = wp::pow(var_22, var_23);
                // total += w * r                                                                 <L 23>
                var_25 = wp::mul(var_24, var_16);
                var_26 = wp::add(var_9, var_25);
                // count += w                                                                     <L 24>
                var_27 = wp::add(var_11, var_24);
            }
            var_28 = wp::where(var_17, var_26, var_9);
            var_29 = wp::where(var_17, var_27, var_11);
            wp::assign(var_9, var_28);
            wp::assign(var_11, var_29);
            wp::adj_assign(var_11, var_29, adj_11, adj_29);
            wp::adj_assign(var_9, var_28, adj_9, adj_28);
            wp::adj_where(var_17, var_27, var_11, adj_17, adj_27, adj_11, adj_29);
            wp::adj_where(var_17, var_26, var_9, adj_17, adj_26, adj_9, adj_28);
            if (var_17) {
                wp::adj_add(var_11, var_24, adj_11, adj_24, adj_27);
                // adj: count += w                                                                <L 24>
                wp::adj_add(var_9, var_25, adj_9, adj_25, adj_26);
                wp::adj_mul(var_24, var_16, adj_24, adj_16, adj_25);
                // adj: total += w * r                                                            <L 23>
                wp::adj_pow(var_22, var_23, var_24, adj_22, adj_23, adj_24);
                wp::adj_sub(var_20, var_21, adj_20, adj_21, adj_22);
                wp::adj_div(var_16, var_particle_radius, var_21, adj_16, adj_particle_radius, adj_21);
                // adj: w = wp.pow(1.0 - r / particle_radius, 3.0)                                <L 22>
            }
            if (var_17) {
            }
            // adj: if j != i and r < particle_radius:                                            <L 21>
            wp::adj_length(var_14, var_16, adj_14, adj_16);
            wp::adj_sub(var_15, var_3, adj_13, adj_3, adj_14);
            wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_13);
            // adj: r = wp.length(particle_x[j] - x)                                              <L 20>
        goto start_while_0;
        end_while_0:;
        // adj: while wp.hash_grid_query_next(query, j):                                          <L 19>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: count = float(0.0)                                                                <L 18>
        wp::adj_float(var_8, adj_8, adj_9);
        // adj: total = float(0.0)                                                                <L 17>
        // adj: j = int(0)                                                                        <L 16>
        // adj: query = wp.hash_grid_query(grid, x, particle_radius)                              <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
        // adj: x = particle_x[i]                                                                 <L 14>
        // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def local_spacing(                                                                <L 5>
        continue;
    }
}

