// Warp 1.19.0 cuda code for robust_loss_2a788677.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:0
static CUDA_CALLABLE wp::float32 norm_l2_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    return var_0;
}


// warp/_src/math.py:0
static CUDA_CALLABLE void adj_norm_l2_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: return wp.length(v)                                                               <L 12>
    // adj: def norm_l2(v: Any) -> float:                                                     <L 1>
    return;
}



extern "C" __global__ void robust_loss_806e2253_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets,
    wp::array_t<wp::float32> var_result)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        //---------
        // forward
        // def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):                  <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // residual = offsets[tid]                                                                <L 7>
        var_1 = wp::address(var_offsets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // loss = wp.norm_l2(residual)                                                            <L 8>
        var_4 = norm_l2_0(var_2);
        // wp.atomic_add(result, 0, loss)                                                         <L 9>
        var_6 = wp::atomic_add(var_result, var_5, var_4);
    }
}



extern "C" __global__ void robust_loss_806e2253_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_offsets,
    wp::array_t<wp::float32> adj_result)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):                  <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // residual = offsets[tid]                                                                <L 7>
        var_1 = wp::address(var_offsets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // loss = wp.norm_l2(residual)                                                            <L 8>
        var_4 = norm_l2_0(var_2);
        // wp.atomic_add(result, 0, loss)                                                         <L 9>
        // var_6 = wp::atomic_add(var_result, var_5, var_4);
        //---------
        // reverse
        wp::adj_atomic_add(var_result, var_5, var_4, adj_result, adj_5, adj_4, adj_6);
        // adj: wp.atomic_add(result, 0, loss)                                                    <L 9>
        adj_norm_l2_0(var_2, adj_2, adj_4);
        // adj: loss = wp.norm_l2(residual)                                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_1);
        // adj: residual = offsets[tid]                                                           <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def robust_loss(offsets: wp.array[wp.vec3], result: wp.array[float]):             <L 5>
        continue;
    }
}

