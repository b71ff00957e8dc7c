// Warp 1.19.0 cuda code for noise_texture_38944fa0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void noise_texture_0f83c984_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::array_t<wp::float32> var_noise_out)
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
        const wp::float32 var_6 = 0.5;
        const wp::float32 var_7 = 0.5;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        //---------
        // forward
        // def noise_texture(seed: int, frequency: float, noise_out: wp.array2d[float]):          <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 7>
        var_2 = wp::rand_init(var_seed);
        // p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * frequency                      <L 8>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_9 = wp::add(var_5, var_8);
        var_10 = wp::mul(var_9, var_frequency);
        // noise_out[i, j] = 0.5 * wp.noise(state, p) + 0.5                                       <L 9>
        var_12 = wp::noise(var_2, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_15 = wp::add(var_13, var_14);
        wp::array_store(var_noise_out, var_0, var_1, var_15);
    }
}



extern "C" __global__ void noise_texture_0f83c984_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::array_t<wp::float32> var_noise_out,
    wp::int32 adj_seed,
    wp::float32 adj_frequency,
    wp::array_t<wp::float32> adj_noise_out)
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
        const wp::float32 var_6 = 0.5;
        const wp::float32 var_7 = 0.5;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        const wp::float32 var_11 = 0.5;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.5;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def noise_texture(seed: int, frequency: float, noise_out: wp.array2d[float]):          <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 7>
        var_2 = wp::rand_init(var_seed);
        // p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * frequency                      <L 8>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_9 = wp::add(var_5, var_8);
        var_10 = wp::mul(var_9, var_frequency);
        // noise_out[i, j] = 0.5 * wp.noise(state, p) + 0.5                                       <L 9>
        var_12 = wp::noise(var_2, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_15 = wp::add(var_13, var_14);
        // wp::array_store(var_noise_out, var_0, var_1, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_noise_out, var_0, var_1, var_15, adj_noise_out, adj_0, adj_1, adj_15);
        wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_noise(var_2, var_10, adj_2, adj_10, adj_12);
        // adj: noise_out[i, j] = 0.5 * wp.noise(state, p) + 0.5                                  <L 9>
        wp::adj_mul(var_9, var_frequency, adj_9, adj_frequency, adj_10);
        wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: p = (wp.vec2(float(i), float(j)) + wp.vec2(0.5, 0.5)) * frequency                 <L 8>
        // adj: state = wp.rand_init(seed)                                                        <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def noise_texture(seed: int, frequency: float, noise_out: wp.array2d[float]):     <L 5>
        continue;
    }
}

