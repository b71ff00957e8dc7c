// Warp 1.19.0 cpu code for advect_particles_910e7100.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// advect_particles.py:4
static wp::vec_t<3, wp::float32> field_velocity_at_0(
    wp::uint64 var_volume,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def field_velocity_at(volume: wp.uint64, p: wp.vec3):                                  <L 5>
    // uvw = wp.volume_world_to_index(volume, p)                                              <L 6>
    var_0 = wp::volume_world_to_index(var_volume, var_p);
    // return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                               <L 7>
    var_3 = wp::volume_sample_v(var_volume, var_0, var_2);
    return var_3;
}


// advect_particles.py:4
static void adj_field_velocity_at_0(
    wp::uint64 var_volume,
    wp::vec_t<3, wp::float32> var_p,
    wp::uint64 & adj_volume,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def field_velocity_at(volume: wp.uint64, p: wp.vec3):                                  <L 5>
    // uvw = wp.volume_world_to_index(volume, p)                                              <L 6>
    var_0 = wp::volume_world_to_index(var_volume, var_p);
    // return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                               <L 7>
    var_3 = wp::volume_sample_v(var_volume, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_volume_sample_v(var_volume, var_0, var_2, adj_volume, adj_0, adj_2, adj_3);
    // adj: return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                          <L 7>
    wp::adj_volume_world_to_index(var_volume, var_p, adj_volume, adj_p, adj_0);
    // adj: uvw = wp.volume_world_to_index(volume, p)                                         <L 6>
    // adj: def field_velocity_at(volume: wp.uint64, p: wp.vec3):                             <L 5>
    return;
}

struct wp_args_advect_particles_af637d09 {
    wp::uint64 sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::float32 dt;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
};


template <bool wp_linear_contiguous>
static void advect_particles_af637d09_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advect_particles_af637d09 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advect_particles_af637d09 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_sdf_volume = _wp_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def advect_particles(                                                                  <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 19>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v0 = field_velocity_at(sdf_volume, x)                                                  <L 20>
    var_4 = field_velocity_at_0(var_sdf_volume, var_2);
    // x_mid = x + v0 * (0.5 * dt)                                                            <L 21>
    var_6 = wp::mul(var_5, var_dt);
    var_7 = wp::mul(var_4, var_6);
    var_8 = wp::add(var_2, var_7);
    // v1 = field_velocity_at(sdf_volume, x_mid)                                              <L 22>
    var_9 = field_velocity_at_0(var_sdf_volume, var_8);
    // new_positions[tid] = x + v1 * dt                                                       <L 23>
    var_10 = wp::mul(var_9, var_dt);
    var_11 = wp::add(var_2, var_10);
    wp::array_store(var_new_positions, var_0, var_11);
}



template <bool wp_linear_contiguous>
static void advect_particles_af637d09_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_advect_particles_af637d09 *_wp_args,
    wp_args_advect_particles_af637d09 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_advect_particles_af637d09 wp_contiguous_args;
    wp_args_advect_particles_af637d09 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_sdf_volume = _wp_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::uint64 adj_sdf_volume = _wp_adj_args->sdf_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def advect_particles(                                                                  <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 19>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v0 = field_velocity_at(sdf_volume, x)                                                  <L 20>
    var_4 = field_velocity_at_0(var_sdf_volume, var_2);
    // x_mid = x + v0 * (0.5 * dt)                                                            <L 21>
    var_6 = wp::mul(var_5, var_dt);
    var_7 = wp::mul(var_4, var_6);
    var_8 = wp::add(var_2, var_7);
    // v1 = field_velocity_at(sdf_volume, x_mid)                                              <L 22>
    var_9 = field_velocity_at_0(var_sdf_volume, var_8);
    // new_positions[tid] = x + v1 * dt                                                       <L 23>
    var_10 = wp::mul(var_9, var_dt);
    var_11 = wp::add(var_2, var_10);
    // wp::array_store(var_new_positions, var_0, var_11);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_11, adj_new_positions, adj_0, adj_11);
    wp::adj_add(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_mul(var_9, var_dt, adj_9, adj_dt, adj_10);
    // adj: new_positions[tid] = x + v1 * dt                                                  <L 23>
    adj_field_velocity_at_0(var_sdf_volume, var_8, adj_sdf_volume, adj_8, adj_9);
    // adj: v1 = field_velocity_at(sdf_volume, x_mid)                                         <L 22>
    wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_6);
    // adj: x_mid = x + v0 * (0.5 * dt)                                                       <L 21>
    adj_field_velocity_at_0(var_sdf_volume, var_2, adj_sdf_volume, adj_2, adj_4);
    // adj: v0 = field_velocity_at(sdf_volume, x)                                             <L 20>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: x = particle_x[tid]                                                               <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def advect_particles(                                                             <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advect_particles_af637d09_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_particles_af637d09 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advect_particles_af637d09_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void advect_particles_af637d09_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_particles_af637d09 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        advect_particles_af637d09_cpu_forward_tasks<true>(dim, _wp_args);
    else
        advect_particles_af637d09_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void advect_particles_af637d09_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_particles_af637d09 *_wp_args)
{
    advect_particles_af637d09_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void advect_particles_af637d09_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_particles_af637d09 *_wp_args,
    wp_args_advect_particles_af637d09 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        advect_particles_af637d09_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void advect_particles_af637d09_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_particles_af637d09 *_wp_args,
    wp_args_advect_particles_af637d09 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        advect_particles_af637d09_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        advect_particles_af637d09_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void advect_particles_af637d09_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_advect_particles_af637d09 *_wp_args,
    wp_args_advect_particles_af637d09 *_wp_adj_args)
{
    advect_particles_af637d09_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

