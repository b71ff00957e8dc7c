// Warp 1.19.0 cuda code for fft_tiled_1d3931a1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void fft_tiled_692add73_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_signal,
    wp::array_t<wp::vec_t<2, wp::float32>> var_filtered,
    wp::float32 var_gain)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = 256;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_12 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
        const wp::int32 var_14 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        const wp::int32 var_16 = 0;
        //---------
        // forward
        // def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                 <L 12>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_signal, var_0, var_7);
        // wp.tile_fft(row_tile)                                                                  <L 13>
        tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, var_6);
        // row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))                                   <L 14>
        var_9 = wp::float(var_2);
        var_10 = wp::sqrt(var_9);
        var_11 = wp::div(var_8, var_10);
        var_12 = wp::tile_mul(var_6, var_11);
        // row_tile = row_tile * gain                                                             <L 15>
        var_13 = wp::tile_mul(var_12, var_gain);
        // wp.tile_store(filtered, row_tile, offset=(i, 0))                                       <L 16>
        var_15 = wp::tuple(var_0, var_14);
        wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_filtered, var_0, var_16, var_13);
}



extern "C" __global__ void fft_tiled_692add73_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_signal,
    wp::array_t<wp::vec_t<2, wp::float32>> var_filtered,
    wp::float32 var_gain,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_signal,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_filtered,
    wp::float32 adj_gain)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 1;
        const wp::int32 var_2 = 256;
        wp::tuple_t<wp::int32, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_5;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_12 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>>{};
        const wp::int32 var_14 = 0;
        wp::tuple_t<wp::int32, wp::int32> var_15;
        const wp::int32 var_16 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_6{};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_12{};
        wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,256>>> adj_13{};
        wp::int32 adj_14 = {};
        wp::tuple_t<wp::int32, wp::int32> adj_15 = {};
        wp::int32 adj_16 = {};
        //---------
        // forward
        // def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))                 <L 12>
        var_3 = wp::tuple(var_1, var_2);
        var_5 = wp::tuple(var_0, var_4);
        var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 256>(var_signal, var_0, var_7);
        // wp.tile_fft(row_tile)                                                                  <L 13>
        tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, var_6);
        // row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))                                   <L 14>
        var_9 = wp::float(var_2);
        var_10 = wp::sqrt(var_9);
        var_11 = wp::div(var_8, var_10);
        var_12 = wp::tile_mul(var_6, var_11);
        // row_tile = row_tile * gain                                                             <L 15>
        var_13 = wp::tile_mul(var_12, var_gain);
        // wp.tile_store(filtered, row_tile, offset=(i, 0))                                       <L 16>
        var_15 = wp::tuple(var_0, var_14);
        // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_filtered, var_0, var_16, var_13);
        //---------
        // reverse
        wp::adj_tile_store(var_filtered, var_0, var_16, var_13, adj_filtered, adj_0, adj_16, adj_13);
        // adj: wp.tile_store(filtered, row_tile, offset=(i, 0))                                  <L 16>
        wp::adj_tile_mul(var_12, var_gain, adj_12, adj_gain, adj_13);
        // adj: row_tile = row_tile * gain                                                        <L 15>
        wp::adj_tile_mul(var_6, var_11, adj_6, adj_11, adj_12);
        wp::adj_div(var_8, var_10, var_11, adj_8, adj_10, adj_11);
        wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
        wp::adj_float(var_2, adj_2, adj_9);
        // adj: row_tile = row_tile * (1.0 / wp.sqrt(float(TILE_N)))                              <L 14>
        adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, var_6, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 2048, 1, 1, adj_6);
        // adj: wp.tile_fft(row_tile)                                                             <L 13>
        wp::adj_tile_load(var_signal, var_0, var_7, adj_signal, adj_0, adj_7, adj_6);
        // adj: row_tile = wp.tile_load(signal, shape=(TILE_M, TILE_N), offset=(i, 0))            <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def fft_tiled(signal: wp.array2d[wp.vec2], filtered: wp.array2d[wp.vec2], gain: float):  <L 10>
        return;
}

