// Warp 1.19.0 cpu code for soft_contact_forces_30bdef6e.py; preceded by preamble_cpu_8eb9cb4c56f50171.h
struct wp_args_ground_contact_0d301f1d {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::float32> plane_offset;
    wp::array_t<wp::float32> k_spring;
    wp::array_t<wp::float32> k_damp;
    wp::array_t<wp::float32> shape_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::vec_t<3, wp::float32> up;
};


template <bool wp_linear_contiguous>
static void ground_contact_0d301f1d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ground_contact_0d301f1d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ground_contact_0d301f1d wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.plane_offset.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.k_spring.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.k_damp.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_plane_offset = _wp_args->plane_offset;
    wp::array_t<wp::float32> var_k_spring = _wp_args->k_spring;
    wp::array_t<wp::float32> var_k_damp = _wp_args->k_damp;
    wp::array_t<wp::float32> var_shape_mu = _wp_args->shape_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    bool var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    //---------
    // forward
    // def ground_contact(                                                                    <L 92>
    // tid = wp.tid()                                                                         <L 104>
    var_0 = builtin_tid1d();
    // damping = k_damp[0]                                                                    <L 105>
    var_2 = wp::address(var_k_damp, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // k = k_spring[0]                                                                        <L 106>
    var_6 = wp::address(var_k_spring, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // offset = plane_offset[0]                                                               <L 107>
    var_10 = wp::address(var_plane_offset, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // x = particle_x[tid]                                                                    <L 108>
    var_13 = wp::address(var_particle_x, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // v = particle_v[tid]                                                                    <L 109>
    var_16 = wp::address(var_particle_v, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // r = particle_radius[tid]                                                               <L 110>
    var_19 = wp::address(var_particle_radius, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // mu = shape_mu[tid]                                                                     <L 111>
    var_22 = wp::address(var_shape_mu, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // c = wp.min(wp.dot(up, x) - offset - r, 0.0)                                            <L 112>
    var_25 = wp::dot(var_up, var_14);
    var_26 = wp::sub(var_25, var_11);
    var_27 = wp::sub(var_26, var_20);
    var_29 = wp::min(var_27, var_28);
    // if c >= 0.0:                                                                           <L 113>
    var_31 = (var_29 >= var_30);
    if (var_31) {
        // return                                                                             <L 114>
        return;
    }
    // vn = wp.dot(up, v)                                                                     <L 115>
    var_32 = wp::dot(var_up, var_17);
    // fn = c * k + wp.min(vn, 0.0) * damping                                                 <L 116>
    var_33 = wp::mul(var_29, var_7);
    var_35 = wp::min(var_32, var_34);
    var_36 = wp::mul(var_35, var_3);
    var_37 = wp::add(var_33, var_36);
    // vt = v - up * vn                                                                       <L 118>
    var_38 = wp::mul(var_up, var_32);
    var_39 = wp::sub(var_17, var_38);
    // vs = wp.length(vt)                                                                     <L 119>
    var_40 = wp::length(var_39);
    // if vs > 0.0:                                                                           <L 120>
    var_42 = (var_40 > var_41);
    if (var_42) {
        // vt = vt / vs                                                                       <L 121>
        var_43 = wp::div(var_39, var_40);
    }
    var_44 = wp::where(var_42, var_43, var_39);
    // ft = wp.min(vs * damping, mu * wp.abs(fn))                                             <L 122>
    var_45 = wp::mul(var_40, var_3);
    var_46 = wp::abs(var_37);
    var_47 = wp::mul(var_23, var_46);
    var_48 = wp::min(var_45, var_47);
    // forces[tid] = -up * fn - vt * ft                                                       <L 123>
    var_49 = wp::neg(var_up);
    var_50 = wp::mul(var_49, var_37);
    var_51 = wp::mul(var_44, var_48);
    var_52 = wp::sub(var_50, var_51);
    wp::array_store(var_forces, var_0, var_52);
}



template <bool wp_linear_contiguous>
static void ground_contact_0d301f1d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ground_contact_0d301f1d *_wp_args,
    wp_args_ground_contact_0d301f1d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_ground_contact_0d301f1d wp_contiguous_args;
    wp_args_ground_contact_0d301f1d wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.plane_offset.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.plane_offset.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.k_spring.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.k_spring.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.k_damp.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.k_damp.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.shape_mu.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.forces.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_plane_offset = _wp_args->plane_offset;
    wp::array_t<wp::float32> var_k_spring = _wp_args->k_spring;
    wp::array_t<wp::float32> var_k_damp = _wp_args->k_damp;
    wp::array_t<wp::float32> var_shape_mu = _wp_args->shape_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::float32> adj_plane_offset = _wp_adj_args->plane_offset;
    wp::array_t<wp::float32> adj_k_spring = _wp_adj_args->k_spring;
    wp::array_t<wp::float32> adj_k_damp = _wp_adj_args->k_damp;
    wp::array_t<wp::float32> adj_shape_mu = _wp_adj_args->shape_mu;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::vec_t<3, wp::float32> adj_up = _wp_adj_args->up;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 0;
    wp::float32* var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    const wp::float32 var_28 = 0.0;
    wp::float32 var_29;
    const wp::float32 var_30 = 0.0;
    bool var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::vec_t<3, wp::float32> var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::float32 var_40;
    const wp::float32 var_41 = 0.0;
    bool var_42;
    wp::vec_t<3, wp::float32> var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::float32 var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::float32 var_48;
    wp::vec_t<3, wp::float32> var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    wp::vec_t<3, wp::float32> var_52;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
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
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::vec_t<3, wp::float32> adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::float32 adj_40 = {};
    wp::float32 adj_41 = {};
    bool adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::float32 adj_46 = {};
    wp::float32 adj_47 = {};
    wp::float32 adj_48 = {};
    wp::vec_t<3, wp::float32> adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    wp::vec_t<3, wp::float32> adj_52 = {};
    //---------
    // forward
    // def ground_contact(                                                                    <L 92>
    // tid = wp.tid()                                                                         <L 104>
    var_0 = builtin_tid1d();
    // damping = k_damp[0]                                                                    <L 105>
    var_2 = wp::address(var_k_damp, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // k = k_spring[0]                                                                        <L 106>
    var_6 = wp::address(var_k_spring, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // offset = plane_offset[0]                                                               <L 107>
    var_10 = wp::address(var_plane_offset, var_9);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // x = particle_x[tid]                                                                    <L 108>
    var_13 = wp::address(var_particle_x, var_0);
    var_15 = wp::load(var_13);
    var_14 = wp::copy(var_15);
    // v = particle_v[tid]                                                                    <L 109>
    var_16 = wp::address(var_particle_v, var_0);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // r = particle_radius[tid]                                                               <L 110>
    var_19 = wp::address(var_particle_radius, var_0);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // mu = shape_mu[tid]                                                                     <L 111>
    var_22 = wp::address(var_shape_mu, var_0);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // c = wp.min(wp.dot(up, x) - offset - r, 0.0)                                            <L 112>
    var_25 = wp::dot(var_up, var_14);
    var_26 = wp::sub(var_25, var_11);
    var_27 = wp::sub(var_26, var_20);
    var_29 = wp::min(var_27, var_28);
    // if c >= 0.0:                                                                           <L 113>
    var_31 = (var_29 >= var_30);
    if (var_31) {
        // return                                                                             <L 114>
        goto label0;
    }
    // vn = wp.dot(up, v)                                                                     <L 115>
    var_32 = wp::dot(var_up, var_17);
    // fn = c * k + wp.min(vn, 0.0) * damping                                                 <L 116>
    var_33 = wp::mul(var_29, var_7);
    var_35 = wp::min(var_32, var_34);
    var_36 = wp::mul(var_35, var_3);
    var_37 = wp::add(var_33, var_36);
    // vt = v - up * vn                                                                       <L 118>
    var_38 = wp::mul(var_up, var_32);
    var_39 = wp::sub(var_17, var_38);
    // vs = wp.length(vt)                                                                     <L 119>
    var_40 = wp::length(var_39);
    // if vs > 0.0:                                                                           <L 120>
    var_42 = (var_40 > var_41);
    if (var_42) {
        // vt = vt / vs                                                                       <L 121>
        var_43 = wp::div(var_39, var_40);
    }
    var_44 = wp::where(var_42, var_43, var_39);
    // ft = wp.min(vs * damping, mu * wp.abs(fn))                                             <L 122>
    var_45 = wp::mul(var_40, var_3);
    var_46 = wp::abs(var_37);
    var_47 = wp::mul(var_23, var_46);
    var_48 = wp::min(var_45, var_47);
    // forces[tid] = -up * fn - vt * ft                                                       <L 123>
    var_49 = wp::neg(var_up);
    var_50 = wp::mul(var_49, var_37);
    var_51 = wp::mul(var_44, var_48);
    var_52 = wp::sub(var_50, var_51);
    // wp::array_store(var_forces, var_0, var_52);
    //---------
    // reverse
    wp::adj_array_store(var_forces, var_0, var_52, adj_forces, adj_0, adj_52);
    wp::adj_sub(var_50, var_51, adj_50, adj_51, adj_52);
    wp::adj_mul(var_44, var_48, adj_44, adj_48, adj_51);
    wp::adj_mul(var_49, var_37, adj_49, adj_37, adj_50);
    wp::adj_neg(var_up, adj_up, adj_49);
    // adj: forces[tid] = -up * fn - vt * ft                                                  <L 123>
    wp::adj_min(var_45, var_47, adj_45, adj_47, adj_48);
    wp::adj_mul(var_23, var_46, adj_23, adj_46, adj_47);
    wp::adj_abs(var_37, adj_37, adj_46);
    wp::adj_mul(var_40, var_3, adj_40, adj_3, adj_45);
    // adj: ft = wp.min(vs * damping, mu * wp.abs(fn))                                        <L 122>
    wp::adj_where(var_42, var_43, var_39, adj_42, adj_43, adj_39, adj_44);
    if (var_42) {
        wp::adj_div(var_39, var_40, adj_39, adj_40, adj_43);
        // adj: vt = vt / vs                                                                  <L 121>
    }
    // adj: if vs > 0.0:                                                                      <L 120>
    wp::adj_length(var_39, var_40, adj_39, adj_40);
    // adj: vs = wp.length(vt)                                                                <L 119>
    wp::adj_sub(var_17, var_38, adj_17, adj_38, adj_39);
    wp::adj_mul(var_up, var_32, adj_up, adj_32, adj_38);
    // adj: vt = v - up * vn                                                                  <L 118>
    wp::adj_add(var_33, var_36, adj_33, adj_36, adj_37);
    wp::adj_mul(var_35, var_3, adj_35, adj_3, adj_36);
    wp::adj_min(var_32, var_34, adj_32, adj_34, adj_35);
    wp::adj_mul(var_29, var_7, adj_29, adj_7, adj_33);
    // adj: fn = c * k + wp.min(vn, 0.0) * damping                                            <L 116>
    wp::adj_dot(var_up, var_17, adj_up, adj_17, adj_32);
    // adj: vn = wp.dot(up, v)                                                                <L 115>
    if (var_31) {
        label0:;
        // adj: return                                                                        <L 114>
    }
    // adj: if c >= 0.0:                                                                      <L 113>
    wp::adj_min(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_sub(var_26, var_20, adj_26, adj_20, adj_27);
    wp::adj_sub(var_25, var_11, adj_25, adj_11, adj_26);
    wp::adj_dot(var_up, var_14, adj_up, adj_14, adj_25);
    // adj: c = wp.min(wp.dot(up, x) - offset - r, 0.0)                                       <L 112>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_shape_mu, var_0, adj_shape_mu, adj_0, adj_22);
    // adj: mu = shape_mu[tid]                                                                <L 111>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_19);
    // adj: r = particle_radius[tid]                                                          <L 110>
    wp::adj_copy(var_18, adj_16, adj_17);
    wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_16);
    // adj: v = particle_v[tid]                                                               <L 109>
    wp::adj_copy(var_15, adj_13, adj_14);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_13);
    // adj: x = particle_x[tid]                                                               <L 108>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_plane_offset, var_9, adj_plane_offset, adj_9, adj_10);
    // adj: offset = plane_offset[0]                                                          <L 107>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_k_spring, var_5, adj_k_spring, adj_5, adj_6);
    // adj: k = k_spring[0]                                                                   <L 106>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_k_damp, var_1, adj_k_damp, adj_1, adj_2);
    // adj: damping = k_damp[0]                                                               <L 105>
    // adj: tid = wp.tid()                                                                    <L 104>
    // adj: def ground_contact(                                                               <L 92>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ground_contact_0d301f1d_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_0d301f1d *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_contact_0d301f1d_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void ground_contact_0d301f1d_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_0d301f1d *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->plane_offset.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->k_spring.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->k_damp.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        ground_contact_0d301f1d_cpu_forward_tasks<true>(dim, _wp_args);
    else
        ground_contact_0d301f1d_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void ground_contact_0d301f1d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_0d301f1d *_wp_args)
{
    ground_contact_0d301f1d_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void ground_contact_0d301f1d_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_0d301f1d *_wp_args,
    wp_args_ground_contact_0d301f1d *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        ground_contact_0d301f1d_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void ground_contact_0d301f1d_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_0d301f1d *_wp_args,
    wp_args_ground_contact_0d301f1d *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->plane_offset.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->plane_offset.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->k_spring.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->k_spring.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->k_damp.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->k_damp.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->shape_mu.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->forces.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        ground_contact_0d301f1d_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        ground_contact_0d301f1d_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void ground_contact_0d301f1d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ground_contact_0d301f1d *_wp_args,
    wp_args_ground_contact_0d301f1d *_wp_adj_args)
{
    ground_contact_0d301f1d_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_find_particle_pairs_21813d4e {
    wp::uint64 grid;
    wp::array_t<wp::int32> particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::float32> particle_max_radius;
    wp::array_t<wp::float32> contact_margin;
    wp::array_t<wp::int32> contact_count;
    wp::array_t<wp::vec_t<2, wp::int32>> contact_pairs;
    wp::int32 pair_capacity;
};


template <bool wp_linear_contiguous>
static void find_particle_pairs_21813d4e_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_find_particle_pairs_21813d4e *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_find_particle_pairs_21813d4e wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_flags.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.particle_max_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.contact_margin.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_pairs.strides[0] = sizeof(wp::vec_t<2, wp::int32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::int32> var_particle_flags = _wp_args->particle_flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_particle_max_radius = _wp_args->particle_max_radius;
    wp::array_t<wp::float32> var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::int32> var_contact_count = _wp_args->contact_count;
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs = _wp_args->contact_pairs;
    wp::int32 var_pair_capacity = _wp_args->pair_capacity;
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
    const wp::int32 var_11 = 0;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::float32* var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32>* var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::hash_grid_query_f var_27;
    const wp::int32 var_28 = 0;
    wp::int32 var_29;
    bool var_30;
    bool var_31;
    bool var_32;
    wp::int32* var_33;
    const wp::int32 var_34 = 1;
    wp::int32 var_35;
    wp::int32 var_36;
    const wp::int32 var_37 = 0;
    bool var_38;
    wp::float32* var_39;
    wp::float32 var_40;
    wp::float32 var_41;
    wp::float32 var_42;
    wp::vec_t<3, wp::float32>* var_43;
    wp::vec_t<3, wp::float32> var_44;
    wp::vec_t<3, wp::float32> var_45;
    wp::float32 var_46;
    wp::float32 var_47;
    const wp::float32 var_48 = 0.0;
    bool var_49;
    const wp::int32 var_50 = 0;
    const wp::int32 var_51 = 1;
    wp::int32 var_52;
    bool var_53;
    wp::vec_t<2, wp::int32> var_54;
    //---------
    // forward
    // def find_particle_pairs(                                                               <L 127>
    // tid = wp.tid()                                                                         <L 139>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 140>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // if i == -1 or (particle_flags[i] & ParticleFlags.ACTIVE) == 0:                         <L 141>
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
        // return                                                                             <L 142>
        return;
    }
    // margin = contact_margin[0]                                                             <L 143>
    var_12 = wp::address(var_contact_margin, var_11);
    var_14 = wp::load(var_12);
    var_13 = wp::copy(var_14);
    // max_radius = particle_max_radius[0]                                                    <L 144>
    var_16 = wp::address(var_particle_max_radius, var_15);
    var_18 = wp::load(var_16);
    var_17 = wp::copy(var_18);
    // xi = particle_x[i]                                                                     <L 145>
    var_19 = wp::address(var_particle_x, var_1);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // ri = particle_radius[i]                                                                <L 146>
    var_22 = wp::address(var_particle_radius, var_1);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // query = wp.hash_grid_query(grid, xi, ri + max_radius + margin)                         <L 147>
    var_25 = wp::add(var_23, var_17);
    var_26 = wp::add(var_25, var_13);
    var_27 = wp::hash_grid_query(var_grid, var_20, var_26);
    // j = int(0)                                                                             <L 148>
    var_29 = wp::int(var_28);
    // while wp.hash_grid_query_next(query, j):                                               <L 149>
    start_while_1:;
    var_30 = wp::hash_grid_query_next(var_27, var_29);
    if ((var_30) == false) goto end_while_1;
        // if j <= i or (particle_flags[j] & ParticleFlags.ACTIVE) == 0:                      <L 150>
        var_32 = (var_29 <= var_1);
        var_31 = var_32;
        if (!var_31) {
            var_33 = wp::address(var_particle_flags, var_29);
            var_36 = wp::load(var_33);
            var_35 = wp::bit_and(var_36, var_34);
            var_38 = (var_35 == var_37);
            var_31 = var_31 || var_38;
        }
        if (var_31) {
            // continue                                                                       <L 151>
            goto start_while_1;
        }
        // depth = ri + particle_radius[j] + margin - wp.length(xi - particle_x[j])           <L 152>
        var_39 = wp::address(var_particle_radius, var_29);
        var_41 = wp::load(var_39);
        var_40 = wp::add(var_23, var_41);
        var_42 = wp::add(var_40, var_13);
        var_43 = wp::address(var_particle_x, var_29);
        var_45 = wp::load(var_43);
        var_44 = wp::sub(var_20, var_45);
        var_46 = wp::length(var_44);
        var_47 = wp::sub(var_42, var_46);
        // if depth < 0.0:                                                                    <L 153>
        var_49 = (var_47 < var_48);
        if (var_49) {
            // continue                                                                       <L 154>
            goto start_while_1;
        }
        // slot = wp.atomic_add(contact_count, 0, 1)                                          <L 155>
        var_52 = wp::atomic_add(var_contact_count, var_50, var_51);
        // if slot < pair_capacity:                                                           <L 156>
        var_53 = (var_52 < var_pair_capacity);
        if (var_53) {
            // contact_pairs[slot] = wp.vec2i(i, j)                                           <L 157>
            var_54 = wp::vec_t<2, wp::int32>(var_1, var_29);
            wp::array_store(var_contact_pairs, var_52, var_54);
        }
    goto start_while_1;
    end_while_1:;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void find_particle_pairs_21813d4e_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_particle_pairs_21813d4e *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        find_particle_pairs_21813d4e_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void find_particle_pairs_21813d4e_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_particle_pairs_21813d4e *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_flags.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->particle_max_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->contact_margin.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_pairs.strides[0] == (int)sizeof(wp::vec_t<2, wp::int32>)));
    if (wp_linear_contiguous)
        find_particle_pairs_21813d4e_cpu_forward_tasks<true>(dim, _wp_args);
    else
        find_particle_pairs_21813d4e_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void find_particle_pairs_21813d4e_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_find_particle_pairs_21813d4e *_wp_args)
{
    find_particle_pairs_21813d4e_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

struct wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f {
    wp::array_t<wp::vec_t<4, wp::float32>> shape_materials;
    wp::array_t<wp::int32> particle_contact_count;
    wp::array_t<wp::int32> contact_particle;
    wp::array_t<wp::int32> soft_contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> soft_contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> soft_contact_normal;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::float32> contact_margin;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.soft_contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.contact_margin.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_qd.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_args.particle_f.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<4, wp::float32>> var_shape_materials = _wp_args->shape_materials;
    wp::array_t<wp::int32> var_particle_contact_count = _wp_args->particle_contact_count;
    wp::array_t<wp::int32> var_contact_particle = _wp_args->contact_particle;
    wp::array_t<wp::int32> var_soft_contact_shape = _wp_args->soft_contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_body_pos = _wp_args->soft_contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_normal = _wp_args->soft_contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
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
    const wp::int32 var_14 = 0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::transform_t<wp::float32>* var_22;
    wp::transform_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    wp::vec_t<4, wp::float32>* var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<4, wp::float32> var_39;
    wp::vec_t<6, wp::float32>* var_40;
    wp::vec_t<6, wp::float32> var_41;
    wp::vec_t<6, wp::float32> var_42;
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
    const wp::float32 var_56 = 0.0;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.0;
    bool var_62;
    const wp::float32 var_63 = 1.0;
    const wp::float32 var_64 = 0.0;
    wp::float32 var_65;
    wp::float32 var_66;
    const bool var_67 = false;
    const bool var_68 = false;
    wp::vec_t<3, wp::float32> var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<6, wp::float32> var_75;
    wp::vec_t<6, wp::float32> var_76;
    //---------
    // forward
    // def soft_contact_forces(                                                               <L 14>
    // tid = wp.tid()                                                                         <L 31>
    var_0 = builtin_tid1d();
    // if tid >= particle_contact_count[0]:                                                   <L 32>
    var_2 = wp::address(var_particle_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 33>
        return;
    }
    // shape = soft_contact_shape[tid]                                                        <L 34>
    var_5 = wp::address(var_soft_contact_shape, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // particle = contact_particle[tid]                                                       <L 35>
    var_8 = wp::address(var_contact_particle, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // body = shape_body[shape]                                                               <L 36>
    var_11 = wp::address(var_shape_body, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // margin = contact_margin[0]                                                             <L 37>
    var_15 = wp::address(var_contact_margin, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // radius = particle_radius[0]                                                            <L 38>
    var_19 = wp::address(var_particle_radius, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // X_wb = body_q[body]                                                                    <L 39>
    var_22 = wp::address(var_body_q, var_12);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])                              <L 40>
    var_25 = wp::address(var_soft_contact_body_pos, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::transform_point(var_23, var_27);
    // n = soft_contact_normal[tid]                                                           <L 41>
    var_28 = wp::address(var_soft_contact_normal, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // separation = wp.dot(n, particle_x[particle] - bx) - radius                             <L 42>
    var_31 = wp::address(var_particle_x, var_9);
    var_33 = wp::load(var_31);
    var_32 = wp::sub(var_33, var_26);
    var_34 = wp::dot(var_29, var_32);
    var_35 = wp::sub(var_34, var_20);
    // if separation > margin:                                                                <L 43>
    var_36 = (var_35 > var_16);
    if (var_36) {
        // return                                                                             <L 44>
        return;
    }
    // material = shape_materials[shape]                                                      <L 45>
    var_37 = wp::address(var_shape_materials, var_6);
    var_39 = wp::load(var_37);
    var_38 = wp::copy(var_39);
    // twist = body_qd[body]                                                                  <L 46>
    var_40 = wp::address(var_body_qd, var_12);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    // bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)                    <L 47>
    var_43 = wp::spatial_bottom(var_41);
    var_44 = wp::spatial_top(var_41);
    var_45 = wp::cross(var_44, var_26);
    var_46 = wp::add(var_43, var_45);
    // v_rel = particle_v[particle] - bv                                                      <L 48>
    var_47 = wp::address(var_particle_v, var_9);
    var_49 = wp::load(var_47);
    var_48 = wp::sub(var_49, var_46);
    // v_normal = wp.dot(n, v_rel)                                                            <L 49>
    var_50 = wp::dot(var_29, var_48);
    // v_tangent = v_rel - n * v_normal                                                       <L 50>
    var_51 = wp::mul(var_29, var_50);
    var_52 = wp::sub(var_48, var_51);
    // fn = separation * material[0]                                                          <L 51>
    var_54 = wp::extract(var_38, var_53);
    var_55 = wp::mul(var_35, var_54);
    // fd = wp.min(v_normal, 0.0) * material[1] * wp.where(separation < 0.0, 1.0, 0.0)        <L 52>
    var_57 = wp::min(var_50, var_56);
    var_59 = wp::extract(var_38, var_58);
    var_60 = wp::mul(var_57, var_59);
    var_62 = (var_35 < var_61);
    var_65 = wp::where(var_62, var_63, var_64);
    var_66 = wp::mul(var_60, var_65);
    // if wp.static(friction == "coulomb"):                                                   <L 53>
    // elif wp.static(friction == "viscous"):                                                 <L 55>
    // ft = wp.vec3()                                                                         <L 58>
    var_69 = wp::vec_t<3, wp::float32>();
    // f_total = n * (fn + fd) + ft                                                           <L 59>
    var_70 = wp::add(var_55, var_66);
    var_71 = wp::mul(var_29, var_70);
    var_72 = wp::add(var_71, var_69);
    // wp.atomic_sub(particle_f, particle, f_total)                                           <L 60>
    var_73 = wp::atomic_sub(var_particle_f, var_9, var_72);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 61>
    var_74 = wp::cross(var_26, var_72);
    var_75 = wp::vec_t<6, wp::float32>(var_74, var_72);
    var_76 = wp::atomic_add(var_body_f_out, var_12, var_75);
}



template <bool wp_linear_contiguous>
static void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f wp_contiguous_args;
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_adj_args.shape_materials.strides[0] = sizeof(wp::vec_t<4, wp::float32>);
        wp_contiguous_args.particle_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.particle_contact_count.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.contact_particle.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.soft_contact_shape.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.soft_contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.soft_contact_body_pos.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.soft_contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.soft_contact_normal.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_v.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.contact_margin.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.contact_margin.strides[0] = sizeof(wp::float32);
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
    wp::array_t<wp::int32> var_particle_contact_count = _wp_args->particle_contact_count;
    wp::array_t<wp::int32> var_contact_particle = _wp_args->contact_particle;
    wp::array_t<wp::int32> var_soft_contact_shape = _wp_args->soft_contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_body_pos = _wp_args->soft_contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_normal = _wp_args->soft_contact_normal;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::float32> var_contact_margin = _wp_args->contact_margin;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::vec_t<4, wp::float32>> adj_shape_materials = _wp_adj_args->shape_materials;
    wp::array_t<wp::int32> adj_particle_contact_count = _wp_adj_args->particle_contact_count;
    wp::array_t<wp::int32> adj_contact_particle = _wp_adj_args->contact_particle;
    wp::array_t<wp::int32> adj_soft_contact_shape = _wp_adj_args->soft_contact_shape;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_soft_contact_body_pos = _wp_adj_args->soft_contact_body_pos;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_soft_contact_normal = _wp_adj_args->soft_contact_normal;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::float32> adj_contact_margin = _wp_adj_args->contact_margin;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
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
    const wp::int32 var_14 = 0;
    wp::float32* var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 0;
    wp::float32* var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::transform_t<wp::float32>* var_22;
    wp::transform_t<wp::float32> var_23;
    wp::transform_t<wp::float32> var_24;
    wp::vec_t<3, wp::float32>* var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32>* var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    wp::vec_t<3, wp::float32>* var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::float32 var_34;
    wp::float32 var_35;
    bool var_36;
    wp::vec_t<4, wp::float32>* var_37;
    wp::vec_t<4, wp::float32> var_38;
    wp::vec_t<4, wp::float32> var_39;
    wp::vec_t<6, wp::float32>* var_40;
    wp::vec_t<6, wp::float32> var_41;
    wp::vec_t<6, wp::float32> var_42;
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
    const wp::float32 var_56 = 0.0;
    wp::float32 var_57;
    const wp::int32 var_58 = 1;
    wp::float32 var_59;
    wp::float32 var_60;
    const wp::float32 var_61 = 0.0;
    bool var_62;
    const wp::float32 var_63 = 1.0;
    const wp::float32 var_64 = 0.0;
    wp::float32 var_65;
    wp::float32 var_66;
    const bool var_67 = false;
    const bool var_68 = false;
    wp::vec_t<3, wp::float32> var_69;
    wp::float32 var_70;
    wp::vec_t<3, wp::float32> var_71;
    wp::vec_t<3, wp::float32> var_72;
    wp::vec_t<3, wp::float32> var_73;
    wp::vec_t<3, wp::float32> var_74;
    wp::vec_t<6, wp::float32> var_75;
    wp::vec_t<6, wp::float32> var_76;
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
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::transform_t<wp::float32> adj_22 = {};
    wp::transform_t<wp::float32> adj_23 = {};
    wp::transform_t<wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    bool adj_36 = {};
    wp::vec_t<4, wp::float32> adj_37 = {};
    wp::vec_t<4, wp::float32> adj_38 = {};
    wp::vec_t<4, wp::float32> adj_39 = {};
    wp::vec_t<6, wp::float32> adj_40 = {};
    wp::vec_t<6, wp::float32> adj_41 = {};
    wp::vec_t<6, wp::float32> adj_42 = {};
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
    wp::float32 adj_56 = {};
    wp::float32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::float32 adj_59 = {};
    wp::float32 adj_60 = {};
    wp::float32 adj_61 = {};
    bool adj_62 = {};
    wp::float32 adj_63 = {};
    wp::float32 adj_64 = {};
    wp::float32 adj_65 = {};
    wp::float32 adj_66 = {};
    bool adj_67 = {};
    bool adj_68 = {};
    wp::vec_t<3, wp::float32> adj_69 = {};
    wp::float32 adj_70 = {};
    wp::vec_t<3, wp::float32> adj_71 = {};
    wp::vec_t<3, wp::float32> adj_72 = {};
    wp::vec_t<3, wp::float32> adj_73 = {};
    wp::vec_t<3, wp::float32> adj_74 = {};
    wp::vec_t<6, wp::float32> adj_75 = {};
    wp::vec_t<6, wp::float32> adj_76 = {};
    //---------
    // forward
    // def soft_contact_forces(                                                               <L 14>
    // tid = wp.tid()                                                                         <L 31>
    var_0 = builtin_tid1d();
    // if tid >= particle_contact_count[0]:                                                   <L 32>
    var_2 = wp::address(var_particle_contact_count, var_1);
    var_4 = wp::load(var_2);
    var_3 = (var_0 >= var_4);
    if (var_3) {
        // return                                                                             <L 33>
        goto label0;
    }
    // shape = soft_contact_shape[tid]                                                        <L 34>
    var_5 = wp::address(var_soft_contact_shape, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // particle = contact_particle[tid]                                                       <L 35>
    var_8 = wp::address(var_contact_particle, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // body = shape_body[shape]                                                               <L 36>
    var_11 = wp::address(var_shape_body, var_6);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // margin = contact_margin[0]                                                             <L 37>
    var_15 = wp::address(var_contact_margin, var_14);
    var_17 = wp::load(var_15);
    var_16 = wp::copy(var_17);
    // radius = particle_radius[0]                                                            <L 38>
    var_19 = wp::address(var_particle_radius, var_18);
    var_21 = wp::load(var_19);
    var_20 = wp::copy(var_21);
    // X_wb = body_q[body]                                                                    <L 39>
    var_22 = wp::address(var_body_q, var_12);
    var_24 = wp::load(var_22);
    var_23 = wp::copy(var_24);
    // bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])                              <L 40>
    var_25 = wp::address(var_soft_contact_body_pos, var_0);
    var_27 = wp::load(var_25);
    var_26 = wp::transform_point(var_23, var_27);
    // n = soft_contact_normal[tid]                                                           <L 41>
    var_28 = wp::address(var_soft_contact_normal, var_0);
    var_30 = wp::load(var_28);
    var_29 = wp::copy(var_30);
    // separation = wp.dot(n, particle_x[particle] - bx) - radius                             <L 42>
    var_31 = wp::address(var_particle_x, var_9);
    var_33 = wp::load(var_31);
    var_32 = wp::sub(var_33, var_26);
    var_34 = wp::dot(var_29, var_32);
    var_35 = wp::sub(var_34, var_20);
    // if separation > margin:                                                                <L 43>
    var_36 = (var_35 > var_16);
    if (var_36) {
        // return                                                                             <L 44>
        goto label1;
    }
    // material = shape_materials[shape]                                                      <L 45>
    var_37 = wp::address(var_shape_materials, var_6);
    var_39 = wp::load(var_37);
    var_38 = wp::copy(var_39);
    // twist = body_qd[body]                                                                  <L 46>
    var_40 = wp::address(var_body_qd, var_12);
    var_42 = wp::load(var_40);
    var_41 = wp::copy(var_42);
    // bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)                    <L 47>
    var_43 = wp::spatial_bottom(var_41);
    var_44 = wp::spatial_top(var_41);
    var_45 = wp::cross(var_44, var_26);
    var_46 = wp::add(var_43, var_45);
    // v_rel = particle_v[particle] - bv                                                      <L 48>
    var_47 = wp::address(var_particle_v, var_9);
    var_49 = wp::load(var_47);
    var_48 = wp::sub(var_49, var_46);
    // v_normal = wp.dot(n, v_rel)                                                            <L 49>
    var_50 = wp::dot(var_29, var_48);
    // v_tangent = v_rel - n * v_normal                                                       <L 50>
    var_51 = wp::mul(var_29, var_50);
    var_52 = wp::sub(var_48, var_51);
    // fn = separation * material[0]                                                          <L 51>
    var_54 = wp::extract(var_38, var_53);
    var_55 = wp::mul(var_35, var_54);
    // fd = wp.min(v_normal, 0.0) * material[1] * wp.where(separation < 0.0, 1.0, 0.0)        <L 52>
    var_57 = wp::min(var_50, var_56);
    var_59 = wp::extract(var_38, var_58);
    var_60 = wp::mul(var_57, var_59);
    var_62 = (var_35 < var_61);
    var_65 = wp::where(var_62, var_63, var_64);
    var_66 = wp::mul(var_60, var_65);
    // if wp.static(friction == "coulomb"):                                                   <L 53>
    // elif wp.static(friction == "viscous"):                                                 <L 55>
    // ft = wp.vec3()                                                                         <L 58>
    var_69 = wp::vec_t<3, wp::float32>();
    // f_total = n * (fn + fd) + ft                                                           <L 59>
    var_70 = wp::add(var_55, var_66);
    var_71 = wp::mul(var_29, var_70);
    var_72 = wp::add(var_71, var_69);
    // wp.atomic_sub(particle_f, particle, f_total)                                           <L 60>
    // var_73 = wp::atomic_sub(var_particle_f, var_9, var_72);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 61>
    var_74 = wp::cross(var_26, var_72);
    var_75 = wp::vec_t<6, wp::float32>(var_74, var_72);
    // var_76 = wp::atomic_add(var_body_f_out, var_12, var_75);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_f_out, var_12, var_75, adj_body_f_out, adj_12, adj_75, adj_76);
    wp::adj_vec_t(var_74, var_72, adj_74, adj_72, adj_75);
    wp::adj_cross(var_26, var_72, adj_26, adj_72, adj_74);
    // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))  <L 61>
    wp::adj_atomic_sub(var_particle_f, var_9, var_72, adj_particle_f, adj_9, adj_72, adj_73);
    // adj: wp.atomic_sub(particle_f, particle, f_total)                                      <L 60>
    wp::adj_add(var_71, var_69, adj_71, adj_69, adj_72);
    wp::adj_mul(var_29, var_70, adj_29, adj_70, adj_71);
    wp::adj_add(var_55, var_66, adj_55, adj_66, adj_70);
    // adj: f_total = n * (fn + fd) + ft                                                      <L 59>
    // adj: ft = wp.vec3()                                                                    <L 58>
    // adj: elif wp.static(friction == "viscous"):                                            <L 55>
    // adj: if wp.static(friction == "coulomb"):                                              <L 53>
    wp::adj_mul(var_60, var_65, adj_60, adj_65, adj_66);
    wp::adj_where(var_62, var_63, var_64, adj_62, adj_63, adj_64, adj_65);
    wp::adj_mul(var_57, var_59, adj_57, adj_59, adj_60);
    wp::adj_extract(var_38, var_58, adj_38, adj_58, adj_59);
    wp::adj_min(var_50, var_56, adj_50, adj_56, adj_57);
    // adj: fd = wp.min(v_normal, 0.0) * material[1] * wp.where(separation < 0.0, 1.0, 0.0)   <L 52>
    wp::adj_mul(var_35, var_54, adj_35, adj_54, adj_55);
    wp::adj_extract(var_38, var_53, adj_38, adj_53, adj_54);
    // adj: fn = separation * material[0]                                                     <L 51>
    wp::adj_sub(var_48, var_51, adj_48, adj_51, adj_52);
    wp::adj_mul(var_29, var_50, adj_29, adj_50, adj_51);
    // adj: v_tangent = v_rel - n * v_normal                                                  <L 50>
    wp::adj_dot(var_29, var_48, adj_29, adj_48, adj_50);
    // adj: v_normal = wp.dot(n, v_rel)                                                       <L 49>
    wp::adj_sub(var_49, var_46, adj_47, adj_46, adj_48);
    wp::adj_address(var_particle_v, var_9, adj_particle_v, adj_9, adj_47);
    // adj: v_rel = particle_v[particle] - bv                                                 <L 48>
    wp::adj_add(var_43, var_45, adj_43, adj_45, adj_46);
    wp::adj_cross(var_44, var_26, adj_44, adj_26, adj_45);
    wp::adj_spatial_top(var_41, adj_41, adj_44);
    wp::adj_spatial_bottom(var_41, adj_41, adj_43);
    // adj: bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)               <L 47>
    wp::adj_copy(var_42, adj_40, adj_41);
    wp::adj_address(var_body_qd, var_12, adj_body_qd, adj_12, adj_40);
    // adj: twist = body_qd[body]                                                             <L 46>
    wp::adj_copy(var_39, adj_37, adj_38);
    wp::adj_address(var_shape_materials, var_6, adj_shape_materials, adj_6, adj_37);
    // adj: material = shape_materials[shape]                                                 <L 45>
    if (var_36) {
        label1:;
        // adj: return                                                                        <L 44>
    }
    // adj: if separation > margin:                                                           <L 43>
    wp::adj_sub(var_34, var_20, adj_34, adj_20, adj_35);
    wp::adj_dot(var_29, var_32, adj_29, adj_32, adj_34);
    wp::adj_sub(var_33, var_26, adj_31, adj_26, adj_32);
    wp::adj_address(var_particle_x, var_9, adj_particle_x, adj_9, adj_31);
    // adj: separation = wp.dot(n, particle_x[particle] - bx) - radius                        <L 42>
    wp::adj_copy(var_30, adj_28, adj_29);
    wp::adj_address(var_soft_contact_normal, var_0, adj_soft_contact_normal, adj_0, adj_28);
    // adj: n = soft_contact_normal[tid]                                                      <L 41>
    wp::adj_transform_point(var_23, var_27, adj_23, adj_25, adj_26);
    wp::adj_address(var_soft_contact_body_pos, var_0, adj_soft_contact_body_pos, adj_0, adj_25);
    // adj: bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])                         <L 40>
    wp::adj_copy(var_24, adj_22, adj_23);
    wp::adj_address(var_body_q, var_12, adj_body_q, adj_12, adj_22);
    // adj: X_wb = body_q[body]                                                               <L 39>
    wp::adj_copy(var_21, adj_19, adj_20);
    wp::adj_address(var_particle_radius, var_18, adj_particle_radius, adj_18, adj_19);
    // adj: radius = particle_radius[0]                                                       <L 38>
    wp::adj_copy(var_17, adj_15, adj_16);
    wp::adj_address(var_contact_margin, var_14, adj_contact_margin, adj_14, adj_15);
    // adj: margin = contact_margin[0]                                                        <L 37>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_shape_body, var_6, adj_shape_body, adj_6, adj_11);
    // adj: body = shape_body[shape]                                                          <L 36>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_contact_particle, var_0, adj_contact_particle, adj_0, adj_8);
    // adj: particle = contact_particle[tid]                                                  <L 35>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_soft_contact_shape, var_0, adj_soft_contact_shape, adj_0, adj_5);
    // adj: shape = soft_contact_shape[tid]                                                   <L 34>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 33>
    }
    wp::adj_address(var_particle_contact_count, var_1, adj_particle_contact_count, adj_1, adj_2);
    // adj: if tid >= particle_contact_count[0]:                                              <L 32>
    // adj: tid = wp.tid()                                                                    <L 31>
    // adj: def soft_contact_forces(                                                          <L 14>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->soft_contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->contact_margin.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_forward_tasks<true>(dim, _wp_args);
    else
        create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args)
{
    create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_adj_args->shape_materials.strides[0] == (int)sizeof(wp::vec_t<4, wp::float32>)) & (_wp_args->particle_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->particle_contact_count.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->contact_particle.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->soft_contact_shape.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->soft_contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->soft_contact_body_pos.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->soft_contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->soft_contact_normal.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_v.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->contact_margin.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->contact_margin.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_qd.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_f.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_args,
    wp_args_create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f *_wp_adj_args)
{
    create_soft_contact_forces_kernel__locals__soft_contact_forces_6b47b89f_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_solve_shape_contact_ee89f409 {
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> shape_centers;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normals;
};


template <bool wp_linear_contiguous>
static void solve_shape_contact_ee89f409_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_shape_contact_ee89f409 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_solve_shape_contact_ee89f409 wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_centers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers = _wp_args->shape_centers;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::vec_t<3, wp::float32> var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    bool var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // forward
    // def solve_shape_contact(                                                               <L 69>
    // tid = wp.tid()                                                                         <L 76>
    var_0 = builtin_tid1d();
    // radius = particle_radius[tid]                                                          <L 77>
    var_1 = wp::address(var_particle_radius, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // pos = particle_x[tid]                                                                  <L 78>
    var_4 = wp::address(var_particle_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // center = shape_centers[tid]                                                            <L 79>
    var_7 = wp::address(var_shape_centers, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // p = pos                                                                                <L 80>
    var_10 = wp::copy(var_5);
    // delta = p - (center + wp.normalize(pos - center) * radius)                             <L 81>
    var_11 = wp::sub(var_5, var_8);
    var_12 = wp::normalize(var_11);
    var_13 = wp::mul(var_12, var_2);
    var_14 = wp::add(var_8, var_13);
    var_15 = wp::sub(var_10, var_14);
    // dist = wp.length(delta)                                                                <L 82>
    var_16 = wp::length(var_15);
    // n = wp.vec3(0.0)                                                                       <L 83>
    var_18 = wp::vec_t<3, wp::float32>(var_17);
    // if dist > 0.0 and dist < radius:                                                       <L 84>
    var_21 = (var_16 > var_20);
    var_19 = var_21;
    if (var_19) {
        var_22 = (var_16 < var_2);
        var_19 = var_19 && var_22;
    }
    if (var_19) {
        // n = delta / dist                                                                   <L 85>
        var_23 = wp::div(var_15, var_16);
        // p = p + n * (radius - dist)                                                        <L 86>
        var_24 = wp::sub(var_2, var_16);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::add(var_10, var_25);
    }
    var_27 = wp::where(var_19, var_26, var_10);
    var_28 = wp::where(var_19, var_23, var_18);
    // new_positions[tid] = p                                                                 <L 87>
    wp::array_store(var_new_positions, var_0, var_27);
    // contact_normals[tid] = n                                                               <L 88>
    wp::array_store(var_contact_normals, var_0, var_28);
}



template <bool wp_linear_contiguous>
static void solve_shape_contact_ee89f409_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_shape_contact_ee89f409 *_wp_args,
    wp_args_solve_shape_contact_ee89f409 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_solve_shape_contact_ee89f409 wp_contiguous_args;
    wp_args_solve_shape_contact_ee89f409 wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.shape_centers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.shape_centers.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.particle_radius.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.new_positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.contact_normals.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers = _wp_args->shape_centers;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_centers = _wp_adj_args->shape_centers;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals = _wp_adj_args->contact_normals;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.0;
    wp::vec_t<3, wp::float32> var_18;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    bool var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    wp::vec_t<3, wp::float32> var_28;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    bool adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    //---------
    // forward
    // def solve_shape_contact(                                                               <L 69>
    // tid = wp.tid()                                                                         <L 76>
    var_0 = builtin_tid1d();
    // radius = particle_radius[tid]                                                          <L 77>
    var_1 = wp::address(var_particle_radius, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // pos = particle_x[tid]                                                                  <L 78>
    var_4 = wp::address(var_particle_x, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // center = shape_centers[tid]                                                            <L 79>
    var_7 = wp::address(var_shape_centers, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // p = pos                                                                                <L 80>
    var_10 = wp::copy(var_5);
    // delta = p - (center + wp.normalize(pos - center) * radius)                             <L 81>
    var_11 = wp::sub(var_5, var_8);
    var_12 = wp::normalize(var_11);
    var_13 = wp::mul(var_12, var_2);
    var_14 = wp::add(var_8, var_13);
    var_15 = wp::sub(var_10, var_14);
    // dist = wp.length(delta)                                                                <L 82>
    var_16 = wp::length(var_15);
    // n = wp.vec3(0.0)                                                                       <L 83>
    var_18 = wp::vec_t<3, wp::float32>(var_17);
    // if dist > 0.0 and dist < radius:                                                       <L 84>
    var_21 = (var_16 > var_20);
    var_19 = var_21;
    if (var_19) {
        var_22 = (var_16 < var_2);
        var_19 = var_19 && var_22;
    }
    if (var_19) {
        // n = delta / dist                                                                   <L 85>
        var_23 = wp::div(var_15, var_16);
        // p = p + n * (radius - dist)                                                        <L 86>
        var_24 = wp::sub(var_2, var_16);
        var_25 = wp::mul(var_23, var_24);
        var_26 = wp::add(var_10, var_25);
    }
    var_27 = wp::where(var_19, var_26, var_10);
    var_28 = wp::where(var_19, var_23, var_18);
    // new_positions[tid] = p                                                                 <L 87>
    // wp::array_store(var_new_positions, var_0, var_27);
    // contact_normals[tid] = n                                                               <L 88>
    // wp::array_store(var_contact_normals, var_0, var_28);
    //---------
    // reverse
    wp::adj_array_store(var_contact_normals, var_0, var_28, adj_contact_normals, adj_0, adj_28);
    // adj: contact_normals[tid] = n                                                          <L 88>
    wp::adj_array_store(var_new_positions, var_0, var_27, adj_new_positions, adj_0, adj_27);
    // adj: new_positions[tid] = p                                                            <L 87>
    wp::adj_where(var_19, var_23, var_18, adj_19, adj_23, adj_18, adj_28);
    wp::adj_where(var_19, var_26, var_10, adj_19, adj_26, adj_10, adj_27);
    if (var_19) {
        wp::adj_add(var_10, var_25, adj_10, adj_25, adj_26);
        wp::adj_mul(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_sub(var_2, var_16, adj_2, adj_16, adj_24);
        // adj: p = p + n * (radius - dist)                                                   <L 86>
        wp::adj_div(var_15, var_16, adj_15, adj_16, adj_23);
        // adj: n = delta / dist                                                              <L 85>
    }
    if (var_19) {
    }
    // adj: if dist > 0.0 and dist < radius:                                                  <L 84>
    wp::adj_vec_t(var_17, adj_17, adj_18);
    // adj: n = wp.vec3(0.0)                                                                  <L 83>
    wp::adj_length(var_15, var_16, adj_15, adj_16);
    // adj: dist = wp.length(delta)                                                           <L 82>
    wp::adj_sub(var_10, var_14, adj_10, adj_14, adj_15);
    wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_mul(var_12, var_2, adj_12, adj_2, adj_13);
    wp::adj_normalize(var_11, var_12, adj_11, adj_12);
    wp::adj_sub(var_5, var_8, adj_5, adj_8, adj_11);
    // adj: delta = p - (center + wp.normalize(pos - center) * radius)                        <L 81>
    wp::adj_copy(var_5, adj_5, adj_10);
    // adj: p = pos                                                                           <L 80>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_shape_centers, var_0, adj_shape_centers, adj_0, adj_7);
    // adj: center = shape_centers[tid]                                                       <L 79>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_4);
    // adj: pos = particle_x[tid]                                                             <L 78>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_1);
    // adj: radius = particle_radius[tid]                                                     <L 77>
    // adj: tid = wp.tid()                                                                    <L 76>
    // adj: def solve_shape_contact(                                                          <L 69>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void solve_shape_contact_ee89f409_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_ee89f409 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_shape_contact_ee89f409_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void solve_shape_contact_ee89f409_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_ee89f409 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_centers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        solve_shape_contact_ee89f409_cpu_forward_tasks<true>(dim, _wp_args);
    else
        solve_shape_contact_ee89f409_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_shape_contact_ee89f409_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_ee89f409 *_wp_args)
{
    solve_shape_contact_ee89f409_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void solve_shape_contact_ee89f409_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_ee89f409 *_wp_args,
    wp_args_solve_shape_contact_ee89f409 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        solve_shape_contact_ee89f409_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void solve_shape_contact_ee89f409_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_ee89f409 *_wp_args,
    wp_args_solve_shape_contact_ee89f409 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->shape_centers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->shape_centers.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->particle_radius.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->new_positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->contact_normals.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)));
    if (wp_linear_contiguous)
        solve_shape_contact_ee89f409_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        solve_shape_contact_ee89f409_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void solve_shape_contact_ee89f409_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_ee89f409 *_wp_args,
    wp_args_solve_shape_contact_ee89f409 *_wp_adj_args)
{
    solve_shape_contact_ee89f409_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

