// Warp 1.19.0 cuda code for find_invalid_f45fca85.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void find_invalid_868bd087_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<bool> var_valid,
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        bool var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        bool var_6;
        wp::vec_t<3, wp::float32> var_7;
        bool var_8;
        const wp::int32 var_9 = 0;
        wp::int64 var_10;
        wp::int64 var_11;
        //---------
        // forward
        // def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // bad = wp.isnan(values[tid]) or wp.isinf(values[tid])                                   <L 7>
        var_2 = wp::address(var_values, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::isnan(var_4);
        var_1 = var_3;
        if (!var_1) {
            var_5 = wp::address(var_values, var_0);
            var_7 = wp::load(var_5);
            var_6 = wp::isinf(var_7);
            var_1 = var_1 || var_6;
        }
        // valid[tid] = not bad                                                                   <L 8>
        var_8 = wp::unot(var_1);
        wp::array_store(var_valid, var_0, var_8);
        // if bad:                                                                                <L 9>
        if (var_1) {
            // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 10>
            var_10 = 1ll;
            var_11 = wp::atomic_add(var_num_events, var_9, var_10);
        }
    }
}



extern "C" __global__ void find_invalid_868bd087_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<bool> var_valid,
    wp::array_t<wp::int64> var_num_events,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values,
    wp::array_t<bool> adj_valid,
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        bool var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        bool var_6;
        wp::vec_t<3, wp::float32> var_7;
        bool var_8;
        const wp::int32 var_9 = 0;
        wp::int64 var_10;
        wp::int64 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        bool adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        bool adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int64 adj_10 = {};
        wp::int64 adj_11 = {};
        //---------
        // forward
        // def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // bad = wp.isnan(values[tid]) or wp.isinf(values[tid])                                   <L 7>
        var_2 = wp::address(var_values, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::isnan(var_4);
        var_1 = var_3;
        if (!var_1) {
            var_5 = wp::address(var_values, var_0);
            var_7 = wp::load(var_5);
            var_6 = wp::isinf(var_7);
            var_1 = var_1 || var_6;
        }
        // valid[tid] = not bad                                                                   <L 8>
        var_8 = wp::unot(var_1);
        // wp::array_store(var_valid, var_0, var_8);
        // if bad:                                                                                <L 9>
        if (var_1) {
            // wp.atomic_add(num_events, 0, wp.int64(1))                                          <L 10>
            var_10 = 1ll;
            // var_11 = wp::atomic_add(var_num_events, var_9, var_10);
        }
        //---------
        // reverse
        if (var_1) {
            wp::adj_atomic_add(var_num_events, var_9, var_10, adj_num_events, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(num_events, 0, wp.int64(1))                                     <L 10>
        }
        // adj: if bad:                                                                           <L 9>
        wp::adj_array_store(var_valid, var_0, var_8, adj_valid, adj_0, adj_8);
        // adj: valid[tid] = not bad                                                              <L 8>
        if (!var_1) {
            wp::adj_address(var_values, var_0, adj_values, adj_0, adj_5);
        }
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_2);
        // adj: bad = wp.isnan(values[tid]) or wp.isinf(values[tid])                              <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def find_invalid(values: wp.array[wp.vec3], valid: wp.array[bool], num_events: wp.array[wp.int64]):  <L 5>
        continue;
    }
}

