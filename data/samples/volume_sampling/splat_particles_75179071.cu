// Warp 1.19.0 cuda code for splat_particles_75179071.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void splat_particles_f20f99bc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_weights)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def splat_particles(sdf_volume: wp.uint64, particle_x: wp.array[wp.vec3], weights: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 7>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // amount = weights[tid]                                                                  <L 8>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // uvw = wp.volume_world_to_index(sdf_volume, x)                                          <L 9>
        var_7 = wp::volume_world_to_index(var_sdf_volume, var_2);
        // i = int(wp.round(uvw[0]))                                                              <L 10>
        var_9 = wp::extract(var_7, var_8);
        var_10 = wp::round(var_9);
        var_11 = wp::int(var_10);
        // j = int(wp.round(uvw[1]))                                                              <L 11>
        var_13 = wp::extract(var_7, var_12);
        var_14 = wp::round(var_13);
        var_15 = wp::int(var_14);
        // k = int(wp.round(uvw[2]))                                                              <L 12>
        var_17 = wp::extract(var_7, var_16);
        var_18 = wp::round(var_17);
        var_19 = wp::int(var_18);
        // previous = wp.volume_lookup_f(sdf_volume, i, j, k)                                     <L 13>
        var_20 = wp::volume_lookup_f(var_sdf_volume, var_11, var_15, var_19);
        // wp.volume_store_f(sdf_volume, i, j, k, wp.max(previous, amount))                       <L 14>
        var_21 = wp::max(var_20, var_5);
        wp::volume_store_f(var_sdf_volume, var_11, var_15, var_19, var_21);
    }
}



extern "C" __global__ void splat_particles_f20f99bc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_weights,
    wp::uint64 adj_sdf_volume,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::float32> adj_weights)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::int32 var_11;
        const wp::int32 var_12 = 1;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::int32 var_15;
        const wp::int32 var_16 = 2;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::int32 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def splat_particles(sdf_volume: wp.uint64, particle_x: wp.array[wp.vec3], weights: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = particle_x[tid]                                                                    <L 7>
        var_1 = wp::address(var_particle_x, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // amount = weights[tid]                                                                  <L 8>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // uvw = wp.volume_world_to_index(sdf_volume, x)                                          <L 9>
        var_7 = wp::volume_world_to_index(var_sdf_volume, var_2);
        // i = int(wp.round(uvw[0]))                                                              <L 10>
        var_9 = wp::extract(var_7, var_8);
        var_10 = wp::round(var_9);
        var_11 = wp::int(var_10);
        // j = int(wp.round(uvw[1]))                                                              <L 11>
        var_13 = wp::extract(var_7, var_12);
        var_14 = wp::round(var_13);
        var_15 = wp::int(var_14);
        // k = int(wp.round(uvw[2]))                                                              <L 12>
        var_17 = wp::extract(var_7, var_16);
        var_18 = wp::round(var_17);
        var_19 = wp::int(var_18);
        // previous = wp.volume_lookup_f(sdf_volume, i, j, k)                                     <L 13>
        var_20 = wp::volume_lookup_f(var_sdf_volume, var_11, var_15, var_19);
        // wp.volume_store_f(sdf_volume, i, j, k, wp.max(previous, amount))                       <L 14>
        var_21 = wp::max(var_20, var_5);
        wp::volume_store_f(var_sdf_volume, var_11, var_15, var_19, var_21);
        //---------
        // reverse
        wp::adj_max(var_20, var_5, adj_20, adj_5, adj_21);
        // adj: wp.volume_store_f(sdf_volume, i, j, k, wp.max(previous, amount))                  <L 14>
        // adj: previous = wp.volume_lookup_f(sdf_volume, i, j, k)                                <L 13>
        wp::adj_extract(var_7, var_16, adj_7, adj_16, adj_17);
        // adj: k = int(wp.round(uvw[2]))                                                         <L 12>
        wp::adj_extract(var_7, var_12, adj_7, adj_12, adj_13);
        // adj: j = int(wp.round(uvw[1]))                                                         <L 11>
        wp::adj_extract(var_7, var_8, adj_7, adj_8, adj_9);
        // adj: i = int(wp.round(uvw[0]))                                                         <L 10>
        wp::adj_volume_world_to_index(var_sdf_volume, var_2, adj_sdf_volume, adj_2, adj_7);
        // adj: uvw = wp.volume_world_to_index(sdf_volume, x)                                     <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: amount = weights[tid]                                                             <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_1);
        // adj: x = particle_x[tid]                                                               <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def splat_particles(sdf_volume: wp.uint64, particle_x: wp.array[wp.vec3], weights: wp.array[float]):  <L 5>
        continue;
    }
}

