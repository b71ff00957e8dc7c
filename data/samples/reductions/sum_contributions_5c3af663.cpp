// Warp 1.19.0 cpu code for sum_contributions_5c3af663.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sum_contributions_2148bfe7 {
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::array_t<wp::float32> weights;
    wp::array_t<wp::float32> total;
    wp::array_t<wp::float32> peak;
};


template <bool wp_linear_contiguous>
static void sum_contributions_2148bfe7_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_contributions_2148bfe7 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
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



template <bool wp_linear_contiguous>
static void sum_contributions_2148bfe7_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sum_contributions_2148bfe7 *_wp_args,
    wp_args_sum_contributions_2148bfe7 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::array_t<wp::float32> var_weights = _wp_args->weights;
    wp::array_t<wp::float32> var_total = _wp_args->total;
    wp::array_t<wp::float32> var_peak = _wp_args->peak;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::array_t<wp::float32> adj_weights = _wp_adj_args->weights;
    wp::array_t<wp::float32> adj_total = _wp_adj_args->total;
    wp::array_t<wp::float32> adj_peak = _wp_adj_args->peak;
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



struct sum_contributions_2148bfe7_cpu_block_payload_forward
{
    wp_args_sum_contributions_2148bfe7* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_contributions_2148bfe7_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_contributions_2148bfe7_cpu_block_payload_forward* payload = (sum_contributions_2148bfe7_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_contributions_2148bfe7_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sum_contributions_2148bfe7_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_contributions_2148bfe7 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        sum_contributions_2148bfe7_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_contributions_2148bfe7_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sum_contributions_2148bfe7_cpu_block_payload_backward
{
    wp_args_sum_contributions_2148bfe7* args;
    wp_args_sum_contributions_2148bfe7* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sum_contributions_2148bfe7_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sum_contributions_2148bfe7_cpu_block_payload_backward* payload = (sum_contributions_2148bfe7_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sum_contributions_2148bfe7_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sum_contributions_2148bfe7_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sum_contributions_2148bfe7 *_wp_args,
    wp_args_sum_contributions_2148bfe7 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        sum_contributions_2148bfe7_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sum_contributions_2148bfe7_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

