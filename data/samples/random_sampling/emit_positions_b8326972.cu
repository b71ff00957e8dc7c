// Warp 1.19.0 cuda code for emit_positions_b8326972.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void emit_positions_005f7c8c_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::int32 var_seed,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::uint32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // forward
        // def emit_positions(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if active[tid] == 0:                                                                   <L 13>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 14>
            continue;
        }
        // rng = wp.rand_init(seed, tid)                                                          <L 15>
        var_5 = wp::rand_init(var_seed, var_0);
        // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 16>
        var_6 = wp::sample_unit_sphere(var_5);
        var_7 = wp::mul(var_6, var_radius);
        var_8 = wp::add(var_center, var_7);
        wp::array_store(var_samples, var_0, var_8);
    }
}



extern "C" __global__ void emit_positions_005f7c8c_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::int32 var_seed,
    wp::vec_t<3, wp::float32> var_center,
    wp::float32 var_radius,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::int32> adj_active,
    wp::int32 adj_seed,
    wp::vec_t<3, wp::float32> adj_center,
    wp::float32 adj_radius,
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
        wp::int32* var_1;
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::uint32 var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::uint32 adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        //---------
        // forward
        // def emit_positions(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if active[tid] == 0:                                                                   <L 13>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 14>
            goto label0;
        }
        // rng = wp.rand_init(seed, tid)                                                          <L 15>
        var_5 = wp::rand_init(var_seed, var_0);
        // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 16>
        var_6 = wp::sample_unit_sphere(var_5);
        var_7 = wp::mul(var_6, var_radius);
        var_8 = wp::add(var_center, var_7);
        // wp::array_store(var_samples, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_samples, var_0, var_8, adj_samples, adj_0, adj_8);
        wp::adj_add(var_center, var_7, adj_center, adj_7, adj_8);
        wp::adj_mul(var_6, var_radius, adj_6, adj_radius, adj_7);
        // adj: samples[tid] = center + wp.sample_unit_sphere(rng) * radius                       <L 16>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 15>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] == 0:                                                              <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def emit_positions(                                                               <L 5>
        continue;
    }
}

