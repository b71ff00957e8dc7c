// Warp 1.19.0 cpu code for ssp_rk_substep_25101f14.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_ssp_rk_substep_3748eef2 {
    wp::array_t<wp::vec_t<3, wp::float32>> q0;
    wp::array_t<wp::vec_t<3, wp::float32>> u;
    wp::array_t<wp::vec_t<3, wp::float32>> k;
    wp::float32 c2;
    wp::float32 c0;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> u_out;
};


template <bool wp_linear_contiguous>
static void ssp_rk_substep_3748eef2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ssp_rk_substep_3748eef2 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.q0.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.u.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.k.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.u_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_q0 = _wp_args->q0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::vec_t<3, wp::float32>> var_k = _wp_args->k;
    wp::float32 var_c2 = _wp_args->c2;
    wp::float32 var_c0 = _wp_args->c0;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u_out = _wp_args->u_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def ssp_rk_substep(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // u0 = q0[tid]                                                                           <L 15>
    var_1 = wp::address(var_q0, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dqdt = k[tid]                                                                          <L 16>
    var_4 = wp::address(var_k, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)                                       <L 17>
    var_7 = wp::mul(var_c2, var_2);
    var_8 = wp::address(var_u, var_0);
    var_9 = wp::mul(var_dt, var_5);
    var_11 = wp::load(var_8);
    var_10 = wp::add(var_11, var_9);
    var_12 = wp::mul(var_c0, var_10);
    var_13 = wp::add(var_7, var_12);
    wp::array_store(var_u_out, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void ssp_rk_substep_3748eef2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args,
    wp_args_ssp_rk_substep_3748eef2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ssp_rk_substep_3748eef2 wp_contiguous_args;
    wp_args_ssp_rk_substep_3748eef2 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.q0.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.q0.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.u.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.u.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.k.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.k.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.u_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.u_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_q0 = _wp_args->q0;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u = _wp_args->u;
    wp::array_t<wp::vec_t<3, wp::float32>> var_k = _wp_args->k;
    wp::float32 var_c2 = _wp_args->c2;
    wp::float32 var_c0 = _wp_args->c0;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_u_out = _wp_args->u_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_q0 = _wp_adj_args->q0;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u = _wp_adj_args->u;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_k = _wp_adj_args->k;
    wp::float32 adj_c2 = _wp_adj_args->c2;
    wp::float32 adj_c0 = _wp_adj_args->c0;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u_out = _wp_adj_args->u_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def ssp_rk_substep(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // u0 = q0[tid]                                                                           <L 15>
    var_1 = wp::address(var_q0, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dqdt = k[tid]                                                                          <L 16>
    var_4 = wp::address(var_k, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)                                       <L 17>
    var_7 = wp::mul(var_c2, var_2);
    var_8 = wp::address(var_u, var_0);
    var_9 = wp::mul(var_dt, var_5);
    var_11 = wp::load(var_8);
    var_10 = wp::add(var_11, var_9);
    var_12 = wp::mul(var_c0, var_10);
    var_13 = wp::add(var_7, var_12);
    // wp::array_store(var_u_out, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_u_out, var_0, var_13, adj_u_out, adj_0, adj_13);
    wp::adj_add(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_mul(var_c0, var_10, adj_c0, adj_10, adj_12);
    wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
    wp::adj_mul(var_dt, var_5, adj_dt, adj_5, adj_9);
    wp::adj_address(var_u, var_0, adj_u, adj_0, adj_8);
    wp::adj_mul(var_c2, var_2, adj_c2, adj_2, adj_7);
    // adj: u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)                                  <L 17>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_k, var_0, adj_k, adj_0, adj_4);
    // adj: dqdt = k[tid]                                                                     <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_q0, var_0, adj_q0, adj_0, adj_1);
    // adj: u0 = q0[tid]                                                                      <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def ssp_rk_substep(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ssp_rk_substep_3748eef2_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ssp_rk_substep_3748eef2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void ssp_rk_substep_3748eef2_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->q0.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->u.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->k.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->u_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        ssp_rk_substep_3748eef2_cpu_forward_tasks<true>(dim, _wp_args);
    else
        ssp_rk_substep_3748eef2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void ssp_rk_substep_3748eef2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args)
{
    ssp_rk_substep_3748eef2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ssp_rk_substep_3748eef2_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args,
    wp_args_ssp_rk_substep_3748eef2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ssp_rk_substep_3748eef2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void ssp_rk_substep_3748eef2_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args,
    wp_args_ssp_rk_substep_3748eef2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->q0.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->q0.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->u.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->u.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->k.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->k.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->u_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->u_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        ssp_rk_substep_3748eef2_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        ssp_rk_substep_3748eef2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void ssp_rk_substep_3748eef2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_3748eef2 *_wp_args,
    wp_args_ssp_rk_substep_3748eef2 *_wp_adj_args)
{
    ssp_rk_substep_3748eef2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

