// Warp 1.19.0 cpu code for remap_fb246e0e.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_remap_ac94dffc {
    wp::array_t<wp::float32> values;
    wp::float32 scale;
    wp::array_t<wp::float32> result;
};


template <bool wp_linear_contiguous>
static void remap_ac94dffc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_remap_ac94dffc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 4;
    wp::int32 var_9;
    bool var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    const wp::float32 var_20 = 0.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    const bool var_26 = true;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    const wp::int32 var_34 = 3;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    const wp::float32 var_38 = 0.0;
    const wp::float32 var_39 = 0.0;
    const wp::float32 var_40 = 1.0;
    wp::vec_t<3, wp::float32> var_41;
    wp::float32 var_42;
    wp::quat_t<wp::float32> var_43;
    const wp::float32 var_44 = 0.0;
    const wp::float32 var_45 = 0.0;
    const wp::float32 var_46 = 1.0;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 0.75;
    wp::quat_t<wp::float32> var_49;
    wp::quat_t<wp::float32> var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    bool var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    //---------
    // forward
    // def remap(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // value = values[i]                                                                      <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // relaxed = float(scale)                                                                 <L 8>
    var_4 = wp::float(var_scale);
    // iters = int(0)                                                                         <L 9>
    var_6 = wp::int(var_5);
    // while iters < wp.min(wp.abs(i), 4):                                                    <L 10>
    start_while_0:;
    var_7 = wp::abs(var_0);
    var_9 = wp::min(var_7, var_8);
    var_10 = (var_6 < var_9);
    if ((var_10) == false) goto end_while_0;
        // relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))                              <L 11>
        var_12 = wp::mul(var_11, var_4);
        var_14 = wp::float(var_6);
        var_15 = wp::tanh(var_14);
        var_16 = wp::mul(var_13, var_15);
        var_17 = wp::add(var_12, var_16);
        // iters += 1                                                                         <L 12>
        var_19 = wp::add(var_6, var_18);
        wp::assign(var_4, var_17);
        wp::assign(var_6, var_19);
    goto start_while_0;
    end_while_0:;
    // piecewise = float(0.0)                                                                 <L 13>
    var_21 = wp::float(var_20);
    // if value < -wp.clamp(relaxed, -scale, scale):                                          <L 14>
    var_22 = wp::neg(var_scale);
    var_23 = wp::clamp(var_4, var_22, var_scale);
    var_24 = wp::neg(var_23);
    var_25 = (var_2 < var_24);
    if (var_25) {
        // piecewise = wp.where(True, value, scale)                                           <L 15>
        var_27 = wp::where(var_26, var_2, var_scale);
    }
    if (!var_25) {
        // elif value < wp.clamp(relaxed, -scale, scale):                                     <L 16>
        var_28 = wp::neg(var_scale);
        var_29 = wp::clamp(var_4, var_28, var_scale);
        var_30 = (var_2 < var_29);
        if (var_30) {
            // if value > relaxed:                                                            <L 17>
            var_31 = (var_2 > var_4);
            if (var_31) {
                // q_factor = wp.mat33()                                                      <L 18>
                var_32 = wp::mat_t<3, 3, wp::float32>();
                // r_2 = wp.mat33()                                                           <L 19>
                var_33 = wp::mat_t<3, 3, wp::float32>();
                // wp.qr3(wp.identity(n=3, dtype=float) * relaxed, q_factor, r_2)             <L 20>
                var_35 = wp::identity<3, wp::float32>();
                var_36 = wp::mul(var_35, var_4);
                wp::qr3(var_36, var_32, var_33);
                // qr_r = q_factor * r_2                                                      <L 21>
                var_37 = wp::mul(var_32, var_33);
                // picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.trace(qr_r))       <L 22>
                var_41 = wp::vec_t<3, wp::float32>(var_38, var_39, var_40);
                var_42 = wp::trace(var_37);
                var_43 = wp::quat_from_axis_angle(var_41, var_42);
            }
            if (!var_31) {
                // picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 0.75)             <L 24>
                var_47 = wp::vec_t<3, wp::float32>(var_44, var_45, var_46);
                var_49 = wp::quat_from_axis_angle(var_47, var_48);
            }
            var_50 = wp::where(var_31, var_43, var_49);
            // piecewise = wp.length(picked)                                                  <L 25>
            var_51 = wp::length(var_50);
        }
        if (!var_30) {
            // piecewise = value                                                              <L 27>
            var_52 = wp::copy(var_2);
        }
        var_53 = wp::where(var_30, var_51, var_52);
    }
    var_54 = wp::where(var_25, var_27, var_53);
    // piecewise_2 = float(0.0)                                                               <L 28>
    var_56 = wp::float(var_55);
    // if relaxed < -scale:                                                                   <L 29>
    var_57 = wp::neg(var_scale);
    var_58 = (var_4 < var_57);
    if (var_58) {
        // piecewise_2 = wp.max(scale, value)                                                 <L 30>
        var_59 = wp::max(var_scale, var_2);
    }
    if (!var_58) {
        // elif relaxed < scale:                                                              <L 31>
        var_60 = (var_4 < var_scale);
        if (var_60) {
            // piecewise_2 = relaxed                                                          <L 32>
            var_61 = wp::copy(var_4);
        }
        if (!var_60) {
            // piecewise_2 = piecewise                                                        <L 34>
            var_62 = wp::copy(var_54);
        }
        var_63 = wp::where(var_60, var_61, var_62);
    }
    var_64 = wp::where(var_58, var_59, var_63);
    // result[i] = piecewise_2                                                                <L 35>
    wp::array_store(var_result, var_0, var_64);
}



template <bool wp_linear_contiguous>
static void remap_ac94dffc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_remap_ac94dffc *_wp_args,
    wp_args_remap_ac94dffc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::float32 adj_scale = _wp_adj_args->scale;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 4;
    wp::int32 var_9;
    bool var_10;
    const wp::float32 var_11 = 0.5;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.5;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    const wp::float32 var_20 = 0.0;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    const bool var_26 = true;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    bool var_30;
    bool var_31;
    wp::mat_t<3, 3, wp::float32> var_32;
    wp::mat_t<3, 3, wp::float32> var_33;
    const wp::int32 var_34 = 3;
    wp::mat_t<3, 3, wp::float32> var_35;
    wp::mat_t<3, 3, wp::float32> var_36;
    wp::mat_t<3, 3, wp::float32> var_37;
    const wp::float32 var_38 = 0.0;
    const wp::float32 var_39 = 0.0;
    const wp::float32 var_40 = 1.0;
    wp::vec_t<3, wp::float32> var_41;
    wp::float32 var_42;
    wp::quat_t<wp::float32> var_43;
    const wp::float32 var_44 = 0.0;
    const wp::float32 var_45 = 0.0;
    const wp::float32 var_46 = 1.0;
    wp::vec_t<3, wp::float32> var_47;
    const wp::float32 var_48 = 0.75;
    wp::quat_t<wp::float32> var_49;
    wp::quat_t<wp::float32> var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    const wp::float32 var_55 = 0.0;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    bool var_60;
    wp::float32 var_61;
    wp::float32 var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
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
    bool adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    bool adj_31 = {};
    wp::mat_t<3, 3, wp::float32> adj_32 = {};
    wp::mat_t<3, 3, wp::float32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::mat_t<3, 3, wp::float32> adj_35 = {};
    wp::mat_t<3, 3, wp::float32> adj_36 = {};
    wp::mat_t<3, 3, wp::float32> adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::float32 adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::float32 adj_42 = {};
    wp::quat_t<wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::float32 adj_48 = {};
    wp::quat_t<wp::float32> adj_49 = {};
    wp::quat_t<wp::float32> adj_50 = {};
    wp::float32 adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::float32 adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    //---------
    // forward
    // def remap(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):       <L 5>
    // i = wp.tid()                                                                           <L 6>
    var_0 = builtin_tid1d();
    // value = values[i]                                                                      <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // relaxed = float(scale)                                                                 <L 8>
    var_4 = wp::float(var_scale);
    // iters = int(0)                                                                         <L 9>
    var_6 = wp::int(var_5);
    // while iters < wp.min(wp.abs(i), 4):                                                    <L 10>
    // piecewise = float(0.0)                                                                 <L 13>
    var_21 = wp::float(var_20);
    // if value < -wp.clamp(relaxed, -scale, scale):                                          <L 14>
    var_22 = wp::neg(var_scale);
    var_23 = wp::clamp(var_4, var_22, var_scale);
    var_24 = wp::neg(var_23);
    var_25 = (var_2 < var_24);
    if (var_25) {
        // piecewise = wp.where(True, value, scale)                                           <L 15>
        var_27 = wp::where(var_26, var_2, var_scale);
    }
    if (!var_25) {
        // elif value < wp.clamp(relaxed, -scale, scale):                                     <L 16>
        var_28 = wp::neg(var_scale);
        var_29 = wp::clamp(var_4, var_28, var_scale);
        var_30 = (var_2 < var_29);
        if (var_30) {
            // if value > relaxed:                                                            <L 17>
            var_31 = (var_2 > var_4);
            if (var_31) {
                // q_factor = wp.mat33()                                                      <L 18>
                var_32 = wp::mat_t<3, 3, wp::float32>();
                // r_2 = wp.mat33()                                                           <L 19>
                var_33 = wp::mat_t<3, 3, wp::float32>();
                // wp.qr3(wp.identity(n=3, dtype=float) * relaxed, q_factor, r_2)             <L 20>
                var_35 = wp::identity<3, wp::float32>();
                var_36 = wp::mul(var_35, var_4);
                wp::qr3(var_36, var_32, var_33);
                // qr_r = q_factor * r_2                                                      <L 21>
                var_37 = wp::mul(var_32, var_33);
                // picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.trace(qr_r))       <L 22>
                var_41 = wp::vec_t<3, wp::float32>(var_38, var_39, var_40);
                var_42 = wp::trace(var_37);
                var_43 = wp::quat_from_axis_angle(var_41, var_42);
            }
            if (!var_31) {
                // picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 0.75)             <L 24>
                var_47 = wp::vec_t<3, wp::float32>(var_44, var_45, var_46);
                var_49 = wp::quat_from_axis_angle(var_47, var_48);
            }
            var_50 = wp::where(var_31, var_43, var_49);
            // piecewise = wp.length(picked)                                                  <L 25>
            var_51 = wp::length(var_50);
        }
        if (!var_30) {
            // piecewise = value                                                              <L 27>
            var_52 = wp::copy(var_2);
        }
        var_53 = wp::where(var_30, var_51, var_52);
    }
    var_54 = wp::where(var_25, var_27, var_53);
    // piecewise_2 = float(0.0)                                                               <L 28>
    var_56 = wp::float(var_55);
    // if relaxed < -scale:                                                                   <L 29>
    var_57 = wp::neg(var_scale);
    var_58 = (var_4 < var_57);
    if (var_58) {
        // piecewise_2 = wp.max(scale, value)                                                 <L 30>
        var_59 = wp::max(var_scale, var_2);
    }
    if (!var_58) {
        // elif relaxed < scale:                                                              <L 31>
        var_60 = (var_4 < var_scale);
        if (var_60) {
            // piecewise_2 = relaxed                                                          <L 32>
            var_61 = wp::copy(var_4);
        }
        if (!var_60) {
            // piecewise_2 = piecewise                                                        <L 34>
            var_62 = wp::copy(var_54);
        }
        var_63 = wp::where(var_60, var_61, var_62);
    }
    var_64 = wp::where(var_58, var_59, var_63);
    // result[i] = piecewise_2                                                                <L 35>
    // wp::array_store(var_result, var_0, var_64);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_64, adj_result, adj_0, adj_64);
    // adj: result[i] = piecewise_2                                                           <L 35>
    wp::adj_where(var_58, var_59, var_63, adj_58, adj_59, adj_63, adj_64);
    if (!var_58) {
        wp::adj_where(var_60, var_61, var_62, adj_60, adj_61, adj_62, adj_63);
        if (!var_60) {
            wp::adj_copy(var_54, adj_54, adj_62);
            // adj: piecewise_2 = piecewise                                                   <L 34>
        }
        if (var_60) {
            wp::adj_copy(var_4, adj_4, adj_61);
            // adj: piecewise_2 = relaxed                                                     <L 32>
        }
        // adj: elif relaxed < scale:                                                         <L 31>
    }
    if (var_58) {
        wp::adj_max(var_scale, var_2, adj_scale, adj_2, adj_59);
        // adj: piecewise_2 = wp.max(scale, value)                                            <L 30>
    }
    wp::adj_neg(var_scale, adj_scale, adj_57);
    // adj: if relaxed < -scale:                                                              <L 29>
    wp::adj_float(var_55, adj_55, adj_56);
    // adj: piecewise_2 = float(0.0)                                                          <L 28>
    wp::adj_where(var_25, var_27, var_53, adj_25, adj_27, adj_53, adj_54);
    if (!var_25) {
        wp::adj_where(var_30, var_51, var_52, adj_30, adj_51, adj_52, adj_53);
        if (!var_30) {
            wp::adj_copy(var_2, adj_2, adj_52);
            // adj: piecewise = value                                                         <L 27>
        }
        if (var_30) {
            wp::adj_length(var_50, var_51, adj_50, adj_51);
            // adj: piecewise = wp.length(picked)                                             <L 25>
            wp::adj_where(var_31, var_43, var_49, adj_31, adj_43, adj_49, adj_50);
            if (!var_31) {
                wp::adj_quat_from_axis_angle(var_47, var_48, adj_47, adj_48, adj_49);
                wp::adj_vec_t(var_44, var_45, var_46, adj_44, adj_45, adj_46, adj_47);
                // adj: picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), 0.75)        <L 24>
            }
            if (var_31) {
                wp::adj_quat_from_axis_angle(var_41, var_42, adj_41, adj_42, adj_43);
                wp::adj_trace(var_37, adj_37, adj_42);
                wp::adj_vec_t(var_38, var_39, var_40, adj_38, adj_39, adj_40, adj_41);
                // adj: picked = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), wp.trace(qr_r))  <L 22>
                wp::adj_mul(var_32, var_33, adj_32, adj_33, adj_37);
                // adj: qr_r = q_factor * r_2                                                 <L 21>
                wp::adj_qr3(var_36, var_32, var_33, adj_36, adj_32, adj_33);
                wp::adj_mul(var_35, var_4, adj_35, adj_4, adj_36);
                // adj: wp.qr3(wp.identity(n=3, dtype=float) * relaxed, q_factor, r_2)        <L 20>
                // adj: r_2 = wp.mat33()                                                      <L 19>
                // adj: q_factor = wp.mat33()                                                 <L 18>
            }
            // adj: if value > relaxed:                                                       <L 17>
        }
        wp::adj_clamp(var_4, var_28, var_scale, adj_4, adj_28, adj_scale, adj_29);
        wp::adj_neg(var_scale, adj_scale, adj_28);
        // adj: elif value < wp.clamp(relaxed, -scale, scale):                                <L 16>
    }
    if (var_25) {
        wp::adj_where(var_26, var_2, var_scale, adj_26, adj_2, adj_scale, adj_27);
        // adj: piecewise = wp.where(True, value, scale)                                      <L 15>
    }
    wp::adj_neg(var_23, adj_23, adj_24);
    wp::adj_clamp(var_4, var_22, var_scale, adj_4, adj_22, adj_scale, adj_23);
    wp::adj_neg(var_scale, adj_scale, adj_22);
    // adj: if value < -wp.clamp(relaxed, -scale, scale):                                     <L 14>
    wp::adj_float(var_20, adj_20, adj_21);
    // adj: piecewise = float(0.0)                                                            <L 13>
    start_while_0:;
    var_7 = wp::abs(var_0);
    var_9 = wp::min(var_7, var_8);
    var_10 = (var_6 < var_9);
    if ((var_10) == false) goto end_while_0;
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
        // relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))                              <L 11>
        var_12 = wp::mul(var_11, var_4);
        var_14 = wp::float(var_6);
        var_15 = wp::tanh(var_14);
        var_16 = wp::mul(var_13, var_15);
        var_17 = wp::add(var_12, var_16);
        // iters += 1                                                                         <L 12>
        var_19 = wp::add(var_6, var_18);
        wp::assign(var_4, var_17);
        wp::assign(var_6, var_19);
        wp::adj_assign(var_6, var_19, adj_6, adj_19);
        wp::adj_assign(var_4, var_17, adj_4, adj_17);
        wp::adj_add(var_6, var_18, adj_6, adj_18, adj_19);
        // adj: iters += 1                                                                    <L 12>
        wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_mul(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_tanh(var_14, var_15, adj_14, adj_15);
        wp::adj_float(var_6, adj_6, adj_14);
        wp::adj_mul(var_11, var_4, adj_11, adj_4, adj_12);
        // adj: relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters))                         <L 11>
    goto start_while_0;
    end_while_0:;
    // adj: while iters < wp.min(wp.abs(i), 4):                                               <L 10>
    // adj: iters = int(0)                                                                    <L 9>
    wp::adj_float(var_scale, adj_scale, adj_4);
    // adj: relaxed = float(scale)                                                            <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: value = values[i]                                                                 <L 7>
    // adj: i = wp.tid()                                                                      <L 6>
    // adj: def remap(values: wp.array(dtype=float), scale: float, result: wp.array(dtype=float)):  <L 5>
    return;
}



struct remap_ac94dffc_cpu_block_payload_forward
{
    wp_args_remap_ac94dffc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void remap_ac94dffc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    remap_ac94dffc_cpu_block_payload_forward* payload = (remap_ac94dffc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    remap_ac94dffc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void remap_ac94dffc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_remap_ac94dffc *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        remap_ac94dffc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &remap_ac94dffc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct remap_ac94dffc_cpu_block_payload_backward
{
    wp_args_remap_ac94dffc* args;
    wp_args_remap_ac94dffc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void remap_ac94dffc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    remap_ac94dffc_cpu_block_payload_backward* payload = (remap_ac94dffc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    remap_ac94dffc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void remap_ac94dffc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_remap_ac94dffc *_wp_args,
    wp_args_remap_ac94dffc *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        remap_ac94dffc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &remap_ac94dffc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

