// Warp 1.19.0 cuda code for accumulate_spring_forces_8249b651.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accumulate_spring_forces_0c4b845d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_rest_length,
    wp::float32 var_stiffness,
    wp::float32 var_kd,
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
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        //---------
        // forward
        // def accumulate_spring_forces(                                                          <L 5>
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
        // xij = points[i] - points[j]                                                            <L 20>
        var_9 = wp::address(var_points, var_3);
        var_10 = wp::address(var_points, var_7);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        // vij = particle_v[i] - particle_v[j]                                                    <L 21>
        var_14 = wp::address(var_particle_v, var_3);
        var_15 = wp::address(var_particle_v, var_7);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        // l = wp.length(xij)                                                                     <L 22>
        var_19 = wp::length(var_11);
        // if l == 0.0:                                                                           <L 23>
        var_21 = (var_19 == var_20);
        if (var_21) {
            // return                                                                             <L 24>
            return;
        }
        // dir = xij / l                                                                          <L 25>
        var_22 = wp::div(var_11, var_19);
        // c = l - rest_length                                                                    <L 28>
        var_23 = wp::sub(var_19, var_rest_length);
        // dcdt = wp.dot(dir, vij)                                                                <L 29>
        var_24 = wp::dot(var_22, var_16);
        // f = dir * (stiffness * c + kd * dcdt)                                                  <L 30>
        var_25 = wp::mul(var_stiffness, var_23);
        var_26 = wp::mul(var_kd, var_24);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::mul(var_22, var_27);
        // wp.atomic_sub(forces, i, f)                                                            <L 31>
        var_29 = wp::atomic_sub(var_forces, var_3, var_28);
        // wp.atomic_add(forces, j, f)                                                            <L 32>
        var_30 = wp::atomic_add(var_forces, var_7, var_28);
}



extern "C" __global__ void accumulate_spring_forces_0c4b845d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::float32 var_rest_length,
    wp::float32 var_stiffness,
    wp::float32 var_kd,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::int32> adj_springs,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::float32 adj_rest_length,
    wp::float32 adj_stiffness,
    wp::float32 adj_kd,
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
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32>* var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        bool var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
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
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        bool adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        //---------
        // forward
        // def accumulate_spring_forces(                                                          <L 5>
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
        // xij = points[i] - points[j]                                                            <L 20>
        var_9 = wp::address(var_points, var_3);
        var_10 = wp::address(var_points, var_7);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        // vij = particle_v[i] - particle_v[j]                                                    <L 21>
        var_14 = wp::address(var_particle_v, var_3);
        var_15 = wp::address(var_particle_v, var_7);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::sub(var_17, var_18);
        // l = wp.length(xij)                                                                     <L 22>
        var_19 = wp::length(var_11);
        // if l == 0.0:                                                                           <L 23>
        var_21 = (var_19 == var_20);
        if (var_21) {
            // return                                                                             <L 24>
            goto label0;
        }
        // dir = xij / l                                                                          <L 25>
        var_22 = wp::div(var_11, var_19);
        // c = l - rest_length                                                                    <L 28>
        var_23 = wp::sub(var_19, var_rest_length);
        // dcdt = wp.dot(dir, vij)                                                                <L 29>
        var_24 = wp::dot(var_22, var_16);
        // f = dir * (stiffness * c + kd * dcdt)                                                  <L 30>
        var_25 = wp::mul(var_stiffness, var_23);
        var_26 = wp::mul(var_kd, var_24);
        var_27 = wp::add(var_25, var_26);
        var_28 = wp::mul(var_22, var_27);
        // wp.atomic_sub(forces, i, f)                                                            <L 31>
        // var_29 = wp::atomic_sub(var_forces, var_3, var_28);
        // wp.atomic_add(forces, j, f)                                                            <L 32>
        // var_30 = wp::atomic_add(var_forces, var_7, var_28);
        //---------
        // reverse
        wp::adj_atomic_add(var_forces, var_7, var_28, adj_forces, adj_7, adj_28, adj_30);
        // adj: wp.atomic_add(forces, j, f)                                                       <L 32>
        wp::adj_atomic_sub(var_forces, var_3, var_28, adj_forces, adj_3, adj_28, adj_29);
        // adj: wp.atomic_sub(forces, i, f)                                                       <L 31>
        wp::adj_mul(var_22, var_27, adj_22, adj_27, adj_28);
        wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
        wp::adj_mul(var_kd, var_24, adj_kd, adj_24, adj_26);
        wp::adj_mul(var_stiffness, var_23, adj_stiffness, adj_23, adj_25);
        // adj: f = dir * (stiffness * c + kd * dcdt)                                             <L 30>
        wp::adj_dot(var_22, var_16, adj_22, adj_16, adj_24);
        // adj: dcdt = wp.dot(dir, vij)                                                           <L 29>
        wp::adj_sub(var_19, var_rest_length, adj_19, adj_rest_length, adj_23);
        // adj: c = l - rest_length                                                               <L 28>
        wp::adj_div(var_11, var_19, adj_11, adj_19, adj_22);
        // adj: dir = xij / l                                                                     <L 25>
        if (var_21) {
            label0:;
            // adj: return                                                                        <L 24>
        }
        // adj: if l == 0.0:                                                                      <L 23>
        wp::adj_length(var_11, var_19, adj_11, adj_19);
        // adj: l = wp.length(xij)                                                                <L 22>
        wp::adj_sub(var_17, var_18, adj_14, adj_15, adj_16);
        wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_15);
        wp::adj_address(var_particle_v, var_3, adj_particle_v, adj_3, adj_14);
        // adj: vij = particle_v[i] - particle_v[j]                                               <L 21>
        wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_points, var_7, adj_points, adj_7, adj_10);
        wp::adj_address(var_points, var_3, adj_points, adj_3, adj_9);
        // adj: xij = points[i] - points[j]                                                       <L 20>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
        // adj: j = springs[tid, 1]                                                               <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
        // adj: i = springs[tid, 0]                                                               <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def accumulate_spring_forces(                                                     <L 5>
        return;
}

