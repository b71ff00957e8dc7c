// Warp 1.19.0 cuda code for copy_values_7a973c9f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_levels_59da1a8a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::array_t<wp::float32> var_loudness)
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
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 32768.0;
        wp::float32 var_7;
        const wp::float32 var_8 = 20.0;
        const wp::float32 var_9 = 1e-06;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):             <L 17>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // sample = samples[tid]                                                                  <L 19>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // amplitude = wp.abs(float(sample)) / 32768.0                                            <L 20>
        var_4 = wp::float(var_2);
        var_5 = wp::abs(var_4);
        var_7 = wp::div(var_5, var_6);
        // loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))                             <L 21>
        var_10 = wp::max(var_7, var_9);
        var_11 = wp::log10(var_10);
        var_12 = wp::mul(var_8, var_11);
        wp::array_store(var_loudness, var_0, var_12);
    }
}



extern "C" __global__ void sample_levels_59da1a8a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int16> var_samples,
    wp::array_t<wp::float32> var_loudness,
    wp::array_t<wp::int16> adj_samples,
    wp::array_t<wp::float32> adj_loudness)
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
        wp::float32 var_4;
        wp::float32 var_5;
        const wp::float32 var_6 = 32768.0;
        wp::float32 var_7;
        const wp::float32 var_8 = 20.0;
        const wp::float32 var_9 = 1e-06;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
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
        //---------
        // forward
        // def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):             <L 17>
        // tid = wp.tid()                                                                         <L 18>
        var_0 = builtin_tid1d();
        // sample = samples[tid]                                                                  <L 19>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // amplitude = wp.abs(float(sample)) / 32768.0                                            <L 20>
        var_4 = wp::float(var_2);
        var_5 = wp::abs(var_4);
        var_7 = wp::div(var_5, var_6);
        // loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))                             <L 21>
        var_10 = wp::max(var_7, var_9);
        var_11 = wp::log10(var_10);
        var_12 = wp::mul(var_8, var_11);
        // wp::array_store(var_loudness, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_loudness, var_0, var_12, adj_loudness, adj_0, adj_12);
        wp::adj_mul(var_8, var_11, adj_8, adj_11, adj_12);
        wp::adj_log10(var_10, adj_10, adj_11);
        wp::adj_max(var_7, var_9, adj_7, adj_9, adj_10);
        // adj: loudness[tid] = 20.0 * wp.log10(wp.max(amplitude, 1.0e-6))                        <L 21>
        wp::adj_div(var_5, var_6, var_7, adj_5, adj_6, adj_7);
        wp::adj_abs(var_4, adj_4, adj_5);
        wp::adj_float(var_2, adj_2, adj_4);
        // adj: amplitude = wp.abs(float(sample)) / 32768.0                                       <L 20>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: sample = samples[tid]                                                             <L 19>
        // adj: tid = wp.tid()                                                                    <L 18>
        // adj: def sample_levels(samples: wp.array[wp.int16], loudness: wp.array[float]):        <L 17>
        continue;
    }
}



extern "C" __global__ void copy_values_9fcefd07_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_current,
    wp::array_t<wp::vec_t<2, wp::float32>> var_saved)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        //---------
        // forward
        // def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):                 <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // saved[tid] = current[tid]                                                              <L 7>
        var_1 = wp::address(var_current, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        wp::array_store(var_saved, var_0, var_2);
    }
}



extern "C" __global__ void copy_values_9fcefd07_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_current,
    wp::array_t<wp::vec_t<2, wp::float32>> var_saved,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_current,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_saved)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        //---------
        // forward
        // def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):                 <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // saved[tid] = current[tid]                                                              <L 7>
        var_1 = wp::address(var_current, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp::array_store(var_saved, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_saved, var_0, var_2, adj_saved, adj_0, adj_2);
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_current, var_0, adj_current, adj_0, adj_1);
        // adj: saved[tid] = current[tid]                                                         <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def copy_values(current: wp.array[wp.vec2], saved: wp.array[wp.vec2]):            <L 5>
        continue;
    }
}



extern "C" __global__ void reset_to_c1799f34_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::quat_t<wp::float32> var_value,
    wp::array_t<wp::quat_t<wp::float32>> var_prev)
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
        //---------
        // forward
        // def reset_to(value: wp.quat, prev: wp.array[wp.quat]):                                 <L 11>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // prev[tid] = value                                                                      <L 13>
        wp::array_store(var_prev, var_0, var_value);
    }
}



extern "C" __global__ void reset_to_c1799f34_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::quat_t<wp::float32> var_value,
    wp::array_t<wp::quat_t<wp::float32>> var_prev,
    wp::quat_t<wp::float32> adj_value,
    wp::array_t<wp::quat_t<wp::float32>> adj_prev)
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
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        //---------
        // forward
        // def reset_to(value: wp.quat, prev: wp.array[wp.quat]):                                 <L 11>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // prev[tid] = value                                                                      <L 13>
        // wp::array_store(var_prev, var_0, var_value);
        //---------
        // reverse
        wp::adj_array_store(var_prev, var_0, var_value, adj_prev, adj_0, adj_value);
        // adj: prev[tid] = value                                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def reset_to(value: wp.quat, prev: wp.array[wp.quat]):                            <L 11>
        continue;
    }
}

