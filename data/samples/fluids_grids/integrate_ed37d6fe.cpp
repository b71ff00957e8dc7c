// Warp 1.19.0 cpu code for integrate_ed37d6fe.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_integrate_decf93d1 {
    wp::array_t<wp::vec_t<2, wp::float32>> u;
    wp::array_t<wp::float32> rho;
    wp::vec_t<2, wp::float32> g;
    wp::float32 dt;
    wp::array_t<wp::vec_t<2, wp::float32>> vel_new;
};


template <bool wp_linear_contiguous>
static void integrate_decf93d1_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_integrate_decf93d1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::vec_t<2, wp::float32> var_g = _wp_args->g;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel_new = _wp_args->vel_new;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // forward
    // def integrate(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // vel = u[i, j]                                                                          <L 13>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // vel_new[i, j] = vel + dt * (g * rho[i, j])                                             <L 14>
    var_5 = wp::address(var_rho, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_g, var_7);
    var_8 = wp::mul(var_dt, var_6);
    var_9 = wp::add(var_3, var_8);
    wp::array_store(var_vel_new, var_0, var_1, var_9);
}



template <bool wp_linear_contiguous>
static void integrate_decf93d1_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_integrate_decf93d1 *_wp_args,
    wp_args_integrate_decf93d1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::float32> var_rho = _wp_args->rho;
    wp::vec_t<2, wp::float32> var_g = _wp_args->g;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel_new = _wp_args->vel_new;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::float32> adj_rho = _wp_adj_args->rho;
    wp::vec_t<2, wp::float32> adj_g = _wp_adj_args->g;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel_new = _wp_adj_args->vel_new;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::float32* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    //---------
    // forward
    // def integrate(                                                                         <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // vel = u[i, j]                                                                          <L 13>
    var_2 = wp::address(var_u, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // vel_new[i, j] = vel + dt * (g * rho[i, j])                                             <L 14>
    var_5 = wp::address(var_rho, var_0, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_g, var_7);
    var_8 = wp::mul(var_dt, var_6);
    var_9 = wp::add(var_3, var_8);
    // wp::array_store(var_vel_new, var_0, var_1, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_vel_new, var_0, var_1, var_9, adj_vel_new, adj_0, adj_1, adj_9);
    wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_mul(var_dt, var_6, adj_dt, adj_6, adj_8);
    wp::adj_mul(var_g, var_7, adj_g, adj_5, adj_6);
    wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_5);
    // adj: vel_new[i, j] = vel + dt * (g * rho[i, j])                                        <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
    // adj: vel = u[i, j]                                                                     <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def integrate(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_decf93d1_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_decf93d1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_decf93d1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void integrate_decf93d1_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_decf93d1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    integrate_decf93d1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_decf93d1_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_decf93d1 *_wp_args)
{
    integrate_decf93d1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void integrate_decf93d1_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_decf93d1 *_wp_args,
    wp_args_integrate_decf93d1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        integrate_decf93d1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void integrate_decf93d1_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_decf93d1 *_wp_args,
    wp_args_integrate_decf93d1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    integrate_decf93d1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void integrate_decf93d1_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_integrate_decf93d1 *_wp_args,
    wp_args_integrate_decf93d1 *_wp_adj_args)
{
    integrate_decf93d1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

