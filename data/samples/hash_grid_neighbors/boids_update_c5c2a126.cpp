// Warp 1.19.0 cpu code for boids_update_c5c2a126.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_boids_update_32772179 {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 h;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void boids_update_32772179_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_boids_update_32772179 *_wp_args)
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
    const wp::float32 var_5 = 3.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const bool var_12 = false;
    bool var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // forward
    // def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 8>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)                              <L 9>
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = wp::outer(var_3, var_6);
    var_8 = wp::mul(var_7, var_3);
    var_9 = wp::sub(var_8, var_3);
    var_10 = wp::normalize(var_9);
    // limited = wp.vec3(dir_2)                                                               <L 10>
    var_11 = wp::vec_t<3, wp::float32>(var_10);
    // if bool(False):                                                                        <L 11>
    var_13 = bool(var_12);
    if (var_13) {
        // limited = limited + x                                                              <L 12>
        var_14 = wp::add(var_11, var_3);
    }
    var_15 = wp::where(var_13, var_14, var_11);
    // unit = wp.normalize(limited - dir_2)                                                   <L 13>
    var_16 = wp::sub(var_15, var_10);
    var_17 = wp::normalize(var_16);
    // gap = wp.length(wp.normalize(x) - unit)                                                <L 14>
    var_18 = wp::normalize(var_3);
    var_19 = wp::sub(var_18, var_17);
    var_20 = wp::length(var_19);
    // out[i] = wp.vec3(h) + wp.vec3(gap)                                                     <L 15>
    var_21 = wp::vec_t<3, wp::float32>(var_h);
    var_22 = wp::vec_t<3, wp::float32>(var_20);
    var_23 = wp::add(var_21, var_22);
    wp::array_store(var_out, var_1, var_23);
}



template <bool wp_linear_contiguous>
static void boids_update_32772179_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_boids_update_32772179 *_wp_args,
    wp_args_boids_update_32772179 *_wp_adj_args)
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
    const wp::float32 var_5 = 3.0;
    wp::vec_t<3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    const bool var_12 = false;
    bool var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    bool adj_12 = {};
    bool adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    //---------
    // forward
    // def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 7>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 8>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)                              <L 9>
    var_6 = wp::vec_t<3, wp::float32>(var_5);
    var_7 = wp::outer(var_3, var_6);
    var_8 = wp::mul(var_7, var_3);
    var_9 = wp::sub(var_8, var_3);
    var_10 = wp::normalize(var_9);
    // limited = wp.vec3(dir_2)                                                               <L 10>
    var_11 = wp::vec_t<3, wp::float32>(var_10);
    // if bool(False):                                                                        <L 11>
    var_13 = bool(var_12);
    if (var_13) {
        // limited = limited + x                                                              <L 12>
        var_14 = wp::add(var_11, var_3);
    }
    var_15 = wp::where(var_13, var_14, var_11);
    // unit = wp.normalize(limited - dir_2)                                                   <L 13>
    var_16 = wp::sub(var_15, var_10);
    var_17 = wp::normalize(var_16);
    // gap = wp.length(wp.normalize(x) - unit)                                                <L 14>
    var_18 = wp::normalize(var_3);
    var_19 = wp::sub(var_18, var_17);
    var_20 = wp::length(var_19);
    // out[i] = wp.vec3(h) + wp.vec3(gap)                                                     <L 15>
    var_21 = wp::vec_t<3, wp::float32>(var_h);
    var_22 = wp::vec_t<3, wp::float32>(var_20);
    var_23 = wp::add(var_21, var_22);
    // wp::array_store(var_out, var_1, var_23);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_1, var_23, adj_out, adj_1, adj_23);
    wp::adj_add(var_21, var_22, adj_21, adj_22, adj_23);
    wp::adj_vec_t(var_20, adj_20, adj_22);
    wp::adj_vec_t(var_h, adj_h, adj_21);
    // adj: out[i] = wp.vec3(h) + wp.vec3(gap)                                                <L 15>
    wp::adj_length(var_19, var_20, adj_19, adj_20);
    wp::adj_sub(var_18, var_17, adj_18, adj_17, adj_19);
    wp::adj_normalize(var_3, var_18, adj_3, adj_18);
    // adj: gap = wp.length(wp.normalize(x) - unit)                                           <L 14>
    wp::adj_normalize(var_16, var_17, adj_16, adj_17);
    wp::adj_sub(var_15, var_10, adj_15, adj_10, adj_16);
    // adj: unit = wp.normalize(limited - dir_2)                                              <L 13>
    wp::adj_where(var_13, var_14, var_11, adj_13, adj_14, adj_11, adj_15);
    if (var_13) {
        wp::adj_add(var_11, var_3, adj_11, adj_3, adj_14);
        // adj: limited = limited + x                                                         <L 12>
    }
    // adj: if bool(False):                                                                   <L 11>
    wp::adj_vec_t(var_10, adj_10, adj_11);
    // adj: limited = wp.vec3(dir_2)                                                          <L 10>
    wp::adj_normalize(var_9, var_10, adj_9, adj_10);
    wp::adj_sub(var_8, var_3, adj_8, adj_3, adj_9);
    wp::adj_mul(var_7, var_3, adj_7, adj_3, adj_8);
    wp::adj_outer(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_vec_t(var_5, adj_5, adj_6);
    // adj: dir_2 = wp.normalize((wp.outer(x, wp.vec3(3.0)) * x) - x)                         <L 9>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 8>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def boids_update(grid: wp.uint64, points: wp.array(dtype=wp.vec3), h: float, out: wp.array(dtype=wp.vec3)):  <L 5>
    return;
}



struct boids_update_32772179_cpu_block_payload_forward
{
    wp_args_boids_update_32772179* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void boids_update_32772179_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    boids_update_32772179_cpu_block_payload_forward* payload = (boids_update_32772179_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    boids_update_32772179_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void boids_update_32772179_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_boids_update_32772179 *_wp_args)
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
        boids_update_32772179_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &boids_update_32772179_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct boids_update_32772179_cpu_block_payload_backward
{
    wp_args_boids_update_32772179* args;
    wp_args_boids_update_32772179* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void boids_update_32772179_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    boids_update_32772179_cpu_block_payload_backward* payload = (boids_update_32772179_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    boids_update_32772179_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void boids_update_32772179_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_boids_update_32772179 *_wp_args,
    wp_args_boids_update_32772179 *_wp_adj_args)
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
        boids_update_32772179_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &boids_update_32772179_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

