// Warp 1.19.0 cpu code for query_boxes_1fc2f1b7.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_query_boxes_a3f5a50c {
    wp::uint64 bvh;
    wp::array_t<wp::int32> active;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::int32> counts;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void query_boxes_a3f5a50c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_query_boxes_a3f5a50c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::bvh_query_t var_8;
    const wp::int32 var_9 = -1;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    bool var_14;
    const wp::float32 var_15 = INFINITY;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    //---------
    // forward
    // def query_boxes(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 13>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 14>
        return;
    }
    // pos = positions[tid]                                                                   <L 15>
    var_5 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // query = wp.bvh_query_sphere(bvh, pos, radius)                                          <L 16>
    var_8 = wp::bvh_query_sphere(var_bvh, var_6, var_radius, var_9);
    // bounds_nr = int(0)                                                                     <L 17>
    var_11 = wp::int(var_10);
    // num_overlaps = int(0)                                                                  <L 18>
    var_13 = wp::int(var_12);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 19>
    start_while_1:;
    var_14 = wp::bvh_query_sphere_next(var_8, var_11, var_15);
    if ((var_14) == false) goto end_while_1;
        // if bounds_nr != tid:                                                               <L 21>
        var_16 = (var_11 != var_0);
        if (var_16) {
            // num_overlaps += 1                                                              <L 22>
            var_18 = wp::add(var_13, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_13);
        wp::assign(var_13, var_19);
    goto start_while_1;
    end_while_1:;
    // counts[tid] = num_overlaps                                                             <L 23>
    wp::array_store(var_counts, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void query_boxes_a3f5a50c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_query_boxes_a3f5a50c *_wp_args,
    wp_args_query_boxes_a3f5a50c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh = _wp_args->bvh;
    wp::array_t<wp::int32> var_active = _wp_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_radius = _wp_args->radius;
    wp::uint64 adj_bvh = _wp_adj_args->bvh;
    wp::array_t<wp::int32> adj_active = _wp_adj_args->active;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    const wp::int32 var_2 = 0;
    bool var_3;
    wp::int32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::bvh_query_t var_8;
    const wp::int32 var_9 = -1;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    bool var_14;
    const wp::float32 var_15 = INFINITY;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    bool adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::bvh_query_t adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    bool adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def query_boxes(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // if active[tid] == 0:                                                                   <L 13>
    var_1 = wp::address(var_active, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 14>
        goto label0;
    }
    // pos = positions[tid]                                                                   <L 15>
    var_5 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // query = wp.bvh_query_sphere(bvh, pos, radius)                                          <L 16>
    var_8 = wp::bvh_query_sphere(var_bvh, var_6, var_radius, var_9);
    // bounds_nr = int(0)                                                                     <L 17>
    var_11 = wp::int(var_10);
    // num_overlaps = int(0)                                                                  <L 18>
    var_13 = wp::int(var_12);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 19>
    // counts[tid] = num_overlaps                                                             <L 23>
    // wp::array_store(var_counts, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_13, adj_counts, adj_0, adj_13);
    // adj: counts[tid] = num_overlaps                                                        <L 23>
    start_while_1:;
    var_14 = wp::bvh_query_sphere_next(var_8, var_11, var_15);
    if ((var_14) == false) goto end_while_1;
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
        // if bounds_nr != tid:                                                               <L 21>
        var_16 = (var_11 != var_0);
        if (var_16) {
            // num_overlaps += 1                                                              <L 22>
            var_18 = wp::add(var_13, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_13);
        wp::assign(var_13, var_19);
        wp::adj_assign(var_13, var_19, adj_13, adj_19);
        wp::adj_where(var_16, var_18, var_13, adj_16, adj_18, adj_13, adj_19);
        if (var_16) {
            wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
            // adj: num_overlaps += 1                                                         <L 22>
        }
        // adj: if bounds_nr != tid:                                                          <L 21>
    goto start_while_1;
    end_while_1:;
    // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 19>
    // adj: num_overlaps = int(0)                                                             <L 18>
    // adj: bounds_nr = int(0)                                                                <L 17>
    // adj: query = wp.bvh_query_sphere(bvh, pos, radius)                                     <L 16>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
    // adj: pos = positions[tid]                                                              <L 15>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 14>
    }
    wp::adj_address(var_active, var_0, adj_active, adj_0, adj_1);
    // adj: if active[tid] == 0:                                                              <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def query_boxes(                                                                  <L 5>
    return;
}



struct query_boxes_a3f5a50c_cpu_block_payload_forward
{
    wp_args_query_boxes_a3f5a50c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void query_boxes_a3f5a50c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    query_boxes_a3f5a50c_cpu_block_payload_forward* payload = (query_boxes_a3f5a50c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    query_boxes_a3f5a50c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void query_boxes_a3f5a50c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_query_boxes_a3f5a50c *_wp_args)
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
        query_boxes_a3f5a50c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &query_boxes_a3f5a50c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct query_boxes_a3f5a50c_cpu_block_payload_backward
{
    wp_args_query_boxes_a3f5a50c* args;
    wp_args_query_boxes_a3f5a50c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void query_boxes_a3f5a50c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    query_boxes_a3f5a50c_cpu_block_payload_backward* payload = (query_boxes_a3f5a50c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    query_boxes_a3f5a50c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void query_boxes_a3f5a50c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_query_boxes_a3f5a50c *_wp_args,
    wp_args_query_boxes_a3f5a50c *_wp_adj_args)
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
        query_boxes_a3f5a50c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &query_boxes_a3f5a50c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

