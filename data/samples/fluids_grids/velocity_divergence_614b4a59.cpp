// Warp 1.19.0 cpu code for velocity_divergence_614b4a59.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_velocity_divergence_382c946a {
    wp::array_t<wp::vec_t<2, wp::float32>> vel;
    wp::array_t<wp::float32> div_out;
};


template <bool wp_linear_contiguous>
static void velocity_divergence_382c946a_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_velocity_divergence_382c946a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_div_out = _wp_args->div_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::vec_t<2, wp::float32>* var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32>* var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::vec_t<2, wp::float32>* var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32>* var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.5;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // forward
    // def velocity_divergence(vel: wp.array2d(dtype=wp.vec2), div_out: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // if i != vel.shape[0] - 1 and j != vel.shape[1] - 1:                                    <L 7>
    var_3 = &(var_vel.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_8 = wp::sub(var_5, var_7);
    var_9 = (var_0 != var_8);
    var_2 = var_9;
    if (var_2) {
        var_10 = &(var_vel.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = (var_1 != var_15);
        var_2 = var_2 && var_16;
    }
    if (var_2) {
        // dx_term = (vel[i + 1, j][0] - vel[i, j][0]) * 0.5                                  <L 8>
        var_18 = wp::add(var_0, var_17);
        var_19 = wp::address(var_vel, var_18, var_1);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::address(var_vel, var_0, var_1);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = wp::sub(var_21, var_25);
        var_29 = wp::mul(var_27, var_28);
        // dy_term = (vel[i, j + 1][1] - vel[i, j][1]) * 0.5                                  <L 9>
        var_31 = wp::add(var_1, var_30);
        var_32 = wp::address(var_vel, var_0, var_31);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::address(var_vel, var_0, var_1);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_40 = wp::sub(var_34, var_38);
        var_42 = wp::mul(var_40, var_41);
        // div_out[i, j] = dx_term + dy_term                                                  <L 10>
        var_43 = wp::add(var_29, var_42);
        wp::array_store(var_div_out, var_0, var_1, var_43);
    }
}



template <bool wp_linear_contiguous>
static void velocity_divergence_382c946a_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_velocity_divergence_382c946a *_wp_args,
    wp_args_velocity_divergence_382c946a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel = _wp_args->vel;
    wp::array_t<wp::float32> var_div_out = _wp_args->div_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel = _wp_adj_args->vel;
    wp::array_t<wp::float32> adj_div_out = _wp_adj_args->div_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    bool var_9;
    wp::shape_t* var_10;
    const wp::int32 var_11 = 1;
    wp::int32 var_12;
    wp::shape_t var_13;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::vec_t<2, wp::float32>* var_19;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    wp::vec_t<2, wp::float32> var_22;
    wp::vec_t<2, wp::float32>* var_23;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    wp::vec_t<2, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.5;
    wp::float32 var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::vec_t<2, wp::float32>* var_32;
    const wp::int32 var_33 = 1;
    wp::float32 var_34;
    wp::vec_t<2, wp::float32> var_35;
    wp::vec_t<2, wp::float32>* var_36;
    const wp::int32 var_37 = 1;
    wp::float32 var_38;
    wp::vec_t<2, wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.5;
    wp::float32 var_42;
    wp::float32 var_43;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::shape_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::shape_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<2, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<2, wp::float32> adj_22 = {};
    wp::vec_t<2, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<2, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::vec_t<2, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<2, wp::float32> adj_35 = {};
    wp::vec_t<2, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<2, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    //---------
    // forward
    // def velocity_divergence(vel: wp.array2d(dtype=wp.vec2), div_out: wp.array2d(dtype=float)):       <L 5>
    // i, j = wp.tid()                                                                        <L 6>
    builtin_tid2d(var_0, var_1);
    // if i != vel.shape[0] - 1 and j != vel.shape[1] - 1:                                    <L 7>
    var_3 = &(var_vel.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_8 = wp::sub(var_5, var_7);
    var_9 = (var_0 != var_8);
    var_2 = var_9;
    if (var_2) {
        var_10 = &(var_vel.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = (var_1 != var_15);
        var_2 = var_2 && var_16;
    }
    if (var_2) {
        // dx_term = (vel[i + 1, j][0] - vel[i, j][0]) * 0.5                                  <L 8>
        var_18 = wp::add(var_0, var_17);
        var_19 = wp::address(var_vel, var_18, var_1);
        var_22 = wp::load(var_19);
        var_21 = wp::extract(var_22, var_20);
        var_23 = wp::address(var_vel, var_0, var_1);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_27 = wp::sub(var_21, var_25);
        var_29 = wp::mul(var_27, var_28);
        // dy_term = (vel[i, j + 1][1] - vel[i, j][1]) * 0.5                                  <L 9>
        var_31 = wp::add(var_1, var_30);
        var_32 = wp::address(var_vel, var_0, var_31);
        var_35 = wp::load(var_32);
        var_34 = wp::extract(var_35, var_33);
        var_36 = wp::address(var_vel, var_0, var_1);
        var_39 = wp::load(var_36);
        var_38 = wp::extract(var_39, var_37);
        var_40 = wp::sub(var_34, var_38);
        var_42 = wp::mul(var_40, var_41);
        // div_out[i, j] = dx_term + dy_term                                                  <L 10>
        var_43 = wp::add(var_29, var_42);
        // wp::array_store(var_div_out, var_0, var_1, var_43);
    }
    //---------
    // reverse
    if (var_2) {
        wp::adj_array_store(var_div_out, var_0, var_1, var_43, adj_div_out, adj_0, adj_1, adj_43);
        wp::adj_add(var_29, var_42, adj_29, adj_42, adj_43);
        // adj: div_out[i, j] = dx_term + dy_term                                             <L 10>
        wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
        wp::adj_sub(var_34, var_38, adj_34, adj_38, adj_40);
        wp::adj_extract(var_39, var_37, adj_36, adj_37, adj_38);
        wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_36);
        wp::adj_extract(var_35, var_33, adj_32, adj_33, adj_34);
        wp::adj_address(var_vel, var_0, var_31, adj_vel, adj_0, adj_31, adj_32);
        wp::adj_add(var_1, var_30, adj_1, adj_30, adj_31);
        // adj: dy_term = (vel[i, j + 1][1] - vel[i, j][1]) * 0.5                             <L 9>
        wp::adj_mul(var_27, var_28, adj_27, adj_28, adj_29);
        wp::adj_sub(var_21, var_25, adj_21, adj_25, adj_27);
        wp::adj_extract(var_26, var_24, adj_23, adj_24, adj_25);
        wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_23);
        wp::adj_extract(var_22, var_20, adj_19, adj_20, adj_21);
        wp::adj_address(var_vel, var_18, var_1, adj_vel, adj_18, adj_1, adj_19);
        wp::adj_add(var_0, var_17, adj_0, adj_17, adj_18);
        // adj: dx_term = (vel[i + 1, j][0] - vel[i, j][0]) * 0.5                             <L 8>
    }
    if (var_2) {
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        adj_vel.shape = adj_10;
    }
    wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_8);
    adj_vel.shape = adj_3;
    // adj: if i != vel.shape[0] - 1 and j != vel.shape[1] - 1:                               <L 7>
    // adj: i, j = wp.tid()                                                                   <L 6>
    // adj: def velocity_divergence(vel: wp.array2d(dtype=wp.vec2), div_out: wp.array2d(dtype=float)):  <L 5>
    return;
}



struct velocity_divergence_382c946a_cpu_block_payload_forward
{
    wp_args_velocity_divergence_382c946a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void velocity_divergence_382c946a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    velocity_divergence_382c946a_cpu_block_payload_forward* payload = (velocity_divergence_382c946a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    velocity_divergence_382c946a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void velocity_divergence_382c946a_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_382c946a *_wp_args)
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
        velocity_divergence_382c946a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &velocity_divergence_382c946a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct velocity_divergence_382c946a_cpu_block_payload_backward
{
    wp_args_velocity_divergence_382c946a* args;
    wp_args_velocity_divergence_382c946a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void velocity_divergence_382c946a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    velocity_divergence_382c946a_cpu_block_payload_backward* payload = (velocity_divergence_382c946a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    velocity_divergence_382c946a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void velocity_divergence_382c946a_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_velocity_divergence_382c946a *_wp_args,
    wp_args_velocity_divergence_382c946a *_wp_adj_args)
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
        velocity_divergence_382c946a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &velocity_divergence_382c946a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

