// Warp 1.19.0 cuda code for apply_forces_79496e8f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_forces_3264b7e8_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_rho,
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
        const wp::float32 var_3 = 0.0;
        const wp::float32 var_4 = -9.81;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32* var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::vec_t<2, wp::float32> var_11;
        //---------
        // forward
        // def apply_forces(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])               <L 12>
        var_2 = wp::address(var_vel, var_0, var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::address(var_rho, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        var_9 = wp::mul(var_delta_time, var_7);
        var_11 = wp::load(var_2);
        var_10 = wp::add(var_11, var_9);
        wp::array_store(var_u_out, var_0, var_1, var_10);
}



extern "C" __global__ void apply_forces_3264b7e8_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vel,
    wp::array_t<wp::float32> var_rho,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vel,
    wp::array_t<wp::float32> adj_rho,
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
        const wp::float32 var_3 = 0.0;
        const wp::float32 var_4 = -9.81;
        wp::vec_t<2, wp::float32> var_5;
        wp::float32* var_6;
        wp::vec_t<2, wp::float32> var_7;
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
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::vec_t<2, wp::float32> adj_11 = {};
        //---------
        // forward
        // def apply_forces(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 11>
        builtin_tid2d(var_0, var_1);
        // u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])               <L 12>
        var_2 = wp::address(var_vel, var_0, var_1);
        var_5 = wp::vec_t<2, wp::float32>(var_3, var_4);
        var_6 = wp::address(var_rho, var_0, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_5, var_8);
        var_9 = wp::mul(var_delta_time, var_7);
        var_11 = wp::load(var_2);
        var_10 = wp::add(var_11, var_9);
        // wp::array_store(var_u_out, var_0, var_1, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_u_out, var_0, var_1, var_10, adj_u_out, adj_0, adj_1, adj_10);
        wp::adj_add(var_11, var_9, adj_2, adj_9, adj_10);
        wp::adj_mul(var_delta_time, var_7, adj_delta_time, adj_7, adj_9);
        wp::adj_mul(var_5, var_8, adj_5, adj_6, adj_7);
        wp::adj_address(var_rho, var_0, var_1, adj_rho, adj_0, adj_1, adj_6);
        wp::adj_vec_t(var_3, var_4, adj_3, adj_4, adj_5);
        wp::adj_address(var_vel, var_0, var_1, adj_vel, adj_0, adj_1, adj_2);
        // adj: u_out[i, j] = vel[i, j] + delta_time * (wp.vec2(0.0, -9.81) * rho[i, j])          <L 12>
        // adj: i, j = wp.tid()                                                                   <L 11>
        // adj: def apply_forces(                                                                 <L 5>
        return;
}

