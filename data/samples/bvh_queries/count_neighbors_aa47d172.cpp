// Warp 1.19.0 cpu code for count_neighbors_aa47d172.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_neighbors_f71bcfd5 {
    wp::uint64 scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::int32> hit_counts;
};


template <bool wp_linear_contiguous>
static void count_neighbors_f71bcfd5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_neighbors_f71bcfd5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_hit_counts = _wp_args->hit_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::bvh_query_t var_10;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = INFINITY;
    bool var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    //---------
    // forward
    // def count_neighbors(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // extent = wp.vec3(particle_radius[tid])                                                 <L 12>
    var_1 = wp::address(var_particle_radius, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<3, wp::float32>(var_3);
    // query = wp.bvh_query_aabb(scene_bvh, positions[tid] - extent, positions[tid] + extent)       <L 13>
    var_4 = wp::address(var_positions, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::sub(var_6, var_2);
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_2);
    var_10 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_8, var_11);
    // bounds_nr = int(0)                                                                     <L 14>
    var_13 = wp::int(var_12);
    // num_overlaps = int(0)                                                                  <L 15>
    var_15 = wp::int(var_14);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 16>
    start_while_0:;
    var_16 = wp::bvh_query_next(var_10, var_13, var_17);
    if ((var_16) == false) goto end_while_0;
        // if bounds_nr != tid:                                                               <L 18>
        var_18 = (var_13 != var_0);
        if (var_18) {
            // num_overlaps += 1                                                              <L 19>
            var_20 = wp::add(var_15, var_19);
        }
        var_21 = wp::where(var_18, var_20, var_15);
        wp::assign(var_15, var_21);
    goto start_while_0;
    end_while_0:;
    // hit_counts[tid] = num_overlaps                                                         <L 20>
    wp::array_store(var_hit_counts, var_0, var_15);
}



template <bool wp_linear_contiguous>
static void count_neighbors_f71bcfd5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_neighbors_f71bcfd5 *_wp_args,
    wp_args_count_neighbors_f71bcfd5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::int32> var_hit_counts = _wp_args->hit_counts;
    wp::uint64 adj_scene_bvh = _wp_adj_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::int32> adj_hit_counts = _wp_adj_args->hit_counts;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::bvh_query_t var_10;
    const wp::int32 var_11 = -1;
    const wp::int32 var_12 = 0;
    wp::int32 var_13;
    const wp::int32 var_14 = 0;
    wp::int32 var_15;
    bool var_16;
    const wp::float32 var_17 = INFINITY;
    bool var_18;
    const wp::int32 var_19 = 1;
    wp::int32 var_20;
    wp::int32 var_21;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::bvh_query_t adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    //---------
    // forward
    // def count_neighbors(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 11>
    var_0 = builtin_tid1d();
    // extent = wp.vec3(particle_radius[tid])                                                 <L 12>
    var_1 = wp::address(var_particle_radius, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::vec_t<3, wp::float32>(var_3);
    // query = wp.bvh_query_aabb(scene_bvh, positions[tid] - extent, positions[tid] + extent)       <L 13>
    var_4 = wp::address(var_positions, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::sub(var_6, var_2);
    var_7 = wp::address(var_positions, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::add(var_9, var_2);
    var_10 = wp::bvh_query_aabb(var_scene_bvh, var_5, var_8, var_11);
    // bounds_nr = int(0)                                                                     <L 14>
    var_13 = wp::int(var_12);
    // num_overlaps = int(0)                                                                  <L 15>
    var_15 = wp::int(var_14);
    // while wp.bvh_query_next(query, bounds_nr):                                             <L 16>
    // hit_counts[tid] = num_overlaps                                                         <L 20>
    // wp::array_store(var_hit_counts, var_0, var_15);
    //---------
    // reverse
    wp::adj_array_store(var_hit_counts, var_0, var_15, adj_hit_counts, adj_0, adj_15);
    // adj: hit_counts[tid] = num_overlaps                                                    <L 20>
    start_while_0:;
    var_16 = wp::bvh_query_next(var_10, var_13, var_17);
    if ((var_16) == false) goto end_while_0;
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
        // if bounds_nr != tid:                                                               <L 18>
        var_18 = (var_13 != var_0);
        if (var_18) {
            // num_overlaps += 1                                                              <L 19>
            var_20 = wp::add(var_15, var_19);
        }
        var_21 = wp::where(var_18, var_20, var_15);
        wp::assign(var_15, var_21);
        wp::adj_assign(var_15, var_21, adj_15, adj_21);
        wp::adj_where(var_18, var_20, var_15, adj_18, adj_20, adj_15, adj_21);
        if (var_18) {
            wp::adj_add(var_15, var_19, adj_15, adj_19, adj_20);
            // adj: num_overlaps += 1                                                         <L 19>
        }
        // adj: if bounds_nr != tid:                                                          <L 18>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, bounds_nr):                                        <L 16>
    // adj: num_overlaps = int(0)                                                             <L 15>
    // adj: bounds_nr = int(0)                                                                <L 14>
    wp::adj_add(var_9, var_2, adj_7, adj_2, adj_8);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_7);
    wp::adj_sub(var_6, var_2, adj_4, adj_2, adj_5);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
    // adj: query = wp.bvh_query_aabb(scene_bvh, positions[tid] - extent, positions[tid] + extent)  <L 13>
    wp::adj_vec_t(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_1);
    // adj: extent = wp.vec3(particle_radius[tid])                                            <L 12>
    // adj: tid = wp.tid()                                                                    <L 11>
    // adj: def count_neighbors(                                                              <L 5>
    return;
}



struct count_neighbors_f71bcfd5_cpu_block_payload_forward
{
    wp_args_count_neighbors_f71bcfd5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_neighbors_f71bcfd5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_neighbors_f71bcfd5_cpu_block_payload_forward* payload = (count_neighbors_f71bcfd5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_neighbors_f71bcfd5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_neighbors_f71bcfd5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_neighbors_f71bcfd5 *_wp_args)
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
        count_neighbors_f71bcfd5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_neighbors_f71bcfd5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_neighbors_f71bcfd5_cpu_block_payload_backward
{
    wp_args_count_neighbors_f71bcfd5* args;
    wp_args_count_neighbors_f71bcfd5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_neighbors_f71bcfd5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_neighbors_f71bcfd5_cpu_block_payload_backward* payload = (count_neighbors_f71bcfd5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_neighbors_f71bcfd5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_neighbors_f71bcfd5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_neighbors_f71bcfd5 *_wp_args,
    wp_args_count_neighbors_f71bcfd5 *_wp_adj_args)
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
        count_neighbors_f71bcfd5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_neighbors_f71bcfd5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

