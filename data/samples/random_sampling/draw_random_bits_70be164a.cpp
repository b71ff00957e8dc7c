// Warp 1.19.0 cpu code for draw_random_bits_70be164a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_scatter_on_mesh_978aaf9b {
    wp::uint64 mesh_id;
    wp::array_t<wp::int32> face_ids;
    wp::int32 seed;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> face_normals;
};


template <bool wp_linear_contiguous>
static void scatter_on_mesh_978aaf9b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scatter_on_mesh_978aaf9b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.face_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.face_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::int32> var_face_ids = _wp_args->face_ids;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals = _wp_args->face_normals;
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
    bool var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def scatter_on_mesh(                                                                   <L 13>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 22>
    var_1 = wp::rand_init(var_seed, var_0);
    // tri = face_ids[tid]                                                                    <L 25>
    var_2 = wp::address(var_face_ids, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // ru = wp.randf(rng)                                                                     <L 26>
    var_5 = wp::randf(var_1);
    // rv = wp.randf(rng)                                                                     <L 27>
    var_6 = wp::randf(var_1);
    // if ru + rv > 1.0:                                                                      <L 29>
    var_7 = wp::add(var_5, var_6);
    var_9 = (var_7 > var_8);
    if (var_9) {
        // ru = 1.0 - ru                                                                      <L 30>
        var_11 = wp::sub(var_10, var_5);
        // rv = 1.0 - rv                                                                      <L 31>
        var_13 = wp::sub(var_12, var_6);
    }
    var_14 = wp::where(var_9, var_11, var_5);
    var_15 = wp::where(var_9, var_13, var_6);
    // pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)                                      <L 32>
    var_16 = wp::mesh_eval_position(var_mesh_id, var_3, var_14, var_15);
    // positions[tid] = pos                                                                   <L 33>
    wp::array_store(var_positions, var_0, var_16);
    // face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)                             <L 34>
    var_17 = wp::mesh_eval_face_normal(var_mesh_id, var_3);
    wp::array_store(var_face_normals, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void scatter_on_mesh_978aaf9b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args,
    wp_args_scatter_on_mesh_978aaf9b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scatter_on_mesh_978aaf9b wp_contiguous_args;
    wp_args_scatter_on_mesh_978aaf9b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.face_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.face_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.face_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.face_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::int32> var_face_ids = _wp_args->face_ids;
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals = _wp_args->face_normals;
    wp::uint64 adj_mesh_id = _wp_adj_args->mesh_id;
    wp::array_t<wp::int32> adj_face_ids = _wp_adj_args->face_ids;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_face_normals = _wp_adj_args->face_normals;
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
    bool var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
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
    bool adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def scatter_on_mesh(                                                                   <L 13>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 22>
    var_1 = wp::rand_init(var_seed, var_0);
    // tri = face_ids[tid]                                                                    <L 25>
    var_2 = wp::address(var_face_ids, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // ru = wp.randf(rng)                                                                     <L 26>
    var_5 = wp::randf(var_1);
    // rv = wp.randf(rng)                                                                     <L 27>
    var_6 = wp::randf(var_1);
    // if ru + rv > 1.0:                                                                      <L 29>
    var_7 = wp::add(var_5, var_6);
    var_9 = (var_7 > var_8);
    if (var_9) {
        // ru = 1.0 - ru                                                                      <L 30>
        var_11 = wp::sub(var_10, var_5);
        // rv = 1.0 - rv                                                                      <L 31>
        var_13 = wp::sub(var_12, var_6);
    }
    var_14 = wp::where(var_9, var_11, var_5);
    var_15 = wp::where(var_9, var_13, var_6);
    // pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)                                      <L 32>
    var_16 = wp::mesh_eval_position(var_mesh_id, var_3, var_14, var_15);
    // positions[tid] = pos                                                                   <L 33>
    // wp::array_store(var_positions, var_0, var_16);
    // face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)                             <L 34>
    var_17 = wp::mesh_eval_face_normal(var_mesh_id, var_3);
    // wp::array_store(var_face_normals, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_face_normals, var_0, var_17, adj_face_normals, adj_0, adj_17);
    // adj: face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)                        <L 34>
    wp::adj_array_store(var_positions, var_0, var_16, adj_positions, adj_0, adj_16);
    // adj: positions[tid] = pos                                                              <L 33>
    wp::adj_mesh_eval_position(var_mesh_id, var_3, var_14, var_15, adj_mesh_id, adj_3, adj_14, adj_15, adj_16);
    // adj: pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)                                 <L 32>
    wp::adj_where(var_9, var_13, var_6, adj_9, adj_13, adj_6, adj_15);
    wp::adj_where(var_9, var_11, var_5, adj_9, adj_11, adj_5, adj_14);
    if (var_9) {
        wp::adj_sub(var_12, var_6, adj_12, adj_6, adj_13);
        // adj: rv = 1.0 - rv                                                                 <L 31>
        wp::adj_sub(var_10, var_5, adj_10, adj_5, adj_11);
        // adj: ru = 1.0 - ru                                                                 <L 30>
    }
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: if ru + rv > 1.0:                                                                 <L 29>
    // adj: rv = wp.randf(rng)                                                                <L 27>
    // adj: ru = wp.randf(rng)                                                                <L 26>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_face_ids, var_0, adj_face_ids, adj_0, adj_2);
    // adj: tri = face_ids[tid]                                                               <L 25>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 22>
    // adj: tid = wp.tid()                                                                    <L 21>
    // adj: def scatter_on_mesh(                                                              <L 13>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_on_mesh_978aaf9b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_on_mesh_978aaf9b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void scatter_on_mesh_978aaf9b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->face_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->face_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        scatter_on_mesh_978aaf9b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        scatter_on_mesh_978aaf9b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void scatter_on_mesh_978aaf9b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args)
{
    scatter_on_mesh_978aaf9b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_on_mesh_978aaf9b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args,
    wp_args_scatter_on_mesh_978aaf9b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_on_mesh_978aaf9b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void scatter_on_mesh_978aaf9b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args,
    wp_args_scatter_on_mesh_978aaf9b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->face_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->face_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->face_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->face_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        scatter_on_mesh_978aaf9b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        scatter_on_mesh_978aaf9b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void scatter_on_mesh_978aaf9b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_on_mesh_978aaf9b *_wp_args,
    wp_args_scatter_on_mesh_978aaf9b *_wp_adj_args)
{
    scatter_on_mesh_978aaf9b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_draw_random_bits_bfb4a7fd {
    wp::int32 seed;
    wp::array_t<wp::int32> seeds_out;
};


template <bool wp_linear_contiguous>
static void draw_random_bits_bfb4a7fd_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_draw_random_bits_bfb4a7fd wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.seeds_out.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::int32> var_seeds_out = _wp_args->seeds_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::uint32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::int32 var_9;
    //---------
    // forward
    // def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):                   <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 8>
    var_1 = wp::rand_init(var_seed, var_0);
    // seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))                    <L 9>
    var_2 = wp::randu(var_1);
    var_3 = &(var_seeds_out.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::uint32(var_5);
    var_8 = wp::mod(var_2, var_7);
    var_9 = wp::int(var_8);
    wp::array_store(var_seeds_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void draw_random_bits_bfb4a7fd_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args,
    wp_args_draw_random_bits_bfb4a7fd *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_draw_random_bits_bfb4a7fd wp_contiguous_args;
    wp_args_draw_random_bits_bfb4a7fd wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.seeds_out.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.seeds_out.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::int32> var_seeds_out = _wp_args->seeds_out;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::int32> adj_seeds_out = _wp_adj_args->seeds_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::uint32 var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    wp::shape_t var_6;
    wp::uint32 var_7;
    wp::uint32 var_8;
    wp::int32 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::shape_t adj_6 = {};
    wp::uint32 adj_7 = {};
    wp::uint32 adj_8 = {};
    wp::int32 adj_9 = {};
    //---------
    // forward
    // def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):                   <L 5>
    // tid = wp.tid()                                                                         <L 7>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 8>
    var_1 = wp::rand_init(var_seed, var_0);
    // seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))                    <L 9>
    var_2 = wp::randu(var_1);
    var_3 = &(var_seeds_out.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = wp::uint32(var_5);
    var_8 = wp::mod(var_2, var_7);
    var_9 = wp::int(var_8);
    // wp::array_store(var_seeds_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_seeds_out, var_0, var_9, adj_seeds_out, adj_0, adj_9);
    wp::adj_mod(var_2, var_7, adj_2, adj_7, adj_8);
    adj_seeds_out.shape = adj_3;
    // adj: seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))               <L 9>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 8>
    // adj: tid = wp.tid()                                                                    <L 7>
    // adj: def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void draw_random_bits_bfb4a7fd_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        draw_random_bits_bfb4a7fd_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void draw_random_bits_bfb4a7fd_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->seeds_out.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        draw_random_bits_bfb4a7fd_cpu_forward_tasks<true>(dim, _wp_args);
    else
        draw_random_bits_bfb4a7fd_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void draw_random_bits_bfb4a7fd_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args)
{
    draw_random_bits_bfb4a7fd_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void draw_random_bits_bfb4a7fd_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args,
    wp_args_draw_random_bits_bfb4a7fd *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        draw_random_bits_bfb4a7fd_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void draw_random_bits_bfb4a7fd_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args,
    wp_args_draw_random_bits_bfb4a7fd *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->seeds_out.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->seeds_out.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        draw_random_bits_bfb4a7fd_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        draw_random_bits_bfb4a7fd_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void draw_random_bits_bfb4a7fd_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_draw_random_bits_bfb4a7fd *_wp_args,
    wp_args_draw_random_bits_bfb4a7fd *_wp_adj_args)
{
    draw_random_bits_bfb4a7fd_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

