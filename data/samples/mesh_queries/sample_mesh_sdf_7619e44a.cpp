// Warp 1.19.0 cpu code for sample_mesh_sdf_7619e44a.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sample_mesh_sdf_988c8417 {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 max_dist;
    wp::float32 theta;
    wp::array_t<wp::int32> labels;
};


template <bool wp_linear_contiguous>
static void sample_mesh_sdf_988c8417_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_sdf_988c8417 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_theta = _wp_args->theta;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::mesh_query_point_t var_24;
    const wp::int32 var_25 = 1;
    const wp::float32 var_26 = 0.1;
    const wp::int32 var_27 = 0;
    bool var_28;
    bool* var_29;
    bool var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    //---------
    // forward
    // def sample_mesh_sdf(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 13>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = wp.cos(theta)                                                                      <L 14>
    var_4 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 15>
    var_5 = wp::sin(var_theta);
    // rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                          <L 16>
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::mul(var_4, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::mul(var_5, var_10);
    var_12 = wp::add(var_8, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::neg(var_5);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::mul(var_15, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::add(var_18, var_21);
    var_23 = wp::vec_t<3, wp::float32>(var_12, var_14, var_22);
    // q = wp.mesh_query_point_sign_parity(mesh, rp, max_dist)                                <L 17>
    var_24 = wp::mesh_query_point_sign_parity(var_mesh, var_23, var_max_dist, var_25, var_26);
    // labels[tid] = 0                                                                        <L 18>
    wp::array_store(var_labels, var_0, var_27);
    // if q.result and q.sign < 0.0:                                                          <L 19>
    var_29 = &((var_24).result);
    var_30 = wp::load(var_29);
    var_28 = var_30;
    if (var_28) {
        var_31 = &((var_24).sign);
        var_34 = wp::load(var_31);
        var_33 = (var_34 < var_32);
        var_28 = var_28 && var_33;
    }
    if (var_28) {
        // labels[tid] = 1                                                                    <L 20>
        wp::array_store(var_labels, var_0, var_35);
    }
}



template <bool wp_linear_contiguous>
static void sample_mesh_sdf_988c8417_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_mesh_sdf_988c8417 *_wp_args,
    wp_args_sample_mesh_sdf_988c8417 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_theta = _wp_args->theta;
    wp::array_t<wp::int32> var_labels = _wp_args->labels;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::float32 adj_theta = _wp_adj_args->theta;
    wp::array_t<wp::int32> adj_labels = _wp_adj_args->labels;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::int32 var_6 = 0;
    wp::float32 var_7;
    wp::float32 var_8;
    const wp::int32 var_9 = 2;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    const wp::int32 var_13 = 1;
    wp::float32 var_14;
    wp::float32 var_15;
    const wp::int32 var_16 = 0;
    wp::float32 var_17;
    wp::float32 var_18;
    const wp::int32 var_19 = 2;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::mesh_query_point_t var_24;
    const wp::int32 var_25 = 1;
    const wp::float32 var_26 = 0.1;
    const wp::int32 var_27 = 0;
    bool var_28;
    bool* var_29;
    bool var_30;
    wp::float32* var_31;
    const wp::float32 var_32 = 0.0;
    bool var_33;
    wp::float32 var_34;
    const wp::int32 var_35 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::mesh_query_point_t adj_24 = {};
    wp::int32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    bool adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    bool adj_33 = {};
    wp::float32 adj_34 = {};
    wp::int32 adj_35 = {};
    //---------
    // forward
    // def sample_mesh_sdf(                                                                   <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 13>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // c = wp.cos(theta)                                                                      <L 14>
    var_4 = wp::cos(var_theta);
    // s = wp.sin(theta)                                                                      <L 15>
    var_5 = wp::sin(var_theta);
    // rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                          <L 16>
    var_7 = wp::extract(var_2, var_6);
    var_8 = wp::mul(var_4, var_7);
    var_10 = wp::extract(var_2, var_9);
    var_11 = wp::mul(var_5, var_10);
    var_12 = wp::add(var_8, var_11);
    var_14 = wp::extract(var_2, var_13);
    var_15 = wp::neg(var_5);
    var_17 = wp::extract(var_2, var_16);
    var_18 = wp::mul(var_15, var_17);
    var_20 = wp::extract(var_2, var_19);
    var_21 = wp::mul(var_4, var_20);
    var_22 = wp::add(var_18, var_21);
    var_23 = wp::vec_t<3, wp::float32>(var_12, var_14, var_22);
    // q = wp.mesh_query_point_sign_parity(mesh, rp, max_dist)                                <L 17>
    var_24 = wp::mesh_query_point_sign_parity(var_mesh, var_23, var_max_dist, var_25, var_26);
    // labels[tid] = 0                                                                        <L 18>
    // wp::array_store(var_labels, var_0, var_27);
    // if q.result and q.sign < 0.0:                                                          <L 19>
    var_29 = &((var_24).result);
    var_30 = wp::load(var_29);
    var_28 = var_30;
    if (var_28) {
        var_31 = &((var_24).sign);
        var_34 = wp::load(var_31);
        var_33 = (var_34 < var_32);
        var_28 = var_28 && var_33;
    }
    if (var_28) {
        // labels[tid] = 1                                                                    <L 20>
        // wp::array_store(var_labels, var_0, var_35);
    }
    //---------
    // reverse
    if (var_28) {
        wp::adj_array_store(var_labels, var_0, var_35, adj_labels, adj_0, adj_35);
        // adj: labels[tid] = 1                                                               <L 20>
    }
    if (var_28) {
        adj_24.sign += adj_31;
    }
    adj_24.result = adj_29;
    // adj: if q.result and q.sign < 0.0:                                                     <L 19>
    wp::adj_array_store(var_labels, var_0, var_27, adj_labels, adj_0, adj_27);
    // adj: labels[tid] = 0                                                                   <L 18>
    wp::adj_mesh_query_point_sign_parity(var_mesh, var_23, var_max_dist, var_25, var_26, var_24, adj_mesh, adj_23, adj_max_dist, adj_25, adj_26, adj_24);
    // adj: q = wp.mesh_query_point_sign_parity(mesh, rp, max_dist)                           <L 17>
    wp::adj_vec_t(var_12, var_14, var_22, adj_12, adj_14, adj_22, adj_23);
    wp::adj_add(var_18, var_21, adj_18, adj_21, adj_22);
    wp::adj_mul(var_4, var_20, adj_4, adj_20, adj_21);
    wp::adj_extract(var_2, var_19, adj_2, adj_19, adj_20);
    wp::adj_mul(var_15, var_17, adj_15, adj_17, adj_18);
    wp::adj_extract(var_2, var_16, adj_2, adj_16, adj_17);
    wp::adj_neg(var_5, adj_5, adj_15);
    wp::adj_extract(var_2, var_13, adj_2, adj_13, adj_14);
    wp::adj_add(var_8, var_11, adj_8, adj_11, adj_12);
    wp::adj_mul(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_extract(var_2, var_9, adj_2, adj_9, adj_10);
    wp::adj_mul(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_extract(var_2, var_6, adj_2, adj_6, adj_7);
    // adj: rp = wp.vec3(c * p[0] + s * p[2], p[1], -s * p[0] + c * p[2])                     <L 16>
    wp::adj_sin(var_theta, adj_theta, adj_5);
    // adj: s = wp.sin(theta)                                                                 <L 15>
    wp::adj_cos(var_theta, adj_theta, adj_4);
    // adj: c = wp.cos(theta)                                                                 <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[tid]                                                                   <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def sample_mesh_sdf(                                                              <L 5>
    return;
}



struct sample_mesh_sdf_988c8417_cpu_block_payload_forward
{
    wp_args_sample_mesh_sdf_988c8417* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_mesh_sdf_988c8417_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_mesh_sdf_988c8417_cpu_block_payload_forward* payload = (sample_mesh_sdf_988c8417_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_mesh_sdf_988c8417_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_mesh_sdf_988c8417_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_988c8417 *_wp_args)
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
        sample_mesh_sdf_988c8417_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_mesh_sdf_988c8417_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sample_mesh_sdf_988c8417_cpu_block_payload_backward
{
    wp_args_sample_mesh_sdf_988c8417* args;
    wp_args_sample_mesh_sdf_988c8417* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_mesh_sdf_988c8417_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_mesh_sdf_988c8417_cpu_block_payload_backward* payload = (sample_mesh_sdf_988c8417_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_mesh_sdf_988c8417_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sample_mesh_sdf_988c8417_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_mesh_sdf_988c8417 *_wp_args,
    wp_args_sample_mesh_sdf_988c8417 *_wp_adj_args)
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
        sample_mesh_sdf_988c8417_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_mesh_sdf_988c8417_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

