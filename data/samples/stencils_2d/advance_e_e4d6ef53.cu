// Warp 1.19.0 cuda code for advance_e_e4d6ef53.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// advance_e.py:51
static CUDA_CALLABLE wp::float32 height_at_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_x,
    wp::int32 var_y)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def height_at(h: wp.array2d[float], x: int, y: int):                                   <L 52>
    // x = wp.clamp(x, 0, h.shape[0] - 1)                                                     <L 53>
    var_1 = &(var_h.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_x, var_0, var_6);
    // y = wp.clamp(y, 0, h.shape[1] - 1)                                                     <L 54>
    var_9 = &(var_h.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_y, var_8, var_14);
    // return h[x, y]                                                                         <L 55>
    var_16 = wp::address(var_h, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    return var_17;
}


// advance_e.py:58
static CUDA_CALLABLE wp::float32 laplacian_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_x,
    wp::int32 var_y)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def laplacian(h: wp.array2d[float], x: int, y: int):                                   <L 59>
    // ddx = height_at(h, x + 1, y) - 2.0 * height_at(h, x, y) + height_at(h, x - 1, y)       <L 60>
    var_1 = wp::add(var_x, var_0);
    var_2 = height_at_0(var_h, var_1, var_y);
    var_4 = height_at_0(var_h, var_x, var_y);
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::sub(var_2, var_5);
    var_8 = wp::sub(var_x, var_7);
    var_9 = height_at_0(var_h, var_8, var_y);
    var_10 = wp::add(var_6, var_9);
    // ddy = height_at(h, x, y + 1) - 2.0 * height_at(h, x, y) + height_at(h, x, y - 1)       <L 61>
    var_12 = wp::add(var_y, var_11);
    var_13 = height_at_0(var_h, var_x, var_12);
    var_15 = height_at_0(var_h, var_x, var_y);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::sub(var_13, var_16);
    var_19 = wp::sub(var_y, var_18);
    var_20 = height_at_0(var_h, var_x, var_19);
    var_21 = wp::add(var_17, var_20);
    // return ddx + ddy                                                                       <L 62>
    var_22 = wp::add(var_10, var_21);
    return var_22;
}


// advance_e.py:51
static CUDA_CALLABLE void adj_height_at_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::array_t<wp::float32> & adj_h,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::shape_t* var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    wp::shape_t var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::shape_t adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def height_at(h: wp.array2d[float], x: int, y: int):                                   <L 52>
    // x = wp.clamp(x, 0, h.shape[0] - 1)                                                     <L 53>
    var_1 = &(var_h.shape);
    var_4 = wp::load(var_1);
    var_3 = wp::extract(var_4, var_2);
    var_6 = wp::sub(var_3, var_5);
    var_7 = wp::clamp(var_x, var_0, var_6);
    // y = wp.clamp(y, 0, h.shape[1] - 1)                                                     <L 54>
    var_9 = &(var_h.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::clamp(var_y, var_8, var_14);
    // return h[x, y]                                                                         <L 55>
    var_16 = wp::address(var_h, var_7, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_h, var_7, var_15, adj_h, adj_7, adj_15, adj_16);
    // adj: return h[x, y]                                                                    <L 55>
    wp::adj_clamp(var_y, var_8, var_14, adj_y, adj_8, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    adj_h.shape = adj_9;
    // adj: y = wp.clamp(y, 0, h.shape[1] - 1)                                                <L 54>
    wp::adj_clamp(var_x, var_0, var_6, adj_x, adj_0, adj_6, adj_7);
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    adj_h.shape = adj_1;
    // adj: x = wp.clamp(x, 0, h.shape[0] - 1)                                                <L 53>
    // adj: def height_at(h: wp.array2d[float], x: int, y: int):                              <L 52>
    return;
}


// advance_e.py:58
static CUDA_CALLABLE void adj_laplacian_0(
    wp::array_t<wp::float32> var_h,
    wp::int32 var_x,
    wp::int32 var_y,
    wp::array_t<wp::float32> & adj_h,
    wp::int32 & adj_x,
    wp::int32 & adj_y,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def laplacian(h: wp.array2d[float], x: int, y: int):                                   <L 59>
    // ddx = height_at(h, x + 1, y) - 2.0 * height_at(h, x, y) + height_at(h, x - 1, y)       <L 60>
    var_1 = wp::add(var_x, var_0);
    var_2 = height_at_0(var_h, var_1, var_y);
    var_4 = height_at_0(var_h, var_x, var_y);
    var_5 = wp::mul(var_3, var_4);
    var_6 = wp::sub(var_2, var_5);
    var_8 = wp::sub(var_x, var_7);
    var_9 = height_at_0(var_h, var_8, var_y);
    var_10 = wp::add(var_6, var_9);
    // ddy = height_at(h, x, y + 1) - 2.0 * height_at(h, x, y) + height_at(h, x, y - 1)       <L 61>
    var_12 = wp::add(var_y, var_11);
    var_13 = height_at_0(var_h, var_x, var_12);
    var_15 = height_at_0(var_h, var_x, var_y);
    var_16 = wp::mul(var_14, var_15);
    var_17 = wp::sub(var_13, var_16);
    var_19 = wp::sub(var_y, var_18);
    var_20 = height_at_0(var_h, var_x, var_19);
    var_21 = wp::add(var_17, var_20);
    // return ddx + ddy                                                                       <L 62>
    var_22 = wp::add(var_10, var_21);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_22 += adj_ret;
    wp::adj_add(var_10, var_21, adj_10, adj_21, adj_22);
    // adj: return ddx + ddy                                                                  <L 62>
    wp::adj_add(var_17, var_20, adj_17, adj_20, adj_21);
    adj_height_at_0(var_h, var_x, var_19, adj_h, adj_x, adj_19, adj_20);
    wp::adj_sub(var_y, var_18, adj_y, adj_18, adj_19);
    wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_17);
    wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
    adj_height_at_0(var_h, var_x, var_y, adj_h, adj_x, adj_y, adj_15);
    adj_height_at_0(var_h, var_x, var_12, adj_h, adj_x, adj_12, adj_13);
    wp::adj_add(var_y, var_11, adj_y, adj_11, adj_12);
    // adj: ddy = height_at(h, x, y + 1) - 2.0 * height_at(h, x, y) + height_at(h, x, y - 1)  <L 61>
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    adj_height_at_0(var_h, var_8, var_y, adj_h, adj_8, adj_y, adj_9);
    wp::adj_sub(var_x, var_7, adj_x, adj_7, adj_8);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_6);
    wp::adj_mul(var_3, var_4, adj_3, adj_4, adj_5);
    adj_height_at_0(var_h, var_x, var_y, adj_h, adj_x, adj_y, adj_4);
    adj_height_at_0(var_h, var_1, var_y, adj_h, adj_1, adj_y, adj_2);
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: ddx = height_at(h, x + 1, y) - 2.0 * height_at(h, x, y) + height_at(h, x - 1, y)  <L 60>
    // adj: def laplacian(h: wp.array2d[float], x: int, y: int):                              <L 59>
    return;
}



extern "C" __global__ void wave_step_045de6fe_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_heights,
    wp::array_t<wp::float32> var_heights_prev,
    wp::float32 var_wave_speed,
    wp::float32 var_damping,
    wp::float32 var_cell_size,
    wp::float32 var_sim_dt,
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
        wp::float32* var_2;
        const wp::float32 var_3 = 0.0;
        bool var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 2.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        //---------
        // forward
        // def wave_step(                                                                         <L 66>
        // i, j = wp.tid()                                                                        <L 76>
        builtin_tid2d(var_0, var_1);
        // if particle_inv_mass[i, j] == 0.0:                                                     <L 78>
        var_2 = wp::address(var_particle_inv_mass, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 79>
            continue;
        }
        // l = laplacian(heights, i, j) / (cell_size * cell_size)                                 <L 80>
        var_6 = laplacian_0(var_heights, var_0, var_1);
        var_7 = wp::mul(var_cell_size, var_cell_size);
        var_8 = wp::div(var_6, var_7);
        // h1 = heights[i, j]                                                                     <L 81>
        var_9 = wp::address(var_heights, var_0, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // h0 = heights_prev[i, j]                                                                <L 82>
        var_12 = wp::address(var_heights_prev, var_0, var_1);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // h = 2.0 * h1 - h0 + sim_dt * sim_dt * (wave_speed * l - damping * (h1 - h0))           <L 83>
        var_16 = wp::mul(var_15, var_10);
        var_17 = wp::sub(var_16, var_13);
        var_18 = wp::mul(var_sim_dt, var_sim_dt);
        var_19 = wp::mul(var_wave_speed, var_8);
        var_20 = wp::sub(var_10, var_13);
        var_21 = wp::mul(var_damping, var_20);
        var_22 = wp::sub(var_19, var_21);
        var_23 = wp::mul(var_18, var_22);
        var_24 = wp::add(var_17, var_23);
        // heights_out[i, j] = h                                                                  <L 84>
        wp::array_store(var_heights_out, var_0, var_1, var_24);
    }
}



extern "C" __global__ void wave_step_045de6fe_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_heights,
    wp::array_t<wp::float32> var_heights_prev,
    wp::float32 var_wave_speed,
    wp::float32 var_damping,
    wp::float32 var_cell_size,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_heights_out,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::array_t<wp::float32> adj_heights,
    wp::array_t<wp::float32> adj_heights_prev,
    wp::float32 adj_wave_speed,
    wp::float32 adj_damping,
    wp::float32 adj_cell_size,
    wp::float32 adj_sim_dt,
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
        wp::float32* var_2;
        const wp::float32 var_3 = 0.0;
        bool var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 2.0;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        //---------
        // forward
        // def wave_step(                                                                         <L 66>
        // i, j = wp.tid()                                                                        <L 76>
        builtin_tid2d(var_0, var_1);
        // if particle_inv_mass[i, j] == 0.0:                                                     <L 78>
        var_2 = wp::address(var_particle_inv_mass, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 79>
            goto label0;
        }
        // l = laplacian(heights, i, j) / (cell_size * cell_size)                                 <L 80>
        var_6 = laplacian_0(var_heights, var_0, var_1);
        var_7 = wp::mul(var_cell_size, var_cell_size);
        var_8 = wp::div(var_6, var_7);
        // h1 = heights[i, j]                                                                     <L 81>
        var_9 = wp::address(var_heights, var_0, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // h0 = heights_prev[i, j]                                                                <L 82>
        var_12 = wp::address(var_heights_prev, var_0, var_1);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // h = 2.0 * h1 - h0 + sim_dt * sim_dt * (wave_speed * l - damping * (h1 - h0))           <L 83>
        var_16 = wp::mul(var_15, var_10);
        var_17 = wp::sub(var_16, var_13);
        var_18 = wp::mul(var_sim_dt, var_sim_dt);
        var_19 = wp::mul(var_wave_speed, var_8);
        var_20 = wp::sub(var_10, var_13);
        var_21 = wp::mul(var_damping, var_20);
        var_22 = wp::sub(var_19, var_21);
        var_23 = wp::mul(var_18, var_22);
        var_24 = wp::add(var_17, var_23);
        // heights_out[i, j] = h                                                                  <L 84>
        // wp::array_store(var_heights_out, var_0, var_1, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_heights_out, var_0, var_1, var_24, adj_heights_out, adj_0, adj_1, adj_24);
        // adj: heights_out[i, j] = h                                                             <L 84>
        wp::adj_add(var_17, var_23, adj_17, adj_23, adj_24);
        wp::adj_mul(var_18, var_22, adj_18, adj_22, adj_23);
        wp::adj_sub(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_mul(var_damping, var_20, adj_damping, adj_20, adj_21);
        wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_20);
        wp::adj_mul(var_wave_speed, var_8, adj_wave_speed, adj_8, adj_19);
        wp::adj_mul(var_sim_dt, var_sim_dt, adj_sim_dt, adj_sim_dt, adj_18);
        wp::adj_sub(var_16, var_13, adj_16, adj_13, adj_17);
        wp::adj_mul(var_15, var_10, adj_15, adj_10, adj_16);
        // adj: h = 2.0 * h1 - h0 + sim_dt * sim_dt * (wave_speed * l - damping * (h1 - h0))      <L 83>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_heights_prev, var_0, var_1, adj_heights_prev, adj_0, adj_1, adj_12);
        // adj: h0 = heights_prev[i, j]                                                           <L 82>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_9);
        // adj: h1 = heights[i, j]                                                                <L 81>
        wp::adj_div(var_6, var_7, var_8, adj_6, adj_7, adj_8);
        wp::adj_mul(var_cell_size, var_cell_size, adj_cell_size, adj_cell_size, adj_7);
        adj_laplacian_0(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_6);
        // adj: l = laplacian(heights, i, j) / (cell_size * cell_size)                            <L 80>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 79>
        }
        wp::adj_address(var_particle_inv_mass, var_0, var_1, adj_particle_inv_mass, adj_0, adj_1, adj_2);
        // adj: if particle_inv_mass[i, j] == 0.0:                                                <L 78>
        // adj: i, j = wp.tid()                                                                   <L 76>
        // adj: def wave_step(                                                                    <L 66>
        continue;
    }
}



extern "C" __global__ void step_magnetic_field_7d64c28f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> var_loss,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_hx,
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        bool var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::float32* var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 32>
        // i, j = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // nx = ez.shape[0]                                                                       <L 40>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = ez.shape[1]                                                                       <L 41>
        var_6 = &(var_ez.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // ca = loss[i, j]                                                                        <L 42>
        var_10 = wp::address(var_loss, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if j < ny - 1:                                                                         <L 44>
        var_14 = wp::sub(var_8, var_13);
        var_15 = (var_1 < var_14);
        if (var_15) {
            // hx[i, j] = ca * hx[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])                       <L 45>
            var_16 = wp::address(var_hx, var_0, var_1);
            var_18 = wp::load(var_16);
            var_17 = wp::mul(var_11, var_18);
            var_20 = wp::add(var_1, var_19);
            var_21 = wp::address(var_ez, var_0, var_20);
            var_22 = wp::address(var_ez, var_0, var_1);
            var_24 = wp::load(var_21);
            var_25 = wp::load(var_22);
            var_23 = wp::sub(var_24, var_25);
            var_26 = wp::mul(var_dt_dx, var_23);
            var_27 = wp::sub(var_17, var_26);
            wp::array_store(var_hx, var_0, var_1, var_27);
        }
        // if i < nx - 1:                                                                         <L 47>
        var_29 = wp::sub(var_4, var_28);
        var_30 = (var_0 < var_29);
        if (var_30) {
            // h_y[i, j] = ca * h_y[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])                     <L 48>
            var_31 = wp::address(var_h_y, var_0, var_1);
            var_33 = wp::load(var_31);
            var_32 = wp::mul(var_11, var_33);
            var_35 = wp::add(var_0, var_34);
            var_36 = wp::address(var_ez, var_35, var_1);
            var_37 = wp::address(var_ez, var_0, var_1);
            var_39 = wp::load(var_36);
            var_40 = wp::load(var_37);
            var_38 = wp::sub(var_39, var_40);
            var_41 = wp::mul(var_dt_dx, var_38);
            var_42 = wp::add(var_32, var_41);
            wp::array_store(var_h_y, var_0, var_1, var_42);
        }
    }
}



extern "C" __global__ void step_magnetic_field_7d64c28f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> var_loss,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> adj_ez,
    wp::array_t<wp::float32> adj_loss,
    wp::float32 adj_dt_dx,
    wp::array_t<wp::float32> adj_hx,
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::float32* var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        bool var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::float32* var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        bool adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 32>
        // i, j = wp.tid()                                                                        <L 39>
        builtin_tid2d(var_0, var_1);
        // nx = ez.shape[0]                                                                       <L 40>
        var_2 = &(var_ez.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = ez.shape[1]                                                                       <L 41>
        var_6 = &(var_ez.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // ca = loss[i, j]                                                                        <L 42>
        var_10 = wp::address(var_loss, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if j < ny - 1:                                                                         <L 44>
        var_14 = wp::sub(var_8, var_13);
        var_15 = (var_1 < var_14);
        if (var_15) {
            // hx[i, j] = ca * hx[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])                       <L 45>
            var_16 = wp::address(var_hx, var_0, var_1);
            var_18 = wp::load(var_16);
            var_17 = wp::mul(var_11, var_18);
            var_20 = wp::add(var_1, var_19);
            var_21 = wp::address(var_ez, var_0, var_20);
            var_22 = wp::address(var_ez, var_0, var_1);
            var_24 = wp::load(var_21);
            var_25 = wp::load(var_22);
            var_23 = wp::sub(var_24, var_25);
            var_26 = wp::mul(var_dt_dx, var_23);
            var_27 = wp::sub(var_17, var_26);
            // wp::array_store(var_hx, var_0, var_1, var_27);
        }
        // if i < nx - 1:                                                                         <L 47>
        var_29 = wp::sub(var_4, var_28);
        var_30 = (var_0 < var_29);
        if (var_30) {
            // h_y[i, j] = ca * h_y[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])                     <L 48>
            var_31 = wp::address(var_h_y, var_0, var_1);
            var_33 = wp::load(var_31);
            var_32 = wp::mul(var_11, var_33);
            var_35 = wp::add(var_0, var_34);
            var_36 = wp::address(var_ez, var_35, var_1);
            var_37 = wp::address(var_ez, var_0, var_1);
            var_39 = wp::load(var_36);
            var_40 = wp::load(var_37);
            var_38 = wp::sub(var_39, var_40);
            var_41 = wp::mul(var_dt_dx, var_38);
            var_42 = wp::add(var_32, var_41);
            // wp::array_store(var_h_y, var_0, var_1, var_42);
        }
        //---------
        // reverse
        if (var_30) {
            wp::adj_array_store(var_h_y, var_0, var_1, var_42, adj_h_y, adj_0, adj_1, adj_42);
            wp::adj_add(var_32, var_41, adj_32, adj_41, adj_42);
            wp::adj_mul(var_dt_dx, var_38, adj_dt_dx, adj_38, adj_41);
            wp::adj_sub(var_39, var_40, adj_36, adj_37, adj_38);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_37);
            wp::adj_address(var_ez, var_35, var_1, adj_ez, adj_35, adj_1, adj_36);
            wp::adj_add(var_0, var_34, adj_0, adj_34, adj_35);
            wp::adj_mul(var_11, var_33, adj_11, adj_31, adj_32);
            wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_31);
            // adj: h_y[i, j] = ca * h_y[i, j] + dt_dx * (ez[i + 1, j] - ez[i, j])                <L 48>
        }
        wp::adj_sub(var_4, var_28, adj_4, adj_28, adj_29);
        // adj: if i < nx - 1:                                                                    <L 47>
        if (var_15) {
            wp::adj_array_store(var_hx, var_0, var_1, var_27, adj_hx, adj_0, adj_1, adj_27);
            wp::adj_sub(var_17, var_26, adj_17, adj_26, adj_27);
            wp::adj_mul(var_dt_dx, var_23, adj_dt_dx, adj_23, adj_26);
            wp::adj_sub(var_24, var_25, adj_21, adj_22, adj_23);
            wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_22);
            wp::adj_address(var_ez, var_0, var_20, adj_ez, adj_0, adj_20, adj_21);
            wp::adj_add(var_1, var_19, adj_1, adj_19, adj_20);
            wp::adj_mul(var_11, var_18, adj_11, adj_16, adj_17);
            wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_16);
            // adj: hx[i, j] = ca * hx[i, j] - dt_dx * (ez[i, j + 1] - ez[i, j])                  <L 45>
        }
        wp::adj_sub(var_8, var_13, adj_8, adj_13, adj_14);
        // adj: if j < ny - 1:                                                                    <L 44>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_loss, var_0, var_1, adj_loss, adj_0, adj_1, adj_10);
        // adj: ca = loss[i, j]                                                                   <L 42>
        adj_ez.shape = adj_6;
        // adj: ny = ez.shape[1]                                                                  <L 41>
        adj_ez.shape = adj_2;
        // adj: nx = ez.shape[0]                                                                  <L 40>
        // adj: i, j = wp.tid()                                                                   <L 39>
        // adj: def step_magnetic_field(                                                          <L 32>
        continue;
    }
}



extern "C" __global__ void advance_e_8272b418_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::int32> var_timestep_counter,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_amp,
    wp::float32 var_omega,
    wp::float32 var_sim_dt,
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
        const wp::int32 var_7 = 0;
        wp::int32* var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        bool var_32;
        bool var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def advance_e(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 20>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 21>
            continue;
        }
        // t = float(timestep_counter[0]) * sim_dt                                                <L 22>
        var_8 = wp::address(var_timestep_counter, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::float(var_10);
        var_11 = wp::mul(var_9, var_sim_dt);
        // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 23>
        var_12 = wp::address(var_h_y, var_0, var_1);
        var_14 = wp::sub(var_0, var_13);
        var_15 = wp::address(var_h_y, var_14, var_1);
        var_17 = wp::load(var_12);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        var_19 = wp::address(var_hx, var_0, var_1);
        var_21 = wp::sub(var_1, var_20);
        var_22 = wp::address(var_hx, var_0, var_21);
        var_24 = wp::load(var_19);
        var_25 = wp::load(var_22);
        var_23 = wp::sub(var_24, var_25);
        var_26 = wp::sub(var_16, var_23);
        // e = ez[i, j] + dt_dx * curl                                                            <L 24>
        var_27 = wp::address(var_ez, var_0, var_1);
        var_28 = wp::mul(var_dt_dx, var_26);
        var_30 = wp::load(var_27);
        var_29 = wp::add(var_30, var_28);
        // if i == src_i and j == src_j:                                                          <L 25>
        var_32 = (var_0 == var_src_i);
        var_31 = var_32;
        if (var_31) {
            var_33 = (var_1 == var_src_j);
            var_31 = var_31 && var_33;
        }
        if (var_31) {
            // s = amp * wp.sin(omega * t)                                                        <L 26>
            var_34 = wp::mul(var_omega, var_11);
            var_35 = wp::sin(var_34);
            var_36 = wp::mul(var_amp, var_35);
            // e = s                                                                              <L 27>
            var_37 = wp::copy(var_36);
        }
        var_38 = wp::where(var_31, var_37, var_29);
        // ez[i, j] = e                                                                           <L 28>
        wp::array_store(var_ez, var_0, var_1, var_38);
    }
}



extern "C" __global__ void advance_e_8272b418_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_hx,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::int32> var_timestep_counter,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_amp,
    wp::float32 var_omega,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_ez,
    wp::array_t<wp::float32> adj_hx,
    wp::array_t<wp::float32> adj_h_y,
    wp::array_t<wp::int32> adj_timestep_counter,
    wp::float32 adj_dt_dx,
    wp::int32 adj_src_i,
    wp::int32 adj_src_j,
    wp::float32 adj_amp,
    wp::float32 adj_omega,
    wp::float32 adj_sim_dt,
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
        const wp::int32 var_7 = 0;
        wp::int32* var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32* var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        bool var_32;
        bool var_33;
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
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
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
        bool adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        //---------
        // forward
        // def advance_e(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 18>
        builtin_tid2d(var_0, var_1);
        // if i == 0 or j == 0:                                                                   <L 20>
        var_4 = (var_0 == var_3);
        var_2 = var_4;
        if (!var_2) {
            var_6 = (var_1 == var_5);
            var_2 = var_2 || var_6;
        }
        if (var_2) {
            // return                                                                             <L 21>
            goto label0;
        }
        // t = float(timestep_counter[0]) * sim_dt                                                <L 22>
        var_8 = wp::address(var_timestep_counter, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::float(var_10);
        var_11 = wp::mul(var_9, var_sim_dt);
        // curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                         <L 23>
        var_12 = wp::address(var_h_y, var_0, var_1);
        var_14 = wp::sub(var_0, var_13);
        var_15 = wp::address(var_h_y, var_14, var_1);
        var_17 = wp::load(var_12);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        var_19 = wp::address(var_hx, var_0, var_1);
        var_21 = wp::sub(var_1, var_20);
        var_22 = wp::address(var_hx, var_0, var_21);
        var_24 = wp::load(var_19);
        var_25 = wp::load(var_22);
        var_23 = wp::sub(var_24, var_25);
        var_26 = wp::sub(var_16, var_23);
        // e = ez[i, j] + dt_dx * curl                                                            <L 24>
        var_27 = wp::address(var_ez, var_0, var_1);
        var_28 = wp::mul(var_dt_dx, var_26);
        var_30 = wp::load(var_27);
        var_29 = wp::add(var_30, var_28);
        // if i == src_i and j == src_j:                                                          <L 25>
        var_32 = (var_0 == var_src_i);
        var_31 = var_32;
        if (var_31) {
            var_33 = (var_1 == var_src_j);
            var_31 = var_31 && var_33;
        }
        if (var_31) {
            // s = amp * wp.sin(omega * t)                                                        <L 26>
            var_34 = wp::mul(var_omega, var_11);
            var_35 = wp::sin(var_34);
            var_36 = wp::mul(var_amp, var_35);
            // e = s                                                                              <L 27>
            var_37 = wp::copy(var_36);
        }
        var_38 = wp::where(var_31, var_37, var_29);
        // ez[i, j] = e                                                                           <L 28>
        // wp::array_store(var_ez, var_0, var_1, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_ez, var_0, var_1, var_38, adj_ez, adj_0, adj_1, adj_38);
        // adj: ez[i, j] = e                                                                      <L 28>
        wp::adj_where(var_31, var_37, var_29, adj_31, adj_37, adj_29, adj_38);
        if (var_31) {
            wp::adj_copy(var_36, adj_36, adj_37);
            // adj: e = s                                                                         <L 27>
            wp::adj_mul(var_amp, var_35, adj_amp, adj_35, adj_36);
            wp::adj_sin(var_34, adj_34, adj_35);
            wp::adj_mul(var_omega, var_11, adj_omega, adj_11, adj_34);
            // adj: s = amp * wp.sin(omega * t)                                                   <L 26>
        }
        if (var_31) {
        }
        // adj: if i == src_i and j == src_j:                                                     <L 25>
        wp::adj_add(var_30, var_28, adj_27, adj_28, adj_29);
        wp::adj_mul(var_dt_dx, var_26, adj_dt_dx, adj_26, adj_28);
        wp::adj_address(var_ez, var_0, var_1, adj_ez, adj_0, adj_1, adj_27);
        // adj: e = ez[i, j] + dt_dx * curl                                                       <L 24>
        wp::adj_sub(var_16, var_23, adj_16, adj_23, adj_26);
        wp::adj_sub(var_24, var_25, adj_19, adj_22, adj_23);
        wp::adj_address(var_hx, var_0, var_21, adj_hx, adj_0, adj_21, adj_22);
        wp::adj_sub(var_1, var_20, adj_1, adj_20, adj_21);
        wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_19);
        wp::adj_sub(var_17, var_18, adj_12, adj_15, adj_16);
        wp::adj_address(var_h_y, var_14, var_1, adj_h_y, adj_14, adj_1, adj_15);
        wp::adj_sub(var_0, var_13, adj_0, adj_13, adj_14);
        wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_12);
        // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                    <L 23>
        wp::adj_mul(var_9, var_sim_dt, adj_9, adj_sim_dt, adj_11);
        wp::adj_float(var_10, adj_8, adj_9);
        wp::adj_address(var_timestep_counter, var_7, adj_timestep_counter, adj_7, adj_8);
        // adj: t = float(timestep_counter[0]) * sim_dt                                           <L 22>
        if (var_2) {
            label0:;
            // adj: return                                                                        <L 21>
        }
        if (!var_2) {
        }
        // adj: if i == 0 or j == 0:                                                              <L 20>
        // adj: i, j = wp.tid()                                                                   <L 18>
        // adj: def advance_e(                                                                    <L 5>
        continue;
    }
}



extern "C" __global__ void blur_density_dbf94714_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_density,
    wp::float32 var_kappa,
    wp::array_t<wp::vec_t<3, wp::float32>> var_density_out)
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
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = -1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 2;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 2;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 2;
        wp::int32 var_51;
        wp::int32 var_52;
        const wp::int32 var_53 = 2;
        wp::int32 var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 2;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 2;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32>* var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 0;
        const wp::int32 var_88 = -1;
        wp::int32 var_89;
        const wp::int32 var_90 = 0;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        wp::int32 var_93;
        wp::int32 var_94;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 2;
        wp::int32 var_100;
        wp::int32 var_101;
        const wp::int32 var_102 = 2;
        wp::int32 var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32>* var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::float32 var_111;
        const wp::int32 var_112 = 0;
        wp::int32 var_113;
        const wp::int32 var_114 = 0;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        wp::int32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 0;
        const wp::int32 var_120 = 1;
        wp::int32 var_121;
        wp::int32 var_122;
        const wp::int32 var_123 = 2;
        wp::int32 var_124;
        wp::int32 var_125;
        const wp::int32 var_126 = 2;
        wp::int32 var_127;
        wp::int32 var_128;
        wp::int32 var_129;
        wp::float32 var_130;
        wp::vec_t<3, wp::float32>* var_131;
        wp::vec_t<3, wp::float32> var_132;
        wp::vec_t<3, wp::float32> var_133;
        wp::vec_t<3, wp::float32> var_134;
        wp::float32 var_135;
        const wp::int32 var_136 = 1;
        wp::int32 var_137;
        const wp::int32 var_138 = 0;
        const wp::int32 var_139 = 1;
        wp::int32 var_140;
        wp::int32 var_141;
        wp::int32 var_142;
        const wp::int32 var_143 = 0;
        const wp::int32 var_144 = 1;
        wp::int32 var_145;
        wp::int32 var_146;
        const wp::int32 var_147 = 2;
        wp::int32 var_148;
        wp::int32 var_149;
        const wp::int32 var_150 = 2;
        wp::int32 var_151;
        wp::int32 var_152;
        wp::int32 var_153;
        wp::float32 var_154;
        wp::vec_t<3, wp::float32>* var_155;
        wp::vec_t<3, wp::float32> var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        wp::float32 var_159;
        const wp::int32 var_160 = 1;
        const wp::int32 var_161 = -1;
        wp::int32 var_162;
        const wp::int32 var_163 = 0;
        const wp::int32 var_164 = 1;
        wp::int32 var_165;
        wp::int32 var_166;
        wp::int32 var_167;
        const wp::int32 var_168 = 0;
        const wp::int32 var_169 = 1;
        wp::int32 var_170;
        wp::int32 var_171;
        const wp::int32 var_172 = 2;
        wp::int32 var_173;
        wp::int32 var_174;
        const wp::int32 var_175 = 2;
        wp::int32 var_176;
        wp::int32 var_177;
        wp::int32 var_178;
        wp::float32 var_179;
        wp::vec_t<3, wp::float32>* var_180;
        wp::vec_t<3, wp::float32> var_181;
        wp::vec_t<3, wp::float32> var_182;
        wp::vec_t<3, wp::float32> var_183;
        wp::float32 var_184;
        const wp::int32 var_185 = 0;
        wp::int32 var_186;
        const wp::int32 var_187 = 0;
        const wp::int32 var_188 = 1;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        const wp::int32 var_192 = 0;
        const wp::int32 var_193 = 1;
        wp::int32 var_194;
        wp::int32 var_195;
        const wp::int32 var_196 = 2;
        wp::int32 var_197;
        wp::int32 var_198;
        const wp::int32 var_199 = 2;
        wp::int32 var_200;
        wp::int32 var_201;
        wp::int32 var_202;
        wp::float32 var_203;
        wp::vec_t<3, wp::float32>* var_204;
        wp::vec_t<3, wp::float32> var_205;
        wp::vec_t<3, wp::float32> var_206;
        wp::vec_t<3, wp::float32> var_207;
        wp::float32 var_208;
        const wp::int32 var_209 = 1;
        wp::int32 var_210;
        const wp::int32 var_211 = 0;
        const wp::int32 var_212 = 1;
        wp::int32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        const wp::int32 var_216 = 0;
        const wp::int32 var_217 = 1;
        wp::int32 var_218;
        wp::int32 var_219;
        const wp::int32 var_220 = 2;
        wp::int32 var_221;
        wp::int32 var_222;
        const wp::int32 var_223 = 2;
        wp::int32 var_224;
        wp::int32 var_225;
        wp::int32 var_226;
        wp::float32 var_227;
        wp::vec_t<3, wp::float32>* var_228;
        wp::vec_t<3, wp::float32> var_229;
        wp::vec_t<3, wp::float32> var_230;
        wp::vec_t<3, wp::float32> var_231;
        wp::float32 var_232;
        wp::vec_t<3, wp::float32> var_233;
        wp::vec_t<3, wp::float32>* var_234;
        wp::vec_t<3, wp::float32> var_235;
        wp::vec_t<3, wp::float32> var_236;
        //---------
        // forward
        // def blur_density(density: wp.array2d[wp.vec3], kappa: float, density_out: wp.array2d[wp.vec3]):       <L 88>
        // i, j = wp.tid()                                                                        <L 89>
        builtin_tid2d(var_0, var_1);
        // width = density.shape[0]                                                               <L 90>
        var_2 = &(var_density.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = density.shape[1]                                                              <L 91>
        var_6 = &(var_density.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = wp.vec3(0.0)                                                                   <L 92>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // weight_sum = float(0.0)                                                                <L 93>
        var_13 = wp::float(var_12);
        // for di in range(-1, 2):                                                                <L 94>
        // for dj in range(-1, 2):                                                                <L 95>
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_16 = wp::add(var_0, var_14);
        var_19 = wp::sub(var_4, var_18);
        var_20 = wp::clamp(var_16, var_17, var_19);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_21 = wp::add(var_1, var_15);
        var_24 = wp::sub(var_8, var_23);
        var_25 = wp::clamp(var_21, var_22, var_24);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_27 = wp::abs(var_14);
        var_28 = wp::sub(var_26, var_27);
        var_30 = wp::abs(var_15);
        var_31 = wp::sub(var_29, var_30);
        var_32 = wp::mul(var_28, var_31);
        var_33 = wp::float(var_32);
        // total += w * density[x, y]                                                             <L 99>
        var_34 = wp::address(var_density, var_20, var_25);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_33, var_36);
        var_37 = wp::add(var_11, var_35);
        // weight_sum += w                                                                        <L 100>
        var_38 = wp::add(var_13, var_33);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_40 = wp::add(var_0, var_14);
        var_43 = wp::sub(var_4, var_42);
        var_44 = wp::clamp(var_40, var_41, var_43);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_45 = wp::add(var_1, var_39);
        var_48 = wp::sub(var_8, var_47);
        var_49 = wp::clamp(var_45, var_46, var_48);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_51 = wp::abs(var_14);
        var_52 = wp::sub(var_50, var_51);
        var_54 = wp::abs(var_39);
        var_55 = wp::sub(var_53, var_54);
        var_56 = wp::mul(var_52, var_55);
        var_57 = wp::float(var_56);
        // total += w * density[x, y]                                                             <L 99>
        var_58 = wp::address(var_density, var_44, var_49);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_57, var_60);
        var_61 = wp::add(var_37, var_59);
        // weight_sum += w                                                                        <L 100>
        var_62 = wp::add(var_38, var_57);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_64 = wp::add(var_0, var_14);
        var_67 = wp::sub(var_4, var_66);
        var_68 = wp::clamp(var_64, var_65, var_67);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_69 = wp::add(var_1, var_63);
        var_72 = wp::sub(var_8, var_71);
        var_73 = wp::clamp(var_69, var_70, var_72);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_75 = wp::abs(var_14);
        var_76 = wp::sub(var_74, var_75);
        var_78 = wp::abs(var_63);
        var_79 = wp::sub(var_77, var_78);
        var_80 = wp::mul(var_76, var_79);
        var_81 = wp::float(var_80);
        // total += w * density[x, y]                                                             <L 99>
        var_82 = wp::address(var_density, var_68, var_73);
        var_84 = wp::load(var_82);
        var_83 = wp::mul(var_81, var_84);
        var_85 = wp::add(var_61, var_83);
        // weight_sum += w                                                                        <L 100>
        var_86 = wp::add(var_62, var_81);
        // for dj in range(-1, 2):                                                                <L 95>
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_89 = wp::add(var_0, var_87);
        var_92 = wp::sub(var_4, var_91);
        var_93 = wp::clamp(var_89, var_90, var_92);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_94 = wp::add(var_1, var_88);
        var_97 = wp::sub(var_8, var_96);
        var_98 = wp::clamp(var_94, var_95, var_97);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_100 = wp::abs(var_87);
        var_101 = wp::sub(var_99, var_100);
        var_103 = wp::abs(var_88);
        var_104 = wp::sub(var_102, var_103);
        var_105 = wp::mul(var_101, var_104);
        var_106 = wp::float(var_105);
        // total += w * density[x, y]                                                             <L 99>
        var_107 = wp::address(var_density, var_93, var_98);
        var_109 = wp::load(var_107);
        var_108 = wp::mul(var_106, var_109);
        var_110 = wp::add(var_85, var_108);
        // weight_sum += w                                                                        <L 100>
        var_111 = wp::add(var_86, var_106);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_113 = wp::add(var_0, var_87);
        var_116 = wp::sub(var_4, var_115);
        var_117 = wp::clamp(var_113, var_114, var_116);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_118 = wp::add(var_1, var_112);
        var_121 = wp::sub(var_8, var_120);
        var_122 = wp::clamp(var_118, var_119, var_121);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_124 = wp::abs(var_87);
        var_125 = wp::sub(var_123, var_124);
        var_127 = wp::abs(var_112);
        var_128 = wp::sub(var_126, var_127);
        var_129 = wp::mul(var_125, var_128);
        var_130 = wp::float(var_129);
        // total += w * density[x, y]                                                             <L 99>
        var_131 = wp::address(var_density, var_117, var_122);
        var_133 = wp::load(var_131);
        var_132 = wp::mul(var_130, var_133);
        var_134 = wp::add(var_110, var_132);
        // weight_sum += w                                                                        <L 100>
        var_135 = wp::add(var_111, var_130);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_137 = wp::add(var_0, var_87);
        var_140 = wp::sub(var_4, var_139);
        var_141 = wp::clamp(var_137, var_138, var_140);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_142 = wp::add(var_1, var_136);
        var_145 = wp::sub(var_8, var_144);
        var_146 = wp::clamp(var_142, var_143, var_145);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_148 = wp::abs(var_87);
        var_149 = wp::sub(var_147, var_148);
        var_151 = wp::abs(var_136);
        var_152 = wp::sub(var_150, var_151);
        var_153 = wp::mul(var_149, var_152);
        var_154 = wp::float(var_153);
        // total += w * density[x, y]                                                             <L 99>
        var_155 = wp::address(var_density, var_141, var_146);
        var_157 = wp::load(var_155);
        var_156 = wp::mul(var_154, var_157);
        var_158 = wp::add(var_134, var_156);
        // weight_sum += w                                                                        <L 100>
        var_159 = wp::add(var_135, var_154);
        // for dj in range(-1, 2):                                                                <L 95>
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_162 = wp::add(var_0, var_160);
        var_165 = wp::sub(var_4, var_164);
        var_166 = wp::clamp(var_162, var_163, var_165);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_167 = wp::add(var_1, var_161);
        var_170 = wp::sub(var_8, var_169);
        var_171 = wp::clamp(var_167, var_168, var_170);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_173 = wp::abs(var_160);
        var_174 = wp::sub(var_172, var_173);
        var_176 = wp::abs(var_161);
        var_177 = wp::sub(var_175, var_176);
        var_178 = wp::mul(var_174, var_177);
        var_179 = wp::float(var_178);
        // total += w * density[x, y]                                                             <L 99>
        var_180 = wp::address(var_density, var_166, var_171);
        var_182 = wp::load(var_180);
        var_181 = wp::mul(var_179, var_182);
        var_183 = wp::add(var_158, var_181);
        // weight_sum += w                                                                        <L 100>
        var_184 = wp::add(var_159, var_179);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_186 = wp::add(var_0, var_160);
        var_189 = wp::sub(var_4, var_188);
        var_190 = wp::clamp(var_186, var_187, var_189);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_191 = wp::add(var_1, var_185);
        var_194 = wp::sub(var_8, var_193);
        var_195 = wp::clamp(var_191, var_192, var_194);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_197 = wp::abs(var_160);
        var_198 = wp::sub(var_196, var_197);
        var_200 = wp::abs(var_185);
        var_201 = wp::sub(var_199, var_200);
        var_202 = wp::mul(var_198, var_201);
        var_203 = wp::float(var_202);
        // total += w * density[x, y]                                                             <L 99>
        var_204 = wp::address(var_density, var_190, var_195);
        var_206 = wp::load(var_204);
        var_205 = wp::mul(var_203, var_206);
        var_207 = wp::add(var_183, var_205);
        // weight_sum += w                                                                        <L 100>
        var_208 = wp::add(var_184, var_203);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_210 = wp::add(var_0, var_160);
        var_213 = wp::sub(var_4, var_212);
        var_214 = wp::clamp(var_210, var_211, var_213);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_215 = wp::add(var_1, var_209);
        var_218 = wp::sub(var_8, var_217);
        var_219 = wp::clamp(var_215, var_216, var_218);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_221 = wp::abs(var_160);
        var_222 = wp::sub(var_220, var_221);
        var_224 = wp::abs(var_209);
        var_225 = wp::sub(var_223, var_224);
        var_226 = wp::mul(var_222, var_225);
        var_227 = wp::float(var_226);
        // total += w * density[x, y]                                                             <L 99>
        var_228 = wp::address(var_density, var_214, var_219);
        var_230 = wp::load(var_228);
        var_229 = wp::mul(var_227, var_230);
        var_231 = wp::add(var_207, var_229);
        // weight_sum += w                                                                        <L 100>
        var_232 = wp::add(var_208, var_227);
        // mean = total / weight_sum                                                              <L 101>
        var_233 = wp::div(var_231, var_232);
        // rho_new = wp.lerp(density[i, j], mean, kappa)                                          <L 102>
        var_234 = wp::address(var_density, var_0, var_1);
        var_236 = wp::load(var_234);
        var_235 = wp::lerp(var_236, var_233, var_kappa);
        // density_out[i, j] = rho_new                                                            <L 103>
        wp::array_store(var_density_out, var_0, var_1, var_235);
    }
}



extern "C" __global__ void blur_density_dbf94714_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_density,
    wp::float32 var_kappa,
    wp::array_t<wp::vec_t<3, wp::float32>> var_density_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_density,
    wp::float32 adj_kappa,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_density_out)
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
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::int32 var_14 = -1;
        const wp::int32 var_15 = -1;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32 var_21;
        const wp::int32 var_22 = 0;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 2;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 2;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        wp::int32 var_49;
        const wp::int32 var_50 = 2;
        wp::int32 var_51;
        wp::int32 var_52;
        const wp::int32 var_53 = 2;
        wp::int32 var_54;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::float32 var_57;
        wp::vec_t<3, wp::float32>* var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::int32 var_69;
        const wp::int32 var_70 = 0;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 2;
        wp::int32 var_75;
        wp::int32 var_76;
        const wp::int32 var_77 = 2;
        wp::int32 var_78;
        wp::int32 var_79;
        wp::int32 var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32>* var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        const wp::int32 var_87 = 0;
        const wp::int32 var_88 = -1;
        wp::int32 var_89;
        const wp::int32 var_90 = 0;
        const wp::int32 var_91 = 1;
        wp::int32 var_92;
        wp::int32 var_93;
        wp::int32 var_94;
        const wp::int32 var_95 = 0;
        const wp::int32 var_96 = 1;
        wp::int32 var_97;
        wp::int32 var_98;
        const wp::int32 var_99 = 2;
        wp::int32 var_100;
        wp::int32 var_101;
        const wp::int32 var_102 = 2;
        wp::int32 var_103;
        wp::int32 var_104;
        wp::int32 var_105;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32>* var_107;
        wp::vec_t<3, wp::float32> var_108;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::float32 var_111;
        const wp::int32 var_112 = 0;
        wp::int32 var_113;
        const wp::int32 var_114 = 0;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        wp::int32 var_117;
        wp::int32 var_118;
        const wp::int32 var_119 = 0;
        const wp::int32 var_120 = 1;
        wp::int32 var_121;
        wp::int32 var_122;
        const wp::int32 var_123 = 2;
        wp::int32 var_124;
        wp::int32 var_125;
        const wp::int32 var_126 = 2;
        wp::int32 var_127;
        wp::int32 var_128;
        wp::int32 var_129;
        wp::float32 var_130;
        wp::vec_t<3, wp::float32>* var_131;
        wp::vec_t<3, wp::float32> var_132;
        wp::vec_t<3, wp::float32> var_133;
        wp::vec_t<3, wp::float32> var_134;
        wp::float32 var_135;
        const wp::int32 var_136 = 1;
        wp::int32 var_137;
        const wp::int32 var_138 = 0;
        const wp::int32 var_139 = 1;
        wp::int32 var_140;
        wp::int32 var_141;
        wp::int32 var_142;
        const wp::int32 var_143 = 0;
        const wp::int32 var_144 = 1;
        wp::int32 var_145;
        wp::int32 var_146;
        const wp::int32 var_147 = 2;
        wp::int32 var_148;
        wp::int32 var_149;
        const wp::int32 var_150 = 2;
        wp::int32 var_151;
        wp::int32 var_152;
        wp::int32 var_153;
        wp::float32 var_154;
        wp::vec_t<3, wp::float32>* var_155;
        wp::vec_t<3, wp::float32> var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        wp::float32 var_159;
        const wp::int32 var_160 = 1;
        const wp::int32 var_161 = -1;
        wp::int32 var_162;
        const wp::int32 var_163 = 0;
        const wp::int32 var_164 = 1;
        wp::int32 var_165;
        wp::int32 var_166;
        wp::int32 var_167;
        const wp::int32 var_168 = 0;
        const wp::int32 var_169 = 1;
        wp::int32 var_170;
        wp::int32 var_171;
        const wp::int32 var_172 = 2;
        wp::int32 var_173;
        wp::int32 var_174;
        const wp::int32 var_175 = 2;
        wp::int32 var_176;
        wp::int32 var_177;
        wp::int32 var_178;
        wp::float32 var_179;
        wp::vec_t<3, wp::float32>* var_180;
        wp::vec_t<3, wp::float32> var_181;
        wp::vec_t<3, wp::float32> var_182;
        wp::vec_t<3, wp::float32> var_183;
        wp::float32 var_184;
        const wp::int32 var_185 = 0;
        wp::int32 var_186;
        const wp::int32 var_187 = 0;
        const wp::int32 var_188 = 1;
        wp::int32 var_189;
        wp::int32 var_190;
        wp::int32 var_191;
        const wp::int32 var_192 = 0;
        const wp::int32 var_193 = 1;
        wp::int32 var_194;
        wp::int32 var_195;
        const wp::int32 var_196 = 2;
        wp::int32 var_197;
        wp::int32 var_198;
        const wp::int32 var_199 = 2;
        wp::int32 var_200;
        wp::int32 var_201;
        wp::int32 var_202;
        wp::float32 var_203;
        wp::vec_t<3, wp::float32>* var_204;
        wp::vec_t<3, wp::float32> var_205;
        wp::vec_t<3, wp::float32> var_206;
        wp::vec_t<3, wp::float32> var_207;
        wp::float32 var_208;
        const wp::int32 var_209 = 1;
        wp::int32 var_210;
        const wp::int32 var_211 = 0;
        const wp::int32 var_212 = 1;
        wp::int32 var_213;
        wp::int32 var_214;
        wp::int32 var_215;
        const wp::int32 var_216 = 0;
        const wp::int32 var_217 = 1;
        wp::int32 var_218;
        wp::int32 var_219;
        const wp::int32 var_220 = 2;
        wp::int32 var_221;
        wp::int32 var_222;
        const wp::int32 var_223 = 2;
        wp::int32 var_224;
        wp::int32 var_225;
        wp::int32 var_226;
        wp::float32 var_227;
        wp::vec_t<3, wp::float32>* var_228;
        wp::vec_t<3, wp::float32> var_229;
        wp::vec_t<3, wp::float32> var_230;
        wp::vec_t<3, wp::float32> var_231;
        wp::float32 var_232;
        wp::vec_t<3, wp::float32> var_233;
        wp::vec_t<3, wp::float32>* var_234;
        wp::vec_t<3, wp::float32> var_235;
        wp::vec_t<3, wp::float32> var_236;
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
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
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
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::vec_t<3, wp::float32> adj_60 = {};
        wp::vec_t<3, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::float32 adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::vec_t<3, wp::float32> adj_108 = {};
        wp::vec_t<3, wp::float32> adj_109 = {};
        wp::vec_t<3, wp::float32> adj_110 = {};
        wp::float32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::int32 adj_119 = {};
        wp::int32 adj_120 = {};
        wp::int32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::vec_t<3, wp::float32> adj_131 = {};
        wp::vec_t<3, wp::float32> adj_132 = {};
        wp::vec_t<3, wp::float32> adj_133 = {};
        wp::vec_t<3, wp::float32> adj_134 = {};
        wp::float32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::int32 adj_138 = {};
        wp::int32 adj_139 = {};
        wp::int32 adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::float32 adj_154 = {};
        wp::vec_t<3, wp::float32> adj_155 = {};
        wp::vec_t<3, wp::float32> adj_156 = {};
        wp::vec_t<3, wp::float32> adj_157 = {};
        wp::vec_t<3, wp::float32> adj_158 = {};
        wp::float32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::int32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::int32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::vec_t<3, wp::float32> adj_180 = {};
        wp::vec_t<3, wp::float32> adj_181 = {};
        wp::vec_t<3, wp::float32> adj_182 = {};
        wp::vec_t<3, wp::float32> adj_183 = {};
        wp::float32 adj_184 = {};
        wp::int32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::int32 adj_196 = {};
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::int32 adj_200 = {};
        wp::int32 adj_201 = {};
        wp::int32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::vec_t<3, wp::float32> adj_204 = {};
        wp::vec_t<3, wp::float32> adj_205 = {};
        wp::vec_t<3, wp::float32> adj_206 = {};
        wp::vec_t<3, wp::float32> adj_207 = {};
        wp::float32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::int32 adj_212 = {};
        wp::int32 adj_213 = {};
        wp::int32 adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::int32 adj_218 = {};
        wp::int32 adj_219 = {};
        wp::int32 adj_220 = {};
        wp::int32 adj_221 = {};
        wp::int32 adj_222 = {};
        wp::int32 adj_223 = {};
        wp::int32 adj_224 = {};
        wp::int32 adj_225 = {};
        wp::int32 adj_226 = {};
        wp::float32 adj_227 = {};
        wp::vec_t<3, wp::float32> adj_228 = {};
        wp::vec_t<3, wp::float32> adj_229 = {};
        wp::vec_t<3, wp::float32> adj_230 = {};
        wp::vec_t<3, wp::float32> adj_231 = {};
        wp::float32 adj_232 = {};
        wp::vec_t<3, wp::float32> adj_233 = {};
        wp::vec_t<3, wp::float32> adj_234 = {};
        wp::vec_t<3, wp::float32> adj_235 = {};
        wp::vec_t<3, wp::float32> adj_236 = {};
        //---------
        // forward
        // def blur_density(density: wp.array2d[wp.vec3], kappa: float, density_out: wp.array2d[wp.vec3]):       <L 88>
        // i, j = wp.tid()                                                                        <L 89>
        builtin_tid2d(var_0, var_1);
        // width = density.shape[0]                                                               <L 90>
        var_2 = &(var_density.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = density.shape[1]                                                              <L 91>
        var_6 = &(var_density.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = wp.vec3(0.0)                                                                   <L 92>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // weight_sum = float(0.0)                                                                <L 93>
        var_13 = wp::float(var_12);
        // for di in range(-1, 2):                                                                <L 94>
        // for dj in range(-1, 2):                                                                <L 95>
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_16 = wp::add(var_0, var_14);
        var_19 = wp::sub(var_4, var_18);
        var_20 = wp::clamp(var_16, var_17, var_19);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_21 = wp::add(var_1, var_15);
        var_24 = wp::sub(var_8, var_23);
        var_25 = wp::clamp(var_21, var_22, var_24);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_27 = wp::abs(var_14);
        var_28 = wp::sub(var_26, var_27);
        var_30 = wp::abs(var_15);
        var_31 = wp::sub(var_29, var_30);
        var_32 = wp::mul(var_28, var_31);
        var_33 = wp::float(var_32);
        // total += w * density[x, y]                                                             <L 99>
        var_34 = wp::address(var_density, var_20, var_25);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_33, var_36);
        var_37 = wp::add(var_11, var_35);
        // weight_sum += w                                                                        <L 100>
        var_38 = wp::add(var_13, var_33);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_40 = wp::add(var_0, var_14);
        var_43 = wp::sub(var_4, var_42);
        var_44 = wp::clamp(var_40, var_41, var_43);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_45 = wp::add(var_1, var_39);
        var_48 = wp::sub(var_8, var_47);
        var_49 = wp::clamp(var_45, var_46, var_48);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_51 = wp::abs(var_14);
        var_52 = wp::sub(var_50, var_51);
        var_54 = wp::abs(var_39);
        var_55 = wp::sub(var_53, var_54);
        var_56 = wp::mul(var_52, var_55);
        var_57 = wp::float(var_56);
        // total += w * density[x, y]                                                             <L 99>
        var_58 = wp::address(var_density, var_44, var_49);
        var_60 = wp::load(var_58);
        var_59 = wp::mul(var_57, var_60);
        var_61 = wp::add(var_37, var_59);
        // weight_sum += w                                                                        <L 100>
        var_62 = wp::add(var_38, var_57);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_64 = wp::add(var_0, var_14);
        var_67 = wp::sub(var_4, var_66);
        var_68 = wp::clamp(var_64, var_65, var_67);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_69 = wp::add(var_1, var_63);
        var_72 = wp::sub(var_8, var_71);
        var_73 = wp::clamp(var_69, var_70, var_72);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_75 = wp::abs(var_14);
        var_76 = wp::sub(var_74, var_75);
        var_78 = wp::abs(var_63);
        var_79 = wp::sub(var_77, var_78);
        var_80 = wp::mul(var_76, var_79);
        var_81 = wp::float(var_80);
        // total += w * density[x, y]                                                             <L 99>
        var_82 = wp::address(var_density, var_68, var_73);
        var_84 = wp::load(var_82);
        var_83 = wp::mul(var_81, var_84);
        var_85 = wp::add(var_61, var_83);
        // weight_sum += w                                                                        <L 100>
        var_86 = wp::add(var_62, var_81);
        // for dj in range(-1, 2):                                                                <L 95>
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_89 = wp::add(var_0, var_87);
        var_92 = wp::sub(var_4, var_91);
        var_93 = wp::clamp(var_89, var_90, var_92);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_94 = wp::add(var_1, var_88);
        var_97 = wp::sub(var_8, var_96);
        var_98 = wp::clamp(var_94, var_95, var_97);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_100 = wp::abs(var_87);
        var_101 = wp::sub(var_99, var_100);
        var_103 = wp::abs(var_88);
        var_104 = wp::sub(var_102, var_103);
        var_105 = wp::mul(var_101, var_104);
        var_106 = wp::float(var_105);
        // total += w * density[x, y]                                                             <L 99>
        var_107 = wp::address(var_density, var_93, var_98);
        var_109 = wp::load(var_107);
        var_108 = wp::mul(var_106, var_109);
        var_110 = wp::add(var_85, var_108);
        // weight_sum += w                                                                        <L 100>
        var_111 = wp::add(var_86, var_106);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_113 = wp::add(var_0, var_87);
        var_116 = wp::sub(var_4, var_115);
        var_117 = wp::clamp(var_113, var_114, var_116);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_118 = wp::add(var_1, var_112);
        var_121 = wp::sub(var_8, var_120);
        var_122 = wp::clamp(var_118, var_119, var_121);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_124 = wp::abs(var_87);
        var_125 = wp::sub(var_123, var_124);
        var_127 = wp::abs(var_112);
        var_128 = wp::sub(var_126, var_127);
        var_129 = wp::mul(var_125, var_128);
        var_130 = wp::float(var_129);
        // total += w * density[x, y]                                                             <L 99>
        var_131 = wp::address(var_density, var_117, var_122);
        var_133 = wp::load(var_131);
        var_132 = wp::mul(var_130, var_133);
        var_134 = wp::add(var_110, var_132);
        // weight_sum += w                                                                        <L 100>
        var_135 = wp::add(var_111, var_130);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_137 = wp::add(var_0, var_87);
        var_140 = wp::sub(var_4, var_139);
        var_141 = wp::clamp(var_137, var_138, var_140);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_142 = wp::add(var_1, var_136);
        var_145 = wp::sub(var_8, var_144);
        var_146 = wp::clamp(var_142, var_143, var_145);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_148 = wp::abs(var_87);
        var_149 = wp::sub(var_147, var_148);
        var_151 = wp::abs(var_136);
        var_152 = wp::sub(var_150, var_151);
        var_153 = wp::mul(var_149, var_152);
        var_154 = wp::float(var_153);
        // total += w * density[x, y]                                                             <L 99>
        var_155 = wp::address(var_density, var_141, var_146);
        var_157 = wp::load(var_155);
        var_156 = wp::mul(var_154, var_157);
        var_158 = wp::add(var_134, var_156);
        // weight_sum += w                                                                        <L 100>
        var_159 = wp::add(var_135, var_154);
        // for dj in range(-1, 2):                                                                <L 95>
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_162 = wp::add(var_0, var_160);
        var_165 = wp::sub(var_4, var_164);
        var_166 = wp::clamp(var_162, var_163, var_165);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_167 = wp::add(var_1, var_161);
        var_170 = wp::sub(var_8, var_169);
        var_171 = wp::clamp(var_167, var_168, var_170);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_173 = wp::abs(var_160);
        var_174 = wp::sub(var_172, var_173);
        var_176 = wp::abs(var_161);
        var_177 = wp::sub(var_175, var_176);
        var_178 = wp::mul(var_174, var_177);
        var_179 = wp::float(var_178);
        // total += w * density[x, y]                                                             <L 99>
        var_180 = wp::address(var_density, var_166, var_171);
        var_182 = wp::load(var_180);
        var_181 = wp::mul(var_179, var_182);
        var_183 = wp::add(var_158, var_181);
        // weight_sum += w                                                                        <L 100>
        var_184 = wp::add(var_159, var_179);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_186 = wp::add(var_0, var_160);
        var_189 = wp::sub(var_4, var_188);
        var_190 = wp::clamp(var_186, var_187, var_189);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_191 = wp::add(var_1, var_185);
        var_194 = wp::sub(var_8, var_193);
        var_195 = wp::clamp(var_191, var_192, var_194);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_197 = wp::abs(var_160);
        var_198 = wp::sub(var_196, var_197);
        var_200 = wp::abs(var_185);
        var_201 = wp::sub(var_199, var_200);
        var_202 = wp::mul(var_198, var_201);
        var_203 = wp::float(var_202);
        // total += w * density[x, y]                                                             <L 99>
        var_204 = wp::address(var_density, var_190, var_195);
        var_206 = wp::load(var_204);
        var_205 = wp::mul(var_203, var_206);
        var_207 = wp::add(var_183, var_205);
        // weight_sum += w                                                                        <L 100>
        var_208 = wp::add(var_184, var_203);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 96>
        var_210 = wp::add(var_0, var_160);
        var_213 = wp::sub(var_4, var_212);
        var_214 = wp::clamp(var_210, var_211, var_213);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 97>
        var_215 = wp::add(var_1, var_209);
        var_218 = wp::sub(var_8, var_217);
        var_219 = wp::clamp(var_215, var_216, var_218);
        // w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                         <L 98>
        var_221 = wp::abs(var_160);
        var_222 = wp::sub(var_220, var_221);
        var_224 = wp::abs(var_209);
        var_225 = wp::sub(var_223, var_224);
        var_226 = wp::mul(var_222, var_225);
        var_227 = wp::float(var_226);
        // total += w * density[x, y]                                                             <L 99>
        var_228 = wp::address(var_density, var_214, var_219);
        var_230 = wp::load(var_228);
        var_229 = wp::mul(var_227, var_230);
        var_231 = wp::add(var_207, var_229);
        // weight_sum += w                                                                        <L 100>
        var_232 = wp::add(var_208, var_227);
        // mean = total / weight_sum                                                              <L 101>
        var_233 = wp::div(var_231, var_232);
        // rho_new = wp.lerp(density[i, j], mean, kappa)                                          <L 102>
        var_234 = wp::address(var_density, var_0, var_1);
        var_236 = wp::load(var_234);
        var_235 = wp::lerp(var_236, var_233, var_kappa);
        // density_out[i, j] = rho_new                                                            <L 103>
        // wp::array_store(var_density_out, var_0, var_1, var_235);
        //---------
        // reverse
        wp::adj_array_store(var_density_out, var_0, var_1, var_235, adj_density_out, adj_0, adj_1, adj_235);
        // adj: density_out[i, j] = rho_new                                                       <L 103>
        wp::adj_lerp(var_236, var_233, var_kappa, adj_234, adj_233, adj_kappa, adj_235);
        wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_234);
        // adj: rho_new = wp.lerp(density[i, j], mean, kappa)                                     <L 102>
        wp::adj_div(var_231, var_232, adj_231, adj_232, adj_233);
        // adj: mean = total / weight_sum                                                         <L 101>
        wp::adj_add(var_208, var_227, adj_208, adj_227, adj_232);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_207, var_229, adj_207, adj_229, adj_231);
        wp::adj_mul(var_227, var_230, adj_227, adj_228, adj_229);
        wp::adj_address(var_density, var_214, var_219, adj_density, adj_214, adj_219, adj_228);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_226, adj_226, adj_227);
        wp::adj_mul(var_222, var_225, adj_222, adj_225, adj_226);
        wp::adj_sub(var_223, var_224, adj_223, adj_224, adj_225);
        wp::adj_abs(var_209, adj_209, adj_224);
        wp::adj_sub(var_220, var_221, adj_220, adj_221, adj_222);
        wp::adj_abs(var_160, adj_160, adj_221);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_215, var_216, var_218, adj_215, adj_216, adj_218, adj_219);
        wp::adj_sub(var_8, var_217, adj_8, adj_217, adj_218);
        wp::adj_add(var_1, var_209, adj_1, adj_209, adj_215);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_210, var_211, var_213, adj_210, adj_211, adj_213, adj_214);
        wp::adj_sub(var_4, var_212, adj_4, adj_212, adj_213);
        wp::adj_add(var_0, var_160, adj_0, adj_160, adj_210);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        wp::adj_add(var_184, var_203, adj_184, adj_203, adj_208);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_183, var_205, adj_183, adj_205, adj_207);
        wp::adj_mul(var_203, var_206, adj_203, adj_204, adj_205);
        wp::adj_address(var_density, var_190, var_195, adj_density, adj_190, adj_195, adj_204);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_202, adj_202, adj_203);
        wp::adj_mul(var_198, var_201, adj_198, adj_201, adj_202);
        wp::adj_sub(var_199, var_200, adj_199, adj_200, adj_201);
        wp::adj_abs(var_185, adj_185, adj_200);
        wp::adj_sub(var_196, var_197, adj_196, adj_197, adj_198);
        wp::adj_abs(var_160, adj_160, adj_197);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_191, var_192, var_194, adj_191, adj_192, adj_194, adj_195);
        wp::adj_sub(var_8, var_193, adj_8, adj_193, adj_194);
        wp::adj_add(var_1, var_185, adj_1, adj_185, adj_191);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_186, var_187, var_189, adj_186, adj_187, adj_189, adj_190);
        wp::adj_sub(var_4, var_188, adj_4, adj_188, adj_189);
        wp::adj_add(var_0, var_160, adj_0, adj_160, adj_186);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        wp::adj_add(var_159, var_179, adj_159, adj_179, adj_184);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_158, var_181, adj_158, adj_181, adj_183);
        wp::adj_mul(var_179, var_182, adj_179, adj_180, adj_181);
        wp::adj_address(var_density, var_166, var_171, adj_density, adj_166, adj_171, adj_180);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_178, adj_178, adj_179);
        wp::adj_mul(var_174, var_177, adj_174, adj_177, adj_178);
        wp::adj_sub(var_175, var_176, adj_175, adj_176, adj_177);
        wp::adj_abs(var_161, adj_161, adj_176);
        wp::adj_sub(var_172, var_173, adj_172, adj_173, adj_174);
        wp::adj_abs(var_160, adj_160, adj_173);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_167, var_168, var_170, adj_167, adj_168, adj_170, adj_171);
        wp::adj_sub(var_8, var_169, adj_8, adj_169, adj_170);
        wp::adj_add(var_1, var_161, adj_1, adj_161, adj_167);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_162, var_163, var_165, adj_162, adj_163, adj_165, adj_166);
        wp::adj_sub(var_4, var_164, adj_4, adj_164, adj_165);
        wp::adj_add(var_0, var_160, adj_0, adj_160, adj_162);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        // adj: for dj in range(-1, 2):                                                           <L 95>
        wp::adj_add(var_135, var_154, adj_135, adj_154, adj_159);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_134, var_156, adj_134, adj_156, adj_158);
        wp::adj_mul(var_154, var_157, adj_154, adj_155, adj_156);
        wp::adj_address(var_density, var_141, var_146, adj_density, adj_141, adj_146, adj_155);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_153, adj_153, adj_154);
        wp::adj_mul(var_149, var_152, adj_149, adj_152, adj_153);
        wp::adj_sub(var_150, var_151, adj_150, adj_151, adj_152);
        wp::adj_abs(var_136, adj_136, adj_151);
        wp::adj_sub(var_147, var_148, adj_147, adj_148, adj_149);
        wp::adj_abs(var_87, adj_87, adj_148);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_142, var_143, var_145, adj_142, adj_143, adj_145, adj_146);
        wp::adj_sub(var_8, var_144, adj_8, adj_144, adj_145);
        wp::adj_add(var_1, var_136, adj_1, adj_136, adj_142);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_137, var_138, var_140, adj_137, adj_138, adj_140, adj_141);
        wp::adj_sub(var_4, var_139, adj_4, adj_139, adj_140);
        wp::adj_add(var_0, var_87, adj_0, adj_87, adj_137);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        wp::adj_add(var_111, var_130, adj_111, adj_130, adj_135);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_110, var_132, adj_110, adj_132, adj_134);
        wp::adj_mul(var_130, var_133, adj_130, adj_131, adj_132);
        wp::adj_address(var_density, var_117, var_122, adj_density, adj_117, adj_122, adj_131);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_129, adj_129, adj_130);
        wp::adj_mul(var_125, var_128, adj_125, adj_128, adj_129);
        wp::adj_sub(var_126, var_127, adj_126, adj_127, adj_128);
        wp::adj_abs(var_112, adj_112, adj_127);
        wp::adj_sub(var_123, var_124, adj_123, adj_124, adj_125);
        wp::adj_abs(var_87, adj_87, adj_124);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_118, var_119, var_121, adj_118, adj_119, adj_121, adj_122);
        wp::adj_sub(var_8, var_120, adj_8, adj_120, adj_121);
        wp::adj_add(var_1, var_112, adj_1, adj_112, adj_118);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_113, var_114, var_116, adj_113, adj_114, adj_116, adj_117);
        wp::adj_sub(var_4, var_115, adj_4, adj_115, adj_116);
        wp::adj_add(var_0, var_87, adj_0, adj_87, adj_113);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        wp::adj_add(var_86, var_106, adj_86, adj_106, adj_111);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_85, var_108, adj_85, adj_108, adj_110);
        wp::adj_mul(var_106, var_109, adj_106, adj_107, adj_108);
        wp::adj_address(var_density, var_93, var_98, adj_density, adj_93, adj_98, adj_107);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_105, adj_105, adj_106);
        wp::adj_mul(var_101, var_104, adj_101, adj_104, adj_105);
        wp::adj_sub(var_102, var_103, adj_102, adj_103, adj_104);
        wp::adj_abs(var_88, adj_88, adj_103);
        wp::adj_sub(var_99, var_100, adj_99, adj_100, adj_101);
        wp::adj_abs(var_87, adj_87, adj_100);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_94, var_95, var_97, adj_94, adj_95, adj_97, adj_98);
        wp::adj_sub(var_8, var_96, adj_8, adj_96, adj_97);
        wp::adj_add(var_1, var_88, adj_1, adj_88, adj_94);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_89, var_90, var_92, adj_89, adj_90, adj_92, adj_93);
        wp::adj_sub(var_4, var_91, adj_4, adj_91, adj_92);
        wp::adj_add(var_0, var_87, adj_0, adj_87, adj_89);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        // adj: for dj in range(-1, 2):                                                           <L 95>
        wp::adj_add(var_62, var_81, adj_62, adj_81, adj_86);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_61, var_83, adj_61, adj_83, adj_85);
        wp::adj_mul(var_81, var_84, adj_81, adj_82, adj_83);
        wp::adj_address(var_density, var_68, var_73, adj_density, adj_68, adj_73, adj_82);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_80, adj_80, adj_81);
        wp::adj_mul(var_76, var_79, adj_76, adj_79, adj_80);
        wp::adj_sub(var_77, var_78, adj_77, adj_78, adj_79);
        wp::adj_abs(var_63, adj_63, adj_78);
        wp::adj_sub(var_74, var_75, adj_74, adj_75, adj_76);
        wp::adj_abs(var_14, adj_14, adj_75);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_69, var_70, var_72, adj_69, adj_70, adj_72, adj_73);
        wp::adj_sub(var_8, var_71, adj_8, adj_71, adj_72);
        wp::adj_add(var_1, var_63, adj_1, adj_63, adj_69);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_64, var_65, var_67, adj_64, adj_65, adj_67, adj_68);
        wp::adj_sub(var_4, var_66, adj_4, adj_66, adj_67);
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_64);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        wp::adj_add(var_38, var_57, adj_38, adj_57, adj_62);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_37, var_59, adj_37, adj_59, adj_61);
        wp::adj_mul(var_57, var_60, adj_57, adj_58, adj_59);
        wp::adj_address(var_density, var_44, var_49, adj_density, adj_44, adj_49, adj_58);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_56, adj_56, adj_57);
        wp::adj_mul(var_52, var_55, adj_52, adj_55, adj_56);
        wp::adj_sub(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_abs(var_39, adj_39, adj_54);
        wp::adj_sub(var_50, var_51, adj_50, adj_51, adj_52);
        wp::adj_abs(var_14, adj_14, adj_51);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_45, var_46, var_48, adj_45, adj_46, adj_48, adj_49);
        wp::adj_sub(var_8, var_47, adj_8, adj_47, adj_48);
        wp::adj_add(var_1, var_39, adj_1, adj_39, adj_45);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_40, var_41, var_43, adj_40, adj_41, adj_43, adj_44);
        wp::adj_sub(var_4, var_42, adj_4, adj_42, adj_43);
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_40);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        wp::adj_add(var_13, var_33, adj_13, adj_33, adj_38);
        // adj: weight_sum += w                                                                   <L 100>
        wp::adj_add(var_11, var_35, adj_11, adj_35, adj_37);
        wp::adj_mul(var_33, var_36, adj_33, adj_34, adj_35);
        wp::adj_address(var_density, var_20, var_25, adj_density, adj_20, adj_25, adj_34);
        // adj: total += w * density[x, y]                                                        <L 99>
        wp::adj_float(var_32, adj_32, adj_33);
        wp::adj_mul(var_28, var_31, adj_28, adj_31, adj_32);
        wp::adj_sub(var_29, var_30, adj_29, adj_30, adj_31);
        wp::adj_abs(var_15, adj_15, adj_30);
        wp::adj_sub(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_abs(var_14, adj_14, adj_27);
        // adj: w = float((2 - wp.abs(di)) * (2 - wp.abs(dj)))                                    <L 98>
        wp::adj_clamp(var_21, var_22, var_24, adj_21, adj_22, adj_24, adj_25);
        wp::adj_sub(var_8, var_23, adj_8, adj_23, adj_24);
        wp::adj_add(var_1, var_15, adj_1, adj_15, adj_21);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 97>
        wp::adj_clamp(var_16, var_17, var_19, adj_16, adj_17, adj_19, adj_20);
        wp::adj_sub(var_4, var_18, adj_4, adj_18, adj_19);
        wp::adj_add(var_0, var_14, adj_0, adj_14, adj_16);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 96>
        // adj: for dj in range(-1, 2):                                                           <L 95>
        // adj: for di in range(-1, 2):                                                           <L 94>
        wp::adj_float(var_12, adj_12, adj_13);
        // adj: weight_sum = float(0.0)                                                           <L 93>
        wp::adj_vec_t(var_10, adj_10, adj_11);
        // adj: total = wp.vec3(0.0)                                                              <L 92>
        adj_density.shape = adj_6;
        // adj: height = density.shape[1]                                                         <L 91>
        adj_density.shape = adj_2;
        // adj: width = density.shape[0]                                                          <L 90>
        // adj: i, j = wp.tid()                                                                   <L 89>
        // adj: def blur_density(density: wp.array2d[wp.vec3], kappa: float, density_out: wp.array2d[wp.vec3]):  <L 88>
        continue;
    }
}

