// Warp 1.19.0 cuda code for update_ema_22be3016.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_ema_ca444793_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_values,
    wp::float32 var_blend)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def update_ema(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0] or flags[tid] == 0:                                          <L 13>
        var_3 = wp::address(var_active_count, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_flags, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 14>
            continue;
        }
        // xi = values[tid]                                                                       <L 15>
        var_10 = wp::address(var_values, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // mean[tid] = (1.0 - blend) * mean[tid] + blend * xi                                     <L 16>
        var_14 = wp::sub(var_13, var_blend);
        var_15 = wp::address(var_mean, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        var_18 = wp::mul(var_blend, var_11);
        var_19 = wp::add(var_16, var_18);
        wp::array_store(var_mean, var_0, var_19);
    }
}



extern "C" __global__ void update_ema_ca444793_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::float32> var_mean,
    wp::array_t<wp::float32> var_values,
    wp::float32 var_blend,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::float32> adj_mean,
    wp::array_t<wp::float32> adj_values,
    wp::float32 adj_blend)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
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
        //---------
        // forward
        // def update_ema(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0] or flags[tid] == 0:                                          <L 13>
        var_3 = wp::address(var_active_count, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_flags, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 14>
            goto label0;
        }
        // xi = values[tid]                                                                       <L 15>
        var_10 = wp::address(var_values, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // mean[tid] = (1.0 - blend) * mean[tid] + blend * xi                                     <L 16>
        var_14 = wp::sub(var_13, var_blend);
        var_15 = wp::address(var_mean, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::mul(var_14, var_17);
        var_18 = wp::mul(var_blend, var_11);
        var_19 = wp::add(var_16, var_18);
        // wp::array_store(var_mean, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_mean, var_0, var_19, adj_mean, adj_0, adj_19);
        wp::adj_add(var_16, var_18, adj_16, adj_18, adj_19);
        wp::adj_mul(var_blend, var_11, adj_blend, adj_11, adj_18);
        wp::adj_mul(var_14, var_17, adj_14, adj_15, adj_16);
        wp::adj_address(var_mean, var_0, adj_mean, adj_0, adj_15);
        wp::adj_sub(var_13, var_blend, adj_13, adj_blend, adj_14);
        // adj: mean[tid] = (1.0 - blend) * mean[tid] + blend * xi                                <L 16>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_10);
        // adj: xi = values[tid]                                                                  <L 15>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        if (!var_1) {
            wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_6);
        }
        wp::adj_address(var_active_count, var_2, adj_active_count, adj_2, adj_3);
        // adj: if tid >= active_count[0] or flags[tid] == 0:                                     <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def update_ema(                                                                   <L 5>
        continue;
    }
}

