// Warp 1.19.0 cpu code for spring_forces_actuated_41c417ef.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_spring_forces_actuated_46a9827b {
    wp::array_t<wp::int32> spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> theta;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::float32 rest_length;
    wp::float32 actuation;
    wp::float32 angular_freq;
    wp::float32 t;
    wp::float32 stiffness;
    wp::float32 kd;
};


template <bool wp_linear_contiguous>
static void spring_forces_actuated_46a9827b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spring_forces_actuated_46a9827b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::float32 var_actuation = _wp_args->actuation;
    wp::float32 var_angular_freq = _wp_args->angular_freq;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_kd = _wp_args->kd;
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
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // forward
    // def spring_forces_actuated(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 19>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 20>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // l0 = rest_length * (1.0 + actuation * wp.sin(angular_freq * t + theta[tid]))           <L 21>
    var_10 = wp::mul(var_angular_freq, var_t);
    var_11 = wp::address(var_theta, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_10, var_13);
    var_14 = wp::sin(var_12);
    var_15 = wp::mul(var_actuation, var_14);
    var_16 = wp::add(var_9, var_15);
    var_17 = wp::mul(var_rest_length, var_16);
    // d = points[j] - points[i]                                                              <L 22>
    var_18 = wp::address(var_points, var_7);
    var_19 = wp::address(var_points, var_3);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    // l = wp.length(d)                                                                       <L 23>
    var_23 = wp::length(var_20);
    // if l == 0.0:                                                                           <L 24>
    var_25 = (var_23 == var_24);
    if (var_25) {
        // return                                                                             <L 25>
        return;
    }
    // dir = d / l                                                                            <L 26>
    var_26 = wp::div(var_20, var_23);
    // dldt = wp.dot(particle_v[j] - particle_v[i], dir)                                      <L 27>
    var_27 = wp::address(var_particle_v, var_7);
    var_28 = wp::address(var_particle_v, var_3);
    var_30 = wp::load(var_27);
    var_31 = wp::load(var_28);
    var_29 = wp::sub(var_30, var_31);
    var_32 = wp::dot(var_29, var_26);
    // f = dir * (stiffness * (l - l0) + kd * dldt)                                           <L 28>
    var_33 = wp::sub(var_23, var_17);
    var_34 = wp::mul(var_stiffness, var_33);
    var_35 = wp::mul(var_kd, var_32);
    var_36 = wp::add(var_34, var_35);
    var_37 = wp::mul(var_26, var_36);
    // wp.atomic_add(forces, i, f)                                                            <L 29>
    var_38 = wp::atomic_add(var_forces, var_3, var_37);
    // wp.atomic_add(forces, j, -f)                                                           <L 30>
    var_39 = wp::neg(var_37);
    var_40 = wp::atomic_add(var_forces, var_7, var_39);
}



template <bool wp_linear_contiguous>
static void spring_forces_actuated_46a9827b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spring_forces_actuated_46a9827b *_wp_args,
    wp_args_spring_forces_actuated_46a9827b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::float32 var_actuation = _wp_args->actuation;
    wp::float32 var_angular_freq = _wp_args->angular_freq;
    wp::float32 var_t = _wp_args->t;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::int32> adj_spring_indices = _wp_adj_args->spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_theta = _wp_adj_args->theta;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::float32 adj_rest_length = _wp_adj_args->rest_length;
    wp::float32 adj_actuation = _wp_adj_args->actuation;
    wp::float32 adj_angular_freq = _wp_adj_args->angular_freq;
    wp::float32 adj_t = _wp_adj_args->t;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_kd = _wp_adj_args->kd;
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
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
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
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    //---------
    // forward
    // def spring_forces_actuated(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 19>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 20>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // l0 = rest_length * (1.0 + actuation * wp.sin(angular_freq * t + theta[tid]))           <L 21>
    var_10 = wp::mul(var_angular_freq, var_t);
    var_11 = wp::address(var_theta, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::add(var_10, var_13);
    var_14 = wp::sin(var_12);
    var_15 = wp::mul(var_actuation, var_14);
    var_16 = wp::add(var_9, var_15);
    var_17 = wp::mul(var_rest_length, var_16);
    // d = points[j] - points[i]                                                              <L 22>
    var_18 = wp::address(var_points, var_7);
    var_19 = wp::address(var_points, var_3);
    var_21 = wp::load(var_18);
    var_22 = wp::load(var_19);
    var_20 = wp::sub(var_21, var_22);
    // l = wp.length(d)                                                                       <L 23>
    var_23 = wp::length(var_20);
    // if l == 0.0:                                                                           <L 24>
    var_25 = (var_23 == var_24);
    if (var_25) {
        // return                                                                             <L 25>
        goto label0;
    }
    // dir = d / l                                                                            <L 26>
    var_26 = wp::div(var_20, var_23);
    // dldt = wp.dot(particle_v[j] - particle_v[i], dir)                                      <L 27>
    var_27 = wp::address(var_particle_v, var_7);
    var_28 = wp::address(var_particle_v, var_3);
    var_30 = wp::load(var_27);
    var_31 = wp::load(var_28);
    var_29 = wp::sub(var_30, var_31);
    var_32 = wp::dot(var_29, var_26);
    // f = dir * (stiffness * (l - l0) + kd * dldt)                                           <L 28>
    var_33 = wp::sub(var_23, var_17);
    var_34 = wp::mul(var_stiffness, var_33);
    var_35 = wp::mul(var_kd, var_32);
    var_36 = wp::add(var_34, var_35);
    var_37 = wp::mul(var_26, var_36);
    // wp.atomic_add(forces, i, f)                                                            <L 29>
    // var_38 = wp::atomic_add(var_forces, var_3, var_37);
    // wp.atomic_add(forces, j, -f)                                                           <L 30>
    var_39 = wp::neg(var_37);
    // var_40 = wp::atomic_add(var_forces, var_7, var_39);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_7, var_39, adj_forces, adj_7, adj_39, adj_40);
    wp::adj_neg(var_37, adj_37, adj_39);
    // adj: wp.atomic_add(forces, j, -f)                                                      <L 30>
    wp::adj_atomic_add(var_forces, var_3, var_37, adj_forces, adj_3, adj_37, adj_38);
    // adj: wp.atomic_add(forces, i, f)                                                       <L 29>
    wp::adj_mul(var_26, var_36, adj_26, adj_36, adj_37);
    wp::adj_add(var_34, var_35, adj_34, adj_35, adj_36);
    wp::adj_mul(var_kd, var_32, adj_kd, adj_32, adj_35);
    wp::adj_mul(var_stiffness, var_33, adj_stiffness, adj_33, adj_34);
    wp::adj_sub(var_23, var_17, adj_23, adj_17, adj_33);
    // adj: f = dir * (stiffness * (l - l0) + kd * dldt)                                      <L 28>
    wp::adj_dot(var_29, var_26, adj_29, adj_26, adj_32);
    wp::adj_sub(var_30, var_31, adj_27, adj_28, adj_29);
    wp::adj_address(var_particle_v, var_3, adj_particle_v, adj_3, adj_28);
    wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_27);
    // adj: dldt = wp.dot(particle_v[j] - particle_v[i], dir)                                 <L 27>
    wp::adj_div(var_20, var_23, adj_20, adj_23, adj_26);
    // adj: dir = d / l                                                                       <L 26>
    if (var_25) {
        label0:;
        // adj: return                                                                        <L 25>
    }
    // adj: if l == 0.0:                                                                      <L 24>
    wp::adj_length(var_20, var_23, adj_20, adj_23);
    // adj: l = wp.length(d)                                                                  <L 23>
    wp::adj_sub(var_21, var_22, adj_18, adj_19, adj_20);
    wp::adj_address(var_points, var_3, adj_points, adj_3, adj_19);
    wp::adj_address(var_points, var_7, adj_points, adj_7, adj_18);
    // adj: d = points[j] - points[i]                                                         <L 22>
    wp::adj_mul(var_rest_length, var_16, adj_rest_length, adj_16, adj_17);
    wp::adj_add(var_9, var_15, adj_9, adj_15, adj_16);
    wp::adj_mul(var_actuation, var_14, adj_actuation, adj_14, adj_15);
    wp::adj_sin(var_12, adj_12, adj_14);
    wp::adj_add(var_10, var_13, adj_10, adj_11, adj_12);
    wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_11);
    wp::adj_mul(var_angular_freq, var_t, adj_angular_freq, adj_t, adj_10);
    // adj: l0 = rest_length * (1.0 + actuation * wp.sin(angular_freq * t + theta[tid]))      <L 21>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
    // adj: j = spring_indices[tid, 1]                                                        <L 20>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
    // adj: i = spring_indices[tid, 0]                                                        <L 19>
    // adj: tid = wp.tid()                                                                    <L 18>
    // adj: def spring_forces_actuated(                                                       <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spring_forces_actuated_46a9827b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_46a9827b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spring_forces_actuated_46a9827b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void spring_forces_actuated_46a9827b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_46a9827b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    spring_forces_actuated_46a9827b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void spring_forces_actuated_46a9827b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_46a9827b *_wp_args)
{
    spring_forces_actuated_46a9827b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void spring_forces_actuated_46a9827b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_46a9827b *_wp_args,
    wp_args_spring_forces_actuated_46a9827b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        spring_forces_actuated_46a9827b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void spring_forces_actuated_46a9827b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_46a9827b *_wp_args,
    wp_args_spring_forces_actuated_46a9827b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    spring_forces_actuated_46a9827b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void spring_forces_actuated_46a9827b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spring_forces_actuated_46a9827b *_wp_args,
    wp_args_spring_forces_actuated_46a9827b *_wp_adj_args)
{
    spring_forces_actuated_46a9827b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

