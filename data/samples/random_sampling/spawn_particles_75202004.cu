// Warp 1.19.0 cuda code for spawn_particles_75202004.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void spawn_particles_b0009658_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::int32 var_seed,
    wp::float32 var_dt,
    wp::float32 var_rate,
    wp::float32 var_particle_radius,
    wp::array_t<wp::int32> var_num_emitted,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::uint32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        bool var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // forward
        // def spawn_particles(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 16>
        var_1 = wp::rand_init(var_seed, var_0);
        // pos = positions[tid]                                                                   <L 17>
        var_2 = wp::address(var_positions, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // vel = v[tid]                                                                           <L 18>
        var_5 = wp::address(var_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // num_new = int(wp.poisson(rng, rate * dt))                                              <L 19>
        var_8 = wp::mul(var_rate, var_dt);
        var_9 = wp::poisson(var_1, var_8);
        var_10 = wp::int(var_9);
        // first = wp.atomic_add(num_emitted, 0, num_new)                                         <L 21>
        var_12 = wp::atomic_add(var_num_emitted, var_11, var_10);
        // for k in range(num_new):                                                               <L 22>
        var_13 = wp::range(var_10);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // slot = first + k                                                                   <L 23>
            var_15 = wp::add(var_12, var_14);
            // if slot < samples.shape[0]:                                                        <L 25>
            var_16 = &(var_samples.shape);
            var_19 = wp::load(var_16);
            var_18 = wp::extract(var_19, var_17);
            var_20 = (var_15 < var_18);
            if (var_20) {
                // samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius       <L 26>
                var_21 = wp::mul(var_6, var_dt);
                var_22 = wp::add(var_3, var_21);
                var_23 = wp::sample_unit_sphere(var_1);
                var_24 = wp::mul(var_23, var_particle_radius);
                var_25 = wp::add(var_22, var_24);
                wp::array_store(var_samples, var_15, var_25);
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void spawn_particles_b0009658_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::int32 var_seed,
    wp::float32 var_dt,
    wp::float32 var_rate,
    wp::float32 var_particle_radius,
    wp::array_t<wp::int32> var_num_emitted,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::int32 adj_seed,
    wp::float32 adj_dt,
    wp::float32 adj_rate,
    wp::float32 adj_particle_radius,
    wp::array_t<wp::int32> adj_num_emitted,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples)
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
        wp::uint32 var_1;
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::float32 var_8;
        wp::uint32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::shape_t* var_16;
        const wp::int32 var_17 = 0;
        wp::int32 var_18;
        wp::shape_t var_19;
        bool var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::vec_t<3, wp::float32> var_23;
        wp::vec_t<3, wp::float32> var_24;
        wp::vec_t<3, wp::float32> var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::uint32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::shape_t adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        wp::shape_t adj_19 = {};
        bool adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::vec_t<3, wp::float32> adj_23 = {};
        wp::vec_t<3, wp::float32> adj_24 = {};
        wp::vec_t<3, wp::float32> adj_25 = {};
        //---------
        // forward
        // def spawn_particles(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 16>
        var_1 = wp::rand_init(var_seed, var_0);
        // pos = positions[tid]                                                                   <L 17>
        var_2 = wp::address(var_positions, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // vel = v[tid]                                                                           <L 18>
        var_5 = wp::address(var_v, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // num_new = int(wp.poisson(rng, rate * dt))                                              <L 19>
        var_8 = wp::mul(var_rate, var_dt);
        var_9 = wp::poisson(var_1, var_8);
        var_10 = wp::int(var_9);
        // first = wp.atomic_add(num_emitted, 0, num_new)                                         <L 21>
        // var_12 = wp::atomic_add(var_num_emitted, var_11, var_10);
        // for k in range(num_new):                                                               <L 22>
        var_13 = wp::range(var_10);
        //---------
        // reverse
        var_13 = wp::iter_reverse(var_13);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
        	adj_25 = {};
            // slot = first + k                                                                   <L 23>
            var_15 = wp::add(var_12, var_14);
            // if slot < samples.shape[0]:                                                        <L 25>
            var_16 = &(var_samples.shape);
            var_19 = wp::load(var_16);
            var_18 = wp::extract(var_19, var_17);
            var_20 = (var_15 < var_18);
            if (var_20) {
                // samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius       <L 26>
                var_21 = wp::mul(var_6, var_dt);
                var_22 = wp::add(var_3, var_21);
                var_23 = wp::sample_unit_sphere(var_1);
                var_24 = wp::mul(var_23, var_particle_radius);
                var_25 = wp::add(var_22, var_24);
                // wp::array_store(var_samples, var_15, var_25);
            }
            if (var_20) {
                wp::adj_array_store(var_samples, var_15, var_25, adj_samples, adj_15, adj_25);
                wp::adj_add(var_22, var_24, adj_22, adj_24, adj_25);
                wp::adj_mul(var_23, var_particle_radius, adj_23, adj_particle_radius, adj_24);
                wp::adj_add(var_3, var_21, adj_3, adj_21, adj_22);
                wp::adj_mul(var_6, var_dt, adj_6, adj_dt, adj_21);
                // adj: samples[slot] = (pos + vel * dt) + wp.sample_unit_sphere(rng) * particle_radius  <L 26>
            }
            adj_samples.shape = adj_16;
            // adj: if slot < samples.shape[0]:                                                   <L 25>
            wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
            // adj: slot = first + k                                                              <L 23>
        	goto start_for_0;
        end_for_0:;
        // adj: for k in range(num_new):                                                          <L 22>
        wp::adj_atomic_add(var_num_emitted, var_11, var_10, adj_num_emitted, adj_11, adj_10, adj_12);
        // adj: first = wp.atomic_add(num_emitted, 0, num_new)                                    <L 21>
        wp::adj_mul(var_rate, var_dt, adj_rate, adj_dt, adj_8);
        // adj: num_new = int(wp.poisson(rng, rate * dt))                                         <L 19>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_5);
        // adj: vel = v[tid]                                                                      <L 18>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
        // adj: pos = positions[tid]                                                              <L 17>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def spawn_particles(                                                              <L 5>
        continue;
    }
}

