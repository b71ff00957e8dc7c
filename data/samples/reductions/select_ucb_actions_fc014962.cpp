// Warp 1.19.0 cpu code for select_ucb_actions_fc014962.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// select_ucb_actions.py:54
static wp::vec_t<3, wp::float32> predict_position_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def predict_position(x: wp.vec3, v: wp.vec3, dt: float):                               <L 55>
    // return x + v * dt                                                                      <L 56>
    var_0 = wp::mul(var_v, var_dt);
    var_1 = wp::add(var_x, var_0);
    return var_1;
}


// select_ucb_actions.py:12
static wp::int32 pack_score_key_0(
    wp::float32 var_score,
    wp::int32 var_index,
    wp::float32 var_lo,
    wp::float32 var_hi)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 32767.0;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 16;
    wp::int32 var_10;
    const wp::int32 var_11 = 65535;
    wp::int32 var_12;
    wp::int32 var_13;
    //---------
    // forward
    // def pack_score_key(score: float, index: wp.int32, lo: float, hi: float) -> wp.int32:       <L 13>
    // s = wp.clamp((score - lo) / (hi - lo), 0.0, 1.0)                                       <L 15>
    var_0 = wp::sub(var_score, var_lo);
    var_1 = wp::sub(var_hi, var_lo);
    var_2 = wp::div(var_0, var_1);
    var_5 = wp::clamp(var_2, var_3, var_4);
    // q = wp.int32(s * 32767.0)                                                              <L 16>
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::int32(var_7);
    // return (q << INDEX_BITS) | (INDEX_MASK - index)                                        <L 18>
    var_10 = wp::lshift(var_8, var_9);
    var_12 = wp::sub(var_11, var_index);
    var_13 = wp::bit_or(var_10, var_12);
    return var_13;
}


// select_ucb_actions.py:54
static void adj_predict_position_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def predict_position(x: wp.vec3, v: wp.vec3, dt: float):                               <L 55>
    // return x + v * dt                                                                      <L 56>
    var_0 = wp::mul(var_v, var_dt);
    var_1 = wp::add(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    wp::adj_mul(var_v, var_dt, adj_v, adj_dt, adj_0);
    // adj: return x + v * dt                                                                 <L 56>
    // adj: def predict_position(x: wp.vec3, v: wp.vec3, dt: float):                          <L 55>
    return;
}


// select_ucb_actions.py:12
static void adj_pack_score_key_0(
    wp::float32 var_score,
    wp::int32 var_index,
    wp::float32 var_lo,
    wp::float32 var_hi,
    wp::float32 & adj_score,
    wp::int32 & adj_index,
    wp::float32 & adj_lo,
    wp::float32 & adj_hi,
    wp::int32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}

struct wp_args_partial_sums_33fb56cb {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> partials;
};


template <bool wp_linear_contiguous>
static void partial_sums_33fb56cb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_partial_sums_33fb56cb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_partial_sums_33fb56cb wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.partials.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_partials = _wp_args->partials;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def partial_sums(data: wp.array[float], partials: wp.array[float]):                    <L 89>
    // tid = wp.tid()                                                                         <L 91>
    var_0 = builtin_tid1d();
    // wp.atomic_add(partials, tid // CHUNK, wp.abs(data[tid]))                               <L 92>
    var_2 = wp::floordiv(var_0, var_1);
    var_3 = wp::address(var_data, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::abs(var_5);
    var_6 = wp::atomic_add(var_partials, var_2, var_4);
}



template <bool wp_linear_contiguous>
static void partial_sums_33fb56cb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_partial_sums_33fb56cb *_wp_args,
    wp_args_partial_sums_33fb56cb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_partial_sums_33fb56cb wp_contiguous_args;
    wp_args_partial_sums_33fb56cb wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.partials.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.partials.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_partials = _wp_args->partials;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float32> adj_partials = _wp_adj_args->partials;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::int32 var_2;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def partial_sums(data: wp.array[float], partials: wp.array[float]):                    <L 89>
    // tid = wp.tid()                                                                         <L 91>
    var_0 = builtin_tid1d();
    // wp.atomic_add(partials, tid // CHUNK, wp.abs(data[tid]))                               <L 92>
    var_2 = wp::floordiv(var_0, var_1);
    var_3 = wp::address(var_data, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::abs(var_5);
    // var_6 = wp::atomic_add(var_partials, var_2, var_4);
    //---------
    // reverse
    wp::adj_atomic_add(var_partials, var_2, var_4, adj_partials, adj_2, adj_4, adj_6);
    wp::adj_abs(var_5, adj_3, adj_4);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_3);
    // adj: wp.atomic_add(partials, tid // CHUNK, wp.abs(data[tid]))                          <L 92>
    // adj: tid = wp.tid()                                                                    <L 91>
    // adj: def partial_sums(data: wp.array[float], partials: wp.array[float]):               <L 89>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void partial_sums_33fb56cb_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_33fb56cb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        partial_sums_33fb56cb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void partial_sums_33fb56cb_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_33fb56cb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->partials.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        partial_sums_33fb56cb_cpu_forward_tasks<true>(dim, _wp_args);
    else
        partial_sums_33fb56cb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void partial_sums_33fb56cb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_33fb56cb *_wp_args)
{
    partial_sums_33fb56cb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void partial_sums_33fb56cb_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_33fb56cb *_wp_args,
    wp_args_partial_sums_33fb56cb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        partial_sums_33fb56cb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void partial_sums_33fb56cb_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_33fb56cb *_wp_args,
    wp_args_partial_sums_33fb56cb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->partials.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->partials.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        partial_sums_33fb56cb_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        partial_sums_33fb56cb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void partial_sums_33fb56cb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_partial_sums_33fb56cb *_wp_args,
    wp_args_partial_sums_33fb56cb *_wp_adj_args)
{
    partial_sums_33fb56cb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_global_reduce_34f4de83 {
    wp::array_t<wp::float32> data;
    wp::array_t<wp::float32> total;
};


template <bool wp_linear_contiguous>
static void global_reduce_34f4de83_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_global_reduce_34f4de83 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_global_reduce_34f4de83 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def global_reduce(data: wp.array[float], total: wp.array[float]):                      <L 48>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 50>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(total, 0, x * x)                                                         <L 51>
    var_5 = wp::mul(var_2, var_2);
    var_6 = wp::atomic_add(var_total, var_4, var_5);
}



template <bool wp_linear_contiguous>
static void global_reduce_34f4de83_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_global_reduce_34f4de83 *_wp_args,
    wp_args_global_reduce_34f4de83 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_global_reduce_34f4de83 wp_contiguous_args;
    wp_args_global_reduce_34f4de83 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.data.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.total.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.total.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_data = _wp_args->data;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def global_reduce(data: wp.array[float], total: wp.array[float]):                      <L 48>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 50>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // wp.atomic_add(total, 0, x * x)                                                         <L 51>
    var_5 = wp::mul(var_2, var_2);
    // var_6 = wp::atomic_add(var_total, var_4, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_total, var_4, var_5, adj_total, adj_4, adj_5, adj_6);
    wp::adj_mul(var_2, var_2, adj_2, adj_2, adj_5);
    // adj: wp.atomic_add(total, 0, x * x)                                                    <L 51>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: x = data[tid]                                                                     <L 50>
    // adj: tid = wp.tid()                                                                    <L 49>
    // adj: def global_reduce(data: wp.array[float], total: wp.array[float]):                 <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void global_reduce_34f4de83_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_34f4de83 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        global_reduce_34f4de83_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void global_reduce_34f4de83_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_34f4de83 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        global_reduce_34f4de83_cpu_forward_tasks<true>(dim, _wp_args);
    else
        global_reduce_34f4de83_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void global_reduce_34f4de83_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_34f4de83 *_wp_args)
{
    global_reduce_34f4de83_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void global_reduce_34f4de83_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_34f4de83 *_wp_args,
    wp_args_global_reduce_34f4de83 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        global_reduce_34f4de83_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void global_reduce_34f4de83_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_34f4de83 *_wp_args,
    wp_args_global_reduce_34f4de83 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->data.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->total.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->total.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        global_reduce_34f4de83_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        global_reduce_34f4de83_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void global_reduce_34f4de83_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_global_reduce_34f4de83 *_wp_args,
    wp_args_global_reduce_34f4de83 *_wp_adj_args)
{
    global_reduce_34f4de83_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_total_bits_39f06db7 {
    wp::array_t<wp::uint32> occupancy;
    wp::array_t<wp::int64> counter;
};


template <bool wp_linear_contiguous>
static void total_bits_39f06db7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_bits_39f06db7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_total_bits_39f06db7 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.occupancy.strides[0] = sizeof(wp::uint32);
        wp_contiguous_args.counter.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_occupancy = _wp_args->occupancy;
    wp::array_t<wp::int64> var_counter = _wp_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int64 var_8;
    wp::int64 var_9;
    //---------
    // forward
    // def total_bits(occupancy: wp.array[wp.uint32], counter: wp.array[wp.int64]):           <L 80>
    // tid = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // word = occupancy[tid]                                                                  <L 82>
    var_1 = wp::address(var_occupancy, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.bit_count(word)                                                                 <L 83>
    var_4 = wp::bit_count(var_2);
    // if n > 0:                                                                              <L 84>
    var_6 = (var_4 > var_5);
    if (var_6) {
        // wp.atomic_add(counter, 0, wp.int64(n))                                             <L 85>
        var_8 = wp::int64(var_4);
        var_9 = wp::atomic_add(var_counter, var_7, var_8);
    }
}



template <bool wp_linear_contiguous>
static void total_bits_39f06db7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_total_bits_39f06db7 *_wp_args,
    wp_args_total_bits_39f06db7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_total_bits_39f06db7 wp_contiguous_args;
    wp_args_total_bits_39f06db7 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.occupancy.strides[0] = sizeof(wp::uint32);
        wp_contiguous_adj_args.occupancy.strides[0] = sizeof(wp::uint32);
        wp_contiguous_args.counter.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.counter.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::uint32> var_occupancy = _wp_args->occupancy;
    wp::array_t<wp::int64> var_counter = _wp_args->counter;
    wp::array_t<wp::uint32> adj_occupancy = _wp_adj_args->occupancy;
    wp::array_t<wp::int64> adj_counter = _wp_adj_args->counter;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32* var_1;
    wp::uint32 var_2;
    wp::uint32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    const wp::int32 var_7 = 0;
    wp::int64 var_8;
    wp::int64 var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::uint32 adj_2 = {};
    wp::uint32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int64 adj_8 = {};
    wp::int64 adj_9 = {};
    //---------
    // forward
    // def total_bits(occupancy: wp.array[wp.uint32], counter: wp.array[wp.int64]):           <L 80>
    // tid = wp.tid()                                                                         <L 81>
    var_0 = builtin_tid1d();
    // word = occupancy[tid]                                                                  <L 82>
    var_1 = wp::address(var_occupancy, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // n = wp.bit_count(word)                                                                 <L 83>
    var_4 = wp::bit_count(var_2);
    // if n > 0:                                                                              <L 84>
    var_6 = (var_4 > var_5);
    if (var_6) {
        // wp.atomic_add(counter, 0, wp.int64(n))                                             <L 85>
        var_8 = wp::int64(var_4);
        // var_9 = wp::atomic_add(var_counter, var_7, var_8);
    }
    //---------
    // reverse
    if (var_6) {
        wp::adj_atomic_add(var_counter, var_7, var_8, adj_counter, adj_7, adj_8, adj_9);
        // adj: wp.atomic_add(counter, 0, wp.int64(n))                                        <L 85>
    }
    // adj: if n > 0:                                                                         <L 84>
    // adj: n = wp.bit_count(word)                                                            <L 83>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_occupancy, var_0, adj_occupancy, adj_0, adj_1);
    // adj: word = occupancy[tid]                                                             <L 82>
    // adj: tid = wp.tid()                                                                    <L 81>
    // adj: def total_bits(occupancy: wp.array[wp.uint32], counter: wp.array[wp.int64]):      <L 80>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void total_bits_39f06db7_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_39f06db7 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        total_bits_39f06db7_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void total_bits_39f06db7_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_39f06db7 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->occupancy.strides[0] == (int)sizeof(wp::uint32)) & (_wp_args->counter.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        total_bits_39f06db7_cpu_forward_tasks<true>(dim, _wp_args);
    else
        total_bits_39f06db7_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void total_bits_39f06db7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_39f06db7 *_wp_args)
{
    total_bits_39f06db7_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void total_bits_39f06db7_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_39f06db7 *_wp_args,
    wp_args_total_bits_39f06db7 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        total_bits_39f06db7_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void total_bits_39f06db7_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_39f06db7 *_wp_args,
    wp_args_total_bits_39f06db7 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->occupancy.strides[0] == (int)sizeof(wp::uint32)) & (_wp_adj_args->occupancy.strides[0] == (int)sizeof(wp::uint32)) & (_wp_args->counter.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->counter.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        total_bits_39f06db7_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        total_bits_39f06db7_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void total_bits_39f06db7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_total_bits_39f06db7 *_wp_args,
    wp_args_total_bits_39f06db7 *_wp_adj_args)
{
    total_bits_39f06db7_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_find_nearest_3f206ed2 {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> anchors;
    wp::float32 dt;
    wp::float32 inv_max_dist;
    wp::array_t<wp::int32> min_key;
};


template <bool wp_linear_contiguous>
static void find_nearest_3f206ed2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_nearest_3f206ed2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_nearest_3f206ed2 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.anchors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.min_key.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors = _wp_args->anchors;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_max_dist = _wp_args->inv_max_dist;
    wp::array_t<wp::int32> var_min_key = _wp_args->min_key;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    const wp::float32 var_17 = 32767.0;
    wp::float32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 16;
    wp::int32 var_21;
    const wp::int32 var_22 = 65535;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
    //---------
    // forward
    // def find_nearest(                                                                      <L 60>
    // tid = wp.tid()                                                                         <L 68>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 69>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = particle_v[tid]                                                                    <L 70>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // anchor = anchors[tid]                                                                  <L 71>
    var_7 = wp::address(var_anchors, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // d = wp.length(predict_position(x, v, dt) - anchor)                                     <L 72>
    var_10 = predict_position_0(var_2, var_5, var_dt);
    var_11 = wp::sub(var_10, var_8);
    var_12 = wp::length(var_11);
    // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 74>
    var_13 = wp::mul(var_12, var_inv_max_dist);
    var_16 = wp::clamp(var_13, var_14, var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::int(var_18);
    // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 75>
    var_21 = wp::lshift(var_19, var_20);
    var_23 = wp::bit_and(var_0, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    // wp.atomic_min(min_key, 0, key)                                                         <L 76>
    var_26 = wp::atomic_min(var_min_key, var_25, var_24);
}



template <bool wp_linear_contiguous>
static void find_nearest_3f206ed2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_nearest_3f206ed2 *_wp_args,
    wp_args_find_nearest_3f206ed2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_nearest_3f206ed2 wp_contiguous_args;
    wp_args_find_nearest_3f206ed2 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.anchors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.anchors.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.min_key.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.min_key.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_anchors = _wp_args->anchors;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_inv_max_dist = _wp_args->inv_max_dist;
    wp::array_t<wp::int32> var_min_key = _wp_args->min_key;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_anchors = _wp_adj_args->anchors;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_inv_max_dist = _wp_adj_args->inv_max_dist;
    wp::array_t<wp::int32> adj_min_key = _wp_adj_args->min_key;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    const wp::float32 var_17 = 32767.0;
    wp::float32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 16;
    wp::int32 var_21;
    const wp::int32 var_22 = 65535;
    wp::int32 var_23;
    wp::int32 var_24;
    const wp::int32 var_25 = 0;
    wp::int32 var_26;
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
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    //---------
    // forward
    // def find_nearest(                                                                      <L 60>
    // tid = wp.tid()                                                                         <L 68>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 69>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = particle_v[tid]                                                                    <L 70>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // anchor = anchors[tid]                                                                  <L 71>
    var_7 = wp::address(var_anchors, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // d = wp.length(predict_position(x, v, dt) - anchor)                                     <L 72>
    var_10 = predict_position_0(var_2, var_5, var_dt);
    var_11 = wp::sub(var_10, var_8);
    var_12 = wp::length(var_11);
    // q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                                <L 74>
    var_13 = wp::mul(var_12, var_inv_max_dist);
    var_16 = wp::clamp(var_13, var_14, var_15);
    var_18 = wp::mul(var_16, var_17);
    var_19 = wp::int(var_18);
    // key = (q << INDEX_BITS) | (tid & 0xFFFF)                                               <L 75>
    var_21 = wp::lshift(var_19, var_20);
    var_23 = wp::bit_and(var_0, var_22);
    var_24 = wp::bit_or(var_21, var_23);
    // wp.atomic_min(min_key, 0, key)                                                         <L 76>
    // var_26 = wp::atomic_min(var_min_key, var_25, var_24);
    //---------
    // reverse
    wp::adj_atomic_min(var_min_key, var_25, var_24, adj_min_key, adj_25, adj_24, adj_26);
    // adj: wp.atomic_min(min_key, 0, key)                                                    <L 76>
    // adj: key = (q << INDEX_BITS) | (tid & 0xFFFF)                                          <L 75>
    wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_clamp(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
    wp::adj_mul(var_12, var_inv_max_dist, adj_12, adj_inv_max_dist, adj_13);
    // adj: q = int(wp.clamp(d * inv_max_dist, 0.0, 1.0) * 32767.0)                           <L 74>
    wp::adj_length(var_11, var_12, adj_11, adj_12);
    wp::adj_sub(var_10, var_8, adj_10, adj_8, adj_11);
    adj_predict_position_0(var_2, var_5, var_dt, adj_2, adj_5, adj_dt, adj_10);
    // adj: d = wp.length(predict_position(x, v, dt) - anchor)                                <L 72>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_7);
    // adj: anchor = anchors[tid]                                                             <L 71>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
    // adj: v = particle_v[tid]                                                               <L 70>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: x = particle_x[tid]                                                               <L 69>
    // adj: tid = wp.tid()                                                                    <L 68>
    // adj: def find_nearest(                                                                 <L 60>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_nearest_3f206ed2_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_3f206ed2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_nearest_3f206ed2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void find_nearest_3f206ed2_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_3f206ed2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->anchors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->min_key.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        find_nearest_3f206ed2_cpu_forward_tasks<true>(dim, _wp_args);
    else
        find_nearest_3f206ed2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void find_nearest_3f206ed2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_3f206ed2 *_wp_args)
{
    find_nearest_3f206ed2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_nearest_3f206ed2_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_3f206ed2 *_wp_args,
    wp_args_find_nearest_3f206ed2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_nearest_3f206ed2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void find_nearest_3f206ed2_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_3f206ed2 *_wp_args,
    wp_args_find_nearest_3f206ed2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->anchors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->anchors.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->min_key.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->min_key.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        find_nearest_3f206ed2_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        find_nearest_3f206ed2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void find_nearest_3f206ed2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_nearest_3f206ed2 *_wp_args,
    wp_args_find_nearest_3f206ed2 *_wp_adj_args)
{
    find_nearest_3f206ed2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_select_ucb_actions_957b3a04 {
    wp::array_t<wp::float32> q_values;
    wp::array_t<wp::int32> action_mask;
    wp::array_t<wp::int32> targets;
    wp::array_t<wp::int32> visit_count;
    wp::array_t<wp::int32> row_visit_count;
    wp::array_t<wp::int32> env_active;
    wp::array_t<wp::int32> best_key;
    wp::array_t<wp::float32> target_logit;
};


template <bool wp_linear_contiguous>
static void select_ucb_actions_957b3a04_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_select_ucb_actions_957b3a04 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_q_values = _wp_args->q_values;
    wp::array_t<wp::int32> var_action_mask = _wp_args->action_mask;
    wp::array_t<wp::int32> var_targets = _wp_args->targets;
    wp::array_t<wp::int32> var_visit_count = _wp_args->visit_count;
    wp::array_t<wp::int32> var_row_visit_count = _wp_args->row_visit_count;
    wp::array_t<wp::int32> var_env_active = _wp_args->env_active;
    wp::array_t<wp::int32> var_best_key = _wp_args->best_key;
    wp::array_t<wp::float32> var_target_logit = _wp_args->target_logit;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::shape_t* var_3;
    const wp::int32 var_4 = 1;
    wp::int32 var_5;
    wp::shape_t var_6;
    bool var_7;
    wp::int32* var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    const wp::int32 var_13 = 0;
    bool var_14;
    wp::int32 var_15;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32* var_19;
    bool var_20;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::float32 var_23;
    wp::int32 var_24;
    const wp::float32 var_25 = 1.0;
    wp::float32 var_26;
    wp::int32* var_27;
    wp::float32 var_28;
    wp::int32 var_29;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    const wp::float32 var_32 = 1.41421;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = -16.0;
    const wp::float32 var_39 = 16.0;
    wp::int32 var_40;
    wp::int32 var_41;
    //---------
    // forward
    // def select_ucb_actions(                                                                <L 22>
    // b, k = wp.tid()                                                                        <L 32>
    builtin_tid2d(var_0, var_1);
    // if k >= q_values.shape[1] or env_active[b] == 0:                                       <L 33>
    var_3 = &(var_q_values.shape);
    var_6 = wp::load(var_3);
    var_5 = wp::extract(var_6, var_4);
    var_7 = (var_1 >= var_5);
    var_2 = var_7;
    if (!var_2) {
        var_8 = wp::address(var_env_active, var_0);
        var_11 = wp::load(var_8);
        var_10 = (var_11 == var_9);
        var_2 = var_2 || var_10;
    }
    if (var_2) {
        // return                                                                             <L 34>
        return;
    }
    // if action_mask[b, k] == 0:                                                             <L 35>
    var_12 = wp::address(var_action_mask, var_0, var_1);
    var_15 = wp::load(var_12);
    var_14 = (var_15 == var_13);
    if (var_14) {
        // return                                                                             <L 36>
        return;
    }
    // score = q_values[b, k]                                                                 <L 37>
    var_16 = wp::address(var_q_values, var_0, var_1);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // if k == targets[b]:                                                                    <L 38>
    var_19 = wp::address(var_targets, var_0);
    var_21 = wp::load(var_19);
    var_20 = (var_1 == var_21);
    if (var_20) {
        // target_logit[b] = score                                                            <L 39>
        wp::array_store(var_target_logit, var_0, var_17);
    }
    // n_row = float(row_visit_count[b]) + 1.0                                                <L 40>
    var_22 = wp::address(var_row_visit_count, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::float(var_24);
    var_26 = wp::add(var_23, var_25);
    // n_action = float(visit_count[b, k]) + 1.0                                              <L 41>
    var_27 = wp::address(var_visit_count, var_0, var_1);
    var_29 = wp::load(var_27);
    var_28 = wp::float(var_29);
    var_31 = wp::add(var_28, var_30);
    // score += UCB_C * wp.sqrt(wp.log(n_row) / n_action)                                     <L 42>
    var_33 = wp::log(var_26);
    var_34 = wp::div(var_33, var_31);
    var_35 = wp::sqrt(var_34);
    var_36 = wp::mul(var_32, var_35);
    var_37 = wp::add(var_17, var_36);
    // key = pack_score_key(score, k, SCORE_MIN, SCORE_MAX)                                   <L 43>
    var_40 = pack_score_key_0(var_37, var_1, var_38, var_39);
    // wp.atomic_max(best_key, b, key)                                                        <L 44>
    var_41 = wp::atomic_max(var_best_key, var_0, var_40);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void select_ucb_actions_957b3a04_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_select_ucb_actions_957b3a04 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        select_ucb_actions_957b3a04_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void select_ucb_actions_957b3a04_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_select_ucb_actions_957b3a04 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    select_ucb_actions_957b3a04_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void select_ucb_actions_957b3a04_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_select_ucb_actions_957b3a04 *_wp_args)
{
    select_ucb_actions_957b3a04_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

