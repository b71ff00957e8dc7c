// Warp 1.19.0 cuda code for sample_points_5207ecc3.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_points_73e31da5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::int32 var_seed,
    wp::float32 var_particle_radius)
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
        // def sample_points(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 12>
        var_1 = wp::rand_init(var_seed, var_0);
        // c = centers[tid]                                                                       <L 13>
        var_2 = wp::address(var_centers, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius                        <L 14>
        var_5 = wp::sample_unit_sphere(var_1);
        var_6 = wp::mul(var_5, var_particle_radius);
        var_7 = wp::add(var_3, var_6);
        wp::array_store(var_samples, var_0, var_7);
}



extern "C" __global__ void sample_points_73e31da5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::int32 var_seed,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::int32 adj_seed,
    wp::float32 adj_particle_radius)
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
        // def sample_points(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 12>
        var_1 = wp::rand_init(var_seed, var_0);
        // c = centers[tid]                                                                       <L 13>
        var_2 = wp::address(var_centers, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius                        <L 14>
        var_5 = wp::sample_unit_sphere(var_1);
        var_6 = wp::mul(var_5, var_particle_radius);
        var_7 = wp::add(var_3, var_6);
        // wp::array_store(var_samples, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_7, adj_samples, adj_0, adj_7);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_mul(var_5, var_particle_radius, adj_5, adj_particle_radius, adj_6);
        // adj: samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius                   <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_2);
        // adj: c = centers[tid]                                                                  <L 13>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def sample_points(                                                                <L 5>
        return;
}

