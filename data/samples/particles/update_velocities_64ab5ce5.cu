// Warp 1.19.0 cuda code for update_velocities_64ab5ce5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_velocities_c464456e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_new,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32* var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // forward
        // def update_velocities(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // f = particle_f[tid]                                                                    <L 14>
        var_1 = wp::address(var_particle_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v_new[tid] = v[tid] + dt * f * inv_mass[tid]                                           <L 15>
        var_4 = wp::address(var_v, var_0);
        var_5 = wp::mul(var_dt, var_2);
        var_6 = wp::address(var_inv_mass, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        var_10 = wp::load(var_4);
        var_9 = wp::add(var_10, var_7);
        wp::array_store(var_v_new, var_0, var_9);
}



extern "C" __global__ void update_velocities_c464456e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v,
    wp::array_t<wp::vec_t<2, wp::float32>> var_particle_f,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> var_v_new,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_particle_f,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_v_new,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32* var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        //---------
        // forward
        // def update_velocities(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // f = particle_f[tid]                                                                    <L 14>
        var_1 = wp::address(var_particle_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v_new[tid] = v[tid] + dt * f * inv_mass[tid]                                           <L 15>
        var_4 = wp::address(var_v, var_0);
        var_5 = wp::mul(var_dt, var_2);
        var_6 = wp::address(var_inv_mass, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        var_10 = wp::load(var_4);
        var_9 = wp::add(var_10, var_7);
        // wp::array_store(var_v_new, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_v_new, var_0, var_9, adj_v_new, adj_0, adj_9);
        wp::adj_add(var_10, var_7, adj_4, adj_7, adj_9);
        wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_6);
        wp::adj_mul(var_dt, var_2, adj_dt, adj_2, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: v_new[tid] = v[tid] + dt * f * inv_mass[tid]                                      <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_1);
        // adj: f = particle_f[tid]                                                               <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def update_velocities(                                                            <L 5>
        return;
}

