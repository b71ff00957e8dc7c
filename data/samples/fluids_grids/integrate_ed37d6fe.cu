// Warp 1.19.0 cuda code for integrate_ed37d6fe.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_decf93d1_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_rho,
    wp::vec_t<2, wp::float32> var_g,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel_new)
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
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        //---------
        // forward
        // def integrate(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // vel = u[i, j]                                                                          <L 13>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // vel_new[i, j] = vel + dt * (g * rho[i, j])                                             <L 14>
        var_5 = wp::address(var_rho, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_g, var_7);
        var_8 = wp::mul(var_dt, var_6);
        var_9 = wp::add(var_3, var_8);
        wp::array_store(var_vel_new, var_0, var_1, var_9);
    }
}



extern "C" __global__ void integrate_decf93d1_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_rho,
    wp::vec_t<2, wp::float32> var_g,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel_new,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_rho,
    wp::vec_t<2, wp::float32> adj_g,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel_new)
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
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        //---------
        // forward
        // def integrate(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // vel = u[i, j]                                                                          <L 13>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // vel_new[i, j] = vel + dt * (g * rho[i, j])                                             <L 14>
        var_5 = wp::address(var_rho, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::mul(var_g, var_7);
        var_8 = wp::mul(var_dt, var_6);
        var_9 = wp::add(var_3, var_8);
        // wp::array_store(var_vel_new, var_0, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_vel_new, var_0, var_1, var_9, adj_vel_new, adj_0, adj_1, adj_9);
        wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_mul(var_dt, var_6, adj_dt, adj_6, adj_8);
        wp::adj_mul(var_g, var_7, adj_g, adj_5, adj_6);
        wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_5);
        // adj: vel_new[i, j] = vel + dt * (g * rho[i, j])                                        <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
        // adj: vel = u[i, j]                                                                     <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def integrate(                                                                    <L 5>
        continue;
    }
}

