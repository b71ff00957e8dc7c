// Warp 1.19.0 cpu code for solve_spd_blocks_f51608ca.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_solve_spd_blocks_95eb4029 {
    wp::array_t<wp::float32> blocks;
    wp::array_t<wp::float32> diag;
    wp::array_t<wp::float32> residuals;
    wp::array_t<wp::float32> delta;
    wp::array_t<wp::float32> lower;
};


template <bool wp_linear_contiguous>
static void solve_spd_blocks_95eb4029_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_blocks = _wp_args->blocks;
    wp::array_t<wp::float32> var_diag = _wp_args->diag;
    wp::array_t<wp::float32> var_residuals = _wp_args->residuals;
    wp::array_t<wp::float32> var_delta = _wp_args->delta;
    wp::array_t<wp::float32> var_lower = _wp_args->lower;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::float32> var_1;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_7 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::float32 var_12 = 1.0;
    const wp::float32 var_13 = 0.0;
    wp::array_t<wp::float32> var_14;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_16 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,false>();
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    wp::array_t<wp::float32> var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::array_t<wp::float32> var_25;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_26 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_29 = nullptr;
    const wp::int32 var_30 = 0;
    wp::array_t<wp::float32> var_31;
    const wp::int32 var_32 = 0;
    //---------
    // forward
    // def solve_spd_blocks(                                                                  <L 9>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(blocks[i], shape=(TILE_N, TILE_N))                                    <L 17>
    var_1 = wp::view(var_blocks, var_0);
    var_3 = wp::tuple(var_2, var_2);
    var_4 = wp::tile_load<wp::float32, true, false, 8, 8>(var_1, var_5, var_6);
    // spd = wp.tile_matmul(a, wp.tile_transpose(a))                                          <L 18>
    var_7 = wp::tile_transpose(var_4);
    var_8 = wp::tile_matmul(var_9, var_10, var_11, var_4, var_7, var_8, var_12, var_13);
    // spd = wp.tile_diag_add(spd, wp.tile_load(diag[i], shape=TILE_N))                       <L 19>
    var_14 = wp::view(var_diag, var_0);
    var_15 = wp::tile_load<wp::float32, true, false, 8>(var_14, var_16);
    var_17 = wp::tile_diag_add(var_8, var_15, var_17);
    // l = wp.tile_cholesky(spd)                                                              <L 20>
    var_18 = wp::tile_cholesky<false>(var_19, var_20, var_21, var_17, var_18);
    // wp.tile_store(lower[i], l)                                                             <L 21>
    var_22 = wp::view(var_lower, var_0);
    wp::tile_store<wp::float32, true, false>(var_22, var_23, var_24, var_18);
    // rhs = wp.tile_load(residuals[i], shape=TILE_N)                                         <L 22>
    var_25 = wp::view(var_residuals, var_0);
    var_26 = wp::tile_load<wp::float32, true, false, 8>(var_25, var_27);
    // wp.tile_lower_solve_inplace(l, rhs)                                                    <L 23>
    tile_lower_solve_inplace(var_28, var_18, var_26);
    // wp.tile_upper_solve_inplace(wp.tile_transpose(l), rhs)                                 <L 24>
    var_29 = wp::tile_transpose(var_18);
    tile_upper_solve_inplace(var_30, var_29, var_26);
    // wp.tile_store(delta[i], rhs)                                                           <L 25>
    var_31 = wp::view(var_delta, var_0);
    wp::tile_store<wp::float32, true, false>(var_31, var_32, var_26);
}



template <bool wp_linear_contiguous>
static void solve_spd_blocks_95eb4029_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args,
    wp_args_solve_spd_blocks_95eb4029 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_blocks = _wp_args->blocks;
    wp::array_t<wp::float32> var_diag = _wp_args->diag;
    wp::array_t<wp::float32> var_residuals = _wp_args->residuals;
    wp::array_t<wp::float32> var_delta = _wp_args->delta;
    wp::array_t<wp::float32> var_lower = _wp_args->lower;
    wp::array_t<wp::float32> adj_blocks = _wp_adj_args->blocks;
    wp::array_t<wp::float32> adj_diag = _wp_adj_args->diag;
    wp::array_t<wp::float32> adj_residuals = _wp_adj_args->residuals;
    wp::array_t<wp::float32> adj_delta = _wp_adj_args->delta;
    wp::array_t<wp::float32> adj_lower = _wp_adj_args->lower;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::array_t<wp::float32> var_1;
    const wp::int32 var_2 = 8;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_4 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_7 = nullptr;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::float32 var_12 = 1.0;
    const wp::float32 var_13 = 0.0;
    wp::array_t<wp::float32> var_14;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_15 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_16 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true> var_18 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,8>,wp::tile_stride_t<8,1>,true>();
    const wp::int32 var_19 = 0;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    wp::array_t<wp::float32> var_22;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 0;
    wp::array_t<wp::float32> var_25;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_26 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false> var_29 = nullptr;
    const wp::int32 var_30 = 0;
    wp::array_t<wp::float32> var_31;
    const wp::int32 var_32 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::array_t<wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_4 = var_4;
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_7 = var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_8 = var_8;
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::array_t<wp::float32> adj_14 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_15 = var_15;
    wp::int32 adj_16 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_17 = var_17;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<8,1>>, true>& adj_18 = var_18;
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::array_t<wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::array_t<wp::float32> adj_25 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_26 = var_26;
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,8>, wp::tile_stride_t<1,8>>, false>& adj_29 = var_29;
    wp::int32 adj_30 = {};
    wp::array_t<wp::float32> adj_31 = {};
    wp::int32 adj_32 = {};
    //---------
    // forward
    // def solve_spd_blocks(                                                                  <L 9>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(blocks[i], shape=(TILE_N, TILE_N))                                    <L 17>
    var_1 = wp::view(var_blocks, var_0);
    var_3 = wp::tuple(var_2, var_2);
    var_4 = wp::tile_load<wp::float32, true, false, 8, 8>(var_1, var_5, var_6);
    // spd = wp.tile_matmul(a, wp.tile_transpose(a))                                          <L 18>
    var_7 = wp::tile_transpose(var_4);
    var_8 = wp::tile_matmul(var_9, var_10, var_11, var_4, var_7, var_8, var_12, var_13);
    // spd = wp.tile_diag_add(spd, wp.tile_load(diag[i], shape=TILE_N))                       <L 19>
    var_14 = wp::view(var_diag, var_0);
    var_15 = wp::tile_load<wp::float32, true, false, 8>(var_14, var_16);
    var_17 = wp::tile_diag_add(var_8, var_15, var_17);
    // l = wp.tile_cholesky(spd)                                                              <L 20>
    var_18 = wp::tile_cholesky<false>(var_19, var_20, var_21, var_17, var_18);
    // wp.tile_store(lower[i], l)                                                             <L 21>
    var_22 = wp::view(var_lower, var_0);
    // wp::tile_store<wp::float32, true, false>(var_22, var_23, var_24, var_18);
    // rhs = wp.tile_load(residuals[i], shape=TILE_N)                                         <L 22>
    var_25 = wp::view(var_residuals, var_0);
    var_26 = wp::tile_load<wp::float32, true, false, 8>(var_25, var_27);
    // wp.tile_lower_solve_inplace(l, rhs)                                                    <L 23>
    tile_lower_solve_inplace(var_28, var_18, var_26);
    // wp.tile_upper_solve_inplace(wp.tile_transpose(l), rhs)                                 <L 24>
    var_29 = wp::tile_transpose(var_18);
    tile_upper_solve_inplace(var_30, var_29, var_26);
    // wp.tile_store(delta[i], rhs)                                                           <L 25>
    var_31 = wp::view(var_delta, var_0);
    // wp::tile_store<wp::float32, true, false>(var_31, var_32, var_26);
    //---------
    // reverse
    wp::adj_tile_store(var_31, var_32, var_26, adj_31, adj_32, adj_26);
    wp::adj_view(var_delta, var_0, adj_delta, adj_0, adj_31);
    // adj: wp.tile_store(delta[i], rhs)                                                      <L 25>
    wp::adj_tile_transpose(var_18, adj_18, adj_29);
    // adj: wp.tile_upper_solve_inplace(wp.tile_transpose(l), rhs)                            <L 24>
    // adj: wp.tile_lower_solve_inplace(l, rhs)                                               <L 23>
    wp::adj_tile_load(var_25, var_27, adj_25, adj_27, adj_26);
    wp::adj_view(var_residuals, var_0, adj_residuals, adj_0, adj_25);
    // adj: rhs = wp.tile_load(residuals[i], shape=TILE_N)                                    <L 22>
    wp::adj_tile_store(var_22, var_23, var_24, var_18, adj_22, adj_23, adj_24, adj_18);
    wp::adj_view(var_lower, var_0, adj_lower, adj_0, adj_22);
    // adj: wp.tile_store(lower[i], l)                                                        <L 21>
    wp::adj_tile_cholesky<false>(var_19, var_20, var_21, var_17, var_18, adj_19, adj_20, adj_21, adj_17, adj_18, adj_18);
    // adj: l = wp.tile_cholesky(spd)                                                         <L 20>
    wp::adj_tile_load(var_14, var_16, adj_14, adj_16, adj_15);
    wp::adj_view(var_diag, var_0, adj_diag, adj_0, adj_14);
    // adj: spd = wp.tile_diag_add(spd, wp.tile_load(diag[i], shape=TILE_N))                  <L 19>
    wp::adj_tile_matmul(var_9, var_10, var_11, var_4, var_7, var_8, var_12, var_13, adj_9, adj_10, adj_11, adj_4, adj_7, adj_8, adj_12, adj_13, adj_8);
    wp::adj_tile_transpose(var_4, adj_4, adj_7);
    // adj: spd = wp.tile_matmul(a, wp.tile_transpose(a))                                     <L 18>
    wp::adj_tile_load(var_1, var_5, var_6, adj_1, adj_5, adj_6, adj_4);
    wp::adj_view(var_blocks, var_0, adj_blocks, adj_0, adj_1);
    // adj: a = wp.tile_load(blocks[i], shape=(TILE_N, TILE_N))                               <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def solve_spd_blocks(                                                             <L 9>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void solve_spd_blocks_95eb4029_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_spd_blocks_95eb4029_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void solve_spd_blocks_95eb4029_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    solve_spd_blocks_95eb4029_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_spd_blocks_95eb4029_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args)
{
    solve_spd_blocks_95eb4029_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void solve_spd_blocks_95eb4029_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args,
    wp_args_solve_spd_blocks_95eb4029 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_spd_blocks_95eb4029_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void solve_spd_blocks_95eb4029_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args,
    wp_args_solve_spd_blocks_95eb4029 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    solve_spd_blocks_95eb4029_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void solve_spd_blocks_95eb4029_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_spd_blocks_95eb4029 *_wp_args,
    wp_args_solve_spd_blocks_95eb4029 *_wp_adj_args)
{
    solve_spd_blocks_95eb4029_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

