// Warp 1.19.0 cuda code for compute_inverse_86a50a2c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compute_inverse_f565703d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_inv_rest_shapes,
    wp::array_t<wp::float32> var_J)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::float32 var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32>* var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        wp::mat_t<2, 2, wp::float32> var_6;
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // det = wp.determinant(deformation_gradients[tid])                                       <L 11>
        var_1 = wp::address(var_deformation_gradients, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // inv = wp.inverse(deformation_gradients[tid])                                           <L 13>
        var_4 = wp::address(var_deformation_gradients, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::inverse(var_6);
        // inv_rest_shapes[tid] = inv                                                             <L 14>
        wp::array_store(var_inv_rest_shapes, var_0, var_5);
        // J[tid] = det                                                                           <L 15>
        wp::array_store(var_J, var_0, var_2);
    }
}



extern "C" __global__ void compute_inverse_f565703d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_inv_rest_shapes,
    wp::array_t<wp::float32> var_J,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_deformation_gradients,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_inv_rest_shapes,
    wp::array_t<wp::float32> adj_J)
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
        wp::mat_t<2, 2, wp::float32>* var_1;
        wp::float32 var_2;
        wp::mat_t<2, 2, wp::float32> var_3;
        wp::mat_t<2, 2, wp::float32>* var_4;
        wp::mat_t<2, 2, wp::float32> var_5;
        wp::mat_t<2, 2, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<2, 2, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::mat_t<2, 2, wp::float32> adj_3 = {};
        wp::mat_t<2, 2, wp::float32> adj_4 = {};
        wp::mat_t<2, 2, wp::float32> adj_5 = {};
        wp::mat_t<2, 2, wp::float32> adj_6 = {};
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // det = wp.determinant(deformation_gradients[tid])                                       <L 11>
        var_1 = wp::address(var_deformation_gradients, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // inv = wp.inverse(deformation_gradients[tid])                                           <L 13>
        var_4 = wp::address(var_deformation_gradients, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::inverse(var_6);
        // inv_rest_shapes[tid] = inv                                                             <L 14>
        // wp::array_store(var_inv_rest_shapes, var_0, var_5);
        // J[tid] = det                                                                           <L 15>
        // wp::array_store(var_J, var_0, var_2);
        //---------
        // reverse
        wp::adj_array_store(var_J, var_0, var_2, adj_J, adj_0, adj_2);
        // adj: J[tid] = det                                                                      <L 15>
        wp::adj_array_store(var_inv_rest_shapes, var_0, var_5, adj_inv_rest_shapes, adj_0, adj_5);
        // adj: inv_rest_shapes[tid] = inv                                                        <L 14>
        wp::adj_inverse(var_6, var_5, adj_4, adj_5);
        wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_4);
        // adj: inv = wp.inverse(deformation_gradients[tid])                                      <L 13>
        wp::adj_determinant(var_3, adj_1, adj_2);
        wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
        // adj: det = wp.determinant(deformation_gradients[tid])                                  <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def compute_inverse(                                                              <L 5>
        continue;
    }
}

