// Warp 1.19.0 cuda code for compute_goal_observations_26a9f516.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// warp/_src/math.py:689
static CUDA_CALLABLE void transform_decompose_0(
    wp::mat_t<4, 4, wp::float32> var_m,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::quat_t<wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 3;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    const wp::int32 var_32 = 1;
    wp::float32 var_33;
    const wp::int32 var_34 = 2;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    bool var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    bool var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    wp::quat_t<wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    //---------
    // forward
    // def transform_decompose(m: mat44):                                                     <L 689>
    // position = vec3(m[0, 3], m[1, 3], m[2, 3])                                             <L 713>
    var_2 = wp::extract(var_m, var_0, var_1);
    var_5 = wp::extract(var_m, var_3, var_4);
    var_8 = wp::extract(var_m, var_6, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    // r00, r01, r02 = m[0, 0], m[0, 1], m[0, 2]                                              <L 715>
    var_12 = wp::extract(var_m, var_10, var_11);
    var_15 = wp::extract(var_m, var_13, var_14);
    var_18 = wp::extract(var_m, var_16, var_17);
    // r10, r11, r12 = m[1, 0], m[1, 1], m[1, 2]                                              <L 716>
    var_21 = wp::extract(var_m, var_19, var_20);
    var_24 = wp::extract(var_m, var_22, var_23);
    var_27 = wp::extract(var_m, var_25, var_26);
    // r20, r21, r22 = m[2, 0], m[2, 1], m[2, 2]                                              <L 717>
    var_30 = wp::extract(var_m, var_28, var_29);
    var_33 = wp::extract(var_m, var_31, var_32);
    var_36 = wp::extract(var_m, var_34, var_35);
    // sx = wp.sqrt(r00 * r00 + r10 * r10 + r20 * r20)                                        <L 719>
    var_37 = wp::mul(var_12, var_12);
    var_38 = wp::mul(var_21, var_21);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_30, var_30);
    var_41 = wp::add(var_39, var_40);
    var_42 = wp::sqrt(var_41);
    // sy = wp.sqrt(r01 * r01 + r11 * r11 + r21 * r21)                                        <L 720>
    var_43 = wp::mul(var_15, var_15);
    var_44 = wp::mul(var_24, var_24);
    var_45 = wp::add(var_43, var_44);
    var_46 = wp::mul(var_33, var_33);
    var_47 = wp::add(var_45, var_46);
    var_48 = wp::sqrt(var_47);
    // sz = wp.sqrt(r02 * r02 + r12 * r12 + r22 * r22)                                        <L 721>
    var_49 = wp::mul(var_18, var_18);
    var_50 = wp::mul(var_27, var_27);
    var_51 = wp::add(var_49, var_50);
    var_52 = wp::mul(var_36, var_36);
    var_53 = wp::add(var_51, var_52);
    var_54 = wp::sqrt(var_53);
    // if sx != zero:                                                                         <L 723>
    var_56 = (var_42 != var_55);
    if (var_56) {
        // r00 /= sx                                                                          <L 724>
        var_57 = wp::div(var_12, var_42);
        // r10 /= sx                                                                          <L 725>
        var_58 = wp::div(var_21, var_42);
        // r20 /= sx                                                                          <L 726>
        var_59 = wp::div(var_30, var_42);
    }
    var_60 = wp::where(var_56, var_57, var_12);
    var_61 = wp::where(var_56, var_58, var_21);
    var_62 = wp::where(var_56, var_59, var_30);
    // if sy != zero:                                                                         <L 727>
    var_63 = (var_48 != var_55);
    if (var_63) {
        // r01 /= sy                                                                          <L 728>
        var_64 = wp::div(var_15, var_48);
        // r11 /= sy                                                                          <L 729>
        var_65 = wp::div(var_24, var_48);
        // r21 /= sy                                                                          <L 730>
        var_66 = wp::div(var_33, var_48);
    }
    var_67 = wp::where(var_63, var_64, var_15);
    var_68 = wp::where(var_63, var_65, var_24);
    var_69 = wp::where(var_63, var_66, var_33);
    // if sz != zero:                                                                         <L 731>
    var_70 = (var_54 != var_55);
    if (var_70) {
        // r02 /= sz                                                                          <L 732>
        var_71 = wp::div(var_18, var_54);
        // r12 /= sz                                                                          <L 733>
        var_72 = wp::div(var_27, var_54);
        // r22 /= sz                                                                          <L 734>
        var_73 = wp::div(var_36, var_54);
    }
    var_74 = wp::where(var_70, var_71, var_18);
    var_75 = wp::where(var_70, var_72, var_27);
    var_76 = wp::where(var_70, var_73, var_36);
    // rotation = wp.quat_from_matrix(mat33(r00, r01, r02, r10, r11, r12, r20, r21, r22))       <L 736>
    var_77 = wp::mat_t<3, 3, wp::float32>(var_60, var_67, var_74, var_61, var_68, var_75, var_62, var_69, var_76);
    var_78 = wp::quat_from_matrix(var_77);
    // scale = vec3(sx, sy, sz)                                                               <L 738>
    var_79 = wp::vec_t<3, wp::float32>(var_42, var_48, var_54);
    // return position, rotation, scale                                                       <L 739>
    ret_0 = var_9;
    ret_1 = var_78;
    ret_2 = var_79;
    return;
}


// warp/_src/math.py:689
static CUDA_CALLABLE void adj_transform_decompose_0(
    wp::mat_t<4, 4, wp::float32> var_m,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::quat_t<wp::float32> & ret_1,
    wp::vec_t<3, wp::float32> & ret_2,
    wp::mat_t<4, 4, wp::float32> & adj_m,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::quat_t<wp::float32> & adj_ret_1,
    wp::vec_t<3, wp::float32> & adj_ret_2)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 3;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 3;
    wp::float32 var_5;
    const wp::int32 var_6 = 2;
    const wp::int32 var_7 = 3;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    wp::float32 var_12;
    const wp::int32 var_13 = 0;
    const wp::int32 var_14 = 1;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 0;
    wp::float32 var_21;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 1;
    wp::float32 var_24;
    const wp::int32 var_25 = 1;
    const wp::int32 var_26 = 2;
    wp::float32 var_27;
    const wp::int32 var_28 = 2;
    const wp::int32 var_29 = 0;
    wp::float32 var_30;
    const wp::int32 var_31 = 2;
    const wp::int32 var_32 = 1;
    wp::float32 var_33;
    const wp::int32 var_34 = 2;
    const wp::int32 var_35 = 2;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    bool var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    bool var_63;
    wp::float32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    bool var_70;
    wp::float32 var_71;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::mat_t<3, 3, wp::float32> var_77;
    wp::quat_t<wp::float32> var_78;
    wp::vec_t<3, wp::float32> var_79;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
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
    bool adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    bool adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    bool adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::mat_t<3, 3, wp::float32> adj_77 = {};
    wp::quat_t<wp::float32> adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    //---------
    // forward
    // def transform_decompose(m: mat44):                                                     <L 689>
    // position = vec3(m[0, 3], m[1, 3], m[2, 3])                                             <L 713>
    var_2 = wp::extract(var_m, var_0, var_1);
    var_5 = wp::extract(var_m, var_3, var_4);
    var_8 = wp::extract(var_m, var_6, var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_2, var_5, var_8);
    // r00, r01, r02 = m[0, 0], m[0, 1], m[0, 2]                                              <L 715>
    var_12 = wp::extract(var_m, var_10, var_11);
    var_15 = wp::extract(var_m, var_13, var_14);
    var_18 = wp::extract(var_m, var_16, var_17);
    // r10, r11, r12 = m[1, 0], m[1, 1], m[1, 2]                                              <L 716>
    var_21 = wp::extract(var_m, var_19, var_20);
    var_24 = wp::extract(var_m, var_22, var_23);
    var_27 = wp::extract(var_m, var_25, var_26);
    // r20, r21, r22 = m[2, 0], m[2, 1], m[2, 2]                                              <L 717>
    var_30 = wp::extract(var_m, var_28, var_29);
    var_33 = wp::extract(var_m, var_31, var_32);
    var_36 = wp::extract(var_m, var_34, var_35);
    // sx = wp.sqrt(r00 * r00 + r10 * r10 + r20 * r20)                                        <L 719>
    var_37 = wp::mul(var_12, var_12);
    var_38 = wp::mul(var_21, var_21);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_30, var_30);
    var_41 = wp::add(var_39, var_40);
    var_42 = wp::sqrt(var_41);
    // sy = wp.sqrt(r01 * r01 + r11 * r11 + r21 * r21)                                        <L 720>
    var_43 = wp::mul(var_15, var_15);
    var_44 = wp::mul(var_24, var_24);
    var_45 = wp::add(var_43, var_44);
    var_46 = wp::mul(var_33, var_33);
    var_47 = wp::add(var_45, var_46);
    var_48 = wp::sqrt(var_47);
    // sz = wp.sqrt(r02 * r02 + r12 * r12 + r22 * r22)                                        <L 721>
    var_49 = wp::mul(var_18, var_18);
    var_50 = wp::mul(var_27, var_27);
    var_51 = wp::add(var_49, var_50);
    var_52 = wp::mul(var_36, var_36);
    var_53 = wp::add(var_51, var_52);
    var_54 = wp::sqrt(var_53);
    // if sx != zero:                                                                         <L 723>
    var_56 = (var_42 != var_55);
    if (var_56) {
        // r00 /= sx                                                                          <L 724>
        var_57 = wp::div(var_12, var_42);
        // r10 /= sx                                                                          <L 725>
        var_58 = wp::div(var_21, var_42);
        // r20 /= sx                                                                          <L 726>
        var_59 = wp::div(var_30, var_42);
    }
    var_60 = wp::where(var_56, var_57, var_12);
    var_61 = wp::where(var_56, var_58, var_21);
    var_62 = wp::where(var_56, var_59, var_30);
    // if sy != zero:                                                                         <L 727>
    var_63 = (var_48 != var_55);
    if (var_63) {
        // r01 /= sy                                                                          <L 728>
        var_64 = wp::div(var_15, var_48);
        // r11 /= sy                                                                          <L 729>
        var_65 = wp::div(var_24, var_48);
        // r21 /= sy                                                                          <L 730>
        var_66 = wp::div(var_33, var_48);
    }
    var_67 = wp::where(var_63, var_64, var_15);
    var_68 = wp::where(var_63, var_65, var_24);
    var_69 = wp::where(var_63, var_66, var_33);
    // if sz != zero:                                                                         <L 731>
    var_70 = (var_54 != var_55);
    if (var_70) {
        // r02 /= sz                                                                          <L 732>
        var_71 = wp::div(var_18, var_54);
        // r12 /= sz                                                                          <L 733>
        var_72 = wp::div(var_27, var_54);
        // r22 /= sz                                                                          <L 734>
        var_73 = wp::div(var_36, var_54);
    }
    var_74 = wp::where(var_70, var_71, var_18);
    var_75 = wp::where(var_70, var_72, var_27);
    var_76 = wp::where(var_70, var_73, var_36);
    // rotation = wp.quat_from_matrix(mat33(r00, r01, r02, r10, r11, r12, r20, r21, r22))       <L 736>
    var_77 = wp::mat_t<3, 3, wp::float32>(var_60, var_67, var_74, var_61, var_68, var_75, var_62, var_69, var_76);
    var_78 = wp::quat_from_matrix(var_77);
    // scale = vec3(sx, sy, sz)                                                               <L 738>
    var_79 = wp::vec_t<3, wp::float32>(var_42, var_48, var_54);
    // return position, rotation, scale                                                       <L 739>
    ret_0 = var_9;
    ret_1 = var_78;
    ret_2 = var_79;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_79 += adj_ret_2;
    adj_78 += adj_ret_1;
    adj_9 += adj_ret_0;
    // adj: return position, rotation, scale                                                  <L 739>
    wp::adj_vec_t(var_42, var_48, var_54, adj_42, adj_48, adj_54, adj_79);
    // adj: scale = vec3(sx, sy, sz)                                                          <L 738>
    wp::adj_quat_from_matrix(var_77, adj_77, adj_78);
    wp::adj_mat_t(var_60, var_67, var_74, var_61, var_68, var_75, var_62, var_69, var_76, adj_60, adj_67, adj_74, adj_61, adj_68, adj_75, adj_62, adj_69, adj_76, adj_77);
    // adj: rotation = wp.quat_from_matrix(mat33(r00, r01, r02, r10, r11, r12, r20, r21, r22))  <L 736>
    wp::adj_where(var_70, var_73, var_36, adj_70, adj_73, adj_36, adj_76);
    wp::adj_where(var_70, var_72, var_27, adj_70, adj_72, adj_27, adj_75);
    wp::adj_where(var_70, var_71, var_18, adj_70, adj_71, adj_18, adj_74);
    if (var_70) {
        wp::adj_div(var_36, var_54, var_73, adj_36, adj_54, adj_73);
        // adj: r22 /= sz                                                                     <L 734>
        wp::adj_div(var_27, var_54, var_72, adj_27, adj_54, adj_72);
        // adj: r12 /= sz                                                                     <L 733>
        wp::adj_div(var_18, var_54, var_71, adj_18, adj_54, adj_71);
        // adj: r02 /= sz                                                                     <L 732>
    }
    // adj: if sz != zero:                                                                    <L 731>
    wp::adj_where(var_63, var_66, var_33, adj_63, adj_66, adj_33, adj_69);
    wp::adj_where(var_63, var_65, var_24, adj_63, adj_65, adj_24, adj_68);
    wp::adj_where(var_63, var_64, var_15, adj_63, adj_64, adj_15, adj_67);
    if (var_63) {
        wp::adj_div(var_33, var_48, var_66, adj_33, adj_48, adj_66);
        // adj: r21 /= sy                                                                     <L 730>
        wp::adj_div(var_24, var_48, var_65, adj_24, adj_48, adj_65);
        // adj: r11 /= sy                                                                     <L 729>
        wp::adj_div(var_15, var_48, var_64, adj_15, adj_48, adj_64);
        // adj: r01 /= sy                                                                     <L 728>
    }
    // adj: if sy != zero:                                                                    <L 727>
    wp::adj_where(var_56, var_59, var_30, adj_56, adj_59, adj_30, adj_62);
    wp::adj_where(var_56, var_58, var_21, adj_56, adj_58, adj_21, adj_61);
    wp::adj_where(var_56, var_57, var_12, adj_56, adj_57, adj_12, adj_60);
    if (var_56) {
        wp::adj_div(var_30, var_42, var_59, adj_30, adj_42, adj_59);
        // adj: r20 /= sx                                                                     <L 726>
        wp::adj_div(var_21, var_42, var_58, adj_21, adj_42, adj_58);
        // adj: r10 /= sx                                                                     <L 725>
        wp::adj_div(var_12, var_42, var_57, adj_12, adj_42, adj_57);
        // adj: r00 /= sx                                                                     <L 724>
    }
    // adj: if sx != zero:                                                                    <L 723>
    wp::adj_sqrt(var_53, var_54, adj_53, adj_54);
    wp::adj_add(var_51, var_52, adj_51, adj_52, adj_53);
    wp::adj_mul(var_36, var_36, adj_36, adj_36, adj_52);
    wp::adj_add(var_49, var_50, adj_49, adj_50, adj_51);
    wp::adj_mul(var_27, var_27, adj_27, adj_27, adj_50);
    wp::adj_mul(var_18, var_18, adj_18, adj_18, adj_49);
    // adj: sz = wp.sqrt(r02 * r02 + r12 * r12 + r22 * r22)                                   <L 721>
    wp::adj_sqrt(var_47, var_48, adj_47, adj_48);
    wp::adj_add(var_45, var_46, adj_45, adj_46, adj_47);
    wp::adj_mul(var_33, var_33, adj_33, adj_33, adj_46);
    wp::adj_add(var_43, var_44, adj_43, adj_44, adj_45);
    wp::adj_mul(var_24, var_24, adj_24, adj_24, adj_44);
    wp::adj_mul(var_15, var_15, adj_15, adj_15, adj_43);
    // adj: sy = wp.sqrt(r01 * r01 + r11 * r11 + r21 * r21)                                   <L 720>
    wp::adj_sqrt(var_41, var_42, adj_41, adj_42);
    wp::adj_add(var_39, var_40, adj_39, adj_40, adj_41);
    wp::adj_mul(var_30, var_30, adj_30, adj_30, adj_40);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_mul(var_21, var_21, adj_21, adj_21, adj_38);
    wp::adj_mul(var_12, var_12, adj_12, adj_12, adj_37);
    // adj: sx = wp.sqrt(r00 * r00 + r10 * r10 + r20 * r20)                                   <L 719>
    wp::adj_extract(var_m, var_34, var_35, adj_m, adj_34, adj_35, adj_36);
    wp::adj_extract(var_m, var_31, var_32, adj_m, adj_31, adj_32, adj_33);
    wp::adj_extract(var_m, var_28, var_29, adj_m, adj_28, adj_29, adj_30);
    // adj: r20, r21, r22 = m[2, 0], m[2, 1], m[2, 2]                                         <L 717>
    wp::adj_extract(var_m, var_25, var_26, adj_m, adj_25, adj_26, adj_27);
    wp::adj_extract(var_m, var_22, var_23, adj_m, adj_22, adj_23, adj_24);
    wp::adj_extract(var_m, var_19, var_20, adj_m, adj_19, adj_20, adj_21);
    // adj: r10, r11, r12 = m[1, 0], m[1, 1], m[1, 2]                                         <L 716>
    wp::adj_extract(var_m, var_16, var_17, adj_m, adj_16, adj_17, adj_18);
    wp::adj_extract(var_m, var_13, var_14, adj_m, adj_13, adj_14, adj_15);
    wp::adj_extract(var_m, var_10, var_11, adj_m, adj_10, adj_11, adj_12);
    // adj: r00, r01, r02 = m[0, 0], m[0, 1], m[0, 2]                                         <L 715>
    wp::adj_vec_t(var_2, var_5, var_8, adj_2, adj_5, adj_8, adj_9);
    wp::adj_extract(var_m, var_6, var_7, adj_m, adj_6, adj_7, adj_8);
    wp::adj_extract(var_m, var_3, var_4, adj_m, adj_3, adj_4, adj_5);
    wp::adj_extract(var_m, var_0, var_1, adj_m, adj_0, adj_1, adj_2);
    // adj: position = vec3(m[0, 3], m[1, 3], m[2, 3])                                        <L 713>
    // adj: def transform_decompose(m: mat44):                                                <L 689>
    return;
}



extern "C" __global__ void apply_body_transform_01ea5735_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_rotation_axis,
    wp::float32 var_scale,
    wp::float32 var_time,
    wp::vec_t<3, wp::float32> var_attach_point,
    wp::vec_t<3, wp::float32> var_body_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::float32 var_2;
        wp::quat_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // forward
        // def apply_body_transform(                                                              <L 127>
        // tid = wp.tid()                                                                         <L 137>
        var_0 = builtin_tid1d();
        // X_w = wp.transform(particle_x[tid], wp.quat_from_axis_angle(rotation_axis, scale * time))       <L 138>
        var_1 = wp::address(var_particle_x, var_0);
        var_2 = wp::mul(var_scale, var_time);
        var_3 = wp::quat_from_axis_angle(var_rotation_axis, var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::transform_t<wp::float32>(var_5, var_3);
        // world_points[tid] = wp.transform_point(X_w, attach_point)                              <L 139>
        var_6 = wp::transform_point(var_4, var_attach_point);
        wp::array_store(var_world_points, var_0, var_6);
        // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 141>
        var_7 = wp::transform_vector(var_4, var_body_axis);
        var_8 = wp::normalize(var_7);
        wp::array_store(var_normals, var_0, var_8);
    }
}



extern "C" __global__ void apply_body_transform_01ea5735_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_rotation_axis,
    wp::float32 var_scale,
    wp::float32 var_time,
    wp::vec_t<3, wp::float32> var_attach_point,
    wp::vec_t<3, wp::float32> var_body_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::vec_t<3, wp::float32> adj_rotation_axis,
    wp::float32 adj_scale,
    wp::float32 adj_time,
    wp::vec_t<3, wp::float32> adj_attach_point,
    wp::vec_t<3, wp::float32> adj_body_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::float32 var_2;
        wp::quat_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def apply_body_transform(                                                              <L 127>
        // tid = wp.tid()                                                                         <L 137>
        var_0 = builtin_tid1d();
        // X_w = wp.transform(particle_x[tid], wp.quat_from_axis_angle(rotation_axis, scale * time))       <L 138>
        var_1 = wp::address(var_particle_x, var_0);
        var_2 = wp::mul(var_scale, var_time);
        var_3 = wp::quat_from_axis_angle(var_rotation_axis, var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::transform_t<wp::float32>(var_5, var_3);
        // world_points[tid] = wp.transform_point(X_w, attach_point)                              <L 139>
        var_6 = wp::transform_point(var_4, var_attach_point);
        // wp::array_store(var_world_points, var_0, var_6);
        // normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                       <L 141>
        var_7 = wp::transform_vector(var_4, var_body_axis);
        var_8 = wp::normalize(var_7);
        // wp::array_store(var_normals, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_normals, var_0, var_8, adj_normals, adj_0, adj_8);
        wp::adj_normalize(var_7, var_8, adj_7, adj_8);
        wp::adj_transform_vector(var_4, var_body_axis, adj_4, adj_body_axis, adj_7);
        // adj: normals[tid] = wp.normalize(wp.transform_vector(X_w, body_axis))                  <L 141>
        wp::adj_array_store(var_world_points, var_0, var_6, adj_world_points, adj_0, adj_6);
        wp::adj_transform_point(var_4, var_attach_point, adj_4, adj_attach_point, adj_6);
        // adj: world_points[tid] = wp.transform_point(X_w, attach_point)                         <L 139>
        wp::adj_transform_t(var_5, var_3, adj_1, adj_3, adj_4);
        wp::adj_quat_from_axis_angle(var_rotation_axis, var_2, adj_rotation_axis, adj_2, adj_3);
        wp::adj_mul(var_scale, var_time, adj_scale, adj_time, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: X_w = wp.transform(particle_x[tid], wp.quat_from_axis_angle(rotation_axis, scale * time))  <L 138>
        // adj: tid = wp.tid()                                                                    <L 137>
        // adj: def apply_body_transform(                                                         <L 127>
        continue;
    }
}



extern "C" __global__ void create_compute_goal_observations_kernel__locals__compute_goal_observations_484014dd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::vec_t<3, wp::float32> var_ee_offset,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_env_root_body,
    wp::array_t<wp::int32> var_env_ee_body,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_goal,
    wp::array_t<wp::vec_t<6, wp::float32>> var_obs)
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::transform_t<wp::float32>* var_8;
        wp::transform_t<wp::float32> var_9;
        wp::transform_t<wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const bool var_12 = true;
        wp::transform_t<wp::float32> var_13;
        wp::transform_t<wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        const wp::int32 var_20 = 0;
        wp::float32 var_21;
        const wp::int32 var_22 = 1;
        wp::float32 var_23;
        const wp::int32 var_24 = 2;
        wp::float32 var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<6, wp::float32> var_32;
        const bool var_33 = true;
        const wp::float32 var_34 = 5.0;
        const wp::float32 var_35 = -5.0;
        wp::vec_t<6, wp::float32> var_36;
        wp::vec_t<6, wp::float32> var_37;
        wp::vec_t<6, wp::float32> var_38;
        wp::vec_t<6, wp::float32> var_39;
        //---------
        // forward
        // def compute_goal_observations(                                                         <L 23>
        // env = wp.tid()                                                                         <L 32>
        var_0 = builtin_tid1d();
        // if env_active[env] == 0:                                                               <L 33>
        var_1 = wp::address(var_env_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 35>
            continue;
        }
        // ee = env_ee_body[env]                                                                  <L 36>
        var_5 = wp::address(var_env_ee_body, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // ee_pose = body_q[ee]                                                                   <L 37>
        var_8 = wp::address(var_body_q, var_6);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // tool_pos = wp.transform_point(ee_pose, ee_offset)                                      <L 38>
        var_11 = wp::transform_point(var_9, var_ee_offset);
        // if wp.static(frame == ObsFrame.WORLD):                                                 <L 41>
        // frame_pose = wp.transform_identity()                                                   <L 42>
        var_13 = wp::transform_identity<wp::float32>();
        // X_inv = wp.transform_inverse(frame_pose)                                               <L 49>
        var_14 = wp::transform_inverse(var_13);
        // ee_local = wp.transform_point(X_inv, tool_pos)                                         <L 50>
        var_15 = wp::transform_point(var_14, var_11);
        // to_goal = wp.transform_vector(X_inv, env_goal[env] - tool_pos)                         <L 51>
        var_16 = wp::address(var_env_goal, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_11);
        var_19 = wp::transform_vector(var_14, var_17);
        // o = obs_vec(                                                                           <L 52>
        // ee_local[0], ee_local[1], ee_local[2],                                                 <L 53>
        var_21 = wp::extract(var_15, var_20);
        var_23 = wp::extract(var_15, var_22);
        var_25 = wp::extract(var_15, var_24);
        // to_goal[0], to_goal[1], to_goal[2],                                                    <L 54>
        var_27 = wp::extract(var_19, var_26);
        var_29 = wp::extract(var_19, var_28);
        var_31 = wp::extract(var_19, var_30);
        var_32 = wp::vec_t<6, wp::float32>({var_21, var_23, var_25, var_27, var_29, var_31});
        // if wp.static(clip > 0.0):                                                              <L 56>
        // o = wp.min(wp.max(o, obs_vec(-clip)), obs_vec(clip))                                   <L 57>
        var_36 = wp::vec_t<6, wp::float32>(var_35);
        var_37 = wp::max(var_32, var_36);
        var_38 = wp::vec_t<6, wp::float32>(var_34);
        var_39 = wp::min(var_37, var_38);
        // obs[env] = o                                                                           <L 58>
        wp::array_store(var_obs, var_0, var_39);
    }
}



extern "C" __global__ void relative_pose_4ca1b8c1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_active_count,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_rotvec)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::transform_t<wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def relative_pose(                                                                     <L 108>
        // tid = wp.tid()                                                                         <L 115>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 116>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 117>
            continue;
        }
        // X_wp = parent_q[tid]                                                                   <L 118>
        var_2 = wp::address(var_parent_q, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), body_q[tid])                 <L 119>
        var_5 = wp::transform_inverse(var_3);
        var_6 = wp::address(var_body_q, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_multiply(var_5, var_8);
        // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 120>
        var_9 = wp::transform_get_rotation(var_7);
        wp::quat_to_axis_angle(var_9, var_10, var_11);
        // joint_X_c[tid] = X_rel                                                                 <L 121>
        wp::array_store(var_joint_X_c, var_0, var_7);
        // joint_rotvec[tid] = axis * angle                                                       <L 123>
        var_12 = wp::mul(var_10, var_11);
        wp::array_store(var_joint_rotvec, var_0, var_12);
    }
}



extern "C" __global__ void relative_pose_4ca1b8c1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_parent_q,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_active_count,
    wp::array_t<wp::transform_t<wp::float32>> var_joint_X_c,
    wp::array_t<wp::vec_t<3, wp::float32>> var_joint_rotvec,
    wp::array_t<wp::transform_t<wp::float32>> adj_parent_q,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::int32 adj_active_count,
    wp::array_t<wp::transform_t<wp::float32>> adj_joint_X_c,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_joint_rotvec)
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
        wp::transform_t<wp::float32>* var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32>* var_6;
        wp::transform_t<wp::float32> var_7;
        wp::transform_t<wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::transform_t<wp::float32> adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def relative_pose(                                                                     <L 108>
        // tid = wp.tid()                                                                         <L 115>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 116>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 117>
            goto label0;
        }
        // X_wp = parent_q[tid]                                                                   <L 118>
        var_2 = wp::address(var_parent_q, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), body_q[tid])                 <L 119>
        var_5 = wp::transform_inverse(var_3);
        var_6 = wp::address(var_body_q, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::transform_multiply(var_5, var_8);
        // axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))                  <L 120>
        var_9 = wp::transform_get_rotation(var_7);
        wp::quat_to_axis_angle(var_9, var_10, var_11);
        // joint_X_c[tid] = X_rel                                                                 <L 121>
        // wp::array_store(var_joint_X_c, var_0, var_7);
        // joint_rotvec[tid] = axis * angle                                                       <L 123>
        var_12 = wp::mul(var_10, var_11);
        // wp::array_store(var_joint_rotvec, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_joint_rotvec, var_0, var_12, adj_joint_rotvec, adj_0, adj_12);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: joint_rotvec[tid] = axis * angle                                                  <L 123>
        wp::adj_array_store(var_joint_X_c, var_0, var_7, adj_joint_X_c, adj_0, adj_7);
        // adj: joint_X_c[tid] = X_rel                                                            <L 121>
        wp::adj_quat_to_axis_angle(var_9, var_10, var_11, adj_9, adj_10, adj_11);
        wp::adj_transform_get_rotation(var_7, adj_7, adj_9);
        // adj: axis, angle = wp.quat_to_axis_angle(wp.transform_get_rotation(X_rel))             <L 120>
        wp::adj_transform_multiply(var_5, var_8, adj_5, adj_6, adj_7);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_6);
        wp::adj_transform_inverse(var_3, adj_3, adj_5);
        // adj: X_rel = wp.transform_multiply(wp.transform_inverse(X_wp), body_q[tid])            <L 119>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_parent_q, var_0, adj_parent_q, adj_0, adj_2);
        // adj: X_wp = parent_q[tid]                                                              <L 118>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 117>
        }
        // adj: if tid >= active_count:                                                           <L 116>
        // adj: tid = wp.tid()                                                                    <L 115>
        // adj: def relative_pose(                                                                <L 108>
        continue;
    }
}



extern "C" __global__ void import_transforms_564f6970_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_world_matrices,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_scales)
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
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::mat_t<4, 4, wp::float32>* var_5;
        wp::mat_t<4, 4, wp::float32> var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::quat_t<wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        //---------
        // forward
        // def import_transforms(                                                                 <L 91>
        // tid = wp.tid()                                                                         <L 97>
        var_0 = builtin_tid1d();
        // if particle_flags[tid] != 1:                                                           <L 98>
        var_1 = wp::address(var_particle_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 99>
            continue;
        }
        // M = world_matrices[tid]                                                                <L 100>
        var_5 = wp::address(var_world_matrices, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p, q, s = wp.transform_decompose(M)                                                    <L 101>
        transform_decompose_0(var_6, var_8, var_9, var_10);
        // X = wp.transform(p, wp.normalize(q))                                                   <L 102>
        var_11 = wp::normalize(var_9);
        var_12 = wp::transform_t<wp::float32>(var_8, var_11);
        // body_q[tid] = X                                                                        <L 103>
        wp::array_store(var_body_q, var_0, var_12);
        // scales[tid] = s                                                                        <L 104>
        wp::array_store(var_scales, var_0, var_10);
    }
}



extern "C" __global__ void import_transforms_564f6970_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> var_world_matrices,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_scales,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::mat_t<4, 4, wp::float32>> adj_world_matrices,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_scales)
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
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::mat_t<4, 4, wp::float32>* var_5;
        wp::mat_t<4, 4, wp::float32> var_6;
        wp::mat_t<4, 4, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::quat_t<wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::mat_t<4, 4, wp::float32> adj_5 = {};
        wp::mat_t<4, 4, wp::float32> adj_6 = {};
        wp::mat_t<4, 4, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::quat_t<wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        //---------
        // forward
        // def import_transforms(                                                                 <L 91>
        // tid = wp.tid()                                                                         <L 97>
        var_0 = builtin_tid1d();
        // if particle_flags[tid] != 1:                                                           <L 98>
        var_1 = wp::address(var_particle_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 99>
            goto label0;
        }
        // M = world_matrices[tid]                                                                <L 100>
        var_5 = wp::address(var_world_matrices, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p, q, s = wp.transform_decompose(M)                                                    <L 101>
        transform_decompose_0(var_6, var_8, var_9, var_10);
        // X = wp.transform(p, wp.normalize(q))                                                   <L 102>
        var_11 = wp::normalize(var_9);
        var_12 = wp::transform_t<wp::float32>(var_8, var_11);
        // body_q[tid] = X                                                                        <L 103>
        // wp::array_store(var_body_q, var_0, var_12);
        // scales[tid] = s                                                                        <L 104>
        // wp::array_store(var_scales, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_scales, var_0, var_10, adj_scales, adj_0, adj_10);
        // adj: scales[tid] = s                                                                   <L 104>
        wp::adj_array_store(var_body_q, var_0, var_12, adj_body_q, adj_0, adj_12);
        // adj: body_q[tid] = X                                                                   <L 103>
        wp::adj_transform_t(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_normalize(var_9, adj_9, adj_11);
        // adj: X = wp.transform(p, wp.normalize(q))                                              <L 102>
        adj_transform_decompose_0(var_6, var_8, var_9, var_10, adj_6, adj_8, adj_9, adj_10);
        // adj: p, q, s = wp.transform_decompose(M)                                               <L 101>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_world_matrices, var_0, adj_world_matrices, adj_0, adj_5);
        // adj: M = world_matrices[tid]                                                           <L 100>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 99>
        }
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
        // adj: if particle_flags[tid] != 1:                                                      <L 98>
        // adj: tid = wp.tid()                                                                    <L 97>
        // adj: def import_transforms(                                                            <L 91>
        continue;
    }
}



extern "C" __global__ void keypoint_goal_deltas_61fe1c7f_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_env_active,
    wp::array_t<wp::int32> var_tracked_bodies,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_goal_delta,
    wp::array_t<wp::float32> var_goal_distance)
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
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        const wp::int32 var_18 = 0;
        wp::transform_t<wp::float32>* var_19;
        wp::quat_t<wp::float32> var_20;
        wp::transform_t<wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        //---------
        // forward
        // def keypoint_goal_deltas(                                                              <L 66>
        // env, k = wp.tid()                                                                      <L 74>
        builtin_tid2d(var_0, var_1);
        // if env_active[env] == 0:                                                               <L 75>
        var_2 = wp::address(var_env_active, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 76>
            continue;
        }
        // body = tracked_bodies[k]                                                               <L 77>
        var_6 = wp::address(var_tracked_bodies, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // if body < 0:                                                                           <L 78>
        var_10 = (var_7 < var_9);
        if (var_10) {
            // return                                                                             <L 79>
            continue;
        }
        // X_wb = body_q[env, body]                                                               <L 80>
        var_11 = wp::address(var_body_q, var_0, var_7);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p = wp.transform_get_translation(X_wb)                                                 <L 81>
        var_14 = wp::transform_get_translation(var_12);
        // delta = goal_pos[env, k] - p                                                           <L 82>
        var_15 = wp::address(var_goal_pos, var_0, var_1);
        var_17 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_14);
        // root_rot = wp.transform_get_rotation(body_q[env, 0])                                   <L 84>
        var_19 = wp::address(var_body_q, var_0, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::transform_get_rotation(var_21);
        // goal_delta[env, k] = wp.quat_rotate_inv(root_rot, delta)                               <L 85>
        var_22 = wp::quat_rotate_inv(var_20, var_16);
        wp::array_store(var_goal_delta, var_0, var_1, var_22);
        // dist = wp.length(delta)                                                                <L 86>
        var_23 = wp::length(var_16);
        // goal_distance[env, k] = dist                                                           <L 87>
        wp::array_store(var_goal_distance, var_0, var_1, var_23);
    }
}

