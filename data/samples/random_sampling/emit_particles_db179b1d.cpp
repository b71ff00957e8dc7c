// Warp 1.19.0 cpu code for emit_particles_db179b1d.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_emit_particles_cffe933d {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> rates;
    wp::int32 rng_seed;
    wp::float32 dt;
    wp::float32 particle_radius;
    wp::array_t<wp::int32> particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> points_out;
};


template <bool wp_linear_contiguous>
static void emit_particles_cffe933d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_particles_cffe933d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_particles_cffe933d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rates.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_rates = _wp_args->rates;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_particle_count = _wp_args->particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::uint32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    bool var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def emit_particles(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 16>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // x = particle_x[tid]                                                                    <L 17>
    var_2 = wp::address(var_particle_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lam = rates[tid]                                                                       <L 18>
    var_5 = wp::address(var_rates, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_new = int(wp.poisson(rng, lam * dt))                                               <L 19>
    var_8 = wp::mul(var_6, var_dt);
    var_9 = wp::poisson(var_1, var_8);
    var_10 = wp::int(var_9);
    // first = wp.atomic_add(particle_count, 0, num_new)                                      <L 21>
    var_12 = wp::atomic_add(var_particle_count, var_11, var_10);
    // for k in range(num_new):                                                               <L 22>
    var_13 = wp::range(var_10);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // slot = first + k                                                                   <L 23>
        var_15 = wp::add(var_12, var_14);
        // if slot < points_out.shape[0]:                                                     <L 25>
        var_16 = &(var_points_out.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = (var_15 < var_18);
        if (var_20) {
            // points_out[slot] = (x + particle_v[tid] * dt) + wp.sample_unit_sphere(rng) * particle_radius       <L 26>
            var_21 = wp::address(var_particle_v, var_0);
            var_23 = wp::load(var_21);
            var_22 = wp::mul(var_23, var_dt);
            var_24 = wp::add(var_3, var_22);
            var_25 = wp::sample_unit_sphere(var_1);
            var_26 = wp::mul(var_25, var_particle_radius);
            var_27 = wp::add(var_24, var_26);
            wp::array_store(var_points_out, var_15, var_27);
        }
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void emit_particles_cffe933d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_particles_cffe933d *_wp_args,
    wp_args_emit_particles_cffe933d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_particles_cffe933d wp_contiguous_args;
    wp_args_emit_particles_cffe933d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rates.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.rates.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_rates = _wp_args->rates;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_particle_count = _wp_args->particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out = _wp_args->points_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_rates = _wp_adj_args->rates;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_particle_count = _wp_adj_args->particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out = _wp_adj_args->points_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::uint32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    wp::range_t var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    bool var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::range_t adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    bool adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def emit_particles(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 16>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // x = particle_x[tid]                                                                    <L 17>
    var_2 = wp::address(var_particle_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // lam = rates[tid]                                                                       <L 18>
    var_5 = wp::address(var_rates, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_new = int(wp.poisson(rng, lam * dt))                                               <L 19>
    var_8 = wp::mul(var_6, var_dt);
    var_9 = wp::poisson(var_1, var_8);
    var_10 = wp::int(var_9);
    // first = wp.atomic_add(particle_count, 0, num_new)                                      <L 21>
    // var_12 = wp::atomic_add(var_particle_count, var_11, var_10);
    // for k in range(num_new):                                                               <L 22>
    var_13 = wp::range(var_10);
    //---------
    // reverse
    var_13 = wp::iter_reverse(var_13);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
        // slot = first + k                                                                   <L 23>
        var_15 = wp::add(var_12, var_14);
        // if slot < points_out.shape[0]:                                                     <L 25>
        var_16 = &(var_points_out.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = (var_15 < var_18);
        if (var_20) {
            // points_out[slot] = (x + particle_v[tid] * dt) + wp.sample_unit_sphere(rng) * particle_radius       <L 26>
            var_21 = wp::address(var_particle_v, var_0);
            var_23 = wp::load(var_21);
            var_22 = wp::mul(var_23, var_dt);
            var_24 = wp::add(var_3, var_22);
            var_25 = wp::sample_unit_sphere(var_1);
            var_26 = wp::mul(var_25, var_particle_radius);
            var_27 = wp::add(var_24, var_26);
            // wp::array_store(var_points_out, var_15, var_27);
        }
        if (var_20) {
            wp::adj_array_store(var_points_out, var_15, var_27, adj_points_out, adj_15, adj_27);
            wp::adj_add(var_24, var_26, adj_24, adj_26, adj_27);
            wp::adj_mul(var_25, var_particle_radius, adj_25, adj_particle_radius, adj_26);
            wp::adj_add(var_3, var_22, adj_3, adj_22, adj_24);
            wp::adj_mul(var_23, var_dt, adj_21, adj_dt, adj_22);
            wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_21);
            // adj: points_out[slot] = (x + particle_v[tid] * dt) + wp.sample_unit_sphere(rng) * particle_radius  <L 26>
        }
        adj_points_out.shape = adj_16;
        // adj: if slot < points_out.shape[0]:                                                <L 25>
        wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: slot = first + k                                                              <L 23>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(num_new):                                                          <L 22>
    wp::adj_atomic_add(var_particle_count, var_11, var_10, adj_particle_count, adj_11, adj_10, adj_12);
    // adj: first = wp.atomic_add(particle_count, 0, num_new)                                 <L 21>
    wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_8);
    // adj: num_new = int(wp.poisson(rng, lam * dt))                                          <L 19>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_rates, var_0, adj_rates, adj_0, adj_5);
    // adj: lam = rates[tid]                                                                  <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_2);
    // adj: x = particle_x[tid]                                                               <L 17>
    // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def emit_particles(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_particles_cffe933d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_cffe933d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_particles_cffe933d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void emit_particles_cffe933d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_cffe933d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rates.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_particles_cffe933d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        emit_particles_cffe933d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void emit_particles_cffe933d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_cffe933d *_wp_args)
{
    emit_particles_cffe933d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_particles_cffe933d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_cffe933d *_wp_args,
    wp_args_emit_particles_cffe933d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_particles_cffe933d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void emit_particles_cffe933d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_cffe933d *_wp_args,
    wp_args_emit_particles_cffe933d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rates.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->rates.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_particles_cffe933d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        emit_particles_cffe933d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void emit_particles_cffe933d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_cffe933d *_wp_args,
    wp_args_emit_particles_cffe933d *_wp_adj_args)
{
    emit_particles_cffe933d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

