// Warp 1.19.0 cuda code for residual_norm_19af992b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void residual_norm_4a8fbe5f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors,
    wp::int32 var_active_count,
    wp::array_t<wp::float32> var_accum)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::vec_t<2, wp::float32>* var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 7>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 8>
            continue;
        }
        // wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))                                  <L 11>
        var_3 = wp::address(var_vectors, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::abs(var_5);
        var_6 = wp::max(var_4);
        var_7 = wp::atomic_max(var_accum, var_2, var_6);
    }
}



extern "C" __global__ void residual_norm_4a8fbe5f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors,
    wp::int32 var_active_count,
    wp::array_t<wp::float32> var_accum,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vectors,
    wp::int32 adj_active_count,
    wp::array_t<wp::float32> adj_accum)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::vec_t<2, wp::float32>* var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 7>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 8>
            goto label0;
        }
        // wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))                                  <L 11>
        var_3 = wp::address(var_vectors, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::abs(var_5);
        var_6 = wp::max(var_4);
        // var_7 = wp::atomic_max(var_accum, var_2, var_6);
        //---------
        // reverse
        wp::adj_atomic_max(var_accum, var_2, var_6, adj_accum, adj_2, adj_6, adj_7);
        wp::adj_max(var_4, adj_4, adj_6);
        wp::adj_abs(var_5, adj_3, adj_4);
        wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_3);
        // adj: wp.atomic_max(accum, 0, wp.max(wp.abs(vectors[tid])))                             <L 11>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 8>
        }
        // adj: if tid >= active_count:                                                           <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def residual_norm(vectors: wp.array[wp.vec2], active_count: wp.int32, accum: wp.array[float]):  <L 5>
        continue;
    }
}

