// Warp 1.19.0 cuda code for update_voxels_1e9c5bea.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void update_voxels_abe42c8d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::int32>> var_active_voxels,
    wp::float32 var_margin)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::int32>* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::vec_t<3, wp::int32> var_4;
        wp::vec_t<3, wp::int32>* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::vec_t<3, wp::int32> var_8;
        wp::vec_t<3, wp::int32>* var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        wp::vec_t<3, wp::int32> var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::int32>* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::vec_t<3, wp::int32> var_17;
        wp::vec_t<3, wp::int32>* var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::vec_t<3, wp::int32> var_21;
        wp::vec_t<3, wp::int32>* var_22;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        wp::vec_t<3, wp::int32> var_25;
        wp::float32 var_26;
        //---------
        // forward
        // def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)       <L 8>
        var_1 = wp::address(var_active_voxels, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_5 = wp::address(var_active_voxels, var_0);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::address(var_active_voxels, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::volume_lookup<float>(var_sdf_volume, var_3, var_7, var_11);
        // wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)       <L 9>
        var_14 = wp::address(var_active_voxels, var_0);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::address(var_active_voxels, var_0);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_22 = wp::address(var_active_voxels, var_0);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::add(var_13, var_margin);
        wp::volume_store(var_sdf_volume, var_16, var_20, var_24, var_26);
}



extern "C" __global__ void update_voxels_abe42c8d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::int32>> var_active_voxels,
    wp::float32 var_margin,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_active_voxels,
    wp::float32 adj_margin)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::int32>* var_1;
        const wp::int32 var_2 = 0;
        wp::int32 var_3;
        wp::vec_t<3, wp::int32> var_4;
        wp::vec_t<3, wp::int32>* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        wp::vec_t<3, wp::int32> var_8;
        wp::vec_t<3, wp::int32>* var_9;
        const wp::int32 var_10 = 2;
        wp::int32 var_11;
        wp::vec_t<3, wp::int32> var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::int32>* var_14;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::vec_t<3, wp::int32> var_17;
        wp::vec_t<3, wp::int32>* var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::vec_t<3, wp::int32> var_21;
        wp::vec_t<3, wp::int32>* var_22;
        const wp::int32 var_23 = 2;
        wp::int32 var_24;
        wp::vec_t<3, wp::int32> var_25;
        wp::float32 var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::int32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::int32> adj_4 = {};
        wp::vec_t<3, wp::int32> adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::vec_t<3, wp::int32> adj_8 = {};
        wp::vec_t<3, wp::int32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::vec_t<3, wp::int32> adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::int32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<3, wp::int32> adj_17 = {};
        wp::vec_t<3, wp::int32> adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::int32> adj_21 = {};
        wp::vec_t<3, wp::int32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::vec_t<3, wp::int32> adj_25 = {};
        wp::float32 adj_26 = {};
        //---------
        // forward
        // def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)       <L 8>
        var_1 = wp::address(var_active_voxels, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::extract(var_4, var_2);
        var_5 = wp::address(var_active_voxels, var_0);
        var_8 = wp::load(var_5);
        var_7 = wp::extract(var_8, var_6);
        var_9 = wp::address(var_active_voxels, var_0);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::volume_lookup<float>(var_sdf_volume, var_3, var_7, var_11);
        // wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)       <L 9>
        var_14 = wp::address(var_active_voxels, var_0);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_18 = wp::address(var_active_voxels, var_0);
        var_21 = wp::load(var_18);
        var_20 = wp::extract(var_21, var_19);
        var_22 = wp::address(var_active_voxels, var_0);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::add(var_13, var_margin);
        wp::volume_store(var_sdf_volume, var_16, var_20, var_24, var_26);
        //---------
        // reverse
        wp::adj_add(var_13, var_margin, adj_13, adj_margin, adj_26);
        wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_22);
        wp::adj_extract(var_21, var_19, adj_18, adj_19, adj_20);
        wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_18);
        wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_14);
        // adj: wp.volume_store(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], d + margin)  <L 9>
        wp::adj_extract(var_12, var_10, adj_9, adj_10, adj_11);
        wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_9);
        wp::adj_extract(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_5);
        wp::adj_extract(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_active_voxels, var_0, adj_active_voxels, adj_0, adj_1);
        // adj: d = wp.volume_lookup(sdf_volume, active_voxels[tid][0], active_voxels[tid][1], active_voxels[tid][2], dtype=float)  <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def update_voxels(sdf_volume: wp.uint64, active_voxels: wp.array(dtype=wp.vec3i), margin: float):  <L 5>
        return;
}

