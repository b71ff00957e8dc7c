// Warp 1.19.0 cpu code for gather_scaled_cf119878.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_gather_scaled_ddafa143 {
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> source;
    wp::array_t<wp::int32> perm;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::vec_t<3, wp::float32>> gathered;
};


template <bool wp_linear_contiguous>
static void gather_scaled_ddafa143_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_scaled_ddafa143 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gather_scaled_ddafa143 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.source.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.perm.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.gathered.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_source = _wp_args->source;
    wp::array_t<wp::int32> var_perm = _wp_args->perm;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gathered = _wp_args->gathered;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def gather_scaled(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if particle_inv_mass[tid] == 0.0:                                                      <L 14>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 15>
        return;
    }
    // w = weights[tid]                                                                       <L 16>
    var_5 = wp::address(var_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // gathered[tid] = source[perm[tid]] * w                                                  <L 17>
    var_8 = wp::address(var_perm, var_0);
    var_9 = wp::load(var_8);
    var_10 = wp::address(var_source, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_6);
    wp::array_store(var_gathered, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void gather_scaled_ddafa143_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gather_scaled_ddafa143 *_wp_args,
    wp_args_gather_scaled_ddafa143 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gather_scaled_ddafa143 wp_contiguous_args;
    wp_args_gather_scaled_ddafa143 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.source.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.source.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.perm.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.perm.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.gathered.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.gathered.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_source = _wp_args->source;
    wp::array_t<wp::int32> var_perm = _wp_args->perm;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_gathered = _wp_args->gathered;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_source = _wp_adj_args->source;
    wp::array_t<wp::int32> adj_perm = _wp_adj_args->perm;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gathered = _wp_adj_args->gathered;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def gather_scaled(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if particle_inv_mass[tid] == 0.0:                                                      <L 14>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 15>
        goto label0;
    }
    // w = weights[tid]                                                                       <L 16>
    var_5 = wp::address(var_weights, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // gathered[tid] = source[perm[tid]] * w                                                  <L 17>
    var_8 = wp::address(var_perm, var_0);
    var_9 = wp::load(var_8);
    var_10 = wp::address(var_source, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::mul(var_12, var_6);
    // wp::array_store(var_gathered, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_gathered, var_0, var_11, adj_gathered, adj_0, adj_11);
    wp::adj_mul(var_12, var_6, adj_10, adj_6, adj_11);
    wp::adj_address(var_source, var_9, adj_source, adj_9, adj_10);
    wp::adj_address(var_perm, var_0, adj_perm, adj_0, adj_8);
    // adj: gathered[tid] = source[perm[tid]] * w                                             <L 17>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
    // adj: w = weights[tid]                                                                  <L 16>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 15>
    }
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
    // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 14>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def gather_scaled(                                                                <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gather_scaled_ddafa143_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_scaled_ddafa143 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gather_scaled_ddafa143_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void gather_scaled_ddafa143_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_scaled_ddafa143 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->source.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->perm.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->gathered.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gather_scaled_ddafa143_cpu_forward_tasks<true>(dim, _wp_args);
    else
        gather_scaled_ddafa143_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void gather_scaled_ddafa143_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_scaled_ddafa143 *_wp_args)
{
    gather_scaled_ddafa143_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gather_scaled_ddafa143_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_scaled_ddafa143 *_wp_args,
    wp_args_gather_scaled_ddafa143 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gather_scaled_ddafa143_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void gather_scaled_ddafa143_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_scaled_ddafa143 *_wp_args,
    wp_args_gather_scaled_ddafa143 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->source.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->source.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->perm.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->perm.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->gathered.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->gathered.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gather_scaled_ddafa143_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        gather_scaled_ddafa143_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void gather_scaled_ddafa143_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gather_scaled_ddafa143 *_wp_args,
    wp_args_gather_scaled_ddafa143 *_wp_adj_args)
{
    gather_scaled_ddafa143_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

