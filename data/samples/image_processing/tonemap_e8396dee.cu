// Warp 1.19.0 cuda code for tonemap_e8396dee.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void tonemap_e883f8f7_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::float32 var_saturation,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst)
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
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        const wp::float32 var_33 = 1.0;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        const wp::float32 var_38 = 1.0;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        //---------
        // forward
        // def tonemap(image: wp.array2d[wp.vec3], saturation: float, dst: wp.array2d[wp.vec3]):       <L 5>
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
        // color = wp.vec3(lightness)                                                             <L 12>
        var_22 = wp::vec_t<3, wp::float32>(var_21);
        // saturated = wp.lerp(color, c, saturation)                                              <L 13>
        var_23 = wp::lerp(var_22, var_3, var_saturation);
        // rgb = saturated                                                                        <L 14>
        var_24 = wp::copy(var_23);
        // dst[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 15>
        var_26 = wp::extract(var_24, var_25);
        var_29 = wp::clamp(var_26, var_27, var_28);
        var_31 = wp::extract(var_24, var_30);
        var_34 = wp::clamp(var_31, var_32, var_33);
        var_36 = wp::extract(var_24, var_35);
        var_39 = wp::clamp(var_36, var_37, var_38);
        var_40 = wp::vec_t<3, wp::float32>(var_29, var_34, var_39);
        wp::array_store(var_dst, var_0, var_1, var_40);
}



extern "C" __global__ void tonemap_e883f8f7_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_image,
    wp::float32 var_saturation,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_image,
    wp::float32 adj_saturation,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst)
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
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        const wp::int32 var_25 = 0;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 1.0;
        wp::float32 var_29;
        const wp::int32 var_30 = 1;
        wp::float32 var_31;
        const wp::float32 var_32 = 0.0;
        const wp::float32 var_33 = 1.0;
        wp::float32 var_34;
        const wp::int32 var_35 = 2;
        wp::float32 var_36;
        const wp::float32 var_37 = 0.0;
        const wp::float32 var_38 = 1.0;
        wp::float32 var_39;
        wp::vec_t<3, wp::float32> var_40;
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
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::int32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::int32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::float32 adj_39 = {};
        wp::vec_t<3, wp::float32> adj_40 = {};
        //---------
        // forward
        // def tonemap(image: wp.array2d[wp.vec3], saturation: float, dst: wp.array2d[wp.vec3]):       <L 5>
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
        // color = wp.vec3(lightness)                                                             <L 12>
        var_22 = wp::vec_t<3, wp::float32>(var_21);
        // saturated = wp.lerp(color, c, saturation)                                              <L 13>
        var_23 = wp::lerp(var_22, var_3, var_saturation);
        // rgb = saturated                                                                        <L 14>
        var_24 = wp::copy(var_23);
        // dst[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 15>
        var_26 = wp::extract(var_24, var_25);
        var_29 = wp::clamp(var_26, var_27, var_28);
        var_31 = wp::extract(var_24, var_30);
        var_34 = wp::clamp(var_31, var_32, var_33);
        var_36 = wp::extract(var_24, var_35);
        var_39 = wp::clamp(var_36, var_37, var_38);
        var_40 = wp::vec_t<3, wp::float32>(var_29, var_34, var_39);
        // wp::array_store(var_dst, var_0, var_1, var_40);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_1, var_40, adj_dst, adj_0, adj_1, adj_40);
        wp::adj_vec_t(var_29, var_34, var_39, adj_29, adj_34, adj_39, adj_40);
        wp::adj_clamp(var_36, var_37, var_38, adj_36, adj_37, adj_38, adj_39);
        wp::adj_extract(var_24, var_35, adj_24, adj_35, adj_36);
        wp::adj_clamp(var_31, var_32, var_33, adj_31, adj_32, adj_33, adj_34);
        wp::adj_extract(var_24, var_30, adj_24, adj_30, adj_31);
        wp::adj_clamp(var_26, var_27, var_28, adj_26, adj_27, adj_28, adj_29);
        wp::adj_extract(var_24, var_25, adj_24, adj_25, adj_26);
        // adj: dst[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))  <L 15>
        wp::adj_copy(var_23, adj_23, adj_24);
        // adj: rgb = saturated                                                                   <L 14>
        wp::adj_lerp(var_22, var_3, var_saturation, adj_22, adj_3, adj_saturation, adj_23);
        // adj: saturated = wp.lerp(color, c, saturation)                                         <L 13>
        wp::adj_vec_t(var_21, adj_21, adj_22);
        // adj: color = wp.vec3(lightness)                                                        <L 12>
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
        // adj: def tonemap(image: wp.array2d[wp.vec3], saturation: float, dst: wp.array2d[wp.vec3]):  <L 5>
        return;
}

