// Warp 1.19.0 cuda code for composite_d4ca43ad.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// composite.py:59
static CUDA_CALLABLE wp::vec_t<3, wp::float32> reinhard_tonemap_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_lum)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def reinhard_tonemap(c: wp.vec3, lum: float):                                          <L 60>
    // return c / (1.0 + wp.max(lum, 0.0))                                                    <L 61>
    var_2 = wp::max(var_lum, var_1);
    var_3 = wp::add(var_0, var_2);
    var_4 = wp::div(var_c, var_3);
    return var_4;
}


// composite.py:59
static CUDA_CALLABLE void adj_reinhard_tonemap_0(
    wp::vec_t<3, wp::float32> var_c,
    wp::float32 var_lum,
    wp::vec_t<3, wp::float32> & adj_c,
    wp::float32 & adj_lum,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    const wp::float32 var_1 = 0.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def reinhard_tonemap(c: wp.vec3, lum: float):                                          <L 60>
    // return c / (1.0 + wp.max(lum, 0.0))                                                    <L 61>
    var_2 = wp::max(var_lum, var_1);
    var_3 = wp::add(var_0, var_2);
    var_4 = wp::div(var_c, var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_div(var_c, var_3, adj_c, adj_3, adj_4);
    wp::adj_add(var_0, var_2, adj_0, adj_2, adj_3);
    wp::adj_max(var_lum, var_1, adj_lum, adj_1, adj_2);
    // adj: return c / (1.0 + wp.max(lum, 0.0))                                               <L 61>
    // adj: def reinhard_tonemap(c: wp.vec3, lum: float):                                     <L 60>
    return;
}



extern "C" __global__ void apply_grading_08099dce_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_color,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.299;
        const wp::float32 var_6 = 0.587;
        const wp::float32 var_7 = 0.114;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        //---------
        // forward
        // def apply_grading(color: wp.array2d[wp.vec3], result: wp.array2d[wp.vec3]):            <L 65>
        // i, j = wp.tid()                                                                        <L 66>
        builtin_tid2d(var_0, var_1);
        // c = color[i, j]                                                                        <L 67>
        var_2 = wp::address(var_color, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                          <L 70>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        // mapped = reinhard_tonemap(c, lum)                                                      <L 71>
        var_10 = reinhard_tonemap_0(var_3, var_9);
        // rgb = mapped                                                                           <L 72>
        var_11 = wp::copy(var_10);
        // result[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 73>
        var_13 = wp::extract(var_11, var_12);
        var_16 = wp::clamp(var_13, var_14, var_15);
        var_18 = wp::extract(var_11, var_17);
        var_21 = wp::clamp(var_18, var_19, var_20);
        var_23 = wp::extract(var_11, var_22);
        var_26 = wp::clamp(var_23, var_24, var_25);
        var_27 = wp::vec_t<3, wp::float32>(var_16, var_21, var_26);
        wp::array_store(var_result, var_0, var_1, var_27);
    }
}



extern "C" __global__ void apply_grading_08099dce_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_color,
    wp::array_t<wp::vec_t<3, wp::float32>> var_result,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_result)
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
        wp::int32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.299;
        const wp::float32 var_6 = 0.587;
        const wp::float32 var_7 = 0.114;
        wp::vec_t<3, wp::float32> var_8;
        wp::float32 var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        const wp::float32 var_14 = 0.0;
        const wp::float32 var_15 = 1.0;
        wp::float32 var_16;
        const wp::int32 var_17 = 1;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        const wp::float32 var_20 = 1.0;
        wp::float32 var_21;
        const wp::int32 var_22 = 2;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        const wp::float32 var_25 = 1.0;
        wp::float32 var_26;
        wp::vec_t<3, wp::float32> var_27;
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
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        //---------
        // forward
        // def apply_grading(color: wp.array2d[wp.vec3], result: wp.array2d[wp.vec3]):            <L 65>
        // i, j = wp.tid()                                                                        <L 66>
        builtin_tid2d(var_0, var_1);
        // c = color[i, j]                                                                        <L 67>
        var_2 = wp::address(var_color, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                          <L 70>
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::dot(var_3, var_8);
        // mapped = reinhard_tonemap(c, lum)                                                      <L 71>
        var_10 = reinhard_tonemap_0(var_3, var_9);
        // rgb = mapped                                                                           <L 72>
        var_11 = wp::copy(var_10);
        // result[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))       <L 73>
        var_13 = wp::extract(var_11, var_12);
        var_16 = wp::clamp(var_13, var_14, var_15);
        var_18 = wp::extract(var_11, var_17);
        var_21 = wp::clamp(var_18, var_19, var_20);
        var_23 = wp::extract(var_11, var_22);
        var_26 = wp::clamp(var_23, var_24, var_25);
        var_27 = wp::vec_t<3, wp::float32>(var_16, var_21, var_26);
        // wp::array_store(var_result, var_0, var_1, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_result, var_0, var_1, var_27, adj_result, adj_0, adj_1, adj_27);
        wp::adj_vec_t(var_16, var_21, var_26, adj_16, adj_21, adj_26, adj_27);
        wp::adj_clamp(var_23, var_24, var_25, adj_23, adj_24, adj_25, adj_26);
        wp::adj_extract(var_11, var_22, adj_11, adj_22, adj_23);
        wp::adj_clamp(var_18, var_19, var_20, adj_18, adj_19, adj_20, adj_21);
        wp::adj_extract(var_11, var_17, adj_11, adj_17, adj_18);
        wp::adj_clamp(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
        wp::adj_extract(var_11, var_12, adj_11, adj_12, adj_13);
        // adj: result[i, j] = wp.vec3(wp.clamp(rgb[0], 0.0, 1.0), wp.clamp(rgb[1], 0.0, 1.0), wp.clamp(rgb[2], 0.0, 1.0))  <L 73>
        wp::adj_copy(var_10, adj_10, adj_11);
        // adj: rgb = mapped                                                                      <L 72>
        adj_reinhard_tonemap_0(var_3, var_9, adj_3, adj_9, adj_10);
        // adj: mapped = reinhard_tonemap(c, lum)                                                 <L 71>
        wp::adj_dot(var_3, var_8, adj_3, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: lum = wp.dot(c, wp.vec3(0.299, 0.587, 0.114))                                     <L 70>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_color, var_0, var_1, adj_color, adj_0, adj_1, adj_2);
        // adj: c = color[i, j]                                                                   <L 67>
        // adj: i, j = wp.tid()                                                                   <L 66>
        // adj: def apply_grading(color: wp.array2d[wp.vec3], result: wp.array2d[wp.vec3]):       <L 65>
        continue;
    }
}



extern "C" __global__ void highlight_mask_256bda33_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_color,
    wp::array_t<wp::float32> var_mask)
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
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 1;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::float32 var_7 = 0.2126;
        const wp::float32 var_8 = 0.7152;
        const wp::float32 var_9 = 0.0722;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 0.5;
        bool var_14;
        const wp::float32 var_15 = 1.0;
        const wp::float32 var_16 = 0.5;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.5;
        wp::float32 var_20;
        //---------
        // forward
        // def highlight_mask(                                                                    <L 44>
        // i, j = wp.tid()                                                                        <L 49>
        builtin_tid2d(var_0, var_1);
        // if particle_flags[i, j] != 1:                                                          <L 50>
        var_2 = wp::address(var_particle_flags, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // return                                                                             <L 51>
            continue;
        }
        // luma = wp.dot(color[i, j], wp.vec3(0.2126, 0.7152, 0.0722))                            <L 52>
        var_6 = wp::address(var_color, var_0, var_1);
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        var_12 = wp::load(var_6);
        var_11 = wp::dot(var_12, var_10);
        // if luma >= 0.5:                                                                        <L 53>
        var_14 = (var_11 >= var_13);
        if (var_14) {
            // mask[i, j] = 1.0                                                                   <L 54>
            wp::array_store(var_mask, var_0, var_1, var_15);
        }
        if (!var_14) {
            // mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)                                   <L 56>
            var_18 = wp::mul(var_16, var_17);
            var_20 = wp::smoothstep(var_18, var_19, var_11);
            wp::array_store(var_mask, var_0, var_1, var_20);
        }
    }
}



extern "C" __global__ void highlight_mask_256bda33_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_color,
    wp::array_t<wp::float32> var_mask,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_color,
    wp::array_t<wp::float32> adj_mask)
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
        wp::int32 var_1;
        wp::int32* var_2;
        const wp::int32 var_3 = 1;
        bool var_4;
        wp::int32 var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::float32 var_7 = 0.2126;
        const wp::float32 var_8 = 0.7152;
        const wp::float32 var_9 = 0.0722;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32> var_12;
        const wp::float32 var_13 = 0.5;
        bool var_14;
        const wp::float32 var_15 = 1.0;
        const wp::float32 var_16 = 0.5;
        const wp::float32 var_17 = 0.5;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.5;
        wp::float32 var_20;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        //---------
        // forward
        // def highlight_mask(                                                                    <L 44>
        // i, j = wp.tid()                                                                        <L 49>
        builtin_tid2d(var_0, var_1);
        // if particle_flags[i, j] != 1:                                                          <L 50>
        var_2 = wp::address(var_particle_flags, var_0, var_1);
        var_5 = wp::load(var_2);
        var_4 = (var_5 != var_3);
        if (var_4) {
            // return                                                                             <L 51>
            goto label0;
        }
        // luma = wp.dot(color[i, j], wp.vec3(0.2126, 0.7152, 0.0722))                            <L 52>
        var_6 = wp::address(var_color, var_0, var_1);
        var_10 = wp::vec_t<3, wp::float32>(var_7, var_8, var_9);
        var_12 = wp::load(var_6);
        var_11 = wp::dot(var_12, var_10);
        // if luma >= 0.5:                                                                        <L 53>
        var_14 = (var_11 >= var_13);
        if (var_14) {
            // mask[i, j] = 1.0                                                                   <L 54>
            // wp::array_store(var_mask, var_0, var_1, var_15);
        }
        if (!var_14) {
            // mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)                                   <L 56>
            var_18 = wp::mul(var_16, var_17);
            var_20 = wp::smoothstep(var_18, var_19, var_11);
            // wp::array_store(var_mask, var_0, var_1, var_20);
        }
        //---------
        // reverse
        if (!var_14) {
            wp::adj_array_store(var_mask, var_0, var_1, var_20, adj_mask, adj_0, adj_1, adj_20);
            wp::adj_smoothstep(var_18, var_19, var_11, adj_18, adj_19, adj_11, adj_20);
            wp::adj_mul(var_16, var_17, adj_16, adj_17, adj_18);
            // adj: mask[i, j] = wp.smoothstep(0.5 * 0.5, 0.5, luma)                              <L 56>
        }
        if (var_14) {
            wp::adj_array_store(var_mask, var_0, var_1, var_15, adj_mask, adj_0, adj_1, adj_15);
            // adj: mask[i, j] = 1.0                                                              <L 54>
        }
        // adj: if luma >= 0.5:                                                                   <L 53>
        wp::adj_dot(var_12, var_10, adj_6, adj_10, adj_11);
        wp::adj_vec_t(var_7, var_8, var_9, adj_7, adj_8, adj_9, adj_10);
        wp::adj_address(var_color, var_0, var_1, adj_color, adj_0, adj_1, adj_6);
        // adj: luma = wp.dot(color[i, j], wp.vec3(0.2126, 0.7152, 0.0722))                       <L 52>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 51>
        }
        wp::adj_address(var_particle_flags, var_0, var_1, adj_particle_flags, adj_0, adj_1, adj_2);
        // adj: if particle_flags[i, j] != 1:                                                     <L 50>
        // adj: i, j = wp.tid()                                                                   <L 49>
        // adj: def highlight_mask(                                                               <L 44>
        continue;
    }
}



extern "C" __global__ void image_difference_c2d64194_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_other,
    wp::array_t<wp::float32> var_image)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def image_difference(other: wp.array2d[float], image: wp.array2d[float]):              <L 13>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 15>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c_b = other[i, j]                                                                      <L 16>
        var_5 = wp::address(var_other, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // image[i, j] = c - c_b                                                                  <L 17>
        var_8 = wp::sub(var_3, var_6);
        wp::array_store(var_image, var_0, var_1, var_8);
    }
}



extern "C" __global__ void image_difference_c2d64194_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_other,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> adj_other,
    wp::array_t<wp::float32> adj_image)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def image_difference(other: wp.array2d[float], image: wp.array2d[float]):              <L 13>
        // i, j = wp.tid()                                                                        <L 14>
        builtin_tid2d(var_0, var_1);
        // c = image[i, j]                                                                        <L 15>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c_b = other[i, j]                                                                      <L 16>
        var_5 = wp::address(var_other, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // image[i, j] = c - c_b                                                                  <L 17>
        var_8 = wp::sub(var_3, var_6);
        // wp::array_store(var_image, var_0, var_1, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_image, var_0, var_1, var_8, adj_image, adj_0, adj_1, adj_8);
        wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_8);
        // adj: image[i, j] = c - c_b                                                             <L 17>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_other, var_0, var_1, adj_other, adj_0, adj_1, adj_5);
        // adj: c_b = other[i, j]                                                                 <L 16>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: c = image[i, j]                                                                   <L 15>
        // adj: i, j = wp.tid()                                                                   <L 14>
        // adj: def image_difference(other: wp.array2d[float], image: wp.array2d[float]):         <L 13>
        continue;
    }
}



extern "C" __global__ void blur_pass_e0c21301_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pixels,
    wp::array_t<wp::float32> var_kernel_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_blurred)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::vec_t<4, wp::float32> var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<4, wp::float32>* var_37;
        wp::vec_t<4, wp::float32> var_38;
        wp::vec_t<4, wp::float32> var_39;
        wp::vec_t<4, wp::float32> var_40;
        //---------
        // forward
        // def blur_pass(                                                                         <L 21>
        // i, j = wp.tid()                                                                        <L 28>
        builtin_tid2d(var_0, var_1);
        // inv_m = body_inv_mass[i, j]                                                            <L 29>
        var_2 = wp::address(var_body_inv_mass, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if inv_m == 0.0:                                                                       <L 31>
        var_6 = (var_3 == var_5);
        if (var_6) {
            // return                                                                             <L 32>
            continue;
        }
        // radius = (kernel_weights.shape[0] - 1) // 2                                            <L 33>
        var_7 = &(var_kernel_weights.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_12 = wp::sub(var_9, var_11);
        var_14 = wp::floordiv(var_12, var_13);
        // total = wp.vec4(0.0)                                                                   <L 34>
        var_16 = wp::vec_t<4, wp::float32>(var_15);
        // for k in range(2 * radius + 1):                                                        <L 35>
        var_18 = wp::mul(var_17, var_14);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::range(var_20);
        start_for_1:;
            if (iter_cmp(var_21) == 0) goto end_for_1;
            var_22 = wp::iter_next(var_21);
            // offset = k - radius                                                                <L 36>
            var_23 = wp::sub(var_22, var_14);
            // x = wp.clamp(i + offset, 0, pixels.shape[0] - 1)                                   <L 37>
            var_24 = wp::add(var_0, var_23);
            var_26 = &(var_pixels.shape);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            var_31 = wp::sub(var_28, var_30);
            var_32 = wp::clamp(var_24, var_25, var_31);
            // w = kernel_weights[offset + radius]                                                <L 38>
            var_33 = wp::add(var_23, var_14);
            var_34 = wp::address(var_kernel_weights, var_33);
            var_36 = wp::load(var_34);
            var_35 = wp::copy(var_36);
            // total += pixels[x, j] * w                                                          <L 39>
            var_37 = wp::address(var_pixels, var_32, var_1);
            var_39 = wp::load(var_37);
            var_38 = wp::mul(var_39, var_35);
            var_40 = wp::add(var_16, var_38);
            wp::assign(var_16, var_40);
            goto start_for_1;
        end_for_1:;
        // blurred[i, j] = total                                                                  <L 40>
        wp::array_store(var_blurred, var_0, var_1, var_16);
    }
}



extern "C" __global__ void blur_pass_e0c21301_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<4, wp::float32>> var_pixels,
    wp::array_t<wp::float32> var_kernel_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> var_blurred,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_pixels,
    wp::array_t<wp::float32> adj_kernel_weights,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_blurred)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        const wp::int32 var_11 = 1;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::int32 var_14;
        const wp::float32 var_15 = 0.0;
        wp::vec_t<4, wp::float32> var_16;
        const wp::int32 var_17 = 2;
        wp::int32 var_18;
        const wp::int32 var_19 = 1;
        wp::int32 var_20;
        wp::range_t var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        const wp::int32 var_25 = 0;
        wp::shape_t* var_26;
        const wp::int32 var_27 = 0;
        wp::int32 var_28;
        wp::shape_t var_29;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::vec_t<4, wp::float32>* var_37;
        wp::vec_t<4, wp::float32> var_38;
        wp::vec_t<4, wp::float32> var_39;
        wp::vec_t<4, wp::float32> var_40;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<4, wp::float32> adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::range_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::shape_t adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::shape_t adj_29 = {};
        wp::int32 adj_30 = {};
        wp::int32 adj_31 = {};
        wp::int32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::vec_t<4, wp::float32> adj_37 = {};
        wp::vec_t<4, wp::float32> adj_38 = {};
        wp::vec_t<4, wp::float32> adj_39 = {};
        wp::vec_t<4, wp::float32> adj_40 = {};
        //---------
        // forward
        // def blur_pass(                                                                         <L 21>
        // i, j = wp.tid()                                                                        <L 28>
        builtin_tid2d(var_0, var_1);
        // inv_m = body_inv_mass[i, j]                                                            <L 29>
        var_2 = wp::address(var_body_inv_mass, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // if inv_m == 0.0:                                                                       <L 31>
        var_6 = (var_3 == var_5);
        if (var_6) {
            // return                                                                             <L 32>
            goto label0;
        }
        // radius = (kernel_weights.shape[0] - 1) // 2                                            <L 33>
        var_7 = &(var_kernel_weights.shape);
        var_10 = wp::load(var_7);
        var_9 = wp::extract(var_10, var_8);
        var_12 = wp::sub(var_9, var_11);
        var_14 = wp::floordiv(var_12, var_13);
        // total = wp.vec4(0.0)                                                                   <L 34>
        var_16 = wp::vec_t<4, wp::float32>(var_15);
        // for k in range(2 * radius + 1):                                                        <L 35>
        var_18 = wp::mul(var_17, var_14);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::range(var_20);
        // blurred[i, j] = total                                                                  <L 40>
        // wp::array_store(var_blurred, var_0, var_1, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_blurred, var_0, var_1, var_16, adj_blurred, adj_0, adj_1, adj_16);
        // adj: blurred[i, j] = total                                                             <L 40>
        var_21 = wp::iter_reverse(var_21);
        start_for_1:;
            if (iter_cmp(var_21) == 0) goto end_for_1;
            var_22 = wp::iter_next(var_21);
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
        	adj_26 = {};
        	adj_27 = {};
        	adj_28 = {};
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
            // offset = k - radius                                                                <L 36>
            var_23 = wp::sub(var_22, var_14);
            // x = wp.clamp(i + offset, 0, pixels.shape[0] - 1)                                   <L 37>
            var_24 = wp::add(var_0, var_23);
            var_26 = &(var_pixels.shape);
            var_29 = wp::load(var_26);
            var_28 = wp::extract(var_29, var_27);
            var_31 = wp::sub(var_28, var_30);
            var_32 = wp::clamp(var_24, var_25, var_31);
            // w = kernel_weights[offset + radius]                                                <L 38>
            var_33 = wp::add(var_23, var_14);
            var_34 = wp::address(var_kernel_weights, var_33);
            var_36 = wp::load(var_34);
            var_35 = wp::copy(var_36);
            // total += pixels[x, j] * w                                                          <L 39>
            var_37 = wp::address(var_pixels, var_32, var_1);
            var_39 = wp::load(var_37);
            var_38 = wp::mul(var_39, var_35);
            var_40 = wp::add(var_16, var_38);
            wp::assign(var_16, var_40);
            wp::adj_assign(var_16, var_40, adj_16, adj_40);
            wp::adj_add(var_16, var_38, adj_16, adj_38, adj_40);
            wp::adj_mul(var_39, var_35, adj_37, adj_35, adj_38);
            wp::adj_address(var_pixels, var_32, var_1, adj_pixels, adj_32, adj_1, adj_37);
            // adj: total += pixels[x, j] * w                                                     <L 39>
            wp::adj_copy(var_36, adj_34, adj_35);
            wp::adj_address(var_kernel_weights, var_33, adj_kernel_weights, adj_33, adj_34);
            wp::adj_add(var_23, var_14, adj_23, adj_14, adj_33);
            // adj: w = kernel_weights[offset + radius]                                           <L 38>
            wp::adj_clamp(var_24, var_25, var_31, adj_24, adj_25, adj_31, adj_32);
            wp::adj_sub(var_28, var_30, adj_28, adj_30, adj_31);
            adj_pixels.shape = adj_26;
            wp::adj_add(var_0, var_23, adj_0, adj_23, adj_24);
            // adj: x = wp.clamp(i + offset, 0, pixels.shape[0] - 1)                              <L 37>
            wp::adj_sub(var_22, var_14, adj_22, adj_14, adj_23);
            // adj: offset = k - radius                                                           <L 36>
        	goto start_for_1;
        end_for_1:;
        wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_mul(var_17, var_14, adj_17, adj_14, adj_18);
        // adj: for k in range(2 * radius + 1):                                                   <L 35>
        wp::adj_vec_t(var_15, adj_15, adj_16);
        // adj: total = wp.vec4(0.0)                                                              <L 34>
        wp::adj_sub(var_9, var_11, adj_9, adj_11, adj_12);
        adj_kernel_weights.shape = adj_7;
        // adj: radius = (kernel_weights.shape[0] - 1) // 2                                       <L 33>
        if (var_6) {
            label0:;
            // adj: return                                                                        <L 32>
        }
        // adj: if inv_m == 0.0:                                                                  <L 31>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_body_inv_mass, var_0, var_1, adj_body_inv_mass, adj_0, adj_1, adj_2);
        // adj: inv_m = body_inv_mass[i, j]                                                       <L 29>
        // adj: i, j = wp.tid()                                                                   <L 28>
        // adj: def blur_pass(                                                                    <L 21>
        continue;
    }
}



extern "C" __global__ void composite_ee242e58_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_other,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_image)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def composite(other: wp.array2d[float], weights: wp.array2d[float], image: wp.array2d[float]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // px = image[i, j]                                                                       <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c_b = other[i, j]                                                                      <L 8>
        var_5 = wp::address(var_other, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // image[i, j] = c_b + (px - c_b) * weights[i, j]                                         <L 9>
        var_8 = wp::sub(var_3, var_6);
        var_9 = wp::address(var_weights, var_0, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_8, var_11);
        var_12 = wp::add(var_6, var_10);
        wp::array_store(var_image, var_0, var_1, var_12);
    }
}



extern "C" __global__ void composite_ee242e58_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_other,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_image,
    wp::array_t<wp::float32> adj_other,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_image)
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
        wp::int32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def composite(other: wp.array2d[float], weights: wp.array2d[float], image: wp.array2d[float]):       <L 5>
        // i, j = wp.tid()                                                                        <L 6>
        builtin_tid2d(var_0, var_1);
        // px = image[i, j]                                                                       <L 7>
        var_2 = wp::address(var_image, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // c_b = other[i, j]                                                                      <L 8>
        var_5 = wp::address(var_other, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // image[i, j] = c_b + (px - c_b) * weights[i, j]                                         <L 9>
        var_8 = wp::sub(var_3, var_6);
        var_9 = wp::address(var_weights, var_0, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::mul(var_8, var_11);
        var_12 = wp::add(var_6, var_10);
        // wp::array_store(var_image, var_0, var_1, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_image, var_0, var_1, var_12, adj_image, adj_0, adj_1, adj_12);
        wp::adj_add(var_6, var_10, adj_6, adj_10, adj_12);
        wp::adj_mul(var_8, var_11, adj_8, adj_9, adj_10);
        wp::adj_address(var_weights, var_0, var_1, adj_weights, adj_0, adj_1, adj_9);
        wp::adj_sub(var_3, var_6, adj_3, adj_6, adj_8);
        // adj: image[i, j] = c_b + (px - c_b) * weights[i, j]                                    <L 9>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_other, var_0, var_1, adj_other, adj_0, adj_1, adj_5);
        // adj: c_b = other[i, j]                                                                 <L 8>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_image, var_0, var_1, adj_image, adj_0, adj_1, adj_2);
        // adj: px = image[i, j]                                                                  <L 7>
        // adj: i, j = wp.tid()                                                                   <L 6>
        // adj: def composite(other: wp.array2d[float], weights: wp.array2d[float], image: wp.array2d[float]):  <L 5>
        continue;
    }
}

