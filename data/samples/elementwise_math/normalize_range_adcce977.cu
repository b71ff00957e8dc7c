// Warp 1.19.0 cuda code for normalize_range_adcce977.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void normalize_range_306616ef_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_offsets,
    wp::float16 var_scale,
    wp::array_t<wp::float16> var_out)
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
        // def normalize_range(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // out[tid] = scale * x[tid] + offsets[tid]                                               <L 12>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_scale, var_3);
        var_4 = wp::address(var_offsets, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_2, var_6);
        wp::array_store(var_out, var_0, var_5);
}



extern "C" __global__ void normalize_range_306616ef_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_x,
    wp::array_t<wp::float16> var_offsets,
    wp::float16 var_scale,
    wp::array_t<wp::float16> var_out,
    wp::array_t<wp::float16> adj_x,
    wp::array_t<wp::float16> adj_offsets,
    wp::float16 adj_scale,
    wp::array_t<wp::float16> adj_out)
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
        // def normalize_range(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // out[tid] = scale * x[tid] + offsets[tid]                                               <L 12>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::mul(var_scale, var_3);
        var_4 = wp::address(var_offsets, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::add(var_2, var_6);
        // wp::array_store(var_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_add(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_4);
        wp::adj_mul(var_scale, var_3, adj_scale, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: out[tid] = scale * x[tid] + offsets[tid]                                          <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def normalize_range(                                                              <L 5>
        return;
}

