// Warp 1.19.0 cuda code for probe_volume_7ca004c4.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void probe_volume_d87dbc69_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::float32> var_samples,
    wp::transform_t<wp::float32> var_body_xform)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32> var_1;
        wp::vec_t<3, wp::float32> var_2;
        const wp::int32 var_3 = 1;
        const wp::int32 var_4 = 1;
        wp::float32 var_5;
        //---------
        // forward
        // def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)       <L 7>
        var_1 = wp::transform_get_translation(var_body_xform);
        var_2 = wp::volume_world_to_index(var_volume, var_1);
        var_5 = wp::volume_sample_f(var_volume, var_2, var_4);
        wp::array_store(var_samples, var_0, var_5);
}



extern "C" __global__ void probe_volume_d87dbc69_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::float32> var_samples,
    wp::transform_t<wp::float32> var_body_xform,
    wp::uint64 adj_volume,
    wp::array_t<wp::float32> adj_samples,
    wp::transform_t<wp::float32> adj_body_xform)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32> var_1;
        wp::vec_t<3, wp::float32> var_2;
        const wp::int32 var_3 = 1;
        const wp::int32 var_4 = 1;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)       <L 7>
        var_1 = wp::transform_get_translation(var_body_xform);
        var_2 = wp::volume_world_to_index(var_volume, var_1);
        var_5 = wp::volume_sample_f(var_volume, var_2, var_4);
        // wp::array_store(var_samples, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_5, adj_samples, adj_0, adj_5);
        wp::adj_volume_sample_f(var_volume, var_2, var_4, adj_volume, adj_2, adj_4, adj_5);
        wp::adj_volume_world_to_index(var_volume, var_1, adj_volume, adj_1, adj_2);
        wp::adj_transform_get_translation(var_body_xform, adj_body_xform, adj_1);
        // adj: samples[tid] = wp.volume_sample_f(volume, wp.volume_world_to_index(volume, wp.transform_get_translation(body_xform)), wp.Volume.LINEAR)  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def probe_volume(volume: wp.uint64, samples: wp.array[float], body_xform: wp.transform):  <L 5>
        return;
}

