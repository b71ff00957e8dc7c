// Warp 1.19.0 cuda code for shake_f5b8005e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void shake_093cc5de_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::int32 var_seed,
    wp::float32 var_scale)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def shake(particle_x: wp.array[wp.vec3], new_positions: wp.array[wp.vec3], seed: int, scale: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 8>
        var_1 = wp::rand_init(var_seed, var_0);
        // x = particle_x[tid]                                                                    <L 9>
        var_2 = wp::address(var_particle_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // new_positions[tid] = x + wp.sample_unit_cube(rng) * scale                              <L 10>
        var_5 = wp::sample_unit_cube(var_1);
        var_6 = wp::mul(var_5, var_scale);
        var_7 = wp::add(var_3, var_6);
        wp::array_store(var_new_positions, var_0, var_7);
}



extern "C" __global__ void shake_093cc5de_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::int32 var_seed,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::int32 adj_seed,
    wp::float32 adj_scale)
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
        wp::vec_t<3, wp::float32>* var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
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
        //---------
        // forward
        // def shake(particle_x: wp.array[wp.vec3], new_positions: wp.array[wp.vec3], seed: int, scale: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 8>
        var_1 = wp::rand_init(var_seed, var_0);
        // x = particle_x[tid]                                                                    <L 9>
        var_2 = wp::address(var_particle_x, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // new_positions[tid] = x + wp.sample_unit_cube(rng) * scale                              <L 10>
        var_5 = wp::sample_unit_cube(var_1);
        var_6 = wp::mul(var_5, var_scale);
        var_7 = wp::add(var_3, var_6);
        // wp::array_store(var_new_positions, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_7, adj_new_positions, adj_0, adj_7);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_mul(var_5, var_scale, adj_5, adj_scale, adj_6);
        // adj: new_positions[tid] = x + wp.sample_unit_cube(rng) * scale                         <L 10>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_2);
        // adj: x = particle_x[tid]                                                               <L 9>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def shake(particle_x: wp.array[wp.vec3], new_positions: wp.array[wp.vec3], seed: int, scale: float):  <L 5>
        return;
}

