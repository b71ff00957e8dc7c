// Warp 1.19.0 cuda code for shake_ae222cd8.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void shake_e25af846_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::int32 var_rng_seed,
    wp::float32 var_strength)
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
        // def shake(                                                                             <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // p = positions[tid]                                                                     <L 13>
        var_2 = wp::address(var_positions, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)                         <L 14>
        var_5 = wp::sample_unit_sphere(var_1);
        var_6 = wp::mul(var_strength, var_5);
        var_7 = wp::add(var_3, var_6);
        wp::array_store(var_new_positions, var_0, var_7);
}



extern "C" __global__ void shake_e25af846_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions,
    wp::int32 var_rng_seed,
    wp::float32 var_strength,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions,
    wp::int32 adj_rng_seed,
    wp::float32 adj_strength)
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
        // def shake(                                                                             <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // p = positions[tid]                                                                     <L 13>
        var_2 = wp::address(var_positions, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)                         <L 14>
        var_5 = wp::sample_unit_sphere(var_1);
        var_6 = wp::mul(var_strength, var_5);
        var_7 = wp::add(var_3, var_6);
        // wp::array_store(var_new_positions, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_new_positions, var_0, var_7, adj_new_positions, adj_0, adj_7);
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_mul(var_strength, var_5, adj_strength, adj_5, adj_6);
        // adj: new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)                    <L 14>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
        // adj: p = positions[tid]                                                                <L 13>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def shake(                                                                        <L 5>
        return;
}

