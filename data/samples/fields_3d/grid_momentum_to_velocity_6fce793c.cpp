// Warp 1.19.0 cpu code for grid_momentum_to_velocity_6fce793c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// grid_momentum_to_velocity.py:10
static wp::vec_t<3, wp::float32> project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 11>
    // vn = wp.dot(v, n)                                                                      <L 12>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 13>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 15>
        return var_v;
    }
    // vt = v - n * vn                                                                        <L 16>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 17>
    return var_4;
}


// grid_momentum_to_velocity.py:10
static void adj_project_slip_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 0.0;
    bool var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                                   <L 11>
    // vn = wp.dot(v, n)                                                                      <L 12>
    var_0 = wp::dot(var_v, var_n);
    // if vn >= 0.0:                                                                          <L 13>
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return v                                                                           <L 15>
        goto label0;
    }
    // vt = v - n * vn                                                                        <L 16>
    var_3 = wp::mul(var_n, var_0);
    var_4 = wp::sub(var_v, var_3);
    // return vt                                                                              <L 17>
    goto label1;
    //---------
    // reverse
    label1:;
    adj_4 += adj_ret;
    // adj: return vt                                                                         <L 17>
    wp::adj_sub(var_v, var_3, adj_v, adj_3, adj_4);
    wp::adj_mul(var_n, var_0, adj_n, adj_0, adj_3);
    // adj: vt = v - n * vn                                                                   <L 16>
    if (var_2) {
        label0:;
        adj_v += adj_ret;
        // adj: return v                                                                      <L 15>
    }
    // adj: if vn >= 0.0:                                                                     <L 13>
    wp::adj_dot(var_v, var_n, adj_v, adj_n, adj_0);
    // adj: vn = wp.dot(v, n)                                                                 <L 12>
    // adj: def project_slip(v: wp.vec3, n: wp.vec3) -> wp.vec3:                              <L 11>
    return;
}

struct wp_args_extract_rotations_2d_2d4397c7 {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> deformations;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> polar_factors;
};


template <bool wp_linear_contiguous>
static void extract_rotations_2d_2d4397c7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_extract_rotations_2d_2d4397c7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.deformations.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.polar_factors.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformations = _wp_args->deformations;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_polar_factors = _wp_args->polar_factors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::float32 var_12 = 1.0;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = -1.0;
    wp::mat_t<2, 2, wp::float32> var_16;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::mat_t<2, 2, wp::float32> var_18;
    wp::mat_t<2, 2, wp::float32> var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    //---------
    // forward
    // def extract_rotations_2d(                                                              <L 47>
    // tid = wp.tid()                                                                         <L 51>
    var_0 = builtin_tid1d();
    // F2 = deformations[tid]                                                                 <L 52>
    var_1 = wp::address(var_deformations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // U = wp.mat22()                                                                         <L 53>
    var_4 = wp::mat_t<2, 2, wp::float32>();
    // sigma = wp.vec2()                                                                      <L 54>
    var_5 = wp::vec_t<2, wp::float32>();
    // V = wp.mat22()                                                                         <L 55>
    var_6 = wp::mat_t<2, 2, wp::float32>();
    // wp.svd2(F2, U, sigma, V)                                                               <L 56>
    wp::svd2(var_2, var_4, var_5, var_6);
    // R = U @ wp.transpose(V)                                                                <L 57>
    var_7 = wp::transpose(var_6);
    var_8 = wp::mul(var_4, var_7);
    // if wp.determinant(R) < 0.0:                                                            <L 58>
    var_9 = wp::determinant(var_8);
    var_11 = (var_9 < var_10);
    if (var_11) {
        // U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)                                              <L 59>
        var_16 = wp::mat_t<2, 2, wp::float32>(var_12, var_13, var_14, var_15);
        var_17 = wp::mul(var_4, var_16);
        // R = U @ wp.transpose(V)                                                            <L 60>
        var_18 = wp::transpose(var_6);
        var_19 = wp::mul(var_17, var_18);
    }
    var_20 = wp::where(var_11, var_17, var_4);
    var_21 = wp::where(var_11, var_19, var_8);
    // polar_factors[tid] = R                                                                 <L 61>
    wp::array_store(var_polar_factors, var_0, var_21);
}



template <bool wp_linear_contiguous>
static void extract_rotations_2d_2d4397c7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_extract_rotations_2d_2d4397c7 wp_contiguous_args;
    wp_args_extract_rotations_2d_2d4397c7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.deformations.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.deformations.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.polar_factors.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.polar_factors.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformations = _wp_args->deformations;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_polar_factors = _wp_args->polar_factors;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_deformations = _wp_adj_args->deformations;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_polar_factors = _wp_adj_args->polar_factors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<2, 2, wp::float32>* var_1;
    wp::mat_t<2, 2, wp::float32> var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::mat_t<2, 2, wp::float32> var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::float32 var_12 = 1.0;
    const wp::float32 var_13 = 0.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = -1.0;
    wp::mat_t<2, 2, wp::float32> var_16;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::mat_t<2, 2, wp::float32> var_18;
    wp::mat_t<2, 2, wp::float32> var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<2, 2, wp::float32> adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::mat_t<2, 2, wp::float32> adj_6 = {};
    wp::mat_t<2, 2, wp::float32> adj_7 = {};
    wp::mat_t<2, 2, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::mat_t<2, 2, wp::float32> adj_16 = {};
    wp::mat_t<2, 2, wp::float32> adj_17 = {};
    wp::mat_t<2, 2, wp::float32> adj_18 = {};
    wp::mat_t<2, 2, wp::float32> adj_19 = {};
    wp::mat_t<2, 2, wp::float32> adj_20 = {};
    wp::mat_t<2, 2, wp::float32> adj_21 = {};
    //---------
    // forward
    // def extract_rotations_2d(                                                              <L 47>
    // tid = wp.tid()                                                                         <L 51>
    var_0 = builtin_tid1d();
    // F2 = deformations[tid]                                                                 <L 52>
    var_1 = wp::address(var_deformations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // U = wp.mat22()                                                                         <L 53>
    var_4 = wp::mat_t<2, 2, wp::float32>();
    // sigma = wp.vec2()                                                                      <L 54>
    var_5 = wp::vec_t<2, wp::float32>();
    // V = wp.mat22()                                                                         <L 55>
    var_6 = wp::mat_t<2, 2, wp::float32>();
    // wp.svd2(F2, U, sigma, V)                                                               <L 56>
    wp::svd2(var_2, var_4, var_5, var_6);
    // R = U @ wp.transpose(V)                                                                <L 57>
    var_7 = wp::transpose(var_6);
    var_8 = wp::mul(var_4, var_7);
    // if wp.determinant(R) < 0.0:                                                            <L 58>
    var_9 = wp::determinant(var_8);
    var_11 = (var_9 < var_10);
    if (var_11) {
        // U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)                                              <L 59>
        var_16 = wp::mat_t<2, 2, wp::float32>(var_12, var_13, var_14, var_15);
        var_17 = wp::mul(var_4, var_16);
        // R = U @ wp.transpose(V)                                                            <L 60>
        var_18 = wp::transpose(var_6);
        var_19 = wp::mul(var_17, var_18);
    }
    var_20 = wp::where(var_11, var_17, var_4);
    var_21 = wp::where(var_11, var_19, var_8);
    // polar_factors[tid] = R                                                                 <L 61>
    // wp::array_store(var_polar_factors, var_0, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_polar_factors, var_0, var_21, adj_polar_factors, adj_0, adj_21);
    // adj: polar_factors[tid] = R                                                            <L 61>
    wp::adj_where(var_11, var_19, var_8, adj_11, adj_19, adj_8, adj_21);
    wp::adj_where(var_11, var_17, var_4, adj_11, adj_17, adj_4, adj_20);
    if (var_11) {
        wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_transpose(var_6, adj_6, adj_18);
        // adj: R = U @ wp.transpose(V)                                                       <L 60>
        wp::adj_mul(var_4, var_16, adj_4, adj_16, adj_17);
        wp::adj_mat_t(var_12, var_13, var_14, var_15, adj_12, adj_13, adj_14, adj_15, adj_16);
        // adj: U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)                                         <L 59>
    }
    wp::adj_determinant(var_8, adj_8, adj_9);
    // adj: if wp.determinant(R) < 0.0:                                                       <L 58>
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_transpose(var_6, adj_6, adj_7);
    // adj: R = U @ wp.transpose(V)                                                           <L 57>
    wp::adj_svd2(var_2, var_4, var_5, var_6, adj_2, adj_4, adj_5, adj_6);
    // adj: wp.svd2(F2, U, sigma, V)                                                          <L 56>
    // adj: V = wp.mat22()                                                                    <L 55>
    // adj: sigma = wp.vec2()                                                                 <L 54>
    // adj: U = wp.mat22()                                                                    <L 53>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_deformations, var_0, adj_deformations, adj_0, adj_1);
    // adj: F2 = deformations[tid]                                                            <L 52>
    // adj: tid = wp.tid()                                                                    <L 51>
    // adj: def extract_rotations_2d(                                                         <L 47>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_rotations_2d_2d4397c7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_rotations_2d_2d4397c7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void extract_rotations_2d_2d4397c7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformations.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->polar_factors.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)));
    if (wp_linear_contiguous)
        extract_rotations_2d_2d4397c7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        extract_rotations_2d_2d4397c7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void extract_rotations_2d_2d4397c7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args)
{
    extract_rotations_2d_2d4397c7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void extract_rotations_2d_2d4397c7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        extract_rotations_2d_2d4397c7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void extract_rotations_2d_2d4397c7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformations.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->deformations.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->polar_factors.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->polar_factors.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)));
    if (wp_linear_contiguous)
        extract_rotations_2d_2d4397c7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        extract_rotations_2d_2d4397c7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void extract_rotations_2d_2d4397c7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_args,
    wp_args_extract_rotations_2d_2d4397c7 *_wp_adj_args)
{
    extract_rotations_2d_2d4397c7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_grid_momentum_to_velocity_cdf94464 {
    wp::array_t<wp::float32> grid_m;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_mv;
    wp::array_t<wp::int32> cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> normals;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> grid_v;
};


template <bool wp_linear_contiguous>
static void grid_momentum_to_velocity_cdf94464_cpu_kernel_forward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv = _wp_args->grid_mv;
    wp::array_t<wp::int32> var_cell_type = _wp_args->cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // forward
    // def grid_momentum_to_velocity(                                                         <L 21>
    // i, j, k = wp.tid()                                                                     <L 30>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_m[i, j, k]                                                                    <L 31>
    var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 32>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // grid_v[i, j, k] = wp.vec3(0.0)                                                     <L 33>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        wp::array_store(var_grid_v, var_0, var_1, var_2, var_9);
        // return                                                                             <L 34>
        return;
    }
    // v = grid_mv[i, j, k] / m + gravity * delta_time                                        <L 35>
    var_10 = wp::address(var_grid_mv, var_0, var_1, var_2);
    var_12 = wp::load(var_10);
    var_11 = wp::div(var_12, var_4);
    var_13 = wp::mul(var_gravity, var_delta_time);
    var_14 = wp::add(var_11, var_13);
    // cell = cell_type[i, j, k]                                                              <L 36>
    var_15 = wp::address(var_cell_type, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // if cell == CellType.SOLID:                                                             <L 37>
    var_19 = (var_16 == var_18);
    if (var_19) {
        // v = wp.vec3(0.0)                                                                   <L 38>
        var_21 = wp::vec_t<3, wp::float32>(var_20);
    }
    if (!var_19) {
        // elif cell == CellType.SLIP:                                                        <L 39>
        var_23 = (var_16 == var_22);
        if (var_23) {
            // v = project_slip(v, normals[i, j, k])                                          <L 40>
            var_24 = wp::address(var_normals, var_0, var_1, var_2);
            var_26 = wp::load(var_24);
            var_25 = project_slip_0(var_14, var_26);
        }
        if (!var_23) {
            // elif cell != CellType.FREE:                                                    <L 41>
            var_28 = (var_16 != var_27);
            if (var_28) {
                // return                                                                     <L 42>
                return;
            }
        }
        var_29 = wp::where(var_23, var_25, var_14);
    }
    var_30 = wp::where(var_19, var_21, var_29);
    // grid_v[i, j, k] = v                                                                    <L 43>
    wp::array_store(var_grid_v, var_0, var_1, var_2, var_30);
}



template <bool wp_linear_contiguous>
static void grid_momentum_to_velocity_cdf94464_cpu_kernel_backward(
    wp::launch_bounds_t<3> dim,
    size_t task_index,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_grid_m = _wp_args->grid_m;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_mv = _wp_args->grid_mv;
    wp::array_t<wp::int32> var_cell_type = _wp_args->cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals = _wp_args->normals;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_grid_v = _wp_args->grid_v;
    wp::array_t<wp::float32> adj_grid_m = _wp_adj_args->grid_m;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_mv = _wp_adj_args->grid_mv;
    wp::array_t<wp::int32> adj_cell_type = _wp_adj_args->cell_type;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals = _wp_adj_args->normals;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_grid_v = _wp_adj_args->grid_v;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    bool var_7;
    const wp::float32 var_8 = 0.0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 2;
    bool var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    bool adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def grid_momentum_to_velocity(                                                         <L 21>
    // i, j, k = wp.tid()                                                                     <L 30>
    builtin_tid3d(var_0, var_1, var_2);
    // m = grid_m[i, j, k]                                                                    <L 31>
    var_3 = wp::address(var_grid_m, var_0, var_1, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // if m <= 0.0:                                                                           <L 32>
    var_7 = (var_4 <= var_6);
    if (var_7) {
        // grid_v[i, j, k] = wp.vec3(0.0)                                                     <L 33>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        // wp::array_store(var_grid_v, var_0, var_1, var_2, var_9);
        // return                                                                             <L 34>
        goto label0;
    }
    // v = grid_mv[i, j, k] / m + gravity * delta_time                                        <L 35>
    var_10 = wp::address(var_grid_mv, var_0, var_1, var_2);
    var_12 = wp::load(var_10);
    var_11 = wp::div(var_12, var_4);
    var_13 = wp::mul(var_gravity, var_delta_time);
    var_14 = wp::add(var_11, var_13);
    // cell = cell_type[i, j, k]                                                              <L 36>
    var_15 = wp::address(var_cell_type, var_0, var_1, var_2);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // if cell == CellType.SOLID:                                                             <L 37>
    var_19 = (var_16 == var_18);
    if (var_19) {
        // v = wp.vec3(0.0)                                                                   <L 38>
        var_21 = wp::vec_t<3, wp::float32>(var_20);
    }
    if (!var_19) {
        // elif cell == CellType.SLIP:                                                        <L 39>
        var_23 = (var_16 == var_22);
        if (var_23) {
            // v = project_slip(v, normals[i, j, k])                                          <L 40>
            var_24 = wp::address(var_normals, var_0, var_1, var_2);
            var_26 = wp::load(var_24);
            var_25 = project_slip_0(var_14, var_26);
        }
        if (!var_23) {
            // elif cell != CellType.FREE:                                                    <L 41>
            var_28 = (var_16 != var_27);
            if (var_28) {
                // return                                                                     <L 42>
                goto label1;
            }
        }
        var_29 = wp::where(var_23, var_25, var_14);
    }
    var_30 = wp::where(var_19, var_21, var_29);
    // grid_v[i, j, k] = v                                                                    <L 43>
    // wp::array_store(var_grid_v, var_0, var_1, var_2, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_30, adj_grid_v, adj_0, adj_1, adj_2, adj_30);
    // adj: grid_v[i, j, k] = v                                                               <L 43>
    wp::adj_where(var_19, var_21, var_29, adj_19, adj_21, adj_29, adj_30);
    if (!var_19) {
        wp::adj_where(var_23, var_25, var_14, adj_23, adj_25, adj_14, adj_29);
        if (!var_23) {
            if (var_28) {
                label1:;
                // adj: return                                                                <L 42>
            }
            // adj: elif cell != CellType.FREE:                                               <L 41>
        }
        if (var_23) {
            adj_project_slip_0(var_14, var_26, adj_14, adj_24, adj_25);
            wp::adj_address(var_normals, var_0, var_1, var_2, adj_normals, adj_0, adj_1, adj_2, adj_24);
            // adj: v = project_slip(v, normals[i, j, k])                                     <L 40>
        }
        // adj: elif cell == CellType.SLIP:                                                   <L 39>
    }
    if (var_19) {
        wp::adj_vec_t(var_20, adj_20, adj_21);
        // adj: v = wp.vec3(0.0)                                                              <L 38>
    }
    // adj: if cell == CellType.SOLID:                                                        <L 37>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_cell_type, var_0, var_1, var_2, adj_cell_type, adj_0, adj_1, adj_2, adj_15);
    // adj: cell = cell_type[i, j, k]                                                         <L 36>
    wp::adj_add(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_mul(var_gravity, var_delta_time, adj_gravity, adj_delta_time, adj_13);
    wp::adj_div(var_12, var_4, adj_10, adj_4, adj_11);
    wp::adj_address(var_grid_mv, var_0, var_1, var_2, adj_grid_mv, adj_0, adj_1, adj_2, adj_10);
    // adj: v = grid_mv[i, j, k] / m + gravity * delta_time                                   <L 35>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 34>
        wp::adj_array_store(var_grid_v, var_0, var_1, var_2, var_9, adj_grid_v, adj_0, adj_1, adj_2, adj_9);
        wp::adj_vec_t(var_8, adj_8, adj_9);
        // adj: grid_v[i, j, k] = wp.vec3(0.0)                                                <L 33>
    }
    // adj: if m <= 0.0:                                                                      <L 32>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_grid_m, var_0, var_1, var_2, adj_grid_m, adj_0, adj_1, adj_2, adj_3);
    // adj: m = grid_m[i, j, k]                                                               <L 31>
    // adj: i, j, k = wp.tid()                                                                <L 30>
    // adj: def grid_momentum_to_velocity(                                                    <L 21>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void grid_momentum_to_velocity_cdf94464_cpu_forward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        grid_momentum_to_velocity_cdf94464_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void grid_momentum_to_velocity_cdf94464_cpu_forward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    grid_momentum_to_velocity_cdf94464_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void grid_momentum_to_velocity_cdf94464_cpu_forward(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args)
{
    grid_momentum_to_velocity_cdf94464_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void grid_momentum_to_velocity_cdf94464_cpu_backward_tasks(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        grid_momentum_to_velocity_cdf94464_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void grid_momentum_to_velocity_cdf94464_cpu_backward_dispatch(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    grid_momentum_to_velocity_cdf94464_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void grid_momentum_to_velocity_cdf94464_cpu_backward(
    wp::launch_bounds_t<3> *dim,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_args,
    wp_args_grid_momentum_to_velocity_cdf94464 *_wp_adj_args)
{
    grid_momentum_to_velocity_cdf94464_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

