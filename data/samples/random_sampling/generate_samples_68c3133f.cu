// Warp 1.19.0 cuda code for generate_samples_68c3133f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void generate_samples_2f80be0a_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_rng_seed,
    wp::float32 var_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        //---------
        // forward
        // def generate_samples(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length       <L 13>
        var_2 = wp::address(var_positions, var_0);
        var_3 = wp::sample_unit_sphere_surface(var_1);
        var_4 = wp::mul(var_3, var_smoothing_length);
        var_6 = wp::load(var_2);
        var_5 = wp::add(var_6, var_4);
        wp::array_store(var_points_out, var_0, var_5);
    }
}



extern "C" __global__ void generate_samples_2f80be0a_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_rng_seed,
    wp::float32 var_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::int32 adj_rng_seed,
    wp::float32 adj_smoothing_length,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points_out)
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
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        //---------
        // forward
        // def generate_samples(                                                                  <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length       <L 13>
        var_2 = wp::address(var_positions, var_0);
        var_3 = wp::sample_unit_sphere_surface(var_1);
        var_4 = wp::mul(var_3, var_smoothing_length);
        var_6 = wp::load(var_2);
        var_5 = wp::add(var_6, var_4);
        // wp::array_store(var_points_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_points_out, var_0, var_5, adj_points_out, adj_0, adj_5);
        wp::adj_add(var_6, var_4, adj_2, adj_4, adj_5);
        wp::adj_mul(var_3, var_smoothing_length, adj_3, adj_smoothing_length, adj_4);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
        // adj: points_out[tid] = positions[tid] + wp.sample_unit_sphere_surface(rng) * smoothing_length  <L 13>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def generate_samples(                                                             <L 5>
        continue;
    }
}

