// Warp 1.19.0 cpu code for batched_inverse_d37540ee.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_batched_inverse_ae74d83c {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> cofactors;
};


template <bool wp_linear_contiguous>
static void batched_inverse_ae74d83c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_batched_inverse_ae74d83c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_batched_inverse_ae74d83c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.F.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.cofactors.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_cofactors = _wp_args->cofactors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-08;
    bool var_6;
    wp::mat_t<3, 3, wp::float32>* var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 3;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    //---------
    // forward
    // def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):             <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // det = wp.determinant(F[tid])                                                           <L 7>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::determinant(var_3);
    // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))       <L 9>
    var_4 = wp::abs(var_2);
    var_6 = (var_4 > var_5);
    var_7 = wp::address(var_F, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::inverse(var_9);
    var_11 = wp::identity<3, wp::float32>();
    var_12 = wp::where(var_6, var_8, var_11);
    // cofactors[tid] = det * wp.transpose(inv)                                               <L 11>
    var_13 = wp::transpose(var_12);
    var_14 = wp::mul(var_2, var_13);
    wp::array_store(var_cofactors, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void batched_inverse_ae74d83c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_batched_inverse_ae74d83c *_wp_args,
    wp_args_batched_inverse_ae74d83c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_batched_inverse_ae74d83c wp_contiguous_args;
    wp_args_batched_inverse_ae74d83c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.F.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.F.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.cofactors.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.cofactors.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F = _wp_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_cofactors = _wp_args->cofactors;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F = _wp_adj_args->F;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_cofactors = _wp_adj_args->cofactors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::float32 var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1e-08;
    bool var_6;
    wp::mat_t<3, 3, wp::float32>* var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 3;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::mat_t<3, 3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):             <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // det = wp.determinant(F[tid])                                                           <L 7>
    var_1 = wp::address(var_F, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::determinant(var_3);
    // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))       <L 9>
    var_4 = wp::abs(var_2);
    var_6 = (var_4 > var_5);
    var_7 = wp::address(var_F, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::inverse(var_9);
    var_11 = wp::identity<3, wp::float32>();
    var_12 = wp::where(var_6, var_8, var_11);
    // cofactors[tid] = det * wp.transpose(inv)                                               <L 11>
    var_13 = wp::transpose(var_12);
    var_14 = wp::mul(var_2, var_13);
    // wp::array_store(var_cofactors, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_cofactors, var_0, var_14, adj_cofactors, adj_0, adj_14);
    wp::adj_mul(var_2, var_13, adj_2, adj_13, adj_14);
    wp::adj_transpose(var_12, adj_12, adj_13);
    // adj: cofactors[tid] = det * wp.transpose(inv)                                          <L 11>
    wp::adj_where(var_6, var_8, var_11, adj_6, adj_8, adj_11, adj_12);
    wp::adj_inverse(var_9, var_8, adj_7, adj_8);
    wp::adj_address(var_F, var_0, adj_F, adj_0, adj_7);
    wp::adj_abs(var_2, adj_2, adj_4);
    // adj: inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))  <L 9>
    wp::adj_determinant(var_3, adj_1, adj_2);
    wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
    // adj: det = wp.determinant(F[tid])                                                      <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):        <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void batched_inverse_ae74d83c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_inverse_ae74d83c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        batched_inverse_ae74d83c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void batched_inverse_ae74d83c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_inverse_ae74d83c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->F.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->cofactors.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        batched_inverse_ae74d83c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        batched_inverse_ae74d83c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void batched_inverse_ae74d83c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_inverse_ae74d83c *_wp_args)
{
    batched_inverse_ae74d83c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void batched_inverse_ae74d83c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_inverse_ae74d83c *_wp_args,
    wp_args_batched_inverse_ae74d83c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        batched_inverse_ae74d83c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void batched_inverse_ae74d83c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_inverse_ae74d83c *_wp_args,
    wp_args_batched_inverse_ae74d83c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->F.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->F.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->cofactors.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->cofactors.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        batched_inverse_ae74d83c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        batched_inverse_ae74d83c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void batched_inverse_ae74d83c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_batched_inverse_ae74d83c *_wp_args,
    wp_args_batched_inverse_ae74d83c *_wp_adj_args)
{
    batched_inverse_ae74d83c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

