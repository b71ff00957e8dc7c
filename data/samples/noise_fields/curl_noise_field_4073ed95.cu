// Warp 1.19.0 cuda code for curl_noise_field_4073ed95.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void curl_noise_field_5bb20c5d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::int32 var_octaves,
    wp::float32 var_amplitude)
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
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::uint32 var_7;
        const wp::float32 var_8 = 2.0;
        const wp::float32 var_9 = 0.5;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // forward
        // def curl_noise_field(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 13>
        var_2 = wp::rand_init(var_seed);
        // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)       <L 14>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::mul(var_5, var_freq);
        var_7 = wp::uint32(var_octaves);
        var_10 = wp::curlnoise(var_2, var_6, var_7, var_8, var_9);
        // velocity[i, j] = curl * amplitude                                                      <L 15>
        var_11 = wp::mul(var_10, var_amplitude);
        wp::array_store(var_velocity, var_0, var_1, var_11);
}



extern "C" __global__ void curl_noise_field_5bb20c5d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::int32 var_octaves,
    wp::float32 var_amplitude,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity,
    wp::int32 adj_seed,
    wp::float32 adj_freq,
    wp::int32 adj_octaves,
    wp::float32 adj_amplitude)
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
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::uint32 var_7;
        const wp::float32 var_8 = 2.0;
        const wp::float32 var_9 = 0.5;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
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
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        //---------
        // forward
        // def curl_noise_field(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 13>
        var_2 = wp::rand_init(var_seed);
        // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)       <L 14>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::mul(var_5, var_freq);
        var_7 = wp::uint32(var_octaves);
        var_10 = wp::curlnoise(var_2, var_6, var_7, var_8, var_9);
        // velocity[i, j] = curl * amplitude                                                      <L 15>
        var_11 = wp::mul(var_10, var_amplitude);
        // wp::array_store(var_velocity, var_0, var_1, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_velocity, var_0, var_1, var_11, adj_velocity, adj_0, adj_1, adj_11);
        wp::adj_mul(var_10, var_amplitude, adj_10, adj_amplitude, adj_11);
        // adj: velocity[i, j] = curl * amplitude                                                 <L 15>
        wp::adj_curlnoise(var_2, var_6, var_7, var_8, var_9, adj_2, adj_6, adj_7, adj_8, adj_9, adj_10);
        wp::adj_mul(var_5, var_freq, adj_5, adj_freq, adj_6);
        wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * freq, wp.uint32(octaves), 2.0, 0.5)  <L 14>
        // adj: state = wp.rand_init(seed)                                                        <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def curl_noise_field(                                                             <L 5>
        return;
}

