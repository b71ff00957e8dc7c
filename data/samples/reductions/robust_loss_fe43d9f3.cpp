// Warp 1.19.0 cpu code for robust_loss_fe43d9f3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h

// warp/_src/math.py:0
static wp::float32 norm_l2_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    return var_0;
}


// warp/_src/math.py:0
static void adj_norm_l2_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: return wp.length(v)                                                               <L 12>
    // adj: def norm_l2(v: Any) -> float:                                                     <L 1>
    return;
}

struct wp_args_robust_loss_1b053aae {
    wp::array_t<wp::vec_t<3, wp::float32>> offsets;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void robust_loss_1b053aae_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_robust_loss_1b053aae *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    //---------
    // forward
    // def robust_loss(offsets: wp.array[wp.vec3], total: wp.array[float]):                   <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // residual = offsets[tid]                                                                <L 7>
    var_1 = wp::address(var_offsets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // loss = wp.norm_l2(residual)                                                            <L 8>
    var_4 = norm_l2_0(var_2);
    // wp.atomic_add(total, 0, loss)                                                          <L 9>
    var_6 = wp::atomic_add(var_total, var_5, var_4);
}



template <bool wp_linear_contiguous>
static void robust_loss_1b053aae_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_robust_loss_1b053aae *_wp_args,
    wp_args_robust_loss_1b053aae *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_offsets = _wp_args->offsets;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_offsets = _wp_adj_args->offsets;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def robust_loss(offsets: wp.array[wp.vec3], total: wp.array[float]):                   <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // residual = offsets[tid]                                                                <L 7>
    var_1 = wp::address(var_offsets, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // loss = wp.norm_l2(residual)                                                            <L 8>
    var_4 = norm_l2_0(var_2);
    // wp.atomic_add(total, 0, loss)                                                          <L 9>
    // var_6 = wp::atomic_add(var_total, var_5, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_5, var_4, adj_total, adj_5, adj_4, adj_6);
    // adj: wp.atomic_add(total, 0, loss)                                                     <L 9>
    adj_norm_l2_0(var_2, adj_2, adj_4);
    // adj: loss = wp.norm_l2(residual)                                                       <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_offsets, var_0, adj_offsets, adj_0, adj_1);
    // adj: residual = offsets[tid]                                                           <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def robust_loss(offsets: wp.array[wp.vec3], total: wp.array[float]):              <L 5>
    return;
}



struct robust_loss_1b053aae_cpu_block_payload_forward
{
    wp_args_robust_loss_1b053aae* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void robust_loss_1b053aae_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    robust_loss_1b053aae_cpu_block_payload_forward* payload = (robust_loss_1b053aae_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    robust_loss_1b053aae_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void robust_loss_1b053aae_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_1b053aae *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        robust_loss_1b053aae_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &robust_loss_1b053aae_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct robust_loss_1b053aae_cpu_block_payload_backward
{
    wp_args_robust_loss_1b053aae* args;
    wp_args_robust_loss_1b053aae* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void robust_loss_1b053aae_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    robust_loss_1b053aae_cpu_block_payload_backward* payload = (robust_loss_1b053aae_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    robust_loss_1b053aae_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void robust_loss_1b053aae_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_robust_loss_1b053aae *_wp_args,
    wp_args_robust_loss_1b053aae *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        robust_loss_1b053aae_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &robust_loss_1b053aae_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

