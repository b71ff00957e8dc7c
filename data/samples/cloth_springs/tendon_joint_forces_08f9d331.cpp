// Warp 1.19.0 cpu code for tendon_joint_forces_08f9d331.py; preceded by preamble_cpu_8eb9cb4c56f50171.h

// tendon_joint_forces.py:44
static wp::vec_t<3, wp::float32> spring_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    wp::float32 var_rest,
    wp::float32 var_ke,
    wp::float32 var_kd)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:       <L 45>
    // d = xj - xi                                                                            <L 46>
    var_0 = wp::sub(var_xj, var_xi);
    // l = wp.length(d)                                                                       <L 47>
    var_1 = wp::length(var_0);
    // if l < 1.0e-6:                                                                         <L 48>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3(0.0)                                                                <L 49>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        return var_5;
    }
    // dir = d / l                                                                            <L 50>
    var_6 = wp::div(var_0, var_1);
    // return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))                             <L 51>
    var_7 = wp::sub(var_1, var_rest);
    var_8 = wp::mul(var_ke, var_7);
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_6);
    var_11 = wp::mul(var_kd, var_10);
    var_12 = wp::add(var_8, var_11);
    var_13 = wp::mul(var_6, var_12);
    return var_13;
}


// tendon_joint_forces.py:44
static void adj_spring_force_0(
    wp::vec_t<3, wp::float32> var_xi,
    wp::vec_t<3, wp::float32> var_xj,
    wp::vec_t<3, wp::float32> var_vi,
    wp::vec_t<3, wp::float32> var_vj,
    wp::float32 var_rest,
    wp::float32 var_ke,
    wp::float32 var_kd,
    wp::vec_t<3, wp::float32> & adj_xi,
    wp::vec_t<3, wp::float32> & adj_xj,
    wp::vec_t<3, wp::float32> & adj_vi,
    wp::vec_t<3, wp::float32> & adj_vj,
    wp::float32 & adj_rest,
    wp::float32 & adj_ke,
    wp::float32 & adj_kd,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1e-06;
    bool var_3;
    const wp::float32 var_4 = 0.0;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:       <L 45>
    // d = xj - xi                                                                            <L 46>
    var_0 = wp::sub(var_xj, var_xi);
    // l = wp.length(d)                                                                       <L 47>
    var_1 = wp::length(var_0);
    // if l < 1.0e-6:                                                                         <L 48>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3(0.0)                                                                <L 49>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        goto label0;
    }
    // dir = d / l                                                                            <L 50>
    var_6 = wp::div(var_0, var_1);
    // return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))                             <L 51>
    var_7 = wp::sub(var_1, var_rest);
    var_8 = wp::mul(var_ke, var_7);
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_6);
    var_11 = wp::mul(var_kd, var_10);
    var_12 = wp::add(var_8, var_11);
    var_13 = wp::mul(var_6, var_12);
    goto label1;
    //---------
    // reverse
    label1:;
    adj_13 += adj_ret;
    wp::adj_mul(var_6, var_12, adj_6, adj_12, adj_13);
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_mul(var_kd, var_10, adj_kd, adj_10, adj_11);
    wp::adj_dot(var_9, var_6, adj_9, adj_6, adj_10);
    wp::adj_sub(var_vj, var_vi, adj_vj, adj_vi, adj_9);
    wp::adj_mul(var_ke, var_7, adj_ke, adj_7, adj_8);
    wp::adj_sub(var_1, var_rest, adj_1, adj_rest, adj_7);
    // adj: return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))                        <L 51>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_6);
    // adj: dir = d / l                                                                       <L 50>
    if (var_3) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_vec_t(var_4, adj_4, adj_5);
        // adj: return wp.vec3(0.0)                                                           <L 49>
    }
    // adj: if l < 1.0e-6:                                                                    <L 48>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 47>
    wp::adj_sub(var_xj, var_xi, adj_xj, adj_xi, adj_0);
    // adj: d = xj - xi                                                                       <L 46>
    // adj: def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:  <L 45>
    return;
}

struct wp_args_eval_vertex_springs_087a4f06 {
    wp::array_t<wp::int32> adj_offsets;
    wp::array_t<wp::int32> adj_springs;
    wp::array_t<wp::int32> springs;
    wp::array_t<wp::int32> flags;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> rest_lengths;
    wp::int32 num_particles;
    wp::float32 k_contact;
    wp::float32 k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void eval_vertex_springs_087a4f06_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_adj_offsets = _wp_args->adj_offsets;
    wp::array_t<wp::int32> var_adj_springs = _wp_args->adj_springs;
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::int32 var_num_particles = _wp_args->num_particles;
    wp::float32 var_k_contact = _wp_args->k_contact;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    wp::int32* var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::range_t var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    wp::int32* var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::int32* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 0;
    bool var_42;
    wp::vec_t<3, wp::float32>* var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::float32* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    //---------
    // forward
    // def eval_vertex_springs(                                                               <L 55>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // if i >= num_particles:                                                                 <L 69>
    var_1 = (var_0 >= var_num_particles);
    if (var_1) {
        // return                                                                             <L 70>
        return;
    }
    // if (flags[i] & ParticleFlags.ACTIVE) == 0:                                             <L 71>
    var_2 = wp::address(var_flags, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::bit_and(var_5, var_3);
    var_7 = (var_4 == var_6);
    if (var_7) {
        // return                                                                             <L 72>
        return;
    }
    // xi = x[i]                                                                              <L 73>
    var_8 = wp::address(var_x, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // vi = v[i]                                                                              <L 74>
    var_11 = wp::address(var_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // f_total = wp.vec3(0.0)                                                                 <L 75>
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    // for k in range(adj_offsets[i], adj_offsets[i + 1]):                                    <L 76>
    var_16 = wp::address(var_adj_offsets, var_0);
    var_18 = wp::add(var_0, var_17);
    var_19 = wp::address(var_adj_offsets, var_18);
    var_21 = wp::load(var_16);
    var_22 = wp::load(var_19);
    var_20 = wp::range(var_21, var_22);
    start_for_2:;
        if (iter_cmp(var_20) == 0) goto end_for_2;
        var_23 = wp::iter_next(var_20);
        // s = adj_springs[k]                                                                 <L 77>
        var_24 = wp::address(var_adj_springs, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // j = springs[s, 0]                                                                  <L 78>
        var_28 = wp::address(var_springs, var_25, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // if j == i:                                                                         <L 79>
        var_31 = (var_29 == var_0);
        if (var_31) {
            // j = springs[s, 1]                                                              <L 80>
            var_33 = wp::address(var_springs, var_25, var_32);
            var_35 = wp::load(var_33);
            var_34 = wp::copy(var_35);
        }
        var_36 = wp::where(var_31, var_34, var_29);
        // if (flags[j] & ParticleFlags.ACTIVE) == 0:                                         <L 82>
        var_37 = wp::address(var_flags, var_36);
        var_40 = wp::load(var_37);
        var_39 = wp::bit_and(var_40, var_38);
        var_42 = (var_39 == var_41);
        if (var_42) {
            // continue                                                                       <L 83>
            goto start_for_2;
        }
        // f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_contact, k_damp)       <L 84>
        var_43 = wp::address(var_x, var_36);
        var_44 = wp::address(var_v, var_36);
        var_45 = wp::address(var_rest_lengths, var_25);
        var_47 = wp::load(var_43);
        var_48 = wp::load(var_44);
        var_49 = wp::load(var_45);
        var_46 = spring_force_0(var_9, var_47, var_12, var_48, var_49, var_k_contact, var_k_damp);
        var_50 = wp::add(var_15, var_46);
        wp::assign(var_15, var_50);
        goto start_for_2;
    end_for_2:;
    // wp.atomic_add(forces, i, f_total)                                                      <L 86>
    var_51 = wp::atomic_add(var_forces, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void eval_vertex_springs_087a4f06_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args,
    wp_args_eval_vertex_springs_087a4f06 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_adj_offsets = _wp_args->adj_offsets;
    wp::array_t<wp::int32> var_adj_springs = _wp_args->adj_springs;
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::int32> var_flags = _wp_args->flags;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_rest_lengths = _wp_args->rest_lengths;
    wp::int32 var_num_particles = _wp_args->num_particles;
    wp::float32 var_k_contact = _wp_args->k_contact;
    wp::float32 var_k_damp = _wp_args->k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::int32> adj_adj_offsets = _wp_adj_args->adj_offsets;
    wp::array_t<wp::int32> adj_adj_springs = _wp_adj_args->adj_springs;
    wp::array_t<wp::int32> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::int32> adj_flags = _wp_adj_args->flags;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_rest_lengths = _wp_adj_args->rest_lengths;
    wp::int32 adj_num_particles = _wp_adj_args->num_particles;
    wp::float32 adj_k_contact = _wp_adj_args->k_contact;
    wp::float32 adj_k_damp = _wp_adj_args->k_damp;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int32* var_2;
    const wp::int32 var_3 = 1;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::vec_t<3, wp::float32>* var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    wp::int32* var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32* var_19;
    wp::range_t var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::int32 var_23;
    wp::int32* var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 0;
    wp::int32* var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    bool var_31;
    const wp::int32 var_32 = 1;
    wp::int32* var_33;
    wp::int32 var_34;
    wp::int32 var_35;
    wp::int32 var_36;
    wp::int32* var_37;
    const wp::int32 var_38 = 1;
    wp::int32 var_39;
    wp::int32 var_40;
    const wp::int32 var_41 = 0;
    bool var_42;
    wp::vec_t<3, wp::float32>* var_43;
    wp::vec_t<3, wp::float32>* var_44;
    wp::float32* var_45;
    wp::vec_t<3, wp::float32> var_46;
    wp::vec_t<3, wp::float32> var_47;
    wp::vec_t<3, wp::float32> var_48;
    wp::float32 var_49;
    wp::vec_t<3, wp::float32> var_50;
    wp::vec_t<3, wp::float32> var_51;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::range_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    bool adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    bool adj_42 = {};
    wp::vec_t<3, wp::float32> adj_43 = {};
    wp::vec_t<3, wp::float32> adj_44 = {};
    wp::float32 adj_45 = {};
    wp::vec_t<3, wp::float32> adj_46 = {};
    wp::vec_t<3, wp::float32> adj_47 = {};
    wp::vec_t<3, wp::float32> adj_48 = {};
    wp::float32 adj_49 = {};
    wp::vec_t<3, wp::float32> adj_50 = {};
    wp::vec_t<3, wp::float32> adj_51 = {};
    //---------
    // forward
    // def eval_vertex_springs(                                                               <L 55>
    // i = wp.tid()                                                                           <L 68>
    var_0 = builtin_tid1d();
    // if i >= num_particles:                                                                 <L 69>
    var_1 = (var_0 >= var_num_particles);
    if (var_1) {
        // return                                                                             <L 70>
        goto label0;
    }
    // if (flags[i] & ParticleFlags.ACTIVE) == 0:                                             <L 71>
    var_2 = wp::address(var_flags, var_0);
    var_5 = wp::load(var_2);
    var_4 = wp::bit_and(var_5, var_3);
    var_7 = (var_4 == var_6);
    if (var_7) {
        // return                                                                             <L 72>
        goto label1;
    }
    // xi = x[i]                                                                              <L 73>
    var_8 = wp::address(var_x, var_0);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // vi = v[i]                                                                              <L 74>
    var_11 = wp::address(var_v, var_0);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // f_total = wp.vec3(0.0)                                                                 <L 75>
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    // for k in range(adj_offsets[i], adj_offsets[i + 1]):                                    <L 76>
    var_16 = wp::address(var_adj_offsets, var_0);
    var_18 = wp::add(var_0, var_17);
    var_19 = wp::address(var_adj_offsets, var_18);
    var_21 = wp::load(var_16);
    var_22 = wp::load(var_19);
    var_20 = wp::range(var_21, var_22);
    // wp.atomic_add(forces, i, f_total)                                                      <L 86>
    // var_51 = wp::atomic_add(var_forces, var_0, var_15);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_0, var_15, adj_forces, adj_0, adj_15, adj_51);
    // adj: wp.atomic_add(forces, i, f_total)                                                 <L 86>
    var_20 = wp::iter_reverse(var_20);
    start_for_2:;
        if (iter_cmp(var_20) == 0) goto end_for_2;
        var_23 = wp::iter_next(var_20);
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
        // s = adj_springs[k]                                                                 <L 77>
        var_24 = wp::address(var_adj_springs, var_23);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // j = springs[s, 0]                                                                  <L 78>
        var_28 = wp::address(var_springs, var_25, var_27);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // if j == i:                                                                         <L 79>
        var_31 = (var_29 == var_0);
        if (var_31) {
            // j = springs[s, 1]                                                              <L 80>
            var_33 = wp::address(var_springs, var_25, var_32);
            var_35 = wp::load(var_33);
            var_34 = wp::copy(var_35);
        }
        var_36 = wp::where(var_31, var_34, var_29);
        // if (flags[j] & ParticleFlags.ACTIVE) == 0:                                         <L 82>
        var_37 = wp::address(var_flags, var_36);
        var_40 = wp::load(var_37);
        var_39 = wp::bit_and(var_40, var_38);
        var_42 = (var_39 == var_41);
        if (var_42) {
            // continue                                                                       <L 83>
            goto start_for_2;
        }
        // f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_contact, k_damp)       <L 84>
        var_43 = wp::address(var_x, var_36);
        var_44 = wp::address(var_v, var_36);
        var_45 = wp::address(var_rest_lengths, var_25);
        var_47 = wp::load(var_43);
        var_48 = wp::load(var_44);
        var_49 = wp::load(var_45);
        var_46 = spring_force_0(var_9, var_47, var_12, var_48, var_49, var_k_contact, var_k_damp);
        var_50 = wp::add(var_15, var_46);
        wp::assign(var_15, var_50);
        wp::adj_assign(var_15, var_50, adj_15, adj_50);
        wp::adj_add(var_15, var_46, adj_15, adj_46, adj_50);
        adj_spring_force_0(var_9, var_47, var_12, var_48, var_49, var_k_contact, var_k_damp, adj_9, adj_43, adj_12, adj_44, adj_45, adj_k_contact, adj_k_damp, adj_46);
        wp::adj_address(var_rest_lengths, var_25, adj_rest_lengths, adj_25, adj_45);
        wp::adj_address(var_v, var_36, adj_v, adj_36, adj_44);
        wp::adj_address(var_x, var_36, adj_x, adj_36, adj_43);
        // adj: f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_contact, k_damp)  <L 84>
        if (var_42) {
            // adj: continue                                                                  <L 83>
        }
        wp::adj_address(var_flags, var_36, adj_flags, adj_36, adj_37);
        // adj: if (flags[j] & ParticleFlags.ACTIVE) == 0:                                    <L 82>
        wp::adj_where(var_31, var_34, var_29, adj_31, adj_34, adj_29, adj_36);
        if (var_31) {
            wp::adj_copy(var_35, adj_33, adj_34);
            wp::adj_address(var_springs, var_25, var_32, adj_springs, adj_25, adj_32, adj_33);
            // adj: j = springs[s, 1]                                                         <L 80>
        }
        // adj: if j == i:                                                                    <L 79>
        wp::adj_copy(var_30, adj_28, adj_29);
        wp::adj_address(var_springs, var_25, var_27, adj_springs, adj_25, adj_27, adj_28);
        // adj: j = springs[s, 0]                                                             <L 78>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_adj_springs, var_23, adj_adj_springs, adj_23, adj_24);
        // adj: s = adj_springs[k]                                                            <L 77>
    	goto start_for_2;
    end_for_2:;
    wp::adj_address(var_adj_offsets, var_18, adj_adj_offsets, adj_18, adj_19);
    wp::adj_add(var_0, var_17, adj_0, adj_17, adj_18);
    wp::adj_address(var_adj_offsets, var_0, adj_adj_offsets, adj_0, adj_16);
    // adj: for k in range(adj_offsets[i], adj_offsets[i + 1]):                               <L 76>
    wp::adj_vec_t(var_14, adj_14, adj_15);
    // adj: f_total = wp.vec3(0.0)                                                            <L 75>
    wp::adj_copy(var_13, adj_11, adj_12);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_11);
    // adj: vi = v[i]                                                                         <L 74>
    wp::adj_copy(var_10, adj_8, adj_9);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_8);
    // adj: xi = x[i]                                                                         <L 73>
    if (var_7) {
        label1:;
        // adj: return                                                                        <L 72>
    }
    wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_2);
    // adj: if (flags[i] & ParticleFlags.ACTIVE) == 0:                                        <L 71>
    if (var_1) {
        label0:;
        // adj: return                                                                        <L 70>
    }
    // adj: if i >= num_particles:                                                            <L 69>
    // adj: i = wp.tid()                                                                      <L 68>
    // adj: def eval_vertex_springs(                                                          <L 55>
    return;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_vertex_springs_087a4f06_cpu_forward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_vertex_springs_087a4f06_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void eval_vertex_springs_087a4f06_cpu_forward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_vertex_springs_087a4f06_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_vertex_springs_087a4f06_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args)
{
    eval_vertex_springs_087a4f06_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void eval_vertex_springs_087a4f06_cpu_backward_tasks(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args,
    wp_args_eval_vertex_springs_087a4f06 *_wp_adj_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        eval_vertex_springs_087a4f06_cpu_kernel_backward<wp_linear_contiguous>(
            *dim, task_index, _wp_args, _wp_adj_args);
    }
}

static WP_FORCEINLINE void eval_vertex_springs_087a4f06_cpu_backward_dispatch(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args,
    wp_args_eval_vertex_springs_087a4f06 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    eval_vertex_springs_087a4f06_cpu_backward_tasks<false>(dim, _wp_args, _wp_adj_args);
}

extern "C" {

WP_API void eval_vertex_springs_087a4f06_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_vertex_springs_087a4f06 *_wp_args,
    wp_args_eval_vertex_springs_087a4f06 *_wp_adj_args)
{
    eval_vertex_springs_087a4f06_cpu_backward_dispatch(dim, _wp_args, _wp_adj_args);
}

} // extern C

struct wp_args_tendon_joint_forces_8ecd7e6b {
    wp::array_t<wp::int32> tendon_start;
    wp::array_t<wp::int32> tendon_joint;
    wp::array_t<wp::float32> tendon_gear;
    wp::array_t<wp::float32> joint_q;
    wp::array_t<wp::float32> joint_qd;
    wp::array_t<wp::float32> tendon_length0;
    wp::array_t<wp::float32> tendon_ke;
    wp::array_t<wp::float32> tendon_damping;
    wp::int32 num_tendons;
    wp::array_t<wp::float32> joint_f;
    wp::array_t<wp::float32> tendon_length;
};


template <bool wp_linear_contiguous>
static void tendon_joint_forces_8ecd7e6b_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_tendon_joint_forces_8ecd7e6b *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_tendon_start = _wp_args->tendon_start;
    wp::array_t<wp::int32> var_tendon_joint = _wp_args->tendon_joint;
    wp::array_t<wp::float32> var_tendon_gear = _wp_args->tendon_gear;
    wp::array_t<wp::float32> var_joint_q = _wp_args->joint_q;
    wp::array_t<wp::float32> var_joint_qd = _wp_args->joint_qd;
    wp::array_t<wp::float32> var_tendon_length0 = _wp_args->tendon_length0;
    wp::array_t<wp::float32> var_tendon_ke = _wp_args->tendon_ke;
    wp::array_t<wp::float32> var_tendon_damping = _wp_args->tendon_damping;
    wp::int32 var_num_tendons = _wp_args->num_tendons;
    wp::array_t<wp::float32> var_joint_f = _wp_args->joint_f;
    wp::array_t<wp::float32> var_tendon_length = _wp_args->tendon_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    bool var_2;
    wp::int32* var_3;
    wp::int32 var_4;
    wp::int32 var_5;
    const wp::int32 var_6 = 1;
    wp::int32 var_7;
    wp::int32* var_8;
    wp::int32 var_9;
    wp::int32 var_10;
    wp::float32* var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::float32 var_15;
    const wp::float32 var_16 = 0.0;
    wp::float32 var_17;
    wp::range_t var_18;
    wp::int32 var_19;
    wp::int32* var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    wp::float32* var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32* var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    wp::float32* var_30;
    wp::float32 var_31;
    wp::float32 var_32;
    wp::float32 var_33;
    const wp::float32 var_34 = 0.0;
    wp::float32 var_35;
    bool var_36;
    wp::float32* var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    wp::float32 var_40;
    wp::float32* var_41;
    wp::float32 var_42;
    wp::float32 var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    wp::float32 var_46;
    wp::float32 var_47;
    wp::range_t var_48;
    wp::int32 var_49;
    wp::int32* var_50;
    wp::float32* var_51;
    wp::float32 var_52;
    wp::float32 var_53;
    wp::float32 var_54;
    wp::int32 var_55;
    //---------
    // forward
    // def tendon_joint_forces(                                                               <L 9>
    // world, t = wp.tid()                                                                    <L 23>
    builtin_tid2d(var_0, var_1);
    // if t >= num_tendons:                                                                   <L 24>
    var_2 = (var_1 >= var_num_tendons);
    if (var_2) {
        // return                                                                             <L 25>
        return;
    }
    // start = tendon_start[t]                                                                <L 26>
    var_3 = wp::address(var_tendon_start, var_1);
    var_5 = wp::load(var_3);
    var_4 = wp::copy(var_5);
    // end = tendon_start[t + 1]                                                              <L 27>
    var_7 = wp::add(var_1, var_6);
    var_8 = wp::address(var_tendon_start, var_7);
    var_10 = wp::load(var_8);
    var_9 = wp::copy(var_10);
    // rest = tendon_length0[t]                                                               <L 28>
    var_11 = wp::address(var_tendon_length0, var_1);
    var_13 = wp::load(var_11);
    var_12 = wp::copy(var_13);
    // length = float(0.0)                                                                    <L 29>
    var_15 = wp::float(var_14);
    // rate = float(0.0)                                                                      <L 30>
    var_17 = wp::float(var_16);
    // for k in range(start, end):                                                            <L 31>
    var_18 = wp::range(var_4, var_9);
    start_for_1:;
        if (iter_cmp(var_18) == 0) goto end_for_1;
        var_19 = wp::iter_next(var_18);
        // dof = tendon_joint[k]                                                              <L 32>
        var_20 = wp::address(var_tendon_joint, var_19);
        var_22 = wp::load(var_20);
        var_21 = wp::copy(var_22);
        // c = tendon_gear[k]                                                                 <L 33>
        var_23 = wp::address(var_tendon_gear, var_19);
        var_25 = wp::load(var_23);
        var_24 = wp::copy(var_25);
        // length += c * joint_q[world, dof]                                                  <L 34>
        var_26 = wp::address(var_joint_q, var_0, var_21);
        var_28 = wp::load(var_26);
        var_27 = wp::mul(var_24, var_28);
        var_29 = wp::add(var_15, var_27);
        // rate += c * joint_qd[world, dof]                                                   <L 35>
        var_30 = wp::address(var_joint_qd, var_0, var_21);
        var_32 = wp::load(var_30);
        var_31 = wp::mul(var_24, var_32);
        var_33 = wp::add(var_17, var_31);
        wp::assign(var_15, var_29);
        wp::assign(var_17, var_33);
        goto start_for_1;
    end_for_1:;
    // tendon_length[world, t] = length                                                       <L 36>
    wp::array_store(var_tendon_length, var_0, var_1, var_15);
    // tension = float(0.0)                                                                   <L 37>
    var_35 = wp::float(var_34);
    // if length > rest:                                                                      <L 38>
    var_36 = (var_15 > var_12);
    if (var_36) {
        // tension = wp.max(tendon_ke[t] * (length - rest) + tendon_damping[t] * rate, 0.0)       <L 39>
        var_37 = wp::address(var_tendon_ke, var_1);
        var_38 = wp::sub(var_15, var_12);
        var_40 = wp::load(var_37);
        var_39 = wp::mul(var_40, var_38);
        var_41 = wp::address(var_tendon_damping, var_1);
        var_43 = wp::load(var_41);
        var_42 = wp::mul(var_43, var_17);
        var_44 = wp::add(var_39, var_42);
        var_46 = wp::max(var_44, var_45);
    }
    var_47 = wp::where(var_36, var_46, var_35);
    // for k in range(start, end):                                                            <L 40>
    var_48 = wp::range(var_4, var_9);
    start_for_3:;
        if (iter_cmp(var_48) == 0) goto end_for_3;
        var_49 = wp::iter_next(var_48);
        // wp.atomic_sub(joint_f, world, tendon_joint[k], tendon_gear[k] * tension)           <L 41>
        var_50 = wp::address(var_tendon_joint, var_49);
        var_51 = wp::address(var_tendon_gear, var_49);
        var_53 = wp::load(var_51);
        var_52 = wp::mul(var_53, var_47);
        var_55 = wp::load(var_50);
        var_54 = wp::atomic_sub(var_joint_f, var_0, var_55, var_52);
        goto start_for_3;
    end_for_3:;
}



template <bool wp_linear_contiguous>
static WP_FORCEINLINE void tendon_joint_forces_8ecd7e6b_cpu_forward_tasks(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8ecd7e6b *_wp_args)
{
    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        tendon_joint_forces_8ecd7e6b_cpu_kernel_forward<wp_linear_contiguous>(*dim, task_index, _wp_args);
    }
}

static WP_FORCEINLINE void tendon_joint_forces_8ecd7e6b_cpu_forward_dispatch(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8ecd7e6b *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    tendon_joint_forces_8ecd7e6b_cpu_forward_tasks<false>(dim, _wp_args);
}

extern "C" {

// Python CPU entry points
WP_API void tendon_joint_forces_8ecd7e6b_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_tendon_joint_forces_8ecd7e6b *_wp_args)
{
    tendon_joint_forces_8ecd7e6b_cpu_forward_dispatch(dim, _wp_args);
}

} // extern C

