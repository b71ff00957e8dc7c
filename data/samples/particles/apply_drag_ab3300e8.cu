// Warp 1.19.0 cuda code for apply_drag_ab3300e8.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void apply_drag_bd4dbeb0_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_spring_damping,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // forward
        // def apply_drag(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // w = inv_masses[tid]                                                                    <L 13>
        var_1 = wp::address(var_inv_masses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 15>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 16>
            continue;
        }
        // new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)       <L 17>
        var_6 = wp::address(var_velocities, var_0);
        var_8 = wp::address(var_spring_damping, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_time_step);
        var_11 = wp::sub(var_7, var_9);
        var_13 = wp::max(var_11, var_12);
        var_15 = wp::load(var_6);
        var_14 = wp::mul(var_15, var_13);
        wp::array_store(var_new_velocities, var_0, var_14);
    }
}



extern "C" __global__ void apply_drag_bd4dbeb0_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_spring_damping,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::float32> adj_spring_damping,
    wp::float32 adj_time_step,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_velocities)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::float32 var_7 = 1.0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.0;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        //---------
        // forward
        // def apply_drag(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // w = inv_masses[tid]                                                                    <L 13>
        var_1 = wp::address(var_inv_masses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 15>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 16>
            goto label0;
        }
        // new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)       <L 17>
        var_6 = wp::address(var_velocities, var_0);
        var_8 = wp::address(var_spring_damping, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mul(var_10, var_time_step);
        var_11 = wp::sub(var_7, var_9);
        var_13 = wp::max(var_11, var_12);
        var_15 = wp::load(var_6);
        var_14 = wp::mul(var_15, var_13);
        // wp::array_store(var_new_velocities, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_new_velocities, var_0, var_14, adj_new_velocities, adj_0, adj_14);
        wp::adj_mul(var_15, var_13, adj_6, adj_13, adj_14);
        wp::adj_max(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_sub(var_7, var_9, adj_7, adj_9, adj_11);
        wp::adj_mul(var_10, var_time_step, adj_8, adj_time_step, adj_9);
        wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_8);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_6);
        // adj: new_velocities[tid] = velocities[tid] * wp.max(1.0 - spring_damping[tid] * time_step, 0.0)  <L 17>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        // adj: if w == 0.0:                                                                      <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
        // adj: w = inv_masses[tid]                                                               <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def apply_drag(                                                                   <L 5>
        continue;
    }
}

