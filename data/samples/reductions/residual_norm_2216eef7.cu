// Warp 1.19.0 cuda code for residual_norm_2216eef7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void residual_norm_53bdf730_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_u,
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):                      <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // a = u[tid]                                                                             <L 7>
        var_1 = wp::address(var_u, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(result, 0, wp.length_sq(a))                                              <L 8>
        var_5 = wp::length_sq(var_2);
        var_6 = wp::atomic_add(var_result, var_4, var_5);
    }
}



extern "C" __global__ void residual_norm_53bdf730_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_u,
    wp::array_t<wp::float32> var_result,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_u,
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
        wp::vec_t<4, wp::float32>* var_1;
        wp::vec_t<4, wp::float32> var_2;
        wp::vec_t<4, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::float32> adj_1 = {};
        wp::vec_t<4, wp::float32> adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):                      <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // a = u[tid]                                                                             <L 7>
        var_1 = wp::address(var_u, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(result, 0, wp.length_sq(a))                                              <L 8>
        var_5 = wp::length_sq(var_2);
        // var_6 = wp::atomic_add(var_result, var_4, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_result, var_4, var_5, adj_result, adj_4, adj_5, adj_6);
        wp::adj_length_sq(var_2, adj_2, adj_5);
        // adj: wp.atomic_add(result, 0, wp.length_sq(a))                                         <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_1);
        // adj: a = u[tid]                                                                        <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def residual_norm(u: wp.array[wp.vec4], result: wp.array[float]):                 <L 5>
        continue;
    }
}

