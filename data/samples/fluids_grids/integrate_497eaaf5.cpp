// Warp 1.19.0 cpu code for integrate_497eaaf5.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_8bbbdce0 {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> density;
    wp::array_t<wp::vec_t<2, wp::float32>> velocity_out;
    wp::float32 drag;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void integrate_8bbbdce0_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_integrate_8bbbdce0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out = _wp_args->velocity_out;
    wp::float32 var_drag = _wp_args->drag;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    //---------
    // forward
    // def integrate(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // vel = u[i, j]                                                                          <L 13>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rho = density[i, j]                                                                    <L 14>
    var_5 = wp::address(var_density, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))                                     <L 15>
    var_8 = wp::neg(var_3);
    var_11 = wp::clamp(var_6, var_9, var_10);
    var_12 = wp::mul(var_drag, var_11);
    var_13 = wp::mul(var_8, var_12);
    // velocity_out[i, j] = vel + dt * friction                                               <L 16>
    var_14 = wp::mul(var_dt, var_13);
    var_15 = wp::add(var_3, var_14);
    wp::array_store(var_velocity_out, var_0, var_1, var_15);
}



template <bool wp_linear_contiguous>
static void integrate_8bbbdce0_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_integrate_8bbbdce0 *_wp_args,
    wp_args_integrate_8bbbdce0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out = _wp_args->velocity_out;
    wp::float32 var_drag = _wp_args->drag;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out = _wp_adj_args->velocity_out;
    wp::float32 adj_drag = _wp_adj_args->drag;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<2, wp::float32> var_13;
    wp::vec_t<2, wp::float32> var_14;
    wp::vec_t<2, wp::float32> var_15;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<2, wp::float32> adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::vec_t<2, wp::float32> adj_15 = {};
    //---------
    // forward
    // def integrate(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // vel = u[i, j]                                                                          <L 13>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rho = density[i, j]                                                                    <L 14>
    var_5 = wp::address(var_density, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))                                     <L 15>
    var_8 = wp::neg(var_3);
    var_11 = wp::clamp(var_6, var_9, var_10);
    var_12 = wp::mul(var_drag, var_11);
    var_13 = wp::mul(var_8, var_12);
    // velocity_out[i, j] = vel + dt * friction                                               <L 16>
    var_14 = wp::mul(var_dt, var_13);
    var_15 = wp::add(var_3, var_14);
    // wp::array_store(var_velocity_out, var_0, var_1, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_velocity_out, var_0, var_1, var_15, adj_velocity_out, adj_0, adj_1, adj_15);
    wp::adj_add(var_3, var_14, adj_3, adj_14, adj_15);
    wp::adj_mul(var_dt, var_13, adj_dt, adj_13, adj_14);
    // adj: velocity_out[i, j] = vel + dt * friction                                          <L 16>
    wp::adj_mul(var_8, var_12, adj_8, adj_12, adj_13);
    wp::adj_mul(var_drag, var_11, adj_drag, adj_11, adj_12);
    wp::adj_clamp(var_6, var_9, var_10, adj_6, adj_9, adj_10, adj_11);
    wp::adj_neg(var_3, adj_3, adj_8);
    // adj: friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))                                <L 15>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_5);
    // adj: rho = density[i, j]                                                               <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
    // adj: vel = u[i, j]                                                                     <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def integrate(                                                                    <L 5>
    return;
}



struct integrate_8bbbdce0_cpu_block_payload_forward
{
    wp_args_integrate_8bbbdce0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_8bbbdce0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    integrate_8bbbdce0_cpu_block_payload_forward* payload = (integrate_8bbbdce0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_8bbbdce0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_8bbbdce0_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_8bbbdce0 *_wp_args)
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
        integrate_8bbbdce0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_8bbbdce0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_8bbbdce0_cpu_block_payload_backward
{
    wp_args_integrate_8bbbdce0* args;
    wp_args_integrate_8bbbdce0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_8bbbdce0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    integrate_8bbbdce0_cpu_block_payload_backward* payload = (integrate_8bbbdce0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_8bbbdce0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_8bbbdce0_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_8bbbdce0 *_wp_args,
    wp_args_integrate_8bbbdce0 *_wp_adj_args)
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
        integrate_8bbbdce0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_8bbbdce0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

