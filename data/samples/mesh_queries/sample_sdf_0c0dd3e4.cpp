// Warp 1.19.0 cpu code for sample_sdf_0c0dd3e4.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sample_sdf_99da8487 {
    wp::uint64 collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> signed_distances;
    wp::array_t<wp::vec_t<3, wp::float32>> surface_points;
    wp::float32 max_dist;
};


template <bool wp_linear_contiguous>
static void sample_sdf_99da8487_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_sdf_99da8487 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_signed_distances = _wp_args->signed_distances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_surface_points = _wp_args->surface_points;
    wp::float32 var_max_dist = _wp_args->max_dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::mesh_query_point_t var_6;
    const wp::float32 var_7 = 0.001;
    wp::vec_t<3, wp::float32> var_8;
    bool* var_9;
    bool var_10;
    wp::int32* var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    wp::vec_t<3, wp::float32> var_26;
    bool var_27;
    wp::float32 var_28;
    bool var_29;
    //---------
    // forward
    // def sample_sdf(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // closest = positions[tid]                                                               <L 13>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // sdf = max_dist                                                                         <L 14>
    var_4 = wp::copy(var_max_dist);
    // query = wp.mesh_query_point_sign_normal(collider_mesh, positions[tid], max_dist)       <L 15>
    var_5 = wp::address(var_positions, var_0);
    var_8 = wp::load(var_5);
    var_6 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_8, var_max_dist, var_7);
    // if query.result:                                                                       <L 16>
    var_9 = &((var_6).result);
    var_10 = wp::load(var_9);
    if (var_10) {
        // closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)       <L 17>
        var_11 = &((var_6).face);
        var_12 = &((var_6).u);
        var_13 = &((var_6).v);
        var_15 = wp::load(var_11);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_13);
        var_14 = wp::mesh_eval_position(var_collider_mesh, var_15, var_16, var_17);
        // sdf = wp.length(positions[tid] - closest) * query.sign                             <L 18>
        var_18 = wp::address(var_positions, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_14);
        var_21 = wp::length(var_19);
        var_22 = &((var_6).sign);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
    }
    var_25 = wp::load(var_9);
    var_27 = wp::load(var_9);
    var_26 = wp::where(var_27, var_14, var_2);
    var_29 = wp::load(var_9);
    var_28 = wp::where(var_29, var_23, var_4);
    // signed_distances[tid] = sdf                                                            <L 19>
    wp::array_store(var_signed_distances, var_0, var_28);
    // surface_points[tid] = closest                                                          <L 20>
    wp::array_store(var_surface_points, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void sample_sdf_99da8487_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_sdf_99da8487 *_wp_args,
    wp_args_sample_sdf_99da8487 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_collider_mesh = _wp_args->collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_signed_distances = _wp_args->signed_distances;
    wp::array_t<wp::vec_t<3, wp::float32>> var_surface_points = _wp_args->surface_points;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::uint64 adj_collider_mesh = _wp_adj_args->collider_mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_signed_distances = _wp_adj_args->signed_distances;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_surface_points = _wp_adj_args->surface_points;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::mesh_query_point_t var_6;
    const wp::float32 var_7 = 0.001;
    wp::vec_t<3, wp::float32> var_8;
    bool* var_9;
    bool var_10;
    wp::int32* var_11;
    wp::float32* var_12;
    wp::float32* var_13;
    wp::vec_t<3, wp::float32> var_14;
    wp::int32 var_15;
    wp::float32 var_16;
    wp::float32 var_17;
    wp::vec_t<3, wp::float32>* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::float32* var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    bool var_25;
    wp::vec_t<3, wp::float32> var_26;
    bool var_27;
    wp::float32 var_28;
    bool var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::mesh_query_point_t adj_6 = {};
    wp::float32 adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    bool adj_9 = {};
    bool adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::int32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    bool adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    //---------
    // forward
    // def sample_sdf(                                                                        <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // closest = positions[tid]                                                               <L 13>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // sdf = max_dist                                                                         <L 14>
    var_4 = wp::copy(var_max_dist);
    // query = wp.mesh_query_point_sign_normal(collider_mesh, positions[tid], max_dist)       <L 15>
    var_5 = wp::address(var_positions, var_0);
    var_8 = wp::load(var_5);
    var_6 = wp::mesh_query_point_sign_normal(var_collider_mesh, var_8, var_max_dist, var_7);
    // if query.result:                                                                       <L 16>
    var_9 = &((var_6).result);
    var_10 = wp::load(var_9);
    if (var_10) {
        // closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)       <L 17>
        var_11 = &((var_6).face);
        var_12 = &((var_6).u);
        var_13 = &((var_6).v);
        var_15 = wp::load(var_11);
        var_16 = wp::load(var_12);
        var_17 = wp::load(var_13);
        var_14 = wp::mesh_eval_position(var_collider_mesh, var_15, var_16, var_17);
        // sdf = wp.length(positions[tid] - closest) * query.sign                             <L 18>
        var_18 = wp::address(var_positions, var_0);
        var_20 = wp::load(var_18);
        var_19 = wp::sub(var_20, var_14);
        var_21 = wp::length(var_19);
        var_22 = &((var_6).sign);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
    }
    var_25 = wp::load(var_9);
    var_27 = wp::load(var_9);
    var_26 = wp::where(var_27, var_14, var_2);
    var_29 = wp::load(var_9);
    var_28 = wp::where(var_29, var_23, var_4);
    // signed_distances[tid] = sdf                                                            <L 19>
    // wp::array_store(var_signed_distances, var_0, var_28);
    // surface_points[tid] = closest                                                          <L 20>
    // wp::array_store(var_surface_points, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_surface_points, var_0, var_26, adj_surface_points, adj_0, adj_26);
    // adj: surface_points[tid] = closest                                                     <L 20>
    wp::adj_array_store(var_signed_distances, var_0, var_28, adj_signed_distances, adj_0, adj_28);
    // adj: signed_distances[tid] = sdf                                                       <L 19>
    wp::adj_where(var_29, var_23, var_4, adj_9, adj_23, adj_4, adj_28);
    wp::adj_where(var_27, var_14, var_2, adj_9, adj_14, adj_2, adj_26);
    if (var_25) {
        wp::adj_mul(var_21, var_24, adj_21, adj_22, adj_23);
        adj_6.sign += adj_22;
        wp::adj_length(var_19, var_21, adj_19, adj_21);
        wp::adj_sub(var_20, var_14, adj_18, adj_14, adj_19);
        wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_18);
        // adj: sdf = wp.length(positions[tid] - closest) * query.sign                        <L 18>
        wp::adj_mesh_eval_position(var_collider_mesh, var_15, var_16, var_17, adj_collider_mesh, adj_11, adj_12, adj_13, adj_14);
        adj_6.v += adj_13;
        adj_6.u += adj_12;
        adj_6.face = adj_11;
        // adj: closest = wp.mesh_eval_position(collider_mesh, query.face, query.u, query.v)  <L 17>
    }
    adj_6.result = adj_9;
    // adj: if query.result:                                                                  <L 16>
    wp::adj_mesh_query_point_sign_normal(var_collider_mesh, var_8, var_max_dist, var_7, var_6, adj_collider_mesh, adj_5, adj_max_dist, adj_7, adj_6);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
    // adj: query = wp.mesh_query_point_sign_normal(collider_mesh, positions[tid], max_dist)  <L 15>
    wp::adj_copy(var_max_dist, adj_max_dist, adj_4);
    // adj: sdf = max_dist                                                                    <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: closest = positions[tid]                                                          <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def sample_sdf(                                                                   <L 5>
    return;
}



struct sample_sdf_99da8487_cpu_block_payload_forward
{
    wp_args_sample_sdf_99da8487* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_sdf_99da8487_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_sdf_99da8487_cpu_block_payload_forward* payload = (sample_sdf_99da8487_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_sdf_99da8487_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_sdf_99da8487_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_sdf_99da8487 *_wp_args)
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
        sample_sdf_99da8487_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_sdf_99da8487_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sample_sdf_99da8487_cpu_block_payload_backward
{
    wp_args_sample_sdf_99da8487* args;
    wp_args_sample_sdf_99da8487* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_sdf_99da8487_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_sdf_99da8487_cpu_block_payload_backward* payload = (sample_sdf_99da8487_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_sdf_99da8487_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sample_sdf_99da8487_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_sdf_99da8487 *_wp_args,
    wp_args_sample_sdf_99da8487 *_wp_adj_args)
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
        sample_sdf_99da8487_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_sdf_99da8487_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

