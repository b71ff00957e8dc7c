// Warp 1.19.0 cpu code for eval_body_contacts_1d6f82d3.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// eval_body_contacts.py:4
static wp::vec_t<3, wp::float32> pair_repulsion_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::float32 var_radius,
    wp::float32 var_k)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    bool var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // forward
    // def pair_repulsion(xi: wp.vec3, xj: wp.vec3, radius: float, k: float):                 <L 5>
    // delta = xi - xj                                                                        <L 6>
    var_0 = wp::sub(var_xi, var_xj);
    // dist = wp.length(delta)                                                                <L 7>
    var_1 = wp::length(var_0);
    // result = wp.vec3()                                                                     <L 8>
    var_2 = wp::vec_t<3, wp::float32>();
    // if dist < 2.0 * radius and dist > 0.0:                                                 <L 9>
    var_5 = wp::mul(var_4, var_radius);
    var_6 = (var_1 < var_5);
    var_3 = var_6;
    if (var_3) {
        var_8 = (var_1 > var_7);
        var_3 = var_3 && var_8;
    }
    if (var_3) {
        // result = delta / dist * (k * (2.0 * radius - dist))                                <L 10>
        var_9 = wp::div(var_0, var_1);
        var_11 = wp::mul(var_10, var_radius);
        var_12 = wp::sub(var_11, var_1);
        var_13 = wp::mul(var_k, var_12);
        var_14 = wp::mul(var_9, var_13);
    }
    var_15 = wp::where(var_3, var_14, var_2);
    // return result                                                                          <L 11>
    return var_15;
}


// eval_body_contacts.py:4
static void adj_pair_repulsion_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::float32 var_radius,
    wp::float32 var_k,
    wp::vec_t<3, wp::float32> & adj_xi,
    wp::vec_t<3, wp::float32> & adj_xj,
    wp::float32 & adj_radius,
    wp::float32 & adj_k,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    bool var_3;
    const wp::float32 var_4 = 2.0;
    wp::float32 var_5;
    bool var_6;
    const wp::float32 var_7 = 0.0;
    bool var_8;
    wp::vec_t<3, wp::float32> var_9;
    const wp::float32 var_10 = 2.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    bool adj_6 = {};
    wp::float32 adj_7 = {};
    bool adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    //---------
    // forward
    // def pair_repulsion(xi: wp.vec3, xj: wp.vec3, radius: float, k: float):                 <L 5>
    // delta = xi - xj                                                                        <L 6>
    var_0 = wp::sub(var_xi, var_xj);
    // dist = wp.length(delta)                                                                <L 7>
    var_1 = wp::length(var_0);
    // result = wp.vec3()                                                                     <L 8>
    var_2 = wp::vec_t<3, wp::float32>();
    // if dist < 2.0 * radius and dist > 0.0:                                                 <L 9>
    var_5 = wp::mul(var_4, var_radius);
    var_6 = (var_1 < var_5);
    var_3 = var_6;
    if (var_3) {
        var_8 = (var_1 > var_7);
        var_3 = var_3 && var_8;
    }
    if (var_3) {
        // result = delta / dist * (k * (2.0 * radius - dist))                                <L 10>
        var_9 = wp::div(var_0, var_1);
        var_11 = wp::mul(var_10, var_radius);
        var_12 = wp::sub(var_11, var_1);
        var_13 = wp::mul(var_k, var_12);
        var_14 = wp::mul(var_9, var_13);
    }
    var_15 = wp::where(var_3, var_14, var_2);
    // return result                                                                          <L 11>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_15 += adj_ret;
    // adj: return result                                                                     <L 11>
    wp::adj_where(var_3, var_14, var_2, adj_3, adj_14, adj_2, adj_15);
    if (var_3) {
        wp::adj_mul(var_9, var_13, adj_9, adj_13, adj_14);
        wp::adj_mul(var_k, var_12, adj_k, adj_12, adj_13);
        wp::adj_sub(var_11, var_1, adj_11, adj_1, adj_12);
        wp::adj_mul(var_10, var_radius, adj_10, adj_radius, adj_11);
        wp::adj_div(var_0, var_1, adj_0, adj_1, adj_9);
        // adj: result = delta / dist * (k * (2.0 * radius - dist))                           <L 10>
    }
    if (var_3) {
    }
    wp::adj_mul(var_4, var_radius, adj_4, adj_radius, adj_5);
    // adj: if dist < 2.0 * radius and dist > 0.0:                                            <L 9>
    // adj: result = wp.vec3()                                                                <L 8>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: dist = wp.length(delta)                                                           <L 7>
    wp::adj_sub(var_xi, var_xj, adj_xi, adj_xj, adj_0);
    // adj: delta = xi - xj                                                                   <L 6>
    // adj: def pair_repulsion(xi: wp.vec3, xj: wp.vec3, radius: float, k: float):            <L 5>
    return;
}

struct wp_args_eval_body_contacts_eeca53fa {
    wp::array_t<wp::float32> body_inv_mass;
    wp::array_t<wp::int32> shape_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 particle_radius;
    wp::float32 stiffness;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void eval_body_contacts_eeca53fa_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_body_contacts_eeca53fa *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_body_contacts_eeca53fa wp_contiguous_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::transform_t<wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<6, wp::float32> var_23;
    wp::vec_t<6, wp::float32> var_24;
    //---------
    // forward
    // def eval_body_contacts(                                                                <L 15>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // if body_inv_mass[tid] == 0.0:                                                          <L 28>
    var_1 = wp::address(var_body_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 29>
        return;
    }
    // body = shape_body[tid]                                                                 <L 30>
    var_5 = wp::address(var_shape_body, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if body < 0:                                                                           <L 32>
    var_9 = (var_6 < var_8);
    if (var_9) {
        // return                                                                             <L 33>
        return;
    }
    // x = particle_x[tid]                                                                    <L 34>
    var_10 = wp::address(var_particle_x, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // f_pair = pair_repulsion(x, positions[tid], particle_radius, stiffness)                 <L 35>
    var_13 = wp::address(var_positions, var_0);
    var_15 = wp::load(var_13);
    var_14 = pair_repulsion_0(var_11, var_15, var_particle_radius, var_stiffness);
    // x_com = wp.transform_point(body_q[body], body_com[body])                               <L 36>
    var_16 = wp::address(var_body_q, var_6);
    var_17 = wp::address(var_body_com, var_6);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::transform_point(var_19, var_20);
    // r = x - x_com                                                                          <L 37>
    var_21 = wp::sub(var_11, var_18);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f_pair), f_pair))        <L 38>
    var_22 = wp::cross(var_21, var_14);
    var_23 = wp::vec_t<6, wp::float32>(var_22, var_14);
    var_24 = wp::atomic_add(var_body_f_out, var_6, var_23);
}



template <bool wp_linear_contiguous>
static void eval_body_contacts_eeca53fa_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_body_contacts_eeca53fa *_wp_args,
    wp_args_eval_body_contacts_eeca53fa *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;
    wp_args_eval_body_contacts_eeca53fa wp_contiguous_args;
    wp_args_eval_body_contacts_eeca53fa wp_contiguous_adj_args;
    if constexpr (wp_linear_contiguous)
    {
        wp_contiguous_args = *_wp_args;
        wp_contiguous_adj_args = *_wp_adj_args;
        wp_contiguous_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_adj_args.body_inv_mass.strides[0] = sizeof(wp::float32);
        wp_contiguous_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_adj_args.shape_body.strides[0] = sizeof(wp::int32);
        wp_contiguous_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_adj_args.body_q.strides[0] = sizeof(wp::transform_t<wp::float32>);
        wp_contiguous_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.body_com.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.particle_x.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_adj_args.positions.strides[0] = sizeof(wp::vec_t<3, wp::float32>);
        wp_contiguous_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        wp_contiguous_adj_args.body_f_out.strides[0] = sizeof(wp::vec_t<6, wp::float32>);
        _wp_args = &wp_contiguous_args;
        _wp_adj_args = &wp_contiguous_adj_args;
    }
    //---------
    // argument vars
    wp::array_t<wp::float32> var_body_inv_mass = _wp_args->body_inv_mass;
    wp::array_t<wp::int32> var_shape_body = _wp_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::float32> adj_body_inv_mass = _wp_adj_args->body_inv_mass;
    wp::array_t<wp::int32> adj_shape_body = _wp_adj_args->shape_body;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::int32* var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    const wp::int32 var_8 = 0;
    bool var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::transform_t<wp::float32>* var_16;
    wp::vec_t<3, wp::float32>* var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::transform_t<wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<6, wp::float32> var_23;
    wp::vec_t<6, wp::float32> var_24;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::transform_t<wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::transform_t<wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<6, wp::float32> adj_23 = {};
    wp::vec_t<6, wp::float32> adj_24 = {};
    //---------
    // forward
    // def eval_body_contacts(                                                                <L 15>
    // tid = wp.tid()                                                                         <L 26>
    var_0 = builtin_tid1d();
    // if body_inv_mass[tid] == 0.0:                                                          <L 28>
    var_1 = wp::address(var_body_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 29>
        goto label0;
    }
    // body = shape_body[tid]                                                                 <L 30>
    var_5 = wp::address(var_shape_body, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // if body < 0:                                                                           <L 32>
    var_9 = (var_6 < var_8);
    if (var_9) {
        // return                                                                             <L 33>
        goto label1;
    }
    // x = particle_x[tid]                                                                    <L 34>
    var_10 = wp::address(var_particle_x, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // f_pair = pair_repulsion(x, positions[tid], particle_radius, stiffness)                 <L 35>
    var_13 = wp::address(var_positions, var_0);
    var_15 = wp::load(var_13);
    var_14 = pair_repulsion_0(var_11, var_15, var_particle_radius, var_stiffness);
    // x_com = wp.transform_point(body_q[body], body_com[body])                               <L 36>
    var_16 = wp::address(var_body_q, var_6);
    var_17 = wp::address(var_body_com, var_6);
    var_19 = wp::load(var_16);
    var_20 = wp::load(var_17);
    var_18 = wp::transform_point(var_19, var_20);
    // r = x - x_com                                                                          <L 37>
    var_21 = wp::sub(var_11, var_18);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f_pair), f_pair))        <L 38>
    var_22 = wp::cross(var_21, var_14);
    var_23 = wp::vec_t<6, wp::float32>(var_22, var_14);
    // var_24 = wp::atomic_add(var_body_f_out, var_6, var_23);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_f_out, var_6, var_23, adj_body_f_out, adj_6, adj_23, adj_24);
    wp::adj_vec_t(var_22, var_14, adj_22, adj_14, adj_23);
    wp::adj_cross(var_21, var_14, adj_21, adj_14, adj_22);
    // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f_pair), f_pair))   <L 38>
    wp::adj_sub(var_11, var_18, adj_11, adj_18, adj_21);
    // adj: r = x - x_com                                                                     <L 37>
    wp::adj_transform_point(var_19, var_20, adj_16, adj_17, adj_18);
    wp::adj_address(var_body_com, var_6, adj_body_com, adj_6, adj_17);
    wp::adj_address(var_body_q, var_6, adj_body_q, adj_6, adj_16);
    // adj: x_com = wp.transform_point(body_q[body], body_com[body])                          <L 36>
    adj_pair_repulsion_0(var_11, var_15, var_particle_radius, var_stiffness, adj_11, adj_13, adj_particle_radius, adj_stiffness, adj_14);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_13);
    // adj: f_pair = pair_repulsion(x, positions[tid], particle_radius, stiffness)            <L 35>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_10);
    // adj: x = particle_x[tid]                                                               <L 34>
    if (var_9) {
        label1:;
        // adj: return                                                                        <L 33>
    }
    // adj: if body < 0:                                                                      <L 32>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_shape_body, var_0, adj_shape_body, adj_0, adj_5);
    // adj: body = shape_body[tid]                                                            <L 30>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 29>
    }
    wp::adj_address(var_body_inv_mass, var_0, adj_body_inv_mass, adj_0, adj_1);
    // adj: if body_inv_mass[tid] == 0.0:                                                     <L 28>
    // adj: tid = wp.tid()                                                                    <L 26>
    // adj: def eval_body_contacts(                                                           <L 15>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_body_contacts_eeca53fa_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_eeca53fa *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_body_contacts_eeca53fa_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_body_contacts_eeca53fa_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_eeca53fa *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_body_contacts_eeca53fa_cpu_forward_tasks<true>(dim, _wp_args);
    else
        eval_body_contacts_eeca53fa_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_body_contacts_eeca53fa_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_eeca53fa *_wp_args)
{
    eval_body_contacts_eeca53fa_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_body_contacts_eeca53fa_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_eeca53fa *_wp_args,
    wp_args_eval_body_contacts_eeca53fa *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_body_contacts_eeca53fa_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_body_contacts_eeca53fa_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_eeca53fa *_wp_args,
    wp_args_eval_body_contacts_eeca53fa *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    const bool wp_linear_contiguous = dim->coord_mult == 1 && ((_wp_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_adj_args->body_inv_mass.strides[0] == (int)sizeof(wp::float32)) & (_wp_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_adj_args->shape_body.strides[0] == (int)sizeof(wp::int32)) & (_wp_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_adj_args->body_q.strides[0] == (int)sizeof(wp::transform_t<wp::float32>)) & (_wp_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->body_com.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->particle_x.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_adj_args->positions.strides[0] == (int)sizeof(wp::vec_t<3, wp::float32>)) & (_wp_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)) & (_wp_adj_args->body_f_out.strides[0] == (int)sizeof(wp::vec_t<6, wp::float32>)));
    if (wp_linear_contiguous)
        eval_body_contacts_eeca53fa_cpu_backward_tasks<true>(dim, _wp_args, _wp_adj_args);
    else
        eval_body_contacts_eeca53fa_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_body_contacts_eeca53fa_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_contacts_eeca53fa *_wp_args,
    wp_args_eval_body_contacts_eeca53fa *_wp_adj_args)
{
    eval_body_contacts_eeca53fa_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

