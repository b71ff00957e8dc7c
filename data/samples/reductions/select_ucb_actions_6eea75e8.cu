// Warp 1.19.0 cuda code for select_ucb_actions_6eea75e8.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// select_ucb_actions.py:13
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
    // def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:       <L 14>
    // s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)                                       <L 16>
    var_0 = wp::sub(var_score, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::div(var_0, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    // q = wp.int32(s * 32767.0)                                                              <L 17>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::int32(var_7);
    // return (q << INDEX_BITS) | (INDEX_MASK - index)                                        <L 19>
    var_10 = wp::lshift(var_8, var_9);
    var_12 = wp::sub(var_11, var_index);
    var_13 = wp::bit_or(var_10, var_12);
    return var_13;
}


// warp/_src/math.py:0
static CUDA_CALLABLE wp::float32 norm_l1_0(
    wp::vec_t<2, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def norm_l1(v: Any) -> float:                                                          <L 1>
    // n = float(0.0)                                                                         <L 12>
    var_1 = wp::float(var_0);
    // for i in range(len(v)):                                                                <L 13>
    // n += wp.abs(v[i])                                                                      <L 14>
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::abs(var_4);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::abs(var_8);
    var_10 = wp::add(var_6, var_9);
    // return n                                                                               <L 15>
    return var_10;
}


// select_ucb_actions.py:13
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


// warp/_src/math.py:0
static CUDA_CALLABLE void adj_norm_l1_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    wp::float32 var_1;
    const wp::int32 var_2 = 2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def norm_l1(v: Any) -> float:                                                          <L 1>
    // n = float(0.0)                                                                         <L 12>
    var_1 = wp::float(var_0);
    // for i in range(len(v)):                                                                <L 13>
    // n += wp.abs(v[i])                                                                      <L 14>
    var_4 = wp::extract(var_v, var_3);
    var_5 = wp::abs(var_4);
    var_6 = wp::add(var_1, var_5);
    var_8 = wp::extract(var_v, var_7);
    var_9 = wp::abs(var_8);
    var_10 = wp::add(var_6, var_9);
    // return n                                                                               <L 15>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_10 += adj_ret;
    // adj: return n                                                                          <L 15>
    wp::adj_add(var_6, var_9, adj_6, adj_9, adj_10);
    wp::adj_abs(var_8, adj_8, adj_9);
    wp::adj_extract(var_v, var_7, adj_v, adj_7, adj_8);
    wp::adj_add(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_abs(var_4, adj_4, adj_5);
    wp::adj_extract(var_v, var_3, adj_v, adj_3, adj_4);
    // adj: n += wp.abs(v[i])                                                                 <L 14>
    // adj: for i in range(len(v)):                                                           <L 13>
    wp::adj_float(var_0, adj_0, adj_1);
    // adj: n = float(0.0)                                                                    <L 12>
    // adj: def norm_l1(v: Any) -> float:                                                     <L 1>
    return;
}



extern "C" __global__ void create_normalize_hidden_kernel__locals__normalize_hidden_0c50c66d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<8, wp::float32>> var_hidden,
    wp::vec_t<8, wp::float32> var_gain,
    wp::array_t<wp::vec_t<8, wp::float32>> var_hidden_out,
    wp::array_t<wp::int32> var_kept_rows,
    wp::array_t<wp::int32> var_attention_mask,
    wp::vec_t<8, wp::float32> var_bias)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::int32 var_7;
        wp::vec_t<8, wp::float32> var_8;
        wp::vec_t<8, wp::float32>* var_9;
        wp::vec_t<8, wp::float32> var_10;
        wp::vec_t<8, wp::float32> var_11;
        const wp::float32 var_12 = 0.125;
        const bool var_13 = true;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<8, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<8, wp::float32> var_18;
        wp::vec_t<8, wp::float32> var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 1e-05;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<8, wp::float32> var_27;
        wp::vec_t<8, wp::float32> var_28;
        wp::vec_t<8, wp::float32> var_29;
        const bool var_30 = true;
        wp::vec_t<8, wp::float32> var_31;
        wp::vec_t<8, wp::float32> var_32;
        wp::vec_t<8, wp::float32> var_33;
        //---------
        // forward
        // def normalize_hidden(                                                                  <L 56>
        // tid = wp.tid()                                                                         <L 64>
        var_0 = builtin_tid1d();
        // row = kept_rows[tid]                                                                   <L 65>
        var_1 = wp::address(var_kept_rows, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if attention_mask[row] == 0:                                                           <L 66>
        var_4 = wp::address(var_attention_mask, var_2);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // hidden_out[tid] = feat_vec()                                                       <L 68>
            var_8 = wp::vec_t<8, wp::float32>();
            wp::array_store(var_hidden_out, var_0, var_8);
            // return                                                                             <L 69>
            continue;
        }
        // x = hidden[row]                                                                        <L 70>
        var_9 = wp::address(var_hidden, var_2);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                          <L 71>
        // if wp.static(norm == "layer"):                                                         <L 72>
        // mean = wp.dot(x, feat_vec(1.0)) * inv_dim                                              <L 73>
        var_15 = wp::vec_t<8, wp::float32>(var_14);
        var_16 = wp::dot(var_10, var_15);
        var_17 = wp::mul(var_16, var_12);
        // xc = x - feat_vec(mean)                                                                <L 74>
        var_18 = wp::vec_t<8, wp::float32>(var_17);
        var_19 = wp::sub(var_10, var_18);
        // r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)                                      <L 78>
        var_21 = wp::dot(var_19, var_19);
        var_22 = wp::mul(var_21, var_12);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::sqrt(var_24);
        var_26 = wp::div(var_20, var_25);
        // y = wp.cw_mul(xc * r, gain) + bias                                                     <L 79>
        var_27 = wp::mul(var_19, var_26);
        var_28 = wp::cw_mul(var_27, var_gain);
        var_29 = wp::add(var_28, var_bias);
        // if wp.static(activation == "relu_squared"):                                            <L 80>
        // y_pos = wp.max(y, feat_vec())                                                          <L 82>
        var_31 = wp::vec_t<8, wp::float32>();
        var_32 = wp::max(var_29, var_31);
        // y = wp.cw_mul(y_pos, y_pos)                                                            <L 83>
        var_33 = wp::cw_mul(var_32, var_32);
        // hidden_out[tid] = y                                                                    <L 86>
        wp::array_store(var_hidden_out, var_0, var_33);
    }
}



extern "C" __global__ void create_normalize_hidden_kernel__locals__normalize_hidden_0c50c66d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<8, wp::float32>> var_hidden,
    wp::vec_t<8, wp::float32> var_gain,
    wp::array_t<wp::vec_t<8, wp::float32>> var_hidden_out,
    wp::array_t<wp::int32> var_kept_rows,
    wp::array_t<wp::int32> var_attention_mask,
    wp::vec_t<8, wp::float32> var_bias,
    wp::array_t<wp::vec_t<8, wp::float32>> adj_hidden,
    wp::vec_t<8, wp::float32> adj_gain,
    wp::array_t<wp::vec_t<8, wp::float32>> adj_hidden_out,
    wp::array_t<wp::int32> adj_kept_rows,
    wp::array_t<wp::int32> adj_attention_mask,
    wp::vec_t<8, wp::float32> adj_bias)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::int32 var_7;
        wp::vec_t<8, wp::float32> var_8;
        wp::vec_t<8, wp::float32>* var_9;
        wp::vec_t<8, wp::float32> var_10;
        wp::vec_t<8, wp::float32> var_11;
        const wp::float32 var_12 = 0.125;
        const bool var_13 = true;
        const wp::float32 var_14 = 1.0;
        wp::vec_t<8, wp::float32> var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::vec_t<8, wp::float32> var_18;
        wp::vec_t<8, wp::float32> var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 1e-05;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<8, wp::float32> var_27;
        wp::vec_t<8, wp::float32> var_28;
        wp::vec_t<8, wp::float32> var_29;
        const bool var_30 = true;
        wp::vec_t<8, wp::float32> var_31;
        wp::vec_t<8, wp::float32> var_32;
        wp::vec_t<8, wp::float32> var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<8, wp::float32> adj_8 = {};
        wp::vec_t<8, wp::float32> adj_9 = {};
        wp::vec_t<8, wp::float32> adj_10 = {};
        wp::vec_t<8, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<8, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::vec_t<8, wp::float32> adj_18 = {};
        wp::vec_t<8, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<8, wp::float32> adj_27 = {};
        wp::vec_t<8, wp::float32> adj_28 = {};
        wp::vec_t<8, wp::float32> adj_29 = {};
        bool adj_30 = {};
        wp::vec_t<8, wp::float32> adj_31 = {};
        wp::vec_t<8, wp::float32> adj_32 = {};
        wp::vec_t<8, wp::float32> adj_33 = {};
        //---------
        // forward
        // def normalize_hidden(                                                                  <L 56>
        // tid = wp.tid()                                                                         <L 64>
        var_0 = builtin_tid1d();
        // row = kept_rows[tid]                                                                   <L 65>
        var_1 = wp::address(var_kept_rows, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if attention_mask[row] == 0:                                                           <L 66>
        var_4 = wp::address(var_attention_mask, var_2);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // hidden_out[tid] = feat_vec()                                                       <L 68>
            var_8 = wp::vec_t<8, wp::float32>();
            // wp::array_store(var_hidden_out, var_0, var_8);
            // return                                                                             <L 69>
            goto label0;
        }
        // x = hidden[row]                                                                        <L 70>
        var_9 = wp::address(var_hidden, var_2);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                          <L 71>
        // if wp.static(norm == "layer"):                                                         <L 72>
        // mean = wp.dot(x, feat_vec(1.0)) * inv_dim                                              <L 73>
        var_15 = wp::vec_t<8, wp::float32>(var_14);
        var_16 = wp::dot(var_10, var_15);
        var_17 = wp::mul(var_16, var_12);
        // xc = x - feat_vec(mean)                                                                <L 74>
        var_18 = wp::vec_t<8, wp::float32>(var_17);
        var_19 = wp::sub(var_10, var_18);
        // r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)                                      <L 78>
        var_21 = wp::dot(var_19, var_19);
        var_22 = wp::mul(var_21, var_12);
        var_24 = wp::add(var_22, var_23);
        var_25 = wp::sqrt(var_24);
        var_26 = wp::div(var_20, var_25);
        // y = wp.cw_mul(xc * r, gain) + bias                                                     <L 79>
        var_27 = wp::mul(var_19, var_26);
        var_28 = wp::cw_mul(var_27, var_gain);
        var_29 = wp::add(var_28, var_bias);
        // if wp.static(activation == "relu_squared"):                                            <L 80>
        // y_pos = wp.max(y, feat_vec())                                                          <L 82>
        var_31 = wp::vec_t<8, wp::float32>();
        var_32 = wp::max(var_29, var_31);
        // y = wp.cw_mul(y_pos, y_pos)                                                            <L 83>
        var_33 = wp::cw_mul(var_32, var_32);
        // hidden_out[tid] = y                                                                    <L 86>
        // wp::array_store(var_hidden_out, var_0, var_33);
        //---------
        // reverse
        wp::adj_array_store(var_hidden_out, var_0, var_33, adj_hidden_out, adj_0, adj_33);
        // adj: hidden_out[tid] = y                                                               <L 86>
        wp::adj_cw_mul(var_32, var_32, adj_32, adj_32, adj_33);
        // adj: y = wp.cw_mul(y_pos, y_pos)                                                       <L 83>
        wp::adj_max(var_29, var_31, adj_29, adj_31, adj_32);
        // adj: y_pos = wp.max(y, feat_vec())                                                     <L 82>
        // adj: if wp.static(activation == "relu_squared"):                                       <L 80>
        wp::adj_add(var_28, var_bias, adj_28, adj_bias, adj_29);
        wp::adj_cw_mul(var_27, var_gain, adj_27, adj_gain, adj_28);
        wp::adj_mul(var_19, var_26, adj_19, adj_26, adj_27);
        // adj: y = wp.cw_mul(xc * r, gain) + bias                                                <L 79>
        wp::adj_div(var_20, var_25, var_26, adj_20, adj_25, adj_26);
        wp::adj_sqrt(var_24, var_25, adj_24, adj_25);
        wp::adj_add(var_22, var_23, adj_22, adj_23, adj_24);
        wp::adj_mul(var_21, var_12, adj_21, adj_12, adj_22);
        wp::adj_dot(var_19, var_19, adj_19, adj_19, adj_21);
        // adj: r = 1.0 / wp.sqrt(wp.dot(xc, xc) * inv_dim + eps)                                 <L 78>
        wp::adj_sub(var_10, var_18, adj_10, adj_18, adj_19);
        wp::adj_vec_t(var_17, adj_17, adj_18);
        // adj: xc = x - feat_vec(mean)                                                           <L 74>
        wp::adj_mul(var_16, var_12, adj_16, adj_12, adj_17);
        wp::adj_dot(var_10, var_15, adj_10, adj_15, adj_16);
        wp::adj_vec_t(var_14, adj_14, adj_15);
        // adj: mean = wp.dot(x, feat_vec(1.0)) * inv_dim                                         <L 73>
        // adj: if wp.static(norm == "layer"):                                                    <L 72>
        // adj: inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                     <L 71>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_hidden, var_2, adj_hidden, adj_2, adj_9);
        // adj: x = hidden[row]                                                                   <L 70>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 69>
            wp::adj_array_store(var_hidden_out, var_0, var_8, adj_hidden_out, adj_0, adj_8);
            // adj: hidden_out[tid] = feat_vec()                                                  <L 68>
        }
        wp::adj_address(var_attention_mask, var_2, adj_attention_mask, adj_2, adj_4);
        // adj: if attention_mask[row] == 0:                                                      <L 66>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_kept_rows, var_0, adj_kept_rows, adj_0, adj_1);
        // adj: row = kept_rows[tid]                                                              <L 65>
        // adj: tid = wp.tid()                                                                    <L 64>
        // adj: def normalize_hidden(                                                             <L 56>
        continue;
    }
}



extern "C" __global__ void select_ucb_actions_286cfcbf_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::int32> var_action_mask,
    wp::array_t<wp::int32> var_action_counts,
    wp::array_t<wp::int32> var_total_visits,
    wp::array_t<wp::int32> var_running,
    wp::array_t<wp::int32> var_best_key,
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
        wp::int32* var_19;
        wp::float32 var_20;
        wp::int32 var_21;
        const wp::float32 var_22 = 1.0;
        wp::float32 var_23;
        wp::int32* var_24;
        wp::float32 var_25;
        wp::int32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        const wp::float32 var_29 = 1.41421;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        const wp::float32 var_37 = -16.0;
        const wp::float32 var_38 = 16.0;
        wp::int32 var_39;
        wp::int32 var_40;
        //---------
        // forward
        // def select_ucb_actions(                                                                <L 23>
        // b, k = wp.tid()                                                                        <L 32>
        builtin_tid2d(var_0, var_1);
        // if k >= logits.shape[1] or running[b] == 0:                                            <L 33>
        var_3 = &(var_logits.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = (var_1 >= var_5);
        var_2 = var_7;
        if (!var_2) {
            var_8 = wp::address(var_running, var_0);
            var_11 = wp::load(var_8);
            var_10 = (var_11 == var_9);
            var_2 = var_2 || var_10;
        }
        if (var_2) {
            // return                                                                             <L 34>
            continue;
        }
        // if action_mask[b, k] == 0:                                                             <L 36>
        var_12 = wp::address(var_action_mask, var_0, var_1);
        var_15 = wp::load(var_12);
        var_14 = (var_15 == var_13);
        if (var_14) {
            // return                                                                             <L 37>
            continue;
        }
        // score = logits[b, k]                                                                   <L 38>
        var_16 = wp::address(var_logits, var_0, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // n_row = float(total_visits[b]) + 1.0                                                   <L 40>
        var_19 = wp::address(var_total_visits, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::float(var_21);
        var_23 = wp::add(var_20, var_22);
        // n_action = float(action_counts[b, k]) + 1.0                                            <L 41>
        var_24 = wp::address(var_action_counts, var_0, var_1);
        var_26 = wp::load(var_24);
        var_25 = wp::float(var_26);
        var_28 = wp::add(var_25, var_27);
        // score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)                                     <L 42>
        var_30 = wp::log(var_23);
        var_31 = wp::div(var_30, var_28);
        var_32 = wp::sqrt(var_31);
        var_33 = wp::mul(var_29, var_32);
        var_34 = wp::add(var_17, var_33);
        // wp.atomic_add(num_valid, b, 1)                                                         <L 43>
        var_36 = wp::atomic_add(var_num_valid, var_0, var_35);
        // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 44>
        var_39 = pack_score_key_0(var_34, var_1, var_37, var_38);
        // wp.atomic_max(best_key, b, key)                                                        <L 45>
        var_40 = wp::atomic_max(var_best_key, var_0, var_39);
    }
}



extern "C" __global__ void step_params_52d9459a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_learning_rate,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::float32> var_grads)
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
        wp::float32* var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def step_params(learning_rate: float, theta: wp.array[float], grads: wp.array[float]):       <L 49>
        // tid = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // theta[tid] = theta[tid] - learning_rate * grads[tid]                                   <L 51>
        var_1 = wp::address(var_theta, var_0);
        var_2 = wp::address(var_grads, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_learning_rate, var_4);
        var_6 = wp::load(var_1);
        var_5 = wp::sub(var_6, var_3);
        wp::array_store(var_theta, var_0, var_5);
    }
}



extern "C" __global__ void step_params_52d9459a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::float32 var_learning_rate,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::float32> var_grads,
    wp::float32 adj_learning_rate,
    wp::array_t<wp::float32> adj_theta,
    wp::array_t<wp::float32> adj_grads)
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
        wp::float32* var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def step_params(learning_rate: float, theta: wp.array[float], grads: wp.array[float]):       <L 49>
        // tid = wp.tid()                                                                         <L 50>
        var_0 = builtin_tid1d();
        // theta[tid] = theta[tid] - learning_rate * grads[tid]                                   <L 51>
        var_1 = wp::address(var_theta, var_0);
        var_2 = wp::address(var_grads, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_learning_rate, var_4);
        var_6 = wp::load(var_1);
        var_5 = wp::sub(var_6, var_3);
        // wp::array_store(var_theta, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_theta, var_0, var_5, adj_theta, adj_0, adj_5);
        wp::adj_sub(var_6, var_3, adj_1, adj_3, adj_5);
        wp::adj_mul(var_learning_rate, var_4, adj_learning_rate, adj_2, adj_3);
        wp::adj_address(var_grads, var_0, adj_grads, adj_0, adj_2);
        wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_1);
        // adj: theta[tid] = theta[tid] - learning_rate * grads[tid]                              <L 51>
        // adj: tid = wp.tid()                                                                    <L 50>
        // adj: def step_params(learning_rate: float, theta: wp.array[float], grads: wp.array[float]):  <L 49>
        continue;
    }
}



extern "C" __global__ void fit_error_5a0791d1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_displacements,
    wp::array_t<wp::float32> var_accum)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        //---------
        // forward
        // def fit_error(displacements: wp.array[wp.vec2], accum: wp.array[float]):               <L 113>
        // tid = wp.tid()                                                                         <L 114>
        var_0 = builtin_tid1d();
        // residual = displacements[tid]                                                          <L 115>
        var_1 = wp::address(var_displacements, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // loss = wp.norm_l1(residual)                                                            <L 116>
        var_4 = norm_l1_0(var_2);
        // wp.atomic_add(accum, 0, loss)                                                          <L 117>
        var_6 = wp::atomic_add(var_accum, var_5, var_4);
    }
}



extern "C" __global__ void fit_error_5a0791d1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_displacements,
    wp::array_t<wp::float32> var_accum,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_displacements,
    wp::array_t<wp::float32> adj_accum)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def fit_error(displacements: wp.array[wp.vec2], accum: wp.array[float]):               <L 113>
        // tid = wp.tid()                                                                         <L 114>
        var_0 = builtin_tid1d();
        // residual = displacements[tid]                                                          <L 115>
        var_1 = wp::address(var_displacements, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // loss = wp.norm_l1(residual)                                                            <L 116>
        var_4 = norm_l1_0(var_2);
        // wp.atomic_add(accum, 0, loss)                                                          <L 117>
        // var_6 = wp::atomic_add(var_accum, var_5, var_4);
        //---------
        // reverse
        wp::adj_atomic_add(var_accum, var_5, var_4, adj_accum, adj_5, adj_4, adj_6);
        // adj: wp.atomic_add(accum, 0, loss)                                                     <L 117>
        adj_norm_l1_0(var_2, adj_2, adj_4);
        // adj: loss = wp.norm_l1(residual)                                                       <L 116>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_displacements, var_0, adj_displacements, adj_0, adj_1);
        // adj: residual = displacements[tid]                                                     <L 115>
        // adj: tid = wp.tid()                                                                    <L 114>
        // adj: def fit_error(displacements: wp.array[wp.vec2], accum: wp.array[float]):          <L 113>
        continue;
    }
}



extern "C" __global__ void affine_tensor_dbe355b8_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_features,
    wp::array_t<wp::float32> var_scales,
    wp::float32 var_offset,
    wp::array_t<wp::float32> var_features_out)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // forward
        // def affine_tensor(                                                                     <L 100>
        // n, c, y, x = wp.tid()                                                                  <L 106>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = features[n, c, y, x]                                                               <L 107>
        var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gain = scales[n, c, y, x]                                                              <L 108>
        var_7 = wp::address(var_scales, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // features_out[n, c, y, x] = (a - offset) * gain                                         <L 109>
        var_10 = wp::sub(var_5, var_offset);
        var_11 = wp::mul(var_10, var_8);
        wp::array_store(var_features_out, var_0, var_1, var_2, var_3, var_11);
    }
}



extern "C" __global__ void affine_tensor_dbe355b8_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_features,
    wp::array_t<wp::float32> var_scales,
    wp::float32 var_offset,
    wp::array_t<wp::float32> var_features_out,
    wp::array_t<wp::float32> adj_features,
    wp::array_t<wp::float32> adj_scales,
    wp::float32 adj_offset,
    wp::array_t<wp::float32> adj_features_out)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def affine_tensor(                                                                     <L 100>
        // n, c, y, x = wp.tid()                                                                  <L 106>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // a = features[n, c, y, x]                                                               <L 107>
        var_4 = wp::address(var_features, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // gain = scales[n, c, y, x]                                                              <L 108>
        var_7 = wp::address(var_scales, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // features_out[n, c, y, x] = (a - offset) * gain                                         <L 109>
        var_10 = wp::sub(var_5, var_offset);
        var_11 = wp::mul(var_10, var_8);
        // wp::array_store(var_features_out, var_0, var_1, var_2, var_3, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_features_out, var_0, var_1, var_2, var_3, var_11, adj_features_out, adj_0, adj_1, adj_2, adj_3, adj_11);
        wp::adj_mul(var_10, var_8, adj_10, adj_8, adj_11);
        wp::adj_sub(var_5, var_offset, adj_5, adj_offset, adj_10);
        // adj: features_out[n, c, y, x] = (a - offset) * gain                                    <L 109>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_scales, var_0, var_1, var_2, var_3, adj_scales, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: gain = scales[n, c, y, x]                                                         <L 108>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_features, var_0, var_1, var_2, var_3, adj_features, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: a = features[n, c, y, x]                                                          <L 107>
        // adj: n, c, y, x = wp.tid()                                                             <L 106>
        // adj: def affine_tensor(                                                                <L 100>
        continue;
    }
}



extern "C" __global__ void nonlinearity_e90e94c8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_hidden)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = 3.141592653589793;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def nonlinearity(inputs: wp.array[float], hidden: wp.array[float]):                    <L 94>
        // tid = wp.tid()                                                                         <L 95>
        var_0 = builtin_tid1d();
        // hidden[tid] = wp.atan(inputs[tid]) * (2.0 / wp.pi)                                     <L 96>
        var_1 = wp::address(var_inputs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::atan(var_3);
        var_6 = wp::div(var_4, var_5);
        var_7 = wp::mul(var_2, var_6);
        wp::array_store(var_hidden, var_0, var_7);
    }
}



extern "C" __global__ void nonlinearity_e90e94c8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> var_hidden,
    wp::array_t<wp::float32> adj_inputs,
    wp::array_t<wp::float32> adj_hidden)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 2.0;
        const wp::float32 var_5 = 3.141592653589793;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        //---------
        // forward
        // def nonlinearity(inputs: wp.array[float], hidden: wp.array[float]):                    <L 94>
        // tid = wp.tid()                                                                         <L 95>
        var_0 = builtin_tid1d();
        // hidden[tid] = wp.atan(inputs[tid]) * (2.0 / wp.pi)                                     <L 96>
        var_1 = wp::address(var_inputs, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::atan(var_3);
        var_6 = wp::div(var_4, var_5);
        var_7 = wp::mul(var_2, var_6);
        // wp::array_store(var_hidden, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_hidden, var_0, var_7, adj_hidden, adj_0, adj_7);
        wp::adj_mul(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_div(var_4, var_5, var_6, adj_4, adj_5, adj_6);
        wp::adj_atan(var_3, adj_1, adj_2);
        wp::adj_address(var_inputs, var_0, adj_inputs, adj_0, adj_1);
        // adj: hidden[tid] = wp.atan(inputs[tid]) * (2.0 / wp.pi)                                <L 96>
        // adj: tid = wp.tid()                                                                    <L 95>
        // adj: def nonlinearity(inputs: wp.array[float], hidden: wp.array[float]):               <L 94>
        continue;
    }
}

