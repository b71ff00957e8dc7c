// Warp 1.19.0 cuda code for seed_spectrum_ee1d9c6a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void wave_heights_0f0965b8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_wavenumber,
    wp::array_t<wp::float32> var_angular_freq,
    wp::array_t<wp::float32> var_sim_time,
    wp::array_t<wp::float32> var_amplitude,
    wp::array_t<wp::float32> var_heights)
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
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<2, wp::float32> var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        //---------
        // forward
        // def wave_heights(                                                                      <L 38>
        // i, j = wp.tid()                                                                        <L 46>
        builtin_tid2d(var_0, var_1);
        // amp = amplitude[0]                                                                     <L 47>
        var_3 = wp::address(var_amplitude, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // time = sim_time[0]                                                                     <L 48>
        var_7 = wp::address(var_sim_time, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // w = angular_freq[0]                                                                    <L 49>
        var_11 = wp::address(var_angular_freq, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // kw = wavenumber[0]                                                                     <L 50>
        var_15 = wp::address(var_wavenumber, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // cell_dx = cell_size[0]                                                                 <L 51>
        var_19 = wp::address(var_cell_size, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // p = wp.vec2(float(i), float(j)) * cell_dx                                              <L 52>
        var_22 = wp::float(var_0);
        var_23 = wp::float(var_1);
        var_24 = wp::vec_t<2, wp::float32>(var_22, var_23);
        var_25 = wp::mul(var_24, var_20);
        // phase = w * time                                                                       <L 53>
        var_26 = wp::mul(var_12, var_8);
        // heights[i, j] = amp * wp.cos(kw * p[0]) * wp.cos(kw * p[1]) * wp.sin(phase)            <L 54>
        var_28 = wp::extract(var_25, var_27);
        var_29 = wp::mul(var_16, var_28);
        var_30 = wp::cos(var_29);
        var_31 = wp::mul(var_4, var_30);
        var_33 = wp::extract(var_25, var_32);
        var_34 = wp::mul(var_16, var_33);
        var_35 = wp::cos(var_34);
        var_36 = wp::mul(var_31, var_35);
        var_37 = wp::sin(var_26);
        var_38 = wp::mul(var_36, var_37);
        wp::array_store(var_heights, var_0, var_1, var_38);
    }
}



extern "C" __global__ void wave_heights_0f0965b8_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_wavenumber,
    wp::array_t<wp::float32> var_angular_freq,
    wp::array_t<wp::float32> var_sim_time,
    wp::array_t<wp::float32> var_amplitude,
    wp::array_t<wp::float32> var_heights,
    wp::array_t<wp::float32> adj_cell_size,
    wp::array_t<wp::float32> adj_wavenumber,
    wp::array_t<wp::float32> adj_angular_freq,
    wp::array_t<wp::float32> adj_sim_time,
    wp::array_t<wp::float32> adj_amplitude,
    wp::array_t<wp::float32> adj_heights)
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
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<2, wp::float32> var_24;
        wp::vec_t<2, wp::float32> var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        const wp::int32 var_32 = 1;
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
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        wp::vec_t<2, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        //---------
        // forward
        // def wave_heights(                                                                      <L 38>
        // i, j = wp.tid()                                                                        <L 46>
        builtin_tid2d(var_0, var_1);
        // amp = amplitude[0]                                                                     <L 47>
        var_3 = wp::address(var_amplitude, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // time = sim_time[0]                                                                     <L 48>
        var_7 = wp::address(var_sim_time, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // w = angular_freq[0]                                                                    <L 49>
        var_11 = wp::address(var_angular_freq, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // kw = wavenumber[0]                                                                     <L 50>
        var_15 = wp::address(var_wavenumber, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // cell_dx = cell_size[0]                                                                 <L 51>
        var_19 = wp::address(var_cell_size, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // p = wp.vec2(float(i), float(j)) * cell_dx                                              <L 52>
        var_22 = wp::float(var_0);
        var_23 = wp::float(var_1);
        var_24 = wp::vec_t<2, wp::float32>(var_22, var_23);
        var_25 = wp::mul(var_24, var_20);
        // phase = w * time                                                                       <L 53>
        var_26 = wp::mul(var_12, var_8);
        // heights[i, j] = amp * wp.cos(kw * p[0]) * wp.cos(kw * p[1]) * wp.sin(phase)            <L 54>
        var_28 = wp::extract(var_25, var_27);
        var_29 = wp::mul(var_16, var_28);
        var_30 = wp::cos(var_29);
        var_31 = wp::mul(var_4, var_30);
        var_33 = wp::extract(var_25, var_32);
        var_34 = wp::mul(var_16, var_33);
        var_35 = wp::cos(var_34);
        var_36 = wp::mul(var_31, var_35);
        var_37 = wp::sin(var_26);
        var_38 = wp::mul(var_36, var_37);
        // wp::array_store(var_heights, var_0, var_1, var_38);
        //---------
        // reverse
        wp::adj_array_store(var_heights, var_0, var_1, var_38, adj_heights, adj_0, adj_1, adj_38);
        wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
        wp::adj_sin(var_26, adj_26, adj_37);
        wp::adj_mul(var_31, var_35, adj_31, adj_35, adj_36);
        wp::adj_cos(var_34, adj_34, adj_35);
        wp::adj_mul(var_16, var_33, adj_16, adj_33, adj_34);
        wp::adj_extract(var_25, var_32, adj_25, adj_32, adj_33);
        wp::adj_mul(var_4, var_30, adj_4, adj_30, adj_31);
        wp::adj_cos(var_29, adj_29, adj_30);
        wp::adj_mul(var_16, var_28, adj_16, adj_28, adj_29);
        wp::adj_extract(var_25, var_27, adj_25, adj_27, adj_28);
        // adj: heights[i, j] = amp * wp.cos(kw * p[0]) * wp.cos(kw * p[1]) * wp.sin(phase)       <L 54>
        wp::adj_mul(var_12, var_8, adj_12, adj_8, adj_26);
        // adj: phase = w * time                                                                  <L 53>
        wp::adj_mul(var_24, var_20, adj_24, adj_20, adj_25);
        wp::adj_vec_t(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_float(var_1, adj_1, adj_23);
        wp::adj_float(var_0, adj_0, adj_22);
        // adj: p = wp.vec2(float(i), float(j)) * cell_dx                                         <L 52>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_cell_size, var_18, adj_cell_size, adj_18, adj_19);
        // adj: cell_dx = cell_size[0]                                                            <L 51>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_wavenumber, var_14, adj_wavenumber, adj_14, adj_15);
        // adj: kw = wavenumber[0]                                                                <L 50>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_angular_freq, var_10, adj_angular_freq, adj_10, adj_11);
        // adj: w = angular_freq[0]                                                               <L 49>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_sim_time, var_6, adj_sim_time, adj_6, adj_7);
        // adj: time = sim_time[0]                                                                <L 48>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_amplitude, var_2, adj_amplitude, adj_2, adj_3);
        // adj: amp = amplitude[0]                                                                <L 47>
        // adj: i, j = wp.tid()                                                                   <L 46>
        // adj: def wave_heights(                                                                 <L 38>
        continue;
    }
}



extern "C" __global__ void halo_copy_2d99075f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_volume)
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
        const wp::int32 var_3 = 2;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::float64* var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        //---------
        // forward
        // def halo_copy(volume: wp.array3d[wp.float64]):                                         <L 28>
        // i, j = wp.tid()                                                                        <L 29>
        builtin_tid2d(var_0, var_1);
        // n = volume.shape[2]                                                                    <L 30>
        var_2 = &(var_volume.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // volume[i, j, 0] = volume[i, j, 1]                                                      <L 33>
        var_7 = wp::address(var_volume, var_0, var_1, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        wp::array_store(var_volume, var_0, var_1, var_10, var_8);
        // volume[i, j, n - 1] = volume[i, j, n - 2]                                              <L 34>
        var_12 = wp::sub(var_4, var_11);
        var_13 = wp::address(var_volume, var_0, var_1, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        var_17 = wp::sub(var_4, var_16);
        wp::array_store(var_volume, var_0, var_1, var_17, var_14);
    }
}



extern "C" __global__ void halo_copy_2d99075f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_volume,
    wp::array_t<wp::float64> adj_volume)
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
        const wp::int32 var_3 = 2;
        wp::int32 var_4;
        wp::shape_t var_5;
        const wp::int32 var_6 = 1;
        wp::float64* var_7;
        wp::float64 var_8;
        wp::float64 var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 2;
        wp::int32 var_12;
        wp::float64* var_13;
        wp::float64 var_14;
        wp::float64 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float64 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float64 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        //---------
        // forward
        // def halo_copy(volume: wp.array3d[wp.float64]):                                         <L 28>
        // i, j = wp.tid()                                                                        <L 29>
        builtin_tid2d(var_0, var_1);
        // n = volume.shape[2]                                                                    <L 30>
        var_2 = &(var_volume.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // volume[i, j, 0] = volume[i, j, 1]                                                      <L 33>
        var_7 = wp::address(var_volume, var_0, var_1, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // wp::array_store(var_volume, var_0, var_1, var_10, var_8);
        // volume[i, j, n - 1] = volume[i, j, n - 2]                                              <L 34>
        var_12 = wp::sub(var_4, var_11);
        var_13 = wp::address(var_volume, var_0, var_1, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        var_17 = wp::sub(var_4, var_16);
        // wp::array_store(var_volume, var_0, var_1, var_17, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_volume, var_0, var_1, var_17, var_14, adj_volume, adj_0, adj_1, adj_17, adj_14);
        wp::adj_sub(var_4, var_16, adj_4, adj_16, adj_17);
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_volume, var_0, var_1, var_12, adj_volume, adj_0, adj_1, adj_12, adj_13);
        wp::adj_sub(var_4, var_11, adj_4, adj_11, adj_12);
        // adj: volume[i, j, n - 1] = volume[i, j, n - 2]                                         <L 34>
        wp::adj_array_store(var_volume, var_0, var_1, var_10, var_8, adj_volume, adj_0, adj_1, adj_10, adj_8);
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_volume, var_0, var_1, var_6, adj_volume, adj_0, adj_1, adj_6, adj_7);
        // adj: volume[i, j, 0] = volume[i, j, 1]                                                 <L 33>
        adj_volume.shape = adj_2;
        // adj: n = volume.shape[2]                                                               <L 30>
        // adj: i, j = wp.tid()                                                                   <L 29>
        // adj: def halo_copy(volume: wp.array3d[wp.float64]):                                    <L 28>
        continue;
    }
}



extern "C" __global__ void eval_taylor_green_3676f695_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_vel_y)
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
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def eval_taylor_green(                                                                 <L 94>
        // i, j = wp.tid()                                                                        <L 99>
        builtin_tid2d(var_0, var_1);
        // dx = cell_size[0]                                                                      <L 100>
        var_3 = wp::address(var_cell_size, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // x = float(i) * dx                                                                      <L 101>
        var_6 = wp::float(var_0);
        var_7 = wp::mul(var_6, var_4);
        // y = float(j) * dx                                                                      <L 102>
        var_8 = wp::float(var_1);
        var_9 = wp::mul(var_8, var_4);
        // sx = wp.sin(x)                                                                         <L 103>
        var_10 = wp::sin(var_7);
        // cx = wp.cos(x)                                                                         <L 104>
        var_11 = wp::cos(var_7);
        // sy = wp.sin(y)                                                                         <L 105>
        var_12 = wp::sin(var_9);
        // cy = wp.cos(y)                                                                         <L 106>
        var_13 = wp::cos(var_9);
        // vel_x[i, j] = sx * cy                                                                  <L 107>
        var_14 = wp::mul(var_10, var_13);
        wp::array_store(var_vel_x, var_0, var_1, var_14);
        // vel_y[i, j] = -cx * sy                                                                 <L 108>
        var_15 = wp::neg(var_11);
        var_16 = wp::mul(var_15, var_12);
        wp::array_store(var_vel_y, var_0, var_1, var_16);
    }
}



extern "C" __global__ void eval_taylor_green_3676f695_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_vel_y,
    wp::array_t<wp::float32> adj_cell_size,
    wp::array_t<wp::float32> adj_vel_x,
    wp::array_t<wp::float32> adj_vel_y)
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
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
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
        //---------
        // forward
        // def eval_taylor_green(                                                                 <L 94>
        // i, j = wp.tid()                                                                        <L 99>
        builtin_tid2d(var_0, var_1);
        // dx = cell_size[0]                                                                      <L 100>
        var_3 = wp::address(var_cell_size, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // x = float(i) * dx                                                                      <L 101>
        var_6 = wp::float(var_0);
        var_7 = wp::mul(var_6, var_4);
        // y = float(j) * dx                                                                      <L 102>
        var_8 = wp::float(var_1);
        var_9 = wp::mul(var_8, var_4);
        // sx = wp.sin(x)                                                                         <L 103>
        var_10 = wp::sin(var_7);
        // cx = wp.cos(x)                                                                         <L 104>
        var_11 = wp::cos(var_7);
        // sy = wp.sin(y)                                                                         <L 105>
        var_12 = wp::sin(var_9);
        // cy = wp.cos(y)                                                                         <L 106>
        var_13 = wp::cos(var_9);
        // vel_x[i, j] = sx * cy                                                                  <L 107>
        var_14 = wp::mul(var_10, var_13);
        // wp::array_store(var_vel_x, var_0, var_1, var_14);
        // vel_y[i, j] = -cx * sy                                                                 <L 108>
        var_15 = wp::neg(var_11);
        var_16 = wp::mul(var_15, var_12);
        // wp::array_store(var_vel_y, var_0, var_1, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_vel_y, var_0, var_1, var_16, adj_vel_y, adj_0, adj_1, adj_16);
        wp::adj_mul(var_15, var_12, adj_15, adj_12, adj_16);
        wp::adj_neg(var_11, adj_11, adj_15);
        // adj: vel_y[i, j] = -cx * sy                                                            <L 108>
        wp::adj_array_store(var_vel_x, var_0, var_1, var_14, adj_vel_x, adj_0, adj_1, adj_14);
        wp::adj_mul(var_10, var_13, adj_10, adj_13, adj_14);
        // adj: vel_x[i, j] = sx * cy                                                             <L 107>
        wp::adj_cos(var_9, adj_9, adj_13);
        // adj: cy = wp.cos(y)                                                                    <L 106>
        wp::adj_sin(var_9, adj_9, adj_12);
        // adj: sy = wp.sin(y)                                                                    <L 105>
        wp::adj_cos(var_7, adj_7, adj_11);
        // adj: cx = wp.cos(x)                                                                    <L 104>
        wp::adj_sin(var_7, adj_7, adj_10);
        // adj: sx = wp.sin(x)                                                                    <L 103>
        wp::adj_mul(var_8, var_4, adj_8, adj_4, adj_9);
        wp::adj_float(var_1, adj_1, adj_8);
        // adj: y = float(j) * dx                                                                 <L 102>
        wp::adj_mul(var_6, var_4, adj_6, adj_4, adj_7);
        wp::adj_float(var_0, adj_0, adj_6);
        // adj: x = float(i) * dx                                                                 <L 101>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_cell_size, var_2, adj_cell_size, adj_2, adj_3);
        // adj: dx = cell_size[0]                                                                 <L 100>
        // adj: i, j = wp.tid()                                                                   <L 99>
        // adj: def eval_taylor_green(                                                            <L 94>
        continue;
    }
}



extern "C" __global__ void init_shear_layer_be4f97e6_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_domain_width,
    wp::array_t<wp::float32> var_shear_speed,
    wp::array_t<wp::float32> var_layer_width,
    wp::array_t<wp::float32> var_amplitude,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_vel_y)
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
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.5;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        bool var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 4.0;
        const wp::float32 var_43 = 3.14159265358979;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        //---------
        // forward
        // def init_shear_layer(                                                                  <L 58>
        // i, j = wp.tid()                                                                        <L 67>
        builtin_tid2d(var_0, var_1);
        // amp = amplitude[0]                                                                     <L 68>
        var_3 = wp::address(var_amplitude, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // width = layer_width[0]                                                                 <L 69>
        var_7 = wp::address(var_layer_width, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // u0 = shear_speed[0]                                                                    <L 70>
        var_11 = wp::address(var_shear_speed, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // size = domain_width[0]                                                                 <L 71>
        var_15 = wp::address(var_domain_width, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // dx = cell_size[0]                                                                      <L 72>
        var_19 = wp::address(var_cell_size, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // x = (float(i) + 0.5) * dx                                                              <L 74>
        var_22 = wp::float(var_0);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::mul(var_24, var_20);
        // y = (float(j) + 0.5) * dx - 0.5 * size                                                 <L 75>
        var_26 = wp::float(var_1);
        var_28 = wp::add(var_26, var_27);
        var_29 = wp::mul(var_28, var_20);
        var_31 = wp::mul(var_30, var_16);
        var_32 = wp::sub(var_29, var_31);
        // u = u0 * y / width                                                                     <L 77>
        var_33 = wp::mul(var_12, var_32);
        var_34 = wp::div(var_33, var_8);
        // if y > width:                                                                          <L 78>
        var_35 = (var_32 > var_8);
        if (var_35) {
            // u = u0                                                                             <L 79>
            var_36 = wp::copy(var_12);
        }
        if (!var_35) {
            // elif y < -width:                                                                   <L 80>
            var_37 = wp::neg(var_8);
            var_38 = (var_32 < var_37);
            if (var_38) {
                // u = -u0                                                                        <L 81>
                var_39 = wp::neg(var_12);
            }
            var_40 = wp::where(var_38, var_39, var_34);
        }
        var_41 = wp::where(var_35, var_36, var_40);
        // v = amp * wp.sin(4.0 * PI * x / size)                                                  <L 82>
        var_44 = wp::mul(var_42, var_43);
        var_45 = wp::mul(var_44, var_25);
        var_46 = wp::div(var_45, var_16);
        var_47 = wp::sin(var_46);
        var_48 = wp::mul(var_4, var_47);
        // vel_x[i, j] = u                                                                        <L 83>
        wp::array_store(var_vel_x, var_0, var_1, var_41);
        // vel_y[i, j] = v                                                                        <L 84>
        wp::array_store(var_vel_y, var_0, var_1, var_48);
    }
}



extern "C" __global__ void init_shear_layer_be4f97e6_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::float32> var_domain_width,
    wp::array_t<wp::float32> var_shear_speed,
    wp::array_t<wp::float32> var_layer_width,
    wp::array_t<wp::float32> var_amplitude,
    wp::array_t<wp::float32> var_vel_x,
    wp::array_t<wp::float32> var_vel_y,
    wp::array_t<wp::float32> adj_cell_size,
    wp::array_t<wp::float32> adj_domain_width,
    wp::array_t<wp::float32> adj_shear_speed,
    wp::array_t<wp::float32> adj_layer_width,
    wp::array_t<wp::float32> adj_amplitude,
    wp::array_t<wp::float32> adj_vel_x,
    wp::array_t<wp::float32> adj_vel_y)
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
        const wp::int32 var_2 = 0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.5;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.5;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        bool var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        bool var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = 4.0;
        const wp::float32 var_43 = 3.14159265358979;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::float32 adj_19 = {};
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
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        bool adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        bool adj_38 = {};
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
        //---------
        // forward
        // def init_shear_layer(                                                                  <L 58>
        // i, j = wp.tid()                                                                        <L 67>
        builtin_tid2d(var_0, var_1);
        // amp = amplitude[0]                                                                     <L 68>
        var_3 = wp::address(var_amplitude, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // width = layer_width[0]                                                                 <L 69>
        var_7 = wp::address(var_layer_width, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // u0 = shear_speed[0]                                                                    <L 70>
        var_11 = wp::address(var_shear_speed, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // size = domain_width[0]                                                                 <L 71>
        var_15 = wp::address(var_domain_width, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // dx = cell_size[0]                                                                      <L 72>
        var_19 = wp::address(var_cell_size, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // x = (float(i) + 0.5) * dx                                                              <L 74>
        var_22 = wp::float(var_0);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::mul(var_24, var_20);
        // y = (float(j) + 0.5) * dx - 0.5 * size                                                 <L 75>
        var_26 = wp::float(var_1);
        var_28 = wp::add(var_26, var_27);
        var_29 = wp::mul(var_28, var_20);
        var_31 = wp::mul(var_30, var_16);
        var_32 = wp::sub(var_29, var_31);
        // u = u0 * y / width                                                                     <L 77>
        var_33 = wp::mul(var_12, var_32);
        var_34 = wp::div(var_33, var_8);
        // if y > width:                                                                          <L 78>
        var_35 = (var_32 > var_8);
        if (var_35) {
            // u = u0                                                                             <L 79>
            var_36 = wp::copy(var_12);
        }
        if (!var_35) {
            // elif y < -width:                                                                   <L 80>
            var_37 = wp::neg(var_8);
            var_38 = (var_32 < var_37);
            if (var_38) {
                // u = -u0                                                                        <L 81>
                var_39 = wp::neg(var_12);
            }
            var_40 = wp::where(var_38, var_39, var_34);
        }
        var_41 = wp::where(var_35, var_36, var_40);
        // v = amp * wp.sin(4.0 * PI * x / size)                                                  <L 82>
        var_44 = wp::mul(var_42, var_43);
        var_45 = wp::mul(var_44, var_25);
        var_46 = wp::div(var_45, var_16);
        var_47 = wp::sin(var_46);
        var_48 = wp::mul(var_4, var_47);
        // vel_x[i, j] = u                                                                        <L 83>
        // wp::array_store(var_vel_x, var_0, var_1, var_41);
        // vel_y[i, j] = v                                                                        <L 84>
        // wp::array_store(var_vel_y, var_0, var_1, var_48);
        //---------
        // reverse
        wp::adj_array_store(var_vel_y, var_0, var_1, var_48, adj_vel_y, adj_0, adj_1, adj_48);
        // adj: vel_y[i, j] = v                                                                   <L 84>
        wp::adj_array_store(var_vel_x, var_0, var_1, var_41, adj_vel_x, adj_0, adj_1, adj_41);
        // adj: vel_x[i, j] = u                                                                   <L 83>
        wp::adj_mul(var_4, var_47, adj_4, adj_47, adj_48);
        wp::adj_sin(var_46, adj_46, adj_47);
        wp::adj_div(var_45, var_16, var_46, adj_45, adj_16, adj_46);
        wp::adj_mul(var_44, var_25, adj_44, adj_25, adj_45);
        wp::adj_mul(var_42, var_43, adj_42, adj_43, adj_44);
        // adj: v = amp * wp.sin(4.0 * PI * x / size)                                             <L 82>
        wp::adj_where(var_35, var_36, var_40, adj_35, adj_36, adj_40, adj_41);
        if (!var_35) {
            wp::adj_where(var_38, var_39, var_34, adj_38, adj_39, adj_34, adj_40);
            if (var_38) {
                wp::adj_neg(var_12, adj_12, adj_39);
                // adj: u = -u0                                                                   <L 81>
            }
            wp::adj_neg(var_8, adj_8, adj_37);
            // adj: elif y < -width:                                                              <L 80>
        }
        if (var_35) {
            wp::adj_copy(var_12, adj_12, adj_36);
            // adj: u = u0                                                                        <L 79>
        }
        // adj: if y > width:                                                                     <L 78>
        wp::adj_div(var_33, var_8, var_34, adj_33, adj_8, adj_34);
        wp::adj_mul(var_12, var_32, adj_12, adj_32, adj_33);
        // adj: u = u0 * y / width                                                                <L 77>
        wp::adj_sub(var_29, var_31, adj_29, adj_31, adj_32);
        wp::adj_mul(var_30, var_16, adj_30, adj_16, adj_31);
        wp::adj_mul(var_28, var_20, adj_28, adj_20, adj_29);
        wp::adj_add(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_float(var_1, adj_1, adj_26);
        // adj: y = (float(j) + 0.5) * dx - 0.5 * size                                            <L 75>
        wp::adj_mul(var_24, var_20, adj_24, adj_20, adj_25);
        wp::adj_add(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_float(var_0, adj_0, adj_22);
        // adj: x = (float(i) + 0.5) * dx                                                         <L 74>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_cell_size, var_18, adj_cell_size, adj_18, adj_19);
        // adj: dx = cell_size[0]                                                                 <L 72>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_domain_width, var_14, adj_domain_width, adj_14, adj_15);
        // adj: size = domain_width[0]                                                            <L 71>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_shear_speed, var_10, adj_shear_speed, adj_10, adj_11);
        // adj: u0 = shear_speed[0]                                                               <L 70>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_layer_width, var_6, adj_layer_width, adj_6, adj_7);
        // adj: width = layer_width[0]                                                            <L 69>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_amplitude, var_2, adj_amplitude, adj_2, adj_3);
        // adj: amp = amplitude[0]                                                                <L 68>
        // adj: i, j = wp.tid()                                                                   <L 67>
        // adj: def init_shear_layer(                                                             <L 58>
        continue;
    }
}



extern "C" __global__ void seed_spectrum_d83baa14_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::float32> var_phase_noise,
    wp::array_t<wp::float32> var_in_phase,
    wp::array_t<wp::float32> var_imag)
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
        const wp::float32 var_2 = 2.0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 6.283185307179586;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def seed_spectrum(                                                                     <L 9>
        // i, j = wp.tid()                                                                        <L 15>
        builtin_tid2d(var_0, var_1);
        // a = wp.sqrt(2.0 * energy[i, j])                                                        <L 18>
        var_3 = wp::address(var_energy, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_2, var_5);
        var_6 = wp::sqrt(var_4);
        // if i == 0 and j == 0:                                                                  <L 20>
        var_9 = (var_0 == var_8);
        var_7 = var_9;
        if (var_7) {
            var_11 = (var_1 == var_10);
            var_7 = var_7 && var_11;
        }
        if (var_7) {
            // a = 0.0                                                                            <L 21>
        }
        var_13 = wp::where(var_7, var_12, var_6);
        // phi = TWO_PI * phase_noise[i, j]                                                       <L 22>
        var_15 = wp::address(var_phase_noise, var_0, var_1);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        // in_phase[i, j] = a * wp.cos(phi)                                                       <L 23>
        var_18 = wp::cos(var_16);
        var_19 = wp::mul(var_13, var_18);
        wp::array_store(var_in_phase, var_0, var_1, var_19);
        // imag[i, j] = a * wp.sin(phi)                                                           <L 24>
        var_20 = wp::sin(var_16);
        var_21 = wp::mul(var_13, var_20);
        wp::array_store(var_imag, var_0, var_1, var_21);
    }
}



extern "C" __global__ void seed_spectrum_d83baa14_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_energy,
    wp::array_t<wp::float32> var_phase_noise,
    wp::array_t<wp::float32> var_in_phase,
    wp::array_t<wp::float32> var_imag,
    wp::array_t<wp::float32> adj_energy,
    wp::array_t<wp::float32> adj_phase_noise,
    wp::array_t<wp::float32> adj_in_phase,
    wp::array_t<wp::float32> adj_imag)
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
        const wp::float32 var_2 = 2.0;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 6.283185307179586;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
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
        //---------
        // forward
        // def seed_spectrum(                                                                     <L 9>
        // i, j = wp.tid()                                                                        <L 15>
        builtin_tid2d(var_0, var_1);
        // a = wp.sqrt(2.0 * energy[i, j])                                                        <L 18>
        var_3 = wp::address(var_energy, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_2, var_5);
        var_6 = wp::sqrt(var_4);
        // if i == 0 and j == 0:                                                                  <L 20>
        var_9 = (var_0 == var_8);
        var_7 = var_9;
        if (var_7) {
            var_11 = (var_1 == var_10);
            var_7 = var_7 && var_11;
        }
        if (var_7) {
            // a = 0.0                                                                            <L 21>
        }
        var_13 = wp::where(var_7, var_12, var_6);
        // phi = TWO_PI * phase_noise[i, j]                                                       <L 22>
        var_15 = wp::address(var_phase_noise, var_0, var_1);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        // in_phase[i, j] = a * wp.cos(phi)                                                       <L 23>
        var_18 = wp::cos(var_16);
        var_19 = wp::mul(var_13, var_18);
        // wp::array_store(var_in_phase, var_0, var_1, var_19);
        // imag[i, j] = a * wp.sin(phi)                                                           <L 24>
        var_20 = wp::sin(var_16);
        var_21 = wp::mul(var_13, var_20);
        // wp::array_store(var_imag, var_0, var_1, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_imag, var_0, var_1, var_21, adj_imag, adj_0, adj_1, adj_21);
        wp::adj_mul(var_13, var_20, adj_13, adj_20, adj_21);
        wp::adj_sin(var_16, adj_16, adj_20);
        // adj: imag[i, j] = a * wp.sin(phi)                                                      <L 24>
        wp::adj_array_store(var_in_phase, var_0, var_1, var_19, adj_in_phase, adj_0, adj_1, adj_19);
        wp::adj_mul(var_13, var_18, adj_13, adj_18, adj_19);
        wp::adj_cos(var_16, adj_16, adj_18);
        // adj: in_phase[i, j] = a * wp.cos(phi)                                                  <L 23>
        wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
        wp::adj_address(var_phase_noise, var_0, var_1, adj_phase_noise, adj_0, adj_1, adj_15);
        // adj: phi = TWO_PI * phase_noise[i, j]                                                  <L 22>
        wp::adj_where(var_7, var_12, var_6, adj_7, adj_12, adj_6, adj_13);
        if (var_7) {
            // adj: a = 0.0                                                                       <L 21>
        }
        if (var_7) {
        }
        // adj: if i == 0 and j == 0:                                                             <L 20>
        wp::adj_sqrt(var_4, var_6, adj_4, adj_6);
        wp::adj_mul(var_2, var_5, adj_2, adj_3, adj_4);
        wp::adj_address(var_energy, var_0, var_1, adj_energy, adj_0, adj_1, adj_3);
        // adj: a = wp.sqrt(2.0 * energy[i, j])                                                   <L 18>
        // adj: i, j = wp.tid()                                                                   <L 15>
        // adj: def seed_spectrum(                                                                <L 9>
        continue;
    }
}



extern "C" __global__ void taylor_green_f15eff45_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out)
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
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<2, wp::float32> var_29;
        //---------
        // forward
        // def taylor_green(cell_size: wp.array[float], velocity_out: wp.array2d[wp.vec2]):       <L 88>
        // i, j = wp.tid()                                                                        <L 89>
        builtin_tid2d(var_0, var_1);
        // velocity_out[i, j] = wp.vec2(wp.sin(float(i) * cell_size[0]) * wp.cos(float(j) * cell_size[0]), -wp.cos(float(i) * cell_size[0]) * wp.sin(float(j) * cell_size[0]))       <L 90>
        var_2 = wp::float(var_0);
        var_4 = wp::address(var_cell_size, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        var_7 = wp::sin(var_5);
        var_8 = wp::float(var_1);
        var_10 = wp::address(var_cell_size, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_8, var_12);
        var_13 = wp::cos(var_11);
        var_14 = wp::mul(var_7, var_13);
        var_15 = wp::float(var_0);
        var_17 = wp::address(var_cell_size, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_15, var_19);
        var_20 = wp::cos(var_18);
        var_21 = wp::neg(var_20);
        var_22 = wp::float(var_1);
        var_24 = wp::address(var_cell_size, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_22, var_26);
        var_27 = wp::sin(var_25);
        var_28 = wp::mul(var_21, var_27);
        var_29 = wp::vec_t<2, wp::float32>(var_14, var_28);
        wp::array_store(var_velocity_out, var_0, var_1, var_29);
    }
}



extern "C" __global__ void taylor_green_f15eff45_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::array_t<wp::float32> adj_cell_size,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out)
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
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::int32 var_23 = 0;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<2, wp::float32> var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<2, wp::float32> adj_29 = {};
        //---------
        // forward
        // def taylor_green(cell_size: wp.array[float], velocity_out: wp.array2d[wp.vec2]):       <L 88>
        // i, j = wp.tid()                                                                        <L 89>
        builtin_tid2d(var_0, var_1);
        // velocity_out[i, j] = wp.vec2(wp.sin(float(i) * cell_size[0]) * wp.cos(float(j) * cell_size[0]), -wp.cos(float(i) * cell_size[0]) * wp.sin(float(j) * cell_size[0]))       <L 90>
        var_2 = wp::float(var_0);
        var_4 = wp::address(var_cell_size, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        var_7 = wp::sin(var_5);
        var_8 = wp::float(var_1);
        var_10 = wp::address(var_cell_size, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_8, var_12);
        var_13 = wp::cos(var_11);
        var_14 = wp::mul(var_7, var_13);
        var_15 = wp::float(var_0);
        var_17 = wp::address(var_cell_size, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::mul(var_15, var_19);
        var_20 = wp::cos(var_18);
        var_21 = wp::neg(var_20);
        var_22 = wp::float(var_1);
        var_24 = wp::address(var_cell_size, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::mul(var_22, var_26);
        var_27 = wp::sin(var_25);
        var_28 = wp::mul(var_21, var_27);
        var_29 = wp::vec_t<2, wp::float32>(var_14, var_28);
        // wp::array_store(var_velocity_out, var_0, var_1, var_29);
        //---------
        // reverse
        wp::adj_array_store(var_velocity_out, var_0, var_1, var_29, adj_velocity_out, adj_0, adj_1, adj_29);
        wp::adj_vec_t(var_14, var_28, adj_14, adj_28, adj_29);
        wp::adj_mul(var_21, var_27, adj_21, adj_27, adj_28);
        wp::adj_sin(var_25, adj_25, adj_27);
        wp::adj_mul(var_22, var_26, adj_22, adj_24, adj_25);
        wp::adj_address(var_cell_size, var_23, adj_cell_size, adj_23, adj_24);
        wp::adj_float(var_1, adj_1, adj_22);
        wp::adj_neg(var_20, adj_20, adj_21);
        wp::adj_cos(var_18, adj_18, adj_20);
        wp::adj_mul(var_15, var_19, adj_15, adj_17, adj_18);
        wp::adj_address(var_cell_size, var_16, adj_cell_size, adj_16, adj_17);
        wp::adj_float(var_0, adj_0, adj_15);
        wp::adj_mul(var_7, var_13, adj_7, adj_13, adj_14);
        wp::adj_cos(var_11, adj_11, adj_13);
        wp::adj_mul(var_8, var_12, adj_8, adj_10, adj_11);
        wp::adj_address(var_cell_size, var_9, adj_cell_size, adj_9, adj_10);
        wp::adj_float(var_1, adj_1, adj_8);
        wp::adj_sin(var_5, adj_5, adj_7);
        wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_cell_size, var_3, adj_cell_size, adj_3, adj_4);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: velocity_out[i, j] = wp.vec2(wp.sin(float(i) * cell_size[0]) * wp.cos(float(j) * cell_size[0]), -wp.cos(float(i) * cell_size[0]) * wp.sin(float(j) * cell_size[0]))  <L 90>
        // adj: i, j = wp.tid()                                                                   <L 89>
        // adj: def taylor_green(cell_size: wp.array[float], velocity_out: wp.array2d[wp.vec2]):  <L 88>
        continue;
    }
}

