// Warp 1.19.0 cuda code for inner_product_3b0115e6.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void inner_product_c2a01632_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::float32> var_sum_out)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::vec_t<3, wp::float32>* var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        //---------
        // forward
        // def inner_product(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 12>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 13>
            continue;
        }
        // u = a[tid]                                                                             <L 14>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))                                           <L 15>
        var_9 = wp::address(var_b, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::dot(var_6, var_11);
        var_12 = wp::atomic_add(var_sum_out, var_8, var_10);
    }
}



extern "C" __global__ void inner_product_c2a01632_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_b,
    wp::array_t<wp::float32> var_sum_out,
    wp::array_t<wp::int32> adj_item_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b,
    wp::array_t<wp::float32> adj_sum_out)
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
        const wp::int32 var_1 = 0;
        wp::int32* var_2;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        wp::vec_t<3, wp::float32>* var_9;
        wp::float32 var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::float32 var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::float32 adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::float32 adj_12 = {};
        //---------
        // forward
        // def inner_product(                                                                     <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if tid >= item_count[0]:                                                               <L 12>
        var_2 = wp::address(var_item_count, var_1);
        var_4 = wp::load(var_2);
        var_3 = (var_0 >= var_4);
        if (var_3) {
            // return                                                                             <L 13>
            goto label0;
        }
        // u = a[tid]                                                                             <L 14>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))                                           <L 15>
        var_9 = wp::address(var_b, var_0);
        var_11 = wp::load(var_9);
        var_10 = wp::dot(var_6, var_11);
        // var_12 = wp::atomic_add(var_sum_out, var_8, var_10);
        //---------
        // reverse
        wp::adj_atomic_add(var_sum_out, var_8, var_10, adj_sum_out, adj_8, adj_10, adj_12);
        wp::adj_dot(var_6, var_11, adj_6, adj_9, adj_10);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_9);
        // adj: wp.atomic_add(sum_out, 0, wp.dot(u, b[tid]))                                      <L 15>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: u = a[tid]                                                                        <L 14>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        wp::adj_address(var_item_count, var_1, adj_item_count, adj_1, adj_2);
        // adj: if tid >= item_count[0]:                                                          <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def inner_product(                                                                <L 5>
        continue;
    }
}

