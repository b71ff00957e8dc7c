// Warp 1.19.0 cuda code for reset_contacts_34f059c9.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// reset_contacts.py:91
static CUDA_CALLABLE wp::vec_t<3, wp::float32> support_point_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_d)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 1;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 1;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::int32 var_14 = 2;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 2;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::int32 var_21 = 0;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def support_point(geo_type: wp.int32, scale: wp.vec3, d: wp.vec3) -> wp.vec3:          <L 92>
    // if geo_type == GeoType.BOX:                                                            <L 94>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.vec3(wp.sign(d[0]) * scale[0], wp.sign(d[1]) * scale[1], wp.sign(d[2]) * scale[2])       <L 95>
        var_3 = wp::extract(var_d, var_2);
        var_4 = wp::sign(var_3);
        var_6 = wp::extract(var_scale, var_5);
        var_7 = wp::mul(var_4, var_6);
        var_9 = wp::extract(var_d, var_8);
        var_10 = wp::sign(var_9);
        var_12 = wp::extract(var_scale, var_11);
        var_13 = wp::mul(var_10, var_12);
        var_15 = wp::extract(var_d, var_14);
        var_16 = wp::sign(var_15);
        var_18 = wp::extract(var_scale, var_17);
        var_19 = wp::mul(var_16, var_18);
        var_20 = wp::vec_t<3, wp::float32>(var_7, var_13, var_19);
        return var_20;
    }
    // return d * scale[0]                                                                    <L 96>
    var_22 = wp::extract(var_scale, var_21);
    var_23 = wp::mul(var_d, var_22);
    return var_23;
}


// reset_contacts.py:42
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
    // def shape_center(body_transforms: wp.array(dtype=wp.transform), body: wp.int32, X_bs: wp.transform) -> wp.vec3:       <L 43>
    // if body < 0:                                                                           <L 44>
    var_1 = (var_body < var_0);
    if (var_1) {
        // return wp.transform_get_translation(X_bs)                                          <L 45>
        var_2 = wp::transform_get_translation(var_X_bs);
        return var_2;
    }
    // return wp.transform_point(body_transforms[body], wp.transform_get_translation(X_bs))       <L 46>
    var_3 = wp::address(var_body_transforms, var_body);
    var_4 = wp::transform_get_translation(var_X_bs);
    var_6 = wp::load(var_3);
    var_5 = wp::transform_point(var_6, var_4);
    return var_5;
}


// reset_contacts.py:33
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
    // def bounding_radius(geo_type: wp.int32, scale: wp.vec3) -> float:                      <L 34>
    // if geo_type == GeoType.BOX:                                                            <L 35>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.length(scale)                                                            <L 36>
        var_2 = wp::length(var_scale);
        return var_2;
    }
    // if geo_type == GeoType.CAPSULE:                                                        <L 37>
    var_4 = (var_geo_type == var_3);
    if (var_4) {
        // return scale[0] + scale[1]                                                         <L 38>
        var_6 = wp::extract(var_scale, var_5);
        var_8 = wp::extract(var_scale, var_7);
        var_9 = wp::add(var_6, var_8);
        return var_9;
    }
    // return scale[0]                                                                        <L 39>
    var_11 = wp::extract(var_scale, var_10);
    return var_11;
}


// reset_contacts.py:91
static CUDA_CALLABLE void adj_support_point_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::vec_t<3, wp::float32> var_d,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// reset_contacts.py:42
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


// reset_contacts.py:33
static CUDA_CALLABLE void adj_bounding_radius_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void collide_shapes_ground_20c6772f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::int32> var_shape_geo_type,
    wp::array_t<wp::transform_t<wp::float32>> var_shape_X_bs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_scale,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_contact_max,
    wp::vec_t<3, wp::float32> var_up,
    wp::float32 var_ground_height,
    wp::float32 var_contact_margin,
    wp::array_t<wp::int32> var_rigid_contact_count,
    wp::array_t<wp::int32> var_contact_shape0,
    wp::array_t<wp::float32> var_contact_depth,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_world_points)
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
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::int32* var_4;
        wp::int32 var_5;
        wp::int32 var_6;
        const wp::int32 var_7 = 0;
        bool var_8;
        bool var_9;
        const wp::int32 var_10 = 0;
        bool var_11;
        const wp::int32 var_12 = 1;
        bool var_13;
        wp::transform_t<wp::float32>* var_14;
        wp::transform_t<wp::float32>* var_15;
        wp::transform_t<wp::float32> var_16;
        wp::transform_t<wp::float32> var_17;
        wp::transform_t<wp::float32> var_18;
        wp::quat_t<wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32>* var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        bool var_28;
        const wp::int32 var_29 = 0;
        const wp::int32 var_30 = 1;
        wp::int32 var_31;
        bool var_32;
        wp::float32 var_33;
        //---------
        // forward
        // def collide_shapes_ground(                                                             <L 100>
        // tid = wp.tid()                                                                         <L 116>
        var_0 = builtin_tid1d();
        // body = shape_body[tid]                                                                 <L 117>
        var_1 = wp::address(var_shape_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // geo_type = shape_geo_type[tid]                                                         <L 118>
        var_4 = wp::address(var_shape_geo_type, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if body < 0:                                                                           <L 119>
        var_8 = (var_2 < var_7);
        if (var_8) {
            // return                                                                             <L 120>
            continue;
        }
        // if geo_type != GeoType.SPHERE and geo_type != GeoType.BOX:                             <L 121>
        var_11 = (var_5 != var_10);
        var_9 = var_11;
        if (var_9) {
            var_13 = (var_5 != var_12);
            var_9 = var_9 && var_13;
        }
        if (var_9) {
            // return                                                                             <L 122>
            continue;
        }
        // X_ws = wp.transform_multiply(body_q[body], shape_X_bs[tid])                            <L 123>
        var_14 = wp::address(var_body_q, var_2);
        var_15 = wp::address(var_shape_X_bs, var_0);
        var_17 = wp::load(var_14);
        var_18 = wp::load(var_15);
        var_16 = wp::transform_multiply(var_17, var_18);
        // n_s = wp.quat_rotate_inv(wp.transform_get_rotation(X_ws), -up)                         <L 124>
        var_19 = wp::transform_get_rotation(var_16);
        var_20 = wp::neg(var_up);
        var_21 = wp::quat_rotate_inv(var_19, var_20);
        // p = wp.transform_point(X_ws, support_point(geo_type, shape_scale[tid], n_s))           <L 125>
        var_22 = wp::address(var_shape_scale, var_0);
        var_24 = wp::load(var_22);
        var_23 = support_point_0(var_5, var_24, var_21);
        var_25 = wp::transform_point(var_16, var_23);
        // d = wp.dot(up, p) - ground_height                                                      <L 126>
        var_26 = wp::dot(var_up, var_25);
        var_27 = wp::sub(var_26, var_ground_height);
        // if d >= contact_margin:                                                                <L 127>
        var_28 = (var_27 >= var_contact_margin);
        if (var_28) {
            // return                                                                             <L 128>
            continue;
        }
        // slot = wp.atomic_add(rigid_contact_count, 0, 1)                                        <L 129>
        var_31 = wp::atomic_add(var_rigid_contact_count, var_29, var_30);
        // if slot >= contact_max:                                                                <L 130>
        var_32 = (var_31 >= var_contact_max);
        if (var_32) {
            // return                                                                             <L 131>
            continue;
        }
        // contact_shape0[slot] = tid                                                             <L 132>
        wp::array_store(var_contact_shape0, var_31, var_0);
        // world_points[slot] = p                                                                 <L 133>
        wp::array_store(var_world_points, var_31, var_25);
        // contact_normals[slot] = up                                                             <L 134>
        wp::array_store(var_contact_normals, var_31, var_up);
        // contact_depth[slot] = -d                                                               <L 135>
        var_33 = wp::neg(var_27);
        wp::array_store(var_contact_depth, var_31, var_33);
    }
}



extern "C" __global__ void find_shape_pairs_c915304e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::int32> var_shape_geo_type,
    wp::array_t<wp::transform_t<wp::float32>> var_shape_X_bs,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_scale,
    wp::array_t<wp::int32> var_shape_group,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::int32 var_shape_count,
    wp::float32 var_contact_margin,
    wp::int32 var_contact_max,
    wp::array_t<wp::int32> var_contact_count,
    wp::array_t<wp::vec_t<2, wp::int32>> var_contact_pairs)
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
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::float32 var_44;
        wp::float32 var_45;
        bool var_46;
        const wp::int32 var_47 = 0;
        const wp::int32 var_48 = 1;
        wp::int32 var_49;
        bool var_50;
        wp::vec_t<2, wp::int32> var_51;
        //---------
        // forward
        // def find_shape_pairs(                                                                  <L 50>
        // tid = wp.tid()                                                                         <L 64>
        var_0 = builtin_tid1d();
        // shape_a = tid // shape_count                                                           <L 65>
        var_1 = wp::floordiv(var_0, var_shape_count);
        // shape_b = tid % shape_count                                                            <L 66>
        var_2 = wp::mod(var_0, var_shape_count);
        // if shape_a >= shape_count or shape_b <= shape_a:                                       <L 68>
        var_4 = (var_1 >= var_shape_count);
        var_3 = var_4;
        if (!var_3) {
            var_5 = (var_2 <= var_1);
            var_3 = var_3 || var_5;
        }
        if (var_3) {
            // return                                                                             <L 69>
            continue;
        }
        // body_a = shape_body[shape_a]                                                           <L 70>
        var_6 = wp::address(var_shape_body, var_1);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // body_b = shape_body[shape_b]                                                           <L 71>
        var_9 = wp::address(var_shape_body, var_2);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // if body_a == body_b:                                                                   <L 73>
        var_12 = (var_7 == var_10);
        if (var_12) {
            // return                                                                             <L 74>
            continue;
        }
        // group_a = shape_group[shape_a]                                                         <L 75>
        var_13 = wp::address(var_shape_group, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // group_b = shape_group[shape_b]                                                         <L 76>
        var_16 = wp::address(var_shape_group, var_2);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // if group_a != group_b and group_a != 0 and group_b != 0:                               <L 78>
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
            // return                                                                             <L 79>
            continue;
        }
        // c_a = shape_center(body_q, body_a, shape_X_bs[shape_a])                                <L 80>
        var_25 = wp::address(var_shape_X_bs, var_1);
        var_27 = wp::load(var_25);
        var_26 = shape_center_0(var_body_q, var_7, var_27);
        // c_b = shape_center(body_q, body_b, shape_X_bs[shape_b])                                <L 81>
        var_28 = wp::address(var_shape_X_bs, var_2);
        var_30 = wp::load(var_28);
        var_29 = shape_center_0(var_body_q, var_10, var_30);
        // r = bounding_radius(shape_geo_type[shape_a], shape_scale[shape_a]) + bounding_radius(shape_geo_type[shape_b], shape_scale[shape_b])       <L 82>
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
        // r += contact_margin                                                                    <L 83>
        var_42 = wp::add(var_41, var_contact_margin);
        // if wp.length_sq(c_b - c_a) > r * r:                                                    <L 84>
        var_43 = wp::sub(var_29, var_26);
        var_44 = wp::length_sq(var_43);
        var_45 = wp::mul(var_42, var_42);
        var_46 = (var_44 > var_45);
        if (var_46) {
            // return                                                                             <L 85>
            continue;
        }
        // slot = wp.atomic_add(contact_count, 0, 1)                                              <L 86>
        var_49 = wp::atomic_add(var_contact_count, var_47, var_48);
        // if slot < contact_max:                                                                 <L 87>
        var_50 = (var_49 < var_contact_max);
        if (var_50) {
            // contact_pairs[slot] = wp.vec2i(shape_a, shape_b)                                   <L 88>
            var_51 = wp::vec_t<2, wp::int32>(var_1, var_2);
            wp::array_store(var_contact_pairs, var_49, var_51);
        }
    }
}



extern "C" __global__ void reset_contacts_f73e9301_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_contact_max,
    wp::array_t<wp::int32> var_rigid_contact_count,
    wp::array_t<wp::int32> var_contact_count_prev,
    wp::array_t<wp::int32> var_contact_overflow,
    wp::array_t<wp::int32> var_contact_shape0,
    wp::array_t<wp::int32> var_contact_shape1,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rigid_contact_force)
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
        bool var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        wp::int32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        wp::range_t var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = -1;
        const wp::int32 var_13 = -1;
        const wp::float32 var_14 = 0.0;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 0;
        const wp::int32 var_17 = 0;
        //---------
        // forward
        // def reset_contacts(                                                                    <L 12>
        // count = rigid_contact_count[0]                                                         <L 21>
        var_1 = wp::address(var_rigid_contact_count, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if count > contact_max:                                                                <L 22>
        var_4 = (var_2 > var_contact_max);
        if (var_4) {
            // contact_overflow[0] = count - contact_max                                          <L 23>
            var_5 = wp::sub(var_2, var_contact_max);
            wp::array_store(var_contact_overflow, var_6, var_5);
            // count = contact_max                                                                <L 24>
            var_7 = wp::copy(var_contact_max);
        }
        var_8 = wp::where(var_4, var_7, var_2);
        // contact_count_prev[0] = count                                                          <L 25>
        wp::array_store(var_contact_count_prev, var_9, var_8);
        // for k in range(count):                                                                 <L 26>
        var_10 = wp::range(var_8);
        start_for_0:;
            if (iter_cmp(var_10) == 0) goto end_for_0;
            var_11 = wp::iter_next(var_10);
            // contact_shape0[k] = -1                                                             <L 27>
            wp::array_store(var_contact_shape0, var_11, var_12);
            // contact_shape1[k] = -1                                                             <L 28>
            wp::array_store(var_contact_shape1, var_11, var_13);
            // rigid_contact_force[k] = wp.vec3(0.0)                                              <L 29>
            var_15 = wp::vec_t<3, wp::float32>(var_14);
            wp::array_store(var_rigid_contact_force, var_11, var_15);
            goto start_for_0;
        end_for_0:;
        // rigid_contact_count[0] = 0                                                             <L 30>
        wp::array_store(var_rigid_contact_count, var_17, var_16);
    }
}

