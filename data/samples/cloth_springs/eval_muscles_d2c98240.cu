// Warp 1.19.0 cuda code for eval_muscles_d2c98240.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void eval_muscles_fdc205b8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_theta,
    wp::float32 var_actuation,
    wp::float32 var_angular_freq,
    wp::float32 var_time,
    wp::float32 var_stiffness,
    wp::float32 var_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32* var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32 var_15;
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
        // def eval_muscles(                                                                      <L 5>
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
        // l0 = rest_lengths[tid] * (1.0 + actuation * wp.cos(angular_freq * time + phi))         <L 22>
        var_12 = wp::address(var_rest_lengths, var_0);
        var_14 = wp::mul(var_angular_freq, var_time);
        var_15 = wp::add(var_14, var_10);
        var_16 = wp::cos(var_15);
        var_17 = wp::mul(var_actuation, var_16);
        var_18 = wp::add(var_13, var_17);
        var_20 = wp::load(var_12);
        var_19 = wp::mul(var_20, var_18);
        // d = positions[j] - positions[i]                                                        <L 23>
        var_21 = wp::address(var_positions, var_7);
        var_22 = wp::address(var_positions, var_3);
        var_24 = wp::load(var_21);
        var_25 = wp::load(var_22);
        var_23 = wp::sub(var_24, var_25);
        // l = wp.length(d)                                                                       <L 24>
        var_26 = wp::length(var_23);
        // if l == 0.0:                                                                           <L 25>
        var_28 = (var_26 == var_27);
        if (var_28) {
            // return                                                                             <L 26>
            return;
        }
        // dir = d / l                                                                            <L 27>
        var_29 = wp::div(var_23, var_26);
        // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 28>
        var_30 = wp::address(var_velocities, var_7);
        var_31 = wp::address(var_velocities, var_3);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        var_35 = wp::dot(var_32, var_29);
        // f = dir * (stiffness * (l - l0) + k_damp * dldt)                                       <L 29>
        var_36 = wp::sub(var_26, var_19);
        var_37 = wp::mul(var_stiffness, var_36);
        var_38 = wp::mul(var_k_damp, var_35);
        var_39 = wp::add(var_37, var_38);
        var_40 = wp::mul(var_29, var_39);
        // wp.atomic_add(forces, i, f)                                                            <L 30>
        var_41 = wp::atomic_add(var_forces, var_3, var_40);
        // wp.atomic_sub(forces, j, f)                                                            <L 31>
        var_42 = wp::atomic_sub(var_forces, var_7, var_40);
}



extern "C" __global__ void eval_muscles_fdc205b8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_theta,
    wp::float32 var_actuation,
    wp::float32 var_angular_freq,
    wp::float32 var_time,
    wp::float32 var_stiffness,
    wp::float32 var_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> adj_spring_indices,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_rest_lengths,
    wp::array_t<wp::float32> adj_theta,
    wp::float32 adj_actuation,
    wp::float32 adj_angular_freq,
    wp::float32 adj_time,
    wp::float32 adj_stiffness,
    wp::float32 adj_k_damp,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
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
        wp::float32* var_12;
        const wp::float32 var_13 = 1.0;
        wp::float32 var_14;
        wp::float32 var_15;
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
        // def eval_muscles(                                                                      <L 5>
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
        // l0 = rest_lengths[tid] * (1.0 + actuation * wp.cos(angular_freq * time + phi))         <L 22>
        var_12 = wp::address(var_rest_lengths, var_0);
        var_14 = wp::mul(var_angular_freq, var_time);
        var_15 = wp::add(var_14, var_10);
        var_16 = wp::cos(var_15);
        var_17 = wp::mul(var_actuation, var_16);
        var_18 = wp::add(var_13, var_17);
        var_20 = wp::load(var_12);
        var_19 = wp::mul(var_20, var_18);
        // d = positions[j] - positions[i]                                                        <L 23>
        var_21 = wp::address(var_positions, var_7);
        var_22 = wp::address(var_positions, var_3);
        var_24 = wp::load(var_21);
        var_25 = wp::load(var_22);
        var_23 = wp::sub(var_24, var_25);
        // l = wp.length(d)                                                                       <L 24>
        var_26 = wp::length(var_23);
        // if l == 0.0:                                                                           <L 25>
        var_28 = (var_26 == var_27);
        if (var_28) {
            // return                                                                             <L 26>
            goto label0;
        }
        // dir = d / l                                                                            <L 27>
        var_29 = wp::div(var_23, var_26);
        // dldt = wp.dot(velocities[j] - velocities[i], dir)                                      <L 28>
        var_30 = wp::address(var_velocities, var_7);
        var_31 = wp::address(var_velocities, var_3);
        var_33 = wp::load(var_30);
        var_34 = wp::load(var_31);
        var_32 = wp::sub(var_33, var_34);
        var_35 = wp::dot(var_32, var_29);
        // f = dir * (stiffness * (l - l0) + k_damp * dldt)                                       <L 29>
        var_36 = wp::sub(var_26, var_19);
        var_37 = wp::mul(var_stiffness, var_36);
        var_38 = wp::mul(var_k_damp, var_35);
        var_39 = wp::add(var_37, var_38);
        var_40 = wp::mul(var_29, var_39);
        // wp.atomic_add(forces, i, f)                                                            <L 30>
        // var_41 = wp::atomic_add(var_forces, var_3, var_40);
        // wp.atomic_sub(forces, j, f)                                                            <L 31>
        // var_42 = wp::atomic_sub(var_forces, var_7, var_40);
        //---------
        // reverse
        wp::adj_atomic_sub(var_forces, var_7, var_40, adj_forces, adj_7, adj_40, adj_42);
        // adj: wp.atomic_sub(forces, j, f)                                                       <L 31>
        wp::adj_atomic_add(var_forces, var_3, var_40, adj_forces, adj_3, adj_40, adj_41);
        // adj: wp.atomic_add(forces, i, f)                                                       <L 30>
        wp::adj_mul(var_29, var_39, adj_29, adj_39, adj_40);
        wp::adj_add(var_37, var_38, adj_37, adj_38, adj_39);
        wp::adj_mul(var_k_damp, var_35, adj_k_damp, adj_35, adj_38);
        wp::adj_mul(var_stiffness, var_36, adj_stiffness, adj_36, adj_37);
        wp::adj_sub(var_26, var_19, adj_26, adj_19, adj_36);
        // adj: f = dir * (stiffness * (l - l0) + k_damp * dldt)                                  <L 29>
        wp::adj_dot(var_32, var_29, adj_32, adj_29, adj_35);
        wp::adj_sub(var_33, var_34, adj_30, adj_31, adj_32);
        wp::adj_address(var_velocities, var_3, adj_velocities, adj_3, adj_31);
        wp::adj_address(var_velocities, var_7, adj_velocities, adj_7, adj_30);
        // adj: dldt = wp.dot(velocities[j] - velocities[i], dir)                                 <L 28>
        wp::adj_div(var_23, var_26, adj_23, adj_26, adj_29);
        // adj: dir = d / l                                                                       <L 27>
        if (var_28) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        // adj: if l == 0.0:                                                                      <L 25>
        wp::adj_length(var_23, var_26, adj_23, adj_26);
        // adj: l = wp.length(d)                                                                  <L 24>
        wp::adj_sub(var_24, var_25, adj_21, adj_22, adj_23);
        wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_22);
        wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_21);
        // adj: d = positions[j] - positions[i]                                                   <L 23>
        wp::adj_mul(var_20, var_18, adj_12, adj_18, adj_19);
        wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
        wp::adj_mul(var_actuation, var_16, adj_actuation, adj_16, adj_17);
        wp::adj_cos(var_15, adj_15, adj_16);
        wp::adj_add(var_14, var_10, adj_14, adj_10, adj_15);
        wp::adj_mul(var_angular_freq, var_time, adj_angular_freq, adj_time, adj_14);
        wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_12);
        // adj: l0 = rest_lengths[tid] * (1.0 + actuation * wp.cos(angular_freq * time + phi))    <L 22>
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
        // adj: def eval_muscles(                                                                 <L 5>
        return;
}

