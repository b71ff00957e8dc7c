// Warp 1.19.0 cuda code for compute_inverse_6e847dfb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compute_inverse_a697ed9b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::int32 var_num_active,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_cofactors)
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
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::float32 var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 11>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 12>
            continue;
        }
        // F = deformation_gradients[tid]                                                         <L 13>
        var_2 = wp::address(var_deformation_gradients, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // det = wp.determinant(F)                                                                <L 14>
        var_5 = wp::determinant(var_3);
        // inv = wp.inverse(F)                                                                    <L 16>
        var_6 = wp::inverse(var_3);
        // cofactors[tid] = det * wp.transpose(inv)                                               <L 18>
        var_7 = wp::transpose(var_6);
        var_8 = wp::mul(var_5, var_7);
        wp::array_store(var_cofactors, var_0, var_8);
    }
}



extern "C" __global__ void compute_inverse_a697ed9b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::int32 var_num_active,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_cofactors,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients,
    wp::int32 adj_num_active,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_cofactors)
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
        wp::mat_t<3, 3, wp::float32>* var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::float32 var_5;
        wp::mat_t<3, 3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::mat_t<3, 3, wp::float32> adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 11>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 12>
            goto label0;
        }
        // F = deformation_gradients[tid]                                                         <L 13>
        var_2 = wp::address(var_deformation_gradients, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // det = wp.determinant(F)                                                                <L 14>
        var_5 = wp::determinant(var_3);
        // inv = wp.inverse(F)                                                                    <L 16>
        var_6 = wp::inverse(var_3);
        // cofactors[tid] = det * wp.transpose(inv)                                               <L 18>
        var_7 = wp::transpose(var_6);
        var_8 = wp::mul(var_5, var_7);
        // wp::array_store(var_cofactors, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_cofactors, var_0, var_8, adj_cofactors, adj_0, adj_8);
        wp::adj_mul(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_transpose(var_6, adj_6, adj_7);
        // adj: cofactors[tid] = det * wp.transpose(inv)                                          <L 18>
        wp::adj_inverse(var_3, var_6, adj_3, adj_6);
        // adj: inv = wp.inverse(F)                                                               <L 16>
        wp::adj_determinant(var_3, adj_3, adj_5);
        // adj: det = wp.determinant(F)                                                           <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_2);
        // adj: F = deformation_gradients[tid]                                                    <L 13>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 12>
        }
        // adj: if tid >= num_active:                                                             <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def compute_inverse(                                                              <L 5>
        continue;
    }
}

