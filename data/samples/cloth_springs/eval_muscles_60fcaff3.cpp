// Warp 1.19.0 cpu code for eval_muscles_60fcaff3.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_eval_muscles_c5602d21 {
    wp::array_t<wp::int32> springs;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> rest_lengths;
    wp::array_t<wp::float32> activation;
    wp::array_t<wp::float32> theta;
    wp::array_t<wp::float32> stiffnesses;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::float32 omega;
    wp::float32 time;
};


template <bool wp_linear_contiguous>
static void eval_muscles_c5602d21_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_muscles_c5602d21 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_activation = _wp_args->activation;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::float32> var_stiffnesses = _wp_args->stiffnesses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
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
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    //---------
    // forward
    // def eval_muscles(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 17>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 18>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 19>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // act = activation[tid]                                                                  <L 20>
    var_12 = wp::address(var_activation, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // angle = theta[tid]                                                                     <L 21>
    var_15 = wp::address(var_theta, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // k = stiffnesses[tid]                                                                   <L 22>
    var_18 = wp::address(var_stiffnesses, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // l0 = rest * (1.0 + act * wp.cos(omega * time + angle))                                 <L 23>
    var_22 = wp::mul(var_omega, var_time);
    var_23 = wp::add(var_22, var_16);
    var_24 = wp::cos(var_23);
    var_25 = wp::mul(var_13, var_24);
    var_26 = wp::add(var_21, var_25);
    var_27 = wp::mul(var_10, var_26);
    // d = positions[j] - positions[i]                                                        <L 24>
    var_28 = wp::address(var_positions, var_7);
    var_29 = wp::address(var_positions, var_3);
    var_31 = wp::load(var_28);
    var_32 = wp::load(var_29);
    var_30 = wp::sub(var_31, var_32);
    // l = wp.length(d)                                                                       <L 25>
    var_33 = wp::length(var_30);
    // if l == 0.0:                                                                           <L 26>
    var_35 = (var_33 == var_34);
    if (var_35) {
        // return                                                                             <L 27>
        return;
    }
    // dir = d / l                                                                            <L 28>
    var_36 = wp::div(var_30, var_33);
    // f = dir * (k * (l - l0))                                                               <L 29>
    var_37 = wp::sub(var_33, var_27);
    var_38 = wp::mul(var_19, var_37);
    var_39 = wp::mul(var_36, var_38);
    // wp.atomic_add(forces, i, f)                                                            <L 30>
    var_40 = wp::atomic_add(var_forces, var_3, var_39);
    // wp.atomic_sub(forces, j, f)                                                            <L 31>
    var_41 = wp::atomic_sub(var_forces, var_7, var_39);
}



template <bool wp_linear_contiguous>
static void eval_muscles_c5602d21_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_muscles_c5602d21 *_wp_args,
    wp_args_eval_muscles_c5602d21 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_activation = _wp_args->activation;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::float32> var_stiffnesses = _wp_args->stiffnesses;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::int32> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::array_t<wp::float32> adj_activation = _wp_adj_args->activation;
    wp::array_t<wp::float32> adj_theta = _wp_adj_args->theta;
    wp::array_t<wp::float32> adj_stiffnesses = _wp_adj_args->stiffnesses;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time = _wp_adj_args->time;
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
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 1.0;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32>* var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
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
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    //---------
    // forward
    // def eval_muscles(                                                                      <L 5>
    // tid = wp.tid()                                                                         <L 16>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 17>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 18>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 19>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // act = activation[tid]                                                                  <L 20>
    var_12 = wp::address(var_activation, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // angle = theta[tid]                                                                     <L 21>
    var_15 = wp::address(var_theta, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // k = stiffnesses[tid]                                                                   <L 22>
    var_18 = wp::address(var_stiffnesses, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // l0 = rest * (1.0 + act * wp.cos(omega * time + angle))                                 <L 23>
    var_22 = wp::mul(var_omega, var_time);
    var_23 = wp::add(var_22, var_16);
    var_24 = wp::cos(var_23);
    var_25 = wp::mul(var_13, var_24);
    var_26 = wp::add(var_21, var_25);
    var_27 = wp::mul(var_10, var_26);
    // d = positions[j] - positions[i]                                                        <L 24>
    var_28 = wp::address(var_positions, var_7);
    var_29 = wp::address(var_positions, var_3);
    var_31 = wp::load(var_28);
    var_32 = wp::load(var_29);
    var_30 = wp::sub(var_31, var_32);
    // l = wp.length(d)                                                                       <L 25>
    var_33 = wp::length(var_30);
    // if l == 0.0:                                                                           <L 26>
    var_35 = (var_33 == var_34);
    if (var_35) {
        // return                                                                             <L 27>
        goto label0;
    }
    // dir = d / l                                                                            <L 28>
    var_36 = wp::div(var_30, var_33);
    // f = dir * (k * (l - l0))                                                               <L 29>
    var_37 = wp::sub(var_33, var_27);
    var_38 = wp::mul(var_19, var_37);
    var_39 = wp::mul(var_36, var_38);
    // wp.atomic_add(forces, i, f)                                                            <L 30>
    // var_40 = wp::atomic_add(var_forces, var_3, var_39);
    // wp.atomic_sub(forces, j, f)                                                            <L 31>
    // var_41 = wp::atomic_sub(var_forces, var_7, var_39);
    //---------
    // reverse
    wp::adj_atomic_sub(var_forces, var_7, var_39, adj_forces, adj_7, adj_39, adj_41);
    // adj: wp.atomic_sub(forces, j, f)                                                       <L 31>
    wp::adj_atomic_add(var_forces, var_3, var_39, adj_forces, adj_3, adj_39, adj_40);
    // adj: wp.atomic_add(forces, i, f)                                                       <L 30>
    wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
    wp::adj_mul(var_19, var_37, adj_19, adj_37, adj_38);
    wp::adj_sub(var_33, var_27, adj_33, adj_27, adj_37);
    // adj: f = dir * (k * (l - l0))                                                          <L 29>
    wp::adj_div(var_30, var_33, adj_30, adj_33, adj_36);
    // adj: dir = d / l                                                                       <L 28>
    if (var_35) {
        label0:;
        // adj: return                                                                        <L 27>
    }
    // adj: if l == 0.0:                                                                      <L 26>
    wp::adj_length(var_30, var_33, adj_30, adj_33);
    // adj: l = wp.length(d)                                                                  <L 25>
    wp::adj_sub(var_31, var_32, adj_28, adj_29, adj_30);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_29);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_28);
    // adj: d = positions[j] - positions[i]                                                   <L 24>
    wp::adj_mul(var_10, var_26, adj_10, adj_26, adj_27);
    wp::adj_add(var_21, var_25, adj_21, adj_25, adj_26);
    wp::adj_mul(var_13, var_24, adj_13, adj_24, adj_25);
    wp::adj_cos(var_23, adj_23, adj_24);
    wp::adj_add(var_22, var_16, adj_22, adj_16, adj_23);
    wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_22);
    // adj: l0 = rest * (1.0 + act * wp.cos(omega * time + angle))                            <L 23>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_stiffnesses, var_0, adj_stiffnesses, adj_0, adj_18);
    // adj: k = stiffnesses[tid]                                                              <L 22>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_15);
    // adj: angle = theta[tid]                                                                <L 21>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_activation, var_0, adj_activation, adj_0, adj_12);
    // adj: act = activation[tid]                                                             <L 20>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_9);
    // adj: rest = rest_lengths[tid]                                                          <L 19>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
    // adj: j = springs[tid, 1]                                                               <L 18>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
    // adj: i = springs[tid, 0]                                                               <L 17>
    // adj: tid = wp.tid()                                                                    <L 16>
    // adj: def eval_muscles(                                                                 <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_muscles_c5602d21_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_c5602d21 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_muscles_c5602d21_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_muscles_c5602d21_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_c5602d21 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_muscles_c5602d21_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_muscles_c5602d21_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_c5602d21 *_wp_args)
{
    eval_muscles_c5602d21_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_muscles_c5602d21_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_c5602d21 *_wp_args,
    wp_args_eval_muscles_c5602d21 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_muscles_c5602d21_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_muscles_c5602d21_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_c5602d21 *_wp_args,
    wp_args_eval_muscles_c5602d21 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_muscles_c5602d21_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_muscles_c5602d21_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_muscles_c5602d21 *_wp_args,
    wp_args_eval_muscles_c5602d21 *_wp_adj_args)
{
    eval_muscles_c5602d21_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

