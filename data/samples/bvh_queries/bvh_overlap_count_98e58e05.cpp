// Warp 1.19.0 cpu code for bvh_overlap_count_98e58e05.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_bvh_overlap_count_ca5fb794 {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::int32> counts;
    wp::float32 smoothing_length;
};


template <bool wp_linear_contiguous>
static void bvh_overlap_count_ca5fb794_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_overlap_count_ca5fb794 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
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
    // def bvh_overlap_count(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // extent = wp.vec3(smoothing_length)                                                     <L 12>
    var_1 = wp::vec_t<3, wp::float32>(var_smoothing_length);
    // query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)       <L 13>
    var_2 = wp::address(var_particle_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_1);
    var_5 = wp::address(var_particle_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    var_8 = wp::bvh_query_aabb(var_bvh_id, var_3, var_6, var_9);
    // bounds_nr = int(0)                                                                     <L 14>
    var_11 = wp::int(var_10);
    // num_overlaps = int(0)                                                                  <L 15>
    var_13 = wp::int(var_12);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 16>
    start_while_0:;
    var_14 = wp::bvh_query_next(var_8, var_11, var_15);
    if ((var_14) == false) goto end_while_0;
        // if bounds_nr != tid:                                                               <L 18>
        var_16 = (var_11 != var_0);
        if (var_16) {
            // num_overlaps += 1                                                              <L 19>
            var_18 = wp::add(var_13, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_13);
        wp::assign(var_13, var_19);
    goto start_while_0;
    end_while_0:;
    // counts[tid] = num_overlaps                                                             <L 20>
    wp::array_store(var_counts, var_0, var_13);
}



template <bool wp_linear_contiguous>
static void bvh_overlap_count_ca5fb794_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bvh_overlap_count_ca5fb794 *_wp_args,
    wp_args_bvh_overlap_count_ca5fb794 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::int32> var_counts = _wp_args->counts;
    wp::float32 var_smoothing_length = _wp_args->smoothing_length;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::int32> adj_counts = _wp_adj_args->counts;
    wp::float32 adj_smoothing_length = _wp_adj_args->smoothing_length;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
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
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
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
    // def bvh_overlap_count(                                                                 <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // extent = wp.vec3(smoothing_length)                                                     <L 12>
    var_1 = wp::vec_t<3, wp::float32>(var_smoothing_length);
    // query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)       <L 13>
    var_2 = wp::address(var_particle_x, var_0);
    var_4 = wp::load(var_2);
    var_3 = wp::sub(var_4, var_1);
    var_5 = wp::address(var_particle_x, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::add(var_7, var_1);
    var_8 = wp::bvh_query_aabb(var_bvh_id, var_3, var_6, var_9);
    // bounds_nr = int(0)                                                                     <L 14>
    var_11 = wp::int(var_10);
    // num_overlaps = int(0)                                                                  <L 15>
    var_13 = wp::int(var_12);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 16>
    // counts[tid] = num_overlaps                                                             <L 20>
    // wp::array_store(var_counts, var_0, var_13);
    //---------
    // reverse
    wp::adj_array_store(var_counts, var_0, var_13, adj_counts, adj_0, adj_13);
    // adj: counts[tid] = num_overlaps                                                        <L 20>
    start_while_0:;
    var_14 = wp::bvh_query_next(var_8, var_11, var_15);
    if ((var_14) == false) goto end_while_0;
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
        // if bounds_nr != tid:                                                               <L 18>
        var_16 = (var_11 != var_0);
        if (var_16) {
            // num_overlaps += 1                                                              <L 19>
            var_18 = wp::add(var_13, var_17);
        }
        var_19 = wp::where(var_16, var_18, var_13);
        wp::assign(var_13, var_19);
        wp::adj_assign(var_13, var_19, adj_13, adj_19);
        wp::adj_where(var_16, var_18, var_13, adj_16, adj_18, adj_13, adj_19);
        if (var_16) {
            wp::adj_add(var_13, var_17, adj_13, adj_17, adj_18);
            // adj: num_overlaps += 1                                                         <L 19>
        }
        // adj: if bounds_nr != tid:                                                          <L 18>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 16>
    // adj: num_overlaps = int(0)                                                             <L 15>
    // adj: bounds_nr = int(0)                                                                <L 14>
    wp::adj_add(var_7, var_1, adj_5, adj_1, adj_6);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_5);
    wp::adj_sub(var_4, var_1, adj_2, adj_1, adj_3);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_2);
    // adj: query = wp.bvh_query_aabb(bvh_id, particle_x[tid] - extent, particle_x[tid] + extent)  <L 13>
    wp::adj_vec_t(var_smoothing_length, adj_smoothing_length, adj_1);
    // adj: extent = wp.vec3(smoothing_length)                                                <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def bvh_overlap_count(                                                            <L 5>
    return;
}



struct bvh_overlap_count_ca5fb794_cpu_block_payload_forward
{
    wp_args_bvh_overlap_count_ca5fb794* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bvh_overlap_count_ca5fb794_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bvh_overlap_count_ca5fb794_cpu_block_payload_forward* payload = (bvh_overlap_count_ca5fb794_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bvh_overlap_count_ca5fb794_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bvh_overlap_count_ca5fb794_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_ca5fb794 *_wp_args)
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
        bvh_overlap_count_ca5fb794_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bvh_overlap_count_ca5fb794_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bvh_overlap_count_ca5fb794_cpu_block_payload_backward
{
    wp_args_bvh_overlap_count_ca5fb794* args;
    wp_args_bvh_overlap_count_ca5fb794* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bvh_overlap_count_ca5fb794_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bvh_overlap_count_ca5fb794_cpu_block_payload_backward* payload = (bvh_overlap_count_ca5fb794_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bvh_overlap_count_ca5fb794_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bvh_overlap_count_ca5fb794_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bvh_overlap_count_ca5fb794 *_wp_args,
    wp_args_bvh_overlap_count_ca5fb794 *_wp_adj_args)
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
        bvh_overlap_count_ca5fb794_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bvh_overlap_count_ca5fb794_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

