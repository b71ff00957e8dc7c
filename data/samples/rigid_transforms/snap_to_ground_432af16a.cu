// Warp 1.19.0 cuda code for snap_to_ground_432af16a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void snap_to_ground_e6cf68f2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::quat_t<wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 0.0;
        wp::quat_t<wp::float32> var_18;
        //---------
        // forward
        // def snap_to_ground(transforms: wp.array(dtype=wp.transform)):                          <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // xform = transforms[tid]                                                                <L 7>
        var_1 = wp::address(var_transforms, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // pose = xform                                                                           <L 8>
        var_4 = wp::copy(var_2);
        // q = wp.transform_get_rotation(pose)                                                    <L 9>
        var_5 = wp::transform_get_rotation(var_4);
        // fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                        <L 10>
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        var_10 = wp::quat_rotate(var_5, var_9);
        // yaw = wp.atan2(fwd[1], fwd[0])                                                         <L 11>
        var_12 = wp::extract(var_10, var_11);
        var_14 = wp::extract(var_10, var_13);
        var_15 = wp::atan2(var_12, var_14);
        // wp.transform_set_rotation(pose, wp.quat_rpy(0.0, 0.0, yaw))                            <L 12>
        var_18 = wp::quat_rpy(var_16, var_17, var_15);
        wp::transform_set_rotation(var_4, var_18);
        // transforms[tid] = pose                                                                 <L 13>
        wp::array_store(var_transforms, var_0, var_4);
    }
}



extern "C" __global__ void snap_to_ground_e6cf68f2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms)
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
        wp::transform_t<wp::float32>* var_1;
        wp::transform_t<wp::float32> var_2;
        wp::transform_t<wp::float32> var_3;
        wp::transform_t<wp::float32> var_4;
        wp::quat_t<wp::float32> var_5;
        const wp::float32 var_6 = 1.0;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        const wp::int32 var_13 = 0;
        wp::float32 var_14;
        wp::float32 var_15;
        const wp::float32 var_16 = 0.0;
        const wp::float32 var_17 = 0.0;
        wp::quat_t<wp::float32> var_18;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::quat_t<wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::quat_t<wp::float32> adj_18 = {};
        //---------
        // forward
        // def snap_to_ground(transforms: wp.array(dtype=wp.transform)):                          <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // xform = transforms[tid]                                                                <L 7>
        var_1 = wp::address(var_transforms, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // pose = xform                                                                           <L 8>
        var_4 = wp::copy(var_2);
        // q = wp.transform_get_rotation(pose)                                                    <L 9>
        var_5 = wp::transform_get_rotation(var_4);
        // fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                        <L 10>
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        var_10 = wp::quat_rotate(var_5, var_9);
        // yaw = wp.atan2(fwd[1], fwd[0])                                                         <L 11>
        var_12 = wp::extract(var_10, var_11);
        var_14 = wp::extract(var_10, var_13);
        var_15 = wp::atan2(var_12, var_14);
        // wp.transform_set_rotation(pose, wp.quat_rpy(0.0, 0.0, yaw))                            <L 12>
        var_18 = wp::quat_rpy(var_16, var_17, var_15);
        wp::transform_set_rotation(var_4, var_18);
        // transforms[tid] = pose                                                                 <L 13>
        // wp::array_store(var_transforms, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_transforms, var_0, var_4, adj_transforms, adj_0, adj_4);
        // adj: transforms[tid] = pose                                                            <L 13>
        wp::adj_transform_set_rotation(var_4, var_18, adj_4, adj_18);
        wp::adj_quat_rpy(var_16, var_17, var_15, adj_16, adj_17, adj_15, adj_18);
        // adj: wp.transform_set_rotation(pose, wp.quat_rpy(0.0, 0.0, yaw))                       <L 12>
        wp::adj_atan2(var_12, var_14, adj_12, adj_14, adj_15);
        wp::adj_extract(var_10, var_13, adj_10, adj_13, adj_14);
        wp::adj_extract(var_10, var_11, adj_10, adj_11, adj_12);
        // adj: yaw = wp.atan2(fwd[1], fwd[0])                                                    <L 11>
        wp::adj_quat_rotate(var_5, var_9, adj_5, adj_9, adj_10);
        wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        // adj: fwd = wp.quat_rotate(q, wp.vec3(1.0, 0.0, 0.0))                                   <L 10>
        wp::adj_transform_get_rotation(var_4, adj_4, adj_5);
        // adj: q = wp.transform_get_rotation(pose)                                               <L 9>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: pose = xform                                                                      <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_1);
        // adj: xform = transforms[tid]                                                           <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def snap_to_ground(transforms: wp.array(dtype=wp.transform)):                     <L 5>
        continue;
    }
}

