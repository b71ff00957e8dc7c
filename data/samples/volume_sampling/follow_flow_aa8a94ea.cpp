// Warp 1.19.0 cpu code for follow_flow_aa8a94ea.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// follow_flow.py:4
static wp::vec_t<3, wp::float32> predict_position_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_dt)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def predict_position(x: wp.vec3, v: wp.vec3, dt: float):                               <L 5>
    // return x + v * dt                                                                      <L 6>
    var_0 = wp::mul(var_v, var_dt);
    var_1 = wp::add(var_x, var_0);
    return var_1;
}


// follow_flow.py:9
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
    // def field_velocity_at(volume: wp.uint64, p: wp.vec3):                                  <L 10>
    // uvw = wp.volume_world_to_index(volume, p)                                              <L 11>
    var_0 = wp::volume_world_to_index(var_volume, var_p);
    // return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                               <L 12>
    var_3 = wp::volume_sample_v(var_volume, var_0, var_2);
    return var_3;
}


// follow_flow.py:4
static void adj_predict_position_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_v,
    wp::float32 var_dt,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::float32 & adj_dt,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def predict_position(x: wp.vec3, v: wp.vec3, dt: float):                               <L 5>
    // return x + v * dt                                                                      <L 6>
    var_0 = wp::mul(var_v, var_dt);
    var_1 = wp::add(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    wp::adj_mul(var_v, var_dt, adj_v, adj_dt, adj_0);
    // adj: return x + v * dt                                                                 <L 6>
    // adj: def predict_position(x: wp.vec3, v: wp.vec3, dt: float):                          <L 5>
    return;
}


// follow_flow.py:9
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
    // def field_velocity_at(volume: wp.uint64, p: wp.vec3):                                  <L 10>
    // uvw = wp.volume_world_to_index(volume, p)                                              <L 11>
    var_0 = wp::volume_world_to_index(var_volume, var_p);
    // return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                               <L 12>
    var_3 = wp::volume_sample_v(var_volume, var_0, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_volume_sample_v(var_volume, var_0, var_2, adj_volume, adj_0, adj_2, adj_3);
    // adj: return wp.volume_sample_v(volume, uvw, wp.Volume.LINEAR)                          <L 12>
    wp::adj_volume_world_to_index(var_volume, var_p, adj_volume, adj_p, adj_0);
    // adj: uvw = wp.volume_world_to_index(volume, p)                                         <L 11>
    // adj: def field_velocity_at(volume: wp.uint64, p: wp.vec3):                             <L 10>
    return;
}

struct wp_args_follow_flow_b256b83a {
    wp::uint64 density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> positions_out;
};


template <bool wp_linear_contiguous>
static void follow_flow_b256b83a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_follow_flow_b256b83a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_follow_flow_b256b83a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_density_volume = _wp_args->density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out = _wp_args->positions_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def follow_flow(                                                                       <L 16>
    // tid = wp.tid()                                                                         <L 23>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 24>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 25>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pos = predict_position(x, v, delta_time)                                               <L 26>
    var_7 = predict_position_0(var_2, var_5, var_delta_time);
    // v0 = field_velocity_at(density_volume, pos)                                            <L 27>
    var_8 = field_velocity_at_0(var_density_volume, var_7);
    // x_mid = pos + v0 * (0.5 * delta_time)                                                  <L 28>
    var_10 = wp::mul(var_9, var_delta_time);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::add(var_7, var_11);
    // v1 = field_velocity_at(density_volume, x_mid)                                          <L 29>
    var_13 = field_velocity_at_0(var_density_volume, var_12);
    // positions_out[tid] = pos + v1 * delta_time                                             <L 30>
    var_14 = wp::mul(var_13, var_delta_time);
    var_15 = wp::add(var_7, var_14);
    wp::array_store(var_positions_out, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void follow_flow_b256b83a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_follow_flow_b256b83a *_wp_args,
    wp_args_follow_flow_b256b83a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_follow_flow_b256b83a wp_contiguous_args;
    wp_args_follow_flow_b256b83a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_density_volume = _wp_args->density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out = _wp_args->positions_out;
    wp::uint64 adj_density_volume = _wp_adj_args->density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions_out = _wp_adj_args->positions_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.5;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
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
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def follow_flow(                                                                       <L 16>
    // tid = wp.tid()                                                                         <L 23>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 24>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = velocities[tid]                                                                    <L 25>
    var_4 = wp::address(var_velocities, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // pos = predict_position(x, v, delta_time)                                               <L 26>
    var_7 = predict_position_0(var_2, var_5, var_delta_time);
    // v0 = field_velocity_at(density_volume, pos)                                            <L 27>
    var_8 = field_velocity_at_0(var_density_volume, var_7);
    // x_mid = pos + v0 * (0.5 * delta_time)                                                  <L 28>
    var_10 = wp::mul(var_9, var_delta_time);
    var_11 = wp::mul(var_8, var_10);
    var_12 = wp::add(var_7, var_11);
    // v1 = field_velocity_at(density_volume, x_mid)                                          <L 29>
    var_13 = field_velocity_at_0(var_density_volume, var_12);
    // positions_out[tid] = pos + v1 * delta_time                                             <L 30>
    var_14 = wp::mul(var_13, var_delta_time);
    var_15 = wp::add(var_7, var_14);
    // wp::array_store(var_positions_out, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_positions_out, var_0, var_15, adj_positions_out, adj_0, adj_15);
    wp::adj_add(var_7, var_14, adj_7, adj_14, adj_15);
    wp::adj_mul(var_13, var_delta_time, adj_13, adj_delta_time, adj_14);
    // adj: positions_out[tid] = pos + v1 * delta_time                                        <L 30>
    adj_field_velocity_at_0(var_density_volume, var_12, adj_density_volume, adj_12, adj_13);
    // adj: v1 = field_velocity_at(density_volume, x_mid)                                     <L 29>
    wp::adj_add(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_mul(var_8, var_10, adj_8, adj_10, adj_11);
    wp::adj_mul(var_9, var_delta_time, adj_9, adj_delta_time, adj_10);
    // adj: x_mid = pos + v0 * (0.5 * delta_time)                                             <L 28>
    adj_field_velocity_at_0(var_density_volume, var_7, adj_density_volume, adj_7, adj_8);
    // adj: v0 = field_velocity_at(density_volume, pos)                                       <L 27>
    adj_predict_position_0(var_2, var_5, var_delta_time, adj_2, adj_5, adj_delta_time, adj_7);
    // adj: pos = predict_position(x, v, delta_time)                                          <L 26>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
    // adj: v = velocities[tid]                                                               <L 25>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: x = positions[tid]                                                                <L 24>
    // adj: tid = wp.tid()                                                                    <L 23>
    // adj: def follow_flow(                                                                  <L 16>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void follow_flow_b256b83a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_follow_flow_b256b83a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        follow_flow_b256b83a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void follow_flow_b256b83a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_follow_flow_b256b83a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        follow_flow_b256b83a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        follow_flow_b256b83a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void follow_flow_b256b83a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_follow_flow_b256b83a *_wp_args)
{
    follow_flow_b256b83a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void follow_flow_b256b83a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_follow_flow_b256b83a *_wp_args,
    wp_args_follow_flow_b256b83a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        follow_flow_b256b83a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void follow_flow_b256b83a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_follow_flow_b256b83a *_wp_args,
    wp_args_follow_flow_b256b83a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        follow_flow_b256b83a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        follow_flow_b256b83a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void follow_flow_b256b83a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_follow_flow_b256b83a *_wp_args,
    wp_args_follow_flow_b256b83a *_wp_adj_args)
{
    follow_flow_b256b83a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_quantize_to_volume_b86d4b76 {
    wp::uint64 density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> snapped;
};


template <bool wp_linear_contiguous>
static void quantize_to_volume_b86d4b76_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_volume_b86d4b76 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.snapped.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_density_volume = _wp_args->density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_snapped = _wp_args->snapped;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::float32 var_24;
    //---------
    // forward
    // def quantize_to_volume(                                                                <L 34>
    // tid = wp.tid()                                                                         <L 39>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 40>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.volume_world_to_index(density_volume, pos)                                    <L 41>
    var_4 = wp::volume_world_to_index(var_density_volume, var_2);
    // ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))       <L 42>
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::rint(var_6);
    var_8 = wp::int(var_7);
    var_10 = wp::extract(var_4, var_9);
    var_11 = wp::rint(var_10);
    var_12 = wp::int(var_11);
    var_14 = wp::extract(var_4, var_13);
    var_15 = wp::rint(var_14);
    var_16 = wp::int(var_15);
    var_17 = wp::vec_t<3, wp::int32>(var_8, var_12, var_16);
    // d = wp.volume_lookup(density_volume, ijk[0], ijk[1], ijk[2], dtype=float)              <L 43>
    var_19 = wp::extract(var_17, var_18);
    var_21 = wp::extract(var_17, var_20);
    var_23 = wp::extract(var_17, var_22);
    var_24 = wp::volume_lookup<float>(var_density_volume, var_19, var_21, var_23);
    // snapped[tid] = d                                                                       <L 44>
    wp::array_store(var_snapped, var_0, var_24);
}



template <bool wp_linear_contiguous>
static void quantize_to_volume_b86d4b76_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args,
    wp_args_quantize_to_volume_b86d4b76 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_quantize_to_volume_b86d4b76 wp_contiguous_args;
    wp_args_quantize_to_volume_b86d4b76 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.snapped.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.snapped.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_density_volume = _wp_args->density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_snapped = _wp_args->snapped;
    wp::uint64 adj_density_volume = _wp_adj_args->density_volume;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_snapped = _wp_adj_args->snapped;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    const wp::int32 var_22 = 2;
    wp::int32 var_23;
    wp::float32 var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::vec_t<3, wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    //---------
    // forward
    // def quantize_to_volume(                                                                <L 34>
    // tid = wp.tid()                                                                         <L 39>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 40>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // uvw = wp.volume_world_to_index(density_volume, pos)                                    <L 41>
    var_4 = wp::volume_world_to_index(var_density_volume, var_2);
    // ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))       <L 42>
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::rint(var_6);
    var_8 = wp::int(var_7);
    var_10 = wp::extract(var_4, var_9);
    var_11 = wp::rint(var_10);
    var_12 = wp::int(var_11);
    var_14 = wp::extract(var_4, var_13);
    var_15 = wp::rint(var_14);
    var_16 = wp::int(var_15);
    var_17 = wp::vec_t<3, wp::int32>(var_8, var_12, var_16);
    // d = wp.volume_lookup(density_volume, ijk[0], ijk[1], ijk[2], dtype=float)              <L 43>
    var_19 = wp::extract(var_17, var_18);
    var_21 = wp::extract(var_17, var_20);
    var_23 = wp::extract(var_17, var_22);
    var_24 = wp::volume_lookup<float>(var_density_volume, var_19, var_21, var_23);
    // snapped[tid] = d                                                                       <L 44>
    // wp::array_store(var_snapped, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_snapped, var_0, var_24, adj_snapped, adj_0, adj_24);
    // adj: snapped[tid] = d                                                                  <L 44>
    wp::adj_extract(var_17, var_22, adj_17, adj_22, adj_23);
    wp::adj_extract(var_17, var_20, adj_17, adj_20, adj_21);
    wp::adj_extract(var_17, var_18, adj_17, adj_18, adj_19);
    // adj: d = wp.volume_lookup(density_volume, ijk[0], ijk[1], ijk[2], dtype=float)         <L 43>
    wp::adj_vec_t(var_8, var_12, var_16, adj_8, adj_12, adj_16, adj_17);
    wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
    wp::adj_extract(var_4, var_9, adj_4, adj_9, adj_10);
    wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
    // adj: ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))  <L 42>
    wp::adj_volume_world_to_index(var_density_volume, var_2, adj_density_volume, adj_2, adj_4);
    // adj: uvw = wp.volume_world_to_index(density_volume, pos)                               <L 41>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: pos = positions[tid]                                                              <L 40>
    // adj: tid = wp.tid()                                                                    <L 39>
    // adj: def quantize_to_volume(                                                           <L 34>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_volume_b86d4b76_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_volume_b86d4b76_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void quantize_to_volume_b86d4b76_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->snapped.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        quantize_to_volume_b86d4b76_cpu_forward_tasks<true>(dim, _wp_args);
    else
        quantize_to_volume_b86d4b76_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void quantize_to_volume_b86d4b76_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args)
{
    quantize_to_volume_b86d4b76_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void quantize_to_volume_b86d4b76_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args,
    wp_args_quantize_to_volume_b86d4b76 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        quantize_to_volume_b86d4b76_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void quantize_to_volume_b86d4b76_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args,
    wp_args_quantize_to_volume_b86d4b76 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->snapped.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->snapped.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        quantize_to_volume_b86d4b76_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        quantize_to_volume_b86d4b76_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void quantize_to_volume_b86d4b76_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_quantize_to_volume_b86d4b76 *_wp_args,
    wp_args_quantize_to_volume_b86d4b76 *_wp_adj_args)
{
    quantize_to_volume_b86d4b76_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

