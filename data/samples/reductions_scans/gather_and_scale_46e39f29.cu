// Warp 1.19.0 cuda code for gather_and_scale_46e39f29.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void gather_and_scale_c45e7b46_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_source,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_gathered)
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
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def gather_and_scale(                                                                  <L 9>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // if body_inv_mass[tid] == 0.0:                                                          <L 18>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 19>
            continue;
        }
        // w = weights[tid]                                                                       <L 20>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // gathered[tid] = w * source[indices[tid]]                                               <L 21>
        var_8 = wp::address(var_indices, var_0);
        var_9 = wp::load(var_8);
        var_10 = wp::address(var_source, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_6, var_12);
        wp::array_store(var_gathered, var_0, var_11);
    }
}



extern "C" __global__ void gather_and_scale_c45e7b46_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_source,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_gathered,
    wp::array_t<wp::float32> adj_body_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_source,
    wp::array_t<wp::int32> adj_indices,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gathered)
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
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def gather_and_scale(                                                                  <L 9>
        // tid = wp.tid()                                                                         <L 16>
        var_0 = builtin_tid1d();
        // if body_inv_mass[tid] == 0.0:                                                          <L 18>
        var_1 = wp::address(var_body_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 19>
            goto label0;
        }
        // w = weights[tid]                                                                       <L 20>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // gathered[tid] = w * source[indices[tid]]                                               <L 21>
        var_8 = wp::address(var_indices, var_0);
        var_9 = wp::load(var_8);
        var_10 = wp::address(var_source, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_6, var_12);
        // wp::array_store(var_gathered, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_gathered, var_0, var_11, adj_gathered, adj_0, adj_11);
        wp::adj_mul(var_6, var_12, adj_6, adj_10, adj_11);
        wp::adj_address(var_source, var_9, adj_source, adj_9, adj_10);
        wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_8);
        // adj: gathered[tid] = w * source[indices[tid]]                                          <L 21>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
        // adj: w = weights[tid]                                                                  <L 20>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 19>
        }
        wp::adj_address(var_body_inv_mass, var_0, adj_body_inv_mass, adj_0, adj_1);
        // adj: if body_inv_mass[tid] == 0.0:                                                     <L 18>
        // adj: tid = wp.tid()                                                                    <L 16>
        // adj: def gather_and_scale(                                                             <L 9>
        continue;
    }
}



extern "C" __global__ void collect_active_particles_d3e57b1d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_velocities,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::float32 var_sleep_threshold,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_active_particles)
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
        wp::int32* var_2;
        const wp::int32 var_3 = 1;
        wp::int32 var_4;
        wp::int32 var_5;
        const wp::int32 var_6 = 0;
        bool var_7;
        wp::float32* var_8;
        const wp::float32 var_9 = 0.0;
        bool var_10;
        wp::float32 var_11;
        wp::vec_t<3, wp::float32>* var_12;
        wp::float32 var_13;
        wp::vec_t<3, wp::float32> var_14;
        wp::float32 var_15;
        bool var_16;
        const wp::int32 var_17 = 0;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::shape_t* var_20;
        const wp::int32 var_21 = 0;
        wp::int32 var_22;
        wp::shape_t var_23;
        bool var_24;
        //---------
        // forward
        // def collect_active_particles(                                                          <L 25>
        // tid = wp.tid()                                                                         <L 33>
        var_0 = builtin_tid1d();
        // if (flags[tid] & ParticleFlags.ACTIVE) == 0 or particle_inv_mass[tid] == 0.0:          <L 34>
        var_2 = wp::address(var_flags, var_0);
        var_5 = wp::load(var_2);
        var_4 = wp::bit_and(var_5, var_3);
        var_7 = (var_4 == var_6);
        var_1 = var_7;
        if (!var_1) {
            var_8 = wp::address(var_particle_inv_mass, var_0);
            var_11 = wp::load(var_8);
            var_10 = (var_11 == var_9);
            var_1 = var_1 || var_10;
        }
        if (var_1) {
            // return                                                                             <L 35>
            continue;
        }
        // if wp.length_sq(velocities[tid]) < sleep_threshold * sleep_threshold:                  <L 36>
        var_12 = wp::address(var_velocities, var_0);
        var_14 = wp::load(var_12);
        var_13 = wp::length_sq(var_14);
        var_15 = wp::mul(var_sleep_threshold, var_sleep_threshold);
        var_16 = (var_13 < var_15);
        if (var_16) {
            // return                                                                             <L 37>
            continue;
        }
        // slot = wp.atomic_add(active_count, 0, 1)                                               <L 38>
        var_19 = wp::atomic_add(var_active_count, var_17, var_18);
        // if slot < active_particles.shape[0]:                                                   <L 39>
        var_20 = &(var_active_particles.shape);
        var_23 = wp::load(var_20);
        var_22 = wp::extract(var_23, var_21);
        var_24 = (var_19 < var_22);
        if (var_24) {
            // active_particles[slot] = tid                                                       <L 40>
            wp::array_store(var_active_particles, var_19, var_0);
        }
    }
}

