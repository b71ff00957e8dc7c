// Warp 1.19.0 cuda code for segment_sum_f788e9df.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void segment_sum_36f60271_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segment_ids,
    wp::array_t<wp::float32> var_sample_weights,
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
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
        //---------
        // forward
        // def segment_sum(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // seg = segment_ids[tid]                                                                 <L 12>
        var_1 = wp::address(var_segment_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if seg >= 0 and seg < sums.shape[0]:                                                   <L 13>
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
            // wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])                        <L 14>
            var_12 = wp::address(var_sample_weights, var_0);
            var_13 = wp::address(var_values, var_0);
            var_15 = wp::load(var_12);
            var_16 = wp::load(var_13);
            var_14 = wp::mul(var_15, var_16);
            var_17 = wp::atomic_max(var_sums, var_2, var_14);
        }
}



extern "C" __global__ void segment_sum_36f60271_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_segment_ids,
    wp::array_t<wp::float32> var_sample_weights,
    wp::array_t<wp::float32> var_values,
    wp::array_t<wp::float32> var_sums,
    wp::array_t<wp::int32> adj_segment_ids,
    wp::array_t<wp::float32> adj_sample_weights,
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
        wp::float32* var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        wp::float32 var_17;
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
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        //---------
        // forward
        // def segment_sum(                                                                       <L 5>
        // tid = wp.tid()                                                                         <L 11>
        var_0 = builtin_tid1d();
        // seg = segment_ids[tid]                                                                 <L 12>
        var_1 = wp::address(var_segment_ids, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // if seg >= 0 and seg < sums.shape[0]:                                                   <L 13>
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
            // wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])                        <L 14>
            var_12 = wp::address(var_sample_weights, var_0);
            var_13 = wp::address(var_values, var_0);
            var_15 = wp::load(var_12);
            var_16 = wp::load(var_13);
            var_14 = wp::mul(var_15, var_16);
            // var_17 = wp::atomic_max(var_sums, var_2, var_14);
        }
        //---------
        // reverse
        if (var_4) {
            wp::adj_atomic_max(var_sums, var_2, var_14, adj_sums, adj_2, adj_14, adj_17);
            wp::adj_mul(var_15, var_16, adj_12, adj_13, adj_14);
            wp::adj_address(var_values, var_0, adj_values, adj_0, adj_13);
            wp::adj_address(var_sample_weights, var_0, adj_sample_weights, adj_0, adj_12);
            // adj: wp.atomic_max(sums, seg, sample_weights[tid] * values[tid])                   <L 14>
        }
        if (var_4) {
            adj_sums.shape = adj_7;
        }
        // adj: if seg >= 0 and seg < sums.shape[0]:                                              <L 13>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_segment_ids, var_0, adj_segment_ids, adj_0, adj_1);
        // adj: seg = segment_ids[tid]                                                            <L 12>
        // adj: tid = wp.tid()                                                                    <L 11>
        // adj: def segment_sum(                                                                  <L 5>
        return;
}

