// Warp 1.19.0 cuda code for init_ring_017d1382.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void init_ring_b98a472c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_target,
    wp::float32 var_radius)
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
        const wp::float32 var_1 = 6.283185307179586;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // forward
        // def init_ring(particle_x: wp.array[wp.vec3], target: wp.vec3, radius: float):          <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // theta = TWO_PI * float(tid) / float(particle_x.shape[0])                               <L 10>
        var_2 = wp::float(var_0);
        var_3 = wp::mul(var_1, var_2);
        var_4 = &(var_particle_x.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::float(var_6);
        var_9 = wp::div(var_3, var_8);
        // cos_t = wp.cos(theta)                                                                  <L 11>
        var_10 = wp::cos(var_9);
        // sin_t = wp.sin(theta)                                                                  <L 12>
        var_11 = wp::sin(var_9);
        // particle_x[tid] = target + wp.vec3(radius * cos_t, 0.0, radius * sin_t)                <L 13>
        var_12 = wp::mul(var_radius, var_10);
        var_14 = wp::mul(var_radius, var_11);
        var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
        var_16 = wp::add(var_target, var_15);
        wp::array_store(var_particle_x, var_0, var_16);
    }
}



extern "C" __global__ void init_ring_b98a472c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::vec_t<3, wp::float32> var_target,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::vec_t<3, wp::float32> adj_target,
    wp::float32 adj_radius)
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
        const wp::float32 var_1 = 6.283185307179586;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 0.0;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        wp::vec_t<3, wp::float32> var_16;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        //---------
        // forward
        // def init_ring(particle_x: wp.array[wp.vec3], target: wp.vec3, radius: float):          <L 8>
        // tid = wp.tid()                                                                         <L 9>
        var_0 = builtin_tid1d();
        // theta = TWO_PI * float(tid) / float(particle_x.shape[0])                               <L 10>
        var_2 = wp::float(var_0);
        var_3 = wp::mul(var_1, var_2);
        var_4 = &(var_particle_x.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        var_8 = wp::float(var_6);
        var_9 = wp::div(var_3, var_8);
        // cos_t = wp.cos(theta)                                                                  <L 11>
        var_10 = wp::cos(var_9);
        // sin_t = wp.sin(theta)                                                                  <L 12>
        var_11 = wp::sin(var_9);
        // particle_x[tid] = target + wp.vec3(radius * cos_t, 0.0, radius * sin_t)                <L 13>
        var_12 = wp::mul(var_radius, var_10);
        var_14 = wp::mul(var_radius, var_11);
        var_15 = wp::vec_t<3, wp::float32>(var_12, var_13, var_14);
        var_16 = wp::add(var_target, var_15);
        // wp::array_store(var_particle_x, var_0, var_16);
        //---------
        // reverse
        wp::adj_array_store(var_particle_x, var_0, var_16, adj_particle_x, adj_0, adj_16);
        wp::adj_add(var_target, var_15, adj_target, adj_15, adj_16);
        wp::adj_vec_t(var_12, var_13, var_14, adj_12, adj_13, adj_14, adj_15);
        wp::adj_mul(var_radius, var_11, adj_radius, adj_11, adj_14);
        wp::adj_mul(var_radius, var_10, adj_radius, adj_10, adj_12);
        // adj: particle_x[tid] = target + wp.vec3(radius * cos_t, 0.0, radius * sin_t)           <L 13>
        wp::adj_sin(var_9, adj_9, adj_11);
        // adj: sin_t = wp.sin(theta)                                                             <L 12>
        wp::adj_cos(var_9, adj_9, adj_10);
        // adj: cos_t = wp.cos(theta)                                                             <L 11>
        wp::adj_div(var_3, var_8, var_9, adj_3, adj_8, adj_9);
        wp::adj_float(var_6, adj_6, adj_8);
        adj_particle_x.shape = adj_4;
        wp::adj_mul(var_1, var_2, adj_1, adj_2, adj_3);
        wp::adj_float(var_0, adj_0, adj_2);
        // adj: theta = TWO_PI * float(tid) / float(particle_x.shape[0])                          <L 10>
        // adj: tid = wp.tid()                                                                    <L 9>
        // adj: def init_ring(particle_x: wp.array[wp.vec3], target: wp.vec3, radius: float):     <L 8>
        continue;
    }
}

