// Warp 1.19.0 cpu code for emit_positions_6f4c5fb3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_emit_positions_ee4b2f74 {
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::int32 seed;
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void emit_positions_ee4b2f74_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_positions_ee4b2f74 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // forward
    // def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 7>
    var_1 = wp::rand_init(var_seed, var_0);
    // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 8>
    var_2 = wp::sample_unit_sphere(var_1);
    var_3 = wp::mul(var_2, var_radius);
    var_4 = wp::add(var_center, var_3);
    wp::array_store(var_samples, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void emit_positions_ee4b2f74_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_emit_positions_ee4b2f74 *_wp_args,
    wp_args_emit_positions_ee4b2f74 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::vec_t<3, wp::float32> adj_center = _wp_adj_args->center;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    //---------
    // forward
    // def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 7>
    var_1 = wp::rand_init(var_seed, var_0);
    // samples[tid] = center + wp.sample_unit_sphere(rng) * radius                            <L 8>
    var_2 = wp::sample_unit_sphere(var_1);
    var_3 = wp::mul(var_2, var_radius);
    var_4 = wp::add(var_center, var_3);
    // wp::array_store(var_samples, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_4, adj_samples, adj_0, adj_4);
    wp::adj_add(var_center, var_3, adj_center, adj_3, adj_4);
    wp::adj_mul(var_2, var_radius, adj_2, adj_radius, adj_3);
    // adj: samples[tid] = center + wp.sample_unit_sphere(rng) * radius                       <L 8>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def emit_positions(samples: wp.array(dtype=wp.vec3), seed: int, center: wp.vec3, radius: float):  <L 5>
    return;
}



struct emit_positions_ee4b2f74_cpu_block_payload_forward
{
    wp_args_emit_positions_ee4b2f74* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void emit_positions_ee4b2f74_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    emit_positions_ee4b2f74_cpu_block_payload_forward* payload = (emit_positions_ee4b2f74_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    emit_positions_ee4b2f74_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void emit_positions_ee4b2f74_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_ee4b2f74 *_wp_args)
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
        emit_positions_ee4b2f74_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &emit_positions_ee4b2f74_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct emit_positions_ee4b2f74_cpu_block_payload_backward
{
    wp_args_emit_positions_ee4b2f74* args;
    wp_args_emit_positions_ee4b2f74* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void emit_positions_ee4b2f74_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    emit_positions_ee4b2f74_cpu_block_payload_backward* payload = (emit_positions_ee4b2f74_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    emit_positions_ee4b2f74_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void emit_positions_ee4b2f74_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_emit_positions_ee4b2f74 *_wp_args,
    wp_args_emit_positions_ee4b2f74 *_wp_adj_args)
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
        emit_positions_ee4b2f74_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &emit_positions_ee4b2f74_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

