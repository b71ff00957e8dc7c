// Warp 1.19.0 cuda code for ssp_rk_substep_25101f14.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void ssp_rk_substep_3748eef2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_q0,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u,
    wp::array_t<wp::vec_t<3, wp::float32>> var_k,
    wp::float32 var_c2,
    wp::float32 var_c0,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u_out)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def ssp_rk_substep(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // u0 = q0[tid]                                                                           <L 15>
        var_1 = wp::address(var_q0, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dqdt = k[tid]                                                                          <L 16>
        var_4 = wp::address(var_k, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)                                       <L 17>
        var_7 = wp::mul(var_c2, var_2);
        var_8 = wp::address(var_u, var_0);
        var_9 = wp::mul(var_dt, var_5);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        var_12 = wp::mul(var_c0, var_10);
        var_13 = wp::add(var_7, var_12);
        wp::array_store(var_u_out, var_0, var_13);
    }
}



extern "C" __global__ void ssp_rk_substep_3748eef2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_q0,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u,
    wp::array_t<wp::vec_t<3, wp::float32>> var_k,
    wp::float32 var_c2,
    wp::float32 var_c0,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_q0,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_k,
    wp::float32 adj_c2,
    wp::float32 adj_c0,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u_out)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
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
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def ssp_rk_substep(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // u0 = q0[tid]                                                                           <L 15>
        var_1 = wp::address(var_q0, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // dqdt = k[tid]                                                                          <L 16>
        var_4 = wp::address(var_k, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)                                       <L 17>
        var_7 = wp::mul(var_c2, var_2);
        var_8 = wp::address(var_u, var_0);
        var_9 = wp::mul(var_dt, var_5);
        var_11 = wp::load(var_8);
        var_10 = wp::add(var_11, var_9);
        var_12 = wp::mul(var_c0, var_10);
        var_13 = wp::add(var_7, var_12);
        // wp::array_store(var_u_out, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_u_out, var_0, var_13, adj_u_out, adj_0, adj_13);
        wp::adj_add(var_7, var_12, adj_7, adj_12, adj_13);
        wp::adj_mul(var_c0, var_10, adj_c0, adj_10, adj_12);
        wp::adj_add(var_11, var_9, adj_8, adj_9, adj_10);
        wp::adj_mul(var_dt, var_5, adj_dt, adj_5, adj_9);
        wp::adj_address(var_u, var_0, adj_u, adj_0, adj_8);
        wp::adj_mul(var_c2, var_2, adj_c2, adj_2, adj_7);
        // adj: u_out[tid] = c2 * u0 + c0 * (u[tid] + dt * dqdt)                                  <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_k, var_0, adj_k, adj_0, adj_4);
        // adj: dqdt = k[tid]                                                                     <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_q0, var_0, adj_q0, adj_0, adj_1);
        // adj: u0 = q0[tid]                                                                      <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def ssp_rk_substep(                                                               <L 5>
        continue;
    }
}

