// Warp 1.19.0 cuda code for depth_to_meters_637435e3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void depth_to_meters_e993a20c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_depth_raw,
    wp::int32 var_active_count,
    wp::array_t<wp::float32> var_depth_m)
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
        wp::uint16* var_2;
        wp::uint16 var_3;
        wp::uint16 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.001;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 10.0;
        wp::float32 var_10;
        //---------
        // forward
        // def depth_to_meters(                                                                   <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 15>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 16>
            continue;
        }
        // raw = depth_raw[tid]                                                                   <L 17>
        var_2 = wp::address(var_depth_raw, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)                            <L 18>
        var_5 = wp::float(var_3);
        var_7 = wp::mul(var_5, var_6);
        var_10 = wp::clamp(var_7, var_8, var_9);
        wp::array_store(var_depth_m, var_0, var_10);
    }
}



extern "C" __global__ void depth_to_meters_e993a20c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_depth_raw,
    wp::int32 var_active_count,
    wp::array_t<wp::float32> var_depth_m,
    wp::array_t<wp::uint16> adj_depth_raw,
    wp::int32 adj_active_count,
    wp::array_t<wp::float32> adj_depth_m)
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
        wp::uint16* var_2;
        wp::uint16 var_3;
        wp::uint16 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.001;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        const wp::float32 var_9 = 10.0;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::uint16 adj_2 = {};
        wp::uint16 adj_3 = {};
        wp::uint16 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def depth_to_meters(                                                                   <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 15>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 16>
            goto label0;
        }
        // raw = depth_raw[tid]                                                                   <L 17>
        var_2 = wp::address(var_depth_raw, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)                            <L 18>
        var_5 = wp::float(var_3);
        var_7 = wp::mul(var_5, var_6);
        var_10 = wp::clamp(var_7, var_8, var_9);
        // wp::array_store(var_depth_m, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_depth_m, var_0, var_10, adj_depth_m, adj_0, adj_10);
        wp::adj_clamp(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_float(var_3, adj_3, adj_5);
        // adj: depth_m[tid] = wp.clamp(float(raw) * 0.001, 0.0, MAX_DEPTH)                       <L 18>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_depth_raw, var_0, adj_depth_raw, adj_0, adj_2);
        // adj: raw = depth_raw[tid]                                                              <L 17>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        // adj: if tid >= active_count:                                                           <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def depth_to_meters(                                                              <L 8>
        continue;
    }
}

