// Warp 1.19.0 cuda code for binary_op_3b67d4e1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void binary_op_cad8131d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_values,
    wp::array_t<wp::float16> var_other,
    wp::array_t<wp::float16> var_result)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float16* var_1;
        wp::float16 var_2;
        wp::float16 var_3;
        wp::float16* var_4;
        wp::float16 var_5;
        wp::float16 var_6;
        //---------
        // forward
        // def binary_op(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 11>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // result[tid] = x * other[tid]                                                           <L 12>
        var_4 = wp::address(var_other, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        wp::array_store(var_result, var_0, var_5);
}



extern "C" __global__ void binary_op_cad8131d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_values,
    wp::array_t<wp::float16> var_other,
    wp::array_t<wp::float16> var_result,
    wp::array_t<wp::float16> adj_values,
    wp::array_t<wp::float16> adj_other,
    wp::array_t<wp::float16> adj_result)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float16* var_1;
        wp::float16 var_2;
        wp::float16 var_3;
        wp::float16* var_4;
        wp::float16 var_5;
        wp::float16 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float16 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float16 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float16 adj_5 = {};
        wp::float16 adj_6 = {};
        //---------
        // forward
        // def binary_op(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 11>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // result[tid] = x * other[tid]                                                           <L 12>
        var_4 = wp::address(var_other, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_2, var_6);
        // wp::array_store(var_result, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_5, adj_result, adj_0, adj_5);
        wp::adj_mul(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_4);
        // adj: result[tid] = x * other[tid]                                                      <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x = values[tid]                                                                   <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def binary_op(                                                                    <L 5>
        return;
}

