// Warp 1.19.0 cuda code for compute_world_energy_15ec38ea.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// compute_world_energy.py:8
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
    // def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:       <L 9>
    // return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                           <L 11>
    var_1 = wp::mul(var_0, var_mass);
    var_2 = wp::dot(var_v, var_v);
    var_3 = wp::mul(var_1, var_2);
    var_4 = wp::dot(var_gravity, var_x);
    var_5 = wp::mul(var_mass, var_4);
    var_6 = wp::sub(var_3, var_5);
    return var_6;
}


// warp/_src/math.py:0
static CUDA_CALLABLE wp::float32 norm_l2_0(
    wp::vec_t<2, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    return var_0;
}


// compute_world_energy.py:8
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
    // def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:       <L 9>
    // return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                           <L 11>
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
    // adj: return 0.5 * mass * wp.dot(v, v) - mass * wp.dot(gravity, x)                      <L 11>
    // adj: def particle_energy(mass: float, v: wp.vec3, x: wp.vec3, gravity: wp.vec3) -> float:  <L 9>
    return;
}


// warp/_src/math.py:0
static CUDA_CALLABLE void adj_norm_l2_0(
    wp::vec_t<2, wp::float32> var_v,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def norm_l2(v: Any) -> float:                                                          <L 1>
    // return wp.length(v)                                                                    <L 12>
    var_0 = wp::length(var_v);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_length(var_v, var_0, adj_v, adj_0);
    // adj: return wp.length(v)                                                               <L 12>
    // adj: def norm_l2(v: Any) -> float:                                                     <L 1>
    return;
}



extern "C" __global__ void compute_world_energy_4c854ae3_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_world_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_momentum,
    wp::array_t<wp::float32> var_env_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_first_moment,
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
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = -9.81;
        const wp::float32 var_30 = 0.0;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
        //---------
        // forward
        // def compute_world_energy(                                                              <L 15>
        // world, i = wp.tid()                                                                    <L 29>
        builtin_tid2d(var_0, var_1);
        // start = world_particle_start[world]                                                    <L 30>
        var_2 = wp::address(var_world_particle_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= world_particle_count[world] or (flags[start + i] & ParticleFlags.ACTIVE) == 0:       <L 31>
        var_6 = wp::address(var_world_particle_count, var_0);
        var_8 = wp::load(var_6);
        var_7 = (var_1 >= var_8);
        var_5 = var_7;
        if (!var_5) {
            var_9 = wp::add(var_3, var_1);
            var_10 = wp::address(var_flags, var_9);
            var_13 = wp::load(var_10);
            var_12 = wp::bit_and(var_13, var_11);
            var_15 = (var_12 == var_14);
            var_5 = var_5 || var_15;
        }
        if (var_5) {
            // return                                                                             <L 32>
            continue;
        }
        // p = points[start + i]                                                                  <L 33>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_points, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // v_cur = velocities[start + i]                                                          <L 34>
        var_20 = wp::add(var_3, var_1);
        var_21 = wp::address(var_velocities, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // mass = masses[start + i]                                                               <L 35>
        var_24 = wp::add(var_3, var_1);
        var_25 = wp::address(var_masses, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // e = particle_energy(mass, v_cur, p, wp.vec3(0.0, -9.81, 0.0))                          <L 36>
        var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
        var_32 = particle_energy_0(var_26, var_22, var_18, var_31);
        // energies[start + i] = e                                                                <L 37>
        var_33 = wp::add(var_3, var_1);
        wp::array_store(var_energies, var_33, var_32);
        // wp.atomic_add(world_energy, world, e)                                                  <L 38>
        var_34 = wp::atomic_add(var_world_energy, var_0, var_32);
        // wp.atomic_add(world_momentum, world, mass * v_cur)                                     <L 39>
        var_35 = wp::mul(var_26, var_22);
        var_36 = wp::atomic_add(var_world_momentum, var_0, var_35);
        // wp.atomic_add(env_mass, world, mass)                                                   <L 41>
        var_37 = wp::atomic_add(var_env_mass, var_0, var_26);
        // wp.atomic_add(first_moment, world, mass * p)                                           <L 42>
        var_38 = wp::mul(var_26, var_18);
        var_39 = wp::atomic_add(var_first_moment, var_0, var_38);
    }
}



extern "C" __global__ void compute_world_energy_4c854ae3_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_particle_start,
    wp::array_t<wp::int32> var_world_particle_count,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_world_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_momentum,
    wp::array_t<wp::float32> var_env_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_first_moment,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::int32> adj_world_particle_start,
    wp::array_t<wp::int32> adj_world_particle_count,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_masses,
    wp::array_t<wp::float32> adj_world_energy,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_world_momentum,
    wp::array_t<wp::float32> adj_env_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_first_moment,
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
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::int32 var_24;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = -9.81;
        const wp::float32 var_30 = 0.0;
        wp::vec_t<3, wp::float32> var_31;
        wp::float32 var_32;
        wp::int32 var_33;
        wp::float32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        wp::float32 var_37;
        wp::vec_t<3, wp::float32> var_38;
        wp::vec_t<3, wp::float32> var_39;
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
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::vec_t<3, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        //---------
        // forward
        // def compute_world_energy(                                                              <L 15>
        // world, i = wp.tid()                                                                    <L 29>
        builtin_tid2d(var_0, var_1);
        // start = world_particle_start[world]                                                    <L 30>
        var_2 = wp::address(var_world_particle_start, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if i >= world_particle_count[world] or (flags[start + i] & ParticleFlags.ACTIVE) == 0:       <L 31>
        var_6 = wp::address(var_world_particle_count, var_0);
        var_8 = wp::load(var_6);
        var_7 = (var_1 >= var_8);
        var_5 = var_7;
        if (!var_5) {
            var_9 = wp::add(var_3, var_1);
            var_10 = wp::address(var_flags, var_9);
            var_13 = wp::load(var_10);
            var_12 = wp::bit_and(var_13, var_11);
            var_15 = (var_12 == var_14);
            var_5 = var_5 || var_15;
        }
        if (var_5) {
            // return                                                                             <L 32>
            goto label0;
        }
        // p = points[start + i]                                                                  <L 33>
        var_16 = wp::add(var_3, var_1);
        var_17 = wp::address(var_points, var_16);
        var_19 = wp::load(var_17);
        var_18 = wp::copy(var_19);
        // v_cur = velocities[start + i]                                                          <L 34>
        var_20 = wp::add(var_3, var_1);
        var_21 = wp::address(var_velocities, var_20);
        var_23 = wp::load(var_21);
        var_22 = wp::copy(var_23);
        // mass = masses[start + i]                                                               <L 35>
        var_24 = wp::add(var_3, var_1);
        var_25 = wp::address(var_masses, var_24);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // e = particle_energy(mass, v_cur, p, wp.vec3(0.0, -9.81, 0.0))                          <L 36>
        var_31 = wp::vec_t<3, wp::float32>(var_28, var_29, var_30);
        var_32 = particle_energy_0(var_26, var_22, var_18, var_31);
        // energies[start + i] = e                                                                <L 37>
        var_33 = wp::add(var_3, var_1);
        // wp::array_store(var_energies, var_33, var_32);
        // wp.atomic_add(world_energy, world, e)                                                  <L 38>
        // var_34 = wp::atomic_add(var_world_energy, var_0, var_32);
        // wp.atomic_add(world_momentum, world, mass * v_cur)                                     <L 39>
        var_35 = wp::mul(var_26, var_22);
        // var_36 = wp::atomic_add(var_world_momentum, var_0, var_35);
        // wp.atomic_add(env_mass, world, mass)                                                   <L 41>
        // var_37 = wp::atomic_add(var_env_mass, var_0, var_26);
        // wp.atomic_add(first_moment, world, mass * p)                                           <L 42>
        var_38 = wp::mul(var_26, var_18);
        // var_39 = wp::atomic_add(var_first_moment, var_0, var_38);
        //---------
        // reverse
        wp::adj_atomic_add(var_first_moment, var_0, var_38, adj_first_moment, adj_0, adj_38, adj_39);
        wp::adj_mul(var_26, var_18, adj_26, adj_18, adj_38);
        // adj: wp.atomic_add(first_moment, world, mass * p)                                      <L 42>
        wp::adj_atomic_add(var_env_mass, var_0, var_26, adj_env_mass, adj_0, adj_26, adj_37);
        // adj: wp.atomic_add(env_mass, world, mass)                                              <L 41>
        wp::adj_atomic_add(var_world_momentum, var_0, var_35, adj_world_momentum, adj_0, adj_35, adj_36);
        wp::adj_mul(var_26, var_22, adj_26, adj_22, adj_35);
        // adj: wp.atomic_add(world_momentum, world, mass * v_cur)                                <L 39>
        wp::adj_atomic_add(var_world_energy, var_0, var_32, adj_world_energy, adj_0, adj_32, adj_34);
        // adj: wp.atomic_add(world_energy, world, e)                                             <L 38>
        wp::adj_array_store(var_energies, var_33, var_32, adj_energies, adj_33, adj_32);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_33);
        // adj: energies[start + i] = e                                                           <L 37>
        adj_particle_energy_0(var_26, var_22, var_18, var_31, adj_26, adj_22, adj_18, adj_31, adj_32);
        wp::adj_vec_t(var_28, var_29, var_30, adj_28, adj_29, adj_30, adj_31);
        // adj: e = particle_energy(mass, v_cur, p, wp.vec3(0.0, -9.81, 0.0))                     <L 36>
        wp::adj_copy(var_27, adj_25, adj_26);
        wp::adj_address(var_masses, var_24, adj_masses, adj_24, adj_25);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_24);
        // adj: mass = masses[start + i]                                                          <L 35>
        wp::adj_copy(var_23, adj_21, adj_22);
        wp::adj_address(var_velocities, var_20, adj_velocities, adj_20, adj_21);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_20);
        // adj: v_cur = velocities[start + i]                                                     <L 34>
        wp::adj_copy(var_19, adj_17, adj_18);
        wp::adj_address(var_points, var_16, adj_points, adj_16, adj_17);
        wp::adj_add(var_3, var_1, adj_3, adj_1, adj_16);
        // adj: p = points[start + i]                                                             <L 33>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 32>
        }
        if (!var_5) {
            wp::adj_address(var_flags, var_9, adj_flags, adj_9, adj_10);
            wp::adj_add(var_3, var_1, adj_3, adj_1, adj_9);
        }
        wp::adj_address(var_world_particle_count, var_0, adj_world_particle_count, adj_0, adj_6);
        // adj: if i >= world_particle_count[world] or (flags[start + i] & ParticleFlags.ACTIVE) == 0:  <L 31>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_world_particle_start, var_0, adj_world_particle_start, adj_0, adj_2);
        // adj: start = world_particle_start[world]                                               <L 30>
        // adj: world, i = wp.tid()                                                               <L 29>
        // adj: def compute_world_energy(                                                         <L 15>
        continue;
    }
}



extern "C" __global__ void velocity_norms_896d938e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_speeds)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def velocity_norms(particle_v: wp.array[wp.vec2], speeds: wp.array[float]):            <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // v = particle_v[tid]                                                                    <L 48>
        var_1 = wp::address(var_particle_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // speeds[tid] = wp.norm_l2(v)                                                            <L 49>
        var_4 = norm_l2_0(var_2);
        wp::array_store(var_speeds, var_0, var_4);
    }
}



extern "C" __global__ void velocity_norms_896d938e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_speeds,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_speeds)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def velocity_norms(particle_v: wp.array[wp.vec2], speeds: wp.array[float]):            <L 46>
        // tid = wp.tid()                                                                         <L 47>
        var_0 = builtin_tid1d();
        // v = particle_v[tid]                                                                    <L 48>
        var_1 = wp::address(var_particle_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // speeds[tid] = wp.norm_l2(v)                                                            <L 49>
        var_4 = norm_l2_0(var_2);
        // wp::array_store(var_speeds, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_speeds, var_0, var_4, adj_speeds, adj_0, adj_4);
        adj_norm_l2_0(var_2, adj_2, adj_4);
        // adj: speeds[tid] = wp.norm_l2(v)                                                       <L 49>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_1);
        // adj: v = particle_v[tid]                                                               <L 48>
        // adj: tid = wp.tid()                                                                    <L 47>
        // adj: def velocity_norms(particle_v: wp.array[wp.vec2], speeds: wp.array[float]):       <L 46>
        continue;
    }
}

