// Warp 1.19.0 cpu code for solve_distance_constraints_e383ac82.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_solve_distance_constraints_c9054044 {
    wp::array_t<wp::int32> sorted_constraints;
    wp::array_t<wp::int32> distance_pairs;
    wp::array_t<wp::int32> constraint_type;
    wp::array_t<wp::float32> rest_distance;
    wp::array_t<wp::float32> compliance;
    wp::array_t<wp::float32> inv_masses;
    wp::int32 color_start;
    wp::int32 num_in_color;
    wp::float32 sim_dt;
    wp::array_t<wp::vec_t<3, wp::float32>> x_pred;
    wp::array_t<wp::float32> lambdas;
};


template <bool wp_linear_contiguous>
static void solve_distance_constraints_c9054044_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_distance_constraints_c9054044 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_solve_distance_constraints_c9054044 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.sorted_constraints.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.distance_pairs.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.constraint_type.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.rest_distance.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.compliance.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.inv_masses.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.x_pred.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.lambdas.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_sorted_constraints = _wp_args->sorted_constraints;
    wp::array_t<wp::int32> var_distance_pairs = _wp_args->distance_pairs;
    wp::array_t<wp::int32> var_constraint_type = _wp_args->constraint_type;
    wp::array_t<wp::float32> var_rest_distance = _wp_args->rest_distance;
    wp::array_t<wp::float32> var_compliance = _wp_args->compliance;
    wp::array_t<wp::float32> var_inv_masses = _wp_args->inv_masses;
    wp::int32 var_color_start = _wp_args->color_start;
    wp::int32 var_num_in_color = _wp_args->num_in_color;
    wp::float32 var_sim_dt = _wp_args->sim_dt;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x_pred = _wp_args->x_pred;
    wp::array_t<wp::float32> var_lambdas = _wp_args->lambdas;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32 var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 2;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 2;
    wp::int32 var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    wp::int32* var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1e-06;
    bool var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32* var_40;
    wp::int32 var_41;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    bool var_44;
    const wp::float32 var_45 = 0.0;
    wp::float32 var_46;
    const wp::int32 var_47 = 2;
    bool var_48;
    const wp::float32 var_49 = 0.0;
    wp::float32 var_50;
    const wp::int32 var_51 = 0;
    bool var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32* var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32* var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    //---------
    // forward
    // def solve_distance_constraints(                                                        <L 11>
    // tid = wp.tid()                                                                         <L 25>
    var_0 = builtin_tid1d();
    // if tid >= num_in_color:                                                                <L 26>
    var_1 = (var_0 >= var_num_in_color);
    if (var_1) {
        // return                                                                             <L 27>
        return;
    }
    // c = sorted_constraints[color_start + tid]                                              <L 28>
    var_2 = wp::add(var_color_start, var_0);
    var_3 = wp::address(var_sorted_constraints, var_2);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // a = distance_pairs[2 * c]                                                              <L 29>
    var_7 = wp::mul(var_6, var_4);
    var_8 = wp::address(var_distance_pairs, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // b = distance_pairs[2 * c + 1]                                                          <L 30>
    var_12 = wp::mul(var_11, var_4);
    var_14 = wp::add(var_12, var_13);
    var_15 = wp::address(var_distance_pairs, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // w_a = inv_masses[a]                                                                    <L 31>
    var_18 = wp::address(var_inv_masses, var_9);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // w_b = inv_masses[b]                                                                    <L 32>
    var_21 = wp::address(var_inv_masses, var_16);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // w_sum = w_a + w_b                                                                      <L 33>
    var_24 = wp::add(var_19, var_22);
    // if w_sum == 0.0:                                                                       <L 35>
    var_26 = (var_24 == var_25);
    if (var_26) {
        // return                                                                             <L 36>
        return;
    }
    // x_a = x_pred[a]                                                                        <L 37>
    var_27 = wp::address(var_x_pred, var_9);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // x_b = x_pred[b]                                                                        <L 38>
    var_30 = wp::address(var_x_pred, var_16);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // d = x_a - x_b                                                                          <L 39>
    var_33 = wp::sub(var_28, var_31);
    // length = wp.length(d)                                                                  <L 40>
    var_34 = wp::length(var_33);
    // if length < 1.0e-6:                                                                    <L 41>
    var_36 = (var_34 < var_35);
    if (var_36) {
        // return                                                                             <L 42>
        return;
    }
    // err = length - rest_distance[c]                                                        <L 43>
    var_37 = wp::address(var_rest_distance, var_4);
    var_39 = wp::load(var_37);
    var_38 = wp::sub(var_34, var_39);
    // kind = constraint_type[c]                                                              <L 44>
    var_40 = wp::address(var_constraint_type, var_4);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    // if kind == ConstraintKind.TETHER:                                                      <L 45>
    var_44 = (var_41 == var_43);
    if (var_44) {
        // err = wp.max(err, 0.0)                                                             <L 47>
        var_46 = wp::max(var_38, var_45);
    }
    if (!var_44) {
        // elif kind == ConstraintKind.MIN_DISTANCE:                                          <L 48>
        var_48 = (var_41 == var_47);
        if (var_48) {
            // err = wp.min(err, 0.0)                                                         <L 49>
            var_50 = wp::min(var_38, var_49);
        }
        if (!var_48) {
            // elif kind != ConstraintKind.DISTANCE:                                          <L 50>
            var_52 = (var_41 != var_51);
            if (var_52) {
                // return                                                                     <L 51>
                return;
            }
        }
        var_53 = wp::where(var_48, var_50, var_38);
    }
    var_54 = wp::where(var_44, var_46, var_53);
    // n = d / length                                                                         <L 52>
    var_55 = wp::div(var_33, var_34);
    // alpha_tilde = compliance[c] / (sim_dt * sim_dt)                                        <L 53>
    var_56 = wp::address(var_compliance, var_4);
    var_57 = wp::mul(var_sim_dt, var_sim_dt);
    var_59 = wp::load(var_56);
    var_58 = wp::div(var_59, var_57);
    // lam = lambdas[c]                                                                       <L 54>
    var_60 = wp::address(var_lambdas, var_4);
    var_62 = wp::load(var_60);
    var_61 = wp::copy(var_62);
    // d_lambda = (-err - alpha_tilde * lam) / (w_sum + alpha_tilde)                          <L 55>
    var_63 = wp::neg(var_54);
    var_64 = wp::mul(var_58, var_61);
    var_65 = wp::sub(var_63, var_64);
    var_66 = wp::add(var_24, var_58);
    var_67 = wp::div(var_65, var_66);
    // lambdas[c] = lam + d_lambda                                                            <L 56>
    var_68 = wp::add(var_61, var_67);
    wp::array_store(var_lambdas, var_4, var_68);
    // corr = n * d_lambda                                                                    <L 57>
    var_69 = wp::mul(var_55, var_67);
    // x_pred[a] = x_a + corr * w_a                                                           <L 59>
    var_70 = wp::mul(var_69, var_19);
    var_71 = wp::add(var_28, var_70);
    wp::array_store(var_x_pred, var_9, var_71);
    // x_pred[b] = x_b - corr * w_b                                                           <L 60>
    var_72 = wp::mul(var_69, var_22);
    var_73 = wp::sub(var_31, var_72);
    wp::array_store(var_x_pred, var_16, var_73);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void solve_distance_constraints_c9054044_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_distance_constraints_c9054044 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_distance_constraints_c9054044_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void solve_distance_constraints_c9054044_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_distance_constraints_c9054044 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->sorted_constraints.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->distance_pairs.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->constraint_type.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->rest_distance.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->compliance.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->inv_masses.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->x_pred.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->lambdas.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        solve_distance_constraints_c9054044_cpu_forward_tasks<true>(dim, _wp_args);
    else
        solve_distance_constraints_c9054044_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_distance_constraints_c9054044_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_distance_constraints_c9054044 *_wp_args)
{
    solve_distance_constraints_c9054044_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

