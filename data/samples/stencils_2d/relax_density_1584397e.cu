// Warp 1.19.0 cuda code for relax_density_1584397e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void relax_density_7e9fcf6e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_dye,
    wp::array_t<wp::float32> var_density_out,
    wp::float32 var_diffusivity)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32 var_11;
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
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
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
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
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
        wp::float32* var_64;
        wp::float32 var_65;
        wp::float32 var_66;
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
        wp::float32* var_83;
        wp::float32 var_84;
        wp::float32 var_85;
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
        wp::float32* var_101;
        wp::float32 var_102;
        wp::float32 var_103;
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
        wp::float32* var_119;
        wp::float32 var_120;
        wp::float32 var_121;
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
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
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
        wp::float32* var_156;
        wp::float32 var_157;
        wp::float32 var_158;
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
        wp::float32* var_174;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::float32 var_177 = 0.1111111111111111;
        wp::float32 var_178;
        wp::float32* var_179;
        wp::float32* var_180;
        wp::float32 var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        const wp::float32 var_186 = 1.0;
        const wp::float32 var_187 = 0.01;
        wp::float32 var_188;
        wp::float32 var_189;
        //---------
        // forward
        // def relax_density(                                                                     <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // width = dye.shape[0]                                                                   <L 12>
        var_2 = &(var_dye.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = dye.shape[1]                                                                  <L 13>
        var_6 = &(var_dye.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = float(0.0)                                                                     <L 14>
        var_11 = wp::float(var_10);
        // for a in range(3):                                                                     <L 15>
        // for b in range(3):                                                                     <L 16>
        // di = a - 1                                                                             <L 17>
        var_15 = wp::sub(var_12, var_14);
        // dj = b - 1                                                                             <L 18>
        var_17 = wp::sub(var_13, var_16);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_18 = wp::add(var_0, var_15);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::clamp(var_18, var_19, var_21);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_23 = wp::add(var_1, var_17);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::clamp(var_23, var_24, var_26);
        // total += dye[x, y]                                                                     <L 21>
        var_28 = wp::address(var_dye, var_22, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_11, var_30);
        // di = a - 1                                                                             <L 17>
        var_33 = wp::sub(var_12, var_32);
        // dj = b - 1                                                                             <L 18>
        var_35 = wp::sub(var_31, var_34);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_36 = wp::add(var_0, var_33);
        var_39 = wp::sub(var_4, var_38);
        var_40 = wp::clamp(var_36, var_37, var_39);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_41 = wp::add(var_1, var_35);
        var_44 = wp::sub(var_8, var_43);
        var_45 = wp::clamp(var_41, var_42, var_44);
        // total += dye[x, y]                                                                     <L 21>
        var_46 = wp::address(var_dye, var_40, var_45);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_29, var_48);
        // di = a - 1                                                                             <L 17>
        var_51 = wp::sub(var_12, var_50);
        // dj = b - 1                                                                             <L 18>
        var_53 = wp::sub(var_49, var_52);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_54 = wp::add(var_0, var_51);
        var_57 = wp::sub(var_4, var_56);
        var_58 = wp::clamp(var_54, var_55, var_57);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_59 = wp::add(var_1, var_53);
        var_62 = wp::sub(var_8, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // total += dye[x, y]                                                                     <L 21>
        var_64 = wp::address(var_dye, var_58, var_63);
        var_66 = wp::load(var_64);
        var_65 = wp::add(var_47, var_66);
        // for b in range(3):                                                                     <L 16>
        // di = a - 1                                                                             <L 17>
        var_70 = wp::sub(var_67, var_69);
        // dj = b - 1                                                                             <L 18>
        var_72 = wp::sub(var_68, var_71);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_73 = wp::add(var_0, var_70);
        var_76 = wp::sub(var_4, var_75);
        var_77 = wp::clamp(var_73, var_74, var_76);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_78 = wp::add(var_1, var_72);
        var_81 = wp::sub(var_8, var_80);
        var_82 = wp::clamp(var_78, var_79, var_81);
        // total += dye[x, y]                                                                     <L 21>
        var_83 = wp::address(var_dye, var_77, var_82);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_65, var_85);
        // di = a - 1                                                                             <L 17>
        var_88 = wp::sub(var_67, var_87);
        // dj = b - 1                                                                             <L 18>
        var_90 = wp::sub(var_86, var_89);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_91 = wp::add(var_0, var_88);
        var_94 = wp::sub(var_4, var_93);
        var_95 = wp::clamp(var_91, var_92, var_94);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_96 = wp::add(var_1, var_90);
        var_99 = wp::sub(var_8, var_98);
        var_100 = wp::clamp(var_96, var_97, var_99);
        // total += dye[x, y]                                                                     <L 21>
        var_101 = wp::address(var_dye, var_95, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::add(var_84, var_103);
        // di = a - 1                                                                             <L 17>
        var_106 = wp::sub(var_67, var_105);
        // dj = b - 1                                                                             <L 18>
        var_108 = wp::sub(var_104, var_107);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_109 = wp::add(var_0, var_106);
        var_112 = wp::sub(var_4, var_111);
        var_113 = wp::clamp(var_109, var_110, var_112);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_114 = wp::add(var_1, var_108);
        var_117 = wp::sub(var_8, var_116);
        var_118 = wp::clamp(var_114, var_115, var_117);
        // total += dye[x, y]                                                                     <L 21>
        var_119 = wp::address(var_dye, var_113, var_118);
        var_121 = wp::load(var_119);
        var_120 = wp::add(var_102, var_121);
        // for b in range(3):                                                                     <L 16>
        // di = a - 1                                                                             <L 17>
        var_125 = wp::sub(var_122, var_124);
        // dj = b - 1                                                                             <L 18>
        var_127 = wp::sub(var_123, var_126);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_128 = wp::add(var_0, var_125);
        var_131 = wp::sub(var_4, var_130);
        var_132 = wp::clamp(var_128, var_129, var_131);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_133 = wp::add(var_1, var_127);
        var_136 = wp::sub(var_8, var_135);
        var_137 = wp::clamp(var_133, var_134, var_136);
        // total += dye[x, y]                                                                     <L 21>
        var_138 = wp::address(var_dye, var_132, var_137);
        var_140 = wp::load(var_138);
        var_139 = wp::add(var_120, var_140);
        // di = a - 1                                                                             <L 17>
        var_143 = wp::sub(var_122, var_142);
        // dj = b - 1                                                                             <L 18>
        var_145 = wp::sub(var_141, var_144);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_146 = wp::add(var_0, var_143);
        var_149 = wp::sub(var_4, var_148);
        var_150 = wp::clamp(var_146, var_147, var_149);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_151 = wp::add(var_1, var_145);
        var_154 = wp::sub(var_8, var_153);
        var_155 = wp::clamp(var_151, var_152, var_154);
        // total += dye[x, y]                                                                     <L 21>
        var_156 = wp::address(var_dye, var_150, var_155);
        var_158 = wp::load(var_156);
        var_157 = wp::add(var_139, var_158);
        // di = a - 1                                                                             <L 17>
        var_161 = wp::sub(var_122, var_160);
        // dj = b - 1                                                                             <L 18>
        var_163 = wp::sub(var_159, var_162);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_164 = wp::add(var_0, var_161);
        var_167 = wp::sub(var_4, var_166);
        var_168 = wp::clamp(var_164, var_165, var_167);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_169 = wp::add(var_1, var_163);
        var_172 = wp::sub(var_8, var_171);
        var_173 = wp::clamp(var_169, var_170, var_172);
        // total += dye[x, y]                                                                     <L 21>
        var_174 = wp::address(var_dye, var_168, var_173);
        var_176 = wp::load(var_174);
        var_175 = wp::add(var_157, var_176);
        // mean = total * wp.static(1.0 / 9.0)                                                    <L 22>
        var_178 = wp::mul(var_175, var_177);
        // rho_new = dye[i, j] + diffusivity * (mean - dye[i, j])                                 <L 24>
        var_179 = wp::address(var_dye, var_0, var_1);
        var_180 = wp::address(var_dye, var_0, var_1);
        var_182 = wp::load(var_180);
        var_181 = wp::sub(var_178, var_182);
        var_183 = wp::mul(var_diffusivity, var_181);
        var_185 = wp::load(var_179);
        var_184 = wp::add(var_185, var_183);
        // density_out[i, j] = rho_new * (1.0 - 0.01)                                             <L 25>
        var_188 = wp::sub(var_186, var_187);
        var_189 = wp::mul(var_184, var_188);
        wp::array_store(var_density_out, var_0, var_1, var_189);
}



extern "C" __global__ void relax_density_7e9fcf6e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_dye,
    wp::array_t<wp::float32> var_density_out,
    wp::float32 var_diffusivity,
    wp::array_t<wp::float32> adj_dye,
    wp::array_t<wp::float32> adj_density_out,
    wp::float32 adj_diffusivity)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32 var_11;
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
        wp::float32* var_28;
        wp::float32 var_29;
        wp::float32 var_30;
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
        wp::float32* var_46;
        wp::float32 var_47;
        wp::float32 var_48;
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
        wp::float32* var_64;
        wp::float32 var_65;
        wp::float32 var_66;
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
        wp::float32* var_83;
        wp::float32 var_84;
        wp::float32 var_85;
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
        wp::float32* var_101;
        wp::float32 var_102;
        wp::float32 var_103;
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
        wp::float32* var_119;
        wp::float32 var_120;
        wp::float32 var_121;
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
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
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
        wp::float32* var_156;
        wp::float32 var_157;
        wp::float32 var_158;
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
        wp::float32* var_174;
        wp::float32 var_175;
        wp::float32 var_176;
        const wp::float32 var_177 = 0.1111111111111111;
        wp::float32 var_178;
        wp::float32* var_179;
        wp::float32* var_180;
        wp::float32 var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        const wp::float32 var_186 = 1.0;
        const wp::float32 var_187 = 0.01;
        wp::float32 var_188;
        wp::float32 var_189;
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
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
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
        wp::float32 adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
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
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
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
        wp::float32 adj_83 = {};
        wp::float32 adj_84 = {};
        wp::float32 adj_85 = {};
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
        wp::float32 adj_101 = {};
        wp::float32 adj_102 = {};
        wp::float32 adj_103 = {};
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
        wp::float32 adj_119 = {};
        wp::float32 adj_120 = {};
        wp::float32 adj_121 = {};
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
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
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
        wp::float32 adj_156 = {};
        wp::float32 adj_157 = {};
        wp::float32 adj_158 = {};
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
        wp::float32 adj_174 = {};
        wp::float32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::float32 adj_177 = {};
        wp::float32 adj_178 = {};
        wp::float32 adj_179 = {};
        wp::float32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::float32 adj_185 = {};
        wp::float32 adj_186 = {};
        wp::float32 adj_187 = {};
        wp::float32 adj_188 = {};
        wp::float32 adj_189 = {};
        //---------
        // forward
        // def relax_density(                                                                     <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // width = dye.shape[0]                                                                   <L 12>
        var_2 = &(var_dye.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // height = dye.shape[1]                                                                  <L 13>
        var_6 = &(var_dye.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // total = float(0.0)                                                                     <L 14>
        var_11 = wp::float(var_10);
        // for a in range(3):                                                                     <L 15>
        // for b in range(3):                                                                     <L 16>
        // di = a - 1                                                                             <L 17>
        var_15 = wp::sub(var_12, var_14);
        // dj = b - 1                                                                             <L 18>
        var_17 = wp::sub(var_13, var_16);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_18 = wp::add(var_0, var_15);
        var_21 = wp::sub(var_4, var_20);
        var_22 = wp::clamp(var_18, var_19, var_21);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_23 = wp::add(var_1, var_17);
        var_26 = wp::sub(var_8, var_25);
        var_27 = wp::clamp(var_23, var_24, var_26);
        // total += dye[x, y]                                                                     <L 21>
        var_28 = wp::address(var_dye, var_22, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::add(var_11, var_30);
        // di = a - 1                                                                             <L 17>
        var_33 = wp::sub(var_12, var_32);
        // dj = b - 1                                                                             <L 18>
        var_35 = wp::sub(var_31, var_34);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_36 = wp::add(var_0, var_33);
        var_39 = wp::sub(var_4, var_38);
        var_40 = wp::clamp(var_36, var_37, var_39);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_41 = wp::add(var_1, var_35);
        var_44 = wp::sub(var_8, var_43);
        var_45 = wp::clamp(var_41, var_42, var_44);
        // total += dye[x, y]                                                                     <L 21>
        var_46 = wp::address(var_dye, var_40, var_45);
        var_48 = wp::load(var_46);
        var_47 = wp::add(var_29, var_48);
        // di = a - 1                                                                             <L 17>
        var_51 = wp::sub(var_12, var_50);
        // dj = b - 1                                                                             <L 18>
        var_53 = wp::sub(var_49, var_52);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_54 = wp::add(var_0, var_51);
        var_57 = wp::sub(var_4, var_56);
        var_58 = wp::clamp(var_54, var_55, var_57);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_59 = wp::add(var_1, var_53);
        var_62 = wp::sub(var_8, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // total += dye[x, y]                                                                     <L 21>
        var_64 = wp::address(var_dye, var_58, var_63);
        var_66 = wp::load(var_64);
        var_65 = wp::add(var_47, var_66);
        // for b in range(3):                                                                     <L 16>
        // di = a - 1                                                                             <L 17>
        var_70 = wp::sub(var_67, var_69);
        // dj = b - 1                                                                             <L 18>
        var_72 = wp::sub(var_68, var_71);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_73 = wp::add(var_0, var_70);
        var_76 = wp::sub(var_4, var_75);
        var_77 = wp::clamp(var_73, var_74, var_76);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_78 = wp::add(var_1, var_72);
        var_81 = wp::sub(var_8, var_80);
        var_82 = wp::clamp(var_78, var_79, var_81);
        // total += dye[x, y]                                                                     <L 21>
        var_83 = wp::address(var_dye, var_77, var_82);
        var_85 = wp::load(var_83);
        var_84 = wp::add(var_65, var_85);
        // di = a - 1                                                                             <L 17>
        var_88 = wp::sub(var_67, var_87);
        // dj = b - 1                                                                             <L 18>
        var_90 = wp::sub(var_86, var_89);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_91 = wp::add(var_0, var_88);
        var_94 = wp::sub(var_4, var_93);
        var_95 = wp::clamp(var_91, var_92, var_94);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_96 = wp::add(var_1, var_90);
        var_99 = wp::sub(var_8, var_98);
        var_100 = wp::clamp(var_96, var_97, var_99);
        // total += dye[x, y]                                                                     <L 21>
        var_101 = wp::address(var_dye, var_95, var_100);
        var_103 = wp::load(var_101);
        var_102 = wp::add(var_84, var_103);
        // di = a - 1                                                                             <L 17>
        var_106 = wp::sub(var_67, var_105);
        // dj = b - 1                                                                             <L 18>
        var_108 = wp::sub(var_104, var_107);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_109 = wp::add(var_0, var_106);
        var_112 = wp::sub(var_4, var_111);
        var_113 = wp::clamp(var_109, var_110, var_112);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_114 = wp::add(var_1, var_108);
        var_117 = wp::sub(var_8, var_116);
        var_118 = wp::clamp(var_114, var_115, var_117);
        // total += dye[x, y]                                                                     <L 21>
        var_119 = wp::address(var_dye, var_113, var_118);
        var_121 = wp::load(var_119);
        var_120 = wp::add(var_102, var_121);
        // for b in range(3):                                                                     <L 16>
        // di = a - 1                                                                             <L 17>
        var_125 = wp::sub(var_122, var_124);
        // dj = b - 1                                                                             <L 18>
        var_127 = wp::sub(var_123, var_126);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_128 = wp::add(var_0, var_125);
        var_131 = wp::sub(var_4, var_130);
        var_132 = wp::clamp(var_128, var_129, var_131);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_133 = wp::add(var_1, var_127);
        var_136 = wp::sub(var_8, var_135);
        var_137 = wp::clamp(var_133, var_134, var_136);
        // total += dye[x, y]                                                                     <L 21>
        var_138 = wp::address(var_dye, var_132, var_137);
        var_140 = wp::load(var_138);
        var_139 = wp::add(var_120, var_140);
        // di = a - 1                                                                             <L 17>
        var_143 = wp::sub(var_122, var_142);
        // dj = b - 1                                                                             <L 18>
        var_145 = wp::sub(var_141, var_144);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_146 = wp::add(var_0, var_143);
        var_149 = wp::sub(var_4, var_148);
        var_150 = wp::clamp(var_146, var_147, var_149);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_151 = wp::add(var_1, var_145);
        var_154 = wp::sub(var_8, var_153);
        var_155 = wp::clamp(var_151, var_152, var_154);
        // total += dye[x, y]                                                                     <L 21>
        var_156 = wp::address(var_dye, var_150, var_155);
        var_158 = wp::load(var_156);
        var_157 = wp::add(var_139, var_158);
        // di = a - 1                                                                             <L 17>
        var_161 = wp::sub(var_122, var_160);
        // dj = b - 1                                                                             <L 18>
        var_163 = wp::sub(var_159, var_162);
        // x = wp.clamp(i + di, 0, width - 1)                                                     <L 19>
        var_164 = wp::add(var_0, var_161);
        var_167 = wp::sub(var_4, var_166);
        var_168 = wp::clamp(var_164, var_165, var_167);
        // y = wp.clamp(j + dj, 0, height - 1)                                                    <L 20>
        var_169 = wp::add(var_1, var_163);
        var_172 = wp::sub(var_8, var_171);
        var_173 = wp::clamp(var_169, var_170, var_172);
        // total += dye[x, y]                                                                     <L 21>
        var_174 = wp::address(var_dye, var_168, var_173);
        var_176 = wp::load(var_174);
        var_175 = wp::add(var_157, var_176);
        // mean = total * wp.static(1.0 / 9.0)                                                    <L 22>
        var_178 = wp::mul(var_175, var_177);
        // rho_new = dye[i, j] + diffusivity * (mean - dye[i, j])                                 <L 24>
        var_179 = wp::address(var_dye, var_0, var_1);
        var_180 = wp::address(var_dye, var_0, var_1);
        var_182 = wp::load(var_180);
        var_181 = wp::sub(var_178, var_182);
        var_183 = wp::mul(var_diffusivity, var_181);
        var_185 = wp::load(var_179);
        var_184 = wp::add(var_185, var_183);
        // density_out[i, j] = rho_new * (1.0 - 0.01)                                             <L 25>
        var_188 = wp::sub(var_186, var_187);
        var_189 = wp::mul(var_184, var_188);
        // wp::array_store(var_density_out, var_0, var_1, var_189);
        //---------
        // reverse
        wp::adj_array_store(var_density_out, var_0, var_1, var_189, adj_density_out, adj_0, adj_1, adj_189);
        wp::adj_mul(var_184, var_188, adj_184, adj_188, adj_189);
        wp::adj_sub(var_186, var_187, adj_186, adj_187, adj_188);
        // adj: density_out[i, j] = rho_new * (1.0 - 0.01)                                        <L 25>
        wp::adj_add(var_185, var_183, adj_179, adj_183, adj_184);
        wp::adj_mul(var_diffusivity, var_181, adj_diffusivity, adj_181, adj_183);
        wp::adj_sub(var_178, var_182, adj_178, adj_180, adj_181);
        wp::adj_address(var_dye, var_0, var_1, adj_dye, adj_0, adj_1, adj_180);
        wp::adj_address(var_dye, var_0, var_1, adj_dye, adj_0, adj_1, adj_179);
        // adj: rho_new = dye[i, j] + diffusivity * (mean - dye[i, j])                            <L 24>
        wp::adj_mul(var_175, var_177, adj_175, adj_177, adj_178);
        // adj: mean = total * wp.static(1.0 / 9.0)                                               <L 22>
        wp::adj_add(var_157, var_176, adj_157, adj_174, adj_175);
        wp::adj_address(var_dye, var_168, var_173, adj_dye, adj_168, adj_173, adj_174);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_169, var_170, var_172, adj_169, adj_170, adj_172, adj_173);
        wp::adj_sub(var_8, var_171, adj_8, adj_171, adj_172);
        wp::adj_add(var_1, var_163, adj_1, adj_163, adj_169);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_164, var_165, var_167, adj_164, adj_165, adj_167, adj_168);
        wp::adj_sub(var_4, var_166, adj_4, adj_166, adj_167);
        wp::adj_add(var_0, var_161, adj_0, adj_161, adj_164);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_159, var_162, adj_159, adj_162, adj_163);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_122, var_160, adj_122, adj_160, adj_161);
        // adj: di = a - 1                                                                        <L 17>
        wp::adj_add(var_139, var_158, adj_139, adj_156, adj_157);
        wp::adj_address(var_dye, var_150, var_155, adj_dye, adj_150, adj_155, adj_156);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_151, var_152, var_154, adj_151, adj_152, adj_154, adj_155);
        wp::adj_sub(var_8, var_153, adj_8, adj_153, adj_154);
        wp::adj_add(var_1, var_145, adj_1, adj_145, adj_151);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_146, var_147, var_149, adj_146, adj_147, adj_149, adj_150);
        wp::adj_sub(var_4, var_148, adj_4, adj_148, adj_149);
        wp::adj_add(var_0, var_143, adj_0, adj_143, adj_146);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_141, var_144, adj_141, adj_144, adj_145);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_122, var_142, adj_122, adj_142, adj_143);
        // adj: di = a - 1                                                                        <L 17>
        wp::adj_add(var_120, var_140, adj_120, adj_138, adj_139);
        wp::adj_address(var_dye, var_132, var_137, adj_dye, adj_132, adj_137, adj_138);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_133, var_134, var_136, adj_133, adj_134, adj_136, adj_137);
        wp::adj_sub(var_8, var_135, adj_8, adj_135, adj_136);
        wp::adj_add(var_1, var_127, adj_1, adj_127, adj_133);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_128, var_129, var_131, adj_128, adj_129, adj_131, adj_132);
        wp::adj_sub(var_4, var_130, adj_4, adj_130, adj_131);
        wp::adj_add(var_0, var_125, adj_0, adj_125, adj_128);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_123, var_126, adj_123, adj_126, adj_127);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_122, var_124, adj_122, adj_124, adj_125);
        // adj: di = a - 1                                                                        <L 17>
        // adj: for b in range(3):                                                                <L 16>
        wp::adj_add(var_102, var_121, adj_102, adj_119, adj_120);
        wp::adj_address(var_dye, var_113, var_118, adj_dye, adj_113, adj_118, adj_119);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_114, var_115, var_117, adj_114, adj_115, adj_117, adj_118);
        wp::adj_sub(var_8, var_116, adj_8, adj_116, adj_117);
        wp::adj_add(var_1, var_108, adj_1, adj_108, adj_114);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_109, var_110, var_112, adj_109, adj_110, adj_112, adj_113);
        wp::adj_sub(var_4, var_111, adj_4, adj_111, adj_112);
        wp::adj_add(var_0, var_106, adj_0, adj_106, adj_109);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_104, var_107, adj_104, adj_107, adj_108);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_67, var_105, adj_67, adj_105, adj_106);
        // adj: di = a - 1                                                                        <L 17>
        wp::adj_add(var_84, var_103, adj_84, adj_101, adj_102);
        wp::adj_address(var_dye, var_95, var_100, adj_dye, adj_95, adj_100, adj_101);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_96, var_97, var_99, adj_96, adj_97, adj_99, adj_100);
        wp::adj_sub(var_8, var_98, adj_8, adj_98, adj_99);
        wp::adj_add(var_1, var_90, adj_1, adj_90, adj_96);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_91, var_92, var_94, adj_91, adj_92, adj_94, adj_95);
        wp::adj_sub(var_4, var_93, adj_4, adj_93, adj_94);
        wp::adj_add(var_0, var_88, adj_0, adj_88, adj_91);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_86, var_89, adj_86, adj_89, adj_90);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_67, var_87, adj_67, adj_87, adj_88);
        // adj: di = a - 1                                                                        <L 17>
        wp::adj_add(var_65, var_85, adj_65, adj_83, adj_84);
        wp::adj_address(var_dye, var_77, var_82, adj_dye, adj_77, adj_82, adj_83);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_78, var_79, var_81, adj_78, adj_79, adj_81, adj_82);
        wp::adj_sub(var_8, var_80, adj_8, adj_80, adj_81);
        wp::adj_add(var_1, var_72, adj_1, adj_72, adj_78);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_73, var_74, var_76, adj_73, adj_74, adj_76, adj_77);
        wp::adj_sub(var_4, var_75, adj_4, adj_75, adj_76);
        wp::adj_add(var_0, var_70, adj_0, adj_70, adj_73);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_68, var_71, adj_68, adj_71, adj_72);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_67, var_69, adj_67, adj_69, adj_70);
        // adj: di = a - 1                                                                        <L 17>
        // adj: for b in range(3):                                                                <L 16>
        wp::adj_add(var_47, var_66, adj_47, adj_64, adj_65);
        wp::adj_address(var_dye, var_58, var_63, adj_dye, adj_58, adj_63, adj_64);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_59, var_60, var_62, adj_59, adj_60, adj_62, adj_63);
        wp::adj_sub(var_8, var_61, adj_8, adj_61, adj_62);
        wp::adj_add(var_1, var_53, adj_1, adj_53, adj_59);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_54, var_55, var_57, adj_54, adj_55, adj_57, adj_58);
        wp::adj_sub(var_4, var_56, adj_4, adj_56, adj_57);
        wp::adj_add(var_0, var_51, adj_0, adj_51, adj_54);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_49, var_52, adj_49, adj_52, adj_53);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_12, var_50, adj_12, adj_50, adj_51);
        // adj: di = a - 1                                                                        <L 17>
        wp::adj_add(var_29, var_48, adj_29, adj_46, adj_47);
        wp::adj_address(var_dye, var_40, var_45, adj_dye, adj_40, adj_45, adj_46);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_41, var_42, var_44, adj_41, adj_42, adj_44, adj_45);
        wp::adj_sub(var_8, var_43, adj_8, adj_43, adj_44);
        wp::adj_add(var_1, var_35, adj_1, adj_35, adj_41);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_36, var_37, var_39, adj_36, adj_37, adj_39, adj_40);
        wp::adj_sub(var_4, var_38, adj_4, adj_38, adj_39);
        wp::adj_add(var_0, var_33, adj_0, adj_33, adj_36);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_31, var_34, adj_31, adj_34, adj_35);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_12, var_32, adj_12, adj_32, adj_33);
        // adj: di = a - 1                                                                        <L 17>
        wp::adj_add(var_11, var_30, adj_11, adj_28, adj_29);
        wp::adj_address(var_dye, var_22, var_27, adj_dye, adj_22, adj_27, adj_28);
        // adj: total += dye[x, y]                                                                <L 21>
        wp::adj_clamp(var_23, var_24, var_26, adj_23, adj_24, adj_26, adj_27);
        wp::adj_sub(var_8, var_25, adj_8, adj_25, adj_26);
        wp::adj_add(var_1, var_17, adj_1, adj_17, adj_23);
        // adj: y = wp.clamp(j + dj, 0, height - 1)                                               <L 20>
        wp::adj_clamp(var_18, var_19, var_21, adj_18, adj_19, adj_21, adj_22);
        wp::adj_sub(var_4, var_20, adj_4, adj_20, adj_21);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_18);
        // adj: x = wp.clamp(i + di, 0, width - 1)                                                <L 19>
        wp::adj_sub(var_13, var_16, adj_13, adj_16, adj_17);
        // adj: dj = b - 1                                                                        <L 18>
        wp::adj_sub(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: di = a - 1                                                                        <L 17>
        // adj: for b in range(3):                                                                <L 16>
        // adj: for a in range(3):                                                                <L 15>
        wp::adj_float(var_10, adj_10, adj_11);
        // adj: total = float(0.0)                                                                <L 14>
        adj_dye.shape = adj_6;
        // adj: height = dye.shape[1]                                                             <L 13>
        adj_dye.shape = adj_2;
        // adj: width = dye.shape[0]                                                              <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def relax_density(                                                                <L 5>
        return;
}

