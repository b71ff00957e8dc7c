// Warp 1.19.0 cpu code for sph_pressure_viscosity_a7223e1e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// sph_pressure_viscosity.py:104
static wp::float32 pressure_from_density_0(
    wp::float32 var_rho,
    wp::float32 var_rho0,
    wp::float32 var_k_p)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 7.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 7.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 105>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 107>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    return var_8;
}


// sph_pressure_viscosity.py:43
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
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 44>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 46>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return wp.max(p, 0.0)                                                                  <L 48>
    var_7 = wp::max(var_5, var_6);
    return var_7;
}


// sph_pressure_viscosity.py:35
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
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 36>
    // q = d / h                                                                              <L 38>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 39>
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
    // return r * (dw / d)                                                                    <L 40>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    return var_23;
}


// sph_pressure_viscosity.py:104
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
    const wp::float32 var_1 = 7.0;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 7.0;
    wp::float32 var_5;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
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
    //---------
    // forward
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 105>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 107>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_mul(var_2, var_7, adj_2, adj_7, adj_8);
    wp::adj_sub(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_pow(var_3, var_4, var_5, adj_3, adj_4, adj_5);
    wp::adj_div(var_rho, var_rho0, var_3, adj_rho, adj_rho0, adj_3);
    wp::adj_div(var_0, var_1, var_2, adj_0, adj_1, adj_2);
    wp::adj_mul(var_k_p, var_rho0, adj_k_p, adj_rho0, adj_0);
    // adj: return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                         <L 107>
    // adj: def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:          <L 105>
    return;
}


// sph_pressure_viscosity.py:43
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
    const wp::float32 var_6 = 0.0;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 44>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 46>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return wp.max(p, 0.0)                                                                  <L 48>
    var_7 = wp::max(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_max(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: return wp.max(p, 0.0)                                                             <L 48>
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_rho, var_3, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (rho - fluid[0])                                                   <L 46>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 44>
    return;
}


// sph_pressure_viscosity.py:35
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
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 36>
    // q = d / h                                                                              <L 38>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 39>
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
    // return r * (dw / d)                                                                    <L 40>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_mul(var_r, var_22, adj_r, adj_22, adj_23);
    wp::adj_div(var_21, var_d, var_22, adj_21, adj_d, adj_22);
    // adj: return r * (dw / d)                                                               <L 40>
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
    // adj: dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h  <L 39>
    wp::adj_div(var_d, var_h, var_0, adj_d, adj_h, adj_0);
    // adj: q = d / h                                                                         <L 38>
    // adj: def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                     <L 36>
    return;
}

struct wp_args_compute_sph_forces_0601fb06 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> densities;
    wp::array_t<wp::int32> particle_phase;
    wp::array_t<wp::float32> particle_mass;
    wp::float32 smoothing_length;
    wp::float32 rest_density;
    wp::float32 pressure_stiffness;
    wp::float32 dynamic_viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> dvdt;
    wp::array_t<wp::int32> neighbor_counts;
    wp::array_t<wp::float32> particle_pressure;
};


template <bool wp_linear_contiguous>
static void compute_sph_forces_0601fb06_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_sph_forces_0601fb06 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_sph_forces_0601fb06 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.dvdt.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_pressure.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_rest_density = _wp_args->rest_density;
    wp::float32 var_pressure_stiffness = _wp_args->pressure_stiffness;
    wp::float32 var_dynamic_viscosity = _wp_args->dynamic_viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dvdt = _wp_args->dvdt;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::float32> var_particle_pressure = _wp_args->particle_pressure;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = -45.0;
    const wp::float32 var_22 = 3.141592653589793;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 45.0;
    const wp::float32 var_26 = 3.141592653589793;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    const wp::float32 var_31 = 0.0;
    wp::vec_t<3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::hash_grid_query_f var_35;
    wp::int32 var_36;
    bool var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    bool var_42;
    bool var_43;
    const wp::float32 var_44 = 1e-12;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::int32* var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32* var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 1;
    wp::int32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 2.0;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32>* var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    const wp::float32 var_88 = 0.0;
    const wp::float32 var_89 = -9.81;
    const wp::float32 var_90 = 0.0;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    //---------
    // forward
    // def compute_sph_forces(                                                                <L 111>
    // tid = wp.tid()                                                                         <L 126>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 127>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 128>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 129>
        return;
    }
    // if particle_phase[i] == Phase.BOUNDARY:                                                <L 130>
    var_4 = wp::address(var_particle_phase, var_1);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 131>
        return;
    }
    // x_i = particle_x[i]                                                                    <L 132>
    var_8 = wp::address(var_particle_x, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v_i = particle_v[i]                                                                    <L 133>
    var_11 = wp::address(var_particle_v, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rho_i = densities[i]                                                                   <L 134>
    var_14 = wp::address(var_densities, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)                   <L 135>
    var_17 = pressure_from_density_0(var_15, var_rest_density, var_pressure_stiffness);
    // particle_pressure[i] = p_i                                                             <L 136>
    wp::array_store(var_particle_pressure, var_1, var_17);
    // h2 = smoothing_length * smoothing_length                                               <L 137>
    var_18 = wp::mul(var_smoothing_length, var_smoothing_length);
    // h6 = h2 * h2 * h2                                                                      <L 138>
    var_19 = wp::mul(var_18, var_18);
    var_20 = wp::mul(var_19, var_18);
    // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 139>
    var_23 = wp::mul(var_22, var_20);
    var_24 = wp::div(var_21, var_23);
    // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 140>
    var_27 = wp::mul(var_26, var_20);
    var_28 = wp::div(var_25, var_27);
    // a_pressure = wp.vec3(0.0)                                                              <L 141>
    var_30 = wp::vec_t<3, wp::float32>(var_29);
    // a_viscosity = wp.vec3(0.0)                                                             <L 142>
    var_32 = wp::vec_t<3, wp::float32>(var_31);
    // num_neighbors = int(0)                                                                 <L 143>
    var_34 = wp::int(var_33);
    // for j in wp.hash_grid_query(grid, x_i, smoothing_length):                              <L 144>
    var_35 = wp::hash_grid_query(var_grid, var_9, var_smoothing_length);
    start_for_2:;
        if (iter_cmp(var_35) == 0) goto end_for_2;
        var_36 = wp::iter_next(var_35);
        // if j == i:                                                                         <L 145>
        var_37 = (var_36 == var_1);
        if (var_37) {
            // continue                                                                       <L 146>
            goto start_for_2;
        }
        // r = x_i - particle_x[j]                                                            <L 147>
        var_38 = wp::address(var_particle_x, var_36);
        var_40 = wp::load(var_38);
        var_39 = wp::sub(var_9, var_40);
        // d2 = wp.length_sq(r)                                                               <L 148>
        var_41 = wp::length_sq(var_39);
        // if d2 >= h2 or d2 < 1.0e-12:                                                       <L 149>
        var_43 = (var_41 >= var_18);
        var_42 = var_43;
        if (!var_42) {
            var_45 = (var_41 < var_44);
            var_42 = var_42 || var_45;
        }
        if (var_42) {
            // continue                                                                       <L 150>
            goto start_for_2;
        }
        // d = wp.sqrt(d2)                                                                    <L 151>
        var_46 = wp::sqrt(var_41);
        // rho_j = rho_i                                                                      <L 152>
        var_47 = wp::copy(var_15);
        // p_j = p_i                                                                          <L 153>
        var_48 = wp::copy(var_17);
        // if particle_phase[j] == Phase.FLUID:                                               <L 154>
        var_49 = wp::address(var_particle_phase, var_36);
        var_52 = wp::load(var_49);
        var_51 = (var_52 == var_50);
        if (var_51) {
            // rho_j = densities[j]                                                           <L 155>
            var_53 = wp::address(var_densities, var_36);
            var_55 = wp::load(var_53);
            var_54 = wp::copy(var_55);
            // p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)           <L 156>
            var_56 = pressure_from_density_0(var_54, var_rest_density, var_pressure_stiffness);
        }
        var_57 = wp::where(var_51, var_54, var_47);
        var_58 = wp::where(var_51, var_56, var_48);
        // m_j = particle_mass[j]                                                             <L 157>
        var_59 = wp::address(var_particle_mass, var_36);
        var_61 = wp::load(var_59);
        var_60 = wp::copy(var_61);
        // q = smoothing_length - d                                                           <L 158>
        var_62 = wp::sub(var_smoothing_length, var_46);
        // grad_w = r * (spiky_coeff * q * q / d)                                             <L 159>
        var_63 = wp::mul(var_24, var_62);
        var_64 = wp::mul(var_63, var_62);
        var_65 = wp::div(var_64, var_46);
        var_66 = wp::mul(var_39, var_65);
        // num_neighbors += 1                                                                 <L 160>
        var_68 = wp::add(var_34, var_67);
        // a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                 <L 161>
        var_69 = wp::add(var_17, var_58);
        var_70 = wp::mul(var_60, var_69);
        var_72 = wp::mul(var_71, var_15);
        var_73 = wp::mul(var_72, var_57);
        var_74 = wp::div(var_70, var_73);
        var_75 = wp::mul(var_66, var_74);
        var_76 = wp::sub(var_30, var_75);
        // a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)       <L 162>
        var_77 = wp::address(var_particle_v, var_36);
        var_79 = wp::load(var_77);
        var_78 = wp::sub(var_79, var_12);
        var_80 = wp::mul(var_15, var_57);
        var_81 = wp::div(var_60, var_80);
        var_82 = wp::mul(var_81, var_28);
        var_83 = wp::mul(var_82, var_62);
        var_84 = wp::mul(var_78, var_83);
        var_85 = wp::add(var_32, var_84);
        wp::assign(var_30, var_76);
        wp::assign(var_32, var_85);
        wp::assign(var_34, var_68);
        goto start_for_2;
    end_for_2:;
    // neighbor_counts[i] = num_neighbors                                                     <L 163>
    wp::array_store(var_neighbor_counts, var_1, var_34);
    // dvdt[i] = a_pressure + a_viscosity * dynamic_viscosity + wp.vec3(0.0, -9.81, 0.0)       <L 164>
    var_86 = wp::mul(var_32, var_dynamic_viscosity);
    var_87 = wp::add(var_30, var_86);
    var_91 = wp::vec_t<3, wp::float32>(var_88, var_89, var_90);
    var_92 = wp::add(var_87, var_91);
    wp::array_store(var_dvdt, var_1, var_92);
}



template <bool wp_linear_contiguous>
static void compute_sph_forces_0601fb06_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_sph_forces_0601fb06 *_wp_args,
    wp_args_compute_sph_forces_0601fb06 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_sph_forces_0601fb06 wp_contiguous_args;
    wp_args_compute_sph_forces_0601fb06 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.dvdt.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.dvdt.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_pressure.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_pressure.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::float32 var_rest_density = _wp_args->rest_density;
    wp::float32 var_pressure_stiffness = _wp_args->pressure_stiffness;
    wp::float32 var_dynamic_viscosity = _wp_args->dynamic_viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_dvdt = _wp_args->dvdt;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::float32> var_particle_pressure = _wp_args->particle_pressure;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_densities = _wp_adj_args->densities;
    wp::array_t<wp::int32> adj_particle_phase = _wp_adj_args->particle_phase;
    wp::array_t<wp::float32> adj_particle_mass = _wp_adj_args->particle_mass;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::float32 adj_rest_density = _wp_adj_args->rest_density;
    wp::float32 adj_pressure_stiffness = _wp_adj_args->pressure_stiffness;
    wp::float32 adj_dynamic_viscosity = _wp_adj_args->dynamic_viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dvdt = _wp_adj_args->dvdt;
    wp::array_t<wp::int32> adj_neighbor_counts = _wp_adj_args->neighbor_counts;
    wp::array_t<wp::float32> adj_particle_pressure = _wp_adj_args->particle_pressure;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    wp::int32 var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::float32 var_21 = -45.0;
    const wp::float32 var_22 = 3.141592653589793;
    wp::float32 var_23;
    wp::float32 var_24;
    const wp::float32 var_25 = 45.0;
    const wp::float32 var_26 = 3.141592653589793;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    wp::vec_t<3, wp::float32> var_30;
    const wp::float32 var_31 = 0.0;
    wp::vec_t<3, wp::float32> var_32;
    const wp::int32 var_33 = 0;
    wp::int32 var_34;
    wp::hash_grid_query_f var_35;
    wp::int32 var_36;
    bool var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::float32 var_41;
    bool var_42;
    bool var_43;
    const wp::float32 var_44 = 1e-12;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::int32* var_49;
    const wp::int32 var_50 = 0;
    bool var_51;
    wp::int32 var_52;
    wp::float32* var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32* var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 1;
    wp::int32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    const wp::float32 var_71 = 2.0;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::vec_t<3, wp::float32>* var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    wp::vec_t<3, wp::float32> var_87;
    const wp::float32 var_88 = 0.0;
    const wp::float32 var_89 = -9.81;
    const wp::float32 var_90 = 0.0;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    bool adj_6 = {};
    wp::int32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
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
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::hash_grid_query_f adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    bool adj_51 = {};
    wp::int32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    //---------
    // forward
    // def compute_sph_forces(                                                                <L 111>
    // tid = wp.tid()                                                                         <L 126>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 127>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 128>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 129>
        goto label0;
    }
    // if particle_phase[i] == Phase.BOUNDARY:                                                <L 130>
    var_4 = wp::address(var_particle_phase, var_1);
    var_7 = wp::load(var_4);
    var_6 = (var_7 == var_5);
    if (var_6) {
        // return                                                                             <L 131>
        goto label1;
    }
    // x_i = particle_x[i]                                                                    <L 132>
    var_8 = wp::address(var_particle_x, var_1);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // v_i = particle_v[i]                                                                    <L 133>
    var_11 = wp::address(var_particle_v, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // rho_i = densities[i]                                                                   <L 134>
    var_14 = wp::address(var_densities, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)                   <L 135>
    var_17 = pressure_from_density_0(var_15, var_rest_density, var_pressure_stiffness);
    // particle_pressure[i] = p_i                                                             <L 136>
    // wp::array_store(var_particle_pressure, var_1, var_17);
    // h2 = smoothing_length * smoothing_length                                               <L 137>
    var_18 = wp::mul(var_smoothing_length, var_smoothing_length);
    // h6 = h2 * h2 * h2                                                                      <L 138>
    var_19 = wp::mul(var_18, var_18);
    var_20 = wp::mul(var_19, var_18);
    // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 139>
    var_23 = wp::mul(var_22, var_20);
    var_24 = wp::div(var_21, var_23);
    // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 140>
    var_27 = wp::mul(var_26, var_20);
    var_28 = wp::div(var_25, var_27);
    // a_pressure = wp.vec3(0.0)                                                              <L 141>
    var_30 = wp::vec_t<3, wp::float32>(var_29);
    // a_viscosity = wp.vec3(0.0)                                                             <L 142>
    var_32 = wp::vec_t<3, wp::float32>(var_31);
    // num_neighbors = int(0)                                                                 <L 143>
    var_34 = wp::int(var_33);
    // for j in wp.hash_grid_query(grid, x_i, smoothing_length):                              <L 144>
    var_35 = wp::hash_grid_query(var_grid, var_9, var_smoothing_length);
    // neighbor_counts[i] = num_neighbors                                                     <L 163>
    // wp::array_store(var_neighbor_counts, var_1, var_34);
    // dvdt[i] = a_pressure + a_viscosity * dynamic_viscosity + wp.vec3(0.0, -9.81, 0.0)       <L 164>
    var_86 = wp::mul(var_32, var_dynamic_viscosity);
    var_87 = wp::add(var_30, var_86);
    var_91 = wp::vec_t<3, wp::float32>(var_88, var_89, var_90);
    var_92 = wp::add(var_87, var_91);
    // wp::array_store(var_dvdt, var_1, var_92);
    //---------
    // reverse
    wp::adj_array_store(var_dvdt, var_1, var_92, adj_dvdt, adj_1, adj_92);
    wp::adj_add(var_87, var_91, adj_87, adj_91, adj_92);
    wp::adj_vec_t(var_88, var_89, var_90, adj_88, adj_89, adj_90, adj_91);
    wp::adj_add(var_30, var_86, adj_30, adj_86, adj_87);
    wp::adj_mul(var_32, var_dynamic_viscosity, adj_32, adj_dynamic_viscosity, adj_86);
    // adj: dvdt[i] = a_pressure + a_viscosity * dynamic_viscosity + wp.vec3(0.0, -9.81, 0.0)  <L 164>
    wp::adj_array_store(var_neighbor_counts, var_1, var_34, adj_neighbor_counts, adj_1, adj_34);
    // adj: neighbor_counts[i] = num_neighbors                                                <L 163>
    var_35 = wp::iter_reverse(var_35);
    start_for_2:;
        if (iter_cmp(var_35) == 0) goto end_for_2;
        var_36 = wp::iter_next(var_35);
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
    	adj_78 = {};
    	adj_79 = {};
    	adj_80 = {};
    	adj_81 = {};
    	adj_82 = {};
    	adj_83 = {};
    	adj_84 = {};
    	adj_85 = {};
        // if j == i:                                                                         <L 145>
        var_37 = (var_36 == var_1);
        if (var_37) {
            // continue                                                                       <L 146>
            goto start_for_2;
        }
        // r = x_i - particle_x[j]                                                            <L 147>
        var_38 = wp::address(var_particle_x, var_36);
        var_40 = wp::load(var_38);
        var_39 = wp::sub(var_9, var_40);
        // d2 = wp.length_sq(r)                                                               <L 148>
        var_41 = wp::length_sq(var_39);
        // if d2 >= h2 or d2 < 1.0e-12:                                                       <L 149>
        var_43 = (var_41 >= var_18);
        var_42 = var_43;
        if (!var_42) {
            var_45 = (var_41 < var_44);
            var_42 = var_42 || var_45;
        }
        if (var_42) {
            // continue                                                                       <L 150>
            goto start_for_2;
        }
        // d = wp.sqrt(d2)                                                                    <L 151>
        var_46 = wp::sqrt(var_41);
        // rho_j = rho_i                                                                      <L 152>
        var_47 = wp::copy(var_15);
        // p_j = p_i                                                                          <L 153>
        var_48 = wp::copy(var_17);
        // if particle_phase[j] == Phase.FLUID:                                               <L 154>
        var_49 = wp::address(var_particle_phase, var_36);
        var_52 = wp::load(var_49);
        var_51 = (var_52 == var_50);
        if (var_51) {
            // rho_j = densities[j]                                                           <L 155>
            var_53 = wp::address(var_densities, var_36);
            var_55 = wp::load(var_53);
            var_54 = wp::copy(var_55);
            // p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)           <L 156>
            var_56 = pressure_from_density_0(var_54, var_rest_density, var_pressure_stiffness);
        }
        var_57 = wp::where(var_51, var_54, var_47);
        var_58 = wp::where(var_51, var_56, var_48);
        // m_j = particle_mass[j]                                                             <L 157>
        var_59 = wp::address(var_particle_mass, var_36);
        var_61 = wp::load(var_59);
        var_60 = wp::copy(var_61);
        // q = smoothing_length - d                                                           <L 158>
        var_62 = wp::sub(var_smoothing_length, var_46);
        // grad_w = r * (spiky_coeff * q * q / d)                                             <L 159>
        var_63 = wp::mul(var_24, var_62);
        var_64 = wp::mul(var_63, var_62);
        var_65 = wp::div(var_64, var_46);
        var_66 = wp::mul(var_39, var_65);
        // num_neighbors += 1                                                                 <L 160>
        var_68 = wp::add(var_34, var_67);
        // a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                 <L 161>
        var_69 = wp::add(var_17, var_58);
        var_70 = wp::mul(var_60, var_69);
        var_72 = wp::mul(var_71, var_15);
        var_73 = wp::mul(var_72, var_57);
        var_74 = wp::div(var_70, var_73);
        var_75 = wp::mul(var_66, var_74);
        var_76 = wp::sub(var_30, var_75);
        // a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)       <L 162>
        var_77 = wp::address(var_particle_v, var_36);
        var_79 = wp::load(var_77);
        var_78 = wp::sub(var_79, var_12);
        var_80 = wp::mul(var_15, var_57);
        var_81 = wp::div(var_60, var_80);
        var_82 = wp::mul(var_81, var_28);
        var_83 = wp::mul(var_82, var_62);
        var_84 = wp::mul(var_78, var_83);
        var_85 = wp::add(var_32, var_84);
        wp::assign(var_30, var_76);
        wp::assign(var_32, var_85);
        wp::assign(var_34, var_68);
        wp::adj_assign(var_34, var_68, adj_34, adj_68);
        wp::adj_assign(var_32, var_85, adj_32, adj_85);
        wp::adj_assign(var_30, var_76, adj_30, adj_76);
        wp::adj_add(var_32, var_84, adj_32, adj_84, adj_85);
        wp::adj_mul(var_78, var_83, adj_78, adj_83, adj_84);
        wp::adj_mul(var_82, var_62, adj_82, adj_62, adj_83);
        wp::adj_mul(var_81, var_28, adj_81, adj_28, adj_82);
        wp::adj_div(var_60, var_80, var_81, adj_60, adj_80, adj_81);
        wp::adj_mul(var_15, var_57, adj_15, adj_57, adj_80);
        wp::adj_sub(var_79, var_12, adj_77, adj_12, adj_78);
        wp::adj_address(var_particle_v, var_36, adj_particle_v, adj_36, adj_77);
        // adj: a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)  <L 162>
        wp::adj_sub(var_30, var_75, adj_30, adj_75, adj_76);
        wp::adj_mul(var_66, var_74, adj_66, adj_74, adj_75);
        wp::adj_div(var_70, var_73, var_74, adj_70, adj_73, adj_74);
        wp::adj_mul(var_72, var_57, adj_72, adj_57, adj_73);
        wp::adj_mul(var_71, var_15, adj_71, adj_15, adj_72);
        wp::adj_mul(var_60, var_69, adj_60, adj_69, adj_70);
        wp::adj_add(var_17, var_58, adj_17, adj_58, adj_69);
        // adj: a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))            <L 161>
        wp::adj_add(var_34, var_67, adj_34, adj_67, adj_68);
        // adj: num_neighbors += 1                                                            <L 160>
        wp::adj_mul(var_39, var_65, adj_39, adj_65, adj_66);
        wp::adj_div(var_64, var_46, var_65, adj_64, adj_46, adj_65);
        wp::adj_mul(var_63, var_62, adj_63, adj_62, adj_64);
        wp::adj_mul(var_24, var_62, adj_24, adj_62, adj_63);
        // adj: grad_w = r * (spiky_coeff * q * q / d)                                        <L 159>
        wp::adj_sub(var_smoothing_length, var_46, adj_smoothing_length, adj_46, adj_62);
        // adj: q = smoothing_length - d                                                      <L 158>
        wp::adj_copy(var_61, adj_59, adj_60);
        wp::adj_address(var_particle_mass, var_36, adj_particle_mass, adj_36, adj_59);
        // adj: m_j = particle_mass[j]                                                        <L 157>
        wp::adj_where(var_51, var_56, var_48, adj_51, adj_56, adj_48, adj_58);
        wp::adj_where(var_51, var_54, var_47, adj_51, adj_54, adj_47, adj_57);
        if (var_51) {
            adj_pressure_from_density_0(var_54, var_rest_density, var_pressure_stiffness, adj_54, adj_rest_density, adj_pressure_stiffness, adj_56);
            // adj: p_j = pressure_from_density(rho_j, rest_density, pressure_stiffness)      <L 156>
            wp::adj_copy(var_55, adj_53, adj_54);
            wp::adj_address(var_densities, var_36, adj_densities, adj_36, adj_53);
            // adj: rho_j = densities[j]                                                      <L 155>
        }
        wp::adj_address(var_particle_phase, var_36, adj_particle_phase, adj_36, adj_49);
        // adj: if particle_phase[j] == Phase.FLUID:                                          <L 154>
        wp::adj_copy(var_17, adj_17, adj_48);
        // adj: p_j = p_i                                                                     <L 153>
        wp::adj_copy(var_15, adj_15, adj_47);
        // adj: rho_j = rho_i                                                                 <L 152>
        wp::adj_sqrt(var_41, var_46, adj_41, adj_46);
        // adj: d = wp.sqrt(d2)                                                               <L 151>
        if (var_42) {
            // adj: continue                                                                  <L 150>
        }
        if (!var_42) {
        }
        // adj: if d2 >= h2 or d2 < 1.0e-12:                                                  <L 149>
        wp::adj_length_sq(var_39, adj_39, adj_41);
        // adj: d2 = wp.length_sq(r)                                                          <L 148>
        wp::adj_sub(var_9, var_40, adj_9, adj_38, adj_39);
        wp::adj_address(var_particle_x, var_36, adj_particle_x, adj_36, adj_38);
        // adj: r = x_i - particle_x[j]                                                       <L 147>
        if (var_37) {
            // adj: continue                                                                  <L 146>
        }
        // adj: if j == i:                                                                    <L 145>
    	goto start_for_2;
    end_for_2:;
    // adj: for j in wp.hash_grid_query(grid, x_i, smoothing_length):                         <L 144>
    // adj: num_neighbors = int(0)                                                            <L 143>
    wp::adj_vec_t(var_31, adj_31, adj_32);
    // adj: a_viscosity = wp.vec3(0.0)                                                        <L 142>
    wp::adj_vec_t(var_29, adj_29, adj_30);
    // adj: a_pressure = wp.vec3(0.0)                                                         <L 141>
    wp::adj_div(var_25, var_27, var_28, adj_25, adj_27, adj_28);
    wp::adj_mul(var_26, var_20, adj_26, adj_20, adj_27);
    // adj: laplacian_coeff = 45.0 / (wp.pi * h6)                                             <L 140>
    wp::adj_div(var_21, var_23, var_24, adj_21, adj_23, adj_24);
    wp::adj_mul(var_22, var_20, adj_22, adj_20, adj_23);
    // adj: spiky_coeff = -45.0 / (wp.pi * h6)                                                <L 139>
    wp::adj_mul(var_19, var_18, adj_19, adj_18, adj_20);
    wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_19);
    // adj: h6 = h2 * h2 * h2                                                                 <L 138>
    wp::adj_mul(var_smoothing_length, var_smoothing_length, adj_smoothing_length, adj_smoothing_length, adj_18);
    // adj: h2 = smoothing_length * smoothing_length                                          <L 137>
    wp::adj_array_store(var_particle_pressure, var_1, var_17, adj_particle_pressure, adj_1, adj_17);
    // adj: particle_pressure[i] = p_i                                                        <L 136>
    adj_pressure_from_density_0(var_15, var_rest_density, var_pressure_stiffness, adj_15, adj_rest_density, adj_pressure_stiffness, adj_17);
    // adj: p_i = pressure_from_density(rho_i, rest_density, pressure_stiffness)              <L 135>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_densities, var_1, adj_densities, adj_1, adj_14);
    // adj: rho_i = densities[i]                                                              <L 134>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_11);
    // adj: v_i = particle_v[i]                                                               <L 133>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_8);
    // adj: x_i = particle_x[i]                                                               <L 132>
    if (var_6) {
        label1:;
        // adj: return                                                                        <L 131>
    }
    wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_4);
    // adj: if particle_phase[i] == Phase.BOUNDARY:                                           <L 130>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 129>
    }
    // adj: if i == -1:                                                                       <L 128>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 127>
    // adj: tid = wp.tid()                                                                    <L 126>
    // adj: def compute_sph_forces(                                                           <L 111>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_sph_forces_0601fb06_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_0601fb06 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_sph_forces_0601fb06_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_sph_forces_0601fb06_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_0601fb06 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->dvdt.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_pressure.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        compute_sph_forces_0601fb06_cpu_forward_tasks<true>(dim, _wp_args);
    else
        compute_sph_forces_0601fb06_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_sph_forces_0601fb06_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_0601fb06 *_wp_args)
{
    compute_sph_forces_0601fb06_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_sph_forces_0601fb06_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_0601fb06 *_wp_args,
    wp_args_compute_sph_forces_0601fb06 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_sph_forces_0601fb06_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void compute_sph_forces_0601fb06_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_0601fb06 *_wp_args,
    wp_args_compute_sph_forces_0601fb06 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->dvdt.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->dvdt.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_pressure.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_pressure.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        compute_sph_forces_0601fb06_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        compute_sph_forces_0601fb06_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void compute_sph_forces_0601fb06_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_0601fb06 *_wp_args,
    wp_args_compute_sph_forces_0601fb06 *_wp_adj_args)
{
    compute_sph_forces_0601fb06_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_count_per_cell_08f343ba {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> grid_lower;
    wp::float32 grid_dx;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void count_per_cell_08f343ba_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_per_cell_08f343ba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_grid_lower = _wp_args->grid_lower;
    wp::float32 var_grid_dx = _wp_args->grid_dx;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    wp::vec_t<3, wp::int32> var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::shape_t var_24;
    wp::shape_t* var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::shape_t var_28;
    wp::shape_t* var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::shape_t var_32;
    wp::vec_t<3, wp::int32> var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 0;
    wp::vec_t<3, wp::int32> var_37;
    wp::vec_t<3, wp::int32> var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 1;
    wp::vec_t<3, wp::int32> var_42;
    wp::vec_t<3, wp::int32> var_43;
    wp::vec_t<3, wp::int32> var_44;
    const wp::int32 var_45 = 0;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    const wp::int32 var_49 = 2;
    wp::int32 var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    //---------
    // forward
    // def count_per_cell(                                                                    <L 168>
    // tid = wp.tid()                                                                         <L 174>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 175>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // inv_dx = 1.0 / grid_dx                                                                 <L 176>
    var_5 = wp::div(var_4, var_grid_dx);
    // u = (x - grid_lower) * inv_dx                                                          <L 177>
    var_6 = wp::sub(var_2, var_grid_lower);
    var_7 = wp::mul(var_6, var_5);
    // cell = wp.vec3i(int(wp.floor(u[0])), int(wp.floor(u[1])), int(wp.floor(u[2])))         <L 178>
    var_9 = wp::extract(var_7, var_8);
    var_10 = wp::floor(var_9);
    var_11 = wp::int(var_10);
    var_13 = wp::extract(var_7, var_12);
    var_14 = wp::floor(var_13);
    var_15 = wp::int(var_14);
    var_17 = wp::extract(var_7, var_16);
    var_18 = wp::floor(var_17);
    var_19 = wp::int(var_18);
    var_20 = wp::vec_t<3, wp::int32>(var_11, var_15, var_19);
    // dims = wp.vec3i(counts.shape[0], counts.shape[1], counts.shape[2])                     <L 179>
    var_21 = &(var_counts.shape);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_25 = &(var_counts.shape);
    var_28 = wp::load(var_25);
    var_27 = wp::extract(var_28, var_26);
    var_29 = &(var_counts.shape);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    var_33 = wp::vec_t<3, wp::int32>(var_23, var_27, var_31);
    // cell = wp.min(wp.max(cell, wp.vec3i(0, 0, 0)), dims - wp.vec3i(1, 1, 1))               <L 180>
    var_37 = wp::vec_t<3, wp::int32>(var_34, var_35, var_36);
    var_38 = wp::max(var_20, var_37);
    var_42 = wp::vec_t<3, wp::int32>(var_39, var_40, var_41);
    var_43 = wp::sub(var_33, var_42);
    var_44 = wp::min(var_38, var_43);
    // wp.atomic_add(counts, cell[0], cell[1], cell[2], 1)                                    <L 181>
    var_46 = wp::extract(var_44, var_45);
    var_48 = wp::extract(var_44, var_47);
    var_50 = wp::extract(var_44, var_49);
    var_52 = wp::atomic_add(var_counts, var_46, var_48, var_50, var_51);
}



template <bool wp_linear_contiguous>
static void count_per_cell_08f343ba_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_per_cell_08f343ba *_wp_args,
    wp_args_count_per_cell_08f343ba *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_grid_lower = _wp_args->grid_lower;
    wp::float32 var_grid_dx = _wp_args->grid_dx;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_grid_lower = _wp_adj_args->grid_lower;
    wp::float32 adj_grid_dx = _wp_adj_args->grid_dx;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::int32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::int32 var_19;
    wp::vec_t<3, wp::int32> var_20;
    wp::shape_t* var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::shape_t var_24;
    wp::shape_t* var_25;
    const wp::int32 var_26 = 1;
    wp::int32 var_27;
    wp::shape_t var_28;
    wp::shape_t* var_29;
    const wp::int32 var_30 = 2;
    wp::int32 var_31;
    wp::shape_t var_32;
    wp::vec_t<3, wp::int32> var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    const wp::int32 var_36 = 0;
    wp::vec_t<3, wp::int32> var_37;
    wp::vec_t<3, wp::int32> var_38;
    const wp::int32 var_39 = 1;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 1;
    wp::vec_t<3, wp::int32> var_42;
    wp::vec_t<3, wp::int32> var_43;
    wp::vec_t<3, wp::int32> var_44;
    const wp::int32 var_45 = 0;
    wp::int32 var_46;
    const wp::int32 var_47 = 1;
    wp::int32 var_48;
    const wp::int32 var_49 = 2;
    wp::int32 var_50;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::int32> adj_20 = {};
    wp::shape_t adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::shape_t adj_24 = {};
    wp::shape_t adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::shape_t adj_28 = {};
    wp::shape_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::shape_t adj_32 = {};
    wp::vec_t<3, wp::int32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::vec_t<3, wp::int32> adj_37 = {};
    wp::vec_t<3, wp::int32> adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::vec_t<3, wp::int32> adj_42 = {};
    wp::vec_t<3, wp::int32> adj_43 = {};
    wp::vec_t<3, wp::int32> adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    //---------
    // forward
    // def count_per_cell(                                                                    <L 168>
    // tid = wp.tid()                                                                         <L 174>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 175>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // inv_dx = 1.0 / grid_dx                                                                 <L 176>
    var_5 = wp::div(var_4, var_grid_dx);
    // u = (x - grid_lower) * inv_dx                                                          <L 177>
    var_6 = wp::sub(var_2, var_grid_lower);
    var_7 = wp::mul(var_6, var_5);
    // cell = wp.vec3i(int(wp.floor(u[0])), int(wp.floor(u[1])), int(wp.floor(u[2])))         <L 178>
    var_9 = wp::extract(var_7, var_8);
    var_10 = wp::floor(var_9);
    var_11 = wp::int(var_10);
    var_13 = wp::extract(var_7, var_12);
    var_14 = wp::floor(var_13);
    var_15 = wp::int(var_14);
    var_17 = wp::extract(var_7, var_16);
    var_18 = wp::floor(var_17);
    var_19 = wp::int(var_18);
    var_20 = wp::vec_t<3, wp::int32>(var_11, var_15, var_19);
    // dims = wp.vec3i(counts.shape[0], counts.shape[1], counts.shape[2])                     <L 179>
    var_21 = &(var_counts.shape);
    var_24 = wp::load(var_21);
    var_23 = wp::extract(var_24, var_22);
    var_25 = &(var_counts.shape);
    var_28 = wp::load(var_25);
    var_27 = wp::extract(var_28, var_26);
    var_29 = &(var_counts.shape);
    var_32 = wp::load(var_29);
    var_31 = wp::extract(var_32, var_30);
    var_33 = wp::vec_t<3, wp::int32>(var_23, var_27, var_31);
    // cell = wp.min(wp.max(cell, wp.vec3i(0, 0, 0)), dims - wp.vec3i(1, 1, 1))               <L 180>
    var_37 = wp::vec_t<3, wp::int32>(var_34, var_35, var_36);
    var_38 = wp::max(var_20, var_37);
    var_42 = wp::vec_t<3, wp::int32>(var_39, var_40, var_41);
    var_43 = wp::sub(var_33, var_42);
    var_44 = wp::min(var_38, var_43);
    // wp.atomic_add(counts, cell[0], cell[1], cell[2], 1)                                    <L 181>
    var_46 = wp::extract(var_44, var_45);
    var_48 = wp::extract(var_44, var_47);
    var_50 = wp::extract(var_44, var_49);
    // var_52 = wp::atomic_add(var_counts, var_46, var_48, var_50, var_51);
    //---------
    // reverse
    wp::adj_atomic_add(var_counts, var_46, var_48, var_50, var_51, adj_counts, adj_46, adj_48, adj_50, adj_51, adj_52);
    wp::adj_extract(var_44, var_49, adj_44, adj_49, adj_50);
    wp::adj_extract(var_44, var_47, adj_44, adj_47, adj_48);
    wp::adj_extract(var_44, var_45, adj_44, adj_45, adj_46);
    // adj: wp.atomic_add(counts, cell[0], cell[1], cell[2], 1)                               <L 181>
    wp::adj_min(var_38, var_43, adj_38, adj_43, adj_44);
    wp::adj_sub(var_33, var_42, adj_33, adj_42, adj_43);
    wp::adj_vec_t(var_39, var_40, var_41, adj_39, adj_40, adj_41, adj_42);
    wp::adj_max(var_20, var_37, adj_20, adj_37, adj_38);
    wp::adj_vec_t(var_34, var_35, var_36, adj_34, adj_35, adj_36, adj_37);
    // adj: cell = wp.min(wp.max(cell, wp.vec3i(0, 0, 0)), dims - wp.vec3i(1, 1, 1))          <L 180>
    wp::adj_vec_t(var_23, var_27, var_31, adj_23, adj_27, adj_31, adj_33);
    adj_counts.shape = adj_29;
    adj_counts.shape = adj_25;
    adj_counts.shape = adj_21;
    // adj: dims = wp.vec3i(counts.shape[0], counts.shape[1], counts.shape[2])                <L 179>
    wp::adj_vec_t(var_11, var_15, var_19, adj_11, adj_15, adj_19, adj_20);
    wp::adj_extract(var_7, var_16, adj_7, adj_16, adj_17);
    wp::adj_extract(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_extract(var_7, var_8, adj_7, adj_8, adj_9);
    // adj: cell = wp.vec3i(int(wp.floor(u[0])), int(wp.floor(u[1])), int(wp.floor(u[2])))    <L 178>
    wp::adj_mul(var_6, var_5, adj_6, adj_5, adj_7);
    wp::adj_sub(var_2, var_grid_lower, adj_2, adj_grid_lower, adj_6);
    // adj: u = (x - grid_lower) * inv_dx                                                     <L 177>
    wp::adj_div(var_4, var_grid_dx, var_5, adj_4, adj_grid_dx, adj_5);
    // adj: inv_dx = 1.0 / grid_dx                                                            <L 176>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: x = positions[tid]                                                                <L 175>
    // adj: tid = wp.tid()                                                                    <L 174>
    // adj: def count_per_cell(                                                               <L 168>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_per_cell_08f343ba_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_per_cell_08f343ba *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_per_cell_08f343ba_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_per_cell_08f343ba_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_per_cell_08f343ba *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    count_per_cell_08f343ba_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_per_cell_08f343ba_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_per_cell_08f343ba *_wp_args)
{
    count_per_cell_08f343ba_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_per_cell_08f343ba_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_per_cell_08f343ba *_wp_args,
    wp_args_count_per_cell_08f343ba *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_per_cell_08f343ba_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_per_cell_08f343ba_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_per_cell_08f343ba *_wp_args,
    wp_args_count_per_cell_08f343ba *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    count_per_cell_08f343ba_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_per_cell_08f343ba_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_per_cell_08f343ba *_wp_args,
    wp_args_count_per_cell_08f343ba *_wp_adj_args)
{
    count_per_cell_08f343ba_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_z_order_keys_189f2f7b {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::vec_t<3, wp::float32> grid_lower;
    wp::float32 grid_dx;
    wp::array_t<wp::int64> keys;
};


template <bool wp_linear_contiguous>
static void z_order_keys_189f2f7b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_z_order_keys_189f2f7b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_z_order_keys_189f2f7b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.keys.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_grid_lower = _wp_args->grid_lower;
    wp::float32 var_grid_dx = _wp_args->grid_dx;
    wp::array_t<wp::int64> var_keys = _wp_args->keys;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::vec_t<3, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    wp::vec_t<3, wp::int32> var_23;
    wp::vec_t<3, wp::int32> var_24;
    wp::int64 var_25;
    const wp::int32 var_26 = 2;
    wp::int32 var_27;
    wp::int64 var_28;
    wp::int64 var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int64 var_32;
    wp::int64 var_33;
    wp::int64 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    wp::int64 var_37;
    wp::int64 var_38;
    //---------
    // forward
    // def z_order_keys(                                                                      <L 185>
    // tid = wp.tid()                                                                         <L 191>
    var_0 = builtin_tid1d();
    // inv_dx = 1.0 / grid_dx                                                                 <L 192>
    var_2 = wp::div(var_1, var_grid_dx);
    // local = (positions[tid] - grid_lower) * inv_dx                                         <L 193>
    var_3 = wp::address(var_positions, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_grid_lower);
    var_6 = wp::mul(var_4, var_2);
    // cell = wp.vec3i(int(wp.trunc(local[0])), int(wp.trunc(local[1])), int(wp.trunc(local[2])))       <L 194>
    var_8 = wp::extract(var_6, var_7);
    var_9 = wp::trunc(var_8);
    var_10 = wp::int(var_9);
    var_12 = wp::extract(var_6, var_11);
    var_13 = wp::trunc(var_12);
    var_14 = wp::int(var_13);
    var_16 = wp::extract(var_6, var_15);
    var_17 = wp::trunc(var_16);
    var_18 = wp::int(var_17);
    var_19 = wp::vec_t<3, wp::int32>(var_10, var_14, var_18);
    // cell = wp.max(cell, wp.vec3i(0, 0, 0))                                                 <L 195>
    var_23 = wp::vec_t<3, wp::int32>(var_20, var_21, var_22);
    var_24 = wp::max(var_19, var_23);
    // stride = wp.int64(1048576)                                                             <L 197>
    var_25 = 1048576ll;
    // keys[tid] = (wp.int64(cell[2]) * stride + wp.int64(cell[1])) * stride + wp.int64(cell[0])       <L 198>
    var_27 = wp::extract(var_24, var_26);
    var_28 = wp::int64(var_27);
    var_29 = wp::mul(var_28, var_25);
    var_31 = wp::extract(var_24, var_30);
    var_32 = wp::int64(var_31);
    var_33 = wp::add(var_29, var_32);
    var_34 = wp::mul(var_33, var_25);
    var_36 = wp::extract(var_24, var_35);
    var_37 = wp::int64(var_36);
    var_38 = wp::add(var_34, var_37);
    wp::array_store(var_keys, var_0, var_38);
}



template <bool wp_linear_contiguous>
static void z_order_keys_189f2f7b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_z_order_keys_189f2f7b *_wp_args,
    wp_args_z_order_keys_189f2f7b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_z_order_keys_189f2f7b wp_contiguous_args;
    wp_args_z_order_keys_189f2f7b wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.keys.strides[0] = sizeof(wp::int64);
        wp_contiguous_adj_args.keys.strides[0] = sizeof(wp::int64);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::vec_t<3, wp::float32> var_grid_lower = _wp_args->grid_lower;
    wp::float32 var_grid_dx = _wp_args->grid_dx;
    wp::array_t<wp::int64> var_keys = _wp_args->keys;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::vec_t<3, wp::float32> adj_grid_lower = _wp_adj_args->grid_lower;
    wp::float32 adj_grid_dx = _wp_adj_args->grid_dx;
    wp::array_t<wp::int64> adj_keys = _wp_adj_args->keys;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::int32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 2;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::int32 var_18;
    wp::vec_t<3, wp::int32> var_19;
    const wp::int32 var_20 = 0;
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    wp::vec_t<3, wp::int32> var_23;
    wp::vec_t<3, wp::int32> var_24;
    wp::int64 var_25;
    const wp::int32 var_26 = 2;
    wp::int32 var_27;
    wp::int64 var_28;
    wp::int64 var_29;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    wp::int64 var_32;
    wp::int64 var_33;
    wp::int64 var_34;
    const wp::int32 var_35 = 0;
    wp::int32 var_36;
    wp::int64 var_37;
    wp::int64 var_38;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::vec_t<3, wp::int32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::vec_t<3, wp::int32> adj_23 = {};
    wp::vec_t<3, wp::int32> adj_24 = {};
    wp::int64 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int64 adj_28 = {};
    wp::int64 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int64 adj_32 = {};
    wp::int64 adj_33 = {};
    wp::int64 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int64 adj_37 = {};
    wp::int64 adj_38 = {};
    //---------
    // forward
    // def z_order_keys(                                                                      <L 185>
    // tid = wp.tid()                                                                         <L 191>
    var_0 = builtin_tid1d();
    // inv_dx = 1.0 / grid_dx                                                                 <L 192>
    var_2 = wp::div(var_1, var_grid_dx);
    // local = (positions[tid] - grid_lower) * inv_dx                                         <L 193>
    var_3 = wp::address(var_positions, var_0);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_grid_lower);
    var_6 = wp::mul(var_4, var_2);
    // cell = wp.vec3i(int(wp.trunc(local[0])), int(wp.trunc(local[1])), int(wp.trunc(local[2])))       <L 194>
    var_8 = wp::extract(var_6, var_7);
    var_9 = wp::trunc(var_8);
    var_10 = wp::int(var_9);
    var_12 = wp::extract(var_6, var_11);
    var_13 = wp::trunc(var_12);
    var_14 = wp::int(var_13);
    var_16 = wp::extract(var_6, var_15);
    var_17 = wp::trunc(var_16);
    var_18 = wp::int(var_17);
    var_19 = wp::vec_t<3, wp::int32>(var_10, var_14, var_18);
    // cell = wp.max(cell, wp.vec3i(0, 0, 0))                                                 <L 195>
    var_23 = wp::vec_t<3, wp::int32>(var_20, var_21, var_22);
    var_24 = wp::max(var_19, var_23);
    // stride = wp.int64(1048576)                                                             <L 197>
    var_25 = 1048576ll;
    // keys[tid] = (wp.int64(cell[2]) * stride + wp.int64(cell[1])) * stride + wp.int64(cell[0])       <L 198>
    var_27 = wp::extract(var_24, var_26);
    var_28 = wp::int64(var_27);
    var_29 = wp::mul(var_28, var_25);
    var_31 = wp::extract(var_24, var_30);
    var_32 = wp::int64(var_31);
    var_33 = wp::add(var_29, var_32);
    var_34 = wp::mul(var_33, var_25);
    var_36 = wp::extract(var_24, var_35);
    var_37 = wp::int64(var_36);
    var_38 = wp::add(var_34, var_37);
    // wp::array_store(var_keys, var_0, var_38);
    //---------
    // reverse
    wp::adj_array_store(var_keys, var_0, var_38, adj_keys, adj_0, adj_38);
    wp::adj_add(var_34, var_37, adj_34, adj_37, adj_38);
    wp::adj_extract(var_24, var_35, adj_24, adj_35, adj_36);
    wp::adj_mul(var_33, var_25, adj_33, adj_25, adj_34);
    wp::adj_add(var_29, var_32, adj_29, adj_32, adj_33);
    wp::adj_extract(var_24, var_30, adj_24, adj_30, adj_31);
    wp::adj_mul(var_28, var_25, adj_28, adj_25, adj_29);
    wp::adj_extract(var_24, var_26, adj_24, adj_26, adj_27);
    // adj: keys[tid] = (wp.int64(cell[2]) * stride + wp.int64(cell[1])) * stride + wp.int64(cell[0])  <L 198>
    // adj: stride = wp.int64(1048576)                                                        <L 197>
    wp::adj_max(var_19, var_23, adj_19, adj_23, adj_24);
    wp::adj_vec_t(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
    // adj: cell = wp.max(cell, wp.vec3i(0, 0, 0))                                            <L 195>
    wp::adj_vec_t(var_10, var_14, var_18, adj_10, adj_14, adj_18, adj_19);
    wp::adj_extract(var_6, var_15, adj_6, adj_15, adj_16);
    wp::adj_extract(var_6, var_11, adj_6, adj_11, adj_12);
    wp::adj_extract(var_6, var_7, adj_6, adj_7, adj_8);
    // adj: cell = wp.vec3i(int(wp.trunc(local[0])), int(wp.trunc(local[1])), int(wp.trunc(local[2])))  <L 194>
    wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_6);
    wp::adj_sub(var_5, var_grid_lower, adj_3, adj_grid_lower, adj_4);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_3);
    // adj: local = (positions[tid] - grid_lower) * inv_dx                                    <L 193>
    wp::adj_div(var_1, var_grid_dx, var_2, adj_1, adj_grid_dx, adj_2);
    // adj: inv_dx = 1.0 / grid_dx                                                            <L 192>
    // adj: tid = wp.tid()                                                                    <L 191>
    // adj: def z_order_keys(                                                                 <L 185>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void z_order_keys_189f2f7b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_189f2f7b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        z_order_keys_189f2f7b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void z_order_keys_189f2f7b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_189f2f7b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->keys.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        z_order_keys_189f2f7b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        z_order_keys_189f2f7b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void z_order_keys_189f2f7b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_189f2f7b *_wp_args)
{
    z_order_keys_189f2f7b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void z_order_keys_189f2f7b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_189f2f7b *_wp_args,
    wp_args_z_order_keys_189f2f7b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        z_order_keys_189f2f7b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void z_order_keys_189f2f7b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_189f2f7b *_wp_args,
    wp_args_z_order_keys_189f2f7b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->keys.strides[0] == (int)sizeof(wp::int64)) & (_wp_adj_args->keys.strides[0] == (int)sizeof(wp::int64)));
    if (wp_linear_contiguous)
        z_order_keys_189f2f7b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        z_order_keys_189f2f7b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void z_order_keys_189f2f7b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_z_order_keys_189f2f7b *_wp_args,
    wp_args_z_order_keys_189f2f7b *_wp_adj_args)
{
    z_order_keys_189f2f7b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 {
    wp::array_t<wp::vec_t<4, wp::float32>> fluid_phases;
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> particle_rho;
    wp::array_t<wp::int32> particle_phase;
    wp::float32 smoothing_length;
    wp::vec_t<3, wp::float32> gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_a;
    wp::array_t<wp::int32> neighbor_counts;
};


template <bool wp_linear_contiguous>
static void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases = _wp_args->fluid_phases;
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
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
    wp::int32* var_13;
    wp::int32 var_14;
    wp::vec_t<4, wp::float32>* var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
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
    const bool var_33 = false;
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
    const wp::float32 var_50 = 2.0;
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
    // def sph_pressure_viscosity(                                                            <L 53>
    // tid = wp.tid()                                                                         <L 66>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 67>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 68>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 69>
        return;
    }
    // x_i = particle_x[i]                                                                    <L 70>
    var_4 = wp::address(var_particle_x, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = particle_v[i]                                                                    <L 71>
    var_7 = wp::address(var_particle_v, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 72>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 73>
    var_13 = wp::address(var_particle_phase, var_1);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_fluid_phases, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 74>
    var_18 = phase_pressure_0(var_11, var_16);
    // f = wp.vec3()                                                                          <L 75>
    var_19 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 76>
    var_21 = wp::int(var_20);
    // for j in wp.hash_grid_query(grid, x_i, smoothing_length):                              <L 77>
    var_22 = wp::hash_grid_query(var_grid, var_5, var_smoothing_length);
    start_for_1:;
        if (iter_cmp(var_22) == 0) goto end_for_1;
        var_23 = wp::iter_next(var_22);
        // r = x_i - particle_x[j]                                                            <L 78>
        var_24 = wp::address(var_particle_x, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_5, var_26);
        // d = wp.length(r)                                                                   <L 79>
        var_27 = wp::length(var_25);
        // if d >= smoothing_length or d == 0.0:                                              <L 80>
        var_29 = (var_27 >= var_smoothing_length);
        var_28 = var_29;
        if (!var_28) {
            var_31 = (var_27 == var_30);
            var_28 = var_28 || var_31;
        }
        if (var_28) {
            // continue                                                                       <L 81>
            goto start_for_1;
        }
        // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 82>
        // elif wp.static(smoothing == SmoothingKernel.CUBIC):                                <L 84>
        // grad_w = wendland_grad(r, d, smoothing_length)                                     <L 87>
        var_34 = wendland_grad_0(var_25, var_27, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 88>
        var_36 = wp::add(var_21, var_35);
        // rho_j = particle_rho[j]                                                            <L 89>
        var_37 = wp::address(var_particle_rho, var_23);
        var_39 = wp::load(var_37);
        var_38 = wp::copy(var_39);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 90>
        var_40 = wp::address(var_particle_phase, var_23);
        var_41 = wp::load(var_40);
        var_42 = wp::address(var_fluid_phases, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // m_j = fluid_j[3]                                                                   <L 91>
        var_46 = wp::extract(var_43, var_45);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 92>
        var_47 = phase_pressure_0(var_38, var_43);
        // f -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                          <L 93>
        var_48 = wp::add(var_18, var_47);
        var_49 = wp::mul(var_46, var_48);
        var_51 = wp::mul(var_50, var_11);
        var_52 = wp::mul(var_51, var_38);
        var_53 = wp::div(var_49, var_52);
        var_54 = wp::mul(var_34, var_53);
        var_55 = wp::sub(var_19, var_54);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 94>
        var_58 = wp::extract(var_16, var_57);
        var_60 = wp::extract(var_43, var_59);
        var_61 = wp::add(var_58, var_60);
        var_62 = wp::mul(var_56, var_61);
        // f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)       <L 95>
        var_63 = wp::address(var_particle_v, var_23);
        var_65 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_8);
        var_67 = wp::mul(var_66, var_62);
        var_68 = wp::mul(var_67, var_46);
        var_69 = wp::mul(var_11, var_38);
        var_70 = wp::div(var_68, var_69);
        var_71 = wp::length(var_34);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::div(var_72, var_27);
        var_74 = wp::mul(var_64, var_73);
        var_75 = wp::add(var_55, var_74);
        wp::assign(var_19, var_75);
        wp::assign(var_21, var_36);
        goto start_for_1;
    end_for_1:;
    // neighbor_counts[i] = num_neighbors                                                     <L 96>
    wp::array_store(var_neighbor_counts, var_1, var_21);
    // particle_a[i] = f + gravity                                                            <L 97>
    var_76 = wp::add(var_19, var_gravity);
    wp::array_store(var_particle_a, var_1, var_76);
}



template <bool wp_linear_contiguous>
static void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 wp_contiguous_args;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_fluid_phases = _wp_args->fluid_phases;
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_particle_rho = _wp_args->particle_rho;
    wp::array_t<wp::int32> var_particle_phase = _wp_args->particle_phase;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::vec_t<3, wp::float32> var_gravity = _wp_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases = _wp_adj_args->fluid_phases;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    wp::array_t<wp::int32> adj_particle_phase = _wp_adj_args->particle_phase;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::vec_t<3, wp::float32> adj_gravity = _wp_adj_args->gravity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_a = _wp_adj_args->particle_a;
    wp::array_t<wp::int32> adj_neighbor_counts = _wp_adj_args->neighbor_counts;
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
    wp::int32* var_13;
    wp::int32 var_14;
    wp::vec_t<4, wp::float32>* var_15;
    wp::vec_t<4, wp::float32> var_16;
    wp::vec_t<4, wp::float32> var_17;
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
    const bool var_33 = false;
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
    const wp::float32 var_50 = 2.0;
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
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::vec_t<4, wp::float32> adj_15 = {};
    wp::vec_t<4, wp::float32> adj_16 = {};
    wp::vec_t<4, wp::float32> adj_17 = {};
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
    // def sph_pressure_viscosity(                                                            <L 53>
    // tid = wp.tid()                                                                         <L 66>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 67>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 68>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 69>
        goto label0;
    }
    // x_i = particle_x[i]                                                                    <L 70>
    var_4 = wp::address(var_particle_x, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = particle_v[i]                                                                    <L 71>
    var_7 = wp::address(var_particle_v, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 72>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 73>
    var_13 = wp::address(var_particle_phase, var_1);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_fluid_phases, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 74>
    var_18 = phase_pressure_0(var_11, var_16);
    // f = wp.vec3()                                                                          <L 75>
    var_19 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 76>
    var_21 = wp::int(var_20);
    // for j in wp.hash_grid_query(grid, x_i, smoothing_length):                              <L 77>
    var_22 = wp::hash_grid_query(var_grid, var_5, var_smoothing_length);
    // neighbor_counts[i] = num_neighbors                                                     <L 96>
    // wp::array_store(var_neighbor_counts, var_1, var_21);
    // particle_a[i] = f + gravity                                                            <L 97>
    var_76 = wp::add(var_19, var_gravity);
    // wp::array_store(var_particle_a, var_1, var_76);
    //---------
    // reverse
    wp::adj_array_store(var_particle_a, var_1, var_76, adj_particle_a, adj_1, adj_76);
    wp::adj_add(var_19, var_gravity, adj_19, adj_gravity, adj_76);
    // adj: particle_a[i] = f + gravity                                                       <L 97>
    wp::adj_array_store(var_neighbor_counts, var_1, var_21, adj_neighbor_counts, adj_1, adj_21);
    // adj: neighbor_counts[i] = num_neighbors                                                <L 96>
    var_22 = wp::iter_reverse(var_22);
    start_for_1:;
        if (iter_cmp(var_22) == 0) goto end_for_1;
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
        // r = x_i - particle_x[j]                                                            <L 78>
        var_24 = wp::address(var_particle_x, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::sub(var_5, var_26);
        // d = wp.length(r)                                                                   <L 79>
        var_27 = wp::length(var_25);
        // if d >= smoothing_length or d == 0.0:                                              <L 80>
        var_29 = (var_27 >= var_smoothing_length);
        var_28 = var_29;
        if (!var_28) {
            var_31 = (var_27 == var_30);
            var_28 = var_28 || var_31;
        }
        if (var_28) {
            // continue                                                                       <L 81>
            goto start_for_1;
        }
        // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 82>
        // elif wp.static(smoothing == SmoothingKernel.CUBIC):                                <L 84>
        // grad_w = wendland_grad(r, d, smoothing_length)                                     <L 87>
        var_34 = wendland_grad_0(var_25, var_27, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 88>
        var_36 = wp::add(var_21, var_35);
        // rho_j = particle_rho[j]                                                            <L 89>
        var_37 = wp::address(var_particle_rho, var_23);
        var_39 = wp::load(var_37);
        var_38 = wp::copy(var_39);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 90>
        var_40 = wp::address(var_particle_phase, var_23);
        var_41 = wp::load(var_40);
        var_42 = wp::address(var_fluid_phases, var_41);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // m_j = fluid_j[3]                                                                   <L 91>
        var_46 = wp::extract(var_43, var_45);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 92>
        var_47 = phase_pressure_0(var_38, var_43);
        // f -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                          <L 93>
        var_48 = wp::add(var_18, var_47);
        var_49 = wp::mul(var_46, var_48);
        var_51 = wp::mul(var_50, var_11);
        var_52 = wp::mul(var_51, var_38);
        var_53 = wp::div(var_49, var_52);
        var_54 = wp::mul(var_34, var_53);
        var_55 = wp::sub(var_19, var_54);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 94>
        var_58 = wp::extract(var_16, var_57);
        var_60 = wp::extract(var_43, var_59);
        var_61 = wp::add(var_58, var_60);
        var_62 = wp::mul(var_56, var_61);
        // f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)       <L 95>
        var_63 = wp::address(var_particle_v, var_23);
        var_65 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_8);
        var_67 = wp::mul(var_66, var_62);
        var_68 = wp::mul(var_67, var_46);
        var_69 = wp::mul(var_11, var_38);
        var_70 = wp::div(var_68, var_69);
        var_71 = wp::length(var_34);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::div(var_72, var_27);
        var_74 = wp::mul(var_64, var_73);
        var_75 = wp::add(var_55, var_74);
        wp::assign(var_19, var_75);
        wp::assign(var_21, var_36);
        wp::adj_assign(var_21, var_36, adj_21, adj_36);
        wp::adj_assign(var_19, var_75, adj_19, adj_75);
        wp::adj_add(var_55, var_74, adj_55, adj_74, adj_75);
        wp::adj_mul(var_64, var_73, adj_64, adj_73, adj_74);
        wp::adj_div(var_72, var_27, var_73, adj_72, adj_27, adj_73);
        wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_length(var_34, var_71, adj_34, adj_71);
        wp::adj_div(var_68, var_69, var_70, adj_68, adj_69, adj_70);
        wp::adj_mul(var_11, var_38, adj_11, adj_38, adj_69);
        wp::adj_mul(var_67, var_46, adj_67, adj_46, adj_68);
        wp::adj_mul(var_66, var_62, adj_66, adj_62, adj_67);
        wp::adj_sub(var_65, var_8, adj_63, adj_8, adj_64);
        wp::adj_address(var_particle_v, var_23, adj_particle_v, adj_23, adj_63);
        // adj: f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / d)  <L 95>
        wp::adj_mul(var_56, var_61, adj_56, adj_61, adj_62);
        wp::adj_add(var_58, var_60, adj_58, adj_60, adj_61);
        wp::adj_extract(var_43, var_59, adj_43, adj_59, adj_60);
        wp::adj_extract(var_16, var_57, adj_16, adj_57, adj_58);
        // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 94>
        wp::adj_sub(var_19, var_54, adj_19, adj_54, adj_55);
        wp::adj_mul(var_34, var_53, adj_34, adj_53, adj_54);
        wp::adj_div(var_49, var_52, var_53, adj_49, adj_52, adj_53);
        wp::adj_mul(var_51, var_38, adj_51, adj_38, adj_52);
        wp::adj_mul(var_50, var_11, adj_50, adj_11, adj_51);
        wp::adj_mul(var_46, var_48, adj_46, adj_48, adj_49);
        wp::adj_add(var_18, var_47, adj_18, adj_47, adj_48);
        // adj: f -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                     <L 93>
        adj_phase_pressure_0(var_38, var_43, adj_38, adj_43, adj_47);
        // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 92>
        wp::adj_extract(var_43, var_45, adj_43, adj_45, adj_46);
        // adj: m_j = fluid_j[3]                                                              <L 91>
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_fluid_phases, var_41, adj_fluid_phases, adj_41, adj_42);
        wp::adj_address(var_particle_phase, var_23, adj_particle_phase, adj_23, adj_40);
        // adj: fluid_j = fluid_phases[particle_phase[j]]                                     <L 90>
        wp::adj_copy(var_39, adj_37, adj_38);
        wp::adj_address(var_particle_rho, var_23, adj_particle_rho, adj_23, adj_37);
        // adj: rho_j = particle_rho[j]                                                       <L 89>
        wp::adj_add(var_21, var_35, adj_21, adj_35, adj_36);
        // adj: num_neighbors += 1                                                            <L 88>
        adj_wendland_grad_0(var_25, var_27, var_smoothing_length, adj_25, adj_27, adj_smoothing_length, adj_34);
        // adj: grad_w = wendland_grad(r, d, smoothing_length)                                <L 87>
        // adj: elif wp.static(smoothing == SmoothingKernel.CUBIC):                           <L 84>
        // adj: if wp.static(smoothing == SmoothingKernel.SPIKY):                             <L 82>
        if (var_28) {
            // adj: continue                                                                  <L 81>
        }
        if (!var_28) {
        }
        // adj: if d >= smoothing_length or d == 0.0:                                         <L 80>
        wp::adj_length(var_25, var_27, adj_25, adj_27);
        // adj: d = wp.length(r)                                                              <L 79>
        wp::adj_sub(var_5, var_26, adj_5, adj_24, adj_25);
        wp::adj_address(var_particle_x, var_23, adj_particle_x, adj_23, adj_24);
        // adj: r = x_i - particle_x[j]                                                       <L 78>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(grid, x_i, smoothing_length):                         <L 77>
    // adj: num_neighbors = int(0)                                                            <L 76>
    // adj: f = wp.vec3()                                                                     <L 75>
    adj_phase_pressure_0(var_11, var_16, adj_11, adj_16, adj_18);
    // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 74>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_fluid_phases, var_14, adj_fluid_phases, adj_14, adj_15);
    wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_13);
    // adj: fluid_i = fluid_phases[particle_phase[i]]                                         <L 73>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_rho, var_1, adj_particle_rho, adj_1, adj_10);
    // adj: rho_i = particle_rho[i]                                                           <L 72>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_7);
    // adj: v_i = particle_v[i]                                                               <L 71>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_4);
    // adj: x_i = particle_x[i]                                                               <L 70>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 69>
    }
    // adj: if i == -1:                                                                       <L 68>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 67>
    // adj: tid = wp.tid()                                                                    <L 66>
    // adj: def sph_pressure_viscosity(                                                       <L 53>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args)
{
    create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636 *_wp_adj_args)
{
    create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_e42ae636_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

