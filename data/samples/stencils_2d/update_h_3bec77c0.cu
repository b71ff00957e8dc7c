// Warp 1.19.0 cuda code for update_h_3bec77c0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_h_1d740a2e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_hy,
    wp::float32 var_dt_dx)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::float32* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        bool var_26;
        wp::float32* var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        //---------
        // forward
        // def update_h(                                                                          <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // nx = ez.shape[0]                                                                       <L 12>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = ez.shape[1]                                                                       <L 13>
        var_6 = &(var_ez.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 14>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // h_x[i, j] = h_x[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])                          <L 15>
            var_13 = wp::address(var_h_x, var_0, var_1);
            var_15 = wp::add(var_1, var_14);
            var_16 = wp::address(var_ez, var_0, var_15);
            var_17 = wp::address(var_ez, var_0, var_1);
            var_19 = wp::load(var_16);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::mul(var_dt_dx, var_18);
            var_23 = wp::load(var_13);
            var_22 = wp::sub(var_23, var_21);
            wp::array_store(var_h_x, var_0, var_1, var_22);
        }
        // if i < nx - 1:                                                                         <L 16>
        var_25 = wp::sub(var_4, var_24);
        var_26 = (var_0 < var_25);
        if (var_26) {
            // hy[i, j] = hy[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])                            <L 17>
            var_27 = wp::address(var_hy, var_0, var_1);
            var_29 = wp::add(var_0, var_28);
            var_30 = wp::address(var_ez, var_29, var_1);
            var_31 = wp::address(var_ez, var_0, var_1);
            var_33 = wp::load(var_30);
            var_34 = wp::load(var_31);
            var_32 = wp::sub(var_33, var_34);
            var_35 = wp::mul(var_dt_dx, var_32);
            var_37 = wp::load(var_27);
            var_36 = wp::add(var_37, var_35);
            wp::array_store(var_hy, var_0, var_1, var_36);
        }
    }
}



extern "C" __global__ void update_h_1d740a2e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_hy,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> adj_ez,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_hy,
    wp::float32 adj_dt_dx)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::float32* var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        bool var_26;
        wp::float32* var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        //---------
        // forward
        // def update_h(                                                                          <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // nx = ez.shape[0]                                                                       <L 12>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = ez.shape[1]                                                                       <L 13>
        var_6 = &(var_ez.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 14>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // h_x[i, j] = h_x[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])                          <L 15>
            var_13 = wp::address(var_h_x, var_0, var_1);
            var_15 = wp::add(var_1, var_14);
            var_16 = wp::address(var_ez, var_0, var_15);
            var_17 = wp::address(var_ez, var_0, var_1);
            var_19 = wp::load(var_16);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::mul(var_dt_dx, var_18);
            var_23 = wp::load(var_13);
            var_22 = wp::sub(var_23, var_21);
            // wp::array_store(var_h_x, var_0, var_1, var_22);
        }
        // if i < nx - 1:                                                                         <L 16>
        var_25 = wp::sub(var_4, var_24);
        var_26 = (var_0 < var_25);
        if (var_26) {
            // hy[i, j] = hy[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])                            <L 17>
            var_27 = wp::address(var_hy, var_0, var_1);
            var_29 = wp::add(var_0, var_28);
            var_30 = wp::address(var_ez, var_29, var_1);
            var_31 = wp::address(var_ez, var_0, var_1);
            var_33 = wp::load(var_30);
            var_34 = wp::load(var_31);
            var_32 = wp::sub(var_33, var_34);
            var_35 = wp::mul(var_dt_dx, var_32);
            var_37 = wp::load(var_27);
            var_36 = wp::add(var_37, var_35);
            // wp::array_store(var_hy, var_0, var_1, var_36);
        }
        //---------
        // reverse
        if (var_26) {
            wp::adj_array_store(var_hy, var_0, var_1, var_36, adj_hy, adj_0, adj_1, adj_36);
            wp::adj_add(var_37, var_35, adj_27, adj_35, adj_36);
            wp::adj_mul(var_dt_dx, var_32, adj_dt_dx, adj_32, adj_35);
            wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_31);
            wp::adj_address(var_ez, var_29, var_1, adj_ez, adj_29, adj_1, adj_30);
            wp::adj_add(var_0, var_28, adj_0, adj_28, adj_29);
            wp::adj_address(var_hy, var_0, var_1, adj_hy, adj_0, adj_1, adj_27);
            // adj: hy[i, j] = hy[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])                       <L 17>
        }
        wp::adj_sub(var_4, var_24, adj_4, adj_24, adj_25);
        // adj: if i < nx - 1:                                                                    <L 16>
        if (var_12) {
            wp::adj_array_store(var_h_x, var_0, var_1, var_22, adj_h_x, adj_0, adj_1, adj_22);
            wp::adj_sub(var_23, var_21, adj_13, adj_21, adj_22);
            wp::adj_mul(var_dt_dx, var_18, adj_dt_dx, adj_18, adj_21);
            wp::adj_sub(var_19, var_20, adj_16, adj_17, adj_18);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_17);
            wp::adj_address(var_ez, var_0, var_15, adj_ez, adj_0, adj_15, adj_16);
            wp::adj_add(var_1, var_14, adj_1, adj_14, adj_15);
            wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_13);
            // adj: h_x[i, j] = h_x[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])                     <L 15>
        }
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: if j < ny - 1:                                                                    <L 14>
        adj_ez.shape = adj_6;
        // adj: ny = ez.shape[1]                                                                  <L 13>
        adj_ez.shape = adj_2;
        // adj: nx = ez.shape[0]                                                                  <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def update_h(                                                                     <L 5>
        continue;
    }
}

