// Warp 1.19.0 cuda code for curl_flow_6777eafb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void curl_flow_0aa7b68c_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_noise_scale,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_time,
    wp::float32 var_noise_amplitude,
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
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        const wp::int32 var_9 = 6;
        wp::uint32 var_10;
        const wp::float32 var_11 = 2.0;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        //---------
        // forward
        // def curl_flow(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 14>
        var_2 = wp::rand_init(var_seed);
        // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)       <L 15>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::mul(var_5, var_noise_scale);
        var_7 = wp::mul(var_scroll, var_time);
        var_8 = wp::add(var_6, var_7);
        var_10 = wp::uint32(var_9);
        var_13 = wp::curlnoise(var_2, var_8, var_10, var_11, var_12);
        // velocity[i, j] = curl * noise_amplitude                                                <L 16>
        var_14 = wp::mul(var_13, var_noise_amplitude);
        wp::array_store(var_velocity, var_0, var_1, var_14);
    }
}



extern "C" __global__ void curl_flow_0aa7b68c_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_noise_scale,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_time,
    wp::float32 var_noise_amplitude,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::int32 adj_seed,
    wp::float32 adj_noise_scale,
    wp::vec_t<2, wp::float32> adj_scroll,
    wp::float32 adj_time,
    wp::float32 adj_noise_amplitude,
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
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        const wp::int32 var_9 = 6;
        wp::uint32 var_10;
        const wp::float32 var_11 = 2.0;
        const wp::float32 var_12 = 0.5;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::uint32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        //---------
        // forward
        // def curl_flow(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 14>
        var_2 = wp::rand_init(var_seed);
        // curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)       <L 15>
        var_3 = wp::float(var_0);
        var_4 = wp::float(var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::mul(var_5, var_noise_scale);
        var_7 = wp::mul(var_scroll, var_time);
        var_8 = wp::add(var_6, var_7);
        var_10 = wp::uint32(var_9);
        var_13 = wp::curlnoise(var_2, var_8, var_10, var_11, var_12);
        // velocity[i, j] = curl * noise_amplitude                                                <L 16>
        var_14 = wp::mul(var_13, var_noise_amplitude);
        // wp::array_store(var_velocity, var_0, var_1, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_velocity, var_0, var_1, var_14, adj_velocity, adj_0, adj_1, adj_14);
        wp::adj_mul(var_13, var_noise_amplitude, adj_13, adj_noise_amplitude, adj_14);
        // adj: velocity[i, j] = curl * noise_amplitude                                           <L 16>
        wp::adj_curlnoise(var_2, var_8, var_10, var_11, var_12, adj_2, adj_8, adj_10, adj_11, adj_12, adj_13);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_mul(var_scroll, var_time, adj_scroll, adj_time, adj_7);
        wp::adj_mul(var_5, var_noise_scale, adj_5, adj_noise_scale, adj_6);
        wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_float(var_1, adj_1, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: curl = wp.curlnoise(state, wp.vec2(float(i), float(j)) * noise_scale + scroll * time, wp.uint32(6), 2.0, 0.5)  <L 15>
        // adj: state = wp.rand_init(seed)                                                        <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def curl_flow(                                                                    <L 5>
        continue;
    }
}

