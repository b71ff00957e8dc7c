// Warp 1.19.0 cpu code for activate_6f90daa2.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_activate_c7b076bd {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::float32> z;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void activate_c7b076bd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_activate_c7b076bd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    //---------
    // forward
    // def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):         <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // flag = active[tid]                                                                     <L 7>
    var_1 = wp::address(var_active, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if flag != 1:                                                                          <L 8>
    var_5 = (var_2 != var_4);
    if (var_5) {
        // return                                                                             <L 9>
        return;
    }
    // pre = z[tid]                                                                           <L 10>
    var_6 = wp::address(var_z, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // out[tid] = wp.max(pre, 0.0)                                                            <L 11>
    var_10 = wp::max(var_7, var_9);
    wp::array_store(var_out, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void activate_c7b076bd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_activate_c7b076bd *_wp_args,
    wp_args_activate_c7b076bd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::float32> var_z = _wp_args->z;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::float32> adj_z = _wp_adj_args->z;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 1;
    bool var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    //---------
    // forward
    // def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):         <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // flag = active[tid]                                                                     <L 7>
    var_1 = wp::address(var_active, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if flag != 1:                                                                          <L 8>
    var_5 = (var_2 != var_4);
    if (var_5) {
        // return                                                                             <L 9>
        goto label0;
    }
    // pre = z[tid]                                                                           <L 10>
    var_6 = wp::address(var_z, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // out[tid] = wp.max(pre, 0.0)                                                            <L 11>
    var_10 = wp::max(var_7, var_9);
    // wp::array_store(var_out, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_10, adj_out, adj_0, adj_10);
    wp::adj_max(var_7, var_9, adj_7, adj_9, adj_10);
    // adj: out[tid] = wp.max(pre, 0.0)                                                       <L 11>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_z, var_0, adj_z, adj_0, adj_6);
    // adj: pre = z[tid]                                                                      <L 10>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 9>
    }
    // adj: if flag != 1:                                                                     <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: flag = active[tid]                                                                <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def activate(active: wp.array[int], z: wp.array[float], out: wp.array[float]):    <L 5>
    return;
}



struct activate_c7b076bd_cpu_block_payload_forward
{
    wp_args_activate_c7b076bd* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void activate_c7b076bd_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    activate_c7b076bd_cpu_block_payload_forward* payload = (activate_c7b076bd_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    activate_c7b076bd_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void activate_c7b076bd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_activate_c7b076bd *_wp_args)
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
        activate_c7b076bd_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &activate_c7b076bd_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct activate_c7b076bd_cpu_block_payload_backward
{
    wp_args_activate_c7b076bd* args;
    wp_args_activate_c7b076bd* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void activate_c7b076bd_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    activate_c7b076bd_cpu_block_payload_backward* payload = (activate_c7b076bd_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    activate_c7b076bd_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void activate_c7b076bd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_activate_c7b076bd *_wp_args,
    wp_args_activate_c7b076bd *_wp_adj_args)
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
        activate_c7b076bd_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &activate_c7b076bd_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

