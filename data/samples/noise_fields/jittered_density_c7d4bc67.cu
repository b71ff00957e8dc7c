// Warp 1.19.0 cuda code for jittered_density_c7d4bc67.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void jittered_density_2c36b510_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_mask,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_t)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::uint32 var_8;
        const wp::float32 var_9 = 0.5;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        const wp::int32 var_26 = 0;
        //---------
        // forward
        // def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // width = mask.shape[0]                                                                  <L 7>
        var_2 = &(var_mask.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // state = wp.rand_init(seed, j * width + i)                                              <L 8>
        var_6 = wp::mul(var_1, var_4);
        var_7 = wp::add(var_6, var_0);
        var_8 = wp::rand_init(var_seed, var_7);
        // probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)       <L 11>
        var_10 = wp::float(var_0);
        var_11 = wp::float(var_1);
        var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
        var_13 = wp::mul(var_12, var_frequency);
        var_14 = wp::mul(var_scroll, var_t);
        var_15 = wp::add(var_13, var_14);
        var_16 = wp::noise(var_8, var_15);
        var_18 = wp::add(var_16, var_17);
        var_19 = wp::mul(var_9, var_18);
        var_22 = wp::clamp(var_19, var_20, var_21);
        // if wp.randf(state) < probability:                                                      <L 12>
        var_23 = wp::randf(var_8);
        var_24 = (var_23 < var_22);
        if (var_24) {
            // mask[i, j] = 1                                                                     <L 13>
            wp::array_store(var_mask, var_0, var_1, var_25);
        }
        if (!var_24) {
            // mask[i, j] = 0                                                                     <L 15>
            wp::array_store(var_mask, var_0, var_1, var_26);
        }
}



extern "C" __global__ void jittered_density_2c36b510_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_mask,
    wp::int32 var_seed,
    wp::float32 var_frequency,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_t,
    wp::array_t<wp::int32> adj_mask,
    wp::int32 adj_seed,
    wp::float32 adj_frequency,
    wp::vec_t<2, wp::float32> adj_scroll,
    wp::float32 adj_t)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::uint32 var_8;
        const wp::float32 var_9 = 0.5;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 1.0;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        bool var_24;
        const wp::int32 var_25 = 1;
        const wp::int32 var_26 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        //---------
        // forward
        // def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // width = mask.shape[0]                                                                  <L 7>
        var_2 = &(var_mask.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // state = wp.rand_init(seed, j * width + i)                                              <L 8>
        var_6 = wp::mul(var_1, var_4);
        var_7 = wp::add(var_6, var_0);
        var_8 = wp::rand_init(var_seed, var_7);
        // probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)       <L 11>
        var_10 = wp::float(var_0);
        var_11 = wp::float(var_1);
        var_12 = wp::vec_t<2, wp::float32>(var_10, var_11);
        var_13 = wp::mul(var_12, var_frequency);
        var_14 = wp::mul(var_scroll, var_t);
        var_15 = wp::add(var_13, var_14);
        var_16 = wp::noise(var_8, var_15);
        var_18 = wp::add(var_16, var_17);
        var_19 = wp::mul(var_9, var_18);
        var_22 = wp::clamp(var_19, var_20, var_21);
        // if wp.randf(state) < probability:                                                      <L 12>
        var_23 = wp::randf(var_8);
        var_24 = (var_23 < var_22);
        if (var_24) {
            // mask[i, j] = 1                                                                     <L 13>
            // wp::array_store(var_mask, var_0, var_1, var_25);
        }
        if (!var_24) {
            // mask[i, j] = 0                                                                     <L 15>
            // wp::array_store(var_mask, var_0, var_1, var_26);
        }
        //---------
        // reverse
        if (!var_24) {
            wp::adj_array_store(var_mask, var_0, var_1, var_26, adj_mask, adj_0, adj_1, adj_26);
            // adj: mask[i, j] = 0                                                                <L 15>
        }
        if (var_24) {
            wp::adj_array_store(var_mask, var_0, var_1, var_25, adj_mask, adj_0, adj_1, adj_25);
            // adj: mask[i, j] = 1                                                                <L 13>
        }
        // adj: if wp.randf(state) < probability:                                                 <L 12>
        wp::adj_clamp(var_19, var_20, var_21, adj_19, adj_20, adj_21, adj_22);
        wp::adj_mul(var_9, var_18, adj_9, adj_18, adj_19);
        wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_noise(var_8, var_15, adj_8, adj_15, adj_16);
        wp::adj_add(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_mul(var_scroll, var_t, adj_scroll, adj_t, adj_14);
        wp::adj_mul(var_12, var_frequency, adj_12, adj_frequency, adj_13);
        wp::adj_vec_t(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_float(var_1, adj_1, adj_11);
        wp::adj_float(var_0, adj_0, adj_10);
        // adj: probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * t) + 1.0), 0.0, 1.0)  <L 11>
        wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
        wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
        // adj: state = wp.rand_init(seed, j * width + i)                                         <L 8>
        adj_mask.shape = adj_2;
        // adj: width = mask.shape[0]                                                             <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def jittered_density(mask: wp.array2d[int], seed: int, frequency: float, scroll: wp.vec2, t: float):  <L 5>
        return;
}

