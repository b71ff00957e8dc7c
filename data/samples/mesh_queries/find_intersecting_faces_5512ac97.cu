// Warp 1.19.0 cuda code for find_intersecting_faces_5512ac97.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// find_intersecting_faces.py:105
static CUDA_CALLABLE wp::float32 return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 106>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 108>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 109>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// find_intersecting_faces.py:42
static CUDA_CALLABLE wp::vec_t<3, wp::float32> camera_ray_0(
    wp::int32 var_pixel,
    wp::int32 var_row,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_tan_half_fov)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    const wp::float32 var_3 = 2.0;
    wp::float32 var_4;
    const wp::float32 var_5 = 0.5;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 1.0;
    const wp::float32 var_15 = 2.0;
    wp::float32 var_16;
    const wp::float32 var_17 = 0.5;
    wp::float32 var_18;
    wp::float32 var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = -1.0;
    wp::vec_t<3, wp::float32> var_25;
    wp::vec_t<3, wp::float32> var_26;
    //---------
    // forward
    // def camera_ray(pixel: wp.int32, row: wp.int32, width: wp.int32, height: wp.int32, tan_half_fov: float) -> wp.vec3:       <L 43>
    // aspect = float(width) / float(height)                                                  <L 45>
    var_0 = wp::float(var_width);
    var_1 = wp::float(var_height);
    var_2 = wp::div(var_0, var_1);
    // sx = (2.0 * (float(pixel) + 0.5) / float(width) - 1.0) * aspect * tan_half_fov         <L 46>
    var_4 = wp::float(var_pixel);
    var_6 = wp::add(var_4, var_5);
    var_7 = wp::mul(var_3, var_6);
    var_8 = wp::float(var_width);
    var_9 = wp::div(var_7, var_8);
    var_11 = wp::sub(var_9, var_10);
    var_12 = wp::mul(var_11, var_2);
    var_13 = wp::mul(var_12, var_tan_half_fov);
    // sy = (1.0 - 2.0 * (float(row) + 0.5) / float(height)) * tan_half_fov                   <L 47>
    var_16 = wp::float(var_row);
    var_18 = wp::add(var_16, var_17);
    var_19 = wp::mul(var_15, var_18);
    var_20 = wp::float(var_height);
    var_21 = wp::div(var_19, var_20);
    var_22 = wp::sub(var_14, var_21);
    var_23 = wp::mul(var_22, var_tan_half_fov);
    // return wp.normalize(wp.vec3(sx, sy, -1.0))                                             <L 48>
    var_25 = wp::vec_t<3, wp::float32>(var_13, var_23, var_24);
    var_26 = wp::normalize(var_25);
    return var_26;
}


// find_intersecting_faces.py:105
static CUDA_CALLABLE void adj_return_intensity_0(
    wp::vec_t<3, wp::float32> var_normal,
    wp::vec_t<3, wp::float32> var_beam_dir,
    wp::float32 var_t,
    wp::float32 var_max_range,
    wp::vec_t<3, wp::float32> & adj_normal,
    wp::vec_t<3, wp::float32> & adj_beam_dir,
    wp::float32 & adj_t,
    wp::float32 & adj_max_range,
    wp::float32 & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// find_intersecting_faces.py:42
static CUDA_CALLABLE void adj_camera_ray_0(
    wp::int32 var_pixel,
    wp::int32 var_row,
    wp::int32 var_width,
    wp::int32 var_height,
    wp::float32 var_tan_half_fov,
    wp::int32 & adj_pixel,
    wp::int32 & adj_row,
    wp::int32 & adj_width,
    wp::int32 & adj_height,
    wp::float32 & adj_tan_half_fov,
    wp::vec_t<3, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void find_intersecting_faces_1749e168_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::uint64 var_collider_mesh,
    wp::transform_t<wp::float32> var_xform,
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
        wp::Mesh var_1;
        wp::array_t<wp::int32>* var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 3;
        wp::int32 var_8;
        bool var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 3;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::mesh_query_aabb_t var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 3;
        wp::int32 var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        const wp::int32 var_43 = 3;
        wp::int32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 3;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::int32 var_55;
        const wp::int32 var_56 = 0;
        bool var_57;
        const wp::int32 var_58 = 0;
        const wp::int32 var_59 = 1;
        wp::int32 var_60;
        //---------
        // forward
        // def find_intersecting_faces(                                                           <L 18>
        // face = wp.tid()                                                                        <L 24>
        var_0 = builtin_tid1d();
        // if face >= wp.mesh_get(mesh_id).indices.shape[0] // 3:                                 <L 25>
        var_1 = wp::mesh_get(var_mesh_id);
        var_2 = &(var_1.indices);
        var_3 = &(var_2->shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::floordiv(var_5, var_7);
        var_9 = (var_0 >= var_8);
        if (var_9) {
            // return                                                                             <L 26>
            continue;
        }
        // a0 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 0))              <L 27>
        var_11 = wp::mul(var_0, var_10);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mesh_get_index(var_mesh_id, var_13);
        var_15 = wp::mesh_get_point(var_mesh_id, var_14);
        // a1 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 1))              <L 28>
        var_17 = wp::mul(var_0, var_16);
        var_19 = wp::add(var_17, var_18);
        var_20 = wp::mesh_get_index(var_mesh_id, var_19);
        var_21 = wp::mesh_get_point(var_mesh_id, var_20);
        // a2 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 2))              <L 29>
        var_23 = wp::mul(var_0, var_22);
        var_25 = wp::add(var_23, var_24);
        var_26 = wp::mesh_get_index(var_mesh_id, var_25);
        var_27 = wp::mesh_get_point(var_mesh_id, var_26);
        // v0 = wp.transform_point(xform, a0)                                                     <L 30>
        var_28 = wp::transform_point(var_xform, var_15);
        // v1 = wp.transform_point(xform, a1)                                                     <L 31>
        var_29 = wp::transform_point(var_xform, var_21);
        // v2 = wp.transform_point(xform, a2)                                                     <L 32>
        var_30 = wp::transform_point(var_xform, var_27);
        // query = wp.mesh_query_aabb(collider_mesh, wp.min(wp.min(v0, v1), v2), wp.max(wp.max(v0, v1), v2))       <L 33>
        var_31 = wp::min(var_28, var_29);
        var_32 = wp::min(var_31, var_30);
        var_33 = wp::max(var_28, var_29);
        var_34 = wp::max(var_33, var_30);
        var_35 = wp::mesh_query_aabb(var_collider_mesh, var_32, var_34);
        // for f in query:                                                                        <L 34>
        start_for_1:;
            if (iter_cmp(var_35) == 0) goto end_for_1;
            var_36 = wp::iter_next(var_35);
            // u0 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 0))       <L 35>
            var_38 = wp::mul(var_36, var_37);
            var_40 = wp::add(var_38, var_39);
            var_41 = wp::mesh_get_index(var_collider_mesh, var_40);
            var_42 = wp::mesh_get_point(var_collider_mesh, var_41);
            // u1 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 1))       <L 36>
            var_44 = wp::mul(var_36, var_43);
            var_46 = wp::add(var_44, var_45);
            var_47 = wp::mesh_get_index(var_collider_mesh, var_46);
            var_48 = wp::mesh_get_point(var_collider_mesh, var_47);
            // u2 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 2))       <L 37>
            var_50 = wp::mul(var_36, var_49);
            var_52 = wp::add(var_50, var_51);
            var_53 = wp::mesh_get_index(var_collider_mesh, var_52);
            var_54 = wp::mesh_get_point(var_collider_mesh, var_53);
            // if wp.intersect_tri_tri(v0, v1, v2, u0, u1, u2) > 0:                               <L 38>
            var_55 = wp::intersect_tri_tri(var_28, var_29, var_30, var_42, var_48, var_54);
            var_57 = (var_55 > var_56);
            if (var_57) {
                // wp.atomic_add(pair_count, 0, 1)                                                <L 39>
                var_60 = wp::atomic_add(var_pair_count, var_58, var_59);
            }
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void find_intersecting_faces_1749e168_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::uint64 var_collider_mesh,
    wp::transform_t<wp::float32> var_xform,
    wp::array_t<wp::int32> var_pair_count,
    wp::uint64 adj_mesh_id,
    wp::uint64 adj_collider_mesh,
    wp::transform_t<wp::float32> adj_xform,
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
        wp::Mesh var_1;
        wp::array_t<wp::int32>* var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        const wp::int32 var_7 = 3;
        wp::int32 var_8;
        bool var_9;
        const wp::int32 var_10 = 3;
        wp::int32 var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::int32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        const wp::int32 var_16 = 3;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32 var_20;
        wp::vec_t<3, wp::float32> var_21;
        const wp::int32 var_22 = 3;
        wp::int32 var_23;
        const wp::int32 var_24 = 2;
        wp::int32 var_25;
        wp::int32 var_26;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::vec_t<3, wp::float32> var_31;
        wp::vec_t<3, wp::float32> var_32;
        wp::vec_t<3, wp::float32> var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::mesh_query_aabb_t var_35;
        wp::int32 var_36;
        const wp::int32 var_37 = 3;
        wp::int32 var_38;
        const wp::int32 var_39 = 0;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        const wp::int32 var_43 = 3;
        wp::int32 var_44;
        const wp::int32 var_45 = 1;
        wp::int32 var_46;
        wp::int32 var_47;
        wp::vec_t<3, wp::float32> var_48;
        const wp::int32 var_49 = 3;
        wp::int32 var_50;
        const wp::int32 var_51 = 2;
        wp::int32 var_52;
        wp::int32 var_53;
        wp::vec_t<3, wp::float32> var_54;
        wp::int32 var_55;
        const wp::int32 var_56 = 0;
        bool var_57;
        const wp::int32 var_58 = 0;
        const wp::int32 var_59 = 1;
        wp::int32 var_60;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::Mesh adj_1 = {};
        wp::array_t<wp::int32> adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::vec_t<3, wp::float32> adj_29 = {};
        wp::vec_t<3, wp::float32> adj_30 = {};
        wp::vec_t<3, wp::float32> adj_31 = {};
        wp::vec_t<3, wp::float32> adj_32 = {};
        wp::vec_t<3, wp::float32> adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::mesh_query_aabb_t adj_35 = {};
        wp::int32 adj_36 = {};
        wp::int32 adj_37 = {};
        wp::int32 adj_38 = {};
        wp::int32 adj_39 = {};
        wp::int32 adj_40 = {};
        wp::int32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::int32 adj_43 = {};
        wp::int32 adj_44 = {};
        wp::int32 adj_45 = {};
        wp::int32 adj_46 = {};
        wp::int32 adj_47 = {};
        wp::vec_t<3, wp::float32> adj_48 = {};
        wp::int32 adj_49 = {};
        wp::int32 adj_50 = {};
        wp::int32 adj_51 = {};
        wp::int32 adj_52 = {};
        wp::int32 adj_53 = {};
        wp::vec_t<3, wp::float32> adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        bool adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::int32 adj_60 = {};
        //---------
        // forward
        // def find_intersecting_faces(                                                           <L 18>
        // face = wp.tid()                                                                        <L 24>
        var_0 = builtin_tid1d();
        // if face >= wp.mesh_get(mesh_id).indices.shape[0] // 3:                                 <L 25>
        var_1 = wp::mesh_get(var_mesh_id);
        var_2 = &(var_1.indices);
        var_3 = &(var_2->shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_8 = wp::floordiv(var_5, var_7);
        var_9 = (var_0 >= var_8);
        if (var_9) {
            // return                                                                             <L 26>
            goto label0;
        }
        // a0 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 0))              <L 27>
        var_11 = wp::mul(var_0, var_10);
        var_13 = wp::add(var_11, var_12);
        var_14 = wp::mesh_get_index(var_mesh_id, var_13);
        var_15 = wp::mesh_get_point(var_mesh_id, var_14);
        // a1 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 1))              <L 28>
        var_17 = wp::mul(var_0, var_16);
        var_19 = wp::add(var_17, var_18);
        var_20 = wp::mesh_get_index(var_mesh_id, var_19);
        var_21 = wp::mesh_get_point(var_mesh_id, var_20);
        // a2 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 2))              <L 29>
        var_23 = wp::mul(var_0, var_22);
        var_25 = wp::add(var_23, var_24);
        var_26 = wp::mesh_get_index(var_mesh_id, var_25);
        var_27 = wp::mesh_get_point(var_mesh_id, var_26);
        // v0 = wp.transform_point(xform, a0)                                                     <L 30>
        var_28 = wp::transform_point(var_xform, var_15);
        // v1 = wp.transform_point(xform, a1)                                                     <L 31>
        var_29 = wp::transform_point(var_xform, var_21);
        // v2 = wp.transform_point(xform, a2)                                                     <L 32>
        var_30 = wp::transform_point(var_xform, var_27);
        // query = wp.mesh_query_aabb(collider_mesh, wp.min(wp.min(v0, v1), v2), wp.max(wp.max(v0, v1), v2))       <L 33>
        var_31 = wp::min(var_28, var_29);
        var_32 = wp::min(var_31, var_30);
        var_33 = wp::max(var_28, var_29);
        var_34 = wp::max(var_33, var_30);
        var_35 = wp::mesh_query_aabb(var_collider_mesh, var_32, var_34);
        // for f in query:                                                                        <L 34>
        //---------
        // reverse
        var_35 = wp::iter_reverse(var_35);
        start_for_1:;
            if (iter_cmp(var_35) == 0) goto end_for_1;
            var_36 = wp::iter_next(var_35);
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
            // u0 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 0))       <L 35>
            var_38 = wp::mul(var_36, var_37);
            var_40 = wp::add(var_38, var_39);
            var_41 = wp::mesh_get_index(var_collider_mesh, var_40);
            var_42 = wp::mesh_get_point(var_collider_mesh, var_41);
            // u1 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 1))       <L 36>
            var_44 = wp::mul(var_36, var_43);
            var_46 = wp::add(var_44, var_45);
            var_47 = wp::mesh_get_index(var_collider_mesh, var_46);
            var_48 = wp::mesh_get_point(var_collider_mesh, var_47);
            // u2 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 2))       <L 37>
            var_50 = wp::mul(var_36, var_49);
            var_52 = wp::add(var_50, var_51);
            var_53 = wp::mesh_get_index(var_collider_mesh, var_52);
            var_54 = wp::mesh_get_point(var_collider_mesh, var_53);
            // if wp.intersect_tri_tri(v0, v1, v2, u0, u1, u2) > 0:                               <L 38>
            var_55 = wp::intersect_tri_tri(var_28, var_29, var_30, var_42, var_48, var_54);
            var_57 = (var_55 > var_56);
            if (var_57) {
                // wp.atomic_add(pair_count, 0, 1)                                                <L 39>
                // var_60 = wp::atomic_add(var_pair_count, var_58, var_59);
            }
            if (var_57) {
                wp::adj_atomic_add(var_pair_count, var_58, var_59, adj_pair_count, adj_58, adj_59, adj_60);
                // adj: wp.atomic_add(pair_count, 0, 1)                                           <L 39>
            }
            // adj: if wp.intersect_tri_tri(v0, v1, v2, u0, u1, u2) > 0:                          <L 38>
            wp::adj_add(var_50, var_51, adj_50, adj_51, adj_52);
            wp::adj_mul(var_36, var_49, adj_36, adj_49, adj_50);
            // adj: u2 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 2))  <L 37>
            wp::adj_add(var_44, var_45, adj_44, adj_45, adj_46);
            wp::adj_mul(var_36, var_43, adj_36, adj_43, adj_44);
            // adj: u1 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 1))  <L 36>
            wp::adj_add(var_38, var_39, adj_38, adj_39, adj_40);
            wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
            // adj: u0 = wp.mesh_get_point(collider_mesh, wp.mesh_get_index(collider_mesh, f * 3 + 0))  <L 35>
        	goto start_for_1;
        end_for_1:;
        // adj: for f in query:                                                                   <L 34>
        wp::adj_max(var_33, var_30, adj_33, adj_30, adj_34);
        wp::adj_max(var_28, var_29, adj_28, adj_29, adj_33);
        wp::adj_min(var_31, var_30, adj_31, adj_30, adj_32);
        wp::adj_min(var_28, var_29, adj_28, adj_29, adj_31);
        // adj: query = wp.mesh_query_aabb(collider_mesh, wp.min(wp.min(v0, v1), v2), wp.max(wp.max(v0, v1), v2))  <L 33>
        wp::adj_transform_point(var_xform, var_27, adj_xform, adj_27, adj_30);
        // adj: v2 = wp.transform_point(xform, a2)                                                <L 32>
        wp::adj_transform_point(var_xform, var_21, adj_xform, adj_21, adj_29);
        // adj: v1 = wp.transform_point(xform, a1)                                                <L 31>
        wp::adj_transform_point(var_xform, var_15, adj_xform, adj_15, adj_28);
        // adj: v0 = wp.transform_point(xform, a0)                                                <L 30>
        wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
        wp::adj_mul(var_0, var_22, adj_0, adj_22, adj_23);
        // adj: a2 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 2))         <L 29>
        wp::adj_add(var_17, var_18, adj_17, adj_18, adj_19);
        wp::adj_mul(var_0, var_16, adj_0, adj_16, adj_17);
        // adj: a1 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 1))         <L 28>
        wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
        wp::adj_mul(var_0, var_10, adj_0, adj_10, adj_11);
        // adj: a0 = wp.mesh_get_point(mesh_id, wp.mesh_get_index(mesh_id, face * 3 + 0))         <L 27>
        if (var_9) {
            label0:;
            // adj: return                                                                        <L 26>
        }
        adj_2.shape = adj_3;
        adj_1.indices = adj_2;
        // adj: if face >= wp.mesh_get(mesh_id).indices.shape[0] // 3:                            <L 25>
        // adj: face = wp.tid()                                                                   <L 24>
        // adj: def find_intersecting_faces(                                                      <L 18>
        continue;
    }
}



extern "C" __global__ void sense_range_beams_81df8d2d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_points,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::transform_t<wp::float32>> var_body_q,
    wp::array_t<wp::int32> var_sensor_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_dirs_local,
    wp::array_t<wp::int32> var_tri_material,
    wp::array_t<wp::float32> var_lidar_ranges,
    wp::array_t<wp::int32> var_point_count,
    wp::array_t<wp::float32> var_closest_range,
    wp::array_t<wp::int32> var_instance_image,
    wp::transform_t<wp::float32> var_sensor_offset,
    wp::float32 var_range_max)
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
        wp::int32 var_3;
        wp::int32 var_4;
        wp::transform_t<wp::float32>* var_5;
        wp::transform_t<wp::float32> var_6;
        wp::transform_t<wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::mesh_query_ray_t var_13;
        const wp::int32 var_14 = -1;
        bool var_15;
        bool* var_16;
        bool var_17;
        bool var_18;
        wp::float32* var_19;
        const wp::float32 var_20 = 0.05;
        bool var_21;
        wp::float32 var_22;
        const wp::float32 var_23 = 0.0;
        const wp::int32 var_24 = -1;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::int32* var_29;
        wp::int32 var_30;
        wp::int32* var_31;
        wp::int32 var_32;
        wp::int32 var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::vec_t<3, wp::float32>* var_35;
        wp::float32 var_36;
        wp::vec_t<3, wp::float32> var_37;
        const wp::int32 var_38 = 1;
        wp::int32 var_39;
        wp::shape_t* var_40;
        const wp::int32 var_41 = 1;
        wp::int32 var_42;
        wp::shape_t var_43;
        bool var_44;
        const wp::int32 var_45 = 0;
        wp::float32 var_46;
        const wp::int32 var_47 = 1;
        wp::float32 var_48;
        const wp::int32 var_49 = 2;
        wp::float32 var_50;
        wp::vec_t<4, wp::float32> var_51;
        //---------
        // forward
        // def sense_range_beams(                                                                 <L 113>
        // env, beam = wp.tid()                                                                   <L 127>
        builtin_tid2d(var_0, var_1);
        // body = sensor_body[env]                                                                <L 128>
        var_2 = wp::address(var_sensor_body, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // X_ws = wp.transform_multiply(body_q[body], sensor_offset)                              <L 129>
        var_5 = wp::address(var_body_q, var_3);
        var_7 = wp::load(var_5);
        var_6 = wp::transform_multiply(var_7, var_sensor_offset);
        // origin = wp.transform_get_translation(X_ws)                                            <L 130>
        var_8 = wp::transform_get_translation(var_6);
        // dir_local = ray_dirs_local[beam]                                                       <L 131>
        var_9 = wp::address(var_ray_dirs_local, var_1);
        var_11 = wp::load(var_9);
        var_10 = wp::copy(var_11);
        // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 132>
        var_12 = wp::transform_vector(var_6, var_10);
        // query = wp.mesh_query_ray(mesh_id, origin, dir_world, range_max)                       <L 133>
        var_13 = wp::mesh_query_ray(var_mesh_id, var_8, var_12, var_range_max, var_14);
        // if not query.result or query.t < MIN_RANGE:                                            <L 134>
        var_16 = &((var_13).result);
        var_18 = wp::load(var_16);
        var_17 = wp::unot(var_18);
        var_15 = var_17;
        if (!var_15) {
            var_19 = &((var_13).t);
            var_22 = wp::load(var_19);
            var_21 = (var_22 < var_20);
            var_15 = var_15 || var_21;
        }
        if (var_15) {
            // lidar_ranges[env, beam] = 0.0                                                      <L 135>
            wp::array_store(var_lidar_ranges, var_0, var_1, var_23);
            // instance_image[env, beam] = -1                                                     <L 136>
            wp::array_store(var_instance_image, var_0, var_1, var_24);
            // return                                                                             <L 137>
            continue;
        }
        // t = query.t                                                                            <L 138>
        var_25 = &((var_13).t);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        // lidar_ranges[env, beam] = t                                                            <L 139>
        wp::array_store(var_lidar_ranges, var_0, var_1, var_26);
        // wp.atomic_min(closest_range, env, t)                                                   <L 140>
        var_28 = wp::atomic_min(var_closest_range, var_0, var_26);
        // instance_image[env, beam] = tri_material[query.face]                                   <L 141>
        var_29 = &((var_13).face);
        var_30 = wp::load(var_29);
        var_31 = wp::address(var_tri_material, var_30);
        var_33 = wp::load(var_31);
        var_32 = wp::copy(var_33);
        wp::array_store(var_instance_image, var_0, var_1, var_32);
        // p = dir_local * t                                                                      <L 142>
        var_34 = wp::mul(var_10, var_26);
        // strength = return_intensity(query.normal, dir_world, t, range_max)                     <L 143>
        var_35 = &((var_13).normal);
        var_37 = wp::load(var_35);
        var_36 = return_intensity_0(var_37, var_12, var_26, var_range_max);
        // slot = wp.atomic_add(point_count, env, 1)                                              <L 144>
        var_39 = wp::atomic_add(var_point_count, var_0, var_38);
        // if slot < points.shape[1]:                                                             <L 145>
        var_40 = &(var_points.shape);
        var_43 = wp::load(var_40);
        var_42 = wp::extract(var_43, var_41);
        var_44 = (var_39 < var_42);
        if (var_44) {
            // points[env, slot] = scan_point(p[0], p[1], p[2], strength)                         <L 146>
            var_46 = wp::extract(var_34, var_45);
            var_48 = wp::extract(var_34, var_47);
            var_50 = wp::extract(var_34, var_49);
            var_51 = wp::vec_t<4, wp::float32>(var_46, var_48, var_50, var_36);
            wp::array_store(var_points, var_0, var_39, var_51);
        }
    }
}



extern "C" __global__ void render_mesh_b6c858ff_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::int32> var_tri_material,
    wp::array_t<wp::vec_t<3, wp::float32>> var_material_colors,
    wp::transform_t<wp::float32> var_cam_xform,
    wp::float32 var_fov_y,
    wp::int32 var_img_width,
    wp::int32 var_img_height,
    wp::int32 var_render_mode,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_depth_buffer,
    wp::array_t<wp::vec_t<3, wp::float32>> var_rgb_image,
    wp::array_t<wp::int32> var_face_id_image)
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
        wp::vec_t<3, wp::float32> var_4;
        const wp::float32 var_5 = 0.5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::mesh_query_ray_t var_10;
        const wp::int32 var_11 = -1;
        bool var_12;
        bool* var_13;
        bool var_14;
        bool var_15;
        wp::float32* var_16;
        const wp::float32 var_17 = 0.0;
        bool var_18;
        wp::float32 var_19;
        const wp::float32 var_20 = 0.4;
        const wp::float32 var_21 = 0.45;
        const wp::float32 var_22 = 0.5;
        wp::vec_t<3, wp::float32> var_23;
        const wp::int32 var_24 = -1;
        wp::float32* var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::vec_t<3, wp::float32>* var_28;
        wp::vec_t<3, wp::float32> var_29;
        wp::vec_t<3, wp::float32> var_30;
        wp::int32* var_31;
        wp::int32 var_32;
        wp::int32* var_33;
        wp::int32 var_34;
        wp::int32 var_35;
        const wp::int32 var_36 = 0;
        bool var_37;
        const wp::float32 var_38 = 1.0;
        wp::float32* var_39;
        wp::float32 var_40;
        wp::float32 var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32> var_43;
        const wp::int32 var_44 = 1;
        bool var_45;
        const wp::float32 var_46 = 0.5;
        wp::vec_t<3, wp::float32> var_47;
        const wp::float32 var_48 = 0.5;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32>* var_51;
        wp::vec_t<3, wp::float32> var_52;
        wp::vec_t<3, wp::float32> var_53;
        const wp::float32 var_54 = 0.6;
        const wp::float32 var_55 = 0.4;
        const wp::float32 var_56 = 0.5;
        wp::vec_t<3, wp::float32> var_57;
        wp::vec_t<3, wp::float32> var_58;
        wp::float32 var_59;
        const wp::float32 var_60 = 0.0;
        wp::float32 var_61;
        wp::float32* var_62;
        wp::vec_t<3, wp::float32> var_63;
        wp::float32 var_64;
        wp::vec_t<3, wp::float32> var_65;
        const wp::float32 var_66 = 0.001;
        wp::vec_t<3, wp::float32> var_67;
        wp::vec_t<3, wp::float32> var_68;
        wp::mesh_query_ray_t var_69;
        const wp::int32 var_70 = -1;
        bool* var_71;
        bool var_72;
        const wp::float32 var_73 = 0.0;
        bool var_74;
        wp::float32 var_75;
        bool var_76;
        const wp::float32 var_77 = 0.1;
        const wp::float32 var_78 = 1.0;
        wp::float32 var_79;
        wp::float32 var_80;
        wp::float32 var_81;
        wp::vec_t<3, wp::float32> var_82;
        const wp::float32 var_83 = 0.0;
        bool var_84;
        wp::vec_t<3, wp::float32> var_85;
        wp::vec_t<3, wp::float32> var_86;
        wp::float32 var_87;
        const wp::float32 var_88 = 0.0;
        wp::float32 var_89;
        const wp::float32 var_90 = 32.0;
        wp::float32 var_91;
        wp::vec_t<3, wp::float32> var_92;
        wp::vec_t<3, wp::float32> var_93;
        wp::vec_t<3, wp::float32> var_94;
        //---------
        // forward
        // def render_mesh(                                                                       <L 52>
        // tid = wp.tid()                                                                         <L 67>
        var_0 = builtin_tid1d();
        // pixel = tid % img_width                                                                <L 68>
        var_1 = wp::mod(var_0, var_img_width);
        // row = tid // img_width                                                                 <L 69>
        var_2 = wp::floordiv(var_0, var_img_width);
        // if row >= img_height:                                                                  <L 70>
        var_3 = (var_2 >= var_img_height);
        if (var_3) {
            // return                                                                             <L 71>
            continue;
        }
        // ro = wp.transform_get_translation(cam_xform)                                           <L 72>
        var_4 = wp::transform_get_translation(var_cam_xform);
        // rd = wp.transform_vector(cam_xform, camera_ray(pixel, row, img_width, img_height, wp.tan(0.5 * fov_y)))       <L 73>
        var_6 = wp::mul(var_5, var_fov_y);
        var_7 = wp::tan(var_6);
        var_8 = camera_ray_0(var_1, var_2, var_img_width, var_img_height, var_7);
        var_9 = wp::transform_vector(var_cam_xform, var_8);
        // query = wp.mesh_query_ray(mesh_id, ro, rd, ray_length)                                 <L 74>
        var_10 = wp::mesh_query_ray(var_mesh_id, var_4, var_9, var_ray_length, var_11);
        // if not query.result or query.sign < 0.0:                                               <L 76>
        var_13 = &((var_10).result);
        var_15 = wp::load(var_13);
        var_14 = wp::unot(var_15);
        var_12 = var_14;
        if (!var_12) {
            var_16 = &((var_10).sign);
            var_19 = wp::load(var_16);
            var_18 = (var_19 < var_17);
            var_12 = var_12 || var_18;
        }
        if (var_12) {
            // depth_buffer[tid] = ray_length                                                     <L 77>
            wp::array_store(var_depth_buffer, var_0, var_ray_length);
            // rgb_image[tid] = wp.vec3(0.4, 0.45, 0.5)                                           <L 78>
            var_23 = wp::vec_t<3, wp::float32>(var_20, var_21, var_22);
            wp::array_store(var_rgb_image, var_0, var_23);
            // face_id_image[tid] = -1                                                            <L 79>
            wp::array_store(var_face_id_image, var_0, var_24);
            // return                                                                             <L 80>
            continue;
        }
        // depth_buffer[tid] = query.t                                                            <L 81>
        var_25 = &((var_10).t);
        var_27 = wp::load(var_25);
        var_26 = wp::copy(var_27);
        wp::array_store(var_depth_buffer, var_0, var_26);
        // n = query.normal                                                                       <L 82>
        var_28 = &((var_10).normal);
        var_30 = wp::load(var_28);
        var_29 = wp::copy(var_30);
        // mat = tri_material[query.face]                                                         <L 83>
        var_31 = &((var_10).face);
        var_32 = wp::load(var_31);
        var_33 = wp::address(var_tri_material, var_32);
        var_35 = wp::load(var_33);
        var_34 = wp::copy(var_35);
        // face_id_image[tid] = mat                                                               <L 84>
        wp::array_store(var_face_id_image, var_0, var_34);
        // if render_mode == RenderMode.DEPTH:                                                    <L 85>
        var_37 = (var_render_mode == var_36);
        if (var_37) {
            // rgb_image[tid] = wp.vec3(1.0 - query.t / ray_length)                               <L 86>
            var_39 = &((var_10).t);
            var_41 = wp::load(var_39);
            var_40 = wp::div(var_41, var_ray_length);
            var_42 = wp::sub(var_38, var_40);
            var_43 = wp::vec_t<3, wp::float32>(var_42);
            wp::array_store(var_rgb_image, var_0, var_43);
        }
        if (!var_37) {
            // elif render_mode == RenderMode.NORMALS:                                            <L 87>
            var_45 = (var_render_mode == var_44);
            if (var_45) {
                // rgb_image[tid] = n * 0.5 + wp.vec3(0.5)                                        <L 88>
                var_47 = wp::mul(var_29, var_46);
                var_49 = wp::vec_t<3, wp::float32>(var_48);
                var_50 = wp::add(var_47, var_49);
                wp::array_store(var_rgb_image, var_0, var_50);
            }
            if (!var_45) {
                // base = material_colors[mat]                                                    <L 90>
                var_51 = wp::address(var_material_colors, var_34);
                var_53 = wp::load(var_51);
                var_52 = wp::copy(var_53);
                // to_light = wp.normalize(wp.vec3(0.6, 0.4, 0.5))                                <L 91>
                var_57 = wp::vec_t<3, wp::float32>(var_54, var_55, var_56);
                var_58 = wp::normalize(var_57);
                // diffuse = wp.max(wp.dot(n, to_light), 0.0)                                     <L 92>
                var_59 = wp::dot(var_29, var_58);
                var_61 = wp::max(var_59, var_60);
                // p = ro + rd * query.t                                                          <L 94>
                var_62 = &((var_10).t);
                var_64 = wp::load(var_62);
                var_63 = wp::mul(var_9, var_64);
                var_65 = wp::add(var_4, var_63);
                // occluder = wp.mesh_query_ray(mesh_id, p + n * SHADOW_BIAS, to_light, ray_length)       <L 95>
                var_67 = wp::mul(var_29, var_66);
                var_68 = wp::add(var_65, var_67);
                var_69 = wp::mesh_query_ray(var_mesh_id, var_68, var_58, var_ray_length, var_70);
                // if occluder.result:                                                            <L 96>
                var_71 = &((var_69).result);
                var_72 = wp::load(var_71);
                if (var_72) {
                    // diffuse = 0.0                                                              <L 97>
                }
                var_74 = wp::load(var_71);
                var_76 = wp::load(var_71);
                var_75 = wp::where(var_76, var_73, var_61);
                // color = base * (AMBIENT + (1.0 - AMBIENT) * diffuse)                           <L 98>
                var_79 = wp::sub(var_78, var_77);
                var_80 = wp::mul(var_79, var_75);
                var_81 = wp::add(var_77, var_80);
                var_82 = wp::mul(var_52, var_81);
                // if diffuse > 0.0:                                                              <L 99>
                var_84 = (var_75 > var_83);
                if (var_84) {
                    // half_dir = wp.normalize(to_light - rd)                                     <L 100>
                    var_85 = wp::sub(var_58, var_9);
                    var_86 = wp::normalize(var_85);
                    // color += wp.vec3(wp.pow(wp.max(wp.dot(n, half_dir), 0.0), SHININESS))       <L 101>
                    var_87 = wp::dot(var_29, var_86);
                    var_89 = wp::max(var_87, var_88);
                    var_91 = wp::pow(var_89, var_90);
                    var_92 = wp::vec_t<3, wp::float32>(var_91);
                    var_93 = wp::add(var_82, var_92);
                }
                var_94 = wp::where(var_84, var_93, var_82);
                // rgb_image[tid] = color                                                         <L 102>
                wp::array_store(var_rgb_image, var_0, var_94);
            }
        }
    }
}



extern "C" __global__ void raycast_c7c24d13_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_directions,
    wp::vec_t<3, wp::float32> var_ray_origin,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_dist_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals)
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
        const wp::int32 var_4 = 1;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::mesh_query_ray_t var_12;
        const wp::int32 var_13 = -1;
        wp::vec_t<3, wp::float32> var_14;
        bool* var_15;
        bool var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::float32 var_21 = 0.5;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 0.5;
        const wp::float32 var_25 = 0.5;
        const wp::float32 var_26 = 0.5;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32* var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::float32 var_32;
        wp::int32* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::int32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 0.5;
        wp::vec_t<3, wp::float32> var_38;
        const wp::float32 var_39 = 0.5;
        const wp::float32 var_40 = 0.5;
        const wp::float32 var_41 = 0.5;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        bool var_45;
        wp::vec_t<3, wp::float32> var_46;
        bool var_47;
        wp::float32 var_48;
        bool var_49;
        //---------
        // forward
        // def raycast(                                                                           <L 150>
        // tid = wp.tid()                                                                         <L 159>
        var_0 = builtin_tid1d();
        // flag = active[tid]                                                                     <L 160>
        var_1 = wp::address(var_active, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if flag != 1:                                                                          <L 161>
        var_5 = (var_2 != var_4);
        if (var_5) {
            // return                                                                             <L 162>
            continue;
        }
        // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 163>
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        // depth = ray_length                                                                     <L 164>
        var_10 = wp::copy(var_ray_length);
        // query = wp.mesh_query_ray(mesh_id, ray_origin, ray_directions[tid], ray_length)        <L 165>
        var_11 = wp::address(var_ray_directions, var_0);
        var_14 = wp::load(var_11);
        var_12 = wp::mesh_query_ray(var_mesh_id, var_ray_origin, var_14, var_ray_length, var_13);
        // if query.result:                                                                       <L 166>
        var_15 = &((var_12).result);
        var_16 = wp::load(var_15);
        if (var_16) {
            // depth = query.t                                                                    <L 167>
            var_17 = &((var_12).t);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                                <L 168>
            var_20 = &((var_12).normal);
            var_23 = wp::load(var_20);
            var_22 = wp::mul(var_23, var_21);
            var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
            var_28 = wp::add(var_22, var_27);
            // if query.sign < 0.0:                                                               <L 170>
            var_29 = &((var_12).sign);
            var_32 = wp::load(var_29);
            var_31 = (var_32 < var_30);
            if (var_31) {
                // color = -wp.mesh_eval_face_normal(mesh_id, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)       <L 171>
                var_33 = &((var_12).face);
                var_35 = wp::load(var_33);
                var_34 = wp::mesh_eval_face_normal(var_mesh_id, var_35);
                var_36 = wp::neg(var_34);
                var_38 = wp::mul(var_36, var_37);
                var_42 = wp::vec_t<3, wp::float32>(var_39, var_40, var_41);
                var_43 = wp::add(var_38, var_42);
            }
            var_44 = wp::where(var_31, var_43, var_28);
        }
        var_45 = wp::load(var_15);
        var_47 = wp::load(var_15);
        var_46 = wp::where(var_47, var_44, var_9);
        var_49 = wp::load(var_15);
        var_48 = wp::where(var_49, var_18, var_10);
        // dist_out[tid] = depth                                                                  <L 172>
        wp::array_store(var_dist_out, var_0, var_48);
        // normals[tid] = color                                                                   <L 173>
        wp::array_store(var_normals, var_0, var_46);
    }
}



extern "C" __global__ void raycast_c7c24d13_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_ray_directions,
    wp::vec_t<3, wp::float32> var_ray_origin,
    wp::float32 var_ray_length,
    wp::array_t<wp::float32> var_dist_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_ray_directions,
    wp::vec_t<3, wp::float32> adj_ray_origin,
    wp::float32 adj_ray_length,
    wp::array_t<wp::float32> adj_dist_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals)
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
        const wp::int32 var_4 = 1;
        bool var_5;
        const wp::float32 var_6 = 0.0;
        const wp::float32 var_7 = 0.0;
        const wp::float32 var_8 = 0.0;
        wp::vec_t<3, wp::float32> var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::mesh_query_ray_t var_12;
        const wp::int32 var_13 = -1;
        wp::vec_t<3, wp::float32> var_14;
        bool* var_15;
        bool var_16;
        wp::float32* var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::vec_t<3, wp::float32>* var_20;
        const wp::float32 var_21 = 0.5;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        const wp::float32 var_24 = 0.5;
        const wp::float32 var_25 = 0.5;
        const wp::float32 var_26 = 0.5;
        wp::vec_t<3, wp::float32> var_27;
        wp::vec_t<3, wp::float32> var_28;
        wp::float32* var_29;
        const wp::float32 var_30 = 0.0;
        bool var_31;
        wp::float32 var_32;
        wp::int32* var_33;
        wp::vec_t<3, wp::float32> var_34;
        wp::int32 var_35;
        wp::vec_t<3, wp::float32> var_36;
        const wp::float32 var_37 = 0.5;
        wp::vec_t<3, wp::float32> var_38;
        const wp::float32 var_39 = 0.5;
        const wp::float32 var_40 = 0.5;
        const wp::float32 var_41 = 0.5;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32> var_43;
        wp::vec_t<3, wp::float32> var_44;
        bool var_45;
        wp::vec_t<3, wp::float32> var_46;
        bool var_47;
        wp::float32 var_48;
        bool var_49;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::mesh_query_ray_t adj_12 = {};
        wp::int32 adj_13 = {};
        wp::vec_t<3, wp::float32> adj_14 = {};
        bool adj_15 = {};
        bool adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::float32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::vec_t<3, wp::float32> adj_27 = {};
        wp::vec_t<3, wp::float32> adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        bool adj_31 = {};
        wp::float32 adj_32 = {};
        wp::int32 adj_33 = {};
        wp::vec_t<3, wp::float32> adj_34 = {};
        wp::int32 adj_35 = {};
        wp::vec_t<3, wp::float32> adj_36 = {};
        wp::float32 adj_37 = {};
        wp::vec_t<3, wp::float32> adj_38 = {};
        wp::float32 adj_39 = {};
        wp::float32 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::vec_t<3, wp::float32> adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        bool adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        bool adj_47 = {};
        wp::float32 adj_48 = {};
        bool adj_49 = {};
        //---------
        // forward
        // def raycast(                                                                           <L 150>
        // tid = wp.tid()                                                                         <L 159>
        var_0 = builtin_tid1d();
        // flag = active[tid]                                                                     <L 160>
        var_1 = wp::address(var_active, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if flag != 1:                                                                          <L 161>
        var_5 = (var_2 != var_4);
        if (var_5) {
            // return                                                                             <L 162>
            goto label0;
        }
        // color = wp.vec3(0.0, 0.0, 0.0)                                                         <L 163>
        var_9 = wp::vec_t<3, wp::float32>(var_6, var_7, var_8);
        // depth = ray_length                                                                     <L 164>
        var_10 = wp::copy(var_ray_length);
        // query = wp.mesh_query_ray(mesh_id, ray_origin, ray_directions[tid], ray_length)        <L 165>
        var_11 = wp::address(var_ray_directions, var_0);
        var_14 = wp::load(var_11);
        var_12 = wp::mesh_query_ray(var_mesh_id, var_ray_origin, var_14, var_ray_length, var_13);
        // if query.result:                                                                       <L 166>
        var_15 = &((var_12).result);
        var_16 = wp::load(var_15);
        if (var_16) {
            // depth = query.t                                                                    <L 167>
            var_17 = &((var_12).t);
            var_19 = wp::load(var_17);
            var_18 = wp::copy(var_19);
            // color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                                <L 168>
            var_20 = &((var_12).normal);
            var_23 = wp::load(var_20);
            var_22 = wp::mul(var_23, var_21);
            var_27 = wp::vec_t<3, wp::float32>(var_24, var_25, var_26);
            var_28 = wp::add(var_22, var_27);
            // if query.sign < 0.0:                                                               <L 170>
            var_29 = &((var_12).sign);
            var_32 = wp::load(var_29);
            var_31 = (var_32 < var_30);
            if (var_31) {
                // color = -wp.mesh_eval_face_normal(mesh_id, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)       <L 171>
                var_33 = &((var_12).face);
                var_35 = wp::load(var_33);
                var_34 = wp::mesh_eval_face_normal(var_mesh_id, var_35);
                var_36 = wp::neg(var_34);
                var_38 = wp::mul(var_36, var_37);
                var_42 = wp::vec_t<3, wp::float32>(var_39, var_40, var_41);
                var_43 = wp::add(var_38, var_42);
            }
            var_44 = wp::where(var_31, var_43, var_28);
        }
        var_45 = wp::load(var_15);
        var_47 = wp::load(var_15);
        var_46 = wp::where(var_47, var_44, var_9);
        var_49 = wp::load(var_15);
        var_48 = wp::where(var_49, var_18, var_10);
        // dist_out[tid] = depth                                                                  <L 172>
        // wp::array_store(var_dist_out, var_0, var_48);
        // normals[tid] = color                                                                   <L 173>
        // wp::array_store(var_normals, var_0, var_46);
        //---------
        // reverse
        wp::adj_array_store(var_normals, var_0, var_46, adj_normals, adj_0, adj_46);
        // adj: normals[tid] = color                                                              <L 173>
        wp::adj_array_store(var_dist_out, var_0, var_48, adj_dist_out, adj_0, adj_48);
        // adj: dist_out[tid] = depth                                                             <L 172>
        wp::adj_where(var_49, var_18, var_10, adj_15, adj_18, adj_10, adj_48);
        wp::adj_where(var_47, var_44, var_9, adj_15, adj_44, adj_9, adj_46);
        if (var_45) {
            wp::adj_where(var_31, var_43, var_28, adj_31, adj_43, adj_28, adj_44);
            if (var_31) {
                wp::adj_add(var_38, var_42, adj_38, adj_42, adj_43);
                wp::adj_vec_t(var_39, var_40, var_41, adj_39, adj_40, adj_41, adj_42);
                wp::adj_mul(var_36, var_37, adj_36, adj_37, adj_38);
                wp::adj_neg(var_34, adj_34, adj_36);
                adj_12.face = adj_33;
                // adj: color = -wp.mesh_eval_face_normal(mesh_id, query.face) * 0.5 + wp.vec3(0.5, 0.5, 0.5)  <L 171>
            }
            adj_12.sign += adj_29;
            // adj: if query.sign < 0.0:                                                          <L 170>
            wp::adj_add(var_22, var_27, adj_22, adj_27, adj_28);
            wp::adj_vec_t(var_24, var_25, var_26, adj_24, adj_25, adj_26, adj_27);
            wp::adj_mul(var_23, var_21, adj_20, adj_21, adj_22);
            adj_12.normal += adj_20;
            // adj: color = query.normal * 0.5 + wp.vec3(0.5, 0.5, 0.5)                           <L 168>
            wp::adj_copy(var_19, adj_17, adj_18);
            adj_12.t += adj_17;
            // adj: depth = query.t                                                               <L 167>
        }
        adj_12.result = adj_15;
        // adj: if query.result:                                                                  <L 166>
        wp::adj_mesh_query_ray(var_mesh_id, var_ray_origin, var_14, var_ray_length, var_13, var_12, adj_mesh_id, adj_ray_origin, adj_11, adj_ray_length, adj_13, adj_12);
        wp::adj_address(var_ray_directions, var_0, adj_ray_directions, adj_0, adj_11);
        // adj: query = wp.mesh_query_ray(mesh_id, ray_origin, ray_directions[tid], ray_length)   <L 165>
        wp::adj_copy(var_ray_length, adj_ray_length, adj_10);
        // adj: depth = ray_length                                                                <L 164>
        wp::adj_vec_t(var_6, var_7, var_8, adj_6, adj_7, adj_8, adj_9);
        // adj: color = wp.vec3(0.0, 0.0, 0.0)                                                    <L 163>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 162>
        }
        // adj: if flag != 1:                                                                     <L 161>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: flag = active[tid]                                                                <L 160>
        // adj: tid = wp.tid()                                                                    <L 159>
        // adj: def raycast(                                                                      <L 150>
        continue;
    }
}

