// Warp 1.19.0 cuda code for box_filter_7d33aa95.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void box_filter_79f9b45e_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_out)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::int32 var_15 = -1;
        const wp::int32 var_16 = -1;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::float32* var_48;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        const wp::int32 var_60 = 0;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::float32* var_69;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::float32* var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 0;
        const wp::int32 var_80 = -1;
        wp::int32 var_81;
        const wp::int32 var_82 = 0;
        const wp::int32 var_83 = 1;
        wp::int32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        const wp::int32 var_87 = 0;
        const wp::int32 var_88 = 1;
        wp::int32 var_89;
        wp::int32 var_90;
        wp::float32* var_91;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::float32* var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 0;
        wp::int32 var_102;
        const wp::int32 var_103 = 0;
        const wp::int32 var_104 = 1;
        wp::int32 var_105;
        wp::int32 var_106;
        wp::int32 var_107;
        const wp::int32 var_108 = 0;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        wp::int32 var_111;
        wp::float32* var_112;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        wp::float32* var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        const wp::int32 var_124 = 0;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        wp::int32 var_127;
        wp::int32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = 1;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::float32* var_133;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        const wp::int32 var_136 = 1;
        wp::int32 var_137;
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        const wp::int32 var_144 = -1;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        const wp::int32 var_147 = 1;
        wp::int32 var_148;
        wp::int32 var_149;
        wp::int32 var_150;
        const wp::int32 var_151 = 0;
        const wp::int32 var_152 = 1;
        wp::int32 var_153;
        wp::int32 var_154;
        wp::float32* var_155;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        const wp::int32 var_158 = 1;
        wp::int32 var_159;
        wp::float32* var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 0;
        wp::int32 var_166;
        const wp::int32 var_167 = 0;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::int32 var_170;
        wp::int32 var_171;
        const wp::int32 var_172 = 0;
        const wp::int32 var_173 = 1;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::float32* var_176;
        const wp::int32 var_177 = 1;
        wp::int32 var_178;
        const wp::int32 var_179 = 1;
        wp::int32 var_180;
        wp::float32* var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        const wp::int32 var_186 = 1;
        wp::int32 var_187;
        const wp::int32 var_188 = 0;
        const wp::int32 var_189 = 1;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::int32 var_192;
        const wp::int32 var_193 = 0;
        const wp::int32 var_194 = 1;
        wp::int32 var_195;
        wp::int32 var_196;
        wp::float32* var_197;
        const wp::int32 var_198 = 1;
        wp::int32 var_199;
        const wp::int32 var_200 = 1;
        wp::int32 var_201;
        wp::float32* var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        wp::float32 var_207;
        //---------
        // forward
        // def box_filter(image: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):       <L 5>
        // y, x = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // h = image.shape[0]                                                                     <L 7>
        var_2 = &(var_image.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = image.shape[1]                                                                     <L 8>
        var_6 = &(var_image.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // pixel = image[y, x]                                                                    <L 9>
        var_10 = wp::address(var_image, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // conv = float(0.0)                                                                      <L 10>
        var_14 = wp::float(var_13);
        // for dy in range(-1, 2):                                                                <L 11>
        // for dx in range(-1, 2):                                                                <L 12>
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_17 = wp::add(var_0, var_15);
        var_20 = wp::sub(var_4, var_19);
        var_21 = wp::clamp(var_17, var_18, var_20);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_22 = wp::add(var_1, var_16);
        var_25 = wp::sub(var_8, var_24);
        var_26 = wp::clamp(var_22, var_23, var_25);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_27 = wp::address(var_image, var_21, var_26);
        var_29 = wp::add(var_15, var_28);
        var_31 = wp::add(var_16, var_30);
        var_32 = wp::address(var_weights, var_29, var_31);
        var_34 = wp::load(var_27);
        var_35 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_35);
        var_36 = wp::add(var_14, var_33);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_38 = wp::add(var_0, var_15);
        var_41 = wp::sub(var_4, var_40);
        var_42 = wp::clamp(var_38, var_39, var_41);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_43 = wp::add(var_1, var_37);
        var_46 = wp::sub(var_8, var_45);
        var_47 = wp::clamp(var_43, var_44, var_46);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_48 = wp::address(var_image, var_42, var_47);
        var_50 = wp::add(var_15, var_49);
        var_52 = wp::add(var_37, var_51);
        var_53 = wp::address(var_weights, var_50, var_52);
        var_55 = wp::load(var_48);
        var_56 = wp::load(var_53);
        var_54 = wp::mul(var_55, var_56);
        var_57 = wp::add(var_36, var_54);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_59 = wp::add(var_0, var_15);
        var_62 = wp::sub(var_4, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_64 = wp::add(var_1, var_58);
        var_67 = wp::sub(var_8, var_66);
        var_68 = wp::clamp(var_64, var_65, var_67);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_69 = wp::address(var_image, var_63, var_68);
        var_71 = wp::add(var_15, var_70);
        var_73 = wp::add(var_58, var_72);
        var_74 = wp::address(var_weights, var_71, var_73);
        var_76 = wp::load(var_69);
        var_77 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_77);
        var_78 = wp::add(var_57, var_75);
        // for dx in range(-1, 2):                                                                <L 12>
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_81 = wp::add(var_0, var_79);
        var_84 = wp::sub(var_4, var_83);
        var_85 = wp::clamp(var_81, var_82, var_84);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_86 = wp::add(var_1, var_80);
        var_89 = wp::sub(var_8, var_88);
        var_90 = wp::clamp(var_86, var_87, var_89);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_91 = wp::address(var_image, var_85, var_90);
        var_93 = wp::add(var_79, var_92);
        var_95 = wp::add(var_80, var_94);
        var_96 = wp::address(var_weights, var_93, var_95);
        var_98 = wp::load(var_91);
        var_99 = wp::load(var_96);
        var_97 = wp::mul(var_98, var_99);
        var_100 = wp::add(var_78, var_97);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_102 = wp::add(var_0, var_79);
        var_105 = wp::sub(var_4, var_104);
        var_106 = wp::clamp(var_102, var_103, var_105);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_107 = wp::add(var_1, var_101);
        var_110 = wp::sub(var_8, var_109);
        var_111 = wp::clamp(var_107, var_108, var_110);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_112 = wp::address(var_image, var_106, var_111);
        var_114 = wp::add(var_79, var_113);
        var_116 = wp::add(var_101, var_115);
        var_117 = wp::address(var_weights, var_114, var_116);
        var_119 = wp::load(var_112);
        var_120 = wp::load(var_117);
        var_118 = wp::mul(var_119, var_120);
        var_121 = wp::add(var_100, var_118);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_123 = wp::add(var_0, var_79);
        var_126 = wp::sub(var_4, var_125);
        var_127 = wp::clamp(var_123, var_124, var_126);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_128 = wp::add(var_1, var_122);
        var_131 = wp::sub(var_8, var_130);
        var_132 = wp::clamp(var_128, var_129, var_131);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_133 = wp::address(var_image, var_127, var_132);
        var_135 = wp::add(var_79, var_134);
        var_137 = wp::add(var_122, var_136);
        var_138 = wp::address(var_weights, var_135, var_137);
        var_140 = wp::load(var_133);
        var_141 = wp::load(var_138);
        var_139 = wp::mul(var_140, var_141);
        var_142 = wp::add(var_121, var_139);
        // for dx in range(-1, 2):                                                                <L 12>
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_145 = wp::add(var_0, var_143);
        var_148 = wp::sub(var_4, var_147);
        var_149 = wp::clamp(var_145, var_146, var_148);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_150 = wp::add(var_1, var_144);
        var_153 = wp::sub(var_8, var_152);
        var_154 = wp::clamp(var_150, var_151, var_153);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_155 = wp::address(var_image, var_149, var_154);
        var_157 = wp::add(var_143, var_156);
        var_159 = wp::add(var_144, var_158);
        var_160 = wp::address(var_weights, var_157, var_159);
        var_162 = wp::load(var_155);
        var_163 = wp::load(var_160);
        var_161 = wp::mul(var_162, var_163);
        var_164 = wp::add(var_142, var_161);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_166 = wp::add(var_0, var_143);
        var_169 = wp::sub(var_4, var_168);
        var_170 = wp::clamp(var_166, var_167, var_169);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_171 = wp::add(var_1, var_165);
        var_174 = wp::sub(var_8, var_173);
        var_175 = wp::clamp(var_171, var_172, var_174);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_176 = wp::address(var_image, var_170, var_175);
        var_178 = wp::add(var_143, var_177);
        var_180 = wp::add(var_165, var_179);
        var_181 = wp::address(var_weights, var_178, var_180);
        var_183 = wp::load(var_176);
        var_184 = wp::load(var_181);
        var_182 = wp::mul(var_183, var_184);
        var_185 = wp::add(var_164, var_182);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_187 = wp::add(var_0, var_143);
        var_190 = wp::sub(var_4, var_189);
        var_191 = wp::clamp(var_187, var_188, var_190);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_192 = wp::add(var_1, var_186);
        var_195 = wp::sub(var_8, var_194);
        var_196 = wp::clamp(var_192, var_193, var_195);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_197 = wp::address(var_image, var_191, var_196);
        var_199 = wp::add(var_143, var_198);
        var_201 = wp::add(var_186, var_200);
        var_202 = wp::address(var_weights, var_199, var_201);
        var_204 = wp::load(var_197);
        var_205 = wp::load(var_202);
        var_203 = wp::mul(var_204, var_205);
        var_206 = wp::add(var_185, var_203);
        // out[y, x] = conv + pixel                                                               <L 16>
        var_207 = wp::add(var_206, var_11);
        wp::array_store(var_out, var_0, var_1, var_207);
}



extern "C" __global__ void box_filter_79f9b45e_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_image,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_out)
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
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        const wp::int32 var_15 = -1;
        const wp::int32 var_16 = -1;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::int32 var_21;
        wp::int32 var_22;
        const wp::int32 var_23 = 0;
        const wp::int32 var_24 = 1;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::float32* var_27;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::int32 var_38;
        const wp::int32 var_39 = 0;
        const wp::int32 var_40 = 1;
        wp::int32 var_41;
        wp::int32 var_42;
        wp::int32 var_43;
        const wp::int32 var_44 = 0;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::float32* var_48;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        const wp::int32 var_51 = 1;
        wp::int32 var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        const wp::int32 var_60 = 0;
        const wp::int32 var_61 = 1;
        wp::int32 var_62;
        wp::int32 var_63;
        wp::int32 var_64;
        const wp::int32 var_65 = 0;
        const wp::int32 var_66 = 1;
        wp::int32 var_67;
        wp::int32 var_68;
        wp::float32* var_69;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        const wp::int32 var_72 = 1;
        wp::int32 var_73;
        wp::float32* var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 0;
        const wp::int32 var_80 = -1;
        wp::int32 var_81;
        const wp::int32 var_82 = 0;
        const wp::int32 var_83 = 1;
        wp::int32 var_84;
        wp::int32 var_85;
        wp::int32 var_86;
        const wp::int32 var_87 = 0;
        const wp::int32 var_88 = 1;
        wp::int32 var_89;
        wp::int32 var_90;
        wp::float32* var_91;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        const wp::int32 var_94 = 1;
        wp::int32 var_95;
        wp::float32* var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 0;
        wp::int32 var_102;
        const wp::int32 var_103 = 0;
        const wp::int32 var_104 = 1;
        wp::int32 var_105;
        wp::int32 var_106;
        wp::int32 var_107;
        const wp::int32 var_108 = 0;
        const wp::int32 var_109 = 1;
        wp::int32 var_110;
        wp::int32 var_111;
        wp::float32* var_112;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        const wp::int32 var_115 = 1;
        wp::int32 var_116;
        wp::float32* var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 1;
        wp::int32 var_123;
        const wp::int32 var_124 = 0;
        const wp::int32 var_125 = 1;
        wp::int32 var_126;
        wp::int32 var_127;
        wp::int32 var_128;
        const wp::int32 var_129 = 0;
        const wp::int32 var_130 = 1;
        wp::int32 var_131;
        wp::int32 var_132;
        wp::float32* var_133;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        const wp::int32 var_136 = 1;
        wp::int32 var_137;
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 1;
        const wp::int32 var_144 = -1;
        wp::int32 var_145;
        const wp::int32 var_146 = 0;
        const wp::int32 var_147 = 1;
        wp::int32 var_148;
        wp::int32 var_149;
        wp::int32 var_150;
        const wp::int32 var_151 = 0;
        const wp::int32 var_152 = 1;
        wp::int32 var_153;
        wp::int32 var_154;
        wp::float32* var_155;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        const wp::int32 var_158 = 1;
        wp::int32 var_159;
        wp::float32* var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 0;
        wp::int32 var_166;
        const wp::int32 var_167 = 0;
        const wp::int32 var_168 = 1;
        wp::int32 var_169;
        wp::int32 var_170;
        wp::int32 var_171;
        const wp::int32 var_172 = 0;
        const wp::int32 var_173 = 1;
        wp::int32 var_174;
        wp::int32 var_175;
        wp::float32* var_176;
        const wp::int32 var_177 = 1;
        wp::int32 var_178;
        const wp::int32 var_179 = 1;
        wp::int32 var_180;
        wp::float32* var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        const wp::int32 var_186 = 1;
        wp::int32 var_187;
        const wp::int32 var_188 = 0;
        const wp::int32 var_189 = 1;
        wp::int32 var_190;
        wp::int32 var_191;
        wp::int32 var_192;
        const wp::int32 var_193 = 0;
        const wp::int32 var_194 = 1;
        wp::int32 var_195;
        wp::int32 var_196;
        wp::float32* var_197;
        const wp::int32 var_198 = 1;
        wp::int32 var_199;
        const wp::int32 var_200 = 1;
        wp::int32 var_201;
        wp::float32* var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        wp::float32 var_207;
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
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
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
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::int32 adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::float32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        wp::int32 adj_61 = {};
        wp::int32 adj_62 = {};
        wp::int32 adj_63 = {};
        wp::int32 adj_64 = {};
        wp::int32 adj_65 = {};
        wp::int32 adj_66 = {};
        wp::int32 adj_67 = {};
        wp::int32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::int32 adj_73 = {};
        wp::float32 adj_74 = {};
        wp::float32 adj_75 = {};
        wp::float32 adj_76 = {};
        wp::float32 adj_77 = {};
        wp::float32 adj_78 = {};
        wp::int32 adj_79 = {};
        wp::int32 adj_80 = {};
        wp::int32 adj_81 = {};
        wp::int32 adj_82 = {};
        wp::int32 adj_83 = {};
        wp::int32 adj_84 = {};
        wp::int32 adj_85 = {};
        wp::int32 adj_86 = {};
        wp::int32 adj_87 = {};
        wp::int32 adj_88 = {};
        wp::int32 adj_89 = {};
        wp::int32 adj_90 = {};
        wp::float32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::int32 adj_95 = {};
        wp::float32 adj_96 = {};
        wp::float32 adj_97 = {};
        wp::float32 adj_98 = {};
        wp::float32 adj_99 = {};
        wp::float32 adj_100 = {};
        wp::int32 adj_101 = {};
        wp::int32 adj_102 = {};
        wp::int32 adj_103 = {};
        wp::int32 adj_104 = {};
        wp::int32 adj_105 = {};
        wp::int32 adj_106 = {};
        wp::int32 adj_107 = {};
        wp::int32 adj_108 = {};
        wp::int32 adj_109 = {};
        wp::int32 adj_110 = {};
        wp::int32 adj_111 = {};
        wp::float32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::int32 adj_116 = {};
        wp::float32 adj_117 = {};
        wp::float32 adj_118 = {};
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
        wp::float32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::int32 adj_137 = {};
        wp::float32 adj_138 = {};
        wp::float32 adj_139 = {};
        wp::float32 adj_140 = {};
        wp::float32 adj_141 = {};
        wp::float32 adj_142 = {};
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
        wp::float32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::int32 adj_159 = {};
        wp::float32 adj_160 = {};
        wp::float32 adj_161 = {};
        wp::float32 adj_162 = {};
        wp::float32 adj_163 = {};
        wp::float32 adj_164 = {};
        wp::int32 adj_165 = {};
        wp::int32 adj_166 = {};
        wp::int32 adj_167 = {};
        wp::int32 adj_168 = {};
        wp::int32 adj_169 = {};
        wp::int32 adj_170 = {};
        wp::int32 adj_171 = {};
        wp::int32 adj_172 = {};
        wp::int32 adj_173 = {};
        wp::int32 adj_174 = {};
        wp::int32 adj_175 = {};
        wp::float32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::int32 adj_180 = {};
        wp::float32 adj_181 = {};
        wp::float32 adj_182 = {};
        wp::float32 adj_183 = {};
        wp::float32 adj_184 = {};
        wp::float32 adj_185 = {};
        wp::int32 adj_186 = {};
        wp::int32 adj_187 = {};
        wp::int32 adj_188 = {};
        wp::int32 adj_189 = {};
        wp::int32 adj_190 = {};
        wp::int32 adj_191 = {};
        wp::int32 adj_192 = {};
        wp::int32 adj_193 = {};
        wp::int32 adj_194 = {};
        wp::int32 adj_195 = {};
        wp::int32 adj_196 = {};
        wp::float32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::int32 adj_200 = {};
        wp::int32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::float32 adj_207 = {};
        //---------
        // forward
        // def box_filter(image: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):       <L 5>
        // y, x = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // h = image.shape[0]                                                                     <L 7>
        var_2 = &(var_image.shape);
        var_5 = wp::load(var_2);
        var_4 = wp::extract(var_5, var_3);
        // w = image.shape[1]                                                                     <L 8>
        var_6 = &(var_image.shape);
        var_9 = wp::load(var_6);
        var_8 = wp::extract(var_9, var_7);
        // pixel = image[y, x]                                                                    <L 9>
        var_10 = wp::address(var_image, var_0, var_1);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // conv = float(0.0)                                                                      <L 10>
        var_14 = wp::float(var_13);
        // for dy in range(-1, 2):                                                                <L 11>
        // for dx in range(-1, 2):                                                                <L 12>
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_17 = wp::add(var_0, var_15);
        var_20 = wp::sub(var_4, var_19);
        var_21 = wp::clamp(var_17, var_18, var_20);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_22 = wp::add(var_1, var_16);
        var_25 = wp::sub(var_8, var_24);
        var_26 = wp::clamp(var_22, var_23, var_25);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_27 = wp::address(var_image, var_21, var_26);
        var_29 = wp::add(var_15, var_28);
        var_31 = wp::add(var_16, var_30);
        var_32 = wp::address(var_weights, var_29, var_31);
        var_34 = wp::load(var_27);
        var_35 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_35);
        var_36 = wp::add(var_14, var_33);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_38 = wp::add(var_0, var_15);
        var_41 = wp::sub(var_4, var_40);
        var_42 = wp::clamp(var_38, var_39, var_41);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_43 = wp::add(var_1, var_37);
        var_46 = wp::sub(var_8, var_45);
        var_47 = wp::clamp(var_43, var_44, var_46);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_48 = wp::address(var_image, var_42, var_47);
        var_50 = wp::add(var_15, var_49);
        var_52 = wp::add(var_37, var_51);
        var_53 = wp::address(var_weights, var_50, var_52);
        var_55 = wp::load(var_48);
        var_56 = wp::load(var_53);
        var_54 = wp::mul(var_55, var_56);
        var_57 = wp::add(var_36, var_54);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_59 = wp::add(var_0, var_15);
        var_62 = wp::sub(var_4, var_61);
        var_63 = wp::clamp(var_59, var_60, var_62);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_64 = wp::add(var_1, var_58);
        var_67 = wp::sub(var_8, var_66);
        var_68 = wp::clamp(var_64, var_65, var_67);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_69 = wp::address(var_image, var_63, var_68);
        var_71 = wp::add(var_15, var_70);
        var_73 = wp::add(var_58, var_72);
        var_74 = wp::address(var_weights, var_71, var_73);
        var_76 = wp::load(var_69);
        var_77 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_77);
        var_78 = wp::add(var_57, var_75);
        // for dx in range(-1, 2):                                                                <L 12>
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_81 = wp::add(var_0, var_79);
        var_84 = wp::sub(var_4, var_83);
        var_85 = wp::clamp(var_81, var_82, var_84);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_86 = wp::add(var_1, var_80);
        var_89 = wp::sub(var_8, var_88);
        var_90 = wp::clamp(var_86, var_87, var_89);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_91 = wp::address(var_image, var_85, var_90);
        var_93 = wp::add(var_79, var_92);
        var_95 = wp::add(var_80, var_94);
        var_96 = wp::address(var_weights, var_93, var_95);
        var_98 = wp::load(var_91);
        var_99 = wp::load(var_96);
        var_97 = wp::mul(var_98, var_99);
        var_100 = wp::add(var_78, var_97);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_102 = wp::add(var_0, var_79);
        var_105 = wp::sub(var_4, var_104);
        var_106 = wp::clamp(var_102, var_103, var_105);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_107 = wp::add(var_1, var_101);
        var_110 = wp::sub(var_8, var_109);
        var_111 = wp::clamp(var_107, var_108, var_110);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_112 = wp::address(var_image, var_106, var_111);
        var_114 = wp::add(var_79, var_113);
        var_116 = wp::add(var_101, var_115);
        var_117 = wp::address(var_weights, var_114, var_116);
        var_119 = wp::load(var_112);
        var_120 = wp::load(var_117);
        var_118 = wp::mul(var_119, var_120);
        var_121 = wp::add(var_100, var_118);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_123 = wp::add(var_0, var_79);
        var_126 = wp::sub(var_4, var_125);
        var_127 = wp::clamp(var_123, var_124, var_126);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_128 = wp::add(var_1, var_122);
        var_131 = wp::sub(var_8, var_130);
        var_132 = wp::clamp(var_128, var_129, var_131);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_133 = wp::address(var_image, var_127, var_132);
        var_135 = wp::add(var_79, var_134);
        var_137 = wp::add(var_122, var_136);
        var_138 = wp::address(var_weights, var_135, var_137);
        var_140 = wp::load(var_133);
        var_141 = wp::load(var_138);
        var_139 = wp::mul(var_140, var_141);
        var_142 = wp::add(var_121, var_139);
        // for dx in range(-1, 2):                                                                <L 12>
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_145 = wp::add(var_0, var_143);
        var_148 = wp::sub(var_4, var_147);
        var_149 = wp::clamp(var_145, var_146, var_148);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_150 = wp::add(var_1, var_144);
        var_153 = wp::sub(var_8, var_152);
        var_154 = wp::clamp(var_150, var_151, var_153);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_155 = wp::address(var_image, var_149, var_154);
        var_157 = wp::add(var_143, var_156);
        var_159 = wp::add(var_144, var_158);
        var_160 = wp::address(var_weights, var_157, var_159);
        var_162 = wp::load(var_155);
        var_163 = wp::load(var_160);
        var_161 = wp::mul(var_162, var_163);
        var_164 = wp::add(var_142, var_161);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_166 = wp::add(var_0, var_143);
        var_169 = wp::sub(var_4, var_168);
        var_170 = wp::clamp(var_166, var_167, var_169);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_171 = wp::add(var_1, var_165);
        var_174 = wp::sub(var_8, var_173);
        var_175 = wp::clamp(var_171, var_172, var_174);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_176 = wp::address(var_image, var_170, var_175);
        var_178 = wp::add(var_143, var_177);
        var_180 = wp::add(var_165, var_179);
        var_181 = wp::address(var_weights, var_178, var_180);
        var_183 = wp::load(var_176);
        var_184 = wp::load(var_181);
        var_182 = wp::mul(var_183, var_184);
        var_185 = wp::add(var_164, var_182);
        // yy = wp.clamp(y + dy, 0, h - 1)                                                        <L 13>
        var_187 = wp::add(var_0, var_143);
        var_190 = wp::sub(var_4, var_189);
        var_191 = wp::clamp(var_187, var_188, var_190);
        // xx = wp.clamp(x + dx, 0, w - 1)                                                        <L 14>
        var_192 = wp::add(var_1, var_186);
        var_195 = wp::sub(var_8, var_194);
        var_196 = wp::clamp(var_192, var_193, var_195);
        // conv += image[yy, xx] * weights[dy + 1, dx + 1]                                        <L 15>
        var_197 = wp::address(var_image, var_191, var_196);
        var_199 = wp::add(var_143, var_198);
        var_201 = wp::add(var_186, var_200);
        var_202 = wp::address(var_weights, var_199, var_201);
        var_204 = wp::load(var_197);
        var_205 = wp::load(var_202);
        var_203 = wp::mul(var_204, var_205);
        var_206 = wp::add(var_185, var_203);
        // out[y, x] = conv + pixel                                                               <L 16>
        var_207 = wp::add(var_206, var_11);
        // wp::array_store(var_out, var_0, var_1, var_207);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_207, adj_out, adj_0, adj_1, adj_207);
        wp::adj_add(var_206, var_11, adj_206, adj_11, adj_207);
        // adj: out[y, x] = conv + pixel                                                          <L 16>
        wp::adj_add(var_185, var_203, adj_185, adj_203, adj_206);
        wp::adj_mul(var_204, var_205, adj_197, adj_202, adj_203);
        wp::adj_address(var_weights, var_199, var_201, adj_weights, adj_199, adj_201, adj_202);
        wp::adj_add(var_186, var_200, adj_186, adj_200, adj_201);
        wp::adj_add(var_143, var_198, adj_143, adj_198, adj_199);
        wp::adj_address(var_image, var_191, var_196, adj_image, adj_191, adj_196, adj_197);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_192, var_193, var_195, adj_192, adj_193, adj_195, adj_196);
        wp::adj_sub(var_8, var_194, adj_8, adj_194, adj_195);
        wp::adj_add(var_1, var_186, adj_1, adj_186, adj_192);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_187, var_188, var_190, adj_187, adj_188, adj_190, adj_191);
        wp::adj_sub(var_4, var_189, adj_4, adj_189, adj_190);
        wp::adj_add(var_0, var_143, adj_0, adj_143, adj_187);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        wp::adj_add(var_164, var_182, adj_164, adj_182, adj_185);
        wp::adj_mul(var_183, var_184, adj_176, adj_181, adj_182);
        wp::adj_address(var_weights, var_178, var_180, adj_weights, adj_178, adj_180, adj_181);
        wp::adj_add(var_165, var_179, adj_165, adj_179, adj_180);
        wp::adj_add(var_143, var_177, adj_143, adj_177, adj_178);
        wp::adj_address(var_image, var_170, var_175, adj_image, adj_170, adj_175, adj_176);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_171, var_172, var_174, adj_171, adj_172, adj_174, adj_175);
        wp::adj_sub(var_8, var_173, adj_8, adj_173, adj_174);
        wp::adj_add(var_1, var_165, adj_1, adj_165, adj_171);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_166, var_167, var_169, adj_166, adj_167, adj_169, adj_170);
        wp::adj_sub(var_4, var_168, adj_4, adj_168, adj_169);
        wp::adj_add(var_0, var_143, adj_0, adj_143, adj_166);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        wp::adj_add(var_142, var_161, adj_142, adj_161, adj_164);
        wp::adj_mul(var_162, var_163, adj_155, adj_160, adj_161);
        wp::adj_address(var_weights, var_157, var_159, adj_weights, adj_157, adj_159, adj_160);
        wp::adj_add(var_144, var_158, adj_144, adj_158, adj_159);
        wp::adj_add(var_143, var_156, adj_143, adj_156, adj_157);
        wp::adj_address(var_image, var_149, var_154, adj_image, adj_149, adj_154, adj_155);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_150, var_151, var_153, adj_150, adj_151, adj_153, adj_154);
        wp::adj_sub(var_8, var_152, adj_8, adj_152, adj_153);
        wp::adj_add(var_1, var_144, adj_1, adj_144, adj_150);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_145, var_146, var_148, adj_145, adj_146, adj_148, adj_149);
        wp::adj_sub(var_4, var_147, adj_4, adj_147, adj_148);
        wp::adj_add(var_0, var_143, adj_0, adj_143, adj_145);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        // adj: for dx in range(-1, 2):                                                           <L 12>
        wp::adj_add(var_121, var_139, adj_121, adj_139, adj_142);
        wp::adj_mul(var_140, var_141, adj_133, adj_138, adj_139);
        wp::adj_address(var_weights, var_135, var_137, adj_weights, adj_135, adj_137, adj_138);
        wp::adj_add(var_122, var_136, adj_122, adj_136, adj_137);
        wp::adj_add(var_79, var_134, adj_79, adj_134, adj_135);
        wp::adj_address(var_image, var_127, var_132, adj_image, adj_127, adj_132, adj_133);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_128, var_129, var_131, adj_128, adj_129, adj_131, adj_132);
        wp::adj_sub(var_8, var_130, adj_8, adj_130, adj_131);
        wp::adj_add(var_1, var_122, adj_1, adj_122, adj_128);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_123, var_124, var_126, adj_123, adj_124, adj_126, adj_127);
        wp::adj_sub(var_4, var_125, adj_4, adj_125, adj_126);
        wp::adj_add(var_0, var_79, adj_0, adj_79, adj_123);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        wp::adj_add(var_100, var_118, adj_100, adj_118, adj_121);
        wp::adj_mul(var_119, var_120, adj_112, adj_117, adj_118);
        wp::adj_address(var_weights, var_114, var_116, adj_weights, adj_114, adj_116, adj_117);
        wp::adj_add(var_101, var_115, adj_101, adj_115, adj_116);
        wp::adj_add(var_79, var_113, adj_79, adj_113, adj_114);
        wp::adj_address(var_image, var_106, var_111, adj_image, adj_106, adj_111, adj_112);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_107, var_108, var_110, adj_107, adj_108, adj_110, adj_111);
        wp::adj_sub(var_8, var_109, adj_8, adj_109, adj_110);
        wp::adj_add(var_1, var_101, adj_1, adj_101, adj_107);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_102, var_103, var_105, adj_102, adj_103, adj_105, adj_106);
        wp::adj_sub(var_4, var_104, adj_4, adj_104, adj_105);
        wp::adj_add(var_0, var_79, adj_0, adj_79, adj_102);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        wp::adj_add(var_78, var_97, adj_78, adj_97, adj_100);
        wp::adj_mul(var_98, var_99, adj_91, adj_96, adj_97);
        wp::adj_address(var_weights, var_93, var_95, adj_weights, adj_93, adj_95, adj_96);
        wp::adj_add(var_80, var_94, adj_80, adj_94, adj_95);
        wp::adj_add(var_79, var_92, adj_79, adj_92, adj_93);
        wp::adj_address(var_image, var_85, var_90, adj_image, adj_85, adj_90, adj_91);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_86, var_87, var_89, adj_86, adj_87, adj_89, adj_90);
        wp::adj_sub(var_8, var_88, adj_8, adj_88, adj_89);
        wp::adj_add(var_1, var_80, adj_1, adj_80, adj_86);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_81, var_82, var_84, adj_81, adj_82, adj_84, adj_85);
        wp::adj_sub(var_4, var_83, adj_4, adj_83, adj_84);
        wp::adj_add(var_0, var_79, adj_0, adj_79, adj_81);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        // adj: for dx in range(-1, 2):                                                           <L 12>
        wp::adj_add(var_57, var_75, adj_57, adj_75, adj_78);
        wp::adj_mul(var_76, var_77, adj_69, adj_74, adj_75);
        wp::adj_address(var_weights, var_71, var_73, adj_weights, adj_71, adj_73, adj_74);
        wp::adj_add(var_58, var_72, adj_58, adj_72, adj_73);
        wp::adj_add(var_15, var_70, adj_15, adj_70, adj_71);
        wp::adj_address(var_image, var_63, var_68, adj_image, adj_63, adj_68, adj_69);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_64, var_65, var_67, adj_64, adj_65, adj_67, adj_68);
        wp::adj_sub(var_8, var_66, adj_8, adj_66, adj_67);
        wp::adj_add(var_1, var_58, adj_1, adj_58, adj_64);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_59, var_60, var_62, adj_59, adj_60, adj_62, adj_63);
        wp::adj_sub(var_4, var_61, adj_4, adj_61, adj_62);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_59);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        wp::adj_add(var_36, var_54, adj_36, adj_54, adj_57);
        wp::adj_mul(var_55, var_56, adj_48, adj_53, adj_54);
        wp::adj_address(var_weights, var_50, var_52, adj_weights, adj_50, adj_52, adj_53);
        wp::adj_add(var_37, var_51, adj_37, adj_51, adj_52);
        wp::adj_add(var_15, var_49, adj_15, adj_49, adj_50);
        wp::adj_address(var_image, var_42, var_47, adj_image, adj_42, adj_47, adj_48);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_43, var_44, var_46, adj_43, adj_44, adj_46, adj_47);
        wp::adj_sub(var_8, var_45, adj_8, adj_45, adj_46);
        wp::adj_add(var_1, var_37, adj_1, adj_37, adj_43);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_38, var_39, var_41, adj_38, adj_39, adj_41, adj_42);
        wp::adj_sub(var_4, var_40, adj_4, adj_40, adj_41);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_38);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        wp::adj_add(var_14, var_33, adj_14, adj_33, adj_36);
        wp::adj_mul(var_34, var_35, adj_27, adj_32, adj_33);
        wp::adj_address(var_weights, var_29, var_31, adj_weights, adj_29, adj_31, adj_32);
        wp::adj_add(var_16, var_30, adj_16, adj_30, adj_31);
        wp::adj_add(var_15, var_28, adj_15, adj_28, adj_29);
        wp::adj_address(var_image, var_21, var_26, adj_image, adj_21, adj_26, adj_27);
        // adj: conv += image[yy, xx] * weights[dy + 1, dx + 1]                                   <L 15>
        wp::adj_clamp(var_22, var_23, var_25, adj_22, adj_23, adj_25, adj_26);
        wp::adj_sub(var_8, var_24, adj_8, adj_24, adj_25);
        wp::adj_add(var_1, var_16, adj_1, adj_16, adj_22);
        // adj: xx = wp.clamp(x + dx, 0, w - 1)                                                   <L 14>
        wp::adj_clamp(var_17, var_18, var_20, adj_17, adj_18, adj_20, adj_21);
        wp::adj_sub(var_4, var_19, adj_4, adj_19, adj_20);
        wp::adj_add(var_0, var_15, adj_0, adj_15, adj_17);
        // adj: yy = wp.clamp(y + dy, 0, h - 1)                                                   <L 13>
        // adj: for dx in range(-1, 2):                                                           <L 12>
        // adj: for dy in range(-1, 2):                                                           <L 11>
        wp::adj_float(var_13, adj_13, adj_14);
        // adj: conv = float(0.0)                                                                 <L 10>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_10);
        // adj: pixel = image[y, x]                                                               <L 9>
        adj_image.shape = adj_6;
        // adj: w = image.shape[1]                                                                <L 8>
        adj_image.shape = adj_2;
        // adj: h = image.shape[0]                                                                <L 7>
        // adj: y, x = wp.tid()                                                                   <L 6>
        // adj: def box_filter(image: wp.array2d(dtype=float), weights: wp.array2d(dtype=float), out: wp.array2d(dtype=float)):  <L 5>
        return;
}

