// Warp 1.19.0 cpu code for count_close_points_ff7275db.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_close_points_d99fdfbe {
    wp::uint64 grid;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::int32> counts;
};


template <bool wp_linear_contiguous>
static void count_close_points_d99fdfbe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_close_points_d99fdfbe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::hash_grid_query_f var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    //---------
    // forward
    // def count_close_points(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 14>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = radii[i]                                                                           <L 15>
    var_5 = wp::address(var_radii, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // count = int(0)                                                                         <L 16>
    var_9 = wp::int(var_8);
    // for j in wp.hash_grid_query(grid, x, r):                                               <L 17>
    var_10 = wp::hash_grid_query(var_grid, var_3, var_6);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
        // if wp.length(x - points[j]) <= r:                                                  <L 18>
        var_12 = wp::address(var_points, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_3, var_14);
        var_15 = wp::length(var_13);
        var_16 = (var_15 <= var_6);
        if (var_16) {
            // count += 1                                                                     <L 19>
            var_18 = wp::add(var_9, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_9);
        wp::assign(var_9, var_19);
        goto start_for_0;
    end_for_0:;
    // counts[i] = count - 1                                                                  <L 21>
    var_21 = wp::sub(var_9, var_20);
    wp::array_store(var_counts, var_1, var_21);
}



template <bool wp_linear_contiguous>
static void count_close_points_d99fdfbe_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_close_points_d99fdfbe *_wp_args,
    wp_args_count_close_points_d99fdfbe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_grid = _wp_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::uint64 adj_grid = _wp_adj_args->grid;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::float32* var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    wp::hash_grid_query_f var_10;
    wp::int32 var_11;
    wp::vec_t<3, wp::float32>* var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::float32 var_15;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
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
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::hash_grid_query_f adj_10 = {};
    wp::int32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def count_close_points(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // i = wp.hash_grid_point_id(grid, tid)                                                   <L 13>
    var_1 = wp::hash_grid_point_id(var_grid, var_0);
    // x = points[i]                                                                          <L 14>
    var_2 = wp::address(var_points, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // r = radii[i]                                                                           <L 15>
    var_5 = wp::address(var_radii, var_1);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // count = int(0)                                                                         <L 16>
    var_9 = wp::int(var_8);
    // for j in wp.hash_grid_query(grid, x, r):                                               <L 17>
    var_10 = wp::hash_grid_query(var_grid, var_3, var_6);
    // counts[i] = count - 1                                                                  <L 21>
    var_21 = wp::sub(var_9, var_20);
    // wp::array_store(var_counts, var_1, var_21);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_1, var_21, adj_counts, adj_1, adj_21);
    wp::adj_sub(var_9, var_20, adj_9, adj_20, adj_21);
    // adj: counts[i] = count - 1                                                             <L 21>
    var_10 = wp::iter_reverse(var_10);
    start_for_0:;
        if (iter_cmp(var_10) == 0) goto end_for_0;
        var_11 = wp::iter_next(var_10);
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
        // if wp.length(x - points[j]) <= r:                                                  <L 18>
        var_12 = wp::address(var_points, var_11);
        var_14 = wp::load(var_12);
        var_13 = wp::sub(var_3, var_14);
        var_15 = wp::length(var_13);
        var_16 = (var_15 <= var_6);
        if (var_16) {
            // count += 1                                                                     <L 19>
            var_18 = wp::add(var_9, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_9);
        wp::assign(var_9, var_19);
        wp::adj_assign(var_9, var_19, adj_9, adj_19);
        wp::adj_where(var_16, var_18, var_9, adj_16, adj_18, adj_9, adj_19);
        if (var_16) {
            wp::adj_add(var_9, var_17, adj_9, adj_17, adj_18);
            // adj: count += 1                                                                <L 19>
        }
        wp::adj_length(var_13, var_15, adj_13, adj_15);
        wp::adj_sub(var_3, var_14, adj_3, adj_12, adj_13);
        wp::adj_address(var_points, var_11, adj_points, adj_11, adj_12);
        // adj: if wp.length(x - points[j]) <= r:                                             <L 18>
    	goto start_for_0;
    end_for_0:;
    // adj: for j in wp.hash_grid_query(grid, x, r):                                          <L 17>
    // adj: count = int(0)                                                                    <L 16>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_radii, var_1, adj_radii, adj_1, adj_5);
    // adj: r = radii[i]                                                                      <L 15>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_points, var_1, adj_points, adj_1, adj_2);
    // adj: x = points[i]                                                                     <L 14>
    // adj: i = wp.hash_grid_point_id(grid, tid)                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def count_close_points(                                                           <L 5>
    return;
}



struct count_close_points_d99fdfbe_cpu_block_payload_forward
{
    wp_args_count_close_points_d99fdfbe* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_close_points_d99fdfbe_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_close_points_d99fdfbe_cpu_block_payload_forward* payload = (count_close_points_d99fdfbe_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_close_points_d99fdfbe_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_close_points_d99fdfbe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_d99fdfbe *_wp_args)
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
        count_close_points_d99fdfbe_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_close_points_d99fdfbe_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_close_points_d99fdfbe_cpu_block_payload_backward
{
    wp_args_count_close_points_d99fdfbe* args;
    wp_args_count_close_points_d99fdfbe* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_close_points_d99fdfbe_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_close_points_d99fdfbe_cpu_block_payload_backward* payload = (count_close_points_d99fdfbe_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_close_points_d99fdfbe_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_close_points_d99fdfbe_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_close_points_d99fdfbe *_wp_args,
    wp_args_count_close_points_d99fdfbe *_wp_adj_args)
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
        count_close_points_d99fdfbe_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_close_points_d99fdfbe_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

