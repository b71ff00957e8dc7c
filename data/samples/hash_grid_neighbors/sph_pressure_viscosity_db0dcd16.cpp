// Warp 1.19.0 cpu code for sph_pressure_viscosity_db0dcd16.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// sph_pressure_viscosity.py:38
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
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 39>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 41>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return wp.max(p, 0.0)                                                                  <L 43>
    var_7 = wp::max(var_5, var_6);
    return var_7;
}


// sph_pressure_viscosity.py:30
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
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 31>
    // q = d / h                                                                              <L 33>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 34>
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
    // return r * (dw / d)                                                                    <L 35>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    return var_23;
}


// sph_pressure_viscosity.py:38
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
    // def phase_pressure(rho: float, fluid: fluid_phase) -> float:                           <L 39>
    // p = fluid[1] * (rho - fluid[0])                                                        <L 41>
    var_1 = wp::extract(var_fluid, var_0);
    var_3 = wp::extract(var_fluid, var_2);
    var_4 = wp::sub(var_rho, var_3);
    var_5 = wp::mul(var_1, var_4);
    // return wp.max(p, 0.0)                                                                  <L 43>
    var_7 = wp::max(var_5, var_6);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_7 += adj_ret;
    wp::adj_max(var_5, var_6, adj_5, adj_6, adj_7);
    // adj: return wp.max(p, 0.0)                                                             <L 43>
    wp::adj_mul(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_sub(var_rho, var_3, adj_rho, adj_3, adj_4);
    wp::adj_extract(var_fluid, var_2, adj_fluid, adj_2, adj_3);
    wp::adj_extract(var_fluid, var_0, adj_fluid, adj_0, adj_1);
    // adj: p = fluid[1] * (rho - fluid[0])                                                   <L 41>
    // adj: def phase_pressure(rho: float, fluid: fluid_phase) -> float:                      <L 39>
    return;
}


// sph_pressure_viscosity.py:30
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
    // def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                          <L 31>
    // q = d / h                                                                              <L 33>
    var_0 = wp::div(var_d, var_h);
    // dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h       <L 34>
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
    // return r * (dw / d)                                                                    <L 35>
    var_22 = wp::div(var_21, var_d);
    var_23 = wp::mul(var_r, var_22);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_23 += adj_ret;
    wp::adj_mul(var_r, var_22, adj_r, adj_22, adj_23);
    wp::adj_div(var_21, var_d, var_22, adj_21, adj_d, adj_22);
    // adj: return r * (dw / d)                                                               <L 35>
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
    // adj: dw = 21.0 / (2.0 * wp.pi * h * h * h) * (-20.0 * q * (1.0 - q) * (1.0 - q) * (1.0 - q)) / h  <L 34>
    wp::adj_div(var_d, var_h, var_0, adj_d, adj_h, adj_0);
    // adj: q = d / h                                                                         <L 33>
    // adj: def wendland_grad(r: wp.vec3, d: float, h: float) -> wp.vec3:                     <L 31>
    return;
}

struct wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 {
    wp::array_t<wp::vec_t<4, wp::float32>> fluid_phases;
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> particle_rho;
    wp::array_t<wp::int32> particle_phase;
    wp::float32 smoothing_length;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_a;
    wp::array_t<wp::int32> neighbor_counts;
};


template <bool wp_linear_contiguous>
static void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 wp_contiguous_args;
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
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::hash_grid_query_f var_24;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    const bool var_34 = false;
    const bool var_35 = false;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
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
    //---------
    // forward
    // def sph_pressure_viscosity(                                                            <L 48>
    // tid = wp.tid()                                                                         <L 60>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 61>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 62>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 63>
        return;
    }
    // pos_i = particle_x[i]                                                                  <L 64>
    var_4 = wp::address(var_particle_x, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = particle_v[i]                                                                    <L 65>
    var_7 = wp::address(var_particle_v, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 66>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 67>
    var_13 = wp::address(var_particle_phase, var_1);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_fluid_phases, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 68>
    var_18 = phase_pressure_0(var_11, var_16);
    // p_rho2_i = p_i / (rho_i * rho_i)                                                       <L 69>
    var_19 = wp::mul(var_11, var_11);
    var_20 = wp::div(var_18, var_19);
    // f = wp.vec3()                                                                          <L 70>
    var_21 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 71>
    var_23 = wp::int(var_22);
    // for j in wp.hash_grid_query(grid, pos_i, smoothing_length):                            <L 72>
    var_24 = wp::hash_grid_query(var_grid, var_5, var_smoothing_length);
    start_for_1:;
        if (iter_cmp(var_24) == 0) goto end_for_1;
        var_25 = wp::iter_next(var_24);
        // r_ij = pos_i - particle_x[j]                                                       <L 73>
        var_26 = wp::address(var_particle_x, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_5, var_28);
        // dist = wp.length(r_ij)                                                             <L 74>
        var_29 = wp::length(var_27);
        // if dist >= smoothing_length or dist == 0.0:                                        <L 75>
        var_31 = (var_29 >= var_smoothing_length);
        var_30 = var_31;
        if (!var_30) {
            var_33 = (var_29 == var_32);
            var_30 = var_30 || var_33;
        }
        if (var_30) {
            // continue                                                                       <L 76>
            goto start_for_1;
        }
        // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 77>
        // elif wp.static(smoothing == SmoothingKernel.CUBIC):                                <L 79>
        // grad_w = wendland_grad(r_ij, dist, smoothing_length)                               <L 82>
        var_36 = wendland_grad_0(var_27, var_29, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 83>
        var_38 = wp::add(var_23, var_37);
        // rho_j = particle_rho[j]                                                            <L 84>
        var_39 = wp::address(var_particle_rho, var_25);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 85>
        var_42 = wp::address(var_particle_phase, var_25);
        var_43 = wp::load(var_42);
        var_44 = wp::address(var_fluid_phases, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m_j = fluid_j[3]                                                                   <L 86>
        var_48 = wp::extract(var_45, var_47);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 87>
        var_49 = phase_pressure_0(var_40, var_45);
        // f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                           <L 88>
        var_50 = wp::mul(var_40, var_40);
        var_51 = wp::div(var_49, var_50);
        var_52 = wp::add(var_20, var_51);
        var_53 = wp::mul(var_48, var_52);
        var_54 = wp::mul(var_36, var_53);
        var_55 = wp::sub(var_21, var_54);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 89>
        var_58 = wp::extract(var_16, var_57);
        var_60 = wp::extract(var_45, var_59);
        var_61 = wp::add(var_58, var_60);
        var_62 = wp::mul(var_56, var_61);
        // f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)       <L 90>
        var_63 = wp::address(var_particle_v, var_25);
        var_65 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_8);
        var_67 = wp::mul(var_66, var_62);
        var_68 = wp::mul(var_67, var_48);
        var_69 = wp::mul(var_11, var_40);
        var_70 = wp::div(var_68, var_69);
        var_71 = wp::length(var_36);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::div(var_72, var_29);
        var_74 = wp::mul(var_64, var_73);
        var_75 = wp::add(var_55, var_74);
        wp::assign(var_21, var_75);
        wp::assign(var_23, var_38);
        goto start_for_1;
    end_for_1:;
    // neighbor_counts[i] = num_neighbors                                                     <L 91>
    wp::array_store(var_neighbor_counts, var_1, var_23);
    // particle_a[i] = f                                                                      <L 92>
    wp::array_store(var_particle_a, var_1, var_21);
}



template <bool wp_linear_contiguous>
static void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 wp_contiguous_args;
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 wp_contiguous_adj_args;
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
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_a = _wp_args->particle_a;
    wp::array_t<wp::int32> var_neighbor_counts = _wp_args->neighbor_counts;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_fluid_phases = _wp_adj_args->fluid_phases;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_particle_rho = _wp_adj_args->particle_rho;
    wp::array_t<wp::int32> adj_particle_phase = _wp_adj_args->particle_phase;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
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
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    const wp::int32 var_22 = 0;
    wp::int32 var_23;
    wp::hash_grid_query_f var_24;
    wp::int32 var_25;
    wp::vec_t<3, wp::float32>* var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    const bool var_34 = false;
    const bool var_35 = false;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 1;
    wp::int32 var_38;
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
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::hash_grid_query_f adj_24 = {};
    wp::int32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    bool adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
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
    //---------
    // forward
    // def sph_pressure_viscosity(                                                            <L 48>
    // tid = wp.tid()                                                                         <L 60>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 61>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1:                                                                            <L 62>
    var_3 = (var_1 == var_2);
    if (var_3) {
        // return                                                                             <L 63>
        goto label0;
    }
    // pos_i = particle_x[i]                                                                  <L 64>
    var_4 = wp::address(var_particle_x, var_1);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // v_i = particle_v[i]                                                                    <L 65>
    var_7 = wp::address(var_particle_v, var_1);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // rho_i = particle_rho[i]                                                                <L 66>
    var_10 = wp::address(var_particle_rho, var_1);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // fluid_i = fluid_phases[particle_phase[i]]                                              <L 67>
    var_13 = wp::address(var_particle_phase, var_1);
    var_14 = wp::load(var_13);
    var_15 = wp::address(var_fluid_phases, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // p_i = phase_pressure(rho_i, fluid_i)                                                   <L 68>
    var_18 = phase_pressure_0(var_11, var_16);
    // p_rho2_i = p_i / (rho_i * rho_i)                                                       <L 69>
    var_19 = wp::mul(var_11, var_11);
    var_20 = wp::div(var_18, var_19);
    // f = wp.vec3()                                                                          <L 70>
    var_21 = wp::vec_t<3, wp::float32>();
    // num_neighbors = int(0)                                                                 <L 71>
    var_23 = wp::int(var_22);
    // for j in wp.hash_grid_query(grid, pos_i, smoothing_length):                            <L 72>
    var_24 = wp::hash_grid_query(var_grid, var_5, var_smoothing_length);
    // neighbor_counts[i] = num_neighbors                                                     <L 91>
    // wp::array_store(var_neighbor_counts, var_1, var_23);
    // particle_a[i] = f                                                                      <L 92>
    // wp::array_store(var_particle_a, var_1, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_particle_a, var_1, var_21, adj_particle_a, adj_1, adj_21);
    // adj: particle_a[i] = f                                                                 <L 92>
    wp::adj_array_store(var_neighbor_counts, var_1, var_23, adj_neighbor_counts, adj_1, adj_23);
    // adj: neighbor_counts[i] = num_neighbors                                                <L 91>
    var_24 = wp::iter_reverse(var_24);
    start_for_1:;
        if (iter_cmp(var_24) == 0) goto end_for_1;
        var_25 = wp::iter_next(var_24);
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
        // r_ij = pos_i - particle_x[j]                                                       <L 73>
        var_26 = wp::address(var_particle_x, var_25);
        var_28 = wp::load(var_26);
        var_27 = wp::sub(var_5, var_28);
        // dist = wp.length(r_ij)                                                             <L 74>
        var_29 = wp::length(var_27);
        // if dist >= smoothing_length or dist == 0.0:                                        <L 75>
        var_31 = (var_29 >= var_smoothing_length);
        var_30 = var_31;
        if (!var_30) {
            var_33 = (var_29 == var_32);
            var_30 = var_30 || var_33;
        }
        if (var_30) {
            // continue                                                                       <L 76>
            goto start_for_1;
        }
        // if wp.static(smoothing == SmoothingKernel.SPIKY):                                  <L 77>
        // elif wp.static(smoothing == SmoothingKernel.CUBIC):                                <L 79>
        // grad_w = wendland_grad(r_ij, dist, smoothing_length)                               <L 82>
        var_36 = wendland_grad_0(var_27, var_29, var_smoothing_length);
        // num_neighbors += 1                                                                 <L 83>
        var_38 = wp::add(var_23, var_37);
        // rho_j = particle_rho[j]                                                            <L 84>
        var_39 = wp::address(var_particle_rho, var_25);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // fluid_j = fluid_phases[particle_phase[j]]                                          <L 85>
        var_42 = wp::address(var_particle_phase, var_25);
        var_43 = wp::load(var_42);
        var_44 = wp::address(var_fluid_phases, var_43);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // m_j = fluid_j[3]                                                                   <L 86>
        var_48 = wp::extract(var_45, var_47);
        // p_j = phase_pressure(rho_j, fluid_j)                                               <L 87>
        var_49 = phase_pressure_0(var_40, var_45);
        // f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                           <L 88>
        var_50 = wp::mul(var_40, var_40);
        var_51 = wp::div(var_49, var_50);
        var_52 = wp::add(var_20, var_51);
        var_53 = wp::mul(var_48, var_52);
        var_54 = wp::mul(var_36, var_53);
        var_55 = wp::sub(var_21, var_54);
        // mu = 0.5 * (fluid_i[2] + fluid_j[2])                                               <L 89>
        var_58 = wp::extract(var_16, var_57);
        var_60 = wp::extract(var_45, var_59);
        var_61 = wp::add(var_58, var_60);
        var_62 = wp::mul(var_56, var_61);
        // f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)       <L 90>
        var_63 = wp::address(var_particle_v, var_25);
        var_65 = wp::load(var_63);
        var_64 = wp::sub(var_65, var_8);
        var_67 = wp::mul(var_66, var_62);
        var_68 = wp::mul(var_67, var_48);
        var_69 = wp::mul(var_11, var_40);
        var_70 = wp::div(var_68, var_69);
        var_71 = wp::length(var_36);
        var_72 = wp::mul(var_70, var_71);
        var_73 = wp::div(var_72, var_29);
        var_74 = wp::mul(var_64, var_73);
        var_75 = wp::add(var_55, var_74);
        wp::assign(var_21, var_75);
        wp::assign(var_23, var_38);
        wp::adj_assign(var_23, var_38, adj_23, adj_38);
        wp::adj_assign(var_21, var_75, adj_21, adj_75);
        wp::adj_add(var_55, var_74, adj_55, adj_74, adj_75);
        wp::adj_mul(var_64, var_73, adj_64, adj_73, adj_74);
        wp::adj_div(var_72, var_29, var_73, adj_72, adj_29, adj_73);
        wp::adj_mul(var_70, var_71, adj_70, adj_71, adj_72);
        wp::adj_length(var_36, var_71, adj_36, adj_71);
        wp::adj_div(var_68, var_69, var_70, adj_68, adj_69, adj_70);
        wp::adj_mul(var_11, var_40, adj_11, adj_40, adj_69);
        wp::adj_mul(var_67, var_48, adj_67, adj_48, adj_68);
        wp::adj_mul(var_66, var_62, adj_66, adj_62, adj_67);
        wp::adj_sub(var_65, var_8, adj_63, adj_8, adj_64);
        wp::adj_address(var_particle_v, var_25, adj_particle_v, adj_25, adj_63);
        // adj: f += (particle_v[j] - v_i) * (2.0 * mu * m_j / (rho_i * rho_j) * wp.length(grad_w) / dist)  <L 90>
        wp::adj_mul(var_56, var_61, adj_56, adj_61, adj_62);
        wp::adj_add(var_58, var_60, adj_58, adj_60, adj_61);
        wp::adj_extract(var_45, var_59, adj_45, adj_59, adj_60);
        wp::adj_extract(var_16, var_57, adj_16, adj_57, adj_58);
        // adj: mu = 0.5 * (fluid_i[2] + fluid_j[2])                                          <L 89>
        wp::adj_sub(var_21, var_54, adj_21, adj_54, adj_55);
        wp::adj_mul(var_36, var_53, adj_36, adj_53, adj_54);
        wp::adj_mul(var_48, var_52, adj_48, adj_52, adj_53);
        wp::adj_add(var_20, var_51, adj_20, adj_51, adj_52);
        wp::adj_div(var_49, var_50, var_51, adj_49, adj_50, adj_51);
        wp::adj_mul(var_40, var_40, adj_40, adj_40, adj_50);
        // adj: f -= grad_w * (m_j * (p_rho2_i + p_j / (rho_j * rho_j)))                      <L 88>
        adj_phase_pressure_0(var_40, var_45, adj_40, adj_45, adj_49);
        // adj: p_j = phase_pressure(rho_j, fluid_j)                                          <L 87>
        wp::adj_extract(var_45, var_47, adj_45, adj_47, adj_48);
        // adj: m_j = fluid_j[3]                                                              <L 86>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_fluid_phases, var_43, adj_fluid_phases, adj_43, adj_44);
        wp::adj_address(var_particle_phase, var_25, adj_particle_phase, adj_25, adj_42);
        // adj: fluid_j = fluid_phases[particle_phase[j]]                                     <L 85>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_particle_rho, var_25, adj_particle_rho, adj_25, adj_39);
        // adj: rho_j = particle_rho[j]                                                       <L 84>
        wp::adj_add(var_23, var_37, adj_23, adj_37, adj_38);
        // adj: num_neighbors += 1                                                            <L 83>
        adj_wendland_grad_0(var_27, var_29, var_smoothing_length, adj_27, adj_29, adj_smoothing_length, adj_36);
        // adj: grad_w = wendland_grad(r_ij, dist, smoothing_length)                          <L 82>
        // adj: elif wp.static(smoothing == SmoothingKernel.CUBIC):                           <L 79>
        // adj: if wp.static(smoothing == SmoothingKernel.SPIKY):                             <L 77>
        if (var_30) {
            // adj: continue                                                                  <L 76>
        }
        if (!var_30) {
        }
        // adj: if dist >= smoothing_length or dist == 0.0:                                   <L 75>
        wp::adj_length(var_27, var_29, adj_27, adj_29);
        // adj: dist = wp.length(r_ij)                                                        <L 74>
        wp::adj_sub(var_5, var_28, adj_5, adj_26, adj_27);
        wp::adj_address(var_particle_x, var_25, adj_particle_x, adj_25, adj_26);
        // adj: r_ij = pos_i - particle_x[j]                                                  <L 73>
    	goto start_for_1;
    end_for_1:;
    // adj: for j in wp.hash_grid_query(grid, pos_i, smoothing_length):                       <L 72>
    // adj: num_neighbors = int(0)                                                            <L 71>
    // adj: f = wp.vec3()                                                                     <L 70>
    wp::adj_div(var_18, var_19, var_20, adj_18, adj_19, adj_20);
    wp::adj_mul(var_11, var_11, adj_11, adj_11, adj_19);
    // adj: p_rho2_i = p_i / (rho_i * rho_i)                                                  <L 69>
    adj_phase_pressure_0(var_11, var_16, adj_11, adj_16, adj_18);
    // adj: p_i = phase_pressure(rho_i, fluid_i)                                              <L 68>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_fluid_phases, var_14, adj_fluid_phases, adj_14, adj_15);
    wp::adj_address(var_particle_phase, var_1, adj_particle_phase, adj_1, adj_13);
    // adj: fluid_i = fluid_phases[particle_phase[i]]                                         <L 67>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_rho, var_1, adj_particle_rho, adj_1, adj_10);
    // adj: rho_i = particle_rho[i]                                                           <L 66>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_particle_v, var_1, adj_particle_v, adj_1, adj_7);
    // adj: v_i = particle_v[i]                                                               <L 65>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_x, var_1, adj_particle_x, adj_1, adj_4);
    // adj: pos_i = particle_x[i]                                                             <L 64>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 63>
    }
    // adj: if i == -1:                                                                       <L 62>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 61>
    // adj: tid = wp.tid()                                                                    <L 60>
    // adj: def sph_pressure_viscosity(                                                       <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args)
{
    create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->fluid_phases.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_rho.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_phase.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_a.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->neighbor_counts.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_args,
    wp_args_create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3 *_wp_adj_args)
{
    create_sph_pressure_viscosity_kernel__locals__sph_pressure_viscosity_973272b3_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_neighbor_count_bf9a418d {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 particle_radius;
    wp::array_t<wp::int32> num_neighbors;
};


template <bool wp_linear_contiguous>
static void neighbor_count_bf9a418d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_count_bf9a418d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_count_bf9a418d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_neighbors.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_num_neighbors = _wp_args->num_neighbors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::hash_grid_query_f var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // forward
    // def neighbor_count(                                                                    <L 100>
    // tid = wp.tid()                                                                         <L 106>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 107>
    var_1 = wp::copy(var_0);
    // x = positions[i]                                                                       <L 108>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r_sq = particle_radius * particle_radius                                               <L 109>
    var_5 = wp::mul(var_particle_radius, var_particle_radius);
    // count = int(0)                                                                         <L 110>
    var_7 = wp::int(var_6);
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 111>
    var_8 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // if wp.length_sq(x - positions[j]) <= r_sq:                                         <L 112>
        var_10 = wp::address(var_positions, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_3, var_12);
        var_13 = wp::length_sq(var_11);
        var_14 = (var_13 <= var_5);
        if (var_14) {
            // count += 1                                                                     <L 113>
            var_16 = wp::add(var_7, var_15);
        }
        var_17 = wp::where(var_14, var_16, var_7);
        wp::assign(var_7, var_17);
        goto start_for_0;
    end_for_0:;
    // num_neighbors[i] = count - 1                                                           <L 115>
    var_19 = wp::sub(var_7, var_18);
    wp::array_store(var_num_neighbors, var_1, var_19);
}



template <bool wp_linear_contiguous>
static void neighbor_count_bf9a418d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_count_bf9a418d *_wp_args,
    wp_args_neighbor_count_bf9a418d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_neighbor_count_bf9a418d wp_contiguous_args;
    wp_args_neighbor_count_bf9a418d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.num_neighbors.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_neighbors.strides[0] = sizeof(wp::int32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_num_neighbors = _wp_args->num_neighbors;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_num_neighbors = _wp_adj_args->num_neighbors;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    wp::hash_grid_query_f var_8;
    wp::int32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    bool var_14;
    const wp::int32 var_15 = 1;
    wp::int32 var_16;
    wp::int32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::hash_grid_query_f adj_8 = {};
    wp::int32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def neighbor_count(                                                                    <L 100>
    // tid = wp.tid()                                                                         <L 106>
    var_0 = builtin_tid1d();
    // i = tid                                                                                <L 107>
    var_1 = wp::copy(var_0);
    // x = positions[i]                                                                       <L 108>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r_sq = particle_radius * particle_radius                                               <L 109>
    var_5 = wp::mul(var_particle_radius, var_particle_radius);
    // count = int(0)                                                                         <L 110>
    var_7 = wp::int(var_6);
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 111>
    var_8 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    // num_neighbors[i] = count - 1                                                           <L 115>
    var_19 = wp::sub(var_7, var_18);
    // wp::array_store(var_num_neighbors, var_1, var_19);
    //---------
    // reverse
    wp::adj_array_store(var_num_neighbors, var_1, var_19, adj_num_neighbors, adj_1, adj_19);
    wp::adj_sub(var_7, var_18, adj_7, adj_18, adj_19);
    // adj: num_neighbors[i] = count - 1                                                      <L 115>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
        // if wp.length_sq(x - positions[j]) <= r_sq:                                         <L 112>
        var_10 = wp::address(var_positions, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_3, var_12);
        var_13 = wp::length_sq(var_11);
        var_14 = (var_13 <= var_5);
        if (var_14) {
            // count += 1                                                                     <L 113>
            var_16 = wp::add(var_7, var_15);
        }
        var_17 = wp::where(var_14, var_16, var_7);
        wp::assign(var_7, var_17);
        wp::adj_assign(var_7, var_17, adj_7, adj_17);
        wp::adj_where(var_14, var_16, var_7, adj_14, adj_16, adj_7, adj_17);
        if (var_14) {
            wp::adj_add(var_7, var_15, adj_7, adj_15, adj_16);
            // adj: count += 1                                                                <L 113>
        }
        wp::adj_length_sq(var_11, adj_11, adj_13);
        wp::adj_sub(var_3, var_12, adj_3, adj_10, adj_11);
        wp::adj_address(var_positions, var_9, adj_positions, adj_9, adj_10);
        // adj: if wp.length_sq(x - positions[j]) <= r_sq:                                    <L 112>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 111>
    // adj: count = int(0)                                                                    <L 110>
    wp::adj_mul(var_particle_radius, var_particle_radius, adj_particle_radius, adj_particle_radius, adj_5);
    // adj: r_sq = particle_radius * particle_radius                                          <L 109>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 108>
    wp::adj_copy(var_0, adj_0, adj_1);
    // adj: i = tid                                                                           <L 107>
    // adj: tid = wp.tid()                                                                    <L 106>
    // adj: def neighbor_count(                                                               <L 100>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_count_bf9a418d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_bf9a418d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_count_bf9a418d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void neighbor_count_bf9a418d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_bf9a418d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_neighbors.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        neighbor_count_bf9a418d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        neighbor_count_bf9a418d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_count_bf9a418d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_bf9a418d *_wp_args)
{
    neighbor_count_bf9a418d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void neighbor_count_bf9a418d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_bf9a418d *_wp_args,
    wp_args_neighbor_count_bf9a418d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        neighbor_count_bf9a418d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void neighbor_count_bf9a418d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_bf9a418d *_wp_args,
    wp_args_neighbor_count_bf9a418d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->num_neighbors.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_neighbors.strides[0] == (int)sizeof(wp::int32)));
    if (wp_linear_contiguous)
        neighbor_count_bf9a418d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        neighbor_count_bf9a418d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void neighbor_count_bf9a418d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_count_bf9a418d *_wp_args,
    wp_args_neighbor_count_bf9a418d *_wp_adj_args)
{
    neighbor_count_bf9a418d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

