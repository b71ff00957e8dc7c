// Warp 1.19.0 cuda code for add_noise_07804fe7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_noise_8cd785f4_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_heights,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::float32 var_strength,
    wp::array_t<wp::float32> var_heights_out)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def add_noise(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 13>
        var_2 = wp::rand_init(var_seed);
        // h_base = heights[i, j]                                                                 <L 14>
        var_3 = wp::address(var_heights, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // heights_out[i, j] = h_base + strength * wp.noise(state, wp.vec2(float(i), float(j)) * freq)       <L 15>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_1);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_9 = wp::mul(var_8, var_freq);
        var_10 = wp::noise(var_2, var_9);
        var_11 = wp::mul(var_strength, var_10);
        var_12 = wp::add(var_4, var_11);
        wp::array_store(var_heights_out, var_0, var_1, var_12);
    }
}



extern "C" __global__ void add_noise_8cd785f4_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_heights,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::float32 var_strength,
    wp::array_t<wp::float32> var_heights_out,
    wp::array_t<wp::float32> adj_heights,
    wp::int32 adj_seed,
    wp::float32 adj_freq,
    wp::float32 adj_strength,
    wp::array_t<wp::float32> adj_heights_out)
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
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def add_noise(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 13>
        var_2 = wp::rand_init(var_seed);
        // h_base = heights[i, j]                                                                 <L 14>
        var_3 = wp::address(var_heights, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // heights_out[i, j] = h_base + strength * wp.noise(state, wp.vec2(float(i), float(j)) * freq)       <L 15>
        var_6 = wp::float(var_0);
        var_7 = wp::float(var_1);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_9 = wp::mul(var_8, var_freq);
        var_10 = wp::noise(var_2, var_9);
        var_11 = wp::mul(var_strength, var_10);
        var_12 = wp::add(var_4, var_11);
        // wp::array_store(var_heights_out, var_0, var_1, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_heights_out, var_0, var_1, var_12, adj_heights_out, adj_0, adj_1, adj_12);
        wp::adj_add(var_4, var_11, adj_4, adj_11, adj_12);
        wp::adj_mul(var_strength, var_10, adj_strength, adj_10, adj_11);
        wp::adj_noise(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_mul(var_8, var_freq, adj_8, adj_freq, adj_9);
        wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_float(var_1, adj_1, adj_7);
        wp::adj_float(var_0, adj_0, adj_6);
        // adj: heights_out[i, j] = h_base + strength * wp.noise(state, wp.vec2(float(i), float(j)) * freq)  <L 15>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_heights, var_0, var_1, adj_heights, adj_0, adj_1, adj_3);
        // adj: h_base = heights[i, j]                                                            <L 14>
        // adj: state = wp.rand_init(seed)                                                        <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def add_noise(                                                                    <L 5>
        continue;
    }
}

