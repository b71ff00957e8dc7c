// Warp 1.19.0 cpu code for corotated_frames_2d_a3cf3a99.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// corotated_frames_2d.py:32
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
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 33>
    // q0 = q[i]                                                                              <L 35>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 36>
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


// corotated_frames_2d.py:39
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
    // def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:       <L 40>
    // I = wp.identity(n=3, dtype=float)                                                      <L 41>
    var_1 = wp::identity<3, wp::float32>();
    // if model == Material.LINEAR:                                                           <L 42>
    var_3 = (var_model == var_2);
    if (var_3) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 43>
        var_4 = wp::transpose(var_F);
        var_5 = wp::add(var_F, var_4);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::sub(var_7, var_1);
        // return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)          <L 44>
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
    // if model == Material.COROTATED:                                                        <L 45>
    var_19 = (var_model == var_18);
    if (var_19) {
        // U = wp.mat33()                                                                     <L 46>
        var_20 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                  <L 47>
        var_21 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                     <L 48>
        var_22 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(F, U, sigma, V)                                                            <L 49>
        wp::svd3(var_F, var_20, var_21, var_22);
        // s = sigma - wp.vec3(1.0)                                                           <L 50>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        var_25 = wp::sub(var_21, var_24);
        // J = sigma[0] * sigma[1] * sigma[2]                                                 <L 51>
        var_27 = wp::extract(var_21, var_26);
        var_29 = wp::extract(var_21, var_28);
        var_30 = wp::mul(var_27, var_29);
        var_32 = wp::extract(var_21, var_31);
        var_33 = wp::mul(var_30, var_32);
        // return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)                       <L 52>
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
    // log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))                                      <L 53>
    var_45 = wp::determinant(var_F);
    var_47 = wp::max(var_45, var_46);
    var_48 = wp::log(var_47);
    // return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J       <L 54>
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


// corotated_frames_2d.py:136
static wp::mat_t<3, 3, wp::float32> neo_hookean_stress_0(
    wp::mat_t<3, 3, wp::float32> var_def_grad,
    wp::float32 var_vol_ratio,
    wp::float32 var_mu,
    wp::float32 var_lam)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 2;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    //---------
    // forward
    // def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):       <L 137>
    // cols = wp.transpose(def_grad)                                                          <L 138>
    var_0 = wp::transpose(var_def_grad);
    // djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))       <L 140>
    var_2 = wp::extract(var_0, var_1);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::cross(var_2, var_4);
    var_7 = wp::extract(var_0, var_6);
    var_9 = wp::extract(var_0, var_8);
    var_10 = wp::cross(var_7, var_9);
    var_12 = wp::extract(var_0, var_11);
    var_14 = wp::extract(var_0, var_13);
    var_15 = wp::cross(var_12, var_14);
    var_16 = wp::matrix_from_cols<wp::float32>(var_5, var_10, var_15);
    // alpha = 1.0 + mu / lam                                                                 <L 141>
    var_18 = wp::div(var_mu, var_lam);
    var_19 = wp::add(var_17, var_18);
    // return mu * def_grad + lam * (vol_ratio - alpha) * djdf                                <L 142>
    var_20 = wp::mul(var_mu, var_def_grad);
    var_21 = wp::sub(var_vol_ratio, var_19);
    var_22 = wp::mul(var_lam, var_21);
    var_23 = wp::mul(var_22, var_16);
    var_24 = wp::add(var_20, var_23);
    return var_24;
}


// corotated_frames_2d.py:32
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
    // def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:       <L 33>
    // q0 = q[i]                                                                              <L 35>
    var_0 = wp::address(var_q, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                            <L 36>
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
    // adj: return wp.matrix_from_cols(q[j] - q0, q[k] - q0, q[l] - q0)                       <L 36>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_q, var_i, adj_q, adj_i, adj_0);
    // adj: q0 = q[i]                                                                         <L 35>
    // adj: def edge_matrix(q: wp.array(dtype=wp.vec3), i: wp.int32, j: wp.int32, k: wp.int32, l: wp.int32) -> wp.mat33:  <L 33>
    return;
}


// corotated_frames_2d.py:39
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
    // def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:       <L 40>
    // I = wp.identity(n=3, dtype=float)                                                      <L 41>
    var_1 = wp::identity<3, wp::float32>();
    // if model == Material.LINEAR:                                                           <L 42>
    var_3 = (var_model == var_2);
    if (var_3) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 43>
        var_4 = wp::transpose(var_F);
        var_5 = wp::add(var_F, var_4);
        var_7 = wp::mul(var_5, var_6);
        var_8 = wp::sub(var_7, var_1);
        // return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)          <L 44>
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
    // if model == Material.COROTATED:                                                        <L 45>
    var_19 = (var_model == var_18);
    if (var_19) {
        // U = wp.mat33()                                                                     <L 46>
        var_20 = wp::mat_t<3, 3, wp::float32>();
        // sigma = wp.vec3()                                                                  <L 47>
        var_21 = wp::vec_t<3, wp::float32>();
        // V = wp.mat33()                                                                     <L 48>
        var_22 = wp::mat_t<3, 3, wp::float32>();
        // wp.svd3(F, U, sigma, V)                                                            <L 49>
        wp::svd3(var_F, var_20, var_21, var_22);
        // s = sigma - wp.vec3(1.0)                                                           <L 50>
        var_24 = wp::vec_t<3, wp::float32>(var_23);
        var_25 = wp::sub(var_21, var_24);
        // J = sigma[0] * sigma[1] * sigma[2]                                                 <L 51>
        var_27 = wp::extract(var_21, var_26);
        var_29 = wp::extract(var_21, var_28);
        var_30 = wp::mul(var_27, var_29);
        var_32 = wp::extract(var_21, var_31);
        var_33 = wp::mul(var_30, var_32);
        // return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)                       <L 52>
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
    // log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))                                      <L 53>
    var_45 = wp::determinant(var_F);
    var_47 = wp::max(var_45, var_46);
    var_48 = wp::log(var_47);
    // return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J       <L 54>
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
    // adj: return 0.5 * mu * (wp.ddot(F, F) - 3.0) - mu * log_J + 0.5 * lam * log_J * log_J  <L 54>
    wp::adj_log(var_47, adj_47, adj_48);
    wp::adj_max(var_45, var_46, adj_45, adj_46, adj_47);
    wp::adj_determinant(var_F, adj_F, adj_45);
    // adj: log_J = wp.log(wp.max(wp.determinant(F), 1.0e-3))                                 <L 53>
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
        // adj: return mu * wp.dot(s, s) + 0.5 * lam * (J - 1.0) * (J - 1.0)                  <L 52>
        wp::adj_mul(var_30, var_32, adj_30, adj_32, adj_33);
        wp::adj_extract(var_21, var_31, adj_21, adj_31, adj_32);
        wp::adj_mul(var_27, var_29, adj_27, adj_29, adj_30);
        wp::adj_extract(var_21, var_28, adj_21, adj_28, adj_29);
        wp::adj_extract(var_21, var_26, adj_21, adj_26, adj_27);
        // adj: J = sigma[0] * sigma[1] * sigma[2]                                            <L 51>
        wp::adj_sub(var_21, var_24, adj_21, adj_24, adj_25);
        wp::adj_vec_t(var_23, adj_23, adj_24);
        // adj: s = sigma - wp.vec3(1.0)                                                      <L 50>
        wp::adj_svd3(var_F, var_20, var_21, var_22, adj_F, adj_20, adj_21, adj_22);
        // adj: wp.svd3(F, U, sigma, V)                                                       <L 49>
        // adj: V = wp.mat33()                                                                <L 48>
        // adj: sigma = wp.vec3()                                                             <L 47>
        // adj: U = wp.mat33()                                                                <L 46>
    }
    // adj: if model == Material.COROTATED:                                                   <L 45>
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
        // adj: return mu * wp.ddot(eps, eps) + 0.5 * lam * wp.trace(eps) * wp.trace(eps)     <L 44>
        wp::adj_sub(var_7, var_1, adj_7, adj_1, adj_8);
        wp::adj_mul(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_add(var_F, var_4, adj_F, adj_4, adj_5);
        wp::adj_transpose(var_F, adj_F, adj_4);
        // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 43>
    }
    // adj: if model == Material.LINEAR:                                                      <L 42>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 41>
    // adj: def strain_energy_density(model: wp.int32, F: wp.mat33, mu: float, lam: float) -> float:  <L 40>
    return;
}


// corotated_frames_2d.py:136
static void adj_neo_hookean_stress_0(
    wp::mat_t<3, 3, wp::float32> var_def_grad,
    wp::float32 var_vol_ratio,
    wp::float32 var_mu,
    wp::float32 var_lam,
    wp::mat_t<3, 3, wp::float32> & adj_def_grad,
    wp::float32 & adj_vol_ratio,
    wp::float32 & adj_mu,
    wp::float32 & adj_lam,
    wp::mat_t<3, 3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::mat_t<3, 3, wp::float32> var_0;
    const wp::int32 var_1 = 1;
    wp::vec_t<3, wp::float32> var_2;
    const wp::int32 var_3 = 2;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    const wp::int32 var_11 = 0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 1;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    const wp::float32 var_17 = 1.0;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::mat_t<3, 3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    wp::mat_t<3, 3, wp::float32> var_24;
    //---------
    // dual vars
    wp::mat_t<3, 3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::mat_t<3, 3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::mat_t<3, 3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):       <L 137>
    // cols = wp.transpose(def_grad)                                                          <L 138>
    var_0 = wp::transpose(var_def_grad);
    // djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))       <L 140>
    var_2 = wp::extract(var_0, var_1);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::cross(var_2, var_4);
    var_7 = wp::extract(var_0, var_6);
    var_9 = wp::extract(var_0, var_8);
    var_10 = wp::cross(var_7, var_9);
    var_12 = wp::extract(var_0, var_11);
    var_14 = wp::extract(var_0, var_13);
    var_15 = wp::cross(var_12, var_14);
    var_16 = wp::matrix_from_cols<wp::float32>(var_5, var_10, var_15);
    // alpha = 1.0 + mu / lam                                                                 <L 141>
    var_18 = wp::div(var_mu, var_lam);
    var_19 = wp::add(var_17, var_18);
    // return mu * def_grad + lam * (vol_ratio - alpha) * djdf                                <L 142>
    var_20 = wp::mul(var_mu, var_def_grad);
    var_21 = wp::sub(var_vol_ratio, var_19);
    var_22 = wp::mul(var_lam, var_21);
    var_23 = wp::mul(var_22, var_16);
    var_24 = wp::add(var_20, var_23);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_24 += adj_ret;
    wp::adj_add(var_20, var_23, adj_20, adj_23, adj_24);
    wp::adj_mul(var_22, var_16, adj_22, adj_16, adj_23);
    wp::adj_mul(var_lam, var_21, adj_lam, adj_21, adj_22);
    wp::adj_sub(var_vol_ratio, var_19, adj_vol_ratio, adj_19, adj_21);
    wp::adj_mul(var_mu, var_def_grad, adj_mu, adj_def_grad, adj_20);
    // adj: return mu * def_grad + lam * (vol_ratio - alpha) * djdf                           <L 142>
    wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
    wp::adj_div(var_mu, var_lam, var_18, adj_mu, adj_lam, adj_18);
    // adj: alpha = 1.0 + mu / lam                                                            <L 141>
    wp::adj_matrix_from_cols(var_5, var_10, var_15, adj_5, adj_10, adj_15, adj_16);
    wp::adj_cross(var_12, var_14, adj_12, adj_14, adj_15);
    wp::adj_extract(var_0, var_13, adj_0, adj_13, adj_14);
    wp::adj_extract(var_0, var_11, adj_0, adj_11, adj_12);
    wp::adj_cross(var_7, var_9, adj_7, adj_9, adj_10);
    wp::adj_extract(var_0, var_8, adj_0, adj_8, adj_9);
    wp::adj_extract(var_0, var_6, adj_0, adj_6, adj_7);
    wp::adj_cross(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: djdf = wp.matrix_from_cols(wp.cross(cols[1], cols[2]), wp.cross(cols[2], cols[0]), wp.cross(cols[0], cols[1]))  <L 140>
    wp::adj_transpose(var_def_grad, adj_def_grad, adj_0);
    // adj: cols = wp.transpose(def_grad)                                                     <L 138>
    // adj: def neo_hookean_stress(def_grad: wp.mat33, vol_ratio: float, mu: float, lam: float):  <L 137>
    return;
}

struct wp_args_tet_element_forces_2cb28854 {
    wp::array_t<wp::int32> tet_indices;
    wp::array_t<wp::int32> tet_material_ids;
    wp::array_t<wp::int32> material_model;
    wp::array_t<wp::float32> material_youngs;
    wp::array_t<wp::float32> material_poisson;
    wp::array_t<wp::float32> material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_q_rest;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::float32> energy;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> tet_stress;
};


template <bool wp_linear_contiguous>
static void tet_element_forces_2cb28854_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tet_element_forces_2cb28854 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tet_indices = _wp_args->tet_indices;
    wp::array_t<wp::int32> var_tet_material_ids = _wp_args->tet_material_ids;
    wp::array_t<wp::int32> var_material_model = _wp_args->material_model;
    wp::array_t<wp::float32> var_material_youngs = _wp_args->material_youngs;
    wp::array_t<wp::float32> var_material_poisson = _wp_args->material_poisson;
    wp::array_t<wp::float32> var_material_k_damp = _wp_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_rest = _wp_args->particle_q_rest;
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
    const wp::float32 var_29 = 2.0;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    wp::float32 var_36;
    const wp::float32 var_37 = 1.0;
    const wp::float32 var_38 = 2.0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 1e-06;
    bool var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    const wp::float32 var_48 = 6.0;
    wp::float32 var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.2;
    wp::float32 var_58;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.2;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    wp::float32 var_64;
    const wp::float32 var_65 = 0.2;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::mat_t<3, 3, wp::float32> var_68;
    wp::mat_t<3, 3, wp::float32> var_69;
    wp::mat_t<3, 3, wp::float32> var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    const wp::int32 var_72 = 3;
    wp::mat_t<3, 3, wp::float32> var_73;
    wp::mat_t<3, 3, wp::float32> var_74;
    const wp::int32 var_75 = 0;
    bool var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    const wp::float32 var_79 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_80;
    wp::mat_t<3, 3, wp::float32> var_81;
    const wp::float32 var_82 = 2.0;
    wp::float32 var_83;
    wp::mat_t<3, 3, wp::float32> var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::mat_t<3, 3, wp::float32> var_88;
    const wp::int32 var_89 = 3;
    bool var_90;
    wp::mat_t<3, 3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::mat_t<3, 3, wp::float32> var_93;
    wp::mat_t<3, 3, wp::float32> var_94;
    wp::mat_t<3, 3, wp::float32> var_95;
    const wp::int32 var_96 = 0;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    wp::float32 var_100;
    const wp::int32 var_101 = 2;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::mat_t<3, 3, wp::float32> var_104;
    const wp::float32 var_105 = 2.0;
    wp::float32 var_106;
    wp::mat_t<3, 3, wp::float32> var_107;
    wp::mat_t<3, 3, wp::float32> var_108;
    wp::mat_t<3, 3, wp::float32> var_109;
    const wp::float32 var_110 = 1.0;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::mat_t<3, 3, wp::float32> var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::float32 var_116;
    const wp::float32 var_117 = 0.001;
    wp::float32 var_118;
    wp::mat_t<3, 3, wp::float32> var_119;
    wp::mat_t<3, 3, wp::float32> var_120;
    wp::mat_t<3, 3, wp::float32> var_121;
    wp::mat_t<3, 3, wp::float32> var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::mat_t<3, 3, wp::float32> var_125;
    wp::mat_t<3, 3, wp::float32> var_126;
    wp::mat_t<3, 3, wp::float32> var_127;
    wp::float32 var_128;
    wp::mat_t<3, 3, wp::float32> var_129;
    wp::mat_t<3, 3, wp::float32> var_130;
    wp::mat_t<3, 3, wp::float32> var_131;
    wp::float32* var_132;
    wp::mat_t<3, 3, wp::float32> var_133;
    wp::float32 var_134;
    wp::mat_t<3, 3, wp::float32> var_135;
    const wp::int32 var_136 = 0;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::mat_t<3, 3, wp::float32> var_140;
    wp::mat_t<3, 3, wp::float32> var_141;
    wp::float32 var_142;
    wp::mat_t<3, 3, wp::float32> var_143;
    wp::mat_t<3, 3, wp::float32> var_144;
    const wp::int32 var_145 = 0;
    wp::vec_t<3, wp::float32> var_146;
    const wp::int32 var_147 = 1;
    wp::vec_t<3, wp::float32> var_148;
    const wp::int32 var_149 = 2;
    wp::vec_t<3, wp::float32> var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::vec_t<3, wp::float32> var_152;
    wp::vec_t<3, wp::float32> var_153;
    wp::vec_t<3, wp::float32> var_154;
    wp::vec_t<3, wp::float32> var_155;
    wp::vec_t<3, wp::float32> var_156;
    //---------
    // forward
    // def tet_element_forces(                                                                <L 58>
    // tid = wp.tid()                                                                         <L 72>
    var_0 = builtin_tid1d();
    // i = tet_indices[tid, 0]                                                                <L 73>
    var_2 = wp::address(var_tet_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = tet_indices[tid, 1]                                                                <L 74>
    var_6 = wp::address(var_tet_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = tet_indices[tid, 2]                                                                <L 75>
    var_10 = wp::address(var_tet_indices, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // l = tet_indices[tid, 3]                                                                <L 76>
    var_14 = wp::address(var_tet_indices, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // material = tet_material_ids[tid]                                                       <L 79>
    var_17 = wp::address(var_tet_material_ids, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // model = material_model[material]                                                       <L 80>
    var_20 = wp::address(var_material_model, var_18);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // youngs = material_youngs[material]                                                     <L 81>
    var_23 = wp::address(var_material_youngs, var_18);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // poisson = material_poisson[material]                                                   <L 82>
    var_26 = wp::address(var_material_poisson, var_18);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // k_mu = youngs / (2.0 * (1.0 + poisson))                                                <L 84>
    var_31 = wp::add(var_30, var_27);
    var_32 = wp::mul(var_29, var_31);
    var_33 = wp::div(var_24, var_32);
    // k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))                <L 85>
    var_34 = wp::mul(var_24, var_27);
    var_36 = wp::add(var_35, var_27);
    var_39 = wp::mul(var_38, var_27);
    var_40 = wp::sub(var_37, var_39);
    var_41 = wp::mul(var_36, var_40);
    var_42 = wp::div(var_34, var_41);
    // Dm = edge_matrix(particle_q_rest, i, j, k, l)                                          <L 86>
    var_43 = edge_matrix_0(var_particle_q_rest, var_3, var_7, var_11, var_15);
    // rest_det = wp.determinant(Dm)                                                          <L 87>
    var_44 = wp::determinant(var_43);
    // if rest_det <= 1.0e-6:                                                                 <L 89>
    var_46 = (var_44 <= var_45);
    if (var_46) {
        // return                                                                             <L 90>
        return;
    }
    // Dm_inv = wp.inverse(Dm)                                                                <L 91>
    var_47 = wp::inverse(var_43);
    // rest_volume = rest_det / 6.0                                                           <L 92>
    var_49 = wp::div(var_44, var_48);
    // F = edge_matrix(particle_x, i, j, k, l) * Dm_inv                                       <L 93>
    var_50 = edge_matrix_0(var_particle_x, var_3, var_7, var_11, var_15);
    var_51 = wp::mul(var_50, var_47);
    // U_f = wp.mat33()                                                                       <L 95>
    var_52 = wp::mat_t<3, 3, wp::float32>();
    // sigma_f = wp.vec3()                                                                    <L 96>
    var_53 = wp::vec_t<3, wp::float32>();
    // V_f = wp.mat33()                                                                       <L 97>
    var_54 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U_f, sigma_f, V_f)                                                          <L 98>
    wp::svd3(var_51, var_52, var_53, var_54);
    // sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))       <L 99>
    var_56 = wp::extract(var_53, var_55);
    var_58 = wp::max(var_56, var_57);
    var_60 = wp::extract(var_53, var_59);
    var_62 = wp::max(var_60, var_61);
    var_64 = wp::extract(var_53, var_63);
    var_66 = wp::max(var_64, var_65);
    var_67 = wp::vec_t<3, wp::float32>(var_58, var_62, var_66);
    // F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)                                         <L 100>
    var_68 = wp::diag(var_67);
    var_69 = wp::mul(var_52, var_68);
    var_70 = wp::transpose(var_54);
    var_71 = wp::mul(var_69, var_70);
    // I = wp.identity(n=3, dtype=float)                                                      <L 101>
    var_73 = wp::identity<3, wp::float32>();
    // P = wp.mat33()                                                                         <L 102>
    var_74 = wp::mat_t<3, 3, wp::float32>();
    // if model == Material.LINEAR:                                                           <L 103>
    var_76 = (var_21 == var_75);
    if (var_76) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 105>
        var_77 = wp::transpose(var_71);
        var_78 = wp::add(var_71, var_77);
        var_80 = wp::mul(var_78, var_79);
        var_81 = wp::sub(var_80, var_73);
        // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 106>
        var_83 = wp::mul(var_82, var_33);
        var_84 = wp::mul(var_81, var_83);
        var_85 = wp::trace(var_81);
        var_86 = wp::mul(var_42, var_85);
        var_87 = wp::mul(var_73, var_86);
        var_88 = wp::add(var_84, var_87);
    }
    if (!var_76) {
        // elif model == Material.COROTATED:                                                  <L 107>
        var_90 = (var_21 == var_89);
        if (var_90) {
            // U = wp.mat33()                                                                 <L 108>
            var_91 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                              <L 109>
            var_92 = wp::vec_t<3, wp::float32>();
            // V = wp.mat33()                                                                 <L 110>
            var_93 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(F, U, sigma, V)                                                        <L 111>
            wp::svd3(var_71, var_91, var_92, var_93);
            // R = U * wp.transpose(V)                                                        <L 112>
            var_94 = wp::transpose(var_93);
            var_95 = wp::mul(var_91, var_94);
            // J = sigma[0] * sigma[1] * sigma[2]                                             <L 113>
            var_97 = wp::extract(var_92, var_96);
            var_99 = wp::extract(var_92, var_98);
            var_100 = wp::mul(var_97, var_99);
            var_102 = wp::extract(var_92, var_101);
            var_103 = wp::mul(var_100, var_102);
            // P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)       <L 114>
            var_104 = wp::sub(var_71, var_95);
            var_106 = wp::mul(var_105, var_33);
            var_107 = wp::mul(var_104, var_106);
            var_108 = wp::inverse(var_71);
            var_109 = wp::transpose(var_108);
            var_111 = wp::sub(var_103, var_110);
            var_112 = wp::mul(var_42, var_111);
            var_113 = wp::mul(var_112, var_103);
            var_114 = wp::mul(var_109, var_113);
            var_115 = wp::add(var_107, var_114);
        }
        if (!var_90) {
            // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 117>
            var_116 = wp::determinant(var_71);
            var_118 = wp::max(var_116, var_117);
            // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 118>
            var_119 = wp::inverse(var_71);
            var_120 = wp::transpose(var_119);
            // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 119>
            var_121 = wp::sub(var_71, var_120);
            var_122 = wp::mul(var_121, var_33);
            var_123 = wp::log(var_118);
            var_124 = wp::mul(var_42, var_123);
            var_125 = wp::mul(var_120, var_124);
            var_126 = wp::add(var_122, var_125);
        }
        var_127 = wp::where(var_90, var_115, var_126);
        var_128 = wp::where(var_90, var_103, var_118);
    }
    var_129 = wp::where(var_76, var_88, var_127);
    // dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv                                    <L 120>
    var_130 = edge_matrix_0(var_particle_v, var_3, var_7, var_11, var_15);
    var_131 = wp::mul(var_130, var_47);
    // P = P + dFdt * material_k_damp[material]                                               <L 121>
    var_132 = wp::address(var_material_k_damp, var_18);
    var_134 = wp::load(var_132);
    var_133 = wp::mul(var_131, var_134);
    var_135 = wp::add(var_129, var_133);
    // tet_stress[tid] = P                                                                    <L 122>
    wp::array_store(var_tet_stress, var_0, var_135);
    // wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))       <L 123>
    var_137 = strain_energy_density_0(var_21, var_71, var_33, var_42);
    var_138 = wp::mul(var_49, var_137);
    var_139 = wp::atomic_add(var_energy, var_136, var_138);
    // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 124>
    var_140 = wp::transpose(var_47);
    var_141 = wp::mul(var_135, var_140);
    var_142 = wp::neg(var_49);
    var_143 = wp::mul(var_141, var_142);
    // Ht = wp.transpose(H)                                                                   <L 126>
    var_144 = wp::transpose(var_143);
    // f1 = Ht[0]                                                                             <L 127>
    var_146 = wp::extract(var_144, var_145);
    // f2 = Ht[1]                                                                             <L 128>
    var_148 = wp::extract(var_144, var_147);
    // f3 = Ht[2]                                                                             <L 129>
    var_150 = wp::extract(var_144, var_149);
    // wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                             <L 130>
    var_151 = wp::add(var_146, var_148);
    var_152 = wp::add(var_151, var_150);
    var_153 = wp::atomic_sub(var_particle_f, var_3, var_152);
    // wp.atomic_add(particle_f, j, f1)                                                       <L 131>
    var_154 = wp::atomic_add(var_particle_f, var_7, var_146);
    // wp.atomic_add(particle_f, k, f2)                                                       <L 132>
    var_155 = wp::atomic_add(var_particle_f, var_11, var_148);
    // wp.atomic_add(particle_f, l, f3)                                                       <L 133>
    var_156 = wp::atomic_add(var_particle_f, var_15, var_150);
}



template <bool wp_linear_contiguous>
static void tet_element_forces_2cb28854_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_tet_element_forces_2cb28854 *_wp_args,
    wp_args_tet_element_forces_2cb28854 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tet_indices = _wp_args->tet_indices;
    wp::array_t<wp::int32> var_tet_material_ids = _wp_args->tet_material_ids;
    wp::array_t<wp::int32> var_material_model = _wp_args->material_model;
    wp::array_t<wp::float32> var_material_youngs = _wp_args->material_youngs;
    wp::array_t<wp::float32> var_material_poisson = _wp_args->material_poisson;
    wp::array_t<wp::float32> var_material_k_damp = _wp_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_q_rest = _wp_args->particle_q_rest;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_tet_stress = _wp_args->tet_stress;
    wp::array_t<wp::int32> adj_tet_indices = _wp_adj_args->tet_indices;
    wp::array_t<wp::int32> adj_tet_material_ids = _wp_adj_args->tet_material_ids;
    wp::array_t<wp::int32> adj_material_model = _wp_adj_args->material_model;
    wp::array_t<wp::float32> adj_material_youngs = _wp_adj_args->material_youngs;
    wp::array_t<wp::float32> adj_material_poisson = _wp_adj_args->material_poisson;
    wp::array_t<wp::float32> adj_material_k_damp = _wp_adj_args->material_k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_q_rest = _wp_adj_args->particle_q_rest;
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
    const wp::float32 var_29 = 2.0;
    const wp::float32 var_30 = 1.0;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    const wp::float32 var_35 = 1.0;
    wp::float32 var_36;
    const wp::float32 var_37 = 1.0;
    const wp::float32 var_38 = 2.0;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::mat_t<3, 3, wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 1e-06;
    bool var_46;
    wp::mat_t<3, 3, wp::float32> var_47;
    const wp::float32 var_48 = 6.0;
    wp::float32 var_49;
    wp::mat_t<3, 3, wp::float32> var_50;
    wp::mat_t<3, 3, wp::float32> var_51;
    wp::mat_t<3, 3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::mat_t<3, 3, wp::float32> var_54;
    const wp::int32 var_55 = 0;
    wp::float32 var_56;
    const wp::float32 var_57 = 0.2;
    wp::float32 var_58;
    const wp::int32 var_59 = 1;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.2;
    wp::float32 var_62;
    const wp::int32 var_63 = 2;
    wp::float32 var_64;
    const wp::float32 var_65 = 0.2;
    wp::float32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::mat_t<3, 3, wp::float32> var_68;
    wp::mat_t<3, 3, wp::float32> var_69;
    wp::mat_t<3, 3, wp::float32> var_70;
    wp::mat_t<3, 3, wp::float32> var_71;
    const wp::int32 var_72 = 3;
    wp::mat_t<3, 3, wp::float32> var_73;
    wp::mat_t<3, 3, wp::float32> var_74;
    const wp::int32 var_75 = 0;
    bool var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    wp::mat_t<3, 3, wp::float32> var_78;
    const wp::float32 var_79 = 0.5;
    wp::mat_t<3, 3, wp::float32> var_80;
    wp::mat_t<3, 3, wp::float32> var_81;
    const wp::float32 var_82 = 2.0;
    wp::float32 var_83;
    wp::mat_t<3, 3, wp::float32> var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::mat_t<3, 3, wp::float32> var_87;
    wp::mat_t<3, 3, wp::float32> var_88;
    const wp::int32 var_89 = 3;
    bool var_90;
    wp::mat_t<3, 3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::mat_t<3, 3, wp::float32> var_93;
    wp::mat_t<3, 3, wp::float32> var_94;
    wp::mat_t<3, 3, wp::float32> var_95;
    const wp::int32 var_96 = 0;
    wp::float32 var_97;
    const wp::int32 var_98 = 1;
    wp::float32 var_99;
    wp::float32 var_100;
    const wp::int32 var_101 = 2;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::mat_t<3, 3, wp::float32> var_104;
    const wp::float32 var_105 = 2.0;
    wp::float32 var_106;
    wp::mat_t<3, 3, wp::float32> var_107;
    wp::mat_t<3, 3, wp::float32> var_108;
    wp::mat_t<3, 3, wp::float32> var_109;
    const wp::float32 var_110 = 1.0;
    wp::float32 var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::mat_t<3, 3, wp::float32> var_114;
    wp::mat_t<3, 3, wp::float32> var_115;
    wp::float32 var_116;
    const wp::float32 var_117 = 0.001;
    wp::float32 var_118;
    wp::mat_t<3, 3, wp::float32> var_119;
    wp::mat_t<3, 3, wp::float32> var_120;
    wp::mat_t<3, 3, wp::float32> var_121;
    wp::mat_t<3, 3, wp::float32> var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    wp::mat_t<3, 3, wp::float32> var_125;
    wp::mat_t<3, 3, wp::float32> var_126;
    wp::mat_t<3, 3, wp::float32> var_127;
    wp::float32 var_128;
    wp::mat_t<3, 3, wp::float32> var_129;
    wp::mat_t<3, 3, wp::float32> var_130;
    wp::mat_t<3, 3, wp::float32> var_131;
    wp::float32* var_132;
    wp::mat_t<3, 3, wp::float32> var_133;
    wp::float32 var_134;
    wp::mat_t<3, 3, wp::float32> var_135;
    const wp::int32 var_136 = 0;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::mat_t<3, 3, wp::float32> var_140;
    wp::mat_t<3, 3, wp::float32> var_141;
    wp::float32 var_142;
    wp::mat_t<3, 3, wp::float32> var_143;
    wp::mat_t<3, 3, wp::float32> var_144;
    const wp::int32 var_145 = 0;
    wp::vec_t<3, wp::float32> var_146;
    const wp::int32 var_147 = 1;
    wp::vec_t<3, wp::float32> var_148;
    const wp::int32 var_149 = 2;
    wp::vec_t<3, wp::float32> var_150;
    wp::vec_t<3, wp::float32> var_151;
    wp::vec_t<3, wp::float32> var_152;
    wp::vec_t<3, wp::float32> var_153;
    wp::vec_t<3, wp::float32> var_154;
    wp::vec_t<3, wp::float32> var_155;
    wp::vec_t<3, wp::float32> var_156;
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
    wp::mat_t<3, 3, wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::mat_t<3, 3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::mat_t<3, 3, wp::float32> adj_50 = {};
    wp::mat_t<3, 3, wp::float32> adj_51 = {};
    wp::mat_t<3, 3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::mat_t<3, 3, wp::float32> adj_54 = {};
    wp::int32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::mat_t<3, 3, wp::float32> adj_68 = {};
    wp::mat_t<3, 3, wp::float32> adj_69 = {};
    wp::mat_t<3, 3, wp::float32> adj_70 = {};
    wp::mat_t<3, 3, wp::float32> adj_71 = {};
    wp::int32 adj_72 = {};
    wp::mat_t<3, 3, wp::float32> adj_73 = {};
    wp::mat_t<3, 3, wp::float32> adj_74 = {};
    wp::int32 adj_75 = {};
    bool adj_76 = {};
    wp::mat_t<3, 3, wp::float32> adj_77 = {};
    wp::mat_t<3, 3, wp::float32> adj_78 = {};
    wp::float32 adj_79 = {};
    wp::mat_t<3, 3, wp::float32> adj_80 = {};
    wp::mat_t<3, 3, wp::float32> adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::mat_t<3, 3, wp::float32> adj_84 = {};
    wp::float32 adj_85 = {};
    wp::float32 adj_86 = {};
    wp::mat_t<3, 3, wp::float32> adj_87 = {};
    wp::mat_t<3, 3, wp::float32> adj_88 = {};
    wp::int32 adj_89 = {};
    bool adj_90 = {};
    wp::mat_t<3, 3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::mat_t<3, 3, wp::float32> adj_93 = {};
    wp::mat_t<3, 3, wp::float32> adj_94 = {};
    wp::mat_t<3, 3, wp::float32> adj_95 = {};
    wp::int32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::int32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::float32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::mat_t<3, 3, wp::float32> adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::mat_t<3, 3, wp::float32> adj_107 = {};
    wp::mat_t<3, 3, wp::float32> adj_108 = {};
    wp::mat_t<3, 3, wp::float32> adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::mat_t<3, 3, wp::float32> adj_114 = {};
    wp::mat_t<3, 3, wp::float32> adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::mat_t<3, 3, wp::float32> adj_119 = {};
    wp::mat_t<3, 3, wp::float32> adj_120 = {};
    wp::mat_t<3, 3, wp::float32> adj_121 = {};
    wp::mat_t<3, 3, wp::float32> adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    wp::mat_t<3, 3, wp::float32> adj_125 = {};
    wp::mat_t<3, 3, wp::float32> adj_126 = {};
    wp::mat_t<3, 3, wp::float32> adj_127 = {};
    wp::float32 adj_128 = {};
    wp::mat_t<3, 3, wp::float32> adj_129 = {};
    wp::mat_t<3, 3, wp::float32> adj_130 = {};
    wp::mat_t<3, 3, wp::float32> adj_131 = {};
    wp::float32 adj_132 = {};
    wp::mat_t<3, 3, wp::float32> adj_133 = {};
    wp::float32 adj_134 = {};
    wp::mat_t<3, 3, wp::float32> adj_135 = {};
    wp::int32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::mat_t<3, 3, wp::float32> adj_140 = {};
    wp::mat_t<3, 3, wp::float32> adj_141 = {};
    wp::float32 adj_142 = {};
    wp::mat_t<3, 3, wp::float32> adj_143 = {};
    wp::mat_t<3, 3, wp::float32> adj_144 = {};
    wp::int32 adj_145 = {};
    wp::vec_t<3, wp::float32> adj_146 = {};
    wp::int32 adj_147 = {};
    wp::vec_t<3, wp::float32> adj_148 = {};
    wp::int32 adj_149 = {};
    wp::vec_t<3, wp::float32> adj_150 = {};
    wp::vec_t<3, wp::float32> adj_151 = {};
    wp::vec_t<3, wp::float32> adj_152 = {};
    wp::vec_t<3, wp::float32> adj_153 = {};
    wp::vec_t<3, wp::float32> adj_154 = {};
    wp::vec_t<3, wp::float32> adj_155 = {};
    wp::vec_t<3, wp::float32> adj_156 = {};
    //---------
    // forward
    // def tet_element_forces(                                                                <L 58>
    // tid = wp.tid()                                                                         <L 72>
    var_0 = builtin_tid1d();
    // i = tet_indices[tid, 0]                                                                <L 73>
    var_2 = wp::address(var_tet_indices, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = tet_indices[tid, 1]                                                                <L 74>
    var_6 = wp::address(var_tet_indices, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // k = tet_indices[tid, 2]                                                                <L 75>
    var_10 = wp::address(var_tet_indices, var_0, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // l = tet_indices[tid, 3]                                                                <L 76>
    var_14 = wp::address(var_tet_indices, var_0, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // material = tet_material_ids[tid]                                                       <L 79>
    var_17 = wp::address(var_tet_material_ids, var_0);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // model = material_model[material]                                                       <L 80>
    var_20 = wp::address(var_material_model, var_18);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // youngs = material_youngs[material]                                                     <L 81>
    var_23 = wp::address(var_material_youngs, var_18);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // poisson = material_poisson[material]                                                   <L 82>
    var_26 = wp::address(var_material_poisson, var_18);
    var_28 = wp::load(var_26);
    var_27 = wp::copy(var_28);
    // k_mu = youngs / (2.0 * (1.0 + poisson))                                                <L 84>
    var_31 = wp::add(var_30, var_27);
    var_32 = wp::mul(var_29, var_31);
    var_33 = wp::div(var_24, var_32);
    // k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))                <L 85>
    var_34 = wp::mul(var_24, var_27);
    var_36 = wp::add(var_35, var_27);
    var_39 = wp::mul(var_38, var_27);
    var_40 = wp::sub(var_37, var_39);
    var_41 = wp::mul(var_36, var_40);
    var_42 = wp::div(var_34, var_41);
    // Dm = edge_matrix(particle_q_rest, i, j, k, l)                                          <L 86>
    var_43 = edge_matrix_0(var_particle_q_rest, var_3, var_7, var_11, var_15);
    // rest_det = wp.determinant(Dm)                                                          <L 87>
    var_44 = wp::determinant(var_43);
    // if rest_det <= 1.0e-6:                                                                 <L 89>
    var_46 = (var_44 <= var_45);
    if (var_46) {
        // return                                                                             <L 90>
        goto label0;
    }
    // Dm_inv = wp.inverse(Dm)                                                                <L 91>
    var_47 = wp::inverse(var_43);
    // rest_volume = rest_det / 6.0                                                           <L 92>
    var_49 = wp::div(var_44, var_48);
    // F = edge_matrix(particle_x, i, j, k, l) * Dm_inv                                       <L 93>
    var_50 = edge_matrix_0(var_particle_x, var_3, var_7, var_11, var_15);
    var_51 = wp::mul(var_50, var_47);
    // U_f = wp.mat33()                                                                       <L 95>
    var_52 = wp::mat_t<3, 3, wp::float32>();
    // sigma_f = wp.vec3()                                                                    <L 96>
    var_53 = wp::vec_t<3, wp::float32>();
    // V_f = wp.mat33()                                                                       <L 97>
    var_54 = wp::mat_t<3, 3, wp::float32>();
    // wp.svd3(F, U_f, sigma_f, V_f)                                                          <L 98>
    wp::svd3(var_51, var_52, var_53, var_54);
    // sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))       <L 99>
    var_56 = wp::extract(var_53, var_55);
    var_58 = wp::max(var_56, var_57);
    var_60 = wp::extract(var_53, var_59);
    var_62 = wp::max(var_60, var_61);
    var_64 = wp::extract(var_53, var_63);
    var_66 = wp::max(var_64, var_65);
    var_67 = wp::vec_t<3, wp::float32>(var_58, var_62, var_66);
    // F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)                                         <L 100>
    var_68 = wp::diag(var_67);
    var_69 = wp::mul(var_52, var_68);
    var_70 = wp::transpose(var_54);
    var_71 = wp::mul(var_69, var_70);
    // I = wp.identity(n=3, dtype=float)                                                      <L 101>
    var_73 = wp::identity<3, wp::float32>();
    // P = wp.mat33()                                                                         <L 102>
    var_74 = wp::mat_t<3, 3, wp::float32>();
    // if model == Material.LINEAR:                                                           <L 103>
    var_76 = (var_21 == var_75);
    if (var_76) {
        // eps = (F + wp.transpose(F)) * 0.5 - I                                              <L 105>
        var_77 = wp::transpose(var_71);
        var_78 = wp::add(var_71, var_77);
        var_80 = wp::mul(var_78, var_79);
        var_81 = wp::sub(var_80, var_73);
        // P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                            <L 106>
        var_83 = wp::mul(var_82, var_33);
        var_84 = wp::mul(var_81, var_83);
        var_85 = wp::trace(var_81);
        var_86 = wp::mul(var_42, var_85);
        var_87 = wp::mul(var_73, var_86);
        var_88 = wp::add(var_84, var_87);
    }
    if (!var_76) {
        // elif model == Material.COROTATED:                                                  <L 107>
        var_90 = (var_21 == var_89);
        if (var_90) {
            // U = wp.mat33()                                                                 <L 108>
            var_91 = wp::mat_t<3, 3, wp::float32>();
            // sigma = wp.vec3()                                                              <L 109>
            var_92 = wp::vec_t<3, wp::float32>();
            // V = wp.mat33()                                                                 <L 110>
            var_93 = wp::mat_t<3, 3, wp::float32>();
            // wp.svd3(F, U, sigma, V)                                                        <L 111>
            wp::svd3(var_71, var_91, var_92, var_93);
            // R = U * wp.transpose(V)                                                        <L 112>
            var_94 = wp::transpose(var_93);
            var_95 = wp::mul(var_91, var_94);
            // J = sigma[0] * sigma[1] * sigma[2]                                             <L 113>
            var_97 = wp::extract(var_92, var_96);
            var_99 = wp::extract(var_92, var_98);
            var_100 = wp::mul(var_97, var_99);
            var_102 = wp::extract(var_92, var_101);
            var_103 = wp::mul(var_100, var_102);
            // P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)       <L 114>
            var_104 = wp::sub(var_71, var_95);
            var_106 = wp::mul(var_105, var_33);
            var_107 = wp::mul(var_104, var_106);
            var_108 = wp::inverse(var_71);
            var_109 = wp::transpose(var_108);
            var_111 = wp::sub(var_103, var_110);
            var_112 = wp::mul(var_42, var_111);
            var_113 = wp::mul(var_112, var_103);
            var_114 = wp::mul(var_109, var_113);
            var_115 = wp::add(var_107, var_114);
        }
        if (!var_90) {
            // J = wp.max(wp.determinant(F), 1.0e-3)                                          <L 117>
            var_116 = wp::determinant(var_71);
            var_118 = wp::max(var_116, var_117);
            // F_inv_t = wp.transpose(wp.inverse(F))                                          <L 118>
            var_119 = wp::inverse(var_71);
            var_120 = wp::transpose(var_119);
            // P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))                    <L 119>
            var_121 = wp::sub(var_71, var_120);
            var_122 = wp::mul(var_121, var_33);
            var_123 = wp::log(var_118);
            var_124 = wp::mul(var_42, var_123);
            var_125 = wp::mul(var_120, var_124);
            var_126 = wp::add(var_122, var_125);
        }
        var_127 = wp::where(var_90, var_115, var_126);
        var_128 = wp::where(var_90, var_103, var_118);
    }
    var_129 = wp::where(var_76, var_88, var_127);
    // dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv                                    <L 120>
    var_130 = edge_matrix_0(var_particle_v, var_3, var_7, var_11, var_15);
    var_131 = wp::mul(var_130, var_47);
    // P = P + dFdt * material_k_damp[material]                                               <L 121>
    var_132 = wp::address(var_material_k_damp, var_18);
    var_134 = wp::load(var_132);
    var_133 = wp::mul(var_131, var_134);
    var_135 = wp::add(var_129, var_133);
    // tet_stress[tid] = P                                                                    <L 122>
    // wp::array_store(var_tet_stress, var_0, var_135);
    // wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))       <L 123>
    var_137 = strain_energy_density_0(var_21, var_71, var_33, var_42);
    var_138 = wp::mul(var_49, var_137);
    // var_139 = wp::atomic_add(var_energy, var_136, var_138);
    // H = P * wp.transpose(Dm_inv) * (-rest_volume)                                          <L 124>
    var_140 = wp::transpose(var_47);
    var_141 = wp::mul(var_135, var_140);
    var_142 = wp::neg(var_49);
    var_143 = wp::mul(var_141, var_142);
    // Ht = wp.transpose(H)                                                                   <L 126>
    var_144 = wp::transpose(var_143);
    // f1 = Ht[0]                                                                             <L 127>
    var_146 = wp::extract(var_144, var_145);
    // f2 = Ht[1]                                                                             <L 128>
    var_148 = wp::extract(var_144, var_147);
    // f3 = Ht[2]                                                                             <L 129>
    var_150 = wp::extract(var_144, var_149);
    // wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                             <L 130>
    var_151 = wp::add(var_146, var_148);
    var_152 = wp::add(var_151, var_150);
    // var_153 = wp::atomic_sub(var_particle_f, var_3, var_152);
    // wp.atomic_add(particle_f, j, f1)                                                       <L 131>
    // var_154 = wp::atomic_add(var_particle_f, var_7, var_146);
    // wp.atomic_add(particle_f, k, f2)                                                       <L 132>
    // var_155 = wp::atomic_add(var_particle_f, var_11, var_148);
    // wp.atomic_add(particle_f, l, f3)                                                       <L 133>
    // var_156 = wp::atomic_add(var_particle_f, var_15, var_150);
    //---------
    // reverse
    wp::adj_atomic_add(var_particle_f, var_15, var_150, adj_particle_f, adj_15, adj_150, adj_156);
    // adj: wp.atomic_add(particle_f, l, f3)                                                  <L 133>
    wp::adj_atomic_add(var_particle_f, var_11, var_148, adj_particle_f, adj_11, adj_148, adj_155);
    // adj: wp.atomic_add(particle_f, k, f2)                                                  <L 132>
    wp::adj_atomic_add(var_particle_f, var_7, var_146, adj_particle_f, adj_7, adj_146, adj_154);
    // adj: wp.atomic_add(particle_f, j, f1)                                                  <L 131>
    wp::adj_atomic_sub(var_particle_f, var_3, var_152, adj_particle_f, adj_3, adj_152, adj_153);
    wp::adj_add(var_151, var_150, adj_151, adj_150, adj_152);
    wp::adj_add(var_146, var_148, adj_146, adj_148, adj_151);
    // adj: wp.atomic_sub(particle_f, i, f1 + f2 + f3)                                        <L 130>
    wp::adj_extract(var_144, var_149, adj_144, adj_149, adj_150);
    // adj: f3 = Ht[2]                                                                        <L 129>
    wp::adj_extract(var_144, var_147, adj_144, adj_147, adj_148);
    // adj: f2 = Ht[1]                                                                        <L 128>
    wp::adj_extract(var_144, var_145, adj_144, adj_145, adj_146);
    // adj: f1 = Ht[0]                                                                        <L 127>
    wp::adj_transpose(var_143, adj_143, adj_144);
    // adj: Ht = wp.transpose(H)                                                              <L 126>
    wp::adj_mul(var_141, var_142, adj_141, adj_142, adj_143);
    wp::adj_neg(var_49, adj_49, adj_142);
    wp::adj_mul(var_135, var_140, adj_135, adj_140, adj_141);
    wp::adj_transpose(var_47, adj_47, adj_140);
    // adj: H = P * wp.transpose(Dm_inv) * (-rest_volume)                                     <L 124>
    wp::adj_atomic_add(var_energy, var_136, var_138, adj_energy, adj_136, adj_138, adj_139);
    wp::adj_mul(var_49, var_137, adj_49, adj_137, adj_138);
    adj_strain_energy_density_0(var_21, var_71, var_33, var_42, adj_21, adj_71, adj_33, adj_42, adj_137);
    // adj: wp.atomic_add(energy, 0, rest_volume * strain_energy_density(model, F, k_mu, k_lambda))  <L 123>
    wp::adj_array_store(var_tet_stress, var_0, var_135, adj_tet_stress, adj_0, adj_135);
    // adj: tet_stress[tid] = P                                                               <L 122>
    wp::adj_add(var_129, var_133, adj_129, adj_133, adj_135);
    wp::adj_mul(var_131, var_134, adj_131, adj_132, adj_133);
    wp::adj_address(var_material_k_damp, var_18, adj_material_k_damp, adj_18, adj_132);
    // adj: P = P + dFdt * material_k_damp[material]                                          <L 121>
    wp::adj_mul(var_130, var_47, adj_130, adj_47, adj_131);
    adj_edge_matrix_0(var_particle_v, var_3, var_7, var_11, var_15, adj_particle_v, adj_3, adj_7, adj_11, adj_15, adj_130);
    // adj: dFdt = edge_matrix(particle_v, i, j, k, l) * Dm_inv                               <L 120>
    wp::adj_where(var_76, var_88, var_127, adj_76, adj_88, adj_127, adj_129);
    if (!var_76) {
        wp::adj_where(var_90, var_103, var_118, adj_90, adj_103, adj_118, adj_128);
        wp::adj_where(var_90, var_115, var_126, adj_90, adj_115, adj_126, adj_127);
        if (!var_90) {
            wp::adj_add(var_122, var_125, adj_122, adj_125, adj_126);
            wp::adj_mul(var_120, var_124, adj_120, adj_124, adj_125);
            wp::adj_mul(var_42, var_123, adj_42, adj_123, adj_124);
            wp::adj_log(var_118, adj_118, adj_123);
            wp::adj_mul(var_121, var_33, adj_121, adj_33, adj_122);
            wp::adj_sub(var_71, var_120, adj_71, adj_120, adj_121);
            // adj: P = (F - F_inv_t) * k_mu + F_inv_t * (k_lambda * wp.log(J))               <L 119>
            wp::adj_transpose(var_119, adj_119, adj_120);
            wp::adj_inverse(var_71, var_119, adj_71, adj_119);
            // adj: F_inv_t = wp.transpose(wp.inverse(F))                                     <L 118>
            wp::adj_max(var_116, var_117, adj_116, adj_117, adj_118);
            wp::adj_determinant(var_71, adj_71, adj_116);
            // adj: J = wp.max(wp.determinant(F), 1.0e-3)                                     <L 117>
        }
        if (var_90) {
            wp::adj_add(var_107, var_114, adj_107, adj_114, adj_115);
            wp::adj_mul(var_109, var_113, adj_109, adj_113, adj_114);
            wp::adj_mul(var_112, var_103, adj_112, adj_103, adj_113);
            wp::adj_mul(var_42, var_111, adj_42, adj_111, adj_112);
            wp::adj_sub(var_103, var_110, adj_103, adj_110, adj_111);
            wp::adj_transpose(var_108, adj_108, adj_109);
            wp::adj_inverse(var_71, var_108, adj_71, adj_108);
            wp::adj_mul(var_104, var_106, adj_104, adj_106, adj_107);
            wp::adj_mul(var_105, var_33, adj_105, adj_33, adj_106);
            wp::adj_sub(var_71, var_95, adj_71, adj_95, adj_104);
            // adj: P = (F - R) * (2.0 * k_mu) + wp.transpose(wp.inverse(F)) * (k_lambda * (J - 1.0) * J)  <L 114>
            wp::adj_mul(var_100, var_102, adj_100, adj_102, adj_103);
            wp::adj_extract(var_92, var_101, adj_92, adj_101, adj_102);
            wp::adj_mul(var_97, var_99, adj_97, adj_99, adj_100);
            wp::adj_extract(var_92, var_98, adj_92, adj_98, adj_99);
            wp::adj_extract(var_92, var_96, adj_92, adj_96, adj_97);
            // adj: J = sigma[0] * sigma[1] * sigma[2]                                        <L 113>
            wp::adj_mul(var_91, var_94, adj_91, adj_94, adj_95);
            wp::adj_transpose(var_93, adj_93, adj_94);
            // adj: R = U * wp.transpose(V)                                                   <L 112>
            wp::adj_svd3(var_71, var_91, var_92, var_93, adj_71, adj_91, adj_92, adj_93);
            // adj: wp.svd3(F, U, sigma, V)                                                   <L 111>
            // adj: V = wp.mat33()                                                            <L 110>
            // adj: sigma = wp.vec3()                                                         <L 109>
            // adj: U = wp.mat33()                                                            <L 108>
        }
        // adj: elif model == Material.COROTATED:                                             <L 107>
    }
    if (var_76) {
        wp::adj_add(var_84, var_87, adj_84, adj_87, adj_88);
        wp::adj_mul(var_73, var_86, adj_73, adj_86, adj_87);
        wp::adj_mul(var_42, var_85, adj_42, adj_85, adj_86);
        wp::adj_trace(var_81, adj_81, adj_85);
        wp::adj_mul(var_81, var_83, adj_81, adj_83, adj_84);
        wp::adj_mul(var_82, var_33, adj_82, adj_33, adj_83);
        // adj: P = eps * (2.0 * k_mu) + I * (k_lambda * wp.trace(eps))                       <L 106>
        wp::adj_sub(var_80, var_73, adj_80, adj_73, adj_81);
        wp::adj_mul(var_78, var_79, adj_78, adj_79, adj_80);
        wp::adj_add(var_71, var_77, adj_71, adj_77, adj_78);
        wp::adj_transpose(var_71, adj_71, adj_77);
        // adj: eps = (F + wp.transpose(F)) * 0.5 - I                                         <L 105>
    }
    // adj: if model == Material.LINEAR:                                                      <L 103>
    // adj: P = wp.mat33()                                                                    <L 102>
    // adj: I = wp.identity(n=3, dtype=float)                                                 <L 101>
    wp::adj_mul(var_69, var_70, adj_69, adj_70, adj_71);
    wp::adj_transpose(var_54, adj_54, adj_70);
    wp::adj_mul(var_52, var_68, adj_52, adj_68, adj_69);
    wp::adj_diag(var_67, adj_67, adj_68);
    // adj: F = U_f * wp.diag(sigma_f) * wp.transpose(V_f)                                    <L 100>
    wp::adj_vec_t(var_58, var_62, var_66, adj_58, adj_62, adj_66, adj_67);
    wp::adj_max(var_64, var_65, adj_64, adj_65, adj_66);
    wp::adj_extract(var_53, var_63, adj_53, adj_63, adj_64);
    wp::adj_max(var_60, var_61, adj_60, adj_61, adj_62);
    wp::adj_extract(var_53, var_59, adj_53, adj_59, adj_60);
    wp::adj_max(var_56, var_57, adj_56, adj_57, adj_58);
    wp::adj_extract(var_53, var_55, adj_53, adj_55, adj_56);
    // adj: sigma_f = wp.vec3(wp.max(sigma_f[0], 0.2), wp.max(sigma_f[1], 0.2), wp.max(sigma_f[2], 0.2))  <L 99>
    wp::adj_svd3(var_51, var_52, var_53, var_54, adj_51, adj_52, adj_53, adj_54);
    // adj: wp.svd3(F, U_f, sigma_f, V_f)                                                     <L 98>
    // adj: V_f = wp.mat33()                                                                  <L 97>
    // adj: sigma_f = wp.vec3()                                                               <L 96>
    // adj: U_f = wp.mat33()                                                                  <L 95>
    wp::adj_mul(var_50, var_47, adj_50, adj_47, adj_51);
    adj_edge_matrix_0(var_particle_x, var_3, var_7, var_11, var_15, adj_particle_x, adj_3, adj_7, adj_11, adj_15, adj_50);
    // adj: F = edge_matrix(particle_x, i, j, k, l) * Dm_inv                                  <L 93>
    wp::adj_div(var_44, var_48, var_49, adj_44, adj_48, adj_49);
    // adj: rest_volume = rest_det / 6.0                                                      <L 92>
    wp::adj_inverse(var_43, var_47, adj_43, adj_47);
    // adj: Dm_inv = wp.inverse(Dm)                                                           <L 91>
    if (var_46) {
        label0:;
        // adj: return                                                                        <L 90>
    }
    // adj: if rest_det <= 1.0e-6:                                                            <L 89>
    wp::adj_determinant(var_43, adj_43, adj_44);
    // adj: rest_det = wp.determinant(Dm)                                                     <L 87>
    adj_edge_matrix_0(var_particle_q_rest, var_3, var_7, var_11, var_15, adj_particle_q_rest, adj_3, adj_7, adj_11, adj_15, adj_43);
    // adj: Dm = edge_matrix(particle_q_rest, i, j, k, l)                                     <L 86>
    wp::adj_div(var_34, var_41, var_42, adj_34, adj_41, adj_42);
    wp::adj_mul(var_36, var_40, adj_36, adj_40, adj_41);
    wp::adj_sub(var_37, var_39, adj_37, adj_39, adj_40);
    wp::adj_mul(var_38, var_27, adj_38, adj_27, adj_39);
    wp::adj_add(var_35, var_27, adj_35, adj_27, adj_36);
    wp::adj_mul(var_24, var_27, adj_24, adj_27, adj_34);
    // adj: k_lambda = youngs * poisson / ((1.0 + poisson) * (1.0 - 2.0 * poisson))           <L 85>
    wp::adj_div(var_24, var_32, var_33, adj_24, adj_32, adj_33);
    wp::adj_mul(var_29, var_31, adj_29, adj_31, adj_32);
    wp::adj_add(var_30, var_27, adj_30, adj_27, adj_31);
    // adj: k_mu = youngs / (2.0 * (1.0 + poisson))                                           <L 84>
    wp::adj_copy(var_28, adj_26, adj_27);
    wp::adj_address(var_material_poisson, var_18, adj_material_poisson, adj_18, adj_26);
    // adj: poisson = material_poisson[material]                                              <L 82>
    wp::adj_copy(var_25, adj_23, adj_24);
    wp::adj_address(var_material_youngs, var_18, adj_material_youngs, adj_18, adj_23);
    // adj: youngs = material_youngs[material]                                                <L 81>
    wp::adj_copy(var_22, adj_20, adj_21);
    wp::adj_address(var_material_model, var_18, adj_material_model, adj_18, adj_20);
    // adj: model = material_model[material]                                                  <L 80>
    wp::adj_copy(var_19, adj_17, adj_18);
    wp::adj_address(var_tet_material_ids, var_0, adj_tet_material_ids, adj_0, adj_17);
    // adj: material = tet_material_ids[tid]                                                  <L 79>
    wp::adj_copy(var_16, adj_14, adj_15);
    wp::adj_address(var_tet_indices, var_0, var_13, adj_tet_indices, adj_0, adj_13, adj_14);
    // adj: l = tet_indices[tid, 3]                                                           <L 76>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_tet_indices, var_0, var_9, adj_tet_indices, adj_0, adj_9, adj_10);
    // adj: k = tet_indices[tid, 2]                                                           <L 75>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_tet_indices, var_0, var_5, adj_tet_indices, adj_0, adj_5, adj_6);
    // adj: j = tet_indices[tid, 1]                                                           <L 74>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_tet_indices, var_0, var_1, adj_tet_indices, adj_0, adj_1, adj_2);
    // adj: i = tet_indices[tid, 0]                                                           <L 73>
    // adj: tid = wp.tid()                                                                    <L 72>
    // adj: def tet_element_forces(                                                           <L 58>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tet_element_forces_2cb28854_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_2cb28854 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tet_element_forces_2cb28854_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void tet_element_forces_2cb28854_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_2cb28854 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tet_element_forces_2cb28854_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void tet_element_forces_2cb28854_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_2cb28854 *_wp_args)
{
    tet_element_forces_2cb28854_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tet_element_forces_2cb28854_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_2cb28854 *_wp_args,
    wp_args_tet_element_forces_2cb28854 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tet_element_forces_2cb28854_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void tet_element_forces_2cb28854_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_2cb28854 *_wp_args,
    wp_args_tet_element_forces_2cb28854 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tet_element_forces_2cb28854_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void tet_element_forces_2cb28854_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_tet_element_forces_2cb28854 *_wp_args,
    wp_args_tet_element_forces_2cb28854 *_wp_adj_args)
{
    tet_element_forces_2cb28854_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_corotated_frames_2d_3278aba5 {
    wp::array_t<wp::mat_t<2, 2, wp::float32>> deformations;
    wp::int32 num_active;
    wp::array_t<wp::float32> polar_out;
};


template <bool wp_linear_contiguous>
static void corotated_frames_2d_3278aba5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_corotated_frames_2d_3278aba5 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.deformations.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.polar_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformations = _wp_args->deformations;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::float32> var_polar_out = _wp_args->polar_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<2, 2, wp::float32>* var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    wp::mat_t<2, 2, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = -1.0;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::mat_t<2, 2, wp::float32> var_18;
    wp::mat_t<2, 2, wp::float32> var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    wp::mat_t<2, 2, wp::float32> var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // forward
    // def corotated_frames_2d(                                                               <L 11>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 18>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 19>
        return;
    }
    // F2 = deformations[tid]                                                                 <L 20>
    var_2 = wp::address(var_deformations, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // U = wp.mat22()                                                                         <L 21>
    var_5 = wp::mat_t<2, 2, wp::float32>();
    // sigma = wp.vec2()                                                                      <L 22>
    var_6 = wp::vec_t<2, wp::float32>();
    // V = wp.mat22()                                                                         <L 23>
    var_7 = wp::mat_t<2, 2, wp::float32>();
    // wp.svd2(F2, U, sigma, V)                                                               <L 24>
    wp::svd2(var_3, var_5, var_6, var_7);
    // R = U @ wp.transpose(V)                                                                <L 25>
    var_8 = wp::transpose(var_7);
    var_9 = wp::mul(var_5, var_8);
    // if wp.determinant(R) < 0.0:                                                            <L 26>
    var_10 = wp::determinant(var_9);
    var_12 = (var_10 < var_11);
    if (var_12) {
        // U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)                                              <L 27>
        var_17 = wp::mat_t<2, 2, wp::float32>(var_13, var_14, var_15, var_16);
        var_18 = wp::mul(var_5, var_17);
        // R = U @ wp.transpose(V)                                                            <L 28>
        var_19 = wp::transpose(var_7);
        var_20 = wp::mul(var_18, var_19);
    }
    var_21 = wp::where(var_12, var_18, var_5);
    var_22 = wp::where(var_12, var_20, var_9);
    // polar_out[tid] = wp.atan2(R[1, 0], R[0, 0])                                            <L 29>
    var_25 = wp::extract(var_22, var_23, var_24);
    var_28 = wp::extract(var_22, var_26, var_27);
    var_29 = wp::atan2(var_25, var_28);
    wp::array_store(var_polar_out, var_0, var_29);
}



template <bool wp_linear_contiguous>
static void corotated_frames_2d_3278aba5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args,
    wp_args_corotated_frames_2d_3278aba5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_corotated_frames_2d_3278aba5 wp_contiguous_args;
    wp_args_corotated_frames_2d_3278aba5 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.deformations.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_adj_args.deformations.strides[0] = sizeof(wp::mat_t<2, 2, wp::float32>);
        wp_contiguous_args.polar_out.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.polar_out.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformations = _wp_args->deformations;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::float32> var_polar_out = _wp_args->polar_out;
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_deformations = _wp_adj_args->deformations;
    wp::int32 adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::float32> adj_polar_out = _wp_adj_args->polar_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<2, 2, wp::float32>* var_2;
    wp::mat_t<2, 2, wp::float32> var_3;
    wp::mat_t<2, 2, wp::float32> var_4;
    wp::mat_t<2, 2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::mat_t<2, 2, wp::float32> var_7;
    wp::mat_t<2, 2, wp::float32> var_8;
    wp::mat_t<2, 2, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    bool var_12;
    const wp::float32 var_13 = 1.0;
    const wp::float32 var_14 = 0.0;
    const wp::float32 var_15 = 0.0;
    const wp::float32 var_16 = -1.0;
    wp::mat_t<2, 2, wp::float32> var_17;
    wp::mat_t<2, 2, wp::float32> var_18;
    wp::mat_t<2, 2, wp::float32> var_19;
    wp::mat_t<2, 2, wp::float32> var_20;
    wp::mat_t<2, 2, wp::float32> var_21;
    wp::mat_t<2, 2, wp::float32> var_22;
    const wp::int32 var_23 = 1;
    const wp::int32 var_24 = 0;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    const wp::int32 var_27 = 0;
    wp::float32 var_28;
    wp::float32 var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::mat_t<2, 2, wp::float32> adj_2 = {};
    wp::mat_t<2, 2, wp::float32> adj_3 = {};
    wp::mat_t<2, 2, wp::float32> adj_4 = {};
    wp::mat_t<2, 2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::mat_t<2, 2, wp::float32> adj_7 = {};
    wp::mat_t<2, 2, wp::float32> adj_8 = {};
    wp::mat_t<2, 2, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::mat_t<2, 2, wp::float32> adj_17 = {};
    wp::mat_t<2, 2, wp::float32> adj_18 = {};
    wp::mat_t<2, 2, wp::float32> adj_19 = {};
    wp::mat_t<2, 2, wp::float32> adj_20 = {};
    wp::mat_t<2, 2, wp::float32> adj_21 = {};
    wp::mat_t<2, 2, wp::float32> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    //---------
    // forward
    // def corotated_frames_2d(                                                               <L 11>
    // tid = wp.tid()                                                                         <L 17>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 18>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 19>
        goto label0;
    }
    // F2 = deformations[tid]                                                                 <L 20>
    var_2 = wp::address(var_deformations, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // U = wp.mat22()                                                                         <L 21>
    var_5 = wp::mat_t<2, 2, wp::float32>();
    // sigma = wp.vec2()                                                                      <L 22>
    var_6 = wp::vec_t<2, wp::float32>();
    // V = wp.mat22()                                                                         <L 23>
    var_7 = wp::mat_t<2, 2, wp::float32>();
    // wp.svd2(F2, U, sigma, V)                                                               <L 24>
    wp::svd2(var_3, var_5, var_6, var_7);
    // R = U @ wp.transpose(V)                                                                <L 25>
    var_8 = wp::transpose(var_7);
    var_9 = wp::mul(var_5, var_8);
    // if wp.determinant(R) < 0.0:                                                            <L 26>
    var_10 = wp::determinant(var_9);
    var_12 = (var_10 < var_11);
    if (var_12) {
        // U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)                                              <L 27>
        var_17 = wp::mat_t<2, 2, wp::float32>(var_13, var_14, var_15, var_16);
        var_18 = wp::mul(var_5, var_17);
        // R = U @ wp.transpose(V)                                                            <L 28>
        var_19 = wp::transpose(var_7);
        var_20 = wp::mul(var_18, var_19);
    }
    var_21 = wp::where(var_12, var_18, var_5);
    var_22 = wp::where(var_12, var_20, var_9);
    // polar_out[tid] = wp.atan2(R[1, 0], R[0, 0])                                            <L 29>
    var_25 = wp::extract(var_22, var_23, var_24);
    var_28 = wp::extract(var_22, var_26, var_27);
    var_29 = wp::atan2(var_25, var_28);
    // wp::array_store(var_polar_out, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_polar_out, var_0, var_29, adj_polar_out, adj_0, adj_29);
    wp::adj_atan2(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_extract(var_22, var_26, var_27, adj_22, adj_26, adj_27, adj_28);
    wp::adj_extract(var_22, var_23, var_24, adj_22, adj_23, adj_24, adj_25);
    // adj: polar_out[tid] = wp.atan2(R[1, 0], R[0, 0])                                       <L 29>
    wp::adj_where(var_12, var_20, var_9, adj_12, adj_20, adj_9, adj_22);
    wp::adj_where(var_12, var_18, var_5, adj_12, adj_18, adj_5, adj_21);
    if (var_12) {
        wp::adj_mul(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_transpose(var_7, adj_7, adj_19);
        // adj: R = U @ wp.transpose(V)                                                       <L 28>
        wp::adj_mul(var_5, var_17, adj_5, adj_17, adj_18);
        wp::adj_mat_t(var_13, var_14, var_15, var_16, adj_13, adj_14, adj_15, adj_16, adj_17);
        // adj: U = U @ wp.mat22(1.0, 0.0, 0.0, -1.0)                                         <L 27>
    }
    wp::adj_determinant(var_9, adj_9, adj_10);
    // adj: if wp.determinant(R) < 0.0:                                                       <L 26>
    wp::adj_mul(var_5, var_8, adj_5, adj_8, adj_9);
    wp::adj_transpose(var_7, adj_7, adj_8);
    // adj: R = U @ wp.transpose(V)                                                           <L 25>
    wp::adj_svd2(var_3, var_5, var_6, var_7, adj_3, adj_5, adj_6, adj_7);
    // adj: wp.svd2(F2, U, sigma, V)                                                          <L 24>
    // adj: V = wp.mat22()                                                                    <L 23>
    // adj: sigma = wp.vec2()                                                                 <L 22>
    // adj: U = wp.mat22()                                                                    <L 21>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_deformations, var_0, adj_deformations, adj_0, adj_2);
    // adj: F2 = deformations[tid]                                                            <L 20>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 19>
    }
    // adj: if tid >= num_active:                                                             <L 18>
    // adj: tid = wp.tid()                                                                    <L 17>
    // adj: def corotated_frames_2d(                                                          <L 11>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void corotated_frames_2d_3278aba5_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        corotated_frames_2d_3278aba5_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void corotated_frames_2d_3278aba5_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformations.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->polar_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        corotated_frames_2d_3278aba5_cpu_forward_tasks<true>(dim, _wp_args);
    else
        corotated_frames_2d_3278aba5_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void corotated_frames_2d_3278aba5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args)
{
    corotated_frames_2d_3278aba5_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void corotated_frames_2d_3278aba5_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args,
    wp_args_corotated_frames_2d_3278aba5 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        corotated_frames_2d_3278aba5_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void corotated_frames_2d_3278aba5_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args,
    wp_args_corotated_frames_2d_3278aba5 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->deformations.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_adj_args->deformations.strides[0] == (int)sizeof(wp::mat_t<2, 2, wp::float32>)) & (_wp_args->polar_out.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->polar_out.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        corotated_frames_2d_3278aba5_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        corotated_frames_2d_3278aba5_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void corotated_frames_2d_3278aba5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_corotated_frames_2d_3278aba5 *_wp_args,
    wp_args_corotated_frames_2d_3278aba5 *_wp_adj_args)
{
    corotated_frames_2d_3278aba5_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_apply_element_forces_9a92547c {
    wp::array_t<wp::vec_t<4, wp::int32>> tets;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> deformation_gradients;
    wp::array_t<wp::float32> tet_mu;
    wp::array_t<wp::float32> tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rest_inv;
    wp::array_t<wp::float32> tet_volumes;
    wp::int32 num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> force_out;
};


template <bool wp_linear_contiguous>
static void apply_element_forces_9a92547c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_element_forces_9a92547c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_element_forces_9a92547c wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.tets.strides[0] = sizeof(wp::vec_t<4, wp::int32>);
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rest_inv.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_volumes.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets = _wp_args->tets;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::float32> var_tet_mu = _wp_args->tet_mu;
    wp::array_t<wp::float32> var_tet_lambda = _wp_args->tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rest_inv = _wp_args->rest_inv;
    wp::array_t<wp::float32> var_tet_volumes = _wp_args->tet_volumes;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<3, 3, wp::float32>* var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::vec_t<4, wp::int32>* var_5;
    wp::vec_t<4, wp::int32> var_6;
    wp::vec_t<4, wp::int32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::float32 var_14;
    wp::mat_t<3, 3, wp::float32>* var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    const wp::int32 var_38 = 1;
    wp::float32 var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 2;
    wp::float32 var_49;
    const wp::int32 var_50 = 2;
    const wp::int32 var_51 = 2;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32> var_53;
    const wp::int32 var_54 = 0;
    wp::int32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    const wp::int32 var_62 = 2;
    wp::int32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::int32 var_65 = 3;
    wp::int32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    //---------
    // forward
    // def apply_element_forces(                                                              <L 146>
    // tid = wp.tid()                                                                         <L 156>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 157>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 158>
        return;
    }
    // F = deformation_gradients[tid]                                                         <L 159>
    var_2 = wp::address(var_deformation_gradients, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // tet = tets[tid]                                                                        <L 160>
    var_5 = wp::address(var_tets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // k_lambda = tet_lambda[tid]                                                             <L 161>
    var_8 = wp::address(var_tet_lambda, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // P = neo_hookean_stress(F, wp.determinant(F), tet_mu[tid], k_lambda)                    <L 162>
    var_11 = wp::determinant(var_3);
    var_12 = wp::address(var_tet_mu, var_0);
    var_14 = wp::load(var_12);
    var_13 = neo_hookean_stress_0(var_3, var_11, var_14, var_9);
    // Dm_inv = rest_inv[tid]                                                                 <L 163>
    var_15 = wp::address(var_rest_inv, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // H = -tet_volumes[tid] * P @ wp.transpose(Dm_inv)                                       <L 164>
    var_18 = wp::address(var_tet_volumes, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::neg(var_20);
    var_21 = wp::mul(var_19, var_13);
    var_22 = wp::transpose(var_16);
    var_23 = wp::mul(var_21, var_22);
    // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 165>
    var_26 = wp::extract(var_23, var_24, var_25);
    var_29 = wp::extract(var_23, var_27, var_28);
    var_32 = wp::extract(var_23, var_30, var_31);
    var_33 = wp::vec_t<3, wp::float32>(var_26, var_29, var_32);
    // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 166>
    var_36 = wp::extract(var_23, var_34, var_35);
    var_39 = wp::extract(var_23, var_37, var_38);
    var_42 = wp::extract(var_23, var_40, var_41);
    var_43 = wp::vec_t<3, wp::float32>(var_36, var_39, var_42);
    // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 167>
    var_46 = wp::extract(var_23, var_44, var_45);
    var_49 = wp::extract(var_23, var_47, var_48);
    var_52 = wp::extract(var_23, var_50, var_51);
    var_53 = wp::vec_t<3, wp::float32>(var_46, var_49, var_52);
    // wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                         <L 169>
    var_55 = wp::extract(var_6, var_54);
    var_56 = wp::add(var_33, var_43);
    var_57 = wp::add(var_56, var_53);
    var_58 = wp::atomic_sub(var_force_out, var_55, var_57);
    // wp.atomic_add(force_out, tet[1], f1)                                                   <L 170>
    var_60 = wp::extract(var_6, var_59);
    var_61 = wp::atomic_add(var_force_out, var_60, var_33);
    // wp.atomic_add(force_out, tet[2], f2)                                                   <L 171>
    var_63 = wp::extract(var_6, var_62);
    var_64 = wp::atomic_add(var_force_out, var_63, var_43);
    // wp.atomic_add(force_out, tet[3], f3)                                                   <L 172>
    var_66 = wp::extract(var_6, var_65);
    var_67 = wp::atomic_add(var_force_out, var_66, var_53);
}



template <bool wp_linear_contiguous>
static void apply_element_forces_9a92547c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_element_forces_9a92547c *_wp_args,
    wp_args_apply_element_forces_9a92547c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_apply_element_forces_9a92547c wp_contiguous_args;
    wp_args_apply_element_forces_9a92547c wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.tets.strides[0] = sizeof(wp::vec_t<4, wp::int32>);
        wp_contiguous_adj_args.tets.strides[0] = sizeof(wp::vec_t<4, wp::int32>);
        wp_contiguous_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.deformation_gradients.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.tet_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.tet_lambda.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.rest_inv.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_adj_args.rest_inv.strides[0] = sizeof(wp::mat_t<3, 3, wp::float32>);
        wp_contiguous_args.tet_volumes.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.tet_volumes.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.force_out.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_tets = _wp_args->tets;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients = _wp_args->deformation_gradients;
    wp::array_t<wp::float32> var_tet_mu = _wp_args->tet_mu;
    wp::array_t<wp::float32> var_tet_lambda = _wp_args->tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rest_inv = _wp_args->rest_inv;
    wp::array_t<wp::float32> var_tet_volumes = _wp_args->tet_volumes;
    wp::int32 var_num_active = _wp_args->num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out = _wp_args->force_out;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_tets = _wp_adj_args->tets;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients = _wp_adj_args->deformation_gradients;
    wp::array_t<wp::float32> adj_tet_mu = _wp_adj_args->tet_mu;
    wp::array_t<wp::float32> adj_tet_lambda = _wp_adj_args->tet_lambda;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rest_inv = _wp_adj_args->rest_inv;
    wp::array_t<wp::float32> adj_tet_volumes = _wp_adj_args->tet_volumes;
    wp::int32 adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out = _wp_adj_args->force_out;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::mat_t<3, 3, wp::float32>* var_2;
    wp::mat_t<3, 3, wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::vec_t<4, wp::int32>* var_5;
    wp::vec_t<4, wp::int32> var_6;
    wp::vec_t<4, wp::int32> var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::mat_t<3, 3, wp::float32> var_13;
    wp::float32 var_14;
    wp::mat_t<3, 3, wp::float32>* var_15;
    wp::mat_t<3, 3, wp::float32> var_16;
    wp::mat_t<3, 3, wp::float32> var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::mat_t<3, 3, wp::float32> var_21;
    wp::mat_t<3, 3, wp::float32> var_22;
    wp::mat_t<3, 3, wp::float32> var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    wp::float32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 0;
    wp::float32 var_29;
    const wp::int32 var_30 = 2;
    const wp::int32 var_31 = 0;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32> var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 1;
    wp::float32 var_36;
    const wp::int32 var_37 = 1;
    const wp::int32 var_38 = 1;
    wp::float32 var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 1;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32> var_43;
    const wp::int32 var_44 = 0;
    const wp::int32 var_45 = 2;
    wp::float32 var_46;
    const wp::int32 var_47 = 1;
    const wp::int32 var_48 = 2;
    wp::float32 var_49;
    const wp::int32 var_50 = 2;
    const wp::int32 var_51 = 2;
    wp::float32 var_52;
    wp::vec_t<3, wp::float32> var_53;
    const wp::int32 var_54 = 0;
    wp::int32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    const wp::int32 var_62 = 2;
    wp::int32 var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::int32 var_65 = 3;
    wp::int32 var_66;
    wp::vec_t<3, wp::float32> var_67;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::mat_t<3, 3, wp::float32> adj_2 = {};
    wp::mat_t<3, 3, wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::vec_t<4, wp::int32> adj_5 = {};
    wp::vec_t<4, wp::int32> adj_6 = {};
    wp::vec_t<4, wp::int32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mat_t<3, 3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::mat_t<3, 3, wp::float32> adj_15 = {};
    wp::mat_t<3, 3, wp::float32> adj_16 = {};
    wp::mat_t<3, 3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::mat_t<3, 3, wp::float32> adj_21 = {};
    wp::mat_t<3, 3, wp::float32> adj_22 = {};
    wp::mat_t<3, 3, wp::float32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::int32 adj_44 = {};
    wp::int32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::int32 adj_54 = {};
    wp::int32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    //---------
    // forward
    // def apply_element_forces(                                                              <L 146>
    // tid = wp.tid()                                                                         <L 156>
    var_0 = builtin_tid1d();
    // if tid >= num_active:                                                                  <L 157>
    var_1 = (var_0 >= var_num_active);
    if (var_1) {
        // return                                                                             <L 158>
        goto label0;
    }
    // F = deformation_gradients[tid]                                                         <L 159>
    var_2 = wp::address(var_deformation_gradients, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // tet = tets[tid]                                                                        <L 160>
    var_5 = wp::address(var_tets, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // k_lambda = tet_lambda[tid]                                                             <L 161>
    var_8 = wp::address(var_tet_lambda, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // P = neo_hookean_stress(F, wp.determinant(F), tet_mu[tid], k_lambda)                    <L 162>
    var_11 = wp::determinant(var_3);
    var_12 = wp::address(var_tet_mu, var_0);
    var_14 = wp::load(var_12);
    var_13 = neo_hookean_stress_0(var_3, var_11, var_14, var_9);
    // Dm_inv = rest_inv[tid]                                                                 <L 163>
    var_15 = wp::address(var_rest_inv, var_0);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // H = -tet_volumes[tid] * P @ wp.transpose(Dm_inv)                                       <L 164>
    var_18 = wp::address(var_tet_volumes, var_0);
    var_20 = wp::load(var_18);
    var_19 = wp::neg(var_20);
    var_21 = wp::mul(var_19, var_13);
    var_22 = wp::transpose(var_16);
    var_23 = wp::mul(var_21, var_22);
    // f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                                <L 165>
    var_26 = wp::extract(var_23, var_24, var_25);
    var_29 = wp::extract(var_23, var_27, var_28);
    var_32 = wp::extract(var_23, var_30, var_31);
    var_33 = wp::vec_t<3, wp::float32>(var_26, var_29, var_32);
    // f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                                <L 166>
    var_36 = wp::extract(var_23, var_34, var_35);
    var_39 = wp::extract(var_23, var_37, var_38);
    var_42 = wp::extract(var_23, var_40, var_41);
    var_43 = wp::vec_t<3, wp::float32>(var_36, var_39, var_42);
    // f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                                <L 167>
    var_46 = wp::extract(var_23, var_44, var_45);
    var_49 = wp::extract(var_23, var_47, var_48);
    var_52 = wp::extract(var_23, var_50, var_51);
    var_53 = wp::vec_t<3, wp::float32>(var_46, var_49, var_52);
    // wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                         <L 169>
    var_55 = wp::extract(var_6, var_54);
    var_56 = wp::add(var_33, var_43);
    var_57 = wp::add(var_56, var_53);
    // var_58 = wp::atomic_sub(var_force_out, var_55, var_57);
    // wp.atomic_add(force_out, tet[1], f1)                                                   <L 170>
    var_60 = wp::extract(var_6, var_59);
    // var_61 = wp::atomic_add(var_force_out, var_60, var_33);
    // wp.atomic_add(force_out, tet[2], f2)                                                   <L 171>
    var_63 = wp::extract(var_6, var_62);
    // var_64 = wp::atomic_add(var_force_out, var_63, var_43);
    // wp.atomic_add(force_out, tet[3], f3)                                                   <L 172>
    var_66 = wp::extract(var_6, var_65);
    // var_67 = wp::atomic_add(var_force_out, var_66, var_53);
    //---------
    // reverse
    wp::adj_atomic_add(var_force_out, var_66, var_53, adj_force_out, adj_66, adj_53, adj_67);
    wp::adj_extract(var_6, var_65, adj_6, adj_65, adj_66);
    // adj: wp.atomic_add(force_out, tet[3], f3)                                              <L 172>
    wp::adj_atomic_add(var_force_out, var_63, var_43, adj_force_out, adj_63, adj_43, adj_64);
    wp::adj_extract(var_6, var_62, adj_6, adj_62, adj_63);
    // adj: wp.atomic_add(force_out, tet[2], f2)                                              <L 171>
    wp::adj_atomic_add(var_force_out, var_60, var_33, adj_force_out, adj_60, adj_33, adj_61);
    wp::adj_extract(var_6, var_59, adj_6, adj_59, adj_60);
    // adj: wp.atomic_add(force_out, tet[1], f1)                                              <L 170>
    wp::adj_atomic_sub(var_force_out, var_55, var_57, adj_force_out, adj_55, adj_57, adj_58);
    wp::adj_add(var_56, var_53, adj_56, adj_53, adj_57);
    wp::adj_add(var_33, var_43, adj_33, adj_43, adj_56);
    wp::adj_extract(var_6, var_54, adj_6, adj_54, adj_55);
    // adj: wp.atomic_sub(force_out, tet[0], f1 + f2 + f3)                                    <L 169>
    wp::adj_vec_t(var_46, var_49, var_52, adj_46, adj_49, adj_52, adj_53);
    wp::adj_extract(var_23, var_50, var_51, adj_23, adj_50, adj_51, adj_52);
    wp::adj_extract(var_23, var_47, var_48, adj_23, adj_47, adj_48, adj_49);
    wp::adj_extract(var_23, var_44, var_45, adj_23, adj_44, adj_45, adj_46);
    // adj: f3 = wp.vec3(H[0, 2], H[1, 2], H[2, 2])                                           <L 167>
    wp::adj_vec_t(var_36, var_39, var_42, adj_36, adj_39, adj_42, adj_43);
    wp::adj_extract(var_23, var_40, var_41, adj_23, adj_40, adj_41, adj_42);
    wp::adj_extract(var_23, var_37, var_38, adj_23, adj_37, adj_38, adj_39);
    wp::adj_extract(var_23, var_34, var_35, adj_23, adj_34, adj_35, adj_36);
    // adj: f2 = wp.vec3(H[0, 1], H[1, 1], H[2, 1])                                           <L 166>
    wp::adj_vec_t(var_26, var_29, var_32, adj_26, adj_29, adj_32, adj_33);
    wp::adj_extract(var_23, var_30, var_31, adj_23, adj_30, adj_31, adj_32);
    wp::adj_extract(var_23, var_27, var_28, adj_23, adj_27, adj_28, adj_29);
    wp::adj_extract(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
    // adj: f1 = wp.vec3(H[0, 0], H[1, 0], H[2, 0])                                           <L 165>
    wp::adj_mul(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_transpose(var_16, adj_16, adj_22);
    wp::adj_mul(var_19, var_13, adj_19, adj_13, adj_21);
    wp::adj_neg(var_20, adj_18, adj_19);
    wp::adj_address(var_tet_volumes, var_0, adj_tet_volumes, adj_0, adj_18);
    // adj: H = -tet_volumes[tid] * P @ wp.transpose(Dm_inv)                                  <L 164>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_rest_inv, var_0, adj_rest_inv, adj_0, adj_15);
    // adj: Dm_inv = rest_inv[tid]                                                            <L 163>
    adj_neo_hookean_stress_0(var_3, var_11, var_14, var_9, adj_3, adj_11, adj_12, adj_9, adj_13);
    wp::adj_address(var_tet_mu, var_0, adj_tet_mu, adj_0, adj_12);
    wp::adj_determinant(var_3, adj_3, adj_11);
    // adj: P = neo_hookean_stress(F, wp.determinant(F), tet_mu[tid], k_lambda)               <L 162>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_tet_lambda, var_0, adj_tet_lambda, adj_0, adj_8);
    // adj: k_lambda = tet_lambda[tid]                                                        <L 161>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_tets, var_0, adj_tets, adj_0, adj_5);
    // adj: tet = tets[tid]                                                                   <L 160>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_2);
    // adj: F = deformation_gradients[tid]                                                    <L 159>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 158>
    }
    // adj: if tid >= num_active:                                                             <L 157>
    // adj: tid = wp.tid()                                                                    <L 156>
    // adj: def apply_element_forces(                                                         <L 146>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_element_forces_9a92547c_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_element_forces_9a92547c *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_element_forces_9a92547c_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void apply_element_forces_9a92547c_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_element_forces_9a92547c *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->tets.strides[0] == (int)sizeof(wp::vec_t<4, wp::int32>)) & (_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rest_inv.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_volumes.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_element_forces_9a92547c_cpu_forward_tasks<true>(dim, _wp_args);
    else
        apply_element_forces_9a92547c_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_element_forces_9a92547c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_element_forces_9a92547c *_wp_args)
{
    apply_element_forces_9a92547c_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void apply_element_forces_9a92547c_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_element_forces_9a92547c *_wp_args,
    wp_args_apply_element_forces_9a92547c *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        apply_element_forces_9a92547c_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void apply_element_forces_9a92547c_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_element_forces_9a92547c *_wp_args,
    wp_args_apply_element_forces_9a92547c *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->tets.strides[0] == (int)sizeof(wp::vec_t<4, wp::int32>)) & (_wp_adj_args->tets.strides[0] == (int)sizeof(wp::vec_t<4, wp::int32>)) & (_wp_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->deformation_gradients.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->tet_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->tet_lambda.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->rest_inv.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_adj_args->rest_inv.strides[0] == (int)sizeof(wp::mat_t<3, 3, wp::float32>)) & (_wp_args->tet_volumes.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->tet_volumes.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->force_out.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        apply_element_forces_9a92547c_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        apply_element_forces_9a92547c_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void apply_element_forces_9a92547c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_element_forces_9a92547c *_wp_args,
    wp_args_apply_element_forces_9a92547c *_wp_adj_args)
{
    apply_element_forces_9a92547c_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

