// Warp 1.19.0 cuda code for step_oscillators_17dbf4bb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void step_oscillators_bf888a0c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_omega,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_phases)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // phi = phases[tid]                                                                      <L 7>
        var_1 = wp::address(var_phases, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // omega_i = omega[tid]                                                                   <L 8>
        var_4 = wp::address(var_omega, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p = phi + omega_i * dt                                                                 <L 9>
        var_7 = wp::mul(var_5, var_dt);
        var_8 = wp::add(var_2, var_7);
        // phases[tid] = p                                                                        <L 10>
        wp::array_store(var_phases, var_0, var_8);
    }
}



extern "C" __global__ void step_oscillators_bf888a0c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_omega,
    wp::float32 var_dt,
    wp::array_t<wp::float32> var_phases,
    wp::array_t<wp::float32> adj_omega,
    wp::float32 adj_dt,
    wp::array_t<wp::float32> adj_phases)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
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
        //---------
        // forward
        // def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // phi = phases[tid]                                                                      <L 7>
        var_1 = wp::address(var_phases, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // omega_i = omega[tid]                                                                   <L 8>
        var_4 = wp::address(var_omega, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p = phi + omega_i * dt                                                                 <L 9>
        var_7 = wp::mul(var_5, var_dt);
        var_8 = wp::add(var_2, var_7);
        // phases[tid] = p                                                                        <L 10>
        // wp::array_store(var_phases, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_phases, var_0, var_8, adj_phases, adj_0, adj_8);
        // adj: phases[tid] = p                                                                   <L 10>
        wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_mul(var_5, var_dt, adj_5, adj_dt, adj_7);
        // adj: p = phi + omega_i * dt                                                            <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_omega, var_0, adj_omega, adj_0, adj_4);
        // adj: omega_i = omega[tid]                                                              <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_1);
        // adj: phi = phases[tid]                                                                 <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def step_oscillators(omega: wp.array[float], dt: float, phases: wp.array[float]):  <L 5>
        continue;
    }
}

