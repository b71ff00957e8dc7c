// Warp 1.19.0 cuda code for sample_actions_f14e3e5e.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sample_actions.py:10
static CUDA_CALLABLE wp::int32 pack_score_key_0(
    wp::float32 var_score,
    wp::int32 var_index,
    wp::float32 var_lo,
    wp::float32 var_hi)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 32767.0;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 16;
    wp::int32 var_10;
    const wp::int32 var_11 = 65535;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // forward
    // def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:       <L 11>
    // s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)                                       <L 13>
    var_0 = wp::sub(var_score, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::div(var_0, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    // q = wp.int32(s * 32767.0)                                                              <L 14>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::int32(var_7);
    // return (q << INDEX_BITS) | (INDEX_MASK - index)                                        <L 16>
    var_10 = wp::lshift(var_8, var_9);
    var_12 = wp::sub(var_11, var_index);
    var_13 = wp::bit_or(var_10, var_12);
    return var_13;
}


// sample_actions.py:10
static CUDA_CALLABLE void adj_pack_score_key_0(
    wp::float32 var_score,
    wp::int32 var_index,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 & adj_score,
    wp::int32 & adj_index,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void closest_point_2288c34e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_attractor,
    wp::float32 var_inv_max_dist,
    wp::array_t<wp::int32> var_closest)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 16;
        wp::int32 var_13;
        const wp::int32 var_14 = 65535;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        //---------
        // forward
        // def closest_point(                                                                     <L 47>
        // tid = wp.tid()                                                                         <L 53>
        var_0 = builtin_tid1d();
        // d = wp.length(positions[tid] - attractor)                                              <L 54>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_3, var_attractor);
        var_4 = wp::length(var_2);
        // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 56>
        var_5 = wp::mul(var_4, var_inv_max_dist);
        var_8 = wp::clamp(var_5, var_6, var_7);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 57>
        var_13 = wp::lshift(var_11, var_12);
        var_15 = wp::bit_and(var_0, var_14);
        var_16 = wp::bit_or(var_13, var_15);
        // wp.atomic_min(closest, 0, key)                                                         <L 58>
        var_18 = wp::atomic_min(var_closest, var_17, var_16);
    }
}



extern "C" __global__ void closest_point_2288c34e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::vec_t<3, wp::float32> var_attractor,
    wp::float32 var_inv_max_dist,
    wp::array_t<wp::int32> var_closest,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::vec_t<3, wp::float32> adj_attractor,
    wp::float32 adj_inv_max_dist,
    wp::array_t<wp::int32> adj_closest)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 1.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 32767.0;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 16;
        wp::int32 var_13;
        const wp::int32 var_14 = 65535;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        //---------
        // forward
        // def closest_point(                                                                     <L 47>
        // tid = wp.tid()                                                                         <L 53>
        var_0 = builtin_tid1d();
        // d = wp.length(positions[tid] - attractor)                                              <L 54>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_3, var_attractor);
        var_4 = wp::length(var_2);
        // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 56>
        var_5 = wp::mul(var_4, var_inv_max_dist);
        var_8 = wp::clamp(var_5, var_6, var_7);
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::int(var_10);
        // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 57>
        var_13 = wp::lshift(var_11, var_12);
        var_15 = wp::bit_and(var_0, var_14);
        var_16 = wp::bit_or(var_13, var_15);
        // wp.atomic_min(closest, 0, key)                                                         <L 58>
        // var_18 = wp::atomic_min(var_closest, var_17, var_16);
        //---------
        // reverse
        wp::adj_atomic_min(var_closest, var_17, var_16, adj_closest, adj_17, adj_16, adj_18);
        // adj: wp.atomic_min(closest, 0, key)                                                    <L 58>
        // adj: key = (q << INDEX_BITS) | (tid & 0xFFFF)                                          <L 57>
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        wp::adj_mul(var_4, var_inv_max_dist, adj_4, adj_inv_max_dist, adj_5);
        // adj: q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                           <L 56>
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        wp::adj_sub(var_3, var_attractor, adj_1, adj_attractor, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: d = wp.length(positions[tid] - attractor)                                         <L 54>
        // adj: tid = wp.tid()                                                                    <L 53>
        // adj: def closest_point(                                                                <L 47>
        continue;
    }
}



extern "C" __global__ void sample_actions_92beded8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::float32> var_class_bias,
    wp::int32 var_seed,
    wp::array_t<wp::int32> var_best_key,
    wp::array_t<wp::float32> var_max_logit,
    wp::array_t<wp::int32> var_num_valid)
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
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::shape_t var_5;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        bool var_10;
        bool var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::shape_t* var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::shape_t var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::uint32 var_21;
        const wp::float32 var_22 = 1e-06;
        const wp::float32 var_23 = 1.0;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::float32 var_31;
        const wp::float32 var_32 = -16.0;
        const wp::float32 var_33 = 16.0;
        wp::int32 var_34;
        wp::int32 var_35;
        //---------
        // forward
        // def sample_actions(                                                                    <L 20>
        // b, k = wp.tid()                                                                        <L 28>
        builtin_tid2d(var_0, var_1);
        // if k >= logits.shape[1]:                                                               <L 29>
        var_2 = &(var_logits.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_1 >= var_4);
        if (var_6) {
            // return                                                                             <L 30>
            continue;
        }
        // score = logits[b, k]                                                                   <L 31>
        var_7 = wp::address(var_logits, var_0, var_1);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // if not wp.isfinite(score):                                                             <L 33>
        var_10 = wp::isfinite(var_8);
        var_11 = wp::unot(var_10);
        if (var_11) {
            // return                                                                             <L 34>
            continue;
        }
        // score += class_bias[k]                                                                 <L 35>
        var_12 = wp::address(var_class_bias, var_1);
        var_14 = wp::load(var_12);
        var_13 = wp::add(var_8, var_14);
        // rng = wp.rand_init(seed, b * logits.shape[1] + k)                                      <L 37>
        var_15 = &(var_logits.shape);
        var_18 = wp::load(var_15);
        var_17 = wp::extract(var_18, var_16);
        var_19 = wp::mul(var_0, var_17);
        var_20 = wp::add(var_19, var_1);
        var_21 = wp::rand_init(var_seed, var_20);
        // u = wp.randf(rng, 1.0e-6, 1.0)                                                         <L 38>
        var_24 = wp::randf(var_21, var_22, var_23);
        // score = score - wp.log(-wp.log(u))                                                     <L 39>
        var_25 = wp::log(var_24);
        var_26 = wp::neg(var_25);
        var_27 = wp::log(var_26);
        var_28 = wp::sub(var_13, var_27);
        // wp.atomic_add(num_valid, b, 1)                                                         <L 40>
        var_30 = wp::atomic_add(var_num_valid, var_0, var_29);
        // wp.atomic_max(max_logit, b, score)                                                     <L 41>
        var_31 = wp::atomic_max(var_max_logit, var_0, var_28);
        // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 42>
        var_34 = pack_score_key_0(var_28, var_1, var_32, var_33);
        // wp.atomic_max(best_key, b, key)                                                        <L 43>
        var_35 = wp::atomic_max(var_best_key, var_0, var_34);
    }
}

