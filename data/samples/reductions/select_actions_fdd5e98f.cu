// Warp 1.19.0 cuda code for select_actions_fdd5e98f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// select_actions.py:10
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
    wp::int32 var_11;
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
    // return (q << INDEX_BITS) | index                                                       <L 15>
    var_10 = wp::lshift(var_8, var_9);
    var_11 = wp::bit_or(var_10, var_index);
    return var_11;
}


// select_actions.py:10
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



extern "C" __global__ void select_actions_417d5192_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_q_values,
    wp::array_t<wp::int32> var_action_mask,
    wp::array_t<wp::float32> var_class_bias,
    wp::array_t<wp::int32> var_targets,
    wp::array_t<wp::int32> var_visit_count,
    wp::array_t<wp::int32> var_row_visit_count,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_best_key,
    wp::array_t<wp::int32> var_num_valid,
    wp::array_t<wp::float32> var_target_logit,
    wp::array_t<wp::float32> var_exp_sum)
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
        bool var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::shape_t var_6;
        bool var_7;
        wp::int32* var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::int32 var_11;
        wp::int32* var_12;
        const wp::int32 var_13 = 0;
        bool var_14;
        wp::int32 var_15;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        bool var_19;
        bool var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::int32* var_24;
        bool var_25;
        wp::int32 var_26;
        wp::int32* var_27;
        wp::float32 var_28;
        wp::int32 var_29;
        const wp::float32 var_30 = 1.0;
        wp::float32 var_31;
        wp::int32* var_32;
        wp::float32 var_33;
        wp::int32 var_34;
        const wp::float32 var_35 = 1.0;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.41421;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        const wp::float32 var_43 = 16.0;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        const wp::float32 var_49 = -16.0;
        wp::int32 var_50;
        wp::int32 var_51;
        //---------
        // forward
        // def select_actions(                                                                    <L 19>
        // b, k = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // if k >= q_values.shape[1] or env_active[b] == 0:                                       <L 33>
        var_3 = &(var_q_values.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_1 >= var_5);
        var_2 = var_7;
        if (!var_2) {
            var_8 = wp::address(var_env_active, var_0);
            var_11 = wp::load(var_8);
            var_10 = (var_11 == var_9);
            var_2 = var_2 || var_10;
        }
        if (var_2) {
            // return                                                                             <L 34>
            continue;
        }
        // if action_mask[b, k] == 0:                                                             <L 35>
        var_12 = wp::address(var_action_mask, var_0, var_1);
        var_15 = wp::load(var_12);
        var_14 = (var_15 == var_13);
        if (var_14) {
            // return                                                                             <L 36>
            continue;
        }
        // score = q_values[b, k]                                                                 <L 37>
        var_16 = wp::address(var_q_values, var_0, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // if not wp.isfinite(score):                                                             <L 38>
        var_19 = wp::isfinite(var_17);
        var_20 = wp::unot(var_19);
        if (var_20) {
            // return                                                                             <L 39>
            continue;
        }
        // score += class_bias[k]                                                                 <L 40>
        var_21 = wp::address(var_class_bias, var_1);
        var_23 = wp::load(var_21);
        var_22 = wp::add(var_17, var_23);
        // if k == targets[b]:                                                                    <L 41>
        var_24 = wp::address(var_targets, var_0);
        var_26 = wp::load(var_24);
        var_25 = (var_1 == var_26);
        if (var_25) {
            // target_logit[b] = score                                                            <L 42>
            wp::array_store(var_target_logit, var_0, var_22);
        }
        // n_row = float(row_visit_count[b]) + 1.0                                                <L 43>
        var_27 = wp::address(var_row_visit_count, var_0);
        var_29 = wp::load(var_27);
        var_28 = wp::float(var_29);
        var_31 = wp::add(var_28, var_30);
        // n_action = float(visit_count[b, k]) + 1.0                                              <L 44>
        var_32 = wp::address(var_visit_count, var_0, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::float(var_34);
        var_36 = wp::add(var_33, var_35);
        // score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)                                     <L 45>
        var_38 = wp::log(var_31);
        var_39 = wp::div(var_38, var_36);
        var_40 = wp::sqrt(var_39);
        var_41 = wp::mul(var_37, var_40);
        var_42 = wp::add(var_22, var_41);
        // wp.atomic_add(exp_sum, b, wp.exp(score - SCORE_MAX))                                   <L 46>
        var_44 = wp::sub(var_42, var_43);
        var_45 = wp::exp(var_44);
        var_46 = wp::atomic_add(var_exp_sum, var_0, var_45);
        // wp.atomic_add(num_valid, b, 1)                                                         <L 47>
        var_48 = wp::atomic_add(var_num_valid, var_0, var_47);
        // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 48>
        var_50 = pack_score_key_0(var_42, var_1, var_49, var_43);
        // wp.atomic_max(best_key, b, key)                                                        <L 49>
        var_51 = wp::atomic_max(var_best_key, var_0, var_50);
    }
}

