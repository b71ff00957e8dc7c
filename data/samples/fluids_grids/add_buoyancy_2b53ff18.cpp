// Warp 1.19.0 cpu code for add_buoyancy_2b53ff18.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_add_buoyancy_495b9a05 {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> density;
    wp::array_t<wp::vec_t<2, wp::float32>> u_out;
    wp::float32 buoyancy;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void add_buoyancy_495b9a05_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_buoyancy_495b9a05 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::float32 var_buoyancy = _wp_args->buoyancy;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // forward
    // def add_buoyancy(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])                    <L 14>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::address(var_density, var_0, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_buoyancy, var_6);
    var_7 = wp::vec_t<2, wp::float32>(var_3, var_5);
    var_8 = wp::mul(var_dt, var_7);
    var_10 = wp::load(var_2);
    var_9 = wp::add(var_10, var_8);
    wp::array_store(var_u_out, var_0, var_1, var_9);
}



template <bool wp_linear_contiguous>
static void add_buoyancy_495b9a05_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_buoyancy_495b9a05 *_wp_args,
    wp_args_add_buoyancy_495b9a05 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out = _wp_args->u_out;
    wp::float32 var_buoyancy = _wp_args->buoyancy;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out = _wp_adj_args->u_out;
    wp::float32 adj_buoyancy = _wp_adj_args->buoyancy;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    wp::vec_t<2, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    wp::vec_t<2, wp::float32> adj_10 = {};
    //---------
    // forward
    // def add_buoyancy(                                                                      <L 5>
    // i, j = wp.tid()                                                                        <L 13>
    builtin_tid2d(var_0, var_1);
    // u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])                    <L 14>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::address(var_density, var_0, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::mul(var_buoyancy, var_6);
    var_7 = wp::vec_t<2, wp::float32>(var_3, var_5);
    var_8 = wp::mul(var_dt, var_7);
    var_10 = wp::load(var_2);
    var_9 = wp::add(var_10, var_8);
    // wp::array_store(var_u_out, var_0, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_u_out, var_0, var_1, var_9, adj_u_out, adj_0, adj_1, adj_9);
    wp::adj_add(var_10, var_8, adj_2, adj_8, adj_9);
    wp::adj_mul(var_dt, var_7, adj_dt, adj_7, adj_8);
    wp::adj_vec_t(var_3, var_5, adj_3, adj_5, adj_7);
    wp::adj_mul(var_buoyancy, var_6, adj_buoyancy, adj_4, adj_5);
    wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_4);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
    // adj: u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])               <L 14>
    // adj: i, j = wp.tid()                                                                   <L 13>
    // adj: def add_buoyancy(                                                                 <L 5>
    return;
}



struct add_buoyancy_495b9a05_cpu_block_payload_forward
{
    wp_args_add_buoyancy_495b9a05* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_buoyancy_495b9a05_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    add_buoyancy_495b9a05_cpu_block_payload_forward* payload = (add_buoyancy_495b9a05_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_buoyancy_495b9a05_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void add_buoyancy_495b9a05_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_buoyancy_495b9a05 *_wp_args)
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
        add_buoyancy_495b9a05_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_buoyancy_495b9a05_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct add_buoyancy_495b9a05_cpu_block_payload_backward
{
    wp_args_add_buoyancy_495b9a05* args;
    wp_args_add_buoyancy_495b9a05* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_buoyancy_495b9a05_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    add_buoyancy_495b9a05_cpu_block_payload_backward* payload = (add_buoyancy_495b9a05_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_buoyancy_495b9a05_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void add_buoyancy_495b9a05_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_buoyancy_495b9a05 *_wp_args,
    wp_args_add_buoyancy_495b9a05 *_wp_adj_args)
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
        add_buoyancy_495b9a05_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_buoyancy_495b9a05_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

