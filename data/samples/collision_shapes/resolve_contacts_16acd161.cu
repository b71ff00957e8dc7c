// Warp 1.19.0 cuda code for resolve_contacts_16acd161.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// resolve_contacts.py:4
static CUDA_CALLABLE wp::vec_t<3, wp::float32> box_closest_point_0(
    wp::transform_t<wp::float32> var_box_pose,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> var_p)
{
    //---------
    // primal vars
    wp::transform_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // forward
    // def box_closest_point(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):       <L 5>
    // p_local = wp.transform_point(wp.transform_inverse(box_pose), p)                        <L 6>
    var_0 = wp::transform_inverse(var_box_pose);
    var_1 = wp::transform_point(var_0, var_p);
    // clamped = wp.vec3(                                                                     <L 7>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 8>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_half_extents, var_4);
    var_6 = wp::neg(var_5);
    var_8 = wp::extract(var_half_extents, var_7);
    var_9 = wp::clamp(var_3, var_6, var_8);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 9>
    var_11 = wp::extract(var_1, var_10);
    var_13 = wp::extract(var_half_extents, var_12);
    var_14 = wp::neg(var_13);
    var_16 = wp::extract(var_half_extents, var_15);
    var_17 = wp::clamp(var_11, var_14, var_16);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 10>
    var_19 = wp::extract(var_1, var_18);
    var_21 = wp::extract(var_half_extents, var_20);
    var_22 = wp::neg(var_21);
    var_24 = wp::extract(var_half_extents, var_23);
    var_25 = wp::clamp(var_19, var_22, var_24);
    var_26 = wp::vec_t<3, wp::float32>(var_9, var_17, var_25);
    // return wp.transform_point(box_pose, clamped)                                           <L 12>
    var_27 = wp::transform_point(var_box_pose, var_26);
    return var_27;
}


// resolve_contacts.py:4
static CUDA_CALLABLE void adj_box_closest_point_0(
    wp::transform_t<wp::float32> var_box_pose,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::vec_t<3, wp::float32> var_p,
    wp::transform_t<wp::float32> & adj_box_pose,
    wp::vec_t<3, wp::float32> & adj_half_extents,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::transform_t<wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    const wp::int32 var_4 = 0;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::int32 var_7 = 0;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 1;
    wp::float32 var_11;
    const wp::int32 var_12 = 1;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 1;
    wp::float32 var_16;
    wp::float32 var_17;
    const wp::int32 var_18 = 2;
    wp::float32 var_19;
    const wp::int32 var_20 = 2;
    wp::float32 var_21;
    wp::float32 var_22;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<3, wp::float32> var_27;
    //---------
    // dual vars
    wp::transform_t<wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<3, wp::float32> adj_27 = {};
    //---------
    // forward
    // def box_closest_point(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):       <L 5>
    // p_local = wp.transform_point(wp.transform_inverse(box_pose), p)                        <L 6>
    var_0 = wp::transform_inverse(var_box_pose);
    var_1 = wp::transform_point(var_0, var_p);
    // clamped = wp.vec3(                                                                     <L 7>
    // wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                               <L 8>
    var_3 = wp::extract(var_1, var_2);
    var_5 = wp::extract(var_half_extents, var_4);
    var_6 = wp::neg(var_5);
    var_8 = wp::extract(var_half_extents, var_7);
    var_9 = wp::clamp(var_3, var_6, var_8);
    // wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                               <L 9>
    var_11 = wp::extract(var_1, var_10);
    var_13 = wp::extract(var_half_extents, var_12);
    var_14 = wp::neg(var_13);
    var_16 = wp::extract(var_half_extents, var_15);
    var_17 = wp::clamp(var_11, var_14, var_16);
    // wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                               <L 10>
    var_19 = wp::extract(var_1, var_18);
    var_21 = wp::extract(var_half_extents, var_20);
    var_22 = wp::neg(var_21);
    var_24 = wp::extract(var_half_extents, var_23);
    var_25 = wp::clamp(var_19, var_22, var_24);
    var_26 = wp::vec_t<3, wp::float32>(var_9, var_17, var_25);
    // return wp.transform_point(box_pose, clamped)                                           <L 12>
    var_27 = wp::transform_point(var_box_pose, var_26);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_27 += adj_ret;
    wp::adj_transform_point(var_box_pose, var_26, adj_box_pose, adj_26, adj_27);
    // adj: return wp.transform_point(box_pose, clamped)                                      <L 12>
    wp::adj_vec_t(var_9, var_17, var_25, adj_9, adj_17, adj_25, adj_26);
    wp::adj_clamp(var_19, var_22, var_24, adj_19, adj_22, adj_24, adj_25);
    wp::adj_extract(var_half_extents, var_23, adj_half_extents, adj_23, adj_24);
    wp::adj_neg(var_21, adj_21, adj_22);
    wp::adj_extract(var_half_extents, var_20, adj_half_extents, adj_20, adj_21);
    wp::adj_extract(var_1, var_18, adj_1, adj_18, adj_19);
    // adj: wp.clamp(p_local[2], -half_extents[2], half_extents[2]),                          <L 10>
    wp::adj_clamp(var_11, var_14, var_16, adj_11, adj_14, adj_16, adj_17);
    wp::adj_extract(var_half_extents, var_15, adj_half_extents, adj_15, adj_16);
    wp::adj_neg(var_13, adj_13, adj_14);
    wp::adj_extract(var_half_extents, var_12, adj_half_extents, adj_12, adj_13);
    wp::adj_extract(var_1, var_10, adj_1, adj_10, adj_11);
    // adj: wp.clamp(p_local[1], -half_extents[1], half_extents[1]),                          <L 9>
    wp::adj_clamp(var_3, var_6, var_8, adj_3, adj_6, adj_8, adj_9);
    wp::adj_extract(var_half_extents, var_7, adj_half_extents, adj_7, adj_8);
    wp::adj_neg(var_5, adj_5, adj_6);
    wp::adj_extract(var_half_extents, var_4, adj_half_extents, adj_4, adj_5);
    wp::adj_extract(var_1, var_2, adj_1, adj_2, adj_3);
    // adj: wp.clamp(p_local[0], -half_extents[0], half_extents[0]),                          <L 8>
    // adj: clamped = wp.vec3(                                                                <L 7>
    wp::adj_transform_point(var_0, var_p, adj_0, adj_p, adj_1);
    wp::adj_transform_inverse(var_box_pose, adj_box_pose, adj_0);
    // adj: p_local = wp.transform_point(wp.transform_inverse(box_pose), p)                   <L 6>
    // adj: def box_closest_point(box_pose: wp.transform, half_extents: wp.vec3, p: wp.vec3):  <L 5>
    return;
}



extern "C" __global__ void resolve_contacts_7e809e0d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::float32 var_particle_radius)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::transform_t<wp::float32>* var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        bool var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        bool var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // forward
        // def resolve_contacts(                                                                  <L 16>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 25>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_wb = poses[tid]                                                                      <L 26>
        var_4 = wp::address(var_poses, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p = x                                                                                  <L 27>
        var_7 = wp::copy(var_2);
        // delta = p - box_closest_point(X_wb, half_extents, x)                                   <L 28>
        var_8 = box_closest_point_0(var_5, var_half_extents, var_2);
        var_9 = wp::sub(var_7, var_8);
        // dist = wp.length(delta)                                                                <L 29>
        var_10 = wp::length(var_9);
        // n = wp.vec3(0.0)                                                                       <L 30>
        var_12 = wp::vec_t<3, wp::float32>(var_11);
        // if dist > 0.0 and dist < particle_radius:                                              <L 31>
        var_15 = (var_10 > var_14);
        var_13 = var_15;
        if (var_13) {
            var_16 = (var_10 < var_particle_radius);
            var_13 = var_13 && var_16;
        }
        if (var_13) {
            // n = delta / dist                                                                   <L 32>
            var_17 = wp::div(var_9, var_10);
            // p = p + n * (particle_radius - dist)                                               <L 33>
            var_18 = wp::sub(var_particle_radius, var_10);
            var_19 = wp::mul(var_17, var_18);
            var_20 = wp::add(var_7, var_19);
        }
        var_21 = wp::where(var_13, var_20, var_7);
        var_22 = wp::where(var_13, var_17, var_12);
        // new_positions[tid] = p                                                                 <L 34>
        wp::array_store(var_new_positions, var_0, var_21);
        // normals_out[tid] = n                                                                   <L 35>
        wp::array_store(var_normals_out, var_0, var_22);
    }
}



extern "C" __global__ void resolve_contacts_7e809e0d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::transform_t<wp::float32>> var_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out,
    wp::vec_t<3, wp::float32> var_half_extents,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::transform_t<wp::float32>> adj_poses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out,
    wp::vec_t<3, wp::float32> adj_half_extents,
    wp::float32 adj_particle_radius)
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::transform_t<wp::float32>* var_4;
        wp::transform_t<wp::float32> var_5;
        wp::transform_t<wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 0.0;
        wp::vec_t<3, wp::float32> var_12;
        bool var_13;
        const wp::float32 var_14 = 0.0;
        bool var_15;
        bool var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::transform_t<wp::float32> adj_4 = {};
        wp::transform_t<wp::float32> adj_5 = {};
        wp::transform_t<wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        bool adj_13 = {};
        wp::float32 adj_14 = {};
        bool adj_15 = {};
        bool adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        //---------
        // forward
        // def resolve_contacts(                                                                  <L 16>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // x = positions[tid]                                                                     <L 25>
        var_1 = wp::address(var_positions, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // X_wb = poses[tid]                                                                      <L 26>
        var_4 = wp::address(var_poses, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // p = x                                                                                  <L 27>
        var_7 = wp::copy(var_2);
        // delta = p - box_closest_point(X_wb, half_extents, x)                                   <L 28>
        var_8 = box_closest_point_0(var_5, var_half_extents, var_2);
        var_9 = wp::sub(var_7, var_8);
        // dist = wp.length(delta)                                                                <L 29>
        var_10 = wp::length(var_9);
        // n = wp.vec3(0.0)                                                                       <L 30>
        var_12 = wp::vec_t<3, wp::float32>(var_11);
        // if dist > 0.0 and dist < particle_radius:                                              <L 31>
        var_15 = (var_10 > var_14);
        var_13 = var_15;
        if (var_13) {
            var_16 = (var_10 < var_particle_radius);
            var_13 = var_13 && var_16;
        }
        if (var_13) {
            // n = delta / dist                                                                   <L 32>
            var_17 = wp::div(var_9, var_10);
            // p = p + n * (particle_radius - dist)                                               <L 33>
            var_18 = wp::sub(var_particle_radius, var_10);
            var_19 = wp::mul(var_17, var_18);
            var_20 = wp::add(var_7, var_19);
        }
        var_21 = wp::where(var_13, var_20, var_7);
        var_22 = wp::where(var_13, var_17, var_12);
        // new_positions[tid] = p                                                                 <L 34>
        // wp::array_store(var_new_positions, var_0, var_21);
        // normals_out[tid] = n                                                                   <L 35>
        // wp::array_store(var_normals_out, var_0, var_22);
        //---------
        // reverse
        wp::adj_array_store(var_normals_out, var_0, var_22, adj_normals_out, adj_0, adj_22);
        // adj: normals_out[tid] = n                                                              <L 35>
        wp::adj_array_store(var_new_positions, var_0, var_21, adj_new_positions, adj_0, adj_21);
        // adj: new_positions[tid] = p                                                            <L 34>
        wp::adj_where(var_13, var_17, var_12, adj_13, adj_17, adj_12, adj_22);
        wp::adj_where(var_13, var_20, var_7, adj_13, adj_20, adj_7, adj_21);
        if (var_13) {
            wp::adj_add(var_7, var_19, adj_7, adj_19, adj_20);
            wp::adj_mul(var_17, var_18, adj_17, adj_18, adj_19);
            wp::adj_sub(var_particle_radius, var_10, adj_particle_radius, adj_10, adj_18);
            // adj: p = p + n * (particle_radius - dist)                                          <L 33>
            wp::adj_div(var_9, var_10, adj_9, adj_10, adj_17);
            // adj: n = delta / dist                                                              <L 32>
        }
        if (var_13) {
        }
        // adj: if dist > 0.0 and dist < particle_radius:                                         <L 31>
        wp::adj_vec_t(var_11, adj_11, adj_12);
        // adj: n = wp.vec3(0.0)                                                                  <L 30>
        wp::adj_length(var_9, var_10, adj_9, adj_10);
        // adj: dist = wp.length(delta)                                                           <L 29>
        wp::adj_sub(var_7, var_8, adj_7, adj_8, adj_9);
        adj_box_closest_point_0(var_5, var_half_extents, var_2, adj_5, adj_half_extents, adj_2, adj_8);
        // adj: delta = p - box_closest_point(X_wb, half_extents, x)                              <L 28>
        wp::adj_copy(var_2, adj_2, adj_7);
        // adj: p = x                                                                             <L 27>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_4);
        // adj: X_wb = poses[tid]                                                                 <L 26>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
        // adj: x = positions[tid]                                                                <L 25>
        // adj: tid = wp.tid()                                                                    <L 24>
        // adj: def resolve_contacts(                                                             <L 16>
        continue;
    }
}

