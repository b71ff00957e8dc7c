// Warp 1.19.0 cuda code for add_arrays_c365a33b.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_arrays_7d71f469_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_y)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // forward
        // def add_arrays(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if flags[tid] == 0:                                                                    <L 11>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 12>
            continue;
        }
        // val = x[tid]                                                                           <L 13>
        var_5 = wp::address(var_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // y[tid] -= val                                                                          <L 14>
        var_8 = wp::atomic_sub(var_y, var_0, var_6);
    }
}



extern "C" __global__ void add_arrays_7d71f469_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::float64> var_x,
    wp::array_t<wp::float64> var_y,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::float64> adj_x,
    wp::array_t<wp::float64> adj_y)
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
        const wp::int32 var_2 = 0;
        bool var_3;
        wp::int32 var_4;
        wp::float64* var_5;
        wp::float64 var_6;
        wp::float64 var_7;
        wp::float64 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float64 adj_5 = {};
        wp::float64 adj_6 = {};
        wp::float64 adj_7 = {};
        wp::float64 adj_8 = {};
        //---------
        // forward
        // def add_arrays(                                                                        <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // if flags[tid] == 0:                                                                    <L 11>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 == var_2);
        if (var_3) {
            // return                                                                             <L 12>
            goto label0;
        }
        // val = x[tid]                                                                           <L 13>
        var_5 = wp::address(var_x, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // y[tid] -= val                                                                          <L 14>
        // var_8 = wp::atomic_sub(var_y, var_0, var_6);
        //---------
        // reverse
        wp::adj_atomic_sub(var_y, var_0, var_6, adj_y, adj_0, adj_6, adj_8);
        // adj: y[tid] -= val                                                                     <L 14>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_5);
        // adj: val = x[tid]                                                                      <L 13>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 12>
        }
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
        // adj: if flags[tid] == 0:                                                               <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def add_arrays(                                                                   <L 5>
        continue;
    }
}

