// Warp 1.19.0 cpu code for actuated_springs_58d94285.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_actuated_springs_f76a5dae {
    wp::array_t<wp::int32> edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> rest_lengths;
    wp::array_t<wp::float32> theta;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
    wp::float32 act_amp;
    wp::float32 omega;
    wp::float32 time;
    wp::float32 k_spring;
};


template <bool wp_linear_contiguous>
static void actuated_springs_f76a5dae_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuated_springs_f76a5dae *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_edge_indices = _wp_args->edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::float32 var_act_amp = _wp_args->act_amp;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_k_spring = _wp_args->k_spring;
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
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    //---------
    // forward
    // def actuated_springs(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // i = edge_indices[tid, 0]                                                               <L 18>
    var_2 = wp::address(var_edge_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = edge_indices[tid, 1]                                                               <L 19>
    var_6 = wp::address(var_edge_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // l0 = rest_lengths[tid] * (1.0 + act_amp * wp.sin(omega * time + theta[tid]))           <L 20>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::mul(var_omega, var_time);
    var_12 = wp::address(var_theta, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::add(var_11, var_14);
    var_15 = wp::sin(var_13);
    var_16 = wp::mul(var_act_amp, var_15);
    var_17 = wp::add(var_10, var_16);
    var_19 = wp::load(var_9);
    var_18 = wp::mul(var_19, var_17);
    // d = positions[j] - positions[i]                                                        <L 21>
    var_20 = wp::address(var_positions, var_7);
    var_21 = wp::address(var_positions, var_3);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    // l = wp.length(d)                                                                       <L 22>
    var_25 = wp::length(var_22);
    // if l == 0.0:                                                                           <L 23>
    var_27 = (var_25 == var_26);
    if (var_27) {
        // return                                                                             <L 24>
        return;
    }
    // dir = d / l                                                                            <L 25>
    var_28 = wp::div(var_22, var_25);
    // f = dir * (k_spring * (l - l0))                                                        <L 26>
    var_29 = wp::sub(var_25, var_18);
    var_30 = wp::mul(var_k_spring, var_29);
    var_31 = wp::mul(var_28, var_30);
    // wp.atomic_add(force_out, i, f)                                                         <L 27>
    var_32 = wp::atomic_add(var_force_out, var_3, var_31);
    // wp.atomic_add(force_out, j, -f)                                                        <L 28>
    var_33 = wp::neg(var_31);
    var_34 = wp::atomic_add(var_force_out, var_7, var_33);
}



template <bool wp_linear_contiguous>
static void actuated_springs_f76a5dae_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuated_springs_f76a5dae *_wp_args,
    wp_args_actuated_springs_f76a5dae *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_edge_indices = _wp_args->edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_theta = _wp_args->theta;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::float32 var_act_amp = _wp_args->act_amp;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::array_t<wp::int32> adj_edge_indices = _wp_adj_args->edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::array_t<wp::float32> adj_theta = _wp_adj_args->theta;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    wp::float32 adj_act_amp = _wp_adj_args->act_amp;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_k_spring = _wp_adj_args->k_spring;
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
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::float32 var_26 = 0.0;
    bool var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::vec_t<3, wp::float32> var_31;
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
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    bool adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    //---------
    // forward
    // def actuated_springs(                                                                  <L 5>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // i = edge_indices[tid, 0]                                                               <L 18>
    var_2 = wp::address(var_edge_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = edge_indices[tid, 1]                                                               <L 19>
    var_6 = wp::address(var_edge_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // l0 = rest_lengths[tid] * (1.0 + act_amp * wp.sin(omega * time + theta[tid]))           <L 20>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::mul(var_omega, var_time);
    var_12 = wp::address(var_theta, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::add(var_11, var_14);
    var_15 = wp::sin(var_13);
    var_16 = wp::mul(var_act_amp, var_15);
    var_17 = wp::add(var_10, var_16);
    var_19 = wp::load(var_9);
    var_18 = wp::mul(var_19, var_17);
    // d = positions[j] - positions[i]                                                        <L 21>
    var_20 = wp::address(var_positions, var_7);
    var_21 = wp::address(var_positions, var_3);
    var_23 = wp::load(var_20);
    var_24 = wp::load(var_21);
    var_22 = wp::sub(var_23, var_24);
    // l = wp.length(d)                                                                       <L 22>
    var_25 = wp::length(var_22);
    // if l == 0.0:                                                                           <L 23>
    var_27 = (var_25 == var_26);
    if (var_27) {
        // return                                                                             <L 24>
        goto label0;
    }
    // dir = d / l                                                                            <L 25>
    var_28 = wp::div(var_22, var_25);
    // f = dir * (k_spring * (l - l0))                                                        <L 26>
    var_29 = wp::sub(var_25, var_18);
    var_30 = wp::mul(var_k_spring, var_29);
    var_31 = wp::mul(var_28, var_30);
    // wp.atomic_add(force_out, i, f)                                                         <L 27>
    // var_32 = wp::atomic_add(var_force_out, var_3, var_31);
    // wp.atomic_add(force_out, j, -f)                                                        <L 28>
    var_33 = wp::neg(var_31);
    // var_34 = wp::atomic_add(var_force_out, var_7, var_33);
    //---------
    // reverse
    wp::adj_atomic_add(var_force_out, var_7, var_33, adj_force_out, adj_7, adj_33, adj_34);
    wp::adj_neg(var_31, adj_31, adj_33);
    // adj: wp.atomic_add(force_out, j, -f)                                                   <L 28>
    wp::adj_atomic_add(var_force_out, var_3, var_31, adj_force_out, adj_3, adj_31, adj_32);
    // adj: wp.atomic_add(force_out, i, f)                                                    <L 27>
    wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
    wp::adj_mul(var_k_spring, var_29, adj_k_spring, adj_29, adj_30);
    wp::adj_sub(var_25, var_18, adj_25, adj_18, adj_29);
    // adj: f = dir * (k_spring * (l - l0))                                                   <L 26>
    wp::adj_div(var_22, var_25, adj_22, adj_25, adj_28);
    // adj: dir = d / l                                                                       <L 25>
    if (var_27) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    // adj: if l == 0.0:                                                                      <L 23>
    wp::adj_length(var_22, var_25, adj_22, adj_25);
    // adj: l = wp.length(d)                                                                  <L 22>
    wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_21);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_20);
    // adj: d = positions[j] - positions[i]                                                   <L 21>
    wp::adj_mul(var_19, var_17, adj_9, adj_17, adj_18);
    wp::adj_add(var_10, var_16, adj_10, adj_16, adj_17);
    wp::adj_mul(var_act_amp, var_15, adj_act_amp, adj_15, adj_16);
    wp::adj_sin(var_13, adj_13, adj_15);
    wp::adj_add(var_11, var_14, adj_11, adj_12, adj_13);
    wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_12);
    wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_11);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_9);
    // adj: l0 = rest_lengths[tid] * (1.0 + act_amp * wp.sin(omega * time + theta[tid]))      <L 20>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_edge_indices, var_0, var_5, adj_edge_indices, adj_0, adj_5, adj_6);
    // adj: j = edge_indices[tid, 1]                                                          <L 19>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_edge_indices, var_0, var_1, adj_edge_indices, adj_0, adj_1, adj_2);
    // adj: i = edge_indices[tid, 0]                                                          <L 18>
    // adj: tid = wp.tid()                                                                    <L 17>
    // adj: def actuated_springs(                                                             <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuated_springs_f76a5dae_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f76a5dae *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuated_springs_f76a5dae_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void actuated_springs_f76a5dae_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f76a5dae *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    actuated_springs_f76a5dae_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void actuated_springs_f76a5dae_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f76a5dae *_wp_args)
{
    actuated_springs_f76a5dae_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuated_springs_f76a5dae_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f76a5dae *_wp_args,
    wp_args_actuated_springs_f76a5dae *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuated_springs_f76a5dae_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void actuated_springs_f76a5dae_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f76a5dae *_wp_args,
    wp_args_actuated_springs_f76a5dae *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    actuated_springs_f76a5dae_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void actuated_springs_f76a5dae_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f76a5dae *_wp_args,
    wp_args_actuated_springs_f76a5dae *_wp_adj_args)
{
    actuated_springs_f76a5dae_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

