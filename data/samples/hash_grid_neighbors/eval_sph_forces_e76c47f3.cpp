// Warp 1.19.0 cpu code for eval_sph_forces_e76c47f3.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_sph_forces.py:32
static wp::float32 phase_pressure_0(
    wp::float32 var_rho,
    wp::vec_t<4, wp::float32> var_fluid)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 33>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 35>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return p                                                                               <L 36>
    return var_5;
}


// eval_sph_forces.py:14
static wp::vec_t<3, wp::float32> cubic_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 8.0;
    const wp::float32 var_2 = 3.141592653589793;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 18.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 12.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    bool var_16;
    const wp::float32 var_17 = -6.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def cubic_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                             <L 15>
    // q = d / h                                                                              <L 16>
    var_0 = wp::div(var_d, var_h);
    // sigma = 8.0 / (wp.pi * h * h * h)                                                      <L 17>
    var_3 = wp::mul(var_2, var_h);
    var_4 = wp::mul(var_3, var_h);
    var_5 = wp::mul(var_4, var_h);
    var_6 = wp::div(var_1, var_5);
    // dw = sigma * (18.0 * q * q - 12.0 * q) / h                                             <L 18>
    var_8 = wp::mul(var_7, var_0);
    var_9 = wp::mul(var_8, var_0);
    var_11 = wp::mul(var_10, var_0);
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::mul(var_6, var_12);
    var_14 = wp::div(var_13, var_h);
    // if q > 0.5:                                                                            <L 19>
    var_16 = (var_0 > var_15);
    if (var_16) {
        // dw = -6.0 * sigma * (1.0 - q) * (1.0 - q) / h                                      <L 20>
        var_18 = wp::mul(var_17, var_6);
        var_20 = wp::sub(var_19, var_0);
        var_21 = wp::mul(var_18, var_20);
        var_23 = wp::sub(var_22, var_0);
        var_24 = wp::mul(var_21, var_23);
        var_25 = wp::div(var_24, var_h);
    }
    var_26 = wp::where(var_16, var_25, var_14);
    // return r * (dw / d)                                                                    <L 21>
    var_27 = wp::div(var_26, var_d);
    var_28 = wp::mul(var_r, var_27);
    return var_28;
}


// eval_sph_forces.py:89
static wp::float32 pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 90>
    // return k_p * (rho - rho0)                                                              <L 91>
    var_0 = wp::sub(var_rho, var_rho0);
    var_1 = wp::mul(var_k_p, var_0);
    return var_1;
}


// eval_sph_forces.py:32
static void adj_phase_pressure_0(
    wp::float32 var_rho,
    wp::vec_t<4, wp::float32> var_fluid,
    wp::float32 & adj_rho,
    wp::vec_t<4, wp::float32> & adj_fluid,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 33>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 35>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return p                                                                               <L 36>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    // adj: return p                                                                          <L 36>
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_rho, var_3, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (rho - fluid[0])                                                   <L 35>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 33>
    return;
}


// eval_sph_forces.py:14
static void adj_cubic_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h,
    wp::vec_t<3, wp::float32> & adj_r,
    wp::float32 & adj_d,
    wp::float32 & adj_h,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 8.0;
    const wp::float32 var_2 = 3.141592653589793;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 18.0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 12.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.5;
    bool var_16;
    const wp::float32 var_17 = -6.0;
    wp::float32 var_18;
    const wp::float32 var_19 = 1.0;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 1.0;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
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
    //---------
    // forward
    // def cubic_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                             <L 15>
    // q = d / h                                                                              <L 16>
    var_0 = wp::div(var_d, var_h);
    // sigma = 8.0 / (wp.pi * h * h * h)                                                      <L 17>
    var_3 = wp::mul(var_2, var_h);
    var_4 = wp::mul(var_3, var_h);
    var_5 = wp::mul(var_4, var_h);
    var_6 = wp::div(var_1, var_5);
    // dw = sigma * (18.0 * q * q - 12.0 * q) / h                                             <L 18>
    var_8 = wp::mul(var_7, var_0);
    var_9 = wp::mul(var_8, var_0);
    var_11 = wp::mul(var_10, var_0);
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::mul(var_6, var_12);
    var_14 = wp::div(var_13, var_h);
    // if q > 0.5:                                                                            <L 19>
    var_16 = (var_0 > var_15);
    if (var_16) {
        // dw = -6.0 * sigma * (1.0 - q) * (1.0 - q) / h                                      <L 20>
        var_18 = wp::mul(var_17, var_6);
        var_20 = wp::sub(var_19, var_0);
        var_21 = wp::mul(var_18, var_20);
        var_23 = wp::sub(var_22, var_0);
        var_24 = wp::mul(var_21, var_23);
        var_25 = wp::div(var_24, var_h);
    }
    var_26 = wp::where(var_16, var_25, var_14);
    // return r * (dw / d)                                                                    <L 21>
    var_27 = wp::div(var_26, var_d);
    var_28 = wp::mul(var_r, var_27);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_28 += adj_ret;
    wp::adj_mul(var_r, var_27, adj_r, adj_27, adj_28);
    wp::adj_div(var_26, var_d, var_27, adj_26, adj_d, adj_27);
    // adj: return r * (dw / d)                                                               <L 21>
    wp::adj_where(var_16, var_25, var_14, adj_16, adj_25, adj_14, adj_26);
    if (var_16) {
        wp::adj_div(var_24, var_h, var_25, adj_24, adj_h, adj_25);
        wp::adj_mul(var_21, var_23, adj_21, adj_23, adj_24);
        wp::adj_sub(var_22, var_0, adj_22, adj_0, adj_23);
        wp::adj_mul(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_sub(var_19, var_0, adj_19, adj_0, adj_20);
        wp::adj_mul(var_17, var_6, adj_17, adj_6, adj_18);
        // adj: dw = -6.0 * sigma * (1.0 - q) * (1.0 - q) / h                                 <L 20>
    }
    // adj: if q > 0.5:                                                                       <L 19>
    wp::adj_div(var_13, var_h, var_14, adj_13, adj_h, adj_14);
    wp::adj_mul(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_mul(var_10, var_0, adj_10, adj_0, adj_11);
    wp::adj_mul(var_8, var_0, adj_8, adj_0, adj_9);
    wp::adj_mul(var_7, var_0, adj_7, adj_0, adj_8);
    // adj: dw = sigma * (18.0 * q * q - 12.0 * q) / h                                        <L 18>
    wp::adj_div(var_1, var_5, var_6, adj_1, adj_5, adj_6);
    wp::adj_mul(var_4, var_h, adj_4, adj_h, adj_5);
    wp::adj_mul(var_3, var_h, adj_3, adj_h, adj_4);
    wp::adj_mul(var_2, var_h, adj_2, adj_h, adj_3);
    // adj: sigma = 8.0 / (wp.pi * h * h * h)                                                 <L 17>
    wp::adj_div(var_d, var_h, var_0, adj_d, adj_h, adj_0);
    // adj: q = d / h                                                                         <L 16>
    // adj: def cubic_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                        <L 15>
    return;
}


// eval_sph_forces.py:89
static void adj_pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p,
    wp::float32 & adj_rho,
    wp::float32 & adj_rho0,
    wp::float32 & adj_k_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 90>
    // return k_p * (rho - rho0)                                                              <L 91>
    var_0 = wp::sub(var_rho, var_rho0);
    var_1 = wp::mul(var_k_p, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_k_p, var_0, adj_k_p, adj_0, adj_1);
    wp::adj_sub(var_rho, var_rho0, adj_rho, adj_rho0, adj_0);
    // adj: return k_p * (rho - rho0)                                                         <L 91>
    // adj: def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:          <L 90>
    return;
}

struct wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 {
    wp::array_t<wp::vec_t<4, wp::float32>> fluid_phases;
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> densities;
    wp::array_t<wp::int32> phase_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
    wp::array_t<wp::int32> neighbor_count;
    wp::float32 kernel_radius;
};


template <bool wp_linear_contiguous>
static void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_count.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases = _wp_args->fluid_phases;
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::int32> var_phase_ids = _wp_args->phase_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::array_t<wp::int32> var_neighbor_count = _wp_args->neighbor_count;
    wp::float32 var_kernel_radius = _wp_args->kernel_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::vec_t<4, wp::float32>* var_13;
    wp::vec_t<4, wp::float32> var_14;
    wp::vec_t<4, wp::float32> var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 3;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::hash_grid_query_f var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    bool var_28;
    bool var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    const bool var_32 = false;
    const bool var_33 = true;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32* var_40;
    wp::int32 var_41;
    wp::vec_t<4, wp::float32>* var_42;
    wp::vec_t<4, wp::float32> var_43;
    wp::vec_t<4, wp::float32> var_44;
    const wp::int32 var_45 = 3;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 2.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    const wp::float32 var_57 = 0.5;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::vec_t<3, wp::float32>* var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::float32 var_67 = 2.0;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    //---------
    // forward
    // def eval_sph_forces(                                                                   <L 41>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 53>
    var_1 = wp::copy(var_0);
    // pos_i = points[i]                                                                      <L 54>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // v_i = velocities[i]                                                                    <L 55>
    var_5 = wp::address(var_velocities, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // rho_i = densities[i]                                                                   <L 56>
    var_8 = wp::address(var_densities, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // fluid_i = fluid_phases[phase_ids[i]]                                                   <L 57>
    var_11 = wp::address(var_phase_ids, var_1);
    var_12 = wp::load(var_11);
    var_13 = wp::address(var_fluid_phases, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 58>
    var_16 = phase_pressure_0(var_9, var_14);
    // m_i = fluid_i[3]                                                                       <L 59>
    var_18 = wp::extract(var_14, var_17);
    // f = wp.vec3()                                                                          <L 60>
    var_19 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 61>
    var_21 = wp::int(var_20);
    // for j in wp.hash_grid_query(hash_grid, pos_i, kernel_radius):                          <L 62>
    var_22 = wp::hash_grid_query(var_hash_grid, var_3, var_kernel_radius);
    start_for_0:;
        if (iter_cmp(var_22) == 0) goto end_for_0;
        var_23 = wp::iter_next(var_22);
        // r_ij = pos_i - points[j]                                                           <L 63>
        var_24 = wp::address(var_points, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_3, var_26);
        // dist = wp.length(r_ij)                                                             <L 64>
        var_27 = wp::length(var_25);
        // if dist >= kernel_radius or dist == 0.0:                                           <L 65>
        var_29 = (var_27 >= var_kernel_radius);
        var_28 = var_29;
        if (!var_28) {
            var_31 = (var_27 == var_30);
            var_28 = var_28 || var_31;
        }
        if (var_28) {
            // continue                                                                       <L 66>
            goto start_for_0;
        }
        // if wp.static(smoothing == "spiky"):                                                <L 67>
        // elif wp.static(smoothing == "cubic"):                                              <L 69>
        // grad_w = cubic_grad(r_ij, dist, kernel_radius)                                     <L 70>
        var_34 = cubic_grad_0(var_25, var_27, var_kernel_radius);
        // num_neighbors += 1                                                                 <L 73>
        var_36 = wp::add(var_21, var_35);
        // rho_j = densities[j]                                                               <L 74>
        var_37 = wp::address(var_densities, var_23);
        var_39 = wp::load(var_37);
        var_38 = wp::copy(var_39);
        // fluid_j = fluid_phases[phase_ids[j]]                                               <L 75>
        var_40 = wp::address(var_phase_ids, var_23);
        var_41 = wp::load(var_40);
        var_42 = wp::address(var_fluid_phases, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // m_j = fluid_j[3]                                                                   <L 76>
        var_46 = wp::extract(var_43, var_45);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 77>
        var_47 = phase_pressure_0(var_38, var_43);
        // f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                    <L 78>
        var_48 = wp::mul(var_18, var_46);
        var_49 = wp::add(var_16, var_47);
        var_50 = wp::mul(var_48, var_49);
        var_52 = wp::mul(var_51, var_9);
        var_53 = wp::mul(var_52, var_38);
        var_54 = wp::div(var_50, var_53);
        var_55 = wp::mul(var_34, var_54);
        var_56 = wp::sub(var_19, var_55);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 79>
        var_59 = wp::extract(var_14, var_58);
        var_61 = wp::extract(var_43, var_60);
        var_62 = wp::add(var_59, var_61);
        var_63 = wp::mul(var_57, var_62);
        // f += (velocities[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)       <L 80>
        var_64 = wp::address(var_velocities, var_23);
        var_66 = wp::load(var_64);
        var_65 = wp::sub(var_66, var_6);
        var_68 = wp::mul(var_18, var_67);
        var_69 = wp::mul(var_68, var_63);
        var_70 = wp::mul(var_69, var_46);
        var_71 = wp::mul(var_9, var_38);
        var_72 = wp::div(var_70, var_71);
        var_73 = wp::length(var_34);
        var_74 = wp::mul(var_72, var_73);
        var_75 = wp::div(var_74, var_27);
        var_76 = wp::mul(var_65, var_75);
        var_77 = wp::add(var_56, var_76);
        wp::assign(var_19, var_77);
        wp::assign(var_21, var_36);
        goto start_for_0;
    end_for_0:;
    // neighbor_count[i] = num_neighbors                                                      <L 81>
    wp::array_store(var_neighbor_count, var_1, var_21);
    // wp.atomic_add(force_out, i, f)                                                         <L 82>
    var_78 = wp::atomic_add(var_force_out, var_1, var_19);
}



template <bool wp_linear_contiguous>
static void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 wp_contiguous_args;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.phase_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_count.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases = _wp_args->fluid_phases;
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::int32> var_phase_ids = _wp_args->phase_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::array_t<wp::int32> var_neighbor_count = _wp_args->neighbor_count;
    wp::float32 var_kernel_radius = _wp_args->kernel_radius;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases = _wp_adj_args->fluid_phases;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_densities = _wp_adj_args->densities;
    wp::array_t<wp::int32> adj_phase_ids = _wp_adj_args->phase_ids;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    wp::array_t<wp::int32> adj_neighbor_count = _wp_adj_args->neighbor_count;
    wp::float32 adj_kernel_radius = _wp_adj_args->kernel_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::vec_t<4, wp::float32>* var_13;
    wp::vec_t<4, wp::float32> var_14;
    wp::vec_t<4, wp::float32> var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 3;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::int32 var_20 = 0;
    wp::int32 var_21;
    wp::hash_grid_query_f var_22;
    wp::int32 var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    bool var_28;
    bool var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    const bool var_32 = false;
    const bool var_33 = true;
    wp::vec_t<3, wp::float32> var_34;
    const wp::int32 var_35 = 1;
    wp::int32 var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::int32* var_40;
    wp::int32 var_41;
    wp::vec_t<4, wp::float32>* var_42;
    wp::vec_t<4, wp::float32> var_43;
    wp::vec_t<4, wp::float32> var_44;
    const wp::int32 var_45 = 3;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    const wp::float32 var_51 = 2.0;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    const wp::float32 var_57 = 0.5;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    const wp::int32 var_60 = 2;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::vec_t<3, wp::float32>* var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::float32 var_67 = 2.0;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::vec_t<4, wp::float32> adj_13 = {};
    wp::vec_t<4, wp::float32> adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::hash_grid_query_f adj_22 = {};
    wp::int32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<4, wp::float32> adj_42 = {};
    wp::vec_t<4, wp::float32> adj_43 = {};
    wp::vec_t<4, wp::float32> adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    //---------
    // forward
    // def eval_sph_forces(                                                                   <L 41>
    // tid = wp.tid()                                                                         <L 52>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 53>
    var_1 = wp::copy(var_0);
    // pos_i = points[i]                                                                      <L 54>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // v_i = velocities[i]                                                                    <L 55>
    var_5 = wp::address(var_velocities, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // rho_i = densities[i]                                                                   <L 56>
    var_8 = wp::address(var_densities, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // fluid_i = fluid_phases[phase_ids[i]]                                                   <L 57>
    var_11 = wp::address(var_phase_ids, var_1);
    var_12 = wp::load(var_11);
    var_13 = wp::address(var_fluid_phases, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 58>
    var_16 = phase_pressure_0(var_9, var_14);
    // m_i = fluid_i[3]                                                                       <L 59>
    var_18 = wp::extract(var_14, var_17);
    // f = wp.vec3()                                                                          <L 60>
    var_19 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 61>
    var_21 = wp::int(var_20);
    // for j in wp.hash_grid_query(hash_grid, pos_i, kernel_radius):                          <L 62>
    var_22 = wp::hash_grid_query(var_hash_grid, var_3, var_kernel_radius);
    // neighbor_count[i] = num_neighbors                                                      <L 81>
    // wp::array_store(var_neighbor_count, var_1, var_21);
    // wp.atomic_add(force_out, i, f)                                                         <L 82>
    // var_78 = wp::atomic_add(var_force_out, var_1, var_19);
    //---------
    // reverse
    wp::adj_atomic_add(var_force_out, var_1, var_19, adj_force_out, adj_1, adj_19, adj_78);
    // adj: wp.atomic_add(force_out, i, f)                                                    <L 82>
    wp::adj_array_store(var_neighbor_count, var_1, var_21, adj_neighbor_count, adj_1, adj_21);
    // adj: neighbor_count[i] = num_neighbors                                                 <L 81>
    var_22 = wp::iter_reverse(var_22);
    start_for_0:;
        if (iter_cmp(var_22) == 0) goto end_for_0;
        var_23 = wp::iter_next(var_22);
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
    	adj_71 = {};
    	adj_72 = {};
    	adj_73 = {};
    	adj_74 = {};
    	adj_75 = {};
    	adj_76 = {};
    	adj_77 = {};
        // r_ij = pos_i - points[j]                                                           <L 63>
        var_24 = wp::address(var_points, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_3, var_26);
        // dist = wp.length(r_ij)                                                             <L 64>
        var_27 = wp::length(var_25);
        // if dist >= kernel_radius or dist == 0.0:                                           <L 65>
        var_29 = (var_27 >= var_kernel_radius);
        var_28 = var_29;
        if (!var_28) {
            var_31 = (var_27 == var_30);
            var_28 = var_28 || var_31;
        }
        if (var_28) {
            // continue                                                                       <L 66>
            goto start_for_0;
        }
        // if wp.static(smoothing == "spiky"):                                                <L 67>
        // elif wp.static(smoothing == "cubic"):                                              <L 69>
        // grad_w = cubic_grad(r_ij, dist, kernel_radius)                                     <L 70>
        var_34 = cubic_grad_0(var_25, var_27, var_kernel_radius);
        // num_neighbors += 1                                                                 <L 73>
        var_36 = wp::add(var_21, var_35);
        // rho_j = densities[j]                                                               <L 74>
        var_37 = wp::address(var_densities, var_23);
        var_39 = wp::load(var_37);
        var_38 = wp::copy(var_39);
        // fluid_j = fluid_phases[phase_ids[j]]                                               <L 75>
        var_40 = wp::address(var_phase_ids, var_23);
        var_41 = wp::load(var_40);
        var_42 = wp::address(var_fluid_phases, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // m_j = fluid_j[3]                                                                   <L 76>
        var_46 = wp::extract(var_43, var_45);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 77>
        var_47 = phase_pressure_0(var_38, var_43);
        // f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                    <L 78>
        var_48 = wp::mul(var_18, var_46);
        var_49 = wp::add(var_16, var_47);
        var_50 = wp::mul(var_48, var_49);
        var_52 = wp::mul(var_51, var_9);
        var_53 = wp::mul(var_52, var_38);
        var_54 = wp::div(var_50, var_53);
        var_55 = wp::mul(var_34, var_54);
        var_56 = wp::sub(var_19, var_55);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 79>
        var_59 = wp::extract(var_14, var_58);
        var_61 = wp::extract(var_43, var_60);
        var_62 = wp::add(var_59, var_61);
        var_63 = wp::mul(var_57, var_62);
        // f += (velocities[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)       <L 80>
        var_64 = wp::address(var_velocities, var_23);
        var_66 = wp::load(var_64);
        var_65 = wp::sub(var_66, var_6);
        var_68 = wp::mul(var_18, var_67);
        var_69 = wp::mul(var_68, var_63);
        var_70 = wp::mul(var_69, var_46);
        var_71 = wp::mul(var_9, var_38);
        var_72 = wp::div(var_70, var_71);
        var_73 = wp::length(var_34);
        var_74 = wp::mul(var_72, var_73);
        var_75 = wp::div(var_74, var_27);
        var_76 = wp::mul(var_65, var_75);
        var_77 = wp::add(var_56, var_76);
        wp::assign(var_19, var_77);
        wp::assign(var_21, var_36);
        wp::adj_assign(var_21, var_36, adj_21, adj_36);
        wp::adj_assign(var_19, var_77, adj_19, adj_77);
        wp::adj_add(var_56, var_76, adj_56, adj_76, adj_77);
        wp::adj_mul(var_65, var_75, adj_65, adj_75, adj_76);
        wp::adj_div(var_74, var_27, var_75, adj_74, adj_27, adj_75);
        wp::adj_mul(var_72, var_73, adj_72, adj_73, adj_74);
        wp::adj_length(var_34, var_73, adj_34, adj_73);
        wp::adj_div(var_70, var_71, var_72, adj_70, adj_71, adj_72);
        wp::adj_mul(var_9, var_38, adj_9, adj_38, adj_71);
        wp::adj_mul(var_69, var_46, adj_69, adj_46, adj_70);
        wp::adj_mul(var_68, var_63, adj_68, adj_63, adj_69);
        wp::adj_mul(var_18, var_67, adj_18, adj_67, adj_68);
        wp::adj_sub(var_66, var_6, adj_64, adj_6, adj_65);
        wp::adj_address(var_velocities, var_23, adj_velocities, adj_23, adj_64);
        // adj: f += (velocities[j] - v_i) * (m_i * 2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)  <L 80>
        wp::adj_mul(var_57, var_62, adj_57, adj_62, adj_63);
        wp::adj_add(var_59, var_61, adj_59, adj_61, adj_62);
        wp::adj_extract(var_43, var_60, adj_43, adj_60, adj_61);
        wp::adj_extract(var_14, var_58, adj_14, adj_58, adj_59);
        // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 79>
        wp::adj_sub(var_19, var_55, adj_19, adj_55, adj_56);
        wp::adj_mul(var_34, var_54, adj_34, adj_54, adj_55);
        wp::adj_div(var_50, var_53, var_54, adj_50, adj_53, adj_54);
        wp::adj_mul(var_52, var_38, adj_52, adj_38, adj_53);
        wp::adj_mul(var_51, var_9, adj_51, adj_9, adj_52);
        wp::adj_mul(var_48, var_49, adj_48, adj_49, adj_50);
        wp::adj_add(var_16, var_47, adj_16, adj_47, adj_49);
        wp::adj_mul(var_18, var_46, adj_18, adj_46, adj_48);
        // adj: f -= grad_w * (m_i * m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))               <L 78>
        adj_phase_pressure_0(var_38, var_43, adj_38, adj_43, adj_47);
        // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 77>
        wp::adj_extract(var_43, var_45, adj_43, adj_45, adj_46);
        // adj: m_j = fluid_j[3]                                                              <L 76>
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_fluid_phases, var_41, adj_fluid_phases, adj_41, adj_42);
        wp::adj_address(var_phase_ids, var_23, adj_phase_ids, adj_23, adj_40);
        // adj: fluid_j = fluid_phases[phase_ids[j]]                                          <L 75>
        wp::adj_copy(var_39, adj_37, adj_38);
        wp::adj_address(var_densities, var_23, adj_densities, adj_23, adj_37);
        // adj: rho_j = densities[j]                                                          <L 74>
        wp::adj_add(var_21, var_35, adj_21, adj_35, adj_36);
        // adj: num_neighbors += 1                                                            <L 73>
        adj_cubic_grad_0(var_25, var_27, var_kernel_radius, adj_25, adj_27, adj_kernel_radius, adj_34);
        // adj: grad_w = cubic_grad(r_ij, dist, kernel_radius)                                <L 70>
        // adj: elif wp.static(smoothing == "cubic"):                                         <L 69>
        // adj: if wp.static(smoothing == "spiky"):                                           <L 67>
        if (var_28) {
            // adj: continue                                                                  <L 66>
        }
        if (!var_28) {
        }
        // adj: if dist >= kernel_radius or dist == 0.0:                                      <L 65>
        wp::adj_length(var_25, var_27, adj_25, adj_27);
        // adj: dist = wp.length(r_ij)                                                        <L 64>
        wp::adj_sub(var_3, var_26, adj_3, adj_24, adj_25);
        wp::adj_address(var_points, var_23, adj_points, adj_23, adj_24);
        // adj: r_ij = pos_i - points[j]                                                      <L 63>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(hash_grid, pos_i, kernel_radius):                     <L 62>
    // adj: num_neighbors = int(0)                                                            <L 61>
    // adj: f = wp.vec3()                                                                     <L 60>
    wp::adj_extract(var_14, var_17, adj_14, adj_17, adj_18);
    // adj: m_i = fluid_i[3]                                                                  <L 59>
    adj_phase_pressure_0(var_9, var_14, adj_9, adj_14, adj_16);
    // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 58>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_fluid_phases, var_12, adj_fluid_phases, adj_12, adj_13);
    wp::adj_address(var_phase_ids, var_1, adj_phase_ids, adj_1, adj_11);
    // adj: fluid_i = fluid_phases[phase_ids[i]]                                              <L 57>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_densities, var_1, adj_densities, adj_1, adj_8);
    // adj: rho_i = densities[i]                                                              <L 56>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_velocities, var_1, adj_velocities, adj_1, adj_5);
    // adj: v_i = velocities[i]                                                               <L 55>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: pos_i = points[i]                                                                 <L 54>
    wp::adj_copy(var_0, adj_0, adj_1);
    // adj: i = tid                                                                           <L 53>
    // adj: tid = wp.tid()                                                                    <L 52>
    // adj: def eval_sph_forces(                                                              <L 41>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_count.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args)
{
    create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->phase_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_count.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58 *_wp_adj_args)
{
    create_eval_sph_forces_kernel__locals__eval_sph_forces_44369c58_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_compute_sph_forces_921cbc83 {
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> particle_rho;
    wp::float32 mass;
    wp::float32 kernel_radius;
    wp::float32 density0;
    wp::float32 pressure_stiffness;
    wp::float32 viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void compute_sph_forces_921cbc83_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_sph_forces_921cbc83 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_sph_forces_921cbc83 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::float32 var_mass = _wp_args->mass;
    wp::float32 var_kernel_radius = _wp_args->kernel_radius;
    wp::float32 var_density0 = _wp_args->density0;
    wp::float32 var_pressure_stiffness = _wp_args->pressure_stiffness;
    wp::float32 var_viscosity = _wp_args->viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = -45.0;
    const wp::float32 var_18 = 3.141592653589793;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 45.0;
    const wp::float32 var_22 = 3.141592653589793;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    const wp::float32 var_27 = 0.0;
    wp::vec_t<3, wp::float32> var_28;
    wp::hash_grid_query_f var_29;
    wp::int32 var_30;
    bool var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    bool var_36;
    bool var_37;
    const wp::float32 var_38 = 1e-12;
    bool var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 2.0;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32>* var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    //---------
    // forward
    // def compute_sph_forces(                                                                <L 95>
    // tid = wp.tid()                                                                         <L 108>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 109>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // if i == -1:                                                                            <L 110>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 111>
        return;
    }
    // x_i = points[i]                                                                        <L 112>
    var_4 = wp::address(var_points, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = velocities[i]                                                                    <L 113>
    var_7 = wp::address(var_velocities, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 114>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // p_i = pressure_from_density(rho_i, density0, pressure_stiffness)                       <L 115>
    var_13 = pressure_from_density_0(var_11, var_density0, var_pressure_stiffness);
    // h2 = kernel_radius * kernel_radius                                                     <L 116>
    var_14 = wp::mul(var_kernel_radius, var_kernel_radius);
    // h6 = h2 * h2 * h2                                                                      <L 117>
    var_15 = wp::mul(var_14, var_14);
    var_16 = wp::mul(var_15, var_14);
    // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 118>
    var_19 = wp::mul(var_18, var_16);
    var_20 = wp::div(var_17, var_19);
    // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 119>
    var_23 = wp::mul(var_22, var_16);
    var_24 = wp::div(var_21, var_23);
    // a_pressure = wp.vec3(0.0)                                                              <L 120>
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    // a_viscosity = wp.vec3(0.0)                                                             <L 121>
    var_28 = wp::vec_t<3, wp::float32>(var_27);
    // for j in wp.hash_grid_query(hash_grid, x_i, kernel_radius):                            <L 122>
    var_29 = wp::hash_grid_query(var_hash_grid, var_5, var_kernel_radius);
    start_for_1:;
        if (iter_cmp(var_29) == 0) goto end_for_1;
        var_30 = wp::iter_next(var_29);
        // if j == i:                                                                         <L 123>
        var_31 = (var_30 == var_1);
        if (var_31) {
            // continue                                                                       <L 124>
            goto start_for_1;
        }
        // r = x_i - points[j]                                                                <L 125>
        var_32 = wp::address(var_points, var_30);
        var_34 = wp::load(var_32);
        var_33 = wp::sub(var_5, var_34);
        // d2 = wp.length_sq(r)                                                               <L 126>
        var_35 = wp::length_sq(var_33);
        // if d2 >= h2 or d2 < 1.0e-12:                                                       <L 127>
        var_37 = (var_35 >= var_14);
        var_36 = var_37;
        if (!var_36) {
            var_39 = (var_35 < var_38);
            var_36 = var_36 || var_39;
        }
        if (var_36) {
            // continue                                                                       <L 128>
            goto start_for_1;
        }
        // d = wp.sqrt(d2)                                                                    <L 129>
        var_40 = wp::sqrt(var_35);
        // rho_j = particle_rho[j]                                                            <L 130>
        var_41 = wp::address(var_particle_rho, var_30);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // p_j = pressure_from_density(rho_j, density0, pressure_stiffness)                   <L 131>
        var_44 = pressure_from_density_0(var_42, var_density0, var_pressure_stiffness);
        // q = kernel_radius - d                                                              <L 132>
        var_45 = wp::sub(var_kernel_radius, var_40);
        // grad_w = r * (spiky_coeff * q * q / d)                                             <L 133>
        var_46 = wp::mul(var_20, var_45);
        var_47 = wp::mul(var_46, var_45);
        var_48 = wp::div(var_47, var_40);
        var_49 = wp::mul(var_33, var_48);
        // a_pressure -= grad_w * (mass * (p_i + p_j) / (2.0 * rho_i * rho_j))                <L 134>
        var_50 = wp::add(var_13, var_44);
        var_51 = wp::mul(var_mass, var_50);
        var_53 = wp::mul(var_52, var_11);
        var_54 = wp::mul(var_53, var_42);
        var_55 = wp::div(var_51, var_54);
        var_56 = wp::mul(var_49, var_55);
        var_57 = wp::sub(var_26, var_56);
        // a_viscosity += (velocities[j] - v_i) * (mass / (rho_i * rho_j) * laplacian_coeff * q)       <L 135>
        var_58 = wp::address(var_velocities, var_30);
        var_60 = wp::load(var_58);
        var_59 = wp::sub(var_60, var_8);
        var_61 = wp::mul(var_11, var_42);
        var_62 = wp::div(var_mass, var_61);
        var_63 = wp::mul(var_62, var_24);
        var_64 = wp::mul(var_63, var_45);
        var_65 = wp::mul(var_59, var_64);
        var_66 = wp::add(var_28, var_65);
        wp::assign(var_26, var_57);
        wp::assign(var_28, var_66);
        goto start_for_1;
    end_for_1:;
    // forces[i] = (a_pressure + a_viscosity * viscosity) * mass                              <L 136>
    var_67 = wp::mul(var_28, var_viscosity);
    var_68 = wp::add(var_26, var_67);
    var_69 = wp::mul(var_68, var_mass);
    wp::array_store(var_forces, var_1, var_69);
}



template <bool wp_linear_contiguous>
static void compute_sph_forces_921cbc83_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_sph_forces_921cbc83 *_wp_args,
    wp_args_compute_sph_forces_921cbc83 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_sph_forces_921cbc83 wp_contiguous_args;
    wp_args_compute_sph_forces_921cbc83 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_hash_grid = _wp_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::float32 var_mass = _wp_args->mass;
    wp::float32 var_kernel_radius = _wp_args->kernel_radius;
    wp::float32 var_density0 = _wp_args->density0;
    wp::float32 var_pressure_stiffness = _wp_args->pressure_stiffness;
    wp::float32 var_viscosity = _wp_args->viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    wp::float32 adj_mass = _wp_adj_args->mass;
    wp::float32 adj_kernel_radius = _wp_adj_args->kernel_radius;
    wp::float32 adj_density0 = _wp_adj_args->density0;
    wp::float32 adj_pressure_stiffness = _wp_adj_args->pressure_stiffness;
    wp::float32 adj_viscosity = _wp_adj_args->viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = -45.0;
    const wp::float32 var_18 = 3.141592653589793;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = 45.0;
    const wp::float32 var_22 = 3.141592653589793;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    const wp::float32 var_27 = 0.0;
    wp::vec_t<3, wp::float32> var_28;
    wp::hash_grid_query_f var_29;
    wp::int32 var_30;
    bool var_31;
    wp::vec_t<3, wp::float32>* var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    bool var_36;
    bool var_37;
    const wp::float32 var_38 = 1e-12;
    bool var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 2.0;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32>* var_58;
    wp::vec_t<3, wp::float32> var_59;
    wp::vec_t<3, wp::float32> var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
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
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::hash_grid_query_f adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    bool adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::vec_t<3, wp::float32> adj_59 = {};
    wp::vec_t<3, wp::float32> adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    //---------
    // forward
    // def compute_sph_forces(                                                                <L 95>
    // tid = wp.tid()                                                                         <L 108>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 109>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // if i == -1:                                                                            <L 110>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 111>
        goto label0;
    }
    // x_i = points[i]                                                                        <L 112>
    var_4 = wp::address(var_points, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = velocities[i]                                                                    <L 113>
    var_7 = wp::address(var_velocities, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 114>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // p_i = pressure_from_density(rho_i, density0, pressure_stiffness)                       <L 115>
    var_13 = pressure_from_density_0(var_11, var_density0, var_pressure_stiffness);
    // h2 = kernel_radius * kernel_radius                                                     <L 116>
    var_14 = wp::mul(var_kernel_radius, var_kernel_radius);
    // h6 = h2 * h2 * h2                                                                      <L 117>
    var_15 = wp::mul(var_14, var_14);
    var_16 = wp::mul(var_15, var_14);
    // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 118>
    var_19 = wp::mul(var_18, var_16);
    var_20 = wp::div(var_17, var_19);
    // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 119>
    var_23 = wp::mul(var_22, var_16);
    var_24 = wp::div(var_21, var_23);
    // a_pressure = wp.vec3(0.0)                                                              <L 120>
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    // a_viscosity = wp.vec3(0.0)                                                             <L 121>
    var_28 = wp::vec_t<3, wp::float32>(var_27);
    // for j in wp.hash_grid_query(hash_grid, x_i, kernel_radius):                            <L 122>
    var_29 = wp::hash_grid_query(var_hash_grid, var_5, var_kernel_radius);
    // forces[i] = (a_pressure + a_viscosity * viscosity) * mass                              <L 136>
    var_67 = wp::mul(var_28, var_viscosity);
    var_68 = wp::add(var_26, var_67);
    var_69 = wp::mul(var_68, var_mass);
    // wp::array_store(var_forces, var_1, var_69);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_1, var_69, adj_forces, adj_1, adj_69);
    wp::adj_mul(var_68, var_mass, adj_68, adj_mass, adj_69);
    wp::adj_add(var_26, var_67, adj_26, adj_67, adj_68);
    wp::adj_mul(var_28, var_viscosity, adj_28, adj_viscosity, adj_67);
    // adj: forces[i] = (a_pressure + a_viscosity * viscosity) * mass                         <L 136>
    var_29 = wp::iter_reverse(var_29);
    start_for_1:;
        if (iter_cmp(var_29) == 0) goto end_for_1;
        var_30 = wp::iter_next(var_29);
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
        // if j == i:                                                                         <L 123>
        var_31 = (var_30 == var_1);
        if (var_31) {
            // continue                                                                       <L 124>
            goto start_for_1;
        }
        // r = x_i - points[j]                                                                <L 125>
        var_32 = wp::address(var_points, var_30);
        var_34 = wp::load(var_32);
        var_33 = wp::sub(var_5, var_34);
        // d2 = wp.length_sq(r)                                                               <L 126>
        var_35 = wp::length_sq(var_33);
        // if d2 >= h2 or d2 < 1.0e-12:                                                       <L 127>
        var_37 = (var_35 >= var_14);
        var_36 = var_37;
        if (!var_36) {
            var_39 = (var_35 < var_38);
            var_36 = var_36 || var_39;
        }
        if (var_36) {
            // continue                                                                       <L 128>
            goto start_for_1;
        }
        // d = wp.sqrt(d2)                                                                    <L 129>
        var_40 = wp::sqrt(var_35);
        // rho_j = particle_rho[j]                                                            <L 130>
        var_41 = wp::address(var_particle_rho, var_30);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // p_j = pressure_from_density(rho_j, density0, pressure_stiffness)                   <L 131>
        var_44 = pressure_from_density_0(var_42, var_density0, var_pressure_stiffness);
        // q = kernel_radius - d                                                              <L 132>
        var_45 = wp::sub(var_kernel_radius, var_40);
        // grad_w = r * (spiky_coeff * q * q / d)                                             <L 133>
        var_46 = wp::mul(var_20, var_45);
        var_47 = wp::mul(var_46, var_45);
        var_48 = wp::div(var_47, var_40);
        var_49 = wp::mul(var_33, var_48);
        // a_pressure -= grad_w * (mass * (p_i + p_j) / (2.0 * rho_i * rho_j))                <L 134>
        var_50 = wp::add(var_13, var_44);
        var_51 = wp::mul(var_mass, var_50);
        var_53 = wp::mul(var_52, var_11);
        var_54 = wp::mul(var_53, var_42);
        var_55 = wp::div(var_51, var_54);
        var_56 = wp::mul(var_49, var_55);
        var_57 = wp::sub(var_26, var_56);
        // a_viscosity += (velocities[j] - v_i) * (mass / (rho_i * rho_j) * laplacian_coeff * q)       <L 135>
        var_58 = wp::address(var_velocities, var_30);
        var_60 = wp::load(var_58);
        var_59 = wp::sub(var_60, var_8);
        var_61 = wp::mul(var_11, var_42);
        var_62 = wp::div(var_mass, var_61);
        var_63 = wp::mul(var_62, var_24);
        var_64 = wp::mul(var_63, var_45);
        var_65 = wp::mul(var_59, var_64);
        var_66 = wp::add(var_28, var_65);
        wp::assign(var_26, var_57);
        wp::assign(var_28, var_66);
        wp::adj_assign(var_28, var_66, adj_28, adj_66);
        wp::adj_assign(var_26, var_57, adj_26, adj_57);
        wp::adj_add(var_28, var_65, adj_28, adj_65, adj_66);
        wp::adj_mul(var_59, var_64, adj_59, adj_64, adj_65);
        wp::adj_mul(var_63, var_45, adj_63, adj_45, adj_64);
        wp::adj_mul(var_62, var_24, adj_62, adj_24, adj_63);
        wp::adj_div(var_mass, var_61, var_62, adj_mass, adj_61, adj_62);
        wp::adj_mul(var_11, var_42, adj_11, adj_42, adj_61);
        wp::adj_sub(var_60, var_8, adj_58, adj_8, adj_59);
        wp::adj_address(var_velocities, var_30, adj_velocities, adj_30, adj_58);
        // adj: a_viscosity += (velocities[j] - v_i) * (mass / (rho_i * rho_j) * laplacian_coeff * q)  <L 135>
        wp::adj_sub(var_26, var_56, adj_26, adj_56, adj_57);
        wp::adj_mul(var_49, var_55, adj_49, adj_55, adj_56);
        wp::adj_div(var_51, var_54, var_55, adj_51, adj_54, adj_55);
        wp::adj_mul(var_53, var_42, adj_53, adj_42, adj_54);
        wp::adj_mul(var_52, var_11, adj_52, adj_11, adj_53);
        wp::adj_mul(var_mass, var_50, adj_mass, adj_50, adj_51);
        wp::adj_add(var_13, var_44, adj_13, adj_44, adj_50);
        // adj: a_pressure -= grad_w * (mass * (p_i + p_j) / (2.0 * rho_i * rho_j))           <L 134>
        wp::adj_mul(var_33, var_48, adj_33, adj_48, adj_49);
        wp::adj_div(var_47, var_40, var_48, adj_47, adj_40, adj_48);
        wp::adj_mul(var_46, var_45, adj_46, adj_45, adj_47);
        wp::adj_mul(var_20, var_45, adj_20, adj_45, adj_46);
        // adj: grad_w = r * (spiky_coeff * q * q / d)                                        <L 133>
        wp::adj_sub(var_kernel_radius, var_40, adj_kernel_radius, adj_40, adj_45);
        // adj: q = kernel_radius - d                                                         <L 132>
        adj_pressure_from_density_0(var_42, var_density0, var_pressure_stiffness, adj_42, adj_density0, adj_pressure_stiffness, adj_44);
        // adj: p_j = pressure_from_density(rho_j, density0, pressure_stiffness)              <L 131>
        wp::adj_copy(var_43, adj_41, adj_42);
        wp::adj_address(var_particle_rho, var_30, adj_particle_rho, adj_30, adj_41);
        // adj: rho_j = particle_rho[j]                                                       <L 130>
        wp::adj_sqrt(var_35, var_40, adj_35, adj_40);
        // adj: d = wp.sqrt(d2)                                                               <L 129>
        if (var_36) {
            // adj: continue                                                                  <L 128>
        }
        if (!var_36) {
        }
        // adj: if d2 >= h2 or d2 < 1.0e-12:                                                  <L 127>
        wp::adj_length_sq(var_33, adj_33, adj_35);
        // adj: d2 = wp.length_sq(r)                                                          <L 126>
        wp::adj_sub(var_5, var_34, adj_5, adj_32, adj_33);
        wp::adj_address(var_points, var_30, adj_points, adj_30, adj_32);
        // adj: r = x_i - points[j]                                                           <L 125>
        if (var_31) {
            // adj: continue                                                                  <L 124>
        }
        // adj: if j == i:                                                                    <L 123>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(hash_grid, x_i, kernel_radius):                       <L 122>
    wp::adj_vec_t(var_27, adj_27, adj_28);
    // adj: a_viscosity = wp.vec3(0.0)                                                        <L 121>
    wp::adj_vec_t(var_25, adj_25, adj_26);
    // adj: a_pressure = wp.vec3(0.0)                                                         <L 120>
    wp::adj_div(var_21, var_23, var_24, adj_21, adj_23, adj_24);
    wp::adj_mul(var_22, var_16, adj_22, adj_16, adj_23);
    // adj: laplacian_coeff = 45.0 / (wp.pi * h6)                                             <L 119>
    wp::adj_div(var_17, var_19, var_20, adj_17, adj_19, adj_20);
    wp::adj_mul(var_18, var_16, adj_18, adj_16, adj_19);
    // adj: spiky_coeff = -45.0 / (wp.pi * h6)                                                <L 118>
    wp::adj_mul(var_15, var_14, adj_15, adj_14, adj_16);
    wp::adj_mul(var_14, var_14, adj_14, adj_14, adj_15);
    // adj: h6 = h2 * h2 * h2                                                                 <L 117>
    wp::adj_mul(var_kernel_radius, var_kernel_radius, adj_kernel_radius, adj_kernel_radius, adj_14);
    // adj: h2 = kernel_radius * kernel_radius                                                <L 116>
    adj_pressure_from_density_0(var_11, var_density0, var_pressure_stiffness, adj_11, adj_density0, adj_pressure_stiffness, adj_13);
    // adj: p_i = pressure_from_density(rho_i, density0, pressure_stiffness)                  <L 115>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_rho, var_1, adj_particle_rho, adj_1, adj_10);
    // adj: rho_i = particle_rho[i]                                                           <L 114>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_velocities, var_1, adj_velocities, adj_1, adj_7);
    // adj: v_i = velocities[i]                                                               <L 113>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_4);
    // adj: x_i = points[i]                                                                   <L 112>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 111>
    }
    // adj: if i == -1:                                                                       <L 110>
    // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 109>
    // adj: tid = wp.tid()                                                                    <L 108>
    // adj: def compute_sph_forces(                                                           <L 95>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_sph_forces_921cbc83_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_921cbc83 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_sph_forces_921cbc83_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_sph_forces_921cbc83_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_921cbc83 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        compute_sph_forces_921cbc83_cpu_forward_tasks<true>(dim, _wp_args);
    else
        compute_sph_forces_921cbc83_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_sph_forces_921cbc83_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_921cbc83 *_wp_args)
{
    compute_sph_forces_921cbc83_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_sph_forces_921cbc83_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_921cbc83 *_wp_args,
    wp_args_compute_sph_forces_921cbc83 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_sph_forces_921cbc83_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void compute_sph_forces_921cbc83_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_921cbc83 *_wp_args,
    wp_args_compute_sph_forces_921cbc83 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        compute_sph_forces_921cbc83_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        compute_sph_forces_921cbc83_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void compute_sph_forces_921cbc83_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_921cbc83 *_wp_args,
    wp_args_compute_sph_forces_921cbc83 *_wp_adj_args)
{
    compute_sph_forces_921cbc83_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

