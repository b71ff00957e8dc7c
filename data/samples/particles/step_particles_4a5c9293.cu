// Warp 1.19.0 cuda code for step_particles_4a5c9293.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void step_particles_6e6931d6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 10.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 3.0;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.75;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.9;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // forward
        // def step_particles(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 15>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // triple = wp.vec3(dt, float(10.0), float(3.0))                                          <L 16>
        var_8 = wp::float(var_7);
        var_10 = wp::float(var_9);
        var_11 = wp::vec_t<3, wp::float32>(var_dt, var_8, var_10);
        // composed = wp.vec3(dt, float(0.75), float(0.9))                                        <L 17>
        var_13 = wp::float(var_12);
        var_15 = wp::float(var_14);
        var_16 = wp::vec_t<3, wp::float32>(var_dt, var_13, var_15);
        // offset_2 = v                                                                           <L 18>
        var_17 = wp::copy(var_5);
        // accel = gravity + triple + composed + offset_2                                         <L 19>
        var_18 = wp::add(var_gravity, var_11);
        var_19 = wp::add(var_18, var_16);
        var_20 = wp::add(var_19, var_17);
        // v_next = v + accel * dt                                                                <L 20>
        var_21 = wp::mul(var_20, var_dt);
        var_22 = wp::add(var_5, var_21);
        // new_velocities[tid] = v_next                                                           <L 21>
        wp::array_store(var_new_velocities, var_0, var_22);
        // new_positions[tid] = x + v_next * dt                                                   <L 22>
        var_23 = wp::mul(var_22, var_dt);
        var_24 = wp::add(var_2, var_23);
        wp::array_store(var_new_positions, var_0, var_24);
}



extern "C" __global__ void step_particles_6e6931d6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::float32 var_7 = 10.0;
        wp::float32 var_8;
        const wp::float32 var_9 = 3.0;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::float32 var_12 = 0.75;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.9;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        //---------
        // forward
        // def step_particles(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 15>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // triple = wp.vec3(dt, float(10.0), float(3.0))                                          <L 16>
        var_8 = wp::float(var_7);
        var_10 = wp::float(var_9);
        var_11 = wp::vec_t<3, wp::float32>(var_dt, var_8, var_10);
        // composed = wp.vec3(dt, float(0.75), float(0.9))                                        <L 17>
        var_13 = wp::float(var_12);
        var_15 = wp::float(var_14);
        var_16 = wp::vec_t<3, wp::float32>(var_dt, var_13, var_15);
        // offset_2 = v                                                                           <L 18>
        var_17 = wp::copy(var_5);
        // accel = gravity + triple + composed + offset_2                                         <L 19>
        var_18 = wp::add(var_gravity, var_11);
        var_19 = wp::add(var_18, var_16);
        var_20 = wp::add(var_19, var_17);
        // v_next = v + accel * dt                                                                <L 20>
        var_21 = wp::mul(var_20, var_dt);
        var_22 = wp::add(var_5, var_21);
        // new_velocities[tid] = v_next                                                           <L 21>
        // wp::array_store(var_new_velocities, var_0, var_22);
        // new_positions[tid] = x + v_next * dt                                                   <L 22>
        var_23 = wp::mul(var_22, var_dt);
        var_24 = wp::add(var_2, var_23);
        // wp::array_store(var_new_positions, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_24, adj_new_positions, adj_0, adj_24);
        wp::adj_add(var_2, var_23, adj_2, adj_23, adj_24);
        wp::adj_mul(var_22, var_dt, adj_22, adj_dt, adj_23);
        // adj: new_positions[tid] = x + v_next * dt                                              <L 22>
        wp::adj_array_store(var_new_velocities, var_0, var_22, adj_new_velocities, adj_0, adj_22);
        // adj: new_velocities[tid] = v_next                                                      <L 21>
        wp::adj_add(var_5, var_21, adj_5, adj_21, adj_22);
        wp::adj_mul(var_20, var_dt, adj_20, adj_dt, adj_21);
        // adj: v_next = v + accel * dt                                                           <L 20>
        wp::adj_add(var_19, var_17, adj_19, adj_17, adj_20);
        wp::adj_add(var_18, var_16, adj_18, adj_16, adj_19);
        wp::adj_add(var_gravity, var_11, adj_gravity, adj_11, adj_18);
        // adj: accel = gravity + triple + composed + offset_2                                    <L 19>
        wp::adj_copy(var_5, adj_5, adj_17);
        // adj: offset_2 = v                                                                      <L 18>
        wp::adj_vec_t(var_dt, var_13, var_15, adj_dt, adj_13, adj_15, adj_16);
        wp::adj_float(var_14, adj_14, adj_15);
        wp::adj_float(var_12, adj_12, adj_13);
        // adj: composed = wp.vec3(dt, float(0.75), float(0.9))                                   <L 17>
        wp::adj_vec_t(var_dt, var_8, var_10, adj_dt, adj_8, adj_10, adj_11);
        wp::adj_float(var_9, adj_9, adj_10);
        wp::adj_float(var_7, adj_7, adj_8);
        // adj: triple = wp.vec3(dt, float(10.0), float(3.0))                                     <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def step_particles(                                                               <L 5>
        return;
}

