// Warp 1.19.0 cuda code for compute_inverse_4e531638.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void compute_inverse_74354d7b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rest_inv,
    wp::int32 var_active_count)
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
        wp::float32 var_6;
        const wp::float32 var_7 = 1e-08;
        bool var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::int32 var_10 = 3;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 12>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 13>
            continue;
        }
        // Fe = deformation_gradients[tid]                                                        <L 14>
        var_2 = wp::address(var_deformation_gradients, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // det = wp.determinant(Fe)                                                               <L 15>
        var_5 = wp::determinant(var_3);
        // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(Fe), wp.identity(n=3, dtype=float))       <L 16>
        var_6 = wp::abs(var_5);
        var_8 = (var_6 > var_7);
        var_9 = wp::inverse(var_3);
        var_11 = wp::identity<3, wp::float32>();
        var_12 = wp::where(var_8, var_9, var_11);
        // rest_inv[tid] = inv                                                                    <L 17>
        wp::array_store(var_rest_inv, var_0, var_12);
    }
}



extern "C" __global__ void compute_inverse_74354d7b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rest_inv,
    wp::int32 var_active_count,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rest_inv,
    wp::int32 adj_active_count)
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
        wp::float32 var_6;
        const wp::float32 var_7 = 1e-08;
        bool var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        const wp::int32 var_10 = 3;
        wp::mat_t<3, 3, wp::float32> var_11;
        wp::mat_t<3, 3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        bool adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::mat_t<3, 3, wp::float32> adj_11 = {};
        wp::mat_t<3, 3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def compute_inverse(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= active_count:                                                                <L 12>
        var_1 = (var_0 >= var_active_count);
        if (var_1) {
            // return                                                                             <L 13>
            goto label0;
        }
        // Fe = deformation_gradients[tid]                                                        <L 14>
        var_2 = wp::address(var_deformation_gradients, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // det = wp.determinant(Fe)                                                               <L 15>
        var_5 = wp::determinant(var_3);
        // inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(Fe), wp.identity(n=3, dtype=float))       <L 16>
        var_6 = wp::abs(var_5);
        var_8 = (var_6 > var_7);
        var_9 = wp::inverse(var_3);
        var_11 = wp::identity<3, wp::float32>();
        var_12 = wp::where(var_8, var_9, var_11);
        // rest_inv[tid] = inv                                                                    <L 17>
        // wp::array_store(var_rest_inv, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_rest_inv, var_0, var_12, adj_rest_inv, adj_0, adj_12);
        // adj: rest_inv[tid] = inv                                                               <L 17>
        wp::adj_where(var_8, var_9, var_11, adj_8, adj_9, adj_11, adj_12);
        wp::adj_inverse(var_3, var_9, adj_3, adj_9);
        wp::adj_abs(var_5, adj_5, adj_6);
        // adj: inv = wp.where(wp.abs(det) > 1.0e-8, wp.inverse(Fe), wp.identity(n=3, dtype=float))  <L 16>
        wp::adj_determinant(var_3, adj_3, adj_5);
        // adj: det = wp.determinant(Fe)                                                          <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_2);
        // adj: Fe = deformation_gradients[tid]                                                   <L 14>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        // adj: if tid >= active_count:                                                           <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def compute_inverse(                                                              <L 5>
        continue;
    }
}

