// Warp 1.19.0 cuda code for smooth_in_time_521ce809.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void smooth_in_time_701571c7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg,
    wp::array_t<wp::vec_t<4, wp::float32>> var_x,
    wp::float32 var_t)
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
        wp::vec_t<4, wp::float32>* var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::vec_t<4, wp::float32> var_7;
        wp::vec_t<4, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        //---------
        // forward
        // def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):            <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // xi = x[tid]                                                                            <L 7>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // old = avg[tid]                                                                         <L 8>
        var_4 = wp::address(var_avg, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // avg[tid] = old + t * (xi - old)                                                        <L 9>
        var_7 = wp::sub(var_2, var_5);
        var_8 = wp::mul(var_t, var_7);
        var_9 = wp::add(var_5, var_8);
        wp::array_store(var_avg, var_0, var_9);
    }
}



extern "C" __global__ void smooth_in_time_701571c7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_avg,
    wp::array_t<wp::vec_t<4, wp::float32>> var_x,
    wp::float32 var_t,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_avg,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_x,
    wp::float32 adj_t)
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
        wp::vec_t<4, wp::float32>* var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::vec_t<4, wp::float32> var_7;
        wp::vec_t<4, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::vec_t<4, wp::float32> adj_6 = {};
        wp::vec_t<4, wp::float32> adj_7 = {};
        wp::vec_t<4, wp::float32> adj_8 = {};
        wp::vec_t<4, wp::float32> adj_9 = {};
        //---------
        // forward
        // def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):            <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // xi = x[tid]                                                                            <L 7>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // old = avg[tid]                                                                         <L 8>
        var_4 = wp::address(var_avg, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // avg[tid] = old + t * (xi - old)                                                        <L 9>
        var_7 = wp::sub(var_2, var_5);
        var_8 = wp::mul(var_t, var_7);
        var_9 = wp::add(var_5, var_8);
        // wp::array_store(var_avg, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_avg, var_0, var_9, adj_avg, adj_0, adj_9);
        wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_mul(var_t, var_7, adj_t, adj_7, adj_8);
        wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: avg[tid] = old + t * (xi - old)                                                   <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_avg, var_0, adj_avg, adj_0, adj_4);
        // adj: old = avg[tid]                                                                    <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: xi = x[tid]                                                                       <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def smooth_in_time(avg: wp.array[wp.vec4], x: wp.array[wp.vec4], t: float):       <L 5>
        continue;
    }
}

