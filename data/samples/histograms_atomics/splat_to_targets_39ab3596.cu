// Warp 1.19.0 cuda code for splat_to_targets_39ab3596.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void splat_to_targets_2f49ae04_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_perm,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contributions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // idx = perm[tid]                                                                        <L 7>
        var_1 = wp::address(var_perm, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // contrib = contributions[tid]                                                           <L 8>
        var_4 = wp::address(var_contributions, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(out, idx, contrib)                                                       <L 9>
        var_7 = wp::atomic_add(var_out, var_2, var_5);
    }
}



extern "C" __global__ void splat_to_targets_2f49ae04_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_perm,
    wp::array_t<wp::vec_t<3, wp::float32>> var_contributions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::int32> adj_perm,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contributions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
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
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        //---------
        // forward
        // def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // idx = perm[tid]                                                                        <L 7>
        var_1 = wp::address(var_perm, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // contrib = contributions[tid]                                                           <L 8>
        var_4 = wp::address(var_contributions, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(out, idx, contrib)                                                       <L 9>
        // var_7 = wp::atomic_add(var_out, var_2, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_2, var_5, adj_out, adj_2, adj_5, adj_7);
        // adj: wp.atomic_add(out, idx, contrib)                                                  <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_contributions, var_0, adj_contributions, adj_0, adj_4);
        // adj: contrib = contributions[tid]                                                      <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_perm, var_0, adj_perm, adj_0, adj_1);
        // adj: idx = perm[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def splat_to_targets(perm: wp.array[int], contributions: wp.array[wp.vec3], out: wp.array[wp.vec3]):  <L 5>
        continue;
    }
}

