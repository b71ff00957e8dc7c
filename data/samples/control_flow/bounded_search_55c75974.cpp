// Warp 1.19.0 cpu code for bounded_search_55c75974.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_bounded_search_90d96968 {
    wp::array_t<wp::float32> values;
    wp::array_t<wp::int32> counts;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void bounded_search_90d96968_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_search_90d96968 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 16;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.5;
    wp::float32 var_20;
    bool var_21;
    const wp::float32 var_22 = -0.99;
    const wp::float32 var_23 = 0.99;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    wp::float32 var_30;
    wp::float32 var_31;
    bool var_32;
    wp::float32 var_33;
    bool var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    bool var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    bool var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::float32 var_62 = 0.9;
    wp::float32 var_63;
    const wp::float32 var_64 = 0.1;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    //---------
    // forward
    // def bounded_search(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x0 = values[tid]                                                                       <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // reps = wp.clamp(counts[tid], 0, 16)                                                    <L 8>
    var_4 = wp::address(var_counts, var_0);
    var_8 = wp::load(var_4);
    var_7 = wp::clamp(var_8, var_5, var_6);
    // state = x0                                                                             <L 9>
    var_9 = wp::copy(var_2);
    // for it in range(reps):                                                                 <L 10>
    var_10 = wp::range(var_7);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // tier_val = float(0.0)                                                              <L 11>
        var_13 = wp::float(var_12);
        // if x0 < -float(0.5):                                                               <L 12>
        var_15 = wp::float(var_14);
        var_16 = wp::neg(var_15);
        var_17 = (var_2 < var_16);
        if (var_17) {
            // tier_val = x0                                                                  <L 13>
            var_18 = wp::copy(var_2);
        }
        if (!var_17) {
            // elif x0 < float(0.5):                                                          <L 14>
            var_20 = wp::float(var_19);
            var_21 = (var_2 < var_20);
            if (var_21) {
                // tier_val = wp.asin(wp.clamp(x0, -0.99, 0.99))                              <L 15>
                var_24 = wp::clamp(var_2, var_22, var_23);
                var_25 = wp::asin(var_24);
            }
            if (!var_21) {
                // tier_val = x0                                                              <L 17>
                var_26 = wp::copy(var_2);
            }
            var_27 = wp::where(var_21, var_25, var_26);
        }
        var_28 = wp::where(var_17, var_18, var_27);
        // piecewise = float(0.0)                                                             <L 18>
        var_30 = wp::float(var_29);
        // if tier_val < -x0:                                                                 <L 19>
        var_31 = wp::neg(var_2);
        var_32 = (var_28 < var_31);
        if (var_32) {
            // piecewise = wp.max(tier_val, x0)                                               <L 20>
            var_33 = wp::max(var_28, var_2);
        }
        if (!var_32) {
            // elif tier_val < x0:                                                            <L 21>
            var_34 = (var_28 < var_2);
            if (var_34) {
                // piecewise = x0                                                             <L 22>
                var_35 = wp::copy(var_2);
            }
            if (!var_34) {
                // piecewise = wp.smoothstep(0.0, 1.0, x0)                                    <L 24>
                var_38 = wp::smoothstep(var_36, var_37, var_2);
            }
            var_39 = wp::where(var_34, var_35, var_38);
        }
        var_40 = wp::where(var_32, var_33, var_39);
        // piecewise_2 = float(0.0)                                                           <L 25>
        var_42 = wp::float(var_41);
        // if piecewise < -(tier_val + x0):                                                   <L 26>
        var_43 = wp::add(var_28, var_2);
        var_44 = wp::neg(var_43);
        var_45 = (var_40 < var_44);
        if (var_45) {
            // piecewise_2 = piecewise                                                        <L 27>
            var_46 = wp::copy(var_40);
        }
        if (!var_45) {
            // elif piecewise < (tier_val + x0):                                              <L 28>
            var_47 = wp::add(var_28, var_2);
            var_48 = (var_40 < var_47);
            if (var_48) {
                // piecewise_2 = x0                                                           <L 29>
                var_49 = wp::copy(var_2);
            }
            if (!var_48) {
                // piecewise_2 = piecewise                                                    <L 31>
                var_50 = wp::copy(var_40);
            }
            var_51 = wp::where(var_48, var_49, var_50);
        }
        var_52 = wp::where(var_45, var_46, var_51);
        // lo = float(piecewise)                                                              <L 32>
        var_53 = wp::float(var_40);
        // hi = float(x0 * tier_val)                                                          <L 33>
        var_54 = wp::mul(var_2, var_28);
        var_55 = wp::float(var_54);
        // if lo > hi:                                                                        <L 34>
        var_56 = (var_53 > var_55);
        if (var_56) {
            // lo = x0 * tier_val                                                             <L 35>
            var_57 = wp::mul(var_2, var_28);
            // hi = piecewise                                                                 <L 36>
            var_58 = wp::copy(var_40);
        }
        var_59 = wp::where(var_56, var_57, var_53);
        var_60 = wp::where(var_56, var_58, var_55);
        // range_width = hi - lo                                                              <L 37>
        var_61 = wp::sub(var_60, var_59);
        // state = 0.9 * state + 0.1 * wp.tanh((piecewise_2 + range_width) + float(it))       <L 38>
        var_63 = wp::mul(var_62, var_9);
        var_65 = wp::add(var_52, var_61);
        var_66 = wp::float(var_11);
        var_67 = wp::add(var_65, var_66);
        var_68 = wp::tanh(var_67);
        var_69 = wp::mul(var_64, var_68);
        var_70 = wp::add(var_63, var_69);
        wp::assign(var_9, var_70);
        goto start_for_0;
    end_for_0:;
    // out[tid] = state                                                                       <L 39>
    wp::array_store(var_out, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void bounded_search_90d96968_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_search_90d96968 *_wp_args,
    wp_args_bounded_search_90d96968 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_values = _wp_args->values;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_values = _wp_adj_args->values;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::int32* var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 16;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32 var_9;
    wp::range_t var_10;
    wp::int32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.5;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    wp::float32 var_18;
    const wp::float32 var_19 = 0.5;
    wp::float32 var_20;
    bool var_21;
    const wp::float32 var_22 = -0.99;
    const wp::float32 var_23 = 0.99;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    const wp::float32 var_29 = 0.0;
    wp::float32 var_30;
    wp::float32 var_31;
    bool var_32;
    wp::float32 var_33;
    bool var_34;
    wp::float32 var_35;
    const wp::float32 var_36 = 0.0;
    const wp::float32 var_37 = 1.0;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    bool var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    bool var_48;
    wp::float32 var_49;
    wp::float32 var_50;
    wp::float32 var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    bool var_56;
    wp::float32 var_57;
    wp::float32 var_58;
    wp::float32 var_59;
    wp::float32 var_60;
    wp::float32 var_61;
    const wp::float32 var_62 = 0.9;
    wp::float32 var_63;
    const wp::float32 var_64 = 0.1;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    wp::float32 var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::range_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    bool adj_34 = {};
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
    bool adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    bool adj_48 = {};
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
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    //---------
    // forward
    // def bounded_search(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // x0 = values[tid]                                                                       <L 7>
    var_1 = wp::address(var_values, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // reps = wp.clamp(counts[tid], 0, 16)                                                    <L 8>
    var_4 = wp::address(var_counts, var_0);
    var_8 = wp::load(var_4);
    var_7 = wp::clamp(var_8, var_5, var_6);
    // state = x0                                                                             <L 9>
    var_9 = wp::copy(var_2);
    // for it in range(reps):                                                                 <L 10>
    var_10 = wp::range(var_7);
    // out[tid] = state                                                                       <L 39>
    // wp::array_store(var_out, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
    // adj: out[tid] = state                                                                  <L 39>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
    	adj_33 = {};
    	adj_34 = {};
    	adj_35 = {};
    	adj_36 = {};
    	adj_37 = {};
    	adj_38 = {};
    	adj_39 = {};
    	adj_40 = {};
    	adj_41 = {};
    	adj_42 = {};
    	adj_43 = {};
    	adj_44 = {};
    	adj_45 = {};
    	adj_46 = {};
    	adj_47 = {};
    	adj_48 = {};
    	adj_49 = {};
    	adj_50 = {};
    	adj_51 = {};
    	adj_52 = {};
    	adj_53 = {};
    	adj_54 = {};
    	adj_55 = {};
    	adj_56 = {};
    	adj_57 = {};
    	adj_58 = {};
    	adj_59 = {};
    	adj_60 = {};
    	adj_61 = {};
    	adj_62 = {};
    	adj_63 = {};
    	adj_64 = {};
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
    	adj_70 = {};
        // tier_val = float(0.0)                                                              <L 11>
        var_13 = wp::float(var_12);
        // if x0 < -float(0.5):                                                               <L 12>
        var_15 = wp::float(var_14);
        var_16 = wp::neg(var_15);
        var_17 = (var_2 < var_16);
        if (var_17) {
            // tier_val = x0                                                                  <L 13>
            var_18 = wp::copy(var_2);
        }
        if (!var_17) {
            // elif x0 < float(0.5):                                                          <L 14>
            var_20 = wp::float(var_19);
            var_21 = (var_2 < var_20);
            if (var_21) {
                // tier_val = wp.asin(wp.clamp(x0, -0.99, 0.99))                              <L 15>
                var_24 = wp::clamp(var_2, var_22, var_23);
                var_25 = wp::asin(var_24);
            }
            if (!var_21) {
                // tier_val = x0                                                              <L 17>
                var_26 = wp::copy(var_2);
            }
            var_27 = wp::where(var_21, var_25, var_26);
        }
        var_28 = wp::where(var_17, var_18, var_27);
        // piecewise = float(0.0)                                                             <L 18>
        var_30 = wp::float(var_29);
        // if tier_val < -x0:                                                                 <L 19>
        var_31 = wp::neg(var_2);
        var_32 = (var_28 < var_31);
        if (var_32) {
            // piecewise = wp.max(tier_val, x0)                                               <L 20>
            var_33 = wp::max(var_28, var_2);
        }
        if (!var_32) {
            // elif tier_val < x0:                                                            <L 21>
            var_34 = (var_28 < var_2);
            if (var_34) {
                // piecewise = x0                                                             <L 22>
                var_35 = wp::copy(var_2);
            }
            if (!var_34) {
                // piecewise = wp.smoothstep(0.0, 1.0, x0)                                    <L 24>
                var_38 = wp::smoothstep(var_36, var_37, var_2);
            }
            var_39 = wp::where(var_34, var_35, var_38);
        }
        var_40 = wp::where(var_32, var_33, var_39);
        // piecewise_2 = float(0.0)                                                           <L 25>
        var_42 = wp::float(var_41);
        // if piecewise < -(tier_val + x0):                                                   <L 26>
        var_43 = wp::add(var_28, var_2);
        var_44 = wp::neg(var_43);
        var_45 = (var_40 < var_44);
        if (var_45) {
            // piecewise_2 = piecewise                                                        <L 27>
            var_46 = wp::copy(var_40);
        }
        if (!var_45) {
            // elif piecewise < (tier_val + x0):                                              <L 28>
            var_47 = wp::add(var_28, var_2);
            var_48 = (var_40 < var_47);
            if (var_48) {
                // piecewise_2 = x0                                                           <L 29>
                var_49 = wp::copy(var_2);
            }
            if (!var_48) {
                // piecewise_2 = piecewise                                                    <L 31>
                var_50 = wp::copy(var_40);
            }
            var_51 = wp::where(var_48, var_49, var_50);
        }
        var_52 = wp::where(var_45, var_46, var_51);
        // lo = float(piecewise)                                                              <L 32>
        var_53 = wp::float(var_40);
        // hi = float(x0 * tier_val)                                                          <L 33>
        var_54 = wp::mul(var_2, var_28);
        var_55 = wp::float(var_54);
        // if lo > hi:                                                                        <L 34>
        var_56 = (var_53 > var_55);
        if (var_56) {
            // lo = x0 * tier_val                                                             <L 35>
            var_57 = wp::mul(var_2, var_28);
            // hi = piecewise                                                                 <L 36>
            var_58 = wp::copy(var_40);
        }
        var_59 = wp::where(var_56, var_57, var_53);
        var_60 = wp::where(var_56, var_58, var_55);
        // range_width = hi - lo                                                              <L 37>
        var_61 = wp::sub(var_60, var_59);
        // state = 0.9 * state + 0.1 * wp.tanh((piecewise_2 + range_width) + float(it))       <L 38>
        var_63 = wp::mul(var_62, var_9);
        var_65 = wp::add(var_52, var_61);
        var_66 = wp::float(var_11);
        var_67 = wp::add(var_65, var_66);
        var_68 = wp::tanh(var_67);
        var_69 = wp::mul(var_64, var_68);
        var_70 = wp::add(var_63, var_69);
        wp::assign(var_9, var_70);
        wp::adj_assign(var_9, var_70, adj_9, adj_70);
        wp::adj_add(var_63, var_69, adj_63, adj_69, adj_70);
        wp::adj_mul(var_64, var_68, adj_64, adj_68, adj_69);
        wp::adj_tanh(var_67, var_68, adj_67, adj_68);
        wp::adj_add(var_65, var_66, adj_65, adj_66, adj_67);
        wp::adj_float(var_11, adj_11, adj_66);
        wp::adj_add(var_52, var_61, adj_52, adj_61, adj_65);
        wp::adj_mul(var_62, var_9, adj_62, adj_9, adj_63);
        // adj: state = 0.9 * state + 0.1 * wp.tanh((piecewise_2 + range_width) + float(it))  <L 38>
        wp::adj_sub(var_60, var_59, adj_60, adj_59, adj_61);
        // adj: range_width = hi - lo                                                         <L 37>
        wp::adj_where(var_56, var_58, var_55, adj_56, adj_58, adj_55, adj_60);
        wp::adj_where(var_56, var_57, var_53, adj_56, adj_57, adj_53, adj_59);
        if (var_56) {
            wp::adj_copy(var_40, adj_40, adj_58);
            // adj: hi = piecewise                                                            <L 36>
            wp::adj_mul(var_2, var_28, adj_2, adj_28, adj_57);
            // adj: lo = x0 * tier_val                                                        <L 35>
        }
        // adj: if lo > hi:                                                                   <L 34>
        wp::adj_float(var_54, adj_54, adj_55);
        wp::adj_mul(var_2, var_28, adj_2, adj_28, adj_54);
        // adj: hi = float(x0 * tier_val)                                                     <L 33>
        wp::adj_float(var_40, adj_40, adj_53);
        // adj: lo = float(piecewise)                                                         <L 32>
        wp::adj_where(var_45, var_46, var_51, adj_45, adj_46, adj_51, adj_52);
        if (!var_45) {
            wp::adj_where(var_48, var_49, var_50, adj_48, adj_49, adj_50, adj_51);
            if (!var_48) {
                wp::adj_copy(var_40, adj_40, adj_50);
                // adj: piecewise_2 = piecewise                                               <L 31>
            }
            if (var_48) {
                wp::adj_copy(var_2, adj_2, adj_49);
                // adj: piecewise_2 = x0                                                      <L 29>
            }
            wp::adj_add(var_28, var_2, adj_28, adj_2, adj_47);
            // adj: elif piecewise < (tier_val + x0):                                         <L 28>
        }
        if (var_45) {
            wp::adj_copy(var_40, adj_40, adj_46);
            // adj: piecewise_2 = piecewise                                                   <L 27>
        }
        wp::adj_neg(var_43, adj_43, adj_44);
        wp::adj_add(var_28, var_2, adj_28, adj_2, adj_43);
        // adj: if piecewise < -(tier_val + x0):                                              <L 26>
        wp::adj_float(var_41, adj_41, adj_42);
        // adj: piecewise_2 = float(0.0)                                                      <L 25>
        wp::adj_where(var_32, var_33, var_39, adj_32, adj_33, adj_39, adj_40);
        if (!var_32) {
            wp::adj_where(var_34, var_35, var_38, adj_34, adj_35, adj_38, adj_39);
            if (!var_34) {
                wp::adj_smoothstep(var_36, var_37, var_2, adj_36, adj_37, adj_2, adj_38);
                // adj: piecewise = wp.smoothstep(0.0, 1.0, x0)                               <L 24>
            }
            if (var_34) {
                wp::adj_copy(var_2, adj_2, adj_35);
                // adj: piecewise = x0                                                        <L 22>
            }
            // adj: elif tier_val < x0:                                                       <L 21>
        }
        if (var_32) {
            wp::adj_max(var_28, var_2, adj_28, adj_2, adj_33);
            // adj: piecewise = wp.max(tier_val, x0)                                          <L 20>
        }
        wp::adj_neg(var_2, adj_2, adj_31);
        // adj: if tier_val < -x0:                                                            <L 19>
        wp::adj_float(var_29, adj_29, adj_30);
        // adj: piecewise = float(0.0)                                                        <L 18>
        wp::adj_where(var_17, var_18, var_27, adj_17, adj_18, adj_27, adj_28);
        if (!var_17) {
            wp::adj_where(var_21, var_25, var_26, adj_21, adj_25, adj_26, adj_27);
            if (!var_21) {
                wp::adj_copy(var_2, adj_2, adj_26);
                // adj: tier_val = x0                                                         <L 17>
            }
            if (var_21) {
                wp::adj_asin(var_24, adj_24, adj_25);
                wp::adj_clamp(var_2, var_22, var_23, adj_2, adj_22, adj_23, adj_24);
                // adj: tier_val = wp.asin(wp.clamp(x0, -0.99, 0.99))                         <L 15>
            }
            wp::adj_float(var_19, adj_19, adj_20);
            // adj: elif x0 < float(0.5):                                                     <L 14>
        }
        if (var_17) {
            wp::adj_copy(var_2, adj_2, adj_18);
            // adj: tier_val = x0                                                             <L 13>
        }
        wp::adj_neg(var_15, adj_15, adj_16);
        wp::adj_float(var_14, adj_14, adj_15);
        // adj: if x0 < -float(0.5):                                                          <L 12>
        wp::adj_float(var_12, adj_12, adj_13);
        // adj: tier_val = float(0.0)                                                         <L 11>
    	goto start_for_0;
    end_for_0:;
    // adj: for it in range(reps):                                                            <L 10>
    wp::adj_copy(var_2, adj_2, adj_9);
    // adj: state = x0                                                                        <L 9>
    wp::adj_clamp(var_8, var_5, var_6, adj_4, adj_5, adj_6, adj_7);
    wp::adj_address(var_counts, var_0, adj_counts, adj_0, adj_4);
    // adj: reps = wp.clamp(counts[tid], 0, 16)                                               <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
    // adj: x0 = values[tid]                                                                  <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def bounded_search(values: wp.array(dtype=float), counts: wp.array(dtype=int), out: wp.array(dtype=float)):  <L 5>
    return;
}



struct bounded_search_90d96968_cpu_block_payload_forward
{
    wp_args_bounded_search_90d96968* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_search_90d96968_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_search_90d96968_cpu_block_payload_forward* payload = (bounded_search_90d96968_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_search_90d96968_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bounded_search_90d96968_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_search_90d96968 *_wp_args)
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
        bounded_search_90d96968_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_search_90d96968_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bounded_search_90d96968_cpu_block_payload_backward
{
    wp_args_bounded_search_90d96968* args;
    wp_args_bounded_search_90d96968* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_search_90d96968_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_search_90d96968_cpu_block_payload_backward* payload = (bounded_search_90d96968_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_search_90d96968_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bounded_search_90d96968_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_search_90d96968 *_wp_args,
    wp_args_bounded_search_90d96968 *_wp_adj_args)
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
        bounded_search_90d96968_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_search_90d96968_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

