// Warp 1.19.0 cuda code for occupancy_popcount_90096750.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void occupancy_popcount_f4ae81fe_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_bitsets,
    wp::array_t<wp::int64> var_total_count)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 65535;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::int32 var_10 = 0;
        wp::int64 var_11;
        wp::int64 var_12;
        //---------
        // forward
        // def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // bits = bitsets[tid]                                                                    <L 8>
        var_1 = wp::address(var_bitsets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.bit_count(bits & int(0xFFFF))                                                   <L 9>
        var_5 = wp::int(var_4);
        var_6 = wp::bit_and(var_2, var_5);
        var_7 = wp::bit_count(var_6);
        // if n > 0:                                                                              <L 10>
        var_9 = (var_7 > var_8);
        if (var_9) {
            // wp.atomic_add(total_count, 0, wp.int64(n))                                         <L 11>
            var_11 = wp::int64(var_7);
            var_12 = wp::atomic_add(var_total_count, var_10, var_11);
        }
}



extern "C" __global__ void occupancy_popcount_f4ae81fe_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_bitsets,
    wp::array_t<wp::int64> var_total_count,
    wp::array_t<wp::int32> adj_bitsets,
    wp::array_t<wp::int64> adj_total_count)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 65535;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        const wp::int32 var_10 = 0;
        wp::int64 var_11;
        wp::int64 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int64 adj_11 = {};
        wp::int64 adj_12 = {};
        //---------
        // forward
        // def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // bits = bitsets[tid]                                                                    <L 8>
        var_1 = wp::address(var_bitsets, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = wp.bit_count(bits & int(0xFFFF))                                                   <L 9>
        var_5 = wp::int(var_4);
        var_6 = wp::bit_and(var_2, var_5);
        var_7 = wp::bit_count(var_6);
        // if n > 0:                                                                              <L 10>
        var_9 = (var_7 > var_8);
        if (var_9) {
            // wp.atomic_add(total_count, 0, wp.int64(n))                                         <L 11>
            var_11 = wp::int64(var_7);
            // var_12 = wp::atomic_add(var_total_count, var_10, var_11);
        }
        //---------
        // reverse
        if (var_9) {
            wp::adj_atomic_add(var_total_count, var_10, var_11, adj_total_count, adj_10, adj_11, adj_12);
            // adj: wp.atomic_add(total_count, 0, wp.int64(n))                                    <L 11>
        }
        // adj: if n > 0:                                                                         <L 10>
        // adj: n = wp.bit_count(bits & int(0xFFFF))                                              <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_bitsets, var_0, adj_bitsets, adj_0, adj_1);
        // adj: bits = bitsets[tid]                                                               <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def occupancy_popcount(bitsets: wp.array[int], total_count: wp.array[wp.int64]):  <L 5>
        return;
}

