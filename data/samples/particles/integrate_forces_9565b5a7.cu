// Warp 1.19.0 cuda code for integrate_forces_9565b5a7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_forces_ef51f6ba_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::float32 var_stiffness,
    wp::float32 var_particle_mass,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_velocities)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 1e-06;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<2, wp::float32> var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32> var_23;
        wp::vec_t<2, wp::float32> var_24;
        //---------
        // forward
        // def integrate_forces(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // v = velocities[tid]                                                                    <L 17>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // target = anchors[tid]                                                                  <L 18>
        var_4 = wp::address(var_anchors, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // rest = spring_rest_length[tid]                                                         <L 19>
        var_7 = wp::address(var_spring_rest_length, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // offset = target - positions[tid]                                                       <L 22>
        var_10 = wp::address(var_positions, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_5, var_12);
        // distance = wp.length(offset)                                                           <L 23>
        var_13 = wp::length(var_11);
        // f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))         <L 24>
        var_14 = wp::sub(var_13, var_8);
        var_15 = wp::mul(var_stiffness, var_14);
        var_17 = wp::max(var_13, var_16);
        var_18 = wp::div(var_15, var_17);
        var_19 = wp::mul(var_11, var_18);
        // w = 1.0 / particle_mass                                                                <L 25>
        var_21 = wp::div(var_20, var_particle_mass);
        // new_velocities[tid] = v + f_spring * w * dt                                            <L 26>
        var_22 = wp::mul(var_19, var_21);
        var_23 = wp::mul(var_22, var_dt);
        var_24 = wp::add(var_2, var_23);
        wp::array_store(var_new_velocities, var_0, var_24);
}



extern "C" __global__ void integrate_forces_ef51f6ba_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> var_anchors,
    wp::array_t<wp::float32> var_spring_rest_length,
    wp::float32 var_stiffness,
    wp::float32 var_particle_mass,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> var_new_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_anchors,
    wp::array_t<wp::float32> adj_spring_rest_length,
    wp::float32 adj_stiffness,
    wp::float32 adj_particle_mass,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_new_velocities)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32* var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<2, wp::float32>* var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 1e-06;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::vec_t<2, wp::float32> var_19;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32> var_23;
        wp::vec_t<2, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<2, wp::float32> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        wp::vec_t<2, wp::float32> adj_24 = {};
        //---------
        // forward
        // def integrate_forces(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // v = velocities[tid]                                                                    <L 17>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // target = anchors[tid]                                                                  <L 18>
        var_4 = wp::address(var_anchors, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // rest = spring_rest_length[tid]                                                         <L 19>
        var_7 = wp::address(var_spring_rest_length, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // offset = target - positions[tid]                                                       <L 22>
        var_10 = wp::address(var_positions, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::sub(var_5, var_12);
        // distance = wp.length(offset)                                                           <L 23>
        var_13 = wp::length(var_11);
        // f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))         <L 24>
        var_14 = wp::sub(var_13, var_8);
        var_15 = wp::mul(var_stiffness, var_14);
        var_17 = wp::max(var_13, var_16);
        var_18 = wp::div(var_15, var_17);
        var_19 = wp::mul(var_11, var_18);
        // w = 1.0 / particle_mass                                                                <L 25>
        var_21 = wp::div(var_20, var_particle_mass);
        // new_velocities[tid] = v + f_spring * w * dt                                            <L 26>
        var_22 = wp::mul(var_19, var_21);
        var_23 = wp::mul(var_22, var_dt);
        var_24 = wp::add(var_2, var_23);
        // wp::array_store(var_new_velocities, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_new_velocities, var_0, var_24, adj_new_velocities, adj_0, adj_24);
        wp::adj_add(var_2, var_23, adj_2, adj_23, adj_24);
        wp::adj_mul(var_22, var_dt, adj_22, adj_dt, adj_23);
        wp::adj_mul(var_19, var_21, adj_19, adj_21, adj_22);
        // adj: new_velocities[tid] = v + f_spring * w * dt                                       <L 26>
        wp::adj_div(var_20, var_particle_mass, var_21, adj_20, adj_particle_mass, adj_21);
        // adj: w = 1.0 / particle_mass                                                           <L 25>
        wp::adj_mul(var_11, var_18, adj_11, adj_18, adj_19);
        wp::adj_div(var_15, var_17, var_18, adj_15, adj_17, adj_18);
        wp::adj_max(var_13, var_16, adj_13, adj_16, adj_17);
        wp::adj_mul(var_stiffness, var_14, adj_stiffness, adj_14, adj_15);
        wp::adj_sub(var_13, var_8, adj_13, adj_8, adj_14);
        // adj: f_spring = offset * (stiffness * (distance - rest) / wp.max(distance, 1.0e-6))    <L 24>
        wp::adj_length(var_11, var_13, adj_11, adj_13);
        // adj: distance = wp.length(offset)                                                      <L 23>
        wp::adj_sub(var_5, var_12, adj_5, adj_10, adj_11);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_10);
        // adj: offset = target - positions[tid]                                                  <L 22>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_spring_rest_length, var_0, adj_spring_rest_length, adj_0, adj_7);
        // adj: rest = spring_rest_length[tid]                                                    <L 19>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_anchors, var_0, adj_anchors, adj_0, adj_4);
        // adj: target = anchors[tid]                                                             <L 18>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
        // adj: v = velocities[tid]                                                               <L 17>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def integrate_forces(                                                             <L 5>
        return;
}

