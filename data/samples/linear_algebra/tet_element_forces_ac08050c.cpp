// Warp 1.19.0 cpu code for tet_element_forces_ac08050c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

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


// tet_element_forces.py:19
static wp::float32 strain_energy_density_0(
    wp::int32 var_model,
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::mat_t<3, 3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    bool var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    const wp::float32 var_38 = 1.0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.001;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.5;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 3.0;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.5;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    //---------
    // forward
    // def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:       <L 20>
    // I = wp.identity(n=3, dtype=float)                                                      <L 21>
    var_1 = wp::identity<3, wp::float32>();
    // if model == MaterialModel.LINEAR:                                                      <L 22>
    var_3 = (var_model == var_2);
    if (var_3) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 23>
        var_4 = wp::transpose(var_F);
        var_5 = wp::add(var_F, var_4);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::sub(var_7, var_1);
        // return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)          <L 24>
        var_9 = wp::ddot(var_8, var_8);
        var_10 = wp::mul(var_mu, var_9);
        var_12 = wp::mul(var_11, var_lam);
        var_13 = wp::trace(var_8);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::trace(var_8);
        var_16 = wp::mul(var_14, var_15);
        var_17 = wp::add(var_10, var_16);
        return var_17;
    }
    // if model == MaterialModel.COROTATED:                                                   <L 25>
    var_19 = (var_model == var_18);
    if (var_19) {
        // U = wp.mat33()                                                                     <L 26>
        var_20 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                  <L 27>
        var_21 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                     <L 28>
        var_22 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(F, U, sigma, V)                                                            <L 29>
        wp::svd3(var_F, var_20, var_21, var_22);
        // s = sigma - wp.vec3(1.0)                                                           <L 30>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        var_25 = wp::sub(var_21, var_24);
        // J = sigma[0] * sigma[1] * sigma[2]                                                 <L 31>
        var_27 = wp::extract(var_21, var_26);
        var_29 = wp::extract(var_21, var_28);
        var_30 = wp::mul(var_27, var_29);
        var_32 = wp::extract(var_21, var_31);
        var_33 = wp::mul(var_30, var_32);
        // return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)                       <L 32>
        var_34 = wp::dot(var_25, var_25);
        var_35 = wp::mul(var_mu, var_34);
        var_37 = wp::mul(var_36, var_lam);
        var_39 = wp::sub(var_33, var_38);
        var_40 = wp::mul(var_37, var_39);
        var_42 = wp::sub(var_33, var_41);
        var_43 = wp::mul(var_40, var_42);
        var_44 = wp::add(var_35, var_43);
        return var_44;
    }
    // log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))                                      <L 33>
    var_45 = wp::determinant(var_F);
    var_47 = wp::max(var_45, var_46);
    var_48 = wp::log(var_47);
    // return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J       <L 34>
    var_50 = wp::mul(var_49, var_mu);
    var_51 = wp::ddot(var_F, var_F);
    var_53 = wp::sub(var_51, var_52);
    var_54 = wp::mul(var_50, var_53);
    var_55 = wp::mul(var_mu, var_48);
    var_56 = wp::sub(var_54, var_55);
    var_58 = wp::mul(var_57, var_lam);
    var_59 = wp::mul(var_58, var_48);
    var_60 = wp::mul(var_59, var_48);
    var_61 = wp::add(var_56, var_60);
    return var_61;
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


// tet_element_forces.py:19
static void adj_strain_energy_density_0(
    wp::int32 var_model,
    wp::mat_t<3, 3, wp::float32> var_F,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::int32 & adj_model,
    wp::mat_t<3, 3, wp::float32> & adj_F,
    wp::float32 & adj_mu,
    wp::float32 & adj_lam,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::mat_t<3, 3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    const wp::float32 var_6 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 3;
    bool var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    const wp::float32 var_23 = 1.0;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    const wp::int32 var_28 = 1;
    wp::float32 var_29;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.5;
    wp::float32 var_37;
    const wp::float32 var_38 = 1.0;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 1.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.001;
    wp::float32 var_47;
    wp::float32 var_48;
    const wp::float32 var_49 = 0.5;
    wp::float32 var_50;
    wp::float32 var_51;
    const wp::float32 var_52 = 3.0;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.5;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    bool adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
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
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    //---------
    // forward
    // def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:       <L 20>
    // I = wp.identity(n=3, dtype=float)                                                      <L 21>
    var_1 = wp::identity<3, wp::float32>();
    // if model == MaterialModel.LINEAR:                                                      <L 22>
    var_3 = (var_model == var_2);
    if (var_3) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 23>
        var_4 = wp::transpose(var_F);
        var_5 = wp::add(var_F, var_4);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::sub(var_7, var_1);
        // return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)          <L 24>
        var_9 = wp::ddot(var_8, var_8);
        var_10 = wp::mul(var_mu, var_9);
        var_12 = wp::mul(var_11, var_lam);
        var_13 = wp::trace(var_8);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::trace(var_8);
        var_16 = wp::mul(var_14, var_15);
        var_17 = wp::add(var_10, var_16);
        goto label0;
    }
    // if model == MaterialModel.COROTATED:                                                   <L 25>
    var_19 = (var_model == var_18);
    if (var_19) {
        // U = wp.mat33()                                                                     <L 26>
        var_20 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                  <L 27>
        var_21 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                     <L 28>
        var_22 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(F, U, sigma, V)                                                            <L 29>
        wp::svd3(var_F, var_20, var_21, var_22);
        // s = sigma - wp.vec3(1.0)                                                           <L 30>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        var_25 = wp::sub(var_21, var_24);
        // J = sigma[0] * sigma[1] * sigma[2]                                                 <L 31>
        var_27 = wp::extract(var_21, var_26);
        var_29 = wp::extract(var_21, var_28);
        var_30 = wp::mul(var_27, var_29);
        var_32 = wp::extract(var_21, var_31);
        var_33 = wp::mul(var_30, var_32);
        // return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)                       <L 32>
        var_34 = wp::dot(var_25, var_25);
        var_35 = wp::mul(var_mu, var_34);
        var_37 = wp::mul(var_36, var_lam);
        var_39 = wp::sub(var_33, var_38);
        var_40 = wp::mul(var_37, var_39);
        var_42 = wp::sub(var_33, var_41);
        var_43 = wp::mul(var_40, var_42);
        var_44 = wp::add(var_35, var_43);
        goto label1;
    }
    // log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))                                      <L 33>
    var_45 = wp::determinant(var_F);
    var_47 = wp::max(var_45, var_46);
    var_48 = wp::log(var_47);
    // return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J       <L 34>
    var_50 = wp::mul(var_49, var_mu);
    var_51 = wp::ddot(var_F, var_F);
    var_53 = wp::sub(var_51, var_52);
    var_54 = wp::mul(var_50, var_53);
    var_55 = wp::mul(var_mu, var_48);
    var_56 = wp::sub(var_54, var_55);
    var_58 = wp::mul(var_57, var_lam);
    var_59 = wp::mul(var_58, var_48);
    var_60 = wp::mul(var_59, var_48);
    var_61 = wp::add(var_56, var_60);
    goto label2;
    //---------
    // reverse
    label2:;
    adj_61 += adj_ret;
    wp::adj_add(var_56, var_60, adj_56, adj_60, adj_61);
    wp::adj_mul(var_59, var_48, adj_59, adj_48, adj_60);
    wp::adj_mul(var_58, var_48, adj_58, adj_48, adj_59);
    wp::adj_mul(var_57, var_lam, adj_57, adj_lam, adj_58);
    wp::adj_sub(var_54, var_55, adj_54, adj_55, adj_56);
    wp::adj_mul(var_mu, var_48, adj_mu, adj_48, adj_55);
    wp::adj_mul(var_50, var_53, adj_50, adj_53, adj_54);
    wp::adj_sub(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_ddot(var_F, var_F, adj_F, adj_F, adj_51);
    wp::adj_mul(var_49, var_mu, adj_49, adj_mu, adj_50);
    // adj: return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J  <L 34>
    wp::adj_log(var_47, adj_47, adj_48);
    wp::adj_max(var_45, var_46, adj_45, adj_46, adj_47);
    wp::adj_determinant(var_F, adj_F, adj_45);
    // adj: log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))                                 <L 33>
    if (var_19) {
        label1:;
        adj_44 += adj_ret;
        wp::adj_add(var_35, var_43, adj_35, adj_43, adj_44);
        wp::adj_mul(var_40, var_42, adj_40, adj_42, adj_43);
        wp::adj_sub(var_33, var_41, adj_33, adj_41, adj_42);
        wp::adj_mul(var_37, var_39, adj_37, adj_39, adj_40);
        wp::adj_sub(var_33, var_38, adj_33, adj_38, adj_39);
        wp::adj_mul(var_36, var_lam, adj_36, adj_lam, adj_37);
        wp::adj_mul(var_mu, var_34, adj_mu, adj_34, adj_35);
        wp::adj_dot(var_25, var_25, adj_25, adj_25, adj_34);
        // adj: return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)                  <L 32>
        wp::adj_mul(var_30, var_32, adj_30, adj_32, adj_33);
        wp::adj_extract(var_21, var_31, adj_21, adj_31, adj_32);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_30);
        wp::adj_extract(var_21, var_28, adj_21, adj_28, adj_29);
        wp::adj_extract(var_21, var_26, adj_21, adj_26, adj_27);
        // adj: J = sigma[0] * sigma[1] * sigma[2]                                            <L 31>
        wp::adj_sub(var_21, var_24, adj_21, adj_24, adj_25);
        wp::adj_vec_t(var_23, adj_23, adj_24);
        // adj: s = sigma - wp.vec3(1.0)                                                      <L 30>
        wp::adj_svd3(var_F, var_20, var_21, var_22, adj_F, adj_20, adj_21, adj_22);
        // adj: wp.svd3(F, U, sigma, V)                                                       <L 29>
        // adj: V = wp.mat33()                                                                <L 28>
        // adj: sigma = wp.vec3()                                                             <L 27>
        // adj: U = wp.mat33()                                                                <L 26>
    }
    // adj: if model == MaterialModel.COROTATED:                                              <L 25>
    if (var_3) {
        label0:;
        adj_17 += adj_ret;
        wp::adj_add(var_10, var_16, adj_10, adj_16, adj_17);
        wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_trace(var_8, adj_8, adj_15);
        wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_trace(var_8, adj_8, adj_13);
        wp::adj_mul(var_11, var_lam, adj_11, adj_lam, adj_12);
        wp::adj_mul(var_mu, var_9, adj_mu, adj_9, adj_10);
        wp::adj_ddot(var_8, var_8, adj_8, adj_8, adj_9);
        // adj: return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)     <L 24>
        wp::adj_sub(var_7, var_1, adj_7, adj_1, adj_8);
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_add(var_F, var_4, adj_F, adj_4, adj_5);
        wp::adj_transpose(var_F, adj_F, adj_4);
        // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 23>
    }
    // adj: if model == MaterialModel.LINEAR:                                                 <L 22>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 21>
    // adj: def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:  <L 20>
    return;
}

struct wp_args_scatter_elastic_forces_b09b4feb {
    wp::array_t<wp::vec_t<4, wp::int32>> elements;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> deformation_gradients;
    wp::array_t<wp::float32> tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rest_inv;
    wp::array_t<wp::float32> element_volume;
    wp::float32 k_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
};


template <bool wp_linear_contiguous>
static void scatter_elastic_forces_b09b4feb_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scatter_elastic_forces_b09b4feb wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.elements.strides[0] = sizeof(wp::vec_t<4, wp::int32>);
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rest_inv.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.element_volume.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_elements = _wp_args->elements;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::float32> var_tet_lambda = _wp_args->tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rest_inv = _wp_args->rest_inv;
    wp::array_t<wp::float32> var_element_volume = _wp_args->element_volume;
    wp::float32 var_k_mu = _wp_args->k_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    const wp::int32 var_13 = 3;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 3;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32>* var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 2;
    const wp::int32 var_54 = 1;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    const wp::int32 var_57 = 0;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    const wp::int32 var_61 = 2;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    const wp::int32 var_64 = 2;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 0;
    wp::int32 var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    const wp::int32 var_72 = 1;
    wp::int32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    const wp::int32 var_75 = 2;
    wp::int32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    const wp::int32 var_78 = 3;
    wp::int32 var_79;
    wp::vec_t<3, wp::float32> var_80;
    //---------
    // forward
    // def scatter_elastic_forces(                                                            <L 104>
    // tid = wp.tid()                                                                         <L 114>
    var_0 = builtin_tid1d();
    // tet = elements[tid]                                                                    <L 115>
    var_1 = wp::address(var_elements, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // Fe = deformation_gradients[tid]                                                        <L 116>
    var_4 = wp::address(var_deformation_gradients, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // lam_lame = tet_lambda[tid]                                                             <L 117>
    var_7 = wp::address(var_tet_lambda, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))                 <L 118>
    var_11 = wp::transpose(var_5);
    var_12 = wp::mul(var_11, var_5);
    var_14 = wp::identity<3, wp::float32>();
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::mul(var_10, var_15);
    // P = Fe @ (2.0 * k_mu * strain + lam_lame * wp.trace(strain) * wp.identity(n=3, dtype=float))       <L 119>
    var_18 = wp::mul(var_17, var_k_mu);
    var_19 = wp::mul(var_18, var_16);
    var_20 = wp::trace(var_16);
    var_21 = wp::mul(var_8, var_20);
    var_23 = wp::identity<3, wp::float32>();
    var_24 = wp::mul(var_21, var_23);
    var_25 = wp::add(var_19, var_24);
    var_26 = wp::mul(var_5, var_25);
    // inv_rest = rest_inv[tid]                                                               <L 120>
    var_27 = wp::address(var_rest_inv, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // vol = element_volume[tid]                                                              <L 121>
    var_30 = wp::address(var_element_volume, var_0);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // H = -vol * P @ wp.transpose(inv_rest)                                                  <L 122>
    var_33 = wp::neg(var_31);
    var_34 = wp::mul(var_33, var_26);
    var_35 = wp::transpose(var_28);
    var_36 = wp::mul(var_34, var_35);
    // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 123>
    var_39 = wp::extract(var_36, var_37, var_38);
    var_42 = wp::extract(var_36, var_40, var_41);
    var_45 = wp::extract(var_36, var_43, var_44);
    var_46 = wp::vec_t<3, wp::float32>(var_39, var_42, var_45);
    // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 124>
    var_49 = wp::extract(var_36, var_47, var_48);
    var_52 = wp::extract(var_36, var_50, var_51);
    var_55 = wp::extract(var_36, var_53, var_54);
    var_56 = wp::vec_t<3, wp::float32>(var_49, var_52, var_55);
    // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 125>
    var_59 = wp::extract(var_36, var_57, var_58);
    var_62 = wp::extract(var_36, var_60, var_61);
    var_65 = wp::extract(var_36, var_63, var_64);
    var_66 = wp::vec_t<3, wp::float32>(var_59, var_62, var_65);
    // wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                         <L 127>
    var_68 = wp::extract(var_2, var_67);
    var_69 = wp::add(var_46, var_56);
    var_70 = wp::add(var_69, var_66);
    var_71 = wp::atomic_sub(var_force_out, var_68, var_70);
    // wp.atomic_add(force_out, tet[1], f1)                                                   <L 128>
    var_73 = wp::extract(var_2, var_72);
    var_74 = wp::atomic_add(var_force_out, var_73, var_46);
    // wp.atomic_add(force_out, tet[2], f2)                                                   <L 129>
    var_76 = wp::extract(var_2, var_75);
    var_77 = wp::atomic_add(var_force_out, var_76, var_56);
    // wp.atomic_add(force_out, tet[3], f3)                                                   <L 130>
    var_79 = wp::extract(var_2, var_78);
    var_80 = wp::atomic_add(var_force_out, var_79, var_66);
}



template <bool wp_linear_contiguous>
static void scatter_elastic_forces_b09b4feb_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_scatter_elastic_forces_b09b4feb wp_contiguous_args;
    wp_args_scatter_elastic_forces_b09b4feb wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.elements.strides[0] = sizeof(wp::vec_t<4, wp::int32>);
        wp_contiguous_adj_args.elements.strides[0] = sizeof(wp::vec_t<4, wp::int32>);
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rest_inv.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.rest_inv.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.element_volume.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.element_volume.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_elements = _wp_args->elements;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::float32> var_tet_lambda = _wp_args->tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rest_inv = _wp_args->rest_inv;
    wp::array_t<wp::float32> var_element_volume = _wp_args->element_volume;
    wp::float32 var_k_mu = _wp_args->k_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_elements = _wp_adj_args->elements;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients = _wp_adj_args->deformation_gradients;
    wp::array_t<wp::float32> adj_tet_lambda = _wp_adj_args->tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rest_inv = _wp_adj_args->rest_inv;
    wp::array_t<wp::float32> adj_element_volume = _wp_adj_args->element_volume;
    wp::float32 adj_k_mu = _wp_adj_args->k_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    wp::mat_t<3, 3, wp::float32>* var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    const wp::int32 var_13 = 3;
    wp::mat_t<3, 3, wp::float32> var_14;
    wp::mat_t<3, 3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::float32 var_17 = 2.0;
    wp::float32 var_18;
    wp::mat_t<3, 3, wp::float32> var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::int32 var_22 = 3;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    wp::mat_t<3, 3, wp::float32> var_25;
    wp::mat_t<3, 3, wp::float32> var_26;
    wp::mat_t<3, 3, wp::float32>* var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::mat_t<3, 3, wp::float32> var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    wp::float32 var_39;
    const wp::int32 var_40 = 1;
    const wp::int32 var_41 = 0;
    wp::float32 var_42;
    const wp::int32 var_43 = 2;
    const wp::int32 var_44 = 0;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    const wp::int32 var_47 = 0;
    const wp::int32 var_48 = 1;
    wp::float32 var_49;
    const wp::int32 var_50 = 1;
    const wp::int32 var_51 = 1;
    wp::float32 var_52;
    const wp::int32 var_53 = 2;
    const wp::int32 var_54 = 1;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    const wp::int32 var_57 = 0;
    const wp::int32 var_58 = 2;
    wp::float32 var_59;
    const wp::int32 var_60 = 1;
    const wp::int32 var_61 = 2;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    const wp::int32 var_64 = 2;
    wp::float32 var_65;
    wp::vec_t<3, wp::float32> var_66;
    const wp::int32 var_67 = 0;
    wp::int32 var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    const wp::int32 var_72 = 1;
    wp::int32 var_73;
    wp::vec_t<3, wp::float32> var_74;
    const wp::int32 var_75 = 2;
    wp::int32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    const wp::int32 var_78 = 3;
    wp::int32 var_79;
    wp::vec_t<3, wp::float32> var_80;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::vec_t<4, wp::int32> adj_2 = {};
    wp::vec_t<4, wp::int32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::mat_t<3, 3, wp::float32> adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::mat_t<3, 3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    wp::mat_t<3, 3, wp::float32> adj_25 = {};
    wp::mat_t<3, 3, wp::float32> adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::mat_t<3, 3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::mat_t<3, 3, wp::float32> adj_34 = {};
    wp::mat_t<3, 3, wp::float32> adj_35 = {};
    wp::mat_t<3, 3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    wp::int32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::int32 adj_67 = {};
    wp::int32 adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    //---------
    // forward
    // def scatter_elastic_forces(                                                            <L 104>
    // tid = wp.tid()                                                                         <L 114>
    var_0 = builtin_tid1d();
    // tet = elements[tid]                                                                    <L 115>
    var_1 = wp::address(var_elements, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // Fe = deformation_gradients[tid]                                                        <L 116>
    var_4 = wp::address(var_deformation_gradients, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // lam_lame = tet_lambda[tid]                                                             <L 117>
    var_7 = wp::address(var_tet_lambda, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))                 <L 118>
    var_11 = wp::transpose(var_5);
    var_12 = wp::mul(var_11, var_5);
    var_14 = wp::identity<3, wp::float32>();
    var_15 = wp::sub(var_12, var_14);
    var_16 = wp::mul(var_10, var_15);
    // P = Fe @ (2.0 * k_mu * strain + lam_lame * wp.trace(strain) * wp.identity(n=3, dtype=float))       <L 119>
    var_18 = wp::mul(var_17, var_k_mu);
    var_19 = wp::mul(var_18, var_16);
    var_20 = wp::trace(var_16);
    var_21 = wp::mul(var_8, var_20);
    var_23 = wp::identity<3, wp::float32>();
    var_24 = wp::mul(var_21, var_23);
    var_25 = wp::add(var_19, var_24);
    var_26 = wp::mul(var_5, var_25);
    // inv_rest = rest_inv[tid]                                                               <L 120>
    var_27 = wp::address(var_rest_inv, var_0);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // vol = element_volume[tid]                                                              <L 121>
    var_30 = wp::address(var_element_volume, var_0);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // H = -vol * P @ wp.transpose(inv_rest)                                                  <L 122>
    var_33 = wp::neg(var_31);
    var_34 = wp::mul(var_33, var_26);
    var_35 = wp::transpose(var_28);
    var_36 = wp::mul(var_34, var_35);
    // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 123>
    var_39 = wp::extract(var_36, var_37, var_38);
    var_42 = wp::extract(var_36, var_40, var_41);
    var_45 = wp::extract(var_36, var_43, var_44);
    var_46 = wp::vec_t<3, wp::float32>(var_39, var_42, var_45);
    // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 124>
    var_49 = wp::extract(var_36, var_47, var_48);
    var_52 = wp::extract(var_36, var_50, var_51);
    var_55 = wp::extract(var_36, var_53, var_54);
    var_56 = wp::vec_t<3, wp::float32>(var_49, var_52, var_55);
    // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 125>
    var_59 = wp::extract(var_36, var_57, var_58);
    var_62 = wp::extract(var_36, var_60, var_61);
    var_65 = wp::extract(var_36, var_63, var_64);
    var_66 = wp::vec_t<3, wp::float32>(var_59, var_62, var_65);
    // wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                         <L 127>
    var_68 = wp::extract(var_2, var_67);
    var_69 = wp::add(var_46, var_56);
    var_70 = wp::add(var_69, var_66);
    // var_71 = wp::atomic_sub(var_force_out, var_68, var_70);
    // wp.atomic_add(force_out, tet[1], f1)                                                   <L 128>
    var_73 = wp::extract(var_2, var_72);
    // var_74 = wp::atomic_add(var_force_out, var_73, var_46);
    // wp.atomic_add(force_out, tet[2], f2)                                                   <L 129>
    var_76 = wp::extract(var_2, var_75);
    // var_77 = wp::atomic_add(var_force_out, var_76, var_56);
    // wp.atomic_add(force_out, tet[3], f3)                                                   <L 130>
    var_79 = wp::extract(var_2, var_78);
    // var_80 = wp::atomic_add(var_force_out, var_79, var_66);
    //---------
    // reverse
    wp::adj_atomic_add(var_force_out, var_79, var_66, adj_force_out, adj_79, adj_66, adj_80);
    wp::adj_extract(var_2, var_78, adj_2, adj_78, adj_79);
    // adj: wp.atomic_add(force_out, tet[3], f3)                                              <L 130>
    wp::adj_atomic_add(var_force_out, var_76, var_56, adj_force_out, adj_76, adj_56, adj_77);
    wp::adj_extract(var_2, var_75, adj_2, adj_75, adj_76);
    // adj: wp.atomic_add(force_out, tet[2], f2)                                              <L 129>
    wp::adj_atomic_add(var_force_out, var_73, var_46, adj_force_out, adj_73, adj_46, adj_74);
    wp::adj_extract(var_2, var_72, adj_2, adj_72, adj_73);
    // adj: wp.atomic_add(force_out, tet[1], f1)                                              <L 128>
    wp::adj_atomic_sub(var_force_out, var_68, var_70, adj_force_out, adj_68, adj_70, adj_71);
    wp::adj_add(var_69, var_66, adj_69, adj_66, adj_70);
    wp::adj_add(var_46, var_56, adj_46, adj_56, adj_69);
    wp::adj_extract(var_2, var_67, adj_2, adj_67, adj_68);
    // adj: wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                    <L 127>
    wp::adj_vec_t(var_59, var_62, var_65, adj_59, adj_62, adj_65, adj_66);
    wp::adj_extract(var_36, var_63, var_64, adj_36, adj_63, adj_64, adj_65);
    wp::adj_extract(var_36, var_60, var_61, adj_36, adj_60, adj_61, adj_62);
    wp::adj_extract(var_36, var_57, var_58, adj_36, adj_57, adj_58, adj_59);
    // adj: f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                           <L 125>
    wp::adj_vec_t(var_49, var_52, var_55, adj_49, adj_52, adj_55, adj_56);
    wp::adj_extract(var_36, var_53, var_54, adj_36, adj_53, adj_54, adj_55);
    wp::adj_extract(var_36, var_50, var_51, adj_36, adj_50, adj_51, adj_52);
    wp::adj_extract(var_36, var_47, var_48, adj_36, adj_47, adj_48, adj_49);
    // adj: f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                           <L 124>
    wp::adj_vec_t(var_39, var_42, var_45, adj_39, adj_42, adj_45, adj_46);
    wp::adj_extract(var_36, var_43, var_44, adj_36, adj_43, adj_44, adj_45);
    wp::adj_extract(var_36, var_40, var_41, adj_36, adj_40, adj_41, adj_42);
    wp::adj_extract(var_36, var_37, var_38, adj_36, adj_37, adj_38, adj_39);
    // adj: f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                           <L 123>
    wp::adj_mul(var_34, var_35, adj_34, adj_35, adj_36);
    wp::adj_transpose(var_28, adj_28, adj_35);
    wp::adj_mul(var_33, var_26, adj_33, adj_26, adj_34);
    wp::adj_neg(var_31, adj_31, adj_33);
    // adj: H = -vol * P @ wp.transpose(inv_rest)                                             <L 122>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_element_volume, var_0, adj_element_volume, adj_0, adj_30);
    // adj: vol = element_volume[tid]                                                         <L 121>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_rest_inv, var_0, adj_rest_inv, adj_0, adj_27);
    // adj: inv_rest = rest_inv[tid]                                                          <L 120>
    wp::adj_mul(var_5, var_25, adj_5, adj_25, adj_26);
    wp::adj_add(var_19, var_24, adj_19, adj_24, adj_25);
    wp::adj_mul(var_21, var_23, adj_21, adj_23, adj_24);
    wp::adj_mul(var_8, var_20, adj_8, adj_20, adj_21);
    wp::adj_trace(var_16, adj_16, adj_20);
    wp::adj_mul(var_18, var_16, adj_18, adj_16, adj_19);
    wp::adj_mul(var_17, var_k_mu, adj_17, adj_k_mu, adj_18);
    // adj: P = Fe @ (2.0 * k_mu * strain + lam_lame * wp.trace(strain) * wp.identity(n=3, dtype=float))  <L 119>
    wp::adj_mul(var_10, var_15, adj_10, adj_15, adj_16);
    wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_mul(var_11, var_5, adj_11, adj_5, adj_12);
    wp::adj_transpose(var_5, adj_5, adj_11);
    // adj: strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))            <L 118>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_tet_lambda, var_0, adj_tet_lambda, adj_0, adj_7);
    // adj: lam_lame = tet_lambda[tid]                                                        <L 117>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_4);
    // adj: Fe = deformation_gradients[tid]                                                   <L 116>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_elements, var_0, adj_elements, adj_0, adj_1);
    // adj: tet = elements[tid]                                                               <L 115>
    // adj: tid = wp.tid()                                                                    <L 114>
    // adj: def scatter_elastic_forces(                                                       <L 104>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_elastic_forces_b09b4feb_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_elastic_forces_b09b4feb_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void scatter_elastic_forces_b09b4feb_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->elements.strides[0] == (int)sizeof(wp::vec_t<4, wp::int32>)) & (_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rest_inv.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->element_volume.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        scatter_elastic_forces_b09b4feb_cpu_forward_tasks<true>(dim, _wp_args);
    else
        scatter_elastic_forces_b09b4feb_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void scatter_elastic_forces_b09b4feb_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args)
{
    scatter_elastic_forces_b09b4feb_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void scatter_elastic_forces_b09b4feb_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        scatter_elastic_forces_b09b4feb_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void scatter_elastic_forces_b09b4feb_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->elements.strides[0] == (int)sizeof(wp::vec_t<4, wp::int32>)) & (_wp_adj_args->elements.strides[0] == (int)sizeof(wp::vec_t<4, wp::int32>)) & (_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rest_inv.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->rest_inv.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->element_volume.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->element_volume.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        scatter_elastic_forces_b09b4feb_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        scatter_elastic_forces_b09b4feb_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void scatter_elastic_forces_b09b4feb_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_args,
    wp_args_scatter_elastic_forces_b09b4feb *_wp_adj_args)
{
    scatter_elastic_forces_b09b4feb_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_stvk_energy_bacf3593 {
    wp::array_t<wp::mat_t<3, 3, wp::float32>> deformation_gradients;
    wp::array_t<wp::float32> tet_lambda;
    wp::float32 k_mu;
    wp::array_t<wp::float32> energy_density;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> stresses;
};


template <bool wp_linear_contiguous>
static void stvk_energy_bacf3593_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stvk_energy_bacf3593 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_stvk_energy_bacf3593 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.energy_density.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.stresses.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::float32> var_tet_lambda = _wp_args->tet_lambda;
    wp::float32 var_k_mu = _wp_args->k_mu;
    wp::array_t<wp::float32> var_energy_density = _wp_args->energy_density;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stresses = _wp_args->stresses;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 3;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32 var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 3;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    //---------
    // forward
    // def stvk_energy(                                                                       <L 134>
    // tid = wp.tid()                                                                         <L 141>
    var_0 = builtin_tid1d();
    // Fe = deformation_gradients[tid]                                                        <L 142>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lam_lame = tet_lambda[tid]                                                             <L 143>
    var_4 = wp::address(var_tet_lambda, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))                 <L 144>
    var_8 = wp::transpose(var_2);
    var_9 = wp::mul(var_8, var_2);
    var_11 = wp::identity<3, wp::float32>();
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::mul(var_7, var_12);
    // tr = wp.trace(strain)                                                                  <L 145>
    var_14 = wp::trace(var_13);
    // energy_density[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * lam_lame * tr * tr        <L 146>
    var_15 = wp::ddot(var_13, var_13);
    var_16 = wp::mul(var_k_mu, var_15);
    var_18 = wp::mul(var_17, var_5);
    var_19 = wp::mul(var_18, var_14);
    var_20 = wp::mul(var_19, var_14);
    var_21 = wp::add(var_16, var_20);
    wp::array_store(var_energy_density, var_0, var_21);
    // S = 2.0 * k_mu * strain + lam_lame * tr * wp.identity(n=3, dtype=float)                <L 148>
    var_23 = wp::mul(var_22, var_k_mu);
    var_24 = wp::mul(var_23, var_13);
    var_25 = wp::mul(var_5, var_14);
    var_27 = wp::identity<3, wp::float32>();
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::add(var_24, var_28);
    // stresses[tid] = Fe @ S                                                                 <L 149>
    var_30 = wp::mul(var_2, var_29);
    wp::array_store(var_stresses, var_0, var_30);
}



template <bool wp_linear_contiguous>
static void stvk_energy_bacf3593_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_stvk_energy_bacf3593 *_wp_args,
    wp_args_stvk_energy_bacf3593 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_stvk_energy_bacf3593 wp_contiguous_args;
    wp_args_stvk_energy_bacf3593 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.energy_density.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.energy_density.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.stresses.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.stresses.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::float32> var_tet_lambda = _wp_args->tet_lambda;
    wp::float32 var_k_mu = _wp_args->k_mu;
    wp::array_t<wp::float32> var_energy_density = _wp_args->energy_density;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_stresses = _wp_args->stresses;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients = _wp_adj_args->deformation_gradients;
    wp::array_t<wp::float32> adj_tet_lambda = _wp_adj_args->tet_lambda;
    wp::float32 adj_k_mu = _wp_adj_args->k_mu;
    wp::array_t<wp::float32> adj_energy_density = _wp_adj_args->energy_density;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_stresses = _wp_adj_args->stresses;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::mat_t<3, 3, wp::float32>* var_1;
    wp::mat_t<3, 3, wp::float32> var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    const wp::int32 var_10 = 3;
    wp::mat_t<3, 3, wp::float32> var_11;
    wp::mat_t<3, 3, wp::float32> var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    const wp::float32 var_22 = 2.0;
    wp::float32 var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 3;
    wp::mat_t<3, 3, wp::float32> var_27;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::mat_t<3, 3, wp::float32> adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::mat_t<3, 3, wp::float32> adj_11 = {};
    wp::mat_t<3, 3, wp::float32> adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
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
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::mat_t<3, 3, wp::float32> adj_27 = {};
    wp::mat_t<3, 3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def stvk_energy(                                                                       <L 134>
    // tid = wp.tid()                                                                         <L 141>
    var_0 = builtin_tid1d();
    // Fe = deformation_gradients[tid]                                                        <L 142>
    var_1 = wp::address(var_deformation_gradients, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // lam_lame = tet_lambda[tid]                                                             <L 143>
    var_4 = wp::address(var_tet_lambda, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))                 <L 144>
    var_8 = wp::transpose(var_2);
    var_9 = wp::mul(var_8, var_2);
    var_11 = wp::identity<3, wp::float32>();
    var_12 = wp::sub(var_9, var_11);
    var_13 = wp::mul(var_7, var_12);
    // tr = wp.trace(strain)                                                                  <L 145>
    var_14 = wp::trace(var_13);
    // energy_density[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * lam_lame * tr * tr        <L 146>
    var_15 = wp::ddot(var_13, var_13);
    var_16 = wp::mul(var_k_mu, var_15);
    var_18 = wp::mul(var_17, var_5);
    var_19 = wp::mul(var_18, var_14);
    var_20 = wp::mul(var_19, var_14);
    var_21 = wp::add(var_16, var_20);
    // wp::array_store(var_energy_density, var_0, var_21);
    // S = 2.0 * k_mu * strain + lam_lame * tr * wp.identity(n=3, dtype=float)                <L 148>
    var_23 = wp::mul(var_22, var_k_mu);
    var_24 = wp::mul(var_23, var_13);
    var_25 = wp::mul(var_5, var_14);
    var_27 = wp::identity<3, wp::float32>();
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::add(var_24, var_28);
    // stresses[tid] = Fe @ S                                                                 <L 149>
    var_30 = wp::mul(var_2, var_29);
    // wp::array_store(var_stresses, var_0, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_stresses, var_0, var_30, adj_stresses, adj_0, adj_30);
    wp::adj_mul(var_2, var_29, adj_2, adj_29, adj_30);
    // adj: stresses[tid] = Fe @ S                                                            <L 149>
    wp::adj_add(var_24, var_28, adj_24, adj_28, adj_29);
    wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_mul(var_5, var_14, adj_5, adj_14, adj_25);
    wp::adj_mul(var_23, var_13, adj_23, adj_13, adj_24);
    wp::adj_mul(var_22, var_k_mu, adj_22, adj_k_mu, adj_23);
    // adj: S = 2.0 * k_mu * strain + lam_lame * tr * wp.identity(n=3, dtype=float)           <L 148>
    wp::adj_array_store(var_energy_density, var_0, var_21, adj_energy_density, adj_0, adj_21);
    wp::adj_add(var_16, var_20, adj_16, adj_20, adj_21);
    wp::adj_mul(var_19, var_14, adj_19, adj_14, adj_20);
    wp::adj_mul(var_18, var_14, adj_18, adj_14, adj_19);
    wp::adj_mul(var_17, var_5, adj_17, adj_5, adj_18);
    wp::adj_mul(var_k_mu, var_15, adj_k_mu, adj_15, adj_16);
    wp::adj_ddot(var_13, var_13, adj_13, adj_13, adj_15);
    // adj: energy_density[tid] = k_mu * wp.ddot(strain, strain) + 0.5 * lam_lame * tr * tr   <L 146>
    wp::adj_trace(var_13, adj_13, adj_14);
    // adj: tr = wp.trace(strain)                                                             <L 145>
    wp::adj_mul(var_7, var_12, adj_7, adj_12, adj_13);
    wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
    wp::adj_mul(var_8, var_2, adj_8, adj_2, adj_9);
    wp::adj_transpose(var_2, adj_2, adj_8);
    // adj: strain = 0.5 * (wp.transpose(Fe) @ Fe - wp.identity(n=3, dtype=float))            <L 144>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_tet_lambda, var_0, adj_tet_lambda, adj_0, adj_4);
    // adj: lam_lame = tet_lambda[tid]                                                        <L 143>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
    // adj: Fe = deformation_gradients[tid]                                                   <L 142>
    // adj: tid = wp.tid()                                                                    <L 141>
    // adj: def stvk_energy(                                                                  <L 134>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void stvk_energy_bacf3593_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_stvk_energy_bacf3593 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stvk_energy_bacf3593_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void stvk_energy_bacf3593_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_stvk_energy_bacf3593 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->energy_density.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->stresses.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        stvk_energy_bacf3593_cpu_forward_tasks<true>(dim, _wp_args);
    else
        stvk_energy_bacf3593_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void stvk_energy_bacf3593_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stvk_energy_bacf3593 *_wp_args)
{
    stvk_energy_bacf3593_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void stvk_energy_bacf3593_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_stvk_energy_bacf3593 *_wp_args,
    wp_args_stvk_energy_bacf3593 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        stvk_energy_bacf3593_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void stvk_energy_bacf3593_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_stvk_energy_bacf3593 *_wp_args,
    wp_args_stvk_energy_bacf3593 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->energy_density.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->energy_density.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->stresses.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->stresses.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)));
    if (wp_linear_contiguous)
        stvk_energy_bacf3593_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        stvk_energy_bacf3593_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void stvk_energy_bacf3593_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_stvk_energy_bacf3593 *_wp_args,
    wp_args_stvk_energy_bacf3593 *_wp_adj_args)
{
    stvk_energy_bacf3593_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_tet_element_forces_d5f4f56e {
    wp::array_t<wp::int32> tet_indices;
    wp::array_t<wp::int32> tet_material_ids;
    wp::array_t<wp::int32> material_model;
    wp::array_t<wp::float32> material_k_mu;
    wp::array_t<wp::float32> material_k_lambda;
    wp::array_t<wp::float32> material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> tet_poses;
    wp::array_t<wp::float32> tet_volumes;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::float32> energy;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> tet_stress;
};


template <bool wp_linear_contiguous>
static void tet_element_forces_d5f4f56e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tet_element_forces_d5f4f56e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tet_indices = _wp_args->tet_indices;
    wp::array_t<wp::int32> var_tet_material_ids = _wp_args->tet_material_ids;
    wp::array_t<wp::int32> var_material_model = _wp_args->material_model;
    wp::array_t<wp::float32> var_material_k_mu = _wp_args->material_k_mu;
    wp::array_t<wp::float32> var_material_k_lambda = _wp_args->material_k_lambda;
    wp::array_t<wp::float32> var_material_k_damp = _wp_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_poses = _wp_args->tet_poses;
    wp::array_t<wp::float32> var_tet_volumes = _wp_args->tet_volumes;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_stress = _wp_args->tet_stress;
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
    wp::mat_t<3, 3, wp::float32>* var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::mat_t<3, 3, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.2;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.2;
    wp::float32 var_47;
    const wp::int32 var_48 = 2;
    wp::float32 var_49;
    const wp::float32 var_50 = 0.2;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::mat_t<3, 3, wp::float32> var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    wp::mat_t<3, 3, wp::float32> var_56;
    const wp::int32 var_57 = 3;
    wp::mat_t<3, 3, wp::float32> var_58;
    wp::mat_t<3, 3, wp::float32> var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    wp::mat_t<3, 3, wp::float32> var_62;
    wp::mat_t<3, 3, wp::float32> var_63;
    const wp::float32 var_64 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    const wp::float32 var_67 = 2.0;
    wp::float32 var_68;
    wp::mat_t<3, 3, wp::float32> var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    wp::mat_t<3, 3, wp::float32> var_73;
    const wp::int32 var_74 = 3;
    bool var_75;
    wp::mat_t<3, 3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::mat_t<3, 3, wp::float32> var_79;
    wp::mat_t<3, 3, wp::float32> var_80;
    const wp::int32 var_81 = 0;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 2;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::mat_t<3, 3, wp::float32> var_89;
    const wp::float32 var_90 = 2.0;
    wp::float32 var_91;
    wp::mat_t<3, 3, wp::float32> var_92;
    wp::mat_t<3, 3, wp::float32> var_93;
    wp::mat_t<3, 3, wp::float32> var_94;
    const wp::float32 var_95 = 1.0;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::mat_t<3, 3, wp::float32> var_99;
    wp::mat_t<3, 3, wp::float32> var_100;
    wp::float32 var_101;
    const wp::float32 var_102 = 0.001;
    wp::float32 var_103;
    wp::mat_t<3, 3, wp::float32> var_104;
    wp::mat_t<3, 3, wp::float32> var_105;
    wp::mat_t<3, 3, wp::float32> var_106;
    wp::mat_t<3, 3, wp::float32> var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::mat_t<3, 3, wp::float32> var_110;
    wp::mat_t<3, 3, wp::float32> var_111;
    wp::mat_t<3, 3, wp::float32> var_112;
    wp::float32 var_113;
    wp::mat_t<3, 3, wp::float32> var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::mat_t<3, 3, wp::float32> var_116;
    wp::float32* var_117;
    wp::mat_t<3, 3, wp::float32> var_118;
    wp::float32 var_119;
    wp::mat_t<3, 3, wp::float32> var_120;
    const wp::int32 var_121 = 0;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::mat_t<3, 3, wp::float32> var_125;
    wp::mat_t<3, 3, wp::float32> var_126;
    wp::float32 var_127;
    wp::mat_t<3, 3, wp::float32> var_128;
    wp::mat_t<3, 3, wp::float32> var_129;
    const wp::int32 var_130 = 0;
    wp::vec_t<3, wp::float32> var_131;
    const wp::int32 var_132 = 1;
    wp::vec_t<3, wp::float32> var_133;
    const wp::int32 var_134 = 2;
    wp::vec_t<3, wp::float32> var_135;
    wp::vec_t<3, wp::float32> var_136;
    wp::vec_t<3, wp::float32> var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
    //---------
    // forward
    // def tet_element_forces(                                                                <L 38>
    // tid = wp.tid()                                                                         <L 53>
    var_0 = builtin_tid1d();
    // i = tet_indices[tid, 0]                                                                <L 54>
    var_2 = wp::address(var_tet_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = tet_indices[tid, 1]                                                                <L 55>
    var_6 = wp::address(var_tet_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = tet_indices[tid, 2]                                                                <L 56>
    var_10 = wp::address(var_tet_indices, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // l = tet_indices[tid, 3]                                                                <L 57>
    var_14 = wp::address(var_tet_indices, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // material = tet_material_ids[tid]                                                       <L 58>
    var_17 = wp::address(var_tet_material_ids, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // model = material_model[material]                                                       <L 59>
    var_20 = wp::address(var_material_model, var_18);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // k_mu = material_k_mu[material]                                                         <L 60>
    var_23 = wp::address(var_material_k_mu, var_18);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // k_lambda = material_k_lambda[material]                                                 <L 61>
    var_26 = wp::address(var_material_k_lambda, var_18);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // Dm_inv = tet_poses[tid]                                                                <L 62>
    var_29 = wp::address(var_tet_poses, var_0);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // rest_volume = tet_volumes[tid]                                                         <L 63>
    var_32 = wp::address(var_tet_volumes, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::copy(var_34);
    // F = edge_matrix(particle_x, i, j, k, l) * Dm_inv                                       <L 64>
    var_35 = edge_matrix_0(var_particle_x, var_3, var_7, var_11, var_15);
    var_36 = wp::mul(var_35, var_30);
    // U_f = wp.mat33()                                                                       <L 65>
    var_37 = wp::mat_t<3, 3, wp::float32>();
    // sigma_f = wp.vec3()                                                                    <L 66>
    var_38 = wp::vec_t<3, wp::float32>();
    // V_f = wp.mat33()                                                                       <L 67>
    var_39 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U_f, sigma_f, V_f)                                                          <L 68>
    wp::svd3(var_36, var_37, var_38, var_39);
    // sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))       <L 69>
    var_41 = wp::extract(var_38, var_40);
    var_43 = wp::max(var_41, var_42);
    var_45 = wp::extract(var_38, var_44);
    var_47 = wp::max(var_45, var_46);
    var_49 = wp::extract(var_38, var_48);
    var_51 = wp::max(var_49, var_50);
    var_52 = wp::vec_t<3, wp::float32>(var_43, var_47, var_51);
    // F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)                                         <L 70>
    var_53 = wp::diag(var_52);
    var_54 = wp::mul(var_37, var_53);
    var_55 = wp::transpose(var_39);
    var_56 = wp::mul(var_54, var_55);
    // I = wp.identity(n=3, dtype=float)                                                      <L 71>
    var_58 = wp::identity<3, wp::float32>();
    // P = wp.mat33()                                                                         <L 72>
    var_59 = wp::mat_t<3, 3, wp::float32>();
    // if model == MaterialModel.LINEAR:                                                      <L 73>
    var_61 = (var_21 == var_60);
    if (var_61) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 74>
        var_62 = wp::transpose(var_56);
        var_63 = wp::add(var_56, var_62);
        var_65 = wp::mul(var_63, var_64);
        var_66 = wp::sub(var_65, var_58);
        // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 75>
        var_68 = wp::mul(var_67, var_24);
        var_69 = wp::mul(var_66, var_68);
        var_70 = wp::trace(var_66);
        var_71 = wp::mul(var_27, var_70);
        var_72 = wp::mul(var_58, var_71);
        var_73 = wp::add(var_69, var_72);
    }
    if (!var_61) {
        // elif model == MaterialModel.COROTATED:                                             <L 76>
        var_75 = (var_21 == var_74);
        if (var_75) {
            // U = wp.mat33()                                                                 <L 77>
            var_76 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                              <L 78>
            var_77 = wp::vec_t<3, wp::float32>();
            // V = wp.mat33()                                                                 <L 79>
            var_78 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(F, U, sigma, V)                                                        <L 80>
            wp::svd3(var_56, var_76, var_77, var_78);
            // R = U * wp.transpose(V)                                                        <L 81>
            var_79 = wp::transpose(var_78);
            var_80 = wp::mul(var_76, var_79);
            // J = sigma[0] * sigma[1] * sigma[2]                                             <L 82>
            var_82 = wp::extract(var_77, var_81);
            var_84 = wp::extract(var_77, var_83);
            var_85 = wp::mul(var_82, var_84);
            var_87 = wp::extract(var_77, var_86);
            var_88 = wp::mul(var_85, var_87);
            // P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)       <L 83>
            var_89 = wp::sub(var_56, var_80);
            var_91 = wp::mul(var_90, var_24);
            var_92 = wp::mul(var_89, var_91);
            var_93 = wp::inverse(var_56);
            var_94 = wp::transpose(var_93);
            var_96 = wp::sub(var_88, var_95);
            var_97 = wp::mul(var_27, var_96);
            var_98 = wp::mul(var_97, var_88);
            var_99 = wp::mul(var_94, var_98);
            var_100 = wp::add(var_92, var_99);
        }
        if (!var_75) {
            // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 85>
            var_101 = wp::determinant(var_56);
            var_103 = wp::max(var_101, var_102);
            // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 86>
            var_104 = wp::inverse(var_56);
            var_105 = wp::transpose(var_104);
            // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 87>
            var_106 = wp::sub(var_56, var_105);
            var_107 = wp::mul(var_106, var_24);
            var_108 = wp::log(var_103);
            var_109 = wp::mul(var_27, var_108);
            var_110 = wp::mul(var_105, var_109);
            var_111 = wp::add(var_107, var_110);
        }
        var_112 = wp::where(var_75, var_100, var_111);
        var_113 = wp::where(var_75, var_88, var_103);
    }
    var_114 = wp::where(var_61, var_73, var_112);
    // dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv                                    <L 88>
    var_115 = edge_matrix_0(var_particle_v, var_3, var_7, var_11, var_15);
    var_116 = wp::mul(var_115, var_30);
    // P = P + dFdt * material_k_damp[material]                                               <L 89>
    var_117 = wp::address(var_material_k_damp, var_18);
    var_119 = wp::load(var_117);
    var_118 = wp::mul(var_116, var_119);
    var_120 = wp::add(var_114, var_118);
    // tet_stress[tid] = P                                                                    <L 90>
    wp::array_store(var_tet_stress, var_0, var_120);
    // wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))       <L 91>
    var_122 = strain_energy_density_0(var_21, var_56, var_24, var_27);
    var_123 = wp::mul(var_33, var_122);
    var_124 = wp::atomic_add(var_energy, var_121, var_123);
    // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 92>
    var_125 = wp::transpose(var_30);
    var_126 = wp::mul(var_120, var_125);
    var_127 = wp::neg(var_33);
    var_128 = wp::mul(var_126, var_127);
    // Ht = wp.transpose(H)                                                                   <L 93>
    var_129 = wp::transpose(var_128);
    // f1 = Ht[0]                                                                             <L 94>
    var_131 = wp::extract(var_129, var_130);
    // f2 = Ht[1]                                                                             <L 95>
    var_133 = wp::extract(var_129, var_132);
    // f3 = Ht[2]                                                                             <L 96>
    var_135 = wp::extract(var_129, var_134);
    // wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                             <L 97>
    var_136 = wp::add(var_131, var_133);
    var_137 = wp::add(var_136, var_135);
    var_138 = wp::atomic_sub(var_particle_f, var_3, var_137);
    // wp.atomic_add(particle_f, j, f1)                                                       <L 98>
    var_139 = wp::atomic_add(var_particle_f, var_7, var_131);
    // wp.atomic_add(particle_f, k, f2)                                                       <L 99>
    var_140 = wp::atomic_add(var_particle_f, var_11, var_133);
    // wp.atomic_add(particle_f, l, f3)                                                       <L 100>
    var_141 = wp::atomic_add(var_particle_f, var_15, var_135);
}



template <bool wp_linear_contiguous>
static void tet_element_forces_d5f4f56e_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tet_element_forces_d5f4f56e *_wp_args,
    wp_args_tet_element_forces_d5f4f56e *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tet_indices = _wp_args->tet_indices;
    wp::array_t<wp::int32> var_tet_material_ids = _wp_args->tet_material_ids;
    wp::array_t<wp::int32> var_material_model = _wp_args->material_model;
    wp::array_t<wp::float32> var_material_k_mu = _wp_args->material_k_mu;
    wp::array_t<wp::float32> var_material_k_lambda = _wp_args->material_k_lambda;
    wp::array_t<wp::float32> var_material_k_damp = _wp_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_poses = _wp_args->tet_poses;
    wp::array_t<wp::float32> var_tet_volumes = _wp_args->tet_volumes;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_stress = _wp_args->tet_stress;
    wp::array_t<wp::int32> adj_tet_indices = _wp_adj_args->tet_indices;
    wp::array_t<wp::int32> adj_tet_material_ids = _wp_adj_args->tet_material_ids;
    wp::array_t<wp::int32> adj_material_model = _wp_adj_args->material_model;
    wp::array_t<wp::float32> adj_material_k_mu = _wp_adj_args->material_k_mu;
    wp::array_t<wp::float32> adj_material_k_lambda = _wp_adj_args->material_k_lambda;
    wp::array_t<wp::float32> adj_material_k_damp = _wp_adj_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_tet_poses = _wp_adj_args->tet_poses;
    wp::array_t<wp::float32> adj_tet_volumes = _wp_adj_args->tet_volumes;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_tet_stress = _wp_adj_args->tet_stress;
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
    wp::mat_t<3, 3, wp::float32>* var_29;
    wp::mat_t<3, 3, wp::float32> var_30;
    wp::mat_t<3, 3, wp::float32> var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::mat_t<3, 3, wp::float32> var_39;
    const wp::int32 var_40 = 0;
    wp::float32 var_41;
    const wp::float32 var_42 = 0.2;
    wp::float32 var_43;
    const wp::int32 var_44 = 1;
    wp::float32 var_45;
    const wp::float32 var_46 = 0.2;
    wp::float32 var_47;
    const wp::int32 var_48 = 2;
    wp::float32 var_49;
    const wp::float32 var_50 = 0.2;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::mat_t<3, 3, wp::float32> var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    wp::mat_t<3, 3, wp::float32> var_55;
    wp::mat_t<3, 3, wp::float32> var_56;
    const wp::int32 var_57 = 3;
    wp::mat_t<3, 3, wp::float32> var_58;
    wp::mat_t<3, 3, wp::float32> var_59;
    const wp::int32 var_60 = 0;
    bool var_61;
    wp::mat_t<3, 3, wp::float32> var_62;
    wp::mat_t<3, 3, wp::float32> var_63;
    const wp::float32 var_64 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_65;
    wp::mat_t<3, 3, wp::float32> var_66;
    const wp::float32 var_67 = 2.0;
    wp::float32 var_68;
    wp::mat_t<3, 3, wp::float32> var_69;
    wp::float32 var_70;
    wp::float32 var_71;
    wp::mat_t<3, 3, wp::float32> var_72;
    wp::mat_t<3, 3, wp::float32> var_73;
    const wp::int32 var_74 = 3;
    bool var_75;
    wp::mat_t<3, 3, wp::float32> var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    wp::mat_t<3, 3, wp::float32> var_79;
    wp::mat_t<3, 3, wp::float32> var_80;
    const wp::int32 var_81 = 0;
    wp::float32 var_82;
    const wp::int32 var_83 = 1;
    wp::float32 var_84;
    wp::float32 var_85;
    const wp::int32 var_86 = 2;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::mat_t<3, 3, wp::float32> var_89;
    const wp::float32 var_90 = 2.0;
    wp::float32 var_91;
    wp::mat_t<3, 3, wp::float32> var_92;
    wp::mat_t<3, 3, wp::float32> var_93;
    wp::mat_t<3, 3, wp::float32> var_94;
    const wp::float32 var_95 = 1.0;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::mat_t<3, 3, wp::float32> var_99;
    wp::mat_t<3, 3, wp::float32> var_100;
    wp::float32 var_101;
    const wp::float32 var_102 = 0.001;
    wp::float32 var_103;
    wp::mat_t<3, 3, wp::float32> var_104;
    wp::mat_t<3, 3, wp::float32> var_105;
    wp::mat_t<3, 3, wp::float32> var_106;
    wp::mat_t<3, 3, wp::float32> var_107;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::mat_t<3, 3, wp::float32> var_110;
    wp::mat_t<3, 3, wp::float32> var_111;
    wp::mat_t<3, 3, wp::float32> var_112;
    wp::float32 var_113;
    wp::mat_t<3, 3, wp::float32> var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::mat_t<3, 3, wp::float32> var_116;
    wp::float32* var_117;
    wp::mat_t<3, 3, wp::float32> var_118;
    wp::float32 var_119;
    wp::mat_t<3, 3, wp::float32> var_120;
    const wp::int32 var_121 = 0;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::mat_t<3, 3, wp::float32> var_125;
    wp::mat_t<3, 3, wp::float32> var_126;
    wp::float32 var_127;
    wp::mat_t<3, 3, wp::float32> var_128;
    wp::mat_t<3, 3, wp::float32> var_129;
    const wp::int32 var_130 = 0;
    wp::vec_t<3, wp::float32> var_131;
    const wp::int32 var_132 = 1;
    wp::vec_t<3, wp::float32> var_133;
    const wp::int32 var_134 = 2;
    wp::vec_t<3, wp::float32> var_135;
    wp::vec_t<3, wp::float32> var_136;
    wp::vec_t<3, wp::float32> var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::vec_t<3, wp::float32> var_140;
    wp::vec_t<3, wp::float32> var_141;
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
    wp::mat_t<3, 3, wp::float32> adj_30 = {};
    wp::mat_t<3, 3, wp::float32> adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::mat_t<3, 3, wp::float32> adj_35 = {};
    wp::mat_t<3, 3, wp::float32> adj_36 = {};
    wp::mat_t<3, 3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::mat_t<3, 3, wp::float32> adj_39 = {};
    wp::int32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::mat_t<3, 3, wp::float32> adj_53 = {};
    wp::mat_t<3, 3, wp::float32> adj_54 = {};
    wp::mat_t<3, 3, wp::float32> adj_55 = {};
    wp::mat_t<3, 3, wp::float32> adj_56 = {};
    wp::int32 adj_57 = {};
    wp::mat_t<3, 3, wp::float32> adj_58 = {};
    wp::mat_t<3, 3, wp::float32> adj_59 = {};
    wp::int32 adj_60 = {};
    bool adj_61 = {};
    wp::mat_t<3, 3, wp::float32> adj_62 = {};
    wp::mat_t<3, 3, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::mat_t<3, 3, wp::float32> adj_65 = {};
    wp::mat_t<3, 3, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::mat_t<3, 3, wp::float32> adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::mat_t<3, 3, wp::float32> adj_72 = {};
    wp::mat_t<3, 3, wp::float32> adj_73 = {};
    wp::int32 adj_74 = {};
    bool adj_75 = {};
    wp::mat_t<3, 3, wp::float32> adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::mat_t<3, 3, wp::float32> adj_78 = {};
    wp::mat_t<3, 3, wp::float32> adj_79 = {};
    wp::mat_t<3, 3, wp::float32> adj_80 = {};
    wp::int32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::int32 adj_86 = {};
    wp::float32 adj_87 = {};
    wp::float32 adj_88 = {};
    wp::mat_t<3, 3, wp::float32> adj_89 = {};
    wp::float32 adj_90 = {};
    wp::float32 adj_91 = {};
    wp::mat_t<3, 3, wp::float32> adj_92 = {};
    wp::mat_t<3, 3, wp::float32> adj_93 = {};
    wp::mat_t<3, 3, wp::float32> adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::mat_t<3, 3, wp::float32> adj_99 = {};
    wp::mat_t<3, 3, wp::float32> adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::mat_t<3, 3, wp::float32> adj_104 = {};
    wp::mat_t<3, 3, wp::float32> adj_105 = {};
    wp::mat_t<3, 3, wp::float32> adj_106 = {};
    wp::mat_t<3, 3, wp::float32> adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::mat_t<3, 3, wp::float32> adj_110 = {};
    wp::mat_t<3, 3, wp::float32> adj_111 = {};
    wp::mat_t<3, 3, wp::float32> adj_112 = {};
    wp::float32 adj_113 = {};
    wp::mat_t<3, 3, wp::float32> adj_114 = {};
    wp::mat_t<3, 3, wp::float32> adj_115 = {};
    wp::mat_t<3, 3, wp::float32> adj_116 = {};
    wp::float32 adj_117 = {};
    wp::mat_t<3, 3, wp::float32> adj_118 = {};
    wp::float32 adj_119 = {};
    wp::mat_t<3, 3, wp::float32> adj_120 = {};
    wp::int32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::mat_t<3, 3, wp::float32> adj_125 = {};
    wp::mat_t<3, 3, wp::float32> adj_126 = {};
    wp::float32 adj_127 = {};
    wp::mat_t<3, 3, wp::float32> adj_128 = {};
    wp::mat_t<3, 3, wp::float32> adj_129 = {};
    wp::int32 adj_130 = {};
    wp::vec_t<3, wp::float32> adj_131 = {};
    wp::int32 adj_132 = {};
    wp::vec_t<3, wp::float32> adj_133 = {};
    wp::int32 adj_134 = {};
    wp::vec_t<3, wp::float32> adj_135 = {};
    wp::vec_t<3, wp::float32> adj_136 = {};
    wp::vec_t<3, wp::float32> adj_137 = {};
    wp::vec_t<3, wp::float32> adj_138 = {};
    wp::vec_t<3, wp::float32> adj_139 = {};
    wp::vec_t<3, wp::float32> adj_140 = {};
    wp::vec_t<3, wp::float32> adj_141 = {};
    //---------
    // forward
    // def tet_element_forces(                                                                <L 38>
    // tid = wp.tid()                                                                         <L 53>
    var_0 = builtin_tid1d();
    // i = tet_indices[tid, 0]                                                                <L 54>
    var_2 = wp::address(var_tet_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = tet_indices[tid, 1]                                                                <L 55>
    var_6 = wp::address(var_tet_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = tet_indices[tid, 2]                                                                <L 56>
    var_10 = wp::address(var_tet_indices, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // l = tet_indices[tid, 3]                                                                <L 57>
    var_14 = wp::address(var_tet_indices, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // material = tet_material_ids[tid]                                                       <L 58>
    var_17 = wp::address(var_tet_material_ids, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // model = material_model[material]                                                       <L 59>
    var_20 = wp::address(var_material_model, var_18);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // k_mu = material_k_mu[material]                                                         <L 60>
    var_23 = wp::address(var_material_k_mu, var_18);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // k_lambda = material_k_lambda[material]                                                 <L 61>
    var_26 = wp::address(var_material_k_lambda, var_18);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // Dm_inv = tet_poses[tid]                                                                <L 62>
    var_29 = wp::address(var_tet_poses, var_0);
    var_31 = wp::load(var_29);
    var_30 = wp::copy(var_31);
    // rest_volume = tet_volumes[tid]                                                         <L 63>
    var_32 = wp::address(var_tet_volumes, var_0);
    var_34 = wp::load(var_32);
    var_33 = wp::copy(var_34);
    // F = edge_matrix(particle_x, i, j, k, l) * Dm_inv                                       <L 64>
    var_35 = edge_matrix_0(var_particle_x, var_3, var_7, var_11, var_15);
    var_36 = wp::mul(var_35, var_30);
    // U_f = wp.mat33()                                                                       <L 65>
    var_37 = wp::mat_t<3, 3, wp::float32>();
    // sigma_f = wp.vec3()                                                                    <L 66>
    var_38 = wp::vec_t<3, wp::float32>();
    // V_f = wp.mat33()                                                                       <L 67>
    var_39 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U_f, sigma_f, V_f)                                                          <L 68>
    wp::svd3(var_36, var_37, var_38, var_39);
    // sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))       <L 69>
    var_41 = wp::extract(var_38, var_40);
    var_43 = wp::max(var_41, var_42);
    var_45 = wp::extract(var_38, var_44);
    var_47 = wp::max(var_45, var_46);
    var_49 = wp::extract(var_38, var_48);
    var_51 = wp::max(var_49, var_50);
    var_52 = wp::vec_t<3, wp::float32>(var_43, var_47, var_51);
    // F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)                                         <L 70>
    var_53 = wp::diag(var_52);
    var_54 = wp::mul(var_37, var_53);
    var_55 = wp::transpose(var_39);
    var_56 = wp::mul(var_54, var_55);
    // I = wp.identity(n=3, dtype=float)                                                      <L 71>
    var_58 = wp::identity<3, wp::float32>();
    // P = wp.mat33()                                                                         <L 72>
    var_59 = wp::mat_t<3, 3, wp::float32>();
    // if model == MaterialModel.LINEAR:                                                      <L 73>
    var_61 = (var_21 == var_60);
    if (var_61) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 74>
        var_62 = wp::transpose(var_56);
        var_63 = wp::add(var_56, var_62);
        var_65 = wp::mul(var_63, var_64);
        var_66 = wp::sub(var_65, var_58);
        // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 75>
        var_68 = wp::mul(var_67, var_24);
        var_69 = wp::mul(var_66, var_68);
        var_70 = wp::trace(var_66);
        var_71 = wp::mul(var_27, var_70);
        var_72 = wp::mul(var_58, var_71);
        var_73 = wp::add(var_69, var_72);
    }
    if (!var_61) {
        // elif model == MaterialModel.COROTATED:                                             <L 76>
        var_75 = (var_21 == var_74);
        if (var_75) {
            // U = wp.mat33()                                                                 <L 77>
            var_76 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                              <L 78>
            var_77 = wp::vec_t<3, wp::float32>();
            // V = wp.mat33()                                                                 <L 79>
            var_78 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(F, U, sigma, V)                                                        <L 80>
            wp::svd3(var_56, var_76, var_77, var_78);
            // R = U * wp.transpose(V)                                                        <L 81>
            var_79 = wp::transpose(var_78);
            var_80 = wp::mul(var_76, var_79);
            // J = sigma[0] * sigma[1] * sigma[2]                                             <L 82>
            var_82 = wp::extract(var_77, var_81);
            var_84 = wp::extract(var_77, var_83);
            var_85 = wp::mul(var_82, var_84);
            var_87 = wp::extract(var_77, var_86);
            var_88 = wp::mul(var_85, var_87);
            // P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)       <L 83>
            var_89 = wp::sub(var_56, var_80);
            var_91 = wp::mul(var_90, var_24);
            var_92 = wp::mul(var_89, var_91);
            var_93 = wp::inverse(var_56);
            var_94 = wp::transpose(var_93);
            var_96 = wp::sub(var_88, var_95);
            var_97 = wp::mul(var_27, var_96);
            var_98 = wp::mul(var_97, var_88);
            var_99 = wp::mul(var_94, var_98);
            var_100 = wp::add(var_92, var_99);
        }
        if (!var_75) {
            // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 85>
            var_101 = wp::determinant(var_56);
            var_103 = wp::max(var_101, var_102);
            // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 86>
            var_104 = wp::inverse(var_56);
            var_105 = wp::transpose(var_104);
            // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 87>
            var_106 = wp::sub(var_56, var_105);
            var_107 = wp::mul(var_106, var_24);
            var_108 = wp::log(var_103);
            var_109 = wp::mul(var_27, var_108);
            var_110 = wp::mul(var_105, var_109);
            var_111 = wp::add(var_107, var_110);
        }
        var_112 = wp::where(var_75, var_100, var_111);
        var_113 = wp::where(var_75, var_88, var_103);
    }
    var_114 = wp::where(var_61, var_73, var_112);
    // dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv                                    <L 88>
    var_115 = edge_matrix_0(var_particle_v, var_3, var_7, var_11, var_15);
    var_116 = wp::mul(var_115, var_30);
    // P = P + dFdt * material_k_damp[material]                                               <L 89>
    var_117 = wp::address(var_material_k_damp, var_18);
    var_119 = wp::load(var_117);
    var_118 = wp::mul(var_116, var_119);
    var_120 = wp::add(var_114, var_118);
    // tet_stress[tid] = P                                                                    <L 90>
    // wp::array_store(var_tet_stress, var_0, var_120);
    // wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))       <L 91>
    var_122 = strain_energy_density_0(var_21, var_56, var_24, var_27);
    var_123 = wp::mul(var_33, var_122);
    // var_124 = wp::atomic_add(var_energy, var_121, var_123);
    // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 92>
    var_125 = wp::transpose(var_30);
    var_126 = wp::mul(var_120, var_125);
    var_127 = wp::neg(var_33);
    var_128 = wp::mul(var_126, var_127);
    // Ht = wp.transpose(H)                                                                   <L 93>
    var_129 = wp::transpose(var_128);
    // f1 = Ht[0]                                                                             <L 94>
    var_131 = wp::extract(var_129, var_130);
    // f2 = Ht[1]                                                                             <L 95>
    var_133 = wp::extract(var_129, var_132);
    // f3 = Ht[2]                                                                             <L 96>
    var_135 = wp::extract(var_129, var_134);
    // wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                             <L 97>
    var_136 = wp::add(var_131, var_133);
    var_137 = wp::add(var_136, var_135);
    // var_138 = wp::atomic_sub(var_particle_f, var_3, var_137);
    // wp.atomic_add(particle_f, j, f1)                                                       <L 98>
    // var_139 = wp::atomic_add(var_particle_f, var_7, var_131);
    // wp.atomic_add(particle_f, k, f2)                                                       <L 99>
    // var_140 = wp::atomic_add(var_particle_f, var_11, var_133);
    // wp.atomic_add(particle_f, l, f3)                                                       <L 100>
    // var_141 = wp::atomic_add(var_particle_f, var_15, var_135);
    //---------
    // reverse
    wp::adj_atomic_add(var_particle_f, var_15, var_135, adj_particle_f, adj_15, adj_135, adj_141);
    // adj: wp.atomic_add(particle_f, l, f3)                                                  <L 100>
    wp::adj_atomic_add(var_particle_f, var_11, var_133, adj_particle_f, adj_11, adj_133, adj_140);
    // adj: wp.atomic_add(particle_f, k, f2)                                                  <L 99>
    wp::adj_atomic_add(var_particle_f, var_7, var_131, adj_particle_f, adj_7, adj_131, adj_139);
    // adj: wp.atomic_add(particle_f, j, f1)                                                  <L 98>
    wp::adj_atomic_sub(var_particle_f, var_3, var_137, adj_particle_f, adj_3, adj_137, adj_138);
    wp::adj_add(var_136, var_135, adj_136, adj_135, adj_137);
    wp::adj_add(var_131, var_133, adj_131, adj_133, adj_136);
    // adj: wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                        <L 97>
    wp::adj_extract(var_129, var_134, adj_129, adj_134, adj_135);
    // adj: f3 = Ht[2]                                                                        <L 96>
    wp::adj_extract(var_129, var_132, adj_129, adj_132, adj_133);
    // adj: f2 = Ht[1]                                                                        <L 95>
    wp::adj_extract(var_129, var_130, adj_129, adj_130, adj_131);
    // adj: f1 = Ht[0]                                                                        <L 94>
    wp::adj_transpose(var_128, adj_128, adj_129);
    // adj: Ht = wp.transpose(H)                                                              <L 93>
    wp::adj_mul(var_126, var_127, adj_126, adj_127, adj_128);
    wp::adj_neg(var_33, adj_33, adj_127);
    wp::adj_mul(var_120, var_125, adj_120, adj_125, adj_126);
    wp::adj_transpose(var_30, adj_30, adj_125);
    // adj: H = P * wp.transpose(Dm_inv) * (-rest_volume)                                     <L 92>
    wp::adj_atomic_add(var_energy, var_121, var_123, adj_energy, adj_121, adj_123, adj_124);
    wp::adj_mul(var_33, var_122, adj_33, adj_122, adj_123);
    adj_strain_energy_density_0(var_21, var_56, var_24, var_27, adj_21, adj_56, adj_24, adj_27, adj_122);
    // adj: wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))  <L 91>
    wp::adj_array_store(var_tet_stress, var_0, var_120, adj_tet_stress, adj_0, adj_120);
    // adj: tet_stress[tid] = P                                                               <L 90>
    wp::adj_add(var_114, var_118, adj_114, adj_118, adj_120);
    wp::adj_mul(var_116, var_119, adj_116, adj_117, adj_118);
    wp::adj_address(var_material_k_damp, var_18, adj_material_k_damp, adj_18, adj_117);
    // adj: P = P + dFdt * material_k_damp[material]                                          <L 89>
    wp::adj_mul(var_115, var_30, adj_115, adj_30, adj_116);
    adj_edge_matrix_0(var_particle_v, var_3, var_7, var_11, var_15, adj_particle_v, adj_3, adj_7, adj_11, adj_15, adj_115);
    // adj: dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv                               <L 88>
    wp::adj_where(var_61, var_73, var_112, adj_61, adj_73, adj_112, adj_114);
    if (!var_61) {
        wp::adj_where(var_75, var_88, var_103, adj_75, adj_88, adj_103, adj_113);
        wp::adj_where(var_75, var_100, var_111, adj_75, adj_100, adj_111, adj_112);
        if (!var_75) {
            wp::adj_add(var_107, var_110, adj_107, adj_110, adj_111);
            wp::adj_mul(var_105, var_109, adj_105, adj_109, adj_110);
            wp::adj_mul(var_27, var_108, adj_27, adj_108, adj_109);
            wp::adj_log(var_103, adj_103, adj_108);
            wp::adj_mul(var_106, var_24, adj_106, adj_24, adj_107);
            wp::adj_sub(var_56, var_105, adj_56, adj_105, adj_106);
            // adj: P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))               <L 87>
            wp::adj_transpose(var_104, adj_104, adj_105);
            wp::adj_inverse(var_56, var_104, adj_56, adj_104);
            // adj: F_inv_t = wp.transpose(wp.inverse(F))                                     <L 86>
            wp::adj_max(var_101, var_102, adj_101, adj_102, adj_103);
            wp::adj_determinant(var_56, adj_56, adj_101);
            // adj: J = wp.max(wp.determinant(F), 1.0e-3)                                     <L 85>
        }
        if (var_75) {
            wp::adj_add(var_92, var_99, adj_92, adj_99, adj_100);
            wp::adj_mul(var_94, var_98, adj_94, adj_98, adj_99);
            wp::adj_mul(var_97, var_88, adj_97, adj_88, adj_98);
            wp::adj_mul(var_27, var_96, adj_27, adj_96, adj_97);
            wp::adj_sub(var_88, var_95, adj_88, adj_95, adj_96);
            wp::adj_transpose(var_93, adj_93, adj_94);
            wp::adj_inverse(var_56, var_93, adj_56, adj_93);
            wp::adj_mul(var_89, var_91, adj_89, adj_91, adj_92);
            wp::adj_mul(var_90, var_24, adj_90, adj_24, adj_91);
            wp::adj_sub(var_56, var_80, adj_56, adj_80, adj_89);
            // adj: P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)  <L 83>
            wp::adj_mul(var_85, var_87, adj_85, adj_87, adj_88);
            wp::adj_extract(var_77, var_86, adj_77, adj_86, adj_87);
            wp::adj_mul(var_82, var_84, adj_82, adj_84, adj_85);
            wp::adj_extract(var_77, var_83, adj_77, adj_83, adj_84);
            wp::adj_extract(var_77, var_81, adj_77, adj_81, adj_82);
            // adj: J = sigma[0] * sigma[1] * sigma[2]                                        <L 82>
            wp::adj_mul(var_76, var_79, adj_76, adj_79, adj_80);
            wp::adj_transpose(var_78, adj_78, adj_79);
            // adj: R = U * wp.transpose(V)                                                   <L 81>
            wp::adj_svd3(var_56, var_76, var_77, var_78, adj_56, adj_76, adj_77, adj_78);
            // adj: wp.svd3(F, U, sigma, V)                                                   <L 80>
            // adj: V = wp.mat33()                                                            <L 79>
            // adj: sigma = wp.vec3()                                                         <L 78>
            // adj: U = wp.mat33()                                                            <L 77>
        }
        // adj: elif model == MaterialModel.COROTATED:                                        <L 76>
    }
    if (var_61) {
        wp::adj_add(var_69, var_72, adj_69, adj_72, adj_73);
        wp::adj_mul(var_58, var_71, adj_58, adj_71, adj_72);
        wp::adj_mul(var_27, var_70, adj_27, adj_70, adj_71);
        wp::adj_trace(var_66, adj_66, adj_70);
        wp::adj_mul(var_66, var_68, adj_66, adj_68, adj_69);
        wp::adj_mul(var_67, var_24, adj_67, adj_24, adj_68);
        // adj: P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                       <L 75>
        wp::adj_sub(var_65, var_58, adj_65, adj_58, adj_66);
        wp::adj_mul(var_63, var_64, adj_63, adj_64, adj_65);
        wp::adj_add(var_56, var_62, adj_56, adj_62, adj_63);
        wp::adj_transpose(var_56, adj_56, adj_62);
        // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 74>
    }
    // adj: if model == MaterialModel.LINEAR:                                                 <L 73>
    // adj: P = wp.mat33()                                                                    <L 72>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 71>
    wp::adj_mul(var_54, var_55, adj_54, adj_55, adj_56);
    wp::adj_transpose(var_39, adj_39, adj_55);
    wp::adj_mul(var_37, var_53, adj_37, adj_53, adj_54);
    wp::adj_diag(var_52, adj_52, adj_53);
    // adj: F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)                                    <L 70>
    wp::adj_vec_t(var_43, var_47, var_51, adj_43, adj_47, adj_51, adj_52);
    wp::adj_max(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_extract(var_38, var_48, adj_38, adj_48, adj_49);
    wp::adj_max(var_45, var_46, adj_45, adj_46, adj_47);
    wp::adj_extract(var_38, var_44, adj_38, adj_44, adj_45);
    wp::adj_max(var_41, var_42, adj_41, adj_42, adj_43);
    wp::adj_extract(var_38, var_40, adj_38, adj_40, adj_41);
    // adj: sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))  <L 69>
    wp::adj_svd3(var_36, var_37, var_38, var_39, adj_36, adj_37, adj_38, adj_39);
    // adj: wp.svd3(F, U_f, sigma_f, V_f)                                                     <L 68>
    // adj: V_f = wp.mat33()                                                                  <L 67>
    // adj: sigma_f = wp.vec3()                                                               <L 66>
    // adj: U_f = wp.mat33()                                                                  <L 65>
    wp::adj_mul(var_35, var_30, adj_35, adj_30, adj_36);
    adj_edge_matrix_0(var_particle_x, var_3, var_7, var_11, var_15, adj_particle_x, adj_3, adj_7, adj_11, adj_15, adj_35);
    // adj: F = edge_matrix(particle_x, i, j, k, l) * Dm_inv                                  <L 64>
    wp::adj_copy(var_34, adj_32, adj_33);
    wp::adj_address(var_tet_volumes, var_0, adj_tet_volumes, adj_0, adj_32);
    // adj: rest_volume = tet_volumes[tid]                                                    <L 63>
    wp::adj_copy(var_31, adj_29, adj_30);
    wp::adj_address(var_tet_poses, var_0, adj_tet_poses, adj_0, adj_29);
    // adj: Dm_inv = tet_poses[tid]                                                           <L 62>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_material_k_lambda, var_18, adj_material_k_lambda, adj_18, adj_26);
    // adj: k_lambda = material_k_lambda[material]                                            <L 61>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_material_k_mu, var_18, adj_material_k_mu, adj_18, adj_23);
    // adj: k_mu = material_k_mu[material]                                                    <L 60>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_material_model, var_18, adj_material_model, adj_18, adj_20);
    // adj: model = material_model[material]                                                  <L 59>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_tet_material_ids, var_0, adj_tet_material_ids, adj_0, adj_17);
    // adj: material = tet_material_ids[tid]                                                  <L 58>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_tet_indices, var_0, var_13, adj_tet_indices, adj_0, adj_13, adj_14);
    // adj: l = tet_indices[tid, 3]                                                           <L 57>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_tet_indices, var_0, var_9, adj_tet_indices, adj_0, adj_9, adj_10);
    // adj: k = tet_indices[tid, 2]                                                           <L 56>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_tet_indices, var_0, var_5, adj_tet_indices, adj_0, adj_5, adj_6);
    // adj: j = tet_indices[tid, 1]                                                           <L 55>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_tet_indices, var_0, var_1, adj_tet_indices, adj_0, adj_1, adj_2);
    // adj: i = tet_indices[tid, 0]                                                           <L 54>
    // adj: tid = wp.tid()                                                                    <L 53>
    // adj: def tet_element_forces(                                                           <L 38>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tet_element_forces_d5f4f56e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_d5f4f56e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tet_element_forces_d5f4f56e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void tet_element_forces_d5f4f56e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_d5f4f56e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tet_element_forces_d5f4f56e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void tet_element_forces_d5f4f56e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_d5f4f56e *_wp_args)
{
    tet_element_forces_d5f4f56e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tet_element_forces_d5f4f56e_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_d5f4f56e *_wp_args,
    wp_args_tet_element_forces_d5f4f56e *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tet_element_forces_d5f4f56e_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void tet_element_forces_d5f4f56e_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_d5f4f56e *_wp_args,
    wp_args_tet_element_forces_d5f4f56e *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tet_element_forces_d5f4f56e_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void tet_element_forces_d5f4f56e_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_d5f4f56e *_wp_args,
    wp_args_tet_element_forces_d5f4f56e *_wp_adj_args)
{
    tet_element_forces_d5f4f56e_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

