// Warp 1.19.0 cuda code for accumulate_sum_a9d44b4b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accumulate_sum_9d03fcec_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_result)
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
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        //---------
        // forward
        // def accumulate_sum(values: wp.array[float], result: wp.array[float]):                  <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_max(result, 0, x)                                                            <L 8>
        var_5 = wp::atomic_max(var_result, var_4, var_2);
}



extern "C" __global__ void accumulate_sum_9d03fcec_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_result)
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
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def accumulate_sum(values: wp.array[float], result: wp.array[float]):                  <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_max(result, 0, x)                                                            <L 8>
        // var_5 = wp::atomic_max(var_result, var_4, var_2);
        //---------
        // reverse
        wp::adj_atomic_max(var_result, var_4, var_2, adj_result, adj_4, adj_2, adj_5);
        // adj: wp.atomic_max(result, 0, x)                                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x = values[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def accumulate_sum(values: wp.array[float], result: wp.array[float]):             <L 5>
        return;
}

