// Warp 1.19.0 cuda code for frame_difference_220ba469.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void frame_difference_128b4df3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_src,
    wp::array_t<wp::float64> var_frame_b,
    wp::array_t<wp::float64> var_result)
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
        wp::int32 var_1;
        wp::float64* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        //---------
        // forward
        // def frame_difference(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // px = src[i, j]                                                                         <L 12>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result[i, j] = px - frame_b[i, j]                                                      <L 13>
        var_5 = wp::address(var_frame_b, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_3, var_7);
        wp::array_store(var_result, var_0, var_1, var_6);
    }
}



extern "C" __global__ void frame_difference_128b4df3_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_src,
    wp::array_t<wp::float64> var_frame_b,
    wp::array_t<wp::float64> var_result,
    wp::array_t<wp::float64> adj_src,
    wp::array_t<wp::float64> adj_frame_b,
    wp::array_t<wp::float64> adj_result)
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
        wp::int32 var_1;
        wp::float64* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float64 adj_2 = {};
        wp::float64 adj_3 = {};
        wp::float64 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        //---------
        // forward
        // def frame_difference(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // px = src[i, j]                                                                         <L 12>
        var_2 = wp::address(var_src, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // result[i, j] = px - frame_b[i, j]                                                      <L 13>
        var_5 = wp::address(var_frame_b, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_3, var_7);
        // wp::array_store(var_result, var_0, var_1, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_6, adj_result, adj_0, adj_1, adj_6);
        wp::adj_sub(var_3, var_7, adj_3, adj_5, adj_6);
        wp::adj_address(var_frame_b, var_0, var_1, adj_frame_b, adj_0, adj_1, adj_5);
        // adj: result[i, j] = px - frame_b[i, j]                                                 <L 13>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_src, var_0, var_1, adj_src, adj_0, adj_1, adj_2);
        // adj: px = src[i, j]                                                                    <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def frame_difference(                                                             <L 5>
        continue;
    }
}

