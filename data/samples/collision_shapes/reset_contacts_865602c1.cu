// Warp 1.19.0 cuda code for reset_contacts_865602c1.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void reset_contacts_504369f3_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_max_contacts,
    wp::array_t<wp::int32> var_rigid_contact_count,
    wp::array_t<wp::int32> var_last_contact_count,
    wp::array_t<wp::int32> var_overflow_flag,
    wp::array_t<wp::int32> var_contact_shape0,
    wp::array_t<wp::int32> var_contact_shape1,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_force,
    wp::array_t<wp::int32> var_max_contact_count)
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
        bool var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::int32 var_13;
        const wp::int32 var_14 = 0;
        wp::range_t var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        const wp::int32 var_18 = -1;
        const wp::float32 var_19 = 0.0;
        wp::vec_t<3, wp::float32> var_20;
        const wp::int32 var_21 = 0;
        const wp::int32 var_22 = 0;
        //---------
        // forward
        // def reset_contacts(                                                                    <L 5>
        // count = rigid_contact_count[0]                                                         <L 15>
        var_1 = wp::address(var_rigid_contact_count, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if count > max_contact_count[0]:                                                       <L 17>
        var_5 = wp::address(var_max_contact_count, var_4);
        var_7 = wp::load(var_5);
        var_6 = (var_2 > var_7);
        if (var_6) {
            // max_contact_count[0] = count                                                       <L 18>
            wp::array_store(var_max_contact_count, var_8, var_2);
        }
        // if count > max_contacts:                                                               <L 19>
        var_9 = (var_2 > var_max_contacts);
        if (var_9) {
            // overflow_flag[0] = count - max_contacts                                            <L 21>
            var_10 = wp::sub(var_2, var_max_contacts);
            wp::array_store(var_overflow_flag, var_11, var_10);
            // count = max_contacts                                                               <L 22>
            var_12 = wp::copy(var_max_contacts);
        }
        var_13 = wp::where(var_9, var_12, var_2);
        // last_contact_count[0] = count                                                          <L 24>
        wp::array_store(var_last_contact_count, var_14, var_13);
        // for k in range(count):                                                                 <L 25>
        var_15 = wp::range(var_13);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // contact_shape0[k] = -1                                                             <L 26>
            wp::array_store(var_contact_shape0, var_16, var_17);
            // contact_shape1[k] = -1                                                             <L 27>
            wp::array_store(var_contact_shape1, var_16, var_18);
            // contact_force[k] = wp.vec3(0.0)                                                    <L 28>
            var_20 = wp::vec_t<3, wp::float32>(var_19);
            wp::array_store(var_contact_force, var_16, var_20);
            goto start_for_0;
        end_for_0:;
        // rigid_contact_count[0] = 0                                                             <L 29>
        wp::array_store(var_rigid_contact_count, var_22, var_21);
    }
}

