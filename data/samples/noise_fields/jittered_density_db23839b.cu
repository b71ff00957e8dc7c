// Warp 1.19.0 cuda code for jittered_density_db23839b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void jittered_density_b379669b_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::int32 var_rng_seed,
    wp::float32 var_frequency,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_sim_time,
    wp::array_t<wp::int32> var_mask)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::uint32 var_8;
        wp::int32* var_9;
        const wp::int32 var_10 = 1;
        bool var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::int32 var_29 = 1;
        const wp::int32 var_30 = 0;
        //---------
        // forward
        // def jittered_density(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // width = mask.shape[0]                                                                  <L 15>
        var_2 = &(var_mask.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // state = wp.rand_init(rng_seed, j * width + i)                                          <L 16>
        var_6 = wp::mul(var_1, var_4);
        var_7 = wp::add(var_6, var_0);
        var_8 = wp::rand_init(var_rng_seed, var_7);
        // if active[i, j] != 1:                                                                  <L 17>
        var_9 = wp::address(var_active, var_0, var_1);
        var_12 = wp::load(var_9);
        var_11 = (var_12 != var_10);
        if (var_11) {
            // return                                                                             <L 18>
            continue;
        }
        // probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * sim_time) + 1.0), 0.0, 1.0)       <L 21>
        var_14 = wp::float(var_0);
        var_15 = wp::float(var_1);
        var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
        var_17 = wp::mul(var_16, var_frequency);
        var_18 = wp::mul(var_scroll, var_sim_time);
        var_19 = wp::add(var_17, var_18);
        var_20 = wp::noise(var_8, var_19);
        var_22 = wp::add(var_20, var_21);
        var_23 = wp::mul(var_13, var_22);
        var_26 = wp::clamp(var_23, var_24, var_25);
        // if wp.randf(state) < probability:                                                      <L 22>
        var_27 = wp::randf(var_8);
        var_28 = (var_27 < var_26);
        if (var_28) {
            // mask[i, j] = 1                                                                     <L 23>
            wp::array_store(var_mask, var_0, var_1, var_29);
        }
        if (!var_28) {
            // mask[i, j] = 0                                                                     <L 25>
            wp::array_store(var_mask, var_0, var_1, var_30);
        }
    }
}



extern "C" __global__ void jittered_density_b379669b_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_active,
    wp::int32 var_rng_seed,
    wp::float32 var_frequency,
    wp::vec_t<2, wp::float32> var_scroll,
    wp::float32 var_sim_time,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::int32> adj_active,
    wp::int32 adj_rng_seed,
    wp::float32 adj_frequency,
    wp::vec_t<2, wp::float32> adj_scroll,
    wp::float32 adj_sim_time,
    wp::array_t<wp::int32> adj_mask)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::uint32 var_8;
        wp::int32* var_9;
        const wp::int32 var_10 = 1;
        bool var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32> var_17;
        wp::vec_t<2, wp::float32> var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 1.0;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::int32 var_29 = 1;
        const wp::int32 var_30 = 0;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        bool adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        bool adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        //---------
        // forward
        // def jittered_density(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // width = mask.shape[0]                                                                  <L 15>
        var_2 = &(var_mask.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // state = wp.rand_init(rng_seed, j * width + i)                                          <L 16>
        var_6 = wp::mul(var_1, var_4);
        var_7 = wp::add(var_6, var_0);
        var_8 = wp::rand_init(var_rng_seed, var_7);
        // if active[i, j] != 1:                                                                  <L 17>
        var_9 = wp::address(var_active, var_0, var_1);
        var_12 = wp::load(var_9);
        var_11 = (var_12 != var_10);
        if (var_11) {
            // return                                                                             <L 18>
            goto label0;
        }
        // probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * sim_time) + 1.0), 0.0, 1.0)       <L 21>
        var_14 = wp::float(var_0);
        var_15 = wp::float(var_1);
        var_16 = wp::vec_t<2, wp::float32>(var_14, var_15);
        var_17 = wp::mul(var_16, var_frequency);
        var_18 = wp::mul(var_scroll, var_sim_time);
        var_19 = wp::add(var_17, var_18);
        var_20 = wp::noise(var_8, var_19);
        var_22 = wp::add(var_20, var_21);
        var_23 = wp::mul(var_13, var_22);
        var_26 = wp::clamp(var_23, var_24, var_25);
        // if wp.randf(state) < probability:                                                      <L 22>
        var_27 = wp::randf(var_8);
        var_28 = (var_27 < var_26);
        if (var_28) {
            // mask[i, j] = 1                                                                     <L 23>
            // wp::array_store(var_mask, var_0, var_1, var_29);
        }
        if (!var_28) {
            // mask[i, j] = 0                                                                     <L 25>
            // wp::array_store(var_mask, var_0, var_1, var_30);
        }
        //---------
        // reverse
        if (!var_28) {
            wp::adj_array_store(var_mask, var_0, var_1, var_30, adj_mask, adj_0, adj_1, adj_30);
            // adj: mask[i, j] = 0                                                                <L 25>
        }
        if (var_28) {
            wp::adj_array_store(var_mask, var_0, var_1, var_29, adj_mask, adj_0, adj_1, adj_29);
            // adj: mask[i, j] = 1                                                                <L 23>
        }
        // adj: if wp.randf(state) < probability:                                                 <L 22>
        wp::adj_clamp(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
        wp::adj_mul(var_13, var_22, adj_13, adj_22, adj_23);
        wp::adj_add(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_noise(var_8, var_19, adj_8, adj_19, adj_20);
        wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_mul(var_scroll, var_sim_time, adj_scroll, adj_sim_time, adj_18);
        wp::adj_mul(var_16, var_frequency, adj_16, adj_frequency, adj_17);
        wp::adj_vec_t(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_float(var_1, adj_1, adj_15);
        wp::adj_float(var_0, adj_0, adj_14);
        // adj: probability = wp.clamp(0.5 * (wp.noise(state, wp.vec2(float(i), float(j)) * frequency + scroll * sim_time) + 1.0), 0.0, 1.0)  <L 21>
        if (var_11) {
            label0:;
            // adj: return                                                                        <L 18>
        }
        wp::adj_address(var_active, var_0, var_1, adj_active, adj_0, adj_1, adj_9);
        // adj: if active[i, j] != 1:                                                             <L 17>
        wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
        wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
        // adj: state = wp.rand_init(rng_seed, j * width + i)                                     <L 16>
        adj_mask.shape = adj_2;
        // adj: width = mask.shape[0]                                                             <L 15>
        // adj: i, j = wp.tid()                                                                   <L 14>
        // adj: def jittered_density(                                                             <L 5>
        continue;
    }
}

