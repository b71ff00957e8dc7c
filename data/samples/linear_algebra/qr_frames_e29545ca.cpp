// Warp 1.19.0 cpu code for qr_frames_e29545ca.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_qr_frames_dbb71ea3 {
    wp::array_t<wp::quat_t<wp::float32>> orientations;
    wp::vec_t<3, wp::float32> spin_rate;
    wp::float32 time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> rotation_matrices;
};


template <bool wp_linear_contiguous>
static void qr_frames_dbb71ea3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_qr_frames_dbb71ea3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_orientations = _wp_args->orientations;
    wp::vec_t<3, wp::float32> var_spin_rate = _wp_args->spin_rate;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices = _wp_args->rotation_matrices;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    const wp::float32 var_17 = -1.0;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    const wp::float32 var_22 = -1.0;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    const wp::float32 var_27 = -1.0;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    //---------
    // forward
    // def qr_frames(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // q = orientations[tid]                                                                  <L 13>
    var_1 = wp::address(var_orientations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rot_mat = wp.quat_to_matrix(q)                                                         <L 14>
    var_4 = wp::quat_to_matrix(var_2);
    // rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step                           <L 15>
    var_5 = wp::skew(var_spin_rate);
    var_6 = wp::mul(var_5, var_4);
    var_7 = wp::mul(var_6, var_time_step);
    var_8 = wp::add(var_4, var_7);
    // Q, R = wp.qr3(rot_new)                                                                 <L 16>
    wp::qr3(var_8, var_9, var_10);
    // signs = wp.vec3(1.0)                                                                   <L 18>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // for k in range(3):                                                                     <L 19>
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_14 = wp::extract(var_10, var_13, var_13);
    var_16 = (var_14 < var_15);
    if (var_16) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_12, var_13, var_17);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_19 = wp::extract(var_10, var_18, var_18);
    var_21 = (var_19 < var_20);
    if (var_21) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_12, var_18, var_22);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_24 = wp::extract(var_10, var_23, var_23);
    var_26 = (var_24 < var_25);
    if (var_26) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_12, var_23, var_27);
    }
    // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 22>
    var_28 = wp::diag(var_12);
    var_29 = wp::mul(var_9, var_28);
    wp::array_store(var_rotation_matrices, var_0, var_29);
}



template <bool wp_linear_contiguous>
static void qr_frames_dbb71ea3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_qr_frames_dbb71ea3 *_wp_args,
    wp_args_qr_frames_dbb71ea3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::quat_t<wp::float32>> var_orientations = _wp_args->orientations;
    wp::vec_t<3, wp::float32> var_spin_rate = _wp_args->spin_rate;
    wp::float32 var_time_step = _wp_args->time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> var_rotation_matrices = _wp_args->rotation_matrices;
    wp::array_t<wp::quat_t<wp::float32>> adj_orientations = _wp_adj_args->orientations;
    wp::vec_t<3, wp::float32> adj_spin_rate = _wp_adj_args->spin_rate;
    wp::float32 adj_time_step = _wp_adj_args->time_step;
    wp::array_t<wp::mat_t<3, 3, wp::float32>> adj_rotation_matrices = _wp_adj_args->rotation_matrices;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::quat_t<wp::float32>* var_1;
    wp::quat_t<wp::float32> var_2;
    wp::quat_t<wp::float32> var_3;
    wp::mat_t<3, 3, wp::float32> var_4;
    wp::mat_t<3, 3, wp::float32> var_5;
    wp::mat_t<3, 3, wp::float32> var_6;
    wp::mat_t<3, 3, wp::float32> var_7;
    wp::mat_t<3, 3, wp::float32> var_8;
    wp::mat_t<3, 3, wp::float32> var_9;
    wp::mat_t<3, 3, wp::float32> var_10;
    const wp::float32 var_11 = 1.0;
    wp::vec_t<3, wp::float32> var_12;
    const wp::int32 var_13 = 0;
    wp::float32 var_14;
    const wp::float32 var_15 = 0.0;
    bool var_16;
    const wp::float32 var_17 = -1.0;
    const wp::int32 var_18 = 1;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    const wp::float32 var_22 = -1.0;
    const wp::int32 var_23 = 2;
    wp::float32 var_24;
    const wp::float32 var_25 = 0.0;
    bool var_26;
    const wp::float32 var_27 = -1.0;
    wp::mat_t<3, 3, wp::float32> var_28;
    wp::mat_t<3, 3, wp::float32> var_29;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::quat_t<wp::float32> adj_1 = {};
    wp::quat_t<wp::float32> adj_2 = {};
    wp::quat_t<wp::float32> adj_3 = {};
    wp::mat_t<3, 3, wp::float32> adj_4 = {};
    wp::mat_t<3, 3, wp::float32> adj_5 = {};
    wp::mat_t<3, 3, wp::float32> adj_6 = {};
    wp::mat_t<3, 3, wp::float32> adj_7 = {};
    wp::mat_t<3, 3, wp::float32> adj_8 = {};
    wp::mat_t<3, 3, wp::float32> adj_9 = {};
    wp::mat_t<3, 3, wp::float32> adj_10 = {};
    wp::float32 adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::float32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    bool adj_26 = {};
    wp::float32 adj_27 = {};
    wp::mat_t<3, 3, wp::float32> adj_28 = {};
    wp::mat_t<3, 3, wp::float32> adj_29 = {};
    //---------
    // forward
    // def qr_frames(                                                                         <L 5>
    // tid = wp.tid()                                                                         <L 12>
    var_0 = builtin_tid1d();
    // q = orientations[tid]                                                                  <L 13>
    var_1 = wp::address(var_orientations, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // rot_mat = wp.quat_to_matrix(q)                                                         <L 14>
    var_4 = wp::quat_to_matrix(var_2);
    // rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step                           <L 15>
    var_5 = wp::skew(var_spin_rate);
    var_6 = wp::mul(var_5, var_4);
    var_7 = wp::mul(var_6, var_time_step);
    var_8 = wp::add(var_4, var_7);
    // Q, R = wp.qr3(rot_new)                                                                 <L 16>
    wp::qr3(var_8, var_9, var_10);
    // signs = wp.vec3(1.0)                                                                   <L 18>
    var_12 = wp::vec_t<3, wp::float32>(var_11);
    // for k in range(3):                                                                     <L 19>
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_14 = wp::extract(var_10, var_13, var_13);
    var_16 = (var_14 < var_15);
    if (var_16) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_12, var_13, var_17);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_19 = wp::extract(var_10, var_18, var_18);
    var_21 = (var_19 < var_20);
    if (var_21) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_12, var_18, var_22);
    }
    // if R[k, k] < 0.0:                                                                      <L 20>
    var_24 = wp::extract(var_10, var_23, var_23);
    var_26 = (var_24 < var_25);
    if (var_26) {
        // signs[k] = -1.0                                                                    <L 21>
        wp::assign_inplace(var_12, var_23, var_27);
    }
    // rotation_matrices[tid] = Q @ wp.diag(signs)                                            <L 22>
    var_28 = wp::diag(var_12);
    var_29 = wp::mul(var_9, var_28);
    // wp::array_store(var_rotation_matrices, var_0, var_29);
    //---------
    // reverse
    wp::adj_array_store(var_rotation_matrices, var_0, var_29, adj_rotation_matrices, adj_0, adj_29);
    wp::adj_mul(var_9, var_28, adj_9, adj_28, adj_29);
    wp::adj_diag(var_12, adj_12, adj_28);
    // adj: rotation_matrices[tid] = Q @ wp.diag(signs)                                       <L 22>
    if (var_26) {
        wp::adj_assign_inplace(var_12, var_23, var_27, adj_12, adj_23, adj_27);
        // adj: signs[k] = -1.0                                                               <L 21>
    }
    wp::adj_extract(var_10, var_23, var_23, adj_10, adj_23, adj_23, adj_24);
    // adj: if R[k, k] < 0.0:                                                                 <L 20>
    if (var_21) {
        wp::adj_assign_inplace(var_12, var_18, var_22, adj_12, adj_18, adj_22);
        // adj: signs[k] = -1.0                                                               <L 21>
    }
    wp::adj_extract(var_10, var_18, var_18, adj_10, adj_18, adj_18, adj_19);
    // adj: if R[k, k] < 0.0:                                                                 <L 20>
    if (var_16) {
        wp::adj_assign_inplace(var_12, var_13, var_17, adj_12, adj_13, adj_17);
        // adj: signs[k] = -1.0                                                               <L 21>
    }
    wp::adj_extract(var_10, var_13, var_13, adj_10, adj_13, adj_13, adj_14);
    // adj: if R[k, k] < 0.0:                                                                 <L 20>
    // adj: for k in range(3):                                                                <L 19>
    wp::adj_vec_t(var_11, adj_11, adj_12);
    // adj: signs = wp.vec3(1.0)                                                              <L 18>
    wp::adj_qr3(var_8, var_9, var_10, adj_8, adj_9, adj_10);
    // adj: Q, R = wp.qr3(rot_new)                                                            <L 16>
    wp::adj_add(var_4, var_7, adj_4, adj_7, adj_8);
    wp::adj_mul(var_6, var_time_step, adj_6, adj_time_step, adj_7);
    wp::adj_mul(var_5, var_4, adj_5, adj_4, adj_6);
    wp::adj_skew(var_spin_rate, adj_spin_rate, adj_5);
    // adj: rot_new = rot_mat + wp.skew(spin_rate) @ rot_mat * time_step                      <L 15>
    wp::adj_quat_to_matrix(var_2, adj_2, adj_4);
    // adj: rot_mat = wp.quat_to_matrix(q)                                                    <L 14>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_orientations, var_0, adj_orientations, adj_0, adj_1);
    // adj: q = orientations[tid]                                                             <L 13>
    // adj: tid = wp.tid()                                                                    <L 12>
    // adj: def qr_frames(                                                                    <L 5>
    return;
}



struct qr_frames_dbb71ea3_cpu_block_payload_forward
{
    wp_args_qr_frames_dbb71ea3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void qr_frames_dbb71ea3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    qr_frames_dbb71ea3_cpu_block_payload_forward* payload = (qr_frames_dbb71ea3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    qr_frames_dbb71ea3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void qr_frames_dbb71ea3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_dbb71ea3 *_wp_args)
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
        qr_frames_dbb71ea3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &qr_frames_dbb71ea3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct qr_frames_dbb71ea3_cpu_block_payload_backward
{
    wp_args_qr_frames_dbb71ea3* args;
    wp_args_qr_frames_dbb71ea3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void qr_frames_dbb71ea3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    qr_frames_dbb71ea3_cpu_block_payload_backward* payload = (qr_frames_dbb71ea3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    qr_frames_dbb71ea3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void qr_frames_dbb71ea3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_qr_frames_dbb71ea3 *_wp_args,
    wp_args_qr_frames_dbb71ea3 *_wp_adj_args)
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
        qr_frames_dbb71ea3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &qr_frames_dbb71ea3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

