// Warp 1.19.0 cuda code for copy_active_334dbee7.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void copy_active_b90ff2bf_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        //---------
        // forward
        // def copy_active(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // flag = active[tid]                                                                     <L 12>
        var_1 = wp::address(var_active, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= active_count[0] or flag == 0:                                                <L 13>
        var_6 = wp::address(var_active_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 14>
            continue;
        }
        // x = values[tid]                                                                        <L 15>
        var_11 = wp::address(var_values, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if flag != 0:                                                                          <L 16>
        var_15 = (var_2 != var_14);
        if (var_15) {
            // other[tid] = x                                                                     <L 17>
            wp::array_store(var_other, var_0, var_12);
        }
    }
}



extern "C" __global__ void copy_active_b90ff2bf_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active_count,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_values,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other,
    wp::array_t<wp::int32> adj_active_count,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_values,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_other)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        wp::int32* var_6;
        bool var_7;
        wp::int32 var_8;
        const wp::int32 var_9 = 0;
        bool var_10;
        wp::vec_t<3, wp::float32>* var_11;
        wp::vec_t<3, wp::float32> var_12;
        wp::vec_t<3, wp::float32> var_13;
        const wp::int32 var_14 = 0;
        bool var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        bool adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        wp::vec_t<3, wp::float32> adj_13 = {};
        wp::int32 adj_14 = {};
        bool adj_15 = {};
        //---------
        // forward
        // def copy_active(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // flag = active[tid]                                                                     <L 12>
        var_1 = wp::address(var_active, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if tid >= active_count[0] or flag == 0:                                                <L 13>
        var_6 = wp::address(var_active_count, var_5);
        var_8 = wp::load(var_6);
        var_7 = (var_0 >= var_8);
        var_4 = var_7;
        if (!var_4) {
            var_10 = (var_2 == var_9);
            var_4 = var_4 || var_10;
        }
        if (var_4) {
            // return                                                                             <L 14>
            goto label0;
        }
        // x = values[tid]                                                                        <L 15>
        var_11 = wp::address(var_values, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::copy(var_13);
        // if flag != 0:                                                                          <L 16>
        var_15 = (var_2 != var_14);
        if (var_15) {
            // other[tid] = x                                                                     <L 17>
            // wp::array_store(var_other, var_0, var_12);
        }
        //---------
        // reverse
        if (var_15) {
            wp::adj_array_store(var_other, var_0, var_12, adj_other, adj_0, adj_12);
            // adj: other[tid] = x                                                                <L 17>
        }
        // adj: if flag != 0:                                                                     <L 16>
        wp::adj_copy(var_13, adj_11, adj_12);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_11);
        // adj: x = values[tid]                                                                   <L 15>
        if (var_4) {
            label0:;
            // adj: return                                                                        <L 14>
        }
        if (!var_4) {
        }
        wp::adj_address(var_active_count, var_5, adj_active_count, adj_5, adj_6);
        // adj: if tid >= active_count[0] or flag == 0:                                           <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: flag = active[tid]                                                                <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def copy_active(                                                                  <L 5>
        continue;
    }
}

