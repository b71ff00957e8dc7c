// Warp 1.19.0 cuda code for kinetic_energy_e6429b7d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void kinetic_energy_52c18673_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_energies)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.5;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        //---------
        // forward
        // def kinetic_energy(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])           <L 13>
        var_2 = wp::address(var_masses, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_1, var_4);
        var_5 = wp::address(var_velocities, var_0);
        var_6 = wp::address(var_velocities, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::dot(var_8, var_9);
        var_10 = wp::mul(var_3, var_7);
        wp::array_store(var_energies, var_0, var_10);
}



extern "C" __global__ void kinetic_energy_52c18673_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_masses,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_masses,
    wp::array_t<wp::float32> adj_energies)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::float32 var_1 = 0.5;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def kinetic_energy(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])           <L 13>
        var_2 = wp::address(var_masses, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_1, var_4);
        var_5 = wp::address(var_velocities, var_0);
        var_6 = wp::address(var_velocities, var_0);
        var_8 = wp::load(var_5);
        var_9 = wp::load(var_6);
        var_7 = wp::dot(var_8, var_9);
        var_10 = wp::mul(var_3, var_7);
        // wp::array_store(var_energies, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_energies, var_0, var_10, adj_energies, adj_0, adj_10);
        wp::adj_mul(var_3, var_7, adj_3, adj_7, adj_10);
        wp::adj_dot(var_8, var_9, adj_5, adj_6, adj_7);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_6);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_5);
        wp::adj_mul(var_1, var_4, adj_1, adj_2, adj_3);
        wp::adj_address(var_masses, var_0, adj_masses, adj_0, adj_2);
        // adj: energies[tid] = 0.5 * masses[tid] * wp.dot(velocities[tid], velocities[tid])      <L 13>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def kinetic_energy(                                                               <L 5>
        return;
}

