// Warp 1.19.0 cuda code for tile_elementwise_2e9162cb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void tile_elementwise_5bafc5ab_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_output,
    wp::int32 var_rng_seed,
    wp::float32 var_gain)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_8 = 2.0;
        const wp::float32 var_9 = 3.141592653589793;
        wp::float32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_19 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_21 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::uint32 var_22;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_24 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_25 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_30;
        //---------
        // forward
        // def tile_elementwise(                                                                  <L 9>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 16>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
        // ramp = wp.tile_astype(wp.tile_arange(TILE_SIZE, dtype=int), dtype=float) * (2.0 * wp.pi / float(TILE_SIZE - 1))       <L 19>
        var_4 = wp::tile_arange<wp::int32, 64>(var_5, var_1, var_6);
        var_7 = wp::tile_astype<wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>>(var_4);
        var_10 = wp::mul(var_8, var_9);
        var_12 = wp::sub(var_1, var_11);
        var_13 = wp::float(var_12);
        var_14 = wp::div(var_10, var_13);
        var_15 = wp::tile_mul(var_7, var_14);
        // tapered = wp.tile_map(wp.mul, t, (wp.tile_ones(shape=TILE_SIZE, dtype=float) - wp.tile_map(wp.cos, ramp)) * 0.5)       <L 20>
        var_16 = wp::tile_ones<float, 64>();
        var_17 = wp::tile_unary_map(wp::cos, var_15);
        var_18 = wp::tile_sub(var_16, var_17);
        var_20 = wp::tile_mul(var_18, var_19);
        var_21 = wp::tile_binary_map(wp::mul, var_3, var_20);
        // state = wp.rand_init(rng_seed, i)                                                      <L 21>
        var_22 = wp::rand_init(var_rng_seed, var_0);
        // noise = wp.tile_randf(TILE_SIZE, state)                                                <L 22>
        var_23 = wp::tile_randf<64>(var_22);
        // noisy = tapered + (noise * 2.0 - wp.tile_ones(shape=TILE_SIZE, dtype=float)) * gain       <L 23>
        var_25 = wp::tile_mul(var_23, var_24);
        var_26 = wp::tile_ones<float, 64>();
        var_27 = wp::tile_sub(var_25, var_26);
        var_28 = wp::tile_mul(var_27, var_gain);
        var_29 = wp::tile_add(var_21, var_28);
        // wp.tile_store(output, noisy, offset=i * TILE_SIZE)                                     <L 24>
        var_30 = wp::mul(var_0, var_1);
        wp::tile_store<wp::float32, true, false>(var_output, var_30, var_29);
}



extern "C" __global__ void tile_elementwise_5bafc5ab_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_output,
    wp::int32 var_rng_seed,
    wp::float32 var_gain,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_output,
    wp::int32 adj_rng_seed,
    wp::float32 adj_gain)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 64;
        wp::int32 var_2;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_4 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::int32 var_5 = 0;
        const wp::int32 var_6 = 1;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_8 = 2.0;
        const wp::float32 var_9 = 3.141592653589793;
        wp::float32 var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_17 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_19 = 0.5;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_21 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::uint32 var_22;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        const wp::float32 var_24 = 2.0;
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_25 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_26 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_28 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>{};
        wp::int32 var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_3{};
        wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_4{};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_7{};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_15{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_16{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_17{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_18{};
        wp::float32 adj_19 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_20{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_21{};
        wp::uint32 adj_22 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_23{};
        wp::float32 adj_24 = {};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_25{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_26{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_27{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_28{};
        wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>> adj_29{};
        wp::int32 adj_30 = {};
        //---------
        // forward
        // def tile_elementwise(                                                                  <L 9>
        // i = wp.tid()                                                                           <L 15>
        var_0 = builtin_tid1d();
        // t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                        <L 16>
        var_2 = wp::mul(var_0, var_1);
        var_3 = wp::tile_load<wp::float32, true, false, 64>(var_values, var_2);
        // ramp = wp.tile_astype(wp.tile_arange(TILE_SIZE, dtype=int), dtype=float) * (2.0 * wp.pi / float(TILE_SIZE - 1))       <L 19>
        var_4 = wp::tile_arange<wp::int32, 64>(var_5, var_1, var_6);
        var_7 = wp::tile_astype<wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<64>>>>(var_4);
        var_10 = wp::mul(var_8, var_9);
        var_12 = wp::sub(var_1, var_11);
        var_13 = wp::float(var_12);
        var_14 = wp::div(var_10, var_13);
        var_15 = wp::tile_mul(var_7, var_14);
        // tapered = wp.tile_map(wp.mul, t, (wp.tile_ones(shape=TILE_SIZE, dtype=float) - wp.tile_map(wp.cos, ramp)) * 0.5)       <L 20>
        var_16 = wp::tile_ones<float, 64>();
        var_17 = wp::tile_unary_map(wp::cos, var_15);
        var_18 = wp::tile_sub(var_16, var_17);
        var_20 = wp::tile_mul(var_18, var_19);
        var_21 = wp::tile_binary_map(wp::mul, var_3, var_20);
        // state = wp.rand_init(rng_seed, i)                                                      <L 21>
        var_22 = wp::rand_init(var_rng_seed, var_0);
        // noise = wp.tile_randf(TILE_SIZE, state)                                                <L 22>
        var_23 = wp::tile_randf<64>(var_22);
        // noisy = tapered + (noise * 2.0 - wp.tile_ones(shape=TILE_SIZE, dtype=float)) * gain       <L 23>
        var_25 = wp::tile_mul(var_23, var_24);
        var_26 = wp::tile_ones<float, 64>();
        var_27 = wp::tile_sub(var_25, var_26);
        var_28 = wp::tile_mul(var_27, var_gain);
        var_29 = wp::tile_add(var_21, var_28);
        // wp.tile_store(output, noisy, offset=i * TILE_SIZE)                                     <L 24>
        var_30 = wp::mul(var_0, var_1);
        // wp::tile_store<wp::float32, true, false>(var_output, var_30, var_29);
        //---------
        // reverse
        wp::adj_tile_store(var_output, var_30, var_29, adj_output, adj_30, adj_29);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_30);
        // adj: wp.tile_store(output, noisy, offset=i * TILE_SIZE)                                <L 24>
        wp::adj_tile_add(var_21, var_28, adj_21, adj_28, adj_29);
        wp::adj_tile_mul(var_27, var_gain, adj_27, adj_gain, adj_28);
        wp::adj_tile_sub(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_tile_mul(var_23, var_24, adj_23, adj_24, adj_25);
        // adj: noisy = tapered + (noise * 2.0 - wp.tile_ones(shape=TILE_SIZE, dtype=float)) * gain  <L 23>
        // adj: noise = wp.tile_randf(TILE_SIZE, state)                                           <L 22>
        // adj: state = wp.rand_init(rng_seed, i)                                                 <L 21>
        wp::adj_tile_binary_map(wp::mul, var_3, var_20, wp::adj_mul, adj_3, adj_20, adj_21);
        wp::adj_tile_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_tile_sub(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_tile_unary_map(wp::cos, var_15, wp::adj_cos, adj_15, adj_17);
        // adj: tapered = wp.tile_map(wp.mul, t, (wp.tile_ones(shape=TILE_SIZE, dtype=float) - wp.tile_map(wp.cos, ramp)) * 0.5)  <L 20>
        wp::adj_tile_mul(var_7, var_14, adj_7, adj_14, adj_15);
        wp::adj_div(var_10, var_13, var_14, adj_10, adj_13, adj_14);
        wp::adj_float(var_12, adj_12, adj_13);
        wp::adj_sub(var_1, var_11, adj_1, adj_11, adj_12);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_tile_astype(var_4, adj_4, adj_7);
        // adj: ramp = wp.tile_astype(wp.tile_arange(TILE_SIZE, dtype=int), dtype=float) * (2.0 * wp.pi / float(TILE_SIZE - 1))  <L 19>
        wp::adj_tile_load(var_values, var_2, adj_values, adj_2, adj_3);
        wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
        // adj: t = wp.tile_load(values, shape=TILE_SIZE, offset=i * TILE_SIZE)                   <L 16>
        // adj: i = wp.tid()                                                                      <L 15>
        // adj: def tile_elementwise(                                                             <L 9>
        return;
}

