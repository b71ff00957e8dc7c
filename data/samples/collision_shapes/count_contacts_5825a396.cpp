// Warp 1.19.0 cpu code for count_contacts_5825a396.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_count_contacts_522eeb38 {
    wp::uint64 mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::float32> penetration;
    wp::array_t<wp::int32> pair_count;
    wp::float32 max_dist;
    wp::float32 thickness;
};


template <bool wp_linear_contiguous>
static void count_contacts_522eeb38_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_contacts_522eeb38 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_penetration = _wp_args->penetration;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_thickness = _wp_args->thickness;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::mesh_query_point_t var_3;
    const wp::float32 var_4 = 2.0;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<3, wp::float32> var_6;
    bool* var_7;
    bool var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    wp::float32* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    wp::float32 var_24;
    bool var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    const wp::float32 var_32 = 0.0;
    wp::float32 var_33;
    //---------
    // forward
    // def count_contacts(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // sdf = max_dist                                                                         <L 14>
    var_1 = wp::copy(var_max_dist);
    // query = wp.mesh_query_point_sign_winding_number(mesh_id, points[tid], max_dist)        <L 15>
    var_2 = wp::address(var_points, var_0);
    var_6 = wp::load(var_2);
    var_3 = wp::mesh_query_point_sign_winding_number(var_mesh_id, var_6, var_max_dist, var_4, var_5);
    // if query.result:                                                                       <L 16>
    var_7 = &((var_3).result);
    var_8 = wp::load(var_7);
    if (var_8) {
        // p_surface = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)           <L 17>
        var_9 = &((var_3).face);
        var_10 = &((var_3).u);
        var_11 = &((var_3).v);
        var_13 = wp::load(var_9);
        var_14 = wp::load(var_10);
        var_15 = wp::load(var_11);
        var_12 = wp::mesh_eval_position(var_mesh_id, var_13, var_14, var_15);
        // sdf = wp.length(points[tid] - p_surface) * query.sign                              <L 18>
        var_16 = wp::address(var_points, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_12);
        var_19 = wp::length(var_17);
        var_20 = &((var_3).sign);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_19, var_22);
    }
    var_23 = wp::load(var_7);
    var_25 = wp::load(var_7);
    var_24 = wp::where(var_25, var_21, var_1);
    // depth = thickness - sdf                                                                <L 19>
    var_26 = wp::sub(var_thickness, var_24);
    // if depth > 0.0:                                                                        <L 20>
    var_28 = (var_26 > var_27);
    if (var_28) {
        // wp.atomic_add(pair_count, 0, 1)                                                    <L 21>
        var_31 = wp::atomic_add(var_pair_count, var_29, var_30);
    }
    if (!var_28) {
        // depth = 0.0                                                                        <L 23>
    }
    var_33 = wp::where(var_28, var_26, var_32);
    // penetration[tid] = depth                                                               <L 24>
    wp::array_store(var_penetration, var_0, var_33);
}



template <bool wp_linear_contiguous>
static void count_contacts_522eeb38_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_count_contacts_522eeb38 *_wp_args,
    wp_args_count_contacts_522eeb38 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::float32> var_penetration = _wp_args->penetration;
    wp::array_t<wp::int32> var_pair_count = _wp_args->pair_count;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_thickness = _wp_args->thickness;
    wp::uint64 adj_mesh_id = _wp_adj_args->mesh_id;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::float32> adj_penetration = _wp_adj_args->penetration;
    wp::array_t<wp::int32> adj_pair_count = _wp_adj_args->pair_count;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::float32 adj_thickness = _wp_adj_args->thickness;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::mesh_query_point_t var_3;
    const wp::float32 var_4 = 2.0;
    const wp::float32 var_5 = 0.5;
    wp::vec_t<3, wp::float32> var_6;
    bool* var_7;
    bool var_8;
    wp::int32* var_9;
    wp::float32* var_10;
    wp::float32* var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::vec_t<3, wp::float32>* var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    wp::float32* var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    bool var_23;
    wp::float32 var_24;
    bool var_25;
    wp::float32 var_26;
    const wp::float32 var_27 = 0.0;
    bool var_28;
    const wp::int32 var_29 = 0;
    const wp::int32 var_30 = 1;
    wp::int32 var_31;
    const wp::float32 var_32 = 0.0;
    wp::float32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::mesh_query_point_t adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    bool adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    bool adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    //---------
    // forward
    // def count_contacts(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // sdf = max_dist                                                                         <L 14>
    var_1 = wp::copy(var_max_dist);
    // query = wp.mesh_query_point_sign_winding_number(mesh_id, points[tid], max_dist)        <L 15>
    var_2 = wp::address(var_points, var_0);
    var_6 = wp::load(var_2);
    var_3 = wp::mesh_query_point_sign_winding_number(var_mesh_id, var_6, var_max_dist, var_4, var_5);
    // if query.result:                                                                       <L 16>
    var_7 = &((var_3).result);
    var_8 = wp::load(var_7);
    if (var_8) {
        // p_surface = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)           <L 17>
        var_9 = &((var_3).face);
        var_10 = &((var_3).u);
        var_11 = &((var_3).v);
        var_13 = wp::load(var_9);
        var_14 = wp::load(var_10);
        var_15 = wp::load(var_11);
        var_12 = wp::mesh_eval_position(var_mesh_id, var_13, var_14, var_15);
        // sdf = wp.length(points[tid] - p_surface) * query.sign                              <L 18>
        var_16 = wp::address(var_points, var_0);
        var_18 = wp::load(var_16);
        var_17 = wp::sub(var_18, var_12);
        var_19 = wp::length(var_17);
        var_20 = &((var_3).sign);
        var_22 = wp::load(var_20);
        var_21 = wp::mul(var_19, var_22);
    }
    var_23 = wp::load(var_7);
    var_25 = wp::load(var_7);
    var_24 = wp::where(var_25, var_21, var_1);
    // depth = thickness - sdf                                                                <L 19>
    var_26 = wp::sub(var_thickness, var_24);
    // if depth > 0.0:                                                                        <L 20>
    var_28 = (var_26 > var_27);
    if (var_28) {
        // wp.atomic_add(pair_count, 0, 1)                                                    <L 21>
        // var_31 = wp::atomic_add(var_pair_count, var_29, var_30);
    }
    if (!var_28) {
        // depth = 0.0                                                                        <L 23>
    }
    var_33 = wp::where(var_28, var_26, var_32);
    // penetration[tid] = depth                                                               <L 24>
    // wp::array_store(var_penetration, var_0, var_33);
    //---------
    // reverse
    wp::adj_array_store(var_penetration, var_0, var_33, adj_penetration, adj_0, adj_33);
    // adj: penetration[tid] = depth                                                          <L 24>
    wp::adj_where(var_28, var_26, var_32, adj_28, adj_26, adj_32, adj_33);
    if (!var_28) {
        // adj: depth = 0.0                                                                   <L 23>
    }
    if (var_28) {
        wp::adj_atomic_add(var_pair_count, var_29, var_30, adj_pair_count, adj_29, adj_30, adj_31);
        // adj: wp.atomic_add(pair_count, 0, 1)                                               <L 21>
    }
    // adj: if depth > 0.0:                                                                   <L 20>
    wp::adj_sub(var_thickness, var_24, adj_thickness, adj_24, adj_26);
    // adj: depth = thickness - sdf                                                           <L 19>
    wp::adj_where(var_25, var_21, var_1, adj_7, adj_21, adj_1, adj_24);
    if (var_23) {
        wp::adj_mul(var_19, var_22, adj_19, adj_20, adj_21);
        adj_3.sign += adj_20;
        wp::adj_length(var_17, var_19, adj_17, adj_19);
        wp::adj_sub(var_18, var_12, adj_16, adj_12, adj_17);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_16);
        // adj: sdf = wp.length(points[tid] - p_surface) * query.sign                         <L 18>
        wp::adj_mesh_eval_position(var_mesh_id, var_13, var_14, var_15, adj_mesh_id, adj_9, adj_10, adj_11, adj_12);
        adj_3.v += adj_11;
        adj_3.u += adj_10;
        adj_3.face = adj_9;
        // adj: p_surface = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)      <L 17>
    }
    adj_3.result = adj_7;
    // adj: if query.result:                                                                  <L 16>
    wp::adj_mesh_query_point_sign_winding_number(var_mesh_id, var_6, var_max_dist, var_4, var_5, var_3, adj_mesh_id, adj_2, adj_max_dist, adj_4, adj_5, adj_3);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_2);
    // adj: query = wp.mesh_query_point_sign_winding_number(mesh_id, points[tid], max_dist)   <L 15>
    wp::adj_copy(var_max_dist, adj_max_dist, adj_1);
    // adj: sdf = max_dist                                                                    <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def count_contacts(                                                               <L 5>
    return;
}



struct count_contacts_522eeb38_cpu_block_payload_forward
{
    wp_args_count_contacts_522eeb38* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_contacts_522eeb38_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_contacts_522eeb38_cpu_block_payload_forward* payload = (count_contacts_522eeb38_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_contacts_522eeb38_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void count_contacts_522eeb38_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_contacts_522eeb38 *_wp_args)
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
        count_contacts_522eeb38_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_contacts_522eeb38_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct count_contacts_522eeb38_cpu_block_payload_backward
{
    wp_args_count_contacts_522eeb38* args;
    wp_args_count_contacts_522eeb38* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void count_contacts_522eeb38_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    count_contacts_522eeb38_cpu_block_payload_backward* payload = (count_contacts_522eeb38_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    count_contacts_522eeb38_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void count_contacts_522eeb38_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_count_contacts_522eeb38 *_wp_args,
    wp_args_count_contacts_522eeb38 *_wp_adj_args)
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
        count_contacts_522eeb38_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &count_contacts_522eeb38_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

