// Warp 1.19.0 cuda code for total_energy_4d4cde6a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void total_energy_a6162365_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::vec_t<6, wp::float32>> var_angular_momentum)
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
        wp::vec_t<6, wp::float32> var_7;
        wp::mat_t<6, 6, wp::float32>* var_8;
        wp::mat_t<6, 6, wp::float32> var_9;
        wp::mat_t<6, 6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::vec_t<6, wp::float32> var_18;
        //---------
        // forward
        // def total_energy(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // ang_vel = omega[tid]                                                                   <L 13>
        var_1 = wp::address(var_omega, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 14>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // qd = wp.spatial_vector(ang_vel, v)                                                     <L 15>
        var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
        // M_s = spatial_inertias[tid]                                                            <L 16>
        var_8 = wp::address(var_spatial_inertias, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // h = M_s @ qd                                                                           <L 17>
        var_11 = wp::mul(var_9, var_7);
        // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 18>
        var_14 = wp::spatial_dot(var_7, var_11);
        var_15 = wp::mul(var_13, var_14);
        var_16 = wp::atomic_add(var_energies, var_12, var_15);
        // wp.atomic_add(angular_momentum, 0, h)                                                  <L 19>
        var_18 = wp::atomic_add(var_angular_momentum, var_17, var_11);
}



extern "C" __global__ void total_energy_a6162365_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_spatial_inertias,
    wp::array_t<wp::float32> var_energies,
    wp::array_t<wp::vec_t<6, wp::float32>> var_angular_momentum,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_omega,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_spatial_inertias,
    wp::array_t<wp::float32> adj_energies,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_angular_momentum)
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
        wp::vec_t<6, wp::float32> var_7;
        wp::mat_t<6, 6, wp::float32>* var_8;
        wp::mat_t<6, 6, wp::float32> var_9;
        wp::mat_t<6, 6, wp::float32> var_10;
        wp::vec_t<6, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::int32 var_17 = 0;
        wp::vec_t<6, wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<6, wp::float32> adj_7 = {};
        wp::mat_t<6, 6, wp::float32> adj_8 = {};
        wp::mat_t<6, 6, wp::float32> adj_9 = {};
        wp::mat_t<6, 6, wp::float32> adj_10 = {};
        wp::vec_t<6, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::vec_t<6, wp::float32> adj_18 = {};
        //---------
        // forward
        // def total_energy(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // ang_vel = omega[tid]                                                                   <L 13>
        var_1 = wp::address(var_omega, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 14>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // qd = wp.spatial_vector(ang_vel, v)                                                     <L 15>
        var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
        // M_s = spatial_inertias[tid]                                                            <L 16>
        var_8 = wp::address(var_spatial_inertias, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // h = M_s @ qd                                                                           <L 17>
        var_11 = wp::mul(var_9, var_7);
        // wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                                <L 18>
        var_14 = wp::spatial_dot(var_7, var_11);
        var_15 = wp::mul(var_13, var_14);
        // var_16 = wp::atomic_add(var_energies, var_12, var_15);
        // wp.atomic_add(angular_momentum, 0, h)                                                  <L 19>
        // var_18 = wp::atomic_add(var_angular_momentum, var_17, var_11);
        //---------
        // reverse
        wp::adj_atomic_add(var_angular_momentum, var_17, var_11, adj_angular_momentum, adj_17, adj_11, adj_18);
        // adj: wp.atomic_add(angular_momentum, 0, h)                                             <L 19>
        wp::adj_atomic_add(var_energies, var_12, var_15, adj_energies, adj_12, adj_15, adj_16);
        wp::adj_mul(var_13, var_14, adj_13, adj_14, adj_15);
        wp::adj_spatial_dot(var_7, var_11, adj_7, adj_11, adj_14);
        // adj: wp.atomic_add(energies, 0, 0.5 * wp.spatial_dot(qd, h))                           <L 18>
        wp::adj_mul(var_9, var_7, adj_9, adj_7, adj_11);
        // adj: h = M_s @ qd                                                                      <L 17>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_spatial_inertias, var_0, adj_spatial_inertias, adj_0, adj_8);
        // adj: M_s = spatial_inertias[tid]                                                       <L 16>
        wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: qd = wp.spatial_vector(ang_vel, v)                                                <L 15>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_1);
        // adj: ang_vel = omega[tid]                                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def total_energy(                                                                 <L 5>
        return;
}

