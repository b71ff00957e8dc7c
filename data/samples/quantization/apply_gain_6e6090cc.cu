// Warp 1.19.0 cuda code for apply_gain_6e6090cc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_gain_4a5a0344_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_pcm,
    wp::array_t<wp::float32> var_envelope,
    wp::array_t<wp::int16> var_pcm_out)
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
        wp::int16* var_1;
        wp::int16 var_2;
        wp::int16 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 32768.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = -32768.0;
        const wp::float32 var_16 = 32767.0;
        wp::float32 var_17;
        wp::int16 var_18;
        //---------
        // forward
        // def apply_gain(pcm: wp.array[wp.int16], envelope: wp.array[float], pcm_out: wp.array[wp.int16]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // s = pcm[tid]                                                                           <L 7>
        var_1 = wp::address(var_pcm, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // g = envelope[tid]                                                                      <L 8>
        var_4 = wp::address(var_envelope, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // x = float(s) / 32768.0 * g                                                             <L 9>
        var_7 = wp::float(var_2);
        var_9 = wp::div(var_7, var_8);
        var_10 = wp::mul(var_9, var_5);
        // pcm_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 11>
        var_11 = wp::tanh(var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::round(var_13);
        var_17 = wp::clamp(var_14, var_15, var_16);
        var_18 = wp::int16(var_17);
        wp::array_store(var_pcm_out, var_0, var_18);
    }
}



extern "C" __global__ void apply_gain_4a5a0344_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_pcm,
    wp::array_t<wp::float32> var_envelope,
    wp::array_t<wp::int16> var_pcm_out,
    wp::array_t<wp::int16> adj_pcm,
    wp::array_t<wp::float32> adj_envelope,
    wp::array_t<wp::int16> adj_pcm_out)
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
        wp::int16* var_1;
        wp::int16 var_2;
        wp::int16 var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 32768.0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 32767.0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = -32768.0;
        const wp::float32 var_16 = 32767.0;
        wp::float32 var_17;
        wp::int16 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int16 adj_1 = {};
        wp::int16 adj_2 = {};
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
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::int16 adj_18 = {};
        //---------
        // forward
        // def apply_gain(pcm: wp.array[wp.int16], envelope: wp.array[float], pcm_out: wp.array[wp.int16]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // s = pcm[tid]                                                                           <L 7>
        var_1 = wp::address(var_pcm, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // g = envelope[tid]                                                                      <L 8>
        var_4 = wp::address(var_envelope, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // x = float(s) / 32768.0 * g                                                             <L 9>
        var_7 = wp::float(var_2);
        var_9 = wp::div(var_7, var_8);
        var_10 = wp::mul(var_9, var_5);
        // pcm_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))       <L 11>
        var_11 = wp::tanh(var_10);
        var_13 = wp::mul(var_11, var_12);
        var_14 = wp::round(var_13);
        var_17 = wp::clamp(var_14, var_15, var_16);
        var_18 = wp::int16(var_17);
        // wp::array_store(var_pcm_out, var_0, var_18);
        //---------
        // reverse
        wp::adj_array_store(var_pcm_out, var_0, var_18, adj_pcm_out, adj_0, adj_18);
        wp::adj_clamp(var_14, var_15, var_16, adj_14, adj_15, adj_16, adj_17);
        wp::adj_mul(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_tanh(var_10, var_11, adj_10, adj_11);
        // adj: pcm_out[tid] = wp.int16(wp.clamp(wp.round(wp.tanh(x) * 32767.0), -32768.0, 32767.0))  <L 11>
        wp::adj_mul(var_9, var_5, adj_9, adj_5, adj_10);
        wp::adj_div(var_7, var_8, var_9, adj_7, adj_8, adj_9);
        wp::adj_float(var_2, adj_2, adj_7);
        // adj: x = float(s) / 32768.0 * g                                                        <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_envelope, var_0, adj_envelope, adj_0, adj_4);
        // adj: g = envelope[tid]                                                                 <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_pcm, var_0, adj_pcm, adj_0, adj_1);
        // adj: s = pcm[tid]                                                                      <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def apply_gain(pcm: wp.array[wp.int16], envelope: wp.array[float], pcm_out: wp.array[wp.int16]):  <L 5>
        continue;
    }
}

