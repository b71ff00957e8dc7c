// Warp 1.19.0 cpu code for solve_world_springs_b21654d1.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_solve_world_springs_d6f451ef {
    wp::array_t<wp::int32> spring_offsets;
    wp::array_t<wp::int32> world_spring_count;
    wp::array_t<wp::int32> world_particle_start;
    wp::array_t<wp::int32> distance_pairs;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> prev_positions;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::float32> rest_distance;
    wp::array_t<wp::float32> spring_damping;
    wp::float32 compliance;
    wp::float32 delta_time;
    wp::array_t<wp::float32> constraint_lambda;
    wp::array_t<wp::vec_t<3, wp::float32>> delta_x;
};


template <bool wp_linear_contiguous>
static void solve_world_springs_d6f451ef_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_solve_world_springs_d6f451ef *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_spring_offsets = _wp_args->spring_offsets;
    wp::array_t<wp::int32> var_world_spring_count = _wp_args->world_spring_count;
    wp::array_t<wp::int32> var_world_particle_start = _wp_args->world_particle_start;
    wp::array_t<wp::int32> var_distance_pairs = _wp_args->distance_pairs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_prev_positions = _wp_args->prev_positions;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::float32> var_rest_distance = _wp_args->rest_distance;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::float32 var_compliance = _wp_args->compliance;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::float32> var_constraint_lambda = _wp_args->constraint_lambda;
    wp::array_t<wp::vec_t<3, wp::float32>> var_delta_x = _wp_args->delta_x;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 2;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32* var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32>* var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32 var_39;
    const wp::float32 var_40 = 1e-06;
    bool var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32* var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32* var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32>* var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::vec_t<3, wp::float32>* var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::float32 var_69 = 1.0;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    //---------
    // forward
    // def solve_world_springs(                                                               <L 5>
    // world, s = wp.tid()                                                                    <L 20>
    builtin_tid2d(var_0, var_1);
    // if s >= world_spring_count[world]:                                                     <L 21>
    var_2 = wp::address(var_world_spring_count, var_0);
    var_4 = wp::load(var_2);
    var_3 = (var_1 >= var_4);
    if (var_3) {
        // return                                                                             <L 22>
        return;
    }
    // spring = spring_offsets[world] + s                                                     <L 23>
    var_5 = wp::address(var_spring_offsets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    // offset = world_particle_start[world]                                                   <L 25>
    var_8 = wp::address(var_world_particle_start, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // a = offset + distance_pairs[2 * spring]                                                <L 26>
    var_12 = wp::mul(var_11, var_6);
    var_13 = wp::address(var_distance_pairs, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::add(var_9, var_15);
    // b = offset + distance_pairs[2 * spring + 1]                                            <L 27>
    var_17 = wp::mul(var_16, var_6);
    var_19 = wp::add(var_17, var_18);
    var_20 = wp::address(var_distance_pairs, var_19);
    var_22 = wp::load(var_20);
    var_21 = wp::add(var_9, var_22);
    // w_a = particle_inv_mass[a]                                                             <L 28>
    var_23 = wp::address(var_particle_inv_mass, var_14);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // w_b = particle_inv_mass[b]                                                             <L 29>
    var_26 = wp::address(var_particle_inv_mass, var_21);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // w_sum = w_a + w_b                                                                      <L 30>
    var_29 = wp::add(var_24, var_27);
    // if w_sum == 0.0:                                                                       <L 31>
    var_31 = (var_29 == var_30);
    if (var_31) {
        // return                                                                             <L 32>
        return;
    }
    // x_a = positions[a]                                                                     <L 33>
    var_32 = wp::address(var_positions, var_14);
    var_34 = wp::load(var_32);
    var_33 = wp::copy(var_34);
    // x_b = positions[b]                                                                     <L 34>
    var_35 = wp::address(var_positions, var_21);
    var_37 = wp::load(var_35);
    var_36 = wp::copy(var_37);
    // d = x_a - x_b                                                                          <L 35>
    var_38 = wp::sub(var_33, var_36);
    // length = wp.length(d)                                                                  <L 36>
    var_39 = wp::length(var_38);
    // if length < 1.0e-6:                                                                    <L 37>
    var_41 = (var_39 < var_40);
    if (var_41) {
        // return                                                                             <L 38>
        return;
    }
    // n = d / length                                                                         <L 39>
    var_42 = wp::div(var_38, var_39);
    // rest_length = rest_distance[spring]                                                    <L 40>
    var_43 = wp::address(var_rest_distance, var_6);
    var_45 = wp::load(var_43);
    var_44 = wp::copy(var_45);
    // err = length - rest_length                                                             <L 41>
    var_46 = wp::sub(var_39, var_44);
    // alpha_tilde = compliance / (delta_time * delta_time)                                   <L 42>
    var_47 = wp::mul(var_delta_time, var_delta_time);
    var_48 = wp::div(var_compliance, var_47);
    // lam = constraint_lambda[spring]                                                        <L 43>
    var_49 = wp::address(var_constraint_lambda, var_6);
    var_51 = wp::load(var_49);
    var_50 = wp::copy(var_51);
    // gamma = alpha_tilde * spring_damping[spring] * delta_time                              <L 44>
    var_52 = wp::address(var_spring_damping, var_6);
    var_54 = wp::load(var_52);
    var_53 = wp::mul(var_48, var_54);
    var_55 = wp::mul(var_53, var_delta_time);
    // rate = wp.dot(n, (x_a - prev_positions[a]) - (x_b - prev_positions[b]))                <L 45>
    var_56 = wp::address(var_prev_positions, var_14);
    var_58 = wp::load(var_56);
    var_57 = wp::sub(var_33, var_58);
    var_59 = wp::address(var_prev_positions, var_21);
    var_61 = wp::load(var_59);
    var_60 = wp::sub(var_36, var_61);
    var_62 = wp::sub(var_57, var_60);
    var_63 = wp::dot(var_42, var_62);
    // d_lambda = (-err - alpha_tilde * lam - gamma * rate) / ((1.0 + gamma) * w_sum + alpha_tilde)       <L 46>
    var_64 = wp::neg(var_46);
    var_65 = wp::mul(var_48, var_50);
    var_66 = wp::sub(var_64, var_65);
    var_67 = wp::mul(var_55, var_63);
    var_68 = wp::sub(var_66, var_67);
    var_70 = wp::add(var_69, var_55);
    var_71 = wp::mul(var_70, var_29);
    var_72 = wp::add(var_71, var_48);
    var_73 = wp::div(var_68, var_72);
    // constraint_lambda[spring] = lam + d_lambda                                             <L 47>
    var_74 = wp::add(var_50, var_73);
    wp::array_store(var_constraint_lambda, var_6, var_74);
    // corr = n * d_lambda                                                                    <L 48>
    var_75 = wp::mul(var_42, var_73);
    // wp.atomic_add(delta_x, a, corr * w_a)                                                  <L 50>
    var_76 = wp::mul(var_75, var_24);
    var_77 = wp::atomic_add(var_delta_x, var_14, var_76);
    // wp.atomic_sub(delta_x, b, corr * w_b)                                                  <L 51>
    var_78 = wp::mul(var_75, var_27);
    var_79 = wp::atomic_sub(var_delta_x, var_21, var_78);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void solve_world_springs_d6f451ef_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_solve_world_springs_d6f451ef *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_world_springs_d6f451ef_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void solve_world_springs_d6f451ef_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_solve_world_springs_d6f451ef *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    solve_world_springs_d6f451ef_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_world_springs_d6f451ef_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_solve_world_springs_d6f451ef *_wp_args)
{
    solve_world_springs_d6f451ef_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

