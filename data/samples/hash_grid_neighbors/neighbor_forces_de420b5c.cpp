// Warp 1.19.0 cpu code for neighbor_forces_de420b5c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_neighbor_forces_d65d1990 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 h;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void neighbor_forces_d65d1990_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_d65d1990 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 10.0;
    const wp::float32 var_6 = 0.01;
    const wp::float32 var_7 = 3.0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.25;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 9;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = 0.5;
    bool var_32;
    const wp::float32 var_33 = 0.5;
    wp::float32 var_34;
    wp::float16 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::int32 var_38;
    const wp::int32 var_39 = 12;
    wp::int32 var_40;
    const wp::int32 var_41 = 2;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 2;
    wp::range_t var_45;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    const bool var_48 = true;
    bool var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::float32 var_58 = 0.0;
    wp::float32 var_59;
    wp::int32 var_60;
    const wp::int32 var_61 = 16;
    wp::int32 var_62;
    wp::range_t var_63;
    wp::int32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    bool var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    //---------
    // forward
    // def neighbor_forces(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 8>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // unit = wp.normalize(x - wp.lerp(wp.vec3(10.0, 0.01, 3.0), wp.vec3(0.25), wp.clamp(h, 0.0, 1.0)))       <L 9>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_10 = wp::vec_t<3, wp::float32>(var_9);
    var_13 = wp::clamp(var_h, var_11, var_12);
    var_14 = wp::lerp(var_8, var_10, var_13);
    var_15 = wp::sub(var_3, var_14);
    var_16 = wp::normalize(var_15);
    // neighbor = points[wp.clamp(tid + 9, 0, points.shape[0] - 1)]                           <L 10>
    var_18 = wp::add(var_0, var_17);
    var_20 = &(var_points.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_25 = wp::sub(var_22, var_24);
    var_26 = wp::clamp(var_18, var_19, var_25);
    var_27 = wp::address(var_points, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // term = wp.float16(h if 2.0 < 0.5 else 0.5)                                             <L 11>
    var_32 = (var_30 < var_31);
    if (var_32) {
    }
    if (!var_32) {
    }
    var_34 = wp::where(var_32, var_h, var_33);
    var_35 = wp::float16(var_34);
    // partial = float(0.0)                                                                   <L 12>
    var_37 = wp::float(var_36);
    // for s_2 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):                                   <L 13>
    var_38 = wp::abs(var_0);
    var_40 = wp::min(var_38, var_39);
    var_42 = wp::mul(var_40, var_41);
    var_45 = wp::range(var_43, var_42, var_44);
    start_for_0:;
        if (iter_cmp(var_45) == 0) goto end_for_0;
        var_46 = wp::iter_next(var_45);
        // corrected = wp.vec3(unit)                                                          <L 14>
        var_47 = wp::vec_t<3, wp::float32>(var_16);
        // if bool(True):                                                                     <L 15>
        var_49 = bool(var_48);
        if (var_49) {
            // corrected = corrected + neighbor                                               <L 16>
            var_50 = wp::add(var_47, var_28);
        }
        var_51 = wp::where(var_49, var_50, var_47);
        // partial += (float(s_2) + wp.length(corrected)) / float(s_2)                        <L 17>
        var_52 = wp::float(var_46);
        var_53 = wp::length(var_51);
        var_54 = wp::add(var_52, var_53);
        var_55 = wp::float(var_46);
        var_56 = wp::div(var_54, var_55);
        var_57 = wp::add(var_37, var_56);
        wp::assign(var_37, var_57);
        goto start_for_0;
    end_for_0:;
    // march = float(0.0)                                                                     <L 18>
    var_59 = wp::float(var_58);
    // for step in range(wp.min(wp.abs(tid), 16)):                                            <L 19>
    var_60 = wp::abs(var_0);
    var_62 = wp::min(var_60, var_61);
    var_63 = wp::range(var_62);
    start_for_2:;
        if (iter_cmp(var_63) == 0) goto end_for_2;
        var_64 = wp::iter_next(var_63);
        // march += wp.abs(float(step))                                                       <L 20>
        var_65 = wp::float(var_64);
        var_66 = wp::abs(var_65);
        var_67 = wp::add(var_59, var_66);
        // if march > h:                                                                      <L 21>
        var_68 = (var_67 > var_h);
        if (var_68) {
            // break                                                                          <L 22>
            wp::assign(var_59, var_67);
            goto end_for_2;
        }
        var_69 = wp::where(var_68, var_59, var_67);
        wp::assign(var_59, var_69);
        goto start_for_2;
    end_for_2:;
    // out[i] = wp.vec3(float(term)) + wp.vec3(partial) + wp.vec3(march)                      <L 23>
    var_70 = wp::float(var_35);
    var_71 = wp::vec_t<3, wp::float32>(var_70);
    var_72 = wp::vec_t<3, wp::float32>(var_37);
    var_73 = wp::add(var_71, var_72);
    var_74 = wp::vec_t<3, wp::float32>(var_59);
    var_75 = wp::add(var_73, var_74);
    wp::array_store(var_out, var_1, var_75);
}



template <bool wp_linear_contiguous>
static void neighbor_forces_d65d1990_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_neighbor_forces_d65d1990 *_wp_args,
    wp_args_neighbor_forces_d65d1990 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 10.0;
    const wp::float32 var_6 = 0.01;
    const wp::float32 var_7 = 3.0;
    wp::vec_t<3, wp::float32> var_8;
    const wp::float32 var_9 = 0.25;
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.0;
    const wp::float32 var_12 = 1.0;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    const wp::int32 var_17 = 9;
    wp::int32 var_18;
    const wp::int32 var_19 = 0;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    const wp::float32 var_30 = 2.0;
    const wp::float32 var_31 = 0.5;
    bool var_32;
    const wp::float32 var_33 = 0.5;
    wp::float32 var_34;
    wp::float16 var_35;
    const wp::float32 var_36 = 0.0;
    wp::float32 var_37;
    wp::int32 var_38;
    const wp::int32 var_39 = 12;
    wp::int32 var_40;
    const wp::int32 var_41 = 2;
    wp::int32 var_42;
    const wp::int32 var_43 = 1;
    const wp::int32 var_44 = 2;
    wp::range_t var_45;
    wp::int32 var_46;
    wp::vec_t<3, wp::float32> var_47;
    const bool var_48 = true;
    bool var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    const wp::float32 var_58 = 0.0;
    wp::float32 var_59;
    wp::int32 var_60;
    const wp::int32 var_61 = 16;
    wp::int32 var_62;
    wp::range_t var_63;
    wp::int32 var_64;
    wp::float32 var_65;
    wp::float32 var_66;
    wp::float32 var_67;
    bool var_68;
    wp::float32 var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<3, wp::float32> var_75;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float16 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    wp::range_t adj_45 = {};
    wp::int32 adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    bool adj_48 = {};
    bool adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::float32 adj_52 = {};
    wp::float32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::range_t adj_63 = {};
    wp::int32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    bool adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<3, wp::float32> adj_75 = {};
    //---------
    // forward
    // def neighbor_forces(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 8>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // unit = wp.normalize(x - wp.lerp(wp.vec3(10.0, 0.01, 3.0), wp.vec3(0.25), wp.clamp(h, 0.0, 1.0)))       <L 9>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_10 = wp::vec_t<3, wp::float32>(var_9);
    var_13 = wp::clamp(var_h, var_11, var_12);
    var_14 = wp::lerp(var_8, var_10, var_13);
    var_15 = wp::sub(var_3, var_14);
    var_16 = wp::normalize(var_15);
    // neighbor = points[wp.clamp(tid + 9, 0, points.shape[0] - 1)]                           <L 10>
    var_18 = wp::add(var_0, var_17);
    var_20 = &(var_points.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_25 = wp::sub(var_22, var_24);
    var_26 = wp::clamp(var_18, var_19, var_25);
    var_27 = wp::address(var_points, var_26);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // term = wp.float16(h if 2.0 < 0.5 else 0.5)                                             <L 11>
    var_32 = (var_30 < var_31);
    if (var_32) {
    }
    if (!var_32) {
    }
    var_34 = wp::where(var_32, var_h, var_33);
    var_35 = wp::float16(var_34);
    // partial = float(0.0)                                                                   <L 12>
    var_37 = wp::float(var_36);
    // for s_2 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):                                   <L 13>
    var_38 = wp::abs(var_0);
    var_40 = wp::min(var_38, var_39);
    var_42 = wp::mul(var_40, var_41);
    var_45 = wp::range(var_43, var_42, var_44);
    // march = float(0.0)                                                                     <L 18>
    var_59 = wp::float(var_58);
    // for step in range(wp.min(wp.abs(tid), 16)):                                            <L 19>
    var_60 = wp::abs(var_0);
    var_62 = wp::min(var_60, var_61);
    var_63 = wp::range(var_62);
    // out[i] = wp.vec3(float(term)) + wp.vec3(partial) + wp.vec3(march)                      <L 23>
    var_70 = wp::float(var_35);
    var_71 = wp::vec_t<3, wp::float32>(var_70);
    var_72 = wp::vec_t<3, wp::float32>(var_37);
    var_73 = wp::add(var_71, var_72);
    var_74 = wp::vec_t<3, wp::float32>(var_59);
    var_75 = wp::add(var_73, var_74);
    // wp::array_store(var_out, var_1, var_75);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_1, var_75, adj_out, adj_1, adj_75);
    wp::adj_add(var_73, var_74, adj_73, adj_74, adj_75);
    wp::adj_vec_t(var_59, adj_59, adj_74);
    wp::adj_add(var_71, var_72, adj_71, adj_72, adj_73);
    wp::adj_vec_t(var_37, adj_37, adj_72);
    wp::adj_vec_t(var_70, adj_70, adj_71);
    wp::adj_float(var_35, adj_35, adj_70);
    // adj: out[i] = wp.vec3(float(term)) + wp.vec3(partial) + wp.vec3(march)                 <L 23>
    var_63 = wp::iter_reverse(var_63);
    start_for_2:;
        if (iter_cmp(var_63) == 0) goto end_for_2;
        var_64 = wp::iter_next(var_63);
    	adj_65 = {};
    	adj_66 = {};
    	adj_67 = {};
    	adj_68 = {};
    	adj_69 = {};
        // march += wp.abs(float(step))                                                       <L 20>
        var_65 = wp::float(var_64);
        var_66 = wp::abs(var_65);
        var_67 = wp::add(var_59, var_66);
        // if march > h:                                                                      <L 21>
        var_68 = (var_67 > var_h);
        if (var_68) {
            // break                                                                          <L 22>
            wp::assign(var_59, var_67);
            goto end_for_2;
        }
        var_69 = wp::where(var_68, var_59, var_67);
        wp::assign(var_59, var_69);
        wp::adj_assign(var_59, var_69, adj_59, adj_69);
        wp::adj_where(var_68, var_59, var_67, adj_68, adj_59, adj_67, adj_69);
        if (var_68) {
            wp::adj_assign(var_59, var_67, adj_59, adj_67);
            // adj: break                                                                     <L 22>
        }
        // adj: if march > h:                                                                 <L 21>
        wp::adj_add(var_59, var_66, adj_59, adj_66, adj_67);
        wp::adj_abs(var_65, adj_65, adj_66);
        wp::adj_float(var_64, adj_64, adj_65);
        // adj: march += wp.abs(float(step))                                                  <L 20>
    	goto start_for_2;
    end_for_2:;
    wp::adj_min(var_60, var_61, adj_60, adj_61, adj_62);
    wp::adj_abs(var_0, adj_0, adj_60);
    // adj: for step in range(wp.min(wp.abs(tid), 16)):                                       <L 19>
    wp::adj_float(var_58, adj_58, adj_59);
    // adj: march = float(0.0)                                                                <L 18>
    var_45 = wp::iter_reverse(var_45);
    start_for_0:;
        if (iter_cmp(var_45) == 0) goto end_for_0;
        var_46 = wp::iter_next(var_45);
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
        // corrected = wp.vec3(unit)                                                          <L 14>
        var_47 = wp::vec_t<3, wp::float32>(var_16);
        // if bool(True):                                                                     <L 15>
        var_49 = bool(var_48);
        if (var_49) {
            // corrected = corrected + neighbor                                               <L 16>
            var_50 = wp::add(var_47, var_28);
        }
        var_51 = wp::where(var_49, var_50, var_47);
        // partial += (float(s_2) + wp.length(corrected)) / float(s_2)                        <L 17>
        var_52 = wp::float(var_46);
        var_53 = wp::length(var_51);
        var_54 = wp::add(var_52, var_53);
        var_55 = wp::float(var_46);
        var_56 = wp::div(var_54, var_55);
        var_57 = wp::add(var_37, var_56);
        wp::assign(var_37, var_57);
        wp::adj_assign(var_37, var_57, adj_37, adj_57);
        wp::adj_add(var_37, var_56, adj_37, adj_56, adj_57);
        wp::adj_div(var_54, var_55, var_56, adj_54, adj_55, adj_56);
        wp::adj_float(var_46, adj_46, adj_55);
        wp::adj_add(var_52, var_53, adj_52, adj_53, adj_54);
        wp::adj_length(var_51, var_53, adj_51, adj_53);
        wp::adj_float(var_46, adj_46, adj_52);
        // adj: partial += (float(s_2) + wp.length(corrected)) / float(s_2)                   <L 17>
        wp::adj_where(var_49, var_50, var_47, adj_49, adj_50, adj_47, adj_51);
        if (var_49) {
            wp::adj_add(var_47, var_28, adj_47, adj_28, adj_50);
            // adj: corrected = corrected + neighbor                                          <L 16>
        }
        // adj: if bool(True):                                                                <L 15>
        wp::adj_vec_t(var_16, adj_16, adj_47);
        // adj: corrected = wp.vec3(unit)                                                     <L 14>
    	goto start_for_0;
    end_for_0:;
    wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_min(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_abs(var_0, adj_0, adj_38);
    // adj: for s_2 in range(1, wp.min(wp.abs(tid), 12) * 2, 2):                              <L 13>
    wp::adj_float(var_36, adj_36, adj_37);
    // adj: partial = float(0.0)                                                              <L 12>
    wp::adj_float16(var_34, adj_34, adj_35);
    wp::adj_where(var_32, var_h, var_33, adj_32, adj_h, adj_33, adj_34);
    if (!var_32) {
    }
    if (var_32) {
    }
    // adj: term = wp.float16(h if 2.0 < 0.5 else 0.5)                                        <L 11>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_points, var_26, adj_points, adj_26, adj_27);
    wp::adj_clamp(var_18, var_19, var_25, adj_18, adj_19, adj_25, adj_26);
    wp::adj_sub(var_22, var_24, adj_22, adj_24, adj_25);
    adj_points.shape = adj_20;
    wp::adj_add(var_0, var_17, adj_0, adj_17, adj_18);
    // adj: neighbor = points[wp.clamp(tid + 9, 0, points.shape[0] - 1)]                      <L 10>
    wp::adj_normalize(var_15, var_16, adj_15, adj_16);
    wp::adj_sub(var_3, var_14, adj_3, adj_14, adj_15);
    wp::adj_lerp(var_8, var_10, var_13, adj_8, adj_10, adj_13, adj_14);
    wp::adj_clamp(var_h, var_11, var_12, adj_h, adj_11, adj_12, adj_13);
    wp::adj_vec_t(var_9, adj_9, adj_10);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: unit = wp.normalize(x - wp.lerp(wp.vec3(10.0, 0.01, 3.0), wp.vec3(0.25), wp.clamp(h, 0.0, 1.0)))  <L 9>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 8>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def neighbor_forces(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):  <L 5>
    return;
}



struct neighbor_forces_d65d1990_cpu_block_payload_forward
{
    wp_args_neighbor_forces_d65d1990* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void neighbor_forces_d65d1990_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    neighbor_forces_d65d1990_cpu_block_payload_forward* payload = (neighbor_forces_d65d1990_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    neighbor_forces_d65d1990_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void neighbor_forces_d65d1990_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_d65d1990 *_wp_args)
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
        neighbor_forces_d65d1990_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &neighbor_forces_d65d1990_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct neighbor_forces_d65d1990_cpu_block_payload_backward
{
    wp_args_neighbor_forces_d65d1990* args;
    wp_args_neighbor_forces_d65d1990* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void neighbor_forces_d65d1990_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    neighbor_forces_d65d1990_cpu_block_payload_backward* payload = (neighbor_forces_d65d1990_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    neighbor_forces_d65d1990_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void neighbor_forces_d65d1990_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_neighbor_forces_d65d1990 *_wp_args,
    wp_args_neighbor_forces_d65d1990 *_wp_adj_args)
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
        neighbor_forces_d65d1990_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &neighbor_forces_d65d1990_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

