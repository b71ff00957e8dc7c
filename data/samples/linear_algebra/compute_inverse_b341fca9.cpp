// Warp 1.19.0 cpu code for compute_inverse_b341fca9.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_compute_inverse_3762bffe {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> systems;
    wp::array_t<wp::vec_t<2, wp::float32>> b;
    wp::int32 num_active;
    wp::array_t<wp::vec_t<2, wp::float32>> x;
};


template <bool wp_linear_contiguous>
static void compute_inverse_3762bffe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_inverse_3762bffe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_inverse_3762bffe wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.systems.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.b.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_systems = _wp_args->systems;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<2, 2, wp::float32>* var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // forward
    // def compute_inverse(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 13>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 14>
        return;
    }
    // A = systems[tid]                                                                       <L 15>
    var_2 = wp::address(var_systems, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rhs = b[tid]                                                                           <L 16>
    var_5 = wp::address(var_b, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // inv = wp.inverse(A)                                                                    <L 17>
    var_8 = wp::inverse(var_3);
    // x[tid] = wp.mul(inv, rhs)                                                              <L 18>
    var_9 = wp::mul(var_8, var_6);
    wp::array_store(var_x, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void compute_inverse_3762bffe_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_inverse_3762bffe *_wp_args,
    wp_args_compute_inverse_3762bffe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_inverse_3762bffe wp_contiguous_args;
    wp_args_compute_inverse_3762bffe wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.systems.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.systems.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.b.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.b.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_systems = _wp_args->systems;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_systems = _wp_adj_args->systems;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b = _wp_adj_args->b;
    wp::int32 adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<2, 2, wp::float32>* var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    wp::vec_t<2, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::mat_t<2, 2, wp::float32> adj_8 = {};
    wp::vec_t<2, wp::float32> adj_9 = {};
    //---------
    // forward
    // def compute_inverse(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 13>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 14>
        goto label0;
    }
    // A = systems[tid]                                                                       <L 15>
    var_2 = wp::address(var_systems, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // rhs = b[tid]                                                                           <L 16>
    var_5 = wp::address(var_b, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // inv = wp.inverse(A)                                                                    <L 17>
    var_8 = wp::inverse(var_3);
    // x[tid] = wp.mul(inv, rhs)                                                              <L 18>
    var_9 = wp::mul(var_8, var_6);
    // wp::array_store(var_x, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_x, var_0, var_9, adj_x, adj_0, adj_9);
    wp::adj_mul(var_8, var_6, adj_8, adj_6, adj_9);
    // adj: x[tid] = wp.mul(inv, rhs)                                                         <L 18>
    wp::adj_inverse(var_3, var_8, adj_3, adj_8);
    // adj: inv = wp.inverse(A)                                                               <L 17>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_5);
    // adj: rhs = b[tid]                                                                      <L 16>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_systems, var_0, adj_systems, adj_0, adj_2);
    // adj: A = systems[tid]                                                                  <L 15>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    // adj: if tid >= num_active:                                                             <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def compute_inverse(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_inverse_3762bffe_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_3762bffe *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_inverse_3762bffe_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_inverse_3762bffe_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_3762bffe *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->systems.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->b.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        compute_inverse_3762bffe_cpu_forward_tasks<true>(dim, _wp_args);
    else
        compute_inverse_3762bffe_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_inverse_3762bffe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_3762bffe *_wp_args)
{
    compute_inverse_3762bffe_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_inverse_3762bffe_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_3762bffe *_wp_args,
    wp_args_compute_inverse_3762bffe *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_inverse_3762bffe_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void compute_inverse_3762bffe_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_3762bffe *_wp_args,
    wp_args_compute_inverse_3762bffe *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->systems.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->systems.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->b.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->b.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        compute_inverse_3762bffe_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        compute_inverse_3762bffe_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void compute_inverse_3762bffe_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_inverse_3762bffe *_wp_args,
    wp_args_compute_inverse_3762bffe *_wp_adj_args)
{
    compute_inverse_3762bffe_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

