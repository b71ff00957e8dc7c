// Warp 1.19.0 cpu code for velocity_divergence_53723d16.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_velocity_divergence_cc93f337 {
    wp::array_t<wp::float32> vel_x;
    wp::array_t<wp::float32> vel_y;
    wp::array_t<wp::float32> div;
};


template <bool wp_linear_contiguous>
static void velocity_divergence_cc93f337_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_velocity_divergence_cc93f337 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_vel_x = _wp_args->vel_x;
    wp::array_t<wp::float32> var_vel_y = _wp_args->vel_y;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // forward
    // def velocity_divergence(vel_x: wp.array2d[float], vel_y: wp.array2d[float], div: wp.array2d[float]):       <L 5>
    // i, j = wp.tid()                                                                        <L 7>
    builtin_tid2d(var_0, var_1);
    // if i == vel_x.shape[0] - 1:                                                            <L 8>
    var_2 = &(var_vel_x.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_8 = (var_0 == var_7);
    if (var_8) {
        // return                                                                             <L 9>
        return;
    }
    // if j == vel_x.shape[1] - 1:                                                            <L 10>
    var_9 = &(var_vel_x.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = (var_1 == var_14);
    if (var_15) {
        // return                                                                             <L 11>
        return;
    }
    // dx_term = (vel_x[i + 1, j] - vel_x[i, j]) * 0.5                                        <L 12>
    var_17 = wp::add(var_0, var_16);
    var_18 = wp::address(var_vel_x, var_17, var_1);
    var_19 = wp::address(var_vel_x, var_0, var_1);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    var_24 = wp::mul(var_20, var_23);
    // dy_term = (vel_y[i, j + 1] - vel_y[i, j]) * 0.5                                        <L 13>
    var_26 = wp::add(var_1, var_25);
    var_27 = wp::address(var_vel_y, var_0, var_26);
    var_28 = wp::address(var_vel_y, var_0, var_1);
    var_30 = wp::load(var_27);
    var_31 = wp::load(var_28);
    var_29 = wp::sub(var_30, var_31);
    var_33 = wp::mul(var_29, var_32);
    // div[i, j] = dx_term + dy_term                                                          <L 14>
    var_34 = wp::add(var_24, var_33);
    wp::array_store(var_div, var_0, var_1, var_34);
}



template <bool wp_linear_contiguous>
static void velocity_divergence_cc93f337_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_velocity_divergence_cc93f337 *_wp_args,
    wp_args_velocity_divergence_cc93f337 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_vel_x = _wp_args->vel_x;
    wp::array_t<wp::float32> var_vel_y = _wp_args->vel_y;
    wp::array_t<wp::float32> var_div = _wp_args->div;
    wp::array_t<wp::float32> adj_vel_x = _wp_adj_args->vel_x;
    wp::array_t<wp::float32> adj_vel_y = _wp_adj_args->vel_y;
    wp::array_t<wp::float32> adj_div = _wp_adj_args->div;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::float32 var_23 = 0.5;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32* var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    const wp::float32 var_32 = 0.5;
    wp::float32 var_33;
    wp::float32 var_34;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::shape_t adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::shape_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    //---------
    // forward
    // def velocity_divergence(vel_x: wp.array2d[float], vel_y: wp.array2d[float], div: wp.array2d[float]):       <L 5>
    // i, j = wp.tid()                                                                        <L 7>
    builtin_tid2d(var_0, var_1);
    // if i == vel_x.shape[0] - 1:                                                            <L 8>
    var_2 = &(var_vel_x.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_8 = (var_0 == var_7);
    if (var_8) {
        // return                                                                             <L 9>
        goto label0;
    }
    // if j == vel_x.shape[1] - 1:                                                            <L 10>
    var_9 = &(var_vel_x.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    var_14 = wp::sub(var_11, var_13);
    var_15 = (var_1 == var_14);
    if (var_15) {
        // return                                                                             <L 11>
        goto label1;
    }
    // dx_term = (vel_x[i + 1, j] - vel_x[i, j]) * 0.5                                        <L 12>
    var_17 = wp::add(var_0, var_16);
    var_18 = wp::address(var_vel_x, var_17, var_1);
    var_19 = wp::address(var_vel_x, var_0, var_1);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    var_24 = wp::mul(var_20, var_23);
    // dy_term = (vel_y[i, j + 1] - vel_y[i, j]) * 0.5                                        <L 13>
    var_26 = wp::add(var_1, var_25);
    var_27 = wp::address(var_vel_y, var_0, var_26);
    var_28 = wp::address(var_vel_y, var_0, var_1);
    var_30 = wp::load(var_27);
    var_31 = wp::load(var_28);
    var_29 = wp::sub(var_30, var_31);
    var_33 = wp::mul(var_29, var_32);
    // div[i, j] = dx_term + dy_term                                                          <L 14>
    var_34 = wp::add(var_24, var_33);
    // wp::array_store(var_div, var_0, var_1, var_34);
    //---------
    // reverse
    wp::adj_array_store(var_div, var_0, var_1, var_34, adj_div, adj_0, adj_1, adj_34);
    wp::adj_add(var_24, var_33, adj_24, adj_33, adj_34);
    // adj: div[i, j] = dx_term + dy_term                                                     <L 14>
    wp::adj_mul(var_29, var_32, adj_29, adj_32, adj_33);
    wp::adj_sub(var_30, var_31, adj_27, adj_28, adj_29);
    wp::adj_address(var_vel_y, var_0, var_1, adj_vel_y, adj_0, adj_1, adj_28);
    wp::adj_address(var_vel_y, var_0, var_26, adj_vel_y, adj_0, adj_26, adj_27);
    wp::adj_add(var_1, var_25, adj_1, adj_25, adj_26);
    // adj: dy_term = (vel_y[i, j + 1] - vel_y[i, j]) * 0.5                                   <L 13>
    wp::adj_mul(var_20, var_23, adj_20, adj_23, adj_24);
    wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
    wp::adj_address(var_vel_x, var_0, var_1, adj_vel_x, adj_0, adj_1, adj_19);
    wp::adj_address(var_vel_x, var_17, var_1, adj_vel_x, adj_17, adj_1, adj_18);
    wp::adj_add(var_0, var_16, adj_0, adj_16, adj_17);
    // adj: dx_term = (vel_x[i + 1, j] - vel_x[i, j]) * 0.5                                   <L 12>
    if (var_15) {
        label1:;
        // adj: return                                                                        <L 11>
    }
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    adj_vel_x.shape = adj_9;
    // adj: if j == vel_x.shape[1] - 1:                                                       <L 10>
    if (var_8) {
        label0:;
        // adj: return                                                                        <L 9>
    }
    wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
    adj_vel_x.shape = adj_2;
    // adj: if i == vel_x.shape[0] - 1:                                                       <L 8>
    // adj: i, j = wp.tid()                                                                   <L 7>
    // adj: def velocity_divergence(vel_x: wp.array2d[float], vel_y: wp.array2d[float], div: wp.array2d[float]):  <L 5>
    return;
}



struct velocity_divergence_cc93f337_cpu_block_payload_forward
{
    wp_args_velocity_divergence_cc93f337* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void velocity_divergence_cc93f337_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    velocity_divergence_cc93f337_cpu_block_payload_forward* payload = (velocity_divergence_cc93f337_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    velocity_divergence_cc93f337_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void velocity_divergence_cc93f337_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_cc93f337 *_wp_args)
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
        velocity_divergence_cc93f337_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &velocity_divergence_cc93f337_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct velocity_divergence_cc93f337_cpu_block_payload_backward
{
    wp_args_velocity_divergence_cc93f337* args;
    wp_args_velocity_divergence_cc93f337* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void velocity_divergence_cc93f337_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    velocity_divergence_cc93f337_cpu_block_payload_backward* payload = (velocity_divergence_cc93f337_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    velocity_divergence_cc93f337_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void velocity_divergence_cc93f337_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_cc93f337 *_wp_args,
    wp_args_velocity_divergence_cc93f337 *_wp_adj_args)
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
        velocity_divergence_cc93f337_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &velocity_divergence_cc93f337_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

