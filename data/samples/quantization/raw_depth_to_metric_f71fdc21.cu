// Warp 1.19.0 cuda code for raw_depth_to_metric_f71fdc21.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void raw_depth_to_metric_dfa051cf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_depth_raw,
    wp::array_t<wp::float32> var_depth_m)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint16* var_1;
        wp::uint16 var_2;
        wp::uint16 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.001;
        wp::float32 var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        wp::uint16 var_9;
        bool var_10;
        const wp::float32 var_11 = 10.0;
        bool var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        //---------
        // forward
        // def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):       <L 8>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // raw = depth_raw[tid]                                                                   <L 11>
        var_1 = wp::address(var_depth_raw, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // z = float(raw) * 0.001                                                                 <L 12>
        var_4 = wp::float(var_2);
        var_6 = wp::mul(var_4, var_5);
        // if raw == wp.uint16(0) or z > MAX_DEPTH:                                               <L 13>
        var_9 = wp::uint16(var_8);
        var_10 = (var_2 == var_9);
        var_7 = var_10;
        if (!var_7) {
            var_12 = (var_6 > var_11);
            var_7 = var_7 || var_12;
        }
        if (var_7) {
            // z = 0.0                                                                            <L 14>
        }
        var_14 = wp::where(var_7, var_13, var_6);
        // depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                             <L 15>
        var_16 = wp::clamp(var_14, var_15, var_11);
        wp::array_store(var_depth_m, var_0, var_16);
}



extern "C" __global__ void raw_depth_to_metric_dfa051cf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_depth_raw,
    wp::array_t<wp::float32> var_depth_m,
    wp::array_t<wp::uint16> adj_depth_raw,
    wp::array_t<wp::float32> adj_depth_m)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint16* var_1;
        wp::uint16 var_2;
        wp::uint16 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.001;
        wp::float32 var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        wp::uint16 var_9;
        bool var_10;
        const wp::float32 var_11 = 10.0;
        bool var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint16 adj_1 = {};
        wp::uint16 adj_2 = {};
        wp::uint16 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::uint16 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):       <L 8>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // raw = depth_raw[tid]                                                                   <L 11>
        var_1 = wp::address(var_depth_raw, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // z = float(raw) * 0.001                                                                 <L 12>
        var_4 = wp::float(var_2);
        var_6 = wp::mul(var_4, var_5);
        // if raw == wp.uint16(0) or z > MAX_DEPTH:                                               <L 13>
        var_9 = wp::uint16(var_8);
        var_10 = (var_2 == var_9);
        var_7 = var_10;
        if (!var_7) {
            var_12 = (var_6 > var_11);
            var_7 = var_7 || var_12;
        }
        if (var_7) {
            // z = 0.0                                                                            <L 14>
        }
        var_14 = wp::where(var_7, var_13, var_6);
        // depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                             <L 15>
        var_16 = wp::clamp(var_14, var_15, var_11);
        // wp::array_store(var_depth_m, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_depth_m, var_0, var_16, adj_depth_m, adj_0, adj_16);
        wp::adj_clamp(var_14, var_15, var_11, adj_14, adj_15, adj_11, adj_16);
        // adj: depth_m[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                        <L 15>
        wp::adj_where(var_7, var_13, var_6, adj_7, adj_13, adj_6, adj_14);
        if (var_7) {
            // adj: z = 0.0                                                                       <L 14>
        }
        if (!var_7) {
        }
        // adj: if raw == wp.uint16(0) or z > MAX_DEPTH:                                          <L 13>
        wp::adj_mul(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_float(var_2, adj_2, adj_4);
        // adj: z = float(raw) * 0.001                                                            <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_depth_raw, var_0, adj_depth_raw, adj_0, adj_1);
        // adj: raw = depth_raw[tid]                                                              <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def raw_depth_to_metric(depth_raw: wp.array[wp.uint16], depth_m: wp.array[float]):  <L 8>
        return;
}

