// Warp 1.19.0 cuda code for integrate_particles_f550f8ca.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_particles_ab8d0d40_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_time_step)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // forward
        // def integrate_particles(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // force = particle_f[tid]                                                                <L 15>
        var_1 = wp::address(var_particle_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // m = masses[tid]                                                                        <L 16>
        var_4 = wp::address(var_masses, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_new = (velocities[tid] + (gravity + force * (1.0 / m)) * time_step) + gravity * time_step       <L 19>
        var_7 = wp::address(var_velocities, var_0);
        var_9 = wp::div(var_8, var_5);
        var_10 = wp::mul(var_2, var_9);
        var_11 = wp::add(var_gravity, var_10);
        var_12 = wp::mul(var_11, var_time_step);
        var_14 = wp::load(var_7);
        var_13 = wp::add(var_14, var_12);
        var_15 = wp::mul(var_gravity, var_time_step);
        var_16 = wp::add(var_13, var_15);
        // velocities[tid] = v_new                                                                <L 20>
        wp::array_store(var_velocities, var_0, var_16);
        // new_positions[tid] = positions[tid] + v_new * time_step                                <L 21>
        var_17 = wp::address(var_positions, var_0);
        var_18 = wp::mul(var_16, var_time_step);
        var_20 = wp::load(var_17);
        var_19 = wp::add(var_20, var_18);
        wp::array_store(var_new_positions, var_0, var_19);
}



extern "C" __global__ void integrate_particles_ab8d0d40_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::float32> adj_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_time_step)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32>* var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32>* var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        //---------
        // forward
        // def integrate_particles(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // force = particle_f[tid]                                                                <L 15>
        var_1 = wp::address(var_particle_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // m = masses[tid]                                                                        <L 16>
        var_4 = wp::address(var_masses, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_new = (velocities[tid] + (gravity + force * (1.0 / m)) * time_step) + gravity * time_step       <L 19>
        var_7 = wp::address(var_velocities, var_0);
        var_9 = wp::div(var_8, var_5);
        var_10 = wp::mul(var_2, var_9);
        var_11 = wp::add(var_gravity, var_10);
        var_12 = wp::mul(var_11, var_time_step);
        var_14 = wp::load(var_7);
        var_13 = wp::add(var_14, var_12);
        var_15 = wp::mul(var_gravity, var_time_step);
        var_16 = wp::add(var_13, var_15);
        // velocities[tid] = v_new                                                                <L 20>
        // wp::array_store(var_velocities, var_0, var_16);
        // new_positions[tid] = positions[tid] + v_new * time_step                                <L 21>
        var_17 = wp::address(var_positions, var_0);
        var_18 = wp::mul(var_16, var_time_step);
        var_20 = wp::load(var_17);
        var_19 = wp::add(var_20, var_18);
        // wp::array_store(var_new_positions, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_19, adj_new_positions, adj_0, adj_19);
        wp::adj_add(var_20, var_18, adj_17, adj_18, adj_19);
        wp::adj_mul(var_16, var_time_step, adj_16, adj_time_step, adj_18);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_17);
        // adj: new_positions[tid] = positions[tid] + v_new * time_step                           <L 21>
        wp::adj_array_store(var_velocities, var_0, var_16, adj_velocities, adj_0, adj_16);
        // adj: velocities[tid] = v_new                                                           <L 20>
        wp::adj_add(var_13, var_15, adj_13, adj_15, adj_16);
        wp::adj_mul(var_gravity, var_time_step, adj_gravity, adj_time_step, adj_15);
        wp::adj_add(var_14, var_12, adj_7, adj_12, adj_13);
        wp::adj_mul(var_11, var_time_step, adj_11, adj_time_step, adj_12);
        wp::adj_add(var_gravity, var_10, adj_gravity, adj_10, adj_11);
        wp::adj_mul(var_2, var_9, adj_2, adj_9, adj_10);
        wp::adj_div(var_8, var_5, var_9, adj_8, adj_5, adj_9);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
        // adj: v_new = (velocities[tid] + (gravity + force * (1.0 / m)) * time_step) + gravity * time_step  <L 19>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_masses, var_0, adj_masses, adj_0, adj_4);
        // adj: m = masses[tid]                                                                   <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_1);
        // adj: force = particle_f[tid]                                                           <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def integrate_particles(                                                          <L 5>
        return;
}

