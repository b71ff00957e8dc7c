// Warp 1.19.0 cpu code for sample_points_5207ecc3.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sample_points_73e31da5 {
    wp::array_t<wp::vec_t<3, wp::float32>> centers;
    wp::array_t<wp::vec_t<3, wp::float32>> samples;
    wp::int32 seed;
    wp::float32 particle_radius;
};


template <bool wp_linear_contiguous>
static void sample_points_73e31da5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_points_73e31da5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // forward
    // def sample_points(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 12>
    var_1 = wp::rand_init(var_seed, var_0);
    // c = centers[tid]                                                                       <L 13>
    var_2 = wp::address(var_centers, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius                        <L 14>
    var_5 = wp::sample_unit_sphere(var_1);
    var_6 = wp::mul(var_5, var_particle_radius);
    var_7 = wp::add(var_3, var_6);
    wp::array_store(var_samples, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void sample_points_73e31da5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_points_73e31da5 *_wp_args,
    wp_args_sample_points_73e31da5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers = _wp_args->centers;
    wp::array_t<wp::vec_t<3, wp::float32>> var_samples = _wp_args->samples;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers = _wp_adj_args->centers;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_samples = _wp_adj_args->samples;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    //---------
    // forward
    // def sample_points(                                                                     <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 12>
    var_1 = wp::rand_init(var_seed, var_0);
    // c = centers[tid]                                                                       <L 13>
    var_2 = wp::address(var_centers, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius                        <L 14>
    var_5 = wp::sample_unit_sphere(var_1);
    var_6 = wp::mul(var_5, var_particle_radius);
    var_7 = wp::add(var_3, var_6);
    // wp::array_store(var_samples, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_samples, var_0, var_7, adj_samples, adj_0, adj_7);
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_mul(var_5, var_particle_radius, adj_5, adj_particle_radius, adj_6);
    // adj: samples[tid] = c + wp.sample_unit_sphere(rng) * particle_radius                   <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_2);
    // adj: c = centers[tid]                                                                  <L 13>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def sample_points(                                                                <L 5>
    return;
}



struct sample_points_73e31da5_cpu_block_payload_forward
{
    wp_args_sample_points_73e31da5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_points_73e31da5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_points_73e31da5_cpu_block_payload_forward* payload = (sample_points_73e31da5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_points_73e31da5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_points_73e31da5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_points_73e31da5 *_wp_args)
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
        sample_points_73e31da5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_points_73e31da5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sample_points_73e31da5_cpu_block_payload_backward
{
    wp_args_sample_points_73e31da5* args;
    wp_args_sample_points_73e31da5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_points_73e31da5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_points_73e31da5_cpu_block_payload_backward* payload = (sample_points_73e31da5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_points_73e31da5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sample_points_73e31da5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_points_73e31da5 *_wp_args,
    wp_args_sample_points_73e31da5 *_wp_adj_args)
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
        sample_points_73e31da5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_points_73e31da5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

