// Warp 1.19.0 cpu code for project_to_surface_206d9696.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_project_to_surface_378b0e21 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 margin;
    wp::array_t<wp::float32> result;
};


template <bool wp_linear_contiguous>
static void project_to_surface_378b0e21_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_to_surface_378b0e21 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 10.0;
    wp::mesh_query_point_t var_7;
    bool* var_8;
    bool var_9;
    wp::int32* var_10;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    bool var_22;
    wp::vec_t<3, wp::float32> var_23;
    bool var_24;
    bool var_25;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 100.0;
    wp::float32 var_30;
    wp::uint16 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 0;
    wp::int32 var_35;
    const wp::int32 var_36 = 4;
    bool var_37;
    const wp::float32 var_38 = 0.1;
    wp::float32 var_39;
    bool var_40;
    const wp::float32 var_41 = 0.0;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 1.0;
    wp::float32 var_45;
    wp::mesh_query_point_t var_46;
    bool* var_47;
    bool var_48;
    wp::int32* var_49;
    wp::float32* var_50;
    wp::float32* var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::int32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    bool var_60;
    const wp::float32 var_61 = 0.0;
    const wp::float32 var_62 = 0.0;
    const wp::float32 var_63 = 1.0;
    wp::vec_t<3, wp::float32> var_64;
    wp::quat_t<wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::quat_t<wp::float32> var_67;
    wp::quat_t<wp::float32> var_68;
    const wp::float32 var_69 = 0.5;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.5;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    //---------
    // forward
    // def project_to_surface(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // push_out = wp.vec3(0.0)                                                                <L 8>
    var_5 = wp::vec_t<3, wp::float32>(var_4);
    // sq = wp.mesh_query_point(mesh, p, 10.0)                                                <L 9>
    var_7 = wp::mesh_query_point(var_mesh, var_2, var_6);
    // if sq.result:                                                                          <L 10>
    var_8 = &((var_7).result);
    var_9 = wp::load(var_8);
    if (var_9) {
        // closest = wp.mesh_eval_position(mesh, sq.face, sq.u, sq.v)                         <L 11>
        var_10 = &((var_7).face);
        var_11 = &((var_7).u);
        var_12 = &((var_7).v);
        var_14 = wp::load(var_10);
        var_15 = wp::load(var_11);
        var_16 = wp::load(var_12);
        var_13 = wp::mesh_eval_position(var_mesh, var_14, var_15, var_16);
        // push_out = wp.normalize(p - closest) * sq.sign                                     <L 12>
        var_17 = wp::sub(var_2, var_13);
        var_18 = wp::normalize(var_17);
        var_19 = &((var_7).sign);
        var_21 = wp::load(var_19);
        var_20 = wp::mul(var_18, var_21);
    }
    var_22 = wp::load(var_8);
    var_24 = wp::load(var_8);
    var_23 = wp::where(var_24, var_20, var_5);
    // step = wp.uint16(wp.clamp(wp.where(wp.isfinite(margin), margin, 0.0), 0.0, 100.0))       <L 13>
    var_25 = wp::isfinite(var_margin);
    var_27 = wp::where(var_25, var_margin, var_26);
    var_30 = wp::clamp(var_27, var_28, var_29);
    var_31 = wp::uint16(var_30);
    // relaxed = float(wp.sign(margin))                                                       <L 14>
    var_32 = wp::sign(var_margin);
    var_33 = wp::float(var_32);
    // iters = int(0)                                                                         <L 15>
    var_35 = wp::int(var_34);
    // while iters < 4:                                                                       <L 16>
    start_while_0:;
    var_37 = (var_35 < var_36);
    if ((var_37) == false) goto end_while_0;
        // if margin > float(0.1):                                                            <L 17>
        var_39 = wp::float(var_38);
        var_40 = (var_margin > var_39);
        if (var_40) {
            // proximity = float(0.0)                                                         <L 18>
            var_42 = wp::float(var_41);
            // query = wp.mesh_query_point_no_sign(mesh, p, wp.abs(margin) + 1.0)             <L 19>
            var_43 = wp::abs(var_margin);
            var_45 = wp::add(var_43, var_44);
            var_46 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_45);
            // if query.result:                                                               <L 20>
            var_47 = &((var_46).result);
            var_48 = wp::load(var_47);
            if (var_48) {
                // hit_p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)          <L 21>
                var_49 = &((var_46).face);
                var_50 = &((var_46).u);
                var_51 = &((var_46).v);
                var_53 = wp::load(var_49);
                var_54 = wp::load(var_50);
                var_55 = wp::load(var_51);
                var_52 = wp::mesh_eval_position(var_mesh, var_53, var_54, var_55);
                // proximity = wp.length(hit_p - p)                                           <L 22>
                var_56 = wp::sub(var_52, var_2);
                var_57 = wp::length(var_56);
            }
            var_58 = wp::load(var_47);
            var_60 = wp::load(var_47);
            var_59 = wp::where(var_60, var_57, var_42);
            // chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), proximity)            <L 23>
            var_64 = wp::vec_t<3, wp::float32>(var_61, var_62, var_63);
            var_65 = wp::quat_from_axis_angle(var_64, var_59);
        }
        if (!var_40) {
            // chosen = wp.quat_from_axis_angle(wp.normalize(push_out), margin)               <L 25>
            var_66 = wp::normalize(var_23);
            var_67 = wp::quat_from_axis_angle(var_66, var_margin);
        }
        var_68 = wp::where(var_40, var_65, var_67);
        // relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters) + wp.length(chosen))          <L 26>
        var_70 = wp::mul(var_69, var_33);
        var_72 = wp::float(var_35);
        var_73 = wp::length(var_68);
        var_74 = wp::add(var_72, var_73);
        var_75 = wp::tanh(var_74);
        var_76 = wp::mul(var_71, var_75);
        var_77 = wp::add(var_70, var_76);
        // iters += 1                                                                         <L 27>
        var_79 = wp::add(var_35, var_78);
        wp::assign(var_33, var_77);
        wp::assign(var_35, var_79);
    goto start_while_0;
    end_while_0:;
    // result[tid] = float(step) + relaxed                                                    <L 28>
    var_80 = wp::float(var_31);
    var_81 = wp::add(var_80, var_33);
    wp::array_store(var_result, var_0, var_81);
}



template <bool wp_linear_contiguous>
static void project_to_surface_378b0e21_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_project_to_surface_378b0e21 *_wp_args,
    wp_args_project_to_surface_378b0e21 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_margin = _wp_adj_args->margin;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::float32 var_6 = 10.0;
    wp::mesh_query_point_t var_7;
    bool* var_8;
    bool var_9;
    wp::int32* var_10;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::int32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    bool var_22;
    wp::vec_t<3, wp::float32> var_23;
    bool var_24;
    bool var_25;
    const wp::float32 var_26 = 0.0;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    const wp::float32 var_29 = 100.0;
    wp::float32 var_30;
    wp::uint16 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 0;
    wp::int32 var_35;
    const wp::int32 var_36 = 4;
    bool var_37;
    const wp::float32 var_38 = 0.1;
    wp::float32 var_39;
    bool var_40;
    const wp::float32 var_41 = 0.0;
    wp::float32 var_42;
    wp::float32 var_43;
    const wp::float32 var_44 = 1.0;
    wp::float32 var_45;
    wp::mesh_query_point_t var_46;
    bool* var_47;
    bool var_48;
    wp::int32* var_49;
    wp::float32* var_50;
    wp::float32* var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::int32 var_53;
    wp::float32 var_54;
    wp::float32 var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::float32 var_57;
    bool var_58;
    wp::float32 var_59;
    bool var_60;
    const wp::float32 var_61 = 0.0;
    const wp::float32 var_62 = 0.0;
    const wp::float32 var_63 = 1.0;
    wp::vec_t<3, wp::float32> var_64;
    wp::quat_t<wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::quat_t<wp::float32> var_67;
    wp::quat_t<wp::float32> var_68;
    const wp::float32 var_69 = 0.5;
    wp::float32 var_70;
    const wp::float32 var_71 = 0.5;
    wp::float32 var_72;
    wp::float32 var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    const wp::int32 var_78 = 1;
    wp::int32 var_79;
    wp::float32 var_80;
    wp::float32 var_81;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::mesh_query_point_t adj_7 = {};
    bool adj_8 = {};
    bool adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    bool adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    bool adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::uint16 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    bool adj_40 = {};
    wp::float32 adj_41 = {};
    wp::float32 adj_42 = {};
    wp::float32 adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    wp::mesh_query_point_t adj_46 = {};
    bool adj_47 = {};
    bool adj_48 = {};
    wp::int32 adj_49 = {};
    wp::float32 adj_50 = {};
    wp::float32 adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::float32 adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    wp::float32 adj_62 = {};
    wp::float32 adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::quat_t<wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::quat_t<wp::float32> adj_67 = {};
    wp::quat_t<wp::float32> adj_68 = {};
    wp::float32 adj_69 = {};
    wp::float32 adj_70 = {};
    wp::float32 adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    wp::float32 adj_80 = {};
    wp::float32 adj_81 = {};
    //---------
    // forward
    // def project_to_surface(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // push_out = wp.vec3(0.0)                                                                <L 8>
    var_5 = wp::vec_t<3, wp::float32>(var_4);
    // sq = wp.mesh_query_point(mesh, p, 10.0)                                                <L 9>
    var_7 = wp::mesh_query_point(var_mesh, var_2, var_6);
    // if sq.result:                                                                          <L 10>
    var_8 = &((var_7).result);
    var_9 = wp::load(var_8);
    if (var_9) {
        // closest = wp.mesh_eval_position(mesh, sq.face, sq.u, sq.v)                         <L 11>
        var_10 = &((var_7).face);
        var_11 = &((var_7).u);
        var_12 = &((var_7).v);
        var_14 = wp::load(var_10);
        var_15 = wp::load(var_11);
        var_16 = wp::load(var_12);
        var_13 = wp::mesh_eval_position(var_mesh, var_14, var_15, var_16);
        // push_out = wp.normalize(p - closest) * sq.sign                                     <L 12>
        var_17 = wp::sub(var_2, var_13);
        var_18 = wp::normalize(var_17);
        var_19 = &((var_7).sign);
        var_21 = wp::load(var_19);
        var_20 = wp::mul(var_18, var_21);
    }
    var_22 = wp::load(var_8);
    var_24 = wp::load(var_8);
    var_23 = wp::where(var_24, var_20, var_5);
    // step = wp.uint16(wp.clamp(wp.where(wp.isfinite(margin), margin, 0.0), 0.0, 100.0))       <L 13>
    var_25 = wp::isfinite(var_margin);
    var_27 = wp::where(var_25, var_margin, var_26);
    var_30 = wp::clamp(var_27, var_28, var_29);
    var_31 = wp::uint16(var_30);
    // relaxed = float(wp.sign(margin))                                                       <L 14>
    var_32 = wp::sign(var_margin);
    var_33 = wp::float(var_32);
    // iters = int(0)                                                                         <L 15>
    var_35 = wp::int(var_34);
    // while iters < 4:                                                                       <L 16>
    // result[tid] = float(step) + relaxed                                                    <L 28>
    var_80 = wp::float(var_31);
    var_81 = wp::add(var_80, var_33);
    // wp::array_store(var_result, var_0, var_81);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_81, adj_result, adj_0, adj_81);
    wp::adj_add(var_80, var_33, adj_80, adj_33, adj_81);
    wp::adj_float(var_31, adj_31, adj_80);
    // adj: result[tid] = float(step) + relaxed                                               <L 28>
    start_while_0:;
    var_37 = (var_35 < var_36);
    if ((var_37) == false) goto end_while_0;
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
    adj_71 = {};
    adj_72 = {};
    adj_73 = {};
    adj_74 = {};
    adj_75 = {};
    adj_76 = {};
    adj_77 = {};
    adj_78 = {};
    adj_79 = {};
        // if margin > float(0.1):                                                            <L 17>
        var_39 = wp::float(var_38);
        var_40 = (var_margin > var_39);
        if (var_40) {
            // proximity = float(0.0)                                                         <L 18>
            var_42 = wp::float(var_41);
            // query = wp.mesh_query_point_no_sign(mesh, p, wp.abs(margin) + 1.0)             <L 19>
            var_43 = wp::abs(var_margin);
            var_45 = wp::add(var_43, var_44);
            var_46 = wp::mesh_query_point_no_sign(var_mesh, var_2, var_45);
            // if query.result:                                                               <L 20>
            var_47 = &((var_46).result);
            var_48 = wp::load(var_47);
            if (var_48) {
                // hit_p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)          <L 21>
                var_49 = &((var_46).face);
                var_50 = &((var_46).u);
                var_51 = &((var_46).v);
                var_53 = wp::load(var_49);
                var_54 = wp::load(var_50);
                var_55 = wp::load(var_51);
                var_52 = wp::mesh_eval_position(var_mesh, var_53, var_54, var_55);
                // proximity = wp.length(hit_p - p)                                           <L 22>
                var_56 = wp::sub(var_52, var_2);
                var_57 = wp::length(var_56);
            }
            var_58 = wp::load(var_47);
            var_60 = wp::load(var_47);
            var_59 = wp::where(var_60, var_57, var_42);
            // chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), proximity)            <L 23>
            var_64 = wp::vec_t<3, wp::float32>(var_61, var_62, var_63);
            var_65 = wp::quat_from_axis_angle(var_64, var_59);
        }
        if (!var_40) {
            // chosen = wp.quat_from_axis_angle(wp.normalize(push_out), margin)               <L 25>
            var_66 = wp::normalize(var_23);
            var_67 = wp::quat_from_axis_angle(var_66, var_margin);
        }
        var_68 = wp::where(var_40, var_65, var_67);
        // relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters) + wp.length(chosen))          <L 26>
        var_70 = wp::mul(var_69, var_33);
        var_72 = wp::float(var_35);
        var_73 = wp::length(var_68);
        var_74 = wp::add(var_72, var_73);
        var_75 = wp::tanh(var_74);
        var_76 = wp::mul(var_71, var_75);
        var_77 = wp::add(var_70, var_76);
        // iters += 1                                                                         <L 27>
        var_79 = wp::add(var_35, var_78);
        wp::assign(var_33, var_77);
        wp::assign(var_35, var_79);
        wp::adj_assign(var_35, var_79, adj_35, adj_79);
        wp::adj_assign(var_33, var_77, adj_33, adj_77);
        wp::adj_add(var_35, var_78, adj_35, adj_78, adj_79);
        // adj: iters += 1                                                                    <L 27>
        wp::adj_add(var_70, var_76, adj_70, adj_76, adj_77);
        wp::adj_mul(var_71, var_75, adj_71, adj_75, adj_76);
        wp::adj_tanh(var_74, var_75, adj_74, adj_75);
        wp::adj_add(var_72, var_73, adj_72, adj_73, adj_74);
        wp::adj_length(var_68, var_73, adj_68, adj_73);
        wp::adj_float(var_35, adj_35, adj_72);
        wp::adj_mul(var_69, var_33, adj_69, adj_33, adj_70);
        // adj: relaxed = 0.5 * relaxed + 0.5 * wp.tanh(float(iters) + wp.length(chosen))     <L 26>
        wp::adj_where(var_40, var_65, var_67, adj_40, adj_65, adj_67, adj_68);
        if (!var_40) {
            wp::adj_quat_from_axis_angle(var_66, var_margin, adj_66, adj_margin, adj_67);
            wp::adj_normalize(var_23, var_66, adj_23, adj_66);
            // adj: chosen = wp.quat_from_axis_angle(wp.normalize(push_out), margin)          <L 25>
        }
        if (var_40) {
            wp::adj_quat_from_axis_angle(var_64, var_59, adj_64, adj_59, adj_65);
            wp::adj_vec_t(var_61, var_62, var_63, adj_61, adj_62, adj_63, adj_64);
            // adj: chosen = wp.quat_from_axis_angle(wp.vec3(0.0, 0.0, 1.0), proximity)       <L 23>
            wp::adj_where(var_60, var_57, var_42, adj_47, adj_57, adj_42, adj_59);
            if (var_58) {
                wp::adj_length(var_56, var_57, adj_56, adj_57);
                wp::adj_sub(var_52, var_2, adj_52, adj_2, adj_56);
                // adj: proximity = wp.length(hit_p - p)                                      <L 22>
                wp::adj_mesh_eval_position(var_mesh, var_53, var_54, var_55, adj_mesh, adj_49, adj_50, adj_51, adj_52);
                adj_46.v += adj_51;
                adj_46.u += adj_50;
                adj_46.face = adj_49;
                // adj: hit_p = wp.mesh_eval_position(mesh, query.face, query.u, query.v)     <L 21>
            }
            adj_46.result = adj_47;
            // adj: if query.result:                                                          <L 20>
            wp::adj_mesh_query_point_no_sign(var_mesh, var_2, var_45, var_46, adj_mesh, adj_2, adj_45, adj_46);
            wp::adj_add(var_43, var_44, adj_43, adj_44, adj_45);
            wp::adj_abs(var_margin, adj_margin, adj_43);
            // adj: query = wp.mesh_query_point_no_sign(mesh, p, wp.abs(margin) + 1.0)        <L 19>
            wp::adj_float(var_41, adj_41, adj_42);
            // adj: proximity = float(0.0)                                                    <L 18>
        }
        wp::adj_float(var_38, adj_38, adj_39);
        // adj: if margin > float(0.1):                                                       <L 17>
    goto start_while_0;
    end_while_0:;
    // adj: while iters < 4:                                                                  <L 16>
    // adj: iters = int(0)                                                                    <L 15>
    wp::adj_float(var_32, adj_32, adj_33);
    // adj: relaxed = float(wp.sign(margin))                                                  <L 14>
    wp::adj_clamp(var_27, var_28, var_29, adj_27, adj_28, adj_29, adj_30);
    wp::adj_where(var_25, var_margin, var_26, adj_25, adj_margin, adj_26, adj_27);
    // adj: step = wp.uint16(wp.clamp(wp.where(wp.isfinite(margin), margin, 0.0), 0.0, 100.0))  <L 13>
    wp::adj_where(var_24, var_20, var_5, adj_8, adj_20, adj_5, adj_23);
    if (var_22) {
        wp::adj_mul(var_18, var_21, adj_18, adj_19, adj_20);
        adj_7.sign += adj_19;
        wp::adj_normalize(var_17, var_18, adj_17, adj_18);
        wp::adj_sub(var_2, var_13, adj_2, adj_13, adj_17);
        // adj: push_out = wp.normalize(p - closest) * sq.sign                                <L 12>
        wp::adj_mesh_eval_position(var_mesh, var_14, var_15, var_16, adj_mesh, adj_10, adj_11, adj_12, adj_13);
        adj_7.v += adj_12;
        adj_7.u += adj_11;
        adj_7.face = adj_10;
        // adj: closest = wp.mesh_eval_position(mesh, sq.face, sq.u, sq.v)                    <L 11>
    }
    adj_7.result = adj_8;
    // adj: if sq.result:                                                                     <L 10>
    wp::adj_mesh_query_point(var_mesh, var_2, var_6, var_7, adj_mesh, adj_2, adj_6, adj_7);
    // adj: sq = wp.mesh_query_point(mesh, p, 10.0)                                           <L 9>
    wp::adj_vec_t(var_4, adj_4, adj_5);
    // adj: push_out = wp.vec3(0.0)                                                           <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[tid]                                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def project_to_surface(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):  <L 5>
    return;
}



struct project_to_surface_378b0e21_cpu_block_payload_forward
{
    wp_args_project_to_surface_378b0e21* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void project_to_surface_378b0e21_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    project_to_surface_378b0e21_cpu_block_payload_forward* payload = (project_to_surface_378b0e21_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    project_to_surface_378b0e21_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void project_to_surface_378b0e21_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_to_surface_378b0e21 *_wp_args)
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
        project_to_surface_378b0e21_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &project_to_surface_378b0e21_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct project_to_surface_378b0e21_cpu_block_payload_backward
{
    wp_args_project_to_surface_378b0e21* args;
    wp_args_project_to_surface_378b0e21* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void project_to_surface_378b0e21_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    project_to_surface_378b0e21_cpu_block_payload_backward* payload = (project_to_surface_378b0e21_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    project_to_surface_378b0e21_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void project_to_surface_378b0e21_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_project_to_surface_378b0e21 *_wp_args,
    wp_args_project_to_surface_378b0e21 *_wp_adj_args)
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
        project_to_surface_378b0e21_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &project_to_surface_378b0e21_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

