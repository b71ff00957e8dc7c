// Warp 1.19.0 cpu code for moment_arm_torque_2e1096c1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// moment_arm_torque.py:7
static wp::vec_t<3, wp::float32> contact_force_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_c,
    wp::float32 var_k_n,
    wp::float32 var_k_d)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def contact_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):           <L 8>
    // vn = wp.dot(n, v)                                                                      <L 9>
    var_0 = wp::dot(var_n, var_v);
    // jn = c * k_n                                                                           <L 10>
    var_1 = wp::mul(var_c, var_k_n);
    // jd = wp.min(vn, 0.0) * k_d                                                             <L 11>
    var_3 = wp::min(var_0, var_2);
    var_4 = wp::mul(var_3, var_k_d);
    // return -n * (jn + jd)                                                                  <L 12>
    var_5 = wp::neg(var_n);
    var_6 = wp::add(var_1, var_4);
    var_7 = wp::mul(var_5, var_6);
    return var_7;
}


// moment_arm_torque.py:7
static void adj_contact_force_0(
    wp::vec_t<3, wp::float32> var_n,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_c,
    wp::float32 var_k_n,
    wp::float32 var_k_d,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_c,
    wp::float32 & adj_k_n,
    wp::float32 & adj_k_d,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 0.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def contact_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):           <L 8>
    // vn = wp.dot(n, v)                                                                      <L 9>
    var_0 = wp::dot(var_n, var_v);
    // jn = c * k_n                                                                           <L 10>
    var_1 = wp::mul(var_c, var_k_n);
    // jd = wp.min(vn, 0.0) * k_d                                                             <L 11>
    var_3 = wp::min(var_0, var_2);
    var_4 = wp::mul(var_3, var_k_d);
    // return -n * (jn + jd)                                                                  <L 12>
    var_5 = wp::neg(var_n);
    var_6 = wp::add(var_1, var_4);
    var_7 = wp::mul(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_6);
    wp::adj_neg(var_n, adj_n, adj_5);
    // adj: return -n * (jn + jd)                                                             <L 12>
    wp::adj_mul(var_3, var_k_d, adj_3, adj_k_d, adj_4);
    wp::adj_min(var_0, var_2, adj_0, adj_2, adj_3);
    // adj: jd = wp.min(vn, 0.0) * k_d                                                        <L 11>
    wp::adj_mul(var_c, var_k_n, adj_c, adj_k_n, adj_1);
    // adj: jn = c * k_n                                                                      <L 10>
    wp::adj_dot(var_n, var_v, adj_n, adj_v, adj_0);
    // adj: vn = wp.dot(n, v)                                                                 <L 9>
    // adj: def contact_force(n: wp.vec3, v: wp.vec3, c: float, k_n: float, k_d: float):      <L 8>
    return;
}

struct wp_args_step_oscillators_0f387ee8 {
    wp::float32 omega;
    wp::float32 dt;
    wp::array_t<wp::float32> phases;
};


template <bool wp_linear_contiguous>
static void step_oscillators_0f387ee8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_oscillators_0f387ee8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_oscillators_0f387ee8 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 6.283185307179586;
    bool var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def step_oscillators(omega: float, dt: float, phases: wp.array[float]):                <L 40>
    // tid = wp.tid()                                                                         <L 41>
    var_0 = builtin_tid1d();
    // phi = phases[tid]                                                                      <L 42>
    var_1 = wp::address(var_phases, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // phi_next = phi + omega * dt                                                            <L 43>
    var_4 = wp::mul(var_omega, var_dt);
    var_5 = wp::add(var_2, var_4);
    // if phi_next >= TWO_PI:                                                                 <L 44>
    var_7 = (var_5 >= var_6);
    if (var_7) {
        // phi_next = phi_next - TWO_PI                                                       <L 45>
        var_8 = wp::sub(var_5, var_6);
    }
    if (!var_7) {
        // elif phi_next < 0.0:                                                               <L 46>
        var_10 = (var_5 < var_9);
        if (var_10) {
            // phi_next = phi_next + TWO_PI                                                   <L 47>
            var_11 = wp::add(var_5, var_6);
        }
        var_12 = wp::where(var_10, var_11, var_5);
    }
    var_13 = wp::where(var_7, var_8, var_12);
    // phases[tid] = phi_next                                                                 <L 48>
    wp::array_store(var_phases, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void step_oscillators_0f387ee8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_step_oscillators_0f387ee8 *_wp_args,
    wp_args_step_oscillators_0f387ee8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_step_oscillators_0f387ee8 wp_contiguous_args;
    wp_args_step_oscillators_0f387ee8 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_phases = _wp_adj_args->phases;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 6.283185307179586;
    bool var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    bool var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    bool adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def step_oscillators(omega: float, dt: float, phases: wp.array[float]):                <L 40>
    // tid = wp.tid()                                                                         <L 41>
    var_0 = builtin_tid1d();
    // phi = phases[tid]                                                                      <L 42>
    var_1 = wp::address(var_phases, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // phi_next = phi + omega * dt                                                            <L 43>
    var_4 = wp::mul(var_omega, var_dt);
    var_5 = wp::add(var_2, var_4);
    // if phi_next >= TWO_PI:                                                                 <L 44>
    var_7 = (var_5 >= var_6);
    if (var_7) {
        // phi_next = phi_next - TWO_PI                                                       <L 45>
        var_8 = wp::sub(var_5, var_6);
    }
    if (!var_7) {
        // elif phi_next < 0.0:                                                               <L 46>
        var_10 = (var_5 < var_9);
        if (var_10) {
            // phi_next = phi_next + TWO_PI                                                   <L 47>
            var_11 = wp::add(var_5, var_6);
        }
        var_12 = wp::where(var_10, var_11, var_5);
    }
    var_13 = wp::where(var_7, var_8, var_12);
    // phases[tid] = phi_next                                                                 <L 48>
    // wp::array_store(var_phases, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_phases, var_0, var_13, adj_phases, adj_0, adj_13);
    // adj: phases[tid] = phi_next                                                            <L 48>
    wp::adj_where(var_7, var_8, var_12, adj_7, adj_8, adj_12, adj_13);
    if (!var_7) {
        wp::adj_where(var_10, var_11, var_5, adj_10, adj_11, adj_5, adj_12);
        if (var_10) {
            wp::adj_add(var_5, var_6, adj_5, adj_6, adj_11);
            // adj: phi_next = phi_next + TWO_PI                                              <L 47>
        }
        // adj: elif phi_next < 0.0:                                                          <L 46>
    }
    if (var_7) {
        wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_8);
        // adj: phi_next = phi_next - TWO_PI                                                  <L 45>
    }
    // adj: if phi_next >= TWO_PI:                                                            <L 44>
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_mul(var_omega, var_dt, adj_omega, adj_dt, adj_4);
    // adj: phi_next = phi + omega * dt                                                       <L 43>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_1);
    // adj: phi = phases[tid]                                                                 <L 42>
    // adj: tid = wp.tid()                                                                    <L 41>
    // adj: def step_oscillators(omega: float, dt: float, phases: wp.array[float]):           <L 40>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_oscillators_0f387ee8_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_0f387ee8 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_oscillators_0f387ee8_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void step_oscillators_0f387ee8_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_0f387ee8 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->phases.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        step_oscillators_0f387ee8_cpu_forward_tasks<true>(dim, _wp_args);
    else
        step_oscillators_0f387ee8_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void step_oscillators_0f387ee8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_0f387ee8 *_wp_args)
{
    step_oscillators_0f387ee8_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void step_oscillators_0f387ee8_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_0f387ee8 *_wp_args,
    wp_args_step_oscillators_0f387ee8 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        step_oscillators_0f387ee8_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void step_oscillators_0f387ee8_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_0f387ee8 *_wp_args,
    wp_args_step_oscillators_0f387ee8 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        step_oscillators_0f387ee8_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        step_oscillators_0f387ee8_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void step_oscillators_0f387ee8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_step_oscillators_0f387ee8 *_wp_args,
    wp_args_step_oscillators_0f387ee8 *_wp_adj_args)
{
    step_oscillators_0f387ee8_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_moment_arm_torque_7c82082e {
    wp::array_t<wp::vec_t<3, wp::float32>> r_arm;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<2, wp::float32>> points;
    wp::array_t<wp::float32> stiffness;
    wp::float32 dt;
    wp::vec_t<3, wp::float32> surface_velocity;
    wp::vec_t<2, wp::float32> target;
    wp::float32 smoothing_length;
    wp::float32 k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> torques_out;
};


template <bool wp_linear_contiguous>
static void moment_arm_torque_7c82082e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_moment_arm_torque_7c82082e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_moment_arm_torque_7c82082e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.r_arm.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.torques_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_r_arm = _wp_args->r_arm;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_stiffness = _wp_args->stiffness;
    wp::float32 var_dt = _wp_args->dt;
    wp::vec_t<3, wp::float32> var_surface_velocity = _wp_args->surface_velocity;
    wp::vec_t<2, wp::float32> var_target = _wp_args->target;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques_out = _wp_args->torques_out;
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
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // forward
    // def moment_arm_torque(                                                                 <L 16>
    // tid = wp.tid()                                                                         <L 29>
    var_0 = builtin_tid1d();
    // arm = r_arm[tid]                                                                       <L 30>
    var_1 = wp::address(var_r_arm, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = x[tid]                                                                             <L 31>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = v[tid]                                                                           <L 32>
    var_7 = wp::address(var_v, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // pos = points[tid]                                                                      <L 33>
    var_10 = wp::address(var_points, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // k = stiffness[tid]                                                                     <L 34>
    var_13 = wp::address(var_stiffness, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // f = contact_force(wp.normalize(p - (p + vel * dt)), vel - surface_velocity, wp.length(pos - target) - smoothing_length, k, k_damp)       <L 35>
    var_16 = wp::mul(var_8, var_dt);
    var_17 = wp::add(var_5, var_16);
    var_18 = wp::sub(var_5, var_17);
    var_19 = wp::normalize(var_18);
    var_20 = wp::sub(var_8, var_surface_velocity);
    var_21 = wp::sub(var_11, var_target);
    var_22 = wp::length(var_21);
    var_23 = wp::sub(var_22, var_smoothing_length);
    var_24 = contact_force_0(var_19, var_20, var_23, var_14, var_k_damp);
    // torques_out[tid] = wp.cross(arm, f)                                                    <L 36>
    var_25 = wp::cross(var_2, var_24);
    wp::array_store(var_torques_out, var_0, var_25);
}



template <bool wp_linear_contiguous>
static void moment_arm_torque_7c82082e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_moment_arm_torque_7c82082e *_wp_args,
    wp_args_moment_arm_torque_7c82082e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_moment_arm_torque_7c82082e wp_contiguous_args;
    wp_args_moment_arm_torque_7c82082e wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.r_arm.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.r_arm.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.torques_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.torques_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_r_arm = _wp_args->r_arm;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_stiffness = _wp_args->stiffness;
    wp::float32 var_dt = _wp_args->dt;
    wp::vec_t<3, wp::float32> var_surface_velocity = _wp_args->surface_velocity;
    wp::vec_t<2, wp::float32> var_target = _wp_args->target;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_torques_out = _wp_args->torques_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_r_arm = _wp_adj_args->r_arm;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::vec_t<3, wp::float32> adj_surface_velocity = _wp_adj_args->surface_velocity;
    wp::vec_t<2, wp::float32> adj_target = _wp_adj_args->target;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::float32 adj_k_damp = _wp_adj_args->k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_torques_out = _wp_adj_args->torques_out;
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
    wp::vec_t<2, wp::float32>* var_10;
    wp::vec_t<2, wp::float32> var_11;
    wp::vec_t<2, wp::float32> var_12;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<2, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
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
    wp::vec_t<2, wp::float32> adj_10 = {};
    wp::vec_t<2, wp::float32> adj_11 = {};
    wp::vec_t<2, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<2, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    //---------
    // forward
    // def moment_arm_torque(                                                                 <L 16>
    // tid = wp.tid()                                                                         <L 29>
    var_0 = builtin_tid1d();
    // arm = r_arm[tid]                                                                       <L 30>
    var_1 = wp::address(var_r_arm, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = x[tid]                                                                             <L 31>
    var_4 = wp::address(var_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // vel = v[tid]                                                                           <L 32>
    var_7 = wp::address(var_v, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // pos = points[tid]                                                                      <L 33>
    var_10 = wp::address(var_points, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // k = stiffness[tid]                                                                     <L 34>
    var_13 = wp::address(var_stiffness, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // f = contact_force(wp.normalize(p - (p + vel * dt)), vel - surface_velocity, wp.length(pos - target) - smoothing_length, k, k_damp)       <L 35>
    var_16 = wp::mul(var_8, var_dt);
    var_17 = wp::add(var_5, var_16);
    var_18 = wp::sub(var_5, var_17);
    var_19 = wp::normalize(var_18);
    var_20 = wp::sub(var_8, var_surface_velocity);
    var_21 = wp::sub(var_11, var_target);
    var_22 = wp::length(var_21);
    var_23 = wp::sub(var_22, var_smoothing_length);
    var_24 = contact_force_0(var_19, var_20, var_23, var_14, var_k_damp);
    // torques_out[tid] = wp.cross(arm, f)                                                    <L 36>
    var_25 = wp::cross(var_2, var_24);
    // wp::array_store(var_torques_out, var_0, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_torques_out, var_0, var_25, adj_torques_out, adj_0, adj_25);
    wp::adj_cross(var_2, var_24, adj_2, adj_24, adj_25);
    // adj: torques_out[tid] = wp.cross(arm, f)                                               <L 36>
    adj_contact_force_0(var_19, var_20, var_23, var_14, var_k_damp, adj_19, adj_20, adj_23, adj_14, adj_k_damp, adj_24);
    wp::adj_sub(var_22, var_smoothing_length, adj_22, adj_smoothing_length, adj_23);
    wp::adj_length(var_21, var_22, adj_21, adj_22);
    wp::adj_sub(var_11, var_target, adj_11, adj_target, adj_21);
    wp::adj_sub(var_8, var_surface_velocity, adj_8, adj_surface_velocity, adj_20);
    wp::adj_normalize(var_18, var_19, adj_18, adj_19);
    wp::adj_sub(var_5, var_17, adj_5, adj_17, adj_18);
    wp::adj_add(var_5, var_16, adj_5, adj_16, adj_17);
    wp::adj_mul(var_8, var_dt, adj_8, adj_dt, adj_16);
    // adj: f = contact_force(wp.normalize(p - (p + vel * dt)), vel - surface_velocity, wp.length(pos - target) - smoothing_length, k, k_damp)  <L 35>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_stiffness, var_0, adj_stiffness, adj_0, adj_13);
    // adj: k = stiffness[tid]                                                                <L 34>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_10);
    // adj: pos = points[tid]                                                                 <L 33>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_7);
    // adj: vel = v[tid]                                                                      <L 32>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_4);
    // adj: p = x[tid]                                                                        <L 31>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_r_arm, var_0, adj_r_arm, adj_0, adj_1);
    // adj: arm = r_arm[tid]                                                                  <L 30>
    // adj: tid = wp.tid()                                                                    <L 29>
    // adj: def moment_arm_torque(                                                            <L 16>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void moment_arm_torque_7c82082e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_moment_arm_torque_7c82082e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        moment_arm_torque_7c82082e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void moment_arm_torque_7c82082e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_moment_arm_torque_7c82082e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->r_arm.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->torques_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        moment_arm_torque_7c82082e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        moment_arm_torque_7c82082e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void moment_arm_torque_7c82082e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_moment_arm_torque_7c82082e *_wp_args)
{
    moment_arm_torque_7c82082e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void moment_arm_torque_7c82082e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_moment_arm_torque_7c82082e *_wp_args,
    wp_args_moment_arm_torque_7c82082e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        moment_arm_torque_7c82082e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void moment_arm_torque_7c82082e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_moment_arm_torque_7c82082e *_wp_args,
    wp_args_moment_arm_torque_7c82082e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->r_arm.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->r_arm.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->torques_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->torques_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        moment_arm_torque_7c82082e_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        moment_arm_torque_7c82082e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void moment_arm_torque_7c82082e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_moment_arm_torque_7c82082e *_wp_args,
    wp_args_moment_arm_torque_7c82082e *_wp_adj_args)
{
    moment_arm_torque_7c82082e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_ssp_rk_substep_c88ee0d0 {
    wp::array_t<wp::float32> u_curr;
    wp::array_t<wp::float32> rhs;
    wp::float32 dt;
    wp::array_t<wp::float32> q_out;
};


template <bool wp_linear_contiguous>
static void ssp_rk_substep_c88ee0d0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ssp_rk_substep_c88ee0d0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.u_curr.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rhs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.q_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_curr = _wp_args->u_curr;
    wp::array_t<wp::float32> var_rhs = _wp_args->rhs;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_q_out = _wp_args->q_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def ssp_rk_substep(                                                                    <L 68>
    // tid = wp.tid()                                                                         <L 75>
    var_0 = builtin_tid1d();
    // u = u_curr[tid]                                                                        <L 76>
    var_1 = wp::address(var_u_curr, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dqdt = rhs[tid]                                                                        <L 77>
    var_4 = wp::address(var_rhs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q_out[tid] = u + dt * dqdt                                                             <L 78>
    var_7 = wp::mul(var_dt, var_5);
    var_8 = wp::add(var_2, var_7);
    wp::array_store(var_q_out, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void ssp_rk_substep_c88ee0d0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ssp_rk_substep_c88ee0d0 wp_contiguous_args;
    wp_args_ssp_rk_substep_c88ee0d0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.u_curr.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.u_curr.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rhs.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.rhs.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.q_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.q_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_u_curr = _wp_args->u_curr;
    wp::array_t<wp::float32> var_rhs = _wp_args->rhs;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::float32> var_q_out = _wp_args->q_out;
    wp::array_t<wp::float32> adj_u_curr = _wp_adj_args->u_curr;
    wp::array_t<wp::float32> adj_rhs = _wp_adj_args->rhs;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::float32> adj_q_out = _wp_adj_args->q_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def ssp_rk_substep(                                                                    <L 68>
    // tid = wp.tid()                                                                         <L 75>
    var_0 = builtin_tid1d();
    // u = u_curr[tid]                                                                        <L 76>
    var_1 = wp::address(var_u_curr, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // dqdt = rhs[tid]                                                                        <L 77>
    var_4 = wp::address(var_rhs, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // q_out[tid] = u + dt * dqdt                                                             <L 78>
    var_7 = wp::mul(var_dt, var_5);
    var_8 = wp::add(var_2, var_7);
    // wp::array_store(var_q_out, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_q_out, var_0, var_8, adj_q_out, adj_0, adj_8);
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_dt, var_5, adj_dt, adj_5, adj_7);
    // adj: q_out[tid] = u + dt * dqdt                                                        <L 78>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_4);
    // adj: dqdt = rhs[tid]                                                                   <L 77>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_u_curr, var_0, adj_u_curr, adj_0, adj_1);
    // adj: u = u_curr[tid]                                                                   <L 76>
    // adj: tid = wp.tid()                                                                    <L 75>
    // adj: def ssp_rk_substep(                                                               <L 68>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ssp_rk_substep_c88ee0d0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ssp_rk_substep_c88ee0d0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void ssp_rk_substep_c88ee0d0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->u_curr.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rhs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->q_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        ssp_rk_substep_c88ee0d0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        ssp_rk_substep_c88ee0d0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void ssp_rk_substep_c88ee0d0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args)
{
    ssp_rk_substep_c88ee0d0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ssp_rk_substep_c88ee0d0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ssp_rk_substep_c88ee0d0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void ssp_rk_substep_c88ee0d0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->u_curr.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->u_curr.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rhs.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->rhs.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->q_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->q_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        ssp_rk_substep_c88ee0d0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        ssp_rk_substep_c88ee0d0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void ssp_rk_substep_c88ee0d0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_args,
    wp_args_ssp_rk_substep_c88ee0d0 *_wp_adj_args)
{
    ssp_rk_substep_c88ee0d0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_combine_arrays_f6066bb0 {
    wp::array_t<wp::vec_t<2, wp::float32>> src;
    wp::array_t<wp::vec_t<2, wp::float32>> y;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void combine_arrays_f6066bb0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_combine_arrays_f6066bb0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_combine_arrays_f6066bb0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.src.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.y.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // forward
    // def combine_arrays(                                                                    <L 52>
    // tid = wp.tid()                                                                         <L 59>
    var_0 = builtin_tid1d();
    // if tid >= n:                                                                           <L 60>
    var_1 = (var_0 >= var_n);
    if (var_1) {
        // return                                                                             <L 61>
        return;
    }
    // x = src[tid]                                                                           <L 62>
    var_2 = wp::address(var_src, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // b = y[tid]                                                                             <L 63>
    var_5 = wp::address(var_y, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // out[tid] = x - b                                                                       <L 64>
    var_8 = wp::sub(var_3, var_6);
    wp::array_store(var_out, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void combine_arrays_f6066bb0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_combine_arrays_f6066bb0 *_wp_args,
    wp_args_combine_arrays_f6066bb0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_combine_arrays_f6066bb0 wp_contiguous_args;
    wp_args_combine_arrays_f6066bb0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.src.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.src.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.y.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.y.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_args.out.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        wp_contiguous_adj_args.out.strides[0] = sizeof(wp::vec_t<2, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_src = _wp_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_src = _wp_adj_args->src;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y = _wp_adj_args->y;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    wp::vec_t<2, wp::float32>* var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    wp::vec_t<2, wp::float32> var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    wp::vec_t<2, wp::float32> adj_8 = {};
    //---------
    // forward
    // def combine_arrays(                                                                    <L 52>
    // tid = wp.tid()                                                                         <L 59>
    var_0 = builtin_tid1d();
    // if tid >= n:                                                                           <L 60>
    var_1 = (var_0 >= var_n);
    if (var_1) {
        // return                                                                             <L 61>
        goto label0;
    }
    // x = src[tid]                                                                           <L 62>
    var_2 = wp::address(var_src, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // b = y[tid]                                                                             <L 63>
    var_5 = wp::address(var_y, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // out[tid] = x - b                                                                       <L 64>
    var_8 = wp::sub(var_3, var_6);
    // wp::array_store(var_out, var_0, var_8);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_8, adj_out, adj_0, adj_8);
    wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_8);
    // adj: out[tid] = x - b                                                                  <L 64>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_y, var_0, adj_y, adj_0, adj_5);
    // adj: b = y[tid]                                                                        <L 63>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_src, var_0, adj_src, adj_0, adj_2);
    // adj: x = src[tid]                                                                      <L 62>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 61>
    }
    // adj: if tid >= n:                                                                      <L 60>
    // adj: tid = wp.tid()                                                                    <L 59>
    // adj: def combine_arrays(                                                               <L 52>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void combine_arrays_f6066bb0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_f6066bb0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        combine_arrays_f6066bb0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void combine_arrays_f6066bb0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_f6066bb0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->src.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->y.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        combine_arrays_f6066bb0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        combine_arrays_f6066bb0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void combine_arrays_f6066bb0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_f6066bb0 *_wp_args)
{
    combine_arrays_f6066bb0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void combine_arrays_f6066bb0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_f6066bb0 *_wp_args,
    wp_args_combine_arrays_f6066bb0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        combine_arrays_f6066bb0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void combine_arrays_f6066bb0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_f6066bb0 *_wp_args,
    wp_args_combine_arrays_f6066bb0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->src.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->src.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->y.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->y.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_args->out.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)) & (_wp_adj_args->out.strides[0] == (int)sizeof(wp::vec_t<2, wp::float32>)));
    if (wp_linear_contiguous)
        combine_arrays_f6066bb0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        combine_arrays_f6066bb0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void combine_arrays_f6066bb0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_combine_arrays_f6066bb0 *_wp_args,
    wp_args_combine_arrays_f6066bb0 *_wp_adj_args)
{
    combine_arrays_f6066bb0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

