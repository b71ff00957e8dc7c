// Warp 1.19.0 cuda code for activate_6f90daa2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void activate_c7b076bd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        //---------
        // forward
        // def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):         <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // flag = active[tid]                                                                     <L 7>
        var_1 = wp::address(var_active, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if flag != 1:                                                                          <L 8>
        var_5 = (var_2 != var_4);
        if (var_5) {
            // return                                                                             <L 9>
            return;
        }
        // pre = z[tid]                                                                           <L 10>
        var_6 = wp::address(var_z, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // out[tid] = wp.max(pre, 0.0)                                                            <L 11>
        var_10 = wp::max(var_7, var_9);
        wp::array_store(var_out, var_0, var_10);
}



extern "C" __global__ void activate_c7b076bd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::float32> var_z,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::int32> adj_active,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):         <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // flag = active[tid]                                                                     <L 7>
        var_1 = wp::address(var_active, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if flag != 1:                                                                          <L 8>
        var_5 = (var_2 != var_4);
        if (var_5) {
            // return                                                                             <L 9>
            goto label0;
        }
        // pre = z[tid]                                                                           <L 10>
        var_6 = wp::address(var_z, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // out[tid] = wp.max(pre, 0.0)                                                            <L 11>
        var_10 = wp::max(var_7, var_9);
        // wp::array_store(var_out, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
        wp::adj_max(var_7, var_9, adj_7, adj_9, adj_10);
        // adj: out[tid] = wp.max(pre, 0.0)                                                       <L 11>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_z, var_0, adj_z, adj_0, adj_6);
        // adj: pre = z[tid]                                                                      <L 10>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 9>
        }
        // adj: if flag != 1:                                                                     <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: flag = active[tid]                                                                <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):    <L 5>
        return;
}

