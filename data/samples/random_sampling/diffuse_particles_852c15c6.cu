// Warp 1.19.0 cuda code for diffuse_particles_852c15c6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void diffuse_particles_83555f7a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_seed,
    wp::float32 var_diffusion,
    wp::float32 var_time_step)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::float32 var_7 = 2.0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // forward
        // def diffuse_particles(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 15>
        var_1 = wp::rand_init(var_seed, var_0);
        // step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                            <L 16>
        var_2 = wp::randn(var_1);
        var_3 = wp::randn(var_1);
        var_4 = wp::randn(var_1);
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        // positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)          <L 17>
        var_6 = wp::address(var_positions, var_0);
        var_8 = wp::mul(var_7, var_diffusion);
        var_9 = wp::mul(var_8, var_time_step);
        var_10 = wp::sqrt(var_9);
        var_11 = wp::mul(var_5, var_10);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_11);
        wp::array_store(var_positions, var_0, var_12);
}



extern "C" __global__ void diffuse_particles_83555f7a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_seed,
    wp::float32 var_diffusion,
    wp::float32 var_time_step,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::int32 adj_seed,
    wp::float32 adj_diffusion,
    wp::float32 adj_time_step)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32>* var_6;
        const wp::float32 var_7 = 2.0;
        wp::float32 var_8;
        wp::float32 var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        //---------
        // forward
        // def diffuse_particles(                                                                 <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 15>
        var_1 = wp::rand_init(var_seed, var_0);
        // step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                            <L 16>
        var_2 = wp::randn(var_1);
        var_3 = wp::randn(var_1);
        var_4 = wp::randn(var_1);
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        // positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)          <L 17>
        var_6 = wp::address(var_positions, var_0);
        var_8 = wp::mul(var_7, var_diffusion);
        var_9 = wp::mul(var_8, var_time_step);
        var_10 = wp::sqrt(var_9);
        var_11 = wp::mul(var_5, var_10);
        var_13 = wp::load(var_6);
        var_12 = wp::add(var_13, var_11);
        // wp::array_store(var_positions, var_0, var_12);
        //---------
        // reverse
        wp::adj_array_store(var_positions, var_0, var_12, adj_positions, adj_0, adj_12);
        wp::adj_add(var_13, var_11, adj_6, adj_11, adj_12);
        wp::adj_mul(var_5, var_10, adj_5, adj_10, adj_11);
        wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
        wp::adj_mul(var_8, var_time_step, adj_8, adj_time_step, adj_9);
        wp::adj_mul(var_7, var_diffusion, adj_7, adj_diffusion, adj_8);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_6);
        // adj: positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)     <L 17>
        wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
        // adj: step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                       <L 16>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 15>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def diffuse_particles(                                                            <L 5>
        return;
}

