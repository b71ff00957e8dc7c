// Warp 1.19.0 cuda code for bin_values_566c7713.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void bin_values_d95f5d0e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_counts,
    wp::float32 var_lower,
    wp::float32 var_inv_bin_width)
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
        wp::float32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        //---------
        // forward
        // def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 8>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // num_bins = counts.shape[0]                                                             <L 9>
        var_4 = &(var_counts.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)                        <L 10>
        var_8 = wp::sub(var_2, var_lower);
        var_9 = wp::mul(var_8, var_inv_bin_width);
        var_10 = wp::int(var_9);
        var_13 = wp::sub(var_6, var_12);
        var_14 = wp::clamp(var_10, var_11, var_13);
        // wp.atomic_add(counts, b, 1)                                                            <L 11>
        var_16 = wp::atomic_add(var_counts, var_14, var_15);
}



extern "C" __global__ void bin_values_d95f5d0e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::int32> var_counts,
    wp::float32 var_lower,
    wp::float32 var_inv_bin_width,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::int32> adj_counts,
    wp::float32 adj_lower,
    wp::float32 adj_inv_bin_width)
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
        wp::float32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
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
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        //---------
        // forward
        // def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 8>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // num_bins = counts.shape[0]                                                             <L 9>
        var_4 = &(var_counts.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)                        <L 10>
        var_8 = wp::sub(var_2, var_lower);
        var_9 = wp::mul(var_8, var_inv_bin_width);
        var_10 = wp::int(var_9);
        var_13 = wp::sub(var_6, var_12);
        var_14 = wp::clamp(var_10, var_11, var_13);
        // wp.atomic_add(counts, b, 1)                                                            <L 11>
        // var_16 = wp::atomic_add(var_counts, var_14, var_15);
        //---------
        // reverse
        wp::adj_atomic_add(var_counts, var_14, var_15, adj_counts, adj_14, adj_15, adj_16);
        // adj: wp.atomic_add(counts, b, 1)                                                       <L 11>
        wp::adj_clamp(var_10, var_11, var_13, adj_10, adj_11, adj_13, adj_14);
        wp::adj_sub(var_6, var_12, adj_6, adj_12, adj_13);
        wp::adj_mul(var_8, var_inv_bin_width, adj_8, adj_inv_bin_width, adj_9);
        wp::adj_sub(var_2, var_lower, adj_2, adj_lower, adj_8);
        // adj: b = wp.clamp(int((x - lower) * inv_bin_width), 0, num_bins - 1)                   <L 10>
        adj_counts.shape = adj_4;
        // adj: num_bins = counts.shape[0]                                                        <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x = values[tid]                                                                   <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def bin_values(values: wp.array[float], counts: wp.array[int], lower: float, inv_bin_width: float):  <L 5>
        return;
}

