// Warp 1.19.0 cuda code for kick_3a4cc91c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void kick_7cf8b17e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::float32 var_delta_time)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def kick(                                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // w = inv_mass[tid]                                                                      <L 13>
        var_1 = wp::address(var_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // delta = forces[tid] * w * delta_time                                                   <L 14>
        var_4 = wp::address(var_forces, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_2);
        var_7 = wp::mul(var_5, var_delta_time);
        // v_out[tid] = v[tid] + delta                                                            <L 15>
        var_8 = wp::address(var_v, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_10, var_7);
        wp::array_store(var_v_out, var_0, var_9);
}



extern "C" __global__ void kick_7cf8b17e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces,
    wp::array_t<wp::float32> var_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v_out,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces,
    wp::array_t<wp::float32> adj_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v_out,
    wp::float32 adj_delta_time)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def kick(                                                                              <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // w = inv_mass[tid]                                                                      <L 13>
        var_1 = wp::address(var_inv_mass, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // delta = forces[tid] * w * delta_time                                                   <L 14>
        var_4 = wp::address(var_forces, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_6, var_2);
        var_7 = wp::mul(var_5, var_delta_time);
        // v_out[tid] = v[tid] + delta                                                            <L 15>
        var_8 = wp::address(var_v, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::add(var_10, var_7);
        // wp::array_store(var_v_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_v_out, var_0, var_9, adj_v_out, adj_0, adj_9);
        wp::adj_add(var_10, var_7, adj_8, adj_7, adj_9);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_8);
        // adj: v_out[tid] = v[tid] + delta                                                       <L 15>
        wp::adj_mul(var_5, var_delta_time, adj_5, adj_delta_time, adj_7);
        wp::adj_mul(var_6, var_2, adj_4, adj_2, adj_5);
        wp::adj_address(var_forces, var_0, adj_forces, adj_0, adj_4);
        // adj: delta = forces[tid] * w * delta_time                                              <L 14>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inv_mass, var_0, adj_inv_mass, adj_0, adj_1);
        // adj: w = inv_mass[tid]                                                                 <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def kick(                                                                         <L 5>
        return;
}

