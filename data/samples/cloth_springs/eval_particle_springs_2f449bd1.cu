// Warp 1.19.0 cuda code for eval_particle_springs_2f449bd1.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// eval_particle_springs.py:8
static CUDA_CALLABLE wp::vec_t<3, wp::float32> spring_force_0(
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
    // def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:       <L 9>
    // d = xj - xi                                                                            <L 10>
    var_0 = wp::sub(var_xj, var_xi);
    // l = wp.length(d)                                                                       <L 11>
    var_1 = wp::length(var_0);
    // if l < 1.0e-6:                                                                         <L 12>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3(0.0)                                                                <L 13>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        return var_5;
    }
    // dir = d / l                                                                            <L 14>
    var_6 = wp::div(var_0, var_1);
    // return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))                             <L 15>
    var_7 = wp::sub(var_1, var_rest);
    var_8 = wp::mul(var_ke, var_7);
    var_9 = wp::sub(var_vj, var_vi);
    var_10 = wp::dot(var_9, var_6);
    var_11 = wp::mul(var_kd, var_10);
    var_12 = wp::add(var_8, var_11);
    var_13 = wp::mul(var_6, var_12);
    return var_13;
}


// eval_particle_springs.py:8
static CUDA_CALLABLE void adj_spring_force_0(
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
    // def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:       <L 9>
    // d = xj - xi                                                                            <L 10>
    var_0 = wp::sub(var_xj, var_xi);
    // l = wp.length(d)                                                                       <L 11>
    var_1 = wp::length(var_0);
    // if l < 1.0e-6:                                                                         <L 12>
    var_3 = (var_1 < var_2);
    if (var_3) {
        // return wp.vec3(0.0)                                                                <L 13>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        goto label0;
    }
    // dir = d / l                                                                            <L 14>
    var_6 = wp::div(var_0, var_1);
    // return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))                             <L 15>
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
    // adj: return dir * (ke * (l - rest) + kd * wp.dot(vj - vi, dir))                        <L 15>
    wp::adj_div(var_0, var_1, adj_0, adj_1, adj_6);
    // adj: dir = d / l                                                                       <L 14>
    if (var_3) {
        label0:;
        adj_5 += adj_ret;
        wp::adj_vec_t(var_4, adj_4, adj_5);
        // adj: return wp.vec3(0.0)                                                           <L 13>
    }
    // adj: if l < 1.0e-6:                                                                    <L 12>
    wp::adj_length(var_0, var_1, adj_0, adj_1);
    // adj: l = wp.length(d)                                                                  <L 11>
    wp::adj_sub(var_xj, var_xi, adj_xj, adj_xi, adj_0);
    // adj: d = xj - xi                                                                       <L 10>
    // adj: def spring_force(xi: wp.vec3, xj: wp.vec3, vi: wp.vec3, vj: wp.vec3, rest: float, ke: float, kd: float) -> wp.vec3:  <L 9>
    return;
}



extern "C" __global__ void eval_particle_springs_eb95745b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_adj_offsets,
    wp::array_t<wp::int32> var_adj_counts,
    wp::array_t<wp::int32> var_adj_springs,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_spring_damping,
    wp::float32 var_k_spring,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::float32 var_16 = 0.0;
        wp::vec_t<3, wp::float32> var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        wp::int32* var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        bool var_33;
        const wp::int32 var_34 = 1;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        //---------
        // forward
        // def eval_particle_springs(                                                             <L 19>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // if (flags[i] & ParticleFlags.ACTIVE) == 0:                                             <L 34>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::bit_and(var_4, var_2);
        var_6 = (var_3 == var_5);
        if (var_6) {
            // return                                                                             <L 35>
            continue;
        }
        // c = spring_damping[i]                                                                  <L 36>
        var_7 = wp::address(var_spring_damping, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // xi = x[i]                                                                              <L 37>
        var_10 = wp::address(var_x, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // vi = v[i]                                                                              <L 38>
        var_13 = wp::address(var_v, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // f_total = wp.vec3(0.0)                                                                 <L 39>
        var_17 = wp::vec_t<3, wp::float32>(var_16);
        // start = adj_offsets[i]                                                                 <L 40>
        var_18 = wp::address(var_adj_offsets, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // for k in range(adj_counts[i]):                                                         <L 41>
        var_21 = wp::address(var_adj_counts, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::range(var_23);
        start_for_1:;
            if (iter_cmp(var_22) == 0) goto end_for_1;
            var_24 = wp::iter_next(var_22);
            // s = adj_springs[start + k]                                                         <L 42>
            var_25 = wp::add(var_19, var_24);
            var_26 = wp::address(var_adj_springs, var_25);
            var_28 = wp::load(var_26);
            var_27 = wp::copy(var_28);
            // j = springs[s, 0]                                                                  <L 43>
            var_30 = wp::address(var_springs, var_27, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::copy(var_32);
            // if j == i:                                                                         <L 44>
            var_33 = (var_31 == var_0);
            if (var_33) {
                // j = springs[s, 1]                                                              <L 45>
                var_35 = wp::address(var_springs, var_27, var_34);
                var_37 = wp::load(var_35);
                var_36 = wp::copy(var_37);
            }
            var_38 = wp::where(var_33, var_36, var_31);
            // f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_spring, c)          <L 46>
            var_39 = wp::address(var_x, var_38);
            var_40 = wp::address(var_v, var_38);
            var_41 = wp::address(var_rest_lengths, var_27);
            var_43 = wp::load(var_39);
            var_44 = wp::load(var_40);
            var_45 = wp::load(var_41);
            var_42 = spring_force_0(var_11, var_43, var_14, var_44, var_45, var_k_spring, var_8);
            var_46 = wp::add(var_17, var_42);
            wp::assign(var_17, var_46);
            goto start_for_1;
        end_for_1:;
        // wp.atomic_add(forces, i, f_total)                                                      <L 48>
        var_47 = wp::atomic_add(var_forces, var_0, var_17);
    }
}



extern "C" __global__ void eval_particle_springs_eb95745b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_adj_offsets,
    wp::array_t<wp::int32> var_adj_counts,
    wp::array_t<wp::int32> var_adj_springs,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_spring_damping,
    wp::float32 var_k_spring,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> adj_adj_offsets,
    wp::array_t<wp::int32> adj_adj_counts,
    wp::array_t<wp::int32> adj_adj_springs,
    wp::array_t<wp::int32> adj_springs,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_rest_lengths,
    wp::array_t<wp::float32> adj_spring_damping,
    wp::float32 adj_k_spring,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        wp::int32 var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::float32 var_16 = 0.0;
        wp::vec_t<3, wp::float32> var_17;
        wp::int32* var_18;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::int32* var_21;
        wp::range_t var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        const wp::int32 var_29 = 0;
        wp::int32* var_30;
        wp::int32 var_31;
        wp::int32 var_32;
        bool var_33;
        const wp::int32 var_34 = 1;
        wp::int32* var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        wp::int32 var_38;
        wp::vec_t<3, wp::float32>* var_39;
        wp::vec_t<3, wp::float32>* var_40;
        wp::float32* var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::float32 var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32> var_47;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::range_t adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        bool adj_33 = {};
        wp::int32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::float32 adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        //---------
        // forward
        // def eval_particle_springs(                                                             <L 19>
        // i = wp.tid()                                                                           <L 33>
        var_0 = builtin_tid1d();
        // if (flags[i] & ParticleFlags.ACTIVE) == 0:                                             <L 34>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::bit_and(var_4, var_2);
        var_6 = (var_3 == var_5);
        if (var_6) {
            // return                                                                             <L 35>
            goto label0;
        }
        // c = spring_damping[i]                                                                  <L 36>
        var_7 = wp::address(var_spring_damping, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // xi = x[i]                                                                              <L 37>
        var_10 = wp::address(var_x, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // vi = v[i]                                                                              <L 38>
        var_13 = wp::address(var_v, var_0);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // f_total = wp.vec3(0.0)                                                                 <L 39>
        var_17 = wp::vec_t<3, wp::float32>(var_16);
        // start = adj_offsets[i]                                                                 <L 40>
        var_18 = wp::address(var_adj_offsets, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::copy(var_20);
        // for k in range(adj_counts[i]):                                                         <L 41>
        var_21 = wp::address(var_adj_counts, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::range(var_23);
        // wp.atomic_add(forces, i, f_total)                                                      <L 48>
        // var_47 = wp::atomic_add(var_forces, var_0, var_17);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_0, var_17, adj_forces, adj_0, adj_17, adj_47);
        // adj: wp.atomic_add(forces, i, f_total)                                                 <L 48>
        var_22 = wp::iter_reverse(var_22);
        start_for_1:;
            if (iter_cmp(var_22) == 0) goto end_for_1;
            var_24 = wp::iter_next(var_22);
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
            // s = adj_springs[start + k]                                                         <L 42>
            var_25 = wp::add(var_19, var_24);
            var_26 = wp::address(var_adj_springs, var_25);
            var_28 = wp::load(var_26);
            var_27 = wp::copy(var_28);
            // j = springs[s, 0]                                                                  <L 43>
            var_30 = wp::address(var_springs, var_27, var_29);
            var_32 = wp::load(var_30);
            var_31 = wp::copy(var_32);
            // if j == i:                                                                         <L 44>
            var_33 = (var_31 == var_0);
            if (var_33) {
                // j = springs[s, 1]                                                              <L 45>
                var_35 = wp::address(var_springs, var_27, var_34);
                var_37 = wp::load(var_35);
                var_36 = wp::copy(var_37);
            }
            var_38 = wp::where(var_33, var_36, var_31);
            // f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_spring, c)          <L 46>
            var_39 = wp::address(var_x, var_38);
            var_40 = wp::address(var_v, var_38);
            var_41 = wp::address(var_rest_lengths, var_27);
            var_43 = wp::load(var_39);
            var_44 = wp::load(var_40);
            var_45 = wp::load(var_41);
            var_42 = spring_force_0(var_11, var_43, var_14, var_44, var_45, var_k_spring, var_8);
            var_46 = wp::add(var_17, var_42);
            wp::assign(var_17, var_46);
            wp::adj_assign(var_17, var_46, adj_17, adj_46);
            wp::adj_add(var_17, var_42, adj_17, adj_42, adj_46);
            adj_spring_force_0(var_11, var_43, var_14, var_44, var_45, var_k_spring, var_8, adj_11, adj_39, adj_14, adj_40, adj_41, adj_k_spring, adj_8, adj_42);
            wp::adj_address(var_rest_lengths, var_27, adj_rest_lengths, adj_27, adj_41);
            wp::adj_address(var_v, var_38, adj_v, adj_38, adj_40);
            wp::adj_address(var_x, var_38, adj_x, adj_38, adj_39);
            // adj: f_total += spring_force(xi, x[j], vi, v[j], rest_lengths[s], k_spring, c)     <L 46>
            wp::adj_where(var_33, var_36, var_31, adj_33, adj_36, adj_31, adj_38);
            if (var_33) {
                wp::adj_copy(var_37, adj_35, adj_36);
                wp::adj_address(var_springs, var_27, var_34, adj_springs, adj_27, adj_34, adj_35);
                // adj: j = springs[s, 1]                                                         <L 45>
            }
            // adj: if j == i:                                                                    <L 44>
            wp::adj_copy(var_32, adj_30, adj_31);
            wp::adj_address(var_springs, var_27, var_29, adj_springs, adj_27, adj_29, adj_30);
            // adj: j = springs[s, 0]                                                             <L 43>
            wp::adj_copy(var_28, adj_26, adj_27);
            wp::adj_address(var_adj_springs, var_25, adj_adj_springs, adj_25, adj_26);
            wp::adj_add(var_19, var_24, adj_19, adj_24, adj_25);
            // adj: s = adj_springs[start + k]                                                    <L 42>
        	goto start_for_1;
        end_for_1:;
        wp::adj_address(var_adj_counts, var_0, adj_adj_counts, adj_0, adj_21);
        // adj: for k in range(adj_counts[i]):                                                    <L 41>
        wp::adj_copy(var_20, adj_18, adj_19);
        wp::adj_address(var_adj_offsets, var_0, adj_adj_offsets, adj_0, adj_18);
        // adj: start = adj_offsets[i]                                                            <L 40>
        wp::adj_vec_t(var_16, adj_16, adj_17);
        // adj: f_total = wp.vec3(0.0)                                                            <L 39>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_13);
        // adj: vi = v[i]                                                                         <L 38>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_10);
        // adj: xi = x[i]                                                                         <L 37>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_7);
        // adj: c = spring_damping[i]                                                             <L 36>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 35>
        }
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
        // adj: if (flags[i] & ParticleFlags.ACTIVE) == 0:                                        <L 34>
        // adj: i = wp.tid()                                                                      <L 33>
        // adj: def eval_particle_springs(                                                        <L 19>
        continue;
    }
}

