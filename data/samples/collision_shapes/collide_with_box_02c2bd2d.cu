// Warp 1.19.0 cuda code for collide_with_box_02c2bd2d.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// collide_with_box.py:4
static CUDA_CALLABLE void box_contact_0(
    wp::vec_t<3, wp::float32> var_p_local,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-06;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // forward
    // def box_contact(p_local: wp.vec3, half_extents: wp.vec3):                              <L 5>
    // closest = wp.vec3(                                                                     <L 6>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 7>
    var_1 = wp::extract(var_p_local, var_0);
    var_3 = wp::extract(var_half_extents, var_2);
    var_4 = wp::neg(var_3);
    var_6 = wp::extract(var_half_extents, var_5);
    var_7 = wp::clamp(var_1, var_4, var_6);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 8>
    var_9 = wp::extract(var_p_local, var_8);
    var_11 = wp::extract(var_half_extents, var_10);
    var_12 = wp::neg(var_11);
    var_14 = wp::extract(var_half_extents, var_13);
    var_15 = wp::clamp(var_9, var_12, var_14);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 9>
    var_17 = wp::extract(var_p_local, var_16);
    var_19 = wp::extract(var_half_extents, var_18);
    var_20 = wp::neg(var_19);
    var_22 = wp::extract(var_half_extents, var_21);
    var_23 = wp::clamp(var_17, var_20, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_7, var_15, var_23);
    // delta = p_local - closest                                                              <L 11>
    var_25 = wp::sub(var_p_local, var_24);
    // dist = wp.length(delta)                                                                <L 12>
    var_26 = wp::length(var_25);
    // return delta / wp.max(dist, 1.0e-6), dist                                              <L 13>
    var_28 = wp::max(var_26, var_27);
    var_29 = wp::div(var_25, var_28);
    ret_0 = var_29;
    ret_1 = var_26;
    return;
}


// collide_with_box.py:4
static CUDA_CALLABLE void adj_box_contact_0(
    wp::vec_t<3, wp::float32> var_p_local,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> & ret_0,
    wp::float32 & ret_1,
    wp::vec_t<3, wp::float32> & adj_p_local,
    wp::vec_t<3, wp::float32> & adj_half_extents,
    wp::vec_t<3, wp::float32> & adj_ret_0,
    wp::float32 & adj_ret_1)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32 var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 2;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    wp::float32 var_20;
    const wp::int32 var_21 = 2;
    wp::float32 var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 1e-06;
    wp::float32 var_28;
    wp::vec_t<3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def box_contact(p_local: wp.vec3, half_extents: wp.vec3):                              <L 5>
    // closest = wp.vec3(                                                                     <L 6>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 7>
    var_1 = wp::extract(var_p_local, var_0);
    var_3 = wp::extract(var_half_extents, var_2);
    var_4 = wp::neg(var_3);
    var_6 = wp::extract(var_half_extents, var_5);
    var_7 = wp::clamp(var_1, var_4, var_6);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 8>
    var_9 = wp::extract(var_p_local, var_8);
    var_11 = wp::extract(var_half_extents, var_10);
    var_12 = wp::neg(var_11);
    var_14 = wp::extract(var_half_extents, var_13);
    var_15 = wp::clamp(var_9, var_12, var_14);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 9>
    var_17 = wp::extract(var_p_local, var_16);
    var_19 = wp::extract(var_half_extents, var_18);
    var_20 = wp::neg(var_19);
    var_22 = wp::extract(var_half_extents, var_21);
    var_23 = wp::clamp(var_17, var_20, var_22);
    var_24 = wp::vec_t<3, wp::float32>(var_7, var_15, var_23);
    // delta = p_local - closest                                                              <L 11>
    var_25 = wp::sub(var_p_local, var_24);
    // dist = wp.length(delta)                                                                <L 12>
    var_26 = wp::length(var_25);
    // return delta / wp.max(dist, 1.0e-6), dist                                              <L 13>
    var_28 = wp::max(var_26, var_27);
    var_29 = wp::div(var_25, var_28);
    ret_0 = var_29;
    ret_1 = var_26;
    goto label0;
    //---------
    // reverse
    label0:;
    adj_26 += adj_ret_1;
    adj_29 += adj_ret_0;
    wp::adj_div(var_25, var_28, adj_25, adj_28, adj_29);
    wp::adj_max(var_26, var_27, adj_26, adj_27, adj_28);
    // adj: return delta / wp.max(dist, 1.0e-6), dist                                         <L 13>
    wp::adj_length(var_25, var_26, adj_25, adj_26);
    // adj: dist = wp.length(delta)                                                           <L 12>
    wp::adj_sub(var_p_local, var_24, adj_p_local, adj_24, adj_25);
    // adj: delta = p_local - closest                                                         <L 11>
    wp::adj_vec_t(var_7, var_15, var_23, adj_7, adj_15, adj_23, adj_24);
    wp::adj_clamp(var_17, var_20, var_22, adj_17, adj_20, adj_22, adj_23);
    wp::adj_extract(var_half_extents, var_21, adj_half_extents, adj_21, adj_22);
    wp::adj_neg(var_19, adj_19, adj_20);
    wp::adj_extract(var_half_extents, var_18, adj_half_extents, adj_18, adj_19);
    wp::adj_extract(var_p_local, var_16, adj_p_local, adj_16, adj_17);
    // adj: wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                          <L 9>
    wp::adj_clamp(var_9, var_12, var_14, adj_9, adj_12, adj_14, adj_15);
    wp::adj_extract(var_half_extents, var_13, adj_half_extents, adj_13, adj_14);
    wp::adj_neg(var_11, adj_11, adj_12);
    wp::adj_extract(var_half_extents, var_10, adj_half_extents, adj_10, adj_11);
    wp::adj_extract(var_p_local, var_8, adj_p_local, adj_8, adj_9);
    // adj: wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                          <L 8>
    wp::adj_clamp(var_1, var_4, var_6, adj_1, adj_4, adj_6, adj_7);
    wp::adj_extract(var_half_extents, var_5, adj_half_extents, adj_5, adj_6);
    wp::adj_neg(var_3, adj_3, adj_4);
    wp::adj_extract(var_half_extents, var_2, adj_half_extents, adj_2, adj_3);
    wp::adj_extract(var_p_local, var_0, adj_p_local, adj_0, adj_1);
    // adj: wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                          <L 7>
    // adj: closest = wp.vec3(                                                                <L 6>
    // adj: def box_contact(p_local: wp.vec3, half_extents: wp.vec3):                         <L 5>
    return;
}



extern "C" __global__ void collide_with_box_7d085b04_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> var_box_size,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out,
    wp::array_t<wp::float32> var_penetration)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::transform_t<wp::float32>* var_5;
        wp::transform_t<wp::float32> var_6;
        wp::transform_t<wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::transform_t<wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::vec_t<3, wp::float32> var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // forward
        // def collide_with_box(                                                                  <L 17>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 27>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 28>
            continue;
        }
        // X_wb = transforms[tid]                                                                 <L 29>
        var_5 = wp::address(var_transforms, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p = x[tid]                                                                             <L 30>
        var_8 = wp::address(var_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // r = radii[tid]                                                                         <L 31>
        var_11 = wp::address(var_radii, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p_local = wp.transform_point(wp.transform_inverse(X_wb), p)                            <L 32>
        var_14 = wp::transform_inverse(var_6);
        var_15 = wp::transform_point(var_14, var_9);
        // n_local, dist = box_contact(p_local, box_size)                                         <L 33>
        box_contact_0(var_15, var_box_size, var_16, var_17);
        // depth = r - dist                                                                       <L 34>
        var_18 = wp::sub(var_12, var_17);
        // n = wp.vec3(0.0)                                                                       <L 35>
        var_20 = wp::vec_t<3, wp::float32>(var_19);
        // if depth > 0.0:                                                                        <L 36>
        var_22 = (var_18 > var_21);
        if (var_22) {
            // n = wp.transform_vector(X_wb, n_local)                                             <L 37>
            var_23 = wp::transform_vector(var_6, var_16);
        }
        if (!var_22) {
            // depth = 0.0                                                                        <L 39>
        }
        var_25 = wp::where(var_22, var_18, var_24);
        var_26 = wp::where(var_22, var_23, var_20);
        // normals_out[tid] = n                                                                   <L 40>
        wp::array_store(var_normals_out, var_0, var_26);
        // penetration[tid] = depth                                                               <L 41>
        wp::array_store(var_penetration, var_0, var_25);
    }
}



extern "C" __global__ void collide_with_box_7d085b04_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> var_box_size,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> adj_num_active,
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_radii,
    wp::vec_t<3, wp::float32> adj_box_size,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out,
    wp::array_t<wp::float32> adj_penetration)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::transform_t<wp::float32>* var_5;
        wp::transform_t<wp::float32> var_6;
        wp::transform_t<wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::float32* var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::transform_t<wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.0;
        wp::vec_t<3, wp::float32> var_20;
        const wp::float32 var_21 = 0.0;
        bool var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 0.0;
        wp::float32 var_25;
        wp::vec_t<3, wp::float32> var_26;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::transform_t<wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::transform_t<wp::float32> adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        bool adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        //---------
        // forward
        // def collide_with_box(                                                                  <L 17>
        // tid = wp.tid()                                                                         <L 26>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 27>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 28>
            goto label0;
        }
        // X_wb = transforms[tid]                                                                 <L 29>
        var_5 = wp::address(var_transforms, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // p = x[tid]                                                                             <L 30>
        var_8 = wp::address(var_x, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // r = radii[tid]                                                                         <L 31>
        var_11 = wp::address(var_radii, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // p_local = wp.transform_point(wp.transform_inverse(X_wb), p)                            <L 32>
        var_14 = wp::transform_inverse(var_6);
        var_15 = wp::transform_point(var_14, var_9);
        // n_local, dist = box_contact(p_local, box_size)                                         <L 33>
        box_contact_0(var_15, var_box_size, var_16, var_17);
        // depth = r - dist                                                                       <L 34>
        var_18 = wp::sub(var_12, var_17);
        // n = wp.vec3(0.0)                                                                       <L 35>
        var_20 = wp::vec_t<3, wp::float32>(var_19);
        // if depth > 0.0:                                                                        <L 36>
        var_22 = (var_18 > var_21);
        if (var_22) {
            // n = wp.transform_vector(X_wb, n_local)                                             <L 37>
            var_23 = wp::transform_vector(var_6, var_16);
        }
        if (!var_22) {
            // depth = 0.0                                                                        <L 39>
        }
        var_25 = wp::where(var_22, var_18, var_24);
        var_26 = wp::where(var_22, var_23, var_20);
        // normals_out[tid] = n                                                                   <L 40>
        // wp::array_store(var_normals_out, var_0, var_26);
        // penetration[tid] = depth                                                               <L 41>
        // wp::array_store(var_penetration, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_penetration, var_0, var_25, adj_penetration, adj_0, adj_25);
        // adj: penetration[tid] = depth                                                          <L 41>
        wp::adj_array_store(var_normals_out, var_0, var_26, adj_normals_out, adj_0, adj_26);
        // adj: normals_out[tid] = n                                                              <L 40>
        wp::adj_where(var_22, var_23, var_20, adj_22, adj_23, adj_20, adj_26);
        wp::adj_where(var_22, var_18, var_24, adj_22, adj_18, adj_24, adj_25);
        if (!var_22) {
            // adj: depth = 0.0                                                                   <L 39>
        }
        if (var_22) {
            wp::adj_transform_vector(var_6, var_16, adj_6, adj_16, adj_23);
            // adj: n = wp.transform_vector(X_wb, n_local)                                        <L 37>
        }
        // adj: if depth > 0.0:                                                                   <L 36>
        wp::adj_vec_t(var_19, adj_19, adj_20);
        // adj: n = wp.vec3(0.0)                                                                  <L 35>
        wp::adj_sub(var_12, var_17, adj_12, adj_17, adj_18);
        // adj: depth = r - dist                                                                  <L 34>
        adj_box_contact_0(var_15, var_box_size, var_16, var_17, adj_15, adj_box_size, adj_16, adj_17);
        // adj: n_local, dist = box_contact(p_local, box_size)                                    <L 33>
        wp::adj_transform_point(var_14, var_9, adj_14, adj_9, adj_15);
        wp::adj_transform_inverse(var_6, adj_6, adj_14);
        // adj: p_local = wp.transform_point(wp.transform_inverse(X_wb), p)                       <L 32>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_11);
        // adj: r = radii[tid]                                                                    <L 31>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_8);
        // adj: p = x[tid]                                                                        <L 30>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_transforms, var_0, adj_transforms, adj_0, adj_5);
        // adj: X_wb = transforms[tid]                                                            <L 29>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 28>
        }
        wp::adj_address(var_num_active, var_1, adj_num_active, adj_1, adj_2);
        // adj: if tid >= num_active[0]:                                                          <L 27>
        // adj: tid = wp.tid()                                                                    <L 26>
        // adj: def collide_with_box(                                                             <L 17>
        continue;
    }
}

