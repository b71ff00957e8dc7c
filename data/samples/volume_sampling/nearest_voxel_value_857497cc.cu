// Warp 1.19.0 cuda code for nearest_voxel_value_857497cc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void nearest_voxel_value_2eb6e52d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_snapped)
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
        wp::vec_t<3, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 2;
        wp::int32 var_23;
        wp::float32 var_24;
        //---------
        // forward
        // def nearest_voxel_value(volume: wp.uint64, positions: wp.array[wp.vec3], snapped: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 7>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // uvw = wp.volume_world_to_index(volume, pos)                                            <L 8>
        var_4 = wp::volume_world_to_index(var_volume, var_2);
        // ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))       <L 9>
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::rint(var_6);
        var_8 = wp::int(var_7);
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::rint(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::rint(var_14);
        var_16 = wp::int(var_15);
        var_17 = wp::vec_t<3, wp::int32>(var_8, var_12, var_16);
        // d = wp.volume_lookup(volume, ijk[0], ijk[1], ijk[2], dtype=float)                      <L 10>
        var_19 = wp::extract(var_17, var_18);
        var_21 = wp::extract(var_17, var_20);
        var_23 = wp::extract(var_17, var_22);
        var_24 = wp::volume_lookup<float>(var_volume, var_19, var_21, var_23);
        // snapped[tid] = d                                                                       <L 11>
        wp::array_store(var_snapped, var_0, var_24);
    }
}



extern "C" __global__ void nearest_voxel_value_2eb6e52d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::float32> var_snapped,
    wp::uint64 adj_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::float32> adj_snapped)
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
        wp::vec_t<3, wp::int32> var_17;
        const wp::int32 var_18 = 0;
        wp::int32 var_19;
        const wp::int32 var_20 = 1;
        wp::int32 var_21;
        const wp::int32 var_22 = 2;
        wp::int32 var_23;
        wp::float32 var_24;
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
        wp::vec_t<3, wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        //---------
        // forward
        // def nearest_voxel_value(volume: wp.uint64, positions: wp.array[wp.vec3], snapped: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // pos = positions[tid]                                                                   <L 7>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // uvw = wp.volume_world_to_index(volume, pos)                                            <L 8>
        var_4 = wp::volume_world_to_index(var_volume, var_2);
        // ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))       <L 9>
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::rint(var_6);
        var_8 = wp::int(var_7);
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::rint(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::rint(var_14);
        var_16 = wp::int(var_15);
        var_17 = wp::vec_t<3, wp::int32>(var_8, var_12, var_16);
        // d = wp.volume_lookup(volume, ijk[0], ijk[1], ijk[2], dtype=float)                      <L 10>
        var_19 = wp::extract(var_17, var_18);
        var_21 = wp::extract(var_17, var_20);
        var_23 = wp::extract(var_17, var_22);
        var_24 = wp::volume_lookup<float>(var_volume, var_19, var_21, var_23);
        // snapped[tid] = d                                                                       <L 11>
        // wp::array_store(var_snapped, var_0, var_24);
        //---------
        // reverse
        wp::adj_array_store(var_snapped, var_0, var_24, adj_snapped, adj_0, adj_24);
        // adj: snapped[tid] = d                                                                  <L 11>
        wp::adj_extract(var_17, var_22, adj_17, adj_22, adj_23);
        wp::adj_extract(var_17, var_20, adj_17, adj_20, adj_21);
        wp::adj_extract(var_17, var_18, adj_17, adj_18, adj_19);
        // adj: d = wp.volume_lookup(volume, ijk[0], ijk[1], ijk[2], dtype=float)                 <L 10>
        wp::adj_vec_t(var_8, var_12, var_16, adj_8, adj_12, adj_16, adj_17);
        wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
        wp::adj_extract(var_4, var_9, adj_4, adj_9, adj_10);
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: ijk = wp.vec3i(int(wp.rint(uvw[0])), int(wp.rint(uvw[1])), int(wp.rint(uvw[2])))  <L 9>
        wp::adj_volume_world_to_index(var_volume, var_2, adj_volume, adj_2, adj_4);
        // adj: uvw = wp.volume_world_to_index(volume, pos)                                       <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: pos = positions[tid]                                                              <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def nearest_voxel_value(volume: wp.uint64, positions: wp.array[wp.vec3], snapped: wp.array[float]):  <L 5>
        continue;
    }
}

