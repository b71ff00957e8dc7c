// Warp 1.19.0 cuda code for jacobi_precondition_a92fce3d.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void jacobi_precondition_7b9a9ae3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lhs)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1e-06;
        bool var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 1e-06;
        bool var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 1e-06;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        //---------
        // forward
        // def jacobi_precondition(F: wp.array[wp.mat33], v: wp.array[wp.vec3], lhs: wp.array[wp.vec3]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // Fe = F[tid]                                                                            <L 8>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = v[tid]                                                                             <L 9>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.get_diag(wp.transpose(Fe) @ Fe)                                                 <L 10>
        var_7 = wp::transpose(var_2);
        var_8 = wp::mul(var_7, var_2);
        var_9 = wp::get_diag(var_8);
        // scaled = wp.vec3()                                                                     <L 11>
        var_10 = wp::vec_t<3, wp::float32>();
        // for k in range(3):                                                                     <L 12>
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 13>
        var_12 = wp::extract(var_9, var_11);
        var_13 = wp::abs(var_12);
        var_15 = (var_13 > var_14);
        if (var_15) {
            // scaled[k] = w[k] / d[k]                                                            <L 14>
            var_16 = wp::extract(var_5, var_11);
            var_17 = wp::extract(var_9, var_11);
            var_18 = wp::div(var_16, var_17);
            wp::assign_inplace(var_10, var_11, var_18);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 13>
        var_20 = wp::extract(var_9, var_19);
        var_21 = wp::abs(var_20);
        var_23 = (var_21 > var_22);
        if (var_23) {
            // scaled[k] = w[k] / d[k]                                                            <L 14>
            var_24 = wp::extract(var_5, var_19);
            var_25 = wp::extract(var_9, var_19);
            var_26 = wp::div(var_24, var_25);
            wp::assign_inplace(var_10, var_19, var_26);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 13>
        var_28 = wp::extract(var_9, var_27);
        var_29 = wp::abs(var_28);
        var_31 = (var_29 > var_30);
        if (var_31) {
            // scaled[k] = w[k] / d[k]                                                            <L 14>
            var_32 = wp::extract(var_5, var_27);
            var_33 = wp::extract(var_9, var_27);
            var_34 = wp::div(var_32, var_33);
            wp::assign_inplace(var_10, var_27, var_34);
        }
        // lhs[tid] = scaled                                                                      <L 15>
        wp::array_store(var_lhs, var_0, var_10);
    }
}



extern "C" __global__ void jacobi_precondition_7b9a9ae3_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_F,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> var_lhs,
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_F,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_lhs)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::mat_t<3, 3, wp::float32> var_7;
        wp::mat_t<3, 3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::int32 var_11 = 0;
        wp::float32 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = 1e-06;
        bool var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 1;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 1e-06;
        bool var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        const wp::int32 var_27 = 2;
        wp::float32 var_28;
        wp::float32 var_29;
        const wp::float32 var_30 = 1e-06;
        bool var_31;
        wp::float32 var_32;
        wp::float32 var_33;
        wp::float32 var_34;
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
        wp::mat_t<3, 3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        bool adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        //---------
        // forward
        // def jacobi_precondition(F: wp.array[wp.mat33], v: wp.array[wp.vec3], lhs: wp.array[wp.vec3]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // Fe = F[tid]                                                                            <L 8>
        var_1 = wp::address(var_F, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // w = v[tid]                                                                             <L 9>
        var_4 = wp::address(var_v, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // d = wp.get_diag(wp.transpose(Fe) @ Fe)                                                 <L 10>
        var_7 = wp::transpose(var_2);
        var_8 = wp::mul(var_7, var_2);
        var_9 = wp::get_diag(var_8);
        // scaled = wp.vec3()                                                                     <L 11>
        var_10 = wp::vec_t<3, wp::float32>();
        // for k in range(3):                                                                     <L 12>
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 13>
        var_12 = wp::extract(var_9, var_11);
        var_13 = wp::abs(var_12);
        var_15 = (var_13 > var_14);
        if (var_15) {
            // scaled[k] = w[k] / d[k]                                                            <L 14>
            var_16 = wp::extract(var_5, var_11);
            var_17 = wp::extract(var_9, var_11);
            var_18 = wp::div(var_16, var_17);
            wp::assign_inplace(var_10, var_11, var_18);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 13>
        var_20 = wp::extract(var_9, var_19);
        var_21 = wp::abs(var_20);
        var_23 = (var_21 > var_22);
        if (var_23) {
            // scaled[k] = w[k] / d[k]                                                            <L 14>
            var_24 = wp::extract(var_5, var_19);
            var_25 = wp::extract(var_9, var_19);
            var_26 = wp::div(var_24, var_25);
            wp::assign_inplace(var_10, var_19, var_26);
        }
        // if wp.abs(d[k]) > 1.0e-6:                                                              <L 13>
        var_28 = wp::extract(var_9, var_27);
        var_29 = wp::abs(var_28);
        var_31 = (var_29 > var_30);
        if (var_31) {
            // scaled[k] = w[k] / d[k]                                                            <L 14>
            var_32 = wp::extract(var_5, var_27);
            var_33 = wp::extract(var_9, var_27);
            var_34 = wp::div(var_32, var_33);
            wp::assign_inplace(var_10, var_27, var_34);
        }
        // lhs[tid] = scaled                                                                      <L 15>
        // wp::array_store(var_lhs, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_lhs, var_0, var_10, adj_lhs, adj_0, adj_10);
        // adj: lhs[tid] = scaled                                                                 <L 15>
        if (var_31) {
            wp::adj_assign_inplace(var_10, var_27, var_34, adj_10, adj_27, adj_34);
            wp::adj_div(var_32, var_33, var_34, adj_32, adj_33, adj_34);
            wp::adj_extract(var_9, var_27, adj_9, adj_27, adj_33);
            wp::adj_extract(var_5, var_27, adj_5, adj_27, adj_32);
            // adj: scaled[k] = w[k] / d[k]                                                       <L 14>
        }
        wp::adj_abs(var_28, adj_28, adj_29);
        wp::adj_extract(var_9, var_27, adj_9, adj_27, adj_28);
        // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 13>
        if (var_23) {
            wp::adj_assign_inplace(var_10, var_19, var_26, adj_10, adj_19, adj_26);
            wp::adj_div(var_24, var_25, var_26, adj_24, adj_25, adj_26);
            wp::adj_extract(var_9, var_19, adj_9, adj_19, adj_25);
            wp::adj_extract(var_5, var_19, adj_5, adj_19, adj_24);
            // adj: scaled[k] = w[k] / d[k]                                                       <L 14>
        }
        wp::adj_abs(var_20, adj_20, adj_21);
        wp::adj_extract(var_9, var_19, adj_9, adj_19, adj_20);
        // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 13>
        if (var_15) {
            wp::adj_assign_inplace(var_10, var_11, var_18, adj_10, adj_11, adj_18);
            wp::adj_div(var_16, var_17, var_18, adj_16, adj_17, adj_18);
            wp::adj_extract(var_9, var_11, adj_9, adj_11, adj_17);
            wp::adj_extract(var_5, var_11, adj_5, adj_11, adj_16);
            // adj: scaled[k] = w[k] / d[k]                                                       <L 14>
        }
        wp::adj_abs(var_12, adj_12, adj_13);
        wp::adj_extract(var_9, var_11, adj_9, adj_11, adj_12);
        // adj: if wp.abs(d[k]) > 1.0e-6:                                                         <L 13>
        // adj: for k in range(3):                                                                <L 12>
        // adj: scaled = wp.vec3()                                                                <L 11>
        wp::adj_get_diag(var_8, adj_8, adj_9);
        wp::adj_mul(var_7, var_2, adj_7, adj_2, adj_8);
        wp::adj_transpose(var_2, adj_2, adj_7);
        // adj: d = wp.get_diag(wp.transpose(Fe) @ Fe)                                            <L 10>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_4);
        // adj: w = v[tid]                                                                        <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_F, var_0, adj_F, adj_0, adj_1);
        // adj: Fe = F[tid]                                                                       <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def jacobi_precondition(F: wp.array[wp.mat33], v: wp.array[wp.vec3], lhs: wp.array[wp.vec3]):  <L 5>
        continue;
    }
}

