// Warp 1.19.0 cpu code for eval_body_velocity_8ea1a989.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_eval_body_velocity_a1121810 {
    wp::array_t<wp::transform_t<wp::float32>> body_q;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd;
    wp::array_t<wp::vec_t<3, wp::float32>> body_com;
    wp::float32 dt;
    wp::array_t<wp::transform_t<wp::float32>> body_q_new;
    wp::array_t<wp::vec_t<6, wp::float32>> body_qd_new;
};


template <bool wp_linear_contiguous>
static void eval_body_velocity_a1121810_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_body_velocity_a1121810 *_wp_args)
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
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.75;
    wp::float32 var_12;
    const wp::float32 var_13 = 3.0;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<6, wp::float32> var_27;
    wp::vec_t<6, wp::float32> var_28;
    wp::vec_t<6, wp::float32> var_29;
    wp::vec_t<6, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::quat_t<wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::quat_t<wp::float32> var_40;
    const wp::float32 var_41 = 0.5;
    wp::quat_t<wp::float32> var_42;
    wp::quat_t<wp::float32> var_43;
    wp::quat_t<wp::float32> var_44;
    wp::quat_t<wp::float32> var_45;
    wp::transform_t<wp::float32> var_46;
    //---------
    // forward
    // def eval_body_velocity(                                                                <L 5>
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
    // span = com                                                                             <L 17>
    var_10 = wp::copy(var_8);
    // composed = wp.vec3(dt, float(0.75), float(3.0))                                        <L 18>
    var_12 = wp::float(var_11);
    var_14 = wp::float(var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_dt, var_12, var_14);
    // n_hat = wp.normalize(com - composed)                                                   <L 19>
    var_16 = wp::sub(var_8, var_15);
    var_17 = wp::normalize(var_16);
    // qd_next = qd + (wp.spatial_vector(wp.vec3(wp.length(span)), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(wp.length(n_hat)), wp.vec3(0.0))) * dt       <L 20>
    var_18 = wp::length(var_10);
    var_19 = wp::vec_t<3, wp::float32>(var_18);
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    var_22 = wp::vec_t<6, wp::float32>(var_19, var_21);
    var_23 = wp::length(var_17);
    var_24 = wp::vec_t<3, wp::float32>(var_23);
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    var_27 = wp::vec_t<6, wp::float32>(var_24, var_26);
    var_28 = wp::add(var_22, var_27);
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_5, var_29);
    // w = wp.spatial_top(qd_next)                                                            <L 21>
    var_31 = wp::spatial_top(var_30);
    // v = wp.spatial_bottom(qd_next)                                                         <L 22>
    var_32 = wp::spatial_bottom(var_30);
    // p = wp.transform_get_translation(X) + v * dt                                           <L 23>
    var_33 = wp::transform_get_translation(var_2);
    var_34 = wp::mul(var_32, var_dt);
    var_35 = wp::add(var_33, var_34);
    // q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)       <L 24>
    var_36 = wp::transform_get_rotation(var_2);
    var_38 = wp::quat_t<wp::float32>(var_31, var_37);
    var_39 = wp::transform_get_rotation(var_2);
    var_40 = wp::mul(var_38, var_39);
    var_42 = wp::mul(var_40, var_41);
    var_43 = wp::mul(var_42, var_dt);
    var_44 = wp::add(var_36, var_43);
    var_45 = wp::normalize(var_44);
    // body_q_new[tid] = wp.transform(p, q)                                                   <L 25>
    var_46 = wp::transform_t<wp::float32>(var_35, var_45);
    wp::array_store(var_body_q_new, var_0, var_46);
    // body_qd_new[tid] = qd_next                                                             <L 26>
    wp::array_store(var_body_qd_new, var_0, var_30);
}



template <bool wp_linear_contiguous>
static void eval_body_velocity_a1121810_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_eval_body_velocity_a1121810 *_wp_args,
    wp_args_eval_body_velocity_a1121810 *_wp_adj_args)
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
    wp::vec_t<3, wp::float32> var_10;
    const wp::float32 var_11 = 0.75;
    wp::float32 var_12;
    const wp::float32 var_13 = 3.0;
    wp::float32 var_14;
    wp::vec_t<3, wp::float32> var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::float32 var_18;
    wp::vec_t<3, wp::float32> var_19;
    const wp::float32 var_20 = 0.0;
    wp::vec_t<3, wp::float32> var_21;
    wp::vec_t<6, wp::float32> var_22;
    wp::float32 var_23;
    wp::vec_t<3, wp::float32> var_24;
    const wp::float32 var_25 = 0.0;
    wp::vec_t<3, wp::float32> var_26;
    wp::vec_t<6, wp::float32> var_27;
    wp::vec_t<6, wp::float32> var_28;
    wp::vec_t<6, wp::float32> var_29;
    wp::vec_t<6, wp::float32> var_30;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    wp::vec_t<3, wp::float32> var_33;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::quat_t<wp::float32> var_36;
    const wp::float32 var_37 = 0.0;
    wp::quat_t<wp::float32> var_38;
    wp::quat_t<wp::float32> var_39;
    wp::quat_t<wp::float32> var_40;
    const wp::float32 var_41 = 0.5;
    wp::quat_t<wp::float32> var_42;
    wp::quat_t<wp::float32> var_43;
    wp::quat_t<wp::float32> var_44;
    wp::quat_t<wp::float32> var_45;
    wp::transform_t<wp::float32> var_46;
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
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::float32 adj_20 = {};
    wp::vec_t<3, wp::float32> adj_21 = {};
    wp::vec_t<6, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::vec_t<3, wp::float32> adj_24 = {};
    wp::float32 adj_25 = {};
    wp::vec_t<3, wp::float32> adj_26 = {};
    wp::vec_t<6, wp::float32> adj_27 = {};
    wp::vec_t<6, wp::float32> adj_28 = {};
    wp::vec_t<6, wp::float32> adj_29 = {};
    wp::vec_t<6, wp::float32> adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    wp::vec_t<3, wp::float32> adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::quat_t<wp::float32> adj_36 = {};
    wp::float32 adj_37 = {};
    wp::quat_t<wp::float32> adj_38 = {};
    wp::quat_t<wp::float32> adj_39 = {};
    wp::quat_t<wp::float32> adj_40 = {};
    wp::float32 adj_41 = {};
    wp::quat_t<wp::float32> adj_42 = {};
    wp::quat_t<wp::float32> adj_43 = {};
    wp::quat_t<wp::float32> adj_44 = {};
    wp::quat_t<wp::float32> adj_45 = {};
    wp::transform_t<wp::float32> adj_46 = {};
    //---------
    // forward
    // def eval_body_velocity(                                                                <L 5>
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
    // span = com                                                                             <L 17>
    var_10 = wp::copy(var_8);
    // composed = wp.vec3(dt, float(0.75), float(3.0))                                        <L 18>
    var_12 = wp::float(var_11);
    var_14 = wp::float(var_13);
    var_15 = wp::vec_t<3, wp::float32>(var_dt, var_12, var_14);
    // n_hat = wp.normalize(com - composed)                                                   <L 19>
    var_16 = wp::sub(var_8, var_15);
    var_17 = wp::normalize(var_16);
    // qd_next = qd + (wp.spatial_vector(wp.vec3(wp.length(span)), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(wp.length(n_hat)), wp.vec3(0.0))) * dt       <L 20>
    var_18 = wp::length(var_10);
    var_19 = wp::vec_t<3, wp::float32>(var_18);
    var_21 = wp::vec_t<3, wp::float32>(var_20);
    var_22 = wp::vec_t<6, wp::float32>(var_19, var_21);
    var_23 = wp::length(var_17);
    var_24 = wp::vec_t<3, wp::float32>(var_23);
    var_26 = wp::vec_t<3, wp::float32>(var_25);
    var_27 = wp::vec_t<6, wp::float32>(var_24, var_26);
    var_28 = wp::add(var_22, var_27);
    var_29 = wp::mul(var_28, var_dt);
    var_30 = wp::add(var_5, var_29);
    // w = wp.spatial_top(qd_next)                                                            <L 21>
    var_31 = wp::spatial_top(var_30);
    // v = wp.spatial_bottom(qd_next)                                                         <L 22>
    var_32 = wp::spatial_bottom(var_30);
    // p = wp.transform_get_translation(X) + v * dt                                           <L 23>
    var_33 = wp::transform_get_translation(var_2);
    var_34 = wp::mul(var_32, var_dt);
    var_35 = wp::add(var_33, var_34);
    // q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)       <L 24>
    var_36 = wp::transform_get_rotation(var_2);
    var_38 = wp::quat_t<wp::float32>(var_31, var_37);
    var_39 = wp::transform_get_rotation(var_2);
    var_40 = wp::mul(var_38, var_39);
    var_42 = wp::mul(var_40, var_41);
    var_43 = wp::mul(var_42, var_dt);
    var_44 = wp::add(var_36, var_43);
    var_45 = wp::normalize(var_44);
    // body_q_new[tid] = wp.transform(p, q)                                                   <L 25>
    var_46 = wp::transform_t<wp::float32>(var_35, var_45);
    // wp::array_store(var_body_q_new, var_0, var_46);
    // body_qd_new[tid] = qd_next                                                             <L 26>
    // wp::array_store(var_body_qd_new, var_0, var_30);
    //---------
    // reverse
    wp::adj_array_store(var_body_qd_new, var_0, var_30, adj_body_qd_new, adj_0, adj_30);
    // adj: body_qd_new[tid] = qd_next                                                        <L 26>
    wp::adj_array_store(var_body_q_new, var_0, var_46, adj_body_q_new, adj_0, adj_46);
    wp::adj_transform_t(var_35, var_45, adj_35, adj_45, adj_46);
    // adj: body_q_new[tid] = wp.transform(p, q)                                              <L 25>
    wp::adj_normalize(var_44, adj_44, adj_45);
    wp::adj_add(var_36, var_43, adj_36, adj_43, adj_44);
    wp::adj_mul(var_42, var_dt, adj_42, adj_dt, adj_43);
    wp::adj_mul(var_40, var_41, adj_40, adj_41, adj_42);
    wp::adj_mul(var_38, var_39, adj_38, adj_39, adj_40);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_39);
    wp::adj_quat_t(var_31, var_37, adj_31, adj_37, adj_38);
    wp::adj_transform_get_rotation(var_2, adj_2, adj_36);
    // adj: q = wp.normalize(wp.transform_get_rotation(X) + wp.quat(w, 0.0) * wp.transform_get_rotation(X) * 0.5 * dt)  <L 24>
    wp::adj_add(var_33, var_34, adj_33, adj_34, adj_35);
    wp::adj_mul(var_32, var_dt, adj_32, adj_dt, adj_34);
    wp::adj_transform_get_translation(var_2, adj_2, adj_33);
    // adj: p = wp.transform_get_translation(X) + v * dt                                      <L 23>
    wp::adj_spatial_bottom(var_30, adj_30, adj_32);
    // adj: v = wp.spatial_bottom(qd_next)                                                    <L 22>
    wp::adj_spatial_top(var_30, adj_30, adj_31);
    // adj: w = wp.spatial_top(qd_next)                                                       <L 21>
    wp::adj_add(var_5, var_29, adj_5, adj_29, adj_30);
    wp::adj_mul(var_28, var_dt, adj_28, adj_dt, adj_29);
    wp::adj_add(var_22, var_27, adj_22, adj_27, adj_28);
    wp::adj_vec_t(var_24, var_26, adj_24, adj_26, adj_27);
    wp::adj_vec_t(var_25, adj_25, adj_26);
    wp::adj_vec_t(var_23, adj_23, adj_24);
    wp::adj_length(var_17, var_23, adj_17, adj_23);
    wp::adj_vec_t(var_19, var_21, adj_19, adj_21, adj_22);
    wp::adj_vec_t(var_20, adj_20, adj_21);
    wp::adj_vec_t(var_18, adj_18, adj_19);
    wp::adj_length(var_10, var_18, adj_10, adj_18);
    // adj: qd_next = qd + (wp.spatial_vector(wp.vec3(wp.length(span)), wp.vec3(0.0)) + wp.spatial_vector(wp.vec3(wp.length(n_hat)), wp.vec3(0.0))) * dt  <L 20>
    wp::adj_normalize(var_16, var_17, adj_16, adj_17);
    wp::adj_sub(var_8, var_15, adj_8, adj_15, adj_16);
    // adj: n_hat = wp.normalize(com - composed)                                              <L 19>
    wp::adj_vec_t(var_dt, var_12, var_14, adj_dt, adj_12, adj_14, adj_15);
    wp::adj_float(var_13, adj_13, adj_14);
    wp::adj_float(var_11, adj_11, adj_12);
    // adj: composed = wp.vec3(dt, float(0.75), float(3.0))                                   <L 18>
    wp::adj_copy(var_8, adj_8, adj_10);
    // adj: span = com                                                                        <L 17>
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
    // adj: def eval_body_velocity(                                                           <L 5>
    return;
}



struct eval_body_velocity_a1121810_cpu_block_payload_forward
{
    wp_args_eval_body_velocity_a1121810* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void eval_body_velocity_a1121810_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    eval_body_velocity_a1121810_cpu_block_payload_forward* payload = (eval_body_velocity_a1121810_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    eval_body_velocity_a1121810_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void eval_body_velocity_a1121810_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_velocity_a1121810 *_wp_args)
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
        eval_body_velocity_a1121810_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &eval_body_velocity_a1121810_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct eval_body_velocity_a1121810_cpu_block_payload_backward
{
    wp_args_eval_body_velocity_a1121810* args;
    wp_args_eval_body_velocity_a1121810* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void eval_body_velocity_a1121810_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    eval_body_velocity_a1121810_cpu_block_payload_backward* payload = (eval_body_velocity_a1121810_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    eval_body_velocity_a1121810_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void eval_body_velocity_a1121810_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_eval_body_velocity_a1121810 *_wp_args,
    wp_args_eval_body_velocity_a1121810 *_wp_adj_args)
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
        eval_body_velocity_a1121810_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &eval_body_velocity_a1121810_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

