// Warp 1.19.0 cuda code for eval_muscles_bce51b3d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void eval_muscles_678f00fd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_actuation,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::float32 var_omega,
    wp::float32 var_time)
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
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        //---------
        // forward
        // def eval_muscles(                                                                      <L 5>
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
        // k = spring_stiffness[tid]                                                              <L 19>
        var_12 = wp::address(var_spring_stiffness, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))                              <L 20>
        var_16 = wp::address(var_actuation, var_0);
        var_17 = wp::mul(var_omega, var_time);
        var_18 = wp::sin(var_17);
        var_20 = wp::load(var_16);
        var_19 = wp::mul(var_20, var_18);
        var_21 = wp::add(var_15, var_19);
        var_22 = wp::mul(var_10, var_21);
        // d = positions[j] - positions[i]                                                        <L 21>
        var_23 = wp::address(var_positions, var_7);
        var_24 = wp::address(var_positions, var_3);
        var_26 = wp::load(var_23);
        var_27 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_27);
        // l = wp.length(d)                                                                       <L 22>
        var_28 = wp::length(var_25);
        // if l == 0.0:                                                                           <L 23>
        var_30 = (var_28 == var_29);
        if (var_30) {
            // return                                                                             <L 24>
            return;
        }
        // dir = d / l                                                                            <L 25>
        var_31 = wp::div(var_25, var_28);
        // f = dir * (k * (l - l0))                                                               <L 26>
        var_32 = wp::sub(var_28, var_22);
        var_33 = wp::mul(var_13, var_32);
        var_34 = wp::mul(var_31, var_33);
        // wp.atomic_add(particle_f, i, f)                                                        <L 27>
        var_35 = wp::atomic_add(var_particle_f, var_3, var_34);
        // wp.atomic_sub(particle_f, j, f)                                                        <L 28>
        var_36 = wp::atomic_sub(var_particle_f, var_7, var_34);
}



extern "C" __global__ void eval_muscles_678f00fd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_rest_lengths,
    wp::array_t<wp::float32> var_actuation,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::float32 var_omega,
    wp::float32 var_time,
    wp::array_t<wp::int32> adj_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_rest_lengths,
    wp::array_t<wp::float32> adj_actuation,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::float32 adj_omega,
    wp::float32 adj_time)
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
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32>* var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::float32 var_28;
        const wp::float32 var_29 = 0.0;
        bool var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
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
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        bool adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        //---------
        // forward
        // def eval_muscles(                                                                      <L 5>
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
        // k = spring_stiffness[tid]                                                              <L 19>
        var_12 = wp::address(var_spring_stiffness, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::copy(var_14);
        // l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))                              <L 20>
        var_16 = wp::address(var_actuation, var_0);
        var_17 = wp::mul(var_omega, var_time);
        var_18 = wp::sin(var_17);
        var_20 = wp::load(var_16);
        var_19 = wp::mul(var_20, var_18);
        var_21 = wp::add(var_15, var_19);
        var_22 = wp::mul(var_10, var_21);
        // d = positions[j] - positions[i]                                                        <L 21>
        var_23 = wp::address(var_positions, var_7);
        var_24 = wp::address(var_positions, var_3);
        var_26 = wp::load(var_23);
        var_27 = wp::load(var_24);
        var_25 = wp::sub(var_26, var_27);
        // l = wp.length(d)                                                                       <L 22>
        var_28 = wp::length(var_25);
        // if l == 0.0:                                                                           <L 23>
        var_30 = (var_28 == var_29);
        if (var_30) {
            // return                                                                             <L 24>
            goto label0;
        }
        // dir = d / l                                                                            <L 25>
        var_31 = wp::div(var_25, var_28);
        // f = dir * (k * (l - l0))                                                               <L 26>
        var_32 = wp::sub(var_28, var_22);
        var_33 = wp::mul(var_13, var_32);
        var_34 = wp::mul(var_31, var_33);
        // wp.atomic_add(particle_f, i, f)                                                        <L 27>
        // var_35 = wp::atomic_add(var_particle_f, var_3, var_34);
        // wp.atomic_sub(particle_f, j, f)                                                        <L 28>
        // var_36 = wp::atomic_sub(var_particle_f, var_7, var_34);
        //---------
        // reverse
        wp::adj_atomic_sub(var_particle_f, var_7, var_34, adj_particle_f, adj_7, adj_34, adj_36);
        // adj: wp.atomic_sub(particle_f, j, f)                                                   <L 28>
        wp::adj_atomic_add(var_particle_f, var_3, var_34, adj_particle_f, adj_3, adj_34, adj_35);
        // adj: wp.atomic_add(particle_f, i, f)                                                   <L 27>
        wp::adj_mul(var_31, var_33, adj_31, adj_33, adj_34);
        wp::adj_mul(var_13, var_32, adj_13, adj_32, adj_33);
        wp::adj_sub(var_28, var_22, adj_28, adj_22, adj_32);
        // adj: f = dir * (k * (l - l0))                                                          <L 26>
        wp::adj_div(var_25, var_28, adj_25, adj_28, adj_31);
        // adj: dir = d / l                                                                       <L 25>
        if (var_30) {
            label0:;
            // adj: return                                                                        <L 24>
        }
        // adj: if l == 0.0:                                                                      <L 23>
        wp::adj_length(var_25, var_28, adj_25, adj_28);
        // adj: l = wp.length(d)                                                                  <L 22>
        wp::adj_sub(var_26, var_27, adj_23, adj_24, adj_25);
        wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_24);
        wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_23);
        // adj: d = positions[j] - positions[i]                                                   <L 21>
        wp::adj_mul(var_10, var_21, adj_10, adj_21, adj_22);
        wp::adj_add(var_15, var_19, adj_15, adj_19, adj_21);
        wp::adj_mul(var_20, var_18, adj_16, adj_18, adj_19);
        wp::adj_sin(var_17, adj_17, adj_18);
        wp::adj_mul(var_omega, var_time, adj_omega, adj_time, adj_17);
        wp::adj_address(var_actuation, var_0, adj_actuation, adj_0, adj_16);
        // adj: l0 = rest * (1.0 + actuation[tid] * wp.sin(omega * time))                         <L 20>
        wp::adj_copy(var_14, adj_12, adj_13);
        wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_12);
        // adj: k = spring_stiffness[tid]                                                         <L 19>
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
        // adj: def eval_muscles(                                                                 <L 5>
        return;
}

