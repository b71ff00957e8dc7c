// Warp 1.19.0 cuda code for global_reduce_d3250090.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void global_reduce_622f3d7e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // forward
        // def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):                       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // u = a[tid]                                                                             <L 8>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_min(total, 0, wp.length(u))                                                  <L 9>
        var_5 = wp::length(var_2);
        var_6 = wp::atomic_min(var_total, var_4, var_5);
    }
}



extern "C" __global__ void global_reduce_622f3d7e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
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
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::float32 var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        //---------
        // forward
        // def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):                       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // u = a[tid]                                                                             <L 8>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // wp.atomic_min(total, 0, wp.length(u))                                                  <L 9>
        var_5 = wp::length(var_2);
        // var_6 = wp::atomic_min(var_total, var_4, var_5);
        //---------
        // reverse
        wp::adj_atomic_min(var_total, var_4, var_5, adj_total, adj_4, adj_5, adj_6);
        wp::adj_length(var_2, var_5, adj_2, adj_5);
        // adj: wp.atomic_min(total, 0, wp.length(u))                                             <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: u = a[tid]                                                                        <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def global_reduce(a: wp.array[wp.vec3], total: wp.array[float]):                  <L 5>
        continue;
    }
}

