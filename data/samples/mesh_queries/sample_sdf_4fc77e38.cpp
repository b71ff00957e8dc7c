// Warp 1.19.0 cpu code for sample_sdf_4fc77e38.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_sample_sdf_32f16a12 {
    wp::uint64 mesh;
    wp::array_t<wp::float32> particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::float32 max_distance;
    wp::array_t<wp::float32> phi_out;
    wp::array_t<wp::vec_t<3, wp::float32>> hit_points;
};


template <bool wp_linear_contiguous>
static void sample_sdf_32f16a12_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_sdf_32f16a12 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_max_distance = _wp_args->max_distance;
    wp::array_t<wp::float32> var_phi_out = _wp_args->phi_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points = _wp_args->hit_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::mesh_query_point_t var_10;
    bool* var_11;
    bool var_12;
    wp::int32* var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
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
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if particle_inv_mass[tid] == 0.0:                                                      <L 16>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 17>
        return;
    }
    // pos = positions[tid]                                                                   <L 18>
    var_5 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // closest = pos                                                                          <L 19>
    var_8 = wp::copy(var_6);
    // sdf = max_distance                                                                     <L 20>
    var_9 = wp::copy(var_max_distance);
    // query = wp.mesh_query_point(mesh, pos, max_distance)                                   <L 21>
    var_10 = wp::mesh_query_point(var_mesh, var_6, var_max_distance);
    // if query.result:                                                                       <L 22>
    var_11 = &((var_10).result);
    var_12 = wp::load(var_11);
    if (var_12) {
        // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 23>
        var_13 = &((var_10).face);
        var_14 = &((var_10).u);
        var_15 = &((var_10).v);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        var_19 = wp::load(var_15);
        var_16 = wp::mesh_eval_position(var_mesh, var_17, var_18, var_19);
        // sdf = wp.length(pos - closest) * query.sign                                        <L 24>
        var_20 = wp::sub(var_6, var_16);
        var_21 = wp::length(var_20);
        var_22 = &((var_10).sign);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
    }
    var_25 = wp::load(var_11);
    var_27 = wp::load(var_11);
    var_26 = wp::where(var_27, var_16, var_8);
    var_29 = wp::load(var_11);
    var_28 = wp::where(var_29, var_23, var_9);
    // phi_out[tid] = sdf                                                                     <L 25>
    wp::array_store(var_phi_out, var_0, var_28);
    // hit_points[tid] = closest                                                              <L 26>
    wp::array_store(var_hit_points, var_0, var_26);
}



template <bool wp_linear_contiguous>
static void sample_sdf_32f16a12_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sample_sdf_32f16a12 *_wp_args,
    wp_args_sample_sdf_32f16a12 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::float32> var_particle_inv_mass = _wp_args->particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::float32 var_max_distance = _wp_args->max_distance;
    wp::array_t<wp::float32> var_phi_out = _wp_args->phi_out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_hit_points = _wp_args->hit_points;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::float32> adj_particle_inv_mass = _wp_adj_args->particle_inv_mass;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::float32 adj_max_distance = _wp_adj_args->max_distance;
    wp::array_t<wp::float32> adj_phi_out = _wp_adj_args->phi_out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_hit_points = _wp_adj_args->hit_points;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 0.0;
    bool var_3;
    wp::float32 var_4;
    wp::vec_t<3, wp::float32>* var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::mesh_query_point_t var_10;
    bool* var_11;
    bool var_12;
    wp::int32* var_13;
    wp::float32* var_14;
    wp::float32* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::int32 var_17;
    wp::float32 var_18;
    wp::float32 var_19;
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
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    bool adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::mesh_query_point_t adj_10 = {};
    bool adj_11 = {};
    bool adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::int32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
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
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // if particle_inv_mass[tid] == 0.0:                                                      <L 16>
    var_1 = wp::address(var_particle_inv_mass, var_0);
    var_4 = wp::load(var_1);
    var_3 = (var_4 == var_2);
    if (var_3) {
        // return                                                                             <L 17>
        goto label0;
    }
    // pos = positions[tid]                                                                   <L 18>
    var_5 = wp::address(var_positions, var_0);
    var_7 = wp::load(var_5);
    var_6 = wp::copy(var_7);
    // closest = pos                                                                          <L 19>
    var_8 = wp::copy(var_6);
    // sdf = max_distance                                                                     <L 20>
    var_9 = wp::copy(var_max_distance);
    // query = wp.mesh_query_point(mesh, pos, max_distance)                                   <L 21>
    var_10 = wp::mesh_query_point(var_mesh, var_6, var_max_distance);
    // if query.result:                                                                       <L 22>
    var_11 = &((var_10).result);
    var_12 = wp::load(var_11);
    if (var_12) {
        // closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)                <L 23>
        var_13 = &((var_10).face);
        var_14 = &((var_10).u);
        var_15 = &((var_10).v);
        var_17 = wp::load(var_13);
        var_18 = wp::load(var_14);
        var_19 = wp::load(var_15);
        var_16 = wp::mesh_eval_position(var_mesh, var_17, var_18, var_19);
        // sdf = wp.length(pos - closest) * query.sign                                        <L 24>
        var_20 = wp::sub(var_6, var_16);
        var_21 = wp::length(var_20);
        var_22 = &((var_10).sign);
        var_24 = wp::load(var_22);
        var_23 = wp::mul(var_21, var_24);
    }
    var_25 = wp::load(var_11);
    var_27 = wp::load(var_11);
    var_26 = wp::where(var_27, var_16, var_8);
    var_29 = wp::load(var_11);
    var_28 = wp::where(var_29, var_23, var_9);
    // phi_out[tid] = sdf                                                                     <L 25>
    // wp::array_store(var_phi_out, var_0, var_28);
    // hit_points[tid] = closest                                                              <L 26>
    // wp::array_store(var_hit_points, var_0, var_26);
    //---------
    // reverse
    wp::adj_array_store(var_hit_points, var_0, var_26, adj_hit_points, adj_0, adj_26);
    // adj: hit_points[tid] = closest                                                         <L 26>
    wp::adj_array_store(var_phi_out, var_0, var_28, adj_phi_out, adj_0, adj_28);
    // adj: phi_out[tid] = sdf                                                                <L 25>
    wp::adj_where(var_29, var_23, var_9, adj_11, adj_23, adj_9, adj_28);
    wp::adj_where(var_27, var_16, var_8, adj_11, adj_16, adj_8, adj_26);
    if (var_25) {
        wp::adj_mul(var_21, var_24, adj_21, adj_22, adj_23);
        adj_10.sign += adj_22;
        wp::adj_length(var_20, var_21, adj_20, adj_21);
        wp::adj_sub(var_6, var_16, adj_6, adj_16, adj_20);
        // adj: sdf = wp.length(pos - closest) * query.sign                                   <L 24>
        wp::adj_mesh_eval_position(var_mesh, var_17, var_18, var_19, adj_mesh, adj_13, adj_14, adj_15, adj_16);
        adj_10.v += adj_15;
        adj_10.u += adj_14;
        adj_10.face = adj_13;
        // adj: closest = wp.mesh_eval_position(mesh, query.face, query.u, query.v)           <L 23>
    }
    adj_10.result = adj_11;
    // adj: if query.result:                                                                  <L 22>
    wp::adj_mesh_query_point(var_mesh, var_6, var_max_distance, var_10, adj_mesh, adj_6, adj_max_distance, adj_10);
    // adj: query = wp.mesh_query_point(mesh, pos, max_distance)                              <L 21>
    wp::adj_copy(var_max_distance, adj_max_distance, adj_9);
    // adj: sdf = max_distance                                                                <L 20>
    wp::adj_copy(var_6, adj_6, adj_8);
    // adj: closest = pos                                                                     <L 19>
    wp::adj_copy(var_7, adj_5, adj_6);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_5);
    // adj: pos = positions[tid]                                                              <L 18>
    if (var_3) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    wp::adj_address(var_particle_inv_mass, var_0, adj_particle_inv_mass, adj_0, adj_1);
    // adj: if particle_inv_mass[tid] == 0.0:                                                 <L 16>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def sample_sdf(                                                                   <L 5>
    return;
}



struct sample_sdf_32f16a12_cpu_block_payload_forward
{
    wp_args_sample_sdf_32f16a12* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_sdf_32f16a12_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_sdf_32f16a12_cpu_block_payload_forward* payload = (sample_sdf_32f16a12_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_sdf_32f16a12_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sample_sdf_32f16a12_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_sdf_32f16a12 *_wp_args)
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
        sample_sdf_32f16a12_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_sdf_32f16a12_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sample_sdf_32f16a12_cpu_block_payload_backward
{
    wp_args_sample_sdf_32f16a12* args;
    wp_args_sample_sdf_32f16a12* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sample_sdf_32f16a12_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sample_sdf_32f16a12_cpu_block_payload_backward* payload = (sample_sdf_32f16a12_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sample_sdf_32f16a12_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sample_sdf_32f16a12_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sample_sdf_32f16a12 *_wp_args,
    wp_args_sample_sdf_32f16a12 *_wp_adj_args)
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
        sample_sdf_32f16a12_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sample_sdf_32f16a12_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

