// Warp 1.19.0 cuda code for sum_values_39fad312.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_values_f73198e5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::float32> var_total)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // forward
        // def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):             <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // wp.atomic_add(total, 0, data[tid])                                                     <L 7>
        var_2 = wp::address(var_data, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::atomic_add(var_total, var_1, var_4);
}



extern "C" __global__ void sum_values_f73198e5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_data,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> adj_data,
    wp::array_t<wp::float32> adj_total)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        const wp::int32 var_1 = 0;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        //---------
        // forward
        // def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):             <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // wp.atomic_add(total, 0, data[tid])                                                     <L 7>
        var_2 = wp::address(var_data, var_0);
        var_4 = wp::load(var_2);
        // var_3 = wp::atomic_add(var_total, var_1, var_4);
        //---------
        // reverse
        wp::adj_atomic_add(var_total, var_1, var_4, adj_total, adj_1, adj_2, adj_3);
        wp::adj_address(var_data, var_0, adj_data, adj_0, adj_2);
        // adj: wp.atomic_add(total, 0, data[tid])                                                <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def sum_values(data: wp.array(dtype=float), total: wp.array(dtype=float)):        <L 5>
        return;
}

