// Warp 1.19.0 cuda code for shuffle_keys_2ab94e86.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void shuffle_keys_c2c5b364_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::int32 var_rng_seed,
    wp::array_t<wp::int32> var_random_keys)
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
        wp::uint32 var_5;
        wp::uint32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::uint32 var_11;
        wp::uint32 var_12;
        wp::int32 var_13;
        //---------
        // forward
        // def shuffle_keys(item_count: wp.array[int], rng_seed: int, random_keys: wp.array[int]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 8>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 9>
            continue;
        }
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 10>
        var_5 = wp::rand_init(var_rng_seed, var_0);
        // random_keys[tid] = int(wp.randu(rng) % wp.uint32(random_keys.shape[0]))                <L 11>
        var_6 = wp::randu(var_5);
        var_7 = &(var_random_keys.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::uint32(var_9);
        var_12 = wp::mod(var_6, var_11);
        var_13 = wp::int(var_12);
        wp::array_store(var_random_keys, var_0, var_13);
    }
}



extern "C" __global__ void shuffle_keys_c2c5b364_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::int32 var_rng_seed,
    wp::array_t<wp::int32> var_random_keys,
    wp::array_t<wp::int32> adj_item_count,
    wp::int32 adj_rng_seed,
    wp::array_t<wp::int32> adj_random_keys)
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
        wp::uint32 var_5;
        wp::uint32 var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        wp::uint32 var_11;
        wp::uint32 var_12;
        wp::int32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::uint32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::uint32 adj_11 = {};
        wp::uint32 adj_12 = {};
        wp::int32 adj_13 = {};
        //---------
        // forward
        // def shuffle_keys(item_count: wp.array[int], rng_seed: int, random_keys: wp.array[int]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 8>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 9>
            goto label0;
        }
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 10>
        var_5 = wp::rand_init(var_rng_seed, var_0);
        // random_keys[tid] = int(wp.randu(rng) % wp.uint32(random_keys.shape[0]))                <L 11>
        var_6 = wp::randu(var_5);
        var_7 = &(var_random_keys.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_11 = wp::uint32(var_9);
        var_12 = wp::mod(var_6, var_11);
        var_13 = wp::int(var_12);
        // wp::array_store(var_random_keys, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_random_keys, var_0, var_13, adj_random_keys, adj_0, adj_13);
        wp::adj_mod(var_6, var_11, adj_6, adj_11, adj_12);
        adj_random_keys.shape = adj_7;
        // adj: random_keys[tid] = int(wp.randu(rng) % wp.uint32(random_keys.shape[0]))           <L 11>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 10>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 9>
        }
        wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
        // adj: if tid >= item_count[0]:                                                          <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def shuffle_keys(item_count: wp.array[int], rng_seed: int, random_keys: wp.array[int]):  <L 5>
        continue;
    }
}

