// Warp 1.19.0 cuda code for emit_positions_6f4c5fb3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void emit_positions_ee4b2f74_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::int32 var_seed,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // forward
        // def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 8>
        var_2 = wp::sample_unit_sphere(var_1);
        var_3 = wp::mul(var_2, var_radius);
        var_4 = wp::add(var_center, var_3);
        wp::array_store(var_samples, var_0, var_4);
}



extern "C" __global__ void emit_positions_ee4b2f74_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::int32 var_seed,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::int32 adj_seed,
    wp::vec_t<3, wp::float32> adj_center,
    wp::float32 adj_radius)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32> var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        //---------
        // forward
        // def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 7>
        var_1 = wp::rand_init(var_seed, var_0);
        // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 8>
        var_2 = wp::sample_unit_sphere(var_1);
        var_3 = wp::mul(var_2, var_radius);
        var_4 = wp::add(var_center, var_3);
        // wp::array_store(var_samples, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_4, adj_samples, adj_0, adj_4);
        wp::adj_add(var_center, var_3, adj_center, adj_3, adj_4);
        wp::adj_mul(var_2, var_radius, adj_2, adj_radius, adj_3);
        // adj: samples[tid] = center + wp.sample_unit_sphere(rng) * radius                       <L 8>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):  <L 5>
        return;
}

