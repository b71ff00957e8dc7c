// Warp 1.19.0 cuda code for damp_velocities_aeec00c2.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void damp_velocities_8d4c4868_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_spring_damping,
    wp::int32 var_num_active,
    wp::float32 var_delta_time,
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def damp_velocities(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 13>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 14>
            continue;
        }
        // v = particle_v[tid]                                                                    <L 15>
        var_2 = wp::address(var_particle_v, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)                     <L 16>
        var_6 = wp::address(var_spring_damping, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_8, var_delta_time);
        var_9 = wp::sub(var_5, var_7);
        var_10 = wp::mul(var_3, var_9);
        wp::array_store(var_new_velocities, var_0, var_10);
    }
}



extern "C" __global__ void damp_velocities_8d4c4868_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v,
    wp::array_t<wp::float32> var_spring_damping,
    wp::int32 var_num_active,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v,
    wp::array_t<wp::float32> adj_spring_damping,
    wp::int32 adj_num_active,
    wp::float32 adj_delta_time,
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 1.0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def damp_velocities(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 13>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 14>
            goto label0;
        }
        // v = particle_v[tid]                                                                    <L 15>
        var_2 = wp::address(var_particle_v, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)                     <L 16>
        var_6 = wp::address(var_spring_damping, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::mul(var_8, var_delta_time);
        var_9 = wp::sub(var_5, var_7);
        var_10 = wp::mul(var_3, var_9);
        // wp::array_store(var_new_velocities, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_new_velocities, var_0, var_10, adj_new_velocities, adj_0, adj_10);
        wp::adj_mul(var_3, var_9, adj_3, adj_9, adj_10);
        wp::adj_sub(var_5, var_7, adj_5, adj_7, adj_9);
        wp::adj_mul(var_8, var_delta_time, adj_6, adj_delta_time, adj_7);
        wp::adj_address(var_spring_damping, var_0, adj_spring_damping, adj_0, adj_6);
        // adj: new_velocities[tid] = v * (1.0 - spring_damping[tid] * delta_time)                <L 16>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_v, var_0, adj_particle_v, adj_0, adj_2);
        // adj: v = particle_v[tid]                                                               <L 15>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        // adj: if tid >= num_active:                                                             <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def damp_velocities(                                                              <L 5>
        continue;
    }
}

