// Warp 1.19.0 cpu code for eval_muscles_5c6a7168.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_eval_muscles_10a7bb92 {
    wp::array_t<wp::int32> spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> spring_rest_length;
    wp::array_t<wp::float32> act_amp;
    wp::float32 omega;
    wp::float32 time;
    wp::float32 stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void eval_muscles_10a7bb92_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_muscles_10a7bb92 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_spring_rest_length = _wp_args->spring_rest_length;
    wp::array_t<wp::float32> var_act_amp = _wp_args->act_amp;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
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
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // forward
    // def eval_muscles(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 16>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 17>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = spring_rest_length[tid]                                                         <L 18>
    var_9 = wp::address(var_spring_rest_length, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // act = act_amp[tid]                                                                     <L 19>
    var_12 = wp::address(var_act_amp, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + act * wp.cos(omega * time))                                         <L 22>
    var_16 = wp::mul(var_omega, var_time);
    var_17 = wp::cos(var_16);
    var_18 = wp::mul(var_13, var_17);
    var_19 = wp::add(var_15, var_18);
    var_20 = wp::mul(var_10, var_19);
    // d = particle_x[j] - particle_x[i]                                                      <L 23>
    var_21 = wp::address(var_particle_x, var_7);
    var_22 = wp::address(var_particle_x, var_3);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    // l = wp.length(d)                                                                       <L 24>
    var_26 = wp::length(var_23);
    // if l == 0.0:                                                                           <L 25>
    var_28 = (var_26 == var_27);
    if (var_28) {
        // return                                                                             <L 26>
        return;
    }
    // dir = d / l                                                                            <L 27>
    var_29 = wp::div(var_23, var_26);
    // f = dir * (stiffness * (l - l0))                                                       <L 28>
    var_30 = wp::sub(var_26, var_20);
    var_31 = wp::mul(var_stiffness, var_30);
    var_32 = wp::mul(var_29, var_31);
    // wp.atomic_add(particle_f, i, f)                                                        <L 29>
    var_33 = wp::atomic_add(var_particle_f, var_3, var_32);
    // wp.atomic_sub(particle_f, j, f)                                                        <L 30>
    var_34 = wp::atomic_sub(var_particle_f, var_7, var_32);
}



template <bool wp_linear_contiguous>
static void eval_muscles_10a7bb92_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_muscles_10a7bb92 *_wp_args,
    wp_args_eval_muscles_10a7bb92 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_indices = _wp_args->spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_spring_rest_length = _wp_args->spring_rest_length;
    wp::array_t<wp::float32> var_act_amp = _wp_args->act_amp;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::int32> adj_spring_indices = _wp_adj_args->spring_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::float32> adj_spring_rest_length = _wp_adj_args->spring_rest_length;
    wp::array_t<wp::float32> adj_act_amp = _wp_adj_args->act_amp;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
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
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
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
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    //---------
    // forward
    // def eval_muscles(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = spring_indices[tid, 0]                                                             <L 16>
    var_2 = wp::address(var_spring_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = spring_indices[tid, 1]                                                             <L 17>
    var_6 = wp::address(var_spring_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = spring_rest_length[tid]                                                         <L 18>
    var_9 = wp::address(var_spring_rest_length, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // act = act_amp[tid]                                                                     <L 19>
    var_12 = wp::address(var_act_amp, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + act * wp.cos(omega * time))                                         <L 22>
    var_16 = wp::mul(var_omega, var_time);
    var_17 = wp::cos(var_16);
    var_18 = wp::mul(var_13, var_17);
    var_19 = wp::add(var_15, var_18);
    var_20 = wp::mul(var_10, var_19);
    // d = particle_x[j] - particle_x[i]                                                      <L 23>
    var_21 = wp::address(var_particle_x, var_7);
    var_22 = wp::address(var_particle_x, var_3);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    // l = wp.length(d)                                                                       <L 24>
    var_26 = wp::length(var_23);
    // if l == 0.0:                                                                           <L 25>
    var_28 = (var_26 == var_27);
    if (var_28) {
        // return                                                                             <L 26>
        goto label0;
    }
    // dir = d / l                                                                            <L 27>
    var_29 = wp::div(var_23, var_26);
    // f = dir * (stiffness * (l - l0))                                                       <L 28>
    var_30 = wp::sub(var_26, var_20);
    var_31 = wp::mul(var_stiffness, var_30);
    var_32 = wp::mul(var_29, var_31);
    // wp.atomic_add(particle_f, i, f)                                                        <L 29>
    // var_33 = wp::atomic_add(var_particle_f, var_3, var_32);
    // wp.atomic_sub(particle_f, j, f)                                                        <L 30>
    // var_34 = wp::atomic_sub(var_particle_f, var_7, var_32);
    //---------
    // reverse
    wp::adj_atomic_sub(var_particle_f, var_7, var_32, adj_particle_f, adj_7, adj_32, adj_34);
    // adj: wp.atomic_sub(particle_f, j, f)                                                   <L 30>
    wp::adj_atomic_add(var_particle_f, var_3, var_32, adj_particle_f, adj_3, adj_32, adj_33);
    // adj: wp.atomic_add(particle_f, i, f)                                                   <L 29>
    wp::adj_mul(var_29, var_31, adj_29, adj_31, adj_32);
    wp::adj_mul(var_stiffness, var_30, adj_stiffness, adj_30, adj_31);
    wp::adj_sub(var_26, var_20, adj_26, adj_20, adj_30);
    // adj: f = dir * (stiffness * (l - l0))                                                  <L 28>
    wp::adj_div(var_23, var_26, adj_23, adj_26, adj_29);
    // adj: dir = d / l                                                                       <L 27>
    if (var_28) {
        label0:;
        // adj: return                                                                        <L 26>
    }
    // adj: if l == 0.0:                                                                      <L 25>
    wp::adj_length(var_23, var_26, adj_23, adj_26);
    // adj: l = wp.length(d)                                                                  <L 24>
    wp::adj_sub(var_24, var_25, adj_21, adj_22, adj_23);
    wp::adj_address(var_particle_x, var_3, adj_particle_x, adj_3, adj_22);
    wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_21);
    // adj: d = particle_x[j] - particle_x[i]                                                 <L 23>
    wp::adj_mul(var_10, var_19, adj_10, adj_19, adj_20);
    wp::adj_add(var_15, var_18, adj_15, adj_18, adj_19);
    wp::adj_mul(var_13, var_17, adj_13, adj_17, adj_18);
    wp::adj_cos(var_16, adj_16, adj_17);
    wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_16);
    // adj: l0 = rest * (1.0 + act * wp.cos(omega * time))                                    <L 22>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_act_amp, var_0, adj_act_amp, adj_0, adj_12);
    // adj: act = act_amp[tid]                                                                <L 19>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_spring_rest_length, var_0, adj_spring_rest_length, adj_0, adj_9);
    // adj: rest = spring_rest_length[tid]                                                    <L 18>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
    // adj: j = spring_indices[tid, 1]                                                        <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
    // adj: i = spring_indices[tid, 0]                                                        <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def eval_muscles(                                                                 <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_muscles_10a7bb92_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_10a7bb92 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_muscles_10a7bb92_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_muscles_10a7bb92_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_10a7bb92 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_muscles_10a7bb92_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_muscles_10a7bb92_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_10a7bb92 *_wp_args)
{
    eval_muscles_10a7bb92_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_muscles_10a7bb92_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_10a7bb92 *_wp_args,
    wp_args_eval_muscles_10a7bb92 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_muscles_10a7bb92_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_muscles_10a7bb92_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_10a7bb92 *_wp_args,
    wp_args_eval_muscles_10a7bb92 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_muscles_10a7bb92_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_muscles_10a7bb92_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_10a7bb92 *_wp_args,
    wp_args_eval_muscles_10a7bb92 *_wp_adj_args)
{
    eval_muscles_10a7bb92_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

