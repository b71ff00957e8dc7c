// Warp 1.19.0 cuda code for sum_contributions_5c3af663.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void sum_contributions_2148bfe7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> var_peak)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        //---------
        // forward
        // def sum_contributions(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // sample = samples[tid]                                                                  <L 7>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // weight = weights[tid]                                                                  <L 8>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // q_rel = wp.quat_from_axis_angle(wp.normalize(sample), weight)                          <L 9>
        var_7 = wp::normalize(var_2);
        var_8 = wp::quat_from_axis_angle(var_7, var_5);
        // contribution = wp.length(q_rel)                                                        <L 10>
        var_9 = wp::length(var_8);
        // wp.atomic_add(total, 0, contribution)                                                  <L 11>
        var_11 = wp::atomic_add(var_total, var_10, var_9);
        // wp.atomic_max(peak, 0, contribution)                                                   <L 12>
        var_13 = wp::atomic_max(var_peak, var_12, var_9);
}



extern "C" __global__ void sum_contributions_2148bfe7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples,
    wp::array_t<wp::float32> var_weights,
    wp::array_t<wp::float32> var_total,
    wp::array_t<wp::float32> var_peak,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples,
    wp::array_t<wp::float32> adj_weights,
    wp::array_t<wp::float32> adj_total,
    wp::array_t<wp::float32> adj_peak)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::quat_t<wp::float32> var_8;
        wp::float32 var_9;
        const wp::int32 var_10 = 0;
        wp::float32 var_11;
        const wp::int32 var_12 = 0;
        wp::float32 var_13;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::quat_t<wp::float32> adj_8 = {};
        wp::float32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::int32 adj_12 = {};
        wp::float32 adj_13 = {};
        //---------
        // forward
        // def sum_contributions(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // sample = samples[tid]                                                                  <L 7>
        var_1 = wp::address(var_samples, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // weight = weights[tid]                                                                  <L 8>
        var_4 = wp::address(var_weights, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // q_rel = wp.quat_from_axis_angle(wp.normalize(sample), weight)                          <L 9>
        var_7 = wp::normalize(var_2);
        var_8 = wp::quat_from_axis_angle(var_7, var_5);
        // contribution = wp.length(q_rel)                                                        <L 10>
        var_9 = wp::length(var_8);
        // wp.atomic_add(total, 0, contribution)                                                  <L 11>
        // var_11 = wp::atomic_add(var_total, var_10, var_9);
        // wp.atomic_max(peak, 0, contribution)                                                   <L 12>
        // var_13 = wp::atomic_max(var_peak, var_12, var_9);
        //---------
        // reverse
        wp::adj_atomic_max(var_peak, var_12, var_9, adj_peak, adj_12, adj_9, adj_13);
        // adj: wp.atomic_max(peak, 0, contribution)                                              <L 12>
        wp::adj_atomic_add(var_total, var_10, var_9, adj_total, adj_10, adj_9, adj_11);
        // adj: wp.atomic_add(total, 0, contribution)                                             <L 11>
        wp::adj_length(var_8, var_9, adj_8, adj_9);
        // adj: contribution = wp.length(q_rel)                                                   <L 10>
        wp::adj_quat_from_axis_angle(var_7, var_5, adj_7, adj_5, adj_8);
        wp::adj_normalize(var_2, var_7, adj_2, adj_7);
        // adj: q_rel = wp.quat_from_axis_angle(wp.normalize(sample), weight)                     <L 9>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_weights, var_0, adj_weights, adj_0, adj_4);
        // adj: weight = weights[tid]                                                             <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_samples, var_0, adj_samples, adj_0, adj_1);
        // adj: sample = samples[tid]                                                             <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def sum_contributions(samples: wp.array(dtype=wp.vec3), weights: wp.array(dtype=float), total: wp.array(dtype=float), peak: wp.array(dtype=float)):  <L 5>
        return;
}

