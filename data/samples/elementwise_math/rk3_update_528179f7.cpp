// Warp 1.19.0 cpu code for rk3_update_528179f7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// rk3_update.py:68
static wp::float32 capsule_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def capsule_distance(p: wp.vec3, radius: float, half_height: float):                   <L 69>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 71>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 72>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    return var_9;
}


// rk3_update.py:75
static wp::float32 soft_inside_0(
    wp::float32 var_d,
    wp::float32 var_sigma)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 1.41421356;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def soft_inside(d: float, sigma: float):                                               <L 76>
    // return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))                                  <L 77>
    var_3 = wp::mul(var_2, var_sigma);
    var_4 = wp::div(var_d, var_3);
    var_5 = wp::erf(var_4);
    var_6 = wp::sub(var_1, var_5);
    var_7 = wp::mul(var_0, var_6);
    return var_7;
}


// rk3_update.py:68
static void adj_capsule_distance_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_half_height,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def capsule_distance(p: wp.vec3, radius: float, half_height: float):                   <L 69>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 71>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 72>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_sub(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: return wp.length(p - axis_point) - radius                                         <L 72>
    wp::adj_vec_t(var_0, var_4, var_5, adj_0, adj_4, adj_5, adj_6);
    wp::adj_clamp(var_2, var_3, var_half_height, adj_2, adj_3, adj_half_height, adj_4);
    wp::adj_neg(var_half_height, adj_half_height, adj_3);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)         <L 71>
    // adj: def capsule_distance(p: wp.vec3, radius: float, half_height: float):              <L 69>
    return;
}


// rk3_update.py:75
static void adj_soft_inside_0(
    wp::float32 var_d,
    wp::float32 var_sigma,
    wp::float32 & adj_d,
    wp::float32 & adj_sigma,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    const wp::float32 var_1 = 1.0;
    const wp::float32 var_2 = 1.41421356;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def soft_inside(d: float, sigma: float):                                               <L 76>
    // return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))                                  <L 77>
    var_3 = wp::mul(var_2, var_sigma);
    var_4 = wp::div(var_d, var_3);
    var_5 = wp::erf(var_4);
    var_6 = wp::sub(var_1, var_5);
    var_7 = wp::mul(var_0, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_mul(var_0, var_6, adj_0, adj_6, adj_7);
    wp::adj_sub(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_erf(var_4, adj_4, adj_5);
    wp::adj_div(var_d, var_3, var_4, adj_d, adj_3, adj_4);
    wp::adj_mul(var_2, var_sigma, adj_2, adj_sigma, adj_3);
    // adj: return 0.5 * (1.0 - wp.erf(d / (1.41421356 * sigma)))                             <L 77>
    // adj: def soft_inside(d: float, sigma: float):                                          <L 76>
    return;
}

struct wp_args_rk3_update_563ecdb2 {
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::float32> u_start;
    wp::array_t<wp::float32> q;
    wp::array_t<wp::float32> k;
    wp::float32 c0;
    wp::float32 c1;
    wp::float32 c2;
    wp::float32 sim_dt;
    wp::array_t<wp::float32> u_next;
};


template <bool wp_linear_contiguous>
static void rk3_update_563ecdb2_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rk3_update_563ecdb2 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_rk3_update_563ecdb2 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.u_start.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.k.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.u_next.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::float32> var_u_start = _wp_args->u_start;
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::array_t<wp::float32> var_k = _wp_args->k;
    wp::float32 var_c0 = _wp_args->c0;
    wp::float32 var_c1 = _wp_args->c1;
    wp::float32 var_c2 = _wp_args->c2;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::array_t<wp::float32> var_u_next = _wp_args->u_next;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    //---------
    // forward
    // def rk3_update(                                                                        <L 9>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // if particle_inv_mass[tid] == 0.0:                                                      <L 23>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 24>
        return;
    }
    // u = q[tid]                                                                             <L 25>
    var_5 = wp::address(var_q, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // rhs = k[tid]                                                                           <L 26>
    var_8 = wp::address(var_k, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // u_next[tid] = c0 * u_start[tid] + c1 * u + c2 * sim_dt * rhs                           <L 27>
    var_11 = wp::address(var_u_start, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_c0, var_13);
    var_14 = wp::mul(var_c1, var_6);
    var_15 = wp::add(var_12, var_14);
    var_16 = wp::mul(var_c2, var_sim_dt);
    var_17 = wp::mul(var_16, var_9);
    var_18 = wp::add(var_15, var_17);
    wp::array_store(var_u_next, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void rk3_update_563ecdb2_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_rk3_update_563ecdb2 *_wp_args,
    wp_args_rk3_update_563ecdb2 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_rk3_update_563ecdb2 wp_contiguous_args;
    wp_args_rk3_update_563ecdb2 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.u_start.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.u_start.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.q.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.q.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.k.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.k.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.u_next.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.u_next.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::float32> var_u_start = _wp_args->u_start;
    wp::array_t<wp::float32> var_q = _wp_args->q;
    wp::array_t<wp::float32> var_k = _wp_args->k;
    wp::float32 var_c0 = _wp_args->c0;
    wp::float32 var_c1 = _wp_args->c1;
    wp::float32 var_c2 = _wp_args->c2;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::array_t<wp::float32> var_u_next = _wp_args->u_next;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::float32> adj_u_start = _wp_adj_args->u_start;
    wp::array_t<wp::float32> adj_q = _wp_adj_args->q;
    wp::array_t<wp::float32> adj_k = _wp_adj_args->k;
    wp::float32 adj_c0 = _wp_adj_args->c0;
    wp::float32 adj_c1 = _wp_adj_args->c1;
    wp::float32 adj_c2 = _wp_adj_args->c2;
    wp::float32 adj_sim_dt = _wp_adj_args->sim_dt;
    wp::array_t<wp::float32> adj_u_next = _wp_adj_args->u_next;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    //---------
    // forward
    // def rk3_update(                                                                        <L 9>
    // tid = wp.tid()                                                                         <L 21>
    var_0 = builtin_tid1d();
    // if particle_inv_mass[tid] == 0.0:                                                      <L 23>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 24>
        goto label0;
    }
    // u = q[tid]                                                                             <L 25>
    var_5 = wp::address(var_q, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // rhs = k[tid]                                                                           <L 26>
    var_8 = wp::address(var_k, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // u_next[tid] = c0 * u_start[tid] + c1 * u + c2 * sim_dt * rhs                           <L 27>
    var_11 = wp::address(var_u_start, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::mul(var_c0, var_13);
    var_14 = wp::mul(var_c1, var_6);
    var_15 = wp::add(var_12, var_14);
    var_16 = wp::mul(var_c2, var_sim_dt);
    var_17 = wp::mul(var_16, var_9);
    var_18 = wp::add(var_15, var_17);
    // wp::array_store(var_u_next, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_u_next, var_0, var_18, adj_u_next, adj_0, adj_18);
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_mul(var_16, var_9, adj_16, adj_9, adj_17);
    wp::adj_mul(var_c2, var_sim_dt, adj_c2, adj_sim_dt, adj_16);
    wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_mul(var_c1, var_6, adj_c1, adj_6, adj_14);
    wp::adj_mul(var_c0, var_13, adj_c0, adj_11, adj_12);
    wp::adj_address(var_u_start, var_0, adj_u_start, adj_0, adj_11);
    // adj: u_next[tid] = c0 * u_start[tid] + c1 * u + c2 * sim_dt * rhs                      <L 27>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_k, var_0, adj_k, adj_0, adj_8);
    // adj: rhs = k[tid]                                                                      <L 26>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_q, var_0, adj_q, adj_0, adj_5);
    // adj: u = q[tid]                                                                        <L 25>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
    // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 23>
    // adj: tid = wp.tid()                                                                    <L 21>
    // adj: def rk3_update(                                                                   <L 9>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void rk3_update_563ecdb2_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_rk3_update_563ecdb2 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rk3_update_563ecdb2_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void rk3_update_563ecdb2_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_rk3_update_563ecdb2 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->u_start.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->k.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->u_next.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        rk3_update_563ecdb2_cpu_forward_tasks<true>(dim, _wp_args);
    else
        rk3_update_563ecdb2_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void rk3_update_563ecdb2_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rk3_update_563ecdb2 *_wp_args)
{
    rk3_update_563ecdb2_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void rk3_update_563ecdb2_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_rk3_update_563ecdb2 *_wp_args,
    wp_args_rk3_update_563ecdb2 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        rk3_update_563ecdb2_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void rk3_update_563ecdb2_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_rk3_update_563ecdb2 *_wp_args,
    wp_args_rk3_update_563ecdb2 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->u_start.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->u_start.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->q.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->q.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->k.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->k.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->u_next.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->u_next.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        rk3_update_563ecdb2_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        rk3_update_563ecdb2_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void rk3_update_563ecdb2_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_rk3_update_563ecdb2 *_wp_args,
    wp_args_rk3_update_563ecdb2 *_wp_adj_args)
{
    rk3_update_563ecdb2_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_blend_arrays_e2248c9b {
    wp::array_t<wp::vec_t<3, wp::float32>> values;
    wp::array_t<wp::vec_t<3, wp::float32>> other;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_points_local;
    wp::array_t<wp::float32> half_heights;
    wp::float32 particle_radius;
    wp::float32 sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> output;
};


template <bool wp_linear_contiguous>
static void blend_arrays_e2248c9b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_blend_arrays_e2248c9b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_blend_arrays_e2248c9b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_points_local.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.half_heights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.output.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_points_local = _wp_args->contact_points_local;
    wp::array_t<wp::float32> var_half_heights = _wp_args->half_heights;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> var_output = _wp_args->output;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def blend_arrays(                                                                      <L 81>
    // tid = wp.tid()                                                                         <L 91>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 92>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = other[tid]                                                                         <L 93>
    var_4 = wp::address(var_other, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // sdf = capsule_distance(contact_points_local[tid], particle_radius, half_heights[tid])       <L 94>
    var_7 = wp::address(var_contact_points_local, var_0);
    var_8 = wp::address(var_half_heights, var_0);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = capsule_distance_0(var_10, var_particle_radius, var_11);
    // w = soft_inside(sdf, sigma)                                                            <L 95>
    var_12 = soft_inside_0(var_9, var_sigma);
    // output[tid] = x + (y - x) * w                                                          <L 96>
    var_13 = wp::sub(var_5, var_2);
    var_14 = wp::mul(var_13, var_12);
    var_15 = wp::add(var_2, var_14);
    wp::array_store(var_output, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void blend_arrays_e2248c9b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_blend_arrays_e2248c9b *_wp_args,
    wp_args_blend_arrays_e2248c9b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_blend_arrays_e2248c9b wp_contiguous_args;
    wp_args_blend_arrays_e2248c9b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.values.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.other.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_points_local.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_points_local.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.half_heights.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.half_heights.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.output.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.output.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> var_other = _wp_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_points_local = _wp_args->contact_points_local;
    wp::array_t<wp::float32> var_half_heights = _wp_args->half_heights;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_sigma = _wp_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> var_output = _wp_args->output;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other = _wp_adj_args->other;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_points_local = _wp_adj_args->contact_points_local;
    wp::array_t<wp::float32> adj_half_heights = _wp_adj_args->half_heights;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::float32 adj_sigma = _wp_adj_args->sigma;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_output = _wp_adj_args->output;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def blend_arrays(                                                                      <L 81>
    // tid = wp.tid()                                                                         <L 91>
    var_0 = builtin_tid1d();
    // x = values[tid]                                                                        <L 92>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // y = other[tid]                                                                         <L 93>
    var_4 = wp::address(var_other, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // sdf = capsule_distance(contact_points_local[tid], particle_radius, half_heights[tid])       <L 94>
    var_7 = wp::address(var_contact_points_local, var_0);
    var_8 = wp::address(var_half_heights, var_0);
    var_10 = wp::load(var_7);
    var_11 = wp::load(var_8);
    var_9 = capsule_distance_0(var_10, var_particle_radius, var_11);
    // w = soft_inside(sdf, sigma)                                                            <L 95>
    var_12 = soft_inside_0(var_9, var_sigma);
    // output[tid] = x + (y - x) * w                                                          <L 96>
    var_13 = wp::sub(var_5, var_2);
    var_14 = wp::mul(var_13, var_12);
    var_15 = wp::add(var_2, var_14);
    // wp::array_store(var_output, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_output, var_0, var_15, adj_output, adj_0, adj_15);
    wp::adj_add(var_2, var_14, adj_2, adj_14, adj_15);
    wp::adj_mul(var_13, var_12, adj_13, adj_12, adj_14);
    wp::adj_sub(var_5, var_2, adj_5, adj_2, adj_13);
    // adj: output[tid] = x + (y - x) * w                                                     <L 96>
    adj_soft_inside_0(var_9, var_sigma, adj_9, adj_sigma, adj_12);
    // adj: w = soft_inside(sdf, sigma)                                                       <L 95>
    adj_capsule_distance_0(var_10, var_particle_radius, var_11, adj_7, adj_particle_radius, adj_8, adj_9);
    wp::adj_address(var_half_heights, var_0, adj_half_heights, adj_0, adj_8);
    wp::adj_address(var_contact_points_local, var_0, adj_contact_points_local, adj_0, adj_7);
    // adj: sdf = capsule_distance(contact_points_local[tid], particle_radius, half_heights[tid])  <L 94>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_other, var_0, adj_other, adj_0, adj_4);
    // adj: y = other[tid]                                                                    <L 93>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x = values[tid]                                                                   <L 92>
    // adj: tid = wp.tid()                                                                    <L 91>
    // adj: def blend_arrays(                                                                 <L 81>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void blend_arrays_e2248c9b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_arrays_e2248c9b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blend_arrays_e2248c9b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void blend_arrays_e2248c9b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_arrays_e2248c9b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_points_local.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->half_heights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->output.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        blend_arrays_e2248c9b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        blend_arrays_e2248c9b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void blend_arrays_e2248c9b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_arrays_e2248c9b *_wp_args)
{
    blend_arrays_e2248c9b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void blend_arrays_e2248c9b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_arrays_e2248c9b *_wp_args,
    wp_args_blend_arrays_e2248c9b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        blend_arrays_e2248c9b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void blend_arrays_e2248c9b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_arrays_e2248c9b *_wp_args,
    wp_args_blend_arrays_e2248c9b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->values.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->other.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_points_local.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_points_local.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->half_heights.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->half_heights.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->output.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->output.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        blend_arrays_e2248c9b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        blend_arrays_e2248c9b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void blend_arrays_e2248c9b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_blend_arrays_e2248c9b *_wp_args,
    wp_args_blend_arrays_e2248c9b *_wp_adj_args)
{
    blend_arrays_e2248c9b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_update_phase_f4161aae {
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::float32> phases;
    wp::float32 angular_freq;
    wp::float32 sim_dt;
    wp::float32 amplitude;
    wp::array_t<wp::float32> phases_out;
    wp::array_t<wp::float32> wave;
};


template <bool wp_linear_contiguous>
static void update_phase_f4161aae_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_phase_f4161aae *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_phase_f4161aae wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.wave.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::float32 var_angular_freq = _wp_args->angular_freq;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_phases_out = _wp_args->phases_out;
    wp::array_t<wp::float32> var_wave = _wp_args->wave;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 6.283185307179586;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // forward
    // def update_phase(                                                                      <L 31>
    // tid = wp.tid()                                                                         <L 40>
    var_0 = builtin_tid1d();
    // flag = particle_flags[tid]                                                             <L 41>
    var_1 = wp::address(var_particle_flags, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if flag == 0:                                                                          <L 42>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 43>
        return;
    }
    // theta = phases[tid]                                                                    <L 44>
    var_6 = wp::address(var_phases, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // theta_next = theta + angular_freq * sim_dt                                             <L 45>
    var_9 = wp::mul(var_angular_freq, var_sim_dt);
    var_10 = wp::add(var_7, var_9);
    // if theta_next >= TWO_PI:                                                               <L 46>
    var_12 = (var_10 >= var_11);
    if (var_12) {
        // theta_next -= TWO_PI                                                               <L 47>
        var_13 = wp::sub(var_10, var_11);
    }
    var_14 = wp::where(var_12, var_13, var_10);
    // phases_out[tid] = theta_next                                                           <L 48>
    wp::array_store(var_phases_out, var_0, var_14);
    // wave[tid] = amplitude * wp.sin(theta_next)                                             <L 49>
    var_15 = wp::sin(var_14);
    var_16 = wp::mul(var_amplitude, var_15);
    wp::array_store(var_wave, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void update_phase_f4161aae_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_update_phase_f4161aae *_wp_args,
    wp_args_update_phase_f4161aae *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_update_phase_f4161aae wp_contiguous_args;
    wp_args_update_phase_f4161aae wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phases_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.phases_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.wave.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.wave.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::float32> var_phases = _wp_args->phases;
    wp::float32 var_angular_freq = _wp_args->angular_freq;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::float32 var_amplitude = _wp_args->amplitude;
    wp::array_t<wp::float32> var_phases_out = _wp_args->phases_out;
    wp::array_t<wp::float32> var_wave = _wp_args->wave;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::float32> adj_phases = _wp_adj_args->phases;
    wp::float32 adj_angular_freq = _wp_adj_args->angular_freq;
    wp::float32 adj_sim_dt = _wp_adj_args->sim_dt;
    wp::float32 adj_amplitude = _wp_adj_args->amplitude;
    wp::array_t<wp::float32> adj_phases_out = _wp_adj_args->phases_out;
    wp::array_t<wp::float32> adj_wave = _wp_adj_args->wave;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 6.283185307179586;
    bool var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    //---------
    // forward
    // def update_phase(                                                                      <L 31>
    // tid = wp.tid()                                                                         <L 40>
    var_0 = builtin_tid1d();
    // flag = particle_flags[tid]                                                             <L 41>
    var_1 = wp::address(var_particle_flags, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if flag == 0:                                                                          <L 42>
    var_5 = (var_2 == var_4);
    if (var_5) {
        // return                                                                             <L 43>
        goto label0;
    }
    // theta = phases[tid]                                                                    <L 44>
    var_6 = wp::address(var_phases, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // theta_next = theta + angular_freq * sim_dt                                             <L 45>
    var_9 = wp::mul(var_angular_freq, var_sim_dt);
    var_10 = wp::add(var_7, var_9);
    // if theta_next >= TWO_PI:                                                               <L 46>
    var_12 = (var_10 >= var_11);
    if (var_12) {
        // theta_next -= TWO_PI                                                               <L 47>
        var_13 = wp::sub(var_10, var_11);
    }
    var_14 = wp::where(var_12, var_13, var_10);
    // phases_out[tid] = theta_next                                                           <L 48>
    // wp::array_store(var_phases_out, var_0, var_14);
    // wave[tid] = amplitude * wp.sin(theta_next)                                             <L 49>
    var_15 = wp::sin(var_14);
    var_16 = wp::mul(var_amplitude, var_15);
    // wp::array_store(var_wave, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_wave, var_0, var_16, adj_wave, adj_0, adj_16);
    wp::adj_mul(var_amplitude, var_15, adj_amplitude, adj_15, adj_16);
    wp::adj_sin(var_14, adj_14, adj_15);
    // adj: wave[tid] = amplitude * wp.sin(theta_next)                                        <L 49>
    wp::adj_array_store(var_phases_out, var_0, var_14, adj_phases_out, adj_0, adj_14);
    // adj: phases_out[tid] = theta_next                                                      <L 48>
    wp::adj_where(var_12, var_13, var_10, adj_12, adj_13, adj_10, adj_14);
    if (var_12) {
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_13);
        // adj: theta_next -= TWO_PI                                                          <L 47>
    }
    // adj: if theta_next >= TWO_PI:                                                          <L 46>
    wp::adj_add(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_mul(var_angular_freq, var_sim_dt, adj_angular_freq, adj_sim_dt, adj_9);
    // adj: theta_next = theta + angular_freq * sim_dt                                        <L 45>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_6);
    // adj: theta = phases[tid]                                                               <L 44>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 43>
    }
    // adj: if flag == 0:                                                                     <L 42>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
    // adj: flag = particle_flags[tid]                                                        <L 41>
    // adj: tid = wp.tid()                                                                    <L 40>
    // adj: def update_phase(                                                                 <L 31>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_phase_f4161aae_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_phase_f4161aae *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_phase_f4161aae_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void update_phase_f4161aae_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_phase_f4161aae *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->wave.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        update_phase_f4161aae_cpu_forward_tasks<true>(dim, _wp_args);
    else
        update_phase_f4161aae_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void update_phase_f4161aae_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_phase_f4161aae *_wp_args)
{
    update_phase_f4161aae_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void update_phase_f4161aae_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_phase_f4161aae *_wp_args,
    wp_args_update_phase_f4161aae *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        update_phase_f4161aae_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void update_phase_f4161aae_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_phase_f4161aae *_wp_args,
    wp_args_update_phase_f4161aae *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phases_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->phases_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->wave.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->wave.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        update_phase_f4161aae_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        update_phase_f4161aae_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void update_phase_f4161aae_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_update_phase_f4161aae *_wp_args,
    wp_args_update_phase_f4161aae *_wp_adj_args)
{
    update_phase_f4161aae_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_calibrate_readings_fd2c43fa {
    wp::array_t<wp::float64> data;
    wp::array_t<wp::float64> coeffs;
    wp::array_t<wp::float64> estimate;
};


template <bool wp_linear_contiguous>
static void calibrate_readings_fd2c43fa_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_calibrate_readings_fd2c43fa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_data = _wp_args->data;
    wp::array_t<wp::float64> var_coeffs = _wp_args->coeffs;
    wp::array_t<wp::float64> var_estimate = _wp_args->estimate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 3;
    wp::float64* var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    const wp::int32 var_13 = 2;
    wp::float64 var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 1;
    wp::float64 var_19;
    wp::float64* var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    const wp::int32 var_23 = 0;
    wp::float64 var_24;
    wp::float64* var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    //---------
    // forward
    // def calibrate_readings(                                                                <L 53>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 59>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ch = tid % coeffs.shape[0]                                                             <L 60>
    var_4 = &(var_coeffs.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::mod(var_0, var_6);
    // y = coeffs[ch, DEGREE]                                                                 <L 62>
    var_10 = wp::address(var_coeffs, var_8, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // for k in range(wp.static(DEGREE - 1), -1, -1):                                         <L 63>
    // y = y * x + coeffs[ch, k]                                                              <L 64>
    var_14 = wp::mul(var_11, var_2);
    var_15 = wp::address(var_coeffs, var_8, var_13);
    var_17 = wp::load(var_15);
    var_16 = wp::add(var_14, var_17);
    var_19 = wp::mul(var_16, var_2);
    var_20 = wp::address(var_coeffs, var_8, var_18);
    var_22 = wp::load(var_20);
    var_21 = wp::add(var_19, var_22);
    var_24 = wp::mul(var_21, var_2);
    var_25 = wp::address(var_coeffs, var_8, var_23);
    var_27 = wp::load(var_25);
    var_26 = wp::add(var_24, var_27);
    // estimate[tid] = y                                                                      <L 65>
    wp::array_store(var_estimate, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void calibrate_readings_fd2c43fa_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_calibrate_readings_fd2c43fa *_wp_args,
    wp_args_calibrate_readings_fd2c43fa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_data = _wp_args->data;
    wp::array_t<wp::float64> var_coeffs = _wp_args->coeffs;
    wp::array_t<wp::float64> var_estimate = _wp_args->estimate;
    wp::array_t<wp::float64> adj_data = _wp_adj_args->data;
    wp::array_t<wp::float64> adj_coeffs = _wp_adj_args->coeffs;
    wp::array_t<wp::float64> adj_estimate = _wp_adj_args->estimate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 3;
    wp::float64* var_10;
    wp::float64 var_11;
    wp::float64 var_12;
    const wp::int32 var_13 = 2;
    wp::float64 var_14;
    wp::float64* var_15;
    wp::float64 var_16;
    wp::float64 var_17;
    const wp::int32 var_18 = 1;
    wp::float64 var_19;
    wp::float64* var_20;
    wp::float64 var_21;
    wp::float64 var_22;
    const wp::int32 var_23 = 0;
    wp::float64 var_24;
    wp::float64* var_25;
    wp::float64 var_26;
    wp::float64 var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float64 adj_11 = {};
    wp::float64 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float64 adj_14 = {};
    wp::float64 adj_15 = {};
    wp::float64 adj_16 = {};
    wp::float64 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float64 adj_19 = {};
    wp::float64 adj_20 = {};
    wp::float64 adj_21 = {};
    wp::float64 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float64 adj_24 = {};
    wp::float64 adj_25 = {};
    wp::float64 adj_26 = {};
    wp::float64 adj_27 = {};
    //---------
    // forward
    // def calibrate_readings(                                                                <L 53>
    // tid = wp.tid()                                                                         <L 58>
    var_0 = builtin_tid1d();
    // x = data[tid]                                                                          <L 59>
    var_1 = wp::address(var_data, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // ch = tid % coeffs.shape[0]                                                             <L 60>
    var_4 = &(var_coeffs.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::mod(var_0, var_6);
    // y = coeffs[ch, DEGREE]                                                                 <L 62>
    var_10 = wp::address(var_coeffs, var_8, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // for k in range(wp.static(DEGREE - 1), -1, -1):                                         <L 63>
    // y = y * x + coeffs[ch, k]                                                              <L 64>
    var_14 = wp::mul(var_11, var_2);
    var_15 = wp::address(var_coeffs, var_8, var_13);
    var_17 = wp::load(var_15);
    var_16 = wp::add(var_14, var_17);
    var_19 = wp::mul(var_16, var_2);
    var_20 = wp::address(var_coeffs, var_8, var_18);
    var_22 = wp::load(var_20);
    var_21 = wp::add(var_19, var_22);
    var_24 = wp::mul(var_21, var_2);
    var_25 = wp::address(var_coeffs, var_8, var_23);
    var_27 = wp::load(var_25);
    var_26 = wp::add(var_24, var_27);
    // estimate[tid] = y                                                                      <L 65>
    // wp::array_store(var_estimate, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_estimate, var_0, var_26, adj_estimate, adj_0, adj_26);
    // adj: estimate[tid] = y                                                                 <L 65>
    wp::adj_add(var_24, var_27, adj_24, adj_25, adj_26);
    wp::adj_address(var_coeffs, var_8, var_23, adj_coeffs, adj_8, adj_23, adj_25);
    wp::adj_mul(var_21, var_2, adj_21, adj_2, adj_24);
    wp::adj_add(var_19, var_22, adj_19, adj_20, adj_21);
    wp::adj_address(var_coeffs, var_8, var_18, adj_coeffs, adj_8, adj_18, adj_20);
    wp::adj_mul(var_16, var_2, adj_16, adj_2, adj_19);
    wp::adj_add(var_14, var_17, adj_14, adj_15, adj_16);
    wp::adj_address(var_coeffs, var_8, var_13, adj_coeffs, adj_8, adj_13, adj_15);
    wp::adj_mul(var_11, var_2, adj_11, adj_2, adj_14);
    // adj: y = y * x + coeffs[ch, k]                                                         <L 64>
    // adj: for k in range(wp.static(DEGREE - 1), -1, -1):                                    <L 63>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_coeffs, var_8, var_9, adj_coeffs, adj_8, adj_9, adj_10);
    // adj: y = coeffs[ch, DEGREE]                                                            <L 62>
    wp::adj_mod(var_0, var_6, adj_0, adj_6, adj_8);
    adj_coeffs.shape = adj_4;
    // adj: ch = tid % coeffs.shape[0]                                                        <L 60>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
    // adj: x = data[tid]                                                                     <L 59>
    // adj: tid = wp.tid()                                                                    <L 58>
    // adj: def calibrate_readings(                                                           <L 53>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void calibrate_readings_fd2c43fa_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_calibrate_readings_fd2c43fa *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        calibrate_readings_fd2c43fa_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void calibrate_readings_fd2c43fa_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_calibrate_readings_fd2c43fa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    calibrate_readings_fd2c43fa_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void calibrate_readings_fd2c43fa_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_calibrate_readings_fd2c43fa *_wp_args)
{
    calibrate_readings_fd2c43fa_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void calibrate_readings_fd2c43fa_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_calibrate_readings_fd2c43fa *_wp_args,
    wp_args_calibrate_readings_fd2c43fa *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        calibrate_readings_fd2c43fa_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void calibrate_readings_fd2c43fa_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_calibrate_readings_fd2c43fa *_wp_args,
    wp_args_calibrate_readings_fd2c43fa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    calibrate_readings_fd2c43fa_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void calibrate_readings_fd2c43fa_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_calibrate_readings_fd2c43fa *_wp_args,
    wp_args_calibrate_readings_fd2c43fa *_wp_adj_args)
{
    calibrate_readings_fd2c43fa_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

