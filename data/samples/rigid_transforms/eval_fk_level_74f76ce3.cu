// Warp 1.19.0 cuda code for eval_fk_level_74f76ce3.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:259
static CUDA_CALLABLE wp::vec_t<3, wp::float32> quat_to_euler_0(
    wp::quat_t<wp::float32> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const bool var_14 = true;
    bool var_15;
    const bool var_16 = false;
    const wp::int32 var_17 = 6;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    bool var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 2.0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 2;
    bool var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 3;
    bool var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    bool var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 3;
    bool var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 2;
    bool var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 3;
    bool var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 2;
    bool var_62;
    wp::float32 var_63;
    const wp::int32 var_64 = 3;
    bool var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::int32 var_69 = 2;
    bool var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 3;
    bool var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 2;
    bool var_78;
    wp::float32 var_79;
    const wp::int32 var_80 = 3;
    bool var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::float32 var_94 = 2.0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    const wp::float32 var_107 = 1.0;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    const wp::float32 var_112 = 0.0;
    const wp::float32 var_113 = 0.0;
    wp::float32 var_114;
    const wp::float32 var_115 = 1e-06;
    bool var_116;
    const wp::float32 var_117 = 2.0;
    wp::float32 var_118;
    wp::float32 var_119;
    const wp::float32 var_120 = 3.141592653589793;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::float32 var_123 = 1e-06;
    bool var_124;
    const wp::float32 var_125 = 2.0;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::float32 var_134 = 1.5707963267948966;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    const wp::int32 var_142 = 2;
    bool var_143;
    wp::float32 var_144;
    wp::float32 var_145;
    const wp::int32 var_146 = 3;
    bool var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    wp::float32 var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    const wp::int32 var_155 = 1;
    bool var_156;
    wp::float32 var_157;
    const wp::int32 var_158 = 2;
    bool var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    const wp::int32 var_167 = 1;
    bool var_168;
    wp::float32 var_169;
    const wp::int32 var_170 = 2;
    bool var_171;
    wp::float32 var_172;
    wp::float32 var_173;
    wp::float32 var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    wp::vec_t<3, wp::float32> var_179;
    //---------
    // forward
    // def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:                      <L 260>
    // q0 = q[3]                                                                              <L 294>
    var_1 = wp::extract(var_q, var_0);
    // q1 = q[0]                                                                              <L 295>
    var_3 = wp::extract(var_q, var_2);
    // q2 = q[1]                                                                              <L 296>
    var_5 = wp::extract(var_q, var_4);
    // q3 = q[2]                                                                              <L 297>
    var_7 = wp::extract(var_q, var_6);
    // i += 1                                                                                 <L 301>
    var_9 = wp::add(var_i, var_8);
    // j += 1                                                                                 <L 302>
    var_11 = wp::add(var_j, var_10);
    // k += 1                                                                                 <L 303>
    var_13 = wp::add(var_k, var_12);
    // not_proper = True                                                                      <L 304>
    // if i == k:                                                                             <L 305>
    var_15 = (var_9 == var_13);
    if (var_15) {
        // not_proper = False                                                                 <L 306>
        // k = 6 - i - j  # because i + j + k = 1 + 2 + 3 = 6                                 <L 307>
        var_18 = wp::sub(var_17, var_9);
        var_19 = wp::sub(var_18, var_11);
    }
    var_20 = wp::where(var_15, var_19, var_13);
    var_21 = wp::where(var_15, var_16, var_14);
    // e = float((i - j) * (j - k) * (k - i)) / 2.0  # Levi-Civita symbol                     <L 308>
    var_22 = wp::sub(var_9, var_11);
    var_23 = wp::sub(var_11, var_20);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::sub(var_20, var_9);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::float(var_26);
    var_29 = wp::div(var_27, var_28);
    // a = q0                                                                                 <L 309>
    var_30 = wp::copy(var_1);
    // b = q1                                                                                 <L 310>
    var_31 = wp::copy(var_3);
    // c = q1                                                                                 <L 311>
    var_32 = wp::copy(var_3);
    // d = q1 * e                                                                             <L 312>
    var_33 = wp::mul(var_3, var_29);
    // if i == 2:                                                                             <L 314>
    var_35 = (var_9 == var_34);
    if (var_35) {
        // b = q2                                                                             <L 315>
        var_36 = wp::copy(var_5);
    }
    if (!var_35) {
        // elif i == 3:                                                                       <L 316>
        var_38 = (var_9 == var_37);
        if (var_38) {
            // b = q3                                                                         <L 317>
            var_39 = wp::copy(var_7);
        }
        var_40 = wp::where(var_38, var_39, var_31);
    }
    var_41 = wp::where(var_35, var_36, var_40);
    // if j == 2:                                                                             <L 319>
    var_43 = (var_11 == var_42);
    if (var_43) {
        // c = q2                                                                             <L 320>
        var_44 = wp::copy(var_5);
    }
    if (!var_43) {
        // elif j == 3:                                                                       <L 321>
        var_46 = (var_11 == var_45);
        if (var_46) {
            // c = q3                                                                         <L 322>
            var_47 = wp::copy(var_7);
        }
        var_48 = wp::where(var_46, var_47, var_32);
    }
    var_49 = wp::where(var_43, var_44, var_48);
    // if k == 2:                                                                             <L 324>
    var_51 = (var_20 == var_50);
    if (var_51) {
        // d = q2 * e                                                                         <L 325>
        var_52 = wp::mul(var_5, var_29);
    }
    if (!var_51) {
        // elif k == 3:                                                                       <L 326>
        var_54 = (var_20 == var_53);
        if (var_54) {
            // d = q3 * e                                                                     <L 327>
            var_55 = wp::mul(var_7, var_29);
        }
        var_56 = wp::where(var_54, var_55, var_33);
    }
    var_57 = wp::where(var_51, var_52, var_56);
    // if not_proper:                                                                         <L 329>
    if (var_21) {
        // qj = q1                                                                            <L 330>
        var_58 = wp::copy(var_3);
        // qk = q1                                                                            <L 331>
        var_59 = wp::copy(var_3);
        // qi = q1                                                                            <L 332>
        var_60 = wp::copy(var_3);
        // if j == 2:                                                                         <L 333>
        var_62 = (var_11 == var_61);
        if (var_62) {
            // qj = q2                                                                        <L 334>
            var_63 = wp::copy(var_5);
        }
        if (!var_62) {
            // elif j == 3:                                                                   <L 335>
            var_65 = (var_11 == var_64);
            if (var_65) {
                // qj = q3                                                                    <L 336>
                var_66 = wp::copy(var_7);
            }
            var_67 = wp::where(var_65, var_66, var_58);
        }
        var_68 = wp::where(var_62, var_63, var_67);
        // if k == 2:                                                                         <L 337>
        var_70 = (var_20 == var_69);
        if (var_70) {
            // qk = q2                                                                        <L 338>
            var_71 = wp::copy(var_5);
        }
        if (!var_70) {
            // elif k == 3:                                                                   <L 339>
            var_73 = (var_20 == var_72);
            if (var_73) {
                // qk = q3                                                                    <L 340>
                var_74 = wp::copy(var_7);
            }
            var_75 = wp::where(var_73, var_74, var_59);
        }
        var_76 = wp::where(var_70, var_71, var_75);
        // if i == 2:                                                                         <L 341>
        var_78 = (var_9 == var_77);
        if (var_78) {
            // qi = q2                                                                        <L 342>
            var_79 = wp::copy(var_5);
        }
        if (!var_78) {
            // elif i == 3:                                                                   <L 343>
            var_81 = (var_9 == var_80);
            if (var_81) {
                // qi = q3                                                                    <L 344>
                var_82 = wp::copy(var_7);
            }
            var_83 = wp::where(var_81, var_82, var_60);
        }
        var_84 = wp::where(var_78, var_79, var_83);
        // a -= qj                                                                            <L 346>
        var_85 = wp::sub(var_30, var_68);
        // b += qk * e                                                                        <L 347>
        var_86 = wp::mul(var_76, var_29);
        var_87 = wp::add(var_41, var_86);
        // c += q0                                                                            <L 348>
        var_88 = wp::add(var_49, var_1);
        // d -= qi                                                                            <L 349>
        var_89 = wp::sub(var_57, var_84);
    }
    var_90 = wp::where(var_21, var_85, var_30);
    var_91 = wp::where(var_21, var_87, var_41);
    var_92 = wp::where(var_21, var_88, var_49);
    var_93 = wp::where(var_21, var_89, var_57);
    // t2 = wp.acos(2.0 * (a * a + b * b) / (a * a + b * b + c * c + d * d) - 1.0)            <L 350>
    var_95 = wp::mul(var_90, var_90);
    var_96 = wp::mul(var_91, var_91);
    var_97 = wp::add(var_95, var_96);
    var_98 = wp::mul(var_94, var_97);
    var_99 = wp::mul(var_90, var_90);
    var_100 = wp::mul(var_91, var_91);
    var_101 = wp::add(var_99, var_100);
    var_102 = wp::mul(var_92, var_92);
    var_103 = wp::add(var_101, var_102);
    var_104 = wp::mul(var_93, var_93);
    var_105 = wp::add(var_103, var_104);
    var_106 = wp::div(var_98, var_105);
    var_108 = wp::sub(var_106, var_107);
    var_109 = wp::acos(var_108);
    // tp = wp.atan2(b, a)                                                                    <L 351>
    var_110 = wp::atan2(var_91, var_90);
    // tm = wp.atan2(d, c)                                                                    <L 352>
    var_111 = wp::atan2(var_93, var_92);
    // t1 = 0.0                                                                               <L 353>
    // t3 = 0.0                                                                               <L 354>
    // if wp.abs(t2) < 1e-6:                                                                  <L 355>
    var_114 = wp::abs(var_109);
    var_116 = (var_114 < var_115);
    if (var_116) {
        // t3 = 2.0 * tp - t1                                                                 <L 356>
        var_118 = wp::mul(var_117, var_110);
        var_119 = wp::sub(var_118, var_112);
    }
    if (!var_116) {
        // elif wp.abs(t2 - wp.pi) < 1e-6:                                                    <L 357>
        var_121 = wp::sub(var_109, var_120);
        var_122 = wp::abs(var_121);
        var_124 = (var_122 < var_123);
        if (var_124) {
            // t3 = 2.0 * tm + t1                                                             <L 358>
            var_126 = wp::mul(var_125, var_111);
            var_127 = wp::add(var_126, var_112);
        }
        if (!var_124) {
            // t1 = tp - tm                                                                   <L 360>
            var_128 = wp::sub(var_110, var_111);
            // t3 = tp + tm                                                                   <L 361>
            var_129 = wp::add(var_110, var_111);
        }
        var_130 = wp::where(var_124, var_112, var_128);
        var_131 = wp::where(var_124, var_127, var_129);
    }
    var_132 = wp::where(var_116, var_112, var_130);
    var_133 = wp::where(var_116, var_119, var_131);
    // if not_proper:                                                                         <L 362>
    if (var_21) {
        // t2 -= wp.HALF_PI                                                                   <L 363>
        var_135 = wp::sub(var_109, var_134);
        // t3 *= e                                                                            <L 364>
        var_136 = wp::mul(var_133, var_29);
    }
    var_137 = wp::where(var_21, var_135, var_109);
    var_138 = wp::where(var_21, var_136, var_133);
    // ex = t1                                                                                <L 369>
    var_139 = wp::copy(var_132);
    // ey = t2                                                                                <L 370>
    var_140 = wp::copy(var_137);
    // ez = t3                                                                                <L 371>
    var_141 = wp::copy(var_138);
    // if i == 2:                                                                             <L 372>
    var_143 = (var_9 == var_142);
    if (var_143) {
        // ex = t2                                                                            <L 373>
        var_144 = wp::copy(var_137);
        // ey = t1                                                                            <L 374>
        var_145 = wp::copy(var_132);
    }
    if (!var_143) {
        // elif i == 3:                                                                       <L 375>
        var_147 = (var_9 == var_146);
        if (var_147) {
            // ex = t3                                                                        <L 376>
            var_148 = wp::copy(var_138);
            // ez = t1                                                                        <L 377>
            var_149 = wp::copy(var_132);
        }
        var_150 = wp::where(var_147, var_148, var_139);
        var_151 = wp::where(var_147, var_149, var_141);
    }
    var_152 = wp::where(var_143, var_144, var_150);
    var_153 = wp::where(var_143, var_145, var_140);
    var_154 = wp::where(var_143, var_141, var_151);
    // if j == 1:                                                                             <L 379>
    var_156 = (var_11 == var_155);
    if (var_156) {
        // ex = t2                                                                            <L 380>
        var_157 = wp::copy(var_137);
    }
    if (!var_156) {
        // elif j == 2:                                                                       <L 381>
        var_159 = (var_11 == var_158);
        if (var_159) {
            // ey = t2                                                                        <L 382>
            var_160 = wp::copy(var_137);
        }
        if (!var_159) {
            // ez = t2                                                                        <L 384>
            var_161 = wp::copy(var_137);
        }
        var_162 = wp::where(var_159, var_160, var_153);
        var_163 = wp::where(var_159, var_154, var_161);
    }
    var_164 = wp::where(var_156, var_157, var_152);
    var_165 = wp::where(var_156, var_153, var_162);
    var_166 = wp::where(var_156, var_154, var_163);
    // if k == 1:                                                                             <L 386>
    var_168 = (var_20 == var_167);
    if (var_168) {
        // ex = t3                                                                            <L 387>
        var_169 = wp::copy(var_138);
    }
    if (!var_168) {
        // elif k == 2:                                                                       <L 388>
        var_171 = (var_20 == var_170);
        if (var_171) {
            // ey = t3                                                                        <L 389>
            var_172 = wp::copy(var_138);
        }
        if (!var_171) {
            // ez = t3                                                                        <L 391>
            var_173 = wp::copy(var_138);
        }
        var_174 = wp::where(var_171, var_172, var_165);
        var_175 = wp::where(var_171, var_166, var_173);
    }
    var_176 = wp::where(var_168, var_169, var_164);
    var_177 = wp::where(var_168, var_165, var_174);
    var_178 = wp::where(var_168, var_166, var_175);
    // return wp.vec3(ex, ey, ez)                                                             <L 393>
    var_179 = wp::vec_t<3, wp::float32>(var_176, var_177, var_178);
    return var_179;
}


// eval_fk_level.py:8
static CUDA_CALLABLE wp::transform_t<wp::float32> joint_motion_0(
    wp::int32 var_jtype,
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_q)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::transform_t<wp::float32> var_4;
    const wp::int32 var_5 = 1;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    wp::vec_t<3, wp::float32> var_8;
    wp::quat_t<wp::float32> var_9;
    wp::transform_t<wp::float32> var_10;
    wp::transform_t<wp::float32> var_11;
    //---------
    // forward
    // def joint_motion(jtype: int, axis: wp.vec3, q: float) -> wp.transform:                 <L 9>
    // if jtype == JOINT_PRISMATIC:                                                           <L 11>
    var_1 = (var_jtype == var_0);
    if (var_1) {
        // return wp.transform(axis * q, wp.quat_identity())                                  <L 12>
        var_2 = wp::mul(var_axis, var_q);
        var_3 = wp::quat_identity<wp::float32>();
        var_4 = wp::transform_t<wp::float32>(var_2, var_3);
        return var_4;
    }
    // if jtype == JOINT_REVOLUTE:                                                            <L 13>
    var_6 = (var_jtype == var_5);
    if (var_6) {
        // return wp.transform(wp.vec3(0.0), wp.quat_from_axis_angle(axis, q))                <L 14>
        var_8 = wp::vec_t<3, wp::float32>(var_7);
        var_9 = wp::quat_from_axis_angle(var_axis, var_q);
        var_10 = wp::transform_t<wp::float32>(var_8, var_9);
        return var_10;
    }
    // return wp.transform_identity()                                                         <L 15>
    var_11 = wp::transform_identity<wp::float32>();
    return var_11;
}


// warp/_src/math.py:259
static CUDA_CALLABLE void adj_quat_to_euler_0(
    wp::quat_t<wp::float32> var_q,
    wp::int32 var_i,
    wp::int32 var_j,
    wp::int32 var_k,
    wp::quat_t<wp::float32> & adj_q,
    wp::int32 & adj_i,
    wp::int32 & adj_j,
    wp::int32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 3;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 1;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::int32 var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    const wp::int32 var_12 = 1;
    wp::int32 var_13;
    const bool var_14 = true;
    bool var_15;
    const bool var_16 = false;
    const wp::int32 var_17 = 6;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32 var_20;
    bool var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 2.0;
    wp::float32 var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 2;
    bool var_35;
    wp::float32 var_36;
    const wp::int32 var_37 = 3;
    bool var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    const wp::int32 var_42 = 2;
    bool var_43;
    wp::float32 var_44;
    const wp::int32 var_45 = 3;
    bool var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    const wp::int32 var_50 = 2;
    bool var_51;
    wp::float32 var_52;
    const wp::int32 var_53 = 3;
    bool var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::int32 var_61 = 2;
    bool var_62;
    wp::float32 var_63;
    const wp::int32 var_64 = 3;
    bool var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    const wp::int32 var_69 = 2;
    bool var_70;
    wp::float32 var_71;
    const wp::int32 var_72 = 3;
    bool var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    const wp::int32 var_77 = 2;
    bool var_78;
    wp::float32 var_79;
    const wp::int32 var_80 = 3;
    bool var_81;
    wp::float32 var_82;
    wp::float32 var_83;
    wp::float32 var_84;
    wp::float32 var_85;
    wp::float32 var_86;
    wp::float32 var_87;
    wp::float32 var_88;
    wp::float32 var_89;
    wp::float32 var_90;
    wp::float32 var_91;
    wp::float32 var_92;
    wp::float32 var_93;
    const wp::float32 var_94 = 2.0;
    wp::float32 var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::float32 var_98;
    wp::float32 var_99;
    wp::float32 var_100;
    wp::float32 var_101;
    wp::float32 var_102;
    wp::float32 var_103;
    wp::float32 var_104;
    wp::float32 var_105;
    wp::float32 var_106;
    const wp::float32 var_107 = 1.0;
    wp::float32 var_108;
    wp::float32 var_109;
    wp::float32 var_110;
    wp::float32 var_111;
    const wp::float32 var_112 = 0.0;
    const wp::float32 var_113 = 0.0;
    wp::float32 var_114;
    const wp::float32 var_115 = 1e-06;
    bool var_116;
    const wp::float32 var_117 = 2.0;
    wp::float32 var_118;
    wp::float32 var_119;
    const wp::float32 var_120 = 3.141592653589793;
    wp::float32 var_121;
    wp::float32 var_122;
    const wp::float32 var_123 = 1e-06;
    bool var_124;
    const wp::float32 var_125 = 2.0;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32 var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::float32 var_133;
    const wp::float32 var_134 = 1.5707963267948966;
    wp::float32 var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::float32 var_138;
    wp::float32 var_139;
    wp::float32 var_140;
    wp::float32 var_141;
    const wp::int32 var_142 = 2;
    bool var_143;
    wp::float32 var_144;
    wp::float32 var_145;
    const wp::int32 var_146 = 3;
    bool var_147;
    wp::float32 var_148;
    wp::float32 var_149;
    wp::float32 var_150;
    wp::float32 var_151;
    wp::float32 var_152;
    wp::float32 var_153;
    wp::float32 var_154;
    const wp::int32 var_155 = 1;
    bool var_156;
    wp::float32 var_157;
    const wp::int32 var_158 = 2;
    bool var_159;
    wp::float32 var_160;
    wp::float32 var_161;
    wp::float32 var_162;
    wp::float32 var_163;
    wp::float32 var_164;
    wp::float32 var_165;
    wp::float32 var_166;
    const wp::int32 var_167 = 1;
    bool var_168;
    wp::float32 var_169;
    const wp::int32 var_170 = 2;
    bool var_171;
    wp::float32 var_172;
    wp::float32 var_173;
    wp::float32 var_174;
    wp::float32 var_175;
    wp::float32 var_176;
    wp::float32 var_177;
    wp::float32 var_178;
    wp::vec_t<3, wp::float32> var_179;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    bool adj_35 = {};
    wp::float32 adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    wp::int32 adj_42 = {};
    bool adj_43 = {};
    wp::float32 adj_44 = {};
    wp::int32 adj_45 = {};
    bool adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    bool adj_51 = {};
    wp::float32 adj_52 = {};
    wp::int32 adj_53 = {};
    bool adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::int32 adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::int32 adj_64 = {};
    bool adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::int32 adj_69 = {};
    bool adj_70 = {};
    wp::float32 adj_71 = {};
    wp::int32 adj_72 = {};
    bool adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::int32 adj_77 = {};
    bool adj_78 = {};
    wp::float32 adj_79 = {};
    wp::int32 adj_80 = {};
    bool adj_81 = {};
    wp::float32 adj_82 = {};
    wp::float32 adj_83 = {};
    wp::float32 adj_84 = {};
    wp::float32 adj_85 = {};
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
    wp::float32 adj_102 = {};
    wp::float32 adj_103 = {};
    wp::float32 adj_104 = {};
    wp::float32 adj_105 = {};
    wp::float32 adj_106 = {};
    wp::float32 adj_107 = {};
    wp::float32 adj_108 = {};
    wp::float32 adj_109 = {};
    wp::float32 adj_110 = {};
    wp::float32 adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    bool adj_116 = {};
    wp::float32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    bool adj_124 = {};
    wp::float32 adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::float32 adj_133 = {};
    wp::float32 adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::float32 adj_138 = {};
    wp::float32 adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::int32 adj_142 = {};
    bool adj_143 = {};
    wp::float32 adj_144 = {};
    wp::float32 adj_145 = {};
    wp::int32 adj_146 = {};
    bool adj_147 = {};
    wp::float32 adj_148 = {};
    wp::float32 adj_149 = {};
    wp::float32 adj_150 = {};
    wp::float32 adj_151 = {};
    wp::float32 adj_152 = {};
    wp::float32 adj_153 = {};
    wp::float32 adj_154 = {};
    wp::int32 adj_155 = {};
    bool adj_156 = {};
    wp::float32 adj_157 = {};
    wp::int32 adj_158 = {};
    bool adj_159 = {};
    wp::float32 adj_160 = {};
    wp::float32 adj_161 = {};
    wp::float32 adj_162 = {};
    wp::float32 adj_163 = {};
    wp::float32 adj_164 = {};
    wp::float32 adj_165 = {};
    wp::float32 adj_166 = {};
    wp::int32 adj_167 = {};
    bool adj_168 = {};
    wp::float32 adj_169 = {};
    wp::int32 adj_170 = {};
    bool adj_171 = {};
    wp::float32 adj_172 = {};
    wp::float32 adj_173 = {};
    wp::float32 adj_174 = {};
    wp::float32 adj_175 = {};
    wp::float32 adj_176 = {};
    wp::float32 adj_177 = {};
    wp::float32 adj_178 = {};
    wp::vec_t<3, wp::float32> adj_179 = {};
    //---------
    // forward
    // def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:                      <L 260>
    // q0 = q[3]                                                                              <L 294>
    var_1 = wp::extract(var_q, var_0);
    // q1 = q[0]                                                                              <L 295>
    var_3 = wp::extract(var_q, var_2);
    // q2 = q[1]                                                                              <L 296>
    var_5 = wp::extract(var_q, var_4);
    // q3 = q[2]                                                                              <L 297>
    var_7 = wp::extract(var_q, var_6);
    // i += 1                                                                                 <L 301>
    var_9 = wp::add(var_i, var_8);
    // j += 1                                                                                 <L 302>
    var_11 = wp::add(var_j, var_10);
    // k += 1                                                                                 <L 303>
    var_13 = wp::add(var_k, var_12);
    // not_proper = True                                                                      <L 304>
    // if i == k:                                                                             <L 305>
    var_15 = (var_9 == var_13);
    if (var_15) {
        // not_proper = False                                                                 <L 306>
        // k = 6 - i - j  # because i + j + k = 1 + 2 + 3 = 6                                 <L 307>
        var_18 = wp::sub(var_17, var_9);
        var_19 = wp::sub(var_18, var_11);
    }
    var_20 = wp::where(var_15, var_19, var_13);
    var_21 = wp::where(var_15, var_16, var_14);
    // e = float((i - j) * (j - k) * (k - i)) / 2.0  # Levi-Civita symbol                     <L 308>
    var_22 = wp::sub(var_9, var_11);
    var_23 = wp::sub(var_11, var_20);
    var_24 = wp::mul(var_22, var_23);
    var_25 = wp::sub(var_20, var_9);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::float(var_26);
    var_29 = wp::div(var_27, var_28);
    // a = q0                                                                                 <L 309>
    var_30 = wp::copy(var_1);
    // b = q1                                                                                 <L 310>
    var_31 = wp::copy(var_3);
    // c = q1                                                                                 <L 311>
    var_32 = wp::copy(var_3);
    // d = q1 * e                                                                             <L 312>
    var_33 = wp::mul(var_3, var_29);
    // if i == 2:                                                                             <L 314>
    var_35 = (var_9 == var_34);
    if (var_35) {
        // b = q2                                                                             <L 315>
        var_36 = wp::copy(var_5);
    }
    if (!var_35) {
        // elif i == 3:                                                                       <L 316>
        var_38 = (var_9 == var_37);
        if (var_38) {
            // b = q3                                                                         <L 317>
            var_39 = wp::copy(var_7);
        }
        var_40 = wp::where(var_38, var_39, var_31);
    }
    var_41 = wp::where(var_35, var_36, var_40);
    // if j == 2:                                                                             <L 319>
    var_43 = (var_11 == var_42);
    if (var_43) {
        // c = q2                                                                             <L 320>
        var_44 = wp::copy(var_5);
    }
    if (!var_43) {
        // elif j == 3:                                                                       <L 321>
        var_46 = (var_11 == var_45);
        if (var_46) {
            // c = q3                                                                         <L 322>
            var_47 = wp::copy(var_7);
        }
        var_48 = wp::where(var_46, var_47, var_32);
    }
    var_49 = wp::where(var_43, var_44, var_48);
    // if k == 2:                                                                             <L 324>
    var_51 = (var_20 == var_50);
    if (var_51) {
        // d = q2 * e                                                                         <L 325>
        var_52 = wp::mul(var_5, var_29);
    }
    if (!var_51) {
        // elif k == 3:                                                                       <L 326>
        var_54 = (var_20 == var_53);
        if (var_54) {
            // d = q3 * e                                                                     <L 327>
            var_55 = wp::mul(var_7, var_29);
        }
        var_56 = wp::where(var_54, var_55, var_33);
    }
    var_57 = wp::where(var_51, var_52, var_56);
    // if not_proper:                                                                         <L 329>
    if (var_21) {
        // qj = q1                                                                            <L 330>
        var_58 = wp::copy(var_3);
        // qk = q1                                                                            <L 331>
        var_59 = wp::copy(var_3);
        // qi = q1                                                                            <L 332>
        var_60 = wp::copy(var_3);
        // if j == 2:                                                                         <L 333>
        var_62 = (var_11 == var_61);
        if (var_62) {
            // qj = q2                                                                        <L 334>
            var_63 = wp::copy(var_5);
        }
        if (!var_62) {
            // elif j == 3:                                                                   <L 335>
            var_65 = (var_11 == var_64);
            if (var_65) {
                // qj = q3                                                                    <L 336>
                var_66 = wp::copy(var_7);
            }
            var_67 = wp::where(var_65, var_66, var_58);
        }
        var_68 = wp::where(var_62, var_63, var_67);
        // if k == 2:                                                                         <L 337>
        var_70 = (var_20 == var_69);
        if (var_70) {
            // qk = q2                                                                        <L 338>
            var_71 = wp::copy(var_5);
        }
        if (!var_70) {
            // elif k == 3:                                                                   <L 339>
            var_73 = (var_20 == var_72);
            if (var_73) {
                // qk = q3                                                                    <L 340>
                var_74 = wp::copy(var_7);
            }
            var_75 = wp::where(var_73, var_74, var_59);
        }
        var_76 = wp::where(var_70, var_71, var_75);
        // if i == 2:                                                                         <L 341>
        var_78 = (var_9 == var_77);
        if (var_78) {
            // qi = q2                                                                        <L 342>
            var_79 = wp::copy(var_5);
        }
        if (!var_78) {
            // elif i == 3:                                                                   <L 343>
            var_81 = (var_9 == var_80);
            if (var_81) {
                // qi = q3                                                                    <L 344>
                var_82 = wp::copy(var_7);
            }
            var_83 = wp::where(var_81, var_82, var_60);
        }
        var_84 = wp::where(var_78, var_79, var_83);
        // a -= qj                                                                            <L 346>
        var_85 = wp::sub(var_30, var_68);
        // b += qk * e                                                                        <L 347>
        var_86 = wp::mul(var_76, var_29);
        var_87 = wp::add(var_41, var_86);
        // c += q0                                                                            <L 348>
        var_88 = wp::add(var_49, var_1);
        // d -= qi                                                                            <L 349>
        var_89 = wp::sub(var_57, var_84);
    }
    var_90 = wp::where(var_21, var_85, var_30);
    var_91 = wp::where(var_21, var_87, var_41);
    var_92 = wp::where(var_21, var_88, var_49);
    var_93 = wp::where(var_21, var_89, var_57);
    // t2 = wp.acos(2.0 * (a * a + b * b) / (a * a + b * b + c * c + d * d) - 1.0)            <L 350>
    var_95 = wp::mul(var_90, var_90);
    var_96 = wp::mul(var_91, var_91);
    var_97 = wp::add(var_95, var_96);
    var_98 = wp::mul(var_94, var_97);
    var_99 = wp::mul(var_90, var_90);
    var_100 = wp::mul(var_91, var_91);
    var_101 = wp::add(var_99, var_100);
    var_102 = wp::mul(var_92, var_92);
    var_103 = wp::add(var_101, var_102);
    var_104 = wp::mul(var_93, var_93);
    var_105 = wp::add(var_103, var_104);
    var_106 = wp::div(var_98, var_105);
    var_108 = wp::sub(var_106, var_107);
    var_109 = wp::acos(var_108);
    // tp = wp.atan2(b, a)                                                                    <L 351>
    var_110 = wp::atan2(var_91, var_90);
    // tm = wp.atan2(d, c)                                                                    <L 352>
    var_111 = wp::atan2(var_93, var_92);
    // t1 = 0.0                                                                               <L 353>
    // t3 = 0.0                                                                               <L 354>
    // if wp.abs(t2) < 1e-6:                                                                  <L 355>
    var_114 = wp::abs(var_109);
    var_116 = (var_114 < var_115);
    if (var_116) {
        // t3 = 2.0 * tp - t1                                                                 <L 356>
        var_118 = wp::mul(var_117, var_110);
        var_119 = wp::sub(var_118, var_112);
    }
    if (!var_116) {
        // elif wp.abs(t2 - wp.pi) < 1e-6:                                                    <L 357>
        var_121 = wp::sub(var_109, var_120);
        var_122 = wp::abs(var_121);
        var_124 = (var_122 < var_123);
        if (var_124) {
            // t3 = 2.0 * tm + t1                                                             <L 358>
            var_126 = wp::mul(var_125, var_111);
            var_127 = wp::add(var_126, var_112);
        }
        if (!var_124) {
            // t1 = tp - tm                                                                   <L 360>
            var_128 = wp::sub(var_110, var_111);
            // t3 = tp + tm                                                                   <L 361>
            var_129 = wp::add(var_110, var_111);
        }
        var_130 = wp::where(var_124, var_112, var_128);
        var_131 = wp::where(var_124, var_127, var_129);
    }
    var_132 = wp::where(var_116, var_112, var_130);
    var_133 = wp::where(var_116, var_119, var_131);
    // if not_proper:                                                                         <L 362>
    if (var_21) {
        // t2 -= wp.HALF_PI                                                                   <L 363>
        var_135 = wp::sub(var_109, var_134);
        // t3 *= e                                                                            <L 364>
        var_136 = wp::mul(var_133, var_29);
    }
    var_137 = wp::where(var_21, var_135, var_109);
    var_138 = wp::where(var_21, var_136, var_133);
    // ex = t1                                                                                <L 369>
    var_139 = wp::copy(var_132);
    // ey = t2                                                                                <L 370>
    var_140 = wp::copy(var_137);
    // ez = t3                                                                                <L 371>
    var_141 = wp::copy(var_138);
    // if i == 2:                                                                             <L 372>
    var_143 = (var_9 == var_142);
    if (var_143) {
        // ex = t2                                                                            <L 373>
        var_144 = wp::copy(var_137);
        // ey = t1                                                                            <L 374>
        var_145 = wp::copy(var_132);
    }
    if (!var_143) {
        // elif i == 3:                                                                       <L 375>
        var_147 = (var_9 == var_146);
        if (var_147) {
            // ex = t3                                                                        <L 376>
            var_148 = wp::copy(var_138);
            // ez = t1                                                                        <L 377>
            var_149 = wp::copy(var_132);
        }
        var_150 = wp::where(var_147, var_148, var_139);
        var_151 = wp::where(var_147, var_149, var_141);
    }
    var_152 = wp::where(var_143, var_144, var_150);
    var_153 = wp::where(var_143, var_145, var_140);
    var_154 = wp::where(var_143, var_141, var_151);
    // if j == 1:                                                                             <L 379>
    var_156 = (var_11 == var_155);
    if (var_156) {
        // ex = t2                                                                            <L 380>
        var_157 = wp::copy(var_137);
    }
    if (!var_156) {
        // elif j == 2:                                                                       <L 381>
        var_159 = (var_11 == var_158);
        if (var_159) {
            // ey = t2                                                                        <L 382>
            var_160 = wp::copy(var_137);
        }
        if (!var_159) {
            // ez = t2                                                                        <L 384>
            var_161 = wp::copy(var_137);
        }
        var_162 = wp::where(var_159, var_160, var_153);
        var_163 = wp::where(var_159, var_154, var_161);
    }
    var_164 = wp::where(var_156, var_157, var_152);
    var_165 = wp::where(var_156, var_153, var_162);
    var_166 = wp::where(var_156, var_154, var_163);
    // if k == 1:                                                                             <L 386>
    var_168 = (var_20 == var_167);
    if (var_168) {
        // ex = t3                                                                            <L 387>
        var_169 = wp::copy(var_138);
    }
    if (!var_168) {
        // elif k == 2:                                                                       <L 388>
        var_171 = (var_20 == var_170);
        if (var_171) {
            // ey = t3                                                                        <L 389>
            var_172 = wp::copy(var_138);
        }
        if (!var_171) {
            // ez = t3                                                                        <L 391>
            var_173 = wp::copy(var_138);
        }
        var_174 = wp::where(var_171, var_172, var_165);
        var_175 = wp::where(var_171, var_166, var_173);
    }
    var_176 = wp::where(var_168, var_169, var_164);
    var_177 = wp::where(var_168, var_165, var_174);
    var_178 = wp::where(var_168, var_166, var_175);
    // return wp.vec3(ex, ey, ez)                                                             <L 393>
    var_179 = wp::vec_t<3, wp::float32>(var_176, var_177, var_178);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_179 += adj_ret;
    wp::adj_vec_t(var_176, var_177, var_178, adj_176, adj_177, adj_178, adj_179);
    // adj: return wp.vec3(ex, ey, ez)                                                        <L 393>
    wp::adj_where(var_168, var_166, var_175, adj_168, adj_166, adj_175, adj_178);
    wp::adj_where(var_168, var_165, var_174, adj_168, adj_165, adj_174, adj_177);
    wp::adj_where(var_168, var_169, var_164, adj_168, adj_169, adj_164, adj_176);
    if (!var_168) {
        wp::adj_where(var_171, var_166, var_173, adj_171, adj_166, adj_173, adj_175);
        wp::adj_where(var_171, var_172, var_165, adj_171, adj_172, adj_165, adj_174);
        if (!var_171) {
            wp::adj_copy(var_138, adj_138, adj_173);
            // adj: ez = t3                                                                   <L 391>
        }
        if (var_171) {
            wp::adj_copy(var_138, adj_138, adj_172);
            // adj: ey = t3                                                                   <L 389>
        }
        // adj: elif k == 2:                                                                  <L 388>
    }
    if (var_168) {
        wp::adj_copy(var_138, adj_138, adj_169);
        // adj: ex = t3                                                                       <L 387>
    }
    // adj: if k == 1:                                                                        <L 386>
    wp::adj_where(var_156, var_154, var_163, adj_156, adj_154, adj_163, adj_166);
    wp::adj_where(var_156, var_153, var_162, adj_156, adj_153, adj_162, adj_165);
    wp::adj_where(var_156, var_157, var_152, adj_156, adj_157, adj_152, adj_164);
    if (!var_156) {
        wp::adj_where(var_159, var_154, var_161, adj_159, adj_154, adj_161, adj_163);
        wp::adj_where(var_159, var_160, var_153, adj_159, adj_160, adj_153, adj_162);
        if (!var_159) {
            wp::adj_copy(var_137, adj_137, adj_161);
            // adj: ez = t2                                                                   <L 384>
        }
        if (var_159) {
            wp::adj_copy(var_137, adj_137, adj_160);
            // adj: ey = t2                                                                   <L 382>
        }
        // adj: elif j == 2:                                                                  <L 381>
    }
    if (var_156) {
        wp::adj_copy(var_137, adj_137, adj_157);
        // adj: ex = t2                                                                       <L 380>
    }
    // adj: if j == 1:                                                                        <L 379>
    wp::adj_where(var_143, var_141, var_151, adj_143, adj_141, adj_151, adj_154);
    wp::adj_where(var_143, var_145, var_140, adj_143, adj_145, adj_140, adj_153);
    wp::adj_where(var_143, var_144, var_150, adj_143, adj_144, adj_150, adj_152);
    if (!var_143) {
        wp::adj_where(var_147, var_149, var_141, adj_147, adj_149, adj_141, adj_151);
        wp::adj_where(var_147, var_148, var_139, adj_147, adj_148, adj_139, adj_150);
        if (var_147) {
            wp::adj_copy(var_132, adj_132, adj_149);
            // adj: ez = t1                                                                   <L 377>
            wp::adj_copy(var_138, adj_138, adj_148);
            // adj: ex = t3                                                                   <L 376>
        }
        // adj: elif i == 3:                                                                  <L 375>
    }
    if (var_143) {
        wp::adj_copy(var_132, adj_132, adj_145);
        // adj: ey = t1                                                                       <L 374>
        wp::adj_copy(var_137, adj_137, adj_144);
        // adj: ex = t2                                                                       <L 373>
    }
    // adj: if i == 2:                                                                        <L 372>
    wp::adj_copy(var_138, adj_138, adj_141);
    // adj: ez = t3                                                                           <L 371>
    wp::adj_copy(var_137, adj_137, adj_140);
    // adj: ey = t2                                                                           <L 370>
    wp::adj_copy(var_132, adj_132, adj_139);
    // adj: ex = t1                                                                           <L 369>
    wp::adj_where(var_21, var_136, var_133, adj_21, adj_136, adj_133, adj_138);
    wp::adj_where(var_21, var_135, var_109, adj_21, adj_135, adj_109, adj_137);
    if (var_21) {
        wp::adj_mul(var_133, var_29, adj_133, adj_29, adj_136);
        // adj: t3 *= e                                                                       <L 364>
        wp::adj_sub(var_109, var_134, adj_109, adj_134, adj_135);
        // adj: t2 -= wp.HALF_PI                                                              <L 363>
    }
    // adj: if not_proper:                                                                    <L 362>
    wp::adj_where(var_116, var_119, var_131, adj_116, adj_119, adj_131, adj_133);
    wp::adj_where(var_116, var_112, var_130, adj_116, adj_112, adj_130, adj_132);
    if (!var_116) {
        wp::adj_where(var_124, var_127, var_129, adj_124, adj_127, adj_129, adj_131);
        wp::adj_where(var_124, var_112, var_128, adj_124, adj_112, adj_128, adj_130);
        if (!var_124) {
            wp::adj_add(var_110, var_111, adj_110, adj_111, adj_129);
            // adj: t3 = tp + tm                                                              <L 361>
            wp::adj_sub(var_110, var_111, adj_110, adj_111, adj_128);
            // adj: t1 = tp - tm                                                              <L 360>
        }
        if (var_124) {
            wp::adj_add(var_126, var_112, adj_126, adj_112, adj_127);
            wp::adj_mul(var_125, var_111, adj_125, adj_111, adj_126);
            // adj: t3 = 2.0 * tm + t1                                                        <L 358>
        }
        wp::adj_abs(var_121, adj_121, adj_122);
        wp::adj_sub(var_109, var_120, adj_109, adj_120, adj_121);
        // adj: elif wp.abs(t2 - wp.pi) < 1e-6:                                               <L 357>
    }
    if (var_116) {
        wp::adj_sub(var_118, var_112, adj_118, adj_112, adj_119);
        wp::adj_mul(var_117, var_110, adj_117, adj_110, adj_118);
        // adj: t3 = 2.0 * tp - t1                                                            <L 356>
    }
    wp::adj_abs(var_109, adj_109, adj_114);
    // adj: if wp.abs(t2) < 1e-6:                                                             <L 355>
    // adj: t3 = 0.0                                                                          <L 354>
    // adj: t1 = 0.0                                                                          <L 353>
    wp::adj_atan2(var_93, var_92, adj_93, adj_92, adj_111);
    // adj: tm = wp.atan2(d, c)                                                               <L 352>
    wp::adj_atan2(var_91, var_90, adj_91, adj_90, adj_110);
    // adj: tp = wp.atan2(b, a)                                                               <L 351>
    wp::adj_acos(var_108, adj_108, adj_109);
    wp::adj_sub(var_106, var_107, adj_106, adj_107, adj_108);
    wp::adj_div(var_98, var_105, var_106, adj_98, adj_105, adj_106);
    wp::adj_add(var_103, var_104, adj_103, adj_104, adj_105);
    wp::adj_mul(var_93, var_93, adj_93, adj_93, adj_104);
    wp::adj_add(var_101, var_102, adj_101, adj_102, adj_103);
    wp::adj_mul(var_92, var_92, adj_92, adj_92, adj_102);
    wp::adj_add(var_99, var_100, adj_99, adj_100, adj_101);
    wp::adj_mul(var_91, var_91, adj_91, adj_91, adj_100);
    wp::adj_mul(var_90, var_90, adj_90, adj_90, adj_99);
    wp::adj_mul(var_94, var_97, adj_94, adj_97, adj_98);
    wp::adj_add(var_95, var_96, adj_95, adj_96, adj_97);
    wp::adj_mul(var_91, var_91, adj_91, adj_91, adj_96);
    wp::adj_mul(var_90, var_90, adj_90, adj_90, adj_95);
    // adj: t2 = wp.acos(2.0 * (a * a + b * b) / (a * a + b * b + c * c + d * d) - 1.0)       <L 350>
    wp::adj_where(var_21, var_89, var_57, adj_21, adj_89, adj_57, adj_93);
    wp::adj_where(var_21, var_88, var_49, adj_21, adj_88, adj_49, adj_92);
    wp::adj_where(var_21, var_87, var_41, adj_21, adj_87, adj_41, adj_91);
    wp::adj_where(var_21, var_85, var_30, adj_21, adj_85, adj_30, adj_90);
    if (var_21) {
        wp::adj_sub(var_57, var_84, adj_57, adj_84, adj_89);
        // adj: d -= qi                                                                       <L 349>
        wp::adj_add(var_49, var_1, adj_49, adj_1, adj_88);
        // adj: c += q0                                                                       <L 348>
        wp::adj_add(var_41, var_86, adj_41, adj_86, adj_87);
        wp::adj_mul(var_76, var_29, adj_76, adj_29, adj_86);
        // adj: b += qk * e                                                                   <L 347>
        wp::adj_sub(var_30, var_68, adj_30, adj_68, adj_85);
        // adj: a -= qj                                                                       <L 346>
        wp::adj_where(var_78, var_79, var_83, adj_78, adj_79, adj_83, adj_84);
        if (!var_78) {
            wp::adj_where(var_81, var_82, var_60, adj_81, adj_82, adj_60, adj_83);
            if (var_81) {
                wp::adj_copy(var_7, adj_7, adj_82);
                // adj: qi = q3                                                               <L 344>
            }
            // adj: elif i == 3:                                                              <L 343>
        }
        if (var_78) {
            wp::adj_copy(var_5, adj_5, adj_79);
            // adj: qi = q2                                                                   <L 342>
        }
        // adj: if i == 2:                                                                    <L 341>
        wp::adj_where(var_70, var_71, var_75, adj_70, adj_71, adj_75, adj_76);
        if (!var_70) {
            wp::adj_where(var_73, var_74, var_59, adj_73, adj_74, adj_59, adj_75);
            if (var_73) {
                wp::adj_copy(var_7, adj_7, adj_74);
                // adj: qk = q3                                                               <L 340>
            }
            // adj: elif k == 3:                                                              <L 339>
        }
        if (var_70) {
            wp::adj_copy(var_5, adj_5, adj_71);
            // adj: qk = q2                                                                   <L 338>
        }
        // adj: if k == 2:                                                                    <L 337>
        wp::adj_where(var_62, var_63, var_67, adj_62, adj_63, adj_67, adj_68);
        if (!var_62) {
            wp::adj_where(var_65, var_66, var_58, adj_65, adj_66, adj_58, adj_67);
            if (var_65) {
                wp::adj_copy(var_7, adj_7, adj_66);
                // adj: qj = q3                                                               <L 336>
            }
            // adj: elif j == 3:                                                              <L 335>
        }
        if (var_62) {
            wp::adj_copy(var_5, adj_5, adj_63);
            // adj: qj = q2                                                                   <L 334>
        }
        // adj: if j == 2:                                                                    <L 333>
        wp::adj_copy(var_3, adj_3, adj_60);
        // adj: qi = q1                                                                       <L 332>
        wp::adj_copy(var_3, adj_3, adj_59);
        // adj: qk = q1                                                                       <L 331>
        wp::adj_copy(var_3, adj_3, adj_58);
        // adj: qj = q1                                                                       <L 330>
    }
    // adj: if not_proper:                                                                    <L 329>
    wp::adj_where(var_51, var_52, var_56, adj_51, adj_52, adj_56, adj_57);
    if (!var_51) {
        wp::adj_where(var_54, var_55, var_33, adj_54, adj_55, adj_33, adj_56);
        if (var_54) {
            wp::adj_mul(var_7, var_29, adj_7, adj_29, adj_55);
            // adj: d = q3 * e                                                                <L 327>
        }
        // adj: elif k == 3:                                                                  <L 326>
    }
    if (var_51) {
        wp::adj_mul(var_5, var_29, adj_5, adj_29, adj_52);
        // adj: d = q2 * e                                                                    <L 325>
    }
    // adj: if k == 2:                                                                        <L 324>
    wp::adj_where(var_43, var_44, var_48, adj_43, adj_44, adj_48, adj_49);
    if (!var_43) {
        wp::adj_where(var_46, var_47, var_32, adj_46, adj_47, adj_32, adj_48);
        if (var_46) {
            wp::adj_copy(var_7, adj_7, adj_47);
            // adj: c = q3                                                                    <L 322>
        }
        // adj: elif j == 3:                                                                  <L 321>
    }
    if (var_43) {
        wp::adj_copy(var_5, adj_5, adj_44);
        // adj: c = q2                                                                        <L 320>
    }
    // adj: if j == 2:                                                                        <L 319>
    wp::adj_where(var_35, var_36, var_40, adj_35, adj_36, adj_40, adj_41);
    if (!var_35) {
        wp::adj_where(var_38, var_39, var_31, adj_38, adj_39, adj_31, adj_40);
        if (var_38) {
            wp::adj_copy(var_7, adj_7, adj_39);
            // adj: b = q3                                                                    <L 317>
        }
        // adj: elif i == 3:                                                                  <L 316>
    }
    if (var_35) {
        wp::adj_copy(var_5, adj_5, adj_36);
        // adj: b = q2                                                                        <L 315>
    }
    // adj: if i == 2:                                                                        <L 314>
    wp::adj_mul(var_3, var_29, adj_3, adj_29, adj_33);
    // adj: d = q1 * e                                                                        <L 312>
    wp::adj_copy(var_3, adj_3, adj_32);
    // adj: c = q1                                                                            <L 311>
    wp::adj_copy(var_3, adj_3, adj_31);
    // adj: b = q1                                                                            <L 310>
    wp::adj_copy(var_1, adj_1, adj_30);
    // adj: a = q0                                                                            <L 309>
    wp::adj_div(var_27, var_28, var_29, adj_27, adj_28, adj_29);
    wp::adj_float(var_26, adj_26, adj_27);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_sub(var_20, var_9, adj_20, adj_9, adj_25);
    wp::adj_mul(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_sub(var_11, var_20, adj_11, adj_20, adj_23);
    wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_22);
    // adj: e = float((i - j) * (j - k) * (k - i)) / 2.0  # Levi-Civita symbol                <L 308>
    wp::adj_where(var_15, var_16, var_14, adj_15, adj_16, adj_14, adj_21);
    wp::adj_where(var_15, var_19, var_13, adj_15, adj_19, adj_13, adj_20);
    if (var_15) {
        wp::adj_sub(var_18, var_11, adj_18, adj_11, adj_19);
        wp::adj_sub(var_17, var_9, adj_17, adj_9, adj_18);
        // adj: k = 6 - i - j  # because i + j + k = 1 + 2 + 3 = 6                            <L 307>
        // adj: not_proper = False                                                            <L 306>
    }
    // adj: if i == k:                                                                        <L 305>
    // adj: not_proper = True                                                                 <L 304>
    wp::adj_add(var_k, var_12, adj_k, adj_12, adj_13);
    // adj: k += 1                                                                            <L 303>
    wp::adj_add(var_j, var_10, adj_j, adj_10, adj_11);
    // adj: j += 1                                                                            <L 302>
    wp::adj_add(var_i, var_8, adj_i, adj_8, adj_9);
    // adj: i += 1                                                                            <L 301>
    wp::adj_extract(var_q, var_6, adj_q, adj_6, adj_7);
    // adj: q3 = q[2]                                                                         <L 297>
    wp::adj_extract(var_q, var_4, adj_q, adj_4, adj_5);
    // adj: q2 = q[1]                                                                         <L 296>
    wp::adj_extract(var_q, var_2, adj_q, adj_2, adj_3);
    // adj: q1 = q[0]                                                                         <L 295>
    wp::adj_extract(var_q, var_0, adj_q, adj_0, adj_1);
    // adj: q0 = q[3]                                                                         <L 294>
    // adj: def quat_to_euler(q: wp.quat, i: int, j: int, k: int) -> wp.vec3:                 <L 260>
    return;
}


// eval_fk_level.py:8
static CUDA_CALLABLE void adj_joint_motion_0(
    wp::int32 var_jtype,
    wp::vec_t<3, wp::float32> var_axis,
    wp::float32 var_q,
    wp::int32 & adj_jtype,
    wp::vec_t<3, wp::float32> & adj_axis,
    wp::float32 & adj_q,
    wp::transform_t<wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void rotate_bodies_4cb9104a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::float32> var_spin,
    wp::vec_t<3, wp::float32> var_rotation_axis,
    wp::array_t<wp::quat_t<wp::float32>> var_orientations_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_euler_out)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::quat_t<wp::float32>* var_5;
        wp::quat_t<wp::float32> var_6;
        wp::quat_t<wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        const wp::int32 var_11 = 2;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 0;
        wp::vec_t<3, wp::float32> var_14;
        //---------
        // forward
        // def rotate_bodies(                                                                     <L 83>
        // tid = wp.tid()                                                                         <L 90>
        var_0 = builtin_tid1d();
        // theta = spin[0]                                                                        <L 91>
        var_2 = wp::address(var_spin, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // q = rotations[tid]                                                                     <L 92>
        var_5 = wp::address(var_rotations, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // dq = wp.quat_from_axis_angle(rotation_axis, theta)                                     <L 93>
        var_8 = wp::quat_from_axis_angle(var_rotation_axis, var_3);
        // q_new = wp.normalize(q * dq)                                                           <L 95>
        var_9 = wp::mul(var_6, var_8);
        var_10 = wp::normalize(var_9);
        // orientations_out[tid] = q_new                                                          <L 96>
        wp::array_store(var_orientations_out, var_0, var_10);
        // euler_out[tid] = wp.quat_to_euler(q_new, 2, 1, 0)                                      <L 97>
        var_14 = quat_to_euler_0(var_10, var_11, var_12, var_13);
        wp::array_store(var_euler_out, var_0, var_14);
    }
}



extern "C" __global__ void rotate_bodies_4cb9104a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::float32> var_spin,
    wp::vec_t<3, wp::float32> var_rotation_axis,
    wp::array_t<wp::quat_t<wp::float32>> var_orientations_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_euler_out,
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations,
    wp::array_t<wp::float32> adj_spin,
    wp::vec_t<3, wp::float32> adj_rotation_axis,
    wp::array_t<wp::quat_t<wp::float32>> adj_orientations_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_euler_out)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::quat_t<wp::float32>* var_5;
        wp::quat_t<wp::float32> var_6;
        wp::quat_t<wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        const wp::int32 var_11 = 2;
        const wp::int32 var_12 = 1;
        const wp::int32 var_13 = 0;
        wp::vec_t<3, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::quat_t<wp::float32> adj_6 = {};
        wp::quat_t<wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::quat_t<wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        //---------
        // forward
        // def rotate_bodies(                                                                     <L 83>
        // tid = wp.tid()                                                                         <L 90>
        var_0 = builtin_tid1d();
        // theta = spin[0]                                                                        <L 91>
        var_2 = wp::address(var_spin, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // q = rotations[tid]                                                                     <L 92>
        var_5 = wp::address(var_rotations, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // dq = wp.quat_from_axis_angle(rotation_axis, theta)                                     <L 93>
        var_8 = wp::quat_from_axis_angle(var_rotation_axis, var_3);
        // q_new = wp.normalize(q * dq)                                                           <L 95>
        var_9 = wp::mul(var_6, var_8);
        var_10 = wp::normalize(var_9);
        // orientations_out[tid] = q_new                                                          <L 96>
        // wp::array_store(var_orientations_out, var_0, var_10);
        // euler_out[tid] = wp.quat_to_euler(q_new, 2, 1, 0)                                      <L 97>
        var_14 = quat_to_euler_0(var_10, var_11, var_12, var_13);
        // wp::array_store(var_euler_out, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_euler_out, var_0, var_14, adj_euler_out, adj_0, adj_14);
        adj_quat_to_euler_0(var_10, var_11, var_12, var_13, adj_10, adj_11, adj_12, adj_13, adj_14);
        // adj: euler_out[tid] = wp.quat_to_euler(q_new, 2, 1, 0)                                 <L 97>
        wp::adj_array_store(var_orientations_out, var_0, var_10, adj_orientations_out, adj_0, adj_10);
        // adj: orientations_out[tid] = q_new                                                     <L 96>
        wp::adj_normalize(var_9, adj_9, adj_10);
        wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
        // adj: q_new = wp.normalize(q * dq)                                                      <L 95>
        wp::adj_quat_from_axis_angle(var_rotation_axis, var_3, adj_rotation_axis, adj_3, adj_8);
        // adj: dq = wp.quat_from_axis_angle(rotation_axis, theta)                                <L 93>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_5);
        // adj: q = rotations[tid]                                                                <L 92>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_spin, var_1, adj_spin, adj_1, adj_2);
        // adj: theta = spin[0]                                                                   <L 91>
        // adj: tid = wp.tid()                                                                    <L 90>
        // adj: def rotate_bodies(                                                                <L 83>
        continue;
    }
}



extern "C" __global__ void eval_fk_level_a2169110_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_tree_level,
    wp::array_t<wp::int32> var_joint_type,
    wp::array_t<wp::int32> var_joint_parent,
    wp::array_t<wp::int32> var_joint_child,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_axis,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_p,
    wp::array_t<wp::float32> var_joint_q,
    wp::array_t<wp::float32> var_joint_qd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_origins,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers_of_mass,
    wp::int32 var_num_worlds,
    wp::int32 var_joints_per_world,
    wp::int32 var_bodies_per_world,
    wp::int32 var_depth,
    wp::array_t<wp::transform_t<wp::float32>> var_body_pose,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd)
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
        bool var_3;
        wp::int32* var_4;
        bool var_5;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        wp::int32 var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32* var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 0;
        bool var_18;
        wp::int32 var_19;
        wp::transform_t<wp::float32>* var_20;
        wp::transform_t<wp::float32> var_21;
        wp::transform_t<wp::float32> var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::quat_t<wp::float32> var_24;
        wp::transform_t<wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::transform_t<wp::float32> var_27;
        wp::transform_t<wp::float32>* var_28;
        wp::transform_t<wp::float32> var_29;
        wp::transform_t<wp::float32> var_30;
        wp::vec_t<3, wp::float32>* var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::transform_t<wp::float32> var_37;
        wp::transform_t<wp::float32> var_38;
        wp::vec_t<6, wp::float32> var_39;
        const wp::int32 var_40 = 0;
        bool var_41;
        wp::int32 var_42;
        wp::vec_t<6, wp::float32>* var_43;
        wp::vec_t<6, wp::float32> var_44;
        wp::vec_t<6, wp::float32> var_45;
        wp::vec_t<6, wp::float32> var_46;
        wp::float32* var_47;
        wp::float32 var_48;
        wp::float32 var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::vec_t<3, wp::float32> var_55;
        const wp::int32 var_56 = 0;
        bool var_57;
        wp::int32 var_58;
        wp::vec_t<3, wp::float32>* var_59;
        wp::vec_t<3, wp::float32> var_60;
        wp::vec_t<3, wp::float32> var_61;
        wp::vec_t<3, wp::float32> var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        const wp::int32 var_69 = 0;
        bool var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::vec_t<3, wp::float32> var_72;
        const wp::int32 var_73 = 1;
        bool var_74;
        wp::vec_t<3, wp::float32> var_75;
        wp::vec_t<3, wp::float32> var_76;
        wp::vec_t<3, wp::float32> var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<3, wp::float32> var_79;
        wp::vec_t<6, wp::float32> var_80;
        //---------
        // forward
        // def eval_fk_level(                                                                     <L 19>
        // tid = wp.tid()                                                                         <L 37>
        var_0 = builtin_tid1d();
        // world = tid // joints_per_world                                                        <L 39>
        var_1 = wp::floordiv(var_0, var_joints_per_world);
        // j = tid % joints_per_world                                                             <L 40>
        var_2 = wp::mod(var_0, var_joints_per_world);
        // if world >= num_worlds:                                                                <L 41>
        var_3 = (var_1 >= var_num_worlds);
        if (var_3) {
            // return                                                                             <L 42>
            continue;
        }
        // if tree_level[j] != depth:                                                             <L 44>
        var_4 = wp::address(var_tree_level, var_2);
        var_6 = wp::load(var_4);
        var_5 = (var_6 != var_depth);
        if (var_5) {
            // return                                                                             <L 45>
            continue;
        }
        // jtype = joint_type[j]                                                                  <L 46>
        var_7 = wp::address(var_joint_type, var_2);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // parent = joint_parent[j]                                                               <L 47>
        var_10 = wp::address(var_joint_parent, var_2);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // first_body = world * bodies_per_world                                                  <L 48>
        var_13 = wp::mul(var_1, var_bodies_per_world);
        // c = first_body + joint_child[j]                                                        <L 49>
        var_14 = wp::address(var_joint_child, var_2);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_13, var_16);
        // if parent >= 0:                                                                        <L 50>
        var_18 = (var_11 >= var_17);
        if (var_18) {
            // parent_pose = body_pose[first_body + parent]                                       <L 51>
            var_19 = wp::add(var_13, var_11);
            var_20 = wp::address(var_body_pose, var_19);
            var_22 = wp::load(var_20);
            var_21 = wp::copy(var_22);
        }
        if (!var_18) {
            // parent_pose = wp.transform(env_origins[world], wp.quat_identity())                 <L 53>
            var_23 = wp::address(var_env_origins, var_1);
            var_24 = wp::quat_identity<wp::float32>();
            var_26 = wp::load(var_23);
            var_25 = wp::transform_t<wp::float32>(var_26, var_24);
        }
        var_27 = wp::where(var_18, var_21, var_25);
        // joint_pose = wp.transform_multiply(parent_pose, joint_X_p[j])                          <L 54>
        var_28 = wp::address(var_joint_X_p, var_2);
        var_30 = wp::load(var_28);
        var_29 = wp::transform_multiply(var_27, var_30);
        // axis = joint_axis[j]                                                                   <L 55>
        var_31 = wp::address(var_joint_axis, var_2);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        // q = joint_q[tid]                                                                       <L 57>
        var_34 = wp::address(var_joint_q, var_0);
        var_36 = wp::load(var_34);
        var_35 = wp::copy(var_36);
        // motion = joint_motion(jtype, axis, q)                                                  <L 58>
        var_37 = joint_motion_0(var_8, var_32, var_35);
        // child_pose = wp.transform_multiply(joint_pose, motion)                                 <L 59>
        var_38 = wp::transform_multiply(var_29, var_37);
        // body_pose[c] = child_pose                                                              <L 60>
        wp::array_store(var_body_pose, var_15, var_38);
        // twist_parent = wp.spatial_vector()                                                     <L 63>
        var_39 = wp::vec_t<6, wp::float32>();
        // if parent >= 0:                                                                        <L 64>
        var_41 = (var_11 >= var_40);
        if (var_41) {
            // twist_parent = body_qd[first_body + parent]                                        <L 65>
            var_42 = wp::add(var_13, var_11);
            var_43 = wp::address(var_body_qd, var_42);
            var_45 = wp::load(var_43);
            var_44 = wp::copy(var_45);
        }
        var_46 = wp::where(var_41, var_44, var_39);
        // qd = joint_qd[tid]                                                                     <L 66>
        var_47 = wp::address(var_joint_qd, var_0);
        var_49 = wp::load(var_47);
        var_48 = wp::copy(var_49);
        // axis_world = wp.transform_vector(joint_pose, axis)                                     <L 67>
        var_50 = wp::transform_vector(var_29, var_32);
        // r = wp.transform_point(child_pose, centers_of_mass[c]) - wp.transform_get_translation(parent_pose)       <L 69>
        var_51 = wp::address(var_centers_of_mass, var_15);
        var_53 = wp::load(var_51);
        var_52 = wp::transform_point(var_38, var_53);
        var_54 = wp::transform_get_translation(var_27);
        var_55 = wp::sub(var_52, var_54);
        // if parent >= 0:                                                                        <L 70>
        var_57 = (var_11 >= var_56);
        if (var_57) {
            // r = r - wp.transform_vector(parent_pose, centers_of_mass[first_body + parent])       <L 71>
            var_58 = wp::add(var_13, var_11);
            var_59 = wp::address(var_centers_of_mass, var_58);
            var_61 = wp::load(var_59);
            var_60 = wp::transform_vector(var_27, var_61);
            var_62 = wp::sub(var_55, var_60);
        }
        var_63 = wp::where(var_57, var_62, var_55);
        // w_parent = wp.spatial_top(twist_parent)                                                <L 72>
        var_64 = wp::spatial_top(var_46);
        // v_child = wp.spatial_bottom(twist_parent) + wp.cross(w_parent, r)                      <L 73>
        var_65 = wp::spatial_bottom(var_46);
        var_66 = wp::cross(var_64, var_63);
        var_67 = wp::add(var_65, var_66);
        // w_child = w_parent                                                                     <L 74>
        var_68 = wp::copy(var_64);
        // if jtype == JOINT_PRISMATIC:                                                           <L 75>
        var_70 = (var_8 == var_69);
        if (var_70) {
            // v_child = v_child + axis_world * qd                                                <L 76>
            var_71 = wp::mul(var_50, var_48);
            var_72 = wp::add(var_67, var_71);
        }
        if (!var_70) {
            // elif jtype == JOINT_REVOLUTE:                                                      <L 77>
            var_74 = (var_8 == var_73);
            if (var_74) {
                // w_child = w_child + axis_world * qd                                            <L 78>
                var_75 = wp::mul(var_50, var_48);
                var_76 = wp::add(var_68, var_75);
            }
            var_77 = wp::where(var_74, var_76, var_68);
        }
        var_78 = wp::where(var_70, var_72, var_67);
        var_79 = wp::where(var_70, var_68, var_77);
        // body_qd[c] = wp.spatial_vector(w_child, v_child)                                       <L 79>
        var_80 = wp::vec_t<6, wp::float32>(var_79, var_78);
        wp::array_store(var_body_qd, var_15, var_80);
    }
}

