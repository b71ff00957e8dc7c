// Warp 1.19.0 cpu code for eval_fixed_tendons_461ba8a7.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_eval_fixed_tendons_3ea6c791 {
    wp::array_t<wp::int32> tendon_entry_start;
    wp::array_t<wp::int32> tendon_dof;
    wp::array_t<wp::float32> tendon_gear;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> tendon_range_lower;
    wp::array_t<wp::float32> tendon_range_upper;
    wp::array_t<wp::float32> tendon_ke;
    wp::array_t<wp::float32> joint_tau;
};


template <bool wp_linear_contiguous>
static void eval_fixed_tendons_3ea6c791_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_eval_fixed_tendons_3ea6c791 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tendon_entry_start = _wp_args->tendon_entry_start;
    wp::array_t<wp::int32> var_tendon_dof = _wp_args->tendon_dof;
    wp::array_t<wp::float32> var_tendon_gear = _wp_args->tendon_gear;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_tendon_range_lower = _wp_args->tendon_range_lower;
    wp::array_t<wp::float32> var_tendon_range_upper = _wp_args->tendon_range_upper;
    wp::array_t<wp::float32> var_tendon_ke = _wp_args->tendon_ke;
    wp::array_t<wp::float32> var_joint_tau = _wp_args->joint_tau;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32* var_7;
    wp::int32 var_8;
    wp::int32 var_9;
    bool var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::float32 var_18;
    wp::range_t var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::float32* var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    wp::float32 var_32;
    wp::float32* var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::range_t var_40;
    wp::int32 var_41;
    wp::int32* var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::int32 var_47;
    //---------
    // forward
    // def eval_fixed_tendons(                                                                <L 5>
    // world, t = wp.tid()                                                                    <L 15>
    builtin_tid2d(var_0, var_1);
    // start = tendon_entry_start[t]                                                          <L 16>
    var_2 = wp::address(var_tendon_entry_start, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // end = tendon_entry_start[t + 1]                                                        <L 17>
    var_6 = wp::add(var_1, var_5);
    var_7 = wp::address(var_tendon_entry_start, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // if start == end:                                                                       <L 19>
    var_10 = (var_3 == var_8);
    if (var_10) {
        // return                                                                             <L 20>
        return;
    }
    // upper = tendon_range_upper[t]                                                          <L 21>
    var_11 = wp::address(var_tendon_range_upper, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // ke = tendon_ke[t]                                                                      <L 22>
    var_14 = wp::address(var_tendon_ke, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // length = float(0.0)                                                                    <L 24>
    var_18 = wp::float(var_17);
    // for k in range(start, end):                                                            <L 25>
    var_19 = wp::range(var_3, var_8);
    start_for_1:;
        if (iter_cmp(var_19) == 0) goto end_for_1;
        var_20 = wp::iter_next(var_19);
        // dof = tendon_dof[k]                                                                <L 26>
        var_21 = wp::address(var_tendon_dof, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // length += tendon_gear[k] * joint_q[world, dof]                                     <L 27>
        var_24 = wp::address(var_tendon_gear, var_20);
        var_25 = wp::address(var_joint_q, var_0, var_22);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = wp::mul(var_27, var_28);
        var_29 = wp::add(var_18, var_26);
        wp::assign(var_18, var_29);
        goto start_for_1;
    end_for_1:;
    // tension = ke * (wp.max(length - upper, 0.0) + wp.min(length - tendon_range_lower[t], 0.0))       <L 29>
    var_30 = wp::sub(var_18, var_12);
    var_32 = wp::max(var_30, var_31);
    var_33 = wp::address(var_tendon_range_lower, var_1);
    var_35 = wp::load(var_33);
    var_34 = wp::sub(var_18, var_35);
    var_37 = wp::min(var_34, var_36);
    var_38 = wp::add(var_32, var_37);
    var_39 = wp::mul(var_15, var_38);
    // for k in range(start, end):                                                            <L 31>
    var_40 = wp::range(var_3, var_8);
    start_for_3:;
        if (iter_cmp(var_40) == 0) goto end_for_3;
        var_41 = wp::iter_next(var_40);
        // wp.atomic_sub(joint_tau, world, tendon_dof[k], tendon_gear[k] * tension)           <L 32>
        var_42 = wp::address(var_tendon_dof, var_41);
        var_43 = wp::address(var_tendon_gear, var_41);
        var_45 = wp::load(var_43);
        var_44 = wp::mul(var_45, var_39);
        var_47 = wp::load(var_42);
        var_46 = wp::atomic_sub(var_joint_tau, var_0, var_47, var_44);
        goto start_for_3;
    end_for_3:;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_fixed_tendons_3ea6c791_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_fixed_tendons_3ea6c791 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_fixed_tendons_3ea6c791_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_fixed_tendons_3ea6c791_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_fixed_tendons_3ea6c791 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_fixed_tendons_3ea6c791_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_fixed_tendons_3ea6c791_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_eval_fixed_tendons_3ea6c791 *_wp_args)
{
    eval_fixed_tendons_3ea6c791_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_actuated_springs_4410826f {
    wp::array_t<wp::int32> edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> spring_rest_length;
    wp::array_t<wp::float32> activation;
    wp::array_t<wp::float32> spring_stiffness;
    wp::array_t<wp::float32> spring_damping;
    wp::float32 omega;
    wp::float32 time;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void actuated_springs_4410826f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuated_springs_4410826f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_edge_indices = _wp_args->edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_spring_rest_length = _wp_args->spring_rest_length;
    wp::array_t<wp::float32> var_activation = _wp_args->activation;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
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
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    //---------
    // forward
    // def actuated_springs(                                                                  <L 36>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // i = edge_indices[tid, 0]                                                               <L 50>
    var_2 = wp::address(var_edge_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = edge_indices[tid, 1]                                                               <L 51>
    var_6 = wp::address(var_edge_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = spring_rest_length[tid]                                                         <L 52>
    var_9 = wp::address(var_spring_rest_length, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // damping = spring_damping[tid]                                                          <L 53>
    var_12 = wp::address(var_spring_damping, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + activation[tid] * wp.sin(omega * time))                             <L 54>
    var_16 = wp::address(var_activation, var_0);
    var_17 = wp::mul(var_omega, var_time);
    var_18 = wp::sin(var_17);
    var_20 = wp::load(var_16);
    var_19 = wp::mul(var_20, var_18);
    var_21 = wp::add(var_15, var_19);
    var_22 = wp::mul(var_10, var_21);
    // d = positions[j] - positions[i]                                                        <L 55>
    var_23 = wp::address(var_positions, var_7);
    var_24 = wp::address(var_positions, var_3);
    var_26 = wp::load(var_23);
    var_27 = wp::load(var_24);
    var_25 = wp::sub(var_26, var_27);
    // l = wp.length(d)                                                                       <L 56>
    var_28 = wp::length(var_25);
    // if l == 0.0:                                                                           <L 57>
    var_30 = (var_28 == var_29);
    if (var_30) {
        // return                                                                             <L 58>
        return;
    }
    // dir = d / l                                                                            <L 59>
    var_31 = wp::div(var_25, var_28);
    // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 60>
    var_32 = wp::address(var_velocities, var_7);
    var_33 = wp::address(var_velocities, var_3);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::sub(var_35, var_36);
    var_37 = wp::dot(var_34, var_31);
    // f = dir * (spring_stiffness[tid] * (l - l0) + damping * dldt)                          <L 61>
    var_38 = wp::address(var_spring_stiffness, var_0);
    var_39 = wp::sub(var_28, var_22);
    var_41 = wp::load(var_38);
    var_40 = wp::mul(var_41, var_39);
    var_42 = wp::mul(var_13, var_37);
    var_43 = wp::add(var_40, var_42);
    var_44 = wp::mul(var_31, var_43);
    // wp.atomic_add(particle_f, i, f)                                                        <L 62>
    var_45 = wp::atomic_add(var_particle_f, var_3, var_44);
    // wp.atomic_add(particle_f, j, -f)                                                       <L 63>
    var_46 = wp::neg(var_44);
    var_47 = wp::atomic_add(var_particle_f, var_7, var_46);
}



template <bool wp_linear_contiguous>
static void actuated_springs_4410826f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuated_springs_4410826f *_wp_args,
    wp_args_actuated_springs_4410826f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_edge_indices = _wp_args->edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_spring_rest_length = _wp_args->spring_rest_length;
    wp::array_t<wp::float32> var_activation = _wp_args->activation;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::int32> adj_edge_indices = _wp_adj_args->edge_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_spring_rest_length = _wp_adj_args->spring_rest_length;
    wp::array_t<wp::float32> adj_activation = _wp_adj_args->activation;
    wp::array_t<wp::float32> adj_spring_stiffness = _wp_adj_args->spring_stiffness;
    wp::array_t<wp::float32> adj_spring_damping = _wp_adj_args->spring_damping;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time = _wp_adj_args->time;
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
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    bool var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::float32 var_37;
    wp::float32* var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
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
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    //---------
    // forward
    // def actuated_springs(                                                                  <L 36>
    // tid = wp.tid()                                                                         <L 49>
    var_0 = builtin_tid1d();
    // i = edge_indices[tid, 0]                                                               <L 50>
    var_2 = wp::address(var_edge_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = edge_indices[tid, 1]                                                               <L 51>
    var_6 = wp::address(var_edge_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = spring_rest_length[tid]                                                         <L 52>
    var_9 = wp::address(var_spring_rest_length, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // damping = spring_damping[tid]                                                          <L 53>
    var_12 = wp::address(var_spring_damping, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + activation[tid] * wp.sin(omega * time))                             <L 54>
    var_16 = wp::address(var_activation, var_0);
    var_17 = wp::mul(var_omega, var_time);
    var_18 = wp::sin(var_17);
    var_20 = wp::load(var_16);
    var_19 = wp::mul(var_20, var_18);
    var_21 = wp::add(var_15, var_19);
    var_22 = wp::mul(var_10, var_21);
    // d = positions[j] - positions[i]                                                        <L 55>
    var_23 = wp::address(var_positions, var_7);
    var_24 = wp::address(var_positions, var_3);
    var_26 = wp::load(var_23);
    var_27 = wp::load(var_24);
    var_25 = wp::sub(var_26, var_27);
    // l = wp.length(d)                                                                       <L 56>
    var_28 = wp::length(var_25);
    // if l == 0.0:                                                                           <L 57>
    var_30 = (var_28 == var_29);
    if (var_30) {
        // return                                                                             <L 58>
        goto label0;
    }
    // dir = d / l                                                                            <L 59>
    var_31 = wp::div(var_25, var_28);
    // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 60>
    var_32 = wp::address(var_velocities, var_7);
    var_33 = wp::address(var_velocities, var_3);
    var_35 = wp::load(var_32);
    var_36 = wp::load(var_33);
    var_34 = wp::sub(var_35, var_36);
    var_37 = wp::dot(var_34, var_31);
    // f = dir * (spring_stiffness[tid] * (l - l0) + damping * dldt)                          <L 61>
    var_38 = wp::address(var_spring_stiffness, var_0);
    var_39 = wp::sub(var_28, var_22);
    var_41 = wp::load(var_38);
    var_40 = wp::mul(var_41, var_39);
    var_42 = wp::mul(var_13, var_37);
    var_43 = wp::add(var_40, var_42);
    var_44 = wp::mul(var_31, var_43);
    // wp.atomic_add(particle_f, i, f)                                                        <L 62>
    // var_45 = wp::atomic_add(var_particle_f, var_3, var_44);
    // wp.atomic_add(particle_f, j, -f)                                                       <L 63>
    var_46 = wp::neg(var_44);
    // var_47 = wp::atomic_add(var_particle_f, var_7, var_46);
    //---------
    // reverse
    wp::adj_atomic_add(var_particle_f, var_7, var_46, adj_particle_f, adj_7, adj_46, adj_47);
    wp::adj_neg(var_44, adj_44, adj_46);
    // adj: wp.atomic_add(particle_f, j, -f)                                                  <L 63>
    wp::adj_atomic_add(var_particle_f, var_3, var_44, adj_particle_f, adj_3, adj_44, adj_45);
    // adj: wp.atomic_add(particle_f, i, f)                                                   <L 62>
    wp::adj_mul(var_31, var_43, adj_31, adj_43, adj_44);
    wp::adj_add(var_40, var_42, adj_40, adj_42, adj_43);
    wp::adj_mul(var_13, var_37, adj_13, adj_37, adj_42);
    wp::adj_mul(var_41, var_39, adj_38, adj_39, adj_40);
    wp::adj_sub(var_28, var_22, adj_28, adj_22, adj_39);
    wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_38);
    // adj: f = dir * (spring_stiffness[tid] * (l - l0) + damping * dldt)                     <L 61>
    wp::adj_dot(var_34, var_31, adj_34, adj_31, adj_37);
    wp::adj_sub(var_35, var_36, adj_32, adj_33, adj_34);
    wp::adj_address(var_velocities, var_3, adj_velocities, adj_3, adj_33);
    wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_32);
    // adj: dldt = wp.dot(velocities[j] - velocities[i], dir)                                 <L 60>
    wp::adj_div(var_25, var_28, adj_25, adj_28, adj_31);
    // adj: dir = d / l                                                                       <L 59>
    if (var_30) {
        label0:;
        // adj: return                                                                        <L 58>
    }
    // adj: if l == 0.0:                                                                      <L 57>
    wp::adj_length(var_25, var_28, adj_25, adj_28);
    // adj: l = wp.length(d)                                                                  <L 56>
    wp::adj_sub(var_26, var_27, adj_23, adj_24, adj_25);
    wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_24);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_23);
    // adj: d = positions[j] - positions[i]                                                   <L 55>
    wp::adj_mul(var_10, var_21, adj_10, adj_21, adj_22);
    wp::adj_add(var_15, var_19, adj_15, adj_19, adj_21);
    wp::adj_mul(var_20, var_18, adj_16, adj_18, adj_19);
    wp::adj_sin(var_17, adj_17, adj_18);
    wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_17);
    wp::adj_address(var_activation, var_0, adj_activation, adj_0, adj_16);
    // adj: l0 = rest * (1.0 + activation[tid] * wp.sin(omega * time))                        <L 54>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_12);
    // adj: damping = spring_damping[tid]                                                     <L 53>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_spring_rest_length, var_0, adj_spring_rest_length, adj_0, adj_9);
    // adj: rest = spring_rest_length[tid]                                                    <L 52>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_edge_indices, var_0, var_5, adj_edge_indices, adj_0, adj_5, adj_6);
    // adj: j = edge_indices[tid, 1]                                                          <L 51>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_edge_indices, var_0, var_1, adj_edge_indices, adj_0, adj_1, adj_2);
    // adj: i = edge_indices[tid, 0]                                                          <L 50>
    // adj: tid = wp.tid()                                                                    <L 49>
    // adj: def actuated_springs(                                                             <L 36>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuated_springs_4410826f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_4410826f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuated_springs_4410826f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void actuated_springs_4410826f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_4410826f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    actuated_springs_4410826f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void actuated_springs_4410826f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_4410826f *_wp_args)
{
    actuated_springs_4410826f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuated_springs_4410826f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_4410826f *_wp_args,
    wp_args_actuated_springs_4410826f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuated_springs_4410826f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void actuated_springs_4410826f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_4410826f *_wp_args,
    wp_args_actuated_springs_4410826f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    actuated_springs_4410826f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void actuated_springs_4410826f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_4410826f *_wp_args,
    wp_args_actuated_springs_4410826f *_wp_adj_args)
{
    actuated_springs_4410826f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

