// Warp 1.19.0 cpu code for coriolis_wrench_41cd741d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_coriolis_wrench_ba8b464c {
    wp::array_t<wp::mat_t<6, 6, wp::float32>> body_I_s;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> wrenches_out;
};


template <bool wp_linear_contiguous>
static void coriolis_wrench_ba8b464c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_coriolis_wrench_ba8b464c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_coriolis_wrench_ba8b464c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_I_s.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s = _wp_args->body_I_s;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<6, 6, wp::float32>* var_1;
    wp::mat_t<6, 6, wp::float32> var_2;
    wp::mat_t<6, 6, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::vec_t<6, wp::float32>* var_14;
    wp::vec_t<6, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    //---------
    // forward
    // def coriolis_wrench(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // I_s = body_I_s[tid]                                                                    <L 13>
    var_1 = wp::address(var_body_I_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = body_qd[tid]                                                                      <L 14>
    var_4 = wp::address(var_body_qd, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = velocities[tid]                                                                  <L 15>
    var_7 = wp::address(var_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // twist = wp.spatial_vector(wp.spatial_top(qd), vel)                                     <L 16>
    var_10 = wp::spatial_top(var_5);
    var_11 = wp::vec_t<6, wp::float32>(var_10, var_8);
    // f = wp.spatial_cross_dual(twist, I_s @ twist)                                          <L 17>
    var_12 = wp::mul(var_2, var_11);
    var_13 = wp::spatial_cross_dual(var_11, var_12);
    // wrenches_out[tid] = wrenches_out[tid] + f                                              <L 18>
    var_14 = wp::address(var_wrenches_out, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::add(var_16, var_13);
    wp::array_store(var_wrenches_out, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void coriolis_wrench_ba8b464c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_coriolis_wrench_ba8b464c *_wp_args,
    wp_args_coriolis_wrench_ba8b464c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_coriolis_wrench_ba8b464c wp_contiguous_args;
    wp_args_coriolis_wrench_ba8b464c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_I_s.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_adj_args.body_I_s.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s = _wp_args->body_I_s;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_body_I_s = _wp_adj_args->body_I_s;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out = _wp_adj_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<6, 6, wp::float32>* var_1;
    wp::mat_t<6, 6, wp::float32> var_2;
    wp::mat_t<6, 6, wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    wp::vec_t<6, wp::float32> var_12;
    wp::vec_t<6, wp::float32> var_13;
    wp::vec_t<6, wp::float32>* var_14;
    wp::vec_t<6, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<6, 6, wp::float32> adj_1 = {};
    wp::mat_t<6, 6, wp::float32> adj_2 = {};
    wp::mat_t<6, 6, wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::vec_t<6, wp::float32> adj_12 = {};
    wp::vec_t<6, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::vec_t<6, wp::float32> adj_15 = {};
    wp::vec_t<6, wp::float32> adj_16 = {};
    //---------
    // forward
    // def coriolis_wrench(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // I_s = body_I_s[tid]                                                                    <L 13>
    var_1 = wp::address(var_body_I_s, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = body_qd[tid]                                                                      <L 14>
    var_4 = wp::address(var_body_qd, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = velocities[tid]                                                                  <L 15>
    var_7 = wp::address(var_velocities, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // twist = wp.spatial_vector(wp.spatial_top(qd), vel)                                     <L 16>
    var_10 = wp::spatial_top(var_5);
    var_11 = wp::vec_t<6, wp::float32>(var_10, var_8);
    // f = wp.spatial_cross_dual(twist, I_s @ twist)                                          <L 17>
    var_12 = wp::mul(var_2, var_11);
    var_13 = wp::spatial_cross_dual(var_11, var_12);
    // wrenches_out[tid] = wrenches_out[tid] + f                                              <L 18>
    var_14 = wp::address(var_wrenches_out, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::add(var_16, var_13);
    // wp::array_store(var_wrenches_out, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_wrenches_out, var_0, var_15, adj_wrenches_out, adj_0, adj_15);
    wp::adj_add(var_16, var_13, adj_14, adj_13, adj_15);
    wp::adj_address(var_wrenches_out, var_0, adj_wrenches_out, adj_0, adj_14);
    // adj: wrenches_out[tid] = wrenches_out[tid] + f                                         <L 18>
    wp::adj_spatial_cross_dual(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_mul(var_2, var_11, adj_2, adj_11, adj_12);
    // adj: f = wp.spatial_cross_dual(twist, I_s @ twist)                                     <L 17>
    wp::adj_vec_t(var_10, var_8, adj_10, adj_8, adj_11);
    wp::adj_spatial_top(var_5, adj_5, adj_10);
    // adj: twist = wp.spatial_vector(wp.spatial_top(qd), vel)                                <L 16>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
    // adj: vel = velocities[tid]                                                             <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_4);
    // adj: qd = body_qd[tid]                                                                 <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_I_s, var_0, adj_body_I_s, adj_0, adj_1);
    // adj: I_s = body_I_s[tid]                                                               <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def coriolis_wrench(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void coriolis_wrench_ba8b464c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_ba8b464c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        coriolis_wrench_ba8b464c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void coriolis_wrench_ba8b464c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_ba8b464c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_I_s.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        coriolis_wrench_ba8b464c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        coriolis_wrench_ba8b464c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void coriolis_wrench_ba8b464c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_ba8b464c *_wp_args)
{
    coriolis_wrench_ba8b464c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void coriolis_wrench_ba8b464c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_ba8b464c *_wp_args,
    wp_args_coriolis_wrench_ba8b464c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        coriolis_wrench_ba8b464c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void coriolis_wrench_ba8b464c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_ba8b464c *_wp_args,
    wp_args_coriolis_wrench_ba8b464c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_I_s.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_adj_args->body_I_s.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        coriolis_wrench_ba8b464c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        coriolis_wrench_ba8b464c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void coriolis_wrench_ba8b464c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_coriolis_wrench_ba8b464c *_wp_args,
    wp_args_coriolis_wrench_ba8b464c *_wp_adj_args)
{
    coriolis_wrench_ba8b464c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

