// Warp 1.19.0 cpu code for velocity_step_a92baecb.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// velocity_step.py:4
static wp::vec_t<3, wp::float32> drag_force_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def drag_force(v: wp.vec3, kd: float):                                                 <L 5>
    // return -kd * v                                                                         <L 6>
    var_0 = wp::neg(var_kd);
    var_1 = wp::mul(var_0, var_v);
    return var_1;
}


// velocity_step.py:4
static void adj_drag_force_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def drag_force(v: wp.vec3, kd: float):                                                 <L 5>
    // return -kd * v                                                                         <L 6>
    var_0 = wp::neg(var_kd);
    var_1 = wp::mul(var_0, var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_v, adj_0, adj_v, adj_1);
    wp::adj_neg(var_kd, adj_kd, adj_0);
    // adj: return -kd * v                                                                    <L 6>
    // adj: def drag_force(v: wp.vec3, kd: float):                                            <L 5>
    return;
}

struct wp_args_velocity_step_3f1cc017 {
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> v_out;
    wp::float32 k_damp;
    wp::float32 dt;
};


template <bool wp_linear_contiguous>
static void velocity_step_3f1cc017_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_velocity_step_3f1cc017 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_velocity_step_3f1cc017 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::float32 var_dt = _wp_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // forward
    // def velocity_step(                                                                     <L 10>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // vel = v[tid]                                                                           <L 19>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = drag_force(vel, k_damp) * inv_masses[tid]                                          <L 20>
    var_4 = drag_force_0(var_2, var_k_damp);
    var_5 = wp::address(var_inv_masses, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_4, var_7);
    // v_out[tid] = vel + a * dt                                                              <L 21>
    var_8 = wp::mul(var_6, var_dt);
    var_9 = wp::add(var_2, var_8);
    wp::array_store(var_v_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void velocity_step_3f1cc017_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_velocity_step_3f1cc017 *_wp_args,
    wp_args_velocity_step_3f1cc017 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_velocity_step_3f1cc017 wp_contiguous_args;
    wp_args_velocity_step_3f1cc017 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out = _wp_args->v_out;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_inv_masses = _wp_adj_args->inv_masses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out = _wp_adj_args->v_out;
    wp::float32 adj_k_damp = _wp_adj_args->k_damp;
    wp::float32 adj_dt = _wp_adj_args->dt;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    //---------
    // forward
    // def velocity_step(                                                                     <L 10>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // vel = v[tid]                                                                           <L 19>
    var_1 = wp::address(var_v, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // a = drag_force(vel, k_damp) * inv_masses[tid]                                          <L 20>
    var_4 = drag_force_0(var_2, var_k_damp);
    var_5 = wp::address(var_inv_masses, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::mul(var_4, var_7);
    // v_out[tid] = vel + a * dt                                                              <L 21>
    var_8 = wp::mul(var_6, var_dt);
    var_9 = wp::add(var_2, var_8);
    // wp::array_store(var_v_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_v_out, var_0, var_9, adj_v_out, adj_0, adj_9);
    wp::adj_add(var_2, var_8, adj_2, adj_8, adj_9);
    wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_8);
    // adj: v_out[tid] = vel + a * dt                                                         <L 21>
    wp::adj_mul(var_4, var_7, adj_4, adj_5, adj_6);
    wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_5);
    adj_drag_force_0(var_2, var_k_damp, adj_2, adj_k_damp, adj_4);
    // adj: a = drag_force(vel, k_damp) * inv_masses[tid]                                     <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: vel = v[tid]                                                                      <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def velocity_step(                                                                <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void velocity_step_3f1cc017_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_step_3f1cc017 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        velocity_step_3f1cc017_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void velocity_step_3f1cc017_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_step_3f1cc017 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        velocity_step_3f1cc017_cpu_forward_tasks<true>(dim, _wp_args);
    else
        velocity_step_3f1cc017_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void velocity_step_3f1cc017_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_step_3f1cc017 *_wp_args)
{
    velocity_step_3f1cc017_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void velocity_step_3f1cc017_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_step_3f1cc017 *_wp_args,
    wp_args_velocity_step_3f1cc017 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        velocity_step_3f1cc017_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void velocity_step_3f1cc017_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_step_3f1cc017 *_wp_args,
    wp_args_velocity_step_3f1cc017 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        velocity_step_3f1cc017_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        velocity_step_3f1cc017_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void velocity_step_3f1cc017_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_velocity_step_3f1cc017 *_wp_args,
    wp_args_velocity_step_3f1cc017 *_wp_adj_args)
{
    velocity_step_3f1cc017_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

