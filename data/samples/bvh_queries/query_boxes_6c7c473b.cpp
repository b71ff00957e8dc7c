// Warp 1.19.0 cpu code for query_boxes_6c7c473b.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_query_boxes_7397d935 {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::int32> num_hits;
};


template <bool wp_linear_contiguous>
static void query_boxes_7397d935_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_query_boxes_7397d935 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_num_hits = _wp_args->num_hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::bvh_query_t var_9;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    bool var_15;
    const wp::float32 var_16 = INFINITY;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    //---------
    // forward
    // def query_boxes(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 12>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // extent = wp.vec3(particle_radius[tid])                                                 <L 13>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::vec_t<3, wp::float32>(var_6);
    // query = wp.bvh_query_aabb(bvh_id, x - extent, x + extent)                              <L 14>
    var_7 = wp::sub(var_2, var_5);
    var_8 = wp::add(var_2, var_5);
    var_9 = wp::bvh_query_aabb(var_bvh_id, var_7, var_8, var_10);
    // bounds_nr = int(0)                                                                     <L 15>
    var_12 = wp::int(var_11);
    // num_overlaps = int(0)                                                                  <L 16>
    var_14 = wp::int(var_13);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 17>
    start_while_0:;
    var_15 = wp::bvh_query_next(var_9, var_12, var_16);
    if ((var_15) == false) goto end_while_0;
        // if bounds_nr != tid:                                                               <L 19>
        var_17 = (var_12 != var_0);
        if (var_17) {
            // num_overlaps += 1                                                              <L 20>
            var_19 = wp::add(var_14, var_18);
        }
        var_20 = wp::where(var_17, var_19, var_14);
        wp::assign(var_14, var_20);
    goto start_while_0;
    end_while_0:;
    // num_hits[tid] = num_overlaps                                                           <L 21>
    wp::array_store(var_num_hits, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void query_boxes_7397d935_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_query_boxes_7397d935 *_wp_args,
    wp_args_query_boxes_7397d935 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_num_hits = _wp_args->num_hits;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_num_hits = _wp_adj_args->num_hits;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::bvh_query_t var_9;
    const wp::int32 var_10 = -1;
    const wp::int32 var_11 = 0;
    wp::int32 var_12;
    const wp::int32 var_13 = 0;
    wp::int32 var_14;
    bool var_15;
    const wp::float32 var_16 = INFINITY;
    bool var_17;
    const wp::int32 var_18 = 1;
    wp::int32 var_19;
    wp::int32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::bvh_query_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    //---------
    // forward
    // def query_boxes(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // x = positions[tid]                                                                     <L 12>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // extent = wp.vec3(particle_radius[tid])                                                 <L 13>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::vec_t<3, wp::float32>(var_6);
    // query = wp.bvh_query_aabb(bvh_id, x - extent, x + extent)                              <L 14>
    var_7 = wp::sub(var_2, var_5);
    var_8 = wp::add(var_2, var_5);
    var_9 = wp::bvh_query_aabb(var_bvh_id, var_7, var_8, var_10);
    // bounds_nr = int(0)                                                                     <L 15>
    var_12 = wp::int(var_11);
    // num_overlaps = int(0)                                                                  <L 16>
    var_14 = wp::int(var_13);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 17>
    // num_hits[tid] = num_overlaps                                                           <L 21>
    // wp::array_store(var_num_hits, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_num_hits, var_0, var_14, adj_num_hits, adj_0, adj_14);
    // adj: num_hits[tid] = num_overlaps                                                      <L 21>
    start_while_0:;
    var_15 = wp::bvh_query_next(var_9, var_12, var_16);
    if ((var_15) == false) goto end_while_0;
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
        // if bounds_nr != tid:                                                               <L 19>
        var_17 = (var_12 != var_0);
        if (var_17) {
            // num_overlaps += 1                                                              <L 20>
            var_19 = wp::add(var_14, var_18);
        }
        var_20 = wp::where(var_17, var_19, var_14);
        wp::assign(var_14, var_20);
        wp::adj_assign(var_14, var_20, adj_14, adj_20);
        wp::adj_where(var_17, var_19, var_14, adj_17, adj_19, adj_14, adj_20);
        if (var_17) {
            wp::adj_add(var_14, var_18, adj_14, adj_18, adj_19);
            // adj: num_overlaps += 1                                                         <L 20>
        }
        // adj: if bounds_nr != tid:                                                          <L 19>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 17>
    // adj: num_overlaps = int(0)                                                             <L 16>
    // adj: bounds_nr = int(0)                                                                <L 15>
    wp::adj_add(var_2, var_5, adj_2, adj_5, adj_8);
    wp::adj_sub(var_2, var_5, adj_2, adj_5, adj_7);
    // adj: query = wp.bvh_query_aabb(bvh_id, x - extent, x + extent)                         <L 14>
    wp::adj_vec_t(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_4);
    // adj: extent = wp.vec3(particle_radius[tid])                                            <L 13>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: x = positions[tid]                                                                <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def query_boxes(                                                                  <L 5>
    return;
}



struct query_boxes_7397d935_cpu_block_payload_forward
{
    wp_args_query_boxes_7397d935* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void query_boxes_7397d935_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    query_boxes_7397d935_cpu_block_payload_forward* payload = (query_boxes_7397d935_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    query_boxes_7397d935_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void query_boxes_7397d935_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_query_boxes_7397d935 *_wp_args)
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
        query_boxes_7397d935_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &query_boxes_7397d935_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct query_boxes_7397d935_cpu_block_payload_backward
{
    wp_args_query_boxes_7397d935* args;
    wp_args_query_boxes_7397d935* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void query_boxes_7397d935_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    query_boxes_7397d935_cpu_block_payload_backward* payload = (query_boxes_7397d935_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    query_boxes_7397d935_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void query_boxes_7397d935_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_query_boxes_7397d935 *_wp_args,
    wp_args_query_boxes_7397d935 *_wp_adj_args)
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
        query_boxes_7397d935_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &query_boxes_7397d935_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

