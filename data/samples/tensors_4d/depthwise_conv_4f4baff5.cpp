// Warp 1.19.0 cpu code for depthwise_conv_4f4baff5.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_depthwise_conv_3dbaab0d {
    wp::array_t<wp::float32> features;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> outputs;
};


template <bool wp_linear_contiguous>
static void depthwise_conv_3dbaab0d_cpu_kernel_forward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_depthwise_conv_3dbaab0d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_features = _wp_args->features;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
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
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    bool var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    bool var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    bool var_28;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    bool var_43;
    const wp::int32 var_44 = 0;
    bool var_45;
    bool var_46;
    const wp::int32 var_47 = 0;
    bool var_48;
    bool var_49;
    wp::float32* var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 2;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    bool var_64;
    const wp::int32 var_65 = 0;
    bool var_66;
    bool var_67;
    const wp::int32 var_68 = 0;
    bool var_69;
    bool var_70;
    wp::float32* var_71;
    wp::float32* var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    const wp::int32 var_79 = 0;
    wp::int32 var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    bool var_86;
    const wp::int32 var_87 = 0;
    bool var_88;
    bool var_89;
    const wp::int32 var_90 = 0;
    bool var_91;
    bool var_92;
    wp::float32* var_93;
    wp::float32* var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    const wp::int32 var_102 = 1;
    wp::int32 var_103;
    wp::int32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    bool var_107;
    const wp::int32 var_108 = 0;
    bool var_109;
    bool var_110;
    const wp::int32 var_111 = 0;
    bool var_112;
    bool var_113;
    wp::float32* var_114;
    wp::float32* var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    const wp::int32 var_121 = 2;
    wp::int32 var_122;
    const wp::int32 var_123 = 1;
    wp::int32 var_124;
    wp::int32 var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    bool var_128;
    const wp::int32 var_129 = 0;
    bool var_130;
    bool var_131;
    const wp::int32 var_132 = 0;
    bool var_133;
    bool var_134;
    wp::float32* var_135;
    wp::float32* var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    const wp::int32 var_142 = 2;
    const wp::int32 var_143 = 0;
    wp::int32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::int32 var_147;
    const wp::int32 var_148 = 1;
    wp::int32 var_149;
    bool var_150;
    const wp::int32 var_151 = 0;
    bool var_152;
    bool var_153;
    const wp::int32 var_154 = 0;
    bool var_155;
    bool var_156;
    wp::float32* var_157;
    wp::float32* var_158;
    wp::float32 var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    const wp::int32 var_164 = 1;
    wp::int32 var_165;
    const wp::int32 var_166 = 1;
    wp::int32 var_167;
    wp::int32 var_168;
    const wp::int32 var_169 = 1;
    wp::int32 var_170;
    bool var_171;
    const wp::int32 var_172 = 0;
    bool var_173;
    bool var_174;
    const wp::int32 var_175 = 0;
    bool var_176;
    bool var_177;
    wp::float32* var_178;
    wp::float32* var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    const wp::int32 var_185 = 2;
    wp::int32 var_186;
    const wp::int32 var_187 = 1;
    wp::int32 var_188;
    wp::int32 var_189;
    const wp::int32 var_190 = 1;
    wp::int32 var_191;
    bool var_192;
    const wp::int32 var_193 = 0;
    bool var_194;
    bool var_195;
    const wp::int32 var_196 = 0;
    bool var_197;
    bool var_198;
    wp::float32* var_199;
    wp::float32* var_200;
    wp::float32 var_201;
    wp::float32 var_202;
    wp::float32 var_203;
    wp::float32 var_204;
    wp::float32 var_205;
    //---------
    // forward
    // def depthwise_conv(                                                                    <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 10>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // height = features.shape[2]                                                             <L 11>
    var_4 = &(var_features.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // width = features.shape[3]                                                              <L 12>
    var_8 = &(var_features.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // acc = float(0.0)                                                                       <L 13>
    var_13 = wp::float(var_12);
    // for ky in range(3):                                                                    <L 14>
    // for kx in range(3):                                                                    <L 15>
    // yy = y + ky - 1                                                                        <L 16>
    var_16 = wp::add(var_2, var_14);
    var_18 = wp::sub(var_16, var_17);
    // xx = x + kx - 1                                                                        <L 17>
    var_19 = wp::add(var_3, var_15);
    var_21 = wp::sub(var_19, var_20);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_24 = (var_18 >= var_23);
    var_22 = var_24;
    if (var_22) {
        var_25 = (var_18 < var_6);
        var_22 = var_22 && var_25;
    }
    if (var_22) {
        var_27 = (var_21 >= var_26);
        var_22 = var_22 && var_27;
    }
    if (var_22) {
        var_28 = (var_21 < var_10);
        var_22 = var_22 && var_28;
    }
    if (var_22) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_29 = wp::address(var_weights, var_1, var_14, var_15);
        var_30 = wp::address(var_features, var_0, var_1, var_18, var_21);
        var_32 = wp::load(var_29);
        var_33 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_33);
        var_34 = wp::add(var_13, var_31);
    }
    var_35 = wp::where(var_22, var_34, var_13);
    // yy = y + ky - 1                                                                        <L 16>
    var_37 = wp::add(var_2, var_14);
    var_39 = wp::sub(var_37, var_38);
    // xx = x + kx - 1                                                                        <L 17>
    var_40 = wp::add(var_3, var_36);
    var_42 = wp::sub(var_40, var_41);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_45 = (var_39 >= var_44);
    var_43 = var_45;
    if (var_43) {
        var_46 = (var_39 < var_6);
        var_43 = var_43 && var_46;
    }
    if (var_43) {
        var_48 = (var_42 >= var_47);
        var_43 = var_43 && var_48;
    }
    if (var_43) {
        var_49 = (var_42 < var_10);
        var_43 = var_43 && var_49;
    }
    if (var_43) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_50 = wp::address(var_weights, var_1, var_14, var_36);
        var_51 = wp::address(var_features, var_0, var_1, var_39, var_42);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::mul(var_53, var_54);
        var_55 = wp::add(var_35, var_52);
    }
    var_56 = wp::where(var_43, var_55, var_35);
    // yy = y + ky - 1                                                                        <L 16>
    var_58 = wp::add(var_2, var_14);
    var_60 = wp::sub(var_58, var_59);
    // xx = x + kx - 1                                                                        <L 17>
    var_61 = wp::add(var_3, var_57);
    var_63 = wp::sub(var_61, var_62);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_66 = (var_60 >= var_65);
    var_64 = var_66;
    if (var_64) {
        var_67 = (var_60 < var_6);
        var_64 = var_64 && var_67;
    }
    if (var_64) {
        var_69 = (var_63 >= var_68);
        var_64 = var_64 && var_69;
    }
    if (var_64) {
        var_70 = (var_63 < var_10);
        var_64 = var_64 && var_70;
    }
    if (var_64) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_71 = wp::address(var_weights, var_1, var_14, var_57);
        var_72 = wp::address(var_features, var_0, var_1, var_60, var_63);
        var_74 = wp::load(var_71);
        var_75 = wp::load(var_72);
        var_73 = wp::mul(var_74, var_75);
        var_76 = wp::add(var_56, var_73);
    }
    var_77 = wp::where(var_64, var_76, var_56);
    // for kx in range(3):                                                                    <L 15>
    // yy = y + ky - 1                                                                        <L 16>
    var_80 = wp::add(var_2, var_78);
    var_82 = wp::sub(var_80, var_81);
    // xx = x + kx - 1                                                                        <L 17>
    var_83 = wp::add(var_3, var_79);
    var_85 = wp::sub(var_83, var_84);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_88 = (var_82 >= var_87);
    var_86 = var_88;
    if (var_86) {
        var_89 = (var_82 < var_6);
        var_86 = var_86 && var_89;
    }
    if (var_86) {
        var_91 = (var_85 >= var_90);
        var_86 = var_86 && var_91;
    }
    if (var_86) {
        var_92 = (var_85 < var_10);
        var_86 = var_86 && var_92;
    }
    if (var_86) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_93 = wp::address(var_weights, var_1, var_78, var_79);
        var_94 = wp::address(var_features, var_0, var_1, var_82, var_85);
        var_96 = wp::load(var_93);
        var_97 = wp::load(var_94);
        var_95 = wp::mul(var_96, var_97);
        var_98 = wp::add(var_77, var_95);
    }
    var_99 = wp::where(var_86, var_98, var_77);
    // yy = y + ky - 1                                                                        <L 16>
    var_101 = wp::add(var_2, var_78);
    var_103 = wp::sub(var_101, var_102);
    // xx = x + kx - 1                                                                        <L 17>
    var_104 = wp::add(var_3, var_100);
    var_106 = wp::sub(var_104, var_105);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_109 = (var_103 >= var_108);
    var_107 = var_109;
    if (var_107) {
        var_110 = (var_103 < var_6);
        var_107 = var_107 && var_110;
    }
    if (var_107) {
        var_112 = (var_106 >= var_111);
        var_107 = var_107 && var_112;
    }
    if (var_107) {
        var_113 = (var_106 < var_10);
        var_107 = var_107 && var_113;
    }
    if (var_107) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_114 = wp::address(var_weights, var_1, var_78, var_100);
        var_115 = wp::address(var_features, var_0, var_1, var_103, var_106);
        var_117 = wp::load(var_114);
        var_118 = wp::load(var_115);
        var_116 = wp::mul(var_117, var_118);
        var_119 = wp::add(var_99, var_116);
    }
    var_120 = wp::where(var_107, var_119, var_99);
    // yy = y + ky - 1                                                                        <L 16>
    var_122 = wp::add(var_2, var_78);
    var_124 = wp::sub(var_122, var_123);
    // xx = x + kx - 1                                                                        <L 17>
    var_125 = wp::add(var_3, var_121);
    var_127 = wp::sub(var_125, var_126);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_130 = (var_124 >= var_129);
    var_128 = var_130;
    if (var_128) {
        var_131 = (var_124 < var_6);
        var_128 = var_128 && var_131;
    }
    if (var_128) {
        var_133 = (var_127 >= var_132);
        var_128 = var_128 && var_133;
    }
    if (var_128) {
        var_134 = (var_127 < var_10);
        var_128 = var_128 && var_134;
    }
    if (var_128) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_135 = wp::address(var_weights, var_1, var_78, var_121);
        var_136 = wp::address(var_features, var_0, var_1, var_124, var_127);
        var_138 = wp::load(var_135);
        var_139 = wp::load(var_136);
        var_137 = wp::mul(var_138, var_139);
        var_140 = wp::add(var_120, var_137);
    }
    var_141 = wp::where(var_128, var_140, var_120);
    // for kx in range(3):                                                                    <L 15>
    // yy = y + ky - 1                                                                        <L 16>
    var_144 = wp::add(var_2, var_142);
    var_146 = wp::sub(var_144, var_145);
    // xx = x + kx - 1                                                                        <L 17>
    var_147 = wp::add(var_3, var_143);
    var_149 = wp::sub(var_147, var_148);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_152 = (var_146 >= var_151);
    var_150 = var_152;
    if (var_150) {
        var_153 = (var_146 < var_6);
        var_150 = var_150 && var_153;
    }
    if (var_150) {
        var_155 = (var_149 >= var_154);
        var_150 = var_150 && var_155;
    }
    if (var_150) {
        var_156 = (var_149 < var_10);
        var_150 = var_150 && var_156;
    }
    if (var_150) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_157 = wp::address(var_weights, var_1, var_142, var_143);
        var_158 = wp::address(var_features, var_0, var_1, var_146, var_149);
        var_160 = wp::load(var_157);
        var_161 = wp::load(var_158);
        var_159 = wp::mul(var_160, var_161);
        var_162 = wp::add(var_141, var_159);
    }
    var_163 = wp::where(var_150, var_162, var_141);
    // yy = y + ky - 1                                                                        <L 16>
    var_165 = wp::add(var_2, var_142);
    var_167 = wp::sub(var_165, var_166);
    // xx = x + kx - 1                                                                        <L 17>
    var_168 = wp::add(var_3, var_164);
    var_170 = wp::sub(var_168, var_169);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_173 = (var_167 >= var_172);
    var_171 = var_173;
    if (var_171) {
        var_174 = (var_167 < var_6);
        var_171 = var_171 && var_174;
    }
    if (var_171) {
        var_176 = (var_170 >= var_175);
        var_171 = var_171 && var_176;
    }
    if (var_171) {
        var_177 = (var_170 < var_10);
        var_171 = var_171 && var_177;
    }
    if (var_171) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_178 = wp::address(var_weights, var_1, var_142, var_164);
        var_179 = wp::address(var_features, var_0, var_1, var_167, var_170);
        var_181 = wp::load(var_178);
        var_182 = wp::load(var_179);
        var_180 = wp::mul(var_181, var_182);
        var_183 = wp::add(var_163, var_180);
    }
    var_184 = wp::where(var_171, var_183, var_163);
    // yy = y + ky - 1                                                                        <L 16>
    var_186 = wp::add(var_2, var_142);
    var_188 = wp::sub(var_186, var_187);
    // xx = x + kx - 1                                                                        <L 17>
    var_189 = wp::add(var_3, var_185);
    var_191 = wp::sub(var_189, var_190);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_194 = (var_188 >= var_193);
    var_192 = var_194;
    if (var_192) {
        var_195 = (var_188 < var_6);
        var_192 = var_192 && var_195;
    }
    if (var_192) {
        var_197 = (var_191 >= var_196);
        var_192 = var_192 && var_197;
    }
    if (var_192) {
        var_198 = (var_191 < var_10);
        var_192 = var_192 && var_198;
    }
    if (var_192) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_199 = wp::address(var_weights, var_1, var_142, var_185);
        var_200 = wp::address(var_features, var_0, var_1, var_188, var_191);
        var_202 = wp::load(var_199);
        var_203 = wp::load(var_200);
        var_201 = wp::mul(var_202, var_203);
        var_204 = wp::add(var_184, var_201);
    }
    var_205 = wp::where(var_192, var_204, var_184);
    // outputs[n, c, y, x] = acc                                                              <L 20>
    wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_205);
}



template <bool wp_linear_contiguous>
static void depthwise_conv_3dbaab0d_cpu_kernel_backward(
    wp::launch_bounds_t<4> dim,
    size_t task_index,
    wp_args_depthwise_conv_3dbaab0d *_wp_args,
    wp_args_depthwise_conv_3dbaab0d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_features = _wp_args->features;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_outputs = _wp_args->outputs;
    wp::array_t<wp::float32> adj_features = _wp_adj_args->features;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_outputs = _wp_adj_args->outputs;
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
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 0;
    wp::int32 var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    bool var_22;
    const wp::int32 var_23 = 0;
    bool var_24;
    bool var_25;
    const wp::int32 var_26 = 0;
    bool var_27;
    bool var_28;
    wp::float32* var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    const wp::int32 var_36 = 1;
    wp::int32 var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    bool var_43;
    const wp::int32 var_44 = 0;
    bool var_45;
    bool var_46;
    const wp::int32 var_47 = 0;
    bool var_48;
    bool var_49;
    wp::float32* var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    const wp::int32 var_57 = 2;
    wp::int32 var_58;
    const wp::int32 var_59 = 1;
    wp::int32 var_60;
    wp::int32 var_61;
    const wp::int32 var_62 = 1;
    wp::int32 var_63;
    bool var_64;
    const wp::int32 var_65 = 0;
    bool var_66;
    bool var_67;
    const wp::int32 var_68 = 0;
    bool var_69;
    bool var_70;
    wp::float32* var_71;
    wp::float32* var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    const wp::int32 var_79 = 0;
    wp::int32 var_80;
    const wp::int32 var_81 = 1;
    wp::int32 var_82;
    wp::int32 var_83;
    const wp::int32 var_84 = 1;
    wp::int32 var_85;
    bool var_86;
    const wp::int32 var_87 = 0;
    bool var_88;
    bool var_89;
    const wp::int32 var_90 = 0;
    bool var_91;
    bool var_92;
    wp::float32* var_93;
    wp::float32* var_94;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    const wp::int32 var_100 = 1;
    wp::int32 var_101;
    const wp::int32 var_102 = 1;
    wp::int32 var_103;
    wp::int32 var_104;
    const wp::int32 var_105 = 1;
    wp::int32 var_106;
    bool var_107;
    const wp::int32 var_108 = 0;
    bool var_109;
    bool var_110;
    const wp::int32 var_111 = 0;
    bool var_112;
    bool var_113;
    wp::float32* var_114;
    wp::float32* var_115;
    wp::float32 var_116;
    wp::float32 var_117;
    wp::float32 var_118;
    wp::float32 var_119;
    wp::float32 var_120;
    const wp::int32 var_121 = 2;
    wp::int32 var_122;
    const wp::int32 var_123 = 1;
    wp::int32 var_124;
    wp::int32 var_125;
    const wp::int32 var_126 = 1;
    wp::int32 var_127;
    bool var_128;
    const wp::int32 var_129 = 0;
    bool var_130;
    bool var_131;
    const wp::int32 var_132 = 0;
    bool var_133;
    bool var_134;
    wp::float32* var_135;
    wp::float32* var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    const wp::int32 var_142 = 2;
    const wp::int32 var_143 = 0;
    wp::int32 var_144;
    const wp::int32 var_145 = 1;
    wp::int32 var_146;
    wp::int32 var_147;
    const wp::int32 var_148 = 1;
    wp::int32 var_149;
    bool var_150;
    const wp::int32 var_151 = 0;
    bool var_152;
    bool var_153;
    const wp::int32 var_154 = 0;
    bool var_155;
    bool var_156;
    wp::float32* var_157;
    wp::float32* var_158;
    wp::float32 var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    const wp::int32 var_164 = 1;
    wp::int32 var_165;
    const wp::int32 var_166 = 1;
    wp::int32 var_167;
    wp::int32 var_168;
    const wp::int32 var_169 = 1;
    wp::int32 var_170;
    bool var_171;
    const wp::int32 var_172 = 0;
    bool var_173;
    bool var_174;
    const wp::int32 var_175 = 0;
    bool var_176;
    bool var_177;
    wp::float32* var_178;
    wp::float32* var_179;
    wp::float32 var_180;
    wp::float32 var_181;
    wp::float32 var_182;
    wp::float32 var_183;
    wp::float32 var_184;
    const wp::int32 var_185 = 2;
    wp::int32 var_186;
    const wp::int32 var_187 = 1;
    wp::int32 var_188;
    wp::int32 var_189;
    const wp::int32 var_190 = 1;
    wp::int32 var_191;
    bool var_192;
    const wp::int32 var_193 = 0;
    bool var_194;
    bool var_195;
    const wp::int32 var_196 = 0;
    bool var_197;
    bool var_198;
    wp::float32* var_199;
    wp::float32* var_200;
    wp::float32 var_201;
    wp::float32 var_202;
    wp::float32 var_203;
    wp::float32 var_204;
    wp::float32 var_205;
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
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    bool adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::int32 adj_26 = {};
    bool adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
    wp::int32 adj_44 = {};
    bool adj_45 = {};
    bool adj_46 = {};
    wp::int32 adj_47 = {};
    bool adj_48 = {};
    bool adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    bool adj_64 = {};
    wp::int32 adj_65 = {};
    bool adj_66 = {};
    bool adj_67 = {};
    wp::int32 adj_68 = {};
    bool adj_69 = {};
    bool adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::int32 adj_80 = {};
    wp::int32 adj_81 = {};
    wp::int32 adj_82 = {};
    wp::int32 adj_83 = {};
    wp::int32 adj_84 = {};
    wp::int32 adj_85 = {};
    bool adj_86 = {};
    wp::int32 adj_87 = {};
    bool adj_88 = {};
    bool adj_89 = {};
    wp::int32 adj_90 = {};
    bool adj_91 = {};
    bool adj_92 = {};
    wp::float32 adj_93 = {};
    wp::float32 adj_94 = {};
    wp::float32 adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::float32 adj_98 = {};
    wp::float32 adj_99 = {};
    wp::int32 adj_100 = {};
    wp::int32 adj_101 = {};
    wp::int32 adj_102 = {};
    wp::int32 adj_103 = {};
    wp::int32 adj_104 = {};
    wp::int32 adj_105 = {};
    wp::int32 adj_106 = {};
    bool adj_107 = {};
    wp::int32 adj_108 = {};
    bool adj_109 = {};
    bool adj_110 = {};
    wp::int32 adj_111 = {};
    bool adj_112 = {};
    bool adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::int32 adj_121 = {};
    wp::int32 adj_122 = {};
    wp::int32 adj_123 = {};
    wp::int32 adj_124 = {};
    wp::int32 adj_125 = {};
    wp::int32 adj_126 = {};
    wp::int32 adj_127 = {};
    bool adj_128 = {};
    wp::int32 adj_129 = {};
    bool adj_130 = {};
    bool adj_131 = {};
    wp::int32 adj_132 = {};
    bool adj_133 = {};
    bool adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::int32 adj_142 = {};
    wp::int32 adj_143 = {};
    wp::int32 adj_144 = {};
    wp::int32 adj_145 = {};
    wp::int32 adj_146 = {};
    wp::int32 adj_147 = {};
    wp::int32 adj_148 = {};
    wp::int32 adj_149 = {};
    bool adj_150 = {};
    wp::int32 adj_151 = {};
    bool adj_152 = {};
    bool adj_153 = {};
    wp::int32 adj_154 = {};
    bool adj_155 = {};
    bool adj_156 = {};
    wp::float32 adj_157 = {};
    wp::float32 adj_158 = {};
    wp::float32 adj_159 = {};
    wp::float32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::float32 adj_163 = {};
    wp::int32 adj_164 = {};
    wp::int32 adj_165 = {};
    wp::int32 adj_166 = {};
    wp::int32 adj_167 = {};
    wp::int32 adj_168 = {};
    wp::int32 adj_169 = {};
    wp::int32 adj_170 = {};
    bool adj_171 = {};
    wp::int32 adj_172 = {};
    bool adj_173 = {};
    bool adj_174 = {};
    wp::int32 adj_175 = {};
    bool adj_176 = {};
    bool adj_177 = {};
    wp::float32 adj_178 = {};
    wp::float32 adj_179 = {};
    wp::float32 adj_180 = {};
    wp::float32 adj_181 = {};
    wp::float32 adj_182 = {};
    wp::float32 adj_183 = {};
    wp::float32 adj_184 = {};
    wp::int32 adj_185 = {};
    wp::int32 adj_186 = {};
    wp::int32 adj_187 = {};
    wp::int32 adj_188 = {};
    wp::int32 adj_189 = {};
    wp::int32 adj_190 = {};
    wp::int32 adj_191 = {};
    bool adj_192 = {};
    wp::int32 adj_193 = {};
    bool adj_194 = {};
    bool adj_195 = {};
    wp::int32 adj_196 = {};
    bool adj_197 = {};
    bool adj_198 = {};
    wp::float32 adj_199 = {};
    wp::float32 adj_200 = {};
    wp::float32 adj_201 = {};
    wp::float32 adj_202 = {};
    wp::float32 adj_203 = {};
    wp::float32 adj_204 = {};
    wp::float32 adj_205 = {};
    //---------
    // forward
    // def depthwise_conv(                                                                    <L 5>
    // n, c, y, x = wp.tid()                                                                  <L 10>
    builtin_tid4d(var_0, var_1, var_2, var_3);
    // height = features.shape[2]                                                             <L 11>
    var_4 = &(var_features.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    // width = features.shape[3]                                                              <L 12>
    var_8 = &(var_features.shape);
    var_11 = wp::load(var_8);
    var_10 = wp::extract(var_11, var_9);
    // acc = float(0.0)                                                                       <L 13>
    var_13 = wp::float(var_12);
    // for ky in range(3):                                                                    <L 14>
    // for kx in range(3):                                                                    <L 15>
    // yy = y + ky - 1                                                                        <L 16>
    var_16 = wp::add(var_2, var_14);
    var_18 = wp::sub(var_16, var_17);
    // xx = x + kx - 1                                                                        <L 17>
    var_19 = wp::add(var_3, var_15);
    var_21 = wp::sub(var_19, var_20);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_24 = (var_18 >= var_23);
    var_22 = var_24;
    if (var_22) {
        var_25 = (var_18 < var_6);
        var_22 = var_22 && var_25;
    }
    if (var_22) {
        var_27 = (var_21 >= var_26);
        var_22 = var_22 && var_27;
    }
    if (var_22) {
        var_28 = (var_21 < var_10);
        var_22 = var_22 && var_28;
    }
    if (var_22) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_29 = wp::address(var_weights, var_1, var_14, var_15);
        var_30 = wp::address(var_features, var_0, var_1, var_18, var_21);
        var_32 = wp::load(var_29);
        var_33 = wp::load(var_30);
        var_31 = wp::mul(var_32, var_33);
        var_34 = wp::add(var_13, var_31);
    }
    var_35 = wp::where(var_22, var_34, var_13);
    // yy = y + ky - 1                                                                        <L 16>
    var_37 = wp::add(var_2, var_14);
    var_39 = wp::sub(var_37, var_38);
    // xx = x + kx - 1                                                                        <L 17>
    var_40 = wp::add(var_3, var_36);
    var_42 = wp::sub(var_40, var_41);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_45 = (var_39 >= var_44);
    var_43 = var_45;
    if (var_43) {
        var_46 = (var_39 < var_6);
        var_43 = var_43 && var_46;
    }
    if (var_43) {
        var_48 = (var_42 >= var_47);
        var_43 = var_43 && var_48;
    }
    if (var_43) {
        var_49 = (var_42 < var_10);
        var_43 = var_43 && var_49;
    }
    if (var_43) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_50 = wp::address(var_weights, var_1, var_14, var_36);
        var_51 = wp::address(var_features, var_0, var_1, var_39, var_42);
        var_53 = wp::load(var_50);
        var_54 = wp::load(var_51);
        var_52 = wp::mul(var_53, var_54);
        var_55 = wp::add(var_35, var_52);
    }
    var_56 = wp::where(var_43, var_55, var_35);
    // yy = y + ky - 1                                                                        <L 16>
    var_58 = wp::add(var_2, var_14);
    var_60 = wp::sub(var_58, var_59);
    // xx = x + kx - 1                                                                        <L 17>
    var_61 = wp::add(var_3, var_57);
    var_63 = wp::sub(var_61, var_62);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_66 = (var_60 >= var_65);
    var_64 = var_66;
    if (var_64) {
        var_67 = (var_60 < var_6);
        var_64 = var_64 && var_67;
    }
    if (var_64) {
        var_69 = (var_63 >= var_68);
        var_64 = var_64 && var_69;
    }
    if (var_64) {
        var_70 = (var_63 < var_10);
        var_64 = var_64 && var_70;
    }
    if (var_64) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_71 = wp::address(var_weights, var_1, var_14, var_57);
        var_72 = wp::address(var_features, var_0, var_1, var_60, var_63);
        var_74 = wp::load(var_71);
        var_75 = wp::load(var_72);
        var_73 = wp::mul(var_74, var_75);
        var_76 = wp::add(var_56, var_73);
    }
    var_77 = wp::where(var_64, var_76, var_56);
    // for kx in range(3):                                                                    <L 15>
    // yy = y + ky - 1                                                                        <L 16>
    var_80 = wp::add(var_2, var_78);
    var_82 = wp::sub(var_80, var_81);
    // xx = x + kx - 1                                                                        <L 17>
    var_83 = wp::add(var_3, var_79);
    var_85 = wp::sub(var_83, var_84);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_88 = (var_82 >= var_87);
    var_86 = var_88;
    if (var_86) {
        var_89 = (var_82 < var_6);
        var_86 = var_86 && var_89;
    }
    if (var_86) {
        var_91 = (var_85 >= var_90);
        var_86 = var_86 && var_91;
    }
    if (var_86) {
        var_92 = (var_85 < var_10);
        var_86 = var_86 && var_92;
    }
    if (var_86) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_93 = wp::address(var_weights, var_1, var_78, var_79);
        var_94 = wp::address(var_features, var_0, var_1, var_82, var_85);
        var_96 = wp::load(var_93);
        var_97 = wp::load(var_94);
        var_95 = wp::mul(var_96, var_97);
        var_98 = wp::add(var_77, var_95);
    }
    var_99 = wp::where(var_86, var_98, var_77);
    // yy = y + ky - 1                                                                        <L 16>
    var_101 = wp::add(var_2, var_78);
    var_103 = wp::sub(var_101, var_102);
    // xx = x + kx - 1                                                                        <L 17>
    var_104 = wp::add(var_3, var_100);
    var_106 = wp::sub(var_104, var_105);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_109 = (var_103 >= var_108);
    var_107 = var_109;
    if (var_107) {
        var_110 = (var_103 < var_6);
        var_107 = var_107 && var_110;
    }
    if (var_107) {
        var_112 = (var_106 >= var_111);
        var_107 = var_107 && var_112;
    }
    if (var_107) {
        var_113 = (var_106 < var_10);
        var_107 = var_107 && var_113;
    }
    if (var_107) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_114 = wp::address(var_weights, var_1, var_78, var_100);
        var_115 = wp::address(var_features, var_0, var_1, var_103, var_106);
        var_117 = wp::load(var_114);
        var_118 = wp::load(var_115);
        var_116 = wp::mul(var_117, var_118);
        var_119 = wp::add(var_99, var_116);
    }
    var_120 = wp::where(var_107, var_119, var_99);
    // yy = y + ky - 1                                                                        <L 16>
    var_122 = wp::add(var_2, var_78);
    var_124 = wp::sub(var_122, var_123);
    // xx = x + kx - 1                                                                        <L 17>
    var_125 = wp::add(var_3, var_121);
    var_127 = wp::sub(var_125, var_126);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_130 = (var_124 >= var_129);
    var_128 = var_130;
    if (var_128) {
        var_131 = (var_124 < var_6);
        var_128 = var_128 && var_131;
    }
    if (var_128) {
        var_133 = (var_127 >= var_132);
        var_128 = var_128 && var_133;
    }
    if (var_128) {
        var_134 = (var_127 < var_10);
        var_128 = var_128 && var_134;
    }
    if (var_128) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_135 = wp::address(var_weights, var_1, var_78, var_121);
        var_136 = wp::address(var_features, var_0, var_1, var_124, var_127);
        var_138 = wp::load(var_135);
        var_139 = wp::load(var_136);
        var_137 = wp::mul(var_138, var_139);
        var_140 = wp::add(var_120, var_137);
    }
    var_141 = wp::where(var_128, var_140, var_120);
    // for kx in range(3):                                                                    <L 15>
    // yy = y + ky - 1                                                                        <L 16>
    var_144 = wp::add(var_2, var_142);
    var_146 = wp::sub(var_144, var_145);
    // xx = x + kx - 1                                                                        <L 17>
    var_147 = wp::add(var_3, var_143);
    var_149 = wp::sub(var_147, var_148);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_152 = (var_146 >= var_151);
    var_150 = var_152;
    if (var_150) {
        var_153 = (var_146 < var_6);
        var_150 = var_150 && var_153;
    }
    if (var_150) {
        var_155 = (var_149 >= var_154);
        var_150 = var_150 && var_155;
    }
    if (var_150) {
        var_156 = (var_149 < var_10);
        var_150 = var_150 && var_156;
    }
    if (var_150) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_157 = wp::address(var_weights, var_1, var_142, var_143);
        var_158 = wp::address(var_features, var_0, var_1, var_146, var_149);
        var_160 = wp::load(var_157);
        var_161 = wp::load(var_158);
        var_159 = wp::mul(var_160, var_161);
        var_162 = wp::add(var_141, var_159);
    }
    var_163 = wp::where(var_150, var_162, var_141);
    // yy = y + ky - 1                                                                        <L 16>
    var_165 = wp::add(var_2, var_142);
    var_167 = wp::sub(var_165, var_166);
    // xx = x + kx - 1                                                                        <L 17>
    var_168 = wp::add(var_3, var_164);
    var_170 = wp::sub(var_168, var_169);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_173 = (var_167 >= var_172);
    var_171 = var_173;
    if (var_171) {
        var_174 = (var_167 < var_6);
        var_171 = var_171 && var_174;
    }
    if (var_171) {
        var_176 = (var_170 >= var_175);
        var_171 = var_171 && var_176;
    }
    if (var_171) {
        var_177 = (var_170 < var_10);
        var_171 = var_171 && var_177;
    }
    if (var_171) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_178 = wp::address(var_weights, var_1, var_142, var_164);
        var_179 = wp::address(var_features, var_0, var_1, var_167, var_170);
        var_181 = wp::load(var_178);
        var_182 = wp::load(var_179);
        var_180 = wp::mul(var_181, var_182);
        var_183 = wp::add(var_163, var_180);
    }
    var_184 = wp::where(var_171, var_183, var_163);
    // yy = y + ky - 1                                                                        <L 16>
    var_186 = wp::add(var_2, var_142);
    var_188 = wp::sub(var_186, var_187);
    // xx = x + kx - 1                                                                        <L 17>
    var_189 = wp::add(var_3, var_185);
    var_191 = wp::sub(var_189, var_190);
    // if yy >= 0 and yy < height and xx >= 0 and xx < width:                                 <L 18>
    var_194 = (var_188 >= var_193);
    var_192 = var_194;
    if (var_192) {
        var_195 = (var_188 < var_6);
        var_192 = var_192 && var_195;
    }
    if (var_192) {
        var_197 = (var_191 >= var_196);
        var_192 = var_192 && var_197;
    }
    if (var_192) {
        var_198 = (var_191 < var_10);
        var_192 = var_192 && var_198;
    }
    if (var_192) {
        // acc += weights[c, ky, kx] * features[n, c, yy, xx]                                 <L 19>
        var_199 = wp::address(var_weights, var_1, var_142, var_185);
        var_200 = wp::address(var_features, var_0, var_1, var_188, var_191);
        var_202 = wp::load(var_199);
        var_203 = wp::load(var_200);
        var_201 = wp::mul(var_202, var_203);
        var_204 = wp::add(var_184, var_201);
    }
    var_205 = wp::where(var_192, var_204, var_184);
    // outputs[n, c, y, x] = acc                                                              <L 20>
    // wp::array_store(var_outputs, var_0, var_1, var_2, var_3, var_205);
    //---------
    // reverse
    wp::adj_array_store(var_outputs, var_0, var_1, var_2, var_3, var_205, adj_outputs, adj_0, adj_1, adj_2, adj_3, adj_205);
    // adj: outputs[n, c, y, x] = acc                                                         <L 20>
    wp::adj_where(var_192, var_204, var_184, adj_192, adj_204, adj_184, adj_205);
    if (var_192) {
        wp::adj_add(var_184, var_201, adj_184, adj_201, adj_204);
        wp::adj_mul(var_202, var_203, adj_199, adj_200, adj_201);
        wp::adj_address(var_features, var_0, var_1, var_188, var_191, adj_features, adj_0, adj_1, adj_188, adj_191, adj_200);
        wp::adj_address(var_weights, var_1, var_142, var_185, adj_weights, adj_1, adj_142, adj_185, adj_199);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_192) {
    }
    if (var_192) {
    }
    if (var_192) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_189, var_190, adj_189, adj_190, adj_191);
    wp::adj_add(var_3, var_185, adj_3, adj_185, adj_189);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_186, var_187, adj_186, adj_187, adj_188);
    wp::adj_add(var_2, var_142, adj_2, adj_142, adj_186);
    // adj: yy = y + ky - 1                                                                   <L 16>
    wp::adj_where(var_171, var_183, var_163, adj_171, adj_183, adj_163, adj_184);
    if (var_171) {
        wp::adj_add(var_163, var_180, adj_163, adj_180, adj_183);
        wp::adj_mul(var_181, var_182, adj_178, adj_179, adj_180);
        wp::adj_address(var_features, var_0, var_1, var_167, var_170, adj_features, adj_0, adj_1, adj_167, adj_170, adj_179);
        wp::adj_address(var_weights, var_1, var_142, var_164, adj_weights, adj_1, adj_142, adj_164, adj_178);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_171) {
    }
    if (var_171) {
    }
    if (var_171) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_168, var_169, adj_168, adj_169, adj_170);
    wp::adj_add(var_3, var_164, adj_3, adj_164, adj_168);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_165, var_166, adj_165, adj_166, adj_167);
    wp::adj_add(var_2, var_142, adj_2, adj_142, adj_165);
    // adj: yy = y + ky - 1                                                                   <L 16>
    wp::adj_where(var_150, var_162, var_141, adj_150, adj_162, adj_141, adj_163);
    if (var_150) {
        wp::adj_add(var_141, var_159, adj_141, adj_159, adj_162);
        wp::adj_mul(var_160, var_161, adj_157, adj_158, adj_159);
        wp::adj_address(var_features, var_0, var_1, var_146, var_149, adj_features, adj_0, adj_1, adj_146, adj_149, adj_158);
        wp::adj_address(var_weights, var_1, var_142, var_143, adj_weights, adj_1, adj_142, adj_143, adj_157);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_150) {
    }
    if (var_150) {
    }
    if (var_150) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_147, var_148, adj_147, adj_148, adj_149);
    wp::adj_add(var_3, var_143, adj_3, adj_143, adj_147);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_144, var_145, adj_144, adj_145, adj_146);
    wp::adj_add(var_2, var_142, adj_2, adj_142, adj_144);
    // adj: yy = y + ky - 1                                                                   <L 16>
    // adj: for kx in range(3):                                                               <L 15>
    wp::adj_where(var_128, var_140, var_120, adj_128, adj_140, adj_120, adj_141);
    if (var_128) {
        wp::adj_add(var_120, var_137, adj_120, adj_137, adj_140);
        wp::adj_mul(var_138, var_139, adj_135, adj_136, adj_137);
        wp::adj_address(var_features, var_0, var_1, var_124, var_127, adj_features, adj_0, adj_1, adj_124, adj_127, adj_136);
        wp::adj_address(var_weights, var_1, var_78, var_121, adj_weights, adj_1, adj_78, adj_121, adj_135);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_128) {
    }
    if (var_128) {
    }
    if (var_128) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_125, var_126, adj_125, adj_126, adj_127);
    wp::adj_add(var_3, var_121, adj_3, adj_121, adj_125);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_122, var_123, adj_122, adj_123, adj_124);
    wp::adj_add(var_2, var_78, adj_2, adj_78, adj_122);
    // adj: yy = y + ky - 1                                                                   <L 16>
    wp::adj_where(var_107, var_119, var_99, adj_107, adj_119, adj_99, adj_120);
    if (var_107) {
        wp::adj_add(var_99, var_116, adj_99, adj_116, adj_119);
        wp::adj_mul(var_117, var_118, adj_114, adj_115, adj_116);
        wp::adj_address(var_features, var_0, var_1, var_103, var_106, adj_features, adj_0, adj_1, adj_103, adj_106, adj_115);
        wp::adj_address(var_weights, var_1, var_78, var_100, adj_weights, adj_1, adj_78, adj_100, adj_114);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_107) {
    }
    if (var_107) {
    }
    if (var_107) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_104, var_105, adj_104, adj_105, adj_106);
    wp::adj_add(var_3, var_100, adj_3, adj_100, adj_104);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_101, var_102, adj_101, adj_102, adj_103);
    wp::adj_add(var_2, var_78, adj_2, adj_78, adj_101);
    // adj: yy = y + ky - 1                                                                   <L 16>
    wp::adj_where(var_86, var_98, var_77, adj_86, adj_98, adj_77, adj_99);
    if (var_86) {
        wp::adj_add(var_77, var_95, adj_77, adj_95, adj_98);
        wp::adj_mul(var_96, var_97, adj_93, adj_94, adj_95);
        wp::adj_address(var_features, var_0, var_1, var_82, var_85, adj_features, adj_0, adj_1, adj_82, adj_85, adj_94);
        wp::adj_address(var_weights, var_1, var_78, var_79, adj_weights, adj_1, adj_78, adj_79, adj_93);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_86) {
    }
    if (var_86) {
    }
    if (var_86) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_83, var_84, adj_83, adj_84, adj_85);
    wp::adj_add(var_3, var_79, adj_3, adj_79, adj_83);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_80, var_81, adj_80, adj_81, adj_82);
    wp::adj_add(var_2, var_78, adj_2, adj_78, adj_80);
    // adj: yy = y + ky - 1                                                                   <L 16>
    // adj: for kx in range(3):                                                               <L 15>
    wp::adj_where(var_64, var_76, var_56, adj_64, adj_76, adj_56, adj_77);
    if (var_64) {
        wp::adj_add(var_56, var_73, adj_56, adj_73, adj_76);
        wp::adj_mul(var_74, var_75, adj_71, adj_72, adj_73);
        wp::adj_address(var_features, var_0, var_1, var_60, var_63, adj_features, adj_0, adj_1, adj_60, adj_63, adj_72);
        wp::adj_address(var_weights, var_1, var_14, var_57, adj_weights, adj_1, adj_14, adj_57, adj_71);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_64) {
    }
    if (var_64) {
    }
    if (var_64) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_61, var_62, adj_61, adj_62, adj_63);
    wp::adj_add(var_3, var_57, adj_3, adj_57, adj_61);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_58, var_59, adj_58, adj_59, adj_60);
    wp::adj_add(var_2, var_14, adj_2, adj_14, adj_58);
    // adj: yy = y + ky - 1                                                                   <L 16>
    wp::adj_where(var_43, var_55, var_35, adj_43, adj_55, adj_35, adj_56);
    if (var_43) {
        wp::adj_add(var_35, var_52, adj_35, adj_52, adj_55);
        wp::adj_mul(var_53, var_54, adj_50, adj_51, adj_52);
        wp::adj_address(var_features, var_0, var_1, var_39, var_42, adj_features, adj_0, adj_1, adj_39, adj_42, adj_51);
        wp::adj_address(var_weights, var_1, var_14, var_36, adj_weights, adj_1, adj_14, adj_36, adj_50);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_43) {
    }
    if (var_43) {
    }
    if (var_43) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_add(var_3, var_36, adj_3, adj_36, adj_40);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_add(var_2, var_14, adj_2, adj_14, adj_37);
    // adj: yy = y + ky - 1                                                                   <L 16>
    wp::adj_where(var_22, var_34, var_13, adj_22, adj_34, adj_13, adj_35);
    if (var_22) {
        wp::adj_add(var_13, var_31, adj_13, adj_31, adj_34);
        wp::adj_mul(var_32, var_33, adj_29, adj_30, adj_31);
        wp::adj_address(var_features, var_0, var_1, var_18, var_21, adj_features, adj_0, adj_1, adj_18, adj_21, adj_30);
        wp::adj_address(var_weights, var_1, var_14, var_15, adj_weights, adj_1, adj_14, adj_15, adj_29);
        // adj: acc += weights[c, ky, kx] * features[n, c, yy, xx]                            <L 19>
    }
    if (var_22) {
    }
    if (var_22) {
    }
    if (var_22) {
    }
    // adj: if yy >= 0 and yy < height and xx >= 0 and xx < width:                            <L 18>
    wp::adj_sub(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_add(var_3, var_15, adj_3, adj_15, adj_19);
    // adj: xx = x + kx - 1                                                                   <L 17>
    wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_add(var_2, var_14, adj_2, adj_14, adj_16);
    // adj: yy = y + ky - 1                                                                   <L 16>
    // adj: for kx in range(3):                                                               <L 15>
    // adj: for ky in range(3):                                                               <L 14>
    wp::adj_float(var_12, adj_12, adj_13);
    // adj: acc = float(0.0)                                                                  <L 13>
    adj_features.shape = adj_8;
    // adj: width = features.shape[3]                                                         <L 12>
    adj_features.shape = adj_4;
    // adj: height = features.shape[2]                                                        <L 11>
    // adj: n, c, y, x = wp.tid()                                                             <L 10>
    // adj: def depthwise_conv(                                                               <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depthwise_conv_3dbaab0d_cpu_forward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_3dbaab0d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depthwise_conv_3dbaab0d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void depthwise_conv_3dbaab0d_cpu_forward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_3dbaab0d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    depthwise_conv_3dbaab0d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void depthwise_conv_3dbaab0d_cpu_forward(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_3dbaab0d *_wp_args)
{
    depthwise_conv_3dbaab0d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void depthwise_conv_3dbaab0d_cpu_backward_tasks(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_3dbaab0d *_wp_args,
    wp_args_depthwise_conv_3dbaab0d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        depthwise_conv_3dbaab0d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void depthwise_conv_3dbaab0d_cpu_backward_dispatch(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_3dbaab0d *_wp_args,
    wp_args_depthwise_conv_3dbaab0d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    depthwise_conv_3dbaab0d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void depthwise_conv_3dbaab0d_cpu_backward(
    wp::launch_bounds_t<4> *dim,
    wp_args_depthwise_conv_3dbaab0d *_wp_args,
    wp_args_depthwise_conv_3dbaab0d *_wp_adj_args)
{
    depthwise_conv_3dbaab0d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

