// Warp 1.19.0 cuda code for reduce_energy_cdae54f2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void reduce_energy_7dff21d0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_masses,
    wp::float32 var_kd,
    wp::float32 var_sim_dt,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // forward
        // def reduce_energy(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 13>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // mass = masses[tid]                                                                     <L 14>
        var_4 = wp::address(var_masses, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(vel * (1.0 - kd * sim_dt)))       <L 15>
        var_9 = wp::mul(var_8, var_5);
        var_11 = wp::mul(var_kd, var_sim_dt);
        var_12 = wp::sub(var_10, var_11);
        var_13 = wp::mul(var_2, var_12);
        var_14 = wp::length_sq(var_13);
        var_15 = wp::mul(var_9, var_14);
        var_16 = wp::atomic_add(var_energies, var_7, var_15);
    }
}



extern "C" __global__ void reduce_energy_7dff21d0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_masses,
    wp::float32 var_kd,
    wp::float32 var_sim_dt,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_masses,
    wp::float32 adj_kd,
    wp::float32 adj_sim_dt,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        const wp::int32 var_7 = 0;
        const wp::float32 var_8 = 0.5;
        wp::float32 var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        //---------
        // forward
        // def reduce_energy(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // vel = v[tid]                                                                           <L 13>
        var_1 = wp::address(var_v, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // mass = masses[tid]                                                                     <L 14>
        var_4 = wp::address(var_masses, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(vel * (1.0 - kd * sim_dt)))       <L 15>
        var_9 = wp::mul(var_8, var_5);
        var_11 = wp::mul(var_kd, var_sim_dt);
        var_12 = wp::sub(var_10, var_11);
        var_13 = wp::mul(var_2, var_12);
        var_14 = wp::length_sq(var_13);
        var_15 = wp::mul(var_9, var_14);
        // var_16 = wp::atomic_add(var_energies, var_7, var_15);
        //---------
        // reverse
        wp::adj_atomic_add(var_energies, var_7, var_15, adj_energies, adj_7, adj_15, adj_16);
        wp::adj_mul(var_9, var_14, adj_9, adj_14, adj_15);
        wp::adj_length_sq(var_13, adj_13, adj_14);
        wp::adj_mul(var_2, var_12, adj_2, adj_12, adj_13);
        wp::adj_sub(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_mul(var_kd, var_sim_dt, adj_kd, adj_sim_dt, adj_11);
        wp::adj_mul(var_8, var_5, adj_8, adj_5, adj_9);
        // adj: wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(vel * (1.0 - kd * sim_dt)))  <L 15>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_masses, var_0, adj_masses, adj_0, adj_4);
        // adj: mass = masses[tid]                                                                <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_1);
        // adj: vel = v[tid]                                                                      <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def reduce_energy(                                                                <L 5>
        continue;
    }
}

