// Warp 1.19.0 cuda code for sample_actions_1140d2a3.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// sample_actions.py:11
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


// sample_actions.py:11
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



extern "C" __global__ void sample_actions_05bc6a58_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_logits,
    wp::array_t<wp::int32> var_valid_actions,
    wp::array_t<wp::int32> var_labels,
    wp::int32 var_seed,
    wp::array_t<wp::int32> var_argmax_key,
    wp::array_t<wp::float32> var_max_logit,
    wp::array_t<wp::float32> var_target_logit)
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
        wp::int32* var_16;
        bool var_17;
        wp::int32 var_18;
        wp::shape_t* var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::shape_t var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::uint32 var_25;
        const wp::float32 var_26 = 1e-06;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::float32 var_34 = -16.0;
        const wp::float32 var_35 = 16.0;
        wp::int32 var_36;
        wp::int32 var_37;
        //---------
        // forward
        // def sample_actions(                                                                    <L 21>
        // b, k = wp.tid()                                                                        <L 31>
        builtin_tid2d(var_0, var_1);
        // if k >= logits.shape[1]:                                                               <L 32>
        var_2 = &(var_logits.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        var_6 = (var_1 >= var_4);
        if (var_6) {
            // return                                                                             <L 33>
            continue;
        }
        // if valid_actions[b, k] == 0:                                                           <L 35>
        var_7 = wp::address(var_valid_actions, var_0, var_1);
        var_10 = wp::load(var_7);
        var_9 = (var_10 == var_8);
        if (var_9) {
            // return                                                                             <L 36>
            continue;
        }
        // score = logits[b, k]                                                                   <L 37>
        var_11 = wp::address(var_logits, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if not wp.isfinite(score):                                                             <L 39>
        var_14 = wp::isfinite(var_12);
        var_15 = wp::unot(var_14);
        if (var_15) {
            // return                                                                             <L 40>
            continue;
        }
        // if k == labels[b]:                                                                     <L 41>
        var_16 = wp::address(var_labels, var_0);
        var_18 = wp::load(var_16);
        var_17 = (var_1 == var_18);
        if (var_17) {
            // target_logit[b] = score                                                            <L 42>
            wp::array_store(var_target_logit, var_0, var_12);
        }
        // rng = wp.rand_init(seed, b * logits.shape[1] + k)                                      <L 44>
        var_19 = &(var_logits.shape);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::mul(var_0, var_21);
        var_24 = wp::add(var_23, var_1);
        var_25 = wp::rand_init(var_seed, var_24);
        // u = wp.randf(rng, 1.0e-6, 1.0)                                                         <L 45>
        var_28 = wp::randf(var_25, var_26, var_27);
        // score = score - wp.log(-wp.log(u))                                                     <L 46>
        var_29 = wp::log(var_28);
        var_30 = wp::neg(var_29);
        var_31 = wp::log(var_30);
        var_32 = wp::sub(var_12, var_31);
        // wp.atomic_max(max_logit, b, score)                                                     <L 47>
        var_33 = wp::atomic_max(var_max_logit, var_0, var_32);
        // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 48>
        var_36 = pack_score_key_0(var_32, var_1, var_34, var_35);
        // wp.atomic_max(argmax_key, b, key)                                                      <L 49>
        var_37 = wp::atomic_max(var_argmax_key, var_0, var_36);
    }
}



extern "C" __global__ void reduce_total_500266fc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_vectors,
    wp::int32 var_active_count,
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
        wp::vec_t<4, wp::float32>* var_3;
        wp::float32 var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def reduce_total(vectors: wp.array[wp.vec4], active_count: int, total: wp.array[float]):       <L 53>
        // tid = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 56>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 57>
            continue;
        }
        // wp.atomic_max(total, 0, wp.length_sq(vectors[tid]))                                    <L 58>
        var_3 = wp::address(var_vectors, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::length_sq(var_5);
        var_6 = wp::atomic_max(var_total, var_2, var_4);
    }
}



extern "C" __global__ void reduce_total_500266fc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_vectors,
    wp::int32 var_active_count,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_vectors,
    wp::int32 adj_active_count,
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
        wp::vec_t<4, wp::float32>* var_3;
        wp::float32 var_4;
        wp::vec_t<4, wp::float32> var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<4, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def reduce_total(vectors: wp.array[wp.vec4], active_count: int, total: wp.array[float]):       <L 53>
        // tid = wp.tid()                                                                         <L 55>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 56>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 57>
            goto label0;
        }
        // wp.atomic_max(total, 0, wp.length_sq(vectors[tid]))                                    <L 58>
        var_3 = wp::address(var_vectors, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::length_sq(var_5);
        // var_6 = wp::atomic_max(var_total, var_2, var_4);
        //---------
        // reverse
        wp::adj_atomic_max(var_total, var_2, var_4, adj_total, adj_2, adj_4, adj_6);
        wp::adj_length_sq(var_5, adj_3, adj_4);
        wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_3);
        // adj: wp.atomic_max(total, 0, wp.length_sq(vectors[tid]))                               <L 58>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 57>
        }
        // adj: if tid >= active_count:                                                           <L 56>
        // adj: tid = wp.tid()                                                                    <L 55>
        // adj: def reduce_total(vectors: wp.array[wp.vec4], active_count: int, total: wp.array[float]):  <L 53>
        continue;
    }
}



extern "C" __global__ void robust_loss_811b9243_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_displacements,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 0.1;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        //---------
        // forward
        // def robust_loss(flags: wp.array[int], displacements: wp.array[wp.vec3], total: wp.array[float]):       <L 78>
        // tid = wp.tid()                                                                         <L 79>
        var_0 = builtin_tid1d();
        // if flags[tid] != 1:                                                                    <L 80>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 81>
            continue;
        }
        // residual = displacements[tid]                                                          <L 82>
        var_5 = wp::address(var_displacements, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)                                     <L 83>
        var_9 = norm_pseudo_huber_0(var_6, var_8);
        // wp.atomic_add(total, 0, loss)                                                          <L 84>
        var_11 = wp::atomic_add(var_total, var_10, var_9);
    }
}



extern "C" __global__ void robust_loss_811b9243_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_displacements,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_displacements,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::float32 var_8 = 0.1;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def robust_loss(flags: wp.array[int], displacements: wp.array[wp.vec3], total: wp.array[float]):       <L 78>
        // tid = wp.tid()                                                                         <L 79>
        var_0 = builtin_tid1d();
        // if flags[tid] != 1:                                                                    <L 80>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 81>
            goto label0;
        }
        // residual = displacements[tid]                                                          <L 82>
        var_5 = wp::address(var_displacements, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)                                     <L 83>
        var_9 = norm_pseudo_huber_0(var_6, var_8);
        // wp.atomic_add(total, 0, loss)                                                          <L 84>
        // var_11 = wp::atomic_add(var_total, var_10, var_9);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_10, var_9, adj_total, adj_10, adj_9, adj_11);
        // adj: wp.atomic_add(total, 0, loss)                                                     <L 84>
        adj_norm_pseudo_huber_0(var_6, var_8, adj_6, adj_8, adj_9);
        // adj: loss = wp.norm_pseudo_huber(residual, HUBER_DELTA)                                <L 83>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_displacements, var_0, adj_displacements, adj_0, adj_5);
        // adj: residual = displacements[tid]                                                     <L 82>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 81>
        }
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
        // adj: if flags[tid] != 1:                                                               <L 80>
        // adj: tid = wp.tid()                                                                    <L 79>
        // adj: def robust_loss(flags: wp.array[int], displacements: wp.array[wp.vec3], total: wp.array[float]):  <L 78>
        continue;
    }
}



extern "C" __global__ void find_nearest_e8f4f5fa_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors,
    wp::float32 var_inv_max_dist,
    wp::array_t<wp::int32> var_best_key)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 16;
        wp::int32 var_16;
        const wp::int32 var_17 = 65535;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        //---------
        // forward
        // def find_nearest(                                                                      <L 62>
        // tid = wp.tid()                                                                         <L 68>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 69>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.length(x - anchors[tid])                                                        <L 70>
        var_4 = wp::address(var_anchors, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::sub(var_2, var_6);
        var_7 = wp::length(var_5);
        // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 72>
        var_8 = wp::mul(var_7, var_inv_max_dist);
        var_11 = wp::clamp(var_8, var_9, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::int(var_13);
        // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 73>
        var_16 = wp::lshift(var_14, var_15);
        var_18 = wp::bit_and(var_0, var_17);
        var_19 = wp::bit_or(var_16, var_18);
        // wp.atomic_min(best_key, 0, key)                                                        <L 74>
        var_21 = wp::atomic_min(var_best_key, var_20, var_19);
    }
}



extern "C" __global__ void find_nearest_e8f4f5fa_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors,
    wp::float32 var_inv_max_dist,
    wp::array_t<wp::int32> var_best_key,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_anchors,
    wp::float32 adj_inv_max_dist,
    wp::array_t<wp::int32> adj_best_key)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = 16;
        wp::int32 var_16;
        const wp::int32 var_17 = 65535;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        wp::int32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        //---------
        // forward
        // def find_nearest(                                                                      <L 62>
        // tid = wp.tid()                                                                         <L 68>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 69>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d = wp.length(x - anchors[tid])                                                        <L 70>
        var_4 = wp::address(var_anchors, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::sub(var_2, var_6);
        var_7 = wp::length(var_5);
        // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 72>
        var_8 = wp::mul(var_7, var_inv_max_dist);
        var_11 = wp::clamp(var_8, var_9, var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::int(var_13);
        // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 73>
        var_16 = wp::lshift(var_14, var_15);
        var_18 = wp::bit_and(var_0, var_17);
        var_19 = wp::bit_or(var_16, var_18);
        // wp.atomic_min(best_key, 0, key)                                                        <L 74>
        // var_21 = wp::atomic_min(var_best_key, var_20, var_19);
        //---------
        // reverse
        wp::adj_atomic_min(var_best_key, var_20, var_19, adj_best_key, adj_20, adj_19, adj_21);
        // adj: wp.atomic_min(best_key, 0, key)                                                   <L 74>
        // adj: key = (q << INDEX_BITS) | (tid & 0xFFFF)                                          <L 73>
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        wp::adj_mul(var_7, var_inv_max_dist, adj_7, adj_inv_max_dist, adj_8);
        // adj: q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                           <L 72>
        wp::adj_length(var_5, var_7, adj_5, adj_7);
        wp::adj_sub(var_2, var_6, adj_2, adj_4, adj_5);
        wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_4);
        // adj: d = wp.length(x - anchors[tid])                                                   <L 70>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 69>
        // adj: tid = wp.tid()                                                                    <L 68>
        // adj: def find_nearest(                                                                 <L 62>
        continue;
    }
}

