// Warp 1.19.0 cuda code for count_set_bits_a68441a0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_set_bits_ff56494a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_particle_inv_mass,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 0;
        wp::int64 var_13;
        wp::int64 var_14;
        //---------
        // forward
        // def count_set_bits(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // inv_m = particle_inv_mass[tid]                                                         <L 11>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if inv_m == 0.0:                                                                       <L 13>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 14>
            continue;
        }
        // word = words[tid]                                                                      <L 15>
        var_6 = wp::address(var_words, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // n = wp.bit_count(word)                                                                 <L 16>
        var_9 = wp::bit_count(var_7);
        // if n > 0:                                                                              <L 17>
        var_11 = (var_9 > var_10);
        if (var_11) {
            // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 18>
            var_13 = wp::int64(var_9);
            var_14 = wp::atomic_add(var_num_events, var_12, var_13);
        }
    }
}



extern "C" __global__ void count_set_bits_ff56494a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::int32> var_words,
    wp::array_t<wp::int64> var_num_events,
    wp::array_t<wp::float32> adj_particle_inv_mass,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 0;
        wp::int64 var_13;
        wp::int64 var_14;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int64 adj_13 = {};
        wp::int64 adj_14 = {};
        //---------
        // forward
        // def count_set_bits(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // inv_m = particle_inv_mass[tid]                                                         <L 11>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if inv_m == 0.0:                                                                       <L 13>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 14>
            goto label0;
        }
        // word = words[tid]                                                                      <L 15>
        var_6 = wp::address(var_words, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // n = wp.bit_count(word)                                                                 <L 16>
        var_9 = wp::bit_count(var_7);
        // if n > 0:                                                                              <L 17>
        var_11 = (var_9 > var_10);
        if (var_11) {
            // wp.atomic_add(num_events, 0, wp.int64(n))                                          <L 18>
            var_13 = wp::int64(var_9);
            // var_14 = wp::atomic_add(var_num_events, var_12, var_13);
        }
        //---------
        // reverse
        if (var_11) {
            wp::adj_atomic_add(var_num_events, var_12, var_13, adj_num_events, adj_12, adj_13, adj_14);
            // adj: wp.atomic_add(num_events, 0, wp.int64(n))                                     <L 18>
        }
        // adj: if n > 0:                                                                         <L 17>
        // adj: n = wp.bit_count(word)                                                            <L 16>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_words, var_0, adj_words, adj_0, adj_6);
        // adj: word = words[tid]                                                                 <L 15>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        // adj: if inv_m == 0.0:                                                                  <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
        // adj: inv_m = particle_inv_mass[tid]                                                    <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def count_set_bits(                                                               <L 5>
        continue;
    }
}

