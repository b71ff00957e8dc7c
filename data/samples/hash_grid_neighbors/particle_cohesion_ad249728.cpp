// Warp 1.19.0 cpu code for particle_cohesion_ad249728.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_particle_cohesion_34074662 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 h;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void particle_cohesion_34074662_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_particle_cohesion_34074662 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 10.0;
    const wp::float32 var_6 = 0.75;
    const wp::float32 var_7 = 0.25;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // forward
    // def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 8>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))                                     <L 9>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::sub(var_3, var_8);
    var_10 = wp::normalize(var_9);
    // amount = h                                                                             <L 10>
    var_11 = wp::copy(var_h);
    // out[i] = unit + wp.vec3(amount)                                                        <L 11>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    var_13 = wp::add(var_10, var_12);
    wp::array_store(var_out, var_1, var_13);
}



template <bool wp_linear_contiguous>
static void particle_cohesion_34074662_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_particle_cohesion_34074662 *_wp_args,
    wp_args_particle_cohesion_34074662 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_h = _wp_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_h = _wp_adj_args->h;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::float32 var_5 = 10.0;
    const wp::float32 var_6 = 0.75;
    const wp::float32 var_7 = 0.25;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::float32 var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    //---------
    // forward
    // def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 8>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))                                     <L 9>
    var_8 = wp::vec_t<3, wp::float32>(var_5, var_6, var_7);
    var_9 = wp::sub(var_3, var_8);
    var_10 = wp::normalize(var_9);
    // amount = h                                                                             <L 10>
    var_11 = wp::copy(var_h);
    // out[i] = unit + wp.vec3(amount)                                                        <L 11>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    var_13 = wp::add(var_10, var_12);
    // wp::array_store(var_out, var_1, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_1, var_13, adj_out, adj_1, adj_13);
    wp::adj_add(var_10, var_12, adj_10, adj_12, adj_13);
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: out[i] = unit + wp.vec3(amount)                                                   <L 11>
    wp::adj_copy(var_h, adj_h, adj_11);
    // adj: amount = h                                                                        <L 10>
    wp::adj_normalize(var_9, var_10, adj_9, adj_10);
    wp::adj_sub(var_3, var_8, adj_3, adj_8, adj_9);
    wp::adj_vec_t(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    // adj: unit = wp.normalize(x - wp.vec3(10.0, 0.75, 0.25))                                <L 9>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 8>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def particle_cohesion(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):  <L 5>
    return;
}



struct particle_cohesion_34074662_cpu_block_payload_forward
{
    wp_args_particle_cohesion_34074662* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void particle_cohesion_34074662_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    particle_cohesion_34074662_cpu_block_payload_forward* payload = (particle_cohesion_34074662_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    particle_cohesion_34074662_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void particle_cohesion_34074662_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_particle_cohesion_34074662 *_wp_args)
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
        particle_cohesion_34074662_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &particle_cohesion_34074662_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct particle_cohesion_34074662_cpu_block_payload_backward
{
    wp_args_particle_cohesion_34074662* args;
    wp_args_particle_cohesion_34074662* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void particle_cohesion_34074662_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    particle_cohesion_34074662_cpu_block_payload_backward* payload = (particle_cohesion_34074662_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    particle_cohesion_34074662_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void particle_cohesion_34074662_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_particle_cohesion_34074662 *_wp_args,
    wp_args_particle_cohesion_34074662 *_wp_adj_args)
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
        particle_cohesion_34074662_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &particle_cohesion_34074662_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

