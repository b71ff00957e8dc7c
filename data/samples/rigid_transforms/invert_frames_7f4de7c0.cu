// Warp 1.19.0 cuda code for invert_frames_7f4de7c0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void invert_frames_5936ee03_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::transform_t<wp::float32>> var_inv_frames)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::transform_t<wp::float32>* var_10;
        wp::transform_t<wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        //---------
        // forward
        // def invert_frames(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0] or particle_flags[tid] == 0:                                   <L 12>
        var_3 = wp::address(var_item_count, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_particle_flags, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 13>
            continue;
        }
        // X = poses[tid]                                                                         <L 14>
        var_10 = wp::address(var_poses, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // inv_frames[tid] = wp.transform_inverse(X)                                              <L 15>
        var_13 = wp::transform_inverse(var_11);
        wp::array_store(var_inv_frames, var_0, var_13);
    }
}



extern "C" __global__ void invert_frames_5936ee03_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::transform_t<wp::float32>> var_inv_frames,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::transform_t<wp::float32>> adj_inv_frames)
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
        bool var_1;
        const wp::int32 var_2 = 0;
        wp::int32* var_3;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        wp::int32 var_9;
        wp::transform_t<wp::float32>* var_10;
        wp::transform_t<wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        bool adj_8 = {};
        wp::int32 adj_9 = {};
        wp::transform_t<wp::float32> adj_10 = {};
        wp::transform_t<wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        wp::transform_t<wp::float32> adj_13 = {};
        //---------
        // forward
        // def invert_frames(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0] or particle_flags[tid] == 0:                                   <L 12>
        var_3 = wp::address(var_item_count, var_2);
        var_5 = wp::load(var_3);
        var_4 = (var_0 >= var_5);
        var_1 = var_4;
        if (!var_1) {
            var_6 = wp::address(var_particle_flags, var_0);
            var_9 = wp::load(var_6);
            var_8 = (var_9 == var_7);
            var_1 = var_1 || var_8;
        }
        if (var_1) {
            // return                                                                             <L 13>
            goto label0;
        }
        // X = poses[tid]                                                                         <L 14>
        var_10 = wp::address(var_poses, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // inv_frames[tid] = wp.transform_inverse(X)                                              <L 15>
        var_13 = wp::transform_inverse(var_11);
        // wp::array_store(var_inv_frames, var_0, var_13);
        //---------
        // reverse
        wp::adj_array_store(var_inv_frames, var_0, var_13, adj_inv_frames, adj_0, adj_13);
        wp::adj_transform_inverse(var_11, adj_11, adj_13);
        // adj: inv_frames[tid] = wp.transform_inverse(X)                                         <L 15>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_10);
        // adj: X = poses[tid]                                                                    <L 14>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        if (!var_1) {
            wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_6);
        }
        wp::adj_address(var_item_count, var_2, adj_item_count, adj_2, adj_3);
        // adj: if tid >= item_count[0] or particle_flags[tid] == 0:                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def invert_frames(                                                                <L 5>
        continue;
    }
}

