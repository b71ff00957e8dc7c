// Warp 1.19.0 cuda code for robust_loss_0a40c9d7.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:0
static CUDA_CALLABLE wp::float32 norm_pseudo_huber_0(
    wp::vec_t<2, wp::float32> var_v,
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
static CUDA_CALLABLE void adj_norm_pseudo_huber_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::float32 var_delta,
    wp::vec_t<2, wp::float32> & adj_v,
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



extern "C" __global__ void create_segment_pool_features_kernel__locals__segment_pool_features_7cd2e321_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<8, wp::float32>> var_node_feat,
    wp::array_t<wp::vec_t<8, wp::float32>> var_graph_feat,
    wp::array_t<wp::int32> var_graph_node_start,
    wp::array_t<wp::int32> var_graph_node_count,
    wp::array_t<wp::float32> var_node_weight,
    wp::int32 var_num_graphs)
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
        bool var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<8, wp::float32> var_9;
        const bool var_10 = false;
        wp::vec_t<8, wp::float32> var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::vec_t<8, wp::float32>* var_14;
        wp::float32* var_15;
        wp::vec_t<8, wp::float32> var_16;
        wp::vec_t<8, wp::float32> var_17;
        wp::float32 var_18;
        const bool var_19 = false;
        wp::vec_t<8, wp::float32> var_20;
        const bool var_21 = true;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::vec_t<8, wp::float32> var_24;
        //---------
        // forward
        // def segment_pool_features(                                                             <L 36>
        // g = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // if g >= num_graphs:                                                                    <L 45>
        var_1 = (var_0 >= var_num_graphs);
        if (var_1) {
            // return                                                                             <L 46>
            continue;
        }
        // start = graph_node_start[g]                                                            <L 47>
        var_2 = wp::address(var_graph_node_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // end = start + graph_node_count[g]                                                      <L 48>
        var_5 = wp::address(var_graph_node_count, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_3, var_7);
        // if end <= start:                                                                       <L 49>
        var_8 = (var_6 <= var_3);
        if (var_8) {
            // graph_feat[g] = graph_vec()                                                        <L 50>
            var_9 = wp::vec_t<8, wp::float32>();
            wp::array_store(var_graph_feat, var_0, var_9);
            // return                                                                             <L 51>
            continue;
        }
        // if wp.static(op == "max"):                                                             <L 52>
        // pooled = node_vec()                                                                    <L 55>
        var_11 = wp::vec_t<8, wp::float32>();
        // for k in range(start, end):                                                            <L 56>
        var_12 = wp::range(var_3, var_6);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
            // x_v = node_feat[k] * node_weight[k]                                                <L 57>
            var_14 = wp::address(var_node_feat, var_13);
            var_15 = wp::address(var_node_weight, var_13);
            var_17 = wp::load(var_14);
            var_18 = wp::load(var_15);
            var_16 = wp::mul(var_17, var_18);
            // if wp.static(op == "max"):                                                         <L 58>
            // pooled += x_v                                                                      <L 61>
            var_20 = wp::add(var_11, var_16);
            wp::assign(var_11, var_20);
            goto start_for_2;
        end_for_2:;
        // if wp.static(op == "mean"):                                                            <L 62>
        // pooled = pooled / float(end - start)                                                   <L 63>
        var_22 = wp::sub(var_6, var_3);
        var_23 = wp::float(var_22);
        var_24 = wp::div(var_11, var_23);
        // graph_feat[g] = pooled                                                                 <L 64>
        wp::array_store(var_graph_feat, var_0, var_24);
    }
}



extern "C" __global__ void create_segment_pool_features_kernel__locals__segment_pool_features_7cd2e321_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<8, wp::float32>> var_node_feat,
    wp::array_t<wp::vec_t<8, wp::float32>> var_graph_feat,
    wp::array_t<wp::int32> var_graph_node_start,
    wp::array_t<wp::int32> var_graph_node_count,
    wp::array_t<wp::float32> var_node_weight,
    wp::int32 var_num_graphs,
    wp::array_t<wp::vec_t<8, wp::float32>> adj_node_feat,
    wp::array_t<wp::vec_t<8, wp::float32>> adj_graph_feat,
    wp::array_t<wp::int32> adj_graph_node_start,
    wp::array_t<wp::int32> adj_graph_node_count,
    wp::array_t<wp::float32> adj_node_weight,
    wp::int32 adj_num_graphs)
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
        bool var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        bool var_8;
        wp::vec_t<8, wp::float32> var_9;
        const bool var_10 = false;
        wp::vec_t<8, wp::float32> var_11;
        wp::range_t var_12;
        wp::int32 var_13;
        wp::vec_t<8, wp::float32>* var_14;
        wp::float32* var_15;
        wp::vec_t<8, wp::float32> var_16;
        wp::vec_t<8, wp::float32> var_17;
        wp::float32 var_18;
        const bool var_19 = false;
        wp::vec_t<8, wp::float32> var_20;
        const bool var_21 = true;
        wp::int32 var_22;
        wp::float32 var_23;
        wp::vec_t<8, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::vec_t<8, wp::float32> adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<8, wp::float32> adj_11 = {};
        wp::range_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<8, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<8, wp::float32> adj_16 = {};
        wp::vec_t<8, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        bool adj_19 = {};
        wp::vec_t<8, wp::float32> adj_20 = {};
        bool adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<8, wp::float32> adj_24 = {};
        //---------
        // forward
        // def segment_pool_features(                                                             <L 36>
        // g = wp.tid()                                                                           <L 44>
        var_0 = builtin_tid1d();
        // if g >= num_graphs:                                                                    <L 45>
        var_1 = (var_0 >= var_num_graphs);
        if (var_1) {
            // return                                                                             <L 46>
            goto label0;
        }
        // start = graph_node_start[g]                                                            <L 47>
        var_2 = wp::address(var_graph_node_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // end = start + graph_node_count[g]                                                      <L 48>
        var_5 = wp::address(var_graph_node_count, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::add(var_3, var_7);
        // if end <= start:                                                                       <L 49>
        var_8 = (var_6 <= var_3);
        if (var_8) {
            // graph_feat[g] = graph_vec()                                                        <L 50>
            var_9 = wp::vec_t<8, wp::float32>();
            // wp::array_store(var_graph_feat, var_0, var_9);
            // return                                                                             <L 51>
            goto label1;
        }
        // if wp.static(op == "max"):                                                             <L 52>
        // pooled = node_vec()                                                                    <L 55>
        var_11 = wp::vec_t<8, wp::float32>();
        // for k in range(start, end):                                                            <L 56>
        var_12 = wp::range(var_3, var_6);
        // if wp.static(op == "mean"):                                                            <L 62>
        // pooled = pooled / float(end - start)                                                   <L 63>
        var_22 = wp::sub(var_6, var_3);
        var_23 = wp::float(var_22);
        var_24 = wp::div(var_11, var_23);
        // graph_feat[g] = pooled                                                                 <L 64>
        // wp::array_store(var_graph_feat, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_graph_feat, var_0, var_24, adj_graph_feat, adj_0, adj_24);
        // adj: graph_feat[g] = pooled                                                            <L 64>
        wp::adj_div(var_11, var_23, adj_11, adj_23, adj_24);
        wp::adj_float(var_22, adj_22, adj_23);
        wp::adj_sub(var_6, var_3, adj_6, adj_3, adj_22);
        // adj: pooled = pooled / float(end - start)                                              <L 63>
        // adj: if wp.static(op == "mean"):                                                       <L 62>
        var_12 = wp::iter_reverse(var_12);
        start_for_2:;
            if (iter_cmp(var_12) == 0) goto end_for_2;
            var_13 = wp::iter_next(var_12);
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
            // x_v = node_feat[k] * node_weight[k]                                                <L 57>
            var_14 = wp::address(var_node_feat, var_13);
            var_15 = wp::address(var_node_weight, var_13);
            var_17 = wp::load(var_14);
            var_18 = wp::load(var_15);
            var_16 = wp::mul(var_17, var_18);
            // if wp.static(op == "max"):                                                         <L 58>
            // pooled += x_v                                                                      <L 61>
            var_20 = wp::add(var_11, var_16);
            wp::assign(var_11, var_20);
            wp::adj_assign(var_11, var_20, adj_11, adj_20);
            wp::adj_add(var_11, var_16, adj_11, adj_16, adj_20);
            // adj: pooled += x_v                                                                 <L 61>
            // adj: if wp.static(op == "max"):                                                    <L 58>
            wp::adj_mul(var_17, var_18, adj_14, adj_15, adj_16);
            wp::adj_address(var_node_weight, var_13, adj_node_weight, adj_13, adj_15);
            wp::adj_address(var_node_feat, var_13, adj_node_feat, adj_13, adj_14);
            // adj: x_v = node_feat[k] * node_weight[k]                                           <L 57>
        	goto start_for_2;
        end_for_2:;
        // adj: for k in range(start, end):                                                       <L 56>
        // adj: pooled = node_vec()                                                               <L 55>
        // adj: if wp.static(op == "max"):                                                        <L 52>
        if (var_8) {
            label1:;
            // adj: return                                                                        <L 51>
            wp::adj_array_store(var_graph_feat, var_0, var_9, adj_graph_feat, adj_0, adj_9);
            // adj: graph_feat[g] = graph_vec()                                                   <L 50>
        }
        // adj: if end <= start:                                                                  <L 49>
        wp::adj_add(var_3, var_7, adj_3, adj_5, adj_6);
        wp::adj_address(var_graph_node_count, var_0, adj_graph_node_count, adj_0, adj_5);
        // adj: end = start + graph_node_count[g]                                                 <L 48>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_graph_node_start, var_0, adj_graph_node_start, adj_0, adj_2);
        // adj: start = graph_node_start[g]                                                       <L 47>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 46>
        }
        // adj: if g >= num_graphs:                                                               <L 45>
        // adj: g = wp.tid()                                                                      <L 44>
        // adj: def segment_pool_features(                                                        <L 36>
        continue;
    }
}



extern "C" __global__ void robust_loss_9bf2be49_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<2, wp::float32>> var_offsets,
    wp::array_t<wp::float32> var_total)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        const wp::float32 var_13 = 0.1;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        //---------
        // forward
        // def robust_loss(                                                                       <L 10>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0] or active[tid] == 0:                                           <L 18>
        var_3 = wp::address(var_num_active, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_active, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 19>
            continue;
        }
        // residual = offsets[tid]                                                                <L 20>
        var_10 = wp::address(var_offsets, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)                                     <L 21>
        var_14 = norm_pseudo_huber_0(var_11, var_13);
        // wp.atomic_add(total, 0, loss)                                                          <L 22>
        var_16 = wp::atomic_add(var_total, var_15, var_14);
    }
}



extern "C" __global__ void robust_loss_9bf2be49_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<2, wp::float32>> var_offsets,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::int32> adj_num_active,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_offsets,
    wp::array_t<wp::float32> adj_total)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        const wp::float32 var_13 = 0.1;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def robust_loss(                                                                       <L 10>
        // tid = wp.tid()                                                                         <L 17>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0] or active[tid] == 0:                                           <L 18>
        var_3 = wp::address(var_num_active, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_active, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 19>
            goto label0;
        }
        // residual = offsets[tid]                                                                <L 20>
        var_10 = wp::address(var_offsets, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)                                     <L 21>
        var_14 = norm_pseudo_huber_0(var_11, var_13);
        // wp.atomic_add(total, 0, loss)                                                          <L 22>
        // var_16 = wp::atomic_add(var_total, var_15, var_14);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_15, var_14, adj_total, adj_15, adj_14, adj_16);
        // adj: wp.atomic_add(total, 0, loss)                                                     <L 22>
        adj_norm_pseudo_huber_0(var_11, var_13, adj_11, adj_13, adj_14);
        // adj: loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)                                <L 21>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_10);
        // adj: residual = offsets[tid]                                                           <L 20>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        if (!var_1) {
            wp::adj_address(var_active, var_0, adj_active, adj_0, adj_6);
        }
        wp::adj_address(var_num_active, var_2, adj_num_active, adj_2, adj_3);
        // adj: if tid >= num_active[0] or active[tid] == 0:                                      <L 18>
        // adj: tid = wp.tid()                                                                    <L 17>
        // adj: def robust_loss(                                                                  <L 10>
        continue;
    }
}



extern "C" __global__ void copy_scaled_cc36ee23_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<wp::float32> var_biases,
    wp::array_t<wp::float32> var_inputs)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def copy_scaled(gains: wp.array4d[float], biases: wp.array4d[float], inputs: wp.array4d[float]):       <L 26>
        // n, c, y, x = wp.tid()                                                                  <L 27>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = inputs[n, c, y, x]                                                                 <L 28>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // s = gains[n, c, y, x]                                                                  <L 29>
        var_7 = wp::address(var_gains, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // bias = biases[n, c, y, x]                                                              <L 30>
        var_10 = wp::address(var_biases, var_0, var_1, var_2, var_3);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // inputs[n, c, y, x] = v * s + bias                                                      <L 31>
        var_13 = wp::mul(var_5, var_8);
        var_14 = wp::add(var_13, var_11);
        wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_14);
    }
}



extern "C" __global__ void copy_scaled_cc36ee23_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_gains,
    wp::array_t<wp::float32> var_biases,
    wp::array_t<wp::float32> var_inputs,
    wp::array_t<wp::float32> adj_gains,
    wp::array_t<wp::float32> adj_biases,
    wp::array_t<wp::float32> adj_inputs)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
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
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def copy_scaled(gains: wp.array4d[float], biases: wp.array4d[float], inputs: wp.array4d[float]):       <L 26>
        // n, c, y, x = wp.tid()                                                                  <L 27>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // v = inputs[n, c, y, x]                                                                 <L 28>
        var_4 = wp::address(var_inputs, var_0, var_1, var_2, var_3);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // s = gains[n, c, y, x]                                                                  <L 29>
        var_7 = wp::address(var_gains, var_0, var_1, var_2, var_3);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // bias = biases[n, c, y, x]                                                              <L 30>
        var_10 = wp::address(var_biases, var_0, var_1, var_2, var_3);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // inputs[n, c, y, x] = v * s + bias                                                      <L 31>
        var_13 = wp::mul(var_5, var_8);
        var_14 = wp::add(var_13, var_11);
        // wp::array_store(var_inputs, var_0, var_1, var_2, var_3, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_inputs, var_0, var_1, var_2, var_3, var_14, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_14);
        wp::adj_add(var_13, var_11, adj_13, adj_11, adj_14);
        wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_13);
        // adj: inputs[n, c, y, x] = v * s + bias                                                 <L 31>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_biases, var_0, var_1, var_2, var_3, adj_biases, adj_0, adj_1, adj_2, adj_3, adj_10);
        // adj: bias = biases[n, c, y, x]                                                         <L 30>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_gains, var_0, var_1, var_2, var_3, adj_gains, adj_0, adj_1, adj_2, adj_3, adj_7);
        // adj: s = gains[n, c, y, x]                                                             <L 29>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_inputs, var_0, var_1, var_2, var_3, adj_inputs, adj_0, adj_1, adj_2, adj_3, adj_4);
        // adj: v = inputs[n, c, y, x]                                                            <L 28>
        // adj: n, c, y, x = wp.tid()                                                             <L 27>
        // adj: def copy_scaled(gains: wp.array4d[float], biases: wp.array4d[float], inputs: wp.array4d[float]):  <L 26>
        continue;
    }
}

