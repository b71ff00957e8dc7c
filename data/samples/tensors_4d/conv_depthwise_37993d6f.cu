// Warp 1.19.0 cuda code for conv_depthwise_37993d6f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void conv_depthwise_b00d4bcf_cuda_kernel_forward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_features,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_beta,
    wp::array_t<wp::float32> var_outputs)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 1;
        wp::int32 var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        const wp::int32 var_48 = 0;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::float32* var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        const wp::int32 var_62 = 0;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 1;
        wp::int32 var_68;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        wp::int32 var_72;
        wp::float32* var_73;
        wp::float32* var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 1;
        const wp::int32 var_80 = 0;
        wp::int32 var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        const wp::int32 var_84 = 0;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        wp::int32 var_94;
        wp::float32* var_95;
        wp::float32* var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 1;
        wp::int32 var_102;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        const wp::int32 var_105 = 0;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 1;
        wp::int32 var_111;
        const wp::int32 var_112 = 0;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        wp::int32 var_115;
        wp::float32* var_116;
        wp::float32* var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 2;
        wp::int32 var_123;
        const wp::int32 var_124 = 1;
        wp::int32 var_125;
        const wp::int32 var_126 = 0;
        const wp::int32 var_127 = 1;
        wp::int32 var_128;
        wp::int32 var_129;
        wp::int32 var_130;
        const wp::int32 var_131 = 1;
        wp::int32 var_132;
        const wp::int32 var_133 = 0;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::float32* var_137;
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 2;
        const wp::int32 var_144 = 0;
        wp::int32 var_145;
        const wp::int32 var_146 = 1;
        wp::int32 var_147;
        const wp::int32 var_148 = 0;
        const wp::int32 var_149 = 1;
        wp::int32 var_150;
        wp::int32 var_151;
        wp::int32 var_152;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        const wp::int32 var_155 = 0;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::int32 var_158;
        wp::float32* var_159;
        wp::float32* var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 1;
        wp::int32 var_166;
        const wp::int32 var_167 = 1;
        wp::int32 var_168;
        const wp::int32 var_169 = 0;
        const wp::int32 var_170 = 1;
        wp::int32 var_171;
        wp::int32 var_172;
        wp::int32 var_173;
        const wp::int32 var_174 = 1;
        wp::int32 var_175;
        const wp::int32 var_176 = 0;
        const wp::int32 var_177 = 1;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::float32* var_180;
        wp::float32* var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        const wp::int32 var_186 = 2;
        wp::int32 var_187;
        const wp::int32 var_188 = 1;
        wp::int32 var_189;
        const wp::int32 var_190 = 0;
        const wp::int32 var_191 = 1;
        wp::int32 var_192;
        wp::int32 var_193;
        wp::int32 var_194;
        const wp::int32 var_195 = 1;
        wp::int32 var_196;
        const wp::int32 var_197 = 0;
        const wp::int32 var_198 = 1;
        wp::int32 var_199;
        wp::int32 var_200;
        wp::float32* var_201;
        wp::float32* var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        const wp::float32 var_207 = 0.7978845608;
        const wp::float32 var_208 = 0.044715;
        wp::float32 var_209;
        wp::float32 var_210;
        wp::float32 var_211;
        wp::float32 var_212;
        wp::float32 var_213;
        const wp::float32 var_214 = 0.5;
        wp::float32 var_215;
        const wp::float32 var_216 = 1.0;
        wp::float32 var_217;
        wp::float32 var_218;
        wp::float32 var_219;
        //---------
        // forward
        // def conv_depthwise(                                                                    <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 12>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // height = features.shape[2]                                                             <L 13>
        var_4 = &(var_features.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // width = features.shape[3]                                                              <L 14>
        var_8 = &(var_features.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // acc = beta[c]                                                                          <L 15>
        var_12 = wp::address(var_beta, var_1);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // for ky in range(3):                                                                    <L 16>
        // for kx in range(3):                                                                    <L 17>
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_17 = wp::add(var_2, var_15);
        var_19 = wp::sub(var_17, var_18);
        var_22 = wp::sub(var_6, var_21);
        var_23 = wp::clamp(var_19, var_20, var_22);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_24 = wp::add(var_3, var_16);
        var_26 = wp::sub(var_24, var_25);
        var_29 = wp::sub(var_10, var_28);
        var_30 = wp::clamp(var_26, var_27, var_29);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_31 = wp::address(var_weights, var_1, var_15, var_16);
        var_32 = wp::address(var_features, var_0, var_1, var_23, var_30);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_35);
        var_36 = wp::add(var_13, var_33);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_38 = wp::add(var_2, var_15);
        var_40 = wp::sub(var_38, var_39);
        var_43 = wp::sub(var_6, var_42);
        var_44 = wp::clamp(var_40, var_41, var_43);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_45 = wp::add(var_3, var_37);
        var_47 = wp::sub(var_45, var_46);
        var_50 = wp::sub(var_10, var_49);
        var_51 = wp::clamp(var_47, var_48, var_50);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_52 = wp::address(var_weights, var_1, var_15, var_37);
        var_53 = wp::address(var_features, var_0, var_1, var_44, var_51);
        var_55 = wp::load(var_52);
        var_56 = wp::load(var_53);
        var_54 = wp::mul(var_55, var_56);
        var_57 = wp::add(var_36, var_54);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_59 = wp::add(var_2, var_15);
        var_61 = wp::sub(var_59, var_60);
        var_64 = wp::sub(var_6, var_63);
        var_65 = wp::clamp(var_61, var_62, var_64);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_66 = wp::add(var_3, var_58);
        var_68 = wp::sub(var_66, var_67);
        var_71 = wp::sub(var_10, var_70);
        var_72 = wp::clamp(var_68, var_69, var_71);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_73 = wp::address(var_weights, var_1, var_15, var_58);
        var_74 = wp::address(var_features, var_0, var_1, var_65, var_72);
        var_76 = wp::load(var_73);
        var_77 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_77);
        var_78 = wp::add(var_57, var_75);
        // for kx in range(3):                                                                    <L 17>
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_81 = wp::add(var_2, var_79);
        var_83 = wp::sub(var_81, var_82);
        var_86 = wp::sub(var_6, var_85);
        var_87 = wp::clamp(var_83, var_84, var_86);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_88 = wp::add(var_3, var_80);
        var_90 = wp::sub(var_88, var_89);
        var_93 = wp::sub(var_10, var_92);
        var_94 = wp::clamp(var_90, var_91, var_93);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_95 = wp::address(var_weights, var_1, var_79, var_80);
        var_96 = wp::address(var_features, var_0, var_1, var_87, var_94);
        var_98 = wp::load(var_95);
        var_99 = wp::load(var_96);
        var_97 = wp::mul(var_98, var_99);
        var_100 = wp::add(var_78, var_97);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_102 = wp::add(var_2, var_79);
        var_104 = wp::sub(var_102, var_103);
        var_107 = wp::sub(var_6, var_106);
        var_108 = wp::clamp(var_104, var_105, var_107);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_109 = wp::add(var_3, var_101);
        var_111 = wp::sub(var_109, var_110);
        var_114 = wp::sub(var_10, var_113);
        var_115 = wp::clamp(var_111, var_112, var_114);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_116 = wp::address(var_weights, var_1, var_79, var_101);
        var_117 = wp::address(var_features, var_0, var_1, var_108, var_115);
        var_119 = wp::load(var_116);
        var_120 = wp::load(var_117);
        var_118 = wp::mul(var_119, var_120);
        var_121 = wp::add(var_100, var_118);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_123 = wp::add(var_2, var_79);
        var_125 = wp::sub(var_123, var_124);
        var_128 = wp::sub(var_6, var_127);
        var_129 = wp::clamp(var_125, var_126, var_128);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_130 = wp::add(var_3, var_122);
        var_132 = wp::sub(var_130, var_131);
        var_135 = wp::sub(var_10, var_134);
        var_136 = wp::clamp(var_132, var_133, var_135);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_137 = wp::address(var_weights, var_1, var_79, var_122);
        var_138 = wp::address(var_features, var_0, var_1, var_129, var_136);
        var_140 = wp::load(var_137);
        var_141 = wp::load(var_138);
        var_139 = wp::mul(var_140, var_141);
        var_142 = wp::add(var_121, var_139);
        // for kx in range(3):                                                                    <L 17>
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_145 = wp::add(var_2, var_143);
        var_147 = wp::sub(var_145, var_146);
        var_150 = wp::sub(var_6, var_149);
        var_151 = wp::clamp(var_147, var_148, var_150);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_152 = wp::add(var_3, var_144);
        var_154 = wp::sub(var_152, var_153);
        var_157 = wp::sub(var_10, var_156);
        var_158 = wp::clamp(var_154, var_155, var_157);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_159 = wp::address(var_weights, var_1, var_143, var_144);
        var_160 = wp::address(var_features, var_0, var_1, var_151, var_158);
        var_162 = wp::load(var_159);
        var_163 = wp::load(var_160);
        var_161 = wp::mul(var_162, var_163);
        var_164 = wp::add(var_142, var_161);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_166 = wp::add(var_2, var_143);
        var_168 = wp::sub(var_166, var_167);
        var_171 = wp::sub(var_6, var_170);
        var_172 = wp::clamp(var_168, var_169, var_171);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_173 = wp::add(var_3, var_165);
        var_175 = wp::sub(var_173, var_174);
        var_178 = wp::sub(var_10, var_177);
        var_179 = wp::clamp(var_175, var_176, var_178);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_180 = wp::address(var_weights, var_1, var_143, var_165);
        var_181 = wp::address(var_features, var_0, var_1, var_172, var_179);
        var_183 = wp::load(var_180);
        var_184 = wp::load(var_181);
        var_182 = wp::mul(var_183, var_184);
        var_185 = wp::add(var_164, var_182);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_187 = wp::add(var_2, var_143);
        var_189 = wp::sub(var_187, var_188);
        var_192 = wp::sub(var_6, var_191);
        var_193 = wp::clamp(var_189, var_190, var_192);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_194 = wp::add(var_3, var_186);
        var_196 = wp::sub(var_194, var_195);
        var_199 = wp::sub(var_10, var_198);
        var_200 = wp::clamp(var_196, var_197, var_199);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_201 = wp::address(var_weights, var_1, var_143, var_186);
        var_202 = wp::address(var_features, var_0, var_1, var_193, var_200);
        var_204 = wp::load(var_201);
        var_205 = wp::load(var_202);
        var_203 = wp::mul(var_204, var_205);
        var_206 = wp::add(var_185, var_203);
        // inner = 0.7978845608 * (acc + 0.044715 * acc * acc * acc)                              <L 22>
        var_209 = wp::mul(var_208, var_206);
        var_210 = wp::mul(var_209, var_206);
        var_211 = wp::mul(var_210, var_206);
        var_212 = wp::add(var_206, var_211);
        var_213 = wp::mul(var_207, var_212);
        // y_val = 0.5 * acc * (1.0 + wp.tanh(inner))                                             <L 23>
        var_215 = wp::mul(var_214, var_206);
        var_217 = wp::tanh(var_213);
        var_218 = wp::add(var_216, var_217);
        var_219 = wp::mul(var_215, var_218);
        // outputs[n, c, y, x] = y_val                                                            <L 24>
        wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_219);
    }
}



extern "C" __global__ void conv_depthwise_b00d4bcf_cuda_kernel_backward(
    wp::launch_bounds_t<4> dim,
    wp::array_t<wp::float32> var_features,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_beta,
    wp::array_t<wp::float32> var_outputs,
    wp::array_t<wp::float32> adj_features,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_beta,
    wp::array_t<wp::float32> adj_outputs)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 2;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 3;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 0;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        const wp::int32 var_20 = 0;
        const wp::int32 var_21 = 1;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 1;
        wp::int32 var_26;
        const wp::int32 var_27 = 0;
        const wp::int32 var_28 = 1;
        wp::int32 var_29;
        wp::int32 var_30;
        wp::float32* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 1;
        wp::int32 var_38;
        const wp::int32 var_39 = 1;
        wp::int32 var_40;
        const wp::int32 var_41 = 0;
        const wp::int32 var_42 = 1;
        wp::int32 var_43;
        wp::int32 var_44;
        wp::int32 var_45;
        const wp::int32 var_46 = 1;
        wp::int32 var_47;
        const wp::int32 var_48 = 0;
        const wp::int32 var_49 = 1;
        wp::int32 var_50;
        wp::int32 var_51;
        wp::float32* var_52;
        wp::float32* var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        wp::float32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 2;
        wp::int32 var_59;
        const wp::int32 var_60 = 1;
        wp::int32 var_61;
        const wp::int32 var_62 = 0;
        const wp::int32 var_63 = 1;
        wp::int32 var_64;
        wp::int32 var_65;
        wp::int32 var_66;
        const wp::int32 var_67 = 1;
        wp::int32 var_68;
        const wp::int32 var_69 = 0;
        const wp::int32 var_70 = 1;
        wp::int32 var_71;
        wp::int32 var_72;
        wp::float32* var_73;
        wp::float32* var_74;
        wp::float32 var_75;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 1;
        const wp::int32 var_80 = 0;
        wp::int32 var_81;
        const wp::int32 var_82 = 1;
        wp::int32 var_83;
        const wp::int32 var_84 = 0;
        const wp::int32 var_85 = 1;
        wp::int32 var_86;
        wp::int32 var_87;
        wp::int32 var_88;
        const wp::int32 var_89 = 1;
        wp::int32 var_90;
        const wp::int32 var_91 = 0;
        const wp::int32 var_92 = 1;
        wp::int32 var_93;
        wp::int32 var_94;
        wp::float32* var_95;
        wp::float32* var_96;
        wp::float32 var_97;
        wp::float32 var_98;
        wp::float32 var_99;
        wp::float32 var_100;
        const wp::int32 var_101 = 1;
        wp::int32 var_102;
        const wp::int32 var_103 = 1;
        wp::int32 var_104;
        const wp::int32 var_105 = 0;
        const wp::int32 var_106 = 1;
        wp::int32 var_107;
        wp::int32 var_108;
        wp::int32 var_109;
        const wp::int32 var_110 = 1;
        wp::int32 var_111;
        const wp::int32 var_112 = 0;
        const wp::int32 var_113 = 1;
        wp::int32 var_114;
        wp::int32 var_115;
        wp::float32* var_116;
        wp::float32* var_117;
        wp::float32 var_118;
        wp::float32 var_119;
        wp::float32 var_120;
        wp::float32 var_121;
        const wp::int32 var_122 = 2;
        wp::int32 var_123;
        const wp::int32 var_124 = 1;
        wp::int32 var_125;
        const wp::int32 var_126 = 0;
        const wp::int32 var_127 = 1;
        wp::int32 var_128;
        wp::int32 var_129;
        wp::int32 var_130;
        const wp::int32 var_131 = 1;
        wp::int32 var_132;
        const wp::int32 var_133 = 0;
        const wp::int32 var_134 = 1;
        wp::int32 var_135;
        wp::int32 var_136;
        wp::float32* var_137;
        wp::float32* var_138;
        wp::float32 var_139;
        wp::float32 var_140;
        wp::float32 var_141;
        wp::float32 var_142;
        const wp::int32 var_143 = 2;
        const wp::int32 var_144 = 0;
        wp::int32 var_145;
        const wp::int32 var_146 = 1;
        wp::int32 var_147;
        const wp::int32 var_148 = 0;
        const wp::int32 var_149 = 1;
        wp::int32 var_150;
        wp::int32 var_151;
        wp::int32 var_152;
        const wp::int32 var_153 = 1;
        wp::int32 var_154;
        const wp::int32 var_155 = 0;
        const wp::int32 var_156 = 1;
        wp::int32 var_157;
        wp::int32 var_158;
        wp::float32* var_159;
        wp::float32* var_160;
        wp::float32 var_161;
        wp::float32 var_162;
        wp::float32 var_163;
        wp::float32 var_164;
        const wp::int32 var_165 = 1;
        wp::int32 var_166;
        const wp::int32 var_167 = 1;
        wp::int32 var_168;
        const wp::int32 var_169 = 0;
        const wp::int32 var_170 = 1;
        wp::int32 var_171;
        wp::int32 var_172;
        wp::int32 var_173;
        const wp::int32 var_174 = 1;
        wp::int32 var_175;
        const wp::int32 var_176 = 0;
        const wp::int32 var_177 = 1;
        wp::int32 var_178;
        wp::int32 var_179;
        wp::float32* var_180;
        wp::float32* var_181;
        wp::float32 var_182;
        wp::float32 var_183;
        wp::float32 var_184;
        wp::float32 var_185;
        const wp::int32 var_186 = 2;
        wp::int32 var_187;
        const wp::int32 var_188 = 1;
        wp::int32 var_189;
        const wp::int32 var_190 = 0;
        const wp::int32 var_191 = 1;
        wp::int32 var_192;
        wp::int32 var_193;
        wp::int32 var_194;
        const wp::int32 var_195 = 1;
        wp::int32 var_196;
        const wp::int32 var_197 = 0;
        const wp::int32 var_198 = 1;
        wp::int32 var_199;
        wp::int32 var_200;
        wp::float32* var_201;
        wp::float32* var_202;
        wp::float32 var_203;
        wp::float32 var_204;
        wp::float32 var_205;
        wp::float32 var_206;
        const wp::float32 var_207 = 0.7978845608;
        const wp::float32 var_208 = 0.044715;
        wp::float32 var_209;
        wp::float32 var_210;
        wp::float32 var_211;
        wp::float32 var_212;
        wp::float32 var_213;
        const wp::float32 var_214 = 0.5;
        wp::float32 var_215;
        const wp::float32 var_216 = 1.0;
        wp::float32 var_217;
        wp::float32 var_218;
        wp::float32 var_219;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
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
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
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
        wp::int32 adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::float32 adj_52 = {};
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
        wp::int32 adj_69 = {};
        wp::int32 adj_70 = {};
        wp::int32 adj_71 = {};
        wp::int32 adj_72 = {};
        wp::float32 adj_73 = {};
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
        wp::int32 adj_91 = {};
        wp::int32 adj_92 = {};
        wp::int32 adj_93 = {};
        wp::int32 adj_94 = {};
        wp::float32 adj_95 = {};
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
        wp::int32 adj_112 = {};
        wp::int32 adj_113 = {};
        wp::int32 adj_114 = {};
        wp::int32 adj_115 = {};
        wp::float32 adj_116 = {};
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
        wp::int32 adj_133 = {};
        wp::int32 adj_134 = {};
        wp::int32 adj_135 = {};
        wp::int32 adj_136 = {};
        wp::float32 adj_137 = {};
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
        wp::int32 adj_155 = {};
        wp::int32 adj_156 = {};
        wp::int32 adj_157 = {};
        wp::int32 adj_158 = {};
        wp::float32 adj_159 = {};
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
        wp::int32 adj_176 = {};
        wp::int32 adj_177 = {};
        wp::int32 adj_178 = {};
        wp::int32 adj_179 = {};
        wp::float32 adj_180 = {};
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
        wp::int32 adj_197 = {};
        wp::int32 adj_198 = {};
        wp::int32 adj_199 = {};
        wp::int32 adj_200 = {};
        wp::float32 adj_201 = {};
        wp::float32 adj_202 = {};
        wp::float32 adj_203 = {};
        wp::float32 adj_204 = {};
        wp::float32 adj_205 = {};
        wp::float32 adj_206 = {};
        wp::float32 adj_207 = {};
        wp::float32 adj_208 = {};
        wp::float32 adj_209 = {};
        wp::float32 adj_210 = {};
        wp::float32 adj_211 = {};
        wp::float32 adj_212 = {};
        wp::float32 adj_213 = {};
        wp::float32 adj_214 = {};
        wp::float32 adj_215 = {};
        wp::float32 adj_216 = {};
        wp::float32 adj_217 = {};
        wp::float32 adj_218 = {};
        wp::float32 adj_219 = {};
        //---------
        // forward
        // def conv_depthwise(                                                                    <L 5>
        // n, c, y, x = wp.tid()                                                                  <L 12>
        builtin_tid4d(var_0, var_1, var_2, var_3);
        // height = features.shape[2]                                                             <L 13>
        var_4 = &(var_features.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // width = features.shape[3]                                                              <L 14>
        var_8 = &(var_features.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // acc = beta[c]                                                                          <L 15>
        var_12 = wp::address(var_beta, var_1);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // for ky in range(3):                                                                    <L 16>
        // for kx in range(3):                                                                    <L 17>
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_17 = wp::add(var_2, var_15);
        var_19 = wp::sub(var_17, var_18);
        var_22 = wp::sub(var_6, var_21);
        var_23 = wp::clamp(var_19, var_20, var_22);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_24 = wp::add(var_3, var_16);
        var_26 = wp::sub(var_24, var_25);
        var_29 = wp::sub(var_10, var_28);
        var_30 = wp::clamp(var_26, var_27, var_29);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_31 = wp::address(var_weights, var_1, var_15, var_16);
        var_32 = wp::address(var_features, var_0, var_1, var_23, var_30);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = wp::mul(var_34, var_35);
        var_36 = wp::add(var_13, var_33);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_38 = wp::add(var_2, var_15);
        var_40 = wp::sub(var_38, var_39);
        var_43 = wp::sub(var_6, var_42);
        var_44 = wp::clamp(var_40, var_41, var_43);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_45 = wp::add(var_3, var_37);
        var_47 = wp::sub(var_45, var_46);
        var_50 = wp::sub(var_10, var_49);
        var_51 = wp::clamp(var_47, var_48, var_50);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_52 = wp::address(var_weights, var_1, var_15, var_37);
        var_53 = wp::address(var_features, var_0, var_1, var_44, var_51);
        var_55 = wp::load(var_52);
        var_56 = wp::load(var_53);
        var_54 = wp::mul(var_55, var_56);
        var_57 = wp::add(var_36, var_54);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_59 = wp::add(var_2, var_15);
        var_61 = wp::sub(var_59, var_60);
        var_64 = wp::sub(var_6, var_63);
        var_65 = wp::clamp(var_61, var_62, var_64);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_66 = wp::add(var_3, var_58);
        var_68 = wp::sub(var_66, var_67);
        var_71 = wp::sub(var_10, var_70);
        var_72 = wp::clamp(var_68, var_69, var_71);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_73 = wp::address(var_weights, var_1, var_15, var_58);
        var_74 = wp::address(var_features, var_0, var_1, var_65, var_72);
        var_76 = wp::load(var_73);
        var_77 = wp::load(var_74);
        var_75 = wp::mul(var_76, var_77);
        var_78 = wp::add(var_57, var_75);
        // for kx in range(3):                                                                    <L 17>
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_81 = wp::add(var_2, var_79);
        var_83 = wp::sub(var_81, var_82);
        var_86 = wp::sub(var_6, var_85);
        var_87 = wp::clamp(var_83, var_84, var_86);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_88 = wp::add(var_3, var_80);
        var_90 = wp::sub(var_88, var_89);
        var_93 = wp::sub(var_10, var_92);
        var_94 = wp::clamp(var_90, var_91, var_93);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_95 = wp::address(var_weights, var_1, var_79, var_80);
        var_96 = wp::address(var_features, var_0, var_1, var_87, var_94);
        var_98 = wp::load(var_95);
        var_99 = wp::load(var_96);
        var_97 = wp::mul(var_98, var_99);
        var_100 = wp::add(var_78, var_97);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_102 = wp::add(var_2, var_79);
        var_104 = wp::sub(var_102, var_103);
        var_107 = wp::sub(var_6, var_106);
        var_108 = wp::clamp(var_104, var_105, var_107);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_109 = wp::add(var_3, var_101);
        var_111 = wp::sub(var_109, var_110);
        var_114 = wp::sub(var_10, var_113);
        var_115 = wp::clamp(var_111, var_112, var_114);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_116 = wp::address(var_weights, var_1, var_79, var_101);
        var_117 = wp::address(var_features, var_0, var_1, var_108, var_115);
        var_119 = wp::load(var_116);
        var_120 = wp::load(var_117);
        var_118 = wp::mul(var_119, var_120);
        var_121 = wp::add(var_100, var_118);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_123 = wp::add(var_2, var_79);
        var_125 = wp::sub(var_123, var_124);
        var_128 = wp::sub(var_6, var_127);
        var_129 = wp::clamp(var_125, var_126, var_128);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_130 = wp::add(var_3, var_122);
        var_132 = wp::sub(var_130, var_131);
        var_135 = wp::sub(var_10, var_134);
        var_136 = wp::clamp(var_132, var_133, var_135);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_137 = wp::address(var_weights, var_1, var_79, var_122);
        var_138 = wp::address(var_features, var_0, var_1, var_129, var_136);
        var_140 = wp::load(var_137);
        var_141 = wp::load(var_138);
        var_139 = wp::mul(var_140, var_141);
        var_142 = wp::add(var_121, var_139);
        // for kx in range(3):                                                                    <L 17>
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_145 = wp::add(var_2, var_143);
        var_147 = wp::sub(var_145, var_146);
        var_150 = wp::sub(var_6, var_149);
        var_151 = wp::clamp(var_147, var_148, var_150);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_152 = wp::add(var_3, var_144);
        var_154 = wp::sub(var_152, var_153);
        var_157 = wp::sub(var_10, var_156);
        var_158 = wp::clamp(var_154, var_155, var_157);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_159 = wp::address(var_weights, var_1, var_143, var_144);
        var_160 = wp::address(var_features, var_0, var_1, var_151, var_158);
        var_162 = wp::load(var_159);
        var_163 = wp::load(var_160);
        var_161 = wp::mul(var_162, var_163);
        var_164 = wp::add(var_142, var_161);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_166 = wp::add(var_2, var_143);
        var_168 = wp::sub(var_166, var_167);
        var_171 = wp::sub(var_6, var_170);
        var_172 = wp::clamp(var_168, var_169, var_171);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_173 = wp::add(var_3, var_165);
        var_175 = wp::sub(var_173, var_174);
        var_178 = wp::sub(var_10, var_177);
        var_179 = wp::clamp(var_175, var_176, var_178);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_180 = wp::address(var_weights, var_1, var_143, var_165);
        var_181 = wp::address(var_features, var_0, var_1, var_172, var_179);
        var_183 = wp::load(var_180);
        var_184 = wp::load(var_181);
        var_182 = wp::mul(var_183, var_184);
        var_185 = wp::add(var_164, var_182);
        // yy = wp.clamp(y + ky - 1, 0, height - 1)                                               <L 19>
        var_187 = wp::add(var_2, var_143);
        var_189 = wp::sub(var_187, var_188);
        var_192 = wp::sub(var_6, var_191);
        var_193 = wp::clamp(var_189, var_190, var_192);
        // xx = wp.clamp(x + kx - 1, 0, width - 1)                                                <L 20>
        var_194 = wp::add(var_3, var_186);
        var_196 = wp::sub(var_194, var_195);
        var_199 = wp::sub(var_10, var_198);
        var_200 = wp::clamp(var_196, var_197, var_199);
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                     <L 21>
        var_201 = wp::address(var_weights, var_1, var_143, var_186);
        var_202 = wp::address(var_features, var_0, var_1, var_193, var_200);
        var_204 = wp::load(var_201);
        var_205 = wp::load(var_202);
        var_203 = wp::mul(var_204, var_205);
        var_206 = wp::add(var_185, var_203);
        // inner = 0.7978845608 * (acc + 0.044715 * acc * acc * acc)                              <L 22>
        var_209 = wp::mul(var_208, var_206);
        var_210 = wp::mul(var_209, var_206);
        var_211 = wp::mul(var_210, var_206);
        var_212 = wp::add(var_206, var_211);
        var_213 = wp::mul(var_207, var_212);
        // y_val = 0.5 * acc * (1.0 + wp.tanh(inner))                                             <L 23>
        var_215 = wp::mul(var_214, var_206);
        var_217 = wp::tanh(var_213);
        var_218 = wp::add(var_216, var_217);
        var_219 = wp::mul(var_215, var_218);
        // outputs[n, c, y, x] = y_val                                                            <L 24>
        // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_219);
        //---------
        // reverse
        wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_219, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_219);
        // adj: outputs[n, c, y, x] = y_val                                                       <L 24>
        wp::adj_mul(var_215, var_218, adj_215, adj_218, adj_219);
        wp::adj_add(var_216, var_217, adj_216, adj_217, adj_218);
        wp::adj_tanh(var_213, var_217, adj_213, adj_217);
        wp::adj_mul(var_214, var_206, adj_214, adj_206, adj_215);
        // adj: y_val = 0.5 * acc * (1.0 + wp.tanh(inner))                                        <L 23>
        wp::adj_mul(var_207, var_212, adj_207, adj_212, adj_213);
        wp::adj_add(var_206, var_211, adj_206, adj_211, adj_212);
        wp::adj_mul(var_210, var_206, adj_210, adj_206, adj_211);
        wp::adj_mul(var_209, var_206, adj_209, adj_206, adj_210);
        wp::adj_mul(var_208, var_206, adj_208, adj_206, adj_209);
        // adj: inner = 0.7978845608 * (acc + 0.044715 * acc * acc * acc)                         <L 22>
        wp::adj_add(var_185, var_203, adj_185, adj_203, adj_206);
        wp::adj_mul(var_204, var_205, adj_201, adj_202, adj_203);
        wp::adj_address(var_features, var_0, var_1, var_193, var_200, adj_features, adj_0, adj_1, adj_193, adj_200, adj_202);
        wp::adj_address(var_weights, var_1, var_143, var_186, adj_weights, adj_1, adj_143, adj_186, adj_201);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_196, var_197, var_199, adj_196, adj_197, adj_199, adj_200);
        wp::adj_sub(var_10, var_198, adj_10, adj_198, adj_199);
        wp::adj_sub(var_194, var_195, adj_194, adj_195, adj_196);
        wp::adj_add(var_3, var_186, adj_3, adj_186, adj_194);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_189, var_190, var_192, adj_189, adj_190, adj_192, adj_193);
        wp::adj_sub(var_6, var_191, adj_6, adj_191, adj_192);
        wp::adj_sub(var_187, var_188, adj_187, adj_188, adj_189);
        wp::adj_add(var_2, var_143, adj_2, adj_143, adj_187);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        wp::adj_add(var_164, var_182, adj_164, adj_182, adj_185);
        wp::adj_mul(var_183, var_184, adj_180, adj_181, adj_182);
        wp::adj_address(var_features, var_0, var_1, var_172, var_179, adj_features, adj_0, adj_1, adj_172, adj_179, adj_181);
        wp::adj_address(var_weights, var_1, var_143, var_165, adj_weights, adj_1, adj_143, adj_165, adj_180);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_175, var_176, var_178, adj_175, adj_176, adj_178, adj_179);
        wp::adj_sub(var_10, var_177, adj_10, adj_177, adj_178);
        wp::adj_sub(var_173, var_174, adj_173, adj_174, adj_175);
        wp::adj_add(var_3, var_165, adj_3, adj_165, adj_173);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_168, var_169, var_171, adj_168, adj_169, adj_171, adj_172);
        wp::adj_sub(var_6, var_170, adj_6, adj_170, adj_171);
        wp::adj_sub(var_166, var_167, adj_166, adj_167, adj_168);
        wp::adj_add(var_2, var_143, adj_2, adj_143, adj_166);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        wp::adj_add(var_142, var_161, adj_142, adj_161, adj_164);
        wp::adj_mul(var_162, var_163, adj_159, adj_160, adj_161);
        wp::adj_address(var_features, var_0, var_1, var_151, var_158, adj_features, adj_0, adj_1, adj_151, adj_158, adj_160);
        wp::adj_address(var_weights, var_1, var_143, var_144, adj_weights, adj_1, adj_143, adj_144, adj_159);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_154, var_155, var_157, adj_154, adj_155, adj_157, adj_158);
        wp::adj_sub(var_10, var_156, adj_10, adj_156, adj_157);
        wp::adj_sub(var_152, var_153, adj_152, adj_153, adj_154);
        wp::adj_add(var_3, var_144, adj_3, adj_144, adj_152);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_147, var_148, var_150, adj_147, adj_148, adj_150, adj_151);
        wp::adj_sub(var_6, var_149, adj_6, adj_149, adj_150);
        wp::adj_sub(var_145, var_146, adj_145, adj_146, adj_147);
        wp::adj_add(var_2, var_143, adj_2, adj_143, adj_145);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        // adj: for kx in range(3):                                                               <L 17>
        wp::adj_add(var_121, var_139, adj_121, adj_139, adj_142);
        wp::adj_mul(var_140, var_141, adj_137, adj_138, adj_139);
        wp::adj_address(var_features, var_0, var_1, var_129, var_136, adj_features, adj_0, adj_1, adj_129, adj_136, adj_138);
        wp::adj_address(var_weights, var_1, var_79, var_122, adj_weights, adj_1, adj_79, adj_122, adj_137);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_132, var_133, var_135, adj_132, adj_133, adj_135, adj_136);
        wp::adj_sub(var_10, var_134, adj_10, adj_134, adj_135);
        wp::adj_sub(var_130, var_131, adj_130, adj_131, adj_132);
        wp::adj_add(var_3, var_122, adj_3, adj_122, adj_130);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_125, var_126, var_128, adj_125, adj_126, adj_128, adj_129);
        wp::adj_sub(var_6, var_127, adj_6, adj_127, adj_128);
        wp::adj_sub(var_123, var_124, adj_123, adj_124, adj_125);
        wp::adj_add(var_2, var_79, adj_2, adj_79, adj_123);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        wp::adj_add(var_100, var_118, adj_100, adj_118, adj_121);
        wp::adj_mul(var_119, var_120, adj_116, adj_117, adj_118);
        wp::adj_address(var_features, var_0, var_1, var_108, var_115, adj_features, adj_0, adj_1, adj_108, adj_115, adj_117);
        wp::adj_address(var_weights, var_1, var_79, var_101, adj_weights, adj_1, adj_79, adj_101, adj_116);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_111, var_112, var_114, adj_111, adj_112, adj_114, adj_115);
        wp::adj_sub(var_10, var_113, adj_10, adj_113, adj_114);
        wp::adj_sub(var_109, var_110, adj_109, adj_110, adj_111);
        wp::adj_add(var_3, var_101, adj_3, adj_101, adj_109);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_104, var_105, var_107, adj_104, adj_105, adj_107, adj_108);
        wp::adj_sub(var_6, var_106, adj_6, adj_106, adj_107);
        wp::adj_sub(var_102, var_103, adj_102, adj_103, adj_104);
        wp::adj_add(var_2, var_79, adj_2, adj_79, adj_102);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        wp::adj_add(var_78, var_97, adj_78, adj_97, adj_100);
        wp::adj_mul(var_98, var_99, adj_95, adj_96, adj_97);
        wp::adj_address(var_features, var_0, var_1, var_87, var_94, adj_features, adj_0, adj_1, adj_87, adj_94, adj_96);
        wp::adj_address(var_weights, var_1, var_79, var_80, adj_weights, adj_1, adj_79, adj_80, adj_95);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_90, var_91, var_93, adj_90, adj_91, adj_93, adj_94);
        wp::adj_sub(var_10, var_92, adj_10, adj_92, adj_93);
        wp::adj_sub(var_88, var_89, adj_88, adj_89, adj_90);
        wp::adj_add(var_3, var_80, adj_3, adj_80, adj_88);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_83, var_84, var_86, adj_83, adj_84, adj_86, adj_87);
        wp::adj_sub(var_6, var_85, adj_6, adj_85, adj_86);
        wp::adj_sub(var_81, var_82, adj_81, adj_82, adj_83);
        wp::adj_add(var_2, var_79, adj_2, adj_79, adj_81);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        // adj: for kx in range(3):                                                               <L 17>
        wp::adj_add(var_57, var_75, adj_57, adj_75, adj_78);
        wp::adj_mul(var_76, var_77, adj_73, adj_74, adj_75);
        wp::adj_address(var_features, var_0, var_1, var_65, var_72, adj_features, adj_0, adj_1, adj_65, adj_72, adj_74);
        wp::adj_address(var_weights, var_1, var_15, var_58, adj_weights, adj_1, adj_15, adj_58, adj_73);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_68, var_69, var_71, adj_68, adj_69, adj_71, adj_72);
        wp::adj_sub(var_10, var_70, adj_10, adj_70, adj_71);
        wp::adj_sub(var_66, var_67, adj_66, adj_67, adj_68);
        wp::adj_add(var_3, var_58, adj_3, adj_58, adj_66);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_61, var_62, var_64, adj_61, adj_62, adj_64, adj_65);
        wp::adj_sub(var_6, var_63, adj_6, adj_63, adj_64);
        wp::adj_sub(var_59, var_60, adj_59, adj_60, adj_61);
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_59);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        wp::adj_add(var_36, var_54, adj_36, adj_54, adj_57);
        wp::adj_mul(var_55, var_56, adj_52, adj_53, adj_54);
        wp::adj_address(var_features, var_0, var_1, var_44, var_51, adj_features, adj_0, adj_1, adj_44, adj_51, adj_53);
        wp::adj_address(var_weights, var_1, var_15, var_37, adj_weights, adj_1, adj_15, adj_37, adj_52);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_47, var_48, var_50, adj_47, adj_48, adj_50, adj_51);
        wp::adj_sub(var_10, var_49, adj_10, adj_49, adj_50);
        wp::adj_sub(var_45, var_46, adj_45, adj_46, adj_47);
        wp::adj_add(var_3, var_37, adj_3, adj_37, adj_45);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_40, var_41, var_43, adj_40, adj_41, adj_43, adj_44);
        wp::adj_sub(var_6, var_42, adj_6, adj_42, adj_43);
        wp::adj_sub(var_38, var_39, adj_38, adj_39, adj_40);
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_38);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        wp::adj_add(var_13, var_33, adj_13, adj_33, adj_36);
        wp::adj_mul(var_34, var_35, adj_31, adj_32, adj_33);
        wp::adj_address(var_features, var_0, var_1, var_23, var_30, adj_features, adj_0, adj_1, adj_23, adj_30, adj_32);
        wp::adj_address(var_weights, var_1, var_15, var_16, adj_weights, adj_1, adj_15, adj_16, adj_31);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                                <L 21>
        wp::adj_clamp(var_26, var_27, var_29, adj_26, adj_27, adj_29, adj_30);
        wp::adj_sub(var_10, var_28, adj_10, adj_28, adj_29);
        wp::adj_sub(var_24, var_25, adj_24, adj_25, adj_26);
        wp::adj_add(var_3, var_16, adj_3, adj_16, adj_24);
        // adj: xx = wp.clamp(x + kx - 1, 0, width - 1)                                           <L 20>
        wp::adj_clamp(var_19, var_20, var_22, adj_19, adj_20, adj_22, adj_23);
        wp::adj_sub(var_6, var_21, adj_6, adj_21, adj_22);
        wp::adj_sub(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_add(var_2, var_15, adj_2, adj_15, adj_17);
        // adj: yy = wp.clamp(y + ky - 1, 0, height - 1)                                          <L 19>
        // adj: for kx in range(3):                                                               <L 17>
        // adj: for ky in range(3):                                                               <L 16>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_beta, var_1, adj_beta, adj_1, adj_12);
        // adj: acc = beta[c]                                                                     <L 15>
        adj_features.shape = adj_8;
        // adj: width = features.shape[3]                                                         <L 14>
        adj_features.shape = adj_4;
        // adj: height = features.shape[2]                                                        <L 13>
        // adj: n, c, y, x = wp.tid()                                                             <L 12>
        // adj: def conv_depthwise(                                                               <L 5>
        continue;
    }
}

