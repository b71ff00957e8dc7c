// Warp 1.19.0 cpu code for spawn_particles_75202004.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_spawn_particles_b0009658 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::int32 seed;
    wp::float32 dt;
    wp::float32 rate;
    wp::float32 particle_radius;
    wp::array_t<wp::int32> num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
};


template <bool wp_linear_contiguous>
static void spawn_particles_b0009658_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spawn_particles_b0009658 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_spawn_particles_b0009658 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_emitted.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_rate = _wp_args->rate;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_num_emitted = _wp_args->num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
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
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // forward
    // def spawn_particles(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 16>
    var_1 = wp::rand_init(var_seed, var_0);
    // pos = positions[tid]                                                                   <L 17>
    var_2 = wp::address(var_positions, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // vel = v[tid]                                                                           <L 18>
    var_5 = wp::address(var_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_new = int(wp.poisson(rng, rate * dt))                                              <L 19>
    var_8 = wp::mul(var_rate, var_dt);
    var_9 = wp::poisson(var_1, var_8);
    var_10 = wp::int(var_9);
    // first = wp.atomic_add(num_emitted, 0, num_new)                                         <L 21>
    var_12 = wp::atomic_add(var_num_emitted, var_11, var_10);
    // for k in range(num_new):                                                               <L 22>
    var_13 = wp::range(var_10);
    start_for_0:;
        if (iter_cmp(var_13) == 0) goto end_for_0;
        var_14 = wp::iter_next(var_13);
        // slot = first + k                                                                   <L 23>
        var_15 = wp::add(var_12, var_14);
        // if slot < samples.shape[0]:                                                        <L 25>
        var_16 = &(var_samples.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = (var_15 < var_18);
        if (var_20) {
            // samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius       <L 26>
            var_21 = wp::mul(var_6, var_dt);
            var_22 = wp::add(var_3, var_21);
            var_23 = wp::sample_unit_sphere(var_1);
            var_24 = wp::mul(var_23, var_particle_radius);
            var_25 = wp::add(var_22, var_24);
            wp::array_store(var_samples, var_15, var_25);
        }
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void spawn_particles_b0009658_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spawn_particles_b0009658 *_wp_args,
    wp_args_spawn_particles_b0009658 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_spawn_particles_b0009658 wp_contiguous_args;
    wp_args_spawn_particles_b0009658 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_emitted.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_emitted.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_dt = _wp_args->dt;
    wp::float32 var_rate = _wp_args->rate;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_num_emitted = _wp_args->num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::float32 adj_rate = _wp_adj_args->rate;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_num_emitted = _wp_adj_args->num_emitted;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
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
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
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
    //---------
    // forward
    // def spawn_particles(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 16>
    var_1 = wp::rand_init(var_seed, var_0);
    // pos = positions[tid]                                                                   <L 17>
    var_2 = wp::address(var_positions, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // vel = v[tid]                                                                           <L 18>
    var_5 = wp::address(var_v, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_new = int(wp.poisson(rng, rate * dt))                                              <L 19>
    var_8 = wp::mul(var_rate, var_dt);
    var_9 = wp::poisson(var_1, var_8);
    var_10 = wp::int(var_9);
    // first = wp.atomic_add(num_emitted, 0, num_new)                                         <L 21>
    // var_12 = wp::atomic_add(var_num_emitted, var_11, var_10);
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
        // slot = first + k                                                                   <L 23>
        var_15 = wp::add(var_12, var_14);
        // if slot < samples.shape[0]:                                                        <L 25>
        var_16 = &(var_samples.shape);
        var_19 = wp::load(var_16);
        var_18 = wp::extract(var_19, var_17);
        var_20 = (var_15 < var_18);
        if (var_20) {
            // samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius       <L 26>
            var_21 = wp::mul(var_6, var_dt);
            var_22 = wp::add(var_3, var_21);
            var_23 = wp::sample_unit_sphere(var_1);
            var_24 = wp::mul(var_23, var_particle_radius);
            var_25 = wp::add(var_22, var_24);
            // wp::array_store(var_samples, var_15, var_25);
        }
        if (var_20) {
            wp::adj_array_store(var_samples, var_15, var_25, adj_samples, adj_15, adj_25);
            wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
            wp::adj_mul(var_23, var_particle_radius, adj_23, adj_particle_radius, adj_24);
            wp::adj_add(var_3, var_21, adj_3, adj_21, adj_22);
            wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_21);
            // adj: samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius  <L 26>
        }
        adj_samples.shape = adj_16;
        // adj: if slot < samples.shape[0]:                                                   <L 25>
        wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: slot = first + k                                                              <L 23>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(num_new):                                                          <L 22>
    wp::adj_atomic_add(var_num_emitted, var_11, var_10, adj_num_emitted, adj_11, adj_10, adj_12);
    // adj: first = wp.atomic_add(num_emitted, 0, num_new)                                    <L 21>
    wp::adj_mul(var_rate, var_dt, adj_rate, adj_dt, adj_8);
    // adj: num_new = int(wp.poisson(rng, rate * dt))                                         <L 19>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
    // adj: vel = v[tid]                                                                      <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
    // adj: pos = positions[tid]                                                              <L 17>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def spawn_particles(                                                              <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spawn_particles_b0009658_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_spawn_particles_b0009658 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spawn_particles_b0009658_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void spawn_particles_b0009658_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_spawn_particles_b0009658 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_emitted.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        spawn_particles_b0009658_cpu_forward_tasks<true>(dim, _wp_args);
    else
        spawn_particles_b0009658_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void spawn_particles_b0009658_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spawn_particles_b0009658 *_wp_args)
{
    spawn_particles_b0009658_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spawn_particles_b0009658_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_spawn_particles_b0009658 *_wp_args,
    wp_args_spawn_particles_b0009658 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spawn_particles_b0009658_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void spawn_particles_b0009658_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_spawn_particles_b0009658 *_wp_args,
    wp_args_spawn_particles_b0009658 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_emitted.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_emitted.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        spawn_particles_b0009658_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        spawn_particles_b0009658_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void spawn_particles_b0009658_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spawn_particles_b0009658 *_wp_args,
    wp_args_spawn_particles_b0009658 *_wp_adj_args)
{
    spawn_particles_b0009658_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

