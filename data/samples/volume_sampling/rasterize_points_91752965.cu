// Warp 1.19.0 cuda code for rasterize_points_91752965.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void rasterize_points_f3fd4bc2_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::float32> var_body_inv_mass,
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
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
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
        //---------
        // forward
        // def rasterize_points(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if body_inv_mass[tid] == 0.0:                                                          <L 14>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 15>
            continue;
        }
        // pos = particle_x[tid]                                                                  <L 16>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // uvw = wp.volume_world_to_index(volume, pos)                                            <L 17>
        var_8 = wp::volume_world_to_index(var_volume, var_6);
        // i = int(wp.round(uvw[0]))                                                              <L 18>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::round(var_10);
        var_12 = wp::int(var_11);
        // j = int(wp.round(uvw[1]))                                                              <L 19>
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::round(var_14);
        var_16 = wp::int(var_15);
        // k = int(wp.round(uvw[2]))                                                              <L 20>
        var_18 = wp::extract(var_8, var_17);
        var_19 = wp::round(var_18);
        var_20 = wp::int(var_19);
        // previous = wp.volume_lookup_f(volume, i, j, k)                                         <L 21>
        var_21 = wp::volume_lookup_f(var_volume, var_12, var_16, var_20);
        // wp.volume_store_f(volume, i, j, k, wp.max(previous, weights[tid]))                     <L 22>
        var_22 = wp::address(var_weights, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::max(var_21, var_24);
        wp::volume_store_f(var_volume, var_12, var_16, var_20, var_23);
    }
}



extern "C" __global__ void rasterize_points_f3fd4bc2_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_volume,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::float32> var_weights,
    wp::uint64 adj_volume,
    wp::array_t<wp::float32> adj_body_inv_mass,
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
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
        wp::float32* var_22;
        wp::float32 var_23;
        wp::float32 var_24;
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
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        //---------
        // forward
        // def rasterize_points(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if body_inv_mass[tid] == 0.0:                                                          <L 14>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 15>
            goto label0;
        }
        // pos = particle_x[tid]                                                                  <L 16>
        var_5 = wp::address(var_particle_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // uvw = wp.volume_world_to_index(volume, pos)                                            <L 17>
        var_8 = wp::volume_world_to_index(var_volume, var_6);
        // i = int(wp.round(uvw[0]))                                                              <L 18>
        var_10 = wp::extract(var_8, var_9);
        var_11 = wp::round(var_10);
        var_12 = wp::int(var_11);
        // j = int(wp.round(uvw[1]))                                                              <L 19>
        var_14 = wp::extract(var_8, var_13);
        var_15 = wp::round(var_14);
        var_16 = wp::int(var_15);
        // k = int(wp.round(uvw[2]))                                                              <L 20>
        var_18 = wp::extract(var_8, var_17);
        var_19 = wp::round(var_18);
        var_20 = wp::int(var_19);
        // previous = wp.volume_lookup_f(volume, i, j, k)                                         <L 21>
        var_21 = wp::volume_lookup_f(var_volume, var_12, var_16, var_20);
        // wp.volume_store_f(volume, i, j, k, wp.max(previous, weights[tid]))                     <L 22>
        var_22 = wp::address(var_weights, var_0);
        var_24 = wp::load(var_22);
        var_23 = wp::max(var_21, var_24);
        wp::volume_store_f(var_volume, var_12, var_16, var_20, var_23);
        //---------
        // reverse
        wp::adj_max(var_21, var_24, adj_21, adj_22, adj_23);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_22);
        // adj: wp.volume_store_f(volume, i, j, k, wp.max(previous, weights[tid]))                <L 22>
        // adj: previous = wp.volume_lookup_f(volume, i, j, k)                                    <L 21>
        wp::adj_extract(var_8, var_17, adj_8, adj_17, adj_18);
        // adj: k = int(wp.round(uvw[2]))                                                         <L 20>
        wp::adj_extract(var_8, var_13, adj_8, adj_13, adj_14);
        // adj: j = int(wp.round(uvw[1]))                                                         <L 19>
        wp::adj_extract(var_8, var_9, adj_8, adj_9, adj_10);
        // adj: i = int(wp.round(uvw[0]))                                                         <L 18>
        wp::adj_volume_world_to_index(var_volume, var_6, adj_volume, adj_6, adj_8);
        // adj: uvw = wp.volume_world_to_index(volume, pos)                                       <L 17>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
        // adj: pos = particle_x[tid]                                                             <L 16>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 15>
        }
        wp::adj_address(var_body_inv_mass, var_0, adj_body_inv_mass, adj_0, adj_1);
        // adj: if body_inv_mass[tid] == 0.0:                                                     <L 14>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def rasterize_points(                                                             <L 5>
        continue;
    }
}

