// Warp 1.19.0 cuda code for combine_arrays_4eaa686c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void combine_arrays_0130743c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_values,
    wp::array_t<wp::int32> var_y,
    wp::array_t<wp::int32> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        //---------
        // forward
        // def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // xi = values[tid]                                                                       <L 8>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[tid] = xi * y[tid]                                                                 <L 9>
        var_4 = wp::address(var_y, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        wp::array_store(var_out, var_0, var_5);
}



extern "C" __global__ void combine_arrays_0130743c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_values,
    wp::array_t<wp::int32> var_y,
    wp::array_t<wp::int32> var_out,
    wp::array_t<wp::int32> adj_values,
    wp::array_t<wp::int32> adj_y,
    wp::array_t<wp::int32> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        //---------
        // forward
        // def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // xi = values[tid]                                                                       <L 8>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[tid] = xi * y[tid]                                                                 <L 9>
        var_4 = wp::address(var_y, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        // wp::array_store(var_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_y, var_0, adj_y, adj_0, adj_4);
        // adj: out[tid] = xi * y[tid]                                                            <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: xi = values[tid]                                                                  <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def combine_arrays(values: wp.array[int], y: wp.array[int], out: wp.array[int]):  <L 5>
        return;
}

