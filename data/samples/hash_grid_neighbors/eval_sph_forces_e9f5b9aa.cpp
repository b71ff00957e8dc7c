// Warp 1.19.0 cpu code for eval_sph_forces_e9f5b9aa.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_sph_forces.py:39
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
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 40>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 42>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return p                                                                               <L 43>
    return var_5;
}


// eval_sph_forces.py:31
static wp::vec_t<3, wp::float32> wendland_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 21.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.141592653589793;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -20.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 32>
    // q = d / h                                                                              <L 34>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 35>
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::mul(var_4, var_h);
    var_6 = wp::mul(var_5, var_h);
    var_7 = wp::mul(var_6, var_h);
    var_8 = wp::div(var_1, var_7);
    var_10 = wp::mul(var_9, var_0);
    var_12 = wp::sub(var_11, var_0);
    var_13 = wp::mul(var_10, var_12);
    var_15 = wp::sub(var_14, var_0);
    var_16 = wp::mul(var_13, var_15);
    var_18 = wp::sub(var_17, var_0);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::mul(var_8, var_19);
    var_21 = wp::div(var_20, var_h);
    // return r * (dw / d)                                                                    <L 36>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    return var_23;
}


// eval_sph_forces.py:39
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
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 40>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 42>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return p                                                                               <L 43>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_5 += adj_ret;
    // adj: return p                                                                          <L 43>
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_rho, var_3, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (rho - fluid[0])                                                   <L 42>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 40>
    return;
}


// eval_sph_forces.py:31
static void adj_wendland_grad_0(
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
    const wp::float32 var_1 = 21.0;
    const wp::float32 var_2 = 2.0;
    const wp::float32 var_3 = 3.141592653589793;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = -20.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
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
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 32>
    // q = d / h                                                                              <L 34>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 35>
    var_4 = wp::mul(var_2, var_3);
    var_5 = wp::mul(var_4, var_h);
    var_6 = wp::mul(var_5, var_h);
    var_7 = wp::mul(var_6, var_h);
    var_8 = wp::div(var_1, var_7);
    var_10 = wp::mul(var_9, var_0);
    var_12 = wp::sub(var_11, var_0);
    var_13 = wp::mul(var_10, var_12);
    var_15 = wp::sub(var_14, var_0);
    var_16 = wp::mul(var_13, var_15);
    var_18 = wp::sub(var_17, var_0);
    var_19 = wp::mul(var_16, var_18);
    var_20 = wp::mul(var_8, var_19);
    var_21 = wp::div(var_20, var_h);
    // return r * (dw / d)                                                                    <L 36>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_mul(var_r, var_22, adj_r, adj_22, adj_23);
    wp::adj_div(var_21, var_d, var_22, adj_21, adj_d, adj_22);
    // adj: return r * (dw / d)                                                               <L 36>
    wp::adj_div(var_20, var_h, var_21, adj_20, adj_h, adj_21);
    wp::adj_mul(var_8, var_19, adj_8, adj_19, adj_20);
    wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_sub(var_17, var_0, adj_17, adj_0, adj_18);
    wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
    wp::adj_sub(var_14, var_0, adj_14, adj_0, adj_15);
    wp::adj_mul(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sub(var_11, var_0, adj_11, adj_0, adj_12);
    wp::adj_mul(var_9, var_0, adj_9, adj_0, adj_10);
    wp::adj_div(var_1, var_7, var_8, adj_1, adj_7, adj_8);
    wp::adj_mul(var_6, var_h, adj_6, adj_h, adj_7);
    wp::adj_mul(var_5, var_h, adj_5, adj_h, adj_6);
    wp::adj_mul(var_4, var_h, adj_4, adj_h, adj_5);
    wp::adj_mul(var_2, var_3, adj_2, adj_3, adj_4);
    // adj: dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h  <L 35>
    wp::adj_div(var_d, var_h, var_0, adj_d, adj_h, adj_0);
    // adj: q = d / h                                                                         <L 34>
    // adj: def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                     <L 32>
    return;
}

struct wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb {
    wp::array_t<wp::vec_t<4, wp::float32>> fluid_phases;
    wp::uint64 hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> densities;
    wp::array_t<wp::int32> phase_ids;
    wp::array_t<wp::int32> flags;
    wp::float32 smoothing_length;
    wp::vec_t<3, wp::float32> gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_a;
};


template <bool wp_linear_contiguous>
static void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.phase_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
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
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::vec_t<4, wp::float32>* var_19;
    wp::vec_t<4, wp::float32> var_20;
    wp::vec_t<4, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::hash_grid_query_f var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    bool var_32;
    bool var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    const bool var_36 = false;
    const bool var_37 = false;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::int32* var_42;
    wp::int32 var_43;
    wp::vec_t<4, wp::float32>* var_44;
    wp::vec_t<4, wp::float32> var_45;
    wp::vec_t<4, wp::float32> var_46;
    const wp::int32 var_47 = 3;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::float32 var_56 = 0.5;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    const wp::int32 var_59 = 2;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 2.0;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    //---------
    // forward
    // def eval_sph_forces(                                                                   <L 48>
    // tid = wp.tid()                                                                         <L 61>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 63>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // if (flags[i] & PARTICLE_ACTIVE) == 0:                                                  <L 64>
    var_2 = wp::address(var_flags, var_1);
    var_5 = wp::load(var_2);
    var_4 = wp::bit_and(var_5, var_3);
    var_7 = (var_4 == var_6);
    if (var_7) {
        // return                                                                             <L 65>
        return;
    }
    // pos_i = points[i]                                                                      <L 66>
    var_8 = wp::address(var_points, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v_i = velocities[i]                                                                    <L 67>
    var_11 = wp::address(var_velocities, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rho_i = densities[i]                                                                   <L 68>
    var_14 = wp::address(var_densities, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // fluid_i = fluid_phases[phase_ids[i]]                                                   <L 69>
    var_17 = wp::address(var_phase_ids, var_1);
    var_18 = wp::load(var_17);
    var_19 = wp::address(var_fluid_phases, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 70>
    var_22 = phase_pressure_0(var_15, var_20);
    // p_rho2_i = p_i / (rho_i * rho_i)                                                       <L 71>
    var_23 = wp::mul(var_15, var_15);
    var_24 = wp::div(var_22, var_23);
    // f = wp.vec3()                                                                          <L 72>
    var_25 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, pos_i, smoothing_length):                       <L 73>
    var_26 = wp::hash_grid_query(var_hash_grid, var_9, var_smoothing_length);
    start_for_1:;
        if (iter_cmp(var_26) == 0) goto end_for_1;
        var_27 = wp::iter_next(var_26);
        // r_ij = pos_i - points[j]                                                           <L 74>
        var_28 = wp::address(var_points, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_9, var_30);
        // dist = wp.length(r_ij)                                                             <L 75>
        var_31 = wp::length(var_29);
        // if dist >= smoothing_length or dist == 0.0:                                        <L 77>
        var_33 = (var_31 >= var_smoothing_length);
        var_32 = var_33;
        if (!var_32) {
            var_35 = (var_31 == var_34);
            var_32 = var_32 || var_35;
        }
        if (var_32) {
            // continue                                                                       <L 78>
            goto start_for_1;
        }
        // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 79>
        // elif wp.static(smoothing == SmoothingKernel.CUBIC):                                <L 81>
        // grad_w = wendland_grad(r_ij, dist, smoothing_length)                               <L 84>
        var_38 = wendland_grad_0(var_29, var_31, var_smoothing_length);
        // rho_j = densities[j]                                                               <L 85>
        var_39 = wp::address(var_densities, var_27);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // fluid_j = fluid_phases[phase_ids[j]]                                               <L 86>
        var_42 = wp::address(var_phase_ids, var_27);
        var_43 = wp::load(var_42);
        var_44 = wp::address(var_fluid_phases, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m_j = fluid_j[3]                                                                   <L 87>
        var_48 = wp::extract(var_45, var_47);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 88>
        var_49 = phase_pressure_0(var_40, var_45);
        // f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                           <L 90>
        var_50 = wp::mul(var_40, var_40);
        var_51 = wp::div(var_49, var_50);
        var_52 = wp::add(var_24, var_51);
        var_53 = wp::mul(var_48, var_52);
        var_54 = wp::mul(var_38, var_53);
        var_55 = wp::sub(var_25, var_54);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 92>
        var_58 = wp::extract(var_20, var_57);
        var_60 = wp::extract(var_45, var_59);
        var_61 = wp::add(var_58, var_60);
        var_62 = wp::mul(var_56, var_61);
        // f += (velocities[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)       <L 93>
        var_63 = wp::address(var_velocities, var_27);
        var_65 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_12);
        var_67 = wp::mul(var_66, var_62);
        var_68 = wp::mul(var_67, var_48);
        var_69 = wp::mul(var_15, var_40);
        var_70 = wp::div(var_68, var_69);
        var_71 = wp::length(var_38);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::div(var_72, var_31);
        var_74 = wp::mul(var_64, var_73);
        var_75 = wp::add(var_55, var_74);
        wp::assign(var_25, var_75);
        goto start_for_1;
    end_for_1:;
    // particle_a[i] = f + gravity                                                            <L 94>
    var_76 = wp::add(var_25, var_gravity);
    wp::array_store(var_particle_a, var_1, var_76);
}



template <bool wp_linear_contiguous>
static void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb wp_contiguous_args;
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb wp_contiguous_adj_args;
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
        wp_contiguous_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
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
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases = _wp_adj_args->fluid_phases;
    wp::uint64 adj_hash_grid = _wp_adj_args->hash_grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_densities = _wp_adj_args->densities;
    wp::array_t<wp::int32> adj_phase_ids = _wp_adj_args->phase_ids;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_a = _wp_adj_args->particle_a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::vec_t<4, wp::float32>* var_19;
    wp::vec_t<4, wp::float32> var_20;
    wp::vec_t<4, wp::float32> var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::hash_grid_query_f var_26;
    wp::int32 var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    bool var_32;
    bool var_33;
    const wp::float32 var_34 = 0.0;
    bool var_35;
    const bool var_36 = false;
    const bool var_37 = false;
    wp::vec_t<3, wp::float32> var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::int32* var_42;
    wp::int32 var_43;
    wp::vec_t<4, wp::float32>* var_44;
    wp::vec_t<4, wp::float32> var_45;
    wp::vec_t<4, wp::float32> var_46;
    const wp::int32 var_47 = 3;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    const wp::float32 var_56 = 0.5;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    const wp::int32 var_59 = 2;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32>* var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 2.0;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<4, wp::float32> adj_19 = {};
    wp::vec_t<4, wp::float32> adj_20 = {};
    wp::vec_t<4, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::hash_grid_query_f adj_26 = {};
    wp::int32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    bool adj_36 = {};
    bool adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::vec_t<4, wp::float32> adj_44 = {};
    wp::vec_t<4, wp::float32> adj_45 = {};
    wp::vec_t<4, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    //---------
    // forward
    // def eval_sph_forces(                                                                   <L 48>
    // tid = wp.tid()                                                                         <L 61>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(hash_grid, tid)                                              <L 63>
    var_1 = wp::hash_grid_point_id(var_hash_grid, var_0);
    // if (flags[i] & PARTICLE_ACTIVE) == 0:                                                  <L 64>
    var_2 = wp::address(var_flags, var_1);
    var_5 = wp::load(var_2);
    var_4 = wp::bit_and(var_5, var_3);
    var_7 = (var_4 == var_6);
    if (var_7) {
        // return                                                                             <L 65>
        goto label0;
    }
    // pos_i = points[i]                                                                      <L 66>
    var_8 = wp::address(var_points, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v_i = velocities[i]                                                                    <L 67>
    var_11 = wp::address(var_velocities, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rho_i = densities[i]                                                                   <L 68>
    var_14 = wp::address(var_densities, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // fluid_i = fluid_phases[phase_ids[i]]                                                   <L 69>
    var_17 = wp::address(var_phase_ids, var_1);
    var_18 = wp::load(var_17);
    var_19 = wp::address(var_fluid_phases, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 70>
    var_22 = phase_pressure_0(var_15, var_20);
    // p_rho2_i = p_i / (rho_i * rho_i)                                                       <L 71>
    var_23 = wp::mul(var_15, var_15);
    var_24 = wp::div(var_22, var_23);
    // f = wp.vec3()                                                                          <L 72>
    var_25 = wp::vec_t<3, wp::float32>();
    // for j in wp.hash_grid_query(hash_grid, pos_i, smoothing_length):                       <L 73>
    var_26 = wp::hash_grid_query(var_hash_grid, var_9, var_smoothing_length);
    // particle_a[i] = f + gravity                                                            <L 94>
    var_76 = wp::add(var_25, var_gravity);
    // wp::array_store(var_particle_a, var_1, var_76);
    //---------
    // reverse
    wp::adj_array_store(var_particle_a, var_1, var_76, adj_particle_a, adj_1, adj_76);
    wp::adj_add(var_25, var_gravity, adj_25, adj_gravity, adj_76);
    // adj: particle_a[i] = f + gravity                                                       <L 94>
    var_26 = wp::iter_reverse(var_26);
    start_for_1:;
        if (iter_cmp(var_26) == 0) goto end_for_1;
        var_27 = wp::iter_next(var_26);
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
        // r_ij = pos_i - points[j]                                                           <L 74>
        var_28 = wp::address(var_points, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::sub(var_9, var_30);
        // dist = wp.length(r_ij)                                                             <L 75>
        var_31 = wp::length(var_29);
        // if dist >= smoothing_length or dist == 0.0:                                        <L 77>
        var_33 = (var_31 >= var_smoothing_length);
        var_32 = var_33;
        if (!var_32) {
            var_35 = (var_31 == var_34);
            var_32 = var_32 || var_35;
        }
        if (var_32) {
            // continue                                                                       <L 78>
            goto start_for_1;
        }
        // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 79>
        // elif wp.static(smoothing == SmoothingKernel.CUBIC):                                <L 81>
        // grad_w = wendland_grad(r_ij, dist, smoothing_length)                               <L 84>
        var_38 = wendland_grad_0(var_29, var_31, var_smoothing_length);
        // rho_j = densities[j]                                                               <L 85>
        var_39 = wp::address(var_densities, var_27);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // fluid_j = fluid_phases[phase_ids[j]]                                               <L 86>
        var_42 = wp::address(var_phase_ids, var_27);
        var_43 = wp::load(var_42);
        var_44 = wp::address(var_fluid_phases, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m_j = fluid_j[3]                                                                   <L 87>
        var_48 = wp::extract(var_45, var_47);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 88>
        var_49 = phase_pressure_0(var_40, var_45);
        // f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                           <L 90>
        var_50 = wp::mul(var_40, var_40);
        var_51 = wp::div(var_49, var_50);
        var_52 = wp::add(var_24, var_51);
        var_53 = wp::mul(var_48, var_52);
        var_54 = wp::mul(var_38, var_53);
        var_55 = wp::sub(var_25, var_54);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 92>
        var_58 = wp::extract(var_20, var_57);
        var_60 = wp::extract(var_45, var_59);
        var_61 = wp::add(var_58, var_60);
        var_62 = wp::mul(var_56, var_61);
        // f += (velocities[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)       <L 93>
        var_63 = wp::address(var_velocities, var_27);
        var_65 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_12);
        var_67 = wp::mul(var_66, var_62);
        var_68 = wp::mul(var_67, var_48);
        var_69 = wp::mul(var_15, var_40);
        var_70 = wp::div(var_68, var_69);
        var_71 = wp::length(var_38);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::div(var_72, var_31);
        var_74 = wp::mul(var_64, var_73);
        var_75 = wp::add(var_55, var_74);
        wp::assign(var_25, var_75);
        wp::adj_assign(var_25, var_75, adj_25, adj_75);
        wp::adj_add(var_55, var_74, adj_55, adj_74, adj_75);
        wp::adj_mul(var_64, var_73, adj_64, adj_73, adj_74);
        wp::adj_div(var_72, var_31, var_73, adj_72, adj_31, adj_73);
        wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_length(var_38, var_71, adj_38, adj_71);
        wp::adj_div(var_68, var_69, var_70, adj_68, adj_69, adj_70);
        wp::adj_mul(var_15, var_40, adj_15, adj_40, adj_69);
        wp::adj_mul(var_67, var_48, adj_67, adj_48, adj_68);
        wp::adj_mul(var_66, var_62, adj_66, adj_62, adj_67);
        wp::adj_sub(var_65, var_12, adj_63, adj_12, adj_64);
        wp::adj_address(var_velocities, var_27, adj_velocities, adj_27, adj_63);
        // adj: f += (velocities[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)  <L 93>
        wp::adj_mul(var_56, var_61, adj_56, adj_61, adj_62);
        wp::adj_add(var_58, var_60, adj_58, adj_60, adj_61);
        wp::adj_extract(var_45, var_59, adj_45, adj_59, adj_60);
        wp::adj_extract(var_20, var_57, adj_20, adj_57, adj_58);
        // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 92>
        wp::adj_sub(var_25, var_54, adj_25, adj_54, adj_55);
        wp::adj_mul(var_38, var_53, adj_38, adj_53, adj_54);
        wp::adj_mul(var_48, var_52, adj_48, adj_52, adj_53);
        wp::adj_add(var_24, var_51, adj_24, adj_51, adj_52);
        wp::adj_div(var_49, var_50, var_51, adj_49, adj_50, adj_51);
        wp::adj_mul(var_40, var_40, adj_40, adj_40, adj_50);
        // adj: f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                      <L 90>
        adj_phase_pressure_0(var_40, var_45, adj_40, adj_45, adj_49);
        // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 88>
        wp::adj_extract(var_45, var_47, adj_45, adj_47, adj_48);
        // adj: m_j = fluid_j[3]                                                              <L 87>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_fluid_phases, var_43, adj_fluid_phases, adj_43, adj_44);
        wp::adj_address(var_phase_ids, var_27, adj_phase_ids, adj_27, adj_42);
        // adj: fluid_j = fluid_phases[phase_ids[j]]                                          <L 86>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_densities, var_27, adj_densities, adj_27, adj_39);
        // adj: rho_j = densities[j]                                                          <L 85>
        adj_wendland_grad_0(var_29, var_31, var_smoothing_length, adj_29, adj_31, adj_smoothing_length, adj_38);
        // adj: grad_w = wendland_grad(r_ij, dist, smoothing_length)                          <L 84>
        // adj: elif wp.static(smoothing == SmoothingKernel.CUBIC):                           <L 81>
        // adj: if wp.static(smoothing == SmoothingKernel.SPIKY):                             <L 79>
        if (var_32) {
            // adj: continue                                                                  <L 78>
        }
        if (!var_32) {
        }
        // adj: if dist >= smoothing_length or dist == 0.0:                                   <L 77>
        wp::adj_length(var_29, var_31, adj_29, adj_31);
        // adj: dist = wp.length(r_ij)                                                        <L 75>
        wp::adj_sub(var_9, var_30, adj_9, adj_28, adj_29);
        wp::adj_address(var_points, var_27, adj_points, adj_27, adj_28);
        // adj: r_ij = pos_i - points[j]                                                      <L 74>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(hash_grid, pos_i, smoothing_length):                  <L 73>
    // adj: f = wp.vec3()                                                                     <L 72>
    wp::adj_div(var_22, var_23, var_24, adj_22, adj_23, adj_24);
    wp::adj_mul(var_15, var_15, adj_15, adj_15, adj_23);
    // adj: p_rho2_i = p_i / (rho_i * rho_i)                                                  <L 71>
    adj_phase_pressure_0(var_15, var_20, adj_15, adj_20, adj_22);
    // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 70>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_fluid_phases, var_18, adj_fluid_phases, adj_18, adj_19);
    wp::adj_address(var_phase_ids, var_1, adj_phase_ids, adj_1, adj_17);
    // adj: fluid_i = fluid_phases[phase_ids[i]]                                              <L 69>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_densities, var_1, adj_densities, adj_1, adj_14);
    // adj: rho_i = densities[i]                                                              <L 68>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_velocities, var_1, adj_velocities, adj_1, adj_11);
    // adj: v_i = velocities[i]                                                               <L 67>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_8);
    // adj: pos_i = points[i]                                                                 <L 66>
    if (var_7) {
        label0:;
        // adj: return                                                                        <L 65>
    }
    wp::adj_address(var_flags, var_1, adj_flags, adj_1, adj_2);
    // adj: if (flags[i] & PARTICLE_ACTIVE) == 0:                                             <L 64>
    // adj: i = wp.hash_grid_point_id(hash_grid, tid)                                         <L 63>
    // adj: tid = wp.tid()                                                                    <L 61>
    // adj: def eval_sph_forces(                                                              <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args)
{
    create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->phase_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->phase_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_args,
    wp_args_create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb *_wp_adj_args)
{
    create_eval_sph_forces_kernel__locals__eval_sph_forces_f82adbeb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

