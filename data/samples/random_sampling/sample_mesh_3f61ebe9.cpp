// Warp 1.19.0 cpu code for sample_mesh_3f61ebe9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sample_mesh_50663d6d {
    wp::uint64 collider_mesh;
    wp::array_t<wp::int32> faces;
    wp::int32 seed;
    wp::float32 offset;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
};


template <bool wp_linear_contiguous>
static void sample_mesh_50663d6d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_50663d6d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_mesh_50663d6d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_offset = _wp_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
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
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // forward
    // def sample_mesh(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 14>
    var_1 = wp::rand_init(var_seed, var_0);
    // tri = faces[tid]                                                                       <L 17>
    var_2 = wp::address(var_faces, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // ru = wp.randf(rng)                                                                     <L 18>
    var_5 = wp::randf(var_1);
    // rv = wp.randf(rng)                                                                     <L 19>
    var_6 = wp::randf(var_1);
    // su = wp.sqrt(ru)                                                                       <L 21>
    var_7 = wp::sqrt(var_5);
    // pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))             <L 22>
    var_9 = wp::sub(var_8, var_7);
    var_11 = wp::sub(var_10, var_6);
    var_12 = wp::mul(var_7, var_11);
    var_13 = wp::mesh_eval_position(var_collider_mesh, var_3, var_9, var_12);
    // pos = pos + wp.mesh_eval_face_normal(collider_mesh, tri) * offset                      <L 23>
    var_14 = wp::mesh_eval_face_normal(var_collider_mesh, var_3);
    var_15 = wp::mul(var_14, var_offset);
    var_16 = wp::add(var_13, var_15);
    // positions[tid] = pos                                                                   <L 24>
    wp::array_store(var_positions, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void sample_mesh_50663d6d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_50663d6d *_wp_args,
    wp_args_sample_mesh_50663d6d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_mesh_50663d6d wp_contiguous_args;
    wp_args_sample_mesh_50663d6d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_offset = _wp_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::uint64 adj_collider_mesh = _wp_adj_args->collider_mesh;
    wp::array_t<wp::int32> adj_faces = _wp_adj_args->faces;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_offset = _wp_adj_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
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
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
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
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    //---------
    // forward
    // def sample_mesh(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 14>
    var_1 = wp::rand_init(var_seed, var_0);
    // tri = faces[tid]                                                                       <L 17>
    var_2 = wp::address(var_faces, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // ru = wp.randf(rng)                                                                     <L 18>
    var_5 = wp::randf(var_1);
    // rv = wp.randf(rng)                                                                     <L 19>
    var_6 = wp::randf(var_1);
    // su = wp.sqrt(ru)                                                                       <L 21>
    var_7 = wp::sqrt(var_5);
    // pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))             <L 22>
    var_9 = wp::sub(var_8, var_7);
    var_11 = wp::sub(var_10, var_6);
    var_12 = wp::mul(var_7, var_11);
    var_13 = wp::mesh_eval_position(var_collider_mesh, var_3, var_9, var_12);
    // pos = pos + wp.mesh_eval_face_normal(collider_mesh, tri) * offset                      <L 23>
    var_14 = wp::mesh_eval_face_normal(var_collider_mesh, var_3);
    var_15 = wp::mul(var_14, var_offset);
    var_16 = wp::add(var_13, var_15);
    // positions[tid] = pos                                                                   <L 24>
    // wp::array_store(var_positions, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_positions, var_0, var_16, adj_positions, adj_0, adj_16);
    // adj: positions[tid] = pos                                                              <L 24>
    wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_mul(var_14, var_offset, adj_14, adj_offset, adj_15);
    // adj: pos = pos + wp.mesh_eval_face_normal(collider_mesh, tri) * offset                 <L 23>
    wp::adj_mesh_eval_position(var_collider_mesh, var_3, var_9, var_12, adj_collider_mesh, adj_3, adj_9, adj_12, adj_13);
    wp::adj_mul(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_sub(var_10, var_6, adj_10, adj_6, adj_11);
    wp::adj_sub(var_8, var_7, adj_8, adj_7, adj_9);
    // adj: pos = wp.mesh_eval_position(collider_mesh, tri, 1.0 - su, su * (1.0 - rv))        <L 22>
    wp::adj_sqrt(var_5, var_7, adj_5, adj_7);
    // adj: su = wp.sqrt(ru)                                                                  <L 21>
    // adj: rv = wp.randf(rng)                                                                <L 19>
    // adj: ru = wp.randf(rng)                                                                <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_faces, var_0, adj_faces, adj_0, adj_2);
    // adj: tri = faces[tid]                                                                  <L 17>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def sample_mesh(                                                                  <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_mesh_50663d6d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_50663d6d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_mesh_50663d6d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sample_mesh_50663d6d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_50663d6d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sample_mesh_50663d6d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sample_mesh_50663d6d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_mesh_50663d6d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_50663d6d *_wp_args)
{
    sample_mesh_50663d6d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_mesh_50663d6d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_50663d6d *_wp_args,
    wp_args_sample_mesh_50663d6d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_mesh_50663d6d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sample_mesh_50663d6d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_50663d6d *_wp_args,
    wp_args_sample_mesh_50663d6d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sample_mesh_50663d6d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sample_mesh_50663d6d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sample_mesh_50663d6d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_50663d6d *_wp_args,
    wp_args_sample_mesh_50663d6d *_wp_adj_args)
{
    sample_mesh_50663d6d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

