// Warp 1.19.0 cuda code for update_h_07e9f029.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_h_36ceb017_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::float32 var_coef,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_hy)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        bool var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        //---------
        // forward
        // def update_h(                                                                          <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // if j < ez.shape[1] - 1:                                                                <L 12>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::sub(var_4, var_6);
        var_8 = (var_1 < var_7);
        if (var_8) {
            // de_dy = ez[i, j + 1] - ez[i, j]                                                    <L 13>
            var_10 = wp::add(var_1, var_9);
            var_11 = wp::address(var_ez, var_0, var_10);
            var_12 = wp::address(var_ez, var_0, var_1);
            var_14 = wp::load(var_11);
            var_15 = wp::load(var_12);
            var_13 = wp::sub(var_14, var_15);
            // hx[i, j] = hx[i, j] - coef * (de_dy)                                               <L 14>
            var_16 = wp::address(var_hx, var_0, var_1);
            var_17 = wp::mul(var_coef, var_13);
            var_19 = wp::load(var_16);
            var_18 = wp::sub(var_19, var_17);
            wp::array_store(var_hx, var_0, var_1, var_18);
        }
        // if i < ez.shape[0] - 1:                                                                <L 15>
        var_20 = &(var_ez.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_25 = wp::sub(var_22, var_24);
        var_26 = (var_0 < var_25);
        if (var_26) {
            // de_dx = ez[i + 1, j] - ez[i, j]                                                    <L 16>
            var_28 = wp::add(var_0, var_27);
            var_29 = wp::address(var_ez, var_28, var_1);
            var_30 = wp::address(var_ez, var_0, var_1);
            var_32 = wp::load(var_29);
            var_33 = wp::load(var_30);
            var_31 = wp::sub(var_32, var_33);
            // hy[i, j] = hy[i, j] + coef * (de_dx)                                               <L 17>
            var_34 = wp::address(var_hy, var_0, var_1);
            var_35 = wp::mul(var_coef, var_31);
            var_37 = wp::load(var_34);
            var_36 = wp::add(var_37, var_35);
            wp::array_store(var_hy, var_0, var_1, var_36);
        }
    }
}



extern "C" __global__ void update_h_36ceb017_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::float32 var_coef,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_hy,
    wp::array_t<wp::float32> adj_ez,
    wp::float32 adj_coef,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_hy)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        bool var_8;
        const wp::int32 var_9 = 1;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        bool var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
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
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::shape_t adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
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
        // if j < ez.shape[1] - 1:                                                                <L 12>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_7 = wp::sub(var_4, var_6);
        var_8 = (var_1 < var_7);
        if (var_8) {
            // de_dy = ez[i, j + 1] - ez[i, j]                                                    <L 13>
            var_10 = wp::add(var_1, var_9);
            var_11 = wp::address(var_ez, var_0, var_10);
            var_12 = wp::address(var_ez, var_0, var_1);
            var_14 = wp::load(var_11);
            var_15 = wp::load(var_12);
            var_13 = wp::sub(var_14, var_15);
            // hx[i, j] = hx[i, j] - coef * (de_dy)                                               <L 14>
            var_16 = wp::address(var_hx, var_0, var_1);
            var_17 = wp::mul(var_coef, var_13);
            var_19 = wp::load(var_16);
            var_18 = wp::sub(var_19, var_17);
            // wp::array_store(var_hx, var_0, var_1, var_18);
        }
        // if i < ez.shape[0] - 1:                                                                <L 15>
        var_20 = &(var_ez.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_25 = wp::sub(var_22, var_24);
        var_26 = (var_0 < var_25);
        if (var_26) {
            // de_dx = ez[i + 1, j] - ez[i, j]                                                    <L 16>
            var_28 = wp::add(var_0, var_27);
            var_29 = wp::address(var_ez, var_28, var_1);
            var_30 = wp::address(var_ez, var_0, var_1);
            var_32 = wp::load(var_29);
            var_33 = wp::load(var_30);
            var_31 = wp::sub(var_32, var_33);
            // hy[i, j] = hy[i, j] + coef * (de_dx)                                               <L 17>
            var_34 = wp::address(var_hy, var_0, var_1);
            var_35 = wp::mul(var_coef, var_31);
            var_37 = wp::load(var_34);
            var_36 = wp::add(var_37, var_35);
            // wp::array_store(var_hy, var_0, var_1, var_36);
        }
        //---------
        // reverse
        if (var_26) {
            wp::adj_array_store(var_hy, var_0, var_1, var_36, adj_hy, adj_0, adj_1, adj_36);
            wp::adj_add(var_37, var_35, adj_34, adj_35, adj_36);
            wp::adj_mul(var_coef, var_31, adj_coef, adj_31, adj_35);
            wp::adj_address(var_hy, var_0, var_1, adj_hy, adj_0, adj_1, adj_34);
            // adj: hy[i, j] = hy[i, j] + coef * (de_dx)                                          <L 17>
            wp::adj_sub(var_32, var_33, adj_29, adj_30, adj_31);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_30);
            wp::adj_address(var_ez, var_28, var_1, adj_ez, adj_28, adj_1, adj_29);
            wp::adj_add(var_0, var_27, adj_0, adj_27, adj_28);
            // adj: de_dx = ez[i + 1, j] - ez[i, j]                                               <L 16>
        }
        wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
        adj_ez.shape = adj_20;
        // adj: if i < ez.shape[0] - 1:                                                           <L 15>
        if (var_8) {
            wp::adj_array_store(var_hx, var_0, var_1, var_18, adj_hx, adj_0, adj_1, adj_18);
            wp::adj_sub(var_19, var_17, adj_16, adj_17, adj_18);
            wp::adj_mul(var_coef, var_13, adj_coef, adj_13, adj_17);
            wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_16);
            // adj: hx[i, j] = hx[i, j] - coef * (de_dy)                                          <L 14>
            wp::adj_sub(var_14, var_15, adj_11, adj_12, adj_13);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_12);
            wp::adj_address(var_ez, var_0, var_10, adj_ez, adj_0, adj_10, adj_11);
            wp::adj_add(var_1, var_9, adj_1, adj_9, adj_10);
            // adj: de_dy = ez[i, j + 1] - ez[i, j]                                               <L 13>
        }
        wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
        adj_ez.shape = adj_2;
        // adj: if j < ez.shape[1] - 1:                                                           <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def update_h(                                                                     <L 5>
        continue;
    }
}

