// Warp 1.19.0 cpu code for crossfade_17c72ef0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_crossfade_496ff1aa {
    wp::array_t<wp::vec_t<4, wp::float32>> values;
    wp::array_t<wp::vec_t<4, wp::float32>> accum;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::vec_t<4, wp::float32>> result;
};


template <bool wp_linear_contiguous>
static void crossfade_496ff1aa_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_crossfade_496ff1aa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_crossfade_496ff1aa wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.accum.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.result.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<4, wp::float32>> var_accum = _wp_args->accum;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<4, wp::float32>> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<4, wp::float32>* var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    //---------
    // forward
    // def crossfade(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // y = accum[tid]                                                                         <L 13>
    var_1 = wp::address(var_accum, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = weights[tid]                                                                       <L 14>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // result[tid] = wp.lerp(values[tid], y, w)                                               <L 15>
    var_7 = wp::address(var_values, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::lerp(var_9, var_2, var_5);
    wp::array_store(var_result, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void crossfade_496ff1aa_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_crossfade_496ff1aa *_wp_args,
    wp_args_crossfade_496ff1aa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_crossfade_496ff1aa wp_contiguous_args;
    wp_args_crossfade_496ff1aa wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.accum.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.accum.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.weights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.result.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.result.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<4, wp::float32>> var_accum = _wp_args->accum;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::vec_t<4, wp::float32>> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_accum = _wp_adj_args->accum;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::float32>* var_1;
    wp::vec_t<4, wp::float32> var_2;
    wp::vec_t<4, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<4, wp::float32>* var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::float32> adj_1 = {};
    wp::vec_t<4, wp::float32> adj_2 = {};
    wp::vec_t<4, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::vec_t<4, wp::float32> adj_9 = {};
    //---------
    // forward
    // def crossfade(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // y = accum[tid]                                                                         <L 13>
    var_1 = wp::address(var_accum, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // w = weights[tid]                                                                       <L 14>
    var_4 = wp::address(var_weights, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // result[tid] = wp.lerp(values[tid], y, w)                                               <L 15>
    var_7 = wp::address(var_values, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::lerp(var_9, var_2, var_5);
    // wp::array_store(var_result, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_8, adj_result, adj_0, adj_8);
    wp::adj_lerp(var_9, var_2, var_5, adj_7, adj_2, adj_5, adj_8);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_7);
    // adj: result[tid] = wp.lerp(values[tid], y, w)                                          <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
    // adj: w = weights[tid]                                                                  <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_accum, var_0, adj_accum, adj_0, adj_1);
    // adj: y = accum[tid]                                                                    <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def crossfade(                                                                    <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void crossfade_496ff1aa_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_crossfade_496ff1aa *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        crossfade_496ff1aa_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void crossfade_496ff1aa_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_crossfade_496ff1aa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->accum.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->result.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)));
    if (wp_linear_contiguous)
        crossfade_496ff1aa_cpu_forward_tasks<true>(dim, _wp_args);
    else
        crossfade_496ff1aa_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void crossfade_496ff1aa_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_crossfade_496ff1aa *_wp_args)
{
    crossfade_496ff1aa_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void crossfade_496ff1aa_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_crossfade_496ff1aa *_wp_args,
    wp_args_crossfade_496ff1aa *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        crossfade_496ff1aa_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void crossfade_496ff1aa_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_crossfade_496ff1aa *_wp_args,
    wp_args_crossfade_496ff1aa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->accum.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->accum.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->weights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->result.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->result.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)));
    if (wp_linear_contiguous)
        crossfade_496ff1aa_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        crossfade_496ff1aa_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void crossfade_496ff1aa_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_crossfade_496ff1aa *_wp_args,
    wp_args_crossfade_496ff1aa *_wp_adj_args)
{
    crossfade_496ff1aa_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_elementwise_op_bf343453 {
    wp::array_t<wp::int32> active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> data;
    wp::array_t<wp::vec_t<3, wp::float32>> other;
    wp::array_t<wp::vec_t<3, wp::float32>> output;
};


template <bool wp_linear_contiguous>
static void elementwise_op_bf343453_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_elementwise_op_bf343453 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_elementwise_op_bf343453 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.output.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_output = _wp_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def elementwise_op(                                                                    <L 19>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 26>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 27>
        return;
    }
    // x = data[tid]                                                                          <L 28>
    var_5 = wp::address(var_data, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y = other[tid]                                                                         <L 29>
    var_8 = wp::address(var_other, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // output[tid] = x - y                                                                    <L 30>
    var_11 = wp::sub(var_6, var_9);
    wp::array_store(var_output, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void elementwise_op_bf343453_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_elementwise_op_bf343453 *_wp_args,
    wp_args_elementwise_op_bf343453 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_elementwise_op_bf343453 wp_contiguous_args;
    wp_args_elementwise_op_bf343453 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.output.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.output.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active_count = _wp_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_data = _wp_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_output = _wp_args->output;
    wp::array_t<wp::int32> adj_active_count = _wp_adj_args->active_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data = _wp_adj_args->data;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other = _wp_adj_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_output = _wp_adj_args->output;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def elementwise_op(                                                                    <L 19>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // if tid >= active_count[0]:                                                             <L 26>
    var_2 = wp::address(var_active_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 27>
        goto label0;
    }
    // x = data[tid]                                                                          <L 28>
    var_5 = wp::address(var_data, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // y = other[tid]                                                                         <L 29>
    var_8 = wp::address(var_other, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // output[tid] = x - y                                                                    <L 30>
    var_11 = wp::sub(var_6, var_9);
    // wp::array_store(var_output, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_output, var_0, var_11, adj_output, adj_0, adj_11);
    wp::adj_sub(var_6, var_9, adj_6, adj_9, adj_11);
    // adj: output[tid] = x - y                                                               <L 30>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_other, var_0, adj_other, adj_0, adj_8);
    // adj: y = other[tid]                                                                    <L 29>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_5);
    // adj: x = data[tid]                                                                     <L 28>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 27>
    }
    wp::adj_address(var_active_count, var_1, adj_active_count, adj_1, adj_2);
    // adj: if tid >= active_count[0]:                                                        <L 26>
    // adj: tid = wp.tid()                                                                    <L 25>
    // adj: def elementwise_op(                                                               <L 19>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void elementwise_op_bf343453_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_elementwise_op_bf343453 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        elementwise_op_bf343453_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void elementwise_op_bf343453_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_elementwise_op_bf343453 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->output.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        elementwise_op_bf343453_cpu_forward_tasks<true>(dim, _wp_args);
    else
        elementwise_op_bf343453_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void elementwise_op_bf343453_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_elementwise_op_bf343453 *_wp_args)
{
    elementwise_op_bf343453_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void elementwise_op_bf343453_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_elementwise_op_bf343453 *_wp_args,
    wp_args_elementwise_op_bf343453 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        elementwise_op_bf343453_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void elementwise_op_bf343453_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_elementwise_op_bf343453 *_wp_args,
    wp_args_elementwise_op_bf343453 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->output.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->output.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        elementwise_op_bf343453_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        elementwise_op_bf343453_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void elementwise_op_bf343453_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_elementwise_op_bf343453 *_wp_args,
    wp_args_elementwise_op_bf343453 *_wp_adj_args)
{
    elementwise_op_bf343453_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

