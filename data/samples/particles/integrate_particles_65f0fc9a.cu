// Warp 1.19.0 cuda code for integrate_particles_65f0fc9a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_particles_41d38e79_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities)
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
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // forward
        // def integrate_particles(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 15>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // accel = gravity                                                                        <L 16>
        var_7 = wp::copy(var_gravity);
        // v_next = v + accel * dt                                                                <L 17>
        var_8 = wp::mul(var_7, var_dt);
        var_9 = wp::add(var_5, var_8);
        // new_velocities[tid] = v_next                                                           <L 18>
        wp::array_store(var_new_velocities, var_0, var_9);
        // new_positions[tid] = x + v_next * dt                                                   <L 19>
        var_10 = wp::mul(var_9, var_dt);
        var_11 = wp::add(var_2, var_10);
        wp::array_store(var_new_positions, var_0, var_11);
}



extern "C" __global__ void integrate_particles_41d38e79_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::vec_t<3, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::vec_t<3, wp::float32> adj_gravity,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities)
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
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        //---------
        // forward
        // def integrate_particles(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 14>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = velocities[tid]                                                                    <L 15>
        var_4 = wp::address(var_velocities, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // accel = gravity                                                                        <L 16>
        var_7 = wp::copy(var_gravity);
        // v_next = v + accel * dt                                                                <L 17>
        var_8 = wp::mul(var_7, var_dt);
        var_9 = wp::add(var_5, var_8);
        // new_velocities[tid] = v_next                                                           <L 18>
        // wp::array_store(var_new_velocities, var_0, var_9);
        // new_positions[tid] = x + v_next * dt                                                   <L 19>
        var_10 = wp::mul(var_9, var_dt);
        var_11 = wp::add(var_2, var_10);
        // wp::array_store(var_new_positions, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_11, adj_new_positions, adj_0, adj_11);
        wp::adj_add(var_2, var_10, adj_2, adj_10, adj_11);
        wp::adj_mul(var_9, var_dt, adj_9, adj_dt, adj_10);
        // adj: new_positions[tid] = x + v_next * dt                                              <L 19>
        wp::adj_array_store(var_new_velocities, var_0, var_9, adj_new_velocities, adj_0, adj_9);
        // adj: new_velocities[tid] = v_next                                                      <L 18>
        wp::adj_add(var_5, var_8, adj_5, adj_8, adj_9);
        wp::adj_mul(var_7, var_dt, adj_7, adj_dt, adj_8);
        // adj: v_next = v + accel * dt                                                           <L 17>
        wp::adj_copy(var_gravity, adj_gravity, adj_7);
        // adj: accel = gravity                                                                   <L 16>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_4);
        // adj: v = velocities[tid]                                                               <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def integrate_particles(                                                          <L 5>
        return;
}

