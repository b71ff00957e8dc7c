// Warp 1.19.0 cuda code for jitter_positions_d631a8eb.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void jitter_positions_748df849_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_rng_seed,
    wp::float32 var_scale)
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
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 8>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // x = positions[tid]                                                                     <L 9>
        var_2 = wp::address(var_positions, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))       <L 10>
        var_5 = wp::randn(var_1);
        var_6 = wp::randn(var_1);
        var_7 = wp::randn(var_1);
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::mul(var_scale, var_8);
        var_10 = wp::add(var_3, var_9);
        wp::array_store(var_positions, var_0, var_10);
    }
}



extern "C" __global__ void jitter_positions_748df849_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::int32 var_rng_seed,
    wp::float32 var_scale,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::int32 adj_rng_seed,
    wp::float32 adj_scale)
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
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(rng_seed, tid)                                                      <L 8>
        var_1 = wp::rand_init(var_rng_seed, var_0);
        // x = positions[tid]                                                                     <L 9>
        var_2 = wp::address(var_positions, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))       <L 10>
        var_5 = wp::randn(var_1);
        var_6 = wp::randn(var_1);
        var_7 = wp::randn(var_1);
        var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
        var_9 = wp::mul(var_scale, var_8);
        var_10 = wp::add(var_3, var_9);
        // wp::array_store(var_positions, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_positions, var_0, var_10, adj_positions, adj_0, adj_10);
        wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
        wp::adj_mul(var_scale, var_8, adj_scale, adj_8, adj_9);
        wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
        // adj: positions[tid] = x + scale * wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))  <L 10>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
        // adj: x = positions[tid]                                                                <L 9>
        // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def jitter_positions(positions: wp.array[wp.vec3], rng_seed: int, scale: float):  <L 5>
        continue;
    }
}

