// Warp 1.19.0 cuda code for apply_env_offsets_1f2fcbb2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_env_offsets_d237c300_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::float32> var_offsets,
    wp::array_t<wp::float32> var_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = -1;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        //---------
        // forward
        // def apply_env_offsets(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // g = group[tid]                                                                         <L 13>
        var_1 = wp::address(var_group, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g == -1:                                                                            <L 14>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // out[tid] = x[tid]                                                                  <L 15>
            var_6 = wp::address(var_x, var_0);
            var_8 = wp::load(var_6);
            var_7 = wp::copy(var_8);
            wp::array_store(var_out, var_0, var_7);
            // return                                                                             <L 16>
            continue;
        }
        // out[tid] = x[tid] + offsets[g]                                                         <L 17>
        var_9 = wp::address(var_x, var_0);
        var_10 = wp::address(var_offsets, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::add(var_12, var_13);
        wp::array_store(var_out, var_0, var_11);
    }
}



extern "C" __global__ void apply_env_offsets_d237c300_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_x,
    wp::array_t<wp::int32> var_group,
    wp::array_t<wp::float32> var_offsets,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_x,
    wp::array_t<wp::int32> adj_group,
    wp::array_t<wp::float32> adj_offsets,
    wp::array_t<wp::float32> adj_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = -1;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
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
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def apply_env_offsets(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // g = group[tid]                                                                         <L 13>
        var_1 = wp::address(var_group, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if g == -1:                                                                            <L 14>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // out[tid] = x[tid]                                                                  <L 15>
            var_6 = wp::address(var_x, var_0);
            var_8 = wp::load(var_6);
            var_7 = wp::copy(var_8);
            // wp::array_store(var_out, var_0, var_7);
            // return                                                                             <L 16>
            goto label0;
        }
        // out[tid] = x[tid] + offsets[g]                                                         <L 17>
        var_9 = wp::address(var_x, var_0);
        var_10 = wp::address(var_offsets, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::add(var_12, var_13);
        // wp::array_store(var_out, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
        wp::adj_add(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_offsets, var_2, adj_offsets, adj_2, adj_10);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
        // adj: out[tid] = x[tid] + offsets[g]                                                    <L 17>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 16>
            wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
            wp::adj_copy(var_8, adj_6, adj_7);
            wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
            // adj: out[tid] = x[tid]                                                             <L 15>
        }
        // adj: if g == -1:                                                                       <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_group, var_0, adj_group, adj_0, adj_1);
        // adj: g = group[tid]                                                                    <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def apply_env_offsets(                                                            <L 5>
        continue;
    }
}

