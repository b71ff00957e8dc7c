// Warp 1.19.0 cuda code for count_flagged_deff0635.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_flagged_29e74179_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::int32> var_counter)
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
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        //---------
        // forward
        // def count_flagged(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 11>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 12>
            continue;
        }
        // state = active[tid]                                                                    <L 13>
        var_5 = wp::address(var_active, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // if state != 0:                                                                         <L 14>
        var_9 = (var_6 != var_8);
        if (var_9) {
            // wp.atomic_add(counter, 0, 1)                                                       <L 15>
            var_12 = wp::atomic_add(var_counter, var_10, var_11);
        }
    }
}



extern "C" __global__ void count_flagged_29e74179_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::int32> var_counter,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::int32> adj_counter)
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
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::int32 var_10 = 0;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        //---------
        // forward
        // def count_flagged(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if tid >= active_count[0]:                                                             <L 11>
        var_2 = wp::address(var_active_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 12>
            goto label0;
        }
        // state = active[tid]                                                                    <L 13>
        var_5 = wp::address(var_active, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // if state != 0:                                                                         <L 14>
        var_9 = (var_6 != var_8);
        if (var_9) {
            // wp.atomic_add(counter, 0, 1)                                                       <L 15>
            // var_12 = wp::atomic_add(var_counter, var_10, var_11);
        }
        //---------
        // reverse
        if (var_9) {
            wp::adj_atomic_add(var_counter, var_10, var_11, adj_counter, adj_10, adj_11, adj_12);
            // adj: wp.atomic_add(counter, 0, 1)                                                  <L 15>
        }
        // adj: if state != 0:                                                                    <L 14>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_5);
        // adj: state = active[tid]                                                               <L 13>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 12>
        }
        wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
        // adj: if tid >= active_count[0]:                                                        <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def count_flagged(                                                                <L 5>
        continue;
    }
}

