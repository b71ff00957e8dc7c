// Warp 1.19.0 cuda code for running_average_349bd830.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void running_average_e5936e53_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_alpha,
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg,
    wp::array_t<wp::vec_t<4, wp::float32>> var_x)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<4, wp::float32>* var_6;
        wp::vec_t<4, wp::float32> var_7;
        wp::vec_t<4, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        wp::vec_t<4, wp::float32> var_10;
        //---------
        // forward
        // def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // val = x[tid]                                                                           <L 7>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val                                      <L 8>
        var_5 = wp::sub(var_4, var_alpha);
        var_6 = wp::address(var_avg, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        var_9 = wp::mul(var_alpha, var_2);
        var_10 = wp::add(var_7, var_9);
        wp::array_store(var_avg, var_0, var_10);
    }
}



extern "C" __global__ void running_average_e5936e53_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_alpha,
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg,
    wp::array_t<wp::vec_t<4, wp::float32>> var_x,
    wp::float32 adj_alpha,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_avg,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_x)
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<4, wp::float32>* var_6;
        wp::vec_t<4, wp::float32> var_7;
        wp::vec_t<4, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        wp::vec_t<4, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<4, wp::float32> adj_6 = {};
        wp::vec_t<4, wp::float32> adj_7 = {};
        wp::vec_t<4, wp::float32> adj_8 = {};
        wp::vec_t<4, wp::float32> adj_9 = {};
        wp::vec_t<4, wp::float32> adj_10 = {};
        //---------
        // forward
        // def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // val = x[tid]                                                                           <L 7>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val                                      <L 8>
        var_5 = wp::sub(var_4, var_alpha);
        var_6 = wp::address(var_avg, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        var_9 = wp::mul(var_alpha, var_2);
        var_10 = wp::add(var_7, var_9);
        // wp::array_store(var_avg, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_avg, var_0, var_10, adj_avg, adj_0, adj_10);
        wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_mul(var_alpha, var_2, adj_alpha, adj_2, adj_9);
        wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
        wp::adj_address(var_avg, var_0, adj_avg, adj_0, adj_6);
        wp::adj_sub(var_4, var_alpha, adj_4, adj_alpha, adj_5);
        // adj: avg[tid] = (1.0 - alpha) * avg[tid] + alpha * val                                 <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: val = x[tid]                                                                      <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def running_average(alpha: float, avg: wp.array[wp.vec4], x: wp.array[wp.vec4]):  <L 5>
        continue;
    }
}

