// Warp 1.19.0 cuda code for crossfade_17c72ef0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void crossfade_496ff1aa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_values,
    wp::array_t<wp::vec_t<4, wp::float32>> var_accum,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_result)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<4, wp::float32>* var_7;
        wp::vec_t<4, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        //---------
        // forward
        // def crossfade(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // y = accum[tid]                                                                         <L 13>
        var_1 = wp::address(var_accum, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = weights[tid]                                                                       <L 14>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // result[tid] = wp.lerp(values[tid], y, w)                                               <L 15>
        var_7 = wp::address(var_values, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::lerp(var_9, var_2, var_5);
        wp::array_store(var_result, var_0, var_8);
    }
}



extern "C" __global__ void crossfade_496ff1aa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_values,
    wp::array_t<wp::vec_t<4, wp::float32>> var_accum,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_result,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_values,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_accum,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_result)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<4, wp::float32>* var_7;
        wp::vec_t<4, wp::float32> var_8;
        wp::vec_t<4, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<4, wp::float32> adj_7 = {};
        wp::vec_t<4, wp::float32> adj_8 = {};
        wp::vec_t<4, wp::float32> adj_9 = {};
        //---------
        // forward
        // def crossfade(                                                                         <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // y = accum[tid]                                                                         <L 13>
        var_1 = wp::address(var_accum, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = weights[tid]                                                                       <L 14>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // result[tid] = wp.lerp(values[tid], y, w)                                               <L 15>
        var_7 = wp::address(var_values, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::lerp(var_9, var_2, var_5);
        // wp::array_store(var_result, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_8, adj_result, adj_0, adj_8);
        wp::adj_lerp(var_9, var_2, var_5, adj_7, adj_2, adj_5, adj_8);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_7);
        // adj: result[tid] = wp.lerp(values[tid], y, w)                                          <L 15>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: w = weights[tid]                                                                  <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_accum, var_0, adj_accum, adj_0, adj_1);
        // adj: y = accum[tid]                                                                    <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def crossfade(                                                                    <L 5>
        continue;
    }
}



extern "C" __global__ void elementwise_op_bf343453_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_data,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other,
    wp::array_t<wp::vec_t<3, wp::float32>> var_output)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def elementwise_op(                                                                    <L 19>
        // tid = wp.tid()                                                                         <L 25>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 26>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 27>
            continue;
        }
        // x = data[tid]                                                                          <L 28>
        var_5 = wp::address(var_data, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // y = other[tid]                                                                         <L 29>
        var_8 = wp::address(var_other, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // output[tid] = x - y                                                                    <L 30>
        var_11 = wp::sub(var_6, var_9);
        wp::array_store(var_output, var_0, var_11);
    }
}



extern "C" __global__ void elementwise_op_bf343453_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_data,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other,
    wp::array_t<wp::vec_t<3, wp::float32>> var_output,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_output)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def elementwise_op(                                                                    <L 19>
        // tid = wp.tid()                                                                         <L 25>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 26>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 27>
            goto label0;
        }
        // x = data[tid]                                                                          <L 28>
        var_5 = wp::address(var_data, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // y = other[tid]                                                                         <L 29>
        var_8 = wp::address(var_other, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // output[tid] = x - y                                                                    <L 30>
        var_11 = wp::sub(var_6, var_9);
        // wp::array_store(var_output, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_output, var_0, var_11, adj_output, adj_0, adj_11);
        wp::adj_sub(var_6, var_9, adj_6, adj_9, adj_11);
        // adj: output[tid] = x - y                                                               <L 30>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_8);
        // adj: y = other[tid]                                                                    <L 29>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_data, var_0, adj_data, adj_0, adj_5);
        // adj: x = data[tid]                                                                     <L 28>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 27>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 26>
        // adj: tid = wp.tid()                                                                    <L 25>
        // adj: def elementwise_op(                                                               <L 19>
        continue;
    }
}

