// Warp 1.19.0 cpu code for lerp_keyframes_70a5e652.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_lerp_keyframes_f7b21cbe {
    wp::uint64 mesh_id;
    wp::array_t<wp::transform_t<wp::float32>> poses;
    wp::array_t<wp::transform_t<wp::float32>> target_q;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_x;
    wp::float32 max_dist;
    wp::float32 std_dev;
    wp::array_t<wp::transform_t<wp::float32>> poses_out;
};


template <bool wp_linear_contiguous>
static void lerp_keyframes_f7b21cbe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_lerp_keyframes_f7b21cbe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> var_target_q = _wp_args->target_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_std_dev = _wp_args->std_dev;
    wp::array_t<wp::transform_t<wp::float32>> var_poses_out = _wp_args->poses_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    const wp::float32 var_12 = 0.001;
    wp::mesh_query_point_t var_13;
    bool* var_14;
    bool var_15;
    wp::int32* var_16;
    wp::float32* var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    wp::float32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = 1.0;
    const wp::float32 var_33 = 1.41421356;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::quat_t<wp::float32> var_42;
    wp::quat_t<wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    bool var_46;
    wp::quat_t<wp::float32> var_47;
    wp::quat_t<wp::float32> var_48;
    wp::quat_t<wp::float32> var_49;
    wp::transform_t<wp::float32> var_50;
    //---------
    // forward
    // def lerp_keyframes(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // X_wb = poses[tid]                                                                      <L 15>
    var_1 = wp::address(var_poses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_target = target_q[tid]                                                               <L 16>
    var_4 = wp::address(var_target_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // x = particle_x[tid]                                                                    <L 17>
    var_7 = wp::address(var_particle_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // phi = max_dist                                                                         <L 20>
    var_10 = wp::copy(var_max_dist);
    // query = wp.mesh_query_point_sign_parity(mesh_id, x, max_dist, 3, 1.0e-3)               <L 21>
    var_13 = wp::mesh_query_point_sign_parity(var_mesh_id, var_8, var_max_dist, var_11, var_12);
    // if query.result:                                                                       <L 22>
    var_14 = &((var_13).result);
    var_15 = wp::load(var_14);
    if (var_15) {
        // closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)             <L 23>
        var_16 = &((var_13).face);
        var_17 = &((var_13).u);
        var_18 = &((var_13).v);
        var_20 = wp::load(var_16);
        var_21 = wp::load(var_17);
        var_22 = wp::load(var_18);
        var_19 = wp::mesh_eval_position(var_mesh_id, var_20, var_21, var_22);
        // phi = wp.length(x - closest) * query.sign                                          <L 24>
        var_23 = wp::sub(var_8, var_19);
        var_24 = wp::length(var_23);
        var_25 = &((var_13).sign);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_24, var_27);
    }
    var_28 = wp::load(var_14);
    var_30 = wp::load(var_14);
    var_29 = wp::where(var_30, var_26, var_10);
    // w = 0.5 * (1.0 - wp.erf(phi / (1.41421356 * std_dev)))                                 <L 25>
    var_34 = wp::mul(var_33, var_std_dev);
    var_35 = wp::div(var_29, var_34);
    var_36 = wp::erf(var_35);
    var_37 = wp::sub(var_32, var_36);
    var_38 = wp::mul(var_31, var_37);
    // p = wp.lerp(wp.transform_get_translation(X_wb), wp.transform_get_translation(X_target), w)       <L 26>
    var_39 = wp::transform_get_translation(var_2);
    var_40 = wp::transform_get_translation(var_5);
    var_41 = wp::lerp(var_39, var_40, var_38);
    // q0 = wp.transform_get_rotation(X_wb)                                                   <L 27>
    var_42 = wp::transform_get_rotation(var_2);
    // q1 = wp.transform_get_rotation(X_target)                                               <L 28>
    var_43 = wp::transform_get_rotation(var_5);
    // if wp.dot(q0, q1) < 0.0:                                                               <L 30>
    var_44 = wp::dot(var_42, var_43);
    var_46 = (var_44 < var_45);
    if (var_46) {
        // q1 = -q1                                                                           <L 31>
        var_47 = wp::neg(var_43);
    }
    var_48 = wp::where(var_46, var_47, var_43);
    // poses_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, w))                             <L 32>
    var_49 = wp::quat_slerp(var_42, var_48, var_38);
    var_50 = wp::transform_t<wp::float32>(var_41, var_49);
    wp::array_store(var_poses_out, var_0, var_50);
}



template <bool wp_linear_contiguous>
static void lerp_keyframes_f7b21cbe_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_lerp_keyframes_f7b21cbe *_wp_args,
    wp_args_lerp_keyframes_f7b21cbe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh_id = _wp_args->mesh_id;
    wp::array_t<wp::transform_t<wp::float32>> var_poses = _wp_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> var_target_q = _wp_args->target_q;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_x = _wp_args->particle_x;
    wp::float32 var_max_dist = _wp_args->max_dist;
    wp::float32 var_std_dev = _wp_args->std_dev;
    wp::array_t<wp::transform_t<wp::float32>> var_poses_out = _wp_args->poses_out;
    wp::uint64 adj_mesh_id = _wp_adj_args->mesh_id;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses = _wp_adj_args->poses;
    wp::array_t<wp::transform_t<wp::float32>> adj_target_q = _wp_adj_args->target_q;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_x = _wp_adj_args->particle_x;
    wp::float32 adj_max_dist = _wp_adj_args->max_dist;
    wp::float32 adj_std_dev = _wp_adj_args->std_dev;
    wp::array_t<wp::transform_t<wp::float32>> adj_poses_out = _wp_adj_args->poses_out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::transform_t<wp::float32>* var_1;
    wp::transform_t<wp::float32> var_2;
    wp::transform_t<wp::float32> var_3;
    wp::transform_t<wp::float32>* var_4;
    wp::transform_t<wp::float32> var_5;
    wp::transform_t<wp::float32> var_6;
    wp::vec_t<3, wp::float32>* var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::float32 var_10;
    const wp::int32 var_11 = 3;
    const wp::float32 var_12 = 0.001;
    wp::mesh_query_point_t var_13;
    bool* var_14;
    bool var_15;
    wp::int32* var_16;
    wp::float32* var_17;
    wp::float32* var_18;
    wp::vec_t<3, wp::float32> var_19;
    wp::int32 var_20;
    wp::float32 var_21;
    wp::float32 var_22;
    wp::vec_t<3, wp::float32> var_23;
    wp::float32 var_24;
    wp::float32* var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    bool var_28;
    wp::float32 var_29;
    bool var_30;
    const wp::float32 var_31 = 0.5;
    const wp::float32 var_32 = 1.0;
    const wp::float32 var_33 = 1.41421356;
    wp::float32 var_34;
    wp::float32 var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::vec_t<3, wp::float32> var_39;
    wp::vec_t<3, wp::float32> var_40;
    wp::vec_t<3, wp::float32> var_41;
    wp::quat_t<wp::float32> var_42;
    wp::quat_t<wp::float32> var_43;
    wp::float32 var_44;
    const wp::float32 var_45 = 0.0;
    bool var_46;
    wp::quat_t<wp::float32> var_47;
    wp::quat_t<wp::float32> var_48;
    wp::quat_t<wp::float32> var_49;
    wp::transform_t<wp::float32> var_50;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::transform_t<wp::float32> adj_1 = {};
    wp::transform_t<wp::float32> adj_2 = {};
    wp::transform_t<wp::float32> adj_3 = {};
    wp::transform_t<wp::float32> adj_4 = {};
    wp::transform_t<wp::float32> adj_5 = {};
    wp::transform_t<wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::float32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::mesh_query_point_t adj_13 = {};
    bool adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::vec_t<3, wp::float32> adj_19 = {};
    wp::int32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::vec_t<3, wp::float32> adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    bool adj_28 = {};
    wp::float32 adj_29 = {};
    bool adj_30 = {};
    wp::float32 adj_31 = {};
    wp::float32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::float32 adj_34 = {};
    wp::float32 adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::vec_t<3, wp::float32> adj_39 = {};
    wp::vec_t<3, wp::float32> adj_40 = {};
    wp::vec_t<3, wp::float32> adj_41 = {};
    wp::quat_t<wp::float32> adj_42 = {};
    wp::quat_t<wp::float32> adj_43 = {};
    wp::float32 adj_44 = {};
    wp::float32 adj_45 = {};
    bool adj_46 = {};
    wp::quat_t<wp::float32> adj_47 = {};
    wp::quat_t<wp::float32> adj_48 = {};
    wp::quat_t<wp::float32> adj_49 = {};
    wp::transform_t<wp::float32> adj_50 = {};
    //---------
    // forward
    // def lerp_keyframes(                                                                    <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // X_wb = poses[tid]                                                                      <L 15>
    var_1 = wp::address(var_poses, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // X_target = target_q[tid]                                                               <L 16>
    var_4 = wp::address(var_target_q, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // x = particle_x[tid]                                                                    <L 17>
    var_7 = wp::address(var_particle_x, var_0);
    var_9 = wp::load(var_7);
    var_8 = wp::copy(var_9);
    // phi = max_dist                                                                         <L 20>
    var_10 = wp::copy(var_max_dist);
    // query = wp.mesh_query_point_sign_parity(mesh_id, x, max_dist, 3, 1.0e-3)               <L 21>
    var_13 = wp::mesh_query_point_sign_parity(var_mesh_id, var_8, var_max_dist, var_11, var_12);
    // if query.result:                                                                       <L 22>
    var_14 = &((var_13).result);
    var_15 = wp::load(var_14);
    if (var_15) {
        // closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)             <L 23>
        var_16 = &((var_13).face);
        var_17 = &((var_13).u);
        var_18 = &((var_13).v);
        var_20 = wp::load(var_16);
        var_21 = wp::load(var_17);
        var_22 = wp::load(var_18);
        var_19 = wp::mesh_eval_position(var_mesh_id, var_20, var_21, var_22);
        // phi = wp.length(x - closest) * query.sign                                          <L 24>
        var_23 = wp::sub(var_8, var_19);
        var_24 = wp::length(var_23);
        var_25 = &((var_13).sign);
        var_27 = wp::load(var_25);
        var_26 = wp::mul(var_24, var_27);
    }
    var_28 = wp::load(var_14);
    var_30 = wp::load(var_14);
    var_29 = wp::where(var_30, var_26, var_10);
    // w = 0.5 * (1.0 - wp.erf(phi / (1.41421356 * std_dev)))                                 <L 25>
    var_34 = wp::mul(var_33, var_std_dev);
    var_35 = wp::div(var_29, var_34);
    var_36 = wp::erf(var_35);
    var_37 = wp::sub(var_32, var_36);
    var_38 = wp::mul(var_31, var_37);
    // p = wp.lerp(wp.transform_get_translation(X_wb), wp.transform_get_translation(X_target), w)       <L 26>
    var_39 = wp::transform_get_translation(var_2);
    var_40 = wp::transform_get_translation(var_5);
    var_41 = wp::lerp(var_39, var_40, var_38);
    // q0 = wp.transform_get_rotation(X_wb)                                                   <L 27>
    var_42 = wp::transform_get_rotation(var_2);
    // q1 = wp.transform_get_rotation(X_target)                                               <L 28>
    var_43 = wp::transform_get_rotation(var_5);
    // if wp.dot(q0, q1) < 0.0:                                                               <L 30>
    var_44 = wp::dot(var_42, var_43);
    var_46 = (var_44 < var_45);
    if (var_46) {
        // q1 = -q1                                                                           <L 31>
        var_47 = wp::neg(var_43);
    }
    var_48 = wp::where(var_46, var_47, var_43);
    // poses_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, w))                             <L 32>
    var_49 = wp::quat_slerp(var_42, var_48, var_38);
    var_50 = wp::transform_t<wp::float32>(var_41, var_49);
    // wp::array_store(var_poses_out, var_0, var_50);
    //---------
    // reverse
    wp::adj_array_store(var_poses_out, var_0, var_50, adj_poses_out, adj_0, adj_50);
    wp::adj_transform_t(var_41, var_49, adj_41, adj_49, adj_50);
    wp::adj_quat_slerp(var_42, var_48, var_38, var_49, adj_42, adj_48, adj_38, adj_49);
    // adj: poses_out[tid] = wp.transform(p, wp.quat_slerp(q0, q1, w))                        <L 32>
    wp::adj_where(var_46, var_47, var_43, adj_46, adj_47, adj_43, adj_48);
    if (var_46) {
        wp::adj_neg(var_43, adj_43, adj_47);
        // adj: q1 = -q1                                                                      <L 31>
    }
    wp::adj_dot(var_42, var_43, adj_42, adj_43, adj_44);
    // adj: if wp.dot(q0, q1) < 0.0:                                                          <L 30>
    wp::adj_transform_get_rotation(var_5, adj_5, adj_43);
    // adj: q1 = wp.transform_get_rotation(X_target)                                          <L 28>
    wp::adj_transform_get_rotation(var_2, adj_2, adj_42);
    // adj: q0 = wp.transform_get_rotation(X_wb)                                              <L 27>
    wp::adj_lerp(var_39, var_40, var_38, adj_39, adj_40, adj_38, adj_41);
    wp::adj_transform_get_translation(var_5, adj_5, adj_40);
    wp::adj_transform_get_translation(var_2, adj_2, adj_39);
    // adj: p = wp.lerp(wp.transform_get_translation(X_wb), wp.transform_get_translation(X_target), w)  <L 26>
    wp::adj_mul(var_31, var_37, adj_31, adj_37, adj_38);
    wp::adj_sub(var_32, var_36, adj_32, adj_36, adj_37);
    wp::adj_erf(var_35, adj_35, adj_36);
    wp::adj_div(var_29, var_34, var_35, adj_29, adj_34, adj_35);
    wp::adj_mul(var_33, var_std_dev, adj_33, adj_std_dev, adj_34);
    // adj: w = 0.5 * (1.0 - wp.erf(phi / (1.41421356 * std_dev)))                            <L 25>
    wp::adj_where(var_30, var_26, var_10, adj_14, adj_26, adj_10, adj_29);
    if (var_28) {
        wp::adj_mul(var_24, var_27, adj_24, adj_25, adj_26);
        adj_13.sign += adj_25;
        wp::adj_length(var_23, var_24, adj_23, adj_24);
        wp::adj_sub(var_8, var_19, adj_8, adj_19, adj_23);
        // adj: phi = wp.length(x - closest) * query.sign                                     <L 24>
        wp::adj_mesh_eval_position(var_mesh_id, var_20, var_21, var_22, adj_mesh_id, adj_16, adj_17, adj_18, adj_19);
        adj_13.v += adj_18;
        adj_13.u += adj_17;
        adj_13.face = adj_16;
        // adj: closest = wp.mesh_eval_position(mesh_id, query.face, query.u, query.v)        <L 23>
    }
    adj_13.result = adj_14;
    // adj: if query.result:                                                                  <L 22>
    wp::adj_mesh_query_point_sign_parity(var_mesh_id, var_8, var_max_dist, var_11, var_12, var_13, adj_mesh_id, adj_8, adj_max_dist, adj_11, adj_12, adj_13);
    // adj: query = wp.mesh_query_point_sign_parity(mesh_id, x, max_dist, 3, 1.0e-3)          <L 21>
    wp::adj_copy(var_max_dist, adj_max_dist, adj_10);
    // adj: phi = max_dist                                                                    <L 20>
    wp::adj_copy(var_9, adj_7, adj_8);
    wp::adj_address(var_particle_x, var_0, adj_particle_x, adj_0, adj_7);
    // adj: x = particle_x[tid]                                                               <L 17>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_target_q, var_0, adj_target_q, adj_0, adj_4);
    // adj: X_target = target_q[tid]                                                          <L 16>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_poses, var_0, adj_poses, adj_0, adj_1);
    // adj: X_wb = poses[tid]                                                                 <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def lerp_keyframes(                                                               <L 5>
    return;
}



struct lerp_keyframes_f7b21cbe_cpu_block_payload_forward
{
    wp_args_lerp_keyframes_f7b21cbe* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void lerp_keyframes_f7b21cbe_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    lerp_keyframes_f7b21cbe_cpu_block_payload_forward* payload = (lerp_keyframes_f7b21cbe_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    lerp_keyframes_f7b21cbe_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void lerp_keyframes_f7b21cbe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_lerp_keyframes_f7b21cbe *_wp_args)
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
        lerp_keyframes_f7b21cbe_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &lerp_keyframes_f7b21cbe_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct lerp_keyframes_f7b21cbe_cpu_block_payload_backward
{
    wp_args_lerp_keyframes_f7b21cbe* args;
    wp_args_lerp_keyframes_f7b21cbe* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void lerp_keyframes_f7b21cbe_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    lerp_keyframes_f7b21cbe_cpu_block_payload_backward* payload = (lerp_keyframes_f7b21cbe_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    lerp_keyframes_f7b21cbe_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void lerp_keyframes_f7b21cbe_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_lerp_keyframes_f7b21cbe *_wp_args,
    wp_args_lerp_keyframes_f7b21cbe *_wp_adj_args)
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
        lerp_keyframes_f7b21cbe_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &lerp_keyframes_f7b21cbe_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

