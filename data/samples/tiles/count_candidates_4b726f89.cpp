// Warp 1.19.0 cpu code for count_candidates_4b726f89.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_candidates_a7abb72f {
    wp::uint64 bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::int32> hit_counts;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void count_candidates_a7abb72f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_candidates_a7abb72f *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_hit_counts = _wp_args->hit_counts;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::bvh_query_thread_block_t var_7;
    bool var_8;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // forward
    // def count_candidates(                                                                  <L 8>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // x = positions[i]                                                                       <L 15>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // extent = wp.vec3(radius)                                                               <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_radius);
    // query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)                         <L 17>
    var_5 = wp::sub(var_2, var_4);
    var_6 = wp::add(var_2, var_4);
    var_7 = wp::tile_bvh_query_aabb(var_bvh_id, var_5, var_6);
    // while wp.tile_query_valid(query):                                                      <L 18>
    start_while_0:;
    var_8 = wp::tile_query_valid(var_7);
    if ((var_8) == false) goto end_while_0;
        // bound = wp.untile(wp.tile_bvh_query_next(query))                                   <L 20>
        var_9 = wp::tile_bvh_query_next(var_7);
        var_10 = wp::untile(var_9);
        // if bound >= 0:                                                                     <L 21>
        var_12 = (var_10 >= var_11);
        if (var_12) {
            // wp.atomic_add(hit_counts, i, 1)                                                <L 22>
            var_14 = wp::atomic_add(var_hit_counts, var_0, var_13);
        }
    goto start_while_0;
    end_while_0:;
}



template <bool wp_linear_contiguous>
static void count_candidates_a7abb72f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_candidates_a7abb72f *_wp_args,
    wp_args_count_candidates_a7abb72f *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_bvh_id = _wp_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::int32> var_hit_counts = _wp_args->hit_counts;
    wp::float32 var_radius = _wp_args->radius;
    wp::uint64 adj_bvh_id = _wp_adj_args->bvh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::int32> adj_hit_counts = _wp_adj_args->hit_counts;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::bvh_query_thread_block_t var_7;
    bool var_8;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_9 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    bool var_12;
    const wp::int32 var_13 = 1;
    wp::int32 var_14;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::bvh_query_thread_block_t adj_7 = {};
    bool adj_8 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    //---------
    // forward
    // def count_candidates(                                                                  <L 8>
    // i = wp.tid()                                                                           <L 14>
    var_0 = builtin_tid1d();
    // x = positions[i]                                                                       <L 15>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // extent = wp.vec3(radius)                                                               <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_radius);
    // query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)                         <L 17>
    var_5 = wp::sub(var_2, var_4);
    var_6 = wp::add(var_2, var_4);
    var_7 = wp::tile_bvh_query_aabb(var_bvh_id, var_5, var_6);
    // while wp.tile_query_valid(query):                                                      <L 18>
    //---------
    // reverse
    start_while_0:;
    var_8 = wp::tile_query_valid(var_7);
    if ((var_8) == false) goto end_while_0;
    adj_9.grad_zero();
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
        // bound = wp.untile(wp.tile_bvh_query_next(query))                                   <L 20>
        var_9 = wp::tile_bvh_query_next(var_7);
        var_10 = wp::untile(var_9);
        // if bound >= 0:                                                                     <L 21>
        var_12 = (var_10 >= var_11);
        if (var_12) {
            // wp.atomic_add(hit_counts, i, 1)                                                <L 22>
            // var_14 = wp::atomic_add(var_hit_counts, var_0, var_13);
        }
        if (var_12) {
            wp::adj_atomic_add(var_hit_counts, var_0, var_13, adj_hit_counts, adj_0, adj_13, adj_14);
            // adj: wp.atomic_add(hit_counts, i, 1)                                           <L 22>
        }
        // adj: if bound >= 0:                                                                <L 21>
        wp::adj_untile(var_9, adj_9, adj_10);
        // adj: bound = wp.untile(wp.tile_bvh_query_next(query))                              <L 20>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.tile_query_valid(query):                                                 <L 18>
    wp::adj_add(var_2, var_4, adj_2, adj_4, adj_6);
    wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
    // adj: query = wp.tile_bvh_query_aabb(bvh_id, x - extent, x + extent)                    <L 17>
    wp::adj_vec_t(var_radius, adj_radius, adj_4);
    // adj: extent = wp.vec3(radius)                                                          <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: x = positions[i]                                                                  <L 15>
    // adj: i = wp.tid()                                                                      <L 14>
    // adj: def count_candidates(                                                             <L 8>
    return;
}



struct count_candidates_a7abb72f_cpu_block_payload_forward
{
    wp_args_count_candidates_a7abb72f* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_candidates_a7abb72f_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_candidates_a7abb72f_cpu_block_payload_forward* payload = (count_candidates_a7abb72f_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_candidates_a7abb72f_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_candidates_a7abb72f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_a7abb72f *_wp_args)
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
        count_candidates_a7abb72f_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_candidates_a7abb72f_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_candidates_a7abb72f_cpu_block_payload_backward
{
    wp_args_count_candidates_a7abb72f* args;
    wp_args_count_candidates_a7abb72f* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_candidates_a7abb72f_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_candidates_a7abb72f_cpu_block_payload_backward* payload = (count_candidates_a7abb72f_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_candidates_a7abb72f_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_candidates_a7abb72f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_candidates_a7abb72f *_wp_args,
    wp_args_count_candidates_a7abb72f *_wp_adj_args)
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
        count_candidates_a7abb72f_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_candidates_a7abb72f_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

