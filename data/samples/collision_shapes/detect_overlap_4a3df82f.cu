// Warp 1.19.0 cuda code for detect_overlap_4a3df82f.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void detect_overlap_d19f4cbc_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_sdf_values,
    wp::array_t<wp::float32> var_depths,
    wp::array_t<wp::int32> var_contact_count,
    wp::float32 var_contact_margin)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        //---------
        // forward
        // def detect_overlap(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // depth = contact_margin - sdf_values[tid]                                               <L 12>
        var_1 = wp::address(var_sdf_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_contact_margin, var_3);
        // if depth > 0.0:                                                                        <L 13>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // wp.atomic_add(contact_count, 0, 1)                                                 <L 14>
            var_8 = wp::atomic_add(var_contact_count, var_6, var_7);
        }
        if (!var_5) {
            // depth = 0.0                                                                        <L 16>
        }
        var_10 = wp::where(var_5, var_2, var_9);
        // depths[tid] = depth                                                                    <L 17>
        wp::array_store(var_depths, var_0, var_10);
}



extern "C" __global__ void detect_overlap_d19f4cbc_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_sdf_values,
    wp::array_t<wp::float32> var_depths,
    wp::array_t<wp::int32> var_contact_count,
    wp::float32 var_contact_margin,
    wp::array_t<wp::float32> adj_sdf_values,
    wp::array_t<wp::float32> adj_depths,
    wp::array_t<wp::int32> adj_contact_count,
    wp::float32 adj_contact_margin)
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
        const wp::float32 var_4 = 0.0;
        bool var_5;
        const wp::int32 var_6 = 0;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        const wp::float32 var_9 = 0.0;
        wp::float32 var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        bool adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        //---------
        // forward
        // def detect_overlap(                                                                    <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // depth = contact_margin - sdf_values[tid]                                               <L 12>
        var_1 = wp::address(var_sdf_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_contact_margin, var_3);
        // if depth > 0.0:                                                                        <L 13>
        var_5 = (var_2 > var_4);
        if (var_5) {
            // wp.atomic_add(contact_count, 0, 1)                                                 <L 14>
            // var_8 = wp::atomic_add(var_contact_count, var_6, var_7);
        }
        if (!var_5) {
            // depth = 0.0                                                                        <L 16>
        }
        var_10 = wp::where(var_5, var_2, var_9);
        // depths[tid] = depth                                                                    <L 17>
        // wp::array_store(var_depths, var_0, var_10);
        //---------
        // reverse
        wp::adj_array_store(var_depths, var_0, var_10, adj_depths, adj_0, adj_10);
        // adj: depths[tid] = depth                                                               <L 17>
        wp::adj_where(var_5, var_2, var_9, adj_5, adj_2, adj_9, adj_10);
        if (!var_5) {
            // adj: depth = 0.0                                                                   <L 16>
        }
        if (var_5) {
            wp::adj_atomic_add(var_contact_count, var_6, var_7, adj_contact_count, adj_6, adj_7, adj_8);
            // adj: wp.atomic_add(contact_count, 0, 1)                                            <L 14>
        }
        // adj: if depth > 0.0:                                                                   <L 13>
        wp::adj_sub(var_contact_margin, var_3, adj_contact_margin, adj_1, adj_2);
        wp::adj_address(var_sdf_values, var_0, adj_sdf_values, adj_0, adj_1);
        // adj: depth = contact_margin - sdf_values[tid]                                          <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def detect_overlap(                                                               <L 5>
        return;
}

