// Warp 1.19.0 cuda code for compute_world_energy_98abfac2.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// compute_world_energy.py:4
static CUDA_CALLABLE wp::float32 particle_energy_0(
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_gravity)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:       <L 5>
    // return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                           <L 7>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::dot(var_v, var_v);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::dot(var_gravity, var_x);
    var_5 = wp::mul(var_mass, var_4);
    var_6 = wp::sub(var_3, var_5);
    return var_6;
}


// compute_world_energy.py:4
static CUDA_CALLABLE void adj_particle_energy_0(
    wp::float32 var_mass,
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 & adj_mass,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_gravity,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:       <L 5>
    // return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                           <L 7>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::dot(var_v, var_v);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::dot(var_gravity, var_x);
    var_5 = wp::mul(var_mass, var_4);
    var_6 = wp::sub(var_3, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_sub(var_3, var_5, adj_3, adj_5, adj_6);
    wp::adj_mul(var_mass, var_4, adj_mass, adj_4, adj_5);
    wp::adj_dot(var_gravity, var_x, adj_gravity, adj_x, adj_4);
    wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
    wp::adj_dot(var_v, var_v, adj_v, adj_v, adj_2);
    wp::adj_mul(var_0, var_mass, adj_0, adj_mass, adj_1);
    // adj: return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                      <L 7>
    // adj: def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:  <L 5>
    return;
}



extern "C" __global__ void compute_world_energy_1171a34a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_world_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_momentum,
    wp::array_t<wp::float32> var_world_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroid_sum,
    wp::array_t<wp::float32> var_energies)
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
        wp::int32 var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        bool var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::int32 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = -9.81;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        //---------
        // forward
        // def compute_world_energy(                                                              <L 11>
        // world, i = wp.tid()                                                                    <L 23>
        builtin_tid2d(var_0, var_1);
        // start = world_particle_start[world]                                                    <L 24>
        var_2 = wp::address(var_world_particle_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= world_particle_count[world]:                                                   <L 25>
        var_5 = wp::address(var_world_particle_count, var_0);
        var_7 = wp::load(var_5);
        var_6 = (var_1 >= var_7);
        if (var_6) {
            // return                                                                             <L 26>
            continue;
        }
        // p = positions[start + i]                                                               <L 27>
        var_8 = wp::add(var_3, var_1);
        var_9 = wp::address(var_positions, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // v_cur = velocities[start + i]                                                          <L 28>
        var_12 = wp::add(var_3, var_1);
        var_13 = wp::address(var_velocities, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // m = masses[start + i]                                                                  <L 29>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_masses, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // e = particle_energy(m, v_cur, p, wp.vec3(0.0, -9.81, 0.0))                             <L 30>
        var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
        var_24 = particle_energy_0(var_18, var_14, var_10, var_23);
        // energies[start + i] = e                                                                <L 31>
        var_25 = wp::add(var_3, var_1);
        wp::array_store(var_energies, var_25, var_24);
        // wp.atomic_add(world_energy, world, e)                                                  <L 32>
        var_26 = wp::atomic_add(var_world_energy, var_0, var_24);
        // wp.atomic_add(world_momentum, world, m * v_cur)                                        <L 33>
        var_27 = wp::mul(var_18, var_14);
        var_28 = wp::atomic_add(var_world_momentum, var_0, var_27);
        // wp.atomic_add(world_mass, world, m)                                                    <L 35>
        var_29 = wp::atomic_add(var_world_mass, var_0, var_18);
        // wp.atomic_add(centroid_sum, world, m * p)                                              <L 36>
        var_30 = wp::mul(var_18, var_10);
        var_31 = wp::atomic_add(var_centroid_sum, var_0, var_30);
    }
}



extern "C" __global__ void compute_world_energy_1171a34a_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_world_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_momentum,
    wp::array_t<wp::float32> var_world_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centroid_sum,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::int32> adj_world_particle_start,
    wp::array_t<wp::int32> adj_world_particle_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_masses,
    wp::array_t<wp::float32> adj_world_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_momentum,
    wp::array_t<wp::float32> adj_world_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centroid_sum,
    wp::array_t<wp::float32> adj_energies)
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
        wp::int32 var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        bool var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::int32 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.0;
        const wp::float32 var_21 = -9.81;
        const wp::float32 var_22 = 0.0;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        wp::int32 var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        //---------
        // forward
        // def compute_world_energy(                                                              <L 11>
        // world, i = wp.tid()                                                                    <L 23>
        builtin_tid2d(var_0, var_1);
        // start = world_particle_start[world]                                                    <L 24>
        var_2 = wp::address(var_world_particle_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= world_particle_count[world]:                                                   <L 25>
        var_5 = wp::address(var_world_particle_count, var_0);
        var_7 = wp::load(var_5);
        var_6 = (var_1 >= var_7);
        if (var_6) {
            // return                                                                             <L 26>
            goto label0;
        }
        // p = positions[start + i]                                                               <L 27>
        var_8 = wp::add(var_3, var_1);
        var_9 = wp::address(var_positions, var_8);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // v_cur = velocities[start + i]                                                          <L 28>
        var_12 = wp::add(var_3, var_1);
        var_13 = wp::address(var_velocities, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // m = masses[start + i]                                                                  <L 29>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_masses, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // e = particle_energy(m, v_cur, p, wp.vec3(0.0, -9.81, 0.0))                             <L 30>
        var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
        var_24 = particle_energy_0(var_18, var_14, var_10, var_23);
        // energies[start + i] = e                                                                <L 31>
        var_25 = wp::add(var_3, var_1);
        // wp::array_store(var_energies, var_25, var_24);
        // wp.atomic_add(world_energy, world, e)                                                  <L 32>
        // var_26 = wp::atomic_add(var_world_energy, var_0, var_24);
        // wp.atomic_add(world_momentum, world, m * v_cur)                                        <L 33>
        var_27 = wp::mul(var_18, var_14);
        // var_28 = wp::atomic_add(var_world_momentum, var_0, var_27);
        // wp.atomic_add(world_mass, world, m)                                                    <L 35>
        // var_29 = wp::atomic_add(var_world_mass, var_0, var_18);
        // wp.atomic_add(centroid_sum, world, m * p)                                              <L 36>
        var_30 = wp::mul(var_18, var_10);
        // var_31 = wp::atomic_add(var_centroid_sum, var_0, var_30);
        //---------
        // reverse
        wp::adj_atomic_add(var_centroid_sum, var_0, var_30, adj_centroid_sum, adj_0, adj_30, adj_31);
        wp::adj_mul(var_18, var_10, adj_18, adj_10, adj_30);
        // adj: wp.atomic_add(centroid_sum, world, m * p)                                         <L 36>
        wp::adj_atomic_add(var_world_mass, var_0, var_18, adj_world_mass, adj_0, adj_18, adj_29);
        // adj: wp.atomic_add(world_mass, world, m)                                               <L 35>
        wp::adj_atomic_add(var_world_momentum, var_0, var_27, adj_world_momentum, adj_0, adj_27, adj_28);
        wp::adj_mul(var_18, var_14, adj_18, adj_14, adj_27);
        // adj: wp.atomic_add(world_momentum, world, m * v_cur)                                   <L 33>
        wp::adj_atomic_add(var_world_energy, var_0, var_24, adj_world_energy, adj_0, adj_24, adj_26);
        // adj: wp.atomic_add(world_energy, world, e)                                             <L 32>
        wp::adj_array_store(var_energies, var_25, var_24, adj_energies, adj_25, adj_24);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_25);
        // adj: energies[start + i] = e                                                           <L 31>
        adj_particle_energy_0(var_18, var_14, var_10, var_23, adj_18, adj_14, adj_10, adj_23, adj_24);
        wp::adj_vec_t(var_20, var_21, var_22, adj_20, adj_21, adj_22, adj_23);
        // adj: e = particle_energy(m, v_cur, p, wp.vec3(0.0, -9.81, 0.0))                        <L 30>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_masses, var_16, adj_masses, adj_16, adj_17);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_16);
        // adj: m = masses[start + i]                                                             <L 29>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_velocities, var_12, adj_velocities, adj_12, adj_13);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_12);
        // adj: v_cur = velocities[start + i]                                                     <L 28>
        wp::adj_copy(var_11, adj_9, adj_10);
        wp::adj_address(var_positions, var_8, adj_positions, adj_8, adj_9);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_8);
        // adj: p = positions[start + i]                                                          <L 27>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        wp::adj_address(var_world_particle_count, var_0, adj_world_particle_count, adj_0, adj_5);
        // adj: if i >= world_particle_count[world]:                                              <L 25>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_world_particle_start, var_0, adj_world_particle_start, adj_0, adj_2);
        // adj: start = world_particle_start[world]                                               <L 24>
        // adj: world, i = wp.tid()                                                               <L 23>
        // adj: def compute_world_energy(                                                         <L 11>
        continue;
    }
}

