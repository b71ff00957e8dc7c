// Warp 1.19.0 cpu code for snap_to_voxels_8b517751.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_snap_to_voxels_de9f6a50 {
    wp::uint64 sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::float32 dt;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void snap_to_voxels_de9f6a50_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_snap_to_voxels_de9f6a50 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_sdf_volume = _wp_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::vec_t<3, wp::int32> var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::float32 var_29;
    //---------
    // forward
    // def snap_to_voxels(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 13>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 14>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pos = p + vel * dt                                                                     <L 15>
    var_7 = wp::mul(var_5, var_dt);
    var_8 = wp::add(var_2, var_7);
    // uvw = wp.volume_world_to_index(sdf_volume, pos)                                        <L 16>
    var_9 = wp::volume_world_to_index(var_sdf_volume, var_8);
    // ijk = wp.vec3i(int(wp.round(uvw[0])), int(wp.round(uvw[1])), int(wp.round(uvw[2])))       <L 17>
    var_11 = wp::extract(var_9, var_10);
    var_12 = wp::round(var_11);
    var_13 = wp::int(var_12);
    var_15 = wp::extract(var_9, var_14);
    var_16 = wp::round(var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::extract(var_9, var_18);
    var_20 = wp::round(var_19);
    var_21 = wp::int(var_20);
    var_22 = wp::vec_t<3, wp::int32>(var_13, var_17, var_21);
    // d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)                  <L 18>
    var_24 = wp::extract(var_22, var_23);
    var_26 = wp::extract(var_22, var_25);
    var_28 = wp::extract(var_22, var_27);
    var_29 = wp::volume_lookup<float>(var_sdf_volume, var_24, var_26, var_28);
    // out[tid] = d                                                                           <L 19>
    wp::array_store(var_out, var_0, var_29);
}



template <bool wp_linear_contiguous>
static void snap_to_voxels_de9f6a50_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args,
    wp_args_snap_to_voxels_de9f6a50 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_snap_to_voxels_de9f6a50 wp_contiguous_args;
    wp_args_snap_to_voxels_de9f6a50 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_sdf_volume = _wp_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::uint64 adj_sdf_volume = _wp_adj_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::int32 var_13;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::int32 var_21;
    wp::vec_t<3, wp::int32> var_22;
    const wp::int32 var_23 = 0;
    wp::int32 var_24;
    const wp::int32 var_25 = 1;
    wp::int32 var_26;
    const wp::int32 var_27 = 2;
    wp::int32 var_28;
    wp::float32 var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::vec_t<3, wp::int32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def snap_to_voxels(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = x[tid]                                                                             <L 13>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // vel = v[tid]                                                                           <L 14>
    var_4 = wp::address(var_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pos = p + vel * dt                                                                     <L 15>
    var_7 = wp::mul(var_5, var_dt);
    var_8 = wp::add(var_2, var_7);
    // uvw = wp.volume_world_to_index(sdf_volume, pos)                                        <L 16>
    var_9 = wp::volume_world_to_index(var_sdf_volume, var_8);
    // ijk = wp.vec3i(int(wp.round(uvw[0])), int(wp.round(uvw[1])), int(wp.round(uvw[2])))       <L 17>
    var_11 = wp::extract(var_9, var_10);
    var_12 = wp::round(var_11);
    var_13 = wp::int(var_12);
    var_15 = wp::extract(var_9, var_14);
    var_16 = wp::round(var_15);
    var_17 = wp::int(var_16);
    var_19 = wp::extract(var_9, var_18);
    var_20 = wp::round(var_19);
    var_21 = wp::int(var_20);
    var_22 = wp::vec_t<3, wp::int32>(var_13, var_17, var_21);
    // d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)                  <L 18>
    var_24 = wp::extract(var_22, var_23);
    var_26 = wp::extract(var_22, var_25);
    var_28 = wp::extract(var_22, var_27);
    var_29 = wp::volume_lookup<float>(var_sdf_volume, var_24, var_26, var_28);
    // out[tid] = d                                                                           <L 19>
    // wp::array_store(var_out, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_29, adj_out, adj_0, adj_29);
    // adj: out[tid] = d                                                                      <L 19>
    wp::adj_extract(var_22, var_27, adj_22, adj_27, adj_28);
    wp::adj_extract(var_22, var_25, adj_22, adj_25, adj_26);
    wp::adj_extract(var_22, var_23, adj_22, adj_23, adj_24);
    // adj: d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)             <L 18>
    wp::adj_vec_t(var_13, var_17, var_21, adj_13, adj_17, adj_21, adj_22);
    wp::adj_extract(var_9, var_18, adj_9, adj_18, adj_19);
    wp::adj_extract(var_9, var_14, adj_9, adj_14, adj_15);
    wp::adj_extract(var_9, var_10, adj_9, adj_10, adj_11);
    // adj: ijk = wp.vec3i(int(wp.round(uvw[0])), int(wp.round(uvw[1])), int(wp.round(uvw[2])))  <L 17>
    wp::adj_volume_world_to_index(var_sdf_volume, var_8, adj_sdf_volume, adj_8, adj_9);
    // adj: uvw = wp.volume_world_to_index(sdf_volume, pos)                                   <L 16>
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_7);
    // adj: pos = p + vel * dt                                                                <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
    // adj: vel = v[tid]                                                                      <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: p = x[tid]                                                                        <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def snap_to_voxels(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void snap_to_voxels_de9f6a50_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        snap_to_voxels_de9f6a50_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void snap_to_voxels_de9f6a50_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        snap_to_voxels_de9f6a50_cpu_forward_tasks<true>(dim, _wp_args);
    else
        snap_to_voxels_de9f6a50_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void snap_to_voxels_de9f6a50_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args)
{
    snap_to_voxels_de9f6a50_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void snap_to_voxels_de9f6a50_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args,
    wp_args_snap_to_voxels_de9f6a50 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        snap_to_voxels_de9f6a50_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void snap_to_voxels_de9f6a50_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args,
    wp_args_snap_to_voxels_de9f6a50 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        snap_to_voxels_de9f6a50_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        snap_to_voxels_de9f6a50_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void snap_to_voxels_de9f6a50_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_snap_to_voxels_de9f6a50 *_wp_args,
    wp_args_snap_to_voxels_de9f6a50 *_wp_adj_args)
{
    snap_to_voxels_de9f6a50_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

