// Warp 1.19.0 cuda code for stream_compact_86b4e8cf.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void stream_compact_38f01b9e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::float32 var_cutoff,
    wp::array_t<wp::float32> var_selected,
    wp::array_t<wp::int32> var_num_selected)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        bool var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def stream_compact(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if wp.abs(values[tid]) <= cutoff:                                                      <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        var_4 = (var_2 <= var_cutoff);
        if (var_4) {
            // return                                                                             <L 13>
            return;
        }
        // slot = wp.atomic_add(num_selected, 0, 1)                                               <L 14>
        var_7 = wp::atomic_add(var_num_selected, var_5, var_6);
        // if slot < selected.shape[0]:                                                           <L 16>
        var_8 = &(var_selected.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = (var_7 < var_10);
        if (var_12) {
            // selected[slot] = values[tid]                                                       <L 17>
            var_13 = wp::address(var_values, var_0);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            wp::array_store(var_selected, var_7, var_14);
        }
}



extern "C" __global__ void stream_compact_38f01b9e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::float32 var_cutoff,
    wp::array_t<wp::float32> var_selected,
    wp::array_t<wp::int32> var_num_selected,
    wp::array_t<wp::float32> adj_values,
    wp::float32 adj_cutoff,
    wp::array_t<wp::float32> adj_selected,
    wp::array_t<wp::int32> adj_num_selected)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        bool var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def stream_compact(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if wp.abs(values[tid]) <= cutoff:                                                      <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::abs(var_3);
        var_4 = (var_2 <= var_cutoff);
        if (var_4) {
            // return                                                                             <L 13>
            goto label0;
        }
        // slot = wp.atomic_add(num_selected, 0, 1)                                               <L 14>
        // var_7 = wp::atomic_add(var_num_selected, var_5, var_6);
        // if slot < selected.shape[0]:                                                           <L 16>
        var_8 = &(var_selected.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        var_12 = (var_7 < var_10);
        if (var_12) {
            // selected[slot] = values[tid]                                                       <L 17>
            var_13 = wp::address(var_values, var_0);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // wp::array_store(var_selected, var_7, var_14);
        }
        //---------
        // reverse
        if (var_12) {
            wp::adj_array_store(var_selected, var_7, var_14, adj_selected, adj_7, adj_14);
            wp::adj_copy(var_15, adj_13, adj_14);
            wp::adj_address(var_values, var_0, adj_values, adj_0, adj_13);
            // adj: selected[slot] = values[tid]                                                  <L 17>
        }
        adj_selected.shape = adj_8;
        // adj: if slot < selected.shape[0]:                                                      <L 16>
        wp::adj_atomic_add(var_num_selected, var_5, var_6, adj_num_selected, adj_5, adj_6, adj_7);
        // adj: slot = wp.atomic_add(num_selected, 0, 1)                                          <L 14>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        wp::adj_abs(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: if wp.abs(values[tid]) <= cutoff:                                                 <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def stream_compact(                                                               <L 5>
        return;
}

