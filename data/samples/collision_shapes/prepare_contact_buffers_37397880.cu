// Warp 1.19.0 cuda code for prepare_contact_buffers_37397880.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// prepare_contact_buffers.py:117
static CUDA_CALLABLE wp::vec_t<3, wp::float32> shape_center_0(
    wp::array_t<wp::transform_t<wp::float32>> var_body_transforms,
    wp::int32 var_body,
    wp::transform_t<wp::float32> var_X_bs)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    bool var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::transform_t<wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    //---------
    // forward
    // def shape_center(body_transforms: wp.array(dtype=wp.transform), body: wp.int32, X_bs: wp.transform) -> wp.vec3:       <L 118>
    // if body < 0:                                                                           <L 119>
    var_1 = (var_body < var_0);
    if (var_1) {
        // return wp.transform_get_translation(X_bs)                                          <L 120>
        var_2 = wp::transform_get_translation(var_X_bs);
        return var_2;
    }
    // return wp.transform_point(body_transforms[body], wp.transform_get_translation(X_bs))       <L 121>
    var_3 = wp::address(var_body_transforms, var_body);
    var_4 = wp::transform_get_translation(var_X_bs);
    var_6 = wp::load(var_3);
    var_5 = wp::transform_point(var_6, var_4);
    return var_5;
}


// prepare_contact_buffers.py:108
static CUDA_CALLABLE wp::float32 bounding_radius_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    wp::float32 var_2;
    const wp::int32 var_3 = 2;
    bool var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    const wp::int32 var_7 = 1;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::int32 var_10 = 0;
    wp::float32 var_11;
    //---------
    // forward
    // def bounding_radius(geo_type: wp.int32, scale: wp.vec3) -> float:                      <L 109>
    // if geo_type == GeoType.BOX:                                                            <L 110>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.length(scale)                                                            <L 111>
        var_2 = wp::length(var_scale);
        return var_2;
    }
    // if geo_type == GeoType.CAPSULE:                                                        <L 112>
    var_4 = (var_geo_type == var_3);
    if (var_4) {
        // return scale[0] + scale[1]                                                         <L 113>
        var_6 = wp::extract(var_scale, var_5);
        var_8 = wp::extract(var_scale, var_7);
        var_9 = wp::add(var_6, var_8);
        return var_9;
    }
    // return scale[0]                                                                        <L 114>
    var_11 = wp::extract(var_scale, var_10);
    return var_11;
}


// prepare_contact_buffers.py:161
static CUDA_CALLABLE wp::vec_t<3, wp::float32> plane_projection_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def plane_projection(p: wp.vec3, n: wp.vec3, offset: float):                           <L 162>
    // return p - n * (wp.dot(p, n) - offset)                                                 <L 163>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    var_2 = wp::mul(var_n, var_1);
    var_3 = wp::sub(var_p, var_2);
    return var_3;
}


// prepare_contact_buffers.py:117
static CUDA_CALLABLE void adj_shape_center_0(
    wp::array_t<wp::transform_t<wp::float32>> var_body_transforms,
    wp::int32 var_body,
    wp::transform_t<wp::float32> var_X_bs,
    wp::array_t<wp::transform_t<wp::float32>> & adj_body_transforms,
    wp::int32 & adj_body,
    wp::transform_t<wp::float32> & adj_X_bs,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// prepare_contact_buffers.py:108
static CUDA_CALLABLE void adj_bounding_radius_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// prepare_contact_buffers.py:161
static CUDA_CALLABLE void adj_plane_projection_0(
    wp::vec_t<3, wp::float32> var_p,
    wp::vec_t<3, wp::float32> var_n,
    wp::float32 var_offset,
    wp::vec_t<3, wp::float32> & adj_p,
    wp::vec_t<3, wp::float32> & adj_n,
    wp::float32 & adj_offset,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def plane_projection(p: wp.vec3, n: wp.vec3, offset: float):                           <L 162>
    // return p - n * (wp.dot(p, n) - offset)                                                 <L 163>
    var_0 = wp::dot(var_p, var_n);
    var_1 = wp::sub(var_0, var_offset);
    var_2 = wp::mul(var_n, var_1);
    var_3 = wp::sub(var_p, var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_3 += adj_ret;
    wp::adj_sub(var_p, var_2, adj_p, adj_2, adj_3);
    wp::adj_mul(var_n, var_1, adj_n, adj_1, adj_2);
    wp::adj_sub(var_0, var_offset, adj_0, adj_offset, adj_1);
    wp::adj_dot(var_p, var_n, adj_p, adj_n, adj_0);
    // adj: return p - n * (wp.dot(p, n) - offset)                                            <L 163>
    // adj: def plane_projection(p: wp.vec3, n: wp.vec3, offset: float):                      <L 162>
    return;
}



extern "C" __global__ void detect_overlap_30684a74_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_phi,
    wp::float32 var_margin,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> var_pair_count)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        //---------
        // forward
        // def detect_overlap(                                                                    <L 190>
        // tid = wp.tid()                                                                         <L 197>
        var_0 = builtin_tid1d();
        // sdf = phi[tid]                                                                         <L 198>
        var_1 = wp::address(var_phi, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // depth = margin - sdf                                                                   <L 199>
        var_4 = wp::sub(var_margin, var_2);
        // if depth > 0.0:                                                                        <L 200>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // wp.atomic_add(pair_count, 0, 1)                                                    <L 201>
            var_9 = wp::atomic_add(var_pair_count, var_7, var_8);
        }
        if (!var_6) {
            // depth = 0.0                                                                        <L 203>
        }
        var_11 = wp::where(var_6, var_4, var_10);
        // penetration[tid] = depth                                                               <L 204>
        wp::array_store(var_penetration, var_0, var_11);
    }
}



extern "C" __global__ void detect_overlap_30684a74_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_phi,
    wp::float32 var_margin,
    wp::array_t<wp::float32> var_penetration,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::float32> adj_phi,
    wp::float32 adj_margin,
    wp::array_t<wp::float32> adj_penetration,
    wp::array_t<wp::int32> adj_pair_count)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::float32 var_5 = 0.0;
        bool var_6;
        const wp::int32 var_7 = 0;
        const wp::int32 var_8 = 1;
        wp::int32 var_9;
        const wp::float32 var_10 = 0.0;
        wp::float32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        //---------
        // forward
        // def detect_overlap(                                                                    <L 190>
        // tid = wp.tid()                                                                         <L 197>
        var_0 = builtin_tid1d();
        // sdf = phi[tid]                                                                         <L 198>
        var_1 = wp::address(var_phi, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // depth = margin - sdf                                                                   <L 199>
        var_4 = wp::sub(var_margin, var_2);
        // if depth > 0.0:                                                                        <L 200>
        var_6 = (var_4 > var_5);
        if (var_6) {
            // wp.atomic_add(pair_count, 0, 1)                                                    <L 201>
            // var_9 = wp::atomic_add(var_pair_count, var_7, var_8);
        }
        if (!var_6) {
            // depth = 0.0                                                                        <L 203>
        }
        var_11 = wp::where(var_6, var_4, var_10);
        // penetration[tid] = depth                                                               <L 204>
        // wp::array_store(var_penetration, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_penetration, var_0, var_11, adj_penetration, adj_0, adj_11);
        // adj: penetration[tid] = depth                                                          <L 204>
        wp::adj_where(var_6, var_4, var_10, adj_6, adj_4, adj_10, adj_11);
        if (!var_6) {
            // adj: depth = 0.0                                                                   <L 203>
        }
        if (var_6) {
            wp::adj_atomic_add(var_pair_count, var_7, var_8, adj_pair_count, adj_7, adj_8, adj_9);
            // adj: wp.atomic_add(pair_count, 0, 1)                                               <L 201>
        }
        // adj: if depth > 0.0:                                                                   <L 200>
        wp::adj_sub(var_margin, var_2, adj_margin, adj_2, adj_4);
        // adj: depth = margin - sdf                                                              <L 199>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_phi, var_0, adj_phi, adj_0, adj_1);
        // adj: sdf = phi[tid]                                                                    <L 198>
        // adj: tid = wp.tid()                                                                    <L 197>
        // adj: def detect_overlap(                                                               <L 190>
        continue;
    }
}



extern "C" __global__ void collide_bounding_spheres_8e723d9f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::int32> var_shape_geo_type,
    wp::array_t<wp::transform_t<wp::float32>> var_shape_transform,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_scale,
    wp::array_t<wp::int32> var_shape_group,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::int32 var_num_shapes,
    wp::int32 var_max_contacts,
    wp::array_t<wp::int32> var_pair_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_pairs)
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
        wp::int32 var_2;
        bool var_3;
        bool var_4;
        bool var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::int32* var_9;
        wp::int32 var_10;
        wp::int32 var_11;
        bool var_12;
        wp::int32* var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        const wp::int32 var_21 = 0;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::transform_t<wp::float32>* var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::transform_t<wp::float32> var_27;
        wp::transform_t<wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::transform_t<wp::float32> var_30;
        wp::int32* var_31;
        wp::vec_t<3, wp::float32>* var_32;
        wp::float32 var_33;
        wp::int32 var_34;
        wp::vec_t<3, wp::float32> var_35;
        wp::int32* var_36;
        wp::vec_t<3, wp::float32>* var_37;
        wp::float32 var_38;
        wp::int32 var_39;
        wp::vec_t<3, wp::float32> var_40;
        wp::float32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::float32 var_43;
        wp::float32 var_44;
        bool var_45;
        const wp::int32 var_46 = 0;
        const wp::int32 var_47 = 1;
        wp::int32 var_48;
        bool var_49;
        wp::vec_t<2, wp::int32> var_50;
        //---------
        // forward
        // def collide_bounding_spheres(                                                          <L 125>
        // tid = wp.tid()                                                                         <L 138>
        var_0 = builtin_tid1d();
        // shape_a = tid // num_shapes                                                            <L 139>
        var_1 = wp::floordiv(var_0, var_num_shapes);
        // shape_b = tid % num_shapes                                                             <L 140>
        var_2 = wp::mod(var_0, var_num_shapes);
        // if shape_a >= num_shapes or shape_b <= shape_a:                                        <L 141>
        var_4 = (var_1 >= var_num_shapes);
        var_3 = var_4;
        if (!var_3) {
            var_5 = (var_2 <= var_1);
            var_3 = var_3 || var_5;
        }
        if (var_3) {
            // return                                                                             <L 142>
            continue;
        }
        // body_a = shape_body[shape_a]                                                           <L 143>
        var_6 = wp::address(var_shape_body, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // body_b = shape_body[shape_b]                                                           <L 144>
        var_9 = wp::address(var_shape_body, var_2);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if body_a == body_b:                                                                   <L 145>
        var_12 = (var_7 == var_10);
        if (var_12) {
            // return                                                                             <L 146>
            continue;
        }
        // group_a = shape_group[shape_a]                                                         <L 147>
        var_13 = wp::address(var_shape_group, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // group_b = shape_group[shape_b]                                                         <L 148>
        var_16 = wp::address(var_shape_group, var_2);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // if group_a != group_b and group_a != 0 and group_b != 0:                               <L 149>
        var_20 = (var_14 != var_17);
        var_19 = var_20;
        if (var_19) {
            var_22 = (var_14 != var_21);
            var_19 = var_19 && var_22;
        }
        if (var_19) {
            var_24 = (var_17 != var_23);
            var_19 = var_19 && var_24;
        }
        if (var_19) {
            // return                                                                             <L 150>
            continue;
        }
        // c_a = shape_center(transforms, body_a, shape_transform[shape_a])                       <L 151>
        var_25 = wp::address(var_shape_transform, var_1);
        var_27 = wp::load(var_25);
        var_26 = shape_center_0(var_transforms, var_7, var_27);
        // c_b = shape_center(transforms, body_b, shape_transform[shape_b])                       <L 152>
        var_28 = wp::address(var_shape_transform, var_2);
        var_30 = wp::load(var_28);
        var_29 = shape_center_0(var_transforms, var_10, var_30);
        // r = bounding_radius(shape_geo_type[shape_a], shape_scale[shape_a]) + bounding_radius(shape_geo_type[shape_b], shape_scale[shape_b])       <L 153>
        var_31 = wp::address(var_shape_geo_type, var_1);
        var_32 = wp::address(var_shape_scale, var_1);
        var_34 = wp::load(var_31);
        var_35 = wp::load(var_32);
        var_33 = bounding_radius_0(var_34, var_35);
        var_36 = wp::address(var_shape_geo_type, var_2);
        var_37 = wp::address(var_shape_scale, var_2);
        var_39 = wp::load(var_36);
        var_40 = wp::load(var_37);
        var_38 = bounding_radius_0(var_39, var_40);
        var_41 = wp::add(var_33, var_38);
        // if wp.length_sq(c_b - c_a) > r * r:                                                    <L 154>
        var_42 = wp::sub(var_29, var_26);
        var_43 = wp::length_sq(var_42);
        var_44 = wp::mul(var_41, var_41);
        var_45 = (var_43 > var_44);
        if (var_45) {
            // return                                                                             <L 155>
            continue;
        }
        // slot = wp.atomic_add(pair_count, 0, 1)                                                 <L 156>
        var_48 = wp::atomic_add(var_pair_count, var_46, var_47);
        // if slot < max_contacts:                                                                <L 157>
        var_49 = (var_48 < var_max_contacts);
        if (var_49) {
            // pairs[slot] = wp.vec2i(shape_a, shape_b)                                           <L 158>
            var_50 = wp::vec_t<2, wp::int32>(var_1, var_2);
            wp::array_store(var_pairs, var_48, var_50);
        }
    }
}



extern "C" __global__ void project_particles_c11e6f50_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> var_plane_normal,
    wp::float32 var_ground_height,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        bool var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        wp::float32* var_13;
        bool var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // forward
        // def project_particles(                                                                 <L 167>
        // tid = wp.tid()                                                                         <L 176>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 177>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = x                                                                                  <L 178>
        var_4 = wp::copy(var_2);
        // delta = p - plane_projection(x, plane_normal, ground_height)                           <L 179>
        var_5 = plane_projection_0(var_2, var_plane_normal, var_ground_height);
        var_6 = wp::sub(var_4, var_5);
        // dist = wp.length(delta)                                                                <L 180>
        var_7 = wp::length(var_6);
        // n = wp.vec3(0.0)                                                                       <L 181>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        // if dist > 0.0 and dist < radii[tid]:                                                   <L 182>
        var_12 = (var_7 > var_11);
        var_10 = var_12;
        if (var_10) {
            var_13 = wp::address(var_radii, var_0);
            var_15 = wp::load(var_13);
            var_14 = (var_7 < var_15);
            var_10 = var_10 && var_14;
        }
        if (var_10) {
            // n = delta / dist                                                                   <L 183>
            var_16 = wp::div(var_6, var_7);
            // p = p + n * (radii[tid] - dist)                                                    <L 184>
            var_17 = wp::address(var_radii, var_0);
            var_19 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_7);
            var_20 = wp::mul(var_16, var_18);
            var_21 = wp::add(var_4, var_20);
        }
        var_22 = wp::where(var_10, var_21, var_4);
        var_23 = wp::where(var_10, var_16, var_9);
        // positions_out[tid] = p                                                                 <L 185>
        wp::array_store(var_positions_out, var_0, var_22);
        // normals_out[tid] = n                                                                   <L 186>
        wp::array_store(var_normals_out, var_0, var_23);
    }
}



extern "C" __global__ void project_particles_c11e6f50_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> var_plane_normal,
    wp::float32 var_ground_height,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::float32> adj_radii,
    wp::vec_t<3, wp::float32> adj_plane_normal,
    wp::float32 adj_ground_height,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out)
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
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        bool var_10;
        const wp::float32 var_11 = 0.0;
        bool var_12;
        wp::float32* var_13;
        bool var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        bool adj_10 = {};
        wp::float32 adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        //---------
        // forward
        // def project_particles(                                                                 <L 167>
        // tid = wp.tid()                                                                         <L 176>
        var_0 = builtin_tid1d();
        // x = points[tid]                                                                        <L 177>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // p = x                                                                                  <L 178>
        var_4 = wp::copy(var_2);
        // delta = p - plane_projection(x, plane_normal, ground_height)                           <L 179>
        var_5 = plane_projection_0(var_2, var_plane_normal, var_ground_height);
        var_6 = wp::sub(var_4, var_5);
        // dist = wp.length(delta)                                                                <L 180>
        var_7 = wp::length(var_6);
        // n = wp.vec3(0.0)                                                                       <L 181>
        var_9 = wp::vec_t<3, wp::float32>(var_8);
        // if dist > 0.0 and dist < radii[tid]:                                                   <L 182>
        var_12 = (var_7 > var_11);
        var_10 = var_12;
        if (var_10) {
            var_13 = wp::address(var_radii, var_0);
            var_15 = wp::load(var_13);
            var_14 = (var_7 < var_15);
            var_10 = var_10 && var_14;
        }
        if (var_10) {
            // n = delta / dist                                                                   <L 183>
            var_16 = wp::div(var_6, var_7);
            // p = p + n * (radii[tid] - dist)                                                    <L 184>
            var_17 = wp::address(var_radii, var_0);
            var_19 = wp::load(var_17);
            var_18 = wp::sub(var_19, var_7);
            var_20 = wp::mul(var_16, var_18);
            var_21 = wp::add(var_4, var_20);
        }
        var_22 = wp::where(var_10, var_21, var_4);
        var_23 = wp::where(var_10, var_16, var_9);
        // positions_out[tid] = p                                                                 <L 185>
        // wp::array_store(var_positions_out, var_0, var_22);
        // normals_out[tid] = n                                                                   <L 186>
        // wp::array_store(var_normals_out, var_0, var_23);
        //---------
        // reverse
        wp::adj_array_store(var_normals_out, var_0, var_23, adj_normals_out, adj_0, adj_23);
        // adj: normals_out[tid] = n                                                              <L 186>
        wp::adj_array_store(var_positions_out, var_0, var_22, adj_positions_out, adj_0, adj_22);
        // adj: positions_out[tid] = p                                                            <L 185>
        wp::adj_where(var_10, var_16, var_9, adj_10, adj_16, adj_9, adj_23);
        wp::adj_where(var_10, var_21, var_4, adj_10, adj_21, adj_4, adj_22);
        if (var_10) {
            wp::adj_add(var_4, var_20, adj_4, adj_20, adj_21);
            wp::adj_mul(var_16, var_18, adj_16, adj_18, adj_20);
            wp::adj_sub(var_19, var_7, adj_17, adj_7, adj_18);
            wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_17);
            // adj: p = p + n * (radii[tid] - dist)                                               <L 184>
            wp::adj_div(var_6, var_7, adj_6, adj_7, adj_16);
            // adj: n = delta / dist                                                              <L 183>
        }
        if (var_10) {
            wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_13);
        }
        // adj: if dist > 0.0 and dist < radii[tid]:                                              <L 182>
        wp::adj_vec_t(var_8, adj_8, adj_9);
        // adj: n = wp.vec3(0.0)                                                                  <L 181>
        wp::adj_length(var_6, var_7, adj_6, adj_7);
        // adj: dist = wp.length(delta)                                                           <L 180>
        wp::adj_sub(var_4, var_5, adj_4, adj_5, adj_6);
        adj_plane_projection_0(var_2, var_plane_normal, var_ground_height, adj_2, adj_plane_normal, adj_ground_height, adj_5);
        // adj: delta = p - plane_projection(x, plane_normal, ground_height)                      <L 179>
        wp::adj_copy(var_2, adj_2, adj_4);
        // adj: p = x                                                                             <L 178>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: x = points[tid]                                                                   <L 177>
        // adj: tid = wp.tid()                                                                    <L 176>
        // adj: def project_particles(                                                            <L 167>
        continue;
    }
}



extern "C" __global__ void prepare_contact_buffers_c9c062a8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_contact_count,
    wp::array_t<wp::int32> var_last_contact_count,
    wp::array_t<wp::int32> var_overflow_flag,
    wp::array_t<wp::int32> var_contact_shape0,
    wp::array_t<wp::int32> var_contact_shape1,
    wp::array_t<wp::int32> var_pair_table,
    wp::array_t<wp::int32> var_contact_high_water,
    wp::int32 var_num_shapes)
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
        const wp::int32 var_0 = 0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        const wp::int32 var_4 = 0;
        wp::int32* var_5;
        bool var_6;
        wp::int32 var_7;
        const wp::int32 var_8 = 0;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        bool var_13;
        const wp::int32 var_14 = 1;
        const wp::int32 var_15 = 0;
        wp::int32 var_16;
        wp::int32 var_17;
        const wp::int32 var_18 = 0;
        wp::range_t var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = -1;
        const wp::int32 var_22 = -1;
        wp::range_t var_23;
        wp::int32 var_24;
        wp::range_t var_25;
        wp::int32 var_26;
        const wp::int32 var_27 = -1;
        const wp::int32 var_28 = 0;
        const wp::int32 var_29 = 0;
        //---------
        // forward
        // def prepare_contact_buffers(                                                           <L 16>
        // count = contact_count[0]                                                               <L 26>
        var_1 = wp::address(var_contact_count, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if count > contact_high_water[0]:                                                      <L 27>
        var_5 = wp::address(var_contact_high_water, var_4);
        var_7 = wp::load(var_5);
        var_6 = (var_2 > var_7);
        if (var_6) {
            // contact_high_water[0] = count                                                      <L 28>
            wp::array_store(var_contact_high_water, var_8, var_2);
        }
        // capacity = contact_shape0.shape[0]                                                     <L 29>
        var_9 = &(var_contact_shape0.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        // if count > capacity:                                                                   <L 30>
        var_13 = (var_2 > var_11);
        if (var_13) {
            // overflow_flag[0] = 1                                                               <L 31>
            wp::array_store(var_overflow_flag, var_15, var_14);
            // count = capacity                                                                   <L 32>
            var_16 = wp::copy(var_11);
        }
        var_17 = wp::where(var_13, var_16, var_2);
        // last_contact_count[0] = count                                                          <L 33>
        wp::array_store(var_last_contact_count, var_18, var_17);
        // for k in range(capacity):                                                              <L 34>
        var_19 = wp::range(var_11);
        start_for_0:;
            if (iter_cmp(var_19) == 0) goto end_for_0;
            var_20 = wp::iter_next(var_19);
            // contact_shape0[k] = -1                                                             <L 35>
            wp::array_store(var_contact_shape0, var_20, var_21);
            // contact_shape1[k] = -1                                                             <L 36>
            wp::array_store(var_contact_shape1, var_20, var_22);
            goto start_for_0;
        end_for_0:;
        // for a in range(num_shapes):                                                            <L 37>
        var_23 = wp::range(var_num_shapes);
        start_for_2:;
            if (iter_cmp(var_23) == 0) goto end_for_2;
            var_24 = wp::iter_next(var_23);
            // for b in range(num_shapes):                                                        <L 38>
            var_25 = wp::range(var_num_shapes);
            start_for_4:;
                if (iter_cmp(var_25) == 0) goto end_for_4;
                var_26 = wp::iter_next(var_25);
                // pair_table[a, b] = -1                                                          <L 39>
                wp::array_store(var_pair_table, var_24, var_26, var_27);
                goto start_for_4;
            end_for_4:;
            goto start_for_2;
        end_for_2:;
        // contact_count[0] = 0                                                                   <L 40>
        wp::array_store(var_contact_count, var_29, var_28);
    }
}



extern "C" __global__ void create_resolve_particle_body_contacts_kernel__locals__resolve_particle_body_contacts_ec09c51d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_shape_materials,
    wp::array_t<wp::int32> var_particle_contact_count,
    wp::array_t<wp::int32> var_soft_contact_particle,
    wp::array_t<wp::int32> var_soft_contact_shape,
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_body_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_normal,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists,
    wp::float32 var_smoothing_length,
    wp::float32 var_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out)
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
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::transform_t<wp::float32> var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::transform_t<wp::float32>* var_17;
        wp::transform_t<wp::float32> var_18;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        wp::vec_t<4, wp::float32>* var_33;
        wp::vec_t<4, wp::float32> var_34;
        wp::vec_t<4, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::vec_t<6, wp::float32>* var_39;
        wp::vec_t<6, wp::float32> var_40;
        wp::vec_t<6, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.0;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::float32 var_61 = 0.0;
        bool var_62;
        const wp::float32 var_63 = 1.0;
        const wp::float32 var_64 = 0.0;
        wp::float32 var_65;
        wp::float32 var_66;
        const bool var_67 = false;
        const bool var_68 = true;
        const wp::int32 var_69 = 2;
        wp::float32 var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        const wp::int32 var_76 = 0;
        bool var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<6, wp::float32> var_79;
        wp::vec_t<6, wp::float32> var_80;
        //---------
        // forward
        // def resolve_particle_body_contacts(                                                    <L 51>
        // tid = wp.tid()                                                                         <L 68>
        var_0 = builtin_tid1d();
        // if tid >= particle_contact_count[0]:                                                   <L 69>
        var_2 = wp::address(var_particle_contact_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 70>
            continue;
        }
        // shape = soft_contact_shape[tid]                                                        <L 71>
        var_5 = wp::address(var_soft_contact_shape, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // particle = soft_contact_particle[tid]                                                  <L 72>
        var_8 = wp::address(var_soft_contact_particle, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // body = shape_body[shape]                                                               <L 73>
        var_11 = wp::address(var_shape_body, var_6);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // X_wb = wp.transform_identity()                                                         <L 74>
        var_14 = wp::transform_identity<wp::float32>();
        // if body >= 0:                                                                          <L 75>
        var_16 = (var_12 >= var_15);
        if (var_16) {
            // X_wb = transforms[body]                                                            <L 76>
            var_17 = wp::address(var_transforms, var_12);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
        }
        var_20 = wp::where(var_16, var_18, var_14);
        // bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])                              <L 77>
        var_21 = wp::address(var_soft_contact_body_pos, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::transform_point(var_20, var_23);
        // n = soft_contact_normal[tid]                                                           <L 78>
        var_24 = wp::address(var_soft_contact_normal, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // penetration = wp.dot(n, points[particle] - bx) - smoothing_length                      <L 79>
        var_27 = wp::address(var_points, var_9);
        var_29 = wp::load(var_27);
        var_28 = wp::sub(var_29, var_22);
        var_30 = wp::dot(var_25, var_28);
        var_31 = wp::sub(var_30, var_smoothing_length);
        // if penetration > margin:                                                               <L 80>
        var_32 = (var_31 > var_margin);
        if (var_32) {
            // return                                                                             <L 81>
            continue;
        }
        // material = shape_materials[shape]                                                      <L 82>
        var_33 = wp::address(var_shape_materials, var_6);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // bv = wp.vec3()                                                                         <L 83>
        var_36 = wp::vec_t<3, wp::float32>();
        // if body >= 0:                                                                          <L 84>
        var_38 = (var_12 >= var_37);
        if (var_38) {
            // twist = twists[body]                                                               <L 85>
            var_39 = wp::address(var_twists, var_12);
            var_41 = wp::load(var_39);
            var_40 = wp::copy(var_41);
            // bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)                <L 86>
            var_42 = wp::spatial_bottom(var_40);
            var_43 = wp::spatial_top(var_40);
            var_44 = wp::cross(var_43, var_22);
            var_45 = wp::add(var_42, var_44);
        }
        var_46 = wp::where(var_38, var_45, var_36);
        // v_rel = velocities[particle] - bv                                                      <L 87>
        var_47 = wp::address(var_velocities, var_9);
        var_49 = wp::load(var_47);
        var_48 = wp::sub(var_49, var_46);
        // v_normal = wp.dot(n, v_rel)                                                            <L 88>
        var_50 = wp::dot(var_25, var_48);
        // v_tangent = v_rel - n * v_normal                                                       <L 89>
        var_51 = wp::mul(var_25, var_50);
        var_52 = wp::sub(var_48, var_51);
        // fn = penetration * material[0]                                                         <L 90>
        var_54 = wp::extract(var_34, var_53);
        var_55 = wp::mul(var_31, var_54);
        // fd = wp.min(v_normal, 0.0) * material[1] * wp.where(penetration < 0.0, 1.0, 0.0)       <L 91>
        var_57 = wp::min(var_50, var_56);
        var_59 = wp::extract(var_34, var_58);
        var_60 = wp::mul(var_57, var_59);
        var_62 = (var_31 < var_61);
        var_65 = wp::where(var_62, var_63, var_64);
        var_66 = wp::mul(var_60, var_65);
        // if wp.static(friction == "coulomb"):                                                   <L 92>
        // elif wp.static(friction == "viscous"):                                                 <L 94>
        // ft = v_tangent * material[2]                                                           <L 95>
        var_70 = wp::extract(var_34, var_69);
        var_71 = wp::mul(var_52, var_70);
        // f_total = n * (fn + fd) + ft                                                           <L 98>
        var_72 = wp::add(var_55, var_66);
        var_73 = wp::mul(var_25, var_72);
        var_74 = wp::add(var_73, var_71);
        // wp.atomic_sub(force_out, particle, f_total)                                            <L 99>
        var_75 = wp::atomic_sub(var_force_out, var_9, var_74);
        // if body >= 0:                                                                          <L 100>
        var_77 = (var_12 >= var_76);
        if (var_77) {
            // wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 101>
            var_78 = wp::cross(var_22, var_74);
            var_79 = wp::vec_t<6, wp::float32>(var_78, var_74);
            var_80 = wp::atomic_add(var_wrenches_out, var_12, var_79);
        }
    }
}



extern "C" __global__ void create_resolve_particle_body_contacts_kernel__locals__resolve_particle_body_contacts_ec09c51d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_shape_materials,
    wp::array_t<wp::int32> var_particle_contact_count,
    wp::array_t<wp::int32> var_soft_contact_particle,
    wp::array_t<wp::int32> var_soft_contact_shape,
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_body_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_soft_contact_normal,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::transform_t<wp::float32>> var_transforms,
    wp::array_t<wp::vec_t<6, wp::float32>> var_twists,
    wp::float32 var_smoothing_length,
    wp::float32 var_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> var_force_out,
    wp::array_t<wp::vec_t<6, wp::float32>> var_wrenches_out,
    wp::array_t<wp::vec_t<4, wp::float32>> adj_shape_materials,
    wp::array_t<wp::int32> adj_particle_contact_count,
    wp::array_t<wp::int32> adj_soft_contact_particle,
    wp::array_t<wp::int32> adj_soft_contact_shape,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_soft_contact_body_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_soft_contact_normal,
    wp::array_t<wp::int32> adj_shape_body,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_velocities,
    wp::array_t<wp::transform_t<wp::float32>> adj_transforms,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_twists,
    wp::float32 adj_smoothing_length,
    wp::float32 adj_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_force_out,
    wp::array_t<wp::vec_t<6, wp::float32>> adj_wrenches_out)
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
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::transform_t<wp::float32> var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        wp::transform_t<wp::float32>* var_17;
        wp::transform_t<wp::float32> var_18;
        wp::transform_t<wp::float32> var_19;
        wp::transform_t<wp::float32> var_20;
        wp::vec_t<3, wp::float32>* var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32>* var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32> var_26;
        wp::vec_t<3, wp::float32>* var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        bool var_32;
        wp::vec_t<4, wp::float32>* var_33;
        wp::vec_t<4, wp::float32> var_34;
        wp::vec_t<4, wp::float32> var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::int32 var_37 = 0;
        bool var_38;
        wp::vec_t<6, wp::float32>* var_39;
        wp::vec_t<6, wp::float32> var_40;
        wp::vec_t<6, wp::float32> var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::vec_t<3, wp::float32>* var_47;
        wp::vec_t<3, wp::float32> var_48;
        wp::vec_t<3, wp::float32> var_49;
        wp::float32 var_50;
        wp::vec_t<3, wp::float32> var_51;
        wp::vec_t<3, wp::float32> var_52;
        const wp::int32 var_53 = 0;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::float32 var_56 = 0.0;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::float32 var_59;
        wp::float32 var_60;
        const wp::float32 var_61 = 0.0;
        bool var_62;
        const wp::float32 var_63 = 1.0;
        const wp::float32 var_64 = 0.0;
        wp::float32 var_65;
        wp::float32 var_66;
        const bool var_67 = false;
        const bool var_68 = true;
        const wp::int32 var_69 = 2;
        wp::float32 var_70;
        wp::vec_t<3, wp::float32> var_71;
        wp::float32 var_72;
        wp::vec_t<3, wp::float32> var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        const wp::int32 var_76 = 0;
        bool var_77;
        wp::vec_t<3, wp::float32> var_78;
        wp::vec_t<6, wp::float32> var_79;
        wp::vec_t<6, wp::float32> var_80;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::transform_t<wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        bool adj_16 = {};
        wp::transform_t<wp::float32> adj_17 = {};
        wp::transform_t<wp::float32> adj_18 = {};
        wp::transform_t<wp::float32> adj_19 = {};
        wp::transform_t<wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        wp::vec_t<3, wp::float32> adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        bool adj_32 = {};
        wp::vec_t<4, wp::float32> adj_33 = {};
        wp::vec_t<4, wp::float32> adj_34 = {};
        wp::vec_t<4, wp::float32> adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::int32 adj_37 = {};
        bool adj_38 = {};
        wp::vec_t<6, wp::float32> adj_39 = {};
        wp::vec_t<6, wp::float32> adj_40 = {};
        wp::vec_t<6, wp::float32> adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::vec_t<3, wp::float32> adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::float32 adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        wp::vec_t<3, wp::float32> adj_52 = {};
        wp::int32 adj_53 = {};
        wp::float32 adj_54 = {};
        wp::float32 adj_55 = {};
        wp::float32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::float32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        bool adj_62 = {};
        wp::float32 adj_63 = {};
        wp::float32 adj_64 = {};
        wp::float32 adj_65 = {};
        wp::float32 adj_66 = {};
        bool adj_67 = {};
        bool adj_68 = {};
        wp::int32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::vec_t<3, wp::float32> adj_71 = {};
        wp::float32 adj_72 = {};
        wp::vec_t<3, wp::float32> adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        wp::int32 adj_76 = {};
        bool adj_77 = {};
        wp::vec_t<3, wp::float32> adj_78 = {};
        wp::vec_t<6, wp::float32> adj_79 = {};
        wp::vec_t<6, wp::float32> adj_80 = {};
        //---------
        // forward
        // def resolve_particle_body_contacts(                                                    <L 51>
        // tid = wp.tid()                                                                         <L 68>
        var_0 = builtin_tid1d();
        // if tid >= particle_contact_count[0]:                                                   <L 69>
        var_2 = wp::address(var_particle_contact_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 70>
            goto label0;
        }
        // shape = soft_contact_shape[tid]                                                        <L 71>
        var_5 = wp::address(var_soft_contact_shape, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // particle = soft_contact_particle[tid]                                                  <L 72>
        var_8 = wp::address(var_soft_contact_particle, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // body = shape_body[shape]                                                               <L 73>
        var_11 = wp::address(var_shape_body, var_6);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // X_wb = wp.transform_identity()                                                         <L 74>
        var_14 = wp::transform_identity<wp::float32>();
        // if body >= 0:                                                                          <L 75>
        var_16 = (var_12 >= var_15);
        if (var_16) {
            // X_wb = transforms[body]                                                            <L 76>
            var_17 = wp::address(var_transforms, var_12);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
        }
        var_20 = wp::where(var_16, var_18, var_14);
        // bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])                              <L 77>
        var_21 = wp::address(var_soft_contact_body_pos, var_0);
        var_23 = wp::load(var_21);
        var_22 = wp::transform_point(var_20, var_23);
        // n = soft_contact_normal[tid]                                                           <L 78>
        var_24 = wp::address(var_soft_contact_normal, var_0);
        var_26 = wp::load(var_24);
        var_25 = wp::copy(var_26);
        // penetration = wp.dot(n, points[particle] - bx) - smoothing_length                      <L 79>
        var_27 = wp::address(var_points, var_9);
        var_29 = wp::load(var_27);
        var_28 = wp::sub(var_29, var_22);
        var_30 = wp::dot(var_25, var_28);
        var_31 = wp::sub(var_30, var_smoothing_length);
        // if penetration > margin:                                                               <L 80>
        var_32 = (var_31 > var_margin);
        if (var_32) {
            // return                                                                             <L 81>
            goto label1;
        }
        // material = shape_materials[shape]                                                      <L 82>
        var_33 = wp::address(var_shape_materials, var_6);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // bv = wp.vec3()                                                                         <L 83>
        var_36 = wp::vec_t<3, wp::float32>();
        // if body >= 0:                                                                          <L 84>
        var_38 = (var_12 >= var_37);
        if (var_38) {
            // twist = twists[body]                                                               <L 85>
            var_39 = wp::address(var_twists, var_12);
            var_41 = wp::load(var_39);
            var_40 = wp::copy(var_41);
            // bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)                <L 86>
            var_42 = wp::spatial_bottom(var_40);
            var_43 = wp::spatial_top(var_40);
            var_44 = wp::cross(var_43, var_22);
            var_45 = wp::add(var_42, var_44);
        }
        var_46 = wp::where(var_38, var_45, var_36);
        // v_rel = velocities[particle] - bv                                                      <L 87>
        var_47 = wp::address(var_velocities, var_9);
        var_49 = wp::load(var_47);
        var_48 = wp::sub(var_49, var_46);
        // v_normal = wp.dot(n, v_rel)                                                            <L 88>
        var_50 = wp::dot(var_25, var_48);
        // v_tangent = v_rel - n * v_normal                                                       <L 89>
        var_51 = wp::mul(var_25, var_50);
        var_52 = wp::sub(var_48, var_51);
        // fn = penetration * material[0]                                                         <L 90>
        var_54 = wp::extract(var_34, var_53);
        var_55 = wp::mul(var_31, var_54);
        // fd = wp.min(v_normal, 0.0) * material[1] * wp.where(penetration < 0.0, 1.0, 0.0)       <L 91>
        var_57 = wp::min(var_50, var_56);
        var_59 = wp::extract(var_34, var_58);
        var_60 = wp::mul(var_57, var_59);
        var_62 = (var_31 < var_61);
        var_65 = wp::where(var_62, var_63, var_64);
        var_66 = wp::mul(var_60, var_65);
        // if wp.static(friction == "coulomb"):                                                   <L 92>
        // elif wp.static(friction == "viscous"):                                                 <L 94>
        // ft = v_tangent * material[2]                                                           <L 95>
        var_70 = wp::extract(var_34, var_69);
        var_71 = wp::mul(var_52, var_70);
        // f_total = n * (fn + fd) + ft                                                           <L 98>
        var_72 = wp::add(var_55, var_66);
        var_73 = wp::mul(var_25, var_72);
        var_74 = wp::add(var_73, var_71);
        // wp.atomic_sub(force_out, particle, f_total)                                            <L 99>
        // var_75 = wp::atomic_sub(var_force_out, var_9, var_74);
        // if body >= 0:                                                                          <L 100>
        var_77 = (var_12 >= var_76);
        if (var_77) {
            // wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))       <L 101>
            var_78 = wp::cross(var_22, var_74);
            var_79 = wp::vec_t<6, wp::float32>(var_78, var_74);
            // var_80 = wp::atomic_add(var_wrenches_out, var_12, var_79);
        }
        //---------
        // reverse
        if (var_77) {
            wp::adj_atomic_add(var_wrenches_out, var_12, var_79, adj_wrenches_out, adj_12, adj_79, adj_80);
            wp::adj_vec_t(var_78, var_74, adj_78, adj_74, adj_79);
            wp::adj_cross(var_22, var_74, adj_22, adj_74, adj_78);
            // adj: wp.atomic_add(wrenches_out, body, wp.spatial_vector(wp.cross(bx, f_total), f_total))  <L 101>
        }
        // adj: if body >= 0:                                                                     <L 100>
        wp::adj_atomic_sub(var_force_out, var_9, var_74, adj_force_out, adj_9, adj_74, adj_75);
        // adj: wp.atomic_sub(force_out, particle, f_total)                                       <L 99>
        wp::adj_add(var_73, var_71, adj_73, adj_71, adj_74);
        wp::adj_mul(var_25, var_72, adj_25, adj_72, adj_73);
        wp::adj_add(var_55, var_66, adj_55, adj_66, adj_72);
        // adj: f_total = n * (fn + fd) + ft                                                      <L 98>
        wp::adj_mul(var_52, var_70, adj_52, adj_70, adj_71);
        wp::adj_extract(var_34, var_69, adj_34, adj_69, adj_70);
        // adj: ft = v_tangent * material[2]                                                      <L 95>
        // adj: elif wp.static(friction == "viscous"):                                            <L 94>
        // adj: if wp.static(friction == "coulomb"):                                              <L 92>
        wp::adj_mul(var_60, var_65, adj_60, adj_65, adj_66);
        wp::adj_where(var_62, var_63, var_64, adj_62, adj_63, adj_64, adj_65);
        wp::adj_mul(var_57, var_59, adj_57, adj_59, adj_60);
        wp::adj_extract(var_34, var_58, adj_34, adj_58, adj_59);
        wp::adj_min(var_50, var_56, adj_50, adj_56, adj_57);
        // adj: fd = wp.min(v_normal, 0.0) * material[1] * wp.where(penetration < 0.0, 1.0, 0.0)  <L 91>
        wp::adj_mul(var_31, var_54, adj_31, adj_54, adj_55);
        wp::adj_extract(var_34, var_53, adj_34, adj_53, adj_54);
        // adj: fn = penetration * material[0]                                                    <L 90>
        wp::adj_sub(var_48, var_51, adj_48, adj_51, adj_52);
        wp::adj_mul(var_25, var_50, adj_25, adj_50, adj_51);
        // adj: v_tangent = v_rel - n * v_normal                                                  <L 89>
        wp::adj_dot(var_25, var_48, adj_25, adj_48, adj_50);
        // adj: v_normal = wp.dot(n, v_rel)                                                       <L 88>
        wp::adj_sub(var_49, var_46, adj_47, adj_46, adj_48);
        wp::adj_address(var_velocities, var_9, adj_velocities, adj_9, adj_47);
        // adj: v_rel = velocities[particle] - bv                                                 <L 87>
        wp::adj_where(var_38, var_45, var_36, adj_38, adj_45, adj_36, adj_46);
        if (var_38) {
            wp::adj_add(var_42, var_44, adj_42, adj_44, adj_45);
            wp::adj_cross(var_43, var_22, adj_43, adj_22, adj_44);
            wp::adj_spatial_top(var_40, adj_40, adj_43);
            wp::adj_spatial_bottom(var_40, adj_40, adj_42);
            // adj: bv = wp.spatial_bottom(twist) + wp.cross(wp.spatial_top(twist), bx)           <L 86>
            wp::adj_copy(var_41, adj_39, adj_40);
            wp::adj_address(var_twists, var_12, adj_twists, adj_12, adj_39);
            // adj: twist = twists[body]                                                          <L 85>
        }
        // adj: if body >= 0:                                                                     <L 84>
        // adj: bv = wp.vec3()                                                                    <L 83>
        wp::adj_copy(var_35, adj_33, adj_34);
        wp::adj_address(var_shape_materials, var_6, adj_shape_materials, adj_6, adj_33);
        // adj: material = shape_materials[shape]                                                 <L 82>
        if (var_32) {
            label1:;
            // adj: return                                                                        <L 81>
        }
        // adj: if penetration > margin:                                                          <L 80>
        wp::adj_sub(var_30, var_smoothing_length, adj_30, adj_smoothing_length, adj_31);
        wp::adj_dot(var_25, var_28, adj_25, adj_28, adj_30);
        wp::adj_sub(var_29, var_22, adj_27, adj_22, adj_28);
        wp::adj_address(var_points, var_9, adj_points, adj_9, adj_27);
        // adj: penetration = wp.dot(n, points[particle] - bx) - smoothing_length                 <L 79>
        wp::adj_copy(var_26, adj_24, adj_25);
        wp::adj_address(var_soft_contact_normal, var_0, adj_soft_contact_normal, adj_0, adj_24);
        // adj: n = soft_contact_normal[tid]                                                      <L 78>
        wp::adj_transform_point(var_20, var_23, adj_20, adj_21, adj_22);
        wp::adj_address(var_soft_contact_body_pos, var_0, adj_soft_contact_body_pos, adj_0, adj_21);
        // adj: bx = wp.transform_point(X_wb, soft_contact_body_pos[tid])                         <L 77>
        wp::adj_where(var_16, var_18, var_14, adj_16, adj_18, adj_14, adj_20);
        if (var_16) {
            wp::adj_copy(var_19, adj_17, adj_18);
            wp::adj_address(var_transforms, var_12, adj_transforms, adj_12, adj_17);
            // adj: X_wb = transforms[body]                                                       <L 76>
        }
        // adj: if body >= 0:                                                                     <L 75>
        // adj: X_wb = wp.transform_identity()                                                    <L 74>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_shape_body, var_6, adj_shape_body, adj_6, adj_11);
        // adj: body = shape_body[shape]                                                          <L 73>
        wp::adj_copy(var_10, adj_8, adj_9);
        wp::adj_address(var_soft_contact_particle, var_0, adj_soft_contact_particle, adj_0, adj_8);
        // adj: particle = soft_contact_particle[tid]                                             <L 72>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_soft_contact_shape, var_0, adj_soft_contact_shape, adj_0, adj_5);
        // adj: shape = soft_contact_shape[tid]                                                   <L 71>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 70>
        }
        wp::adj_address(var_particle_contact_count, var_1, adj_particle_contact_count, adj_1, adj_2);
        // adj: if tid >= particle_contact_count[0]:                                              <L 69>
        // adj: tid = wp.tid()                                                                    <L 68>
        // adj: def resolve_particle_body_contacts(                                               <L 51>
        continue;
    }
}

