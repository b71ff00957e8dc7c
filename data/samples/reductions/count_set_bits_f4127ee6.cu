// Warp 1.19.0 cuda code for count_set_bits_f4127ee6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_set_bits_eaf06ca5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_words,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::int64 var_8;
        wp::int64 var_9;
        //---------
        // forward
        // def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):         <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // bits = words[tid]                                                                      <L 8>
        var_1 = wp::address(var_words, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.bit_count(bits)                                                                 <L 9>
        var_4 = wp::bit_count(var_2);
        // if n > 0:                                                                              <L 10>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 11>
            var_8 = wp::int64(var_4);
            var_9 = wp::atomic_add(var_num_events, var_7, var_8);
        }
    }
}



extern "C" __global__ void count_set_bits_eaf06ca5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_words,
    wp::array_t<wp::int64> var_num_events,
    wp::array_t<wp::int32> adj_words,
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        const wp::int32 var_7 = 0;
        wp::int64 var_8;
        wp::int64 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int64 adj_8 = {};
        wp::int64 adj_9 = {};
        //---------
        // forward
        // def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):         <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // bits = words[tid]                                                                      <L 8>
        var_1 = wp::address(var_words, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.bit_count(bits)                                                                 <L 9>
        var_4 = wp::bit_count(var_2);
        // if n > 0:                                                                              <L 10>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 11>
            var_8 = wp::int64(var_4);
            // var_9 = wp::atomic_add(var_num_events, var_7, var_8);
        }
        //---------
        // reverse
        if (var_6) {
            wp::adj_atomic_add(var_num_events, var_7, var_8, adj_num_events, adj_7, adj_8, adj_9);
            // adj: wp.atomic_add(num_events, 0, wp.int64(n))                                     <L 11>
        }
        // adj: if n > 0:                                                                         <L 10>
        // adj: n = wp.bit_count(bits)                                                            <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_words, var_0, adj_words, adj_0, adj_1);
        // adj: bits = words[tid]                                                                 <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def count_set_bits(words: wp.array[wp.int32], num_events: wp.array[wp.int64]):    <L 5>
        continue;
    }
}

