// Warp 1.19.0 cpu code for count_neighbors_6b1fda8b.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_neighbors_b01faa6a {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::int32> counts;
    wp::float32 particle_radius;
};


template <bool wp_linear_contiguous>
static void count_neighbors_b01faa6a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_neighbors_b01faa6a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::hash_grid_query_f var_7;
    wp::int32 var_8;
    bool var_9;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    //---------
    // forward
    // def count_neighbors(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 12>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 13>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // count = int(0)                                                                         <L 14>
    var_6 = wp::int(var_5);
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 15>
    var_7 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
        // if j != i and wp.length(x - positions[j]) <= particle_radius:                      <L 16>
        var_10 = (var_8 != var_1);
        var_9 = var_10;
        if (var_9) {
            var_11 = wp::address(var_positions, var_8);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_3, var_13);
            var_14 = wp::length(var_12);
            var_15 = (var_14 <= var_particle_radius);
            var_9 = var_9 && var_15;
        }
        if (var_9) {
            // count += 1                                                                     <L 17>
            var_17 = wp::add(var_6, var_16);
        }
        var_18 = wp::where(var_9, var_17, var_6);
        wp::assign(var_6, var_18);
        goto start_for_0;
    end_for_0:;
    // counts[i] = count                                                                      <L 18>
    wp::array_store(var_counts, var_1, var_6);
}



template <bool wp_linear_contiguous>
static void count_neighbors_b01faa6a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_neighbors_b01faa6a *_wp_args,
    wp_args_count_neighbors_b01faa6a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_particle_radius = _wp_args->particle_radius;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::float32 adj_particle_radius = _wp_adj_args->particle_radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    wp::hash_grid_query_f var_7;
    wp::int32 var_8;
    bool var_9;
    bool var_10;
    wp::vec_t<3, wp::float32>* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::float32 var_14;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::hash_grid_query_f adj_7 = {};
    wp::int32 adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def count_neighbors(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 12>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = positions[i]                                                                       <L 13>
    var_2 = wp::address(var_positions, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // count = int(0)                                                                         <L 14>
    var_6 = wp::int(var_5);
    // for j in wp.hash_grid_query(grid, x, particle_radius):                                 <L 15>
    var_7 = wp::hash_grid_query(var_grid, var_3, var_particle_radius);
    // counts[i] = count                                                                      <L 18>
    // wp::array_store(var_counts, var_1, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_1, var_6, adj_counts, adj_1, adj_6);
    // adj: counts[i] = count                                                                 <L 18>
    var_7 = wp::iter_reverse(var_7);
    start_for_0:;
        if (iter_cmp(var_7) == 0) goto end_for_0;
        var_8 = wp::iter_next(var_7);
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
        // if j != i and wp.length(x - positions[j]) <= particle_radius:                      <L 16>
        var_10 = (var_8 != var_1);
        var_9 = var_10;
        if (var_9) {
            var_11 = wp::address(var_positions, var_8);
            var_13 = wp::load(var_11);
            var_12 = wp::sub(var_3, var_13);
            var_14 = wp::length(var_12);
            var_15 = (var_14 <= var_particle_radius);
            var_9 = var_9 && var_15;
        }
        if (var_9) {
            // count += 1                                                                     <L 17>
            var_17 = wp::add(var_6, var_16);
        }
        var_18 = wp::where(var_9, var_17, var_6);
        wp::assign(var_6, var_18);
        wp::adj_assign(var_6, var_18, adj_6, adj_18);
        wp::adj_where(var_9, var_17, var_6, adj_9, adj_17, adj_6, adj_18);
        if (var_9) {
            wp::adj_add(var_6, var_16, adj_6, adj_16, adj_17);
            // adj: count += 1                                                                <L 17>
        }
        if (var_9) {
            wp::adj_length(var_12, var_14, adj_12, adj_14);
            wp::adj_sub(var_3, var_13, adj_3, adj_11, adj_12);
            wp::adj_address(var_positions, var_8, adj_positions, adj_8, adj_11);
        }
        // adj: if j != i and wp.length(x - positions[j]) <= particle_radius:                 <L 16>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, particle_radius):                            <L 15>
    // adj: count = int(0)                                                                    <L 14>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_positions, var_1, adj_positions, adj_1, adj_2);
    // adj: x = positions[i]                                                                  <L 13>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def count_neighbors(                                                              <L 5>
    return;
}



struct count_neighbors_b01faa6a_cpu_block_payload_forward
{
    wp_args_count_neighbors_b01faa6a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_neighbors_b01faa6a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_neighbors_b01faa6a_cpu_block_payload_forward* payload = (count_neighbors_b01faa6a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_neighbors_b01faa6a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_neighbors_b01faa6a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_neighbors_b01faa6a *_wp_args)
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
        count_neighbors_b01faa6a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_neighbors_b01faa6a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_neighbors_b01faa6a_cpu_block_payload_backward
{
    wp_args_count_neighbors_b01faa6a* args;
    wp_args_count_neighbors_b01faa6a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_neighbors_b01faa6a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_neighbors_b01faa6a_cpu_block_payload_backward* payload = (count_neighbors_b01faa6a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_neighbors_b01faa6a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_neighbors_b01faa6a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_neighbors_b01faa6a *_wp_args,
    wp_args_count_neighbors_b01faa6a *_wp_adj_args)
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
        count_neighbors_b01faa6a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_neighbors_b01faa6a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

