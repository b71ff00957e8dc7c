// Warp 1.19.0 cpu code for top1_by_row_7b2aae6b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// top1_by_row.py:10
static wp::int32 pack_score_key_0(
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


// top1_by_row.py:10
static void adj_pack_score_key_0(
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

struct wp_args_top1_by_row_0d1a11e8 {
    wp::array_t<wp::float32> logits;
    wp::array_t<wp::int32> labels;
    wp::int32 seed;
    wp::float32 explore_prob;
    wp::array_t<wp::int32> best_key;
    wp::array_t<wp::float32> target_logit;
};


template <bool wp_linear_contiguous>
static void top1_by_row_0d1a11e8_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_top1_by_row_0d1a11e8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_logits = _wp_args->logits;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_explore_prob = _wp_args->explore_prob;
    wp::array_t<wp::int32> var_best_key = _wp_args->best_key;
    wp::array_t<wp::float32> var_target_logit = _wp_args->target_logit;
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
    wp::int32* var_10;
    bool var_11;
    wp::int32 var_12;
    wp::uint32 var_13;
    wp::float32 var_14;
    bool var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::shape_t* var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    wp::shape_t var_25;
    wp::int32 var_26;
    wp::uint32 var_27;
    const wp::float32 var_28 = -16.0;
    const wp::float32 var_29 = 16.0;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::int32 var_32;
    wp::int32 var_33;
    //---------
    // forward
    // def top1_by_row(                                                                       <L 20>
    // b, k = wp.tid()                                                                        <L 28>
    builtin_tid2d(var_0, var_1);
    // if k >= logits.shape[1]:                                                               <L 29>
    var_2 = &(var_logits.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_6 = (var_1 >= var_4);
    if (var_6) {
        // return                                                                             <L 30>
        return;
    }
    // score = logits[b, k]                                                                   <L 31>
    var_7 = wp::address(var_logits, var_0, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // if k == labels[b]:                                                                     <L 32>
    var_10 = wp::address(var_labels, var_0);
    var_12 = wp::load(var_10);
    var_11 = (var_1 == var_12);
    if (var_11) {
        // target_logit[b] = score                                                            <L 33>
        wp::array_store(var_target_logit, var_0, var_8);
    }
    // rng = wp.rand_init(seed, b)                                                            <L 34>
    var_13 = wp::rand_init(var_seed, var_0);
    // if wp.randf(rng) < explore_prob:                                                       <L 35>
    var_14 = wp::randf(var_13);
    var_15 = (var_14 < var_explore_prob);
    if (var_15) {
        // rng_k = wp.rand_init(seed, b * logits.shape[1] + k + logits.shape[0])              <L 36>
        var_16 = &(var_logits.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = wp::mul(var_0, var_18);
        var_21 = wp::add(var_20, var_1);
        var_22 = &(var_logits.shape);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::add(var_21, var_24);
        var_27 = wp::rand_init(var_seed, var_26);
        // score = wp.randf(rng_k, SCORE_MIN, SCORE_MAX)                                      <L 37>
        var_30 = wp::randf(var_27, var_28, var_29);
    }
    var_31 = wp::where(var_15, var_30, var_8);
    // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 38>
    var_32 = pack_score_key_0(var_31, var_1, var_28, var_29);
    // wp.atomic_max(best_key, b, key)                                                        <L 39>
    var_33 = wp::atomic_max(var_best_key, var_0, var_32);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void top1_by_row_0d1a11e8_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_top1_by_row_0d1a11e8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        top1_by_row_0d1a11e8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void top1_by_row_0d1a11e8_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_top1_by_row_0d1a11e8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    top1_by_row_0d1a11e8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void top1_by_row_0d1a11e8_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_top1_by_row_0d1a11e8 *_wp_args)
{
    top1_by_row_0d1a11e8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

