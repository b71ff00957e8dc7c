// Warp 1.19.0 cuda code for stress_update_05b1785b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void stress_update_f233c963_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rhs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_mats,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_vecs)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // forward
        // def stress_update(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // a = mats[tid]                                                                          <L 7>
        var_1 = wp::address(var_mats, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b = rhs[tid]                                                                           <L 8>
        var_4 = wp::address(var_rhs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // m = a                                                                                  <L 9>
        var_7 = wp::copy(var_2);
        // out_mats[tid] = m                                                                      <L 10>
        wp::array_store(var_out_mats, var_0, var_7);
        // out_vecs[tid] = m * b                                                                  <L 11>
        var_8 = wp::mul(var_7, var_5);
        wp::array_store(var_out_vecs, var_0, var_8);
}



extern "C" __global__ void stress_update_f233c963_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_mats,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rhs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_out_mats,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out_vecs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_mats,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_rhs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_out_mats,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out_vecs)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def stress_update(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // a = mats[tid]                                                                          <L 7>
        var_1 = wp::address(var_mats, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // b = rhs[tid]                                                                           <L 8>
        var_4 = wp::address(var_rhs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // m = a                                                                                  <L 9>
        var_7 = wp::copy(var_2);
        // out_mats[tid] = m                                                                      <L 10>
        // wp::array_store(var_out_mats, var_0, var_7);
        // out_vecs[tid] = m * b                                                                  <L 11>
        var_8 = wp::mul(var_7, var_5);
        // wp::array_store(var_out_vecs, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out_vecs, var_0, var_8, adj_out_vecs, adj_0, adj_8);
        wp::adj_mul(var_7, var_5, adj_7, adj_5, adj_8);
        // adj: out_vecs[tid] = m * b                                                             <L 11>
        wp::adj_array_store(var_out_mats, var_0, var_7, adj_out_mats, adj_0, adj_7);
        // adj: out_mats[tid] = m                                                                 <L 10>
        wp::adj_copy(var_2, adj_2, adj_7);
        // adj: m = a                                                                             <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_rhs, var_0, adj_rhs, adj_0, adj_4);
        // adj: b = rhs[tid]                                                                      <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_mats, var_0, adj_mats, adj_0, adj_1);
        // adj: a = mats[tid]                                                                     <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def stress_update(mats: wp.array(dtype=wp.mat33), rhs: wp.array(dtype=wp.vec3), out_mats: wp.array(dtype=wp.mat33), out_vecs: wp.array(dtype=wp.vec3)):  <L 5>
        return;
}

