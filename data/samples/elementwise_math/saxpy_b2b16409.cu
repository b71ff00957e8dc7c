// Warp 1.19.0 cuda code for saxpy_b2b16409.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void saxpy_eb813f46_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> var_b,
    wp::float32 var_alpha,
    wp::float32 var_beta)
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
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // u = a[tid]                                                                             <L 8>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = v[tid]                                                                             <L 9>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b[tid] = alpha * u + beta * w                                                          <L 10>
        var_7 = wp::mul(var_alpha, var_2);
        var_8 = wp::mul(var_beta, var_5);
        var_9 = wp::add(var_7, var_8);
        wp::array_store(var_b, var_0, var_9);
    }
}



extern "C" __global__ void saxpy_eb813f46_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_v,
    wp::array_t<wp::float32> var_b,
    wp::float32 var_alpha,
    wp::float32 var_beta,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::float32> adj_v,
    wp::array_t<wp::float32> adj_b,
    wp::float32 adj_alpha,
    wp::float32 adj_beta)
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
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // u = a[tid]                                                                             <L 8>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = v[tid]                                                                             <L 9>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // b[tid] = alpha * u + beta * w                                                          <L 10>
        var_7 = wp::mul(var_alpha, var_2);
        var_8 = wp::mul(var_beta, var_5);
        var_9 = wp::add(var_7, var_8);
        // wp::array_store(var_b, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_9, adj_b, adj_0, adj_9);
        wp::adj_add(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_beta, var_5, adj_beta, adj_5, adj_8);
        wp::adj_mul(var_alpha, var_2, adj_alpha, adj_2, adj_7);
        // adj: b[tid] = alpha * u + beta * w                                                     <L 10>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: w = v[tid]                                                                        <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: u = a[tid]                                                                        <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def saxpy(a: wp.array[float], v: wp.array[float], b: wp.array[float], alpha: float, beta: float):  <L 5>
        continue;
    }
}

