// Warp 1.19.0 cpu code for particle_shape_contact_forces_21535cbd.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b {
    wp::array_t<wp::vec_t<4, wp::float32>> shape_materials;
    wp::array_t<wp::int32> soft_contact_count;
    wp::array_t<wp::int32> soft_contact_particle;
    wp::array_t<wp::int32> contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> soft_contact_body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> soft_contact_normal;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> velocities;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::transform_t<wp::float32>> xforms;
    wp::int32 max_soft_contacts;
    wp::float32 margin;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::array_t<wp::vec_t<6, wp::float32>> wrenches_out;
};


template <bool wp_linear_contiguous>
static void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.soft_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.soft_contact_body_vel.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.soft_contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.xforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_shape_materials = _wp_args->shape_materials;
    wp::array_t<wp::int32> var_soft_contact_count = _wp_args->soft_contact_count;
    wp::array_t<wp::int32> var_soft_contact_particle = _wp_args->soft_contact_particle;
    wp::array_t<wp::int32> var_contact_shape = _wp_args->contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_body_pos = _wp_args->contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_body_vel = _wp_args->soft_contact_body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_normal = _wp_args->soft_contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::transform_t<wp::float32>> var_xforms = _wp_args->xforms;
    wp::int32 var_max_soft_contacts = _wp_args->max_soft_contacts;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::transform_t<wp::float32> var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    wp::transform_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::transform_t<wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    wp::vec_t<4, wp::float32>* var_36;
    wp::vec_t<4, wp::float32> var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<3, wp::float32>* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32 var_50;
    const bool var_51 = false;
    const bool var_52 = true;
    const wp::int32 var_53 = 2;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<6, wp::float32> var_62;
    wp::vec_t<6, wp::float32> var_63;
    //---------
    // forward
    // def particle_shape_contact_forces(                                                     <L 10>
    // tid = wp.tid()                                                                         <L 28>
    var_0 = builtin_tid1d();
    // if tid >= wp.min(soft_contact_count[0], max_soft_contacts):                            <L 29>
    var_2 = wp::address(var_soft_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::min(var_4, var_max_soft_contacts);
    var_5 = (var_0 >= var_3);
    if (var_5) {
        // return                                                                             <L 30>
        return;
    }
    // shape = contact_shape[tid]                                                             <L 31>
    var_6 = wp::address(var_contact_shape, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // particle = soft_contact_particle[tid]                                                  <L 32>
    var_9 = wp::address(var_soft_contact_particle, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // body = shape_body[shape]                                                               <L 33>
    var_12 = wp::address(var_shape_body, var_7);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // X_wb = wp.transform_identity()                                                         <L 34>
    var_15 = wp::transform_identity<wp::float32>();
    // if body >= 0:                                                                          <L 35>
    var_17 = (var_13 >= var_16);
    if (var_17) {
        // X_wb = xforms[body]                                                                <L 36>
        var_18 = wp::address(var_xforms, var_13);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
    }
    var_21 = wp::where(var_17, var_19, var_15);
    // bx = wp.transform_point(X_wb, contact_body_pos[tid])                                   <L 37>
    var_22 = wp::address(var_contact_body_pos, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::transform_point(var_21, var_24);
    // n = soft_contact_normal[tid]                                                           <L 38>
    var_25 = wp::address(var_soft_contact_normal, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // separation = wp.dot(n, positions[particle] - bx) - radii[particle]                     <L 39>
    var_28 = wp::address(var_positions, var_10);
    var_30 = wp::load(var_28);
    var_29 = wp::sub(var_30, var_23);
    var_31 = wp::dot(var_26, var_29);
    var_32 = wp::address(var_radii, var_10);
    var_34 = wp::load(var_32);
    var_33 = wp::sub(var_31, var_34);
    // if separation > margin:                                                                <L 40>
    var_35 = (var_33 > var_margin);
    if (var_35) {
        // return                                                                             <L 41>
        return;
    }
    // material = shape_materials[shape]                                                      <L 42>
    var_36 = wp::address(var_shape_materials, var_7);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // bv = wp.transform_vector(X_wb, soft_contact_body_vel[tid])                             <L 43>
    var_39 = wp::address(var_soft_contact_body_vel, var_0);
    var_41 = wp::load(var_39);
    var_40 = wp::transform_vector(var_21, var_41);
    // v_rel = velocities[particle] - bv                                                      <L 44>
    var_42 = wp::address(var_velocities, var_10);
    var_44 = wp::load(var_42);
    var_43 = wp::sub(var_44, var_40);
    // v_normal = wp.dot(n, v_rel)                                                            <L 45>
    var_45 = wp::dot(var_26, var_43);
    // v_tangent = v_rel - n * v_normal                                                       <L 46>
    var_46 = wp::mul(var_26, var_45);
    var_47 = wp::sub(var_43, var_46);
    // fn = separation * material[0]                                                          <L 47>
    var_49 = wp::extract(var_37, var_48);
    var_50 = wp::mul(var_33, var_49);
    // if wp.static(friction == "coulomb"):                                                   <L 48>
    // elif wp.static(friction == "viscous"):                                                 <L 50>
    // ft = v_tangent * material[2]                                                           <L 51>
    var_54 = wp::extract(var_37, var_53);
    var_55 = wp::mul(var_47, var_54);
    // f_total = n * fn + ft                                                                  <L 54>
    var_56 = wp::mul(var_26, var_50);
    var_57 = wp::add(var_56, var_55);
    // wp.atomic_sub(forces, particle, f_total)                                               <L 55>
    var_58 = wp::atomic_sub(var_forces, var_10, var_57);
    // if body >= 0:                                                                          <L 56>
    var_60 = (var_13 >= var_59);
    if (var_60) {
        // wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 57>
        var_61 = wp::cross(var_23, var_57);
        var_62 = wp::vec_t<6, wp::float32>(var_61, var_57);
        var_63 = wp::atomic_add(var_wrenches_out, var_13, var_62);
    }
}



template <bool wp_linear_contiguous>
static void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b wp_contiguous_args;
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b wp_contiguous_adj_args;
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
        wp_contiguous_args.soft_contact_body_vel.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.soft_contact_body_vel.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.soft_contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.soft_contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.velocities.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.radii.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.xforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.xforms.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.wrenches_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
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
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_body_vel = _wp_args->soft_contact_body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_normal = _wp_args->soft_contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities = _wp_args->velocities;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::transform_t<wp::float32>> var_xforms = _wp_args->xforms;
    wp::int32 var_max_soft_contacts = _wp_args->max_soft_contacts;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out = _wp_args->wrenches_out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_shape_materials = _wp_adj_args->shape_materials;
    wp::array_t<wp::int32> adj_soft_contact_count = _wp_adj_args->soft_contact_count;
    wp::array_t<wp::int32> adj_soft_contact_particle = _wp_adj_args->soft_contact_particle;
    wp::array_t<wp::int32> adj_contact_shape = _wp_adj_args->contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_body_pos = _wp_adj_args->contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_soft_contact_body_vel = _wp_adj_args->soft_contact_body_vel;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_soft_contact_normal = _wp_adj_args->soft_contact_normal;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities = _wp_adj_args->velocities;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::transform_t<wp::float32>> adj_xforms = _wp_adj_args->xforms;
    wp::int32 adj_max_soft_contacts = _wp_adj_args->max_soft_contacts;
    wp::float32 adj_margin = _wp_adj_args->margin;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out = _wp_adj_args->wrenches_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    bool var_5;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::int32* var_9;
    wp::int32 var_10;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32 var_13;
    wp::int32 var_14;
    wp::transform_t<wp::float32> var_15;
    const wp::int32 var_16 = 0;
    bool var_17;
    wp::transform_t<wp::float32>* var_18;
    wp::transform_t<wp::float32> var_19;
    wp::transform_t<wp::float32> var_20;
    wp::transform_t<wp::float32> var_21;
    wp::vec_t<3, wp::float32>* var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::float32 var_31;
    wp::float32* var_32;
    wp::float32 var_33;
    wp::float32 var_34;
    bool var_35;
    wp::vec_t<4, wp::float32>* var_36;
    wp::vec_t<4, wp::float32> var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<3, wp::float32>* var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::vec_t<3, wp::float32>* var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    const wp::int32 var_48 = 0;
    wp::float32 var_49;
    wp::float32 var_50;
    const bool var_51 = false;
    const bool var_52 = true;
    const wp::int32 var_53 = 2;
    wp::float32 var_54;
    wp::vec_t<3, wp::float32> var_55;
    wp::vec_t<3, wp::float32> var_56;
    wp::vec_t<3, wp::float32> var_57;
    wp::vec_t<3, wp::float32> var_58;
    const wp::int32 var_59 = 0;
    bool var_60;
    wp::vec_t<3, wp::float32> var_61;
    wp::vec_t<6, wp::float32> var_62;
    wp::vec_t<6, wp::float32> var_63;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
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
    wp::transform_t<wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::transform_t<wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::transform_t<wp::float32> adj_20 = {};
    wp::transform_t<wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    bool adj_35 = {};
    wp::vec_t<4, wp::float32> adj_36 = {};
    wp::vec_t<4, wp::float32> adj_37 = {};
    wp::vec_t<4, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::vec_t<3, wp::float32> adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::int32 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::float32 adj_50 = {};
    bool adj_51 = {};
    bool adj_52 = {};
    wp::int32 adj_53 = {};
    wp::float32 adj_54 = {};
    wp::vec_t<3, wp::float32> adj_55 = {};
    wp::vec_t<3, wp::float32> adj_56 = {};
    wp::vec_t<3, wp::float32> adj_57 = {};
    wp::vec_t<3, wp::float32> adj_58 = {};
    wp::int32 adj_59 = {};
    bool adj_60 = {};
    wp::vec_t<3, wp::float32> adj_61 = {};
    wp::vec_t<6, wp::float32> adj_62 = {};
    wp::vec_t<6, wp::float32> adj_63 = {};
    //---------
    // forward
    // def particle_shape_contact_forces(                                                     <L 10>
    // tid = wp.tid()                                                                         <L 28>
    var_0 = builtin_tid1d();
    // if tid >= wp.min(soft_contact_count[0], max_soft_contacts):                            <L 29>
    var_2 = wp::address(var_soft_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::min(var_4, var_max_soft_contacts);
    var_5 = (var_0 >= var_3);
    if (var_5) {
        // return                                                                             <L 30>
        goto label0;
    }
    // shape = contact_shape[tid]                                                             <L 31>
    var_6 = wp::address(var_contact_shape, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // particle = soft_contact_particle[tid]                                                  <L 32>
    var_9 = wp::address(var_soft_contact_particle, var_0);
    var_11 = wp::load(var_9);
    var_10 = wp::copy(var_11);
    // body = shape_body[shape]                                                               <L 33>
    var_12 = wp::address(var_shape_body, var_7);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // X_wb = wp.transform_identity()                                                         <L 34>
    var_15 = wp::transform_identity<wp::float32>();
    // if body >= 0:                                                                          <L 35>
    var_17 = (var_13 >= var_16);
    if (var_17) {
        // X_wb = xforms[body]                                                                <L 36>
        var_18 = wp::address(var_xforms, var_13);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
    }
    var_21 = wp::where(var_17, var_19, var_15);
    // bx = wp.transform_point(X_wb, contact_body_pos[tid])                                   <L 37>
    var_22 = wp::address(var_contact_body_pos, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::transform_point(var_21, var_24);
    // n = soft_contact_normal[tid]                                                           <L 38>
    var_25 = wp::address(var_soft_contact_normal, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::copy(var_27);
    // separation = wp.dot(n, positions[particle] - bx) - radii[particle]                     <L 39>
    var_28 = wp::address(var_positions, var_10);
    var_30 = wp::load(var_28);
    var_29 = wp::sub(var_30, var_23);
    var_31 = wp::dot(var_26, var_29);
    var_32 = wp::address(var_radii, var_10);
    var_34 = wp::load(var_32);
    var_33 = wp::sub(var_31, var_34);
    // if separation > margin:                                                                <L 40>
    var_35 = (var_33 > var_margin);
    if (var_35) {
        // return                                                                             <L 41>
        goto label1;
    }
    // material = shape_materials[shape]                                                      <L 42>
    var_36 = wp::address(var_shape_materials, var_7);
    var_38 = wp::load(var_36);
    var_37 = wp::copy(var_38);
    // bv = wp.transform_vector(X_wb, soft_contact_body_vel[tid])                             <L 43>
    var_39 = wp::address(var_soft_contact_body_vel, var_0);
    var_41 = wp::load(var_39);
    var_40 = wp::transform_vector(var_21, var_41);
    // v_rel = velocities[particle] - bv                                                      <L 44>
    var_42 = wp::address(var_velocities, var_10);
    var_44 = wp::load(var_42);
    var_43 = wp::sub(var_44, var_40);
    // v_normal = wp.dot(n, v_rel)                                                            <L 45>
    var_45 = wp::dot(var_26, var_43);
    // v_tangent = v_rel - n * v_normal                                                       <L 46>
    var_46 = wp::mul(var_26, var_45);
    var_47 = wp::sub(var_43, var_46);
    // fn = separation * material[0]                                                          <L 47>
    var_49 = wp::extract(var_37, var_48);
    var_50 = wp::mul(var_33, var_49);
    // if wp.static(friction == "coulomb"):                                                   <L 48>
    // elif wp.static(friction == "viscous"):                                                 <L 50>
    // ft = v_tangent * material[2]                                                           <L 51>
    var_54 = wp::extract(var_37, var_53);
    var_55 = wp::mul(var_47, var_54);
    // f_total = n * fn + ft                                                                  <L 54>
    var_56 = wp::mul(var_26, var_50);
    var_57 = wp::add(var_56, var_55);
    // wp.atomic_sub(forces, particle, f_total)                                               <L 55>
    // var_58 = wp::atomic_sub(var_forces, var_10, var_57);
    // if body >= 0:                                                                          <L 56>
    var_60 = (var_13 >= var_59);
    if (var_60) {
        // wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 57>
        var_61 = wp::cross(var_23, var_57);
        var_62 = wp::vec_t<6, wp::float32>(var_61, var_57);
        // var_63 = wp::atomic_add(var_wrenches_out, var_13, var_62);
    }
    //---------
    // reverse
    if (var_60) {
        wp::adj_atomic_add(var_wrenches_out, var_13, var_62, adj_wrenches_out, adj_13, adj_62, adj_63);
        wp::adj_vec_t(var_61, var_57, adj_61, adj_57, adj_62);
        wp::adj_cross(var_23, var_57, adj_23, adj_57, adj_61);
        // adj: wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))  <L 57>
    }
    // adj: if body >= 0:                                                                     <L 56>
    wp::adj_atomic_sub(var_forces, var_10, var_57, adj_forces, adj_10, adj_57, adj_58);
    // adj: wp.atomic_sub(forces, particle, f_total)                                          <L 55>
    wp::adj_add(var_56, var_55, adj_56, adj_55, adj_57);
    wp::adj_mul(var_26, var_50, adj_26, adj_50, adj_56);
    // adj: f_total = n * fn + ft                                                             <L 54>
    wp::adj_mul(var_47, var_54, adj_47, adj_54, adj_55);
    wp::adj_extract(var_37, var_53, adj_37, adj_53, adj_54);
    // adj: ft = v_tangent * material[2]                                                      <L 51>
    // adj: elif wp.static(friction == "viscous"):                                            <L 50>
    // adj: if wp.static(friction == "coulomb"):                                              <L 48>
    wp::adj_mul(var_33, var_49, adj_33, adj_49, adj_50);
    wp::adj_extract(var_37, var_48, adj_37, adj_48, adj_49);
    // adj: fn = separation * material[0]                                                     <L 47>
    wp::adj_sub(var_43, var_46, adj_43, adj_46, adj_47);
    wp::adj_mul(var_26, var_45, adj_26, adj_45, adj_46);
    // adj: v_tangent = v_rel - n * v_normal                                                  <L 46>
    wp::adj_dot(var_26, var_43, adj_26, adj_43, adj_45);
    // adj: v_normal = wp.dot(n, v_rel)                                                       <L 45>
    wp::adj_sub(var_44, var_40, adj_42, adj_40, adj_43);
    wp::adj_address(var_velocities, var_10, adj_velocities, adj_10, adj_42);
    // adj: v_rel = velocities[particle] - bv                                                 <L 44>
    wp::adj_transform_vector(var_21, var_41, adj_21, adj_39, adj_40);
    wp::adj_address(var_soft_contact_body_vel, var_0, adj_soft_contact_body_vel, adj_0, adj_39);
    // adj: bv = wp.transform_vector(X_wb, soft_contact_body_vel[tid])                        <L 43>
    wp::adj_copy(var_38, adj_36, adj_37);
    wp::adj_address(var_shape_materials, var_7, adj_shape_materials, adj_7, adj_36);
    // adj: material = shape_materials[shape]                                                 <L 42>
    if (var_35) {
        label1:;
        // adj: return                                                                        <L 41>
    }
    // adj: if separation > margin:                                                           <L 40>
    wp::adj_sub(var_31, var_34, adj_31, adj_32, adj_33);
    wp::adj_address(var_radii, var_10, adj_radii, adj_10, adj_32);
    wp::adj_dot(var_26, var_29, adj_26, adj_29, adj_31);
    wp::adj_sub(var_30, var_23, adj_28, adj_23, adj_29);
    wp::adj_address(var_positions, var_10, adj_positions, adj_10, adj_28);
    // adj: separation = wp.dot(n, positions[particle] - bx) - radii[particle]                <L 39>
    wp::adj_copy(var_27, adj_25, adj_26);
    wp::adj_address(var_soft_contact_normal, var_0, adj_soft_contact_normal, adj_0, adj_25);
    // adj: n = soft_contact_normal[tid]                                                      <L 38>
    wp::adj_transform_point(var_21, var_24, adj_21, adj_22, adj_23);
    wp::adj_address(var_contact_body_pos, var_0, adj_contact_body_pos, adj_0, adj_22);
    // adj: bx = wp.transform_point(X_wb, contact_body_pos[tid])                              <L 37>
    wp::adj_where(var_17, var_19, var_15, adj_17, adj_19, adj_15, adj_21);
    if (var_17) {
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_xforms, var_13, adj_xforms, adj_13, adj_18);
        // adj: X_wb = xforms[body]                                                           <L 36>
    }
    // adj: if body >= 0:                                                                     <L 35>
    // adj: X_wb = wp.transform_identity()                                                    <L 34>
    wp::adj_copy(var_14, adj_12, adj_13);
    wp::adj_address(var_shape_body, var_7, adj_shape_body, adj_7, adj_12);
    // adj: body = shape_body[shape]                                                          <L 33>
    wp::adj_copy(var_11, adj_9, adj_10);
    wp::adj_address(var_soft_contact_particle, var_0, adj_soft_contact_particle, adj_0, adj_9);
    // adj: particle = soft_contact_particle[tid]                                             <L 32>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_contact_shape, var_0, adj_contact_shape, adj_0, adj_6);
    // adj: shape = contact_shape[tid]                                                        <L 31>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 30>
    }
    wp::adj_min(var_4, var_max_soft_contacts, adj_2, adj_max_soft_contacts, adj_3);
    wp::adj_address(var_soft_contact_count, var_1, adj_soft_contact_count, adj_1, adj_2);
    // adj: if tid >= wp.min(soft_contact_count[0], max_soft_contacts):                       <L 29>
    // adj: tid = wp.tid()                                                                    <L 28>
    // adj: def particle_shape_contact_forces(                                                <L 10>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->soft_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->soft_contact_body_vel.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->soft_contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->xforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args)
{
    create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->soft_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->soft_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->soft_contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->soft_contact_body_vel.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->soft_contact_body_vel.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->soft_contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->soft_contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->velocities.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->radii.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->xforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->xforms.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->wrenches_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_args,
    wp_args_create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b *_wp_adj_args)
{
    create_particle_shape_contact_forces_kernel__locals__particle_shape_contact_forces_b755594b_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

