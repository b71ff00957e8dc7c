// Warp 1.19.0 cpu code for sample_by_index_39c842a3.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_sample_by_index_20bfe360 {
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> src;
    wp::array_t<wp::int32> ids;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void sample_by_index_20bfe360_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_by_index_20bfe360 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_by_index_20bfe360 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.src.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // forward
    // def sample_by_index(                                                                   <L 9>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 17>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 18>
        return;
    }
    // idx = ids[tid]                                                                         <L 19>
    var_5 = wp::address(var_ids, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // w = weights[tid]                                                                       <L 20>
    var_8 = wp::address(var_weights, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // out[tid] += w * src[idx]                                                               <L 21>
    var_11 = wp::address(var_src, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_9, var_13);
    var_14 = wp::atomic_add(var_out, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void sample_by_index_20bfe360_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_by_index_20bfe360 *_wp_args,
    wp_args_sample_by_index_20bfe360 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_sample_by_index_20bfe360 wp_contiguous_args;
    wp_args_sample_by_index_20bfe360 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.src.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.src.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::int32> var_ids = _wp_args->ids;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::int32> adj_ids = _wp_adj_args->ids;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    //---------
    // forward
    // def sample_by_index(                                                                   <L 9>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // if tid >= item_count[0]:                                                               <L 17>
    var_2 = wp::address(var_item_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 18>
        goto label0;
    }
    // idx = ids[tid]                                                                         <L 19>
    var_5 = wp::address(var_ids, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // w = weights[tid]                                                                       <L 20>
    var_8 = wp::address(var_weights, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // out[tid] += w * src[idx]                                                               <L 21>
    var_11 = wp::address(var_src, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_9, var_13);
    // var_14 = wp::atomic_add(var_out, var_0, var_12);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_0, var_12, adj_out, adj_0, adj_12, adj_14);
    wp::adj_mul(var_9, var_13, adj_9, adj_11, adj_12);
    wp::adj_address(var_src, var_6, adj_src, adj_6, adj_11);
    // adj: out[tid] += w * src[idx]                                                          <L 21>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_8);
    // adj: w = weights[tid]                                                                  <L 20>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_ids, var_0, adj_ids, adj_0, adj_5);
    // adj: idx = ids[tid]                                                                    <L 19>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 18>
    }
    wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
    // adj: if tid >= item_count[0]:                                                          <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def sample_by_index(                                                              <L 9>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_by_index_20bfe360_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_20bfe360 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_by_index_20bfe360_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void sample_by_index_20bfe360_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_20bfe360 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->src.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sample_by_index_20bfe360_cpu_forward_tasks<true>(dim, _wp_args);
    else
        sample_by_index_20bfe360_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_by_index_20bfe360_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_20bfe360 *_wp_args)
{
    sample_by_index_20bfe360_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void sample_by_index_20bfe360_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_20bfe360 *_wp_args,
    wp_args_sample_by_index_20bfe360 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        sample_by_index_20bfe360_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void sample_by_index_20bfe360_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_20bfe360 *_wp_args,
    wp_args_sample_by_index_20bfe360 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->src.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->src.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        sample_by_index_20bfe360_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        sample_by_index_20bfe360_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void sample_by_index_20bfe360_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_by_index_20bfe360 *_wp_args,
    wp_args_sample_by_index_20bfe360 *_wp_adj_args)
{
    sample_by_index_20bfe360_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_build_active_list_47846a42 {
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 sleep_threshold;
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::int32> particle_ids;
};


template <bool wp_linear_contiguous>
static void build_active_list_47846a42_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_build_active_list_47846a42 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_build_active_list_47846a42 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_ids.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_sleep_threshold = _wp_args->sleep_threshold;
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::int32> var_particle_ids = _wp_args->particle_ids;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 1;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    bool var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::int32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    bool var_20;
    //---------
    // forward
    // def build_active_list(                                                                 <L 25>
    // tid = wp.tid()                                                                         <L 33>
    var_0 = builtin_tid1d();
    // if (particle_flags[tid] & ParticleFlags.ACTIVE) == 0:                                  <L 34>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::bit_and(var_4, var_2);
    var_6 = (var_3 == var_5);
    if (var_6) {
        // return                                                                             <L 35>
        return;
    }
    // v = particle_v[tid]                                                                    <L 36>
    var_7 = wp::address(var_particle_v, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // if wp.length_sq(v) < sleep_threshold * sleep_threshold:                                <L 37>
    var_10 = wp::length_sq(var_8);
    var_11 = wp::mul(var_sleep_threshold, var_sleep_threshold);
    var_12 = (var_10 < var_11);
    if (var_12) {
        // return                                                                             <L 38>
        return;
    }
    // slot = wp.atomic_add(active_count, 0, 1)                                               <L 39>
    var_15 = wp::atomic_add(var_active_count, var_13, var_14);
    // if slot < particle_ids.shape[0]:                                                       <L 40>
    var_16 = &(var_particle_ids.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = (var_15 < var_18);
    if (var_20) {
        // particle_ids[slot] = tid                                                           <L 41>
        wp::array_store(var_particle_ids, var_15, var_0);
    }
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void build_active_list_47846a42_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_build_active_list_47846a42 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        build_active_list_47846a42_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void build_active_list_47846a42_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_build_active_list_47846a42 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_ids.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        build_active_list_47846a42_cpu_forward_tasks<true>(dim, _wp_args);
    else
        build_active_list_47846a42_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void build_active_list_47846a42_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_build_active_list_47846a42 *_wp_args)
{
    build_active_list_47846a42_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

