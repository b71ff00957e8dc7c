// Warp 1.19.0 cuda code for sum_energy_f48b3b29.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_energy_861ac5eb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_energies,
    wp::float32 var_mass)
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
        const wp::float32 var_2 = 0.5;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):          <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))                          <L 9>
        var_3 = wp::mul(var_2, var_mass);
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::length_sq(var_6);
        var_7 = wp::mul(var_3, var_5);
        var_8 = wp::atomic_add(var_energies, var_1, var_7);
}



extern "C" __global__ void sum_energy_861ac5eb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> var_energies,
    wp::float32 var_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::float32> adj_energies,
    wp::float32 adj_mass)
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
        const wp::float32 var_2 = 0.5;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):          <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))                          <L 9>
        var_3 = wp::mul(var_2, var_mass);
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::length_sq(var_6);
        var_7 = wp::mul(var_3, var_5);
        // var_8 = wp::atomic_add(var_energies, var_1, var_7);
        //---------
        // reverse
        wp::adj_atomic_add(var_energies, var_1, var_7, adj_energies, adj_1, adj_7, adj_8);
        wp::adj_mul(var_3, var_5, adj_3, adj_5, adj_7);
        wp::adj_length_sq(var_6, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        wp::adj_mul(var_2, var_mass, adj_2, adj_mass, adj_3);
        // adj: wp.atomic_add(energies, 0, 0.5 * mass * wp.length_sq(v[tid]))                     <L 9>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def sum_energy(v: wp.array[wp.vec3], energies: wp.array[float], mass: float):     <L 5>
        return;
}

