// Warp 1.19.0 cuda code for compand_audio_f03ef602.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compand_audio_e8f6c071_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::int8> var_labels)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 127.0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = -127.0;
        const wp::float32 var_13 = 127.0;
        wp::float32 var_14;
        wp::int8 var_15;
        //---------
        // forward
        // def compand_audio(data: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):       <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // v = data[tid]                                                                          <L 10>
        var_1 = wp::address(var_data, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.min(wp.abs(v), 1.0)                                                             <L 11>
        var_4 = wp::abs(var_2);
        var_6 = wp::min(var_4, var_5);
        // y = wp.copysign(wp.sqrt(a), v)                                                         <L 13>
        var_7 = wp::sqrt(var_6);
        var_8 = wp::copysign(var_7, var_2);
        // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 14>
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::rint(var_10);
        var_14 = wp::clamp(var_11, var_12, var_13);
        var_15 = wp::int8(var_14);
        wp::array_store(var_labels, var_0, var_15);
    }
}



extern "C" __global__ void compand_audio_e8f6c071_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::int8> var_labels,
    wp::array_t<wp::float32> adj_data,
    wp::array_t<wp::int8> adj_labels)
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
        wp::float32 var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::float32 var_9 = 127.0;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = -127.0;
        const wp::float32 var_13 = 127.0;
        wp::float32 var_14;
        wp::int8 var_15;
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
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int8 adj_15 = {};
        //---------
        // forward
        // def compand_audio(data: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):       <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // v = data[tid]                                                                          <L 10>
        var_1 = wp::address(var_data, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = wp.min(wp.abs(v), 1.0)                                                             <L 11>
        var_4 = wp::abs(var_2);
        var_6 = wp::min(var_4, var_5);
        // y = wp.copysign(wp.sqrt(a), v)                                                         <L 13>
        var_7 = wp::sqrt(var_6);
        var_8 = wp::copysign(var_7, var_2);
        // labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                     <L 14>
        var_10 = wp::mul(var_8, var_9);
        var_11 = wp::rint(var_10);
        var_14 = wp::clamp(var_11, var_12, var_13);
        var_15 = wp::int8(var_14);
        // wp::array_store(var_labels, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_labels, var_0, var_15, adj_labels, adj_0, adj_15);
        wp::adj_clamp(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
        wp::adj_mul(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: labels[tid] = wp.int8(wp.clamp(wp.rint(y * 127.0), -127.0, 127.0))                <L 14>
        wp::adj_copysign(var_7, var_2, adj_7, adj_2, adj_8);
        wp::adj_sqrt(var_6, var_7, adj_6, adj_7);
        // adj: y = wp.copysign(wp.sqrt(a), v)                                                    <L 13>
        wp::adj_min(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_abs(var_2, adj_2, adj_4);
        // adj: a = wp.min(wp.abs(v), 1.0)                                                        <L 11>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_data, var_0, adj_data, adj_0, adj_1);
        // adj: v = data[tid]                                                                     <L 10>
        // adj: tid = wp.tid()                                                                    <L 9>
        // adj: def compand_audio(data: wp.array(dtype=float), labels: wp.array(dtype=wp.int8)):  <L 8>
        continue;
    }
}

