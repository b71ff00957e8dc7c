// Warp 1.19.0 cuda code for apply_rotation_e83847c5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_rotation_e53ee44b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_spin_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> var_directions)
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
        const wp::int32 var_4 = 1;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def apply_rotation(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // vel = velocities[tid]                                                                  <L 13>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])       <L 14>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_8 = wp::atan2(var_5, var_7);
        var_9 = wp::quat_from_axis_angle(var_spin_axis, var_8);
        var_10 = wp::address(var_normals, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::quat_rotate(var_9, var_12);
        wp::array_store(var_directions, var_0, var_11);
    }
}



extern "C" __global__ void apply_rotation_e53ee44b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::vec_t<3, wp::float32> var_spin_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> var_directions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::vec_t<3, wp::float32> adj_spin_axis,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_directions)
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
        const wp::int32 var_4 = 1;
        wp::float32 var_5;
        const wp::int32 var_6 = 0;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::quat_t<wp::float32> var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::quat_t<wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def apply_rotation(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // vel = velocities[tid]                                                                  <L 13>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])       <L 14>
        var_5 = wp::extract(var_2, var_4);
        var_7 = wp::extract(var_2, var_6);
        var_8 = wp::atan2(var_5, var_7);
        var_9 = wp::quat_from_axis_angle(var_spin_axis, var_8);
        var_10 = wp::address(var_normals, var_0);
        var_12 = wp::load(var_10);
        var_11 = wp::quat_rotate(var_9, var_12);
        // wp::array_store(var_directions, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_directions, var_0, var_11, adj_directions, adj_0, adj_11);
        wp::adj_quat_rotate(var_9, var_12, adj_9, adj_10, adj_11);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_10);
        wp::adj_quat_from_axis_angle(var_spin_axis, var_8, adj_spin_axis, adj_8, adj_9);
        wp::adj_atan2(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
        wp::adj_extract(var_2, var_4, adj_2, adj_4, adj_5);
        // adj: directions[tid] = wp.quat_rotate(wp.quat_from_axis_angle(spin_axis, wp.atan2(vel[1], vel[0])), normals[tid])  <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
        // adj: vel = velocities[tid]                                                             <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def apply_rotation(                                                               <L 5>
        continue;
    }
}

