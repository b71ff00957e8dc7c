// Warp 1.19.0 cuda code for append_ground_contacts_eef5c6ae.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void append_ground_contacts_19e4540a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_shape_count,
    wp::array_t<wp::int32> var_geo_type,
    wp::array_t<wp::float32> var_half_heights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_position,
    wp::array_t<wp::float32> var_sphere_radius,
    wp::vec_t<3, wp::float32> var_up,
    wp::float32 var_ground_height,
    wp::float32 var_margin,
    wp::int32 var_max_contacts_per_world,
    wp::array_t<wp::int32> var_world_contact_count,
    wp::array_t<wp::int32> var_contact_shape0)
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
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::int32* var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        bool var_14;
        const wp::int32 var_15 = 0;
        bool var_16;
        const wp::int32 var_17 = 1;
        bool var_18;
        wp::float32* var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 1;
        bool var_25;
        const wp::int32 var_26 = 1;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        bool var_33;
        const wp::int32 var_34 = 1;
        wp::int32 var_35;
        bool var_36;
        //---------
        // forward
        // def append_ground_contacts(                                                            <L 10>
        // world, s = wp.tid()                                                                    <L 23>
        builtin_tid2d(var_0, var_1);
        // if s >= world_shape_count[world]:                                                      <L 24>
        var_2 = wp::address(var_world_shape_count, var_0);
        var_4 = wp::load(var_2);
        var_3 = (var_1 >= var_4);
        if (var_3) {
            // return                                                                             <L 25>
            continue;
        }
        // half_height = half_heights[world, s]                                                   <L 26>
        var_5 = wp::address(var_half_heights, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // center = shape_position[world, s]                                                      <L 27>
        var_8 = wp::address(var_shape_position, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // geo = geo_type[world, s]                                                               <L 28>
        var_11 = wp::address(var_geo_type, var_0, var_1);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:                                   <L 29>
        var_16 = (var_12 != var_15);
        var_14 = var_16;
        if (var_14) {
            var_18 = (var_12 != var_17);
            var_14 = var_14 && var_18;
        }
        if (var_14) {
            // return                                                                             <L 31>
            continue;
        }
        // depth = sphere_radius[world, s] - (wp.dot(center, up) - ground_height)                 <L 33>
        var_19 = wp::address(var_sphere_radius, var_0, var_1);
        var_20 = wp::dot(var_9, var_up);
        var_21 = wp::sub(var_20, var_ground_height);
        var_23 = wp::load(var_19);
        var_22 = wp::sub(var_23, var_21);
        // if geo == GeoType.CAPSULE:                                                             <L 34>
        var_25 = (var_12 == var_24);
        if (var_25) {
            // depth += half_height * wp.abs(up[1])                                               <L 36>
            var_27 = wp::extract(var_up, var_26);
            var_28 = wp::abs(var_27);
            var_29 = wp::mul(var_6, var_28);
            var_30 = wp::add(var_22, var_29);
        }
        var_31 = wp::where(var_25, var_30, var_22);
        // if depth < -margin:                                                                    <L 37>
        var_32 = wp::neg(var_margin);
        var_33 = (var_31 < var_32);
        if (var_33) {
            // return                                                                             <L 38>
            continue;
        }
        // slot = wp.atomic_add(world_contact_count, world, 1)                                    <L 39>
        var_35 = wp::atomic_add(var_world_contact_count, var_0, var_34);
        // if slot >= max_contacts_per_world:                                                     <L 40>
        var_36 = (var_35 >= var_max_contacts_per_world);
        if (var_36) {
            // return                                                                             <L 41>
            continue;
        }
        // contact_shape0[world, slot] = s                                                        <L 42>
        wp::array_store(var_contact_shape0, var_0, var_35, var_1);
    }
}

