// Warp 1.19.0 cuda code for count_bins_74b17c34.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_bins_1fba4145_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_normalized,
    wp::array_t<wp::int32> var_histogram)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        //---------
        // forward
        // def count_bins(normalized: wp.array[float], histogram: wp.array[int]):                 <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // num_bins = histogram.shape[0]                                                          <L 7>
        var_1 = &(var_histogram.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)            <L 8>
        var_5 = wp::address(var_normalized, var_0);
        var_6 = wp::float(var_3);
        var_8 = wp::load(var_5);
        var_7 = wp::mul(var_8, var_6);
        var_9 = wp::int(var_7);
        var_11 = wp::sub(var_3, var_10);
        var_12 = wp::min(var_9, var_11);
        var_14 = wp::max(var_12, var_13);
        // wp.atomic_add(histogram, b, 1)                                                         <L 9>
        var_16 = wp::atomic_add(var_histogram, var_14, var_15);
    }
}



extern "C" __global__ void count_bins_1fba4145_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_normalized,
    wp::array_t<wp::int32> var_histogram,
    wp::array_t<wp::float32> adj_normalized,
    wp::array_t<wp::int32> adj_histogram)
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
        wp::shape_t* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::shape_t var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::shape_t adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        //---------
        // forward
        // def count_bins(normalized: wp.array[float], histogram: wp.array[int]):                 <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // num_bins = histogram.shape[0]                                                          <L 7>
        var_1 = &(var_histogram.shape);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        // b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)            <L 8>
        var_5 = wp::address(var_normalized, var_0);
        var_6 = wp::float(var_3);
        var_8 = wp::load(var_5);
        var_7 = wp::mul(var_8, var_6);
        var_9 = wp::int(var_7);
        var_11 = wp::sub(var_3, var_10);
        var_12 = wp::min(var_9, var_11);
        var_14 = wp::max(var_12, var_13);
        // wp.atomic_add(histogram, b, 1)                                                         <L 9>
        // var_16 = wp::atomic_add(var_histogram, var_14, var_15);
        //---------
        // reverse
        wp::adj_atomic_add(var_histogram, var_14, var_15, adj_histogram, adj_14, adj_15, adj_16);
        // adj: wp.atomic_add(histogram, b, 1)                                                    <L 9>
        wp::adj_max(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_min(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_mul(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_float(var_3, adj_3, adj_6);
        wp::adj_address(var_normalized, var_0, adj_normalized, adj_0, adj_5);
        // adj: b = wp.max(wp.min(int(normalized[tid] * float(num_bins)), num_bins - 1), 0)       <L 8>
        adj_histogram.shape = adj_1;
        // adj: num_bins = histogram.shape[0]                                                     <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def count_bins(normalized: wp.array[float], histogram: wp.array[int]):            <L 5>
        continue;
    }
}

