// Warp 1.19.0 cuda code for inner_product_0e366055.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void inner_product_c84677e4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors,
    wp::array_t<wp::vec_t<2, wp::float32>> var_other,
    wp::array_t<wp::float32> var_total)
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
        const wp::int32 var_4 = 0;
        wp::vec_t<2, wp::float32>* var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // b = other[tid]                                                                         <L 7>
        var_1 = wp::address(var_other, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(total, 0, wp.dot(vectors[tid], b))                                       <L 8>
        var_5 = wp::address(var_vectors, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::dot(var_7, var_2);
        var_8 = wp::atomic_add(var_total, var_4, var_6);
    }
}



extern "C" __global__ void inner_product_c84677e4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_vectors,
    wp::array_t<wp::vec_t<2, wp::float32>> var_other,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vectors,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_other,
    wp::array_t<wp::float32> adj_total)
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
        const wp::int32 var_4 = 0;
        wp::vec_t<2, wp::float32>* var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // b = other[tid]                                                                         <L 7>
        var_1 = wp::address(var_other, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_add(total, 0, wp.dot(vectors[tid], b))                                       <L 8>
        var_5 = wp::address(var_vectors, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::dot(var_7, var_2);
        // var_8 = wp::atomic_add(var_total, var_4, var_6);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_4, var_6, adj_total, adj_4, adj_6, adj_8);
        wp::adj_dot(var_7, var_2, adj_5, adj_2, adj_6);
        wp::adj_address(var_vectors, var_0, adj_vectors, adj_0, adj_5);
        // adj: wp.atomic_add(total, 0, wp.dot(vectors[tid], b))                                  <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_other, var_0, adj_other, adj_0, adj_1);
        // adj: b = other[tid]                                                                    <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def inner_product(vectors: wp.array[wp.vec2], other: wp.array[wp.vec2], total: wp.array[float]):  <L 5>
        continue;
    }
}

