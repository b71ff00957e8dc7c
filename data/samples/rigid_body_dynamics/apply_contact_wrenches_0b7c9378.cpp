// Warp 1.19.0 cpu code for apply_contact_wrenches_0b7c9378.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_apply_contact_wrenches_3b64b317 {
    wp::array_t<wp::int32> particle_body;
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> com;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> body_f_out;
};


template <bool wp_linear_contiguous>
static void apply_contact_wrenches_3b64b317_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_contact_wrenches_3b64b317 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_body = _wp_args->particle_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    //---------
    // forward
    // def apply_contact_wrenches(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // body = particle_body[tid]                                                              <L 14>
    var_1 = wp::address(var_particle_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if body < 0:                                                                           <L 16>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 17>
        return;
    }
    // f = particle_f[tid]                                                                    <L 18>
    var_6 = wp::address(var_particle_f, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // x_com = wp.transform_point(body_q[body], com[body])                                    <L 19>
    var_9 = wp::address(var_body_q, var_2);
    var_10 = wp::address(var_com, var_2);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::transform_point(var_12, var_13);
    // r = particle_x[tid] - x_com                                                            <L 20>
    var_14 = wp::address(var_particle_x, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_11);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 21>
    var_17 = wp::cross(var_15, var_7);
    var_18 = wp::vec_t<6, wp::float32>(var_17, var_7);
    var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
}



template <bool wp_linear_contiguous>
static void apply_contact_wrenches_3b64b317_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_apply_contact_wrenches_3b64b317 *_wp_args,
    wp_args_apply_contact_wrenches_3b64b317 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_particle_body = _wp_args->particle_body;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_com = _wp_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_f = _wp_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_f_out = _wp_args->body_f_out;
    wp::array_t<wp::int32> adj_particle_body = _wp_adj_args->particle_body;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_com = _wp_adj_args->com;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_f = _wp_adj_args->particle_f;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_f_out = _wp_adj_args->body_f_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    bool var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::transform_t<wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::transform_t<wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<6, wp::float32> var_18;
    wp::vec_t<6, wp::float32> var_19;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    bool adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::transform_t<wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::transform_t<wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<6, wp::float32> adj_18 = {};
    wp::vec_t<6, wp::float32> adj_19 = {};
    //---------
    // forward
    // def apply_contact_wrenches(                                                            <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // body = particle_body[tid]                                                              <L 14>
    var_1 = wp::address(var_particle_body, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // if body < 0:                                                                           <L 16>
    var_5 = (var_2 < var_4);
    if (var_5) {
        // return                                                                             <L 17>
        goto label0;
    }
    // f = particle_f[tid]                                                                    <L 18>
    var_6 = wp::address(var_particle_f, var_0);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // x_com = wp.transform_point(body_q[body], com[body])                                    <L 19>
    var_9 = wp::address(var_body_q, var_2);
    var_10 = wp::address(var_com, var_2);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::transform_point(var_12, var_13);
    // r = particle_x[tid] - x_com                                                            <L 20>
    var_14 = wp::address(var_particle_x, var_0);
    var_16 = wp::load(var_14);
    var_15 = wp::sub(var_16, var_11);
    // wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))                  <L 21>
    var_17 = wp::cross(var_15, var_7);
    var_18 = wp::vec_t<6, wp::float32>(var_17, var_7);
    // var_19 = wp::atomic_add(var_body_f_out, var_2, var_18);
    //---------
    // reverse
    wp::adj_atomic_add(var_body_f_out, var_2, var_18, adj_body_f_out, adj_2, adj_18, adj_19);
    wp::adj_vec_t(var_17, var_7, adj_17, adj_7, adj_18);
    wp::adj_cross(var_15, var_7, adj_15, adj_7, adj_17);
    // adj: wp.atomic_add(body_f_out, body, wp.spatial_vector(wp.cross(r, f), f))             <L 21>
    wp::adj_sub(var_16, var_11, adj_14, adj_11, adj_15);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_14);
    // adj: r = particle_x[tid] - x_com                                                       <L 20>
    wp::adj_transform_point(var_12, var_13, adj_9, adj_10, adj_11);
    wp::adj_address(var_com, var_2, adj_com, adj_2, adj_10);
    wp::adj_address(var_body_q, var_2, adj_body_q, adj_2, adj_9);
    // adj: x_com = wp.transform_point(body_q[body], com[body])                               <L 19>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_particle_f, var_0, adj_particle_f, adj_0, adj_6);
    // adj: f = particle_f[tid]                                                               <L 18>
    if (var_5) {
        label0:;
        // adj: return                                                                        <L 17>
    }
    // adj: if body < 0:                                                                      <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_particle_body, var_0, adj_particle_body, adj_0, adj_1);
    // adj: body = particle_body[tid]                                                         <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def apply_contact_wrenches(                                                       <L 5>
    return;
}



struct apply_contact_wrenches_3b64b317_cpu_block_payload_forward
{
    wp_args_apply_contact_wrenches_3b64b317* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_contact_wrenches_3b64b317_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_contact_wrenches_3b64b317_cpu_block_payload_forward* payload = (apply_contact_wrenches_3b64b317_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_contact_wrenches_3b64b317_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void apply_contact_wrenches_3b64b317_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_wrenches_3b64b317 *_wp_args)
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
        apply_contact_wrenches_3b64b317_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_contact_wrenches_3b64b317_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct apply_contact_wrenches_3b64b317_cpu_block_payload_backward
{
    wp_args_apply_contact_wrenches_3b64b317* args;
    wp_args_apply_contact_wrenches_3b64b317* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void apply_contact_wrenches_3b64b317_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    apply_contact_wrenches_3b64b317_cpu_block_payload_backward* payload = (apply_contact_wrenches_3b64b317_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    apply_contact_wrenches_3b64b317_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void apply_contact_wrenches_3b64b317_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_apply_contact_wrenches_3b64b317 *_wp_args,
    wp_args_apply_contact_wrenches_3b64b317 *_wp_adj_args)
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
        apply_contact_wrenches_3b64b317_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &apply_contact_wrenches_3b64b317_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

