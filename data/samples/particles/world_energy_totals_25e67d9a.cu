// Warp 1.19.0 cuda code for world_energy_totals_25e67d9a.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// world_energy_totals.py:7
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
    // def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:       <L 8>
    // return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                           <L 10>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::dot(var_v, var_v);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::dot(var_gravity, var_x);
    var_5 = wp::mul(var_mass, var_4);
    var_6 = wp::sub(var_3, var_5);
    return var_6;
}


// world_energy_totals.py:7
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
    // def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:       <L 8>
    // return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                           <L 10>
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
    // adj: return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                      <L 10>
    // adj: def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:  <L 8>
    return;
}



extern "C" __global__ void world_energy_totals_b12efc13_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::vec_t<3, wp::float32> var_g,
    wp::array_t<wp::float32> var_env_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_momentum,
    wp::array_t<wp::float32> var_world_max_speed,
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
        bool var_5;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // forward
        // def world_energy_totals(                                                               <L 14>
        // world, i = wp.tid()                                                                    <L 27>
        builtin_tid2d(var_0, var_1);
        // start = world_particle_start[world]                                                    <L 28>
        var_2 = wp::address(var_world_particle_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= world_particle_count[world] or (active[start + i] & PARTICLE_FLAG_ACTIVE) == 0:       <L 29>
        var_6 = wp::address(var_world_particle_count, var_0);
        var_8 = wp::load(var_6);
        var_7 = (var_1 >= var_8);
        var_5 = var_7;
        if (!var_5) {
            var_9 = wp::add(var_3, var_1);
            var_10 = wp::address(var_active, var_9);
            var_13 = wp::load(var_10);
            var_12 = wp::bit_and(var_13, var_11);
            var_15 = (var_12 == var_14);
            var_5 = var_5 || var_15;
        }
        if (var_5) {
            // return                                                                             <L 30>
            continue;
        }
        // m = masses[start + i]                                                                  <L 31>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_masses, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // vel = velocities[start + i]                                                            <L 32>
        var_20 = wp::add(var_3, var_1);
        var_21 = wp::address(var_velocities, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // e = particle_energy(m, vel, positions[start + i], g)                                   <L 33>
        var_24 = wp::add(var_3, var_1);
        var_25 = wp::address(var_positions, var_24);
        var_27 = wp::load(var_25);
        var_26 = particle_energy_0(var_18, var_22, var_27, var_g);
        // energies[start + i] = e                                                                <L 34>
        var_28 = wp::add(var_3, var_1);
        wp::array_store(var_energies, var_28, var_26);
        // wp.atomic_add(env_energy, world, e)                                                    <L 35>
        var_29 = wp::atomic_add(var_env_energy, var_0, var_26);
        // wp.atomic_add(env_momentum, world, m * vel)                                            <L 36>
        var_30 = wp::mul(var_18, var_22);
        var_31 = wp::atomic_add(var_env_momentum, var_0, var_30);
        // wp.atomic_max(world_max_speed, world, wp.length(vel))                                  <L 37>
        var_32 = wp::length(var_22);
        var_33 = wp::atomic_max(var_world_max_speed, var_0, var_32);
    }
}



extern "C" __global__ void world_energy_totals_b12efc13_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::vec_t<3, wp::float32> var_g,
    wp::array_t<wp::float32> var_env_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> var_env_momentum,
    wp::array_t<wp::float32> var_world_max_speed,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::int32> adj_world_particle_start,
    wp::array_t<wp::int32> adj_world_particle_count,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_masses,
    wp::vec_t<3, wp::float32> adj_g,
    wp::array_t<wp::float32> adj_env_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_env_momentum,
    wp::array_t<wp::float32> adj_world_max_speed,
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
        bool var_5;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int32* var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::int32 var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        wp::vec_t<3, wp::float32>* var_25;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::int32 var_28;
        wp::float32 var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        //---------
        // forward
        // def world_energy_totals(                                                               <L 14>
        // world, i = wp.tid()                                                                    <L 27>
        builtin_tid2d(var_0, var_1);
        // start = world_particle_start[world]                                                    <L 28>
        var_2 = wp::address(var_world_particle_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= world_particle_count[world] or (active[start + i] & PARTICLE_FLAG_ACTIVE) == 0:       <L 29>
        var_6 = wp::address(var_world_particle_count, var_0);
        var_8 = wp::load(var_6);
        var_7 = (var_1 >= var_8);
        var_5 = var_7;
        if (!var_5) {
            var_9 = wp::add(var_3, var_1);
            var_10 = wp::address(var_active, var_9);
            var_13 = wp::load(var_10);
            var_12 = wp::bit_and(var_13, var_11);
            var_15 = (var_12 == var_14);
            var_5 = var_5 || var_15;
        }
        if (var_5) {
            // return                                                                             <L 30>
            goto label0;
        }
        // m = masses[start + i]                                                                  <L 31>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_masses, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // vel = velocities[start + i]                                                            <L 32>
        var_20 = wp::add(var_3, var_1);
        var_21 = wp::address(var_velocities, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // e = particle_energy(m, vel, positions[start + i], g)                                   <L 33>
        var_24 = wp::add(var_3, var_1);
        var_25 = wp::address(var_positions, var_24);
        var_27 = wp::load(var_25);
        var_26 = particle_energy_0(var_18, var_22, var_27, var_g);
        // energies[start + i] = e                                                                <L 34>
        var_28 = wp::add(var_3, var_1);
        // wp::array_store(var_energies, var_28, var_26);
        // wp.atomic_add(env_energy, world, e)                                                    <L 35>
        // var_29 = wp::atomic_add(var_env_energy, var_0, var_26);
        // wp.atomic_add(env_momentum, world, m * vel)                                            <L 36>
        var_30 = wp::mul(var_18, var_22);
        // var_31 = wp::atomic_add(var_env_momentum, var_0, var_30);
        // wp.atomic_max(world_max_speed, world, wp.length(vel))                                  <L 37>
        var_32 = wp::length(var_22);
        // var_33 = wp::atomic_max(var_world_max_speed, var_0, var_32);
        //---------
        // reverse
        wp::adj_atomic_max(var_world_max_speed, var_0, var_32, adj_world_max_speed, adj_0, adj_32, adj_33);
        wp::adj_length(var_22, var_32, adj_22, adj_32);
        // adj: wp.atomic_max(world_max_speed, world, wp.length(vel))                             <L 37>
        wp::adj_atomic_add(var_env_momentum, var_0, var_30, adj_env_momentum, adj_0, adj_30, adj_31);
        wp::adj_mul(var_18, var_22, adj_18, adj_22, adj_30);
        // adj: wp.atomic_add(env_momentum, world, m * vel)                                       <L 36>
        wp::adj_atomic_add(var_env_energy, var_0, var_26, adj_env_energy, adj_0, adj_26, adj_29);
        // adj: wp.atomic_add(env_energy, world, e)                                               <L 35>
        wp::adj_array_store(var_energies, var_28, var_26, adj_energies, adj_28, adj_26);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_28);
        // adj: energies[start + i] = e                                                           <L 34>
        adj_particle_energy_0(var_18, var_22, var_27, var_g, adj_18, adj_22, adj_25, adj_g, adj_26);
        wp::adj_address(var_positions, var_24, adj_positions, adj_24, adj_25);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_24);
        // adj: e = particle_energy(m, vel, positions[start + i], g)                              <L 33>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_velocities, var_20, adj_velocities, adj_20, adj_21);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_20);
        // adj: vel = velocities[start + i]                                                       <L 32>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_masses, var_16, adj_masses, adj_16, adj_17);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_16);
        // adj: m = masses[start + i]                                                             <L 31>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 30>
        }
        if (!var_5) {
            wp::adj_address(var_active, var_9, adj_active, adj_9, adj_10);
            wp::adj_add(var_3, var_1, adj_3, adj_1, adj_9);
        }
        wp::adj_address(var_world_particle_count, var_0, adj_world_particle_count, adj_0, adj_6);
        // adj: if i >= world_particle_count[world] or (active[start + i] & PARTICLE_FLAG_ACTIVE) == 0:  <L 29>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_world_particle_start, var_0, adj_world_particle_start, adj_0, adj_2);
        // adj: start = world_particle_start[world]                                               <L 28>
        // adj: world, i = wp.tid()                                                               <L 27>
        // adj: def world_energy_totals(                                                          <L 14>
        continue;
    }
}

