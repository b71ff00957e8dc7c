// Warp 1.19.0 cuda code for runge_kutta_update_9cf32ac3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void runge_kutta_update_f6ab9e3f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u_start,
    wp::array_t<wp::float32> var_state,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::float32> var_u_next,
    wp::float32 var_coeff1,
    wp::float32 var_c0,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def runge_kutta_update(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // u0 = u_start[tid]                                                                      <L 16>
        var_1 = wp::address(var_u_start, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])                          <L 17>
        var_4 = wp::mul(var_coeff1, var_2);
        var_5 = wp::address(var_state, var_0);
        var_6 = wp::address(var_rhs, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_dt, var_8);
        var_10 = wp::load(var_5);
        var_9 = wp::add(var_10, var_7);
        var_11 = wp::mul(var_c0, var_9);
        var_12 = wp::add(var_4, var_11);
        wp::array_store(var_u_next, var_0, var_12);
}



extern "C" __global__ void runge_kutta_update_f6ab9e3f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_u_start,
    wp::array_t<wp::float32> var_state,
    wp::array_t<wp::float32> var_rhs,
    wp::array_t<wp::float32> var_u_next,
    wp::float32 var_coeff1,
    wp::float32 var_c0,
    wp::float32 var_dt,
    wp::array_t<wp::float32> adj_u_start,
    wp::array_t<wp::float32> adj_state,
    wp::array_t<wp::float32> adj_rhs,
    wp::array_t<wp::float32> adj_u_next,
    wp::float32 adj_coeff1,
    wp::float32 adj_c0,
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def runge_kutta_update(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // u0 = u_start[tid]                                                                      <L 16>
        var_1 = wp::address(var_u_start, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])                          <L 17>
        var_4 = wp::mul(var_coeff1, var_2);
        var_5 = wp::address(var_state, var_0);
        var_6 = wp::address(var_rhs, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_dt, var_8);
        var_10 = wp::load(var_5);
        var_9 = wp::add(var_10, var_7);
        var_11 = wp::mul(var_c0, var_9);
        var_12 = wp::add(var_4, var_11);
        // wp::array_store(var_u_next, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_u_next, var_0, var_12, adj_u_next, adj_0, adj_12);
        wp::adj_add(var_4, var_11, adj_4, adj_11, adj_12);
        wp::adj_mul(var_c0, var_9, adj_c0, adj_9, adj_11);
        wp::adj_add(var_10, var_7, adj_5, adj_7, adj_9);
        wp::adj_mul(var_dt, var_8, adj_dt, adj_6, adj_7);
        wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_6);
        wp::adj_address(var_state, var_0, adj_state, adj_0, adj_5);
        wp::adj_mul(var_coeff1, var_2, adj_coeff1, adj_2, adj_4);
        // adj: u_next[tid] = coeff1 * u0 + c0 * (state[tid] + dt * rhs[tid])                     <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_u_start, var_0, adj_u_start, adj_0, adj_1);
        // adj: u0 = u_start[tid]                                                                 <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def runge_kutta_update(                                                           <L 5>
        return;
}

