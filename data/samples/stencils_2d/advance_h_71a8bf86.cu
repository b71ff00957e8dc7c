// Warp 1.19.0 cuda code for advance_h_71a8bf86.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void advance_h_16776d75_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::float32 var_courant,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y)
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
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        bool var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        bool var_16;
        wp::float32* var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def advance_h(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // if i == e_z.shape[0] - 1 or j == e_z.shape[1] - 1:                                     <L 12>
        var_3 = &(var_e_z.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::sub(var_5, var_7);
        var_9 = (var_0 == var_8);
        var_2 = var_9;
        if (!var_2) {
            var_10 = &(var_e_z.shape);
            var_13 = wp::load(var_10);
            var_12 = wp::extract(var_13, var_11);
            var_15 = wp::sub(var_12, var_14);
            var_16 = (var_1 == var_15);
            var_2 = var_2 || var_16;
        }
        if (var_2) {
            // return                                                                             <L 13>
            continue;
        }
        // h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])                          <L 14>
        var_17 = wp::address(var_h_x, var_0, var_1);
        var_19 = wp::add(var_1, var_18);
        var_20 = wp::address(var_e_z, var_0, var_19);
        var_21 = wp::address(var_e_z, var_0, var_1);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_24);
        var_25 = wp::mul(var_courant, var_22);
        var_27 = wp::load(var_17);
        var_26 = wp::sub(var_27, var_25);
        wp::array_store(var_h_x, var_0, var_1, var_26);
        // h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])                          <L 15>
        var_28 = wp::address(var_h_y, var_0, var_1);
        var_30 = wp::add(var_0, var_29);
        var_31 = wp::address(var_e_z, var_30, var_1);
        var_32 = wp::address(var_e_z, var_0, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::mul(var_courant, var_33);
        var_38 = wp::load(var_28);
        var_37 = wp::add(var_38, var_36);
        wp::array_store(var_h_y, var_0, var_1, var_37);
    }
}



extern "C" __global__ void advance_h_16776d75_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::float32 var_courant,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> adj_e_z,
    wp::float32 adj_courant,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_h_y)
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
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        bool var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        bool var_16;
        wp::float32* var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32* var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        //---------
        // forward
        // def advance_h(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // if i == e_z.shape[0] - 1 or j == e_z.shape[1] - 1:                                     <L 12>
        var_3 = &(var_e_z.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::sub(var_5, var_7);
        var_9 = (var_0 == var_8);
        var_2 = var_9;
        if (!var_2) {
            var_10 = &(var_e_z.shape);
            var_13 = wp::load(var_10);
            var_12 = wp::extract(var_13, var_11);
            var_15 = wp::sub(var_12, var_14);
            var_16 = (var_1 == var_15);
            var_2 = var_2 || var_16;
        }
        if (var_2) {
            // return                                                                             <L 13>
            goto label0;
        }
        // h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])                          <L 14>
        var_17 = wp::address(var_h_x, var_0, var_1);
        var_19 = wp::add(var_1, var_18);
        var_20 = wp::address(var_e_z, var_0, var_19);
        var_21 = wp::address(var_e_z, var_0, var_1);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_24);
        var_25 = wp::mul(var_courant, var_22);
        var_27 = wp::load(var_17);
        var_26 = wp::sub(var_27, var_25);
        // wp::array_store(var_h_x, var_0, var_1, var_26);
        // h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])                          <L 15>
        var_28 = wp::address(var_h_y, var_0, var_1);
        var_30 = wp::add(var_0, var_29);
        var_31 = wp::address(var_e_z, var_30, var_1);
        var_32 = wp::address(var_e_z, var_0, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::sub(var_34, var_35);
        var_36 = wp::mul(var_courant, var_33);
        var_38 = wp::load(var_28);
        var_37 = wp::add(var_38, var_36);
        // wp::array_store(var_h_y, var_0, var_1, var_37);
        //---------
        // reverse
        wp::adj_array_store(var_h_y, var_0, var_1, var_37, adj_h_y, adj_0, adj_1, adj_37);
        wp::adj_add(var_38, var_36, adj_28, adj_36, adj_37);
        wp::adj_mul(var_courant, var_33, adj_courant, adj_33, adj_36);
        wp::adj_sub(var_34, var_35, adj_31, adj_32, adj_33);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_32);
        wp::adj_address(var_e_z, var_30, var_1, adj_e_z, adj_30, adj_1, adj_31);
        wp::adj_add(var_0, var_29, adj_0, adj_29, adj_30);
        wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_28);
        // adj: h_y[i, j] = h_y[i, j] + courant * (e_z[i + 1, j] - e_z[i, j])                     <L 15>
        wp::adj_array_store(var_h_x, var_0, var_1, var_26, adj_h_x, adj_0, adj_1, adj_26);
        wp::adj_sub(var_27, var_25, adj_17, adj_25, adj_26);
        wp::adj_mul(var_courant, var_22, adj_courant, adj_22, adj_25);
        wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_21);
        wp::adj_address(var_e_z, var_0, var_19, adj_e_z, adj_0, adj_19, adj_20);
        wp::adj_add(var_1, var_18, adj_1, adj_18, adj_19);
        wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_17);
        // adj: h_x[i, j] = h_x[i, j] - courant * (e_z[i, j + 1] - e_z[i, j])                     <L 14>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        if (!var_2) {
            wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
            adj_e_z.shape = adj_10;
        }
        wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
        adj_e_z.shape = adj_3;
        // adj: if i == e_z.shape[0] - 1 or j == e_z.shape[1] - 1:                                <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def advance_h(                                                                    <L 5>
        continue;
    }
}

