// Warp 1.19.0 cuda code for collect_ground_contacts_4555c2f5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void collect_ground_contacts_2db9bf1a_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::int32> var_world_shape_count,
    wp::array_t<wp::int32> var_shape_type,
    wp::array_t<wp::float32> var_half_heights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_position,
    wp::array_t<wp::float32> var_shape_radius,
    wp::array_t<wp::int32> var_world_contact_count,
    wp::array_t<wp::int32> var_contact_shape,
    wp::array_t<wp::int32> var_contact_overflow,
    wp::vec_t<3, wp::float32> var_ground_normal,
    wp::float32 var_contact_margin,
    wp::int32 var_contact_capacity)
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
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        bool var_11;
        const wp::int32 var_12 = 0;
        bool var_13;
        const wp::int32 var_14 = 1;
        bool var_15;
        wp::vec_t<3, wp::float32>* var_16;
        wp::float32 var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::float32 var_19;
        const wp::int32 var_20 = 1;
        bool var_21;
        wp::float32* var_22;
        const wp::int32 var_23 = 1;
        wp::float32 var_24;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32 var_29;
        wp::float32 var_30;
        bool var_31;
        const wp::int32 var_32 = 1;
        wp::int32 var_33;
        bool var_34;
        const wp::int32 var_35 = 1;
        wp::int32 var_36;
        //---------
        // forward
        // def collect_ground_contacts(                                                           <L 10>
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
        // r = shape_radius[world, s]                                                             <L 26>
        var_5 = wp::address(var_shape_radius, var_0, var_1);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // geo = shape_type[world, s]                                                             <L 27>
        var_8 = wp::address(var_shape_type, var_0, var_1);
        var_10 = wp::load(var_8);
        var_9 = wp::copy(var_10);
        // if geo != GeoType.SPHERE and geo != GeoType.CAPSULE:                                   <L 28>
        var_13 = (var_9 != var_12);
        var_11 = var_13;
        if (var_11) {
            var_15 = (var_9 != var_14);
            var_11 = var_11 && var_15;
        }
        if (var_11) {
            // return                                                                             <L 29>
            continue;
        }
        // depth = r - wp.dot(shape_position[world, s], ground_normal)                            <L 30>
        var_16 = wp::address(var_shape_position, var_0, var_1);
        var_18 = wp::load(var_16);
        var_17 = wp::dot(var_18, var_ground_normal);
        var_19 = wp::sub(var_6, var_17);
        // if geo == GeoType.CAPSULE:                                                             <L 31>
        var_21 = (var_9 == var_20);
        if (var_21) {
            // depth += half_heights[world, s] * wp.abs(ground_normal[1])                         <L 32>
            var_22 = wp::address(var_half_heights, var_0, var_1);
            var_24 = wp::extract(var_ground_normal, var_23);
            var_25 = wp::abs(var_24);
            var_27 = wp::load(var_22);
            var_26 = wp::mul(var_27, var_25);
            var_28 = wp::add(var_19, var_26);
        }
        var_29 = wp::where(var_21, var_28, var_19);
        // if depth < -contact_margin:                                                            <L 33>
        var_30 = wp::neg(var_contact_margin);
        var_31 = (var_29 < var_30);
        if (var_31) {
            // return                                                                             <L 34>
            continue;
        }
        // slot = wp.atomic_add(world_contact_count, world, 1)                                    <L 35>
        var_33 = wp::atomic_add(var_world_contact_count, var_0, var_32);
        // if slot >= contact_capacity:                                                           <L 36>
        var_34 = (var_33 >= var_contact_capacity);
        if (var_34) {
            // wp.atomic_add(contact_overflow, world, 1)                                          <L 37>
            var_36 = wp::atomic_add(var_contact_overflow, var_0, var_35);
            // return                                                                             <L 38>
            continue;
        }
        // contact_shape[world, slot] = s                                                         <L 39>
        wp::array_store(var_contact_shape, var_0, var_33, var_1);
    }
}

