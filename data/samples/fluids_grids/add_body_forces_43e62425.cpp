// Warp 1.19.0 cpu code for add_body_forces_43e62425.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_add_body_forces_1a11721d {
    wp::array_t<wp::vec_t<2, wp::float32>> velocity;
    wp::array_t<wp::float32> density;
    wp::vec_t<2, wp::float32> gravity;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> velocity_out;
};


template <bool wp_linear_contiguous>
static void add_body_forces_1a11721d_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_body_forces_1a11721d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out = _wp_args->velocity_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // forward
    // def add_body_forces(                                                                   <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // f_g = gravity * density[i, j]                                                          <L 13>
    var_2 = wp::address(var_density, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_gravity, var_4);
    // velocity_out[i, j] = velocity[i, j] + delta_time * f_g                                 <L 14>
    var_5 = wp::address(var_velocity, var_0, var_1);
    var_6 = wp::mul(var_delta_time, var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::add(var_8, var_6);
    wp::array_store(var_velocity_out, var_0, var_1, var_7);
}



template <bool wp_linear_contiguous>
static void add_body_forces_1a11721d_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_add_body_forces_1a11721d *_wp_args,
    wp_args_add_body_forces_1a11721d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity = _wp_args->velocity;
    wp::array_t<wp::float32> var_density = _wp_args->density;
    wp::vec_t<2, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out = _wp_args->velocity_out;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity = _wp_adj_args->velocity;
    wp::array_t<wp::float32> adj_density = _wp_adj_args->density;
    wp::vec_t<2, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out = _wp_adj_args->velocity_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::float32* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::float32 var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    //---------
    // forward
    // def add_body_forces(                                                                   <L 5>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // f_g = gravity * density[i, j]                                                          <L 13>
    var_2 = wp::address(var_density, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::mul(var_gravity, var_4);
    // velocity_out[i, j] = velocity[i, j] + delta_time * f_g                                 <L 14>
    var_5 = wp::address(var_velocity, var_0, var_1);
    var_6 = wp::mul(var_delta_time, var_3);
    var_8 = wp::load(var_5);
    var_7 = wp::add(var_8, var_6);
    // wp::array_store(var_velocity_out, var_0, var_1, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_velocity_out, var_0, var_1, var_7, adj_velocity_out, adj_0, adj_1, adj_7);
    wp::adj_add(var_8, var_6, adj_5, adj_6, adj_7);
    wp::adj_mul(var_delta_time, var_3, adj_delta_time, adj_3, adj_6);
    wp::adj_address(var_velocity, var_0, var_1, adj_velocity, adj_0, adj_1, adj_5);
    // adj: velocity_out[i, j] = velocity[i, j] + delta_time * f_g                            <L 14>
    wp::adj_mul(var_gravity, var_4, adj_gravity, adj_2, adj_3);
    wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_2);
    // adj: f_g = gravity * density[i, j]                                                     <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def add_body_forces(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_body_forces_1a11721d_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_body_forces_1a11721d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_body_forces_1a11721d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void add_body_forces_1a11721d_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_body_forces_1a11721d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    add_body_forces_1a11721d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void add_body_forces_1a11721d_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_body_forces_1a11721d *_wp_args)
{
    add_body_forces_1a11721d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void add_body_forces_1a11721d_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_body_forces_1a11721d *_wp_args,
    wp_args_add_body_forces_1a11721d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        add_body_forces_1a11721d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void add_body_forces_1a11721d_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_body_forces_1a11721d *_wp_args,
    wp_args_add_body_forces_1a11721d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    add_body_forces_1a11721d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void add_body_forces_1a11721d_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_add_body_forces_1a11721d *_wp_args,
    wp_args_add_body_forces_1a11721d *_wp_adj_args)
{
    add_body_forces_1a11721d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

