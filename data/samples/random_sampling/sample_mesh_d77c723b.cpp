// Warp 1.19.0 cpu code for sample_mesh_d77c723b.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_importance_resample_5e46f03b {
    wp::array_t<wp::float32> probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> strength;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::int32 seed;
};


template <bool wp_linear_contiguous>
static void importance_resample_5e46f03b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_importance_resample_5e46f03b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_importance_resample_5e46f03b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.probabilities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.strength.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_probabilities = _wp_args->probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_strength = _wp_args->strength;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def importance_resample(                                                               <L 25>
    // tid = wp.tid()                                                                         <L 32>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 33>
    var_1 = wp::rand_init(var_seed, var_0);
    // scale = strength[0]                                                                    <L 34>
    var_3 = wp::address(var_strength, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // index = wp.sample_cdf(rng, probabilities)                                              <L 35>
    var_6 = wp::sample_cdf(var_1, var_probabilities);
    // samples[tid] = positions[index] + wp.sample_unit_hemisphere(rng) * scale               <L 37>
    var_7 = wp::address(var_positions, var_6);
    var_8 = wp::sample_unit_hemisphere(var_1);
    var_9 = wp::mul(var_8, var_4);
    var_11 = wp::load(var_7);
    var_10 = wp::add(var_11, var_9);
    wp::array_store(var_samples, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void importance_resample_5e46f03b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_importance_resample_5e46f03b *_wp_args,
    wp_args_importance_resample_5e46f03b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_importance_resample_5e46f03b wp_contiguous_args;
    wp_args_importance_resample_5e46f03b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.probabilities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.probabilities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.strength.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.strength.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_probabilities = _wp_args->probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_strength = _wp_args->strength;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> adj_probabilities = _wp_adj_args->probabilities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_strength = _wp_adj_args->strength;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::int32 adj_seed = _wp_adj_args->seed;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::int32 var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def importance_resample(                                                               <L 25>
    // tid = wp.tid()                                                                         <L 32>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 33>
    var_1 = wp::rand_init(var_seed, var_0);
    // scale = strength[0]                                                                    <L 34>
    var_3 = wp::address(var_strength, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // index = wp.sample_cdf(rng, probabilities)                                              <L 35>
    var_6 = wp::sample_cdf(var_1, var_probabilities);
    // samples[tid] = positions[index] + wp.sample_unit_hemisphere(rng) * scale               <L 37>
    var_7 = wp::address(var_positions, var_6);
    var_8 = wp::sample_unit_hemisphere(var_1);
    var_9 = wp::mul(var_8, var_4);
    var_11 = wp::load(var_7);
    var_10 = wp::add(var_11, var_9);
    // wp::array_store(var_samples, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_10, adj_samples, adj_0, adj_10);
    wp::adj_add(var_11, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_8, var_4, adj_8, adj_4, adj_9);
    wp::adj_address(var_positions, var_6, adj_positions, adj_6, adj_7);
    // adj: samples[tid] = positions[index] + wp.sample_unit_hemisphere(rng) * scale          <L 37>
    // adj: index = wp.sample_cdf(rng, probabilities)                                         <L 35>
    wp::adj_copy(var_5, adj_3, adj_4);
    wp::adj_address(var_strength, var_2, adj_strength, adj_2, adj_3);
    // adj: scale = strength[0]                                                               <L 34>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 33>
    // adj: tid = wp.tid()                                                                    <L 32>
    // adj: def importance_resample(                                                          <L 25>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void importance_resample_5e46f03b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_importance_resample_5e46f03b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        importance_resample_5e46f03b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void importance_resample_5e46f03b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_importance_resample_5e46f03b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->probabilities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->strength.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        importance_resample_5e46f03b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        importance_resample_5e46f03b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void importance_resample_5e46f03b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_importance_resample_5e46f03b *_wp_args)
{
    importance_resample_5e46f03b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void importance_resample_5e46f03b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_importance_resample_5e46f03b *_wp_args,
    wp_args_importance_resample_5e46f03b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        importance_resample_5e46f03b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void importance_resample_5e46f03b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_importance_resample_5e46f03b *_wp_args,
    wp_args_importance_resample_5e46f03b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->probabilities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->probabilities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->strength.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->strength.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        importance_resample_5e46f03b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        importance_resample_5e46f03b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void importance_resample_5e46f03b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_importance_resample_5e46f03b *_wp_args,
    wp_args_importance_resample_5e46f03b *_wp_adj_args)
{
    importance_resample_5e46f03b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_sample_mesh_644e4d0d {
    wp::uint64 collider_mesh;
    wp::int32 num_faces;
    wp::int32 seed;
    wp::int32 offset;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::int32> faces;
};


template <bool wp_linear_contiguous>
static void sample_mesh_644e4d0d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_644e4d0d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_mesh_644e4d0d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::int32 var_num_faces = _wp_args->num_faces;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_offset = _wp_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def sample_mesh(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, offset + tid)                                                 <L 14>
    var_1 = wp::add(var_offset, var_0);
    var_2 = wp::rand_init(var_seed, var_1);
    // tri = wp.randi(rng, 0, num_faces)                                                      <L 15>
    var_4 = wp::randi(var_2, var_3, var_num_faces);
    // ru = wp.randf(rng)                                                                     <L 16>
    var_5 = wp::randf(var_2);
    // rv = wp.randf(rng)                                                                     <L 17>
    var_6 = wp::randf(var_2);
    // su = wp.sqrt(ru)                                                                       <L 18>
    var_7 = wp::sqrt(var_5);
    // pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))             <L 19>
    var_9 = wp::sub(var_8, var_7);
    var_11 = wp::sub(var_10, var_6);
    var_12 = wp::mul(var_7, var_11);
    var_13 = wp::mesh_eval_position(var_collider_mesh, var_4, var_9, var_12);
    // points[tid] = pos                                                                      <L 20>
    wp::array_store(var_points, var_0, var_13);
    // faces[tid] = tri                                                                       <L 21>
    wp::array_store(var_faces, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void sample_mesh_644e4d0d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_644e4d0d *_wp_args,
    wp_args_sample_mesh_644e4d0d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_mesh_644e4d0d wp_contiguous_args;
    wp_args_sample_mesh_644e4d0d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.faces.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::int32 var_num_faces = _wp_args->num_faces;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_offset = _wp_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::uint64 adj_collider_mesh = _wp_adj_args->collider_mesh;
    wp::int32 adj_num_faces = _wp_adj_args->num_faces;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_offset = _wp_adj_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::int32> adj_faces = _wp_adj_args->faces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::uint32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 1.0;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def sample_mesh(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, offset + tid)                                                 <L 14>
    var_1 = wp::add(var_offset, var_0);
    var_2 = wp::rand_init(var_seed, var_1);
    // tri = wp.randi(rng, 0, num_faces)                                                      <L 15>
    var_4 = wp::randi(var_2, var_3, var_num_faces);
    // ru = wp.randf(rng)                                                                     <L 16>
    var_5 = wp::randf(var_2);
    // rv = wp.randf(rng)                                                                     <L 17>
    var_6 = wp::randf(var_2);
    // su = wp.sqrt(ru)                                                                       <L 18>
    var_7 = wp::sqrt(var_5);
    // pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))             <L 19>
    var_9 = wp::sub(var_8, var_7);
    var_11 = wp::sub(var_10, var_6);
    var_12 = wp::mul(var_7, var_11);
    var_13 = wp::mesh_eval_position(var_collider_mesh, var_4, var_9, var_12);
    // points[tid] = pos                                                                      <L 20>
    // wp::array_store(var_points, var_0, var_13);
    // faces[tid] = tri                                                                       <L 21>
    // wp::array_store(var_faces, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_faces, var_0, var_4, adj_faces, adj_0, adj_4);
    // adj: faces[tid] = tri                                                                  <L 21>
    wp::adj_array_store(var_points, var_0, var_13, adj_points, adj_0, adj_13);
    // adj: points[tid] = pos                                                                 <L 20>
    wp::adj_mesh_eval_position(var_collider_mesh, var_4, var_9, var_12, adj_collider_mesh, adj_4, adj_9, adj_12, adj_13);
    wp::adj_mul(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_sub(var_10, var_6, adj_10, adj_6, adj_11);
    wp::adj_sub(var_8, var_7, adj_8, adj_7, adj_9);
    // adj: pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))        <L 19>
    wp::adj_sqrt(var_5, var_7, adj_5, adj_7);
    // adj: su = wp.sqrt(ru)                                                                  <L 18>
    // adj: rv = wp.randf(rng)                                                                <L 17>
    // adj: ru = wp.randf(rng)                                                                <L 16>
    // adj: tri = wp.randi(rng, 0, num_faces)                                                 <L 15>
    wp::adj_add(var_offset, var_0, adj_offset, adj_0, adj_1);
    // adj: rng = wp.rand_init(seed, offset + tid)                                            <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def sample_mesh(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_mesh_644e4d0d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_644e4d0d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_mesh_644e4d0d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sample_mesh_644e4d0d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_644e4d0d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->faces.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        sample_mesh_644e4d0d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sample_mesh_644e4d0d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_mesh_644e4d0d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_644e4d0d *_wp_args)
{
    sample_mesh_644e4d0d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_mesh_644e4d0d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_644e4d0d *_wp_args,
    wp_args_sample_mesh_644e4d0d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_mesh_644e4d0d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sample_mesh_644e4d0d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_644e4d0d *_wp_args,
    wp_args_sample_mesh_644e4d0d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->faces.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        sample_mesh_644e4d0d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sample_mesh_644e4d0d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sample_mesh_644e4d0d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_644e4d0d *_wp_args,
    wp_args_sample_mesh_644e4d0d *_wp_adj_args)
{
    sample_mesh_644e4d0d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

