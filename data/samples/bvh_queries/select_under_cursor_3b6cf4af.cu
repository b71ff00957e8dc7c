// Warp 1.19.0 cuda code for select_under_cursor_3b6cf4af.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// select_under_cursor.py:146
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
    // def support_point(geo_type: wp.int32, scale: wp.vec3, d: wp.vec3) -> wp.vec3:          <L 147>
    // if geo_type == GeoType.BOX:                                                            <L 149>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return wp.vec3(wp.sign(d[0]) * scale[0], wp.sign(d[1]) * scale[1], wp.sign(d[2]) * scale[2])       <L 150>
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
    // return d * scale[0]                                                                    <L 151>
    var_22 = wp::extract(var_scale, var_21);
    var_23 = wp::mul(var_d, var_22);
    return var_23;
}


// select_under_cursor.py:62
static CUDA_CALLABLE wp::vec_t<3, wp::float32> local_half_extents_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    bool var_1;
    const wp::int32 var_2 = 0;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def local_half_extents(geo_type: wp.int32, scale: wp.vec3) -> wp.vec3:                 <L 63>
    // if geo_type == GeoType.BOX:                                                            <L 64>
    var_1 = (var_geo_type == var_0);
    if (var_1) {
        // return scale                                                                       <L 65>
        return var_scale;
    }
    // return wp.vec3(scale[0])                                                               <L 66>
    var_3 = wp::extract(var_scale, var_2);
    var_4 = wp::vec_t<3, wp::float32>(var_3);
    return var_4;
}


// select_under_cursor.py:11
static CUDA_CALLABLE wp::float32 ray_box_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_inv_rd,
    wp::vec_t<3, wp::float32> var_lower,
    wp::vec_t<3, wp::float32> var_upper)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::float32 var_7;
    bool var_8;
    bool var_9;
    const wp::float32 var_10 = 0.0;
    bool var_11;
    const wp::float32 var_12 = -1.0;
    const wp::float32 var_13 = 0.0;
    bool var_14;
    wp::float32 var_15;
    //---------
    // forward
    // def ray_box(ro: wp.vec3, inv_rd: wp.vec3, lower: wp.vec3, upper: wp.vec3) -> float:       <L 12>
    // t0 = wp.cw_mul(lower - ro, inv_rd)                                                     <L 14>
    var_0 = wp::sub(var_lower, var_ro);
    var_1 = wp::cw_mul(var_0, var_inv_rd);
    // t1 = wp.cw_mul(upper - ro, inv_rd)                                                     <L 15>
    var_2 = wp::sub(var_upper, var_ro);
    var_3 = wp::cw_mul(var_2, var_inv_rd);
    // t_near = wp.max(wp.min(t0, t1))                                                        <L 16>
    var_4 = wp::min(var_1, var_3);
    var_5 = wp::max(var_4);
    // t_far = wp.min(wp.max(t0, t1))                                                         <L 17>
    var_6 = wp::max(var_1, var_3);
    var_7 = wp::min(var_6);
    // if t_near > t_far or t_far < 0.0:                                                      <L 18>
    var_9 = (var_5 > var_7);
    var_8 = var_9;
    if (!var_8) {
        var_11 = (var_7 < var_10);
        var_8 = var_8 || var_11;
    }
    if (var_8) {
        // return -1.0                                                                        <L 19>
        return var_12;
    }
    // return wp.where(t_near >= 0.0, t_near, t_far)                                          <L 20>
    var_14 = (var_5 >= var_13);
    var_15 = wp::where(var_14, var_5, var_7);
    return var_15;
}


// select_under_cursor.py:146
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


// select_under_cursor.py:62
static CUDA_CALLABLE void adj_local_half_extents_0(
    wp::int32 var_geo_type,
    wp::vec_t<3, wp::float32> var_scale,
    wp::int32 & adj_geo_type,
    wp::vec_t<3, wp::float32> & adj_scale,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// select_under_cursor.py:11
static CUDA_CALLABLE void adj_ray_box_0(
    wp::vec_t<3, wp::float32> var_ro,
    wp::vec_t<3, wp::float32> var_inv_rd,
    wp::vec_t<3, wp::float32> var_lower,
    wp::vec_t<3, wp::float32> var_upper,
    wp::vec_t<3, wp::float32> & adj_ro,
    wp::vec_t<3, wp::float32> & adj_inv_rd,
    wp::vec_t<3, wp::float32> & adj_lower,
    wp::vec_t<3, wp::float32> & adj_upper,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void find_plane_contacts_509e880f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::int32> var_shape_type,
    wp::array_t<wp::transform_t<wp::float32>> var_shape_transform,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_scale,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::float32> var_floor,
    wp::array_t<wp::float32> var_contact_margin,
    wp::int32 var_contact_max,
    wp::vec_t<3, wp::float32> var_plane_normal,
    wp::array_t<wp::int32> var_rigid_contact_count,
    wp::array_t<wp::int32> var_contact_shape0,
    wp::array_t<wp::float32> var_penetration,
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
        const wp::int32 var_14 = 0;
        wp::float32* var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        const wp::int32 var_18 = 0;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::transform_t<wp::float32>* var_22;
        wp::transform_t<wp::float32>* var_23;
        wp::transform_t<wp::float32> var_24;
        wp::transform_t<wp::float32> var_25;
        wp::transform_t<wp::float32> var_26;
        wp::quat_t<wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32>* var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        bool var_36;
        const wp::int32 var_37 = 0;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        bool var_40;
        wp::float32 var_41;
        //---------
        // forward
        // def find_plane_contacts(                                                               <L 155>
        // tid = wp.tid()                                                                         <L 171>
        var_0 = builtin_tid1d();
        // body = shape_body[tid]                                                                 <L 172>
        var_1 = wp::address(var_shape_body, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // geo_type = shape_type[tid]                                                             <L 173>
        var_4 = wp::address(var_shape_type, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if body < 0:                                                                           <L 174>
        var_8 = (var_2 < var_7);
        if (var_8) {
            // return                                                                             <L 175>
            continue;
        }
        // if geo_type != GeoType.SPHERE and geo_type != GeoType.BOX:                             <L 176>
        var_11 = (var_5 != var_10);
        var_9 = var_11;
        if (var_9) {
            var_13 = (var_5 != var_12);
            var_9 = var_9 && var_13;
        }
        if (var_9) {
            // return                                                                             <L 177>
            continue;
        }
        // margin = contact_margin[0]                                                             <L 178>
        var_15 = wp::address(var_contact_margin, var_14);
        var_17 = wp::load(var_15);
        var_16 = wp::copy(var_17);
        // ground_height = floor[0]                                                               <L 179>
        var_19 = wp::address(var_floor, var_18);
        var_21 = wp::load(var_19);
        var_20 = wp::copy(var_21);
        // X_ws = wp.transform_multiply(body_q[body], shape_transform[tid])                       <L 180>
        var_22 = wp::address(var_body_q, var_2);
        var_23 = wp::address(var_shape_transform, var_0);
        var_25 = wp::load(var_22);
        var_26 = wp::load(var_23);
        var_24 = wp::transform_multiply(var_25, var_26);
        // n_s = wp.quat_rotate_inv(wp.transform_get_rotation(X_ws), -plane_normal)               <L 182>
        var_27 = wp::transform_get_rotation(var_24);
        var_28 = wp::neg(var_plane_normal);
        var_29 = wp::quat_rotate_inv(var_27, var_28);
        // p = wp.transform_point(X_ws, support_point(geo_type, shape_scale[tid], n_s))           <L 183>
        var_30 = wp::address(var_shape_scale, var_0);
        var_32 = wp::load(var_30);
        var_31 = support_point_0(var_5, var_32, var_29);
        var_33 = wp::transform_point(var_24, var_31);
        // d = wp.dot(plane_normal, p) - ground_height                                            <L 184>
        var_34 = wp::dot(var_plane_normal, var_33);
        var_35 = wp::sub(var_34, var_20);
        // if d >= margin:                                                                        <L 185>
        var_36 = (var_35 >= var_16);
        if (var_36) {
            // return                                                                             <L 186>
            continue;
        }
        // slot = wp.atomic_add(rigid_contact_count, 0, 1)                                        <L 187>
        var_39 = wp::atomic_add(var_rigid_contact_count, var_37, var_38);
        // if slot >= contact_max:                                                                <L 188>
        var_40 = (var_39 >= var_contact_max);
        if (var_40) {
            // return                                                                             <L 189>
            continue;
        }
        // contact_shape0[slot] = tid                                                             <L 190>
        wp::array_store(var_contact_shape0, var_39, var_0);
        // world_points[slot] = p                                                                 <L 191>
        wp::array_store(var_world_points, var_39, var_33);
        // contact_normals[slot] = plane_normal                                                   <L 192>
        wp::array_store(var_contact_normals, var_39, var_plane_normal);
        // penetration[slot] = -d                                                                 <L 193>
        var_41 = wp::neg(var_35);
        wp::array_store(var_penetration, var_39, var_41);
    }
}



extern "C" __global__ void compute_shape_aabbs_6a2b3e4a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_shape_body,
    wp::array_t<wp::int32> var_shape_type,
    wp::array_t<wp::transform_t<wp::float32>> var_shape_transform,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_scale,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::float32> var_contact_margin,
    wp::array_t<wp::vec_t<3, wp::float32>> var_box_min,
    wp::array_t<wp::vec_t<3, wp::float32>> var_box_max,
    wp::array_t<wp::transform_t<wp::float32>> var_shape_X_ws)
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
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::transform_t<wp::float32>* var_11;
        wp::transform_t<wp::float32> var_12;
        wp::transform_t<wp::float32> var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        wp::transform_t<wp::float32>* var_16;
        wp::transform_t<wp::float32> var_17;
        wp::transform_t<wp::float32> var_18;
        wp::transform_t<wp::float32> var_19;
        const wp::int32 var_20 = 3;
        bool var_21;
        const wp::float32 var_22 = -1000000.0;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 1000000.0;
        wp::vec_t<3, wp::float32> var_25;
        wp::vec_t<3, wp::float32>* var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        const wp::int32 var_29 = 0;
        bool var_30;
        wp::quat_t<wp::float32> var_31;
        wp::mat_t<3, 3, wp::float32> var_32;
        const wp::int32 var_33 = 0;
        const wp::int32 var_34 = 0;
        wp::float32 var_35;
        wp::float32 var_36;
        const wp::int32 var_37 = 0;
        wp::float32 var_38;
        wp::float32 var_39;
        const wp::int32 var_40 = 0;
        const wp::int32 var_41 = 1;
        wp::float32 var_42;
        wp::float32 var_43;
        const wp::int32 var_44 = 1;
        wp::float32 var_45;
        wp::float32 var_46;
        wp::float32 var_47;
        const wp::int32 var_48 = 0;
        const wp::int32 var_49 = 2;
        wp::float32 var_50;
        wp::float32 var_51;
        const wp::int32 var_52 = 2;
        wp::float32 var_53;
        wp::float32 var_54;
        wp::float32 var_55;
        const wp::int32 var_56 = 1;
        const wp::int32 var_57 = 0;
        wp::float32 var_58;
        wp::float32 var_59;
        const wp::int32 var_60 = 0;
        wp::float32 var_61;
        wp::float32 var_62;
        const wp::int32 var_63 = 1;
        const wp::int32 var_64 = 1;
        wp::float32 var_65;
        wp::float32 var_66;
        const wp::int32 var_67 = 1;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::int32 var_71 = 1;
        const wp::int32 var_72 = 2;
        wp::float32 var_73;
        wp::float32 var_74;
        const wp::int32 var_75 = 2;
        wp::float32 var_76;
        wp::float32 var_77;
        wp::float32 var_78;
        const wp::int32 var_79 = 2;
        const wp::int32 var_80 = 0;
        wp::float32 var_81;
        wp::float32 var_82;
        const wp::int32 var_83 = 0;
        wp::float32 var_84;
        wp::float32 var_85;
        const wp::int32 var_86 = 2;
        const wp::int32 var_87 = 1;
        wp::float32 var_88;
        wp::float32 var_89;
        const wp::int32 var_90 = 1;
        wp::float32 var_91;
        wp::float32 var_92;
        wp::float32 var_93;
        const wp::int32 var_94 = 2;
        const wp::int32 var_95 = 2;
        wp::float32 var_96;
        wp::float32 var_97;
        const wp::int32 var_98 = 2;
        wp::float32 var_99;
        wp::float32 var_100;
        wp::float32 var_101;
        wp::vec_t<3, wp::float32> var_102;
        wp::vec_t<3, wp::float32> var_103;
        wp::vec_t<3, wp::float32> var_104;
        wp::vec_t<3, wp::float32> var_105;
        wp::vec_t<3, wp::float32> var_106;
        wp::vec_t<3, wp::float32> var_107;
        wp::vec_t<3, wp::float32> var_108;
        //---------
        // forward
        // def compute_shape_aabbs(                                                               <L 70>
        // tid = wp.tid()                                                                         <L 81>
        var_0 = builtin_tid1d();
        // geo_type = shape_type[tid]                                                             <L 82>
        var_1 = wp::address(var_shape_type, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // body = shape_body[tid]                                                                 <L 83>
        var_4 = wp::address(var_shape_body, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // margin = contact_margin[0]                                                             <L 84>
        var_8 = wp::address(var_contact_margin, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // X_ws = shape_transform[tid]                                                            <L 85>
        var_11 = wp::address(var_shape_transform, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if body >= 0:                                                                          <L 86>
        var_15 = (var_5 >= var_14);
        if (var_15) {
            // X_ws = wp.transform_multiply(body_q[body], X_ws)                                   <L 87>
            var_16 = wp::address(var_body_q, var_5);
            var_18 = wp::load(var_16);
            var_17 = wp::transform_multiply(var_18, var_12);
        }
        var_19 = wp::where(var_15, var_17, var_12);
        // shape_X_ws[tid] = X_ws                                                                 <L 88>
        wp::array_store(var_shape_X_ws, var_0, var_19);
        // if geo_type == GeoType.PLANE:                                                          <L 89>
        var_21 = (var_2 == var_20);
        if (var_21) {
            // box_min[tid] = wp.vec3(-1.0e6)                                                     <L 90>
            var_23 = wp::vec_t<3, wp::float32>(var_22);
            wp::array_store(var_box_min, var_0, var_23);
            // box_max[tid] = wp.vec3(1.0e6)                                                      <L 91>
            var_25 = wp::vec_t<3, wp::float32>(var_24);
            wp::array_store(var_box_max, var_0, var_25);
            // return                                                                             <L 92>
            continue;
        }
        // he = local_half_extents(geo_type, shape_scale[tid])                                    <L 93>
        var_26 = wp::address(var_shape_scale, var_0);
        var_28 = wp::load(var_26);
        var_27 = local_half_extents_0(var_2, var_28);
        // if geo_type != GeoType.SPHERE:                                                         <L 94>
        var_30 = (var_2 != var_29);
        if (var_30) {
            // R = wp.quat_to_matrix(wp.transform_get_rotation(X_ws))                             <L 95>
            var_31 = wp::transform_get_rotation(var_19);
            var_32 = wp::quat_to_matrix(var_31);
            // he = wp.vec3(                                                                      <L 96>
            // wp.abs(R[0, 0]) * he[0] + wp.abs(R[0, 1]) * he[1] + wp.abs(R[0, 2]) * he[2],       <L 97>
            var_35 = wp::extract(var_32, var_33, var_34);
            var_36 = wp::abs(var_35);
            var_38 = wp::extract(var_27, var_37);
            var_39 = wp::mul(var_36, var_38);
            var_42 = wp::extract(var_32, var_40, var_41);
            var_43 = wp::abs(var_42);
            var_45 = wp::extract(var_27, var_44);
            var_46 = wp::mul(var_43, var_45);
            var_47 = wp::add(var_39, var_46);
            var_50 = wp::extract(var_32, var_48, var_49);
            var_51 = wp::abs(var_50);
            var_53 = wp::extract(var_27, var_52);
            var_54 = wp::mul(var_51, var_53);
            var_55 = wp::add(var_47, var_54);
            // wp.abs(R[1, 0]) * he[0] + wp.abs(R[1, 1]) * he[1] + wp.abs(R[1, 2]) * he[2],       <L 98>
            var_58 = wp::extract(var_32, var_56, var_57);
            var_59 = wp::abs(var_58);
            var_61 = wp::extract(var_27, var_60);
            var_62 = wp::mul(var_59, var_61);
            var_65 = wp::extract(var_32, var_63, var_64);
            var_66 = wp::abs(var_65);
            var_68 = wp::extract(var_27, var_67);
            var_69 = wp::mul(var_66, var_68);
            var_70 = wp::add(var_62, var_69);
            var_73 = wp::extract(var_32, var_71, var_72);
            var_74 = wp::abs(var_73);
            var_76 = wp::extract(var_27, var_75);
            var_77 = wp::mul(var_74, var_76);
            var_78 = wp::add(var_70, var_77);
            // wp.abs(R[2, 0]) * he[0] + wp.abs(R[2, 1]) * he[1] + wp.abs(R[2, 2]) * he[2],       <L 99>
            var_81 = wp::extract(var_32, var_79, var_80);
            var_82 = wp::abs(var_81);
            var_84 = wp::extract(var_27, var_83);
            var_85 = wp::mul(var_82, var_84);
            var_88 = wp::extract(var_32, var_86, var_87);
            var_89 = wp::abs(var_88);
            var_91 = wp::extract(var_27, var_90);
            var_92 = wp::mul(var_89, var_91);
            var_93 = wp::add(var_85, var_92);
            var_96 = wp::extract(var_32, var_94, var_95);
            var_97 = wp::abs(var_96);
            var_99 = wp::extract(var_27, var_98);
            var_100 = wp::mul(var_97, var_99);
            var_101 = wp::add(var_93, var_100);
            var_102 = wp::vec_t<3, wp::float32>(var_55, var_78, var_101);
        }
        var_103 = wp::where(var_30, var_102, var_27);
        // he += wp.vec3(margin)                                                                  <L 101>
        var_104 = wp::vec_t<3, wp::float32>(var_9);
        var_105 = wp::add(var_103, var_104);
        // center = wp.transform_get_translation(X_ws)                                            <L 102>
        var_106 = wp::transform_get_translation(var_19);
        // box_min[tid] = center - he                                                             <L 103>
        var_107 = wp::sub(var_106, var_105);
        wp::array_store(var_box_min, var_0, var_107);
        // box_max[tid] = center + he                                                             <L 104>
        var_108 = wp::add(var_106, var_105);
        wp::array_store(var_box_max, var_0, var_108);
    }
}



extern "C" __global__ void append_ground_contacts_7b202ed2_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_shape_count,
    wp::array_t<wp::int32> var_shape_geo_type,
    wp::array_t<wp::float32> var_half_heights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_position,
    wp::array_t<wp::float32> var_shape_radius,
    wp::array_t<wp::float32> var_floor,
    wp::array_t<wp::float32> var_contact_margin,
    wp::vec_t<3, wp::float32> var_plane_normal,
    wp::int32 var_rigid_contact_max,
    wp::array_t<wp::int32> var_world_contact_count,
    wp::array_t<wp::int32> var_contact_shape,
    wp::array_t<wp::float32> var_contact_depth,
    wp::array_t<wp::int32> var_dropped_contacts)
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
        bool var_3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 0;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        bool var_19;
        const wp::int32 var_20 = 0;
        bool var_21;
        const wp::int32 var_22 = 2;
        bool var_23;
        wp::float32* var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        const wp::int32 var_29 = 2;
        bool var_30;
        wp::float32* var_31;
        const wp::int32 var_32 = 1;
        wp::float32 var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::float32 var_37;
        wp::float32 var_38;
        wp::float32 var_39;
        bool var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        bool var_43;
        const wp::int32 var_44 = 1;
        wp::int32 var_45;
        //---------
        // forward
        // def append_ground_contacts(                                                            <L 108>
        // world, s = wp.tid()                                                                    <L 124>
        builtin_tid2d(var_0, var_1);
        // if s >= world_shape_count[world]:                                                      <L 125>
        var_2 = wp::address(var_world_shape_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 126>
            continue;
        }
        // margin = contact_margin[0]                                                             <L 127>
        var_6 = wp::address(var_contact_margin, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // d_plane = floor[0]                                                                     <L 128>
        var_10 = wp::address(var_floor, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // x_s = shape_position[world, s]                                                         <L 129>
        var_13 = wp::address(var_shape_position, var_0, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // geo = shape_geo_type[world, s]                                                         <L 130>
        var_16 = wp::address(var_shape_geo_type, var_0, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::copy(var_18);
        // if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:                                   <L 131>
        var_21 = (var_17 != var_20);
        var_19 = var_21;
        if (var_19) {
            var_23 = (var_17 != var_22);
            var_19 = var_19 && var_23;
        }
        if (var_19) {
            // return                                                                             <L 132>
            continue;
        }
        // depth = shape_radius[world, s] - (wp.dot(x_s, plane_normal) - d_plane)                 <L 133>
        var_24 = wp::address(var_shape_radius, var_0, var_1);
        var_25 = wp::dot(var_14, var_plane_normal);
        var_26 = wp::sub(var_25, var_11);
        var_28 = wp::load(var_24);
        var_27 = wp::sub(var_28, var_26);
        // if geo == GeoType.CAPSULE:                                                             <L 134>
        var_30 = (var_17 == var_29);
        if (var_30) {
            // depth += half_heights[world, s] * wp.abs(plane_normal[1])                          <L 135>
            var_31 = wp::address(var_half_heights, var_0, var_1);
            var_33 = wp::extract(var_plane_normal, var_32);
            var_34 = wp::abs(var_33);
            var_36 = wp::load(var_31);
            var_35 = wp::mul(var_36, var_34);
            var_37 = wp::add(var_27, var_35);
        }
        var_38 = wp::where(var_30, var_37, var_27);
        // if depth < -margin:                                                                    <L 136>
        var_39 = wp::neg(var_7);
        var_40 = (var_38 < var_39);
        if (var_40) {
            // return                                                                             <L 137>
            continue;
        }
        // slot = wp.atomic_add(world_contact_count, world, 1)                                    <L 138>
        var_42 = wp::atomic_add(var_world_contact_count, var_0, var_41);
        // if slot >= rigid_contact_max:                                                          <L 139>
        var_43 = (var_42 >= var_rigid_contact_max);
        if (var_43) {
            // wp.atomic_add(dropped_contacts, world, 1)                                          <L 140>
            var_45 = wp::atomic_add(var_dropped_contacts, var_0, var_44);
            // return                                                                             <L 141>
            continue;
        }
        // contact_shape[world, slot] = s                                                         <L 142>
        wp::array_store(var_contact_shape, var_0, var_42, var_1);
        // contact_depth[world, slot] = depth                                                     <L 143>
        wp::array_store(var_contact_depth, var_0, var_42, var_38);
    }
}



extern "C" __global__ void select_under_cursor_abbf460f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_starts,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_dirs,
    wp::array_t<wp::int32> var_item_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_box_min,
    wp::array_t<wp::vec_t<3, wp::float32>> var_box_max,
    wp::array_t<wp::int32> var_body_pickable,
    wp::array_t<wp::float32> var_ray_length,
    wp::array_t<wp::int32> var_pick_body,
    wp::array_t<wp::float32> var_pick_t,
    wp::array_t<wp::vec_t<3, wp::float32>> var_pick_attach_local)
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
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        const wp::int32 var_7 = 0;
        wp::float32* var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        const wp::float32 var_11 = 1.0;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::float32 var_15 = 1.0;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::float32 var_18;
        const wp::float32 var_19 = 1.0;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::float32 var_24;
        const wp::int32 var_25 = -1;
        wp::int32 var_26;
        wp::bvh_query_t var_27;
        const wp::int32 var_28 = -1;
        const wp::int32 var_29 = 0;
        wp::int32 var_30;
        bool var_31;
        wp::int32* var_32;
        wp::int32 var_33;
        wp::int32 var_34;
        bool var_35;
        const wp::int32 var_36 = 0;
        bool var_37;
        wp::int32* var_38;
        const wp::int32 var_39 = 0;
        bool var_40;
        wp::int32 var_41;
        wp::vec_t<3, wp::float32>* var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        bool var_47;
        const wp::float32 var_48 = 0.0;
        bool var_49;
        bool var_50;
        wp::float32 var_51;
        wp::int32 var_52;
        wp::float32 var_53;
        wp::int32 var_54;
        const wp::int32 var_55 = 0;
        bool var_56;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        //---------
        // forward
        // def select_under_cursor(                                                               <L 24>
        // tid = wp.tid()                                                                         <L 37>
        var_0 = builtin_tid1d();
        // ro = ray_starts[tid]                                                                   <L 38>
        var_1 = wp::address(var_ray_starts, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // rd = wp.normalize(pick_dirs[tid])                                                      <L 39>
        var_4 = wp::address(var_pick_dirs, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::normalize(var_6);
        // max_t = ray_length[0]                                                                  <L 40>
        var_8 = wp::address(var_ray_length, var_7);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // inv_rd = wp.vec3(1.0 / rd[0], 1.0 / rd[1], 1.0 / rd[2])                                <L 41>
        var_13 = wp::extract(var_5, var_12);
        var_14 = wp::div(var_11, var_13);
        var_17 = wp::extract(var_5, var_16);
        var_18 = wp::div(var_15, var_17);
        var_21 = wp::extract(var_5, var_20);
        var_22 = wp::div(var_19, var_21);
        var_23 = wp::vec_t<3, wp::float32>(var_14, var_18, var_22);
        // t_best = max_t                                                                         <L 42>
        var_24 = wp::copy(var_9);
        // best_body = int(-1)                                                                    <L 43>
        var_26 = wp::int(var_25);
        // query = wp.bvh_query_ray(bvh_id, ro, rd)                                               <L 44>
        var_27 = wp::bvh_query_ray(var_bvh_id, var_2, var_5, var_28);
        // index = int(0)                                                                         <L 45>
        var_30 = wp::int(var_29);
        // while wp.bvh_query_next(query, index, t_best):                                         <L 46>
        start_while_0:;
        var_31 = wp::bvh_query_ray_next(var_27, var_30, var_24);
        if ((var_31) == false) goto end_while_0;
            // body = item_body[index]                                                            <L 47>
            var_32 = wp::address(var_item_body, var_30);
            var_34 = wp::load(var_32);
            var_33 = wp::copy(var_34);
            // if body < 0 or body_pickable[body] == 0:                                           <L 48>
            var_37 = (var_33 < var_36);
            var_35 = var_37;
            if (!var_35) {
                var_38 = wp::address(var_body_pickable, var_33);
                var_41 = wp::load(var_38);
                var_40 = (var_41 == var_39);
                var_35 = var_35 || var_40;
            }
            if (var_35) {
                // continue                                                                       <L 49>
                goto start_while_0;
            }
            // t = ray_box(ro, inv_rd, box_min[index], box_max[index])                            <L 50>
            var_42 = wp::address(var_box_min, var_30);
            var_43 = wp::address(var_box_max, var_30);
            var_45 = wp::load(var_42);
            var_46 = wp::load(var_43);
            var_44 = ray_box_0(var_2, var_23, var_45, var_46);
            // if t >= 0.0 and t < t_best:                                                        <L 51>
            var_49 = (var_44 >= var_48);
            var_47 = var_49;
            if (var_47) {
                var_50 = (var_44 < var_24);
                var_47 = var_47 && var_50;
            }
            if (var_47) {
                // t_best = t                                                                     <L 52>
                var_51 = wp::copy(var_44);
                // best_body = body                                                               <L 53>
                var_52 = wp::copy(var_33);
            }
            var_53 = wp::where(var_47, var_51, var_24);
            var_54 = wp::where(var_47, var_52, var_26);
            wp::assign(var_24, var_53);
            wp::assign(var_26, var_54);
        goto start_while_0;
        end_while_0:;
        // pick_body[tid] = best_body                                                             <L 54>
        wp::array_store(var_pick_body, var_0, var_26);
        // if best_body < 0:                                                                      <L 55>
        var_56 = (var_26 < var_55);
        if (var_56) {
            // return                                                                             <L 56>
            continue;
        }
        // pick_t[tid] = t_best                                                                   <L 57>
        wp::array_store(var_pick_t, var_0, var_24);
        // hit = ro + rd * t_best                                                                 <L 58>
        var_57 = wp::mul(var_5, var_24);
        var_58 = wp::add(var_2, var_57);
        // pick_attach_local[tid] = hit                                                           <L 59>
        wp::array_store(var_pick_attach_local, var_0, var_58);
    }
}

