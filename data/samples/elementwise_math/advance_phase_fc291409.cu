// Warp 1.19.0 cuda code for advance_phase_fc291409.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void advance_phase_3e0cd327_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_delta_time,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_phase_new,
    wp::array_t<wp::float32> var_out)
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
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // w0 = natural_freq[tid]                                                                 <L 14>
        var_1 = wp::address(var_natural_freq, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = theta[tid] + w0 * delta_time                                                       <L 15>
        var_4 = wp::address(var_theta, var_0);
        var_5 = wp::mul(var_2, var_delta_time);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // phase_new[tid] = p                                                                     <L 16>
        wp::array_store(var_phase_new, var_0, var_6);
        // out[tid] = amplitude * wp.cos(p)                                                       <L 17>
        var_8 = wp::cos(var_6);
        var_9 = wp::mul(var_amplitude, var_8);
        wp::array_store(var_out, var_0, var_9);
}



extern "C" __global__ void advance_phase_3e0cd327_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_theta,
    wp::array_t<wp::float32> var_natural_freq,
    wp::float32 var_delta_time,
    wp::float32 var_amplitude,
    wp::array_t<wp::float32> var_phase_new,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_theta,
    wp::array_t<wp::float32> adj_natural_freq,
    wp::float32 adj_delta_time,
    wp::float32 adj_amplitude,
    wp::array_t<wp::float32> adj_phase_new,
    wp::array_t<wp::float32> adj_out)
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
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // w0 = natural_freq[tid]                                                                 <L 14>
        var_1 = wp::address(var_natural_freq, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = theta[tid] + w0 * delta_time                                                       <L 15>
        var_4 = wp::address(var_theta, var_0);
        var_5 = wp::mul(var_2, var_delta_time);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // phase_new[tid] = p                                                                     <L 16>
        // wp::array_store(var_phase_new, var_0, var_6);
        // out[tid] = amplitude * wp.cos(p)                                                       <L 17>
        var_8 = wp::cos(var_6);
        var_9 = wp::mul(var_amplitude, var_8);
        // wp::array_store(var_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
        wp::adj_mul(var_amplitude, var_8, adj_amplitude, adj_8, adj_9);
        wp::adj_cos(var_6, adj_6, adj_8);
        // adj: out[tid] = amplitude * wp.cos(p)                                                  <L 17>
        wp::adj_array_store(var_phase_new, var_0, var_6, adj_phase_new, adj_0, adj_6);
        // adj: phase_new[tid] = p                                                                <L 16>
        wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_mul(var_2, var_delta_time, adj_2, adj_delta_time, adj_5);
        wp::adj_address(var_theta, var_0, adj_theta, adj_0, adj_4);
        // adj: p = theta[tid] + w0 * delta_time                                                  <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_natural_freq, var_0, adj_natural_freq, adj_0, adj_1);
        // adj: w0 = natural_freq[tid]                                                            <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def advance_phase(                                                                <L 5>
        return;
}

