// Warp 1.19.0 cuda code for integrate_497eaaf5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_8bbbdce0_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::float32 var_drag,
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        //---------
        // forward
        // def integrate(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // vel = u[i, j]                                                                          <L 13>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rho = density[i, j]                                                                    <L 14>
        var_5 = wp::address(var_density, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))                                     <L 15>
        var_8 = wp::neg(var_3);
        var_11 = wp::clamp(var_6, var_9, var_10);
        var_12 = wp::mul(var_drag, var_11);
        var_13 = wp::mul(var_8, var_12);
        // velocity_out[i, j] = vel + dt * friction                                               <L 16>
        var_14 = wp::mul(var_dt, var_13);
        var_15 = wp::add(var_3, var_14);
        wp::array_store(var_velocity_out, var_0, var_1, var_15);
}



extern "C" __global__ void integrate_8bbbdce0_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::float32 var_drag,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out,
    wp::float32 adj_drag,
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
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<2, wp::float32> var_8;
        const wp::float32 var_9 = 0.0;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<2, wp::float32> var_13;
        wp::vec_t<2, wp::float32> var_14;
        wp::vec_t<2, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<2, wp::float32> adj_13 = {};
        wp::vec_t<2, wp::float32> adj_14 = {};
        wp::vec_t<2, wp::float32> adj_15 = {};
        //---------
        // forward
        // def integrate(                                                                         <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // vel = u[i, j]                                                                          <L 13>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // rho = density[i, j]                                                                    <L 14>
        var_5 = wp::address(var_density, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))                                     <L 15>
        var_8 = wp::neg(var_3);
        var_11 = wp::clamp(var_6, var_9, var_10);
        var_12 = wp::mul(var_drag, var_11);
        var_13 = wp::mul(var_8, var_12);
        // velocity_out[i, j] = vel + dt * friction                                               <L 16>
        var_14 = wp::mul(var_dt, var_13);
        var_15 = wp::add(var_3, var_14);
        // wp::array_store(var_velocity_out, var_0, var_1, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_velocity_out, var_0, var_1, var_15, adj_velocity_out, adj_0, adj_1, adj_15);
        wp::adj_add(var_3, var_14, adj_3, adj_14, adj_15);
        wp::adj_mul(var_dt, var_13, adj_dt, adj_13, adj_14);
        // adj: velocity_out[i, j] = vel + dt * friction                                          <L 16>
        wp::adj_mul(var_8, var_12, adj_8, adj_12, adj_13);
        wp::adj_mul(var_drag, var_11, adj_drag, adj_11, adj_12);
        wp::adj_clamp(var_6, var_9, var_10, adj_6, adj_9, adj_10, adj_11);
        wp::adj_neg(var_3, adj_3, adj_8);
        // adj: friction = -vel * (drag * wp.clamp(rho, 0.0, 1.0))                                <L 15>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_5);
        // adj: rho = density[i, j]                                                               <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
        // adj: vel = u[i, j]                                                                     <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def integrate(                                                                    <L 5>
        return;
}

