// Warp 1.19.0 cpu code for sample_paths_4a19125c.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sample_paths_072a13ca {
    wp::int32 seed;
    wp::array_t<wp::float32> results;
    wp::array_t<wp::float32> estimate;
};


template <bool wp_linear_contiguous>
static void sample_paths_072a13ca_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_paths_072a13ca *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_results = _wp_args->results;
    wp::array_t<wp::float32> var_estimate = _wp_args->estimate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // forward
    // def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, tid)                                                        <L 7>
    var_1 = wp::rand_init(var_seed, var_0);
    // u = wp.randf(state)                                                                    <L 8>
    var_2 = wp::randf(var_1);
    // g = wp.randn(state)                                                                    <L 9>
    var_3 = wp::randn(var_1);
    // d = wp.sample_unit_sphere_surface(state)                                               <L 10>
    var_4 = wp::sample_unit_sphere_surface(var_1);
    // term = u                                                                               <L 11>
    var_5 = wp::copy(var_2);
    // disk_pt = wp.sample_unit_disk(state)                                                   <L 12>
    var_6 = wp::sample_unit_disk(var_1);
    // dir_sample = wp.sample_unit_hemisphere_surface(state)                                  <L 13>
    var_7 = wp::sample_unit_hemisphere_surface(var_1);
    // value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)           <L 14>
    var_8 = wp::length(var_4);
    var_9 = wp::add(var_3, var_8);
    var_10 = wp::add(var_9, var_5);
    var_11 = wp::length(var_6);
    var_12 = wp::add(var_10, var_11);
    var_13 = wp::length(var_7);
    var_14 = wp::add(var_12, var_13);
    // results[tid] = value                                                                   <L 15>
    wp::array_store(var_results, var_0, var_14);
    // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 16>
    var_16 = &(var_results.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = wp::float(var_18);
    var_21 = wp::div(var_14, var_20);
    var_22 = wp::atomic_add(var_estimate, var_15, var_21);
}



template <bool wp_linear_contiguous>
static void sample_paths_072a13ca_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_paths_072a13ca *_wp_args,
    wp_args_sample_paths_072a13ca *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::array_t<wp::float32> var_results = _wp_args->results;
    wp::array_t<wp::float32> var_estimate = _wp_args->estimate;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::array_t<wp::float32> adj_results = _wp_adj_args->results;
    wp::array_t<wp::float32> adj_estimate = _wp_adj_args->estimate;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32 var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    const wp::int32 var_15 = 0;
    wp::shape_t* var_16;
    const wp::int32 var_17 = 0;
    wp::int32 var_18;
    wp::shape_t var_19;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::shape_t adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::shape_t adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    //---------
    // forward
    // def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, tid)                                                        <L 7>
    var_1 = wp::rand_init(var_seed, var_0);
    // u = wp.randf(state)                                                                    <L 8>
    var_2 = wp::randf(var_1);
    // g = wp.randn(state)                                                                    <L 9>
    var_3 = wp::randn(var_1);
    // d = wp.sample_unit_sphere_surface(state)                                               <L 10>
    var_4 = wp::sample_unit_sphere_surface(var_1);
    // term = u                                                                               <L 11>
    var_5 = wp::copy(var_2);
    // disk_pt = wp.sample_unit_disk(state)                                                   <L 12>
    var_6 = wp::sample_unit_disk(var_1);
    // dir_sample = wp.sample_unit_hemisphere_surface(state)                                  <L 13>
    var_7 = wp::sample_unit_hemisphere_surface(var_1);
    // value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)           <L 14>
    var_8 = wp::length(var_4);
    var_9 = wp::add(var_3, var_8);
    var_10 = wp::add(var_9, var_5);
    var_11 = wp::length(var_6);
    var_12 = wp::add(var_10, var_11);
    var_13 = wp::length(var_7);
    var_14 = wp::add(var_12, var_13);
    // results[tid] = value                                                                   <L 15>
    // wp::array_store(var_results, var_0, var_14);
    // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 16>
    var_16 = &(var_results.shape);
    var_19 = wp::load(var_16);
    var_18 = wp::extract(var_19, var_17);
    var_20 = wp::float(var_18);
    var_21 = wp::div(var_14, var_20);
    // var_22 = wp::atomic_add(var_estimate, var_15, var_21);
    //---------
    // reverse
    wp::adj_atomic_add(var_estimate, var_15, var_21, adj_estimate, adj_15, adj_21, adj_22);
    wp::adj_div(var_14, var_20, var_21, adj_14, adj_20, adj_21);
    wp::adj_float(var_18, adj_18, adj_20);
    adj_results.shape = adj_16;
    // adj: wp.atomic_add(estimate, 0, value / float(results.shape[0]))                       <L 16>
    wp::adj_array_store(var_results, var_0, var_14, adj_results, adj_0, adj_14);
    // adj: results[tid] = value                                                              <L 15>
    wp::adj_add(var_12, var_13, adj_12, adj_13, adj_14);
    wp::adj_length(var_7, var_13, adj_7, adj_13);
    wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_length(var_6, var_11, adj_6, adj_11);
    wp::adj_add(var_9, var_5, adj_9, adj_5, adj_10);
    wp::adj_add(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_length(var_4, var_8, adj_4, adj_8);
    // adj: value = g + wp.length(d) + term + wp.length(disk_pt) + wp.length(dir_sample)      <L 14>
    // adj: dir_sample = wp.sample_unit_hemisphere_surface(state)                             <L 13>
    // adj: disk_pt = wp.sample_unit_disk(state)                                              <L 12>
    wp::adj_copy(var_2, adj_2, adj_5);
    // adj: term = u                                                                          <L 11>
    // adj: d = wp.sample_unit_sphere_surface(state)                                          <L 10>
    // adj: g = wp.randn(state)                                                               <L 9>
    // adj: u = wp.randf(state)                                                               <L 8>
    // adj: state = wp.rand_init(seed, tid)                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def sample_paths(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):  <L 5>
    return;
}



struct sample_paths_072a13ca_cpu_block_payload_forward
{
    wp_args_sample_paths_072a13ca* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_paths_072a13ca_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_paths_072a13ca_cpu_block_payload_forward* payload = (sample_paths_072a13ca_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_paths_072a13ca_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_paths_072a13ca_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_paths_072a13ca *_wp_args)
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
        sample_paths_072a13ca_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_paths_072a13ca_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sample_paths_072a13ca_cpu_block_payload_backward
{
    wp_args_sample_paths_072a13ca* args;
    wp_args_sample_paths_072a13ca* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_paths_072a13ca_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_paths_072a13ca_cpu_block_payload_backward* payload = (sample_paths_072a13ca_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_paths_072a13ca_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sample_paths_072a13ca_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_paths_072a13ca *_wp_args,
    wp_args_sample_paths_072a13ca *_wp_adj_args)
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
        sample_paths_072a13ca_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_paths_072a13ca_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

