// Warp 1.19.0 cpu code for diffuse_particles_852c15c6.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_diffuse_particles_83555f7a {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::int32 seed;
    wp::float32 diffusion;
    wp::float32 time_step;
};


template <bool wp_linear_contiguous>
static void diffuse_particles_83555f7a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_diffuse_particles_83555f7a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_diffusion = _wp_args->diffusion;
    wp::float32 var_time_step = _wp_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::float32 var_7 = 2.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def diffuse_particles(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 15>
    var_1 = wp::rand_init(var_seed, var_0);
    // step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                            <L 16>
    var_2 = wp::randn(var_1);
    var_3 = wp::randn(var_1);
    var_4 = wp::randn(var_1);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    // positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)          <L 17>
    var_6 = wp::address(var_positions, var_0);
    var_8 = wp::mul(var_7, var_diffusion);
    var_9 = wp::mul(var_8, var_time_step);
    var_10 = wp::sqrt(var_9);
    var_11 = wp::mul(var_5, var_10);
    var_13 = wp::load(var_6);
    var_12 = wp::add(var_13, var_11);
    wp::array_store(var_positions, var_0, var_12);
}



template <bool wp_linear_contiguous>
static void diffuse_particles_83555f7a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_diffuse_particles_83555f7a *_wp_args,
    wp_args_diffuse_particles_83555f7a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::int32 var_seed = _wp_args->seed;
    wp::float32 var_diffusion = _wp_args->diffusion;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::float32 adj_diffusion = _wp_adj_args->diffusion;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32>* var_6;
    const wp::float32 var_7 = 2.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def diffuse_particles(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(seed, tid)                                                          <L 15>
    var_1 = wp::rand_init(var_seed, var_0);
    // step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                            <L 16>
    var_2 = wp::randn(var_1);
    var_3 = wp::randn(var_1);
    var_4 = wp::randn(var_1);
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    // positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)          <L 17>
    var_6 = wp::address(var_positions, var_0);
    var_8 = wp::mul(var_7, var_diffusion);
    var_9 = wp::mul(var_8, var_time_step);
    var_10 = wp::sqrt(var_9);
    var_11 = wp::mul(var_5, var_10);
    var_13 = wp::load(var_6);
    var_12 = wp::add(var_13, var_11);
    // wp::array_store(var_positions, var_0, var_12);
    //---------
    // reverse
    wp::adj_array_store(var_positions, var_0, var_12, adj_positions, adj_0, adj_12);
    wp::adj_add(var_13, var_11, adj_6, adj_11, adj_12);
    wp::adj_mul(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_sqrt(var_9, var_10, adj_9, adj_10);
    wp::adj_mul(var_8, var_time_step, adj_8, adj_time_step, adj_9);
    wp::adj_mul(var_7, var_diffusion, adj_7, adj_diffusion, adj_8);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_6);
    // adj: positions[tid] = positions[tid] + step * wp.sqrt(2.0 * diffusion * time_step)     <L 17>
    wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    // adj: step = wp.vec3(wp.randn(rng), wp.randn(rng), wp.randn(rng))                       <L 16>
    // adj: rng = wp.rand_init(seed, tid)                                                     <L 15>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def diffuse_particles(                                                            <L 5>
    return;
}



struct diffuse_particles_83555f7a_cpu_block_payload_forward
{
    wp_args_diffuse_particles_83555f7a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void diffuse_particles_83555f7a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    diffuse_particles_83555f7a_cpu_block_payload_forward* payload = (diffuse_particles_83555f7a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    diffuse_particles_83555f7a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void diffuse_particles_83555f7a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_diffuse_particles_83555f7a *_wp_args)
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
        diffuse_particles_83555f7a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &diffuse_particles_83555f7a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct diffuse_particles_83555f7a_cpu_block_payload_backward
{
    wp_args_diffuse_particles_83555f7a* args;
    wp_args_diffuse_particles_83555f7a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void diffuse_particles_83555f7a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    diffuse_particles_83555f7a_cpu_block_payload_backward* payload = (diffuse_particles_83555f7a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    diffuse_particles_83555f7a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void diffuse_particles_83555f7a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_diffuse_particles_83555f7a *_wp_args,
    wp_args_diffuse_particles_83555f7a *_wp_adj_args)
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
        diffuse_particles_83555f7a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &diffuse_particles_83555f7a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

