// Warp 1.19.0 cuda code for partial_sums_d1dcb825.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void partial_sums_9c383614_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_partials)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 8;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def partial_sums(                                                                      <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 15>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 16>
            continue;
        }
        // w = weights[tid]                                                                       <L 17>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // x = values[tid]                                                                        <L 18>
        var_8 = wp::address(var_values, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // wp.atomic_add(partials, tid // CHUNK, w * x)                                           <L 19>
        var_12 = wp::floordiv(var_0, var_11);
        var_13 = wp::mul(var_6, var_9);
        var_14 = wp::atomic_add(var_partials, var_12, var_13);
    }
}



extern "C" __global__ void partial_sums_9c383614_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_partials,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_partials)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::int32 var_11 = 8;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def partial_sums(                                                                      <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 15>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 16>
            goto label0;
        }
        // w = weights[tid]                                                                       <L 17>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // x = values[tid]                                                                        <L 18>
        var_8 = wp::address(var_values, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // wp.atomic_add(partials, tid // CHUNK, w * x)                                           <L 19>
        var_12 = wp::floordiv(var_0, var_11);
        var_13 = wp::mul(var_6, var_9);
        // var_14 = wp::atomic_add(var_partials, var_12, var_13);
        //---------
        // reverse
        wp::adj_atomic_add(var_partials, var_12, var_13, adj_partials, adj_12, adj_13, adj_14);
        wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_13);
        // adj: wp.atomic_add(partials, tid // CHUNK, w * x)                                      <L 19>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_8);
        // adj: x = values[tid]                                                                   <L 18>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
        // adj: w = weights[tid]                                                                  <L 17>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def partial_sums(                                                                 <L 8>
        continue;
    }
}

