// Warp 1.19.0 cuda code for lookup_cells_a75a45da.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void probe_volume_4ab2457c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_density_volume,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_densities_out)
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
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def probe_volume(                                                                      <L 27>
        // tid = wp.tid()                                                                         <L 34>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 36>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 37>
            continue;
        }
        // x = particle_x[tid]                                                                    <L 38>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // grad = wp.vec3()                                                                       <L 39>
        var_8 = wp::vec_t<3, wp::float32>();
        // wp.volume_sample_grad(density_volume, wp.volume_world_to_index(density_volume, x), wp.Volume.LINEAR, grad, dtype=float)       <L 40>
        var_9 = wp::volume_world_to_index(var_density_volume, var_6);
        var_12 = wp::volume_sample_grad<float>(var_density_volume, var_9, var_11, var_8);
        // grad_len = wp.length(wp.volume_index_to_world_dir(density_volume, grad))               <L 41>
        var_13 = wp::volume_index_to_world_dir(var_density_volume, var_8);
        var_14 = wp::length(var_13);
        // densities_out[tid] = grad_len                                                          <L 42>
        wp::array_store(var_densities_out, var_0, var_14);
    }
}



extern "C" __global__ void probe_volume_4ab2457c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_density_volume,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_densities_out,
    wp::uint64 adj_density_volume,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_densities_out)
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
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        const wp::int32 var_10 = 1;
        const wp::int32 var_11 = 1;
        wp::float32 var_12;
        wp::vec_t<3, wp::float32> var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def probe_volume(                                                                      <L 27>
        // tid = wp.tid()                                                                         <L 34>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 36>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 37>
            goto label0;
        }
        // x = particle_x[tid]                                                                    <L 38>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // grad = wp.vec3()                                                                       <L 39>
        var_8 = wp::vec_t<3, wp::float32>();
        // wp.volume_sample_grad(density_volume, wp.volume_world_to_index(density_volume, x), wp.Volume.LINEAR, grad, dtype=float)       <L 40>
        var_9 = wp::volume_world_to_index(var_density_volume, var_6);
        var_12 = wp::volume_sample_grad<float>(var_density_volume, var_9, var_11, var_8);
        // grad_len = wp.length(wp.volume_index_to_world_dir(density_volume, grad))               <L 41>
        var_13 = wp::volume_index_to_world_dir(var_density_volume, var_8);
        var_14 = wp::length(var_13);
        // densities_out[tid] = grad_len                                                          <L 42>
        // wp::array_store(var_densities_out, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_densities_out, var_0, var_14, adj_densities_out, adj_0, adj_14);
        // adj: densities_out[tid] = grad_len                                                     <L 42>
        wp::adj_length(var_13, var_14, adj_13, adj_14);
        wp::adj_volume_index_to_world_dir(var_density_volume, var_8, adj_density_volume, adj_8, adj_13);
        // adj: grad_len = wp.length(wp.volume_index_to_world_dir(density_volume, grad))          <L 41>
        wp::adj_volume_sample_grad(var_density_volume, var_9, var_11, var_8, adj_density_volume, adj_9, adj_11, adj_8, adj_12);
        wp::adj_volume_world_to_index(var_density_volume, var_6, adj_density_volume, adj_6, adj_9);
        // adj: wp.volume_sample_grad(density_volume, wp.volume_world_to_index(density_volume, x), wp.Volume.LINEAR, grad, dtype=float)  <L 40>
        // adj: grad = wp.vec3()                                                                  <L 39>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
        // adj: x = particle_x[tid]                                                               <L 38>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 37>
        }
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
        // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 36>
        // adj: tid = wp.tid()                                                                    <L 34>
        // adj: def probe_volume(                                                                 <L 27>
        continue;
    }
}



extern "C" __global__ void lookup_cells_970e7637_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_density_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_cell_data,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_densities_out,
    wp::int32 var_num_active)
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
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
        wp::int32 var_21;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::shape_t* var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::shape_t var_28;
        bool var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // forward
        // def lookup_cells(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 14>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 15>
            continue;
        }
        // p = particle_x[tid]                                                                    <L 16>
        var_2 = wp::address(var_particle_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // amount = values[tid]                                                                   <L 17>
        var_5 = wp::address(var_values, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // ijk = wp.volume_world_to_index(density_volume, p)                                      <L 18>
        var_8 = wp::volume_world_to_index(var_density_volume, var_3);
        // index = wp.volume_lookup_index(density_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))       <L 19>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::floor(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_8, var_17);
        var_19 = wp::floor(var_18);
        var_20 = wp::int(var_19);
        var_21 = wp::volume_lookup_index(var_density_volume, var_12, var_16, var_20);
        // if index >= 0 and index < cell_data.shape[0]:                                          <L 20>
        var_24 = (var_21 >= var_23);
        var_22 = var_24;
        if (var_22) {
            var_25 = &(var_cell_data.shape);
            var_28 = wp::load(var_25);
            var_27 = wp::extract(var_28, var_26);
            var_29 = (var_21 < var_27);
            var_22 = var_22 && var_29;
        }
        if (var_22) {
            // densities_out[tid] = cell_data[index]                                              <L 21>
            var_30 = wp::address(var_cell_data, var_21);
            var_32 = wp::load(var_30);
            var_31 = wp::copy(var_32);
            wp::array_store(var_densities_out, var_0, var_31);
        }
        if (!var_22) {
            // densities_out[tid] = amount                                                        <L 23>
            wp::array_store(var_densities_out, var_0, var_6);
        }
    }
}



extern "C" __global__ void lookup_cells_970e7637_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_density_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_cell_data,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_densities_out,
    wp::int32 var_num_active,
    wp::uint64 adj_density_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_cell_data,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_densities_out,
    wp::int32 adj_num_active)
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
        bool var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
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
        wp::int32 var_21;
        bool var_22;
        const wp::int32 var_23 = 0;
        bool var_24;
        wp::shape_t* var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::shape_t var_28;
        bool var_29;
        wp::float32* var_30;
        wp::float32 var_31;
        wp::float32 var_32;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        bool adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
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
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        bool adj_24 = {};
        wp::shape_t adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::shape_t adj_28 = {};
        bool adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        //---------
        // forward
        // def lookup_cells(                                                                      <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // if tid >= num_active:                                                                  <L 14>
        var_1 = (var_0 >= var_num_active);
        if (var_1) {
            // return                                                                             <L 15>
            goto label0;
        }
        // p = particle_x[tid]                                                                    <L 16>
        var_2 = wp::address(var_particle_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // amount = values[tid]                                                                   <L 17>
        var_5 = wp::address(var_values, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // ijk = wp.volume_world_to_index(density_volume, p)                                      <L 18>
        var_8 = wp::volume_world_to_index(var_density_volume, var_3);
        // index = wp.volume_lookup_index(density_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))       <L 19>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::floor(var_10);
        var_12 = wp::int(var_11);
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::floor(var_14);
        var_16 = wp::int(var_15);
        var_18 = wp::extract(var_8, var_17);
        var_19 = wp::floor(var_18);
        var_20 = wp::int(var_19);
        var_21 = wp::volume_lookup_index(var_density_volume, var_12, var_16, var_20);
        // if index >= 0 and index < cell_data.shape[0]:                                          <L 20>
        var_24 = (var_21 >= var_23);
        var_22 = var_24;
        if (var_22) {
            var_25 = &(var_cell_data.shape);
            var_28 = wp::load(var_25);
            var_27 = wp::extract(var_28, var_26);
            var_29 = (var_21 < var_27);
            var_22 = var_22 && var_29;
        }
        if (var_22) {
            // densities_out[tid] = cell_data[index]                                              <L 21>
            var_30 = wp::address(var_cell_data, var_21);
            var_32 = wp::load(var_30);
            var_31 = wp::copy(var_32);
            // wp::array_store(var_densities_out, var_0, var_31);
        }
        if (!var_22) {
            // densities_out[tid] = amount                                                        <L 23>
            // wp::array_store(var_densities_out, var_0, var_6);
        }
        //---------
        // reverse
        if (!var_22) {
            wp::adj_array_store(var_densities_out, var_0, var_6, adj_densities_out, adj_0, adj_6);
            // adj: densities_out[tid] = amount                                                   <L 23>
        }
        if (var_22) {
            wp::adj_array_store(var_densities_out, var_0, var_31, adj_densities_out, adj_0, adj_31);
            wp::adj_copy(var_32, adj_30, adj_31);
            wp::adj_address(var_cell_data, var_21, adj_cell_data, adj_21, adj_30);
            // adj: densities_out[tid] = cell_data[index]                                         <L 21>
        }
        if (var_22) {
            adj_cell_data.shape = adj_25;
        }
        // adj: if index >= 0 and index < cell_data.shape[0]:                                     <L 20>
        wp::adj_extract(var_8, var_17, adj_8, adj_17, adj_18);
        wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
        wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: index = wp.volume_lookup_index(density_volume, int(wp.floor(ijk[0])), int(wp.floor(ijk[1])), int(wp.floor(ijk[2])))  <L 19>
        wp::adj_volume_world_to_index(var_density_volume, var_3, adj_density_volume, adj_3, adj_8);
        // adj: ijk = wp.volume_world_to_index(density_volume, p)                                 <L 18>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_5);
        // adj: amount = values[tid]                                                              <L 17>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_2);
        // adj: p = particle_x[tid]                                                               <L 16>
        if (var_1) {
            label0:;
            // adj: return                                                                        <L 15>
        }
        // adj: if tid >= num_active:                                                             <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def lookup_cells(                                                                 <L 5>
        continue;
    }
}

