// Warp 1.19.0 cuda code for eval_body_contacts_e8e0a423.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void eval_body_contacts_e35bbc97_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<6, wp::float32> var_18;
        wp::vec_t<6, wp::float32> var_19;
        //---------
        // forward
        // def eval_body_contacts(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // body = shape_body[tid]                                                                 <L 15>
        var_1 = wp::address(var_shape_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if body < 0:                                                                           <L 17>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 18>
            continue;
        }
        // f = particle_f[tid]                                                                    <L 19>
        var_6 = wp::address(var_particle_f, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // x_com = wp.transform_point(poses[body], body_com[body])                                <L 20>
        var_9 = wp::address(var_poses, var_2);
        var_10 = wp::address(var_body_com, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::transform_point(var_12, var_13);
        // r = positions[tid] - x_com                                                             <L 21>
        var_14 = wp::address(var_positions, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_16, var_11);
        // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 22>
        var_17 = wp::cross(var_15, var_7);
        var_18 = wp::vec_t<6, wp::float32>(var_17, var_7);
        var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
    }
}



extern "C" __global__ void eval_body_contacts_e35bbc97_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f,
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out,
    wp::array_t<wp::int32> adj_shape_body,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::transform_t<wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::vec_t<3, wp::float32>* var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::vec_t<6, wp::float32> var_18;
        wp::vec_t<6, wp::float32> var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::transform_t<wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::transform_t<wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::vec_t<6, wp::float32> adj_18 = {};
        wp::vec_t<6, wp::float32> adj_19 = {};
        //---------
        // forward
        // def eval_body_contacts(                                                                <L 5>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // body = shape_body[tid]                                                                 <L 15>
        var_1 = wp::address(var_shape_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if body < 0:                                                                           <L 17>
        var_5 = (var_2 < var_4);
        if (var_5) {
            // return                                                                             <L 18>
            goto label0;
        }
        // f = particle_f[tid]                                                                    <L 19>
        var_6 = wp::address(var_particle_f, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // x_com = wp.transform_point(poses[body], body_com[body])                                <L 20>
        var_9 = wp::address(var_poses, var_2);
        var_10 = wp::address(var_body_com, var_2);
        var_12 = wp::load(var_9);
        var_13 = wp::load(var_10);
        var_11 = wp::transform_point(var_12, var_13);
        // r = positions[tid] - x_com                                                             <L 21>
        var_14 = wp::address(var_positions, var_0);
        var_16 = wp::load(var_14);
        var_15 = wp::sub(var_16, var_11);
        // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 22>
        var_17 = wp::cross(var_15, var_7);
        var_18 = wp::vec_t<6, wp::float32>(var_17, var_7);
        // var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
        //---------
        // reverse
        wp::adj_atomic_add(var_body_f_out, var_2, var_18, adj_body_f_out, adj_2, adj_18, adj_19);
        wp::adj_vec_t(var_17, var_7, adj_17, adj_7, adj_18);
        wp::adj_cross(var_15, var_7, adj_15, adj_7, adj_17);
        // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))             <L 22>
        wp::adj_sub(var_16, var_11, adj_14, adj_11, adj_15);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_14);
        // adj: r = positions[tid] - x_com                                                        <L 21>
        wp::adj_transform_point(var_12, var_13, adj_9, adj_10, adj_11);
        wp::adj_address(var_body_com, var_2, adj_body_com, adj_2, adj_10);
        wp::adj_address(var_poses, var_2, adj_poses, adj_2, adj_9);
        // adj: x_com = wp.transform_point(poses[body], body_com[body])                           <L 20>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_6);
        // adj: f = particle_f[tid]                                                               <L 19>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 18>
        }
        // adj: if body < 0:                                                                      <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_shape_body, var_0, adj_shape_body, adj_0, adj_1);
        // adj: body = shape_body[tid]                                                            <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def eval_body_contacts(                                                           <L 5>
        continue;
    }
}

