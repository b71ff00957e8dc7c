// Warp 1.19.0 cpu code for advance_h_d0fb469c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_advance_h_e4a0533c {
    wp::array_t<wp::float32> e_z;
    wp::array_t<wp::float32> h_x;
    wp::array_t<wp::float32> hy;
    wp::float32 dt_dx;
};


template <bool wp_linear_contiguous>
static void advance_h_e4a0533c_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_advance_h_e4a0533c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_hy = _wp_args->hy;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    wp::float32* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    wp::float32* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    //---------
    // forward
    // def advance_h(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // if j < e_z.shape[1] - 1:                                                               <L 13>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_8 = (var_1 < var_7);
    if (var_8) {
        // h_x[i, j] = h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])                        <L 14>
        var_9 = wp::address(var_h_x, var_0, var_1);
        var_11 = wp::add(var_1, var_10);
        var_12 = wp::address(var_e_z, var_0, var_11);
        var_13 = wp::address(var_e_z, var_0, var_1);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        var_17 = wp::mul(var_dt_dx, var_14);
        var_19 = wp::load(var_9);
        var_18 = wp::sub(var_19, var_17);
        wp::array_store(var_h_x, var_0, var_1, var_18);
    }
    // if i < e_z.shape[0] - 1:                                                               <L 15>
    var_20 = &(var_e_z.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_25 = wp::sub(var_22, var_24);
    var_26 = (var_0 < var_25);
    if (var_26) {
        // hy[i, j] = hy[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])                          <L 16>
        var_27 = wp::address(var_hy, var_0, var_1);
        var_29 = wp::add(var_0, var_28);
        var_30 = wp::address(var_e_z, var_29, var_1);
        var_31 = wp::address(var_e_z, var_0, var_1);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        var_35 = wp::mul(var_dt_dx, var_32);
        var_37 = wp::load(var_27);
        var_36 = wp::add(var_37, var_35);
        wp::array_store(var_hy, var_0, var_1, var_36);
    }
}



template <bool wp_linear_contiguous>
static void advance_h_e4a0533c_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_advance_h_e4a0533c *_wp_args,
    wp_args_advance_h_e4a0533c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> var_h_x = _wp_args->h_x;
    wp::array_t<wp::float32> var_hy = _wp_args->hy;
    wp::float32 var_dt_dx = _wp_args->dt_dx;
    wp::array_t<wp::float32> adj_e_z = _wp_adj_args->e_z;
    wp::array_t<wp::float32> adj_h_x = _wp_adj_args->h_x;
    wp::array_t<wp::float32> adj_hy = _wp_adj_args->hy;
    wp::float32 adj_dt_dx = _wp_adj_args->dt_dx;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::shape_t* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::shape_t var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    bool var_8;
    wp::float32* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    bool var_26;
    wp::float32* var_27;
    const wp::int32 var_28 = 1;
    wp::int32 var_29;
    wp::float32* var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
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
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    //---------
    // forward
    // def advance_h(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // if j < e_z.shape[1] - 1:                                                               <L 13>
    var_2 = &(var_e_z.shape);
    var_5 = wp::load(var_2);
    var_4 = wp::extract(var_5, var_3);
    var_7 = wp::sub(var_4, var_6);
    var_8 = (var_1 < var_7);
    if (var_8) {
        // h_x[i, j] = h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])                        <L 14>
        var_9 = wp::address(var_h_x, var_0, var_1);
        var_11 = wp::add(var_1, var_10);
        var_12 = wp::address(var_e_z, var_0, var_11);
        var_13 = wp::address(var_e_z, var_0, var_1);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        var_17 = wp::mul(var_dt_dx, var_14);
        var_19 = wp::load(var_9);
        var_18 = wp::sub(var_19, var_17);
        // wp::array_store(var_h_x, var_0, var_1, var_18);
    }
    // if i < e_z.shape[0] - 1:                                                               <L 15>
    var_20 = &(var_e_z.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_25 = wp::sub(var_22, var_24);
    var_26 = (var_0 < var_25);
    if (var_26) {
        // hy[i, j] = hy[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])                          <L 16>
        var_27 = wp::address(var_hy, var_0, var_1);
        var_29 = wp::add(var_0, var_28);
        var_30 = wp::address(var_e_z, var_29, var_1);
        var_31 = wp::address(var_e_z, var_0, var_1);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        var_35 = wp::mul(var_dt_dx, var_32);
        var_37 = wp::load(var_27);
        var_36 = wp::add(var_37, var_35);
        // wp::array_store(var_hy, var_0, var_1, var_36);
    }
    //---------
    // reverse
    if (var_26) {
        wp::adj_array_store(var_hy, var_0, var_1, var_36, adj_hy, adj_0, adj_1, adj_36);
        wp::adj_add(var_37, var_35, adj_27, adj_35, adj_36);
        wp::adj_mul(var_dt_dx, var_32, adj_dt_dx, adj_32, adj_35);
        wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_31);
        wp::adj_address(var_e_z, var_29, var_1, adj_e_z, adj_29, adj_1, adj_30);
        wp::adj_add(var_0, var_28, adj_0, adj_28, adj_29);
        wp::adj_address(var_hy, var_0, var_1, adj_hy, adj_0, adj_1, adj_27);
        // adj: hy[i, j] = hy[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])                     <L 16>
    }
    wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
    adj_e_z.shape = adj_20;
    // adj: if i < e_z.shape[0] - 1:                                                          <L 15>
    if (var_8) {
        wp::adj_array_store(var_h_x, var_0, var_1, var_18, adj_h_x, adj_0, adj_1, adj_18);
        wp::adj_sub(var_19, var_17, adj_9, adj_17, adj_18);
        wp::adj_mul(var_dt_dx, var_14, adj_dt_dx, adj_14, adj_17);
        wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_13);
        wp::adj_address(var_e_z, var_0, var_11, adj_e_z, adj_0, adj_11, adj_12);
        wp::adj_add(var_1, var_10, adj_1, adj_10, adj_11);
        wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_9);
        // adj: h_x[i, j] = h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])                   <L 14>
    }
    wp::adj_sub(var_4, var_6, adj_4, adj_6, adj_7);
    adj_e_z.shape = adj_2;
    // adj: if j < e_z.shape[1] - 1:                                                          <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def advance_h(                                                                    <L 5>
    return;
}



struct advance_h_e4a0533c_cpu_block_payload_forward
{
    wp_args_advance_h_e4a0533c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void advance_h_e4a0533c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    advance_h_e4a0533c_cpu_block_payload_forward* payload = (advance_h_e4a0533c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    advance_h_e4a0533c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_h_e4a0533c_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_e4a0533c *_wp_args)
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
        advance_h_e4a0533c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &advance_h_e4a0533c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct advance_h_e4a0533c_cpu_block_payload_backward
{
    wp_args_advance_h_e4a0533c* args;
    wp_args_advance_h_e4a0533c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void advance_h_e4a0533c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    advance_h_e4a0533c_cpu_block_payload_backward* payload = (advance_h_e4a0533c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    advance_h_e4a0533c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void advance_h_e4a0533c_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_advance_h_e4a0533c *_wp_args,
    wp_args_advance_h_e4a0533c *_wp_adj_args)
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
        advance_h_e4a0533c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &advance_h_e4a0533c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

