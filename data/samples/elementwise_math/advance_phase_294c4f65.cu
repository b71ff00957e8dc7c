// Warp 1.19.0 cuda code for advance_phase_294c4f65.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void advance_phase_3d5230f9_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_phases,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_dt,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_theta_out,
    wp::array_t<wp::float32> var_signal)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        //---------
        // forward
        // def advance_phase(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // theta = phases[tid]                                                                    <L 15>
        var_1 = wp::address(var_phases, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = theta + natural_freq[tid] * dt                                                     <L 16>
        var_4 = wp::address(var_natural_freq, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_dt);
        var_7 = wp::add(var_2, var_5);
        // theta_out[tid] = p                                                                     <L 17>
        wp::array_store(var_theta_out, var_0, var_7);
        // signal[tid] = amplitude * wp.sin(p)                                                    <L 18>
        var_8 = wp::sin(var_7);
        var_9 = wp::mul(var_amplitude, var_8);
        wp::array_store(var_signal, var_0, var_9);
}



extern "C" __global__ void advance_phase_3d5230f9_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_phases,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_dt,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_theta_out,
    wp::array_t<wp::float32> var_signal,
    wp::array_t<wp::float32> adj_phases,
    wp::array_t<wp::float32> adj_natural_freq,
    wp::float32 adj_dt,
    wp::float32 adj_amplitude,
    wp::array_t<wp::float32> adj_theta_out,
    wp::array_t<wp::float32> adj_signal)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
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
        //---------
        // forward
        // def advance_phase(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // theta = phases[tid]                                                                    <L 15>
        var_1 = wp::address(var_phases, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = theta + natural_freq[tid] * dt                                                     <L 16>
        var_4 = wp::address(var_natural_freq, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_dt);
        var_7 = wp::add(var_2, var_5);
        // theta_out[tid] = p                                                                     <L 17>
        // wp::array_store(var_theta_out, var_0, var_7);
        // signal[tid] = amplitude * wp.sin(p)                                                    <L 18>
        var_8 = wp::sin(var_7);
        var_9 = wp::mul(var_amplitude, var_8);
        // wp::array_store(var_signal, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_signal, var_0, var_9, adj_signal, adj_0, adj_9);
        wp::adj_mul(var_amplitude, var_8, adj_amplitude, adj_8, adj_9);
        wp::adj_sin(var_7, adj_7, adj_8);
        // adj: signal[tid] = amplitude * wp.sin(p)                                               <L 18>
        wp::adj_array_store(var_theta_out, var_0, var_7, adj_theta_out, adj_0, adj_7);
        // adj: theta_out[tid] = p                                                                <L 17>
        wp::adj_add(var_2, var_5, adj_2, adj_5, adj_7);
        wp::adj_mul(var_6, var_dt, adj_4, adj_dt, adj_5);
        wp::adj_address(var_natural_freq, var_0, adj_natural_freq, adj_0, adj_4);
        // adj: p = theta + natural_freq[tid] * dt                                                <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_phases, var_0, adj_phases, adj_0, adj_1);
        // adj: theta = phases[tid]                                                               <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def advance_phase(                                                                <L 5>
        return;
}

