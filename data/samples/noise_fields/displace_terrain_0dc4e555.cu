// Warp 1.19.0 cuda code for displace_terrain_0dc4e555.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void displace_terrain_a530eebe_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_terrain,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::float32 var_noise_amplitude)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::uint32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // forward
        // def displace_terrain(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 12>
        var_2 = wp::rand_init(var_seed);
        // terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)       <L 13>
        var_3 = wp::address(var_terrain, var_0, var_1);
        var_4 = wp::float(var_0);
        var_5 = wp::float(var_1);
        var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
        var_7 = wp::mul(var_6, var_frequency);
        var_8 = wp::noise(var_2, var_7);
        var_9 = wp::mul(var_noise_amplitude, var_8);
        var_11 = wp::load(var_3);
        var_10 = wp::add(var_11, var_9);
        wp::array_store(var_terrain, var_0, var_1, var_10);
}



extern "C" __global__ void displace_terrain_a530eebe_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_terrain,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::float32 var_noise_amplitude,
    wp::array_t<wp::float32> adj_terrain,
    wp::int32 adj_seed,
    wp::float32 adj_frequency,
    wp::float32 adj_noise_amplitude)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::uint32 var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def displace_terrain(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 12>
        var_2 = wp::rand_init(var_seed);
        // terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)       <L 13>
        var_3 = wp::address(var_terrain, var_0, var_1);
        var_4 = wp::float(var_0);
        var_5 = wp::float(var_1);
        var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
        var_7 = wp::mul(var_6, var_frequency);
        var_8 = wp::noise(var_2, var_7);
        var_9 = wp::mul(var_noise_amplitude, var_8);
        var_11 = wp::load(var_3);
        var_10 = wp::add(var_11, var_9);
        // wp::array_store(var_terrain, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_terrain, var_0, var_1, var_10, adj_terrain, adj_0, adj_1, adj_10);
        wp::adj_add(var_11, var_9, adj_3, adj_9, adj_10);
        wp::adj_mul(var_noise_amplitude, var_8, adj_noise_amplitude, adj_8, adj_9);
        wp::adj_noise(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_mul(var_6, var_frequency, adj_6, adj_frequency, adj_7);
        wp::adj_vec_t(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_float(var_1, adj_1, adj_5);
        wp::adj_float(var_0, adj_0, adj_4);
        wp::adj_address(var_terrain, var_0, var_1, adj_terrain, adj_0, adj_1, adj_3);
        // adj: terrain[i, j] = terrain[i, j] + noise_amplitude * wp.noise(state, wp.vec2(float(i), float(j)) * frequency)  <L 13>
        // adj: state = wp.rand_init(seed)                                                        <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def displace_terrain(                                                             <L 5>
        return;
}

