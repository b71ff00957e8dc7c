// Warp 1.19.0 cuda code for adjust_pixels_b85d7790.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void adjust_pixels_9b4a7fbc_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_img,
    wp::float64 var_amount,
    wp::array_t<wp::float64> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float64* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // forward
        // def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // px = img[i, j]                                                                         <L 7>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)             <L 8>
        var_5 = 0.0;
        var_6 = 1.0;
        var_7 = wp::clamp(var_3, var_5, var_6);
        var_8 = wp::pow(var_7, var_amount);
        wp::array_store(var_out, var_0, var_1, var_8);
}



extern "C" __global__ void adjust_pixels_9b4a7fbc_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float64> var_img,
    wp::float64 var_amount,
    wp::array_t<wp::float64> var_out,
    wp::array_t<wp::float64> adj_img,
    wp::float64 adj_amount,
    wp::array_t<wp::float64> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float64* var_2;
        wp::float64 var_3;
        wp::float64 var_4;
        wp::float64 var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
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
        wp::float64 adj_8 = {};
        //---------
        // forward
        // def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // px = img[i, j]                                                                         <L 7>
        var_2 = wp::address(var_img, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)             <L 8>
        var_5 = 0.0;
        var_6 = 1.0;
        var_7 = wp::clamp(var_3, var_5, var_6);
        var_8 = wp::pow(var_7, var_amount);
        // wp::array_store(var_out, var_0, var_1, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_8, adj_out, adj_0, adj_1, adj_8);
        wp::adj_pow(var_7, var_amount, var_8, adj_7, adj_amount, adj_8);
        wp::adj_clamp(var_3, var_5, var_6, adj_3, adj_5, adj_6, adj_7);
        // adj: out[i, j] = wp.pow(wp.clamp(px, wp.float64(0.0), wp.float64(1.0)), amount)        <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_img, var_0, var_1, adj_img, adj_0, adj_1, adj_2);
        // adj: px = img[i, j]                                                                    <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def adjust_pixels(img: wp.array2d[wp.float64], amount: wp.float64, out: wp.array2d[wp.float64]):  <L 5>
        return;
}

