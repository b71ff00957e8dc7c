// Warp 1.19.0 cuda code for l2_norm_sq_e72aecc2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void l2_norm_sq_6b64ec05_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_sum_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):            <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // a = u[tid]                                                                             <L 7>
        var_1 = wp::address(var_u, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(sum_out, 0, wp.length_sq(a))                                             <L 8>
        var_5 = wp::length_sq(var_2);
        var_6 = wp::atomic_add(var_sum_out, var_4, var_5);
}



extern "C" __global__ void l2_norm_sq_6b64ec05_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_sum_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_sum_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):            <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // a = u[tid]                                                                             <L 7>
        var_1 = wp::address(var_u, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(sum_out, 0, wp.length_sq(a))                                             <L 8>
        var_5 = wp::length_sq(var_2);
        // var_6 = wp::atomic_add(var_sum_out, var_4, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_sum_out, var_4, var_5, adj_sum_out, adj_4, adj_5, adj_6);
        wp::adj_length_sq(var_2, adj_2, adj_5);
        // adj: wp.atomic_add(sum_out, 0, wp.length_sq(a))                                        <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_1);
        // adj: a = u[tid]                                                                        <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def l2_norm_sq(u: wp.array(dtype=wp.vec2), sum_out: wp.array(dtype=float)):       <L 5>
        return;
}

