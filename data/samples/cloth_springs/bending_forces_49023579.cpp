// Warp 1.19.0 cpu code for bending_forces_49023579.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// bending_forces.py:4
static wp::float32 dihedral_angle_0(
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
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 5>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 8>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    return var_3;
}


// bending_forces.py:4
static void adj_dihedral_angle_0(
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
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 5>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 8>
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
    // adj: return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                  <L 8>
    // adj: def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:            <L 5>
    return;
}

struct wp_args_bending_forces_73d717b1 {
    wp::array_t<wp::vec_t<4, wp::int32>> bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> bending_properties;
    wp::array_t<wp::float32> inv_mass;
    wp::float32 delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> velocity_deltas;
};


template <bool wp_linear_contiguous>
static void bending_forces_73d717b1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bending_forces_73d717b1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices = _wp_args->bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_bending_properties = _wp_args->bending_properties;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity_deltas = _wp_args->velocity_deltas;
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
    const wp::int32 var_17 = 0;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    bool var_45;
    const wp::float32 var_46 = 1e-06;
    bool var_47;
    const wp::float32 var_48 = 1e-06;
    bool var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    const wp::float32 var_55 = 1.0;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::float32 var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    const wp::float32 var_80 = 2.0;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::vec_t<3, wp::float32>* var_86;
    wp::float32 var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32>* var_89;
    wp::float32 var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::float32 var_92;
    wp::vec_t<3, wp::float32>* var_93;
    wp::float32 var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::float32 var_96;
    wp::vec_t<3, wp::float32>* var_97;
    wp::float32 var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    wp::float32* var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    wp::float32* var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::float32* var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
    //---------
    // forward
    // def bending_forces(                                                                    <L 12>
    // tid = wp.tid()                                                                         <L 22>
    var_0 = builtin_tid1d();
    // quad = bending_indices[tid]                                                            <L 23>
    var_1 = wp::address(var_bending_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // i = quad[0]                                                                            <L 24>
    var_5 = wp::extract(var_2, var_4);
    // j = quad[1]                                                                            <L 25>
    var_7 = wp::extract(var_2, var_6);
    // k = quad[2]                                                                            <L 26>
    var_9 = wp::extract(var_2, var_8);
    // l = quad[3]                                                                            <L 27>
    var_11 = wp::extract(var_2, var_10);
    // if i == -1 or j == -1:                                                                 <L 28>
    var_14 = (var_5 == var_13);
    var_12 = var_14;
    if (!var_12) {
        var_16 = (var_7 == var_15);
        var_12 = var_12 || var_16;
    }
    if (var_12) {
        // return                                                                             <L 29>
        return;
    }
    // ke = bending_properties[tid, 0]                                                        <L 30>
    var_18 = wp::address(var_bending_properties, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // kd = bending_properties[tid, 1]                                                        <L 31>
    var_22 = wp::address(var_bending_properties, var_0, var_21);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // x_i = positions[i]                                                                     <L 32>
    var_25 = wp::address(var_positions, var_5);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // x_j = positions[j]                                                                     <L 33>
    var_28 = wp::address(var_positions, var_7);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // x_k = positions[k]                                                                     <L 34>
    var_31 = wp::address(var_positions, var_9);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // x_l = positions[l]                                                                     <L 35>
    var_34 = wp::address(var_positions, var_11);
    var_36 = wp::load(var_34);
    var_35 = wp::copy(var_36);
    // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 36>
    var_37 = wp::sub(var_32, var_26);
    var_38 = wp::sub(var_35, var_26);
    var_39 = wp::cross(var_37, var_38);
    // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 37>
    var_40 = wp::sub(var_35, var_29);
    var_41 = wp::sub(var_32, var_29);
    var_42 = wp::cross(var_40, var_41);
    // n1_length = wp.length(n1)                                                              <L 38>
    var_43 = wp::length(var_39);
    // n2_length = wp.length(n2)                                                              <L 39>
    var_44 = wp::length(var_42);
    // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 40>
    var_47 = (var_43 < var_46);
    var_45 = var_47;
    if (!var_45) {
        var_49 = (var_44 < var_48);
        var_45 = var_45 || var_49;
    }
    if (var_45) {
        // return                                                                             <L 41>
        return;
    }
    // e = x_l - x_k                                                                          <L 42>
    var_50 = wp::sub(var_35, var_32);
    // e_length = wp.length(e)                                                                <L 43>
    var_51 = wp::length(var_50);
    // e_hat = e / e_length                                                                   <L 44>
    var_52 = wp::div(var_50, var_51);
    // rcp_n1 = 1.0 / n1_length                                                               <L 45>
    var_54 = wp::div(var_53, var_43);
    // rcp_n2 = 1.0 / n2_length                                                               <L 46>
    var_56 = wp::div(var_55, var_44);
    // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 47>
    var_57 = wp::mul(var_39, var_54);
    var_58 = wp::mul(var_42, var_56);
    var_59 = dihedral_angle_0(var_57, var_58, var_52);
    // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 48>
    var_60 = wp::mul(var_54, var_54);
    var_61 = wp::mul(var_39, var_60);
    // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 49>
    var_62 = wp::mul(var_56, var_56);
    var_63 = wp::mul(var_42, var_62);
    // d_i = g1 * e_length                                                                    <L 50>
    var_64 = wp::mul(var_61, var_51);
    // d_j = g2 * e_length                                                                    <L 51>
    var_65 = wp::mul(var_63, var_51);
    // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 52>
    var_66 = wp::sub(var_26, var_35);
    var_67 = wp::dot(var_66, var_52);
    var_68 = wp::mul(var_61, var_67);
    var_69 = wp::sub(var_29, var_35);
    var_70 = wp::dot(var_69, var_52);
    var_71 = wp::mul(var_63, var_70);
    var_72 = wp::add(var_68, var_71);
    // d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)                    <L 53>
    var_73 = wp::sub(var_32, var_26);
    var_74 = wp::dot(var_73, var_52);
    var_75 = wp::mul(var_61, var_74);
    var_76 = wp::sub(var_32, var_29);
    var_77 = wp::dot(var_76, var_52);
    var_78 = wp::mul(var_63, var_77);
    var_79 = wp::add(var_75, var_78);
    // weight = 2.0 * e_length * e_length / (n1_length + n2_length)                           <L 54>
    var_81 = wp::mul(var_80, var_51);
    var_82 = wp::mul(var_81, var_51);
    var_83 = wp::add(var_43, var_44);
    var_84 = wp::div(var_82, var_83);
    // f_elastic = ke * theta                                                                 <L 55>
    var_85 = wp::mul(var_19, var_59);
    // dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])       <L 56>
    var_86 = wp::address(var_velocities, var_5);
    var_88 = wp::load(var_86);
    var_87 = wp::dot(var_64, var_88);
    var_89 = wp::address(var_velocities, var_7);
    var_91 = wp::load(var_89);
    var_90 = wp::dot(var_65, var_91);
    var_92 = wp::add(var_87, var_90);
    var_93 = wp::address(var_velocities, var_9);
    var_95 = wp::load(var_93);
    var_94 = wp::dot(var_72, var_95);
    var_96 = wp::add(var_92, var_94);
    var_97 = wp::address(var_velocities, var_11);
    var_99 = wp::load(var_97);
    var_98 = wp::dot(var_79, var_99);
    var_100 = wp::add(var_96, var_98);
    // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 57>
    var_101 = wp::neg(var_84);
    var_102 = wp::mul(var_23, var_100);
    var_103 = wp::add(var_85, var_102);
    var_104 = wp::mul(var_101, var_103);
    // impulse = f_scale * delta_time                                                         <L 58>
    var_105 = wp::mul(var_104, var_delta_time);
    // wp.atomic_add(velocity_deltas, i, d_i * (impulse * inv_mass[i]))                       <L 59>
    var_106 = wp::address(var_inv_mass, var_5);
    var_108 = wp::load(var_106);
    var_107 = wp::mul(var_105, var_108);
    var_109 = wp::mul(var_64, var_107);
    var_110 = wp::atomic_add(var_velocity_deltas, var_5, var_109);
    // wp.atomic_add(velocity_deltas, j, d_j * (impulse * inv_mass[j]))                       <L 60>
    var_111 = wp::address(var_inv_mass, var_7);
    var_113 = wp::load(var_111);
    var_112 = wp::mul(var_105, var_113);
    var_114 = wp::mul(var_65, var_112);
    var_115 = wp::atomic_add(var_velocity_deltas, var_7, var_114);
    // wp.atomic_add(velocity_deltas, k, d_k * (impulse * inv_mass[k]))                       <L 61>
    var_116 = wp::address(var_inv_mass, var_9);
    var_118 = wp::load(var_116);
    var_117 = wp::mul(var_105, var_118);
    var_119 = wp::mul(var_72, var_117);
    var_120 = wp::atomic_add(var_velocity_deltas, var_9, var_119);
    // wp.atomic_add(velocity_deltas, l, d_l * (impulse * inv_mass[l]))                       <L 62>
    var_121 = wp::address(var_inv_mass, var_11);
    var_123 = wp::load(var_121);
    var_122 = wp::mul(var_105, var_123);
    var_124 = wp::mul(var_79, var_122);
    var_125 = wp::atomic_add(var_velocity_deltas, var_11, var_124);
}



template <bool wp_linear_contiguous>
static void bending_forces_73d717b1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bending_forces_73d717b1 *_wp_args,
    wp_args_bending_forces_73d717b1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices = _wp_args->bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_bending_properties = _wp_args->bending_properties;
    wp::array_t<wp::float32> var_inv_mass = _wp_args->inv_mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity_deltas = _wp_args->velocity_deltas;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_bending_indices = _wp_adj_args->bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_bending_properties = _wp_adj_args->bending_properties;
    wp::array_t<wp::float32> adj_inv_mass = _wp_adj_args->inv_mass;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity_deltas = _wp_adj_args->velocity_deltas;
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
    const wp::int32 var_17 = 0;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 1;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32>* var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    bool var_45;
    const wp::float32 var_46 = 1e-06;
    bool var_47;
    const wp::float32 var_48 = 1e-06;
    bool var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::float32 var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::float32 var_53 = 1.0;
    wp::float32 var_54;
    const wp::float32 var_55 = 1.0;
    wp::float32 var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::float32 var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::float32 var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::vec_t<3, wp::float32> var_75;
    wp::vec_t<3, wp::float32> var_76;
    wp::float32 var_77;
    wp::vec_t<3, wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    const wp::float32 var_80 = 2.0;
    wp::float32 var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::vec_t<3, wp::float32>* var_86;
    wp::float32 var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32>* var_89;
    wp::float32 var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::float32 var_92;
    wp::vec_t<3, wp::float32>* var_93;
    wp::float32 var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::float32 var_96;
    wp::vec_t<3, wp::float32>* var_97;
    wp::float32 var_98;
    wp::vec_t<3, wp::float32> var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32* var_106;
    wp::float32 var_107;
    wp::float32 var_108;
    wp::vec_t<3, wp::float32> var_109;
    wp::vec_t<3, wp::float32> var_110;
    wp::float32* var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::vec_t<3, wp::float32> var_114;
    wp::vec_t<3, wp::float32> var_115;
    wp::float32* var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::vec_t<3, wp::float32> var_119;
    wp::vec_t<3, wp::float32> var_120;
    wp::float32* var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::vec_t<3, wp::float32> var_124;
    wp::vec_t<3, wp::float32> var_125;
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
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    bool adj_47 = {};
    wp::float32 adj_48 = {};
    bool adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::float32 adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::float32 adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::float32 adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    wp::vec_t<3, wp::float32> adj_76 = {};
    wp::float32 adj_77 = {};
    wp::vec_t<3, wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
    wp::vec_t<3, wp::float32> adj_86 = {};
    wp::float32 adj_87 = {};
    wp::vec_t<3, wp::float32> adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::float32 adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::float32 adj_92 = {};
    wp::vec_t<3, wp::float32> adj_93 = {};
    wp::float32 adj_94 = {};
    wp::vec_t<3, wp::float32> adj_95 = {};
    wp::float32 adj_96 = {};
    wp::vec_t<3, wp::float32> adj_97 = {};
    wp::float32 adj_98 = {};
    wp::vec_t<3, wp::float32> adj_99 = {};
    wp::float32 adj_100 = {};
    wp::float32 adj_101 = {};
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::vec_t<3, wp::float32> adj_109 = {};
    wp::vec_t<3, wp::float32> adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::vec_t<3, wp::float32> adj_114 = {};
    wp::vec_t<3, wp::float32> adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::vec_t<3, wp::float32> adj_119 = {};
    wp::vec_t<3, wp::float32> adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::vec_t<3, wp::float32> adj_124 = {};
    wp::vec_t<3, wp::float32> adj_125 = {};
    //---------
    // forward
    // def bending_forces(                                                                    <L 12>
    // tid = wp.tid()                                                                         <L 22>
    var_0 = builtin_tid1d();
    // quad = bending_indices[tid]                                                            <L 23>
    var_1 = wp::address(var_bending_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // i = quad[0]                                                                            <L 24>
    var_5 = wp::extract(var_2, var_4);
    // j = quad[1]                                                                            <L 25>
    var_7 = wp::extract(var_2, var_6);
    // k = quad[2]                                                                            <L 26>
    var_9 = wp::extract(var_2, var_8);
    // l = quad[3]                                                                            <L 27>
    var_11 = wp::extract(var_2, var_10);
    // if i == -1 or j == -1:                                                                 <L 28>
    var_14 = (var_5 == var_13);
    var_12 = var_14;
    if (!var_12) {
        var_16 = (var_7 == var_15);
        var_12 = var_12 || var_16;
    }
    if (var_12) {
        // return                                                                             <L 29>
        goto label0;
    }
    // ke = bending_properties[tid, 0]                                                        <L 30>
    var_18 = wp::address(var_bending_properties, var_0, var_17);
    var_20 = wp::load(var_18);
    var_19 = wp::copy(var_20);
    // kd = bending_properties[tid, 1]                                                        <L 31>
    var_22 = wp::address(var_bending_properties, var_0, var_21);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // x_i = positions[i]                                                                     <L 32>
    var_25 = wp::address(var_positions, var_5);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // x_j = positions[j]                                                                     <L 33>
    var_28 = wp::address(var_positions, var_7);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // x_k = positions[k]                                                                     <L 34>
    var_31 = wp::address(var_positions, var_9);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // x_l = positions[l]                                                                     <L 35>
    var_34 = wp::address(var_positions, var_11);
    var_36 = wp::load(var_34);
    var_35 = wp::copy(var_36);
    // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 36>
    var_37 = wp::sub(var_32, var_26);
    var_38 = wp::sub(var_35, var_26);
    var_39 = wp::cross(var_37, var_38);
    // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 37>
    var_40 = wp::sub(var_35, var_29);
    var_41 = wp::sub(var_32, var_29);
    var_42 = wp::cross(var_40, var_41);
    // n1_length = wp.length(n1)                                                              <L 38>
    var_43 = wp::length(var_39);
    // n2_length = wp.length(n2)                                                              <L 39>
    var_44 = wp::length(var_42);
    // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 40>
    var_47 = (var_43 < var_46);
    var_45 = var_47;
    if (!var_45) {
        var_49 = (var_44 < var_48);
        var_45 = var_45 || var_49;
    }
    if (var_45) {
        // return                                                                             <L 41>
        goto label1;
    }
    // e = x_l - x_k                                                                          <L 42>
    var_50 = wp::sub(var_35, var_32);
    // e_length = wp.length(e)                                                                <L 43>
    var_51 = wp::length(var_50);
    // e_hat = e / e_length                                                                   <L 44>
    var_52 = wp::div(var_50, var_51);
    // rcp_n1 = 1.0 / n1_length                                                               <L 45>
    var_54 = wp::div(var_53, var_43);
    // rcp_n2 = 1.0 / n2_length                                                               <L 46>
    var_56 = wp::div(var_55, var_44);
    // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 47>
    var_57 = wp::mul(var_39, var_54);
    var_58 = wp::mul(var_42, var_56);
    var_59 = dihedral_angle_0(var_57, var_58, var_52);
    // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 48>
    var_60 = wp::mul(var_54, var_54);
    var_61 = wp::mul(var_39, var_60);
    // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 49>
    var_62 = wp::mul(var_56, var_56);
    var_63 = wp::mul(var_42, var_62);
    // d_i = g1 * e_length                                                                    <L 50>
    var_64 = wp::mul(var_61, var_51);
    // d_j = g2 * e_length                                                                    <L 51>
    var_65 = wp::mul(var_63, var_51);
    // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 52>
    var_66 = wp::sub(var_26, var_35);
    var_67 = wp::dot(var_66, var_52);
    var_68 = wp::mul(var_61, var_67);
    var_69 = wp::sub(var_29, var_35);
    var_70 = wp::dot(var_69, var_52);
    var_71 = wp::mul(var_63, var_70);
    var_72 = wp::add(var_68, var_71);
    // d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)                    <L 53>
    var_73 = wp::sub(var_32, var_26);
    var_74 = wp::dot(var_73, var_52);
    var_75 = wp::mul(var_61, var_74);
    var_76 = wp::sub(var_32, var_29);
    var_77 = wp::dot(var_76, var_52);
    var_78 = wp::mul(var_63, var_77);
    var_79 = wp::add(var_75, var_78);
    // weight = 2.0 * e_length * e_length / (n1_length + n2_length)                           <L 54>
    var_81 = wp::mul(var_80, var_51);
    var_82 = wp::mul(var_81, var_51);
    var_83 = wp::add(var_43, var_44);
    var_84 = wp::div(var_82, var_83);
    // f_elastic = ke * theta                                                                 <L 55>
    var_85 = wp::mul(var_19, var_59);
    // dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])       <L 56>
    var_86 = wp::address(var_velocities, var_5);
    var_88 = wp::load(var_86);
    var_87 = wp::dot(var_64, var_88);
    var_89 = wp::address(var_velocities, var_7);
    var_91 = wp::load(var_89);
    var_90 = wp::dot(var_65, var_91);
    var_92 = wp::add(var_87, var_90);
    var_93 = wp::address(var_velocities, var_9);
    var_95 = wp::load(var_93);
    var_94 = wp::dot(var_72, var_95);
    var_96 = wp::add(var_92, var_94);
    var_97 = wp::address(var_velocities, var_11);
    var_99 = wp::load(var_97);
    var_98 = wp::dot(var_79, var_99);
    var_100 = wp::add(var_96, var_98);
    // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 57>
    var_101 = wp::neg(var_84);
    var_102 = wp::mul(var_23, var_100);
    var_103 = wp::add(var_85, var_102);
    var_104 = wp::mul(var_101, var_103);
    // impulse = f_scale * delta_time                                                         <L 58>
    var_105 = wp::mul(var_104, var_delta_time);
    // wp.atomic_add(velocity_deltas, i, d_i * (impulse * inv_mass[i]))                       <L 59>
    var_106 = wp::address(var_inv_mass, var_5);
    var_108 = wp::load(var_106);
    var_107 = wp::mul(var_105, var_108);
    var_109 = wp::mul(var_64, var_107);
    // var_110 = wp::atomic_add(var_velocity_deltas, var_5, var_109);
    // wp.atomic_add(velocity_deltas, j, d_j * (impulse * inv_mass[j]))                       <L 60>
    var_111 = wp::address(var_inv_mass, var_7);
    var_113 = wp::load(var_111);
    var_112 = wp::mul(var_105, var_113);
    var_114 = wp::mul(var_65, var_112);
    // var_115 = wp::atomic_add(var_velocity_deltas, var_7, var_114);
    // wp.atomic_add(velocity_deltas, k, d_k * (impulse * inv_mass[k]))                       <L 61>
    var_116 = wp::address(var_inv_mass, var_9);
    var_118 = wp::load(var_116);
    var_117 = wp::mul(var_105, var_118);
    var_119 = wp::mul(var_72, var_117);
    // var_120 = wp::atomic_add(var_velocity_deltas, var_9, var_119);
    // wp.atomic_add(velocity_deltas, l, d_l * (impulse * inv_mass[l]))                       <L 62>
    var_121 = wp::address(var_inv_mass, var_11);
    var_123 = wp::load(var_121);
    var_122 = wp::mul(var_105, var_123);
    var_124 = wp::mul(var_79, var_122);
    // var_125 = wp::atomic_add(var_velocity_deltas, var_11, var_124);
    //---------
    // reverse
    wp::adj_atomic_add(var_velocity_deltas, var_11, var_124, adj_velocity_deltas, adj_11, adj_124, adj_125);
    wp::adj_mul(var_79, var_122, adj_79, adj_122, adj_124);
    wp::adj_mul(var_105, var_123, adj_105, adj_121, adj_122);
    wp::adj_address(var_inv_mass, var_11, adj_inv_mass, adj_11, adj_121);
    // adj: wp.atomic_add(velocity_deltas, l, d_l * (impulse * inv_mass[l]))                  <L 62>
    wp::adj_atomic_add(var_velocity_deltas, var_9, var_119, adj_velocity_deltas, adj_9, adj_119, adj_120);
    wp::adj_mul(var_72, var_117, adj_72, adj_117, adj_119);
    wp::adj_mul(var_105, var_118, adj_105, adj_116, adj_117);
    wp::adj_address(var_inv_mass, var_9, adj_inv_mass, adj_9, adj_116);
    // adj: wp.atomic_add(velocity_deltas, k, d_k * (impulse * inv_mass[k]))                  <L 61>
    wp::adj_atomic_add(var_velocity_deltas, var_7, var_114, adj_velocity_deltas, adj_7, adj_114, adj_115);
    wp::adj_mul(var_65, var_112, adj_65, adj_112, adj_114);
    wp::adj_mul(var_105, var_113, adj_105, adj_111, adj_112);
    wp::adj_address(var_inv_mass, var_7, adj_inv_mass, adj_7, adj_111);
    // adj: wp.atomic_add(velocity_deltas, j, d_j * (impulse * inv_mass[j]))                  <L 60>
    wp::adj_atomic_add(var_velocity_deltas, var_5, var_109, adj_velocity_deltas, adj_5, adj_109, adj_110);
    wp::adj_mul(var_64, var_107, adj_64, adj_107, adj_109);
    wp::adj_mul(var_105, var_108, adj_105, adj_106, adj_107);
    wp::adj_address(var_inv_mass, var_5, adj_inv_mass, adj_5, adj_106);
    // adj: wp.atomic_add(velocity_deltas, i, d_i * (impulse * inv_mass[i]))                  <L 59>
    wp::adj_mul(var_104, var_delta_time, adj_104, adj_delta_time, adj_105);
    // adj: impulse = f_scale * delta_time                                                    <L 58>
    wp::adj_mul(var_101, var_103, adj_101, adj_103, adj_104);
    wp::adj_add(var_85, var_102, adj_85, adj_102, adj_103);
    wp::adj_mul(var_23, var_100, adj_23, adj_100, adj_102);
    wp::adj_neg(var_84, adj_84, adj_101);
    // adj: f_scale = -weight * (f_elastic + kd * dtheta_dt)                                  <L 57>
    wp::adj_add(var_96, var_98, adj_96, adj_98, adj_100);
    wp::adj_dot(var_79, var_99, adj_79, adj_97, adj_98);
    wp::adj_address(var_velocities, var_11, adj_velocities, adj_11, adj_97);
    wp::adj_add(var_92, var_94, adj_92, adj_94, adj_96);
    wp::adj_dot(var_72, var_95, adj_72, adj_93, adj_94);
    wp::adj_address(var_velocities, var_9, adj_velocities, adj_9, adj_93);
    wp::adj_add(var_87, var_90, adj_87, adj_90, adj_92);
    wp::adj_dot(var_65, var_91, adj_65, adj_89, adj_90);
    wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_89);
    wp::adj_dot(var_64, var_88, adj_64, adj_86, adj_87);
    wp::adj_address(var_velocities, var_5, adj_velocities, adj_5, adj_86);
    // adj: dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])  <L 56>
    wp::adj_mul(var_19, var_59, adj_19, adj_59, adj_85);
    // adj: f_elastic = ke * theta                                                            <L 55>
    wp::adj_div(var_82, var_83, var_84, adj_82, adj_83, adj_84);
    wp::adj_add(var_43, var_44, adj_43, adj_44, adj_83);
    wp::adj_mul(var_81, var_51, adj_81, adj_51, adj_82);
    wp::adj_mul(var_80, var_51, adj_80, adj_51, adj_81);
    // adj: weight = 2.0 * e_length * e_length / (n1_length + n2_length)                      <L 54>
    wp::adj_add(var_75, var_78, adj_75, adj_78, adj_79);
    wp::adj_mul(var_63, var_77, adj_63, adj_77, adj_78);
    wp::adj_dot(var_76, var_52, adj_76, adj_52, adj_77);
    wp::adj_sub(var_32, var_29, adj_32, adj_29, adj_76);
    wp::adj_mul(var_61, var_74, adj_61, adj_74, adj_75);
    wp::adj_dot(var_73, var_52, adj_73, adj_52, adj_74);
    wp::adj_sub(var_32, var_26, adj_32, adj_26, adj_73);
    // adj: d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)               <L 53>
    wp::adj_add(var_68, var_71, adj_68, adj_71, adj_72);
    wp::adj_mul(var_63, var_70, adj_63, adj_70, adj_71);
    wp::adj_dot(var_69, var_52, adj_69, adj_52, adj_70);
    wp::adj_sub(var_29, var_35, adj_29, adj_35, adj_69);
    wp::adj_mul(var_61, var_67, adj_61, adj_67, adj_68);
    wp::adj_dot(var_66, var_52, adj_66, adj_52, adj_67);
    wp::adj_sub(var_26, var_35, adj_26, adj_35, adj_66);
    // adj: d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)               <L 52>
    wp::adj_mul(var_63, var_51, adj_63, adj_51, adj_65);
    // adj: d_j = g2 * e_length                                                               <L 51>
    wp::adj_mul(var_61, var_51, adj_61, adj_51, adj_64);
    // adj: d_i = g1 * e_length                                                               <L 50>
    wp::adj_mul(var_42, var_62, adj_42, adj_62, adj_63);
    wp::adj_mul(var_56, var_56, adj_56, adj_56, adj_62);
    // adj: g2 = n2 * (rcp_n2 * rcp_n2)                                                       <L 49>
    wp::adj_mul(var_39, var_60, adj_39, adj_60, adj_61);
    wp::adj_mul(var_54, var_54, adj_54, adj_54, adj_60);
    // adj: g1 = n1 * (rcp_n1 * rcp_n1)                                                       <L 48>
    adj_dihedral_angle_0(var_57, var_58, var_52, adj_57, adj_58, adj_52, adj_59);
    wp::adj_mul(var_42, var_56, adj_42, adj_56, adj_58);
    wp::adj_mul(var_39, var_54, adj_39, adj_54, adj_57);
    // adj: theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                           <L 47>
    wp::adj_div(var_55, var_44, var_56, adj_55, adj_44, adj_56);
    // adj: rcp_n2 = 1.0 / n2_length                                                          <L 46>
    wp::adj_div(var_53, var_43, var_54, adj_53, adj_43, adj_54);
    // adj: rcp_n1 = 1.0 / n1_length                                                          <L 45>
    wp::adj_div(var_50, var_51, adj_50, adj_51, adj_52);
    // adj: e_hat = e / e_length                                                              <L 44>
    wp::adj_length(var_50, var_51, adj_50, adj_51);
    // adj: e_length = wp.length(e)                                                           <L 43>
    wp::adj_sub(var_35, var_32, adj_35, adj_32, adj_50);
    // adj: e = x_l - x_k                                                                     <L 42>
    if (var_45) {
        label1:;
        // adj: return                                                                        <L 41>
    }
    if (!var_45) {
    }
    // adj: if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                      <L 40>
    wp::adj_length(var_42, var_44, adj_42, adj_44);
    // adj: n2_length = wp.length(n2)                                                         <L 39>
    wp::adj_length(var_39, var_43, adj_39, adj_43);
    // adj: n1_length = wp.length(n1)                                                         <L 38>
    wp::adj_cross(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_sub(var_32, var_29, adj_32, adj_29, adj_41);
    wp::adj_sub(var_35, var_29, adj_35, adj_29, adj_40);
    // adj: n2 = wp.cross(x_l - x_j, x_k - x_j)                                               <L 37>
    wp::adj_cross(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_sub(var_35, var_26, adj_35, adj_26, adj_38);
    wp::adj_sub(var_32, var_26, adj_32, adj_26, adj_37);
    // adj: n1 = wp.cross(x_k - x_i, x_l - x_i)                                               <L 36>
    wp::adj_copy(var_36, adj_34, adj_35);
    wp::adj_address(var_positions, var_11, adj_positions, adj_11, adj_34);
    // adj: x_l = positions[l]                                                                <L 35>
    wp::adj_copy(var_33, adj_31, adj_32);
    wp::adj_address(var_positions, var_9, adj_positions, adj_9, adj_31);
    // adj: x_k = positions[k]                                                                <L 34>
    wp::adj_copy(var_30, adj_28, adj_29);
    wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_28);
    // adj: x_j = positions[j]                                                                <L 33>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_positions, var_5, adj_positions, adj_5, adj_25);
    // adj: x_i = positions[i]                                                                <L 32>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_bending_properties, var_0, var_21, adj_bending_properties, adj_0, adj_21, adj_22);
    // adj: kd = bending_properties[tid, 1]                                                   <L 31>
    wp::adj_copy(var_20, adj_18, adj_19);
    wp::adj_address(var_bending_properties, var_0, var_17, adj_bending_properties, adj_0, adj_17, adj_18);
    // adj: ke = bending_properties[tid, 0]                                                   <L 30>
    if (var_12) {
        label0:;
        // adj: return                                                                        <L 29>
    }
    if (!var_12) {
    }
    // adj: if i == -1 or j == -1:                                                            <L 28>
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
    // adj: l = quad[3]                                                                       <L 27>
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    // adj: k = quad[2]                                                                       <L 26>
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: j = quad[1]                                                                       <L 25>
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: i = quad[0]                                                                       <L 24>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bending_indices, var_0, adj_bending_indices, adj_0, adj_1);
    // adj: quad = bending_indices[tid]                                                       <L 23>
    // adj: tid = wp.tid()                                                                    <L 22>
    // adj: def bending_forces(                                                               <L 12>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void bending_forces_73d717b1_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_73d717b1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bending_forces_73d717b1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void bending_forces_73d717b1_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_73d717b1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    bending_forces_73d717b1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void bending_forces_73d717b1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_73d717b1 *_wp_args)
{
    bending_forces_73d717b1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void bending_forces_73d717b1_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_73d717b1 *_wp_args,
    wp_args_bending_forces_73d717b1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        bending_forces_73d717b1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void bending_forces_73d717b1_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_73d717b1 *_wp_args,
    wp_args_bending_forces_73d717b1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    bending_forces_73d717b1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void bending_forces_73d717b1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bending_forces_73d717b1 *_wp_args,
    wp_args_bending_forces_73d717b1 *_wp_adj_args)
{
    bending_forces_73d717b1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

