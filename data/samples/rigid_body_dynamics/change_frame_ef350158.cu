// Warp 1.19.0 cuda code for change_frame_ef350158.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void change_frame_5b5e08ea_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::mat_t<6, 6, wp::float32> var_15;
        wp::vec_t<6, wp::float32> var_16;
        wp::vec_t<6, wp::float32> var_17;
        //---------
        // forward
        // def change_frame(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // pose = body_q[tid]                                                                     <L 12>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = body_w[tid]                                                                        <L 13>
        var_4 = wp::address(var_body_w, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v = particle_v[tid]                                                                    <L 14>
        var_7 = wp::address(var_particle_v, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // R = wp.quat_to_matrix(wp.transform_get_rotation(pose))                                 <L 15>
        var_10 = wp::transform_get_rotation(var_2);
        var_11 = wp::quat_to_matrix(var_10);
        // p = wp.transform_get_translation(pose)                                                 <L 16>
        var_12 = wp::transform_get_translation(var_2);
        // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 18>
        var_13 = wp::skew(var_12);
        var_14 = wp::mul(var_13, var_11);
        var_15 = wp::spatial_adjoint(var_11, var_14);
        // body_qd_out[tid] = Ad @ wp.spatial_vector(w, v)                                        <L 19>
        var_16 = wp::vec_t<6, wp::float32>(var_5, var_8);
        var_17 = wp::mul(var_15, var_16);
        wp::array_store(var_body_qd_out, var_0, var_17);
    }
}



extern "C" __global__ void change_frame_5b5e08ea_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_w,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_out,
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_w,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_out)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::quat_t<wp::float32> var_10;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        wp::mat_t<6, 6, wp::float32> var_15;
        wp::vec_t<6, wp::float32> var_16;
        wp::vec_t<6, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::transform_t<wp::float32> adj_1 = {};
        wp::transform_t<wp::float32> adj_2 = {};
        wp::transform_t<wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::quat_t<wp::float32> adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::mat_t<3, 3, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        wp::mat_t<6, 6, wp::float32> adj_15 = {};
        wp::vec_t<6, wp::float32> adj_16 = {};
        wp::vec_t<6, wp::float32> adj_17 = {};
        //---------
        // forward
        // def change_frame(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // pose = body_q[tid]                                                                     <L 12>
        var_1 = wp::address(var_body_q, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = body_w[tid]                                                                        <L 13>
        var_4 = wp::address(var_body_w, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // v = particle_v[tid]                                                                    <L 14>
        var_7 = wp::address(var_particle_v, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::copy(var_9);
        // R = wp.quat_to_matrix(wp.transform_get_rotation(pose))                                 <L 15>
        var_10 = wp::transform_get_rotation(var_2);
        var_11 = wp::quat_to_matrix(var_10);
        // p = wp.transform_get_translation(pose)                                                 <L 16>
        var_12 = wp::transform_get_translation(var_2);
        // Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                             <L 18>
        var_13 = wp::skew(var_12);
        var_14 = wp::mul(var_13, var_11);
        var_15 = wp::spatial_adjoint(var_11, var_14);
        // body_qd_out[tid] = Ad @ wp.spatial_vector(w, v)                                        <L 19>
        var_16 = wp::vec_t<6, wp::float32>(var_5, var_8);
        var_17 = wp::mul(var_15, var_16);
        // wp::array_store(var_body_qd_out, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_body_qd_out, var_0, var_17, adj_body_qd_out, adj_0, adj_17);
        wp::adj_mul(var_15, var_16, adj_15, adj_16, adj_17);
        wp::adj_vec_t(var_5, var_8, adj_5, adj_8, adj_16);
        // adj: body_qd_out[tid] = Ad @ wp.spatial_vector(w, v)                                   <L 19>
        wp::adj_spatial_adjoint(var_11, var_14, adj_11, adj_14, adj_15);
        wp::adj_mul(var_13, var_11, adj_13, adj_11, adj_14);
        wp::adj_skew(var_12, adj_12, adj_13);
        // adj: Ad = wp.spatial_adjoint(R, wp.skew(p) @ R)                                        <L 18>
        wp::adj_transform_get_translation(var_2, adj_2, adj_12);
        // adj: p = wp.transform_get_translation(pose)                                            <L 16>
        wp::adj_quat_to_matrix(var_10, adj_10, adj_11);
        wp::adj_transform_get_rotation(var_2, adj_2, adj_10);
        // adj: R = wp.quat_to_matrix(wp.transform_get_rotation(pose))                            <L 15>
        wp::adj_copy(var_9, adj_7, adj_8);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_7);
        // adj: v = particle_v[tid]                                                               <L 14>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_body_w, var_0, adj_body_w, adj_0, adj_4);
        // adj: w = body_w[tid]                                                                   <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
        // adj: pose = body_q[tid]                                                                <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def change_frame(                                                                 <L 5>
        continue;
    }
}

