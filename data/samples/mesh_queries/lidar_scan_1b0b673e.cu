// Warp 1.19.0 cuda code for lidar_scan_1b0b673e.py; preceded by preamble_cuda_93b22071978ccd96.cuh

// lidar_scan.py:10
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
    // def return_intensity(normal: wp.vec3, beam_dir: wp.vec3, t: float, max_range: float) -> float:       <L 11>
    // cos_incidence = wp.abs(wp.dot(normal, beam_dir))                                       <L 13>
    var_0 = wp::dot(var_normal, var_beam_dir);
    var_1 = wp::abs(var_0);
    // return cos_incidence * (1.0 - t / max_range)                                           <L 14>
    var_3 = wp::div(var_t, var_max_range);
    var_4 = wp::sub(var_2, var_3);
    var_5 = wp::mul(var_1, var_4);
    return var_5;
}


// lidar_scan.py:10
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



extern "C" __global__ void lidar_scan_ae1498db_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<4, wp::float32>> var_points,
    wp::uint64 var_collider_mesh,
    wp::array_t<wp::transform_t<wp::float32>> var_xforms,
    wp::array_t<wp::int32> var_sensor_body,
    wp::array_t<wp::vec_t<3, wp::float32>> var_beam_directions,
    wp::array_t<wp::int32> var_world_enabled,
    wp::array_t<wp::int32> var_face_shader,
    wp::transform_t<wp::float32> var_sensor_offset,
    wp::float32 var_lidar_max_range,
    wp::array_t<wp::float32> var_ranges,
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
        wp::int32* var_2;
        const wp::int32 var_3 = 0;
        bool var_4;
        wp::int32 var_5;
        wp::int32* var_6;
        wp::int32 var_7;
        wp::int32 var_8;
        wp::transform_t<wp::float32>* var_9;
        wp::transform_t<wp::float32> var_10;
        wp::transform_t<wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32>* var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::mesh_query_ray_t var_17;
        const wp::int32 var_18 = -1;
        bool var_19;
        bool* var_20;
        bool var_21;
        bool var_22;
        wp::float32* var_23;
        const wp::float32 var_24 = 0.05;
        bool var_25;
        wp::float32 var_26;
        const wp::float32 var_27 = 0.0;
        const wp::float32 var_28 = 0.0;
        const wp::float32 var_29 = 0.0;
        const wp::float32 var_30 = 0.0;
        const wp::float32 var_31 = 0.0;
        wp::vec_t<4, wp::float32> var_32;
        const wp::int32 var_33 = -1;
        wp::float32* var_34;
        wp::float32 var_35;
        wp::float32 var_36;
        wp::int32* var_37;
        wp::int32 var_38;
        wp::int32* var_39;
        wp::int32 var_40;
        wp::int32 var_41;
        wp::vec_t<3, wp::float32> var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::float32 var_44;
        wp::vec_t<3, wp::float32> var_45;
        const wp::int32 var_46 = 0;
        wp::float32 var_47;
        const wp::int32 var_48 = 1;
        wp::float32 var_49;
        const wp::int32 var_50 = 2;
        wp::float32 var_51;
        wp::vec_t<4, wp::float32> var_52;
        //---------
        // forward
        // def lidar_scan(                                                                        <L 18>
        // env, beam = wp.tid()                                                                   <L 31>
        builtin_tid2d(var_0, var_1);
        // if world_enabled[env] == 0:                                                            <L 32>
        var_2 = wp::address(var_world_enabled, var_0);
        var_5 = wp::load(var_2);
        var_4 = (var_5 == var_3);
        if (var_4) {
            // return                                                                             <L 33>
            continue;
        }
        // body = sensor_body[env]                                                                <L 34>
        var_6 = wp::address(var_sensor_body, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // X_ws = wp.transform_multiply(xforms[body], sensor_offset)                              <L 35>
        var_9 = wp::address(var_xforms, var_7);
        var_11 = wp::load(var_9);
        var_10 = wp::transform_multiply(var_11, var_sensor_offset);
        // origin = wp.transform_get_translation(X_ws)                                            <L 36>
        var_12 = wp::transform_get_translation(var_10);
        // dir_local = beam_directions[beam]                                                      <L 37>
        var_13 = wp::address(var_beam_directions, var_1);
        var_15 = wp::load(var_13);
        var_14 = wp::copy(var_15);
        // dir_world = wp.transform_vector(X_ws, dir_local)                                       <L 38>
        var_16 = wp::transform_vector(var_10, var_14);
        // query = wp.mesh_query_ray(collider_mesh, origin, dir_world, lidar_max_range)           <L 39>
        var_17 = wp::mesh_query_ray(var_collider_mesh, var_12, var_16, var_lidar_max_range, var_18);
        // if not query.result or query.t < MIN_RANGE:                                            <L 40>
        var_20 = &((var_17).result);
        var_22 = wp::load(var_20);
        var_21 = wp::unot(var_22);
        var_19 = var_21;
        if (!var_19) {
            var_23 = &((var_17).t);
            var_26 = wp::load(var_23);
            var_25 = (var_26 < var_24);
            var_19 = var_19 || var_25;
        }
        if (var_19) {
            // ranges[env, beam] = 0.0                                                            <L 41>
            wp::array_store(var_ranges, var_0, var_1, var_27);
            // points[env, beam] = scan_point(0.0, 0.0, 0.0, 0.0)                                 <L 42>
            var_32 = wp::vec_t<4, wp::float32>(var_28, var_29, var_30, var_31);
            wp::array_store(var_points, var_0, var_1, var_32);
            // face_id_image[env, beam] = -1                                                      <L 43>
            wp::array_store(var_face_id_image, var_0, var_1, var_33);
            // return                                                                             <L 44>
            continue;
        }
        // t = query.t                                                                            <L 45>
        var_34 = &((var_17).t);
        var_36 = wp::load(var_34);
        var_35 = wp::copy(var_36);
        // ranges[env, beam] = t                                                                  <L 46>
        wp::array_store(var_ranges, var_0, var_1, var_35);
        // face_id_image[env, beam] = face_shader[query.face]                                     <L 47>
        var_37 = &((var_17).face);
        var_38 = wp::load(var_37);
        var_39 = wp::address(var_face_shader, var_38);
        var_41 = wp::load(var_39);
        var_40 = wp::copy(var_41);
        wp::array_store(var_face_id_image, var_0, var_1, var_40);
        // p = dir_local * t                                                                      <L 48>
        var_42 = wp::mul(var_14, var_35);
        // strength = return_intensity(query.normal, dir_world, t, lidar_max_range)               <L 49>
        var_43 = &((var_17).normal);
        var_45 = wp::load(var_43);
        var_44 = return_intensity_0(var_45, var_16, var_35, var_lidar_max_range);
        // points[env, beam] = scan_point(p[0], p[1], p[2], strength)                             <L 50>
        var_47 = wp::extract(var_42, var_46);
        var_49 = wp::extract(var_42, var_48);
        var_51 = wp::extract(var_42, var_50);
        var_52 = wp::vec_t<4, wp::float32>(var_47, var_49, var_51, var_44);
        wp::array_store(var_points, var_0, var_1, var_52);
    }
}

