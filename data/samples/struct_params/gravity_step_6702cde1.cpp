// Warp 1.19.0 cpu code for gravity_step_6702cde1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

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



struct wp_args_gravity_step_8af41a2b {
    StepParams_7fdb1442 params;
    wp::array_t<wp::int32> item_count;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 kd;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> new_velocities;
};


template <bool wp_linear_contiguous>
static void gravity_step_8af41a2b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gravity_step_8af41a2b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gravity_step_8af41a2b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    StepParams_7fdb1442 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_kd = _wp_args->kd;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def gravity_step(                                                                      <L 11>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // state = particle_flags[tid]                                                            <L 21>
    var_1 = wp::address(var_particle_flags, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if tid >= item_count[0] or state == 0:                                                 <L 22>
    var_6 = wp::address(var_item_count, var_5);
    var_8 = wp::load(var_6);
    var_7 = (var_0 >= var_8);
    var_4 = var_7;
    if (!var_4) {
        var_10 = (var_2 == var_9);
        var_4 = var_4 || var_10;
    }
    if (var_4) {
        // return                                                                             <L 23>
        return;
    }
    // v = particle_v[tid]                                                                    <L 24>
    var_11 = wp::address(var_particle_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // vel = v * (1.0 - kd * delta_time)                                                      <L 25>
    var_15 = wp::mul(var_kd, var_delta_time);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::mul(var_12, var_16);
    // new_velocities[tid] = vel + params.dt * params.gravity                                 <L 26>
    var_18 = &((var_params).dt);
    var_19 = &((var_params).gravity);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::mul(var_21, var_22);
    var_23 = wp::add(var_17, var_20);
    wp::array_store(var_new_velocities, var_0, var_23);
}



template <bool wp_linear_contiguous>
static void gravity_step_8af41a2b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_gravity_step_8af41a2b *_wp_args,
    wp_args_gravity_step_8af41a2b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_gravity_step_8af41a2b wp_contiguous_args;
    wp_args_gravity_step_8af41a2b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.item_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    StepParams_7fdb1442 var_params = _wp_args->params;
    wp::array_t<wp::int32> var_item_count = _wp_args->item_count;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_kd = _wp_args->kd;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities = _wp_args->new_velocities;
    StepParams_7fdb1442 adj_params = _wp_adj_args->params;
    wp::array_t<wp::int32> adj_item_count = _wp_adj_args->item_count;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_kd = _wp_adj_args->kd;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities = _wp_adj_args->new_velocities;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    bool adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def gravity_step(                                                                      <L 11>
    // tid = wp.tid()                                                                         <L 20>
    var_0 = builtin_tid1d();
    // state = particle_flags[tid]                                                            <L 21>
    var_1 = wp::address(var_particle_flags, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if tid >= item_count[0] or state == 0:                                                 <L 22>
    var_6 = wp::address(var_item_count, var_5);
    var_8 = wp::load(var_6);
    var_7 = (var_0 >= var_8);
    var_4 = var_7;
    if (!var_4) {
        var_10 = (var_2 == var_9);
        var_4 = var_4 || var_10;
    }
    if (var_4) {
        // return                                                                             <L 23>
        goto label0;
    }
    // v = particle_v[tid]                                                                    <L 24>
    var_11 = wp::address(var_particle_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // vel = v * (1.0 - kd * delta_time)                                                      <L 25>
    var_15 = wp::mul(var_kd, var_delta_time);
    var_16 = wp::sub(var_14, var_15);
    var_17 = wp::mul(var_12, var_16);
    // new_velocities[tid] = vel + params.dt * params.gravity                                 <L 26>
    var_18 = &((var_params).dt);
    var_19 = &((var_params).gravity);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::mul(var_21, var_22);
    var_23 = wp::add(var_17, var_20);
    // wp::array_store(var_new_velocities, var_0, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_new_velocities, var_0, var_23, adj_new_velocities, adj_0, adj_23);
    wp::adj_add(var_17, var_20, adj_17, adj_20, adj_23);
    wp::adj_mul(var_21, var_22, adj_18, adj_19, adj_20);
    adj_params.gravity += adj_19;
    adj_params.dt += adj_18;
    // adj: new_velocities[tid] = vel + params.dt * params.gravity                            <L 26>
    wp::adj_mul(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_sub(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_mul(var_kd, var_delta_time, adj_kd, adj_delta_time, adj_15);
    // adj: vel = v * (1.0 - kd * delta_time)                                                 <L 25>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_11);
    // adj: v = particle_v[tid]                                                               <L 24>
    if (var_4) {
        label0:;
        // adj: return                                                                        <L 23>
    }
    if (!var_4) {
    }
    wp::adj_address(var_item_count, var_5, adj_item_count, adj_5, adj_6);
    // adj: if tid >= item_count[0] or state == 0:                                            <L 22>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
    // adj: state = particle_flags[tid]                                                       <L 21>
    // adj: tid = wp.tid()                                                                    <L 20>
    // adj: def gravity_step(                                                                 <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gravity_step_8af41a2b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_8af41a2b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gravity_step_8af41a2b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void gravity_step_8af41a2b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_8af41a2b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gravity_step_8af41a2b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        gravity_step_8af41a2b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void gravity_step_8af41a2b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_8af41a2b *_wp_args)
{
    gravity_step_8af41a2b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void gravity_step_8af41a2b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_8af41a2b *_wp_args,
    wp_args_gravity_step_8af41a2b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        gravity_step_8af41a2b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void gravity_step_8af41a2b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_8af41a2b *_wp_args,
    wp_args_gravity_step_8af41a2b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->item_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        gravity_step_8af41a2b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        gravity_step_8af41a2b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void gravity_step_8af41a2b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_gravity_step_8af41a2b *_wp_args,
    wp_args_gravity_step_8af41a2b *_wp_adj_args)
{
    gravity_step_8af41a2b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

