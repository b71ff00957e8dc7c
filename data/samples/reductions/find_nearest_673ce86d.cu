// Warp 1.19.0 cuda code for find_nearest_673ce86d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void find_nearest_a15b49aa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::float32 var_inv_max_dist,
    wp::array_t<wp::int32> var_best_key)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 16;
        wp::int32 var_13;
        const wp::int32 var_14 = 65535;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        //---------
        // forward
        // def find_nearest(                                                                      <L 8>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // d = wp.length(positions[tid] - anchor)                                                 <L 16>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_3, var_anchor);
        var_4 = wp::length(var_2);
        // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 18>
        var_5 = wp::mul(var_4, var_inv_max_dist);
        var_8 = wp::clamp(var_5, var_6, var_7);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 19>
        var_13 = wp::lshift(var_11, var_12);
        var_15 = wp::bit_and(var_0, var_14);
        var_16 = wp::bit_or(var_13, var_15);
        // wp.atomic_min(best_key, 0, key)                                                        <L 20>
        var_18 = wp::atomic_min(var_best_key, var_17, var_16);
}



extern "C" __global__ void find_nearest_a15b49aa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_anchor,
    wp::float32 var_inv_max_dist,
    wp::array_t<wp::int32> var_best_key,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_anchor,
    wp::float32 adj_inv_max_dist,
    wp::array_t<wp::int32> adj_best_key)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 16;
        wp::int32 var_13;
        const wp::int32 var_14 = 65535;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def find_nearest(                                                                      <L 8>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // d = wp.length(positions[tid] - anchor)                                                 <L 16>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_3, var_anchor);
        var_4 = wp::length(var_2);
        // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 18>
        var_5 = wp::mul(var_4, var_inv_max_dist);
        var_8 = wp::clamp(var_5, var_6, var_7);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 19>
        var_13 = wp::lshift(var_11, var_12);
        var_15 = wp::bit_and(var_0, var_14);
        var_16 = wp::bit_or(var_13, var_15);
        // wp.atomic_min(best_key, 0, key)                                                        <L 20>
        // var_18 = wp::atomic_min(var_best_key, var_17, var_16);
        //---------
        // reverse
        wp::adj_atomic_min(var_best_key, var_17, var_16, adj_best_key, adj_17, adj_16, adj_18);
        // adj: wp.atomic_min(best_key, 0, key)                                                   <L 20>
        // adj: key = (q << INDEX_BITS) | (tid & 0xFFFF)                                          <L 19>
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        wp::adj_mul(var_4, var_inv_max_dist, adj_4, adj_inv_max_dist, adj_5);
        // adj: q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                           <L 18>
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        wp::adj_sub(var_3, var_anchor, adj_1, adj_anchor, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: d = wp.length(positions[tid] - anchor)                                            <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def find_nearest(                                                                 <L 8>
        return;
}

