// Warp 1.19.0 cuda code for gather_scaled_cf119878.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void gather_scaled_ddafa143_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_source,
    wp::array_t<wp::int32> var_perm,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_gathered)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def gather_scaled(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 14>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 15>
            continue;
        }
        // w = weights[tid]                                                                       <L 16>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // gathered[tid] = source[perm[tid]] * w                                                  <L 17>
        var_8 = wp::address(var_perm, var_0);
        var_9 = wp::load(var_8);
        var_10 = wp::address(var_source, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_6);
        wp::array_store(var_gathered, var_0, var_11);
    }
}



extern "C" __global__ void gather_scaled_ddafa143_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> var_source,
    wp::array_t<wp::int32> var_perm,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_gathered,
    wp::array_t<wp::float32> adj_particle_inv_mass,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_source,
    wp::array_t<wp::int32> adj_perm,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_gathered)
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
        wp::float32* var_1;
        const wp::float32 var_2 = 0.0;
        bool var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::vec_t<3, wp::float32>* var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        bool adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def gather_scaled(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if particle_inv_mass[tid] == 0.0:                                                      <L 14>
        var_1 = wp::address(var_particle_inv_mass, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 15>
            goto label0;
        }
        // w = weights[tid]                                                                       <L 16>
        var_5 = wp::address(var_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // gathered[tid] = source[perm[tid]] * w                                                  <L 17>
        var_8 = wp::address(var_perm, var_0);
        var_9 = wp::load(var_8);
        var_10 = wp::address(var_source, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_12, var_6);
        // wp::array_store(var_gathered, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_gathered, var_0, var_11, adj_gathered, adj_0, adj_11);
        wp::adj_mul(var_12, var_6, adj_10, adj_6, adj_11);
        wp::adj_address(var_source, var_9, adj_source, adj_9, adj_10);
        wp::adj_address(var_perm, var_0, adj_perm, adj_0, adj_8);
        // adj: gathered[tid] = source[perm[tid]] * w                                             <L 17>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_5);
        // adj: w = weights[tid]                                                                  <L 16>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 15>
        }
        wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
        // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 14>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def gather_scaled(                                                                <L 5>
        continue;
    }
}

