// Warp 1.19.0 cuda code for probe_volume_c290d934.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void probe_volume_923822ad_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_normals,
    wp::array_t<wp::float32> var_samples)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def probe_volume(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // q = rotations[tid]                                                                     <L 13>
        var_1 = wp::address(var_rotations, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d_local = local_normals[tid]                                                           <L 14>
        var_4 = wp::address(var_local_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)       <L 17>
        var_7 = wp::address(var_points, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::volume_world_to_index(var_volume, var_9);
        var_12 = wp::volume_sample<wp::vec_t<3, wp::float32>>(var_volume, var_8, var_11);
        // dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))           <L 18>
        var_13 = wp::quat_rotate(var_2, var_5);
        var_14 = wp::volume_world_to_index_dir(var_volume, var_13);
        // density = wp.dot(v_field, dir_index)                                                   <L 19>
        var_15 = wp::dot(var_12, var_14);
        // samples[tid] = density                                                                 <L 20>
        wp::array_store(var_samples, var_0, var_15);
}



extern "C" __global__ void probe_volume_923822ad_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::quat_t<wp::float32>> var_rotations,
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_normals,
    wp::array_t<wp::float32> var_samples,
    wp::uint64 adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::quat_t<wp::float32>> adj_rotations,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_normals,
    wp::array_t<wp::float32> adj_samples)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::quat_t<wp::float32>* var_1;
        wp::quat_t<wp::float32> var_2;
        wp::quat_t<wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::quat_t<wp::float32> adj_1 = {};
        wp::quat_t<wp::float32> adj_2 = {};
        wp::quat_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def probe_volume(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // q = rotations[tid]                                                                     <L 13>
        var_1 = wp::address(var_rotations, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // d_local = local_normals[tid]                                                           <L 14>
        var_4 = wp::address(var_local_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)       <L 17>
        var_7 = wp::address(var_points, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::volume_world_to_index(var_volume, var_9);
        var_12 = wp::volume_sample<wp::vec_t<3, wp::float32>>(var_volume, var_8, var_11);
        // dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))           <L 18>
        var_13 = wp::quat_rotate(var_2, var_5);
        var_14 = wp::volume_world_to_index_dir(var_volume, var_13);
        // density = wp.dot(v_field, dir_index)                                                   <L 19>
        var_15 = wp::dot(var_12, var_14);
        // samples[tid] = density                                                                 <L 20>
        // wp::array_store(var_samples, var_0, var_15);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_15, adj_samples, adj_0, adj_15);
        // adj: samples[tid] = density                                                            <L 20>
        wp::adj_dot(var_12, var_14, adj_12, adj_14, adj_15);
        // adj: density = wp.dot(v_field, dir_index)                                              <L 19>
        wp::adj_volume_world_to_index_dir(var_volume, var_13, adj_volume, adj_13, adj_14);
        wp::adj_quat_rotate(var_2, var_5, adj_2, adj_5, adj_13);
        // adj: dir_index = wp.volume_world_to_index_dir(volume, wp.quat_rotate(q, d_local))      <L 18>
        wp::adj_volume_sample(var_volume, var_8, var_11, adj_volume, adj_8, adj_11, adj_12);
        wp::adj_volume_world_to_index(var_volume, var_9, adj_volume, adj_7, adj_8);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_7);
        // adj: v_field = wp.volume_sample(volume, wp.volume_world_to_index(volume, points[tid]), wp.Volume.LINEAR, dtype=wp.vec3)  <L 17>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_local_normals, var_0, adj_local_normals, adj_0, adj_4);
        // adj: d_local = local_normals[tid]                                                      <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_rotations, var_0, adj_rotations, adj_0, adj_1);
        // adj: q = rotations[tid]                                                                <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def probe_volume(                                                                 <L 5>
        return;
}

