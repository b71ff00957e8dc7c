// Warp 1.19.0 cuda code for select_actions_b3f469be.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// select_actions.py:11
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
    // def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:       <L 12>
    // s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)                                       <L 14>
    var_0 = wp::sub(var_score, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::div(var_0, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    // q = wp.int32(s * 32767.0)                                                              <L 15>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::int32(var_7);
    // return (q << INDEX_BITS) | (INDEX_MASK - index)                                        <L 17>
    var_10 = wp::lshift(var_8, var_9);
    var_12 = wp::sub(var_11, var_index);
    var_13 = wp::bit_or(var_10, var_12);
    return var_13;
}


// select_actions.py:11
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



extern "C" __global__ void select_actions_56c5cda6_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::int32> var_action_mask,
    wp::array_t<wp::float32> var_class_bias,
    wp::array_t<wp::int32> var_targets,
    wp::array_t<wp::int32> var_action_counts,
    wp::array_t<wp::int32> var_total_visits,
    wp::array_t<wp::int32> var_best_key,
    wp::array_t<wp::float32> var_target_logit,
    wp::array_t<wp::float32> var_partition)
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
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        bool var_14;
        bool var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32* var_19;
        bool var_20;
        wp::int32 var_21;
        wp::int32* var_22;
        wp::float32 var_23;
        wp::int32 var_24;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        const wp::float32 var_30 = 1.0;
        wp::float32 var_31;
        const wp::float32 var_32 = 1.41421;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 16.0;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        const wp::float32 var_42 = -16.0;
        wp::int32 var_43;
        wp::int32 var_44;
        //---------
        // forward
        // def select_actions(                                                                    <L 21>
        // b, k = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // if k >= logits.shape[1]:                                                               <L 33>
        var_2 = &(var_logits.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_1 >= var_4);
        if (var_6) {
            // return                                                                             <L 34>
            continue;
        }
        // if action_mask[b, k] == 0:                                                             <L 36>
        var_7 = wp::address(var_action_mask, var_0, var_1);
        var_10 = wp::load(var_7);
        var_9 = (var_10 == var_8);
        if (var_9) {
            // return                                                                             <L 37>
            continue;
        }
        // score = logits[b, k]                                                                   <L 38>
        var_11 = wp::address(var_logits, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if not wp.isfinite(score):                                                             <L 40>
        var_14 = wp::isfinite(var_12);
        var_15 = wp::unot(var_14);
        if (var_15) {
            // return                                                                             <L 41>
            continue;
        }
        // score += class_bias[k]                                                                 <L 42>
        var_16 = wp::address(var_class_bias, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::add(var_12, var_18);
        // if k == targets[b]:                                                                    <L 43>
        var_19 = wp::address(var_targets, var_0);
        var_21 = wp::load(var_19);
        var_20 = (var_1 == var_21);
        if (var_20) {
            // target_logit[b] = score                                                            <L 44>
            wp::array_store(var_target_logit, var_0, var_17);
        }
        // n_row = float(total_visits[b]) + 1.0                                                   <L 46>
        var_22 = wp::address(var_total_visits, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::float(var_24);
        var_26 = wp::add(var_23, var_25);
        // n_action = float(action_counts[b, k]) + 1.0                                            <L 47>
        var_27 = wp::address(var_action_counts, var_0, var_1);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        var_31 = wp::add(var_28, var_30);
        // score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)                                     <L 48>
        var_33 = wp::log(var_26);
        var_34 = wp::div(var_33, var_31);
        var_35 = wp::sqrt(var_34);
        var_36 = wp::mul(var_32, var_35);
        var_37 = wp::add(var_17, var_36);
        // wp.atomic_add(partition, b, wp.exp(score - SCORE_MAX))                                 <L 50>
        var_39 = wp::sub(var_37, var_38);
        var_40 = wp::exp(var_39);
        var_41 = wp::atomic_add(var_partition, var_0, var_40);
        // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 51>
        var_43 = pack_score_key_0(var_37, var_1, var_42, var_38);
        // wp.atomic_max(best_key, b, key)                                                        <L 52>
        var_44 = wp::atomic_max(var_best_key, var_0, var_43);
    }
}

