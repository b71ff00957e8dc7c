// Warp 1.19.0 cuda code for tiled_norms_0a857080.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// tiled_norms.py:7
static CUDA_CALLABLE wp::float32 tile_activation_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def tile_activation(x: float) -> float:                                                <L 8>
    // return wp.log(1.0 + wp.exp(x))                                                         <L 9>
    var_1 = wp::exp(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::log(var_2);
    return var_3;
}


// tiled_norms.py:7
static CUDA_CALLABLE void adj_tile_activation_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def tile_activation(x: float) -> float:                                                <L 8>
    // return wp.log(1.0 + wp.exp(x))                                                         <L 9>
    var_1 = wp::exp(var_x);
    var_2 = wp::add(var_0, var_1);
    var_3 = wp::log(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_log(var_2, adj_2, adj_3);
    wp::adj_add(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_exp(var_x, var_1, adj_x, adj_1);
    // adj: return wp.log(1.0 + wp.exp(x))                                                    <L 9>
    // adj: def tile_activation(x: float) -> float:                                           <L 8>
    return;
}



extern "C" __global__ void tiled_norms_d5b791ce_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_data,
    wp::float32 var_gain,
    wp::array_t<wp::float32> var_rows)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::array_t<wp::float32> var_2;
        const wp::int32 var_3 = 32;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,false>();
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        //---------
        // forward
        // def tiled_norms(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):       <L 13>
        // row, lane = wp.tid()                                                                   <L 14>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(data[row], shape=TILE)                                                <L 15>
        var_2 = wp::view(var_data, var_0);
        var_4 = wp::tile_load<wp::float32, true, false, 32>(var_2, var_5);
        // activated = wp.tile_map(tile_activation, t)                                            <L 16>
        var_6 = wp::tile_unary_map(tile_activation_0, var_4);
        // total = wp.tile_sum(activated)                                                         <L 17>
        var_7 = wp::tile_sum(var_6);
        // peak = wp.tile_max(t)                                                                  <L 18>
        var_8 = wp::tile_max(var_4);
        // scale = float(lane) + gain                                                             <L 19>
        var_9 = wp::float(var_1);
        var_10 = wp::add(var_9, var_gain);
        // wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)                   <L 20>
        var_12 = wp::tile_extract(var_7, var_11);
        var_13 = wp::mul(var_12, var_10);
        var_15 = wp::tile_extract(var_8, var_14);
        var_16 = wp::add(var_13, var_15);
        var_17 = wp::tile<wp::float32>(var_16);
        wp::tile_store<wp::float32, true, false>(var_rows, var_0, var_17);
}



extern "C" __global__ void tiled_norms_d5b791ce_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_data,
    wp::float32 var_gain,
    wp::array_t<wp::float32> var_rows,
    wp::array_t<wp::float32> adj_data,
    wp::float32 adj_gain,
    wp::array_t<wp::float32> adj_rows)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::array_t<wp::float32> var_2;
        const wp::int32 var_3 = 32;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        const wp::int32 var_5 = 0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>>{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_7 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<1>,wp::tile_stride_t<1>,true>();
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::int32 var_14 = 0;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::array_t<wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_4{};
        wp::int32 adj_5 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<32>>> adj_6{};
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_7 = var_7;
        wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<1>, wp::tile_stride_t<1>>, true>& adj_8 = var_8;
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_17{};
        //---------
        // forward
        // def tiled_norms(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):       <L 13>
        // row, lane = wp.tid()                                                                   <L 14>
        builtin_tid2d(var_0, var_1);
        // t = wp.tile_load(data[row], shape=TILE)                                                <L 15>
        var_2 = wp::view(var_data, var_0);
        var_4 = wp::tile_load<wp::float32, true, false, 32>(var_2, var_5);
        // activated = wp.tile_map(tile_activation, t)                                            <L 16>
        var_6 = wp::tile_unary_map(tile_activation_0, var_4);
        // total = wp.tile_sum(activated)                                                         <L 17>
        var_7 = wp::tile_sum(var_6);
        // peak = wp.tile_max(t)                                                                  <L 18>
        var_8 = wp::tile_max(var_4);
        // scale = float(lane) + gain                                                             <L 19>
        var_9 = wp::float(var_1);
        var_10 = wp::add(var_9, var_gain);
        // wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)                   <L 20>
        var_12 = wp::tile_extract(var_7, var_11);
        var_13 = wp::mul(var_12, var_10);
        var_15 = wp::tile_extract(var_8, var_14);
        var_16 = wp::add(var_13, var_15);
        var_17 = wp::tile<wp::float32>(var_16);
        // wp::tile_store<wp::float32, true, false>(var_rows, var_0, var_17);
        //---------
        // reverse
        wp::adj_tile_store(var_rows, var_0, var_17, adj_rows, adj_0, adj_17);
        wp::adj_tile(var_16, adj_16, adj_17);
        wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_tile_extract(var_8, var_14, adj_8, adj_14, adj_15);
        wp::adj_mul(var_12, var_10, adj_12, adj_10, adj_13);
        wp::adj_tile_extract(var_7, var_11, adj_7, adj_11, adj_12);
        // adj: wp.tile_store(rows, wp.tile(total[0] * scale + peak[0]), offset=row)              <L 20>
        wp::adj_add(var_9, var_gain, adj_9, adj_gain, adj_10);
        wp::adj_float(var_1, adj_1, adj_9);
        // adj: scale = float(lane) + gain                                                        <L 19>
        // adj: peak = wp.tile_max(t)                                                             <L 18>
        wp::adj_tile_sum(var_6, adj_6, adj_7);
        // adj: total = wp.tile_sum(activated)                                                    <L 17>
        wp::adj_tile_unary_map(tile_activation_0, var_4, adj_tile_activation_0, adj_4, adj_6);
        // adj: activated = wp.tile_map(tile_activation, t)                                       <L 16>
        wp::adj_tile_load(var_2, var_5, adj_2, adj_5, adj_4);
        wp::adj_view(var_data, var_0, adj_data, adj_0, adj_2);
        // adj: t = wp.tile_load(data[row], shape=TILE)                                           <L 15>
        // adj: row, lane = wp.tid()                                                              <L 14>
        // adj: def tiled_norms(data: wp.array2d(dtype=float), gain: float, rows: wp.array(dtype=float)):  <L 13>
        return;
}

