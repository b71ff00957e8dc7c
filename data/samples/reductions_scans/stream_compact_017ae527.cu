// Warp 1.19.0 cuda code for stream_compact_017ae527.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void stream_compact_7c4a12ef_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_compacted,
    wp::array_t<wp::int32> var_num_selected,
    wp::float32 var_cutoff)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        bool var_13;
        //---------
        // forward
        // def stream_compact(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if wp.abs(x) <= cutoff:                                                                <L 13>
        var_4 = wp::abs(var_2);
        var_5 = (var_4 <= var_cutoff);
        if (var_5) {
            // return                                                                             <L 14>
            return;
        }
        // slot = wp.atomic_add(num_selected, 0, 1)                                               <L 15>
        var_8 = wp::atomic_add(var_num_selected, var_6, var_7);
        // if slot < compacted.shape[0]:                                                          <L 17>
        var_9 = &(var_compacted.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = (var_8 < var_11);
        if (var_13) {
            // compacted[slot] = x                                                                <L 18>
            wp::array_store(var_compacted, var_8, var_2);
        }
}



extern "C" __global__ void stream_compact_7c4a12ef_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_compacted,
    wp::array_t<wp::int32> var_num_selected,
    wp::float32 var_cutoff,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_compacted,
    wp::array_t<wp::int32> adj_num_selected,
    wp::float32 adj_cutoff)
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
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        bool var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        bool adj_13 = {};
        //---------
        // forward
        // def stream_compact(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if wp.abs(x) <= cutoff:                                                                <L 13>
        var_4 = wp::abs(var_2);
        var_5 = (var_4 <= var_cutoff);
        if (var_5) {
            // return                                                                             <L 14>
            goto label0;
        }
        // slot = wp.atomic_add(num_selected, 0, 1)                                               <L 15>
        // var_8 = wp::atomic_add(var_num_selected, var_6, var_7);
        // if slot < compacted.shape[0]:                                                          <L 17>
        var_9 = &(var_compacted.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = (var_8 < var_11);
        if (var_13) {
            // compacted[slot] = x                                                                <L 18>
            // wp::array_store(var_compacted, var_8, var_2);
        }
        //---------
        // reverse
        if (var_13) {
            wp::adj_array_store(var_compacted, var_8, var_2, adj_compacted, adj_8, adj_2);
            // adj: compacted[slot] = x                                                           <L 18>
        }
        adj_compacted.shape = adj_9;
        // adj: if slot < compacted.shape[0]:                                                     <L 17>
        wp::adj_atomic_add(var_num_selected, var_6, var_7, adj_num_selected, adj_6, adj_7, adj_8);
        // adj: slot = wp.atomic_add(num_selected, 0, 1)                                          <L 15>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        wp::adj_abs(var_2, adj_2, adj_4);
        // adj: if wp.abs(x) <= cutoff:                                                           <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x = values[tid]                                                                   <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def stream_compact(                                                               <L 5>
        return;
}

