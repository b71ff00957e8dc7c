// Warp 1.19.0 cuda code for accumulate_by_index_e0823d8a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void accumulate_by_index_ab8ff67d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::vec_t<2, wp::float32>> var_values,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        //---------
        // forward
        // def accumulate_by_index(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // i = indices[tid]                                                                       <L 11>
        var_1 = wp::address(var_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // val = values[tid]                                                                      <L 12>
        var_4 = wp::address(var_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(out, i, val)                                                             <L 13>
        var_7 = wp::atomic_add(var_out, var_2, var_5);
}



extern "C" __global__ void accumulate_by_index_ab8ff67d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_indices,
    wp::array_t<wp::vec_t<2, wp::float32>> var_values,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out,
    wp::array_t<wp::int32> adj_indices,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_values,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        wp::int32 var_2;
        wp::int32 var_3;
        wp::vec_t<2, wp::float32>* var_4;
        wp::vec_t<2, wp::float32> var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::vec_t<2, wp::float32> adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        //---------
        // forward
        // def accumulate_by_index(                                                               <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // i = indices[tid]                                                                       <L 11>
        var_1 = wp::address(var_indices, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // val = values[tid]                                                                      <L 12>
        var_4 = wp::address(var_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // wp.atomic_add(out, i, val)                                                             <L 13>
        // var_7 = wp::atomic_add(var_out, var_2, var_5);
        //---------
        // reverse
        wp::adj_atomic_add(var_out, var_2, var_5, adj_out, adj_2, adj_5, adj_7);
        // adj: wp.atomic_add(out, i, val)                                                        <L 13>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_4);
        // adj: val = values[tid]                                                                 <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_1);
        // adj: i = indices[tid]                                                                  <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def accumulate_by_index(                                                          <L 5>
        return;
}

