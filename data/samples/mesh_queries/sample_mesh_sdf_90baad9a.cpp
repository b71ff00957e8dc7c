// Warp 1.19.0 cpu code for sample_mesh_sdf_90baad9a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sample_mesh_sdf_51e1d700 {
    wp::uint64 mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::array_t<wp::int32> inside;
    wp::float32 max_dist;
    wp::float32 theta;
};


template <bool wp_linear_contiguous>
static void sample_mesh_sdf_51e1d700_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_mesh_sdf_51e1d700 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inside.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::int32> var_inside = _wp_args->inside;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_theta = _wp_args->theta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::mesh_query_point_t var_24;
    const wp::int32 var_25 = 1;
    const wp::float32 var_26 = 0.1;
    const wp::int32 var_27 = 0;
    bool var_28;
    bool* var_29;
    bool var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    //---------
    // forward
    // def sample_mesh_sdf(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = samples[tid]                                                                       <L 13>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = wp.cos(theta)                                                                      <L 15>
    var_4 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 16>
    var_5 = wp::sin(var_theta);
    // rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                          <L 17>
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::mul(var_4, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::mul(var_5, var_10);
    var_12 = wp::add(var_8, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::neg(var_5);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::mul(var_15, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::add(var_18, var_21);
    var_23 = wp::vec_t<3, wp::float32>(var_12, var_14, var_22);
    // q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)                             <L 18>
    var_24 = wp::mesh_query_point_sign_parity(var_mesh_id, var_23, var_max_dist, var_25, var_26);
    // inside[tid] = 0                                                                        <L 19>
    wp::array_store(var_inside, var_0, var_27);
    // if q.result and q.sign < 0.0:                                                          <L 20>
    var_29 = &((var_24).result);
    var_30 = wp::load(var_29);
    var_28 = var_30;
    if (var_28) {
        var_31 = &((var_24).sign);
        var_34 = wp::load(var_31);
        var_33 = (var_34 < var_32);
        var_28 = var_28 && var_33;
    }
    if (var_28) {
        // inside[tid] = 1                                                                    <L 21>
        wp::array_store(var_inside, var_0, var_35);
    }
}



template <bool wp_linear_contiguous>
static void sample_mesh_sdf_51e1d700_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_mesh_sdf_51e1d700 wp_contiguous_args;
    wp_args_sample_mesh_sdf_51e1d700 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inside.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.inside.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::int32> var_inside = _wp_args->inside;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_theta = _wp_args->theta;
    wp::uint64 adj_mesh_id = _wp_adj_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::int32> adj_inside = _wp_adj_args->inside;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::float32 adj_theta = _wp_adj_args->theta;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::mesh_query_point_t var_24;
    const wp::int32 var_25 = 1;
    const wp::float32 var_26 = 0.1;
    const wp::int32 var_27 = 0;
    bool var_28;
    bool* var_29;
    bool var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::mesh_query_point_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    //---------
    // forward
    // def sample_mesh_sdf(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = samples[tid]                                                                       <L 13>
    var_1 = wp::address(var_samples, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = wp.cos(theta)                                                                      <L 15>
    var_4 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 16>
    var_5 = wp::sin(var_theta);
    // rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                          <L 17>
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::mul(var_4, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::mul(var_5, var_10);
    var_12 = wp::add(var_8, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::neg(var_5);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::mul(var_15, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::add(var_18, var_21);
    var_23 = wp::vec_t<3, wp::float32>(var_12, var_14, var_22);
    // q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)                             <L 18>
    var_24 = wp::mesh_query_point_sign_parity(var_mesh_id, var_23, var_max_dist, var_25, var_26);
    // inside[tid] = 0                                                                        <L 19>
    // wp::array_store(var_inside, var_0, var_27);
    // if q.result and q.sign < 0.0:                                                          <L 20>
    var_29 = &((var_24).result);
    var_30 = wp::load(var_29);
    var_28 = var_30;
    if (var_28) {
        var_31 = &((var_24).sign);
        var_34 = wp::load(var_31);
        var_33 = (var_34 < var_32);
        var_28 = var_28 && var_33;
    }
    if (var_28) {
        // inside[tid] = 1                                                                    <L 21>
        // wp::array_store(var_inside, var_0, var_35);
    }
    //---------
    // reverse
    if (var_28) {
        wp::adj_array_store(var_inside, var_0, var_35, adj_inside, adj_0, adj_35);
        // adj: inside[tid] = 1                                                               <L 21>
    }
    if (var_28) {
        adj_24.sign += adj_31;
    }
    adj_24.result = adj_29;
    // adj: if q.result and q.sign < 0.0:                                                     <L 20>
    wp::adj_array_store(var_inside, var_0, var_27, adj_inside, adj_0, adj_27);
    // adj: inside[tid] = 0                                                                   <L 19>
    wp::adj_mesh_query_point_sign_parity(var_mesh_id, var_23, var_max_dist, var_25, var_26, var_24, adj_mesh_id, adj_23, adj_max_dist, adj_25, adj_26, adj_24);
    // adj: q = wp.mesh_query_point_sign_parity(mesh_id, rp, max_dist)                        <L 18>
    wp::adj_vec_t(var_12, var_14, var_22, adj_12, adj_14, adj_22, adj_23);
    wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
    wp::adj_mul(var_4, var_20, adj_4, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
    wp::adj_neg(var_5, adj_5, adj_15);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_mul(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                     <L 17>
    wp::adj_sin(var_theta, adj_theta, adj_5);
    // adj: s = wp.sin(theta)                                                                 <L 16>
    wp::adj_cos(var_theta, adj_theta, adj_4);
    // adj: c = wp.cos(theta)                                                                 <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
    // adj: p = samples[tid]                                                                  <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def sample_mesh_sdf(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_mesh_sdf_51e1d700_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_mesh_sdf_51e1d700_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sample_mesh_sdf_51e1d700_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inside.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        sample_mesh_sdf_51e1d700_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sample_mesh_sdf_51e1d700_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_mesh_sdf_51e1d700_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args)
{
    sample_mesh_sdf_51e1d700_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_mesh_sdf_51e1d700_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_mesh_sdf_51e1d700_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sample_mesh_sdf_51e1d700_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inside.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->inside.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        sample_mesh_sdf_51e1d700_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sample_mesh_sdf_51e1d700_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sample_mesh_sdf_51e1d700_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_args,
    wp_args_sample_mesh_sdf_51e1d700 *_wp_adj_args)
{
    sample_mesh_sdf_51e1d700_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

