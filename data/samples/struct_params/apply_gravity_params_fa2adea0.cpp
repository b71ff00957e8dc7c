// Warp 1.19.0 cpu code for apply_gravity_params_fa2adea0.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct StepParams_7fdb1442
{
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 dt;


    StepParams_7fdb1442() = default;
    CUDA_CALLABLE StepParams_7fdb1442(wp::vec_t<3, wp::float32> const& gravity,
    wp::float32 const& dt = {})
        : gravity{gravity}
        , dt{dt}

    {
    }

    CUDA_CALLABLE StepParams_7fdb1442& operator += (const StepParams_7fdb1442& rhs)
    {    gravity += rhs.gravity;
    dt += rhs.dt;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_7fdb1442(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_dt,
    StepParams_7fdb1442 & adj_ret)
{
    adj_gravity += adj_ret.gravity;
    adj_dt += adj_ret.dt;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_7fdb1442 add(const StepParams_7fdb1442& a, const StepParams_7fdb1442& b)
{
    return StepParams_7fdb1442();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_7fdb1442* p, StepParams_7fdb1442 t)
{
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->dt, t.dt);
}



struct wp_args_apply_gravity_params_406086b8 {
    StepParams_7fdb1442 params;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
};


template <bool wp_linear_contiguous>
static void apply_gravity_params_406086b8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_gravity_params_406086b8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_gravity_params_406086b8 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    StepParams_7fdb1442 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::float32* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // forward
    // def apply_gravity_params(                                                              <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if particle_flags[tid] == 0:                                                           <L 19>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 20>
        return;
    }
    // v_out[tid] = particle_v[tid] + params.dt * params.gravity                              <L 21>
    var_5 = wp::address(var_particle_v, var_0);
    var_6 = &((var_params).dt);
    var_7 = &((var_params).gravity);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_10);
    var_12 = wp::load(var_5);
    var_11 = wp::add(var_12, var_8);
    wp::array_store(var_v_out, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void apply_gravity_params_406086b8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_gravity_params_406086b8 *_wp_args,
    wp_args_apply_gravity_params_406086b8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_gravity_params_406086b8 wp_contiguous_args;
    wp_args_apply_gravity_params_406086b8 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    StepParams_7fdb1442 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    StepParams_7fdb1442 adj_params = _wp_adj_args->params;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::float32* var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def apply_gravity_params(                                                              <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if particle_flags[tid] == 0:                                                           <L 19>
    var_1 = wp::address(var_particle_flags, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 20>
        goto label0;
    }
    // v_out[tid] = particle_v[tid] + params.dt * params.gravity                              <L 21>
    var_5 = wp::address(var_particle_v, var_0);
    var_6 = &((var_params).dt);
    var_7 = &((var_params).gravity);
    var_9 = wp::load(var_6);
    var_10 = wp::load(var_7);
    var_8 = wp::mul(var_9, var_10);
    var_12 = wp::load(var_5);
    var_11 = wp::add(var_12, var_8);
    // wp::array_store(var_v_out, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_v_out, var_0, var_11, adj_v_out, adj_0, adj_11);
    wp::adj_add(var_12, var_8, adj_5, adj_8, adj_11);
    wp::adj_mul(var_9, var_10, adj_6, adj_7, adj_8);
    adj_params.gravity += adj_7;
    adj_params.dt += adj_6;
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_5);
    // adj: v_out[tid] = particle_v[tid] + params.dt * params.gravity                         <L 21>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 20>
    }
    wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
    // adj: if particle_flags[tid] == 0:                                                      <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def apply_gravity_params(                                                         <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_gravity_params_406086b8_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gravity_params_406086b8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_gravity_params_406086b8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_gravity_params_406086b8_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gravity_params_406086b8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_gravity_params_406086b8_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_gravity_params_406086b8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_gravity_params_406086b8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gravity_params_406086b8 *_wp_args)
{
    apply_gravity_params_406086b8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_gravity_params_406086b8_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gravity_params_406086b8 *_wp_args,
    wp_args_apply_gravity_params_406086b8 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_gravity_params_406086b8_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_gravity_params_406086b8_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gravity_params_406086b8 *_wp_args,
    wp_args_apply_gravity_params_406086b8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_gravity_params_406086b8_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_gravity_params_406086b8_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_gravity_params_406086b8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_gravity_params_406086b8 *_wp_args,
    wp_args_apply_gravity_params_406086b8 *_wp_adj_args)
{
    apply_gravity_params_406086b8_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

