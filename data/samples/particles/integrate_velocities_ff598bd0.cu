// Warp 1.19.0 cuda code for integrate_velocities_ff598bd0.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void integrate_velocities_21fa4162_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_velocities,
    wp::array_t<wp::float32> var_accelerations,
    wp::int32 var_active_count,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_velocities_out)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def integrate_velocities(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 13>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 14>
            continue;
        }
        // acc = accelerations[tid]                                                               <L 15>
        var_2 = wp::address(var_accelerations, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // delta = acc * delta_time                                                               <L 16>
        var_5 = wp::mul(var_3, var_delta_time);
        // velocities_out[tid] = velocities[tid] + delta                                          <L 17>
        var_6 = wp::address(var_velocities, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::add(var_8, var_5);
        wp::array_store(var_velocities_out, var_0, var_7);
    }
}



extern "C" __global__ void integrate_velocities_21fa4162_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_velocities,
    wp::array_t<wp::float32> var_accelerations,
    wp::int32 var_active_count,
    wp::float32 var_delta_time,
    wp::array_t<wp::float32> var_velocities_out,
    wp::array_t<wp::float32> adj_velocities,
    wp::array_t<wp::float32> adj_accelerations,
    wp::int32 adj_active_count,
    wp::float32 adj_delta_time,
    wp::array_t<wp::float32> adj_velocities_out)
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
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def integrate_velocities(                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 13>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 14>
            goto label0;
        }
        // acc = accelerations[tid]                                                               <L 15>
        var_2 = wp::address(var_accelerations, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // delta = acc * delta_time                                                               <L 16>
        var_5 = wp::mul(var_3, var_delta_time);
        // velocities_out[tid] = velocities[tid] + delta                                          <L 17>
        var_6 = wp::address(var_velocities, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::add(var_8, var_5);
        // wp::array_store(var_velocities_out, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_velocities_out, var_0, var_7, adj_velocities_out, adj_0, adj_7);
        wp::adj_add(var_8, var_5, adj_6, adj_5, adj_7);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_6);
        // adj: velocities_out[tid] = velocities[tid] + delta                                     <L 17>
        wp::adj_mul(var_3, var_delta_time, adj_3, adj_delta_time, adj_5);
        // adj: delta = acc * delta_time                                                          <L 16>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_accelerations, var_0, adj_accelerations, adj_0, adj_2);
        // adj: acc = accelerations[tid]                                                          <L 15>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        // adj: if tid >= active_count:                                                           <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def integrate_velocities(                                                         <L 5>
        continue;
    }
}

