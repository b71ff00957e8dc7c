// Warp 1.19.0 cuda code for block_jacobi_step_a6cf49bd.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void block_jacobi_step_7b68fab1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covariances,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::float32 var_4 = 1e-06;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // forward
        // def block_jacobi_step(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // d = wp.get_diag(covariances[tid])                                                      <L 11>
        var_1 = wp::address(var_covariances, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::get_diag(var_3);
        // d = wp.max(d, wp.vec3(1.0e-6))                                                         <L 12>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        var_6 = wp::max(var_2, var_5);
        // u[tid] = wp.cw_div(b[tid], d)                                                          <L 13>
        var_7 = wp::address(var_b, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::cw_div(var_9, var_6);
        wp::array_store(var_u, var_0, var_8);
}



extern "C" __global__ void block_jacobi_step_7b68fab1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_covariances,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::vec_t<3, wp::float32>> var_u,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_covariances,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_u)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        const wp::float32 var_4 = 1e-06;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32>* var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        //---------
        // forward
        // def block_jacobi_step(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // d = wp.get_diag(covariances[tid])                                                      <L 11>
        var_1 = wp::address(var_covariances, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::get_diag(var_3);
        // d = wp.max(d, wp.vec3(1.0e-6))                                                         <L 12>
        var_5 = wp::vec_t<3, wp::float32>(var_4);
        var_6 = wp::max(var_2, var_5);
        // u[tid] = wp.cw_div(b[tid], d)                                                          <L 13>
        var_7 = wp::address(var_b, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::cw_div(var_9, var_6);
        // wp::array_store(var_u, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_u, var_0, var_8, adj_u, adj_0, adj_8);
        wp::adj_cw_div(var_9, var_6, var_8, adj_7, adj_6, adj_8);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_7);
        // adj: u[tid] = wp.cw_div(b[tid], d)                                                     <L 13>
        wp::adj_max(var_2, var_5, adj_2, adj_5, adj_6);
        wp::adj_vec_t(var_4, adj_4, adj_5);
        // adj: d = wp.max(d, wp.vec3(1.0e-6))                                                    <L 12>
        wp::adj_get_diag(var_3, adj_1, adj_2);
        wp::adj_address(var_covariances, var_0, adj_covariances, adj_0, adj_1);
        // adj: d = wp.get_diag(covariances[tid])                                                 <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def block_jacobi_step(                                                            <L 5>
        return;
}

