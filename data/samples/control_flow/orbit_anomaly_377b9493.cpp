// Warp 1.19.0 cpu code for orbit_anomaly_377b9493.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_orbit_anomaly_4cd62399 {
    wp::array_t<wp::float32> mean_anomaly;
    wp::float32 eccentricity;
    wp::array_t<wp::float32> roots;
    wp::array_t<wp::int32> num_iters;
};


template <bool wp_linear_contiguous>
static void orbit_anomaly_4cd62399_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orbit_anomaly_4cd62399 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_mean_anomaly = _wp_args->mean_anomaly;
    wp::float32 var_eccentricity = _wp_args->eccentricity;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_num_iters = _wp_args->num_iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 0.99;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.8;
    bool var_9;
    const wp::float32 var_10 = 3.141592653589793;
    wp::float32 var_11;
    const wp::int32 var_12 = 16;
    wp::int32 var_13;
    const wp::int32 var_14 = 16;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 1e-05;
    bool var_23;
    wp::int32 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    //---------
    // forward
    // def orbit_anomaly(                                                                     <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // mean_anom = mean_anomaly[tid]                                                          <L 15>
    var_1 = wp::address(var_mean_anomaly, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // e = wp.clamp(eccentricity, 0.0, 0.99)                                                  <L 16>
    var_6 = wp::clamp(var_eccentricity, var_4, var_5);
    // E = mean_anom                                                                          <L 17>
    var_7 = wp::copy(var_2);
    // if e > 0.8:                                                                            <L 18>
    var_9 = (var_6 > var_8);
    if (var_9) {
        // E = wp.pi  # a safer start for very eccentric orbits                               <L 19>
    }
    var_11 = wp::where(var_9, var_10, var_7);
    // used = int(MAX_NEWTON_ITERS)                                                           <L 20>
    var_13 = wp::int(var_12);
    // for it in range(MAX_NEWTON_ITERS):                                                     <L 21>
    var_15 = wp::range(var_14);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // f = E - e * wp.sin(E) - mean_anom                                                  <L 22>
        var_17 = wp::sin(var_11);
        var_18 = wp::mul(var_6, var_17);
        var_19 = wp::sub(var_11, var_18);
        var_20 = wp::sub(var_19, var_2);
        // if wp.abs(f) < 1.0e-5:                                                             <L 23>
        var_21 = wp::abs(var_20);
        var_23 = (var_21 < var_22);
        if (var_23) {
            // used = it                                                                      <L 24>
            var_24 = wp::copy(var_16);
            // break                                                                          <L 25>
            wp::assign(var_13, var_24);
            goto end_for_0;
        }
        // E = E - f / (1.0 - e * wp.cos(E))                                                  <L 26>
        var_26 = wp::cos(var_11);
        var_27 = wp::mul(var_6, var_26);
        var_28 = wp::sub(var_25, var_27);
        var_29 = wp::div(var_20, var_28);
        var_30 = wp::sub(var_11, var_29);
        wp::assign(var_11, var_30);
        goto start_for_0;
    end_for_0:;
    // roots[tid] = E                                                                         <L 27>
    wp::array_store(var_roots, var_0, var_11);
    // num_iters[tid] = used                                                                  <L 28>
    wp::array_store(var_num_iters, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void orbit_anomaly_4cd62399_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orbit_anomaly_4cd62399 *_wp_args,
    wp_args_orbit_anomaly_4cd62399 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_mean_anomaly = _wp_args->mean_anomaly;
    wp::float32 var_eccentricity = _wp_args->eccentricity;
    wp::array_t<wp::float32> var_roots = _wp_args->roots;
    wp::array_t<wp::int32> var_num_iters = _wp_args->num_iters;
    wp::array_t<wp::float32> adj_mean_anomaly = _wp_adj_args->mean_anomaly;
    wp::float32 adj_eccentricity = _wp_adj_args->eccentricity;
    wp::array_t<wp::float32> adj_roots = _wp_adj_args->roots;
    wp::array_t<wp::int32> adj_num_iters = _wp_adj_args->num_iters;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 0.0;
    const wp::float32 var_5 = 0.99;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.8;
    bool var_9;
    const wp::float32 var_10 = 3.141592653589793;
    wp::float32 var_11;
    const wp::int32 var_12 = 16;
    wp::int32 var_13;
    const wp::int32 var_14 = 16;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 1e-05;
    bool var_23;
    wp::int32 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
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
    wp::float32 adj_8 = {};
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    //---------
    // forward
    // def orbit_anomaly(                                                                     <L 8>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // mean_anom = mean_anomaly[tid]                                                          <L 15>
    var_1 = wp::address(var_mean_anomaly, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // e = wp.clamp(eccentricity, 0.0, 0.99)                                                  <L 16>
    var_6 = wp::clamp(var_eccentricity, var_4, var_5);
    // E = mean_anom                                                                          <L 17>
    var_7 = wp::copy(var_2);
    // if e > 0.8:                                                                            <L 18>
    var_9 = (var_6 > var_8);
    if (var_9) {
        // E = wp.pi  # a safer start for very eccentric orbits                               <L 19>
    }
    var_11 = wp::where(var_9, var_10, var_7);
    // used = int(MAX_NEWTON_ITERS)                                                           <L 20>
    var_13 = wp::int(var_12);
    // for it in range(MAX_NEWTON_ITERS):                                                     <L 21>
    var_15 = wp::range(var_14);
    // roots[tid] = E                                                                         <L 27>
    // wp::array_store(var_roots, var_0, var_11);
    // num_iters[tid] = used                                                                  <L 28>
    // wp::array_store(var_num_iters, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_num_iters, var_0, var_13, adj_num_iters, adj_0, adj_13);
    // adj: num_iters[tid] = used                                                             <L 28>
    wp::adj_array_store(var_roots, var_0, var_11, adj_roots, adj_0, adj_11);
    // adj: roots[tid] = E                                                                    <L 27>
    var_15 = wp::iter_reverse(var_15);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
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
        // f = E - e * wp.sin(E) - mean_anom                                                  <L 22>
        var_17 = wp::sin(var_11);
        var_18 = wp::mul(var_6, var_17);
        var_19 = wp::sub(var_11, var_18);
        var_20 = wp::sub(var_19, var_2);
        // if wp.abs(f) < 1.0e-5:                                                             <L 23>
        var_21 = wp::abs(var_20);
        var_23 = (var_21 < var_22);
        if (var_23) {
            // used = it                                                                      <L 24>
            var_24 = wp::copy(var_16);
            // break                                                                          <L 25>
            wp::assign(var_13, var_24);
            goto end_for_0;
        }
        // E = E - f / (1.0 - e * wp.cos(E))                                                  <L 26>
        var_26 = wp::cos(var_11);
        var_27 = wp::mul(var_6, var_26);
        var_28 = wp::sub(var_25, var_27);
        var_29 = wp::div(var_20, var_28);
        var_30 = wp::sub(var_11, var_29);
        wp::assign(var_11, var_30);
        wp::adj_assign(var_11, var_30, adj_11, adj_30);
        wp::adj_sub(var_11, var_29, adj_11, adj_29, adj_30);
        wp::adj_div(var_20, var_28, var_29, adj_20, adj_28, adj_29);
        wp::adj_sub(var_25, var_27, adj_25, adj_27, adj_28);
        wp::adj_mul(var_6, var_26, adj_6, adj_26, adj_27);
        wp::adj_cos(var_11, adj_11, adj_26);
        // adj: E = E - f / (1.0 - e * wp.cos(E))                                             <L 26>
        if (var_23) {
            wp::adj_assign(var_13, var_24, adj_13, adj_24);
            // adj: break                                                                     <L 25>
            wp::adj_copy(var_16, adj_16, adj_24);
            // adj: used = it                                                                 <L 24>
        }
        wp::adj_abs(var_20, adj_20, adj_21);
        // adj: if wp.abs(f) < 1.0e-5:                                                        <L 23>
        wp::adj_sub(var_19, var_2, adj_19, adj_2, adj_20);
        wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_19);
        wp::adj_mul(var_6, var_17, adj_6, adj_17, adj_18);
        wp::adj_sin(var_11, adj_11, adj_17);
        // adj: f = E - e * wp.sin(E) - mean_anom                                             <L 22>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(MAX_NEWTON_ITERS):                                                <L 21>
    // adj: used = int(MAX_NEWTON_ITERS)                                                      <L 20>
    wp::adj_where(var_9, var_10, var_7, adj_9, adj_10, adj_7, adj_11);
    if (var_9) {
        // adj: E = wp.pi  # a safer start for very eccentric orbits                          <L 19>
    }
    // adj: if e > 0.8:                                                                       <L 18>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: E = mean_anom                                                                     <L 17>
    wp::adj_clamp(var_eccentricity, var_4, var_5, adj_eccentricity, adj_4, adj_5, adj_6);
    // adj: e = wp.clamp(eccentricity, 0.0, 0.99)                                             <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_mean_anomaly, var_0, adj_mean_anomaly, adj_0, adj_1);
    // adj: mean_anom = mean_anomaly[tid]                                                     <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def orbit_anomaly(                                                                <L 8>
    return;
}



struct orbit_anomaly_4cd62399_cpu_block_payload_forward
{
    wp_args_orbit_anomaly_4cd62399* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void orbit_anomaly_4cd62399_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    orbit_anomaly_4cd62399_cpu_block_payload_forward* payload = (orbit_anomaly_4cd62399_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    orbit_anomaly_4cd62399_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void orbit_anomaly_4cd62399_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orbit_anomaly_4cd62399 *_wp_args)
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
        orbit_anomaly_4cd62399_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &orbit_anomaly_4cd62399_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct orbit_anomaly_4cd62399_cpu_block_payload_backward
{
    wp_args_orbit_anomaly_4cd62399* args;
    wp_args_orbit_anomaly_4cd62399* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void orbit_anomaly_4cd62399_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    orbit_anomaly_4cd62399_cpu_block_payload_backward* payload = (orbit_anomaly_4cd62399_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    orbit_anomaly_4cd62399_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void orbit_anomaly_4cd62399_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orbit_anomaly_4cd62399 *_wp_args,
    wp_args_orbit_anomaly_4cd62399 *_wp_adj_args)
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
        orbit_anomaly_4cd62399_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &orbit_anomaly_4cd62399_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

