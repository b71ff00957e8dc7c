// Warp 1.19.0 cpu code for update_ez_96f4499b.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_update_ez_12a10c1e {
    wp::array_t<wp::float32> hx;
    wp::array_t<wp::float32> hy;
    wp::array_t<wp::float32> ca;
    wp::float32 courant;
    wp::int32 source_i;
    wp::int32 source_j;
    wp::float32 amp;
    wp::float32 frequency;
    wp::float32 time;
    wp::array_t<wp::float32> e_z;
};


template <bool wp_linear_contiguous>
static void update_ez_12a10c1e_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_ez_12a10c1e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hx = _wp_args->hx;
    wp::array_t<wp::float32> var_hy = _wp_args->hy;
    wp::array_t<wp::float32> var_ca = _wp_args->ca;
    wp::float32 var_courant = _wp_args->courant;
    wp::int32 var_source_i = _wp_args->source_i;
    wp::int32 var_source_j = _wp_args->source_j;
    wp::float32 var_amp = _wp_args->amp;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::float32* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    bool var_30;
    bool var_31;
    const wp::float32 var_32 = 6.283185307179586;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // forward
    // def update_ez(                                                                         <L 8>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // if i == 0 or j == 0:                                                                   <L 22>
    var_4 = (var_0 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 23>
        return;
    }
    // curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                           <L 24>
    var_7 = wp::address(var_hy, var_0, var_1);
    var_9 = wp::sub(var_0, var_8);
    var_10 = wp::address(var_hy, var_9, var_1);
    var_12 = wp::load(var_7);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    var_14 = wp::address(var_hx, var_0, var_1);
    var_16 = wp::sub(var_1, var_15);
    var_17 = wp::address(var_hx, var_0, var_16);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_17);
    var_18 = wp::sub(var_19, var_20);
    var_21 = wp::sub(var_11, var_18);
    // e = ca[i, j] * e_z[i, j] + courant * curl                                              <L 25>
    var_22 = wp::address(var_ca, var_0, var_1);
    var_23 = wp::address(var_e_z, var_0, var_1);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = wp::mul(var_25, var_26);
    var_27 = wp::mul(var_courant, var_21);
    var_28 = wp::add(var_24, var_27);
    // if i == source_i and j == source_j:                                                    <L 26>
    var_30 = (var_0 == var_source_i);
    var_29 = var_30;
    if (var_29) {
        var_31 = (var_1 == var_source_j);
        var_29 = var_29 && var_31;
    }
    if (var_29) {
        // s = amp * wp.sin(TWO_PI * frequency * time)                                        <L 27>
        var_33 = wp::mul(var_32, var_frequency);
        var_34 = wp::mul(var_33, var_time);
        var_35 = wp::sin(var_34);
        var_36 = wp::mul(var_amp, var_35);
        // e += s                                                                             <L 28>
        var_37 = wp::add(var_28, var_36);
    }
    var_38 = wp::where(var_29, var_37, var_28);
    // e_z[i, j] = e                                                                          <L 29>
    wp::array_store(var_e_z, var_0, var_1, var_38);
}



template <bool wp_linear_contiguous>
static void update_ez_12a10c1e_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_update_ez_12a10c1e *_wp_args,
    wp_args_update_ez_12a10c1e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_hx = _wp_args->hx;
    wp::array_t<wp::float32> var_hy = _wp_args->hy;
    wp::array_t<wp::float32> var_ca = _wp_args->ca;
    wp::float32 var_courant = _wp_args->courant;
    wp::int32 var_source_i = _wp_args->source_i;
    wp::int32 var_source_j = _wp_args->source_j;
    wp::float32 var_amp = _wp_args->amp;
    wp::float32 var_frequency = _wp_args->frequency;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::float32> var_e_z = _wp_args->e_z;
    wp::array_t<wp::float32> adj_hx = _wp_adj_args->hx;
    wp::array_t<wp::float32> adj_hy = _wp_adj_args->hy;
    wp::array_t<wp::float32> adj_ca = _wp_adj_args->ca;
    wp::float32 adj_courant = _wp_adj_args->courant;
    wp::int32 adj_source_i = _wp_adj_args->source_i;
    wp::int32 adj_source_j = _wp_adj_args->source_j;
    wp::float32 adj_amp = _wp_adj_args->amp;
    wp::float32 adj_frequency = _wp_adj_args->frequency;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::array_t<wp::float32> adj_e_z = _wp_adj_args->e_z;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::float32* var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    bool var_30;
    bool var_31;
    const wp::float32 var_32 = 6.283185307179586;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    //---------
    // forward
    // def update_ez(                                                                         <L 8>
    // i, j = wp.tid()                                                                        <L 20>
    builtin_tid2d(var_0, var_1);
    // if i == 0 or j == 0:                                                                   <L 22>
    var_4 = (var_0 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_6 = (var_1 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 23>
        goto label0;
    }
    // curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                           <L 24>
    var_7 = wp::address(var_hy, var_0, var_1);
    var_9 = wp::sub(var_0, var_8);
    var_10 = wp::address(var_hy, var_9, var_1);
    var_12 = wp::load(var_7);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    var_14 = wp::address(var_hx, var_0, var_1);
    var_16 = wp::sub(var_1, var_15);
    var_17 = wp::address(var_hx, var_0, var_16);
    var_19 = wp::load(var_14);
    var_20 = wp::load(var_17);
    var_18 = wp::sub(var_19, var_20);
    var_21 = wp::sub(var_11, var_18);
    // e = ca[i, j] * e_z[i, j] + courant * curl                                              <L 25>
    var_22 = wp::address(var_ca, var_0, var_1);
    var_23 = wp::address(var_e_z, var_0, var_1);
    var_25 = wp::load(var_22);
    var_26 = wp::load(var_23);
    var_24 = wp::mul(var_25, var_26);
    var_27 = wp::mul(var_courant, var_21);
    var_28 = wp::add(var_24, var_27);
    // if i == source_i and j == source_j:                                                    <L 26>
    var_30 = (var_0 == var_source_i);
    var_29 = var_30;
    if (var_29) {
        var_31 = (var_1 == var_source_j);
        var_29 = var_29 && var_31;
    }
    if (var_29) {
        // s = amp * wp.sin(TWO_PI * frequency * time)                                        <L 27>
        var_33 = wp::mul(var_32, var_frequency);
        var_34 = wp::mul(var_33, var_time);
        var_35 = wp::sin(var_34);
        var_36 = wp::mul(var_amp, var_35);
        // e += s                                                                             <L 28>
        var_37 = wp::add(var_28, var_36);
    }
    var_38 = wp::where(var_29, var_37, var_28);
    // e_z[i, j] = e                                                                          <L 29>
    // wp::array_store(var_e_z, var_0, var_1, var_38);
    //---------
    // reverse
    wp::adj_array_store(var_e_z, var_0, var_1, var_38, adj_e_z, adj_0, adj_1, adj_38);
    // adj: e_z[i, j] = e                                                                     <L 29>
    wp::adj_where(var_29, var_37, var_28, adj_29, adj_37, adj_28, adj_38);
    if (var_29) {
        wp::adj_add(var_28, var_36, adj_28, adj_36, adj_37);
        // adj: e += s                                                                        <L 28>
        wp::adj_mul(var_amp, var_35, adj_amp, adj_35, adj_36);
        wp::adj_sin(var_34, adj_34, adj_35);
        wp::adj_mul(var_33, var_time, adj_33, adj_time, adj_34);
        wp::adj_mul(var_32, var_frequency, adj_32, adj_frequency, adj_33);
        // adj: s = amp * wp.sin(TWO_PI * frequency * time)                                   <L 27>
    }
    if (var_29) {
    }
    // adj: if i == source_i and j == source_j:                                               <L 26>
    wp::adj_add(var_24, var_27, adj_24, adj_27, adj_28);
    wp::adj_mul(var_courant, var_21, adj_courant, adj_21, adj_27);
    wp::adj_mul(var_25, var_26, adj_22, adj_23, adj_24);
    wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_23);
    wp::adj_address(var_ca, var_0, var_1, adj_ca, adj_0, adj_1, adj_22);
    // adj: e = ca[i, j] * e_z[i, j] + courant * curl                                         <L 25>
    wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
    wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
    wp::adj_address(var_hx, var_0, var_16, adj_hx, adj_0, adj_16, adj_17);
    wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
    wp::adj_address(var_hx, var_0, var_1, adj_hx, adj_0, adj_1, adj_14);
    wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
    wp::adj_address(var_hy, var_9, var_1, adj_hy, adj_9, adj_1, adj_10);
    wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_address(var_hy, var_0, var_1, adj_hy, adj_0, adj_1, adj_7);
    // adj: curl = (hy[i, j] - hy[i - 1, j]) - (hx[i, j] - hx[i, j - 1])                      <L 24>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 23>
    }
    if (!var_2) {
    }
    // adj: if i == 0 or j == 0:                                                              <L 22>
    // adj: i, j = wp.tid()                                                                   <L 20>
    // adj: def update_ez(                                                                    <L 8>
    return;
}



struct update_ez_12a10c1e_cpu_block_payload_forward
{
    wp_args_update_ez_12a10c1e* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_ez_12a10c1e_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    update_ez_12a10c1e_cpu_block_payload_forward* payload = (update_ez_12a10c1e_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_ez_12a10c1e_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void update_ez_12a10c1e_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_ez_12a10c1e *_wp_args)
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
        update_ez_12a10c1e_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_ez_12a10c1e_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct update_ez_12a10c1e_cpu_block_payload_backward
{
    wp_args_update_ez_12a10c1e* args;
    wp_args_update_ez_12a10c1e* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_ez_12a10c1e_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    update_ez_12a10c1e_cpu_block_payload_backward* payload = (update_ez_12a10c1e_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_ez_12a10c1e_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void update_ez_12a10c1e_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_update_ez_12a10c1e *_wp_args,
    wp_args_update_ez_12a10c1e *_wp_adj_args)
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
        update_ez_12a10c1e_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_ez_12a10c1e_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

