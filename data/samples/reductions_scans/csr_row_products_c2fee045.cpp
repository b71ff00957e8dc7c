// Warp 1.19.0 cpu code for csr_row_products_c2fee045.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_diag_scale_residual_050c2825 {
    wp::array_t<wp::vec_t<3, wp::float32>> other;
    wp::array_t<wp::vec_t<3, wp::float32>> vectors;
    wp::vec_t<3, wp::float32> shift;
};


template <bool wp_linear_contiguous>
static void diag_scale_residual_050c2825_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_diag_scale_residual_050c2825 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_diag_scale_residual_050c2825 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors = _wp_args->vectors;
    wp::vec_t<3, wp::float32> var_shift = _wp_args->shift;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-06;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1e-06;
    bool var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-06;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // forward
    // def diag_scale_residual(                                                               <L 77>
    // tid = wp.tid()                                                                         <L 82>
    var_0 = builtin_tid1d();
    // d = wp.get_diag(wp.outer(shift, shift))                                                <L 83>
    var_1 = wp::outer(var_shift, var_shift);
    var_2 = wp::get_diag(var_1);
    // scaled = wp.vec3()                                                                     <L 84>
    var_3 = wp::vec_t<3, wp::float32>();
    // for k in range(3):                                                                     <L 85>
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 86>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::abs(var_5);
    var_8 = (var_6 > var_7);
    if (var_8) {
        // scaled[k] = other[tid][k] / d[k]                                                   <L 87>
        var_9 = wp::address(var_other, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::extract(var_11, var_4);
        var_12 = wp::extract(var_2, var_4);
        var_13 = wp::div(var_10, var_12);
        wp::assign_inplace(var_3, var_4, var_13);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 86>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::abs(var_15);
    var_18 = (var_16 > var_17);
    if (var_18) {
        // scaled[k] = other[tid][k] / d[k]                                                   <L 87>
        var_19 = wp::address(var_other, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::extract(var_21, var_14);
        var_22 = wp::extract(var_2, var_14);
        var_23 = wp::div(var_20, var_22);
        wp::assign_inplace(var_3, var_14, var_23);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 86>
    var_25 = wp::extract(var_2, var_24);
    var_26 = wp::abs(var_25);
    var_28 = (var_26 > var_27);
    if (var_28) {
        // scaled[k] = other[tid][k] / d[k]                                                   <L 87>
        var_29 = wp::address(var_other, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::extract(var_31, var_24);
        var_32 = wp::extract(var_2, var_24);
        var_33 = wp::div(var_30, var_32);
        wp::assign_inplace(var_3, var_24, var_33);
    }
    // vectors[tid] = scaled                                                                  <L 88>
    wp::array_store(var_vectors, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void diag_scale_residual_050c2825_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_diag_scale_residual_050c2825 *_wp_args,
    wp_args_diag_scale_residual_050c2825 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_diag_scale_residual_050c2825 wp_contiguous_args;
    wp_args_diag_scale_residual_050c2825 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.vectors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.vectors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vectors = _wp_args->vectors;
    wp::vec_t<3, wp::float32> var_shift = _wp_args->shift;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other = _wp_adj_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vectors = _wp_adj_args->vectors;
    wp::vec_t<3, wp::float32> adj_shift = _wp_adj_args->shift;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 1e-06;
    bool var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1e-06;
    bool var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-06;
    bool var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def diag_scale_residual(                                                               <L 77>
    // tid = wp.tid()                                                                         <L 82>
    var_0 = builtin_tid1d();
    // d = wp.get_diag(wp.outer(shift, shift))                                                <L 83>
    var_1 = wp::outer(var_shift, var_shift);
    var_2 = wp::get_diag(var_1);
    // scaled = wp.vec3()                                                                     <L 84>
    var_3 = wp::vec_t<3, wp::float32>();
    // for k in range(3):                                                                     <L 85>
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 86>
    var_5 = wp::extract(var_2, var_4);
    var_6 = wp::abs(var_5);
    var_8 = (var_6 > var_7);
    if (var_8) {
        // scaled[k] = other[tid][k] / d[k]                                                   <L 87>
        var_9 = wp::address(var_other, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::extract(var_11, var_4);
        var_12 = wp::extract(var_2, var_4);
        var_13 = wp::div(var_10, var_12);
        wp::assign_inplace(var_3, var_4, var_13);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 86>
    var_15 = wp::extract(var_2, var_14);
    var_16 = wp::abs(var_15);
    var_18 = (var_16 > var_17);
    if (var_18) {
        // scaled[k] = other[tid][k] / d[k]                                                   <L 87>
        var_19 = wp::address(var_other, var_0);
        var_21 = wp::load(var_19);
        var_20 = wp::extract(var_21, var_14);
        var_22 = wp::extract(var_2, var_14);
        var_23 = wp::div(var_20, var_22);
        wp::assign_inplace(var_3, var_14, var_23);
    }
    // if wp.abs(d[k]) > 1.0e-6:                                                              <L 86>
    var_25 = wp::extract(var_2, var_24);
    var_26 = wp::abs(var_25);
    var_28 = (var_26 > var_27);
    if (var_28) {
        // scaled[k] = other[tid][k] / d[k]                                                   <L 87>
        var_29 = wp::address(var_other, var_0);
        var_31 = wp::load(var_29);
        var_30 = wp::extract(var_31, var_24);
        var_32 = wp::extract(var_2, var_24);
        var_33 = wp::div(var_30, var_32);
        wp::assign_inplace(var_3, var_24, var_33);
    }
    // vectors[tid] = scaled                                                                  <L 88>
    // wp::array_store(var_vectors, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_vectors, var_0, var_3, adj_vectors, adj_0, adj_3);
    // adj: vectors[tid] = scaled                                                             <L 88>
    if (var_28) {
        wp::adj_assign_inplace(var_3, var_24, var_33, adj_3, adj_24, adj_33);
        wp::adj_div(var_30, var_32, var_33, adj_30, adj_32, adj_33);
        wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_32);
        wp::adj_extract(var_31, var_24, adj_29, adj_24, adj_30);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_29);
        // adj: scaled[k] = other[tid][k] / d[k]                                              <L 87>
    }
    wp::adj_abs(var_25, adj_25, adj_26);
    wp::adj_extract(var_2, var_24, adj_2, adj_24, adj_25);
    // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 86>
    if (var_18) {
        wp::adj_assign_inplace(var_3, var_14, var_23, adj_3, adj_14, adj_23);
        wp::adj_div(var_20, var_22, var_23, adj_20, adj_22, adj_23);
        wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_22);
        wp::adj_extract(var_21, var_14, adj_19, adj_14, adj_20);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_19);
        // adj: scaled[k] = other[tid][k] / d[k]                                              <L 87>
    }
    wp::adj_abs(var_15, adj_15, adj_16);
    wp::adj_extract(var_2, var_14, adj_2, adj_14, adj_15);
    // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 86>
    if (var_8) {
        wp::adj_assign_inplace(var_3, var_4, var_13, adj_3, adj_4, adj_13);
        wp::adj_div(var_10, var_12, var_13, adj_10, adj_12, adj_13);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_12);
        wp::adj_extract(var_11, var_4, adj_9, adj_4, adj_10);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_9);
        // adj: scaled[k] = other[tid][k] / d[k]                                              <L 87>
    }
    wp::adj_abs(var_5, adj_5, adj_6);
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 86>
    // adj: for k in range(3):                                                                <L 85>
    // adj: scaled = wp.vec3()                                                                <L 84>
    wp::adj_get_diag(var_1, adj_1, adj_2);
    wp::adj_outer(var_shift, var_shift, adj_shift, adj_shift, adj_1);
    // adj: d = wp.get_diag(wp.outer(shift, shift))                                           <L 83>
    // adj: tid = wp.tid()                                                                    <L 82>
    // adj: def diag_scale_residual(                                                          <L 77>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void diag_scale_residual_050c2825_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_diag_scale_residual_050c2825 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        diag_scale_residual_050c2825_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void diag_scale_residual_050c2825_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_diag_scale_residual_050c2825 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        diag_scale_residual_050c2825_cpu_forward_tasks<true>(dim, _wp_args);
    else
        diag_scale_residual_050c2825_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void diag_scale_residual_050c2825_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_diag_scale_residual_050c2825 *_wp_args)
{
    diag_scale_residual_050c2825_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void diag_scale_residual_050c2825_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_diag_scale_residual_050c2825 *_wp_args,
    wp_args_diag_scale_residual_050c2825 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        diag_scale_residual_050c2825_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void diag_scale_residual_050c2825_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_diag_scale_residual_050c2825 *_wp_args,
    wp_args_diag_scale_residual_050c2825 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->vectors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->vectors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        diag_scale_residual_050c2825_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        diag_scale_residual_050c2825_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void diag_scale_residual_050c2825_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_diag_scale_residual_050c2825 *_wp_args,
    wp_args_diag_scale_residual_050c2825 *_wp_adj_args)
{
    diag_scale_residual_050c2825_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_l2_norm_sq_4930642b {
    wp::array_t<wp::vec_t<4, wp::float32>> a;
    wp::array_t<wp::float32> sum_out;
};


template <bool wp_linear_contiguous>
static void l2_norm_sq_4930642b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_l2_norm_sq_4930642b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_l2_norm_sq_4930642b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.a.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.sum_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_sum_out = _wp_args->sum_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::vec_t<4, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def l2_norm_sq(a: wp.array(dtype=wp.vec4), sum_out: wp.array(dtype=float)):            <L 92>
    // tid = wp.tid()                                                                         <L 93>
    var_0 = builtin_tid1d();
    // wp.atomic_add(sum_out, 0, wp.length_sq(a[tid]))                                        <L 94>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::length_sq(var_4);
    var_5 = wp::atomic_add(var_sum_out, var_1, var_3);
}



template <bool wp_linear_contiguous>
static void l2_norm_sq_4930642b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_l2_norm_sq_4930642b *_wp_args,
    wp_args_l2_norm_sq_4930642b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_l2_norm_sq_4930642b wp_contiguous_args;
    wp_args_l2_norm_sq_4930642b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.a.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.a.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.sum_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.sum_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_sum_out = _wp_args->sum_out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_sum_out = _wp_adj_args->sum_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::vec_t<4, wp::float32>* var_2;
    wp::float32 var_3;
    wp::vec_t<4, wp::float32> var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def l2_norm_sq(a: wp.array(dtype=wp.vec4), sum_out: wp.array(dtype=float)):            <L 92>
    // tid = wp.tid()                                                                         <L 93>
    var_0 = builtin_tid1d();
    // wp.atomic_add(sum_out, 0, wp.length_sq(a[tid]))                                        <L 94>
    var_2 = wp::address(var_a, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::length_sq(var_4);
    // var_5 = wp::atomic_add(var_sum_out, var_1, var_3);
    //---------
    // reverse
    wp::adj_atomic_add(var_sum_out, var_1, var_3, adj_sum_out, adj_1, adj_3, adj_5);
    wp::adj_length_sq(var_4, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
    // adj: wp.atomic_add(sum_out, 0, wp.length_sq(a[tid]))                                   <L 94>
    // adj: tid = wp.tid()                                                                    <L 93>
    // adj: def l2_norm_sq(a: wp.array(dtype=wp.vec4), sum_out: wp.array(dtype=float)):       <L 92>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void l2_norm_sq_4930642b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_4930642b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        l2_norm_sq_4930642b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void l2_norm_sq_4930642b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_4930642b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->a.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->sum_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        l2_norm_sq_4930642b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        l2_norm_sq_4930642b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void l2_norm_sq_4930642b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_4930642b *_wp_args)
{
    l2_norm_sq_4930642b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void l2_norm_sq_4930642b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_4930642b *_wp_args,
    wp_args_l2_norm_sq_4930642b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        l2_norm_sq_4930642b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void l2_norm_sq_4930642b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_4930642b *_wp_args,
    wp_args_l2_norm_sq_4930642b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->a.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->a.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->sum_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->sum_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        l2_norm_sq_4930642b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        l2_norm_sq_4930642b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void l2_norm_sq_4930642b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_l2_norm_sq_4930642b *_wp_args,
    wp_args_l2_norm_sq_4930642b *_wp_adj_args)
{
    l2_norm_sq_4930642b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_advance_cg_state_54b9793a {
    wp::int32 max_iterations;
    wp::array_t<wp::float32> residual_log;
    wp::array_t<wp::float32> min_residual_sq;
    wp::array_t<wp::int32> best_iter;
    wp::array_t<wp::float32> step_coeffs;
    wp::array_t<wp::float32> rz;
    wp::array_t<wp::float32> rz_new;
    wp::array_t<wp::float32> residual_norm_sq;
    wp::array_t<wp::int32> iteration;
    wp::array_t<wp::int32> status;
};


template <bool wp_linear_contiguous>
static void advance_cg_state_54b9793a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advance_cg_state_54b9793a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_max_iterations = _wp_args->max_iterations;
    wp::array_t<wp::float32> var_residual_log = _wp_args->residual_log;
    wp::array_t<wp::float32> var_min_residual_sq = _wp_args->min_residual_sq;
    wp::array_t<wp::int32> var_best_iter = _wp_args->best_iter;
    wp::array_t<wp::float32> var_step_coeffs = _wp_args->step_coeffs;
    wp::array_t<wp::float32> var_rz = _wp_args->rz;
    wp::array_t<wp::float32> var_rz_new = _wp_args->rz_new;
    wp::array_t<wp::float32> var_residual_norm_sq = _wp_args->residual_norm_sq;
    wp::array_t<wp::int32> var_iteration = _wp_args->iteration;
    wp::array_t<wp::int32> var_status = _wp_args->status;
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::int32 var_19 = 3;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 0;
    const wp::float32 var_24 = 0.0;
    const wp::int32 var_25 = 0;
    const wp::int32 var_26 = 0;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    const wp::int32 var_33 = 32;
    wp::int32 var_34;
    const wp::int32 var_35 = 0;
    wp::float32* var_36;
    bool var_37;
    wp::float32 var_38;
    const wp::int32 var_39 = 0;
    const wp::int32 var_40 = 0;
    const wp::float32 var_41 = 1e-06;
    const wp::float32 var_42 = 1e-06;
    wp::float32 var_43;
    bool var_44;
    const wp::int32 var_45 = 1;
    const wp::int32 var_46 = 0;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    bool var_49;
    const wp::int32 var_50 = 2;
    const wp::int32 var_51 = 0;
    const wp::int32 var_52 = 1;
    wp::int32 var_53;
    const wp::int32 var_54 = 0;
    //---------
    // forward
    // def advance_cg_state(                                                                  <L 39>
    // if status[0] != SolverStatus.RUNNING:                                                  <L 51>
    var_1 = wp::address(var_status, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 != var_2);
    if (var_3) {
        // return                                                                             <L 52>
        return;
    }
    // it = iteration[0]                                                                      <L 53>
    var_6 = wp::address(var_iteration, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rz_old = rz[0]                                                                         <L 54>
    var_10 = wp::address(var_rz, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // rz_next = rz_new[0]                                                                    <L 55>
    var_14 = wp::address(var_rz_new, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // if rz_old == 0.0:                                                                      <L 56>
    var_18 = (var_11 == var_17);
    if (var_18) {
        // status[0] = SolverStatus.BREAKDOWN                                                 <L 57>
        wp::array_store(var_status, var_20, var_19);
        // return                                                                             <L 58>
        return;
    }
    // step_coeffs[1] = rz_next / rz_old                                                      <L 59>
    var_21 = wp::div(var_15, var_11);
    wp::array_store(var_step_coeffs, var_22, var_21);
    // rz[0] = rz_next                                                                        <L 60>
    wp::array_store(var_rz, var_23, var_15);
    // rz_new[0] = 0.0                                                                        <L 61>
    wp::array_store(var_rz_new, var_25, var_24);
    // res_sq = residual_norm_sq[0]                                                           <L 62>
    var_27 = wp::address(var_residual_norm_sq, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // residual_norm_sq[0] = 0.0                                                              <L 63>
    wp::array_store(var_residual_norm_sq, var_31, var_30);
    // residual_log[it % RESIDUAL_HISTORY] = wp.sqrt(res_sq)                                  <L 64>
    var_32 = wp::sqrt(var_28);
    var_34 = wp::mod(var_7, var_33);
    wp::array_store(var_residual_log, var_34, var_32);
    // if res_sq < min_residual_sq[0]:                                                        <L 66>
    var_36 = wp::address(var_min_residual_sq, var_35);
    var_38 = wp::load(var_36);
    var_37 = (var_28 < var_38);
    if (var_37) {
        // min_residual_sq[0] = res_sq                                                        <L 67>
        wp::array_store(var_min_residual_sq, var_39, var_28);
        // best_iter[0] = it                                                                  <L 68>
        wp::array_store(var_best_iter, var_40, var_7);
    }
    // if res_sq <= 1.0e-6 * 1.0e-6:                                                          <L 69>
    var_43 = wp::mul(var_41, var_42);
    var_44 = (var_28 <= var_43);
    if (var_44) {
        // status[0] = SolverStatus.CONVERGED                                                 <L 70>
        wp::array_store(var_status, var_46, var_45);
    }
    if (!var_44) {
        // elif it + 1 >= max_iterations:                                                     <L 71>
        var_48 = wp::add(var_7, var_47);
        var_49 = (var_48 >= var_max_iterations);
        if (var_49) {
            // status[0] = SolverStatus.MAX_ITERATIONS                                        <L 72>
            wp::array_store(var_status, var_51, var_50);
        }
    }
    // iteration[0] = it + 1                                                                  <L 73>
    var_53 = wp::add(var_7, var_52);
    wp::array_store(var_iteration, var_54, var_53);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advance_cg_state_54b9793a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_cg_state_54b9793a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advance_cg_state_54b9793a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advance_cg_state_54b9793a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_cg_state_54b9793a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    advance_cg_state_54b9793a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advance_cg_state_54b9793a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advance_cg_state_54b9793a *_wp_args)
{
    advance_cg_state_54b9793a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_csr_row_products_8f9ac286 {
    wp::array_t<wp::int32> row_offsets;
    wp::array_t<wp::int32> col_indices;
    wp::array_t<wp::float32> nnz_values;
    wp::array_t<wp::float32> x_in;
    wp::array_t<wp::int32> row_fixed;
    wp::int32 row_count;
    wp::array_t<wp::float32> y_out;
};


template <bool wp_linear_contiguous>
static void csr_row_products_8f9ac286_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_csr_row_products_8f9ac286 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_csr_row_products_8f9ac286 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.col_indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.nnz_values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_in.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.row_fixed.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.y_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_row_offsets = _wp_args->row_offsets;
    wp::array_t<wp::int32> var_col_indices = _wp_args->col_indices;
    wp::array_t<wp::float32> var_nnz_values = _wp_args->nnz_values;
    wp::array_t<wp::float32> var_x_in = _wp_args->x_in;
    wp::array_t<wp::int32> var_row_fixed = _wp_args->row_fixed;
    wp::int32 var_row_count = _wp_args->row_count;
    wp::array_t<wp::float32> var_y_out = _wp_args->y_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    wp::int32* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // forward
    // def csr_row_products(                                                                  <L 15>
    // row = wp.tid()                                                                         <L 24>
    var_0 = builtin_tid1d();
    // if row >= row_count:                                                                   <L 25>
    var_1 = (var_0 >= var_row_count);
    if (var_1) {
        // return                                                                             <L 26>
        return;
    }
    // if row_fixed[row] != 0:                                                                <L 27>
    var_2 = wp::address(var_row_fixed, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 != var_3);
    if (var_4) {
        // y_out[row] = x_in[row]                                                             <L 28>
        var_6 = wp::address(var_x_in, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        wp::array_store(var_y_out, var_0, var_7);
        // return                                                                             <L 29>
        return;
    }
    // Ax = float(0.0)                                                                        <L 30>
    var_10 = wp::float(var_9);
    // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 31>
    var_11 = wp::address(var_row_offsets, var_0);
    var_13 = wp::add(var_0, var_12);
    var_14 = wp::address(var_row_offsets, var_13);
    var_16 = wp::load(var_11);
    var_17 = wp::load(var_14);
    var_15 = wp::range(var_16, var_17);
    start_for_2:;
        if (iter_cmp(var_15) == 0) goto end_for_2;
        var_18 = wp::iter_next(var_15);
        // col = col_indices[k]                                                               <L 32>
        var_19 = wp::address(var_col_indices, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // a_k = nnz_values[k]                                                                <L 33>
        var_22 = wp::address(var_nnz_values, var_18);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // Ax += a_k * x_in[col]                                                              <L 34>
        var_25 = wp::address(var_x_in, var_20);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_23, var_27);
        var_28 = wp::add(var_10, var_26);
        wp::assign(var_10, var_28);
        goto start_for_2;
    end_for_2:;
    // y_out[row] = Ax                                                                        <L 35>
    wp::array_store(var_y_out, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void csr_row_products_8f9ac286_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_csr_row_products_8f9ac286 *_wp_args,
    wp_args_csr_row_products_8f9ac286 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_csr_row_products_8f9ac286 wp_contiguous_args;
    wp_args_csr_row_products_8f9ac286 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.row_offsets.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.col_indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.col_indices.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.nnz_values.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.nnz_values.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_in.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.x_in.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.row_fixed.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.row_fixed.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.y_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.y_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_row_offsets = _wp_args->row_offsets;
    wp::array_t<wp::int32> var_col_indices = _wp_args->col_indices;
    wp::array_t<wp::float32> var_nnz_values = _wp_args->nnz_values;
    wp::array_t<wp::float32> var_x_in = _wp_args->x_in;
    wp::array_t<wp::int32> var_row_fixed = _wp_args->row_fixed;
    wp::int32 var_row_count = _wp_args->row_count;
    wp::array_t<wp::float32> var_y_out = _wp_args->y_out;
    wp::array_t<wp::int32> adj_row_offsets = _wp_adj_args->row_offsets;
    wp::array_t<wp::int32> adj_col_indices = _wp_adj_args->col_indices;
    wp::array_t<wp::float32> adj_nnz_values = _wp_adj_args->nnz_values;
    wp::array_t<wp::float32> adj_x_in = _wp_adj_args->x_in;
    wp::array_t<wp::int32> adj_row_fixed = _wp_adj_args->row_fixed;
    wp::int32 adj_row_count = _wp_adj_args->row_count;
    wp::array_t<wp::float32> adj_y_out = _wp_adj_args->y_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 0;
    bool var_4;
    wp::int32 var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    wp::float32 var_10;
    wp::int32* var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    //---------
    // forward
    // def csr_row_products(                                                                  <L 15>
    // row = wp.tid()                                                                         <L 24>
    var_0 = builtin_tid1d();
    // if row >= row_count:                                                                   <L 25>
    var_1 = (var_0 >= var_row_count);
    if (var_1) {
        // return                                                                             <L 26>
        goto label0;
    }
    // if row_fixed[row] != 0:                                                                <L 27>
    var_2 = wp::address(var_row_fixed, var_0);
    var_5 = wp::load(var_2);
    var_4 = (var_5 != var_3);
    if (var_4) {
        // y_out[row] = x_in[row]                                                             <L 28>
        var_6 = wp::address(var_x_in, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // wp::array_store(var_y_out, var_0, var_7);
        // return                                                                             <L 29>
        goto label1;
    }
    // Ax = float(0.0)                                                                        <L 30>
    var_10 = wp::float(var_9);
    // for k in range(row_offsets[row], row_offsets[row + 1]):                                <L 31>
    var_11 = wp::address(var_row_offsets, var_0);
    var_13 = wp::add(var_0, var_12);
    var_14 = wp::address(var_row_offsets, var_13);
    var_16 = wp::load(var_11);
    var_17 = wp::load(var_14);
    var_15 = wp::range(var_16, var_17);
    // y_out[row] = Ax                                                                        <L 35>
    // wp::array_store(var_y_out, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_y_out, var_0, var_10, adj_y_out, adj_0, adj_10);
    // adj: y_out[row] = Ax                                                                   <L 35>
    var_15 = wp::iter_reverse(var_15);
    start_for_2:;
        if (iter_cmp(var_15) == 0) goto end_for_2;
        var_18 = wp::iter_next(var_15);
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
        // col = col_indices[k]                                                               <L 32>
        var_19 = wp::address(var_col_indices, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // a_k = nnz_values[k]                                                                <L 33>
        var_22 = wp::address(var_nnz_values, var_18);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // Ax += a_k * x_in[col]                                                              <L 34>
        var_25 = wp::address(var_x_in, var_20);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_23, var_27);
        var_28 = wp::add(var_10, var_26);
        wp::assign(var_10, var_28);
        wp::adj_assign(var_10, var_28, adj_10, adj_28);
        wp::adj_add(var_10, var_26, adj_10, adj_26, adj_28);
        wp::adj_mul(var_23, var_27, adj_23, adj_25, adj_26);
        wp::adj_address(var_x_in, var_20, adj_x_in, adj_20, adj_25);
        // adj: Ax += a_k * x_in[col]                                                         <L 34>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_nnz_values, var_18, adj_nnz_values, adj_18, adj_22);
        // adj: a_k = nnz_values[k]                                                           <L 33>
        wp::adj_copy(var_21, adj_19, adj_20);
        wp::adj_address(var_col_indices, var_18, adj_col_indices, adj_18, adj_19);
        // adj: col = col_indices[k]                                                          <L 32>
    	goto start_for_2;
    end_for_2:;
    wp::adj_address(var_row_offsets, var_13, adj_row_offsets, adj_13, adj_14);
    wp::adj_add(var_0, var_12, adj_0, adj_12, adj_13);
    wp::adj_address(var_row_offsets, var_0, adj_row_offsets, adj_0, adj_11);
    // adj: for k in range(row_offsets[row], row_offsets[row + 1]):                           <L 31>
    wp::adj_float(var_9, adj_9, adj_10);
    // adj: Ax = float(0.0)                                                                   <L 30>
    if (var_4) {
        label1:;
        // adj: return                                                                        <L 29>
        wp::adj_array_store(var_y_out, var_0, var_7, adj_y_out, adj_0, adj_7);
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_x_in, var_0, adj_x_in, adj_0, adj_6);
        // adj: y_out[row] = x_in[row]                                                        <L 28>
    }
    wp::adj_address(var_row_fixed, var_0, adj_row_fixed, adj_0, adj_2);
    // adj: if row_fixed[row] != 0:                                                           <L 27>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 26>
    }
    // adj: if row >= row_count:                                                              <L 25>
    // adj: row = wp.tid()                                                                    <L 24>
    // adj: def csr_row_products(                                                             <L 15>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void csr_row_products_8f9ac286_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_8f9ac286 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        csr_row_products_8f9ac286_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void csr_row_products_8f9ac286_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_8f9ac286 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->col_indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->nnz_values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_in.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->row_fixed.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->y_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        csr_row_products_8f9ac286_cpu_forward_tasks<true>(dim, _wp_args);
    else
        csr_row_products_8f9ac286_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void csr_row_products_8f9ac286_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_8f9ac286 *_wp_args)
{
    csr_row_products_8f9ac286_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void csr_row_products_8f9ac286_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_8f9ac286 *_wp_args,
    wp_args_csr_row_products_8f9ac286 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        csr_row_products_8f9ac286_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void csr_row_products_8f9ac286_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_8f9ac286 *_wp_args,
    wp_args_csr_row_products_8f9ac286 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->row_offsets.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->col_indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->col_indices.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->nnz_values.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->nnz_values.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_in.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->x_in.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->row_fixed.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->row_fixed.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->y_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->y_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        csr_row_products_8f9ac286_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        csr_row_products_8f9ac286_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void csr_row_products_8f9ac286_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_csr_row_products_8f9ac286 *_wp_args,
    wp_args_csr_row_products_8f9ac286 *_wp_adj_args)
{
    csr_row_products_8f9ac286_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

