// Warp 1.19.0 cuda code for sum_by_label_3100b50a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_by_label_92fd2276_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segments,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_segment_sums)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        bool var_14;
        wp::float32 var_15;
        //---------
        // forward
        // def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // seg = segments[tid]                                                                    <L 8>
        var_1 = wp::address(var_segments, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = values[tid]                                                                        <L 9>
        var_4 = wp::address(var_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 10>
        var_9 = (var_2 >= var_8);
        var_7 = var_9;
        if (var_7) {
            var_10 = &(var_segment_sums.shape);
            var_13 = wp::load(var_10);
            var_12 = wp::extract(var_13, var_11);
            var_14 = (var_2 < var_12);
            var_7 = var_7 && var_14;
        }
        if (var_7) {
            // wp.atomic_add(segment_sums, seg, v)                                                <L 11>
            var_15 = wp::atomic_add(var_segment_sums, var_2, var_5);
        }
}



extern "C" __global__ void sum_by_label_92fd2276_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segments,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_segment_sums,
    wp::array_t<wp::int32> adj_segments,
    wp::array_t<wp::float32> adj_values,
    wp::array_t<wp::float32> adj_segment_sums)
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
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        bool var_7;
        const wp::int32 var_8 = 0;
        bool var_9;
        wp::shape_t* var_10;
        const wp::int32 var_11 = 0;
        wp::int32 var_12;
        wp::shape_t var_13;
        bool var_14;
        wp::float32 var_15;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        bool adj_7 = {};
        wp::int32 adj_8 = {};
        bool adj_9 = {};
        wp::shape_t adj_10 = {};
        wp::int32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::shape_t adj_13 = {};
        bool adj_14 = {};
        wp::float32 adj_15 = {};
        //---------
        // forward
        // def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):       <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // seg = segments[tid]                                                                    <L 8>
        var_1 = wp::address(var_segments, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // v = values[tid]                                                                        <L 9>
        var_4 = wp::address(var_values, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // if seg >= 0 and seg < segment_sums.shape[0]:                                           <L 10>
        var_9 = (var_2 >= var_8);
        var_7 = var_9;
        if (var_7) {
            var_10 = &(var_segment_sums.shape);
            var_13 = wp::load(var_10);
            var_12 = wp::extract(var_13, var_11);
            var_14 = (var_2 < var_12);
            var_7 = var_7 && var_14;
        }
        if (var_7) {
            // wp.atomic_add(segment_sums, seg, v)                                                <L 11>
            // var_15 = wp::atomic_add(var_segment_sums, var_2, var_5);
        }
        //---------
        // reverse
        if (var_7) {
            wp::adj_atomic_add(var_segment_sums, var_2, var_5, adj_segment_sums, adj_2, adj_5, adj_15);
            // adj: wp.atomic_add(segment_sums, seg, v)                                           <L 11>
        }
        if (var_7) {
            adj_segment_sums.shape = adj_10;
        }
        // adj: if seg >= 0 and seg < segment_sums.shape[0]:                                      <L 10>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_values, var_0, adj_values, adj_0, adj_4);
        // adj: v = values[tid]                                                                   <L 9>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_segments, var_0, adj_segments, adj_0, adj_1);
        // adj: seg = segments[tid]                                                               <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def sum_by_label(segments: wp.array[int], values: wp.array[float], segment_sums: wp.array[float]):  <L 5>
        return;
}

