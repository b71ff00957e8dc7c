// Warp 1.19.0 cuda code for curl_flow_91ebdd3c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void curl_flow_84a2e0ef_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_rng_seed,
    wp::float32 var_noise_scale,
    wp::int32 var_num_octaves,
    wp::float32 var_persistence,
    wp::float32 var_strength,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity)
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
        wp::int32 var_1;
        wp::uint32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::uint32 var_7;
        const wp::float32 var_8 = 2.0;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // forward
        // def curl_flow(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 14>
        var_2 = wp::rand_init(var_rng_seed);
        // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)       <L 15>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::mul(var_5, var_noise_scale);
        var_7 = wp::uint32(var_num_octaves);
        var_9 = wp::curlnoise(var_2, var_6, var_7, var_8, var_persistence);
        // velocity[i, j] = curl * strength                                                       <L 16>
        var_10 = wp::mul(var_9, var_strength);
        wp::array_store(var_velocity, var_0, var_1, var_10);
    }
}



extern "C" __global__ void curl_flow_84a2e0ef_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_rng_seed,
    wp::float32 var_noise_scale,
    wp::int32 var_num_octaves,
    wp::float32 var_persistence,
    wp::float32 var_strength,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::int32 adj_rng_seed,
    wp::float32 adj_noise_scale,
    wp::int32 adj_num_octaves,
    wp::float32 adj_persistence,
    wp::float32 adj_strength,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity)
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
        wp::int32 var_1;
        wp::uint32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::uint32 var_7;
        const wp::float32 var_8 = 2.0;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        //---------
        // forward
        // def curl_flow(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 14>
        var_2 = wp::rand_init(var_rng_seed);
        // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)       <L 15>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::mul(var_5, var_noise_scale);
        var_7 = wp::uint32(var_num_octaves);
        var_9 = wp::curlnoise(var_2, var_6, var_7, var_8, var_persistence);
        // velocity[i, j] = curl * strength                                                       <L 16>
        var_10 = wp::mul(var_9, var_strength);
        // wp::array_store(var_velocity, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_velocity, var_0, var_1, var_10, adj_velocity, adj_0, adj_1, adj_10);
        wp::adj_mul(var_9, var_strength, adj_9, adj_strength, adj_10);
        // adj: velocity[i, j] = curl * strength                                                  <L 16>
        wp::adj_curlnoise(var_2, var_6, var_7, var_8, var_persistence, adj_2, adj_6, adj_7, adj_8, adj_persistence, adj_9);
        wp::adj_mul(var_5, var_noise_scale, adj_5, adj_noise_scale, adj_6);
        wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale, wp.uint32(num_octaves), 2.0, persistence)  <L 15>
        // adj: state = wp.rand_init(rng_seed)                                                    <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def curl_flow(                                                                    <L 5>
        continue;
    }
}

