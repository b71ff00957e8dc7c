// Warp 1.19.0 cpu code for sph_pressure_viscosity_00b93a63.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// sph_pressure_viscosity.py:108
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
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 109>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 111>
    var_0 = wp::mul(var_k_p, var_rho0);
    var_2 = wp::div(var_0, var_1);
    var_3 = wp::div(var_rho, var_rho0);
    var_5 = wp::pow(var_3, var_4);
    var_7 = wp::sub(var_5, var_6);
    var_8 = wp::mul(var_2, var_7);
    return var_8;
}


// sph_pressure_viscosity.py:36
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
    const wp::float32 var_5 = 7.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 37>
    // p = fluid[1] * (wp.pow(rho / fluid[0], 7.0) - 1.0)                                     <L 39>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::div(var_rho, var_3);
    var_6 = wp::pow(var_4, var_5);
    var_8 = wp::sub(var_6, var_7);
    var_9 = wp::mul(var_1, var_8);
    // return p                                                                               <L 40>
    return var_9;
}


// sph_pressure_viscosity.py:12
static wp::vec_t<3, wp::float32> spiky_grad_0(
    wp::vec_t<3, wp::float32> var_r,
    wp::float32 var_d,
    wp::float32 var_h)
{
    //---------
    // primal vars
    const wp::float32 var_0 = -45.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                             <L 13>
    // return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)                  <L 15>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::sub(var_h, var_d);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::div(var_9, var_d);
    var_11 = wp::mul(var_r, var_10);
    return var_11;
}


// sph_pressure_viscosity.py:108
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
    // def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:               <L 109>
    // return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                              <L 111>
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
    // adj: return k_p * rho0 / 7.0 * (wp.pow(rho / rho0, 7.0) - 1.0)                         <L 111>
    // adj: def pressure_from_density(rho: float, rho0: float, k_p: float) -> float:          <L 109>
    return;
}


// sph_pressure_viscosity.py:36
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
    const wp::float32 var_5 = 7.0;
    wp::float32 var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 37>
    // p = fluid[1] * (wp.pow(rho / fluid[0], 7.0) - 1.0)                                     <L 39>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::div(var_rho, var_3);
    var_6 = wp::pow(var_4, var_5);
    var_8 = wp::sub(var_6, var_7);
    var_9 = wp::mul(var_1, var_8);
    // return p                                                                               <L 40>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    // adj: return p                                                                          <L 40>
    wp::adj_mul(var_1, var_8, adj_1, adj_8, adj_9);
    wp::adj_sub(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_pow(var_4, var_5, var_6, adj_4, adj_5, adj_6);
    wp::adj_div(var_rho, var_3, var_4, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (wp.pow(rho / fluid[0], 7.0) - 1.0)                                <L 39>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 37>
    return;
}


// sph_pressure_viscosity.py:12
static void adj_spiky_grad_0(
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
    const wp::float32 var_0 = -45.0;
    const wp::float32 var_1 = 3.141592653589793;
    const wp::float32 var_2 = 6.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
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
    wp::vec_t<3, wp::float32> adj_11 = {};
    //---------
    // forward
    // def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                             <L 13>
    // return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)                  <L 15>
    var_3 = wp::pow(var_h, var_2);
    var_4 = wp::mul(var_1, var_3);
    var_5 = wp::div(var_0, var_4);
    var_6 = wp::sub(var_h, var_d);
    var_7 = wp::mul(var_5, var_6);
    var_8 = wp::sub(var_h, var_d);
    var_9 = wp::mul(var_7, var_8);
    var_10 = wp::div(var_9, var_d);
    var_11 = wp::mul(var_r, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_mul(var_r, var_10, adj_r, adj_10, adj_11);
    wp::adj_div(var_9, var_d, var_10, adj_9, adj_d, adj_10);
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_8);
    wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_sub(var_h, var_d, adj_h, adj_d, adj_6);
    wp::adj_div(var_0, var_4, var_5, adj_0, adj_4, adj_5);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_4);
    wp::adj_pow(var_h, var_2, var_3, adj_h, adj_2, adj_3);
    // adj: return r * (-45.0 / (wp.pi * wp.pow(h, 6.0)) * (h - d) * (h - d) / d)             <L 15>
    // adj: def spiky_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                        <L 13>
    return;
}

struct wp_args_compute_sph_forces_1d307490 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> densities;
    wp::array_t<wp::float32> particle_mass;
    wp::array_t<wp::float32> smoothing_length;
    wp::array_t<wp::float32> rest_density;
    wp::array_t<wp::float32> pressure_stiffness;
    wp::array_t<wp::float32> viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> accelerations;
};


template <bool wp_linear_contiguous>
static void compute_sph_forces_1d307490_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_sph_forces_1d307490 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_sph_forces_1d307490 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.densities.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.smoothing_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rest_density.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pressure_stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.viscosity.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.accelerations.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::array_t<wp::float32> var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::float32> var_rest_density = _wp_args->rest_density;
    wp::array_t<wp::float32> var_pressure_stiffness = _wp_args->pressure_stiffness;
    wp::array_t<wp::float32> var_viscosity = _wp_args->viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accelerations = _wp_args->accelerations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    const wp::int32 var_4 = 0;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = -45.0;
    const wp::float32 var_34 = 3.141592653589793;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 45.0;
    const wp::float32 var_38 = 3.141592653589793;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    wp::vec_t<3, wp::float32> var_42;
    const wp::float32 var_43 = 0.0;
    wp::vec_t<3, wp::float32> var_44;
    wp::hash_grid_query_f var_45;
    wp::int32 var_46;
    bool var_47;
    wp::vec_t<3, wp::float32>* var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::float32 var_51;
    bool var_52;
    bool var_53;
    const wp::float32 var_54 = 1e-06;
    bool var_55;
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
    wp::vec_t<3, wp::float32> var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::float32 var_70 = 2.0;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32>* var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    const wp::float32 var_87 = 0.0;
    const wp::float32 var_88 = -9.81;
    const wp::float32 var_89 = 0.0;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    //---------
    // forward
    // def compute_sph_forces(                                                                <L 115>
    // tid = wp.tid()                                                                         <L 127>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 128>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 129>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 130>
        return;
    }
    // mu_v = viscosity[0]                                                                    <L 131>
    var_5 = wp::address(var_viscosity, var_4);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // k_p_local = pressure_stiffness[0]                                                      <L 132>
    var_9 = wp::address(var_pressure_stiffness, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // rho0_cur = rest_density[0]                                                             <L 133>
    var_13 = wp::address(var_rest_density, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // h_local = smoothing_length[0]                                                          <L 134>
    var_17 = wp::address(var_smoothing_length, var_16);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // x_i = particle_x[i]                                                                    <L 135>
    var_20 = wp::address(var_particle_x, var_1);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // v_i = particle_v[i]                                                                    <L 136>
    var_23 = wp::address(var_particle_v, var_1);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // rho_i = densities[i]                                                                   <L 137>
    var_26 = wp::address(var_densities, var_1);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // p_i = pressure_from_density(rho_i, rho0_cur, k_p_local)                                <L 138>
    var_29 = pressure_from_density_0(var_27, var_14, var_10);
    // h2 = h_local * h_local                                                                 <L 139>
    var_30 = wp::mul(var_18, var_18);
    // h6 = h2 * h2 * h2                                                                      <L 140>
    var_31 = wp::mul(var_30, var_30);
    var_32 = wp::mul(var_31, var_30);
    // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 141>
    var_35 = wp::mul(var_34, var_32);
    var_36 = wp::div(var_33, var_35);
    // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 142>
    var_39 = wp::mul(var_38, var_32);
    var_40 = wp::div(var_37, var_39);
    // a_pressure = wp.vec3(0.0)                                                              <L 143>
    var_42 = wp::vec_t<3, wp::float32>(var_41);
    // a_viscosity = wp.vec3(0.0)                                                             <L 144>
    var_44 = wp::vec_t<3, wp::float32>(var_43);
    // for j in wp.hash_grid_query(grid, x_i, h_local):                                       <L 145>
    var_45 = wp::hash_grid_query(var_grid, var_21, var_18);
    start_for_1:;
        if (iter_cmp(var_45) == 0) goto end_for_1;
        var_46 = wp::iter_next(var_45);
        // if j == i:                                                                         <L 146>
        var_47 = (var_46 == var_1);
        if (var_47) {
            // continue                                                                       <L 147>
            goto start_for_1;
        }
        // r = x_i - particle_x[j]                                                            <L 148>
        var_48 = wp::address(var_particle_x, var_46);
        var_50 = wp::load(var_48);
        var_49 = wp::sub(var_21, var_50);
        // d = wp.length(r)                                                                   <L 149>
        var_51 = wp::length(var_49);
        // if d >= h_local or d < 1.0e-6:                                                     <L 150>
        var_53 = (var_51 >= var_18);
        var_52 = var_53;
        if (!var_52) {
            var_55 = (var_51 < var_54);
            var_52 = var_52 || var_55;
        }
        if (var_52) {
            // continue                                                                       <L 151>
            goto start_for_1;
        }
        // rho_j = densities[j]                                                               <L 152>
        var_56 = wp::address(var_densities, var_46);
        var_58 = wp::load(var_56);
        var_57 = wp::copy(var_58);
        // p_j = pressure_from_density(rho_j, rho0_cur, k_p_local)                            <L 153>
        var_59 = pressure_from_density_0(var_57, var_14, var_10);
        // m_j = particle_mass[j]                                                             <L 154>
        var_60 = wp::address(var_particle_mass, var_46);
        var_62 = wp::load(var_60);
        var_61 = wp::copy(var_62);
        // q = h_local - d                                                                    <L 155>
        var_63 = wp::sub(var_18, var_51);
        // grad_w = r * (spiky_coeff * q * q / d)                                             <L 156>
        var_64 = wp::mul(var_36, var_63);
        var_65 = wp::mul(var_64, var_63);
        var_66 = wp::div(var_65, var_51);
        var_67 = wp::mul(var_49, var_66);
        // a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                 <L 157>
        var_68 = wp::add(var_29, var_59);
        var_69 = wp::mul(var_61, var_68);
        var_71 = wp::mul(var_70, var_27);
        var_72 = wp::mul(var_71, var_57);
        var_73 = wp::div(var_69, var_72);
        var_74 = wp::mul(var_67, var_73);
        var_75 = wp::sub(var_42, var_74);
        // a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)       <L 158>
        var_76 = wp::address(var_particle_v, var_46);
        var_78 = wp::load(var_76);
        var_77 = wp::sub(var_78, var_24);
        var_79 = wp::mul(var_27, var_57);
        var_80 = wp::div(var_61, var_79);
        var_81 = wp::mul(var_80, var_40);
        var_82 = wp::mul(var_81, var_63);
        var_83 = wp::mul(var_77, var_82);
        var_84 = wp::add(var_44, var_83);
        wp::assign(var_42, var_75);
        wp::assign(var_44, var_84);
        goto start_for_1;
    end_for_1:;
    // accelerations[i] = a_pressure + a_viscosity * mu_v + wp.vec3(0.0, -9.81, 0.0)          <L 159>
    var_85 = wp::mul(var_44, var_6);
    var_86 = wp::add(var_42, var_85);
    var_90 = wp::vec_t<3, wp::float32>(var_87, var_88, var_89);
    var_91 = wp::add(var_86, var_90);
    wp::array_store(var_accelerations, var_1, var_91);
}



template <bool wp_linear_contiguous>
static void compute_sph_forces_1d307490_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_compute_sph_forces_1d307490 *_wp_args,
    wp_args_compute_sph_forces_1d307490 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_compute_sph_forces_1d307490 wp_contiguous_args;
    wp_args_compute_sph_forces_1d307490 wp_contiguous_adj_args;
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
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.smoothing_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.smoothing_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rest_density.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.rest_density.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.pressure_stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.pressure_stiffness.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.viscosity.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.viscosity.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.accelerations.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.accelerations.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_densities = _wp_args->densities;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::array_t<wp::float32> var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::float32> var_rest_density = _wp_args->rest_density;
    wp::array_t<wp::float32> var_pressure_stiffness = _wp_args->pressure_stiffness;
    wp::array_t<wp::float32> var_viscosity = _wp_args->viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> var_accelerations = _wp_args->accelerations;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_densities = _wp_adj_args->densities;
    wp::array_t<wp::float32> adj_particle_mass = _wp_adj_args->particle_mass;
    wp::array_t<wp::float32> adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::array_t<wp::float32> adj_rest_density = _wp_adj_args->rest_density;
    wp::array_t<wp::float32> adj_pressure_stiffness = _wp_adj_args->pressure_stiffness;
    wp::array_t<wp::float32> adj_viscosity = _wp_adj_args->viscosity;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_accelerations = _wp_adj_args->accelerations;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    const wp::int32 var_4 = 0;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::int32 var_12 = 0;
    wp::float32* var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32* var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = -45.0;
    const wp::float32 var_34 = 3.141592653589793;
    wp::float32 var_35;
    wp::float32 var_36;
    const wp::float32 var_37 = 45.0;
    const wp::float32 var_38 = 3.141592653589793;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    wp::vec_t<3, wp::float32> var_42;
    const wp::float32 var_43 = 0.0;
    wp::vec_t<3, wp::float32> var_44;
    wp::hash_grid_query_f var_45;
    wp::int32 var_46;
    bool var_47;
    wp::vec_t<3, wp::float32>* var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::float32 var_51;
    bool var_52;
    bool var_53;
    const wp::float32 var_54 = 1e-06;
    bool var_55;
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
    wp::vec_t<3, wp::float32> var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    const wp::float32 var_70 = 2.0;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32>* var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::float32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::vec_t<3, wp::float32> var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::vec_t<3, wp::float32> var_86;
    const wp::float32 var_87 = 0.0;
    const wp::float32 var_88 = -9.81;
    const wp::float32 var_89 = 0.0;
    wp::vec_t<3, wp::float32> var_90;
    wp::vec_t<3, wp::float32> var_91;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::hash_grid_query_f adj_45 = {};
    wp::int32 adj_46 = {};
    bool adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    bool adj_52 = {};
    bool adj_53 = {};
    wp::float32 adj_54 = {};
    bool adj_55 = {};
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
    wp::float32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::float32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::vec_t<3, wp::float32> adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    //---------
    // forward
    // def compute_sph_forces(                                                                <L 115>
    // tid = wp.tid()                                                                         <L 127>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 128>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 129>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 130>
        goto label0;
    }
    // mu_v = viscosity[0]                                                                    <L 131>
    var_5 = wp::address(var_viscosity, var_4);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // k_p_local = pressure_stiffness[0]                                                      <L 132>
    var_9 = wp::address(var_pressure_stiffness, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // rho0_cur = rest_density[0]                                                             <L 133>
    var_13 = wp::address(var_rest_density, var_12);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // h_local = smoothing_length[0]                                                          <L 134>
    var_17 = wp::address(var_smoothing_length, var_16);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // x_i = particle_x[i]                                                                    <L 135>
    var_20 = wp::address(var_particle_x, var_1);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // v_i = particle_v[i]                                                                    <L 136>
    var_23 = wp::address(var_particle_v, var_1);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // rho_i = densities[i]                                                                   <L 137>
    var_26 = wp::address(var_densities, var_1);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // p_i = pressure_from_density(rho_i, rho0_cur, k_p_local)                                <L 138>
    var_29 = pressure_from_density_0(var_27, var_14, var_10);
    // h2 = h_local * h_local                                                                 <L 139>
    var_30 = wp::mul(var_18, var_18);
    // h6 = h2 * h2 * h2                                                                      <L 140>
    var_31 = wp::mul(var_30, var_30);
    var_32 = wp::mul(var_31, var_30);
    // spiky_coeff = -45.0 / (wp.pi * h6)                                                     <L 141>
    var_35 = wp::mul(var_34, var_32);
    var_36 = wp::div(var_33, var_35);
    // laplacian_coeff = 45.0 / (wp.pi * h6)                                                  <L 142>
    var_39 = wp::mul(var_38, var_32);
    var_40 = wp::div(var_37, var_39);
    // a_pressure = wp.vec3(0.0)                                                              <L 143>
    var_42 = wp::vec_t<3, wp::float32>(var_41);
    // a_viscosity = wp.vec3(0.0)                                                             <L 144>
    var_44 = wp::vec_t<3, wp::float32>(var_43);
    // for j in wp.hash_grid_query(grid, x_i, h_local):                                       <L 145>
    var_45 = wp::hash_grid_query(var_grid, var_21, var_18);
    // accelerations[i] = a_pressure + a_viscosity * mu_v + wp.vec3(0.0, -9.81, 0.0)          <L 159>
    var_85 = wp::mul(var_44, var_6);
    var_86 = wp::add(var_42, var_85);
    var_90 = wp::vec_t<3, wp::float32>(var_87, var_88, var_89);
    var_91 = wp::add(var_86, var_90);
    // wp::array_store(var_accelerations, var_1, var_91);
    //---------
    // reverse
    wp::adj_array_store(var_accelerations, var_1, var_91, adj_accelerations, adj_1, adj_91);
    wp::adj_add(var_86, var_90, adj_86, adj_90, adj_91);
    wp::adj_vec_t(var_87, var_88, var_89, adj_87, adj_88, adj_89, adj_90);
    wp::adj_add(var_42, var_85, adj_42, adj_85, adj_86);
    wp::adj_mul(var_44, var_6, adj_44, adj_6, adj_85);
    // adj: accelerations[i] = a_pressure + a_viscosity * mu_v + wp.vec3(0.0, -9.81, 0.0)     <L 159>
    var_45 = wp::iter_reverse(var_45);
    start_for_1:;
        if (iter_cmp(var_45) == 0) goto end_for_1;
        var_46 = wp::iter_next(var_45);
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
        // if j == i:                                                                         <L 146>
        var_47 = (var_46 == var_1);
        if (var_47) {
            // continue                                                                       <L 147>
            goto start_for_1;
        }
        // r = x_i - particle_x[j]                                                            <L 148>
        var_48 = wp::address(var_particle_x, var_46);
        var_50 = wp::load(var_48);
        var_49 = wp::sub(var_21, var_50);
        // d = wp.length(r)                                                                   <L 149>
        var_51 = wp::length(var_49);
        // if d >= h_local or d < 1.0e-6:                                                     <L 150>
        var_53 = (var_51 >= var_18);
        var_52 = var_53;
        if (!var_52) {
            var_55 = (var_51 < var_54);
            var_52 = var_52 || var_55;
        }
        if (var_52) {
            // continue                                                                       <L 151>
            goto start_for_1;
        }
        // rho_j = densities[j]                                                               <L 152>
        var_56 = wp::address(var_densities, var_46);
        var_58 = wp::load(var_56);
        var_57 = wp::copy(var_58);
        // p_j = pressure_from_density(rho_j, rho0_cur, k_p_local)                            <L 153>
        var_59 = pressure_from_density_0(var_57, var_14, var_10);
        // m_j = particle_mass[j]                                                             <L 154>
        var_60 = wp::address(var_particle_mass, var_46);
        var_62 = wp::load(var_60);
        var_61 = wp::copy(var_62);
        // q = h_local - d                                                                    <L 155>
        var_63 = wp::sub(var_18, var_51);
        // grad_w = r * (spiky_coeff * q * q / d)                                             <L 156>
        var_64 = wp::mul(var_36, var_63);
        var_65 = wp::mul(var_64, var_63);
        var_66 = wp::div(var_65, var_51);
        var_67 = wp::mul(var_49, var_66);
        // a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))                 <L 157>
        var_68 = wp::add(var_29, var_59);
        var_69 = wp::mul(var_61, var_68);
        var_71 = wp::mul(var_70, var_27);
        var_72 = wp::mul(var_71, var_57);
        var_73 = wp::div(var_69, var_72);
        var_74 = wp::mul(var_67, var_73);
        var_75 = wp::sub(var_42, var_74);
        // a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)       <L 158>
        var_76 = wp::address(var_particle_v, var_46);
        var_78 = wp::load(var_76);
        var_77 = wp::sub(var_78, var_24);
        var_79 = wp::mul(var_27, var_57);
        var_80 = wp::div(var_61, var_79);
        var_81 = wp::mul(var_80, var_40);
        var_82 = wp::mul(var_81, var_63);
        var_83 = wp::mul(var_77, var_82);
        var_84 = wp::add(var_44, var_83);
        wp::assign(var_42, var_75);
        wp::assign(var_44, var_84);
        wp::adj_assign(var_44, var_84, adj_44, adj_84);
        wp::adj_assign(var_42, var_75, adj_42, adj_75);
        wp::adj_add(var_44, var_83, adj_44, adj_83, adj_84);
        wp::adj_mul(var_77, var_82, adj_77, adj_82, adj_83);
        wp::adj_mul(var_81, var_63, adj_81, adj_63, adj_82);
        wp::adj_mul(var_80, var_40, adj_80, adj_40, adj_81);
        wp::adj_div(var_61, var_79, var_80, adj_61, adj_79, adj_80);
        wp::adj_mul(var_27, var_57, adj_27, adj_57, adj_79);
        wp::adj_sub(var_78, var_24, adj_76, adj_24, adj_77);
        wp::adj_address(var_particle_v, var_46, adj_particle_v, adj_46, adj_76);
        // adj: a_viscosity += (particle_v[j] - v_i) * (m_j / (rho_i * rho_j) * laplacian_coeff * q)  <L 158>
        wp::adj_sub(var_42, var_74, adj_42, adj_74, adj_75);
        wp::adj_mul(var_67, var_73, adj_67, adj_73, adj_74);
        wp::adj_div(var_69, var_72, var_73, adj_69, adj_72, adj_73);
        wp::adj_mul(var_71, var_57, adj_71, adj_57, adj_72);
        wp::adj_mul(var_70, var_27, adj_70, adj_27, adj_71);
        wp::adj_mul(var_61, var_68, adj_61, adj_68, adj_69);
        wp::adj_add(var_29, var_59, adj_29, adj_59, adj_68);
        // adj: a_pressure -= grad_w * (m_j * (p_i + p_j) / (2.0 * rho_i * rho_j))            <L 157>
        wp::adj_mul(var_49, var_66, adj_49, adj_66, adj_67);
        wp::adj_div(var_65, var_51, var_66, adj_65, adj_51, adj_66);
        wp::adj_mul(var_64, var_63, adj_64, adj_63, adj_65);
        wp::adj_mul(var_36, var_63, adj_36, adj_63, adj_64);
        // adj: grad_w = r * (spiky_coeff * q * q / d)                                        <L 156>
        wp::adj_sub(var_18, var_51, adj_18, adj_51, adj_63);
        // adj: q = h_local - d                                                               <L 155>
        wp::adj_copy(var_62, adj_60, adj_61);
        wp::adj_address(var_particle_mass, var_46, adj_particle_mass, adj_46, adj_60);
        // adj: m_j = particle_mass[j]                                                        <L 154>
        adj_pressure_from_density_0(var_57, var_14, var_10, adj_57, adj_14, adj_10, adj_59);
        // adj: p_j = pressure_from_density(rho_j, rho0_cur, k_p_local)                       <L 153>
        wp::adj_copy(var_58, adj_56, adj_57);
        wp::adj_address(var_densities, var_46, adj_densities, adj_46, adj_56);
        // adj: rho_j = densities[j]                                                          <L 152>
        if (var_52) {
            // adj: continue                                                                  <L 151>
        }
        if (!var_52) {
        }
        // adj: if d >= h_local or d < 1.0e-6:                                                <L 150>
        wp::adj_length(var_49, var_51, adj_49, adj_51);
        // adj: d = wp.length(r)                                                              <L 149>
        wp::adj_sub(var_21, var_50, adj_21, adj_48, adj_49);
        wp::adj_address(var_particle_x, var_46, adj_particle_x, adj_46, adj_48);
        // adj: r = x_i - particle_x[j]                                                       <L 148>
        if (var_47) {
            // adj: continue                                                                  <L 147>
        }
        // adj: if j == i:                                                                    <L 146>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(grid, x_i, h_local):                                  <L 145>
    wp::adj_vec_t(var_43, adj_43, adj_44);
    // adj: a_viscosity = wp.vec3(0.0)                                                        <L 144>
    wp::adj_vec_t(var_41, adj_41, adj_42);
    // adj: a_pressure = wp.vec3(0.0)                                                         <L 143>
    wp::adj_div(var_37, var_39, var_40, adj_37, adj_39, adj_40);
    wp::adj_mul(var_38, var_32, adj_38, adj_32, adj_39);
    // adj: laplacian_coeff = 45.0 / (wp.pi * h6)                                             <L 142>
    wp::adj_div(var_33, var_35, var_36, adj_33, adj_35, adj_36);
    wp::adj_mul(var_34, var_32, adj_34, adj_32, adj_35);
    // adj: spiky_coeff = -45.0 / (wp.pi * h6)                                                <L 141>
    wp::adj_mul(var_31, var_30, adj_31, adj_30, adj_32);
    wp::adj_mul(var_30, var_30, adj_30, adj_30, adj_31);
    // adj: h6 = h2 * h2 * h2                                                                 <L 140>
    wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_30);
    // adj: h2 = h_local * h_local                                                            <L 139>
    adj_pressure_from_density_0(var_27, var_14, var_10, adj_27, adj_14, adj_10, adj_29);
    // adj: p_i = pressure_from_density(rho_i, rho0_cur, k_p_local)                           <L 138>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_densities, var_1, adj_densities, adj_1, adj_26);
    // adj: rho_i = densities[i]                                                              <L 137>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_23);
    // adj: v_i = particle_v[i]                                                               <L 136>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_20);
    // adj: x_i = particle_x[i]                                                               <L 135>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_smoothing_length, var_16, adj_smoothing_length, adj_16, adj_17);
    // adj: h_local = smoothing_length[0]                                                     <L 134>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_rest_density, var_12, adj_rest_density, adj_12, adj_13);
    // adj: rho0_cur = rest_density[0]                                                        <L 133>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_pressure_stiffness, var_8, adj_pressure_stiffness, adj_8, adj_9);
    // adj: k_p_local = pressure_stiffness[0]                                                 <L 132>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_viscosity, var_4, adj_viscosity, adj_4, adj_5);
    // adj: mu_v = viscosity[0]                                                               <L 131>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 130>
    }
    // adj: if i == -1:                                                                       <L 129>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 128>
    // adj: tid = wp.tid()                                                                    <L 127>
    // adj: def compute_sph_forces(                                                           <L 115>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_sph_forces_1d307490_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_1d307490 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_sph_forces_1d307490_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void compute_sph_forces_1d307490_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_1d307490 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->smoothing_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rest_density.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pressure_stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->viscosity.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->accelerations.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        compute_sph_forces_1d307490_cpu_forward_tasks<true>(dim, _wp_args);
    else
        compute_sph_forces_1d307490_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void compute_sph_forces_1d307490_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_1d307490 *_wp_args)
{
    compute_sph_forces_1d307490_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void compute_sph_forces_1d307490_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_1d307490 *_wp_args,
    wp_args_compute_sph_forces_1d307490 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        compute_sph_forces_1d307490_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void compute_sph_forces_1d307490_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_1d307490 *_wp_args,
    wp_args_compute_sph_forces_1d307490 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->densities.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->smoothing_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->smoothing_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rest_density.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->rest_density.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->pressure_stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->pressure_stiffness.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->viscosity.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->viscosity.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->accelerations.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->accelerations.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        compute_sph_forces_1d307490_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        compute_sph_forces_1d307490_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void compute_sph_forces_1d307490_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_compute_sph_forces_1d307490 *_wp_args,
    wp_args_compute_sph_forces_1d307490 *_wp_adj_args)
{
    compute_sph_forces_1d307490_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f {
    wp::array_t<wp::vec_t<4, wp::float32>> fluid_phases;
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> particle_rho;
    wp::array_t<wp::int32> particle_phase;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::float32> smoothing_length;
    wp::array_t<wp::float32> cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_a;
    wp::array_t<wp::int32> neighbor_count;
};


template <bool wp_linear_contiguous>
static void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.fluid_phases.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_rho.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_phase.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.smoothing_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.cohesion.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_count.strides[0] = sizeof(wp::int32);
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
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::float32> var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::float32> var_cohesion = _wp_args->cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    wp::array_t<wp::int32> var_neighbor_count = _wp_args->neighbor_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    wp::vec_t<4, wp::float32>* var_29;
    wp::vec_t<4, wp::float32> var_30;
    wp::vec_t<4, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::hash_grid_query_f var_38;
    wp::int32 var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    bool var_44;
    bool var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    const bool var_48 = true;
    wp::vec_t<3, wp::float32> var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::int32* var_55;
    wp::int32 var_56;
    wp::vec_t<4, wp::float32>* var_57;
    wp::vec_t<4, wp::float32> var_58;
    wp::vec_t<4, wp::float32> var_59;
    const wp::int32 var_60 = 3;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    const wp::float32 var_69 = 0.5;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    const wp::int32 var_72 = 2;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32>* var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    const wp::float32 var_84 = 0.01;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::vec_t<3, wp::float32> var_96;
    //---------
    // forward
    // def sph_pressure_viscosity(                                                            <L 45>
    // tid = wp.tid()                                                                         <L 59>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 61>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 62>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 63>
        return;
    }
    // if (particle_flags[i] & ParticleFlags.ACTIVE) == 0:                                    <L 64>
    var_4 = wp::address(var_particle_flags, var_1);
    var_7 = wp::load(var_4);
    var_6 = wp::bit_and(var_7, var_5);
    var_9 = (var_6 == var_8);
    if (var_9) {
        // return                                                                             <L 65>
        return;
    }
    // k_cohesion = cohesion[0]                                                               <L 66>
    var_11 = wp::address(var_cohesion, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // h_local = smoothing_length[0]                                                          <L 67>
    var_15 = wp::address(var_smoothing_length, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // pos_i = particle_x[i]                                                                  <L 68>
    var_18 = wp::address(var_particle_x, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // v_i = particle_v[i]                                                                    <L 69>
    var_21 = wp::address(var_particle_v, var_1);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // rho_i = particle_rho[i]                                                                <L 70>
    var_24 = wp::address(var_particle_rho, var_1);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 71>
    var_27 = wp::address(var_particle_phase, var_1);
    var_28 = wp::load(var_27);
    var_29 = wp::address(var_fluid_phases, var_28);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 72>
    var_32 = phase_pressure_0(var_25, var_30);
    // p_rho2_i = p_i / (rho_i * rho_i)                                                       <L 73>
    var_33 = wp::mul(var_25, var_25);
    var_34 = wp::div(var_32, var_33);
    // f = wp.vec3()                                                                          <L 74>
    var_35 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 75>
    var_37 = wp::int(var_36);
    // for j in wp.hash_grid_query(grid, pos_i, h_local):                                     <L 76>
    var_38 = wp::hash_grid_query(var_grid, var_19, var_16);
    start_for_2:;
        if (iter_cmp(var_38) == 0) goto end_for_2;
        var_39 = wp::iter_next(var_38);
        // r_ij = pos_i - particle_x[j]                                                       <L 77>
        var_40 = wp::address(var_particle_x, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::sub(var_19, var_42);
        // dist = wp.length(r_ij)                                                             <L 78>
        var_43 = wp::length(var_41);
        // if dist >= h_local or dist == 0.0:                                                 <L 80>
        var_45 = (var_43 >= var_16);
        var_44 = var_45;
        if (!var_44) {
            var_47 = (var_43 == var_46);
            var_44 = var_44 || var_47;
        }
        if (var_44) {
            // continue                                                                       <L 81>
            goto start_for_2;
        }
        // if wp.static(smoothing == "spiky"):                                                <L 82>
        // grad_w = spiky_grad(r_ij, dist, h_local)                                           <L 83>
        var_49 = spiky_grad_0(var_41, var_43, var_16);
        // num_neighbors += 1                                                                 <L 88>
        var_51 = wp::add(var_37, var_50);
        // rho_j = particle_rho[j]                                                            <L 89>
        var_52 = wp::address(var_particle_rho, var_39);
        var_54 = wp::load(var_52);
        var_53 = wp::copy(var_54);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 90>
        var_55 = wp::address(var_particle_phase, var_39);
        var_56 = wp::load(var_55);
        var_57 = wp::address(var_fluid_phases, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::copy(var_59);
        // m_j = fluid_j[3]                                                                   <L 91>
        var_61 = wp::extract(var_58, var_60);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 92>
        var_62 = phase_pressure_0(var_53, var_58);
        // f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                           <L 94>
        var_63 = wp::mul(var_53, var_53);
        var_64 = wp::div(var_62, var_63);
        var_65 = wp::add(var_34, var_64);
        var_66 = wp::mul(var_61, var_65);
        var_67 = wp::mul(var_49, var_66);
        var_68 = wp::sub(var_35, var_67);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 96>
        var_71 = wp::extract(var_30, var_70);
        var_73 = wp::extract(var_58, var_72);
        var_74 = wp::add(var_71, var_73);
        var_75 = wp::mul(var_69, var_74);
        // f += grad_w * (mu * m_j / rho_j * wp.dot(v_i - particle_v[j], r_ij) / (dist * dist + 0.01 * h_local * h_local))       <L 97>
        var_76 = wp::mul(var_75, var_61);
        var_77 = wp::div(var_76, var_53);
        var_78 = wp::address(var_particle_v, var_39);
        var_80 = wp::load(var_78);
        var_79 = wp::sub(var_22, var_80);
        var_81 = wp::dot(var_79, var_41);
        var_82 = wp::mul(var_77, var_81);
        var_83 = wp::mul(var_43, var_43);
        var_85 = wp::mul(var_84, var_16);
        var_86 = wp::mul(var_85, var_16);
        var_87 = wp::add(var_83, var_86);
        var_88 = wp::div(var_82, var_87);
        var_89 = wp::mul(var_49, var_88);
        var_90 = wp::add(var_68, var_89);
        // f -= r_ij * (m_j * k_cohesion * (h_local - dist) / dist)                           <L 99>
        var_91 = wp::mul(var_61, var_12);
        var_92 = wp::sub(var_16, var_43);
        var_93 = wp::mul(var_91, var_92);
        var_94 = wp::div(var_93, var_43);
        var_95 = wp::mul(var_41, var_94);
        var_96 = wp::sub(var_90, var_95);
        wp::assign(var_35, var_96);
        wp::assign(var_37, var_51);
        goto start_for_2;
    end_for_2:;
    // neighbor_count[i] = num_neighbors                                                      <L 100>
    wp::array_store(var_neighbor_count, var_1, var_37);
    // particle_a[i] = f                                                                      <L 101>
    wp::array_store(var_particle_a, var_1, var_35);
}



template <bool wp_linear_contiguous>
static void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f wp_contiguous_args;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f wp_contiguous_adj_args;
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
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.smoothing_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.smoothing_length.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.cohesion.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.cohesion.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_a.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.neighbor_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.neighbor_count.strides[0] = sizeof(wp::int32);
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
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::float32> var_smoothing_length = _wp_args->smoothing_length;
    wp::array_t<wp::float32> var_cohesion = _wp_args->cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    wp::array_t<wp::int32> var_neighbor_count = _wp_args->neighbor_count;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases = _wp_adj_args->fluid_phases;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    wp::array_t<wp::int32> adj_particle_phase = _wp_adj_args->particle_phase;
    wp::array_t<wp::int32> adj_particle_flags = _wp_adj_args->particle_flags;
    wp::array_t<wp::float32> adj_smoothing_length = _wp_adj_args->smoothing_length;
    wp::array_t<wp::float32> adj_cohesion = _wp_adj_args->cohesion;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_a = _wp_adj_args->particle_a;
    wp::array_t<wp::int32> adj_neighbor_count = _wp_adj_args->neighbor_count;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    const wp::int32 var_10 = 0;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::int32* var_27;
    wp::int32 var_28;
    wp::vec_t<4, wp::float32>* var_29;
    wp::vec_t<4, wp::float32> var_30;
    wp::vec_t<4, wp::float32> var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::vec_t<3, wp::float32> var_35;
    const wp::int32 var_36 = 0;
    wp::int32 var_37;
    wp::hash_grid_query_f var_38;
    wp::int32 var_39;
    wp::vec_t<3, wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    bool var_44;
    bool var_45;
    const wp::float32 var_46 = 0.0;
    bool var_47;
    const bool var_48 = true;
    wp::vec_t<3, wp::float32> var_49;
    const wp::int32 var_50 = 1;
    wp::int32 var_51;
    wp::float32* var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::int32* var_55;
    wp::int32 var_56;
    wp::vec_t<4, wp::float32>* var_57;
    wp::vec_t<4, wp::float32> var_58;
    wp::vec_t<4, wp::float32> var_59;
    const wp::int32 var_60 = 3;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    const wp::float32 var_69 = 0.5;
    const wp::int32 var_70 = 2;
    wp::float32 var_71;
    const wp::int32 var_72 = 2;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32>* var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    const wp::float32 var_84 = 0.01;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::vec_t<3, wp::float32> var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    wp::float32 var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::vec_t<3, wp::float32> var_96;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::vec_t<4, wp::float32> adj_29 = {};
    wp::vec_t<4, wp::float32> adj_30 = {};
    wp::vec_t<4, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::hash_grid_query_f adj_38 = {};
    wp::int32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    bool adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    bool adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::vec_t<4, wp::float32> adj_57 = {};
    wp::vec_t<4, wp::float32> adj_58 = {};
    wp::vec_t<4, wp::float32> adj_59 = {};
    wp::int32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::vec_t<3, wp::float32> adj_90 = {};
    wp::float32 adj_91 = {};
    wp::float32 adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::vec_t<3, wp::float32> adj_95 = {};
    wp::vec_t<3, wp::float32> adj_96 = {};
    //---------
    // forward
    // def sph_pressure_viscosity(                                                            <L 45>
    // tid = wp.tid()                                                                         <L 59>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 61>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 62>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 63>
        goto label0;
    }
    // if (particle_flags[i] & ParticleFlags.ACTIVE) == 0:                                    <L 64>
    var_4 = wp::address(var_particle_flags, var_1);
    var_7 = wp::load(var_4);
    var_6 = wp::bit_and(var_7, var_5);
    var_9 = (var_6 == var_8);
    if (var_9) {
        // return                                                                             <L 65>
        goto label1;
    }
    // k_cohesion = cohesion[0]                                                               <L 66>
    var_11 = wp::address(var_cohesion, var_10);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // h_local = smoothing_length[0]                                                          <L 67>
    var_15 = wp::address(var_smoothing_length, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // pos_i = particle_x[i]                                                                  <L 68>
    var_18 = wp::address(var_particle_x, var_1);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // v_i = particle_v[i]                                                                    <L 69>
    var_21 = wp::address(var_particle_v, var_1);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // rho_i = particle_rho[i]                                                                <L 70>
    var_24 = wp::address(var_particle_rho, var_1);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 71>
    var_27 = wp::address(var_particle_phase, var_1);
    var_28 = wp::load(var_27);
    var_29 = wp::address(var_fluid_phases, var_28);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 72>
    var_32 = phase_pressure_0(var_25, var_30);
    // p_rho2_i = p_i / (rho_i * rho_i)                                                       <L 73>
    var_33 = wp::mul(var_25, var_25);
    var_34 = wp::div(var_32, var_33);
    // f = wp.vec3()                                                                          <L 74>
    var_35 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 75>
    var_37 = wp::int(var_36);
    // for j in wp.hash_grid_query(grid, pos_i, h_local):                                     <L 76>
    var_38 = wp::hash_grid_query(var_grid, var_19, var_16);
    // neighbor_count[i] = num_neighbors                                                      <L 100>
    // wp::array_store(var_neighbor_count, var_1, var_37);
    // particle_a[i] = f                                                                      <L 101>
    // wp::array_store(var_particle_a, var_1, var_35);
    //---------
    // reverse
    wp::adj_array_store(var_particle_a, var_1, var_35, adj_particle_a, adj_1, adj_35);
    // adj: particle_a[i] = f                                                                 <L 101>
    wp::adj_array_store(var_neighbor_count, var_1, var_37, adj_neighbor_count, adj_1, adj_37);
    // adj: neighbor_count[i] = num_neighbors                                                 <L 100>
    var_38 = wp::iter_reverse(var_38);
    start_for_2:;
        if (iter_cmp(var_38) == 0) goto end_for_2;
        var_39 = wp::iter_next(var_38);
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
    	adj_86 = {};
    	adj_87 = {};
    	adj_88 = {};
    	adj_89 = {};
    	adj_90 = {};
    	adj_91 = {};
    	adj_92 = {};
    	adj_93 = {};
    	adj_94 = {};
    	adj_95 = {};
    	adj_96 = {};
        // r_ij = pos_i - particle_x[j]                                                       <L 77>
        var_40 = wp::address(var_particle_x, var_39);
        var_42 = wp::load(var_40);
        var_41 = wp::sub(var_19, var_42);
        // dist = wp.length(r_ij)                                                             <L 78>
        var_43 = wp::length(var_41);
        // if dist >= h_local or dist == 0.0:                                                 <L 80>
        var_45 = (var_43 >= var_16);
        var_44 = var_45;
        if (!var_44) {
            var_47 = (var_43 == var_46);
            var_44 = var_44 || var_47;
        }
        if (var_44) {
            // continue                                                                       <L 81>
            goto start_for_2;
        }
        // if wp.static(smoothing == "spiky"):                                                <L 82>
        // grad_w = spiky_grad(r_ij, dist, h_local)                                           <L 83>
        var_49 = spiky_grad_0(var_41, var_43, var_16);
        // num_neighbors += 1                                                                 <L 88>
        var_51 = wp::add(var_37, var_50);
        // rho_j = particle_rho[j]                                                            <L 89>
        var_52 = wp::address(var_particle_rho, var_39);
        var_54 = wp::load(var_52);
        var_53 = wp::copy(var_54);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 90>
        var_55 = wp::address(var_particle_phase, var_39);
        var_56 = wp::load(var_55);
        var_57 = wp::address(var_fluid_phases, var_56);
        var_59 = wp::load(var_57);
        var_58 = wp::copy(var_59);
        // m_j = fluid_j[3]                                                                   <L 91>
        var_61 = wp::extract(var_58, var_60);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 92>
        var_62 = phase_pressure_0(var_53, var_58);
        // f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                           <L 94>
        var_63 = wp::mul(var_53, var_53);
        var_64 = wp::div(var_62, var_63);
        var_65 = wp::add(var_34, var_64);
        var_66 = wp::mul(var_61, var_65);
        var_67 = wp::mul(var_49, var_66);
        var_68 = wp::sub(var_35, var_67);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 96>
        var_71 = wp::extract(var_30, var_70);
        var_73 = wp::extract(var_58, var_72);
        var_74 = wp::add(var_71, var_73);
        var_75 = wp::mul(var_69, var_74);
        // f += grad_w * (mu * m_j / rho_j * wp.dot(v_i - particle_v[j], r_ij) / (dist * dist + 0.01 * h_local * h_local))       <L 97>
        var_76 = wp::mul(var_75, var_61);
        var_77 = wp::div(var_76, var_53);
        var_78 = wp::address(var_particle_v, var_39);
        var_80 = wp::load(var_78);
        var_79 = wp::sub(var_22, var_80);
        var_81 = wp::dot(var_79, var_41);
        var_82 = wp::mul(var_77, var_81);
        var_83 = wp::mul(var_43, var_43);
        var_85 = wp::mul(var_84, var_16);
        var_86 = wp::mul(var_85, var_16);
        var_87 = wp::add(var_83, var_86);
        var_88 = wp::div(var_82, var_87);
        var_89 = wp::mul(var_49, var_88);
        var_90 = wp::add(var_68, var_89);
        // f -= r_ij * (m_j * k_cohesion * (h_local - dist) / dist)                           <L 99>
        var_91 = wp::mul(var_61, var_12);
        var_92 = wp::sub(var_16, var_43);
        var_93 = wp::mul(var_91, var_92);
        var_94 = wp::div(var_93, var_43);
        var_95 = wp::mul(var_41, var_94);
        var_96 = wp::sub(var_90, var_95);
        wp::assign(var_35, var_96);
        wp::assign(var_37, var_51);
        wp::adj_assign(var_37, var_51, adj_37, adj_51);
        wp::adj_assign(var_35, var_96, adj_35, adj_96);
        wp::adj_sub(var_90, var_95, adj_90, adj_95, adj_96);
        wp::adj_mul(var_41, var_94, adj_41, adj_94, adj_95);
        wp::adj_div(var_93, var_43, var_94, adj_93, adj_43, adj_94);
        wp::adj_mul(var_91, var_92, adj_91, adj_92, adj_93);
        wp::adj_sub(var_16, var_43, adj_16, adj_43, adj_92);
        wp::adj_mul(var_61, var_12, adj_61, adj_12, adj_91);
        // adj: f -= r_ij * (m_j * k_cohesion * (h_local - dist) / dist)                      <L 99>
        wp::adj_add(var_68, var_89, adj_68, adj_89, adj_90);
        wp::adj_mul(var_49, var_88, adj_49, adj_88, adj_89);
        wp::adj_div(var_82, var_87, var_88, adj_82, adj_87, adj_88);
        wp::adj_add(var_83, var_86, adj_83, adj_86, adj_87);
        wp::adj_mul(var_85, var_16, adj_85, adj_16, adj_86);
        wp::adj_mul(var_84, var_16, adj_84, adj_16, adj_85);
        wp::adj_mul(var_43, var_43, adj_43, adj_43, adj_83);
        wp::adj_mul(var_77, var_81, adj_77, adj_81, adj_82);
        wp::adj_dot(var_79, var_41, adj_79, adj_41, adj_81);
        wp::adj_sub(var_22, var_80, adj_22, adj_78, adj_79);
        wp::adj_address(var_particle_v, var_39, adj_particle_v, adj_39, adj_78);
        wp::adj_div(var_76, var_53, var_77, adj_76, adj_53, adj_77);
        wp::adj_mul(var_75, var_61, adj_75, adj_61, adj_76);
        // adj: f += grad_w * (mu * m_j / rho_j * wp.dot(v_i - particle_v[j], r_ij) / (dist * dist + 0.01 * h_local * h_local))  <L 97>
        wp::adj_mul(var_69, var_74, adj_69, adj_74, adj_75);
        wp::adj_add(var_71, var_73, adj_71, adj_73, adj_74);
        wp::adj_extract(var_58, var_72, adj_58, adj_72, adj_73);
        wp::adj_extract(var_30, var_70, adj_30, adj_70, adj_71);
        // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 96>
        wp::adj_sub(var_35, var_67, adj_35, adj_67, adj_68);
        wp::adj_mul(var_49, var_66, adj_49, adj_66, adj_67);
        wp::adj_mul(var_61, var_65, adj_61, adj_65, adj_66);
        wp::adj_add(var_34, var_64, adj_34, adj_64, adj_65);
        wp::adj_div(var_62, var_63, var_64, adj_62, adj_63, adj_64);
        wp::adj_mul(var_53, var_53, adj_53, adj_53, adj_63);
        // adj: f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                      <L 94>
        adj_phase_pressure_0(var_53, var_58, adj_53, adj_58, adj_62);
        // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 92>
        wp::adj_extract(var_58, var_60, adj_58, adj_60, adj_61);
        // adj: m_j = fluid_j[3]                                                              <L 91>
        wp::adj_copy(var_59, adj_57, adj_58);
        wp::adj_address(var_fluid_phases, var_56, adj_fluid_phases, adj_56, adj_57);
        wp::adj_address(var_particle_phase, var_39, adj_particle_phase, adj_39, adj_55);
        // adj: fluid_j = fluid_phases[particle_phase[j]]                                     <L 90>
        wp::adj_copy(var_54, adj_52, adj_53);
        wp::adj_address(var_particle_rho, var_39, adj_particle_rho, adj_39, adj_52);
        // adj: rho_j = particle_rho[j]                                                       <L 89>
        wp::adj_add(var_37, var_50, adj_37, adj_50, adj_51);
        // adj: num_neighbors += 1                                                            <L 88>
        adj_spiky_grad_0(var_41, var_43, var_16, adj_41, adj_43, adj_16, adj_49);
        // adj: grad_w = spiky_grad(r_ij, dist, h_local)                                      <L 83>
        // adj: if wp.static(smoothing == "spiky"):                                           <L 82>
        if (var_44) {
            // adj: continue                                                                  <L 81>
        }
        if (!var_44) {
        }
        // adj: if dist >= h_local or dist == 0.0:                                            <L 80>
        wp::adj_length(var_41, var_43, adj_41, adj_43);
        // adj: dist = wp.length(r_ij)                                                        <L 78>
        wp::adj_sub(var_19, var_42, adj_19, adj_40, adj_41);
        wp::adj_address(var_particle_x, var_39, adj_particle_x, adj_39, adj_40);
        // adj: r_ij = pos_i - particle_x[j]                                                  <L 77>
    	goto start_for_2;
    end_for_2:;
    // adj: for j in wp.hash_grid_query(grid, pos_i, h_local):                                <L 76>
    // adj: num_neighbors = int(0)                                                            <L 75>
    // adj: f = wp.vec3()                                                                     <L 74>
    wp::adj_div(var_32, var_33, var_34, adj_32, adj_33, adj_34);
    wp::adj_mul(var_25, var_25, adj_25, adj_25, adj_33);
    // adj: p_rho2_i = p_i / (rho_i * rho_i)                                                  <L 73>
    adj_phase_pressure_0(var_25, var_30, adj_25, adj_30, adj_32);
    // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 72>
    wp::adj_copy(var_31, adj_29, adj_30);
    wp::adj_address(var_fluid_phases, var_28, adj_fluid_phases, adj_28, adj_29);
    wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_27);
    // adj: fluid_i = fluid_phases[particle_phase[i]]                                         <L 71>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_particle_rho, var_1, adj_particle_rho, adj_1, adj_24);
    // adj: rho_i = particle_rho[i]                                                           <L 70>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_21);
    // adj: v_i = particle_v[i]                                                               <L 69>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_18);
    // adj: pos_i = particle_x[i]                                                             <L 68>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_smoothing_length, var_14, adj_smoothing_length, adj_14, adj_15);
    // adj: h_local = smoothing_length[0]                                                     <L 67>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_cohesion, var_10, adj_cohesion, adj_10, adj_11);
    // adj: k_cohesion = cohesion[0]                                                          <L 66>
    if (var_9) {
        label1:;
        // adj: return                                                                        <L 65>
    }
    wp::adj_address(var_particle_flags, var_1, adj_particle_flags, adj_1, adj_4);
    // adj: if (particle_flags[i] & ParticleFlags.ACTIVE) == 0:                               <L 64>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 63>
    }
    // adj: if i == -1:                                                                       <L 62>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 61>
    // adj: tid = wp.tid()                                                                    <L 59>
    // adj: def sph_pressure_viscosity(                                                       <L 45>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->smoothing_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->cohesion.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_count.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args)
{
    create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->smoothing_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->smoothing_length.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->cohesion.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->cohesion.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_count.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f *_wp_adj_args)
{
    create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_cb925f8f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_mean_neighbor_distance_e98c20e3 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::float32> spacing;
};


template <bool wp_linear_contiguous>
static void mean_neighbor_distance_e98c20e3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_mean_neighbor_distance_e98c20e3 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.spacing.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_spacing = _wp_args->spacing;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32* var_7;
    wp::hash_grid_query_f var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    bool var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    bool var_21;
    bool var_22;
    wp::float32* var_23;
    bool var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    const wp::float32 var_33 = 1e-06;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    //---------
    // forward
    // def mean_neighbor_distance(                                                            <L 184>
    // tid = wp.tid()                                                                         <L 190>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 191>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 192>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 193>
        return;
    }
    // x = positions[i]                                                                       <L 194>
    var_4 = wp::address(var_positions, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // query = wp.hash_grid_query(grid, x, particle_radius[i])                                <L 195>
    var_7 = wp::address(var_particle_radius, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::hash_grid_query(var_grid, var_5, var_9);
    // j = int(0)                                                                             <L 196>
    var_11 = wp::int(var_10);
    // total = float(0.0)                                                                     <L 197>
    var_13 = wp::float(var_12);
    // count = float(0.0)                                                                     <L 198>
    var_15 = wp::float(var_14);
    // while wp.hash_grid_query_next(query, j):                                               <L 199>
    start_while_1:;
    var_16 = wp::hash_grid_query_next(var_8, var_11);
    if ((var_16) == false) goto end_while_1;
        // r = wp.length(positions[j] - x)                                                    <L 200>
        var_17 = wp::address(var_positions, var_11);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_5);
        var_20 = wp::length(var_18);
        // if j != i and r < particle_radius[i]:                                              <L 201>
        var_22 = (var_11 != var_1);
        var_21 = var_22;
        if (var_21) {
            var_23 = wp::address(var_particle_radius, var_1);
            var_25 = wp::load(var_23);
            var_24 = (var_20 < var_25);
            var_21 = var_21 && var_24;
        }
        if (var_21) {
            // total += r                                                                     <L 202>
            var_26 = wp::add(var_13, var_20);
            // count += 1.0                                                                   <L 203>
            var_28 = wp::add(var_15, var_27);
        }
        var_29 = wp::where(var_21, var_26, var_13);
        var_30 = wp::where(var_21, var_28, var_15);
        wp::assign(var_13, var_29);
        wp::assign(var_15, var_30);
    goto start_while_1;
    end_while_1:;
    // spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)                 <L 204>
    var_32 = (var_15 > var_31);
    var_34 = wp::max(var_15, var_33);
    var_35 = wp::div(var_13, var_34);
    var_37 = wp::where(var_32, var_35, var_36);
    wp::array_store(var_spacing, var_1, var_37);
}



template <bool wp_linear_contiguous>
static void mean_neighbor_distance_e98c20e3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_mean_neighbor_distance_e98c20e3 wp_contiguous_args;
    wp_args_mean_neighbor_distance_e98c20e3 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.spacing.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.spacing.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_spacing = _wp_args->spacing;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::float32> adj_spacing = _wp_adj_args->spacing;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = -1;
    bool var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32* var_7;
    wp::hash_grid_query_f var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    bool var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    bool var_21;
    bool var_22;
    wp::float32* var_23;
    bool var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1.0;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::float32 var_31 = 0.0;
    bool var_32;
    const wp::float32 var_33 = 1e-06;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::hash_grid_query_f adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    bool adj_22 = {};
    wp::float32 adj_23 = {};
    bool adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    //---------
    // forward
    // def mean_neighbor_distance(                                                            <L 184>
    // tid = wp.tid()                                                                         <L 190>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 191>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 192>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 193>
        goto label0;
    }
    // x = positions[i]                                                                       <L 194>
    var_4 = wp::address(var_positions, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // query = wp.hash_grid_query(grid, x, particle_radius[i])                                <L 195>
    var_7 = wp::address(var_particle_radius, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::hash_grid_query(var_grid, var_5, var_9);
    // j = int(0)                                                                             <L 196>
    var_11 = wp::int(var_10);
    // total = float(0.0)                                                                     <L 197>
    var_13 = wp::float(var_12);
    // count = float(0.0)                                                                     <L 198>
    var_15 = wp::float(var_14);
    // while wp.hash_grid_query_next(query, j):                                               <L 199>
    // spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)                 <L 204>
    var_32 = (var_15 > var_31);
    var_34 = wp::max(var_15, var_33);
    var_35 = wp::div(var_13, var_34);
    var_37 = wp::where(var_32, var_35, var_36);
    // wp::array_store(var_spacing, var_1, var_37);
    //---------
    // reverse
    wp::adj_array_store(var_spacing, var_1, var_37, adj_spacing, adj_1, adj_37);
    wp::adj_where(var_32, var_35, var_36, adj_32, adj_35, adj_36, adj_37);
    wp::adj_div(var_13, var_34, var_35, adj_13, adj_34, adj_35);
    wp::adj_max(var_15, var_33, adj_15, adj_33, adj_34);
    // adj: spacing[i] = wp.where(count > 0.0, total / wp.max(count, 1.0e-6), 0.0)            <L 204>
    start_while_1:;
    var_16 = wp::hash_grid_query_next(var_8, var_11);
    if ((var_16) == false) goto end_while_1;
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_30 = {};
        // r = wp.length(positions[j] - x)                                                    <L 200>
        var_17 = wp::address(var_positions, var_11);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_5);
        var_20 = wp::length(var_18);
        // if j != i and r < particle_radius[i]:                                              <L 201>
        var_22 = (var_11 != var_1);
        var_21 = var_22;
        if (var_21) {
            var_23 = wp::address(var_particle_radius, var_1);
            var_25 = wp::load(var_23);
            var_24 = (var_20 < var_25);
            var_21 = var_21 && var_24;
        }
        if (var_21) {
            // total += r                                                                     <L 202>
            var_26 = wp::add(var_13, var_20);
            // count += 1.0                                                                   <L 203>
            var_28 = wp::add(var_15, var_27);
        }
        var_29 = wp::where(var_21, var_26, var_13);
        var_30 = wp::where(var_21, var_28, var_15);
        wp::assign(var_13, var_29);
        wp::assign(var_15, var_30);
        wp::adj_assign(var_15, var_30, adj_15, adj_30);
        wp::adj_assign(var_13, var_29, adj_13, adj_29);
        wp::adj_where(var_21, var_28, var_15, adj_21, adj_28, adj_15, adj_30);
        wp::adj_where(var_21, var_26, var_13, adj_21, adj_26, adj_13, adj_29);
        if (var_21) {
            wp::adj_add(var_15, var_27, adj_15, adj_27, adj_28);
            // adj: count += 1.0                                                              <L 203>
            wp::adj_add(var_13, var_20, adj_13, adj_20, adj_26);
            // adj: total += r                                                                <L 202>
        }
        if (var_21) {
            wp::adj_address(var_particle_radius, var_1, adj_particle_radius, adj_1, adj_23);
        }
        // adj: if j != i and r < particle_radius[i]:                                         <L 201>
        wp::adj_length(var_18, var_20, adj_18, adj_20);
        wp::adj_sub(var_19, var_5, adj_17, adj_5, adj_18);
        wp::adj_address(var_positions, var_11, adj_positions, adj_11, adj_17);
        // adj: r = wp.length(positions[j] - x)                                               <L 200>
    goto start_while_1;
    end_while_1:;
    // adj: while wp.hash_grid_query_next(query, j):                                          <L 199>
    wp::adj_float(var_14, adj_14, adj_15);
    // adj: count = float(0.0)                                                                <L 198>
    wp::adj_float(var_12, adj_12, adj_13);
    // adj: total = float(0.0)                                                                <L 197>
    // adj: j = int(0)                                                                        <L 196>
    wp::adj_address(var_particle_radius, var_1, adj_particle_radius, adj_1, adj_7);
    // adj: query = wp.hash_grid_query(grid, x, particle_radius[i])                           <L 195>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_4);
    // adj: x = positions[i]                                                                  <L 194>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 193>
    }
    // adj: if i == -1:                                                                       <L 192>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 191>
    // adj: tid = wp.tid()                                                                    <L 190>
    // adj: def mean_neighbor_distance(                                                       <L 184>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mean_neighbor_distance_e98c20e3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mean_neighbor_distance_e98c20e3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void mean_neighbor_distance_e98c20e3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->spacing.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        mean_neighbor_distance_e98c20e3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        mean_neighbor_distance_e98c20e3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void mean_neighbor_distance_e98c20e3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args)
{
    mean_neighbor_distance_e98c20e3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void mean_neighbor_distance_e98c20e3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        mean_neighbor_distance_e98c20e3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void mean_neighbor_distance_e98c20e3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->spacing.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->spacing.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        mean_neighbor_distance_e98c20e3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        mean_neighbor_distance_e98c20e3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void mean_neighbor_distance_e98c20e3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_args,
    wp_args_mean_neighbor_distance_e98c20e3 *_wp_adj_args)
{
    mean_neighbor_distance_e98c20e3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_count_close_points_f206b1fb {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void count_close_points_f206b1fb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_close_points_f206b1fb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_close_points_f206b1fb wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::hash_grid_query_f var_11;
    wp::int32 var_12;
    bool var_13;
    bool var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    //---------
    // forward
    // def count_close_points(                                                                <L 163>
    // tid = wp.tid()                                                                         <L 169>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 170>
    var_1 = wp::copy(var_0);
    // x = positions[i]                                                                       <L 171>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = particle_radius[i]                                                                 <L 172>
    var_5 = wp::address(var_particle_radius, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r_sq = r * r                                                                           <L 173>
    var_8 = wp::mul(var_6, var_6);
    // count = int(0)                                                                         <L 176>
    var_10 = wp::int(var_9);
    // for j in wp.hash_grid_query(grid, x, r):                                               <L 177>
    var_11 = wp::hash_grid_query(var_grid, var_3, var_6);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
        // if j != i and wp.length_sq(x - positions[j]) <= r_sq:                              <L 178>
        var_14 = (var_12 != var_1);
        var_13 = var_14;
        if (var_13) {
            var_15 = wp::address(var_positions, var_12);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_3, var_17);
            var_18 = wp::length_sq(var_16);
            var_19 = (var_18 <= var_8);
            var_13 = var_13 && var_19;
        }
        if (var_13) {
            // count += 1                                                                     <L 179>
            var_21 = wp::add(var_10, var_20);
        }
        var_22 = wp::where(var_13, var_21, var_10);
        wp::assign(var_10, var_22);
        goto start_for_0;
    end_for_0:;
    // counts[i] = count                                                                      <L 180>
    wp::array_store(var_counts, var_1, var_10);
}



template <bool wp_linear_contiguous>
static void count_close_points_f206b1fb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_close_points_f206b1fb *_wp_args,
    wp_args_count_close_points_f206b1fb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_count_close_points_f206b1fb wp_contiguous_args;
    wp_args_count_close_points_f206b1fb wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.counts.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.counts.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::int32 var_10;
    wp::hash_grid_query_f var_11;
    wp::int32 var_12;
    bool var_13;
    bool var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    bool var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::hash_grid_query_f adj_11 = {};
    wp::int32 adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    //---------
    // forward
    // def count_close_points(                                                                <L 163>
    // tid = wp.tid()                                                                         <L 169>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 170>
    var_1 = wp::copy(var_0);
    // x = positions[i]                                                                       <L 171>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = particle_radius[i]                                                                 <L 172>
    var_5 = wp::address(var_particle_radius, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // r_sq = r * r                                                                           <L 173>
    var_8 = wp::mul(var_6, var_6);
    // count = int(0)                                                                         <L 176>
    var_10 = wp::int(var_9);
    // for j in wp.hash_grid_query(grid, x, r):                                               <L 177>
    var_11 = wp::hash_grid_query(var_grid, var_3, var_6);
    // counts[i] = count                                                                      <L 180>
    // wp::array_store(var_counts, var_1, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_1, var_10, adj_counts, adj_1, adj_10);
    // adj: counts[i] = count                                                                 <L 180>
    var_11 = wp::iter_reverse(var_11);
    start_for_0:;
        if (iter_cmp(var_11) == 0) goto end_for_0;
        var_12 = wp::iter_next(var_11);
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
        // if j != i and wp.length_sq(x - positions[j]) <= r_sq:                              <L 178>
        var_14 = (var_12 != var_1);
        var_13 = var_14;
        if (var_13) {
            var_15 = wp::address(var_positions, var_12);
            var_17 = wp::load(var_15);
            var_16 = wp::sub(var_3, var_17);
            var_18 = wp::length_sq(var_16);
            var_19 = (var_18 <= var_8);
            var_13 = var_13 && var_19;
        }
        if (var_13) {
            // count += 1                                                                     <L 179>
            var_21 = wp::add(var_10, var_20);
        }
        var_22 = wp::where(var_13, var_21, var_10);
        wp::assign(var_10, var_22);
        wp::adj_assign(var_10, var_22, adj_10, adj_22);
        wp::adj_where(var_13, var_21, var_10, adj_13, adj_21, adj_10, adj_22);
        if (var_13) {
            wp::adj_add(var_10, var_20, adj_10, adj_20, adj_21);
            // adj: count += 1                                                                <L 179>
        }
        if (var_13) {
            wp::adj_length_sq(var_16, adj_16, adj_18);
            wp::adj_sub(var_3, var_17, adj_3, adj_15, adj_16);
            wp::adj_address(var_positions, var_12, adj_positions, adj_12, adj_15);
        }
        // adj: if j != i and wp.length_sq(x - positions[j]) <= r_sq:                         <L 178>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, r):                                          <L 177>
    // adj: count = int(0)                                                                    <L 176>
    wp::adj_mul(var_6, var_6, adj_6, adj_6, adj_8);
    // adj: r_sq = r * r                                                                      <L 173>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_particle_radius, var_1, adj_particle_radius, adj_1, adj_5);
    // adj: r = particle_radius[i]                                                            <L 172>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 171>
    wp::adj_copy(var_0, adj_0, adj_1);
    // adj: i = tid                                                                           <L 170>
    // adj: tid = wp.tid()                                                                    <L 169>
    // adj: def count_close_points(                                                           <L 163>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_close_points_f206b1fb_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_f206b1fb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_close_points_f206b1fb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void count_close_points_f206b1fb_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_f206b1fb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_close_points_f206b1fb_cpu_forward_tasks<true>(dim, _wp_args);
    else
        count_close_points_f206b1fb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void count_close_points_f206b1fb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_f206b1fb *_wp_args)
{
    count_close_points_f206b1fb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void count_close_points_f206b1fb_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_f206b1fb *_wp_args,
    wp_args_count_close_points_f206b1fb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        count_close_points_f206b1fb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void count_close_points_f206b1fb_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_f206b1fb *_wp_args,
    wp_args_count_close_points_f206b1fb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        count_close_points_f206b1fb_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        count_close_points_f206b1fb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void count_close_points_f206b1fb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_f206b1fb *_wp_args,
    wp_args_count_close_points_f206b1fb *_wp_adj_args)
{
    count_close_points_f206b1fb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

