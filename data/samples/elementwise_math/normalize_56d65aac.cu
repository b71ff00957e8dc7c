// Warp 1.19.0 cuda code for normalize_56d65aac.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void normalize_27a11e98_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_mu,
    wp::float32 var_sigma)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 1e-05;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = data[tid]                                                                          <L 7>
        var_1 = wp::address(var_data, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)                                            <L 8>
        var_4 = wp::sub(var_2, var_mu);
        var_6 = wp::max(var_sigma, var_5);
        var_7 = wp::div(var_4, var_6);
        wp::array_store(var_out, var_0, var_7);
}



extern "C" __global__ void normalize_27a11e98_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::float32> var_out,
    wp::float32 var_mu,
    wp::float32 var_sigma,
    wp::array_t<wp::float32> adj_data,
    wp::array_t<wp::float32> adj_out,
    wp::float32 adj_mu,
    wp::float32 adj_sigma)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 1e-05;
        wp::float32 var_6;
        wp::float32 var_7;
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
        //---------
        // forward
        // def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = data[tid]                                                                          <L 7>
        var_1 = wp::address(var_data, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)                                            <L 8>
        var_4 = wp::sub(var_2, var_mu);
        var_6 = wp::max(var_sigma, var_5);
        var_7 = wp::div(var_4, var_6);
        // wp::array_store(var_out, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
        wp::adj_div(var_4, var_6, var_7, adj_4, adj_6, adj_7);
        wp::adj_max(var_sigma, var_5, adj_sigma, adj_5, adj_6);
        wp::adj_sub(var_2, var_mu, adj_2, adj_mu, adj_4);
        // adj: out[tid] = (x - mu) / wp.max(sigma, 1.0e-5)                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
        // adj: x = data[tid]                                                                     <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def normalize(data: wp.array[float], out: wp.array[float], mu: float, sigma: float):  <L 5>
        return;
}

