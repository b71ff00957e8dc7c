// Warp 1.19.0 cpu code for mc_estimate_d64cced9.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_mc_estimate_536cfcd6 {
    wp::int32 seed;
    wp::array_t<wp::float32> results;
    wp::array_t<wp::float32> estimate;
};


template <bool wp_linear_contiguous>
static void mc_estimate_536cfcd6_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mc_estimate_536cfcd6 *_wp_args)
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
    wp::vec_t<2, wp::float32> var_5;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 8;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // forward
    // def mc_estimate(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 5>
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
    // density_n = wp.pnoise(state, wp.vec2(g, u), 8, 8)                                      <L 11>
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_2);
    var_8 = wp::pnoise(var_1, var_5, var_6, var_7);
    // turbulence = wp.noise(state, wp.lerp(g, u, wp.clamp(density_n, 0.0, 1.0)))             <L 12>
    var_11 = wp::clamp(var_8, var_9, var_10);
    var_12 = wp::lerp(var_3, var_2, var_11);
    var_13 = wp::noise(var_1, var_12);
    // offset_rand = wp.sample_unit_sphere_surface(state)                                     <L 13>
    var_14 = wp::sample_unit_sphere_surface(var_1);
    // value = wp.length(d) + turbulence + wp.length(offset_rand)                             <L 14>
    var_15 = wp::length(var_4);
    var_16 = wp::add(var_15, var_13);
    var_17 = wp::length(var_14);
    var_18 = wp::add(var_16, var_17);
    // results[tid] = value                                                                   <L 15>
    wp::array_store(var_results, var_0, var_18);
    // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 16>
    var_20 = &(var_results.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_24 = wp::float(var_22);
    var_25 = wp::div(var_18, var_24);
    var_26 = wp::atomic_add(var_estimate, var_19, var_25);
}



template <bool wp_linear_contiguous>
static void mc_estimate_536cfcd6_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_mc_estimate_536cfcd6 *_wp_args,
    wp_args_mc_estimate_536cfcd6 *_wp_adj_args)
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
    wp::vec_t<2, wp::float32> var_5;
    const wp::int32 var_6 = 8;
    const wp::int32 var_7 = 8;
    wp::float32 var_8;
    const wp::float32 var_9 = 0.0;
    const wp::float32 var_10 = 1.0;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 0;
    wp::shape_t* var_20;
    const wp::int32 var_21 = 0;
    wp::int32 var_22;
    wp::shape_t var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::shape_t adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::shape_t adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    //---------
    // forward
    // def mc_estimate(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):       <L 5>
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
    // density_n = wp.pnoise(state, wp.vec2(g, u), 8, 8)                                      <L 11>
    var_5 = wp::vec_t<2, wp::float32>(var_3, var_2);
    var_8 = wp::pnoise(var_1, var_5, var_6, var_7);
    // turbulence = wp.noise(state, wp.lerp(g, u, wp.clamp(density_n, 0.0, 1.0)))             <L 12>
    var_11 = wp::clamp(var_8, var_9, var_10);
    var_12 = wp::lerp(var_3, var_2, var_11);
    var_13 = wp::noise(var_1, var_12);
    // offset_rand = wp.sample_unit_sphere_surface(state)                                     <L 13>
    var_14 = wp::sample_unit_sphere_surface(var_1);
    // value = wp.length(d) + turbulence + wp.length(offset_rand)                             <L 14>
    var_15 = wp::length(var_4);
    var_16 = wp::add(var_15, var_13);
    var_17 = wp::length(var_14);
    var_18 = wp::add(var_16, var_17);
    // results[tid] = value                                                                   <L 15>
    // wp::array_store(var_results, var_0, var_18);
    // wp.atomic_add(estimate, 0, value / float(results.shape[0]))                            <L 16>
    var_20 = &(var_results.shape);
    var_23 = wp::load(var_20);
    var_22 = wp::extract(var_23, var_21);
    var_24 = wp::float(var_22);
    var_25 = wp::div(var_18, var_24);
    // var_26 = wp::atomic_add(var_estimate, var_19, var_25);
    //---------
    // reverse
    wp::adj_atomic_add(var_estimate, var_19, var_25, adj_estimate, adj_19, adj_25, adj_26);
    wp::adj_div(var_18, var_24, var_25, adj_18, adj_24, adj_25);
    wp::adj_float(var_22, adj_22, adj_24);
    adj_results.shape = adj_20;
    // adj: wp.atomic_add(estimate, 0, value / float(results.shape[0]))                       <L 16>
    wp::adj_array_store(var_results, var_0, var_18, adj_results, adj_0, adj_18);
    // adj: results[tid] = value                                                              <L 15>
    wp::adj_add(var_16, var_17, adj_16, adj_17, adj_18);
    wp::adj_length(var_14, var_17, adj_14, adj_17);
    wp::adj_add(var_15, var_13, adj_15, adj_13, adj_16);
    wp::adj_length(var_4, var_15, adj_4, adj_15);
    // adj: value = wp.length(d) + turbulence + wp.length(offset_rand)                        <L 14>
    // adj: offset_rand = wp.sample_unit_sphere_surface(state)                                <L 13>
    wp::adj_noise(var_1, var_12, adj_1, adj_12, adj_13);
    wp::adj_lerp(var_3, var_2, var_11, adj_3, adj_2, adj_11, adj_12);
    wp::adj_clamp(var_8, var_9, var_10, adj_8, adj_9, adj_10, adj_11);
    // adj: turbulence = wp.noise(state, wp.lerp(g, u, wp.clamp(density_n, 0.0, 1.0)))        <L 12>
    wp::adj_pnoise(var_1, var_5, var_6, var_7, adj_1, adj_5, adj_6, adj_7, adj_8);
    wp::adj_vec_t(var_3, var_2, adj_3, adj_2, adj_5);
    // adj: density_n = wp.pnoise(state, wp.vec2(g, u), 8, 8)                                 <L 11>
    // adj: d = wp.sample_unit_sphere_surface(state)                                          <L 10>
    // adj: g = wp.randn(state)                                                               <L 9>
    // adj: u = wp.randf(state)                                                               <L 8>
    // adj: state = wp.rand_init(seed, tid)                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def mc_estimate(seed: int, results: wp.array(dtype=float), estimate: wp.array(dtype=float)):  <L 5>
    return;
}



struct mc_estimate_536cfcd6_cpu_block_payload_forward
{
    wp_args_mc_estimate_536cfcd6* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mc_estimate_536cfcd6_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mc_estimate_536cfcd6_cpu_block_payload_forward* payload = (mc_estimate_536cfcd6_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mc_estimate_536cfcd6_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void mc_estimate_536cfcd6_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mc_estimate_536cfcd6 *_wp_args)
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
        mc_estimate_536cfcd6_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mc_estimate_536cfcd6_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct mc_estimate_536cfcd6_cpu_block_payload_backward
{
    wp_args_mc_estimate_536cfcd6* args;
    wp_args_mc_estimate_536cfcd6* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void mc_estimate_536cfcd6_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    mc_estimate_536cfcd6_cpu_block_payload_backward* payload = (mc_estimate_536cfcd6_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    mc_estimate_536cfcd6_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void mc_estimate_536cfcd6_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_mc_estimate_536cfcd6 *_wp_args,
    wp_args_mc_estimate_536cfcd6 *_wp_adj_args)
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
        mc_estimate_536cfcd6_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &mc_estimate_536cfcd6_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

