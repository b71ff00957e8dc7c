// Warp 1.19.0 cuda code for raw_depth_to_metric_79c9f3d2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void raw_depth_to_metric_fcca5e60_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_depth_u16,
    wp::float32 var_depth_scale,
    wp::array_t<wp::float32> var_depth_out)
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
        wp::float32 var_5;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::uint16 var_8;
        bool var_9;
        const wp::float32 var_10 = 10.0;
        bool var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        //---------
        // forward
        // def raw_depth_to_metric(                                                               <L 8>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // raw = depth_u16[tid]                                                                   <L 14>
        var_1 = wp::address(var_depth_u16, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // z = float(raw) * depth_scale                                                           <L 15>
        var_4 = wp::float(var_2);
        var_5 = wp::mul(var_4, var_depth_scale);
        // if raw == wp.uint16(0) or z > MAX_DEPTH:                                               <L 16>
        var_8 = wp::uint16(var_7);
        var_9 = (var_2 == var_8);
        var_6 = var_9;
        if (!var_6) {
            var_11 = (var_5 > var_10);
            var_6 = var_6 || var_11;
        }
        if (var_6) {
            // z = 0.0                                                                            <L 17>
        }
        var_13 = wp::where(var_6, var_12, var_5);
        // depth_out[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                           <L 18>
        var_15 = wp::clamp(var_13, var_14, var_10);
        wp::array_store(var_depth_out, var_0, var_15);
}



extern "C" __global__ void raw_depth_to_metric_fcca5e60_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::uint16> var_depth_u16,
    wp::float32 var_depth_scale,
    wp::array_t<wp::float32> var_depth_out,
    wp::array_t<wp::uint16> adj_depth_u16,
    wp::float32 adj_depth_scale,
    wp::array_t<wp::float32> adj_depth_out)
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
        wp::float32 var_5;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::uint16 var_8;
        bool var_9;
        const wp::float32 var_10 = 10.0;
        bool var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint16 adj_1 = {};
        wp::uint16 adj_2 = {};
        wp::uint16 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::uint16 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def raw_depth_to_metric(                                                               <L 8>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // raw = depth_u16[tid]                                                                   <L 14>
        var_1 = wp::address(var_depth_u16, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // z = float(raw) * depth_scale                                                           <L 15>
        var_4 = wp::float(var_2);
        var_5 = wp::mul(var_4, var_depth_scale);
        // if raw == wp.uint16(0) or z > MAX_DEPTH:                                               <L 16>
        var_8 = wp::uint16(var_7);
        var_9 = (var_2 == var_8);
        var_6 = var_9;
        if (!var_6) {
            var_11 = (var_5 > var_10);
            var_6 = var_6 || var_11;
        }
        if (var_6) {
            // z = 0.0                                                                            <L 17>
        }
        var_13 = wp::where(var_6, var_12, var_5);
        // depth_out[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                           <L 18>
        var_15 = wp::clamp(var_13, var_14, var_10);
        // wp::array_store(var_depth_out, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_depth_out, var_0, var_15, adj_depth_out, adj_0, adj_15);
        wp::adj_clamp(var_13, var_14, var_10, adj_13, adj_14, adj_10, adj_15);
        // adj: depth_out[tid] = wp.clamp(z, 0.0, MAX_DEPTH)                                      <L 18>
        wp::adj_where(var_6, var_12, var_5, adj_6, adj_12, adj_5, adj_13);
        if (var_6) {
            // adj: z = 0.0                                                                       <L 17>
        }
        if (!var_6) {
        }
        // adj: if raw == wp.uint16(0) or z > MAX_DEPTH:                                          <L 16>
        wp::adj_mul(var_4, var_depth_scale, adj_4, adj_depth_scale, adj_5);
        wp::adj_float(var_2, adj_2, adj_4);
        // adj: z = float(raw) * depth_scale                                                      <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_depth_u16, var_0, adj_depth_u16, adj_0, adj_1);
        // adj: raw = depth_u16[tid]                                                              <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def raw_depth_to_metric(                                                          <L 8>
        return;
}

