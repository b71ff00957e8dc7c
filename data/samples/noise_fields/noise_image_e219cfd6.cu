// Warp 1.19.0 cuda code for noise_image_e219cfd6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void noise_image_f530f351_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_rng_seed,
    wp::float32 var_frequency,
    wp::array_t<wp::float32> var_noise_out)
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
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        const wp::float32 var_8 = 0.5;
        const wp::int32 var_9 = 16;
        const wp::int32 var_10 = 16;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        //---------
        // forward
        // def noise_image(rng_seed: int, frequency: float, noise_out: wp.array2d[float]):        <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 7>
        var_2 = wp::rand_init(var_rng_seed);
        // p = wp.vec2(float(i) * frequency, float(j) * frequency)                                <L 8>
        var_3 = wp::float(var_0);
        var_4 = wp::mul(var_3, var_frequency);
        var_5 = wp::float(var_1);
        var_6 = wp::mul(var_5, var_frequency);
        var_7 = wp::vec_t<2, wp::float32>(var_4, var_6);
        // noise_out[i, j] = 0.5 * wp.pnoise(state, p, 16, 16) + 0.5                              <L 10>
        var_11 = wp::pnoise(var_2, var_7, var_9, var_10);
        var_12 = wp::mul(var_8, var_11);
        var_14 = wp::add(var_12, var_13);
        wp::array_store(var_noise_out, var_0, var_1, var_14);
}



extern "C" __global__ void noise_image_f530f351_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_rng_seed,
    wp::float32 var_frequency,
    wp::array_t<wp::float32> var_noise_out,
    wp::int32 adj_rng_seed,
    wp::float32 adj_frequency,
    wp::array_t<wp::float32> adj_noise_out)
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
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        const wp::float32 var_8 = 0.5;
        const wp::int32 var_9 = 16;
        const wp::int32 var_10 = 16;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def noise_image(rng_seed: int, frequency: float, noise_out: wp.array2d[float]):        <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(rng_seed)                                                         <L 7>
        var_2 = wp::rand_init(var_rng_seed);
        // p = wp.vec2(float(i) * frequency, float(j) * frequency)                                <L 8>
        var_3 = wp::float(var_0);
        var_4 = wp::mul(var_3, var_frequency);
        var_5 = wp::float(var_1);
        var_6 = wp::mul(var_5, var_frequency);
        var_7 = wp::vec_t<2, wp::float32>(var_4, var_6);
        // noise_out[i, j] = 0.5 * wp.pnoise(state, p, 16, 16) + 0.5                              <L 10>
        var_11 = wp::pnoise(var_2, var_7, var_9, var_10);
        var_12 = wp::mul(var_8, var_11);
        var_14 = wp::add(var_12, var_13);
        // wp::array_store(var_noise_out, var_0, var_1, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_noise_out, var_0, var_1, var_14, adj_noise_out, adj_0, adj_1, adj_14);
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_pnoise(var_2, var_7, var_9, var_10, adj_2, adj_7, adj_9, adj_10, adj_11);
        // adj: noise_out[i, j] = 0.5 * wp.pnoise(state, p, 16, 16) + 0.5                         <L 10>
        wp::adj_vec_t(var_4, var_6, adj_4, adj_6, adj_7);
        wp::adj_mul(var_5, var_frequency, adj_5, adj_frequency, adj_6);
        wp::adj_float(var_1, adj_1, adj_5);
        wp::adj_mul(var_3, var_frequency, adj_3, adj_frequency, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = wp.vec2(float(i) * frequency, float(j) * frequency)                           <L 8>
        // adj: state = wp.rand_init(rng_seed)                                                    <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def noise_image(rng_seed: int, frequency: float, noise_out: wp.array2d[float]):   <L 5>
        return;
}

