// Warp 1.19.0 cpu code for tet_element_forces_fd1e6fd6.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// tet_element_forces.py:12
static wp::mat_t<3, 3, wp::float32> edge_matrix_0(
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
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 13>
    // q0 = q[i]                                                                              <L 15>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 16>
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


// tet_element_forces.py:12
static void adj_edge_matrix_0(
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
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 13>
    // q0 = q[i]                                                                              <L 15>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 16>
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
    // adj: return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                       <L 16>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_q, var_i, adj_q, adj_i, adj_0);
    // adj: q0 = q[i]                                                                         <L 15>
    // adj: def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:  <L 13>
    return;
}

struct wp_args_tet_element_forces_a43c2b99 {
    wp::array_t<wp::int32> tet_indices;
    wp::array_t<wp::int32> tet_active;
    wp::array_t<wp::int32> tet_material_ids;
    wp::array_t<wp::int32> material_type;
    wp::array_t<wp::float32> material_youngs;
    wp::array_t<wp::float32> material_poisson;
    wp::array_t<wp::float32> material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::vec_t<3, wp::float32>> X_rest;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> tet_stress;
};


template <bool wp_linear_contiguous>
static void tet_element_forces_a43c2b99_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tet_element_forces_a43c2b99 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tet_indices = _wp_args->tet_indices;
    wp::array_t<wp::int32> var_tet_active = _wp_args->tet_active;
    wp::array_t<wp::int32> var_tet_material_ids = _wp_args->tet_material_ids;
    wp::array_t<wp::int32> var_material_type = _wp_args->material_type;
    wp::array_t<wp::float32> var_material_youngs = _wp_args->material_youngs;
    wp::array_t<wp::float32> var_material_poisson = _wp_args->material_poisson;
    wp::array_t<wp::float32> var_material_k_damp = _wp_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_X_rest = _wp_args->X_rest;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_stress = _wp_args->tet_stress;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 3;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    const wp::float32 var_34 = 1.0;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 1.0;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    const wp::float32 var_42 = 2.0;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 1e-06;
    bool var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    const wp::float32 var_52 = 6.0;
    wp::float32 var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    const wp::int32 var_56 = 3;
    wp::mat_t<3, 3, wp::float32> var_57;
    wp::mat_t<3, 3, wp::float32> var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    wp::mat_t<3, 3, wp::float32> var_61;
    wp::mat_t<3, 3, wp::float32> var_62;
    const wp::float32 var_63 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_64;
    wp::mat_t<3, 3, wp::float32> var_65;
    const wp::float32 var_66 = 2.0;
    wp::float32 var_67;
    wp::mat_t<3, 3, wp::float32> var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    const wp::int32 var_73 = 2;
    bool var_74;
    wp::mat_t<3, 3, wp::float32> var_75;
    wp::mat_t<3, 3, wp::float32> var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    const wp::float32 var_78 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_79;
    const wp::float32 var_80 = 2.0;
    wp::float32 var_81;
    wp::mat_t<3, 3, wp::float32> var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::mat_t<3, 3, wp::float32> var_85;
    wp::mat_t<3, 3, wp::float32> var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::float32 var_88;
    const wp::float32 var_89 = 0.001;
    wp::float32 var_90;
    wp::mat_t<3, 3, wp::float32> var_91;
    wp::mat_t<3, 3, wp::float32> var_92;
    wp::mat_t<3, 3, wp::float32> var_93;
    wp::mat_t<3, 3, wp::float32> var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::mat_t<3, 3, wp::float32> var_97;
    wp::mat_t<3, 3, wp::float32> var_98;
    wp::mat_t<3, 3, wp::float32> var_99;
    wp::mat_t<3, 3, wp::float32> var_100;
    wp::mat_t<3, 3, wp::float32> var_101;
    wp::mat_t<3, 3, wp::float32> var_102;
    wp::float32* var_103;
    wp::mat_t<3, 3, wp::float32> var_104;
    wp::float32 var_105;
    wp::mat_t<3, 3, wp::float32> var_106;
    wp::mat_t<3, 3, wp::float32> var_107;
    wp::mat_t<3, 3, wp::float32> var_108;
    wp::float32 var_109;
    wp::mat_t<3, 3, wp::float32> var_110;
    wp::mat_t<3, 3, wp::float32> var_111;
    const wp::int32 var_112 = 0;
    wp::vec_t<3, wp::float32> var_113;
    const wp::int32 var_114 = 1;
    wp::vec_t<3, wp::float32> var_115;
    const wp::int32 var_116 = 2;
    wp::vec_t<3, wp::float32> var_117;
    wp::vec_t<3, wp::float32> var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::vec_t<3, wp::float32> var_121;
    wp::vec_t<3, wp::float32> var_122;
    wp::vec_t<3, wp::float32> var_123;
    //---------
    // forward
    // def tet_element_forces(                                                                <L 20>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // if tet_active[tid] == 0:                                                               <L 36>
    var_1 = wp::address(var_tet_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 37>
        return;
    }
    // i = tet_indices[tid, 0]                                                                <L 38>
    var_6 = wp::address(var_tet_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // j = tet_indices[tid, 1]                                                                <L 39>
    var_10 = wp::address(var_tet_indices, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // k = tet_indices[tid, 2]                                                                <L 40>
    var_14 = wp::address(var_tet_indices, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // l = tet_indices[tid, 3]                                                                <L 41>
    var_18 = wp::address(var_tet_indices, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // material = tet_material_ids[tid]                                                       <L 44>
    var_21 = wp::address(var_tet_material_ids, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // model = material_type[material]                                                        <L 45>
    var_24 = wp::address(var_material_type, var_22);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // youngs = material_youngs[material]                                                     <L 46>
    var_27 = wp::address(var_material_youngs, var_22);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // poisson = material_poisson[material]                                                   <L 47>
    var_30 = wp::address(var_material_poisson, var_22);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // k_mu = youngs / (2.0 * (1.0 + poisson))                                                <L 49>
    var_35 = wp::add(var_34, var_31);
    var_36 = wp::mul(var_33, var_35);
    var_37 = wp::div(var_28, var_36);
    // k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))                <L 50>
    var_38 = wp::mul(var_28, var_31);
    var_40 = wp::add(var_39, var_31);
    var_43 = wp::mul(var_42, var_31);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::mul(var_40, var_44);
    var_46 = wp::div(var_38, var_45);
    // Dm = edge_matrix(X_rest, i, j, k, l)                                                   <L 51>
    var_47 = edge_matrix_0(var_X_rest, var_7, var_11, var_15, var_19);
    // rest_det = wp.determinant(Dm)                                                          <L 52>
    var_48 = wp::determinant(var_47);
    // if rest_det <= 1.0e-6:                                                                 <L 54>
    var_50 = (var_48 <= var_49);
    if (var_50) {
        // return                                                                             <L 55>
        return;
    }
    // Dm_inv = wp.inverse(Dm)                                                                <L 56>
    var_51 = wp::inverse(var_47);
    // rest_volume = rest_det / 6.0                                                           <L 57>
    var_53 = wp::div(var_48, var_52);
    // F = edge_matrix(x, i, j, k, l) * Dm_inv                                                <L 58>
    var_54 = edge_matrix_0(var_x, var_7, var_11, var_15, var_19);
    var_55 = wp::mul(var_54, var_51);
    // I = wp.identity(n=3, dtype=float)                                                      <L 59>
    var_57 = wp::identity<3, wp::float32>();
    // P = wp.mat33()                                                                         <L 60>
    var_58 = wp::mat_t<3, 3, wp::float32>();
    // if model == MaterialModel.LINEAR:                                                      <L 61>
    var_60 = (var_25 == var_59);
    if (var_60) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 63>
        var_61 = wp::transpose(var_55);
        var_62 = wp::add(var_55, var_61);
        var_64 = wp::mul(var_62, var_63);
        var_65 = wp::sub(var_64, var_57);
        // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 64>
        var_67 = wp::mul(var_66, var_37);
        var_68 = wp::mul(var_65, var_67);
        var_69 = wp::trace(var_65);
        var_70 = wp::mul(var_46, var_69);
        var_71 = wp::mul(var_57, var_70);
        var_72 = wp::add(var_68, var_71);
    }
    if (!var_60) {
        // elif model == MaterialModel.STVK:                                                  <L 65>
        var_74 = (var_25 == var_73);
        if (var_74) {
            // E = (wp.transpose(F) * F - I) * 0.5                                            <L 66>
            var_75 = wp::transpose(var_55);
            var_76 = wp::mul(var_75, var_55);
            var_77 = wp::sub(var_76, var_57);
            var_79 = wp::mul(var_77, var_78);
            // P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))                      <L 67>
            var_81 = wp::mul(var_80, var_37);
            var_82 = wp::mul(var_79, var_81);
            var_83 = wp::trace(var_79);
            var_84 = wp::mul(var_46, var_83);
            var_85 = wp::mul(var_57, var_84);
            var_86 = wp::add(var_82, var_85);
            var_87 = wp::mul(var_55, var_86);
        }
        if (!var_74) {
            // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 70>
            var_88 = wp::determinant(var_55);
            var_90 = wp::max(var_88, var_89);
            // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 71>
            var_91 = wp::inverse(var_55);
            var_92 = wp::transpose(var_91);
            // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 72>
            var_93 = wp::sub(var_55, var_92);
            var_94 = wp::mul(var_93, var_37);
            var_95 = wp::log(var_90);
            var_96 = wp::mul(var_46, var_95);
            var_97 = wp::mul(var_92, var_96);
            var_98 = wp::add(var_94, var_97);
        }
        var_99 = wp::where(var_74, var_87, var_98);
    }
    var_100 = wp::where(var_60, var_72, var_99);
    // dFdt = edge_matrix(v, i, j, k, l) * Dm_inv                                             <L 73>
    var_101 = edge_matrix_0(var_v, var_7, var_11, var_15, var_19);
    var_102 = wp::mul(var_101, var_51);
    // P = P + dFdt * material_k_damp[material]                                               <L 74>
    var_103 = wp::address(var_material_k_damp, var_22);
    var_105 = wp::load(var_103);
    var_104 = wp::mul(var_102, var_105);
    var_106 = wp::add(var_100, var_104);
    // tet_stress[tid] = P                                                                    <L 75>
    wp::array_store(var_tet_stress, var_0, var_106);
    // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 76>
    var_107 = wp::transpose(var_51);
    var_108 = wp::mul(var_106, var_107);
    var_109 = wp::neg(var_53);
    var_110 = wp::mul(var_108, var_109);
    // Ht = wp.transpose(H)                                                                   <L 78>
    var_111 = wp::transpose(var_110);
    // f1 = Ht[0]                                                                             <L 79>
    var_113 = wp::extract(var_111, var_112);
    // f2 = Ht[1]                                                                             <L 80>
    var_115 = wp::extract(var_111, var_114);
    // f3 = Ht[2]                                                                             <L 81>
    var_117 = wp::extract(var_111, var_116);
    // wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                             <L 82>
    var_118 = wp::add(var_113, var_115);
    var_119 = wp::add(var_118, var_117);
    var_120 = wp::atomic_sub(var_particle_f, var_7, var_119);
    // wp.atomic_add(particle_f, j, f1)                                                       <L 83>
    var_121 = wp::atomic_add(var_particle_f, var_11, var_113);
    // wp.atomic_add(particle_f, k, f2)                                                       <L 84>
    var_122 = wp::atomic_add(var_particle_f, var_15, var_115);
    // wp.atomic_add(particle_f, l, f3)                                                       <L 85>
    var_123 = wp::atomic_add(var_particle_f, var_19, var_117);
}



template <bool wp_linear_contiguous>
static void tet_element_forces_a43c2b99_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tet_element_forces_a43c2b99 *_wp_args,
    wp_args_tet_element_forces_a43c2b99 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tet_indices = _wp_args->tet_indices;
    wp::array_t<wp::int32> var_tet_active = _wp_args->tet_active;
    wp::array_t<wp::int32> var_tet_material_ids = _wp_args->tet_material_ids;
    wp::array_t<wp::int32> var_material_type = _wp_args->material_type;
    wp::array_t<wp::float32> var_material_youngs = _wp_args->material_youngs;
    wp::array_t<wp::float32> var_material_poisson = _wp_args->material_poisson;
    wp::array_t<wp::float32> var_material_k_damp = _wp_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_X_rest = _wp_args->X_rest;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_stress = _wp_args->tet_stress;
    wp::array_t<wp::int32> adj_tet_indices = _wp_adj_args->tet_indices;
    wp::array_t<wp::int32> adj_tet_active = _wp_adj_args->tet_active;
    wp::array_t<wp::int32> adj_tet_material_ids = _wp_adj_args->tet_material_ids;
    wp::array_t<wp::int32> adj_material_type = _wp_adj_args->material_type;
    wp::array_t<wp::float32> adj_material_youngs = _wp_adj_args->material_youngs;
    wp::array_t<wp::float32> adj_material_poisson = _wp_adj_args->material_poisson;
    wp::array_t<wp::float32> adj_material_k_damp = _wp_adj_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_X_rest = _wp_adj_args->X_rest;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_tet_stress = _wp_adj_args->tet_stress;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32* var_10;
    wp::int32 var_11;
    wp::int32 var_12;
    const wp::int32 var_13 = 2;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    const wp::int32 var_17 = 3;
    wp::int32* var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32* var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    const wp::float32 var_33 = 2.0;
    const wp::float32 var_34 = 1.0;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    const wp::float32 var_39 = 1.0;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    const wp::float32 var_42 = 2.0;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 1e-06;
    bool var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    const wp::float32 var_52 = 6.0;
    wp::float32 var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    const wp::int32 var_56 = 3;
    wp::mat_t<3, 3, wp::float32> var_57;
    wp::mat_t<3, 3, wp::float32> var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    wp::mat_t<3, 3, wp::float32> var_61;
    wp::mat_t<3, 3, wp::float32> var_62;
    const wp::float32 var_63 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_64;
    wp::mat_t<3, 3, wp::float32> var_65;
    const wp::float32 var_66 = 2.0;
    wp::float32 var_67;
    wp::mat_t<3, 3, wp::float32> var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    const wp::int32 var_73 = 2;
    bool var_74;
    wp::mat_t<3, 3, wp::float32> var_75;
    wp::mat_t<3, 3, wp::float32> var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    const wp::float32 var_78 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_79;
    const wp::float32 var_80 = 2.0;
    wp::float32 var_81;
    wp::mat_t<3, 3, wp::float32> var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::mat_t<3, 3, wp::float32> var_85;
    wp::mat_t<3, 3, wp::float32> var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::float32 var_88;
    const wp::float32 var_89 = 0.001;
    wp::float32 var_90;
    wp::mat_t<3, 3, wp::float32> var_91;
    wp::mat_t<3, 3, wp::float32> var_92;
    wp::mat_t<3, 3, wp::float32> var_93;
    wp::mat_t<3, 3, wp::float32> var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::mat_t<3, 3, wp::float32> var_97;
    wp::mat_t<3, 3, wp::float32> var_98;
    wp::mat_t<3, 3, wp::float32> var_99;
    wp::mat_t<3, 3, wp::float32> var_100;
    wp::mat_t<3, 3, wp::float32> var_101;
    wp::mat_t<3, 3, wp::float32> var_102;
    wp::float32* var_103;
    wp::mat_t<3, 3, wp::float32> var_104;
    wp::float32 var_105;
    wp::mat_t<3, 3, wp::float32> var_106;
    wp::mat_t<3, 3, wp::float32> var_107;
    wp::mat_t<3, 3, wp::float32> var_108;
    wp::float32 var_109;
    wp::mat_t<3, 3, wp::float32> var_110;
    wp::mat_t<3, 3, wp::float32> var_111;
    const wp::int32 var_112 = 0;
    wp::vec_t<3, wp::float32> var_113;
    const wp::int32 var_114 = 1;
    wp::vec_t<3, wp::float32> var_115;
    const wp::int32 var_116 = 2;
    wp::vec_t<3, wp::float32> var_117;
    wp::vec_t<3, wp::float32> var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::vec_t<3, wp::float32> var_121;
    wp::vec_t<3, wp::float32> var_122;
    wp::vec_t<3, wp::float32> var_123;
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
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
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
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::mat_t<3, 3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    bool adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::mat_t<3, 3, wp::float32> adj_54 = {};
    wp::mat_t<3, 3, wp::float32> adj_55 = {};
    wp::int32 adj_56 = {};
    wp::mat_t<3, 3, wp::float32> adj_57 = {};
    wp::mat_t<3, 3, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    bool adj_60 = {};
    wp::mat_t<3, 3, wp::float32> adj_61 = {};
    wp::mat_t<3, 3, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::mat_t<3, 3, wp::float32> adj_64 = {};
    wp::mat_t<3, 3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::mat_t<3, 3, wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::mat_t<3, 3, wp::float32> adj_71 = {};
    wp::mat_t<3, 3, wp::float32> adj_72 = {};
    wp::int32 adj_73 = {};
    bool adj_74 = {};
    wp::mat_t<3, 3, wp::float32> adj_75 = {};
    wp::mat_t<3, 3, wp::float32> adj_76 = {};
    wp::mat_t<3, 3, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::mat_t<3, 3, wp::float32> adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::mat_t<3, 3, wp::float32> adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::mat_t<3, 3, wp::float32> adj_85 = {};
    wp::mat_t<3, 3, wp::float32> adj_86 = {};
    wp::mat_t<3, 3, wp::float32> adj_87 = {};
    wp::float32 adj_88 = {};
    wp::float32 adj_89 = {};
    wp::float32 adj_90 = {};
    wp::mat_t<3, 3, wp::float32> adj_91 = {};
    wp::mat_t<3, 3, wp::float32> adj_92 = {};
    wp::mat_t<3, 3, wp::float32> adj_93 = {};
    wp::mat_t<3, 3, wp::float32> adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::mat_t<3, 3, wp::float32> adj_97 = {};
    wp::mat_t<3, 3, wp::float32> adj_98 = {};
    wp::mat_t<3, 3, wp::float32> adj_99 = {};
    wp::mat_t<3, 3, wp::float32> adj_100 = {};
    wp::mat_t<3, 3, wp::float32> adj_101 = {};
    wp::mat_t<3, 3, wp::float32> adj_102 = {};
    wp::float32 adj_103 = {};
    wp::mat_t<3, 3, wp::float32> adj_104 = {};
    wp::float32 adj_105 = {};
    wp::mat_t<3, 3, wp::float32> adj_106 = {};
    wp::mat_t<3, 3, wp::float32> adj_107 = {};
    wp::mat_t<3, 3, wp::float32> adj_108 = {};
    wp::float32 adj_109 = {};
    wp::mat_t<3, 3, wp::float32> adj_110 = {};
    wp::mat_t<3, 3, wp::float32> adj_111 = {};
    wp::int32 adj_112 = {};
    wp::vec_t<3, wp::float32> adj_113 = {};
    wp::int32 adj_114 = {};
    wp::vec_t<3, wp::float32> adj_115 = {};
    wp::int32 adj_116 = {};
    wp::vec_t<3, wp::float32> adj_117 = {};
    wp::vec_t<3, wp::float32> adj_118 = {};
    wp::vec_t<3, wp::float32> adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::vec_t<3, wp::float32> adj_121 = {};
    wp::vec_t<3, wp::float32> adj_122 = {};
    wp::vec_t<3, wp::float32> adj_123 = {};
    //---------
    // forward
    // def tet_element_forces(                                                                <L 20>
    // tid = wp.tid()                                                                         <L 35>
    var_0 = builtin_tid1d();
    // if tet_active[tid] == 0:                                                               <L 36>
    var_1 = wp::address(var_tet_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 37>
        goto label0;
    }
    // i = tet_indices[tid, 0]                                                                <L 38>
    var_6 = wp::address(var_tet_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // j = tet_indices[tid, 1]                                                                <L 39>
    var_10 = wp::address(var_tet_indices, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // k = tet_indices[tid, 2]                                                                <L 40>
    var_14 = wp::address(var_tet_indices, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // l = tet_indices[tid, 3]                                                                <L 41>
    var_18 = wp::address(var_tet_indices, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // material = tet_material_ids[tid]                                                       <L 44>
    var_21 = wp::address(var_tet_material_ids, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // model = material_type[material]                                                        <L 45>
    var_24 = wp::address(var_material_type, var_22);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // youngs = material_youngs[material]                                                     <L 46>
    var_27 = wp::address(var_material_youngs, var_22);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // poisson = material_poisson[material]                                                   <L 47>
    var_30 = wp::address(var_material_poisson, var_22);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // k_mu = youngs / (2.0 * (1.0 + poisson))                                                <L 49>
    var_35 = wp::add(var_34, var_31);
    var_36 = wp::mul(var_33, var_35);
    var_37 = wp::div(var_28, var_36);
    // k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))                <L 50>
    var_38 = wp::mul(var_28, var_31);
    var_40 = wp::add(var_39, var_31);
    var_43 = wp::mul(var_42, var_31);
    var_44 = wp::sub(var_41, var_43);
    var_45 = wp::mul(var_40, var_44);
    var_46 = wp::div(var_38, var_45);
    // Dm = edge_matrix(X_rest, i, j, k, l)                                                   <L 51>
    var_47 = edge_matrix_0(var_X_rest, var_7, var_11, var_15, var_19);
    // rest_det = wp.determinant(Dm)                                                          <L 52>
    var_48 = wp::determinant(var_47);
    // if rest_det <= 1.0e-6:                                                                 <L 54>
    var_50 = (var_48 <= var_49);
    if (var_50) {
        // return                                                                             <L 55>
        goto label1;
    }
    // Dm_inv = wp.inverse(Dm)                                                                <L 56>
    var_51 = wp::inverse(var_47);
    // rest_volume = rest_det / 6.0                                                           <L 57>
    var_53 = wp::div(var_48, var_52);
    // F = edge_matrix(x, i, j, k, l) * Dm_inv                                                <L 58>
    var_54 = edge_matrix_0(var_x, var_7, var_11, var_15, var_19);
    var_55 = wp::mul(var_54, var_51);
    // I = wp.identity(n=3, dtype=float)                                                      <L 59>
    var_57 = wp::identity<3, wp::float32>();
    // P = wp.mat33()                                                                         <L 60>
    var_58 = wp::mat_t<3, 3, wp::float32>();
    // if model == MaterialModel.LINEAR:                                                      <L 61>
    var_60 = (var_25 == var_59);
    if (var_60) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 63>
        var_61 = wp::transpose(var_55);
        var_62 = wp::add(var_55, var_61);
        var_64 = wp::mul(var_62, var_63);
        var_65 = wp::sub(var_64, var_57);
        // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 64>
        var_67 = wp::mul(var_66, var_37);
        var_68 = wp::mul(var_65, var_67);
        var_69 = wp::trace(var_65);
        var_70 = wp::mul(var_46, var_69);
        var_71 = wp::mul(var_57, var_70);
        var_72 = wp::add(var_68, var_71);
    }
    if (!var_60) {
        // elif model == MaterialModel.STVK:                                                  <L 65>
        var_74 = (var_25 == var_73);
        if (var_74) {
            // E = (wp.transpose(F) * F - I) * 0.5                                            <L 66>
            var_75 = wp::transpose(var_55);
            var_76 = wp::mul(var_75, var_55);
            var_77 = wp::sub(var_76, var_57);
            var_79 = wp::mul(var_77, var_78);
            // P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))                      <L 67>
            var_81 = wp::mul(var_80, var_37);
            var_82 = wp::mul(var_79, var_81);
            var_83 = wp::trace(var_79);
            var_84 = wp::mul(var_46, var_83);
            var_85 = wp::mul(var_57, var_84);
            var_86 = wp::add(var_82, var_85);
            var_87 = wp::mul(var_55, var_86);
        }
        if (!var_74) {
            // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 70>
            var_88 = wp::determinant(var_55);
            var_90 = wp::max(var_88, var_89);
            // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 71>
            var_91 = wp::inverse(var_55);
            var_92 = wp::transpose(var_91);
            // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 72>
            var_93 = wp::sub(var_55, var_92);
            var_94 = wp::mul(var_93, var_37);
            var_95 = wp::log(var_90);
            var_96 = wp::mul(var_46, var_95);
            var_97 = wp::mul(var_92, var_96);
            var_98 = wp::add(var_94, var_97);
        }
        var_99 = wp::where(var_74, var_87, var_98);
    }
    var_100 = wp::where(var_60, var_72, var_99);
    // dFdt = edge_matrix(v, i, j, k, l) * Dm_inv                                             <L 73>
    var_101 = edge_matrix_0(var_v, var_7, var_11, var_15, var_19);
    var_102 = wp::mul(var_101, var_51);
    // P = P + dFdt * material_k_damp[material]                                               <L 74>
    var_103 = wp::address(var_material_k_damp, var_22);
    var_105 = wp::load(var_103);
    var_104 = wp::mul(var_102, var_105);
    var_106 = wp::add(var_100, var_104);
    // tet_stress[tid] = P                                                                    <L 75>
    // wp::array_store(var_tet_stress, var_0, var_106);
    // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 76>
    var_107 = wp::transpose(var_51);
    var_108 = wp::mul(var_106, var_107);
    var_109 = wp::neg(var_53);
    var_110 = wp::mul(var_108, var_109);
    // Ht = wp.transpose(H)                                                                   <L 78>
    var_111 = wp::transpose(var_110);
    // f1 = Ht[0]                                                                             <L 79>
    var_113 = wp::extract(var_111, var_112);
    // f2 = Ht[1]                                                                             <L 80>
    var_115 = wp::extract(var_111, var_114);
    // f3 = Ht[2]                                                                             <L 81>
    var_117 = wp::extract(var_111, var_116);
    // wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                             <L 82>
    var_118 = wp::add(var_113, var_115);
    var_119 = wp::add(var_118, var_117);
    // var_120 = wp::atomic_sub(var_particle_f, var_7, var_119);
    // wp.atomic_add(particle_f, j, f1)                                                       <L 83>
    // var_121 = wp::atomic_add(var_particle_f, var_11, var_113);
    // wp.atomic_add(particle_f, k, f2)                                                       <L 84>
    // var_122 = wp::atomic_add(var_particle_f, var_15, var_115);
    // wp.atomic_add(particle_f, l, f3)                                                       <L 85>
    // var_123 = wp::atomic_add(var_particle_f, var_19, var_117);
    //---------
    // reverse
    wp::adj_atomic_add(var_particle_f, var_19, var_117, adj_particle_f, adj_19, adj_117, adj_123);
    // adj: wp.atomic_add(particle_f, l, f3)                                                  <L 85>
    wp::adj_atomic_add(var_particle_f, var_15, var_115, adj_particle_f, adj_15, adj_115, adj_122);
    // adj: wp.atomic_add(particle_f, k, f2)                                                  <L 84>
    wp::adj_atomic_add(var_particle_f, var_11, var_113, adj_particle_f, adj_11, adj_113, adj_121);
    // adj: wp.atomic_add(particle_f, j, f1)                                                  <L 83>
    wp::adj_atomic_sub(var_particle_f, var_7, var_119, adj_particle_f, adj_7, adj_119, adj_120);
    wp::adj_add(var_118, var_117, adj_118, adj_117, adj_119);
    wp::adj_add(var_113, var_115, adj_113, adj_115, adj_118);
    // adj: wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                        <L 82>
    wp::adj_extract(var_111, var_116, adj_111, adj_116, adj_117);
    // adj: f3 = Ht[2]                                                                        <L 81>
    wp::adj_extract(var_111, var_114, adj_111, adj_114, adj_115);
    // adj: f2 = Ht[1]                                                                        <L 80>
    wp::adj_extract(var_111, var_112, adj_111, adj_112, adj_113);
    // adj: f1 = Ht[0]                                                                        <L 79>
    wp::adj_transpose(var_110, adj_110, adj_111);
    // adj: Ht = wp.transpose(H)                                                              <L 78>
    wp::adj_mul(var_108, var_109, adj_108, adj_109, adj_110);
    wp::adj_neg(var_53, adj_53, adj_109);
    wp::adj_mul(var_106, var_107, adj_106, adj_107, adj_108);
    wp::adj_transpose(var_51, adj_51, adj_107);
    // adj: H = P * wp.transpose(Dm_inv) * (-rest_volume)                                     <L 76>
    wp::adj_array_store(var_tet_stress, var_0, var_106, adj_tet_stress, adj_0, adj_106);
    // adj: tet_stress[tid] = P                                                               <L 75>
    wp::adj_add(var_100, var_104, adj_100, adj_104, adj_106);
    wp::adj_mul(var_102, var_105, adj_102, adj_103, adj_104);
    wp::adj_address(var_material_k_damp, var_22, adj_material_k_damp, adj_22, adj_103);
    // adj: P = P + dFdt * material_k_damp[material]                                          <L 74>
    wp::adj_mul(var_101, var_51, adj_101, adj_51, adj_102);
    adj_edge_matrix_0(var_v, var_7, var_11, var_15, var_19, adj_v, adj_7, adj_11, adj_15, adj_19, adj_101);
    // adj: dFdt = edge_matrix(v, i, j, k, l) * Dm_inv                                        <L 73>
    wp::adj_where(var_60, var_72, var_99, adj_60, adj_72, adj_99, adj_100);
    if (!var_60) {
        wp::adj_where(var_74, var_87, var_98, adj_74, adj_87, adj_98, adj_99);
        if (!var_74) {
            wp::adj_add(var_94, var_97, adj_94, adj_97, adj_98);
            wp::adj_mul(var_92, var_96, adj_92, adj_96, adj_97);
            wp::adj_mul(var_46, var_95, adj_46, adj_95, adj_96);
            wp::adj_log(var_90, adj_90, adj_95);
            wp::adj_mul(var_93, var_37, adj_93, adj_37, adj_94);
            wp::adj_sub(var_55, var_92, adj_55, adj_92, adj_93);
            // adj: P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))               <L 72>
            wp::adj_transpose(var_91, adj_91, adj_92);
            wp::adj_inverse(var_55, var_91, adj_55, adj_91);
            // adj: F_inv_t = wp.transpose(wp.inverse(F))                                     <L 71>
            wp::adj_max(var_88, var_89, adj_88, adj_89, adj_90);
            wp::adj_determinant(var_55, adj_55, adj_88);
            // adj: J = wp.max(wp.determinant(F), 1.0e-3)                                     <L 70>
        }
        if (var_74) {
            wp::adj_mul(var_55, var_86, adj_55, adj_86, adj_87);
            wp::adj_add(var_82, var_85, adj_82, adj_85, adj_86);
            wp::adj_mul(var_57, var_84, adj_57, adj_84, adj_85);
            wp::adj_mul(var_46, var_83, adj_46, adj_83, adj_84);
            wp::adj_trace(var_79, adj_79, adj_83);
            wp::adj_mul(var_79, var_81, adj_79, adj_81, adj_82);
            wp::adj_mul(var_80, var_37, adj_80, adj_37, adj_81);
            // adj: P = F * (E * (2.0 * k_mu) + I * (k_lambda * wp.trace(E)))                 <L 67>
            wp::adj_mul(var_77, var_78, adj_77, adj_78, adj_79);
            wp::adj_sub(var_76, var_57, adj_76, adj_57, adj_77);
            wp::adj_mul(var_75, var_55, adj_75, adj_55, adj_76);
            wp::adj_transpose(var_55, adj_55, adj_75);
            // adj: E = (wp.transpose(F) * F - I) * 0.5                                       <L 66>
        }
        // adj: elif model == MaterialModel.STVK:                                             <L 65>
    }
    if (var_60) {
        wp::adj_add(var_68, var_71, adj_68, adj_71, adj_72);
        wp::adj_mul(var_57, var_70, adj_57, adj_70, adj_71);
        wp::adj_mul(var_46, var_69, adj_46, adj_69, adj_70);
        wp::adj_trace(var_65, adj_65, adj_69);
        wp::adj_mul(var_65, var_67, adj_65, adj_67, adj_68);
        wp::adj_mul(var_66, var_37, adj_66, adj_37, adj_67);
        // adj: P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                       <L 64>
        wp::adj_sub(var_64, var_57, adj_64, adj_57, adj_65);
        wp::adj_mul(var_62, var_63, adj_62, adj_63, adj_64);
        wp::adj_add(var_55, var_61, adj_55, adj_61, adj_62);
        wp::adj_transpose(var_55, adj_55, adj_61);
        // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 63>
    }
    // adj: if model == MaterialModel.LINEAR:                                                 <L 61>
    // adj: P = wp.mat33()                                                                    <L 60>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 59>
    wp::adj_mul(var_54, var_51, adj_54, adj_51, adj_55);
    adj_edge_matrix_0(var_x, var_7, var_11, var_15, var_19, adj_x, adj_7, adj_11, adj_15, adj_19, adj_54);
    // adj: F = edge_matrix(x, i, j, k, l) * Dm_inv                                           <L 58>
    wp::adj_div(var_48, var_52, var_53, adj_48, adj_52, adj_53);
    // adj: rest_volume = rest_det / 6.0                                                      <L 57>
    wp::adj_inverse(var_47, var_51, adj_47, adj_51);
    // adj: Dm_inv = wp.inverse(Dm)                                                           <L 56>
    if (var_50) {
        label1:;
        // adj: return                                                                        <L 55>
    }
    // adj: if rest_det <= 1.0e-6:                                                            <L 54>
    wp::adj_determinant(var_47, adj_47, adj_48);
    // adj: rest_det = wp.determinant(Dm)                                                     <L 52>
    adj_edge_matrix_0(var_X_rest, var_7, var_11, var_15, var_19, adj_X_rest, adj_7, adj_11, adj_15, adj_19, adj_47);
    // adj: Dm = edge_matrix(X_rest, i, j, k, l)                                              <L 51>
    wp::adj_div(var_38, var_45, var_46, adj_38, adj_45, adj_46);
    wp::adj_mul(var_40, var_44, adj_40, adj_44, adj_45);
    wp::adj_sub(var_41, var_43, adj_41, adj_43, adj_44);
    wp::adj_mul(var_42, var_31, adj_42, adj_31, adj_43);
    wp::adj_add(var_39, var_31, adj_39, adj_31, adj_40);
    wp::adj_mul(var_28, var_31, adj_28, adj_31, adj_38);
    // adj: k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))           <L 50>
    wp::adj_div(var_28, var_36, var_37, adj_28, adj_36, adj_37);
    wp::adj_mul(var_33, var_35, adj_33, adj_35, adj_36);
    wp::adj_add(var_34, var_31, adj_34, adj_31, adj_35);
    // adj: k_mu = youngs / (2.0 * (1.0 + poisson))                                           <L 49>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_material_poisson, var_22, adj_material_poisson, adj_22, adj_30);
    // adj: poisson = material_poisson[material]                                              <L 47>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_material_youngs, var_22, adj_material_youngs, adj_22, adj_27);
    // adj: youngs = material_youngs[material]                                                <L 46>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_material_type, var_22, adj_material_type, adj_22, adj_24);
    // adj: model = material_type[material]                                                   <L 45>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_tet_material_ids, var_0, adj_tet_material_ids, adj_0, adj_21);
    // adj: material = tet_material_ids[tid]                                                  <L 44>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_tet_indices, var_0, var_17, adj_tet_indices, adj_0, adj_17, adj_18);
    // adj: l = tet_indices[tid, 3]                                                           <L 41>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_tet_indices, var_0, var_13, adj_tet_indices, adj_0, adj_13, adj_14);
    // adj: k = tet_indices[tid, 2]                                                           <L 40>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_tet_indices, var_0, var_9, adj_tet_indices, adj_0, adj_9, adj_10);
    // adj: j = tet_indices[tid, 1]                                                           <L 39>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_tet_indices, var_0, var_5, adj_tet_indices, adj_0, adj_5, adj_6);
    // adj: i = tet_indices[tid, 0]                                                           <L 38>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 37>
    }
    wp::adj_address(var_tet_active, var_0, adj_tet_active, adj_0, adj_1);
    // adj: if tet_active[tid] == 0:                                                          <L 36>
    // adj: tid = wp.tid()                                                                    <L 35>
    // adj: def tet_element_forces(                                                           <L 20>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tet_element_forces_a43c2b99_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_a43c2b99 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tet_element_forces_a43c2b99_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void tet_element_forces_a43c2b99_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_a43c2b99 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tet_element_forces_a43c2b99_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void tet_element_forces_a43c2b99_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_a43c2b99 *_wp_args)
{
    tet_element_forces_a43c2b99_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tet_element_forces_a43c2b99_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_a43c2b99 *_wp_args,
    wp_args_tet_element_forces_a43c2b99 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tet_element_forces_a43c2b99_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void tet_element_forces_a43c2b99_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_a43c2b99 *_wp_args,
    wp_args_tet_element_forces_a43c2b99 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tet_element_forces_a43c2b99_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void tet_element_forces_a43c2b99_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_a43c2b99 *_wp_args,
    wp_args_tet_element_forces_a43c2b99 *_wp_adj_args)
{
    tet_element_forces_a43c2b99_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

