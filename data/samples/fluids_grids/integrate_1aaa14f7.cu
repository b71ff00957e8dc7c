// Warp 1.19.0 cuda code for integrate_1aaa14f7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_9ef44267_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_dye,
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = -9.81;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        //---------
        // forward
        // def integrate(u: wp.array2d[wp.vec2], dye: wp.array2d[float], dt: float):              <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // rho = dye[i, j]                                                                        <L 7>
        var_2 = wp::address(var_dye, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // u[i, j] = u[i, j] + dt * (wp.vec2(0.0, -9.81) * rho)                                   <L 8>
        var_5 = wp::address(var_u, var_0, var_1);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_9 = wp::mul(var_8, var_3);
        var_10 = wp::mul(var_dt, var_9);
        var_12 = wp::load(var_5);
        var_11 = wp::add(var_12, var_10);
        wp::array_store(var_u, var_0, var_1, var_11);
    }
}



extern "C" __global__ void integrate_9ef44267_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_dye,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_dye,
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = -9.81;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        wp::vec_t<2, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        wp::vec_t<2, wp::float32> adj_12 = {};
        //---------
        // forward
        // def integrate(u: wp.array2d[wp.vec2], dye: wp.array2d[float], dt: float):              <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // rho = dye[i, j]                                                                        <L 7>
        var_2 = wp::address(var_dye, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // u[i, j] = u[i, j] + dt * (wp.vec2(0.0, -9.81) * rho)                                   <L 8>
        var_5 = wp::address(var_u, var_0, var_1);
        var_8 = wp::vec_t<2, wp::float32>(var_6, var_7);
        var_9 = wp::mul(var_8, var_3);
        var_10 = wp::mul(var_dt, var_9);
        var_12 = wp::load(var_5);
        var_11 = wp::add(var_12, var_10);
        // wp::array_store(var_u, var_0, var_1, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_1, var_11, adj_u, adj_0, adj_1, adj_11);
        wp::adj_add(var_12, var_10, adj_5, adj_10, adj_11);
        wp::adj_mul(var_dt, var_9, adj_dt, adj_9, adj_10);
        wp::adj_mul(var_8, var_3, adj_8, adj_3, adj_9);
        wp::adj_vec_t(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_5);
        // adj: u[i, j] = u[i, j] + dt * (wp.vec2(0.0, -9.81) * rho)                              <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_dye, var_0, var_1, adj_dye, adj_0, adj_1, adj_2);
        // adj: rho = dye[i, j]                                                                   <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def integrate(u: wp.array2d[wp.vec2], dye: wp.array2d[float], dt: float):         <L 5>
        continue;
    }
}

