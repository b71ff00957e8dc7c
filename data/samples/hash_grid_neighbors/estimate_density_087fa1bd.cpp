// Warp 1.19.0 cpu code for estimate_density_087fa1bd.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// estimate_density.py:4
static wp::float32 poly6_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    bool var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def poly6(r: wp.vec3, h: float):                                                       <L 5>
    // d2 = wp.dot(r, r)                                                                      <L 6>
    var_0 = wp::dot(var_r, var_r);
    // if d2 >= h * h:                                                                        <L 7>
    var_1 = wp::mul(var_h, var_h);
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return 0.0                                                                         <L 8>
        return var_3;
    }
    // q = h * h - d2                                                                         <L 9>
    var_4 = wp::mul(var_h, var_h);
    var_5 = wp::sub(var_4, var_0);
    // return q * q * q                                                                       <L 10>
    var_6 = wp::mul(var_5, var_5);
    var_7 = wp::mul(var_6, var_5);
    return var_7;
}


// estimate_density.py:4
static void adj_poly6_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_h,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    bool var_2;
    const wp::float32 var_3 = 0.0;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    bool adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def poly6(r: wp.vec3, h: float):                                                       <L 5>
    // d2 = wp.dot(r, r)                                                                      <L 6>
    var_0 = wp::dot(var_r, var_r);
    // if d2 >= h * h:                                                                        <L 7>
    var_1 = wp::mul(var_h, var_h);
    var_2 = (var_0 >= var_1);
    if (var_2) {
        // return 0.0                                                                         <L 8>
        goto label0;
    }
    // q = h * h - d2                                                                         <L 9>
    var_4 = wp::mul(var_h, var_h);
    var_5 = wp::sub(var_4, var_0);
    // return q * q * q                                                                       <L 10>
    var_6 = wp::mul(var_5, var_5);
    var_7 = wp::mul(var_6, var_5);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_7 += adj_ret;
    wp::adj_mul(var_6, var_5, adj_6, adj_5, adj_7);
    wp::adj_mul(var_5, var_5, adj_5, adj_5, adj_6);
    // adj: return q * q * q                                                                  <L 10>
    wp::adj_sub(var_4, var_0, adj_4, adj_0, adj_5);
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_4);
    // adj: q = h * h - d2                                                                    <L 9>
    if (var_2) {
        label0:;
        adj_3 += adj_ret;
        // adj: return 0.0                                                                    <L 8>
    }
    wp::adj_mul(var_h, var_h, adj_h, adj_h, adj_1);
    // adj: if d2 >= h * h:                                                                   <L 7>
    wp::adj_dot(var_r, var_r, adj_r, adj_r, adj_0);
    // adj: d2 = wp.dot(r, r)                                                                 <L 6>
    // adj: def poly6(r: wp.vec3, h: float):                                                  <L 5>
    return;
}

struct wp_args_estimate_density_4d2209a9 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> particle_mass;
    wp::float32 particle_radius;
    wp::array_t<wp::float32> particle_rho;
};


template <bool wp_linear_contiguous>
static void estimate_density_4d2209a9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_estimate_density_4d2209a9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_estimate_density_4d2209a9 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::hash_grid_query_f var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 315.0;
    wp::float32 var_19;
    const wp::float32 var_20 = 64.0;
    const wp::float32 var_21 = 3.141592653589793;
    wp::float32 var_22;
    const wp::float32 var_23 = 9.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def estimate_density(                                                                  <L 14>
    // tid = wp.tid()                                                                         <L 22>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 23>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = particle_x[i]                                                                      <L 24>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // mass = particle_mass[i]                                                                <L 25>
    var_5 = wp::address(var_particle_mass, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // rho = float(0.0)                                                                       <L 28>
    var_9 = wp::float(var_8);
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 29>
    var_10 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // rho += poly6(x - particle_x[j], particle_radius)                                   <L 30>
        var_12 = wp::address(var_particle_x, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_3, var_14);
        var_15 = poly6_0(var_13, var_particle_radius);
        var_16 = wp::add(var_9, var_15);
        wp::assign(var_9, var_16);
        goto start_for_0;
    end_for_0:;
    // particle_rho[i] = mass * rho * 315.0 / (64.0 * wp.pi * wp.pow(particle_radius, 9.0))       <L 31>
    var_17 = wp::mul(var_6, var_9);
    var_19 = wp::mul(var_17, var_18);
    var_22 = wp::mul(var_20, var_21);
    var_24 = wp::pow(var_particle_radius, var_23);
    var_25 = wp::mul(var_22, var_24);
    var_26 = wp::div(var_19, var_25);
    wp::array_store(var_particle_rho, var_1, var_26);
}



template <bool wp_linear_contiguous>
static void estimate_density_4d2209a9_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_estimate_density_4d2209a9 *_wp_args,
    wp_args_estimate_density_4d2209a9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_estimate_density_4d2209a9 wp_contiguous_args;
    wp_args_estimate_density_4d2209a9 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_rho.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_particle_mass = _wp_adj_args->particle_mass;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::float32 var_8 = 0.0;
    wp::float32 var_9;
    wp::hash_grid_query_f var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 315.0;
    wp::float32 var_19;
    const wp::float32 var_20 = 64.0;
    const wp::float32 var_21 = 3.141592653589793;
    wp::float32 var_22;
    const wp::float32 var_23 = 9.0;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::hash_grid_query_f adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    //---------
    // forward
    // def estimate_density(                                                                  <L 14>
    // tid = wp.tid()                                                                         <L 22>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 23>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = particle_x[i]                                                                      <L 24>
    var_2 = wp::address(var_particle_x, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // mass = particle_mass[i]                                                                <L 25>
    var_5 = wp::address(var_particle_mass, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // rho = float(0.0)                                                                       <L 28>
    var_9 = wp::float(var_8);
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 29>
    var_10 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    // particle_rho[i] = mass * rho * 315.0 / (64.0 * wp.pi * wp.pow(particle_radius, 9.0))       <L 31>
    var_17 = wp::mul(var_6, var_9);
    var_19 = wp::mul(var_17, var_18);
    var_22 = wp::mul(var_20, var_21);
    var_24 = wp::pow(var_particle_radius, var_23);
    var_25 = wp::mul(var_22, var_24);
    var_26 = wp::div(var_19, var_25);
    // wp::array_store(var_particle_rho, var_1, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_particle_rho, var_1, var_26, adj_particle_rho, adj_1, adj_26);
    wp::adj_div(var_19, var_25, var_26, adj_19, adj_25, adj_26);
    wp::adj_mul(var_22, var_24, adj_22, adj_24, adj_25);
    wp::adj_pow(var_particle_radius, var_23, var_24, adj_particle_radius, adj_23, adj_24);
    wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
    wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_mul(var_6, var_9, adj_6, adj_9, adj_17);
    // adj: particle_rho[i] = mass * rho * 315.0 / (64.0 * wp.pi * wp.pow(particle_radius, 9.0))  <L 31>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
        // rho += poly6(x - particle_x[j], particle_radius)                                   <L 30>
        var_12 = wp::address(var_particle_x, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_3, var_14);
        var_15 = poly6_0(var_13, var_particle_radius);
        var_16 = wp::add(var_9, var_15);
        wp::assign(var_9, var_16);
        wp::adj_assign(var_9, var_16, adj_9, adj_16);
        wp::adj_add(var_9, var_15, adj_9, adj_15, adj_16);
        adj_poly6_0(var_13, var_particle_radius, adj_13, adj_particle_radius, adj_15);
        wp::adj_sub(var_3, var_14, adj_3, adj_12, adj_13);
        wp::adj_address(var_particle_x, var_11, adj_particle_x, adj_11, adj_12);
        // adj: rho += poly6(x - particle_x[j], particle_radius)                              <L 30>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 29>
    wp::adj_float(var_8, adj_8, adj_9);
    // adj: rho = float(0.0)                                                                  <L 28>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_mass, var_1, adj_particle_mass, adj_1, adj_5);
    // adj: mass = particle_mass[i]                                                           <L 25>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_2);
    // adj: x = particle_x[i]                                                                 <L 24>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 23>
    // adj: tid = wp.tid()                                                                    <L 22>
    // adj: def estimate_density(                                                             <L 14>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void estimate_density_4d2209a9_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_density_4d2209a9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        estimate_density_4d2209a9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void estimate_density_4d2209a9_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_density_4d2209a9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        estimate_density_4d2209a9_cpu_forward_tasks<true>(dim, _wp_args);
    else
        estimate_density_4d2209a9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void estimate_density_4d2209a9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_density_4d2209a9 *_wp_args)
{
    estimate_density_4d2209a9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void estimate_density_4d2209a9_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_density_4d2209a9 *_wp_args,
    wp_args_estimate_density_4d2209a9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        estimate_density_4d2209a9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void estimate_density_4d2209a9_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_density_4d2209a9 *_wp_args,
    wp_args_estimate_density_4d2209a9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_rho.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        estimate_density_4d2209a9_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        estimate_density_4d2209a9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void estimate_density_4d2209a9_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_estimate_density_4d2209a9 *_wp_args,
    wp_args_estimate_density_4d2209a9 *_wp_adj_args)
{
    estimate_density_4d2209a9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

