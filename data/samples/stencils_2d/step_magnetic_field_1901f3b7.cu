// Warp 1.19.0 cuda code for step_magnetic_field_1901f3b7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void step_magnetic_field_7feb7fcc_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_field,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_hy,
    wp::float32 var_coef)
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
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // nx = e_field.shape[0]                                                                  <L 12>
        var_2 = &(var_e_field.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_field.shape[1]                                                                  <L 13>
        var_6 = &(var_e_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 16>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // h_x[i, j] -= coef * (e_field[i, j + 1] - e_field[i, j])                            <L 17>
            var_14 = wp::add(var_1, var_13);
            var_15 = wp::address(var_e_field, var_0, var_14);
            var_16 = wp::address(var_e_field, var_0, var_1);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            var_20 = wp::mul(var_coef, var_17);
            var_21 = wp::atomic_sub(var_h_x, var_0, var_1, var_20);
        }
        // if i < nx - 1:                                                                         <L 19>
        var_23 = wp::sub(var_4, var_22);
        var_24 = (var_0 < var_23);
        if (var_24) {
            // hy[i, j] += coef * (e_field[i + 1, j] - e_field[i, j])                             <L 20>
            var_26 = wp::add(var_0, var_25);
            var_27 = wp::address(var_e_field, var_26, var_1);
            var_28 = wp::address(var_e_field, var_0, var_1);
            var_30 = wp::load(var_27);
            var_31 = wp::load(var_28);
            var_29 = wp::sub(var_30, var_31);
            var_32 = wp::mul(var_coef, var_29);
            var_33 = wp::atomic_add(var_hy, var_0, var_1, var_32);
        }
    }
}



extern "C" __global__ void step_magnetic_field_7feb7fcc_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_field,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_hy,
    wp::float32 var_coef,
    wp::array_t<wp::float32> adj_e_field,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_hy,
    wp::float32 adj_coef)
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
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::int32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::float32* var_27;
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
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
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // nx = e_field.shape[0]                                                                  <L 12>
        var_2 = &(var_e_field.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_field.shape[1]                                                                  <L 13>
        var_6 = &(var_e_field.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 16>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // h_x[i, j] -= coef * (e_field[i, j + 1] - e_field[i, j])                            <L 17>
            var_14 = wp::add(var_1, var_13);
            var_15 = wp::address(var_e_field, var_0, var_14);
            var_16 = wp::address(var_e_field, var_0, var_1);
            var_18 = wp::load(var_15);
            var_19 = wp::load(var_16);
            var_17 = wp::sub(var_18, var_19);
            var_20 = wp::mul(var_coef, var_17);
            // var_21 = wp::atomic_sub(var_h_x, var_0, var_1, var_20);
        }
        // if i < nx - 1:                                                                         <L 19>
        var_23 = wp::sub(var_4, var_22);
        var_24 = (var_0 < var_23);
        if (var_24) {
            // hy[i, j] += coef * (e_field[i + 1, j] - e_field[i, j])                             <L 20>
            var_26 = wp::add(var_0, var_25);
            var_27 = wp::address(var_e_field, var_26, var_1);
            var_28 = wp::address(var_e_field, var_0, var_1);
            var_30 = wp::load(var_27);
            var_31 = wp::load(var_28);
            var_29 = wp::sub(var_30, var_31);
            var_32 = wp::mul(var_coef, var_29);
            // var_33 = wp::atomic_add(var_hy, var_0, var_1, var_32);
        }
        //---------
        // reverse
        if (var_24) {
            wp::adj_atomic_add(var_hy, var_0, var_1, var_32, adj_hy, adj_0, adj_1, adj_32, adj_33);
            wp::adj_mul(var_coef, var_29, adj_coef, adj_29, adj_32);
            wp::adj_sub(var_30, var_31, adj_27, adj_28, adj_29);
            wp::adj_address(var_e_field, var_0, var_1, adj_e_field, adj_0, adj_1, adj_28);
            wp::adj_address(var_e_field, var_26, var_1, adj_e_field, adj_26, adj_1, adj_27);
            wp::adj_add(var_0, var_25, adj_0, adj_25, adj_26);
            // adj: hy[i, j] += coef * (e_field[i + 1, j] - e_field[i, j])                        <L 20>
        }
        wp::adj_sub(var_4, var_22, adj_4, adj_22, adj_23);
        // adj: if i < nx - 1:                                                                    <L 19>
        if (var_12) {
            wp::adj_atomic_sub(var_h_x, var_0, var_1, var_20, adj_h_x, adj_0, adj_1, adj_20, adj_21);
            wp::adj_mul(var_coef, var_17, adj_coef, adj_17, adj_20);
            wp::adj_sub(var_18, var_19, adj_15, adj_16, adj_17);
            wp::adj_address(var_e_field, var_0, var_1, adj_e_field, adj_0, adj_1, adj_16);
            wp::adj_address(var_e_field, var_0, var_14, adj_e_field, adj_0, adj_14, adj_15);
            wp::adj_add(var_1, var_13, adj_1, adj_13, adj_14);
            // adj: h_x[i, j] -= coef * (e_field[i, j + 1] - e_field[i, j])                       <L 17>
        }
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: if j < ny - 1:                                                                    <L 16>
        adj_e_field.shape = adj_6;
        // adj: ny = e_field.shape[1]                                                             <L 13>
        adj_e_field.shape = adj_2;
        // adj: nx = e_field.shape[0]                                                             <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def step_magnetic_field(                                                          <L 5>
        continue;
    }
}



extern "C" __global__ void wave_step_c82a242e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_height_field,
    wp::array_t<wp::float32> var_heights_prev,
    wp::float32 var_wave_speed,
    wp::float32 var_damping,
    wp::float32 var_cell_size,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_heights_out)
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 4.0;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 2.0;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // forward
        // def wave_step(                                                                         <L 24>
        // i, j = wp.tid()                                                                        <L 33>
        builtin_tid2d(var_0, var_1);
        // inv_h = 1.0 / cell_size                                                                <L 34>
        var_3 = wp::div(var_2, var_cell_size);
        // im = wp.max(i - 1, 0)                                                                  <L 35>
        var_5 = wp::sub(var_0, var_4);
        var_7 = wp::max(var_5, var_6);
        // ip = wp.min(i + 1, height_field.shape[0] - 1)                                          <L 36>
        var_9 = wp::add(var_0, var_8);
        var_10 = &(var_height_field.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = wp::min(var_9, var_15);
        // jm = wp.max(j - 1, 0)                                                                  <L 37>
        var_18 = wp::sub(var_1, var_17);
        var_20 = wp::max(var_18, var_19);
        // jp = wp.min(j + 1, height_field.shape[1] - 1)                                          <L 38>
        var_22 = wp::add(var_1, var_21);
        var_23 = &(var_height_field.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_28 = wp::sub(var_25, var_27);
        var_29 = wp::min(var_22, var_28);
        // h1 = height_field[i, j]                                                                <L 39>
        var_30 = wp::address(var_height_field, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // l = (height_field[im, j] + height_field[ip, j] + height_field[i, jm] + height_field[i, jp] - 4.0 * h1) * inv_h * inv_h       <L 40>
        var_33 = wp::address(var_height_field, var_7, var_1);
        var_34 = wp::address(var_height_field, var_16, var_1);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::add(var_36, var_37);
        var_38 = wp::address(var_height_field, var_0, var_20);
        var_40 = wp::load(var_38);
        var_39 = wp::add(var_35, var_40);
        var_41 = wp::address(var_height_field, var_0, var_29);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_39, var_43);
        var_45 = wp::mul(var_44, var_31);
        var_46 = wp::sub(var_42, var_45);
        var_47 = wp::mul(var_46, var_3);
        var_48 = wp::mul(var_47, var_3);
        // h0 = heights_prev[i, j]                                                                <L 41>
        var_49 = wp::address(var_heights_prev, var_0, var_1);
        var_51 = wp::load(var_49);
        var_50 = wp::copy(var_51);
        // h = 2.0 * h1 - h0 + delta_time * delta_time * (wave_speed * l - damping * (h1 - h0))       <L 42>
        var_53 = wp::mul(var_52, var_31);
        var_54 = wp::sub(var_53, var_50);
        var_55 = wp::mul(var_delta_time, var_delta_time);
        var_56 = wp::mul(var_wave_speed, var_48);
        var_57 = wp::sub(var_31, var_50);
        var_58 = wp::mul(var_damping, var_57);
        var_59 = wp::sub(var_56, var_58);
        var_60 = wp::mul(var_55, var_59);
        var_61 = wp::add(var_54, var_60);
        // heights_out[i, j] = h                                                                  <L 43>
        wp::array_store(var_heights_out, var_0, var_1, var_61);
    }
}



extern "C" __global__ void wave_step_c82a242e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_height_field,
    wp::array_t<wp::float32> var_heights_prev,
    wp::float32 var_wave_speed,
    wp::float32 var_damping,
    wp::float32 var_cell_size,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_heights_out,
    wp::array_t<wp::float32> adj_height_field,
    wp::array_t<wp::float32> adj_heights_prev,
    wp::float32 adj_wave_speed,
    wp::float32 adj_damping,
    wp::float32 adj_cell_size,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_heights_out)
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 4.0;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::float32 var_52 = 2.0;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
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
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::float32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        //---------
        // forward
        // def wave_step(                                                                         <L 24>
        // i, j = wp.tid()                                                                        <L 33>
        builtin_tid2d(var_0, var_1);
        // inv_h = 1.0 / cell_size                                                                <L 34>
        var_3 = wp::div(var_2, var_cell_size);
        // im = wp.max(i - 1, 0)                                                                  <L 35>
        var_5 = wp::sub(var_0, var_4);
        var_7 = wp::max(var_5, var_6);
        // ip = wp.min(i + 1, height_field.shape[0] - 1)                                          <L 36>
        var_9 = wp::add(var_0, var_8);
        var_10 = &(var_height_field.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = wp::min(var_9, var_15);
        // jm = wp.max(j - 1, 0)                                                                  <L 37>
        var_18 = wp::sub(var_1, var_17);
        var_20 = wp::max(var_18, var_19);
        // jp = wp.min(j + 1, height_field.shape[1] - 1)                                          <L 38>
        var_22 = wp::add(var_1, var_21);
        var_23 = &(var_height_field.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_28 = wp::sub(var_25, var_27);
        var_29 = wp::min(var_22, var_28);
        // h1 = height_field[i, j]                                                                <L 39>
        var_30 = wp::address(var_height_field, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // l = (height_field[im, j] + height_field[ip, j] + height_field[i, jm] + height_field[i, jp] - 4.0 * h1) * inv_h * inv_h       <L 40>
        var_33 = wp::address(var_height_field, var_7, var_1);
        var_34 = wp::address(var_height_field, var_16, var_1);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::add(var_36, var_37);
        var_38 = wp::address(var_height_field, var_0, var_20);
        var_40 = wp::load(var_38);
        var_39 = wp::add(var_35, var_40);
        var_41 = wp::address(var_height_field, var_0, var_29);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_39, var_43);
        var_45 = wp::mul(var_44, var_31);
        var_46 = wp::sub(var_42, var_45);
        var_47 = wp::mul(var_46, var_3);
        var_48 = wp::mul(var_47, var_3);
        // h0 = heights_prev[i, j]                                                                <L 41>
        var_49 = wp::address(var_heights_prev, var_0, var_1);
        var_51 = wp::load(var_49);
        var_50 = wp::copy(var_51);
        // h = 2.0 * h1 - h0 + delta_time * delta_time * (wave_speed * l - damping * (h1 - h0))       <L 42>
        var_53 = wp::mul(var_52, var_31);
        var_54 = wp::sub(var_53, var_50);
        var_55 = wp::mul(var_delta_time, var_delta_time);
        var_56 = wp::mul(var_wave_speed, var_48);
        var_57 = wp::sub(var_31, var_50);
        var_58 = wp::mul(var_damping, var_57);
        var_59 = wp::sub(var_56, var_58);
        var_60 = wp::mul(var_55, var_59);
        var_61 = wp::add(var_54, var_60);
        // heights_out[i, j] = h                                                                  <L 43>
        // wp::array_store(var_heights_out, var_0, var_1, var_61);
        //---------
        // reverse
        wp::adj_array_store(var_heights_out, var_0, var_1, var_61, adj_heights_out, adj_0, adj_1, adj_61);
        // adj: heights_out[i, j] = h                                                             <L 43>
        wp::adj_add(var_54, var_60, adj_54, adj_60, adj_61);
        wp::adj_mul(var_55, var_59, adj_55, adj_59, adj_60);
        wp::adj_sub(var_56, var_58, adj_56, adj_58, adj_59);
        wp::adj_mul(var_damping, var_57, adj_damping, adj_57, adj_58);
        wp::adj_sub(var_31, var_50, adj_31, adj_50, adj_57);
        wp::adj_mul(var_wave_speed, var_48, adj_wave_speed, adj_48, adj_56);
        wp::adj_mul(var_delta_time, var_delta_time, adj_delta_time, adj_delta_time, adj_55);
        wp::adj_sub(var_53, var_50, adj_53, adj_50, adj_54);
        wp::adj_mul(var_52, var_31, adj_52, adj_31, adj_53);
        // adj: h = 2.0 * h1 - h0 + delta_time * delta_time * (wave_speed * l - damping * (h1 - h0))  <L 42>
        wp::adj_copy(var_51, adj_49, adj_50);
        wp::adj_address(var_heights_prev, var_0, var_1, adj_heights_prev, adj_0, adj_1, adj_49);
        // adj: h0 = heights_prev[i, j]                                                           <L 41>
        wp::adj_mul(var_47, var_3, adj_47, adj_3, adj_48);
        wp::adj_mul(var_46, var_3, adj_46, adj_3, adj_47);
        wp::adj_sub(var_42, var_45, adj_42, adj_45, adj_46);
        wp::adj_mul(var_44, var_31, adj_44, adj_31, adj_45);
        wp::adj_add(var_39, var_43, adj_39, adj_41, adj_42);
        wp::adj_address(var_height_field, var_0, var_29, adj_height_field, adj_0, adj_29, adj_41);
        wp::adj_add(var_35, var_40, adj_35, adj_38, adj_39);
        wp::adj_address(var_height_field, var_0, var_20, adj_height_field, adj_0, adj_20, adj_38);
        wp::adj_add(var_36, var_37, adj_33, adj_34, adj_35);
        wp::adj_address(var_height_field, var_16, var_1, adj_height_field, adj_16, adj_1, adj_34);
        wp::adj_address(var_height_field, var_7, var_1, adj_height_field, adj_7, adj_1, adj_33);
        // adj: l = (height_field[im, j] + height_field[ip, j] + height_field[i, jm] + height_field[i, jp] - 4.0 * h1) * inv_h * inv_h  <L 40>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_height_field, var_0, var_1, adj_height_field, adj_0, adj_1, adj_30);
        // adj: h1 = height_field[i, j]                                                           <L 39>
        wp::adj_min(var_22, var_28, adj_22, adj_28, adj_29);
        wp::adj_sub(var_25, var_27, adj_25, adj_27, adj_28);
        adj_height_field.shape = adj_23;
        wp::adj_add(var_1, var_21, adj_1, adj_21, adj_22);
        // adj: jp = wp.min(j + 1, height_field.shape[1] - 1)                                     <L 38>
        wp::adj_max(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_sub(var_1, var_17, adj_1, adj_17, adj_18);
        // adj: jm = wp.max(j - 1, 0)                                                             <L 37>
        wp::adj_min(var_9, var_15, adj_9, adj_15, adj_16);
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        adj_height_field.shape = adj_10;
        wp::adj_add(var_0, var_8, adj_0, adj_8, adj_9);
        // adj: ip = wp.min(i + 1, height_field.shape[0] - 1)                                     <L 36>
        wp::adj_max(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: im = wp.max(i - 1, 0)                                                             <L 35>
        wp::adj_div(var_2, var_cell_size, var_3, adj_2, adj_cell_size, adj_3);
        // adj: inv_h = 1.0 / cell_size                                                           <L 34>
        // adj: i, j = wp.tid()                                                                   <L 33>
        // adj: def wave_step(                                                                    <L 24>
        continue;
    }
}

