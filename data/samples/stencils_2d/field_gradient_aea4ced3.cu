// Warp 1.19.0 cuda code for field_gradient_aea4ced3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void field_gradient_9cbfd0ca_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_temperature,
    wp::float32 var_inv_dx,
    wp::array_t<wp::vec_t<2, wp::float32>> var_gradient,
    wp::array_t<wp::float32> var_grad_norm)
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
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::vec_t<2, wp::float32> var_46;
        wp::float32 var_47;
        //---------
        // forward
        // def field_gradient(                                                                    <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // nx = temperature.shape[0]                                                              <L 13>
        var_2 = &(var_temperature.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = temperature.shape[1]                                                              <L 14>
        var_6 = &(var_temperature.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // i0 = wp.max(i - 1, 0)                                                                  <L 15>
        var_11 = wp::sub(var_0, var_10);
        var_13 = wp::max(var_11, var_12);
        // i1 = wp.min(i + 1, nx - 1)                                                             <L 16>
        var_15 = wp::add(var_0, var_14);
        var_17 = wp::sub(var_4, var_16);
        var_18 = wp::min(var_15, var_17);
        // j0 = wp.max(j - 1, 0)                                                                  <L 17>
        var_20 = wp::sub(var_1, var_19);
        var_22 = wp::max(var_20, var_21);
        // j1 = wp.min(j + 1, ny - 1)                                                             <L 18>
        var_24 = wp::add(var_1, var_23);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::min(var_24, var_26);
        // gx = (temperature[i1, j] - temperature[i0, j]) / float(i1 - i0) * inv_dx               <L 19>
        var_28 = wp::address(var_temperature, var_18, var_1);
        var_29 = wp::address(var_temperature, var_13, var_1);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::sub(var_31, var_32);
        var_33 = wp::sub(var_18, var_13);
        var_34 = wp::float(var_33);
        var_35 = wp::div(var_30, var_34);
        var_36 = wp::mul(var_35, var_inv_dx);
        // gy = (temperature[i, j1] - temperature[i, j0]) / float(j1 - j0) * inv_dx               <L 20>
        var_37 = wp::address(var_temperature, var_0, var_27);
        var_38 = wp::address(var_temperature, var_0, var_22);
        var_40 = wp::load(var_37);
        var_41 = wp::load(var_38);
        var_39 = wp::sub(var_40, var_41);
        var_42 = wp::sub(var_27, var_22);
        var_43 = wp::float(var_42);
        var_44 = wp::div(var_39, var_43);
        var_45 = wp::mul(var_44, var_inv_dx);
        // g = wp.vec2(gx, gy)                                                                    <L 21>
        var_46 = wp::vec_t<2, wp::float32>(var_36, var_45);
        // gradient[i, j] = g                                                                     <L 22>
        wp::array_store(var_gradient, var_0, var_1, var_46);
        // grad_norm[i, j] = wp.length(g)                                                         <L 23>
        var_47 = wp::length(var_46);
        wp::array_store(var_grad_norm, var_0, var_1, var_47);
    }
}



extern "C" __global__ void field_gradient_9cbfd0ca_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_temperature,
    wp::float32 var_inv_dx,
    wp::array_t<wp::vec_t<2, wp::float32>> var_gradient,
    wp::array_t<wp::float32> var_grad_norm,
    wp::array_t<wp::float32> adj_temperature,
    wp::float32 adj_inv_dx,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_gradient,
    wp::array_t<wp::float32> adj_grad_norm)
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
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::float32* var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::int32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::vec_t<2, wp::float32> var_46;
        wp::float32 var_47;
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
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
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
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<2, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        //---------
        // forward
        // def field_gradient(                                                                    <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // nx = temperature.shape[0]                                                              <L 13>
        var_2 = &(var_temperature.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = temperature.shape[1]                                                              <L 14>
        var_6 = &(var_temperature.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // i0 = wp.max(i - 1, 0)                                                                  <L 15>
        var_11 = wp::sub(var_0, var_10);
        var_13 = wp::max(var_11, var_12);
        // i1 = wp.min(i + 1, nx - 1)                                                             <L 16>
        var_15 = wp::add(var_0, var_14);
        var_17 = wp::sub(var_4, var_16);
        var_18 = wp::min(var_15, var_17);
        // j0 = wp.max(j - 1, 0)                                                                  <L 17>
        var_20 = wp::sub(var_1, var_19);
        var_22 = wp::max(var_20, var_21);
        // j1 = wp.min(j + 1, ny - 1)                                                             <L 18>
        var_24 = wp::add(var_1, var_23);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::min(var_24, var_26);
        // gx = (temperature[i1, j] - temperature[i0, j]) / float(i1 - i0) * inv_dx               <L 19>
        var_28 = wp::address(var_temperature, var_18, var_1);
        var_29 = wp::address(var_temperature, var_13, var_1);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::sub(var_31, var_32);
        var_33 = wp::sub(var_18, var_13);
        var_34 = wp::float(var_33);
        var_35 = wp::div(var_30, var_34);
        var_36 = wp::mul(var_35, var_inv_dx);
        // gy = (temperature[i, j1] - temperature[i, j0]) / float(j1 - j0) * inv_dx               <L 20>
        var_37 = wp::address(var_temperature, var_0, var_27);
        var_38 = wp::address(var_temperature, var_0, var_22);
        var_40 = wp::load(var_37);
        var_41 = wp::load(var_38);
        var_39 = wp::sub(var_40, var_41);
        var_42 = wp::sub(var_27, var_22);
        var_43 = wp::float(var_42);
        var_44 = wp::div(var_39, var_43);
        var_45 = wp::mul(var_44, var_inv_dx);
        // g = wp.vec2(gx, gy)                                                                    <L 21>
        var_46 = wp::vec_t<2, wp::float32>(var_36, var_45);
        // gradient[i, j] = g                                                                     <L 22>
        // wp::array_store(var_gradient, var_0, var_1, var_46);
        // grad_norm[i, j] = wp.length(g)                                                         <L 23>
        var_47 = wp::length(var_46);
        // wp::array_store(var_grad_norm, var_0, var_1, var_47);
        //---------
        // reverse
        wp::adj_array_store(var_grad_norm, var_0, var_1, var_47, adj_grad_norm, adj_0, adj_1, adj_47);
        wp::adj_length(var_46, var_47, adj_46, adj_47);
        // adj: grad_norm[i, j] = wp.length(g)                                                    <L 23>
        wp::adj_array_store(var_gradient, var_0, var_1, var_46, adj_gradient, adj_0, adj_1, adj_46);
        // adj: gradient[i, j] = g                                                                <L 22>
        wp::adj_vec_t(var_36, var_45, adj_36, adj_45, adj_46);
        // adj: g = wp.vec2(gx, gy)                                                               <L 21>
        wp::adj_mul(var_44, var_inv_dx, adj_44, adj_inv_dx, adj_45);
        wp::adj_div(var_39, var_43, var_44, adj_39, adj_43, adj_44);
        wp::adj_float(var_42, adj_42, adj_43);
        wp::adj_sub(var_27, var_22, adj_27, adj_22, adj_42);
        wp::adj_sub(var_40, var_41, adj_37, adj_38, adj_39);
        wp::adj_address(var_temperature, var_0, var_22, adj_temperature, adj_0, adj_22, adj_38);
        wp::adj_address(var_temperature, var_0, var_27, adj_temperature, adj_0, adj_27, adj_37);
        // adj: gy = (temperature[i, j1] - temperature[i, j0]) / float(j1 - j0) * inv_dx          <L 20>
        wp::adj_mul(var_35, var_inv_dx, adj_35, adj_inv_dx, adj_36);
        wp::adj_div(var_30, var_34, var_35, adj_30, adj_34, adj_35);
        wp::adj_float(var_33, adj_33, adj_34);
        wp::adj_sub(var_18, var_13, adj_18, adj_13, adj_33);
        wp::adj_sub(var_31, var_32, adj_28, adj_29, adj_30);
        wp::adj_address(var_temperature, var_13, var_1, adj_temperature, adj_13, adj_1, adj_29);
        wp::adj_address(var_temperature, var_18, var_1, adj_temperature, adj_18, adj_1, adj_28);
        // adj: gx = (temperature[i1, j] - temperature[i0, j]) / float(i1 - i0) * inv_dx          <L 19>
        wp::adj_min(var_24, var_26, adj_24, adj_26, adj_27);
        wp::adj_sub(var_8, var_25, adj_8, adj_25, adj_26);
        wp::adj_add(var_1, var_23, adj_1, adj_23, adj_24);
        // adj: j1 = wp.min(j + 1, ny - 1)                                                        <L 18>
        wp::adj_max(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_sub(var_1, var_19, adj_1, adj_19, adj_20);
        // adj: j0 = wp.max(j - 1, 0)                                                             <L 17>
        wp::adj_min(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_sub(var_4, var_16, adj_4, adj_16, adj_17);
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_15);
        // adj: i1 = wp.min(i + 1, nx - 1)                                                        <L 16>
        wp::adj_max(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_sub(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: i0 = wp.max(i - 1, 0)                                                             <L 15>
        adj_temperature.shape = adj_6;
        // adj: ny = temperature.shape[1]                                                         <L 14>
        adj_temperature.shape = adj_2;
        // adj: nx = temperature.shape[0]                                                         <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def field_gradient(                                                               <L 5>
        continue;
    }
}

