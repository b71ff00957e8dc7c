// Warp 1.19.0 cuda code for nearest_voxel_value_7e7db1ff.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void nearest_voxel_value_4dad712a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_out)
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
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.5;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::float32 var_30;
        //---------
        // forward
        // def nearest_voxel_value(sdf_volume: wp.uint64, x: wp.array[wp.vec3], out: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // pos = x[tid]                                                                           <L 8>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // uvw = wp.volume_world_to_index(sdf_volume, pos)                                        <L 9>
        var_4 = wp::volume_world_to_index(var_sdf_volume, var_2);
        // ijk = wp.vec3i(int(wp.floor(uvw[0] + 0.5)), int(wp.floor(uvw[1] + 0.5)), int(wp.floor(uvw[2] + 0.5)))       <L 10>
        var_6 = wp::extract(var_4, var_5);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::floor(var_8);
        var_10 = wp::int(var_9);
        var_12 = wp::extract(var_4, var_11);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_4, var_17);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::floor(var_20);
        var_22 = wp::int(var_21);
        var_23 = wp::vec_t<3, wp::int32>(var_10, var_16, var_22);
        // d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)                  <L 11>
        var_25 = wp::extract(var_23, var_24);
        var_27 = wp::extract(var_23, var_26);
        var_29 = wp::extract(var_23, var_28);
        var_30 = wp::volume_lookup<float>(var_sdf_volume, var_25, var_27, var_29);
        // out[tid] = d                                                                           <L 12>
        wp::array_store(var_out, var_0, var_30);
    }
}



extern "C" __global__ void nearest_voxel_value_4dad712a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_out,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_out)
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
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        const wp::float32 var_7 = 0.5;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.5;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        const wp::float32 var_19 = 0.5;
        wp::float32 var_20;
        wp::float32 var_21;
        wp::int32 var_22;
        wp::vec_t<3, wp::int32> var_23;
        const wp::int32 var_24 = 0;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        const wp::int32 var_28 = 2;
        wp::int32 var_29;
        wp::float32 var_30;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::int32 adj_22 = {};
        wp::vec_t<3, wp::int32> adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        //---------
        // forward
        // def nearest_voxel_value(sdf_volume: wp.uint64, x: wp.array[wp.vec3], out: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // pos = x[tid]                                                                           <L 8>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // uvw = wp.volume_world_to_index(sdf_volume, pos)                                        <L 9>
        var_4 = wp::volume_world_to_index(var_sdf_volume, var_2);
        // ijk = wp.vec3i(int(wp.floor(uvw[0] + 0.5)), int(wp.floor(uvw[1] + 0.5)), int(wp.floor(uvw[2] + 0.5)))       <L 10>
        var_6 = wp::extract(var_4, var_5);
        var_8 = wp::add(var_6, var_7);
        var_9 = wp::floor(var_8);
        var_10 = wp::int(var_9);
        var_12 = wp::extract(var_4, var_11);
        var_14 = wp::add(var_12, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_4, var_17);
        var_20 = wp::add(var_18, var_19);
        var_21 = wp::floor(var_20);
        var_22 = wp::int(var_21);
        var_23 = wp::vec_t<3, wp::int32>(var_10, var_16, var_22);
        // d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)                  <L 11>
        var_25 = wp::extract(var_23, var_24);
        var_27 = wp::extract(var_23, var_26);
        var_29 = wp::extract(var_23, var_28);
        var_30 = wp::volume_lookup<float>(var_sdf_volume, var_25, var_27, var_29);
        // out[tid] = d                                                                           <L 12>
        // wp::array_store(var_out, var_0, var_30);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_30, adj_out, adj_0, adj_30);
        // adj: out[tid] = d                                                                      <L 12>
        wp::adj_extract(var_23, var_28, adj_23, adj_28, adj_29);
        wp::adj_extract(var_23, var_26, adj_23, adj_26, adj_27);
        wp::adj_extract(var_23, var_24, adj_23, adj_24, adj_25);
        // adj: d = wp.volume_lookup(sdf_volume, ijk[0], ijk[1], ijk[2], dtype=float)             <L 11>
        wp::adj_vec_t(var_10, var_16, var_22, adj_10, adj_16, adj_22, adj_23);
        wp::adj_add(var_18, var_19, adj_18, adj_19, adj_20);
        wp::adj_extract(var_4, var_17, adj_4, adj_17, adj_18);
        wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
        wp::adj_extract(var_4, var_11, adj_4, adj_11, adj_12);
        wp::adj_add(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: ijk = wp.vec3i(int(wp.floor(uvw[0] + 0.5)), int(wp.floor(uvw[1] + 0.5)), int(wp.floor(uvw[2] + 0.5)))  <L 10>
        wp::adj_volume_world_to_index(var_sdf_volume, var_2, adj_sdf_volume, adj_2, adj_4);
        // adj: uvw = wp.volume_world_to_index(sdf_volume, pos)                                   <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: pos = x[tid]                                                                      <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def nearest_voxel_value(sdf_volume: wp.uint64, x: wp.array[wp.vec3], out: wp.array[float]):  <L 5>
        continue;
    }
}



extern "C" __global__ void lookup_cells_965c27ed_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_voxel_values,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_samples)
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
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        bool var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::shape_t var_24;
        bool var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        //---------
        // forward
        // def lookup_cells(                                                                      <L 16>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // pos = x[tid]                                                                           <L 25>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ijk = wp.volume_world_to_index(sdf_volume, pos)                                        <L 26>
        var_4 = wp::volume_world_to_index(var_sdf_volume, var_2);
        // index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))       <L 27>
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::floor(var_6);
        var_8 = wp::int(var_7);
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::floor(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_17 = wp::volume_lookup_index(var_sdf_volume, var_8, var_12, var_16);
        // if index >= 0 and index < voxel_values.shape[0]:                                       <L 28>
        var_20 = (var_17 >= var_19);
        var_18 = var_20;
        if (var_18) {
            var_21 = &(var_voxel_values.shape);
            var_24 = wp::load(var_21);
            var_23 = wp::extract(var_24, var_22);
            var_25 = (var_17 < var_23);
            var_18 = var_18 && var_25;
        }
        if (var_18) {
            // samples[tid] = voxel_values[index]                                                 <L 29>
            var_26 = wp::address(var_voxel_values, var_17);
            var_28 = wp::load(var_26);
            var_27 = wp::copy(var_28);
            wp::array_store(var_samples, var_0, var_27);
        }
        if (!var_18) {
            // samples[tid] = values[tid]                                                         <L 31>
            var_29 = wp::address(var_values, var_0);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            wp::array_store(var_samples, var_0, var_30);
        }
    }
}



extern "C" __global__ void lookup_cells_965c27ed_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_voxel_values,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_samples,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_voxel_values,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_samples)
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
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 2;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        wp::int32 var_17;
        bool var_18;
        const wp::int32 var_19 = 0;
        bool var_20;
        wp::shape_t* var_21;
        const wp::int32 var_22 = 0;
        wp::int32 var_23;
        wp::shape_t var_24;
        bool var_25;
        wp::float32* var_26;
        wp::float32 var_27;
        wp::float32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        bool adj_18 = {};
        wp::int32 adj_19 = {};
        bool adj_20 = {};
        wp::shape_t adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::shape_t adj_24 = {};
        bool adj_25 = {};
        wp::float32 adj_26 = {};
        wp::float32 adj_27 = {};
        wp::float32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        //---------
        // forward
        // def lookup_cells(                                                                      <L 16>
        // tid = wp.tid()                                                                         <L 24>
        var_0 = builtin_tid1d();
        // pos = x[tid]                                                                           <L 25>
        var_1 = wp::address(var_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ijk = wp.volume_world_to_index(sdf_volume, pos)                                        <L 26>
        var_4 = wp::volume_world_to_index(var_sdf_volume, var_2);
        // index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))       <L 27>
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::floor(var_6);
        var_8 = wp::int(var_7);
        var_10 = wp::extract(var_4, var_9);
        var_11 = wp::floor(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_4, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_17 = wp::volume_lookup_index(var_sdf_volume, var_8, var_12, var_16);
        // if index >= 0 and index < voxel_values.shape[0]:                                       <L 28>
        var_20 = (var_17 >= var_19);
        var_18 = var_20;
        if (var_18) {
            var_21 = &(var_voxel_values.shape);
            var_24 = wp::load(var_21);
            var_23 = wp::extract(var_24, var_22);
            var_25 = (var_17 < var_23);
            var_18 = var_18 && var_25;
        }
        if (var_18) {
            // samples[tid] = voxel_values[index]                                                 <L 29>
            var_26 = wp::address(var_voxel_values, var_17);
            var_28 = wp::load(var_26);
            var_27 = wp::copy(var_28);
            // wp::array_store(var_samples, var_0, var_27);
        }
        if (!var_18) {
            // samples[tid] = values[tid]                                                         <L 31>
            var_29 = wp::address(var_values, var_0);
            var_31 = wp::load(var_29);
            var_30 = wp::copy(var_31);
            // wp::array_store(var_samples, var_0, var_30);
        }
        //---------
        // reverse
        if (!var_18) {
            wp::adj_array_store(var_samples, var_0, var_30, adj_samples, adj_0, adj_30);
            wp::adj_copy(var_31, adj_29, adj_30);
            wp::adj_address(var_values, var_0, adj_values, adj_0, adj_29);
            // adj: samples[tid] = values[tid]                                                    <L 31>
        }
        if (var_18) {
            wp::adj_array_store(var_samples, var_0, var_27, adj_samples, adj_0, adj_27);
            wp::adj_copy(var_28, adj_26, adj_27);
            wp::adj_address(var_voxel_values, var_17, adj_voxel_values, adj_17, adj_26);
            // adj: samples[tid] = voxel_values[index]                                            <L 29>
        }
        if (var_18) {
            adj_voxel_values.shape = adj_21;
        }
        // adj: if index >= 0 and index < voxel_values.shape[0]:                                  <L 28>
        wp::adj_extract(var_4, var_13, adj_4, adj_13, adj_14);
        wp::adj_extract(var_4, var_9, adj_4, adj_9, adj_10);
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))  <L 27>
        wp::adj_volume_world_to_index(var_sdf_volume, var_2, adj_sdf_volume, adj_2, adj_4);
        // adj: ijk = wp.volume_world_to_index(sdf_volume, pos)                                   <L 26>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
        // adj: pos = x[tid]                                                                      <L 25>
        // adj: tid = wp.tid()                                                                    <L 24>
        // adj: def lookup_cells(                                                                 <L 16>
        continue;
    }
}

