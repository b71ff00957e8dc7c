// Warp 1.19.0 cuda code for world_tendon_efforts_d1c87eb6.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// world_tendon_efforts.py:49
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
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 50>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 53>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    return var_3;
}


// world_tendon_efforts.py:49
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
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 50>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 53>
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
    // adj: return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                  <L 53>
    // adj: def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:            <L 50>
    return;
}



extern "C" __global__ void world_tendon_efforts_0ab546db_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_tendon_dofs,
    wp::array_t<wp::float32> var_tendon_coef,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_tendon_rest_length,
    wp::array_t<wp::float32> var_tendon_stiffness,
    wp::array_t<wp::float32> var_tendon_kd,
    wp::array_t<wp::float32> var_joint_tau)
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
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32* var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        bool var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        wp::int32* var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 0;
        bool var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::int32* var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        const wp::int32 var_64 = 0;
        bool var_65;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32* var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32* var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 3;
        wp::int32* var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        const wp::int32 var_84 = 0;
        bool var_85;
        wp::float32* var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32* var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32* var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        const wp::float32 var_100 = 0.0;
        wp::float32 var_101;
        bool var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32* var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        const wp::float32 var_109 = 0.0;
        wp::float32 var_110;
        wp::float32 var_111;
        const wp::int32 var_112 = 0;
        wp::int32* var_113;
        wp::int32 var_114;
        wp::int32 var_115;
        const wp::int32 var_116 = 0;
        bool var_117;
        wp::float32* var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32* var_123;
        wp::int32 var_124;
        wp::int32 var_125;
        const wp::int32 var_126 = 0;
        bool var_127;
        wp::float32* var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 2;
        wp::int32* var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        const wp::int32 var_136 = 0;
        bool var_137;
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        const wp::int32 var_142 = 3;
        wp::int32* var_143;
        wp::int32 var_144;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        bool var_147;
        wp::float32* var_148;
        wp::float32 var_149;
        wp::float32 var_150;
        wp::float32 var_151;
        //---------
        // forward
        // def world_tendon_efforts(                                                              <L 8>
        // world, t = wp.tid()                                                                    <L 20>
        builtin_tid2d(var_0, var_1);
        // if env_active[world] == 0:                                                             <L 21>
        var_2 = wp::address(var_env_active, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 22>
            continue;
        }
        // if tendon_dofs[t, 0] < 0:                                                              <L 24>
        var_7 = wp::address(var_tendon_dofs, var_1, var_6);
        var_10 = wp::load(var_7);
        var_9 = (var_10 < var_8);
        if (var_9) {
            // return                                                                             <L 25>
            continue;
        }
        // rest = tendon_rest_length[t]                                                           <L 26>
        var_11 = wp::address(var_tendon_rest_length, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // ke = tendon_stiffness[t]                                                               <L 27>
        var_14 = wp::address(var_tendon_stiffness, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // length = float(0.0)                                                                    <L 29>
        var_18 = wp::float(var_17);
        // rate = float(0.0)                                                                      <L 30>
        var_20 = wp::float(var_19);
        // for e in range(TENDON_MAX_JOINTS):                                                     <L 32>
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_22 = wp::address(var_tendon_dofs, var_1, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // if dof >= 0:                                                                           <L 34>
        var_26 = (var_23 >= var_25);
        if (var_26) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_27 = wp::address(var_tendon_coef, var_1, var_21);
            var_29 = wp::load(var_27);
            var_28 = wp::copy(var_29);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_30 = wp::address(var_joint_q, var_0, var_23);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_28, var_32);
            var_33 = wp::add(var_18, var_31);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_34 = wp::address(var_joint_qd, var_0, var_23);
            var_36 = wp::load(var_34);
            var_35 = wp::mul(var_28, var_36);
            var_37 = wp::add(var_20, var_35);
        }
        var_38 = wp::where(var_26, var_33, var_18);
        var_39 = wp::where(var_26, var_37, var_20);
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_41 = wp::address(var_tendon_dofs, var_1, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // if dof >= 0:                                                                           <L 34>
        var_45 = (var_42 >= var_44);
        if (var_45) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_46 = wp::address(var_tendon_coef, var_1, var_40);
            var_48 = wp::load(var_46);
            var_47 = wp::copy(var_48);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_49 = wp::address(var_joint_q, var_0, var_42);
            var_51 = wp::load(var_49);
            var_50 = wp::mul(var_47, var_51);
            var_52 = wp::add(var_38, var_50);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_53 = wp::address(var_joint_qd, var_0, var_42);
            var_55 = wp::load(var_53);
            var_54 = wp::mul(var_47, var_55);
            var_56 = wp::add(var_39, var_54);
        }
        var_57 = wp::where(var_45, var_52, var_38);
        var_58 = wp::where(var_45, var_56, var_39);
        var_59 = wp::where(var_45, var_47, var_28);
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_61 = wp::address(var_tendon_dofs, var_1, var_60);
        var_63 = wp::load(var_61);
        var_62 = wp::copy(var_63);
        // if dof >= 0:                                                                           <L 34>
        var_65 = (var_62 >= var_64);
        if (var_65) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_66 = wp::address(var_tendon_coef, var_1, var_60);
            var_68 = wp::load(var_66);
            var_67 = wp::copy(var_68);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_69 = wp::address(var_joint_q, var_0, var_62);
            var_71 = wp::load(var_69);
            var_70 = wp::mul(var_67, var_71);
            var_72 = wp::add(var_57, var_70);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_73 = wp::address(var_joint_qd, var_0, var_62);
            var_75 = wp::load(var_73);
            var_74 = wp::mul(var_67, var_75);
            var_76 = wp::add(var_58, var_74);
        }
        var_77 = wp::where(var_65, var_72, var_57);
        var_78 = wp::where(var_65, var_76, var_58);
        var_79 = wp::where(var_65, var_67, var_59);
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_81 = wp::address(var_tendon_dofs, var_1, var_80);
        var_83 = wp::load(var_81);
        var_82 = wp::copy(var_83);
        // if dof >= 0:                                                                           <L 34>
        var_85 = (var_82 >= var_84);
        if (var_85) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_86 = wp::address(var_tendon_coef, var_1, var_80);
            var_88 = wp::load(var_86);
            var_87 = wp::copy(var_88);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_89 = wp::address(var_joint_q, var_0, var_82);
            var_91 = wp::load(var_89);
            var_90 = wp::mul(var_87, var_91);
            var_92 = wp::add(var_77, var_90);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_93 = wp::address(var_joint_qd, var_0, var_82);
            var_95 = wp::load(var_93);
            var_94 = wp::mul(var_87, var_95);
            var_96 = wp::add(var_78, var_94);
        }
        var_97 = wp::where(var_85, var_92, var_77);
        var_98 = wp::where(var_85, var_96, var_78);
        var_99 = wp::where(var_85, var_87, var_79);
        // tension = float(0.0)                                                                   <L 39>
        var_101 = wp::float(var_100);
        // if length > rest:                                                                      <L 40>
        var_102 = (var_97 > var_12);
        if (var_102) {
            // tension = wp.max(ke * (length - rest) + tendon_kd[t] * rate, 0.0)                  <L 41>
            var_103 = wp::sub(var_97, var_12);
            var_104 = wp::mul(var_15, var_103);
            var_105 = wp::address(var_tendon_kd, var_1);
            var_107 = wp::load(var_105);
            var_106 = wp::mul(var_107, var_98);
            var_108 = wp::add(var_104, var_106);
            var_110 = wp::max(var_108, var_109);
        }
        var_111 = wp::where(var_102, var_110, var_101);
        // for e in range(TENDON_MAX_JOINTS):                                                     <L 43>
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_113 = wp::address(var_tendon_dofs, var_1, var_112);
        var_115 = wp::load(var_113);
        var_114 = wp::copy(var_115);
        // if dof >= 0:                                                                           <L 45>
        var_117 = (var_114 >= var_116);
        if (var_117) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_118 = wp::address(var_tendon_coef, var_1, var_112);
            var_120 = wp::load(var_118);
            var_119 = wp::mul(var_120, var_111);
            var_121 = wp::atomic_sub(var_joint_tau, var_0, var_114, var_119);
        }
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_123 = wp::address(var_tendon_dofs, var_1, var_122);
        var_125 = wp::load(var_123);
        var_124 = wp::copy(var_125);
        // if dof >= 0:                                                                           <L 45>
        var_127 = (var_124 >= var_126);
        if (var_127) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_128 = wp::address(var_tendon_coef, var_1, var_122);
            var_130 = wp::load(var_128);
            var_129 = wp::mul(var_130, var_111);
            var_131 = wp::atomic_sub(var_joint_tau, var_0, var_124, var_129);
        }
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_133 = wp::address(var_tendon_dofs, var_1, var_132);
        var_135 = wp::load(var_133);
        var_134 = wp::copy(var_135);
        // if dof >= 0:                                                                           <L 45>
        var_137 = (var_134 >= var_136);
        if (var_137) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_138 = wp::address(var_tendon_coef, var_1, var_132);
            var_140 = wp::load(var_138);
            var_139 = wp::mul(var_140, var_111);
            var_141 = wp::atomic_sub(var_joint_tau, var_0, var_134, var_139);
        }
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_143 = wp::address(var_tendon_dofs, var_1, var_142);
        var_145 = wp::load(var_143);
        var_144 = wp::copy(var_145);
        // if dof >= 0:                                                                           <L 45>
        var_147 = (var_144 >= var_146);
        if (var_147) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_148 = wp::address(var_tendon_coef, var_1, var_142);
            var_150 = wp::load(var_148);
            var_149 = wp::mul(var_150, var_111);
            var_151 = wp::atomic_sub(var_joint_tau, var_0, var_144, var_149);
        }
    }
}



extern "C" __global__ void world_tendon_efforts_0ab546db_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_tendon_dofs,
    wp::array_t<wp::float32> var_tendon_coef,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::float32> var_tendon_rest_length,
    wp::array_t<wp::float32> var_tendon_stiffness,
    wp::array_t<wp::float32> var_tendon_kd,
    wp::array_t<wp::float32> var_joint_tau,
    wp::array_t<wp::int32> adj_env_active,
    wp::array_t<wp::int32> adj_tendon_dofs,
    wp::array_t<wp::float32> adj_tendon_coef,
    wp::array_t<wp::float32> adj_joint_q,
    wp::array_t<wp::float32> adj_joint_qd,
    wp::array_t<wp::float32> adj_tendon_rest_length,
    wp::array_t<wp::float32> adj_tendon_stiffness,
    wp::array_t<wp::float32> adj_tendon_kd,
    wp::array_t<wp::float32> adj_joint_tau)
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
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32* var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::int32 var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.0;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::float32 var_20;
        const wp::int32 var_21 = 0;
        wp::int32* var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        bool var_26;
        wp::float32* var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 1;
        wp::int32* var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 0;
        bool var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 2;
        wp::int32* var_61;
        wp::int32 var_62;
        wp::int32 var_63;
        const wp::int32 var_64 = 0;
        bool var_65;
        wp::float32* var_66;
        wp::float32 var_67;
        wp::float32 var_68;
        wp::float32* var_69;
        wp::float32 var_70;
        wp::float32 var_71;
        wp::float32 var_72;
        wp::float32* var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        const wp::int32 var_80 = 3;
        wp::int32* var_81;
        wp::int32 var_82;
        wp::int32 var_83;
        const wp::int32 var_84 = 0;
        bool var_85;
        wp::float32* var_86;
        wp::float32 var_87;
        wp::float32 var_88;
        wp::float32* var_89;
        wp::float32 var_90;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32* var_93;
        wp::float32 var_94;
        wp::float32 var_95;
        wp::float32 var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        const wp::float32 var_100 = 0.0;
        wp::float32 var_101;
        bool var_102;
        wp::float32 var_103;
        wp::float32 var_104;
        wp::float32* var_105;
        wp::float32 var_106;
        wp::float32 var_107;
        wp::float32 var_108;
        const wp::float32 var_109 = 0.0;
        wp::float32 var_110;
        wp::float32 var_111;
        const wp::int32 var_112 = 0;
        wp::int32* var_113;
        wp::int32 var_114;
        wp::int32 var_115;
        const wp::int32 var_116 = 0;
        bool var_117;
        wp::float32* var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32* var_123;
        wp::int32 var_124;
        wp::int32 var_125;
        const wp::int32 var_126 = 0;
        bool var_127;
        wp::float32* var_128;
        wp::float32 var_129;
        wp::float32 var_130;
        wp::float32 var_131;
        const wp::int32 var_132 = 2;
        wp::int32* var_133;
        wp::int32 var_134;
        wp::int32 var_135;
        const wp::int32 var_136 = 0;
        bool var_137;
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        const wp::int32 var_142 = 3;
        wp::int32* var_143;
        wp::int32 var_144;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        bool var_147;
        wp::float32* var_148;
        wp::float32 var_149;
        wp::float32 var_150;
        wp::float32 var_151;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
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
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        bool adj_26 = {};
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
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        bool adj_45 = {};
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
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        bool adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::float32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        bool adj_85 = {};
        wp::float32 adj_86 = {};
        wp::float32 adj_87 = {};
        wp::float32 adj_88 = {};
        wp::float32 adj_89 = {};
        wp::float32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::float32 adj_94 = {};
        wp::float32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::float32 adj_101 = {};
        bool adj_102 = {};
        wp::float32 adj_103 = {};
        wp::float32 adj_104 = {};
        wp::float32 adj_105 = {};
        wp::float32 adj_106 = {};
        wp::float32 adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        bool adj_117 = {};
        wp::float32 adj_118 = {};
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        bool adj_127 = {};
        wp::float32 adj_128 = {};
        wp::float32 adj_129 = {};
        wp::float32 adj_130 = {};
        wp::float32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        bool adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        bool adj_147 = {};
        wp::float32 adj_148 = {};
        wp::float32 adj_149 = {};
        wp::float32 adj_150 = {};
        wp::float32 adj_151 = {};
        //---------
        // forward
        // def world_tendon_efforts(                                                              <L 8>
        // world, t = wp.tid()                                                                    <L 20>
        builtin_tid2d(var_0, var_1);
        // if env_active[world] == 0:                                                             <L 21>
        var_2 = wp::address(var_env_active, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 22>
            goto label0;
        }
        // if tendon_dofs[t, 0] < 0:                                                              <L 24>
        var_7 = wp::address(var_tendon_dofs, var_1, var_6);
        var_10 = wp::load(var_7);
        var_9 = (var_10 < var_8);
        if (var_9) {
            // return                                                                             <L 25>
            goto label1;
        }
        // rest = tendon_rest_length[t]                                                           <L 26>
        var_11 = wp::address(var_tendon_rest_length, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // ke = tendon_stiffness[t]                                                               <L 27>
        var_14 = wp::address(var_tendon_stiffness, var_1);
        var_16 = wp::load(var_14);
        var_15 = wp::copy(var_16);
        // length = float(0.0)                                                                    <L 29>
        var_18 = wp::float(var_17);
        // rate = float(0.0)                                                                      <L 30>
        var_20 = wp::float(var_19);
        // for e in range(TENDON_MAX_JOINTS):                                                     <L 32>
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_22 = wp::address(var_tendon_dofs, var_1, var_21);
        var_24 = wp::load(var_22);
        var_23 = wp::copy(var_24);
        // if dof >= 0:                                                                           <L 34>
        var_26 = (var_23 >= var_25);
        if (var_26) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_27 = wp::address(var_tendon_coef, var_1, var_21);
            var_29 = wp::load(var_27);
            var_28 = wp::copy(var_29);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_30 = wp::address(var_joint_q, var_0, var_23);
            var_32 = wp::load(var_30);
            var_31 = wp::mul(var_28, var_32);
            var_33 = wp::add(var_18, var_31);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_34 = wp::address(var_joint_qd, var_0, var_23);
            var_36 = wp::load(var_34);
            var_35 = wp::mul(var_28, var_36);
            var_37 = wp::add(var_20, var_35);
        }
        var_38 = wp::where(var_26, var_33, var_18);
        var_39 = wp::where(var_26, var_37, var_20);
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_41 = wp::address(var_tendon_dofs, var_1, var_40);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // if dof >= 0:                                                                           <L 34>
        var_45 = (var_42 >= var_44);
        if (var_45) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_46 = wp::address(var_tendon_coef, var_1, var_40);
            var_48 = wp::load(var_46);
            var_47 = wp::copy(var_48);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_49 = wp::address(var_joint_q, var_0, var_42);
            var_51 = wp::load(var_49);
            var_50 = wp::mul(var_47, var_51);
            var_52 = wp::add(var_38, var_50);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_53 = wp::address(var_joint_qd, var_0, var_42);
            var_55 = wp::load(var_53);
            var_54 = wp::mul(var_47, var_55);
            var_56 = wp::add(var_39, var_54);
        }
        var_57 = wp::where(var_45, var_52, var_38);
        var_58 = wp::where(var_45, var_56, var_39);
        var_59 = wp::where(var_45, var_47, var_28);
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_61 = wp::address(var_tendon_dofs, var_1, var_60);
        var_63 = wp::load(var_61);
        var_62 = wp::copy(var_63);
        // if dof >= 0:                                                                           <L 34>
        var_65 = (var_62 >= var_64);
        if (var_65) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_66 = wp::address(var_tendon_coef, var_1, var_60);
            var_68 = wp::load(var_66);
            var_67 = wp::copy(var_68);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_69 = wp::address(var_joint_q, var_0, var_62);
            var_71 = wp::load(var_69);
            var_70 = wp::mul(var_67, var_71);
            var_72 = wp::add(var_57, var_70);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_73 = wp::address(var_joint_qd, var_0, var_62);
            var_75 = wp::load(var_73);
            var_74 = wp::mul(var_67, var_75);
            var_76 = wp::add(var_58, var_74);
        }
        var_77 = wp::where(var_65, var_72, var_57);
        var_78 = wp::where(var_65, var_76, var_58);
        var_79 = wp::where(var_65, var_67, var_59);
        // dof = tendon_dofs[t, e]                                                                <L 33>
        var_81 = wp::address(var_tendon_dofs, var_1, var_80);
        var_83 = wp::load(var_81);
        var_82 = wp::copy(var_83);
        // if dof >= 0:                                                                           <L 34>
        var_85 = (var_82 >= var_84);
        if (var_85) {
            // c = tendon_coef[t, e]                                                              <L 35>
            var_86 = wp::address(var_tendon_coef, var_1, var_80);
            var_88 = wp::load(var_86);
            var_87 = wp::copy(var_88);
            // length += c * joint_q[world, dof]                                                  <L 36>
            var_89 = wp::address(var_joint_q, var_0, var_82);
            var_91 = wp::load(var_89);
            var_90 = wp::mul(var_87, var_91);
            var_92 = wp::add(var_77, var_90);
            // rate += c * joint_qd[world, dof]                                                   <L 37>
            var_93 = wp::address(var_joint_qd, var_0, var_82);
            var_95 = wp::load(var_93);
            var_94 = wp::mul(var_87, var_95);
            var_96 = wp::add(var_78, var_94);
        }
        var_97 = wp::where(var_85, var_92, var_77);
        var_98 = wp::where(var_85, var_96, var_78);
        var_99 = wp::where(var_85, var_87, var_79);
        // tension = float(0.0)                                                                   <L 39>
        var_101 = wp::float(var_100);
        // if length > rest:                                                                      <L 40>
        var_102 = (var_97 > var_12);
        if (var_102) {
            // tension = wp.max(ke * (length - rest) + tendon_kd[t] * rate, 0.0)                  <L 41>
            var_103 = wp::sub(var_97, var_12);
            var_104 = wp::mul(var_15, var_103);
            var_105 = wp::address(var_tendon_kd, var_1);
            var_107 = wp::load(var_105);
            var_106 = wp::mul(var_107, var_98);
            var_108 = wp::add(var_104, var_106);
            var_110 = wp::max(var_108, var_109);
        }
        var_111 = wp::where(var_102, var_110, var_101);
        // for e in range(TENDON_MAX_JOINTS):                                                     <L 43>
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_113 = wp::address(var_tendon_dofs, var_1, var_112);
        var_115 = wp::load(var_113);
        var_114 = wp::copy(var_115);
        // if dof >= 0:                                                                           <L 45>
        var_117 = (var_114 >= var_116);
        if (var_117) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_118 = wp::address(var_tendon_coef, var_1, var_112);
            var_120 = wp::load(var_118);
            var_119 = wp::mul(var_120, var_111);
            // var_121 = wp::atomic_sub(var_joint_tau, var_0, var_114, var_119);
        }
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_123 = wp::address(var_tendon_dofs, var_1, var_122);
        var_125 = wp::load(var_123);
        var_124 = wp::copy(var_125);
        // if dof >= 0:                                                                           <L 45>
        var_127 = (var_124 >= var_126);
        if (var_127) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_128 = wp::address(var_tendon_coef, var_1, var_122);
            var_130 = wp::load(var_128);
            var_129 = wp::mul(var_130, var_111);
            // var_131 = wp::atomic_sub(var_joint_tau, var_0, var_124, var_129);
        }
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_133 = wp::address(var_tendon_dofs, var_1, var_132);
        var_135 = wp::load(var_133);
        var_134 = wp::copy(var_135);
        // if dof >= 0:                                                                           <L 45>
        var_137 = (var_134 >= var_136);
        if (var_137) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_138 = wp::address(var_tendon_coef, var_1, var_132);
            var_140 = wp::load(var_138);
            var_139 = wp::mul(var_140, var_111);
            // var_141 = wp::atomic_sub(var_joint_tau, var_0, var_134, var_139);
        }
        // dof = tendon_dofs[t, e]                                                                <L 44>
        var_143 = wp::address(var_tendon_dofs, var_1, var_142);
        var_145 = wp::load(var_143);
        var_144 = wp::copy(var_145);
        // if dof >= 0:                                                                           <L 45>
        var_147 = (var_144 >= var_146);
        if (var_147) {
            // wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)                  <L 46>
            var_148 = wp::address(var_tendon_coef, var_1, var_142);
            var_150 = wp::load(var_148);
            var_149 = wp::mul(var_150, var_111);
            // var_151 = wp::atomic_sub(var_joint_tau, var_0, var_144, var_149);
        }
        //---------
        // reverse
        if (var_147) {
            wp::adj_atomic_sub(var_joint_tau, var_0, var_144, var_149, adj_joint_tau, adj_0, adj_144, adj_149, adj_151);
            wp::adj_mul(var_150, var_111, adj_148, adj_111, adj_149);
            wp::adj_address(var_tendon_coef, var_1, var_142, adj_tendon_coef, adj_1, adj_142, adj_148);
            // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 46>
        }
        // adj: if dof >= 0:                                                                      <L 45>
        wp::adj_copy(var_145, adj_143, adj_144);
        wp::adj_address(var_tendon_dofs, var_1, var_142, adj_tendon_dofs, adj_1, adj_142, adj_143);
        // adj: dof = tendon_dofs[t, e]                                                           <L 44>
        if (var_137) {
            wp::adj_atomic_sub(var_joint_tau, var_0, var_134, var_139, adj_joint_tau, adj_0, adj_134, adj_139, adj_141);
            wp::adj_mul(var_140, var_111, adj_138, adj_111, adj_139);
            wp::adj_address(var_tendon_coef, var_1, var_132, adj_tendon_coef, adj_1, adj_132, adj_138);
            // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 46>
        }
        // adj: if dof >= 0:                                                                      <L 45>
        wp::adj_copy(var_135, adj_133, adj_134);
        wp::adj_address(var_tendon_dofs, var_1, var_132, adj_tendon_dofs, adj_1, adj_132, adj_133);
        // adj: dof = tendon_dofs[t, e]                                                           <L 44>
        if (var_127) {
            wp::adj_atomic_sub(var_joint_tau, var_0, var_124, var_129, adj_joint_tau, adj_0, adj_124, adj_129, adj_131);
            wp::adj_mul(var_130, var_111, adj_128, adj_111, adj_129);
            wp::adj_address(var_tendon_coef, var_1, var_122, adj_tendon_coef, adj_1, adj_122, adj_128);
            // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 46>
        }
        // adj: if dof >= 0:                                                                      <L 45>
        wp::adj_copy(var_125, adj_123, adj_124);
        wp::adj_address(var_tendon_dofs, var_1, var_122, adj_tendon_dofs, adj_1, adj_122, adj_123);
        // adj: dof = tendon_dofs[t, e]                                                           <L 44>
        if (var_117) {
            wp::adj_atomic_sub(var_joint_tau, var_0, var_114, var_119, adj_joint_tau, adj_0, adj_114, adj_119, adj_121);
            wp::adj_mul(var_120, var_111, adj_118, adj_111, adj_119);
            wp::adj_address(var_tendon_coef, var_1, var_112, adj_tendon_coef, adj_1, adj_112, adj_118);
            // adj: wp.atomic_sub(joint_tau, world, dof, tendon_coef[t, e] * tension)             <L 46>
        }
        // adj: if dof >= 0:                                                                      <L 45>
        wp::adj_copy(var_115, adj_113, adj_114);
        wp::adj_address(var_tendon_dofs, var_1, var_112, adj_tendon_dofs, adj_1, adj_112, adj_113);
        // adj: dof = tendon_dofs[t, e]                                                           <L 44>
        // adj: for e in range(TENDON_MAX_JOINTS):                                                <L 43>
        wp::adj_where(var_102, var_110, var_101, adj_102, adj_110, adj_101, adj_111);
        if (var_102) {
            wp::adj_max(var_108, var_109, adj_108, adj_109, adj_110);
            wp::adj_add(var_104, var_106, adj_104, adj_106, adj_108);
            wp::adj_mul(var_107, var_98, adj_105, adj_98, adj_106);
            wp::adj_address(var_tendon_kd, var_1, adj_tendon_kd, adj_1, adj_105);
            wp::adj_mul(var_15, var_103, adj_15, adj_103, adj_104);
            wp::adj_sub(var_97, var_12, adj_97, adj_12, adj_103);
            // adj: tension = wp.max(ke * (length - rest) + tendon_kd[t] * rate, 0.0)             <L 41>
        }
        // adj: if length > rest:                                                                 <L 40>
        wp::adj_float(var_100, adj_100, adj_101);
        // adj: tension = float(0.0)                                                              <L 39>
        wp::adj_where(var_85, var_87, var_79, adj_85, adj_87, adj_79, adj_99);
        wp::adj_where(var_85, var_96, var_78, adj_85, adj_96, adj_78, adj_98);
        wp::adj_where(var_85, var_92, var_77, adj_85, adj_92, adj_77, adj_97);
        if (var_85) {
            wp::adj_add(var_78, var_94, adj_78, adj_94, adj_96);
            wp::adj_mul(var_87, var_95, adj_87, adj_93, adj_94);
            wp::adj_address(var_joint_qd, var_0, var_82, adj_joint_qd, adj_0, adj_82, adj_93);
            // adj: rate += c * joint_qd[world, dof]                                              <L 37>
            wp::adj_add(var_77, var_90, adj_77, adj_90, adj_92);
            wp::adj_mul(var_87, var_91, adj_87, adj_89, adj_90);
            wp::adj_address(var_joint_q, var_0, var_82, adj_joint_q, adj_0, adj_82, adj_89);
            // adj: length += c * joint_q[world, dof]                                             <L 36>
            wp::adj_copy(var_88, adj_86, adj_87);
            wp::adj_address(var_tendon_coef, var_1, var_80, adj_tendon_coef, adj_1, adj_80, adj_86);
            // adj: c = tendon_coef[t, e]                                                         <L 35>
        }
        // adj: if dof >= 0:                                                                      <L 34>
        wp::adj_copy(var_83, adj_81, adj_82);
        wp::adj_address(var_tendon_dofs, var_1, var_80, adj_tendon_dofs, adj_1, adj_80, adj_81);
        // adj: dof = tendon_dofs[t, e]                                                           <L 33>
        wp::adj_where(var_65, var_67, var_59, adj_65, adj_67, adj_59, adj_79);
        wp::adj_where(var_65, var_76, var_58, adj_65, adj_76, adj_58, adj_78);
        wp::adj_where(var_65, var_72, var_57, adj_65, adj_72, adj_57, adj_77);
        if (var_65) {
            wp::adj_add(var_58, var_74, adj_58, adj_74, adj_76);
            wp::adj_mul(var_67, var_75, adj_67, adj_73, adj_74);
            wp::adj_address(var_joint_qd, var_0, var_62, adj_joint_qd, adj_0, adj_62, adj_73);
            // adj: rate += c * joint_qd[world, dof]                                              <L 37>
            wp::adj_add(var_57, var_70, adj_57, adj_70, adj_72);
            wp::adj_mul(var_67, var_71, adj_67, adj_69, adj_70);
            wp::adj_address(var_joint_q, var_0, var_62, adj_joint_q, adj_0, adj_62, adj_69);
            // adj: length += c * joint_q[world, dof]                                             <L 36>
            wp::adj_copy(var_68, adj_66, adj_67);
            wp::adj_address(var_tendon_coef, var_1, var_60, adj_tendon_coef, adj_1, adj_60, adj_66);
            // adj: c = tendon_coef[t, e]                                                         <L 35>
        }
        // adj: if dof >= 0:                                                                      <L 34>
        wp::adj_copy(var_63, adj_61, adj_62);
        wp::adj_address(var_tendon_dofs, var_1, var_60, adj_tendon_dofs, adj_1, adj_60, adj_61);
        // adj: dof = tendon_dofs[t, e]                                                           <L 33>
        wp::adj_where(var_45, var_47, var_28, adj_45, adj_47, adj_28, adj_59);
        wp::adj_where(var_45, var_56, var_39, adj_45, adj_56, adj_39, adj_58);
        wp::adj_where(var_45, var_52, var_38, adj_45, adj_52, adj_38, adj_57);
        if (var_45) {
            wp::adj_add(var_39, var_54, adj_39, adj_54, adj_56);
            wp::adj_mul(var_47, var_55, adj_47, adj_53, adj_54);
            wp::adj_address(var_joint_qd, var_0, var_42, adj_joint_qd, adj_0, adj_42, adj_53);
            // adj: rate += c * joint_qd[world, dof]                                              <L 37>
            wp::adj_add(var_38, var_50, adj_38, adj_50, adj_52);
            wp::adj_mul(var_47, var_51, adj_47, adj_49, adj_50);
            wp::adj_address(var_joint_q, var_0, var_42, adj_joint_q, adj_0, adj_42, adj_49);
            // adj: length += c * joint_q[world, dof]                                             <L 36>
            wp::adj_copy(var_48, adj_46, adj_47);
            wp::adj_address(var_tendon_coef, var_1, var_40, adj_tendon_coef, adj_1, adj_40, adj_46);
            // adj: c = tendon_coef[t, e]                                                         <L 35>
        }
        // adj: if dof >= 0:                                                                      <L 34>
        wp::adj_copy(var_43, adj_41, adj_42);
        wp::adj_address(var_tendon_dofs, var_1, var_40, adj_tendon_dofs, adj_1, adj_40, adj_41);
        // adj: dof = tendon_dofs[t, e]                                                           <L 33>
        wp::adj_where(var_26, var_37, var_20, adj_26, adj_37, adj_20, adj_39);
        wp::adj_where(var_26, var_33, var_18, adj_26, adj_33, adj_18, adj_38);
        if (var_26) {
            wp::adj_add(var_20, var_35, adj_20, adj_35, adj_37);
            wp::adj_mul(var_28, var_36, adj_28, adj_34, adj_35);
            wp::adj_address(var_joint_qd, var_0, var_23, adj_joint_qd, adj_0, adj_23, adj_34);
            // adj: rate += c * joint_qd[world, dof]                                              <L 37>
            wp::adj_add(var_18, var_31, adj_18, adj_31, adj_33);
            wp::adj_mul(var_28, var_32, adj_28, adj_30, adj_31);
            wp::adj_address(var_joint_q, var_0, var_23, adj_joint_q, adj_0, adj_23, adj_30);
            // adj: length += c * joint_q[world, dof]                                             <L 36>
            wp::adj_copy(var_29, adj_27, adj_28);
            wp::adj_address(var_tendon_coef, var_1, var_21, adj_tendon_coef, adj_1, adj_21, adj_27);
            // adj: c = tendon_coef[t, e]                                                         <L 35>
        }
        // adj: if dof >= 0:                                                                      <L 34>
        wp::adj_copy(var_24, adj_22, adj_23);
        wp::adj_address(var_tendon_dofs, var_1, var_21, adj_tendon_dofs, adj_1, adj_21, adj_22);
        // adj: dof = tendon_dofs[t, e]                                                           <L 33>
        // adj: for e in range(TENDON_MAX_JOINTS):                                                <L 32>
        wp::adj_float(var_19, adj_19, adj_20);
        // adj: rate = float(0.0)                                                                 <L 30>
        wp::adj_float(var_17, adj_17, adj_18);
        // adj: length = float(0.0)                                                               <L 29>
        wp::adj_copy(var_16, adj_14, adj_15);
        wp::adj_address(var_tendon_stiffness, var_1, adj_tendon_stiffness, adj_1, adj_14);
        // adj: ke = tendon_stiffness[t]                                                          <L 27>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_tendon_rest_length, var_1, adj_tendon_rest_length, adj_1, adj_11);
        // adj: rest = tendon_rest_length[t]                                                      <L 26>
        if (var_9) {
            label1:;
            // adj: return                                                                        <L 25>
        }
        wp::adj_address(var_tendon_dofs, var_1, var_6, adj_tendon_dofs, adj_1, adj_6, adj_7);
        // adj: if tendon_dofs[t, 0] < 0:                                                         <L 24>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 22>
        }
        wp::adj_address(var_env_active, var_0, adj_env_active, adj_0, adj_2);
        // adj: if env_active[world] == 0:                                                        <L 21>
        // adj: world, t = wp.tid()                                                               <L 20>
        // adj: def world_tendon_efforts(                                                         <L 8>
        continue;
    }
}



extern "C" __global__ void eval_bending_83579f01_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_edge_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_edge_bending_properties,
    wp::array_t<wp::float32> var_edge_rest_angle,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::float32 var_yield_angle,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_edge_rest_angle_out)
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
        const wp::int32 var_34 = 1;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32>* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        bool var_58;
        const wp::float32 var_59 = 1e-06;
        bool var_60;
        const wp::float32 var_61 = 1e-06;
        bool var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::float32 var_66 = 1.0;
        wp::float32 var_67;
        const wp::float32 var_68 = 1.0;
        wp::float32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::float32 var_72;
        wp::float32* var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::float32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::vec_t<3, wp::float32>* var_94;
        wp::float32 var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::vec_t<3, wp::float32>* var_97;
        wp::float32 var_98;
        wp::vec_t<3, wp::float32> var_99;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        bool var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::vec_t<3, wp::float32> var_118;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::vec_t<3, wp::float32> var_123;
        wp::vec_t<3, wp::float32> var_124;
        wp::vec_t<3, wp::float32> var_125;
        //---------
        // forward
        // def eval_bending(                                                                      <L 57>
        // tid = wp.tid()                                                                         <L 68>
        var_0 = builtin_tid1d();
        // quad = edge_indices[tid]                                                               <L 69>
        var_1 = wp::address(var_edge_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = quad[0]                                                                            <L 70>
        var_5 = wp::extract(var_2, var_4);
        // j = quad[1]                                                                            <L 71>
        var_7 = wp::extract(var_2, var_6);
        // k = quad[2]                                                                            <L 72>
        var_9 = wp::extract(var_2, var_8);
        // l = quad[3]                                                                            <L 73>
        var_11 = wp::extract(var_2, var_10);
        // if i == -1 or j == -1:                                                                 <L 74>
        var_14 = (var_5 == var_13);
        var_12 = var_14;
        if (!var_12) {
            var_16 = (var_7 == var_15);
            var_12 = var_12 || var_16;
        }
        if (var_12) {
            // return                                                                             <L 75>
            continue;
        }
        // if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:       <L 76>
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
            // return                                                                             <L 77>
            continue;
        }
        // ke = edge_bending_properties[tid, 0]                                                   <L 78>
        var_31 = wp::address(var_edge_bending_properties, var_0, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // kd = edge_bending_properties[tid, 1]                                                   <L 79>
        var_35 = wp::address(var_edge_bending_properties, var_0, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::copy(var_37);
        // x_i = particle_x[i]                                                                    <L 80>
        var_38 = wp::address(var_particle_x, var_5);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // x_j = particle_x[j]                                                                    <L 81>
        var_41 = wp::address(var_particle_x, var_7);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // x_k = particle_x[k]                                                                    <L 82>
        var_44 = wp::address(var_particle_x, var_9);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // x_l = particle_x[l]                                                                    <L 83>
        var_47 = wp::address(var_particle_x, var_11);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 84>
        var_50 = wp::sub(var_45, var_39);
        var_51 = wp::sub(var_48, var_39);
        var_52 = wp::cross(var_50, var_51);
        // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 85>
        var_53 = wp::sub(var_48, var_42);
        var_54 = wp::sub(var_45, var_42);
        var_55 = wp::cross(var_53, var_54);
        // n1_length = wp.length(n1)                                                              <L 86>
        var_56 = wp::length(var_52);
        // n2_length = wp.length(n2)                                                              <L 87>
        var_57 = wp::length(var_55);
        // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 88>
        var_60 = (var_56 < var_59);
        var_58 = var_60;
        if (!var_58) {
            var_62 = (var_57 < var_61);
            var_58 = var_58 || var_62;
        }
        if (var_58) {
            // return                                                                             <L 89>
            continue;
        }
        // e = x_l - x_k                                                                          <L 90>
        var_63 = wp::sub(var_48, var_45);
        // e_length = wp.length(e)                                                                <L 91>
        var_64 = wp::length(var_63);
        // e_hat = e / e_length                                                                   <L 92>
        var_65 = wp::div(var_63, var_64);
        // rcp_n1 = 1.0 / n1_length                                                               <L 93>
        var_67 = wp::div(var_66, var_56);
        // rcp_n2 = 1.0 / n2_length                                                               <L 94>
        var_69 = wp::div(var_68, var_57);
        // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 95>
        var_70 = wp::mul(var_52, var_67);
        var_71 = wp::mul(var_55, var_69);
        var_72 = dihedral_angle_0(var_70, var_71, var_65);
        // dtheta = theta - edge_rest_angle[tid]                                                  <L 96>
        var_73 = wp::address(var_edge_rest_angle, var_0);
        var_75 = wp::load(var_73);
        var_74 = wp::sub(var_72, var_75);
        // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 97>
        var_76 = wp::mul(var_67, var_67);
        var_77 = wp::mul(var_52, var_76);
        // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 98>
        var_78 = wp::mul(var_69, var_69);
        var_79 = wp::mul(var_55, var_78);
        // d_i = g1 * e_length                                                                    <L 99>
        var_80 = wp::mul(var_77, var_64);
        // d_j = g2 * e_length                                                                    <L 100>
        var_81 = wp::mul(var_79, var_64);
        // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 101>
        var_82 = wp::sub(var_39, var_48);
        var_83 = wp::dot(var_82, var_65);
        var_84 = wp::mul(var_77, var_83);
        var_85 = wp::sub(var_42, var_48);
        var_86 = wp::dot(var_85, var_65);
        var_87 = wp::mul(var_79, var_86);
        var_88 = wp::add(var_84, var_87);
        // d_l = -(d_i + d_j + d_k)                                                               <L 102>
        var_89 = wp::add(var_80, var_81);
        var_90 = wp::add(var_89, var_88);
        var_91 = wp::neg(var_90);
        // weight = e_length                                                                      <L 103>
        var_92 = wp::copy(var_64);
        // f_elastic = ke * dtheta                                                                <L 104>
        var_93 = wp::mul(var_32, var_74);
        // dtheta_dt = wp.dot(d_i, particle_v[i]) + wp.dot(d_j, particle_v[j]) + wp.dot(d_k, particle_v[k]) + wp.dot(d_l, particle_v[l])       <L 105>
        var_94 = wp::address(var_particle_v, var_5);
        var_96 = wp::load(var_94);
        var_95 = wp::dot(var_80, var_96);
        var_97 = wp::address(var_particle_v, var_7);
        var_99 = wp::load(var_97);
        var_98 = wp::dot(var_81, var_99);
        var_100 = wp::add(var_95, var_98);
        var_101 = wp::address(var_particle_v, var_9);
        var_103 = wp::load(var_101);
        var_102 = wp::dot(var_88, var_103);
        var_104 = wp::add(var_100, var_102);
        var_105 = wp::address(var_particle_v, var_11);
        var_107 = wp::load(var_105);
        var_106 = wp::dot(var_91, var_107);
        var_108 = wp::add(var_104, var_106);
        // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 106>
        var_109 = wp::neg(var_92);
        var_110 = wp::mul(var_36, var_108);
        var_111 = wp::add(var_93, var_110);
        var_112 = wp::mul(var_109, var_111);
        // if wp.abs(dtheta) > yield_angle:                                                       <L 107>
        var_113 = wp::abs(var_74);
        var_114 = (var_113 > var_yield_angle);
        if (var_114) {
            // edge_rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle                   <L 108>
            var_115 = wp::sign(var_74);
            var_116 = wp::mul(var_115, var_yield_angle);
            var_117 = wp::sub(var_72, var_116);
            wp::array_store(var_edge_rest_angle_out, var_0, var_117);
        }
        // wp.atomic_add(particle_f, i, d_i * f_scale)                                            <L 109>
        var_118 = wp::mul(var_80, var_112);
        var_119 = wp::atomic_add(var_particle_f, var_5, var_118);
        // wp.atomic_add(particle_f, j, d_j * f_scale)                                            <L 110>
        var_120 = wp::mul(var_81, var_112);
        var_121 = wp::atomic_add(var_particle_f, var_7, var_120);
        // wp.atomic_add(particle_f, k, d_k * f_scale)                                            <L 111>
        var_122 = wp::mul(var_88, var_112);
        var_123 = wp::atomic_add(var_particle_f, var_9, var_122);
        // wp.atomic_add(particle_f, l, d_l * f_scale)                                            <L 112>
        var_124 = wp::mul(var_91, var_112);
        var_125 = wp::atomic_add(var_particle_f, var_11, var_124);
    }
}



extern "C" __global__ void eval_bending_83579f01_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::int32>> var_edge_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_edge_bending_properties,
    wp::array_t<wp::float32> var_edge_rest_angle,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::float32 var_yield_angle,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_edge_rest_angle_out,
    wp::array_t<wp::vec_t<4, wp::int32>> adj_edge_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_edge_bending_properties,
    wp::array_t<wp::float32> adj_edge_rest_angle,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::float32 adj_yield_angle,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::float32> adj_edge_rest_angle_out)
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
        const wp::int32 var_34 = 1;
        wp::float32* var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32>* var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32>* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32>* var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        bool var_58;
        const wp::float32 var_59 = 1e-06;
        bool var_60;
        const wp::float32 var_61 = 1e-06;
        bool var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::float32 var_66 = 1.0;
        wp::float32 var_67;
        const wp::float32 var_68 = 1.0;
        wp::float32 var_69;
        wp::vec_t<3, wp::float32> var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::float32 var_72;
        wp::float32* var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::float32 var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<3, wp::float32> var_80;
        wp::vec_t<3, wp::float32> var_81;
        wp::vec_t<3, wp::float32> var_82;
        wp::float32 var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::float32 var_86;
        wp::vec_t<3, wp::float32> var_87;
        wp::vec_t<3, wp::float32> var_88;
        wp::vec_t<3, wp::float32> var_89;
        wp::vec_t<3, wp::float32> var_90;
        wp::vec_t<3, wp::float32> var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        wp::vec_t<3, wp::float32>* var_94;
        wp::float32 var_95;
        wp::vec_t<3, wp::float32> var_96;
        wp::vec_t<3, wp::float32>* var_97;
        wp::float32 var_98;
        wp::vec_t<3, wp::float32> var_99;
        wp::float32 var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::float32 var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::float32 var_104;
        wp::vec_t<3, wp::float32>* var_105;
        wp::float32 var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::float32 var_108;
        wp::float32 var_109;
        wp::float32 var_110;
        wp::float32 var_111;
        wp::float32 var_112;
        wp::float32 var_113;
        bool var_114;
        wp::float32 var_115;
        wp::float32 var_116;
        wp::float32 var_117;
        wp::vec_t<3, wp::float32> var_118;
        wp::vec_t<3, wp::float32> var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        wp::vec_t<3, wp::float32> var_122;
        wp::vec_t<3, wp::float32> var_123;
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
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
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
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        bool adj_58 = {};
        wp::float32 adj_59 = {};
        bool adj_60 = {};
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::float32 adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::float32 adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::vec_t<3, wp::float32> adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::vec_t<3, wp::float32> adj_77 = {};
        wp::float32 adj_78 = {};
        wp::vec_t<3, wp::float32> adj_79 = {};
        wp::vec_t<3, wp::float32> adj_80 = {};
        wp::vec_t<3, wp::float32> adj_81 = {};
        wp::vec_t<3, wp::float32> adj_82 = {};
        wp::float32 adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::float32 adj_86 = {};
        wp::vec_t<3, wp::float32> adj_87 = {};
        wp::vec_t<3, wp::float32> adj_88 = {};
        wp::vec_t<3, wp::float32> adj_89 = {};
        wp::vec_t<3, wp::float32> adj_90 = {};
        wp::vec_t<3, wp::float32> adj_91 = {};
        wp::float32 adj_92 = {};
        wp::float32 adj_93 = {};
        wp::vec_t<3, wp::float32> adj_94 = {};
        wp::float32 adj_95 = {};
        wp::vec_t<3, wp::float32> adj_96 = {};
        wp::vec_t<3, wp::float32> adj_97 = {};
        wp::float32 adj_98 = {};
        wp::vec_t<3, wp::float32> adj_99 = {};
        wp::float32 adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::float32 adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::float32 adj_104 = {};
        wp::vec_t<3, wp::float32> adj_105 = {};
        wp::float32 adj_106 = {};
        wp::vec_t<3, wp::float32> adj_107 = {};
        wp::float32 adj_108 = {};
        wp::float32 adj_109 = {};
        wp::float32 adj_110 = {};
        wp::float32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::float32 adj_113 = {};
        bool adj_114 = {};
        wp::float32 adj_115 = {};
        wp::float32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::vec_t<3, wp::float32> adj_118 = {};
        wp::vec_t<3, wp::float32> adj_119 = {};
        wp::vec_t<3, wp::float32> adj_120 = {};
        wp::vec_t<3, wp::float32> adj_121 = {};
        wp::vec_t<3, wp::float32> adj_122 = {};
        wp::vec_t<3, wp::float32> adj_123 = {};
        wp::vec_t<3, wp::float32> adj_124 = {};
        wp::vec_t<3, wp::float32> adj_125 = {};
        //---------
        // forward
        // def eval_bending(                                                                      <L 57>
        // tid = wp.tid()                                                                         <L 68>
        var_0 = builtin_tid1d();
        // quad = edge_indices[tid]                                                               <L 69>
        var_1 = wp::address(var_edge_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // i = quad[0]                                                                            <L 70>
        var_5 = wp::extract(var_2, var_4);
        // j = quad[1]                                                                            <L 71>
        var_7 = wp::extract(var_2, var_6);
        // k = quad[2]                                                                            <L 72>
        var_9 = wp::extract(var_2, var_8);
        // l = quad[3]                                                                            <L 73>
        var_11 = wp::extract(var_2, var_10);
        // if i == -1 or j == -1:                                                                 <L 74>
        var_14 = (var_5 == var_13);
        var_12 = var_14;
        if (!var_12) {
            var_16 = (var_7 == var_15);
            var_12 = var_12 || var_16;
        }
        if (var_12) {
            // return                                                                             <L 75>
            goto label0;
        }
        // if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:       <L 76>
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
            // return                                                                             <L 77>
            goto label1;
        }
        // ke = edge_bending_properties[tid, 0]                                                   <L 78>
        var_31 = wp::address(var_edge_bending_properties, var_0, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // kd = edge_bending_properties[tid, 1]                                                   <L 79>
        var_35 = wp::address(var_edge_bending_properties, var_0, var_34);
        var_37 = wp::load(var_35);
        var_36 = wp::copy(var_37);
        // x_i = particle_x[i]                                                                    <L 80>
        var_38 = wp::address(var_particle_x, var_5);
        var_40 = wp::load(var_38);
        var_39 = wp::copy(var_40);
        // x_j = particle_x[j]                                                                    <L 81>
        var_41 = wp::address(var_particle_x, var_7);
        var_43 = wp::load(var_41);
        var_42 = wp::copy(var_43);
        // x_k = particle_x[k]                                                                    <L 82>
        var_44 = wp::address(var_particle_x, var_9);
        var_46 = wp::load(var_44);
        var_45 = wp::copy(var_46);
        // x_l = particle_x[l]                                                                    <L 83>
        var_47 = wp::address(var_particle_x, var_11);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 84>
        var_50 = wp::sub(var_45, var_39);
        var_51 = wp::sub(var_48, var_39);
        var_52 = wp::cross(var_50, var_51);
        // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 85>
        var_53 = wp::sub(var_48, var_42);
        var_54 = wp::sub(var_45, var_42);
        var_55 = wp::cross(var_53, var_54);
        // n1_length = wp.length(n1)                                                              <L 86>
        var_56 = wp::length(var_52);
        // n2_length = wp.length(n2)                                                              <L 87>
        var_57 = wp::length(var_55);
        // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 88>
        var_60 = (var_56 < var_59);
        var_58 = var_60;
        if (!var_58) {
            var_62 = (var_57 < var_61);
            var_58 = var_58 || var_62;
        }
        if (var_58) {
            // return                                                                             <L 89>
            goto label2;
        }
        // e = x_l - x_k                                                                          <L 90>
        var_63 = wp::sub(var_48, var_45);
        // e_length = wp.length(e)                                                                <L 91>
        var_64 = wp::length(var_63);
        // e_hat = e / e_length                                                                   <L 92>
        var_65 = wp::div(var_63, var_64);
        // rcp_n1 = 1.0 / n1_length                                                               <L 93>
        var_67 = wp::div(var_66, var_56);
        // rcp_n2 = 1.0 / n2_length                                                               <L 94>
        var_69 = wp::div(var_68, var_57);
        // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 95>
        var_70 = wp::mul(var_52, var_67);
        var_71 = wp::mul(var_55, var_69);
        var_72 = dihedral_angle_0(var_70, var_71, var_65);
        // dtheta = theta - edge_rest_angle[tid]                                                  <L 96>
        var_73 = wp::address(var_edge_rest_angle, var_0);
        var_75 = wp::load(var_73);
        var_74 = wp::sub(var_72, var_75);
        // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 97>
        var_76 = wp::mul(var_67, var_67);
        var_77 = wp::mul(var_52, var_76);
        // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 98>
        var_78 = wp::mul(var_69, var_69);
        var_79 = wp::mul(var_55, var_78);
        // d_i = g1 * e_length                                                                    <L 99>
        var_80 = wp::mul(var_77, var_64);
        // d_j = g2 * e_length                                                                    <L 100>
        var_81 = wp::mul(var_79, var_64);
        // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 101>
        var_82 = wp::sub(var_39, var_48);
        var_83 = wp::dot(var_82, var_65);
        var_84 = wp::mul(var_77, var_83);
        var_85 = wp::sub(var_42, var_48);
        var_86 = wp::dot(var_85, var_65);
        var_87 = wp::mul(var_79, var_86);
        var_88 = wp::add(var_84, var_87);
        // d_l = -(d_i + d_j + d_k)                                                               <L 102>
        var_89 = wp::add(var_80, var_81);
        var_90 = wp::add(var_89, var_88);
        var_91 = wp::neg(var_90);
        // weight = e_length                                                                      <L 103>
        var_92 = wp::copy(var_64);
        // f_elastic = ke * dtheta                                                                <L 104>
        var_93 = wp::mul(var_32, var_74);
        // dtheta_dt = wp.dot(d_i, particle_v[i]) + wp.dot(d_j, particle_v[j]) + wp.dot(d_k, particle_v[k]) + wp.dot(d_l, particle_v[l])       <L 105>
        var_94 = wp::address(var_particle_v, var_5);
        var_96 = wp::load(var_94);
        var_95 = wp::dot(var_80, var_96);
        var_97 = wp::address(var_particle_v, var_7);
        var_99 = wp::load(var_97);
        var_98 = wp::dot(var_81, var_99);
        var_100 = wp::add(var_95, var_98);
        var_101 = wp::address(var_particle_v, var_9);
        var_103 = wp::load(var_101);
        var_102 = wp::dot(var_88, var_103);
        var_104 = wp::add(var_100, var_102);
        var_105 = wp::address(var_particle_v, var_11);
        var_107 = wp::load(var_105);
        var_106 = wp::dot(var_91, var_107);
        var_108 = wp::add(var_104, var_106);
        // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 106>
        var_109 = wp::neg(var_92);
        var_110 = wp::mul(var_36, var_108);
        var_111 = wp::add(var_93, var_110);
        var_112 = wp::mul(var_109, var_111);
        // if wp.abs(dtheta) > yield_angle:                                                       <L 107>
        var_113 = wp::abs(var_74);
        var_114 = (var_113 > var_yield_angle);
        if (var_114) {
            // edge_rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle                   <L 108>
            var_115 = wp::sign(var_74);
            var_116 = wp::mul(var_115, var_yield_angle);
            var_117 = wp::sub(var_72, var_116);
            // wp::array_store(var_edge_rest_angle_out, var_0, var_117);
        }
        // wp.atomic_add(particle_f, i, d_i * f_scale)                                            <L 109>
        var_118 = wp::mul(var_80, var_112);
        // var_119 = wp::atomic_add(var_particle_f, var_5, var_118);
        // wp.atomic_add(particle_f, j, d_j * f_scale)                                            <L 110>
        var_120 = wp::mul(var_81, var_112);
        // var_121 = wp::atomic_add(var_particle_f, var_7, var_120);
        // wp.atomic_add(particle_f, k, d_k * f_scale)                                            <L 111>
        var_122 = wp::mul(var_88, var_112);
        // var_123 = wp::atomic_add(var_particle_f, var_9, var_122);
        // wp.atomic_add(particle_f, l, d_l * f_scale)                                            <L 112>
        var_124 = wp::mul(var_91, var_112);
        // var_125 = wp::atomic_add(var_particle_f, var_11, var_124);
        //---------
        // reverse
        wp::adj_atomic_add(var_particle_f, var_11, var_124, adj_particle_f, adj_11, adj_124, adj_125);
        wp::adj_mul(var_91, var_112, adj_91, adj_112, adj_124);
        // adj: wp.atomic_add(particle_f, l, d_l * f_scale)                                       <L 112>
        wp::adj_atomic_add(var_particle_f, var_9, var_122, adj_particle_f, adj_9, adj_122, adj_123);
        wp::adj_mul(var_88, var_112, adj_88, adj_112, adj_122);
        // adj: wp.atomic_add(particle_f, k, d_k * f_scale)                                       <L 111>
        wp::adj_atomic_add(var_particle_f, var_7, var_120, adj_particle_f, adj_7, adj_120, adj_121);
        wp::adj_mul(var_81, var_112, adj_81, adj_112, adj_120);
        // adj: wp.atomic_add(particle_f, j, d_j * f_scale)                                       <L 110>
        wp::adj_atomic_add(var_particle_f, var_5, var_118, adj_particle_f, adj_5, adj_118, adj_119);
        wp::adj_mul(var_80, var_112, adj_80, adj_112, adj_118);
        // adj: wp.atomic_add(particle_f, i, d_i * f_scale)                                       <L 109>
        if (var_114) {
            wp::adj_array_store(var_edge_rest_angle_out, var_0, var_117, adj_edge_rest_angle_out, adj_0, adj_117);
            wp::adj_sub(var_72, var_116, adj_72, adj_116, adj_117);
            wp::adj_mul(var_115, var_yield_angle, adj_115, adj_yield_angle, adj_116);
            // adj: edge_rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle              <L 108>
        }
        wp::adj_abs(var_74, adj_74, adj_113);
        // adj: if wp.abs(dtheta) > yield_angle:                                                  <L 107>
        wp::adj_mul(var_109, var_111, adj_109, adj_111, adj_112);
        wp::adj_add(var_93, var_110, adj_93, adj_110, adj_111);
        wp::adj_mul(var_36, var_108, adj_36, adj_108, adj_110);
        wp::adj_neg(var_92, adj_92, adj_109);
        // adj: f_scale = -weight * (f_elastic + kd * dtheta_dt)                                  <L 106>
        wp::adj_add(var_104, var_106, adj_104, adj_106, adj_108);
        wp::adj_dot(var_91, var_107, adj_91, adj_105, adj_106);
        wp::adj_address(var_particle_v, var_11, adj_particle_v, adj_11, adj_105);
        wp::adj_add(var_100, var_102, adj_100, adj_102, adj_104);
        wp::adj_dot(var_88, var_103, adj_88, adj_101, adj_102);
        wp::adj_address(var_particle_v, var_9, adj_particle_v, adj_9, adj_101);
        wp::adj_add(var_95, var_98, adj_95, adj_98, adj_100);
        wp::adj_dot(var_81, var_99, adj_81, adj_97, adj_98);
        wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_97);
        wp::adj_dot(var_80, var_96, adj_80, adj_94, adj_95);
        wp::adj_address(var_particle_v, var_5, adj_particle_v, adj_5, adj_94);
        // adj: dtheta_dt = wp.dot(d_i, particle_v[i]) + wp.dot(d_j, particle_v[j]) + wp.dot(d_k, particle_v[k]) + wp.dot(d_l, particle_v[l])  <L 105>
        wp::adj_mul(var_32, var_74, adj_32, adj_74, adj_93);
        // adj: f_elastic = ke * dtheta                                                           <L 104>
        wp::adj_copy(var_64, adj_64, adj_92);
        // adj: weight = e_length                                                                 <L 103>
        wp::adj_neg(var_90, adj_90, adj_91);
        wp::adj_add(var_89, var_88, adj_89, adj_88, adj_90);
        wp::adj_add(var_80, var_81, adj_80, adj_81, adj_89);
        // adj: d_l = -(d_i + d_j + d_k)                                                          <L 102>
        wp::adj_add(var_84, var_87, adj_84, adj_87, adj_88);
        wp::adj_mul(var_79, var_86, adj_79, adj_86, adj_87);
        wp::adj_dot(var_85, var_65, adj_85, adj_65, adj_86);
        wp::adj_sub(var_42, var_48, adj_42, adj_48, adj_85);
        wp::adj_mul(var_77, var_83, adj_77, adj_83, adj_84);
        wp::adj_dot(var_82, var_65, adj_82, adj_65, adj_83);
        wp::adj_sub(var_39, var_48, adj_39, adj_48, adj_82);
        // adj: d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)               <L 101>
        wp::adj_mul(var_79, var_64, adj_79, adj_64, adj_81);
        // adj: d_j = g2 * e_length                                                               <L 100>
        wp::adj_mul(var_77, var_64, adj_77, adj_64, adj_80);
        // adj: d_i = g1 * e_length                                                               <L 99>
        wp::adj_mul(var_55, var_78, adj_55, adj_78, adj_79);
        wp::adj_mul(var_69, var_69, adj_69, adj_69, adj_78);
        // adj: g2 = n2 * (rcp_n2 * rcp_n2)                                                       <L 98>
        wp::adj_mul(var_52, var_76, adj_52, adj_76, adj_77);
        wp::adj_mul(var_67, var_67, adj_67, adj_67, adj_76);
        // adj: g1 = n1 * (rcp_n1 * rcp_n1)                                                       <L 97>
        wp::adj_sub(var_72, var_75, adj_72, adj_73, adj_74);
        wp::adj_address(var_edge_rest_angle, var_0, adj_edge_rest_angle, adj_0, adj_73);
        // adj: dtheta = theta - edge_rest_angle[tid]                                             <L 96>
        adj_dihedral_angle_0(var_70, var_71, var_65, adj_70, adj_71, adj_65, adj_72);
        wp::adj_mul(var_55, var_69, adj_55, adj_69, adj_71);
        wp::adj_mul(var_52, var_67, adj_52, adj_67, adj_70);
        // adj: theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                           <L 95>
        wp::adj_div(var_68, var_57, var_69, adj_68, adj_57, adj_69);
        // adj: rcp_n2 = 1.0 / n2_length                                                          <L 94>
        wp::adj_div(var_66, var_56, var_67, adj_66, adj_56, adj_67);
        // adj: rcp_n1 = 1.0 / n1_length                                                          <L 93>
        wp::adj_div(var_63, var_64, adj_63, adj_64, adj_65);
        // adj: e_hat = e / e_length                                                              <L 92>
        wp::adj_length(var_63, var_64, adj_63, adj_64);
        // adj: e_length = wp.length(e)                                                           <L 91>
        wp::adj_sub(var_48, var_45, adj_48, adj_45, adj_63);
        // adj: e = x_l - x_k                                                                     <L 90>
        if (var_58) {
            label2:;
            // adj: return                                                                        <L 89>
        }
        if (!var_58) {
        }
        // adj: if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                      <L 88>
        wp::adj_length(var_55, var_57, adj_55, adj_57);
        // adj: n2_length = wp.length(n2)                                                         <L 87>
        wp::adj_length(var_52, var_56, adj_52, adj_56);
        // adj: n1_length = wp.length(n1)                                                         <L 86>
        wp::adj_cross(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_sub(var_45, var_42, adj_45, adj_42, adj_54);
        wp::adj_sub(var_48, var_42, adj_48, adj_42, adj_53);
        // adj: n2 = wp.cross(x_l - x_j, x_k - x_j)                                               <L 85>
        wp::adj_cross(var_50, var_51, adj_50, adj_51, adj_52);
        wp::adj_sub(var_48, var_39, adj_48, adj_39, adj_51);
        wp::adj_sub(var_45, var_39, adj_45, adj_39, adj_50);
        // adj: n1 = wp.cross(x_k - x_i, x_l - x_i)                                               <L 84>
        wp::adj_copy(var_49, adj_47, adj_48);
        wp::adj_address(var_particle_x, var_11, adj_particle_x, adj_11, adj_47);
        // adj: x_l = particle_x[l]                                                               <L 83>
        wp::adj_copy(var_46, adj_44, adj_45);
        wp::adj_address(var_particle_x, var_9, adj_particle_x, adj_9, adj_44);
        // adj: x_k = particle_x[k]                                                               <L 82>
        wp::adj_copy(var_43, adj_41, adj_42);
        wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_41);
        // adj: x_j = particle_x[j]                                                               <L 81>
        wp::adj_copy(var_40, adj_38, adj_39);
        wp::adj_address(var_particle_x, var_5, adj_particle_x, adj_5, adj_38);
        // adj: x_i = particle_x[i]                                                               <L 80>
        wp::adj_copy(var_37, adj_35, adj_36);
        wp::adj_address(var_edge_bending_properties, var_0, var_34, adj_edge_bending_properties, adj_0, adj_34, adj_35);
        // adj: kd = edge_bending_properties[tid, 1]                                              <L 79>
        wp::adj_copy(var_33, adj_31, adj_32);
        wp::adj_address(var_edge_bending_properties, var_0, var_30, adj_edge_bending_properties, adj_0, adj_30, adj_31);
        // adj: ke = edge_bending_properties[tid, 0]                                              <L 78>
        if (var_29) {
            label1:;
            // adj: return                                                                        <L 77>
        }
        wp::adj_add(var_23, var_27, adj_23, adj_25, adj_26);
        wp::adj_address(var_particle_inv_mass, var_11, adj_particle_inv_mass, adj_11, adj_25);
        wp::adj_add(var_19, var_24, adj_19, adj_22, adj_23);
        wp::adj_address(var_particle_inv_mass, var_9, adj_particle_inv_mass, adj_9, adj_22);
        wp::adj_add(var_20, var_21, adj_17, adj_18, adj_19);
        wp::adj_address(var_particle_inv_mass, var_7, adj_particle_inv_mass, adj_7, adj_18);
        wp::adj_address(var_particle_inv_mass, var_5, adj_particle_inv_mass, adj_5, adj_17);
        // adj: if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:  <L 76>
        if (var_12) {
            label0:;
            // adj: return                                                                        <L 75>
        }
        if (!var_12) {
        }
        // adj: if i == -1 or j == -1:                                                            <L 74>
        wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
        // adj: l = quad[3]                                                                       <L 73>
        wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
        // adj: k = quad[2]                                                                       <L 72>
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        // adj: j = quad[1]                                                                       <L 71>
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: i = quad[0]                                                                       <L 70>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_edge_indices, var_0, adj_edge_indices, adj_0, adj_1);
        // adj: quad = edge_indices[tid]                                                          <L 69>
        // adj: tid = wp.tid()                                                                    <L 68>
        // adj: def eval_bending(                                                                 <L 57>
        continue;
    }
}



extern "C" __global__ void eval_actuators_df3901eb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_activation,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::float32 var_omega,
    wp::float32 var_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f)
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
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
        //---------
        // forward
        // def eval_actuators(                                                                    <L 116>
        // tid = wp.tid()                                                                         <L 126>
        var_0 = builtin_tid1d();
        // i = spring_indices[tid, 0]                                                             <L 127>
        var_2 = wp::address(var_spring_indices, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = spring_indices[tid, 1]                                                             <L 128>
        var_6 = wp::address(var_spring_indices, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rest = spring_rest_length[tid]                                                         <L 129>
        var_9 = wp::address(var_spring_rest_length, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // act = activation[tid]                                                                  <L 130>
        var_12 = wp::address(var_activation, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // ke = spring_stiffness[tid]                                                             <L 131>
        var_15 = wp::address(var_spring_stiffness, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // l0 = rest * (1.0 + act * wp.cos(omega * time))                                         <L 132>
        var_19 = wp::mul(var_omega, var_time);
        var_20 = wp::cos(var_19);
        var_21 = wp::mul(var_13, var_20);
        var_22 = wp::add(var_18, var_21);
        var_23 = wp::mul(var_10, var_22);
        // d = positions[j] - positions[i]                                                        <L 133>
        var_24 = wp::address(var_positions, var_7);
        var_25 = wp::address(var_positions, var_3);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        // l = wp.length(d)                                                                       <L 134>
        var_29 = wp::length(var_26);
        // if l == 0.0:                                                                           <L 135>
        var_31 = (var_29 == var_30);
        if (var_31) {
            // return                                                                             <L 136>
            continue;
        }
        // dir = d / l                                                                            <L 137>
        var_32 = wp::div(var_26, var_29);
        // f = dir * (ke * (l - l0))                                                              <L 138>
        var_33 = wp::sub(var_29, var_23);
        var_34 = wp::mul(var_16, var_33);
        var_35 = wp::mul(var_32, var_34);
        // wp.atomic_add(particle_f, i, f)                                                        <L 139>
        var_36 = wp::atomic_add(var_particle_f, var_3, var_35);
        // wp.atomic_sub(particle_f, j, f)                                                        <L 140>
        var_37 = wp::atomic_sub(var_particle_f, var_7, var_35);
    }
}



extern "C" __global__ void eval_actuators_df3901eb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::array_t<wp::float32> var_activation,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::float32 var_omega,
    wp::float32 var_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::int32> adj_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_spring_rest_length,
    wp::array_t<wp::float32> adj_activation,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::float32 adj_omega,
    wp::float32 adj_time,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f)
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
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::float32 var_18 = 1.0;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::vec_t<3, wp::float32> var_37;
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
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::vec_t<3, wp::float32> adj_37 = {};
        //---------
        // forward
        // def eval_actuators(                                                                    <L 116>
        // tid = wp.tid()                                                                         <L 126>
        var_0 = builtin_tid1d();
        // i = spring_indices[tid, 0]                                                             <L 127>
        var_2 = wp::address(var_spring_indices, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = spring_indices[tid, 1]                                                             <L 128>
        var_6 = wp::address(var_spring_indices, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rest = spring_rest_length[tid]                                                         <L 129>
        var_9 = wp::address(var_spring_rest_length, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // act = activation[tid]                                                                  <L 130>
        var_12 = wp::address(var_activation, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // ke = spring_stiffness[tid]                                                             <L 131>
        var_15 = wp::address(var_spring_stiffness, var_0);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // l0 = rest * (1.0 + act * wp.cos(omega * time))                                         <L 132>
        var_19 = wp::mul(var_omega, var_time);
        var_20 = wp::cos(var_19);
        var_21 = wp::mul(var_13, var_20);
        var_22 = wp::add(var_18, var_21);
        var_23 = wp::mul(var_10, var_22);
        // d = positions[j] - positions[i]                                                        <L 133>
        var_24 = wp::address(var_positions, var_7);
        var_25 = wp::address(var_positions, var_3);
        var_27 = wp::load(var_24);
        var_28 = wp::load(var_25);
        var_26 = wp::sub(var_27, var_28);
        // l = wp.length(d)                                                                       <L 134>
        var_29 = wp::length(var_26);
        // if l == 0.0:                                                                           <L 135>
        var_31 = (var_29 == var_30);
        if (var_31) {
            // return                                                                             <L 136>
            goto label0;
        }
        // dir = d / l                                                                            <L 137>
        var_32 = wp::div(var_26, var_29);
        // f = dir * (ke * (l - l0))                                                              <L 138>
        var_33 = wp::sub(var_29, var_23);
        var_34 = wp::mul(var_16, var_33);
        var_35 = wp::mul(var_32, var_34);
        // wp.atomic_add(particle_f, i, f)                                                        <L 139>
        // var_36 = wp::atomic_add(var_particle_f, var_3, var_35);
        // wp.atomic_sub(particle_f, j, f)                                                        <L 140>
        // var_37 = wp::atomic_sub(var_particle_f, var_7, var_35);
        //---------
        // reverse
        wp::adj_atomic_sub(var_particle_f, var_7, var_35, adj_particle_f, adj_7, adj_35, adj_37);
        // adj: wp.atomic_sub(particle_f, j, f)                                                   <L 140>
        wp::adj_atomic_add(var_particle_f, var_3, var_35, adj_particle_f, adj_3, adj_35, adj_36);
        // adj: wp.atomic_add(particle_f, i, f)                                                   <L 139>
        wp::adj_mul(var_32, var_34, adj_32, adj_34, adj_35);
        wp::adj_mul(var_16, var_33, adj_16, adj_33, adj_34);
        wp::adj_sub(var_29, var_23, adj_29, adj_23, adj_33);
        // adj: f = dir * (ke * (l - l0))                                                         <L 138>
        wp::adj_div(var_26, var_29, adj_26, adj_29, adj_32);
        // adj: dir = d / l                                                                       <L 137>
        if (var_31) {
            label0:;
            // adj: return                                                                        <L 136>
        }
        // adj: if l == 0.0:                                                                      <L 135>
        wp::adj_length(var_26, var_29, adj_26, adj_29);
        // adj: l = wp.length(d)                                                                  <L 134>
        wp::adj_sub(var_27, var_28, adj_24, adj_25, adj_26);
        wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_25);
        wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_24);
        // adj: d = positions[j] - positions[i]                                                   <L 133>
        wp::adj_mul(var_10, var_22, adj_10, adj_22, adj_23);
        wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
        wp::adj_mul(var_13, var_20, adj_13, adj_20, adj_21);
        wp::adj_cos(var_19, adj_19, adj_20);
        wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_19);
        // adj: l0 = rest * (1.0 + act * wp.cos(omega * time))                                    <L 132>
        wp::adj_copy(var_17, adj_15, adj_16);
        wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_15);
        // adj: ke = spring_stiffness[tid]                                                        <L 131>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_activation, var_0, adj_activation, adj_0, adj_12);
        // adj: act = activation[tid]                                                             <L 130>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_spring_rest_length, var_0, adj_spring_rest_length, adj_0, adj_9);
        // adj: rest = spring_rest_length[tid]                                                    <L 129>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
        // adj: j = spring_indices[tid, 1]                                                        <L 128>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
        // adj: i = spring_indices[tid, 0]                                                        <L 127>
        // adj: tid = wp.tid()                                                                    <L 126>
        // adj: def eval_actuators(                                                               <L 116>
        continue;
    }
}

