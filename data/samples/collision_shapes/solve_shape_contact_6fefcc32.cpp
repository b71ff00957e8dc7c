// Warp 1.19.0 cpu code for solve_shape_contact_6fefcc32.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_solve_shape_contact_c7a70b7c {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::vec_t<3, wp::float32>> x;
    wp::array_t<wp::vec_t<3, wp::float32>> normals_out;
    wp::vec_t<3, wp::float32> center;
    wp::float32 radius;
};


template <bool wp_linear_contiguous>
static void solve_shape_contact_c7a70b7c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_shape_contact_c7a70b7c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    bool var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    //---------
    // forward
    // def solve_shape_contact(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // pos = x[tid]                                                                           <L 13>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = positions[tid]                                                                     <L 14>
    var_4 = wp::address(var_positions, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // delta = p - (center + wp.normalize(pos - center) * radius)                             <L 15>
    var_7 = wp::sub(var_2, var_center);
    var_8 = wp::normalize(var_7);
    var_9 = wp::mul(var_8, var_radius);
    var_10 = wp::add(var_center, var_9);
    var_11 = wp::sub(var_5, var_10);
    // dist = wp.length(delta)                                                                <L 16>
    var_12 = wp::length(var_11);
    // n = wp.vec3(0.0)                                                                       <L 17>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // if dist > 0.0 and dist < radius:                                                       <L 18>
    var_17 = (var_12 > var_16);
    var_15 = var_17;
    if (var_15) {
        var_18 = (var_12 < var_radius);
        var_15 = var_15 && var_18;
    }
    if (var_15) {
        // n = delta / dist                                                                   <L 19>
        var_19 = wp::div(var_11, var_12);
        // p = p + n * (radius - dist)                                                        <L 20>
        var_20 = wp::sub(var_radius, var_12);
        var_21 = wp::mul(var_19, var_20);
        var_22 = wp::add(var_5, var_21);
    }
    var_23 = wp::where(var_15, var_22, var_5);
    var_24 = wp::where(var_15, var_19, var_14);
    // positions[tid] = p                                                                     <L 21>
    wp::array_store(var_positions, var_0, var_23);
    // normals_out[tid] = n                                                                   <L 22>
    wp::array_store(var_normals_out, var_0, var_24);
}



template <bool wp_linear_contiguous>
static void solve_shape_contact_c7a70b7c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_solve_shape_contact_c7a70b7c *_wp_args,
    wp_args_solve_shape_contact_c7a70b7c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals_out = _wp_args->normals_out;
    wp::vec_t<3, wp::float32> var_center = _wp_args->center;
    wp::float32 var_radius = _wp_args->radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals_out = _wp_adj_args->normals_out;
    wp::vec_t<3, wp::float32> adj_center = _wp_adj_args->center;
    wp::float32 adj_radius = _wp_adj_args->radius;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    const wp::float32 var_13 = 0.0;
    wp::vec_t<3, wp::float32> var_14;
    bool var_15;
    const wp::float32 var_16 = 0.0;
    bool var_17;
    bool var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::float32 var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
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
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    bool adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    bool adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    //---------
    // forward
    // def solve_shape_contact(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // pos = x[tid]                                                                           <L 13>
    var_1 = wp::address(var_x, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // p = positions[tid]                                                                     <L 14>
    var_4 = wp::address(var_positions, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // delta = p - (center + wp.normalize(pos - center) * radius)                             <L 15>
    var_7 = wp::sub(var_2, var_center);
    var_8 = wp::normalize(var_7);
    var_9 = wp::mul(var_8, var_radius);
    var_10 = wp::add(var_center, var_9);
    var_11 = wp::sub(var_5, var_10);
    // dist = wp.length(delta)                                                                <L 16>
    var_12 = wp::length(var_11);
    // n = wp.vec3(0.0)                                                                       <L 17>
    var_14 = wp::vec_t<3, wp::float32>(var_13);
    // if dist > 0.0 and dist < radius:                                                       <L 18>
    var_17 = (var_12 > var_16);
    var_15 = var_17;
    if (var_15) {
        var_18 = (var_12 < var_radius);
        var_15 = var_15 && var_18;
    }
    if (var_15) {
        // n = delta / dist                                                                   <L 19>
        var_19 = wp::div(var_11, var_12);
        // p = p + n * (radius - dist)                                                        <L 20>
        var_20 = wp::sub(var_radius, var_12);
        var_21 = wp::mul(var_19, var_20);
        var_22 = wp::add(var_5, var_21);
    }
    var_23 = wp::where(var_15, var_22, var_5);
    var_24 = wp::where(var_15, var_19, var_14);
    // positions[tid] = p                                                                     <L 21>
    // wp::array_store(var_positions, var_0, var_23);
    // normals_out[tid] = n                                                                   <L 22>
    // wp::array_store(var_normals_out, var_0, var_24);
    //---------
    // reverse
    wp::adj_array_store(var_normals_out, var_0, var_24, adj_normals_out, adj_0, adj_24);
    // adj: normals_out[tid] = n                                                              <L 22>
    wp::adj_array_store(var_positions, var_0, var_23, adj_positions, adj_0, adj_23);
    // adj: positions[tid] = p                                                                <L 21>
    wp::adj_where(var_15, var_19, var_14, adj_15, adj_19, adj_14, adj_24);
    wp::adj_where(var_15, var_22, var_5, adj_15, adj_22, adj_5, adj_23);
    if (var_15) {
        wp::adj_add(var_5, var_21, adj_5, adj_21, adj_22);
        wp::adj_mul(var_19, var_20, adj_19, adj_20, adj_21);
        wp::adj_sub(var_radius, var_12, adj_radius, adj_12, adj_20);
        // adj: p = p + n * (radius - dist)                                                   <L 20>
        wp::adj_div(var_11, var_12, adj_11, adj_12, adj_19);
        // adj: n = delta / dist                                                              <L 19>
    }
    if (var_15) {
    }
    // adj: if dist > 0.0 and dist < radius:                                                  <L 18>
    wp::adj_vec_t(var_13, adj_13, adj_14);
    // adj: n = wp.vec3(0.0)                                                                  <L 17>
    wp::adj_length(var_11, var_12, adj_11, adj_12);
    // adj: dist = wp.length(delta)                                                           <L 16>
    wp::adj_sub(var_5, var_10, adj_5, adj_10, adj_11);
    wp::adj_add(var_center, var_9, adj_center, adj_9, adj_10);
    wp::adj_mul(var_8, var_radius, adj_8, adj_radius, adj_9);
    wp::adj_normalize(var_7, var_8, adj_7, adj_8);
    wp::adj_sub(var_2, var_center, adj_2, adj_center, adj_7);
    // adj: delta = p - (center + wp.normalize(pos - center) * radius)                        <L 15>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_4);
    // adj: p = positions[tid]                                                                <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: pos = x[tid]                                                                      <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def solve_shape_contact(                                                          <L 5>
    return;
}



struct solve_shape_contact_c7a70b7c_cpu_block_payload_forward
{
    wp_args_solve_shape_contact_c7a70b7c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_shape_contact_c7a70b7c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_shape_contact_c7a70b7c_cpu_block_payload_forward* payload = (solve_shape_contact_c7a70b7c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_shape_contact_c7a70b7c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void solve_shape_contact_c7a70b7c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_c7a70b7c *_wp_args)
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
        solve_shape_contact_c7a70b7c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_shape_contact_c7a70b7c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct solve_shape_contact_c7a70b7c_cpu_block_payload_backward
{
    wp_args_solve_shape_contact_c7a70b7c* args;
    wp_args_solve_shape_contact_c7a70b7c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void solve_shape_contact_c7a70b7c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    solve_shape_contact_c7a70b7c_cpu_block_payload_backward* payload = (solve_shape_contact_c7a70b7c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    solve_shape_contact_c7a70b7c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void solve_shape_contact_c7a70b7c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_solve_shape_contact_c7a70b7c *_wp_args,
    wp_args_solve_shape_contact_c7a70b7c *_wp_adj_args)
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
        solve_shape_contact_c7a70b7c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &solve_shape_contact_c7a70b7c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

