// Warp 1.19.0 cuda code for mpm_particle_stress_cf9d2b0c.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// mpm_particle_stress.py:14
static CUDA_CALLABLE wp::vec_t<2, wp::float32> lame_parameters_0(
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


// mpm_particle_stress.py:14
static CUDA_CALLABLE void adj_lame_parameters_0(
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



extern "C" __global__ void create_mpm_particle_stress_kernel__locals__mpm_particle_stress_0d59b961_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_mpm_materials,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_particle_F,
    wp::array_t<wp::float32> var_particle_mass,
    wp::array_t<wp::float32> var_particle_vol,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stress_out,
    wp::array_t<wp::float32> var_potential_energy)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<4, wp::float32>* var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::vec_t<4, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::mat_t<3, 3, wp::float32>* var_17;
        wp::mat_t<3, 3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 3;
        wp::mat_t<3, 3, wp::float32> var_22;
        const bool var_23 = false;
        const bool var_24 = true;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        const wp::float32 var_33 = 2.0;
        wp::float32 var_34;
        wp::mat_t<3, 3, wp::float32> var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::mat_t<3, 3, wp::float32> var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::mat_t<3, 3, wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 0;
        const wp::float32 var_49 = 0.25;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::mat_t<3, 3, wp::float32> var_55;
        //---------
        // forward
        // def mpm_particle_stress(                                                               <L 23>
        // p = wp.tid()                                                                           <L 32>
        var_0 = builtin_tid1d();
        // if particle_mass[p] <= 0.0:                                                            <L 33>
        var_1 = wp::address(var_particle_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 <= var_2);
        if (var_3) {
            // return                                                                             <L 34>
            continue;
        }
        // props = mpm_materials[p]                                                               <L 35>
        var_5 = wp::address(var_mpm_materials, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // lame = lame_parameters(props[0], props[1])                                             <L 36>
        var_9 = wp::extract(var_6, var_8);
        var_11 = wp::extract(var_6, var_10);
        var_12 = lame_parameters_0(var_9, var_11);
        // k_mu = lame[0]                                                                         <L 37>
        var_14 = wp::extract(var_12, var_13);
        // k_lambda = lame[1]                                                                     <L 38>
        var_16 = wp::extract(var_12, var_15);
        // F_p = particle_F[p]                                                                    <L 39>
        var_17 = wp::address(var_particle_F, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // J = wp.determinant(F_p)                                                                <L 40>
        var_20 = wp::determinant(var_18);
        // I = wp.identity(n=3, dtype=float)                                                      <L 41>
        var_22 = wp::identity<3, wp::float32>();
        // if wp.static(model == MaterialModel.NEO_HOOKEAN):                                      <L 42>
        // elif wp.static(model == MaterialModel.COROTATED):                                      <L 45>
        // U = wp.mat33()                                                                         <L 46>
        var_25 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                      <L 47>
        var_26 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                         <L 48>
        var_27 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(F_p, U, sigma, V)                                                              <L 49>
        wp::svd3(var_18, var_25, var_26, var_27);
        // R = U * wp.transpose(V)                                                                <L 50>
        var_28 = wp::transpose(var_27);
        var_29 = wp::mul(var_25, var_28);
        // tau = (F_p - R) * wp.transpose(F_p) * (2.0 * k_mu) + I * (k_lambda * J * (J - 1.0))       <L 51>
        var_30 = wp::sub(var_18, var_29);
        var_31 = wp::transpose(var_18);
        var_32 = wp::mul(var_30, var_31);
        var_34 = wp::mul(var_33, var_14);
        var_35 = wp::mul(var_32, var_34);
        var_36 = wp::mul(var_16, var_20);
        var_38 = wp::sub(var_20, var_37);
        var_39 = wp::mul(var_36, var_38);
        var_40 = wp::mul(var_22, var_39);
        var_41 = wp::add(var_35, var_40);
        // E_green = wp.transpose(F_p) * F_p - I                                                  <L 54>
        var_42 = wp::transpose(var_18);
        var_43 = wp::mul(var_42, var_18);
        var_44 = wp::sub(var_43, var_22);
        // V_p = particle_vol[p]                                                                  <L 55>
        var_45 = wp::address(var_particle_vol, var_0);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // wp.atomic_add(potential_energy, 0, 0.25 * k_mu * V_p * wp.ddot(E_green, E_green))       <L 56>
        var_50 = wp::mul(var_49, var_14);
        var_51 = wp::mul(var_50, var_46);
        var_52 = wp::ddot(var_44, var_44);
        var_53 = wp::mul(var_51, var_52);
        var_54 = wp::atomic_add(var_potential_energy, var_48, var_53);
        // stress_out[p] = tau * V_p                                                              <L 57>
        var_55 = wp::mul(var_41, var_46);
        wp::array_store(var_stress_out, var_0, var_55);
    }
}



extern "C" __global__ void create_mpm_particle_stress_kernel__locals__mpm_particle_stress_0d59b961_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_mpm_materials,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_particle_F,
    wp::array_t<wp::float32> var_particle_mass,
    wp::array_t<wp::float32> var_particle_vol,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stress_out,
    wp::array_t<wp::float32> var_potential_energy,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_mpm_materials,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_particle_F,
    wp::array_t<wp::float32> adj_particle_mass,
    wp::array_t<wp::float32> adj_particle_vol,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_stress_out,
    wp::array_t<wp::float32> adj_potential_energy)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<4, wp::float32>* var_5;
        wp::vec_t<4, wp::float32> var_6;
        wp::vec_t<4, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        const wp::int32 var_10 = 1;
        wp::float32 var_11;
        wp::vec_t<2, wp::float32> var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::mat_t<3, 3, wp::float32>* var_17;
        wp::mat_t<3, 3, wp::float32> var_18;
        wp::mat_t<3, 3, wp::float32> var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 3;
        wp::mat_t<3, 3, wp::float32> var_22;
        const bool var_23 = false;
        const bool var_24 = true;
        wp::mat_t<3, 3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::mat_t<3, 3, wp::float32> var_27;
        wp::mat_t<3, 3, wp::float32> var_28;
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::mat_t<3, 3, wp::float32> var_30;
        wp::mat_t<3, 3, wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        const wp::float32 var_33 = 2.0;
        wp::float32 var_34;
        wp::mat_t<3, 3, wp::float32> var_35;
        wp::float32 var_36;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        wp::mat_t<3, 3, wp::float32> var_41;
        wp::mat_t<3, 3, wp::float32> var_42;
        wp::mat_t<3, 3, wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 0;
        const wp::float32 var_49 = 0.25;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::mat_t<3, 3, wp::float32> var_55;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<4, wp::float32> adj_5 = {};
        wp::vec_t<4, wp::float32> adj_6 = {};
        wp::vec_t<4, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::mat_t<3, 3, wp::float32> adj_17 = {};
        wp::mat_t<3, 3, wp::float32> adj_18 = {};
        wp::mat_t<3, 3, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::mat_t<3, 3, wp::float32> adj_22 = {};
        bool adj_23 = {};
        bool adj_24 = {};
        wp::mat_t<3, 3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::mat_t<3, 3, wp::float32> adj_27 = {};
        wp::mat_t<3, 3, wp::float32> adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        wp::mat_t<3, 3, wp::float32> adj_30 = {};
        wp::mat_t<3, 3, wp::float32> adj_31 = {};
        wp::mat_t<3, 3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::mat_t<3, 3, wp::float32> adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::mat_t<3, 3, wp::float32> adj_41 = {};
        wp::mat_t<3, 3, wp::float32> adj_42 = {};
        wp::mat_t<3, 3, wp::float32> adj_43 = {};
        wp::mat_t<3, 3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::int32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::float32 adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::mat_t<3, 3, wp::float32> adj_55 = {};
        //---------
        // forward
        // def mpm_particle_stress(                                                               <L 23>
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
        // props = mpm_materials[p]                                                               <L 35>
        var_5 = wp::address(var_mpm_materials, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // lame = lame_parameters(props[0], props[1])                                             <L 36>
        var_9 = wp::extract(var_6, var_8);
        var_11 = wp::extract(var_6, var_10);
        var_12 = lame_parameters_0(var_9, var_11);
        // k_mu = lame[0]                                                                         <L 37>
        var_14 = wp::extract(var_12, var_13);
        // k_lambda = lame[1]                                                                     <L 38>
        var_16 = wp::extract(var_12, var_15);
        // F_p = particle_F[p]                                                                    <L 39>
        var_17 = wp::address(var_particle_F, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // J = wp.determinant(F_p)                                                                <L 40>
        var_20 = wp::determinant(var_18);
        // I = wp.identity(n=3, dtype=float)                                                      <L 41>
        var_22 = wp::identity<3, wp::float32>();
        // if wp.static(model == MaterialModel.NEO_HOOKEAN):                                      <L 42>
        // elif wp.static(model == MaterialModel.COROTATED):                                      <L 45>
        // U = wp.mat33()                                                                         <L 46>
        var_25 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                      <L 47>
        var_26 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                         <L 48>
        var_27 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(F_p, U, sigma, V)                                                              <L 49>
        wp::svd3(var_18, var_25, var_26, var_27);
        // R = U * wp.transpose(V)                                                                <L 50>
        var_28 = wp::transpose(var_27);
        var_29 = wp::mul(var_25, var_28);
        // tau = (F_p - R) * wp.transpose(F_p) * (2.0 * k_mu) + I * (k_lambda * J * (J - 1.0))       <L 51>
        var_30 = wp::sub(var_18, var_29);
        var_31 = wp::transpose(var_18);
        var_32 = wp::mul(var_30, var_31);
        var_34 = wp::mul(var_33, var_14);
        var_35 = wp::mul(var_32, var_34);
        var_36 = wp::mul(var_16, var_20);
        var_38 = wp::sub(var_20, var_37);
        var_39 = wp::mul(var_36, var_38);
        var_40 = wp::mul(var_22, var_39);
        var_41 = wp::add(var_35, var_40);
        // E_green = wp.transpose(F_p) * F_p - I                                                  <L 54>
        var_42 = wp::transpose(var_18);
        var_43 = wp::mul(var_42, var_18);
        var_44 = wp::sub(var_43, var_22);
        // V_p = particle_vol[p]                                                                  <L 55>
        var_45 = wp::address(var_particle_vol, var_0);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // wp.atomic_add(potential_energy, 0, 0.25 * k_mu * V_p * wp.ddot(E_green, E_green))       <L 56>
        var_50 = wp::mul(var_49, var_14);
        var_51 = wp::mul(var_50, var_46);
        var_52 = wp::ddot(var_44, var_44);
        var_53 = wp::mul(var_51, var_52);
        // var_54 = wp::atomic_add(var_potential_energy, var_48, var_53);
        // stress_out[p] = tau * V_p                                                              <L 57>
        var_55 = wp::mul(var_41, var_46);
        // wp::array_store(var_stress_out, var_0, var_55);
        //---------
        // reverse
        wp::adj_array_store(var_stress_out, var_0, var_55, adj_stress_out, adj_0, adj_55);
        wp::adj_mul(var_41, var_46, adj_41, adj_46, adj_55);
        // adj: stress_out[p] = tau * V_p                                                         <L 57>
        wp::adj_atomic_add(var_potential_energy, var_48, var_53, adj_potential_energy, adj_48, adj_53, adj_54);
        wp::adj_mul(var_51, var_52, adj_51, adj_52, adj_53);
        wp::adj_ddot(var_44, var_44, adj_44, adj_44, adj_52);
        wp::adj_mul(var_50, var_46, adj_50, adj_46, adj_51);
        wp::adj_mul(var_49, var_14, adj_49, adj_14, adj_50);
        // adj: wp.atomic_add(potential_energy, 0, 0.25 * k_mu * V_p * wp.ddot(E_green, E_green))  <L 56>
        wp::adj_copy(var_47, adj_45, adj_46);
        wp::adj_address(var_particle_vol, var_0, adj_particle_vol, adj_0, adj_45);
        // adj: V_p = particle_vol[p]                                                             <L 55>
        wp::adj_sub(var_43, var_22, adj_43, adj_22, adj_44);
        wp::adj_mul(var_42, var_18, adj_42, adj_18, adj_43);
        wp::adj_transpose(var_18, adj_18, adj_42);
        // adj: E_green = wp.transpose(F_p) * F_p - I                                             <L 54>
        wp::adj_add(var_35, var_40, adj_35, adj_40, adj_41);
        wp::adj_mul(var_22, var_39, adj_22, adj_39, adj_40);
        wp::adj_mul(var_36, var_38, adj_36, adj_38, adj_39);
        wp::adj_sub(var_20, var_37, adj_20, adj_37, adj_38);
        wp::adj_mul(var_16, var_20, adj_16, adj_20, adj_36);
        wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_mul(var_33, var_14, adj_33, adj_14, adj_34);
        wp::adj_mul(var_30, var_31, adj_30, adj_31, adj_32);
        wp::adj_transpose(var_18, adj_18, adj_31);
        wp::adj_sub(var_18, var_29, adj_18, adj_29, adj_30);
        // adj: tau = (F_p - R) * wp.transpose(F_p) * (2.0 * k_mu) + I * (k_lambda * J * (J - 1.0))  <L 51>
        wp::adj_mul(var_25, var_28, adj_25, adj_28, adj_29);
        wp::adj_transpose(var_27, adj_27, adj_28);
        // adj: R = U * wp.transpose(V)                                                           <L 50>
        wp::adj_svd3(var_18, var_25, var_26, var_27, adj_18, adj_25, adj_26, adj_27);
        // adj: wp.svd3(F_p, U, sigma, V)                                                         <L 49>
        // adj: V = wp.mat33()                                                                    <L 48>
        // adj: sigma = wp.vec3()                                                                 <L 47>
        // adj: U = wp.mat33()                                                                    <L 46>
        // adj: elif wp.static(model == MaterialModel.COROTATED):                                 <L 45>
        // adj: if wp.static(model == MaterialModel.NEO_HOOKEAN):                                 <L 42>
        // adj: I = wp.identity(n=3, dtype=float)                                                 <L 41>
        wp::adj_determinant(var_18, adj_18, adj_20);
        // adj: J = wp.determinant(F_p)                                                           <L 40>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_particle_F, var_0, adj_particle_F, adj_0, adj_17);
        // adj: F_p = particle_F[p]                                                               <L 39>
        wp::adj_extract(var_12, var_15, adj_12, adj_15, adj_16);
        // adj: k_lambda = lame[1]                                                                <L 38>
        wp::adj_extract(var_12, var_13, adj_12, adj_13, adj_14);
        // adj: k_mu = lame[0]                                                                    <L 37>
        adj_lame_parameters_0(var_9, var_11, adj_9, adj_11, adj_12);
        wp::adj_extract(var_6, var_10, adj_6, adj_10, adj_11);
        wp::adj_extract(var_6, var_8, adj_6, adj_8, adj_9);
        // adj: lame = lame_parameters(props[0], props[1])                                        <L 36>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_mpm_materials, var_0, adj_mpm_materials, adj_0, adj_5);
        // adj: props = mpm_materials[p]                                                          <L 35>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 34>
        }
        wp::adj_address(var_particle_mass, var_0, adj_particle_mass, adj_0, adj_1);
        // adj: if particle_mass[p] <= 0.0:                                                       <L 33>
        // adj: p = wp.tid()                                                                      <L 32>
        // adj: def mpm_particle_stress(                                                          <L 23>
        continue;
    }
}



extern "C" __global__ void batched_matrix_op_227acb91_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        //---------
        // forward
        // def batched_matrix_op(mats: wp.array[wp.mat33]):                                       <L 65>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // mats[tid] = wp.inverse(mats[tid])                                                      <L 67>
        var_1 = wp::address(var_mats, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::inverse(var_3);
        wp::array_store(var_mats, var_0, var_2);
    }
}



extern "C" __global__ void batched_matrix_op_227acb91_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_mats)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        //---------
        // forward
        // def batched_matrix_op(mats: wp.array[wp.mat33]):                                       <L 65>
        // tid = wp.tid()                                                                         <L 66>
        var_0 = builtin_tid1d();
        // mats[tid] = wp.inverse(mats[tid])                                                      <L 67>
        var_1 = wp::address(var_mats, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::inverse(var_3);
        // wp::array_store(var_mats, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_mats, var_0, var_2, adj_mats, adj_0, adj_2);
        wp::adj_inverse(var_3, var_2, adj_1, adj_2);
        wp::adj_address(var_mats, var_0, adj_mats, adj_0, adj_1);
        // adj: mats[tid] = wp.inverse(mats[tid])                                                 <L 67>
        // adj: tid = wp.tid()                                                                    <L 66>
        // adj: def batched_matrix_op(mats: wp.array[wp.mat33]):                                  <L 65>
        continue;
    }
}

