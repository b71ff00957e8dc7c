// Warp 1.19.0 cuda code for emit_positions_a65b6722.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void emit_positions_fdee0c18_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sample_points,
    wp::int32 var_seed,
    wp::float32 var_particle_radius)
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
        // def emit_positions(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 12>
        var_1 = wp::rand_init(var_seed, var_0);
        // sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius       <L 13>
        var_2 = wp::address(var_shape_centers, var_0);
        var_3 = wp::sample_unit_sphere(var_1);
        var_4 = wp::mul(var_3, var_particle_radius);
        var_6 = wp::load(var_2);
        var_5 = wp::add(var_6, var_4);
        wp::array_store(var_sample_points, var_0, var_5);
    }
}



extern "C" __global__ void emit_positions_fdee0c18_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_shape_centers,
    wp::array_t<wp::vec_t<3, wp::float32>> var_sample_points,
    wp::int32 var_seed,
    wp::float32 var_particle_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_shape_centers,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_sample_points,
    wp::int32 adj_seed,
    wp::float32 adj_particle_radius)
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
        // def emit_positions(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 12>
        var_1 = wp::rand_init(var_seed, var_0);
        // sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius       <L 13>
        var_2 = wp::address(var_shape_centers, var_0);
        var_3 = wp::sample_unit_sphere(var_1);
        var_4 = wp::mul(var_3, var_particle_radius);
        var_6 = wp::load(var_2);
        var_5 = wp::add(var_6, var_4);
        // wp::array_store(var_sample_points, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_sample_points, var_0, var_5, adj_sample_points, adj_0, adj_5);
        wp::adj_add(var_6, var_4, adj_2, adj_4, adj_5);
        wp::adj_mul(var_3, var_particle_radius, adj_3, adj_particle_radius, adj_4);
        wp::adj_address(var_shape_centers, var_0, adj_shape_centers, adj_0, adj_2);
        // adj: sample_points[tid] = shape_centers[tid] + wp.sample_unit_sphere(rng) * particle_radius  <L 13>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def emit_positions(                                                               <L 5>
        continue;
    }
}

