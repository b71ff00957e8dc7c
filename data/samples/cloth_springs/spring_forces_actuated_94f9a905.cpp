// Warp 1.19.0 cpu code for spring_forces_actuated_94f9a905.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_spring_forces_actuated_642bf7a0 {
    wp::array_t<wp::int32> springs;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> theta;
    wp::float32 rest_length;
    wp::float32 stroke;
    wp::float32 freq;
    wp::float32 time;
    wp::float32 stiffness;
    wp::float32 drag;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void spring_forces_actuated_642bf7a0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::float32 var_stroke = _wp_args->stroke;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_drag = _wp_args->drag;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // forward
    // def spring_forces_actuated(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 19>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 20>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // phi = theta[tid]                                                                       <L 21>
    var_9 = wp::address(var_theta, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // l0 = rest_length * (1.0 + stroke * wp.cos(freq * time + phi))                          <L 22>
    var_13 = wp::mul(var_freq, var_time);
    var_14 = wp::add(var_13, var_10);
    var_15 = wp::cos(var_14);
    var_16 = wp::mul(var_stroke, var_15);
    var_17 = wp::add(var_12, var_16);
    var_18 = wp::mul(var_rest_length, var_17);
    // d = positions[j] - positions[i]                                                        <L 23>
    var_19 = wp::address(var_positions, var_7);
    var_20 = wp::address(var_positions, var_3);
    var_22 = wp::load(var_19);
    var_23 = wp::load(var_20);
    var_21 = wp::sub(var_22, var_23);
    // l = wp.length(d)                                                                       <L 24>
    var_24 = wp::length(var_21);
    // if l == 0.0:                                                                           <L 25>
    var_26 = (var_24 == var_25);
    if (var_26) {
        // return                                                                             <L 26>
        return;
    }
    // dir = d / l                                                                            <L 27>
    var_27 = wp::div(var_21, var_24);
    // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 28>
    var_28 = wp::address(var_velocities, var_7);
    var_29 = wp::address(var_velocities, var_3);
    var_31 = wp::load(var_28);
    var_32 = wp::load(var_29);
    var_30 = wp::sub(var_31, var_32);
    var_33 = wp::dot(var_30, var_27);
    // f = dir * (stiffness * (l - l0) + drag * dldt)                                         <L 29>
    var_34 = wp::sub(var_24, var_18);
    var_35 = wp::mul(var_stiffness, var_34);
    var_36 = wp::mul(var_drag, var_33);
    var_37 = wp::add(var_35, var_36);
    var_38 = wp::mul(var_27, var_37);
    // wp.atomic_sub(forces, j, f)                                                            <L 30>
    var_39 = wp::atomic_sub(var_forces, var_7, var_38);
    // wp.atomic_add(forces, i, f)                                                            <L 31>
    var_40 = wp::atomic_add(var_forces, var_3, var_38);
}



template <bool wp_linear_contiguous>
static void spring_forces_actuated_642bf7a0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::float32 var_stroke = _wp_args->stroke;
    wp::float32 var_freq = _wp_args->freq;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_drag = _wp_args->drag;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::int32> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_theta = _wp_adj_args->theta;
    wp::float32 adj_rest_length = _wp_adj_args->rest_length;
    wp::float32 adj_stroke = _wp_adj_args->stroke;
    wp::float32 adj_freq = _wp_adj_args->freq;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_drag = _wp_adj_args->drag;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
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
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    //---------
    // forward
    // def spring_forces_actuated(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 19>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 20>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // phi = theta[tid]                                                                       <L 21>
    var_9 = wp::address(var_theta, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // l0 = rest_length * (1.0 + stroke * wp.cos(freq * time + phi))                          <L 22>
    var_13 = wp::mul(var_freq, var_time);
    var_14 = wp::add(var_13, var_10);
    var_15 = wp::cos(var_14);
    var_16 = wp::mul(var_stroke, var_15);
    var_17 = wp::add(var_12, var_16);
    var_18 = wp::mul(var_rest_length, var_17);
    // d = positions[j] - positions[i]                                                        <L 23>
    var_19 = wp::address(var_positions, var_7);
    var_20 = wp::address(var_positions, var_3);
    var_22 = wp::load(var_19);
    var_23 = wp::load(var_20);
    var_21 = wp::sub(var_22, var_23);
    // l = wp.length(d)                                                                       <L 24>
    var_24 = wp::length(var_21);
    // if l == 0.0:                                                                           <L 25>
    var_26 = (var_24 == var_25);
    if (var_26) {
        // return                                                                             <L 26>
        goto label0;
    }
    // dir = d / l                                                                            <L 27>
    var_27 = wp::div(var_21, var_24);
    // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 28>
    var_28 = wp::address(var_velocities, var_7);
    var_29 = wp::address(var_velocities, var_3);
    var_31 = wp::load(var_28);
    var_32 = wp::load(var_29);
    var_30 = wp::sub(var_31, var_32);
    var_33 = wp::dot(var_30, var_27);
    // f = dir * (stiffness * (l - l0) + drag * dldt)                                         <L 29>
    var_34 = wp::sub(var_24, var_18);
    var_35 = wp::mul(var_stiffness, var_34);
    var_36 = wp::mul(var_drag, var_33);
    var_37 = wp::add(var_35, var_36);
    var_38 = wp::mul(var_27, var_37);
    // wp.atomic_sub(forces, j, f)                                                            <L 30>
    // var_39 = wp::atomic_sub(var_forces, var_7, var_38);
    // wp.atomic_add(forces, i, f)                                                            <L 31>
    // var_40 = wp::atomic_add(var_forces, var_3, var_38);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_3, var_38, adj_forces, adj_3, adj_38, adj_40);
    // adj: wp.atomic_add(forces, i, f)                                                       <L 31>
    wp::adj_atomic_sub(var_forces, var_7, var_38, adj_forces, adj_7, adj_38, adj_39);
    // adj: wp.atomic_sub(forces, j, f)                                                       <L 30>
    wp::adj_mul(var_27, var_37, adj_27, adj_37, adj_38);
    wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
    wp::adj_mul(var_drag, var_33, adj_drag, adj_33, adj_36);
    wp::adj_mul(var_stiffness, var_34, adj_stiffness, adj_34, adj_35);
    wp::adj_sub(var_24, var_18, adj_24, adj_18, adj_34);
    // adj: f = dir * (stiffness * (l - l0) + drag * dldt)                                    <L 29>
    wp::adj_dot(var_30, var_27, adj_30, adj_27, adj_33);
    wp::adj_sub(var_31, var_32, adj_28, adj_29, adj_30);
    wp::adj_address(var_velocities, var_3, adj_velocities, adj_3, adj_29);
    wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_28);
    // adj: dldt = wp.dot(velocities[j] - velocities[i], dir)                                 <L 28>
    wp::adj_div(var_21, var_24, adj_21, adj_24, adj_27);
    // adj: dir = d / l                                                                       <L 27>
    if (var_26) {
        label0:;
        // adj: return                                                                        <L 26>
    }
    // adj: if l == 0.0:                                                                      <L 25>
    wp::adj_length(var_21, var_24, adj_21, adj_24);
    // adj: l = wp.length(d)                                                                  <L 24>
    wp::adj_sub(var_22, var_23, adj_19, adj_20, adj_21);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_20);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_19);
    // adj: d = positions[j] - positions[i]                                                   <L 23>
    wp::adj_mul(var_rest_length, var_17, adj_rest_length, adj_17, adj_18);
    wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
    wp::adj_mul(var_stroke, var_15, adj_stroke, adj_15, adj_16);
    wp::adj_cos(var_14, adj_14, adj_15);
    wp::adj_add(var_13, var_10, adj_13, adj_10, adj_14);
    wp::adj_mul(var_freq, var_time, adj_freq, adj_time, adj_13);
    // adj: l0 = rest_length * (1.0 + stroke * wp.cos(freq * time + phi))                     <L 22>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_9);
    // adj: phi = theta[tid]                                                                  <L 21>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
    // adj: j = springs[tid, 1]                                                               <L 20>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
    // adj: i = springs[tid, 0]                                                               <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def spring_forces_actuated(                                                       <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spring_forces_actuated_642bf7a0_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spring_forces_actuated_642bf7a0_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void spring_forces_actuated_642bf7a0_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    spring_forces_actuated_642bf7a0_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void spring_forces_actuated_642bf7a0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args)
{
    spring_forces_actuated_642bf7a0_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spring_forces_actuated_642bf7a0_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spring_forces_actuated_642bf7a0_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void spring_forces_actuated_642bf7a0_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    spring_forces_actuated_642bf7a0_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void spring_forces_actuated_642bf7a0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_args,
    wp_args_spring_forces_actuated_642bf7a0 *_wp_adj_args)
{
    spring_forces_actuated_642bf7a0_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

