// Warp 1.19.0 cuda code for add_body_forces_e0c84678.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_body_forces_60ed1aaf_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_temperature,
    wp::float32 var_t_ambient,
    wp::float32 var_beta,
    wp::float32 var_dt)
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
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // forward
        // def add_body_forces(                                                                   <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // u[i, j] = u[i, j] + wp.vec2(0.0, dt * beta * (temperature[i, j] - t_ambient))          <L 14>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::mul(var_dt, var_beta);
        var_5 = wp::address(var_temperature, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_7, var_t_ambient);
        var_8 = wp::mul(var_4, var_6);
        var_9 = wp::vec_t<2, wp::float32>(var_3, var_8);
        var_11 = wp::load(var_2);
        var_10 = wp::add(var_11, var_9);
        wp::array_store(var_u, var_0, var_1, var_10);
    }
}



extern "C" __global__ void add_body_forces_60ed1aaf_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_temperature,
    wp::float32 var_t_ambient,
    wp::float32 var_beta,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_temperature,
    wp::float32 adj_t_ambient,
    wp::float32 adj_beta,
    wp::float32 adj_dt)
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
        const wp::float32 var_3 = 0.0;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        //---------
        // forward
        // def add_body_forces(                                                                   <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // u[i, j] = u[i, j] + wp.vec2(0.0, dt * beta * (temperature[i, j] - t_ambient))          <L 14>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::mul(var_dt, var_beta);
        var_5 = wp::address(var_temperature, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::sub(var_7, var_t_ambient);
        var_8 = wp::mul(var_4, var_6);
        var_9 = wp::vec_t<2, wp::float32>(var_3, var_8);
        var_11 = wp::load(var_2);
        var_10 = wp::add(var_11, var_9);
        // wp::array_store(var_u, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_1, var_10, adj_u, adj_0, adj_1, adj_10);
        wp::adj_add(var_11, var_9, adj_2, adj_9, adj_10);
        wp::adj_vec_t(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_mul(var_4, var_6, adj_4, adj_6, adj_8);
        wp::adj_sub(var_7, var_t_ambient, adj_5, adj_t_ambient, adj_6);
        wp::adj_address(var_temperature, var_0, var_1, adj_temperature, adj_0, adj_1, adj_5);
        wp::adj_mul(var_dt, var_beta, adj_dt, adj_beta, adj_4);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
        // adj: u[i, j] = u[i, j] + wp.vec2(0.0, dt * beta * (temperature[i, j] - t_ambient))     <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def add_body_forces(                                                              <L 5>
        continue;
    }
}

