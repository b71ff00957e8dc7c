// Warp 1.19.0 cuda code for detect_overlap_44bde0a7.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// detect_overlap.py:4
static CUDA_CALLABLE wp::float32 sdf_capsule_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def sdf_capsule(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    return var_9;
}


// detect_overlap.py:4
static CUDA_CALLABLE void adj_sdf_capsule_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::float32 var_radius,
    wp::float32 var_half_height,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::float32 & adj_radius,
    wp::float32 & adj_half_height,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def sdf_capsule(p: wp.vec3, radius: float, half_height: float):                        <L 5>
    // axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)              <L 7>
    var_2 = wp::extract(var_p, var_1);
    var_3 = wp::neg(var_half_height);
    var_4 = wp::clamp(var_2, var_3, var_half_height);
    var_6 = wp::vec_t<3, wp::float32>(var_0, var_4, var_5);
    // return wp.length(p - axis_point) - radius                                              <L 8>
    var_7 = wp::sub(var_p, var_6);
    var_8 = wp::length(var_7);
    var_9 = wp::sub(var_8, var_radius);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_sub(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_length(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_p, var_6, adj_p, adj_6, adj_7);
    // adj: return wp.length(p - axis_point) - radius                                         <L 8>
    wp::adj_vec_t(var_0, var_4, var_5, adj_0, adj_4, adj_5, adj_6);
    wp::adj_clamp(var_2, var_3, var_half_height, adj_2, adj_3, adj_half_height, adj_4);
    wp::adj_neg(var_half_height, adj_half_height, adj_3);
    wp::adj_extract(var_p, var_1, adj_p, adj_1, adj_2);
    // adj: axis_point = wp.vec3(0.0, wp.clamp(p[1], -half_height, half_height), 0.0)         <L 7>
    // adj: def sdf_capsule(p: wp.vec3, radius: float, half_height: float):                   <L 5>
    return;
}



extern "C" __global__ void detect_overlap_1b82fd7e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points,
    wp::array_t<wp::float32> var_half_heights,
    wp::float32 var_radius,
    wp::float32 var_thickness,
    wp::array_t<wp::float32> var_contact_depth,
    wp::array_t<wp::int32> var_num_contacts)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        //---------
        // forward
        // def detect_overlap(                                                                    <L 12>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 22>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 23>
            continue;
        }
        // p_local = local_points[tid]                                                            <L 24>
        var_5 = wp::address(var_local_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // hh = half_heights[tid]                                                                 <L 25>
        var_8 = wp::address(var_half_heights, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // depth = thickness - sdf_capsule(p_local, radius, hh)                                   <L 26>
        var_11 = sdf_capsule_0(var_6, var_radius, var_9);
        var_12 = wp::sub(var_thickness, var_11);
        // if depth > 0.0:                                                                        <L 27>
        var_14 = (var_12 > var_13);
        if (var_14) {
            // wp.atomic_add(num_contacts, 0, 1)                                                  <L 28>
            var_17 = wp::atomic_add(var_num_contacts, var_15, var_16);
        }
        if (!var_14) {
            // depth = 0.0                                                                        <L 30>
        }
        var_19 = wp::where(var_14, var_12, var_18);
        // contact_depth[tid] = depth                                                             <L 31>
        wp::array_store(var_contact_depth, var_0, var_19);
    }
}



extern "C" __global__ void detect_overlap_1b82fd7e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_local_points,
    wp::array_t<wp::float32> var_half_heights,
    wp::float32 var_radius,
    wp::float32 var_thickness,
    wp::array_t<wp::float32> var_contact_depth,
    wp::array_t<wp::int32> var_num_contacts,
    wp::array_t<wp::int32> adj_num_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_local_points,
    wp::array_t<wp::float32> adj_half_heights,
    wp::float32 adj_radius,
    wp::float32 adj_thickness,
    wp::array_t<wp::float32> adj_contact_depth,
    wp::array_t<wp::int32> adj_num_contacts)
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
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        bool var_14;
        const wp::int32 var_15 = 0;
        const wp::int32 var_16 = 1;
        wp::int32 var_17;
        const wp::float32 var_18 = 0.0;
        wp::float32 var_19;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        //---------
        // forward
        // def detect_overlap(                                                                    <L 12>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // if tid >= num_active[0]:                                                               <L 22>
        var_2 = wp::address(var_num_active, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 23>
            goto label0;
        }
        // p_local = local_points[tid]                                                            <L 24>
        var_5 = wp::address(var_local_points, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // hh = half_heights[tid]                                                                 <L 25>
        var_8 = wp::address(var_half_heights, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // depth = thickness - sdf_capsule(p_local, radius, hh)                                   <L 26>
        var_11 = sdf_capsule_0(var_6, var_radius, var_9);
        var_12 = wp::sub(var_thickness, var_11);
        // if depth > 0.0:                                                                        <L 27>
        var_14 = (var_12 > var_13);
        if (var_14) {
            // wp.atomic_add(num_contacts, 0, 1)                                                  <L 28>
            // var_17 = wp::atomic_add(var_num_contacts, var_15, var_16);
        }
        if (!var_14) {
            // depth = 0.0                                                                        <L 30>
        }
        var_19 = wp::where(var_14, var_12, var_18);
        // contact_depth[tid] = depth                                                             <L 31>
        // wp::array_store(var_contact_depth, var_0, var_19);
        //---------
        // reverse
        wp::adj_array_store(var_contact_depth, var_0, var_19, adj_contact_depth, adj_0, adj_19);
        // adj: contact_depth[tid] = depth                                                        <L 31>
        wp::adj_where(var_14, var_12, var_18, adj_14, adj_12, adj_18, adj_19);
        if (!var_14) {
            // adj: depth = 0.0                                                                   <L 30>
        }
        if (var_14) {
            wp::adj_atomic_add(var_num_contacts, var_15, var_16, adj_num_contacts, adj_15, adj_16, adj_17);
            // adj: wp.atomic_add(num_contacts, 0, 1)                                             <L 28>
        }
        // adj: if depth > 0.0:                                                                   <L 27>
        wp::adj_sub(var_thickness, var_11, adj_thickness, adj_11, adj_12);
        adj_sdf_capsule_0(var_6, var_radius, var_9, adj_6, adj_radius, adj_9, adj_11);
        // adj: depth = thickness - sdf_capsule(p_local, radius, hh)                              <L 26>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_half_heights, var_0, adj_half_heights, adj_0, adj_8);
        // adj: hh = half_heights[tid]                                                            <L 25>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_local_points, var_0, adj_local_points, adj_0, adj_5);
        // adj: p_local = local_points[tid]                                                       <L 24>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 23>
        }
        wp::adj_address(var_num_active, var_1, adj_num_active, adj_1, adj_2);
        // adj: if tid >= num_active[0]:                                                          <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def detect_overlap(                                                               <L 12>
        continue;
    }
}

