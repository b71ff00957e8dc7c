// Warp 1.19.0 cuda code for stochastic_coverage_58d66639.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void stochastic_coverage_3e9b9a21_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::int32> var_coverage,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::float32 var_time)
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
        const wp::int32 var_10 = 0;
        bool var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 0;
        //---------
        // forward
        // def stochastic_coverage(                                                               <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // width = coverage.shape[0]                                                              <L 13>
        var_2 = &(var_coverage.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // state = wp.rand_init(seed, j * width + i)                                              <L 14>
        var_6 = wp::mul(var_1, var_4);
        var_7 = wp::add(var_6, var_0);
        var_8 = wp::rand_init(var_seed, var_7);
        // if mask[i, j] == 0:                                                                    <L 15>
        var_9 = wp::address(var_mask, var_0, var_1);
        var_12 = wp::load(var_9);
        var_11 = (var_12 == var_10);
        if (var_11) {
            // return                                                                             <L 16>
            continue;
        }
        // n = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time)))       <L 17>
        var_14 = wp::float(var_0);
        var_15 = wp::mul(var_14, var_freq);
        var_16 = wp::float(var_1);
        var_17 = wp::mul(var_16, var_freq);
        var_18 = wp::vec_t<3, wp::float32>(var_15, var_17, var_time);
        var_19 = wp::noise(var_8, var_18);
        var_20 = wp::abs(var_19);
        var_21 = wp::sub(var_13, var_20);
        // ridge = n * n                                                                          <L 18>
        var_22 = wp::mul(var_21, var_21);
        // probability = wp.clamp(0.5 * (ridge + 1.0), 0.0, 1.0)                                  <L 20>
        var_25 = wp::add(var_22, var_24);
        var_26 = wp::mul(var_23, var_25);
        var_29 = wp::clamp(var_26, var_27, var_28);
        // if wp.randf(state) < probability:                                                      <L 21>
        var_30 = wp::randf(var_8);
        var_31 = (var_30 < var_29);
        if (var_31) {
            // coverage[i, j] = 1                                                                 <L 22>
            wp::array_store(var_coverage, var_0, var_1, var_32);
        }
        if (!var_31) {
            // coverage[i, j] = 0                                                                 <L 24>
            wp::array_store(var_coverage, var_0, var_1, var_33);
        }
    }
}



extern "C" __global__ void stochastic_coverage_3e9b9a21_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::int32> var_coverage,
    wp::int32 var_seed,
    wp::float32 var_freq,
    wp::float32 var_time,
    wp::array_t<wp::int32> adj_mask,
    wp::array_t<wp::int32> adj_coverage,
    wp::int32 adj_seed,
    wp::float32 adj_freq,
    wp::float32 adj_time)
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
        const wp::int32 var_10 = 0;
        bool var_11;
        wp::int32 var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.5;
        const wp::float32 var_24 = 1.0;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        const wp::int32 var_33 = 0;
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
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        //---------
        // forward
        // def stochastic_coverage(                                                               <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // width = coverage.shape[0]                                                              <L 13>
        var_2 = &(var_coverage.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // state = wp.rand_init(seed, j * width + i)                                              <L 14>
        var_6 = wp::mul(var_1, var_4);
        var_7 = wp::add(var_6, var_0);
        var_8 = wp::rand_init(var_seed, var_7);
        // if mask[i, j] == 0:                                                                    <L 15>
        var_9 = wp::address(var_mask, var_0, var_1);
        var_12 = wp::load(var_9);
        var_11 = (var_12 == var_10);
        if (var_11) {
            // return                                                                             <L 16>
            goto label0;
        }
        // n = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time)))       <L 17>
        var_14 = wp::float(var_0);
        var_15 = wp::mul(var_14, var_freq);
        var_16 = wp::float(var_1);
        var_17 = wp::mul(var_16, var_freq);
        var_18 = wp::vec_t<3, wp::float32>(var_15, var_17, var_time);
        var_19 = wp::noise(var_8, var_18);
        var_20 = wp::abs(var_19);
        var_21 = wp::sub(var_13, var_20);
        // ridge = n * n                                                                          <L 18>
        var_22 = wp::mul(var_21, var_21);
        // probability = wp.clamp(0.5 * (ridge + 1.0), 0.0, 1.0)                                  <L 20>
        var_25 = wp::add(var_22, var_24);
        var_26 = wp::mul(var_23, var_25);
        var_29 = wp::clamp(var_26, var_27, var_28);
        // if wp.randf(state) < probability:                                                      <L 21>
        var_30 = wp::randf(var_8);
        var_31 = (var_30 < var_29);
        if (var_31) {
            // coverage[i, j] = 1                                                                 <L 22>
            // wp::array_store(var_coverage, var_0, var_1, var_32);
        }
        if (!var_31) {
            // coverage[i, j] = 0                                                                 <L 24>
            // wp::array_store(var_coverage, var_0, var_1, var_33);
        }
        //---------
        // reverse
        if (!var_31) {
            wp::adj_array_store(var_coverage, var_0, var_1, var_33, adj_coverage, adj_0, adj_1, adj_33);
            // adj: coverage[i, j] = 0                                                            <L 24>
        }
        if (var_31) {
            wp::adj_array_store(var_coverage, var_0, var_1, var_32, adj_coverage, adj_0, adj_1, adj_32);
            // adj: coverage[i, j] = 1                                                            <L 22>
        }
        // adj: if wp.randf(state) < probability:                                                 <L 21>
        wp::adj_clamp(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
        wp::adj_mul(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
        // adj: probability = wp.clamp(0.5 * (ridge + 1.0), 0.0, 1.0)                             <L 20>
        wp::adj_mul(var_21, var_21, adj_21, adj_21, adj_22);
        // adj: ridge = n * n                                                                     <L 18>
        wp::adj_sub(var_13, var_20, adj_13, adj_20, adj_21);
        wp::adj_abs(var_19, adj_19, adj_20);
        wp::adj_noise(var_8, var_18, adj_8, adj_18, adj_19);
        wp::adj_vec_t(var_15, var_17, var_time, adj_15, adj_17, adj_time, adj_18);
        wp::adj_mul(var_16, var_freq, adj_16, adj_freq, adj_17);
        wp::adj_float(var_1, adj_1, adj_16);
        wp::adj_mul(var_14, var_freq, adj_14, adj_freq, adj_15);
        wp::adj_float(var_0, adj_0, adj_14);
        // adj: n = 1.0 - wp.abs(wp.noise(state, wp.vec3(float(i) * freq, float(j) * freq, time)))  <L 17>
        if (var_11) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        wp::adj_address(var_mask, var_0, var_1, adj_mask, adj_0, adj_1, adj_9);
        // adj: if mask[i, j] == 0:                                                               <L 15>
        wp::adj_add(var_6, var_0, adj_6, adj_0, adj_7);
        wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_6);
        // adj: state = wp.rand_init(seed, j * width + i)                                         <L 14>
        adj_coverage.shape = adj_2;
        // adj: width = coverage.shape[0]                                                         <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def stochastic_coverage(                                                          <L 5>
        continue;
    }
}

