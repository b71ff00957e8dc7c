// Warp 1.19.0 cuda code for scale_audio_88a8ccb0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void scale_audio_da14e2d4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_master_gain)
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
        wp::int16* var_4;
        wp::float32 var_5;
        wp::int16 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = -32768.0;
        const wp::float32 var_10 = 32767.0;
        wp::float32 var_11;
        wp::int16 var_12;
        //---------
        // forward
        // def scale_audio(samples: wp.array[wp.int16], master_gain: float):                      <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // mixed = float(samples[tid]) + float(samples[tid]) * master_gain                        <L 7>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_4 = wp::address(var_samples, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::float(var_6);
        var_7 = wp::mul(var_5, var_master_gain);
        var_8 = wp::add(var_2, var_7);
        // samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                            <L 8>
        var_11 = wp::clamp(var_8, var_9, var_10);
        var_12 = wp::int16(var_11);
        wp::array_store(var_samples, var_0, var_12);
}



extern "C" __global__ void scale_audio_da14e2d4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::float32 var_master_gain,
    wp::array_t<wp::int16> adj_samples,
    wp::float32 adj_master_gain)
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
        wp::int16* var_4;
        wp::float32 var_5;
        wp::int16 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = -32768.0;
        const wp::float32 var_10 = 32767.0;
        wp::float32 var_11;
        wp::int16 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int16 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int16 adj_3 = {};
        wp::int16 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int16 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int16 adj_12 = {};
        //---------
        // forward
        // def scale_audio(samples: wp.array[wp.int16], master_gain: float):                      <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // mixed = float(samples[tid]) + float(samples[tid]) * master_gain                        <L 7>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float(var_3);
        var_4 = wp::address(var_samples, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::float(var_6);
        var_7 = wp::mul(var_5, var_master_gain);
        var_8 = wp::add(var_2, var_7);
        // samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                            <L 8>
        var_11 = wp::clamp(var_8, var_9, var_10);
        var_12 = wp::int16(var_11);
        // wp::array_store(var_samples, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_12, adj_samples, adj_0, adj_12);
        wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
        // adj: samples[tid] = wp.int16(wp.clamp(mixed, -32768.0, 32767.0))                       <L 8>
        wp::adj_add(var_2, var_7, adj_2, adj_7, adj_8);
        wp::adj_mul(var_5, var_master_gain, adj_5, adj_master_gain, adj_7);
        wp::adj_float(var_6, adj_4, adj_5);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_4);
        wp::adj_float(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: mixed = float(samples[tid]) + float(samples[tid]) * master_gain                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def scale_audio(samples: wp.array[wp.int16], master_gain: float):                 <L 5>
        return;
}

