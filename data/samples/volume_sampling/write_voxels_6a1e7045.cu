// Warp 1.19.0 cuda code for write_voxels_6a1e7045.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void write_voxels_a19e156a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_fill_value)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        //---------
        // forward
        // def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // pos = points[tid]                                                                      <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // uvw = wp.volume_world_to_index(volume, pos)                                            <L 8>
        var_4 = wp::volume_world_to_index(var_volume, var_2);
        // i = int(wp.round(uvw[0]))                                                              <L 9>
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::round(var_6);
        var_8 = wp::int(var_7);
        // j = int(wp.round(uvw[1]))                                                              <L 10>
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::round(var_10);
        var_12 = wp::int(var_11);
        // k = int(wp.round(uvw[2]))                                                              <L 11>
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::round(var_14);
        var_16 = wp::int(var_15);
        // previous = wp.volume_lookup_f(volume, i, j, k)                                         <L 12>
        var_17 = wp::volume_lookup_f(var_volume, var_8, var_12, var_16);
        // wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))                       <L 13>
        var_18 = wp::max(var_17, var_fill_value);
        wp::volume_store_f(var_volume, var_8, var_12, var_16, var_18);
}



extern "C" __global__ void write_voxels_a19e156a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::float32 var_fill_value,
    wp::uint64 adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::float32 adj_fill_value)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        //---------
        // forward
        // def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // pos = points[tid]                                                                      <L 7>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // uvw = wp.volume_world_to_index(volume, pos)                                            <L 8>
        var_4 = wp::volume_world_to_index(var_volume, var_2);
        // i = int(wp.round(uvw[0]))                                                              <L 9>
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::round(var_6);
        var_8 = wp::int(var_7);
        // j = int(wp.round(uvw[1]))                                                              <L 10>
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::round(var_10);
        var_12 = wp::int(var_11);
        // k = int(wp.round(uvw[2]))                                                              <L 11>
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::round(var_14);
        var_16 = wp::int(var_15);
        // previous = wp.volume_lookup_f(volume, i, j, k)                                         <L 12>
        var_17 = wp::volume_lookup_f(var_volume, var_8, var_12, var_16);
        // wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))                       <L 13>
        var_18 = wp::max(var_17, var_fill_value);
        wp::volume_store_f(var_volume, var_8, var_12, var_16, var_18);
        //---------
        // reverse
        wp::adj_max(var_17, var_fill_value, adj_17, adj_fill_value, adj_18);
        // adj: wp.volume_store_f(volume, i, j, k, wp.max(previous, fill_value))                  <L 13>
        // adj: previous = wp.volume_lookup_f(volume, i, j, k)                                    <L 12>
        wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
        // adj: k = int(wp.round(uvw[2]))                                                         <L 11>
        wp::adj_extract(var_4, var_9, adj_4, adj_9, adj_10);
        // adj: j = int(wp.round(uvw[1]))                                                         <L 10>
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: i = int(wp.round(uvw[0]))                                                         <L 9>
        wp::adj_volume_world_to_index(var_volume, var_2, adj_volume, adj_2, adj_4);
        // adj: uvw = wp.volume_world_to_index(volume, pos)                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: pos = points[tid]                                                                 <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def write_voxels(volume: wp.uint64, points: wp.array[wp.vec3], fill_value: float):  <L 5>
        return;
}

