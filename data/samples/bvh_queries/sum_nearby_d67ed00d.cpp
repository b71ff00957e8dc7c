// Warp 1.19.0 cpu code for sum_nearby_d67ed00d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sum_nearby_f9dd7047 {
    wp::uint64 bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void sum_nearby_f9dd7047_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_nearby_f9dd7047 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sum_nearby_f9dd7047 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::bvh_query_t var_5;
    const wp::int32 var_6 = -1;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    bool var_11;
    const wp::float32 var_12 = INFINITY;
    bool var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def sum_nearby(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // r = radii[tid]                                                                         <L 13>
    var_1 = wp::address(var_radii, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // query = wp.bvh_query_sphere(bvh, positions[tid], r)                                    <L 14>
    var_4 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_4);
    var_5 = wp::bvh_query_sphere(var_bvh, var_7, var_2, var_6);
    // total = wp.vec3()                                                                      <L 15>
    var_8 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 16>
    var_10 = wp::int(var_9);
    // while wp.bvh_query_next(query, index):                                                 <L 17>
    start_while_0:;
    var_11 = wp::bvh_query_sphere_next(var_5, var_10, var_12);
    if ((var_11) == false) goto end_while_0;
        // if index != tid:                                                                   <L 18>
        var_13 = (var_10 != var_0);
        if (var_13) {
            // total += f_ext[index]                                                          <L 19>
            var_14 = wp::address(var_f_ext, var_10);
            var_16 = wp::load(var_14);
            var_15 = wp::add(var_8, var_16);
        }
        var_17 = wp::where(var_13, var_15, var_8);
        wp::assign(var_8, var_17);
    goto start_while_0;
    end_while_0:;
    // particle_f[tid] = total                                                                <L 20>
    wp::array_store(var_particle_f, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void sum_nearby_f9dd7047_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_nearby_f9dd7047 *_wp_args,
    wp_args_sum_nearby_f9dd7047 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sum_nearby_f9dd7047 wp_contiguous_args;
    wp_args_sum_nearby_f9dd7047 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.f_ext.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_f_ext = _wp_args->f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_f_ext = _wp_adj_args->f_ext;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::bvh_query_t var_5;
    const wp::int32 var_6 = -1;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    bool var_11;
    const wp::float32 var_12 = INFINITY;
    bool var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::bvh_query_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    bool adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def sum_nearby(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // r = radii[tid]                                                                         <L 13>
    var_1 = wp::address(var_radii, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // query = wp.bvh_query_sphere(bvh, positions[tid], r)                                    <L 14>
    var_4 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_4);
    var_5 = wp::bvh_query_sphere(var_bvh, var_7, var_2, var_6);
    // total = wp.vec3()                                                                      <L 15>
    var_8 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 16>
    var_10 = wp::int(var_9);
    // while wp.bvh_query_next(query, index):                                                 <L 17>
    // particle_f[tid] = total                                                                <L 20>
    // wp::array_store(var_particle_f, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_0, var_8, adj_particle_f, adj_0, adj_8);
    // adj: particle_f[tid] = total                                                           <L 20>
    start_while_0:;
    var_11 = wp::bvh_query_sphere_next(var_5, var_10, var_12);
    if ((var_11) == false) goto end_while_0;
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
        // if index != tid:                                                                   <L 18>
        var_13 = (var_10 != var_0);
        if (var_13) {
            // total += f_ext[index]                                                          <L 19>
            var_14 = wp::address(var_f_ext, var_10);
            var_16 = wp::load(var_14);
            var_15 = wp::add(var_8, var_16);
        }
        var_17 = wp::where(var_13, var_15, var_8);
        wp::assign(var_8, var_17);
        wp::adj_assign(var_8, var_17, adj_8, adj_17);
        wp::adj_where(var_13, var_15, var_8, adj_13, adj_15, adj_8, adj_17);
        if (var_13) {
            wp::adj_add(var_8, var_16, adj_8, adj_14, adj_15);
            wp::adj_address(var_f_ext, var_10, adj_f_ext, adj_10, adj_14);
            // adj: total += f_ext[index]                                                     <L 19>
        }
        // adj: if index != tid:                                                              <L 18>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, index):                                            <L 17>
    // adj: index = int(0)                                                                    <L 16>
    // adj: total = wp.vec3()                                                                 <L 15>
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
    // adj: query = wp.bvh_query_sphere(bvh, positions[tid], r)                               <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_1);
    // adj: r = radii[tid]                                                                    <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def sum_nearby(                                                                   <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sum_nearby_f9dd7047_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_f9dd7047 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sum_nearby_f9dd7047_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sum_nearby_f9dd7047_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_f9dd7047 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sum_nearby_f9dd7047_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sum_nearby_f9dd7047_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sum_nearby_f9dd7047_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_f9dd7047 *_wp_args)
{
    sum_nearby_f9dd7047_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sum_nearby_f9dd7047_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_f9dd7047 *_wp_args,
    wp_args_sum_nearby_f9dd7047 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sum_nearby_f9dd7047_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sum_nearby_f9dd7047_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_f9dd7047 *_wp_args,
    wp_args_sum_nearby_f9dd7047 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->f_ext.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sum_nearby_f9dd7047_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sum_nearby_f9dd7047_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sum_nearby_f9dd7047_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_nearby_f9dd7047 *_wp_args,
    wp_args_sum_nearby_f9dd7047 *_wp_adj_args)
{
    sum_nearby_f9dd7047_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

