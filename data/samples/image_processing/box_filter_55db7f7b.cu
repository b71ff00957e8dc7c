// Warp 1.19.0 cuda code for box_filter_55db7f7b.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:151
static CUDA_CALLABLE wp::quat_t<wp::float32> quat_twist_0(
    wp::vec_t<3, wp::float32> var_axis,
    wp::quat_t<wp::float32> var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    //---------
    // forward
    // def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                                  <L 152>
    // a = wp.vec3(q[0], q[1], q[2])                                                          <L 166>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // proj = wp.dot(a, axis)                                                                 <L 167>
    var_7 = wp::dot(var_6, var_axis);
    // a = proj * axis                                                                        <L 168>
    var_8 = wp::mul(var_7, var_axis);
    // return wp.normalize(wp.quat(a[0], a[1], a[2], q[3]))                                   <L 169>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_16 = wp::extract(var_q, var_15);
    var_17 = wp::quat_t<wp::float32>(var_10, var_12, var_14, var_16);
    var_18 = wp::normalize(var_17);
    return var_18;
}


// warp/_src/math.py:151
static CUDA_CALLABLE void adj_quat_twist_0(
    wp::vec_t<3, wp::float32> var_axis,
    wp::quat_t<wp::float32> var_q,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::quat_t<wp::float32> & adj_q,
    wp::quat_t<wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 1;
    wp::float32 var_3;
    const wp::int32 var_4 = 2;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::vec_t<3, wp::float32> var_8;
    const wp::int32 var_9 = 0;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    const wp::int32 var_13 = 2;
    wp::float32 var_14;
    const wp::int32 var_15 = 3;
    wp::float32 var_16;
    wp::quat_t<wp::float32> var_17;
    wp::quat_t<wp::float32> var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::quat_t<wp::float32> adj_17 = {};
    wp::quat_t<wp::float32> adj_18 = {};
    //---------
    // forward
    // def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                                  <L 152>
    // a = wp.vec3(q[0], q[1], q[2])                                                          <L 166>
    var_1 = wp::extract(var_q, var_0);
    var_3 = wp::extract(var_q, var_2);
    var_5 = wp::extract(var_q, var_4);
    var_6 = wp::vec_t<3, wp::float32>(var_1, var_3, var_5);
    // proj = wp.dot(a, axis)                                                                 <L 167>
    var_7 = wp::dot(var_6, var_axis);
    // a = proj * axis                                                                        <L 168>
    var_8 = wp::mul(var_7, var_axis);
    // return wp.normalize(wp.quat(a[0], a[1], a[2], q[3]))                                   <L 169>
    var_10 = wp::extract(var_8, var_9);
    var_12 = wp::extract(var_8, var_11);
    var_14 = wp::extract(var_8, var_13);
    var_16 = wp::extract(var_q, var_15);
    var_17 = wp::quat_t<wp::float32>(var_10, var_12, var_14, var_16);
    var_18 = wp::normalize(var_17);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_18 += adj_ret;
    wp::adj_normalize(var_17, adj_17, adj_18);
    wp::adj_quat_t(var_10, var_12, var_14, var_16, adj_10, adj_12, adj_14, adj_16, adj_17);
    wp::adj_extract(var_q, var_15, adj_q, adj_15, adj_16);
    wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_extract(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: return wp.normalize(wp.quat(a[0], a[1], a[2], q[3]))                              <L 169>
    wp::adj_mul(var_7, var_axis, adj_7, adj_axis, adj_8);
    // adj: a = proj * axis                                                                   <L 168>
    wp::adj_dot(var_6, var_axis, adj_6, adj_axis, adj_7);
    // adj: proj = wp.dot(a, axis)                                                            <L 167>
    wp::adj_vec_t(var_1, var_3, var_5, adj_1, adj_3, adj_5, adj_6);
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: a = wp.vec3(q[0], q[1], q[2])                                                     <L 166>
    // adj: def quat_twist(axis: wp.vec3, q: wp.quat) -> wp.quat:                             <L 152>
    return;
}



extern "C" __global__ void box_filter_49e499e1_cuda_kernel_forward(
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
        const wp::float32 var_207 = 0.0;
        wp::float32 var_208;
        wp::int32 var_209;
        const wp::int32 var_210 = 8;
        wp::int32 var_211;
        wp::range_t var_212;
        wp::int32 var_213;
        wp::vec_t<6, wp::float32> var_214;
        wp::int32 var_215;
        const wp::int32 var_216 = 12;
        wp::int32 var_217;
        wp::range_t var_218;
        wp::int32 var_219;
        wp::float32 var_220;
        wp::vec_t<3, wp::float32> var_221;
        const wp::float32 var_222 = 0.0;
        wp::vec_t<3, wp::float32> var_223;
        wp::vec_t<6, wp::float32> var_224;
        wp::vec_t<6, wp::float32> var_225;
        wp::vec_t<3, wp::float32> var_226;
        wp::float32 var_227;
        wp::vec_t<3, wp::float32> var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        const wp::float32 var_231 = 0.0;
        bool var_232;
        wp::vec_t<3, wp::float32> var_233;
        wp::float32 var_234;
        wp::vec_t<3, wp::float32> var_235;
        wp::float32 var_236;
        wp::float32 var_237;
        wp::float32 var_238;
        const wp::float32 var_239 = 0.0;
        const wp::float32 var_240 = 1.0;
        const wp::float32 var_241 = 0.0;
        wp::vec_t<3, wp::float32> var_242;
        const wp::float32 var_243 = 0.1;
        wp::quat_t<wp::float32> var_244;
        const wp::float32 var_245 = 0.0;
        const wp::float32 var_246 = 1.0;
        const wp::float32 var_247 = 0.0;
        wp::vec_t<3, wp::float32> var_248;
        const wp::float32 var_249 = 0.1;
        wp::quat_t<wp::float32> var_250;
        wp::quat_t<wp::float32> var_251;
        wp::quat_t<wp::float32> var_252;
        wp::quat_t<wp::float32> var_253;
        const wp::float32 var_254 = 0.25;
        wp::vec_t<3, wp::float32> var_255;
        wp::vec_t<3, wp::float32> var_256;
        wp::quat_t<wp::float32> var_257;
        wp::quat_t<wp::float32> var_258;
        wp::quat_t<wp::float32> var_259;
        wp::float32 var_260;
        wp::float32 var_261;
        wp::float32 var_262;
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
        // filtered = float(0.0)                                                                  <L 16>
        var_208 = wp::float(var_207);
        // for m_2 in range(wp.min(wp.abs(x), 8)):                                                <L 17>
        var_209 = wp::abs(var_1);
        var_211 = wp::min(var_209, var_210);
        var_212 = wp::range(var_211);
        start_for_0:;
            if (iter_cmp(var_212) == 0) goto end_for_0;
            var_213 = wp::iter_next(var_212);
            // running = wp.spatial_vector()                                                      <L 18>
            var_214 = wp::vec_t<6, wp::float32>();
            // for k_2 in range(wp.min(wp.abs(m_2), 12)):                                         <L 19>
            var_215 = wp::abs(var_213);
            var_217 = wp::min(var_215, var_216);
            var_218 = wp::range(var_217);
            start_for_2:;
                if (iter_cmp(var_218) == 0) goto end_for_2;
                var_219 = wp::iter_next(var_218);
                // running += wp.spatial_vector(wp.vec3(float(k_2)), wp.vec3(0.0))                <L 20>
                var_220 = wp::float(var_219);
                var_221 = wp::vec_t<3, wp::float32>(var_220);
                var_223 = wp::vec_t<3, wp::float32>(var_222);
                var_224 = wp::vec_t<6, wp::float32>(var_221, var_223);
                var_225 = wp::add(var_214, var_224);
                wp::assign(var_214, var_225);
                goto start_for_2;
            end_for_2:;
            // if (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running))) < 0.0:       <L 21>
            var_226 = wp::spatial_top(var_214);
            var_227 = wp::length(var_226);
            var_228 = wp::spatial_bottom(var_214);
            var_229 = wp::length(var_228);
            var_230 = wp::add(var_227, var_229);
            var_232 = (var_230 < var_231);
            if (var_232) {
                // continue                                                                       <L 22>
                goto start_for_0;
            }
            // filtered += (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running)))       <L 23>
            var_233 = wp::spatial_top(var_214);
            var_234 = wp::length(var_233);
            var_235 = wp::spatial_bottom(var_214);
            var_236 = wp::length(var_235);
            var_237 = wp::add(var_234, var_236);
            var_238 = wp::add(var_208, var_237);
            wp::assign(var_208, var_238);
            goto start_for_0;
        end_for_0:;
        // orient_next = wp.normalize(wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * filtered))       <L 24>
        var_242 = wp::vec_t<3, wp::float32>(var_239, var_240, var_241);
        var_244 = wp::quat_from_axis_angle(var_242, var_243);
        var_248 = wp::vec_t<3, wp::float32>(var_245, var_246, var_247);
        var_250 = wp::quat_from_axis_angle(var_248, var_249);
        var_251 = wp::mul(var_250, var_208);
        var_252 = wp::mul(var_244, var_251);
        var_253 = wp::normalize(var_252);
        // q_total = wp.normalize(wp.quat_twist(wp.normalize(wp.vec3(0.25)), orient_next) * orient_next)       <L 25>
        var_255 = wp::vec_t<3, wp::float32>(var_254);
        var_256 = wp::normalize(var_255);
        var_257 = quat_twist_0(var_256, var_253);
        var_258 = wp::mul(var_257, var_253);
        var_259 = wp::normalize(var_258);
        // out[y, x] = conv + (pixel + wp.length(q_total))                                        <L 26>
        var_260 = wp::length(var_259);
        var_261 = wp::add(var_11, var_260);
        var_262 = wp::add(var_206, var_261);
        wp::array_store(var_out, var_0, var_1, var_262);
}



extern "C" __global__ void box_filter_49e499e1_cuda_kernel_backward(
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
        const wp::float32 var_207 = 0.0;
        wp::float32 var_208;
        wp::int32 var_209;
        const wp::int32 var_210 = 8;
        wp::int32 var_211;
        wp::range_t var_212;
        wp::int32 var_213;
        wp::vec_t<6, wp::float32> var_214;
        wp::int32 var_215;
        const wp::int32 var_216 = 12;
        wp::int32 var_217;
        wp::range_t var_218;
        wp::int32 var_219;
        wp::float32 var_220;
        wp::vec_t<3, wp::float32> var_221;
        const wp::float32 var_222 = 0.0;
        wp::vec_t<3, wp::float32> var_223;
        wp::vec_t<6, wp::float32> var_224;
        wp::vec_t<6, wp::float32> var_225;
        wp::vec_t<3, wp::float32> var_226;
        wp::float32 var_227;
        wp::vec_t<3, wp::float32> var_228;
        wp::float32 var_229;
        wp::float32 var_230;
        const wp::float32 var_231 = 0.0;
        bool var_232;
        wp::vec_t<3, wp::float32> var_233;
        wp::float32 var_234;
        wp::vec_t<3, wp::float32> var_235;
        wp::float32 var_236;
        wp::float32 var_237;
        wp::float32 var_238;
        const wp::float32 var_239 = 0.0;
        const wp::float32 var_240 = 1.0;
        const wp::float32 var_241 = 0.0;
        wp::vec_t<3, wp::float32> var_242;
        const wp::float32 var_243 = 0.1;
        wp::quat_t<wp::float32> var_244;
        const wp::float32 var_245 = 0.0;
        const wp::float32 var_246 = 1.0;
        const wp::float32 var_247 = 0.0;
        wp::vec_t<3, wp::float32> var_248;
        const wp::float32 var_249 = 0.1;
        wp::quat_t<wp::float32> var_250;
        wp::quat_t<wp::float32> var_251;
        wp::quat_t<wp::float32> var_252;
        wp::quat_t<wp::float32> var_253;
        const wp::float32 var_254 = 0.25;
        wp::vec_t<3, wp::float32> var_255;
        wp::vec_t<3, wp::float32> var_256;
        wp::quat_t<wp::float32> var_257;
        wp::quat_t<wp::float32> var_258;
        wp::quat_t<wp::float32> var_259;
        wp::float32 var_260;
        wp::float32 var_261;
        wp::float32 var_262;
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
        wp::float32 adj_208 = {};
        wp::int32 adj_209 = {};
        wp::int32 adj_210 = {};
        wp::int32 adj_211 = {};
        wp::range_t adj_212 = {};
        wp::int32 adj_213 = {};
        wp::vec_t<6, wp::float32> adj_214 = {};
        wp::int32 adj_215 = {};
        wp::int32 adj_216 = {};
        wp::int32 adj_217 = {};
        wp::range_t adj_218 = {};
        wp::int32 adj_219 = {};
        wp::float32 adj_220 = {};
        wp::vec_t<3, wp::float32> adj_221 = {};
        wp::float32 adj_222 = {};
        wp::vec_t<3, wp::float32> adj_223 = {};
        wp::vec_t<6, wp::float32> adj_224 = {};
        wp::vec_t<6, wp::float32> adj_225 = {};
        wp::vec_t<3, wp::float32> adj_226 = {};
        wp::float32 adj_227 = {};
        wp::vec_t<3, wp::float32> adj_228 = {};
        wp::float32 adj_229 = {};
        wp::float32 adj_230 = {};
        wp::float32 adj_231 = {};
        bool adj_232 = {};
        wp::vec_t<3, wp::float32> adj_233 = {};
        wp::float32 adj_234 = {};
        wp::vec_t<3, wp::float32> adj_235 = {};
        wp::float32 adj_236 = {};
        wp::float32 adj_237 = {};
        wp::float32 adj_238 = {};
        wp::float32 adj_239 = {};
        wp::float32 adj_240 = {};
        wp::float32 adj_241 = {};
        wp::vec_t<3, wp::float32> adj_242 = {};
        wp::float32 adj_243 = {};
        wp::quat_t<wp::float32> adj_244 = {};
        wp::float32 adj_245 = {};
        wp::float32 adj_246 = {};
        wp::float32 adj_247 = {};
        wp::vec_t<3, wp::float32> adj_248 = {};
        wp::float32 adj_249 = {};
        wp::quat_t<wp::float32> adj_250 = {};
        wp::quat_t<wp::float32> adj_251 = {};
        wp::quat_t<wp::float32> adj_252 = {};
        wp::quat_t<wp::float32> adj_253 = {};
        wp::float32 adj_254 = {};
        wp::vec_t<3, wp::float32> adj_255 = {};
        wp::vec_t<3, wp::float32> adj_256 = {};
        wp::quat_t<wp::float32> adj_257 = {};
        wp::quat_t<wp::float32> adj_258 = {};
        wp::quat_t<wp::float32> adj_259 = {};
        wp::float32 adj_260 = {};
        wp::float32 adj_261 = {};
        wp::float32 adj_262 = {};
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
        // filtered = float(0.0)                                                                  <L 16>
        var_208 = wp::float(var_207);
        // for m_2 in range(wp.min(wp.abs(x), 8)):                                                <L 17>
        var_209 = wp::abs(var_1);
        var_211 = wp::min(var_209, var_210);
        var_212 = wp::range(var_211);
        // orient_next = wp.normalize(wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * filtered))       <L 24>
        var_242 = wp::vec_t<3, wp::float32>(var_239, var_240, var_241);
        var_244 = wp::quat_from_axis_angle(var_242, var_243);
        var_248 = wp::vec_t<3, wp::float32>(var_245, var_246, var_247);
        var_250 = wp::quat_from_axis_angle(var_248, var_249);
        var_251 = wp::mul(var_250, var_208);
        var_252 = wp::mul(var_244, var_251);
        var_253 = wp::normalize(var_252);
        // q_total = wp.normalize(wp.quat_twist(wp.normalize(wp.vec3(0.25)), orient_next) * orient_next)       <L 25>
        var_255 = wp::vec_t<3, wp::float32>(var_254);
        var_256 = wp::normalize(var_255);
        var_257 = quat_twist_0(var_256, var_253);
        var_258 = wp::mul(var_257, var_253);
        var_259 = wp::normalize(var_258);
        // out[y, x] = conv + (pixel + wp.length(q_total))                                        <L 26>
        var_260 = wp::length(var_259);
        var_261 = wp::add(var_11, var_260);
        var_262 = wp::add(var_206, var_261);
        // wp::array_store(var_out, var_0, var_1, var_262);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_1, var_262, adj_out, adj_0, adj_1, adj_262);
        wp::adj_add(var_206, var_261, adj_206, adj_261, adj_262);
        wp::adj_add(var_11, var_260, adj_11, adj_260, adj_261);
        wp::adj_length(var_259, var_260, adj_259, adj_260);
        // adj: out[y, x] = conv + (pixel + wp.length(q_total))                                   <L 26>
        wp::adj_normalize(var_258, adj_258, adj_259);
        wp::adj_mul(var_257, var_253, adj_257, adj_253, adj_258);
        adj_quat_twist_0(var_256, var_253, adj_256, adj_253, adj_257);
        wp::adj_normalize(var_255, var_256, adj_255, adj_256);
        wp::adj_vec_t(var_254, adj_254, adj_255);
        // adj: q_total = wp.normalize(wp.quat_twist(wp.normalize(wp.vec3(0.25)), orient_next) * orient_next)  <L 25>
        wp::adj_normalize(var_252, adj_252, adj_253);
        wp::adj_mul(var_244, var_251, adj_244, adj_251, adj_252);
        wp::adj_mul(var_250, var_208, adj_250, adj_208, adj_251);
        wp::adj_quat_from_axis_angle(var_248, var_249, adj_248, adj_249, adj_250);
        wp::adj_vec_t(var_245, var_246, var_247, adj_245, adj_246, adj_247, adj_248);
        wp::adj_quat_from_axis_angle(var_242, var_243, adj_242, adj_243, adj_244);
        wp::adj_vec_t(var_239, var_240, var_241, adj_239, adj_240, adj_241, adj_242);
        // adj: orient_next = wp.normalize(wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * (wp.quat_from_axis_angle(wp.vec3(0.0, 1.0, 0.0), 0.1) * filtered))  <L 24>
        var_212 = wp::iter_reverse(var_212);
        start_for_0:;
            if (iter_cmp(var_212) == 0) goto end_for_0;
            var_213 = wp::iter_next(var_212);
        	adj_214 = {};
        	adj_215 = {};
        	adj_216 = {};
        	adj_217 = {};
        	adj_218 = {};
        	adj_219 = {};
        	adj_220 = {};
        	adj_221 = {};
        	adj_222 = {};
        	adj_223 = {};
        	adj_224 = {};
        	adj_225 = {};
        	adj_226 = {};
        	adj_227 = {};
        	adj_228 = {};
        	adj_229 = {};
        	adj_230 = {};
        	adj_231 = {};
        	adj_232 = {};
        	adj_233 = {};
        	adj_234 = {};
        	adj_235 = {};
        	adj_236 = {};
        	adj_237 = {};
        	adj_238 = {};
            // running = wp.spatial_vector()                                                      <L 18>
            var_214 = wp::vec_t<6, wp::float32>();
            // for k_2 in range(wp.min(wp.abs(m_2), 12)):                                         <L 19>
            var_215 = wp::abs(var_213);
            var_217 = wp::min(var_215, var_216);
            var_218 = wp::range(var_217);
            // if (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running))) < 0.0:       <L 21>
            var_226 = wp::spatial_top(var_214);
            var_227 = wp::length(var_226);
            var_228 = wp::spatial_bottom(var_214);
            var_229 = wp::length(var_228);
            var_230 = wp::add(var_227, var_229);
            var_232 = (var_230 < var_231);
            if (var_232) {
                // continue                                                                       <L 22>
                goto start_for_0;
            }
            // filtered += (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running)))       <L 23>
            var_233 = wp::spatial_top(var_214);
            var_234 = wp::length(var_233);
            var_235 = wp::spatial_bottom(var_214);
            var_236 = wp::length(var_235);
            var_237 = wp::add(var_234, var_236);
            var_238 = wp::add(var_208, var_237);
            wp::assign(var_208, var_238);
            wp::adj_assign(var_208, var_238, adj_208, adj_238);
            wp::adj_add(var_208, var_237, adj_208, adj_237, adj_238);
            wp::adj_add(var_234, var_236, adj_234, adj_236, adj_237);
            wp::adj_length(var_235, var_236, adj_235, adj_236);
            wp::adj_spatial_bottom(var_214, adj_214, adj_235);
            wp::adj_length(var_233, var_234, adj_233, adj_234);
            wp::adj_spatial_top(var_214, adj_214, adj_233);
            // adj: filtered += (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running)))  <L 23>
            if (var_232) {
                // adj: continue                                                                  <L 22>
            }
            wp::adj_add(var_227, var_229, adj_227, adj_229, adj_230);
            wp::adj_length(var_228, var_229, adj_228, adj_229);
            wp::adj_spatial_bottom(var_214, adj_214, adj_228);
            wp::adj_length(var_226, var_227, adj_226, adj_227);
            wp::adj_spatial_top(var_214, adj_214, adj_226);
            // adj: if (wp.length(wp.spatial_top(running)) + wp.length(wp.spatial_bottom(running))) < 0.0:  <L 21>
            var_218 = wp::iter_reverse(var_218);
            start_for_2:;
                if (iter_cmp(var_218) == 0) goto end_for_2;
                var_219 = wp::iter_next(var_218);
            	adj_220 = {};
            	adj_221 = {};
            	adj_222 = {};
            	adj_223 = {};
            	adj_224 = {};
            	adj_225 = {};
                // running += wp.spatial_vector(wp.vec3(float(k_2)), wp.vec3(0.0))                <L 20>
                var_220 = wp::float(var_219);
                var_221 = wp::vec_t<3, wp::float32>(var_220);
                var_223 = wp::vec_t<3, wp::float32>(var_222);
                var_224 = wp::vec_t<6, wp::float32>(var_221, var_223);
                var_225 = wp::add(var_214, var_224);
                wp::assign(var_214, var_225);
                wp::adj_assign(var_214, var_225, adj_214, adj_225);
                wp::adj_add(var_214, var_224, adj_214, adj_224, adj_225);
                wp::adj_vec_t(var_221, var_223, adj_221, adj_223, adj_224);
                wp::adj_vec_t(var_222, adj_222, adj_223);
                wp::adj_vec_t(var_220, adj_220, adj_221);
                wp::adj_float(var_219, adj_219, adj_220);
                // adj: running += wp.spatial_vector(wp.vec3(float(k_2)), wp.vec3(0.0))           <L 20>
            	goto start_for_2;
            end_for_2:;
            wp::adj_min(var_215, var_216, adj_215, adj_216, adj_217);
            wp::adj_abs(var_213, adj_213, adj_215);
            // adj: for k_2 in range(wp.min(wp.abs(m_2), 12)):                                    <L 19>
            // adj: running = wp.spatial_vector()                                                 <L 18>
        	goto start_for_0;
        end_for_0:;
        wp::adj_min(var_209, var_210, adj_209, adj_210, adj_211);
        wp::adj_abs(var_1, adj_1, adj_209);
        // adj: for m_2 in range(wp.min(wp.abs(x), 8)):                                           <L 17>
        wp::adj_float(var_207, adj_207, adj_208);
        // adj: filtered = float(0.0)                                                             <L 16>
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

