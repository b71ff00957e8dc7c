// Warp 1.19.0 cuda code for axial_component_1942035a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void axial_component_df2780e1_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors,
    wp::array_t<wp::float32> var_out,
    wp::vec_t<2, wp::float32> var_direction)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // vec = vectors[tid]                                                                     <L 7>
        var_1 = wp::address(var_vectors, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[tid] = wp.dot(direction, vec)                                                      <L 8>
        var_4 = wp::dot(var_direction, var_2);
        wp::array_store(var_out, var_0, var_4);
    }
}



extern "C" __global__ void axial_component_df2780e1_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors,
    wp::array_t<wp::float32> var_out,
    wp::vec_t<2, wp::float32> var_direction,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vectors,
    wp::array_t<wp::float32> adj_out,
    wp::vec_t<2, wp::float32> adj_direction)
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
        wp::vec_t<2, wp::float32>* var_1;
        wp::vec_t<2, wp::float32> var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // vec = vectors[tid]                                                                     <L 7>
        var_1 = wp::address(var_vectors, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // out[tid] = wp.dot(direction, vec)                                                      <L 8>
        var_4 = wp::dot(var_direction, var_2);
        // wp::array_store(var_out, var_0, var_4);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_4, adj_out, adj_0, adj_4);
        wp::adj_dot(var_direction, var_2, adj_direction, adj_2, adj_4);
        // adj: out[tid] = wp.dot(direction, vec)                                                 <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_1);
        // adj: vec = vectors[tid]                                                                <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def axial_component(vectors: wp.array[wp.vec2], out: wp.array[float], direction: wp.vec2):  <L 5>
        continue;
    }
}

