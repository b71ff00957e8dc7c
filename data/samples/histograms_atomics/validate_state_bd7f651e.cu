// Warp 1.19.0 cuda code for validate_state_bd7f651e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void validate_state_88c5c274_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<bool> var_valid,
    wp::array_t<wp::int64> var_total_count)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        bool var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        wp::int64 var_7;
        wp::int64 var_8;
        //---------
        // forward
        // def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ok = wp.isfinite(x)                                                                    <L 8>
        var_4 = wp::isfinite(var_2);
        // valid[tid] = ok                                                                        <L 9>
        wp::array_store(var_valid, var_0, var_4);
        // if not ok:                                                                             <L 10>
        var_5 = wp::unot(var_4);
        if (var_5) {
            // wp.atomic_add(total_count, 0, wp.int64(1))                                         <L 11>
            var_7 = 1ll;
            var_8 = wp::atomic_add(var_total_count, var_6, var_7);
        }
}



extern "C" __global__ void validate_state_88c5c274_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_values,
    wp::array_t<bool> var_valid,
    wp::array_t<wp::int64> var_total_count,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<bool> adj_valid,
    wp::array_t<wp::int64> adj_total_count)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        bool var_4;
        bool var_5;
        const wp::int32 var_6 = 0;
        wp::int64 var_7;
        wp::int64 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int64 adj_7 = {};
        wp::int64 adj_8 = {};
        //---------
        // forward
        // def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // x = values[tid]                                                                        <L 7>
        var_1 = wp::address(var_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // ok = wp.isfinite(x)                                                                    <L 8>
        var_4 = wp::isfinite(var_2);
        // valid[tid] = ok                                                                        <L 9>
        // wp::array_store(var_valid, var_0, var_4);
        // if not ok:                                                                             <L 10>
        var_5 = wp::unot(var_4);
        if (var_5) {
            // wp.atomic_add(total_count, 0, wp.int64(1))                                         <L 11>
            var_7 = 1ll;
            // var_8 = wp::atomic_add(var_total_count, var_6, var_7);
        }
        //---------
        // reverse
        if (var_5) {
            wp::adj_atomic_add(var_total_count, var_6, var_7, adj_total_count, adj_6, adj_7, adj_8);
            // adj: wp.atomic_add(total_count, 0, wp.int64(1))                                    <L 11>
        }
        // adj: if not ok:                                                                        <L 10>
        wp::adj_array_store(var_valid, var_0, var_4, adj_valid, adj_0, adj_4);
        // adj: valid[tid] = ok                                                                   <L 9>
        // adj: ok = wp.isfinite(x)                                                               <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_1);
        // adj: x = values[tid]                                                                   <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def validate_state(values: wp.array[float], valid: wp.array[bool], total_count: wp.array[wp.int64]):  <L 5>
        return;
}

