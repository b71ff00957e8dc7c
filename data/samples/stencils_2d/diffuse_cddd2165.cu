// Warp 1.19.0 cuda code for diffuse_cddd2165.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void smooth_density_0ca76bbc_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dye,
    wp::float32 var_nu,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dye_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 2;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 0;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 0;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::vec_t<3, wp::float32>* var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 1;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 0;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 0;
        const wp::int32 var_80 = 1;
        wp::int32 var_81;
        wp::int32 var_82;
        wp::vec_t<3, wp::float32>* var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        const wp::int32 var_86 = 1;
        const wp::int32 var_87 = 1;
        wp::int32 var_88;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        const wp::int32 var_92 = 0;
        const wp::int32 var_93 = 1;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 0;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        const wp::int32 var_104 = 2;
        const wp::int32 var_105 = 1;
        wp::int32 var_106;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 0;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 0;
        const wp::int32 var_116 = 1;
        wp::int32 var_117;
        wp::int32 var_118;
        wp::vec_t<3, wp::float32>* var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        const wp::int32 var_122 = 2;
        const wp::int32 var_123 = 0;
        const wp::int32 var_124 = 1;
        wp::int32 var_125;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        wp::int32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = 1;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        const wp::int32 var_134 = 0;
        const wp::int32 var_135 = 1;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::vec_t<3, wp::float32>* var_138;
        wp::vec_t<3, wp::float32> var_139;
        wp::vec_t<3, wp::float32> var_140;
        const wp::int32 var_141 = 1;
        const wp::int32 var_142 = 1;
        wp::int32 var_143;
        const wp::int32 var_144 = 1;
        wp::int32 var_145;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::int32 var_155;
        wp::vec_t<3, wp::float32>* var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        const wp::int32 var_159 = 2;
        const wp::int32 var_160 = 1;
        wp::int32 var_161;
        const wp::int32 var_162 = 1;
        wp::int32 var_163;
        wp::int32 var_164;
        const wp::int32 var_165 = 0;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::int32 var_168;
        wp::int32 var_169;
        const wp::int32 var_170 = 0;
        const wp::int32 var_171 = 1;
        wp::int32 var_172;
        wp::int32 var_173;
        wp::vec_t<3, wp::float32>* var_174;
        wp::vec_t<3, wp::float32> var_175;
        wp::vec_t<3, wp::float32> var_176;
        const wp::float32 var_177 = 0.1111111111111111;
        wp::vec_t<3, wp::float32> var_178;
        wp::vec_t<3, wp::float32>* var_179;
        wp::vec_t<3, wp::float32> var_180;
        wp::vec_t<3, wp::float32> var_181;
        //---------
        // forward
        // def smooth_density(dye: wp.array2d[wp.vec3], nu: float, dye_out: wp.array2d[wp.vec3]):       <L 66>
        // i, j = wp.tid()                                                                        <L 67>
        builtin_tid2d(var_0, var_1);
        // width = dye.shape[0]                                                                   <L 68>
        var_2 = &(var_dye.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = dye.shape[1]                                                                  <L 69>
        var_6 = &(var_dye.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = wp.vec3(0.0)                                                                   <L 70>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // for a in range(3):                                                                     <L 71>
        // for b in range(3):                                                                     <L 72>
        // di = a - 1                                                                             <L 73>
        var_15 = wp::sub(var_12, var_14);
        // dj = b - 1                                                                             <L 74>
        var_17 = wp::sub(var_13, var_16);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_18 = wp::add(var_0, var_15);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::clamp(var_18, var_19, var_21);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_23 = wp::add(var_1, var_17);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::clamp(var_23, var_24, var_26);
        // total += dye[x, y]                                                                     <L 77>
        var_28 = wp::address(var_dye, var_22, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_11, var_30);
        // di = a - 1                                                                             <L 73>
        var_33 = wp::sub(var_12, var_32);
        // dj = b - 1                                                                             <L 74>
        var_35 = wp::sub(var_31, var_34);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_36 = wp::add(var_0, var_33);
        var_39 = wp::sub(var_4, var_38);
        var_40 = wp::clamp(var_36, var_37, var_39);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_41 = wp::add(var_1, var_35);
        var_44 = wp::sub(var_8, var_43);
        var_45 = wp::clamp(var_41, var_42, var_44);
        // total += dye[x, y]                                                                     <L 77>
        var_46 = wp::address(var_dye, var_40, var_45);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_29, var_48);
        // di = a - 1                                                                             <L 73>
        var_51 = wp::sub(var_12, var_50);
        // dj = b - 1                                                                             <L 74>
        var_53 = wp::sub(var_49, var_52);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_54 = wp::add(var_0, var_51);
        var_57 = wp::sub(var_4, var_56);
        var_58 = wp::clamp(var_54, var_55, var_57);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_59 = wp::add(var_1, var_53);
        var_62 = wp::sub(var_8, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // total += dye[x, y]                                                                     <L 77>
        var_64 = wp::address(var_dye, var_58, var_63);
        var_66 = wp::load(var_64);
        var_65 = wp::add(var_47, var_66);
        // for b in range(3):                                                                     <L 72>
        // di = a - 1                                                                             <L 73>
        var_70 = wp::sub(var_67, var_69);
        // dj = b - 1                                                                             <L 74>
        var_72 = wp::sub(var_68, var_71);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_73 = wp::add(var_0, var_70);
        var_76 = wp::sub(var_4, var_75);
        var_77 = wp::clamp(var_73, var_74, var_76);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_78 = wp::add(var_1, var_72);
        var_81 = wp::sub(var_8, var_80);
        var_82 = wp::clamp(var_78, var_79, var_81);
        // total += dye[x, y]                                                                     <L 77>
        var_83 = wp::address(var_dye, var_77, var_82);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_65, var_85);
        // di = a - 1                                                                             <L 73>
        var_88 = wp::sub(var_67, var_87);
        // dj = b - 1                                                                             <L 74>
        var_90 = wp::sub(var_86, var_89);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_91 = wp::add(var_0, var_88);
        var_94 = wp::sub(var_4, var_93);
        var_95 = wp::clamp(var_91, var_92, var_94);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_96 = wp::add(var_1, var_90);
        var_99 = wp::sub(var_8, var_98);
        var_100 = wp::clamp(var_96, var_97, var_99);
        // total += dye[x, y]                                                                     <L 77>
        var_101 = wp::address(var_dye, var_95, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::add(var_84, var_103);
        // di = a - 1                                                                             <L 73>
        var_106 = wp::sub(var_67, var_105);
        // dj = b - 1                                                                             <L 74>
        var_108 = wp::sub(var_104, var_107);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_109 = wp::add(var_0, var_106);
        var_112 = wp::sub(var_4, var_111);
        var_113 = wp::clamp(var_109, var_110, var_112);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_114 = wp::add(var_1, var_108);
        var_117 = wp::sub(var_8, var_116);
        var_118 = wp::clamp(var_114, var_115, var_117);
        // total += dye[x, y]                                                                     <L 77>
        var_119 = wp::address(var_dye, var_113, var_118);
        var_121 = wp::load(var_119);
        var_120 = wp::add(var_102, var_121);
        // for b in range(3):                                                                     <L 72>
        // di = a - 1                                                                             <L 73>
        var_125 = wp::sub(var_122, var_124);
        // dj = b - 1                                                                             <L 74>
        var_127 = wp::sub(var_123, var_126);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_128 = wp::add(var_0, var_125);
        var_131 = wp::sub(var_4, var_130);
        var_132 = wp::clamp(var_128, var_129, var_131);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_133 = wp::add(var_1, var_127);
        var_136 = wp::sub(var_8, var_135);
        var_137 = wp::clamp(var_133, var_134, var_136);
        // total += dye[x, y]                                                                     <L 77>
        var_138 = wp::address(var_dye, var_132, var_137);
        var_140 = wp::load(var_138);
        var_139 = wp::add(var_120, var_140);
        // di = a - 1                                                                             <L 73>
        var_143 = wp::sub(var_122, var_142);
        // dj = b - 1                                                                             <L 74>
        var_145 = wp::sub(var_141, var_144);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_146 = wp::add(var_0, var_143);
        var_149 = wp::sub(var_4, var_148);
        var_150 = wp::clamp(var_146, var_147, var_149);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_151 = wp::add(var_1, var_145);
        var_154 = wp::sub(var_8, var_153);
        var_155 = wp::clamp(var_151, var_152, var_154);
        // total += dye[x, y]                                                                     <L 77>
        var_156 = wp::address(var_dye, var_150, var_155);
        var_158 = wp::load(var_156);
        var_157 = wp::add(var_139, var_158);
        // di = a - 1                                                                             <L 73>
        var_161 = wp::sub(var_122, var_160);
        // dj = b - 1                                                                             <L 74>
        var_163 = wp::sub(var_159, var_162);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_164 = wp::add(var_0, var_161);
        var_167 = wp::sub(var_4, var_166);
        var_168 = wp::clamp(var_164, var_165, var_167);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_169 = wp::add(var_1, var_163);
        var_172 = wp::sub(var_8, var_171);
        var_173 = wp::clamp(var_169, var_170, var_172);
        // total += dye[x, y]                                                                     <L 77>
        var_174 = wp::address(var_dye, var_168, var_173);
        var_176 = wp::load(var_174);
        var_175 = wp::add(var_157, var_176);
        // mean = total * wp.static(1.0 / 9.0)                                                    <L 78>
        var_178 = wp::mul(var_175, var_177);
        // rho_new = wp.lerp(dye[i, j], mean, nu)                                                 <L 79>
        var_179 = wp::address(var_dye, var_0, var_1);
        var_181 = wp::load(var_179);
        var_180 = wp::lerp(var_181, var_178, var_nu);
        // dye_out[i, j] = rho_new                                                                <L 80>
        wp::array_store(var_dye_out, var_0, var_1, var_180);
    }
}



extern "C" __global__ void smooth_density_0ca76bbc_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dye,
    wp::float32 var_nu,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dye_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dye,
    wp::float32 adj_nu,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dye_out)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::float32 var_10 = 0.0;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::int32 var_13 = 0;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 0;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        wp::int32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        const wp::int32 var_31 = 1;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        const wp::int32 var_42 = 0;
        const wp::int32 var_43 = 1;
        wp::int32 var_44;
        wp::int32 var_45;
        wp::vec_t<3, wp::float32>* var_46;
        wp::vec_t<3, wp::float32> var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 2;
        const wp::int32 var_50 = 1;
        wp::int32 var_51;
        const wp::int32 var_52 = 1;
        wp::int32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 0;
        const wp::int32 var_56 = 1;
        wp::int32 var_57;
        wp::int32 var_58;
        wp::int32 var_59;
        const wp::int32 var_60 = 0;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::vec_t<3, wp::float32>* var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        const wp::int32 var_67 = 1;
        const wp::int32 var_68 = 0;
        const wp::int32 var_69 = 1;
        wp::int32 var_70;
        const wp::int32 var_71 = 1;
        wp::int32 var_72;
        wp::int32 var_73;
        const wp::int32 var_74 = 0;
        const wp::int32 var_75 = 1;
        wp::int32 var_76;
        wp::int32 var_77;
        wp::int32 var_78;
        const wp::int32 var_79 = 0;
        const wp::int32 var_80 = 1;
        wp::int32 var_81;
        wp::int32 var_82;
        wp::vec_t<3, wp::float32>* var_83;
        wp::vec_t<3, wp::float32> var_84;
        wp::vec_t<3, wp::float32> var_85;
        const wp::int32 var_86 = 1;
        const wp::int32 var_87 = 1;
        wp::int32 var_88;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        wp::int32 var_91;
        const wp::int32 var_92 = 0;
        const wp::int32 var_93 = 1;
        wp::int32 var_94;
        wp::int32 var_95;
        wp::int32 var_96;
        const wp::int32 var_97 = 0;
        const wp::int32 var_98 = 1;
        wp::int32 var_99;
        wp::int32 var_100;
        wp::vec_t<3, wp::float32>* var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        const wp::int32 var_104 = 2;
        const wp::int32 var_105 = 1;
        wp::int32 var_106;
        const wp::int32 var_107 = 1;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 0;
        const wp::int32 var_111 = 1;
        wp::int32 var_112;
        wp::int32 var_113;
        wp::int32 var_114;
        const wp::int32 var_115 = 0;
        const wp::int32 var_116 = 1;
        wp::int32 var_117;
        wp::int32 var_118;
        wp::vec_t<3, wp::float32>* var_119;
        wp::vec_t<3, wp::float32> var_120;
        wp::vec_t<3, wp::float32> var_121;
        const wp::int32 var_122 = 2;
        const wp::int32 var_123 = 0;
        const wp::int32 var_124 = 1;
        wp::int32 var_125;
        const wp::int32 var_126 = 1;
        wp::int32 var_127;
        wp::int32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = 1;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::int32 var_133;
        const wp::int32 var_134 = 0;
        const wp::int32 var_135 = 1;
        wp::int32 var_136;
        wp::int32 var_137;
        wp::vec_t<3, wp::float32>* var_138;
        wp::vec_t<3, wp::float32> var_139;
        wp::vec_t<3, wp::float32> var_140;
        const wp::int32 var_141 = 1;
        const wp::int32 var_142 = 1;
        wp::int32 var_143;
        const wp::int32 var_144 = 1;
        wp::int32 var_145;
        wp::int32 var_146;
        const wp::int32 var_147 = 0;
        const wp::int32 var_148 = 1;
        wp::int32 var_149;
        wp::int32 var_150;
        wp::int32 var_151;
        const wp::int32 var_152 = 0;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        wp::int32 var_155;
        wp::vec_t<3, wp::float32>* var_156;
        wp::vec_t<3, wp::float32> var_157;
        wp::vec_t<3, wp::float32> var_158;
        const wp::int32 var_159 = 2;
        const wp::int32 var_160 = 1;
        wp::int32 var_161;
        const wp::int32 var_162 = 1;
        wp::int32 var_163;
        wp::int32 var_164;
        const wp::int32 var_165 = 0;
        const wp::int32 var_166 = 1;
        wp::int32 var_167;
        wp::int32 var_168;
        wp::int32 var_169;
        const wp::int32 var_170 = 0;
        const wp::int32 var_171 = 1;
        wp::int32 var_172;
        wp::int32 var_173;
        wp::vec_t<3, wp::float32>* var_174;
        wp::vec_t<3, wp::float32> var_175;
        wp::vec_t<3, wp::float32> var_176;
        const wp::float32 var_177 = 0.1111111111111111;
        wp::vec_t<3, wp::float32> var_178;
        wp::vec_t<3, wp::float32>* var_179;
        wp::vec_t<3, wp::float32> var_180;
        wp::vec_t<3, wp::float32> var_181;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
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
        wp::int32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::int32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::int32 adj_74 = {};
        wp::int32 adj_75 = {};
        wp::int32 adj_76 = {};
        wp::int32 adj_77 = {};
        wp::int32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::vec_t<3, wp::float32> adj_83 = {};
        wp::vec_t<3, wp::float32> adj_84 = {};
        wp::vec_t<3, wp::float32> adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::int32 adj_96 = {};
        wp::int32 adj_97 = {};
        wp::int32 adj_98 = {};
        wp::int32 adj_99 = {};
        wp::int32 adj_100 = {};
        wp::vec_t<3, wp::float32> adj_101 = {};
        wp::vec_t<3, wp::float32> adj_102 = {};
        wp::vec_t<3, wp::float32> adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::int32 adj_117 = {};
        wp::int32 adj_118 = {};
        wp::vec_t<3, wp::float32> adj_119 = {};
        wp::vec_t<3, wp::float32> adj_120 = {};
        wp::vec_t<3, wp::float32> adj_121 = {};
        wp::int32 adj_122 = {};
        wp::int32 adj_123 = {};
        wp::int32 adj_124 = {};
        wp::int32 adj_125 = {};
        wp::int32 adj_126 = {};
        wp::int32 adj_127 = {};
        wp::int32 adj_128 = {};
        wp::int32 adj_129 = {};
        wp::int32 adj_130 = {};
        wp::int32 adj_131 = {};
        wp::int32 adj_132 = {};
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::vec_t<3, wp::float32> adj_138 = {};
        wp::vec_t<3, wp::float32> adj_139 = {};
        wp::vec_t<3, wp::float32> adj_140 = {};
        wp::int32 adj_141 = {};
        wp::int32 adj_142 = {};
        wp::int32 adj_143 = {};
        wp::int32 adj_144 = {};
        wp::int32 adj_145 = {};
        wp::int32 adj_146 = {};
        wp::int32 adj_147 = {};
        wp::int32 adj_148 = {};
        wp::int32 adj_149 = {};
        wp::int32 adj_150 = {};
        wp::int32 adj_151 = {};
        wp::int32 adj_152 = {};
        wp::int32 adj_153 = {};
        wp::int32 adj_154 = {};
        wp::int32 adj_155 = {};
        wp::vec_t<3, wp::float32> adj_156 = {};
        wp::vec_t<3, wp::float32> adj_157 = {};
        wp::vec_t<3, wp::float32> adj_158 = {};
        wp::int32 adj_159 = {};
        wp::int32 adj_160 = {};
        wp::int32 adj_161 = {};
        wp::int32 adj_162 = {};
        wp::int32 adj_163 = {};
        wp::int32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::vec_t<3, wp::float32> adj_174 = {};
        wp::vec_t<3, wp::float32> adj_175 = {};
        wp::vec_t<3, wp::float32> adj_176 = {};
        wp::float32 adj_177 = {};
        wp::vec_t<3, wp::float32> adj_178 = {};
        wp::vec_t<3, wp::float32> adj_179 = {};
        wp::vec_t<3, wp::float32> adj_180 = {};
        wp::vec_t<3, wp::float32> adj_181 = {};
        //---------
        // forward
        // def smooth_density(dye: wp.array2d[wp.vec3], nu: float, dye_out: wp.array2d[wp.vec3]):       <L 66>
        // i, j = wp.tid()                                                                        <L 67>
        builtin_tid2d(var_0, var_1);
        // width = dye.shape[0]                                                                   <L 68>
        var_2 = &(var_dye.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = dye.shape[1]                                                                  <L 69>
        var_6 = &(var_dye.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = wp.vec3(0.0)                                                                   <L 70>
        var_11 = wp::vec_t<3, wp::float32>(var_10);
        // for a in range(3):                                                                     <L 71>
        // for b in range(3):                                                                     <L 72>
        // di = a - 1                                                                             <L 73>
        var_15 = wp::sub(var_12, var_14);
        // dj = b - 1                                                                             <L 74>
        var_17 = wp::sub(var_13, var_16);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_18 = wp::add(var_0, var_15);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::clamp(var_18, var_19, var_21);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_23 = wp::add(var_1, var_17);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::clamp(var_23, var_24, var_26);
        // total += dye[x, y]                                                                     <L 77>
        var_28 = wp::address(var_dye, var_22, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_11, var_30);
        // di = a - 1                                                                             <L 73>
        var_33 = wp::sub(var_12, var_32);
        // dj = b - 1                                                                             <L 74>
        var_35 = wp::sub(var_31, var_34);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_36 = wp::add(var_0, var_33);
        var_39 = wp::sub(var_4, var_38);
        var_40 = wp::clamp(var_36, var_37, var_39);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_41 = wp::add(var_1, var_35);
        var_44 = wp::sub(var_8, var_43);
        var_45 = wp::clamp(var_41, var_42, var_44);
        // total += dye[x, y]                                                                     <L 77>
        var_46 = wp::address(var_dye, var_40, var_45);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_29, var_48);
        // di = a - 1                                                                             <L 73>
        var_51 = wp::sub(var_12, var_50);
        // dj = b - 1                                                                             <L 74>
        var_53 = wp::sub(var_49, var_52);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_54 = wp::add(var_0, var_51);
        var_57 = wp::sub(var_4, var_56);
        var_58 = wp::clamp(var_54, var_55, var_57);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_59 = wp::add(var_1, var_53);
        var_62 = wp::sub(var_8, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // total += dye[x, y]                                                                     <L 77>
        var_64 = wp::address(var_dye, var_58, var_63);
        var_66 = wp::load(var_64);
        var_65 = wp::add(var_47, var_66);
        // for b in range(3):                                                                     <L 72>
        // di = a - 1                                                                             <L 73>
        var_70 = wp::sub(var_67, var_69);
        // dj = b - 1                                                                             <L 74>
        var_72 = wp::sub(var_68, var_71);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_73 = wp::add(var_0, var_70);
        var_76 = wp::sub(var_4, var_75);
        var_77 = wp::clamp(var_73, var_74, var_76);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_78 = wp::add(var_1, var_72);
        var_81 = wp::sub(var_8, var_80);
        var_82 = wp::clamp(var_78, var_79, var_81);
        // total += dye[x, y]                                                                     <L 77>
        var_83 = wp::address(var_dye, var_77, var_82);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_65, var_85);
        // di = a - 1                                                                             <L 73>
        var_88 = wp::sub(var_67, var_87);
        // dj = b - 1                                                                             <L 74>
        var_90 = wp::sub(var_86, var_89);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_91 = wp::add(var_0, var_88);
        var_94 = wp::sub(var_4, var_93);
        var_95 = wp::clamp(var_91, var_92, var_94);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_96 = wp::add(var_1, var_90);
        var_99 = wp::sub(var_8, var_98);
        var_100 = wp::clamp(var_96, var_97, var_99);
        // total += dye[x, y]                                                                     <L 77>
        var_101 = wp::address(var_dye, var_95, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::add(var_84, var_103);
        // di = a - 1                                                                             <L 73>
        var_106 = wp::sub(var_67, var_105);
        // dj = b - 1                                                                             <L 74>
        var_108 = wp::sub(var_104, var_107);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_109 = wp::add(var_0, var_106);
        var_112 = wp::sub(var_4, var_111);
        var_113 = wp::clamp(var_109, var_110, var_112);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_114 = wp::add(var_1, var_108);
        var_117 = wp::sub(var_8, var_116);
        var_118 = wp::clamp(var_114, var_115, var_117);
        // total += dye[x, y]                                                                     <L 77>
        var_119 = wp::address(var_dye, var_113, var_118);
        var_121 = wp::load(var_119);
        var_120 = wp::add(var_102, var_121);
        // for b in range(3):                                                                     <L 72>
        // di = a - 1                                                                             <L 73>
        var_125 = wp::sub(var_122, var_124);
        // dj = b - 1                                                                             <L 74>
        var_127 = wp::sub(var_123, var_126);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_128 = wp::add(var_0, var_125);
        var_131 = wp::sub(var_4, var_130);
        var_132 = wp::clamp(var_128, var_129, var_131);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_133 = wp::add(var_1, var_127);
        var_136 = wp::sub(var_8, var_135);
        var_137 = wp::clamp(var_133, var_134, var_136);
        // total += dye[x, y]                                                                     <L 77>
        var_138 = wp::address(var_dye, var_132, var_137);
        var_140 = wp::load(var_138);
        var_139 = wp::add(var_120, var_140);
        // di = a - 1                                                                             <L 73>
        var_143 = wp::sub(var_122, var_142);
        // dj = b - 1                                                                             <L 74>
        var_145 = wp::sub(var_141, var_144);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_146 = wp::add(var_0, var_143);
        var_149 = wp::sub(var_4, var_148);
        var_150 = wp::clamp(var_146, var_147, var_149);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_151 = wp::add(var_1, var_145);
        var_154 = wp::sub(var_8, var_153);
        var_155 = wp::clamp(var_151, var_152, var_154);
        // total += dye[x, y]                                                                     <L 77>
        var_156 = wp::address(var_dye, var_150, var_155);
        var_158 = wp::load(var_156);
        var_157 = wp::add(var_139, var_158);
        // di = a - 1                                                                             <L 73>
        var_161 = wp::sub(var_122, var_160);
        // dj = b - 1                                                                             <L 74>
        var_163 = wp::sub(var_159, var_162);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 75>
        var_164 = wp::add(var_0, var_161);
        var_167 = wp::sub(var_4, var_166);
        var_168 = wp::clamp(var_164, var_165, var_167);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 76>
        var_169 = wp::add(var_1, var_163);
        var_172 = wp::sub(var_8, var_171);
        var_173 = wp::clamp(var_169, var_170, var_172);
        // total += dye[x, y]                                                                     <L 77>
        var_174 = wp::address(var_dye, var_168, var_173);
        var_176 = wp::load(var_174);
        var_175 = wp::add(var_157, var_176);
        // mean = total * wp.static(1.0 / 9.0)                                                    <L 78>
        var_178 = wp::mul(var_175, var_177);
        // rho_new = wp.lerp(dye[i, j], mean, nu)                                                 <L 79>
        var_179 = wp::address(var_dye, var_0, var_1);
        var_181 = wp::load(var_179);
        var_180 = wp::lerp(var_181, var_178, var_nu);
        // dye_out[i, j] = rho_new                                                                <L 80>
        // wp::array_store(var_dye_out, var_0, var_1, var_180);
        //---------
        // reverse
        wp::adj_array_store(var_dye_out, var_0, var_1, var_180, adj_dye_out, adj_0, adj_1, adj_180);
        // adj: dye_out[i, j] = rho_new                                                           <L 80>
        wp::adj_lerp(var_181, var_178, var_nu, adj_179, adj_178, adj_nu, adj_180);
        wp::adj_address(var_dye, var_0, var_1, adj_dye, adj_0, adj_1, adj_179);
        // adj: rho_new = wp.lerp(dye[i, j], mean, nu)                                            <L 79>
        wp::adj_mul(var_175, var_177, adj_175, adj_177, adj_178);
        // adj: mean = total * wp.static(1.0 / 9.0)                                               <L 78>
        wp::adj_add(var_157, var_176, adj_157, adj_174, adj_175);
        wp::adj_address(var_dye, var_168, var_173, adj_dye, adj_168, adj_173, adj_174);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_169, var_170, var_172, adj_169, adj_170, adj_172, adj_173);
        wp::adj_sub(var_8, var_171, adj_8, adj_171, adj_172);
        wp::adj_add(var_1, var_163, adj_1, adj_163, adj_169);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_164, var_165, var_167, adj_164, adj_165, adj_167, adj_168);
        wp::adj_sub(var_4, var_166, adj_4, adj_166, adj_167);
        wp::adj_add(var_0, var_161, adj_0, adj_161, adj_164);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_159, var_162, adj_159, adj_162, adj_163);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_122, var_160, adj_122, adj_160, adj_161);
        // adj: di = a - 1                                                                        <L 73>
        wp::adj_add(var_139, var_158, adj_139, adj_156, adj_157);
        wp::adj_address(var_dye, var_150, var_155, adj_dye, adj_150, adj_155, adj_156);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_151, var_152, var_154, adj_151, adj_152, adj_154, adj_155);
        wp::adj_sub(var_8, var_153, adj_8, adj_153, adj_154);
        wp::adj_add(var_1, var_145, adj_1, adj_145, adj_151);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_146, var_147, var_149, adj_146, adj_147, adj_149, adj_150);
        wp::adj_sub(var_4, var_148, adj_4, adj_148, adj_149);
        wp::adj_add(var_0, var_143, adj_0, adj_143, adj_146);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_141, var_144, adj_141, adj_144, adj_145);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_122, var_142, adj_122, adj_142, adj_143);
        // adj: di = a - 1                                                                        <L 73>
        wp::adj_add(var_120, var_140, adj_120, adj_138, adj_139);
        wp::adj_address(var_dye, var_132, var_137, adj_dye, adj_132, adj_137, adj_138);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_133, var_134, var_136, adj_133, adj_134, adj_136, adj_137);
        wp::adj_sub(var_8, var_135, adj_8, adj_135, adj_136);
        wp::adj_add(var_1, var_127, adj_1, adj_127, adj_133);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_128, var_129, var_131, adj_128, adj_129, adj_131, adj_132);
        wp::adj_sub(var_4, var_130, adj_4, adj_130, adj_131);
        wp::adj_add(var_0, var_125, adj_0, adj_125, adj_128);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_123, var_126, adj_123, adj_126, adj_127);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_122, var_124, adj_122, adj_124, adj_125);
        // adj: di = a - 1                                                                        <L 73>
        // adj: for b in range(3):                                                                <L 72>
        wp::adj_add(var_102, var_121, adj_102, adj_119, adj_120);
        wp::adj_address(var_dye, var_113, var_118, adj_dye, adj_113, adj_118, adj_119);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_114, var_115, var_117, adj_114, adj_115, adj_117, adj_118);
        wp::adj_sub(var_8, var_116, adj_8, adj_116, adj_117);
        wp::adj_add(var_1, var_108, adj_1, adj_108, adj_114);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_109, var_110, var_112, adj_109, adj_110, adj_112, adj_113);
        wp::adj_sub(var_4, var_111, adj_4, adj_111, adj_112);
        wp::adj_add(var_0, var_106, adj_0, adj_106, adj_109);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_104, var_107, adj_104, adj_107, adj_108);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_67, var_105, adj_67, adj_105, adj_106);
        // adj: di = a - 1                                                                        <L 73>
        wp::adj_add(var_84, var_103, adj_84, adj_101, adj_102);
        wp::adj_address(var_dye, var_95, var_100, adj_dye, adj_95, adj_100, adj_101);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_96, var_97, var_99, adj_96, adj_97, adj_99, adj_100);
        wp::adj_sub(var_8, var_98, adj_8, adj_98, adj_99);
        wp::adj_add(var_1, var_90, adj_1, adj_90, adj_96);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_91, var_92, var_94, adj_91, adj_92, adj_94, adj_95);
        wp::adj_sub(var_4, var_93, adj_4, adj_93, adj_94);
        wp::adj_add(var_0, var_88, adj_0, adj_88, adj_91);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_86, var_89, adj_86, adj_89, adj_90);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_67, var_87, adj_67, adj_87, adj_88);
        // adj: di = a - 1                                                                        <L 73>
        wp::adj_add(var_65, var_85, adj_65, adj_83, adj_84);
        wp::adj_address(var_dye, var_77, var_82, adj_dye, adj_77, adj_82, adj_83);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_78, var_79, var_81, adj_78, adj_79, adj_81, adj_82);
        wp::adj_sub(var_8, var_80, adj_8, adj_80, adj_81);
        wp::adj_add(var_1, var_72, adj_1, adj_72, adj_78);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_73, var_74, var_76, adj_73, adj_74, adj_76, adj_77);
        wp::adj_sub(var_4, var_75, adj_4, adj_75, adj_76);
        wp::adj_add(var_0, var_70, adj_0, adj_70, adj_73);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_68, var_71, adj_68, adj_71, adj_72);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_67, var_69, adj_67, adj_69, adj_70);
        // adj: di = a - 1                                                                        <L 73>
        // adj: for b in range(3):                                                                <L 72>
        wp::adj_add(var_47, var_66, adj_47, adj_64, adj_65);
        wp::adj_address(var_dye, var_58, var_63, adj_dye, adj_58, adj_63, adj_64);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_59, var_60, var_62, adj_59, adj_60, adj_62, adj_63);
        wp::adj_sub(var_8, var_61, adj_8, adj_61, adj_62);
        wp::adj_add(var_1, var_53, adj_1, adj_53, adj_59);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_54, var_55, var_57, adj_54, adj_55, adj_57, adj_58);
        wp::adj_sub(var_4, var_56, adj_4, adj_56, adj_57);
        wp::adj_add(var_0, var_51, adj_0, adj_51, adj_54);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_49, var_52, adj_49, adj_52, adj_53);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_12, var_50, adj_12, adj_50, adj_51);
        // adj: di = a - 1                                                                        <L 73>
        wp::adj_add(var_29, var_48, adj_29, adj_46, adj_47);
        wp::adj_address(var_dye, var_40, var_45, adj_dye, adj_40, adj_45, adj_46);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_41, var_42, var_44, adj_41, adj_42, adj_44, adj_45);
        wp::adj_sub(var_8, var_43, adj_8, adj_43, adj_44);
        wp::adj_add(var_1, var_35, adj_1, adj_35, adj_41);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_36, var_37, var_39, adj_36, adj_37, adj_39, adj_40);
        wp::adj_sub(var_4, var_38, adj_4, adj_38, adj_39);
        wp::adj_add(var_0, var_33, adj_0, adj_33, adj_36);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_31, var_34, adj_31, adj_34, adj_35);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_12, var_32, adj_12, adj_32, adj_33);
        // adj: di = a - 1                                                                        <L 73>
        wp::adj_add(var_11, var_30, adj_11, adj_28, adj_29);
        wp::adj_address(var_dye, var_22, var_27, adj_dye, adj_22, adj_27, adj_28);
        // adj: total += dye[x, y]                                                                <L 77>
        wp::adj_clamp(var_23, var_24, var_26, adj_23, adj_24, adj_26, adj_27);
        wp::adj_sub(var_8, var_25, adj_8, adj_25, adj_26);
        wp::adj_add(var_1, var_17, adj_1, adj_17, adj_23);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 76>
        wp::adj_clamp(var_18, var_19, var_21, adj_18, adj_19, adj_21, adj_22);
        wp::adj_sub(var_4, var_20, adj_4, adj_20, adj_21);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_18);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 75>
        wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_17);
        // adj: dj = b - 1                                                                        <L 74>
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: di = a - 1                                                                        <L 73>
        // adj: for b in range(3):                                                                <L 72>
        // adj: for a in range(3):                                                                <L 71>
        wp::adj_vec_t(var_10, adj_10, adj_11);
        // adj: total = wp.vec3(0.0)                                                              <L 70>
        adj_dye.shape = adj_6;
        // adj: height = dye.shape[1]                                                             <L 69>
        adj_dye.shape = adj_2;
        // adj: width = dye.shape[0]                                                              <L 68>
        // adj: i, j = wp.tid()                                                                   <L 67>
        // adj: def smooth_density(dye: wp.array2d[wp.vec3], nu: float, dye_out: wp.array2d[wp.vec3]):  <L 66>
        continue;
    }
}



extern "C" __global__ void create_diffuse_kernel__locals__diffuse_791c7ad9_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_temperature,
    wp::array_t<wp::float32> var_emitter,
    wp::array_t<wp::float32> var_temp_new,
    wp::float32 var_nu,
    wp::float32 var_sim_dt,
    wp::float32 var_dx)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const bool var_13 = false;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 1.0;
        const wp::float32 var_50 = 4.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        //---------
        // forward
        // def diffuse(                                                                           <L 9>
        // i, j = wp.tid()                                                                        <L 17>
        builtin_tid2d(var_0, var_1);
        // nx = temperature.shape[0]                                                              <L 18>
        var_2 = &(var_temperature.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = temperature.shape[1]                                                              <L 19>
        var_6 = &(var_temperature.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // q = emitter[i, j]                                                                      <L 20>
        var_10 = wp::address(var_emitter, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if wp.static(periodic):                                                                <L 21>
        // il = wp.max(i - 1, 0)                                                                  <L 27>
        var_15 = wp::sub(var_0, var_14);
        var_17 = wp::max(var_15, var_16);
        // ir = wp.min(i + 1, nx - 1)                                                             <L 28>
        var_19 = wp::add(var_0, var_18);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::min(var_19, var_21);
        // jd = wp.max(j - 1, 0)                                                                  <L 29>
        var_24 = wp::sub(var_1, var_23);
        var_26 = wp::max(var_24, var_25);
        // ju = wp.min(j + 1, ny - 1)                                                             <L 30>
        var_28 = wp::add(var_1, var_27);
        var_30 = wp::sub(var_8, var_29);
        var_31 = wp::min(var_28, var_30);
        // center = temperature[i, j]                                                             <L 31>
        var_32 = wp::address(var_temperature, var_0, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        // alpha = nu * sim_dt / (dx * dx)                                                        <L 32>
        var_35 = wp::mul(var_nu, var_sim_dt);
        var_36 = wp::mul(var_dx, var_dx);
        var_37 = wp::div(var_35, var_36);
        // neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]       <L 33>
        var_38 = wp::address(var_temperature, var_17, var_1);
        var_39 = wp::address(var_temperature, var_22, var_1);
        var_41 = wp::load(var_38);
        var_42 = wp::load(var_39);
        var_40 = wp::add(var_41, var_42);
        var_43 = wp::address(var_temperature, var_0, var_26);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_40, var_45);
        var_46 = wp::address(var_temperature, var_0, var_31);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_44, var_48);
        // value = (1.0 - 4.0 * alpha) * center + alpha * neighbours                              <L 34>
        var_51 = wp::mul(var_50, var_37);
        var_52 = wp::sub(var_49, var_51);
        var_53 = wp::mul(var_52, var_33);
        var_54 = wp::mul(var_37, var_47);
        var_55 = wp::add(var_53, var_54);
        // value += sim_dt * q                                                                    <L 35>
        var_56 = wp::mul(var_sim_dt, var_11);
        var_57 = wp::add(var_55, var_56);
        // temp_new[i, j] = value                                                                 <L 36>
        wp::array_store(var_temp_new, var_0, var_1, var_57);
    }
}



extern "C" __global__ void create_diffuse_kernel__locals__diffuse_791c7ad9_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_temperature,
    wp::array_t<wp::float32> var_emitter,
    wp::array_t<wp::float32> var_temp_new,
    wp::float32 var_nu,
    wp::float32 var_sim_dt,
    wp::float32 var_dx,
    wp::array_t<wp::float32> adj_temperature,
    wp::array_t<wp::float32> adj_emitter,
    wp::array_t<wp::float32> adj_temp_new,
    wp::float32 adj_nu,
    wp::float32 adj_sim_dt,
    wp::float32 adj_dx)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const bool var_13 = false;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 1;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        wp::int32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        const wp::int32 var_29 = 1;
        wp::int32 var_30;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32* var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        const wp::float32 var_49 = 1.0;
        const wp::float32 var_50 = 4.0;
        wp::float32 var_51;
        wp::float32 var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
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
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
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
        //---------
        // forward
        // def diffuse(                                                                           <L 9>
        // i, j = wp.tid()                                                                        <L 17>
        builtin_tid2d(var_0, var_1);
        // nx = temperature.shape[0]                                                              <L 18>
        var_2 = &(var_temperature.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = temperature.shape[1]                                                              <L 19>
        var_6 = &(var_temperature.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // q = emitter[i, j]                                                                      <L 20>
        var_10 = wp::address(var_emitter, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if wp.static(periodic):                                                                <L 21>
        // il = wp.max(i - 1, 0)                                                                  <L 27>
        var_15 = wp::sub(var_0, var_14);
        var_17 = wp::max(var_15, var_16);
        // ir = wp.min(i + 1, nx - 1)                                                             <L 28>
        var_19 = wp::add(var_0, var_18);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::min(var_19, var_21);
        // jd = wp.max(j - 1, 0)                                                                  <L 29>
        var_24 = wp::sub(var_1, var_23);
        var_26 = wp::max(var_24, var_25);
        // ju = wp.min(j + 1, ny - 1)                                                             <L 30>
        var_28 = wp::add(var_1, var_27);
        var_30 = wp::sub(var_8, var_29);
        var_31 = wp::min(var_28, var_30);
        // center = temperature[i, j]                                                             <L 31>
        var_32 = wp::address(var_temperature, var_0, var_1);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        // alpha = nu * sim_dt / (dx * dx)                                                        <L 32>
        var_35 = wp::mul(var_nu, var_sim_dt);
        var_36 = wp::mul(var_dx, var_dx);
        var_37 = wp::div(var_35, var_36);
        // neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]       <L 33>
        var_38 = wp::address(var_temperature, var_17, var_1);
        var_39 = wp::address(var_temperature, var_22, var_1);
        var_41 = wp::load(var_38);
        var_42 = wp::load(var_39);
        var_40 = wp::add(var_41, var_42);
        var_43 = wp::address(var_temperature, var_0, var_26);
        var_45 = wp::load(var_43);
        var_44 = wp::add(var_40, var_45);
        var_46 = wp::address(var_temperature, var_0, var_31);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_44, var_48);
        // value = (1.0 - 4.0 * alpha) * center + alpha * neighbours                              <L 34>
        var_51 = wp::mul(var_50, var_37);
        var_52 = wp::sub(var_49, var_51);
        var_53 = wp::mul(var_52, var_33);
        var_54 = wp::mul(var_37, var_47);
        var_55 = wp::add(var_53, var_54);
        // value += sim_dt * q                                                                    <L 35>
        var_56 = wp::mul(var_sim_dt, var_11);
        var_57 = wp::add(var_55, var_56);
        // temp_new[i, j] = value                                                                 <L 36>
        // wp::array_store(var_temp_new, var_0, var_1, var_57);
        //---------
        // reverse
        wp::adj_array_store(var_temp_new, var_0, var_1, var_57, adj_temp_new, adj_0, adj_1, adj_57);
        // adj: temp_new[i, j] = value                                                            <L 36>
        wp::adj_add(var_55, var_56, adj_55, adj_56, adj_57);
        wp::adj_mul(var_sim_dt, var_11, adj_sim_dt, adj_11, adj_56);
        // adj: value += sim_dt * q                                                               <L 35>
        wp::adj_add(var_53, var_54, adj_53, adj_54, adj_55);
        wp::adj_mul(var_37, var_47, adj_37, adj_47, adj_54);
        wp::adj_mul(var_52, var_33, adj_52, adj_33, adj_53);
        wp::adj_sub(var_49, var_51, adj_49, adj_51, adj_52);
        wp::adj_mul(var_50, var_37, adj_50, adj_37, adj_51);
        // adj: value = (1.0 - 4.0 * alpha) * center + alpha * neighbours                         <L 34>
        wp::adj_add(var_44, var_48, adj_44, adj_46, adj_47);
        wp::adj_address(var_temperature, var_0, var_31, adj_temperature, adj_0, adj_31, adj_46);
        wp::adj_add(var_40, var_45, adj_40, adj_43, adj_44);
        wp::adj_address(var_temperature, var_0, var_26, adj_temperature, adj_0, adj_26, adj_43);
        wp::adj_add(var_41, var_42, adj_38, adj_39, adj_40);
        wp::adj_address(var_temperature, var_22, var_1, adj_temperature, adj_22, adj_1, adj_39);
        wp::adj_address(var_temperature, var_17, var_1, adj_temperature, adj_17, adj_1, adj_38);
        // adj: neighbours = temperature[il, j] + temperature[ir, j] + temperature[i, jd] + temperature[i, ju]  <L 33>
        wp::adj_div(var_35, var_36, var_37, adj_35, adj_36, adj_37);
        wp::adj_mul(var_dx, var_dx, adj_dx, adj_dx, adj_36);
        wp::adj_mul(var_nu, var_sim_dt, adj_nu, adj_sim_dt, adj_35);
        // adj: alpha = nu * sim_dt / (dx * dx)                                                   <L 32>
        wp::adj_copy(var_34, adj_32, adj_33);
        wp::adj_address(var_temperature, var_0, var_1, adj_temperature, adj_0, adj_1, adj_32);
        // adj: center = temperature[i, j]                                                        <L 31>
        wp::adj_min(var_28, var_30, adj_28, adj_30, adj_31);
        wp::adj_sub(var_8, var_29, adj_8, adj_29, adj_30);
        wp::adj_add(var_1, var_27, adj_1, adj_27, adj_28);
        // adj: ju = wp.min(j + 1, ny - 1)                                                        <L 30>
        wp::adj_max(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_sub(var_1, var_23, adj_1, adj_23, adj_24);
        // adj: jd = wp.max(j - 1, 0)                                                             <L 29>
        wp::adj_min(var_19, var_21, adj_19, adj_21, adj_22);
        wp::adj_sub(var_4, var_20, adj_4, adj_20, adj_21);
        wp::adj_add(var_0, var_18, adj_0, adj_18, adj_19);
        // adj: ir = wp.min(i + 1, nx - 1)                                                        <L 28>
        wp::adj_max(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_sub(var_0, var_14, adj_0, adj_14, adj_15);
        // adj: il = wp.max(i - 1, 0)                                                             <L 27>
        // adj: if wp.static(periodic):                                                           <L 21>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_emitter, var_0, var_1, adj_emitter, adj_0, adj_1, adj_10);
        // adj: q = emitter[i, j]                                                                 <L 20>
        adj_temperature.shape = adj_6;
        // adj: ny = temperature.shape[1]                                                         <L 19>
        adj_temperature.shape = adj_2;
        // adj: nx = temperature.shape[0]                                                         <L 18>
        // adj: i, j = wp.tid()                                                                   <L 17>
        // adj: def diffuse(                                                                      <L 9>
        continue;
    }
}



extern "C" __global__ void fdtd_update_e_87553d9f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_amp,
    wp::float32 var_f0,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_e_z)
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
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 6.283185307179586;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // forward
        // def fdtd_update_e(                                                                     <L 44>
        // i, j = wp.tid()                                                                        <L 55>
        builtin_tid2d(var_0, var_1);
        // if i > 0 and j > 0:                                                                    <L 56>
        var_4 = (var_0 > var_3);
        var_2 = var_4;
        if (var_2) {
            var_6 = (var_1 > var_5);
            var_2 = var_2 && var_6;
        }
        if (var_2) {
            // curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])                   <L 57>
            var_7 = wp::address(var_h_y, var_0, var_1);
            var_9 = wp::sub(var_0, var_8);
            var_10 = wp::address(var_h_y, var_9, var_1);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::address(var_h_x, var_0, var_1);
            var_16 = wp::sub(var_1, var_15);
            var_17 = wp::address(var_h_x, var_0, var_16);
            var_19 = wp::load(var_14);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::sub(var_11, var_18);
            // e = e_z[i, j] + dt_dx * curl                                                       <L 58>
            var_22 = wp::address(var_e_z, var_0, var_1);
            var_23 = wp::mul(var_dt_dx, var_21);
            var_25 = wp::load(var_22);
            var_24 = wp::add(var_25, var_23);
            // if i == src_i and j == src_j:                                                      <L 59>
            var_27 = (var_0 == var_src_i);
            var_26 = var_27;
            if (var_26) {
                var_28 = (var_1 == var_src_j);
                var_26 = var_26 && var_28;
            }
            if (var_26) {
                // s = amp * wp.sin(TWO_PI * f0 * sim_time)                                       <L 60>
                var_30 = wp::mul(var_29, var_f0);
                var_31 = wp::mul(var_30, var_sim_time);
                var_32 = wp::sin(var_31);
                var_33 = wp::mul(var_amp, var_32);
                // e += s                                                                         <L 61>
                var_34 = wp::add(var_24, var_33);
            }
            var_35 = wp::where(var_26, var_34, var_24);
            // e_z[i, j] = e                                                                      <L 62>
            wp::array_store(var_e_z, var_0, var_1, var_35);
        }
    }
}



extern "C" __global__ void fdtd_update_e_87553d9f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::float32 var_dt_dx,
    wp::int32 var_src_i,
    wp::int32 var_src_j,
    wp::float32 var_amp,
    wp::float32 var_f0,
    wp::float32 var_sim_time,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_h_y,
    wp::float32 adj_dt_dx,
    wp::int32 adj_src_i,
    wp::int32 adj_src_j,
    wp::float32 adj_amp,
    wp::float32 adj_f0,
    wp::float32 adj_sim_time,
    wp::array_t<wp::float32> adj_e_z)
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
        bool var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32* var_14;
        const wp::int32 var_15 = 1;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        bool var_26;
        bool var_27;
        bool var_28;
        const wp::float32 var_29 = 6.283185307179586;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        bool adj_27 = {};
        bool adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        //---------
        // forward
        // def fdtd_update_e(                                                                     <L 44>
        // i, j = wp.tid()                                                                        <L 55>
        builtin_tid2d(var_0, var_1);
        // if i > 0 and j > 0:                                                                    <L 56>
        var_4 = (var_0 > var_3);
        var_2 = var_4;
        if (var_2) {
            var_6 = (var_1 > var_5);
            var_2 = var_2 && var_6;
        }
        if (var_2) {
            // curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])                   <L 57>
            var_7 = wp::address(var_h_y, var_0, var_1);
            var_9 = wp::sub(var_0, var_8);
            var_10 = wp::address(var_h_y, var_9, var_1);
            var_12 = wp::load(var_7);
            var_13 = wp::load(var_10);
            var_11 = wp::sub(var_12, var_13);
            var_14 = wp::address(var_h_x, var_0, var_1);
            var_16 = wp::sub(var_1, var_15);
            var_17 = wp::address(var_h_x, var_0, var_16);
            var_19 = wp::load(var_14);
            var_20 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_20);
            var_21 = wp::sub(var_11, var_18);
            // e = e_z[i, j] + dt_dx * curl                                                       <L 58>
            var_22 = wp::address(var_e_z, var_0, var_1);
            var_23 = wp::mul(var_dt_dx, var_21);
            var_25 = wp::load(var_22);
            var_24 = wp::add(var_25, var_23);
            // if i == src_i and j == src_j:                                                      <L 59>
            var_27 = (var_0 == var_src_i);
            var_26 = var_27;
            if (var_26) {
                var_28 = (var_1 == var_src_j);
                var_26 = var_26 && var_28;
            }
            if (var_26) {
                // s = amp * wp.sin(TWO_PI * f0 * sim_time)                                       <L 60>
                var_30 = wp::mul(var_29, var_f0);
                var_31 = wp::mul(var_30, var_sim_time);
                var_32 = wp::sin(var_31);
                var_33 = wp::mul(var_amp, var_32);
                // e += s                                                                         <L 61>
                var_34 = wp::add(var_24, var_33);
            }
            var_35 = wp::where(var_26, var_34, var_24);
            // e_z[i, j] = e                                                                      <L 62>
            // wp::array_store(var_e_z, var_0, var_1, var_35);
        }
        //---------
        // reverse
        if (var_2) {
            wp::adj_array_store(var_e_z, var_0, var_1, var_35, adj_e_z, adj_0, adj_1, adj_35);
            // adj: e_z[i, j] = e                                                                 <L 62>
            wp::adj_where(var_26, var_34, var_24, adj_26, adj_34, adj_24, adj_35);
            if (var_26) {
                wp::adj_add(var_24, var_33, adj_24, adj_33, adj_34);
                // adj: e += s                                                                    <L 61>
                wp::adj_mul(var_amp, var_32, adj_amp, adj_32, adj_33);
                wp::adj_sin(var_31, adj_31, adj_32);
                wp::adj_mul(var_30, var_sim_time, adj_30, adj_sim_time, adj_31);
                wp::adj_mul(var_29, var_f0, adj_29, adj_f0, adj_30);
                // adj: s = amp * wp.sin(TWO_PI * f0 * sim_time)                                  <L 60>
            }
            if (var_26) {
            }
            // adj: if i == src_i and j == src_j:                                                 <L 59>
            wp::adj_add(var_25, var_23, adj_22, adj_23, adj_24);
            wp::adj_mul(var_dt_dx, var_21, adj_dt_dx, adj_21, adj_23);
            wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_22);
            // adj: e = e_z[i, j] + dt_dx * curl                                                  <L 58>
            wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
            wp::adj_sub(var_19, var_20, adj_14, adj_17, adj_18);
            wp::adj_address(var_h_x, var_0, var_16, adj_h_x, adj_0, adj_16, adj_17);
            wp::adj_sub(var_1, var_15, adj_1, adj_15, adj_16);
            wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_14);
            wp::adj_sub(var_12, var_13, adj_7, adj_10, adj_11);
            wp::adj_address(var_h_y, var_9, var_1, adj_h_y, adj_9, adj_1, adj_10);
            wp::adj_sub(var_0, var_8, adj_0, adj_8, adj_9);
            wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_7);
            // adj: curl = (h_y[i, j] - h_y[i - 1, j]) - (h_x[i, j] - h_x[i, j - 1])              <L 57>
        }
        if (var_2) {
        }
        // adj: if i > 0 and j > 0:                                                               <L 56>
        // adj: i, j = wp.tid()                                                                   <L 55>
        // adj: def fdtd_update_e(                                                                <L 44>
        continue;
    }
}



extern "C" __global__ void wave_step_ce62a150_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_current,
    wp::float32 var_c,
    wp::float32 var_k_damp,
    wp::float32 var_dx,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_h_previous)
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 4.0;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 20.0;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::float32 var_61 = 1.0;
        const wp::float32 var_62 = 6.0;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 1.0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        //---------
        // forward
        // def wave_step(                                                                         <L 84>
        // i, j = wp.tid()                                                                        <L 92>
        builtin_tid2d(var_0, var_1);
        // inv_dx = 1.0 / dx                                                                      <L 93>
        var_3 = wp::div(var_2, var_dx);
        // im = wp.max(i - 1, 0)                                                                  <L 94>
        var_5 = wp::sub(var_0, var_4);
        var_7 = wp::max(var_5, var_6);
        // ip = wp.min(i + 1, h_current.shape[0] - 1)                                             <L 95>
        var_9 = wp::add(var_0, var_8);
        var_10 = &(var_h_current.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = wp::min(var_9, var_15);
        // jm = wp.max(j - 1, 0)                                                                  <L 96>
        var_18 = wp::sub(var_1, var_17);
        var_20 = wp::max(var_18, var_19);
        // jp = wp.min(j + 1, h_current.shape[1] - 1)                                             <L 97>
        var_22 = wp::add(var_1, var_21);
        var_23 = &(var_h_current.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_28 = wp::sub(var_25, var_27);
        var_29 = wp::min(var_22, var_28);
        // h1 = h_current[i, j]                                                                   <L 98>
        var_30 = wp::address(var_h_current, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]       <L 99>
        var_33 = wp::address(var_h_current, var_7, var_1);
        var_34 = wp::address(var_h_current, var_16, var_1);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::add(var_36, var_37);
        var_38 = wp::address(var_h_current, var_0, var_20);
        var_40 = wp::load(var_38);
        var_39 = wp::add(var_35, var_40);
        var_41 = wp::address(var_h_current, var_0, var_29);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_39, var_43);
        // corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]       <L 100>
        var_44 = wp::address(var_h_current, var_7, var_20);
        var_45 = wp::address(var_h_current, var_16, var_20);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::add(var_47, var_48);
        var_49 = wp::address(var_h_current, var_7, var_29);
        var_51 = wp::load(var_49);
        var_50 = wp::add(var_46, var_51);
        var_52 = wp::address(var_h_current, var_16, var_29);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_50, var_54);
        // l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) * inv_dx * inv_dx                <L 101>
        var_56 = wp::mul(var_55, var_42);
        var_57 = wp::add(var_56, var_53);
        var_59 = wp::mul(var_58, var_31);
        var_60 = wp::sub(var_57, var_59);
        var_63 = wp::div(var_61, var_62);
        var_64 = wp::mul(var_60, var_63);
        var_65 = wp::mul(var_64, var_3);
        var_66 = wp::mul(var_65, var_3);
        // h0 = h_previous[i, j]                                                                  <L 102>
        var_67 = wp::address(var_h_previous, var_0, var_1);
        var_69 = wp::load(var_67);
        var_68 = wp::copy(var_69);
        // h = h1 + (h1 - h0) * (1.0 - k_damp * sim_dt) + sim_dt * sim_dt * c * l                 <L 103>
        var_70 = wp::sub(var_31, var_68);
        var_72 = wp::mul(var_k_damp, var_sim_dt);
        var_73 = wp::sub(var_71, var_72);
        var_74 = wp::mul(var_70, var_73);
        var_75 = wp::add(var_31, var_74);
        var_76 = wp::mul(var_sim_dt, var_sim_dt);
        var_77 = wp::mul(var_76, var_c);
        var_78 = wp::mul(var_77, var_66);
        var_79 = wp::add(var_75, var_78);
        // h_previous[i, j] = h                                                                   <L 104>
        wp::array_store(var_h_previous, var_0, var_1, var_79);
    }
}



extern "C" __global__ void wave_step_ce62a150_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_h_current,
    wp::float32 var_c,
    wp::float32 var_k_damp,
    wp::float32 var_dx,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_h_previous,
    wp::array_t<wp::float32> adj_h_current,
    wp::float32 adj_c,
    wp::float32 adj_k_damp,
    wp::float32 adj_dx,
    wp::float32 adj_sim_dt,
    wp::array_t<wp::float32> adj_h_previous)
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
        const wp::float32 var_2 = 1.0;
        wp::float32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        const wp::int32 var_14 = 1;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 1;
        wp::int32 var_18;
        const wp::int32 var_19 = 0;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::shape_t* var_23;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::shape_t var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        wp::int32 var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        wp::float32* var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32* var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        wp::float32* var_44;
        wp::float32* var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        wp::float32 var_48;
        wp::float32* var_49;
        wp::float32 var_50;
        wp::float32 var_51;
        wp::float32* var_52;
        wp::float32 var_53;
        wp::float32 var_54;
        const wp::float32 var_55 = 4.0;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::float32 var_58 = 20.0;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::float32 var_61 = 1.0;
        const wp::float32 var_62 = 6.0;
        wp::float32 var_63;
        wp::float32 var_64;
        wp::float32 var_65;
        wp::float32 var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 1.0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::float32 var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        wp::float32 var_79;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::shape_t adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
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
        wp::float32 adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
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
        //---------
        // forward
        // def wave_step(                                                                         <L 84>
        // i, j = wp.tid()                                                                        <L 92>
        builtin_tid2d(var_0, var_1);
        // inv_dx = 1.0 / dx                                                                      <L 93>
        var_3 = wp::div(var_2, var_dx);
        // im = wp.max(i - 1, 0)                                                                  <L 94>
        var_5 = wp::sub(var_0, var_4);
        var_7 = wp::max(var_5, var_6);
        // ip = wp.min(i + 1, h_current.shape[0] - 1)                                             <L 95>
        var_9 = wp::add(var_0, var_8);
        var_10 = &(var_h_current.shape);
        var_13 = wp::load(var_10);
        var_12 = wp::extract(var_13, var_11);
        var_15 = wp::sub(var_12, var_14);
        var_16 = wp::min(var_9, var_15);
        // jm = wp.max(j - 1, 0)                                                                  <L 96>
        var_18 = wp::sub(var_1, var_17);
        var_20 = wp::max(var_18, var_19);
        // jp = wp.min(j + 1, h_current.shape[1] - 1)                                             <L 97>
        var_22 = wp::add(var_1, var_21);
        var_23 = &(var_h_current.shape);
        var_26 = wp::load(var_23);
        var_25 = wp::extract(var_26, var_24);
        var_28 = wp::sub(var_25, var_27);
        var_29 = wp::min(var_22, var_28);
        // h1 = h_current[i, j]                                                                   <L 98>
        var_30 = wp::address(var_h_current, var_0, var_1);
        var_32 = wp::load(var_30);
        var_31 = wp::copy(var_32);
        // edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]       <L 99>
        var_33 = wp::address(var_h_current, var_7, var_1);
        var_34 = wp::address(var_h_current, var_16, var_1);
        var_36 = wp::load(var_33);
        var_37 = wp::load(var_34);
        var_35 = wp::add(var_36, var_37);
        var_38 = wp::address(var_h_current, var_0, var_20);
        var_40 = wp::load(var_38);
        var_39 = wp::add(var_35, var_40);
        var_41 = wp::address(var_h_current, var_0, var_29);
        var_43 = wp::load(var_41);
        var_42 = wp::add(var_39, var_43);
        // corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]       <L 100>
        var_44 = wp::address(var_h_current, var_7, var_20);
        var_45 = wp::address(var_h_current, var_16, var_20);
        var_47 = wp::load(var_44);
        var_48 = wp::load(var_45);
        var_46 = wp::add(var_47, var_48);
        var_49 = wp::address(var_h_current, var_7, var_29);
        var_51 = wp::load(var_49);
        var_50 = wp::add(var_46, var_51);
        var_52 = wp::address(var_h_current, var_16, var_29);
        var_54 = wp::load(var_52);
        var_53 = wp::add(var_50, var_54);
        // l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) * inv_dx * inv_dx                <L 101>
        var_56 = wp::mul(var_55, var_42);
        var_57 = wp::add(var_56, var_53);
        var_59 = wp::mul(var_58, var_31);
        var_60 = wp::sub(var_57, var_59);
        var_63 = wp::div(var_61, var_62);
        var_64 = wp::mul(var_60, var_63);
        var_65 = wp::mul(var_64, var_3);
        var_66 = wp::mul(var_65, var_3);
        // h0 = h_previous[i, j]                                                                  <L 102>
        var_67 = wp::address(var_h_previous, var_0, var_1);
        var_69 = wp::load(var_67);
        var_68 = wp::copy(var_69);
        // h = h1 + (h1 - h0) * (1.0 - k_damp * sim_dt) + sim_dt * sim_dt * c * l                 <L 103>
        var_70 = wp::sub(var_31, var_68);
        var_72 = wp::mul(var_k_damp, var_sim_dt);
        var_73 = wp::sub(var_71, var_72);
        var_74 = wp::mul(var_70, var_73);
        var_75 = wp::add(var_31, var_74);
        var_76 = wp::mul(var_sim_dt, var_sim_dt);
        var_77 = wp::mul(var_76, var_c);
        var_78 = wp::mul(var_77, var_66);
        var_79 = wp::add(var_75, var_78);
        // h_previous[i, j] = h                                                                   <L 104>
        // wp::array_store(var_h_previous, var_0, var_1, var_79);
        //---------
        // reverse
        wp::adj_array_store(var_h_previous, var_0, var_1, var_79, adj_h_previous, adj_0, adj_1, adj_79);
        // adj: h_previous[i, j] = h                                                              <L 104>
        wp::adj_add(var_75, var_78, adj_75, adj_78, adj_79);
        wp::adj_mul(var_77, var_66, adj_77, adj_66, adj_78);
        wp::adj_mul(var_76, var_c, adj_76, adj_c, adj_77);
        wp::adj_mul(var_sim_dt, var_sim_dt, adj_sim_dt, adj_sim_dt, adj_76);
        wp::adj_add(var_31, var_74, adj_31, adj_74, adj_75);
        wp::adj_mul(var_70, var_73, adj_70, adj_73, adj_74);
        wp::adj_sub(var_71, var_72, adj_71, adj_72, adj_73);
        wp::adj_mul(var_k_damp, var_sim_dt, adj_k_damp, adj_sim_dt, adj_72);
        wp::adj_sub(var_31, var_68, adj_31, adj_68, adj_70);
        // adj: h = h1 + (h1 - h0) * (1.0 - k_damp * sim_dt) + sim_dt * sim_dt * c * l            <L 103>
        wp::adj_copy(var_69, adj_67, adj_68);
        wp::adj_address(var_h_previous, var_0, var_1, adj_h_previous, adj_0, adj_1, adj_67);
        // adj: h0 = h_previous[i, j]                                                             <L 102>
        wp::adj_mul(var_65, var_3, adj_65, adj_3, adj_66);
        wp::adj_mul(var_64, var_3, adj_64, adj_3, adj_65);
        wp::adj_mul(var_60, var_63, adj_60, adj_63, adj_64);
        wp::adj_div(var_61, var_62, var_63, adj_61, adj_62, adj_63);
        wp::adj_sub(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_mul(var_58, var_31, adj_58, adj_31, adj_59);
        wp::adj_add(var_56, var_53, adj_56, adj_53, adj_57);
        wp::adj_mul(var_55, var_42, adj_55, adj_42, adj_56);
        // adj: l = (4.0 * edges + corners - 20.0 * h1) * (1.0 / 6.0) * inv_dx * inv_dx           <L 101>
        wp::adj_add(var_50, var_54, adj_50, adj_52, adj_53);
        wp::adj_address(var_h_current, var_16, var_29, adj_h_current, adj_16, adj_29, adj_52);
        wp::adj_add(var_46, var_51, adj_46, adj_49, adj_50);
        wp::adj_address(var_h_current, var_7, var_29, adj_h_current, adj_7, adj_29, adj_49);
        wp::adj_add(var_47, var_48, adj_44, adj_45, adj_46);
        wp::adj_address(var_h_current, var_16, var_20, adj_h_current, adj_16, adj_20, adj_45);
        wp::adj_address(var_h_current, var_7, var_20, adj_h_current, adj_7, adj_20, adj_44);
        // adj: corners = h_current[im, jm] + h_current[ip, jm] + h_current[im, jp] + h_current[ip, jp]  <L 100>
        wp::adj_add(var_39, var_43, adj_39, adj_41, adj_42);
        wp::adj_address(var_h_current, var_0, var_29, adj_h_current, adj_0, adj_29, adj_41);
        wp::adj_add(var_35, var_40, adj_35, adj_38, adj_39);
        wp::adj_address(var_h_current, var_0, var_20, adj_h_current, adj_0, adj_20, adj_38);
        wp::adj_add(var_36, var_37, adj_33, adj_34, adj_35);
        wp::adj_address(var_h_current, var_16, var_1, adj_h_current, adj_16, adj_1, adj_34);
        wp::adj_address(var_h_current, var_7, var_1, adj_h_current, adj_7, adj_1, adj_33);
        // adj: edges = h_current[im, j] + h_current[ip, j] + h_current[i, jm] + h_current[i, jp]  <L 99>
        wp::adj_copy(var_32, adj_30, adj_31);
        wp::adj_address(var_h_current, var_0, var_1, adj_h_current, adj_0, adj_1, adj_30);
        // adj: h1 = h_current[i, j]                                                              <L 98>
        wp::adj_min(var_22, var_28, adj_22, adj_28, adj_29);
        wp::adj_sub(var_25, var_27, adj_25, adj_27, adj_28);
        adj_h_current.shape = adj_23;
        wp::adj_add(var_1, var_21, adj_1, adj_21, adj_22);
        // adj: jp = wp.min(j + 1, h_current.shape[1] - 1)                                        <L 97>
        wp::adj_max(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_sub(var_1, var_17, adj_1, adj_17, adj_18);
        // adj: jm = wp.max(j - 1, 0)                                                             <L 96>
        wp::adj_min(var_9, var_15, adj_9, adj_15, adj_16);
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        adj_h_current.shape = adj_10;
        wp::adj_add(var_0, var_8, adj_0, adj_8, adj_9);
        // adj: ip = wp.min(i + 1, h_current.shape[0] - 1)                                        <L 95>
        wp::adj_max(var_5, var_6, adj_5, adj_6, adj_7);
        wp::adj_sub(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: im = wp.max(i - 1, 0)                                                             <L 94>
        wp::adj_div(var_2, var_dx, var_3, adj_2, adj_dx, adj_3);
        // adj: inv_dx = 1.0 / dx                                                                 <L 93>
        // adj: i, j = wp.tid()                                                                   <L 92>
        // adj: def wave_step(                                                                    <L 84>
        continue;
    }
}



extern "C" __global__ void step_magnetic_field_d9f43a8f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::float32* var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 108>
        // i, j = wp.tid()                                                                        <L 115>
        builtin_tid2d(var_0, var_1);
        // nx = e_z.shape[0]                                                                      <L 116>
        var_2 = &(var_e_z.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_z.shape[1]                                                                      <L 117>
        var_6 = &(var_e_z.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 120>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // h_x[i, j] = ca[i, j] * h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])             <L 121>
            var_13 = wp::address(var_ca, var_0, var_1);
            var_14 = wp::address(var_h_x, var_0, var_1);
            var_16 = wp::load(var_13);
            var_17 = wp::load(var_14);
            var_15 = wp::mul(var_16, var_17);
            var_19 = wp::add(var_1, var_18);
            var_20 = wp::address(var_e_z, var_0, var_19);
            var_21 = wp::address(var_e_z, var_0, var_1);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = wp::sub(var_23, var_24);
            var_25 = wp::mul(var_dt_dx, var_22);
            var_26 = wp::sub(var_15, var_25);
            wp::array_store(var_h_x, var_0, var_1, var_26);
        }
        // if i < nx - 1:                                                                         <L 123>
        var_28 = wp::sub(var_4, var_27);
        var_29 = (var_0 < var_28);
        if (var_29) {
            // h_y[i, j] = ca[i, j] * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])             <L 124>
            var_30 = wp::address(var_ca, var_0, var_1);
            var_31 = wp::address(var_h_y, var_0, var_1);
            var_33 = wp::load(var_30);
            var_34 = wp::load(var_31);
            var_32 = wp::mul(var_33, var_34);
            var_36 = wp::add(var_0, var_35);
            var_37 = wp::address(var_e_z, var_36, var_1);
            var_38 = wp::address(var_e_z, var_0, var_1);
            var_40 = wp::load(var_37);
            var_41 = wp::load(var_38);
            var_39 = wp::sub(var_40, var_41);
            var_42 = wp::mul(var_dt_dx, var_39);
            var_43 = wp::add(var_32, var_42);
            wp::array_store(var_h_y, var_0, var_1, var_43);
        }
    }
}



extern "C" __global__ void step_magnetic_field_d9f43a8f_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_e_z,
    wp::array_t<wp::float32> var_ca,
    wp::float32 var_dt_dx,
    wp::array_t<wp::float32> var_h_x,
    wp::array_t<wp::float32> var_h_y,
    wp::array_t<wp::float32> adj_e_z,
    wp::array_t<wp::float32> adj_ca,
    wp::float32 adj_dt_dx,
    wp::array_t<wp::float32> adj_h_x,
    wp::array_t<wp::float32> adj_h_y)
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
        wp::shape_t* var_2;
        const wp::int32 var_3 = 0;
        wp::int32 var_4;
        wp::shape_t var_5;
        wp::shape_t* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::shape_t var_9;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        bool var_12;
        wp::float32* var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::float32* var_20;
        wp::float32* var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 1;
        wp::int32 var_28;
        bool var_29;
        wp::float32* var_30;
        wp::float32* var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        wp::float32* var_37;
        wp::float32* var_38;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::float32 var_43;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::shape_t adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::shape_t adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::float32 adj_42 = {};
        wp::float32 adj_43 = {};
        //---------
        // forward
        // def step_magnetic_field(                                                               <L 108>
        // i, j = wp.tid()                                                                        <L 115>
        builtin_tid2d(var_0, var_1);
        // nx = e_z.shape[0]                                                                      <L 116>
        var_2 = &(var_e_z.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // ny = e_z.shape[1]                                                                      <L 117>
        var_6 = &(var_e_z.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // if j < ny - 1:                                                                         <L 120>
        var_11 = wp::sub(var_8, var_10);
        var_12 = (var_1 < var_11);
        if (var_12) {
            // h_x[i, j] = ca[i, j] * h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])             <L 121>
            var_13 = wp::address(var_ca, var_0, var_1);
            var_14 = wp::address(var_h_x, var_0, var_1);
            var_16 = wp::load(var_13);
            var_17 = wp::load(var_14);
            var_15 = wp::mul(var_16, var_17);
            var_19 = wp::add(var_1, var_18);
            var_20 = wp::address(var_e_z, var_0, var_19);
            var_21 = wp::address(var_e_z, var_0, var_1);
            var_23 = wp::load(var_20);
            var_24 = wp::load(var_21);
            var_22 = wp::sub(var_23, var_24);
            var_25 = wp::mul(var_dt_dx, var_22);
            var_26 = wp::sub(var_15, var_25);
            // wp::array_store(var_h_x, var_0, var_1, var_26);
        }
        // if i < nx - 1:                                                                         <L 123>
        var_28 = wp::sub(var_4, var_27);
        var_29 = (var_0 < var_28);
        if (var_29) {
            // h_y[i, j] = ca[i, j] * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])             <L 124>
            var_30 = wp::address(var_ca, var_0, var_1);
            var_31 = wp::address(var_h_y, var_0, var_1);
            var_33 = wp::load(var_30);
            var_34 = wp::load(var_31);
            var_32 = wp::mul(var_33, var_34);
            var_36 = wp::add(var_0, var_35);
            var_37 = wp::address(var_e_z, var_36, var_1);
            var_38 = wp::address(var_e_z, var_0, var_1);
            var_40 = wp::load(var_37);
            var_41 = wp::load(var_38);
            var_39 = wp::sub(var_40, var_41);
            var_42 = wp::mul(var_dt_dx, var_39);
            var_43 = wp::add(var_32, var_42);
            // wp::array_store(var_h_y, var_0, var_1, var_43);
        }
        //---------
        // reverse
        if (var_29) {
            wp::adj_array_store(var_h_y, var_0, var_1, var_43, adj_h_y, adj_0, adj_1, adj_43);
            wp::adj_add(var_32, var_42, adj_32, adj_42, adj_43);
            wp::adj_mul(var_dt_dx, var_39, adj_dt_dx, adj_39, adj_42);
            wp::adj_sub(var_40, var_41, adj_37, adj_38, adj_39);
            wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_38);
            wp::adj_address(var_e_z, var_36, var_1, adj_e_z, adj_36, adj_1, adj_37);
            wp::adj_add(var_0, var_35, adj_0, adj_35, adj_36);
            wp::adj_mul(var_33, var_34, adj_30, adj_31, adj_32);
            wp::adj_address(var_h_y, var_0, var_1, adj_h_y, adj_0, adj_1, adj_31);
            wp::adj_address(var_ca, var_0, var_1, adj_ca, adj_0, adj_1, adj_30);
            // adj: h_y[i, j] = ca[i, j] * h_y[i, j] + dt_dx * (e_z[i + 1, j] - e_z[i, j])        <L 124>
        }
        wp::adj_sub(var_4, var_27, adj_4, adj_27, adj_28);
        // adj: if i < nx - 1:                                                                    <L 123>
        if (var_12) {
            wp::adj_array_store(var_h_x, var_0, var_1, var_26, adj_h_x, adj_0, adj_1, adj_26);
            wp::adj_sub(var_15, var_25, adj_15, adj_25, adj_26);
            wp::adj_mul(var_dt_dx, var_22, adj_dt_dx, adj_22, adj_25);
            wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
            wp::adj_address(var_e_z, var_0, var_1, adj_e_z, adj_0, adj_1, adj_21);
            wp::adj_address(var_e_z, var_0, var_19, adj_e_z, adj_0, adj_19, adj_20);
            wp::adj_add(var_1, var_18, adj_1, adj_18, adj_19);
            wp::adj_mul(var_16, var_17, adj_13, adj_14, adj_15);
            wp::adj_address(var_h_x, var_0, var_1, adj_h_x, adj_0, adj_1, adj_14);
            wp::adj_address(var_ca, var_0, var_1, adj_ca, adj_0, adj_1, adj_13);
            // adj: h_x[i, j] = ca[i, j] * h_x[i, j] - dt_dx * (e_z[i, j + 1] - e_z[i, j])        <L 121>
        }
        wp::adj_sub(var_8, var_10, adj_8, adj_10, adj_11);
        // adj: if j < ny - 1:                                                                    <L 120>
        adj_e_z.shape = adj_6;
        // adj: ny = e_z.shape[1]                                                                 <L 117>
        adj_e_z.shape = adj_2;
        // adj: nx = e_z.shape[0]                                                                 <L 116>
        // adj: i, j = wp.tid()                                                                   <L 115>
        // adj: def step_magnetic_field(                                                          <L 108>
        continue;
    }
}

