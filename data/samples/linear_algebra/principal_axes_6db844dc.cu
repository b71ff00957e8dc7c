// Warp 1.19.0 cuda code for principal_axes_6db844dc.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void principal_axes_ba0803c3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigenvalues,
    wp::array_t<wp::vec_t<3, wp::float32>> var_major_axes)
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
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        const wp::float32 var_6 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        bool var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        bool var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // forward
        // def principal_axes(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // F = deformation_gradients[tid]                                                         <L 11>
        var_1 = wp::address(var_deformation_gradients, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // C = wp.transpose(F) @ F                                                                <L 12>
        var_4 = wp::transpose(var_2);
        var_5 = wp::mul(var_4, var_2);
        // tensor = 0.5 * (C + wp.transpose(C))                                                   <L 14>
        var_7 = wp::transpose(var_5);
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::mul(var_6, var_8);
        // Q, d = wp.eig3(tensor)                                                                 <L 15>
        wp::eig3(var_9, var_10, var_11);
        // largest = int(0)                                                                       <L 16>
        var_13 = wp::int(var_12);
        // for k in range(1, 3):                                                                  <L 17>
        // if d[k] > d[largest]:                                                                  <L 18>
        var_15 = wp::extract(var_11, var_14);
        var_16 = wp::extract(var_11, var_13);
        var_17 = (var_15 > var_16);
        if (var_17) {
            // largest = k                                                                        <L 19>
            var_18 = wp::copy(var_14);
        }
        var_19 = wp::where(var_17, var_18, var_13);
        // if d[k] > d[largest]:                                                                  <L 18>
        var_21 = wp::extract(var_11, var_20);
        var_22 = wp::extract(var_11, var_19);
        var_23 = (var_21 > var_22);
        if (var_23) {
            // largest = k                                                                        <L 19>
            var_24 = wp::copy(var_20);
        }
        var_25 = wp::where(var_23, var_24, var_19);
        // eigenvalues[tid] = d                                                                   <L 20>
        wp::array_store(var_eigenvalues, var_0, var_11);
        // major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])                 <L 21>
        var_27 = wp::extract(var_10, var_26, var_25);
        var_29 = wp::extract(var_10, var_28, var_25);
        var_31 = wp::extract(var_10, var_30, var_25);
        var_32 = wp::vec_t<3, wp::float32>(var_27, var_29, var_31);
        wp::array_store(var_major_axes, var_0, var_32);
    }
}



extern "C" __global__ void principal_axes_ba0803c3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_deformation_gradients,
    wp::array_t<wp::vec_t<3, wp::float32>> var_eigenvalues,
    wp::array_t<wp::vec_t<3, wp::float32>> var_major_axes,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_deformation_gradients,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_eigenvalues,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_major_axes)
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
        wp::mat_t<3, 3, wp::float32> var_2;
        wp::mat_t<3, 3, wp::float32> var_3;
        wp::mat_t<3, 3, wp::float32> var_4;
        wp::mat_t<3, 3, wp::float32> var_5;
        const wp::float32 var_6 = 0.5;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::mat_t<3, 3, wp::float32> var_9;
        wp::mat_t<3, 3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        const wp::int32 var_14 = 1;
        wp::float32 var_15;
        wp::float32 var_16;
        bool var_17;
        wp::int32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        bool var_23;
        wp::int32 var_24;
        wp::int32 var_25;
        const wp::int32 var_26 = 0;
        wp::float32 var_27;
        const wp::int32 var_28 = 1;
        wp::float32 var_29;
        const wp::int32 var_30 = 2;
        wp::float32 var_31;
        wp::vec_t<3, wp::float32> var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::mat_t<3, 3, wp::float32> adj_1 = {};
        wp::mat_t<3, 3, wp::float32> adj_2 = {};
        wp::mat_t<3, 3, wp::float32> adj_3 = {};
        wp::mat_t<3, 3, wp::float32> adj_4 = {};
        wp::mat_t<3, 3, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::mat_t<3, 3, wp::float32> adj_7 = {};
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::mat_t<3, 3, wp::float32> adj_9 = {};
        wp::mat_t<3, 3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        bool adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        //---------
        // forward
        // def principal_axes(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // F = deformation_gradients[tid]                                                         <L 11>
        var_1 = wp::address(var_deformation_gradients, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // C = wp.transpose(F) @ F                                                                <L 12>
        var_4 = wp::transpose(var_2);
        var_5 = wp::mul(var_4, var_2);
        // tensor = 0.5 * (C + wp.transpose(C))                                                   <L 14>
        var_7 = wp::transpose(var_5);
        var_8 = wp::add(var_5, var_7);
        var_9 = wp::mul(var_6, var_8);
        // Q, d = wp.eig3(tensor)                                                                 <L 15>
        wp::eig3(var_9, var_10, var_11);
        // largest = int(0)                                                                       <L 16>
        var_13 = wp::int(var_12);
        // for k in range(1, 3):                                                                  <L 17>
        // if d[k] > d[largest]:                                                                  <L 18>
        var_15 = wp::extract(var_11, var_14);
        var_16 = wp::extract(var_11, var_13);
        var_17 = (var_15 > var_16);
        if (var_17) {
            // largest = k                                                                        <L 19>
            var_18 = wp::copy(var_14);
        }
        var_19 = wp::where(var_17, var_18, var_13);
        // if d[k] > d[largest]:                                                                  <L 18>
        var_21 = wp::extract(var_11, var_20);
        var_22 = wp::extract(var_11, var_19);
        var_23 = (var_21 > var_22);
        if (var_23) {
            // largest = k                                                                        <L 19>
            var_24 = wp::copy(var_20);
        }
        var_25 = wp::where(var_23, var_24, var_19);
        // eigenvalues[tid] = d                                                                   <L 20>
        // wp::array_store(var_eigenvalues, var_0, var_11);
        // major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])                 <L 21>
        var_27 = wp::extract(var_10, var_26, var_25);
        var_29 = wp::extract(var_10, var_28, var_25);
        var_31 = wp::extract(var_10, var_30, var_25);
        var_32 = wp::vec_t<3, wp::float32>(var_27, var_29, var_31);
        // wp::array_store(var_major_axes, var_0, var_32);
        //---------
        // reverse
        wp::adj_array_store(var_major_axes, var_0, var_32, adj_major_axes, adj_0, adj_32);
        wp::adj_vec_t(var_27, var_29, var_31, adj_27, adj_29, adj_31, adj_32);
        wp::adj_extract(var_10, var_30, var_25, adj_10, adj_30, adj_25, adj_31);
        wp::adj_extract(var_10, var_28, var_25, adj_10, adj_28, adj_25, adj_29);
        wp::adj_extract(var_10, var_26, var_25, adj_10, adj_26, adj_25, adj_27);
        // adj: major_axes[tid] = wp.vec3(Q[0, largest], Q[1, largest], Q[2, largest])            <L 21>
        wp::adj_array_store(var_eigenvalues, var_0, var_11, adj_eigenvalues, adj_0, adj_11);
        // adj: eigenvalues[tid] = d                                                              <L 20>
        wp::adj_where(var_23, var_24, var_19, adj_23, adj_24, adj_19, adj_25);
        if (var_23) {
            wp::adj_copy(var_20, adj_20, adj_24);
            // adj: largest = k                                                                   <L 19>
        }
        wp::adj_extract(var_11, var_19, adj_11, adj_19, adj_22);
        wp::adj_extract(var_11, var_20, adj_11, adj_20, adj_21);
        // adj: if d[k] > d[largest]:                                                             <L 18>
        wp::adj_where(var_17, var_18, var_13, adj_17, adj_18, adj_13, adj_19);
        if (var_17) {
            wp::adj_copy(var_14, adj_14, adj_18);
            // adj: largest = k                                                                   <L 19>
        }
        wp::adj_extract(var_11, var_13, adj_11, adj_13, adj_16);
        wp::adj_extract(var_11, var_14, adj_11, adj_14, adj_15);
        // adj: if d[k] > d[largest]:                                                             <L 18>
        // adj: for k in range(1, 3):                                                             <L 17>
        // adj: largest = int(0)                                                                  <L 16>
        wp::adj_eig3(var_9, var_10, var_11, adj_9, adj_10, adj_11);
        // adj: Q, d = wp.eig3(tensor)                                                            <L 15>
        wp::adj_mul(var_6, var_8, adj_6, adj_8, adj_9);
        wp::adj_add(var_5, var_7, adj_5, adj_7, adj_8);
        wp::adj_transpose(var_5, adj_5, adj_7);
        // adj: tensor = 0.5 * (C + wp.transpose(C))                                              <L 14>
        wp::adj_mul(var_4, var_2, adj_4, adj_2, adj_5);
        wp::adj_transpose(var_2, adj_2, adj_4);
        // adj: C = wp.transpose(F) @ F                                                           <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_deformation_gradients, var_0, adj_deformation_gradients, adj_0, adj_1);
        // adj: F = deformation_gradients[tid]                                                    <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def principal_axes(                                                               <L 5>
        continue;
    }
}

