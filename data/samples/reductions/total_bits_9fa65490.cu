// Warp 1.19.0 cuda code for total_bits_9fa65490.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void total_bits_29ea13de_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::int32> var_words,
    wp::array_t<wp::int64> var_counter)
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
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::int64 var_12;
        wp::int64 var_13;
        //---------
        // forward
        // def total_bits(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if inv_masses[tid] == 0.0:                                                             <L 12>
        var_1 = wp::address(var_inv_masses, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 13>
            continue;
        }
        // word = words[tid]                                                                      <L 14>
        var_5 = wp::address(var_words, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // n = wp.bit_count(word)                                                                 <L 15>
        var_8 = wp::bit_count(var_6);
        // if n > 0:                                                                              <L 16>
        var_10 = (var_8 > var_9);
        if (var_10) {
            // wp.atomic_add(counter, 0, wp.int64(n))                                             <L 17>
            var_12 = wp::int64(var_8);
            var_13 = wp::atomic_add(var_counter, var_11, var_12);
        }
    }
}



extern "C" __global__ void total_bits_29ea13de_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::int32> var_words,
    wp::array_t<wp::int64> var_counter,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::int32> adj_words,
    wp::array_t<wp::int64> adj_counter)
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
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        const wp::int32 var_11 = 0;
        wp::int64 var_12;
        wp::int64 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int64 adj_12 = {};
        wp::int64 adj_13 = {};
        //---------
        // forward
        // def total_bits(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if inv_masses[tid] == 0.0:                                                             <L 12>
        var_1 = wp::address(var_inv_masses, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 13>
            goto label0;
        }
        // word = words[tid]                                                                      <L 14>
        var_5 = wp::address(var_words, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // n = wp.bit_count(word)                                                                 <L 15>
        var_8 = wp::bit_count(var_6);
        // if n > 0:                                                                              <L 16>
        var_10 = (var_8 > var_9);
        if (var_10) {
            // wp.atomic_add(counter, 0, wp.int64(n))                                             <L 17>
            var_12 = wp::int64(var_8);
            // var_13 = wp::atomic_add(var_counter, var_11, var_12);
        }
        //---------
        // reverse
        if (var_10) {
            wp::adj_atomic_add(var_counter, var_11, var_12, adj_counter, adj_11, adj_12, adj_13);
            // adj: wp.atomic_add(counter, 0, wp.int64(n))                                        <L 17>
        }
        // adj: if n > 0:                                                                         <L 16>
        // adj: n = wp.bit_count(word)                                                            <L 15>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_words, var_0, adj_words, adj_0, adj_5);
        // adj: word = words[tid]                                                                 <L 14>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
        // adj: if inv_masses[tid] == 0.0:                                                        <L 12>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def total_bits(                                                                   <L 5>
        continue;
    }
}

