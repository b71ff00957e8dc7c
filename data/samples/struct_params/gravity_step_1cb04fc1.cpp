// Warp 1.19.0 cpu code for gravity_step_1cb04fc1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

struct StepParams_9b7374d6
{
    wp::float32 dt;
    wp::vec_t<3, wp::float32> gravity;
    wp::float32 damping;


    StepParams_9b7374d6() = default;
    CUDA_CALLABLE StepParams_9b7374d6(wp::float32 const& dt,
    wp::vec_t<3, wp::float32> const& gravity = {},
    wp::float32 const& damping = {})
        : dt{dt}
        , gravity{gravity}
        , damping{damping}

    {
    }

    CUDA_CALLABLE StepParams_9b7374d6& operator += (const StepParams_9b7374d6& rhs)
    {    dt += rhs.dt;
    gravity += rhs.gravity;
    damping += rhs.damping;

        return *this;}

};

static CUDA_CALLABLE void adj_StepParams_9b7374d6(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_damping,
    StepParams_9b7374d6 & adj_ret)
{
    adj_dt += adj_ret.dt;
    adj_gravity += adj_ret.gravity;
    adj_damping += adj_ret.damping;
}

// Required when compiling adjoints.
CUDA_CALLABLE StepParams_9b7374d6 add(const StepParams_9b7374d6& a, const StepParams_9b7374d6& b)
{
    return StepParams_9b7374d6();
}

CUDA_CALLABLE void adj_atomic_add(StepParams_9b7374d6* p, StepParams_9b7374d6 t)
{
    wp::adj_atomic_add(&p->dt, t.dt);
    wp::adj_atomic_add(&p->gravity, t.gravity);
    wp::adj_atomic_add(&p->damping, t.damping);
}



struct wp_args_gravity_step_14d614f4 {
    StepParams_9b7374d6 params;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities_out;
};


template <bool wp_linear_contiguous>
static void gravity_step_14d614f4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gravity_step_14d614f4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gravity_step_14d614f4 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    StepParams_9b7374d6 var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def gravity_step(                                                                      <L 12>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 18>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 19>
    var_4 = &((var_params).gravity);
    var_5 = &((var_params).dt);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = wp::add(var_2, var_6);
    var_11 = &((var_params).damping);
    var_12 = &((var_params).dt);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_15);
    var_16 = wp::sub(var_10, var_13);
    var_17 = wp::mul(var_9, var_16);
    wp::array_store(var_velocities_out, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void gravity_step_14d614f4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gravity_step_14d614f4 *_wp_args,
    wp_args_gravity_step_14d614f4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gravity_step_14d614f4 wp_contiguous_args;
    wp_args_gravity_step_14d614f4 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    StepParams_9b7374d6 var_params = _wp_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities_out = _wp_args->velocities_out;
    StepParams_9b7374d6 adj_params = _wp_adj_args->params;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities_out = _wp_adj_args->velocities_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def gravity_step(                                                                      <L 12>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // vel = velocities[tid]                                                                  <L 18>
    var_1 = wp::address(var_velocities, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)       <L 19>
    var_4 = &((var_params).gravity);
    var_5 = &((var_params).dt);
    var_7 = wp::load(var_4);
    var_8 = wp::load(var_5);
    var_6 = wp::mul(var_7, var_8);
    var_9 = wp::add(var_2, var_6);
    var_11 = &((var_params).damping);
    var_12 = &((var_params).dt);
    var_14 = wp::load(var_11);
    var_15 = wp::load(var_12);
    var_13 = wp::mul(var_14, var_15);
    var_16 = wp::sub(var_10, var_13);
    var_17 = wp::mul(var_9, var_16);
    // wp::array_store(var_velocities_out, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_velocities_out, var_0, var_17, adj_velocities_out, adj_0, adj_17);
    wp::adj_mul(var_9, var_16, adj_9, adj_16, adj_17);
    wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_16);
    wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
    adj_params.dt += adj_12;
    adj_params.damping += adj_11;
    wp::adj_add(var_2, var_6, adj_2, adj_6, adj_9);
    wp::adj_mul(var_7, var_8, adj_4, adj_5, adj_6);
    adj_params.dt += adj_5;
    adj_params.gravity += adj_4;
    // adj: velocities_out[tid] = (vel + params.gravity * params.dt) * (1.0 - params.damping * params.dt)  <L 19>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
    // adj: vel = velocities[tid]                                                             <L 18>
    // adj: tid = wp.tid()                                                                    <L 17>
    // adj: def gravity_step(                                                                 <L 12>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gravity_step_14d614f4_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_14d614f4 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gravity_step_14d614f4_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void gravity_step_14d614f4_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_14d614f4 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gravity_step_14d614f4_cpu_forward_tasks<true>(dim, _wp_args);
    else
        gravity_step_14d614f4_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void gravity_step_14d614f4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_14d614f4 *_wp_args)
{
    gravity_step_14d614f4_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gravity_step_14d614f4_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_14d614f4 *_wp_args,
    wp_args_gravity_step_14d614f4 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gravity_step_14d614f4_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void gravity_step_14d614f4_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_14d614f4 *_wp_args,
    wp_args_gravity_step_14d614f4 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gravity_step_14d614f4_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        gravity_step_14d614f4_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void gravity_step_14d614f4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_14d614f4 *_wp_args,
    wp_args_gravity_step_14d614f4 *_wp_adj_args)
{
    gravity_step_14d614f4_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

