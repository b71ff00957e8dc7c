// Warp 1.19.0 cpu code for emit_particles_03dddd2a.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_reset_envs_3584d6ff {
    wp::int32 num_dofs;
    wp::array_t<wp::int32> env_reset;
    wp::array_t<wp::float32> joint_q_default;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> joint_target_pos;
    wp::array_t<wp::float32> prev_actions;
    wp::int32 rng_seed;
    wp::float32 init_noise;
    wp::float32 velocity_noise;
};


template <bool wp_linear_contiguous>
static void reset_envs_3584d6ff_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_reset_envs_3584d6ff *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_num_dofs = _wp_args->num_dofs;
    wp::array_t<wp::int32> var_env_reset = _wp_args->env_reset;
    wp::array_t<wp::float32> var_joint_q_default = _wp_args->joint_q_default;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_joint_target_pos = _wp_args->joint_target_pos;
    wp::array_t<wp::float32> var_prev_actions = _wp_args->prev_actions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_init_noise = _wp_args->init_noise;
    wp::float32 var_velocity_noise = _wp_args->velocity_noise;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    bool var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    wp::uint32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = -1.0;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 0.0;
    //---------
    // forward
    // def reset_envs(                                                                        <L 29>
    // env, j = wp.tid()                                                                      <L 41>
    builtin_tid2d(var_0, var_1);
    // if j >= num_dofs or env_reset[env] == 0:                                               <L 42>
    var_3 = (var_1 >= var_num_dofs);
    var_2 = var_3;
    if (!var_2) {
        var_4 = wp::address(var_env_reset, var_0);
        var_7 = wp::load(var_4);
        var_6 = (var_7 == var_5);
        var_2 = var_2 || var_6;
    }
    if (var_2) {
        // return                                                                             <L 43>
        return;
    }
    // rng = wp.rand_init(rng_seed, env * num_dofs + j)                                       <L 44>
    var_8 = wp::mul(var_0, var_num_dofs);
    var_9 = wp::add(var_8, var_1);
    var_10 = wp::rand_init(var_rng_seed, var_9);
    // q0 = joint_q_default[env, j]                                                           <L 45>
    var_11 = wp::address(var_joint_q_default, var_0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // q = q0 + init_noise * wp.randf(rng, -1.0, 1.0)                                         <L 46>
    var_16 = wp::randf(var_10, var_14, var_15);
    var_17 = wp::mul(var_init_noise, var_16);
    var_18 = wp::add(var_12, var_17);
    // joint_q[env, j] = q                                                                    <L 47>
    wp::array_store(var_joint_q, var_0, var_1, var_18);
    // joint_qd[env, j] = velocity_noise * wp.randn(rng)                                      <L 48>
    var_19 = wp::randn(var_10);
    var_20 = wp::mul(var_velocity_noise, var_19);
    wp::array_store(var_joint_qd, var_0, var_1, var_20);
    // joint_target_pos[env, j] = q                                                           <L 49>
    wp::array_store(var_joint_target_pos, var_0, var_1, var_18);
    // prev_actions[env, j] = 0.0                                                             <L 50>
    wp::array_store(var_prev_actions, var_0, var_1, var_21);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void reset_envs_3584d6ff_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_reset_envs_3584d6ff *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        reset_envs_3584d6ff_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void reset_envs_3584d6ff_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_reset_envs_3584d6ff *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    reset_envs_3584d6ff_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void reset_envs_3584d6ff_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_reset_envs_3584d6ff *_wp_args)
{
    reset_envs_3584d6ff_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_emit_particles_e4768e6b {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> rates;
    wp::array_t<wp::float32> particle_radius;
    wp::int32 rng_seed;
    wp::float32 dt;
    wp::array_t<wp::int32> particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
};


template <bool wp_linear_contiguous>
static void emit_particles_e4768e6b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_particles_e4768e6b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_particles_e4768e6b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rates.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_rates = _wp_args->rates;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> var_particle_count = _wp_args->particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::uint32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::shape_t* var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::shape_t var_21;
    bool var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // forward
    // def emit_particles(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 15>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // p = particle_x[tid]                                                                    <L 16>
    var_2 = wp::address(var_particle_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = particle_radius[tid]                                                               <L 17>
    var_5 = wp::address(var_particle_radius, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_new = int(wp.poisson(rng, rates[tid] * dt))                                        <L 18>
    var_8 = wp::address(var_rates, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_dt);
    var_11 = wp::poisson(var_1, var_9);
    var_12 = wp::int(var_11);
    // first = wp.atomic_add(particle_count, 0, num_new)                                      <L 20>
    var_14 = wp::atomic_add(var_particle_count, var_13, var_12);
    // for k in range(num_new):                                                               <L 21>
    var_15 = wp::range(var_12);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
        // slot = first + k                                                                   <L 22>
        var_17 = wp::add(var_14, var_16);
        // if slot < samples.shape[0]:                                                        <L 24>
        var_18 = &(var_samples.shape);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_22 = (var_17 < var_20);
        if (var_22) {
            // samples[slot] = p + wp.sample_unit_sphere(rng) * r                             <L 25>
            var_23 = wp::sample_unit_sphere(var_1);
            var_24 = wp::mul(var_23, var_6);
            var_25 = wp::add(var_3, var_24);
            wp::array_store(var_samples, var_17, var_25);
        }
        goto start_for_0;
    end_for_0:;
}



template <bool wp_linear_contiguous>
static void emit_particles_e4768e6b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_particles_e4768e6b *_wp_args,
    wp_args_emit_particles_e4768e6b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_emit_particles_e4768e6b wp_contiguous_args;
    wp_args_emit_particles_e4768e6b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.rates.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.rates.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.samples.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_rates = _wp_args->rates;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::int32> var_particle_count = _wp_args->particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_rates = _wp_adj_args->rates;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::int32> adj_particle_count = _wp_adj_args->particle_count;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
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
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::uint32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    wp::range_t var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::shape_t* var_18;
    const wp::int32 var_19 = 0;
    wp::int32 var_20;
    wp::shape_t var_21;
    bool var_22;
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
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::uint32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::range_t adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::shape_t adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::shape_t adj_21 = {};
    bool adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    //---------
    // forward
    // def emit_particles(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 15>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // p = particle_x[tid]                                                                    <L 16>
    var_2 = wp::address(var_particle_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = particle_radius[tid]                                                               <L 17>
    var_5 = wp::address(var_particle_radius, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // num_new = int(wp.poisson(rng, rates[tid] * dt))                                        <L 18>
    var_8 = wp::address(var_rates, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::mul(var_10, var_dt);
    var_11 = wp::poisson(var_1, var_9);
    var_12 = wp::int(var_11);
    // first = wp.atomic_add(particle_count, 0, num_new)                                      <L 20>
    // var_14 = wp::atomic_add(var_particle_count, var_13, var_12);
    // for k in range(num_new):                                                               <L 21>
    var_15 = wp::range(var_12);
    //---------
    // reverse
    var_15 = wp::iter_reverse(var_15);
    start_for_0:;
        if (iter_cmp(var_15) == 0) goto end_for_0;
        var_16 = wp::iter_next(var_15);
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
        // slot = first + k                                                                   <L 22>
        var_17 = wp::add(var_14, var_16);
        // if slot < samples.shape[0]:                                                        <L 24>
        var_18 = &(var_samples.shape);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_22 = (var_17 < var_20);
        if (var_22) {
            // samples[slot] = p + wp.sample_unit_sphere(rng) * r                             <L 25>
            var_23 = wp::sample_unit_sphere(var_1);
            var_24 = wp::mul(var_23, var_6);
            var_25 = wp::add(var_3, var_24);
            // wp::array_store(var_samples, var_17, var_25);
        }
        if (var_22) {
            wp::adj_array_store(var_samples, var_17, var_25, adj_samples, adj_17, adj_25);
            wp::adj_add(var_3, var_24, adj_3, adj_24, adj_25);
            wp::adj_mul(var_23, var_6, adj_23, adj_6, adj_24);
            // adj: samples[slot] = p + wp.sample_unit_sphere(rng) * r                        <L 25>
        }
        adj_samples.shape = adj_18;
        // adj: if slot < samples.shape[0]:                                                   <L 24>
        wp::adj_add(var_14, var_16, adj_14, adj_16, adj_17);
        // adj: slot = first + k                                                              <L 22>
    	goto start_for_0;
    end_for_0:;
    // adj: for k in range(num_new):                                                          <L 21>
    wp::adj_atomic_add(var_particle_count, var_13, var_12, adj_particle_count, adj_13, adj_12, adj_14);
    // adj: first = wp.atomic_add(particle_count, 0, num_new)                                 <L 20>
    wp::adj_mul(var_10, var_dt, adj_8, adj_dt, adj_9);
    wp::adj_address(var_rates, var_0, adj_rates, adj_0, adj_8);
    // adj: num_new = int(wp.poisson(rng, rates[tid] * dt))                                   <L 18>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_5);
    // adj: r = particle_radius[tid]                                                          <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_2);
    // adj: p = particle_x[tid]                                                               <L 16>
    // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def emit_particles(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_particles_e4768e6b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_e4768e6b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_particles_e4768e6b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void emit_particles_e4768e6b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_e4768e6b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rates.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_particles_e4768e6b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        emit_particles_e4768e6b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void emit_particles_e4768e6b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_e4768e6b *_wp_args)
{
    emit_particles_e4768e6b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void emit_particles_e4768e6b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_e4768e6b *_wp_args,
    wp_args_emit_particles_e4768e6b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        emit_particles_e4768e6b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void emit_particles_e4768e6b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_e4768e6b *_wp_args,
    wp_args_emit_particles_e4768e6b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->rates.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->rates.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->samples.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        emit_particles_e4768e6b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        emit_particles_e4768e6b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void emit_particles_e4768e6b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_particles_e4768e6b *_wp_args,
    wp_args_emit_particles_e4768e6b *_wp_adj_args)
{
    emit_particles_e4768e6b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

