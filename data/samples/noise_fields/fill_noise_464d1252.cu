// Warp 1.19.0 cuda code for fill_noise_464d1252.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// fill_noise.py:28
static CUDA_CALLABLE wp::vec_t<2, wp::float32> scrolling_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_t)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // forward
    // def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):       <L 29>
    // return wp.vec2(float(i), float(j)) * freq + scroll * t                                 <L 30>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::mul(var_scroll, var_t);
    var_5 = wp::add(var_3, var_4);
    return var_5;
}


// fill_noise.py:28
static CUDA_CALLABLE void adj_scrolling_coord_0(
    wp::int32 var_i,
    wp::int32 var_j,
    wp::float32 var_freq,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_t,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::float32 & adj_freq,
    wp::vec_t<2, wp::float32> & adj_scroll,
    wp::float32 & adj_t,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    //---------
    // forward
    // def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):       <L 29>
    // return wp.vec2(float(i), float(j)) * freq + scroll * t                                 <L 30>
    var_0 = wp::float(var_i);
    var_1 = wp::float(var_j);
    var_2 = wp::vec_t<2, wp::float32>(var_0, var_1);
    var_3 = wp::mul(var_2, var_freq);
    var_4 = wp::mul(var_scroll, var_t);
    var_5 = wp::add(var_3, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_mul(var_scroll, var_t, adj_scroll, adj_t, adj_4);
    wp::adj_mul(var_2, var_freq, adj_2, adj_freq, adj_3);
    wp::adj_vec_t(var_0, var_1, adj_0, adj_1, adj_2);
    wp::adj_float(var_j, adj_j, adj_1);
    wp::adj_float(var_i, adj_i, adj_0);
    // adj: return wp.vec2(float(i), float(j)) * freq + scroll * t                            <L 30>
    // adj: def scrolling_coord(i: wp.int32, j: wp.int32, freq: float, scroll: wp.vec2, t: float):  <L 29>
    return;
}



extern "C" __global__ void fill_noise_63335efb_cuda_kernel_forward(
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
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def fill_noise(seed: wp.int32, frequency: float, noise_out: wp.array2d[float]):        <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 7>
        var_2 = wp::rand_init(var_seed);
        // uv = wp.vec2(float(i) / float(noise_out.shape[0]), float(j) / float(noise_out.shape[1]))       <L 8>
        var_3 = wp::float(var_0);
        var_4 = &(var_noise_out.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::float(var_6);
        var_9 = wp::div(var_3, var_8);
        var_10 = wp::float(var_1);
        var_11 = &(var_noise_out.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = wp::float(var_13);
        var_16 = wp::div(var_10, var_15);
        var_17 = wp::vec_t<2, wp::float32>(var_9, var_16);
        // p = uv * frequency                                                                     <L 9>
        var_18 = wp::mul(var_17, var_frequency);
        // noise_out[i, j] = wp.noise(state, p)                                                   <L 10>
        var_19 = wp::noise(var_2, var_18);
        wp::array_store(var_noise_out, var_0, var_1, var_19);
    }
}



extern "C" __global__ void fill_noise_63335efb_cuda_kernel_backward(
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
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 1;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def fill_noise(seed: wp.int32, frequency: float, noise_out: wp.array2d[float]):        <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 7>
        var_2 = wp::rand_init(var_seed);
        // uv = wp.vec2(float(i) / float(noise_out.shape[0]), float(j) / float(noise_out.shape[1]))       <L 8>
        var_3 = wp::float(var_0);
        var_4 = &(var_noise_out.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::float(var_6);
        var_9 = wp::div(var_3, var_8);
        var_10 = wp::float(var_1);
        var_11 = &(var_noise_out.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = wp::float(var_13);
        var_16 = wp::div(var_10, var_15);
        var_17 = wp::vec_t<2, wp::float32>(var_9, var_16);
        // p = uv * frequency                                                                     <L 9>
        var_18 = wp::mul(var_17, var_frequency);
        // noise_out[i, j] = wp.noise(state, p)                                                   <L 10>
        var_19 = wp::noise(var_2, var_18);
        // wp::array_store(var_noise_out, var_0, var_1, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_noise_out, var_0, var_1, var_19, adj_noise_out, adj_0, adj_1, adj_19);
        wp::adj_noise(var_2, var_18, adj_2, adj_18, adj_19);
        // adj: noise_out[i, j] = wp.noise(state, p)                                              <L 10>
        wp::adj_mul(var_17, var_frequency, adj_17, adj_frequency, adj_18);
        // adj: p = uv * frequency                                                                <L 9>
        wp::adj_vec_t(var_9, var_16, adj_9, adj_16, adj_17);
        wp::adj_div(var_10, var_15, var_16, adj_10, adj_15, adj_16);
        wp::adj_float(var_13, adj_13, adj_15);
        adj_noise_out.shape = adj_11;
        wp::adj_float(var_1, adj_1, adj_10);
        wp::adj_div(var_3, var_8, var_9, adj_3, adj_8, adj_9);
        wp::adj_float(var_6, adj_6, adj_8);
        adj_noise_out.shape = adj_4;
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: uv = wp.vec2(float(i) / float(noise_out.shape[0]), float(j) / float(noise_out.shape[1]))  <L 8>
        // adj: state = wp.rand_init(seed)                                                        <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def fill_noise(seed: wp.int32, frequency: float, noise_out: wp.array2d[float]):   <L 5>
        continue;
    }
}



extern "C" __global__ void curl_flow_a2a45056_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_time,
    wp::int32 var_num_octaves,
    wp::float32 var_amplitude,
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
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::int32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::uint32 var_8;
        const wp::float32 var_9 = 2.0;
        const wp::float32 var_10 = 0.5;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        //---------
        // forward
        // def curl_flow(                                                                         <L 34>
        // i, j = wp.tid()                                                                        <L 44>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 45>
        var_2 = wp::rand_init(var_seed);
        // if particle_flags[i, j] != 1:                                                          <L 46>
        var_3 = wp::address(var_particle_flags, var_0, var_1);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // return                                                                             <L 47>
            continue;
        }
        // curl = wp.curlnoise(state, scrolling_coord(i, j, frequency, scroll, time), wp.uint32(num_octaves), 2.0, 0.5)       <L 48>
        var_7 = scrolling_coord_0(var_0, var_1, var_frequency, var_scroll, var_time);
        var_8 = wp::uint32(var_num_octaves);
        var_11 = wp::curlnoise(var_2, var_7, var_8, var_9, var_10);
        // velocity[i, j] = curl * amplitude                                                      <L 49>
        var_12 = wp::mul(var_11, var_amplitude);
        wp::array_store(var_velocity, var_0, var_1, var_12);
    }
}



extern "C" __global__ void curl_flow_a2a45056_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_time,
    wp::int32 var_num_octaves,
    wp::float32 var_amplitude,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::int32 adj_seed,
    wp::float32 adj_frequency,
    wp::vec_t<2, wp::float32> adj_scroll,
    wp::float32 adj_time,
    wp::int32 adj_num_octaves,
    wp::float32 adj_amplitude,
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
        wp::int32* var_3;
        const wp::int32 var_4 = 1;
        bool var_5;
        wp::int32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::uint32 var_8;
        const wp::float32 var_9 = 2.0;
        const wp::float32 var_10 = 0.5;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        //---------
        // forward
        // def curl_flow(                                                                         <L 34>
        // i, j = wp.tid()                                                                        <L 44>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 45>
        var_2 = wp::rand_init(var_seed);
        // if particle_flags[i, j] != 1:                                                          <L 46>
        var_3 = wp::address(var_particle_flags, var_0, var_1);
        var_6 = wp::load(var_3);
        var_5 = (var_6 != var_4);
        if (var_5) {
            // return                                                                             <L 47>
            goto label0;
        }
        // curl = wp.curlnoise(state, scrolling_coord(i, j, frequency, scroll, time), wp.uint32(num_octaves), 2.0, 0.5)       <L 48>
        var_7 = scrolling_coord_0(var_0, var_1, var_frequency, var_scroll, var_time);
        var_8 = wp::uint32(var_num_octaves);
        var_11 = wp::curlnoise(var_2, var_7, var_8, var_9, var_10);
        // velocity[i, j] = curl * amplitude                                                      <L 49>
        var_12 = wp::mul(var_11, var_amplitude);
        // wp::array_store(var_velocity, var_0, var_1, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_velocity, var_0, var_1, var_12, adj_velocity, adj_0, adj_1, adj_12);
        wp::adj_mul(var_11, var_amplitude, adj_11, adj_amplitude, adj_12);
        // adj: velocity[i, j] = curl * amplitude                                                 <L 49>
        wp::adj_curlnoise(var_2, var_7, var_8, var_9, var_10, adj_2, adj_7, adj_8, adj_9, adj_10, adj_11);
        adj_scrolling_coord_0(var_0, var_1, var_frequency, var_scroll, var_time, adj_0, adj_1, adj_frequency, adj_scroll, adj_time, adj_7);
        // adj: curl = wp.curlnoise(state, scrolling_coord(i, j, frequency, scroll, time), wp.uint32(num_octaves), 2.0, 0.5)  <L 48>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 47>
        }
        wp::adj_address(var_particle_flags, var_0, var_1, adj_particle_flags, adj_0, adj_1, adj_3);
        // adj: if particle_flags[i, j] != 1:                                                     <L 46>
        // adj: state = wp.rand_init(seed)                                                        <L 45>
        // adj: i, j = wp.tid()                                                                   <L 44>
        // adj: def curl_flow(                                                                    <L 34>
        continue;
    }
}



extern "C" __global__ void add_noise_f4b276ec_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::float32 var_time,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_terrain)
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
        const wp::float32 var_3 = 1.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def add_noise(                                                                         <L 14>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 22>
        var_2 = wp::rand_init(var_seed);
        // nv = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * frequency, float(j) * frequency, time)))       <L 23>
        var_4 = wp::float(var_0);
        var_5 = wp::mul(var_4, var_frequency);
        var_6 = wp::float(var_1);
        var_7 = wp::mul(var_6, var_frequency);
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_7, var_time);
        var_9 = wp::noise(var_2, var_8);
        var_10 = wp::abs(var_9);
        var_11 = wp::sub(var_3, var_10);
        // ridged = nv * nv                                                                       <L 24>
        var_12 = wp::mul(var_11, var_11);
        // terrain[i, j] = terrain[i, j] + amplitude * ridged                                     <L 25>
        var_13 = wp::address(var_terrain, var_0, var_1);
        var_14 = wp::mul(var_amplitude, var_12);
        var_16 = wp::load(var_13);
        var_15 = wp::add(var_16, var_14);
        wp::array_store(var_terrain, var_0, var_1, var_15);
    }
}



extern "C" __global__ void add_noise_f4b276ec_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::float32 var_time,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_terrain,
    wp::int32 adj_seed,
    wp::float32 adj_frequency,
    wp::float32 adj_time,
    wp::float32 adj_amplitude,
    wp::array_t<wp::float32> adj_terrain)
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
        const wp::float32 var_3 = 1.0;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
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
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def add_noise(                                                                         <L 14>
        // i, j = wp.tid()                                                                        <L 21>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 22>
        var_2 = wp::rand_init(var_seed);
        // nv = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * frequency, float(j) * frequency, time)))       <L 23>
        var_4 = wp::float(var_0);
        var_5 = wp::mul(var_4, var_frequency);
        var_6 = wp::float(var_1);
        var_7 = wp::mul(var_6, var_frequency);
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_7, var_time);
        var_9 = wp::noise(var_2, var_8);
        var_10 = wp::abs(var_9);
        var_11 = wp::sub(var_3, var_10);
        // ridged = nv * nv                                                                       <L 24>
        var_12 = wp::mul(var_11, var_11);
        // terrain[i, j] = terrain[i, j] + amplitude * ridged                                     <L 25>
        var_13 = wp::address(var_terrain, var_0, var_1);
        var_14 = wp::mul(var_amplitude, var_12);
        var_16 = wp::load(var_13);
        var_15 = wp::add(var_16, var_14);
        // wp::array_store(var_terrain, var_0, var_1, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_terrain, var_0, var_1, var_15, adj_terrain, adj_0, adj_1, adj_15);
        wp::adj_add(var_16, var_14, adj_13, adj_14, adj_15);
        wp::adj_mul(var_amplitude, var_12, adj_amplitude, adj_12, adj_14);
        wp::adj_address(var_terrain, var_0, var_1, adj_terrain, adj_0, adj_1, adj_13);
        // adj: terrain[i, j] = terrain[i, j] + amplitude * ridged                                <L 25>
        wp::adj_mul(var_11, var_11, adj_11, adj_11, adj_12);
        // adj: ridged = nv * nv                                                                  <L 24>
        wp::adj_sub(var_3, var_10, adj_3, adj_10, adj_11);
        wp::adj_abs(var_9, adj_9, adj_10);
        wp::adj_noise(var_2, var_8, adj_2, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_7, var_time, adj_5, adj_7, adj_time, adj_8);
        wp::adj_mul(var_6, var_frequency, adj_6, adj_frequency, adj_7);
        wp::adj_float(var_1, adj_1, adj_6);
        wp::adj_mul(var_4, var_frequency, adj_4, adj_frequency, adj_5);
        wp::adj_float(var_0, adj_0, adj_4);
        // adj: nv = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * frequency, float(j) * frequency, time)))  <L 23>
        // adj: state = wp.rand_init(seed)                                                        <L 22>
        // adj: i, j = wp.tid()                                                                   <L 21>
        // adj: def add_noise(                                                                    <L 14>
        continue;
    }
}

