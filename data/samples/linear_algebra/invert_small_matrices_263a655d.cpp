// Warp 1.19.0 cpu code for invert_small_matrices_263a655d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_invert_small_matrices_baffee70 {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> Dm_inv;
};


template <bool wp_linear_contiguous>
static void invert_small_matrices_baffee70_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_invert_small_matrices_baffee70 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_invert_small_matrices_baffee70 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.Dm_inv.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-08;
    bool var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    wp::mat_t<2, 2, wp::float32> var_10;
    wp::mat_t<2, 2, wp::float32> var_11;
    //---------
    // forward
    // def invert_small_matrices(                                                             <L 5>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // F = deformation_gradients[tid]                                                         <L 10>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // det = wp.determinant(F)                                                                <L 11>
    var_4 = wp::determinant(var_2);
    // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F), wp.mat22(0.0))                     <L 12>
    var_5 = wp::abs(var_4);
    var_7 = (var_5 > var_6);
    var_8 = wp::inverse(var_2);
    var_10 = wp::mat_t<2, 2, wp::float32>(var_9);
    var_11 = wp::where(var_7, var_8, var_10);
    // Dm_inv[tid] = inv                                                                      <L 13>
    wp::array_store(var_Dm_inv, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void invert_small_matrices_baffee70_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_invert_small_matrices_baffee70 *_wp_args,
    wp_args_invert_small_matrices_baffee70 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_invert_small_matrices_baffee70 wp_contiguous_args;
    wp_args_invert_small_matrices_baffee70 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.Dm_inv.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.Dm_inv.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_Dm_inv = _wp_args->Dm_inv;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_deformation_gradients = _wp_adj_args->deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_Dm_inv = _wp_adj_args->Dm_inv;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 1e-08;
    bool var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    const wp::float32 var_9 = 0.0;
    wp::mat_t<2, 2, wp::float32> var_10;
    wp::mat_t<2, 2, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::mat_t<2, 2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::mat_t<2, 2, wp::float32> adj_10 = {};
    wp::mat_t<2, 2, wp::float32> adj_11 = {};
    //---------
    // forward
    // def invert_small_matrices(                                                             <L 5>
    // tid = wp.tid()                                                                         <L 9>
    var_0 = builtin_tid1d();
    // F = deformation_gradients[tid]                                                         <L 10>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // det = wp.determinant(F)                                                                <L 11>
    var_4 = wp::determinant(var_2);
    // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F), wp.mat22(0.0))                     <L 12>
    var_5 = wp::abs(var_4);
    var_7 = (var_5 > var_6);
    var_8 = wp::inverse(var_2);
    var_10 = wp::mat_t<2, 2, wp::float32>(var_9);
    var_11 = wp::where(var_7, var_8, var_10);
    // Dm_inv[tid] = inv                                                                      <L 13>
    // wp::array_store(var_Dm_inv, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_Dm_inv, var_0, var_11, adj_Dm_inv, adj_0, adj_11);
    // adj: Dm_inv[tid] = inv                                                                 <L 13>
    wp::adj_where(var_7, var_8, var_10, adj_7, adj_8, adj_10, adj_11);
    wp::adj_mat_t(var_9, adj_9, adj_10);
    wp::adj_inverse(var_2, var_8, adj_2, adj_8);
    wp::adj_abs(var_4, adj_4, adj_5);
    // adj: inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F), wp.mat22(0.0))                <L 12>
    wp::adj_determinant(var_2, adj_2, adj_4);
    // adj: det = wp.determinant(F)                                                           <L 11>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
    // adj: F = deformation_gradients[tid]                                                    <L 10>
    // adj: tid = wp.tid()                                                                    <L 9>
    // adj: def invert_small_matrices(                                                        <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void invert_small_matrices_baffee70_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_small_matrices_baffee70 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        invert_small_matrices_baffee70_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void invert_small_matrices_baffee70_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_small_matrices_baffee70 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->Dm_inv.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)));
    if (wp_linear_contiguous)
        invert_small_matrices_baffee70_cpu_forward_tasks<true>(dim, _wp_args);
    else
        invert_small_matrices_baffee70_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void invert_small_matrices_baffee70_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_small_matrices_baffee70 *_wp_args)
{
    invert_small_matrices_baffee70_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void invert_small_matrices_baffee70_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_small_matrices_baffee70 *_wp_args,
    wp_args_invert_small_matrices_baffee70 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        invert_small_matrices_baffee70_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void invert_small_matrices_baffee70_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_small_matrices_baffee70 *_wp_args,
    wp_args_invert_small_matrices_baffee70 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->Dm_inv.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->Dm_inv.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)));
    if (wp_linear_contiguous)
        invert_small_matrices_baffee70_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        invert_small_matrices_baffee70_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void invert_small_matrices_baffee70_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_invert_small_matrices_baffee70 *_wp_args,
    wp_args_invert_small_matrices_baffee70 *_wp_adj_args)
{
    invert_small_matrices_baffee70_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

