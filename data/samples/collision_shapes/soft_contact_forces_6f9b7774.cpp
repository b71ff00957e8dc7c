// Warp 1.19.0 cpu code for soft_contact_forces_6f9b7774.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// soft_contact_forces.py:12
static wp::vec_t<3, wp::float32> coulomb_friction_0(
    wp::vec_t<3, wp::float32> var_vt,
    wp::float32 var_fn,
    wp::float32 var_kf,
    wp::float32 var_mu)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // forward
    // def coulomb_friction(vt: wp.vec3, fn: float, kf: float, mu: float) -> wp.vec3:         <L 13>
    // return wp.normalize(vt) * wp.min(kf * wp.length(vt), wp.abs(mu * fn))                  <L 15>
    var_0 = wp::normalize(var_vt);
    var_1 = wp::length(var_vt);
    var_2 = wp::mul(var_kf, var_1);
    var_3 = wp::mul(var_mu, var_fn);
    var_4 = wp::abs(var_3);
    var_5 = wp::min(var_2, var_4);
    var_6 = wp::mul(var_0, var_5);
    return var_6;
}


// soft_contact_forces.py:76
static wp::vec_t<3, wp::float32> project_to_box_0(
    wp::transform_t<wp::float32> var_box_pose,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::transform_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def project_to_box(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):         <L 77>
    // p_local = wp.transform_point(wp.transform_inverse(box_pose), p)                        <L 78>
    var_0 = wp::transform_inverse(var_box_pose);
    var_1 = wp::transform_point(var_0, var_p);
    // clamped = wp.vec3(                                                                     <L 79>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 80>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_half_extents, var_4);
    var_6 = wp::neg(var_5);
    var_8 = wp::extract(var_half_extents, var_7);
    var_9 = wp::clamp(var_3, var_6, var_8);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 81>
    var_11 = wp::extract(var_1, var_10);
    var_13 = wp::extract(var_half_extents, var_12);
    var_14 = wp::neg(var_13);
    var_16 = wp::extract(var_half_extents, var_15);
    var_17 = wp::clamp(var_11, var_14, var_16);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 82>
    var_19 = wp::extract(var_1, var_18);
    var_21 = wp::extract(var_half_extents, var_20);
    var_22 = wp::neg(var_21);
    var_24 = wp::extract(var_half_extents, var_23);
    var_25 = wp::clamp(var_19, var_22, var_24);
    var_26 = wp::vec_t<3, wp::float32>(var_9, var_17, var_25);
    // return wp.transform_point(box_pose, clamped)                                           <L 84>
    var_27 = wp::transform_point(var_box_pose, var_26);
    return var_27;
}


// soft_contact_forces.py:12
static void adj_coulomb_friction_0(
    wp::vec_t<3, wp::float32> var_vt,
    wp::float32 var_fn,
    wp::float32 var_kf,
    wp::float32 var_mu,
    wp::vec_t<3, wp::float32> & adj_vt,
    wp::float32 & adj_fn,
    wp::float32 & adj_kf,
    wp::float32 & adj_mu,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    //---------
    // forward
    // def coulomb_friction(vt: wp.vec3, fn: float, kf: float, mu: float) -> wp.vec3:         <L 13>
    // return wp.normalize(vt) * wp.min(kf * wp.length(vt), wp.abs(mu * fn))                  <L 15>
    var_0 = wp::normalize(var_vt);
    var_1 = wp::length(var_vt);
    var_2 = wp::mul(var_kf, var_1);
    var_3 = wp::mul(var_mu, var_fn);
    var_4 = wp::abs(var_3);
    var_5 = wp::min(var_2, var_4);
    var_6 = wp::mul(var_0, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
    wp::adj_min(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_abs(var_3, adj_3, adj_4);
    wp::adj_mul(var_mu, var_fn, adj_mu, adj_fn, adj_3);
    wp::adj_mul(var_kf, var_1, adj_kf, adj_1, adj_2);
    wp::adj_length(var_vt, var_1, adj_vt, adj_1);
    wp::adj_normalize(var_vt, var_0, adj_vt, adj_0);
    // adj: return wp.normalize(vt) * wp.min(kf * wp.length(vt), wp.abs(mu * fn))             <L 15>
    // adj: def coulomb_friction(vt: wp.vec3, fn: float, kf: float, mu: float) -> wp.vec3:    <L 13>
    return;
}


// soft_contact_forces.py:76
static void adj_project_to_box_0(
    wp::transform_t<wp::float32> var_box_pose,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> var_p,
    wp::transform_t<wp::float32> & adj_box_pose,
    wp::vec_t<3, wp::float32> & adj_half_extents,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::transform_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::transform_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def project_to_box(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):         <L 77>
    // p_local = wp.transform_point(wp.transform_inverse(box_pose), p)                        <L 78>
    var_0 = wp::transform_inverse(var_box_pose);
    var_1 = wp::transform_point(var_0, var_p);
    // clamped = wp.vec3(                                                                     <L 79>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 80>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_half_extents, var_4);
    var_6 = wp::neg(var_5);
    var_8 = wp::extract(var_half_extents, var_7);
    var_9 = wp::clamp(var_3, var_6, var_8);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 81>
    var_11 = wp::extract(var_1, var_10);
    var_13 = wp::extract(var_half_extents, var_12);
    var_14 = wp::neg(var_13);
    var_16 = wp::extract(var_half_extents, var_15);
    var_17 = wp::clamp(var_11, var_14, var_16);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 82>
    var_19 = wp::extract(var_1, var_18);
    var_21 = wp::extract(var_half_extents, var_20);
    var_22 = wp::neg(var_21);
    var_24 = wp::extract(var_half_extents, var_23);
    var_25 = wp::clamp(var_19, var_22, var_24);
    var_26 = wp::vec_t<3, wp::float32>(var_9, var_17, var_25);
    // return wp.transform_point(box_pose, clamped)                                           <L 84>
    var_27 = wp::transform_point(var_box_pose, var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_27 += adj_ret;
    wp::adj_transform_point(var_box_pose, var_26, adj_box_pose, adj_26, adj_27);
    // adj: return wp.transform_point(box_pose, clamped)                                      <L 84>
    wp::adj_vec_t(var_9, var_17, var_25, adj_9, adj_17, adj_25, adj_26);
    wp::adj_clamp(var_19, var_22, var_24, adj_19, adj_22, adj_24, adj_25);
    wp::adj_extract(var_half_extents, var_23, adj_half_extents, adj_23, adj_24);
    wp::adj_neg(var_21, adj_21, adj_22);
    wp::adj_extract(var_half_extents, var_20, adj_half_extents, adj_20, adj_21);
    wp::adj_extract(var_1, var_18, adj_1, adj_18, adj_19);
    // adj: wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                          <L 82>
    wp::adj_clamp(var_11, var_14, var_16, adj_11, adj_14, adj_16, adj_17);
    wp::adj_extract(var_half_extents, var_15, adj_half_extents, adj_15, adj_16);
    wp::adj_neg(var_13, adj_13, adj_14);
    wp::adj_extract(var_half_extents, var_12, adj_half_extents, adj_12, adj_13);
    wp::adj_extract(var_1, var_10, adj_1, adj_10, adj_11);
    // adj: wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                          <L 81>
    wp::adj_clamp(var_3, var_6, var_8, adj_3, adj_6, adj_8, adj_9);
    wp::adj_extract(var_half_extents, var_7, adj_half_extents, adj_7, adj_8);
    wp::adj_neg(var_5, adj_5, adj_6);
    wp::adj_extract(var_half_extents, var_4, adj_half_extents, adj_4, adj_5);
    wp::adj_extract(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                          <L 80>
    // adj: clamped = wp.vec3(                                                                <L 79>
    wp::adj_transform_point(var_0, var_p, adj_0, adj_p, adj_1);
    wp::adj_transform_inverse(var_box_pose, adj_box_pose, adj_0);
    // adj: p_local = wp.transform_point(wp.transform_inverse(box_pose), p)                   <L 78>
    // adj: def project_to_box(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):    <L 77>
    return;
}

struct wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 {
    wp::array_t<wp::vec_t<4, wp::float32>> shape_materials;
    wp::array_t<wp::int32> soft_contact_count;
    wp::array_t<wp::int32> soft_contact_particle;
    wp::array_t<wp::int32> contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normal;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::float32 particle_radius;
    wp::float32 contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.soft_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_shape_materials = _wp_args->shape_materials;
    wp::array_t<wp::int32> var_soft_contact_count = _wp_args->soft_contact_count;
    wp::array_t<wp::int32> var_soft_contact_particle = _wp_args->soft_contact_particle;
    wp::array_t<wp::int32> var_contact_shape = _wp_args->contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_body_pos = _wp_args->contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal = _wp_args->contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
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
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::transform_t<wp::float32> var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    wp::transform_t<wp::float32>* var_17;
    wp::transform_t<wp::float32> var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    bool var_32;
    wp::vec_t<4, wp::float32>* var_33;
    wp::vec_t<4, wp::float32> var_34;
    wp::vec_t<4, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::vec_t<6, wp::float32>* var_39;
    wp::vec_t<6, wp::float32> var_40;
    wp::vec_t<6, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32>* var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    const bool var_56 = true;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    const wp::int32 var_59 = 3;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::int32 var_65 = 0;
    bool var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<6, wp::float32> var_68;
    wp::vec_t<6, wp::float32> var_69;
    //---------
    // forward
    // def soft_contact_forces(                                                               <L 20>
    // tid = wp.tid()                                                                         <L 37>
    var_0 = builtin_tid1d();
    // if tid >= soft_contact_count[0]:                                                       <L 38>
    var_2 = wp::address(var_soft_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 39>
        return;
    }
    // shape = contact_shape[tid]                                                             <L 40>
    var_5 = wp::address(var_contact_shape, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // particle = soft_contact_particle[tid]                                                  <L 41>
    var_8 = wp::address(var_soft_contact_particle, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // body = shape_body[shape]                                                               <L 42>
    var_11 = wp::address(var_shape_body, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // X_wb = wp.transform_identity()                                                         <L 43>
    var_14 = wp::transform_identity<wp::float32>();
    // if body >= 0:                                                                          <L 44>
    var_16 = (var_12 >= var_15);
    if (var_16) {
        // X_wb = body_q[body]                                                                <L 45>
        var_17 = wp::address(var_body_q, var_12);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
    }
    var_20 = wp::where(var_16, var_18, var_14);
    // bx = wp.transform_point(X_wb, contact_body_pos[tid])                                   <L 46>
    var_21 = wp::address(var_contact_body_pos, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::transform_point(var_20, var_23);
    // n = contact_normal[tid]                                                                <L 47>
    var_24 = wp::address(var_contact_normal, var_0);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // separation = wp.dot(n, particle_x[particle] - bx) - particle_radius                    <L 48>
    var_27 = wp::address(var_particle_x, var_9);
    var_29 = wp::load(var_27);
    var_28 = wp::sub(var_29, var_22);
    var_30 = wp::dot(var_25, var_28);
    var_31 = wp::sub(var_30, var_particle_radius);
    // if separation > contact_margin:                                                        <L 49>
    var_32 = (var_31 > var_contact_margin);
    if (var_32) {
        // return                                                                             <L 50>
        return;
    }
    // material = shape_materials[shape]                                                      <L 51>
    var_33 = wp::address(var_shape_materials, var_6);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // bv = wp.vec3()                                                                         <L 52>
    var_36 = wp::vec_t<3, wp::float32>();
    // if body >= 0:                                                                          <L 53>
    var_38 = (var_12 >= var_37);
    if (var_38) {
        // twist = body_qd[body]                                                              <L 54>
        var_39 = wp::address(var_body_qd, var_12);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)                <L 55>
        var_42 = wp::spatial_bottom(var_40);
        var_43 = wp::spatial_top(var_40);
        var_44 = wp::cross(var_43, var_22);
        var_45 = wp::add(var_42, var_44);
    }
    var_46 = wp::where(var_38, var_45, var_36);
    // v_rel = particle_v[particle] - bv                                                      <L 56>
    var_47 = wp::address(var_particle_v, var_9);
    var_49 = wp::load(var_47);
    var_48 = wp::sub(var_49, var_46);
    // v_normal = wp.dot(n, v_rel)                                                            <L 57>
    var_50 = wp::dot(var_25, var_48);
    // v_tangent = v_rel - n * v_normal                                                       <L 58>
    var_51 = wp::mul(var_25, var_50);
    var_52 = wp::sub(var_48, var_51);
    // fn = separation * material[0]                                                          <L 59>
    var_54 = wp::extract(var_34, var_53);
    var_55 = wp::mul(var_31, var_54);
    // if wp.static(friction == "coulomb"):                                                   <L 60>
    // ft = coulomb_friction(v_tangent, fn, material[2], material[3])                         <L 61>
    var_58 = wp::extract(var_34, var_57);
    var_60 = wp::extract(var_34, var_59);
    var_61 = coulomb_friction_0(var_52, var_55, var_58, var_60);
    // f_total = n * fn + ft                                                                  <L 66>
    var_62 = wp::mul(var_25, var_55);
    var_63 = wp::add(var_62, var_61);
    // wp.atomic_sub(particle_f, particle, f_total)                                           <L 67>
    var_64 = wp::atomic_sub(var_particle_f, var_9, var_63);
    // if body >= 0:                                                                          <L 68>
    var_66 = (var_12 >= var_65);
    if (var_66) {
        // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 69>
        var_67 = wp::cross(var_22, var_63);
        var_68 = wp::vec_t<6, wp::float32>(var_67, var_63);
        var_69 = wp::atomic_add(var_body_f_out, var_12, var_68);
    }
}



template <bool wp_linear_contiguous>
static void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 wp_contiguous_args;
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.soft_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.soft_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.soft_contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_shape_materials = _wp_args->shape_materials;
    wp::array_t<wp::int32> var_soft_contact_count = _wp_args->soft_contact_count;
    wp::array_t<wp::int32> var_soft_contact_particle = _wp_args->soft_contact_particle;
    wp::array_t<wp::int32> var_contact_shape = _wp_args->contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_body_pos = _wp_args->contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normal = _wp_args->contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_shape_materials = _wp_adj_args->shape_materials;
    wp::array_t<wp::int32> adj_soft_contact_count = _wp_adj_args->soft_contact_count;
    wp::array_t<wp::int32> adj_soft_contact_particle = _wp_adj_args->soft_contact_particle;
    wp::array_t<wp::int32> adj_contact_shape = _wp_adj_args->contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_body_pos = _wp_adj_args->contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normal = _wp_adj_args->contact_normal;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::float32 adj_contact_margin = _wp_adj_args->contact_margin;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
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
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::int32* var_11;
    wp::int32 var_12;
    wp::int32 var_13;
    wp::transform_t<wp::float32> var_14;
    const wp::int32 var_15 = 0;
    bool var_16;
    wp::transform_t<wp::float32>* var_17;
    wp::transform_t<wp::float32> var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::vec_t<3, wp::float32>* var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32>* var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32>* var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    bool var_32;
    wp::vec_t<4, wp::float32>* var_33;
    wp::vec_t<4, wp::float32> var_34;
    wp::vec_t<4, wp::float32> var_35;
    wp::vec_t<3, wp::float32> var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::vec_t<6, wp::float32>* var_39;
    wp::vec_t<6, wp::float32> var_40;
    wp::vec_t<6, wp::float32> var_41;
    wp::vec_t<3, wp::float32> var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32>* var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::float32 var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    const wp::int32 var_53 = 0;
    wp::float32 var_54;
    wp::float32 var_55;
    const bool var_56 = true;
    const wp::int32 var_57 = 2;
    wp::float32 var_58;
    const wp::int32 var_59 = 3;
    wp::float32 var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<3, wp::float32> var_62;
    wp::vec_t<3, wp::float32> var_63;
    wp::vec_t<3, wp::float32> var_64;
    const wp::int32 var_65 = 0;
    bool var_66;
    wp::vec_t<3, wp::float32> var_67;
    wp::vec_t<6, wp::float32> var_68;
    wp::vec_t<6, wp::float32> var_69;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::transform_t<wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::transform_t<wp::float32> adj_17 = {};
    wp::transform_t<wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::float32 adj_30 = {};
    wp::float32 adj_31 = {};
    bool adj_32 = {};
    wp::vec_t<4, wp::float32> adj_33 = {};
    wp::vec_t<4, wp::float32> adj_34 = {};
    wp::vec_t<4, wp::float32> adj_35 = {};
    wp::vec_t<3, wp::float32> adj_36 = {};
    wp::int32 adj_37 = {};
    bool adj_38 = {};
    wp::vec_t<6, wp::float32> adj_39 = {};
    wp::vec_t<6, wp::float32> adj_40 = {};
    wp::vec_t<6, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::vec_t<3, wp::float32> adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::float32 adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::float32 adj_55 = {};
    bool adj_56 = {};
    wp::int32 adj_57 = {};
    wp::float32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<3, wp::float32> adj_62 = {};
    wp::vec_t<3, wp::float32> adj_63 = {};
    wp::vec_t<3, wp::float32> adj_64 = {};
    wp::int32 adj_65 = {};
    bool adj_66 = {};
    wp::vec_t<3, wp::float32> adj_67 = {};
    wp::vec_t<6, wp::float32> adj_68 = {};
    wp::vec_t<6, wp::float32> adj_69 = {};
    //---------
    // forward
    // def soft_contact_forces(                                                               <L 20>
    // tid = wp.tid()                                                                         <L 37>
    var_0 = builtin_tid1d();
    // if tid >= soft_contact_count[0]:                                                       <L 38>
    var_2 = wp::address(var_soft_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 39>
        goto label0;
    }
    // shape = contact_shape[tid]                                                             <L 40>
    var_5 = wp::address(var_contact_shape, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // particle = soft_contact_particle[tid]                                                  <L 41>
    var_8 = wp::address(var_soft_contact_particle, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // body = shape_body[shape]                                                               <L 42>
    var_11 = wp::address(var_shape_body, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // X_wb = wp.transform_identity()                                                         <L 43>
    var_14 = wp::transform_identity<wp::float32>();
    // if body >= 0:                                                                          <L 44>
    var_16 = (var_12 >= var_15);
    if (var_16) {
        // X_wb = body_q[body]                                                                <L 45>
        var_17 = wp::address(var_body_q, var_12);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
    }
    var_20 = wp::where(var_16, var_18, var_14);
    // bx = wp.transform_point(X_wb, contact_body_pos[tid])                                   <L 46>
    var_21 = wp::address(var_contact_body_pos, var_0);
    var_23 = wp::load(var_21);
    var_22 = wp::transform_point(var_20, var_23);
    // n = contact_normal[tid]                                                                <L 47>
    var_24 = wp::address(var_contact_normal, var_0);
    var_26 = wp::load(var_24);
    var_25 = wp::copy(var_26);
    // separation = wp.dot(n, particle_x[particle] - bx) - particle_radius                    <L 48>
    var_27 = wp::address(var_particle_x, var_9);
    var_29 = wp::load(var_27);
    var_28 = wp::sub(var_29, var_22);
    var_30 = wp::dot(var_25, var_28);
    var_31 = wp::sub(var_30, var_particle_radius);
    // if separation > contact_margin:                                                        <L 49>
    var_32 = (var_31 > var_contact_margin);
    if (var_32) {
        // return                                                                             <L 50>
        goto label1;
    }
    // material = shape_materials[shape]                                                      <L 51>
    var_33 = wp::address(var_shape_materials, var_6);
    var_35 = wp::load(var_33);
    var_34 = wp::copy(var_35);
    // bv = wp.vec3()                                                                         <L 52>
    var_36 = wp::vec_t<3, wp::float32>();
    // if body >= 0:                                                                          <L 53>
    var_38 = (var_12 >= var_37);
    if (var_38) {
        // twist = body_qd[body]                                                              <L 54>
        var_39 = wp::address(var_body_qd, var_12);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        // bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)                <L 55>
        var_42 = wp::spatial_bottom(var_40);
        var_43 = wp::spatial_top(var_40);
        var_44 = wp::cross(var_43, var_22);
        var_45 = wp::add(var_42, var_44);
    }
    var_46 = wp::where(var_38, var_45, var_36);
    // v_rel = particle_v[particle] - bv                                                      <L 56>
    var_47 = wp::address(var_particle_v, var_9);
    var_49 = wp::load(var_47);
    var_48 = wp::sub(var_49, var_46);
    // v_normal = wp.dot(n, v_rel)                                                            <L 57>
    var_50 = wp::dot(var_25, var_48);
    // v_tangent = v_rel - n * v_normal                                                       <L 58>
    var_51 = wp::mul(var_25, var_50);
    var_52 = wp::sub(var_48, var_51);
    // fn = separation * material[0]                                                          <L 59>
    var_54 = wp::extract(var_34, var_53);
    var_55 = wp::mul(var_31, var_54);
    // if wp.static(friction == "coulomb"):                                                   <L 60>
    // ft = coulomb_friction(v_tangent, fn, material[2], material[3])                         <L 61>
    var_58 = wp::extract(var_34, var_57);
    var_60 = wp::extract(var_34, var_59);
    var_61 = coulomb_friction_0(var_52, var_55, var_58, var_60);
    // f_total = n * fn + ft                                                                  <L 66>
    var_62 = wp::mul(var_25, var_55);
    var_63 = wp::add(var_62, var_61);
    // wp.atomic_sub(particle_f, particle, f_total)                                           <L 67>
    // var_64 = wp::atomic_sub(var_particle_f, var_9, var_63);
    // if body >= 0:                                                                          <L 68>
    var_66 = (var_12 >= var_65);
    if (var_66) {
        // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 69>
        var_67 = wp::cross(var_22, var_63);
        var_68 = wp::vec_t<6, wp::float32>(var_67, var_63);
        // var_69 = wp::atomic_add(var_body_f_out, var_12, var_68);
    }
    //---------
    // reverse
    if (var_66) {
        wp::adj_atomic_add(var_body_f_out, var_12, var_68, adj_body_f_out, adj_12, adj_68, adj_69);
        wp::adj_vec_t(var_67, var_63, adj_67, adj_63, adj_68);
        wp::adj_cross(var_22, var_63, adj_22, adj_63, adj_67);
        // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))  <L 69>
    }
    // adj: if body >= 0:                                                                     <L 68>
    wp::adj_atomic_sub(var_particle_f, var_9, var_63, adj_particle_f, adj_9, adj_63, adj_64);
    // adj: wp.atomic_sub(particle_f, particle, f_total)                                      <L 67>
    wp::adj_add(var_62, var_61, adj_62, adj_61, adj_63);
    wp::adj_mul(var_25, var_55, adj_25, adj_55, adj_62);
    // adj: f_total = n * fn + ft                                                             <L 66>
    adj_coulomb_friction_0(var_52, var_55, var_58, var_60, adj_52, adj_55, adj_58, adj_60, adj_61);
    wp::adj_extract(var_34, var_59, adj_34, adj_59, adj_60);
    wp::adj_extract(var_34, var_57, adj_34, adj_57, adj_58);
    // adj: ft = coulomb_friction(v_tangent, fn, material[2], material[3])                    <L 61>
    // adj: if wp.static(friction == "coulomb"):                                              <L 60>
    wp::adj_mul(var_31, var_54, adj_31, adj_54, adj_55);
    wp::adj_extract(var_34, var_53, adj_34, adj_53, adj_54);
    // adj: fn = separation * material[0]                                                     <L 59>
    wp::adj_sub(var_48, var_51, adj_48, adj_51, adj_52);
    wp::adj_mul(var_25, var_50, adj_25, adj_50, adj_51);
    // adj: v_tangent = v_rel - n * v_normal                                                  <L 58>
    wp::adj_dot(var_25, var_48, adj_25, adj_48, adj_50);
    // adj: v_normal = wp.dot(n, v_rel)                                                       <L 57>
    wp::adj_sub(var_49, var_46, adj_47, adj_46, adj_48);
    wp::adj_address(var_particle_v, var_9, adj_particle_v, adj_9, adj_47);
    // adj: v_rel = particle_v[particle] - bv                                                 <L 56>
    wp::adj_where(var_38, var_45, var_36, adj_38, adj_45, adj_36, adj_46);
    if (var_38) {
        wp::adj_add(var_42, var_44, adj_42, adj_44, adj_45);
        wp::adj_cross(var_43, var_22, adj_43, adj_22, adj_44);
        wp::adj_spatial_top(var_40, adj_40, adj_43);
        wp::adj_spatial_bottom(var_40, adj_40, adj_42);
        // adj: bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)           <L 55>
        wp::adj_copy(var_41, adj_39, adj_40);
        wp::adj_address(var_body_qd, var_12, adj_body_qd, adj_12, adj_39);
        // adj: twist = body_qd[body]                                                         <L 54>
    }
    // adj: if body >= 0:                                                                     <L 53>
    // adj: bv = wp.vec3()                                                                    <L 52>
    wp::adj_copy(var_35, adj_33, adj_34);
    wp::adj_address(var_shape_materials, var_6, adj_shape_materials, adj_6, adj_33);
    // adj: material = shape_materials[shape]                                                 <L 51>
    if (var_32) {
        label1:;
        // adj: return                                                                        <L 50>
    }
    // adj: if separation > contact_margin:                                                   <L 49>
    wp::adj_sub(var_30, var_particle_radius, adj_30, adj_particle_radius, adj_31);
    wp::adj_dot(var_25, var_28, adj_25, adj_28, adj_30);
    wp::adj_sub(var_29, var_22, adj_27, adj_22, adj_28);
    wp::adj_address(var_particle_x, var_9, adj_particle_x, adj_9, adj_27);
    // adj: separation = wp.dot(n, particle_x[particle] - bx) - particle_radius               <L 48>
    wp::adj_copy(var_26, adj_24, adj_25);
    wp::adj_address(var_contact_normal, var_0, adj_contact_normal, adj_0, adj_24);
    // adj: n = contact_normal[tid]                                                           <L 47>
    wp::adj_transform_point(var_20, var_23, adj_20, adj_21, adj_22);
    wp::adj_address(var_contact_body_pos, var_0, adj_contact_body_pos, adj_0, adj_21);
    // adj: bx = wp.transform_point(X_wb, contact_body_pos[tid])                              <L 46>
    wp::adj_where(var_16, var_18, var_14, adj_16, adj_18, adj_14, adj_20);
    if (var_16) {
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_body_q, var_12, adj_body_q, adj_12, adj_17);
        // adj: X_wb = body_q[body]                                                           <L 45>
    }
    // adj: if body >= 0:                                                                     <L 44>
    // adj: X_wb = wp.transform_identity()                                                    <L 43>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_shape_body, var_6, adj_shape_body, adj_6, adj_11);
    // adj: body = shape_body[shape]                                                          <L 42>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_soft_contact_particle, var_0, adj_soft_contact_particle, adj_0, adj_8);
    // adj: particle = soft_contact_particle[tid]                                             <L 41>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_contact_shape, var_0, adj_contact_shape, adj_0, adj_5);
    // adj: shape = contact_shape[tid]                                                        <L 40>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 39>
    }
    wp::adj_address(var_soft_contact_count, var_1, adj_soft_contact_count, adj_1, adj_2);
    // adj: if tid >= soft_contact_count[0]:                                                  <L 38>
    // adj: tid = wp.tid()                                                                    <L 37>
    // adj: def soft_contact_forces(                                                          <L 20>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->soft_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args)
{
    create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->soft_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->soft_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->soft_contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6 *_wp_adj_args)
{
    create_soft_contact_forces_kernel__locals__soft_contact_forces_0eadf3c6_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_resolve_contacts_3a400ffc {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::float32> radii;
    wp::vec_t<3, wp::float32> box_size;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normals;
};


template <bool wp_linear_contiguous>
static void resolve_contacts_3a400ffc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_resolve_contacts_3a400ffc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_resolve_contacts_3a400ffc wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::vec_t<3, wp::float32> var_box_size = _wp_args->box_size;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    bool var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32* var_16;
    bool var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def resolve_contacts(                                                                  <L 88>
    // tid = wp.tid()                                                                         <L 95>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 96>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_wb = body_q[tid]                                                                     <L 97>
    var_4 = wp::address(var_body_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = x                                                                                  <L 98>
    var_7 = wp::copy(var_2);
    // delta = p - project_to_box(X_wb, box_size, x)                                          <L 99>
    var_8 = project_to_box_0(var_5, var_box_size, var_2);
    var_9 = wp::sub(var_7, var_8);
    // dist = wp.length(delta)                                                                <L 100>
    var_10 = wp::length(var_9);
    // n = wp.vec3(0.0)                                                                       <L 101>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // if dist > 0.0 and dist < radii[tid]:                                                   <L 102>
    var_15 = (var_10 > var_14);
    var_13 = var_15;
    if (var_13) {
        var_16 = wp::address(var_radii, var_0);
        var_18 = wp::load(var_16);
        var_17 = (var_10 < var_18);
        var_13 = var_13 && var_17;
    }
    if (var_13) {
        // n = delta / dist                                                                   <L 103>
        var_19 = wp::div(var_9, var_10);
        // p = p + n * (radii[tid] - dist)                                                    <L 104>
        var_20 = wp::address(var_radii, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::sub(var_22, var_10);
        var_23 = wp::mul(var_19, var_21);
        var_24 = wp::add(var_7, var_23);
    }
    var_25 = wp::where(var_13, var_24, var_7);
    var_26 = wp::where(var_13, var_19, var_12);
    // particle_x[tid] = p                                                                    <L 105>
    wp::array_store(var_particle_x, var_0, var_25);
    // contact_normals[tid] = n                                                               <L 106>
    wp::array_store(var_contact_normals, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void resolve_contacts_3a400ffc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_resolve_contacts_3a400ffc *_wp_args,
    wp_args_resolve_contacts_3a400ffc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_resolve_contacts_3a400ffc wp_contiguous_args;
    wp_args_resolve_contacts_3a400ffc wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::vec_t<3, wp::float32> var_box_size = _wp_args->box_size;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::vec_t<3, wp::float32> adj_box_size = _wp_adj_args->box_size;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals = _wp_adj_args->contact_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 0.0;
    wp::vec_t<3, wp::float32> var_12;
    bool var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32* var_16;
    bool var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    bool adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    //---------
    // forward
    // def resolve_contacts(                                                                  <L 88>
    // tid = wp.tid()                                                                         <L 95>
    var_0 = builtin_tid1d();
    // x = particle_x[tid]                                                                    <L 96>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_wb = body_q[tid]                                                                     <L 97>
    var_4 = wp::address(var_body_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = x                                                                                  <L 98>
    var_7 = wp::copy(var_2);
    // delta = p - project_to_box(X_wb, box_size, x)                                          <L 99>
    var_8 = project_to_box_0(var_5, var_box_size, var_2);
    var_9 = wp::sub(var_7, var_8);
    // dist = wp.length(delta)                                                                <L 100>
    var_10 = wp::length(var_9);
    // n = wp.vec3(0.0)                                                                       <L 101>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // if dist > 0.0 and dist < radii[tid]:                                                   <L 102>
    var_15 = (var_10 > var_14);
    var_13 = var_15;
    if (var_13) {
        var_16 = wp::address(var_radii, var_0);
        var_18 = wp::load(var_16);
        var_17 = (var_10 < var_18);
        var_13 = var_13 && var_17;
    }
    if (var_13) {
        // n = delta / dist                                                                   <L 103>
        var_19 = wp::div(var_9, var_10);
        // p = p + n * (radii[tid] - dist)                                                    <L 104>
        var_20 = wp::address(var_radii, var_0);
        var_22 = wp::load(var_20);
        var_21 = wp::sub(var_22, var_10);
        var_23 = wp::mul(var_19, var_21);
        var_24 = wp::add(var_7, var_23);
    }
    var_25 = wp::where(var_13, var_24, var_7);
    var_26 = wp::where(var_13, var_19, var_12);
    // particle_x[tid] = p                                                                    <L 105>
    // wp::array_store(var_particle_x, var_0, var_25);
    // contact_normals[tid] = n                                                               <L 106>
    // wp::array_store(var_contact_normals, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_contact_normals, var_0, var_26, adj_contact_normals, adj_0, adj_26);
    // adj: contact_normals[tid] = n                                                          <L 106>
    wp::adj_array_store(var_particle_x, var_0, var_25, adj_particle_x, adj_0, adj_25);
    // adj: particle_x[tid] = p                                                               <L 105>
    wp::adj_where(var_13, var_19, var_12, adj_13, adj_19, adj_12, adj_26);
    wp::adj_where(var_13, var_24, var_7, adj_13, adj_24, adj_7, adj_25);
    if (var_13) {
        wp::adj_add(var_7, var_23, adj_7, adj_23, adj_24);
        wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_23);
        wp::adj_sub(var_22, var_10, adj_20, adj_10, adj_21);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_20);
        // adj: p = p + n * (radii[tid] - dist)                                               <L 104>
        wp::adj_div(var_9, var_10, adj_9, adj_10, adj_19);
        // adj: n = delta / dist                                                              <L 103>
    }
    if (var_13) {
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_16);
    }
    // adj: if dist > 0.0 and dist < radii[tid]:                                              <L 102>
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: n = wp.vec3(0.0)                                                                  <L 101>
    wp::adj_length(var_9, var_10, adj_9, adj_10);
    // adj: dist = wp.length(delta)                                                           <L 100>
    wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
    adj_project_to_box_0(var_5, var_box_size, var_2, adj_5, adj_box_size, adj_2, adj_8);
    // adj: delta = p - project_to_box(X_wb, box_size, x)                                     <L 99>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: p = x                                                                             <L 98>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_4);
    // adj: X_wb = body_q[tid]                                                                <L 97>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: x = particle_x[tid]                                                               <L 96>
    // adj: tid = wp.tid()                                                                    <L 95>
    // adj: def resolve_contacts(                                                             <L 88>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void resolve_contacts_3a400ffc_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_3a400ffc *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        resolve_contacts_3a400ffc_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void resolve_contacts_3a400ffc_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_3a400ffc *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        resolve_contacts_3a400ffc_cpu_forward_tasks<true>(dim, _wp_args);
    else
        resolve_contacts_3a400ffc_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void resolve_contacts_3a400ffc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_3a400ffc *_wp_args)
{
    resolve_contacts_3a400ffc_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void resolve_contacts_3a400ffc_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_3a400ffc *_wp_args,
    wp_args_resolve_contacts_3a400ffc *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        resolve_contacts_3a400ffc_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void resolve_contacts_3a400ffc_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_3a400ffc *_wp_args,
    wp_args_resolve_contacts_3a400ffc *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        resolve_contacts_3a400ffc_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        resolve_contacts_3a400ffc_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void resolve_contacts_3a400ffc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_resolve_contacts_3a400ffc *_wp_args,
    wp_args_resolve_contacts_3a400ffc *_wp_adj_args)
{
    resolve_contacts_3a400ffc_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_ground_contact_b3bb35f1 {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::float32> spring_damping;
    wp::vec_t<3, wp::float32> up;
    wp::float32 ground_height;
    wp::float32 k_spring;
    wp::float32 friction_coeff;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void ground_contact_b3bb35f1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ground_contact_b3bb35f1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ground_contact_b3bb35f1 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::float32 var_friction_coeff = _wp_args->friction_coeff;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::float32 var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // forward
    // def ground_contact(                                                                    <L 139>
    // tid = wp.tid()                                                                         <L 150>
    var_0 = builtin_tid1d();
    // pos = particle_x[tid]                                                                  <L 151>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = particle_v[tid]                                                                    <L 152>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // c = wp.min(wp.dot(up, pos) - ground_height - radii[tid], 0.0)                          <L 153>
    var_7 = wp::dot(var_up, var_2);
    var_8 = wp::sub(var_7, var_ground_height);
    var_9 = wp::address(var_radii, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_8, var_11);
    var_13 = wp::min(var_10, var_12);
    // if c >= 0.0:                                                                           <L 154>
    var_15 = (var_13 >= var_14);
    if (var_15) {
        // return                                                                             <L 155>
        return;
    }
    // vn = wp.dot(up, v)                                                                     <L 156>
    var_16 = wp::dot(var_up, var_5);
    // fn = c * k_spring + wp.min(vn, 0.0) * spring_damping[tid]                              <L 157>
    var_17 = wp::mul(var_13, var_k_spring);
    var_19 = wp::min(var_16, var_18);
    var_20 = wp::address(var_spring_damping, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::mul(var_19, var_22);
    var_23 = wp::add(var_17, var_21);
    // vt = v - up * vn                                                                       <L 159>
    var_24 = wp::mul(var_up, var_16);
    var_25 = wp::sub(var_5, var_24);
    // vs = wp.length(vt)                                                                     <L 160>
    var_26 = wp::length(var_25);
    // if vs > 0.0:                                                                           <L 161>
    var_28 = (var_26 > var_27);
    if (var_28) {
        // vt = vt / vs                                                                       <L 162>
        var_29 = wp::div(var_25, var_26);
    }
    var_30 = wp::where(var_28, var_29, var_25);
    // ft = wp.min(vs * spring_damping[tid], friction_coeff * wp.abs(fn))                     <L 163>
    var_31 = wp::address(var_spring_damping, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_26, var_33);
    var_34 = wp::abs(var_23);
    var_35 = wp::mul(var_friction_coeff, var_34);
    var_36 = wp::min(var_32, var_35);
    // forces[tid] = -up * fn - vt * ft                                                       <L 164>
    var_37 = wp::neg(var_up);
    var_38 = wp::mul(var_37, var_23);
    var_39 = wp::mul(var_30, var_36);
    var_40 = wp::sub(var_38, var_39);
    wp::array_store(var_forces, var_0, var_40);
}



template <bool wp_linear_contiguous>
static void ground_contact_b3bb35f1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ground_contact_b3bb35f1 *_wp_args,
    wp_args_ground_contact_b3bb35f1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ground_contact_b3bb35f1 wp_contiguous_args;
    wp_args_ground_contact_b3bb35f1 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.spring_damping.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::float32> var_spring_damping = _wp_args->spring_damping;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::float32 var_k_spring = _wp_args->k_spring;
    wp::float32 var_friction_coeff = _wp_args->friction_coeff;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::float32> adj_spring_damping = _wp_adj_args->spring_damping;
    wp::vec_t<3, wp::float32> adj_up = _wp_adj_args->up;
    wp::float32 adj_ground_height = _wp_adj_args->ground_height;
    wp::float32 adj_k_spring = _wp_adj_args->k_spring;
    wp::float32 adj_friction_coeff = _wp_adj_args->friction_coeff;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32* var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.0;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::float32 var_18 = 0.0;
    wp::float32 var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32* var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::vec_t<3, wp::float32> var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::vec_t<3, wp::float32> adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    //---------
    // forward
    // def ground_contact(                                                                    <L 139>
    // tid = wp.tid()                                                                         <L 150>
    var_0 = builtin_tid1d();
    // pos = particle_x[tid]                                                                  <L 151>
    var_1 = wp::address(var_particle_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // v = particle_v[tid]                                                                    <L 152>
    var_4 = wp::address(var_particle_v, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // c = wp.min(wp.dot(up, pos) - ground_height - radii[tid], 0.0)                          <L 153>
    var_7 = wp::dot(var_up, var_2);
    var_8 = wp::sub(var_7, var_ground_height);
    var_9 = wp::address(var_radii, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::sub(var_8, var_11);
    var_13 = wp::min(var_10, var_12);
    // if c >= 0.0:                                                                           <L 154>
    var_15 = (var_13 >= var_14);
    if (var_15) {
        // return                                                                             <L 155>
        goto label0;
    }
    // vn = wp.dot(up, v)                                                                     <L 156>
    var_16 = wp::dot(var_up, var_5);
    // fn = c * k_spring + wp.min(vn, 0.0) * spring_damping[tid]                              <L 157>
    var_17 = wp::mul(var_13, var_k_spring);
    var_19 = wp::min(var_16, var_18);
    var_20 = wp::address(var_spring_damping, var_0);
    var_22 = wp::load(var_20);
    var_21 = wp::mul(var_19, var_22);
    var_23 = wp::add(var_17, var_21);
    // vt = v - up * vn                                                                       <L 159>
    var_24 = wp::mul(var_up, var_16);
    var_25 = wp::sub(var_5, var_24);
    // vs = wp.length(vt)                                                                     <L 160>
    var_26 = wp::length(var_25);
    // if vs > 0.0:                                                                           <L 161>
    var_28 = (var_26 > var_27);
    if (var_28) {
        // vt = vt / vs                                                                       <L 162>
        var_29 = wp::div(var_25, var_26);
    }
    var_30 = wp::where(var_28, var_29, var_25);
    // ft = wp.min(vs * spring_damping[tid], friction_coeff * wp.abs(fn))                     <L 163>
    var_31 = wp::address(var_spring_damping, var_0);
    var_33 = wp::load(var_31);
    var_32 = wp::mul(var_26, var_33);
    var_34 = wp::abs(var_23);
    var_35 = wp::mul(var_friction_coeff, var_34);
    var_36 = wp::min(var_32, var_35);
    // forces[tid] = -up * fn - vt * ft                                                       <L 164>
    var_37 = wp::neg(var_up);
    var_38 = wp::mul(var_37, var_23);
    var_39 = wp::mul(var_30, var_36);
    var_40 = wp::sub(var_38, var_39);
    // wp::array_store(var_forces, var_0, var_40);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_0, var_40, adj_forces, adj_0, adj_40);
    wp::adj_sub(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_mul(var_30, var_36, adj_30, adj_36, adj_39);
    wp::adj_mul(var_37, var_23, adj_37, adj_23, adj_38);
    wp::adj_neg(var_up, adj_up, adj_37);
    // adj: forces[tid] = -up * fn - vt * ft                                                  <L 164>
    wp::adj_min(var_32, var_35, adj_32, adj_35, adj_36);
    wp::adj_mul(var_friction_coeff, var_34, adj_friction_coeff, adj_34, adj_35);
    wp::adj_abs(var_23, adj_23, adj_34);
    wp::adj_mul(var_26, var_33, adj_26, adj_31, adj_32);
    wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_31);
    // adj: ft = wp.min(vs * spring_damping[tid], friction_coeff * wp.abs(fn))                <L 163>
    wp::adj_where(var_28, var_29, var_25, adj_28, adj_29, adj_25, adj_30);
    if (var_28) {
        wp::adj_div(var_25, var_26, adj_25, adj_26, adj_29);
        // adj: vt = vt / vs                                                                  <L 162>
    }
    // adj: if vs > 0.0:                                                                      <L 161>
    wp::adj_length(var_25, var_26, adj_25, adj_26);
    // adj: vs = wp.length(vt)                                                                <L 160>
    wp::adj_sub(var_5, var_24, adj_5, adj_24, adj_25);
    wp::adj_mul(var_up, var_16, adj_up, adj_16, adj_24);
    // adj: vt = v - up * vn                                                                  <L 159>
    wp::adj_add(var_17, var_21, adj_17, adj_21, adj_23);
    wp::adj_mul(var_19, var_22, adj_19, adj_20, adj_21);
    wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_20);
    wp::adj_min(var_16, var_18, adj_16, adj_18, adj_19);
    wp::adj_mul(var_13, var_k_spring, adj_13, adj_k_spring, adj_17);
    // adj: fn = c * k_spring + wp.min(vn, 0.0) * spring_damping[tid]                         <L 157>
    wp::adj_dot(var_up, var_5, adj_up, adj_5, adj_16);
    // adj: vn = wp.dot(up, v)                                                                <L 156>
    if (var_15) {
        label0:;
        // adj: return                                                                        <L 155>
    }
    // adj: if c >= 0.0:                                                                      <L 154>
    wp::adj_min(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_sub(var_8, var_11, adj_8, adj_9, adj_10);
    wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_9);
    wp::adj_sub(var_7, var_ground_height, adj_7, adj_ground_height, adj_8);
    wp::adj_dot(var_up, var_2, adj_up, adj_2, adj_7);
    // adj: c = wp.min(wp.dot(up, pos) - ground_height - radii[tid], 0.0)                     <L 153>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
    // adj: v = particle_v[tid]                                                               <L 152>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
    // adj: pos = particle_x[tid]                                                             <L 151>
    // adj: tid = wp.tid()                                                                    <L 150>
    // adj: def ground_contact(                                                               <L 139>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ground_contact_b3bb35f1_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_b3bb35f1 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_contact_b3bb35f1_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void ground_contact_b3bb35f1_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_b3bb35f1 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        ground_contact_b3bb35f1_cpu_forward_tasks<true>(dim, _wp_args);
    else
        ground_contact_b3bb35f1_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void ground_contact_b3bb35f1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_b3bb35f1 *_wp_args)
{
    ground_contact_b3bb35f1_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ground_contact_b3bb35f1_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_b3bb35f1 *_wp_args,
    wp_args_ground_contact_b3bb35f1 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_contact_b3bb35f1_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void ground_contact_b3bb35f1_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_b3bb35f1 *_wp_args,
    wp_args_ground_contact_b3bb35f1 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->spring_damping.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        ground_contact_b3bb35f1_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        ground_contact_b3bb35f1_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void ground_contact_b3bb35f1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_b3bb35f1 *_wp_args,
    wp_args_ground_contact_b3bb35f1 *_wp_adj_args)
{
    ground_contact_b3bb35f1_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_collect_particle_contacts_cb0c53d9 {
    wp::uint64 grid;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> radii;
    wp::float32 particle_max_radius;
    wp::float32 contact_margin;
    wp::int32 max_pairs;
    wp::array_t<wp::int32> contact_count;
    wp::array_t<wp::vec_t<2, wp::int32>> contact_pairs;
};


template <bool wp_linear_contiguous>
static void collect_particle_contacts_cb0c53d9_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_collect_particle_contacts_cb0c53d9 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_collect_particle_contacts_cb0c53d9 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_pairs.strides[0] = sizeof(wp::vec_t<2, wp::int32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::float32 var_particle_max_radius = _wp_args->particle_max_radius;
    wp::float32 var_contact_margin = _wp_args->contact_margin;
    wp::int32 var_max_pairs = _wp_args->max_pairs;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs = _wp_args->contact_pairs;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    const wp::int32 var_3 = -1;
    bool var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 0;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32* var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::hash_grid_query_f var_19;
    wp::int32 var_20;
    bool var_21;
    bool var_22;
    wp::int32* var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    bool var_28;
    wp::float32* var_29;
    wp::float32 var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::vec_t<3, wp::float32>* var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    const wp::float32 var_38 = 0.0;
    bool var_39;
    const wp::int32 var_40 = 0;
    const wp::int32 var_41 = 1;
    wp::int32 var_42;
    bool var_43;
    wp::vec_t<2, wp::int32> var_44;
    //---------
    // forward
    // def collect_particle_contacts(                                                         <L 110>
    // tid = wp.tid()                                                                         <L 121>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 122>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1 or (particle_flags[i] & ParticleFlags.ACTIVE) == 0:                         <L 123>
    var_4 = (var_1 == var_3);
    var_2 = var_4;
    if (!var_2) {
        var_5 = wp::address(var_particle_flags, var_1);
        var_8 = wp::load(var_5);
        var_7 = wp::bit_and(var_8, var_6);
        var_10 = (var_7 == var_9);
        var_2 = var_2 || var_10;
    }
    if (var_2) {
        // return                                                                             <L 124>
        return;
    }
    // xi = particle_x[i]                                                                     <L 125>
    var_11 = wp::address(var_particle_x, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // ri = radii[i]                                                                          <L 126>
    var_14 = wp::address(var_radii, var_1);
    var_16 = wp::load(var_14);
    var_15 = wp::copy(var_16);
    // for j in wp.hash_grid_query(grid, xi, ri + particle_max_radius + contact_margin):       <L 127>
    var_17 = wp::add(var_15, var_particle_max_radius);
    var_18 = wp::add(var_17, var_contact_margin);
    var_19 = wp::hash_grid_query(var_grid, var_12, var_18);
    start_for_1:;
        if (iter_cmp(var_19) == 0) goto end_for_1;
        var_20 = wp::iter_next(var_19);
        // if j <= i or (particle_flags[j] & ParticleFlags.ACTIVE) == 0:                      <L 128>
        var_22 = (var_20 <= var_1);
        var_21 = var_22;
        if (!var_21) {
            var_23 = wp::address(var_particle_flags, var_20);
            var_26 = wp::load(var_23);
            var_25 = wp::bit_and(var_26, var_24);
            var_28 = (var_25 == var_27);
            var_21 = var_21 || var_28;
        }
        if (var_21) {
            // continue                                                                       <L 129>
            goto start_for_1;
        }
        // depth = ri + radii[j] + contact_margin - wp.length(xi - particle_x[j])             <L 130>
        var_29 = wp::address(var_radii, var_20);
        var_31 = wp::load(var_29);
        var_30 = wp::add(var_15, var_31);
        var_32 = wp::add(var_30, var_contact_margin);
        var_33 = wp::address(var_particle_x, var_20);
        var_35 = wp::load(var_33);
        var_34 = wp::sub(var_12, var_35);
        var_36 = wp::length(var_34);
        var_37 = wp::sub(var_32, var_36);
        // if depth < 0.0:                                                                    <L 131>
        var_39 = (var_37 < var_38);
        if (var_39) {
            // continue                                                                       <L 132>
            goto start_for_1;
        }
        // slot = wp.atomic_add(contact_count, 0, 1)                                          <L 133>
        var_42 = wp::atomic_add(var_contact_count, var_40, var_41);
        // if slot < max_pairs:                                                               <L 134>
        var_43 = (var_42 < var_max_pairs);
        if (var_43) {
            // contact_pairs[slot] = wp.vec2i(i, j)                                           <L 135>
            var_44 = wp::vec_t<2, wp::int32>(var_1, var_20);
            wp::array_store(var_contact_pairs, var_42, var_44);
        }
        goto start_for_1;
    end_for_1:;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void collect_particle_contacts_cb0c53d9_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_collect_particle_contacts_cb0c53d9 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        collect_particle_contacts_cb0c53d9_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void collect_particle_contacts_cb0c53d9_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_collect_particle_contacts_cb0c53d9 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_pairs.strides[0] == (int)sizeof(wp::vec_t<2, wp::int32>)));
    if (wp_linear_contiguous)
        collect_particle_contacts_cb0c53d9_cpu_forward_tasks<true>(dim, _wp_args);
    else
        collect_particle_contacts_cb0c53d9_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void collect_particle_contacts_cb0c53d9_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_collect_particle_contacts_cb0c53d9 *_wp_args)
{
    collect_particle_contacts_cb0c53d9_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

