// Warp 1.19.0 cuda code for measure_momentum_32301b2c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void measure_momentum_f9e4e97c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_angular_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s,
    wp::array_t<wp::float32> var_kinetic_energy,
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta)
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
        wp::vec_t<6, wp::float32> var_9;
        wp::mat_t<6, 6, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::vec_t<6, wp::float32> var_17;
        //---------
        // forward
        // def measure_momentum(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // omega = angular_velocities[tid]                                                        <L 14>
        var_1 = wp::address(var_angular_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = particle_v[tid]                                                                    <L 15>
        var_4 = wp::address(var_particle_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_s = wp.spatial_vector(omega, v)                                                      <L 16>
        var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
        // h = body_I_s[tid] @ v_s                                                                <L 17>
        var_8 = wp::address(var_body_I_s, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_7);
        // wp.atomic_add(kinetic_energy, 0, 0.5 * wp.spatial_dot(v_s, h))                         <L 18>
        var_13 = wp::spatial_dot(var_7, var_9);
        var_14 = wp::mul(var_12, var_13);
        var_15 = wp::atomic_add(var_kinetic_energy, var_11, var_14);
        // wp.atomic_add(momenta, 0, h)                                                           <L 19>
        var_17 = wp::atomic_add(var_momenta, var_16, var_9);
}



extern "C" __global__ void measure_momentum_f9e4e97c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_angular_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> var_body_I_s,
    wp::array_t<wp::float32> var_kinetic_energy,
    wp::array_t<wp::vec_t<6, wp::float32>> var_momenta,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_angular_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::mat_t<6, 6, wp::float32>> adj_body_I_s,
    wp::array_t<wp::float32> adj_kinetic_energy,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_momenta)
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
        wp::vec_t<6, wp::float32> var_9;
        wp::mat_t<6, 6, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        const wp::float32 var_12 = 0.5;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::int32 var_16 = 0;
        wp::vec_t<6, wp::float32> var_17;
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
        wp::vec_t<6, wp::float32> adj_9 = {};
        wp::mat_t<6, 6, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<6, wp::float32> adj_17 = {};
        //---------
        // forward
        // def measure_momentum(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // omega = angular_velocities[tid]                                                        <L 14>
        var_1 = wp::address(var_angular_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = particle_v[tid]                                                                    <L 15>
        var_4 = wp::address(var_particle_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_s = wp.spatial_vector(omega, v)                                                      <L 16>
        var_7 = wp::vec_t<6, wp::float32>(var_2, var_5);
        // h = body_I_s[tid] @ v_s                                                                <L 17>
        var_8 = wp::address(var_body_I_s, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_7);
        // wp.atomic_add(kinetic_energy, 0, 0.5 * wp.spatial_dot(v_s, h))                         <L 18>
        var_13 = wp::spatial_dot(var_7, var_9);
        var_14 = wp::mul(var_12, var_13);
        // var_15 = wp::atomic_add(var_kinetic_energy, var_11, var_14);
        // wp.atomic_add(momenta, 0, h)                                                           <L 19>
        // var_17 = wp::atomic_add(var_momenta, var_16, var_9);
        //---------
        // reverse
        wp::adj_atomic_add(var_momenta, var_16, var_9, adj_momenta, adj_16, adj_9, adj_17);
        // adj: wp.atomic_add(momenta, 0, h)                                                      <L 19>
        wp::adj_atomic_add(var_kinetic_energy, var_11, var_14, adj_kinetic_energy, adj_11, adj_14, adj_15);
        wp::adj_mul(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_spatial_dot(var_7, var_9, adj_7, adj_9, adj_13);
        // adj: wp.atomic_add(kinetic_energy, 0, 0.5 * wp.spatial_dot(v_s, h))                    <L 18>
        wp::adj_mul(var_10, var_7, adj_8, adj_7, adj_9);
        wp::adj_address(var_body_I_s, var_0, adj_body_I_s, adj_0, adj_8);
        // adj: h = body_I_s[tid] @ v_s                                                           <L 17>
        wp::adj_vec_t(var_2, var_5, adj_2, adj_5, adj_7);
        // adj: v_s = wp.spatial_vector(omega, v)                                                 <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_4);
        // adj: v = particle_v[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_angular_velocities, var_0, adj_angular_velocities, adj_0, adj_1);
        // adj: omega = angular_velocities[tid]                                                   <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def measure_momentum(                                                             <L 5>
        return;
}

