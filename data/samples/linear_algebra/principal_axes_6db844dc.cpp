// Warp 1.19.0 cpu code for principal_axes_6db844dc.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_principal_axes_ba0803c3 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> deformation_gradients;
    wp::array_t<wp::vec_t<3, wp::float32>> eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> major_axes;
};


template <bool wp_linear_contiguous>
static void principal_axes_ba0803c3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_principal_axes_ba0803c3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_principal_axes_ba0803c3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.eigenvalues.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.major_axes.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigenvalues = _wp_args->eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> var_major_axes = _wp_args->major_axes;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    //---------
    // forward
    // def principal_axes(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // F = deformation_gradients[tid]                                                         <L 11>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // C = wp.transpose(F) @ F                                                                <L 12>
    var_4 = wp::transpose(var_2);
    var_5 = wp::mul(var_4, var_2);
    // tensor = 0.5 * (C + wp.transpose(C))                                                   <L 14>
    var_7 = wp::transpose(var_5);
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::mul(var_6, var_8);
    // Q, d = wp.eig3(tensor)                                                                 <L 15>
    wp::eig3(var_9, var_10, var_11);
    // largest = int(0)                                                                       <L 16>
    var_13 = wp::int(var_12);
    // for k in range(1, 3):                                                                  <L 17>
    // if d[k] > d[largest]:                                                                  <L 18>
    var_15 = wp::extract(var_11, var_14);
    var_16 = wp::extract(var_11, var_13);
    var_17 = (var_15 > var_16);
    if (var_17) {
        // largest = k                                                                        <L 19>
        var_18 = wp::copy(var_14);
    }
    var_19 = wp::where(var_17, var_18, var_13);
    // if d[k] > d[largest]:                                                                  <L 18>
    var_21 = wp::extract(var_11, var_20);
    var_22 = wp::extract(var_11, var_19);
    var_23 = (var_21 > var_22);
    if (var_23) {
        // largest = k                                                                        <L 19>
        var_24 = wp::copy(var_20);
    }
    var_25 = wp::where(var_23, var_24, var_19);
    // eigenvalues[tid] = d                                                                   <L 20>
    wp::array_store(var_eigenvalues, var_0, var_11);
    // major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])                 <L 21>
    var_27 = wp::extract(var_10, var_26, var_25);
    var_29 = wp::extract(var_10, var_28, var_25);
    var_31 = wp::extract(var_10, var_30, var_25);
    var_32 = wp::vec_t<3, wp::float32>(var_27, var_29, var_31);
    wp::array_store(var_major_axes, var_0, var_32);
}



template <bool wp_linear_contiguous>
static void principal_axes_ba0803c3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_principal_axes_ba0803c3 *_wp_args,
    wp_args_principal_axes_ba0803c3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_principal_axes_ba0803c3 wp_contiguous_args;
    wp_args_principal_axes_ba0803c3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.eigenvalues.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.eigenvalues.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.major_axes.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.major_axes.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigenvalues = _wp_args->eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> var_major_axes = _wp_args->major_axes;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients = _wp_adj_args->deformation_gradients;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_eigenvalues = _wp_adj_args->eigenvalues;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_major_axes = _wp_adj_args->major_axes;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    //---------
    // forward
    // def principal_axes(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // F = deformation_gradients[tid]                                                         <L 11>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // C = wp.transpose(F) @ F                                                                <L 12>
    var_4 = wp::transpose(var_2);
    var_5 = wp::mul(var_4, var_2);
    // tensor = 0.5 * (C + wp.transpose(C))                                                   <L 14>
    var_7 = wp::transpose(var_5);
    var_8 = wp::add(var_5, var_7);
    var_9 = wp::mul(var_6, var_8);
    // Q, d = wp.eig3(tensor)                                                                 <L 15>
    wp::eig3(var_9, var_10, var_11);
    // largest = int(0)                                                                       <L 16>
    var_13 = wp::int(var_12);
    // for k in range(1, 3):                                                                  <L 17>
    // if d[k] > d[largest]:                                                                  <L 18>
    var_15 = wp::extract(var_11, var_14);
    var_16 = wp::extract(var_11, var_13);
    var_17 = (var_15 > var_16);
    if (var_17) {
        // largest = k                                                                        <L 19>
        var_18 = wp::copy(var_14);
    }
    var_19 = wp::where(var_17, var_18, var_13);
    // if d[k] > d[largest]:                                                                  <L 18>
    var_21 = wp::extract(var_11, var_20);
    var_22 = wp::extract(var_11, var_19);
    var_23 = (var_21 > var_22);
    if (var_23) {
        // largest = k                                                                        <L 19>
        var_24 = wp::copy(var_20);
    }
    var_25 = wp::where(var_23, var_24, var_19);
    // eigenvalues[tid] = d                                                                   <L 20>
    // wp::array_store(var_eigenvalues, var_0, var_11);
    // major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])                 <L 21>
    var_27 = wp::extract(var_10, var_26, var_25);
    var_29 = wp::extract(var_10, var_28, var_25);
    var_31 = wp::extract(var_10, var_30, var_25);
    var_32 = wp::vec_t<3, wp::float32>(var_27, var_29, var_31);
    // wp::array_store(var_major_axes, var_0, var_32);
    //---------
    // reverse
    wp::adj_array_store(var_major_axes, var_0, var_32, adj_major_axes, adj_0, adj_32);
    wp::adj_vec_t(var_27, var_29, var_31, adj_27, adj_29, adj_31, adj_32);
    wp::adj_extract(var_10, var_30, var_25, adj_10, adj_30, adj_25, adj_31);
    wp::adj_extract(var_10, var_28, var_25, adj_10, adj_28, adj_25, adj_29);
    wp::adj_extract(var_10, var_26, var_25, adj_10, adj_26, adj_25, adj_27);
    // adj: major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])            <L 21>
    wp::adj_array_store(var_eigenvalues, var_0, var_11, adj_eigenvalues, adj_0, adj_11);
    // adj: eigenvalues[tid] = d                                                              <L 20>
    wp::adj_where(var_23, var_24, var_19, adj_23, adj_24, adj_19, adj_25);
    if (var_23) {
        wp::adj_copy(var_20, adj_20, adj_24);
        // adj: largest = k                                                                   <L 19>
    }
    wp::adj_extract(var_11, var_19, adj_11, adj_19, adj_22);
    wp::adj_extract(var_11, var_20, adj_11, adj_20, adj_21);
    // adj: if d[k] > d[largest]:                                                             <L 18>
    wp::adj_where(var_17, var_18, var_13, adj_17, adj_18, adj_13, adj_19);
    if (var_17) {
        wp::adj_copy(var_14, adj_14, adj_18);
        // adj: largest = k                                                                   <L 19>
    }
    wp::adj_extract(var_11, var_13, adj_11, adj_13, adj_16);
    wp::adj_extract(var_11, var_14, adj_11, adj_14, adj_15);
    // adj: if d[k] > d[largest]:                                                             <L 18>
    // adj: for k in range(1, 3):                                                             <L 17>
    // adj: largest = int(0)                                                                  <L 16>
    wp::adj_eig3(var_9, var_10, var_11, adj_9, adj_10, adj_11);
    // adj: Q, d = wp.eig3(tensor)                                                            <L 15>
    wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
    wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
    wp::adj_transpose(var_5, adj_5, adj_7);
    // adj: tensor = 0.5 * (C + wp.transpose(C))                                              <L 14>
    wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_5);
    wp::adj_transpose(var_2, adj_2, adj_4);
    // adj: C = wp.transpose(F) @ F                                                           <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
    // adj: F = deformation_gradients[tid]                                                    <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def principal_axes(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void principal_axes_ba0803c3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_ba0803c3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        principal_axes_ba0803c3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void principal_axes_ba0803c3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_ba0803c3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->eigenvalues.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->major_axes.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        principal_axes_ba0803c3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        principal_axes_ba0803c3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void principal_axes_ba0803c3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_ba0803c3 *_wp_args)
{
    principal_axes_ba0803c3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void principal_axes_ba0803c3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_ba0803c3 *_wp_args,
    wp_args_principal_axes_ba0803c3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        principal_axes_ba0803c3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void principal_axes_ba0803c3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_ba0803c3 *_wp_args,
    wp_args_principal_axes_ba0803c3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->eigenvalues.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->eigenvalues.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->major_axes.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->major_axes.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        principal_axes_ba0803c3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        principal_axes_ba0803c3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void principal_axes_ba0803c3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_principal_axes_ba0803c3 *_wp_args,
    wp_args_principal_axes_ba0803c3 *_wp_adj_args)
{
    principal_axes_ba0803c3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

