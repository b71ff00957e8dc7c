// Warp 1.19.0 cpu code for compute_inverse_86a50a2c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_compute_inverse_f565703d {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> inv_rest_shapes;
    wp::array_t<wp::float32> J;
};


template <bool wp_linear_contiguous>
static void compute_inverse_f565703d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_inverse_f565703d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_inverse_f565703d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.inv_rest_shapes.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.J.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_inv_rest_shapes = _wp_args->inv_rest_shapes;
    wp::array_t<wp::float32> var_J = _wp_args->J;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32>* var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    //---------
    // forward
    // def compute_inverse(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // det = wp.determinant(deformation_gradients[tid])                                       <L 11>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::determinant(var_3);
    // inv = wp.inverse(deformation_gradients[tid])                                           <L 13>
    var_4 = wp::address(var_deformation_gradients, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::inverse(var_6);
    // inv_rest_shapes[tid] = inv                                                             <L 14>
    wp::array_store(var_inv_rest_shapes, var_0, var_5);
    // J[tid] = det                                                                           <L 15>
    wp::array_store(var_J, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void compute_inverse_f565703d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_inverse_f565703d *_wp_args,
    wp_args_compute_inverse_f565703d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_inverse_f565703d wp_contiguous_args;
    wp_args_compute_inverse_f565703d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.inv_rest_shapes.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.inv_rest_shapes.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.J.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.J.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_inv_rest_shapes = _wp_args->inv_rest_shapes;
    wp::array_t<wp::float32> var_J = _wp_args->J;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_deformation_gradients = _wp_adj_args->deformation_gradients;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_inv_rest_shapes = _wp_adj_args->inv_rest_shapes;
    wp::array_t<wp::float32> adj_J = _wp_adj_args->J;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32>* var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    //---------
    // forward
    // def compute_inverse(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // det = wp.determinant(deformation_gradients[tid])                                       <L 11>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::determinant(var_3);
    // inv = wp.inverse(deformation_gradients[tid])                                           <L 13>
    var_4 = wp::address(var_deformation_gradients, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::inverse(var_6);
    // inv_rest_shapes[tid] = inv                                                             <L 14>
    // wp::array_store(var_inv_rest_shapes, var_0, var_5);
    // J[tid] = det                                                                           <L 15>
    // wp::array_store(var_J, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_J, var_0, var_2, adj_J, adj_0, adj_2);
    // adj: J[tid] = det                                                                      <L 15>
    wp::adj_array_store(var_inv_rest_shapes, var_0, var_5, adj_inv_rest_shapes, adj_0, adj_5);
    // adj: inv_rest_shapes[tid] = inv                                                        <L 14>
    wp::adj_inverse(var_6, var_5, adj_4, adj_5);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_4);
    // adj: inv = wp.inverse(deformation_gradients[tid])                                      <L 13>
    wp::adj_determinant(var_3, adj_1, adj_2);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
    // adj: det = wp.determinant(deformation_gradients[tid])                                  <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def compute_inverse(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_inverse_f565703d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_f565703d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_inverse_f565703d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_inverse_f565703d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_f565703d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->inv_rest_shapes.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->J.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        compute_inverse_f565703d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        compute_inverse_f565703d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_inverse_f565703d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_f565703d *_wp_args)
{
    compute_inverse_f565703d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_inverse_f565703d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_f565703d *_wp_args,
    wp_args_compute_inverse_f565703d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_inverse_f565703d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void compute_inverse_f565703d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_f565703d *_wp_args,
    wp_args_compute_inverse_f565703d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->inv_rest_shapes.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->inv_rest_shapes.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->J.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->J.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        compute_inverse_f565703d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        compute_inverse_f565703d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void compute_inverse_f565703d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_f565703d *_wp_args,
    wp_args_compute_inverse_f565703d *_wp_adj_args)
{
    compute_inverse_f565703d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

