// Warp 1.19.0 cpu code for measure_momentum_5f6aea39.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_measure_momentum_e9116ff6 {
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> spatial_inertias;
    wp::array_t<wp::float32> energy;
    wp::array_t<wp::vec_t<6, wp::float32>> momenta;
};


template <bool wp_linear_contiguous>
static void measure_momentum_e9116ff6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_measure_momentum_e9116ff6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_measure_momentum_e9116ff6 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spatial_inertias.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_args.energy.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.momenta.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias = _wp_args->spatial_inertias;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta = _wp_args->momenta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::mat_t<6, 6, wp::float32>* var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::mat_t<6, 6, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::vec_t<6, wp::float32> var_18;
    //---------
    // forward
    // def measure_momentum(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // qd = body_qd[tid]                                                                      <L 13>
    var_1 = wp::address(var_body_qd, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])                                  <L 14>
    var_4 = wp::spatial_top(var_2);
    var_5 = wp::address(var_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::vec_t<6, wp::float32>(var_4, var_7);
    // I_s = spatial_inertias[tid]                                                            <L 15>
    var_8 = wp::address(var_spatial_inertias, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // h = I_s @ twist                                                                        <L 16>
    var_11 = wp::mul(var_9, var_6);
    // wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))                               <L 17>
    var_14 = wp::spatial_dot(var_6, var_11);
    var_15 = wp::mul(var_13, var_14);
    var_16 = wp::atomic_add(var_energy, var_12, var_15);
    // wp.atomic_add(momenta, 0, h)                                                           <L 18>
    var_18 = wp::atomic_add(var_momenta, var_17, var_11);
}



template <bool wp_linear_contiguous>
static void measure_momentum_e9116ff6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_measure_momentum_e9116ff6 *_wp_args,
    wp_args_measure_momentum_e9116ff6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_measure_momentum_e9116ff6 wp_contiguous_args;
    wp_args_measure_momentum_e9116ff6 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.spatial_inertias.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_adj_args.spatial_inertias.strides[0] = sizeof(wp::mat_t<6, 6, wp::float32>);
        wp_contiguous_args.energy.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.energy.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.momenta.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.momenta.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias = _wp_args->spatial_inertias;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta = _wp_args->momenta;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_spatial_inertias = _wp_adj_args->spatial_inertias;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_momenta = _wp_adj_args->momenta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<6, wp::float32>* var_1;
    wp::vec_t<6, wp::float32> var_2;
    wp::vec_t<6, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::mat_t<6, 6, wp::float32>* var_8;
    wp::mat_t<6, 6, wp::float32> var_9;
    wp::mat_t<6, 6, wp::float32> var_10;
    wp::vec_t<6, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 0;
    wp::vec_t<6, wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<6, wp::float32> adj_1 = {};
    wp::vec_t<6, wp::float32> adj_2 = {};
    wp::vec_t<6, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::mat_t<6, 6, wp::float32> adj_8 = {};
    wp::mat_t<6, 6, wp::float32> adj_9 = {};
    wp::mat_t<6, 6, wp::float32> adj_10 = {};
    wp::vec_t<6, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    //---------
    // forward
    // def measure_momentum(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // qd = body_qd[tid]                                                                      <L 13>
    var_1 = wp::address(var_body_qd, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])                                  <L 14>
    var_4 = wp::spatial_top(var_2);
    var_5 = wp::address(var_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::vec_t<6, wp::float32>(var_4, var_7);
    // I_s = spatial_inertias[tid]                                                            <L 15>
    var_8 = wp::address(var_spatial_inertias, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // h = I_s @ twist                                                                        <L 16>
    var_11 = wp::mul(var_9, var_6);
    // wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))                               <L 17>
    var_14 = wp::spatial_dot(var_6, var_11);
    var_15 = wp::mul(var_13, var_14);
    // var_16 = wp::atomic_add(var_energy, var_12, var_15);
    // wp.atomic_add(momenta, 0, h)                                                           <L 18>
    // var_18 = wp::atomic_add(var_momenta, var_17, var_11);
    //---------
    // reverse
    wp::adj_atomic_add(var_momenta, var_17, var_11, adj_momenta, adj_17, adj_11, adj_18);
    // adj: wp.atomic_add(momenta, 0, h)                                                      <L 18>
    wp::adj_atomic_add(var_energy, var_12, var_15, adj_energy, adj_12, adj_15, adj_16);
    wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
    wp::adj_spatial_dot(var_6, var_11, adj_6, adj_11, adj_14);
    // adj: wp.atomic_add(energy, 0, 0.5 * wp.spatial_dot(twist, h))                          <L 17>
    wp::adj_mul(var_9, var_6, adj_9, adj_6, adj_11);
    // adj: h = I_s @ twist                                                                   <L 16>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_spatial_inertias, var_0, adj_spatial_inertias, adj_0, adj_8);
    // adj: I_s = spatial_inertias[tid]                                                       <L 15>
    wp::adj_vec_t(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
    wp::adj_spatial_top(var_2, adj_2, adj_4);
    // adj: twist = wp.spatial_vector(wp.spatial_top(qd), v[tid])                             <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_1);
    // adj: qd = body_qd[tid]                                                                 <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def measure_momentum(                                                             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void measure_momentum_e9116ff6_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_e9116ff6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        measure_momentum_e9116ff6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void measure_momentum_e9116ff6_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_e9116ff6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spatial_inertias.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_args->energy.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->momenta.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        measure_momentum_e9116ff6_cpu_forward_tasks<true>(dim, _wp_args);
    else
        measure_momentum_e9116ff6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void measure_momentum_e9116ff6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_e9116ff6 *_wp_args)
{
    measure_momentum_e9116ff6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void measure_momentum_e9116ff6_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_e9116ff6 *_wp_args,
    wp_args_measure_momentum_e9116ff6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        measure_momentum_e9116ff6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void measure_momentum_e9116ff6_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_e9116ff6 *_wp_args,
    wp_args_measure_momentum_e9116ff6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->spatial_inertias.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_adj_args->spatial_inertias.strides[0] == (int)sizeof(wp::mat_t<6, 6, wp::float32>)) & (_wp_args->energy.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->energy.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->momenta.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->momenta.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        measure_momentum_e9116ff6_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        measure_momentum_e9116ff6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void measure_momentum_e9116ff6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_measure_momentum_e9116ff6 *_wp_args,
    wp_args_measure_momentum_e9116ff6 *_wp_adj_args)
{
    measure_momentum_e9116ff6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

