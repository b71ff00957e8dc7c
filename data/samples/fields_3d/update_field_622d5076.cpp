// Warp 1.19.0 cpu code for update_field_622d5076.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_update_field_947ef0ee {
    wp::array_t<wp::float32> field;
    wp::array_t<wp::int32> solid;
    wp::float32 s;
};


template <bool wp_linear_contiguous>
static void update_field_947ef0ee_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_field_947ef0ee *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<wp::int32> var_solid = _wp_args->solid;
    wp::float32 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // forward
    // def update_field(field: wp.array3d[float], solid: wp.array3d[int], s: float):          <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // if solid[i, j, k] != 0:                                                                <L 7>
    var_3 = wp::address(var_solid, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 != var_4);
    if (var_5) {
        // field[i, j, k] = 0.0                                                               <L 8>
        wp::array_store(var_field, var_0, var_1, var_2, var_7);
        // return                                                                             <L 9>
        return;
    }
    // field[i, j, k] *= s                                                                    <L 10>
    var_8 = wp::address(var_field, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_s);
    wp::array_store(var_field, var_0, var_1, var_2, var_9);
}



template <bool wp_linear_contiguous>
static void update_field_947ef0ee_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_update_field_947ef0ee *_wp_args,
    wp_args_update_field_947ef0ee *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_field = _wp_args->field;
    wp::array_t<wp::int32> var_solid = _wp_args->solid;
    wp::float32 var_s = _wp_args->s;
    wp::array_t<wp::float32> adj_field = _wp_adj_args->field;
    wp::array_t<wp::int32> adj_solid = _wp_adj_args->solid;
    wp::float32 adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::int32 var_6;
    const wp::float32 var_7 = 0.0;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def update_field(field: wp.array3d[float], solid: wp.array3d[int], s: float):          <L 5>
    // i, j, k = wp.tid()                                                                     <L 6>
    builtin_tid3d(var_0, var_1, var_2);
    // if solid[i, j, k] != 0:                                                                <L 7>
    var_3 = wp::address(var_solid, var_0, var_1, var_2);
    var_6 = wp::load(var_3);
    var_5 = (var_6 != var_4);
    if (var_5) {
        // field[i, j, k] = 0.0                                                               <L 8>
        // wp::array_store(var_field, var_0, var_1, var_2, var_7);
        // return                                                                             <L 9>
        goto label0;
    }
    // field[i, j, k] *= s                                                                    <L 10>
    var_8 = wp::address(var_field, var_0, var_1, var_2);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_s);
    // wp::array_store(var_field, var_0, var_1, var_2, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_field, var_0, var_1, var_2, var_9, adj_field, adj_0, adj_1, adj_2, adj_9);
    wp::adj_mul(var_10, var_s, adj_8, adj_s, adj_9);
    wp::adj_address(var_field, var_0, var_1, var_2, adj_field, adj_0, adj_1, adj_2, adj_8);
    // adj: field[i, j, k] *= s                                                               <L 10>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 9>
        wp::adj_array_store(var_field, var_0, var_1, var_2, var_7, adj_field, adj_0, adj_1, adj_2, adj_7);
        // adj: field[i, j, k] = 0.0                                                          <L 8>
    }
    wp::adj_address(var_solid, var_0, var_1, var_2, adj_solid, adj_0, adj_1, adj_2, adj_3);
    // adj: if solid[i, j, k] != 0:                                                           <L 7>
    // adj: i, j, k = wp.tid()                                                                <L 6>
    // adj: def update_field(field: wp.array3d[float], solid: wp.array3d[int], s: float):     <L 5>
    return;
}



struct update_field_947ef0ee_cpu_block_payload_forward
{
    wp_args_update_field_947ef0ee* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_field_947ef0ee_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    update_field_947ef0ee_cpu_block_payload_forward* payload = (update_field_947ef0ee_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_field_947ef0ee_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void update_field_947ef0ee_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_947ef0ee *_wp_args)
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
        update_field_947ef0ee_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_field_947ef0ee_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct update_field_947ef0ee_cpu_block_payload_backward
{
    wp_args_update_field_947ef0ee* args;
    wp_args_update_field_947ef0ee* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void update_field_947ef0ee_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<3>* dim = (wp::launch_bounds_t<3>*)dim_ptr;
    update_field_947ef0ee_cpu_block_payload_backward* payload = (update_field_947ef0ee_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    update_field_947ef0ee_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void update_field_947ef0ee_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_update_field_947ef0ee *_wp_args,
    wp_args_update_field_947ef0ee *_wp_adj_args)
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
        update_field_947ef0ee_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &update_field_947ef0ee_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

