// Warp 1.19.0 cuda code for draw_from_cdf_ad65e9fb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void draw_from_cdf_2d004562_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_probabilities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::int32 var_seed,
    wp::float32 var_strength)
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
        wp::int32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def draw_from_cdf(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 14>
        var_1 = wp::rand_init(var_seed, var_0);
        // index = wp.sample_cdf(rng, probabilities)                                              <L 15>
        var_2 = wp::sample_cdf(var_1, var_probabilities);
        // samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength                  <L 17>
        var_3 = wp::address(var_positions, var_2);
        var_4 = wp::sample_unit_cube(var_1);
        var_5 = wp::mul(var_4, var_strength);
        var_7 = wp::load(var_3);
        var_6 = wp::add(var_7, var_5);
        wp::array_store(var_samples, var_0, var_6);
    }
}



extern "C" __global__ void draw_from_cdf_2d004562_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_probabilities,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::int32 var_seed,
    wp::float32 var_strength,
    wp::array_t<wp::float32> adj_probabilities,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::int32 adj_seed,
    wp::float32 adj_strength)
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
        wp::int32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def draw_from_cdf(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 13>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 14>
        var_1 = wp::rand_init(var_seed, var_0);
        // index = wp.sample_cdf(rng, probabilities)                                              <L 15>
        var_2 = wp::sample_cdf(var_1, var_probabilities);
        // samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength                  <L 17>
        var_3 = wp::address(var_positions, var_2);
        var_4 = wp::sample_unit_cube(var_1);
        var_5 = wp::mul(var_4, var_strength);
        var_7 = wp::load(var_3);
        var_6 = wp::add(var_7, var_5);
        // wp::array_store(var_samples, var_0, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_6, adj_samples, adj_0, adj_6);
        wp::adj_add(var_7, var_5, adj_3, adj_5, adj_6);
        wp::adj_mul(var_4, var_strength, adj_4, adj_strength, adj_5);
        wp::adj_address(var_positions, var_2, adj_positions, adj_2, adj_3);
        // adj: samples[tid] = positions[index] + wp.sample_unit_cube(rng) * strength             <L 17>
        // adj: index = wp.sample_cdf(rng, probabilities)                                         <L 15>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 14>
        // adj: tid = wp.tid()                                                                    <L 13>
        // adj: def draw_from_cdf(                                                                <L 5>
        continue;
    }
}

