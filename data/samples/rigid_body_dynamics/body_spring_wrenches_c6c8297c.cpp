// Warp 1.19.0 cpu code for body_spring_wrenches_c6c8297c.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_body_spring_wrenches_7fa2a3a9 {
    wp::array_t<wp::int32> world_spring_start;
    wp::array_t<wp::int32> world_spring_count;
    wp::array_t<wp::int32> spring_parent;
    wp::array_t<wp::int32> spring_child;
    wp::array_t<wp::vec_t<3, wp::float32>> spring_parent_anchor;
    wp::array_t<wp::vec_t<3, wp::float32>> spring_child_anchor;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::float32> spring_length0;
    wp::array_t<wp::float32> spring_ke;
    wp::array_t<wp::float32> spring_damping;
    wp::int32 spring_count;
    wp::float32 max_spring_force;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f;
};


template <bool wp_linear_contiguous>
static void body_spring_wrenches_7fa2a3a9_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_spring_start = _wp_args->world_spring_start;
    wp::array_t<wp::int32> var_world_spring_count = _wp_args->world_spring_count;
    wp::array_t<wp::int32> var_spring_parent = _wp_args->spring_parent;
    wp::array_t<wp::int32> var_spring_child = _wp_args->spring_child;
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_parent_anchor = _wp_args->spring_parent_anchor;
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_child_anchor = _wp_args->spring_child_anchor;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::float32> var_spring_length0 = _wp_args->spring_length0;
    wp::array_t<wp::float32> var_spring_ke = _wp_args->spring_ke;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::int32 var_spring_count = _wp_args->spring_count;
    wp::float32 var_max_spring_force = _wp_args->max_spring_force;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
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
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<6, wp::float32> var_36;
    wp::vec_t<6, wp::float32> var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    wp::transform_t<wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::transform_t<wp::float32> var_42;
    wp::vec_t<6, wp::float32>* var_43;
    wp::vec_t<6, wp::float32> var_44;
    wp::vec_t<6, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<6, wp::float32> var_47;
    const wp::int32 var_48 = 0;
    bool var_49;
    wp::transform_t<wp::float32>* var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::transform_t<wp::float32> var_52;
    wp::vec_t<6, wp::float32>* var_53;
    wp::vec_t<6, wp::float32> var_54;
    wp::vec_t<6, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<6, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 1e-06;
    bool var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    const wp::int32 var_80 = 0;
    bool var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<6, wp::float32> var_83;
    wp::vec_t<6, wp::float32> var_84;
    const wp::int32 var_85 = 0;
    bool var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<6, wp::float32> var_88;
    wp::vec_t<6, wp::float32> var_89;
    //---------
    // forward
    // def body_spring_wrenches(                                                              <L 5>
    // world, s = wp.tid()                                                                    <L 21>
    builtin_tid2d(var_0, var_1);
    // if s >= spring_count or s >= world_spring_count[world]:                                <L 22>
    var_3 = (var_1 >= var_spring_count);
    var_2 = var_3;
    if (!var_2) {
        var_4 = wp::address(var_world_spring_count, var_0);
        var_6 = wp::load(var_4);
        var_5 = (var_1 >= var_6);
        var_2 = var_2 || var_5;
    }
    if (var_2) {
        // return                                                                             <L 23>
        return;
    }
    // spring = world_spring_start[world] + s                                                 <L 24>
    var_7 = wp::address(var_world_spring_start, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_1);
    // a = spring_parent[spring]                                                              <L 25>
    var_10 = wp::address(var_spring_parent, var_8);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // b = spring_child[spring]                                                               <L 26>
    var_13 = wp::address(var_spring_child, var_8);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // if a < 0 and b < 0:                                                                    <L 27>
    var_18 = (var_11 < var_17);
    var_16 = var_18;
    if (var_16) {
        var_20 = (var_14 < var_19);
        var_16 = var_16 && var_20;
    }
    if (var_16) {
        // return                                                                             <L 28>
        return;
    }
    // rest_length_cur = spring_length0[spring]                                               <L 29>
    var_21 = wp::address(var_spring_length0, var_8);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // ke = spring_ke[spring]                                                                 <L 30>
    var_24 = wp::address(var_spring_ke, var_8);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // kd = spring_damping[spring]                                                            <L 31>
    var_27 = wp::address(var_spring_damping, var_8);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // p_a = spring_parent_anchor[spring]                                                     <L 32>
    var_30 = wp::address(var_spring_parent_anchor, var_8);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // p_b = spring_child_anchor[spring]                                                      <L 33>
    var_33 = wp::address(var_spring_child_anchor, var_8);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // twist_a = wp.spatial_vector()                                                          <L 34>
    var_36 = wp::vec_t<6, wp::float32>();
    // twist_b = wp.spatial_vector()                                                          <L 35>
    var_37 = wp::vec_t<6, wp::float32>();
    // if a >= 0:                                                                             <L 36>
    var_39 = (var_11 >= var_38);
    if (var_39) {
        // p_a = wp.transform_point(body_q[a], p_a)                                           <L 37>
        var_40 = wp::address(var_body_q, var_11);
        var_42 = wp::load(var_40);
        var_41 = wp::transform_point(var_42, var_31);
        // twist_a = body_qd[a]                                                               <L 38>
        var_43 = wp::address(var_body_qd, var_11);
        var_45 = wp::load(var_43);
        var_44 = wp::copy(var_45);
    }
    var_46 = wp::where(var_39, var_41, var_31);
    var_47 = wp::where(var_39, var_44, var_36);
    // if b >= 0:                                                                             <L 39>
    var_49 = (var_14 >= var_48);
    if (var_49) {
        // p_b = wp.transform_point(body_q[b], p_b)                                           <L 40>
        var_50 = wp::address(var_body_q, var_14);
        var_52 = wp::load(var_50);
        var_51 = wp::transform_point(var_52, var_34);
        // twist_b = body_qd[b]                                                               <L 41>
        var_53 = wp::address(var_body_qd, var_14);
        var_55 = wp::load(var_53);
        var_54 = wp::copy(var_55);
    }
    var_56 = wp::where(var_49, var_51, var_34);
    var_57 = wp::where(var_49, var_54, var_37);
    // d = p_b - p_a                                                                          <L 42>
    var_58 = wp::sub(var_56, var_46);
    // length = wp.length(d)                                                                  <L 43>
    var_59 = wp::length(var_58);
    // if length < 1.0e-6:                                                                    <L 44>
    var_61 = (var_59 < var_60);
    if (var_61) {
        // return                                                                             <L 45>
        return;
    }
    // n = d / length                                                                         <L 46>
    var_62 = wp::div(var_58, var_59);
    // stretch = length - rest_length_cur                                                     <L 47>
    var_63 = wp::sub(var_59, var_22);
    // tension = ke * stretch                                                                 <L 48>
    var_64 = wp::mul(var_25, var_63);
    // v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)              <L 49>
    var_65 = wp::spatial_bottom(var_47);
    var_66 = wp::spatial_top(var_47);
    var_67 = wp::cross(var_66, var_46);
    var_68 = wp::add(var_65, var_67);
    // v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)              <L 50>
    var_69 = wp::spatial_bottom(var_57);
    var_70 = wp::spatial_top(var_57);
    var_71 = wp::cross(var_70, var_56);
    var_72 = wp::add(var_69, var_71);
    // tension += kd * wp.dot(n, v_b - v_a)                                                   <L 51>
    var_73 = wp::sub(var_72, var_68);
    var_74 = wp::dot(var_62, var_73);
    var_75 = wp::mul(var_28, var_74);
    var_76 = wp::add(var_64, var_75);
    // tension = wp.clamp(tension, -max_spring_force, max_spring_force)                       <L 52>
    var_77 = wp::neg(var_max_spring_force);
    var_78 = wp::clamp(var_76, var_77, var_max_spring_force);
    // f = n * tension                                                                        <L 53>
    var_79 = wp::mul(var_62, var_78);
    // if a >= 0:                                                                             <L 54>
    var_81 = (var_11 >= var_80);
    if (var_81) {
        // wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(p_a, f), f))                   <L 55>
        var_82 = wp::cross(var_46, var_79);
        var_83 = wp::vec_t<6, wp::float32>(var_82, var_79);
        var_84 = wp::atomic_add(var_body_f, var_11, var_83);
    }
    // if b >= 0:                                                                             <L 56>
    var_86 = (var_14 >= var_85);
    if (var_86) {
        // wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(p_b, f), f))                   <L 57>
        var_87 = wp::cross(var_56, var_79);
        var_88 = wp::vec_t<6, wp::float32>(var_87, var_79);
        var_89 = wp::atomic_sub(var_body_f, var_14, var_88);
    }
}



template <bool wp_linear_contiguous>
static void body_spring_wrenches_7fa2a3a9_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_world_spring_start = _wp_args->world_spring_start;
    wp::array_t<wp::int32> var_world_spring_count = _wp_args->world_spring_count;
    wp::array_t<wp::int32> var_spring_parent = _wp_args->spring_parent;
    wp::array_t<wp::int32> var_spring_child = _wp_args->spring_child;
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_parent_anchor = _wp_args->spring_parent_anchor;
    wp::array_t<wp::vec_t<3, wp::float32>> var_spring_child_anchor = _wp_args->spring_child_anchor;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::float32> var_spring_length0 = _wp_args->spring_length0;
    wp::array_t<wp::float32> var_spring_ke = _wp_args->spring_ke;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::int32 var_spring_count = _wp_args->spring_count;
    wp::float32 var_max_spring_force = _wp_args->max_spring_force;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f = _wp_args->body_f;
    wp::array_t<wp::int32> adj_world_spring_start = _wp_adj_args->world_spring_start;
    wp::array_t<wp::int32> adj_world_spring_count = _wp_adj_args->world_spring_count;
    wp::array_t<wp::int32> adj_spring_parent = _wp_adj_args->spring_parent;
    wp::array_t<wp::int32> adj_spring_child = _wp_adj_args->spring_child;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_spring_parent_anchor = _wp_adj_args->spring_parent_anchor;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_spring_child_anchor = _wp_adj_args->spring_child_anchor;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::float32> adj_spring_length0 = _wp_adj_args->spring_length0;
    wp::array_t<wp::float32> adj_spring_ke = _wp_adj_args->spring_ke;
    wp::array_t<wp::float32> adj_spring_damping = _wp_adj_args->spring_damping;
    wp::int32 adj_spring_count = _wp_adj_args->spring_count;
    wp::float32 adj_max_spring_force = _wp_adj_args->max_spring_force;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f = _wp_adj_args->body_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
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
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    bool var_16;
    const wp::int32 var_17 = 0;
    bool var_18;
    const wp::int32 var_19 = 0;
    bool var_20;
    wp::float32* var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::float32* var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32* var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::vec_t<6, wp::float32> var_36;
    wp::vec_t<6, wp::float32> var_37;
    const wp::int32 var_38 = 0;
    bool var_39;
    wp::transform_t<wp::float32>* var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::transform_t<wp::float32> var_42;
    wp::vec_t<6, wp::float32>* var_43;
    wp::vec_t<6, wp::float32> var_44;
    wp::vec_t<6, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<6, wp::float32> var_47;
    const wp::int32 var_48 = 0;
    bool var_49;
    wp::transform_t<wp::float32>* var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::transform_t<wp::float32> var_52;
    wp::vec_t<6, wp::float32>* var_53;
    wp::vec_t<6, wp::float32> var_54;
    wp::vec_t<6, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<6, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    wp::float32 var_59;
    const wp::float32 var_60 = 1e-06;
    bool var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::float32 var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    wp::vec_t<3, wp::float32> var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<3, wp::float32> var_68;
    wp::vec_t<3, wp::float32> var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::float32 var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    const wp::int32 var_80 = 0;
    bool var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::vec_t<6, wp::float32> var_83;
    wp::vec_t<6, wp::float32> var_84;
    const wp::int32 var_85 = 0;
    bool var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<6, wp::float32> var_88;
    wp::vec_t<6, wp::float32> var_89;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    bool adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    bool adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::vec_t<6, wp::float32> adj_36 = {};
    wp::vec_t<6, wp::float32> adj_37 = {};
    wp::int32 adj_38 = {};
    bool adj_39 = {};
    wp::transform_t<wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::transform_t<wp::float32> adj_42 = {};
    wp::vec_t<6, wp::float32> adj_43 = {};
    wp::vec_t<6, wp::float32> adj_44 = {};
    wp::vec_t<6, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<6, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    bool adj_49 = {};
    wp::transform_t<wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::transform_t<wp::float32> adj_52 = {};
    wp::vec_t<6, wp::float32> adj_53 = {};
    wp::vec_t<6, wp::float32> adj_54 = {};
    wp::vec_t<6, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<6, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    bool adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::vec_t<3, wp::float32> adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<3, wp::float32> adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::float32 adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::int32 adj_80 = {};
    bool adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::vec_t<6, wp::float32> adj_83 = {};
    wp::vec_t<6, wp::float32> adj_84 = {};
    wp::int32 adj_85 = {};
    bool adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::vec_t<6, wp::float32> adj_88 = {};
    wp::vec_t<6, wp::float32> adj_89 = {};
    //---------
    // forward
    // def body_spring_wrenches(                                                              <L 5>
    // world, s = wp.tid()                                                                    <L 21>
    builtin_tid2d(var_0, var_1);
    // if s >= spring_count or s >= world_spring_count[world]:                                <L 22>
    var_3 = (var_1 >= var_spring_count);
    var_2 = var_3;
    if (!var_2) {
        var_4 = wp::address(var_world_spring_count, var_0);
        var_6 = wp::load(var_4);
        var_5 = (var_1 >= var_6);
        var_2 = var_2 || var_5;
    }
    if (var_2) {
        // return                                                                             <L 23>
        goto label0;
    }
    // spring = world_spring_start[world] + s                                                 <L 24>
    var_7 = wp::address(var_world_spring_start, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_1);
    // a = spring_parent[spring]                                                              <L 25>
    var_10 = wp::address(var_spring_parent, var_8);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // b = spring_child[spring]                                                               <L 26>
    var_13 = wp::address(var_spring_child, var_8);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // if a < 0 and b < 0:                                                                    <L 27>
    var_18 = (var_11 < var_17);
    var_16 = var_18;
    if (var_16) {
        var_20 = (var_14 < var_19);
        var_16 = var_16 && var_20;
    }
    if (var_16) {
        // return                                                                             <L 28>
        goto label1;
    }
    // rest_length_cur = spring_length0[spring]                                               <L 29>
    var_21 = wp::address(var_spring_length0, var_8);
    var_23 = wp::load(var_21);
    var_22 = wp::copy(var_23);
    // ke = spring_ke[spring]                                                                 <L 30>
    var_24 = wp::address(var_spring_ke, var_8);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // kd = spring_damping[spring]                                                            <L 31>
    var_27 = wp::address(var_spring_damping, var_8);
    var_29 = wp::load(var_27);
    var_28 = wp::copy(var_29);
    // p_a = spring_parent_anchor[spring]                                                     <L 32>
    var_30 = wp::address(var_spring_parent_anchor, var_8);
    var_32 = wp::load(var_30);
    var_31 = wp::copy(var_32);
    // p_b = spring_child_anchor[spring]                                                      <L 33>
    var_33 = wp::address(var_spring_child_anchor, var_8);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // twist_a = wp.spatial_vector()                                                          <L 34>
    var_36 = wp::vec_t<6, wp::float32>();
    // twist_b = wp.spatial_vector()                                                          <L 35>
    var_37 = wp::vec_t<6, wp::float32>();
    // if a >= 0:                                                                             <L 36>
    var_39 = (var_11 >= var_38);
    if (var_39) {
        // p_a = wp.transform_point(body_q[a], p_a)                                           <L 37>
        var_40 = wp::address(var_body_q, var_11);
        var_42 = wp::load(var_40);
        var_41 = wp::transform_point(var_42, var_31);
        // twist_a = body_qd[a]                                                               <L 38>
        var_43 = wp::address(var_body_qd, var_11);
        var_45 = wp::load(var_43);
        var_44 = wp::copy(var_45);
    }
    var_46 = wp::where(var_39, var_41, var_31);
    var_47 = wp::where(var_39, var_44, var_36);
    // if b >= 0:                                                                             <L 39>
    var_49 = (var_14 >= var_48);
    if (var_49) {
        // p_b = wp.transform_point(body_q[b], p_b)                                           <L 40>
        var_50 = wp::address(var_body_q, var_14);
        var_52 = wp::load(var_50);
        var_51 = wp::transform_point(var_52, var_34);
        // twist_b = body_qd[b]                                                               <L 41>
        var_53 = wp::address(var_body_qd, var_14);
        var_55 = wp::load(var_53);
        var_54 = wp::copy(var_55);
    }
    var_56 = wp::where(var_49, var_51, var_34);
    var_57 = wp::where(var_49, var_54, var_37);
    // d = p_b - p_a                                                                          <L 42>
    var_58 = wp::sub(var_56, var_46);
    // length = wp.length(d)                                                                  <L 43>
    var_59 = wp::length(var_58);
    // if length < 1.0e-6:                                                                    <L 44>
    var_61 = (var_59 < var_60);
    if (var_61) {
        // return                                                                             <L 45>
        goto label2;
    }
    // n = d / length                                                                         <L 46>
    var_62 = wp::div(var_58, var_59);
    // stretch = length - rest_length_cur                                                     <L 47>
    var_63 = wp::sub(var_59, var_22);
    // tension = ke * stretch                                                                 <L 48>
    var_64 = wp::mul(var_25, var_63);
    // v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)              <L 49>
    var_65 = wp::spatial_bottom(var_47);
    var_66 = wp::spatial_top(var_47);
    var_67 = wp::cross(var_66, var_46);
    var_68 = wp::add(var_65, var_67);
    // v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)              <L 50>
    var_69 = wp::spatial_bottom(var_57);
    var_70 = wp::spatial_top(var_57);
    var_71 = wp::cross(var_70, var_56);
    var_72 = wp::add(var_69, var_71);
    // tension += kd * wp.dot(n, v_b - v_a)                                                   <L 51>
    var_73 = wp::sub(var_72, var_68);
    var_74 = wp::dot(var_62, var_73);
    var_75 = wp::mul(var_28, var_74);
    var_76 = wp::add(var_64, var_75);
    // tension = wp.clamp(tension, -max_spring_force, max_spring_force)                       <L 52>
    var_77 = wp::neg(var_max_spring_force);
    var_78 = wp::clamp(var_76, var_77, var_max_spring_force);
    // f = n * tension                                                                        <L 53>
    var_79 = wp::mul(var_62, var_78);
    // if a >= 0:                                                                             <L 54>
    var_81 = (var_11 >= var_80);
    if (var_81) {
        // wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(p_a, f), f))                   <L 55>
        var_82 = wp::cross(var_46, var_79);
        var_83 = wp::vec_t<6, wp::float32>(var_82, var_79);
        // var_84 = wp::atomic_add(var_body_f, var_11, var_83);
    }
    // if b >= 0:                                                                             <L 56>
    var_86 = (var_14 >= var_85);
    if (var_86) {
        // wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(p_b, f), f))                   <L 57>
        var_87 = wp::cross(var_56, var_79);
        var_88 = wp::vec_t<6, wp::float32>(var_87, var_79);
        // var_89 = wp::atomic_sub(var_body_f, var_14, var_88);
    }
    //---------
    // reverse
    if (var_86) {
        wp::adj_atomic_sub(var_body_f, var_14, var_88, adj_body_f, adj_14, adj_88, adj_89);
        wp::adj_vec_t(var_87, var_79, adj_87, adj_79, adj_88);
        wp::adj_cross(var_56, var_79, adj_56, adj_79, adj_87);
        // adj: wp.atomic_sub(body_f, b, wp.spatial_vector(wp.cross(p_b, f), f))              <L 57>
    }
    // adj: if b >= 0:                                                                        <L 56>
    if (var_81) {
        wp::adj_atomic_add(var_body_f, var_11, var_83, adj_body_f, adj_11, adj_83, adj_84);
        wp::adj_vec_t(var_82, var_79, adj_82, adj_79, adj_83);
        wp::adj_cross(var_46, var_79, adj_46, adj_79, adj_82);
        // adj: wp.atomic_add(body_f, a, wp.spatial_vector(wp.cross(p_a, f), f))              <L 55>
    }
    // adj: if a >= 0:                                                                        <L 54>
    wp::adj_mul(var_62, var_78, adj_62, adj_78, adj_79);
    // adj: f = n * tension                                                                   <L 53>
    wp::adj_clamp(var_76, var_77, var_max_spring_force, adj_76, adj_77, adj_max_spring_force, adj_78);
    wp::adj_neg(var_max_spring_force, adj_max_spring_force, adj_77);
    // adj: tension = wp.clamp(tension, -max_spring_force, max_spring_force)                  <L 52>
    wp::adj_add(var_64, var_75, adj_64, adj_75, adj_76);
    wp::adj_mul(var_28, var_74, adj_28, adj_74, adj_75);
    wp::adj_dot(var_62, var_73, adj_62, adj_73, adj_74);
    wp::adj_sub(var_72, var_68, adj_72, adj_68, adj_73);
    // adj: tension += kd * wp.dot(n, v_b - v_a)                                              <L 51>
    wp::adj_add(var_69, var_71, adj_69, adj_71, adj_72);
    wp::adj_cross(var_70, var_56, adj_70, adj_56, adj_71);
    wp::adj_spatial_top(var_57, adj_57, adj_70);
    wp::adj_spatial_bottom(var_57, adj_57, adj_69);
    // adj: v_b = wp.spatial_bottom(twist_b) + wp.cross(wp.spatial_top(twist_b), p_b)         <L 50>
    wp::adj_add(var_65, var_67, adj_65, adj_67, adj_68);
    wp::adj_cross(var_66, var_46, adj_66, adj_46, adj_67);
    wp::adj_spatial_top(var_47, adj_47, adj_66);
    wp::adj_spatial_bottom(var_47, adj_47, adj_65);
    // adj: v_a = wp.spatial_bottom(twist_a) + wp.cross(wp.spatial_top(twist_a), p_a)         <L 49>
    wp::adj_mul(var_25, var_63, adj_25, adj_63, adj_64);
    // adj: tension = ke * stretch                                                            <L 48>
    wp::adj_sub(var_59, var_22, adj_59, adj_22, adj_63);
    // adj: stretch = length - rest_length_cur                                                <L 47>
    wp::adj_div(var_58, var_59, adj_58, adj_59, adj_62);
    // adj: n = d / length                                                                    <L 46>
    if (var_61) {
        label2:;
        // adj: return                                                                        <L 45>
    }
    // adj: if length < 1.0e-6:                                                               <L 44>
    wp::adj_length(var_58, var_59, adj_58, adj_59);
    // adj: length = wp.length(d)                                                             <L 43>
    wp::adj_sub(var_56, var_46, adj_56, adj_46, adj_58);
    // adj: d = p_b - p_a                                                                     <L 42>
    wp::adj_where(var_49, var_54, var_37, adj_49, adj_54, adj_37, adj_57);
    wp::adj_where(var_49, var_51, var_34, adj_49, adj_51, adj_34, adj_56);
    if (var_49) {
        wp::adj_copy(var_55, adj_53, adj_54);
        wp::adj_address(var_body_qd, var_14, adj_body_qd, adj_14, adj_53);
        // adj: twist_b = body_qd[b]                                                          <L 41>
        wp::adj_transform_point(var_52, var_34, adj_50, adj_34, adj_51);
        wp::adj_address(var_body_q, var_14, adj_body_q, adj_14, adj_50);
        // adj: p_b = wp.transform_point(body_q[b], p_b)                                      <L 40>
    }
    // adj: if b >= 0:                                                                        <L 39>
    wp::adj_where(var_39, var_44, var_36, adj_39, adj_44, adj_36, adj_47);
    wp::adj_where(var_39, var_41, var_31, adj_39, adj_41, adj_31, adj_46);
    if (var_39) {
        wp::adj_copy(var_45, adj_43, adj_44);
        wp::adj_address(var_body_qd, var_11, adj_body_qd, adj_11, adj_43);
        // adj: twist_a = body_qd[a]                                                          <L 38>
        wp::adj_transform_point(var_42, var_31, adj_40, adj_31, adj_41);
        wp::adj_address(var_body_q, var_11, adj_body_q, adj_11, adj_40);
        // adj: p_a = wp.transform_point(body_q[a], p_a)                                      <L 37>
    }
    // adj: if a >= 0:                                                                        <L 36>
    // adj: twist_b = wp.spatial_vector()                                                     <L 35>
    // adj: twist_a = wp.spatial_vector()                                                     <L 34>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_spring_child_anchor, var_8, adj_spring_child_anchor, adj_8, adj_33);
    // adj: p_b = spring_child_anchor[spring]                                                 <L 33>
    wp::adj_copy(var_32, adj_30, adj_31);
    wp::adj_address(var_spring_parent_anchor, var_8, adj_spring_parent_anchor, adj_8, adj_30);
    // adj: p_a = spring_parent_anchor[spring]                                                <L 32>
    wp::adj_copy(var_29, adj_27, adj_28);
    wp::adj_address(var_spring_damping, var_8, adj_spring_damping, adj_8, adj_27);
    // adj: kd = spring_damping[spring]                                                       <L 31>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_spring_ke, var_8, adj_spring_ke, adj_8, adj_24);
    // adj: ke = spring_ke[spring]                                                            <L 30>
    wp::adj_copy(var_23, adj_21, adj_22);
    wp::adj_address(var_spring_length0, var_8, adj_spring_length0, adj_8, adj_21);
    // adj: rest_length_cur = spring_length0[spring]                                          <L 29>
    if (var_16) {
        label1:;
        // adj: return                                                                        <L 28>
    }
    if (var_16) {
    }
    // adj: if a < 0 and b < 0:                                                               <L 27>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_spring_child, var_8, adj_spring_child, adj_8, adj_13);
    // adj: b = spring_child[spring]                                                          <L 26>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_spring_parent, var_8, adj_spring_parent, adj_8, adj_10);
    // adj: a = spring_parent[spring]                                                         <L 25>
    wp::adj_add(var_9, var_1, adj_7, adj_1, adj_8);
    wp::adj_address(var_world_spring_start, var_0, adj_world_spring_start, adj_0, adj_7);
    // adj: spring = world_spring_start[world] + s                                            <L 24>
    if (var_2) {
        label0:;
        // adj: return                                                                        <L 23>
    }
    if (!var_2) {
        wp::adj_address(var_world_spring_count, var_0, adj_world_spring_count, adj_0, adj_4);
    }
    // adj: if s >= spring_count or s >= world_spring_count[world]:                           <L 22>
    // adj: world, s = wp.tid()                                                               <L 21>
    // adj: def body_spring_wrenches(                                                         <L 5>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void body_spring_wrenches_7fa2a3a9_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        body_spring_wrenches_7fa2a3a9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void body_spring_wrenches_7fa2a3a9_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    body_spring_wrenches_7fa2a3a9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void body_spring_wrenches_7fa2a3a9_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args)
{
    body_spring_wrenches_7fa2a3a9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void body_spring_wrenches_7fa2a3a9_cpu_backward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        body_spring_wrenches_7fa2a3a9_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void body_spring_wrenches_7fa2a3a9_cpu_backward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    body_spring_wrenches_7fa2a3a9_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void body_spring_wrenches_7fa2a3a9_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_args,
    wp_args_body_spring_wrenches_7fa2a3a9 *_wp_adj_args)
{
    body_spring_wrenches_7fa2a3a9_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

