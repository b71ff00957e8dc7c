// Warp 1.19.0 cuda code for compute_world_energy_454e45f0.py; preceded by preamble_cuda_93b22071978ccd96.cuh

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



extern "C" __global__ void compute_world_energy_28564c13_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_world_energy,
    wp::array_t<wp::float32> var_world_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_first_moment,
    wp::array_t<wp::float32> var_energies,
    wp::vec_t<3, wp::float32> var_g)
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
        wp::float32 var_20;
        wp::int32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
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
        // vel_i = velocities[start + i]                                                          <L 28>
        var_12 = wp::add(var_3, var_1);
        var_13 = wp::address(var_velocities, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // m = masses[start + i]                                                                  <L 29>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_masses, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // e = particle_energy(m, vel_i, p, g)                                                    <L 30>
        var_20 = particle_energy_0(var_18, var_14, var_10, var_g);
        // energies[start + i] = e                                                                <L 31>
        var_21 = wp::add(var_3, var_1);
        wp::array_store(var_energies, var_21, var_20);
        // wp.atomic_add(world_energy, world, e)                                                  <L 32>
        var_22 = wp::atomic_add(var_world_energy, var_0, var_20);
        // wp.atomic_add(world_mass, world, m)                                                    <L 34>
        var_23 = wp::atomic_add(var_world_mass, var_0, var_18);
        // wp.atomic_add(first_moment, world, m * p)                                              <L 35>
        var_24 = wp::mul(var_18, var_10);
        var_25 = wp::atomic_add(var_first_moment, var_0, var_24);
    }
}



extern "C" __global__ void compute_world_energy_28564c13_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_world_energy,
    wp::array_t<wp::float32> var_world_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_first_moment,
    wp::array_t<wp::float32> var_energies,
    wp::vec_t<3, wp::float32> var_g,
    wp::array_t<wp::int32> adj_world_particle_start,
    wp::array_t<wp::int32> adj_world_particle_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_masses,
    wp::array_t<wp::float32> adj_world_energy,
    wp::array_t<wp::float32> adj_world_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_first_moment,
    wp::array_t<wp::float32> adj_energies,
    wp::vec_t<3, wp::float32> adj_g)
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
        wp::float32 var_20;
        wp::int32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
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
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
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
        // vel_i = velocities[start + i]                                                          <L 28>
        var_12 = wp::add(var_3, var_1);
        var_13 = wp::address(var_velocities, var_12);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // m = masses[start + i]                                                                  <L 29>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_masses, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // e = particle_energy(m, vel_i, p, g)                                                    <L 30>
        var_20 = particle_energy_0(var_18, var_14, var_10, var_g);
        // energies[start + i] = e                                                                <L 31>
        var_21 = wp::add(var_3, var_1);
        // wp::array_store(var_energies, var_21, var_20);
        // wp.atomic_add(world_energy, world, e)                                                  <L 32>
        // var_22 = wp::atomic_add(var_world_energy, var_0, var_20);
        // wp.atomic_add(world_mass, world, m)                                                    <L 34>
        // var_23 = wp::atomic_add(var_world_mass, var_0, var_18);
        // wp.atomic_add(first_moment, world, m * p)                                              <L 35>
        var_24 = wp::mul(var_18, var_10);
        // var_25 = wp::atomic_add(var_first_moment, var_0, var_24);
        //---------
        // reverse
        wp::adj_atomic_add(var_first_moment, var_0, var_24, adj_first_moment, adj_0, adj_24, adj_25);
        wp::adj_mul(var_18, var_10, adj_18, adj_10, adj_24);
        // adj: wp.atomic_add(first_moment, world, m * p)                                         <L 35>
        wp::adj_atomic_add(var_world_mass, var_0, var_18, adj_world_mass, adj_0, adj_18, adj_23);
        // adj: wp.atomic_add(world_mass, world, m)                                               <L 34>
        wp::adj_atomic_add(var_world_energy, var_0, var_20, adj_world_energy, adj_0, adj_20, adj_22);
        // adj: wp.atomic_add(world_energy, world, e)                                             <L 32>
        wp::adj_array_store(var_energies, var_21, var_20, adj_energies, adj_21, adj_20);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_21);
        // adj: energies[start + i] = e                                                           <L 31>
        adj_particle_energy_0(var_18, var_14, var_10, var_g, adj_18, adj_14, adj_10, adj_g, adj_20);
        // adj: e = particle_energy(m, vel_i, p, g)                                               <L 30>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_masses, var_16, adj_masses, adj_16, adj_17);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_16);
        // adj: m = masses[start + i]                                                             <L 29>
        wp::adj_copy(var_15, adj_13, adj_14);
        wp::adj_address(var_velocities, var_12, adj_velocities, adj_12, adj_13);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_12);
        // adj: vel_i = velocities[start + i]                                                     <L 28>
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



extern "C" __global__ void clamp_velocity_e2670a17_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_v,
    wp::float32 var_speed_limit)
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
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        bool var_9;
        wp::float32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // forward
        // def clamp_velocity(                                                                    <L 39>
        // tid = wp.tid()                                                                         <L 45>
        var_0 = builtin_tid1d();
        // if mask[tid] != 1:                                                                     <L 46>
        var_1 = wp::address(var_mask, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 47>
            continue;
        }
        // v = particle_v[tid]                                                                    <L 48>
        var_5 = wp::address(var_particle_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // speed = wp.length(v)                                                                   <L 49>
        var_8 = wp::length(var_6);
        // if speed > speed_limit:                                                                <L 50>
        var_9 = (var_8 > var_speed_limit);
        if (var_9) {
            // particle_v[tid] = v * (speed_limit / speed)                                        <L 51>
            var_10 = wp::div(var_speed_limit, var_8);
            var_11 = wp::mul(var_6, var_10);
            wp::array_store(var_particle_v, var_0, var_11);
        }
    }
}



extern "C" __global__ void clamp_velocity_e2670a17_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_mask,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_v,
    wp::float32 var_speed_limit,
    wp::array_t<wp::int32> adj_mask,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_particle_v,
    wp::float32 adj_speed_limit)
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
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        bool var_9;
        wp::float32 var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        //---------
        // forward
        // def clamp_velocity(                                                                    <L 39>
        // tid = wp.tid()                                                                         <L 45>
        var_0 = builtin_tid1d();
        // if mask[tid] != 1:                                                                     <L 46>
        var_1 = wp::address(var_mask, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 47>
            goto label0;
        }
        // v = particle_v[tid]                                                                    <L 48>
        var_5 = wp::address(var_particle_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // speed = wp.length(v)                                                                   <L 49>
        var_8 = wp::length(var_6);
        // if speed > speed_limit:                                                                <L 50>
        var_9 = (var_8 > var_speed_limit);
        if (var_9) {
            // particle_v[tid] = v * (speed_limit / speed)                                        <L 51>
            var_10 = wp::div(var_speed_limit, var_8);
            var_11 = wp::mul(var_6, var_10);
            // wp::array_store(var_particle_v, var_0, var_11);
        }
        //---------
        // reverse
        if (var_9) {
            wp::adj_array_store(var_particle_v, var_0, var_11, adj_particle_v, adj_0, adj_11);
            wp::adj_mul(var_6, var_10, adj_6, adj_10, adj_11);
            wp::adj_div(var_speed_limit, var_8, var_10, adj_speed_limit, adj_8, adj_10);
            // adj: particle_v[tid] = v * (speed_limit / speed)                                   <L 51>
        }
        // adj: if speed > speed_limit:                                                           <L 50>
        wp::adj_length(var_6, var_8, adj_6, adj_8);
        // adj: speed = wp.length(v)                                                              <L 49>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_5);
        // adj: v = particle_v[tid]                                                               <L 48>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 47>
        }
        wp::adj_address(var_mask, var_0, adj_mask, adj_0, adj_1);
        // adj: if mask[tid] != 1:                                                                <L 46>
        // adj: tid = wp.tid()                                                                    <L 45>
        // adj: def clamp_velocity(                                                               <L 39>
        continue;
    }
}

