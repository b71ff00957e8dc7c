// Warp 1.19.0 cpu code for accumulate_overlaps_b4cbed2a.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_overlaps_625b3edf {
    wp::uint64 scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> radii;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
};


template <bool wp_linear_contiguous>
static void accumulate_overlaps_625b3edf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_overlaps_625b3edf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32* var_2;
    wp::bvh_query_t var_3;
    const wp::int32 var_4 = -1;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    const wp::float32 var_11 = INFINITY;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // forward
    // def accumulate_overlaps(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])                     <L 13>
    var_1 = wp::address(var_positions, var_0);
    var_2 = wp::address(var_radii, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::bvh_query_sphere(var_scene_bvh, var_5, var_6, var_4);
    // total = wp.vec3()                                                                      <L 14>
    var_7 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 15>
    var_9 = wp::int(var_8);
    // while wp.bvh_query_next(query, index):                                                 <L 16>
    start_while_0:;
    var_10 = wp::bvh_query_sphere_next(var_3, var_9, var_11);
    if ((var_10) == false) goto end_while_0;
        // if index != tid:                                                                   <L 17>
        var_12 = (var_9 != var_0);
        if (var_12) {
            // f = forces[index]                                                              <L 18>
            var_13 = wp::address(var_forces, var_9);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // total += f                                                                     <L 19>
            var_16 = wp::add(var_7, var_14);
        }
        var_17 = wp::where(var_12, var_16, var_7);
        wp::assign(var_7, var_17);
    goto start_while_0;
    end_while_0:;
    // particle_f[tid] = total                                                                <L 20>
    wp::array_store(var_particle_f, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void accumulate_overlaps_625b3edf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_overlaps_625b3edf *_wp_args,
    wp_args_accumulate_overlaps_625b3edf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_scene_bvh = _wp_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_radii = _wp_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::uint64 adj_scene_bvh = _wp_adj_args->scene_bvh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_radii = _wp_adj_args->radii;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::float32* var_2;
    wp::bvh_query_t var_3;
    const wp::int32 var_4 = -1;
    wp::vec_t<3, wp::float32> var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    const wp::int32 var_8 = 0;
    wp::int32 var_9;
    bool var_10;
    const wp::float32 var_11 = INFINITY;
    bool var_12;
    wp::vec_t<3, wp::float32>* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::bvh_query_t adj_3 = {};
    wp::int32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    bool adj_10 = {};
    wp::float32 adj_11 = {};
    bool adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    //---------
    // forward
    // def accumulate_overlaps(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])                     <L 13>
    var_1 = wp::address(var_positions, var_0);
    var_2 = wp::address(var_radii, var_0);
    var_5 = wp::load(var_1);
    var_6 = wp::load(var_2);
    var_3 = wp::bvh_query_sphere(var_scene_bvh, var_5, var_6, var_4);
    // total = wp.vec3()                                                                      <L 14>
    var_7 = wp::vec_t<3, wp::float32>();
    // index = int(0)                                                                         <L 15>
    var_9 = wp::int(var_8);
    // while wp.bvh_query_next(query, index):                                                 <L 16>
    // particle_f[tid] = total                                                                <L 20>
    // wp::array_store(var_particle_f, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_particle_f, var_0, var_7, adj_particle_f, adj_0, adj_7);
    // adj: particle_f[tid] = total                                                           <L 20>
    start_while_0:;
    var_10 = wp::bvh_query_sphere_next(var_3, var_9, var_11);
    if ((var_10) == false) goto end_while_0;
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
        // if index != tid:                                                                   <L 17>
        var_12 = (var_9 != var_0);
        if (var_12) {
            // f = forces[index]                                                              <L 18>
            var_13 = wp::address(var_forces, var_9);
            var_15 = wp::load(var_13);
            var_14 = wp::copy(var_15);
            // total += f                                                                     <L 19>
            var_16 = wp::add(var_7, var_14);
        }
        var_17 = wp::where(var_12, var_16, var_7);
        wp::assign(var_7, var_17);
        wp::adj_assign(var_7, var_17, adj_7, adj_17);
        wp::adj_where(var_12, var_16, var_7, adj_12, adj_16, adj_7, adj_17);
        if (var_12) {
            wp::adj_add(var_7, var_14, adj_7, adj_14, adj_16);
            // adj: total += f                                                                <L 19>
            wp::adj_copy(var_15, adj_13, adj_14);
            wp::adj_address(var_forces, var_9, adj_forces, adj_9, adj_13);
            // adj: f = forces[index]                                                         <L 18>
        }
        // adj: if index != tid:                                                              <L 17>
    goto start_while_0;
    end_while_0:;
    // adj: while wp.bvh_query_next(query, index):                                            <L 16>
    // adj: index = int(0)                                                                    <L 15>
    // adj: total = wp.vec3()                                                                 <L 14>
    wp::adj_address(var_radii, var_0, adj_radii, adj_0, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: query = wp.bvh_query_sphere(scene_bvh, positions[tid], radii[tid])                <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def accumulate_overlaps(                                                          <L 5>
    return;
}



struct accumulate_overlaps_625b3edf_cpu_block_payload_forward
{
    wp_args_accumulate_overlaps_625b3edf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_overlaps_625b3edf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_overlaps_625b3edf_cpu_block_payload_forward* payload = (accumulate_overlaps_625b3edf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_overlaps_625b3edf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_overlaps_625b3edf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_625b3edf *_wp_args)
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
        accumulate_overlaps_625b3edf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_overlaps_625b3edf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_overlaps_625b3edf_cpu_block_payload_backward
{
    wp_args_accumulate_overlaps_625b3edf* args;
    wp_args_accumulate_overlaps_625b3edf* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_overlaps_625b3edf_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_overlaps_625b3edf_cpu_block_payload_backward* payload = (accumulate_overlaps_625b3edf_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_overlaps_625b3edf_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_overlaps_625b3edf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_overlaps_625b3edf *_wp_args,
    wp_args_accumulate_overlaps_625b3edf *_wp_adj_args)
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
        accumulate_overlaps_625b3edf_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_overlaps_625b3edf_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

