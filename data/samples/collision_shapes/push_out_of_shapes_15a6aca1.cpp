// Warp 1.19.0 cpu code for push_out_of_shapes_15a6aca1.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_push_out_of_shapes_ddf17ef3 {
    wp::array_t<wp::vec_t<3, wp::float32>> positions;
    wp::array_t<wp::float32> particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> contact_normals;
    wp::vec_t<3, wp::float32> up;
    wp::float32 floor;
};


template <bool wp_linear_contiguous>
static void push_out_of_shapes_ddf17ef3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_shapes_ddf17ef3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::float32 var_floor = _wp_args->floor;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    bool var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // forward
    // def push_out_of_shapes(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 14>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = particle_radius[tid]                                                               <L 15>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = pos                                                                                <L 16>
    var_7 = wp::copy(var_2);
    // delta = p - (pos - up * (wp.dot(pos, up) - floor))                                     <L 17>
    var_8 = wp::dot(var_2, var_up);
    var_9 = wp::sub(var_8, var_floor);
    var_10 = wp::mul(var_up, var_9);
    var_11 = wp::sub(var_2, var_10);
    var_12 = wp::sub(var_7, var_11);
    // dist = wp.length(delta)                                                                <L 18>
    var_13 = wp::length(var_12);
    // n = wp.vec3(0.0)                                                                       <L 19>
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    // if dist > 0.0 and dist < r:                                                            <L 20>
    var_18 = (var_13 > var_17);
    var_16 = var_18;
    if (var_16) {
        var_19 = (var_13 < var_5);
        var_16 = var_16 && var_19;
    }
    if (var_16) {
        // n = delta / dist                                                                   <L 21>
        var_20 = wp::div(var_12, var_13);
        // p = p + n * (r - dist)                                                             <L 22>
        var_21 = wp::sub(var_5, var_13);
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::add(var_7, var_22);
    }
    var_24 = wp::where(var_16, var_23, var_7);
    var_25 = wp::where(var_16, var_20, var_15);
    // new_positions[tid] = p                                                                 <L 23>
    wp::array_store(var_new_positions, var_0, var_24);
    // contact_normals[tid] = n                                                               <L 24>
    wp::array_store(var_contact_normals, var_0, var_25);
}



template <bool wp_linear_contiguous>
static void push_out_of_shapes_ddf17ef3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_push_out_of_shapes_ddf17ef3 *_wp_args,
    wp_args_push_out_of_shapes_ddf17ef3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions = _wp_args->positions;
    wp::array_t<wp::float32> var_particle_radius = _wp_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> var_new_positions = _wp_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> var_contact_normals = _wp_args->contact_normals;
    wp::vec_t<3, wp::float32> var_up = _wp_args->up;
    wp::float32 var_floor = _wp_args->floor;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions = _wp_adj_args->positions;
    wp::array_t<wp::float32> adj_particle_radius = _wp_adj_args->particle_radius;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_new_positions = _wp_adj_args->new_positions;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_contact_normals = _wp_adj_args->contact_normals;
    wp::vec_t<3, wp::float32> adj_up = _wp_adj_args->up;
    wp::float32 adj_floor = _wp_adj_args->floor;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::float32* var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    wp::vec_t<3, wp::float32> var_15;
    bool var_16;
    const wp::float32 var_17 = 0.0;
    bool var_18;
    bool var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::float32 var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::vec_t<3, wp::float32> var_24;
    wp::vec_t<3, wp::float32> var_25;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    bool adj_18 = {};
    bool adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::vec_t<3, wp::float32> adj_25 = {};
    //---------
    // forward
    // def push_out_of_shapes(                                                                <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // pos = positions[tid]                                                                   <L 14>
    var_1 = wp::address(var_positions, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // r = particle_radius[tid]                                                               <L 15>
    var_4 = wp::address(var_particle_radius, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // p = pos                                                                                <L 16>
    var_7 = wp::copy(var_2);
    // delta = p - (pos - up * (wp.dot(pos, up) - floor))                                     <L 17>
    var_8 = wp::dot(var_2, var_up);
    var_9 = wp::sub(var_8, var_floor);
    var_10 = wp::mul(var_up, var_9);
    var_11 = wp::sub(var_2, var_10);
    var_12 = wp::sub(var_7, var_11);
    // dist = wp.length(delta)                                                                <L 18>
    var_13 = wp::length(var_12);
    // n = wp.vec3(0.0)                                                                       <L 19>
    var_15 = wp::vec_t<3, wp::float32>(var_14);
    // if dist > 0.0 and dist < r:                                                            <L 20>
    var_18 = (var_13 > var_17);
    var_16 = var_18;
    if (var_16) {
        var_19 = (var_13 < var_5);
        var_16 = var_16 && var_19;
    }
    if (var_16) {
        // n = delta / dist                                                                   <L 21>
        var_20 = wp::div(var_12, var_13);
        // p = p + n * (r - dist)                                                             <L 22>
        var_21 = wp::sub(var_5, var_13);
        var_22 = wp::mul(var_20, var_21);
        var_23 = wp::add(var_7, var_22);
    }
    var_24 = wp::where(var_16, var_23, var_7);
    var_25 = wp::where(var_16, var_20, var_15);
    // new_positions[tid] = p                                                                 <L 23>
    // wp::array_store(var_new_positions, var_0, var_24);
    // contact_normals[tid] = n                                                               <L 24>
    // wp::array_store(var_contact_normals, var_0, var_25);
    //---------
    // reverse
    wp::adj_array_store(var_contact_normals, var_0, var_25, adj_contact_normals, adj_0, adj_25);
    // adj: contact_normals[tid] = n                                                          <L 24>
    wp::adj_array_store(var_new_positions, var_0, var_24, adj_new_positions, adj_0, adj_24);
    // adj: new_positions[tid] = p                                                            <L 23>
    wp::adj_where(var_16, var_20, var_15, adj_16, adj_20, adj_15, adj_25);
    wp::adj_where(var_16, var_23, var_7, adj_16, adj_23, adj_7, adj_24);
    if (var_16) {
        wp::adj_add(var_7, var_22, adj_7, adj_22, adj_23);
        wp::adj_mul(var_20, var_21, adj_20, adj_21, adj_22);
        wp::adj_sub(var_5, var_13, adj_5, adj_13, adj_21);
        // adj: p = p + n * (r - dist)                                                        <L 22>
        wp::adj_div(var_12, var_13, adj_12, adj_13, adj_20);
        // adj: n = delta / dist                                                              <L 21>
    }
    if (var_16) {
    }
    // adj: if dist > 0.0 and dist < r:                                                       <L 20>
    wp::adj_vec_t(var_14, adj_14, adj_15);
    // adj: n = wp.vec3(0.0)                                                                  <L 19>
    wp::adj_length(var_12, var_13, adj_12, adj_13);
    // adj: dist = wp.length(delta)                                                           <L 18>
    wp::adj_sub(var_7, var_11, adj_7, adj_11, adj_12);
    wp::adj_sub(var_2, var_10, adj_2, adj_10, adj_11);
    wp::adj_mul(var_up, var_9, adj_up, adj_9, adj_10);
    wp::adj_sub(var_8, var_floor, adj_8, adj_floor, adj_9);
    wp::adj_dot(var_2, var_up, adj_2, adj_up, adj_8);
    // adj: delta = p - (pos - up * (wp.dot(pos, up) - floor))                                <L 17>
    wp::adj_copy(var_2, adj_2, adj_7);
    // adj: p = pos                                                                           <L 16>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_particle_radius, var_0, adj_particle_radius, adj_0, adj_4);
    // adj: r = particle_radius[tid]                                                          <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_positions, var_0, adj_positions, adj_0, adj_1);
    // adj: pos = positions[tid]                                                              <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def push_out_of_shapes(                                                           <L 5>
    return;
}



struct push_out_of_shapes_ddf17ef3_cpu_block_payload_forward
{
    wp_args_push_out_of_shapes_ddf17ef3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void push_out_of_shapes_ddf17ef3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    push_out_of_shapes_ddf17ef3_cpu_block_payload_forward* payload = (push_out_of_shapes_ddf17ef3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    push_out_of_shapes_ddf17ef3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void push_out_of_shapes_ddf17ef3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_ddf17ef3 *_wp_args)
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
        push_out_of_shapes_ddf17ef3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &push_out_of_shapes_ddf17ef3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct push_out_of_shapes_ddf17ef3_cpu_block_payload_backward
{
    wp_args_push_out_of_shapes_ddf17ef3* args;
    wp_args_push_out_of_shapes_ddf17ef3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void push_out_of_shapes_ddf17ef3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    push_out_of_shapes_ddf17ef3_cpu_block_payload_backward* payload = (push_out_of_shapes_ddf17ef3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    push_out_of_shapes_ddf17ef3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void push_out_of_shapes_ddf17ef3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_push_out_of_shapes_ddf17ef3 *_wp_args,
    wp_args_push_out_of_shapes_ddf17ef3 *_wp_adj_args)
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
        push_out_of_shapes_ddf17ef3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &push_out_of_shapes_ddf17ef3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

