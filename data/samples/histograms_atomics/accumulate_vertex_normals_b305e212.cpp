// Warp 1.19.0 cpu code for accumulate_vertex_normals_b305e212.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// accumulate_vertex_normals.py:4
static wp::vec_t<3, wp::float32> triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    //---------
    // forward
    // def triangle_normal(p0: wp.vec3, p1: wp.vec3, p2: wp.vec3) -> wp.vec3:                 <L 5>
    // return wp.cross(p1 - p0, p2 - p0)                                                      <L 7>
    var_0 = wp::sub(var_p1, var_p0);
    var_1 = wp::sub(var_p2, var_p0);
    var_2 = wp::cross(var_0, var_1);
    return var_2;
}


// accumulate_vertex_normals.py:40
static wp::float32 dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e_hat)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 41>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 44>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    return var_3;
}


// accumulate_vertex_normals.py:4
static void adj_triangle_normal_0(
    wp::vec_t<3, wp::float32> var_p0,
    wp::vec_t<3, wp::float32> var_p1,
    wp::vec_t<3, wp::float32> var_p2,
    wp::vec_t<3, wp::float32> & adj_p0,
    wp::vec_t<3, wp::float32> & adj_p1,
    wp::vec_t<3, wp::float32> & adj_p2,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// accumulate_vertex_normals.py:40
static void adj_dihedral_angle_0(
    wp::vec_t<3, wp::float32> var_n1,
    wp::vec_t<3, wp::float32> var_n2,
    wp::vec_t<3, wp::float32> var_e_hat,
    wp::vec_t<3, wp::float32> & adj_n1,
    wp::vec_t<3, wp::float32> & adj_n2,
    wp::vec_t<3, wp::float32> & adj_e_hat,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:                 <L 41>
    // return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                       <L 44>
    var_0 = wp::cross(var_n2, var_n1);
    var_1 = wp::dot(var_0, var_e_hat);
    var_2 = wp::dot(var_n1, var_n2);
    var_3 = wp::atan2(var_1, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_atan2(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_dot(var_n1, var_n2, adj_n1, adj_n2, adj_2);
    wp::adj_dot(var_0, var_e_hat, adj_0, adj_e_hat, adj_1);
    wp::adj_cross(var_n2, var_n1, adj_n2, adj_n1, adj_0);
    // adj: return wp.atan2(wp.dot(wp.cross(n2, n1), e_hat), wp.dot(n1, n2))                  <L 44>
    // adj: def dihedral_angle(n1: wp.vec3, n2: wp.vec3, e_hat: wp.vec3) -> float:            <L 41>
    return;
}

struct wp_args_accumulate_vertex_normals_44a6d0b1 {
    wp::array_t<wp::int32> triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> verts;
    wp::int32 num_faces;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_accum;
    wp::array_t<wp::float32> face_areas;
};


template <bool wp_linear_contiguous>
static void accumulate_vertex_normals_44a6d0b1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_vertex_normals_44a6d0b1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_accumulate_vertex_normals_44a6d0b1 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.triangles.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.verts.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.normals_accum.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.face_areas.strides[0] = sizeof(wp::float32);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::int32> var_triangles = _wp_args->triangles;
    wp::array_t<wp::vec_t<3, wp::float32>> var_verts = _wp_args->verts;
    wp::int32 var_num_faces = _wp_args->num_faces;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_accum = _wp_args->normals_accum;
    wp::array_t<wp::float32> var_face_areas = _wp_args->face_areas;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    const wp::int32 var_2 = 3;
    wp::int32 var_3;
    wp::int32* var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    const wp::int32 var_7 = 1;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 2;
    wp::int32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32>* var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32>* var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 1e-12;
    bool var_29;
    const wp::float32 var_30 = 0.5;
    wp::float32 var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    //---------
    // forward
    // def accumulate_vertex_normals(                                                         <L 11>
    // tid = wp.tid()                                                                         <L 18>
    var_0 = builtin_tid1d();
    // if tid >= num_faces:                                                                   <L 19>
    var_1 = (var_0 >= var_num_faces);
    if (var_1) {
        // return                                                                             <L 20>
        return;
    }
    // base = tid * 3                                                                         <L 21>
    var_3 = wp::mul(var_0, var_2);
    // i0 = triangles[base]                                                                   <L 22>
    var_4 = wp::address(var_triangles, var_3);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // i1 = triangles[base + 1]                                                               <L 23>
    var_8 = wp::add(var_3, var_7);
    var_9 = wp::address(var_triangles, var_8);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // i2 = triangles[base + 2]                                                               <L 24>
    var_13 = wp::add(var_3, var_12);
    var_14 = wp::address(var_triangles, var_13);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // p0 = verts[i0]                                                                         <L 25>
    var_17 = wp::address(var_verts, var_5);
    var_19 = wp::load(var_17);
    var_18 = wp::copy(var_19);
    // p1 = verts[i1]                                                                         <L 26>
    var_20 = wp::address(var_verts, var_10);
    var_22 = wp::load(var_20);
    var_21 = wp::copy(var_22);
    // p2 = verts[i2]                                                                         <L 27>
    var_23 = wp::address(var_verts, var_15);
    var_25 = wp::load(var_23);
    var_24 = wp::copy(var_25);
    // n = triangle_normal(p0, p1, p2)                                                        <L 28>
    var_26 = triangle_normal_0(var_18, var_21, var_24);
    // double_area = wp.length(n)                                                             <L 29>
    var_27 = wp::length(var_26);
    // if double_area < 1.0e-12:                                                              <L 30>
    var_29 = (var_27 < var_28);
    if (var_29) {
        // return                                                                             <L 31>
        return;
    }
    // area = 0.5 * double_area                                                               <L 32>
    var_31 = wp::mul(var_30, var_27);
    // n_unit = wp.normalize(n)                                                               <L 33>
    var_32 = wp::normalize(var_26);
    // face_areas[tid] = area                                                                 <L 34>
    wp::array_store(var_face_areas, var_0, var_31);
    // wp.atomic_add(normals_accum, i0, n_unit)                                               <L 35>
    var_33 = wp::atomic_add(var_normals_accum, var_5, var_32);
    // wp.atomic_add(normals_accum, i1, n_unit)                                               <L 36>
    var_34 = wp::atomic_add(var_normals_accum, var_10, var_32);
    // wp.atomic_add(normals_accum, i2, n_unit)                                               <L 37>
    var_35 = wp::atomic_add(var_normals_accum, var_15, var_32);
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void accumulate_vertex_normals_44a6d0b1_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_vertex_normals_44a6d0b1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        accumulate_vertex_normals_44a6d0b1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void accumulate_vertex_normals_44a6d0b1_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_vertex_normals_44a6d0b1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->triangles.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->verts.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->normals_accum.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->face_areas.strides[0] == (int)sizeof(wp::float32)));
    if (wp_linear_contiguous)
        accumulate_vertex_normals_44a6d0b1_cpu_forward_tasks<true>(dim, _wp_args);
    else
        accumulate_vertex_normals_44a6d0b1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_vertex_normals_44a6d0b1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_vertex_normals_44a6d0b1 *_wp_args)
{
    accumulate_vertex_normals_44a6d0b1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_eval_cloth_bending_46babd90 {
    wp::array_t<wp::vec_t<4, wp::int32>> bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> bending_properties;
    wp::array_t<wp::float32> bending_rest_angle;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::float32 delta_time;
    wp::float32 yield_angle;
    wp::array_t<wp::float32> energy;
    wp::array_t<wp::vec_t<3, wp::float32>> velocity_deltas;
    wp::array_t<wp::float32> rest_angle_out;
};


template <bool wp_linear_contiguous>
static void eval_cloth_bending_46babd90_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_cloth_bending_46babd90 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices = _wp_args->bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_bending_properties = _wp_args->bending_properties;
    wp::array_t<wp::float32> var_bending_rest_angle = _wp_args->bending_rest_angle;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_yield_angle = _wp_args->yield_angle;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity_deltas = _wp_args->velocity_deltas;
    wp::array_t<wp::float32> var_rest_angle_out = _wp_args->rest_angle_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = -1;
    bool var_14;
    const wp::int32 var_15 = -1;
    bool var_16;
    wp::float32* var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    bool var_29;
    const wp::int32 var_30 = 0;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32>* var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    const wp::float32 var_59 = 1e-06;
    bool var_60;
    const wp::float32 var_61 = 1e-06;
    bool var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 1.0;
    wp::float32 var_67;
    const wp::float32 var_68 = 1.0;
    wp::float32 var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::float32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::float32 var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::float32 var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::float32 var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32>* var_98;
    wp::float32 var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32>* var_101;
    wp::float32 var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::float32 var_104;
    wp::vec_t<3, wp::float32>* var_105;
    wp::float32 var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::float32 var_108;
    wp::vec_t<3, wp::float32>* var_109;
    wp::float32 var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::int32 var_117 = 0;
    const wp::float32 var_118 = 0.5;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    bool var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32* var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    wp::float32* var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::float32* var_140;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::vec_t<3, wp::float32> var_143;
    wp::vec_t<3, wp::float32> var_144;
    wp::float32* var_145;
    wp::float32 var_146;
    wp::float32 var_147;
    wp::vec_t<3, wp::float32> var_148;
    wp::vec_t<3, wp::float32> var_149;
    //---------
    // forward
    // def eval_cloth_bending(                                                                <L 48>
    // tid = wp.tid()                                                                         <L 61>
    var_0 = builtin_tid1d();
    // quad = bending_indices[tid]                                                            <L 62>
    var_1 = wp::address(var_bending_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // i = quad[0]                                                                            <L 63>
    var_5 = wp::extract(var_2, var_4);
    // j = quad[1]                                                                            <L 64>
    var_7 = wp::extract(var_2, var_6);
    // k = quad[2]                                                                            <L 65>
    var_9 = wp::extract(var_2, var_8);
    // l = quad[3]                                                                            <L 66>
    var_11 = wp::extract(var_2, var_10);
    // if i == -1 or j == -1:                                                                 <L 67>
    var_14 = (var_5 == var_13);
    var_12 = var_14;
    if (!var_12) {
        var_16 = (var_7 == var_15);
        var_12 = var_12 || var_16;
    }
    if (var_12) {
        // return                                                                             <L 68>
        return;
    }
    // if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:       <L 69>
    var_17 = wp::address(var_particle_inv_mass, var_5);
    var_18 = wp::address(var_particle_inv_mass, var_7);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::add(var_20, var_21);
    var_22 = wp::address(var_particle_inv_mass, var_9);
    var_24 = wp::load(var_22);
    var_23 = wp::add(var_19, var_24);
    var_25 = wp::address(var_particle_inv_mass, var_11);
    var_27 = wp::load(var_25);
    var_26 = wp::add(var_23, var_27);
    var_29 = (var_26 == var_28);
    if (var_29) {
        // return                                                                             <L 70>
        return;
    }
    // ke = bending_properties[tid, 0]                                                        <L 71>
    var_31 = wp::address(var_bending_properties, var_0, var_30);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // kd = bending_properties[tid, 1]                                                        <L 72>
    var_35 = wp::address(var_bending_properties, var_0, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::copy(var_37);
    // x_i = points[i]                                                                        <L 73>
    var_38 = wp::address(var_points, var_5);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // x_j = points[j]                                                                        <L 74>
    var_41 = wp::address(var_points, var_7);
    var_43 = wp::load(var_41);
    var_42 = wp::copy(var_43);
    // x_k = points[k]                                                                        <L 75>
    var_44 = wp::address(var_points, var_9);
    var_46 = wp::load(var_44);
    var_45 = wp::copy(var_46);
    // x_l = points[l]                                                                        <L 76>
    var_47 = wp::address(var_points, var_11);
    var_49 = wp::load(var_47);
    var_48 = wp::copy(var_49);
    // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 77>
    var_50 = wp::sub(var_45, var_39);
    var_51 = wp::sub(var_48, var_39);
    var_52 = wp::cross(var_50, var_51);
    // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 78>
    var_53 = wp::sub(var_48, var_42);
    var_54 = wp::sub(var_45, var_42);
    var_55 = wp::cross(var_53, var_54);
    // n1_length = wp.length(n1)                                                              <L 79>
    var_56 = wp::length(var_52);
    // n2_length = wp.length(n2)                                                              <L 80>
    var_57 = wp::length(var_55);
    // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 81>
    var_60 = (var_56 < var_59);
    var_58 = var_60;
    if (!var_58) {
        var_62 = (var_57 < var_61);
        var_58 = var_58 || var_62;
    }
    if (var_58) {
        // return                                                                             <L 82>
        return;
    }
    // e = x_l - x_k                                                                          <L 83>
    var_63 = wp::sub(var_48, var_45);
    // e_length = wp.length(e)                                                                <L 84>
    var_64 = wp::length(var_63);
    // e_hat = e / e_length                                                                   <L 85>
    var_65 = wp::div(var_63, var_64);
    // rcp_n1 = 1.0 / n1_length                                                               <L 86>
    var_67 = wp::div(var_66, var_56);
    // rcp_n2 = 1.0 / n2_length                                                               <L 87>
    var_69 = wp::div(var_68, var_57);
    // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 88>
    var_70 = wp::mul(var_52, var_67);
    var_71 = wp::mul(var_55, var_69);
    var_72 = dihedral_angle_0(var_70, var_71, var_65);
    // dtheta = theta - bending_rest_angle[tid]                                               <L 89>
    var_73 = wp::address(var_bending_rest_angle, var_0);
    var_75 = wp::load(var_73);
    var_74 = wp::sub(var_72, var_75);
    // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 90>
    var_76 = wp::mul(var_67, var_67);
    var_77 = wp::mul(var_52, var_76);
    // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 91>
    var_78 = wp::mul(var_69, var_69);
    var_79 = wp::mul(var_55, var_78);
    // d_i = g1 * e_length                                                                    <L 92>
    var_80 = wp::mul(var_77, var_64);
    // d_j = g2 * e_length                                                                    <L 93>
    var_81 = wp::mul(var_79, var_64);
    // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 94>
    var_82 = wp::sub(var_39, var_48);
    var_83 = wp::dot(var_82, var_65);
    var_84 = wp::mul(var_77, var_83);
    var_85 = wp::sub(var_42, var_48);
    var_86 = wp::dot(var_85, var_65);
    var_87 = wp::mul(var_79, var_86);
    var_88 = wp::add(var_84, var_87);
    // d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)                    <L 95>
    var_89 = wp::sub(var_45, var_39);
    var_90 = wp::dot(var_89, var_65);
    var_91 = wp::mul(var_77, var_90);
    var_92 = wp::sub(var_45, var_42);
    var_93 = wp::dot(var_92, var_65);
    var_94 = wp::mul(var_79, var_93);
    var_95 = wp::add(var_91, var_94);
    // weight = e_length                                                                      <L 96>
    var_96 = wp::copy(var_64);
    // f_elastic = ke * dtheta                                                                <L 97>
    var_97 = wp::mul(var_32, var_74);
    // dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])       <L 98>
    var_98 = wp::address(var_velocities, var_5);
    var_100 = wp::load(var_98);
    var_99 = wp::dot(var_80, var_100);
    var_101 = wp::address(var_velocities, var_7);
    var_103 = wp::load(var_101);
    var_102 = wp::dot(var_81, var_103);
    var_104 = wp::add(var_99, var_102);
    var_105 = wp::address(var_velocities, var_9);
    var_107 = wp::load(var_105);
    var_106 = wp::dot(var_88, var_107);
    var_108 = wp::add(var_104, var_106);
    var_109 = wp::address(var_velocities, var_11);
    var_111 = wp::load(var_109);
    var_110 = wp::dot(var_95, var_111);
    var_112 = wp::add(var_108, var_110);
    // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 99>
    var_113 = wp::neg(var_96);
    var_114 = wp::mul(var_36, var_112);
    var_115 = wp::add(var_97, var_114);
    var_116 = wp::mul(var_113, var_115);
    // wp.atomic_add(energy, 0, 0.5 * weight * ke * dtheta * dtheta)                          <L 100>
    var_119 = wp::mul(var_118, var_96);
    var_120 = wp::mul(var_119, var_32);
    var_121 = wp::mul(var_120, var_74);
    var_122 = wp::mul(var_121, var_74);
    var_123 = wp::atomic_add(var_energy, var_117, var_122);
    // if wp.abs(dtheta) > yield_angle:                                                       <L 101>
    var_124 = wp::abs(var_74);
    var_125 = (var_124 > var_yield_angle);
    if (var_125) {
        // rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle                        <L 102>
        var_126 = wp::sign(var_74);
        var_127 = wp::mul(var_126, var_yield_angle);
        var_128 = wp::sub(var_72, var_127);
        wp::array_store(var_rest_angle_out, var_0, var_128);
    }
    // impulse = f_scale * delta_time                                                         <L 103>
    var_129 = wp::mul(var_116, var_delta_time);
    // wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))              <L 104>
    var_130 = wp::address(var_particle_inv_mass, var_5);
    var_132 = wp::load(var_130);
    var_131 = wp::mul(var_129, var_132);
    var_133 = wp::mul(var_80, var_131);
    var_134 = wp::atomic_add(var_velocity_deltas, var_5, var_133);
    // wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))              <L 105>
    var_135 = wp::address(var_particle_inv_mass, var_7);
    var_137 = wp::load(var_135);
    var_136 = wp::mul(var_129, var_137);
    var_138 = wp::mul(var_81, var_136);
    var_139 = wp::atomic_add(var_velocity_deltas, var_7, var_138);
    // wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))              <L 106>
    var_140 = wp::address(var_particle_inv_mass, var_9);
    var_142 = wp::load(var_140);
    var_141 = wp::mul(var_129, var_142);
    var_143 = wp::mul(var_88, var_141);
    var_144 = wp::atomic_add(var_velocity_deltas, var_9, var_143);
    // wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))              <L 107>
    var_145 = wp::address(var_particle_inv_mass, var_11);
    var_147 = wp::load(var_145);
    var_146 = wp::mul(var_129, var_147);
    var_148 = wp::mul(var_95, var_146);
    var_149 = wp::atomic_add(var_velocity_deltas, var_11, var_148);
}



template <bool wp_linear_contiguous>
static void eval_cloth_bending_46babd90_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_cloth_bending_46babd90 *_wp_args,
    wp_args_eval_cloth_bending_46babd90 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::int32>> var_bending_indices = _wp_args->bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_bending_properties = _wp_args->bending_properties;
    wp::array_t<wp::float32> var_bending_rest_angle = _wp_args->bending_rest_angle;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::float32 var_delta_time = _wp_args->delta_time;
    wp::float32 var_yield_angle = _wp_args->yield_angle;
    wp::array_t<wp::float32> var_energy = _wp_args->energy;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocity_deltas = _wp_args->velocity_deltas;
    wp::array_t<wp::float32> var_rest_angle_out = _wp_args->rest_angle_out;
    wp::array_t<wp::vec_t<4, wp::int32>> adj_bending_indices = _wp_adj_args->bending_indices;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_bending_properties = _wp_adj_args->bending_properties;
    wp::array_t<wp::float32> adj_bending_rest_angle = _wp_adj_args->bending_rest_angle;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::float32 adj_delta_time = _wp_adj_args->delta_time;
    wp::float32 adj_yield_angle = _wp_adj_args->yield_angle;
    wp::array_t<wp::float32> adj_energy = _wp_adj_args->energy;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocity_deltas = _wp_adj_args->velocity_deltas;
    wp::array_t<wp::float32> adj_rest_angle_out = _wp_adj_args->rest_angle_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<4, wp::int32>* var_1;
    wp::vec_t<4, wp::int32> var_2;
    wp::vec_t<4, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    const wp::int32 var_8 = 2;
    wp::int32 var_9;
    const wp::int32 var_10 = 3;
    wp::int32 var_11;
    bool var_12;
    const wp::int32 var_13 = -1;
    bool var_14;
    const wp::int32 var_15 = -1;
    bool var_16;
    wp::float32* var_17;
    wp::float32* var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    bool var_29;
    const wp::int32 var_30 = 0;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::int32 var_34 = 1;
    wp::float32* var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32>* var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32>* var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32>* var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    wp::vec_t<3, wp::float32> var_53;
    wp::vec_t<3, wp::float32> var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::float32 var_56;
    wp::float32 var_57;
    bool var_58;
    const wp::float32 var_59 = 1e-06;
    bool var_60;
    const wp::float32 var_61 = 1e-06;
    bool var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::float32 var_64;
    wp::vec_t<3, wp::float32> var_65;
    const wp::float32 var_66 = 1.0;
    wp::float32 var_67;
    const wp::float32 var_68 = 1.0;
    wp::float32 var_69;
    wp::vec_t<3, wp::float32> var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::float32 var_72;
    wp::float32* var_73;
    wp::float32 var_74;
    wp::float32 var_75;
    wp::float32 var_76;
    wp::vec_t<3, wp::float32> var_77;
    wp::float32 var_78;
    wp::vec_t<3, wp::float32> var_79;
    wp::vec_t<3, wp::float32> var_80;
    wp::vec_t<3, wp::float32> var_81;
    wp::vec_t<3, wp::float32> var_82;
    wp::float32 var_83;
    wp::vec_t<3, wp::float32> var_84;
    wp::vec_t<3, wp::float32> var_85;
    wp::float32 var_86;
    wp::vec_t<3, wp::float32> var_87;
    wp::vec_t<3, wp::float32> var_88;
    wp::vec_t<3, wp::float32> var_89;
    wp::float32 var_90;
    wp::vec_t<3, wp::float32> var_91;
    wp::vec_t<3, wp::float32> var_92;
    wp::float32 var_93;
    wp::vec_t<3, wp::float32> var_94;
    wp::vec_t<3, wp::float32> var_95;
    wp::float32 var_96;
    wp::float32 var_97;
    wp::vec_t<3, wp::float32>* var_98;
    wp::float32 var_99;
    wp::vec_t<3, wp::float32> var_100;
    wp::vec_t<3, wp::float32>* var_101;
    wp::float32 var_102;
    wp::vec_t<3, wp::float32> var_103;
    wp::float32 var_104;
    wp::vec_t<3, wp::float32>* var_105;
    wp::float32 var_106;
    wp::vec_t<3, wp::float32> var_107;
    wp::float32 var_108;
    wp::vec_t<3, wp::float32>* var_109;
    wp::float32 var_110;
    wp::vec_t<3, wp::float32> var_111;
    wp::float32 var_112;
    wp::float32 var_113;
    wp::float32 var_114;
    wp::float32 var_115;
    wp::float32 var_116;
    const wp::int32 var_117 = 0;
    const wp::float32 var_118 = 0.5;
    wp::float32 var_119;
    wp::float32 var_120;
    wp::float32 var_121;
    wp::float32 var_122;
    wp::float32 var_123;
    wp::float32 var_124;
    bool var_125;
    wp::float32 var_126;
    wp::float32 var_127;
    wp::float32 var_128;
    wp::float32 var_129;
    wp::float32* var_130;
    wp::float32 var_131;
    wp::float32 var_132;
    wp::vec_t<3, wp::float32> var_133;
    wp::vec_t<3, wp::float32> var_134;
    wp::float32* var_135;
    wp::float32 var_136;
    wp::float32 var_137;
    wp::vec_t<3, wp::float32> var_138;
    wp::vec_t<3, wp::float32> var_139;
    wp::float32* var_140;
    wp::float32 var_141;
    wp::float32 var_142;
    wp::vec_t<3, wp::float32> var_143;
    wp::vec_t<3, wp::float32> var_144;
    wp::float32* var_145;
    wp::float32 var_146;
    wp::float32 var_147;
    wp::vec_t<3, wp::float32> var_148;
    wp::vec_t<3, wp::float32> var_149;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<4, wp::int32> adj_1 = {};
    wp::vec_t<4, wp::int32> adj_2 = {};
    wp::vec_t<4, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::int32 adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::vec_t<3, wp::float32> adj_53 = {};
    wp::vec_t<3, wp::float32> adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    bool adj_58 = {};
    wp::float32 adj_59 = {};
    bool adj_60 = {};
    wp::float32 adj_61 = {};
    bool adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::float32 adj_64 = {};
    wp::vec_t<3, wp::float32> adj_65 = {};
    wp::float32 adj_66 = {};
    wp::float32 adj_67 = {};
    wp::float32 adj_68 = {};
    wp::float32 adj_69 = {};
    wp::vec_t<3, wp::float32> adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::float32 adj_72 = {};
    wp::float32 adj_73 = {};
    wp::float32 adj_74 = {};
    wp::float32 adj_75 = {};
    wp::float32 adj_76 = {};
    wp::vec_t<3, wp::float32> adj_77 = {};
    wp::float32 adj_78 = {};
    wp::vec_t<3, wp::float32> adj_79 = {};
    wp::vec_t<3, wp::float32> adj_80 = {};
    wp::vec_t<3, wp::float32> adj_81 = {};
    wp::vec_t<3, wp::float32> adj_82 = {};
    wp::float32 adj_83 = {};
    wp::vec_t<3, wp::float32> adj_84 = {};
    wp::vec_t<3, wp::float32> adj_85 = {};
    wp::float32 adj_86 = {};
    wp::vec_t<3, wp::float32> adj_87 = {};
    wp::vec_t<3, wp::float32> adj_88 = {};
    wp::vec_t<3, wp::float32> adj_89 = {};
    wp::float32 adj_90 = {};
    wp::vec_t<3, wp::float32> adj_91 = {};
    wp::vec_t<3, wp::float32> adj_92 = {};
    wp::float32 adj_93 = {};
    wp::vec_t<3, wp::float32> adj_94 = {};
    wp::vec_t<3, wp::float32> adj_95 = {};
    wp::float32 adj_96 = {};
    wp::float32 adj_97 = {};
    wp::vec_t<3, wp::float32> adj_98 = {};
    wp::float32 adj_99 = {};
    wp::vec_t<3, wp::float32> adj_100 = {};
    wp::vec_t<3, wp::float32> adj_101 = {};
    wp::float32 adj_102 = {};
    wp::vec_t<3, wp::float32> adj_103 = {};
    wp::float32 adj_104 = {};
    wp::vec_t<3, wp::float32> adj_105 = {};
    wp::float32 adj_106 = {};
    wp::vec_t<3, wp::float32> adj_107 = {};
    wp::float32 adj_108 = {};
    wp::vec_t<3, wp::float32> adj_109 = {};
    wp::float32 adj_110 = {};
    wp::vec_t<3, wp::float32> adj_111 = {};
    wp::float32 adj_112 = {};
    wp::float32 adj_113 = {};
    wp::float32 adj_114 = {};
    wp::float32 adj_115 = {};
    wp::float32 adj_116 = {};
    wp::int32 adj_117 = {};
    wp::float32 adj_118 = {};
    wp::float32 adj_119 = {};
    wp::float32 adj_120 = {};
    wp::float32 adj_121 = {};
    wp::float32 adj_122 = {};
    wp::float32 adj_123 = {};
    wp::float32 adj_124 = {};
    bool adj_125 = {};
    wp::float32 adj_126 = {};
    wp::float32 adj_127 = {};
    wp::float32 adj_128 = {};
    wp::float32 adj_129 = {};
    wp::float32 adj_130 = {};
    wp::float32 adj_131 = {};
    wp::float32 adj_132 = {};
    wp::vec_t<3, wp::float32> adj_133 = {};
    wp::vec_t<3, wp::float32> adj_134 = {};
    wp::float32 adj_135 = {};
    wp::float32 adj_136 = {};
    wp::float32 adj_137 = {};
    wp::vec_t<3, wp::float32> adj_138 = {};
    wp::vec_t<3, wp::float32> adj_139 = {};
    wp::float32 adj_140 = {};
    wp::float32 adj_141 = {};
    wp::float32 adj_142 = {};
    wp::vec_t<3, wp::float32> adj_143 = {};
    wp::vec_t<3, wp::float32> adj_144 = {};
    wp::float32 adj_145 = {};
    wp::float32 adj_146 = {};
    wp::float32 adj_147 = {};
    wp::vec_t<3, wp::float32> adj_148 = {};
    wp::vec_t<3, wp::float32> adj_149 = {};
    //---------
    // forward
    // def eval_cloth_bending(                                                                <L 48>
    // tid = wp.tid()                                                                         <L 61>
    var_0 = builtin_tid1d();
    // quad = bending_indices[tid]                                                            <L 62>
    var_1 = wp::address(var_bending_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // i = quad[0]                                                                            <L 63>
    var_5 = wp::extract(var_2, var_4);
    // j = quad[1]                                                                            <L 64>
    var_7 = wp::extract(var_2, var_6);
    // k = quad[2]                                                                            <L 65>
    var_9 = wp::extract(var_2, var_8);
    // l = quad[3]                                                                            <L 66>
    var_11 = wp::extract(var_2, var_10);
    // if i == -1 or j == -1:                                                                 <L 67>
    var_14 = (var_5 == var_13);
    var_12 = var_14;
    if (!var_12) {
        var_16 = (var_7 == var_15);
        var_12 = var_12 || var_16;
    }
    if (var_12) {
        // return                                                                             <L 68>
        goto label0;
    }
    // if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:       <L 69>
    var_17 = wp::address(var_particle_inv_mass, var_5);
    var_18 = wp::address(var_particle_inv_mass, var_7);
    var_20 = wp::load(var_17);
    var_21 = wp::load(var_18);
    var_19 = wp::add(var_20, var_21);
    var_22 = wp::address(var_particle_inv_mass, var_9);
    var_24 = wp::load(var_22);
    var_23 = wp::add(var_19, var_24);
    var_25 = wp::address(var_particle_inv_mass, var_11);
    var_27 = wp::load(var_25);
    var_26 = wp::add(var_23, var_27);
    var_29 = (var_26 == var_28);
    if (var_29) {
        // return                                                                             <L 70>
        goto label1;
    }
    // ke = bending_properties[tid, 0]                                                        <L 71>
    var_31 = wp::address(var_bending_properties, var_0, var_30);
    var_33 = wp::load(var_31);
    var_32 = wp::copy(var_33);
    // kd = bending_properties[tid, 1]                                                        <L 72>
    var_35 = wp::address(var_bending_properties, var_0, var_34);
    var_37 = wp::load(var_35);
    var_36 = wp::copy(var_37);
    // x_i = points[i]                                                                        <L 73>
    var_38 = wp::address(var_points, var_5);
    var_40 = wp::load(var_38);
    var_39 = wp::copy(var_40);
    // x_j = points[j]                                                                        <L 74>
    var_41 = wp::address(var_points, var_7);
    var_43 = wp::load(var_41);
    var_42 = wp::copy(var_43);
    // x_k = points[k]                                                                        <L 75>
    var_44 = wp::address(var_points, var_9);
    var_46 = wp::load(var_44);
    var_45 = wp::copy(var_46);
    // x_l = points[l]                                                                        <L 76>
    var_47 = wp::address(var_points, var_11);
    var_49 = wp::load(var_47);
    var_48 = wp::copy(var_49);
    // n1 = wp.cross(x_k - x_i, x_l - x_i)                                                    <L 77>
    var_50 = wp::sub(var_45, var_39);
    var_51 = wp::sub(var_48, var_39);
    var_52 = wp::cross(var_50, var_51);
    // n2 = wp.cross(x_l - x_j, x_k - x_j)                                                    <L 78>
    var_53 = wp::sub(var_48, var_42);
    var_54 = wp::sub(var_45, var_42);
    var_55 = wp::cross(var_53, var_54);
    // n1_length = wp.length(n1)                                                              <L 79>
    var_56 = wp::length(var_52);
    // n2_length = wp.length(n2)                                                              <L 80>
    var_57 = wp::length(var_55);
    // if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                           <L 81>
    var_60 = (var_56 < var_59);
    var_58 = var_60;
    if (!var_58) {
        var_62 = (var_57 < var_61);
        var_58 = var_58 || var_62;
    }
    if (var_58) {
        // return                                                                             <L 82>
        goto label2;
    }
    // e = x_l - x_k                                                                          <L 83>
    var_63 = wp::sub(var_48, var_45);
    // e_length = wp.length(e)                                                                <L 84>
    var_64 = wp::length(var_63);
    // e_hat = e / e_length                                                                   <L 85>
    var_65 = wp::div(var_63, var_64);
    // rcp_n1 = 1.0 / n1_length                                                               <L 86>
    var_67 = wp::div(var_66, var_56);
    // rcp_n2 = 1.0 / n2_length                                                               <L 87>
    var_69 = wp::div(var_68, var_57);
    // theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                                <L 88>
    var_70 = wp::mul(var_52, var_67);
    var_71 = wp::mul(var_55, var_69);
    var_72 = dihedral_angle_0(var_70, var_71, var_65);
    // dtheta = theta - bending_rest_angle[tid]                                               <L 89>
    var_73 = wp::address(var_bending_rest_angle, var_0);
    var_75 = wp::load(var_73);
    var_74 = wp::sub(var_72, var_75);
    // g1 = n1 * (rcp_n1 * rcp_n1)                                                            <L 90>
    var_76 = wp::mul(var_67, var_67);
    var_77 = wp::mul(var_52, var_76);
    // g2 = n2 * (rcp_n2 * rcp_n2)                                                            <L 91>
    var_78 = wp::mul(var_69, var_69);
    var_79 = wp::mul(var_55, var_78);
    // d_i = g1 * e_length                                                                    <L 92>
    var_80 = wp::mul(var_77, var_64);
    // d_j = g2 * e_length                                                                    <L 93>
    var_81 = wp::mul(var_79, var_64);
    // d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)                    <L 94>
    var_82 = wp::sub(var_39, var_48);
    var_83 = wp::dot(var_82, var_65);
    var_84 = wp::mul(var_77, var_83);
    var_85 = wp::sub(var_42, var_48);
    var_86 = wp::dot(var_85, var_65);
    var_87 = wp::mul(var_79, var_86);
    var_88 = wp::add(var_84, var_87);
    // d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)                    <L 95>
    var_89 = wp::sub(var_45, var_39);
    var_90 = wp::dot(var_89, var_65);
    var_91 = wp::mul(var_77, var_90);
    var_92 = wp::sub(var_45, var_42);
    var_93 = wp::dot(var_92, var_65);
    var_94 = wp::mul(var_79, var_93);
    var_95 = wp::add(var_91, var_94);
    // weight = e_length                                                                      <L 96>
    var_96 = wp::copy(var_64);
    // f_elastic = ke * dtheta                                                                <L 97>
    var_97 = wp::mul(var_32, var_74);
    // dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])       <L 98>
    var_98 = wp::address(var_velocities, var_5);
    var_100 = wp::load(var_98);
    var_99 = wp::dot(var_80, var_100);
    var_101 = wp::address(var_velocities, var_7);
    var_103 = wp::load(var_101);
    var_102 = wp::dot(var_81, var_103);
    var_104 = wp::add(var_99, var_102);
    var_105 = wp::address(var_velocities, var_9);
    var_107 = wp::load(var_105);
    var_106 = wp::dot(var_88, var_107);
    var_108 = wp::add(var_104, var_106);
    var_109 = wp::address(var_velocities, var_11);
    var_111 = wp::load(var_109);
    var_110 = wp::dot(var_95, var_111);
    var_112 = wp::add(var_108, var_110);
    // f_scale = -weight * (f_elastic + kd * dtheta_dt)                                       <L 99>
    var_113 = wp::neg(var_96);
    var_114 = wp::mul(var_36, var_112);
    var_115 = wp::add(var_97, var_114);
    var_116 = wp::mul(var_113, var_115);
    // wp.atomic_add(energy, 0, 0.5 * weight * ke * dtheta * dtheta)                          <L 100>
    var_119 = wp::mul(var_118, var_96);
    var_120 = wp::mul(var_119, var_32);
    var_121 = wp::mul(var_120, var_74);
    var_122 = wp::mul(var_121, var_74);
    // var_123 = wp::atomic_add(var_energy, var_117, var_122);
    // if wp.abs(dtheta) > yield_angle:                                                       <L 101>
    var_124 = wp::abs(var_74);
    var_125 = (var_124 > var_yield_angle);
    if (var_125) {
        // rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle                        <L 102>
        var_126 = wp::sign(var_74);
        var_127 = wp::mul(var_126, var_yield_angle);
        var_128 = wp::sub(var_72, var_127);
        // wp::array_store(var_rest_angle_out, var_0, var_128);
    }
    // impulse = f_scale * delta_time                                                         <L 103>
    var_129 = wp::mul(var_116, var_delta_time);
    // wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))              <L 104>
    var_130 = wp::address(var_particle_inv_mass, var_5);
    var_132 = wp::load(var_130);
    var_131 = wp::mul(var_129, var_132);
    var_133 = wp::mul(var_80, var_131);
    // var_134 = wp::atomic_add(var_velocity_deltas, var_5, var_133);
    // wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))              <L 105>
    var_135 = wp::address(var_particle_inv_mass, var_7);
    var_137 = wp::load(var_135);
    var_136 = wp::mul(var_129, var_137);
    var_138 = wp::mul(var_81, var_136);
    // var_139 = wp::atomic_add(var_velocity_deltas, var_7, var_138);
    // wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))              <L 106>
    var_140 = wp::address(var_particle_inv_mass, var_9);
    var_142 = wp::load(var_140);
    var_141 = wp::mul(var_129, var_142);
    var_143 = wp::mul(var_88, var_141);
    // var_144 = wp::atomic_add(var_velocity_deltas, var_9, var_143);
    // wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))              <L 107>
    var_145 = wp::address(var_particle_inv_mass, var_11);
    var_147 = wp::load(var_145);
    var_146 = wp::mul(var_129, var_147);
    var_148 = wp::mul(var_95, var_146);
    // var_149 = wp::atomic_add(var_velocity_deltas, var_11, var_148);
    //---------
    // reverse
    wp::adj_atomic_add(var_velocity_deltas, var_11, var_148, adj_velocity_deltas, adj_11, adj_148, adj_149);
    wp::adj_mul(var_95, var_146, adj_95, adj_146, adj_148);
    wp::adj_mul(var_129, var_147, adj_129, adj_145, adj_146);
    wp::adj_address(var_particle_inv_mass, var_11, adj_particle_inv_mass, adj_11, adj_145);
    // adj: wp.atomic_add(velocity_deltas, l, d_l * (impulse * particle_inv_mass[l]))         <L 107>
    wp::adj_atomic_add(var_velocity_deltas, var_9, var_143, adj_velocity_deltas, adj_9, adj_143, adj_144);
    wp::adj_mul(var_88, var_141, adj_88, adj_141, adj_143);
    wp::adj_mul(var_129, var_142, adj_129, adj_140, adj_141);
    wp::adj_address(var_particle_inv_mass, var_9, adj_particle_inv_mass, adj_9, adj_140);
    // adj: wp.atomic_add(velocity_deltas, k, d_k * (impulse * particle_inv_mass[k]))         <L 106>
    wp::adj_atomic_add(var_velocity_deltas, var_7, var_138, adj_velocity_deltas, adj_7, adj_138, adj_139);
    wp::adj_mul(var_81, var_136, adj_81, adj_136, adj_138);
    wp::adj_mul(var_129, var_137, adj_129, adj_135, adj_136);
    wp::adj_address(var_particle_inv_mass, var_7, adj_particle_inv_mass, adj_7, adj_135);
    // adj: wp.atomic_add(velocity_deltas, j, d_j * (impulse * particle_inv_mass[j]))         <L 105>
    wp::adj_atomic_add(var_velocity_deltas, var_5, var_133, adj_velocity_deltas, adj_5, adj_133, adj_134);
    wp::adj_mul(var_80, var_131, adj_80, adj_131, adj_133);
    wp::adj_mul(var_129, var_132, adj_129, adj_130, adj_131);
    wp::adj_address(var_particle_inv_mass, var_5, adj_particle_inv_mass, adj_5, adj_130);
    // adj: wp.atomic_add(velocity_deltas, i, d_i * (impulse * particle_inv_mass[i]))         <L 104>
    wp::adj_mul(var_116, var_delta_time, adj_116, adj_delta_time, adj_129);
    // adj: impulse = f_scale * delta_time                                                    <L 103>
    if (var_125) {
        wp::adj_array_store(var_rest_angle_out, var_0, var_128, adj_rest_angle_out, adj_0, adj_128);
        wp::adj_sub(var_72, var_127, adj_72, adj_127, adj_128);
        wp::adj_mul(var_126, var_yield_angle, adj_126, adj_yield_angle, adj_127);
        // adj: rest_angle_out[tid] = theta - wp.sign(dtheta) * yield_angle                   <L 102>
    }
    wp::adj_abs(var_74, adj_74, adj_124);
    // adj: if wp.abs(dtheta) > yield_angle:                                                  <L 101>
    wp::adj_atomic_add(var_energy, var_117, var_122, adj_energy, adj_117, adj_122, adj_123);
    wp::adj_mul(var_121, var_74, adj_121, adj_74, adj_122);
    wp::adj_mul(var_120, var_74, adj_120, adj_74, adj_121);
    wp::adj_mul(var_119, var_32, adj_119, adj_32, adj_120);
    wp::adj_mul(var_118, var_96, adj_118, adj_96, adj_119);
    // adj: wp.atomic_add(energy, 0, 0.5 * weight * ke * dtheta * dtheta)                     <L 100>
    wp::adj_mul(var_113, var_115, adj_113, adj_115, adj_116);
    wp::adj_add(var_97, var_114, adj_97, adj_114, adj_115);
    wp::adj_mul(var_36, var_112, adj_36, adj_112, adj_114);
    wp::adj_neg(var_96, adj_96, adj_113);
    // adj: f_scale = -weight * (f_elastic + kd * dtheta_dt)                                  <L 99>
    wp::adj_add(var_108, var_110, adj_108, adj_110, adj_112);
    wp::adj_dot(var_95, var_111, adj_95, adj_109, adj_110);
    wp::adj_address(var_velocities, var_11, adj_velocities, adj_11, adj_109);
    wp::adj_add(var_104, var_106, adj_104, adj_106, adj_108);
    wp::adj_dot(var_88, var_107, adj_88, adj_105, adj_106);
    wp::adj_address(var_velocities, var_9, adj_velocities, adj_9, adj_105);
    wp::adj_add(var_99, var_102, adj_99, adj_102, adj_104);
    wp::adj_dot(var_81, var_103, adj_81, adj_101, adj_102);
    wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_101);
    wp::adj_dot(var_80, var_100, adj_80, adj_98, adj_99);
    wp::adj_address(var_velocities, var_5, adj_velocities, adj_5, adj_98);
    // adj: dtheta_dt = wp.dot(d_i, velocities[i]) + wp.dot(d_j, velocities[j]) + wp.dot(d_k, velocities[k]) + wp.dot(d_l, velocities[l])  <L 98>
    wp::adj_mul(var_32, var_74, adj_32, adj_74, adj_97);
    // adj: f_elastic = ke * dtheta                                                           <L 97>
    wp::adj_copy(var_64, adj_64, adj_96);
    // adj: weight = e_length                                                                 <L 96>
    wp::adj_add(var_91, var_94, adj_91, adj_94, adj_95);
    wp::adj_mul(var_79, var_93, adj_79, adj_93, adj_94);
    wp::adj_dot(var_92, var_65, adj_92, adj_65, adj_93);
    wp::adj_sub(var_45, var_42, adj_45, adj_42, adj_92);
    wp::adj_mul(var_77, var_90, adj_77, adj_90, adj_91);
    wp::adj_dot(var_89, var_65, adj_89, adj_65, adj_90);
    wp::adj_sub(var_45, var_39, adj_45, adj_39, adj_89);
    // adj: d_l = g1 * wp.dot(x_k - x_i, e_hat) + g2 * wp.dot(x_k - x_j, e_hat)               <L 95>
    wp::adj_add(var_84, var_87, adj_84, adj_87, adj_88);
    wp::adj_mul(var_79, var_86, adj_79, adj_86, adj_87);
    wp::adj_dot(var_85, var_65, adj_85, adj_65, adj_86);
    wp::adj_sub(var_42, var_48, adj_42, adj_48, adj_85);
    wp::adj_mul(var_77, var_83, adj_77, adj_83, adj_84);
    wp::adj_dot(var_82, var_65, adj_82, adj_65, adj_83);
    wp::adj_sub(var_39, var_48, adj_39, adj_48, adj_82);
    // adj: d_k = g1 * wp.dot(x_i - x_l, e_hat) + g2 * wp.dot(x_j - x_l, e_hat)               <L 94>
    wp::adj_mul(var_79, var_64, adj_79, adj_64, adj_81);
    // adj: d_j = g2 * e_length                                                               <L 93>
    wp::adj_mul(var_77, var_64, adj_77, adj_64, adj_80);
    // adj: d_i = g1 * e_length                                                               <L 92>
    wp::adj_mul(var_55, var_78, adj_55, adj_78, adj_79);
    wp::adj_mul(var_69, var_69, adj_69, adj_69, adj_78);
    // adj: g2 = n2 * (rcp_n2 * rcp_n2)                                                       <L 91>
    wp::adj_mul(var_52, var_76, adj_52, adj_76, adj_77);
    wp::adj_mul(var_67, var_67, adj_67, adj_67, adj_76);
    // adj: g1 = n1 * (rcp_n1 * rcp_n1)                                                       <L 90>
    wp::adj_sub(var_72, var_75, adj_72, adj_73, adj_74);
    wp::adj_address(var_bending_rest_angle, var_0, adj_bending_rest_angle, adj_0, adj_73);
    // adj: dtheta = theta - bending_rest_angle[tid]                                          <L 89>
    adj_dihedral_angle_0(var_70, var_71, var_65, adj_70, adj_71, adj_65, adj_72);
    wp::adj_mul(var_55, var_69, adj_55, adj_69, adj_71);
    wp::adj_mul(var_52, var_67, adj_52, adj_67, adj_70);
    // adj: theta = dihedral_angle(n1 * rcp_n1, n2 * rcp_n2, e_hat)                           <L 88>
    wp::adj_div(var_68, var_57, var_69, adj_68, adj_57, adj_69);
    // adj: rcp_n2 = 1.0 / n2_length                                                          <L 87>
    wp::adj_div(var_66, var_56, var_67, adj_66, adj_56, adj_67);
    // adj: rcp_n1 = 1.0 / n1_length                                                          <L 86>
    wp::adj_div(var_63, var_64, adj_63, adj_64, adj_65);
    // adj: e_hat = e / e_length                                                              <L 85>
    wp::adj_length(var_63, var_64, adj_63, adj_64);
    // adj: e_length = wp.length(e)                                                           <L 84>
    wp::adj_sub(var_48, var_45, adj_48, adj_45, adj_63);
    // adj: e = x_l - x_k                                                                     <L 83>
    if (var_58) {
        label2:;
        // adj: return                                                                        <L 82>
    }
    if (!var_58) {
    }
    // adj: if n1_length < 1.0e-6 or n2_length < 1.0e-6:                                      <L 81>
    wp::adj_length(var_55, var_57, adj_55, adj_57);
    // adj: n2_length = wp.length(n2)                                                         <L 80>
    wp::adj_length(var_52, var_56, adj_52, adj_56);
    // adj: n1_length = wp.length(n1)                                                         <L 79>
    wp::adj_cross(var_53, var_54, adj_53, adj_54, adj_55);
    wp::adj_sub(var_45, var_42, adj_45, adj_42, adj_54);
    wp::adj_sub(var_48, var_42, adj_48, adj_42, adj_53);
    // adj: n2 = wp.cross(x_l - x_j, x_k - x_j)                                               <L 78>
    wp::adj_cross(var_50, var_51, adj_50, adj_51, adj_52);
    wp::adj_sub(var_48, var_39, adj_48, adj_39, adj_51);
    wp::adj_sub(var_45, var_39, adj_45, adj_39, adj_50);
    // adj: n1 = wp.cross(x_k - x_i, x_l - x_i)                                               <L 77>
    wp::adj_copy(var_49, adj_47, adj_48);
    wp::adj_address(var_points, var_11, adj_points, adj_11, adj_47);
    // adj: x_l = points[l]                                                                   <L 76>
    wp::adj_copy(var_46, adj_44, adj_45);
    wp::adj_address(var_points, var_9, adj_points, adj_9, adj_44);
    // adj: x_k = points[k]                                                                   <L 75>
    wp::adj_copy(var_43, adj_41, adj_42);
    wp::adj_address(var_points, var_7, adj_points, adj_7, adj_41);
    // adj: x_j = points[j]                                                                   <L 74>
    wp::adj_copy(var_40, adj_38, adj_39);
    wp::adj_address(var_points, var_5, adj_points, adj_5, adj_38);
    // adj: x_i = points[i]                                                                   <L 73>
    wp::adj_copy(var_37, adj_35, adj_36);
    wp::adj_address(var_bending_properties, var_0, var_34, adj_bending_properties, adj_0, adj_34, adj_35);
    // adj: kd = bending_properties[tid, 1]                                                   <L 72>
    wp::adj_copy(var_33, adj_31, adj_32);
    wp::adj_address(var_bending_properties, var_0, var_30, adj_bending_properties, adj_0, adj_30, adj_31);
    // adj: ke = bending_properties[tid, 0]                                                   <L 71>
    if (var_29) {
        label1:;
        // adj: return                                                                        <L 70>
    }
    wp::adj_add(var_23, var_27, adj_23, adj_25, adj_26);
    wp::adj_address(var_particle_inv_mass, var_11, adj_particle_inv_mass, adj_11, adj_25);
    wp::adj_add(var_19, var_24, adj_19, adj_22, adj_23);
    wp::adj_address(var_particle_inv_mass, var_9, adj_particle_inv_mass, adj_9, adj_22);
    wp::adj_add(var_20, var_21, adj_17, adj_18, adj_19);
    wp::adj_address(var_particle_inv_mass, var_7, adj_particle_inv_mass, adj_7, adj_18);
    wp::adj_address(var_particle_inv_mass, var_5, adj_particle_inv_mass, adj_5, adj_17);
    // adj: if particle_inv_mass[i] + particle_inv_mass[j] + particle_inv_mass[k] + particle_inv_mass[l] == 0.0:  <L 69>
    if (var_12) {
        label0:;
        // adj: return                                                                        <L 68>
    }
    if (!var_12) {
    }
    // adj: if i == -1 or j == -1:                                                            <L 67>
    wp::adj_extract(var_2, var_10, adj_2, adj_10, adj_11);
    // adj: l = quad[3]                                                                       <L 66>
    wp::adj_extract(var_2, var_8, adj_2, adj_8, adj_9);
    // adj: k = quad[2]                                                                       <L 65>
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: j = quad[1]                                                                       <L 64>
    wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: i = quad[0]                                                                       <L 63>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_bending_indices, var_0, adj_bending_indices, adj_0, adj_1);
    // adj: quad = bending_indices[tid]                                                       <L 62>
    // adj: tid = wp.tid()                                                                    <L 61>
    // adj: def eval_cloth_bending(                                                           <L 48>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_cloth_bending_46babd90_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_cloth_bending_46babd90 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_cloth_bending_46babd90_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_cloth_bending_46babd90_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_cloth_bending_46babd90 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_cloth_bending_46babd90_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_cloth_bending_46babd90_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_cloth_bending_46babd90 *_wp_args)
{
    eval_cloth_bending_46babd90_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_cloth_bending_46babd90_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_cloth_bending_46babd90 *_wp_args,
    wp_args_eval_cloth_bending_46babd90 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_cloth_bending_46babd90_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_cloth_bending_46babd90_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_cloth_bending_46babd90 *_wp_args,
    wp_args_eval_cloth_bending_46babd90 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_cloth_bending_46babd90_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_cloth_bending_46babd90_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_cloth_bending_46babd90 *_wp_args,
    wp_args_eval_cloth_bending_46babd90 *_wp_adj_args)
{
    eval_cloth_bending_46babd90_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_points_on_mesh_6fac5d36 {
    wp::uint64 collider_mesh;
    wp::array_t<wp::int32> num_active;
    wp::array_t<wp::int32> faces;
    wp::array_t<wp::float32> bary_u;
    wp::array_t<wp::float32> bary_v;
    wp::float32 offset;
    wp::array_t<wp::vec_t<3, wp::float32>> surface_points;
};


template <bool wp_linear_contiguous>
static void points_on_mesh_6fac5d36_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_points_on_mesh_6fac5d36 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_points_on_mesh_6fac5d36 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.bary_u.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.bary_v.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.surface_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::int32> var_num_active = _wp_args->num_active;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::array_t<wp::float32> var_bary_u = _wp_args->bary_u;
    wp::array_t<wp::float32> var_bary_v = _wp_args->bary_v;
    wp::float32 var_offset = _wp_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_surface_points = _wp_args->surface_points;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def points_on_mesh(                                                                    <L 141>
    // tid = wp.tid()                                                                         <L 151>
    var_0 = builtin_tid1d();
    // if tid >= num_active[0]:                                                               <L 152>
    var_2 = wp::address(var_num_active, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 153>
        return;
    }
    // face = faces[tid]                                                                      <L 154>
    var_5 = wp::address(var_faces, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // tri_u = bary_u[tid]                                                                    <L 155>
    var_8 = wp::address(var_bary_u, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // bv = bary_v[tid]                                                                       <L 156>
    var_11 = wp::address(var_bary_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // p = wp.mesh_eval_position(collider_mesh, face, tri_u, bv)                              <L 157>
    var_14 = wp::mesh_eval_position(var_collider_mesh, var_6, var_9, var_12);
    // n = wp.mesh_eval_face_normal(collider_mesh, face)                                      <L 158>
    var_15 = wp::mesh_eval_face_normal(var_collider_mesh, var_6);
    // p = p + n * offset                                                                     <L 159>
    var_16 = wp::mul(var_15, var_offset);
    var_17 = wp::add(var_14, var_16);
    // surface_points[tid] = p                                                                <L 160>
    wp::array_store(var_surface_points, var_0, var_17);
}



template <bool wp_linear_contiguous>
static void points_on_mesh_6fac5d36_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_points_on_mesh_6fac5d36 *_wp_args,
    wp_args_points_on_mesh_6fac5d36 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_points_on_mesh_6fac5d36 wp_contiguous_args;
    wp_args_points_on_mesh_6fac5d36 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.num_active.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.faces.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.bary_u.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.bary_u.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.bary_v.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.bary_v.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.surface_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.surface_points.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::int32> var_num_active = _wp_args->num_active;
    wp::array_t<wp::int32> var_faces = _wp_args->faces;
    wp::array_t<wp::float32> var_bary_u = _wp_args->bary_u;
    wp::array_t<wp::float32> var_bary_v = _wp_args->bary_v;
    wp::float32 var_offset = _wp_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> var_surface_points = _wp_args->surface_points;
    wp::uint64 adj_collider_mesh = _wp_adj_args->collider_mesh;
    wp::array_t<wp::int32> adj_num_active = _wp_adj_args->num_active;
    wp::array_t<wp::int32> adj_faces = _wp_adj_args->faces;
    wp::array_t<wp::float32> adj_bary_u = _wp_adj_args->bary_u;
    wp::array_t<wp::float32> adj_bary_v = _wp_adj_args->bary_v;
    wp::float32 adj_offset = _wp_adj_args->offset;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_surface_points = _wp_adj_args->surface_points;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    bool var_3;
    wp::int32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::float32* var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def points_on_mesh(                                                                    <L 141>
    // tid = wp.tid()                                                                         <L 151>
    var_0 = builtin_tid1d();
    // if tid >= num_active[0]:                                                               <L 152>
    var_2 = wp::address(var_num_active, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 153>
        goto label0;
    }
    // face = faces[tid]                                                                      <L 154>
    var_5 = wp::address(var_faces, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // tri_u = bary_u[tid]                                                                    <L 155>
    var_8 = wp::address(var_bary_u, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // bv = bary_v[tid]                                                                       <L 156>
    var_11 = wp::address(var_bary_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // p = wp.mesh_eval_position(collider_mesh, face, tri_u, bv)                              <L 157>
    var_14 = wp::mesh_eval_position(var_collider_mesh, var_6, var_9, var_12);
    // n = wp.mesh_eval_face_normal(collider_mesh, face)                                      <L 158>
    var_15 = wp::mesh_eval_face_normal(var_collider_mesh, var_6);
    // p = p + n * offset                                                                     <L 159>
    var_16 = wp::mul(var_15, var_offset);
    var_17 = wp::add(var_14, var_16);
    // surface_points[tid] = p                                                                <L 160>
    // wp::array_store(var_surface_points, var_0, var_17);
    //---------
    // reverse
    wp::adj_array_store(var_surface_points, var_0, var_17, adj_surface_points, adj_0, adj_17);
    // adj: surface_points[tid] = p                                                           <L 160>
    wp::adj_add(var_14, var_16, adj_14, adj_16, adj_17);
    wp::adj_mul(var_15, var_offset, adj_15, adj_offset, adj_16);
    // adj: p = p + n * offset                                                                <L 159>
    // adj: n = wp.mesh_eval_face_normal(collider_mesh, face)                                 <L 158>
    wp::adj_mesh_eval_position(var_collider_mesh, var_6, var_9, var_12, adj_collider_mesh, adj_6, adj_9, adj_12, adj_14);
    // adj: p = wp.mesh_eval_position(collider_mesh, face, tri_u, bv)                         <L 157>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_bary_v, var_0, adj_bary_v, adj_0, adj_11);
    // adj: bv = bary_v[tid]                                                                  <L 156>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_bary_u, var_0, adj_bary_u, adj_0, adj_8);
    // adj: tri_u = bary_u[tid]                                                               <L 155>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_faces, var_0, adj_faces, adj_0, adj_5);
    // adj: face = faces[tid]                                                                 <L 154>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 153>
    }
    wp::adj_address(var_num_active, var_1, adj_num_active, adj_1, adj_2);
    // adj: if tid >= num_active[0]:                                                          <L 152>
    // adj: tid = wp.tid()                                                                    <L 151>
    // adj: def points_on_mesh(                                                               <L 141>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void points_on_mesh_6fac5d36_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_on_mesh_6fac5d36 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        points_on_mesh_6fac5d36_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void points_on_mesh_6fac5d36_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_on_mesh_6fac5d36 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->bary_u.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->bary_v.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->surface_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        points_on_mesh_6fac5d36_cpu_forward_tasks<true>(dim, _wp_args);
    else
        points_on_mesh_6fac5d36_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void points_on_mesh_6fac5d36_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_on_mesh_6fac5d36 *_wp_args)
{
    points_on_mesh_6fac5d36_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void points_on_mesh_6fac5d36_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_on_mesh_6fac5d36 *_wp_args,
    wp_args_points_on_mesh_6fac5d36 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        points_on_mesh_6fac5d36_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void points_on_mesh_6fac5d36_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_on_mesh_6fac5d36 *_wp_args,
    wp_args_points_on_mesh_6fac5d36 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->num_active.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->faces.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->bary_u.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->bary_u.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->bary_v.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->bary_v.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->surface_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->surface_points.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        points_on_mesh_6fac5d36_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        points_on_mesh_6fac5d36_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void points_on_mesh_6fac5d36_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_points_on_mesh_6fac5d36 *_wp_args,
    wp_args_points_on_mesh_6fac5d36 *_wp_adj_args)
{
    points_on_mesh_6fac5d36_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_actuated_springs_f112a821 {
    wp::array_t<wp::int32> springs;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> rest_lengths;
    wp::array_t<wp::float32> spring_stiffness;
    wp::float32 stroke;
    wp::float32 omega;
    wp::float32 time;
    wp::float32 kd;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void actuated_springs_f112a821_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuated_springs_f112a821 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::float32 var_stroke = _wp_args->stroke;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    //---------
    // forward
    // def actuated_springs(                                                                  <L 111>
    // tid = wp.tid()                                                                         <L 123>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 124>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 125>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 126>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // k = spring_stiffness[tid]                                                              <L 127>
    var_12 = wp::address(var_spring_stiffness, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + stroke * wp.cos(omega * time))                                      <L 128>
    var_16 = wp::mul(var_omega, var_time);
    var_17 = wp::cos(var_16);
    var_18 = wp::mul(var_stroke, var_17);
    var_19 = wp::add(var_15, var_18);
    var_20 = wp::mul(var_10, var_19);
    // d = particle_x[j] - particle_x[i]                                                      <L 129>
    var_21 = wp::address(var_particle_x, var_7);
    var_22 = wp::address(var_particle_x, var_3);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    // l = wp.length(d)                                                                       <L 130>
    var_26 = wp::length(var_23);
    // if l == 0.0:                                                                           <L 131>
    var_28 = (var_26 == var_27);
    if (var_28) {
        // return                                                                             <L 132>
        return;
    }
    // dir = d / l                                                                            <L 133>
    var_29 = wp::div(var_23, var_26);
    // dldt = wp.dot(particle_v[j] - particle_v[i], dir)                                      <L 134>
    var_30 = wp::address(var_particle_v, var_7);
    var_31 = wp::address(var_particle_v, var_3);
    var_33 = wp::load(var_30);
    var_34 = wp::load(var_31);
    var_32 = wp::sub(var_33, var_34);
    var_35 = wp::dot(var_32, var_29);
    // f = dir * (k * (l - l0) + kd * dldt)                                                   <L 135>
    var_36 = wp::sub(var_26, var_20);
    var_37 = wp::mul(var_13, var_36);
    var_38 = wp::mul(var_kd, var_35);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_29, var_39);
    // wp.atomic_sub(forces, j, f)                                                            <L 136>
    var_41 = wp::atomic_sub(var_forces, var_7, var_40);
    // wp.atomic_add(forces, i, f)                                                            <L 137>
    var_42 = wp::atomic_add(var_forces, var_3, var_40);
}



template <bool wp_linear_contiguous>
static void actuated_springs_f112a821_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_actuated_springs_f112a821 *_wp_args,
    wp_args_actuated_springs_f112a821 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::array_t<wp::float32> var_spring_stiffness = _wp_args->spring_stiffness;
    wp::float32 var_stroke = _wp_args->stroke;
    wp::float32 var_omega = _wp_args->omega;
    wp::float32 var_time = _wp_args->time;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::int32> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::array_t<wp::float32> adj_spring_stiffness = _wp_adj_args->spring_stiffness;
    wp::float32 adj_stroke = _wp_adj_args->stroke;
    wp::float32 adj_omega = _wp_adj_args->omega;
    wp::float32 adj_time = _wp_adj_args->time;
    wp::float32 adj_kd = _wp_adj_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::float32 var_15 = 1.0;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32>* var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    //---------
    // forward
    // def actuated_springs(                                                                  <L 111>
    // tid = wp.tid()                                                                         <L 123>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 124>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 125>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // rest = rest_lengths[tid]                                                               <L 126>
    var_9 = wp::address(var_rest_lengths, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // k = spring_stiffness[tid]                                                              <L 127>
    var_12 = wp::address(var_spring_stiffness, var_0);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // l0 = rest * (1.0 + stroke * wp.cos(omega * time))                                      <L 128>
    var_16 = wp::mul(var_omega, var_time);
    var_17 = wp::cos(var_16);
    var_18 = wp::mul(var_stroke, var_17);
    var_19 = wp::add(var_15, var_18);
    var_20 = wp::mul(var_10, var_19);
    // d = particle_x[j] - particle_x[i]                                                      <L 129>
    var_21 = wp::address(var_particle_x, var_7);
    var_22 = wp::address(var_particle_x, var_3);
    var_24 = wp::load(var_21);
    var_25 = wp::load(var_22);
    var_23 = wp::sub(var_24, var_25);
    // l = wp.length(d)                                                                       <L 130>
    var_26 = wp::length(var_23);
    // if l == 0.0:                                                                           <L 131>
    var_28 = (var_26 == var_27);
    if (var_28) {
        // return                                                                             <L 132>
        goto label0;
    }
    // dir = d / l                                                                            <L 133>
    var_29 = wp::div(var_23, var_26);
    // dldt = wp.dot(particle_v[j] - particle_v[i], dir)                                      <L 134>
    var_30 = wp::address(var_particle_v, var_7);
    var_31 = wp::address(var_particle_v, var_3);
    var_33 = wp::load(var_30);
    var_34 = wp::load(var_31);
    var_32 = wp::sub(var_33, var_34);
    var_35 = wp::dot(var_32, var_29);
    // f = dir * (k * (l - l0) + kd * dldt)                                                   <L 135>
    var_36 = wp::sub(var_26, var_20);
    var_37 = wp::mul(var_13, var_36);
    var_38 = wp::mul(var_kd, var_35);
    var_39 = wp::add(var_37, var_38);
    var_40 = wp::mul(var_29, var_39);
    // wp.atomic_sub(forces, j, f)                                                            <L 136>
    // var_41 = wp::atomic_sub(var_forces, var_7, var_40);
    // wp.atomic_add(forces, i, f)                                                            <L 137>
    // var_42 = wp::atomic_add(var_forces, var_3, var_40);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_3, var_40, adj_forces, adj_3, adj_40, adj_42);
    // adj: wp.atomic_add(forces, i, f)                                                       <L 137>
    wp::adj_atomic_sub(var_forces, var_7, var_40, adj_forces, adj_7, adj_40, adj_41);
    // adj: wp.atomic_sub(forces, j, f)                                                       <L 136>
    wp::adj_mul(var_29, var_39, adj_29, adj_39, adj_40);
    wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
    wp::adj_mul(var_kd, var_35, adj_kd, adj_35, adj_38);
    wp::adj_mul(var_13, var_36, adj_13, adj_36, adj_37);
    wp::adj_sub(var_26, var_20, adj_26, adj_20, adj_36);
    // adj: f = dir * (k * (l - l0) + kd * dldt)                                              <L 135>
    wp::adj_dot(var_32, var_29, adj_32, adj_29, adj_35);
    wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
    wp::adj_address(var_particle_v, var_3, adj_particle_v, adj_3, adj_31);
    wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_30);
    // adj: dldt = wp.dot(particle_v[j] - particle_v[i], dir)                                 <L 134>
    wp::adj_div(var_23, var_26, adj_23, adj_26, adj_29);
    // adj: dir = d / l                                                                       <L 133>
    if (var_28) {
        label0:;
        // adj: return                                                                        <L 132>
    }
    // adj: if l == 0.0:                                                                      <L 131>
    wp::adj_length(var_23, var_26, adj_23, adj_26);
    // adj: l = wp.length(d)                                                                  <L 130>
    wp::adj_sub(var_24, var_25, adj_21, adj_22, adj_23);
    wp::adj_address(var_particle_x, var_3, adj_particle_x, adj_3, adj_22);
    wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_21);
    // adj: d = particle_x[j] - particle_x[i]                                                 <L 129>
    wp::adj_mul(var_10, var_19, adj_10, adj_19, adj_20);
    wp::adj_add(var_15, var_18, adj_15, adj_18, adj_19);
    wp::adj_mul(var_stroke, var_17, adj_stroke, adj_17, adj_18);
    wp::adj_cos(var_16, adj_16, adj_17);
    wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_16);
    // adj: l0 = rest * (1.0 + stroke * wp.cos(omega * time))                                 <L 128>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_12);
    // adj: k = spring_stiffness[tid]                                                         <L 127>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_9);
    // adj: rest = rest_lengths[tid]                                                          <L 126>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
    // adj: j = springs[tid, 1]                                                               <L 125>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
    // adj: i = springs[tid, 0]                                                               <L 124>
    // adj: tid = wp.tid()                                                                    <L 123>
    // adj: def actuated_springs(                                                             <L 111>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuated_springs_f112a821_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f112a821 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuated_springs_f112a821_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void actuated_springs_f112a821_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f112a821 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    actuated_springs_f112a821_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void actuated_springs_f112a821_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f112a821 *_wp_args)
{
    actuated_springs_f112a821_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void actuated_springs_f112a821_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f112a821 *_wp_args,
    wp_args_actuated_springs_f112a821 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        actuated_springs_f112a821_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void actuated_springs_f112a821_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f112a821 *_wp_args,
    wp_args_actuated_springs_f112a821 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    actuated_springs_f112a821_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void actuated_springs_f112a821_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_actuated_springs_f112a821 *_wp_args,
    wp_args_actuated_springs_f112a821 *_wp_adj_args)
{
    actuated_springs_f112a821_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

