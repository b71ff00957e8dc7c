// Warp 1.19.0 cuda code for step_positions_bdbe8685.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void step_positions_7bf7141c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def step_positions(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // v = velocities[tid]                                                                    <L 12>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = positions[tid] + v * dt                                                            <L 13>
        var_4 = wp::address(var_positions, var_0);
        var_5 = wp::mul(var_2, var_dt);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // new_positions[tid] = p + v * dt                                                        <L 14>
        var_8 = wp::mul(var_2, var_dt);
        var_9 = wp::add(var_6, var_8);
        wp::array_store(var_new_positions, var_0, var_9);
}



extern "C" __global__ void step_positions_7bf7141c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::float32 adj_dt,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def step_positions(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // v = velocities[tid]                                                                    <L 12>
        var_1 = wp::address(var_velocities, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = positions[tid] + v * dt                                                            <L 13>
        var_4 = wp::address(var_positions, var_0);
        var_5 = wp::mul(var_2, var_dt);
        var_7 = wp::load(var_4);
        var_6 = wp::add(var_7, var_5);
        // new_positions[tid] = p + v * dt                                                        <L 14>
        var_8 = wp::mul(var_2, var_dt);
        var_9 = wp::add(var_6, var_8);
        // wp::array_store(var_new_positions, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_9, adj_new_positions, adj_0, adj_9);
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_8);
        // adj: new_positions[tid] = p + v * dt                                                   <L 14>
        wp::adj_add(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_mul(var_2, var_dt, adj_2, adj_dt, adj_5);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
        // adj: p = positions[tid] + v * dt                                                       <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_velocities, var_0, adj_velocities, adj_0, adj_1);
        // adj: v = velocities[tid]                                                               <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def step_positions(                                                               <L 5>
        return;
}

