// Warp 1.19.0 cuda code for accumulate_878bdccf.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accumulate_a78b1560_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_data,
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        //---------
        // forward
        // def accumulate(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 12>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 13>
            continue;
        }
        // other[tid] -= data[tid]                                                                <L 14>
        var_5 = wp::address(var_data, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::atomic_sub(var_other, var_0, var_7);
    }
}



extern "C" __global__ void accumulate_a78b1560_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_active,
    wp::array_t<wp::vec_t<3, wp::float32>> var_data,
    wp::array_t<wp::vec_t<3, wp::float32>> var_other,
    wp::array_t<wp::int32> adj_active,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_data,
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
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
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
        //---------
        // forward
        // def accumulate(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // if active[tid] != 1:                                                                   <L 12>
        var_1 = wp::address(var_active, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 13>
            goto label0;
        }
        // other[tid] -= data[tid]                                                                <L 14>
        var_5 = wp::address(var_data, var_0);
        var_7 = wp::load(var_5);
        // var_6 = wp::atomic_sub(var_other, var_0, var_7);
        //---------
        // reverse
        wp::adj_atomic_sub(var_other, var_0, var_7, adj_other, adj_0, adj_5, adj_6);
        wp::adj_address(var_data, var_0, adj_data, adj_0, adj_5);
        // adj: other[tid] -= data[tid]                                                           <L 14>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 13>
        }
        wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
        // adj: if active[tid] != 1:                                                              <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def accumulate(                                                                   <L 5>
        continue;
    }
}

