// Warp 1.19.0 cuda code for segment_sum_5d15724c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void segment_sum_ddb550fd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segments,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_sums)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        bool var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def segment_sum(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // seg = segments[tid]                                                                    <L 11>
        var_1 = wp::address(var_segments, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if seg >= 0 and seg < sums.shape[0]:                                                   <L 12>
        var_6 = (var_2 >= var_5);
        var_4 = var_6;
        if (var_4) {
            var_7 = &(var_sums.shape);
            var_10 = wp::load(var_7);
            var_9 = wp::extract(var_10, var_8);
            var_11 = (var_2 < var_9);
            var_4 = var_4 && var_11;
        }
        if (var_4) {
            // wp.atomic_add(sums, seg, values[tid])                                              <L 13>
            var_12 = wp::address(var_values, var_0);
            var_14 = wp::load(var_12);
            var_13 = wp::atomic_add(var_sums, var_2, var_14);
        }
}



extern "C" __global__ void segment_sum_ddb550fd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segments,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::int32> adj_segments,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_sums)
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
        bool var_4;
        const wp::int32 var_5 = 0;
        bool var_6;
        wp::shape_t* var_7;
        const wp::int32 var_8 = 0;
        wp::int32 var_9;
        wp::shape_t var_10;
        bool var_11;
        wp::float32* var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        bool adj_4 = {};
        wp::int32 adj_5 = {};
        bool adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::shape_t adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def segment_sum(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 10>
        var_0 = builtin_tid1d();
        // seg = segments[tid]                                                                    <L 11>
        var_1 = wp::address(var_segments, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if seg >= 0 and seg < sums.shape[0]:                                                   <L 12>
        var_6 = (var_2 >= var_5);
        var_4 = var_6;
        if (var_4) {
            var_7 = &(var_sums.shape);
            var_10 = wp::load(var_7);
            var_9 = wp::extract(var_10, var_8);
            var_11 = (var_2 < var_9);
            var_4 = var_4 && var_11;
        }
        if (var_4) {
            // wp.atomic_add(sums, seg, values[tid])                                              <L 13>
            var_12 = wp::address(var_values, var_0);
            var_14 = wp::load(var_12);
            // var_13 = wp::atomic_add(var_sums, var_2, var_14);
        }
        //---------
        // reverse
        if (var_4) {
            wp::adj_atomic_add(var_sums, var_2, var_14, adj_sums, adj_2, adj_12, adj_13);
            wp::adj_address(var_values, var_0, adj_values, adj_0, adj_12);
            // adj: wp.atomic_add(sums, seg, values[tid])                                         <L 13>
        }
        if (var_4) {
            adj_sums.shape = adj_7;
        }
        // adj: if seg >= 0 and seg < sums.shape[0]:                                              <L 12>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_segments, var_0, adj_segments, adj_0, adj_1);
        // adj: seg = segments[tid]                                                               <L 11>
        // adj: tid = wp.tid()                                                                    <L 10>
        // adj: def segment_sum(                                                                  <L 5>
        return;
}

