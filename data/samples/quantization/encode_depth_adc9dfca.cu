// Warp 1.19.0 cuda code for encode_depth_adc9dfca.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void encode_depth_207a9ccf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::float32> var_units_scale,
    wp::array_t<wp::uint16> var_depth_u16)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        bool var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        const wp::float32 var_13 = 65535.0;
        bool var_14;
        const wp::int32 var_15 = 0;
        wp::uint16 var_16;
        wp::uint16 var_17;
        //---------
        // forward
        // def encode_depth(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // unit = units_scale[0]                                                                  <L 11>
        var_2 = wp::address(var_units_scale, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // z = depth[tid]                                                                         <L 12>
        var_5 = wp::address(var_depth, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // units = wp.rint(z / unit)                                                              <L 13>
        var_8 = wp::div(var_6, var_3);
        var_9 = wp::rint(var_8);
        // if units <= 0.0 or units > 65535.0:                                                    <L 15>
        var_12 = (var_9 <= var_11);
        var_10 = var_12;
        if (!var_10) {
            var_14 = (var_9 > var_13);
            var_10 = var_10 || var_14;
        }
        if (var_10) {
            // depth_u16[tid] = wp.uint16(0)                                                      <L 16>
            var_16 = wp::uint16(var_15);
            wp::array_store(var_depth_u16, var_0, var_16);
        }
        if (!var_10) {
            // depth_u16[tid] = wp.uint16(units)                                                  <L 18>
            var_17 = wp::uint16(var_9);
            wp::array_store(var_depth_u16, var_0, var_17);
        }
    }
}



extern "C" __global__ void encode_depth_207a9ccf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_depth,
    wp::array_t<wp::float32> var_units_scale,
    wp::array_t<wp::uint16> var_depth_u16,
    wp::array_t<wp::float32> adj_depth,
    wp::array_t<wp::float32> adj_units_scale,
    wp::array_t<wp::uint16> adj_depth_u16)
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
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        bool var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        const wp::float32 var_13 = 65535.0;
        bool var_14;
        const wp::int32 var_15 = 0;
        wp::uint16 var_16;
        wp::uint16 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::uint16 adj_16 = {};
        wp::uint16 adj_17 = {};
        //---------
        // forward
        // def encode_depth(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // unit = units_scale[0]                                                                  <L 11>
        var_2 = wp::address(var_units_scale, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // z = depth[tid]                                                                         <L 12>
        var_5 = wp::address(var_depth, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // units = wp.rint(z / unit)                                                              <L 13>
        var_8 = wp::div(var_6, var_3);
        var_9 = wp::rint(var_8);
        // if units <= 0.0 or units > 65535.0:                                                    <L 15>
        var_12 = (var_9 <= var_11);
        var_10 = var_12;
        if (!var_10) {
            var_14 = (var_9 > var_13);
            var_10 = var_10 || var_14;
        }
        if (var_10) {
            // depth_u16[tid] = wp.uint16(0)                                                      <L 16>
            var_16 = wp::uint16(var_15);
            // wp::array_store(var_depth_u16, var_0, var_16);
        }
        if (!var_10) {
            // depth_u16[tid] = wp.uint16(units)                                                  <L 18>
            var_17 = wp::uint16(var_9);
            // wp::array_store(var_depth_u16, var_0, var_17);
        }
        //---------
        // reverse
        if (!var_10) {
            wp::adj_array_store(var_depth_u16, var_0, var_17, adj_depth_u16, adj_0, adj_17);
            // adj: depth_u16[tid] = wp.uint16(units)                                             <L 18>
        }
        if (var_10) {
            wp::adj_array_store(var_depth_u16, var_0, var_16, adj_depth_u16, adj_0, adj_16);
            // adj: depth_u16[tid] = wp.uint16(0)                                                 <L 16>
        }
        if (!var_10) {
        }
        // adj: if units <= 0.0 or units > 65535.0:                                               <L 15>
        wp::adj_div(var_6, var_3, var_8, adj_6, adj_3, adj_8);
        // adj: units = wp.rint(z / unit)                                                         <L 13>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_depth, var_0, adj_depth, adj_0, adj_5);
        // adj: z = depth[tid]                                                                    <L 12>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_units_scale, var_1, adj_units_scale, adj_1, adj_2);
        // adj: unit = units_scale[0]                                                             <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def encode_depth(                                                                 <L 5>
        continue;
    }
}

