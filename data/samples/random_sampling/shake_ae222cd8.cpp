// Warp 1.19.0 cpu code for shake_ae222cd8.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_shake_e25af846 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::int32 rng_seed;
    wp::float32 strength;
};


template <bool wp_linear_contiguous>
static void shake_e25af846_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shake_e25af846 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_strength = _wp_args->strength;
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
    // def shake(                                                                             <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // p = positions[tid]                                                                     <L 13>
    var_2 = wp::address(var_positions, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)                         <L 14>
    var_5 = wp::sample_unit_sphere(var_1);
    var_6 = wp::mul(var_strength, var_5);
    var_7 = wp::add(var_3, var_6);
    wp::array_store(var_new_positions, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void shake_e25af846_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_shake_e25af846 *_wp_args,
    wp_args_shake_e25af846 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::int32 var_rng_seed = _wp_args->rng_seed;
    wp::float32 var_strength = _wp_args->strength;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::int32 adj_rng_seed = _wp_adj_args->rng_seed;
    wp::float32 adj_strength = _wp_adj_args->strength;
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
    // def shake(                                                                             <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // rng = wp.rand_init(rng_seed, tid)                                                      <L 12>
    var_1 = wp::rand_init(var_rng_seed, var_0);
    // p = positions[tid]                                                                     <L 13>
    var_2 = wp::address(var_positions, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)                         <L 14>
    var_5 = wp::sample_unit_sphere(var_1);
    var_6 = wp::mul(var_strength, var_5);
    var_7 = wp::add(var_3, var_6);
    // wp::array_store(var_new_positions, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_new_positions, var_0, var_7, adj_new_positions, adj_0, adj_7);
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_mul(var_strength, var_5, adj_strength, adj_5, adj_6);
    // adj: new_positions[tid] = p + strength * wp.sample_unit_sphere(rng)                    <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_2);
    // adj: p = positions[tid]                                                                <L 13>
    // adj: rng = wp.rand_init(rng_seed, tid)                                                 <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def shake(                                                                        <L 5>
    return;
}



struct shake_e25af846_cpu_block_payload_forward
{
    wp_args_shake_e25af846* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shake_e25af846_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shake_e25af846_cpu_block_payload_forward* payload = (shake_e25af846_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shake_e25af846_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void shake_e25af846_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shake_e25af846 *_wp_args)
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
        shake_e25af846_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shake_e25af846_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct shake_e25af846_cpu_block_payload_backward
{
    wp_args_shake_e25af846* args;
    wp_args_shake_e25af846* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void shake_e25af846_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    shake_e25af846_cpu_block_payload_backward* payload = (shake_e25af846_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    shake_e25af846_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void shake_e25af846_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_shake_e25af846 *_wp_args,
    wp_args_shake_e25af846 *_wp_adj_args)
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
        shake_e25af846_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &shake_e25af846_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

