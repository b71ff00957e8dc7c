// Warp 1.19.0 cuda code for histogram_25c041a4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void histogram_c92639df_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_hist,
    wp::float32 var_range_min)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 16.0;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        //---------
        // forward
        // def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):         <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // num_bins = hist.shape[0]                                                               <L 8>
        var_4 = &(var_hist.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)                             <L 9>
        var_8 = wp::sub(var_2, var_range_min);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        var_14 = wp::sub(var_6, var_13);
        var_15 = wp::clamp(var_11, var_12, var_14);
        // wp.atomic_add(hist, b, 1)                                                              <L 10>
        var_17 = wp::atomic_add(var_hist, var_15, var_16);
}



extern "C" __global__ void histogram_c92639df_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_hist,
    wp::float32 var_range_min,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int32> adj_hist,
    wp::float32 adj_range_min)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 16.0;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 1;
        wp::int32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        //---------
        // forward
        // def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):         <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // num_bins = hist.shape[0]                                                               <L 8>
        var_4 = &(var_hist.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)                             <L 9>
        var_8 = wp::sub(var_2, var_range_min);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        var_14 = wp::sub(var_6, var_13);
        var_15 = wp::clamp(var_11, var_12, var_14);
        // wp.atomic_add(hist, b, 1)                                                              <L 10>
        // var_17 = wp::atomic_add(var_hist, var_15, var_16);
        //---------
        // reverse
        wp::adj_atomic_add(var_hist, var_15, var_16, adj_hist, adj_15, adj_16, adj_17);
        // adj: wp.atomic_add(hist, b, 1)                                                         <L 10>
        wp::adj_clamp(var_11, var_12, var_14, adj_11, adj_12, adj_14, adj_15);
        wp::adj_sub(var_6, var_13, adj_6, adj_13, adj_14);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_sub(var_2, var_range_min, adj_2, adj_range_min, adj_8);
        // adj: b = wp.clamp(int((x - range_min) * 16.0), 0, num_bins - 1)                        <L 9>
        adj_hist.shape = adj_4;
        // adj: num_bins = hist.shape[0]                                                          <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x = values[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def histogram(values: wp.array[float], hist: wp.array[int], range_min: float):    <L 5>
        return;
}

