// Warp 1.19.0 cuda code for lookup_cells_18b7e1b5.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_volume_0215fc5e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_values_out)
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def sample_volume(                                                                     <L 28>
        // tid = wp.tid()                                                                         <L 34>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 35>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 36>
            continue;
        }
        // p = x[tid]                                                                             <L 37>
        var_5 = wp::address(var_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // uvw = wp.volume_world_to_index(sdf_volume, p)                                          <L 38>
        var_8 = wp::volume_world_to_index(var_sdf_volume, var_6);
        // density = wp.volume_lookup(sdf_volume, int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])), dtype=float)       <L 39>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::floor(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_8, var_17);
        var_19 = wp::floor(var_18);
        var_20 = wp::int(var_19);
        var_21 = wp::volume_lookup<float>(var_sdf_volume, var_12, var_16, var_20);
        // values_out[tid] = density                                                              <L 40>
        wp::array_store(var_values_out, var_0, var_21);
    }
}



extern "C" __global__ void sample_volume_0215fc5e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_values_out,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_values_out)
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::int32 var_12;
        const wp::int32 var_13 = 1;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = 2;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::int32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def sample_volume(                                                                     <L 28>
        // tid = wp.tid()                                                                         <L 34>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 35>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 36>
            goto label0;
        }
        // p = x[tid]                                                                             <L 37>
        var_5 = wp::address(var_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // uvw = wp.volume_world_to_index(sdf_volume, p)                                          <L 38>
        var_8 = wp::volume_world_to_index(var_sdf_volume, var_6);
        // density = wp.volume_lookup(sdf_volume, int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])), dtype=float)       <L 39>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::floor(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_8, var_17);
        var_19 = wp::floor(var_18);
        var_20 = wp::int(var_19);
        var_21 = wp::volume_lookup<float>(var_sdf_volume, var_12, var_16, var_20);
        // values_out[tid] = density                                                              <L 40>
        // wp::array_store(var_values_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_values_out, var_0, var_21, adj_values_out, adj_0, adj_21);
        // adj: values_out[tid] = density                                                         <L 40>
        wp::adj_extract(var_8, var_17, adj_8, adj_17, adj_18);
        wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: density = wp.volume_lookup(sdf_volume, int(wp.floor(uvw[0])), int(wp.floor(uvw[1])), int(wp.floor(uvw[2])), dtype=float)  <L 39>
        wp::adj_volume_world_to_index(var_sdf_volume, var_6, adj_sdf_volume, adj_6, adj_8);
        // adj: uvw = wp.volume_world_to_index(sdf_volume, p)                                     <L 38>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_5);
        // adj: p = x[tid]                                                                        <L 37>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 36>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] != 1:                                                              <L 35>
        // adj: tid = wp.tid()                                                                    <L 34>
        // adj: def sample_volume(                                                                <L 28>
        continue;
    }
}



extern "C" __global__ void lookup_cells_65ebe230_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_voxel_data,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_values_out)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        bool var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        wp::shape_t* var_28;
        const wp::int32 var_29 = 0;
        wp::int32 var_30;
        wp::shape_t var_31;
        bool var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // forward
        // def lookup_cells(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // w = inv_masses[tid]                                                                    <L 14>
        var_1 = wp::address(var_inv_masses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 16>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 17>
            continue;
        }
        // amount = weights[tid]                                                                  <L 18>
        var_6 = wp::address(var_weights, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // ijk = wp.volume_world_to_index(sdf_volume, x[tid])                                     <L 19>
        var_9 = wp::address(var_x, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::volume_world_to_index(var_sdf_volume, var_11);
        // index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))       <L 20>
        var_13 = wp::extract(var_10, var_12);
        var_14 = wp::floor(var_13);
        var_15 = wp::int(var_14);
        var_17 = wp::extract(var_10, var_16);
        var_18 = wp::floor(var_17);
        var_19 = wp::int(var_18);
        var_21 = wp::extract(var_10, var_20);
        var_22 = wp::floor(var_21);
        var_23 = wp::int(var_22);
        var_24 = wp::volume_lookup_index(var_sdf_volume, var_15, var_19, var_23);
        // if index >= 0 and index < voxel_data.shape[0]:                                         <L 21>
        var_27 = (var_24 >= var_26);
        var_25 = var_27;
        if (var_25) {
            var_28 = &(var_voxel_data.shape);
            var_31 = wp::load(var_28);
            var_30 = wp::extract(var_31, var_29);
            var_32 = (var_24 < var_30);
            var_25 = var_25 && var_32;
        }
        if (var_25) {
            // values_out[tid] = voxel_data[index]                                                <L 22>
            var_33 = wp::address(var_voxel_data, var_24);
            var_35 = wp::load(var_33);
            var_34 = wp::copy(var_35);
            wp::array_store(var_values_out, var_0, var_34);
        }
        if (!var_25) {
            // values_out[tid] = amount                                                           <L 24>
            wp::array_store(var_values_out, var_0, var_7);
        }
    }
}



extern "C" __global__ void lookup_cells_65ebe230_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::float32> var_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> var_x,
    wp::array_t<wp::float32> var_voxel_data,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_values_out,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::float32> adj_inv_masses,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x,
    wp::array_t<wp::float32> adj_voxel_data,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_values_out)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        wp::vec_t<3, wp::float32>* var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 1;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        const wp::int32 var_20 = 2;
        wp::float32 var_21;
        wp::float32 var_22;
        wp::int32 var_23;
        wp::int32 var_24;
        bool var_25;
        const wp::int32 var_26 = 0;
        bool var_27;
        wp::shape_t* var_28;
        const wp::int32 var_29 = 0;
        wp::int32 var_30;
        wp::shape_t var_31;
        bool var_32;
        wp::float32* var_33;
        wp::float32 var_34;
        wp::float32 var_35;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::float32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        bool adj_27 = {};
        wp::shape_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::int32 adj_30 = {};
        wp::shape_t adj_31 = {};
        bool adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        //---------
        // forward
        // def lookup_cells(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // w = inv_masses[tid]                                                                    <L 14>
        var_1 = wp::address(var_inv_masses, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if w == 0.0:                                                                           <L 16>
        var_5 = (var_2 == var_4);
        if (var_5) {
            // return                                                                             <L 17>
            goto label0;
        }
        // amount = weights[tid]                                                                  <L 18>
        var_6 = wp::address(var_weights, var_0);
        var_8 = wp::load(var_6);
        var_7 = wp::copy(var_8);
        // ijk = wp.volume_world_to_index(sdf_volume, x[tid])                                     <L 19>
        var_9 = wp::address(var_x, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::volume_world_to_index(var_sdf_volume, var_11);
        // index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))       <L 20>
        var_13 = wp::extract(var_10, var_12);
        var_14 = wp::floor(var_13);
        var_15 = wp::int(var_14);
        var_17 = wp::extract(var_10, var_16);
        var_18 = wp::floor(var_17);
        var_19 = wp::int(var_18);
        var_21 = wp::extract(var_10, var_20);
        var_22 = wp::floor(var_21);
        var_23 = wp::int(var_22);
        var_24 = wp::volume_lookup_index(var_sdf_volume, var_15, var_19, var_23);
        // if index >= 0 and index < voxel_data.shape[0]:                                         <L 21>
        var_27 = (var_24 >= var_26);
        var_25 = var_27;
        if (var_25) {
            var_28 = &(var_voxel_data.shape);
            var_31 = wp::load(var_28);
            var_30 = wp::extract(var_31, var_29);
            var_32 = (var_24 < var_30);
            var_25 = var_25 && var_32;
        }
        if (var_25) {
            // values_out[tid] = voxel_data[index]                                                <L 22>
            var_33 = wp::address(var_voxel_data, var_24);
            var_35 = wp::load(var_33);
            var_34 = wp::copy(var_35);
            // wp::array_store(var_values_out, var_0, var_34);
        }
        if (!var_25) {
            // values_out[tid] = amount                                                           <L 24>
            // wp::array_store(var_values_out, var_0, var_7);
        }
        //---------
        // reverse
        if (!var_25) {
            wp::adj_array_store(var_values_out, var_0, var_7, adj_values_out, adj_0, adj_7);
            // adj: values_out[tid] = amount                                                      <L 24>
        }
        if (var_25) {
            wp::adj_array_store(var_values_out, var_0, var_34, adj_values_out, adj_0, adj_34);
            wp::adj_copy(var_35, adj_33, adj_34);
            wp::adj_address(var_voxel_data, var_24, adj_voxel_data, adj_24, adj_33);
            // adj: values_out[tid] = voxel_data[index]                                           <L 22>
        }
        if (var_25) {
            adj_voxel_data.shape = adj_28;
        }
        // adj: if index >= 0 and index < voxel_data.shape[0]:                                    <L 21>
        wp::adj_extract(var_10, var_20, adj_10, adj_20, adj_21);
        wp::adj_extract(var_10, var_16, adj_10, adj_16, adj_17);
        wp::adj_extract(var_10, var_12, adj_10, adj_12, adj_13);
        // adj: index = wp.volume_lookup_index(sdf_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))  <L 20>
        wp::adj_volume_world_to_index(var_sdf_volume, var_11, adj_sdf_volume, adj_9, adj_10);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_9);
        // adj: ijk = wp.volume_world_to_index(sdf_volume, x[tid])                                <L 19>
        wp::adj_copy(var_8, adj_6, adj_7);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_6);
        // adj: amount = weights[tid]                                                             <L 18>
        if (var_5) {
            label0:;
            // adj: return                                                                        <L 17>
        }
        // adj: if w == 0.0:                                                                      <L 16>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_inv_masses, var_0, adj_inv_masses, adj_0, adj_1);
        // adj: w = inv_masses[tid]                                                               <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def lookup_cells(                                                                 <L 5>
        continue;
    }
}

