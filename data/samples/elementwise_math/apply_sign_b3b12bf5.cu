// Warp 1.19.0 cuda code for apply_sign_b3b12bf5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_sign_f31450dd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_y)
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
        //---------
        // forward
        // def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])                                         <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::sign(var_6);
        var_7 = wp::mul(var_2, var_5);
        wp::array_store(var_y, var_0, var_7);
    }
}



extern "C" __global__ void apply_sign_f31450dd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_y,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_y)
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
        // def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])                                         <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        var_4 = wp::address(var_b, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::sign(var_6);
        var_7 = wp::mul(var_2, var_5);
        // wp::array_store(var_y, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_y, var_0, var_7, adj_y, adj_0, adj_7);
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_7);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
        wp::adj_abs(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: y[tid] = wp.abs(values[tid]) * wp.sign(b[tid])                                    <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def apply_sign(values: wp.array(dtype=float), b: wp.array(dtype=float), y: wp.array(dtype=float)):  <L 5>
        continue;
    }
}

