// Warp 1.19.0 cuda code for fdtd_update_e_1b1d6ddb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void fdtd_update_e_006a3c0b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_hy,
    wp::float32 var_courant,
    wp::int32 var_source_i,
    wp::int32 var_source_j,
    wp::float32 var_height_scale,
    wp::float32 var_freq,
    wp::float32 var_time,
    wp::array_t<wp::float32> var_ez)
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
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // forward
        // def fdtd_update_e(                                                                     <L 5>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // if i > 0 and j > 0:                                                                    <L 17>
        var_4 = (var_0 > var_3);
        var_2 = var_4;
        if (var_2) {
            var_6 = (var_1 > var_5);
            var_2 = var_2 && var_6;
        }
        if (var_2) {
            // curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                       <L 18>
            var_7 = wp::address(var_hy, var_0, var_1);
            var_9 = wp::sub(var_0, var_8);
            var_10 = wp::address(var_hy, var_9, var_1);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::address(var_hx, var_0, var_1);
            var_16 = wp::sub(var_1, var_15);
            var_17 = wp::address(var_hx, var_0, var_16);
            var_19 = wp::load(var_14);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::sub(var_11, var_18);
            // e = ez[i, j] + courant * curl                                                      <L 19>
            var_22 = wp::address(var_ez, var_0, var_1);
            var_23 = wp::mul(var_courant, var_21);
            var_25 = wp::load(var_22);
            var_24 = wp::add(var_25, var_23);
            // if i == source_i and j == source_j:                                                <L 20>
            var_27 = (var_0 == var_source_i);
            var_26 = var_27;
            if (var_26) {
                var_28 = (var_1 == var_source_j);
                var_26 = var_26 && var_28;
            }
            if (var_26) {
                // s = height_scale * wp.sin(freq * time)                                         <L 21>
                var_29 = wp::mul(var_freq, var_time);
                var_30 = wp::sin(var_29);
                var_31 = wp::mul(var_height_scale, var_30);
                // e += s                                                                         <L 22>
                var_32 = wp::add(var_24, var_31);
            }
            var_33 = wp::where(var_26, var_32, var_24);
            // ez[i, j] = e                                                                       <L 23>
            wp::array_store(var_ez, var_0, var_1, var_33);
        }
    }
}



extern "C" __global__ void fdtd_update_e_006a3c0b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_hy,
    wp::float32 var_courant,
    wp::int32 var_source_i,
    wp::int32 var_source_j,
    wp::float32 var_height_scale,
    wp::float32 var_freq,
    wp::float32 var_time,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_hy,
    wp::float32 adj_courant,
    wp::int32 adj_source_i,
    wp::int32 adj_source_j,
    wp::float32 adj_height_scale,
    wp::float32 adj_freq,
    wp::float32 adj_time,
    wp::array_t<wp::float32> adj_ez)
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
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        //---------
        // forward
        // def fdtd_update_e(                                                                     <L 5>
        // i, j = wp.tid()                                                                        <L 16>
        builtin_tid2d(var_0, var_1);
        // if i > 0 and j > 0:                                                                    <L 17>
        var_4 = (var_0 > var_3);
        var_2 = var_4;
        if (var_2) {
            var_6 = (var_1 > var_5);
            var_2 = var_2 && var_6;
        }
        if (var_2) {
            // curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                       <L 18>
            var_7 = wp::address(var_hy, var_0, var_1);
            var_9 = wp::sub(var_0, var_8);
            var_10 = wp::address(var_hy, var_9, var_1);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::address(var_hx, var_0, var_1);
            var_16 = wp::sub(var_1, var_15);
            var_17 = wp::address(var_hx, var_0, var_16);
            var_19 = wp::load(var_14);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::sub(var_11, var_18);
            // e = ez[i, j] + courant * curl                                                      <L 19>
            var_22 = wp::address(var_ez, var_0, var_1);
            var_23 = wp::mul(var_courant, var_21);
            var_25 = wp::load(var_22);
            var_24 = wp::add(var_25, var_23);
            // if i == source_i and j == source_j:                                                <L 20>
            var_27 = (var_0 == var_source_i);
            var_26 = var_27;
            if (var_26) {
                var_28 = (var_1 == var_source_j);
                var_26 = var_26 && var_28;
            }
            if (var_26) {
                // s = height_scale * wp.sin(freq * time)                                         <L 21>
                var_29 = wp::mul(var_freq, var_time);
                var_30 = wp::sin(var_29);
                var_31 = wp::mul(var_height_scale, var_30);
                // e += s                                                                         <L 22>
                var_32 = wp::add(var_24, var_31);
            }
            var_33 = wp::where(var_26, var_32, var_24);
            // ez[i, j] = e                                                                       <L 23>
            // wp::array_store(var_ez, var_0, var_1, var_33);
        }
        //---------
        // reverse
        if (var_2) {
            wp::adj_array_store(var_ez, var_0, var_1, var_33, adj_ez, adj_0, adj_1, adj_33);
            // adj: ez[i, j] = e                                                                  <L 23>
            wp::adj_where(var_26, var_32, var_24, adj_26, adj_32, adj_24, adj_33);
            if (var_26) {
                wp::adj_add(var_24, var_31, adj_24, adj_31, adj_32);
                // adj: e += s                                                                    <L 22>
                wp::adj_mul(var_height_scale, var_30, adj_height_scale, adj_30, adj_31);
                wp::adj_sin(var_29, adj_29, adj_30);
                wp::adj_mul(var_freq, var_time, adj_freq, adj_time, adj_29);
                // adj: s = height_scale * wp.sin(freq * time)                                    <L 21>
            }
            if (var_26) {
            }
            // adj: if i == source_i and j == source_j:                                           <L 20>
            wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_mul(var_courant, var_21, adj_courant, adj_21, adj_23);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_22);
            // adj: e = ez[i, j] + courant * curl                                                 <L 19>
            wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
            wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
            wp::adj_address(var_hx, var_0, var_16, adj_hx, adj_0, adj_16, adj_17);
            wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
            wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_14);
            wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
            wp::adj_address(var_hy, var_9, var_1, adj_hy, adj_9, adj_1, adj_10);
            wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
            wp::adj_address(var_hy, var_0, var_1, adj_hy, adj_0, adj_1, adj_7);
            // adj: curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                  <L 18>
        }
        if (var_2) {
        }
        // adj: if i > 0 and j > 0:                                                               <L 17>
        // adj: i, j = wp.tid()                                                                   <L 16>
        // adj: def fdtd_update_e(                                                                <L 5>
        continue;
    }
}

