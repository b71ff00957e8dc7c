// Warp 1.19.0 cpu code for orthonormalize_frames_5bba0aa1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_orthonormalize_frames_f4a64f57 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rotation_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> angular_velocities;
    wp::float32 time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rotations_out;
};


template <bool wp_linear_contiguous>
static void orthonormalize_frames_f4a64f57_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_orthonormalize_frames_f4a64f57 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.rotation_matrices.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.angular_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rotations_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices = _wp_args->rotation_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_angular_velocities = _wp_args->angular_velocities;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotations_out = _wp_args->rotations_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    const wp::float32 var_13 = 1.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::float32 var_19 = -1.0;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    const wp::float32 var_24 = -1.0;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::float32 var_29 = -1.0;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    //---------
    // forward
    // def orthonormalize_frames(                                                             <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // omega = angular_velocities[tid]                                                        <L 13>
    var_1 = wp::address(var_angular_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rot_mat = rotation_matrices[tid]                                                       <L 14>
    var_4 = wp::address(var_rotation_matrices, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // rot_new = rot_mat + wp.skew(omega) @ rot_mat * time_step                               <L 15>
    var_7 = wp::skew(var_2);
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::mul(var_8, var_time_step);
    var_10 = wp::add(var_5, var_9);
    // Q, R = wp.qr3(rot_new)                                                                 <L 16>
    wp::qr3(var_10, var_11, var_12);
    // signs = wp.vec3(1.0)                                                                   <L 18>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // for k in range(3):                                                                     <L 19>
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_16 = wp::extract(var_12, var_15, var_15);
    var_18 = (var_16 < var_17);
    if (var_18) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_14, var_15, var_19);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_21 = wp::extract(var_12, var_20, var_20);
    var_23 = (var_21 < var_22);
    if (var_23) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_14, var_20, var_24);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_26 = wp::extract(var_12, var_25, var_25);
    var_28 = (var_26 < var_27);
    if (var_28) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_14, var_25, var_29);
    }
    // rotations_out[tid] = Q @ wp.diag(signs)                                                <L 22>
    var_30 = wp::diag(var_14);
    var_31 = wp::mul(var_11, var_30);
    wp::array_store(var_rotations_out, var_0, var_31);
}



template <bool wp_linear_contiguous>
static void orthonormalize_frames_f4a64f57_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_orthonormalize_frames_f4a64f57 wp_contiguous_args;
    wp_args_orthonormalize_frames_f4a64f57 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.rotation_matrices.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.rotation_matrices.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.angular_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.angular_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rotations_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.rotations_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices = _wp_args->rotation_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_angular_velocities = _wp_args->angular_velocities;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotations_out = _wp_args->rotations_out;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotation_matrices = _wp_adj_args->rotation_matrices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_angular_velocities = _wp_adj_args->angular_velocities;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotations_out = _wp_adj_args->rotations_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    const wp::float32 var_13 = 1.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    const wp::float32 var_19 = -1.0;
    const wp::int32 var_20 = 1;
    wp::float32 var_21;
    const wp::float32 var_22 = 0.0;
    bool var_23;
    const wp::float32 var_24 = -1.0;
    const wp::int32 var_25 = 2;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::float32 var_29 = -1.0;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    //---------
    // forward
    // def orthonormalize_frames(                                                             <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // omega = angular_velocities[tid]                                                        <L 13>
    var_1 = wp::address(var_angular_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rot_mat = rotation_matrices[tid]                                                       <L 14>
    var_4 = wp::address(var_rotation_matrices, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // rot_new = rot_mat + wp.skew(omega) @ rot_mat * time_step                               <L 15>
    var_7 = wp::skew(var_2);
    var_8 = wp::mul(var_7, var_5);
    var_9 = wp::mul(var_8, var_time_step);
    var_10 = wp::add(var_5, var_9);
    // Q, R = wp.qr3(rot_new)                                                                 <L 16>
    wp::qr3(var_10, var_11, var_12);
    // signs = wp.vec3(1.0)                                                                   <L 18>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // for k in range(3):                                                                     <L 19>
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_16 = wp::extract(var_12, var_15, var_15);
    var_18 = (var_16 < var_17);
    if (var_18) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_14, var_15, var_19);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_21 = wp::extract(var_12, var_20, var_20);
    var_23 = (var_21 < var_22);
    if (var_23) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_14, var_20, var_24);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_26 = wp::extract(var_12, var_25, var_25);
    var_28 = (var_26 < var_27);
    if (var_28) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_14, var_25, var_29);
    }
    // rotations_out[tid] = Q @ wp.diag(signs)                                                <L 22>
    var_30 = wp::diag(var_14);
    var_31 = wp::mul(var_11, var_30);
    // wp::array_store(var_rotations_out, var_0, var_31);
    //---------
    // reverse
    wp::adj_array_store(var_rotations_out, var_0, var_31, adj_rotations_out, adj_0, adj_31);
    wp::adj_mul(var_11, var_30, adj_11, adj_30, adj_31);
    wp::adj_diag(var_14, adj_14, adj_30);
    // adj: rotations_out[tid] = Q @ wp.diag(signs)                                           <L 22>
    if (var_28) {
        wp::adj_assign_inplace(var_14, var_25, var_29, adj_14, adj_25, adj_29);
        // adj: signs[k] = -1.0                                                               <L 21>
    }
    wp::adj_extract(var_12, var_25, var_25, adj_12, adj_25, adj_25, adj_26);
    // adj: if R[k, k] < 0.0:                                                                 <L 20>
    if (var_23) {
        wp::adj_assign_inplace(var_14, var_20, var_24, adj_14, adj_20, adj_24);
        // adj: signs[k] = -1.0                                                               <L 21>
    }
    wp::adj_extract(var_12, var_20, var_20, adj_12, adj_20, adj_20, adj_21);
    // adj: if R[k, k] < 0.0:                                                                 <L 20>
    if (var_18) {
        wp::adj_assign_inplace(var_14, var_15, var_19, adj_14, adj_15, adj_19);
        // adj: signs[k] = -1.0                                                               <L 21>
    }
    wp::adj_extract(var_12, var_15, var_15, adj_12, adj_15, adj_15, adj_16);
    // adj: if R[k, k] < 0.0:                                                                 <L 20>
    // adj: for k in range(3):                                                                <L 19>
    wp::adj_vec_t(var_13, adj_13, adj_14);
    // adj: signs = wp.vec3(1.0)                                                              <L 18>
    wp::adj_qr3(var_10, var_11, var_12, adj_10, adj_11, adj_12);
    // adj: Q, R = wp.qr3(rot_new)                                                            <L 16>
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_mul(var_8, var_time_step, adj_8, adj_time_step, adj_9);
    wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_8);
    wp::adj_skew(var_2, adj_2, adj_7);
    // adj: rot_new = rot_mat + wp.skew(omega) @ rot_mat * time_step                          <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_rotation_matrices, var_0, adj_rotation_matrices, adj_0, adj_4);
    // adj: rot_mat = rotation_matrices[tid]                                                  <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_angular_velocities, var_0, adj_angular_velocities, adj_0, adj_1);
    // adj: omega = angular_velocities[tid]                                                   <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def orthonormalize_frames(                                                        <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void orthonormalize_frames_f4a64f57_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        orthonormalize_frames_f4a64f57_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void orthonormalize_frames_f4a64f57_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rotation_matrices.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->angular_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rotations_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        orthonormalize_frames_f4a64f57_cpu_forward_tasks<true>(dim, _wp_args);
    else
        orthonormalize_frames_f4a64f57_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void orthonormalize_frames_f4a64f57_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args)
{
    orthonormalize_frames_f4a64f57_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void orthonormalize_frames_f4a64f57_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        orthonormalize_frames_f4a64f57_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void orthonormalize_frames_f4a64f57_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->rotation_matrices.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->rotation_matrices.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->angular_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->angular_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rotations_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->rotations_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        orthonormalize_frames_f4a64f57_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        orthonormalize_frames_f4a64f57_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void orthonormalize_frames_f4a64f57_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_args,
    wp_args_orthonormalize_frames_f4a64f57 *_wp_adj_args)
{
    orthonormalize_frames_f4a64f57_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

