// Warp 1.19.0 cpu code for emit_from_sources_3323d856.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_emit_from_sources_879ac8f0 {
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::float32> particle_radius;
    wp::int32 rng_seed;
    wp::float32 lam;
    wp::float32 dt;
    wp::array_t<wp::int32> num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
};


template <bool wp_linear_contiguous>
static void emit_from_sources_879ac8f0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_from_sources_879ac8f0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_from_sources_879ac8f0 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.num_emitted.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_lam = _wp_args->lam;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> var_num_emitted = _wp_args->num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::uint32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::uint32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    bool var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def emit_from_sources(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 16>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 17>
        return;
    }
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 18>
    var_5 = wp::rand_init(var_rng_seed, var_0);
    // p = x[tid]                                                                             <L 19>
    var_6 = wp::address(var_x, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // r = particle_radius[tid]                                                               <L 20>
    var_9 = wp::address(var_particle_radius, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // num_new = int(wp.poisson(rng, lam * dt))                                               <L 21>
    var_12 = wp::mul(var_lam, var_dt);
    var_13 = wp::poisson(var_5, var_12);
    var_14 = wp::int(var_13);
    // first = wp.atomic_add(num_emitted, 0, num_new)                                         <L 23>
    var_16 = wp::atomic_add(var_num_emitted, var_15, var_14);
    // for k in range(num_new):                                                               <L 24>
    var_17 = wp::range(var_14);
    start_for_1:;
        if (iter_cmp(var_17) == 0) goto end_for_1;
        var_18 = wp::iter_next(var_17);
        // slot = first + k                                                                   <L 25>
        var_19 = wp::add(var_16, var_18);
        // if slot < samples.shape[0]:                                                        <L 27>
        var_20 = &(var_samples.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = (var_19 < var_22);
        if (var_24) {
            // samples[slot] = p + wp.sample_unit_sphere(rng) * r                             <L 28>
            var_25 = wp::sample_unit_sphere(var_5);
            var_26 = wp::mul(var_25, var_10);
            var_27 = wp::add(var_7, var_26);
            wp::array_store(var_samples, var_19, var_27);
        }
        goto start_for_1;
    end_for_1:;
}



template <bool wp_linear_contiguous>
static void emit_from_sources_879ac8f0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_from_sources_879ac8f0 *_wp_args,
    wp_args_emit_from_sources_879ac8f0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_from_sources_879ac8f0 wp_contiguous_args;
    wp_args_emit_from_sources_879ac8f0 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.num_emitted.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_emitted.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_lam = _wp_args->lam;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> var_num_emitted = _wp_args->num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_lam = _wp_adj_args->lam;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::int32> adj_num_emitted = _wp_adj_args->num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::uint32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::uint32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    wp::range_t var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    bool var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::uint32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::uint32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::range_t adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    bool adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def emit_from_sources(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 16>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 17>
        goto label0;
    }
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 18>
    var_5 = wp::rand_init(var_rng_seed, var_0);
    // p = x[tid]                                                                             <L 19>
    var_6 = wp::address(var_x, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // r = particle_radius[tid]                                                               <L 20>
    var_9 = wp::address(var_particle_radius, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // num_new = int(wp.poisson(rng, lam * dt))                                               <L 21>
    var_12 = wp::mul(var_lam, var_dt);
    var_13 = wp::poisson(var_5, var_12);
    var_14 = wp::int(var_13);
    // first = wp.atomic_add(num_emitted, 0, num_new)                                         <L 23>
    // var_16 = wp::atomic_add(var_num_emitted, var_15, var_14);
    // for k in range(num_new):                                                               <L 24>
    var_17 = wp::range(var_14);
    //---------
    // reverse
    var_17 = wp::iter_reverse(var_17);
    start_for_1:;
        if (iter_cmp(var_17) == 0) goto end_for_1;
        var_18 = wp::iter_next(var_17);
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
        // slot = first + k                                                                   <L 25>
        var_19 = wp::add(var_16, var_18);
        // if slot < samples.shape[0]:                                                        <L 27>
        var_20 = &(var_samples.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = (var_19 < var_22);
        if (var_24) {
            // samples[slot] = p + wp.sample_unit_sphere(rng) * r                             <L 28>
            var_25 = wp::sample_unit_sphere(var_5);
            var_26 = wp::mul(var_25, var_10);
            var_27 = wp::add(var_7, var_26);
            // wp::array_store(var_samples, var_19, var_27);
        }
        if (var_24) {
            wp::adj_array_store(var_samples, var_19, var_27, adj_samples, adj_19, adj_27);
            wp::adj_add(var_7, var_26, adj_7, adj_26, adj_27);
            wp::adj_mul(var_25, var_10, adj_25, adj_10, adj_26);
            // adj: samples[slot] = p + wp.sample_unit_sphere(rng) * r                        <L 28>
        }
        adj_samples.shape = adj_20;
        // adj: if slot < samples.shape[0]:                                                   <L 27>
        wp::adj_add(var_16, var_18, adj_16, adj_18, adj_19);
        // adj: slot = first + k                                                              <L 25>
    	goto start_for_1;
    end_for_1:;
    // adj: for k in range(num_new):                                                          <L 24>
    wp::adj_atomic_add(var_num_emitted, var_15, var_14, adj_num_emitted, adj_15, adj_14, adj_16);
    // adj: first = wp.atomic_add(num_emitted, 0, num_new)                                    <L 23>
    wp::adj_mul(var_lam, var_dt, adj_lam, adj_dt, adj_12);
    // adj: num_new = int(wp.poisson(rng, lam * dt))                                          <L 21>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_9);
    // adj: r = particle_radius[tid]                                                          <L 20>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_6);
    // adj: p = x[tid]                                                                        <L 19>
    // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 18>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] == 0:                                                              <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def emit_from_sources(                                                            <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_from_sources_879ac8f0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_from_sources_879ac8f0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_from_sources_879ac8f0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void emit_from_sources_879ac8f0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_from_sources_879ac8f0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->num_emitted.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_from_sources_879ac8f0_cpu_forward_tasks<true>(dim, _wp_args);
    else
        emit_from_sources_879ac8f0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void emit_from_sources_879ac8f0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_from_sources_879ac8f0 *_wp_args)
{
    emit_from_sources_879ac8f0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_from_sources_879ac8f0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_from_sources_879ac8f0 *_wp_args,
    wp_args_emit_from_sources_879ac8f0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_from_sources_879ac8f0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void emit_from_sources_879ac8f0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_from_sources_879ac8f0 *_wp_args,
    wp_args_emit_from_sources_879ac8f0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->num_emitted.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_emitted.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_from_sources_879ac8f0_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        emit_from_sources_879ac8f0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void emit_from_sources_879ac8f0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_from_sources_879ac8f0 *_wp_args,
    wp_args_emit_from_sources_879ac8f0 *_wp_adj_args)
{
    emit_from_sources_879ac8f0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

