// Warp 1.19.0 cuda code for accelerate_880b7772.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accelerate_22a62092_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_mass,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def accelerate(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // force = forces[tid]                                                                    <L 14>
        var_1 = wp::address(var_forces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = force * (1.0 / mass)                                                               <L 15>
        var_5 = wp::div(var_4, var_mass);
        var_6 = wp::mul(var_2, var_5);
        // v_out[tid] = velocities[tid] + delta_time * a                                          <L 16>
        var_7 = wp::address(var_velocities, var_0);
        var_8 = wp::mul(var_delta_time, var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        wp::array_store(var_v_out, var_0, var_9);
}



extern "C" __global__ void accelerate_22a62092_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::float32 var_mass,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::float32 adj_mass,
    wp::float32 adj_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 1.0;
        wp::float32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def accelerate(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // force = forces[tid]                                                                    <L 14>
        var_1 = wp::address(var_forces, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // a = force * (1.0 / mass)                                                               <L 15>
        var_5 = wp::div(var_4, var_mass);
        var_6 = wp::mul(var_2, var_5);
        // v_out[tid] = velocities[tid] + delta_time * a                                          <L 16>
        var_7 = wp::address(var_velocities, var_0);
        var_8 = wp::mul(var_delta_time, var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::add(var_10, var_8);
        // wp::array_store(var_v_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_v_out, var_0, var_9, adj_v_out, adj_0, adj_9);
        wp::adj_add(var_10, var_8, adj_7, adj_8, adj_9);
        wp::adj_mul(var_delta_time, var_6, adj_delta_time, adj_6, adj_8);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_7);
        // adj: v_out[tid] = velocities[tid] + delta_time * a                                     <L 16>
        wp::adj_mul(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_div(var_4, var_mass, var_5, adj_4, adj_mass, adj_5);
        // adj: a = force * (1.0 / mass)                                                          <L 15>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_1);
        // adj: force = forces[tid]                                                               <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def accelerate(                                                                   <L 5>
        return;
}

