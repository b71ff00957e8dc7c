// Warp 1.19.0 cpu code for kepler_newton_fc278245.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_kepler_newton_0f078964 {
    wp::array_t<wp::float32> mean_anomaly;
    wp::array_t<wp::float32> roots;
    wp::array_t<wp::int32> iters_used;
    wp::float32 eccentricity;
};


template <bool wp_linear_contiguous>
static void kepler_newton_0f078964_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kepler_newton_0f078964 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_mean_anomaly = _wp_args->mean_anomaly;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters_used = _wp_args->iters_used;
    wp::float32 var_eccentricity = _wp_args->eccentricity;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.99;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.8;
    bool var_8;
    const wp::float32 var_9 = 3.141592653589793;
    wp::float32 var_10;
    const wp::int32 var_11 = 16;
    wp::int32 var_12;
    const wp::int32 var_13 = 16;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-06;
    bool var_24;
    wp::int32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    //---------
    // forward
    // def kepler_newton(                                                                     <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // e = wp.clamp(eccentricity, 0.0, 0.99)                                                  <L 15>
    var_3 = wp::clamp(var_eccentricity, var_1, var_2);
    // E = mean_anomaly[tid]                                                                  <L 16>
    var_4 = wp::address(var_mean_anomaly, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if e > 0.8:                                                                            <L 17>
    var_8 = (var_3 > var_7);
    if (var_8) {
        // E = wp.pi  # a safer start for very eccentric orbits                               <L 18>
    }
    var_10 = wp::where(var_8, var_9, var_5);
    // used = int(MAX_NEWTON_ITERS)                                                           <L 19>
    var_12 = wp::int(var_11);
    // for it in range(MAX_NEWTON_ITERS):                                                     <L 20>
    var_14 = wp::range(var_13);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
        // f = E - e * wp.sin(E) - mean_anomaly[tid]                                          <L 21>
        var_16 = wp::sin(var_10);
        var_17 = wp::mul(var_3, var_16);
        var_18 = wp::sub(var_10, var_17);
        var_19 = wp::address(var_mean_anomaly, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::sub(var_18, var_21);
        // if wp.abs(f) < 1.0e-6:                                                             <L 22>
        var_22 = wp::abs(var_20);
        var_24 = (var_22 < var_23);
        if (var_24) {
            // used = it                                                                      <L 23>
            var_25 = wp::copy(var_15);
            // break                                                                          <L 24>
            wp::assign(var_12, var_25);
            goto end_for_0;
        }
        // E = E - f / (1.0 - e * wp.cos(E))                                                  <L 25>
        var_27 = wp::cos(var_10);
        var_28 = wp::mul(var_3, var_27);
        var_29 = wp::sub(var_26, var_28);
        var_30 = wp::div(var_20, var_29);
        var_31 = wp::sub(var_10, var_30);
        wp::assign(var_10, var_31);
        goto start_for_0;
    end_for_0:;
    // roots[tid] = E                                                                         <L 26>
    wp::array_store(var_roots, var_0, var_10);
    // iters_used[tid] = used                                                                 <L 27>
    wp::array_store(var_iters_used, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void kepler_newton_0f078964_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_kepler_newton_0f078964 *_wp_args,
    wp_args_kepler_newton_0f078964 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_mean_anomaly = _wp_args->mean_anomaly;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_iters_used = _wp_args->iters_used;
    wp::float32 var_eccentricity = _wp_args->eccentricity;
    wp::array_t<wp::float32> adj_mean_anomaly = _wp_adj_args->mean_anomaly;
    wp::array_t<wp::float32> adj_roots = _wp_adj_args->roots;
    wp::array_t<wp::int32> adj_iters_used = _wp_adj_args->iters_used;
    wp::float32 adj_eccentricity = _wp_adj_args->eccentricity;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 0.0;
    const wp::float32 var_2 = 0.99;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.8;
    bool var_8;
    const wp::float32 var_9 = 3.141592653589793;
    wp::float32 var_10;
    const wp::int32 var_11 = 16;
    wp::int32 var_12;
    const wp::int32 var_13 = 16;
    wp::range_t var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 1e-06;
    bool var_24;
    wp::int32 var_25;
    const wp::float32 var_26 = 1.0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
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
    bool adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::range_t adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    //---------
    // forward
    // def kepler_newton(                                                                     <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // e = wp.clamp(eccentricity, 0.0, 0.99)                                                  <L 15>
    var_3 = wp::clamp(var_eccentricity, var_1, var_2);
    // E = mean_anomaly[tid]                                                                  <L 16>
    var_4 = wp::address(var_mean_anomaly, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // if e > 0.8:                                                                            <L 17>
    var_8 = (var_3 > var_7);
    if (var_8) {
        // E = wp.pi  # a safer start for very eccentric orbits                               <L 18>
    }
    var_10 = wp::where(var_8, var_9, var_5);
    // used = int(MAX_NEWTON_ITERS)                                                           <L 19>
    var_12 = wp::int(var_11);
    // for it in range(MAX_NEWTON_ITERS):                                                     <L 20>
    var_14 = wp::range(var_13);
    // roots[tid] = E                                                                         <L 26>
    // wp::array_store(var_roots, var_0, var_10);
    // iters_used[tid] = used                                                                 <L 27>
    // wp::array_store(var_iters_used, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_iters_used, var_0, var_12, adj_iters_used, adj_0, adj_12);
    // adj: iters_used[tid] = used                                                            <L 27>
    wp::adj_array_store(var_roots, var_0, var_10, adj_roots, adj_0, adj_10);
    // adj: roots[tid] = E                                                                    <L 26>
    var_14 = wp::iter_reverse(var_14);
    start_for_0:;
        if (iter_cmp(var_14) == 0) goto end_for_0;
        var_15 = wp::iter_next(var_14);
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
        // f = E - e * wp.sin(E) - mean_anomaly[tid]                                          <L 21>
        var_16 = wp::sin(var_10);
        var_17 = wp::mul(var_3, var_16);
        var_18 = wp::sub(var_10, var_17);
        var_19 = wp::address(var_mean_anomaly, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::sub(var_18, var_21);
        // if wp.abs(f) < 1.0e-6:                                                             <L 22>
        var_22 = wp::abs(var_20);
        var_24 = (var_22 < var_23);
        if (var_24) {
            // used = it                                                                      <L 23>
            var_25 = wp::copy(var_15);
            // break                                                                          <L 24>
            wp::assign(var_12, var_25);
            goto end_for_0;
        }
        // E = E - f / (1.0 - e * wp.cos(E))                                                  <L 25>
        var_27 = wp::cos(var_10);
        var_28 = wp::mul(var_3, var_27);
        var_29 = wp::sub(var_26, var_28);
        var_30 = wp::div(var_20, var_29);
        var_31 = wp::sub(var_10, var_30);
        wp::assign(var_10, var_31);
        wp::adj_assign(var_10, var_31, adj_10, adj_31);
        wp::adj_sub(var_10, var_30, adj_10, adj_30, adj_31);
        wp::adj_div(var_20, var_29, var_30, adj_20, adj_29, adj_30);
        wp::adj_sub(var_26, var_28, adj_26, adj_28, adj_29);
        wp::adj_mul(var_3, var_27, adj_3, adj_27, adj_28);
        wp::adj_cos(var_10, adj_10, adj_27);
        // adj: E = E - f / (1.0 - e * wp.cos(E))                                             <L 25>
        if (var_24) {
            wp::adj_assign(var_12, var_25, adj_12, adj_25);
            // adj: break                                                                     <L 24>
            wp::adj_copy(var_15, adj_15, adj_25);
            // adj: used = it                                                                 <L 23>
        }
        wp::adj_abs(var_20, adj_20, adj_22);
        // adj: if wp.abs(f) < 1.0e-6:                                                        <L 22>
        wp::adj_sub(var_18, var_21, adj_18, adj_19, adj_20);
        wp::adj_address(var_mean_anomaly, var_0, adj_mean_anomaly, adj_0, adj_19);
        wp::adj_sub(var_10, var_17, adj_10, adj_17, adj_18);
        wp::adj_mul(var_3, var_16, adj_3, adj_16, adj_17);
        wp::adj_sin(var_10, adj_10, adj_16);
        // adj: f = E - e * wp.sin(E) - mean_anomaly[tid]                                     <L 21>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(MAX_NEWTON_ITERS):                                                <L 20>
    // adj: used = int(MAX_NEWTON_ITERS)                                                      <L 19>
    wp::adj_where(var_8, var_9, var_5, adj_8, adj_9, adj_5, adj_10);
    if (var_8) {
        // adj: E = wp.pi  # a safer start for very eccentric orbits                          <L 18>
    }
    // adj: if e > 0.8:                                                                       <L 17>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_mean_anomaly, var_0, adj_mean_anomaly, adj_0, adj_4);
    // adj: E = mean_anomaly[tid]                                                             <L 16>
    wp::adj_clamp(var_eccentricity, var_1, var_2, adj_eccentricity, adj_1, adj_2, adj_3);
    // adj: e = wp.clamp(eccentricity, 0.0, 0.99)                                             <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def kepler_newton(                                                                <L 8>
    return;
}



struct kepler_newton_0f078964_cpu_block_payload_forward
{
    wp_args_kepler_newton_0f078964* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void kepler_newton_0f078964_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    kepler_newton_0f078964_cpu_block_payload_forward* payload = (kepler_newton_0f078964_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    kepler_newton_0f078964_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void kepler_newton_0f078964_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kepler_newton_0f078964 *_wp_args)
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
        kepler_newton_0f078964_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &kepler_newton_0f078964_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct kepler_newton_0f078964_cpu_block_payload_backward
{
    wp_args_kepler_newton_0f078964* args;
    wp_args_kepler_newton_0f078964* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void kepler_newton_0f078964_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    kepler_newton_0f078964_cpu_block_payload_backward* payload = (kepler_newton_0f078964_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    kepler_newton_0f078964_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void kepler_newton_0f078964_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_kepler_newton_0f078964 *_wp_args,
    wp_args_kepler_newton_0f078964 *_wp_adj_args)
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
        kepler_newton_0f078964_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &kepler_newton_0f078964_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

