// Warp 1.19.0 cpu code for apply_diagonal_preconditioner_1aa38c6c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_diagonal_preconditioner_bf586ed6 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> u;
};


template <bool wp_linear_contiguous>
static void apply_diagonal_preconditioner_bf586ed6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_diagonal_preconditioner_bf586ed6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covariances = _wp_args->covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-06;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-06;
    bool var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1e-06;
    bool var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // forward
    // def apply_diagonal_preconditioner(                                                     <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // C = covariances[tid]                                                                   <L 11>
    var_1 = wp::address(var_covariances, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.get_diag(C)                                                                     <L 12>
    var_4 = wp::get_diag(var_2);
    // scaled = wp.vec3()                                                                     <L 13>
    var_5 = wp::vec_t<3, wp::float32>();
    // for k in range(3):                                                                     <L 14>
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 15>
    var_7 = wp::extract(var_4, var_6);
    var_8 = wp::abs(var_7);
    var_10 = (var_8 > var_9);
    if (var_10) {
        // scaled[k] = v[tid][k] / d[k]                                                       <L 16>
        var_11 = wp::address(var_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::extract(var_13, var_6);
        var_14 = wp::extract(var_4, var_6);
        var_15 = wp::div(var_12, var_14);
        wp::assign_inplace(var_5, var_6, var_15);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 15>
    var_17 = wp::extract(var_4, var_16);
    var_18 = wp::abs(var_17);
    var_20 = (var_18 > var_19);
    if (var_20) {
        // scaled[k] = v[tid][k] / d[k]                                                       <L 16>
        var_21 = wp::address(var_v, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::extract(var_23, var_16);
        var_24 = wp::extract(var_4, var_16);
        var_25 = wp::div(var_22, var_24);
        wp::assign_inplace(var_5, var_16, var_25);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 15>
    var_27 = wp::extract(var_4, var_26);
    var_28 = wp::abs(var_27);
    var_30 = (var_28 > var_29);
    if (var_30) {
        // scaled[k] = v[tid][k] / d[k]                                                       <L 16>
        var_31 = wp::address(var_v, var_0);
        var_33 = wp::load(var_31);
        var_32 = wp::extract(var_33, var_26);
        var_34 = wp::extract(var_4, var_26);
        var_35 = wp::div(var_32, var_34);
        wp::assign_inplace(var_5, var_26, var_35);
    }
    // u[tid] = scaled                                                                        <L 17>
    wp::array_store(var_u, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void apply_diagonal_preconditioner_bf586ed6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_diagonal_preconditioner_bf586ed6 *_wp_args,
    wp_args_apply_diagonal_preconditioner_bf586ed6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covariances = _wp_args->covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_covariances = _wp_adj_args->covariances;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u = _wp_adj_args->u;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1e-06;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 1;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-06;
    bool var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 1e-06;
    bool var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    //---------
    // forward
    // def apply_diagonal_preconditioner(                                                     <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // C = covariances[tid]                                                                   <L 11>
    var_1 = wp::address(var_covariances, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // d = wp.get_diag(C)                                                                     <L 12>
    var_4 = wp::get_diag(var_2);
    // scaled = wp.vec3()                                                                     <L 13>
    var_5 = wp::vec_t<3, wp::float32>();
    // for k in range(3):                                                                     <L 14>
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 15>
    var_7 = wp::extract(var_4, var_6);
    var_8 = wp::abs(var_7);
    var_10 = (var_8 > var_9);
    if (var_10) {
        // scaled[k] = v[tid][k] / d[k]                                                       <L 16>
        var_11 = wp::address(var_v, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::extract(var_13, var_6);
        var_14 = wp::extract(var_4, var_6);
        var_15 = wp::div(var_12, var_14);
        wp::assign_inplace(var_5, var_6, var_15);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 15>
    var_17 = wp::extract(var_4, var_16);
    var_18 = wp::abs(var_17);
    var_20 = (var_18 > var_19);
    if (var_20) {
        // scaled[k] = v[tid][k] / d[k]                                                       <L 16>
        var_21 = wp::address(var_v, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::extract(var_23, var_16);
        var_24 = wp::extract(var_4, var_16);
        var_25 = wp::div(var_22, var_24);
        wp::assign_inplace(var_5, var_16, var_25);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 15>
    var_27 = wp::extract(var_4, var_26);
    var_28 = wp::abs(var_27);
    var_30 = (var_28 > var_29);
    if (var_30) {
        // scaled[k] = v[tid][k] / d[k]                                                       <L 16>
        var_31 = wp::address(var_v, var_0);
        var_33 = wp::load(var_31);
        var_32 = wp::extract(var_33, var_26);
        var_34 = wp::extract(var_4, var_26);
        var_35 = wp::div(var_32, var_34);
        wp::assign_inplace(var_5, var_26, var_35);
    }
    // u[tid] = scaled                                                                        <L 17>
    // wp::array_store(var_u, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_u, var_0, var_5, adj_u, adj_0, adj_5);
    // adj: u[tid] = scaled                                                                   <L 17>
    if (var_30) {
        wp::adj_assign_inplace(var_5, var_26, var_35, adj_5, adj_26, adj_35);
        wp::adj_div(var_32, var_34, var_35, adj_32, adj_34, adj_35);
        wp::adj_extract(var_4, var_26, adj_4, adj_26, adj_34);
        wp::adj_extract(var_33, var_26, adj_31, adj_26, adj_32);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_31);
        // adj: scaled[k] = v[tid][k] / d[k]                                                  <L 16>
    }
    wp::adj_abs(var_27, adj_27, adj_28);
    wp::adj_extract(var_4, var_26, adj_4, adj_26, adj_27);
    // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 15>
    if (var_20) {
        wp::adj_assign_inplace(var_5, var_16, var_25, adj_5, adj_16, adj_25);
        wp::adj_div(var_22, var_24, var_25, adj_22, adj_24, adj_25);
        wp::adj_extract(var_4, var_16, adj_4, adj_16, adj_24);
        wp::adj_extract(var_23, var_16, adj_21, adj_16, adj_22);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_21);
        // adj: scaled[k] = v[tid][k] / d[k]                                                  <L 16>
    }
    wp::adj_abs(var_17, adj_17, adj_18);
    wp::adj_extract(var_4, var_16, adj_4, adj_16, adj_17);
    // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 15>
    if (var_10) {
        wp::adj_assign_inplace(var_5, var_6, var_15, adj_5, adj_6, adj_15);
        wp::adj_div(var_12, var_14, var_15, adj_12, adj_14, adj_15);
        wp::adj_extract(var_4, var_6, adj_4, adj_6, adj_14);
        wp::adj_extract(var_13, var_6, adj_11, adj_6, adj_12);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_11);
        // adj: scaled[k] = v[tid][k] / d[k]                                                  <L 16>
    }
    wp::adj_abs(var_7, adj_7, adj_8);
    wp::adj_extract(var_4, var_6, adj_4, adj_6, adj_7);
    // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 15>
    // adj: for k in range(3):                                                                <L 14>
    // adj: scaled = wp.vec3()                                                                <L 13>
    wp::adj_get_diag(var_2, adj_2, adj_4);
    // adj: d = wp.get_diag(C)                                                                <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_covariances, var_0, adj_covariances, adj_0, adj_1);
    // adj: C = covariances[tid]                                                              <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def apply_diagonal_preconditioner(                                                <L 5>
    return;
}



struct apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_forward
{
    wp_args_apply_diagonal_preconditioner_bf586ed6* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_diagonal_preconditioner_bf586ed6_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_forward* payload = (apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_diagonal_preconditioner_bf586ed6_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_diagonal_preconditioner_bf586ed6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_diagonal_preconditioner_bf586ed6 *_wp_args)
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
        apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_diagonal_preconditioner_bf586ed6_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_backward
{
    wp_args_apply_diagonal_preconditioner_bf586ed6* args;
    wp_args_apply_diagonal_preconditioner_bf586ed6* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_diagonal_preconditioner_bf586ed6_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_backward* payload = (apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_diagonal_preconditioner_bf586ed6_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_diagonal_preconditioner_bf586ed6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_diagonal_preconditioner_bf586ed6 *_wp_args,
    wp_args_apply_diagonal_preconditioner_bf586ed6 *_wp_adj_args)
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
        apply_diagonal_preconditioner_bf586ed6_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_diagonal_preconditioner_bf586ed6_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

