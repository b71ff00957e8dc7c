// Warp 1.19.0 cuda code for integrate_forces_f5c2cd26.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_forces_e8a91fcb_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_rho,
    wp::vec_t<2, wp::float32> var_g,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out)
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
        wp::float32* var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // forward
        // def integrate_forces(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // u_out[i, j] = vel[i, j] + delta_time * (g * rho[i, j])                                 <L 14>
        var_2 = wp::address(var_vel, var_0, var_1);
        var_3 = wp::address(var_rho, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_g, var_5);
        var_6 = wp::mul(var_delta_time, var_4);
        var_8 = wp::load(var_2);
        var_7 = wp::add(var_8, var_6);
        wp::array_store(var_u_out, var_0, var_1, var_7);
}



extern "C" __global__ void integrate_forces_e8a91fcb_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_rho,
    wp::vec_t<2, wp::float32> var_g,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_rho,
    wp::vec_t<2, wp::float32> adj_g,
    wp::float32 adj_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out)
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
        wp::float32* var_3;
        wp::vec_t<2, wp::float32> var_4;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        //---------
        // forward
        // def integrate_forces(                                                                  <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // u_out[i, j] = vel[i, j] + delta_time * (g * rho[i, j])                                 <L 14>
        var_2 = wp::address(var_vel, var_0, var_1);
        var_3 = wp::address(var_rho, var_0, var_1);
        var_5 = wp::load(var_3);
        var_4 = wp::mul(var_g, var_5);
        var_6 = wp::mul(var_delta_time, var_4);
        var_8 = wp::load(var_2);
        var_7 = wp::add(var_8, var_6);
        // wp::array_store(var_u_out, var_0, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_u_out, var_0, var_1, var_7, adj_u_out, adj_0, adj_1, adj_7);
        wp::adj_add(var_8, var_6, adj_2, adj_6, adj_7);
        wp::adj_mul(var_delta_time, var_4, adj_delta_time, adj_4, adj_6);
        wp::adj_mul(var_g, var_5, adj_g, adj_3, adj_4);
        wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_3);
        wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_2);
        // adj: u_out[i, j] = vel[i, j] + delta_time * (g * rho[i, j])                            <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def integrate_forces(                                                             <L 5>
        return;
}

