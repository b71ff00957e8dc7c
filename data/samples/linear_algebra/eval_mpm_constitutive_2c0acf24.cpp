// Warp 1.19.0 cpu code for eval_mpm_constitutive_2c0acf24.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_mpm_constitutive.py:14
static wp::vec_t<2, wp::float32> lame_parameters_0(
    wp::float32 var_E,
    wp::float32 var_nu)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.45;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<2, wp::float32> var_17;
    //---------
    // forward
    // def lame_parameters(E: float, nu: float) -> wp.vec2:                                   <L 15>
    // nu_c = wp.clamp(nu, 0.0, 0.45)                                                         <L 17>
    var_2 = wp::clamp(var_nu, var_0, var_1);
    // return wp.vec2(E / (2.0 * (1.0 + nu_c)), E * nu_c / ((1.0 + nu_c) * (1.0 - 2.0 * nu_c)))       <L 18>
    var_5 = wp::add(var_4, var_2);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::div(var_E, var_6);
    var_8 = wp::mul(var_E, var_2);
    var_10 = wp::add(var_9, var_2);
    var_13 = wp::mul(var_12, var_2);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::mul(var_10, var_14);
    var_16 = wp::div(var_8, var_15);
    var_17 = wp::vec_t<2, wp::float32>(var_7, var_16);
    return var_17;
}


// eval_mpm_constitutive.py:14
static void adj_lame_parameters_0(
    wp::float32 var_E,
    wp::float32 var_nu,
    wp::float32 & adj_E,
    wp::float32 & adj_nu,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::float32 var_1 = 0.45;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::float32 var_9 = 1.0;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<2, wp::float32> var_17;
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
    wp::vec_t<2, wp::float32> adj_17 = {};
    //---------
    // forward
    // def lame_parameters(E: float, nu: float) -> wp.vec2:                                   <L 15>
    // nu_c = wp.clamp(nu, 0.0, 0.45)                                                         <L 17>
    var_2 = wp::clamp(var_nu, var_0, var_1);
    // return wp.vec2(E / (2.0 * (1.0 + nu_c)), E * nu_c / ((1.0 + nu_c) * (1.0 - 2.0 * nu_c)))       <L 18>
    var_5 = wp::add(var_4, var_2);
    var_6 = wp::mul(var_3, var_5);
    var_7 = wp::div(var_E, var_6);
    var_8 = wp::mul(var_E, var_2);
    var_10 = wp::add(var_9, var_2);
    var_13 = wp::mul(var_12, var_2);
    var_14 = wp::sub(var_11, var_13);
    var_15 = wp::mul(var_10, var_14);
    var_16 = wp::div(var_8, var_15);
    var_17 = wp::vec_t<2, wp::float32>(var_7, var_16);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_17 += adj_ret;
    wp::adj_vec_t(var_7, var_16, adj_7, adj_16, adj_17);
    wp::adj_div(var_8, var_15, var_16, adj_8, adj_15, adj_16);
    wp::adj_mul(var_10, var_14, adj_10, adj_14, adj_15);
    wp::adj_sub(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_mul(var_12, var_2, adj_12, adj_2, adj_13);
    wp::adj_add(var_9, var_2, adj_9, adj_2, adj_10);
    wp::adj_mul(var_E, var_2, adj_E, adj_2, adj_8);
    wp::adj_div(var_E, var_6, var_7, adj_E, adj_6, adj_7);
    wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_add(var_4, var_2, adj_4, adj_2, adj_5);
    // adj: return wp.vec2(E / (2.0 * (1.0 + nu_c)), E * nu_c / ((1.0 + nu_c) * (1.0 - 2.0 * nu_c)))  <L 18>
    wp::adj_clamp(var_nu, var_0, var_1, adj_nu, adj_0, adj_1, adj_2);
    // adj: nu_c = wp.clamp(nu, 0.0, 0.45)                                                    <L 17>
    // adj: def lame_parameters(E: float, nu: float) -> wp.vec2:                              <L 15>
    return;
}

struct wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f {
    wp::array_t<wp::vec_t<4, wp::float32>> mpm_materials;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> particle_F;
    wp::array_t<wp::int32> material_ids;
    wp::array_t<wp::float32> particle_mass;
    wp::array_t<wp::float32> particle_vol;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> stress_out;
    wp::array_t<wp::float32> potential_energy;
};


template <bool wp_linear_contiguous>
static void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.mpm_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_F.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.material_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_vol.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.stress_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.potential_energy.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_mpm_materials = _wp_args->mpm_materials;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_particle_F = _wp_args->particle_F;
    wp::array_t<wp::int32> var_material_ids = _wp_args->material_ids;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::array_t<wp::float32> var_particle_vol = _wp_args->particle_vol;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stress_out = _wp_args->stress_out;
    wp::array_t<wp::float32> var_potential_energy = _wp_args->potential_energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::vec_t<4, wp::float32>* var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::mat_t<3, 3, wp::float32>* var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 3;
    wp::mat_t<3, 3, wp::float32> var_24;
    const bool var_25 = true;
    const wp::float32 var_26 = 0.0001;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::float32 var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    wp::mat_t<3, 3, wp::float32> var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 0;
    const wp::float32 var_43 = 0.25;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::mat_t<3, 3, wp::float32> var_49;
    //---------
    // forward
    // def eval_mpm_constitutive(                                                             <L 23>
    // p = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // if particle_mass[p] <= 0.0:                                                            <L 33>
    var_1 = wp::address(var_particle_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 <= var_2);
    if (var_3) {
        // return                                                                             <L 34>
        return;
    }
    // props = mpm_materials[material_ids[p]]                                                 <L 35>
    var_5 = wp::address(var_material_ids, var_0);
    var_6 = wp::load(var_5);
    var_7 = wp::address(var_mpm_materials, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // lame = lame_parameters(props[0], props[1])                                             <L 36>
    var_11 = wp::extract(var_8, var_10);
    var_13 = wp::extract(var_8, var_12);
    var_14 = lame_parameters_0(var_11, var_13);
    // mu = lame[0]                                                                           <L 37>
    var_16 = wp::extract(var_14, var_15);
    // lam = lame[1]                                                                          <L 38>
    var_18 = wp::extract(var_14, var_17);
    // F_p = particle_F[p]                                                                    <L 39>
    var_19 = wp::address(var_particle_F, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // J = wp.determinant(F_p)                                                                <L 40>
    var_22 = wp::determinant(var_20);
    // I = wp.identity(n=3, dtype=float)                                                      <L 41>
    var_24 = wp::identity<3, wp::float32>();
    // if wp.static(model == MaterialModel.NEO_HOOKEAN):                                      <L 42>
    // log_J = wp.log(wp.max(J, 1.0e-4))                                                      <L 43>
    var_27 = wp::max(var_22, var_26);
    var_28 = wp::log(var_27);
    // tau = (F_p * wp.transpose(F_p) - I) * mu + I * (lam * log_J)                           <L 44>
    var_29 = wp::transpose(var_20);
    var_30 = wp::mul(var_20, var_29);
    var_31 = wp::sub(var_30, var_24);
    var_32 = wp::mul(var_31, var_16);
    var_33 = wp::mul(var_18, var_28);
    var_34 = wp::mul(var_24, var_33);
    var_35 = wp::add(var_32, var_34);
    // E_green = wp.transpose(F_p) * F_p - I                                                  <L 54>
    var_36 = wp::transpose(var_20);
    var_37 = wp::mul(var_36, var_20);
    var_38 = wp::sub(var_37, var_24);
    // V_p = particle_vol[p]                                                                  <L 55>
    var_39 = wp::address(var_particle_vol, var_0);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // wp.atomic_add(potential_energy, 0, 0.25 * mu * V_p * wp.ddot(E_green, E_green))        <L 56>
    var_44 = wp::mul(var_43, var_16);
    var_45 = wp::mul(var_44, var_40);
    var_46 = wp::ddot(var_38, var_38);
    var_47 = wp::mul(var_45, var_46);
    var_48 = wp::atomic_add(var_potential_energy, var_42, var_47);
    // stress_out[p] = tau * V_p                                                              <L 57>
    var_49 = wp::mul(var_35, var_40);
    wp::array_store(var_stress_out, var_0, var_49);
}



template <bool wp_linear_contiguous>
static void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f wp_contiguous_args;
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.mpm_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.mpm_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_F.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.particle_F.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.material_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.material_ids.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_vol.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_vol.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.stress_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.stress_out.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.potential_energy.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.potential_energy.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_mpm_materials = _wp_args->mpm_materials;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_particle_F = _wp_args->particle_F;
    wp::array_t<wp::int32> var_material_ids = _wp_args->material_ids;
    wp::array_t<wp::float32> var_particle_mass = _wp_args->particle_mass;
    wp::array_t<wp::float32> var_particle_vol = _wp_args->particle_vol;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stress_out = _wp_args->stress_out;
    wp::array_t<wp::float32> var_potential_energy = _wp_args->potential_energy;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_mpm_materials = _wp_adj_args->mpm_materials;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_particle_F = _wp_adj_args->particle_F;
    wp::array_t<wp::int32> adj_material_ids = _wp_adj_args->material_ids;
    wp::array_t<wp::float32> adj_particle_mass = _wp_adj_args->particle_mass;
    wp::array_t<wp::float32> adj_particle_vol = _wp_adj_args->particle_vol;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_stress_out = _wp_adj_args->stress_out;
    wp::array_t<wp::float32> adj_potential_energy = _wp_adj_args->potential_energy;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::vec_t<4, wp::float32>* var_7;
    wp::vec_t<4, wp::float32> var_8;
    wp::vec_t<4, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::vec_t<2, wp::float32> var_14;
    const wp::int32 var_15 = 0;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    wp::float32 var_18;
    wp::mat_t<3, 3, wp::float32>* var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 3;
    wp::mat_t<3, 3, wp::float32> var_24;
    const bool var_25 = true;
    const wp::float32 var_26 = 0.0001;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::float32 var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    wp::mat_t<3, 3, wp::float32> var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 0;
    const wp::float32 var_43 = 0.25;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::mat_t<3, 3, wp::float32> var_49;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<4, wp::float32> adj_7 = {};
    wp::vec_t<4, wp::float32> adj_8 = {};
    wp::vec_t<4, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<2, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::float32 adj_33 = {};
    wp::mat_t<3, 3, wp::float32> adj_34 = {};
    wp::mat_t<3, 3, wp::float32> adj_35 = {};
    wp::mat_t<3, 3, wp::float32> adj_36 = {};
    wp::mat_t<3, 3, wp::float32> adj_37 = {};
    wp::mat_t<3, 3, wp::float32> adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::mat_t<3, 3, wp::float32> adj_49 = {};
    //---------
    // forward
    // def eval_mpm_constitutive(                                                             <L 23>
    // p = wp.tid()                                                                           <L 32>
    var_0 = builtin_tid1d();
    // if particle_mass[p] <= 0.0:                                                            <L 33>
    var_1 = wp::address(var_particle_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 <= var_2);
    if (var_3) {
        // return                                                                             <L 34>
        goto label0;
    }
    // props = mpm_materials[material_ids[p]]                                                 <L 35>
    var_5 = wp::address(var_material_ids, var_0);
    var_6 = wp::load(var_5);
    var_7 = wp::address(var_mpm_materials, var_6);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // lame = lame_parameters(props[0], props[1])                                             <L 36>
    var_11 = wp::extract(var_8, var_10);
    var_13 = wp::extract(var_8, var_12);
    var_14 = lame_parameters_0(var_11, var_13);
    // mu = lame[0]                                                                           <L 37>
    var_16 = wp::extract(var_14, var_15);
    // lam = lame[1]                                                                          <L 38>
    var_18 = wp::extract(var_14, var_17);
    // F_p = particle_F[p]                                                                    <L 39>
    var_19 = wp::address(var_particle_F, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // J = wp.determinant(F_p)                                                                <L 40>
    var_22 = wp::determinant(var_20);
    // I = wp.identity(n=3, dtype=float)                                                      <L 41>
    var_24 = wp::identity<3, wp::float32>();
    // if wp.static(model == MaterialModel.NEO_HOOKEAN):                                      <L 42>
    // log_J = wp.log(wp.max(J, 1.0e-4))                                                      <L 43>
    var_27 = wp::max(var_22, var_26);
    var_28 = wp::log(var_27);
    // tau = (F_p * wp.transpose(F_p) - I) * mu + I * (lam * log_J)                           <L 44>
    var_29 = wp::transpose(var_20);
    var_30 = wp::mul(var_20, var_29);
    var_31 = wp::sub(var_30, var_24);
    var_32 = wp::mul(var_31, var_16);
    var_33 = wp::mul(var_18, var_28);
    var_34 = wp::mul(var_24, var_33);
    var_35 = wp::add(var_32, var_34);
    // E_green = wp.transpose(F_p) * F_p - I                                                  <L 54>
    var_36 = wp::transpose(var_20);
    var_37 = wp::mul(var_36, var_20);
    var_38 = wp::sub(var_37, var_24);
    // V_p = particle_vol[p]                                                                  <L 55>
    var_39 = wp::address(var_particle_vol, var_0);
    var_41 = wp::load(var_39);
    var_40 = wp::copy(var_41);
    // wp.atomic_add(potential_energy, 0, 0.25 * mu * V_p * wp.ddot(E_green, E_green))        <L 56>
    var_44 = wp::mul(var_43, var_16);
    var_45 = wp::mul(var_44, var_40);
    var_46 = wp::ddot(var_38, var_38);
    var_47 = wp::mul(var_45, var_46);
    // var_48 = wp::atomic_add(var_potential_energy, var_42, var_47);
    // stress_out[p] = tau * V_p                                                              <L 57>
    var_49 = wp::mul(var_35, var_40);
    // wp::array_store(var_stress_out, var_0, var_49);
    //---------
    // reverse
    wp::adj_array_store(var_stress_out, var_0, var_49, adj_stress_out, adj_0, adj_49);
    wp::adj_mul(var_35, var_40, adj_35, adj_40, adj_49);
    // adj: stress_out[p] = tau * V_p                                                         <L 57>
    wp::adj_atomic_add(var_potential_energy, var_42, var_47, adj_potential_energy, adj_42, adj_47, adj_48);
    wp::adj_mul(var_45, var_46, adj_45, adj_46, adj_47);
    wp::adj_ddot(var_38, var_38, adj_38, adj_38, adj_46);
    wp::adj_mul(var_44, var_40, adj_44, adj_40, adj_45);
    wp::adj_mul(var_43, var_16, adj_43, adj_16, adj_44);
    // adj: wp.atomic_add(potential_energy, 0, 0.25 * mu * V_p * wp.ddot(E_green, E_green))   <L 56>
    wp::adj_copy(var_41, adj_39, adj_40);
    wp::adj_address(var_particle_vol, var_0, adj_particle_vol, adj_0, adj_39);
    // adj: V_p = particle_vol[p]                                                             <L 55>
    wp::adj_sub(var_37, var_24, adj_37, adj_24, adj_38);
    wp::adj_mul(var_36, var_20, adj_36, adj_20, adj_37);
    wp::adj_transpose(var_20, adj_20, adj_36);
    // adj: E_green = wp.transpose(F_p) * F_p - I                                             <L 54>
    wp::adj_add(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_mul(var_24, var_33, adj_24, adj_33, adj_34);
    wp::adj_mul(var_18, var_28, adj_18, adj_28, adj_33);
    wp::adj_mul(var_31, var_16, adj_31, adj_16, adj_32);
    wp::adj_sub(var_30, var_24, adj_30, adj_24, adj_31);
    wp::adj_mul(var_20, var_29, adj_20, adj_29, adj_30);
    wp::adj_transpose(var_20, adj_20, adj_29);
    // adj: tau = (F_p * wp.transpose(F_p) - I) * mu + I * (lam * log_J)                      <L 44>
    wp::adj_log(var_27, adj_27, adj_28);
    wp::adj_max(var_22, var_26, adj_22, adj_26, adj_27);
    // adj: log_J = wp.log(wp.max(J, 1.0e-4))                                                 <L 43>
    // adj: if wp.static(model == MaterialModel.NEO_HOOKEAN):                                 <L 42>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 41>
    wp::adj_determinant(var_20, adj_20, adj_22);
    // adj: J = wp.determinant(F_p)                                                           <L 40>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_particle_F, var_0, adj_particle_F, adj_0, adj_19);
    // adj: F_p = particle_F[p]                                                               <L 39>
    wp::adj_extract(var_14, var_17, adj_14, adj_17, adj_18);
    // adj: lam = lame[1]                                                                     <L 38>
    wp::adj_extract(var_14, var_15, adj_14, adj_15, adj_16);
    // adj: mu = lame[0]                                                                      <L 37>
    adj_lame_parameters_0(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_extract(var_8, var_12, adj_8, adj_12, adj_13);
    wp::adj_extract(var_8, var_10, adj_8, adj_10, adj_11);
    // adj: lame = lame_parameters(props[0], props[1])                                        <L 36>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_mpm_materials, var_6, adj_mpm_materials, adj_6, adj_7);
    wp::adj_address(var_material_ids, var_0, adj_material_ids, adj_0, adj_5);
    // adj: props = mpm_materials[material_ids[p]]                                            <L 35>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 34>
    }
    wp::adj_address(var_particle_mass, var_0, adj_particle_mass, adj_0, adj_1);
    // adj: if particle_mass[p] <= 0.0:                                                       <L 33>
    // adj: p = wp.tid()                                                                      <L 32>
    // adj: def eval_mpm_constitutive(                                                        <L 23>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->mpm_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_F.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->material_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_vol.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->stress_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->potential_energy.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args)
{
    create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->mpm_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->mpm_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_F.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->particle_F.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->material_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->material_ids.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_vol.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_vol.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->stress_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->stress_out.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->potential_energy.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->potential_energy.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_args,
    wp_args_create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f *_wp_adj_args)
{
    create_eval_mpm_constitutive_kernel__locals__eval_mpm_constitutive_5ad24b6f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_map_matrices_7577652a {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> jacobians;
};


template <bool wp_linear_contiguous>
static void map_matrices_7577652a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_map_matrices_7577652a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_map_matrices_7577652a wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.jacobians.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_jacobians = _wp_args->jacobians;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    //---------
    // forward
    // def map_matrices(jacobians: wp.array(dtype=wp.mat33)):                                 <L 65>
    // tid = wp.tid()                                                                         <L 66>
    var_0 = builtin_tid1d();
    // A = jacobians[tid]                                                                     <L 67>
    var_1 = wp::address(var_jacobians, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // jacobians[tid] = wp.transpose(A)                                                       <L 68>
    var_4 = wp::transpose(var_2);
    wp::array_store(var_jacobians, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void map_matrices_7577652a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_map_matrices_7577652a *_wp_args,
    wp_args_map_matrices_7577652a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_map_matrices_7577652a wp_contiguous_args;
    wp_args_map_matrices_7577652a wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.jacobians.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.jacobians.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_jacobians = _wp_args->jacobians;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_jacobians = _wp_adj_args->jacobians;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def map_matrices(jacobians: wp.array(dtype=wp.mat33)):                                 <L 65>
    // tid = wp.tid()                                                                         <L 66>
    var_0 = builtin_tid1d();
    // A = jacobians[tid]                                                                     <L 67>
    var_1 = wp::address(var_jacobians, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // jacobians[tid] = wp.transpose(A)                                                       <L 68>
    var_4 = wp::transpose(var_2);
    // wp::array_store(var_jacobians, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_jacobians, var_0, var_4, adj_jacobians, adj_0, adj_4);
    wp::adj_transpose(var_2, adj_2, adj_4);
    // adj: jacobians[tid] = wp.transpose(A)                                                  <L 68>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_jacobians, var_0, adj_jacobians, adj_0, adj_1);
    // adj: A = jacobians[tid]                                                                <L 67>
    // adj: tid = wp.tid()                                                                    <L 66>
    // adj: def map_matrices(jacobians: wp.array(dtype=wp.mat33)):                            <L 65>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void map_matrices_7577652a_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_map_matrices_7577652a *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        map_matrices_7577652a_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void map_matrices_7577652a_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_map_matrices_7577652a *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->jacobians.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        map_matrices_7577652a_cpu_forward_tasks<true>(dim, _wp_args);
    else
        map_matrices_7577652a_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void map_matrices_7577652a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_map_matrices_7577652a *_wp_args)
{
    map_matrices_7577652a_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void map_matrices_7577652a_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_map_matrices_7577652a *_wp_args,
    wp_args_map_matrices_7577652a *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        map_matrices_7577652a_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void map_matrices_7577652a_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_map_matrices_7577652a *_wp_args,
    wp_args_map_matrices_7577652a *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->jacobians.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->jacobians.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        map_matrices_7577652a_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        map_matrices_7577652a_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void map_matrices_7577652a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_map_matrices_7577652a *_wp_args,
    wp_args_map_matrices_7577652a *_wp_adj_args)
{
    map_matrices_7577652a_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

