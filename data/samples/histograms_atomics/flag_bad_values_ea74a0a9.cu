// Warp 1.19.0 cuda code for flag_bad_values_ea74a0a9.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void flag_bad_values_9030052d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<bool> var_is_finite,
    wp::array_t<wp::int64> var_num_events)
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
        wp::float32* var_1;
        bool var_2;
        wp::float32 var_3;
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int64 var_6;
        wp::int64 var_7;
        //---------
        // forward
        // def flag_bad_values(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // ok = wp.isfinite(values[tid])                                                          <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::isfinite(var_3);
        // is_finite[tid] = ok                                                                    <L 13>
        wp::array_store(var_is_finite, var_0, var_2);
        // if not ok:                                                                             <L 14>
        var_4 = wp::unot(var_2);
        if (var_4) {
            // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 15>
            var_6 = 1ll;
            var_7 = wp::atomic_add(var_num_events, var_5, var_6);
        }
    }
}



extern "C" __global__ void flag_bad_values_9030052d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<bool> var_is_finite,
    wp::array_t<wp::int64> var_num_events,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<bool> adj_is_finite,
    wp::array_t<wp::int64> adj_num_events)
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
        wp::float32* var_1;
        bool var_2;
        wp::float32 var_3;
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int64 var_6;
        wp::int64 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        bool adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int64 adj_6 = {};
        wp::int64 adj_7 = {};
        //---------
        // forward
        // def flag_bad_values(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // ok = wp.isfinite(values[tid])                                                          <L 12>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::isfinite(var_3);
        // is_finite[tid] = ok                                                                    <L 13>
        // wp::array_store(var_is_finite, var_0, var_2);
        // if not ok:                                                                             <L 14>
        var_4 = wp::unot(var_2);
        if (var_4) {
            // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 15>
            var_6 = 1ll;
            // var_7 = wp::atomic_add(var_num_events, var_5, var_6);
        }
        //---------
        // reverse
        if (var_4) {
            wp::adj_atomic_add(var_num_events, var_5, var_6, adj_num_events, adj_5, adj_6, adj_7);
            // adj: wp.atomic_add(num_events, 0, wp.int64(1))                                     <L 15>
        }
        // adj: if not ok:                                                                        <L 14>
        wp::adj_array_store(var_is_finite, var_0, var_2, adj_is_finite, adj_0, adj_2);
        // adj: is_finite[tid] = ok                                                               <L 13>
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: ok = wp.isfinite(values[tid])                                                     <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def flag_bad_values(                                                              <L 5>
        continue;
    }
}

