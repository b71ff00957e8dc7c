// Warp 1.19.0 cuda code for extract_highlights_63a4e71b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void extract_highlights_6fef5003_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::float32 var_cutoff)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.2126;
        const wp::float32 var_6 = 0.7152;
        const wp::float32 var_7 = 0.0722;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.008856;
        bool var_13;
        const wp::float32 var_14 = 1.16;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.16;
        wp::float32 var_18;
        const wp::float32 var_19 = 9.033;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 2.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 4.0;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0001;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0001;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        //---------
        // forward
        // def extract_highlights(image: wp.array2d[wp.vec3], cutoff: float):                     <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                         <L 8>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        var_11 = wp::max(var_9, var_10);
        // lightness = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)       <L 9>
        var_13 = (var_11 > var_12);
        var_15 = wp::cbrt(var_11);
        var_16 = wp::mul(var_14, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_20 = wp::mul(var_19, var_11);
        var_21 = wp::where(var_13, var_18, var_20);
        // knee = 0.5 * cutoff                                                                    <L 10>
        var_23 = wp::mul(var_22, var_cutoff);
        // soft = wp.clamp(lightness - cutoff + knee, 0.0, 2.0 * knee)                            <L 11>
        var_24 = wp::sub(var_21, var_cutoff);
        var_25 = wp::add(var_24, var_23);
        var_28 = wp::mul(var_27, var_23);
        var_29 = wp::clamp(var_25, var_26, var_28);
        // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 12>
        var_30 = wp::mul(var_29, var_29);
        var_32 = wp::mul(var_31, var_23);
        var_34 = wp::add(var_32, var_33);
        var_35 = wp::div(var_30, var_34);
        // contribution = wp.max(soft, lightness - cutoff) / wp.max(lightness, 1.0e-4)            <L 13>
        var_36 = wp::sub(var_21, var_cutoff);
        var_37 = wp::max(var_35, var_36);
        var_39 = wp::max(var_21, var_38);
        var_40 = wp::div(var_37, var_39);
        // image[i, j] = c * contribution                                                         <L 14>
        var_41 = wp::mul(var_3, var_40);
        wp::array_store(var_image, var_0, var_1, var_41);
}



extern "C" __global__ void extract_highlights_6fef5003_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::float32 var_cutoff,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image,
    wp::float32 adj_cutoff)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.2126;
        const wp::float32 var_6 = 0.7152;
        const wp::float32 var_7 = 0.0722;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 0.008856;
        bool var_13;
        const wp::float32 var_14 = 1.16;
        wp::float32 var_15;
        wp::float32 var_16;
        const wp::float32 var_17 = 0.16;
        wp::float32 var_18;
        const wp::float32 var_19 = 9.033;
        wp::float32 var_20;
        wp::float32 var_21;
        const wp::float32 var_22 = 0.5;
        wp::float32 var_23;
        wp::float32 var_24;
        wp::float32 var_25;
        const wp::float32 var_26 = 0.0;
        const wp::float32 var_27 = 2.0;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        const wp::float32 var_31 = 4.0;
        wp::float32 var_32;
        const wp::float32 var_33 = 0.0001;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        const wp::float32 var_38 = 0.0001;
        wp::float32 var_39;
        wp::float32 var_40;
        wp::vec_t<3, wp::float32> var_41;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        //---------
        // forward
        // def extract_highlights(image: wp.array2d[wp.vec3], cutoff: float):                     <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                         <L 8>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        var_11 = wp::max(var_9, var_10);
        // lightness = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)       <L 9>
        var_13 = (var_11 > var_12);
        var_15 = wp::cbrt(var_11);
        var_16 = wp::mul(var_14, var_15);
        var_18 = wp::sub(var_16, var_17);
        var_20 = wp::mul(var_19, var_11);
        var_21 = wp::where(var_13, var_18, var_20);
        // knee = 0.5 * cutoff                                                                    <L 10>
        var_23 = wp::mul(var_22, var_cutoff);
        // soft = wp.clamp(lightness - cutoff + knee, 0.0, 2.0 * knee)                            <L 11>
        var_24 = wp::sub(var_21, var_cutoff);
        var_25 = wp::add(var_24, var_23);
        var_28 = wp::mul(var_27, var_23);
        var_29 = wp::clamp(var_25, var_26, var_28);
        // soft = soft * soft / (4.0 * knee + 1.0e-4)                                             <L 12>
        var_30 = wp::mul(var_29, var_29);
        var_32 = wp::mul(var_31, var_23);
        var_34 = wp::add(var_32, var_33);
        var_35 = wp::div(var_30, var_34);
        // contribution = wp.max(soft, lightness - cutoff) / wp.max(lightness, 1.0e-4)            <L 13>
        var_36 = wp::sub(var_21, var_cutoff);
        var_37 = wp::max(var_35, var_36);
        var_39 = wp::max(var_21, var_38);
        var_40 = wp::div(var_37, var_39);
        // image[i, j] = c * contribution                                                         <L 14>
        var_41 = wp::mul(var_3, var_40);
        // wp::array_store(var_image, var_0, var_1, var_41);
        //---------
        // reverse
        wp::adj_array_store(var_image, var_0, var_1, var_41, adj_image, adj_0, adj_1, adj_41);
        wp::adj_mul(var_3, var_40, adj_3, adj_40, adj_41);
        // adj: image[i, j] = c * contribution                                                    <L 14>
        wp::adj_div(var_37, var_39, var_40, adj_37, adj_39, adj_40);
        wp::adj_max(var_21, var_38, adj_21, adj_38, adj_39);
        wp::adj_max(var_35, var_36, adj_35, adj_36, adj_37);
        wp::adj_sub(var_21, var_cutoff, adj_21, adj_cutoff, adj_36);
        // adj: contribution = wp.max(soft, lightness - cutoff) / wp.max(lightness, 1.0e-4)       <L 13>
        wp::adj_div(var_30, var_34, var_35, adj_30, adj_34, adj_35);
        wp::adj_add(var_32, var_33, adj_32, adj_33, adj_34);
        wp::adj_mul(var_31, var_23, adj_31, adj_23, adj_32);
        wp::adj_mul(var_29, var_29, adj_29, adj_29, adj_30);
        // adj: soft = soft * soft / (4.0 * knee + 1.0e-4)                                        <L 12>
        wp::adj_clamp(var_25, var_26, var_28, adj_25, adj_26, adj_28, adj_29);
        wp::adj_mul(var_27, var_23, adj_27, adj_23, adj_28);
        wp::adj_add(var_24, var_23, adj_24, adj_23, adj_25);
        wp::adj_sub(var_21, var_cutoff, adj_21, adj_cutoff, adj_24);
        // adj: soft = wp.clamp(lightness - cutoff + knee, 0.0, 2.0 * knee)                       <L 11>
        wp::adj_mul(var_22, var_cutoff, adj_22, adj_cutoff, adj_23);
        // adj: knee = 0.5 * cutoff                                                               <L 10>
        wp::adj_where(var_13, var_18, var_20, adj_13, adj_18, adj_20, adj_21);
        wp::adj_mul(var_19, var_11, adj_19, adj_11, adj_20);
        wp::adj_sub(var_16, var_17, adj_16, adj_17, adj_18);
        wp::adj_mul(var_14, var_15, adj_14, adj_15, adj_16);
        wp::adj_cbrt(var_11, var_15, adj_11, adj_15);
        // adj: lightness = wp.where(luma > 0.008856, 1.16 * wp.cbrt(luma) - 0.16, 9.033 * luma)  <L 9>
        wp::adj_max(var_9, var_10, adj_9, adj_10, adj_11);
        wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: luma = wp.max(wp.dot(c, wp.vec3(0.2126, 0.7152, 0.0722)), 0.0)                    <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: c = image[i, j]                                                                   <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def extract_highlights(image: wp.array2d[wp.vec3], cutoff: float):                <L 5>
        return;
}

