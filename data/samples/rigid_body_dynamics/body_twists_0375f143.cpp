// Warp 1.19.0 cpu code for body_twists_0375f143.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_body_twists_5ba614d4 {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::float32 dt;
    wp::array_t<wp::transform_t<wp::float32>> body_q_new;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_new;
};


template <bool wp_linear_contiguous>
static void body_twists_5ba614d4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_body_twists_5ba614d4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_new = _wp_args->body_q_new;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_new = _wp_args->body_qd_new;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<6, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    const wp::float32 var_23 = 0.0;
    wp::quat_t<wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::quat_t<wp::float32> var_26;
    const wp::float32 var_27 = 0.5;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::transform_t<wp::float32> var_32;
    //---------
    // forward
    // def body_twists(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // X = body_q[tid]                                                                        <L 14>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = body_qd[tid]                                                                      <L 15>
    var_4 = wp::address(var_body_qd, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // com = body_com[tid]                                                                    <L 16>
    var_7 = wp::address(var_body_com, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // qd_next = qd + wp.spatial_vector(wp.vec3(wp.length(com)), wp.vec3(0.0)) * dt           <L 17>
    var_10 = wp::length(var_8);
    var_11 = wp::vec_t<3, wp::float32>(var_10);
    var_13 = wp::vec_t<3, wp::float32>(var_12);
    var_14 = wp::vec_t<6, wp::float32>(var_11, var_13);
    var_15 = wp::mul(var_14, var_dt);
    var_16 = wp::add(var_5, var_15);
    // w = wp.spatial_top(qd_next)                                                            <L 18>
    var_17 = wp::spatial_top(var_16);
    // v = wp.spatial_bottom(qd_next)                                                         <L 19>
    var_18 = wp::spatial_bottom(var_16);
    // p = wp.transform_get_translation(X) + v * dt                                           <L 20>
    var_19 = wp::transform_get_translation(var_2);
    var_20 = wp::mul(var_18, var_dt);
    var_21 = wp::add(var_19, var_20);
    // q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)       <L 21>
    var_22 = wp::transform_get_rotation(var_2);
    var_24 = wp::quat_t<wp::float32>(var_17, var_23);
    var_25 = wp::transform_get_rotation(var_2);
    var_26 = wp::mul(var_24, var_25);
    var_28 = wp::mul(var_26, var_27);
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_22, var_29);
    var_31 = wp::normalize(var_30);
    // body_q_new[tid] = wp.transform(p, q)                                                   <L 22>
    var_32 = wp::transform_t<wp::float32>(var_21, var_31);
    wp::array_store(var_body_q_new, var_0, var_32);
    // body_qd_new[tid] = qd_next                                                             <L 23>
    wp::array_store(var_body_qd_new, var_0, var_16);
}



template <bool wp_linear_contiguous>
static void body_twists_5ba614d4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_body_twists_5ba614d4 *_wp_args,
    wp_args_body_twists_5ba614d4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::transform_t<wp::float32>> var_body_q = _wp_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd = _wp_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_body_com = _wp_args->body_com;
    wp::float32 var_dt = _wp_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> var_body_q_new = _wp_args->body_q_new;
    wp::array_t<wp::vec_t<6, wp::float32>> var_body_qd_new = _wp_args->body_qd_new;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q = _wp_adj_args->body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd = _wp_adj_args->body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_body_com = _wp_adj_args->body_com;
    wp::float32 adj_dt = _wp_adj_args->dt;
    wp::array_t<wp::transform_t<wp::float32>> adj_body_q_new = _wp_adj_args->body_q_new;
    wp::array_t<wp::vec_t<6, wp::float32>> adj_body_qd_new = _wp_adj_args->body_qd_new;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::vec_t<6, wp::float32>* var_4;
    wp::vec_t<6, wp::float32> var_5;
    wp::vec_t<6, wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    wp::vec_t<3, wp::float32> var_11;
    const wp::float32 var_12 = 0.0;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<6, wp::float32> var_14;
    wp::vec_t<6, wp::float32> var_15;
    wp::vec_t<6, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::vec_t<3, wp::float32> var_20;
    wp::vec_t<3, wp::float32> var_21;
    wp::quat_t<wp::float32> var_22;
    const wp::float32 var_23 = 0.0;
    wp::quat_t<wp::float32> var_24;
    wp::quat_t<wp::float32> var_25;
    wp::quat_t<wp::float32> var_26;
    const wp::float32 var_27 = 0.5;
    wp::quat_t<wp::float32> var_28;
    wp::quat_t<wp::float32> var_29;
    wp::quat_t<wp::float32> var_30;
    wp::quat_t<wp::float32> var_31;
    wp::transform_t<wp::float32> var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::vec_t<6, wp::float32> adj_4 = {};
    wp::vec_t<6, wp::float32> adj_5 = {};
    wp::vec_t<6, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<6, wp::float32> adj_14 = {};
    wp::vec_t<6, wp::float32> adj_15 = {};
    wp::vec_t<6, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::quat_t<wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::quat_t<wp::float32> adj_24 = {};
    wp::quat_t<wp::float32> adj_25 = {};
    wp::quat_t<wp::float32> adj_26 = {};
    wp::float32 adj_27 = {};
    wp::quat_t<wp::float32> adj_28 = {};
    wp::quat_t<wp::float32> adj_29 = {};
    wp::quat_t<wp::float32> adj_30 = {};
    wp::quat_t<wp::float32> adj_31 = {};
    wp::transform_t<wp::float32> adj_32 = {};
    //---------
    // forward
    // def body_twists(                                                                       <L 5>
    // tid = wp.tid()                                                                         <L 13>
    var_0 = builtin_tid1d();
    // X = body_q[tid]                                                                        <L 14>
    var_1 = wp::address(var_body_q, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // qd = body_qd[tid]                                                                      <L 15>
    var_4 = wp::address(var_body_qd, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // com = body_com[tid]                                                                    <L 16>
    var_7 = wp::address(var_body_com, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // qd_next = qd + wp.spatial_vector(wp.vec3(wp.length(com)), wp.vec3(0.0)) * dt           <L 17>
    var_10 = wp::length(var_8);
    var_11 = wp::vec_t<3, wp::float32>(var_10);
    var_13 = wp::vec_t<3, wp::float32>(var_12);
    var_14 = wp::vec_t<6, wp::float32>(var_11, var_13);
    var_15 = wp::mul(var_14, var_dt);
    var_16 = wp::add(var_5, var_15);
    // w = wp.spatial_top(qd_next)                                                            <L 18>
    var_17 = wp::spatial_top(var_16);
    // v = wp.spatial_bottom(qd_next)                                                         <L 19>
    var_18 = wp::spatial_bottom(var_16);
    // p = wp.transform_get_translation(X) + v * dt                                           <L 20>
    var_19 = wp::transform_get_translation(var_2);
    var_20 = wp::mul(var_18, var_dt);
    var_21 = wp::add(var_19, var_20);
    // q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)       <L 21>
    var_22 = wp::transform_get_rotation(var_2);
    var_24 = wp::quat_t<wp::float32>(var_17, var_23);
    var_25 = wp::transform_get_rotation(var_2);
    var_26 = wp::mul(var_24, var_25);
    var_28 = wp::mul(var_26, var_27);
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_22, var_29);
    var_31 = wp::normalize(var_30);
    // body_q_new[tid] = wp.transform(p, q)                                                   <L 22>
    var_32 = wp::transform_t<wp::float32>(var_21, var_31);
    // wp::array_store(var_body_q_new, var_0, var_32);
    // body_qd_new[tid] = qd_next                                                             <L 23>
    // wp::array_store(var_body_qd_new, var_0, var_16);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_new, var_0, var_16, adj_body_qd_new, adj_0, adj_16);
    // adj: body_qd_new[tid] = qd_next                                                        <L 23>
    wp::adj_array_store(var_body_q_new, var_0, var_32, adj_body_q_new, adj_0, adj_32);
    wp::adj_transform_t(var_21, var_31, adj_21, adj_31, adj_32);
    // adj: body_q_new[tid] = wp.transform(p, q)                                              <L 22>
    wp::adj_normalize(var_30, adj_30, adj_31);
    wp::adj_add(var_22, var_29, adj_22, adj_29, adj_30);
    wp::adj_mul(var_28, var_dt, adj_28, adj_dt, adj_29);
    wp::adj_mul(var_26, var_27, adj_26, adj_27, adj_28);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_25);
    wp::adj_quat_t(var_17, var_23, adj_17, adj_23, adj_24);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_22);
    // adj: q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)  <L 21>
    wp::adj_add(var_19, var_20, adj_19, adj_20, adj_21);
    wp::adj_mul(var_18, var_dt, adj_18, adj_dt, adj_20);
    wp::adj_transform_get_translation(var_2, adj_2, adj_19);
    // adj: p = wp.transform_get_translation(X) + v * dt                                      <L 20>
    wp::adj_spatial_bottom(var_16, adj_16, adj_18);
    // adj: v = wp.spatial_bottom(qd_next)                                                    <L 19>
    wp::adj_spatial_top(var_16, adj_16, adj_17);
    // adj: w = wp.spatial_top(qd_next)                                                       <L 18>
    wp::adj_add(var_5, var_15, adj_5, adj_15, adj_16);
    wp::adj_mul(var_14, var_dt, adj_14, adj_dt, adj_15);
    wp::adj_vec_t(var_11, var_13, adj_11, adj_13, adj_14);
    wp::adj_vec_t(var_12, adj_12, adj_13);
    wp::adj_vec_t(var_10, adj_10, adj_11);
    wp::adj_length(var_8, var_10, adj_8, adj_10);
    // adj: qd_next = qd + wp.spatial_vector(wp.vec3(wp.length(com)), wp.vec3(0.0)) * dt      <L 17>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_body_com, var_0, adj_body_com, adj_0, adj_7);
    // adj: com = body_com[tid]                                                               <L 16>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_body_qd, var_0, adj_body_qd, adj_0, adj_4);
    // adj: qd = body_qd[tid]                                                                 <L 15>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_body_q, var_0, adj_body_q, adj_0, adj_1);
    // adj: X = body_q[tid]                                                                   <L 14>
    // adj: tid = wp.tid()                                                                    <L 13>
    // adj: def body_twists(                                                                  <L 5>
    return;
}



struct body_twists_5ba614d4_cpu_block_payload_forward
{
    wp_args_body_twists_5ba614d4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void body_twists_5ba614d4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    body_twists_5ba614d4_cpu_block_payload_forward* payload = (body_twists_5ba614d4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    body_twists_5ba614d4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void body_twists_5ba614d4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_twists_5ba614d4 *_wp_args)
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
        body_twists_5ba614d4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &body_twists_5ba614d4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct body_twists_5ba614d4_cpu_block_payload_backward
{
    wp_args_body_twists_5ba614d4* args;
    wp_args_body_twists_5ba614d4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void body_twists_5ba614d4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    body_twists_5ba614d4_cpu_block_payload_backward* payload = (body_twists_5ba614d4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    body_twists_5ba614d4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void body_twists_5ba614d4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_body_twists_5ba614d4 *_wp_args,
    wp_args_body_twists_5ba614d4 *_wp_adj_args)
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
        body_twists_5ba614d4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &body_twists_5ba614d4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

