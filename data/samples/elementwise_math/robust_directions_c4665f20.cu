// Warp 1.19.0 cuda code for robust_directions_c4665f20.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:0
static CUDA_CALLABLE wp::float32 norm_pseudo_huber_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def norm_pseudo_huber(v: Any, delta: float = 1.0) -> float:                            <L 1>
    // a = wp.dot(v, v)                                                                       <L 17>
    var_0 = wp::dot(var_v, var_v);
    // return delta * wp.sqrt(1.0 + a / (delta * delta))                                      <L 18>
    var_2 = wp::mul(var_delta, var_delta);
    var_3 = wp::div(var_0, var_2);
    var_4 = wp::add(var_1, var_3);
    var_5 = wp::sqrt(var_4);
    var_6 = wp::mul(var_delta, var_5);
    return var_6;
}


// warp/_src/math.py:0
static CUDA_CALLABLE wp::vec_t<3, wp::float32> smooth_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def smooth_normalize(v: Any, delta: float = 1.0) -> Any:                               <L 1>
    // return v / norm_pseudo_huber(v, delta)                                                 <L 16>
    var_0 = norm_pseudo_huber_0(var_v, var_delta);
    var_1 = wp::div(var_v, var_0);
    return var_1;
}


// warp/_src/math.py:0
static CUDA_CALLABLE void adj_norm_pseudo_huber_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_delta,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def norm_pseudo_huber(v: Any, delta: float = 1.0) -> float:                            <L 1>
    // a = wp.dot(v, v)                                                                       <L 17>
    var_0 = wp::dot(var_v, var_v);
    // return delta * wp.sqrt(1.0 + a / (delta * delta))                                      <L 18>
    var_2 = wp::mul(var_delta, var_delta);
    var_3 = wp::div(var_0, var_2);
    var_4 = wp::add(var_1, var_3);
    var_5 = wp::sqrt(var_4);
    var_6 = wp::mul(var_delta, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_delta, var_5, adj_delta, adj_5, adj_6);
    wp::adj_sqrt(var_4, var_5, adj_4, adj_5);
    wp::adj_add(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_div(var_0, var_2, var_3, adj_0, adj_2, adj_3);
    wp::adj_mul(var_delta, var_delta, adj_delta, adj_delta, adj_2);
    // adj: return delta * wp.sqrt(1.0 + a / (delta * delta))                                 <L 18>
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_0);
    // adj: a = wp.dot(v, v)                                                                  <L 17>
    // adj: def norm_pseudo_huber(v: Any, delta: float = 1.0) -> float:                       <L 1>
    return;
}


// warp/_src/math.py:0
static CUDA_CALLABLE void adj_smooth_normalize_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_delta,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def smooth_normalize(v: Any, delta: float = 1.0) -> Any:                               <L 1>
    // return v / norm_pseudo_huber(v, delta)                                                 <L 16>
    var_0 = norm_pseudo_huber_0(var_v, var_delta);
    var_1 = wp::div(var_v, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_div(var_v, var_0, adj_v, adj_0, adj_1);
    adj_norm_pseudo_huber_0(var_v, var_delta, adj_v, adj_delta, adj_0);
    // adj: return v / norm_pseudo_huber(v, delta)                                            <L 16>
    // adj: def smooth_normalize(v: Any, delta: float = 1.0) -> Any:                          <L 1>
    return;
}



extern "C" __global__ void create_layer_norm_rows_kernel__locals__layer_norm_rows_42cb193b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<16, wp::float32>> var_hidden,
    wp::vec_t<16, wp::float32> var_gain,
    wp::array_t<wp::vec_t<16, wp::float32>> var_hidden_out,
    wp::array_t<wp::int32> var_row_ids,
    wp::array_t<wp::int32> var_token_mask,
    wp::array_t<wp::float32> var_router_prob,
    wp::array_t<wp::vec_t<16, wp::float32>> var_residual,
    wp::vec_t<16, wp::float32> var_bias)
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
        wp::vec_t<16, wp::float32> var_8;
        wp::vec_t<16, wp::float32>* var_9;
        wp::vec_t<16, wp::float32>* var_10;
        wp::vec_t<16, wp::float32> var_11;
        wp::vec_t<16, wp::float32> var_12;
        wp::vec_t<16, wp::float32> var_13;
        const wp::float32 var_14 = 0.0625;
        const bool var_15 = true;
        const wp::float32 var_16 = 1.0;
        wp::vec_t<16, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<16, wp::float32> var_20;
        wp::vec_t<16, wp::float32> var_21;
        const wp::float32 var_22 = 1.0;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 1e-06;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<16, wp::float32> var_29;
        wp::vec_t<16, wp::float32> var_30;
        wp::vec_t<16, wp::float32> var_31;
        const bool var_32 = false;
        const bool var_33 = false;
        wp::float32* var_34;
        wp::vec_t<16, wp::float32> var_35;
        wp::float32 var_36;
        //---------
        // forward
        // def layer_norm_rows(                                                                   <L 36>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // row = row_ids[tid]                                                                     <L 48>
        var_1 = wp::address(var_row_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if token_mask[row] == 0:                                                               <L 49>
        var_4 = wp::address(var_token_mask, var_2);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // hidden_out[tid] = feat_vec()                                                       <L 50>
            var_8 = wp::vec_t<16, wp::float32>();
            wp::array_store(var_hidden_out, var_0, var_8);
            // return                                                                             <L 51>
            continue;
        }
        // h = hidden[row] + residual[row]                                                        <L 52>
        var_9 = wp::address(var_hidden, var_2);
        var_10 = wp::address(var_residual, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::add(var_12, var_13);
        // inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                          <L 53>
        // if wp.static(norm == "layer"):                                                         <L 54>
        // mean = wp.dot(h, feat_vec(1.0)) * inv_dim                                              <L 55>
        var_17 = wp::vec_t<16, wp::float32>(var_16);
        var_18 = wp::dot(var_11, var_17);
        var_19 = wp::mul(var_18, var_14);
        // centered = h - feat_vec(mean)                                                          <L 56>
        var_20 = wp::vec_t<16, wp::float32>(var_19);
        var_21 = wp::sub(var_11, var_20);
        // inv_rms = 1.0 / wp.sqrt(wp.dot(centered, centered) * inv_dim + eps)                    <L 59>
        var_23 = wp::dot(var_21, var_21);
        var_24 = wp::mul(var_23, var_14);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::sqrt(var_26);
        var_28 = wp::div(var_22, var_27);
        // y = wp.cw_mul(centered * inv_rms, gain) + bias                                         <L 60>
        var_29 = wp::mul(var_21, var_28);
        var_30 = wp::cw_mul(var_29, var_gain);
        var_31 = wp::add(var_30, var_bias);
        // if wp.static(activation == "relu_squared"):                                            <L 61>
        // elif wp.static(activation == "softsign"):                                              <L 64>
        // hidden_out[tid] = y * router_prob[tid]                                                 <L 66>
        var_34 = wp::address(var_router_prob, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_31, var_36);
        wp::array_store(var_hidden_out, var_0, var_35);
    }
}



extern "C" __global__ void create_layer_norm_rows_kernel__locals__layer_norm_rows_42cb193b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<16, wp::float32>> var_hidden,
    wp::vec_t<16, wp::float32> var_gain,
    wp::array_t<wp::vec_t<16, wp::float32>> var_hidden_out,
    wp::array_t<wp::int32> var_row_ids,
    wp::array_t<wp::int32> var_token_mask,
    wp::array_t<wp::float32> var_router_prob,
    wp::array_t<wp::vec_t<16, wp::float32>> var_residual,
    wp::vec_t<16, wp::float32> var_bias,
    wp::array_t<wp::vec_t<16, wp::float32>> adj_hidden,
    wp::vec_t<16, wp::float32> adj_gain,
    wp::array_t<wp::vec_t<16, wp::float32>> adj_hidden_out,
    wp::array_t<wp::int32> adj_row_ids,
    wp::array_t<wp::int32> adj_token_mask,
    wp::array_t<wp::float32> adj_router_prob,
    wp::array_t<wp::vec_t<16, wp::float32>> adj_residual,
    wp::vec_t<16, wp::float32> adj_bias)
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
        wp::vec_t<16, wp::float32> var_8;
        wp::vec_t<16, wp::float32>* var_9;
        wp::vec_t<16, wp::float32>* var_10;
        wp::vec_t<16, wp::float32> var_11;
        wp::vec_t<16, wp::float32> var_12;
        wp::vec_t<16, wp::float32> var_13;
        const wp::float32 var_14 = 0.0625;
        const bool var_15 = true;
        const wp::float32 var_16 = 1.0;
        wp::vec_t<16, wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<16, wp::float32> var_20;
        wp::vec_t<16, wp::float32> var_21;
        const wp::float32 var_22 = 1.0;
        wp::float32 var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 1e-06;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::vec_t<16, wp::float32> var_29;
        wp::vec_t<16, wp::float32> var_30;
        wp::vec_t<16, wp::float32> var_31;
        const bool var_32 = false;
        const bool var_33 = false;
        wp::float32* var_34;
        wp::vec_t<16, wp::float32> var_35;
        wp::float32 var_36;
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
        wp::vec_t<16, wp::float32> adj_8 = {};
        wp::vec_t<16, wp::float32> adj_9 = {};
        wp::vec_t<16, wp::float32> adj_10 = {};
        wp::vec_t<16, wp::float32> adj_11 = {};
        wp::vec_t<16, wp::float32> adj_12 = {};
        wp::vec_t<16, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<16, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<16, wp::float32> adj_20 = {};
        wp::vec_t<16, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::vec_t<16, wp::float32> adj_29 = {};
        wp::vec_t<16, wp::float32> adj_30 = {};
        wp::vec_t<16, wp::float32> adj_31 = {};
        bool adj_32 = {};
        bool adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<16, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        //---------
        // forward
        // def layer_norm_rows(                                                                   <L 36>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // row = row_ids[tid]                                                                     <L 48>
        var_1 = wp::address(var_row_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if token_mask[row] == 0:                                                               <L 49>
        var_4 = wp::address(var_token_mask, var_2);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        if (var_6) {
            // hidden_out[tid] = feat_vec()                                                       <L 50>
            var_8 = wp::vec_t<16, wp::float32>();
            // wp::array_store(var_hidden_out, var_0, var_8);
            // return                                                                             <L 51>
            goto label0;
        }
        // h = hidden[row] + residual[row]                                                        <L 52>
        var_9 = wp::address(var_hidden, var_2);
        var_10 = wp::address(var_residual, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::add(var_12, var_13);
        // inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                          <L 53>
        // if wp.static(norm == "layer"):                                                         <L 54>
        // mean = wp.dot(h, feat_vec(1.0)) * inv_dim                                              <L 55>
        var_17 = wp::vec_t<16, wp::float32>(var_16);
        var_18 = wp::dot(var_11, var_17);
        var_19 = wp::mul(var_18, var_14);
        // centered = h - feat_vec(mean)                                                          <L 56>
        var_20 = wp::vec_t<16, wp::float32>(var_19);
        var_21 = wp::sub(var_11, var_20);
        // inv_rms = 1.0 / wp.sqrt(wp.dot(centered, centered) * inv_dim + eps)                    <L 59>
        var_23 = wp::dot(var_21, var_21);
        var_24 = wp::mul(var_23, var_14);
        var_26 = wp::add(var_24, var_25);
        var_27 = wp::sqrt(var_26);
        var_28 = wp::div(var_22, var_27);
        // y = wp.cw_mul(centered * inv_rms, gain) + bias                                         <L 60>
        var_29 = wp::mul(var_21, var_28);
        var_30 = wp::cw_mul(var_29, var_gain);
        var_31 = wp::add(var_30, var_bias);
        // if wp.static(activation == "relu_squared"):                                            <L 61>
        // elif wp.static(activation == "softsign"):                                              <L 64>
        // hidden_out[tid] = y * router_prob[tid]                                                 <L 66>
        var_34 = wp::address(var_router_prob, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::mul(var_31, var_36);
        // wp::array_store(var_hidden_out, var_0, var_35);
        //---------
        // reverse
        wp::adj_array_store(var_hidden_out, var_0, var_35, adj_hidden_out, adj_0, adj_35);
        wp::adj_mul(var_31, var_36, adj_31, adj_34, adj_35);
        wp::adj_address(var_router_prob, var_0, adj_router_prob, adj_0, adj_34);
        // adj: hidden_out[tid] = y * router_prob[tid]                                            <L 66>
        // adj: elif wp.static(activation == "softsign"):                                         <L 64>
        // adj: if wp.static(activation == "relu_squared"):                                       <L 61>
        wp::adj_add(var_30, var_bias, adj_30, adj_bias, adj_31);
        wp::adj_cw_mul(var_29, var_gain, adj_29, adj_gain, adj_30);
        wp::adj_mul(var_21, var_28, adj_21, adj_28, adj_29);
        // adj: y = wp.cw_mul(centered * inv_rms, gain) + bias                                    <L 60>
        wp::adj_div(var_22, var_27, var_28, adj_22, adj_27, adj_28);
        wp::adj_sqrt(var_26, var_27, adj_26, adj_27);
        wp::adj_add(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_mul(var_23, var_14, adj_23, adj_14, adj_24);
        wp::adj_dot(var_21, var_21, adj_21, adj_21, adj_23);
        // adj: inv_rms = 1.0 / wp.sqrt(wp.dot(centered, centered) * inv_dim + eps)               <L 59>
        wp::adj_sub(var_11, var_20, adj_11, adj_20, adj_21);
        wp::adj_vec_t(var_19, adj_19, adj_20);
        // adj: centered = h - feat_vec(mean)                                                     <L 56>
        wp::adj_mul(var_18, var_14, adj_18, adj_14, adj_19);
        wp::adj_dot(var_11, var_17, adj_11, adj_17, adj_18);
        wp::adj_vec_t(var_16, adj_16, adj_17);
        // adj: mean = wp.dot(h, feat_vec(1.0)) * inv_dim                                         <L 55>
        // adj: if wp.static(norm == "layer"):                                                    <L 54>
        // adj: inv_dim = wp.static(1.0 / float(FEATURE_DIM))                                     <L 53>
        wp::adj_add(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_residual, var_2, adj_residual, adj_2, adj_10);
        wp::adj_address(var_hidden, var_2, adj_hidden, adj_2, adj_9);
        // adj: h = hidden[row] + residual[row]                                                   <L 52>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 51>
            wp::adj_array_store(var_hidden_out, var_0, var_8, adj_hidden_out, adj_0, adj_8);
            // adj: hidden_out[tid] = feat_vec()                                                  <L 50>
        }
        wp::adj_address(var_token_mask, var_2, adj_token_mask, adj_2, adj_4);
        // adj: if token_mask[row] == 0:                                                          <L 49>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_row_ids, var_0, adj_row_ids, adj_0, adj_1);
        // adj: row = row_ids[tid]                                                                <L 48>
        // adj: tid = wp.tid()                                                                    <L 47>
        // adj: def layer_norm_rows(                                                              <L 36>
        continue;
    }
}



extern "C" __global__ void rotate_phases_51cb450f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_time_step,
    wp::array_t<wp::float32> var_phase_new)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        //---------
        // forward
        // def rotate_phases(                                                                     <L 22>
        // tid = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // phi = theta[tid]                                                                       <L 29>
        var_1 = wp::address(var_theta, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = phi + natural_freq[tid] * time_step                                                <L 30>
        var_4 = wp::address(var_natural_freq, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_time_step);
        var_7 = wp::add(var_2, var_5);
        // phase_new[tid] = p                                                                     <L 31>
        wp::array_store(var_phase_new, var_0, var_7);
    }
}



extern "C" __global__ void rotate_phases_51cb450f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_time_step,
    wp::array_t<wp::float32> var_phase_new,
    wp::array_t<wp::float32> adj_theta,
    wp::array_t<wp::float32> adj_natural_freq,
    wp::float32 adj_time_step,
    wp::array_t<wp::float32> adj_phase_new)
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
        wp::float32* var_4;
        wp::float32 var_5;
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
        // def rotate_phases(                                                                     <L 22>
        // tid = wp.tid()                                                                         <L 28>
        var_0 = builtin_tid1d();
        // phi = theta[tid]                                                                       <L 29>
        var_1 = wp::address(var_theta, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = phi + natural_freq[tid] * time_step                                                <L 30>
        var_4 = wp::address(var_natural_freq, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_time_step);
        var_7 = wp::add(var_2, var_5);
        // phase_new[tid] = p                                                                     <L 31>
        // wp::array_store(var_phase_new, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_phase_new, var_0, var_7, adj_phase_new, adj_0, adj_7);
        // adj: phase_new[tid] = p                                                                <L 31>
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        wp::adj_mul(var_6, var_time_step, adj_4, adj_time_step, adj_5);
        wp::adj_address(var_natural_freq, var_0, adj_natural_freq, adj_0, adj_4);
        // adj: p = phi + natural_freq[tid] * time_step                                           <L 30>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_1);
        // adj: phi = theta[tid]                                                                  <L 29>
        // adj: tid = wp.tid()                                                                    <L 28>
        // adj: def rotate_phases(                                                                <L 22>
        continue;
    }
}



extern "C" __global__ void robust_directions_c3de4952_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors_out)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::float32 var_6 = 0.1;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // forward
        // def robust_directions(                                                                 <L 9>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 16>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 17>
            continue;
        }
        // vectors_out[tid] = wp.smooth_normalize(vectors[tid], 0.1)                              <L 18>
        var_5 = wp::address(var_vectors, var_0);
        var_8 = wp::load(var_5);
        var_7 = smooth_normalize_0(var_8, var_6);
        wp::array_store(var_vectors_out, var_0, var_7);
    }
}



extern "C" __global__ void robust_directions_c3de4952_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors_out,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vectors,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vectors_out)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        const wp::float32 var_6 = 0.1;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def robust_directions(                                                                 <L 9>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 16>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 17>
            goto label0;
        }
        // vectors_out[tid] = wp.smooth_normalize(vectors[tid], 0.1)                              <L 18>
        var_5 = wp::address(var_vectors, var_0);
        var_8 = wp::load(var_5);
        var_7 = smooth_normalize_0(var_8, var_6);
        // wp::array_store(var_vectors_out, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_vectors_out, var_0, var_7, adj_vectors_out, adj_0, adj_7);
        adj_smooth_normalize_0(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_5);
        // adj: vectors_out[tid] = wp.smooth_normalize(vectors[tid], 0.1)                         <L 18>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
        // adj: if tid >= item_count[0]:                                                          <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def robust_directions(                                                            <L 9>
        continue;
    }
}

