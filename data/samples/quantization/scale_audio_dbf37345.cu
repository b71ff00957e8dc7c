// Warp 1.19.0 cuda code for scale_audio_dbf37345.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void scale_audio_f51330d6_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_pcm,
    wp::array_t<wp::float32> var_channel_gain,
    wp::array_t<wp::int16> var_samples_out)
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
        wp::int16* var_4;
        wp::float32 var_5;
        wp::int16 var_6;
        const wp::float32 var_7 = 32768.0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 32767.0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = -32768.0;
        const wp::float32 var_15 = 32767.0;
        wp::float32 var_16;
        wp::int16 var_17;
        //---------
        // forward
        // def scale_audio(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // g = channel_gain[tid]                                                                  <L 11>
        var_1 = wp::address(var_channel_gain, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = float(pcm[tid]) / 32768.0 * g                                                      <L 12>
        var_4 = wp::address(var_pcm, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::float(var_6);
        var_8 = wp::div(var_5, var_7);
        var_9 = wp::mul(var_8, var_2);
        // samples_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 13>
        var_10 = wp::tanh(var_9);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::round(var_12);
        var_16 = wp::clamp(var_13, var_14, var_15);
        var_17 = wp::int16(var_16);
        wp::array_store(var_samples_out, var_0, var_17);
    }
}



extern "C" __global__ void scale_audio_f51330d6_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_pcm,
    wp::array_t<wp::float32> var_channel_gain,
    wp::array_t<wp::int16> var_samples_out,
    wp::array_t<wp::int16> adj_pcm,
    wp::array_t<wp::float32> adj_channel_gain,
    wp::array_t<wp::int16> adj_samples_out)
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
        wp::int16* var_4;
        wp::float32 var_5;
        wp::int16 var_6;
        const wp::float32 var_7 = 32768.0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 32767.0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = -32768.0;
        const wp::float32 var_15 = 32767.0;
        wp::float32 var_16;
        wp::int16 var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::int16 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int16 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int16 adj_17 = {};
        //---------
        // forward
        // def scale_audio(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // g = channel_gain[tid]                                                                  <L 11>
        var_1 = wp::address(var_channel_gain, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // x = float(pcm[tid]) / 32768.0 * g                                                      <L 12>
        var_4 = wp::address(var_pcm, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::float(var_6);
        var_8 = wp::div(var_5, var_7);
        var_9 = wp::mul(var_8, var_2);
        // samples_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 13>
        var_10 = wp::tanh(var_9);
        var_12 = wp::mul(var_10, var_11);
        var_13 = wp::round(var_12);
        var_16 = wp::clamp(var_13, var_14, var_15);
        var_17 = wp::int16(var_16);
        // wp::array_store(var_samples_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_samples_out, var_0, var_17, adj_samples_out, adj_0, adj_17);
        wp::adj_clamp(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
        wp::adj_mul(var_10, var_11, adj_10, adj_11, adj_12);
        wp::adj_tanh(var_9, var_10, adj_9, adj_10);
        // adj: samples_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))  <L 13>
        wp::adj_mul(var_8, var_2, adj_8, adj_2, adj_9);
        wp::adj_div(var_5, var_7, var_8, adj_5, adj_7, adj_8);
        wp::adj_float(var_6, adj_4, adj_5);
        wp::adj_address(var_pcm, var_0, adj_pcm, adj_0, adj_4);
        // adj: x = float(pcm[tid]) / 32768.0 * g                                                 <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_channel_gain, var_0, adj_channel_gain, adj_0, adj_1);
        // adj: g = channel_gain[tid]                                                             <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def scale_audio(                                                                  <L 5>
        continue;
    }
}

