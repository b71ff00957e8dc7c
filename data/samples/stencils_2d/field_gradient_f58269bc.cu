// Warp 1.19.0 cuda code for field_gradient_f58269bc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void field_gradient_c101a13e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::float32> var_height_field,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<2, wp::float32>> var_gradient,
    wp::array_t<wp::float32> var_magnitude)
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
        wp::int32* var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::int32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::vec_t<2, wp::float32> var_52;
        wp::float32 var_53;
        //---------
        // forward
        // def field_gradient(                                                                    <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // nx = height_field.shape[0]                                                             <L 14>
        var_2 = &(var_height_field.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = height_field.shape[1]                                                             <L 15>
        var_6 = &(var_height_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if active[i, j] == 0:                                                                  <L 16>
        var_10 = wp::address(var_active, var_0, var_1);
        var_13 = wp::load(var_10);
        var_12 = (var_13 == var_11);
        if (var_12) {
            // return                                                                             <L 17>
            continue;
        }
        // inv_dx = 1.0 / h                                                                       <L 18>
        var_15 = wp::div(var_14, var_h);
        // i0 = wp.max(i - 1, 0)                                                                  <L 19>
        var_17 = wp::sub(var_0, var_16);
        var_19 = wp::max(var_17, var_18);
        // i1 = wp.min(i + 1, nx - 1)                                                             <L 20>
        var_21 = wp::add(var_0, var_20);
        var_23 = wp::sub(var_4, var_22);
        var_24 = wp::min(var_21, var_23);
        // j0 = wp.max(j - 1, 0)                                                                  <L 21>
        var_26 = wp::sub(var_1, var_25);
        var_28 = wp::max(var_26, var_27);
        // j1 = wp.min(j + 1, ny - 1)                                                             <L 22>
        var_30 = wp::add(var_1, var_29);
        var_32 = wp::sub(var_8, var_31);
        var_33 = wp::min(var_30, var_32);
        // gx = (height_field[i1, j] - height_field[i0, j]) / float(i1 - i0) * inv_dx             <L 23>
        var_34 = wp::address(var_height_field, var_24, var_1);
        var_35 = wp::address(var_height_field, var_19, var_1);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::sub(var_37, var_38);
        var_39 = wp::sub(var_24, var_19);
        var_40 = wp::float(var_39);
        var_41 = wp::div(var_36, var_40);
        var_42 = wp::mul(var_41, var_15);
        // gy = (height_field[i, j1] - height_field[i, j0]) / float(j1 - j0) * inv_dx             <L 24>
        var_43 = wp::address(var_height_field, var_0, var_33);
        var_44 = wp::address(var_height_field, var_0, var_28);
        var_46 = wp::load(var_43);
        var_47 = wp::load(var_44);
        var_45 = wp::sub(var_46, var_47);
        var_48 = wp::sub(var_33, var_28);
        var_49 = wp::float(var_48);
        var_50 = wp::div(var_45, var_49);
        var_51 = wp::mul(var_50, var_15);
        // g = wp.vec2(gx, gy)                                                                    <L 25>
        var_52 = wp::vec_t<2, wp::float32>(var_42, var_51);
        // gradient[i, j] = g                                                                     <L 26>
        wp::array_store(var_gradient, var_0, var_1, var_52);
        // magnitude[i, j] = wp.length(g)                                                         <L 27>
        var_53 = wp::length(var_52);
        wp::array_store(var_magnitude, var_0, var_1, var_53);
    }
}



extern "C" __global__ void field_gradient_c101a13e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::float32> var_height_field,
    wp::float32 var_h,
    wp::array_t<wp::vec_t<2, wp::float32>> var_gradient,
    wp::array_t<wp::float32> var_magnitude,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::float32> adj_height_field,
    wp::float32 adj_h,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_gradient,
    wp::array_t<wp::float32> adj_magnitude)
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
        wp::int32* var_10;
        const wp::int32 var_11 = 0;
        bool var_12;
        wp::int32 var_13;
        const wp::float32 var_14 = 1.0;
        wp::float32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        const wp::int32 var_31 = 1;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        wp::float32* var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::int32 var_48;
        wp::float32 var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::vec_t<2, wp::float32> var_52;
        wp::float32 var_53;
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
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::vec_t<2, wp::float32> adj_52 = {};
        wp::float32 adj_53 = {};
        //---------
        // forward
        // def field_gradient(                                                                    <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // nx = height_field.shape[0]                                                             <L 14>
        var_2 = &(var_height_field.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = height_field.shape[1]                                                             <L 15>
        var_6 = &(var_height_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if active[i, j] == 0:                                                                  <L 16>
        var_10 = wp::address(var_active, var_0, var_1);
        var_13 = wp::load(var_10);
        var_12 = (var_13 == var_11);
        if (var_12) {
            // return                                                                             <L 17>
            goto label0;
        }
        // inv_dx = 1.0 / h                                                                       <L 18>
        var_15 = wp::div(var_14, var_h);
        // i0 = wp.max(i - 1, 0)                                                                  <L 19>
        var_17 = wp::sub(var_0, var_16);
        var_19 = wp::max(var_17, var_18);
        // i1 = wp.min(i + 1, nx - 1)                                                             <L 20>
        var_21 = wp::add(var_0, var_20);
        var_23 = wp::sub(var_4, var_22);
        var_24 = wp::min(var_21, var_23);
        // j0 = wp.max(j - 1, 0)                                                                  <L 21>
        var_26 = wp::sub(var_1, var_25);
        var_28 = wp::max(var_26, var_27);
        // j1 = wp.min(j + 1, ny - 1)                                                             <L 22>
        var_30 = wp::add(var_1, var_29);
        var_32 = wp::sub(var_8, var_31);
        var_33 = wp::min(var_30, var_32);
        // gx = (height_field[i1, j] - height_field[i0, j]) / float(i1 - i0) * inv_dx             <L 23>
        var_34 = wp::address(var_height_field, var_24, var_1);
        var_35 = wp::address(var_height_field, var_19, var_1);
        var_37 = wp::load(var_34);
        var_38 = wp::load(var_35);
        var_36 = wp::sub(var_37, var_38);
        var_39 = wp::sub(var_24, var_19);
        var_40 = wp::float(var_39);
        var_41 = wp::div(var_36, var_40);
        var_42 = wp::mul(var_41, var_15);
        // gy = (height_field[i, j1] - height_field[i, j0]) / float(j1 - j0) * inv_dx             <L 24>
        var_43 = wp::address(var_height_field, var_0, var_33);
        var_44 = wp::address(var_height_field, var_0, var_28);
        var_46 = wp::load(var_43);
        var_47 = wp::load(var_44);
        var_45 = wp::sub(var_46, var_47);
        var_48 = wp::sub(var_33, var_28);
        var_49 = wp::float(var_48);
        var_50 = wp::div(var_45, var_49);
        var_51 = wp::mul(var_50, var_15);
        // g = wp.vec2(gx, gy)                                                                    <L 25>
        var_52 = wp::vec_t<2, wp::float32>(var_42, var_51);
        // gradient[i, j] = g                                                                     <L 26>
        // wp::array_store(var_gradient, var_0, var_1, var_52);
        // magnitude[i, j] = wp.length(g)                                                         <L 27>
        var_53 = wp::length(var_52);
        // wp::array_store(var_magnitude, var_0, var_1, var_53);
        //---------
        // reverse
        wp::adj_array_store(var_magnitude, var_0, var_1, var_53, adj_magnitude, adj_0, adj_1, adj_53);
        wp::adj_length(var_52, var_53, adj_52, adj_53);
        // adj: magnitude[i, j] = wp.length(g)                                                    <L 27>
        wp::adj_array_store(var_gradient, var_0, var_1, var_52, adj_gradient, adj_0, adj_1, adj_52);
        // adj: gradient[i, j] = g                                                                <L 26>
        wp::adj_vec_t(var_42, var_51, adj_42, adj_51, adj_52);
        // adj: g = wp.vec2(gx, gy)                                                               <L 25>
        wp::adj_mul(var_50, var_15, adj_50, adj_15, adj_51);
        wp::adj_div(var_45, var_49, var_50, adj_45, adj_49, adj_50);
        wp::adj_float(var_48, adj_48, adj_49);
        wp::adj_sub(var_33, var_28, adj_33, adj_28, adj_48);
        wp::adj_sub(var_46, var_47, adj_43, adj_44, adj_45);
        wp::adj_address(var_height_field, var_0, var_28, adj_height_field, adj_0, adj_28, adj_44);
        wp::adj_address(var_height_field, var_0, var_33, adj_height_field, adj_0, adj_33, adj_43);
        // adj: gy = (height_field[i, j1] - height_field[i, j0]) / float(j1 - j0) * inv_dx        <L 24>
        wp::adj_mul(var_41, var_15, adj_41, adj_15, adj_42);
        wp::adj_div(var_36, var_40, var_41, adj_36, adj_40, adj_41);
        wp::adj_float(var_39, adj_39, adj_40);
        wp::adj_sub(var_24, var_19, adj_24, adj_19, adj_39);
        wp::adj_sub(var_37, var_38, adj_34, adj_35, adj_36);
        wp::adj_address(var_height_field, var_19, var_1, adj_height_field, adj_19, adj_1, adj_35);
        wp::adj_address(var_height_field, var_24, var_1, adj_height_field, adj_24, adj_1, adj_34);
        // adj: gx = (height_field[i1, j] - height_field[i0, j]) / float(i1 - i0) * inv_dx        <L 23>
        wp::adj_min(var_30, var_32, adj_30, adj_32, adj_33);
        wp::adj_sub(var_8, var_31, adj_8, adj_31, adj_32);
        wp::adj_add(var_1, var_29, adj_1, adj_29, adj_30);
        // adj: j1 = wp.min(j + 1, ny - 1)                                                        <L 22>
        wp::adj_max(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_sub(var_1, var_25, adj_1, adj_25, adj_26);
        // adj: j0 = wp.max(j - 1, 0)                                                             <L 21>
        wp::adj_min(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_sub(var_4, var_22, adj_4, adj_22, adj_23);
        wp::adj_add(var_0, var_20, adj_0, adj_20, adj_21);
        // adj: i1 = wp.min(i + 1, nx - 1)                                                        <L 20>
        wp::adj_max(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_sub(var_0, var_16, adj_0, adj_16, adj_17);
        // adj: i0 = wp.max(i - 1, 0)                                                             <L 19>
        wp::adj_div(var_14, var_h, var_15, adj_14, adj_h, adj_15);
        // adj: inv_dx = 1.0 / h                                                                  <L 18>
        if (var_12) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_active, var_0, var_1, adj_active, adj_0, adj_1, adj_10);
        // adj: if active[i, j] == 0:                                                             <L 16>
        adj_height_field.shape = adj_6;
        // adj: ny = height_field.shape[1]                                                        <L 15>
        adj_height_field.shape = adj_2;
        // adj: nx = height_field.shape[0]                                                        <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def field_gradient(                                                               <L 5>
        continue;
    }
}

