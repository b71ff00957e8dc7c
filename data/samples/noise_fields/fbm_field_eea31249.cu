// Warp 1.19.0 cuda code for fbm_field_eea31249.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void fbm_field_88b10886_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::array_t<wp::float32> var_field)
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
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 0.5;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.1;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // forward
        // def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):            <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 7>
        var_2 = wp::rand_init(var_seed);
        // fx = float(i) * frequency                                                              <L 8>
        var_3 = wp::float(var_0);
        var_4 = wp::mul(var_3, var_frequency);
        // fy = float(j) * frequency                                                              <L 9>
        var_5 = wp::float(var_1);
        var_6 = wp::mul(var_5, var_frequency);
        // scatter = wp.sample_unit_sphere(state)                                                 <L 10>
        var_7 = wp::sample_unit_sphere(var_2);
        // radius_2 = wp.length(scatter - wp.vec3(0.5))                                           <L 11>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        var_10 = wp::sub(var_7, var_9);
        var_11 = wp::length(var_10);
        // disk_pt = wp.sample_unit_square(state)                                                 <L 12>
        var_12 = wp::sample_unit_square(var_2);
        // field[i, j] = (radius_2 + wp.length(disk_pt)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))       <L 13>
        var_13 = wp::length(var_12);
        var_14 = wp::add(var_11, var_13);
        var_16 = wp::vec_t<2, wp::float32>(var_4, var_6);
        var_17 = wp::noise(var_2, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::add(var_14, var_18);
        wp::array_store(var_field, var_0, var_1, var_19);
}



extern "C" __global__ void fbm_field_88b10886_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::array_t<wp::float32> var_field,
    wp::int32 adj_seed,
    wp::float32 adj_frequency,
    wp::array_t<wp::float32> adj_field)
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
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 0.5;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 0.1;
        wp::vec_t<2, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):            <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // state = wp.rand_init(seed)                                                             <L 7>
        var_2 = wp::rand_init(var_seed);
        // fx = float(i) * frequency                                                              <L 8>
        var_3 = wp::float(var_0);
        var_4 = wp::mul(var_3, var_frequency);
        // fy = float(j) * frequency                                                              <L 9>
        var_5 = wp::float(var_1);
        var_6 = wp::mul(var_5, var_frequency);
        // scatter = wp.sample_unit_sphere(state)                                                 <L 10>
        var_7 = wp::sample_unit_sphere(var_2);
        // radius_2 = wp.length(scatter - wp.vec3(0.5))                                           <L 11>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        var_10 = wp::sub(var_7, var_9);
        var_11 = wp::length(var_10);
        // disk_pt = wp.sample_unit_square(state)                                                 <L 12>
        var_12 = wp::sample_unit_square(var_2);
        // field[i, j] = (radius_2 + wp.length(disk_pt)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))       <L 13>
        var_13 = wp::length(var_12);
        var_14 = wp::add(var_11, var_13);
        var_16 = wp::vec_t<2, wp::float32>(var_4, var_6);
        var_17 = wp::noise(var_2, var_16);
        var_18 = wp::mul(var_15, var_17);
        var_19 = wp::add(var_14, var_18);
        // wp::array_store(var_field, var_0, var_1, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_field, var_0, var_1, var_19, adj_field, adj_0, adj_1, adj_19);
        wp::adj_add(var_14, var_18, adj_14, adj_18, adj_19);
        wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
        wp::adj_noise(var_2, var_16, adj_2, adj_16, adj_17);
        wp::adj_vec_t(var_4, var_6, adj_4, adj_6, adj_16);
        wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
        wp::adj_length(var_12, var_13, adj_12, adj_13);
        // adj: field[i, j] = (radius_2 + wp.length(disk_pt)) + 0.1 * wp.noise(state, wp.vec2(fx, fy))  <L 13>
        // adj: disk_pt = wp.sample_unit_square(state)                                            <L 12>
        wp::adj_length(var_10, var_11, adj_10, adj_11);
        wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_10);
        wp::adj_vec_t(var_8, adj_8, adj_9);
        // adj: radius_2 = wp.length(scatter - wp.vec3(0.5))                                      <L 11>
        // adj: scatter = wp.sample_unit_sphere(state)                                            <L 10>
        wp::adj_mul(var_5, var_frequency, adj_5, adj_frequency, adj_6);
        wp::adj_float(var_1, adj_1, adj_5);
        // adj: fy = float(j) * frequency                                                         <L 9>
        wp::adj_mul(var_3, var_frequency, adj_3, adj_frequency, adj_4);
        wp::adj_float(var_0, adj_0, adj_3);
        // adj: fx = float(i) * frequency                                                         <L 8>
        // adj: state = wp.rand_init(seed)                                                        <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def fbm_field(seed: int, frequency: float, field: wp.array2d(dtype=float)):       <L 5>
        return;
}

