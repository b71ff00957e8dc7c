// Warp 1.19.0 cpu code for qr_frames_7a1acfcf.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_qr_frames_7dddf114 {
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::int32 active_count;
    wp::quat_t<wp::float32> orientation;
    wp::vec_t<3, wp::float32> local_axis;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rotations_out;
};


template <bool wp_linear_contiguous>
static void qr_frames_7dddf114_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_qr_frames_7dddf114 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_qr_frames_7dddf114 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rotations_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::quat_t<wp::float32> var_orientation = _wp_args->orientation;
    wp::vec_t<3, wp::float32> var_local_axis = _wp_args->local_axis;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotations_out = _wp_args->rotations_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 1.0;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::float32 var_18 = -1.0;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    const wp::float32 var_23 = -1.0;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    const wp::float32 var_28 = -1.0;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    //---------
    // forward
    // def qr_frames(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 13>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 14>
        return;
    }
    // n = normals[tid]                                                                       <L 15>
    var_2 = wp::address(var_normals, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // binormal = wp.normalize(wp.cross(wp.quat_rotate(orientation, local_axis), n))          <L 18>
    var_5 = wp::quat_rotate(var_orientation, var_local_axis);
    var_6 = wp::cross(var_5, var_3);
    var_7 = wp::normalize(var_6);
    // tangent = wp.cross(n, binormal)                                                        <L 19>
    var_8 = wp::cross(var_3, var_7);
    // basis = wp.matrix_from_rows(tangent, n, binormal)                                      <L 20>
    var_9 = wp::matrix_from_rows<wp::float32>(var_8, var_3, var_7);
    // Q, R = wp.qr3(basis)                                                                   <L 21>
    wp::qr3(var_9, var_10, var_11);
    // signs = wp.vec3(1.0)                                                                   <L 23>
    var_13 = wp::vec_t<3, wp::float32>(var_12);
    // for k in range(3):                                                                     <L 24>
    // if R[k, k] < 0.0:                                                                      <L 25>
    var_15 = wp::extract(var_11, var_14, var_14);
    var_17 = (var_15 < var_16);
    if (var_17) {
        // signs[k] = -1.0                                                                    <L 26>
        wp::assign_inplace(var_13, var_14, var_18);
    }
    // if R[k, k] < 0.0:                                                                      <L 25>
    var_20 = wp::extract(var_11, var_19, var_19);
    var_22 = (var_20 < var_21);
    if (var_22) {
        // signs[k] = -1.0                                                                    <L 26>
        wp::assign_inplace(var_13, var_19, var_23);
    }
    // if R[k, k] < 0.0:                                                                      <L 25>
    var_25 = wp::extract(var_11, var_24, var_24);
    var_27 = (var_25 < var_26);
    if (var_27) {
        // signs[k] = -1.0                                                                    <L 26>
        wp::assign_inplace(var_13, var_24, var_28);
    }
    // rotations_out[tid] = Q @ wp.diag(signs)                                                <L 27>
    var_29 = wp::diag(var_13);
    var_30 = wp::mul(var_10, var_29);
    wp::array_store(var_rotations_out, var_0, var_30);
}



template <bool wp_linear_contiguous>
static void qr_frames_7dddf114_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_qr_frames_7dddf114 *_wp_args,
    wp_args_qr_frames_7dddf114 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_qr_frames_7dddf114 wp_contiguous_args;
    wp_args_qr_frames_7dddf114 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rotations_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.rotations_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::int32 var_active_count = _wp_args->active_count;
    wp::quat_t<wp::float32> var_orientation = _wp_args->orientation;
    wp::vec_t<3, wp::float32> var_local_axis = _wp_args->local_axis;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotations_out = _wp_args->rotations_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::int32 adj_active_count = _wp_adj_args->active_count;
    wp::quat_t<wp::float32> adj_orientation = _wp_adj_args->orientation;
    wp::vec_t<3, wp::float32> adj_local_axis = _wp_adj_args->local_axis;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotations_out = _wp_adj_args->rotations_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    const wp::float32 var_12 = 1.0;
    wp::vec_t<3, wp::float32> var_13;
    const wp::int32 var_14 = 0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    const wp::float32 var_18 = -1.0;
    const wp::int32 var_19 = 1;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    bool var_22;
    const wp::float32 var_23 = -1.0;
    const wp::int32 var_24 = 2;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    const wp::float32 var_28 = -1.0;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def qr_frames(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= active_count:                                                                <L 13>
    var_1 = (var_0 >= var_active_count);
    if (var_1) {
        // return                                                                             <L 14>
        goto label0;
    }
    // n = normals[tid]                                                                       <L 15>
    var_2 = wp::address(var_normals, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // binormal = wp.normalize(wp.cross(wp.quat_rotate(orientation, local_axis), n))          <L 18>
    var_5 = wp::quat_rotate(var_orientation, var_local_axis);
    var_6 = wp::cross(var_5, var_3);
    var_7 = wp::normalize(var_6);
    // tangent = wp.cross(n, binormal)                                                        <L 19>
    var_8 = wp::cross(var_3, var_7);
    // basis = wp.matrix_from_rows(tangent, n, binormal)                                      <L 20>
    var_9 = wp::matrix_from_rows<wp::float32>(var_8, var_3, var_7);
    // Q, R = wp.qr3(basis)                                                                   <L 21>
    wp::qr3(var_9, var_10, var_11);
    // signs = wp.vec3(1.0)                                                                   <L 23>
    var_13 = wp::vec_t<3, wp::float32>(var_12);
    // for k in range(3):                                                                     <L 24>
    // if R[k, k] < 0.0:                                                                      <L 25>
    var_15 = wp::extract(var_11, var_14, var_14);
    var_17 = (var_15 < var_16);
    if (var_17) {
        // signs[k] = -1.0                                                                    <L 26>
        wp::assign_inplace(var_13, var_14, var_18);
    }
    // if R[k, k] < 0.0:                                                                      <L 25>
    var_20 = wp::extract(var_11, var_19, var_19);
    var_22 = (var_20 < var_21);
    if (var_22) {
        // signs[k] = -1.0                                                                    <L 26>
        wp::assign_inplace(var_13, var_19, var_23);
    }
    // if R[k, k] < 0.0:                                                                      <L 25>
    var_25 = wp::extract(var_11, var_24, var_24);
    var_27 = (var_25 < var_26);
    if (var_27) {
        // signs[k] = -1.0                                                                    <L 26>
        wp::assign_inplace(var_13, var_24, var_28);
    }
    // rotations_out[tid] = Q @ wp.diag(signs)                                                <L 27>
    var_29 = wp::diag(var_13);
    var_30 = wp::mul(var_10, var_29);
    // wp::array_store(var_rotations_out, var_0, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_rotations_out, var_0, var_30, adj_rotations_out, adj_0, adj_30);
    wp::adj_mul(var_10, var_29, adj_10, adj_29, adj_30);
    wp::adj_diag(var_13, adj_13, adj_29);
    // adj: rotations_out[tid] = Q @ wp.diag(signs)                                           <L 27>
    if (var_27) {
        wp::adj_assign_inplace(var_13, var_24, var_28, adj_13, adj_24, adj_28);
        // adj: signs[k] = -1.0                                                               <L 26>
    }
    wp::adj_extract(var_11, var_24, var_24, adj_11, adj_24, adj_24, adj_25);
    // adj: if R[k, k] < 0.0:                                                                 <L 25>
    if (var_22) {
        wp::adj_assign_inplace(var_13, var_19, var_23, adj_13, adj_19, adj_23);
        // adj: signs[k] = -1.0                                                               <L 26>
    }
    wp::adj_extract(var_11, var_19, var_19, adj_11, adj_19, adj_19, adj_20);
    // adj: if R[k, k] < 0.0:                                                                 <L 25>
    if (var_17) {
        wp::adj_assign_inplace(var_13, var_14, var_18, adj_13, adj_14, adj_18);
        // adj: signs[k] = -1.0                                                               <L 26>
    }
    wp::adj_extract(var_11, var_14, var_14, adj_11, adj_14, adj_14, adj_15);
    // adj: if R[k, k] < 0.0:                                                                 <L 25>
    // adj: for k in range(3):                                                                <L 24>
    wp::adj_vec_t(var_12, adj_12, adj_13);
    // adj: signs = wp.vec3(1.0)                                                              <L 23>
    wp::adj_qr3(var_9, var_10, var_11, adj_9, adj_10, adj_11);
    // adj: Q, R = wp.qr3(basis)                                                              <L 21>
    wp::adj_matrix_from_rows(var_8, var_3, var_7, adj_8, adj_3, adj_7, adj_9);
    // adj: basis = wp.matrix_from_rows(tangent, n, binormal)                                 <L 20>
    wp::adj_cross(var_3, var_7, adj_3, adj_7, adj_8);
    // adj: tangent = wp.cross(n, binormal)                                                   <L 19>
    wp::adj_normalize(var_6, var_7, adj_6, adj_7);
    wp::adj_cross(var_5, var_3, adj_5, adj_3, adj_6);
    wp::adj_quat_rotate(var_orientation, var_local_axis, adj_orientation, adj_local_axis, adj_5);
    // adj: binormal = wp.normalize(wp.cross(wp.quat_rotate(orientation, local_axis), n))     <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_2);
    // adj: n = normals[tid]                                                                  <L 15>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    // adj: if tid >= active_count:                                                           <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def qr_frames(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void qr_frames_7dddf114_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_7dddf114 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        qr_frames_7dddf114_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void qr_frames_7dddf114_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_7dddf114 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rotations_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        qr_frames_7dddf114_cpu_forward_tasks<true>(dim, _wp_args);
    else
        qr_frames_7dddf114_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void qr_frames_7dddf114_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_7dddf114 *_wp_args)
{
    qr_frames_7dddf114_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void qr_frames_7dddf114_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_7dddf114 *_wp_args,
    wp_args_qr_frames_7dddf114 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        qr_frames_7dddf114_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void qr_frames_7dddf114_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_7dddf114 *_wp_args,
    wp_args_qr_frames_7dddf114 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rotations_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->rotations_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        qr_frames_7dddf114_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        qr_frames_7dddf114_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void qr_frames_7dddf114_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_7dddf114 *_wp_args,
    wp_args_qr_frames_7dddf114 *_wp_adj_args)
{
    qr_frames_7dddf114_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

