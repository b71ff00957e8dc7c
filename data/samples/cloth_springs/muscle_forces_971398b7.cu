// Warp 1.19.0 cuda code for muscle_forces_971398b7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void muscle_forces_ea042715_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::float32 var_rest_length,
    wp::float32 var_act_amp,
    wp::float32 var_freq,
    wp::float32 var_t,
    wp::float32 var_k_spring,
    wp::float32 var_damping)
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
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
        //---------
        // forward
        // def muscle_forces(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // i = spring_indices[tid, 0]                                                             <L 19>
        var_2 = wp::address(var_spring_indices, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = spring_indices[tid, 1]                                                             <L 20>
        var_6 = wp::address(var_spring_indices, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // phi = theta[tid]                                                                       <L 21>
        var_9 = wp::address(var_theta, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // l0 = rest_length * (1.0 + act_amp * wp.cos(freq * t + phi))                            <L 24>
        var_13 = wp::mul(var_freq, var_t);
        var_14 = wp::add(var_13, var_10);
        var_15 = wp::cos(var_14);
        var_16 = wp::mul(var_act_amp, var_15);
        var_17 = wp::add(var_12, var_16);
        var_18 = wp::mul(var_rest_length, var_17);
        // d = particle_x[j] - particle_x[i]                                                      <L 25>
        var_19 = wp::address(var_particle_x, var_7);
        var_20 = wp::address(var_particle_x, var_3);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::sub(var_22, var_23);
        // l = wp.length(d)                                                                       <L 26>
        var_24 = wp::length(var_21);
        // if l == 0.0:                                                                           <L 27>
        var_26 = (var_24 == var_25);
        if (var_26) {
            // return                                                                             <L 28>
            continue;
        }
        // dir = d / l                                                                            <L 29>
        var_27 = wp::div(var_21, var_24);
        // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 30>
        var_28 = wp::address(var_velocities, var_7);
        var_29 = wp::address(var_velocities, var_3);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::sub(var_31, var_32);
        var_33 = wp::dot(var_30, var_27);
        // f = dir * (k_spring * (l - l0) + damping * dldt)                                       <L 31>
        var_34 = wp::sub(var_24, var_18);
        var_35 = wp::mul(var_k_spring, var_34);
        var_36 = wp::mul(var_damping, var_33);
        var_37 = wp::add(var_35, var_36);
        var_38 = wp::mul(var_27, var_37);
        // wp.atomic_add(force_out, i, f)                                                         <L 32>
        var_39 = wp::atomic_add(var_force_out, var_3, var_38);
        // wp.atomic_add(force_out, j, -f)                                                        <L 33>
        var_40 = wp::neg(var_38);
        var_41 = wp::atomic_add(var_force_out, var_7, var_40);
    }
}



extern "C" __global__ void muscle_forces_ea042715_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::float32 var_rest_length,
    wp::float32 var_act_amp,
    wp::float32 var_freq,
    wp::float32 var_t,
    wp::float32 var_k_spring,
    wp::float32 var_damping,
    wp::array_t<wp::int32> adj_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_theta,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out,
    wp::float32 adj_rest_length,
    wp::float32 adj_act_amp,
    wp::float32 adj_freq,
    wp::float32 adj_t,
    wp::float32 adj_k_spring,
    wp::float32 adj_damping)
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
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32>* var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::float32 var_25 = 0.0;
        bool var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32>* var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::vec_t<3, wp::float32> var_41;
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
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        bool adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        //---------
        // forward
        // def muscle_forces(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // i = spring_indices[tid, 0]                                                             <L 19>
        var_2 = wp::address(var_spring_indices, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = spring_indices[tid, 1]                                                             <L 20>
        var_6 = wp::address(var_spring_indices, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // phi = theta[tid]                                                                       <L 21>
        var_9 = wp::address(var_theta, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // l0 = rest_length * (1.0 + act_amp * wp.cos(freq * t + phi))                            <L 24>
        var_13 = wp::mul(var_freq, var_t);
        var_14 = wp::add(var_13, var_10);
        var_15 = wp::cos(var_14);
        var_16 = wp::mul(var_act_amp, var_15);
        var_17 = wp::add(var_12, var_16);
        var_18 = wp::mul(var_rest_length, var_17);
        // d = particle_x[j] - particle_x[i]                                                      <L 25>
        var_19 = wp::address(var_particle_x, var_7);
        var_20 = wp::address(var_particle_x, var_3);
        var_22 = wp::load(var_19);
        var_23 = wp::load(var_20);
        var_21 = wp::sub(var_22, var_23);
        // l = wp.length(d)                                                                       <L 26>
        var_24 = wp::length(var_21);
        // if l == 0.0:                                                                           <L 27>
        var_26 = (var_24 == var_25);
        if (var_26) {
            // return                                                                             <L 28>
            goto label0;
        }
        // dir = d / l                                                                            <L 29>
        var_27 = wp::div(var_21, var_24);
        // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 30>
        var_28 = wp::address(var_velocities, var_7);
        var_29 = wp::address(var_velocities, var_3);
        var_31 = wp::load(var_28);
        var_32 = wp::load(var_29);
        var_30 = wp::sub(var_31, var_32);
        var_33 = wp::dot(var_30, var_27);
        // f = dir * (k_spring * (l - l0) + damping * dldt)                                       <L 31>
        var_34 = wp::sub(var_24, var_18);
        var_35 = wp::mul(var_k_spring, var_34);
        var_36 = wp::mul(var_damping, var_33);
        var_37 = wp::add(var_35, var_36);
        var_38 = wp::mul(var_27, var_37);
        // wp.atomic_add(force_out, i, f)                                                         <L 32>
        // var_39 = wp::atomic_add(var_force_out, var_3, var_38);
        // wp.atomic_add(force_out, j, -f)                                                        <L 33>
        var_40 = wp::neg(var_38);
        // var_41 = wp::atomic_add(var_force_out, var_7, var_40);
        //---------
        // reverse
        wp::adj_atomic_add(var_force_out, var_7, var_40, adj_force_out, adj_7, adj_40, adj_41);
        wp::adj_neg(var_38, adj_38, adj_40);
        // adj: wp.atomic_add(force_out, j, -f)                                                   <L 33>
        wp::adj_atomic_add(var_force_out, var_3, var_38, adj_force_out, adj_3, adj_38, adj_39);
        // adj: wp.atomic_add(force_out, i, f)                                                    <L 32>
        wp::adj_mul(var_27, var_37, adj_27, adj_37, adj_38);
        wp::adj_add(var_35, var_36, adj_35, adj_36, adj_37);
        wp::adj_mul(var_damping, var_33, adj_damping, adj_33, adj_36);
        wp::adj_mul(var_k_spring, var_34, adj_k_spring, adj_34, adj_35);
        wp::adj_sub(var_24, var_18, adj_24, adj_18, adj_34);
        // adj: f = dir * (k_spring * (l - l0) + damping * dldt)                                  <L 31>
        wp::adj_dot(var_30, var_27, adj_30, adj_27, adj_33);
        wp::adj_sub(var_31, var_32, adj_28, adj_29, adj_30);
        wp::adj_address(var_velocities, var_3, adj_velocities, adj_3, adj_29);
        wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_28);
        // adj: dldt = wp.dot(velocities[j] - velocities[i], dir)                                 <L 30>
        wp::adj_div(var_21, var_24, adj_21, adj_24, adj_27);
        // adj: dir = d / l                                                                       <L 29>
        if (var_26) {
            label0:;
            // adj: return                                                                        <L 28>
        }
        // adj: if l == 0.0:                                                                      <L 27>
        wp::adj_length(var_21, var_24, adj_21, adj_24);
        // adj: l = wp.length(d)                                                                  <L 26>
        wp::adj_sub(var_22, var_23, adj_19, adj_20, adj_21);
        wp::adj_address(var_particle_x, var_3, adj_particle_x, adj_3, adj_20);
        wp::adj_address(var_particle_x, var_7, adj_particle_x, adj_7, adj_19);
        // adj: d = particle_x[j] - particle_x[i]                                                 <L 25>
        wp::adj_mul(var_rest_length, var_17, adj_rest_length, adj_17, adj_18);
        wp::adj_add(var_12, var_16, adj_12, adj_16, adj_17);
        wp::adj_mul(var_act_amp, var_15, adj_act_amp, adj_15, adj_16);
        wp::adj_cos(var_14, adj_14, adj_15);
        wp::adj_add(var_13, var_10, adj_13, adj_10, adj_14);
        wp::adj_mul(var_freq, var_t, adj_freq, adj_t, adj_13);
        // adj: l0 = rest_length * (1.0 + act_amp * wp.cos(freq * t + phi))                       <L 24>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_9);
        // adj: phi = theta[tid]                                                                  <L 21>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_spring_indices, var_0, var_5, adj_spring_indices, adj_0, adj_5, adj_6);
        // adj: j = spring_indices[tid, 1]                                                        <L 20>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_spring_indices, var_0, var_1, adj_spring_indices, adj_0, adj_1, adj_2);
        // adj: i = spring_indices[tid, 0]                                                        <L 19>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def muscle_forces(                                                                <L 5>
        continue;
    }
}

