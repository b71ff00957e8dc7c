// Warp 1.19.0 cuda code for batched_inverse_d37540ee.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void batched_inverse_ae74d83c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::float32 var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1e-08;
        bool var_6;
        wp::mat_t<3, 3, wp::float32>* var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::int32 var_10 = 3;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        //---------
        // forward
        // def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):             <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // det = wp.determinant(F[tid])                                                           <L 7>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))       <L 9>
        var_4 = wp::abs(var_2);
        var_6 = (var_4 > var_5);
        var_7 = wp::address(var_F, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::inverse(var_9);
        var_11 = wp::identity<3, wp::float32>();
        var_12 = wp::where(var_6, var_8, var_11);
        // cofactors[tid] = det * wp.transpose(inv)                                               <L 11>
        var_13 = wp::transpose(var_12);
        var_14 = wp::mul(var_2, var_13);
        wp::array_store(var_cofactors, var_0, var_14);
    }
}



extern "C" __global__ void batched_inverse_ae74d83c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_cofactors,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
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
        wp::mat_t<3, 3, wp::float32>* var_1;
        wp::float32 var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 1e-08;
        bool var_6;
        wp::mat_t<3, 3, wp::float32>* var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::int32 var_10 = 3;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        wp::mat_t<3, 3, wp::float32> var_13;
        wp::mat_t<3, 3, wp::float32> var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        wp::mat_t<3, 3, wp::float32> adj_13 = {};
        wp::mat_t<3, 3, wp::float32> adj_14 = {};
        //---------
        // forward
        // def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):             <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // det = wp.determinant(F[tid])                                                           <L 7>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::determinant(var_3);
        // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))       <L 9>
        var_4 = wp::abs(var_2);
        var_6 = (var_4 > var_5);
        var_7 = wp::address(var_F, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::inverse(var_9);
        var_11 = wp::identity<3, wp::float32>();
        var_12 = wp::where(var_6, var_8, var_11);
        // cofactors[tid] = det * wp.transpose(inv)                                               <L 11>
        var_13 = wp::transpose(var_12);
        var_14 = wp::mul(var_2, var_13);
        // wp::array_store(var_cofactors, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_cofactors, var_0, var_14, adj_cofactors, adj_0, adj_14);
        wp::adj_mul(var_2, var_13, adj_2, adj_13, adj_14);
        wp::adj_transpose(var_12, adj_12, adj_13);
        // adj: cofactors[tid] = det * wp.transpose(inv)                                          <L 11>
        wp::adj_where(var_6, var_8, var_11, adj_6, adj_8, adj_11, adj_12);
        wp::adj_inverse(var_9, var_8, adj_7, adj_8);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_7);
        wp::adj_abs(var_2, adj_2, adj_4);
        // adj: inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(F[tid]), wp.identity(n=3, dtype=float))  <L 9>
        wp::adj_determinant(var_3, adj_1, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: det = wp.determinant(F[tid])                                                      <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def batched_inverse(F: wp.array[wp.mat33], cofactors: wp.array[wp.mat33]):        <L 5>
        continue;
    }
}

