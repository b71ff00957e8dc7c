// Warp 1.19.0 cuda code for spring_forces_actuated_8bab3b9f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void spring_forces_actuated_5095685d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_actuation,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_freq,
    wp::float32 var_sim_time,
    wp::float32 var_k_spring)
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
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        //---------
        // forward
        // def spring_forces_actuated(                                                            <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // i = springs[tid, 0]                                                                    <L 16>
        var_2 = wp::address(var_springs, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = springs[tid, 1]                                                                    <L 17>
        var_6 = wp::address(var_springs, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rest = rest_lengths[tid]                                                               <L 18>
        var_9 = wp::address(var_rest_lengths, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // l0 = rest * (1.0 + actuation[tid] * wp.sin(freq * sim_time))                           <L 19>
        var_13 = wp::address(var_actuation, var_0);
        var_14 = wp::mul(var_freq, var_sim_time);
        var_15 = wp::sin(var_14);
        var_17 = wp::load(var_13);
        var_16 = wp::mul(var_17, var_15);
        var_18 = wp::add(var_12, var_16);
        var_19 = wp::mul(var_10, var_18);
        // d = positions[j] - positions[i]                                                        <L 20>
        var_20 = wp::address(var_positions, var_7);
        var_21 = wp::address(var_positions, var_3);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_24);
        // l = wp.length(d)                                                                       <L 21>
        var_25 = wp::length(var_22);
        // if l == 0.0:                                                                           <L 22>
        var_27 = (var_25 == var_26);
        if (var_27) {
            // return                                                                             <L 23>
            continue;
        }
        // dir = d / l                                                                            <L 24>
        var_28 = wp::div(var_22, var_25);
        // f = dir * (k_spring * (l - l0))                                                        <L 25>
        var_29 = wp::sub(var_25, var_19);
        var_30 = wp::mul(var_k_spring, var_29);
        var_31 = wp::mul(var_28, var_30);
        // wp.atomic_add(forces, i, f)                                                            <L 26>
        var_32 = wp::atomic_add(var_forces, var_3, var_31);
        // wp.atomic_add(forces, j, -f)                                                           <L 27>
        var_33 = wp::neg(var_31);
        var_34 = wp::atomic_add(var_forces, var_7, var_33);
    }
}



extern "C" __global__ void spring_forces_actuated_5095685d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_actuation,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_freq,
    wp::float32 var_sim_time,
    wp::float32 var_k_spring,
    wp::array_t<wp::int32> adj_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_rest_lengths,
    wp::array_t<wp::float32> adj_actuation,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::float32 adj_freq,
    wp::float32 adj_sim_time,
    wp::float32 adj_k_spring)
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
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        bool var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
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
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        bool adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        //---------
        // forward
        // def spring_forces_actuated(                                                            <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // i = springs[tid, 0]                                                                    <L 16>
        var_2 = wp::address(var_springs, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // j = springs[tid, 1]                                                                    <L 17>
        var_6 = wp::address(var_springs, var_0, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // rest = rest_lengths[tid]                                                               <L 18>
        var_9 = wp::address(var_rest_lengths, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // l0 = rest * (1.0 + actuation[tid] * wp.sin(freq * sim_time))                           <L 19>
        var_13 = wp::address(var_actuation, var_0);
        var_14 = wp::mul(var_freq, var_sim_time);
        var_15 = wp::sin(var_14);
        var_17 = wp::load(var_13);
        var_16 = wp::mul(var_17, var_15);
        var_18 = wp::add(var_12, var_16);
        var_19 = wp::mul(var_10, var_18);
        // d = positions[j] - positions[i]                                                        <L 20>
        var_20 = wp::address(var_positions, var_7);
        var_21 = wp::address(var_positions, var_3);
        var_23 = wp::load(var_20);
        var_24 = wp::load(var_21);
        var_22 = wp::sub(var_23, var_24);
        // l = wp.length(d)                                                                       <L 21>
        var_25 = wp::length(var_22);
        // if l == 0.0:                                                                           <L 22>
        var_27 = (var_25 == var_26);
        if (var_27) {
            // return                                                                             <L 23>
            goto label0;
        }
        // dir = d / l                                                                            <L 24>
        var_28 = wp::div(var_22, var_25);
        // f = dir * (k_spring * (l - l0))                                                        <L 25>
        var_29 = wp::sub(var_25, var_19);
        var_30 = wp::mul(var_k_spring, var_29);
        var_31 = wp::mul(var_28, var_30);
        // wp.atomic_add(forces, i, f)                                                            <L 26>
        // var_32 = wp::atomic_add(var_forces, var_3, var_31);
        // wp.atomic_add(forces, j, -f)                                                           <L 27>
        var_33 = wp::neg(var_31);
        // var_34 = wp::atomic_add(var_forces, var_7, var_33);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_7, var_33, adj_forces, adj_7, adj_33, adj_34);
        wp::adj_neg(var_31, adj_31, adj_33);
        // adj: wp.atomic_add(forces, j, -f)                                                      <L 27>
        wp::adj_atomic_add(var_forces, var_3, var_31, adj_forces, adj_3, adj_31, adj_32);
        // adj: wp.atomic_add(forces, i, f)                                                       <L 26>
        wp::adj_mul(var_28, var_30, adj_28, adj_30, adj_31);
        wp::adj_mul(var_k_spring, var_29, adj_k_spring, adj_29, adj_30);
        wp::adj_sub(var_25, var_19, adj_25, adj_19, adj_29);
        // adj: f = dir * (k_spring * (l - l0))                                                   <L 25>
        wp::adj_div(var_22, var_25, adj_22, adj_25, adj_28);
        // adj: dir = d / l                                                                       <L 24>
        if (var_27) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        // adj: if l == 0.0:                                                                      <L 22>
        wp::adj_length(var_22, var_25, adj_22, adj_25);
        // adj: l = wp.length(d)                                                                  <L 21>
        wp::adj_sub(var_23, var_24, adj_20, adj_21, adj_22);
        wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_21);
        wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_20);
        // adj: d = positions[j] - positions[i]                                                   <L 20>
        wp::adj_mul(var_10, var_18, adj_10, adj_18, adj_19);
        wp::adj_add(var_12, var_16, adj_12, adj_16, adj_18);
        wp::adj_mul(var_17, var_15, adj_13, adj_15, adj_16);
        wp::adj_sin(var_14, adj_14, adj_15);
        wp::adj_mul(var_freq, var_sim_time, adj_freq, adj_sim_time, adj_14);
        wp::adj_address(var_actuation, var_0, adj_actuation, adj_0, adj_13);
        // adj: l0 = rest * (1.0 + actuation[tid] * wp.sin(freq * sim_time))                      <L 19>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_rest_lengths, var_0, adj_rest_lengths, adj_0, adj_9);
        // adj: rest = rest_lengths[tid]                                                          <L 18>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
        // adj: j = springs[tid, 1]                                                               <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
        // adj: i = springs[tid, 0]                                                               <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def spring_forces_actuated(                                                       <L 5>
        continue;
    }
}

