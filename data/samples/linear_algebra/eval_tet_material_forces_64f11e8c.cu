// Warp 1.19.0 cuda code for eval_tet_material_forces_64f11e8c.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// eval_tet_material_forces.py:10
static CUDA_CALLABLE wp::mat_t<3, 3, wp::float32> edge_matrix_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::int32 var_l)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // forward
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 11>
    // q0 = q[i]                                                                              <L 13>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 14>
    var_3 = wp::address(var_q, var_j);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_1);
    var_6 = wp::address(var_q, var_k);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_1);
    var_9 = wp::address(var_q, var_l);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_1);
    var_12 = wp::matrix_from_cols<wp::float32>(var_4, var_7, var_10);
    return var_12;
}


// eval_tet_material_forces.py:10
static CUDA_CALLABLE void adj_edge_matrix_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::int32 var_l,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_q,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::int32 & adj_l,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    //---------
    // forward
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 11>
    // q0 = q[i]                                                                              <L 13>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 14>
    var_3 = wp::address(var_q, var_j);
    var_5 = wp::load(var_3);
    var_4 = wp::sub(var_5, var_1);
    var_6 = wp::address(var_q, var_k);
    var_8 = wp::load(var_6);
    var_7 = wp::sub(var_8, var_1);
    var_9 = wp::address(var_q, var_l);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_11, var_1);
    var_12 = wp::matrix_from_cols<wp::float32>(var_4, var_7, var_10);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_12 += adj_ret;
    wp::adj_matrix_from_cols(var_4, var_7, var_10, adj_4, adj_7, adj_10, adj_12);
    wp::adj_sub(var_11, var_1, adj_9, adj_1, adj_10);
    wp::adj_address(var_q, var_l, adj_q, adj_l, adj_9);
    wp::adj_sub(var_8, var_1, adj_6, adj_1, adj_7);
    wp::adj_address(var_q, var_k, adj_q, adj_k, adj_6);
    wp::adj_sub(var_5, var_1, adj_3, adj_1, adj_4);
    wp::adj_address(var_q, var_j, adj_q, adj_j, adj_3);
    // adj: return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                       <L 14>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_q, var_i, adj_q, adj_i, adj_0);
    // adj: q0 = q[i]                                                                         <L 13>
    // adj: def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:  <L 11>
    return;
}



extern "C" __global__ void eval_tet_material_forces_5feb086f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tets,
    wp::array_t<wp::int32> var_element_material,
    wp::array_t<wp::int32> var_material_model,
    wp::array_t<wp::float32> var_material_mu,
    wp::array_t<wp::float32> var_material_lambda,
    wp::array_t<wp::float32> var_material_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_element_stress)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 3;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
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
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1e-06;
        bool var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        const wp::float32 var_34 = 6.0;
        wp::float32 var_35;
        wp::mat_t<3, 3, wp::float32> var_36;
        wp::mat_t<3, 3, wp::float32> var_37;
        const wp::int32 var_38 = 3;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        const wp::int32 var_41 = 0;
        bool var_42;
        wp::mat_t<3, 3, wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        const wp::float32 var_45 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        const wp::float32 var_48 = 2.0;
        wp::float32 var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        const wp::int32 var_55 = 2;
        bool var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::mat_t<3, 3, wp::float32> var_59;
        const wp::float32 var_60 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_61;
        const wp::float32 var_62 = 2.0;
        wp::float32 var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::mat_t<3, 3, wp::float32> var_67;
        wp::mat_t<3, 3, wp::float32> var_68;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.001;
        wp::float32 var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::mat_t<3, 3, wp::float32> var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::mat_t<3, 3, wp::float32> var_79;
        wp::mat_t<3, 3, wp::float32> var_80;
        wp::mat_t<3, 3, wp::float32> var_81;
        wp::mat_t<3, 3, wp::float32> var_82;
        wp::mat_t<3, 3, wp::float32> var_83;
        wp::mat_t<3, 3, wp::float32> var_84;
        wp::mat_t<3, 3, wp::float32> var_85;
        wp::mat_t<3, 3, wp::float32> var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::mat_t<3, 3, wp::float32> var_88;
        wp::mat_t<3, 3, wp::float32> var_89;
        const wp::float32 var_90 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_91;
        wp::mat_t<3, 3, wp::float32> var_92;
        const wp::float32 var_93 = 2.0;
        wp::float32* var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::mat_t<3, 3, wp::float32> var_97;
        wp::mat_t<3, 3, wp::float32> var_98;
        wp::mat_t<3, 3, wp::float32> var_99;
        wp::mat_t<3, 3, wp::float32> var_100;
        wp::float32 var_101;
        wp::mat_t<3, 3, wp::float32> var_102;
        wp::mat_t<3, 3, wp::float32> var_103;
        const wp::int32 var_104 = 0;
        wp::vec_t<3, wp::float32> var_105;
        const wp::int32 var_106 = 1;
        wp::vec_t<3, wp::float32> var_107;
        const wp::int32 var_108 = 2;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
        //---------
        // forward
        // def eval_tet_material_forces(                                                          <L 20>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // i = tets[tid, 0]                                                                       <L 34>
        var_2 = wp::address(var_tets, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = tets[tid, 1]                                                                       <L 35>
        var_6 = wp::address(var_tets, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // k = tets[tid, 2]                                                                       <L 36>
        var_10 = wp::address(var_tets, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // l = tets[tid, 3]                                                                       <L 37>
        var_14 = wp::address(var_tets, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // material = element_material[tid]                                                       <L 38>
        var_17 = wp::address(var_element_material, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // model = material_model[material]                                                       <L 39>
        var_20 = wp::address(var_material_model, var_18);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // k_mu = material_mu[material]                                                           <L 40>
        var_23 = wp::address(var_material_mu, var_18);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // k_lambda = material_lambda[material]                                                   <L 41>
        var_26 = wp::address(var_material_lambda, var_18);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // Dm = edge_matrix(rest_positions, i, j, k, l)                                           <L 42>
        var_29 = edge_matrix_0(var_rest_positions, var_3, var_7, var_11, var_15);
        // rest_det = wp.determinant(Dm)                                                          <L 43>
        var_30 = wp::determinant(var_29);
        // if rest_det <= 1.0e-6:                                                                 <L 44>
        var_32 = (var_30 <= var_31);
        if (var_32) {
            // return                                                                             <L 45>
            continue;
        }
        // Dm_inv = wp.inverse(Dm)                                                                <L 46>
        var_33 = wp::inverse(var_29);
        // rest_volume = rest_det / 6.0                                                           <L 47>
        var_35 = wp::div(var_30, var_34);
        // F = edge_matrix(positions, i, j, k, l) * Dm_inv                                        <L 48>
        var_36 = edge_matrix_0(var_positions, var_3, var_7, var_11, var_15);
        var_37 = wp::mul(var_36, var_33);
        // I = wp.identity(n=3, dtype=float)                                                      <L 49>
        var_39 = wp::identity<3, wp::float32>();
        // P = wp.mat33()                                                                         <L 50>
        var_40 = wp::mat_t<3, 3, wp::float32>();
        // if model == Material.LINEAR:                                                           <L 51>
        var_42 = (var_21 == var_41);
        if (var_42) {
            // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 52>
            var_43 = wp::transpose(var_37);
            var_44 = wp::add(var_37, var_43);
            var_46 = wp::mul(var_44, var_45);
            var_47 = wp::sub(var_46, var_39);
            // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 53>
            var_49 = wp::mul(var_48, var_24);
            var_50 = wp::mul(var_47, var_49);
            var_51 = wp::trace(var_47);
            var_52 = wp::mul(var_27, var_51);
            var_53 = wp::mul(var_39, var_52);
            var_54 = wp::add(var_50, var_53);
        }
        if (!var_42) {
            // elif model == Material.STVK:                                                       <L 54>
            var_56 = (var_21 == var_55);
            if (var_56) {
                // E = (wp.transpose(F) * F - I) * 0.5                                            <L 55>
                var_57 = wp::transpose(var_37);
                var_58 = wp::mul(var_57, var_37);
                var_59 = wp::sub(var_58, var_39);
                var_61 = wp::mul(var_59, var_60);
                // P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))                      <L 56>
                var_63 = wp::mul(var_62, var_24);
                var_64 = wp::mul(var_61, var_63);
                var_65 = wp::trace(var_61);
                var_66 = wp::mul(var_27, var_65);
                var_67 = wp::mul(var_39, var_66);
                var_68 = wp::add(var_64, var_67);
                var_69 = wp::mul(var_37, var_68);
            }
            if (!var_56) {
                // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 58>
                var_70 = wp::determinant(var_37);
                var_72 = wp::max(var_70, var_71);
                // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 59>
                var_73 = wp::inverse(var_37);
                var_74 = wp::transpose(var_73);
                // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 60>
                var_75 = wp::sub(var_37, var_74);
                var_76 = wp::mul(var_75, var_24);
                var_77 = wp::log(var_72);
                var_78 = wp::mul(var_27, var_77);
                var_79 = wp::mul(var_74, var_78);
                var_80 = wp::add(var_76, var_79);
            }
            var_81 = wp::where(var_56, var_69, var_80);
        }
        var_82 = wp::where(var_42, var_54, var_81);
        // dFdt = edge_matrix(velocities, i, j, k, l) * Dm_inv                                    <L 61>
        var_83 = edge_matrix_0(var_velocities, var_3, var_7, var_11, var_15);
        var_84 = wp::mul(var_83, var_33);
        // dEdt = (wp.transpose(F) * dFdt + wp.transpose(dFdt) * F) * 0.5                         <L 62>
        var_85 = wp::transpose(var_37);
        var_86 = wp::mul(var_85, var_84);
        var_87 = wp::transpose(var_84);
        var_88 = wp::mul(var_87, var_37);
        var_89 = wp::add(var_86, var_88);
        var_91 = wp::mul(var_89, var_90);
        // P = P + F * dEdt * (2.0 * material_k_damp[material])                                   <L 63>
        var_92 = wp::mul(var_37, var_91);
        var_94 = wp::address(var_material_k_damp, var_18);
        var_96 = wp::load(var_94);
        var_95 = wp::mul(var_93, var_96);
        var_97 = wp::mul(var_92, var_95);
        var_98 = wp::add(var_82, var_97);
        // element_stress[tid] = P                                                                <L 64>
        wp::array_store(var_element_stress, var_0, var_98);
        // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 65>
        var_99 = wp::transpose(var_33);
        var_100 = wp::mul(var_98, var_99);
        var_101 = wp::neg(var_35);
        var_102 = wp::mul(var_100, var_101);
        // Ht = wp.transpose(H)                                                                   <L 66>
        var_103 = wp::transpose(var_102);
        // f1 = Ht[0]                                                                             <L 67>
        var_105 = wp::extract(var_103, var_104);
        // f2 = Ht[1]                                                                             <L 68>
        var_107 = wp::extract(var_103, var_106);
        // f3 = Ht[2]                                                                             <L 69>
        var_109 = wp::extract(var_103, var_108);
        // wp.atomic_sub(force_out, i, f1 + f2 + f3)                                              <L 70>
        var_110 = wp::add(var_105, var_107);
        var_111 = wp::add(var_110, var_109);
        var_112 = wp::atomic_sub(var_force_out, var_3, var_111);
        // wp.atomic_add(force_out, j, f1)                                                        <L 71>
        var_113 = wp::atomic_add(var_force_out, var_7, var_105);
        // wp.atomic_add(force_out, k, f2)                                                        <L 72>
        var_114 = wp::atomic_add(var_force_out, var_11, var_107);
        // wp.atomic_add(force_out, l, f3)                                                        <L 73>
        var_115 = wp::atomic_add(var_force_out, var_15, var_109);
    }
}



extern "C" __global__ void eval_tet_material_forces_5feb086f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tets,
    wp::array_t<wp::int32> var_element_material,
    wp::array_t<wp::int32> var_material_model,
    wp::array_t<wp::float32> var_material_mu,
    wp::array_t<wp::float32> var_material_lambda,
    wp::array_t<wp::float32> var_material_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rest_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_element_stress,
    wp::array_t<wp::int32> adj_tets,
    wp::array_t<wp::int32> adj_element_material,
    wp::array_t<wp::int32> adj_material_model,
    wp::array_t<wp::float32> adj_material_mu,
    wp::array_t<wp::float32> adj_material_lambda,
    wp::array_t<wp::float32> adj_material_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rest_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_element_stress)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 1;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 2;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 3;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        wp::int32* var_17;
        wp::int32 var_18;
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
        wp::mat_t<3, 3, wp::float32> var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 1e-06;
        bool var_32;
        wp::mat_t<3, 3, wp::float32> var_33;
        const wp::float32 var_34 = 6.0;
        wp::float32 var_35;
        wp::mat_t<3, 3, wp::float32> var_36;
        wp::mat_t<3, 3, wp::float32> var_37;
        const wp::int32 var_38 = 3;
        wp::mat_t<3, 3, wp::float32> var_39;
        wp::mat_t<3, 3, wp::float32> var_40;
        const wp::int32 var_41 = 0;
        bool var_42;
        wp::mat_t<3, 3, wp::float32> var_43;
        wp::mat_t<3, 3, wp::float32> var_44;
        const wp::float32 var_45 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_46;
        wp::mat_t<3, 3, wp::float32> var_47;
        const wp::float32 var_48 = 2.0;
        wp::float32 var_49;
        wp::mat_t<3, 3, wp::float32> var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::mat_t<3, 3, wp::float32> var_53;
        wp::mat_t<3, 3, wp::float32> var_54;
        const wp::int32 var_55 = 2;
        bool var_56;
        wp::mat_t<3, 3, wp::float32> var_57;
        wp::mat_t<3, 3, wp::float32> var_58;
        wp::mat_t<3, 3, wp::float32> var_59;
        const wp::float32 var_60 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_61;
        const wp::float32 var_62 = 2.0;
        wp::float32 var_63;
        wp::mat_t<3, 3, wp::float32> var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::mat_t<3, 3, wp::float32> var_67;
        wp::mat_t<3, 3, wp::float32> var_68;
        wp::mat_t<3, 3, wp::float32> var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 0.001;
        wp::float32 var_72;
        wp::mat_t<3, 3, wp::float32> var_73;
        wp::mat_t<3, 3, wp::float32> var_74;
        wp::mat_t<3, 3, wp::float32> var_75;
        wp::mat_t<3, 3, wp::float32> var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::mat_t<3, 3, wp::float32> var_79;
        wp::mat_t<3, 3, wp::float32> var_80;
        wp::mat_t<3, 3, wp::float32> var_81;
        wp::mat_t<3, 3, wp::float32> var_82;
        wp::mat_t<3, 3, wp::float32> var_83;
        wp::mat_t<3, 3, wp::float32> var_84;
        wp::mat_t<3, 3, wp::float32> var_85;
        wp::mat_t<3, 3, wp::float32> var_86;
        wp::mat_t<3, 3, wp::float32> var_87;
        wp::mat_t<3, 3, wp::float32> var_88;
        wp::mat_t<3, 3, wp::float32> var_89;
        const wp::float32 var_90 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_91;
        wp::mat_t<3, 3, wp::float32> var_92;
        const wp::float32 var_93 = 2.0;
        wp::float32* var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::mat_t<3, 3, wp::float32> var_97;
        wp::mat_t<3, 3, wp::float32> var_98;
        wp::mat_t<3, 3, wp::float32> var_99;
        wp::mat_t<3, 3, wp::float32> var_100;
        wp::float32 var_101;
        wp::mat_t<3, 3, wp::float32> var_102;
        wp::mat_t<3, 3, wp::float32> var_103;
        const wp::int32 var_104 = 0;
        wp::vec_t<3, wp::float32> var_105;
        const wp::int32 var_106 = 1;
        wp::vec_t<3, wp::float32> var_107;
        const wp::int32 var_108 = 2;
        wp::vec_t<3, wp::float32> var_109;
        wp::vec_t<3, wp::float32> var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::vec_t<3, wp::float32> var_112;
        wp::vec_t<3, wp::float32> var_113;
        wp::vec_t<3, wp::float32> var_114;
        wp::vec_t<3, wp::float32> var_115;
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
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::mat_t<3, 3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::mat_t<3, 3, wp::float32> adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::mat_t<3, 3, wp::float32> adj_36 = {};
        wp::mat_t<3, 3, wp::float32> adj_37 = {};
        wp::int32 adj_38 = {};
        wp::mat_t<3, 3, wp::float32> adj_39 = {};
        wp::mat_t<3, 3, wp::float32> adj_40 = {};
        wp::int32 adj_41 = {};
        bool adj_42 = {};
        wp::mat_t<3, 3, wp::float32> adj_43 = {};
        wp::mat_t<3, 3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::mat_t<3, 3, wp::float32> adj_46 = {};
        wp::mat_t<3, 3, wp::float32> adj_47 = {};
        wp::float32 adj_48 = {};
        wp::float32 adj_49 = {};
        wp::mat_t<3, 3, wp::float32> adj_50 = {};
        wp::float32 adj_51 = {};
        wp::float32 adj_52 = {};
        wp::mat_t<3, 3, wp::float32> adj_53 = {};
        wp::mat_t<3, 3, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        bool adj_56 = {};
        wp::mat_t<3, 3, wp::float32> adj_57 = {};
        wp::mat_t<3, 3, wp::float32> adj_58 = {};
        wp::mat_t<3, 3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::mat_t<3, 3, wp::float32> adj_61 = {};
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::mat_t<3, 3, wp::float32> adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        wp::mat_t<3, 3, wp::float32> adj_67 = {};
        wp::mat_t<3, 3, wp::float32> adj_68 = {};
        wp::mat_t<3, 3, wp::float32> adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::mat_t<3, 3, wp::float32> adj_73 = {};
        wp::mat_t<3, 3, wp::float32> adj_74 = {};
        wp::mat_t<3, 3, wp::float32> adj_75 = {};
        wp::mat_t<3, 3, wp::float32> adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::mat_t<3, 3, wp::float32> adj_79 = {};
        wp::mat_t<3, 3, wp::float32> adj_80 = {};
        wp::mat_t<3, 3, wp::float32> adj_81 = {};
        wp::mat_t<3, 3, wp::float32> adj_82 = {};
        wp::mat_t<3, 3, wp::float32> adj_83 = {};
        wp::mat_t<3, 3, wp::float32> adj_84 = {};
        wp::mat_t<3, 3, wp::float32> adj_85 = {};
        wp::mat_t<3, 3, wp::float32> adj_86 = {};
        wp::mat_t<3, 3, wp::float32> adj_87 = {};
        wp::mat_t<3, 3, wp::float32> adj_88 = {};
        wp::mat_t<3, 3, wp::float32> adj_89 = {};
        wp::float32 adj_90 = {};
        wp::mat_t<3, 3, wp::float32> adj_91 = {};
        wp::mat_t<3, 3, wp::float32> adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::mat_t<3, 3, wp::float32> adj_97 = {};
        wp::mat_t<3, 3, wp::float32> adj_98 = {};
        wp::mat_t<3, 3, wp::float32> adj_99 = {};
        wp::mat_t<3, 3, wp::float32> adj_100 = {};
        wp::float32 adj_101 = {};
        wp::mat_t<3, 3, wp::float32> adj_102 = {};
        wp::mat_t<3, 3, wp::float32> adj_103 = {};
        wp::int32 adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::int32 adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::int32 adj_108 = {};
        wp::vec_t<3, wp::float32> adj_109 = {};
        wp::vec_t<3, wp::float32> adj_110 = {};
        wp::vec_t<3, wp::float32> adj_111 = {};
        wp::vec_t<3, wp::float32> adj_112 = {};
        wp::vec_t<3, wp::float32> adj_113 = {};
        wp::vec_t<3, wp::float32> adj_114 = {};
        wp::vec_t<3, wp::float32> adj_115 = {};
        //---------
        // forward
        // def eval_tet_material_forces(                                                          <L 20>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // i = tets[tid, 0]                                                                       <L 34>
        var_2 = wp::address(var_tets, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = tets[tid, 1]                                                                       <L 35>
        var_6 = wp::address(var_tets, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // k = tets[tid, 2]                                                                       <L 36>
        var_10 = wp::address(var_tets, var_0, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // l = tets[tid, 3]                                                                       <L 37>
        var_14 = wp::address(var_tets, var_0, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // material = element_material[tid]                                                       <L 38>
        var_17 = wp::address(var_element_material, var_0);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // model = material_model[material]                                                       <L 39>
        var_20 = wp::address(var_material_model, var_18);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // k_mu = material_mu[material]                                                           <L 40>
        var_23 = wp::address(var_material_mu, var_18);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // k_lambda = material_lambda[material]                                                   <L 41>
        var_26 = wp::address(var_material_lambda, var_18);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // Dm = edge_matrix(rest_positions, i, j, k, l)                                           <L 42>
        var_29 = edge_matrix_0(var_rest_positions, var_3, var_7, var_11, var_15);
        // rest_det = wp.determinant(Dm)                                                          <L 43>
        var_30 = wp::determinant(var_29);
        // if rest_det <= 1.0e-6:                                                                 <L 44>
        var_32 = (var_30 <= var_31);
        if (var_32) {
            // return                                                                             <L 45>
            goto label0;
        }
        // Dm_inv = wp.inverse(Dm)                                                                <L 46>
        var_33 = wp::inverse(var_29);
        // rest_volume = rest_det / 6.0                                                           <L 47>
        var_35 = wp::div(var_30, var_34);
        // F = edge_matrix(positions, i, j, k, l) * Dm_inv                                        <L 48>
        var_36 = edge_matrix_0(var_positions, var_3, var_7, var_11, var_15);
        var_37 = wp::mul(var_36, var_33);
        // I = wp.identity(n=3, dtype=float)                                                      <L 49>
        var_39 = wp::identity<3, wp::float32>();
        // P = wp.mat33()                                                                         <L 50>
        var_40 = wp::mat_t<3, 3, wp::float32>();
        // if model == Material.LINEAR:                                                           <L 51>
        var_42 = (var_21 == var_41);
        if (var_42) {
            // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 52>
            var_43 = wp::transpose(var_37);
            var_44 = wp::add(var_37, var_43);
            var_46 = wp::mul(var_44, var_45);
            var_47 = wp::sub(var_46, var_39);
            // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 53>
            var_49 = wp::mul(var_48, var_24);
            var_50 = wp::mul(var_47, var_49);
            var_51 = wp::trace(var_47);
            var_52 = wp::mul(var_27, var_51);
            var_53 = wp::mul(var_39, var_52);
            var_54 = wp::add(var_50, var_53);
        }
        if (!var_42) {
            // elif model == Material.STVK:                                                       <L 54>
            var_56 = (var_21 == var_55);
            if (var_56) {
                // E = (wp.transpose(F) * F - I) * 0.5                                            <L 55>
                var_57 = wp::transpose(var_37);
                var_58 = wp::mul(var_57, var_37);
                var_59 = wp::sub(var_58, var_39);
                var_61 = wp::mul(var_59, var_60);
                // P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))                      <L 56>
                var_63 = wp::mul(var_62, var_24);
                var_64 = wp::mul(var_61, var_63);
                var_65 = wp::trace(var_61);
                var_66 = wp::mul(var_27, var_65);
                var_67 = wp::mul(var_39, var_66);
                var_68 = wp::add(var_64, var_67);
                var_69 = wp::mul(var_37, var_68);
            }
            if (!var_56) {
                // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 58>
                var_70 = wp::determinant(var_37);
                var_72 = wp::max(var_70, var_71);
                // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 59>
                var_73 = wp::inverse(var_37);
                var_74 = wp::transpose(var_73);
                // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 60>
                var_75 = wp::sub(var_37, var_74);
                var_76 = wp::mul(var_75, var_24);
                var_77 = wp::log(var_72);
                var_78 = wp::mul(var_27, var_77);
                var_79 = wp::mul(var_74, var_78);
                var_80 = wp::add(var_76, var_79);
            }
            var_81 = wp::where(var_56, var_69, var_80);
        }
        var_82 = wp::where(var_42, var_54, var_81);
        // dFdt = edge_matrix(velocities, i, j, k, l) * Dm_inv                                    <L 61>
        var_83 = edge_matrix_0(var_velocities, var_3, var_7, var_11, var_15);
        var_84 = wp::mul(var_83, var_33);
        // dEdt = (wp.transpose(F) * dFdt + wp.transpose(dFdt) * F) * 0.5                         <L 62>
        var_85 = wp::transpose(var_37);
        var_86 = wp::mul(var_85, var_84);
        var_87 = wp::transpose(var_84);
        var_88 = wp::mul(var_87, var_37);
        var_89 = wp::add(var_86, var_88);
        var_91 = wp::mul(var_89, var_90);
        // P = P + F * dEdt * (2.0 * material_k_damp[material])                                   <L 63>
        var_92 = wp::mul(var_37, var_91);
        var_94 = wp::address(var_material_k_damp, var_18);
        var_96 = wp::load(var_94);
        var_95 = wp::mul(var_93, var_96);
        var_97 = wp::mul(var_92, var_95);
        var_98 = wp::add(var_82, var_97);
        // element_stress[tid] = P                                                                <L 64>
        // wp::array_store(var_element_stress, var_0, var_98);
        // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 65>
        var_99 = wp::transpose(var_33);
        var_100 = wp::mul(var_98, var_99);
        var_101 = wp::neg(var_35);
        var_102 = wp::mul(var_100, var_101);
        // Ht = wp.transpose(H)                                                                   <L 66>
        var_103 = wp::transpose(var_102);
        // f1 = Ht[0]                                                                             <L 67>
        var_105 = wp::extract(var_103, var_104);
        // f2 = Ht[1]                                                                             <L 68>
        var_107 = wp::extract(var_103, var_106);
        // f3 = Ht[2]                                                                             <L 69>
        var_109 = wp::extract(var_103, var_108);
        // wp.atomic_sub(force_out, i, f1 + f2 + f3)                                              <L 70>
        var_110 = wp::add(var_105, var_107);
        var_111 = wp::add(var_110, var_109);
        // var_112 = wp::atomic_sub(var_force_out, var_3, var_111);
        // wp.atomic_add(force_out, j, f1)                                                        <L 71>
        // var_113 = wp::atomic_add(var_force_out, var_7, var_105);
        // wp.atomic_add(force_out, k, f2)                                                        <L 72>
        // var_114 = wp::atomic_add(var_force_out, var_11, var_107);
        // wp.atomic_add(force_out, l, f3)                                                        <L 73>
        // var_115 = wp::atomic_add(var_force_out, var_15, var_109);
        //---------
        // reverse
        wp::adj_atomic_add(var_force_out, var_15, var_109, adj_force_out, adj_15, adj_109, adj_115);
        // adj: wp.atomic_add(force_out, l, f3)                                                   <L 73>
        wp::adj_atomic_add(var_force_out, var_11, var_107, adj_force_out, adj_11, adj_107, adj_114);
        // adj: wp.atomic_add(force_out, k, f2)                                                   <L 72>
        wp::adj_atomic_add(var_force_out, var_7, var_105, adj_force_out, adj_7, adj_105, adj_113);
        // adj: wp.atomic_add(force_out, j, f1)                                                   <L 71>
        wp::adj_atomic_sub(var_force_out, var_3, var_111, adj_force_out, adj_3, adj_111, adj_112);
        wp::adj_add(var_110, var_109, adj_110, adj_109, adj_111);
        wp::adj_add(var_105, var_107, adj_105, adj_107, adj_110);
        // adj: wp.atomic_sub(force_out, i, f1 + f2 + f3)                                         <L 70>
        wp::adj_extract(var_103, var_108, adj_103, adj_108, adj_109);
        // adj: f3 = Ht[2]                                                                        <L 69>
        wp::adj_extract(var_103, var_106, adj_103, adj_106, adj_107);
        // adj: f2 = Ht[1]                                                                        <L 68>
        wp::adj_extract(var_103, var_104, adj_103, adj_104, adj_105);
        // adj: f1 = Ht[0]                                                                        <L 67>
        wp::adj_transpose(var_102, adj_102, adj_103);
        // adj: Ht = wp.transpose(H)                                                              <L 66>
        wp::adj_mul(var_100, var_101, adj_100, adj_101, adj_102);
        wp::adj_neg(var_35, adj_35, adj_101);
        wp::adj_mul(var_98, var_99, adj_98, adj_99, adj_100);
        wp::adj_transpose(var_33, adj_33, adj_99);
        // adj: H = P * wp.transpose(Dm_inv) * (-rest_volume)                                     <L 65>
        wp::adj_array_store(var_element_stress, var_0, var_98, adj_element_stress, adj_0, adj_98);
        // adj: element_stress[tid] = P                                                           <L 64>
        wp::adj_add(var_82, var_97, adj_82, adj_97, adj_98);
        wp::adj_mul(var_92, var_95, adj_92, adj_95, adj_97);
        wp::adj_mul(var_93, var_96, adj_93, adj_94, adj_95);
        wp::adj_address(var_material_k_damp, var_18, adj_material_k_damp, adj_18, adj_94);
        wp::adj_mul(var_37, var_91, adj_37, adj_91, adj_92);
        // adj: P = P + F * dEdt * (2.0 * material_k_damp[material])                              <L 63>
        wp::adj_mul(var_89, var_90, adj_89, adj_90, adj_91);
        wp::adj_add(var_86, var_88, adj_86, adj_88, adj_89);
        wp::adj_mul(var_87, var_37, adj_87, adj_37, adj_88);
        wp::adj_transpose(var_84, adj_84, adj_87);
        wp::adj_mul(var_85, var_84, adj_85, adj_84, adj_86);
        wp::adj_transpose(var_37, adj_37, adj_85);
        // adj: dEdt = (wp.transpose(F) * dFdt + wp.transpose(dFdt) * F) * 0.5                    <L 62>
        wp::adj_mul(var_83, var_33, adj_83, adj_33, adj_84);
        adj_edge_matrix_0(var_velocities, var_3, var_7, var_11, var_15, adj_velocities, adj_3, adj_7, adj_11, adj_15, adj_83);
        // adj: dFdt = edge_matrix(velocities, i, j, k, l) * Dm_inv                               <L 61>
        wp::adj_where(var_42, var_54, var_81, adj_42, adj_54, adj_81, adj_82);
        if (!var_42) {
            wp::adj_where(var_56, var_69, var_80, adj_56, adj_69, adj_80, adj_81);
            if (!var_56) {
                wp::adj_add(var_76, var_79, adj_76, adj_79, adj_80);
                wp::adj_mul(var_74, var_78, adj_74, adj_78, adj_79);
                wp::adj_mul(var_27, var_77, adj_27, adj_77, adj_78);
                wp::adj_log(var_72, adj_72, adj_77);
                wp::adj_mul(var_75, var_24, adj_75, adj_24, adj_76);
                wp::adj_sub(var_37, var_74, adj_37, adj_74, adj_75);
                // adj: P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))               <L 60>
                wp::adj_transpose(var_73, adj_73, adj_74);
                wp::adj_inverse(var_37, var_73, adj_37, adj_73);
                // adj: F_inv_t = wp.transpose(wp.inverse(F))                                     <L 59>
                wp::adj_max(var_70, var_71, adj_70, adj_71, adj_72);
                wp::adj_determinant(var_37, adj_37, adj_70);
                // adj: J = wp.max(wp.determinant(F), 1.0e-3)                                     <L 58>
            }
            if (var_56) {
                wp::adj_mul(var_37, var_68, adj_37, adj_68, adj_69);
                wp::adj_add(var_64, var_67, adj_64, adj_67, adj_68);
                wp::adj_mul(var_39, var_66, adj_39, adj_66, adj_67);
                wp::adj_mul(var_27, var_65, adj_27, adj_65, adj_66);
                wp::adj_trace(var_61, adj_61, adj_65);
                wp::adj_mul(var_61, var_63, adj_61, adj_63, adj_64);
                wp::adj_mul(var_62, var_24, adj_62, adj_24, adj_63);
                // adj: P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))                 <L 56>
                wp::adj_mul(var_59, var_60, adj_59, adj_60, adj_61);
                wp::adj_sub(var_58, var_39, adj_58, adj_39, adj_59);
                wp::adj_mul(var_57, var_37, adj_57, adj_37, adj_58);
                wp::adj_transpose(var_37, adj_37, adj_57);
                // adj: E = (wp.transpose(F) * F - I) * 0.5                                       <L 55>
            }
            // adj: elif model == Material.STVK:                                                  <L 54>
        }
        if (var_42) {
            wp::adj_add(var_50, var_53, adj_50, adj_53, adj_54);
            wp::adj_mul(var_39, var_52, adj_39, adj_52, adj_53);
            wp::adj_mul(var_27, var_51, adj_27, adj_51, adj_52);
            wp::adj_trace(var_47, adj_47, adj_51);
            wp::adj_mul(var_47, var_49, adj_47, adj_49, adj_50);
            wp::adj_mul(var_48, var_24, adj_48, adj_24, adj_49);
            // adj: P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                       <L 53>
            wp::adj_sub(var_46, var_39, adj_46, adj_39, adj_47);
            wp::adj_mul(var_44, var_45, adj_44, adj_45, adj_46);
            wp::adj_add(var_37, var_43, adj_37, adj_43, adj_44);
            wp::adj_transpose(var_37, adj_37, adj_43);
            // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 52>
        }
        // adj: if model == Material.LINEAR:                                                      <L 51>
        // adj: P = wp.mat33()                                                                    <L 50>
        // adj: I = wp.identity(n=3, dtype=float)                                                 <L 49>
        wp::adj_mul(var_36, var_33, adj_36, adj_33, adj_37);
        adj_edge_matrix_0(var_positions, var_3, var_7, var_11, var_15, adj_positions, adj_3, adj_7, adj_11, adj_15, adj_36);
        // adj: F = edge_matrix(positions, i, j, k, l) * Dm_inv                                   <L 48>
        wp::adj_div(var_30, var_34, var_35, adj_30, adj_34, adj_35);
        // adj: rest_volume = rest_det / 6.0                                                      <L 47>
        wp::adj_inverse(var_29, var_33, adj_29, adj_33);
        // adj: Dm_inv = wp.inverse(Dm)                                                           <L 46>
        if (var_32) {
            label0:;
            // adj: return                                                                        <L 45>
        }
        // adj: if rest_det <= 1.0e-6:                                                            <L 44>
        wp::adj_determinant(var_29, adj_29, adj_30);
        // adj: rest_det = wp.determinant(Dm)                                                     <L 43>
        adj_edge_matrix_0(var_rest_positions, var_3, var_7, var_11, var_15, adj_rest_positions, adj_3, adj_7, adj_11, adj_15, adj_29);
        // adj: Dm = edge_matrix(rest_positions, i, j, k, l)                                      <L 42>
        wp::adj_copy(var_28, adj_26, adj_27);
        wp::adj_address(var_material_lambda, var_18, adj_material_lambda, adj_18, adj_26);
        // adj: k_lambda = material_lambda[material]                                              <L 41>
        wp::adj_copy(var_25, adj_23, adj_24);
        wp::adj_address(var_material_mu, var_18, adj_material_mu, adj_18, adj_23);
        // adj: k_mu = material_mu[material]                                                      <L 40>
        wp::adj_copy(var_22, adj_20, adj_21);
        wp::adj_address(var_material_model, var_18, adj_material_model, adj_18, adj_20);
        // adj: model = material_model[material]                                                  <L 39>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_element_material, var_0, adj_element_material, adj_0, adj_17);
        // adj: material = element_material[tid]                                                  <L 38>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_tets, var_0, var_13, adj_tets, adj_0, adj_13, adj_14);
        // adj: l = tets[tid, 3]                                                                  <L 37>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_tets, var_0, var_9, adj_tets, adj_0, adj_9, adj_10);
        // adj: k = tets[tid, 2]                                                                  <L 36>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_tets, var_0, var_5, adj_tets, adj_0, adj_5, adj_6);
        // adj: j = tets[tid, 1]                                                                  <L 35>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_tets, var_0, var_1, adj_tets, adj_0, adj_1, adj_2);
        // adj: i = tets[tid, 0]                                                                  <L 34>
        // adj: tid = wp.tid()                                                                    <L 33>
        // adj: def eval_tet_material_forces(                                                     <L 20>
        continue;
    }
}

