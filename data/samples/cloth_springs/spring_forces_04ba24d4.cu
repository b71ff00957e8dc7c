// Warp 1.19.0 cuda code for spring_forces_04ba24d4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void spring_forces_3e991031_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<2, wp::float32>> var_forces,
    wp::float32 var_rest_length,
    wp::float32 var_k_damp)
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
        wp::vec_t<2, wp::float32>* var_12;
        wp::vec_t<2, wp::float32>* var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::vec_t<2, wp::float32>* var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        wp::vec_t<2, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<2, wp::float32> var_31;
        wp::vec_t<2, wp::float32> var_32;
        wp::vec_t<2, wp::float32> var_33;
        //---------
        // forward
        // def spring_forces(                                                                     <L 5>
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
        // k = spring_stiffness[tid]                                                              <L 18>
        var_9 = wp::address(var_spring_stiffness, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // xij = positions[i] - positions[j]                                                      <L 19>
        var_12 = wp::address(var_positions, var_3);
        var_13 = wp::address(var_positions, var_7);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        // vij = v[i] - v[j]                                                                      <L 20>
        var_17 = wp::address(var_v, var_3);
        var_18 = wp::address(var_v, var_7);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        // l = wp.length(xij)                                                                     <L 21>
        var_22 = wp::length(var_14);
        // if l == 0.0:                                                                           <L 22>
        var_24 = (var_22 == var_23);
        if (var_24) {
            // return                                                                             <L 23>
            return;
        }
        // dir = xij / l                                                                          <L 24>
        var_25 = wp::div(var_14, var_22);
        // c = l - rest_length                                                                    <L 25>
        var_26 = wp::sub(var_22, var_rest_length);
        // dcdt = wp.dot(dir, vij)                                                                <L 26>
        var_27 = wp::dot(var_25, var_19);
        // f = dir * (k * c + k_damp * dcdt)                                                      <L 27>
        var_28 = wp::mul(var_10, var_26);
        var_29 = wp::mul(var_k_damp, var_27);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::mul(var_25, var_30);
        // wp.atomic_sub(forces, i, f)                                                            <L 28>
        var_32 = wp::atomic_sub(var_forces, var_3, var_31);
        // wp.atomic_add(forces, j, f)                                                            <L 29>
        var_33 = wp::atomic_add(var_forces, var_7, var_31);
}



extern "C" __global__ void spring_forces_3e991031_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::float32> var_spring_stiffness,
    wp::array_t<wp::vec_t<2, wp::float32>> var_forces,
    wp::float32 var_rest_length,
    wp::float32 var_k_damp,
    wp::array_t<wp::int32> adj_springs,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_spring_stiffness,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_forces,
    wp::float32 adj_rest_length,
    wp::float32 adj_k_damp)
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
        wp::vec_t<2, wp::float32>* var_12;
        wp::vec_t<2, wp::float32>* var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        wp::vec_t<2, wp::float32> var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::vec_t<2, wp::float32>* var_18;
        wp::vec_t<2, wp::float32> var_19;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        bool var_24;
        wp::vec_t<2, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::vec_t<2, wp::float32> var_31;
        wp::vec_t<2, wp::float32> var_32;
        wp::vec_t<2, wp::float32> var_33;
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
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        wp::vec_t<2, wp::float32> adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        bool adj_24 = {};
        wp::vec_t<2, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<2, wp::float32> adj_31 = {};
        wp::vec_t<2, wp::float32> adj_32 = {};
        wp::vec_t<2, wp::float32> adj_33 = {};
        //---------
        // forward
        // def spring_forces(                                                                     <L 5>
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
        // k = spring_stiffness[tid]                                                              <L 18>
        var_9 = wp::address(var_spring_stiffness, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // xij = positions[i] - positions[j]                                                      <L 19>
        var_12 = wp::address(var_positions, var_3);
        var_13 = wp::address(var_positions, var_7);
        var_15 = wp::load(var_12);
        var_16 = wp::load(var_13);
        var_14 = wp::sub(var_15, var_16);
        // vij = v[i] - v[j]                                                                      <L 20>
        var_17 = wp::address(var_v, var_3);
        var_18 = wp::address(var_v, var_7);
        var_20 = wp::load(var_17);
        var_21 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_21);
        // l = wp.length(xij)                                                                     <L 21>
        var_22 = wp::length(var_14);
        // if l == 0.0:                                                                           <L 22>
        var_24 = (var_22 == var_23);
        if (var_24) {
            // return                                                                             <L 23>
            goto label0;
        }
        // dir = xij / l                                                                          <L 24>
        var_25 = wp::div(var_14, var_22);
        // c = l - rest_length                                                                    <L 25>
        var_26 = wp::sub(var_22, var_rest_length);
        // dcdt = wp.dot(dir, vij)                                                                <L 26>
        var_27 = wp::dot(var_25, var_19);
        // f = dir * (k * c + k_damp * dcdt)                                                      <L 27>
        var_28 = wp::mul(var_10, var_26);
        var_29 = wp::mul(var_k_damp, var_27);
        var_30 = wp::add(var_28, var_29);
        var_31 = wp::mul(var_25, var_30);
        // wp.atomic_sub(forces, i, f)                                                            <L 28>
        // var_32 = wp::atomic_sub(var_forces, var_3, var_31);
        // wp.atomic_add(forces, j, f)                                                            <L 29>
        // var_33 = wp::atomic_add(var_forces, var_7, var_31);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_7, var_31, adj_forces, adj_7, adj_31, adj_33);
        // adj: wp.atomic_add(forces, j, f)                                                       <L 29>
        wp::adj_atomic_sub(var_forces, var_3, var_31, adj_forces, adj_3, adj_31, adj_32);
        // adj: wp.atomic_sub(forces, i, f)                                                       <L 28>
        wp::adj_mul(var_25, var_30, adj_25, adj_30, adj_31);
        wp::adj_add(var_28, var_29, adj_28, adj_29, adj_30);
        wp::adj_mul(var_k_damp, var_27, adj_k_damp, adj_27, adj_29);
        wp::adj_mul(var_10, var_26, adj_10, adj_26, adj_28);
        // adj: f = dir * (k * c + k_damp * dcdt)                                                 <L 27>
        wp::adj_dot(var_25, var_19, adj_25, adj_19, adj_27);
        // adj: dcdt = wp.dot(dir, vij)                                                           <L 26>
        wp::adj_sub(var_22, var_rest_length, adj_22, adj_rest_length, adj_26);
        // adj: c = l - rest_length                                                               <L 25>
        wp::adj_div(var_14, var_22, adj_14, adj_22, adj_25);
        // adj: dir = xij / l                                                                     <L 24>
        if (var_24) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        // adj: if l == 0.0:                                                                      <L 22>
        wp::adj_length(var_14, var_22, adj_14, adj_22);
        // adj: l = wp.length(xij)                                                                <L 21>
        wp::adj_sub(var_20, var_21, adj_17, adj_18, adj_19);
        wp::adj_address(var_v, var_7, adj_v, adj_7, adj_18);
        wp::adj_address(var_v, var_3, adj_v, adj_3, adj_17);
        // adj: vij = v[i] - v[j]                                                                 <L 20>
        wp::adj_sub(var_15, var_16, adj_12, adj_13, adj_14);
        wp::adj_address(var_positions, var_7, adj_positions, adj_7, adj_13);
        wp::adj_address(var_positions, var_3, adj_positions, adj_3, adj_12);
        // adj: xij = positions[i] - positions[j]                                                 <L 19>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_spring_stiffness, var_0, adj_spring_stiffness, adj_0, adj_9);
        // adj: k = spring_stiffness[tid]                                                         <L 18>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
        // adj: j = springs[tid, 1]                                                               <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
        // adj: i = springs[tid, 0]                                                               <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def spring_forces(                                                                <L 5>
        return;
}

