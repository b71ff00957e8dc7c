// Warp 1.19.0 cuda code for activate_b7a2fc75.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void activate_26e424d7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_z,
    wp::array_t<wp::float32> var_out)
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
        const wp::float32 var_2 = 0.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def activate(z: wp.array[float], out: wp.array[float]):                                <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // out[tid] = wp.max(z[tid], 0.0)                                                         <L 7>
        var_1 = wp::address(var_z, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::max(var_4, var_2);
        wp::array_store(var_out, var_0, var_3);
}



extern "C" __global__ void activate_26e424d7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_z,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_z,
    wp::array_t<wp::float32> adj_out)
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
        const wp::float32 var_2 = 0.0;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def activate(z: wp.array[float], out: wp.array[float]):                                <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // out[tid] = wp.max(z[tid], 0.0)                                                         <L 7>
        var_1 = wp::address(var_z, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::max(var_4, var_2);
        // wp::array_store(var_out, var_0, var_3);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_3, adj_out, adj_0, adj_3);
        wp::adj_max(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_z, var_0, adj_z, adj_0, adj_1);
        // adj: out[tid] = wp.max(z[tid], 0.0)                                                    <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def activate(z: wp.array[float], out: wp.array[float]):                           <L 5>
        return;
}

