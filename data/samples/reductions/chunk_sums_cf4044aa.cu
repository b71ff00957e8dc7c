// Warp 1.19.0 cuda code for chunk_sums_cf4044aa.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void chunk_sums_da580685_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_sample_weights,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_block_sums)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 8;
        wp::int32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        //---------
        // forward
        // def chunk_sums(                                                                        <L 8>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // weight = sample_weights[tid]                                                           <L 14>
        var_1 = wp::address(var_sample_weights, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // value = values[tid]                                                                    <L 15>
        var_4 = wp::address(var_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(block_sums, tid // CHUNK, weight * value)                                <L 16>
        var_8 = wp::floordiv(var_0, var_7);
        var_9 = wp::mul(var_2, var_5);
        var_10 = wp::atomic_add(var_block_sums, var_8, var_9);
    }
}



extern "C" __global__ void chunk_sums_da580685_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_sample_weights,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_block_sums,
    wp::array_t<wp::float32> adj_sample_weights,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_block_sums)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 8;
        wp::int32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def chunk_sums(                                                                        <L 8>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // weight = sample_weights[tid]                                                           <L 14>
        var_1 = wp::address(var_sample_weights, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // value = values[tid]                                                                    <L 15>
        var_4 = wp::address(var_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(block_sums, tid // CHUNK, weight * value)                                <L 16>
        var_8 = wp::floordiv(var_0, var_7);
        var_9 = wp::mul(var_2, var_5);
        // var_10 = wp::atomic_add(var_block_sums, var_8, var_9);
        //---------
        // reverse
        wp::adj_atomic_add(var_block_sums, var_8, var_9, adj_block_sums, adj_8, adj_9, adj_10);
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_9);
        // adj: wp.atomic_add(block_sums, tid // CHUNK, weight * value)                           <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_4);
        // adj: value = values[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_sample_weights, var_0, adj_sample_weights, adj_0, adj_1);
        // adj: weight = sample_weights[tid]                                                      <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def chunk_sums(                                                                   <L 8>
        continue;
    }
}

