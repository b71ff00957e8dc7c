// Warp 1.19.0 cuda code for sample_by_index_0469883f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sample_by_index_6b7a34c7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::float32> var_sample_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst)
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
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
        // def sample_by_index(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if particle_flags[tid] != 1:                                                           <L 13>
        var_1 = wp::address(var_particle_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 14>
            continue;
        }
        // w = sample_weights[tid]                                                                <L 15>
        var_5 = wp::address(var_sample_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // dst[tid] = w * src[indices[tid]]                                                       <L 16>
        var_8 = wp::address(var_indices, var_0);
        var_9 = wp::load(var_8);
        var_10 = wp::address(var_src, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_6, var_12);
        wp::array_store(var_dst, var_0, var_11);
    }
}



extern "C" __global__ void sample_by_index_6b7a34c7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> var_src,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::float32> var_sample_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_dst,
    wp::array_t<wp::int32> adj_particle_flags,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_src,
    wp::array_t<wp::int32> adj_indices,
    wp::array_t<wp::float32> adj_sample_weights,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_dst)
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
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
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
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
        // def sample_by_index(                                                                   <L 5>
        // tid = wp.tid()                                                                         <L 12>
        var_0 = builtin_tid1d();
        // if particle_flags[tid] != 1:                                                           <L 13>
        var_1 = wp::address(var_particle_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 14>
            goto label0;
        }
        // w = sample_weights[tid]                                                                <L 15>
        var_5 = wp::address(var_sample_weights, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // dst[tid] = w * src[indices[tid]]                                                       <L 16>
        var_8 = wp::address(var_indices, var_0);
        var_9 = wp::load(var_8);
        var_10 = wp::address(var_src, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::mul(var_6, var_12);
        // wp::array_store(var_dst, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_dst, var_0, var_11, adj_dst, adj_0, adj_11);
        wp::adj_mul(var_6, var_12, adj_6, adj_10, adj_11);
        wp::adj_address(var_src, var_9, adj_src, adj_9, adj_10);
        wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_8);
        // adj: dst[tid] = w * src[indices[tid]]                                                  <L 16>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_sample_weights, var_0, adj_sample_weights, adj_0, adj_5);
        // adj: w = sample_weights[tid]                                                           <L 15>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        wp::adj_address(var_particle_flags, var_0, adj_particle_flags, adj_0, adj_1);
        // adj: if particle_flags[tid] != 1:                                                      <L 13>
        // adj: tid = wp.tid()                                                                    <L 12>
        // adj: def sample_by_index(                                                              <L 5>
        continue;
    }
}

