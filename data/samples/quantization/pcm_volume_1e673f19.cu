// Warp 1.19.0 cuda code for pcm_volume_1e673f19.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void pcm_volume_59d5077c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_gain)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int16* var_1;
        wp::float32 var_2;
        wp::int16 var_3;
        const wp::float32 var_4 = 32768.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 32767.0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = -32768.0;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::int16 var_14;
        //---------
        // forward
        // def pcm_volume(samples: wp.array[wp.int16], gain: float):                              <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // x = float(samples[tid]) / 32768.0 * gain                                               <L 8>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_5 = wp::div(var_2, var_4);
        var_6 = wp::mul(var_5, var_gain);
        // samples[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 10>
        var_7 = wp::tanh(var_6);
        var_9 = wp::mul(var_7, var_8);
        var_10 = wp::round(var_9);
        var_13 = wp::clamp(var_10, var_11, var_12);
        var_14 = wp::int16(var_13);
        wp::array_store(var_samples, var_0, var_14);
}



extern "C" __global__ void pcm_volume_59d5077c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_gain,
    wp::array_t<wp::int16> adj_samples,
    wp::float32 adj_gain)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int16* var_1;
        wp::float32 var_2;
        wp::int16 var_3;
        const wp::float32 var_4 = 32768.0;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 32767.0;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = -32768.0;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::int16 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int16 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int16 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::int16 adj_14 = {};
        //---------
        // forward
        // def pcm_volume(samples: wp.array[wp.int16], gain: float):                              <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // x = float(samples[tid]) / 32768.0 * gain                                               <L 8>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_5 = wp::div(var_2, var_4);
        var_6 = wp::mul(var_5, var_gain);
        // samples[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 10>
        var_7 = wp::tanh(var_6);
        var_9 = wp::mul(var_7, var_8);
        var_10 = wp::round(var_9);
        var_13 = wp::clamp(var_10, var_11, var_12);
        var_14 = wp::int16(var_13);
        // wp::array_store(var_samples, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_14, adj_samples, adj_0, adj_14);
        wp::adj_clamp(var_10, var_11, var_12, adj_10, adj_11, adj_12, adj_13);
        wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_tanh(var_6, var_7, adj_6, adj_7);
        // adj: samples[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))  <L 10>
        wp::adj_mul(var_5, var_gain, adj_5, adj_gain, adj_6);
        wp::adj_div(var_2, var_4, var_5, adj_2, adj_4, adj_5);
        wp::adj_float(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: x = float(samples[tid]) / 32768.0 * gain                                          <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def pcm_volume(samples: wp.array[wp.int16], gain: float):                         <L 5>
        return;
}

