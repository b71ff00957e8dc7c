// Warp 1.19.0 cuda code for compute_vertex_normals_37e2fc4f.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// compute_vertex_normals.py:50
static CUDA_CALLABLE wp::float32 dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e_hat)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 51>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 54>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    return var_3;
}


// compute_vertex_normals.py:125
static CUDA_CALLABLE wp::float32 xpbd_delta_lambda_0(
    wp::float32 var_c,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def xpbd_delta_lambda(c: float, w_sum: float, lam: float, alpha_tilde: float) -> float:       <L 126>
    // return (-c - alpha_tilde * lam) / (w_sum + alpha_tilde)                                <L 127>
    var_0 = wp::neg(var_c);
    var_1 = wp::mul(var_alpha_tilde, var_lam);
    var_2 = wp::sub(var_0, var_1);
    var_3 = wp::add(var_w_sum, var_alpha_tilde);
    var_4 = wp::div(var_2, var_3);
    return var_4;
}


// compute_vertex_normals.py:12
static CUDA_CALLABLE wp::vec_t<3, wp::float32> triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:                 <L 13>
    // return wp.cross(p1 - p0, p2 - p0)                                                      <L 15>
    var_0 = wp::sub(var_p1, var_p0);
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::cross(var_0, var_1);
    return var_2;
}


// compute_vertex_normals.py:4
static CUDA_CALLABLE wp::float32 corner_angle_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = -1.0;
    const wp::float32 var_6 = 1.0;
    wp::float32 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def corner_angle(p: wp.vec3, a: wp.vec3, b: wp.vec3) -> float:                         <L 5>
    // e0 = wp.normalize(a - p)                                                               <L 7>
    var_0 = wp::sub(var_a, var_p);
    var_1 = wp::normalize(var_0);
    // e1 = wp.normalize(b - p)                                                               <L 8>
    var_2 = wp::sub(var_b, var_p);
    var_3 = wp::normalize(var_2);
    // return wp.acos(wp.clamp(wp.dot(e0, e1), -1.0, 1.0))                                    <L 9>
    var_4 = wp::dot(var_1, var_3);
    var_7 = wp::clamp(var_4, var_5, var_6);
    var_8 = wp::acos(var_7);
    return var_8;
}


// compute_vertex_normals.py:50
static CUDA_CALLABLE void adj_dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e_hat,
    wp::vec_t<3, wp::float32> & adj_n1,
    wp::vec_t<3, wp::float32> & adj_n2,
    wp::vec_t<3, wp::float32> & adj_e_hat,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 51>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 54>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_atan2(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_dot(var_n1, var_n2, adj_n1, adj_n2, adj_2);
    wp::adj_dot(var_0, var_e_hat, adj_0, adj_e_hat, adj_1);
    wp::adj_cross(var_n2, var_n1, adj_n2, adj_n1, adj_0);
    // adj: return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                  <L 54>
    // adj: def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:            <L 51>
    return;
}


// compute_vertex_normals.py:125
static CUDA_CALLABLE void adj_xpbd_delta_lambda_0(
    wp::float32 var_c,
    wp::float32 var_w_sum,
    wp::float32 var_lam,
    wp::float32 var_alpha_tilde,
    wp::float32 & adj_c,
    wp::float32 & adj_w_sum,
    wp::float32 & adj_lam,
    wp::float32 & adj_alpha_tilde,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// compute_vertex_normals.py:12
static CUDA_CALLABLE void adj_triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// compute_vertex_normals.py:4
static CUDA_CALLABLE void adj_corner_angle_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_a,
    wp::vec_t<3, wp::float32> var_b,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_a,
    wp::vec_t<3, wp::float32> & adj_b,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void eval_edge_bending_0b0e2c72_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_bending_ke,
    wp::array_t<wp::float32> var_bending_kd,
    wp::array_t<wp::float32> var_bending_rest_angle,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity_deltas)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = -1;
        bool var_14;
        const wp::int32 var_15 = -1;
        bool var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        const wp::int32 var_30 = 0;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32>* var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        bool var_62;
        const wp::float32 var_63 = 1e-06;
        bool var_64;
        const wp::float32 var_65 = 1e-06;
        bool var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::float32 var_70 = 1.0;
        wp::float32 var_71;
        const wp::float32 var_72 = 1.0;
        wp::float32 var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::float32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::float32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::float32 var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::vec_t<3, wp::float32>* var_98;
        wp::float32 var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::float32 var_108;
        wp::vec_t<3, wp::float32>* var_109;
        wp::float32 var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::float32* var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::float32* var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        wp::vec_t<3, wp::float32> var_126;
        wp::vec_t<3, wp::float32> var_127;
        wp::float32* var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::vec_t<3, wp::float32> var_131;
        wp::vec_t<3, wp::float32> var_132;
        wp::float32* var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        //---------
        // forward
        // def eval_edge_bending(                                                                 <L 58>
        // tid = wp.tid()                                                                         <L 70>
        var_0 = builtin_tid1d();
        // quad = bending_indices[tid]                                                            <L 71>
        var_1 = wp::address(var_bending_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = quad[0]                                                                            <L 72>
        var_5 = wp::extract(var_2, var_4);
        // j = quad[1]                                                                            <L 73>
        var_7 = wp::extract(var_2, var_6);
        // k = quad[2]                                                                            <L 74>
        var_9 = wp::extract(var_2, var_8);
        // l = quad[3]                                                                            <L 75>
        var_11 = wp::extract(var_2, var_10);
        // if i == -1 or j == -1:                                                                 <L 77>
        var_14 = (var_5 == var_13);
        var_12 = var_14;
        if (!var_12) {
            var_16 = (var_7 == var_15);
            var_12 = var_12 || var_16;
        }
        if (var_12) {
            // return                                                                             <L 78>
            continue;
        }
        // if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:       <L 79>
        var_17 = wp::address(var_particle_inv_mass, var_5);
        var_18 = wp::address(var_particle_inv_mass, var_7);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::add(var_20, var_21);
        var_22 = wp::address(var_particle_inv_mass, var_9);
        var_24 = wp::load(var_22);
        var_23 = wp::add(var_19, var_24);
        var_25 = wp::address(var_particle_inv_mass, var_11);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_23, var_27);
        var_29 = (var_26 == var_28);
        if (var_29) {
            // return                                                                             <L 80>
            continue;
        }
        // dt = delta_time[0]                                                                     <L 81>
        var_31 = wp::address(var_delta_time, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // kd_local = bending_kd[0]                                                               <L 82>
        var_35 = wp::address(var_bending_kd, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::copy(var_37);
        // ke_local = bending_ke[0]                                                               <L 83>
        var_39 = wp::address(var_bending_ke, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // x_i = points[i]                                                                        <L 84>
        var_42 = wp::address(var_points, var_5);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // x_j = points[j]                                                                        <L 85>
        var_45 = wp::address(var_points, var_7);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // x_k = points[k]                                                                        <L 86>
        var_48 = wp::address(var_points, var_9);
        var_50 = wp::load(var_48);
        var_49 = wp::copy(var_50);
        // x_l = points[l]                                                                        <L 87>
        var_51 = wp::address(var_points, var_11);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 88>
        var_54 = wp::sub(var_49, var_43);
        var_55 = wp::sub(var_52, var_43);
        var_56 = wp::cross(var_54, var_55);
        // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 89>
        var_57 = wp::sub(var_52, var_46);
        var_58 = wp::sub(var_49, var_46);
        var_59 = wp::cross(var_57, var_58);
        // n1_length = wp.length(n1)                                                              <L 90>
        var_60 = wp::length(var_56);
        // n2_length = wp.length(n2)                                                              <L 91>
        var_61 = wp::length(var_59);
        // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 93>
        var_64 = (var_60 < var_63);
        var_62 = var_64;
        if (!var_62) {
            var_66 = (var_61 < var_65);
            var_62 = var_62 || var_66;
        }
        if (var_62) {
            // return                                                                             <L 94>
            continue;
        }
        // e = x_l - x_k                                                                          <L 95>
        var_67 = wp::sub(var_52, var_49);
        // e_length = wp.length(e)                                                                <L 96>
        var_68 = wp::length(var_67);
        // e_hat = e / e_length                                                                   <L 97>
        var_69 = wp::div(var_67, var_68);
        // rcp_n1 = 1.0 / n1_length                                                               <L 98>
        var_71 = wp::div(var_70, var_60);
        // rcp_n2 = 1.0 / n2_length                                                               <L 99>
        var_73 = wp::div(var_72, var_61);
        // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 100>
        var_74 = wp::mul(var_56, var_71);
        var_75 = wp::mul(var_59, var_73);
        var_76 = dihedral_angle_0(var_74, var_75, var_69);
        // dtheta = theta - bending_rest_angle[tid]                                               <L 101>
        var_77 = wp::address(var_bending_rest_angle, var_0);
        var_79 = wp::load(var_77);
        var_78 = wp::sub(var_76, var_79);
        // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 104>
        var_80 = wp::mul(var_71, var_71);
        var_81 = wp::mul(var_56, var_80);
        // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 105>
        var_82 = wp::mul(var_73, var_73);
        var_83 = wp::mul(var_59, var_82);
        // d_i = g1 * e_length                                                                    <L 106>
        var_84 = wp::mul(var_81, var_68);
        // d_j = g2 * e_length                                                                    <L 107>
        var_85 = wp::mul(var_83, var_68);
        // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 108>
        var_86 = wp::sub(var_43, var_52);
        var_87 = wp::dot(var_86, var_69);
        var_88 = wp::mul(var_81, var_87);
        var_89 = wp::sub(var_46, var_52);
        var_90 = wp::dot(var_89, var_69);
        var_91 = wp::mul(var_83, var_90);
        var_92 = wp::add(var_88, var_91);
        // d_l = -(d_i + d_j + d_k)                                                               <L 110>
        var_93 = wp::add(var_84, var_85);
        var_94 = wp::add(var_93, var_92);
        var_95 = wp::neg(var_94);
        // weight = e_length                                                                      <L 111>
        var_96 = wp::copy(var_68);
        // f_elastic = ke_local * dtheta                                                          <L 112>
        var_97 = wp::mul(var_40, var_78);
        // dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])       <L 114>
        var_98 = wp::address(var_velocities, var_5);
        var_100 = wp::load(var_98);
        var_99 = wp::dot(var_84, var_100);
        var_101 = wp::address(var_velocities, var_7);
        var_103 = wp::load(var_101);
        var_102 = wp::dot(var_85, var_103);
        var_104 = wp::add(var_99, var_102);
        var_105 = wp::address(var_velocities, var_9);
        var_107 = wp::load(var_105);
        var_106 = wp::dot(var_92, var_107);
        var_108 = wp::add(var_104, var_106);
        var_109 = wp::address(var_velocities, var_11);
        var_111 = wp::load(var_109);
        var_110 = wp::dot(var_95, var_111);
        var_112 = wp::add(var_108, var_110);
        // f_scale = -weight * (f_elastic + kd_local * dtheta_dt)                                 <L 115>
        var_113 = wp::neg(var_96);
        var_114 = wp::mul(var_36, var_112);
        var_115 = wp::add(var_97, var_114);
        var_116 = wp::mul(var_113, var_115);
        // impulse = f_scale * dt                                                                 <L 118>
        var_117 = wp::mul(var_116, var_32);
        // wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))              <L 119>
        var_118 = wp::address(var_particle_inv_mass, var_5);
        var_120 = wp::load(var_118);
        var_119 = wp::mul(var_117, var_120);
        var_121 = wp::mul(var_84, var_119);
        var_122 = wp::atomic_add(var_velocity_deltas, var_5, var_121);
        // wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))              <L 120>
        var_123 = wp::address(var_particle_inv_mass, var_7);
        var_125 = wp::load(var_123);
        var_124 = wp::mul(var_117, var_125);
        var_126 = wp::mul(var_85, var_124);
        var_127 = wp::atomic_add(var_velocity_deltas, var_7, var_126);
        // wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))              <L 121>
        var_128 = wp::address(var_particle_inv_mass, var_9);
        var_130 = wp::load(var_128);
        var_129 = wp::mul(var_117, var_130);
        var_131 = wp::mul(var_92, var_129);
        var_132 = wp::atomic_add(var_velocity_deltas, var_9, var_131);
        // wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))              <L 122>
        var_133 = wp::address(var_particle_inv_mass, var_11);
        var_135 = wp::load(var_133);
        var_134 = wp::mul(var_117, var_135);
        var_136 = wp::mul(var_95, var_134);
        var_137 = wp::atomic_add(var_velocity_deltas, var_11, var_136);
    }
}



extern "C" __global__ void eval_edge_bending_0b0e2c72_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_bending_ke,
    wp::array_t<wp::float32> var_bending_kd,
    wp::array_t<wp::float32> var_bending_rest_angle,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::float32> var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity_deltas,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_bending_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_bending_ke,
    wp::array_t<wp::float32> adj_bending_kd,
    wp::array_t<wp::float32> adj_bending_rest_angle,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::array_t<wp::float32> adj_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity_deltas)
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
        wp::vec_t<4, wp::int32>* var_1;
        wp::vec_t<4, wp::int32> var_2;
        wp::vec_t<4, wp::int32> var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 2;
        wp::int32 var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        bool var_12;
        const wp::int32 var_13 = -1;
        bool var_14;
        const wp::int32 var_15 = -1;
        bool var_16;
        wp::float32* var_17;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        bool var_29;
        const wp::int32 var_30 = 0;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        const wp::int32 var_34 = 0;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::int32 var_38 = 0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32>* var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32>* var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::vec_t<3, wp::float32> var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::vec_t<3, wp::float32> var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        bool var_62;
        const wp::float32 var_63 = 1e-06;
        bool var_64;
        const wp::float32 var_65 = 1e-06;
        bool var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::float32 var_68;
        wp::vec_t<3, wp::float32> var_69;
        const wp::float32 var_70 = 1.0;
        wp::float32 var_71;
        const wp::float32 var_72 = 1.0;
        wp::float32 var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::float32 var_76;
        wp::float32* var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::float32 var_82;
        wp::vec_t<3, wp::float32> var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::float32 var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::float32 var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        wp::vec_t<3, wp::float32> var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::vec_t<3, wp::float32>* var_98;
        wp::float32 var_99;
        wp::vec_t<3, wp::float32> var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::float32 var_108;
        wp::vec_t<3, wp::float32>* var_109;
        wp::float32 var_110;
        wp::vec_t<3, wp::float32> var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        wp::float32 var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::float32* var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::float32* var_123;
        wp::float32 var_124;
        wp::float32 var_125;
        wp::vec_t<3, wp::float32> var_126;
        wp::vec_t<3, wp::float32> var_127;
        wp::float32* var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::vec_t<3, wp::float32> var_131;
        wp::vec_t<3, wp::float32> var_132;
        wp::float32* var_133;
        wp::float32 var_134;
        wp::float32 var_135;
        wp::vec_t<3, wp::float32> var_136;
        wp::vec_t<3, wp::float32> var_137;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<4, wp::int32> adj_1 = {};
        wp::vec_t<4, wp::int32> adj_2 = {};
        wp::vec_t<4, wp::int32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::int32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
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
        bool adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::vec_t<3, wp::float32> adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::vec_t<3, wp::float32> adj_55 = {};
        wp::vec_t<3, wp::float32> adj_56 = {};
        wp::vec_t<3, wp::float32> adj_57 = {};
        wp::vec_t<3, wp::float32> adj_58 = {};
        wp::vec_t<3, wp::float32> adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        wp::float32 adj_63 = {};
        bool adj_64 = {};
        wp::float32 adj_65 = {};
        bool adj_66 = {};
        wp::vec_t<3, wp::float32> adj_67 = {};
        wp::float32 adj_68 = {};
        wp::vec_t<3, wp::float32> adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::float32 adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::float32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::vec_t<3, wp::float32> adj_86 = {};
        wp::float32 adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::float32 adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::vec_t<3, wp::float32> adj_92 = {};
        wp::vec_t<3, wp::float32> adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::vec_t<3, wp::float32> adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::vec_t<3, wp::float32> adj_98 = {};
        wp::float32 adj_99 = {};
        wp::vec_t<3, wp::float32> adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::float32 adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::float32 adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::float32 adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::float32 adj_108 = {};
        wp::vec_t<3, wp::float32> adj_109 = {};
        wp::float32 adj_110 = {};
        wp::vec_t<3, wp::float32> adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        wp::float32 adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::vec_t<3, wp::float32> adj_121 = {};
        wp::vec_t<3, wp::float32> adj_122 = {};
        wp::float32 adj_123 = {};
        wp::float32 adj_124 = {};
        wp::float32 adj_125 = {};
        wp::vec_t<3, wp::float32> adj_126 = {};
        wp::vec_t<3, wp::float32> adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::vec_t<3, wp::float32> adj_131 = {};
        wp::vec_t<3, wp::float32> adj_132 = {};
        wp::float32 adj_133 = {};
        wp::float32 adj_134 = {};
        wp::float32 adj_135 = {};
        wp::vec_t<3, wp::float32> adj_136 = {};
        wp::vec_t<3, wp::float32> adj_137 = {};
        //---------
        // forward
        // def eval_edge_bending(                                                                 <L 58>
        // tid = wp.tid()                                                                         <L 70>
        var_0 = builtin_tid1d();
        // quad = bending_indices[tid]                                                            <L 71>
        var_1 = wp::address(var_bending_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = quad[0]                                                                            <L 72>
        var_5 = wp::extract(var_2, var_4);
        // j = quad[1]                                                                            <L 73>
        var_7 = wp::extract(var_2, var_6);
        // k = quad[2]                                                                            <L 74>
        var_9 = wp::extract(var_2, var_8);
        // l = quad[3]                                                                            <L 75>
        var_11 = wp::extract(var_2, var_10);
        // if i == -1 or j == -1:                                                                 <L 77>
        var_14 = (var_5 == var_13);
        var_12 = var_14;
        if (!var_12) {
            var_16 = (var_7 == var_15);
            var_12 = var_12 || var_16;
        }
        if (var_12) {
            // return                                                                             <L 78>
            goto label0;
        }
        // if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:       <L 79>
        var_17 = wp::address(var_particle_inv_mass, var_5);
        var_18 = wp::address(var_particle_inv_mass, var_7);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::add(var_20, var_21);
        var_22 = wp::address(var_particle_inv_mass, var_9);
        var_24 = wp::load(var_22);
        var_23 = wp::add(var_19, var_24);
        var_25 = wp::address(var_particle_inv_mass, var_11);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_23, var_27);
        var_29 = (var_26 == var_28);
        if (var_29) {
            // return                                                                             <L 80>
            goto label1;
        }
        // dt = delta_time[0]                                                                     <L 81>
        var_31 = wp::address(var_delta_time, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // kd_local = bending_kd[0]                                                               <L 82>
        var_35 = wp::address(var_bending_kd, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::copy(var_37);
        // ke_local = bending_ke[0]                                                               <L 83>
        var_39 = wp::address(var_bending_ke, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // x_i = points[i]                                                                        <L 84>
        var_42 = wp::address(var_points, var_5);
        var_44 = wp::load(var_42);
        var_43 = wp::copy(var_44);
        // x_j = points[j]                                                                        <L 85>
        var_45 = wp::address(var_points, var_7);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // x_k = points[k]                                                                        <L 86>
        var_48 = wp::address(var_points, var_9);
        var_50 = wp::load(var_48);
        var_49 = wp::copy(var_50);
        // x_l = points[l]                                                                        <L 87>
        var_51 = wp::address(var_points, var_11);
        var_53 = wp::load(var_51);
        var_52 = wp::copy(var_53);
        // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 88>
        var_54 = wp::sub(var_49, var_43);
        var_55 = wp::sub(var_52, var_43);
        var_56 = wp::cross(var_54, var_55);
        // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 89>
        var_57 = wp::sub(var_52, var_46);
        var_58 = wp::sub(var_49, var_46);
        var_59 = wp::cross(var_57, var_58);
        // n1_length = wp.length(n1)                                                              <L 90>
        var_60 = wp::length(var_56);
        // n2_length = wp.length(n2)                                                              <L 91>
        var_61 = wp::length(var_59);
        // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 93>
        var_64 = (var_60 < var_63);
        var_62 = var_64;
        if (!var_62) {
            var_66 = (var_61 < var_65);
            var_62 = var_62 || var_66;
        }
        if (var_62) {
            // return                                                                             <L 94>
            goto label2;
        }
        // e = x_l - x_k                                                                          <L 95>
        var_67 = wp::sub(var_52, var_49);
        // e_length = wp.length(e)                                                                <L 96>
        var_68 = wp::length(var_67);
        // e_hat = e / e_length                                                                   <L 97>
        var_69 = wp::div(var_67, var_68);
        // rcp_n1 = 1.0 / n1_length                                                               <L 98>
        var_71 = wp::div(var_70, var_60);
        // rcp_n2 = 1.0 / n2_length                                                               <L 99>
        var_73 = wp::div(var_72, var_61);
        // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 100>
        var_74 = wp::mul(var_56, var_71);
        var_75 = wp::mul(var_59, var_73);
        var_76 = dihedral_angle_0(var_74, var_75, var_69);
        // dtheta = theta - bending_rest_angle[tid]                                               <L 101>
        var_77 = wp::address(var_bending_rest_angle, var_0);
        var_79 = wp::load(var_77);
        var_78 = wp::sub(var_76, var_79);
        // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 104>
        var_80 = wp::mul(var_71, var_71);
        var_81 = wp::mul(var_56, var_80);
        // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 105>
        var_82 = wp::mul(var_73, var_73);
        var_83 = wp::mul(var_59, var_82);
        // d_i = g1 * e_length                                                                    <L 106>
        var_84 = wp::mul(var_81, var_68);
        // d_j = g2 * e_length                                                                    <L 107>
        var_85 = wp::mul(var_83, var_68);
        // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 108>
        var_86 = wp::sub(var_43, var_52);
        var_87 = wp::dot(var_86, var_69);
        var_88 = wp::mul(var_81, var_87);
        var_89 = wp::sub(var_46, var_52);
        var_90 = wp::dot(var_89, var_69);
        var_91 = wp::mul(var_83, var_90);
        var_92 = wp::add(var_88, var_91);
        // d_l = -(d_i + d_j + d_k)                                                               <L 110>
        var_93 = wp::add(var_84, var_85);
        var_94 = wp::add(var_93, var_92);
        var_95 = wp::neg(var_94);
        // weight = e_length                                                                      <L 111>
        var_96 = wp::copy(var_68);
        // f_elastic = ke_local * dtheta                                                          <L 112>
        var_97 = wp::mul(var_40, var_78);
        // dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])       <L 114>
        var_98 = wp::address(var_velocities, var_5);
        var_100 = wp::load(var_98);
        var_99 = wp::dot(var_84, var_100);
        var_101 = wp::address(var_velocities, var_7);
        var_103 = wp::load(var_101);
        var_102 = wp::dot(var_85, var_103);
        var_104 = wp::add(var_99, var_102);
        var_105 = wp::address(var_velocities, var_9);
        var_107 = wp::load(var_105);
        var_106 = wp::dot(var_92, var_107);
        var_108 = wp::add(var_104, var_106);
        var_109 = wp::address(var_velocities, var_11);
        var_111 = wp::load(var_109);
        var_110 = wp::dot(var_95, var_111);
        var_112 = wp::add(var_108, var_110);
        // f_scale = -weight * (f_elastic + kd_local * dtheta_dt)                                 <L 115>
        var_113 = wp::neg(var_96);
        var_114 = wp::mul(var_36, var_112);
        var_115 = wp::add(var_97, var_114);
        var_116 = wp::mul(var_113, var_115);
        // impulse = f_scale * dt                                                                 <L 118>
        var_117 = wp::mul(var_116, var_32);
        // wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))              <L 119>
        var_118 = wp::address(var_particle_inv_mass, var_5);
        var_120 = wp::load(var_118);
        var_119 = wp::mul(var_117, var_120);
        var_121 = wp::mul(var_84, var_119);
        // var_122 = wp::atomic_add(var_velocity_deltas, var_5, var_121);
        // wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))              <L 120>
        var_123 = wp::address(var_particle_inv_mass, var_7);
        var_125 = wp::load(var_123);
        var_124 = wp::mul(var_117, var_125);
        var_126 = wp::mul(var_85, var_124);
        // var_127 = wp::atomic_add(var_velocity_deltas, var_7, var_126);
        // wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))              <L 121>
        var_128 = wp::address(var_particle_inv_mass, var_9);
        var_130 = wp::load(var_128);
        var_129 = wp::mul(var_117, var_130);
        var_131 = wp::mul(var_92, var_129);
        // var_132 = wp::atomic_add(var_velocity_deltas, var_9, var_131);
        // wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))              <L 122>
        var_133 = wp::address(var_particle_inv_mass, var_11);
        var_135 = wp::load(var_133);
        var_134 = wp::mul(var_117, var_135);
        var_136 = wp::mul(var_95, var_134);
        // var_137 = wp::atomic_add(var_velocity_deltas, var_11, var_136);
        //---------
        // reverse
        wp::adj_atomic_add(var_velocity_deltas, var_11, var_136, adj_velocity_deltas, adj_11, adj_136, adj_137);
        wp::adj_mul(var_95, var_134, adj_95, adj_134, adj_136);
        wp::adj_mul(var_117, var_135, adj_117, adj_133, adj_134);
        wp::adj_address(var_particle_inv_mass, var_11, adj_particle_inv_mass, adj_11, adj_133);
        // adj: wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))         <L 122>
        wp::adj_atomic_add(var_velocity_deltas, var_9, var_131, adj_velocity_deltas, adj_9, adj_131, adj_132);
        wp::adj_mul(var_92, var_129, adj_92, adj_129, adj_131);
        wp::adj_mul(var_117, var_130, adj_117, adj_128, adj_129);
        wp::adj_address(var_particle_inv_mass, var_9, adj_particle_inv_mass, adj_9, adj_128);
        // adj: wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))         <L 121>
        wp::adj_atomic_add(var_velocity_deltas, var_7, var_126, adj_velocity_deltas, adj_7, adj_126, adj_127);
        wp::adj_mul(var_85, var_124, adj_85, adj_124, adj_126);
        wp::adj_mul(var_117, var_125, adj_117, adj_123, adj_124);
        wp::adj_address(var_particle_inv_mass, var_7, adj_particle_inv_mass, adj_7, adj_123);
        // adj: wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))         <L 120>
        wp::adj_atomic_add(var_velocity_deltas, var_5, var_121, adj_velocity_deltas, adj_5, adj_121, adj_122);
        wp::adj_mul(var_84, var_119, adj_84, adj_119, adj_121);
        wp::adj_mul(var_117, var_120, adj_117, adj_118, adj_119);
        wp::adj_address(var_particle_inv_mass, var_5, adj_particle_inv_mass, adj_5, adj_118);
        // adj: wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))         <L 119>
        wp::adj_mul(var_116, var_32, adj_116, adj_32, adj_117);
        // adj: impulse = f_scale * dt                                                            <L 118>
        wp::adj_mul(var_113, var_115, adj_113, adj_115, adj_116);
        wp::adj_add(var_97, var_114, adj_97, adj_114, adj_115);
        wp::adj_mul(var_36, var_112, adj_36, adj_112, adj_114);
        wp::adj_neg(var_96, adj_96, adj_113);
        // adj: f_scale = -weight * (f_elastic + kd_local * dtheta_dt)                            <L 115>
        wp::adj_add(var_108, var_110, adj_108, adj_110, adj_112);
        wp::adj_dot(var_95, var_111, adj_95, adj_109, adj_110);
        wp::adj_address(var_velocities, var_11, adj_velocities, adj_11, adj_109);
        wp::adj_add(var_104, var_106, adj_104, adj_106, adj_108);
        wp::adj_dot(var_92, var_107, adj_92, adj_105, adj_106);
        wp::adj_address(var_velocities, var_9, adj_velocities, adj_9, adj_105);
        wp::adj_add(var_99, var_102, adj_99, adj_102, adj_104);
        wp::adj_dot(var_85, var_103, adj_85, adj_101, adj_102);
        wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_101);
        wp::adj_dot(var_84, var_100, adj_84, adj_98, adj_99);
        wp::adj_address(var_velocities, var_5, adj_velocities, adj_5, adj_98);
        // adj: dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])  <L 114>
        wp::adj_mul(var_40, var_78, adj_40, adj_78, adj_97);
        // adj: f_elastic = ke_local * dtheta                                                     <L 112>
        wp::adj_copy(var_68, adj_68, adj_96);
        // adj: weight = e_length                                                                 <L 111>
        wp::adj_neg(var_94, adj_94, adj_95);
        wp::adj_add(var_93, var_92, adj_93, adj_92, adj_94);
        wp::adj_add(var_84, var_85, adj_84, adj_85, adj_93);
        // adj: d_l = -(d_i + d_j + d_k)                                                          <L 110>
        wp::adj_add(var_88, var_91, adj_88, adj_91, adj_92);
        wp::adj_mul(var_83, var_90, adj_83, adj_90, adj_91);
        wp::adj_dot(var_89, var_69, adj_89, adj_69, adj_90);
        wp::adj_sub(var_46, var_52, adj_46, adj_52, adj_89);
        wp::adj_mul(var_81, var_87, adj_81, adj_87, adj_88);
        wp::adj_dot(var_86, var_69, adj_86, adj_69, adj_87);
        wp::adj_sub(var_43, var_52, adj_43, adj_52, adj_86);
        // adj: d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)               <L 108>
        wp::adj_mul(var_83, var_68, adj_83, adj_68, adj_85);
        // adj: d_j = g2 * e_length                                                               <L 107>
        wp::adj_mul(var_81, var_68, adj_81, adj_68, adj_84);
        // adj: d_i = g1 * e_length                                                               <L 106>
        wp::adj_mul(var_59, var_82, adj_59, adj_82, adj_83);
        wp::adj_mul(var_73, var_73, adj_73, adj_73, adj_82);
        // adj: g2 = n2 * (rcp_n2 * rcp_n2)                                                       <L 105>
        wp::adj_mul(var_56, var_80, adj_56, adj_80, adj_81);
        wp::adj_mul(var_71, var_71, adj_71, adj_71, adj_80);
        // adj: g1 = n1 * (rcp_n1 * rcp_n1)                                                       <L 104>
        wp::adj_sub(var_76, var_79, adj_76, adj_77, adj_78);
        wp::adj_address(var_bending_rest_angle, var_0, adj_bending_rest_angle, adj_0, adj_77);
        // adj: dtheta = theta - bending_rest_angle[tid]                                          <L 101>
        adj_dihedral_angle_0(var_74, var_75, var_69, adj_74, adj_75, adj_69, adj_76);
        wp::adj_mul(var_59, var_73, adj_59, adj_73, adj_75);
        wp::adj_mul(var_56, var_71, adj_56, adj_71, adj_74);
        // adj: theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                           <L 100>
        wp::adj_div(var_72, var_61, var_73, adj_72, adj_61, adj_73);
        // adj: rcp_n2 = 1.0 / n2_length                                                          <L 99>
        wp::adj_div(var_70, var_60, var_71, adj_70, adj_60, adj_71);
        // adj: rcp_n1 = 1.0 / n1_length                                                          <L 98>
        wp::adj_div(var_67, var_68, adj_67, adj_68, adj_69);
        // adj: e_hat = e / e_length                                                              <L 97>
        wp::adj_length(var_67, var_68, adj_67, adj_68);
        // adj: e_length = wp.length(e)                                                           <L 96>
        wp::adj_sub(var_52, var_49, adj_52, adj_49, adj_67);
        // adj: e = x_l - x_k                                                                     <L 95>
        if (var_62) {
            label2:;
            // adj: return                                                                        <L 94>
        }
        if (!var_62) {
        }
        // adj: if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                      <L 93>
        wp::adj_length(var_59, var_61, adj_59, adj_61);
        // adj: n2_length = wp.length(n2)                                                         <L 91>
        wp::adj_length(var_56, var_60, adj_56, adj_60);
        // adj: n1_length = wp.length(n1)                                                         <L 90>
        wp::adj_cross(var_57, var_58, adj_57, adj_58, adj_59);
        wp::adj_sub(var_49, var_46, adj_49, adj_46, adj_58);
        wp::adj_sub(var_52, var_46, adj_52, adj_46, adj_57);
        // adj: n2 = wp.cross(x_l - x_j, x_k - x_j)                                               <L 89>
        wp::adj_cross(var_54, var_55, adj_54, adj_55, adj_56);
        wp::adj_sub(var_52, var_43, adj_52, adj_43, adj_55);
        wp::adj_sub(var_49, var_43, adj_49, adj_43, adj_54);
        // adj: n1 = wp.cross(x_k - x_i, x_l - x_i)                                               <L 88>
        wp::adj_copy(var_53, adj_51, adj_52);
        wp::adj_address(var_points, var_11, adj_points, adj_11, adj_51);
        // adj: x_l = points[l]                                                                   <L 87>
        wp::adj_copy(var_50, adj_48, adj_49);
        wp::adj_address(var_points, var_9, adj_points, adj_9, adj_48);
        // adj: x_k = points[k]                                                                   <L 86>
        wp::adj_copy(var_47, adj_45, adj_46);
        wp::adj_address(var_points, var_7, adj_points, adj_7, adj_45);
        // adj: x_j = points[j]                                                                   <L 85>
        wp::adj_copy(var_44, adj_42, adj_43);
        wp::adj_address(var_points, var_5, adj_points, adj_5, adj_42);
        // adj: x_i = points[i]                                                                   <L 84>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_bending_ke, var_38, adj_bending_ke, adj_38, adj_39);
        // adj: ke_local = bending_ke[0]                                                          <L 83>
        wp::adj_copy(var_37, adj_35, adj_36);
        wp::adj_address(var_bending_kd, var_34, adj_bending_kd, adj_34, adj_35);
        // adj: kd_local = bending_kd[0]                                                          <L 82>
        wp::adj_copy(var_33, adj_31, adj_32);
        wp::adj_address(var_delta_time, var_30, adj_delta_time, adj_30, adj_31);
        // adj: dt = delta_time[0]                                                                <L 81>
        if (var_29) {
            label1:;
            // adj: return                                                                        <L 80>
        }
        wp::adj_add(var_23, var_27, adj_23, adj_25, adj_26);
        wp::adj_address(var_particle_inv_mass, var_11, adj_particle_inv_mass, adj_11, adj_25);
        wp::adj_add(var_19, var_24, adj_19, adj_22, adj_23);
        wp::adj_address(var_particle_inv_mass, var_9, adj_particle_inv_mass, adj_9, adj_22);
        wp::adj_add(var_20, var_21, adj_17, adj_18, adj_19);
        wp::adj_address(var_particle_inv_mass, var_7, adj_particle_inv_mass, adj_7, adj_18);
        wp::adj_address(var_particle_inv_mass, var_5, adj_particle_inv_mass, adj_5, adj_17);
        // adj: if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:  <L 79>
        if (var_12) {
            label0:;
            // adj: return                                                                        <L 78>
        }
        if (!var_12) {
        }
        // adj: if i == -1 or j == -1:                                                            <L 77>
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        // adj: l = quad[3]                                                                       <L 75>
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: k = quad[2]                                                                       <L 74>
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: j = quad[1]                                                                       <L 73>
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: i = quad[0]                                                                       <L 72>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_bending_indices, var_0, adj_bending_indices, adj_0, adj_1);
        // adj: quad = bending_indices[tid]                                                       <L 71>
        // adj: tid = wp.tid()                                                                    <L 70>
        // adj: def eval_edge_bending(                                                            <L 58>
        continue;
    }
}



extern "C" __global__ void project_color_constraints_30fa5ef9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_color_items,
    wp::array_t<wp::int32> var_constraint_indices,
    wp::array_t<wp::float32> var_rest_distance,
    wp::array_t<wp::float32> var_compliance,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::float32> var_delta_time,
    wp::int32 var_color_start,
    wp::int32 var_num_in_color,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_lambda_sum)
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
        bool var_1;
        wp::int32 var_2;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 1;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        const wp::int32 var_23 = 0;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        const wp::float32 var_35 = 1e-06;
        bool var_36;
        wp::float32* var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        //---------
        // forward
        // def project_color_constraints(                                                         <L 131>
        // tid = wp.tid()                                                                         <L 143>
        var_0 = builtin_tid1d();
        // if tid >= num_in_color:                                                                <L 144>
        var_1 = (var_0 >= var_num_in_color);
        if (var_1) {
            // return                                                                             <L 145>
            continue;
        }
        // c = color_items[color_start + tid]                                                     <L 146>
        var_2 = wp::add(var_color_start, var_0);
        var_3 = wp::address(var_color_items, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // a = constraint_indices[c, 0]                                                           <L 147>
        var_7 = wp::address(var_constraint_indices, var_4, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // b = constraint_indices[c, 1]                                                           <L 148>
        var_11 = wp::address(var_constraint_indices, var_4, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // w_a = inv_mass[a]                                                                      <L 149>
        var_14 = wp::address(var_inv_mass, var_8);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // w_b = inv_mass[b]                                                                      <L 150>
        var_17 = wp::address(var_inv_mass, var_12);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // w_sum = w_a + w_b                                                                      <L 151>
        var_20 = wp::add(var_15, var_18);
        // if w_sum == 0.0:                                                                       <L 153>
        var_22 = (var_20 == var_21);
        if (var_22) {
            // return                                                                             <L 154>
            continue;
        }
        // dt = delta_time[0]                                                                     <L 155>
        var_24 = wp::address(var_delta_time, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // x_a = positions[a]                                                                     <L 156>
        var_27 = wp::address(var_positions, var_8);
        var_29 = wp::load(var_27);
        var_28 = wp::copy(var_29);
        // x_b = positions[b]                                                                     <L 157>
        var_30 = wp::address(var_positions, var_12);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // d = x_a - x_b                                                                          <L 158>
        var_33 = wp::sub(var_28, var_31);
        // length = wp.length(d)                                                                  <L 159>
        var_34 = wp::length(var_33);
        // if length < 1.0e-6:                                                                    <L 160>
        var_36 = (var_34 < var_35);
        if (var_36) {
            // return                                                                             <L 161>
            continue;
        }
        // err = length - rest_distance[c]                                                        <L 162>
        var_37 = wp::address(var_rest_distance, var_4);
        var_39 = wp::load(var_37);
        var_38 = wp::sub(var_34, var_39);
        // n = d / length                                                                         <L 163>
        var_40 = wp::div(var_33, var_34);
        // alpha_tilde = compliance[c] / (dt * dt)                                                <L 164>
        var_41 = wp::address(var_compliance, var_4);
        var_42 = wp::mul(var_25, var_25);
        var_44 = wp::load(var_41);
        var_43 = wp::div(var_44, var_42);
        // lam = lambda_sum[c]                                                                    <L 165>
        var_45 = wp::address(var_lambda_sum, var_4);
        var_47 = wp::load(var_45);
        var_46 = wp::copy(var_47);
        // d_lambda = xpbd_delta_lambda(err, w_sum, lam, alpha_tilde)                             <L 166>
        var_48 = xpbd_delta_lambda_0(var_38, var_20, var_46, var_43);
        // lambda_sum[c] = lam + d_lambda                                                         <L 167>
        var_49 = wp::add(var_46, var_48);
        wp::array_store(var_lambda_sum, var_4, var_49);
        // corr = n * d_lambda                                                                    <L 168>
        var_50 = wp::mul(var_40, var_48);
        // positions[a] = x_a + corr * w_a                                                        <L 170>
        var_51 = wp::mul(var_50, var_15);
        var_52 = wp::add(var_28, var_51);
        wp::array_store(var_positions, var_8, var_52);
        // positions[b] = x_b - corr * w_b                                                        <L 171>
        var_53 = wp::mul(var_50, var_18);
        var_54 = wp::sub(var_31, var_53);
        wp::array_store(var_positions, var_12, var_54);
    }
}



extern "C" __global__ void compute_vertex_normals_e064395d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_triangles,
    wp::array_t<wp::vec_t<3, wp::float32>> var_vertices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_accum,
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals,
    wp::int32 var_num_faces)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 1;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 2;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 1e-12;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // forward
        // def compute_vertex_normals(                                                            <L 19>
        // tid = wp.tid()                                                                         <L 27>
        var_0 = builtin_tid1d();
        // if tid >= num_faces:                                                                   <L 28>
        var_1 = (var_0 >= var_num_faces);
        if (var_1) {
            // return                                                                             <L 29>
            continue;
        }
        // i0 = triangles[tid, 0]                                                                 <L 30>
        var_3 = wp::address(var_triangles, var_0, var_2);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // i1 = triangles[tid, 1]                                                                 <L 31>
        var_7 = wp::address(var_triangles, var_0, var_6);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // i2 = triangles[tid, 2]                                                                 <L 32>
        var_11 = wp::address(var_triangles, var_0, var_10);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p0 = vertices[i0]                                                                      <L 33>
        var_14 = wp::address(var_vertices, var_4);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // p1 = vertices[i1]                                                                      <L 34>
        var_17 = wp::address(var_vertices, var_8);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // p2 = vertices[i2]                                                                      <L 35>
        var_20 = wp::address(var_vertices, var_12);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // n = triangle_normal(p0, p1, p2)                                                        <L 36>
        var_23 = triangle_normal_0(var_15, var_18, var_21);
        // double_area = wp.length(n)                                                             <L 37>
        var_24 = wp::length(var_23);
        // if double_area < 1.0e-12:                                                              <L 38>
        var_26 = (var_24 < var_25);
        if (var_26) {
            // return                                                                             <L 39>
            continue;
        }
        // n_unit = wp.normalize(n)                                                               <L 40>
        var_27 = wp::normalize(var_23);
        // face_normals[tid] = n_unit                                                             <L 41>
        wp::array_store(var_face_normals, var_0, var_27);
        // a0 = corner_angle(p0, p1, p2)                                                          <L 42>
        var_28 = corner_angle_0(var_15, var_18, var_21);
        // a1 = corner_angle(p1, p2, p0)                                                          <L 43>
        var_29 = corner_angle_0(var_18, var_21, var_15);
        // a2 = corner_angle(p2, p0, p1)                                                          <L 44>
        var_30 = corner_angle_0(var_21, var_15, var_18);
        // wp.atomic_add(normals_accum, i0, n_unit * a0)                                          <L 45>
        var_31 = wp::mul(var_27, var_28);
        var_32 = wp::atomic_add(var_normals_accum, var_4, var_31);
        // wp.atomic_add(normals_accum, i1, n_unit * a1)                                          <L 46>
        var_33 = wp::mul(var_27, var_29);
        var_34 = wp::atomic_add(var_normals_accum, var_8, var_33);
        // wp.atomic_add(normals_accum, i2, n_unit * a2)                                          <L 47>
        var_35 = wp::mul(var_27, var_30);
        var_36 = wp::atomic_add(var_normals_accum, var_12, var_35);
    }
}



extern "C" __global__ void muscle_forces_eeadf51e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_activation,
    wp::array_t<wp::float32> var_angular_freq,
    wp::array_t<wp::float32> var_sim_time,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
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
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32>* var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        //---------
        // forward
        // def muscle_forces(                                                                     <L 175>
        // tid = wp.tid()                                                                         <L 185>
        var_0 = builtin_tid1d();
        // i = springs[tid, 0]                                                                    <L 186>
        var_2 = wp::address(var_springs, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = springs[tid, 1]                                                                    <L 187>
        var_6 = wp::address(var_springs, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // t = sim_time[0]                                                                        <L 188>
        var_10 = wp::address(var_sim_time, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // omega = angular_freq[0]                                                                <L 189>
        var_14 = wp::address(var_angular_freq, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // rest = rest_lengths[0]                                                                 <L 190>
        var_18 = wp::address(var_rest_lengths, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // amp = activation[tid]                                                                  <L 191>
        var_21 = wp::address(var_activation, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // ke = spring_stiffness[tid]                                                             <L 192>
        var_24 = wp::address(var_spring_stiffness, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // l0 = rest * (1.0 + amp * wp.cos(omega * t))                                            <L 193>
        var_28 = wp::mul(var_15, var_11);
        var_29 = wp::cos(var_28);
        var_30 = wp::mul(var_22, var_29);
        var_31 = wp::add(var_27, var_30);
        var_32 = wp::mul(var_19, var_31);
        // d = x[j] - x[i]                                                                        <L 194>
        var_33 = wp::address(var_x, var_7);
        var_34 = wp::address(var_x, var_3);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::sub(var_36, var_37);
        // l = wp.length(d)                                                                       <L 195>
        var_38 = wp::length(var_35);
        // if l == 0.0:                                                                           <L 196>
        var_40 = (var_38 == var_39);
        if (var_40) {
            // return                                                                             <L 197>
            continue;
        }
        // dir = d / l                                                                            <L 198>
        var_41 = wp::div(var_35, var_38);
        // f = dir * (ke * (l - l0))                                                              <L 199>
        var_42 = wp::sub(var_38, var_32);
        var_43 = wp::mul(var_25, var_42);
        var_44 = wp::mul(var_41, var_43);
        // wp.atomic_sub(forces, j, f)                                                            <L 200>
        var_45 = wp::atomic_sub(var_forces, var_7, var_44);
        // wp.atomic_add(forces, i, f)                                                            <L 201>
        var_46 = wp::atomic_add(var_forces, var_3, var_44);
    }
}



extern "C" __global__ void muscle_forces_eeadf51e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_activation,
    wp::array_t<wp::float32> var_angular_freq,
    wp::array_t<wp::float32> var_sim_time,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> adj_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_rest_lengths,
    wp::array_t<wp::float32> adj_activation,
    wp::array_t<wp::float32> adj_angular_freq,
    wp::array_t<wp::float32> adj_sim_time,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
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
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::float32* var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 1.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::vec_t<3, wp::float32>* var_33;
        wp::vec_t<3, wp::float32>* var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        wp::float32 var_38;
        const wp::float32 var_39 = 0.0;
        bool var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
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
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
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
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        bool adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        //---------
        // forward
        // def muscle_forces(                                                                     <L 175>
        // tid = wp.tid()                                                                         <L 185>
        var_0 = builtin_tid1d();
        // i = springs[tid, 0]                                                                    <L 186>
        var_2 = wp::address(var_springs, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = springs[tid, 1]                                                                    <L 187>
        var_6 = wp::address(var_springs, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // t = sim_time[0]                                                                        <L 188>
        var_10 = wp::address(var_sim_time, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // omega = angular_freq[0]                                                                <L 189>
        var_14 = wp::address(var_angular_freq, var_13);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // rest = rest_lengths[0]                                                                 <L 190>
        var_18 = wp::address(var_rest_lengths, var_17);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // amp = activation[tid]                                                                  <L 191>
        var_21 = wp::address(var_activation, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // ke = spring_stiffness[tid]                                                             <L 192>
        var_24 = wp::address(var_spring_stiffness, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // l0 = rest * (1.0 + amp * wp.cos(omega * t))                                            <L 193>
        var_28 = wp::mul(var_15, var_11);
        var_29 = wp::cos(var_28);
        var_30 = wp::mul(var_22, var_29);
        var_31 = wp::add(var_27, var_30);
        var_32 = wp::mul(var_19, var_31);
        // d = x[j] - x[i]                                                                        <L 194>
        var_33 = wp::address(var_x, var_7);
        var_34 = wp::address(var_x, var_3);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::sub(var_36, var_37);
        // l = wp.length(d)                                                                       <L 195>
        var_38 = wp::length(var_35);
        // if l == 0.0:                                                                           <L 196>
        var_40 = (var_38 == var_39);
        if (var_40) {
            // return                                                                             <L 197>
            goto label0;
        }
        // dir = d / l                                                                            <L 198>
        var_41 = wp::div(var_35, var_38);
        // f = dir * (ke * (l - l0))                                                              <L 199>
        var_42 = wp::sub(var_38, var_32);
        var_43 = wp::mul(var_25, var_42);
        var_44 = wp::mul(var_41, var_43);
        // wp.atomic_sub(forces, j, f)                                                            <L 200>
        // var_45 = wp::atomic_sub(var_forces, var_7, var_44);
        // wp.atomic_add(forces, i, f)                                                            <L 201>
        // var_46 = wp::atomic_add(var_forces, var_3, var_44);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_3, var_44, adj_forces, adj_3, adj_44, adj_46);
        // adj: wp.atomic_add(forces, i, f)                                                       <L 201>
        wp::adj_atomic_sub(var_forces, var_7, var_44, adj_forces, adj_7, adj_44, adj_45);
        // adj: wp.atomic_sub(forces, j, f)                                                       <L 200>
        wp::adj_mul(var_41, var_43, adj_41, adj_43, adj_44);
        wp::adj_mul(var_25, var_42, adj_25, adj_42, adj_43);
        wp::adj_sub(var_38, var_32, adj_38, adj_32, adj_42);
        // adj: f = dir * (ke * (l - l0))                                                         <L 199>
        wp::adj_div(var_35, var_38, adj_35, adj_38, adj_41);
        // adj: dir = d / l                                                                       <L 198>
        if (var_40) {
            label0:;
            // adj: return                                                                        <L 197>
        }
        // adj: if l == 0.0:                                                                      <L 196>
        wp::adj_length(var_35, var_38, adj_35, adj_38);
        // adj: l = wp.length(d)                                                                  <L 195>
        wp::adj_sub(var_36, var_37, adj_33, adj_34, adj_35);
        wp::adj_address(var_x, var_3, adj_x, adj_3, adj_34);
        wp::adj_address(var_x, var_7, adj_x, adj_7, adj_33);
        // adj: d = x[j] - x[i]                                                                   <L 194>
        wp::adj_mul(var_19, var_31, adj_19, adj_31, adj_32);
        wp::adj_add(var_27, var_30, adj_27, adj_30, adj_31);
        wp::adj_mul(var_22, var_29, adj_22, adj_29, adj_30);
        wp::adj_cos(var_28, adj_28, adj_29);
        wp::adj_mul(var_15, var_11, adj_15, adj_11, adj_28);
        // adj: l0 = rest * (1.0 + amp * wp.cos(omega * t))                                       <L 193>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_24);
        // adj: ke = spring_stiffness[tid]                                                        <L 192>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_activation, var_0, adj_activation, adj_0, adj_21);
        // adj: amp = activation[tid]                                                             <L 191>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_rest_lengths, var_17, adj_rest_lengths, adj_17, adj_18);
        // adj: rest = rest_lengths[0]                                                            <L 190>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_angular_freq, var_13, adj_angular_freq, adj_13, adj_14);
        // adj: omega = angular_freq[0]                                                           <L 189>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_sim_time, var_9, adj_sim_time, adj_9, adj_10);
        // adj: t = sim_time[0]                                                                   <L 188>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
        // adj: j = springs[tid, 1]                                                               <L 187>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
        // adj: i = springs[tid, 0]                                                               <L 186>
        // adj: tid = wp.tid()                                                                    <L 185>
        // adj: def muscle_forces(                                                                <L 175>
        continue;
    }
}

